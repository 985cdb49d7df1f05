"""Does the retrieved text mention what the question is specifically about?

Cosine similarity says a passage is on the topic; it cannot tell "revenue in 2024"
from "revenue in 2019", or one company from another. A question that names a year or
a proper noun that none of the retrieved passages mention is asking about something
the documents do not cover, however similar the passages look.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from difflib import get_close_matches

from index.documents import Passage
from index.text.numbers import YEAR_WORD
from index.text.tokens import STOPWORDS

# A capitalised word that does not open the question: a name (Apple, Bitcoin, Norcastle, SEPA).
_NAME = re.compile(r"(?<=[\w,;:'\"(] )([A-Z][A-Za-z0-9&.-]{2,})")
_WORD = re.compile(r"[a-z0-9]+")


_SELF_INTRODUCTION = re.compile(r"\b(?:I'm|I am|my name is|this is)\s+[A-Z]\w+", re.IGNORECASE)


# Filings capitalise their defined terms ("the Company's common stock"); those name no one.
_DEFINED_TERMS = frozenset("company group corporation board bank fund trust partnership".split())


def key_terms(question: str) -> list[str]:
    question = key_terms_free(question)
    names = [re.sub(r"'s$|s'$", "", n).rstrip(".").lower() for n in _NAME.findall(question)]
    return list(dict.fromkeys(YEAR_WORD.findall(question) + [n for n in names if n not in _DEFINED_TERMS]))


def missing_key_terms(question: str, passages: Sequence[Passage]) -> list[str]:
    """Years and names in the question that no passage contains (as a word or word prefix)."""
    words = {w for p in passages for w in _WORD.findall(p.chunk.text.lower())}
    return [t for t in key_terms(question) if not _mentioned(t, words)]


def mentions(passage: Passage, term: str) -> bool:
    return _mentioned(term, set(_WORD.findall(passage.chunk.text.lower())))


def _mentioned(term: str, words: set[str]) -> bool:
    """'work-in-process' is mentioned when each of its parts is, as a word or a word's start."""
    return all(any(w.startswith(part) for w in words) for part in _WORD.findall(term))


# Words of a question that say nothing about its topic; everything else should be findable. The stop
# words are never in the vocabulary (the tokenizer drops them); comparisons, scale words and words
# about the layout ("the years in the table") name no topic either.
_FUNCTION_WORDS = STOPWORDS | frozenset(
    """about after again also before being below between both could does doing during each every
    from give have having here into just know like many more most much need only other over same
    should some such tell than that their them then there these they this those through under
    until very want what when where which while whom whose will with would your yours
    respectively altogether together overall approximately roughly exactly
    higher lower larger smaller greater bigger highest lowest largest smallest greatest biggest fewer least
    table tables listed shown presented included chronological fy fys
    thousand thousands million millions billion billions""".split()
)
_MIN_TERM_CHARS = 4


def unknown_terms(question: str, vocabulary: Collection[str]) -> list[str]:
    """Topic words of the question that no document uses, allowing for typos and inflection.

    A question about a mortgage or an auditor, put to documents that never use the word, is not
    covered however close its nearest passages score; a paraphrase the documents do use passes.
    """
    found = []
    words = re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", key_terms_free(question).lower())
    for word in dict.fromkeys(w for w in words if "'" not in w and "’" not in w):  # not "hasn't"
        if len(word) < _MIN_TERM_CHARS or word.isdigit() or word in _FUNCTION_WORDS or word in vocabulary:
            continue
        same_initial = [v for v in vocabulary if v[:1] == word[:1]]
        if any(v.startswith(word[:5]) for v in same_initial):
            continue  # "audits" vs "audited", "charges" vs "charged"
        if get_close_matches(word, same_initial, n=1, cutoff=0.8):
            continue  # a typo: "montly" for "monthly"
        found.append(word)
    return found


def unknown_subject(question: str, vocabulary: Collection[str]) -> list[str]:
    """The question's last word, when no document uses it.

    An English question usually ends on what it asks about ("Who is the company's external
    auditor?"); documents that never use that word cannot answer it. Only the last word is held
    to this: a modifier the documents word differently ("the maximum I would pay") is common.
    """
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", key_terms_free(question))
    return unknown_terms(words[-1], vocabulary) if words else []


def key_terms_free(question: str) -> str:
    """The question less a customer's self-introduction (their name is not a topic)."""
    return _SELF_INTRODUCTION.sub("", question)
