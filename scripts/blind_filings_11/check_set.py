"""Regenerate the blind set and verify it.

Usage: python check_set.py --out DIR

Checks: model tie-outs (balance sheets balance, cash flows reach balance-sheet cash, equity roll-forwards, notes
tie to statements, segment and geography sums, ...), question schema and counts, every evidence line printed on
its evidence page, every figure the answer is built from printed on the evidence pages (pypdf text), layout
conventions (page counts, printed page labels differ from PDF indices, "(continued)" tables, scale notes), and
byte-for-byte determinism. Prints counts only -- never question text or answers.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

import make_filings

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
QTYPES = {"metrics-generated", "novel-generated", "domain-relevant"}
EXPECT = {"10k": (30, (20, 25), "in thousands"), "10q": (20, (12, 15), "in millions")}


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _spaced(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _has_figure(text: str, fig: str) -> bool:
    pat = r"(?<![\d.,])" + re.escape(fig) + r"(?![\d]|[.,]\d)"
    return re.search(pat, text) is not None


def _files(root: Path) -> dict:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def main(argv=None) -> int:
    from pypdf import PdfReader  # imported here so the module's import block holds local modules only

    ap = argparse.ArgumentParser(description="Regenerate and verify the blind filings set")
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    out = args.out
    res = make_filings.generate(out)
    fails: list[str] = []
    n_checks = 0

    def check(cond: bool, what: str) -> None:
        nonlocal n_checks
        n_checks += 1
        if not cond:
            fails.append(what)

    # model tie-outs (each model's check() raises on failure and returns the names it verified)
    model_counts = {d: len(c) for d, c in res["model_checks"].items()}

    # text of every page, as pypdf reads the written files
    pages: dict[str, list[str]] = {}
    for name in res["pdfs"]:
        reader = PdfReader(io.BytesIO((out / "pdfs" / f"{name}.pdf").read_bytes()))
        pages[name] = [p.extract_text() or "" for p in reader.pages]

    # questions.jsonl as written
    rows = [json.loads(line) for line in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    check(len(rows) == 50, "exactly 50 questions")
    check(len({r["financebench_id"] for r in rows}) == len(rows), "unique ids")
    check(len({r["question"] for r in rows}) == len(rows), "unique questions")
    by_doc: Counter = Counter()
    by_kind: Counter = Counter()
    n_ev = n_fig = two_page = 0
    for r, q in zip(rows, res["questions"], strict=True):
        qid = r["financebench_id"]
        check(list(r.keys()) == KEYS, f"{qid}: keys")
        check(re.fullmatch(r"blind11_\d{3}", qid) is not None, f"{qid}: id format")
        check(r["question_type"] in QTYPES, f"{qid}: question_type")
        check(r["doc_period"] == 2025 and r["doc_type"] in EXPECT, f"{qid}: period/type")
        check(r["doc_name"] in pages, f"{qid}: doc exists")
        check(bool(re.search(r"\d", r["answer"])), f"{qid}: numeric answer")
        by_doc[(r["doc_name"], r["doc_type"])] += 1
        by_kind[(r["doc_type"], r["question_type"])] += 1
        ev_pages = set()
        for ev in r["evidence"]:
            n_ev += 1
            check(ev["doc_name"] == r["doc_name"], f"{qid}: evidence doc")
            pg = ev["evidence_page_num"]
            ok_page = 0 <= pg < len(pages[r["doc_name"]])
            check(ok_page, f"{qid}: evidence page in range")
            if ok_page:
                check(_squash(ev["evidence_text"]) in _squash(pages[r["doc_name"]][pg]), f"{qid}: evidence on page")
                ev_pages.add(pg)
        two_page += len(ev_pages) > 1
        text = " ".join(_spaced(pages[r["doc_name"]][p]) for p in sorted(ev_pages))
        check(bool(q["_figures"]), f"{qid}: has figures")
        for fig in q["_figures"]:
            n_fig += 1
            check(_has_figure(text, fig), f"{qid}: figure printed on evidence pages")
    for dtype, (n, _, _) in EXPECT.items():
        check(sum(v for (d, t), v in by_doc.items() if t == dtype) == n, f"{dtype}: question count")
    check(two_page >= 4, "several questions span two pages")

    # layout conventions
    for name, doc in res["docs"].items():
        dtype = "10k" if name.endswith("10K") else "10q"
        lo, hi = EXPECT[dtype][1]
        n_pages = len(pages[name])
        check(lo <= n_pages <= hi, f"{name}: page count")
        labels = doc.page_labels
        check(len(labels) == n_pages, f"{name}: one label per page")
        check(all(lab != str(i) for i, lab in enumerate(labels)), f"{name}: printed labels differ from indices")
        check(doc.continued_tables >= 1 and any("(continued)" in p for p in pages[name]), f"{name}: continued table")
        check(any(EXPECT[dtype][2] in p for p in pages[name]), f"{name}: scale note")
        check(any("\u2014" in p for p in pages[name]), f"{name}: em dash zeros")
        for i, lab in enumerate(labels):
            if lab:
                check(pages[name][i].rstrip().endswith(lab), f"{name}: page {i} prints its label")

    # determinism: two fresh runs give identical bytes, equal to the --out run
    with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
        make_filings.generate(Path(t1))
        make_filings.generate(Path(t2))
        f1, f2, f0 = _files(Path(t1)), _files(Path(t2)), _files(out)
        check(f1 == f2, "determinism: two runs identical")
        check(f1 == {k: v for k, v in f0.items() if k in f1} and set(f1) <= set(f0), "determinism: matches --out")

    print("blind_filings_11 check summary")
    for (name, dtype), n in sorted(by_doc.items()):
        print(f"  {name} ({dtype}): {n} questions, {len(pages[name])} pages, {model_counts[name]} model checks")
    for (dtype, kind), n in sorted(by_kind.items()):
        print(f"  {dtype} {kind}: {n}")
    print(f"  evidence items: {n_ev}; figures verified: {n_fig}; questions with evidence on 2+ pages: {two_page}")
    print(f"  set checks: {n_checks - len(fails)}/{n_checks} passed")
    if fails:
        print(f"FAILED ({len(fails)}):")
        for f in fails[:40]:
            print("  -", f)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
