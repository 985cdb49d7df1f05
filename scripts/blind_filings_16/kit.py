"""Exact rounding, filing-style number formatting and a small fpdf2 layout kit (adapted from set 15, which was
adapted from set 13).  Set 16 adds two house styles of its own (Liberation Sans with booktabs rules, DejaVu Serif
Condensed with a dark header band), scale notes placed in the table's top-left corner or under the table, roman
page labels for front matter and split running heads / footers."""

import os
import sys
from datetime import UTC, datetime
from fractions import Fraction

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

FONT_DIR = "/usr/share/fonts/truetype"
EM = "\u2014"
NAME = "blind_filings_16"


def rnd(x, places=0):
    """Round half away from zero; returns Fraction (places > 0) or int."""
    q = Fraction(x) * (10**places)
    n = int(abs(q) + Fraction(1, 2))
    n = n if q >= 0 else -n
    return n if places == 0 else Fraction(n, 10**places)


def num(v, places=0, dollar=False, paren=True):
    """Format a number filing style: commas, parentheses for negatives, em dash for zero."""
    v = rnd(v, places)
    if v == 0:
        return EM
    s = f"{float(abs(v)):,.{places}f}" if places else f"{abs(int(v)):,}"
    if dollar:
        s = "$" + s
    if v < 0:
        return f"({s})" if paren else "-" + s
    return s


def pct(x, places=1):
    """A fraction as a percentage, negatives in parentheses."""
    v = rnd(Fraction(x) * 100, places)
    s = f"{float(abs(v)):.{places}f}%"
    return f"({s})" if v < 0 else s


def roman(n):
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += s
            n -= v
    return out


FONTS = {
    "lsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
              "liberation/LiberationSans-Italic.ttf"),
    "dvserif": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf",
                "dejavu/DejaVuSerifCondensed-Italic.ttf"),
}


def fonts_or_exit():
    need = [f for files in FONTS.values() for f in files]
    missing = [n for n in need if not os.path.exists(os.path.join(FONT_DIR, n))]
    if missing:
        sys.exit(
            "missing fonts " + ", ".join(missing) + ": install the Debian packages fonts-liberation fonts-dejavu-core"
        )


STYLES = {
    # booktabs: heavy rule over the column heads, light rule under them, heavy rule closing the table;
    # scale note in the top-left corner of the header block; maroon headings; running head split left/right.
    "lsans": {
        "fam": "LSans", "size": 9.2, "tsize": 7.9, "margin": 19, "lh": 4.3, "rh": 4.25, "band": None,
        "band_text": (0, 0, 0), "rules": "booktabs", "scale_pos": "corner", "accent": (120, 28, 40),
        "cap_align": "L", "foot_align": "R",
    },
    # dark green header band with white column heads, scale note under the table, centred captions.
    "dvserif": {
        "fam": "DVSerifC", "size": 9.0, "tsize": 7.7, "margin": 17, "lh": 4.25, "rh": 4.3, "band": (34, 72, 58),
        "band_text": (255, 255, 255), "rules": "band", "scale_pos": "foot", "accent": (34, 72, 58),
        "cap_align": "C", "foot_align": "C",
    },
}


class Doc(FPDF):
    def __init__(self, style, running, title, running_right=""):
        super().__init__(format="Letter", unit="mm")
        st = STYLES[style]
        self.st = st
        self.fam = st["fam"]
        for f, s in zip(FONTS[style], ("", "B", "I"), strict=True):
            self.add_font(self.fam, s, os.path.join(FONT_DIR, f))
        self.set_margins(st["margin"], 18, st["margin"])
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 1, 14, 8, 30, 0, tzinfo=UTC))
        self.set_title(title)
        self.set_author(running)
        self.set_creator(NAME)
        self.set_producer(NAME)
        self.running = running
        self.running_right = running_right
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

    # page labels: none (unnumbered), roman (front matter), arabic, F (financial statements)
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
            self.cur_label = {"roman": roman(self.counter), "arabic": str(self.counter),
                              "F": f"F-{self.counter}"}[self.mode]
        self.labels.append(self.cur_label)
        if self.mode in ("arabic", "F") and self.st["rules"] == "booktabs":
            self.set_font(self.fam, "B", 7.2)
            self.set_text_color(*self.st["accent"])
            self.set_xy(self.l_margin, 9)
            self.cell(self.ew / 2, 4, self.running, align="L")
            self.set_font(self.fam, "", 7.2)
            self.cell(self.ew / 2, 4, self.running_right, align="R")
            self.set_draw_color(*self.st["accent"])
            self.set_line_width(0.35)
            self.line(self.l_margin, 13.6, self.w - self.r_margin, 13.6)
            self.set_line_width(0.2)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_y(18)

    def footer(self):
        if not self.cur_label:
            return
        self.set_y(-14)
        self.set_font(self.fam, "", 8)
        if self.st["rules"] == "band":
            self.set_draw_color(*self.st["accent"])
            self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
            self.set_draw_color(0, 0, 0)
            self.cell(self.ew * 0.8, 4, self.running, align="L")
            self.cell(self.ew * 0.2, 4, self.cur_label, align="R")
        else:
            self.cell(0, 4, self.cur_label, align=self.st["foot_align"])

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
        sz = {0: 12.5, 1: 10.8, 2: 9.6}[level]
        self.need(need if need is not None else (50 if level == 2 else 22))
        self.ln(2 if level else 0)
        for k in self.pending:  # table-of-contents marks take the page the heading lands on
            self.marks[k] = self.labels[-1]
        self.pending = []
        self.set_font(self.fam, "B", sz)
        if level < 2:
            self.set_text_color(*self.st["accent"])
        self.multi_cell(0, sz * 0.5, text, align="C" if (level == 0 and self.st["cap_align"] == "C") else "L")
        self.set_text_color(0, 0, 0)
        if level == 1 and self.st["rules"] == "booktabs":
            self.set_draw_color(*self.st["accent"])
            self.line(self.l_margin, self.get_y() + 0.4, self.l_margin + 40, self.get_y() + 0.4)
            self.set_draw_color(0, 0, 0)
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
            self.anchors[k] = (self.pidx, s)

    def table(self, caption, widths, heads, rows, scale=None, key=None, foot=None, split_at=None, scale_pos=None):
        """heads: list of header rows; each row a list of (text, span). rows: dicts
        {label, vals, key, kind(section|total|bold|plain), indent, double}.  scale_pos: corner | caption | foot."""
        st = self.st
        ts, rh = st["tsize"], st["rh"]
        lw = self.ew - sum(widths)
        sp = scale_pos or st["scale_pos"]
        band = st["band"]

        def hline(y, width):
            self.set_line_width(width)
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_line_width(0.2)

        def draw_head(cont):
            if caption:
                self.set_font(self.fam, "B", ts + 1.1)
                self.set_text_color(*st["accent"])
                self.multi_cell(0, rh + 0.4, caption + (" (continued)" if cont else ""), align=st["cap_align"])
                self.set_text_color(0, 0, 0)
            if scale and sp == "caption":
                self.set_font(self.fam, "I", ts)
                self.multi_cell(0, rh, scale, align=st["cap_align"])
            self.ln(0.6)
            if st["rules"] == "booktabs":
                hline(self.get_y(), 0.5)
                self.ln(0.6)
            for n, hr in enumerate(heads):
                x0 = self.l_margin
                self.set_x(x0)
                corner = scale if (scale and sp == "corner" and n == 0) else ""
                if band:
                    self.set_fill_color(*band)
                self.set_font(self.fam, "I", ts - 0.3)
                self.set_text_color(*st["band_text"])
                assert self.get_string_width(corner) < lw - 1, ("scale note too wide", corner)
                self.cell(lw, rh, corner, fill=bool(band))
                self.set_font(self.fam, "B", ts)
                i = 0
                for text, span in hr:
                    w = sum(widths[i:i + span])
                    assert self.get_string_width(text) < w, ("header too wide", text)
                    x = self.get_x()
                    self.cell(w, rh, text, align="C", fill=bool(band))
                    if st["rules"] == "booktabs" and text and span > 1:
                        self.line(x + 1.5, self.get_y() + rh, x + w - 0.5, self.get_y() + rh)
                    i += span
                self.set_text_color(0, 0, 0)
                self.ln(rh)
            if st["rules"] == "booktabs":
                hline(self.get_y() + 0.3, 0.2)
            self.ln(0.8)

        self.need(rh * (len(heads) + 4) + 10)
        draw_head(False)
        if key:
            self.anchors[key] = (self.pidx, caption)
        for n, r in enumerate(rows):
            kind = r.get("kind", "plain")
            if self.get_y() + rh > self.page_break_trigger - 2 or n == split_at:
                self.add_page()
                draw_head(True)
            self.set_font(self.fam, "B" if kind in ("section", "bold", "total") else "", ts)
            y = self.get_y()
            ind = " " * (3 * r.get("indent", 0))
            vals = r.get("vals", [])
            assert self.get_string_width(ind + r["label"]) < lw - 1, ("label too wide", r["label"])
            for v, w in zip(vals, widths, strict=False):
                assert self.get_string_width(v) < w - 1, ("value too wide", r["label"], v)
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
                self.anchors[r["key"]] = (self.pidx, " ".join([r["label"]] + [v for v in vals if v]))
        if st["rules"] == "booktabs":
            hline(self.get_y() + 0.6, 0.5)
            self.ln(1.2)
        if scale and sp == "foot":
            self.ln(0.6)
            self.set_font(self.fam, "I", ts - 0.4)
            self.multi_cell(0, rh - 0.3, scale, align="L")
        if foot:
            self.ln(0.8)
            self.set_font(self.fam, "", ts - 0.6)
            for f in foot:
                self.multi_cell(0, rh - 0.4, f)
        self.ln(2.5)
