"""Small fpdf2 layout helper shared by both filings.

Every keyed figure that is printed (in a table cell or inside prose) is recorded as an
``Occ`` with the 0-based PDF page index and the exact printed number text, so that the
question builder can cite evidence pages and the checker can find the figure again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from fpdf import FPDF

FONT_DIRS = (Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu"))
# Fixed so that two builds are byte-identical.
CREATION_DATE = dt.datetime(2026, 1, 2, 9, 0, 0, tzinfo=dt.timezone.utc)
DASH = "\u2014"  # printed for zero amounts


def font_path(file_name: str) -> str:
    for folder in FONT_DIRS:
        candidate = folder / file_name
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(
        f"font {file_name} not found; install fonts-liberation, fonts-dejavu-core and fonts-dejavu-extra")


def quant(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def number_text(value: Decimal, decimals: int, negative: str) -> str:
    """Core printed text of a number (no currency sign, no percent sign)."""
    q = quant(value, decimals)
    if q == 0:
        return DASH
    body = f"{abs(q):,.{decimals}f}"
    if q < 0:
        return f"({body})" if negative == "paren" else f"-{body}"
    return body


def parse_number(text: str) -> Decimal:
    """Inverse of number_text for the core text (dash means zero)."""
    t = text.strip().replace("$", "").replace("%", "").replace(",", "")
    if t == DASH:
        return Decimal(0)
    if t.startswith("(") and t.endswith(")"):
        return -Decimal(t[1:-1])
    return Decimal(t)


@dataclass(frozen=True)
class Occ:
    """One printed occurrence of a keyed figure."""

    key: str
    page: int  # 0-based PDF page index
    text: str  # contiguous printed number text, e.g. "(1,234)", "$1,234.5", "12.5%"
    tag: str  # table or paragraph id
    scale: Decimal  # printed value = data value * scale (rounded to decimals)
    decimals: int


@dataclass
class HouseStyle:
    body_font: str  # family name registered below
    table_font: str
    body_size: float
    table_size: float
    negative: str  # "paren" or "minus"
    dollar: str  # "column" ($ at the left edge of the cell) or "attached" ($1,234.5)
    tables: str  # "ruled" or "shaded"
    page_label: Callable[[int], str | None]  # 0-based page index -> printed label
    footer_text: str = ""
    header_text: str = ""
    margin: float = 18.0
    fonts: dict[str, dict[str, str]] = field(default_factory=dict)  # family -> style -> file


@dataclass
class Row:
    label: str
    keys: list[str | None] | None = None  # one key (or None) per numeric column
    indent: int = 0
    kind: str = "line"  # head | line | sub | total | blank
    dollar: bool | tuple[int, ...] = False  # True, or the column indexes that carry a "$"
    decimals: int | None = None
    col_decimals: tuple[int, ...] | None = None  # per-column override of decimals
    suffix: str = ""  # e.g. "%" printed after the number
    break_before: bool = False  # force the table onto a new page here (continued header repeats)


@dataclass
class Table:
    tag: str
    rows: list[Row]
    cols: list[str]  # column headers, e.g. ["2025", "2024"]
    groups: list[tuple[str, int]] = field(default_factory=list)  # spanning headers over columns
    title: str = ""
    unit_line: str = ""
    decimals: int = 0
    label_w: float | None = None
    col_w: float | None = None
    footnotes: list[str] = field(default_factory=list)
    col_header_lines: int = 1


class F:
    """A keyed figure placed in prose: '{x}'.format(x=F(...)) is resolved by FilingPDF.para."""

    def __init__(self, key: str, decimals: int = 1, scale: str | Decimal = "1", prefix: str = "", suffix: str = ""):
        self.key, self.decimals, self.scale = key, decimals, Decimal(scale)
        self.prefix, self.suffix = prefix, suffix


class FilingPDF(FPDF):
    def __init__(self, style: HouseStyle, data: dict[str, Decimal], toc_labels: dict[str, str] | None = None):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.style, self.data = style, data
        self.toc_labels = toc_labels or {}
        self.anchors: dict[str, str] = {}
        self.occs: list[Occ] = []
        self.set_creation_date(CREATION_DATE)
        self.set_producer("fpdf2")
        self.set_margins(style.margin, 16, style.margin)
        self.set_auto_page_break(True, 18)
        for family, styles in style.fonts.items():
            for font_style, file_name in styles.items():
                self.add_font(family, font_style, font_path(file_name))
        self.width = self.w - 2 * style.margin

    # ---- page furniture -------------------------------------------------------------
    def header(self):
        if self.style.header_text and self.page_no() > 1:
            self.set_font(self.style.body_font, "I", 7)
            self.set_text_color(90, 90, 90)
            self.set_y(8)
            self.cell(0, 4, self.style.header_text, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(16)

    def footer(self):
        label = self.style.page_label(self.page_no() - 1)
        if label is None:
            return
        self.set_y(-13)
        self.set_font(self.style.body_font, "", 8)
        if self.style.footer_text:
            self.cell(self.width / 2, 4, self.style.footer_text, align="L")
            self.cell(self.width / 2, 4, label, align="R")
        else:
            self.cell(0, 4, label, align="C")

    def page_index(self) -> int:
        return self.page_no() - 1

    def mark(self, anchor: str):
        """Remember the printed page label where a TOC entry starts."""
        label = self.style.page_label(self.page_index()) or ""
        self.anchors[anchor] = label.split()[-1] if label else ""  # "Page 7" -> "7"

    def room(self) -> float:
        return self.page_break_trigger - self.get_y()

    def ensure(self, height: float):
        if self.room() < height:
            self.add_page()

    # ---- text ---------------------------------------------------------------------------
    def heading(self, text: str, size: float | None = None, align: str = "L", space: float = 2.5, anchor: str = ""):
        size = size or self.style.body_size + 1.5
        self.ensure(size * 0.5 + 16)  # keep a heading with the first lines that follow it
        if anchor:
            self.mark(anchor)
        self.set_font(self.style.body_font, "B", size)
        self.multi_cell(0, size * 0.48, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(space)

    def para(self, template: str, size: float | None = None, align: str = "J", style: str = "", **figs: F):
        """Write one paragraph; keyed figures are formatted, and the paragraph never splits pages."""
        size = size or self.style.body_size
        texts = {}
        for name, fig in figs.items():
            core = number_text(self.data[fig.key] * fig.scale, fig.decimals, "minus")
            texts[name] = f"{fig.prefix}{core}{fig.suffix}"
        text = template.format(**texts)
        self.set_font(self.style.body_font, style, size)
        line_h = size * 0.46
        height = self.multi_cell(0, line_h, text, align=align, dry_run=True, output="HEIGHT")
        self.ensure(height + 1)
        page = self.page_index()
        self.multi_cell(0, line_h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(size * 0.3)
        for fig in figs.values():
            core = number_text(self.data[fig.key] * fig.scale, fig.decimals, "minus")
            self.occs.append(Occ(fig.key, page, fig.prefix + core, "para", fig.scale, fig.decimals))

    def toc(self, entries: list[tuple[str, str, int]]):
        """entries: (title, anchor, indent). Labels come from the previous render pass."""
        self.set_font(self.style.body_font, "", self.style.body_size)
        for title, anchor, indent in entries:
            label = self.toc_labels.get(anchor, "00")
            lines = self._label_lines(title, self.width - 24 - indent * 6)
            for i, line in enumerate(lines):  # long item titles wrap; the page number sits on the last line
                self.set_x(self.l_margin + indent * 6 + (4 if i else 0))
                self.cell(self.width - 20 - indent * 6, 5.6, line)
                if i == len(lines) - 1:
                    self.cell(20, 5.6, label, align="R")
                self.ln(5.6)

    # ---- tables ---------------------------------------------------------------------------
    def _label_lines(self, text: str, width: float) -> list[str]:
        words, lines, cur = text.split(" "), [], ""
        for word in words:
            trial = f"{cur} {word}".strip()
            if self.get_string_width(trial) <= width or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
        return lines

    def table(self, t: Table):
        st = self.style
        ncol = len(t.cols)
        col_w = t.col_w or (25.0 if ncol <= 3 else 21.0 if ncol == 4 else 18.0)
        label_w = t.label_w or (self.width - ncol * col_w)
        size = st.table_size
        row_h = size * 0.47
        ruled = st.tables == "ruled"

        def draw_header(continued: bool):
            if t.title:
                self.set_font(st.body_font, "B", st.body_size)
                title = t.title + (" (continued)" if continued else "")
                self.multi_cell(0, st.body_size * 0.48, title, align="C", new_x="LMARGIN", new_y="NEXT")
            if t.unit_line:
                self.set_font(st.body_font, "I", st.body_size - 1)
                self.cell(0, st.body_size * 0.45, t.unit_line, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(1.5)
            self.set_font(st.table_font, "B", size)
            x0 = self.l_margin + label_w
            if t.groups:
                x = x0
                for text, span in t.groups:
                    w = span * col_w
                    if ruled:
                        self.set_xy(x, self.get_y())
                        self.cell(w, row_h, text, align="C")
                        self.line(x + 1.5, self.get_y() + row_h, x + w - 1.5, self.get_y() + row_h)
                    else:
                        self.set_fill_color(205, 215, 228)
                        self.set_xy(x, self.get_y())
                        self.cell(w - 0.6, row_h, text, align="C", fill=True)
                    x += w
                self.ln(row_h + 0.6)
            y = self.get_y()
            for line_no in range(t.col_header_lines):
                self.set_xy(x0, y + line_no * row_h)
                for head in t.cols:
                    parts = head.split("\n")
                    text = parts[line_no] if line_no < len(parts) else ""
                    fill = not ruled
                    if fill:
                        self.set_fill_color(225, 232, 240)
                    self.cell(col_w, row_h, text, align="R" if ruled else "C", fill=fill)
            self.set_y(y + t.col_header_lines * row_h)
            if ruled:
                self.line(x0 + 1.5, self.get_y() + 0.3, self.l_margin + self.width, self.get_y() + 0.3)
            self.ln(1.2)

        draw_header(False)
        shade_toggle = False
        for row in t.rows:
            font_style = "B" if row.kind in ("head", "total") else ""
            self.set_font(st.table_font, font_style, size)
            indent_mm = 3.0 * row.indent
            lines = self._label_lines(row.label, label_w - indent_mm - 2) if row.label else [""]
            need = row_h * len(lines) + (1.6 if row.kind in ("sub", "total") else 0.4)
            if row.break_before or self.room() < need:
                self.add_page()
                draw_header(True)
                self.set_font(st.table_font, font_style, size)
            if row.kind == "blank":
                self.ln(row_h * 0.6)
                continue
            y_top = self.get_y()
            if row.kind in ("sub", "total") and row.keys:
                if ruled:
                    self.line(self.l_margin + label_w + 2, y_top, self.l_margin + self.width, y_top)
                self.set_y(y_top + 0.6)
                y_top = self.get_y()
            shade = False
            if not ruled and row.kind != "head":
                shade_toggle = not shade_toggle
                shade = row.kind == "total" or shade_toggle
                if shade:
                    grey = 214 if row.kind == "total" else 241
                    self.set_fill_color(grey, grey, grey)
                    self.rect(self.l_margin, y_top, self.width, row_h * len(lines), style="F")
            for i, line in enumerate(lines):
                self.set_xy(self.l_margin + indent_mm + (2.0 if i else 0), y_top + i * row_h)
                self.cell(label_w - indent_mm, row_h, line)
            y_num = y_top + (len(lines) - 1) * row_h
            if row.keys:
                decimals = t.decimals if row.decimals is None else row.decimals
                for c, key in enumerate(row.keys):
                    x = self.l_margin + label_w + c * col_w
                    if key is None:
                        continue
                    if row.col_decimals:
                        decimals = row.col_decimals[c]
                    dollar = row.dollar is True or (isinstance(row.dollar, tuple) and c in row.dollar)
                    self._num_cell(key, x, y_num, col_w, row_h, decimals, row, t.tag, dollar)
                if row.kind == "total" and ruled:
                    y_rule = y_num + row_h + 0.3
                    for dy in (0.0, 0.6):
                        self.line(self.l_margin + label_w + 2, y_rule + dy, self.l_margin + self.width, y_rule + dy)
            self.set_y(y_num + row_h + (1.0 if row.kind == "total" else 0.15))
        if t.footnotes:
            self.ln(1.5)
            self.set_font(st.table_font, "", size - 0.5)
            for note in t.footnotes:
                self.multi_cell(0, row_h, note, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def _num_cell(self, key: str, x: float, y: float, w: float, h: float, decimals: int, row: Row, tag: str,
                  dollar: bool):
        st = self.style
        value = self.data[key]
        core = number_text(value, decimals, st.negative)
        pad = 1.6
        if st.negative == "paren" and not core.endswith(")"):
            pad += self.get_string_width(")")  # keep digits aligned with bracketed negatives
        text = core + row.suffix
        if dollar and st.dollar == "attached":
            text = ("-$" + text[1:]) if text.startswith("-") else "$" + text
        if dollar and st.dollar == "column":
            # "$" sits at the left of the column, but never closer than 1 mm to a wide number
            self.set_xy(min(x + 2.0, x + w - pad - self.get_string_width(text) - self.get_string_width("$") - 1.0), y)
            self.cell(4, h, "$")
        self.set_xy(x, y)
        self.cell(w - pad, h, text, align="R")
        self.occs.append(Occ(key, self.page_index(), text, tag, Decimal(1), decimals))
