"""Table chunks for tests, made as ingest makes them: a `TableBlock` through chunking, so each carries its `Table`."""

from __future__ import annotations

from index.chunking import chunk_document
from index.documents import Chunk, Document, TableBlock


def table_chunk(caption: str, *rows: tuple[str, ...], source: str = "ar.xlsx", title: str = "") -> Chunk:
    """The one chunk of a table whose first row labels the columns."""
    doc = Document(source, source, title, [TableBlock(rows=rows, caption=caption)])
    [chunk] = chunk_document(doc, max_chars=10_000, rows_per_chunk=len(rows))
    return chunk
