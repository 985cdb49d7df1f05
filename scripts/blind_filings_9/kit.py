"""Shared helpers: exact rounding/formatting and a small fpdf2 filing typesetter.

All numbers reach this module already computed by a model; this module only
formats and draws them.
"""
import math
from datetime import datetime, timezone
from fractions import Fraction
from pathlib import Path

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype"

# The PDFs are typeset in Debian's fonts; say so rather than fail deep inside fpdf.
if not Path(FONT_DIR, "liberation").is_dir() or not Path(FONT_DIR, "dejavu").is_dir():
    raise SystemExit(
        "this set is typeset in Debian's Liberation and DejaVu fonts; install"
        " fonts-liberation fonts-dejavu-core"
    )
FONTS = {
    "serif": {
        "": f"{FONT_DIR}/liberation/LiberationSerif-Regular.ttf",
        "B": f"{FONT_DIR}/liberation/LiberationSerif-Bold.ttf",
        "I": f"{FONT_DIR}/liberation/LiberationSerif-Italic.ttf",
        "BI": f"{FONT_DIR}/liberation/LiberationSerif-BoldItalic.ttf",
    },
    "sans": {
        "": f"{FONT_DIR}/liberation/LiberationSans-Regular.ttf",
        "B": f"{FONT_DIR}/liberation/LiberationSans-Bold.ttf",
        "I": f"{FONT_DIR}/liberation/LiberationSans-Italic.ttf",
        "BI": f"{FONT_DIR}/liberation/LiberationSans-BoldItalic.ttf",
    },
}

EM = "\u2014"


# ----------------------------------------------------------------- rounding
def rnd(x, d=0):
    """Round a Fraction/int half away from zero to d decimals; returns Fraction."""
    x = Fraction(x)
    q = x * (10 ** d)
    n = math.floor(abs(q) + Fraction(1, 2))
    if q < 0:
        n = -n
    return Fraction(n, 10 ** d)


def rint(x):
    return int(rnd(x, 0))


def _num(x, d):
    x = rnd(x, d)
    neg = x < 0
    x = abs(x)
    if d == 0:
        s = f"{int(x):,}"
    else:
        whole = int(x)
        frac = int((x - whole) * 10 ** d)
        s = f"{whole:,}.{frac:0{d}d}"
    return s, neg


def fmt(x, d=0, zero=EM, paren=True):
    """Financial-table number: 1,234 / (1,234) / em dash for zero."""
    if x is None:
        return ""
    if rnd(x, d) == 0:
        return zero
    s, neg = _num(x, d)
    if neg:
        return f"({s})" if paren else f"-{s}"
    return s


def plain(x, d=0):
    """Number for prose/answers: 1,234 or -1,234 (never an em dash)."""
    s, neg = _num(x, d)
    return ("-" if neg and rnd(x, d) != 0 else "") + s


def pct(x, d=1, paren=True):
    """x is a ratio (0.123 -> 12.3%)."""
    v = Fraction(x) * 100
    if rnd(v, d) == 0:
        return "0." + "0" * d + "%" if d else "0%"
    s, neg = _num(v, d)
    if neg:
        return f"({s})%" if paren else f"-{s}%"
    return s + "%"


def pct_plain(x, d=1):
    return pct(x, d, paren=False)


def money_prose(x_units, unit="million", d=1):
    """x expressed in `unit` already (e.g. 1424 million -> '$1.42 billion' handled by caller)."""
    return f"${plain(x_units, d)} {unit}"


# ----------------------------------------------------------------- document
class Filing(FPDF):
    def __init__(self, style):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.st = style
        fam = style["family"]
        for sty, path in FONTS[fam].items():
            self.add_font(fam, sty, path)
        self.fam = fam
        self.set_margins(style["lm"], style["tm"], style["rm"])
        self.set_auto_page_break(True, style["bm"])
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
        self.set_title(style["title"])
        self.set_author(style["author"])
        self.set_creator("blind_filings_9")
        self.set_producer("blind_filings_9")
        self.label_mode = "none"
        self.label_n = 0
        self.page_labels = {}
        self.running = ""
        self.broken_tables = []
        self.c_pad = 1.2
        self.anchors = {}

    def mark(self, text):
        """Remember the printed page label where a heading/title first appears (for a TOC)."""
        lab = self.cur_label()
        for key in (text, text.split(" ")[0] + " " + text.split(" ")[1] if " " in text else text):
            self.anchors.setdefault(key, lab)
        self.anchors.setdefault(text[:21], lab)

    # ---------------- page furniture
    def new_section(self, mode, running=None):
        self.label_mode = mode
        self.label_n = 0
        if running is not None:
            self.running = running
        self.add_page()

    def header(self):
        if self.label_mode != "none":
            self.label_n += 1
        lab = self.cur_label()
        self.page_labels[self.page] = lab
        if self.label_mode == "none" or not self.running:
            return
        st = self.st
        self.set_font(self.fam, "I", st["small"])
        self.set_text_color(*st["muted"])
        self.set_y(st["tm"] - 8)
        if st["header_align"] == "R":
            self.cell(0, 4, self.running, align="R")
        else:
            self.cell(0, 4, self.running, align="L")
        if st["header_rule"]:
            self.set_draw_color(*st["muted"])
            self.set_line_width(0.2)
            y = st["tm"] - 3.5
            self.line(st["lm"], y, self.w - st["rm"], y)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(st["tm"])

    def cur_label(self):
        m, n = self.label_mode, self.label_n
        if m == "none":
            return ""
        if m == "roman":
            return ["i", "ii", "iii", "iv", "v", "vi"][n - 1]
        if m == "F":
            return f"F-{n}"
        return str(n)

    def footer(self):
        lab = self.page_labels.get(self.page, "")
        if not lab:
            return
        st = self.st
        self.set_y(-st["bm"] + 4)
        self.set_font(self.fam, "", st["small"])
        if st["footer"] == "center":
            self.cell(0, 4, lab, align="C")
        else:
            self.set_text_color(*st["muted"])
            self.cell(0, 4, st["footer_text"], align="L")
            self.set_x(self.l_margin)
            self.set_text_color(0, 0, 0)
            self.set_font(self.fam, "B", st["small"])
            self.cell(0, 4, lab, align="R")

    # ---------------- text
    @property
    def uw(self):
        return self.w - self.l_margin - self.r_margin

    def heading(self, text, level=1, space=2.5):
        st = self.st
        size = {0: st["base"] + 5, 1: st["base"] + 2, 2: st["base"] + 0.5, 3: st["base"]}[level]
        if self.get_y() + 20 > self.page_break_trigger:
            self.add_page()
        self.ln(space)
        self.mark(text)
        if level <= 1 and st.get("band_headings"):
            self.set_fill_color(*st["band"])
            self.set_text_color(*st["band_text"])
            self.set_font(self.fam, "B", size)
            self.cell(0, size * 0.55, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
        else:
            self.set_font(self.fam, "B" if level < 3 else "BI", size)
            self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT",
                            align="C" if (level == 0) else "L")
        self.ln(1.2)

    def para(self, text, size=None, style="", align=None, after=1.8):
        st = self.st
        self.set_font(self.fam, style, size or st["base"])
        self.multi_cell(0, (size or st["base"]) * st["lead"], text, align=align or st["align"],
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def bullets(self, items, size=None):
        st = self.st
        sz = size or st["base"]
        for it in items:
            self.set_font(self.fam, "", sz)
            x = self.l_margin
            self.set_x(x + 3)
            self.cell(4, sz * st["lead"], "\u2022")
            self.multi_cell(self.uw - 7, sz * st["lead"], it, align=st["align"],
                            new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(1.2)

    def columns_text(self, paragraphs, ncols=2, size=None):
        st = self.st
        self.set_font(self.fam, "", size or st["base"])
        with self.text_columns(ncols=ncols, gutter=6, text_align="J",
                               line_height=st["lead"] * 1.0) as cols:
            for p in paragraphs:
                cols.write(p + "\n\n")
        self.ln(1)

    def small_note(self, text):
        self.para(text, size=self.st["small"], style="I", after=1.5)

    # ---------------- tables
    def table(self, rows, header, ncols, title=None, units=None, label_w=None, val_w=None,
              dollar_w=None, aligns=None, size=None, break_after=None, notes=None,
              text_cols=None, keep=True):
        """rows: list of dicts {label, vals, kind, indent, dollar, bold}.
        header: list of header rows; a header row is a list of (text, span).
        text_cols: list of widths for leading text value columns (left aligned, no $)."""
        st = self.st
        sz = size or st["tbl"]
        rh = sz * 0.47
        text_cols = text_cols or []
        ntext = len(text_cols)
        nnum = ncols - ntext
        dw = dollar_w if dollar_w is not None else sz * 0.42
        if val_w is None:
            val_w = st["val_w"] * sz / st["tbl"]
        if label_w is None:
            label_w = self.uw - sum(text_cols) - nnum * (val_w + dw)
        col_x = []
        x = self.l_margin + label_w
        for w in text_cols:
            col_x.append((x, 0, w))
            x += w
        for _ in range(nnum):
            col_x.append((x, dw, val_w))
            x += dw + val_w
        right = x
        hdr_lines = max((max((t or "").count("\n") + 1 for t, _ in hr) for hr in header), default=0)
        need = (len(header) and (hdr_lines * len(header))) * rh + rh * (len(rows) if len(rows) <= 16 else 6) + 12
        if keep and self.get_y() + need > self.page_break_trigger:
            self.add_page()

        if title:
            self.mark(title)

        def draw_title(cont):
            if title:
                self.set_font(self.fam, "B", sz + 1)
                self.cell(0, rh + 1, title + (" (continued)" if cont else ""),
                          new_x="LMARGIN", new_y="NEXT", align="C" if st["center_titles"] else "L")
            if units:
                self.set_font(self.fam, "I", sz - 0.5)
                self.cell(0, rh, units, new_x="LMARGIN", new_y="NEXT",
                          align="C" if st["center_titles"] else "L")
            self.ln(0.8)

        def draw_header():
            y0 = self.get_y()
            for hr in header:
                nl = max((t or "").count("\n") + 1 for t, _ in hr)
                h = nl * rh
                y = self.get_y()
                if st["table_style"] == "band":
                    self.set_fill_color(*st["band"])
                    self.rect(self.l_margin, y, right - self.l_margin, h + 0.6, style="F")
                    self.set_text_color(*st["band_text"])
                self.set_font(self.fam, "B", sz)
                ci = 0
                for text, span in hr:
                    if text is None:
                        ci += span
                        continue
                    if ci == -1:
                        pass
                    xs = col_x[ci][0]
                    xe = col_x[ci + span - 1][0] + col_x[ci + span - 1][1] + col_x[ci + span - 1][2]
                    lines = text.split("\n")
                    for k, ln in enumerate(lines):
                        self.set_xy(xs, y + (nl - len(lines) + k) * rh)
                        self.cell(xe - xs, rh, ln, align="C" if ci >= ntext else "L")
                    if st["table_style"] == "ruled" and text:
                        self.set_line_width(0.2)
                        self.line(xs + dw * 0.6 if ci >= ntext else xs, y + h + 0.2, xe, y + h + 0.2)
                    ci += span
                self.set_text_color(0, 0, 0)
                self.set_xy(self.l_margin, y + h + 0.8)
            if st["table_style"] == "band":
                self.ln(0.6)
            return self.get_y() - y0

        draw_title(False)
        draw_header()
        count = 0
        for i, r in enumerate(rows):
            kind = r.get("kind", "normal")
            if (break_after is not None and i == break_after) or \
                    self.get_y() + rh + 1.5 > self.page_break_trigger:
                if notes is not None and False:
                    pass
                self.broken_tables.append(title)
                self.add_page()
                draw_title(True)
                draw_header()
            y = self.get_y()
            bold = r.get("bold", kind in ("total", "subtotal_b"))
            if kind == "section":
                if st["table_style"] == "band":
                    self.set_fill_color(*st["shade"])
                    self.rect(self.l_margin, y, right - self.l_margin, rh, style="F")
                self.set_font(self.fam, "B" if st["table_style"] == "band" else "BI", sz)
                self.set_xy(self.l_margin + r.get("indent", 0) * 3, y)
                self.cell(label_w, rh, r["label"])
                self.set_xy(self.l_margin, y + rh)
                continue
            if kind == "blank":
                self.ln(rh * 0.5)
                continue
            if st["table_style"] == "band" and st.get("zebra") and count % 2 == 1:
                self.set_fill_color(*st["zebra"])
                self.rect(self.l_margin, y, right - self.l_margin, rh, style="F")
            count += 1
            self.set_font(self.fam, "B" if bold else "", sz)
            lab = r["label"]
            lx = self.l_margin + r.get("indent", 0) * 3
            lw = label_w - r.get("indent", 0) * 3
            if self.get_string_width(lab) > lw - 1:
                raise ValueError(f"label too wide: {lab!r} in {title!r}")
            self.set_xy(lx, y)
            self.cell(lw, rh, lab)
            vals = r.get("vals", [])
            for j, v in enumerate(vals):
                x0, dwj, vw = col_x[j]
                if v is None:
                    continue
                if j < ntext:
                    self.set_xy(x0, y)
                    self.cell(vw, rh, v, align="L")
                    continue
                if r.get("dollar") and v not in ("", EM) and (r.get("dcols") is None or j in r["dcols"]):
                    self.set_xy(x0, y)
                    self.cell(dwj, rh, "$", align="L")
                if self.get_string_width(v) > vw + dwj * 0.5:
                    raise ValueError(f"value too wide: {v!r} in {title!r}")
                self.set_xy(x0 + dwj, y)
                self.cell(vw - 0.6, rh, v, align=(aligns[j] if aligns else "R"))
            # rules
            self.set_line_width(0.2)
            if kind in ("subtotal", "total", "subtotal_b"):
                for j in range(ntext, len(col_x)):
                    x0, dwj, vw = col_x[j]
                    if j < len(vals) and vals[j] not in (None, ""):
                        self.line(x0 + dwj * 0.3, y, x0 + dwj + vw, y)
            if kind == "total":
                for j in range(ntext, len(col_x)):
                    x0, dwj, vw = col_x[j]
                    if j < len(vals) and vals[j] not in (None, ""):
                        self.line(x0 + dwj * 0.3, y + rh + 0.1, x0 + dwj + vw, y + rh + 0.1)
                        if st["table_style"] == "ruled":
                            self.line(x0 + dwj * 0.3, y + rh + 0.6, x0 + dwj + vw, y + rh + 0.6)
            self.set_xy(self.l_margin, y + rh + (0.6 if kind == "total" else 0.15))
        if notes:
            self.ln(1)
            self.set_font(self.fam, "", sz - 0.8)
            for n in notes:
                self.multi_cell(0, (sz - 0.8) * 0.45, n, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)


def R(label, vals=None, kind="normal", indent=0, dollar=False, bold=None):
    d = {"label": label, "vals": vals or [], "kind": kind, "indent": indent, "dollar": dollar}
    if bold is not None:
        d["bold"] = bold
    return d


def S(label, indent=0):
    return {"label": label, "kind": "section", "indent": indent}


BLANK = {"label": "", "kind": "blank"}
