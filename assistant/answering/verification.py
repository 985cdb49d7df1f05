"""Check a generated answer against the passages it was given.

Citations: markers like [2] must point at a passage that was shown, and are renumbered 1..n
in the order the answer first cites them, as its sources are listed; an answer with no valid
marker is attached to the passage it overlaps most. Numbers: every figure of a sentence should
appear in the passages it cites. One rule (`sentence_sources`) judges each sentence, while it
streams and in the final check alike, so nothing shown is withdrawn later.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answering.tiers import asked_amounts, tier_fit
from assistant.retrieval.coverage import key_terms
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


def number_markers(text: str, numbering: dict[int, int], count: int) -> str:
    """Markers renumbered in the order their passages are first cited, recorded in `numbering`
    (passage number -> number shown); markers that point at none of the `count` passages are dropped."""

    def renumber(match: re.Match[str]) -> str:
        valid = [n for n in dict.fromkeys(_marker_numbers(match.group(1))) if 1 <= n <= count]
        for n in valid:
            numbering.setdefault(n, len(numbering) + 1)
        return "".join(f"[{numbering[n]}]" for n in valid)

    return _MARKER.sub(renumber, text)


@dataclass
class CheckedAnswer:
    text: str  # markers numbered as `cited`; ones that point at no passage removed
    cited: list[tuple[int, Passage]]  # (number shown, passage), in that order
    unsupported_numbers: list[str]

    @property
    def numbers_verified(self) -> bool:
        return not self.unsupported_numbers


def check_answer(text: str, passages: Sequence[Passage]) -> CheckedAnswer:
    """The streaming gate's verdict on the whole text: the final check is the same check."""
    gate = SentenceGate(passages)
    shown = gate.feed(text) + gate.finish()
    return CheckedAnswer(shown.strip(), gate.cited, gate.unsupported)


def sentence_sources(sentence: str, passages: Sequence[Passage]) -> tuple[list[int], list[str]]:
    """The passages (by number) one sentence rests on, and its figures they do not hold.

    A sentence with markers is held to the passages they name; one with figures but no marker, to the
    passage whose words it shares most (a figure found only in some other passage is read from the
    wrong row or topic: "15.00 business days" from a fee table); one without figures rests on
    nothing in particular.
    """
    marked = [n for group in _MARKER.findall(sentence) for n in _marker_numbers(group) if 1 <= n <= len(passages)]
    if marked:
        marked = list(dict.fromkeys(marked))
        return marked, unsupported_numbers(sentence, [passages[n - 1] for n in marked])
    figures = unsupported_numbers(sentence, [])
    if not figures or not passages:
        return [], figures

    def shared_words(n: int) -> tuple[float, bool]:  # on a tie, the passage that holds the figures
        return _overlap(sentence, passages[n - 1].chunk.text), not unsupported_numbers(sentence, [passages[n - 1]])

    best = max(range(1, len(passages) + 1), key=shared_words)
    return [best], unsupported_numbers(sentence, [passages[best - 1]])


# "5% to 7%", "£34 million to £38 million", "14.0%–14.5%": a range. "From £386.9m to £412.6m" is a change,
# and years ("2023 to 2025") are periods; neither is a range.
_RANGE = re.compile(
    r"(?<![\w.])(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent|million|billion|bn|m|k)?\s*(?:to|–|—)\s*"
    r"[£$€¥]?\s*(?P<high>\d[\d,]*(?:\.\d+)?)(?![\d,])"
)
_CHANGE_BEFORE = re.compile(r"\b(from|by|rose|fell|grew|increased|decreased|declined|up|down)\s*[£$€¥]?\s*$", re.I)
_YEAR = re.compile(r"(19|20)\d\d")


def _figures_and_ranges(text: str) -> tuple[set[str], dict[str, set[str]]]:
    """The figures a text states on their own, and for each figure it gives only as a range end, the
    other ends it goes with."""
    ends: dict[str, set[str]] = {}
    spans = []
    for match in _RANGE.finditer(text):
        low, high = (normalise_number(match.group(g)) for g in ("low", "high"))
        if _YEAR.fullmatch(low) or _YEAR.fullmatch(high) or _CHANGE_BEFORE.search(text[max(0, match.start() - 12):
                                                                                          match.start()]):
            continue
        ends.setdefault(low, set()).add(high)
        ends.setdefault(high, set()).add(low)
        spans.append(match.span())
    rest = text
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    alone = {normalise_number(n) for n in STANDALONE_FIGURE.findall(rest)}
    return alone, {n: others for n, others in ends.items() if n not in alone}


def unsupported_numbers(text: str, passages: Sequence[Passage]) -> list[str]:
    """Figures in `text` that no passage contains (citation markers and list numbers aside). A figure the
    passages give only as one end of a range ("5% to 7%") needs the other end beside it: alone it
    drops half of what the source says."""
    alone: set[str] = set()
    range_ends: dict[str, set[str]] = {}
    for passage in passages:
        stated, ends = _figures_and_ranges(passage.chunk.text)
        alone |= stated
        for figure, others in ends.items():
            range_ends.setdefault(figure, set()).update(others)
    said = _MARKER.sub(" ", text)
    in_answer = {normalise_number(n) for n in STANDALONE_FIGURE.findall(said)}
    found = []
    for raw in STANDALONE_FIGURE.findall(said):
        figure = normalise_number(raw)
        supported = figure in alone or bool(range_ends.get(figure, set()) & in_answer)
        if not supported and raw not in found:
            found.append(raw)
    return found


# An answer that repeats this share of a passage word for word (and is not one short line) is a copy.
_WHOLE_PASSAGE = 0.8
_MIN_COPY_CHARS = 150
# A line of one to six words with no sentence end: a sub-heading within a passage's text.
_SUBHEADING = re.compile(r"^\s*[A-Z][\w'&,-]*(?:\s+[\w'&,()-]+){0,5}\s*$")


def echoes_a_passage(text: str, passages: Sequence[Passage]) -> bool:
    """A small model sometimes answers with a passage's heading ("Closing an account > How long…")
    or copies a whole passage out, which answers nothing in particular."""
    plain = strip_markers(text)
    words = set(re.findall(r"\w+", plain.lower()))
    flat = " ".join(plain.split())
    for passage in passages:
        # the passage's heading, or a sub-heading line inside it ("Seasonality", "Privacy litigation")
        lines = passage.chunk.body.splitlines()
        for line in [passage.chunk.heading, *(line for line in lines if _SUBHEADING.match(line))]:
            heading = set(re.findall(r"\w+", line.lower()))
            if words and heading and len(words & heading) >= 0.8 * len(words):
                return True
        body = " ".join(passage.chunk.body.split())
        if len(flat) >= max(_MIN_COPY_CHARS, _WHOLE_PASSAGE * len(body)) and flat.rstrip(".") in body:
            return True
    return False


# The end of a sentence (with any citation markers after it) or of a line.
_SENTENCE_END = re.compile(r"[.!?](?:\s*\[\d{1,2}(?:\s*,\s*\d{1,2})*\])*(?=\s)|\n")


# A sentence end is settled once the next sentence has begun: until then, a marker may still follow it.
_SETTLED = re.compile(r"\s*[^\s\[]")


def _sentences(text: str) -> list[str]:
    """`text` cut after each sentence end; the pieces join back into `text`."""
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


class SentenceGate:
    """Lets streamed text through a sentence at a time, only when its figures are in the passages.

    Each sentence is judged by `sentence_sources`, as the final check judges it, so a reader never
    sees a figure that check would reject. After the first sentence that fails, everything is held
    back: the final, checked answer replaces the stream. Markers come out numbered as the sources
    will be listed, and a sentence with figures but no marker gets the marker of its passage.
    """

    def __init__(self, passages: Sequence[Passage]):
        self._passages = list(passages)
        self._pending = ""
        self._shown = ""
        self.blocked = False
        self.numbering: dict[int, int] = {}  # passage number -> marker shown, in order of first citation
        self.unsupported: list[str] = []

    @property
    def cited(self) -> list[tuple[int, Passage]]:
        return [(shown, self._passages[n - 1]) for n, shown in self.numbering.items()]

    def feed(self, piece: str) -> str:
        """The text that may be shown now (possibly empty)."""
        self._pending += piece
        ends = [m.end() for m in _SENTENCE_END.finditer(self._pending) if _SETTLED.match(self._pending, m.end())]
        if not ends:
            return ""
        ready, self._pending = self._pending[: ends[-1]], self._pending[ends[-1] :]
        return self._release(ready)

    def finish(self) -> str:
        """What is left once generation ends, if it passes too; an answer that cited nothing
        cites the passage it overlaps most."""
        rest, self._pending = self._pending, ""
        shown = self._release(rest)
        if shown and not self.blocked and not self.numbering and self._passages:
            best = max(range(len(self._passages)), key=lambda i: _overlap(self._shown, self._passages[i].chunk.text))
            self.numbering[best + 1] = 1
            shown = _append_marker(shown, "[1]")
        return shown

    def _release(self, text: str) -> str:
        shown = ""
        for sentence in _sentences(text):
            if self._repeats_a_marker(sentence, shown):
                continue
            sources, unsupported = sentence_sources(sentence, self._passages)
            self.unsupported += [n for n in unsupported if n not in self.unsupported]
            self.blocked = self.blocked or bool(unsupported)
            if self.blocked:
                continue
            count = len(self._passages)
            sentence = re.sub(r"[ \t]+([.,;:])", r"\1", number_markers(sentence, self.numbering, count))
            if sources and not _MARKER.search(sentence):
                marker = "".join(f"[{n}]" for n in sources)
                sentence = number_markers(_append_marker(sentence, marker), self.numbering, count)
            shown += sentence
        self._shown += shown
        return shown


    def _repeats_a_marker(self, sentence: str, shown_now: str) -> bool:
        """Markers alone after a sentence's full stop ("… day. [1]"): the sentence before already cites them
        (its marker was placed before the stop), so they would show twice."""
        if strip_markers(sentence).strip() or not (self._shown or shown_now):
            return False
        cited = [n for group in _MARKER.findall(sentence) for n in _marker_numbers(group)]
        return bool(cited) and all(n in self.numbering for n in cited)


def _overlap(answer: str, passage: str) -> float:
    answer_words = set(tokenize(answer))
    if not answer_words:
        return 0.0
    return len(answer_words & set(tokenize(passage))) / len(answer_words)


def _append_marker(text: str, marker: str) -> str:
    """`marker` at the end of `text`, before its closing punctuation and any trailing space."""
    body = text.rstrip()
    tail = text[len(body) :]
    if body[-1:] in (".", "!", "?"):
        return f"{body[:-1]} {marker}{body[-1]}{tail}"
    return f"{body} {marker}{tail}"


_WRAPPED_LINE = re.compile(r"(?<=\S)\n(?!\s*(?:[-•*]|\d+[.)])\s)(?=\S)")


def _telling_words(wanted: set[str], passages: Sequence[Passage]) -> set[str]:
    """The question's words that tell its passages apart: a word nearly every passage has (the company's name
    throughout its 10-K) matches a sentence to the question no better than to any other. All of them when none
    is telling."""
    texts = [set(tokenize(p.chunk.text)) for p in passages]
    if len(texts) < 3:
        return wanted
    telling = {w for w in wanted if sum(w in t for t in texts) < 0.8 * len(texts)}
    return telling or wanted


def topical_words(question: str) -> set[str]:
    """The question's words other than the names and years it gives: a line sharing only the company's name or the
    year ("Fiscal 2025 Annual Report on Form 10-K BRAMBLECROFT OUTFITTERS, INC.") says nothing the question asks."""
    return set(tokenize(question)) - {w for term in key_terms(question) for w in tokenize(term)} - {"fiscal", "fy"}


def extractive_answer(
    question: str, passages: Sequence[Passage], similarity: Callable[[list[str]], Sequence[float]] | None = None
) -> tuple[str, int] | None:
    """The passage sentence that best answers the question, quoted, with its passage number.

    Used when a generated answer fails verification: a quote cannot invent a figure. With
    `similarity` (question–sentence cosine from the embedder) the sentence closest in meaning
    wins; shared words alone would pick a page's introduction that repeats the question's words.
    """
    wanted = _telling_words(set(tokenize(question)), passages)
    topical = wanted & topical_words(question)
    amounts = asked_amounts(question)
    candidates: list[tuple[float, str, int]] = []
    for number, passage in enumerate(passages, start=1):
        table = passage.chunk.table
        if table is not None:  # a table's rows, not its context and column lines
            rows = [row.text for row in table.rows]
        else:  # rejoin lines wrapped mid-sentence; keep list items apart
            rows = _WRAPPED_LINE.sub(" ", passage.chunk.body).splitlines()
        for line in (sentence for row in rows for sentence in re.split(r"(?<=[.!?])\s+", row)):
            words = set(tokenize(line))
            overlap = len(wanted & words) / (len(wanted) or 1)
            if len(words) >= 2 and overlap > 0 and (words & topical or not topical):
                # the tier holding the sum asked about, never another tier
                tier = {True: 0.5, False: -1.0, None: 0.0}[tier_fit(amounts, line)]
                candidates.append((overlap + tier + (0.01 if STANDALONE_FIGURE.search(line) else 0), line.strip(),
                                   number))
    if not candidates:
        return None
    if similarity is not None:
        meaning = similarity([line for _, line, _ in candidates])
        candidates = [(m + 0.1 * s, line, n) for (s, line, n), m in zip(candidates, meaning, strict=True)]
    _, line, number = max(candidates, key=lambda c: c[0])
    return f"The documents say: \u201c{line}\u201d [{number}]", number
