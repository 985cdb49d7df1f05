"""One tokenizer and one stop-word list for every part that compares words: BM25, table matching,
coverage checks and confidence signals. Lower-cased words and numbers; "1,234.5" stays one token
("1234.5"), so figures match however they are grouped. And how a label wrapped over lines is joined."""

from __future__ import annotations

import re
from collections.abc import Iterable

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,]\d+)*")
# Words that name nothing; every other list of words to ignore adds to this one.
STOPWORDS = frozenset(
    """a an and are as at be by for from has have how i in is it its me my of on or our
    than that the their there this to was were what when which who why will with you your""".split()
)


# Words that say how to combine figures, not where they are: in a query they match every
# paragraph that discusses changes or averages and drown out the line item being asked about.
CALCULATION_WORDS = frozenset(
    """average between change changes decrease difference increase many much percentage ratio respectively""".split()
)


def tokenize(text: str) -> list[str]:
    return [t.replace(",", "") for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS]


def query_terms(text: str) -> list[str]:
    """Search terms of a question: its tokens less the calculation words (all of them if that leaves none)."""
    tokens = tokenize(text)
    return [t for t in tokens if t not in CALCULATION_WORDS] or tokens


# A header word broken over two lines: a soft hyphen (PDFium reads U+00AD as \x02) joins the halves ("stock-" /
# "holders'" → "stockholders'"); a hyphen typed at the end of a line is kept ("paid-" / "in capital" → "paid-in")
_SOFT_HYPHEN_END = re.compile(r"(?<=\w)[\x02\xad]$")
_HYPHEN_END = re.compile(r"(?<=[A-Za-z])-$")


def joined_lines(parts: Iterable[str]) -> str:
    """A label from the lines it was set on (a column heading wrapped in its cell)."""
    label = ""
    for part in parts:
        if _SOFT_HYPHEN_END.search(label) and part[:1].islower():
            label = label[:-1] + part
        elif _HYPHEN_END.search(label) and part[:1].islower():
            label += part
        else:
            label = f"{label} {part}" if label else part
    return label
