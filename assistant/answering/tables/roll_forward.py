"""A balance read from the roll-forward that states it: "Balance at end of year" of the table titled for what is asked.

A balance sheet splits a reserve into its current and long-term parts, and a 10-Q's balance sheet shows no balance at
the quarter's start; the note's activity table (balance at the beginning of the period, additions, payments, balance
at its end) states the whole balance at each end of each period. Its rows are named for the edge of the period
("Balance at end of year"), not for what is held: the table's title says that ("Casualty Reserve Activity"). So a
question asking a balance at a point ("the balance of casualty reserves at the end of 2025", "the customer loyalty
program liability at June 30, 2026") is answered from the edge row, in the column whose period starts or ends there,
of the table whose title it names. Two layouts: periods across and the edges as rows, or the edges dated in the rows
("Balance at December 31, 2025") and parts across, read in their "Total" column.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answering.tables import column_span, heading_span
from assistant.answering.tables.lookup import Cell, TableRow, owner_words, table_rows
from index.documents import Passage
from index.text.numbers import MONTH_NAME, years_in
from index.text.tokens import tokenize

_STEM = 5  # "reserves" is "reserve", "liabilities" "liability"
_MONTH = {calendar.month_name[n].lower()[:3]: n for n in range(1, 13)}
_DATE = re.compile(rf"\b(?P<month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})\b", re.I)
# "at June 30, 2026", "as of December 31, 2025": a balance at a date
_AT_DATE = re.compile(rf"\b(?:at|as of|on)\s+{_DATE.pattern}", re.I)
# "at the end of 2025", "the end of fiscal 2025", "year-end 2025", "2025 year-end", "the close of 2025"
_END_OF_YEAR = re.compile(r"\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:(?:fiscal|fy)\s*(?:year\s+)?)?|year[- ]end\s+)"
                          r"(?P<year>(?:19|20)\d\d)\b|\b(?P<year2>(?:19|20)\d\d)\s+year[- ]end\b", re.I)
_START_OF_YEAR = re.compile(r"\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:(?:fiscal|fy)\s*(?:year\s+)?)?"
                            r"(?P<year>(?:19|20)\d\d)\b", re.I)
# "at the end of the third quarter of 2026", "the end of Q3 2026": a calendar quarter's last day, which a table whose
# quarters are fiscal ones ending in other months never states, so nothing is read there
_END_OF_QUARTER = re.compile(r"\b(?:end|close)\s+of\s+(?:the\s+)?(?:(?P<nth>first|second|third|fourth)\s+quarter|"
                             r"Q(?P<q>[1-4]))\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ENDING = re.compile(r"\b(?:ending|closing|end[- ]of[- ](?:year|period))\s+balances?\b", re.I)
_OPENING = re.compile(r"\b(?:beginning|opening|beginning[- ]of[- ](?:year|period))\s+balances?\b", re.I)
# A question about the flows between the edges, or about two points, asks something a balance row does not state
_NOT_A_POINT = re.compile(r"\b(?:change[sd]?|increase[sd]?|decrease[sd]?|grow|grew|growth|average|ratio|percent(?:age)?"
                          r"|during|between|through|over the|accrued in|paid|payments?|additions?|charges?|"
                          r"difference|margin|per(?! the\b))\b", re.I)  # "per the reserve activity table" says where
# Rows that state a balance at an edge of the period; in a roll-forward, also what it counts at a date ("Restaurants at
# December 31, 2025")
_EDGE_ROW = re.compile(r"^\s*(?:(?:total\s+)?balances?\b|(?:beginning|opening|ending|closing)\s+balance"
                       # "Reserves at end of year", "Liability at the beginning of the period"
                       r"|[A-Za-z][\w ,'’-]{0,40}?\s+(?:at|as of)\s+(?:the\s+)?(?:beginning|end|start|close)\s+of\s+"
                       r"(?:the\s+)?(?:fiscal\s+)?(?:year|period|quarter)\b)", re.I)
_COUNT_AT_DATE = re.compile(rf"^\s*[A-Za-z][\w ,'’-]{{0,40}}?\s+(?:at|as of)\s+{_DATE.pattern}\s*$", re.I)
_START_ROW = re.compile(r"\b(?:beginning|start|opening)\b", re.I)
_END_ROW = re.compile(r"\b(?:end|ending|close|closing)\b", re.I)
# The words of a roll-forward's title that say it is one, not what it is of
_TITLE_WORDS = frozenset("""activity activities roll forward rollforward roll-forward changes change movement
    movements reconciliation summary balance balances schedule table note notes analysis components continued
    unaudited condensed consolidated combined interim statement statements stockholders shareholders""".split())
_TITLE_STEMS = {word[:_STEM] for word in _TITLE_WORDS}
# the words of a row named only for an edge of the period ("Balance at end of year")
_EDGE_STEMS = {word[:_STEM] for word in "balance balances beginning start opening end ending close closing year period"
               .split()}
_UNITS_OR_PERIOD = re.compile(r"^\s*\(?\s*(?:in\s+|amounts\s+in\s+|dollars\s+in\s+|\$\s*in\s+)|^\s*(?:(?:three"
                              r"|six|nine|twelve|\d+)\s+months|years?|quarters?|fiscal\s+years?)\s+ended\b"
                              r"|^\s*" + MONTH_NAME + r"\.?\s+\d{1,2},?\s*(?:(?:19|20)\d\d)?\s*$"
                              r"|^\s*(?:fiscal|fiscal years?|years?|quarters?|periods?)(?:\s+ended)?\s*,?\s*$", re.I)
_NOTE_NUMBER = re.compile(r"^\s*(?:note\s+)?\d{1,2}[.:]?\s*(?:[-–—]\s*)?", re.I)
_BRACKETED = re.compile(r"\([^()]*\)")  # "(in millions)", "(unaudited)"
_TOTAL_COLUMN = re.compile(r"^\s*total\b", re.I)


def roll_forward_balance(question: str, passages: Sequence[Passage]) -> Cell | None:
    """The balance the question asks at a point, read from the edge row of the roll-forward its title names; None
    where no such table is among `passages`, or where the point or the column is not plain."""
    point = _asked_point(question)
    if point is None or _NOT_A_POINT.search(question):
        return None
    asked = _stems(question) - _stems(" ".join(owner_words(question)))
    found: list[Cell] = []
    tables: dict[str, list[TableRow]] = {}
    for row in table_rows(passages):
        tables.setdefault(row.context, []).append(row)
    for context, rows in tables.items():
        title = _title(context)
        named = _stems(title) - _TITLE_STEMS
        if not named or not named <= asked:
            continue
        # a question naming another row of the table ("the current portion of casualty reserves") asks for it
        others = [row for row in rows if not _EDGE_ROW.match(row.name_parts[0] if row.name_parts else "")]
        if any((words := _stems(row.name_parts[0]) - _TITLE_STEMS - named) and words <= asked
               for row in others if row.name_parts):
            continue
        cell = _read(point, rows, title, asked)
        if cell is not None:
            found.append(cell)
    figures = {tuple(value for _, value in cell.cells) for cell in found}
    return found[0] if len(figures) == 1 else None


def balance_of_other_table(question: str, row: str, context: str) -> bool:
    """A row named only for an edge of the period ("Balance at June 30, 2026") is a balance of what its table's title
    holds: read for a question that names something else (the reserve asked, the equity statement's row found), it
    is another balance."""
    if not _EDGE_ROW.match(row) or _stems(_DATE.sub(" ", row)) - _EDGE_STEMS:
        return False
    asked = _stems(question)
    # any of its headings will do: a table's heading often ends in a stray header cell ("— Additional")
    headings = [_stems(_title(part)) - _TITLE_STEMS for part in context.split(" — ")[1:]]
    return not any(named and named <= asked for named in headings)


def _stems(text: str) -> set[str]:
    return {word[:_STEM] for word in tokenize(text) if not word.isdigit()}




def _title(context: str) -> str:
    """The table's own title: the last part of its heading that is no unit or period, after its section path."""
    parts = [part for part in context.split(" — ") if part.strip() and not _UNITS_OR_PERIOD.match(part)]
    title = parts[-1] if parts else ""
    return _BRACKETED.sub(" ", _NOTE_NUMBER.sub("", title.rsplit(" > ", 1)[-1])).strip()


@dataclass(frozen=True)
class _Point:
    """When the balance is asked: a date, or an edge ("end", "start") of a year."""

    date: dt.date | None = None
    edge: str = ""
    year: int = 0


def _asked_point(question: str) -> _Point | None:
    dates = [_date(m) for m in _AT_DATE.finditer(question)]
    if dates:
        return _Point(date=dates[0]) if len(set(dates)) == 1 and len(set(years_in(question))) == 1 else None
    years = set(years_in(question))
    if len(years) != 1:
        return None
    year = years.pop()
    if quarter := _END_OF_QUARTER.search(question):
        month = 3 * (_NTH[quarter["nth"].lower()] if quarter["nth"] else int(quarter["q"]))
        return _Point(date=dt.date(year, month, calendar.monthrange(year, month)[1]))
    if _END_OF_YEAR.search(question) or _ENDING.search(question):
        return _Point(edge="end", year=year)
    if _START_OF_YEAR.search(question) or _OPENING.search(question):
        return _Point(edge="start", year=year)
    return None


def _date(match: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match["year"]), _MONTH[match["month"].lower()[:3]], int(match["day"]))
    except ValueError:
        return None


def _read(point: _Point, rows: list[TableRow], title: str, asked: set[str]) -> Cell | None:
    context = rows[0].context
    edges = [row for row in rows if row.name_parts and _EDGE_ROW.match(row.name_parts[0])]
    dated = [(row, _date(m)) for row in edges if (m := _DATE.search(row.name_parts[0]))]
    if not dated and _ROLL_FORWARD_TITLE.search(title):  # "Restaurants at December 31, 2025", "… at June 30, 2026"
        dated = [(row, _date(m)) for row in rows if row.name_parts and (m := _COUNT_AT_DATE.match(row.name_parts[0]))]
    if dated:  # "Balance at December 31, 2025" rows, parts across
        # a year's start is the year before's end: a calendar year's, as for its end
        year_end = point.year - (point.edge == "start")
        rows_at = [row for row, date in dated if date == point.date or point.date is None and point.edge
                   and date is not None and date.year == year_end and date.month == 12]
        if len(rows_at) != 1:
            return None
        row = rows_at[0]
        # the part the question names ("the reserve for employee severance"), else the total, else the one column
        named = [cell for cell in row.cells if (words := _stems(cell[0]) - _TITLE_STEMS) and words <= asked]
        cells = named or _most_named(row.cells, asked) or [cell for cell in row.cells if _TOTAL_COLUMN.match(
            cell[0])] or list(row.cells)
        return _cell(row, cells, title) if len(cells) == 1 else None
    found: list[tuple[TableRow, tuple[str, str]]] = []
    table_span = heading_span(context)
    month_day = _MONTH_DAY.findall(context.split(" — ", 1)[-1])  # not the report's own date in its title
    for row in edges:
        label = row.name_parts[0]
        edge = "start" if _START_ROW.search(label) else "end" if _END_ROW.search(label) else ""
        if not edge:
            continue
        for column, value in row.cells:
            years = years_in(column)
            if len(years) != 1 or re.search(r"change|%", column, re.I):
                continue
            end = _column_end(column, years[0], month_day)
            span = column_span(column, table_span) or 12
            if point.date is not None:
                if end is None:
                    continue
                at = end if edge == "end" else _months_before(end, span)
                if at == point.date:
                    found.append((row, (column, value)))
            elif span == 12 and edge == point.edge and years[0] == point.year:
                found.append((row, (column, value)))
    if not found or len({value for _, (_, value) in found}) != 1:
        return None
    row, cell = found[0]
    return _cell(row, [cell], title)


_ROLL_FORWARD_TITLE = re.compile(r"\broll[- ]?forward\b|\bactivity\b|\bchanges? in\b|\bmovements?\b|"
                                 r"\breconciliation\b", re.I)


def _most_named(cells: tuple[tuple[str, str], ...], asked: set[str]) -> list[tuple[str, str]]:
    """The one column most of whose words the question uses ("Copperhen Company Franchised" for "franchised
    Copperhen Chicken restaurants"), where it uses more of it than of any other; [] where two tie."""
    shares = [(len(words & asked) / len(words), cell) for cell in cells if (words := _stems(cell[0]) - _TITLE_STEMS)]
    best = max((share for share, _ in shares), default=0.0)
    top = [cell for share, cell in shares if share == best]
    return top if best > 0.5 and len(top) == 1 else []


def _column_end(column: str, year: int, month_day: list[tuple[str, str]]) -> dt.date | None:
    """The date a period column ends: its own ("June 30, 2026"), else the month and day its table heading gives."""
    own = _MONTH_DAY.search(column)
    month, day = (own["month"], own["day"]) if own else month_day[-1] if len(set(month_day)) == 1 else (None, None)
    if month is None:
        return None
    try:
        return dt.date(year, _MONTH[month.lower()[:3]], int(day))
    except ValueError:
        return None


def _months_before(date: dt.date, months: int) -> dt.date:
    """The last day of the month `months` before `date`'s: where a period ending at `date` starts."""
    month = date.month - months
    year = date.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _cell(row: TableRow, cells: list[tuple[str, str]], title: str) -> Cell:
    return Cell(f"{row.name_parts[0]}, {title}", tuple(cells), row.passage_number, row.units, (1, 1.0, 1))
