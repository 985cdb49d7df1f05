"""DOCX: headings by style, paragraphs and tables in document order (python-docx)."""

from __future__ import annotations

import re
from pathlib import Path

from index.documents import Document
from index.loaders.common import Event, as_document, assemble, cell_text, table_block, table_rows


def read_docx(path: Path) -> list[Document]:
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    title = cell_text(document.core_properties.title or "")
    events: list[Event] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            # merged cells repeat across the grid columns they span, as spanning header labels should
            rows = table_rows([cell.text for cell in row.cells] for row in item.rows)
            events.append(("table", table_block(rows)))
            continue
        text = item.text.strip()
        style = (item.style.name if item.style is not None else "") or ""
        if not text:
            continue
        if style == "Title":
            title = title or cell_text(text)
        elif match := re.fullmatch(r"Heading (\d)", style):
            events.append(("h", int(match.group(1)), cell_text(text)))
        else:
            events.append(("p", text))
    heading, blocks = assemble(events)
    return [as_document(path, title or heading, blocks, "docx")]
