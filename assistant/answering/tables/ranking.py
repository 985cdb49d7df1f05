"""Which item of a table stands out: "Which end market generated the most revenue in fiscal 2025?", "Which asset
class recorded the largest net inflows over the first nine months of 2025?", "Which segment had the lowest operating
income in 2024?"

The table is the retrieved one whose title, sub-headings and column headings name most of what the question ranks by
("revenue", "net inflows"); its items are its rows less totals; the column is the one of the period the question
names (its year, and its span where the table has several), less a "% of total" column beside the amounts, and, of
several for that period ("Gross inflows", "Outflows", "Net flows"), the one the question names. The answer names the
item, its figure and the items it was ranked against. Anything unclear (no period named, two tables as good, a tie)
gives None and the caller falls back to the other paths.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.tables import YEAR_TO_DATE, months_of
from assistant.answering.tables.lookup import SHARE_COLUMN, TableReading, TableRow, table_rows
from assistant.answering.tables.outline import and_list
from index.documents import Passage
from index.text.numbers import parse_figure, with_units, years_in
from index.text.tokens import tokenize

# "which end market … the most revenue", "which of its asset classes … the largest share"; not "which year"
_WHICH = re.compile(r"\bwhich\b(?!\s+(?:fiscal\s+|calendar\s+)?(?:years?|quarters?|periods?|months?|dates?)\b)", re.I)
_MOST = re.compile(r"\b(?:most|largest|highest|biggest|greatest)\b", re.I)
_LEAST = re.compile(r"\b(?:least|smallest|lowest|fewest)\b", re.I)
# A move ranked ("the steepest decline", "the fastest growth") is a calculation per item, not a reading of one column
_MOVE = re.compile(r"\b(?:grow\w*|grew|declin\w*|decreas\w*|increas\w*|rise|rose|fell|fall\w*|drop\w*|change\w*)\b"
                   r"|\bsteepest\b|\bfastest\b", re.I)
_RISE = re.compile(r"\b(?:grow\w*|grew|increas\w*|rise|rose|gain\w*)\b", re.I)
_FALL = re.compile(r"\b(?:declin\w*|decreas\w*|fell|fall\w*|drop\w*|shr[iu]nk\w*)\b", re.I)
_EXTREME = re.compile(r"\b(?:steepest|fastest|sharpest|strongest|largest|biggest|greatest|highest|most)\b", re.I)
_IN_PERCENT = re.compile(r"\bper ?cent(?:age)?\b|%|\bgrowth rate\b|\bsteepest\b|\bfastest\b|\bsharpest\b", re.I)
# The second ask of a two-part question ("…, and what share of total revenue did it represent?")
_SECOND_ASK = re.compile(r",?\s+and\s+(?:what|how|by how|at what|which)\b.*$", re.I | re.S)
_TOTAL = re.compile(r"^\s*(?:total|subtotal|sum)\b|\btotals?\s*$|^\s*(?:less|add|plus)\b", re.I)
_KIND = re.compile(r"\bwhich\s+(?:of\s+(?:the\s+|its\s+|their\s+|\w+'s\s+)?)?(?P<kind>(?:[\w&-]+\s+){1,4}?)"
                   r"(?:had|has|have|generated|recorded|accounted|contributed|was|were|is|are|saw|posted|earned|made|"
                   r"produced|delivered|reported|held|represented|brought)\b", re.I)
_SHARE_ASKED = re.compile(r"\b(?:share|percentage|percent|proportion|portion)\b", re.I)
_RANKING_WORDS = frozenset("which most largest highest biggest greatest least smallest lowest fewest the of its their "
                           "did does do had has have was were is are in for at over during".split())
_PERIOD_WORDS = frozenset("fiscal fy year years quarter quarters month months ended ending end first second third "
                          "fourth nine six three twelve half".split())
_MIN_ITEMS = 3


def ranked_item(question: str, passages: Sequence[Passage]) -> TableReading | None:
    """The item a "which … the most (least) …" question asks for, read from one table; None when unsure."""
    ask = _SECOND_ASK.sub("", question)
    if not _WHICH.search(ask):
        return None
    move = None
    if _MOVE.search(ask):
        # "the steepest decline … in percentage terms": each item's change in percent, ranked; in money it is unclear
        rise, fall = bool(_RISE.search(ask)), bool(_FALL.search(ask))
        if rise == fall or not _EXTREME.search(ask) or not _IN_PERCENT.search(question):
            return None
        move, most, least = ("rise", True, False) if rise else ("fall", False, True)
    else:
        most, least = bool(_MOST.search(ask)), bool(_LEAST.search(ask))
    if most == least:
        return None
    years = set(years_in(ask))
    if len(years) != 1:
        return None  # the period must be named, and only one
    [year] = years
    span = months_of(ask)
    # what is ranked ("end market") is not what it is ranked by ("revenue"): the table must name the latter
    kind = _KIND.search(ask)
    kind_words = kind["kind"] if kind else ""
    wanted = set(tokenize(ask)) - _RANKING_WORDS - set(tokenize(kind_words))
    found = []
    by_table: dict[int, list[TableRow]] = {}
    for row in table_rows(passages):
        by_table.setdefault(row.passage_number, []).append(row)
    for rows in by_table.values():
        share_asked = bool(_SHARE_ASKED.search(ask))
        if (ranked := _ranked_in(rows, year, span, wanted, most, share_asked, move, kind_words)) is not None:
            found.append(ranked)
    if not found:
        return None
    found.sort(key=lambda item: item[0], reverse=True)
    if len(found) > 1 and found[1][0] == found[0][0] and found[1][1] != found[0][1]:
        return None  # two tables rank by the question's words alike and disagree
    return found[0][2]


def _ranked_in(rows: list[TableRow], year: int, span: int | None, wanted: set[str], most: bool,
               share_asked: bool, move: str | None = None, kind: str = "") -> tuple[int, str, TableReading] | None:
    """(how many of the question's words the table names, the winner, the reading) for one table, or None."""
    items = [row for row in rows if not _TOTAL.search(row.name) and row.cells]
    if len(groups := {row.group for row in items}) > 1:
        # items under several sub-headings are several lists ("Revenue by sales channel:" under the end markets): the
        # one whose sub-heading names the kind ranked, else the one without a sub-heading; a statement's lines under
        # "Operating expenses:" are no list of what "which line" asks
        named = [group for group in groups if group and _stems(group) & _stems(kind)]
        chosen = named[0] if len(named) == 1 else "" if not named else None
        items = [row for row in items if row.group == chosen]
    if len(items) < _MIN_ITEMS or len({row.name for row in items}) < len(items):
        return None  # a name listed twice ("Segment operating margin" under each segment) is no list of items
    columns = list(dict.fromkeys(column for row in items for column, _ in row.cells))
    column = _column(columns, year, span, wanted, share_asked)
    if column is None:
        return None
    earlier = _column(columns, year - 1, span, wanted, share_asked) if move else None
    if move and (earlier is None or earlier == column):
        return None
    values = []
    for row in items:
        cells = dict(row.cells)
        figure = _figure(cells.get(column))
        if figure is None:
            return None  # an item without a figure for the period: not a ranking this table can make
        if earlier is not None:
            before = _figure(cells.get(earlier))
            if not before:
                return None  # no change in percent from nothing
            values.append(((figure - before) / abs(before) * 100, row, f"{cells[column]} against {cells[earlier]}"))
        else:
            values.append((figure, row, cells[column]))
    if len({"%" in cell for *_, cell in values}) > 1:
        return None  # percentages beside amounts are different measures, not one ranked
    values.sort(key=lambda item: item[0], reverse=most)
    if round(values[0][0], 6) == round(values[1][0], 6):
        return None  # a tie names no one item
    value, winner, cell = values[0]
    named = wanted - _PERIOD_WORDS & set(tokenize(" ".join([rows[0].context, winner.group, column])))
    named = {word for word in named if not word.isdigit()}
    if not named:
        return None  # the table names nothing the question ranks by
    marker = f"[{winner.passage_number}]"
    if earlier is None:
        others = and_list([row.name for _, row, _ in values[1:]])
        text = (f"{winner.name}: {with_units(cell, winner.units)} ({column}), the {'largest' if most else 'smallest'} "
                f"against {others} {marker}")
        return len(named), winner.name, TableReading(text, winner.passage_number, "ranking")
    others = and_list([f"{row.name} {change:+.1f}%" for change, row, _ in values[1:]])
    text = (f"{winner.name}: {value:+.1f}% ({cell}; {column} against {earlier}), calculated by finbot; the "
            f"{'largest rise' if move == 'rise' else 'steepest fall'} against {others} {marker}")
    return len(named), winner.name, TableReading(text, winner.passage_number, "ranked change")


def _stems(text: str) -> set[str]:
    return {word[:5] for word in tokenize(text)}


def _figure(cell: str | None) -> float | None:
    figure = parse_figure(cell) if cell else None
    return figure.value if figure is not None else None


def _column(columns: list[str], year: int, span: int | None, wanted: set[str], share_asked: bool) -> str | None:
    """The one column of the period asked, of its span where columns differ in span, named by the question where
    several are left; a "% of total" column only where nothing else is."""
    of_year = [c for c in columns if set(years_in(c)) == {year}]
    spans = {months_of(c) for c in of_year}
    if len(spans) > 1:
        of_year = [c for c in of_year if months_of(c) == (None if span == YEAR_TO_DATE else span)]
    shares = [c for c in of_year if SHARE_COLUMN.match(c)]
    # "the largest share of AUM" reads the share column where the table prints one; else the amounts rank alike
    of_year = (shares if share_asked else [c for c in of_year if c not in shares]) or of_year
    if len(of_year) > 1:
        scored = sorted(((len(wanted & set(tokenize(c))), c) for c in of_year), reverse=True)
        if scored[0][0] == scored[1][0]:
            return None
        return scored[0][1]
    return of_year[0] if of_year else None
