"""Verify a generated blind set: statements tie, the PDFs equal a fresh deterministic build, and every question's
figures are printed on its evidence pages and reproduce its answer.

Usage: check_set.py DIR   (DIR as written by make_filings.py --out DIR)
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coralstone_data  # noqa: E402
import halvard_data  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
import render_coralstone  # noqa: E402
import render_halvard  # noqa: E402
from make_filings import write_set  # noqa: E402
from pdf_layout import parse_token  # noqa: E402
from questions import SPECS, format_answer, locate  # noqa: E402

PAGE_RANGES = {render_halvard.DOC_NAME: (18, 22), render_coralstone.DOC_NAME: (14, 16)}
LABELS = {render_halvard.DOC_NAME: render_halvard.STYLE.page_label,
          render_coralstone.DOC_NAME: render_coralstone.STYLE.page_label}
REQUIRED_KEYS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
                 "evidence_pages"]


class Checker:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.counts: dict[str, int] = {}

    def ok(self, condition: bool, message: str, counter: str | None = None) -> None:
        if not condition:
            self.failures.append(message)
        elif counter:
            self.counts[counter] = self.counts.get(counter, 0) + 1


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("$", ""))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def printed_on(token: str, text: str) -> bool:
    """Token present as a whole number (not part of a longer one)."""
    pattern = r"(?<![\d.,])" + re.escape(token) + r"(?![\d])"
    return re.search(pattern, text) is not None


def check_ties(c: Checker) -> None:
    for name, module in (("Halvard & Pine", halvard_data), ("Coralstone", coralstone_data)):
        for description, left, right in module.ties(module.build()):
            c.ok(left == right, f"{name} tie failed: {description}: {left} != {right}", "tie-outs")


def check_builds(c: Checker, out: Path) -> tuple[dict, list[dict]]:
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        _pdfs, docs, records = write_set(Path(first))
        write_set(Path(second))
        names = ["questions.jsonl"] + [f"pdfs/{n}.pdf" for n in _pdfs]
        for name in names:
            a = (Path(first) / name).read_bytes()
            b = (Path(second) / name).read_bytes()
            c.ok(a == b, f"two fresh builds differ: {name}", "byte-identical rebuilds")
            target = out / name
            c.ok(target.exists() and target.read_bytes() == a, f"{target} does not match a fresh build",
                 "files matching fresh build")
    return docs, records


def check_figures(c: Checker, docs: dict, texts: dict[str, list[str]]) -> None:
    """Every figure drawn anywhere parses back to its data value and is found in its page's extracted text."""
    for name, (values, figures) in docs.items():
        for fig in figures:
            c.ok(parse_token(fig.token) == values[fig.key], f"{name}: {fig.key} printed {fig.token} != "
                 f"{values[fig.key]}", "printed figures agree with data")
            c.ok(printed_on(fig.token, texts[name][fig.page]), f"{name}: {fig.key} token {fig.token} not found on "
                 f"page {fig.page}", "printed figures found in page text")


def check_pages(c: Checker, texts: dict[str, list[str]]) -> None:
    for name, pages in texts.items():
        low, high = PAGE_RANGES[name]
        c.ok(low <= len(pages) <= high, f"{name}: {len(pages)} pages outside {low}-{high}", "page-count checks")
        for index, text in enumerate(pages):
            label = LABELS[name](index)
            if label:
                c.ok(printed_on(label, text), f"{name}: page label {label} missing on page index {index}",
                     "page labels found")
                c.ok(label != str(index), f"{name}: printed label equals PDF index {index}", "labels differ from index")


def check_questions(c: Checker, docs: dict, records: list[dict], texts: dict[str, list[str]], out: Path) -> None:
    stored = [json.loads(line) for line in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    c.ok(len(stored) == 50 == len(SPECS), f"expected 50 questions, found {len(stored)}", "question-count checks")
    c.ok(stored == records, "questions.jsonl differs from a fresh build", "question-file checks")
    per_doc: dict[str, int] = {}
    for spec, record in zip(SPECS, stored, strict=True):
        qid = record.get("financebench_id")
        c.ok(list(record) == REQUIRED_KEYS, f"{qid}: keys {list(record)}", "record-shape checks")
        name = record["doc_name"]
        per_doc[name] = per_doc.get(name, 0) + 1
        c.ok((record["company"], name) == spec.doc[:2], f"{qid}: company/doc mismatch", "record-shape checks")
        values, figures = docs[name]
        from_data: dict[str, Decimal] = {}
        from_print: dict[str, Decimal] = {}
        pages = set()
        for var, ref in spec.refs.items():
            fig = locate(figures, ref)
            pages.add(fig.page)
            from_data[var] = values[ref.partition("@")[0]]
            from_print[var] = parse_token(fig.token)
            c.ok(fig.page in record["evidence_pages"], f"{qid}: {ref} page {fig.page} not in evidence",
                 "question figures on evidence pages")
            c.ok(printed_on(fig.token, texts[name][fig.page]), f"{qid}: {fig.token} ({ref}) not in page "
                 f"{fig.page} text", "question figures found in page text")
            c.ok(from_print[var] == from_data[var], f"{qid}: printed {fig.token} != data {from_data[var]}",
                 "question figures agree with data")
        c.ok(sorted(pages) == record["evidence_pages"], f"{qid}: evidence pages {record['evidence_pages']} != "
             f"{sorted(pages)}", "evidence-page lists exact")
        c.ok(format_answer(spec.calc(from_data), spec.fmt) == record["answer"], f"{qid}: answer from data differs",
             "answers recomputed from data")
        c.ok(format_answer(spec.calc(from_print), spec.fmt) == record["answer"], f"{qid}: answer from print differs",
             "answers recomputed from printed figures")
    for name, count in per_doc.items():
        c.ok(count == 25, f"{name}: {count} questions (want 25)", "question-count checks")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out = Path(sys.argv[1])
    c = Checker()
    check_ties(c)
    docs, records = check_builds(c, out)
    texts = {name: page_texts(out / "pdfs" / f"{name}.pdf") for name in docs}
    check_pages(c, texts)
    check_figures(c, docs, texts)
    check_questions(c, docs, records, texts, out)
    for label, count in c.counts.items():
        print(f"  {label}: {count}")
    print("  pages: " + ", ".join(f"{name} {len(pages)}" for name, pages in texts.items()))
    mix: dict[str, int] = {}
    for spec in SPECS:
        mix[spec.category] = mix.get(spec.category, 0) + 1
    print("  question mix: " + ", ".join(f"{k} {v}" for k, v in mix.items()))
    if c.failures:
        print(f"FAILED ({len(c.failures)} problems)")
        for failure in c.failures[:60]:
            print("  - " + failure)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
