"""Tables found in a PDF page's lines: financial statements and notes as rows of figures.

Filings printed from EDGAR HTML rarely rule their tables: a statement is a run of lines that end in
right-aligned figures ('Net sales  $ 34,229  $ 35,355'), under lines of column headings ('2022  2021').
So a table is found from the figures themselves: a line whose last words are figures, set apart from
its label by a column gap, is a row; the figures' right edges, clustered, are the columns; the lines
just above the first row that have words over those columns are the header, and the short lines above
those (statement name, '(in millions, except per share data)') the caption.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from index.loaders.common import is_value
from index.loaders.pdf_layout import Line, Word
from index.text.numbers import CURRENCY, YEAR
from index.text.tokens import joined_lines

_CURRENCY_WORDS = {"$", "€", "£", "¥", "US$"}
_POINTS = {"pts", "pts.", "pt", "pt.", "bps", "bp", "pp", "ppt", "ppts", "points"}
_MIN_ROWS = 2  # fewer figure lines than this is a sentence with a number, not a table
_MAX_HEADER_LINES = 6
_SCHEDULE_YEARS = 3  # years heading a one-row schedule
_SCHEDULE_OTHER_HEADS = 4  # words beside them ("Remainder of", "Thereafter", "Total")
_HEADING_WORD = re.compile(r"[A-Za-z]{2,}|\b(?:19|20)\d\d\b")
_MAX_CAPTION_LINES = 3
_PROSE_WIDTH = 0.6  # a line without figures wider than this share of the text width is prose, ending a table
_DATES = re.compile(r"\s*[^\d\s][^\d]*?\d{1,2},?\s+(?:19|20)\d\d\b|\s*(?:19|20)\d\d\b")  # 'June 29, 2025' or '2025'
# 'Three Months Ended September 30,' or 'Nine Months Ended Sept. 30, 2025'
_PERIOD_PHRASE = re.compile(r"\s*(?:\S+\s+){0,3}?(?:ended|ending)\b"
                            r"(?:\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?)?,?", re.I)
_PARENTHESES = re.compile(r"\([^()]*\)")
_PERIOD_HEADING = re.compile(r"\bended\b|\bas of\b", re.I)  # 'Three Months Ended', 'Year Ended December 31,'
_PERIOD_WORDS = 8  # a longer cell that says 'ended' is a sentence introducing the table, not a column's period
_LEADER = re.compile(r"[.·…_]+")  # a word that is only leader dots or rule
_TRAILING_LEADER = re.compile(r"\s*(?:\.\s*){2,}$|\s*[·…_]+$")  # leaders run into the label's last word


@dataclass(frozen=True)
class Figure:
    text: str  # as written, currency sign and percent included: '$ 34,229', '(2,724)', '12.4 %'
    x0: float
    x1: float


@dataclass(frozen=True)
class FigureLine:
    label: str
    label_x1: float | None
    figures: tuple[Figure, ...]


@dataclass
class FoundTable:
    """A table found on a page: where its lines are, and its rows as cells (label first)."""

    first: int  # index of the first line (header or caption included) in the page's lines
    last: int  # index of the last line
    rows: list[list[str]]
    header_rows: int
    caption: str
    columns: int = field(default=0)


def _is_figure(text: str) -> bool:
    return is_value(text.removeprefix("$")) or text.removesuffix("%") in {"—", "–", "-"}


def figure_line(line: Line) -> FigureLine | None:
    """The label and trailing figures of a line, or None when its last words are not figures set apart."""
    words = list(line.words)
    figures: list[tuple[str, Word, Word]] = []  # (text, first word, last word)
    suffix: list[Word] = []
    while words:
        word = words[-1]
        # "1.5 pts", "(25) bps": a move in points is a figure with its unit, as "12.4 %" is
        if not suffix and word.text.lower() in _POINTS and len(words) >= 2 and _is_figure(words[-2].text):
            number = words[-2]
            del words[-2:]
            figures.append((f"{number.text} {word.text}", number, word))
            continue
        if word.text in {"%", ")"} and not suffix:
            suffix.append(words.pop())
            continue
        if _is_figure(word.text + "".join(w.text for w in suffix)):
            words.pop()
            last = suffix[-1] if suffix else word
            text = word.text + "".join(w.text for w in suffix)
            suffix = []
            if words and (words[-1].text in _CURRENCY_WORDS or CURRENCY.fullmatch(words[-1].text)):
                sign = words.pop()
                figures.append((f"{sign.text} {text}", sign, last))
            else:
                figures.append((text, word, last))
            continue
        break
    if suffix:
        words += suffix
    if not figures:
        return None
    figures.reverse()
    # Dot leaders ('Income tax expense . . . . . 29,099') lead the eye to the figure; they are not the label.
    while words and _LEADER.fullmatch(words[-1].text):
        words.pop()
    # A figure set close after the label's words is part of the label ('Note 12', 'footnote (1)', 'of $5').
    while figures and words and figures[0][1].x0 - words[-1].x1 <= 1.0 * max(words[-1].size, 1.0):
        text, first, last = figures.pop(0)
        words.extend(w for w in _words_between(line, first, last))
    if not figures:
        return None
    label = _TRAILING_LEADER.sub("", " ".join(w.text for w in words))
    return FigureLine(
        label, words[-1].x1 if words else None,
        tuple(Figure(text, first.x0, last.x1) for text, first, last in figures),
    )


def _words_between(line: Line, first: Word, last: Word) -> list[Word]:
    start, end = line.words.index(first), line.words.index(last)
    return list(line.words[start:end + 1])


def find_tables(
    lines: tuple[Line, ...] | list[Line], text_x0: float, text_x1: float, is_heading: Callable[[str], bool] = bool,
) -> list[FoundTable]:
    """The tables among a page's lines, top to bottom; `text_x0`/`text_x1` bound the page's text, and a line
    `is_heading` names opens a section, so it is never taken into a table's caption."""
    parsed = [figure_line(line) for line in lines]
    width = max(text_x1 - text_x0, 1.0)
    tables: list[FoundTable] = []
    index = 0
    while index < len(lines):
        if parsed[index] is None or _taken(tables, index):
            index += 1
            continue
        end = _region_end(lines, parsed, index, width)
        rows_at = [i for i in range(index, end + 1) if parsed[i] is not None]
        if len(rows_at) >= _MIN_ROWS or _schedule_row(lines, parsed, rows_at):
            tables.append(_build(lines, parsed, index, end, width, tables[-1].last if tables else -1, is_heading))
            index = end + 1
        else:
            index += 1
    return tables


def _schedule_row(lines, parsed, rows_at: list[int]) -> bool:
    """One figure line under a header of years ("2026 2027 2028 2029 2030 Thereafter Total" over "Principal payments
    $ 437,500 $ 400,000 …"): a schedule set across the page is a table of one row."""
    if len(rows_at) != 1 or not parsed[rows_at[0]].label or len(parsed[rows_at[0]].figures) < _SCHEDULE_YEARS:
        return False
    above = lines[max(0, rows_at[0] - _MAX_HEADER_LINES):rows_at[0]]
    # a line of years and a few heading words ("Thereafter", "Total"), not a sentence that names years
    return any((years := len(YEAR.findall(line.text))) >= _SCHEDULE_YEARS
               and len(line.text.split()) <= years + _SCHEDULE_OTHER_HEADS and not line.text.rstrip().endswith(".")
               for line in above)


def _taken(tables: list[FoundTable], index: int) -> bool:
    return any(t.first <= index <= t.last for t in tables)


def _is_prose(line: Line, width: float) -> bool:
    return (line.x1 - line.x0) > _PROSE_WIDTH * width and len(line.cells) <= 2


def _region_end(lines, parsed, start: int, width: float) -> int:
    """The last figure line of the run of table lines that starts at `start`."""
    last_row = start
    rows = 1
    figures_x0 = _columns_x0(lines[start], parsed[start], float("inf"))
    for i in range(start + 1, len(lines)):
        line, previous = lines[i], lines[i - 1]
        if line.top - previous.bottom > 2.5 * max(line.size, 1.0):
            break
        if parsed[i] is not None:
            last_row, rows = i, rows + 1
            figures_x0 = _columns_x0(line, parsed[i], figures_x0)
            continue
        # words over the figure columns only ('2025', 'Proved  Undeveloped'), rows after them: the next table's column
        # headings, or its title when the headings follow ('2025 Leasing Spreads' over 'Sq. ft. leased  Cash rent')
        labels_x0 = lines[start].x0
        if rows >= _MIN_ROWS and (_heads_columns(lines, parsed, i, figures_x0, labels_x0)
                                  or parsed[i + 1: i + 2] == [None] and not _is_prose(line, width)
                                  and _heads_columns(lines, parsed, i + 1, figures_x0, labels_x0)):
            break
        wrapped = i + 1 < len(lines) and _continues_label(line, parsed[i + 1])  # a long label, wrapped
        if (_is_prose(line, width) and not wrapped and not _opens_rows(lines, parsed, i, last_row)) or i - last_row > 3:
            break
    return last_row


def _heads_columns(lines, parsed, i: int, figures_x0: float, labels_x0: float) -> bool:
    """Line `i` holds words over the figure columns only, and rows follow it: a table's column headings. Headings
    wider than their figures ('Sq. ft. leased  Cash rent  GAAP rent') may start left of them, but several of them
    stand right of the labels; one centred title ('LIABILITIES AND EQUITY') heads no columns. A footnote mark there
    ('*') heads nothing."""
    line = lines[i]
    cells = line.cells
    # a units note in the label column ('($ in millions)  Q2 2026  % of total …') heads the labels, not columns
    if len(cells) >= 3 and _PARENTHESES.fullmatch(cells[0].text.strip()):
        cells = cells[1:]
    x0 = cells[0].x0 if cells else line.x0
    over = x0 >= figures_x0 - max(line.size, 1.0) or (len(cells) >= 2 and x0 >= (labels_x0 + figures_x0) / 2)
    return over and bool(_HEADING_WORD.search(line.text)) \
        and sum(p is not None for p in parsed[i + 1: i + 1 + _MAX_HEADER_LINES + _MIN_ROWS]) >= _MIN_ROWS


def _periods(line: Line) -> bool:
    """A line of column periods ('Three Months Ended September 30,   Nine Months Ended September 30,'), however
    wide: a header line, not prose."""
    return len(line.cells) >= 2 and all(_names_period(c.text) for c in line.cells)


def _names_period(text: str) -> bool:
    """'Three Months Ended', 'Year Ended December 31,': a column's period; a longer cell is a sentence."""
    return bool(_PERIOD_HEADING.search(text)) and len(text.split()) <= _PERIOD_WORDS


def _columns_x0(line: Line, found: FigureLine, so_far: float) -> float:
    """Where the figure columns start, from a row's figures that follow words: a figure opening its line is the end
    of a wrapped label ('($7)  10  (6)  27' under '… net of tax of ($3), $2 and')."""
    return min([so_far, *(f.x0 for f in found.figures if f.x0 > line.x0 + max(line.size, 1.0))])


def _opens_rows(lines, parsed, i: int, last_row: int) -> bool:
    """A statement's sub-heading, however long ('Adjustments to reconcile net income to net cash provided by operating
    activities:'), perhaps wrapped over two lines: it ends with a colon and a row with as many figures as the row above
    it comes next. A sentence that introduces another table is followed by that table's header, not by its rows."""
    for j in (i, i + 1):
        if j + 1 >= len(lines) or parsed[j] is not None:
            return False
        if lines[j].text.rstrip().endswith(":"):
            below = parsed[j + 1]
            return below is not None and bool(below.label) and len(below.figures) == len(parsed[last_row].figures)
    return False


def _continues_label(line: Line, below: FigureLine | None) -> bool:
    """A label line without figures whose words go on in the label of the figure line below it: the words below
    start in lower case, or the line breaks off after a comma ("Net income attributable to Veldmarsh Capital Group,"
    over "Inc."), on a joining word (`_BROKEN_OFF`), or the words below are only a company name's end
    (`_COMPANY_TAIL`)."""
    return (
        below is not None and bool(below.label)
        and (not below.label[0].isupper() or line.text.endswith(",") or bool(_BROKEN_OFF.search(line.text))
             or bool(_COMPANY_TAIL.fullmatch(below.label.strip())))
        and not line.text.endswith((".", ":"))
    )


# the end of a company's name, which is no line of its own: "Net income attributable to Tarrow Ridge Steel" over
# "Corporation", "… Veldmarsh" over "Capital Group, Inc."
_COMPANY_TAIL = re.compile(r"(?:[A-Z][\w&'.-]*,? ){0,3}(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Group"
                           r"|Holdings|Ltd\.?|Limited|plc|PLC|LLC|L\.P\.|N\.V\.|S\.A\.|AG|SE)")


# a line that stops on a joining word goes on below ("Sponsored mutual funds and" over "ETFs")
_BROKEN_OFF = re.compile(r"\b(?:and|or|of|to|for|the|in|on|at|by|from|with|&)$", re.I)


_WRAP_SPACING = 0.85  # of the rows' pitch: a label's lines set closer together than its rows are one label


def _row_pitch(lines, parsed, body: list[int]) -> float | None:
    """The usual distance from a figure row to the line after it, or None with too few rows to tell."""
    steps = sorted(lines[j].top - lines[i].top for i, j in zip(body, body[1:], strict=False) if parsed[i] is not None)
    return steps[len(steps) // 2] if len(steps) >= 3 else None


def _set_close(lines, i: int, pitch: float | None) -> bool:
    """A label-only line set closer to the next line than rows are to each other: the label wraps there
    ("Earnings per share attributable to Veldmarsh Capital" over "Group, Inc.")."""
    line = lines[i]
    return (pitch is not None and i + 1 < len(lines) and not line.text.endswith((".", ":"))
            and 0 < lines[i + 1].top - line.top < _WRAP_SPACING * pitch)


def _clusters(figures: list[Figure], tolerance: float) -> list[tuple[float, float]]:
    """Column spans (x0, x1) from figures' right edges: right-aligned figures of one column end together."""
    spans: list[list[float]] = []
    for figure in sorted(figures, key=lambda f: f.x1):
        if spans and figure.x1 - spans[-1][2] <= tolerance:
            spans[-1][0] = min(spans[-1][0], figure.x0)
            spans[-1][1] = max(spans[-1][1], figure.x1)
            spans[-1][2] = figure.x1
        else:
            spans.append([figure.x0, figure.x1, figure.x1])
    return [(x0, x1) for x0, x1, _ in spans]


def _columns_under(x0: float, x1: float, spans: list[tuple[float, float]]) -> list[int]:
    """The columns whose spans the stretch x0–x1 overlaps (2 points of slack either side)."""
    return [col for col, (c0, c1) in enumerate(spans) if x0 <= c1 + 2 and x1 >= c0 - 2]


def _column_of(x0: float, x1: float, spans: list[tuple[float, float]], first_overlap: bool) -> int:
    if first_overlap and (under := _columns_under(x0, x1, spans)):
        return under[0]
    centre = (x0 + x1) / 2
    return min(range(len(spans)), key=lambda col: abs((spans[col][0] + spans[col][1]) / 2 - centre))


def _header_cells(cell, spans: list[tuple[float, float]]) -> list[tuple[int, str]]:
    """(column, text) for a header cell. Set close together, one date per column reads as one cell ('June 29, 2025
    June 30, 2024'): as many dates as columns under it are one each. A period over several columns ('Three Months
    Ended' over '2025  2024') heads each of them; any other cell (a title, the units) the first it overlaps."""
    under = _columns_under(cell.x0, cell.x1, spans)
    dates = _DATES.findall(cell.text)
    if len(under) >= 2 and len(dates) == len(under) and "".join(dates).split() == cell.text.split():
        return [(col, date.strip()) for col, date in zip(under, dates, strict=True)]
    # two periods set close together ('Three Months Ended September 30, Nine Months Ended September 30,') over
    # four columns: each heads its half
    periods = _PERIOD_PHRASE.findall(cell.text)
    if len(periods) >= 2 and len(under) % len(periods) == 0 and "".join(periods).split() == cell.text.split():
        size = len(under) // len(periods)
        return [(col, periods[index // size].strip()) for index, col in enumerate(under)]
    period = _names_period(cell.text) and not cell.text.endswith(":")
    if len(under) >= 2 and period and not _DATES.search(cell.text):
        return [(col, cell.text) for col in under]
    return [(_column_of(cell.x0, cell.x1, spans, first_overlap=True), cell.text)]


def _own_column(cell, spans: list[tuple[float, float]]) -> bool:
    """A heading set over one column alone, centred on it or right-aligned with its figures ('Retained' over
    'earnings'), not a group centred over several ('Common Stock' over 'Shares  Amount') nor a period."""
    under = _columns_under(cell.x0, cell.x1, spans)
    if len(under) != 1 or _names_period(cell.text) or cell.text.startswith("("):  # '(in millions)' is a note
        return False
    (c0, c1), centre = spans[under[0]], (cell.x0 + cell.x1) / 2
    return c0 - 2 <= centre <= c1 + 2 or abs(cell.x1 - c1) <= 2


def _wrapped_headings_joined(header: list[list[str]], stacked: list[bool]) -> list[list[str]]:
    """The last header lines, when each of their headings stands over its own column, are one heading per column
    wrapped over lines ('Common' / 'stock and' / 'paid-in' / 'capital'): one row. Left as lines, a heading shorter
    than its neighbours would leave an empty cell that reads as the group to its left going on ('Common' over
    'Retained earnings')."""
    last = header[-1] if header else []
    run = 1 if stacked[-1:] == [True] else 0
    # a line with words in the label column is a row, not a heading; a heading over a date or year groups columns
    # ('Fiscal Year' over '2025  2024  2023', centred on the middle one)
    while run < len(stacked) and stacked[-1 - run] and not header[-1 - run][0] and not any(
            cell and _DATES.fullmatch(last[col]) for col, cell in enumerate(header[-1 - run]) if col):
        run += 1
    if run < 2:
        return header
    lines = header[-run:]
    return header[:-run] + [[joined_lines(line[col] for line in lines if line[col]) for col in range(len(lines[0]))]]


def _year_groups(heads, spans: list[tuple[float, float]]) -> list[tuple[int, str]]:
    """A line of years, each over a group of as many columns ('2025' over 'Average Balance', 'Interest', 'Yield/Rate'):
    each column under the year nearest it. [] for any other line."""
    if len(heads) < 2 or not all(re.fullmatch(r"(?:fiscal |fy\s?)?(?:19|20)\d\d", c.text.strip(), re.I)
                                 for c in heads):
        return []
    return _grouped_under(heads, spans)


def _grouped_under(heads, spans: list[tuple[float, float]]) -> list[tuple[int, str]]:
    """Each column under the heading nearest it, where the headings stand over equal runs of columns; else []."""
    if len(spans) <= len(heads) or len(spans) % len(heads):
        return []
    centres = [(c.x0 + c.x1) / 2 for c in heads]
    nearest = [min(range(len(heads)), key=lambda h: abs(centres[h] - (c0 + c1) / 2)) for c0, c1 in spans]
    size = len(spans) // len(heads)
    if nearest != [h for h in range(len(heads)) for _ in range(size)]:
        return []  # the years do not stand over equal runs of columns
    return [(col, heads[h].text) for col, h in enumerate(nearest)]


_MONTH_DAY = re.compile(r"[A-Za-z]{3,}\.?\s+\d{1,2},?")  # 'JUNE 30,' under its period, the year on the line below


def _period_groups(heads, spans: list[tuple[float, float]]) -> list[tuple[int, str]]:
    """A line of periods or month-days, each centred over a group of as many columns ('THREE MONTHS ENDED' over
    '2026  2025  CHANGE', narrower than the three): each column under the period nearest it. [] for any other line."""
    if len(heads) < 2 or not all(_names_period(c.text) or _MONTH_DAY.fullmatch(c.text.strip()) for c in heads):
        return []
    return _grouped_under(heads, spans)


def _build(lines, parsed, start: int, end: int, width: float, previous_end: int, is_heading) -> FoundTable:
    body = [i for i in range(start, end + 1)]
    figures = [f for i in body if parsed[i] for f in parsed[i].figures]
    size = max(lines[start].size, 1.0)
    spans = _clusters(figures, 1.5 * size)
    label_zone_end = min(c0 for c0, _ in spans) - 2
    label_x0 = min(lines[i].x0 for i in body)

    def over_columns(cell) -> bool:  # a column heading, not the label column's note ('(in millions)')
        return cell.x1 > label_zone_end or cell.x0 - label_x0 > 4 * size

    rows: list[list[str]] = []
    pitch = _row_pitch(lines, parsed, body)
    pending_label = ""  # a label wrapped onto the next line, whose figures stand on that line
    for i in body:
        found = parsed[i]
        if found is None:
            text = " ".join(part for part in (pending_label, lines[i].text) if part)
            pending_label = ""
            # a sub-heading wrapped over two lines set close together; a label-only line set close above a figure
            # line may be a sub-heading over its first row ("Current assets" over "Cash and cash equivalents")
            if i + 1 <= end and (_continues_label(lines[i], parsed[i + 1])
                                 or parsed[i + 1] is None and _set_close(lines, i, pitch)):
                pending_label = text
                continue
            rows.append([text] + [""] * len(spans))
            continue
        row = [" ".join(part for part in (pending_label, found.label) if part)] + [""] * len(spans)
        pending_label = ""
        for figure in found.figures:
            col = _column_of(figure.x1 - 1, figure.x1, spans, first_overlap=False) + 1
            row[col] = f"{row[col]} {figure.text}".strip()
        rows.append(row)

    # Lines just above the first row, up to prose, a figure line or a wide gap: those with words over the figure
    # columns are the header; the label-only lines below the header are sub-headings of the body ('Assets'),
    # those above it the caption (statement name, units).
    above: list[int] = []
    i = start - 1
    while i > previous_end and len(above) < _MAX_HEADER_LINES + _MAX_CAPTION_LINES:
        line = lines[i]
        # a statement's title and the company's name ("VELLICHOR SYSTEMS, INC.") are capitals, never prose
        capitals = _PARENTHESES.sub("", line.text).strip().isupper()  # "STATEMENTS OF INCOME (Unaudited)"
        if (
            parsed[i] is not None
            or not capitals and not _periods(line) and (_is_prose(line, width) or line.text.endswith("."))
            or is_heading(line.text)
            or lines[i + 1].top - line.bottom > 3.0 * max(line.size, 1.0)
        ):
            break
        above.insert(0, i)
        i -= 1
    over = [i for i in above if any(over_columns(c) for c in lines[i].cells)]
    header_at = [i for i in above if over and over[0] <= i <= over[-1]]
    groups = [i for i in above if (i > over[-1] if over else True)]
    caption_at = [i for i in above if over and i < over[0]][-_MAX_CAPTION_LINES:]
    if not over:  # no header: the label-only lines nearest the rows are sub-headings, the first ones the caption
        caption_at, groups = groups[:1], groups[1:]
    if groups and _continues_label(lines[groups[-1]], parsed[start]):
        # the first row's label wrapped from the line above ('Common stock, no par value; …' / 'shares outstanding')
        rows[0][0] = f"{lines[groups.pop()].text} {rows[0][0]}"
    header: list[list[str]] = []
    stacked: list[bool] = []  # every heading on the line stands over one column of its own
    for i in header_at:
        cells = lines[i].cells
        row = [" ".join(c.text for c in cells if not over_columns(c))] + [""] * len(spans)
        heads = [c for c in cells if over_columns(c)]
        by_year = _year_groups(heads, spans) or _period_groups(heads, spans)
        for col, text in by_year or [p for cell in heads for p in _header_cells(cell, spans)]:
            row[col + 1] = f"{row[col + 1]} {text}".strip()
        header.append(row)
        stacked.append(len(heads) >= 2 and not by_year and all(_own_column(cell, spans) for cell in heads))
    header = _wrapped_headings_joined(header, stacked)
    group_rows = [[lines[i].text] + [""] * len(spans) for i in groups]
    first = (caption_at or header_at or groups or [start])[0]
    table = header + group_rows + rows
    keep = [0] + [col for col in range(1, len(spans) + 1) if any(row[col] for row in table)]
    table = [[row[col] for col in keep] for row in table]
    return FoundTable(first, end, table, len(header),
                      " ".join(lines[i].text for i in caption_at), len(keep))
