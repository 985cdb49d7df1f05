"""Validate a generated blind set.

Usage: python check_set.py DIR
Checks field names/order, ids, counts, model ties, byte-identical
regeneration, figures present on their evidence pages (pypdf text), page
counts, and a '(continued)' table in the 10-K.
"""

import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import make_filings  # noqa: E402
import model_marroway  # noqa: E402
import model_tansley  # noqa: E402
import pypdf  # noqa: E402
from questions import FIELDS  # noqa: E402

EXPECT = {"MARROWAY_2025_10K": (30, 25, 35), "TANSLEY_2026Q2_10Q": (20, 12, 18)}
TYPES = {"metrics-generated", "novel-generated", "domain-relevant"}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main(dirpath: str) -> int:
    errors = []

    def err(msg):
        errors.append(msg)

    # 1. questions file
    qpath = os.path.join(dirpath, "questions.jsonl")
    with open(qpath, encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().split("\n") if ln]
    rows = [json.loads(ln) for ln in lines]
    for i, r in enumerate(rows):
        if tuple(r.keys()) != FIELDS:
            err(f"row {i}: fields {list(r.keys())}")
        if r.get("financebench_id") != f"blind6_{i + 1:03d}":
            err(f"row {i}: id {r.get('financebench_id')}")
        if r.get("question_type") not in TYPES:
            err(f"row {i}: type {r.get('question_type')}")
        if not r.get("answer") or not r.get("question") or not r.get("justification"):
            err(f"row {i}: empty field")
        ev = r.get("evidence_pages")
        if not ev or not all(isinstance(p, int) and p >= 0 for p in ev):
            err(f"row {i}: evidence {ev}")
    ids = [r["financebench_id"] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for doc, (n, _, _) in EXPECT.items():
        got = sum(1 for r in rows if r["doc_name"] == doc)
        if got != n:
            err(f"{doc}: {got} questions, expected {n}")
    if [r["doc_name"] for r in rows] != ["MARROWAY_2025_10K"] * 30 + ["TANSLEY_2026Q2_10Q"] * 20:
        err("document order / id ranges")
    # 2. models
    try:
        model_marroway.check()
        model_tansley.check()
    except AssertionError as e:
        err(f"model check failed: {e}")
    # 3. regeneration
    with tempfile.TemporaryDirectory() as tmp:
        figs, uses, pages, cont = make_filings.generate(tmp)
        for rel in ["questions.jsonl"] + [f"pdfs/{d}.pdf" for d in EXPECT]:
            with open(os.path.join(tmp, rel), "rb") as a, open(os.path.join(dirpath, rel), "rb") as b:
                if a.read() != b.read():
                    err(f"regeneration differs: {rel}")
    # 4. figures on evidence pages, page counts, continued table
    texts = {}
    for doc, (_, lo, hi) in EXPECT.items():
        reader = pypdf.PdfReader(os.path.join(dirpath, "pdfs", doc + ".pdf"))
        texts[doc] = [squash(p.extract_text() or "") for p in reader.pages]
        if not lo <= len(reader.pages) <= hi:
            err(f"{doc}: {len(reader.pages)} pages, expected {lo}-{hi}")
    if not any("(continued)" in t for t in texts["MARROWAY_2025_10K"]) or not cont["MARROWAY_2025_10K"]:
        err("10-K has no '(continued)' table")
    byid = {r["financebench_id"]: r for r in rows}
    nfig = 0
    for qid, doc, fids in uses:
        ev = byid[qid]["evidence_pages"]
        for f in fids:
            rec = figs[doc].get(f)
            if rec is None:
                err(f"{qid}: unknown figure {f}")
                continue
            nfig += 1
            want = squash(rec["text"])
            if not any(want in texts[doc][p] for p in ev if p < len(texts[doc])):
                err(f"{qid}: figure {f} {rec['text']!r} not found on pages {ev}")
            if not set(rec["pages"]) <= set(ev):
                err(f"{qid}: figure {f} pages {rec['pages']} not in evidence {ev}")
    print(f"rows={len(rows)} figures_checked={nfig} pages={pages} continued={cont['MARROWAY_2025_10K']}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_set.py DIR")
    sys.exit(main(sys.argv[1]))
