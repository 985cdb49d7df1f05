"""Documents → chunks small enough to embed, each readable on its own.

Text is split with LangChain's recursive splitter. Tables are split by rows, and every table
chunk repeats the title, caption, units and column labels, with each value paired with its
column ("Revenue | 2024: 412.3 | 2023: 388.1"), so a chunk retrieved alone still says which
number belongs to which year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from langchain_text_splitters import RecursiveCharacterTextSplitter

from index.documents import Chunk, Document, TableBlock, TextBlock, content_hash

_MIN_BODY_CHARS = 200  # a long title/section prefix must not squeeze text chunks to nothing


def chunk_document(
    doc: Document, max_chars: int = 1000, overlap: int = 150, rows_per_chunk: int = 8
) -> list[Chunk]:
    """Split every block of `doc` into chunks; identical chunks (same id) are kept once."""
    chunks: dict[str, Chunk] = {}
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            kind, texts = "table", table_texts(doc.title, block, max_chars, max(1, rows_per_chunk))
        else:
            kind, texts = "text", _text_texts(doc.title, block, max_chars, overlap)
        for text in texts:
            chunk_id = content_hash(doc.doc_id, text)
            chunks.setdefault(chunk_id, Chunk(
                chunk_id=chunk_id, doc_id=doc.doc_id, source=doc.source, text=text, kind=kind,
                page=block.page, section=block.section, title=doc.title,
            ))
    return list(chunks.values())


def _context_line(*parts: str | None) -> str:
    """Join title, section, caption... once each: a caption often repeats a section heading."""
    kept: list[str] = []
    seen: set[str] = set()
    for part in parts:
        text = " ".join((part or "").split())
        if text and text.casefold() not in seen:
            kept.append(text)
            seen.add(text.casefold())
            seen.update(s.strip().casefold() for s in text.split(" > "))  # loaders' section paths
    return " — ".join(kept)


def _text_texts(title: str, block: TextBlock, max_chars: int, overlap: int) -> list[str]:
    context = _context_line(title, block.section)
    prefix = f"{context}\n" if context else ""
    size = max(max_chars - len(prefix), _MIN_BODY_CHARS)
    splitter = RecursiveCharacterTextSplitter(chunk_size=size, chunk_overlap=min(overlap, size // 2))
    return [prefix + piece.strip() for piece in splitter.split_text(block.text) if piece.strip()]


# ---------------------------------------------------------------- tables


def column_labels(header: Sequence[Sequence[str]], width: int) -> tuple[list[str], list[str]]:
    """Combine header rows into (table-wide notes, one label per column).

    A header row with a single distinct label over several value columns ("Years Ended
    September 30,", "(in millions)") or only a first cell (a title) describes the whole table,
    so it becomes a note for the chunk's first line. Other rows label columns; in all but the
    last of them an empty cell continues the label to its left (a spanning group such as
    "Domestic" over two years).
    """
    notes: list[str] = []
    label_rows: list[Sequence[str]] = []
    for row in header:
        filled = [cell for cell in row[1:] if cell]
        if not filled or (len(set(filled)) == 1 and width > 2):
            notes += [cell for cell in (row[0], *filled[:1]) if cell]
        else:
            label_rows.append(row)
    parts: list[list[str]] = [[] for _ in range(width)]
    for i, row in enumerate(label_rows):
        spanning = i < len(label_rows) - 1
        current = ""
        for col, cell in enumerate(row[:width]):
            if col and (cell or not spanning):
                current = cell
            value = cell if col == 0 else current
            if value:
                parts[col].append(value)
    labels = [" ".join(dict.fromkeys(p)) for p in parts]
    return notes, labels


def row_text(row: Sequence[str], labels: Sequence[str]) -> str:
    """'Revenue | 2024: 412.3 | 2023: 388.1': the first cell names the row, the rest are paired."""
    cells = [row[0]] if row and row[0] else []
    for col, value in enumerate(row[1:], start=1):
        if value:
            label = labels[col] if col < len(labels) else ""
            cells.append(f"{label}: {value}" if label else value)
    return " | ".join(cells)


_AMOUNT = re.compile(r"[-−–]?\(?[-−–]?[$£€]?\s*(\d[\d,]*(?:\.\d+)?)\s*\)?%?")
_NIL = {"", "-", "—", "–", "nil", "n/a"}
TOTAL_LABEL = "Total"


def _amount(cell: str) -> float | None:
    """'$ (1,234.5)' -> -1234.5; '—' -> 0; text -> None."""
    cell = cell.strip().replace("$ ", "$")
    if cell.lower() in _NIL:
        return 0.0
    match = _AMOUNT.fullmatch(cell)
    if match is None:
        return None
    value = float(match.group(1).replace(",", ""))
    return -value if re.match(r"[-−–(]", cell) else value


def label_unlabelled_totals(body: list[list[str]]) -> list[list[str]]:
    """Name 'Total' a row with no label whose figures are the column sums of the rows above it.

    Statements often print the total of a block as a bare line of figures under a rule; without a
    name the row cannot be found by 'the total costs in 2019'. Only a row that adds up (to the
    rounding of its figures) is named, summing the labelled rows since the last sub-heading or total.
    """
    labelled: list[list[str]] = []
    for row in body:
        figures = [(col, _amount(cell)) for col, cell in enumerate(row[1:], start=1) if cell.strip() not in _NIL]
        if row and not row[0].strip() and figures and all(v is not None for _, v in figures) and labelled:
            sums = {col: sum(_amount(r[col]) or 0.0 for r in labelled if col < len(r)) for col, _ in figures}
            if all(abs(sums[col] - v) <= max(1.0, 0.005 * abs(v)) for col, v in figures):  # type: ignore[arg-type]
                row[0] = TOTAL_LABEL
                labelled = []
                continue
        if row and row[0].strip() and not any(cell.strip() for cell in row[1:]):
            labelled = []  # a sub-heading starts a new block
        elif row and row[0].strip():
            labelled.append(row)
    return body


def table_texts(title: str, block: TableBlock, max_chars: int, rows_per_chunk: int) -> list[str]:
    """Chunk texts for one table: repeated head lines, then up to `rows_per_chunk` rows each."""
    rows = [list(row) for row in block.rows]
    width = max((len(row) for row in rows), default=0)
    header, body = rows[: block.header_rows], rows[block.header_rows:]
    if not body:  # a table of header cells only: show them as plain rows
        header, body = [], rows
    body = label_unlabelled_totals(body)
    notes, labels = column_labels(header, width)
    head = [_context_line(title, block.section, block.caption, *notes)]
    if any(labels):
        head.append("Columns: " + " | ".join(label for label in labels if label))
    head_chars = sum(len(line) + 1 for line in head)

    texts: list[str] = []
    lines: list[str] = []
    n_rows, group = 0, ""

    def flush() -> None:
        if n_rows:
            texts.append("\n".join(head + lines))

    for row in body:
        line = row_text(row, labels)
        if not line:
            continue
        is_group = len(row) > 1 and bool(row[0]) and not any(row[1:])
        size = head_chars + sum(len(x) + 1 for x in lines) + len(line)
        if n_rows and (n_rows >= rows_per_chunk or size > max_chars):
            flush()
            lines, n_rows = [], 0
            if group and not is_group:
                lines.append(f"{group} (continued)")  # rows under a sub-heading keep their context
        if is_group:
            group = row[0]
        lines.append(line)
        n_rows += 1
    flush()
    return texts
