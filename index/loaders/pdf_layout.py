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
class Page:
    number: int  # 1-based, as citations name it
    width: float
    height: float
    lines: tuple[Line, ...]


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
        if tight and chars[0] in _APOSTROPHES and len(chars) > 1 and chars[1].isalpha():
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
    page.close()
    return Page(number, width, height, tuple(_lines(words)))


def _lines(words: list[Word]) -> list[Line]:
    """Words grouped into lines by their baseline, each line left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.bottom, 1), w.x0)):
        if lines and abs(word.bottom - lines[-1][-1].bottom) <= 0.35 * max(word.size, 1.0):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [Line(tuple(sorted(line, key=lambda w: w.x0))) for line in lines]
