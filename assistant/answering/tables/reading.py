"""Questions answered by reading several cells of one table row, without a model.

* Several years of one figure: "What was revenue in 2019 and 2018 respectively?", "... for fiscal
  years 2019 to 2017?" The cells come back in the order the question names the years.
* Which year a figure was highest or lowest: "In which year were acquisition costs larger?",
  and which years it passed a bound: "In which year was net income less than 100.0 million?"
* Two rows asked for respectively: "What are the respective sales and purchases for 2017?"
* Counts: "How many years did net income exceed $30,000 thousand?", "How many components are
  there under deferred tax assets?" (the years past the bound, the items of the block, counted).
* What the table lists (years, the items of a block): assistant/answering/tables/outline.py.

The row and the year columns are found as for arithmetic (assistant/answering/tables/arithmetic.py): the
row by its name's words, each year's column by the year, and by column words when a year has
several ("2019 Domestic", "2019 International"). Anything unclear gives None, and the caller
falls back to the other paths.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from assistant.answering.tables import ASKS_CAUSE
from assistant.answering.tables.arithmetic import (
    OPERATION_WORDS,
    SUM_WORDS,
    WEIGHTED_AVERAGE,
    best_row,
    cells_by_year,
    named_pair,
    transposed,
    year_cell,
)
from assistant.answering.tables.lookup import TableReading, TableRow, describe_cells, table_rows
from assistant.answering.tables.outline import and_list, listed_items, outline
from index.documents import Passage
from index.text.numbers import FIGURE, SCALE, parse_figure, scales_stated, years_in
from index.text.tokens import tokenize

_WHICH_YEAR = re.compile(r"\b(?:which|what) (?:fiscal |financial |calendar )?(?:years?|fy|periods?)\b", re.I)
_MORE = frozenset("higher larger greater more bigger highest largest greatest most biggest above over exceed "
                  "exceeded exceeding".split())
_LESS = frozenset("lower smaller less fewer lowest smallest least below under".split())
# 'less than 100.0 million', 'above $2,000': a bound, not a comparison between the years.
_BOUND = re.compile(
    r"\b(?P<word>higher|larger|greater|more|bigger|lower|smaller|less|fewer|above|below|over|under|exceed\w*)"
    rf"(?:\s+than)?\s+(?P<sign>-)?[$£€]?\s*(?P<number>{FIGURE.pattern})\b(?!\s*(?:years?|months?)\b)"
    rf"(?:\s*(?P<scale>{SCALE})\b)?",
    re.I,
)
_YEAR_RANGE = re.compile(r"\b(?:fiscal\s+|fy\s?)?\d{2,4}\s*(?:-|–|to|through)\s*(?:fiscal\s+|fy\s?)?\d{2,4}\b", re.I)
_NOT_A_FIGURE = re.compile(r"\bhow (?:did|does|do|has|have|is|was|were|many)\b", re.I)  # and `ASKS_CAUSE`
_ASKS_TO_COMBINE = OPERATION_WORDS | SUM_WORDS | {"both"}
_RESPECTIVELY = re.compile(r"\brespective(?:ly)?\b", re.I)  # 'the total X in 2019 and 2018 respectively' lists
# Counting years or line items; 'How many shares were granted?' asks for a figure and is not matched.
_COUNT_YEARS = re.compile(r"\bhow many (?:of the )?(?:fiscal |financial |calendar )?(?:years|fys|periods)\b", re.I)
_COUNT_ITEMS = re.compile(r"\bhow many (?:\w+ )?(?:components|items|elements|categories|types|parts)\b", re.I)


def read_table(question: str, passages: Sequence[Passage]) -> TableReading | None:
    """The cells (or the years or items) the question asks a table for, written as the answer; None when unsure."""
    rows = table_rows(passages)
    if not rows:
        return None
    if _COUNT_YEARS.search(question) or _COUNT_ITEMS.search(question):
        return _count(question, rows)
    if _NOT_A_FIGURE.search(question) or ASKS_CAUSE.search(question):
        return None
    if _WHICH_YEAR.search(question):
        return _compare_years(question, rows) or outline(question, rows)
    return _several_years(question, rows) or _several_rows(question, rows) or outline(question, rows)


def _several_rows(question: str, rows: list[TableRow]) -> TableReading | None:
    """'What are the respective sales and purchases for 2017?': two rows (or columns), one cell each."""
    if not _RESPECTIVELY.search(question) or set(tokenize(question)) & OPERATION_WORDS:
        return None
    readings = set()
    for joint in re.finditer(r" and ", question):
        pair = named_pair(question[: joint.start()], question[joint.end():], question, rows)
        if pair is not None:
            readings.add(pair)
    if len(readings) != 1:
        return None
    cells = readings.pop()
    if len({cell.passage_number for cell in cells}) != 1:
        return None
    units = next(row.units for row in rows if row.passage_number == cells[0].passage_number)
    text = "; ".join(describe_cells(cell.row, [(cell.column, cell.text)], units) for cell in cells)
    return TableReading(f"{text} [{cells[0].passage_number}]", cells[0].passage_number, "rows")


def _several_years(question: str, rows: list[TableRow]) -> TableReading | None:
    named = years_in(question)
    if len(named) < 2:
        return None
    row = best_row(rows + transposed(rows), question)
    combining = OPERATION_WORDS if _RESPECTIVELY.search(question) else _ASKS_TO_COMBINE
    asked = set(tokenize(WEIGHTED_AVERAGE.sub(" ", question)))  # a weighted-average rate is a figure, not a mean
    if row is None or (asked - row.words - set(tokenize(row.group))) & combining:
        return None  # 'the change in revenue between 2018 and 2019', 'the total for both years': arithmetic
    by_year = cells_by_year(row)
    between = _span(question, named, by_year)  # 'fiscal years 2019 to 2017': every year between
    named = between if len(between) >= 2 else named
    column_words = set(tokenize(question)) - row.words
    cells = [year_cell(by_year.get(year, []), column_words, question) for year in named]
    if any(cell is None for cell in cells):
        return None
    text = describe_cells(row.name, cells, row.units)  # type: ignore[arg-type]
    return TableReading(f"{text} [{row.passage_number}]", row.passage_number, "years")


class _YearTest(NamedTuple):
    """One row's cells over the years a question names, and which of them meet its test."""

    row: TableRow
    cells: list[tuple[str, str]]
    winners: list[int]  # the years past the bound, or the highest (lowest) one
    bounded: bool  # a bound was the test ('above 50'), not the other years ('higher than in 2018')


def _compare_years(question: str, rows: list[TableRow]) -> TableReading | None:
    test = _test_years(question, rows)
    if test is None or not test.winners:
        return None
    evidence = describe_cells(test.row.name, test.cells, test.row.units)
    return TableReading(f"{and_list(test.winners)}: {evidence} [{test.row.passage_number}]", test.row.passage_number,
                        "comparison")


def _count(question: str, rows: list[TableRow]) -> TableReading | None:
    """'How many years did X exceed 5,000?', 'How many components are there under X?': counted by finbot."""
    if _COUNT_ITEMS.search(question):
        listed = listed_items(question, rows)
        if listed is None:
            return None
        names, where, passage_number = listed
        return TableReading(f"{len(names)} items: {'; '.join(names)} ({where}) [{passage_number}]", passage_number,
                            "count")
    test = _test_years(question, rows)
    if test is None or not test.bounded:
        return None  # 'How many years are shown?' has no bound to count against
    evidence = describe_cells(test.row.name, test.cells, test.row.units)
    years = f" ({and_list(test.winners)})" if test.winners else ""
    return TableReading(f"{len(test.winners)} of {len(test.cells)} years{years}: {evidence} "
                        f"[{test.row.passage_number}]", test.row.passage_number, "count")


def _test_years(question: str, rows: list[TableRow]) -> _YearTest | None:
    """The row a comparison names and the years that pass its bound, or the highest (lowest) year."""
    bound = _BOUND.search(question)
    if bound and years_in(bound.group("number")):
        bound = None  # 'higher in 2019 than 2018' names years, not a bound
    words = set(tokenize(question))
    if bound:
        wanted_more = bound.group("word").lower() in _MORE or bound.group("word").lower().startswith("exceed")
        subject = question[: bound.start()] + question[bound.end():]
    elif words & _MORE and not words & _LESS:
        wanted_more, subject = True, question
    elif words & _LESS and not words & _MORE:
        wanted_more, subject = False, question
    else:
        return None
    subject = " ".join(w for w in re.split(r"(\W+)", subject) if w.lower() not in _MORE | _LESS | {"than"})
    row = best_row(rows + transposed(rows), subject)
    if row is None:
        return None
    by_year = cells_by_year(row)
    named = _years_asked(question, by_year) or sorted(by_year, reverse=True)
    if len(named) < 2:
        return None
    column_words = set(tokenize(question)) - row.words
    found = [year_cell(by_year[year], column_words, question) for year in named]
    parsed = [parse_figure(cell[1]) if cell else None for cell in found]
    if any(p is None for p in parsed):
        return None
    cells = [cell for cell in found if cell is not None]
    values = [p.value for p in parsed if p is not None]
    if all(v <= 0 for v in values) or all(v >= 0 for v in values):
        values = [abs(v) for v in values]  # '(1,234)' in a costs row is a cost of 1,234: compare sizes
    if bound:
        limit = _limit_in_table_scale(bound, row, values)
        if limit is None:
            return None
        winners = [y for y, v in zip(named, values, strict=True) if (v > limit if wanted_more else v < limit)]
    else:
        best = max(values) if wanted_more else min(values)
        winners = [y for y, v in zip(named, values, strict=True) if v == best]
        if len(winners) > 1:
            return None  # a tie: no year was higher
    return _YearTest(row, cells, winners, bound is not None)


def _years_asked(question: str, by_year: dict) -> list[int]:
    """The row's years the question names, every year between for a range ('from 2017 to 2019')."""
    return _span(question, [year for year in years_in(question) if year in by_year], by_year)


def _span(question: str, named: list[int], by_year: dict) -> list[int]:
    """For a range of two named years, the row's years between them in the order named; else `named`."""
    if _YEAR_RANGE.search(question) and len(named) == 2:
        low, high = sorted(named)
        return sorted((year for year in by_year if low <= year <= high), reverse=named[0] > named[1])
    return named


def _limit_in_table_scale(bound: re.Match, row: TableRow, values: Sequence[float]) -> float | None:
    """The bound in the table's own scale: 'more than 5 million' over a table in thousands is 5,000.
    None when which scale applies is unclear."""
    limit = float(bound.group("number").replace(",", "")) * (-1 if bound.group("sign") else 1)
    if not bound.group("scale"):
        return limit
    table_scales = set(scales_stated(f"{row.units} {row.context}"))
    asked = scales_stated(bound.group("scale"))[0]
    if not table_scales:
        # Questions mostly quote an unstated scale's figures as they are ('above $30,000 thousand'
        # over 53,330); a bound a hundredfold off every figure ('5 million' over 4,804) is in another.
        sizes = [abs(v) for v in values]
        return limit if min(sizes) / 100 <= abs(limit) <= max(sizes) * 100 else None
    if asked in table_scales:
        return limit
    if len(table_scales) > 1:
        return None
    return limit * asked / table_scales.pop()
