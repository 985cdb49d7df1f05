"""Check a generated answer against the passages it was given.

Citations: markers like [2] must point at a passage that was shown; an answer with
no valid marker is attached to the passage it overlaps most. Numbers: every figure in
the answer should appear in a cited passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.documents import Passage
from index.text.numbers import STANDALONE_FIGURE, normalise_number
from index.text.tokens import tokenize

_MARKER = re.compile(r"\[(\d{1,2}(?:\s*,\s*\d{1,2})*)\]")
_SPACED_MARKER = re.compile(r"\s*" + _MARKER.pattern)


def strip_markers(text: str) -> str:
    """The text without its citation markers ("[2]", "[1, 3]") or the space before them."""
    return _SPACED_MARKER.sub("", text)


def _marker_numbers(group: str) -> list[int]:
    """'1, 3' (the inside of a marker) -> [1, 3]."""
    return [int(n) for n in re.split(r"\s*,\s*", group)]


@dataclass
class CheckedAnswer:
    text: str  # markers that point at no passage removed
    cited: list[tuple[int, Passage]]  # (marker number, passage), by number
    unsupported_numbers: list[str]

    @property
    def numbers_verified(self) -> bool:
        return not self.unsupported_numbers


def check_answer(text: str, passages: Sequence[Passage]) -> CheckedAnswer:
    """Markers keep the numbers the prompt showed, so a streamed answer reads the same."""
    used: set[int] = set()

    def keep_valid(match: re.Match[str]) -> str:
        numbers = _marker_numbers(match.group(1))
        valid = [n for n in dict.fromkeys(numbers) if 1 <= n <= len(passages)]
        used.update(valid)
        return "".join(f"[{n}]" for n in valid)

    cleaned = _MARKER.sub(keep_valid, text).strip()
    cleaned = re.sub(r"[ \t]+([.,;:])", r"\1", cleaned)
    if not used and passages and cleaned:
        best = max(range(len(passages)), key=lambda i: _overlap(cleaned, passages[i].chunk.text)) + 1
        used.add(best)
        cleaned = _append_marker(cleaned, best)
    cited = [(n, passages[n - 1]) for n in sorted(used)]
    return CheckedAnswer(cleaned, cited, unsupported_numbers(cleaned, [p for _, p in cited]))


def unsupported_numbers(text: str, passages: Sequence[Passage]) -> list[str]:
    """Figures in `text` that no passage contains (citation markers and list numbers aside)."""
    evidence = {normalise_number(n) for p in passages for n in STANDALONE_FIGURE.findall(p.chunk.text)}
    found = []
    for raw in STANDALONE_FIGURE.findall(_MARKER.sub(" ", text)):
        if normalise_number(raw) not in evidence and raw not in found:
            found.append(raw)
    return found


# An answer that repeats this share of a passage word for word (and is not one short line) is a copy.
_WHOLE_PASSAGE = 0.8
_MIN_COPY_CHARS = 150


def echoes_a_passage(text: str, passages: Sequence[Passage]) -> bool:
    """A small model sometimes answers with a passage's heading ("Closing an account > How long…")
    or copies a whole passage out, which answers nothing in particular."""
    plain = strip_markers(text)
    words = set(re.findall(r"\w+", plain.lower()))
    flat = " ".join(plain.split())
    for passage in passages:
        heading = set(re.findall(r"\w+", passage.chunk.heading.lower()))
        if words and heading and len(words & heading) >= 0.8 * len(words):
            return True
        body = " ".join(passage.chunk.body.split())
        if len(flat) >= max(_MIN_COPY_CHARS, _WHOLE_PASSAGE * len(body)) and flat.rstrip(".") in body:
            return True
    return False


# The end of a sentence (with any citation markers after it) or of a line.
_SENTENCE_END = re.compile(r"[.!?](?:\s*\[\d{1,2}(?:\s*,\s*\d{1,2})*\])*(?=\s)|\n")


class SentenceGate:
    """Lets streamed text through a sentence at a time, only when its figures are in the passages.

    A reader so never sees a figure that the final check would reject. After the first sentence
    that fails, everything is held back: the final, checked answer replaces the stream.
    """

    def __init__(self, passages: Sequence[Passage]):
        self._passages = list(passages)
        self._pending = ""
        self.blocked = False

    def feed(self, piece: str) -> str:
        """The text that may be shown now (possibly empty)."""
        self._pending += piece
        if self.blocked:
            return ""
        ends = [m.end() for m in _SENTENCE_END.finditer(self._pending)]
        if not ends:
            return ""
        ready, rest = self._pending[: ends[-1]], self._pending[ends[-1] :]
        if not self._supported(ready):
            self.blocked = True
            return ""
        self._pending = rest
        return ready

    def finish(self) -> str:
        """What is left once generation ends, if it passes too."""
        if self.blocked or not self._supported(self._pending):
            self.blocked = True
            return ""
        rest, self._pending = self._pending, ""
        return rest

    def _supported(self, text: str) -> bool:
        marked = {n for group in _MARKER.findall(text) for n in _marker_numbers(group)}
        cited = [self._passages[n - 1] for n in sorted(marked) if 1 <= n <= len(self._passages)]
        return not unsupported_numbers(text, cited or self._passages)


def _overlap(answer: str, passage: str) -> float:
    answer_words = set(tokenize(answer))
    if not answer_words:
        return 0.0
    return len(answer_words & set(tokenize(passage))) / len(answer_words)


def _append_marker(text: str, number: int) -> str:
    if text[-1] in ".!?":
        return f"{text[:-1]} [{number}]{text[-1]}"
    return f"{text} [{number}]"


_WRAPPED_LINE = re.compile(r"(?<=\S)\n(?!\s*(?:[-•*]|\d+[.)])\s)(?=\S)")


def extractive_answer(
    question: str, passages: Sequence[Passage], similarity: Callable[[list[str]], Sequence[float]] | None = None
) -> tuple[str, int] | None:
    """The passage sentence that best answers the question, quoted, with its passage number.

    Used when a generated answer fails verification: a quote cannot invent a figure. With
    `similarity` (question–sentence cosine from the embedder) the sentence closest in meaning
    wins; shared words alone would pick a page's introduction that repeats the question's words.
    """
    wanted = set(tokenize(question))
    candidates: list[tuple[float, str, int]] = []
    for number, passage in enumerate(passages, start=1):
        body = passage.chunk.body
        if passage.chunk.kind == "text":  # rejoin lines wrapped mid-sentence; keep list items apart
            body = _WRAPPED_LINE.sub(" ", body)
        rows = body.splitlines()
        for line in (sentence for row in rows for sentence in re.split(r"(?<=[.!?])\s+", row)):
            words = set(tokenize(line))
            overlap = len(wanted & words) / (len(wanted) or 1)
            if len(words) >= 2 and overlap > 0 and not line.startswith("Columns:"):
                candidates.append((overlap + (0.01 if STANDALONE_FIGURE.search(line) else 0), line.strip(), number))
    if not candidates:
        return None
    if similarity is not None:
        meaning = similarity([line for _, line, _ in candidates])
        candidates = [(m + 0.1 * s, line, n) for (s, line, n), m in zip(candidates, meaning, strict=True)]
    _, line, number = max(candidates, key=lambda c: c[0])
    return f"The documents say: \u201c{line}\u201d [{number}]", number
