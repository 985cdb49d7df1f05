"""Turn a follow-up ("and in 2018?") into a standalone query before retrieval.

Rules, not a model call: a 0.5B model rewrites unreliably and a rule costs nothing.
A follow-up is a short message that leans on the previous turn: it opens with a
connector ("and", "what about") or is too short to stand alone. Years in the follow-up ("2018",
"FY18", "fiscal 2018") replace those of the previous question, however written; a short remainder
is appended to it; a long one leads, followed by the previous question's topic words. A message that asks its own
question about its own topic stands alone, whatever word it opens with ("For urgent card
delivery, how much does it cost?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from index.text.numbers import YEAR_EXPRESSION as _YEAR
from index.text.numbers import years_in
from index.text.tokens import STOPWORDS

_CONNECTOR = re.compile(
    r"^\s*(?:and|also|but|so|then|what about|how about|same for|and what about|and how about|and for|"
    r"what of|in|for|compared (?:to|with)|vs\.?|versus)\b[\s,]*",
    re.IGNORECASE,
)
_MAX_FOLLOWUP_WORDS = 6
_ASKS = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how)\b"
    r"|(?:^|,\s*)(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = frozenset("it that this these those them they one ones".split())
_QUESTION_WORDS = STOPWORDS | frozenset(
    """a an the what which who whom whose when where why how is are was were do does did can could
    will would should much many long take it to of in on for from by with and or my our your""".split()
)


def is_followup(question: str) -> bool:
    words = re.findall(r"\w+", question)
    return bool(_CONNECTOR.match(question)) or len(words) <= 3 or (
        len(words) <= _MAX_FOLLOWUP_WORDS and bool(re.search(r"\b(it|that|this|those|them|they)\b", question, re.I))
    )


How = Literal["unchanged", "other-years", "previous", "appended", "topic-follows"]


@dataclass(frozen=True)
class Rewrite:
    """The query retrieval uses, and how it was made from the conversation."""

    query: str
    # unchanged: the question as asked; other-years: the previous question with the new years;
    # previous: the previous question again ("and?"); appended: the previous question with the
    # follow-up after it; topic-follows: the follow-up, then the previous question's topic words.
    how: How


def standalone_query(question: str, previous_questions: Sequence[str]) -> Rewrite:
    """The question made self-contained using earlier user questions (oldest first)."""
    rewrite = Rewrite("", "unchanged")
    for turn in [*previous_questions, question]:
        rewrite = _rewrite(turn.strip(), rewrite.query)
    return rewrite


def _stands_alone(question: str) -> bool:
    """Asks its own question about at least two topic words, and refers back to nothing: a
    pronoun counts as referring back unless a topic word comes before it, in an earlier clause."""
    rest = question
    while (opener := _CONNECTOR.match(rest)) and opener.end():
        rest = rest[opener.end() :]
    if not _ASKS.search(rest):
        return False
    topic = 0
    for clause in re.split(r"[,;:]", rest):
        words = [w.lower() for w in re.findall(r"\w+", clause)]
        if any(w in _BACK_REFERENCE for w in words) and not topic:
            return False
        topic += sum(w not in _QUESTION_WORDS and w not in _BACK_REFERENCE for w in words)
    return topic >= 2


def _rewrite(question: str, previous: str) -> Rewrite:
    if not previous or not is_followup(question) or _stands_alone(question):
        return Rewrite(question, "unchanged")
    new_years = [m.group() for m in _YEAR.finditer(question)]
    rest = _CONNECTOR.sub("", question).strip(" ?.!")
    rest_without_years = _YEAR.sub("", rest).strip(" ,?.!")
    if new_years and _YEAR.search(previous) and not re.search(r"\w{3,}", rest_without_years):
        # "and in 2018?", "and FY18?": same question, other year(s). Each year the previous question
        # names, however written ("FY2019", "fiscal 2019"), becomes the follow-up's year in its place.
        old_years = list(dict.fromkeys(years_in(m.group())[0] for m in _YEAR.finditer(previous)))

        def new_year(match: re.Match[str]) -> str:
            return new_years[min(old_years.index(years_in(match.group())[0]), len(new_years) - 1)]

        return Rewrite(_YEAR.sub(new_year, previous), "other-years")
    if not rest:
        return Rewrite(previous, "previous")
    if len(re.findall(r"\w+", rest)) > _MAX_FOLLOWUP_WORDS:
        # "And how much does it cost to send one online?" asks its own question; the previous
        # one only says what "one" is, so its topic words follow instead of leading.
        topic = [w for w in re.findall(r"[\w'-]+", previous) if w.lower() not in _QUESTION_WORDS]
        topic = [w for w in dict.fromkeys(topic) if w.lower() not in rest.lower()]
        return Rewrite(f"{rest}? (about: {' '.join(topic)})" if topic else f"{rest}?", "topic-follows")
    return Rewrite(f"{previous.rstrip(' ?.!')} — {rest}?", "appended")
