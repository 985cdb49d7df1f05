"""Fiscal years whose name is not the calendar year their end date falls in.

Retailers end their year near the end of January, and name it after the year it mostly covers: in such a filing
the year ended January 31, 2026 is "fiscal 2025", while another retailer calls the year ended February 1, 2025
"fiscal 2025". Statement columns are headed by the end date, so a question's "FY2025" must be read from the column
dated January 31, 2026 in the first filing and from the one dated February 1, 2025 in the second. The filing says
which in its own words ("fiscal 2025 ended January 31, 2026", "52 weeks ended January 31, 2026 ("fiscal 2025")");
where it says so, its statement columns are relabelled with the fiscal year they report.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from index.documents import Chunk, Row

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = "|".join(_MONTHS)
_YEAR = r"((?:19|20)\d\d)"
# "fiscal 2025 ended January 31, 2026", "fiscal year 2025, which ended on February 1, 2026"
_NAMED_THEN_DATE = re.compile(
    rf"\bfiscal (?:year )?{_YEAR}\b[^.;]{{0,60}}?\bended (?:on )?({_MONTH}) \d{{1,2}},? {_YEAR}", re.I)
# "the 52 weeks ended January 31, 2026 ("fiscal 2025")", "year ended January 31, 2026 (fiscal 2025)"
_DATE_THEN_NAMED = re.compile(rf"\bended (?:on )?({_MONTH}) \d{{1,2}},? {_YEAR}\s*\(\W{{0,2}}fiscal (?:year )?{_YEAR}",
                              re.I)
# a month written out or short, as statements head their columns ("Jan. 31, 2026", "Sept. 28")
_ANY_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE = re.compile(rf"\b({_ANY_MONTH})\b", re.I)
_END_DATE = re.compile(rf"\b((?:{_ANY_MONTH})\.?\s+\d{{1,2}}),?\s+{_YEAR}\b", re.I)  # "January 31, 2026"


@dataclass(frozen=True)
class FiscalNaming:
    offset: int  # the fiscal year's name less the calendar year of its end date (-1: Jan 31, 2026 is fiscal 2025)
    months: frozenset[str]  # end-date months it applies to, with their neighbours (52/53-week years move)

    def year_of(self, column: str, year: int) -> int:
        """The fiscal year a column dated in `year` reports; `year` for columns not headed by such a date."""
        return year + self.offset if _month(column) in self.months else year

    def asked(self, question: str) -> str:
        """`question` with its end dates named as the fiscal years they close: "revenue for fiscal 2025 (the year
        ended January 31, 2026)" asks for the column labelled "Fiscal 2025", not for a 2026 one."""
        def named(match: re.Match[str]) -> str:
            return f"fiscal {self.year_of(match[1], int(match[2]))}" if _month(match[1]) in self.months else match[0]
        return _END_DATE.sub(named, question)


def _month(column: str) -> str | None:
    """The full name of the month a column is dated in, if any."""
    short = _DATE.search(column)
    return next(m for m in _MONTHS if m.startswith(short.group(1).lower()[:3])) if short else None


def fiscal_naming(texts: Iterable[str]) -> FiscalNaming | None:
    """How the document names fiscal years ending early in a calendar year, when it names them apart from that
    calendar year; None when it does not (the usual case: "fiscal 2025 ended June 30, 2025")."""
    stated: Counter[tuple[int, str]] = Counter()
    for text in texts:
        for match in _NAMED_THEN_DATE.finditer(text):
            stated[int(match[1]) - int(match[3]), match[2].lower()] += 1
        for match in _DATE_THEN_NAMED.finditer(text):
            stated[int(match[3]) - int(match[2]), match[1].lower()] += 1
    offsets = Counter()
    for (offset, _), count in stated.items():
        offsets[offset] += count
    if not offsets:
        return None
    offset = offsets.most_common(1)[0][0]
    if offset != -1:  # a name one year behind its end date is the only convention relabelled
        return None
    months = set()
    for (found, month), _ in stated.items():
        if found == offset:
            i = _MONTHS.index(month)
            # a 52/53-week year ends near the same date: January 28 one year, February 3 the next (never December,
            # which ends the calendar year the fiscal one is named after)
            months |= {_MONTHS[j] for j in (i - 1, i, i + 1) if 0 <= j <= 3}
    return FiscalNaming(offset, frozenset(months))


def document_naming(chunks: Sequence[Chunk]) -> FiscalNaming | None:
    """The naming one document's text states (its chunks, any order)."""
    return fiscal_naming(c.text for c in chunks if c.kind == "text")


def in_fiscal_years(chunks: Sequence[Chunk], naming: FiscalNaming | None) -> list[Chunk]:
    """`chunks` with their tables' date columns labelled by the fiscal year they report ("Fiscal 2025, ended
    January 31") under `naming`; unchanged where it is None."""
    if naming is None:
        return list(chunks)
    return [_relabelled(c, naming) if c.kind == "table" and c.table is not None else c for c in chunks]


def _label(column: str, naming: FiscalNaming) -> str:
    years = re.findall(_YEAR, column)
    if len(years) != 1 or _month(column) not in naming.months:
        return column
    fiscal = naming.year_of(column, int(years[0]))
    # the end date without its calendar year, so the label names one year: the fiscal one
    ended = re.sub(rf",?\s*{years[0]}", "", column).strip(" ,")
    return f"Fiscal {fiscal}, ended {ended}"


def _relabelled(chunk: Chunk, naming: FiscalNaming) -> Chunk:
    table = chunk.table
    labels = {column: _label(column, naming) for column in table.columns}
    labels.update({column: _label(column, naming) for row in table.rows for column, _ in row.cells})
    if all(new == old for old, new in labels.items()):
        return chunk
    rows = tuple(Row(row.label, tuple((labels.get(c, c), v) for c, v in row.cells), row.group) for row in table.rows)
    relabelled = replace(table, columns=tuple(labels.get(c, c) for c in table.columns), rows=rows).stated()
    return replace(chunk, table=relabelled)


# A part of a fiscal year named by the fiscal year ("the fiscal second quarter of 2027", "first-half fiscal 2027") and
# by its end date ("three months ended October 31, 2026", "through October 31, 2026"): a quarter or half ending in
# the calendar year before the fiscal year's name (a year to April 30, 2027 is "fiscal 2027")
_PART_OF_YEAR = re.compile(r"\b(?:quarter|half|(?:three|six|nine|3|6|9)[- ]months?|q[1-4]|h[12]|year[- ]to[- ]date|"
                           r"ytd)\b", re.I)
_DATED = re.compile(rf"\b(?:ended|ending|through|thru|to|at|as of)\s+(?:{_ANY_MONTH})\.?\s+\d{{1,2}},?\s+{_YEAR}\b",
                    re.I)
_FISCAL_NAME = re.compile(r"\b(?P<lead>fiscal(?:\s+year)?\s+|fy\s?'?|(?:quarter|half)\s+of\s+(?:fiscal\s+)?)"
                          + _YEAR + r"\b", re.I)


def _end_years(question: str) -> set[str]:
    """The years of the end dates the question gives ("three months ended October 31, 2026" → {'2026'})."""
    return {match[1] for match in _DATED.finditer(question)}


def dated_part_of_year(question: str) -> str:
    """`question` without a fiscal year's name that its own end date contradicts: statement columns are headed
    by the date ("Three Months Ended October 31, 2026"), so "the fiscal second quarter of 2027 (three months ended
    October 31, 2026)" asks for the 2026 column. Unchanged when the question names no part of a year, gives no
    end date, or the names agree."""
    dated = _end_years(question)
    if len(dated) != 1 or not _PART_OF_YEAR.search(question):
        return question
    named = list(_FISCAL_NAME.finditer(question))
    if not named or any(match[2] in dated for match in named):
        return question
    for match in reversed(named):
        lead = "" if match["lead"].lower().startswith(("fiscal", "fy")) else match["lead"].split()[0]
        question = question[:match.start()] + lead + question[match.end():]
    return re.sub(r"\s{2,}", " ", question)


# "than in the same quarter of the prior year", "versus the prior-year period", "a year earlier": the same span one
# year before the date the question gives
_PRIOR_SPAN = re.compile(r"\b(?:the\s+)?(?:same\s+(?:fiscal\s+)?(?:quarter|period|half|(?:three|six|nine)[- ]month"
                         r"(?:s|\s+period)?)\s+(?:of|in)\s+(?:the\s+)?(?:prior|previous|preceding|last)\s+(?:fiscal\s+)?"
                         r"year|prior[- ]year\s+(?:quarter|period|half)|a\s+year\s+(?:earlier|before))\b", re.I)


def prior_span_dated(question: str) -> str:
    """`question` with "the same quarter of the prior year" named by its year, where the question dates the span it
    compares: columns are headed by years ("Three Months Ended 2026 | 2025")."""
    dated = _end_years(question)
    if len(dated) != 1 or not _PRIOR_SPAN.search(question):
        return question
    return _PRIOR_SPAN.sub(str(int(dated.pop()) - 1), question)
