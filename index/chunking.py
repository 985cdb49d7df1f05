"""Documents → chunks small enough to embed, each readable on its own.

Text is split with LangChain's recursive splitter. Tables are split by rows, and every table
chunk repeats the title, caption, units and column labels, with each value paired with its
column ("Revenue | 2024: 412.3 | 2023: 388.1"), so a chunk retrieved alone still says which
number belongs to which year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from langchain_text_splitters import RecursiveCharacterTextSplitter

from index.documents import Chunk, Document, Row, Table, TableBlock, TextBlock, content_hash
from index.text.numbers import NIL, amount

_MIN_BODY_CHARS = 200  # a long title/section prefix must not squeeze text chunks to nothing


def chunk_document(
    doc: Document, max_chars: int = 1000, overlap: int = 150, rows_per_chunk: int = 8
) -> list[Chunk]:
    """Split every block of `doc` into chunks; identical chunks (same id) are kept once."""
    chunks: dict[str, Chunk] = {}
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            tables = table_chunks(doc.title, block, max_chars, max(1, rows_per_chunk))
            pieces: list[tuple[str, Table | None]] = [(table.text, table) for table in tables]
        else:
            pieces = [(text, None) for text in _text_texts(doc.title, block, max_chars, overlap)]
        for text, table in pieces:
            chunk_id = content_hash(doc.doc_id, text)
            chunks.setdefault(chunk_id, Chunk(
                chunk_id=chunk_id, doc_id=doc.doc_id, source=doc.source, text=text,
                kind="text" if table is None else "table", page=block.page, section=block.section, title=doc.title,
                table=table,
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


TOTAL_LABEL = "Total"


def label_unlabelled_totals(body: list[list[str]]) -> list[list[str]]:
    """Name 'Total' a row with no label whose figures are the column sums of the rows above it.

    Statements often print the total of a block as a bare line of figures under a rule; without a
    name the row cannot be found by 'the total costs in 2019'. Only a row that adds up (to the
    rounding of its figures) is named, summing the labelled rows since the last sub-heading or total.
    """
    labelled: list[list[str]] = []
    for row in body:
        figures = [(col, amount(cell)) for col, cell in enumerate(row[1:], start=1) if cell.strip() not in NIL]
        if row and not row[0].strip() and figures and all(v is not None for _, v in figures) and labelled:
            sums = {col: sum(amount(r[col]) or 0.0 for r in labelled if col < len(r)) for col, _ in figures}
            if all(abs(sums[col] - v) <= max(1.0, 0.005 * abs(v)) for col, v in figures):  # type: ignore[arg-type]
                row[0] = TOTAL_LABEL
                labelled = []
                continue
        if row and row[0].strip() and not any(cell.strip() for cell in row[1:]):
            labelled = []  # a sub-heading starts a new block
        elif row and row[0].strip():
            labelled.append(row)
    return body


def table_chunks(title: str, block: TableBlock, max_chars: int, rows_per_chunk: int) -> list[Table]:
    """The tables of one table's chunks: the same head each, then up to `rows_per_chunk` rows."""
    rows = [list(row) for row in block.rows]
    width = max((len(row) for row in rows), default=0)
    header, body = rows[: block.header_rows], rows[block.header_rows:]
    if not body:  # a table of header cells only: show them as plain rows
        header, body = [], rows
    body = label_unlabelled_totals(body)
    notes, labels = column_labels(header, width)
    head = Table(_context_line(title, block.section, block.caption, *notes), tuple(labels), ()).stated()

    tables: list[Table] = []
    chunk_rows: list[Row] = []
    continues = ""
    group = ""  # the last sub-heading of the table, continued in the next chunk
    in_chunk = ""  # the sub-heading the chunk's next row sits under

    def flush() -> None:
        if chunk_rows:
            tables.append(replace(head, rows=tuple(chunk_rows), continues=continues))

    for cells in body:
        row = Row(cells[0] if cells else "", tuple(
            (labels[col] if col < len(labels) else "", value) for col, value in enumerate(cells[1:], start=1) if value
        ))
        line = row.text
        if not line:
            continue
        is_group = len(cells) > 1 and bool(row.label) and not row.cells
        size = sum(len(x) + 1 for x in replace(head, rows=tuple(chunk_rows), continues=continues).lines) + len(line)
        if chunk_rows and (len(chunk_rows) >= rows_per_chunk or size > max_chars):
            flush()
            chunk_rows = []
            # rows under a sub-heading keep their context
            continues = group if group and not is_group else ""
            # The rows go on under the last sub-heading, in whichever column it stood (the text's
            # "(continued)" line names only a label-column one, as it always has).
            in_chunk = "" if row.is_heading else in_chunk
        chunk_rows.append(replace(row, group=in_chunk))
        if is_group:
            group = row.label
        if row.is_heading:
            in_chunk = row.heading
    flush()
    return tables
