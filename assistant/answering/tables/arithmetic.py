"""Changes, growth rates, averages, sums and ratios computed from the table cells a question names.

A small model asked for an expression over the passages picks the wrong operands far more
often than the wrong operator. Table chunks carry their rows with each cell paired with its
column (index.documents.Table), so for the common shapes of question the operands can be read
without a model: the row is matched by words (assistant/answering/tables/lookup.py), the columns by the years or
column words the question names, and the operation by its cue words. Anything unclear (two
rows tie, a cell is missing or not a number, the operation is not one of these) gives None,
and the caller falls back to the model.

Conventions (those of annual-report tables and TAT-QA): a change is the later column minus the
earlier one, a percentage change divides by the earlier one; "earlier" is decided by the
years, or by the question's wording ("between the third and fourth quarter") when the columns
name none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.answering.calculation import Calculation, CalculationError, evaluate
from assistant.answering.figures import asks_per_share, names_per_share
from assistant.answering.tables import (
    ASKS_CAUSE,
    ASKS_SHARE,
    COUNT_WORDS,
    SHARE_AFTER_PART,
    YEAR_TO_DATE,
    cells_of_span,
    months_of,
)
from assistant.answering.tables.lookup import (
    BRACKETED_SOURCE,
    NUMBERISH,
    SOURCE_CLAUSE,
    TableRow,
    kind_clash,
    measure_unnamed,
    measure_words,
    names_other_kind,
    owner_words,
    owners_share_unread,
    row_match,
    same_figures,
    stem,
    table_rows,
    table_words,
)
from index.documents import Passage
from index.text.numbers import NIL, Figure, parse_figure, without_units, years_in
from index.text.tokens import tokenize

_SPAN = re.compile(r"\b(?:between|from) (?P<a>.+?) (?:and|to) (?P<b>.+)", re.I)
_RANGE = re.compile(r"\b(?:from|between)\b|\d\s*(?:-|–|to|through)\s*(?:fy\s?)?\d", re.I)

_PERCENT_CHANGE = re.compile(
    r"(?:\bpercent(?:age)?|%)\s*(?:change|increase|decrease|growth|rise|decline|fall|drop|difference)"
    r"|\b(?:change|increase|decrease|growth)\s*\(\s*%\s*\)"
    r"|\bgrowth rate\b|\brate of (?:change|growth|increase|decrease)\b"
    r"|\bhow (?:fast|quickly) (?:did|has|have|does|do)\b[^?]*\bgr[eo]w"  # "How fast did revenue grow?"
    # "By what percentage did net sales grow…", "the year-over-year growth in diluted EPS"
    r"|\bby what (?:percent(?:age)?|%)|\b(?:year[- ]over[- ]year|yoy|annual) growth\b"
    # "the year-over-year change in net sales from FY2024 to FY2025, in percent"
    r"|\b(?:change|increase|decrease|growth|gr[eo]w|grown|increased|decreased|rose|rise|fell|fall|declined?)\b"
    r"[^?.]*\b(?:in|as a) (?:percentage|percent|%)(?!\w)(?! of)"
    # "diluted EPS growth in FY2025": growth is a rate unless the question asks for the amount
    r"|\bgrowth\b(?![^?.]*\b(?:dollars?|amount|absolute|in (?:usd|\$|millions|thousands|billions)))",
    re.I,
)
# Cue words, counted against the matched row's own name: "total" in "What is the total revenue?"
# names the "Total revenue" row, it does not ask for a sum.
def asks_percent_change(question: str) -> bool:
    """The question asks how fast a figure moved, in percent ("grew how much in percentage terms")."""
    return bool(_PERCENT_CHANGE.search(question))


CHANGE_WORDS = frozenset(
    """change changes difference increase increased decrease decreased growth grow grew decline declined
    rise rose fall fell movement variance variation vs improve improved improvement worsen worsened deteriorate
    deteriorated expand expanded expansion contract contracted widen widened narrow narrowed compress compressed
    """.split()
)
_AVERAGE_WORDS = frozenset("average mean".split())
_PER_AVERAGE = re.compile(r"\b(?:each|per|every)\s+average\b", re.I)  # "each average tractor": a count divided by
_CHANGES_STATEMENT = re.compile(r"\bstatements? of changes in\b", re.I)  # "… in shareholders' equity"
# "Did operating cash burn increase or decrease, and by what percentage?": not the row "Net increase (decrease)".
_DIRECTION_CHOICE = re.compile(
    r"\b(?:increas|ris|grow|grew|improv|expand|go(?:ne)? up|went up)\w* or (?:decreas|fall|fell|declin|shr[iau]nk|drop|"
    r"worsen|deteriorat|contract|go(?:ne)? down|went down)\w*\b"
    r"|\b(?:decreas|fall|fell|declin|drop|worsen)\w* or (?:increas|ris|grow|grew|improv)\w*\b", re.I)
# "What matures over 2026-2028 in total?" sums; "the change in total sales" names the total row
_IN_TOTAL = re.compile(r"\bin total\b(?=\s*(?:[?.,;]|$))", re.I)
_SHARE_OF_WHOLE = re.compile(r"\b(?:share|proportion|fraction|portion) of\b", re.I)  # not a printed '% of sales' row
# "How much principal falls due from the rest of 2026 through the end of 2028?": what a schedule's years add up to
_YEAR_RUN = r"\b(?:19|20)\d\d\s+(?:through|thru|to|until|-|–)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b"
_FALLS_DUE = r"\b(?:due|matur\w*|payable|repa(?:y|id|yable|yment)s?|scheduled)\b"
_DUE_OVER_YEARS = re.compile(rf"\bhow much\b[^?]*{_FALLS_DUE}[^?]*{_YEAR_RUN}"
                             rf"|\bhow much\b[^?]*{_YEAR_RUN}[^?]*{_FALLS_DUE}", re.I)
_OUTFLOW = re.compile(r"\b(?:capital expenditures?|capex|purchases? of|payments? (?:of|for|on|to)|repurchases? of|"
                      r"dividends paid|acquisitions? of|additions to|capitali[sz]ed)\b", re.I)
_FORMULA = re.compile(r"\b(?:divided by|multiplied by)\b", re.I)
_SENTENCE_END = re.compile(r"[.?!](?=\s+[A-Z]|\s*$)")
_PER_UNIT = re.compile(r"\bper (?!cent\b|annum\b|year\b)([a-z]+)", re.I)
SUM_WORDS = frozenset("sum total combined altogether aggregate".split())
_PERCENT_WORDS = frozenset("percentage percent".split())
# Words that ask for a calculation and never name a row ('total' often does: 'Total revenue').
OPERATION_WORDS = (CHANGE_WORDS | _AVERAGE_WORDS | _PERCENT_WORDS | frozenset(
    "sum ratio proportion absolute nominal annual".split()
)) - {"total"}
# Words that say nothing about which row is meant ('the amount of', 'for both years ended').
_GENERIC_WORDS = frozenset(
    """amount amounts value values number numbers figure figures year years end ended ending period periods
    fiscal fy company s both respectively much many did does do over across during all two three
    between vs versus compared comparing
    january february march april may june july august september october november december
    quarter quarters months month recent latest ytd q1 q2 q3 q4
    first three six nine twelve half same prior previous fast quickly""".split()
)
# Two figures: (pattern, operation, separators between the two operand phrases in `rest`).
# 'a' and 'b' name the operands where the pattern can tell; otherwise 'rest' is split at each separator.
_PAIRS = (
    (re.compile(r"^(?P<a>.+?) (?:expressed |calculated )?as an? (?:percentage|proportion|ratio|share|fraction|"
                r"multiple|%) of (?P<b>.+)", re.I), "ratio", ()),
    (re.compile(r"\bratio (?:of|between) (?P<rest>.+)", re.I), "ratio", ("to", "and", "over", "against", "versus")),
    # "Stock-based compensation represented what percentage of total operating expenses?"
    # (a lead-in may hold commas of its own: "At December 31, 2025, accumulated depreciation represented …")
    (re.compile(rf"^(?:[^?]*?,\s*)?(?P<a>[^,?]+?) {SHARE_AFTER_PART} (?P<b>.+)", re.I), "ratio", ()),
    (re.compile(r"\bwhat (?:percentage|percent|proportion|share|fraction|portion) of (?P<b>.+?) "
                r"(?:(?:is|are|was|were) (?:made up of |generated from |from |attributable to |related to )?"
                r"|c(?:a|o)mes? from |was generated (?:by|from) |derived from |relate[sd]? to |attributable to "
                r"|associated with |(?:went|goes|go|was spent|were spent|was allocated|were allocated) (?:to|on) "
                r"|consist(?:s|ed)? of |(?:is|are|was|were) (?:comprised|composed) of )"
                r"(?P<a>.+)", re.I),
     "ratio", ()),
    # "What percentage of total assets did goodwill represent?": the whole named first
    (re.compile(r"\bwhat (?:percentage|percent|proportion|share|fraction|portion) of (?P<b>.+?) (?:did|does|do) "
                r"(?P<a>.+?) (?:represent|account for|make up|comprise|constitute)\b"
                r"|\bwhat (?:percentage|percent|proportion|share|fraction|portion) of (?P<b2>.+?) (?:represents?|"
                r"represented|accounts? for|accounted for|makes? up|made up) (?P<a2>.+)", re.I), "ratio", ()),
    (re.compile(r"\b(?:percentage|percent|proportion|share|fraction|portion) of (?P<rest>.+)", re.I), "ratio",
     ("in", "over", "to", "out of", "of", "within", "among", "against", "relative to", "compared to")),
    (re.compile(r"\bdifference (?:in (?:the )?(?P<what>.+?) )?between (?P<rest>.+)", re.I), "difference", ("and",)),
    # "By how much did the provision for credit losses exceed net charge-offs in 2025?"
    (re.compile(r"\bhow much (?:did|does|do|has|have|had|was|were|is|are) (?P<a>.+?) (?:exceed(?:ed)?|outpace(?:d)?|"
                r"surpass(?:ed)?|(?:was|were|is|are) (?:higher|greater|larger|more) than) (?P<b>.+)", re.I),
     "excess", ()),
    # "Combining console and PC, how much revenue did it earn …?", "What was the combined revenue of console and PC?"
    (re.compile(r"^\s*(?:combining|adding(?: up)?|together,)\s+(?P<a>[^,?]+?)\s+(?:and|with|plus)\s+(?P<b>[^,?]+?),\s+"
                r"how much (?P<what>[a-z][\w-]*(?: [a-z][\w-]*)?)(?: \([^()]*\))? (?:did|does|do|was|were)\b"
                r"|\bcombined (?P<what2>[a-z][\w-]*(?: [a-z][\w-]*)?) (?:of|for|from) (?P<a2>[^,?]+?) and "
                r"(?P<b2>[^,?]+?)(?=\s+(?:in|for|during|at|as of|over)\b|\s*[?.]|$)", re.I), "sum", ()),
    # "Net cash used in investing activities in 2025 was how large relative to that period's net revenue?"
    (re.compile(r"^(?P<a>[^?]+?) (?:was|were|is|are) how (?:large|big|high|significant) relative to "
                r"(?P<b>.+)|\bhow (?:large|big|high|significant) (?:was|were|is|are) (?P<a2>.+?) relative to "
                r"(?P<b2>.+)", re.I), "ratio", ()),
)
# A bracketed remark on what the figure tells, whose words are no line's name
_REMARK = re.compile(r"\s*\((?:(?:a|an|the|one)\s+(?:measure|indicator|gauge|proxy|sign|signal|metric|way)\b|which\b|"
                     r"that\b"
                     # …or on how to give the answer: "(a negative answer means a decline)", "(round to one decimal)"
                     r"|(?:a\s+|the\s+)?(?:negative|positive|minus)\b|(?:round|rounded|answer|express|give|report)\b)"
                     r"[^()]*\)", re.I)
# "How much higher were total operating expenses in the quarter ended October 31, 2026 than in 2025?": one line in two
# periods, asked as the change between them
_HIGHER_THAN = re.compile(r"\bhow much (?P<way>higher|greater|larger|more|lower|smaller|less) (?:was|were|is|are) "
                          r"(?P<what>[^?]+?) (?P<p1>(?:in|for|during|at|as of) [^?]+?) than (?:it was |they were )?"
                          r"(?:in |for |during |at |as of )?(?P<p2>[^?]+)", re.I)


def _as_change(match: re.Match[str]) -> str:
    way = "increase" if match["way"].lower() in ("higher", "greater", "larger", "more") else "decrease"
    return f"what was the {way} in {match['what']} {match['p1']} compared with {match['p2']}"


_MIN_SUBJECT_SHARE = 0.34  # of the subject words the row, its sub-heading or title must explain
WEIGHTED_AVERAGE = re.compile(r"\bweighted[- ]average\b", re.I)  # a kind of figure, not a mean to take
_NET_OPERATION = re.compile(r"\bnet (?=(?:difference|change|increase|decrease)\b)", re.I)  # 'the net difference in'
# Questions about choices, not amounts ('Which year was higher?'); causes are `ASKS_CAUSE`.
_NOT_A_CALCULATION = re.compile(
    r"^\s*(?:who|where|when|what (?:do|does|did))\b|\bwhich (?:year|one|of)\b|\bdue to\W*$"
    # "Is the balance sheet asset-sensitive or liability-sensitive?" chooses between two readings
    r"|^\s*(?:is|are|was|were)\b[^?,]*\b[\w-]+ or [\w-]+"
    # "Which segment contributed the most to net sales growth?" chooses among rows; one sum is no answer
    r"|^\s*which\b.*\b(?:most|least|highest|lowest|largest|smallest|biggest)\b"
    # a compound annual growth rate is no change between two years, which is all these paths compute
    r"|\bcompound(?:ed)? (?:annual )?(?:growth|rate)\b|\bCAGR\b|\bannuali[sz]ed growth\b", re.I)
_LEAD = re.compile(r"\b(?:what|how much|how many)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:value of\s+(?:the\s+)?)?", re.I)


@dataclass(frozen=True)
class Operand:
    """One table cell used in a calculation."""

    row: str
    column: str
    text: str  # the cell as written
    value: float
    number: str  # the value as it appears in the expression: '1496.5', '(-19911)'
    passage_number: int


@dataclass(frozen=True)
class TableCalculation:
    calculation: Calculation
    percent: bool  # the result is a percentage
    operands: tuple[Operand, ...]
    description: str  # "(Revenue 2019 − Revenue 2018) / Revenue 2018 × 100"
    operation: str  # change, percent change, average, sum, ratio, percentage

    @property
    def passage_numbers(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(o.passage_number for o in self.operands))


# "…, counting owner-occupied CRE, non-owner occupied CRE and construction loans": a figure made of the parts listed,
# which no one row or pair of cells is
_PARTS_LISTED = re.compile(r",\s*(?:counting|including|combining|together with)\s+[^,?.]+,[^?.]*\band\b", re.I)


def calculate_from_table(question: str, passages: Sequence[Passage]) -> TableCalculation | None:
    """The calculation the question asks for, over the table cells it names; None when unsure."""
    rows = table_rows(passages)
    if not rows or _NOT_A_CALCULATION.search(question) or ASKS_CAUSE.search(question) or _PARTS_LISTED.search(question):
        return None
    question = SOURCE_CLAUSE.sub("", question)  # "Based on the R&D-by-program table, …" names where to look
    question = BRACKETED_SOURCE.sub("", question)  # "capital expenditures (cash flow statement)" likewise
    question = _CHANGES_STATEMENT.sub("statement of", question)  # names a statement, asks for no change
    question = _DIRECTION_CHOICE.sub("variation", question)  # asks which way a figure moved, names no row
    question = _IN_TOTAL.sub("altogether", question)  # a sum, not the 'Total' row
    question = _HIGHER_THAN.sub(_as_change, question)  # one line in two periods: a change
    question = _REMARK.sub("", question)  # "(a measure of how much sold content was deferred)" names no line
    # 'The change in percentage of sales' asks for a change; 'the change in X as a percentage of Y' for
    # a calculation over a calculation, which is left to the model.
    nested = set(tokenize(WEIGHTED_AVERAGE.sub(" ", question))) & (CHANGE_WORDS | _AVERAGE_WORDS) - {"difference"}
    for pattern, operation, separators in _PAIRS:
        match = pattern.search(question)
        if match and nested and (pattern is _PAIRS[0][0] or _SHARE_OF_WHOLE.search(question)):
            return None  # the change in a share of a whole ('the segment's share of total NOI'): a calculation of two
        if match and not nested:
            found = _pair(question, match, operation, separators, rows)
            if found is not None and pattern in (_PAIRS[3][0], _PAIRS[4][0]) and _beyond_whole(found):
                return None  # "what share of net income came from Gas": a part above its whole is another line
            if found is not None or operation == "ratio":
                return found
    implied = _implied_period(question, rows)
    if implied is not None:
        return implied
    percent_change = bool(_PERCENT_CHANGE.search(question))
    return _one_row(question, rows, percent_change)


def _beyond_whole(found: TableCalculation) -> bool:
    """A positive part over a positive whole above 100%."""
    return all(o.value > 0 for o in found.operands) and found.calculation.value > (100 if found.percent else 1)


# ---------------------------------------------------------------- a period the table implies


# The opening part of a year a 10-Q prints only within a longer span: the first half is the nine months less the third
# quarter, the first quarter the six months (or 26 weeks) less the second.
_FIRST_PART = ((6, re.compile(r"\bfirst half\b|\bH1\b|\bfirst six months\b|\bfirst 26 weeks\b"
                              r"|\bjanuary\W+(?:through |to )?june\b|\b(?:six|6) months ended june\b", re.I)),
               (3, re.compile(r"\bfirst quarter\b|\bQ1\b|\bfirst three months\b|\bfirst 13 weeks\b"
                              r"|\bjanuary\W+(?:through |to )?march\b|\b(?:three|3) months ended march\b", re.I)))
_QUARTER = 3
_SENTENCES = re.compile(r"(?<=[.?!])\s+")


def implied_period(question: str, passages: Sequence[Passage]) -> TableCalculation | None:
    """`_implied_period` over the passages' table rows (the first quarter as the six months less the second)."""
    return _implied_period(SOURCE_CLAUSE.sub("", question), table_rows(passages))


def _implied_period(question: str, rows: list[TableRow]) -> TableCalculation | None:
    """An opening part of the year no column prints, as a longer span's cell less the latest quarter's: "QTX-204
    spend in the first half of 2025" from the nine months' and the third quarter's columns."""
    found = next(((months, match) for months, pattern in _FIRST_PART if (match := pattern.search(question))), None)
    if found is None:
        return None
    asked, match = found
    # the sentence that names the opening part names the row; another may only say how to find it ("The 10-Q only
    # shows the third quarter and the nine months, so derive it")
    sentence = next((s for s in _SENTENCES.split(question) if match.group() in s), question)
    years = years_in(sentence)
    if len(set(years)) != 1:
        return None
    # a bracket saying how to derive it ("(six months less the second quarter)") names no row
    row = best_row(rows, re.sub(r"\s*\([^()]*\)", "", sentence))
    if row is None:
        return None
    spans = {}
    for column, value in cells_by_year(row).get(years[0], []):
        spans.setdefault(months_of(column), []).append((column, value))
    longer, quarter = spans.get(asked + _QUARTER, []), spans.get(_QUARTER, [])
    # a quarter's column beside a six months' is the second quarter's: the first is implied
    if asked != _QUARTER and asked in spans or len(longer) != 1 or len(quarter) != 1:
        return None  # printed outright, or no single pair to take apart
    operands = []
    for column, text in (longer[0], quarter[0]):
        figure = parse_figure(text)
        if figure is None or figure.percent:
            return None  # a rate over nine months less one over a quarter is no rate
        operands.append(Operand(row.name, column, text, figure.value, figure.number, row.passage_number))
    whole, last = operands
    return _result(f"{whole.number} - {last.number}", operands, False, f"{_label(whole)} − {_label(last)}",
                   "implied period")


# ---------------------------------------------------------------- one row, several columns


def _one_row(question: str, rows: list[TableRow], percent_change: bool) -> TableCalculation | None:
    if _FORMULA.search(question):
        return None  # "A divided by the average quarterly burn": one row's change or average is only a step of it
    turned = transposed(rows)
    # a year that labels a row of a table read down its columns is a period, no line item ("Remainder of 2025")
    down = {row.passage_number for row in turned}
    candidates = [row for row in rows if not (row.passage_number in down and _year_label(row))] + turned
    named = set(years_in(question))
    due_over_years = bool(_DUE_OVER_YEARS.search(question))  # "how much falls due from 2026 through 2028" adds them
    # a row without the years summed answers no sum ('Total …')
    if named and (set(tokenize(question)) & SUM_WORDS or due_over_years):
        candidates = [_nil_as_cells(row) for row in candidates]
        candidates = [row for row in candidates if named <= set(cells_by_year(row))] or candidates
    row = best_row(candidates, question)
    if row is None:
        return None
    # The question's words less the row's own name: 'total' in 'the total revenue' names a row.
    cues = WEIGHTED_AVERAGE.sub(" ", question)
    # ... nor does a word of its table's title: 'average' in "Average Realized Prices" names the table, takes no mean
    extra = set(tokenize(cues)) - row.words - set(tokenize(row.group)) - set(tokenize(row.context))
    if extra & CHANGE_WORDS and extra & _AVERAGE_WORDS:
        return None  # 'the change in average free cash flow': a calculation over calculations
    if percent_change:
        operation = "percent change"
    elif extra & CHANGE_WORDS:
        operation = "change"
    elif extra & _AVERAGE_WORDS:
        printed = row.words | set(tokenize(f"{row.group} {row.context}"))
        if any(unit.lower() not in printed for unit in _PER_UNIT.findall(question)) or _PER_AVERAGE.search(question):
            # 'average deposits per branch' divides by a count, it averages no years; so does 'miles each average
            # tractor ran'
            return None
        operation = "average"
    elif extra & SUM_WORDS or due_over_years:
        operation = "sum"
    else:
        return None
    columns = _columns(question, row, operation)
    if columns is None:
        return None
    operands = []
    for column, text in columns:
        figure = parse_figure(text)
        if figure is None and operation == "sum" and text.strip().lower() in NIL:
            figure = Figure(0.0, "0", False)  # a year of a schedule with nothing due adds nothing
        if figure is None:
            return None
        operands.append(Operand(row.name, column, text, figure.value, figure.number, row.passage_number))
    cells_are_percent = all(parse_figure(o.text).percent for o in operands)  # type: ignore[union-attr]
    if operation in ("sum", "average") and _other_count(question, operands):
        return None  # "the combined principal of three debt series" is no one row's figures over the years
    if operation == "percent change" and cells_are_percent:
        return None  # a change in points or relative to the earlier rate: the question rarely says which
    if operation in ("change", "percent change"):
        earlier, later = operands
        if operation == "change":
            expression = f"{later.number} - {earlier.number}"
            description = f"{_label(later)} − {_label(earlier)}"
        else:
            expression = f"({later.number} - {earlier.number}) / {earlier.number} * 100"
            description = f"({_label(later)} − {_label(earlier)}) / {_label(earlier)} × 100"
        percent = operation == "percent change" or cells_are_percent
    else:
        total = " + ".join(o.number for o in operands)
        labels = " + ".join(_label(o) for o in operands)
        if operation == "average":
            expression, description = f"({total}) / {len(operands)}", f"({labels}) / {len(operands)}"
        else:
            expression, description = total, labels
        percent = cells_are_percent
    return _result(expression, operands, percent, description, operation)


# "How much did net investment income grow?": an amount or a rate — analysts mean either, so both are given
_GREW = re.compile(r"\b(?:grow|grew|grown)\b", re.I)


def _nil_as_cells(row: TableRow) -> TableRow:
    """The row with its nil cells ("—" under 2028 in a schedule of principal due) among its figures, for a sum over
    years: nothing due that year."""
    nil = tuple((column, value) for column, value in row.text_cells if value.strip().lower() in NIL)
    return replace(row, cells=row.cells + nil, name_parts=tuple(p for p in row.name_parts if p.strip() not in NIL))\
        if nil else row


def relative_growth(question: str, table_calculation: TableCalculation) -> float | None:
    """A change over time asked with 'grow', as a percentage of the earlier figure; None for another question, a
    change of percentages, or an earlier figure of zero or below."""
    if table_calculation.operation != "change" or table_calculation.percent or not _GREW.search(question):
        return None
    earlier = table_calculation.operands[0].value
    return table_calculation.calculation.value / earlier * 100 if earlier > 0 else None


# "three debt series", "the two segments": how many things a sum or an average is over (periods are columns)
_THINGS_COUNTED = re.compile(r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:[\w&'’-]+\s+){0,3}?"
                             r"(?:series|segments|tranches|notes|items|lines|regions|brands|categories|classes|"
                             r"products|facilities|businesses|divisions|units|plans|funds|portfolios|programs|programmes)"
                             r"\b", re.I)


def _other_count(question: str, operands: list[Operand]) -> bool:
    """The question sums or averages a number of things, and the operands are another number of rows."""
    counted = _THINGS_COUNTED.search(question)
    if counted is None:
        return False
    word = counted["count"].lower()
    return (2 if word == "both" else COUNT_WORDS[word]) != len({o.row for o in operands})


def transposed(rows: list[TableRow]) -> list[TableRow]:
    """Columns of tables whose rows are years ('2021 | Operating leases: 135 | Finance leases: 6'),
    as rows over those years, so that 'the change in finance leases between 2022 and 2023' reads them."""
    columns: dict[tuple[int, str], list[tuple[str, str]]] = {}
    for row in rows:
        if not _year_label(row):
            continue
        label = row.name_parts[0]
        for column, value in row.cells:
            # a column dated otherwise ("Commitments at December 31, 2025" over rows 2026…2029) is still no year's
            if column and not set(years_in(column)) & set(years_in(label)):
                columns.setdefault((row.passage_number, column), []).append((label, value))
    context = {row.passage_number: row.context for row in rows}
    return [TableRow((_column_name(column, context[number]),), tuple(cells), number, "", "", context[number])
            for (number, column), cells in columns.items() if len(cells) > 1]


def _year_label(row: TableRow) -> bool:
    """The row is labelled by one year and at most one word more ("2026", "Remainder of 2025")."""
    label = row.name_parts[0] if row.name_parts else ""
    return len(years_in(label)) == 1 and len(tokenize(label)) <= 2


def _column_name(column: str, context: str) -> str:
    """A column read as a row is named by its label, or where that says nothing ("Amount") by its table's caption
    ("Estimated future amortization expense is as follows:")."""
    if set(tokenize(column)) - _GENERIC_WORDS:
        return column
    caption = without_units(context.rsplit(" — ", 1)[-1]).rstrip(":")
    return caption if set(tokenize(caption)) - _GENERIC_WORDS else column



def best_row(rows: list[TableRow], question: str) -> TableRow | None:
    """The row the question names best; None when two rows with different figures tie.

    Rows are ranked by how many of the question's subject words (less operation words, years and
    generic words) the row's name, its sub-heading and its table's title explain, then by how
    many the row name and sub-heading explain, then the row name alone, then by how much of the
    row name the question uses.
    """
    wanted = measure_words(question)
    forms = wanted | {stem(w) for w in wanted} | {w + "s" for w in wanted}  # 'fee' names 'Servicing fees'
    wanted_subject = measure_words(_NET_OPERATION.sub("", question)) - OPERATION_WORDS - _GENERIC_WORDS
    subject = {stem(w) for w in wanted_subject if not NUMBERISH.fullmatch(w)}
    per_share = asks_per_share(question)
    owners = {stem(w) for w in owner_words(question)}
    scored = []
    for row in rows:
        if row.name_parts and names_other_kind(row.name_parts[0], question) \
                or owners_share_unread(question, f"{row.group} {row.name}"):
            continue
        if per_share and (not names_per_share(" ".join([row.context, row.group, row.name, *(c for c, _ in row.cells)]))
                          or _SHARES_COUNTED.search(row.group) and not names_per_share(row.name)):
            continue  # 'Diluted' under 'Weighted average shares outstanding' counts shares, it is no EPS
        # the title counts by its 'revenue' only: a statement of income titles expense lines too
        if kind_clash(question, f"{row.group} {row.name} {' '.join(re.findall(r'(?i)revenues?', row.context))}"):
            continue  # "fuel expense" is not 'Fuel surcharge' under 'Operating revenue'
        # 'Granted during the period' is named by 'granted'; 'Notional amount' is not named by 'amount'.
        match = row_match(row, forms, ignore=_GENERIC_WORDS)
        if match is None:
            continue
        own = {stem(w) for w in row.words}
        grouped = own | {stem(w) for w in measure_words(row.group)}  # 'Basic' under 'Net income per share:'
        explained = subject & (grouped | {stem(w) for w in tokenize(row.context)})
        # whose figure it is ('Brannock Hearth's') need not be explained by the row
        counted = subject - (owners - explained)
        if counted and len(explained) / len(counted) < _MIN_SUBJECT_SHARE:
            continue
        # of rows named alike, one under a heading the question names ('Rental revenue' under 'Revenues:') is the one
        # meant, not those under parts it does not name ('Office', 'Industrial')
        heading = _heading_stems(row)
        under_named = bool(heading) and heading <= subject | {stem(w) for w in forms}
        # rows of one name under two headings ("Diluted" under "Net income per share" and under "Shares used in
        # computing net income per share"): the one under a heading the question names in full
        unasked = len(heading - subject - {stem(w) for w in forms})
        scored.append(((len(explained), len(subject & grouped), match[1], len(subject & own), under_named, match[0]),
                       -unasked, row))
    if not scored:
        return None
    scored.sort(key=lambda item: item[:2], reverse=True)
    best_score, best_unasked, best = scored[0]
    if (whole := _whole_of_parts([row for score, _, row in scored if score == best_score], subject)) is not None:
        return whole
    for score, unasked, row in scored[1:]:
        if score == best_score and not same_figures(row.cells, best.cells) and (
                row.name != best.name or not best.group or best_unasked < 0 or unasked == best_unasked):
            return None
    return best


def _heading_stems(row: TableRow) -> set[str]:
    """The word stems of the row's sub-heading that can name something ('Revenues:' → {'reve'})."""
    return {stem(w) for w in tokenize(row.group)} - _GENERIC_WORDS


# Headings over the company's own figures in a table of its parts ("Consolidated" after each segment's block)
_WHOLE_HEADINGS = frozenset("consolidated total company overall".split())


def _whole_of_parts(tied: list[TableRow], subject: set[str]) -> TableRow | None:
    """Of rows named alike ("Gross profit" under each segment's heading, under "Consolidated" and in the income
    statement), the company's own where the question names none of the parts; None unless that is the tie."""
    if len(tied) < 2 or len({row.name for row in tied}) != 1:
        return None
    whole = {stem(w) for w in _WHOLE_HEADINGS}
    plain = [row for row in tied if not _heading_stems(row) - whole]
    parts = [row for row in tied if _heading_stems(row) - whole]
    if not plain or not parts or any((_heading_stems(row) - whole) & subject for row in parts) or not all(
            same_figures(row.cells, plain[0].cells) for row in plain):
        return None
    return plain[0]


def cells_by_year(row: TableRow) -> dict[int, list[tuple[str, str]]]:
    """The row's (column, value) cells under each column that names exactly one year."""
    by_year: dict[int, list[tuple[str, str]]] = {}
    for cell in row.cells:
        column_years = years_in(cell[0])
        if len(column_years) == 1:  # '2021-2022' is a range, not a year's column
            by_year.setdefault(column_years[0], []).append(cell)
    return by_year


def year_cell(options: list[tuple[str, str]], column_words: set[str], question: str = "") -> tuple[str, str] | None:
    """The one cell among a year's columns the question means, or None when it does not say. A span the question
    names ("the third quarter") picks its column ("Three Months Ended 2025", not "Nine Months Ended 2025")."""
    if len(options) > 1:  # 'F18 52 weeks', not 'F18 change' nor (unless asked) '2018 % of total'
        plain = [o for o in options if not _column_words(o[0]) & (CHANGE_WORDS | _PERCENT_WORDS)]
        if column_words & _PERCENT_WORDS:
            plain = [o for o in options if not _column_words(o[0]) & CHANGE_WORDS]
        options = plain or options
        if not column_words & _PERCENT_WORDS:  # "2025 Amount", not "2025 % of Revenue" whose heading lost its "%"
            options = [o for o in options if not (figure := parse_figure(o[1])) or not figure.percent] or options
    wanted = {_month(stem(w)) for w in column_words}
    if len(options) > 1:  # 'Domestic 2019' and 'International 2019': the question must say which
        options = _most_named(options, wanted, _column_words)
    if len(options) > 1:  # "carloads" asked: the "Carloads" columns, not "Average revenue per carload"
        options = _most_named(options, wanted, lambda column: set(tokenize(_PER_PHRASE.sub(" ", column))))
    if len(options) > 1 and (asked := months_of(question)) not in (None, YEAR_TO_DATE):
        options = [o for o in options if months_of(o[0]) == asked] or options
    # "between December 31, 2024 and September 30, 2025": each year's own date (two dates of one year name two
    # columns of it, which one cell per year cannot answer)
    if len(options) > 1 and len(set(years_in(question))) > 1 and (dated := _dated(options, question)):
        options = dated
    return options[0] if len(options) == 1 else None


def _most_named(options: list[tuple[str, str]], wanted: set[str], words_of) -> list[tuple[str, str]]:
    """The options whose column label, as `words_of` reads it, shares the most of the `wanted` word stems."""
    shared = [len({_month(stem(w)) for w in words_of(column)} & wanted) for column, _ in options]
    return [option for option, n in zip(options, shared, strict=True) if n == max(shared)]


def _dated(options: list[tuple[str, str]], question: str) -> list[tuple[str, str]]:
    """The options whose column names the month the question gives with their year ("Sep 30, 2025" for
    "September 30, 2025")."""
    years = years_in(options[0][0])
    if not years:
        return []
    months = {_MONTHS.get(m.lower()[:3]) for m in re.findall(rf"\b([A-Za-z]{{3,9}})\.?\s+\d{{1,2}},?\s+{years[0]}\b",
                                                              question)} - {None}
    return [o for o in options if {_month(stem(w)) for w in _column_words(o[0])} & months] if months else []


def _columns(question: str, row: TableRow, operation: str) -> list[tuple[str, str]] | None:
    """The row's (column, value) cells the operation needs, earlier first for a change."""
    named_years = years_in(question)
    by_year = cells_by_year(row)
    cue_words = {"change": CHANGE_WORDS, "percent change": CHANGE_WORDS | _PERCENT_WORDS,
                 "average": _AVERAGE_WORDS}
    column_words = set(tokenize(question)) - row.words - cue_words.get(operation, SUM_WORDS)

    def one(year: int) -> tuple[str, str] | None:
        return year_cell(by_year.get(year, []), column_words, question)

    if named_years:
        if any(year not in by_year for year in named_years):
            return None
        if operation in ("average", "sum") and len(named_years) == 2 and _RANGE.search(question):
            low, high = min(named_years), max(named_years)
            named_years = [year for year in by_year if low <= year <= high]
        if operation in ("change", "percent change") and len(named_years) == 1 and named_years[0] - 1 in by_year:
            named_years.append(named_years[0] - 1)  # 'grew in 2024': from the year before
        if operation in ("change", "percent change") and len(named_years) != 2:
            return None
        if operation == "average" and len(named_years) == 1 and named_years[0] - 1 in by_year:
            named_years.append(named_years[0] - 1)  # 'the 2019 average': over the year, from its opening balance
        if operation in ("average", "sum") and len(named_years) < 2:
            return None
        chosen = [one(year) for year in sorted(named_years)]
        if any(c is None for c in chosen):
            return None
        return chosen  # type: ignore[return-value]
    if operation in ("change", "percent change"):
        span = _SPAN.search(question)  # 'between the third and fourth quarter': earlier first
        if span:
            named = [_column_named(row, span.group(part)) for part in ("a", "b")]
            return None if None in named or named[0] == named[1] else named  # type: ignore[return-value]
    # No column named: a row with only two (to average, three) years' figures means those.
    most = 3 if operation == "average" else 2 if operation in ("change", "percent change") else 0
    if 2 <= len(by_year) <= most and all(len(c) == 1 for c in by_year.values()):
        return [by_year[year][0] for year in sorted(by_year)]
    # …or, each year in several spans ('Three Months Ended 2026 | Six Months Ended 2026 | …'), the span the question
    # names ("in the quarter, year over year")
    if 2 <= len(by_year) <= most and months_of(question):
        chosen = [one(year) for year in sorted(by_year)]
        if all(chosen):
            return chosen  # type: ignore[return-value]
    return None


def _column_named(row: TableRow, phrase: str) -> tuple[str, str] | None:
    """The one cell of `row` whose column label shares the most words with the phrase ('third quarter')."""
    words = set(tokenize(phrase)) - row.words
    scores = [(len(_column_words(column) & words), (column, value)) for column, value in row.cells]
    best = max((score for score, _ in scores), default=0)
    named = [cell for score, cell in scores if score == best]
    return named[0] if best and len(named) == 1 else None


_MONTHS = {name[:3]: name for name in ("january february march april may june july august september october "
                                       "november december").split()} | {"sept": "september"}


def _month(word: str) -> str:
    """'sep', 'sept' -> 'september': a column's date written short ('Sep 30, 2025') is the question's."""
    return _MONTHS.get(word.rstrip("."), word)


_PER_PHRASE = re.compile(r"\bper\s+[a-z][\w-]*", re.I)  # what a column's figure is per: its unit, not its measure


def _column_words(label: str) -> set[str]:
    return set(tokenize(label)) | ({"percent", "percentage"} if "%" in label else set())


# ---------------------------------------------------------------- two rows, one column


_COMPLEMENT = re.compile(r"\b(?:outside|excluding|except|other than|apart from|non-(?=\w))", re.I)


def _complement_unread(phrase: str, operand: Operand) -> bool:
    """"Outside the United States" read from the row "United States": the rest of the whole, not the line named."""
    said = _COMPLEMENT.search(phrase)
    return bool(said) and said.group(0).lower().rstrip("-") not in _label(operand).lower()


def _measure_unnamed(phrase: str, operand: Operand, rows: list[TableRow]) -> bool:
    """The measure the phrase names last ("order backlog" in "Row Crop and Harvest order backlog") is nowhere in
    the operand's table (its rows, sub-headings, title and columns): the table of net sales by segment holds the
    segment's sales, not its backlog."""
    row = next((r for r in rows if r.name == operand.row and r.passage_number == operand.passage_number
                and (operand.column, operand.text) in r.cells), None)
    if row is None:
        return False
    return measure_unnamed(phrase, row.name, table_words(rows, row.passage_number, row.context))


_SUMMED = re.compile(r"\s(?:plus|\+|together with|combined with)\s", re.I)


def _last_sentence(text: str) -> str:
    return next((part for part in reversed(_SENTENCE_END.split(text)) if part.strip()), text)


def _pair(question: str, match: re.Match[str], operation: str, separators: tuple[str, ...],
          rows: list[TableRow]) -> TableCalculation | None:
    """A / B, or how far apart A and B are, for two cells the question names; None unless exactly one
    reading of the question finds both."""
    # an operand ends with its sentence: 'Use the statement of changes in shareholders' equity.' names no cell; one
    # named before the other begins with its own ("How well funded was it? Give plan assets as a percentage of …")
    found = {key: value for key, value in match.groupdict().items() if value}
    first = None if "rest" in found or len(found) < 2 else min(found, key=match.start)
    groups = {key: _last_sentence(value) if key == first else _SENTENCE_END.split(value, maxsplit=1)[0]
              for key, value in found.items()}
    for key in ("a", "b"):  # a pattern of two forms names its second form's operands "a2", "b2"
        groups[key] = groups.get(key) or groups.get(f"{key}2")
    if groups.get("rest") is None:
        splits = [(_LEAD.split(groups["a"])[-1], groups["b"])]
    else:
        rest = groups["rest"]
        splits = [(m.string[: m.start()], m.string[m.end():])
                  for sep in separators for m in re.finditer(rf" {sep} ", rest)]
        if " to " in rest and separators[:1] == ("to",):
            # "the ratio of A to B": "and" joins words of a line ("depreciation, depletion and amortization")
            splits = [(a, b) for a, b in splits if a + " to " + b == rest]
    what = groups.get("what") or groups.get("what2") or ""
    readings = set()
    if operation == "difference" and re.search(r"\bpercent(?:age)?\b|%", question, re.I):
        return None  # 'the percentage difference between': relative to which of the two?
    for a, b in splits:
        if _SUMMED.search(a) or _SUMMED.search(b):
            continue  # "fuel plus purchased power" is two lines: one of them is not the part asked for
        pair = named_pair(f"{what} {a}", f"{what} {b}", question, rows)
        if pair is not None and not any(_complement_unread(phrase, operand) or _measure_unnamed(phrase, operand, rows)
                                        for phrase, operand in zip((a, b), pair, strict=True)):
            readings.add(pair)
    if ASKS_SHARE.search(question) and all(first.passage_number != second.passage_number for first, second in readings):
        # no whole found in the part's own table: its Total row, where it has one, before another table's line
        readings = {pair for a, b in splits if (pair := _share_of_total(a, b, question, rows)) is not None} or readings
    # one pair of figures read from two tables that print them both (a statement and its note) is one reading
    if len({(first.value, second.value) for first, second in readings}) != 1:
        return None
    first, second = min(readings, key=lambda pair: (pair[0].passage_number, pair[1].passage_number))
    if operation == "difference":
        years = years_in(first.column) + years_in(second.column)
        if first.row == second.row and len(years) == 2 and years[0] != years[1]:
            return None  # 'between 2018 and 2019': a change over time, later minus earlier (one row)
        if first.value < second.value:  # how far apart two figures are: the larger less the smaller
            first, second = second, first
        expression = f"{first.number} - {second.number}"
    if operation == "excess":  # how far one amount exceeds another: their sizes ('Net charge-offs (12,450)')
        expression = f"{first.number.strip('()-')} - {second.number.strip('()-')}"
        operation = "difference"
    if operation == "sum":  # two lines added, in one period: parts of one whole, so of one sign
        if first.row == second.row or first.column != second.column or (first.value < 0) != (second.value < 0):
            return None  # (a balance at a date is no part of a flow over a period: one column of one table)
        numbers = [o.number for o in (first, second)]
        if all(o.value < 0 and _OUTFLOW.search(o.row) for o in (first, second)):
            numbers = [n.strip("()-") for n in numbers]  # cash paid out, as the amounts paid ("Dividends paid (46.4)")
        return _result(" + ".join(numbers), [first, second], False, f"{_label(first)} + {_label(second)}", "sum")
    if operation == "difference":
        description = f"{_label(first)} − {_label(second)}"
        percent = all(parse_figure(o.text).percent for o in (first, second))  # type: ignore[union-attr]
        return _result(expression, [first, second], percent, description, operation)
    # a share of a whole is told in percent ("what share of noninterest income came from trust fees": 24.4%)
    percent = bool(re.search(r"\bpercent(?:age)?\b|%|\bshare of\b", question, re.I))
    part, whole = first.number, second.number
    if ASKS_SHARE.search(question) and first.value < 0 < second.value:
        part = first.number.strip("()-")  # "Less imputed interest (36,920)" is a part of the payments by its size
    # cash paid out, printed negative in a cash flow statement ("Capital expenditures (334,620)"), enters a ratio by
    # its size: capex over depreciation is 1.12, not -1.12
    if first.value < 0 < second.value and _OUTFLOW.search(first.row):
        part = first.number.strip("()-")
    if second.value < 0 < first.value and _OUTFLOW.search(second.row):
        whole = second.number.strip("()-")
    expression = f"{part} / {whole}" + (" * 100" if percent else "")
    description = f"{_label(first)} / {_label(second)}" + (" × 100" if percent else "")
    return _result(expression, [first, second], percent, description, "percentage" if percent else "ratio")


def named_pair(a: str, b: str, question: str, rows: list[TableRow]) -> tuple[Operand, Operand] | None:
    """The two different cells phrases a and b name; a phrase naming only a column ('the domestic')
    shares the other's row."""
    row_a, row_b = _balance_under(best_row(rows, a), a, rows), _balance_under(best_row(rows, b), b, rows)
    if row_b is not None and ASKS_SHARE.search(question) and (row_a is None or not _heading_asked(row_a, a)):
        row_a = _under_whole(row_a, a, b, rows)
        if row_a is None:
            return None
    # a part named alike in several tables ('oil' in prices, volumes and reserves) is the one in its whole's table
    if row_a is None and row_b is not None:
        row_a = _best_in_table_of(row_b, rows, a)
    elif row_b is None and row_a is not None:
        row_b = _best_in_table_of(row_a, rows, b)
    elif row_a is not None and row_b is not None and not _same_table(row_a, row_b):
        # found in two tables: the whole's own table, where the part is a row or a column of the whole's row
        # ('proved developed' of "Total (MBoe)"), is read first
        near = _best_in_table_of(row_b, rows, a) or row_b
        if (pair := _cells(near, row_b, a, b, question)) is not None:
            return pair
    row_a, row_b = row_a or row_b, row_b or row_a
    if row_a is None or row_b is None:
        return None
    if row_a is not row_b and _same_table(row_a, row_b) and row_a.group != row_b.group and not _heading_asked(row_a, a):
        # a part listed under several headings of its whole's table ('Lifting Systems' under 'Net sales' and under
        # 'Segment operating profit') is read under the whole's own ('Total net sales'), unless the question names
        # the other heading's measure
        row_a = next((row for row in rows if _same_table(row, row_b) and row.group == row_b.group
                      and row.name == row_a.name), row_a)
    return _cells(row_a, row_b, a, b, question)


# "Change in plan assets:" heads a roll-forward of what it names; its row at the end of the period is the balance
_ROLL_HEADING = re.compile(r"^\s*(?:changes?|movements?|reconciliation|roll-?forward) (?:in|of) (?:the )?(?P<what>.+?)"
                           r"\s*:?\s*$", re.I)
_END_ROW = re.compile(r"\b(?:(?:at )?end of (?:the )?(?:year|period|quarter)|ending balance|closing balance|"
                      r"balance,? end\b)", re.I)


def _balance_under(row: TableRow | None, phrase: str, rows: list[TableRow]) -> TableRow | None:
    """The phrase names a roll-forward's heading ("plan assets" over "Change in plan assets:"), not a movement under it
    ("Actual return on plan assets"): the heading's row at the end of the period."""
    heading = _ROLL_HEADING.match(row.group) if row is not None else None
    if heading is None or _END_ROW.search(row.name):
        return row
    said = {stem(w) for w in tokenize(phrase)}
    if not {stem(w) for w in tokenize(heading["what"])} <= said or {stem(w) for w in row.words} <= said:
        return row
    # the first row at the end: the balance the movements end in (a "Funded status at end of year" may follow it)
    return next((other for other in rows if _same_table(other, row) and other.group == row.group
                 and _END_ROW.search(other.name) and other.cells), row)


def _under_whole(part: TableRow | None, phrase: str, whole: str, rows: list[TableRow]) -> TableRow | None:
    """A part's share of a whole is read from the part's row under the whole's heading: 'Performance Coatings'
    under 'Net sales by segment:' for a share of net sales, not its namesake under 'Segment Adjusted EBITDA:' (nor,
    where both name it alike, neither). None where the part is found only under another measure's heading: that row
    is no part of this whole."""
    generic = {stem(w) for w in _GENERIC_WORDS | _PART_KINDS}
    measure = {stem(w) for w in measure_words(whole)} - generic

    def heading(row: TableRow) -> set[str]:
        return {stem(w) for w in measure_words(row.group)} - generic

    if part is not None and (not measure or not part.group or heading(part) & measure):
        return part
    namesakes = [row for row in rows if row is not part and heading(row) & measure
                 and (row.name == part.name if part is not None else best_row([row], phrase) is row)]
    if namesakes and all(same_figures(r.cells, namesakes[0].cells) for r in namesakes):
        return namesakes[0]
    if part is None:
        return None
    # an expense line under "Operating expenses" over revenue is the common-size ratio ("research and development as
    # a percentage of net revenue"), unless its name is a part's that recurs under the table's other headings
    own_line = _COSTS_HEADING.search(part.group) and not any(
        row is not part and row.name == part.name and _same_table(row, part) for row in rows)
    return part if own_line or not _MEASURE_HEADING.search(part.group) else None


# A heading over share counts: "Shares used in computing net income per share", "Weighted average shares outstanding"
_SHARES_COUNTED = re.compile(r"^\W*(?:weighted[- ]average\s+)?(?:number\s+of\s+)?(?:common\s+)?shares\b"
                             r"|\bshares\s+(?:used|outstanding)\b", re.I)
_COSTS_HEADING = re.compile(r"\b(?:expenses?|costs?)\b", re.I)
# Headings that name a measure (over parts' rows), not a part, a place or a kind of product
_MEASURE_HEADING = re.compile(r"\b(?:sales|revenues?|income|profit|loss|ebitda|ebit|earnings|expenses?|costs?|assets|"
                              r"liabilities|margin|cash flows?|capital expenditures|depreciation)\b", re.I)


def _share_of_total(a: str, b: str, question: str, rows: list[TableRow]) -> tuple[Operand, Operand] | None:
    """A share whose whole, named in the question's own words ("system rooms"), names no cell: the part's table's
    own Total row."""
    row_a = best_row(rows, a)
    total = row_a and next((row for row in rows if _same_table(row, row_a) and _BARE_TOTAL.match(row.name)), None)
    return _cells(row_a, total, a, b, question) if total is not None and total is not row_a else None


_BARE_TOTAL = re.compile(r"^\s*total\s*:?\s*$", re.I)
# Words that name a kind of part, not a measure: 'segment' in a question does not ask for 'Segment operating profit'
_PART_KINDS = frozenset("segment segments division divisions business businesses unit units region regions".split())


def _heading_asked(row: TableRow, phrase: str) -> bool:
    """The phrase names a measure of the row's sub-heading ('operating profit' of 'Segment operating profit')."""
    said = {stem(w) for w in tokenize(phrase)}
    return bool({stem(w) for w in tokenize(row.group)} - {stem(w) for w in _PART_KINDS | _GENERIC_WORDS} & said)


def _cells(row_a: TableRow, row_b: TableRow, a: str, b: str, question: str) -> tuple[Operand, Operand] | None:
    same = row_a is row_b
    cell_a, cell_b = _cell(row_a, a, question, same), _cell(row_b, b, question, same)
    if cell_a is None or cell_b is None or cell_a == cell_b:
        return None
    return cell_a, cell_b


def _same_table(row: TableRow, other: TableRow) -> bool:
    return row.passage_number == other.passage_number or row.context == other.context


def _best_in_table_of(other: TableRow, rows: list[TableRow], phrase: str) -> TableRow | None:
    return best_row([row for row in rows if _same_table(row, other)], phrase)


def _cell(row: TableRow, phrase: str, question: str, same_row: bool = False) -> Operand | None:
    """The cell of `row` a phrase names: by its years (else the question's), then by column words."""
    cells = [c for c in row.cells if parse_figure(c[1]) is not None]
    years = years_in(phrase) or years_in(question)
    if len(years) > 1:
        return None
    if years:  # that year's column, or where no column names a year, the table is that year's
        cells = [c for c in cells if years_in(c[0]) == years] or [c for c in cells if not years_in(c[0])]
    cells = cells_of_span(cells, months_of(phrase) or months_of(question))
    if len(cells) > 1:
        plain = [c for c in cells if not _column_words(c[0]) & (CHANGE_WORDS | _PERCENT_WORDS)]
        cells = plain or cells
    # of one row's two cells, a word of the row's name that also heads a column ('Total (MBoe)' under 'Total Proved')
    # breaks a tie between the whole's columns
    headed = {w for c in cells for w in _column_words(c[0])} if same_row else set()
    for text in (phrase, question):
        for kept in (set(), headed):
            if len(cells) > 1:
                words = set(tokenize(text)) - (row.words - kept)
                best = max(len(_column_words(c[0]) & words) for c in cells)
                cells = [c for c in cells if len(_column_words(c[0]) & words) == best]
    if len(cells) != 1:
        return None
    column, text = cells[0]
    figure = parse_figure(text)
    return Operand(row.name, column, text, figure.value, figure.number, row.passage_number)  # type: ignore[union-attr]


# ---------------------------------------------------------------- shared

_TOTAL_OVER_PER_SHARE = 1000  # per-share figures are dollars; a company's totals are thousands of them at least


def _label(operand: Operand) -> str:
    return f"{operand.row} {operand.column}".strip()


def _per_share_and_total(a: Operand, b: Operand) -> bool:
    """One operand a per-share line, the other a total orders of magnitude larger. By size, not by label alone: a
    row named only 'Diluted' under 'Earnings per share:' beside 'Dividends declared per share' is no total."""
    a_per_share = names_per_share(a.row)
    if a_per_share == names_per_share(b.row):
        return False
    per_share, other = (a, b) if a_per_share else (b, a)
    return abs(other.value) >= _TOTAL_OVER_PER_SHARE * abs(per_share.value)


def _result(expression: str, operands: list[Operand], percent: bool, description: str,
            operation: str) -> TableCalculation | None:
    if operation in ("ratio", "percentage") and len(operands) == 2 and (
            operands[0].value == operands[1].value  # a figure over itself ('Total utility plant' read twice)
            or _per_share_and_total(*operands)):  # dividends per share over net income in thousands
        return None
    allowed = {o.number.strip("()-") for o in operands} | {str(len(operands)), "100"}
    try:
        calculation = evaluate(expression, allowed)
    except CalculationError:
        return None
    return TableCalculation(calculation, percent, tuple(operands), description, operation)
