"""Sums of money a filing's prose states, and finbot's arithmetic over several of them (`prose_schedule`,
`revolver`): the sentences of the text passages, and one result in the sums' own currency and scale."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.answering.calculation import Calculation, evaluate, formatted
from assistant.answering.figures import unwrapped
from index.documents import Passage
from index.text.numbers import normalise_number

# "$1,050 million", "$95.0 million", "$400 million": a sum as prose writes it
SUM = r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?"
_SCALE = re.compile(r"\b(million|billion|thousand)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z$])")


@dataclass(frozen=True)
class ProseSum:
    text: str  # the answer, finbot's working shown, with its citation marker
    calculation: Calculation


def prose_sentences(passages: Sequence[Passage]) -> Iterator[tuple[int, str]]:
    """(passage number, sentence) for each sentence of the text passages, lines wrapped by the page joined."""
    for number, passage in enumerate(passages, start=1):
        if passage.chunk.kind != "table":
            for line in unwrapped(passage.chunk.text):
                for sentence in _SENTENCE.split(line):
                    yield number, sentence


def combined(sums: Sequence[str], operator: str) -> tuple[Calculation, str] | None:
    """The sums joined by `operator` ('+' or '-'), finbot's arithmetic, and the result as they write it ('$1,150
    million'); None where they are in different scales ('$750 million' and '$118,000 thousand')."""
    scales = {(m.group(1).lower() if (m := _SCALE.search(text)) else "") for text in sums}
    if len(scales) != 1:
        return None
    [scale] = scales
    terms = [normalise_number(re.sub(r"[^\d.,]", "", text)) for text in sums]
    calculation = evaluate(f" {operator} ".join(terms), set(terms))
    money = sums[0].strip()[0]
    return calculation, f"{money}{formatted(calculation.value)}{' ' + scale if scale else ''}"
