"""Answer "what was <line item> in <column>?" straight from a table cell.

Small generators misread wide rows (a 2024 figure reported as 2023, the Premier fee as the
Plus fee). Row chunks are rendered 'Label | Header: value | ...' (index/chunking.py), so the
row the question names and the column it names can be matched by words, and the cell read
without a model. The lookup answers only when one cell clearly wins; otherwise the
generator answers as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.documents import Passage
from index.lexical import tokenize

_HAS_NUMBER = re.compile(r"\d")
_MAX_LABEL_WORDS = 12  # longer text cells are notes, not row names
_MIN_ROW_COVERAGE = 0.5  # share of the row name's words the question must use
_UNIT_WORDS = r"\b(?:millions?|thousands?|billions?|pence|per cent|percent|GBP|USD|EUR)\b"
_LABEL_UNIT = re.compile(rf"^(.*?)\s*\(([^()]*{_UNIT_WORDS}[^()]*)\)\s*$", re.I)  # "Earnings per share (pence)"


@dataclass(frozen=True)
class Cell:
    row: str
    column: str
    value: str
    passage_number: int
    units: str
    score: tuple[int, float, int]

    def answer(self) -> str:
        row, value = self.row, self.value
        own_unit = _LABEL_UNIT.match(row)
        if own_unit:  # the row states its unit: "9.2 pence", not the table's "GBP millions"
            row, value = own_unit.group(1), f"{value} {own_unit.group(2)}"
        elif self.units and not re.search(r"[£$€%]", value):
            value = f"{value} ({self.units})"
        return f"{row}, {self.column}: {value} [{self.passage_number}]"


def lookup(question: str, passages: Sequence[Passage]) -> Cell | None:
    """The one table cell whose row and column the question names, or None when unsure."""
    wanted = set(tokenize(question))
    candidates: list[Cell] = []
    for number, passage in enumerate(passages, start=1):
        if passage.chunk.kind != "table":
            continue
        units = _units(passage.chunk.text)
        for line in passage.chunk.text.splitlines()[1:]:
            if " | " not in line or line.startswith("Columns:"):
                continue
            candidates.extend(_row_cells(line, wanted, number, units))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c.score, reverse=True)
    best = candidates[0]
    rivals = [c for c in candidates[1:] if c.score == best.score and c.value != best.value]
    return None if rivals else best


def _row_cells(line: str, wanted: set[str], number: int, units: str) -> list[Cell]:
    first, *rest = line.split(" | ")
    pairs = [cell.split(": ", 1) for cell in rest]
    # The row's name: its first cell plus any short text cells (a "Service" column, say).
    name_parts = [first] + [pair[1] for pair in pairs if len(pair) == 2 and not _HAS_NUMBER.search(pair[1])]
    name_parts = [part for part in name_parts if len(part.split()) <= _MAX_LABEL_WORDS]
    row_words = set(tokenize(" ".join(name_parts)))
    matched = len(row_words & wanted)
    if not row_words or matched / len(row_words) < _MIN_ROW_COVERAGE:
        return []
    cells = []
    for pair in pairs:
        if len(pair) != 2 or not _HAS_NUMBER.search(pair[1]):
            continue
        column, value = pair
        column_matched = len(set(tokenize(column)) & wanted)
        if column_matched:
            # Most row words matched first, then the most complete row name, then the column.
            score = (matched, round(matched / len(row_words), 3), column_matched)
            cells.append(Cell(" · ".join(name_parts[:2]), column, value.strip(), number, units, score))
    return cells


def _units(text: str) -> str:
    head = "\n".join(text.splitlines()[:2])
    found = re.search(rf"\(([^()]*{_UNIT_WORDS}[^()]*)\)", head, re.I)
    return found.group(1).strip() if found else ""
