"""Checks a generated blind_filings_17 set: model tie-outs, schema and counts, every answer figure recomputed from the
model and found in its answer, every evidence text found on its page, and every input figure of every answer found in
the text of its evidence pages.  Prints counts only (no questions or answers); exits 1 on any failure."""

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
EV_KEYS = ["evidence_text", "evidence_page_num", "doc_name"]
TYPES = {"metrics-generated", "novel-generated", "domain-relevant"}


def page_texts(path):
    """Page texts with pdfplumber when it is importable, otherwise with pypdf."""
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
        k, r = models.check()
        print("model tie-outs: passed (balance sheets balance, cash flows roll cash, segments and geographies sum "
              "to consolidated, NOI/FFO reconciliations tie, equity statements roll)")
    except AssertionError as e:
        print(f"model tie-outs: FAILED {e!r}")
        sys.exit(1)
    qpath = os.path.join(out, "questions.jsonl")
    if not os.path.exists(qpath):
        sys.exit(f"no {qpath}: run make_filings.py --out {out} first")
    texts, engine = {}, ""
    for doc in questions.EXPECT:
        path = os.path.join(out, "pdfs", doc + ".pdf")
        if not ok(os.path.exists(path), f"missing {path}"):
            continue
        texts[doc], engine = page_texts(path)
        print(f"{doc}.pdf: {len(texts[doc])} pages")
        if doc == questions.KDOC:
            ok("(continued)" in "\n".join(texts[doc]).lower(), f"{doc}: no table continued across a page break")
    if len(texts) != len(questions.EXPECT):
        print("FAIL: " + "; ".join(fails))
        sys.exit(1)
    print(f"text extraction: {engine}")
    with open(qpath, encoding="utf-8") as f:
        rows = [json.loads(x) for x in f if x.strip()]
    ok(len(rows) == len(questions.S) == 50, f"question count {len(rows)}")
    ids = [x.get("financebench_id") for x in rows]
    ok(len(set(ids)) == len(ids), "duplicate ids")
    ok(ids == [f"blind17_{n:03d}" for n in range(1, len(rows) + 1)], "ids not blind17_001..")
    counts = {d: 0 for d in questions.EXPECT}
    n_ans = n_ev = n_fig = 0
    for x, sp in zip(rows, questions.S, strict=False):
        fid = x.get("financebench_id")
        ok(list(x) == KEYS, f"{fid}: keys")
        ok(x["question_type"] in TYPES, f"{fid}: type")
        doc, company, dtype = questions.DOCS[sp["doc"]]
        ok(x["doc_name"] == doc and x["company"] == company and x["doc_type"] == dtype and x["doc_period"] == 2025,
           f"{fid}: doc fields")
        ok(bool(x["question"].strip()) and bool(x["answer"].strip()) and bool(x["evidence"]), f"{fid}: empty")
        counts[x["doc_name"]] = counts.get(x["doc_name"], 0) + 1
        c, q, a, _ = questions.evaluate(sp, k, r)
        ok(q == x["question"], f"{fid}: question text differs from the generator")
        for o in c.outs:  # answer figures recomputed from the model
            ok(o in x["answer"], f"{fid}: answer figure {o} not in answer")
            n_ans += 1
        ok(bool(c.outs) and any(ch.isdigit() for ch in x["answer"]), f"{fid}: answer has no figure")
        pages = set()
        for ev in x["evidence"]:
            ok(list(ev) == EV_KEYS, f"{fid}: evidence keys")
            ok(ev["doc_name"] == doc, f"{fid}: evidence doc")
            pg = ev["evidence_page_num"]
            if not ok(isinstance(pg, int) and 0 <= pg < len(texts[doc]), f"{fid}: page {pg}"):
                continue
            ok(squash(ev["evidence_text"]) in squash(texts[doc][pg]), f"{fid}: evidence text not on page {pg}")
            pages.add(pg)
            n_ev += 1
        blob = squash("".join(texts[doc][p] for p in sorted(pages)))
        for key, fig in c.ins:  # every input figure of the answer is printed on an evidence page
            ok(squash(fig) in blob, f"{fid}: figure {fig} ({key}) not on its evidence pages")
            n_fig += 1
    ok(counts == questions.EXPECT, f"counts {counts}")
    for d, n in counts.items():
        print(f"{d}: {n} questions")
    print(f"answer figures recomputed from the model and found in answers: {n_ans}")
    print(f"evidence texts found on their pages: {n_ev}")
    print(f"input figures found on evidence pages: {n_fig}")
    if fails:
        print(f"FAIL: {len(fails)} problem(s)")
        for f_ in fails:
            print("  " + f_)
        sys.exit(1)
    print("PASS: all checks passed")


if __name__ == "__main__":
    main()
