"""Small typesetting layer over fpdf2 for financial filings.

Every table row and every keyed paragraph that is drawn is recorded in a
registry (page index, printed cells), so that questions and checks can be
built from exactly what was printed.
"""
import datetime
import re
from decimal import Decimal

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FIXED_DATE = datetime.datetime(2026, 2, 24, 21, 30, 0, tzinfo=datetime.timezone.utc)

DASHES = ("—", "–", "-")


class Row:
    """One line of a financial table.

    kind: head (section caption, no values), item, sub (subtotal), total,
    blank (spacer), text (full-width note), break (forced page break).
    """

    def __init__(self, label="", values=None, kind="item", indent=0, key=None,
                 dollar=False, fmt=None, mark=None, bold=None):
        self.label = label
        self.values = list(values) if values is not None else []
        self.kind = kind
        self.indent = indent
        self.key = key or label
        self.dollar = dollar
        self.fmt = fmt
        self.mark = mark
        self.bold = bold


class Table:
    def __init__(self, tid, title, scale, header, rows, label_w, col_w,
                 default_fmt="int", col_fmts=None, footnotes=(), keep_together=True,
                 cont_line=None, dollar_cols=None):
        self.tid = tid
        self.title = list(title)          # lines; last one gets "(continued)"
        self.scale = scale                # e.g. "(In millions, except per share amounts)"
        self.header = header              # list of header rows: [(text, span), ...]
        self.rows = rows
        self.label_w = label_w
        self.ncols = sum(span for _, span in header[-1]) if header else len(col_w)
        self.col_w = col_w if isinstance(col_w, (list, tuple)) else [col_w] * self.ncols
        self.default_fmt = default_fmt
        self.col_fmts = col_fmts
        self.footnotes = list(footnotes)  # [(key, text)]
        self.keep_together = keep_together
        self.cont_line = len(self.title) - 1 if cont_line is None else cont_line
        self.dollar_cols = dollar_cols    # column indices that may carry "$" (None: all)

    @property
    def width(self):
        return self.label_w + sum(self.col_w)


def fmt_value(v, fmt, dash):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    v = Decimal(v)
    if v == 0:
        return dash
    a = abs(v)
    if fmt == "int":
        s = f"{a:,.0f}"
    elif fmt == "dec1":
        s = f"{a:,.1f}"
    elif fmt == "eps":
        s = f"{a:,.2f}"
    elif fmt == "pct1":
        s = f"{a:,.1f}%"
    elif fmt == "pct0":
        s = f"{a:,.0f}%"
    elif fmt == "pct2":
        s = f"{a:,.2f}%"
    else:
        raise ValueError(fmt)
    if v < 0:
        if s.endswith("%"):
            return f"({s[:-1]})%"
        return f"({s})"
    return s


NUM_RE = re.compile(r"^\$?\s*(\()?\$?\s*([\d,]+(?:\.\d+)?)\)?\s*%?\)?$")


def parse_cell(s):
    """Printed cell -> Decimal (None for blank / non-numeric)."""
    t = s.strip()
    if t == "":
        return None
    if t in DASHES or t in ("$ —", "$—", "$ –", "$–"):
        return Decimal(0)
    neg = "(" in t
    m = re.search(r"[\d,]+(?:\.\d+)?", t)
    if not m:
        return None
    d = Decimal(m.group(0).replace(",", ""))
    return -d if neg else d


class Doc(FPDF):
    def __init__(self, style, fonts):
        super().__init__(orientation="P", unit="pt", format="letter")
        self.style = style
        for (family, fstyle), path in fonts.items():
            self.add_font(family, fstyle, path)
        self.set_creation_date(FIXED_DATE)
        self.set_margins(style.margin_l, style.margin_t, style.margin_r)
        self.set_auto_page_break(True, style.margin_b)
        self.tables = {}
        self.texts = {}
        self.no_footer_pages = set()
        self.marks = {}     # heading key -> page index (for a table of contents)
        self.toc = {}       # marks of a previous pass

    # ---------------------------------------------------------------- basics
    @property
    def pidx(self):
        return self.page - 1

    def footer(self):
        if self.pidx in self.no_footer_pages:
            return
        self.style.footer(self)

    def limit(self):
        return self.h - self.b_margin

    def room(self, h):
        if self.get_y() + h > self.limit():
            self.add_page()

    def font(self, family, style="", size=9.0, color=(0, 0, 0)):
        self.set_font(family, style, size)
        self.set_text_color(*color)

    def vspace(self, h):
        self.set_y(self.get_y() + h)

    def para(self, text, key=None, family=None, style="", size=None, leading=None,
             align="J", indent=0, after=None, color=None, width=None, markdown=False):
        st = self.style
        self.font(family or st.body_family, style, size or st.body_size,
                  color or st.text_color)
        leading = leading or st.leading
        start = self.pidx
        self.set_x(self.l_margin + indent)
        self.multi_cell(width or (self.epw - indent), leading, text, align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT, markdown=markdown)
        end = self.pidx
        if key is not None:
            if start != end:
                raise RuntimeError(f"keyed paragraph {key!r} straddles pages {start}-{end}")
            if key in self.texts:
                raise RuntimeError(f"duplicate text key {key!r}")
            plain = text.replace("**", "").replace("__", "") if markdown else text
            self.texts[key] = {"page": end, "text": plain}
        self.vspace(st.para_gap if after is None else after)

    def bullet(self, text, key=None, symbol=None, indent=14, size=None, after=None, markdown=False):
        st = self.style
        symbol = symbol or st.bullet
        self.font(st.body_family, "", size or st.body_size, st.text_color)
        y0 = self.get_y()
        self.room(st.leading * 2)
        y0 = self.get_y()
        self.set_text_color(*st.accent)
        self.text(self.l_margin + 3, y0 + st.leading * 0.78, symbol)
        self.set_y(y0)
        self.para(text, key=key, indent=indent, size=size, after=after, markdown=markdown)

    # ---------------------------------------------------------------- tables
    def _col_x(self, t, x0):
        xs, x = [], x0 + t.label_w
        for w in t.col_w:
            xs.append(x)
            x += w
        return xs

    def _wrap(self, text, width):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if cur and self.get_string_width(trial) > width:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        return lines

    def _row_lines(self, t, row):
        st = self.style
        self._row_font(row)
        avail = t.label_w - st.indent_step * row.indent - 6
        if row.kind == "text":
            avail = t.width - st.indent_step * row.indent
        return self._wrap(row.label, avail) if row.label else [""]

    def _row_font(self, row):
        st = self.style
        bold = row.bold if row.bold is not None else st.row_bold(row)
        italic = row.kind == "text"
        self.set_font(st.table_family, ("B" if bold else "") + ("I" if italic else ""),
                      st.table_size)
        self.set_text_color(*st.text_color)

    def _row_height(self, t, row):
        st = self.style
        if row.kind == "blank":
            return st.row_h * 0.55
        return st.row_h * len(self._row_lines(t, row)) + st.row_extra(row)

    def _estimate(self, t):
        st = self.style
        h = st.title_height(self, t) + st.header_height(self, t)
        for r in t.rows:
            if r.kind != "break":
                h += self._row_height(t, r)
        h += len(t.footnotes) * st.row_h * 1.6
        return h

    def table(self, t, x0=None):
        st = self.style
        x0 = self.l_margin if x0 is None else x0
        if t.keep_together:
            self.room(self._estimate(t))
        else:
            self.room(st.title_height(self, t) + st.header_height(self, t) + st.row_h * 4)
        reg = self.tables.setdefault(t.tid, {"rows": {}, "order": [], "pages": []})
        title_txt = st.draw_title(self, t, x0, continued=False)
        header_txt = st.draw_header(self, t, x0)
        ctx = {"title": title_txt, "header": header_txt}
        reg["pages"].append(self.pidx)
        for row in t.rows:
            if row.kind == "break":
                self._continue(t, x0, ctx, reg)
                continue
            h = self._row_height(t, row)
            if self.get_y() + h > self.limit():
                self._continue(t, x0, ctx, reg)
            self._draw_row(t, row, x0, ctx, reg)
        for key, text in t.footnotes:
            self.font(st.table_family, "", st.note_size, st.text_color)
            y0 = self.pidx
            self.set_x(x0)
            self.multi_cell(t.width, st.note_size * 1.3, text, align="J",
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if self.pidx != y0:
                raise RuntimeError(f"footnote {key} of {t.tid} straddles pages")
            self.texts[key] = {"page": self.pidx, "text": text}
            self.vspace(1.5)
        self.vspace(st.table_gap)

    def _continue(self, t, x0, ctx, reg):
        st = self.style
        self.add_page()
        ctx["title"] = st.draw_title(self, t, x0, continued=True)
        ctx["header"] = st.draw_header(self, t, x0)
        reg["pages"].append(self.pidx)

    def _draw_row(self, t, row, x0, ctx, reg):
        st = self.style
        if row.kind == "blank":
            self.vspace(st.row_h * 0.55)
            return
        lines = self._row_lines(t, row)
        self._row_font(row)
        y = self.get_y() + st.row_pre(row)
        lx = x0 + st.indent_step * row.indent
        for i, ln in enumerate(lines):
            self.text(lx + (8 if i else 0), y + st.row_h * (i + 0.72), ln)
        if row.mark:
            w = self.get_string_width(lines[-1])
            size = st.table_size
            self.set_font(st.table_family, "", size * 0.62)
            self.text(lx + (8 if len(lines) > 1 else 0) + w + 0.8,
                      y + st.row_h * (len(lines) - 1 + 0.42), row.mark)
            self._row_font(row)
        ybase = y + st.row_h * (len(lines) - 1)
        printed = []
        xs = self._col_x(t, x0)
        if row.kind != "text":
            for i, v in enumerate(row.values):
                fmt = row.fmt or (t.col_fmts[i] if t.col_fmts else t.default_fmt)
                s = fmt_value(v, fmt, st.dash)
                dollar = row.dollar and (t.dollar_cols is None or i in t.dollar_cols)
                printed.append(st.draw_value(self, xs[i], t.col_w[i], ybase, s,
                                             dollar, v))
        st.draw_rules(self, t, row, x0, xs, y, ybase)
        self.set_y(y + st.row_h * len(lines) + st.row_extra(row) - st.row_pre(row))
        if row.kind in ("head", "text") and not row.values:
            entry_cells = []
        else:
            entry_cells = printed
        if row.key in reg["rows"]:
            raise RuntimeError(f"duplicate row key {row.key!r} in table {t.tid}")
        reg["order"].append(row.key)
        reg["rows"][row.key] = {
            "page": self.pidx,
            "label": row.label,
            "cells": entry_cells,
            "values": [parse_cell(c) for c in entry_cells],
            "title": ctx["title"],
            "header": ctx["header"],
            "scale": t.scale,
            "kind": row.kind,
        }
