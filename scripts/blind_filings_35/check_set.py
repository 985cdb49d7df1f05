"""Verify a generated blind set: statements tie, the PDFs equal a fresh deterministic build, every printed figure
and page label is where the build says it is, and every question's figures are printed on its evidence pages and
reproduce its answer.

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

import pypdfium2 as pdfium  # noqa: E402
import render_tessaly  # noqa: E402
import render_veltrania  # noqa: E402
import tessaly_data  # noqa: E402
import veltrania_data  # noqa: E402
from make_filings import Built, write_set  # noqa: E402
from pdf_layout import parse_token  # noqa: E402
from questions import ID_PREFIX, SPECS, format_answer, locate  # noqa: E402

PAGE_RANGES = {render_veltrania.DOC_NAME: (10, 12), render_tessaly.DOC_NAME: (8, 10)}
REQUIRED_KEYS = ["financebench_id", "company", "doc_name", "question_type", "question", "answer", "justification",
                 "evidence_pages"]
QUESTION_TYPES = {"metrics-generated", "domain-relevant", "novel-generated"}
FOOTER_BAND_PT = 48  # page labels are printed in the bottom band of the page


class Checker:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.counts: dict[str, int] = {}

    def ok(self, condition: bool, message: str, counter: str | None = None) -> None:
        if not condition:
            self.failures.append(message)
        elif counter:
            self.counts[counter] = self.counts.get(counter, 0) + 1


def page_texts(path: Path) -> tuple[list[str], list[str]]:
    """Full text of every page (with "$" removed) and the text of its footer band."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts, footers = [], []
        for i in range(len(pdf)):
            page = pdf[i]
            width, _height = page.get_size()
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("$", ""))
            footers.append(textpage.get_text_bounded(left=0, bottom=0, right=width, top=FOOTER_BAND_PT))
            textpage.close()
            page.close()
        return texts, footers
    finally:
        pdf.close()


def printed_on(token: str, text: str) -> bool:
    """Token present as a whole number (not part of a longer one)."""
    pattern = r"(?<![\d.,])" + re.escape(token) + r"(?![\d])"
    return re.search(pattern, text) is not None


def label_on(label: str, text: str) -> bool:
    """Page label present as a whole word in the footer band."""
    pattern = r"(?<![\w-])" + re.escape(label) + r"(?![\w-])"
    return re.search(pattern, text) is not None


def check_ties(c: Checker) -> None:
    for name, module in (("Veltrania", veltrania_data), ("Tessaly", tessaly_data)):
        for description, left, right in module.ties(module.build()):
            c.ok(left == right, f"{name} tie failed: {description}: {left} != {right}", "tie-outs")


def check_builds(c: Checker, out: Path) -> tuple[dict[str, Built], list[dict]]:
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


def check_figures(c: Checker, docs: dict[str, Built], texts: dict[str, list[str]]) -> None:
    """Every figure drawn anywhere parses back to its data value and is found in its page's extracted text."""
    for name, built in docs.items():
        for fig in built.figures:
            c.ok(parse_token(fig.token) == built.values[fig.key], f"{name}: {fig.key} printed {fig.token} != "
                 f"{built.values[fig.key]}", "printed figures agree with data")
            c.ok(printed_on(fig.token, texts[name][fig.page]), f"{name}: {fig.key} token {fig.token} not found on "
                 f"page {fig.page}", "printed figures found in page text")


def check_pages(c: Checker, docs: dict[str, Built], texts: dict[str, list[str]],
                footers: dict[str, list[str]]) -> None:
    for name, pages in texts.items():
        built = docs[name]
        low, high = PAGE_RANGES[name]
        c.ok(low <= len(pages) <= high, f"{name}: {len(pages)} pages outside {low}-{high}", "page-count checks")
        c.ok(set(built.labels) == set(range(1, len(pages))), f"{name}: pages without a label "
             f"{sorted(set(range(1, len(pages))) - set(built.labels))}", "page-count checks")
        for index, label in built.labels.items():
            c.ok(label_on(label, footers[name][index]), f"{name}: page label {label} missing in the footer of page "
                 f"index {index}", "page labels found")
            c.ok(label != str(index), f"{name}: printed label equals PDF index {index}", "labels differ from index")
        c.ok(len(set(built.labels.values())) == len(built.labels), f"{name}: duplicate page labels",
             "page-count checks")
        c.ok(len(built.continued) >= 1, f"{name}: no table continues across a page break", "continued tables")
        marker = built.continued_text
        for title, page in built.continued:
            flat = pages[page].replace("\r\n", " ").replace("\n", " ")
            c.ok(marker.strip(" ,") in flat, f"{name}: continued marker for '{title}' missing on page "
                 f"{page}", "continued tables")
            if title:
                head = title.upper() if built.title_upper else title
                c.ok(head + marker in flat or head + " " + marker.strip(" ,") in flat,
                     f"{name}: continued title '{title}' with its marker missing on page {page}", "continued tables")


def check_questions(c: Checker, docs: dict[str, Built], records: list[dict], texts: dict[str, list[str]],
                    out: Path) -> None:
    stored = [json.loads(line) for line in (out / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    c.ok(len(stored) == 50 == len(SPECS), f"expected 50 questions, found {len(stored)}", "question-count checks")
    c.ok(stored == records, "questions.jsonl differs from a fresh build", "question-file checks")
    per_doc: dict[str, int] = {}
    types: set[str] = set()
    on_continued = 0
    for n, (spec, record) in enumerate(zip(SPECS, stored, strict=True), start=1):
        qid = record.get("financebench_id")
        c.ok(qid == f"{ID_PREFIX}_{n:03d}", f"{qid}: id out of sequence", "record-shape checks")
        c.ok(list(record) == REQUIRED_KEYS, f"{qid}: keys {list(record)}", "record-shape checks")
        c.ok(record["question_type"] in QUESTION_TYPES, f"{qid}: question_type {record['question_type']}",
             "record-shape checks")
        types.add(record["question_type"])
        name = record["doc_name"]
        per_doc[name] = per_doc.get(name, 0) + 1
        c.ok((record["company"], name) == spec.doc[:2], f"{qid}: company/doc mismatch", "record-shape checks")
        built = docs[name]
        from_data: dict[str, Decimal] = {}
        from_print: dict[str, Decimal] = {}
        pages = set()
        for var, ref in spec.refs.items():
            fig = locate(built.figures, ref)
            pages.add(fig.page)
            from_data[var] = built.values[ref.partition("@")[0]]
            from_print[var] = parse_token(fig.token)
            c.ok(fig.page in record["evidence_pages"], f"{qid}: {ref} page {fig.page} not in evidence",
                 "question figures on evidence pages")
            c.ok(printed_on(fig.token, texts[name][fig.page]), f"{qid}: {fig.token} ({ref}) not in page "
                 f"{fig.page} text", "question figures found in page text")
            c.ok(from_print[var] == from_data[var], f"{qid}: printed {fig.token} != data {from_data[var]}",
                 "question figures agree with data")
        if pages & {page for _title, page in built.continued}:
            on_continued += 1
        c.ok(sorted(pages) == record["evidence_pages"], f"{qid}: evidence pages {record['evidence_pages']} != "
             f"{sorted(pages)}", "evidence-page lists exact")
        c.ok(format_answer(spec.calc(from_data), spec.fmt) == record["answer"], f"{qid}: answer from data differs",
             "answers recomputed from data")
        c.ok(format_answer(spec.calc(from_print), spec.fmt) == record["answer"], f"{qid}: answer from print differs",
             "answers recomputed from printed figures")
    c.ok(types == QUESTION_TYPES, f"question types present: {sorted(types)}", "question-count checks")
    c.ok(on_continued >= 4, f"only {on_continued} questions read a continued table page", "question-count checks")
    print(f"  questions reading a continued-table page: {on_continued}")
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
    texts: dict[str, list[str]] = {}
    footers: dict[str, list[str]] = {}
    for name in docs:
        texts[name], footers[name] = page_texts(out / "pdfs" / f"{name}.pdf")
    check_pages(c, docs, texts, footers)
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
