"""PDF pages as positioned lines of words, read with PDFium (pypdfium2).

PDFium gives every character with its box in C speed (about 12 ms a page on a 10-K, against about
280 ms for pdfminer under pdfplumber, measured on 3M's 2022 10-K), which is what lets a 250-page
filing load in seconds. Words and lines are rebuilt from the character boxes here; the table and
section logic above this works on those lines only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Characters closer than this share a word; a word starts a new cell of a line when the gap before it is wider
# than this many font sizes (a column gap in a statement, far wider than a space).
_CELL_GAP = 1.0
# Points. A stated size outside these is the text matrix's to scale, not the type's (Verizon's 10-K states
# 1.0, Pfizer's 2021 10-K 352 for body text): the font's box on the page gives the size then.
_MIN_FONT_SIZE = 2.0
_MAX_FONT_SIZE = 96.0
_MIN_RULE = 3.0  # points: a shorter stroke is a tick, a glyph's part or a box's thin side, not a rule
_THIN_BAR = 2.0  # points: a filled shape no thicker than this is drawn as a line
_RULE_SLANT = 0.5  # points a rule's ends may differ across it and still be level (or plumb)
_SPACE = {" ", "\u00a0", "\t", "\r", "\n", "\u2002", "\u2003", "\u2009"}
_APOSTROPHES = {"'", "\u2019"}


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page, so lines sort top to bottom
    bottom: float
    size: float  # font size, for gaps relative to the type


@dataclass(frozen=True)
class Cell:
    """Words of one line with no wide gap between them: a label, a figure, a column heading or a prose line."""

    text: str
    x0: float
    x1: float


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def top(self) -> float:
        return min(word.top for word in self.words)

    @property
    def bottom(self) -> float:
        return max(word.bottom for word in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def size(self) -> float:
        sizes = sorted(word.size for word in self.words)
        return sizes[len(sizes) // 2]

    @property
    def cells(self) -> list[Cell]:
        cells: list[list[Word]] = []
        for word in self.words:
            if cells and word.x0 - cells[-1][-1].x1 <= _CELL_GAP * max(word.size, 1.0):
                cells[-1].append(word)
            else:
                cells.append([word])
        return [Cell(" ".join(w.text for w in ws), ws[0].x0, ws[-1].x1) for ws in cells]


@dataclass(frozen=True)
class Rule:
    """A straight horizontal or vertical stroke drawn on the page (a table's border or rule), top-down coordinates."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 >= self.bottom - self.top


@dataclass(frozen=True)
class Page:
    number: int  # 1-based, as citations name it
    width: float
    height: float
    lines: tuple[Line, ...]
    rules: tuple[Rule, ...] = ()


def open_pdf(path: Path):  # -> pypdfium2.PdfDocument; PDFium decrypts AES-encrypted filings itself
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(str(path))


def read_pages(pdf) -> list[Page]:
    """Every page of an open PDF as lines, top to bottom."""
    return [_page(pdf[index], index + 1) for index in range(len(pdf))]


def _page(page, number: int) -> Page:
    import pypdfium2.raw as raw

    width, height = page.get_size()
    textpage = page.get_textpage()
    words: list[Word] = []
    chars: list[str] = []
    box: list[float] = []  # x0, x1, top, bottom of the word being built
    size = 0.0

    def flush() -> None:
        if not chars:
            return
        last = words[-1] if words else None
        # PDFium may put a space before an apostrophe set tight to its word ("Management 's"): one word; a year's
        # ("vs. ’21") stays apart
        tight = last is not None and abs(last.bottom - box[3]) <= 0.5 * max(size, 1.0) \
            and box[0] - last.x1 <= 0.3 * max(size, 1.0)
        # a closing apostrophe ("days' interest") sits high: its small box is beside the word's, not on its baseline
        closing = last is not None and chars == [chars[0]] and chars[0] in _APOSTROPHES \
            and -0.1 * max(size, 1.0) <= box[0] - last.x1 <= 0.3 * max(size, 1.0) \
            and last.top - 0.5 * max(size, 1.0) <= box[2] and box[3] <= last.bottom
        if closing or tight and chars[0] in _APOSTROPHES and len(chars) > 1 and chars[1].isalpha():
            words[-1] = Word(last.text + "".join(chars), last.x0, max(last.x1, box[1]), min(last.top, box[2]),
                             max(last.bottom, box[3]), last.size)
        else:
            words.append(Word("".join(chars), box[0], box[1], box[2], box[3], size))
        chars.clear()

    for index in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(textpage.raw, index)
        char = chr(code) if code else ""
        if not char or char in _SPACE or raw.FPDFText_IsGenerated(textpage.raw, index) == 1:
            flush()
            continue
        left, bottom, right, top = textpage.get_charbox(index)
        char_top, char_bottom = height - top, height - bottom
        char_size = raw.FPDFText_GetFontSize(textpage.raw, index)
        if not _MIN_FONT_SIZE <= char_size <= _MAX_FONT_SIZE:
            loose_bottom, loose_top = textpage.get_charbox(index, loose=True)[1::2]
            char_size = loose_top - loose_bottom
        if chars:
            same_line = abs(char_bottom - box[3]) <= 0.5 * max(size, 1.0)
            # PDFium marks word breaks with (generated) spaces; a gap this wide without one is a column gap.
            touching = -0.5 * size <= left - box[1] <= 0.6 * max(size, 1.0)
            if not (same_line and touching):
                flush()
        if not chars:
            box[:] = [left, right, char_top, char_bottom]
            size = char_size
        else:
            box[:] = [box[0], max(box[1], right), min(box[2], char_top), max(box[3], char_bottom)]
        chars.append(char)
    flush()
    textpage.close()
    rules = tuple(_rules(page, height))
    page.close()
    return Page(number, width, height, tuple(_lines(words)), rules)


def _rules(page, height: float) -> list[Rule]:
    """The level and plumb strokes of the page's drawn paths: each side of a stroked box or a line's run, and the
    long sides of a thin filled bar (a word processor draws a border so). A wider filled shape is shading, not a
    rule: a filing shades every other row of its statements. Paths inside form XObjects are not read."""
    import ctypes

    import pypdfium2.raw as raw

    rules: list[Rule] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    matrix = raw.FS_MATRIX()
    # the raw calls, not page.get_objects(): a filing's page holds thousands of text objects, each wrapped there
    for index in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, index)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        raw.FPDFPath_GetDrawMode(obj, fill, stroke)
        if not stroke.value:
            raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            if min(right.value - left.value, top.value - bottom.value) > _THIN_BAR:
                continue
        raw.FPDFPageObj_GetMatrix(obj, matrix)
        a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        start = last = None
        for number in range(raw.FPDFPath_CountSegments(obj)):
            segment = raw.FPDFPath_GetPathSegment(obj, number)
            if not raw.FPDFPathSegment_GetPoint(segment, x, y):
                continue
            point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
            kind = raw.FPDFPathSegment_GetType(segment)
            if kind == raw.FPDF_SEGMENT_LINETO and last is not None:
                _add_rule(rules, last, point)
            if kind == raw.FPDF_SEGMENT_MOVETO or start is None:
                start = point
            last = point
            if raw.FPDFPathSegment_GetClose(segment) and start is not None:
                _add_rule(rules, point, start)
                last = start
    return rules


def _add_rule(rules: list[Rule], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, x1), (top, bottom) = sorted((p[0], q[0])), sorted((p[1], q[1]))
    level, plumb = bottom - top <= _RULE_SLANT, x1 - x0 <= _RULE_SLANT
    if (level and x1 - x0 >= _MIN_RULE) or (plumb and bottom - top >= _MIN_RULE):
        rules.append(Rule(x0, top, x1, bottom))


def _lines(words: list[Word]) -> list[Line]:
    """Words grouped into lines by their baseline, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.bottom, 1), w.x0)):
        if lines and abs(word.bottom - lines[-1][-1].bottom) <= 0.35 * max(word.size, 1.0):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [Line(tuple(sorted(line, key=lambda w: w.x0))) for line in lines]
