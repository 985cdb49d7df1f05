"""Verify a generated blind set.

Usage: python check_set.py DIR

Checks: statement tie-outs in the data and in the printed figures; every recorded figure is present on its PDF
page (pypdfium2 text) and agrees with the data; PDFs and questions in DIR equal a fresh build; every answer
recomputes from data and from printed figures; answers are not near a rounding tie; two builds are byte-identical.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_filings  # noqa: E402
import questions  # noqa: E402
from layout import DASH, parse_number, quant  # noqa: E402

failures: list[str] = []


def expect(ok: bool, message: str) -> bool:
    if not ok:
        failures.append(message)
    return ok


def page_texts(pdf_bytes: bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf_bytes)
    texts = []
    for i in range(len(doc)):
        page = doc[i]
        textpage = page.get_textpage()
        texts.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
        textpage.close()
        page.close()
    doc.close()
    return texts


def printed_on_page(text: str, page_text: str) -> bool:
    pattern = r"(?<![\d.,])" + re.escape(text) + r"(?![\d]|[.,]\d)"
    return re.search(pattern, page_text) is not None


def check_data_ties(filings: dict) -> int:
    count = 0
    for doc, filing in filings.items():
        for name, left, right in filing["module"].ties(filing["base_data"]):
            expect(left == right, f"{doc}: tie failed: {name}: {left} != {right}")
            count += 1
    return count


def check_printed_ties(filings: dict) -> int:
    """Re-add the printed components of every SUMS identity whose figures are all printed."""
    count = 0
    for doc, filing in filings.items():
        first: dict[str, str] = {}
        for occ in filing["occs"]:
            if occ.scale == 1:
                first.setdefault(occ.key, occ.text)
        mod = filing["module"]
        for total, parts, periods in mod.SUMS:
            for p in periods:
                keys = [mod._k(total, p)] + [mod._k(part.lstrip("-"), p) for part in parts]
                if not all(k in first for k in keys):
                    continue
                acc = sum((parse_number(first[mod._k(part.lstrip("-"), p)]) * (-1 if part.startswith("-") else 1)
                           for part in parts), Decimal(0))
                expect(acc == parse_number(first[keys[0]]), f"{doc}: printed tie failed for {keys[0]}")
                count += 1
    return count


def check_figures(filings: dict) -> tuple[int, int]:
    """Each printed figure is on its page, agrees with the data, and repeats of a key print the same value."""
    found = consistent = 0
    for doc, filing in filings.items():
        texts = page_texts(filing["pdf_bytes"])
        seen: dict[tuple[str, Decimal, int], set[Decimal]] = defaultdict(set)
        for occ in filing["occs"]:
            value = parse_number(occ.text)
            expected = quant(filing["data"][occ.key] * occ.scale, occ.decimals)
            expect(value == expected, f"{doc}: {occ.key} printed {occ.text} but data gives {expected}")
            seen[(occ.key, occ.scale, occ.decimals)].add(value)
            if occ.text != DASH:
                expect(printed_on_page(occ.text, texts[occ.page]),
                       f"{doc}: {occ.key} '{occ.text}' not found on page {occ.page}")
                found += 1
        for key, values in seen.items():
            expect(len(values) == 1, f"{doc}: {key} printed with different values {values}")
            consistent += 1
    return found, consistent


def check_questions(filings: dict, records: list[dict], stored: list[dict]) -> int:
    expect(len(stored) == 50, f"expected 50 questions, found {len(stored)}")
    expect(stored == records, "questions.jsonl differs from a fresh build")
    ids = [r["financebench_id"] for r in stored]
    expect(len(set(ids)) == len(ids), "duplicate question ids")
    per_doc = defaultdict(int)
    required = {"financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
                "evidence_pages"}
    for rec, spec in zip(stored, questions.SPECS, strict=False):
        expect(set(rec) == required, f"{rec['financebench_id']}: wrong keys")
        filing = filings[spec.doc]
        per_doc[spec.doc] += 1
        texts = page_texts(filing["pdf_bytes"]) if "texts" not in filing else filing["texts"]
        filing["texts"] = texts
        from_data = spec.calc(questions.input_values(spec, filing["occs"], filing["data"], "data"))
        from_print = spec.calc(questions.input_values(spec, filing["occs"], filing["data"], "printed"))
        expect(questions.fmt_answer(from_data, spec.fmt) == rec["answer"], f"{rec['financebench_id']}: data answer")
        expect(questions.fmt_answer(from_print, spec.fmt) == rec["answer"],
               f"{rec['financebench_id']}: printed answer")
        expect(questions.rounding_margin(from_data, spec.fmt[1]) > Decimal("0.02"),
               f"{rec['financebench_id']}: answer is too close to a rounding tie")
        for key, tag, _ in spec.inputs.values():
            occ = questions.find_occ(filing["occs"], key, tag)
            expect(occ.page in rec["evidence_pages"], f"{rec['financebench_id']}: evidence page missing")
            expect(printed_on_page(occ.text, texts[occ.page]),
                   f"{rec['financebench_id']}: {key} not on evidence page {occ.page}")
        expect(all(0 <= p < filing["pages"] for p in rec["evidence_pages"]), f"{rec['financebench_id']}: bad page")
        expect(rec["doc_name"] == filing["doc_name"], f"{rec['financebench_id']}: doc_name")
    expect(per_doc["truck"] == 25 and per_doc["miner"] == 25, f"questions per filing: {dict(per_doc)}")
    return len(stored)


def check_reproducible(out: Path, filings: dict) -> None:
    for filing in filings.values():
        path = out / "pdfs" / f"{filing['doc_name']}.pdf"
        expect(path.exists() and path.read_bytes() == filing["pdf_bytes"], f"{path.name} differs from a fresh build")
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        for folder in (a, b):
            make_filings.write(Path(folder), *make_filings.build_all())
        names = sorted(p.relative_to(a).as_posix() for p in Path(a).rglob("*") if p.is_file())
        for name in names:
            expect((Path(a) / name).read_bytes() == (Path(b) / name).read_bytes(), f"{name}: builds not identical")
        expect(len(names) == 3, f"expected 3 output files, got {names}")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: check_set.py DIR")
    out = Path(sys.argv[1])
    filings, records = make_filings.build_all()
    stored = [json.loads(line) for line in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    data_ties = check_data_ties(filings)
    printed_ties = check_printed_ties(filings)
    found, consistent = check_figures(filings)
    n_questions = check_questions(filings, records, stored)
    check_reproducible(out, filings)
    pages = ", ".join(f"{f['doc_name']}: {f['pages']} pages" for f in filings.values())
    print(f"data tie-outs: {data_ties}; printed-figure tie-outs: {printed_ties}; figures found on their pages: "
          f"{found}; keys printed consistently: {consistent}; questions: {n_questions}; {pages}")
    if failures:
        print(f"FAIL ({len(failures)} problems)")
        for msg in failures[:60]:
            print("  -", msg)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
