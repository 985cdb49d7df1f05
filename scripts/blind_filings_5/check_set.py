"""Validate a generated blind_filings_5 set.

Usage: python check_set.py DIR   (DIR as written by make_filings.py --out DIR)
"""

import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import model_hollowmere  # noqa: E402
import model_quillan  # noqa: E402
import questions  # noqa: E402
from make_filings import generate  # noqa: E402
from pypdf import PdfReader  # noqa: E402

SCRATCH = "/tmp/blind5_work"
PAGE_RANGE = {questions.H_DOC: (35, 45), questions.Q_DOC: (15, 25)}
TYPES = {"metrics-generated", "novel-generated", "domain-relevant"}


def norm(s):
    return re.sub(r"\s+", " ", s)


def found(fig, text):
    pat = r"(?<![0-9])" + re.escape(norm(fig)) + r"(?![0-9])"
    return re.search(pat, text) is not None


def main(d):
    errors = []

    def err(msg):
        errors.append(msg)

    # 1-3: fields, ids, counts
    with open(os.path.join(d, "questions.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(line, object_pairs_hook=lambda p: p) for line in fh if line.strip()]
    for r in rows:
        if [k for k, _ in r] != questions.FIELDS:
            err(f"field names/order wrong: {[k for k, _ in r]}")
    rows = [dict(r) for r in rows]
    ids = [r["financebench_id"] for r in rows]
    if ids != [f"blind5_{i:03d}" for i in range(1, len(rows) + 1)] or len(set(ids)) != len(ids):
        err("ids not unique/sequential")
    if len(rows) != 50:
        err(f"expected 50 questions, got {len(rows)}")
    per_doc = {}
    for r in rows:
        per_doc[r["doc_name"]] = per_doc.get(r["doc_name"], 0) + 1
        if r["question_type"] not in TYPES:
            err(f"{r['financebench_id']}: bad question_type")
        if not r["evidence_pages"] or r["evidence_pages"] != sorted(set(r["evidence_pages"])):
            err(f"{r['financebench_id']}: evidence_pages empty or unsorted")
    if per_doc != {questions.H_DOC: 30, questions.Q_DOC: 20}:
        err(f"per-document counts wrong: {per_doc}")
    if [r["doc_name"] for r in rows[:30]] != [questions.H_DOC] * 30:
        err("blind5_001-030 must be Hollowmere")
    numeric = sum(1 for r in rows if re.search(r"\d", r["answer"]))
    if numeric < 46:
        err(f"only {numeric} answers carry a number")

    # 4: models tie
    try:
        model_hollowmere.check()
        model_quillan.check()
    except AssertionError as e:  # pragma: no cover
        err(f"model check failed: {e!r}")

    # 5: byte-identical to a fresh generation
    os.makedirs(SCRATCH, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="check_", dir=SCRATCH)
    try:
        res = generate(tmp)
        for rel in ["questions.jsonl"] + [f"pdfs/{n}.pdf" for n in PAGE_RANGE]:
            with open(os.path.join(d, rel), "rb") as a, open(os.path.join(tmp, rel), "rb") as b:
                if a.read() != b.read():
                    err(f"{rel} differs from a fresh generation")
    finally:
        shutil.rmtree(tmp)

    # 6-9: figures on evidence pages, page counts, continued table
    texts = {}
    for name, (lo, hi) in PAGE_RANGE.items():
        rd = PdfReader(os.path.join(d, "pdfs", name + ".pdf"))
        texts[name] = [norm(p.extract_text() or "") for p in rd.pages]
        if not lo <= len(rd.pages) <= hi:
            err(f"{name}: {len(rd.pages)} pages outside {lo}-{hi}")
    if not any("(continued)" in t for t in texts[questions.H_DOC]):
        err("10-K has no '(continued)' table header")
    n_figs = 0
    for fresh, r in zip(res["rows"], rows, strict=True):
        reg = res["h_reg"] if fresh["doc_name"] == questions.H_DOC else res["q_reg"]
        pages = texts[fresh["doc_name"]]
        if fresh["evidence_pages"] != r["evidence_pages"]:
            err(f"{r['financebench_id']}: evidence_pages differ from the typesetter registry")
        covered = set()
        for fid in fresh["figs"]:
            text, page = reg[fid]
            n_figs += 1
            if page not in r["evidence_pages"]:
                err(f"{r['financebench_id']}: figure {fid} on page {page} not in evidence_pages")
            if not found(text, pages[page]):
                err(f"{r['financebench_id']}: figure {fid} '{text}' not found in text of page {page}")
            else:
                covered.add(page)
        for p in r["evidence_pages"]:
            if p not in covered:
                err(f"{r['financebench_id']}: evidence page {p} carries none of its figures")

    kinds = {}
    for r in rows:
        kinds[(r["doc_name"], r["question_type"])] = kinds.get((r["doc_name"], r["question_type"]), 0) + 1
    print(f"questions: {len(rows)} ({per_doc}); figures checked: {n_figs}; numeric answers: {numeric}")
    print("pages:", {n: len(t) for n, t in texts.items()})
    print("kinds:", {f"{a}/{b}": c for (a, b), c in sorted(kinds.items())})
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print("  -", e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
