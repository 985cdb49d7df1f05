"""Checks a generated blind_filings_18 set with pypdf: model tie-outs; schema, ids and counts; for every question,
that each evidence text is printed on its stated 0-based page, that each input figure is printed on its evidence page
and inside its evidence text, and that the answer is re-derived from the printed figures and agrees with the model.
Prints one OK/FAIL line per question (ids only, never questions or answers); exits 1 on any failure."""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import kit  # noqa: E402

kit.fonts_or_exit()

import make_filings  # noqa: E402
import models  # noqa: E402
import questions  # noqa: E402
from pypdf import PdfReader  # noqa: E402

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
EV_KEYS = ["evidence_text", "evidence_page_num", "doc_name"]
TYPES = {"metrics-generated", "domain-relevant", "novel-generated"}


def main():
    args = [a for a in sys.argv[1:] if a != "--out"]
    if len(args) != 1:
        sys.exit("usage: check_set.py DIR   (the folder written by make_filings.py --out DIR)")
    out = args[0]
    general = []
    try:
        k, q = models.check()
        print(
            "model tie-outs: passed (balance sheets balance, cash flows roll, allowance and equity roll-forwards "
            "tie, segments and geographies sum)"
        )
    except AssertionError as e:
        print(f"model tie-outs: FAILED {e!r}")
        sys.exit(1)
    qpath = os.path.join(out, "questions.jsonl")
    if not os.path.exists(qpath):
        sys.exit(f"no {qpath}: run make_filings.py --out {out} first")
    texts, raw = {}, {}
    for doc in questions.EXPECT:
        path = os.path.join(out, "pdfs", doc + ".pdf")
        if not os.path.exists(path):
            sys.exit(f"missing {path}")
        reader = PdfReader(path)
        raw[doc] = [p.extract_text() or "" for p in reader.pages]
        texts[doc] = [kit.norm(t) for t in raw[doc]]
        cont = sum("(continued)" in t for t in raw[doc])
        print(f"{doc}.pdf: {len(raw[doc])} pages, {cont} page(s) with a continued table")
        if not cont:
            general.append(f"{doc}: no table continued across a page break")
    anchors = {doc: d.anchors for doc, d in make_filings.layout(k, q).items()}
    with open(qpath, encoding="utf-8") as f:
        rows = [json.loads(x) for x in f if x.strip()]
    if len(rows) != len(questions.S) or len(rows) != 50:
        general.append(f"question count {len(rows)}")
    ids = [x.get("financebench_id") for x in rows]
    if ids != [f"blind18_{n:03d}" for n in range(1, len(rows) + 1)]:
        general.append("ids are not blind18_001.. in order")
    counts = {d: 0 for d in questions.EXPECT}
    kinds = {kd: 0 for kd in questions.KINDS}
    n_ok = 0
    n_ev = n_fig = 0
    for x, sp in zip(rows, questions.S, strict=False):
        fid = x.get("financebench_id")
        bad = []
        doc, company, dtype = questions.DOCS[sp["doc"]]
        if list(x) != KEYS:
            bad.append("keys")
        if x.get("question_type") not in TYPES:
            bad.append("question_type")
        if (x.get("doc_name"), x.get("company"), x.get("doc_type"), x.get("doc_period")) != (doc, company, dtype, 2025):
            bad.append("document fields")
        if x.get("question") != sp["text"]:
            bad.append("question text differs from the generator")
        counts[doc] = counts.get(doc, 0) + 1
        kinds[sp["kind"]] += 1
        # evidence texts on their pages
        ev_pages = {}
        for ev in x.get("evidence", []):
            if list(ev) != EV_KEYS or ev["doc_name"] != doc:
                bad.append("evidence fields")
                continue
            pg = ev["evidence_page_num"]
            if not (isinstance(pg, int) and 0 <= pg < len(texts[doc])):
                bad.append(f"evidence page {pg} out of range")
                continue
            if kit.norm(ev["evidence_text"]) not in texts[doc][pg]:
                bad.append(f"evidence text not on page {pg}")
            else:
                n_ev += 1
            ev_pages.setdefault(pg, []).append(kit.norm(ev["evidence_text"]))
        if not ev_pages:
            bad.append("no evidence")
        # input figures printed on the evidence pages, inside the evidence texts; answer re-derived
        try:
            ins, _, ans, _, _ = questions.evaluate(sp, k, q, anchors)
        except (AssertionError, KeyError) as e:
            bad.append(f"answer not derivable: {e!r}"[:160])
            ins, ans = [], None
        for key, _, fig, pg in ins:
            f_ = kit.norm(fig)
            if pg not in ev_pages or not any(f_ in t for t in ev_pages[pg]):
                bad.append(f"input {key} not inside an evidence text on page {pg}")
            elif f_ not in texts[doc][pg]:
                bad.append(f"input {key} not printed on page {pg}")
            else:
                n_fig += 1
        if ans is not None and x.get("answer") != ans:
            bad.append("answer differs from the figure re-derived from the printed inputs")
        if not any(ch.isdigit() for ch in x.get("answer", "")):
            bad.append("answer has no number")
        if bad:
            print(f"{fid}: FAIL ({'; '.join(bad)})")
        else:
            n_ok += 1
            print(f"{fid}: OK")
    if counts != questions.EXPECT:
        general.append(f"per-document counts {counts} != {questions.EXPECT}")
    if kinds != questions.KINDS:
        general.append(f"per-kind counts {kinds} != {questions.KINDS}")
    print("per document: " + ", ".join(f"{d}={n}" for d, n in counts.items()))
    print("per kind: " + ", ".join(f"{kd}={n}" for kd, n in kinds.items()))
    print(f"evidence texts found on their pages: {n_ev}; input figures found in evidence on their pages: {n_fig}")
    print(f"questions passing: {n_ok}/{len(rows)}")
    if general or n_ok != len(rows):
        for g in general:
            print("FAIL: " + g)
        sys.exit(1)
    print("PASS: all checks passed")


if __name__ == "__main__":
    main()
