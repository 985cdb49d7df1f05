"""Check blind filings set 8.

Usage: python scripts/blind_filings_8/check_set.py --out /tmp/blind8
Runs each model's check(), regenerates the PDFs and questions into OUT, and asserts that
every question's source figures appear (pypdf text extraction) on its evidence pages, that
every evidence page holds at least one of them, and that the JSONL is well formed.
"""

import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import make_filings  # noqa: E402
import model_brinmoor  # noqa: E402
import model_corrowind  # noqa: E402
from pypdf import PdfReader  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    assert model_brinmoor.check()
    assert model_corrowind.check()
    print("model checks: ok (model_brinmoor, model_corrowind)")
    docs, qs, _ = make_filings.generate(args.out)

    rows = [json.loads(line) for line in open(os.path.join(args.out, "questions.jsonl"), encoding="utf-8")]
    assert len(rows) == 50, len(rows)
    assert len({r["financebench_id"] for r in rows}) == 50
    texts = {}
    for name in docs:
        path = os.path.join(args.out, "pdfs", name + ".pdf")
        texts[name] = [pg.extract_text() or "" for pg in PdfReader(path).pages]
    joined = {name: "\n".join(t) for name, t in texts.items()}
    assert "(continued)" in joined["BRINMOOR_2025_10K"], "expected a table continued across a page"
    per_doc = collections.Counter()
    per_type = collections.Counter()
    multi = 0
    ev_pages = collections.defaultdict(set)
    for r, q in zip(rows, qs, strict=True):
        assert list(r) == list(make_filings.FIELDS), list(r)
        assert r["question_type"] in ("metrics-generated", "novel-generated", "domain-relevant")
        assert r["question"] and r["answer"] and r["justification"]
        assert re.search(r"\d", r["answer"]), r["financebench_id"]
        pages = r["evidence_pages"]
        t = texts[r["doc_name"]]
        assert pages and all(0 <= p < len(t) for p in pages), r["financebench_id"]
        for anchor, fig in q["figs"]:
            assert any(make_filings.contains(t[p], fig) for p in pages), (r["financebench_id"], anchor, fig)
        for p in pages:
            assert any(make_filings.contains(t[p], fig) for _, fig in q["figs"]), (r["financebench_id"], p)
        per_doc[r["doc_name"]] += 1
        per_type[r["question_type"]] += 1
        multi += len(pages) > 1
        ev_pages[r["doc_name"]].update(pages)
    assert per_doc["BRINMOOR_2025_10K"] == 30 and per_doc["CORROWIND_2025Q2_EARNINGS"] == 20, per_doc
    assert 22 <= docs["BRINMOOR_2025_10K"]["pages"] <= 28
    assert 8 <= docs["CORROWIND_2025Q2_EARNINGS"]["pages"] <= 12
    print("documents:")
    for name, info in docs.items():
        print(
            f"  {name}: {info['pages']} pages, {per_doc[name]} questions, evidence on "
            f"{len(ev_pages[name])} distinct pages"
        )
    print("question types:", dict(sorted(per_type.items())))
    print(f"questions with multi-page evidence: {multi}")
    print("check_set: PASSED")


if __name__ == "__main__":
    main()
