"""What every reader shares: tidy text and cells, table blocks with their header rows detected, and
the heading/paragraph/table events of structured formats assembled into blocks with section paths."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from index.documents import Block, Document, TableBlock, TextBlock
from index.errors import IngestError
from index.text.numbers import CURRENCY, YEAR, parse_figure

MB = 1024 * 1024
SECTION_LEVELS = 3  # headings deeper than this stay in the text instead of opening a section
SECTION_SEP = " > "

# An event stream shared by the structured readers (HTML, Markdown, DOCX):
# ("h", level, text) | ("q", text) | ("p", text) | ("table", TableBlock-without-section)
# "q" is a FAQ entry's question (an HTML <summary> or <dt>, a Markdown line "**How do I…?**"): it opens a section
# one level under the current heading, so question and answer stay one unit, and closes at the next heading.
Event = tuple
FAQ_LEVEL = 7  # deeper than any heading, so the next heading of any level closes the entry


def cell_text(value: object) -> str:
    """One table cell as a single tidy line."""
    return " ".join(str(value).split()) if value is not None else ""


def tidy(text: str) -> str:
    """Collapse spaces within lines and runs of blank lines, keeping paragraph breaks."""
    lines = [" ".join(line.split()) for line in text.replace("\xa0", " ").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def readable(stem: str) -> str:
    """'fee_schedule-2024' → 'Fee schedule 2024'."""
    words = " ".join(re.split(r"[_\-\s]+", stem)).strip()
    return words[:1].upper() + words[1:] if words else stem


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise IngestError(
            f"{path.name} looks like a binary file, not text. Check its extension, or export it as text."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # old Excel/Windows exports


def as_document(path: Path, title: str, blocks: list[Block], fmt: str) -> Document:
    return Document(
        doc_id=path.name, source=path.name, title=title or readable(path.stem),
        blocks=blocks, metadata={"format": fmt},
    )


def is_value(cell: str) -> bool:
    """A data value (number, money, percent, dash for nil) rather than a label; bare years are labels."""
    text = CURRENCY.sub("", cell).replace(" ", "")
    if text in {"-", "–", "—"} or text.lower() == "nil":  # "nil": how many reports print a zero
        return True
    return parse_figure(text) is not None and not YEAR.fullmatch(text)


_FIGURE_IN_WORDS = re.compile(r"[£$€]\s?\d|\d\s?%")
_PROSE_WORDS = 6  # a cell longer than this is a note or a condition, not a column label


def _reads_as_data(cell: str) -> bool:
    return bool(_FIGURE_IN_WORDS.search(cell)) or len(cell.split()) > _PROSE_WORDS


def header_row_count(rows: Sequence[Sequence[str]]) -> int:
    """Leading rows that label columns (years, units, group names) rather than hold values.

    A row is a header row while none of its non-first cells holds a value. A row with only its
    first cell filled is a title above the header, but once column labels have been seen it is a
    group label opening the body. A header row that names the label column too ends the header
    when a labelled row with figures in words or prose follows. Tables with no values at all get
    their first row as header.
    """
    if len(rows) < 2:
        return 0
    if not any(is_value(cell) for row in rows for cell in row[1:]):
        return 1
    count, labels_seen = 0, False
    for row, after in zip(rows[:-1], rows[1:], strict=True):  # always leave at least one data row
        if any(is_value(cell) for cell in row[1:]):
            break
        if any(row[1:]):
            labels_seen = True
        elif labels_seen:
            break
        count += 1
        # A header row that also names the row-label column ("Service", "Product") is the last one when a
        # labelled row of figures in words or of prose follows ("£9.50 a month": not a value, still data).
        if row[0] and any(row[1:]) and after[0] and any(_reads_as_data(cell) for cell in after[1:]):
            break
    return count


def table_rows(raw: Iterable[Sequence[object]]) -> list[list[str]]:
    """Clean cells, pad ragged rows, drop empty rows and empty columns."""
    rows = [[cell_text(value) for value in row] for row in raw]
    rows = [row for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows]
    keep = [col for col in range(width) if any(row[col] for row in rows)]
    return [[row[col] for col in keep] for row in rows]


def table_block(rows: list[list[str]], header_rows: int | None = None, caption: str = "") -> TableBlock:
    if header_rows is None:
        header_rows = header_row_count(rows)
    return TableBlock(rows=tuple(tuple(row) for row in rows), header_rows=header_rows, caption=caption)


def assemble(events: list[Event]) -> tuple[str, list[Block]]:
    """Turn heading/paragraph/table events into blocks with section paths.

    The first heading names the whole document when it is the only one at the top level; it then
    becomes the title candidate and stays out of section paths ("Closing an account", not
    "Account guide > Closing an account").
    """
    headings = [(e[1], e[2]) for e in events if e[0] == "h"]
    doc_heading_at = None
    if headings:
        top = min(level for level, _ in headings)
        if headings[0][0] == top and sum(level == top for level, _ in headings) == 1:
            doc_heading_at = next(i for i, e in enumerate(events) if e[0] == "h")

    blocks: list[Block] = []
    path: list[tuple[int, str]] = []
    buffer: list[str] = []
    last_heading = ""

    def section() -> str | None:
        return SECTION_SEP.join(text for _, text in path) or None

    def flush() -> None:
        text = tidy("\n\n".join(buffer))
        buffer.clear()
        if text:
            blocks.append(TextBlock(text=text, section=section()))

    for i, event in enumerate(events):
        if event[0] == "q":
            flush()
            path = [(lvl, t) for lvl, t in path if lvl < FAQ_LEVEL] + [(FAQ_LEVEL, event[1])]
        elif event[0] == "h" and event[1] > SECTION_LEVELS and event[2].rstrip().endswith("?"):
            flush()  # a deep heading that asks a question is a FAQ entry all the same
            last_heading = event[2]
            path = [(lvl, t) for lvl, t in path if lvl < FAQ_LEVEL] + [(FAQ_LEVEL, event[2])]
        elif event[0] == "h":
            level, text = event[1], event[2]
            last_heading = text
            if i == doc_heading_at:
                continue
            if level <= SECTION_LEVELS:
                flush()
                path = [(lvl, t) for lvl, t in path if lvl < level] + [(level, text)]
            else:
                buffer.append(text)
        elif event[0] == "p":
            buffer.append(event[1])
        else:
            flush()
            table: TableBlock = event[1]
            if table.rows:
                blocks.append(TableBlock(
                    rows=table.rows, header_rows=table.header_rows,
                    caption=table.caption or last_heading, section=section(),
                ))
    flush()
    doc_title = events[doc_heading_at][2] if doc_heading_at is not None else ""
    return doc_title, blocks
