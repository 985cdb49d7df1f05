"""Does the report's text state the figure finbot calculated from its tables?

A change computed as 13.19% and a report that writes "order intake grew 13.2%" agree. Saying so
lets the reader check finbot's arithmetic against the report, and gives the report's own
rounding ("€1.3 billion" for a change of 1,266 in a table of € millions).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from index.documents import Passage
from index.text.numbers import DIGITS, SCALE, scales_stated
from index.text.tokens import tokenize

_STATED = re.compile(
    rf"(?<![\w.,])[$£€]?\s?(?P<number>{DIGITS})\s?"
    rf"(?P<unit>%|per ?cent\b|(?:{SCALE})\b)",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
_MIN_SUBJECT_SHARE = 0.5  # of the calculated row's name words the sentence must use


@dataclass(frozen=True)
class StatedFigure:
    text: str  # as the report writes it: '13.2%', '€1.3 billion'
    passage_number: int


def stated_figure(value: float, percent: bool, units: str, subject: Collection[str],
                  passages: Sequence[Passage]) -> StatedFigure | None:
    """The report's own statement of `value` (to its rounding), in a sentence about `subject`; else None.

    `units` is the table's ('€ million'): it scales a calculated amount to compare it with
    "€1.3 billion". Signs are ignored: reports write a fall as "decreased by 3%".
    """
    subject = set(subject)
    table_scale = _table_scale(units)
    if not subject or (not percent and table_scale is None):
        return None
    for number, passage in enumerate(passages, start=1):
        if passage.chunk.kind == "table":
            continue
        for sentence in _SENTENCE.split(passage.chunk.body):
            if len(subject & set(tokenize(sentence))) < _MIN_SUBJECT_SHARE * len(subject):
                continue
            for match in _STATED.finditer(sentence):
                unit = match.group("unit").lower().replace(" ", "")
                is_percent = unit in ("%", "percent")
                if is_percent != percent:
                    continue
                computed = abs(value) if percent else abs(value) * table_scale / scales_stated(unit)[0]  # type: ignore[operator]
                if _same_at_stated_precision(computed, match.group("number")):
                    return StatedFigure(match.group(0).strip(), number)
    return None


def _table_scale(units: str) -> float | None:
    return next(iter(scales_stated(units)), None)


def _same_at_stated_precision(computed: float, stated_text: str) -> bool:
    stated = float(stated_text.replace(",", ""))
    decimals = len(stated_text.split(".")[1]) if "." in stated_text else 0
    return stated != 0 and round(computed, decimals) == stated
