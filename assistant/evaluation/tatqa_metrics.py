"""Scoring free-text answers against TAT-QA gold answers (our own rules, after the paper's idea).

Gold answers are spans, lists of spans, or numbers with a scale (thousand, million, billion,
percent). A generated answer is a sentence, so the predicted answer is read out of it:

* Numeric gold (every non-empty item parses as a number): the answer's numbers are read with
  their own scale word or % sign; a bare number is taken in the gold's scale. Years are skipped
  unless the gold is a year, and so are the days of dates ('April 27, 2019'). A gold number is
  *found* when some answer number, in the same unit, equals it after rounding the gold to the
  answer number's decimals and lies within 0.5% of it (so 22.2 matches 22.22, 22 does not). A
  negative gold also matches its absolute value when the answer says the figure fell (decrease,
  decline, lower, ...).
  EM ("contains"): every gold number is found. EM-first (strict): the answer's first numbers, as
  many as there are gold numbers, are exactly the gold numbers. F1 equals EM for numbers.
* Text gold: EM when every gold item occurs in the answer as whole words after normalisation
  (lower case, no punctuation or articles); F1 is bag-of-words F1 between the answer and the gold.

Citation markers like [1] and finbot's own refusal text never count as an answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_NUMBER_WORDS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_MARKER = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
# A minus sign only counts after a space or bracket: "2018-2019" is a range, not -2019.
_NUMBER = re.compile(
    r"(?P<open>\()?\s*(?:(?<![\w)])(?P<sign>[-−–]))?\s*[$£€¥]?\s*(?P<sign2>-)?(?P<digits>\d[\d,]*(?:\.\d+)?|\.\d+)"
    r"\s*(?P<close>\))?\s*(?P<unit>%|percent\b|thousand\b|million\b|billion\b|bn\b|mn\b|[mk]\b)?",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# 'April 27, 2019', '31 December 2019': the day of a date is not a figure of the answer.
_DAY_OF_MONTH = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?:[12]\d|3[01]|0?[1-9]),?\s+(?=(?:19|20)\d\d\b)"
    rf"|\b(?:[12]\d|3[01]|0?[1-9])\s+(?={_MONTH}\b)",
    re.IGNORECASE,
)
_WORD_NUMBER = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_REFUSAL = re.compile(
    r"\s*(i (can't|cannot|could not|couldn't|am unable to) (find|answer|determine)|i (don't|do not) know|"
    r"(the )?(context|passages?|documents?) (does|do) not (contain|provide|mention|say))",
    re.IGNORECASE,
)
_FALL = re.compile(r"\b(decrease[sd]?|declined?|fell|fall|lower|drop(?:ped)?|down|reduc(?:ed|tion)|loss)\b", re.I)
_YEAR = re.compile(r"(19|20)\d\d")
_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = re.compile(r"[^\w\s.%-]|(?<!\d)[.-]|[.-](?!\d)")


@dataclass(frozen=True)
class Mention:
    """A number as written in an answer: its value in `unit` (1 = plain, 'percent' = %)."""

    value: float
    decimals: int
    unit: float | str
    is_year: bool


@dataclass(frozen=True)
class Score:
    em: bool
    em_first: bool
    f1: float


def clean(answer: str) -> str:
    """Drop citation markers and collapse whitespace."""
    return " ".join(_MARKER.sub(" ", answer).split())


def looks_like_refusal(text: str) -> bool:
    """An empty reply or one that opens by declining: how a reply without finbot's flag is read."""
    return not text.strip() or bool(_REFUSAL.match(text))


def normalize_text(text: str) -> str:
    text = clean(text).lower().replace("’", "'")
    text = _PUNCT.sub(" ", text)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def parse_number(text: str) -> float | None:
    """'$1,496.5' → 1496.5, '(42.7)' → -42.7, '22.22%' → 22.22, '1.5 million' → 1500000.0, 'four' → 4."""
    text = text.strip()
    if text.lower() in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text.lower()])
    match = _NUMBER.fullmatch(text)
    if not match:
        return None
    mention = _mention(match, years=False)
    factor = SCALES.get(match.group("unit").lower(), 1.0) if match.group("unit") and mention.unit != "percent" else 1.0
    return mention.value * factor


def mentions(answer: str, words: bool = False) -> list[Mention]:
    """Numbers in an answer, in order, with their sign, decimals and unit ('four' too when `words`)."""
    text = _DAY_OF_MONTH.sub(lambda m: f"{m.group('month') or ''} ", clean(answer))
    if words:
        text = _WORD_NUMBER.sub(lambda m: str(_NUMBER_WORDS[m.group(1).lower()]), text)
    return [_mention(m) for m in _NUMBER.finditer(text)]


def _mention(match: re.Match[str], years: bool = True) -> Mention:
    digits = match.group("digits").replace(",", "")
    value = float(digits)
    negative = bool(match.group("sign") or match.group("sign2")) or bool(match.group("open") and match.group("close"))
    unit_word = (match.group("unit") or "").lower()
    unit: float | str = "percent" if unit_word in ("%", "percent") else SCALES.get(unit_word, 1.0)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    is_year = years and bool(_YEAR.fullmatch(digits)) and unit == 1.0 and "," not in match.group("digits")
    negative = negative and not is_year  # "–2019" in a range is still the year 2019
    return Mention(-value if negative else value, decimals, unit, is_year)


def gold_numbers(items: Sequence[str], scale: str) -> list[float] | None:
    """The gold items as numbers in the gold's own scale, or None when any item is text."""
    values = [parse_number(item) for item in items if str(item).strip()]
    if not values or any(v is None for v in values):
        return None
    return [float(v) for v in values]  # type: ignore[arg-type]


def _in_unit(gold: float, gold_scale: str, unit: float | str) -> float | None:
    """The gold value expressed in a mention's unit; None when the units cannot be compared."""
    if gold_scale == "percent" or unit == "percent":
        return gold if gold_scale == "percent" and unit in ("percent", 1.0) else None
    absolute = gold * SCALES.get(gold_scale, 1.0)
    if unit == 1.0:
        return gold  # a bare number is read in the gold's scale, as the source table states it
    return absolute / float(unit)


def number_matches(gold: float, gold_scale: str, mention: Mention, allow_abs: bool = False) -> bool:
    target = _in_unit(gold, gold_scale, mention.unit)
    if target is None:
        return False
    candidates = [target, -target] if allow_abs and target < 0 else [target]
    for value in candidates:
        if mention.value == value:
            return True
        if round(value, mention.decimals) == mention.value and abs(mention.value - value) <= 0.005 * abs(value):
            return True
    return False


def score_answer(answer: str, gold_items: Sequence[str], scale: str = "") -> Score:
    """EM, EM-first and F1 of one free-text answer against TAT-QA gold items (see module doc)."""
    items = [str(item) for item in gold_items if str(item).strip()]
    numbers = gold_numbers(items, scale)
    if numbers is not None:
        if not scale and all("%" in item for item in items):
            scale = "percent"  # '7%' is a percentage even where the data set leaves the scale empty
        return _score_numbers(answer, numbers, scale)
    text = normalize_text(answer)
    em = bool(items) and all(_contains_words(text, normalize_text(item)) for item in items)
    return Score(em, em, token_f1(text, normalize_text(" ".join(items))))


def _score_numbers(answer: str, gold: list[float], scale: str) -> Score:
    wants_year = all(_YEAR.fullmatch(f"{g:g}") for g in gold)
    counting = all(g.is_integer() and 0 <= g <= 20 for g in gold)  # "four segments" answers a count
    found = [m for m in mentions(answer, words=counting) if wants_year or not m.is_year]
    falls = bool(_FALL.search(answer))

    def hit(g: float, pool: Sequence[Mention]) -> bool:
        return any(number_matches(g, scale, m, allow_abs=falls) for m in pool)

    em = all(hit(g, found) for g in gold)
    first = found[: len(gold)]
    em_first = len(first) == len(gold) and all(hit(g, first) for g in gold) and all(
        any(number_matches(g, scale, m, allow_abs=falls) for g in gold) for m in first
    )
    return Score(em, em_first, 1.0 if em else 0.0)


def _contains_words(text: str, phrase: str) -> bool:
    return bool(phrase) and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def token_f1(predicted: str, gold: str) -> float:
    pred, ref = predicted.split(), gold.split()
    common = sum((Counter(pred) & Counter(ref)).values())
    if not pred or not ref or not common:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)
