"""Answer "what was <line item> in <column>?" straight from a table cell.

Small generators misread wide rows (a 2024 figure reported as 2023, the Premier fee as the
Plus fee). A table chunk carries its rows, each cell paired with its column's label
(index.documents.Table), so the row the question names and the column it names can be matched
by words, and the cell read without a model. A column is also named by the kind of value asked for (a
percentage by "rate", a sum by "cost"), and a row read in the several columns a question names together. The
lookup answers only when one row clearly wins; otherwise the generator answers as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from assistant.answering.calculation import SPELLED_SUBTRACTION
from assistant.answering.tables import ASKS_CAUSE, ASKS_SHARE, cells_of_span, months_of
from assistant.answering.tiers import asked_amounts, ranges_in, tier_fit
from index.documents import Chunk, Passage
from index.text.numbers import SCALE_FACTORS, UNIT_WORDS, parse_figure, with_units, years_in
from index.text.tokens import STOPWORDS, tokenize

_HAS_NUMBER = re.compile(r"\d")
_MAX_LABEL_WORDS = 12  # longer text cells are notes, not row names
_MAX_TEXT_CELL_WORDS = 6  # a text cell read as an answer ("Not available"); longer ones are notes
_MAX_CELLS_READ = 3  # columns one answer reads from a row; a question naming more is left to the generator
# Words that ask for a rate: a cell holding a percentage answers them whatever its column is called
# ("Gross p.a.", "Keystone Plus Account"). Names of one kind of rate (AER, APR) name only their own column.
_RATE_WORDS = frozenset("rate rates interest percent percentage".split())
_SHARE_WORDS = frozenset("share proportion portion ratio margin yield mix".split())
# Likewise words that ask what something costs name a cell holding a sum of money ("Amount", "Keystone Account").
_MONEY_WORDS = frozenset("cost costs charge charges fee fees price much".split())
_MONEY = re.compile(r"[£$€]\s?\d")
# "pay" after a pronoun, "to" or a modal is the verb: "to pay my late car loan" names no "Skip-a-Pay" row
_PAY_VERB = re.compile(r"\b(to|i|we|you|they|will|would|must|should|can|could|do|does|did)\s+pay(?:ing)?\b", re.I)
_YES_OR_NO = re.compile(r"\s*(?:is|are|was|were|will|would|does|do|did|can|could|has|have)\b", re.I)
_SUM = re.compile(r"[£$€]\s?\d[\d,]*(?:\.\d+)?")
# "how much unrecognized compensation cost … for unvested units": a sum of money, which a column counting units or
# shares ("Units (thousands)", "Number of shares") never holds
_SUM_ASKED = frozenset("cost costs expense expenses paid spent dollars value".split())
_COUNT_COLUMN = re.compile(r"\s*(?:number\b|units?\b|shares\b|#|count\b)", re.I)
SHARE_COLUMN = re.compile(r"\s*(?:%|per ?cent(?:age)?|as a (?:%|per ?cent(?:age)?)) of\b", re.I)  # "% of FY25 revenue"
# Modal verbs in a column label ("Who can have it") name nothing a question asks for.
# Words of a date or a period: a row named by these alone is named by when, not what
DATE_WORDS = frozenset("""jan january feb february mar march apr april may jun june jul july aug august sep sept
september oct october nov november dec december quarter month months year years ended ending""".split()) | frozenset(
    str(n) for n in range(1, 32)) | frozenset(str(y) for y in range(1990, 2101))
_NAMES_NO_COLUMN = frozenset("can could may might must shall should would get got".split())
_FOCUS_ROWS = 3  # table rows a generator is shown per passage, when the question names some
_MIN_ROW_COVERAGE = 0.5  # share of the row name's words the question must use
# Words that name no line on their own: "total" in "total assets" does not name "Total investments", nor "net" in
# "net cash provided by operating activities" the "Net income" row.
_WEAK_ROW_WORDS = frozenset("total net other".split())
# "Marrowgate (545 rooms)": a count in brackets says how big the row's item is, it is no word of its name
_SIZE_NOTE = re.compile(r"\(\s*\d[\d,.]*\s+[a-z]+(?:\s+[a-z]+)?\s*\)", re.I)
_NON_GAAP = re.compile(r"\bnon[- ]?gaap\b", re.I)
_GAAP_ONLY = re.compile(r"(?<![-\w])(?<!non )gaap\b", re.I)  # "Operating ratio (GAAP)", not "Non-GAAP net income"
# What a balance at a date is called, and what a period's flow is: a question asking the one, in words its row and
# table leave unexplained, is not answered by a row of the other
_BALANCE_WORDS = frozenset("remaining reserve reserves balance outstanding accrued accrual liability".split())
_FLOW_WORDS = frozenset("charges charge expense expenses costs payments provision".split())
# "the 5.250% Senior Notes due 2031 as of September 30, 2026": the year a debt falls due names the debt, not a period
_INSTRUMENT_YEAR = re.compile(r"\b(?:due|maturing|matures|expiring|expires)(?: in)?\s+(?:[a-z]+\s+)?(?:19|20)\d{2}\b",
                              re.I)
# A debt's principal (face, gross) and its net carrying amount are two figures: a question asking the one is not
# answered by a row named for the other ("Notes due 2029 – principal" for "the net carrying amount of the notes")
_GROSS = re.compile(r"\b(?:principal|face (?:amount|value)|par value|gross (?:carrying )?amount)\b", re.I)
_NET_CARRYING = re.compile(r"\bnet carrying\b|\bcarrying (?:amount|value)\b|\bnet book value\b|,\s*net\b", re.I)
# "Truckload segment" in a table's title or heading names a business segment; generic words there name none
_SEGMENT_HEADING = re.compile(r"\b((?:[A-Z][\w&'-]*\s+){0,2}[A-Z][\w&'-]*)\s+[Ss]egments?\b")
_NOT_SEGMENT_NAMES = frozenset("operating reportable business businesses other our each all by results".split())
_PER_DAY = re.compile(r"(?<=\w)/d\b", re.I)  # "Oil (Bbl/d)": a rate per day, no word of the row's name
_PER_UNIT = re.compile(r"\bper\s+([A-Za-z][\w-]*)", re.I)
# A row's words that say nothing of which measure it is: "Total revenue", a sign ("Less: Voyage expenses").
# So do words of when it falls ("Estimated future amortization expense" is the amortization expense).
_NO_KIND = _WEAK_ROW_WORDS | frozenset("less add plus minus estimated future expected projected".split())
# Likewise words before a row's word in a question: "Halberstow's ratio", "the average voyage expenses".
_NEUTRAL_BEFORE = _NO_KIND | frozenset("""s consolidated reported gaap annual fiscal fy mean average change changes
    increase decrease difference percentage percent proportion sum growth combined""".split())
# "Boeing's revenue": the name before an apostrophe says whose figure it is, not a row ("Boeing Capital") it
# only begins.
_OWNER = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Za-z][\w&-]*)['’]s?(?!\w)")  # 'Brannock Hearth's'
# A count is no kind of measure, in figures or in words: "the next twelve months" is "Within 12 months".
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_WHOLE = re.compile(r"\$?\s*100(?:\.0+)?\s*%")
_BRACKETED = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[a-z0-9]+(?:[.,]\d+)*")
# Footnote marks in a row name: 'Transfers (Note (b))', 'Leasehold improvements (1)'.
_FOOTNOTE = re.compile(r"\((?:note\b[^()]*(?:\([^()]*\))?[^()]*|[a-z]|\d{1,2}|[ivx]{1,4}|\*+)\)", re.I)
# Questions one cell cannot answer: names and manners (causes are `ASKS_CAUSE`), a choice among rows ('which
# activity brought in the most cash?'), or a figure to compute from cells.
_NOT_ONE_CELL = re.compile(
    r"^\s*who\b|\bhow (?:did|does|do)\b"
    r"|\bwhich\b.*\b(?:most|least|highest|lowest|largest|smallest|biggest|best|worst)\b"
    # "which of the segments earned more": a choice among parts; "in which year was it larger" reads both years
    r"|\bwhich\b(?!\s+(?:fiscal\s+)?(?:years?|periods?|quarters?|months?|dates?)\b).*\b(?:more|less|higher|lower|"
    r"larger|smaller|bigger|greater|stronger|weaker)\b"
    # a judgement between two ways ('did asset quality improve or deteriorate'), one amount beyond another
    r"|\b(?:improve|deteriorate|increase|decrease|rise|fall|grow|decline|widen|narrow)[ds]?\s+or\s+\w+"
    r"|\b(?:exceed|outpace|surpass)(?:ed|s)?\b"
    # "how much of operating cash flow remained after dividends": one figure less another; so is a subtraction the
    # question spells out ("taking total debt … and subtracting cash"), which one cell of either line never answers
    rf"|\b(?:remain(?:ed|s|ing)?|left(?: over)?)\s+after\b|{SPELLED_SUBTRACTION}", re.I)
# "Based on the deferred revenue roll-forward, …": where to look, not the line asked for.
SOURCE_CLAUSE = re.compile(r"^\s*(?:based on|according to|using|from)\s+(?:the\s+)?[^,?]{3,80},\s*", re.I)
# The same said inside the question: "during fiscal 2023 according to the income statement", "on the balance sheet"
IN_SOURCE = re.compile(r"\b(?:according to|as (?:reported|shown|presented|stated) (?:in|on)|per|based on|in|on|from) "
                       r"(?:the|its|their)\s+(?:[\w&'’-]+\s+){0,3}?(?:statements?|sheet|table|note|footnote|schedule|"
                       r"reconciliation)\b(?:\s+of\s+(?:[\w&'’-]+\s*){1,3})?", re.I)
# …or in brackets after the line it is about: "capital expenditures (cash flow statement)", "(per the segment note)"
BRACKETED_SOURCE = re.compile(r"\s*\((?:(?:as )?(?:from|in|on|per|according to) )?(?:the |its )?(?:[\w&'’-]+ ){0,3}"
                              r"(?:statements?|sheet|note|footnote|table|schedule|reconciliation)(?: of [^()]*)?\)",
                              re.I)
# "How many free deposits…" counts things: a sum of money or a rate is no count ("£3,000 (Post Office cash deposits
# (per day), Premium)").
_ASKS_COUNT = re.compile(r"\bhow many\b(?! (?:pounds|dollars|euros|pence|cents|percent|per ?cent)\b)", re.I)
_COUNTED = re.compile(r"\bhow many\s+(?:(?:net|new|total|full-time|open|active)\s+)?(?P<noun>[a-z]{3,})\b", re.I)
_STEM = 4  # "rooms" and "room", "hotels" and "hotel"
_TOTAL_OF_PARTS = re.compile(r"(\btotal\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*\((?![^()]*\b(?:in|dollars|millions?|"
                             r"thousands?|billions?)\b)[^()]{3,120}\)", re.I)
_WHOLE_ROW_WORDS = frozenset("total group consolidated overall company".split())


def _context_of(rows: list[TableRow], cell: Cell) -> str:
    """The title and sub-heading of the table row a cell was read from."""
    row = next((r for r in rows if r.passage_number == cell.passage_number and _shown_name(r) == cell.row), None)
    return f"{row.group} {row.context}" if row else ""


_COMBINING_WORDS = frozenset(
    """average change changes decrease difference increase percentage percent proportion ratio sum growth grow grew
    grown altogether combined combining counting together""".split()  # "counting A, B and C": a sum no one row is
)
_LABEL_UNIT = re.compile(rf"^(.*?)\s*\(([^()]*{UNIT_WORDS}[^()]*)\)\s*$", re.I)  # "Earnings per share (pence)"


@dataclass(frozen=True)
class Cell:
    """The cells of one table row a question names: one, or several columns it asks for together ("the gross
    rate and the AER"), or that answer differently for products it does not tell apart."""

    row: str
    cells: tuple[tuple[str, str], ...]  # (column label, value), in the table's order
    passage_number: int
    units: str
    score: tuple[int, float, int]

    @property
    def text(self) -> str:
        """The answer, with its citation marker; columns that hold the same value are named together."""
        merged: dict[str, list[str]] = {}
        for column, value in self.cells:
            merged.setdefault(value, []).append(column)
        cells = [(", ".join(columns), value) for value, columns in merged.items()]
        return f"{describe_cells(self.row, cells, self.units)} [{self.passage_number}]"


@dataclass(frozen=True)
class TableReading:
    text: str  # the answer, with its citation marker
    passage_number: int  # the one passage all its cells come from
    kind: str  # "years", "comparison", "rows", "count", "years listed", "items listed", "ranked change", "calculated"


def describe_cells(row: str, cells: Sequence[tuple[str, str]], units: str) -> str:
    """One row's cells with their units, figures first: '£386.9 million (Revenue, 2023)', or for several
    '£412.6 million (2024); £386.9 million (2023) — Revenue'. Row and column names often hold numbers
    of their own ('Scope 1', 'Q4 2019', footnote marks), so the figure leads."""
    own_unit = _LABEL_UNIT.match(row)
    if own_unit:  # the row states its unit: "9.2 pence", not the table's "GBP millions"
        row = own_unit.group(1)
    elif _PER_UNIT.search(row):  # "Diluted earnings per share": the table's millions are not its scale
        units = ""
    values = [
        f"{value} {own_unit.group(2)}" if own_unit else with_units(value, _units_of(column, units))
        if _HAS_NUMBER.search(value) else value
        for column, value in cells
    ]
    if len(cells) == 1:
        return f"{values[0]} ({row}, {cells[0][0]})"
    return "; ".join(f"{value} ({column})" for (column, _), value in zip(cells, values, strict=True)) + f" — {row}"


# A column that counts ("Total number of shares purchased") is in no currency, whatever the table's units say (the
# "($ in millions)" of its neighbour "Approximate dollar value that may yet be purchased").
_COUNTING_COLUMN = re.compile(r"\bnumber of\b|^\s*(?:total\s+)?(?:shares|units|count)\b", re.I)
_CURRENCY = re.compile(r"[$£€]|\b(?:usd|gbp|eur|dollars?|pounds?|euros?)\b", re.I)


# A column that states its own scale where the table states none: "Revenue 2024 (£m)"
_COLUMN_UNITS = re.compile(r"\(\s*([£$€]\s?(?:m|mn|bn|k))\s*\)", re.I)


def _units_of(column: str, units: str) -> str:
    if not units and (own := _COLUMN_UNITS.search(column)):
        return own.group(1)
    return "" if _COUNTING_COLUMN.search(column) and _CURRENCY.search(units) else units


@dataclass(frozen=True)
class TableRow:
    """One row of a table chunk as the table paths match it: its name, its (column, value) cells with a number,
    and where it is."""

    name_parts: tuple[str, ...]  # the first cell plus short text cells ("Service: Unarranged overdraft")
    cells: tuple[tuple[str, str], ...]  # (column label, value) for cells holding a number, in order
    passage_number: int  # 1-based
    units: str
    group: str = ""  # the sub-heading the row sits under ("Liabilities"), if any
    context: str = ""  # the chunk's first line: title, section, caption, units
    values: tuple[str, ...] = ()  # every cell's value as written, text cells and notes included
    # Labelled cells without a number that a reader may ask for ("Free", "Not available", "Monthly").
    text_cells: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        return " · ".join(self.name_parts[:2])

    @property
    def words(self) -> set[str]:
        return measure_words(_SIZE_NOTE.sub(" ", _PER_DAY.sub(" ", _FOOTNOTE.sub(" ", " ".join(self.name_parts)))))

    @property
    def unit_words(self) -> set[str]:
        """The words its name gives as its unit: "boe" in "Total (per Boe)" (`units` is the table's scale)."""
        return {word for part in self.name_parts for unit in _PER_UNIT.findall(part) for word in tokenize(unit)}


def table_rows(passages: Sequence[Passage]) -> list[TableRow]:
    """Every row of every table passage, in passage order; a table chunk without its `Table` has none."""
    rows: list[TableRow] = []
    for number, passage in enumerate(passages, start=1):
        table = passage.chunk.table
        if passage.chunk.kind != "table" or table is None:
            continue
        stub = stub_heading(table.columns[0] if table.columns else "")
        for row in table.rows:
            if row.is_heading:
                continue
            labelled = [(column, value.strip()) for column, value in row.cells if column]
            name_parts = [row.label] if row.label else []
            name_parts += [value for _, value in labelled if not _HAS_NUMBER.search(value)]
            name_parts = [part for part in name_parts if len(part.split()) <= _MAX_LABEL_WORDS]
            cells = tuple((column, value) for column, value in labelled if _HAS_NUMBER.search(value))
            group = row.group.rstrip(" :") or stub
            values = tuple(value.strip() for _, value in row.cells)
            texts = tuple((column, value) for column, value in labelled
                          if value and not _HAS_NUMBER.search(value) and len(value.split()) <= _MAX_TEXT_CELL_WORDS)
            rows.append(TableRow(tuple(name_parts), cells, number, table.units, group, table.context, values, texts))
    return rows


# A label column headed by a measure and a colon ("Segment Adjusted EBITDA:" over the segments' names) heads every
# row it has no sub-heading for: those rows are that measure's parts, not the parts of another table's measure.
# A heading of units or periods ("(In thousands)", "Year ended:") heads no measure.
_STUB_HEADING = re.compile(r"^\s*([A-Za-z][A-Za-z&'’,/ -]{2,60}?)\s*:\s*$")
_NOT_A_MEASURE = re.compile(r"\b(?:thousands|millions|billions|dollars|except|amounts|years?|months|quarters?|"
                            r"ended|ending|fiscal|periods?|as of|dates?)\b", re.I)


def stub_heading(label: str) -> str:
    """The measure a table's label column is headed by ("Net sales by segment:"), or ''."""
    found = _STUB_HEADING.match(label)
    return found.group(1) if found and not _NOT_A_MEASURE.search(label) else ""


def stem(word: str) -> str:
    """'liabilities' -> 'liability', 'fees' -> 'fee': enough to match singular and plural."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _matched(words: set[str], wanted: set[str], plurals: bool = False) -> set[str]:
    """The words the question uses; with `plurals`, singular or plural alike ("cashiers check" uses 'Cashier's
    check'; a customer's plural is loose, an analyst's "available seat miles" names that row, not "per ASM")."""
    if not plurals:
        return words & wanted
    stems = {stem(word) for word in wanted}
    return {word for word in words if word in wanted or stem(word) in stems}


def row_match(row: TableRow, wanted: set[str], ignore: frozenset[str] = frozenset(),
              plurals: bool = False) -> tuple[int, float] | None:
    """(row-name words the question uses, share of the row name they cover), None below the minimum share.

    Words in `ignore` ('during', 'period') do not count, unless the row name has no others.
    """
    words = (row.words - ignore) or row.words
    matched = len(_matched(words, wanted, plurals))
    # a unit the row states ("Oil (per Bbl)") need not be asked; a row that is only a unit and a total keeps it
    named = words - row.unit_words - {"per", "s"}  # (the "s" a possessive leaves: "Cashier's check")
    named = named if named - _WEAK_ROW_WORDS else words
    if not words or len(_matched(named, wanted, plurals)) / len(named) < _MIN_ROW_COVERAGE \
            and not _alternative_named(row, wanted):
        return None
    if (own := words - _WEAK_ROW_WORDS) and not _matched(own, wanted, plurals):
        return None
    return matched, round(matched / len(words), 3)


_ALTERNATIVES = re.compile(r"\(([^()]*\bor\b[^()]*)\)")  # "Legal process (levy or garnishment)"


def _alternative_named(row: TableRow, wanted: set[str]) -> bool:
    """The question uses one of the other names a row's label gives in brackets: "garnishment fee" for
    'Legal process (levy or garnishment)'."""
    for listed in _ALTERNATIVES.findall(row.name_parts[0] if row.name_parts else ""):
        if any((words := set(tokenize(name))) and words <= wanted for name in re.split(r",|\bor\b", listed)):
            return True
    return False


# "Net interest income after provision for credit losses" is a net interest income: what a line is after or before;
# "Free cash flow (operating cash flow less capital expenditures)" is a free cash flow, not the capex it subtracts
_AFTER_OR_BEFORE = re.compile(r"\s+(?:after|before|net of|less|minus|excluding)\s+", re.I)
# a statement named as the source ("the income statement provision") names no line
_STATEMENT_NAME = re.compile(r"\b(?:income|cash[- ]flows?|operations|earnings) statements?\b|\bstatements? of "
                             r"(?:income|operations|earnings|cash flows|comprehensive income)\b", re.I)


def named_by_qualifier_only(label: str, question: str) -> bool:
    """The row is "X after Y" (or "before Y") and the question names Y but none of X: it asks for Y, another line."""
    parts = _AFTER_OR_BEFORE.split(label, maxsplit=1)
    if len(parts) < 2:
        return False
    head = set(tokenize(parts[0])) - _WEAK_ROW_WORDS
    return bool(head) and not head & set(tokenize(_STATEMENT_NAME.sub(" ", question)))


# what a phrase's figure is of comes before these: "revenue" in "revenue from Americas in 2019"
_QUALIFIER_START = re.compile(r"\s(?:of|for|from|in|at|on|by|to|under|during|over)\s|,", re.I)
# words of when, and of which kind of part, that name no measure: "subscription revenue year-to-date", "the Lifting
# Systems segment"
_PERIOD_NOUNS = frozenset("fiscal year years quarter quarters half month months period total end date ytd to most "
                          "recent latest current prior previous last ended ending first second third fourth three six "
                          "nine twelve segment segments division divisions business businesses unit units region "
                          "regions line lines brand brands".split())
NUMBERISH = re.compile(r"(?:fy?|q)?\d[\d.]*")  # '2019', 'fy19', '31': dates and years, not row names or measures


def table_words(rows: Sequence[TableRow], passage_number: int, context: str) -> str:
    """The words a table says: its title, and each row's name, sub-heading and columns."""
    return " ".join([context, *(f"{r.name} {r.group} {' '.join(c for c, _ in r.cells)}" for r in rows
                                if r.passage_number == passage_number)])


def measure_unnamed(phrase: str, row_name: str, said: str) -> bool:
    """The phrase names the row as the owner of another measure, and that measure is none of the words `said` (the
    row's table): "Row Crop and Harvest order backlog" read from the row "Row Crop and Harvest" of a table of net
    sales. A measure named before the row ("the gross cost of land, property and equipment") describes the row's own
    figure."""
    phrase = _QUANTITY_OF.sub("", phrase.strip())  # "the proportion of products": products
    head_text = _QUALIFIER_START.split(f" {phrase} ", maxsplit=1)[0] or phrase
    words = [w for w in tokenize(re.sub(r"(?:'s|’s|s')\b", " ", head_text))
             if not NUMBERISH.fullmatch(w) and w not in _PERIOD_NOUNS]
    owner = set(tokenize(row_name)) - _WEAK_ROW_WORDS
    if not words or words[-1] in _PARTICLES | _ANY_MEASURE or not owner or not owner <= set(words[:-1]):
        return False
    return words[-1][:_STEM] not in {w[:_STEM] for w in tokenize(said)}


_QUANTITY_OF = re.compile(r"^(?:(?:what|how|is|was|were|are|the|a|an)\s+)*(?:proportion|percentage|percent|share|"
                          r"ratio|amount|value|number|level|portion|fraction|sum|difference|change)s?\s+"
                          r"(?:of|in|between)\s+(?:the\s+)?", re.I)
# a measure in general, which any table's figures are ("transportation volume" of a table of throughput in Bcf), or
# one a table may print under a synonym or leave to its title ("stock-based compensation expense" by line item)
_ANY_MEASURE = frozenset("volume volumes amount amounts value values figure figures number numbers count counts level "
                         "levels balance balances size quantity quantities total totals expense expenses cost costs "
                         "charge charges income revenue revenues sales earnings profit profits spending spend fee fees "
                         "payment payments".split())
_PARTICLES = frozenset("out up down off back over away".split())  # "paid out": a verb's, no measure
# the part a share is asked of, named first: "…, Row Crop and Harvest order backlog represented what percentage of"
_PART_BEFORE_SHARE = re.compile(r"^(?:[^?]*?,\s*)?(?P<part>[^,?]+?)\s+(?:represented|represents|was|were|is|are|"
                                r"accounted for|amounted to|made up|as)\s+(?:an?\s+|what\s+)"
                                r"(?:percentage|percent|share|proportion|fraction)\b", re.I)


# the lines a statement splits between the company's owners and noncontrolling interests (per-share lines are the
# owners' already: "Diluted" under "Earnings per share")
_SPLIT_BY_OWNER = re.compile(r"\bnet (?:income|loss|earnings)\b|\bcomprehensive (?:income|loss)\b", re.I)
_OWNERS_SHARE = re.compile(r"\battributable to\b|\bavailable to (?:common |ordinary )?(?:share|stock)holders\b", re.I)


def owners_share_unread(question: str, row_text: str) -> bool:
    """The question asks for the share of a figure that is its owners' ("net income attributable to Acme, Inc.") and
    the row, with its sub-heading, is the whole before that split ("Net income", noncontrolling interests in it)."""
    return bool(_OWNERS_SHARE.search(question)) and bool(_SPLIT_BY_OWNER.search(row_text)) \
        and not _OWNERS_SHARE.search(row_text)


_ATTRIBUTION_ASKED = re.compile(r"\battribut\w*|\b(?:share|stock)holders?\b|\bowners?\b|\bparent\b"
                                r"|\bnoncontrolling\b|\bnon-controlling\b|\bminority\b", re.I)


def owners_share_unasked(question: str, row_name: str) -> bool:
    """The row is a figure's split by owner ("Net income attributable to Tarrow Ridge Steel Corporation") and the
    question asks nothing of owners: the company's name in the row names no line ("Tarrow Ridge Steel's net sales")."""
    return bool(_OWNERS_SHARE.search(row_name)) and not _ATTRIBUTION_ASKED.search(question)


def names_other_kind(label: str, question: str) -> bool:
    """The question puts its own word before a word of the row's name where the row has another: "loss ratio"
    asked, "Combined ratio" printed; "diluted earnings per share" asked, "Basic earnings per share" printed. That
    row is another measure of the same kind, however many words it shares. So is a line after or before the one
    asked ("Net interest income after provision for credit losses" for "the provision for credit losses")."""
    if named_by_qualifier_only(label, question):
        return True
    label, question = _one_measure(label), _one_measure(question)
    said = _WORD.findall(question.lower())
    # "Net income (loss) per share": "(loss)" qualifies; the "s" of "Cashier's check" is no word of the name
    name = [w for w in _WORD.findall(_BRACKETED.sub(" ", label).lower()) if w != "s"]
    printed = set(_WORD.findall(label.lower()))  # "LTV" names "Loan-to-value (LTV) ratio"
    for i in range(1, len(name)):
        word, before = name[i], name[i - 1]
        if word in STOPWORDS or word not in said or before in said or before in STOPWORDS | _NO_KIND:
            continue
        theirs = [said[j - 1] for j in range(1, len(said)) if said[j] == word]
        # a word of the same root is the same word ("telecommunications", "EBITA" misprinted for "EBITDA")
        if theirs and all(b[:4] != before[:4] and b not in printed | STOPWORDS | _NEUTRAL_BEFORE | _NUMBER_WORDS
                          and not b[0].isdigit()
                          for b in theirs):
            return True
    return False


# The part of a balance due within a year or after it: "Operating lease liabilities, current" is not the liabilities'
# total a question asks for without saying which part
_PORTION = re.compile(r"\b(?:non-?current|current|long-term|short-term)\b", re.I)


def _portions(text: str) -> set[str]:
    """The parts of a balance a label or question names ("current", "noncurrent")."""
    return {p.lower().replace("-", "") for p in _PORTION.findall(text)}


def owner_words(question: str) -> set[str]:
    """The words of whose figure it is: 'Brannock Hearth's total revenue' -> {'brannock', 'hearth'}."""
    return {word for name in _OWNER.findall(question) for word in tokenize(name)}


def same_figures(a: Sequence[tuple[str, str]], b: Sequence[tuple[str, str]]) -> bool:
    """The same figures under the same columns, however written: "$ 251.7" in a statement is "251.7" in a note; a
    column is its year where it names one ("2025" in an MD&A table is "Fiscal 2025" in a note), and a row with a
    column more ("% of FY25 revenue") agrees with one that has all its other figures."""
    def figures(cells: Sequence[tuple[str, str]]) -> list[tuple[str, object]]:
        # a column named alike ("Gross rate" in a leaflet, "gross_rate" in a rate sheet's CSV) is one column
        return [(" ".join(column.replace("_", " ").lower().split()), figure.value if (figure := parse_figure(value))
                 else value) for column, value in cells]
    if figures(a) == figures(b):
        return True

    def by_year(cells: Sequence[tuple[str, str]]) -> set[tuple[object, object]]:
        return {(years[0] if len(years := years_in(column)) == 1 else column, value)
                for column, value in figures(cells)}
    fewer, more = sorted((by_year(a), by_year(b)), key=len)
    if len(fewer) >= 2 and fewer <= more:
        return True
    # …and so does one with a year fewer (the MD&A's two years of the statement's three, each beside its "% of
    # sales"), where every year both print has a figure in common
    years_a, years_b = _figures_by_year(figures(a)), _figures_by_year(figures(b))
    shared = years_a.keys() & years_b.keys()
    return len(shared) >= 2 and all(years_a[year] & years_b[year] for year in shared)


def _figures_by_year(cells: list[tuple[str, object]]) -> dict[int, set[object]]:
    found: dict[int, set[object]] = {}
    for column, value in cells:
        if len(years := years_in(column)) == 1 and isinstance(value, float):
            found.setdefault(years[0], set()).add(value)
    return found


_EXPENSE_WORDS = re.compile(r"\b(?:expenses?|costs?|spend(?:ing)?)\b", re.I)
_REVENUE_WORDS = re.compile(r"\b(?:revenues?|sales|income)\b", re.I)


# A reconciliation's step: "Less", "Minus" or a colon after "Add" or "Plus" opens it ("Plus" alone may be an account's
# name) …
_STEP_ROW = re.compile(r"^\s*(?:(?:less|add|plus|minus|deduct)\s*:|(?:less|minus|deduct(?:ing)?)\b)", re.I)
_MONEY_UNITS = re.compile(r"[$€£]|\b(?:usd|eur|gbp|dollars|euros|pounds)\b", re.I)
_EXCEPT = re.compile(r"\bexcept\b", re.I)  # "$ in thousands, except store counts"
_STEP_WORDS = frozenset({"less", "add", "plus", "minus", "deduct"})
# … and a question that takes something away may ask for one
_TAKES_AWAY = re.compile(r"\b(?:less|minus|deduct(?:ing)?)\b|^\s*(?:add|plus)\s*:", re.I)


def kind_clash(phrase: str, row_text: str) -> bool:
    """The phrase asks for an expense and the row (with its sub-heading) is revenue, naming no expense; or the
    reverse."""
    # "Cost of revenue — subscription" is an expense: the revenue it names is what the cost is of
    row_kind = _COST_OF.sub("cost", row_text)
    return any(asked.search(phrase) and not other.search(phrase) and other.search(row_kind)
               and not asked.search(row_kind)
               for asked, other in ((_EXPENSE_WORDS, _REVENUE_WORDS), (_REVENUE_WORDS, _EXPENSE_WORDS)))


_COST_OF = re.compile(r"\bcosts? of (?:revenues?|sales)\b", re.I)


def lookup(question: str, passages: Sequence[Passage], other_rows_too: bool = False) -> Cell | None:
    """The cells of the one table row the question names, in the columns it names, or None when unsure.

    With `other_rows_too` (a customer's question over price lists), a question word the answer leaves unexplained
    that names another row also says the question is about something else: "Purchase rate" of the credit card
    does not answer "is the standard overdraft rate changing", whose "standard" names a row of the overdraft
    table. Report tables are left out: their questions often carry a word of a neighbouring row ("in 2019" rows,
    "total" rows) while the cell found is right (TAT-QA dev: 24 right cells lost for 26 wrong ones).
    """
    if _NOT_ONE_CELL.search(question) or ASKS_CAUSE.search(question) \
            or len(years_in(_INSTRUMENT_YEAR.sub(" ", question))) > 1:
        return None
    # "the total system (owned and leased, managed and franchised)": the parts a total is made of name no row
    question = _TOTAL_OF_PARTS.sub(r"\1", question)
    if other_rows_too:  # "will i have to pay the fee" names no "Courtesy Pay" row
        question = _PAY_VERB.sub(r"\1", question)
    wanted = _words_and_years(SOURCE_CLAUSE.sub("", question)) | {str(year) for year in years_in(question)}
    # "… according to the income statement" says where to look: its words name the table, not the row
    row_wanted = wanted & _words_and_years(IN_SOURCE.sub(" ", SOURCE_CLAUSE.sub("", question)))
    non_gaap = bool(_NON_GAAP.search(question))
    rows = table_rows(passages)
    # A sum in the question picks its tier: a row whose range of money does not hold it is not read.
    amounts = asked_amounts(question)
    fits = [tier_fit(amounts, " ".join(row.values)) for row in rows]
    fitting = {id(row) for row, fit in zip(rows, fits, strict=True) if fit}
    if any(fits):
        rows = [row for row, fit in zip(rows, fits, strict=True) if fit is not False]
        # a sum of four digits ("£1,500") is no year the question names
        wanted -= {w for w in _words_and_years(" ".join(_SUM.findall(question))) if len(w) == 4 and w.isdigit()}
    owners = owner_words(question)
    portions_asked = _portions(question)
    # a customer's "everyday vs everyday plus" names both columns (price lists only: a report's questions repeat words)
    spoken = tokenize(_one_measure(question)) if other_rows_too else []
    candidates: list[tuple[Cell, set[str], set[str], TableRow]] = []
    for row in rows:
        holds_sum = id(row) in fitting
        if non_gaap and _GAAP_ONLY.search(row.name):
            continue  # "in its non-GAAP reconciliation" does not ask for "Operating ratio (GAAP)"
        if owners_share_unread(question, f"{row.group} {row.name}") or owners_share_unasked(question, row.name):
            continue
        if row.name_parts and (names_other_kind(row.name_parts[0], question)
                               or _portions(row.name_parts[0]) - portions_asked
                               or _other_basis(row.name_parts[0], question)
                               or _other_segment(row, wanted)):
            continue
        # A row is named by its label, or by its label and its short text cells together.
        match = row_match(row, row_wanted, plurals=other_rows_too)
        if match is None:
            row = replace(row, name_parts=row.name_parts[:1])
            match = row_match(row, row_wanted, plurals=other_rows_too)
        titled = set(tokenize(f"{row.group} {row.context}"))  # the words of its sub-heading and table title
        # A band of money ("£10,000 to £49,999.99") is named by the sum the question gives ("i have 12k"), in the
        # table its title names ("Easy Access Saver"): the band's label has no words to match.
        banded = match is None and tier_fit(amounts, row.name_parts[0] if row.name_parts else "") is True \
            and bool((wanted - _WEAK_ROW_WORDS) & titled)
        whole = match is None and not banded and _names_whole(row)
        if whole or banded:
            match = (0, 0.0)
        elif match is None or (row.words & wanted) <= owners and not row.words <= owners:  # "Aerospace's" names it
            continue
        units = row.unit_words
        if units and not row.words - _WEAK_ROW_WORDS - {"per"} - units and not (wanted - owners - row.words) & titled:
            continue  # "Total (per Boe)" names a unit only: its title says what it is of, and the question names none
        # A row the question names only loosely ("payment" for "CHAPS payment", "card delivery" for "Emergency
        # card delivery abroad") is read only in the columns it names outright: not by asking for "a rate" or
        # "the cost", nor in a text cell ("Included").
        # (a row whose band holds the sum the customer gives is named well enough: "£8,000 in the instant saver")
        named = _named_cells(row, wanted, by_kind=banded or holds_sum or _well_named(row, wanted, other_rows_too)
                             or _alternative_named(row, wanted),
                             spoken=spoken)
        if not named and len(row.cells) == 1 and {w for w in row.words if w.isdigit() and len(w) == 4} & wanted \
                and not _count_for_sum(wanted, *row.cells[0]):
            # a schedule by year ("Fiscal 2027 | (in millions): 122"): the row names the period, its one cell the sum
            named = [(*row.cells[0], row.words & wanted)]
        # (a price list's products that all charge the same are one answer: "$5.00" under four accounts)
        read = {value for _, value, _ in named} if other_rows_too else named
        if not named or len(read) > _MAX_CELLS_READ:
            continue
        used = set().union(*(words for _, _, words in named))
        if whole and wanted - owners - used:
            continue  # the whole answers only a question its columns and owner explain in full
        if not banded and (row.words & wanted) <= DATE_WORDS and not used - DATE_WORDS - _MONEY_WORDS - _RATE_WORDS:
            continue  # "as of December 31, 2025" names a date, not the row "December 1 – December 31, 2025"
        # Scored by row words matched, how complete a row name, column words used (ranked below: see the sort).
        cells = tuple((c, v) for c, v, _ in named)
        cell = Cell(_shown_name(row), cells, row.passage_number, row.units, (*match, len(used)))
        # Rows named alike in several tables ('Underwriting income' of each segment) are told apart by the words
        # their sub-heading and table title explain ('Homeowners').
        # (a date in the title names the table's period, as a column's does: "Six Months Ended October 31," over the
        # cash flow statement's change in a balance does not make it the balance sheet's line "at October 31, 2026")
        placed = wanted & titled - row.words - used - DATE_WORDS
        candidates.append((cell, row.words | used, placed, row))
    if not candidates:
        return None
    if _ASKS_COUNT.search(question):
        counted = _COUNTED.search(question)
        # (nor a figure of a table in money, "Owned retail stores | 238.9" under "$ in millions", their revenue, unless
        # its column names what is counted: "Depreciable Lives (Years)")
        stem = counted["noun"].lower()[:_STEM] if counted else ""
        candidates = [c for c in candidates if not any(_MONEY.search(v) or "%" in v for _, v in c[0].cells)
                      and not (_MONEY_UNITS.search(c[0].units) and not _EXCEPT.search(c[0].units) and not (
                          stem and any(w[:_STEM] == stem for col, _ in c[0].cells for w in tokenize(col))))]
        # "how many rooms": what is counted is named by the row, its columns, sub-heading or title ("revenues" is not)
        if counted:
            candidates = [c for c in candidates if any(w[:_STEM] == stem for w in tokenize(
                f"{c[0].row} {' '.join(col for col, _ in c[0].cells)} {_context_of(rows, c[0])}"))]
        if not candidates:
            return None
    # Row words first, then the words a row's table title and sub-heading explain ("restructuring reserve"), then
    # the column words used: a column spelled out in full ("Six Months Ended June 30, 2025") does not make another
    # table's row ("Restructuring charges") the one asked for ("cash paid against the restructuring reserve").
    # A part's row under a sub-heading the question does not name ('Fuel surcharge revenue' under 'Truckload' and
    # under 'Logistics') is no rival to the whole's row of that name.
    # (the company's own name, "Tarrow Ridge Steel's", names no part: not "Flat-Rolled Steel")
    candidates = [c for c in candidates if not _one_part_of_several(c[3], rows, wanted - owners)] or candidates
    # "onboard and other revenue": the line under Revenues, not its namesake under Cruise operating expenses
    candidates = [c for c in candidates if not kind_clash(question, f"{c[3].group} {c[3].name}")] or candidates
    # a reconciliation's step ("Less: onboard and other") is the line taken away, not the line itself
    if not _TAKES_AWAY.search(question):
        candidates = [c for c in candidates if not _STEP_ROW.match(c[3].name)]
        if not candidates:
            return None
    # A row named by a word of its own ("Marrowgate") before one named only by its table title's words ("Comparable
    # hotels" in "Comparable Hotel Statistics by Market"): the title's words are the table's, the row's the asked.
    # Rows of one name under two sub-headings ("Diluted" under "Net income per share" and under "Shares used in
    # computing net income per share"): the one under a sub-heading the question names in full is the one.
    candidates.sort(key=lambda c: (_own_word_named(c[3], wanted), c[0].score[:2], len(c[2]),
                                   -_group_unasked(c[3], wanted), c[0].score[2]), reverse=True)
    best, explained, placed, best_row = candidates[0]
    if part := _part_of_measure(candidates, wanted):
        best, explained, placed, best_row = part
    elif completed := _completed_by_heading(candidates, wanted, question):
        best, explained, placed, best_row = completed
        # its rivals are rows the question names as one phrase with their sub-heading too
        candidates = [c for c in candidates[1:] if _said_together(
            c[3].words - _WEAK_ROW_WORDS | set(tokenize(c[3].group)) & c[2], question)]
    rivals = [c for c, _, p, row in candidates[1:] if (c.score, len(p)) == (best.score, len(placed))
              and not (row.name == best_row.name and best_row.group
                       and _group_unasked(best_row, wanted) == 0 < _group_unasked(row, wanted))
              and not same_figures(c.cells, best.cells)]
    # A word the cell's row and column leave unexplained, which some cell's text uses ("limit" in a
    # Notes cell), says the question is about that text, not this figure.
    in_cell_text = {w for row in rows for value in row.values for w in tokenize(value) if not w[0].isdigit()}
    if other_rows_too:
        # (the row's own note explains the words it shares: "from savings" of 'From Primary Share Savings …' beside
        # the Overdraft Transfer Service's fee, which the answer quotes with it)
        in_cell_text -= {w for value in best_row.values for w in tokenize(value)}
        in_cell_text |= {w for row in rows for part in row.name_parts for w in tokenize(_FOOTNOTE.sub(" ", part))
                         if not w[0].isdigit()}
    percent = any("%" in value for _, value in best.cells) or "%" in best.row
    if percent and ASKS_SHARE.search(question) and all(_WHOLE.fullmatch(v) for _, v in best.cells if "%" in v):
        return None  # the whole's own 100%: "what percentage of total investments was held in …" asks for a part
    unexplained = wanted - explained - ({"percent", "percentage"} if percent else set())
    if other_rows_too:
        unexplained -= _kind_of_named(spoken, best_row.words)
        said = tokenize(question)
        # "is the share account rate guaranteed" asks whether, which the rate does not say (whether it is changing,
        # the notes of a change say beside it)
        if _YES_OR_NO.match(question) and said and said[-1] in unexplained and not said[-1].startswith("chang"):
            return None
    # words left over that name another row of its table outright ('… recorded in sales and marketing' when
    # the total 'Stock-based compensation expense' was found): the question asks for that row's share
    table = [row for row in rows if row.passage_number == best.passage_number and _shown_name(row) != best.row]
    left = unexplained - placed  # words its sub-heading or title explain name no other row
    # (or a step the question names in full by a word the found row leaves unexplained: "the LIFO reserve on
    # merchandise inventories" is not 'Merchandise inventories, at LIFO' below 'Less: LIFO reserve')
    names_other = any(len(words := row.words - _WEAK_ROW_WORDS) >= 2 and (words <= left or (
        _STEP_ROW.match(row.name) and words & left and words - _STEP_WORDS <= wanted)) for row in table)
    if rivals or names_other or unexplained & (in_cell_text | _COMBINING_WORDS) \
            or _pair_asked(question, best_row.words, left, table):
        return None
    asked_per, read_per = _per_units(question), _per_units(" ".join((best.row, *(c for c, _ in best.cells))))
    if asked_per and read_per and not asked_per & read_per and not _abbreviates(question, best.row):
        return None  # "revenue per average employee" is not "Average revenue per carload"
    measure = _measure_per(question)
    if asked_per and not read_per and "shar" not in asked_per and measure and not measure & best_row.words:
        return None  # "average revenue per kWh" is not 'Total average electric customers': its measure is unnamed
    if (part := _PART_BEFORE_SHARE.search(question)) and measure_unnamed(
            part["part"], best_row.name, table_words(rows, best.passage_number, best_row.context)):
        return None  # a segment's operating margin is no share of its sales that its backlog makes up
    if not other_rows_too and left & _BALANCE_WORDS and best_row.words & _FLOW_WORDS:
        # a report's "remaining restructuring reserve" is a balance: "Restructuring charges" of a period is not (a
        # customer's "fee on an overdraft balance" is a price list's "Overdraft charges")
        return None
    if other_rows_too:
        best = _with_today(best, best_row)
    return None if _one_part_of_several(best_row, rows, wanted - owners) else _of_span(
        best, question)


_PER_WORDS = re.compile(r"\bper\s+((?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*)", re.I)


# "revenue per kWh"; not "… at September 30, per the reserve roll-forward", which says where to read
_MEASURE_PER = re.compile(r"\b([A-Za-z][\w-]*)\s+per\s+(?!(?:the|its|their|our|this|that|an?)\b)[A-Za-z]", re.I)


def _measure_per(question: str) -> set[str]:
    """The words a figure per unit is of: {'revenue'} in "average revenue per kWh"."""
    return {word for found in _MEASURE_PER.findall(question) for word in measure_words(found)}


def _other_segment(row: TableRow, wanted: set[str]) -> bool:
    """The row's label carries the name of the segment its heading is about ('Truckload adjusted operating ratio'
    under "Truckload segment") and the question names no segment: it asks for the company's own figure."""
    named = {word for name in _SEGMENT_HEADING.findall(row.context) for word in tokenize(name)} - _NOT_SEGMENT_NAMES
    return bool(named & row.words) and not named & wanted


def _other_basis(label: str, question: str) -> bool:
    """The row is a debt's principal where its net carrying amount is asked, or the reverse."""
    gross = bool(_GROSS.search(label)) and not _GROSS.search(question)
    net = bool(_NET_CARRYING.search(label)) and not _NET_CARRYING.search(question)
    return gross and bool(_NET_CARRYING.search(question)) or net and bool(_GROSS.search(question))


def _per_units(text: str) -> set[str]:
    """What a figure is per, as word stems: "per average employee" -> {'aver', 'empl'}; "per diluted share" ->
    {'dilu', 'shar'}."""
    return {word[:_STEM] for phrase in _PER_WORDS.findall(text) for word in tokenize(phrase)}


_AND_PAIR = re.compile(r"\b([a-z][\w-]*)\s+(?:and|&)\s+([a-z][\w-]*)\b", re.I)


def _pair_asked(question: str, found: set[str], left: set[str], table: list[TableRow]) -> bool:
    """The question pairs the row's word with one its row lacks and another row of the table has: "depreciation
    and amortization" asked, "Depreciation" found beside "Amortization of intangible assets" — a sum of two lines."""
    for pair in _AND_PAIR.findall(question):
        first, second = (word.lower() for word in pair)
        for have, lack in ((first, second), (second, first)):
            if have in found and lack in left and any(lack in row.words for row in table):
                return True
    return False


# the words after "per", as many as an abbreviation may stand for ("per available seat mile")
_PER_PHRASE = re.compile(r"\bper\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)", re.I)


def _abbreviates(question: str, label: str) -> bool:
    """One side says per unit in initials that the other spells out: "per ASM" and "per available seat mile"."""
    def initials(text: str) -> set[str]:
        return {"".join(w[0] for w in words[:n]) for phrase in _PER_PHRASE.findall(text)
                for words in [phrase.lower().split()] for n in range(2, len(words) + 1)}

    def abbreviations(text: str) -> set[str]:
        return {w.lower() for phrase in _PER_PHRASE.findall(text) for w in phrase.split()[:1]
                if w.isupper() and len(w) >= 2}
    return bool(initials(question) & abbreviations(label) or initials(label) & abbreviations(question))


def _own_word_named(row: TableRow, wanted: set[str]) -> bool:
    """The question uses a word of the row's name that its table title does not have (a sub-heading may well repeat
    the row's words: 'Adjustments to reconcile net income to net cash provided by operating activities')."""
    titled = {word[:_STEM] for word in tokenize(row.context)}
    return any(word[:_STEM] not in titled for word in row.words & wanted)


def _of_span(cell: Cell, question: str) -> Cell:
    """The cells of the span the question names, where the row's cells span several ('Three Months Ended 2025' and
    'Nine Months Ended 2025' for "year-to-date in fiscal 2025": the nine months)."""
    return replace(cell, cells=tuple(cells_of_span(list(cell.cells), months_of(question))))


def _part_of_measure(candidates: list[tuple[Cell, set[str], set[str], TableRow]], wanted: set[str],
                     ) -> tuple[Cell, set[str], set[str], TableRow] | None:
    """The row of a breakdown of the measure found that the question's leftover words name: "stock-based
    compensation recorded in sales and marketing" reads 'Sales and marketing' of the table titled 'Stock-based
    compensation expense by line item', not the total 'Stock-based compensation expense'."""
    _, explained, _, row = candidates[0]
    measure = row.words & wanted - _WEAK_ROW_WORDS
    left = wanted - explained
    parts = [c for c in candidates[1:] if measure and measure <= c[2]
             and len(words := c[3].words - _WEAK_ROW_WORDS) >= 2 and words <= left]
    if not parts:
        return None
    parts.sort(key=lambda c: (len(c[2]), c[0].score), reverse=True)
    return parts[0]


def _completed_by_heading(candidates: list[tuple[Cell, set[str], set[str], TableRow]], wanted: set[str],
                          question: str) -> tuple[Cell, set[str], set[str], TableRow] | None:
    """A row whose own name is a word the first row leaves unasked, under a sub-heading that names the rest of the
    measure, explaining as much of the question and said there as one phrase where the first row's words are not:
    "how much subscription revenue had it recognized" reads 'Subscription' under 'Revenue:', not a roll-forward's
    'Revenue recognized'."""
    _, explained, placed, best_row = candidates[0]
    covered = len((explained | placed) - DATE_WORDS)
    left = wanted - explained - placed
    if _said_together(best_row.words - _WEAK_ROW_WORDS, question):
        return None
    better = [c for c in candidates[1:] if (own := c[3].words - _WEAK_ROW_WORDS) and own <= left
              and (heading := set(tokenize(c[3].group)) & c[2]) and len((c[1] | c[2]) - DATE_WORDS) >= covered
              and _said_together(own | heading, question)]
    return better[0] if better else None


def _said_together(words: set[str], question: str) -> bool:
    """The words stand side by side in the question, in any order ("subscription revenue" for 'Subscription' under
    'Revenue:')."""
    tokens = [token[:_STEM] for token in tokenize(question)]
    stems = {word[:_STEM] for word in words}
    return bool(stems) and any(set(tokens[i:i + len(stems)]) == stems for i in range(len(tokens) - len(stems) + 1))


def _one_part_of_several(row: TableRow, whole_tables: list[TableRow], wanted: set[str]) -> bool:
    """The cell's row sits under a sub-heading the question does not name, and its table lists a row of that name
    under another with other figures ('Backlog at December 31' under each segment): it is one part's, not the
    figure asked for."""
    # a sub-heading the question names in another number ("onboard and other revenue" under "REVENUES")
    if not row.group or {w[:_STEM] for w in _words_and_years(row.group)} & {w[:_STEM] for w in wanted}:
        return False
    return any(_one_table(other.context, row.context) and other.group != row.group
               and other.name_parts == row.name_parts and not same_figures(other.cells, row.cells)
               for other in whole_tables)


_CONTINUED = re.compile(r"\s*\(continued\)", re.I)


def _one_table(context: str, other: str) -> bool:
    """Two chunks' headings name one table, its part on the next page titled "(continued)" too."""
    return _CONTINUED.sub("", context) == _CONTINUED.sub("", other)


_UNIT_NOTE = re.compile(r"\(\s*(?:per|each|a|an)\b[^()]*\)", re.I)  # "(per transfer)" says what the fee is charged on
_WELL_NAMED_SHARE = 0.6  # of one part of the row's name (its label, or a text cell such as the service)


def _names_whole(row: TableRow) -> bool:
    """A row that is the whole of a table by part ("Group", "Total", "Consolidated"): the company's own figure
    where the question names the measure by a column ("Revenue 2024 (£m)") and no part."""
    return bool(row.name_parts) and bool(words := set(tokenize(row.name_parts[0]))) and words <= _WHOLE_ROW_WORDS


def _well_named(row: TableRow, wanted: set[str], plurals: bool = False) -> bool:
    """Two or more words of one part of the row's name, and most of that part, are in the question."""
    for part in row.name_parts:
        words = set(tokenize(_FOOTNOTE.sub(" ", _UNIT_NOTE.sub(" ", part)))) - {"s"}
        used = len(_matched(words, wanted, plurals))
        if used >= 2 and used / len(words) >= _WELL_NAMED_SHARE:
            return True
    return False


def _shown_name(row: TableRow) -> str:
    """The row as a reader knows it: its label, and the next text cell only after a one-word label ("Overdraft ·
    Unarranged overdraft interest"); other text cells are values ("Free") or notes."""
    if row.name_parts and len(row.name_parts[0].split()) > 1:
        return row.name_parts[0]
    # "Diluted" under "Net income per share" is known by its sub-heading too: the line is a per-share figure
    if len(row.name_parts) == 1 and row.group and len(row.name.split()) == 1:
        return f"{row.name} ({row.group})"
    return row.name


def _named_cells(row: TableRow, wanted: set[str], by_kind: bool = True,
                 spoken: Sequence[str] = ()) -> list[tuple[str, str, set[str]]]:
    """(column, value, question words that name it) for the row's cells the question asks for: those whose
    column it names (a percentage is also named by asking for a rate, a sum of money by asking the cost), less any
    whose words another's include ("Keystone" names two columns, "Keystone Plus" one) unless the question, in
    `spoken` order, also names it on its own ("keystone vs keystone plus"). Several left with the same words are
    answers for different products, read together rather than one picked."""
    named = []
    for column, value in row.cells + (row.text_cells if by_kind else ()):
        words = _words_and_years(column) - _NAMES_NO_COLUMN
        # 'total' in the row's name names the row, not a column too: "total deposits" is not "% of Total"
        words = words - (row.words & _WEAK_ROW_WORDS) or words
        if by_kind:  # a sum of money is named by asking the cost, unless it bounds a tier ("£5,000 to £24,999")
            words |= (_RATE_WORDS if "%" in value else set()) | (
                _MONEY_WORDS if _MONEY.search(value) and not ranges_in(value) else set())
        if words & wanted:
            named.append((column, value, words & wanted))
    if not wanted & (_RATE_WORDS | _SHARE_WORDS):  # "how much revenue … in FY25" is not its "% of FY25 revenue"
        named = [cell for cell in named if not SHARE_COLUMN.match(cell[0])]
    if not wanted & (_RATE_WORDS | _SHARE_WORDS | _MONEY_WORDS) and any("%" not in value for _, value, _ in named):
        # an amount asked: not its "% of total" beside it; a percentage whose own column the question names
        # ("Occupancy") is the answer still
        named = [cell for cell in named if "%" not in cell[1] or cell[2] - _WEAK_ROW_WORDS - DATE_WORDS]
    named = [cell for cell in named if not _count_for_sum(wanted, cell[0], cell[1])]
    if any("%" in value for _, value, _ in named):  # a rate was read: "Rate type / notes" is not the rate
        named = [cell for cell in named if "%" in cell[1] or cell[2] - _RATE_WORDS]
    asked_years = {w for w in wanted if w.isdigit() and len(w) == 4}
    if asked_years - row.words:  # a year the row does not name...
        named = [cell for cell in named if cell[2] - _RATE_WORDS - _MONEY_WORDS]  # ...names the column, not "rate"
        # ...and a column of other years is not named by the rest ("fiscal" of "in fiscal 2027" for "Fiscal 2025")
        plausible = {year for year in asked_years if 1900 <= int(year) <= 2100}  # not "3,000 thousands"
        named = [cell for cell in named if not plausible or not (years := {str(y) for y in years_in(cell[0])})
                 or years & plausible]
        # ...and where a column is named by what it measures ("Occupancy"), those named by the year alone ("2025
        # ADR") are the year's other measures
        if any(cell[2] - DATE_WORDS for cell in named):
            named = [cell for cell in named if not cell[2] <= asked_years]
    return [cell for cell in named if not any(cell[2] < other[2] and not _named_apart(spoken, cell[2], other[2])
                                              for other in named)]


def _named_apart(spoken: Sequence[str], words: set[str], longer: set[str]) -> bool:
    """Each of `words` said more often than the longer name's extra words: "everyday vs everyday plus" names
    "Everyday" apart from "Everyday Plus"; "everyday plus rate" does not."""
    words, longer = words - _RATE_WORDS - _MONEY_WORDS, longer - _RATE_WORDS - _MONEY_WORDS  # asked of both alike
    extra = min((spoken.count(w) for w in longer - words), default=0)
    return bool(spoken) and bool(words) and all(spoken.count(w) > extra for w in words)


def _count_for_sum(wanted: set[str], column: str, value: str) -> bool:
    """A cost or another sum of money asked, and a cell of a column that counts units or shares."""
    return bool(wanted & _SUM_ASKED) and not wanted & {"many", "number"} and bool(_COUNT_COLUMN.match(column)) \
        and not _MONEY.search(value)


def _group_unasked(row: TableRow, wanted: set[str]) -> int:
    """How many words of the row's sub-heading the question leaves unasked."""
    return len(measure_words(row.group) - wanted)


_FROM_DATE = re.compile(r"\s*(?:from|effective|with effect from|starting)\b", re.I)  # "From 1 October 2026"
_TODAY = re.compile(r"\s*(?:now|current(?:ly)?|today|existing)\b", re.I)


def _with_today(cell: Cell, row: TableRow) -> Cell:
    """A figure read under a date it takes effect from ("From 1 October 2026": $1,500) with the row's figure of today
    ("Now": $1,000) before it: the customer asking whether it is changing hears both."""
    if len(cell.cells) != 1 or not _FROM_DATE.match(cell.cells[0][0]):
        return cell
    today = [(column, value) for column, value in row.cells if _TODAY.match(column)]
    return replace(cell, cells=(today[0], *cell.cells)) if len(today) == 1 else cell


def _kind_of_named(spoken: Sequence[str], row_words: set[str]) -> set[str]:
    """A customer's word for what kind of thing the row is, said right after the row's own words (`spoken`, the
    question's tokens in order): 'account' in "the 95 day notice account" (row "95-Day Notice Saver"), which names no
    other row though one is a "Share Account"."""
    return {word for before, word in pairwise(spoken) if before in row_words and word not in row_words}


def _words_and_years(text: str) -> set[str]:
    """Tokens plus the years named, so 'FY2019', 'fiscal 2019' and a '2019' column meet."""
    return measure_words(text) | {str(year) for year in years_in(text)}


# "Diluted net income per share" is the diluted earnings per share a question asks for, and the other way round
_INCOME_PER_SHARE = re.compile(r"\b(?:net\s+)?(?:income|earnings)(?:\s*\((?:loss|deficit)\))?(?=\s+per\s+(?:common\s+|"
                               r"ordinary\s+|basic\s+|diluted\s+)?share)", re.I)


# "operated by franchisees", "franchisee-operated" units are the 'Franchised' column's
_BY_FRANCHISEES = re.compile(r"\boperated\s+by\s+(?:its\s+|our\s+|the\s+)?franchisees\b|\bfranchisee[- ]operated\b",
                             re.I)


_SHORT_PERIOD = re.compile(r"(?<=\d)\s*(yrs?|mths?|mos?)\b", re.I)  # after a number: "1 yr", "6mths"
_PERIOD_OF = {"yr": " year", "mth": " month", "mo": " month"}


def _one_measure(text: str) -> str:
    """The text with one measure written alike: net income per share is earnings per share; units operated by
    franchisees are franchised ones."""
    text = _SHORT_PERIOD.sub(lambda m: _PERIOD_OF[m.group(1).lower().rstrip("s")], text)  # "1 yr bond" is a year's
    return _BY_FRANCHISEES.sub("franchised", _INCOME_PER_SHARE.sub("earnings", text))


def measure_words(text: str) -> set[str]:
    """The words of a row name or question, one measure written alike (`_one_measure`)."""
    return set(tokenize(_one_measure(text)))


def table_units(chunk: Chunk) -> str:
    """The units a table chunk states ('GBP millions'); '' for none, and for a text chunk."""
    return chunk.table.units if chunk.table else ""


def table_scale(chunk: Chunk) -> float | None:
    """Dollars per unit of a table's figures ("in thousands" is 1,000); None when it states no scale."""
    table = chunk.table
    stated = re.search(r"\b(thousand|million|billion)s?\b", f"{table.units} {table.context}" if table else "", re.I)
    return SCALE_FACTORS[stated.group(1).lower()] if stated else None


def focused_body(chunk: Chunk, question: str, keep: int = _FOCUS_ROWS) -> str:
    """A table chunk's body with only the rows that share the most words with the question.

    A small generator given eight fee rows quotes the wrong one (the monthly fee for a cash limit);
    shown the few rows the question is about, it reads the right one. Words of the column labels
    are in every row, so they do not count. Text chunks, and tables no row of which the question
    names, come back whole.
    """
    table = chunk.table
    if chunk.kind != "table" or table is None:
        return chunk.body
    wanted = set(tokenize(question)) - set(tokenize(" ".join(table.columns)))
    scores = {i: len(wanted & set(tokenize(row.text))) for i, row in enumerate(table.rows) if not row.is_heading}
    # A sum in the question picks its tier: the rows whose range of money holds it, not the other tiers.
    amounts = asked_amounts(question)
    fits = {i: tier_fit(amounts, table.rows[i].text) for i in scores}
    if any(fits.values()):
        scores = {i: score + 100 if fits[i] else (0 if fits[i] is False else score) for i, score in scores.items()}
    ranked = sorted((s for s in scores.values() if s), reverse=True)
    if not ranked:
        return chunk.body
    cutoff = ranked[min(keep, len(ranked)) - 1]
    focused = replace(table, rows=tuple(row for i, row in enumerate(table.rows) if scores.get(i, cutoff) >= cutoff))
    lines = focused.lines
    return "\n".join(lines[1:] if chunk.heading else lines)  # the context line is the chunk's heading
