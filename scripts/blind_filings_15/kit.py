"""Exact rounding, filing-style number formatting and a small fpdf2 layout kit (adapted from set 13)."""

import os
import sys
from datetime import UTC, datetime
from fractions import Fraction

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

FONT_DIR = "/usr/share/fonts/truetype"
EM = "\u2014"


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
    v = rnd(Fraction(x) * 100, places)
    s = f"{float(abs(v)):.{places}f}%"
    return f"({s})" if v < 0 else s


def plain(v, places=0):
    """Plain figure for answers: 1,234 or -1,234 or 12.3."""
    v = rnd(v, places)
    return f"{float(v):,.{places}f}" if places else f"{int(v):,}"


def fonts_or_exit():
    need = [
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf",
        "dejavu/DejaVuSansCondensed.ttf",
        "dejavu/DejaVuSansCondensed-Bold.ttf",
        "dejavu/DejaVuSansCondensed-Oblique.ttf",
    ]
    missing = [n for n in need if not os.path.exists(os.path.join(FONT_DIR, n))]
    if missing:
        sys.exit(
            "missing fonts " + ", ".join(missing) + ": install the Debian packages fonts-liberation fonts-dejavu-core"
        )


STYLES = {
    "serif": {
        "fam": "LSerif",
        "files": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                  "liberation/LiberationSerif-Italic.ttf"),
        "size": 10, "tsize": 8.6, "margin": 22, "lh": 4.6, "rh": 4.4, "head": None, "zebra": None,
        "rule": True, "color": (0, 0, 0),
    },
    "sans": {
        "fam": "DVSC",
        "files": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
                  "dejavu/DejaVuSansCondensed-Oblique.ttf"),
        "size": 9, "tsize": 7.8, "margin": 16, "lh": 4.2, "rh": 4.3, "head": (214, 226, 236),
        "zebra": (243, 246, 249), "rule": False, "color": (20, 70, 120),
    },
}


class Doc(FPDF):
    def __init__(self, style, running, title):
        super().__init__(format="Letter", unit="mm")
        st = STYLES[style]
        self.st = st
        self.fam = st["fam"]
        for f, s in zip(st["files"], ("", "B", "I"), strict=True):
            self.add_font(self.fam, s, os.path.join(FONT_DIR, f))
        self.set_margins(st["margin"], 18, st["margin"])
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 2, 10, 9, 0, 0, tzinfo=UTC))
        self.set_title(title)
        self.set_author(running)
        self.set_creator("blind_filings_15")
        self.set_producer("blind_filings_15")
        self.running = running
        self.mode = "none"
        self.counter = 0
        self.labels = []
        self.anchors = {}
        self.cur_label = ""

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    # page labels
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
            self.cur_label = str(self.counter) if self.mode == "arabic" else f"F-{self.counter}"
        self.labels.append(self.cur_label)
        if self.mode != "none" and self.st["head"] is not None:
            self.set_font(self.fam, "B", 7.5)
            self.set_text_color(*self.st["color"])
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, self.running, align="L")
            self.set_draw_color(*self.st["color"])
            self.line(self.l_margin, 13.5, self.w - self.r_margin, 13.5)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_y(18)

    def footer(self):
        if not self.cur_label:
            return
        self.set_y(-14)
        self.set_font(self.fam, "", 8.5)
        self.cell(0, 4, self.cur_label, align="C" if self.st["rule"] else "R")

    @property
    def pidx(self):
        return self.page_no() - 1

    @property
    def ew(self):
        return self.w - self.l_margin - self.r_margin

    def need(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def heading(self, text, level=1, key=None):
        sz = {0: 13, 1: 11, 2: 9.8}[level] + (0 if self.st["rule"] else -0.5)
        self.need(52 if level == 2 else 22)
        self.ln(2 if level else 0)
        self.set_font(self.fam, "B", sz)
        if not self.st["rule"]:
            self.set_text_color(*self.st["color"])
        self.multi_cell(0, sz * 0.5, text, align="C" if (level == 0 and self.st["rule"]) else "L")
        self.set_text_color(0, 0, 0)
        self.ln(1.2)
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

    def table(self, caption, widths, heads, rows, scale=None, key=None, foot=None, split_at=None):
        """heads: list of header rows; each row a list of (text, span). rows: dicts
        {label, vals, key, kind(section|total|bold|plain), indent}."""
        st = self.st
        ts, rh = st["tsize"], st["rh"]
        lw = self.ew - sum(widths)

        def draw_head(cont):
            self.set_font(self.fam, "B", ts + 1)
            if caption:
                self.multi_cell(0, rh + 0.4, caption + (" (continued)" if cont else ""),
                                align="C" if st["rule"] else "L")
            if scale:
                self.set_font(self.fam, "I", ts)
                self.multi_cell(0, rh, scale, align="C" if st["rule"] else "L")
            self.ln(0.6)
            for hr in heads:
                self.set_font(self.fam, "B", ts)
                if st["head"]:
                    self.set_fill_color(*st["head"])
                x0 = self.l_margin
                self.set_x(x0)
                self.cell(lw, rh, "", fill=bool(st["head"]))
                i = 0
                for text, span in hr:
                    w = sum(widths[i:i + span])
                    assert self.get_string_width(text) < w, ("header too wide", text)
                    x = self.get_x()
                    self.cell(w, rh, text, align="C", fill=bool(st["head"]))
                    if st["rule"] and text:
                        self.line(x + 1.5, self.get_y() + rh, x + w - 0.5, self.get_y() + rh)
                    i += span
                self.ln(rh)
            self.ln(0.5)

        self.need(rh * (len(heads) + 4) + 10)
        draw_head(False)
        if key:
            self.anchors[key] = (self.pidx, caption)
        z = 0
        for n, r in enumerate(rows):
            kind = r.get("kind", "plain")
            if self.get_y() + rh > self.page_break_trigger - 2 or n == split_at:
                self.add_page()
                draw_head(True)
            self.set_font(self.fam, "B" if kind in ("section", "bold", "total") else "", ts)
            fill = False
            if st["zebra"] and kind != "section":
                z += 1
                if z % 2 == 0:
                    self.set_fill_color(*st["zebra"])
                    fill = True
            y = self.get_y()
            ind = " " * (3 * r.get("indent", 0))
            vals = r.get("vals", [])
            assert self.get_string_width(ind + r["label"]) < lw - 1, ("label too wide", r["label"])
            for v, w in zip(vals, widths, strict=False):
                assert self.get_string_width(v) < w - 1, ("value too wide", r["label"], v)
            self.cell(lw, rh, ind + r["label"], fill=fill)
            for i, w in enumerate(widths):
                v = vals[i] if i < len(vals) else ""
                self.cell(w, rh, v, align="R", fill=fill)
            if kind == "total" and st["rule"]:
                for i, w in enumerate(widths):
                    x = self.l_margin + lw + sum(widths[:i])
                    self.line(x + 3, y, x + w - 0.3, y)
                    if r.get("double"):
                        self.line(x + 3, y + rh + 0.2, x + w - 0.3, y + rh + 0.2)
                        self.line(x + 3, y + rh + 0.7, x + w - 0.3, y + rh + 0.7)
            self.ln(rh)
            if r.get("key"):
                self.anchors[r["key"]] = (self.pidx, " ".join([r["label"]] + [v for v in vals if v]))
        if foot:
            self.ln(0.8)
            self.set_font(self.fam, "", ts - 0.6)
            for f in foot:
                self.multi_cell(0, rh - 0.4, f)
        self.ln(2.5)
