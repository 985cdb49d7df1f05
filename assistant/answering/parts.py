"""Questions that ask two things in one sentence.

Analysts often ask for a figure and then something about it: "What was the backlog at the end of fiscal 2025, and
how much did it grow from the end of fiscal 2024?". When the whole cannot be answered, the first ask alone often can;
the answer then says plainly which part it leaves open, rather than refusing both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ", and how much…", ", and what percentage…", ", and was it higher…": a second ask joined to the first
_SECOND_ASK = re.compile(
    r",\s+and\s+(?=(?:what|how|by how (?:much|many)|by what|which|did|was|were|is|are|does|do|has|have)\b)"
    r"|\s+and\s+(?=(?:what|how much|how many|by how (?:much|many))\s)", re.I)  # "… for fiscal 2025 and what margin …"
# the first ask must itself ask for a figure ("Using the cash flow statement, how much …"), not a judgement ("is it
# asset-sensitive or liability-sensitive, and …") nor a clause ("Excluding X, and …")
_OPENING = r"^(?:[^,?]*,\s*)?(?:what|how much|how many)"  # "Using the cash flow statement, how much …"
_ASKS = re.compile(_OPENING + r"\b", re.I)
_MIN_WORDS = 5  # "What was it, and …" names nothing to answer alone
# words of an instruction that say nothing of which ask it serves ("Answer in USD millions to one decimal")
_INSTRUCTION_WORDS = frozenset("answer give state express show round report provide use using in to the a an as of "
                               "and or with one two three four zero decimal decimals place places usd dollars dollar "
                               "thousands thousand millions million billions billion figure figures number numbers "
                               "your it its nearest whole".split())
_WORD = re.compile(r"[a-z][\w'-]*", re.I)

# The first ask's figure, for the second ask's "that" / "it": "What was Acme's adjusted EBITDA for fiscal 2025"
# gives "Acme's adjusted EBITDA for fiscal 2025"; "how much did Acme spend on capital expenditures in 2025" gives
# "capital expenditures in 2025".
_VERB = (r"(?:spend|spent|pay|paid|record|recorded|report|reported|generate|generated|earn|earned|hold|held|have|had"
         r"|incur|incurred|post|posted|achieve|achieved)")
_FIGURE_ASKED = re.compile(_OPENING + r"\s+(?:(?:was|were|is|are)\s+(?P<noun>.+)"
                           rf"|(?:did|does|do)\s+.+?\s+{_VERB}\s+(?:on\s+|in\s+|for\s+)?(?P<object>.+)"
                           # "What non-GAAP operating income did Acme report for fiscal 2025"
                           rf"|(?P<named>(?!(?:did|does|do)\b)[^?]+?)\s+(?:did|does|do)\s+.+?\s+{_VERB}"
                           r"(?P<when>\s+(?:for|in|during|at|as of)\s+.+)?)$", re.I)
# "that", "it", "that total", "this figure": the first ask's figure
_THAT = re.compile(r"\b(?:that|this|it)(?:\s+(?:figure|amount|total|sum|number|balance))?\b", re.I)
# "what margin on net sales does that imply?": the figure as a share of the whole named
_MARGIN_IMPLIED = re.compile(
    r"^what (?:[\w-]+\s+){0,3}?(?:margin|percentage|percent|share)(?: (?:on|of) (?P<whole>.+?))? "
    r"(?:does|did|do) (?:that|this|it) (?:imply|represent)(?: (?:on|of) (?P<after>.+))?$", re.I)
# "what percentage of that total was imputed interest?": a part of the figure
_PART_OF_THAT = re.compile(r"^what (?:percentage|percent|share|portion|proportion|fraction) of (?:that|this|it)"
                           r"(?:\s+(?:figure|amount|total|sum|balance))? (?:was|were|is|are|came from|related to) "
                           r"(?P<part>.+)$", re.I)

# a second ask that names what it asks for itself: "what percentage of the undiscounted lease payments was imputed
# interest", "what was the services gross margin"
_STANDS_ALONE = re.compile(r"^what (?:was|were|is|are|percentage|share|portion|proportion)\b.{12,}", re.I)
_BRACKETED_INSTRUCTION = re.compile(
    r"\s*\((?P<text>[^()]*\b(?:decimals?|round\w*|(?:thousands|millions|billions))\b[^()]*)\)", re.I)


@dataclass(frozen=True)
class Parts:
    first: str  # the first ask as a question of its own, with the closing instructions that may serve it
    rest: str  # the second ask, as written
    instructions: str = ""  # every instruction after the question ("Give the margin to one decimal.")


def split_question(question: str) -> Parts | None:
    """The two asks of a question that joins them with ", and <question word>" (or "and what", "and how much"
    without the comma), or None."""
    match = _SECOND_ASK.search(question)
    if match is None:
        return None
    head = question[: match.start()].rstrip(" ,;")
    tail = question[match.end():]
    ask, mark, after = tail.partition("?")
    if not _ASKS.search(head) or len(head.split()) < _MIN_WORDS or not mark:
        return None
    # "… ? Answer in USD thousands.": instructions after the question serve the first ask too, unless they name
    # what only the second ask asks for ("Give the margin to one decimal.")
    after = after.strip()
    own = {w.lower() for w in _WORD.findall(after)} - _INSTRUCTION_WORDS
    theirs = {w.lower() for w in _WORD.findall(ask)} - {w.lower() for w in _WORD.findall(head)}
    first = f"{head}?" + (f" {after}" if after and not own & theirs else "")
    return Parts(first, f"{ask.strip()}?", after)


def second_ask(parts: Parts) -> str | None:
    """The second ask as a question of its own, its "that" or "it" replaced by the first ask's figure, with the
    question's instructions; None when the first ask names no figure to put in."""
    head = parts.first.partition("?")[0].strip()
    ask = parts.rest.rstrip("?").strip()
    said = _BRACKETED_INSTRUCTION.search(ask)  # "… was imputed interest (one decimal)": said of the answer
    instructions = " ".join(filter(None, (parts.instructions, said and f"({said['text']})")))
    ask = _BRACKETED_INSTRUCTION.sub("", ask)
    closing = f" {instructions}" if instructions else ""
    if not _THAT.search(ask) and _STANDS_ALONE.match(ask):  # "what was the services gross margin": its own figure
        return f"{ask[:1].upper()}{ask[1:]}?{closing}"
    named = _FIGURE_ASKED.match(head)
    if named is None:
        return None
    figure = (named["noun"] or named["object"] or f"{named['named']}{named['when'] or ''}").strip()
    if implied := _MARGIN_IMPLIED.match(ask):
        question = f"What was {figure} as a percentage of {implied['whole'] or implied['after'] or 'revenue'}"
    elif part := _PART_OF_THAT.match(ask):
        question = f"What was {part['part']} as a percentage of {figure}"
    elif _THAT.search(ask):
        question = _THAT.sub(lambda _: figure, ask, count=1)
        question = question[:1].upper() + question[1:]
    else:
        return None
    return f"{question}?{closing}"


def both_answered(first: str, second: str) -> str:
    """One answer to both asks."""
    return f"{first.rstrip()}\n\n{second.strip()}"


def left_open(parts: Parts) -> str:
    """What an answer to the first ask alone says of the second (not repeating its figures, which would read as
    an answer to it)."""
    return "I could not answer the second part of the question from the documents."
