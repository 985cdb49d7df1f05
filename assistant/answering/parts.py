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
    r",\s+and\s+(?=(?:what|how|by how (?:much|many)|which|did|was|were|is|are|does|do|has|have)\b)"
    r"|\s+and\s+(?=(?:what|how much|how many|by how (?:much|many))\s)", re.I)  # "… for fiscal 2025 and what margin …"
# the first ask must itself ask for a figure ("Using the cash flow statement, how much …"), not a judgement ("is it
# asset-sensitive or liability-sensitive, and …") nor a clause ("Excluding X, and …")
_ASKS = re.compile(r"^(?:[^,?]*,\s*)?(?:what|how much|how many)\b", re.I)
_MIN_WORDS = 5  # "What was it, and …" names nothing to answer alone


@dataclass(frozen=True)
class Parts:
    first: str  # the first ask as a question of its own, with the question's closing instructions
    rest: str  # the second ask, as written


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
    # "… ? Answer in USD thousands.": instructions after the question serve the first ask too
    first = f"{head}?" + (f" {after.strip()}" if after.strip() else "")
    return Parts(first, f"{ask.strip()}?")


def left_open(parts: Parts) -> str:
    """What an answer to the first ask alone says of the second (not repeating its figures, which would read as
    an answer to it)."""
    return "I could not answer the second part of the question from the documents."
