"""The footnote a figure points to.

A tariff marks a cell "24.9% EAR‡" and says below the table "‡ Reducing to 23.9% EAR from 1 January 2027", or a
charge "£10.00†" with "† No charge if you tell us the cheque was lost before it is presented". The cell alone drops
the condition, so an answer that carries a mark gains the line its document opens with that mark, quoted and cited.

Marks read: † ‡ § ¶ and superscript digits, and a number in brackets after a table's figure ("$149 (1)", its note
"(1) $0 in the first year for new cardholders" under the same table, as fee schedules number them). An asterisk is
not: documents open list items with "* ".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.amendments import Amendment, lines
from assistant.answering.verification import strip_markers
from index.documents import Chunk

# a mark right after what it qualifies: "24.9% EAR‡", "£10.00†", "Free¹"; "$149 (1)"
_MARK = re.compile(r"(?<=[\w%)])([†‡§¶]+|[¹²³⁴⁵⁶⁷⁸⁹]+)|(?<=[\w%]) (\(\d{1,2}\))")


def marks_of(text: str) -> list[str]:
    """The footnote marks `text` carries, in order, each once."""
    return list(dict.fromkeys(m.group(1) or m.group(2) for m in _MARK.finditer(strip_markers(text))))


def footnotes(answer_text: str, cited: Sequence[tuple[str, str]], chunks: Sequence[Chunk]) -> list[Amendment]:
    """For each mark of `answer_text`, the line that opens with it in the document of a cited passage (`cited`:
    (document id, passage text) pairs) holding the mark; a passage under the same first line (its section) first,
    since a long tariff may use "†" again under another table."""
    said = " ".join(answer_text.split()).casefold()
    found: list[Amendment] = []
    tables = {(c.doc_id, c.text) for c in chunks if c.kind == "table"}
    for mark in marks_of(answer_text):
        marked = [(doc_id, text) for doc_id, text in cited if mark in text]
        if mark.startswith("("):  # a numbered note belongs to its own table: "(1)" starts again under the next
            marked = [pair for pair in marked if pair in tables]
        sections = {_first_line(text) for _, text in marked}
        docs = {doc_id for doc_id, _ in marked}
        ordered = sorted((c for c in chunks if c.doc_id in docs and (not mark.startswith("(")
                                                                      or _first_line(c.text) in sections)),
                         key=lambda c: _first_line(c.text) not in sections)
        note = next(((line, chunk) for chunk in ordered for line in _lines_of(chunk)
                     if re.match(rf"{re.escape(mark)}\s*[\w(£$€]", line)), None)
        if note is not None and note[0].casefold() not in said:
            found.append(Amendment(note[0], note[1]))
    return found


def _lines_of(chunk: Chunk) -> list[str]:
    """A table's rows (a note row opening "(1)" is no continuation of the row above), or a text's lines."""
    return [row.text for row in chunk.table.rows] if chunk.table is not None else lines(chunk.body)


def _first_line(text: str) -> str:
    return text.partition("\n")[0]
