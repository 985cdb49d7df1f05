"""Regenerate the blind set, run the model checks, verify evidence and determinism, print a summary.

Usage: .venv/bin/python scripts/blind_filings_10/check_set.py --out /tmp/blind10
"""

import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import kit  # noqa: E402
import make_filings  # noqa: E402
import model_am  # noqa: E402
import model_semi  # noqa: E402

KEYS = [
    "financebench_id",
    "company",
    "doc_name",
    "question_type",
    "question",
    "answer",
    "justification",
    "evidence",
    "doc_period",
    "doc_type",
]
TYPES = {"metrics-generated", "novel-generated", "domain-relevant"}


def digest(out):
    h = {}
    for rel in sorted(["questions.jsonl"] + [os.path.join("pdfs", f) for f in os.listdir(os.path.join(out, "pdfs"))]):
        with open(os.path.join(out, rel), "rb") as fh:
            h[rel] = hashlib.sha256(fh.read()).hexdigest()
    return h


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    errors = []

    def need(cond, msg):
        if not cond:
            errors.append(msg)

    # 1. models
    ms, ma = model_semi.build(), model_am.build()
    need(model_semi.check(ms), "semiconductor model check failed")
    need(model_am.check(ma), "asset manager model check failed")

    # 2. generate (run 1) and verify evidence
    res = make_filings.generate(a.out)
    texts = res["texts"]
    recs = [json.loads(line) for line in open(os.path.join(a.out, "questions.jsonl"), encoding="utf-8")]
    need(len(recs) == 50, f"expected 50 questions, got {len(recs)}")
    per_doc = collections.Counter(r["doc_name"] for r in recs)
    per_type = collections.Counter(r["question_type"] for r in recs)
    numeric = 0
    multi_page = 0
    for i, (r, found) in enumerate(zip(recs, res["located"], strict=True), 1):
        need(list(r.keys()) == KEYS, f"{r['financebench_id']}: key order")
        need(r["financebench_id"] == f"blind10_{i:03d}", f"id sequence at {i}")
        need(r["question_type"] in TYPES, f"{r['financebench_id']}: type")
        need(os.path.exists(os.path.join(a.out, "pdfs", r["doc_name"] + ".pdf")), f"{r['financebench_id']}: pdf")
        pages = {e["evidence_page_num"] for e in r["evidence"]}
        multi_page += len(pages) > 1
        for fig, anchors, pg in found:
            need(pg in pages, f"{r['financebench_id']}: page {pg} missing from evidence")
            nt = kit.norm(texts[r["doc_name"]][pg])
            need(kit.fig_re(fig).search(nt) is not None, f"{r['financebench_id']}: {fig!r} not on page {pg}")
            need(
                all(kit.norm(x) in nt for x in anchors if x[0] not in "=>"),
                f"{r['financebench_id']}: anchors not on page {pg}",
            )
        if re.search(r"\d", r["answer"]):
            numeric += 1
        need("\n" not in r["justification"], f"{r['financebench_id']}: justification not one line")
    need(numeric >= 48, f"only {numeric} numeric answers")
    need(len(set(r["question"] for r in recs)) == 50, "duplicate questions")

    # 3. document conventions
    npages = {k: len(v) for k, v in texts.items()}
    k10, q10 = make_filings.build_semi.DOC_NAME, make_filings.build_am.DOC_NAME
    need(22 <= npages[k10] <= 26, f"10-K page count {npages[k10]}")
    need(13 <= npages[q10] <= 17, f"10-Q page count {npages[q10]}")
    for k, tx in texts.items():
        joined = "\n".join(tx)
        need("(continued)" in joined, f"{k}: no continued table")
        need(kit.EM in joined, f"{k}: no em dash")
        need(re.search(r"\(\d[\d,]*\)", joined) is not None, f"{k}: no parenthesised negatives")
    need(any(re.search(r"\bF-\d+\b", t) for t in texts[k10]), "10-K: no F- pages")

    # 4. determinism: second run into a scratch folder under --out
    h1 = digest(a.out)
    scratch = os.path.join(a.out, "_determinism_run")
    if os.path.exists(scratch):
        shutil.rmtree(scratch)
    make_filings.generate(scratch)
    h2 = digest(scratch)
    shutil.rmtree(scratch)
    need(h1 == h2, "outputs differ between two runs")

    # summary
    print("blind_filings_10 check")
    for k in texts:
        print(f"  {k}.pdf: {npages[k]} pages, {per_doc[k]} questions")
    print("  question types: " + ", ".join(f"{t}={per_type[t]}" for t in sorted(per_type)))
    print(f"  numeric answers: {numeric}/50; questions with evidence on 2+ pages: {multi_page}")
    print("  determinism: " + ("identical hashes" if h1 == h2 else "MISMATCH"))
    for rel, h in h1.items():
        print(f"    {h[:16]}  {rel}")
    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("PASSED")


if __name__ == "__main__":
    main()
