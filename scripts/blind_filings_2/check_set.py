"""Regenerate the blind set into temporary folders and verify it.

Checks: 50 questions with exactly the FinanceBench keys; ids, types and mix;
evidence pages inside each PDF; the key figures behind each answer appear in
the extracted text (pypdf) of its evidence pages; balance sheets balance (model
and printed totals); cash flow ending cash equals balance-sheet cash; at least
one table continues across a page break per document; page counts in range;
two runs are byte-identical; generation time.  Exits non-zero on any failure.
"""
import filecmp
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the folder free of __pycache__
sys.path.insert(0, HERE)

from pypdf import PdfReader  # noqa: E402

import make_filings  # noqa: E402
from bank_model import BankModel  # noqa: E402
from software_model import SoftwareModel  # noqa: E402

KEYS = make_filings.KEYS
TYPES = {"metrics-generated", "domain-relevant", "novel-generated"}
PAGE_RANGE = {"KESTRELRIDGE_2025_10K": (55, 75), "VELLICHOR_2025Q3_10Q": (35, 50)}
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
    return cond


def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


def nums_on_line(text, label):
    """Numbers printed on the first line that starts with `label`."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            return [int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*\d|\d", line[len(label):])
                    if x.replace(",", "").isdigit()]
    return None


def main():
    t0 = time.time()
    tmp = tempfile.mkdtemp(prefix="blind2_")
    run1, run2 = os.path.join(tmp, "a"), os.path.join(tmp, "b")
    records, internal = make_filings.build(run1)
    gen_s = time.time() - t0
    # second run in a fresh interpreter, so hash seeds and import state cannot hide nondeterminism
    subprocess.run([sys.executable, os.path.join(HERE, "make_filings.py"), "--out", run2], check=True,
                   stdout=subprocess.DEVNULL)

    # ---- byte-identical rerun
    files = ["questions.jsonl"] + [os.path.join("pdfs", f) for f in sorted(os.listdir(os.path.join(run1, "pdfs")))]
    for f in files:
        check(filecmp.cmp(os.path.join(run1, f), os.path.join(run2, f), shallow=False), f"rerun differs: {f}")

    # ---- questions file format
    lines = open(os.path.join(run1, "questions.jsonl"), encoding="utf-8").read().splitlines()
    check(len(lines) == 50, f"expected 50 questions, got {len(lines)}")
    qs = [json.loads(x) for x in lines]
    for i, q in enumerate(qs, 1):
        check(list(q.keys()) == KEYS, f"{q.get('financebench_id')}: keys {list(q.keys())}")
        check(q["financebench_id"] == f"blind2_{i:03d}", f"bad id {q['financebench_id']}")
        check(q["question_type"] in TYPES, f"{q['financebench_id']}: bad type")
        check(isinstance(q["evidence_pages"], list) and q["evidence_pages"], f"{q['financebench_id']}: no pages")
        check(q["question"].strip() and q["answer"].strip(), f"{q['financebench_id']}: empty text")
    numeric = sum(1 for q in qs if re.search(r"\d", q["answer"]))
    check(numeric >= 32, f"only {numeric} numeric answers")
    per_doc = {}
    for q in qs:
        per_doc.setdefault(q["doc_name"], []).append(q["question_type"])
    for doc, types in per_doc.items():
        check(len(types) == 25, f"{doc}: {len(types)} questions")
        counts = {t: types.count(t) for t in TYPES}
        check(counts["metrics-generated"] >= 10 and counts["domain-relevant"] >= 5 and counts["novel-generated"] >= 5,
              f"{doc}: type mix {counts}")
    check(len({q["question"] for q in qs}) == 50, "duplicate question text")

    # ---- evidence pages and figures
    readers, texts = {}, {}
    for r in internal:
        if r["pdf"] not in readers:
            readers[r["pdf"]] = PdfReader(r["pdf"])
            texts[r["pdf"]] = [p.extract_text() or "" for p in readers[r["pdf"]].pages]
        pages = texts[r["pdf"]]
        n = len(pages)
        ok = check(all(0 <= p < n for p in r["evidence_pages"]), f"{r['financebench_id']}: page out of range")
        if not ok:
            continue
        blob = norm(" ".join(pages[p] for p in r["evidence_pages"]))
        for fig in r["figures"]:
            check(norm(fig) in blob, f"{r['financebench_id']}: figure {fig!r} not on pages {r['evidence_pages']}")

    # ---- page counts and continued tables
    summary = {}
    for r in internal:
        summary[r["doc_name"]] = (r["pages"], r["pdf"], r["continued"])
    for r in internal:
        check(not r["overflows"], f"{r['doc_name']}: table cells wider than their columns: {r['overflows'][:3]}")
    for doc, (pages, pdf, cont) in summary.items():
        lo, hi = PAGE_RANGE[doc]
        check(lo <= pages <= hi, f"{doc}: {pages} pages outside {lo}-{hi}")
        check(len(readers[pdf].pages) == pages, f"{doc}: page count mismatch")
        check(cont and any("(continued)" in t for t in texts[pdf]), f"{doc}: no table continues across pages")
        fonts = set()
        for p in readers[pdf].pages:
            for f in p["/Resources"]["/Font"].values():
                fonts.add(str(f.get_object()["/BaseFont"]))
        core = {"/Times-Roman", "/Times-Bold", "/Times-Italic", "/Times-BoldItalic", "/Helvetica",
                "/Helvetica-Bold", "/Helvetica-Oblique", "/Helvetica-BoldOblique"}
        check(fonts <= core, f"{doc}: non-core fonts {fonts - core}")

    # ---- balance sheets balance (model) and printed totals agree (PDF)
    bm, sm = BankModel(), SoftwareModel()
    for y, b in bm.bs.items():
        check(b["ta"] == b["tl"] + b["te"], f"bank balance sheet {y} does not balance")
    for k, b in sm.bs.items():
        check(b["ta"] == b["tl"] + b["te"], f"software balance sheet {k} does not balance")
    for doc, la, ll in (("KESTRELRIDGE_2025_10K", "Total assets", "Total liabilities and shareholders' equity"),
                        ("VELLICHOR_2025Q3_10Q", "Total assets", "Total liabilities and stockholders' equity")):
        pages, pdf, _ = summary[doc]
        bs_page = next(t for t in texts[pdf] if "BALANCE SHEETS" in t and la in t and ll in t)
        va, vl = nums_on_line(bs_page, la), nums_on_line(bs_page, ll)
        check(va and va == vl, f"{doc}: printed total assets {va} != total liabilities and equity {vl}")
    check(bm.cf[2025]["end"] == bm.bs[2025]["cash"], "bank cash flow end != balance sheet cash")
    check(sm.per["9M25"]["cash_end"] == sm.bs["2025Q3"]["cash"], "software cash flow end != balance sheet cash")

    check(gen_s < 60, f"generation took {gen_s:.1f}s")
    print(f"generation time: {gen_s:.1f}s (one run)")
    for doc, (pages, _pdf, cont) in summary.items():
        print(f"{doc}: {pages} pages; tables continued across a page break: {', '.join(sorted(set(cont)))}")
    print(f"questions: {len(qs)}; numeric answers: {numeric}; "
          + "; ".join(f"{d}: " + ", ".join(f"{t}={ts.count(t)}" for t in sorted(TYPES)) for d, ts in per_doc.items()))
    print(f"byte-identical rerun: {'yes' if not any('rerun' in f for f in failures) else 'NO'}")
    if failures:
        print(f"FAILED ({len(failures)}):")
        for f in failures:
            print("  -", f)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
