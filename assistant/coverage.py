"""Does the retrieved text mention what the question is specifically about?

Cosine similarity says a passage is on the topic; it cannot tell "revenue in 2024"
from "revenue in 2019", or one company from another. A question that names a year or
a proper noun that none of the retrieved passages mention is asking about something
the documents do not cover, however similar the passages look.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.documents import Passage

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A capitalised word that does not open the question: a name (Apple, Bitcoin, Norcastle, SEPA).
_NAME = re.compile(r"(?<=[\w,;:'\"(] )([A-Z][A-Za-z0-9&.-]{2,})")
_WORD = re.compile(r"[a-z0-9]+")


_SELF_INTRODUCTION = re.compile(r"\b(?:I'm|I am|my name is|this is)\s+[A-Z]\w+", re.IGNORECASE)


def key_terms(question: str) -> list[str]:
    question = _SELF_INTRODUCTION.sub("", question)  # a customer's own name is not a topic
    names = [re.sub(r"'s$|s'$", "", n).rstrip(".").lower() for n in _NAME.findall(question)]
    return list(dict.fromkeys(_YEAR.findall(question) + names))


def missing_key_terms(question: str, passages: Sequence[Passage]) -> list[str]:
    """Years and names in the question that no passage contains (as a word or word prefix)."""
    words = {w for p in passages for w in _WORD.findall(p.chunk.text.lower())}

    def mentioned(term: str) -> bool:  # "work-in-process" is mentioned when each of its parts is
        return all(any(w.startswith(part) for w in words) for part in _WORD.findall(term))

    return [t for t in key_terms(question) if not mentioned(t)]
