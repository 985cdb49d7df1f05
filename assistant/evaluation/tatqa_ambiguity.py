"""How many TAT-QA questions could no retriever place in the open setting?

A question asked against the whole collection names no company ("What was the change in Other
from 2018 to 2019?"). If another report states the same line item for the same years, nothing
in the question says which report is meant. We count such *rival* contexts per question:

1. The question's search terms are its words less stopwords and calculation words (the same
   `query_terms` the lexical index searches with).
2. In its own context, find the *unit* that covers the most of them, weighting rare words more
   (idf over contexts). A unit is one table row read with the table's header rows (so the years
   and units heading the columns count), or one sentence of a paragraph.
3. A rival is another context with a unit that contains every one of those covered terms.

With m rivals, even a perfect ranker can only guess among m + 1 equally matching documents, so
the chance-level ceiling is hit@k = min(1, k / (m + 1)). Questions whose exact text (normalised)
also belongs to another context are counted separately as verbatim duplicates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.text.tokens import query_terms, tokenize

_SENTENCE = re.compile(r"(?<=[.;:!?])\s+")
_VALUE = re.compile(r"^[\s$€£¥(-]*\d[\d,.]*\s*%?\)?$")
_YEAR = re.compile(r"\s*(19|20)\d\d\s*")


@dataclass(frozen=True)
class Ambiguity:
    rivals: list[int]  # per question, in the order given
    duplicates: list[bool]

    def share(self, at_least: int) -> float:
        return sum(m >= at_least for m in self.rivals) / len(self.rivals) if self.rivals else 0.0

    def ceiling(self, k: int) -> float:
        """Best hit@k any ranker can expect when it must guess among equally matching documents."""
        return sum(min(1.0, k / (m + 1)) for m in self.rivals) / len(self.rivals) if self.rivals else 0.0

    def ceiling_mrr(self, depth: int = 10) -> float:
        total = sum(sum(1 / r for r in range(1, min(depth, m + 1) + 1)) / (m + 1) for m in self.rivals)
        return total / len(self.rivals) if self.rivals else 0.0

    def summary(self) -> dict[str, float]:
        return {
            "share_with_a_rival": round(self.share(1), 3),
            "share_with_5_or_more_rivals": round(self.share(5), 3),
            "share_verbatim_duplicate": round(sum(self.duplicates) / max(1, len(self.duplicates)), 3),
            "ceiling_hit@1": round(self.ceiling(1), 3),
            "ceiling_hit@5": round(self.ceiling(5), 3),
            "ceiling_mrr@10": round(self.ceiling_mrr(10), 3),
        }


def context_units(context: dict) -> list[frozenset[str]]:
    """Token sets of a context's table rows (each with the header rows) and paragraph sentences."""
    rows = [[str(cell) for cell in row] for row in context["table"]["table"] if any(str(c).strip() for c in row)]
    n_header = 0
    for row in rows[:-1]:  # header rows: no value in any non-first cell (years are labels)
        if any(_VALUE.match(cell) and not _YEAR.fullmatch(cell) for cell in row[1:] if cell.strip()):
            break
        n_header += 1
    header = set(tokenize(" ".join(" ".join(row) for row in rows[:n_header])))
    units = [frozenset(set(tokenize(" ".join(row))) | header) for row in rows[n_header:]]
    for paragraph in context.get("paragraphs", []):
        units += [frozenset(tokenize(s)) for s in _SENTENCE.split(str(paragraph.get("text", "")))]
    return [u for u in units if u]


def estimate(contexts: Sequence[dict], questions: Sequence[tuple[int, str]]) -> Ambiguity:
    """`questions` are (index of the gold context, question text) pairs."""
    units = [context_units(c) for c in contexts]
    frequency: dict[str, int] = {}
    for context_units_ in units:
        for term in set().union(*context_units_) if context_units_ else ():
            frequency[term] = frequency.get(term, 0) + 1

    def idf(term: str) -> float:
        return math.log(len(contexts) / frequency.get(term, 1))

    texts: dict[str, set[int]] = {}
    for index, text in questions:
        texts.setdefault(" ".join(tokenize(text)), set()).add(index)

    rivals: list[int] = []
    for index, text in questions:
        terms = set(query_terms(text))
        covered = max((terms & unit for unit in units[index]), key=lambda s: sum(map(idf, s)), default=set())
        if not covered:  # nothing of the question is in its own context: every context is as good
            rivals.append(len(contexts) - 1)
            continue
        rivals.append(sum(
            1 for other, other_units in enumerate(units)
            if other != index and any(covered <= unit for unit in other_units)
        ))
    duplicates = [len(texts[" ".join(tokenize(text))]) > 1 for _, text in questions]
    return Ambiguity(rivals, duplicates)
