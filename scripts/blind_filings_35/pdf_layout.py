"""Small fpdf2 layout helper shared by both filings of set 35 (carried over from the set 31 helper).

Every keyed figure drawn through this module is recorded with its 0-based PDF page index and the exact text
printed, so the checker can prove that each figure a question uses really sits on its evidence page. The printed
page label of every page and every table that continues across a page break are recorded as well.

Two table modes are available: "shade" (no frame and no row rules; the only rules sit under the column heads,
a thin one under each spanning head and a heavier one under the whole head block; column heads are set in small
capitals, the scale line may sit in the stub corner of the head block, subtotals are italic and totals bold on a
tinted band across the full width) and "ledger" (the head block is reversed out of a filled accent band, a hairline
runs under every data row, a single rule sits over subtotal figures and a double rule under totals). Column heads
may be stacked in several spanning levels. Negatives may be printed in parentheses or with a leading minus sign;
zero may be printed as a word ("nil") or as "-0-".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

# A fixed creation date keeps two builds byte-identical.
FIXED_DATE = datetime(2026, 5, 8, 10, 42, 0, tzinfo=timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype"
EM_DASH = "\u2014"
EN_DASH = "\u2013"
MINUS = "\u2212"
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_.]+):([a-z]\d)\}")

Group = tuple[str, int, int]  # (text, first column, number of columns spanned)


@dataclass
class Style:
    """House style of one filing."""

    body_family: str
    body_files: dict[str, str]
    table_family: str
    table_files: dict[str, str]
    body_size: float
    table_size: float
    table_mode: str  # "shade" or "ledger"
    negative: str  # "paren" -> (1,234) ; "minus" -> −1,234
    dollar: str  # "attached" -> "$1,234" ; "none" -> no "$" in tables (the scale line names the currency)
    zero: str  # text printed for a zero amount
    page_label: Callable[[int, Doc], str | None]
    draw_header: Callable[[int, Doc], None]
    draw_footer: Callable[[int, Doc], None]
    continued: str = ", continued"
    title_align: str = "C"
    unit_align: str = "C"
    title_upper: bool = False
    head_align: str = "C"  # alignment of column heads
    head_style: str = "B"  # font style of column heads
    toc_style: str = "rule"  # "rule" (a hairline under each entry) or "dots" (period leaders)
    heading_kind: str = "bar"  # level-1 headings: "bar" (an accent bar at the left of the text) or "ruled"
    # (capitals between a heavy rule above and a hairline below)
    unit_italic: bool = True
    title_size_add: float = 1.0
    heading_upper: bool = False
    accent: tuple[int, int, int] = (0, 0, 0)
    tint: tuple[int, int, int] = (236, 236, 236)
    hairline: tuple[int, int, int] = (190, 190, 190)
    margin_l: float = 20.0
    margin_r: float = 20.0
    margin_t: float = 20.0
    margin_b: float = 20.0
    unit_pos: str = "line"  # "line": scale line under the title ; "stub": in the stub corner of the head block
    small_caps: bool = False  # column heads in small capitals
    head_fill: tuple[int, int, int] | None = None  # "ledger": fill of the head band


@dataclass
class Figure:
    key: str
    page: int
    token: str  # printed text without any "$"
    section: str


@dataclass
class Row:
    """One table row. keys holds one entry per numeric column: a data key, None (blank) or "=literal"."""

    label: str
    keys: list[str | None] = field(default_factory=list)
    fmt: str | list[str] = "n0"
    kind: str = "data"  # data | head | sub | total | blank | break (continue the table on a new page)
    indent: int = 0
    dollar: bool = False
    bold: bool = False


def format_number(value: Decimal, places: int, negative: str) -> str:
    """Format with thousands separators; refuses to hide precision the data holds."""
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum)
    if rounded != value:
        raise ValueError(f"{value} has more precision than {places} places")
    text = f"{abs(rounded):,.{places}f}"
    if rounded < 0:
        if negative == "paren":
            return f"({text})"
        return f"{MINUS}{text}"
    return text


def parse_token(token: str) -> Decimal:
    """Inverse of the formatting: '(1,234)' -> -1234, '\u22121,234' -> -1234, '61.8%' -> 61.8, a dash -> 0."""
    text = token.replace("$", "").replace(",", "").replace("%", "").strip()
    if text in (EM_DASH, EN_DASH, "-", "nil", "-0-"):
        return Decimal(0)
    if text.startswith("(") and text.endswith(")"):
        return -Decimal(text[1:-1])
    if text.endswith("-"):
        return -Decimal(text[:-1])
    if text.startswith(MINUS) or text.startswith("-"):
        return -Decimal(text[1:])
    return Decimal(text)


class Doc(FPDF):
    def __init__(self, style: Style, values: dict[str, Decimal], title: str):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.st = style
        self.values = values
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author("blind_filings_35 generator")
        added: set[str] = set()
        for family, files in ((style.body_family, style.body_files), (style.table_family, style.table_files)):
            if family in added:
                continue
            added.add(family)
            for font_style, path in files.items():
                self.add_font(family, font_style, f"{FONT_DIR}/{path}")
        # Page breaks are placed by hand so that every paragraph and table row stays on one known page.
        self.set_auto_page_break(False)
        self.set_margins(style.margin_l, style.margin_t, style.margin_r)
        self.figures: list[Figure] = []
        self.anchors: dict[str, str] = {}
        self.labels: dict[int, str] = {}
        self.continued: list[tuple[str, int]] = []  # (table title, page index where it continues)
        self.toc_labels: dict[str, str] = {}
        self.total_pages = 0  # known on the second rendering pass
        self.section = ""
        self.part_start = 10_000  # first page index of a separately numbered part (e.g. the F-pages)
        self.limit = self.h - style.margin_b

    # ---------------------------------------------------------------- page furniture
    @property
    def width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def header(self) -> None:
        self.st.draw_header(self.page_no() - 1, self)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        index = self.page_no() - 1
        label = self.st.page_label(index, self)
        if label:
            self.labels[index] = label
        self.st.draw_footer(index, self)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def page_label(self) -> str:
        return self.st.page_label(self.page_no() - 1, self) or ""

    def new_page(self) -> None:
        self.add_page()

    def ensure(self, height: float) -> None:
        if self.get_y() + height > self.limit:
            self.add_page()

    def anchor(self, name: str) -> None:
        self.anchors[name] = self.page_label()

    # ---------------------------------------------------------------- text
    def body(self, style: str = "", size: float | None = None) -> None:
        self.set_font(self.st.body_family, style, size or self.st.body_size)

    def fig(self, key: str, fmt: str) -> tuple[str, str]:
        """Return (display text, token) for a keyed value and the given format code.

        Format codes: n<places> plain number, d<places> dollar amount (prose), p<places> percentage.
        """
        value = self.values[key]
        kind, places = fmt[0], int(fmt[1])
        if kind not in "dnp":
            raise ValueError(fmt)
        text = format_number(value, places, self.st.negative)
        if kind == "p":
            text = text + "%"
        if value == 0 and kind != "d":
            text = self.st.zero
        token = text
        if kind == "d":
            text = "$" + text
        return text, token

    def record(self, key: str, token: str) -> None:
        self.figures.append(Figure(key, self.page_no() - 1, token, self.section))

    def expand(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """Replace {key:fmt} placeholders; prose never shows negatives (words carry the direction)."""
        found: list[tuple[str, str]] = []

        def repl(match: re.Match[str]) -> str:
            key, fmt = match.group(1), match.group(2)
            if self.values[key] < 0:
                raise ValueError(f"negative value in prose: {key}")
            shown, token = self.fig(key, fmt)
            found.append((key, token))
            return shown

        return PLACEHOLDER.sub(repl, text), found

    def para(self, text: str, style: str = "", size: float | None = None, align: str = "J", indent: float = 0,
             gap: float = 2.0, line_h: float | None = None) -> None:
        shown, found = self.expand(text)
        self.body(style, size)
        lh = line_h or (size or self.st.body_size) * 0.47
        width = self.width - indent
        height = self.multi_cell(width, lh, shown, align=align, dry_run=True, output=MethodReturnValue.HEIGHT)
        self.ensure(height + gap)
        self.set_x(self.l_margin + indent)
        self.multi_cell(width, lh, shown, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for key, token in found:
            self.record(key, token)
        self.ln(gap)

    def bullets(self, items: list[str], size: float | None = None, mark: str = "\u2022") -> None:
        for item in items:
            shown, found = self.expand(item)
            self.body("", size)
            lh = (size or self.st.body_size) * 0.47
            width = self.width - 6
            height = self.multi_cell(width, lh, shown, dry_run=True, output=MethodReturnValue.HEIGHT)
            self.ensure(height + 1)
            self.set_x(self.l_margin + 2)
            self.cell(4, lh, mark)
            self.multi_cell(width, lh, shown, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for key, token in found:
                self.record(key, token)
            self.ln(0.8)
        self.ln(1)

    def heading(self, text: str, level: int = 1, anchor: str | None = None, keep: float = 42) -> None:
        sizes = {0: 12.0, 1: 10.8, 2: 9.6, 3: self.st.body_size + 0.3}
        if self.get_y() > self.t_margin + 1:
            self.ln(2 if level > 1 else 3)
        self.ensure(keep)  # never leave a heading alone at the foot of a page
        if anchor:
            self.anchor(anchor)
        shown = text.upper() if self.st.heading_upper and level in (0, 1) else text
        size = sizes[level]
        if level == 0:
            self.body("B", size)
            self.set_text_color(*self.st.accent)
            self.multi_cell(self.width, size * 0.5, shown, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(2.0)
            return
        if level == 1 and self.st.heading_kind == "bar":
            # a thick accent bar at the left of the heading text
            self.body("B", size)
            lines = self.multi_cell(self.width - 5, size * 0.5, shown, dry_run=True, output=MethodReturnValue.LINES)
            top = self.get_y()
            height = len(lines) * size * 0.5 + 1.6
            self.set_fill_color(*self.st.accent)
            self.rect(self.l_margin, top, 1.8, height, style="F")
            self.set_text_color(*self.st.accent)
            self.set_xy(self.l_margin + 4.5, top + 0.8)
            self.multi_cell(self.width - 5, size * 0.5, shown, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.set_y(top + height)
            self.ln(2.6)
            return
        if level == 1 and self.st.heading_kind == "ruled":
            # a full-width heavy rule above and a hairline below the capitals
            self.set_draw_color(*self.st.accent)
            self._rule(self.l_margin, self.l_margin + self.width, self.get_y(), 1.1)
            self.ln(1.6)
            self.body("B", size)
            self.set_text_color(*self.st.accent)
            self.multi_cell(self.width, size * 0.5, shown, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self._rule(self.l_margin, self.l_margin + self.width, self.get_y() + 0.8, 0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(3.0)
            return
        if level == 2:
            self.body("B", size)
            self.set_text_color(*self.st.accent)
            self.multi_cell(self.width, size * 0.5, shown, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(1.5)
            return
        self.body("I" if self.st.heading_kind == "bar" else "B", size)
        self.multi_cell(self.width, size * 0.5, shown, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.2)

    def toc(self, entries: list[tuple[str, str, int]], head: str | None = None) -> None:
        """Table of contents; labels come from the first rendering pass ("00" placeholders on pass one)."""
        labels = self.toc_labels
        if head:
            self.body("B", self.st.body_size - 0.6)
            self.cell(self.width, 5, head, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for title, anchor, level in entries:
            self.body("B" if level == 0 else "", self.st.body_size)
            if level == 0:
                self.ln(1.4)
            self.set_x(self.l_margin + 6 * level)
            label = labels.get(anchor, "00")
            text_w = self.width - 6 * level - 18
            lines = self.multi_cell(text_w, 5.0, title, dry_run=True, output=MethodReturnValue.LINES)
            for line in lines[:-1]:  # long titles wrap; the page number sits on the last line
                self.set_x(self.l_margin + 6 * level)
                self.cell(text_w, 5.0, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            hang = 4 if len(lines) > 1 else 0
            self.set_x(self.l_margin + 6 * level + hang)
            last = lines[-1]
            if self.st.toc_style == "dots":
                room = text_w - hang - self.get_string_width(last) - 2
                dot = " ."
                dots = dot * max(0, int(room / self.get_string_width(dot)) - 1)
                last = last + dots
            self.cell(text_w - hang, 5.0, last)
            self.cell(18, 5.0, label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if self.st.toc_style == "rule":
                self.set_draw_color(*self.st.hairline)
                self._rule(self.l_margin + 6 * level, self.l_margin + self.width, self.get_y() + 0.2, 0.15)
                self.set_draw_color(0, 0, 0)
                self.ln(0.6)

    # ---------------------------------------------------------------- tables
    def _rule(self, x1: float, x2: float, y: float, width: float = 0.2) -> None:
        self.set_line_width(width)
        self.line(x1, y, x2, y)

    def table(self, title: str | None, cols: list[str], rows: list[Row],
              groups: list[Group] | list[list[Group]] | None = None, unit: str | None = None,
              label_w: float | None = None, notes: list[str] | None = None, size: float | None = None,
              col_w: float | None = None, money: list[bool] | None = None, stub: str | None = None,
              keep: bool | None = None) -> None:
        """Draw a table; money marks the columns that take a "$" on rows flagged dollar=True.

        groups is one level of spanning heads or a list of levels (top level first). keep=True starts the table on a
        new page unless it fits whole; by default short tables (at most 12 rows, no forced break) are kept together
        and longer ones continue across the page break with the title and column heads repeated.
        """
        size = size or self.st.table_size
        lh = size * 0.43
        ncols = len(cols)
        label_w = label_w or self.width * 0.46
        col_w = col_w or (self.width - label_w) / ncols
        x0 = self.l_margin
        full_w = label_w + col_w * ncols
        ledger = self.st.table_mode == "ledger"
        levels: list[list[Group]] = []
        if groups:
            levels = [groups] if isinstance(groups[0], tuple) else groups  # type: ignore[list-item]
        shown_title = (title.upper() if self.st.title_upper else title) if title else None
        accent = self.st.accent
        unit_in_stub = self.st.unit_pos == "stub" and unit is not None and stub is None
        head_size = size - 1.0 if self.st.small_caps else size

        def caps(text: str) -> str:
            return text.upper() if self.st.small_caps else text

        def col_x(i: int) -> float:
            return x0 + label_w + i * col_w

        def draw_title(cont: bool) -> None:
            if shown_title:
                self.set_font(self.st.table_family, "B", size + self.st.title_size_add)
                self.set_text_color(*accent)
                self.multi_cell(full_w, lh + 0.6, shown_title + (self.st.continued if cont else ""),
                                align=self.st.title_align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.set_text_color(0, 0, 0)
            elif cont:
                self.set_font(self.st.table_family, "I", size)
                self.cell(full_w, lh + 0.4, self.st.continued.strip(" ,"), align=self.st.title_align,
                          new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if unit and not unit_in_stub:
                self.set_font(self.st.table_family, "I" if self.st.unit_italic else "", size - 0.4)
                self.cell(full_w, lh + 0.4, unit, align=self.st.unit_align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.8)

        def level_lines(level: list[Group]) -> int:
            return max(g[0].count("\n") + 1 for g in level)

        def header_height() -> float:
            lines = max(c.count("\n") + 1 for c in cols)
            glines = sum(level_lines(level) for level in levels)
            return (lines + glines) * lh + 2.2 + 1.1 * len(levels)

        def draw_header() -> None:
            top = self.get_y()
            height = header_height()
            if ledger:
                self.set_fill_color(*(self.st.head_fill or accent))
                self.rect(x0, top, full_w, height, style="F")
                self.set_text_color(255, 255, 255)
                self.set_draw_color(255, 255, 255)
            else:
                self.set_text_color(*accent)
                self.set_draw_color(*accent)
            y = top + 1.0
            corner = stub if stub else (unit if unit_in_stub else None)
            if corner:
                self.set_font(self.st.table_family, "I" if corner == unit else self.st.head_style, size - 0.6)
                parts = self.multi_cell(label_w - 3, lh, corner, dry_run=True, output=MethodReturnValue.LINES)
                for j, part in enumerate(parts):
                    self.set_xy(x0 + 1, top + height - (len(parts) - j) * lh - 1.1)
                    self.cell(label_w - 2, lh, part)
            self.set_font(self.st.table_family, self.st.head_style, head_size)
            for level in levels:
                glines = level_lines(level)
                for text, start, span in level:
                    gx = col_x(start)
                    parts = text.split("\n")
                    offset = glines - len(parts)
                    for j, part in enumerate(parts):
                        self.set_xy(gx, y + (offset + j) * lh)
                        self.cell(col_w * span, lh, caps(part), align="C")
                    self._rule(gx + 1.2, gx + col_w * span - 1.2, y + glines * lh + 0.5, 0.2)
                y += glines * lh + 1.1
            lines = max(c.count("\n") + 1 for c in cols)
            for i, head in enumerate(cols):
                parts = head.split("\n")
                offset = lines - len(parts)  # bottom-align column heads
                for j, part in enumerate(parts):
                    self.set_xy(col_x(i), y + (offset + j) * lh)
                    if self.st.head_align == "R":
                        self.cell(col_w - 1.5, lh, caps(part), align="R")
                    else:
                        self.cell(col_w, lh, caps(part), align="C")
            if not ledger:
                self._rule(x0, x0 + full_w, top + height, 0.7)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_xy(x0, top + height + 0.6)

        def start(cont: bool) -> None:
            draw_title(cont)
            draw_header()

        def row_style(row: Row) -> str:
            if row.kind == "head":
                return "B" if row.indent == 0 else "I"
            if row.kind == "sub":
                return "B" if ledger else "I"
            if row.kind == "total" or row.bold:
                return "B"
            return ""

        def row_height(row: Row, n: int) -> float:
            if row.kind == "blank":
                return lh * 0.6
            return n * lh + 1.0 + (1.4 if row.kind == "total" else 0)

        first_height = (lh + 1) * (2 if title else 0) + header_height() + 4 * (lh + 1)
        if keep is None:
            keep = len(rows) <= 12 and not any(r.kind == "break" for r in rows)
        if keep:
            whole = (lh + 1) * (2 if title else 0) + header_height() + 4
            for row in rows:
                self.set_font(self.st.table_family, row_style(row), size)
                n = len(self.multi_cell(label_w - 2.5 * row.indent - 6, lh, row.label, dry_run=True,
                                        output=MethodReturnValue.LINES)) if row.label else 1
                whole += row_height(row, n)
            first_height = max(first_height, whole)
        self.ensure(first_height)
        start(False)
        for row in rows:
            style = row_style(row)
            self.set_font(self.st.table_family, style, size)
            indent = 2.5 * row.indent
            label_lines = self.multi_cell(label_w - indent - 6, lh, row.label, dry_run=True,
                                          output=MethodReturnValue.LINES) if row.label else [""]
            row_h = row_height(row, len(label_lines))
            if row.kind == "break" or self.get_y() + row_h > self.limit:
                self.add_page()
                self.continued.append((title or "", self.page_no() - 1))
                start(True)
                self.set_font(self.st.table_family, style, size)
            top = self.get_y()
            if row.kind == "break":
                continue
            if row.kind == "blank":
                self.ln(lh * 0.6)
                continue
            if row.kind == "total" and not ledger:
                self.set_fill_color(*self.st.tint)
                self.rect(x0, top, full_w, row_h - 0.2, style="F")
            upper_head = row.kind == "head" and row.indent == 0 and not ledger
            if upper_head:
                self.set_text_color(*accent)
                self.set_font(self.st.table_family, "B", size - 0.6)
            for j, line in enumerate(label_lines):
                # continuation lines of a long label hang under the first line, a little further in
                self.set_xy(x0 + indent + 0.8 + (2 if j else 0), top + 0.45 + (0.7 if row.kind == "total" else 0)
                            + j * lh)
                self.cell(label_w - indent, lh, line.upper() if upper_head else line)
            self.set_text_color(0, 0, 0)
            self.set_font(self.st.table_family, style, size)
            value_y = top + 0.45 + (0.7 if row.kind == "total" else 0) + (len(label_lines) - 1) * lh
            filled = [i for i, key in enumerate(row.keys) if key is not None]
            fmts = row.fmt if isinstance(row.fmt, list) else [row.fmt] * ncols
            for i, key in enumerate(row.keys):
                if key is None:
                    continue
                cx = col_x(i)
                if key.startswith("="):
                    self.set_xy(cx, value_y)
                    self.cell(col_w - 1.5, lh, key[1:], align="R")
                    continue
                shown, token = self.fig(key, fmts[i])
                self.record(key, token)
                wants_dollar = (row.dollar and fmts[i][0] != "p" and (money is None or money[i])
                                and shown != self.st.zero and self.st.dollar != "none")
                pad = 1.5
                if self.st.negative == "paren" and not shown.endswith(")") and not shown.endswith("%"):
                    pad += self.get_string_width(")")  # hang the closing parenthesis
                if wants_dollar:
                    shown = "$" + shown
                self.set_xy(cx, value_y)
                self.cell(col_w - pad, lh, shown, align="R")
            if ledger and row.kind != "head":
                self.set_draw_color(*self.st.hairline)
                self._rule(x0, x0 + full_w, top + row_h - 0.1, 0.1)
                self.set_draw_color(0, 0, 0)
            if ledger and row.kind in ("sub", "total") and filled:
                for i in filled:
                    self._rule(col_x(i) + 3.0, col_x(i) + col_w - 1.0, top + 0.1, 0.2)
                    if row.kind == "total":
                        self._rule(col_x(i) + 3.0, col_x(i) + col_w - 1.0, top + row_h - 0.9, 0.2)
                        self._rule(col_x(i) + 3.0, col_x(i) + col_w - 1.0, top + row_h - 0.35, 0.2)
            self.set_xy(x0, top + row_h)
        self.ln(1.5)
        if notes:
            self.set_font(self.st.table_family, "", size - 0.6)
            for note in notes:
                shown, found = self.expand(note)
                height = self.multi_cell(full_w, lh, shown, dry_run=True, output=MethodReturnValue.HEIGHT)
                self.ensure(height)
                self.multi_cell(full_w, lh, shown, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                for key, token in found:
                    self.record(key, token)
                self.set_font(self.st.table_family, "", size - 0.6)
        self.ln(2.5)

def render_twice(render: Callable[[dict[str, str], int], Doc]) -> Doc:
    """Render once to learn where each TOC anchor lands and how many pages there are, then again for real."""
    first = render({}, 0)
    second = render(first.anchors, first.page_no())
    if second.anchors != first.anchors or second.page_no() != first.page_no():
        raise RuntimeError("table of contents moved pages between passes")
    return second
