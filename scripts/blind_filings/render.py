"""Layout engine for the blind filings: a light markup and financial tables rendered with fpdf2.

Everything is drawn with the core PDF fonts (Times, Helvetica) in US Letter, in points. The engine records, for
every marked paragraph and every table row, the 0-based page index it was printed on, so that the question
generator can cite evidence pages that are exact by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from fpdf import FPDF

FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)
PAGE_W, PAGE_H = 612.0, 792.0
LM = RM = 72.0
TOP = 70.0
BOTTOM = 64.0
BODY_W = PAGE_W - LM - RM
LH = 13.9  # body line height
BODY_PT = 10.5


def fmt_num(v, dec: int = 0, pct: bool = False, dash_zero: bool = True) -> str:
    """Format a number the way a 10-K prints it: thousands separators, negatives in parentheses."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if dash_zero and round(abs(v), dec) == 0:
        return "-"
    s = f"{abs(v):,.{dec}f}"
    if v < 0 and round(abs(v), dec) != 0:
        s = f"({s})"
    if pct:
        s += "%"
    return s


@dataclass
class Row:
    label: str
    vals: list | None = None
    kind: str = "item"  # item | section | subtotal | total | blank | head
    indent: int = 0
    dollar: bool = False
    dec: int = 0
    pct: bool = False
    rid: str | None = None
    bold: bool = False


def R(label, vals=None, **kw) -> Row:  # noqa: N802 - short constructor used throughout the content modules
    return Row(label, list(vals) if vals is not None else None, **kw)


def SEC(label, indent=0) -> Row:  # noqa: N802
    return Row(label, None, kind="section", indent=indent)


def SUB(label, vals, **kw) -> Row:  # noqa: N802
    return Row(label, list(vals), kind="subtotal", **kw)


def TOT(label, vals, dollar=True, **kw) -> Row:  # noqa: N802
    return Row(label, list(vals), kind="total", dollar=dollar, **kw)


BLANK = Row("", None, kind="blank")


@dataclass
class Table:
    key: str
    rows: list[Row]
    headers: list[list[tuple[str, int, int]]]
    col_w: list[float]
    title: list[str] = field(default_factory=list)
    unit: str | None = None
    caption: str | None = None
    ruled: bool = True
    label_head: str = ""
    size: float = 9.4
    row_h: float = 12.8
    gap_after: float = 12.0


def years_header(years, span_text=None):
    n = len(years)
    out = []
    if span_text:
        out.append([(span_text, 0, n - 1)])
    out.append([(str(y), i, i) for i, y in enumerate(years)])
    return out


class Filing(FPDF):
    """An FPDF document with 10-K page furniture and evidence bookkeeping."""

    def __init__(self, header_left: str, header_right: str, body_pt: float = BODY_PT, lh: float = LH,
                 row_scale: float = 1.0):
        super().__init__(orientation="P", unit="pt", format="letter")
        self.body_pt = body_pt
        self.lh = lh
        self.row_scale = row_scale  # row height multiplier for tables other than the primary statements
        self.header_left = header_left
        self.header_right = header_right
        self.set_margins(LM, TOP, RM)
        self.set_auto_page_break(True, BOTTOM)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("fpdf2")
        self.set_creator("blind_filings")
        self.marks: dict[str, list[int]] = {}
        self.anchors: dict[str, int] = {}
        self.rendered: dict[str, Table] = {}
        self.c_margin = 0

    # ------------------------------------------------------------------ furniture
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(LM, 40)
        self.cell(BODY_W / 2, 9, self.header_left, align="L")
        self.set_xy(LM + BODY_W / 2, 40)
        self.cell(BODY_W / 2, 9, self.header_right, align="R")
        self.set_draw_color(140, 140, 140)
        self.set_line_width(0.4)
        self.line(LM, 51, PAGE_W - RM, 51)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_xy(LM, TOP)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(PAGE_H - 44)
        self.set_font("Times", "", 9)
        self.cell(0, 10, str(self.page_no()), align="C")

    # ------------------------------------------------------------------ bookkeeping
    @property
    def idx(self) -> int:
        return self.page_no() - 1

    def mark(self, key: str, page: int | None = None):
        pages = self.marks.setdefault(key, [])
        p = self.idx if page is None else page
        if p not in pages:
            pages.append(p)

    def room(self) -> float:
        return self.page_break_trigger - self.get_y()

    def need(self, h: float):
        if self.room() < h:
            self.add_page()

    # ------------------------------------------------------------------ text
    def para(self, text: str, key: str | None = None, size: float | None = None, style: str = "", indent: float = 0,
             align: str = "J", gap: float = 6.0, lh: float | None = None):
        size = size or self.body_pt
        lh = lh or self.lh
        self.set_font("Times", style, size)
        self.need(lh * 2)
        start = self.idx
        self.set_x(LM + indent)
        self.multi_cell(BODY_W - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        if key:
            for p in range(start, self.idx + 1):
                self.mark(key, p)
        self.ln(gap)

    def heading(self, text: str, level: int = 1, key: str | None = None):
        if level == 0:
            self.need(80)
            self.ln(4)
            self.set_font("Times", "B", 11.5)
            self.cell(0, 14, text, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
        elif level == 1:
            self.need(70)
            self.ln(4)
            self.set_font("Times", "B", 10.5)
            self.multi_cell(0, 13, text, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
        elif level == 2:
            self.need(56)
            self.ln(2)
            self.set_font("Times", "B", self.body_pt)
            self.multi_cell(0, self.lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        elif level == 3:
            self.need(60)
            self.set_font("Times", "BI", self.body_pt)
            self.multi_cell(0, self.lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        else:
            self.need(50)
            self.set_font("Times", "I", self.body_pt)
            self.multi_cell(0, self.lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        if key:
            self.mark(key)
        self.anchors.setdefault(text, self.idx)

    def bullet(self, text: str, key: str | None = None):
        self.set_font("Times", "", self.body_pt)
        self.need(self.lh * 2)
        start = self.idx
        y = self.get_y()
        self.ellipse(LM + 10, y + self.lh / 2 - 2.2, 3.4, 3.4, style="F")
        self.set_xy(LM + 22, y)
        self.multi_cell(BODY_W - 22, self.lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
        if key:
            for p in range(start, self.idx + 1):
                self.mark(key, p)
        self.ln(3)

    def markup(self, text: str, inserts: dict | None = None):
        """Render a block of light markup. Blocks are separated by blank lines.

        ``#P text`` part heading, ``#1 text`` item heading, ``## text`` heading, ``### text`` risk-factor heading,
        ``#### text`` italic heading, ``- text`` bullet (one per line), ``[[name]]`` an insert from ``inserts``,
        ``!page`` a page break, ``@key text`` a marked paragraph; anything else is a justified paragraph.
        """
        inserts = inserts or {}
        blocks = [b.strip("\n") for b in text.strip("\n").split("\n\n")]
        for block in blocks:
            lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
            if not lines:
                continue
            first = lines[0]
            if first == "!page":
                self.add_page()
                continue
            if first.startswith("[[") and first.endswith("]]") and len(lines) == 1:
                inserts[first[2:-2]]()
                continue
            if first.startswith("#P "):
                self.heading(" ".join(lines)[3:], 0)
                continue
            if first.startswith("#1 "):
                self.heading(" ".join(lines)[3:], 1)
                continue
            if first.startswith("#### "):
                self.heading(" ".join(lines)[5:], 4)
                continue
            if first.startswith("### "):
                self.heading(" ".join(lines)[4:], 3)
                continue
            if first.startswith("## "):
                self.heading(" ".join(lines)[3:], 2)
                continue
            if first.startswith("- ") or first.startswith("@") and lines[0].split(" ", 1)[1].startswith("- "):
                items: list[list[str]] = []
                key = None
                for ln in lines:
                    if ln.startswith("@"):
                        key, ln = ln[1:].split(" ", 1)
                    if ln.startswith("- "):
                        items.append([ln[2:]])
                    else:
                        items[-1].append(ln)
                for it in items:
                    self.bullet(" ".join(it), key=key)
                continue
            key = None
            body = " ".join(lines)
            assert "[[" not in body and "]]" not in body, f"insert marker inside a paragraph: {body[:80]}"
            if body.startswith("@"):
                key, body = body[1:].split(" ", 1)
            self.para(body, key=key)

    # ------------------------------------------------------------------ tables
    def _col_x(self, t: Table) -> tuple[float, list[float]]:
        label_w = BODY_W - sum(t.col_w)
        xs, x = [], LM + label_w
        for w in t.col_w:
            xs.append(x)
            x += w
        return label_w, xs

    def _table_top(self, t: Table, continued: bool):
        if t.title:
            self.set_font("Times", "B", 10)
            for i, line in enumerate(t.title):
                txt = line + (" (continued)" if continued and i == len(t.title) - 1 else "")
                self.cell(0, 12.5, txt, align="C", new_x="LMARGIN", new_y="NEXT")
            if t.unit:
                self.set_font("Times", "I", 9)
                self.cell(0, 11, t.unit, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
        elif t.caption:
            self.set_font("Times", "B", 9.5)
            cap = t.caption + (" (continued)" if continued else "")
            self.multi_cell(0, 11.5, cap, align="L", new_x="LMARGIN", new_y="NEXT")
            if t.unit:
                self.set_font("Times", "I", 9)
                self.cell(0, 11, t.unit, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        elif continued:
            self.set_font("Times", "I", 9)
            self.cell(0, 11, "(continued)", align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        label_w, xs = self._col_x(t)
        self.set_font("Times", "B", t.size)
        nlines = len(t.headers)
        for li, hline in enumerate(t.headers):
            y = self.get_y()
            if li == nlines - 1 and t.label_head:
                self.set_xy(LM, y)
                self.set_font("Times", "BI" if t.label_head.startswith("(") else "B", t.size)
                self.cell(label_w, t.row_h, t.label_head, align="L")
                self.set_font("Times", "B", t.size)
            for text, c0, c1 in hline:
                if c0 < 0:
                    self.set_xy(LM, y)
                    self.cell(label_w, t.row_h, text, align="L")
                    continue
                x0 = xs[c0] + 6
                x1 = xs[c1] + t.col_w[c1] - 1
                self.set_xy(x0, y)
                self.cell(x1 - x0, t.row_h, text, align="C")
                if t.ruled and text and (li == nlines - 1 or c1 > c0):
                    self.set_line_width(0.5)
                    self.line(x0, y + t.row_h, x1, y + t.row_h)
            self.set_xy(LM, y + t.row_h + 1.5)
        self.ln(2)

    def _label_lines(self, row: Row, width: float, size: float) -> list[str]:
        """Wrap a row label; continuation lines are printed with a hanging indent."""
        self.set_font("Times", "B" if row.bold or row.kind == "head" else "", size)
        lines, cur = [], ""
        for w in row.label.split(" "):
            cand = (cur + " " + w).strip()
            limit = width if not lines else width - 8
            if cur and self.get_string_width(cand) > limit:
                lines.append(cur)
                cur = w
            else:
                cur = cand
        lines.append(cur)
        return lines

    def table(self, t: Table):
        if self.row_scale != 1.0 and not t.title:
            t = replace(t, row_h=t.row_h * self.row_scale, gap_after=t.gap_after * self.row_scale)
        label_w, xs = self._col_x(t)
        head_h = len(t.headers) * (t.row_h + 1.5) + 2 + (len(t.title) * 12.5 + 17 if t.title else 0)
        head_h += 18 if t.caption else 0
        first_rows = sum(2 if r.kind == "blank" else t.row_h for r in t.rows[:4])
        self.need(head_h + first_rows + 6)
        self._table_top(t, continued=False)
        paren_w = None
        for row in t.rows:
            if row.kind == "blank":
                self.ln(4)
                continue
            indent = 10 * row.indent
            lines = self._label_lines(row, label_w - indent - 8, t.size)
            h = t.row_h * len(lines) + (3 if row.kind == "total" else 0) + (1.5 if row.kind == "subtotal" else 0)
            need = h + (t.row_h if row.kind == "section" else 0)  # keep a section label with its first row
            if self.get_y() + need > self.page_break_trigger:
                self.add_page()
                self._table_top(t, continued=True)
            self.set_font("Times", "", t.size)
            if paren_w is None:
                paren_w = self.get_string_width(")")
            if row.kind in ("subtotal", "total") and t.ruled:
                self.ln(1.5)
                y = self.get_y()
                self.set_line_width(0.5)
                for c, x in enumerate(xs):
                    if row.vals and c < len(row.vals) and row.vals[c] is not None and row.vals[c] != "":
                        self.line(x + 6, y, x + t.col_w[c] - 1, y)
            y = self.get_y()
            self.set_font("Times", "B" if row.bold or row.kind == "head" else "", t.size)
            for i, ln in enumerate(lines):
                hang = 8 if i else 0
                self.set_xy(LM + indent + hang, y + i * t.row_h)
                self.cell(label_w - indent - hang, t.row_h, ln, align="L")
            vy = y + (len(lines) - 1) * t.row_h
            self.set_font("Times", "B" if row.bold else "", t.size)
            for c, v in enumerate(row.vals or []):
                if v is None or v == "":
                    continue
                x, w = xs[c], t.col_w[c]
                if isinstance(v, str):
                    numeric = v[:1].isdigit() or v[:1] in "$(-"
                    pad = paren_w if numeric and not (v.endswith(")") or v.endswith(")%")) and v != "-" else 0
                    if v == "-":
                        pad = paren_w
                    sw = self.get_string_width(v)
                    self.set_xy(x + w - 1 - pad - sw, vy)
                    self.cell(sw, t.row_h, v, align="L")
                    continue
                s = fmt_num(v, row.dec, row.pct)
                if row.dollar:
                    self.set_xy(x + 6, vy)
                    self.cell(8, t.row_h, "$", align="L")
                right = x + w - 1 - (0 if s.endswith(")") or s.endswith(")%") else paren_w)
                sw = self.get_string_width(s)
                self.set_xy(right - sw, vy)
                self.cell(sw, t.row_h, s, align="L")
            self.set_xy(LM, y + len(lines) * t.row_h)
            if row.kind == "total" and t.ruled:
                yb = self.get_y() + 1
                self.set_line_width(0.5)
                for c, x in enumerate(xs):
                    if row.vals and c < len(row.vals) and row.vals[c] is not None and row.vals[c] != "":
                        self.line(x + 6, yb, x + t.col_w[c] - 1, yb)
                        self.line(x + 6, yb + 2, x + t.col_w[c] - 1, yb + 2)
                self.ln(4)
            self.mark(f"{t.key}:{row.rid or row.label}")
            self.mark(t.key)
        self.rendered[t.key] = t
        self.ln(t.gap_after)

    def text_table(self, key: str, headers: list[str], rows: list[list[str]], widths: list[float],
                   aligns: str, size: float = 9.0, row_h: float = 11.2, ruled: bool = True, bold_first: bool = False):
        """A table of text cells (properties, officers, exhibits) with wrapped cells and a repeated header."""
        assert abs(sum(widths) - BODY_W) < 0.5, (key, sum(widths))

        def cell_lines(text, w, style=""):
            self.set_font("Times", style, size)
            out = []
            for part in text.split("\n"):
                out.extend(self.multi_cell(w - 4, row_h, part, dry_run=True, output="LINES") or [""])
            return out

        def draw_header():
            hl = [cell_lines(h, w, "B") for h, w in zip(headers, widths, strict=True)]
            n = max(len(x) for x in hl)
            y = self.get_y()
            x = LM
            self.set_font("Times", "B", size)
            for lines, w, a in zip(hl, widths, aligns, strict=True):
                off = n - len(lines)
                for i, ln in enumerate(lines):
                    self.set_xy(x + 2, y + (off + i) * row_h)
                    self.cell(w - 4, row_h, ln, align={"L": "L", "R": "R", "C": "C"}[a])
                x += w
            self.set_xy(LM, y + n * row_h + 1)
            if ruled:
                self.set_line_width(0.6)
                self.line(LM, self.get_y(), LM + BODY_W, self.get_y())
            self.ln(3)

        self.need(row_h * 6)
        draw_header()
        for ri, r in enumerate(rows):
            cl = [cell_lines(c, w, "B" if (bold_first and i == 0) else "")
                  for i, (c, w) in enumerate(zip(r, widths, strict=True))]
            n = max(len(x) for x in cl)
            if self.get_y() + n * row_h > self.page_break_trigger:
                self.add_page()
                self.set_font("Times", "I", 9)
                self.cell(0, 11, "(continued)", align="L", new_x="LMARGIN", new_y="NEXT")
                draw_header()
            y = self.get_y()
            x = LM
            for i, (lines, w, a) in enumerate(zip(cl, widths, aligns, strict=True)):
                self.set_font("Times", "B" if (bold_first and i == 0) else "", size)
                for j, ln in enumerate(lines):
                    self.set_xy(x + 2, y + j * row_h)
                    self.cell(w - 4, row_h, ln, align={"L": "L", "R": "R", "C": "C"}[a])
                x += w
            self.set_xy(LM, y + n * row_h + 2)
            if ruled and ri < len(rows) - 1:
                self.set_line_width(0.2)
                self.set_draw_color(170, 170, 170)
                self.line(LM, self.get_y() - 1, LM + BODY_W, self.get_y() - 1)
                self.set_draw_color(0, 0, 0)
            self.mark(f"{key}:{r[0]}")
            self.mark(key)
        self.ln(8)
