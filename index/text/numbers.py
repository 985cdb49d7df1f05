"""One grammar for figures as reports write them: parsing, finding, comparing, years, scales, currency
and formatting. Every part that reads or writes a figure uses these, so a cell, a sentence and an
answer agree on what "$ (1,234.5)" or "FY19" means. (The TAT-QA scorer keeps its own on purpose.)"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ---------------------------------------------------------------- figures

# Hyphen, unicode minus and en dash all print a negative figure.
MINUS = "-−–"
CURRENCY_SYMBOLS = "$£€¥"
CURRENCY = re.compile(r"[$£€¥]|\b(?:USD|GBP|EUR|RMB)\b")
# Digits as a report groups them: '1,234.5' (strict thousands) or '1234.5'.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Digits found in running text, grouping not checked: '1,496.50', '2019'. Figures are compared by
# `normalise_number`, so a loose comma costs nothing.
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A figure that stands on its own: not the tail of a name ('Q4', 'FY19', 'Scope 1'), which an answer
# may repeat without the passages writing it as a figure.
STANDALONE_FIGURE = re.compile(r"(?<![\w.])" + FIGURE.pattern)
# A table cell's figure: sign ('+' for a rise), currency and brackets (a bracketed figure is
# negative) around the digits, and a percent sign inside or outside the brackets.
_CELL = re.compile(
    rf"(?P<sign>[{MINUS}+])?\s*[{CURRENCY_SYMBOLS}]?\s*(?P<open>\()?\s*(?P<sign2>[{MINUS}+])?\s*[{CURRENCY_SYMBOLS}]?\s*"
    rf"(?P<digits>{DIGITS}|\.\d+)\s*(?P<pct>%)?\s*(?P<close>\))?\s*(?P<pct2>%)?"
    # a minus printed after the figure ("1,802.5-"), as some ledgers and reports do
    r"(?P<after>[-−])?"
)
# Cells that print nothing as a figure; a table's sums count them as zero.
NIL = frozenset({"", "-", "—", "–", "nil", "n/a"})


@dataclass(frozen=True)
class Figure:
    value: float  # signed
    number: str  # the value as an expression operand: '1496.5', '(-19911)'
    percent: bool


def normalise_number(raw: str) -> str:
    """'1,496.50' -> '1496.5': one spelling per value, for comparing figures across texts."""
    value = raw.replace(",", "")
    return value.rstrip("0").rstrip(".") if "." in value else value


def numbers_in(text: str) -> set[str]:
    """Every figure in `text`, normalised."""
    return {normalise_number(n) for n in FIGURE.findall(text)}


def parse_figure(text: str) -> Figure | None:
    """A cell's figure: '$ (1,234.5)' -> -1234.5, '−3' -> -3, '39.9%' -> 39.9 percent; None for text,
    for unbalanced brackets and for '-(12)' (no telling which sign was meant)."""
    match = _CELL.fullmatch(text.strip())
    if not match or bool(match.group("open")) != bool(match.group("close")):
        return None
    if (match.group("sign") or match.group("sign2")) and match.group("open"):
        return None
    if match.group("after") and (match.group("sign") or match.group("sign2") or match.group("open")
                                 or YEAR.fullmatch(match.group("digits"))):
        return None  # two signs, or a year running into a range ("2026-")
    digits = normalise_number(match.group("digits"))
    if digits.startswith("."):
        digits = "0" + digits
    negative = bool(match.group("open")) or any(s and s in MINUS for s in (match.group("sign"), match.group("sign2"),
                                                                           match.group("after")))
    value = -float(digits) if negative else float(digits)
    return Figure(value, f"(-{digits})" if negative else digits, bool(match.group("pct") or match.group("pct2")))


def amount(cell: str) -> float | None:
    """A cell's figure for adding up a column: nil cells ('—', 'n/a') are 0; text is None."""
    if cell.strip().lower() in NIL:
        return 0.0
    figure = parse_figure(cell)
    return None if figure is None else figure.value


# ---------------------------------------------------------------- years

# A calendar year inside any text ('2019', 'FY2019', 'Dec-2019'), but not an amount ('$2019', '2019%', '2019.5').
YEAR = re.compile(r"(?<![\d.$£€])(?:19|20)\d\d(?![\d%]|\.\d)")
# A year standing as a word of its own, for checks that compare words: 'FY2019' is the word 'fy2019',
# which a passage's words can match only whole.
YEAR_WORD = re.compile(r"\b(?:19|20)\d{2}\b")
FISCAL_YEAR = re.compile(r"\b(?:FY\s?'?|F)(\d\d)\b", re.I)  # FY19, FY '19, F19
# A year as a question names it, its fiscal prefix included: '2019', 'FY2019', 'FY 2019', 'FY19', "FY '19",
# 'fiscal 2019', 'fiscal year 2019'; not a bare 'F19' (a column label in a table, a name in a question: 'F35').
# years_in(match.group()) is its year.
YEAR_EXPRESSION = re.compile(
    r"\b(?:FY\s?'?(?:(?:19|20)\d\d|\d\d)|fiscal\s+(?:years?\s+)?(?:19|20)\d\d|(?:19|20)\d\d)\b", re.I
)


def years_in(text: str) -> list[int]:
    """Years a text names, in order, once each: '2019', 'FY18' (as 2018)."""
    found = [(m.start(), int(m.group())) for m in YEAR.finditer(text)]
    found += [(m.start(), 2000 + int(m.group(1))) for m in FISCAL_YEAR.finditer(text)]
    return list(dict.fromkeys(year for _, year in sorted(found)))


# ---------------------------------------------------------------- scales and currency

SCALE_FACTORS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
# A scale word after a figure, as a pattern to build others on ("5 mn", "2.1 billion"); `scales_stated` reads it.
SCALE = r"thousands?|millions?|billions?|mn|bn|m|k"
_SCALE_WORD = re.compile(r"\b(thousand|million|billion)s?\b|(?<![a-z])(mn|m|bn|k)(?![a-z])", re.I)
_SYMBOL = {"gbp": "£", "usd": "$", "eur": "€", "£": "£", "$": "$", "€": "€"}
# A table's units line: 'GBP millions', 'in $ thousands', '€ million'; a column's '£m' or '$bn'.
_SCALED_UNITS = re.compile(r"(?:in\s+)?(GBP|USD|EUR|£|\$|€)?\s*(?:in\s+)?(thousand|million|billion)s?", re.I)
_SHORT_UNITS = re.compile(r"([£$€])\s?(m|mn|bn|k)", re.I)
_SCALE_NAMES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion"}


def scales_stated(text: str) -> list[float]:
    """The scales a text states, in order, as factors: 'USD thousands' gives [1000.0]."""
    return [SCALE_FACTORS[(found.group(1) or found.group(2)).lower()] for found in _SCALE_WORD.finditer(text or "")]


# ---------------------------------------------------------------- formatting


def formatted(value: float, decimals: int = 2) -> str:
    """Thousands separators, at most `decimals` places, no trailing zeros: 1234.5 -> '1,234.5'."""
    text = f"{round(value, decimals):,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# A month written out or shortened ("Sept.", "December"), as a pattern to build others with
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")


def with_units(value: str, units: str) -> str:
    """A figure as a reader says it: '386.9' in 'GBP millions' is '£386.9 million'."""
    if not units or "%" in value:
        return value
    priced = bool(re.search(r"[£$€]", value))
    if short := _SHORT_UNITS.fullmatch(units.strip()):
        symbol, scale = short.group(1), _SCALE_NAMES[short.group(2).lower()]
    elif scaled := _SCALED_UNITS.fullmatch(units.strip()):
        symbol, scale = _SYMBOL.get((scaled.group(1) or "").lower(), ""), scaled.group(2).lower()
    else:
        return value if priced else f"{value} ({units})"
    if priced:  # '$633' in a table in millions is '$633 million', its own currency kept
        return value if re.search(r"[a-z]", value, re.I) or not scale else f"{value} {scale}"
    sign, digits = ("-", value[1:]) if value.startswith("-") else ("", value)
    return f"{sign}{symbol}{digits} {scale}"


# Words that name a unit or a scale, as tables state them in brackets: 'Income statement (GBP millions)'.
UNIT_WORDS = r"\b(?:millions?|thousands?|billions?|pence|per cent|percent|GBP|USD|EUR)\b"
_STATED_UNITS = re.compile(rf"\(([^()]*{UNIT_WORDS}[^()]*)\)", re.I)


# …or, without brackets, as a table's own line or stub heading: "$ in millions, except per share data", "Dollars in
# millions", "In thousands of U.S. dollars"
_SAID_UNITS = re.compile(r"(?:^|(?<=[—|\n:;]))\s*((?:(?:\$|US\$|USD|GBP|EUR|£|€|U\.S\. dollars|dollars|amounts)\s+)?"
                         r"in\s+(?:[$£€]\s*)?(?:thousands|millions|billions)\b[^|—\n;()]{0,60})", re.I | re.M)


def units_stated(text: str) -> str:
    """The first units a text states in brackets: 'Income statement (GBP millions)' gives 'GBP millions'; where none
    is bracketed, a units line of its own: 'Columns: $ in millions, except per share data | 2025' gives '$ in millions,
    except per share data'."""
    found = _STATED_UNITS.search(text) or _SAID_UNITS.search(text)
    return found.group(1).strip() if found else ""


def without_units(text: str) -> str:
    """The text less the units it states in brackets: 'Income statement (GBP millions)' gives 'Income statement'."""
    return _STATED_UNITS.sub("", text).strip()
