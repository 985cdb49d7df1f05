"""PDF: text by section and page, tables as tables (filings' statements and notes included).

Each page is read as positioned lines (pdf_layout, over PDFium); the runs of figure lines on it
become `TableBlock`s with their header rows and caption (pdf_tables); the lines between them become
`TextBlock`s that carry the page number and the section they sit in ('Item 7 > Note 12'). Running
headers and footers (page numbers, 'Table of Contents') are dropped, a paragraph cut by a page break
is joined onto the page it starts on, and a table that goes on over a page break keeps its header.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from index.documents import Block, Document, TableBlock, TextBlock
from index.loaders.common import SECTION_SEP, as_document, cell_text, tidy
from index.loaders.pdf_columns import in_reading_order
from index.loaders.pdf_layout import Line, Page, Rule, open_pdf, read_pages
from index.loaders.pdf_rules import RuledTable, find_ruled_tables
from index.loaders.pdf_tables import FoundTable, find_tables

# Headings that open a part of a filing: 'Item 7. Management's Discussion…', 'NOTE 12 — INCOME TAXES'.
_ITEM = re.compile(r"^(?:PART\s+[IV]+\s*[,.—–-]?\s*)?ITEM\s+\d{1,2}[A-C]?\b\.?", re.IGNORECASE)
_PART = re.compile(r"^PART\s+[IV]+\b", re.IGNORECASE)
_SECOND_SENTENCE = re.compile(r"[\w)]\.\s+[A-Z]")  # a second sentence after an Item's name
# The lines that open a filing's financial statements, alone on their line: their index or notes, or a statement's
# title set in capitals (the auditor's report is no opener: Item 9A prints one on internal control).
_STATEMENTS_OPEN = re.compile(r"(?:index|notes) to (?:the )?(?:condensed )?(?:consolidated )?financial statements"
                              r"(?: \((?:unaudited|continued)\))?", re.IGNORECASE)
_STATEMENT_TITLE = re.compile(r"(?:CONDENSED )?CONSOLIDATED (?:BALANCE SHEETS?|STATEMENTS? OF [A-Z' ,()]+)")
_STATEMENTS_ITEM = re.compile(r"\bfinancial statements\b", re.IGNORECASE)  # Item 8's, a 10-Q's Item 1, this part
_STATEMENTS_SECTION = "Financial statements"
_NOTE = re.compile(r"^NOTE\s+\d{1,2}\b[.:—–\-]?\s+\S", re.IGNORECASE)
_NUMBERED = re.compile(r"^\d{1,2}\.\s+[A-Z]")  # '2. Getting a replacement card'
_TOC_HEADINGS = 5  # a page listing this many Items is a table of contents, not the start of all of them
# Running headers are short, though a filing's may name company and report ("Name, Inc.  Fiscal 2025 Annual Report
# on Form 10-K", 68 characters); a longer line repeated at the top of pages is content.
_RUNNING_CHARS = 100
_EDGE_LINES = 2  # lines at the top and at the bottom of a page where running headers and footers sit
_JOIN_CHARS = 1500  # a section cut by a page break is joined whole when both parts together are this short
_SENTENCE_END = tuple(".!?:;\"”)")


def read_pdf(path: Path) -> list[Document]:
    pdf = open_pdf(path)
    try:
        pages = read_pages(pdf)
        title = cell_text((pdf.get_metadata_dict() or {}).get("Title", ""))
    finally:
        pdf.close()
    return [as_document(path, title, blocks_of(pages), "pdf")]


def pdf_pages(path: Path) -> int:
    pdf = open_pdf(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def blocks_of(pages: list[Page]) -> list[Block]:
    """Text and table blocks of every page, in reading order, with page numbers and section paths."""
    running = _running_lines(pages)
    blocks: list[Block] = []
    sections = _Sections()
    for page in pages:
        lines = [line for line in page.lines if not _is_running(line, page, running)]
        page_blocks = _page_blocks(page.number, lines, sections, blocks, page.rules)
        _join_across_break(blocks, page_blocks)
        blocks.extend(page_blocks)
    return [block for block in blocks if not isinstance(block, TextBlock) or block.text]


class _Sections:
    """The section path as the reading goes: the Item, and the note or numbered heading inside it."""

    def __init__(self) -> None:
        self.item = ""
        self.sub = ""

    def open(self, level: int, name: str) -> None:
        self.item, self.sub = (name, "") if level == 1 else (self.item, name)

    @property
    def path(self) -> str | None:
        return SECTION_SEP.join(part for part in (self.item, self.sub) if part) or None


def _page_blocks(number: int, lines: list[Line], sections: _Sections, done: list[Block],
                 rules: tuple[Rule, ...] = ()) -> list[Block]:
    toc = _is_contents(lines)

    def heading(text: str) -> tuple[int, str] | None:
        if toc:
            return None
        # financial statements printed after the Items ('F-' pages behind Item 15, or behind an Item 8 that only
        # points to them) are their own part, not the last Item read
        return (1, _STATEMENTS_SECTION) if opens_statements(text) else _heading(text)

    def opens_statements(text: str) -> bool:
        return bool(_STATEMENTS_OPEN.fullmatch(text) or _STATEMENT_TITLE.fullmatch(text)) \
            and not _STATEMENTS_ITEM.search(sections.item)

    page_blocks: list[Block] = []
    text: list[Line] = []

    def flush_text() -> None:
        body = _paragraphs(text)
        text.clear()
        if body:
            page_blocks.append(TextBlock(body, number, sections.path))

    bounds = min((ln.x0 for ln in lines), default=0), max((ln.x1 for ln in lines), default=0)

    def read(run: list[Line]) -> None:
        # a statement's title is its table's caption, never a heading that ends it
        tables = find_tables(run, *bounds, is_heading=lambda line_text: not toc and _heading(line_text) is not None)
        starts = {table.first: table for table in tables}
        index = 0
        while index < len(run):
            if index in starts:
                flush_text()
                table = starts[index]
                if any(opens_statements(run[i].text) for i in range(table.first, table.last + 1)):
                    sections.open(1, _STATEMENTS_SECTION)
                page_blocks.append(_table_block(table, number, sections.path, done, page_blocks))
                index = table.last + 1
                continue
            end = min((start for start in starts if start > index), default=len(run))
            for line in in_reading_order(run[index:end], is_heading=lambda line_text: heading(line_text) is not None):
                opened = heading(line.text)
                if opened:
                    flush_text()
                    sections.open(*opened)
                text.append(line)
            index = end

    for piece in _around_ruled(lines, find_ruled_tables(lines, rules) if rules else []):
        if isinstance(piece, RuledTable):
            flush_text()
            found = FoundTable(-1, -1, piece.rows, piece.header_rows, piece.caption)
            page_blocks.append(_table_block(found, number, sections.path, done, page_blocks))
        else:
            read(piece)
    flush_text()
    return page_blocks


def _around_ruled(lines: list[Line], ruled: list[RuledTable]) -> list[list[Line] | RuledTable]:
    """The page as runs of lines and the ruled tables between them, top to bottom; a table's words leave the lines
    they sat on, and a line beside a table comes after it."""
    pieces: list[list[Line] | RuledTable] = []
    run: list[Line] = []
    pending = list(ruled)
    for line in lines:
        while pending and line.bottom > pending[0].top:
            if run:
                pieces.append(run)
                run = []
            pieces.append(pending.pop(0))
        kept = tuple(word for word in line.words if not any(table.holds(word) for table in ruled))
        if kept:
            run.append(line if len(kept) == len(line.words) else Line(kept))
    pieces.extend([run] if run else [])
    pieces.extend(pending)
    return pieces


def _is_contents(lines: list[Line]) -> bool:
    """A table of contents lists its Items one under another; a page that opens several short Items ('Item 10 …
    incorporated by reference', a 10-Q's Part II) has text between them."""
    items = [i for i, line in enumerate(lines) if _ITEM.match(line.text)]
    listed = sum(i + 1 < len(lines) and bool(_ITEM.match(lines[i + 1].text) or _PART.match(lines[i + 1].text))
                 for i in items)
    return len(items) >= _TOC_HEADINGS and 2 * listed >= len(items)


def _heading(text: str) -> tuple[int, str] | None:
    """(level, heading) for a line that opens a part of the document; a sentence that starts with an Item's name
    ('Item 15. The financial statements are listed in Item 8. Exhibits …') opens none."""
    if len(text) > 120:
        return None
    if (item := _ITEM.match(text)) and not _SECOND_SENTENCE.search(text[item.end():]):
        return 1, text
    if _NOTE.match(text) or (_NUMBERED.match(text) and len(text) <= 80 and not text.endswith(".")):
        return 2, text
    return None


def _running_lines(pages: list[Page]) -> set[str]:
    """Lines repeated at the top or bottom of many pages (company name, 'Table of Contents'), digits ignored."""
    counts: Counter[str] = Counter()
    for page in pages:
        edge = {_shape(line.text) for line in page.lines if _at_edge(line, page) and len(line.text) <= _RUNNING_CHARS}
        counts.update(edge)
    least = max(3, len(pages) // 4)
    return {shape for shape, count in counts.items() if count >= least}


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold()).strip()


def _at_edge(line: Line, page: Page) -> bool:
    """Among the first or last lines of the page (filings printed from HTML end their text, page number
    included, well above the bottom of the sheet, so position on the sheet says little)."""
    if len(page.lines) <= 2 * _EDGE_LINES:  # a page of a few lines is all content
        return False
    edges = page.lines[:_EDGE_LINES] + page.lines[-_EDGE_LINES:]
    return any(line is edge for edge in edges)


def _is_running(line: Line, page: Page, running: set[str]) -> bool:
    if not (_at_edge(line, page) or (line is page.lines[-1] and re.fullmatch(r"\d{1,3}", line.text))):
        return False
    shape = _shape(line.text)
    return shape in running or bool(re.fullmatch(r"(page\s*)?[#ivxl]+(\s*of\s*#)?", shape))


def _paragraphs(lines: list[Line]) -> str:
    """Lines as text: a wider vertical gap than the line spacing starts a new paragraph."""
    parts: list[str] = []
    previous: Line | None = None
    for line in lines:
        if previous is not None:
            gap = line.top - previous.bottom
            # a wide gap, or the top of the next column (the line starts above the one before it)
            parts.append("\n\n" if gap > 0.8 * max(line.size, 1.0) or line.bottom < previous.top else "\n")
        parts.append(line.text)
        previous = line
    return tidy("".join(parts))


def _table_block(
    table: FoundTable, page: int, section: str | None, done: list[Block], page_blocks: list[Block]
) -> TableBlock:
    """The found table as a block; one that opens a page headless, after a table of as many columns that closed
    the page before, goes on from that table and gets its header and caption."""
    rows = tuple(tuple(row) for row in table.rows)
    header_rows, caption = table.header_rows, table.caption
    previous = done[-1] if done and not page_blocks else None
    if (
        isinstance(previous, TableBlock) and previous.page == page - 1 and table.header_rows == 0
        and previous.rows and len(previous.rows[0]) == len(rows[0])
    ):
        header_rows = previous.header_rows
        rows = previous.rows[:header_rows] + rows
        caption = previous.caption.removesuffix(" (continued)") + " (continued)"
    elif (not caption or _SCALE_ONLY.fullmatch(caption)) and page_blocks and isinstance(page_blocks[-1], TextBlock):
        # "Comparable Hotel Operating Statistics", a paragraph, the table; or the sentence that leads into it. A
        # caption of units only ("(in millions)") says what the figures are in, not what they are of.
        text = page_blocks[-1].text
        named = _closing_title(text) or _title_of(text) or _lead_in_of(text)
        caption = f"{named} {caption}".strip() if named else caption
    rows = _heading_carried(rows, header_rows, caption, page, done, page_blocks)
    return TableBlock(rows=rows, header_rows=header_rows, caption=caption, page=page, section=section)


_CONTINUED = re.compile(r"\(continued\)", re.I)
_TOTAL_ROW = re.compile(r"^\s*total\b", re.I)


def _heading_carried(rows: tuple[tuple[str, ...], ...], header_rows: int, caption: str, page: int, done: list[Block],
                     page_blocks: list[Block]) -> tuple[tuple[str, ...], ...]:
    """A table titled "(continued)" atop a page, with its header repeated, whose first rows go on under the sub-heading
    that closed the last page's table ("Multi-asset" over its Beginning AUM and Gross inflows, then Gross outflows … on
    the next page): that sub-heading put back over them, so they are not read as the company's own lines."""
    previous = next((block for block in reversed(done) if isinstance(block, TableBlock)), None)
    if (previous is None or previous.page != page - 1 or not _CONTINUED.search(caption) or not header_rows
            or any(isinstance(block, TableBlock) for block in page_blocks) or len(rows) <= header_rows
            or not previous.rows or len(previous.rows[0]) != len(rows[0])):
        return rows
    first = rows[header_rows]
    if first[0] and not any(first[1:]):
        return rows  # the continued part opens under a sub-heading of its own
    heading = None
    for row in previous.rows[previous.header_rows:]:
        if row[0] and not any(row[1:]):
            heading = row
        elif _TOTAL_ROW.match(row[0]):
            heading = None  # a total closes the part above it
    return rows if heading is None else rows[:header_rows] + (heading,) + rows[header_rows:]


_TITLE_WORDS = 8
ONE_LINE_TITLE_WORDS = 14  # a block of one line this short, just above a table, is its title whatever its case
_SCALE_ONLY = re.compile(  # "(in millions)", "(Dollars in thousands, except per share data)"
    r"\(?\s*(?:(?:amounts|dollars|\$|[A-Z]{3})\s+)?in\s+(?:thousands|millions|billions)\b[^()]*\)?", re.I)


def _title_of(text: str) -> str:
    """The short title-cased line that opens a text block ('Comparable Hotel Operating Statistics'), or ''."""
    first = text.split("\n", 1)[0].strip()
    words = first.split()
    long_words = [w for w in words if len(w) > 3]
    if not words or len(words) > _TITLE_WORDS or first.endswith((".", ":", ",", ";")) or not long_words:
        return ""
    return first if all(w[0].isupper() for w in long_words) else ""


def _closing_title(text: str) -> str:
    """A text block's last paragraph when it is one short line that ends no sentence, in any case: the title of the
    table under it ('Reconciliation of GAAP operating income to non-GAAP operating income'), or ''."""
    last = text.rsplit("\n\n", 1)[-1].strip()
    words = last.split()
    if "\n" in last or not words or len(words) > ONE_LINE_TITLE_WORDS or last.endswith((".", ":", ",", ";", "!", "?")):
        return ""
    return last if any(len(w) > 3 for w in words) else ""


_LEAD_IN_WORDS = 25
_AS_FOLLOWS = re.compile(r"(?:\s+(?:is|are|was|were)\b)?(?:\s+(?:as follows|the following|below))?\s*:$", re.I)


def _lead_in_of(text: str) -> str:
    """The sentence that closes a text block by leading into the table under it ("Estimated future amortization
    expense is as follows:" -> "Estimated future amortization expense"), or ''."""
    last = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))[-1]
    if not last.endswith(":") or len(last.split()) > _LEAD_IN_WORDS:
        return ""
    return _AS_FOLLOWS.sub("", last).strip()


def _join_across_break(done: list[Block], page_blocks: list[Block]) -> None:
    """Join text cut by a page break onto the page it starts on: the whole head of the new page when the section
    is short (a help page's section), else only the paragraph the break cuts."""
    if not done or not page_blocks:
        return
    tail, head = done[-1], page_blocks[0]
    if not (isinstance(tail, TextBlock) and isinstance(head, TextBlock) and tail.section == head.section):
        return
    if _heading(head.text.split("\n", 1)[0]):
        return
    if tail.section and len(tail.text) + len(head.text) <= _JOIN_CHARS:
        done[-1] = TextBlock(f"{tail.text}\n\n{head.text}", tail.page, tail.section)
        page_blocks.pop(0)
        return
    if tail.text.endswith(_SENTENCE_END):
        return
    first, _, rest = head.text.partition("\n\n")
    done[-1] = TextBlock(f"{tail.text} {first}", tail.page, tail.section)
    if rest.strip():
        page_blocks[0] = TextBlock(rest, head.page, head.section)
    else:
        page_blocks.pop(0)
