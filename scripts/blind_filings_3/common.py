"""Shared formatting and PDF layout helpers for the blind filings set.

Layout habits deliberately used here: dollar signs in their own narrow column,
negative figures in parentheses, footnote markers on row labels, two-level column
headers, subtotal rules and double rules under totals, tables that continue across
a page break with a "(continued)" header, and "Item N." section headings.

The PDF keeps an anchor log: every table row and every keyed paragraph records the
page(s) on which its text was drawn, so evidence pages for questions are exact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from fpdf import FPDF

FIXED_DATE = dt.datetime(2026, 2, 20, 9, 0, 0, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------- numbers
def T(x: float) -> int:
    """Natural units (e.g. 1341.6 million) to integer tenths."""
    return int(round(x * 10))


def m1(v: int, zero: str = "-") -> str:
    """Integer tenths -> '1,234.5'; negatives in parentheses."""
    if v == 0:
        return zero
    whole, tenth = divmod(abs(v), 10)
    s = f"{whole:,}.{tenth}"
    return f"({s})" if v < 0 else s


def th(v: int, zero: str = "-") -> str:
    """Integer thousands -> '12,345'; negatives in parentheses."""
    if v == 0:
        return zero
    s = f"{abs(v):,}"
    return f"({s})" if v < 0 else s


def pct(x: float, d: int = 1, paren: bool = False) -> str:
    s = f"{abs(x) * 100:.{d}f}%"
    if x < 0:
        return f"({s})" if paren else f"-{s}"
    return s


def pts(x: float, d: int = 1) -> str:
    """Percentage-point figure without the % sign, e.g. 92.8."""
    return f"{x * 100:.{d}f}"


def ps(x: float) -> str:
    """Per-share amount with two decimals, parentheses when negative."""
    s = f"{abs(x):,.2f}"
    return f"({s})" if x < 0 else s


def words_m(v: int) -> str:
    """Integer tenths -> '$1,234.5 million' for prose."""
    return f"${m1(abs(v))} million"


# --------------------------------------------------------------------------- tables
@dataclass
class Row:
    label: str
    vals: list = field(default_factory=list)
    kind: str = "row"  # row | head | sub | total | blank
    indent: int = 0
    dollar: bool = False
    key: str | None = None
    bold: bool = False


class FilingPDF(FPDF):
    def __init__(self, running_head: str, body_font: str = "Times"):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.set_creation_date(FIXED_DATE)
        self.set_creator("blind_filings_3")
        self.set_producer("blind_filings_3")
        self.set_auto_page_break(False)
        self.set_margins(22, 20, 22)
        self.running_head = running_head
        self.body_font = body_font
        self.bottom_limit = self.h - 20
        self.anchors: dict = {}
        self.show_head = False

    # page furniture --------------------------------------------------------
    def header(self):
        if self.show_head and self.page_no() > 1:
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 10)
            self.cell(self.epw, 4, self.running_head, align="R")
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, 20)

    def footer(self):
        self.set_font("Helvetica", "", 8)
        self.set_xy(self.l_margin, self.h - 13)
        self.cell(self.epw, 4, str(self.page_no()), align="C")

    def newpage(self):
        self.add_page()
        self.set_xy(self.l_margin, 20)

    def ensure(self, h: float) -> bool:
        if self.get_y() + h > self.bottom_limit:
            self.newpage()
            return True
        return False

    def log(self, key, text: str):
        if key is not None:
            self.anchors.setdefault(key, []).append((self.page_no(), text))

    # text ------------------------------------------------------------------
    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        for chunk in text.split("\n"):
            cur = ""
            for w in chunk.split(" "):
                trial = w if not cur else cur + " " + w
                if self.get_string_width(trial) <= width or not cur:
                    cur = trial
                else:
                    lines.append(cur)
                    cur = w
            lines.append(cur)
        return lines

    def para(self, text: str, key=None, size: float = 11, style: str = "",
             indent: float = 0.0, lh: float | None = None, after: float = 2.2,
             font: str | None = None, align: str = "L"):
        self.set_font(font or self.body_font, style, size)
        lh = lh or size * 0.5
        width = self.epw - indent
        for line in self.wrap(text, width):
            self.ensure(lh)
            self.set_x(self.l_margin + indent)
            self.cell(width, lh, line, align=align)
            self.ln(lh)
            self.log(key, line)
        self.ln(after)

    def bullets(self, items: list[str], key=None, size: float = 10.5):
        for it in items:
            self.set_font(self.body_font, "", size)
            lh = size * 0.48
            lines = self.wrap(it, self.epw - 7)
            for i, line in enumerate(lines):
                self.ensure(lh)
                if i == 0:
                    self.set_x(self.l_margin + 2)
                    self.cell(5, lh, chr(183))
                self.set_x(self.l_margin + 7)
                self.cell(self.epw - 7, lh, line)
                self.ln(lh)
                self.log(key, line)
            self.ln(1.2)
        self.ln(1.0)

    def item(self, title: str, new_page: bool = True, key=None):
        if new_page:
            self.newpage()
        else:
            self.ensure(22)
            self.ln(3)
        self.set_font("Helvetica", "B", 12.5)
        self.cell(self.epw, 7, title)
        self.ln(8)
        self.log(key, title)
        self.set_draw_color(0, 0, 0)

    def heading(self, title: str, size: float = 11, key=None):
        self.ensure(20)
        self.ln(1.5)
        self.set_font("Helvetica", "B", size)
        for line in self.wrap(title, self.epw):
            self.cell(self.epw, size * 0.5, line)
            self.ln(size * 0.5)
        self.ln(1.5)
        self.log(key, title)

    def subheading(self, title: str):
        self.ensure(16)
        self.set_font(self.body_font, "BI", 10.5)
        self.cell(self.epw, 5.5, title)
        self.ln(6.5)

    def centered(self, text: str, size: float = 11, style: str = "", h: float = 6):
        self.set_font("Helvetica", style, size)
        for line in self.wrap(text, self.epw):
            self.set_x(self.l_margin)
            self.cell(self.epw, h, line, align="C")
            self.ln(h)

    # tables ----------------------------------------------------------------
    def table(self, key: str, title: str, cols: list[str], rows: list[Row],
              unit: str | None = None, groups: list[tuple[str, int]] | None = None,
              label_w: float | None = None, footnotes: list[str] | None = None,
              size: float = 8.6, col_w: float | None = None, dollar_col: bool = True):
        ncol = len(cols)
        dw = 3.6 if dollar_col else 0.0
        if col_w is None:
            label_w = label_w or max(62.0, self.epw - ncol * 25.0)
            col_w = (self.epw - label_w) / ncol - dw
        else:
            label_w = self.epw - ncol * (col_w + dw)
        lh = size * 0.52
        x0 = self.l_margin

        def draw_header(cont: bool):
            self.set_font("Helvetica", "B", 9.5)
            ttl = title + (" (continued)" if cont else "")
            for line in self.wrap(ttl, self.epw):
                self.set_x(x0)
                self.cell(self.epw, 5, line, align="C")
                self.ln(5)
            if unit:
                self.set_font("Helvetica", "I", 7.8)
                self.set_x(x0)
                self.cell(self.epw, 4, unit, align="C")
                self.ln(5)
            self.ln(1)
            self.set_font("Helvetica", "B", size)
            if groups:
                x = x0 + label_w
                y = self.get_y()
                for gtxt, span in groups:
                    w = span * (col_w + dw)
                    if gtxt:
                        self.set_xy(x + 1, y)
                        self.cell(w - 2, lh, gtxt, align="C")
                        self.line(x + 1.5, y + lh + 0.3, x + w - 1, y + lh + 0.3)
                    x += w
                self.set_xy(x0, y + lh + 1)
            y = self.get_y()
            hdr_lines = [self.wrap(c, col_w + dw - 1) for c in cols]
            nl = max(len(h) for h in hdr_lines)
            for i, hl in enumerate(hdr_lines):
                x = x0 + label_w + i * (col_w + dw)
                for j, line in enumerate(hl):
                    self.set_xy(x, y + (nl - len(hl) + j) * lh)
                    self.cell(col_w + dw, lh, line, align="R")
            yb = y + nl * lh + 0.6
            self.set_line_width(0.25)
            for i in range(ncol):
                x = x0 + label_w + i * (col_w + dw)
                self.line(x + 2, yb, x + col_w + dw, yb)
            self.set_xy(x0, yb + 1.2)

        self.ensure(28 + lh * min(len(rows), 6))
        self.ln(1)
        draw_header(False)
        for r in rows:
            style = "B" if (r.bold or r.kind in ("head", "total")) else ""
            self.set_font("Helvetica", style, size)
            ind = 3.0 * r.indent
            lab_lines = self.wrap(r.label, label_w - ind - 2) if r.label else [""]
            h = lh * len(lab_lines) + (1.2 if r.kind in ("sub", "total") else 0.35)
            if r.kind == "blank":
                h = lh * 0.6
            if self.get_y() + h + 1 > self.bottom_limit:
                self.newpage()
                draw_header(True)
                self.set_font("Helvetica", style, size)
            y = self.get_y()
            if r.kind in ("sub", "total"):
                self.set_line_width(0.2)
                for i in range(len(r.vals)):
                    x = x0 + label_w + i * (col_w + dw)
                    self.line(x + 2, y + 0.3, x + col_w + dw, y + 0.3)
                y += 1.0
            for j, line in enumerate(lab_lines):
                self.set_xy(x0 + ind, y + j * lh)
                self.cell(label_w - ind, lh, line)
            yv = y + (len(lab_lines) - 1) * lh
            for i, v in enumerate(r.vals):
                x = x0 + label_w + i * (col_w + dw)
                if dollar_col and r.dollar and v not in ("", "-"):
                    self.set_xy(x + 1.6, yv)
                    self.cell(dw, lh, "$")
                txt = str(v)
                # keep closing parentheses hanging to the right, as printed filings do
                pad = 0.0 if txt.endswith(")") or txt.endswith("%") else 1.1
                self.set_xy(x + dw, yv)
                self.cell(col_w - pad, lh, txt, align="R")
            if r.kind == "total":
                yy = yv + lh + 0.3
                for i in range(len(r.vals)):
                    x = x0 + label_w + i * (col_w + dw)
                    self.line(x + 2, yy, x + col_w + dw, yy)
                    self.line(x + 2, yy + 0.6, x + col_w + dw, yy + 0.6)
            self.set_xy(x0, y + h - (1.0 if r.kind in ("sub", "total") else 0))
            if r.kind == "total":
                self.ln(1.2)
            text = " ".join([r.label] + [str(v) for v in r.vals])
            self.log((key, r.key or r.label), text)
            self.log((key, None), text)
        if footnotes:
            self.ln(1.5)
            for fn in footnotes:
                self.para(fn, key=(key, "__notes__"), size=7.8, after=0.8, font="Helvetica")
        self.ln(4)


def money_row(label, vals, fmt=m1, **kw) -> Row:
    return Row(label, [fmt(v) for v in vals], **kw)
