"""Check a generated blind_filings_4 set.

Usage (from /work/main):
    .venv/bin/python scripts/blind_filings_4/check_set.py /tmp/blind4

Checks: field names and order; ids unique and sequential; question types and
documents valid; every figure a question uses appears in the text pypdf
extracts from its evidence page(s) and every evidence page carries at least
one of them; the financial models tie; and questions.jsonl and both PDFs equal
a fresh generation byte for byte.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_filings  # noqa: E402
import ossenfield_model  # noqa: E402
import pypdf  # noqa: E402
import questions  # noqa: E402
import tarnwick_model  # noqa: E402

PAGE_RANGE = {"TARNWICK_2025_10K": (35, 45), "OSSENFIELD_FY2025_8K": (10, 15)}
COUNTS = {"TARNWICK_2025_10K": 30, "OSSENFIELD_FY2025_8K": 20}
NEEDS_CONTINUED = {"TARNWICK_2025_10K"}  # the 10-K must carry a table broken across pages


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__)
        return 2
    root = Path(argv[0])
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(msg)

    # ---- 1. models tie
    try:
        tarnwick_model.check()
        ossenfield_model.check()
    except AssertionError as e:  # pragma: no cover - reported below
        err(f"model tie failed: {e!r}")

    # ---- 2. file format
    lines = (root / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    if len(recs) != 50:
        err(f"expected 50 questions, found {len(recs)}")
    for i, r in enumerate(recs, 1):
        if tuple(r.keys()) != questions.FIELDS:
            err(f"line {i}: fields {tuple(r.keys())} != {questions.FIELDS}")
        if r.get("financebench_id") != f"blind4_{i:03d}":
            err(f"line {i}: id {r.get('financebench_id')} not sequential")
        if r.get("question_type") not in questions.QTYPES:
            err(f"line {i}: bad question_type {r.get('question_type')}")
        if r.get("doc_name") not in PAGE_RANGE:
            err(f"line {i}: unknown doc_name {r.get('doc_name')}")
        ev = r.get("evidence_pages")
        if not (isinstance(ev, list) and ev and all(isinstance(x, int) for x in ev) and ev == sorted(set(ev))):
            err(f"line {i}: evidence_pages must be a sorted non-empty list of ints: {ev}")
        for f in ("question", "answer", "justification"):
            if not isinstance(r.get(f), str) or not r[f].strip():
                err(f"line {i}: empty {f}")
    ids = [r.get("financebench_id") for r in recs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    per_doc = Counter(r.get("doc_name") for r in recs)
    if dict(per_doc) != COUNTS:
        err(f"questions per document {dict(per_doc)} != {COUNTS}")

    # ---- 3. fresh generation must be identical
    pdfs, fresh, docs = make_filings.generate()
    if "".join(x + "\n" for x in lines) != make_filings.jsonl_text(fresh):
        err("questions.jsonl differs from a fresh generation")
    for name, data in pdfs.items():
        on_disk = (root / "pdfs" / f"{name}.pdf").read_bytes()
        if on_disk != data:
            err(f"{name}.pdf differs from a fresh generation")

    # ---- 4. figures are on their evidence pages
    texts = {}
    for name in PAGE_RANGE:
        reader = pypdf.PdfReader(BytesIO((root / "pdfs" / f"{name}.pdf").read_bytes()))
        texts[name] = [norm(p.extract_text() or "") for p in reader.pages]
        lo, hi = PAGE_RANGE[name]
        if not lo <= len(texts[name]) <= hi:
            err(f"{name}: {len(texts[name])} pages, expected {lo}-{hi}")
        if name in NEEDS_CONTINUED and not any("(continued)" in t for t in texts[name]):
            err(f"{name}: no table runs over a page break with a (continued) header")
    n_figs = 0
    for rec, disk in zip(fresh, recs, strict=False):
        doc = rec["doc_name"]
        pages = texts[doc]
        ev = disk["evidence_pages"]
        covered = set()
        for key, page, text in rec["_figs"]:
            n_figs += 1
            if page not in ev:
                err(f"{rec['financebench_id']}: page {page} of {key} not in evidence pages {ev}")
            if page >= len(pages) or norm(text) not in pages[page]:
                err(f"{rec['financebench_id']}: figure {text!r} ({key}) not found on page {page}")
            else:
                covered.add(page)
            if not any(norm(text) in pages[p] for p in ev if p < len(pages)):
                err(f"{rec['financebench_id']}: figure {text!r} not in text of evidence pages {ev}")
        for p in ev:
            if p not in covered:
                err(f"{rec['financebench_id']}: evidence page {p} carries none of the question's figures")

    # ---- report
    types = Counter(r.get("question_type") for r in recs)
    print("documents: " + ", ".join(f"{k} {len(v)} pages" for k, v in texts.items()))
    print(f"questions: {len(recs)} {dict(per_doc)}; types {dict(types)}; figures checked: {n_figs}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: fields, ids, model ties, evidence figures and byte-identical regeneration all pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
