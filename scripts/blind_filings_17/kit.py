"""Exact rounding, filing-style number formatting and a small fpdf2 layout kit for the blind_filings_17 set
(adapted from the set 16 kit).  Two house styles of its own: Liberation Serif with bold year heads, the scale note
in the year row of the header, thin rules and light zebra shading (the 10-K); DejaVu Sans Condensed with the scale
note as a caption line above the table and short rules under each column head (the 10-Q)."""

import os
import sys
from datetime import UTC, datetime
from fractions import Fraction

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

FONT_DIR = "/usr/share/fonts/truetype"
EM = "\u2014"
NAME = "blind_filings_17"


def rnd(x, places=0):
    """Round half away from zero; returns Fraction (places > 0) or int."""
    q = Fraction(x) * (10**places)
    n = int(abs(q) + Fraction(1, 2))
    n = n if q >= 0 else -n
    return n if places == 0 else Fraction(n, 10**places)


def num(v, places=0, dollar=False):
    """Format a number filing style: commas, parentheses for negatives, em dash for zero."""
    v = rnd(v, places)
    if v == 0:
        return EM
    s = f"{float(abs(v)):,.{places}f}" if places else f"{abs(int(v)):,}"
    if dollar:
        s = "$" + s
    return f"({s})" if v < 0 else s


def pct(x, places=1, zero_dash=True):
    """A percentage number (already times 100) as '12.3%', negatives as '(1.5)%', zero as an em dash."""
    v = rnd(x, places)
    if v == 0 and zero_dash:
        return EM
    s = f"{float(abs(v)):.{places}f}"
    return f"({s})%" if v < 0 else f"{s}%"


FONTS = {
    "lserif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
               "liberation/LiberationSerif-Italic.ttf"),
    "dvsc": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
             "dejavu/DejaVuSansCondensed-Oblique.ttf"),
}


def fonts_or_exit():
    need = [f for files in FONTS.values() for f in files]
    missing = [n for n in need if not os.path.exists(os.path.join(FONT_DIR, n))]
    if missing:
        sys.exit("missing fonts " + ", ".join(missing) + ": install the Debian packages fonts-liberation "
                 "fonts-dejavu-core")


STYLES = {
    # 10-K: thin rules over and under the header block, bold column heads, the scale note in italics in the label
    # column of the last header row, zebra shading on body rows, navy headings, centred upper-case captions.
    "lserif": {
        "fam": "LSerif", "size": 9.6, "tsize": 8.3, "margin": 20, "lh": 4.4, "rh": 4.2, "accent": (22, 45, 95),
        "zebra": (241, 243, 247), "cap_upper": True, "cap_align": "C", "head_color": (0, 0, 0),
    },
    # 10-Q: caption, then the scale note as its own italic line, column heads in teal with a short rule under
    # each, no zebra, left captions.
    "dvsc": {
        "fam": "DVSansC", "size": 8.8, "tsize": 7.6, "margin": 18, "lh": 4.2, "rh": 4.15, "accent": (0, 96, 108),
        "zebra": None, "cap_upper": False, "cap_align": "L", "head_color": (0, 96, 108),
    },
}


class Doc(FPDF):
    def __init__(self, style, company, title, running):
        super().__init__(format="Letter", unit="mm")
        st = STYLES[style]
        self.style = style
        self.st = st
        self.fam = st["fam"]
        for f, s in zip(FONTS[style], ("", "B", "I"), strict=True):
            self.add_font(self.fam, s, os.path.join(FONT_DIR, f))
        self.set_margins(st["margin"], 18, st["margin"])
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 2, 9, 14, 5, 0, tzinfo=UTC))
        self.set_title(title)
        self.set_author(company)
        self.set_subject(title)
        self.set_creator(NAME)
        self.set_producer(NAME)
        self.company = company
        self.running = running
        self.mode = "none"
        self.counter = 0
        self.labels = []
        self.anchors = {}
        self.cur_label = ""
        self.marks = {}
        self.pending = []

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    # page labels: none (unnumbered), arabic, F (financial statements)
    def new_page(self, mode=None):
        if mode is not None and mode != self.mode:
            self.mode = mode
            self.counter = 0
        self.add_page()

    def header(self):
        assert len(self.labels) == self.page_no() - 1, "header called twice"
        if self.mode == "none":
            self.cur_label = ""
        else:
            self.counter += 1
            self.cur_label = {"arabic": str(self.counter), "F": f"F-{self.counter}"}[self.mode]
        self.labels.append(self.cur_label)
        if self.mode == "none":
            return
        acc = self.st["accent"]
        if self.style == "lserif":
            self.set_font(self.fam, "I", 7.8)
            self.set_text_color(*acc)
            self.set_xy(self.l_margin, 9)
            self.cell(self.ew, 4, self.running, align="C")
            self.set_text_color(0, 0, 0)
        else:
            self.set_fill_color(*acc)
            self.rect(self.l_margin, 9, self.ew, 0.9, style="F")
            self.set_font(self.fam, "", 7.2)
            self.set_text_color(*acc)
            self.set_xy(self.l_margin, 10.6)
            self.cell(self.ew, 3.6, self.running, align="R")
            self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        if not self.cur_label:
            return
        self.set_y(-14)
        if self.style == "lserif":
            self.set_font(self.fam, "", 9)
            self.cell(0, 4, self.cur_label, align="C")
        else:
            self.set_font(self.fam, "", 7.6)
            self.set_text_color(*self.st["accent"])
            self.cell(self.ew * 0.8, 4, self.company + " | Quarterly Report on Form 10-Q", align="L")
            self.set_font(self.fam, "B", 8)
            self.cell(self.ew * 0.2, 4, self.cur_label, align="R")
            self.set_text_color(0, 0, 0)

    def mark(self, key):
        """Record the printed page label of the next heading under key (for the table of contents)."""
        self.pending.append(key)

    @property
    def pidx(self):
        return self.page_no() - 1

    @property
    def ew(self):
        return self.w - self.l_margin - self.r_margin

    def need(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def heading(self, text, level=1, key=None, need=None):
        sz = {0: 12.5, 1: 10.6, 2: 9.6}[level]
        self.need(max(need, 34) if need is not None else (45 if level == 2 else 34))
        self.ln(2 if level else 0)
        for k in self.pending:
            self.marks[k] = self.labels[-1]
        self.pending = []
        self.set_font(self.fam, "B", sz)
        if level < 2:
            self.set_text_color(*self.st["accent"])
        align = "C" if level == 0 else "L"
        self.multi_cell(0, sz * 0.5, text, align=align)
        self.set_text_color(0, 0, 0)
        if level == 1 and self.style == "dvsc":
            self.set_draw_color(*self.st["accent"])
            self.set_line_width(0.4)
            self.line(self.l_margin, self.get_y() + 0.4, self.w - self.r_margin, self.get_y() + 0.4)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(0.8)
        self.ln(1.4)
        if key:
            self.anchors[key] = (self.pidx, text)

    def para(self, text, keys=None, style="", size=None, align="J"):
        """Prose paragraph; keys maps anchor key -> sentence in the text (recorded on the paragraph's page)."""
        size = size or self.st["size"]
        self.set_font(self.fam, style, size)
        self.set_auto_page_break(False)
        lines = self.multi_cell(0, self.st["lh"], text, dry_run=True, output=MethodReturnValue.LINES)
        self.set_auto_page_break(True, 20)
        self.need(len(lines) * self.st["lh"] + 1)
        self.multi_cell(0, self.st["lh"], text, align=align)
        self.ln(1.6)
        for k, s in (keys or {}).items():
            assert s in text, s
            assert k not in self.anchors, ("duplicate anchor", k)
            self.anchors[k] = (self.pidx, s)

    def table(self, caption, widths, heads, rows, scale=None, key=None, foot=None, split_at=None, label_head="",
              cont_title=None):
        """heads: list of header rows; each row a list of (text, span).  rows: dicts
        {label, vals, key, kind(section|total|bold|plain), indent, double}.  The 10-K style prints the scale note in
        the label column of the last header row; the 10-Q style prints it as a caption line above the table."""
        st = self.st
        ts, rh = st["tsize"], st["rh"]
        lw = self.ew - sum(widths)
        serif = self.style == "lserif"

        def hline(y, width):
            self.set_line_width(width)
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_line_width(0.2)

        def draw_head(cont):
            cap = caption or (cont_title if cont else "")
            if cap:
                self.set_font(self.fam, "B", ts + 1.2)
                self.set_text_color(*st["accent"])
                cap = cap.upper() if st["cap_upper"] else cap
                self.multi_cell(0, rh + 0.5, cap + (" (continued)" if cont else ""), align=st["cap_align"])
                self.set_text_color(0, 0, 0)
            if scale and not serif:
                self.set_font(self.fam, "I", ts)
                self.multi_cell(0, rh, scale, align="L")
            self.ln(0.8)
            if serif:
                hline(self.get_y(), 0.3)
                self.ln(0.5)
            for n, hr in enumerate(heads):
                last = n == len(heads) - 1
                self.set_x(self.l_margin)
                corner = scale if (scale and serif and last) else (label_head if last else "")
                self.set_font(self.fam, "I" if corner == scale else "B", ts - 0.3)
                assert self.get_string_width(corner) < lw - 1, ("scale note too wide", corner)
                self.cell(lw, rh, corner)
                self.set_font(self.fam, "B", ts)
                self.set_text_color(*st["head_color"])
                i = 0
                for text, span in hr:
                    w = sum(widths[i:i + span])
                    assert self.get_string_width(text) < w - 0.5, ("header too wide", text)
                    x = self.get_x()
                    self.cell(w, rh, text, align="C" if span > 1 or not serif else "R")
                    if text and (span > 1 or not serif):
                        if not serif:
                            self.set_draw_color(*st["accent"])
                        self.line(x + 1.5, self.get_y() + rh, x + w - 0.3, self.get_y() + rh)
                        self.set_draw_color(0, 0, 0)
                    i += span
                self.set_text_color(0, 0, 0)
                self.ln(rh + (0.4 if not last else 0))
            if serif:
                hline(self.get_y() + 0.4, 0.3)
            self.ln(1.0)

        self.need(rh * (len(heads) + 4) + 10)
        draw_head(False)
        if key:
            self.anchors[key] = (self.pidx, caption)
        stripe = 0
        for n, r in enumerate(rows):
            kind = r.get("kind", "plain")
            room = rh * (3 if kind == "section" else 1)
            if self.get_y() + room > self.page_break_trigger - 2 or n == split_at:
                if serif:
                    hline(self.get_y() + 0.4, 0.3)
                self.add_page()
                draw_head(True)
            self.set_font(self.fam, "B" if kind in ("section", "bold", "total") else "", ts)
            y = self.get_y()
            ind = " " * (3 * r.get("indent", 0))
            vals = r.get("vals", [])
            assert self.get_string_width(ind + r["label"]) < lw - 1, ("label too wide", r["label"])
            for v, w in zip(vals, widths, strict=False):
                assert self.get_string_width(v) < w - 1, ("value too wide", r["label"], v)
            if st["zebra"] and kind != "section":
                stripe += 1
                if stripe % 2 == 0:
                    self.set_fill_color(*st["zebra"])
                    self.rect(self.l_margin, y, self.ew, rh, style="F")
            elif kind == "section":
                stripe = 0
            self.cell(lw, rh, ind + r["label"])
            for i, w in enumerate(widths):
                v = vals[i] if i < len(vals) else ""
                self.cell(w, rh, v, align="R")
            if kind == "total":
                for i, w in enumerate(widths):
                    if i >= len(vals) or not vals[i]:
                        continue
                    x = self.l_margin + lw + sum(widths[:i])
                    self.line(x + 3, y, x + w - 0.3, y)
                    if r.get("double"):
                        self.line(x + 3, y + rh + 0.2, x + w - 0.3, y + rh + 0.2)
                        self.line(x + 3, y + rh + 0.7, x + w - 0.3, y + rh + 0.7)
            self.ln(rh + (0.9 if r.get("double") else 0))
            if r.get("key"):
                assert r["key"] not in self.anchors, ("duplicate anchor", r["key"])
                self.anchors[r["key"]] = (self.pidx, " ".join([r["label"]] + [v for v in vals if v]))
        if serif:
            hline(self.get_y() + 0.6, 0.3)
            self.ln(1.2)
        if foot:
            self.ln(0.8)
            self.set_font(self.fam, "I", ts - 0.5)
            for f in foot:
                self.multi_cell(0, rh - 0.4, f)
        self.ln(2.8)
