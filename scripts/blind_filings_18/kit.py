"""Exact rounding, filing-style number formatting and a small fpdf2 layout kit for the blind_filings_18 set.

Two house styles of its own:

* ``ledger`` (the bank 10-K): DejaVu Serif, dotted leaders running from each row label to the figures, statement
  titles centred with a right-aligned italic scale line ("(In thousands, except per share data)") underneath,
  single underlines under each column head, dark-green headings, a footer with the report name on the left and the
  page number on the right.
* ``banded`` (the medical-device 10-Q): Liberation Sans Narrow, captions on the left in plum, a tinted two-row
  header block whose spanning top row ("Three Months Ended September 30") sits over the year columns and whose
  bottom-left corner carries the scale ("$ in millions, except per share"), grey hairlines between body rows, a
  running head at the top and a centred page number at the foot.

The kit records on which 0-based PDF page every keyed table row or sentence is printed (``Doc.anchors``) and the
printed page label of every table-of-contents entry (``Doc.marks``)."""

import os
import re
import sys
from datetime import UTC, datetime
from fractions import Fraction

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

FONT_DIR = "/usr/share/fonts/truetype"
EM = "\u2014"
NAME = "blind_filings_18"


def rnd(x, places=0):
    """Round half away from zero; returns a Fraction (places > 0) or an int."""
    q = Fraction(x) * (10**places)
    n = int(abs(q) + Fraction(1, 2))
    n = n if q >= 0 else -n
    return n if places == 0 else Fraction(n, 10**places)


def num(v, places=0, dollar=False):
    """Filing style: thousands separators, negatives in parentheses, zero as an em dash."""
    v = rnd(v, places)
    if v == 0:
        return EM
    s = f"{float(abs(v)):,.{places}f}" if places else f"{abs(int(v)):,}"
    if dollar:
        s = "$" + s
    return f"({s})" if v < 0 else s


def pct(x, places=1, dash=False):
    """A percentage (already times 100) as '12.3%'; negatives as '(1.5)%'."""
    v = rnd(x, places)
    if v == 0 and dash:
        return EM
    s = f"{float(abs(v)):.{places}f}"
    return f"({s})%" if v < 0 else f"{s}%"


def parse(s):
    """The number printed in a figure string: '$1,234' -> 1234, '(12.5)%' -> -12.5, an em dash -> 0."""
    t = s.strip()
    if t in (EM, "-", "\u2013"):
        return Fraction(0)
    neg = t.startswith("(") or t.startswith("-")
    m = re.search(r"\d[\d,]*(\.\d+)?", t)
    assert m, ("no number in", s)
    v = Fraction(m.group(0).replace(",", ""))
    return -v if neg else v


def norm(s):
    """Text normalised for matching: whitespace removed, then runs of two or more dots (leaders) removed."""
    return re.sub(r"\.{2,}", "", re.sub(r"\s+", "", s))


FONTS = {
    "ledger": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "banded": (
        "liberation/LiberationSansNarrow-Regular.ttf",
        "liberation/LiberationSansNarrow-Bold.ttf",
        "liberation/LiberationSansNarrow-Italic.ttf",
    ),
}


def fonts_or_exit():
    need = [f for files in FONTS.values() for f in files]
    missing = [n for n in need if not os.path.exists(os.path.join(FONT_DIR, n))]
    if missing:
        sys.exit(
            "missing fonts " + ", ".join(missing) + ": install the Debian packages fonts-dejavu-core "
            "fonts-dejavu-extra fonts-liberation"
        )


STYLES = {
    "ledger": {
        "fam": "DVSerif",
        "size": 8.6,
        "tsize": 7.3,
        "margin": 19,
        "lh": 4.15,
        "rh": 3.9,
        "accent": (22, 84, 56),
        "created": datetime(2026, 2, 24, 16, 30, 0, tzinfo=UTC),
    },
    "banded": {
        "fam": "LSansN",
        "size": 9.6,
        "tsize": 8.4,
        "margin": 21,
        "lh": 4.4,
        "rh": 4.3,
        "accent": (96, 38, 112),
        "tint": (241, 235, 245),
        "hair": (196, 196, 196),
        "created": datetime(2025, 11, 4, 21, 12, 0, tzinfo=UTC),
    },
}


class Doc(FPDF):
    def __init__(self, style, company, title, foot_text, run_head=""):
        super().__init__(format="Letter", unit="mm")
        st = STYLES[style]
        self.style = style
        self.st = st
        self.fam = st["fam"]
        for f, s in zip(FONTS[style], ("", "B", "I"), strict=True):
            self.add_font(self.fam, s, os.path.join(FONT_DIR, f))
        self.set_margins(st["margin"], 17, st["margin"])
        self.set_auto_page_break(True, 19)
        self.set_creation_date(st["created"])
        self.set_title(title)
        self.set_author(company)
        self.set_subject(title)
        self.set_creator(NAME)
        self.set_producer(NAME)
        self.set_lang("en-US")
        self.company = company
        self.foot_text = foot_text
        self.run_head = run_head
        self.numbered = False
        self.counter = 0
        self.labels = []
        self.cur_label = ""
        self.anchors = {}
        self.marks = {}
        self.pending = []
        self.leaders = style == "ledger"

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    # ------------------------------------------------------------------ pages
    def new_page(self, numbered=None):
        if numbered is not None:
            self.numbered = numbered
        self.add_page()

    def header(self):
        assert len(self.labels) == self.page_no() - 1
        if self.numbered:
            self.counter += 1
            self.cur_label = str(self.counter)
        else:
            self.cur_label = ""
        self.labels.append(self.cur_label)
        if not self.cur_label or not self.run_head:
            return
        acc = self.st["accent"]
        self.set_font(self.fam, "B", 7.8)
        self.set_text_color(*acc)
        self.set_xy(self.l_margin, 8.5)
        left, right = self.run_head
        self.cell(self.ew / 2, 4, left, align="L")
        self.set_font(self.fam, "", 7.8)
        self.cell(self.ew / 2, 4, right, align="R")
        self.set_draw_color(*acc)
        self.set_line_width(0.25)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(17)

    def footer(self):
        if not self.cur_label:
            return
        self.set_y(-13.5)
        if self.style == "ledger":
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y() - 0.8, self.w - self.r_margin, self.get_y() - 0.8)
            self.set_draw_color(0, 0, 0)
            self.set_font(self.fam, "I", 7)
            self.cell(self.ew * 0.85, 4, self.foot_text, align="L")
            self.set_font(self.fam, "B", 8)
            self.cell(self.ew * 0.15, 4, self.cur_label, align="R")
        else:
            self.set_font(self.fam, "", 8.6)
            self.cell(0, 4, f"\u2013 {self.cur_label} \u2013", align="C")

    @property
    def pidx(self):
        return self.page_no() - 1

    @property
    def ew(self):
        return self.w - self.l_margin - self.r_margin

    def need(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def mark(self, key):
        """Record the printed page label of the next heading under key (for the table of contents)."""
        self.pending.append(key)

    # ------------------------------------------------------------------ text
    def heading(self, text, level=1, need=30):
        sz = {0: 11.5, 1: 9.8, 2: 8.9}[level]
        self.need(need)
        self.ln(1.6 if level else 0)
        for k in self.pending:
            self.marks[k] = self.labels[-1]
        self.pending = []
        self.set_font(self.fam, "B" if level < 2 else "B", sz)
        if level < 2:
            self.set_text_color(*self.st["accent"])
        if level == 2 and self.style == "ledger":
            self.set_font(self.fam, "I", sz)
        self.multi_cell(
            0,
            sz * 0.5,
            text.upper() if (level == 1 and self.style == "ledger") else text,
            align="C" if level == 0 else "L",
        )
        self.set_text_color(0, 0, 0)
        if level == 1 and self.style == "banded":
            self.set_draw_color(*self.st["accent"])
            self.line(self.l_margin, self.get_y() + 0.3, self.l_margin + 40, self.get_y() + 0.3)
            self.set_draw_color(0, 0, 0)
            self.ln(0.8)
        self.ln(1.2)

    def para(self, text, keys=None, style="", size=None, align="J"):
        """A prose paragraph kept on one page; keys maps anchor key -> (sentence, {name: figure}) found in it."""
        size = size or self.st["size"]
        self.set_font(self.fam, style, size)
        self.set_auto_page_break(False)
        lines = self.multi_cell(0, self.st["lh"], text, dry_run=True, output=MethodReturnValue.LINES)
        self.set_auto_page_break(True, 19)
        self.need(len(lines) * self.st["lh"] + 1)
        self.multi_cell(0, self.st["lh"], text, align=align)
        self.ln(1.5)
        for k, (sent, figs) in (keys or {}).items():
            assert sent in text, sent
            for f in figs.values():
                assert f in sent, (k, f)
            self.anchor(k, sent, figs=figs)

    def anchor(self, key, text, vals=None, figs=None, page=None):
        assert key not in self.anchors, ("duplicate anchor", key)
        self.anchors[key] = {
            "page": self.pidx if page is None else page,
            "text": text,
            "vals": vals or [],
            "figs": figs or {},
        }

    def leader_cell(self, w, h, text, style=""):
        """The label then dotted leaders to the end of the label column (ledger style)."""
        self.cell(self.get_string_width(text) + 0.4, h, text)
        if not self.leaders or not text.strip():
            self.cell(w - self.get_string_width(text) - 0.4, h, "")
            return
        assert not text.rstrip().endswith("."), ("label ends with a dot", text)
        room = w - self.get_string_width(text) - 0.4 - 2.0
        self.set_font(self.fam, "", self.font_size_pt)
        dot = self.get_string_width(" .")
        n = max(int(room / dot), 0)
        self.set_text_color(110, 110, 110)
        self.cell(room + 2.0, h, (" ." * n) if n >= 2 else "", align="L")
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------------ tables
    def table(
        self,
        caption,
        widths,
        heads,
        rows,
        scale=None,
        foot=None,
        ts=None,
        title2=None,
        split_at=None,
        center_caption=None,
        keep=True,
    ):
        """heads: header rows, each a list of (text, span); rows: dicts {label, vals, key, kind (section, plain,
        total, grand), indent}.  Ledger style: caption centred (statement) or left, scale line right-aligned under
        the caption, underlined heads, dotted leaders.  Banded style: tinted header block with the scale in the
        bottom-left corner.  Returns the sorted 0-based pages the table occupies."""
        st = self.st
        ts = ts or st["tsize"]
        rh = st["rh"] * ts / st["tsize"]
        lw = self.ew - sum(widths)
        ledger = self.style == "ledger"
        center = ledger if center_caption is None else center_caption
        pages = set()

        def draw_head(cont):
            if caption:
                self.set_font(self.fam, "B", ts + 1.3)
                if not ledger:
                    self.set_text_color(*st["accent"])
                self.multi_cell(0, rh + 0.6, caption + (" (continued)" if cont else ""), align="C" if center else "L")
                self.set_text_color(0, 0, 0)
                if title2 and not cont:
                    self.set_font(self.fam, "", ts)
                    self.multi_cell(0, rh, title2, align="C" if center else "L")
            if ledger and scale:
                self.set_font(self.fam, "I", ts - 0.4)
                self.multi_cell(0, rh, scale, align="R")
            self.ln(0.8)
            y0 = self.get_y()
            if not ledger:
                hh = rh * len(heads) + 1.2
                self.set_fill_color(*st["tint"])
                self.rect(self.l_margin, y0, self.ew, hh, style="F")
                self.set_draw_color(*st["accent"])
                self.set_line_width(0.5)
                self.line(self.l_margin, y0, self.w - self.r_margin, y0)
                self.set_line_width(0.2)
                self.set_draw_color(0, 0, 0)
                self.ln(0.6)
            for n, hr in enumerate(heads):
                last = n == len(heads) - 1
                self.set_x(self.l_margin)
                corner = scale if (scale and not ledger and last) else ""
                self.set_font(self.fam, "I", ts - 0.2)
                assert self.get_string_width(corner) < lw - 1, ("scale too wide", corner)
                self.cell(lw, rh, corner)
                self.set_font(self.fam, "B", ts)
                i = 0
                for text, span in hr:
                    w = sum(widths[i : i + span])
                    assert self.get_string_width(text) < w - 0.6, ("header too wide", text)
                    x = self.get_x()
                    self.cell(w, rh, text, align="C" if span > 1 else "R")
                    if text and ledger:
                        tw = self.get_string_width(text) if span == 1 else w - 2
                        x0 = x + w - tw - 1 if span == 1 else x + 1.5
                        self.line(
                            x0, self.get_y() + rh - 0.2, x0 + tw + (1 if span == 1 else 0), self.get_y() + rh - 0.2
                        )
                    elif text and span > 1:
                        self.set_draw_color(*st["accent"])
                        self.line(x + 1.5, self.get_y() + rh, x + w - 0.5, self.get_y() + rh)
                        self.set_draw_color(0, 0, 0)
                    i += span
                self.ln(rh + (0.5 if not last else 0))
            if not ledger:
                self.ln(0.6)
                self.set_draw_color(*st["accent"])
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.set_draw_color(0, 0, 0)
            self.ln(1.0)

        est = rh * (len(heads) + len(rows) + 3) + 14 + (rh * len(foot or []))
        if keep and est < self.page_break_trigger - self.t_margin - 4:
            self.need(est)
        else:
            self.need(rh * (len(heads) + 5) + 12)
        for m in self.pending:
            self.marks[m] = self.labels[-1]
        self.pending = []
        draw_head(False)
        pages.add(self.pidx)
        for n, r in enumerate(rows):
            kind = r.get("kind", "plain")
            room = rh * (3 if kind == "section" else 1) + (1.2 if kind == "grand" else 0)
            if self.get_y() + room > self.page_break_trigger - 2 or n == split_at:
                self.add_page()
                draw_head(True)
            pages.add(self.pidx)
            bold = kind in ("section", "total", "grand", "bold")
            self.set_font(self.fam, "B" if bold else "", ts)
            y = self.get_y()
            ind = "   " * r.get("indent", 0)
            vals = r.get("vals", [])
            room_l = self.ew if (kind == "section" or not vals) else lw - 4
            assert self.get_string_width(ind + r["label"]) < room_l, ("label too wide", r["label"])
            for v, w in zip(vals, widths, strict=False):
                assert self.get_string_width(v) < w - 1, ("value too wide", r["label"], v)
            self.set_x(self.l_margin)
            if vals and kind != "section":
                self.leader_cell(lw, rh, ind + r["label"])
                self.set_font(self.fam, "B" if bold else "", ts)
            else:
                self.cell(lw, rh, ind + r["label"])
            for i, w in enumerate(widths):
                v = vals[i] if i < len(vals) else ""
                self.cell(w, rh, v, align="R")
            if kind in ("total", "grand"):
                for i, w in enumerate(widths):
                    if i >= len(vals) or not vals[i]:
                        continue
                    x = self.l_margin + lw + sum(widths[:i])
                    self.line(x + 2.5, y, x + w - 0.2, y)
                    if kind == "grand":
                        self.line(x + 2.5, y + rh + 0.15, x + w - 0.2, y + rh + 0.15)
                        self.line(x + 2.5, y + rh + 0.65, x + w - 0.2, y + rh + 0.65)
            self.ln(rh + (0.9 if kind == "grand" else 0))
            if not ledger and kind != "section" and n + 1 < len(rows):
                self.set_draw_color(*st["hair"])
                self.set_line_width(0.1)
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.set_line_width(0.2)
                self.set_draw_color(0, 0, 0)
            if r.get("key"):
                self.anchor(r["key"], " ".join([r["label"]] + [v for v in vals if v]), vals=list(vals))
        if not ledger:
            self.set_draw_color(*st["accent"])
            self.set_line_width(0.5)
            self.line(self.l_margin, self.get_y() + 0.3, self.w - self.r_margin, self.get_y() + 0.3)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.ln(0.8)
        if foot:
            self.ln(0.8)
            self.set_font(self.fam, "I", ts - 0.6)
            for f in foot:
                self.multi_cell(0, rh - 0.3, f)
        self.ln(2.6)
        return sorted(pages)


def row(label, vals, key=None, kind="plain", indent=0, fmt=num, dollar=False):
    """A table row from numbers (fmt formats each; dollar puts a $ on every figure of the row)."""
    out = [fmt(v, dollar=True) if dollar else fmt(v) for v in vals]
    return {"label": label, "vals": out, "key": key, "kind": kind, "indent": indent}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": list(vals), "key": key, "kind": kind, "indent": indent}


def sec(label, indent=0):
    return {"label": label, "kind": "section", "indent": indent}
