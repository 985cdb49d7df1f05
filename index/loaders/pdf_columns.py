"""Prose set in columns, read one column after the other.

`pdf_layout` groups words into lines by their baseline across the whole page, which is right for a single column
and for tables, but reads a page of terms or a glossary set in two columns across both of them ("Monday to Friday,
except bank holidays in | of this agreement."). Here a run of text lines that a vertical gutter divides is
re-read column by column. A gutter is only taken where both sides are prose that fills its column, so a statement's
labels and figures, a term list beside its definitions and clause numbers beside their text stay lines as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.loaders.pdf_layout import Line

# A gutter is at least this many font sizes wide: wider than the space of justified words, narrower than any page
# layout's gap between columns.
GUTTER_SIZES = 1.5
# Where a gutter may lie, as a share of the text's width from either edge: columns of a page are not slivers.
GUTTER_ZONE = 0.25
MIN_SIDE_LINES = 3  # lines of text on each side of the gutter before the run counts as columns
MIN_WORDS_PER_LINE = 3.5  # a column of prose, not a list of terms or clause numbers
MIN_FILL = 0.7  # the widest line of a column spans this share of it: text that wraps at the gutter
MIN_LETTERS = 0.6  # share of a side's words with a letter in them: prose, not a table's figures
MAX_FIGURE_ENDS = 0.3  # share of a side's lines that end in a figure: a table's rows, not wrapped prose
MAX_SPLIT_LINES = 0.2  # share of a side's lines with a gutter-wide gap of their own: a table's columns


def in_reading_order(lines: Sequence[Line], is_heading=lambda text: False) -> list[Line]:
    """`lines` (top to bottom, none of them a table's) with every run set in columns read column by column; a
    heading under the columns (`is_heading`) ends them, as does any line that crosses the gutter."""
    lines = list(lines)
    if len(lines) < 2 * MIN_SIDE_LINES:
        return lines
    x0, x1 = min(line.x0 for line in lines), max(line.x1 for line in lines)
    found = _columns(lines, x0, x1, is_heading)
    if found is None:
        return lines
    start, end, gutter = found
    left = [part for line in lines[start:end] if (part := _side(line, lambda w: w.x1 <= gutter))]
    right = [part for line in lines[start:end] if (part := _side(line, lambda w: w.x0 >= gutter))]
    return (lines[:start] + in_reading_order(left, is_heading) + in_reading_order(right, is_heading)
            + in_reading_order(lines[end:], is_heading))


def _columns(lines: list[Line], x0: float, x1: float, is_heading) -> tuple[int, int, float] | None:
    """(start, end, gutter x) of the first run of lines[start:end] that a gutter divides into prose columns."""
    width = x1 - x0
    if width <= 0:
        return None
    size = sorted(line.size for line in lines)[len(lines) // 2]
    half = GUTTER_SIZES * max(size, 1.0) / 2
    best: tuple[int, int, float] | None = None
    for position in _candidates(lines, x0 + GUTTER_ZONE * width, x1 - GUTTER_ZONE * width, 2 * half):
        for start, end in _runs_free_at(lines, position, half):
            end = _trimmed(lines, start, end, position, is_heading)
            # the earliest run, then the longest
            if (best is None or (start, start - end) < (best[0], best[0] - best[1])) \
                    and _are_columns(lines[start:end], x0, x1, position, half):
                best = (start, end, position)
    return best


def _candidates(lines: list[Line], low: float, high: float, gap: float) -> list[float]:
    """Gutter positions worth trying: the middle of every gap this wide between two words of a line, and between
    the lines that end before the middle and those that start after it (columns whose baselines differ)."""
    found = set()
    for line in lines:
        for a, b in zip(line.words, line.words[1:], strict=False):
            if b.x0 - a.x1 >= gap and low <= (middle := (a.x1 + b.x0) / 2) <= high:
                found.add(round(middle))
    centre = (low + high) / 2
    ends = [line.x1 for line in lines if line.x1 < centre]
    starts = [line.x0 for line in lines if line.x0 > centre]
    if len(ends) >= MIN_SIDE_LINES and len(starts) >= MIN_SIDE_LINES and min(starts) - max(ends) >= gap:
        found.add(round((max(ends) + min(starts)) / 2))
    return sorted(found)


def _runs_free_at(lines: list[Line], x: float, half: float) -> list[tuple[int, int]]:
    """Runs of consecutive lines with no word over [x - half, x + half]."""
    runs, start = [], None
    for index, line in enumerate(lines):
        free = all(word.x1 <= x - half or word.x0 >= x + half for word in line.words)
        if free and start is None:
            start = index
        elif not free and start is not None:
            runs.append((start, index))
            start = None
    if start is not None:
        runs.append((start, len(lines)))
    return [(s, e) for s, e in runs if e - s >= 2 * MIN_SIDE_LINES]


def _trimmed(lines: list[Line], start: int, end: int, x: float, is_heading) -> int:
    """The run's end: at the first heading, and before the text under the columns that starts on the left of the
    gutter, which lies below the last line with words on its right."""
    for index in range(start, end):
        if index > start and is_heading(lines[index].text):
            end = index
            break
    last_right = max((i for i in range(start, end) if any(w.x0 >= x for w in lines[i].words)), default=start)
    # the left column may run on below the right one, but a heading-like gap under the columns ends them
    pitch = _pitch(lines[start:last_right + 1])
    index = last_right + 1
    while index < end and lines[index].top - lines[index - 1].bottom <= 3 * pitch:
        index += 1
    return index


def _pitch(lines: list[Line]) -> float:
    """The usual gap between one line and the next."""
    gaps = sorted(max(b.top - a.bottom, 0.0) for a, b in zip(lines, lines[1:], strict=False))
    return gaps[len(gaps) // 2] if gaps else 0.0


def _are_columns(run: list[Line], x0: float, x1: float, x: float, half: float) -> bool:
    left = [part for line in run if (part := _side(line, lambda w: w.x1 <= x))]
    right = [part for line in run if (part := _side(line, lambda w: w.x0 >= x))]
    if len(left) < MIN_SIDE_LINES or len(right) < MIN_SIDE_LINES:
        return False
    left_width, right_width = x - half - x0, x1 - x - half
    if not 0.5 <= left_width / max(right_width, 1.0) <= 2.0:
        return False
    return (_prose(left, 2 * half) and _prose(right, 2 * half)
            and _fills(left, left_width) and _fills(right, right_width))


def _prose(side: list[Line], gap: float) -> bool:
    """One side's lines read as wrapped prose: enough words to a line, mostly words, few lines ending in a figure
    and few split by a gap as wide as a gutter (a table's rows and columns)."""
    words = [word for line in side for word in line.words]
    lettered = sum(any(c.isalpha() for c in word.text) for word in words)
    figure_ends = sum(any(c.isdigit() for c in line.words[-1].text) for line in side)
    split = sum(any(b.x0 - a.x1 >= gap for a, b in zip(line.words, line.words[1:], strict=False)) for line in side)
    return (len(words) / len(side) >= MIN_WORDS_PER_LINE and lettered >= MIN_LETTERS * len(words)
            and figure_ends <= MAX_FIGURE_ENDS * len(side) and split <= MAX_SPLIT_LINES * len(side))


def _fills(side: list[Line], width: float) -> bool:
    """The widest line of a column spans most of it: text wrapped at the gutter."""
    return max(line.x1 - line.x0 for line in side) >= MIN_FILL * width


def _side(line: Line, keep) -> Line | None:
    words = tuple(word for word in line.words if keep(word))
    return Line(words) if words else None
