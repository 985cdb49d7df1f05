"""Regenerates the blind_filings_12 set and validates it; prints counts only."""

import argparse
import filecmp
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import make_filings  # noqa: E402
import models  # noqa: E402
from pypdf import PdfReader  # noqa: E402

KEYS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
        "evidence", "doc_period", "doc_type"]
TYPES = {"metrics-generated", "novel-generated", "domain-relevant"}
EXPECT = {"HOLLOWAYHOMES_2025_10K": 30, "CASCARA_2025Q3_10Q": 20}


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    out = ap.parse_args().out
    items, _ = make_filings.generate(out)
    models.check()
    print("model checks: passed")
    rows = [json.loads(x) for x in open(os.path.join(out, "questions.jsonl"), encoding="utf-8")]
    assert len(rows) == 50 and len({r["financebench_id"] for r in rows}) == 50
    texts = {}
    for doc in EXPECT:
        rd = PdfReader(os.path.join(out, "pdfs", doc + ".pdf"))
        texts[doc] = [p.extract_text() for p in rd.pages]
        print(f"{doc}: {len(rd.pages)} pages")
        joined = "\n".join(texts[doc])
        assert "(continued)" in joined and "\u2014" in joined, doc
    counts = {d: 0 for d in EXPECT}
    n_ev = n_fig = 0
    for r, it in zip(rows, items, strict=True):
        assert list(r) == KEYS, r["financebench_id"]
        assert r["question_type"] in TYPES and r["doc_name"] in EXPECT and r["evidence"]
        assert re.search(r"\d", r["answer"]) and r["answer"].count("(") >= 1
        counts[r["doc_name"]] += 1
        pages = set()
        for ev in r["evidence"]:
            assert ev["doc_name"] == r["doc_name"]
            pg = ev["evidence_page_num"]
            page = texts[r["doc_name"]][pg]
            assert squash(ev["evidence_text"]) in squash(page), (r["financebench_id"], ev)
            pages.add(pg)
            n_ev += 1
        blob = squash("".join(texts[r["doc_name"]][p] for p in sorted(pages)))
        for f in it["_figs"]:
            assert squash(f) in blob, (r["financebench_id"], f)
            n_fig += 1
    assert counts == EXPECT, counts
    for d, n in counts.items():
        print(f"{d}: {n} questions")
    types = {}
    for r in rows:
        types[r["question_type"]] = types.get(r["question_type"], 0) + 1
    print("question types: " + ", ".join(f"{k}={v}" for k, v in sorted(types.items())))
    print(f"evidence lines verified on their pages: {n_ev}")
    print(f"answer figures verified on evidence pages: {n_fig}")
    with tempfile.TemporaryDirectory() as tmp:
        make_filings.generate(tmp)
        names = ["questions.jsonl"] + [f"pdfs/{d}.pdf" for d in EXPECT]
        same = all(filecmp.cmp(os.path.join(out, n), os.path.join(tmp, n), shallow=False) for n in names)
    assert same, "output not deterministic"
    print(f"determinism: {len(names)} files identical across two runs")
    print("all checks passed")


if __name__ == "__main__":
    main()
