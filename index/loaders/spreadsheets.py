"""CSV (dialect sniffed) and XLSX (one table per sheet, title rows above the header kept as its caption)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from index.documents import Block, Document, TableBlock
from index.loaders.common import as_document, cell_text, read_text, readable, table_block, table_rows


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


def read_xlsx(path: Path) -> list[Document]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        title = cell_text(book.properties.title or "")
        blocks: list[Block] = []
        for sheet in book.worksheets:
            raw = [[_xlsx_value(cell) for cell in row] for row in sheet.iter_rows()]
            titles, rows = _split_title_rows(table_rows(raw))
            rows = table_rows(rows)  # title cells may have been the only thing in a column
            if rows:
                table = table_block(rows, caption=" — ".join(titles))
                blocks.append(TableBlock(table.rows, table.header_rows, table.caption, section=sheet.title))
    finally:
        book.close()  # read-only workbooks keep the file open until closed
    return [as_document(path, title, blocks, "xlsx")]
