"""Check a generated blind set.

Usage: /work/main/.venv/bin/python scripts/blind_filings_19/check_set.py DIR

Checks, exiting non-zero on any failure:
  * questions.jsonl: 50 well-formed records, ids blind19_001..050, known doc names,
    evidence pages inside the PDFs;
  * every number in every evidence_text appears on its evidence page (text
    extracted with pypdf), and look-up answers appear on an evidence page;
  * the PDFs in DIR equal a fresh in-memory build (determinism) and the
    questions equal freshly built ones;
  * every printed table row's figures appear on the page the renderer recorded;
  * statements tie: subtotals, totals, balance sheets balance, cash flows
    reconcile to the change in cash, and cross-statement agreements — evaluated
    on the figures as printed.
"""
import json
import os
import re
import sys
from decimal import Decimal

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    from pypdf import PdfReader
except ImportError:  # pragma: no cover
    raise SystemExit("pypdf is required in the virtual environment to run the checks")

import ties  # noqa: E402
from build import build_all  # noqa: E402
from questions import build_questions  # noqa: E402

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
KEYS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
        "evidence", "doc_period", "doc_type"]
QTYPES = {"metrics-generated", "domain-relevant", "novel-generated"}


def numbers(text):
    out = set()
    for m in NUM.finditer(text):
        tok = m.group(0).rstrip(",.")
        out.add(tok)
    return out


def page_texts(path):
    reader = PdfReader(path)
    return [p.extract_text() or "" for p in reader.pages]


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: check_set.py DIR")
    root = sys.argv[1]
    errors = []

    def fail(msg):
        errors.append(msg)

    qpath = os.path.join(root, "questions.jsonl")
    with open(qpath, encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().split("\n") if ln.strip()]
    qs = [json.loads(ln) for ln in lines]
    if len(qs) != 50:
        fail(f"expected 50 questions, found {len(qs)}")

    pdf_dir = os.path.join(root, "pdfs")
    pages = {}
    for fn in sorted(os.listdir(pdf_dir)):
        if fn.endswith(".pdf"):
            pages[fn[:-4]] = page_texts(os.path.join(pdf_dir, fn))
    page_nums = {d: [numbers(t) for t in ts] for d, ts in pages.items()}

    # ------------------------------------------------------------ question records
    for i, q in enumerate(qs, 1):
        qid = q.get("financebench_id")
        if list(q.keys()) != KEYS:
            fail(f"{qid}: keys {list(q.keys())}")
        if qid != f"blind19_{i:03d}":
            fail(f"record {i}: id {qid}")
        if q.get("question_type") not in QTYPES:
            fail(f"{qid}: question_type {q.get('question_type')}")
        doc = q.get("doc_name")
        if doc not in pages:
            fail(f"{qid}: unknown doc_name {doc}")
            continue
        expect = (2025, "10k") if doc.endswith("10K") else (2026, "8k")
        if (q.get("doc_period"), q.get("doc_type")) != expect:
            fail(f"{qid}: doc_period/doc_type {q.get('doc_period')}/{q.get('doc_type')}")
        if not isinstance(q.get("answer"), str) or not NUM.search(q["answer"]):
            fail(f"{qid}: answer is not numeric text")
        ev = q.get("evidence") or []
        if not ev:
            fail(f"{qid}: no evidence")
        ev_pages = set()
        for e in ev:
            if e.get("doc_name") != doc:
                fail(f"{qid}: evidence doc_name {e.get('doc_name')}")
            p = e.get("evidence_page_num")
            if not isinstance(p, int) or not 0 <= p < len(pages[doc]):
                fail(f"{qid}: evidence page {p} out of range")
                continue
            ev_pages.add(p)
            missing = sorted(numbers(e["evidence_text"]) - page_nums[doc][p])
            if missing:
                fail(f"{qid}: figures not found on page {p}: {missing}")
        if q.get("question_type") != "metrics-generated":
            ans = numbers(q["answer"])
            if not any(ans <= page_nums[doc][p] for p in ev_pages):
                fail(f"{qid}: look-up answer {q['answer']} not printed on its evidence page(s)")
    counts = {}
    for q in qs:
        counts[q["doc_name"]] = counts.get(q["doc_name"], 0) + 1

    # ------------------------------------------------------------ rebuild and compare
    built = build_all()
    for name, item in built.items():
        path = os.path.join(pdf_dir, name + ".pdf")
        if not os.path.exists(path):
            fail(f"missing {path}")
            continue
        with open(path, "rb") as fh:
            if fh.read() != item["bytes"]:
                fail(f"{name}.pdf differs from a fresh build (non-deterministic or stale)")
    fresh = build_questions(built)
    if [json.dumps(x, ensure_ascii=False) for x in fresh] != lines:
        fail("questions.jsonl differs from a fresh build")

    # ------------------------------------------------------------ printed rows on their pages
    nrows = 0
    for name, item in built.items():
        doc = item["doc"]
        for tid, t in doc.tables.items():
            for key, row in t["rows"].items():
                nrows += 1
                want = set()
                for c in row["cells"]:
                    want |= numbers(c)
                missing = sorted(want - page_nums.get(name, [set()] * 999)[row["page"]])
                if missing:
                    fail(f"{name} {tid}/{key}: figures {missing} not found on page {row['page']}")
        for key, tx in doc.texts.items():
            missing = sorted(numbers(tx["text"]) - page_nums[name][tx["page"]])
            if missing:
                fail(f"{name} text {key}: figures {missing} not found on page {tx['page']}")

    # ------------------------------------------------------------ ties
    import saas_data
    import utility_data
    for name, spec in ((utility_data.DOC_NAME, ties.ties_10k()), (saas_data.DOC_NAME, ties.ties_pr())):
        errs = ties.evaluate(built[name]["doc"].tables, spec)
        for e in errs:
            fail(f"{name}: {e}")
        print(f"{name}: {len(spec)} tie-outs evaluated, {len(errs)} failed")
    # pension + OPEB = balance sheet liability (OPEB is stated in prose)
    K = built[utility_data.DOC_NAME]["doc"]
    funded = K.tables["pension"]["rows"]["Funded status at end of year"]["values"]
    bsl = K.tables["bs_liab"]["rows"]["Pension and other postretirement benefit obligations"]["values"]
    for i, y in enumerate((2025, 2024)):
        if -funded[i] + Decimal(utility_data.opeb[y]) != bsl[i]:
            fail(f"pension + OPEB != balance sheet liability for {y}")
    # short-term borrowings = revolver draw + commercial paper (prose)
    stb = K.tables["bs_liab"]["rows"]["Short-term borrowings"]["values"][0]
    if stb != utility_data.credit["drawn"] + utility_data.credit["cp"]:
        fail("short-term borrowings do not match the liquidity discussion")

    for name in pages:
        print(f"{name}.pdf: {len(pages[name])} pages, {counts.get(name, 0)} questions")
    print(f"checked {len(qs)} questions, {nrows} printed table rows")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
