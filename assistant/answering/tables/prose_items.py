"""A line item a defined measure names that no table prints, read from the filing's prose.

"Define liquidity as cash and cash equivalents plus the amount available under the revolving credit facility": the
cash is a balance sheet line, but what the revolver leaves available is said only in MD&A ("At June 30, 2025, $640.0
million was available for borrowing under the revolving credit facility"). The sentence must name every word of the
item (availability in any of its usual words), give exactly one sum of money for it, and be of the period asked or
of none; the sum is then put in the units of the statements it is added to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answering.figures import unwrapped
from index.documents import Chunk
from index.text.numbers import years_in
from index.text.tokens import tokenize

_STEM = 5
# words for what is left to draw, said several ways: "undrawn availability", "available capacity", "unused"
_SAME = {"undra": "avail", "unuse": "avail", "unuti": "avail", "remai": "avail"}
_NAMES_NOTHING = frozenset("amount amounts total the its their our under of".split())
_MONEY = re.compile(r"(?P<sign>[$£€])\s?(?P<digits>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
                    r"(?:\s*(?P<scale>million|billion|thousand|mn|bn)\b)?", re.I)
_SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
_AVAILABLE = "avail"
_PARTS = re.compile(r"[;,]\s+|\s+(?:and|while|whereas)\s+(?=[a-z$])")  # a figure's own words, for what is left to draw
_CLAUSES = re.compile(r";\s+|,\s+(?:compared (?:with|to)|versus|while|whereas|and|but)\s+|\s+(?:while|whereas)\s+",
                      re.I)


@dataclass(frozen=True)
class ProseFigure:
    text: str  # the sum as written: "$640.0 million"
    dollars: float
    sentence: str
    chunk: Chunk


def stated_in_prose(item: str, year: int, texts: Sequence[Chunk]) -> ProseFigure | None:
    """The one sum of money the filing's prose gives for `item` (words of a line's name) in `year`; None when no
    sentence does, or when sentences give different sums."""
    wanted = _stems(item) - {word[:_STEM] for word in _NAMES_NOTHING}
    if len(wanted) < 2:
        return None  # one word ("cash") is said of too much
    left_to_draw = _AVAILABLE in wanted
    found: dict[float, ProseFigure] = {}
    for chunk in texts:
        for line in unwrapped(chunk.text):
            before = ""
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                for clause in (_PARTS if left_to_draw else _CLAUSES).split(sentence):
                    figures = list(_MONEY.finditer(clause))
                    near = _stems(clause)
                    # what is left to draw is said of its figure ("…, leaving $237.6 million available"); the
                    # facility it is left under may be named in the sentence or the one before
                    named = _AVAILABLE in near and wanted <= near | _stems(f"{before} {sentence}") if left_to_draw \
                        else wanted <= near
                    if len(figures) != 1 or not named:
                        continue
                    years = set(years_in(clause)) or set(years_in(sentence))
                    if years and year not in years:
                        continue
                    match = figures[0]
                    dollars = float(match["digits"].replace(",", "")) * _SCALES.get((match["scale"] or "").lower(), 1)
                    found.setdefault(dollars, ProseFigure(match.group(0).strip(), dollars, sentence.strip(), chunk))
                before = sentence
    return next(iter(found.values())) if len(found) == 1 else None


def _stems(text: str) -> set[str]:
    return {_SAME.get(word[:_STEM], word[:_STEM]) for word in tokenize(text) if not word[0].isdigit()}
