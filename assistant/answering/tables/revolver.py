"""What a revolving credit facility leaves to draw, from the sentence that states its size and what is drawn.

Filings state the pieces, not the difference: "At June 30, 2025, we had $118.0 million of borrowings and $9.6 million
of letters of credit outstanding under our $750 million revolving credit facility". An analyst asks "how much remained
available under the revolver after borrowings and letters of credit?": the facility less both, finbot's arithmetic.
One sentence must give the facility and the borrowings (letters of credit where it names them), in one scale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.tables.prose_sums import SUM, ProseSum, combined, prose_sentences
from index.documents import Passage
from index.text.numbers import years_in

_ASKS_LEFT = re.compile(r"\bavailab\w*|\bundrawn\b|\bunused\b|\b(?:still|left to|could|can)\s+(?:\w+\s+){0,2}draw\b"
                        r"|\bremaining (?:capacity|availability|commitments?)\b|\bheadroom\b", re.I)
_REVOLVER = re.compile(r"\brevolv\w*|\bline of credit\b|\bcredit facility\b", re.I)
_FACILITY = re.compile(rf"(?P<sum>{SUM})\s+(?:\w+\s+){{0,3}}?(?:revolving (?:credit facility|line of credit|credit "
                       rf"agreement|facility)|line of credit)\b"
                       rf"|(?:revolving credit facility|revolver|line of credit)\s+(?:of|with (?:total )?(?:capacity|"
                       rf"commitments) of)\s+(?P<sum2>{SUM})", re.I)
_BORROWED = re.compile(rf"(?P<sum>{SUM})\s+(?:of|in)\s+(?:outstanding\s+)?borrowings\b"
                       rf"|\bborrowings\s+(?:outstanding\s+)?of\s+(?P<sum2>{SUM})", re.I)
_LETTERS = re.compile(rf"(?P<sum>{SUM})\s+(?:of|in)\s+(?:standby\s+|outstanding\s+)?letters of credit\b", re.I)


def revolver_left(question: str, passages: Sequence[Passage]) -> ProseSum | None:
    """The facility less its borrowings and letters of credit, where the question asks what the revolver leaves to
    draw and one sentence states them; None otherwise, or where two sentences give different sums."""
    if not (_ASKS_LEFT.search(question) and _REVOLVER.search(question)):
        return None
    found: dict[tuple[str, ...], tuple[int, list[tuple[str, str]]]] = {}
    for number, sentence in prose_sentences(passages):
        facility, borrowed = _one(_FACILITY, sentence), _one(_BORROWED, sentence)
        if facility is None or borrowed is None or _another_year(question, sentence):
            continue
        parts = [("facility", facility), ("borrowings", borrowed)]
        if letters := _one(_LETTERS, sentence):
            parts.append(("letters of credit", letters))
        found.setdefault(tuple(text for _, text in parts), (number, parts))
    if len(found) != 1:
        return None
    [(number, parts)] = found.values()
    # "$750 million" less "$118,000 thousand" would need a conversion the sentence does not give
    result = combined([text for _, text in parts], "-")
    if result is None:
        return None
    calculation, left = result
    shown = " − ".join(f"{text} {what}" for what, text in parts)
    return ProseSum(f"{left} available, calculated by finbot as {shown} [{number}]", calculation)


def _another_year(question: str, sentence: str) -> bool:
    """The sentence dates itself ("At June 30, 2024, …") and not in a year the question asks."""
    said = set(years_in(sentence))
    return bool(said) and bool(asked := set(years_in(question))) and not asked & said


def _one(pattern: re.Pattern[str], sentence: str) -> str | None:
    """The one sum the pattern finds in the sentence; None for none or several different ones."""
    sums = {m.group("sum") or m.group("sum2") for m in pattern.finditer(sentence)}
    return sums.pop() if len(sums) == 1 else None
