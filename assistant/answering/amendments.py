"""Changes announced elsewhere to the figures an answer gives.

A bank's documents amend each other: a notice says the Plus fee goes from £4.50 to £5.00 "from 1 June", while the
tariff and the FAQ still say £4.50. An answer read from the tariff is right today and wrong in a month, and the
customer asking "is it going up?" needs both. So a customer's answer keeps its figures and gains, quoted and cited,
the line of any document that states a change to one of them with the date it takes effect: a line holding the
answer's figure beside another figure (or "no change"), under a date of effect, about something the question names;
or the row of a rate sheet that has a column for the date ("rate_now", "rate_from_1_january_2027") and the answer's
figure as its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answering.verification import strip_markers
from index.documents import Chunk
from index.text.numbers import MONTH_NAME, STANDALONE_FIGURE, normalise_number
from index.text.tokens import tokenize

_MONTHS = rf"{MONTH_NAME}\b"
# "1 June 2026", "June 1, 2026", "June 2026"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"{_DAY} {_MONTHS},? \d{{4}}|{_MONTHS} {_DAY},? \d{{4}}|{_MONTHS} \d{{4}}"
# A date something takes effect on: "from 1 June 2026", "with effect from 1 January 2027", "take effect: 1 June 2026".
CHANGE_DATE = re.compile(
    rf"\b(?:from|with effect from|effective(?: from)?|takes? effect(?: on| from)?:?|starting|changes? on|as of)\s+"
    rf"(?:the\s+)?(?P<date>{_DATE})", re.IGNORECASE)
_ANY_DATE = re.compile(rf"\b(?:{_DATE})\b", re.IGNORECASE)
_MONEY_OR_RATE = re.compile(r"(?<=[£$€])\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?(?=\s?%)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_RATE = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s?%")
_NO_CHANGE = re.compile(r"\b(?:no change|unchanged|stays the same|will not change|won't change)\b", re.IGNORECASE)
MAX_NOTES = 2  # lines added to one answer; more would bury it
# a table cell that states one figure: "24.9% EAR", "£5.00 a month", not a band of two nor a note that mentions one
# ("Falls to 1.00% for the rest of the tax year")
MAX_FIGURE_WORDS = 4
# A line wrapped in the source: the one before it ends mid-clause, or it goes on in lower case or with a sum.
_CONTINUES = re.compile(r"[,;:–-]$")
_GOES_ON = re.compile(r"^[a-z£$€(]")


@dataclass(frozen=True)
class Amendment:
    text: str  # "From 1 June 2026: Plus £4.50 £5.00 a month"
    chunk: Chunk


def figures_of(text: str) -> set[str]:
    """The figures of `text`, normalised ('£14.00' and '£14' are one), other than citation markers and the numbers
    of its dates. A rate keeps its sign ('10%'): a £10 fee is no 10% allowance."""
    text = _ANY_DATE.sub(" ", strip_markers(text))
    rates = {normalise_number(f) + "%" for f in _RATE.findall(text)}
    text = _RATE.sub(" ", text)
    money = {m.strip() for m in _MONEY_OR_RATE.findall(text)}  # "£0" counts; a bare "3" (a list number) does not
    # nor does a year ("Revenue growth for 2022", "During the fourth quarter of 2022"): it dates, it does not change
    plain = {f for f in STANDALONE_FIGURE.findall(text) if len(f) > 1 and not _YEAR.fullmatch(f)}
    return {normalise_number(f) for f in money | plain} | rates


def lines(body: str) -> list[str]:
    """The body's lines as written (a table row stays one line), wrapped lines rejoined, rules dropped."""
    out: list[str] = []
    for raw in body.splitlines():
        line = " ".join(raw.split())
        if not re.search(r"\w", line):
            continue
        if out and (_CONTINUES.search(out[-1]) or _GOES_ON.match(line)):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _spaced(label: str) -> str:
    """A column label as words: a spreadsheet's "rate_from_1_january_2027" is "rate from 1 january 2027"."""
    return " ".join(label.replace("_", " ").split())


def _dated_columns(chunk: Chunk) -> set[str]:
    """The columns of a table chunk whose label states a date of effect ("Rate from 1 January 2027")."""
    if chunk.table is None:
        return set()
    return {column for column in chunk.table.columns if CHANGE_DATE.search(_spaced(column))}


def amending_chunks(chunks: Sequence[Chunk]) -> list[Chunk]:
    """The text chunks that state a date something takes effect on, and the tables with a column for one."""
    return [c for c in chunks if (c.kind == "text" and CHANGE_DATE.search(c.text)) or _dated_columns(c)]


def _table_changes(asked: set[str], wanted: set[str], said: str, chunk: Chunk) -> list[Amendment]:
    """Rows of a rate sheet with a column per date ("rate_now", "rate_from_1_january_2027") whose own figure is the
    answer's: the row as written, its labels as words. A figure that only bounds a band ("£10 to £250 per month") is
    not the row's, nor is a word of a column label what the row is about (every row of a rate sheet says "rate")."""
    dated = _dated_columns(chunk)
    found = []
    for row in chunk.table.rows if chunk.table is not None else ():
        if not any(column in dated for column, _ in row.cells):
            continue
        own = [figures for column, value in row.cells if column not in dated
               and len(figures := figures_of(value)) == 1 and len(value.split()) <= MAX_FIGURE_WORDS]
        if not any(figures <= wanted for figures in own):
            continue
        later = set().union(*(figures_of(value) for column, value in row.cells if column in dated))
        if later and later <= wanted and not later <= set().union(*own):
            continue  # the answer already gives the later figure: it was read from this very row
        about = set(tokenize(" ".join([row.label, *(value for _, value in row.cells)])))
        text = " | ".join([row.label] * bool(row.label) + [f"{_spaced(c)}: {v}" if c else v for c, v in row.cells])
        if about & asked and text.casefold() not in said:
            found.append(Amendment(text, chunk))
    return found


def amendments(question: str, answer_text: str, chunks: Sequence[Chunk]) -> list[Amendment]:
    """Lines of `chunks` that change a figure of `answer_text`, about what `question` asks, with their date of effect;
    lines the answer already says are left out."""
    wanted = figures_of(answer_text)
    asked = set(tokenize(question))
    said = " ".join(answer_text.split()).casefold()
    if not wanted or not asked:
        return []
    found: list[Amendment] = []
    for chunk in chunks:
        if chunk.kind == "table":
            found += [a for a in _table_changes(asked, wanted, said, chunk) if all(a.text != f.text for f in found)]
            continue
        first = CHANGE_DATE.search(chunk.text)
        date, context = (first["date"] if first else ""), ""
        for line in lines(chunk.body):
            own = CHANGE_DATE.search(line)
            figures = figures_of(line)
            if not figures:  # a heading or a column header: the topic (and date) of the lines below
                context = line
                date = own["date"] if own else date
                continue
            if not (figures & wanted) or not (len(figures) >= 2 or _NO_CHANGE.search(line)):
                continue
            about = set(tokenize(line)) | set(tokenize(context))
            if not (about & asked) or line.casefold() in said:
                continue
            line = re.sub(r"^[-•*–]\s+", "", line)
            # a column header holding the date says which figure is the new one ("Plan Now From 1 June 2026")
            text = line if own else (f"{context}: {line}" if date and date in context else f"From {date}: {line}")
            if all(a.text != text for a in found):
                found.append(Amendment(text, chunk))
    return found[:MAX_NOTES]
