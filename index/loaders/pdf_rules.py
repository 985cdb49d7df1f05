"""Ruled tables: tables drawn as a grid of boxes or rules (fee schedules, tariffs, rate sheets, forms).

Their cells hold words as often as figures ('Cash advance fee applies', 'Valid for 6 months') and wrap onto
several lines, so the figure-led finder of pdf_tables does not see them. The drawn rules say where rows and
columns are: level and plumb rules that cross form a grid, and the words inside each of its boxes are one cell.
A box with no rule between it and its neighbour (a heading over two columns, a product name down three rows) is
one merged cell, whose text is kept in its first row and column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from index.loaders.common import is_value
from index.loaders.pdf_layout import Line, Rule, Word

_TOUCH = 2.0  # points: rules this close meet (cells drawn as boxes share their sides a stroke's width apart)
_ROW_RULE = 0.5  # a level rule across less than this share of the grid's width parts no rows on its own
_MIN_COLUMNS = 2
_MIN_ROWS = 2  # rows with words in two cells or more; fewer is a box around text, not a table
_MIN_FILLED = 0.5  # share of cells holding words: a chart's gridlines frame mostly empty boxes
_MAX_CELL_WORDS = 80  # a box holding more is a framed column of prose, not a table's cell
_HEADER_WORDS = 8  # a column heading is short; a longer first-row cell makes the first row data


@dataclass(frozen=True)
class RuledTable:
    x0: float
    top: float
    x1: float
    bottom: float
    rows: list[list[str]]
    header_rows: int
    caption: str = ""

    def holds(self, word: Word) -> bool:
        x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        return self.x0 - _TOUCH <= x <= self.x1 + _TOUCH and self.top - _TOUCH <= y <= self.bottom + _TOUCH


@dataclass
class _Stroke:
    """Rules on one line merged: at `at` (y for a level rule, x for a plumb one), running from `start` to `end`."""

    at: float
    start: float
    end: float

    def covers(self, position: float) -> bool:
        return self.start - _TOUCH <= position <= self.end + _TOUCH


def find_ruled_tables(lines: Sequence[Line], rules: Sequence[Rule]) -> list[RuledTable]:
    """The ruled tables among a page's rules, top to bottom, with the words of `lines` as their cells."""
    level = _merged([(r.top + r.bottom) / 2, r.x0, r.x1] for r in rules if r.horizontal)
    plumb = _merged([(r.x0 + r.x1) / 2, r.top, r.bottom] for r in rules if not r.horizontal)
    words = [word for line in lines for word in line.words]
    tables = [table for grid in _grids(level, plumb) if (table := _table(words, *grid)) is not None]
    return sorted(tables, key=lambda table: table.top)


def _merged(strokes) -> list[_Stroke]:
    """Rules on the same line that touch or overlap, as one stroke each (a grid drawn box by box has a rule per box)."""
    merged: list[_Stroke] = []
    for at, start, end in sorted(strokes):
        same = next((s for s in reversed(merged) if abs(s.at - at) <= _TOUCH and start <= s.end + _TOUCH), None)
        if same is not None:
            same.end = max(same.end, end)
        else:
            merged.append(_Stroke(at, start, end))
    return merged


def _grids(level: list[_Stroke], plumb: list[_Stroke]) -> list[tuple[list[_Stroke], list[_Stroke]]]:
    """Level and plumb strokes grouped by crossing: each group's strokes reach one another through crossings."""
    parent = list(range(len(level) + len(plumb)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, across in enumerate(level):
        for j, down in enumerate(plumb):
            if across.covers(down.at) and down.covers(across.at):
                parent[root(i)] = root(len(level) + j)
    groups: dict[int, tuple[list[_Stroke], list[_Stroke]]] = {}
    for i, stroke in enumerate(level + plumb):
        group = groups.setdefault(root(i), ([], []))
        group[0 if i < len(level) else 1].append(stroke)
    return [group for group in groups.values() if group[0] and group[1]]


def _bounds(strokes: list[_Stroke], low: float, high: float, min_span: float = 0.0) -> list[float]:
    """Distinct positions of strokes spanning at least `min_span`, with the grid's edges, low to high."""
    positions = sorted([low, high] + [s.at for s in strokes if s.end - s.start >= min_span])
    distinct: list[float] = []
    for position in positions:
        if not distinct or position - distinct[-1] > _TOUCH:
            distinct.append(position)
    return distinct


def _table(words: list[Word], level: list[_Stroke], plumb: list[_Stroke]) -> RuledTable | None:
    x0 = min(min(s.start for s in level), min(s.at for s in plumb))
    x1 = max(max(s.end for s in level), max(s.at for s in plumb))
    top = min(min(s.at for s in level), min(s.start for s in plumb))
    bottom = max(max(s.at for s in level), max(s.end for s in plumb))
    if not all(_meets(level, down.start, down.at) and _meets(level, down.end, down.at) for down in plumb):
        return None  # a rule down part of a row: the rows are not the ones drawn (a filing's per-line cell borders)
    xs = _bounds(plumb, x0, x1)
    ys = _bounds(level, top, bottom, _ROW_RULE * (x1 - x0))
    if len(xs) < _MIN_COLUMNS + 1 or len(ys) < _MIN_ROWS + 1:
        return None

    def ruled(strokes: list[_Stroke], at: float, across: float) -> bool:
        return any(abs(s.at - at) <= _TOUCH and s.covers(across) for s in strokes)

    def origin(row: int, column: int) -> tuple[int, int]:
        """The first band of the merged box band (row, column) lies in: left and up while no rule parts them."""
        middle_y = (ys[row] + ys[row + 1]) / 2
        while column > 0 and not ruled(plumb, xs[column], middle_y):
            column -= 1
        middle_x = (xs[column] + xs[column + 1]) / 2
        while row > 0 and not ruled(level, ys[row], middle_x):
            row -= 1
        return row, column

    cells: dict[tuple[int, int], list[Word]] = {}
    box = RuledTable(x0, top, x1, bottom, [], 0)
    for word in words:
        if box.holds(word):
            row = _band(ys, (word.top + word.bottom) / 2)
            column = _band(xs, (word.x0 + word.x1) / 2)
            cells.setdefault(origin(row, column), []).append(word)
    lines = {at: _cell_lines(cell) for at, cell in cells.items()}
    if any(sum(is_value(line) for line in cell) >= 2 for cell in lines.values()):
        return None  # figures stacked in one box: several rows between two rules (a filing's total underlines)
    grid = [[" ".join(lines.get((row, column), [])) for column in range(len(xs) - 1)] for row in range(len(ys) - 1)]
    grid = [row for row in grid if any(row)]
    used = [column for column in range(len(xs) - 1) if any(row[column] for row in grid)]
    grid = [[row[column] for column in used] for row in grid]
    if not _is_table(grid):
        return None
    caption = ""
    if len(grid) > 2 and grid[0][0] and not any(grid[0][1:]):
        caption, grid = grid[0][0], grid[1:]  # a title across the whole table, over its column headings
    return RuledTable(x0, top, x1, bottom, grid, _header_rows(grid), caption)


def _cell_lines(words: list[Word]) -> list[str]:
    """A box's words as its lines, top to bottom, each read left to right; read from the box's own words, as a
    cell's baselines may sit between those of the cells beside it."""
    lines: list[list[Word]] = []
    bottom = 0.0  # of the line being built
    for word in sorted(words, key=lambda w: w.bottom):
        # a word sharing the line's height is on it: an apostrophe's small box sits high, a "y" reaches low
        if lines and word.top < bottom - 0.3 * max(word.size, 1.0):
            lines[-1].append(word)
            bottom = max(bottom, word.bottom)
        else:
            lines.append([word])
            bottom = word.bottom
    return [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]


def _meets(level: list[_Stroke], y: float, x: float) -> bool:
    """A level rule runs through (x, y): a plumb rule ending there ends on it, as a drawn box's side does."""
    return any(abs(across.at - y) <= 2 * _TOUCH and across.covers(x) for across in level)


def _band(edges: list[float], position: float) -> int:
    """The band between consecutive `edges` that `position` falls in (the first or last for one just outside)."""
    return max(0, min(len(edges) - 2, sum(position > edge for edge in edges) - 1))


def _is_table(grid: list[list[str]]) -> bool:
    if not grid or len(grid[0]) < _MIN_COLUMNS:
        return False
    if any(len(cell.split()) > _MAX_CELL_WORDS for row in grid for cell in row):
        return False
    if sum(sum(bool(cell) for cell in row) >= 2 for row in grid) < _MIN_ROWS:
        return False
    cells = [cell for row in grid for cell in row]
    return sum(bool(cell) for cell in cells) >= _MIN_FILLED * len(cells)


def _header_rows(grid: list[list[str]]) -> int:
    """1 when the first row reads as column headings: short words, no figures, over two cells or more; 2 when a
    heading of the first row spans columns the second row's headings name ('Rewards' over 'Checking  Savings')."""

    def headings(row: list[str]) -> bool:
        filled = [cell for cell in row if cell]
        return len(filled) >= 2 and all(len(cell.split()) <= _HEADER_WORDS and not is_value(cell) for cell in filled)

    if len(grid) < 2 or not headings(grid[0]):
        return 0
    spans = any(cell and not after for cell, after in zip(grid[0][1:], grid[0][2:], strict=False))
    if spans and len(grid) > 2 and headings(grid[1]) and sum(map(bool, grid[1])) > sum(map(bool, grid[0])):
        return 2
    return 1
