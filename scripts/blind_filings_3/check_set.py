"""Verify a generated blind set: check_set.py DIR

Checks:
  * questions.jsonl has the FinanceBench fields, unique sequential ids, known doc_names;
  * every question's figures (re-derived from the models) appear in the text that pypdf
    extracts from its evidence pages, and every evidence page carries at least one figure;
  * the financial models tie (balance sheets balance, cash flows reconcile to cash, reserve,
    equity, premium and triangle roll-forwards hold) and the prose/tables print those figures;
  * questions.jsonl matches what make_filings.py would write now.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from brannock_model import Brannock  # noqa: E402
from common import m1, th  # noqa: E402
from halberstow_model import BS_YEARS, YEARS, Halberstow  # noqa: E402
from make_filings import FIELDS, build_pdfs, records  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from questions import all_questions  # noqa: E402


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def page_texts(path: Path) -> list[str]:
    return [norm(p.extract_text() or "") for p in PdfReader(str(path)).pages]


def check_ties(errors: list[str], texts: dict[str, list[str]]):
    h = Halberstow()  # constructor asserts its own ties; re-state the key ones here
    for k in BS_YEARS:
        if h.total_assets[k] != h.total_le[k]:
            errors.append(f"Halberstow balance sheet {k} does not balance")
    for y in YEARS:
        c = h.cf[y]
        if h.cash[y - 1] + c["cfo"] + c["cfi"] + c["cff"] != h.cash[y]:
            errors.append(f"Halberstow cash flow {y} does not reconcile")
        if h.net_res[y - 1] + h.loss[y] - h.paid[y] != h.net_res[y]:
            errors.append(f"Halberstow reserve roll-forward {y} broken")
        if h.rev[y] - h.exp_total[y] - h.tax[y] != h.ni[y]:
            errors.append(f"Halberstow income statement {y} does not foot")
    full = " ".join(texts["HALBERSTOW_2025_10K"])
    for v in (h.total_assets[2025], h.ni[2025], h.cash[2025], h.gross_res[2025],
              h.equity[2025], h.cat[2025]):
        if m1(v) not in full:
            errors.append(f"Halberstow figure {m1(v)} not printed")
    b = Brannock()
    for p in ("D24", "J25"):
        if b.tot[p]["assets"] != b.tot[p]["le"]:
            errors.append(f"Brannock balance sheet {p} does not balance")
    if b.cash_end["H1_25"] != b.bs["cash"]["J25"]:
        errors.append("Brannock cash flow does not reconcile to balance sheet cash")
    if b.tot["J25"]["equity"] != b.eq["J25"]["total"]:
        errors.append("Brannock equity statement does not tie to balance sheet")
    full = " ".join(texts["BRANNOCKHEARTH_2025Q2_10Q"])
    for v in (b.tot["J25"]["assets"], b.q["Q2_25"]["ni"], b.bs["cash"]["J25"]):
        if th(v) not in full:
            errors.append(f"Brannock figure {th(v)} not printed")


def main(argv=None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    if len(argv) != 1:
        print("usage: check_set.py DIR")
        return 2
    d = Path(argv[0])
    errors: list[str] = []
    recs = [json.loads(x) for x in (d / "questions.jsonl").read_text().splitlines() if x.strip()]
    ids = [r.get("financebench_id") for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"blind3_{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not blind3_001..N in order")
    for r in recs:
        if list(r) != FIELDS:
            errors.append(f"{r.get('financebench_id')}: fields {list(r)}")
    docs = sorted({r["doc_name"] for r in recs})
    texts = {}
    for doc in docs:
        pdf = d / "pdfs" / f"{doc}.pdf"
        if not pdf.exists():
            errors.append(f"missing {pdf}")
            continue
        texts[doc] = page_texts(pdf)
    specs = {q["financebench_id"]: q for q in all_questions()}
    if set(specs) != set(ids):
        errors.append("question ids differ from the current specification")
    for r in recs:
        qid, doc = r["financebench_id"], r["doc_name"]
        spec = specs.get(qid)
        if spec is None or doc not in texts:
            continue
        pages = r["evidence_pages"]
        if not pages or any(p < 0 or p >= len(texts[doc]) for p in pages):  # 0-based page indices
            errors.append(f"{qid}: bad evidence pages {pages}")
            continue
        used = set()
        for _, token in spec["figures"]:
            hit = [p for p in pages if token in texts[doc][p]]
            if not hit:
                errors.append(f"{qid}: figure {token!r} not on evidence pages {pages}")
            used.update(hit)
        for p in pages:
            if p not in used:
                errors.append(f"{qid}: evidence page {p} carries none of the figures")
    if {"HALBERSTOW_2025_10K", "BRANNOCKHEARTH_2025Q2_10Q"} <= set(texts):
        check_ties(errors, texts)
    expected = records(build_pdfs())
    if expected != recs:
        errors.append("questions.jsonl differs from a fresh generation")
    by_type: dict[str, int] = {}
    for r in recs:
        by_type[r["question_type"]] = by_type.get(r["question_type"], 0) + 1
    print(f"{len(recs)} questions; by type {by_type}; by doc "
          f"{ {doc: sum(r['doc_name'] == doc for r in recs) for doc in docs} }; pages "
          f"{ {doc: len(t) for doc, t in texts.items()} }")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
