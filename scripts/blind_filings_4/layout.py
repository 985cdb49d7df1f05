"""A small filing typesetter on top of fpdf2.

It draws paragraphs, headings, bullet lists and financial tables the way
printed filings lay them out (dollar signs in their own slot, parentheses for
negatives hanging right of the digits, two-level column headers, subtotal
rules and double rules, tables that break across pages with a "(continued)"
header, running headers/footers, a table of contents with dot leaders).

Every keyed table cell and every keyed figure inside a paragraph is recorded
in ``Doc.cells`` as ``key -> (page_index, printed_text)`` where page_index is
the 0-based index of the PDF page the text was actually drawn on.  The
question generator derives evidence pages only from this record.
"""

from __future__ import annotations

import datetime
import string
from collections.abc import Callable
from dataclasses import dataclass, field

from common import f_int
from fpdf import FPDF

CREATION_DATE = datetime.datetime(2026, 2, 24, 14, 0, 0, tzinfo=datetime.timezone.utc)


@dataclass
class Style:
    body_font: str = "Times"
    body_size: float = 10.0
    leading: float = 12.4
    head_font: str = "Times"
    table_font: str = "Times"
    table_size: float = 8.4
    row_h: float = 10.6
    margin_l: float = 62.0
    margin_r: float = 62.0
    margin_t: float = 58.0
    margin_b: float = 52.0
    para_gap: float = 5.0
    justify: bool = True
    accent: tuple = (0, 0, 0)
    head_fill: tuple | None = None  # shaded band behind table column headers
    total_fill: tuple | None = None
    title_align: str = "C"
    running_left: str = ""
    running_right: str = ""
    running_from: int = 2  # first 0-based page index that carries running header/footer
    footer: str = "number"  # "number" | "page_of"
    footer_text: str = ""
    number_offset: int = 1  # printed number = index - running_from + number_offset


@dataclass
class Col:
    cid: str
    w: float
    fmt: Callable = f_int
    dollar: bool = True


@dataclass
class Row:
    key: str | None
    label: str
    vals: list | None = None
    kind: str = "row"  # row | section | sub | total | grand | blank
    indent: int = 0
    dollar: bool = False
    bold: bool = False
    fmt: Callable | None = None
    fn: str = ""  # footnote marker printed after the label


@dataclass
class TableSpec:
    key: str
    cols: list
    heads: list  # list of header rows; each a list of (text, first_col, last_col)
    rows: list
    title: str = ""
    subtitle: str = ""  # e.g. "(Dollars in thousands)"
    label_head: str = ""
    notes: list = field(default_factory=list)
    break_before: str | None = None  # force a page break before this row key
    size: float | None = None
    gap: float = 5.0


class Doc(FPDF):
    def __init__(self, style: Style, title: str, author: str, subject: str):
        super().__init__(orientation="P", unit="pt", format="letter")
        self.st = style
        self.set_margins(style.margin_l, style.margin_t, style.margin_r)
        self.set_auto_page_break(True, margin=style.margin_b)
        self.set_creation_date(CREATION_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_subject(subject)
        self.set_creator(author)
        self.cells: dict[str, tuple[int, str]] = {}
        self.anchors: dict[str, int] = {}
        self.headings: list[tuple[int, str, int, str]] = []  # (level, text, page, toc_label)
        self.continued_tables: list[tuple[str, int]] = []
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------ pages
    @property
    def idx(self) -> int:
        return self.page_no() - 1

    @property
    def tw(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def printed_number(self, index: int) -> int:
        return index - self.st.running_from + self.st.number_offset

    def header(self):
        if self.idx < self.st.running_from:
            return
        st = self.st
        self.set_font(st.head_font, "", 7.5)
        self.set_text_color(*st.accent)
        y = 30
        self.set_xy(self.l_margin, y)
        self.cell(self.tw / 2, 9, st.running_left, align="L")
        self.set_xy(self.l_margin + self.tw / 2, y)
        self.cell(self.tw / 2, 9, st.running_right, align="R")
        self.set_draw_color(*st.accent)
        self.set_line_width(0.6)
        self.line(self.l_margin, y + 11, self.w - self.r_margin, y + 11)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(st.margin_t)

    def footer(self):
        if self.idx < self.st.running_from:
            return
        st = self.st
        self.set_y(-36)
        self.set_font(st.body_font, "", 8)
        n = self.printed_number(self.idx)
        if st.footer == "page_of":
            self.set_text_color(*st.accent)
            self.cell(self.tw / 2, 10, st.footer_text, align="L")
            self.cell(self.tw / 2, 10, f"Page {n}", align="R")
            self.set_text_color(0, 0, 0)
        else:
            self.cell(self.tw, 10, str(n), align="C")

    def ensure(self, h: float) -> None:
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def space(self, h: float) -> None:
        if self.get_y() + h <= self.page_break_trigger:
            self.set_y(self.get_y() + h)

    # ------------------------------------------------------------ text
    def heading(self, text: str, level: int = 1, toc: str | None = None, key: str | None = None, align="L"):
        st = self.st
        size = {0: 13, 1: 11.5, 2: 10.3, 3: 9.8}[level]
        style = {0: "B", 1: "B", 2: "B", 3: "BI"}[level]
        before = {0: 10, 1: 9, 2: 7, 3: 4}[level]
        self.ensure(before + size * 1.3 + 4 * st.leading)
        if self.get_y() > st.margin_t + 1:
            self.space(before)
        self.set_font(st.head_font, style, size)
        self.set_text_color(*st.accent)
        self.multi_cell(self.tw, size * 1.25, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.space(3)
        self.headings.append((level, text, self.idx, toc or ""))
        if key:
            self.anchors[key] = self.idx

    def para(
        self,
        text: str,
        key: str | None = None,
        figs: dict | None = None,
        indent: float = 0,
        size: float | None = None,
        style: str = "",
        align: str | None = None,
        gap: float | None = None,
        font: str | None = None,
        width: float | None = None,
        leading: float | None = None,
    ) -> None:
        """Draw a paragraph; record the page of every ``{name}`` figure in it."""
        st = self.st
        figs = figs or {}
        names = [f for _, f, _, _ in string.Formatter().parse(text) if f]
        body = text.format(**figs) if names else text
        self.set_font(font or st.body_font, style, size or st.body_size)
        h = leading or (st.leading if size is None else size * 1.24)
        w = width or (self.tw - indent)
        al = align or ("J" if st.justify else "L")
        lines = self.multi_cell(w, h, body, align=al, dry_run=True, output="LINES")
        y0, p0 = self.get_y(), self.idx
        n_fit = 0
        while n_fit < len(lines) and y0 + (n_fit + 1) * h <= self.page_break_trigger:
            n_fit += 1
        if n_fit == 0:  # nothing fits: fpdf2 would break before the first line
            self.add_page()
            y0, p0, n_fit = self.get_y(), self.idx, len(lines)
        line_pages = [p0 if i < n_fit else p0 + 1 for i in range(len(lines))]
        self.set_x(self.l_margin + indent)
        self.multi_cell(w, h, body, align=al, new_x="LMARGIN", new_y="NEXT")
        expect = p0 if n_fit >= len(lines) else p0 + 1
        assert self.idx == expect, ("paragraph page prediction failed", body[:60], self.idx, expect)
        if key:
            self.anchors[key] = p0
            pos = 0
            for name in names:
                val = str(figs[name])
                while pos < len(lines) and val not in lines[pos]:
                    pos += 1
                assert pos < len(lines), ("figure not found on one line", key, name, val)
                self.cells[f"{key}/{name}"] = (line_pages[pos], val)
        self.space(st.para_gap if gap is None else gap)

    def bullets(self, items: list, key: str | None = None, indent: float = 16, gap: float = 3.5, **kw) -> None:
        """items: list of (text, figs) or text."""
        st = self.st
        for i, it in enumerate(items):
            text, figs = (it, None) if isinstance(it, str) else it
            self.ensure(2 * st.leading)
            y = self.get_y()
            self.set_fill_color(*st.accent)
            self.ellipse(self.l_margin + indent - 9, y + st.leading / 2 - 1.6, 3.2, 3.2, style="F")
            self.set_fill_color(255, 255, 255)
            self.para(text, key=f"{key}.{i}" if key else None, figs=figs, indent=indent, gap=gap, **kw)

    def rule(self, width: float = 0.5, gap: float = 4) -> None:
        y = self.get_y() + gap / 2
        self.set_line_width(width)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + gap / 2)

    def toc(self, entries: list, title: str = "TABLE OF CONTENTS") -> None:
        """entries: (indent_level, label, page_text_or_None)."""
        st = self.st
        self.set_font(st.head_font, "B", 11)
        self.cell(self.tw, 16, title, align="C", new_x="LMARGIN", new_y="NEXT")
        self.space(6)
        self.set_font(st.body_font, "B", 8.5)
        self.cell(self.tw, 11, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
        for level, label, page in entries:
            if level == 0:
                self.space(5)
                self.set_font(st.body_font, "B", 9.5)
                self.cell(self.tw, 13, label, align="C", new_x="LMARGIN", new_y="NEXT")
                continue
            self.set_font(st.body_font, "", 9.5)
            x0 = self.l_margin + (level - 1) * 14
            self.set_x(x0)
            lw = self.get_string_width(label) + 3
            self.cell(lw, 13, label)
            num = "" if page is None else str(page)
            nw = 24
            dots_w = self.w - self.r_margin - nw - (x0 + lw)
            dot = " ."
            n = int(dots_w / self.get_string_width(dot))
            self.cell(dots_w, 13, dot * n, align="R")
            self.cell(nw, 13, num, align="R", new_x="LMARGIN", new_y="NEXT")

    # ------------------------------------------------------------ tables
    def table(self, t: TableSpec) -> None:
        st = self.st
        size = t.size or st.table_size
        rh = st.row_h * size / st.table_size
        ncols = len(t.cols)
        colgap = 4.0
        num_w = sum(c.w for c in t.cols) + colgap * ncols
        label_w = self.tw - num_w
        xs = []
        x = self.l_margin + label_w
        for c in t.cols:
            x += colgap
            xs.append(x)
            x += c.w
        self.set_font(st.table_font, "", size)
        paren_w = self.get_string_width(")")
        dollar_w = self.get_string_width("$") + 2

        def head_height() -> float:
            hh = 0.0
            for hrow in t.heads:
                nl = max(len(txt.split("\n")) for txt, _, _ in hrow)
                hh += nl * (rh - 1) + 3
            return hh

        def draw_title(cont: bool) -> None:
            if cont and not t.title and self.headings:
                self.set_font(st.head_font, "B", size + 1.2)
                self.set_text_color(*st.accent)
                self.cell(
                    self.tw,
                    (size + 1.2) * 1.3,
                    self.headings[-1][1] + " (continued)",
                    align=st.title_align,
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
                self.set_text_color(0, 0, 0)
            if t.title:
                self.set_font(st.head_font, "B", size + 1.2)
                self.set_text_color(*st.accent)
                title = t.title + (" (continued)" if cont else "")
                self.multi_cell(
                    self.tw, (size + 1.2) * 1.25, title, align=st.title_align, new_x="LMARGIN", new_y="NEXT"
                )
                self.set_text_color(0, 0, 0)
            if t.subtitle:
                self.set_font(st.table_font, "I", size)
                self.cell(self.tw, rh, t.subtitle, align=st.title_align, new_x="LMARGIN", new_y="NEXT")
            self.space(2)

        def draw_heads() -> None:
            y = self.get_y()
            top = y
            if st.head_fill:
                self.set_fill_color(*st.head_fill)
                self.rect(self.l_margin, y - 1, self.tw, head_height() + 1, style="F")
                self.set_fill_color(255, 255, 255)
            self.set_font(st.table_font, "B", size)
            for hi, hrow in enumerate(t.heads):
                nl = max(len(txt.split("\n")) for txt, _, _ in hrow)
                hgt = nl * (rh - 1)
                for txt, c0, c1 in hrow:
                    x0, x1 = xs[c0], xs[c1] + t.cols[c1].w
                    parts = txt.split("\n")
                    for li, part in enumerate(parts):
                        yy = y + (nl - len(parts) + li) * (rh - 1)
                        self.set_xy(x0, yy)
                        self.cell(x1 - x0, rh - 1, part, align="C")
                    self.set_line_width(0.5)
                    if txt:
                        self.line(x0 + 1, y + hgt + 1, x1 - 1, y + hgt + 1)
                y += hgt + 3
                if hi == len(t.heads) - 1 and t.label_head:
                    self.set_font(st.table_font, "BI", size)
                    self.set_xy(self.l_margin, y - rh - 2)
                    self.cell(label_w, rh - 1, t.label_head, align="L")
            self.set_xy(self.l_margin, max(y, top) + 1)

        def row_lines(r: Row) -> list:
            self.set_font(st.table_font, "B" if (r.bold or r.kind in ("grand",)) else "", size)
            ind = 9 * r.indent
            lab = r.label + (f" {r.fn}" if r.fn else "")
            lw = label_w - ind - 4
            if r.kind == "section":
                return [lab]
            return self.multi_cell(lw, rh, lab, dry_run=True, output="LINES") or [""]

        def draw_row(r: Row) -> None:
            ind = 9 * r.indent
            lines = row_lines(r)
            if r.kind == "blank":
                self.set_y(self.get_y() + rh / 2)
                return
            y = self.get_y()
            if r.kind == "section":
                self.set_font(st.table_font, "BI" if r.bold else "I", size)
            else:
                self.set_font(st.table_font, "B" if (r.bold or r.kind == "grand") else "", size)
            if st.total_fill and r.kind in ("total", "grand"):
                self.set_fill_color(*st.total_fill)
                self.rect(self.l_margin, y, self.tw, len(lines) * rh, style="F")
                self.set_fill_color(255, 255, 255)
            for li, ln in enumerate(lines):
                self.set_xy(self.l_margin + ind + (6 if li else 0), y + li * rh)
                self.cell(label_w - ind, rh, ln, align="L")
            vy = y + (len(lines) - 1) * rh
            if r.vals is not None:
                if r.kind in ("sub", "total", "grand"):
                    self.set_line_width(0.5)
                    for ci, c in enumerate(t.cols):
                        if ci < len(r.vals) and r.vals[ci] is not None:
                            self.line(xs[ci], vy + 0.6, xs[ci] + c.w, vy + 0.6)
                for ci, c in enumerate(t.cols):
                    if ci >= len(r.vals) or r.vals[ci] is None:
                        continue
                    fmt = r.fmt or c.fmt
                    txt = fmt(r.vals[ci])
                    if r.dollar and c.dollar and txt and not isinstance(r.vals[ci], str):
                        self.set_xy(xs[ci], vy)
                        self.cell(dollar_w, rh, "$", align="L")
                    neg = txt.endswith(")") or txt.endswith(")%")
                    right = xs[ci] + c.w - (0 if neg else paren_w)
                    tw_ = self.get_string_width(txt)
                    self.set_xy(right - tw_, vy)
                    self.cell(tw_, rh, txt, align="L")
                    if r.key:
                        self.cells[f"{t.key}/{r.key}/{c.cid}"] = (self.idx, txt)
                if r.kind in ("total", "grand"):
                    for ci, c in enumerate(t.cols):
                        if ci < len(r.vals) and r.vals[ci] is not None:
                            yb = vy + rh + 0.3
                            self.line(xs[ci], yb, xs[ci] + c.w, yb)
                            if r.kind == "grand":
                                self.line(xs[ci], yb + 1.6, xs[ci] + c.w, yb + 1.6)
            if r.key:
                self.anchors[f"{t.key}/{r.key}"] = self.idx
                self.cells[f"{t.key}/{r.key}/label"] = (self.idx, lines[-1].strip() if lines else r.label)
            self.set_xy(self.l_margin, y + len(lines) * rh + (2.2 if r.kind in ("total", "grand") else 0))

        # keep small tables whole; otherwise keep title + header + first rows together
        body_h = sum(len(row_lines(r)) * rh + (3 if r.kind in ("total", "grand") else 0) for r in t.rows)
        top = (20 if t.title else 0) + (rh if t.subtitle else 0) + head_height() + t.gap
        page_body = self.page_break_trigger - self.st.margin_t
        need = top + body_h if top + body_h <= 0.45 * page_body else top + 4 * rh
        self.ensure(need)
        self.space(t.gap)
        draw_title(False)
        draw_heads()
        start_page = self.idx
        for i, r in enumerate(t.rows):
            h = len(row_lines(r)) * rh + (3 if r.kind in ("total", "grand") else 0)
            if r.kind == "section" and i + 1 < len(t.rows):
                h += rh
            forced = t.break_before is not None and r.key == t.break_before and self.idx == start_page
            if forced or self.get_y() + h > self.page_break_trigger:
                self.add_page()
                self.continued_tables.append((t.key, self.idx))
                draw_title(True)
                draw_heads()
            draw_row(r)
        if t.notes:
            self.space(3)
            for n in t.notes:
                self.para(n, size=size - 0.6, gap=1.5, align="L")
        self.space(8)
