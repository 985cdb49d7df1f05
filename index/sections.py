"""Running text → units that must stay whole, and the headings over them.

A chunk boundary inside "We may refuse a payment if: (a) …; (b) …" separates the condition from the rule it
qualifies, and one between a FAQ question and its answer leaves the answer without its subject. So text chunking
works on *units*: a paragraph; a lead-in sentence ending in a colon together with the list items that follow it;
a clause ("3.2 …") with its lettered points. Headings found in the text (a numbered title such as
"5. Overdrafts", a short title line, a question standing on its own line) are not units: they open the heading
path that every later chunk of the document carries until the next heading, across page breaks too.

Loaders that know their structure (HTML, Markdown, DOCX) already put headings into `TextBlock.section`;
this module finds what plain text and PDF pages leave in the text itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "- item", "* item", "• item", "1. step", "2) step", "(a) point", "a) point", "(iv) point"
LIST_ITEM = re.compile(r"^\s*(?:[-*•–]\s+|\d{1,2}[.)]\s+|\(?[a-z]\)\s+|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s+)")
# "3.2 We may …": a numbered clause (two or more levels), which starts a unit of its own
CLAUSE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S")
# "5. Overdrafts", "12 Interest on money": a numbered title, short and without a final full stop
NUMBERED_TITLE = re.compile(r"^\s*(\d{1,2})\.?\s+([A-Z][^.:;!]{1,70})$")
_TITLE_WORDS = 12
_QUESTION_CHARS = 160
_PROSE_LINE = 60  # a line this long that does not end a sentence is wrapped prose, not a table row


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1: a numbered title; 2: an unnumbered title line; 3: a question standing alone


def heading_of(line: str, next_line: str) -> Heading | None:
    """`line` as a heading, judged with the line after it; None for a line of running text.

    A title is short, starts with a capital or its number, has no colon, full stop or figure, and is followed by
    prose (a line that ends a sentence or runs long; rows of a table drawn as text are short on both sides);
    a question is one whole line ending in '?' that the next line does not continue (it starts a sentence).
    Wrapped lines of a paragraph rarely look like either.
    """
    text = " ".join(line.split())
    if not text or not next_line.strip() or LIST_ITEM.match(text) and not NUMBERED_TITLE.match(text):
        return None
    following = next_line.strip()
    if text.endswith("?") and len(text) <= _QUESTION_CHARS and text[:1].isupper() and following[:1].isupper():
        return Heading(text.removeprefix("Q: ").removeprefix("Q. "), 3)
    if (match := NUMBERED_TITLE.match(text)) and len(match.group(2).split()) <= _TITLE_WORDS:
        return Heading(text, 1)
    words = text.split()
    if (
        len(words) <= _TITLE_WORDS
        and text[:1].isupper()
        and not re.search(r"[.:;,!]$|:\s|\d", text)
        and (following[:1].isupper() or following[:1].isdigit())
        and (following.endswith((".", ":", "?")) or len(following) >= _PROSE_LINE)
        and len(text) < 80
    ):
        return Heading(text, 2)
    return None


@dataclass
class Unit:
    """One piece of text that stays whole in a chunk, with the heading path it sits under."""

    text: str
    path: tuple[str, ...]


def _paragraphs(text: str) -> list[list[str]]:
    """Lines grouped by blank lines."""
    groups: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            groups[-1].append(line.rstrip())
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


class Outline:
    """The heading path of one document's running text, carried from block to block (a PDF's pages)."""

    def __init__(self, title: str = "") -> None:
        self.path: list[Heading] = []
        self.title = " ".join(title.split()).casefold()

    def enter(self, heading: Heading) -> None:
        if heading.text.casefold() == self.title:
            return  # the document's own title, or a running header repeating it on every page
        self.path = [h for h in self.path if h.level < heading.level] + [heading]

    def units(self, text: str, find_headings: bool = True) -> list[Unit]:
        """The units of `text` in order; headings found in it update the path instead of becoming units."""
        units: list[Unit] = []
        open_list = False  # the last unit ended with a lead-in (':') or is a list: items join it

        def add(line: str, new: bool) -> None:
            nonlocal open_list
            current = tuple(h.text for h in self.path)
            if new or not units or units[-1].path != current:
                units.append(Unit(line, current))
            else:
                units[-1].text += "\n" + line

        for paragraph in _paragraphs(text):
            for i, line in enumerate(paragraph):
                following = paragraph[i + 1] if i + 1 < len(paragraph) else ""
                heading = heading_of(line, following) if find_headings else None
                if heading is not None:
                    self.enter(heading)
                    open_list = False
                    continue
                stripped = line.strip()
                is_item = bool(LIST_ITEM.match(stripped))
                if is_item and open_list:
                    add(stripped, new=False)
                elif CLAUSE.match(stripped) or i == 0:
                    add(stripped, new=True)
                    open_list = False
                else:
                    add(stripped, new=False)  # a wrapped line, or an item of a list without a lead-in
                if stripped.endswith(":") or (is_item and open_list):
                    open_list = True
            # a paragraph ending in a lead-in keeps its list even when the list comes after a blank line
            open_list = bool(units) and (units[-1].text.endswith(":") or open_list and _ends_in_item(units[-1]))
        return units


def _ends_in_item(unit: Unit) -> bool:
    return bool(LIST_ITEM.match(unit.text.rsplit("\n", 1)[-1]))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")


def sentences(text: str) -> list[str]:
    """Sentences of a unit, for splitting one too long to stay whole."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]
