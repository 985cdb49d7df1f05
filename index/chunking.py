"""Documents → chunks small enough to embed, each readable on its own.

Text is split by its structure (index/sections.py): a chunk holds whole units (a paragraph, a FAQ answer, a
lead-in with its list, a clause with its points) under one heading path, which its first line states
("Help Centre — Cards > How much does a replacement card cost?"); only a unit longer than a chunk is split, at
sentence ends. TAT-QA paragraphs keep LangChain's recursive splitter, with which their figures were measured.

Tables are split by rows, and every table
chunk repeats the title, caption, units and column labels, with each value paired with its
column ("Revenue | 2024: 412.3 | 2023: 388.1"), so a chunk retrieved alone still says which
number belongs to which year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from langchain_text_splitters import RecursiveCharacterTextSplitter

from index.documents import Chunk, Document, Row, Table, TableBlock, TextBlock, content_hash
from index.sections import Outline, Unit, sentences
from index.text.numbers import NIL, YEAR, amount
from index.text.tokens import joined_lines

_MIN_BODY_CHARS = 200  # a long title/section prefix must not squeeze text chunks to nothing


def chunk_document(
    doc: Document, max_chars: int = 1000, overlap: int = 150, rows_per_chunk: int = 8
) -> list[Chunk]:
    """Split every block of `doc` into chunks; identical chunks (same id) are kept once."""
    chunks: dict[str, Chunk] = {}
    outline = Outline(doc.title)  # headings found in the text carry over from page to page
    structured = doc.metadata.get("format") != "tatqa"
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            tables = table_chunks(doc.title, block, max_chars, max(1, rows_per_chunk))
            pieces: list[tuple[str, str | None, Table | None]] = [(t.text, block.section, t) for t in tables]
        elif structured:
            structured_texts = _structured_texts(doc.title, block, outline, max_chars)
            pieces = [(text, section, None) for text, section in structured_texts]
        else:
            pieces = [(text, block.section, None) for text in _text_texts(doc.title, block, max_chars, overlap)]
        for text, section, table in pieces:
            chunk_id = content_hash(doc.doc_id, text)
            chunks.setdefault(chunk_id, Chunk(
                chunk_id=chunk_id, doc_id=doc.doc_id, source=doc.source, text=text,
                kind="text" if table is None else "table", page=block.page, section=section, title=doc.title,
                table=table,
            ))
    return list(chunks.values())


def _structured_texts(title: str, block: TextBlock, outline: Outline, max_chars: int) -> list[tuple[str, str | None]]:
    """(chunk text, section) pairs: whole units under one heading path per chunk, the path on the first line."""
    # A loader that knows the block's section has taken the headings out already; in plain text and PDF pages
    # the headings are found in the text.
    units = outline.units(block.text, find_headings=block.section is None)
    out: list[tuple[str, str | None]] = []
    groups: list[tuple[tuple[str, ...], list[Unit]]] = []
    for unit in units:
        if groups and groups[-1][0] == unit.path:
            groups[-1][1].append(unit)
        else:
            groups.append((unit.path, [unit]))
    for path, members in groups:
        section = block.section or " > ".join(path) or None
        context = _context_line(title, section)
        prefix = f"{context}\n" if context else ""
        size = max(max_chars - len(prefix), _MIN_BODY_CHARS)
        out += [(prefix + body, section) for body in _pack([u.text for u in members], size)]
    return out


def _pack(units: list[str], size: int) -> list[str]:
    """Units joined into bodies of at most `size` characters; a unit longer than that is split at sentence ends
    (and a sentence longer than that by the recursive splitter)."""
    pieces: list[tuple[str, str]] = []  # (text, joiner to the piece before it in the same body)
    for unit in units:
        if len(unit) <= size:
            pieces.append((unit, "\n"))
            continue
        parts: list[str] = []
        for sentence in sentences(unit):
            if len(sentence) <= size:
                parts.append(sentence)
            else:
                parts += RecursiveCharacterTextSplitter(chunk_size=size, chunk_overlap=0).split_text(sentence)
        pieces += [(part, "\n" if i == 0 else " ") for i, part in enumerate(parts)]
    bodies: list[str] = []
    for text, joiner in pieces:
        if bodies and len(bodies[-1]) + 1 + len(text) <= size:
            bodies[-1] += joiner + text
        else:
            bodies.append(text)
    return [b.strip() for b in bodies if b.strip()]


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


_TOTAL_COLUMN = re.compile(r"\s*total\b", re.I)


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
    # one year under every column of distinct dates ("October 31," / "April 30," over "2026  2026") is each date's year
    dated = any(len({cell for cell in row[1:] if cell}) > 1 for row in header)
    for row in header:
        filled = [cell for cell in row[1:] if cell]
        each_dates_year = dated and len(filled) == width - 1 and bool(YEAR.fullmatch(filled[0].strip()))
        if not filled or (len(set(filled)) == 1 and width > 2 and not each_dates_year):
            notes += [cell for cell in (row[0], *filled[:1]) if cell]
        else:
            label_rows.append(row)
    parts: list[list[str]] = [[] for _ in range(width)]
    last = label_rows[-1] if label_rows else []
    groups = _repeating_groups(last, width)
    for i, row in enumerate(label_rows):
        spanning = i < len(label_rows) - 1
        row = _centred_groups(row, groups) if spanning and groups else row
        current = ""
        for col, cell in enumerate(row[:width]):
            # a group spans its own columns, not the total beside them ('Orlan' over 'Shelf', not over 'Total')
            closes = col < len(last) and _TOTAL_COLUMN.match(last[col] or "")
            if col and (cell or not spanning or closes):
                current = cell
            value = cell if col == 0 else current
            if value:
                parts[col].append(value)
    labels = [joined_lines(dict.fromkeys(p)) for p in parts]
    return notes, labels


def _repeating_groups(last: Sequence[str], width: int) -> list[tuple[int, int]]:
    """The column ranges under spanning groups, where the bottom labels start over ("2025 2024 Change | 2025 2024"):
    each range begins at a repeat of the first value column's label and ends before the next, or before a Total."""
    first = last[1] if len(last) > 1 else ""
    starts = [col for col in range(1, min(width, len(last))) if first and last[col] == first]
    if len(starts) < 2:
        return []
    ends = starts[1:] + [next((col for col in range(starts[-1], min(width, len(last)))
                               if _TOTAL_COLUMN.match(last[col] or "")), min(width, len(last)))]
    # the labels must start over, not stand side by side ("2023 2023 2022 2022" under two dates is one group each)
    if any(end - start < 2 or last[start + 1] != last[2] for start, end in zip(starts, ends, strict=True)):
        return []
    return list(zip(starts, ends, strict=True))


def _centred_groups(row: Sequence[str], groups: list[tuple[int, int]]) -> list[str]:
    """A spanning row whose group labels each sit somewhere over their range (a label centred over three columns is
    extracted into the middle one), with each label moved to its range's first column; the row as it is otherwise."""
    placed = [[col for col in range(start, end) if col < len(row) and row[col]] for start, end in groups]
    covered = {col for start, end in groups for col in range(start, end)}
    stray = any(cell for col, cell in enumerate(row) if col and col not in covered)
    if stray or any(len(cols) != 1 for cols in placed):
        return list(row)
    moved = [row[0]] + [""] * (len(row) - 1)
    for (start, _), [col] in zip(groups, placed, strict=True):
        moved[start] = row[col]
    return moved


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


_TOTAL_OF = re.compile(r"^\s*total\s+(.+?)\s*$", re.I)


def _closes_groups(label: str, seen_under: dict[str, set[str]]) -> bool:
    """"Total system-wide sales" after a "System-wide sales" row under each brand's sub-heading is the sum over the
    sub-headings, not a row of the last one."""
    total = _TOTAL_OF.match(label)
    return bool(total) and len(seen_under.get(total.group(1).lower(), ())) >= 2


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
    seen_under: dict[str, set[str]] = {}  # each row label, and the sub-headings it stood under

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
        if in_chunk and _closes_groups(row.label, seen_under):
            in_chunk = group = ""  # the grand total and what follows it belong to no one block
        chunk_rows.append(replace(row, group=in_chunk))
        if in_chunk and row.cells:
            seen_under.setdefault(row.label.strip().lower(), set()).add(in_chunk)
        if is_group:
            group = row.label
        if row.is_heading:
            in_chunk = row.heading
    flush()
    return tables
