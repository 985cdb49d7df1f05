"""A long filing's sections by topic, for questions that name one ("legal proceedings", "acquisitions", "debt").

A 10-K's notes and items are titled by what they cover ("Note 7. Debt", "Note 5 - Acquisitions and
Divestitures", "Item 3. Legal Proceedings"). A question on such a topic is searched by all its words, and the
MD&A or a risk factor that mentions the topic in passing can outrank the note itself. Within one long document,
a question naming a section's topic word gets that section's passage nearest in meaning (`Retriever`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from assistant.answering.figures import first_sentence
from index.documents import Chunk
from index.text.tokens import query_terms

# "Note 7. Debt", "Note 5 - Acquisitions", "12. Shareholders' Equity", "Item 1A. Risk Factors" -> the title words
_NUMBERING = re.compile(r"^\s*(?:(?:note|item)\s+)?\d+[a-z]?\s*[.:\-–—)]*\s*", re.I)
# Words in section titles that name no topic of their own, or too many ("Income Taxes" is about taxes)
_GENERIC = frozenset({
    "and", "other", "others", "net", "information", "summary", "significant", "accounting", "policies", "financial",
    "statements", "statement", "supplementary", "supplemental", "data", "related", "certain", "total", "income",
    "consolidated", "notes", "note", "item", "part", "basis", "presentation", "general", "matters", "new", "guidance",
    "fair", "value", "values", "measurements", "assets", "liabilities", "operations", "results", "changes",
    "management", "discussion", "analysis", "condition", "company", "form", "report", "annual", "including",
    "included", "this", "with", "from", "under", "for", "the", "our", "its", "their", "business", "reserved",
    "based", "operating", "reporting", "share", "shares", "service", "services", "principal", "fees",
})
_MIN_LENGTH = 4
_MAX_TITLE_WORDS = 14  # "Note 2. Acquisitions, Divestitures, Equity-Method Investments, Licensing Arrangements and …"
_SENTENCE = re.compile(r"\b(?:i|we|our|us|my|you|your)\b|;", re.I)
_STEM = 5  # "acquisitions" and "acquired", "customers" and "customer" share their first five letters


def _stem(word: str) -> str:
    return word[:_STEM]


def title_words(section: str | None) -> set[str]:
    """The topic words of a section path's last heading."""
    last = (section or "").split(" > ")[-1]
    numbering = _NUMBERING.match(last)
    # a numbered note or item, short as titles are: not a cover-page line, a certification's first sentence ("1. I
    # have reviewed this annual report") or a list item of prose ("1. Unleash the power of our people;")
    if not numbering or not re.search(r"\d", numbering.group()) or len(last.split()) > _MAX_TITLE_WORDS \
            or _SENTENCE.search(last):
        return set()
    words = re.findall(r"[a-z]+", last[numbering.end():].lower())
    return {_stem(w) for w in words if len(w) >= _MIN_LENGTH and w not in _GENERIC}


# A capitalised word after another word is a name ("Has CVS Health reported…"), not the question's topic.
_NAME = re.compile(r"(?<=[\w,] )[A-Z][a-z]+\b")


# A filing's name for an analyst's topic: lawsuits are reported under "Commitments and Contingencies".
_FILED_UNDER = {"legal": {"conti"}, "litig": {"conti", "legal"}, "lawsu": {"conti", "legal"}}


def topic_words(question: str) -> set[str]:
    # the first sentence asks; analysts' boilerplate follows ("If the quick ratio is not something an analyst would
    # ask about, explain why")
    question = first_sentence(question)
    names = {w.lower() for w in _NAME.findall(question)}
    words = {_stem(w) for w in query_terms(question)
             if len(w) >= _MIN_LENGTH and w.isalpha() and w not in _GENERIC and w not in names}
    return words.union(*(_FILED_UNDER.get(word, set()) for word in words))


def section_topics(pairs: Iterable[tuple[int, Chunk]]) -> dict[str, list[int]]:
    """Topic word -> the ids of the text chunks in sections whose title holds it."""
    topics: dict[str, list[int]] = defaultdict(list)
    for cid, chunk in pairs:
        for word in title_words(chunk.section):
            topics[word].append(cid)
    return dict(topics)
