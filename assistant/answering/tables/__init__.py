"""Answers read from table cells without a model: one cell, several years of a row, comparisons, counts,
line items, and finbot's own arithmetic over named cells."""

import re

# Questions about causes, which the text around a table answers and its cells never do: 'What drove the increase
# in inventories?', 'What led to the decrease in other income?', 'Why did revenue fall?'.
ASKS_CAUSE = re.compile(
    r"\bwhy\b|\breasons?\b|\bfactors?\b|\bcaus(?:e|ed|es|ing)\b|\bdr(?:ove|iven|ivers?)\b|\bled to\b"
    r"|\bwhat (?:impacted|affected|contributed)\b",
    re.I,
)
# Questions asking for a share of a whole, which a percentage answers and an amount never does: 'What share of
# revenue came from outside the United States?', 'R&D expense as a percentage of revenue'.
ASKS_SHARE = re.compile(
    r"\bwhat (?:percentage|percent|share|proportion|fraction|portion)\b|\bas an? (?:percentage|percent|share|"
    r"proportion|multiple|%) of\b|\bpercent(?:age)? of\b|\bthe [\w-]+ share of\b"  # "the fixed-rate share of principal"
    # "how large was the allowance relative to gross receivables?"
    r"|\bhow (?:large|big|high|significant)\b[^?]{0,80}\brelative to\b"
    # "how large a slice was hot-rolled coil"
    r"|\bhow (?:large|big|much) (?:a |of a )?(?:slice|share|portion|proportion|chunk|part)\b",
    re.I,
)

_WHICH_SHARE = re.compile(r"\bwhich (percentage|percent|share|proportion|fraction|portion) of\b", re.I)


def share_asked_plainly(question: str) -> str:
    """"Which share of revenue came from …" asks what "What share of revenue came from …" asks: one wording for
    the share readers to know."""
    return _WHICH_SHARE.sub(lambda m: f"what {m[1]} of", question)


# "Stock-based compensation represented what percentage of total operating expenses?": the part named before the ask
SHARE_AFTER_PART = (r"(?:represented|represents|accounted for|made up|was|were|is|are|consumed|consumes|used up|"
                    r"absorbed|absorbs|took up|takes up)"
                    r"(?: (?:equivalent|equal) to)? what "
                    r"(?:percentage|percent|proportion|share|fraction|portion) of")

# A question that wants a move between two percentages in basis points ('by how many bps did the margin widen?')
# Number words a question counts with ("three-year average", "three debt series")
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
BASIS_POINTS = re.compile(r"\bbasis points?\b|\bbps?\b", re.I)

# The months a column or a question's period spans: a 10-Q's "Three Months Ended" and "Nine Months Ended" columns,
# a question's "Q3", "the first nine months", "year-to-date" (the longest such span the statements print).
# A retailer's 52-53 week year reports "Thirteen Weeks Ended" and "Twenty-Six Weeks Ended" columns (a 14-week quarter
# in a 53-week year).
_SPANS = ((9, re.compile(r"\b(?:nine|9)[- ]months?\b|\b9M\b"
                         r"|\b(?:thirty[- ]nine|thirty[- ]eight|39|40)[- ]weeks?\b", re.I)),
          (6, re.compile(r"\b(?:six|6)[- ]months?\b|\b6M\b|\bfirst[- ]half\b|\bhalf[- ]year\b|\bH1\b|\b1H\b"
                         r"|\b(?:twenty[- ]six|twenty[- ]seven|26|27)[- ]weeks?\b", re.I)),
          (3, re.compile(r"\b(?:three|3)[- ]months?\b|\bquarter(?:ly)?\b|\bQ[1-4]\b"
                         r"|\b(?:thirteen|fourteen|13|14)[- ]weeks?\b", re.I)))
_YEAR_TO_DATE = re.compile(r"\byear[- ]to[- ]date\b|\bYTD\b", re.I)
YEAR_TO_DATE = -1


def span_before(text: str, at: int) -> int | None:
    """The span named last before position `at` of a sentence ("Year to date, comparable sales increased 2.2%"), or
    None: which period a figure at `at` is of."""
    named = [(m.end(), months) for months, pattern in (*_SPANS, (YEAR_TO_DATE, _YEAR_TO_DATE))
             for m in pattern.finditer(text[:at])]
    return max(named)[1] if named else None


def months_of(text: str) -> int | None:
    """The months a period spans (3, 6 or 9), `YEAR_TO_DATE`, or None for a year (or a date: a balance)."""
    if _YEAR_TO_DATE.search(text):
        return YEAR_TO_DATE
    return next((months for months, pattern in _SPANS if pattern.search(text)), None)


def span_unread(asked: str, read: str) -> bool:
    """The ask names a span and every cell read spans another: "$ 107,425 (Net income, Nine Months Ended 2025)" for
    "net income in the first half of 2025". A year or a balance asked, or read, is left to the readers."""
    wanted = months_of(asked)
    spans = {months for months, pattern in _SPANS if pattern.search(read)}
    return wanted not in (None, YEAR_TO_DATE) and bool(spans) and wanted not in spans


# A table's heading that states the span of columns which state only their year: "Nine Months Ended September 30,"
# over "2025  2024". A document's title ("Q4 2022 earnings release") states no column's span.
_SPAN_HEADING = re.compile(r"\b(?:three|six|nine|3|6|9)[- ]months?\s+ended\b|\bquarters? ended\b"
                           r"|\b(?:thirteen|fourteen|twenty[- ]six|twenty[- ]seven|thirty[- ]nine|13|14|26|27|39)"
                           r"[- ]weeks?\s+ended\b", re.I)
# A column that names its span itself ("Twelve Months Ended 2022", "Fiscal year 2025") keeps it.
_NAMES_SPAN = re.compile(r"\bmonths?\b|\bweeks?\b|\bquarters?\b|\byears?\b|\bQ[1-4]\b|\bH[12]\b|\bYTD\b", re.I)


# A report's own title ("Quarterly Report on Form 10-Q for the Quarter Ended June 30, 2025"), which a chunk's context
# opens with: the span it names is the report's, not every table's (a balance sheet spans none)
_REPORT_TITLE = re.compile(r"^[^—]*\b(?:form\s+10-?[kq]|(?:quarterly|annual|interim) report)\b[^—]*—\s*", re.I)


def heading_span(context: str) -> int | None:
    """The span a table's heading gives its columns (3, 6 or 9 months), or None."""
    heading = _SPAN_HEADING.search(_REPORT_TITLE.sub("", context, count=1))
    return months_of(heading.group()) if heading else None


def column_span(column: str, table_span: int | None) -> int | None:
    """The months a column spans: its own words', else its table heading's."""
    return months_of(column) if _NAMES_SPAN.search(column) else table_span


def longest_span(columns) -> int | None:
    """The longest span under a year among the columns' ('Nine Months Ended' over 'Three Months Ended'): what a
    year-to-date question reads."""
    return max((s for column in columns if (s := months_of(column)) and s > 0), default=None)


def cells_of_span(cells: list[tuple[str, str]], months: int | None) -> list[tuple[str, str]]:
    """The (column, value) cells of the span asked ('Q3 2025': the quarter's column, not the nine months'; year-to-date:
    the longest under the year); all of them where none is of that span or none is asked."""
    if not months:
        return list(cells)
    wanted = longest_span(column for column, _ in cells) if months == YEAR_TO_DATE else months
    return [cell for cell in cells if months_of(cell[0]) == wanted] or list(cells)
