"""Shared PDF and formatting helpers for the blind_filings_10 synthetic filings."""

import datetime
import re
from fractions import Fraction
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIR = "/usr/share/fonts/truetype/"

# The PDFs are typeset in Debian's fonts; say so rather than fail deep inside fpdf.
if not Path(FONT_DIR, "liberation").is_dir() or not Path(FONT_DIR, "dejavu").is_dir():
    raise SystemExit(
        "this set is typeset in Debian's Liberation and DejaVu fonts; install"
        " fonts-liberation fonts-dejavu-core"
    )
EM = "\u2014"
FIXED_DATE = datetime.datetime(2026, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- numbers
def rnd(x, dec=0):
    """Round half away from zero, exact for ints and Fractions."""
    x = Fraction(x)
    q = Fraction(10) ** dec
    v = abs(x) * q
    n = int(v)
    if v - n >= Fraction(1, 2):
        n += 1
    n = n if x >= 0 else -n
    return Fraction(n, 10**dec) if dec else n


def num(x, dec=0, paren=True, dash=True):
    """Printed number: thousands separators, parentheses for negatives, em dash for zero."""
    r = rnd(x, dec)
    if r == 0 and dash:
        return EM
    neg = r < 0
    a = abs(r)
    if dec:
        s = f"{float(a):,.{dec}f}"
    else:
        s = f"{int(a):,}"
    if neg:
        return f"({s})" if paren else f"-{s}"
    return s


def pct(x, dec=1, paren=True):
    """x is a ratio (0.331 -> '33.1%')."""
    r = rnd(Fraction(x) * 100, dec)
    s = f"{float(abs(r)):,.{dec}f}%"
    if r < 0:
        return f"({s})" if paren else f"-{s}"
    return s


def plain(x, dec=0):
    """Number without parentheses (for prose)."""
    r = rnd(x, dec)
    a = abs(r)
    s = f"{float(a):,.{dec}f}" if dec else f"{int(a):,}"
    return ("-" if r < 0 else "") + s


def money_prose(x, dec=0, unit="million"):
    r = rnd(x, dec)
    return f"${plain(abs(r), dec)} {unit}"


# ---------------------------------------------------------------- PDF
class Doc(FPDF):
    def __init__(self, style):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.st = style
        self.set_creation_date(FIXED_DATE)
        self.set_producer("blind_filings_10 typesetter")
        self.set_creator("blind_filings_10")
        self.set_author(style["company"])
        self.set_title(style["title"])
        for fam, files in style["fonts"].items():
            for sty, fn in files.items():
                self.add_font(fam, sty, FONT_DIR + fn)
        self.set_margins(style["lm"], style["tm"], style["rm"])
        self.set_auto_page_break(True, style["bm"])
        self.mode = "none"  # none | arabic | F
        self.counter = {"arabic": 0, "F": 0}
        self.labels = {}
        self.marks = {}
        self.show_header = False

    # page label handling
    def set_mode(self, mode):
        self.mode = mode

    def header(self):
        if self.mode == "none":
            lab = ""
        else:
            self.counter[self.mode] += 1
            n = self.counter[self.mode]
            lab = f"F-{n}" if self.mode == "F" else str(n)
        self.labels[self.page_no()] = lab
        if self.show_header:
            self.st["header"](self)
        self.set_y(self.st["tm"])

    def footer(self):
        lab = self.labels.get(self.page_no(), "")
        if lab:
            self.st["footer"](self, lab)

    def mark(self, key):
        self.marks[key] = self.labels.get(self.page_no(), "")

    # text helpers
    def font(self, sty="", size=None, fam=None):
        self.set_font(fam or self.st["body"], sty, size or self.st["size"])

    def para(self, text, size=None, sty="", align="L", gap=None, indent=0):
        self.font(sty, size)
        h = (size or self.st["size"]) * self.st["lh"]
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(self.st["pgap"] if gap is None else gap)

    def bullets(self, items, size=None):
        for it in items:
            self.font("", size)
            h = (size or self.st["size"]) * self.st["lh"]
            self.set_x(self.l_margin + 3)
            self.cell(4, h, "\u2022")
            self.multi_cell(0, h, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.8)
        self.ln(self.st["pgap"])

    def need(self, mm):
        if self.get_y() + mm > self.page_break_trigger:
            self.add_page()

    def heading(self, text, level=1):
        self.st["heading"](self, text, level)


# ---------------------------------------------------------------- tables
class Row:
    def __init__(
        self,
        label,
        vals=None,
        indent=0,
        bold=False,
        dollar=False,
        top=False,
        dbl=False,
        head=False,
        italic=False,
        gap=0,
    ):
        self.label, self.vals = label, vals or []
        self.indent, self.bold, self.dollar = indent, bold, dollar
        self.top, self.dbl, self.head, self.italic, self.gap = top, dbl, head, italic, gap


def R(label, vals=None, **kw):
    return Row(label, vals, **kw)


def table(
    pdf, title, headers, rows, label_w, col_w, size=None, unit=None, title_sty="B", foot=None, col_ws=None, shade=None
):
    """Draw a financial table.

    headers: list of header rows; each a list of (text, span) over the value columns.
    rows: list of Row.  Numbers are pre-formatted strings.
    Repeats title + ' (continued)' and header rows when it breaks across pages.
    """
    st = pdf.st
    size = size or st["tsize"]
    rh = size * st["trh"]
    ncol = len(col_ws) if col_ws else max(len(r.vals) for r in rows if r.vals)
    widths = col_ws or [col_w] * ncol
    x0 = pdf.l_margin
    shade = st.get("thead_fill") if shade is None else shade

    def draw_title(cont):
        if title:
            pdf.set_font(st["tfont"], title_sty, size + 1)
            pdf.cell(
                0,
                rh + 1,
                title + (" (continued)" if cont else ""),
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
                align=st["title_align"],
            )
        if unit:
            pdf.set_font(st["tfont"], "I", size - 0.5)
            pdf.cell(0, rh, unit, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align=st["title_align"])
        draw_headers()

    def draw_headers():
        for hrow in headers:
            pdf.set_font(st["tfont"], "B", size - 0.5)
            y = pdf.get_y()
            lines = max(len(t.split("\n")) for t, _ in hrow)
            hh = rh * lines
            if shade:
                pdf.set_fill_color(*shade)
                pdf.rect(x0, y, label_w + sum(widths), hh + 0.6, style="F")
            x = x0 + label_w
            ci = 0
            for text, span in hrow:
                w = sum(widths[ci : ci + span])
                if text:
                    pdf.set_xy(x + 1, y)
                    pdf.multi_cell(w - 1, rh, text, align="C", new_x=XPos.RIGHT, new_y=YPos.TOP)
                    pdf.set_line_width(0.2)
                    pdf.line(x + 1.5, y + hh + 0.3, x + w - 0.5, y + hh + 0.3)
                x += w
                ci += span
            pdf.set_xy(x0, y + hh + 0.8)
        pdf.ln(0.6)

    if pdf.get_y() + rh * (len(headers) + 4) > pdf.page_break_trigger:
        pdf.add_page()
    draw_title(False)
    for r in rows:
        h = rh + r.gap
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
            draw_title(True)
        if r.gap:
            pdf.ln(r.gap)
        y = pdf.get_y()
        sty = ("B" if r.bold or r.head else "") + ("I" if r.italic else "")
        pdf.set_font(st["tfont"], sty, size)
        lab_x = x0 + 1 + r.indent * 3
        if pdf.get_string_width(r.label) > label_w - 1.5 - r.indent * 3:
            raise ValueError(f"label too wide: {r.label!r}")
        pdf.set_xy(lab_x, y)
        pdf.cell(label_w - 1 - r.indent * 3, rh, r.label)
        pdf.set_font(st["tfont"], "B" if r.bold else "", size)
        x = x0 + label_w
        pw = pdf.get_string_width(")")
        for i, v in enumerate(r.vals):
            w = widths[i]
            if r.top:
                pdf.set_line_width(0.2)
                pdf.line(x + 1.5, y, x + w - 0.5, y)
            if r.dollar and v not in ("", None) and not v.endswith("%"):
                pdf.set_xy(x + 1.5, y)
                pdf.cell(3, rh, "$")
            if v:
                if v.endswith(")") or v.endswith("%)"):
                    pdf.set_xy(x, y)
                    pdf.cell(w - 0.5, rh, v, align="R")
                else:
                    pdf.set_xy(x, y)
                    pdf.cell(w - 0.5 - pw, rh, v, align="R")
            if r.dbl:
                pdf.set_line_width(0.2)
                pdf.line(x + 1.5, y + rh - 0.1, x + w - 0.5, y + rh - 0.1)
                pdf.line(x + 1.5, y + rh + 0.5, x + w - 0.5, y + rh + 0.5)
            x += w
        pdf.set_xy(x0, y + rh + (0.6 if r.dbl else 0))
    if foot:
        pdf.ln(0.5)
        for f in foot:
            pdf.set_font(st["tfont"], "", size - 1.2)
            pdf.multi_cell(label_w + sum(widths), (size - 1.2) * st["lh"], f, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(st["tgap"])


# ---------------------------------------------------------------- text search
def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def fig_re(fig):
    return re.compile(r"(?<![\d.,])" + re.escape(fig) + r"(?![\d]|[.,]\d)")


def page_texts(path):
    from pypdf import PdfReader

    rd = PdfReader(path)
    return [p.extract_text() or "" for p in rd.pages]


def locate(texts, figure, anchors):
    """Return (page_index, evidence_line) of the first page holding figure and all anchors.

    Anchor forms: "text" (on the page), "=text" (on the same extracted line as the figure),
    ">text" (figure occurs after the first occurrence of text on the page).
    """
    rx = fig_re(figure)
    page_a = [a for a in anchors if a[0] not in "=>"]
    line_a = [norm(a[1:]) for a in anchors if a[0] == "="]
    after_a = [norm(a[1:]) for a in anchors if a[0] == ">"]
    for i, t in enumerate(texts):
        nt = norm(t)
        if not rx.search(nt) or not all(norm(a) in nt for a in page_a):
            continue
        if any(a not in nt for a in after_a):
            continue
        start = max([nt.index(a) + len(a) for a in after_a], default=0)
        lines = [norm(ln) for ln in t.splitlines()]
        # position of each line inside the normalised page text
        pos, cur = [], 0
        for ln in lines:
            k = nt.find(ln, cur) if ln else cur
            pos.append(k if k >= 0 else cur)
            cur = (k + len(ln)) if k >= 0 else cur
        for ln, p0 in zip(lines, pos, strict=True):
            if p0 + len(ln) <= start or not rx.search(ln):
                continue
            if all(a in ln for a in line_a):
                return i, ln
        if not line_a:
            m = rx.search(nt, start)
            if m:
                return i, nt[max(0, m.start() - 80) : m.end() + 40]
    return None, None
