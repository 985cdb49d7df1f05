"""Regenerate the blind filings set into a temporary directory and check it.

Usage (from the project root):

    .venv/bin/python scripts/blind_filings/check_set.py

Checks: 50 questions with exactly the expected keys and question-type mix; evidence pages inside each PDF; the key
figures of every answer printed on its evidence pages (text extracted with pypdf); the printed balance sheets balance
and the printed cash flow statements reconcile (parsed back from the PDF text, and asserted on the models); page counts
within 60-90; only core fonts; and byte-identical output on a second run.
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import make_filings
from pypdf import PdfReader

NUM = re.compile(r"^\(?\$?-?[\d,]*\d(?:\.\d+)?\)?%?$|^-$")
EXPECTED_TYPES = {"metrics-generated": 24, "domain-relevant": 14, "novel-generated": 12}
CORE_FONTS = {"Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica", "Helvetica-Bold",
              "Helvetica-Oblique", "Helvetica-BoldOblique"}


def parse_num(tok: str) -> float:
    if tok == "-":
        return 0.0
    neg = tok.startswith("(")
    v = float(tok.strip("()$%").replace(",", ""))
    return -v if neg else v


def values(line: str, ncols: int) -> list[float] | None:
    """The last ``ncols`` numeric tokens of a statement line, or None if the line does not end in numbers."""
    toks = [t for t in line.split() if t != "$"]
    tail = toks[-ncols:]
    if len(tail) < ncols or not all(NUM.match(t) for t in tail):
        return None
    return [parse_num(t) for t in tail]


def find_line(lines: list[str], pattern: str, ncols: int) -> list[float]:
    for ln in lines:
        if re.match(pattern, ln) and values(ln, ncols):
            return values(ln, ncols)
    raise AssertionError(f"line not found: {pattern}")


def section_sum(lines, start_pat, end_pat, ncols):
    """Sum the numeric lines strictly between a section header and its subtotal line."""
    inside, tot = False, [0.0] * ncols
    for ln in lines:
        if re.match(start_pat, ln):
            inside = True
            continue
        if inside and re.match(end_pat, ln):
            return tot, values(ln, ncols)
        if inside:
            v = values(ln, ncols)
            if v:
                tot = [a + b for a, b in zip(tot, v, strict=True)]
    raise AssertionError(f"section not found: {start_pat}")


def check_statements(texts: list[list[str]], marks: dict, model_errors: list[str], doc: str) -> list[str]:
    errs = [f"{doc}: model: {e}" for e in model_errors]
    bs = [ln for p in marks["bs"] for ln in texts[p]]
    try:
        ta = find_line(bs, r"^Total assets", 2)
        tle = find_line(bs, r"^Total liabilities and stockholders' equity", 2)
        if ta != tle:
            errs.append(f"{doc}: printed balance sheet does not balance: {ta} vs {tle}")
        got, tca = section_sum(bs, r"^Current assets:", r"^Total current assets", 2)
        if got != tca:
            errs.append(f"{doc}: current assets do not add up: {got} vs {tca}")
        got, tcl = section_sum(bs, r"^Current liabilities:", r"^Total current liabilities", 2)
        if got != tcl:
            errs.append(f"{doc}: current liabilities do not add up: {got} vs {tcl}")
    except AssertionError as e:
        errs.append(f"{doc}: balance sheet: {e}")
    cf = [ln for p in marks["cf"] for ln in texts[p]]
    try:
        cfo_sum, cfo = section_sum(cf, r"^(Cash flows from )?[Oo]perating activities:",
                                   r"^Net cash .*operating activities", 3)
        cfi_sum, cfi = section_sum(cf, r"^(Cash flows from )?[Ii]nvesting activities:",
                                   r"^Net cash .*investing activities", 3)
        cff_sum, cff = section_sum(cf, r"^(Cash flows from )?[Ff]inancing activities:",
                                   r"^Net cash .*financing activities", 3)
        for name, a, b in (("operating", cfo_sum, cfo), ("investing", cfi_sum, cfi), ("financing", cff_sum, cff)):
            if [round(x, 6) for x in a] != b:
                errs.append(f"{doc}: {name} cash flows do not add up: {a} vs {b}")
        try:
            fx = find_line(cf, r"^Effect of exchange rate", 3)
        except AssertionError:
            fx = [0.0, 0.0, 0.0]
        net = find_line(cf, r"^Net .*(increase|decrease).* in cash", 3)
        begin = find_line(cf, r"^Cash and cash equivalents,? (at )?beginning of year", 3)
        end = find_line(cf, r"^Cash and cash equivalents,? (at )?end of year", 3)
        for i in range(3):
            if cfo[i] + cfi[i] + cff[i] + fx[i] != net[i]:
                errs.append(f"{doc}: cash flow sections do not sum to the net change (column {i})")
            if begin[i] + net[i] != end[i]:
                errs.append(f"{doc}: beginning cash + net change != ending cash (column {i})")
        cash_bs = find_line(bs, r"^Cash and cash equivalents", 2)
        if cash_bs[0] != end[0] or cash_bs[1] != end[1]:
            errs.append(f"{doc}: cash flow ending cash does not match the balance sheet")
        if len(marks["cf"]) < 2 or not any("(continued)" in ln for ln in texts[marks["cf"][1]]):
            errs.append(f"{doc}: the cash flow statement should continue across a page break with '(continued)'")
    except AssertionError as e:
        errs.append(f"{doc}: cash flow statement: {e}")
    return errs


def digest(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file()}


def main() -> int:
    errs: list[str] = []
    with tempfile.TemporaryDirectory() as d1, tempfile.TemporaryDirectory() as d2:
        out = Path(d1)
        t0 = time.perf_counter()
        records, pdfs = make_filings.generate(out, keep=True)
        gen_s = time.perf_counter() - t0
        lines = (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(x) for x in lines]
        if len(rows) != 50:
            errs.append(f"expected 50 questions, found {len(rows)}")
        for r in rows:
            if tuple(r) != make_filings.KEYS:
                errs.append(f"{r.get('financebench_id')}: keys {list(r)}")
            if not all(isinstance(r[k], str) and r[k] for k in ("question", "answer", "company", "doc_name")):
                errs.append(f"{r['financebench_id']}: empty text field")
            if r["justification"] is not None and not isinstance(r["justification"], str):
                errs.append(f"{r['financebench_id']}: justification must be a string or null")
        ids = [r["financebench_id"] for r in rows]
        if len(set(ids)) != len(ids):
            errs.append("duplicate financebench_id")
        types = collections.Counter(r["question_type"] for r in rows)
        if dict(types) != EXPECTED_TYPES:
            errs.append(f"question types {dict(types)} != {EXPECTED_TYPES}")
        per_doc = collections.Counter(r["doc_name"] for r in rows)
        if sorted(per_doc.values()) != [25, 25]:
            errs.append(f"questions per filing: {dict(per_doc)}")
        texts, flat, counts = {}, {}, {}
        for doc in per_doc:
            reader = PdfReader(out / "pdfs" / f"{doc}.pdf")
            counts[doc] = len(reader.pages)
            texts[doc] = [[" ".join(ln.split()) for ln in pg.extract_text().splitlines() if ln.strip()]
                          for pg in reader.pages]
            flat[doc] = [" ".join(" ".join(pg).split()) for pg in texts[doc]]
            if not 60 <= counts[doc] <= 90:
                errs.append(f"{doc}: {counts[doc]} pages, expected 60-90")
            fonts = set()
            for pg in reader.pages:
                for f in (pg.get("/Resources", {}).get("/Font", {}) or {}).values():
                    fonts.add(str(f.get_object()["/BaseFont"]).lstrip("/"))
            if not fonts <= CORE_FONTS:
                errs.append(f"{doc}: non-core fonts {fonts - CORE_FONTS}")
        numeric = re.compile(r"\d")
        for rec, r in zip(records, rows, strict=True):
            doc = r["doc_name"]
            pages = r["evidence_pages"]
            if not pages or any(not isinstance(p, int) or not 0 <= p < counts[doc] for p in pages):
                errs.append(f"{r['financebench_id']}: evidence pages {pages} outside 0..{counts[doc] - 1}")
                continue
            text = " ".join(flat[doc][p] for p in pages)
            missing = [f for f in rec["figures"] if f not in text]
            if missing:
                errs.append(f"{r['financebench_id']}: figures {missing} not printed on evidence pages {pages}")
            if r["question_type"] == "metrics-generated" and not numeric.search(r["answer"]):
                errs.append(f"{r['financebench_id']}: metrics question without a numeric answer")
        for doc, pdf in pdfs.items():
            errs += check_statements(texts[doc], pdf.marks, pdf.model_errors, doc)
        # determinism: a second run must produce byte-identical files
        make_filings.generate(Path(d2))
        if digest(out) != digest(Path(d2)):
            errs.append("output differs between two runs")
        print(f"generated in {gen_s:.1f}s")
        for doc in sorted(counts):
            print(f"{doc}: {counts[doc]} pages, {per_doc[doc]} questions")
        print("question types:", dict(sorted(types.items())))
    if errs:
        print(f"FAIL ({len(errs)} problems)")
        for e in errs:
            print(" -", e)
        return 1
    print("OK: 50 questions, keys valid, evidence pages in range, all key figures found on their evidence pages, "
          "balance sheets balance, cash flows reconcile, core fonts only, output deterministic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
