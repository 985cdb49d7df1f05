"""Small typesetting layer over fpdf2 that records where every tagged figure lands.

Every table cell or prose figure that carries an id is recorded in ``Doc.reg`` as
``id -> (printed text, 0-based PDF page index)`` at the moment it is drawn.
"""

import datetime
import re

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FIXED_DATE = datetime.datetime(2026, 2, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
TOKEN = re.compile(r"\{\{([A-Za-z0-9_.:\-]+)\}\}")


def roman(n):
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


class Doc(FPDF):
    def __init__(self, style):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.st = style
        self.set_margins(style["margin"], style["top"], style["margin"])
        self.set_auto_page_break(False)
        self.set_creation_date(style.get("created", FIXED_DATE))
        self.set_producer("blind5 typesetter")
        self.set_creator("blind5 typesetter")
        self.set_title(style["title"])
        self.set_author(style["author"])
        self.reg = {}
        self.vals = {}
        self.labels = []  # printed page label per page index
        self.numbering = ("none", 0)
        self.run_head = ""
        self.anchors = {}  # name -> printed page label
        self.bottom = 279.4 - style["bottom"]
        self.text_w = 215.9 - 2 * style["margin"]

    # ----- page furniture -------------------------------------------------
    def set_numbering(self, kind, start=1):
        self.numbering = (kind, start - self.page_no() - 1)

    def label_for(self, page_no):
        kind, off = self.numbering
        n = page_no + off
        if kind == "none":
            return ""
        if kind == "roman":
            return roman(n)
        if kind == "F":
            return f"F-{n}"
        return str(n)

    def header(self):
        self.labels.append(self.label_for(self.page_no()))
        if not self.run_head:
            return
        st = self.st
        self.set_font(st["font"], "I" if st["head_italic"] else "", 7.5)
        self.set_text_color(70, 70, 70)
        self.set_xy(st["margin"], 8)
        self.cell(self.text_w, 4, self.run_head, align=st["head_align"])
        self.set_draw_color(120, 120, 120)
        self.line(st["margin"], 13, 215.9 - st["margin"], 13)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_xy(st["margin"], st["top"])

    def footer(self):
        lab = self.labels[self.page_no() - 1]
        st = self.st
        self.set_font(st["font"], "", 8)
        if lab:
            self.set_xy(st["margin"], 279.4 - 12)
            self.cell(self.text_w, 4, st["foot_fmt"].format(lab), align=st["foot_align"])
        if st.get("foot_left"):
            self.set_xy(st["margin"], 279.4 - 12)
            self.cell(self.text_w, 4, st["foot_left"], align="L")

    def new_page(self, run_head=None):
        if run_head is not None:
            self.run_head = run_head
        self.add_page()

    def anchor(self, name):
        self.anchors[name] = self.labels[self.page_no() - 1]

    def ensure(self, h):
        if self.get_y() + h > self.bottom:
            self.add_page()

    # ----- registry -------------------------------------------------------
    def mark(self, fid, text):
        if fid in self.reg:
            raise ValueError(f"duplicate figure id {fid}")
        self.reg[fid] = (text, self.page_no() - 1)

    def v(self, fid, text):
        """Declare the printed text of a prose figure id."""
        if fid in self.vals and self.vals[fid] != text:
            raise ValueError(f"conflicting value for {fid}")
        self.vals[fid] = text
        return "{{" + fid + "}}"

    # ----- prose ----------------------------------------------------------
    def heading(self, text, level=1, space=3):
        st = self.st
        size = {0: st["size"] + 4, 1: st["size"] + 1.5, 2: st["size"] + 0.5, 3: st["size"]}[level]
        style = "B" if level < 3 else "BI"
        self.ensure(size * 0.5 + 50)
        self.ln(space)
        self.set_font(st["font"], style, size)
        align = st["h_align"] if level <= 1 else "L"
        self.multi_cell(self.text_w, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def para(self, text, size=None, style="", indent=0, align=None, gap=2.2):
        st = self.st
        size = size or st["size"]
        ids = TOKEN.findall(text)
        plain = TOKEN.sub(lambda m: self.vals[m.group(1)], text)
        self.set_font(st["font"], style, size)
        lh = size * st["lead"]
        w = self.text_w - indent
        lines = self.multi_cell(w, lh, plain, dry_run=True, output="LINES")
        self.ensure(len(lines) * lh + 0.5)
        for fid in ids:
            self.mark(fid, self.vals[fid])
        self.set_x(self.l_margin + indent)
        self.multi_cell(w, lh, plain, align=align or st["align"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(gap)

    def bullets(self, items, size=None):
        for it in items:
            self.para("-  " + it, size=size, indent=5, gap=1.2)
        self.ln(1)

    # ----- tables ---------------------------------------------------------
    def table(self, spec):
        """Draw a financial table.

        spec keys: label_w, cols (list of dicts w, dollar), headers (list of header rows; each a
        list of (text, span)), rows, title, units, size, tid.
        row keys: label, cells, ids, bold, indent, rule, total, dollar, head (section label).
        """
        st = self.st
        size = spec.get("size", st["tsize"])
        lh = size * 0.48
        cols = spec["cols"]
        lw = spec["label_w"]
        dol_w = 3.2
        xs = []
        x = self.l_margin + lw
        for c in cols:
            d = dol_w if c.get("dollar", True) else 0
            xs.append((x, d, c["w"]))
            x += d + c["w"] + spec.get("gap", 1.5)

        def col_span(i, span):
            x0 = xs[i][0]
            x1 = xs[i + span - 1][0] + xs[i + span - 1][1] + xs[i + span - 1][2]
            return x0, x1

        def draw_head(cont):
            if spec.get("title"):
                self.set_font(st["font"], "B", size + 1)
                t = spec["title"] + (" (continued)" if cont else "")
                self.multi_cell(self.text_w, lh + 0.6, t, align=st["t_align"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if spec.get("units"):
                self.set_font(st["font"], "I", size)
                self.cell(self.text_w, lh, spec["units"], align=st["t_align"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1)
            for hr_i, hr in enumerate(spec["headers"]):
                last = hr_i == len(spec["headers"]) - 1
                self.set_font(st["font"], "B", size)
                ci = 0
                y = self.get_y()
                nlines = 1
                for text, span in hr:
                    if text:
                        x0, x1 = col_span(ci, span)
                        ls = self.multi_cell(x1 - x0, lh, text, dry_run=True, output="LINES")
                        nlines = max(nlines, len(ls))
                    ci += span
                if st.get("head_fill") and last:
                    self.set_fill_color(*st["head_fill"])
                    self.rect(self.l_margin, y - 0.3, self.text_w, nlines * lh + 0.8, style="F")
                ci = 0
                for text, span in hr:
                    x0, x1 = col_span(ci, span)
                    if text:
                        ls = self.multi_cell(x1 - x0, lh, text, dry_run=True, output="LINES")
                        self.set_xy(x0, y + (nlines - len(ls)) * lh)
                        self.multi_cell(x1 - x0, lh, text, align="C")
                        if not last or span > 1:
                            self.line(x0, y + nlines * lh + 0.3, x1, y + nlines * lh + 0.3)
                        elif st.get("head_rule", True):
                            self.line(x0, y + nlines * lh + 0.3, x1, y + nlines * lh + 0.3)
                    ci += span
                self.set_xy(self.l_margin, y + nlines * lh + 0.9)
            self.ln(0.6)

        head_h = (len(spec["headers"]) + 2) * lh * 1.6 + 8
        first_row_h = lh * 3
        self.ensure(head_h + first_row_h)
        draw_head(False)
        for row in spec["rows"]:
            self.set_font(st["font"], "B" if row.get("bold") else "", size)
            ind = 2.5 * row.get("indent", 0)
            label = row.get("label", "")
            lines = self.multi_cell(lw - ind - 1, lh, label, dry_run=True, output="LINES") if label else [""]
            rh = len(lines) * lh + 0.5
            if self.get_y() + rh + 1 > self.bottom:
                self.add_page()
                draw_head(True)
                self.set_font(st["font"], "B" if row.get("bold") else "", size)
            y = self.get_y()
            if row.get("head"):
                self.set_font(st["font"], "B" if st.get("section_bold", True) else "I", size)
            self.set_xy(self.l_margin + ind, y)
            self.multi_cell(lw - ind - 1, lh, label, align="L")
            ytext = y + (len(lines) - 1) * lh
            cells = row.get("cells", [])
            ids = row.get("ids") or [None] * len(cells)
            self.set_font(st["font"], "B" if row.get("bold") else "", size)
            for i, val in enumerate(cells):
                x0, d, w = xs[i]
                if row.get("rule"):
                    self.line(x0, ytext - 0.2, x0 + d + w, ytext - 0.2)
                if val is None:
                    continue
                if row.get("dollar") and d:
                    self.set_xy(x0, ytext)
                    self.cell(d, lh, "$", align="L")
                txt = val
                al = "L" if re.search(r"[A-Za-z]{2,}", txt) else "R"
                if txt.startswith("(") or txt.endswith("%)"):
                    pass
                elif st.get("paren_pad", True) and not txt.endswith("%") and al == "R":
                    txt = txt + " "
                self.set_xy(x0 + d, ytext)
                self.cell(w, lh, txt, align=al)
                if ids[i]:
                    self.mark(ids[i], val)
                if row.get("total"):
                    yy = ytext + lh + 0.3
                    self.line(x0, yy, x0 + d + w, yy)
                    self.line(x0, yy + 0.6, x0 + d + w, yy + 0.6)
            self.set_xy(self.l_margin, y + rh + (0.8 if row.get("total") else 0))
        self.ln(3)

    # ----- table of contents ---------------------------------------------
    def toc_line(self, left, page, size=None, bold=False, indent=0):
        st = self.st
        size = size or st["size"]
        self.set_font(st["font"], "B" if bold else "", size)
        lh = size * 0.55
        y = self.get_y()
        x0 = self.l_margin + indent
        lw = self.get_string_width(left)
        pw = self.get_string_width(page)
        self.set_xy(x0, y)
        self.cell(lw + 1, lh, left)
        dots_w = self.text_w - indent - lw - pw - 4
        dw = self.get_string_width(". ")
        n = max(0, int(dots_w / dw))
        self.set_xy(215.9 - self.r_margin - pw - 2 - n * dw, y)
        self.cell(n * dw, lh, ". " * n)
        self.set_xy(215.9 - self.r_margin - pw, y)
        self.cell(pw, lh, page, align="R")
        self.set_xy(self.l_margin, y + lh + 1.2)
