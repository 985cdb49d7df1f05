"""Plain data that crosses package boundaries: documents as loaded, chunks as indexed.

Loaders turn files into a `Document` made of blocks (running text or a table);
chunking turns blocks into `Chunk`s. Nothing here imports a model or a framework.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal


def content_hash(*parts: str) -> str:
    """Short, stable hash of text parts; used for chunk ids and change detection."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")  # separator, so ("ab", "c") != ("a", "bc")
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class TextBlock:
    """A run of prose: a PDF page, a Markdown section, an HTML paragraph group."""

    text: str
    page: int | None = None
    section: str | None = None


@dataclass(frozen=True)
class TableBlock:
    """A table kept as rows, so chunking can repeat the header in every chunk.

    `header_rows` counts the leading rows that name the columns (years, units).
    `caption` carries the title and units stated next to the table ("in millions").
    """

    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 1
    caption: str = ""
    page: int | None = None
    section: str | None = None


Block = TextBlock | TableBlock


@dataclass
class Document:
    """One source file (or one TAT-QA context) as loaded, before chunking."""

    doc_id: str
    source: str
    title: str
    blocks: list[Block]
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """Hash of everything chunking reads; unchanged fingerprint means re-ingest is a no-op."""
        parts: list[str] = [self.doc_id, self.title]
        for block in self.blocks:
            if isinstance(block, TableBlock):
                parts.append(block.caption)
                parts.extend("\t".join(row) for row in block.rows)
            else:
                parts.append(block.text)
            parts.append(f"{block.page}|{block.section}")
        return content_hash(*parts)


@dataclass(frozen=True)
class Chunk:
    """The unit of retrieval. `chunk_id` is a content hash, so identical text gets the same id."""

    chunk_id: str
    doc_id: str
    source: str
    text: str
    kind: Literal["text", "table"] = "text"
    page: int | None = None
    section: str | None = None
    title: str = ""

    @property
    def location(self) -> str:
        """Human-readable place in the source: 'fees.pdf, p. 2, Card fees'."""
        parts = [self.source]
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.section:
            parts.append(self.section)
        return ", ".join(parts)

    @property
    def heading(self) -> str:
        """The context line chunking puts first (title, section, caption); '' when there is none."""
        first, _, rest = self.text.partition("\n")
        return first if rest and (self.title or self.section) else ""

    @property
    def body(self) -> str:
        """The text under the heading."""
        return self.text.partition("\n")[2] if self.heading else self.text


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its relevance score (higher is better)."""

    chunk: Chunk
    score: float
