"""Questions about what a table lists rather than what it says: which years its columns cover,
which line items make up a block ("What are the components of current assets?").

Statements group line items under a sub-heading ("Current assets") or above a total row
("Total revenue"); the items of that block are the answer. Only a block the question names
unambiguously is listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.tables.arithmetic import best_row, cells_by_year, stem
from assistant.answering.tables.lookup import TableReading, TableRow
from index.text.tokens import tokenize

_YEARS_OF_TABLE = re.compile(
    r"\b(?:which|what)(?: are the| were the)? (?:fiscal |financial )?(?:years|periods)(?:'|\b)"
    r"(?!.*\b(?:than|higher|lower|larger|smaller|greater|less|more|most|least|highest|lowest|largest|smallest)\b)",
    re.I,
)
_PARTS = re.compile(
    r"\b(?:components?|items?|elements?|constituents|categories|types|parts)\b\s+(?:(?:are|were) (?:there )?)?"
    r"(?:of|under|in|within|making up|that make up|listed under|included in|comprising)\s+(?P<whole>.+)",
    re.I,
)
_WHOLE_TABLE = re.compile(
    r"\b(?:items?|components?|rows|categories)\b.*\b(?:listed|shown|included|presented) in the table\b", re.I
)
_NOT_NAMING = frozenset("table financial recorded reported shown listed the".split())
_MAX_ITEMS = 12  # a longer list is a table's worth, better shown as the table


def outline(question: str, rows: list[TableRow]) -> TableReading | None:
    """The years or the line items the question asks a table for; None when it asks for neither."""
    return _years_listed(question, rows) or _parts_listed(question, rows)


def _years_listed(question: str, rows: list[TableRow]) -> TableReading | None:
    """'Which years does the table provide information for?': the years its columns name."""
    if not _YEARS_OF_TABLE.search(question):
        return None
    row = best_row(rows, question) or rows[0]
    years = list(cells_by_year(row)) or list(cells_by_year(rows[0]))
    if len(years) < 2:
        return None
    return _reading(and_list(years), "the years of the table's columns", row.passage_number,
                    "years listed")


def _parts_listed(question: str, rows: list[TableRow]) -> TableReading | None:
    """'What are the components of total revenue?': the rows under that sub-heading, or above that total."""
    listed = listed_items(question, rows)
    if listed is None:
        return None
    names, where, passage_number = listed
    return _reading("; ".join(names), where, passage_number, "items listed")


def listed_items(question: str, rows: list[TableRow]) -> tuple[list[str], str, int] | None:
    """The names of the line items a question asks for, where they are, and their passage; None when unclear."""
    named = _PARTS.search(question)
    if named is None:
        if not _WHOLE_TABLE.search(question):
            return None
        first = [r for r in rows if r.passage_number == rows[0].passage_number and not _is_total(r)]
        return _listing(first, "the rows of the table")
    whole = {stem(w) for w in tokenize(named.group("whole"))} - _NOT_NAMING
    if not whole:
        return None
    groups = {r.group for r in rows if r.group and {stem(w) for w in tokenize(r.group)} == whole}
    if len(groups) == 1:
        group = groups.pop()
        block = [r for r in rows if r.group == group]
        ends = [i for i, r in enumerate(block) if _is_total(r)]
        return _listing(block[: ends[0]] if ends else block, f"the rows under {group}")  # up to its total
    totals = [i for i, r in enumerate(rows) if _is_total(r) and {stem(w) for w in r.words} - {"total"} == whole]
    if len(totals) != 1:
        return None
    end = totals[0]
    start = end
    while start > 0 and not _is_total(rows[start - 1]) and rows[start - 1].group == rows[end].group \
            and rows[start - 1].passage_number == rows[end].passage_number:
        start -= 1
    return _listing(rows[start:end], f"the rows above {rows[end].name}")


def _is_total(row: TableRow) -> bool:
    return bool(row.name_parts) and row.name_parts[0].lower().startswith("total")


def _listing(rows: list[TableRow], where: str) -> tuple[list[str], str, int] | None:
    names = list(dict.fromkeys(r.name_parts[0] for r in rows if r.name_parts))
    if not 2 <= len(names) <= _MAX_ITEMS:
        return None
    return names, where, rows[0].passage_number


def and_list(items: Sequence[object]) -> str:
    """'2019, 2018 and 2017'."""
    return " and ".join(", ".join(str(item) for item in items).rsplit(", ", 1))


def _reading(text: str, where: str, passage_number: int, kind: str) -> TableReading:
    return TableReading(f"{text} ({where}) [{passage_number}]", passage_number, kind)
