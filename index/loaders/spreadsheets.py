"""CSV (dialect sniffed) and XLSX (each table of a sheet, title rows above its header kept as its caption)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from index.documents import Block, Document, TableBlock
from index.loaders.common import (
    as_document,
    cell_text,
    header_row_count,
    read_text,
    readable,
    table_block,
    table_rows,
)


def _sniff_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel  # one column, or too little text to tell: plain commas


def read_csv(path: Path) -> list[Document]:
    text = read_text(path)
    rows = table_rows(csv.reader(text.splitlines(), _sniff_dialect(text[:8192])))
    caption = readable(path.stem)
    return [as_document(path, caption, [table_block(rows, header_rows=1 if len(rows) > 1 else 0, caption=caption)],
                      "csv")]


def _xlsx_value(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        if "%" in str(getattr(cell, "number_format", "") or ""):
            return f"{round(value * 100, 6):g}%"
        if isinstance(value, float) and not value.is_integer():
            return repr(round(value, 10))  # hides binary noise like 0.30000000000000004
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _split_title_rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Single-cell rows above a multi-column table are its title/units ('Revenue (in £ millions)')."""
    titles: list[str] = []
    while len(rows) > 1 and sum(bool(cell) for cell in rows[0]) == 1 and len(rows[0]) > 1:
        titles.append(next(cell for cell in rows[0] if cell))
        rows = rows[1:]
    return titles, rows


def _sheet_tables(raw: list[list[str]]) -> list[tuple[list[str], list[list[str]]]]:
    """(titles, rows) of each table on a sheet. A sheet often holds several tables one under another, each after a
    blank row with a title and a header of its own ("Fixed Saver" / "Term | AER | Minimum deposit"); rows after a
    blank row that open with no header (a statement's next section, footnotes) go on the table above."""
    groups: list[list[list[str]]] = [[]]
    for row in ([cell_text(v) for v in row] for row in raw):
        if any(row):
            groups[-1].append(row)
        elif groups[-1]:
            groups.append([])
    tables: list[tuple[list[str], list[list[str]]]] = []
    lead: list[str] = []  # the sheet's own title, above its first table
    for group in (g for g in groups if g):
        titles, body = _split_title_rows(table_rows(group))
        opens_table = any(sum(bool(c) for c in row) > 1 for row in body) and (
            not tables or header_row_count(body) > 0)
        if opens_table:  # the group's own rows, not `body`: their columns are emptied per table, below
            tables.append((lead + titles, group[len(titles):]))
        elif tables:
            tables[-1][1].extend(group)
        else:
            lead += [c for row in group for c in row if c]
    return [(titles, table_rows(body)) for titles, body in tables]


def read_xlsx(path: Path) -> list[Document]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        title = cell_text(book.properties.title or "")
        blocks: list[Block] = []
        for sheet in book.worksheets:
            raw = [[_xlsx_value(cell) for cell in row] for row in sheet.iter_rows()]
            for titles, rows in _sheet_tables(raw):
                table = table_block(rows, caption=" — ".join(titles))
                blocks.append(TableBlock(table.rows, table.header_rows, table.caption, section=sheet.title))
    finally:
        book.close()  # read-only workbooks keep the file open until closed
    return [as_document(path, title, blocks, "xlsx")]
