"""Shared helpers for blind filings set 8: exact rounding, number formatting and a
small fpdf2 layout kit (paragraphs, headings, financial tables with page-break
handling, printed page labels and anchors that record which PDF page holds what).
"""

import datetime
from fractions import Fraction

from fpdf import FPDF

FIXED_DATE = datetime.datetime(2026, 2, 24, 12, 0, 0, tzinfo=datetime.timezone.utc)
DASH = "\u2014"


def F(x, d=1):
    return Fraction(x, d)


def rnd(x, places=0):
    """Round half away from zero to `places` decimals; returns a Fraction."""
    x = Fraction(x)
    q = Fraction(10) ** places
    v = abs(x) * q
    n = int(v)
    if v - n >= Fraction(1, 2):
        n += 1
    return Fraction(n if x >= 0 else -n) / q


def dec(x, places=0, commas=True):
    """Plain decimal string, e.g. dec(Fraction(12345, 10), 1) -> '1,234.5'."""
    r = rnd(x, places)
    neg = r < 0
    r = abs(r)
    ip = int(r)
    s = f"{ip:,}" if commas else str(ip)
    if places:
        s += "." + str(int((r - ip) * 10**places)).rjust(places, "0")
    return ("-" if neg else "") + s


def acct(x, places=0):
    """Accounting style: em dash for zero, parentheses for negatives."""
    r = rnd(x, places)
    if r == 0:
        return DASH
    s = dec(abs(r), places)
    return f"({s})" if r < 0 else s


def pct(x, places=1):
    """Fraction ratio -> '12.3%'."""
    return dec(Fraction(x) * 100, places) + "%"


def pct_change(new, old, places=1, nm="nm"):
    """Table-style % change; 'nm' when the base is zero or the sign flips."""
    new, old = Fraction(new), Fraction(old)
    if old < 0 and new < 0:
        new, old = -new, -old
    if old <= 0 or new < 0:
        return nm
    return acct_pct((new - old) / old, places)


def acct_pct(x, places=1):
    r = rnd(Fraction(x) * 100, places)
    if r == 0:
        return dec(0, places) + "%"
    s = dec(abs(r), places) + "%"
    return f"({s})" if r < 0 else s


def words_pct(x, places=1):
    """Signed percent for prose answers: '8.2%' or '-3.1%'."""
    return dec(Fraction(x) * 100, places) + "%"


# ----------------------------------------------------------------------------
# Layout kit
# ----------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, style):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(FIXED_DATE)
        self.set_producer("fpdf2")
        self.st = style
        self.set_margins(style["margin"], style["top"], style["margin"])
        self.set_auto_page_break(True, margin=style["bottom"])
        self.labels = {}
        self.anchors = {}
        self.num_prefix = None
        self.num_counter = 0
        self.running_head = ""
        self.foot_note = ""

    # page numbering -------------------------------------------------------
    def numbering(self, prefix, start=1):
        """Numbering used from the next page on; prefix None = unnumbered."""
        self.num_prefix = prefix
        self.num_counter = start
        self.num_first = self.page + 1

    def header(self):
        idx = self.page - 1
        if self.num_prefix is None:
            self.labels[idx] = None
        else:
            self.labels[idx] = f"{self.num_prefix}{self.num_counter + self.page - self.num_first}"
        if self.running_head:
            self.set_font(self.st["body"], "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_y(8)
            self.cell(0, 4, self.running_head, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(self.st["top"])

    def footer(self):
        label = self.labels.get(self.page - 1)
        self.set_y(-13)
        if self.foot_note:
            self.set_font(self.st["body"], "", 7)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, self.foot_note, align="L")
            self.set_x(self.l_margin)
            self.set_text_color(0, 0, 0)
        if label:
            self.set_font(self.st["body"], "", 8.5)
            self.cell(0, 4, label, align="C")

    def mark(self, name, first=None):
        pages = range(first if first is not None else self.page, self.page + 1)
        s = self.anchors.setdefault(name, set())
        for p in pages:
            s.add(p - 1)

    def room(self, h):
        return self.get_y() + h <= self.page_break_trigger

    def need(self, h):
        if not self.room(h):
            self.add_page()

    # text -------------------------------------------------------------------
    def para(self, text, key=None, size=None, style="", align="J", gap=None, indent=0, lh=None):
        size = size or self.st["size"]
        lh = lh or self.st["lh"] * size / self.st["size"]
        self.set_font(self.st["body"], style, size)
        start = self.page
        if self.get_y() + lh > self.page_break_trigger:
            self.add_page()
            start = self.page
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        if key:
            self.mark(key, start)
        self.ln(self.st["gap"] if gap is None else gap)

    def bullet(self, text, key=None, size=None, sym="\u2022"):
        size = size or self.st["size"]
        lh = self.st["lh"] * size / self.st["size"]
        self.set_font(self.st["body"], "", size)
        if self.get_y() + 2 * lh > self.page_break_trigger:
            self.add_page()
        start = self.page
        x = self.l_margin
        self.set_x(x + 3)
        self.cell(4, lh, sym)
        self.multi_cell(self.epw - 7, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
        if key:
            self.mark(key, start)
        self.ln(1)

    def heading(self, text, level=1, key=None, align="L"):
        sizes = {0: self.st["size"] + 4, 1: self.st["size"] + 1.5, 2: self.st["size"] + 0.5, 3: self.st["size"]}
        styles = {0: "B", 1: "B", 2: "B", 3: "BI"}
        size = sizes[level]
        if not self.room(26):
            self.add_page()
        self.ln(1.5 if level > 1 else 2.5)
        self.set_font(self.st["head"], styles[level], size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        if key:
            self.mark(key)
        self.ln(1.2)

    # tables -------------------------------------------------------------------
    def table(
        self,
        key,
        title,
        units,
        cols,
        header_rows,
        rows,
        label_w=None,
        size=None,
        note=None,
        break_before=None,
        dollar_w=3.2,
        title_size=None,
    ):
        """cols: list of value-column widths. header_rows: list of lists of
        (text, first_col, span). rows: list of dicts with keys id, label, vals,
        kind in {line, total, grand, section, head, blank, sub}, dollar, indent."""
        st = self.st
        size = size or st["tsize"]
        rh = size * 0.48
        label_w = label_w or (self.epw - sum(cols))
        x0 = self.l_margin
        xs = []
        x = x0 + label_w
        for w in cols:
            xs.append(x)
            x += w

        def draw_title(cont):
            if cont and not title:
                self.set_font(st["body"], "I", size)
                self.cell(0, rh, "(continued)", align="L", new_x="LMARGIN", new_y="NEXT")
            if title:
                self.set_font(st["head"], "B", title_size or size + 1.5)
                t = title + (" (continued)" if cont else "")
                self.multi_cell(0, (title_size or size + 1.5) * 0.5, t, align="C", new_x="LMARGIN", new_y="NEXT")
            if units:
                self.set_font(st["body"], "I", size)
                self.cell(0, rh, units, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

        def draw_header():
            for hr in header_rows:
                self.set_font(st["body"], "B", size)
                y = self.get_y()
                if st.get("hdr_fill"):
                    self.set_fill_color(*st["hdr_fill"])
                    self.rect(x0, y, label_w + sum(cols), rh + 0.6, style="F")
                for text, c0, span in hr:
                    if c0 is None:
                        self.set_xy(x0, y)
                        self.cell(label_w, rh, text, align="L")
                        continue
                    w = sum(cols[c0 : c0 + span])
                    self.set_xy(xs[c0], y)
                    self.cell(w, rh, text, align="C")
                    if text:
                        self.line(xs[c0] + 1, y + rh + 0.2, xs[c0] + w - 0.5, y + rh + 0.2)
                self.set_xy(x0, y + rh + 0.8)
            self.ln(0.6)

        def needed(r):
            lines = self._label_lines(r, label_w, size)
            return rh * max(1, len(lines)) + (1.5 if r.get("kind") in ("grand", "total") else 0)

        start = self.page
        est_first = rh * (len(header_rows) + 4) + 12
        total_h = rh * (len(header_rows) + 2) + sum(needed(r) for r in rows) + 10
        if total_h < 95 and not break_before:
            est_first = total_h
        if not self.room(est_first):
            self.add_page()
            start = self.page
        draw_title(False)
        draw_header()
        for r in rows:
            if (break_before and r.get("id") == break_before) or not self.room(needed(r) + 1):
                self.add_page()
                draw_title(True)
                draw_header()
            self._row(r, x0, xs, cols, label_w, size, rh, dollar_w)
            if r.get("id"):
                self.mark(f"{key}/{r['id']}")
        self.mark(key, start)
        if note:
            self.ln(1)
            for n in note:
                self.para(n, size=size - 0.5, gap=0.6)
        self.ln(st["gap"] + 1)

    def _label_lines(self, r, label_w, size):
        style = "B" if r.get("kind") in ("section", "head") else ""
        self.set_font(self.st["body"], style, size)
        ind = 3 * r.get("indent", 0)
        label = r.get("label", "")
        if not label:
            return [""]
        return self.wrap(label, label_w - ind - 2)

    def wrap(self, text, width):
        """Greedy word wrap with the current font (no dry-run rendering)."""
        lines, cur = [], ""
        for word in text.split(" "):
            trial = word if not cur else cur + " " + word
            if cur and self.get_string_width(trial) > width:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        lines.append(cur)
        return lines

    def _row(self, r, x0, xs, cols, label_w, size, rh, dollar_w):
        kind = r.get("kind", "line")
        bold = kind in ("section", "head") or r.get("bold")
        lines = self._label_lines(r, label_w, size)
        y = self.get_y()
        if kind == "blank":
            self.ln(rh * 0.6)
            return
        if r.get("shade") and self.st.get("row_fill"):
            self.set_fill_color(*self.st["row_fill"])
            self.rect(x0, y, label_w + sum(cols), rh * len(lines), style="F")
        ind = 3 * r.get("indent", 0)
        self.set_font(self.st["body"], "B" if bold else "", size)
        for i, ln in enumerate(lines):
            self.set_xy(x0 + ind + (2 if i else 0), y + i * rh)
            self.cell(label_w - ind, rh, ln, align="L")
        yv = y + (len(lines) - 1) * rh
        vals = r.get("vals") or []
        self.set_font(self.st["body"], "B" if r.get("bold") else "", size)
        for j, v in enumerate(vals):
            if v is None:
                continue
            w = cols[j]
            dmask = r.get("dollar")
            dol = dmask[j] if isinstance(dmask, (list, tuple)) else dmask
            dol = dol and v not in ("", DASH, "nm") and not str(v).endswith("%") and not str(v).endswith("pts")
            if kind in ("total", "grand") and v != "":
                self.line(xs[j] + 1.0, yv + 0.05, xs[j] + w - 0.5, yv + 0.05)
            if dol:
                self.set_xy(xs[j] + 0.8, yv)
                self.cell(dollar_w, rh, r.get("sym", "$"), align="L")
            self.set_xy(xs[j], yv)
            txt = str(v)
            if txt.startswith("(") or not txt or txt[-1:] in ("%", ")") or txt.endswith("pts"):
                self.cell(w - 0.3, rh, txt, align="R")
            else:
                self.cell(w - 1.6, rh, txt, align="R")
            if kind == "grand" and v != "":
                self.line(xs[j] + 1.0, yv + rh + 0.1, xs[j] + w - 0.5, yv + rh + 0.1)
                self.line(xs[j] + 1.0, yv + rh + 0.6, xs[j] + w - 0.5, yv + rh + 0.6)
        self.set_xy(x0, y + len(lines) * rh + (1.0 if kind == "grand" else 0.15))
