"""Plain data that crosses package boundaries: documents as loaded, chunks as indexed.

Loaders turn files into a `Document` made of blocks (running text or a table);
chunking turns blocks into `Chunk`s. Nothing here imports a model or a framework.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from index.text.numbers import CURRENCY, scales_stated, units_stated, years_in

# Part of every document's fingerprint: a change to what chunking produces (table chunks now carry
# their `Table`) makes the next ingest re-chunk documents indexed before it.
# Bumped whenever a loader's or the chunker's output changes, so that an unchanged file is read again.
# 12: a ruled PDF table (fee schedules, tariffs) is read from its drawn rules, text cells and wrapped lines kept;
# 11: a period or month-day centred over a group of columns heads each of them, and a units note in the label
# column before column headings starts the next table; 10: a balance sheet's two dates over one line of years keep
# their year; 9: a table states its units on a line of its own ("$ in millions, except per share data"), "nil" is a
# figure's cell, a minus after a figure makes it negative and one row under a line of years is a table; 8: a "Total X"
# row after an "X" row under two or more sub-headings is under none; 7: a "(continued)" table atop
# a page goes on under the sub-heading that closed the last page's; 6: a group label centred over its columns heads
# all of them; 5: so does one captioned by its units only ("(in millions)"); 4: a PDF table without a caption takes
# the sentence leading into it ("…is as follows:"); 3: a stacked PDF table with headings wider than its figures is
# its own
_CHUNKING = "structured-text/12"


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
        parts: list[str] = [_CHUNKING, self.doc_id, self.title]
        for block in self.blocks:
            if isinstance(block, TableBlock):
                parts.append(block.caption)
                parts.extend("\t".join(row) for row in block.rows)
            else:
                parts.append(block.text)
            parts.append(f"{block.page}|{block.section}")
        return content_hash(*parts)


@dataclass(frozen=True)
class Row:
    """One row of a table chunk: its first cell and its filled cells, each paired with its column's label."""

    label: str  # the first cell, naming the row ('Revenue'); '' where the source leaves it blank
    cells: tuple[tuple[str, str], ...] = ()  # (column label, value as written); label '' for an unlabelled column
    group: str = ""  # the sub-heading the row sits under, as written ('Current assets:'); '' for none

    @property
    def is_heading(self) -> bool:
        """One filled cell: a sub-heading ('Current assets') over the rows that follow it, in whichever
        column the source puts it."""
        return bool(self.label) + len(self.cells) == 1

    @property
    def heading(self) -> str:
        """The sub-heading a heading row opens; '' for other rows."""
        return (self.label or self.cells[0][1]) if self.is_heading else ""

    @property
    def text(self) -> str:
        """'Revenue | 2024: 412.3 | 2023: 388.1', as the chunk text writes the row."""
        parts = [self.label] if self.label else []
        parts += [f"{column}: {value}" if column else value for column, value in self.cells]
        return " | ".join(parts)


@dataclass(frozen=True)
class Table:
    """The rows of one table chunk as data; the chunk's text is rendered from it (`text`).

    Table readers work on this, so a row, its cells and its units are never parsed back from text.
    """

    context: str  # the first line: title, section, caption and table-wide notes ('(in millions)')
    columns: tuple[str, ...]  # one label per column, the row labels' column first; '' where none
    rows: tuple[Row, ...]  # in order, sub-headings included
    continues: str = ""  # the sub-heading an earlier chunk of the table opened, whose rows go on here
    units: str = ""  # as stated in the context or column labels: 'GBP millions'
    currency: str = ""  # as the units state it: 'GBP', '$'; '' for none
    scale: float | None = None  # what the units multiply by: 1e6 for 'millions'; None when unstated
    periods: tuple[int | None, ...] = ()  # the year each column names, None where it names not one year

    @property
    def _head_lines(self) -> list[str]:
        """The context, and the column labels where there are some."""
        labels = [label for label in self.columns if label]
        return [self.context, "Columns: " + " | ".join(labels)] if labels else [self.context]

    @property
    def lines(self) -> list[str]:
        """The chunk text's lines: context, column labels, the sub-heading continued, then the rows."""
        lines = self._head_lines
        if self.continues:
            lines.append(f"{self.continues} (continued)")
        return lines + [row.text for row in self.rows]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def stated(self) -> Table:
        """This table with the units its context and column lines state, their currency and scale, and the year
        each column names."""
        units = units_stated("\n".join(self._head_lines))
        currency = CURRENCY.search(units)
        return replace(
            self, units=units, currency=currency.group() if currency else "",
            scale=next(iter(scales_stated(units)), None),
            periods=tuple(years[0] if len(years := years_in(label)) == 1 else None for label in self.columns),
        )

    @classmethod
    def from_text(cls, text: str) -> Table:
        """The table of a chunk saved before chunks carried their tables, read back from its text (the inverse
        of `text`), so an index built by an earlier finbot keeps its table answers until it is re-ingested."""
        context, *lines = text.split("\n")
        has_labels = bool(lines) and lines[0].startswith("Columns: ")
        labels = lines.pop(0).removeprefix("Columns: ").split(" | ") if has_labels else []
        continues = ""
        if lines and lines[0].endswith(" (continued)") and " | " not in lines[0]:
            continues = lines.pop(0).removesuffix(" (continued)")
        known = sorted((label for label in set(labels) if label), key=len, reverse=True)

        def cell(part: str) -> tuple[str, str]:
            label = next((label for label in known if part.startswith(f"{label}: ")), "")
            return (label, part[len(label) + 2:]) if label else ("", part)

        rows: list[Row] = []
        in_chunk = continues
        for line in lines:
            first, *rest = line.split(" | ")
            # `Row.text` leaves out an empty label, so a first part that is a labelled cell starts the cells.
            label, parts = ("", [first, *rest]) if cell(first)[0] else (first, rest)
            row = Row(label, tuple(cell(part) for part in parts), in_chunk)
            rows.append(row)
            if row.is_heading:
                in_chunk = row.heading
        return replace(cls(context, tuple(labels), ()).stated(), rows=tuple(rows), continues=continues)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Table:
        """The inverse of `asdict`, after a JSON round trip has turned tuples into lists."""
        rows = tuple(
            Row(row["label"], tuple(tuple(cell) for cell in row["cells"]), row["group"]) for row in data["rows"]
        )
        return cls(**{**data, "columns": tuple(data["columns"]), "rows": rows, "periods": tuple(data["periods"])})


@dataclass(frozen=True)
class Chunk:
    """The unit of retrieval. `chunk_id` is a content hash, so identical text gets the same id.

    A table chunk also carries its rows as a `Table`; its text (for embedding, BM25 and the prompt)
    is rendered from that table.
    """

    chunk_id: str
    doc_id: str
    source: str
    text: str
    kind: Literal["text", "table"] = "text"
    page: int | None = None
    section: str | None = None
    title: str = ""
    table: Table | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        """A chunk as `to_dict` wrote it; a table chunk saved before chunks carried tables gets its table back."""
        table = data.get("table")
        if table:
            return cls(**{**data, "table": Table.from_dict(table)})
        chunk = cls(**{**data, "table": None})
        return replace(chunk, table=Table.from_text(chunk.text)) if chunk.kind == "table" else chunk

    @property
    def location(self) -> str:
        """Human-readable place in the source: 'fees.pdf, p. 2, Card fees', and for a table its caption:
        '10-K.pdf, p. 50, Item 8 > Note 12, Consolidated Balance Sheet'."""
        parts = [self.source]
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.section:
            parts.append(self.section)
        if self.table is not None and (caption := self._caption()):
            parts.append(caption)
        return ", ".join(parts)

    def _caption(self) -> str:
        """The table's caption: the first part of its context line that is neither the title nor the section."""
        known = {self.title.casefold(), *(part.strip().casefold() for part in (self.section or "").split(" > "))}
        for part in self.table.context.split(" — ") if self.table else ():
            if part.strip() and part.casefold() not in known and part.casefold() != (self.section or "").casefold():
                return part.strip() if not part.startswith("(") else ""
        return ""

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
