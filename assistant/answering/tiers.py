"""Which balance tier, band or bracket a customer's sum falls in.

Savings rates and charges come in tiers ("£5,000 to £24,999", "£25,000 and over", "up to £4,999"). A
customer asking the rate on "30k in the easy access saver" is answered by the tier that holds £30,000; the
row that merely shares the most words is often the first tier. These helpers find the sums a question
names and say whether a row or sentence states a range of money that holds one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.text.numbers import normalise_number

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# A sum in a question: "£30k", "£4,500", "30k", "2 grand", "7000" (a bare number of 3+ digits that is not
# a year, a count of days/months/years or a percentage).
_ASKED = re.compile(
    rf"(?P<cur>[£$€])\s?(?P<a>{_NUMBER})\s*(?P<ak>k|m|grand)?\b"
    rf"|(?<![\w.£$€])(?P<b>{_NUMBER})\s*(?P<bk>k|grand)\b"
    rf"|(?<![\w.£$€%])(?P<c>\d{{1,3}}(?:,\d{{3}})+|\d{{3,}})(?![\d,.])(?!\s*(?:%|per ?cent|days?|weeks?|months?|"
    rf"years?|yrs?|hours?|minutes?|mins?|pm|am|p\b))",
    re.IGNORECASE,
)
_MONEY = rf"[£$€]\s?{_NUMBER}\s*(?:k|m)?"
_TO = r"\s*(?:to|-|–|—|and)\s*"
_RANGES = (
    (re.compile(rf"(?:between\s+)?(?P<low>{_MONEY}){_TO}(?P<high>[£$€]?\s?{_NUMBER}\s*(?:k|m)?)", re.I), "both"),
    (re.compile(rf"(?P<low>{_MONEY})\s*(?:\+|and (?:over|above)|or (?:more|over|above))", re.I), "low"),
    (re.compile(rf"(?:over|above|more than|from)\s+(?P<low>{_MONEY})", re.I), "low"),
    (re.compile(rf"(?:up to|under|below|less than)\s+(?P<high>{_MONEY})", re.I), "high"),
)
_SCALE = {"k": 1e3, "grand": 1e3, "m": 1e6}
_YEARS = range(1900, 2100)


def _value(raw: str, scale: str | None = None) -> float:
    number = float(normalise_number(re.sub(r"[£$€\s]|k$|m$", "", raw.strip(), flags=re.I)))
    return number * _SCALE.get((scale or raw.strip()[-1:]).lower(), 1.0)


def asked_amounts(question: str) -> list[float]:
    """The sums of money the question names ("£30k" → 30000.0); years and counts of days are not sums."""
    found = []
    for match in _ASKED.finditer(question):
        if match["a"]:
            found.append(_value(match["a"], match["ak"]))
        elif match["b"]:
            found.append(_value(match["b"], match["bk"]))
        elif int(float(normalise_number(match["c"]))) not in _YEARS:
            found.append(_value(match["c"]))
    return found


def ranges_in(text: str) -> list[tuple[float, float]]:
    """The ranges of money a row or sentence states, as (low, high); an open end is 0 or infinity."""
    found, taken = [], []
    for pattern, kind in _RANGES:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append(match.span())
            low = _value(match["low"]) if kind in ("both", "low") else 0.0
            high = _value(match["high"]) if kind in ("both", "high") else float("inf")
            if low <= high:
                found.append((low, high))
    return found


def tier_fit(amounts: Sequence[float], text: str) -> bool | None:
    """True when the text states a range of money holding one of `amounts`, False when it states ranges that
    hold none, None when it states no range (or no sum was asked)."""
    ranges = ranges_in(text) if amounts else []
    if not ranges:
        return None
    return any(low <= amount <= high for amount in amounts for low, high in ranges)
