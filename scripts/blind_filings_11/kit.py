"""Shared helpers: exact rounding, filing-style number formatting and a small PDF layout kit (fpdf2).

Every figure printed by the builders goes through ``num``/``pct``/``rnd`` so the printed text and the
answers in ``questions.py`` come from the same model values and the same rounding rule (half away from zero).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

FONT_DIR = "/usr/share/fonts/truetype"

# The PDFs are typeset in Debian's fonts; say so rather than fail deep inside fpdf.
if not Path(FONT_DIR, "liberation").is_dir() or not Path(FONT_DIR, "dejavu").is_dir():
    raise SystemExit(
        "this set is typeset in Debian's Liberation and DejaVu fonts; install"
        " fonts-liberation fonts-dejavu-core"
    )
EM = "\u2014"
FIXED_DATE = datetime(2026, 2, 24, 16, 30, 0, tzinfo=timezone.utc)


# ----------------------------------------------------------------------------------------------------------------
# exact numbers
# ----------------------------------------------------------------------------------------------------------------
def fr(x) -> Fraction:
    """Exact Fraction from int / Fraction / str (never from float)."""
    if isinstance(x, float):
        raise TypeError("floats are not allowed in models")
    return Fraction(x)


def rnd(x, dec: int = 0) -> Decimal:
    """Round an exact value half away from zero to ``dec`` decimals."""
    x = fr(x)
    with localcontext() as ctx:
        ctx.prec = 80
        d = Decimal(x.numerator) / Decimal(x.denominator)
        return d.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def rfr(x, dec: int = 0) -> Fraction:
    """Rounded value as a Fraction (for arithmetic on printed figures)."""
    return Fraction(rnd(x, dec))


def _digits(d: Decimal, dec: int) -> str:
    return f"{abs(d):,.{dec}f}"


def num(x, dec: int = 0, *, dash: bool = True) -> str:
    """Table style: 1,234 / (1,234) / em dash for zero."""
    d = rnd(x, dec)
    if d == 0 and dash:
        return EM
    s = _digits(d, dec)
    return f"({s})" if d < 0 else s


def plain(x, dec: int = 0) -> str:
    """Prose / answer style: 1,234 or -1,234 (never parentheses, never a dash)."""
    d = rnd(x, dec)
    s = _digits(d, dec)
    return f"-{s}" if d < 0 else s


def pct(ratio, dec: int = 1, *, table: bool = True) -> str:
    """A ratio printed as a percentage: 12.3% / (1.2)% in tables, -1.2% in prose."""
    v = fr(ratio) * 100
    if table:
        d = rnd(v, dec)
        s = _digits(d, dec)
        return f"({s})%" if d < 0 else f"{s}%"
    return plain(v, dec) + "%"


def signed_pct(ratio, dec: int = 1) -> str:
    d = rnd(fr(ratio) * 100, dec)
    return ("+" if d > 0 else "") + plain(d, dec) + "%"


def roman(n: int) -> str:
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


# ----------------------------------------------------------------------------------------------------------------
# layout
# ----------------------------------------------------------------------------------------------------------------
@dataclass
class Style:
    """A house style: fonts, margins, running header / footer and table rules."""

    family: str
    fonts: dict
    body: float
    small: float
    table: float
    row_h: float
    margins: tuple
    kind: str  # "classic" (serif, ruled tables) or "band" (sans, shaded header band)
    header_text: str = ""
    footer_left: str = ""
    accent: tuple = (0, 0, 0)


def style_classic(header_text: str) -> Style:
    d = f"{FONT_DIR}/liberation"
    fonts = {
        "": f"{d}/LiberationSerif-Regular.ttf",
        "B": f"{d}/LiberationSerif-Bold.ttf",
        "I": f"{d}/LiberationSerif-Italic.ttf",
        "BI": f"{d}/LiberationSerif-BoldItalic.ttf",
    }
    return Style("LSerif", fonts, 10, 8, 8.6, 11.2, (66, 58, 66, 56), "classic", header_text)


def style_band(header_text: str, footer_left: str) -> Style:
    d = f"{FONT_DIR}/dejavu"
    fonts = {
        "": f"{d}/DejaVuSansCondensed.ttf",
        "B": f"{d}/DejaVuSansCondensed-Bold.ttf",
        "I": f"{d}/DejaVuSansCondensed-Oblique.ttf",
        "BI": f"{d}/DejaVuSansCondensed-BoldOblique.ttf",
    }
    return Style("DVCond", fonts, 8.8, 7, 7.8, 10.6, (50, 62, 50, 54), "band", header_text, footer_left, (22, 74, 110))


@dataclass
class Row:
    label: str
    vals: list = field(default_factory=list)
    kind: str = "row"  # row | head | total | grand | blank
    dollar: bool = False
    indent: int = 0
    key: str | None = None


@dataclass
class Table:
    cols: list
    rows: list
    title: list = field(default_factory=list)  # caption lines printed above the table
    groups: list = field(default_factory=list)  # (text, first_col, last_col)
    col_w: float = 64
    label_w: float | None = None
    break_before: str | None = None  # key of a row that must start a new page ("continued")
    footnotes: list = field(default_factory=list)
    dollar_cols: tuple | None = None  # columns that may carry a "$" (default: all)
    cont_line: int = 0  # which caption line gets " (continued)" on the continuation page


class Doc(FPDF):
    def __init__(self, st: Style, title: str, author: str, subject: str):
        super().__init__(unit="pt", format="letter")
        self.st = st
        for s, path in st.fonts.items():
            self.add_font(st.family, s, path)
        left, top, right, bottom = st.margins
        self.set_margins(left, top, right)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("blind_filings_11 kit (fpdf2)")
        self.set_creator("blind_filings_11")
        self.set_title(title)
        self.set_author(author)
        self.set_subject(subject)
        self.label_mode: str | None = None
        self.label_no = 1
        self.page_labels: list[str] = []
        self.anchors: dict[str, dict] = {}
        self.running = False
        self.continued_tables = 0
        self.marks: dict[str, int] = {}

    # -- page furniture ------------------------------------------------------------------------------------------
    def labels(self, mode: str | None, start: int = 1) -> None:
        self.label_mode = mode
        self.label_no = start

    def header(self):
        lab = ""
        if self.label_mode == "arabic":
            lab = str(self.label_no)
        elif self.label_mode == "F":
            lab = f"F-{self.label_no}"
        elif self.label_mode == "roman":
            lab = roman(self.label_no)
        if self.label_mode:
            self.label_no += 1
        self.page_labels.append(lab)
        st = self.st
        if self.running and st.header_text:
            if st.kind == "classic":
                self.set_font(st.family, "I", st.small)
                self.set_xy(self.l_margin, 30)
                self.cell(self.epw, 10, st.header_text, align="C")
                self.set_line_width(0.4)
                self.line(self.l_margin, 43, self.w - self.r_margin, 43)
            else:
                self.set_fill_color(*st.accent)
                self.rect(0, 0, self.w, 6, style="F")
                self.set_font(st.family, "B", st.small)
                self.set_text_color(*st.accent)
                self.set_xy(self.l_margin, 22)
                self.cell(self.epw, 10, st.header_text, align="L")
                self.set_text_color(0, 0, 0)
                self.set_draw_color(*st.accent)
                self.set_line_width(0.8)
                self.line(self.l_margin, 35, self.w - self.r_margin, 35)
                self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        lab = self.page_labels[self.page_no() - 1]
        if not lab:
            return
        st = self.st
        if st.kind == "classic":
            self.set_font(st.family, "", st.body - 1)
            self.set_xy(self.l_margin, self.h - 38)
            self.cell(self.epw, 10, lab, align="C")
        else:
            self.set_draw_color(170, 170, 170)
            self.set_line_width(0.4)
            self.line(self.l_margin, self.h - 42, self.w - self.r_margin, self.h - 42)
            self.set_draw_color(0, 0, 0)
            self.set_font(st.family, "", st.small)
            self.set_xy(self.l_margin, self.h - 38)
            self.cell(self.epw / 2, 10, st.footer_left, align="L")
            self.set_font(st.family, "B", st.small + 1)
            self.cell(self.epw / 2, 10, lab, align="R")

    # -- anchors -------------------------------------------------------------------------------------------------
    def anchor(self, key: str, text: str, page: int | None = None) -> None:
        if key in self.anchors:
            raise KeyError(f"duplicate anchor {key}")
        self.anchors[key] = {"page": self.page_no() - 1 if page is None else page, "text": text}

    def mark(self, key: str) -> None:
        """Remember the page a section starts on (for the table of contents)."""
        self.marks[key] = self.page_no() - 1

    def label_of(self, key: str) -> str:
        return self.page_labels[self.marks[key]]

    # -- prose ---------------------------------------------------------------------------------------------------
    def room(self, need: float) -> None:
        if self.get_y() + need > self.page_break_trigger:
            self.add_page()

    def heading(self, text: str, level: int = 1, center: bool = False, mark: str | None = None) -> None:
        st = self.st
        size = {0: st.body + 5, 1: st.body + 1.5, 2: st.body, 3: st.body}[level]
        style = {0: "B", 1: "B", 2: "B", 3: "I" if st.kind == "classic" else "BI"}[level]
        self.room(size * 1.6 + 4 * st.body * 1.35)
        if mark:
            self.mark(mark)
        self.ln(4 if level <= 1 else 2)
        self.set_font(st.family, style, size)
        if st.kind == "band" and level <= 1:
            self.set_text_color(*st.accent)
        self.multi_cell(self.epw, size * 1.3, text, align="C" if center else "L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def para(self, text: str, key: str | None = None, evid: str | None = None, size: float | None = None) -> None:
        st = self.st
        sz = size or st.body
        self.set_font(st.family, "", sz)
        if key:  # keep a keyed paragraph on one page
            self.set_auto_page_break(False, self.st.margins[3])
            lines = self.multi_cell(self.epw, sz * 1.32, text, align="J", dry_run=True, output=MethodReturnValue.LINES)
            self.set_auto_page_break(True, self.st.margins[3])
            self.room(len(lines) * sz * 1.32 + 1)
        p0 = self.page_no()
        self.multi_cell(self.epw, sz * 1.32, text, align="J", new_x="LMARGIN", new_y="NEXT")
        if key:
            if self.page_no() != p0:
                raise RuntimeError(f"keyed paragraph {key} spans pages {p0}->{self.page_no()}")
            self.anchor(key, evid or text)
        self.ln(sz * 0.5)

    def bullets(self, items: list, size: float | None = None) -> None:
        st = self.st
        sz = size or st.body
        for it in items:
            self.set_font(st.family, "", sz)
            self.set_x(self.l_margin + 8)
            self.cell(10, sz * 1.32, "\u2022")
            self.multi_cell(self.epw - 18, sz * 1.32, it, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(sz * 0.4)

    def centered(self, text: str, size: float, style: str = "", gap: float = 1.3) -> None:
        self.set_font(self.st.family, style, size)
        self.multi_cell(self.epw, size * gap, text, align="C", new_x="LMARGIN", new_y="NEXT")

    # -- tables --------------------------------------------------------------------------------------------------
    def _wrap(self, text: str, width: float) -> list:
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if cur and self.get_string_width(trial) > width:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        return lines

    def table(self, t: Table) -> None:
        st = self.st
        ts = st.table
        rh = st.row_h
        n = len(t.cols)
        cw = t.col_w
        lw = t.label_w if t.label_w is not None else self.epw - n * cw
        x0 = self.l_margin
        xr = x0 + lw + n * cw
        self.set_font(st.family, "B", ts)
        head_lines = max(len(c.split("\n")) for c in t.cols)
        head_h = head_lines * (ts + 1.5) + 4 + (ts + 5 if t.groups else 0)
        title_h = len(t.title) * (ts + 3.5) + 4

        def col_x(j):
            return x0 + lw + j * cw

        def draw_title(cont: bool):
            if not t.title:
                if cont:
                    self.set_font(st.family, "I", ts)
                    self.cell(self.epw, ts + 3.5, "(continued)", new_x="LMARGIN", new_y="NEXT")
                return
            lines = list(t.title)
            if cont:
                lines[t.cont_line] += " (continued)"
            for i, line in enumerate(lines):
                bold = i == 0 or (st.kind == "classic" and line.split(" (")[0].isupper())
                self.set_font(st.family, "B" if bold else "I", ts + (1 if i == 0 else 0))
                if st.kind == "band" and i == 0:
                    self.set_text_color(*st.accent)
                align = "C" if st.kind == "classic" else "L"
                self.cell(self.epw, ts + 3.5, line, align=align, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
            self.ln(3)

        def draw_head():
            y = self.get_y()
            if st.kind == "band":
                self.set_fill_color(226, 233, 240)
                self.rect(x0, y, xr - x0, head_h - 2, style="F")
            self.set_font(st.family, "B", ts)
            if t.groups:
                for text, a, b in t.groups:
                    xa, xb = col_x(a), col_x(b + 1)
                    self.set_xy(xa, y + 1)
                    self.cell(xb - xa, ts + 2, text, align="C")
                    self.set_line_width(0.5)
                    self.line(xa + 4, y + ts + 3.5, xb - 2, y + ts + 3.5)
                y += ts + 5
            for j, c in enumerate(t.cols):
                parts = c.split("\n")
                pad = head_lines - len(parts)
                for k, part in enumerate(parts):
                    self.set_xy(col_x(j), y + (pad + k) * (ts + 1.5))
                    self.cell(cw, ts + 1.5, part, align="C")
                if st.kind == "classic":
                    self.set_line_width(0.5)
                    yy = y + head_lines * (ts + 1.5) + 1
                    self.line(col_x(j) + 4, yy, col_x(j) + cw - 2, yy)
            self.set_xy(x0, y + head_lines * (ts + 1.5) + 4)
            if st.kind == "band":
                self.set_xy(x0, self.get_y() + 1)

        self.room(title_h + head_h + 3 * rh)
        draw_title(False)
        draw_head()
        paren_w = None
        zebra = 0
        for row in t.rows:
            style = ""
            if row.kind in ("total", "grand"):
                style = "B" if st.kind == "band" or row.kind == "grand" else ""
            if row.kind == "head":
                style = "I" if st.kind == "classic" else "B"
            self.set_font(st.family, style, ts)
            if paren_w is None:
                paren_w = self.get_string_width(")")
            ind = 10 * row.indent + (0 if row.kind != "total" else 10 * (st.kind == "classic"))
            label_lines = self._wrap(row.label, lw - ind - 6) if row.label else [""]
            h = rh * len(label_lines)
            if row.kind == "blank":
                h = rh * 0.5
            if (t.break_before and row.key == t.break_before) or self.get_y() + h > self.page_break_trigger:
                self.add_page()
                self.continued_tables += 1
                draw_title(True)
                draw_head()
                zebra = 0
            self.set_font(st.family, style, ts)
            y = self.get_y()
            if row.kind == "blank":
                self.set_y(y + h)
                continue
            if st.kind == "band" and row.kind == "row":
                zebra += 1
                if zebra % 2 == 0:
                    self.set_fill_color(245, 247, 249)
                    self.rect(x0, y, xr - x0, h, style="F")
            if row.kind in ("total", "grand"):
                self.set_line_width(0.5)
                for j, v in enumerate(row.vals):
                    if v != "":
                        self.line(col_x(j) + 4, y + 0.5, col_x(j) + cw - 2, y + 0.5)
            for k, ll in enumerate(label_lines):
                self.set_xy(x0 + ind, y + k * rh)
                self.cell(lw - ind, rh, ll)
            yv = y + (len(label_lines) - 1) * rh
            for j, v in enumerate(row.vals):
                if v == "":
                    continue
                if row.dollar and (t.dollar_cols is None or j in t.dollar_cols):
                    self.set_xy(col_x(j) + 5, yv)
                    self.cell(8, rh, "$")
                edge = col_x(j) + cw - 3
                if not v.endswith(")") and not v.endswith(")%"):
                    edge -= paren_w
                sw = self.get_string_width(v)
                self.set_xy(edge - sw, yv)
                self.cell(sw, rh, v)
            if row.kind == "grand":
                self.set_line_width(0.5)
                for j, v in enumerate(row.vals):
                    if v != "":
                        yy = y + h - 0.5
                        self.line(col_x(j) + 4, yy, col_x(j) + cw - 2, yy)
                        if st.kind == "classic":
                            self.line(col_x(j) + 4, yy + 1.8, col_x(j) + cw - 2, yy + 1.8)
            self.set_xy(x0, y + h)
            if row.key:
                self.anchor(row.key, row_text(row, t.dollar_cols))
        if t.footnotes:
            self.ln(3)
            self.set_font(st.family, "", st.small)
            for fn in t.footnotes:
                self.multi_cell(self.epw, st.small * 1.3, fn, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(rh * 0.8)


def row_text(row: Row, dollar_cols: tuple | None = None) -> str:
    parts = [row.label]
    for j, v in enumerate(row.vals):
        if v == "":
            continue
        dollar = row.dollar and (dollar_cols is None or j in dollar_cols)
        parts.append(("$ " if dollar else "") + v)
    return " ".join(p for p in parts if p)


def output_bytes(doc: Doc) -> bytes:
    return bytes(doc.output())
