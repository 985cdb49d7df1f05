"""Shared PDF rendering helpers for the blind filing set.

A `FilingPDF` draws headings, paragraphs and financial tables in one of two
house styles and records, for every figure it prints that carries a key, the
0-based page index and the exact text printed.  The question set and the
checker use that registry to find evidence pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from fpdf import FPDF
from fpdf.enums import XPos, YPos

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"

MINUS = "\u2212"
EM_DASH = "\u2014"
EN_DASH = "\u2013"


@dataclass
class Style:
    """House style of one filing."""

    body_font: str
    table_font: str
    body_size: float
    table_size: float
    negative: str  # "paren" or "minus"
    dollar: str  # "separate" (own slot at left of column) or "attached"
    zero: str
    rules: bool  # ruled tables (lines above subtotals, double under totals)
    shading: bool  # shaded header band and banded rows
    heading_rgb: tuple = (0, 0, 0)
    band_rgb: tuple = (236, 240, 245)
    header_rgb: tuple = (31, 56, 100)
    header_text_rgb: tuple = (255, 255, 255)
    indent_step: float = 9.0
    line_h: float = 11.0
    fonts: dict = field(default_factory=dict)


def fmt_value(style: Style, v, kind: str = "k", dollar: bool = False) -> str:
    """Format a number the way the house style prints it."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if kind == "k" or kind == "int":
        if v == 0:
            return style.zero
        body = f"{abs(v):,.0f}"
    elif kind in ("ps", "usd2"):
        if v == 0:
            return style.zero
        body = f"{abs(v):,.2f}"
    elif kind == "pct1":
        body = f"{abs(v):.1f}"
    elif kind == "pct2":
        body = f"{abs(v):.2f}"
    elif kind == "x1":
        body = f"{abs(v):.1f}x"
    elif kind == "x2":
        body = f"{abs(v):.2f}x"
    else:
        raise ValueError(kind)
    neg = v < 0
    pct = kind in ("pct1", "pct2")
    sign_d = "$" if (dollar and style.dollar == "attached") else ""
    if neg:
        if style.negative == "paren":
            s = f"{sign_d}({body})" + ("%" if pct else "")
        else:
            s = f"{MINUS}{sign_d}{body}" + ("%" if pct else "")
    else:
        s = f"{sign_d}{body}" + ("%" if pct else "")
    return s


class FilingPDF(FPDF):
    def __init__(self, style: Style, running_head: str, company: str):
        super().__init__(orientation="P", unit="pt", format="letter")
        self.st = style
        self.running_head = running_head
        self.company = company
        self.reg: dict[str, dict] = {}
        self.marks: dict[str, str] = {}
        self.page_label_prefix = ""
        self.page_label_start = 0
        self.show_page_label = True
        self.set_creation_date(dt.datetime(2026, 2, 20, 9, 0, 0, tzinfo=dt.timezone.utc))
        self.set_margins(54, 60, 54)
        self.set_auto_page_break(True, margin=60)
        self.c_margin = 2
        for fam, files in style.fonts.items():
            for st, path in files.items():
                self.add_font(fam, st, path)
        self.add_font("DejaVuFB", "", DJV + "DejaVuSans.ttf")
        self.set_fallback_fonts(["DejaVuFB"], exact_match=False)
        self.set_author(company)
        self.set_creator("EDGAR filing agent")
        self.set_producer("Filing composition system")

    # ---- page furniture -------------------------------------------------
    def page_label(self) -> str:
        n = self.page_no() - self.page_label_start
        return f"{self.page_label_prefix}{n}"

    def header(self):  # overridden by the house styles through hooks
        if hasattr(self, "draw_header"):
            self.draw_header()

    def footer(self):
        if hasattr(self, "draw_footer"):
            self.draw_footer()

    def mark(self, name: str):
        """Remember the printed page label where a section starts (for the table of contents)."""
        self.marks[name] = self.page_label()

    # ---- registry -------------------------------------------------------
    def record(self, key: str, value, text: str, page: int | None = None):
        if key in self.reg:
            raise KeyError(f"duplicate figure key {key}")
        self.reg[key] = {
            "page": (self.page_no() - 1) if page is None else page,
            "text": text,
            "value": value,
        }

    # ---- text -----------------------------------------------------------
    def font(self, bold=False, italic=False, size=None, table=False):
        fam = self.st.table_font if table else self.st.body_font
        s = ("B" if bold else "") + ("I" if italic else "")
        self.set_font(fam, s, size or (self.st.table_size if table else self.st.body_size))

    def heading(self, text, level=1, align="L", space_before=6, mark=None):
        sizes = {0: 14, 1: 11.5, 2: 10, 3: 9.5}
        if self.get_y() > self.page_break_trigger - 60:
            self.add_page()
        if mark:
            self.mark(mark)
        self.ln(space_before)
        self.set_text_color(*self.st.heading_rgb)
        self.font(bold=True, size=sizes[level], italic=(level == 3))
        self.multi_cell(0, sizes[level] + 3, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def para(self, text, figs=None, size=None, italic=False, align="J", gap=4, indent=0):
        """Write a paragraph.  `figs` maps registry keys to (value, printed text)."""
        self.font(size=size, italic=italic)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            (size or self.st.body_size) + 3,
            text,
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        for key, (value, printed) in (figs or {}).items():
            assert printed in text, (key, printed)
            self.record(key, value, printed)
        self.ln(gap)

    def bullets(self, items, size=None):
        for it in items:
            self.font(size=size)
            self.set_x(self.l_margin + 10)
            self.cell(10, self.st.body_size + 3, "\u2022")
            self.multi_cell(
                self.epw - 20, self.st.body_size + 3, it, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.ln(1.5)
        self.ln(3)

    # ---- tables ---------------------------------------------------------
    def table(
        self,
        tid,
        cols,
        headers,
        rows,
        title=None,
        label_header="",
        col_w=None,
        label_w=None,
        size=None,
        cont_note="(continued)",
        title_lines=None,
        mark=None,
    ):
        """Draw a financial table.

        cols    -- list of column keys (numeric columns, left to right)
        headers -- list of header rows; each a list of (text, span) over the numeric columns
        rows    -- list of dicts: label, vals, key, kind (item/head/sub/total), indent,
                   dollar, fmt, dbl (double rule), break_before
        """
        st = self.st
        size = size or st.table_size
        lh = size + 2.6
        n = len(cols)
        if col_w is None:
            col_w = [58.0] * n
        elif isinstance(col_w, (int, float)):
            col_w = [float(col_w)] * n
        if label_w is None:
            label_w = self.epw - sum(col_w)
        lm = self.l_margin
        saved_auto = self.auto_page_break
        self.set_auto_page_break(False, margin=self.b_margin)

        def draw_title(cont=False):
            lines = title_lines or ([title] if title else [])
            if not lines:
                return
            cont_at = 1 if len(lines) > 1 else 0
            for i, t in enumerate(lines):
                self.font(bold=(i == 0 or not cont), size=size + (2 if i == 0 else 0.5), table=True)
                text = t + (f" {cont_note}" if cont and i == cont_at else "")
                self.set_text_color(*st.heading_rgb)
                self.cell(self.epw, lh + 2, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(4)

        def draw_header():
            y0 = self.get_y()
            blocks = []
            y = y0
            for hrow in headers:
                x = lm + label_w
                cells = [[text, span, x] for text, span in hrow]
                ci = 0
                maxl = 1
                for c in cells:
                    text, span, _ = c
                    w = sum(col_w[ci : ci + span])
                    c[2] = x
                    c.append(w)
                    self.font(bold=True, size=size, table=True)
                    lines = self.multi_cell(w - 4, lh, text, align="C", dry_run=True, output="LINES") if text else [""]
                    c.append(len(lines))
                    maxl = max(maxl, len(lines))
                    x += w
                    ci += span
                row_h = maxl * lh
                blocks.append((y, row_h, cells))
                y += row_h + 1.5
            total_h = y - y0
            if st.shading:
                self.set_fill_color(*st.header_rgb)
                self.rect(lm, y0 - 1, self.epw, total_h + 1, style="F")
                self.set_text_color(*st.header_text_rgb)
            for by, bh, cells in blocks:
                for text, span, x, w, nl in cells:
                    if not text:
                        continue
                    self.font(bold=True, size=size, table=True)
                    self.set_xy(x + 2, by + (bh - nl * lh))
                    self.multi_cell(w - 4, lh, text, align="C", new_x=XPos.RIGHT, new_y=YPos.TOP)
                    if st.rules:
                        self.set_line_width(0.5)
                        self.line(x + 4, by + bh + 0.5, x + w - 2, by + bh + 0.5)
            if label_header:
                self.font(bold=st.shading, italic=not st.shading, size=size - 0.5, table=True)
                self.set_xy(lm, y - lh - 1.5)
                self.cell(label_w, lh, label_header)
            self.set_text_color(0, 0, 0)
            self.set_xy(lm, y + 1)

        def new_page_cont():
            self.add_page()
            draw_title(cont=True)
            draw_header()

        if self.get_y() > self.page_break_trigger - 6 * lh:
            self.add_page()
        if mark:
            self.mark(mark)
        draw_title()
        draw_header()
        band = 0
        for r in rows:
            kind = r.get("kind", "item")
            label = r.get("label", "")
            indent = r.get("indent", 0) * st.indent_step
            bold = kind in ("head", "total") or r.get("bold", False)
            self.font(bold=bold, size=size, table=True)
            lab_w = label_w - indent - 6
            lines = self.multi_cell(lab_w, lh, label, dry_run=True, output="LINES") if label else [""]
            h = len(lines) * lh + 1.5
            if kind == "total":
                h += 2
            if r.get("break_before") or self.get_y() + h > self.page_break_trigger:
                new_page_cont()
            y = self.get_y()
            if r.get("space_before"):
                y += r["space_before"]
            if st.shading and kind != "head":
                if band % 2 == 1:
                    self.set_fill_color(*st.band_rgb)
                    self.rect(lm, y, self.epw, h, style="F")
                band += 1
            if st.shading and kind == "total":
                self.set_line_width(0.6)
                self.line(lm, y, lm + self.epw, y)
            self.font(bold=bold, italic=r.get("italic", False), size=size, table=True)
            self.set_xy(lm + indent, y + 0.8)
            if label:
                self.multi_cell(lab_w, lh, label, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
            ynum = y + 0.8 + (len(lines) - 1) * lh
            vals = r.get("vals") or []
            fmts = r.get("fmt", "k")
            x = lm + label_w
            for i, ck in enumerate(cols):
                w = col_w[i]
                v = vals[i] if i < len(vals) else None
                f = fmts[i] if isinstance(fmts, list) else fmts
                dollar = r.get("dollar", False) and f in ("k", "ps", "usd2")
                txt = fmt_value(st, v, f, dollar=dollar)
                self.font(bold=bold, size=size, table=True)
                if txt:
                    if dollar and st.dollar == "separate" and v is not None and not isinstance(v, str):
                        self.set_xy(x + 4, ynum)
                        self.cell(8, lh, "$", align="L")
                    self.set_xy(x, ynum)
                    # trailing parenthesis hangs into the gutter like a typeset filing
                    pad = 0 if (txt.endswith(")") or txt.endswith(")%")) else 4
                    self.cell(w - 2 - pad, lh, txt, align="R")
                    if st.rules and kind in ("sub", "total") and v is not None:
                        self.set_line_width(0.5)
                        self.line(x + 8, y + 0.2, x + w - 2, y + 0.2)
                    if st.rules and r.get("dbl") and v is not None:
                        yy = ynum + lh + 0.6
                        self.set_line_width(0.5)
                        self.line(x + 8, yy, x + w - 2, yy)
                        self.line(x + 8, yy + 1.6, x + w - 2, yy + 1.6)
                if r.get("key") and v is not None and txt:
                    self.record(f"{tid}|{r['key']}|{ck}", v, txt)
                x += w
            self.set_xy(lm, y + h)
        self.ln(6)
        self.set_auto_page_break(saved_auto, margin=self.b_margin)
