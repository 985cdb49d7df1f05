"""The total row of a table whose rows are periods.

A filing's table of share repurchases lists the quarter month by month ("October 1 – October 31, 2025", …) and
closes with a "Total" row: "how many shares did it repurchase in the fourth quarter, and at what average price?"
is that row, read in the columns the question names. The rows name no word of the question, so the row matcher
(`lookup`) never reaches it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.calculation import evaluate, formatted
from assistant.answering.tables.lookup import Cell, TableReading, TableRow, table_rows
from index.documents import Passage
from index.text.numbers import MONTH_NAME, normalise_number, parse_figure
from index.text.tokens import tokenize

_MONTH = rf"{MONTH_NAME}\.?"
# "October 1 – October 31, 2025", "November 2025", "Month 1 (July 1 to July 31)", "October"
_PERIOD_ROW = re.compile(rf"^\s*(?:{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\s*(?:$|[-–—]|to\b|through\b)"
                         r"|month\s+\d|period\s+\d)", re.I)
_TOTAL_ROW = re.compile(r"^\s*(?:total|quarter total)\b", re.I)
# the whole span the rows divide: a quarter, three months, "October through December"
_WHOLE_SPAN = re.compile(rf"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\b|\bq[1-4]\b"
                         rf"|\bthree months\b|\bthe quarter\b|\b{_MONTH}\s+(?:through|to|[-–])\s+{_MONTH}", re.I)
# "in July and August 2026 combined", "October, November and December": some months of the table, named
_MONTHS_NAMED = re.compile(rf"\b{_MONTH}(?:\s+\d{{4}})?(?:\s*,\s*{_MONTH}(?:\s+\d{{4}})?)*,?\s+(?:and|&)\s+{_MONTH}\b",
                           re.I)
_MONTH_RUN = re.compile(rf"\b({_MONTH})\s+(?:through|to|[-–])\s+({_MONTH})\b", re.I)
_MONTH_NUMBER = {name: number for number, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_ONE_MONTH = re.compile(rf"\b(?:in|during|for)\s+(?:the month of\s+)?{_MONTH}(?!\s+(?:through|to|[-–])\s)", re.I)
# words that name no column ("total", "number of" is how many) and the question's frame
_FRAME = frozenset("total approximate what which how did does was were the of in during its their".split())
_SAME = {"repurchase": "purchase", "repurchased": "purchase", "bought": "purchase", "buy": "purchase",
         "buyback": "purchase", "buybacks": "purchase", "purchased": "purchase", "purchases": "purchase",
         "many": "number", "shares": "share", "prices": "price"}
_COLUMN_COVERED = 0.6  # share of a column's own words the question must use
_SPENT = re.compile(r"\bhow much\b[^?]*\b(?:spen[dt]|pa(?:y|id)|cost|used?|deploy(?:ed)?)\b|\bamount spent\b"
                    r"|\b(?:dollar|cash) (?:amount|value)\b|\bwhat did (?:they|it|these|those|the \w+) cost\b"
                    # "what did Thimbleroot spend in total on share repurchases"
                    r"|\bwhat did\b[^?]{0,60}\bspend\b|\b(?:total|amount of|aggregate) (?:spend|spending|outlay)\b",
                    re.I)
_COUNT = re.compile(r"\bnumber of\b|\bshares\b", re.I)
_PRICE = re.compile(r"\baverage price\b|\bprice paid\b", re.I)
# "the weighted-average price paid per share for all shares repurchased in the quarter"
_PRICE_ASKED = re.compile(r"\b(?:weighted[- ]average|average) price\b|\bprice (?:paid )?per share\b", re.I)


def period_total(question: str, passages: Sequence[Passage]) -> Cell | TableReading | None:
    """The Total row of a period-by-period table, in the columns the question names, when the question asks for
    the whole span its rows divide and names no one period of it; else None. What was spent on the shares bought
    ("how much did it spend on repurchases in the fourth quarter") is the total count times its average price."""
    spent = bool(_SPENT.search(question))
    named = _MONTHS_NAMED.search(question)
    if spent and named and not _WHOLE_SPAN.search(question):
        return _spent_in_months(re.findall(_MONTH, named.group(), re.I), table_rows(passages))
    run = _MONTH_RUN.search(question)
    if spent and run:  # "April through June": each month of the run
        first, last = (_MONTH_NUMBER[run.group(i)[:3].lower()] for i in (1, 2))
        if first < last:
            months = [name for name, number in _MONTH_NUMBER.items() if first <= number <= last]
            return _spent_in_months(months, table_rows(passages))
    if not _WHOLE_SPAN.search(question) or _ONE_MONTH.search(question):
        return None
    asked = _words(question)
    rows = table_rows(passages)
    for total in (row for row in rows if row.name_parts and _TOTAL_ROW.match(row.name_parts[0])):
        periods = [row for row in rows if row.context == total.context and row.name_parts
                   and _PERIOD_ROW.match(row.name_parts[0])]
        if len(periods) < 2:
            continue
        if spent:
            return _spent(total) or _spent_by_period(periods, total.passage_number)
        if _PRICE_ASKED.search(question) and not any(_PRICE.search(column) for column, _ in total.cells):
            # the Total row gives no average price: the months' spend over the shares they bought, or nothing (its
            # count is no price)
            return _average_price(periods, total.passage_number)
        cells = tuple((column, value) for column, value in total.cells if _covered(_words(column), asked))
        if cells:
            return Cell(total.name_parts[0], cells, total.passage_number, total.units, (len(cells), 1.0, len(cells)))
    return None


def _spent_in_months(months: list[str], rows: list[TableRow]) -> TableReading | None:
    """What was spent in the months named, summed over their period rows of one table (each row's count times its
    average price); None unless one table has exactly one period row for each month."""
    wanted = [month[:3].lower() for month in months]
    tables: dict[str, list[TableRow]] = {}
    for row in rows:
        if row.name_parts and _PERIOD_ROW.match(row.name_parts[0]):
            tables.setdefault(row.context, []).append(row)
    found = []
    for periods in tables.values():
        by_month = [[row for row in periods if _first_month(row.name_parts[0]) == month] for month in wanted]
        if all(len(matching) == 1 for matching in by_month):
            found.append([matching[0] for matching in by_month])
    if len(found) != 1 or len(set(wanted)) != len(wanted):
        return None  # no table, or two that the months do not tell apart
    return _spent_by_period(found[0], found[0][0].passage_number)


def _first_month(label: str) -> str | None:
    month = re.search(_MONTH, label, re.I)
    return month.group()[:3].lower() if month else None


def _count_cells(row: TableRow) -> list[tuple[str, str]]:
    """The row's (column, value) cells that count shares, not their price."""
    return [(c, v) for c, v in row.cells if _COUNT.search(c) and not _PRICE.search(c)]


def _price_cells(row: TableRow) -> list[tuple[str, str]]:
    return [(c, v) for c, v in row.cells if _PRICE.search(c)]


def _spent(total: TableRow) -> TableReading | None:
    """The count of shares bought times the average price paid, from one Total row; None unless it has one of each."""
    counts, prices = _count_cells(total), _price_cells(total)
    count, price = (parse_figure(counts[0][1]), parse_figure(prices[0][1])) if counts and prices else (None, None)
    if count is None or price is None:
        return None
    shares, each = normalise_number(counts[0][1].strip()), normalise_number(prices[0][1].strip("$£€ "))
    calculation = evaluate(f"{shares} * {each}", {shares, each})
    money = next((m for m in "$£€" if m in prices[0][1] or m in prices[0][0]), "")  # in the cell or its column
    text = (f"{money}{formatted(calculation.value / 1e6, 2)} million, calculated by finbot as {counts[0][1]} "
            f"({counts[0][0]}) × {prices[0][1]} ({prices[0][0]}) — {total.name_parts[0]} [{total.passage_number}]")
    return TableReading(text, total.passage_number, "calculated")


def _spent_by_period(periods: list[TableRow], passage_number: int) -> TableReading | None:
    """What was spent, summed over the period rows (each one's count times its average price), where the Total row
    gives no average price; None unless every period row has both. Each period cites its own passage (a long table
    is chunked by rows)."""
    terms = _period_terms(periods)
    if terms is None:
        return None
    operands = [(normalise_number(count), normalise_number(price.strip("$£€ "))) for count, price, _ in terms]
    calculation = evaluate(" + ".join(f"{a} * {b}" for a, b in operands), {n for pair in operands for n in pair})
    money = terms[0][1][:1] if terms[0][1][:1] in "$£€" else ""
    working = " + ".join(f"{count} × {price} {period}" for count, price, period in terms)
    total = f"{money}{formatted(calculation.value / 1e6, 2)} million"
    return TableReading(f"{total}, calculated by finbot as {working} — {_columns(periods[0])}", passage_number,
                        "calculated")


def _period_terms(periods: list[TableRow]) -> list[tuple[str, str, str]] | None:
    """(count, price, period and its citation) as printed, for each period row; None unless every one has both."""
    terms: list[tuple[str, str, str]] = []
    for row in periods:
        counts = [v for _, v in _count_cells(row)]
        prices = [v for _, v in _price_cells(row)]
        if not counts or not prices or parse_figure(counts[0]) is None or parse_figure(prices[0]) is None:
            return None
        terms.append((counts[0].strip(), prices[0].strip(), f"({row.name_parts[0]}) [{row.passage_number}]"))
    return terms


def _columns(row: TableRow) -> str:
    """The count's and the price's columns, as the working names them: "Total Number of Shares Purchased × Average
    Price Paid per Share"."""
    return f"{_count_cells(row)[0][0]} × {_price_cells(row)[0][0]}"


def _average_price(periods: list[TableRow], passage_number: int) -> TableReading | None:
    """The average price paid per share over the period rows, weighted by the shares each bought; None unless every
    period row has a count and a price."""
    terms = _period_terms(periods)
    if terms is None:
        return None
    operands = [(normalise_number(count), normalise_number(price.strip("$£€ "))) for count, price, _ in terms]
    spend = " + ".join(f"{a} * {b}" for a, b in operands)
    calculation = evaluate(f"({spend}) / ({' + '.join(a for a, _ in operands)})",
                           {n for pair in operands for n in pair})
    column = _price_cells(periods[0])[0][0]
    money = next((m for m in "$£€" if m in terms[0][1] or m in column), "")
    working = " + ".join(f"{count} × {price} {period}" for count, price, period in terms)
    shares = " + ".join(count for count, _, _ in terms)
    return TableReading(f"{money}{formatted(calculation.value, 2)} per share, calculated by finbot as ({working}) / "
                        f"({shares})", passage_number, "calculated")


def _words(text: str) -> set[str]:
    return {_SAME.get(word, word) for word in tokenize(re.sub(r"\(\d\)", " ", text))} - _FRAME


def _covered(column: set[str], asked: set[str]) -> bool:
    return bool(column) and len(column & asked) / len(column) >= _COLUMN_COVERED

