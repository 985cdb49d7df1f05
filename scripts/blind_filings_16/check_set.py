"""Checks a generated blind_filings_16 set: model tie-outs, schema, every answer figure recomputed from the model,
every evidence line and every input figure found in the text of its evidence pages. Prints counts only."""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import kit  # noqa: E402

kit.fonts_or_exit()

import models  # noqa: E402
import questions  # noqa: E402

KEYS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
        "evidence", "doc_period", "doc_type"]
TYPES = {"metrics-generated", "novel-generated", "domain-relevant"}
EXPECT = {questions.MDOC: 30, questions.RDOC: 20}
PLUMBER_SITE = "/tmp/plumber_site"  # where this environment keeps an importable pdfplumber, if anywhere


def page_texts(path):
    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None
        if os.path.isdir(PLUMBER_SITE):
            sys.path.append(PLUMBER_SITE)
            try:
                import pdfplumber
            except ImportError:
                pdfplumber = None
    if pdfplumber is not None:
        with pdfplumber.open(path) as pdf:
            return [p.extract_text() or "" for p in pdf.pages], "pdfplumber"
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(path).pages], "pypdf (pdfplumber not installed)"


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    args = [a for a in sys.argv[1:] if a != "--out"]
    if len(args) != 1:
        sys.exit("usage: check_set.py DIR   (the folder written by make_filings.py --out DIR)")
    out = args[0]
    fails = []

    def ok(cond, what):
        if not cond:
            fails.append(what)
        return cond

    try:
        m, rt = models.check()
        print("model tie-outs: passed")
    except AssertionError as e:
        print(f"model tie-outs: FAILED {e!r}")
        sys.exit(1)
    qpath = os.path.join(out, "questions.jsonl")
    if not os.path.exists(qpath):
        sys.exit(f"no {qpath}: run make_filings.py --out {out} first")
    rows = [json.loads(x) for x in open(qpath, encoding="utf-8")]
    ok(len(rows) == len(questions.S) == 50, "question count")
    ok(len({r["financebench_id"] for r in rows}) == len(rows), "duplicate ids")
    texts, engine = {}, ""
    for doc in EXPECT:
        texts[doc], engine = page_texts(os.path.join(out, "pdfs", doc + ".pdf"))
        print(f"{doc}: {len(texts[doc])} pages")
        ok("(continued)" in "\n".join(texts[doc]), f"{doc}: no continued table")
    print(f"text extraction: {engine}")
    counts = {d: 0 for d in EXPECT}
    n_ans = n_ev = n_fig = 0
    for r, sp in zip(rows, questions.S, strict=False):
        fid = r["financebench_id"]
        ok(list(r) == KEYS, f"{fid}: keys")
        ok(r["question_type"] in TYPES, f"{fid}: type")
        doc = questions.DOCS[sp["doc"]][0]
        ok(r["doc_name"] == doc and r["evidence"], f"{fid}: doc/evidence")
        counts[r["doc_name"]] = counts.get(r["doc_name"], 0) + 1
        # recompute the answer figures from the model
        ins, outs = questions.evaluate(sp, m, rt)
        for v, o in zip(outs, sp["outs"], strict=True):
            ok(questions.fmt(v, *o[1:]) in r["answer"], f"{fid}: answer figure {questions.fmt(v, *o[1:])}")
            n_ans += 1
        pages = set()
        for ev in r["evidence"]:
            ok(ev["doc_name"] == doc, f"{fid}: evidence doc")
            pg = ev["evidence_page_num"]
            if not ok(0 <= pg < len(texts[doc]), f"{fid}: page {pg}"):
                continue
            ok(squash(ev["evidence_text"]) in squash(texts[doc][pg]), f"{fid}: evidence text not on page {pg}")
            pages.add(pg)
            n_ev += 1
        blob = squash("".join(texts[doc][p] for p in sorted(pages)))
        for v, e in zip(ins, sp["ins"], strict=True):
            fig = questions.printed(v, *e[2:])
            ok(squash(fig) in blob, f"{fid}: figure {fig} not on evidence pages")
            n_fig += 1
    ok(counts == EXPECT, f"counts {counts}")
    for d, n in counts.items():
        print(f"{d}: {n} questions")
    print(f"answer figures recomputed from the model: {n_ans}")
    print(f"evidence lines found on their pages: {n_ev}")
    print(f"cited figures found on evidence pages: {n_fig}")
    if fails:
        print(f"FAIL: {len(fails)} problem(s)")
        for f in fails:
            print("  " + f)
        sys.exit(1)
    print("PASS: all checks passed")


if __name__ == "__main__":
    main()
