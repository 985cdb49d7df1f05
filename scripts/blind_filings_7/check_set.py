"""Validates a generated blind set.  Usage: check_set.py DIR"""

import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import make_filings  # noqa: E402
import questions  # noqa: E402
from pypdf import PdfReader  # noqa: E402

PAGE_RANGE = {questions.BW: (22, 32), questions.LN: (12, 18)}
COUNTS = {questions.BW: (1, 30), questions.LN: (31, 50)}
TYPES = {"metrics-generated", "novel-generated", "domain-relevant"}


def norm(s):
    return re.sub(r"\s+", "", s)


def main(d):
    errors = []

    def need(cond, msg):
        if not cond:
            errors.append(msg)

    # 1. questions file shape
    with open(os.path.join(d, "questions.jsonl"), encoding="utf-8") as fh:
        raw = [json.loads(line) for line in fh if line.strip()]
    for r in raw:
        need(tuple(r.keys()) == questions.FIELDS, f"field order {r.get('financebench_id')}")
        need(r["question_type"] in TYPES, f"question_type {r['financebench_id']}")
        need(bool(r["answer"]) and bool(r["question"]), f"empty text {r['financebench_id']}")
    ids = [r["financebench_id"] for r in raw]
    need(ids == [f"blind7_{i:03d}" for i in range(1, 51)], "ids not blind7_001..050 in order")
    for doc, (lo, hi) in COUNTS.items():
        got = [int(r["financebench_id"][-3:]) for r in raw if r["doc_name"] == doc]
        need(got == list(range(lo, hi + 1)), f"{doc} owns ids {lo}-{hi}")
    # 2. models
    need(questions.check_models(), "model checks")
    # 3. byte-identical regeneration
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        docs, rows = make_filings.write(tmp)
        for rel in ["questions.jsonl"] + [f"pdfs/{n}.pdf" for n in PAGE_RANGE]:
            with open(os.path.join(d, rel), "rb") as a, open(os.path.join(tmp, rel), "rb") as b:
                need(a.read() == b.read(), f"regeneration differs: {rel}")
    # 4. pages, continued tables, figures on evidence pages
    texts = {}
    for name, (lo, hi) in PAGE_RANGE.items():
        rd = PdfReader(os.path.join(d, "pdfs", f"{name}.pdf"))
        texts[name] = [norm(p.extract_text() or "") for p in rd.pages]
        need(lo <= len(rd.pages) <= hi, f"{name} has {len(rd.pages)} pages")
    need(any("(continued)" in t for t in texts[questions.BW]), "10-K lacks a (continued) table")
    checked = 0
    for (row, figs), r in zip(rows, raw, strict=False):
        need(row == r, f"{r['financebench_id']} differs from regenerated row")
        doc = docs[row["doc_name"]][0]
        for f in figs:
            page, printed = doc.records[f]
            need(page in r["evidence_pages"], f"{r['financebench_id']}: page of {f} not in evidence")
            need(
                norm(printed) in texts[row["doc_name"]][page],
                f"{r['financebench_id']}: {f}={printed!r} not found on page {page}",
            )
            checked += 1
        for p in r["evidence_pages"]:
            need(0 <= p < len(texts[row["doc_name"]]), f"{r['financebench_id']}: page {p} out of range")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        return 1
    pages = {n: len(t) for n, t in texts.items()}
    print(f"PASS: {len(raw)} questions, {checked} figure checks, pages {pages}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
