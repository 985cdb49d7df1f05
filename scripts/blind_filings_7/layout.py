"""Small typesetting layer on fpdf2 that records the page of every tagged figure."""

import datetime
import re

from fpdf import FPDF

FD = "/usr/share/fonts/truetype"
TAG = re.compile(r"\{([A-Za-z0-9_.]+)\}")

STYLES = {
    "briskwater": dict(
        fonts=(
            f"{FD}/liberation/LiberationSerif-Regular.ttf",
            f"{FD}/liberation/LiberationSerif-Bold.ttf",
            f"{FD}/liberation/LiberationSerif-Italic.ttf",
        ),
        body=9.6,
        small=8.3,
        head_align="L",
        band=(22, 54, 84),
        band_text=(255, 255, 255),
        rule=0.25,
        header_fill=None,
        accent=(22, 54, 84),
        margin=21,
        line=4.6,
        row=4.4,
    ),
    "lanterne": dict(
        fonts=(
            f"{FD}/dejavu/DejaVuSansCondensed.ttf",
            f"{FD}/dejavu/DejaVuSansCondensed-Bold.ttf",
            f"{FD}/dejavu/DejaVuSansCondensed-Oblique.ttf",
        ),
        body=8.7,
        small=7.6,
        head_align="C",
        band=None,
        band_text=(0, 0, 0),
        rule=0.15,
        header_fill=(226, 229, 234),
        accent=(118, 32, 44),
        margin=19,
        line=4.3,
        row=4.2,
    ),
}


class Doc(FPDF):
    def __init__(self, style, running, footer_text):
        super().__init__(format="letter", unit="mm")
        self.st = STYLES[style]
        self.style_name = style
        reg, bold, ital = self.st["fonts"]
        self.add_font("H", "", reg)
        self.add_font("H", "B", bold)
        self.add_font("H", "I", ital)
        self.set_creation_date(datetime.datetime(2026, 2, 27, 14, 0, 0, tzinfo=datetime.timezone.utc))
        self.set_auto_page_break(False)
        m = self.st["margin"]
        self.set_margins(m, 24, m)
        self.bottom = self.h - 20
        self.running = running
        self.footer_text = footer_text
        self.numbering = None
        self.counters = {}
        self.cur_label = ""
        self.page_labels = []
        self.V = {}
        self.records = {}
        self.sections = {}

    # ---- page furniture -------------------------------------------------
    def header(self):
        mode = self.numbering
        if mode is None:
            self.cur_label = ""
        else:
            n = self.counters.get(mode, 0) + 1
            self.counters[mode] = n
            self.cur_label = f"{mode}{n}"
        self.page_labels.append(self.cur_label)
        if self.page_no() == 1:
            return
        st = self.st
        if st["band"]:
            self.set_fill_color(*st["band"])
            self.rect(0, 8, self.w, 7, style="F")
            self.set_text_color(*st["band_text"])
            self.set_font("H", "B", 7.5)
            self.set_xy(self.l_margin, 8)
            self.cell(self.w - 2 * self.l_margin, 7, self.running, align="L")
            self.set_text_color(0, 0, 0)
        else:
            self.set_font("H", "", 7.2)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 10)
            self.cell(self.w - 2 * self.l_margin, 4, self.running, align="R")
            self.set_draw_color(*st["accent"])
            self.set_line_width(0.5)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_draw_color(0, 0, 0)
            self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_font("H", "", 7.5)
        self.set_text_color(70, 70, 70)
        if self.style_name == "briskwater":
            self.set_draw_color(*self.st["accent"])
            self.set_line_width(0.2)
            self.line(self.l_margin, self.h - 15, self.w - self.r_margin, self.h - 15)
            self.set_xy(self.l_margin, self.h - 14)
            self.cell(80, 4, self.footer_text, align="L")
            self.set_xy(self.w - self.r_margin - 30, self.h - 14)
            self.cell(30, 4, self.cur_label, align="R")
        else:
            self.set_xy(self.l_margin, self.h - 14)
            self.cell(self.w - 2 * self.l_margin, 4, self.cur_label, align="C")
            self.set_xy(self.l_margin, self.h - 10.5)
            self.set_font("H", "I", 6.8)
            self.cell(self.w - 2 * self.l_margin, 4, self.footer_text, align="C")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    # ---- figure registry -------------------------------------------------
    def v(self, fid, text):
        if fid in self.V:
            raise ValueError(f"duplicate figure id {fid}")
        self.V[fid] = text
        return "{" + fid + "}"

    def _resolve(self, text):
        ids = TAG.findall(text)
        out = TAG.sub(lambda m: self.V[m.group(1)], text)
        return out, ids

    def _record(self, ids):
        for fid in ids:
            if fid in self.records:
                raise ValueError(f"figure {fid} drawn twice")
            self.records[fid] = (self.page_no() - 1, self.V[fid])

    # ---- flow -----------------------------------------------------------
    @property
    def usable(self):
        return self.w - self.l_margin - self.r_margin

    def ensure(self, h):
        if self.get_y() + h > self.bottom:
            self.add_page()

    def new_page(self):
        self.add_page()

    def heading(self, text, level=1):
        st = self.st
        size = {1: st["body"] + 3.2, 2: st["body"] + 1.2, 3: st["body"]}[level]
        self.ensure(size * 0.5 + (30 if level < 3 else 24))
        self.sections.setdefault(text, None)
        self.ln(2.5 if level > 1 else 3)
        self.set_font("H", "B", size)
        if level == 1:
            self.set_text_color(*st["accent"])
        align = st["head_align"] if level == 1 else "L"
        self.sections[text] = self.cur_label
        self.multi_cell(self.usable, size * 0.5, text, align=align)
        self.set_text_color(0, 0, 0)
        if level == 1 and self.style_name == "briskwater":
            y = self.get_y() + 0.8
            self.set_line_width(0.6)
            self.set_draw_color(*st["accent"])
            self.line(self.l_margin, y, self.l_margin + self.usable, y)
            self.set_draw_color(0, 0, 0)
            self.ln(2.2)
        self.ln(1.2)

    def para(self, text, italic=False, size=None, align="J", indent=0):
        st = self.st
        txt, ids = self._resolve(text)
        self.set_font("H", "I" if italic else "", size or st["body"])
        lh = st["line"] * (size or st["body"]) / st["body"]
        lines = self.multi_cell(self.usable - indent, lh, txt, dry_run=True, output="LINES")
        self.ensure(len(lines) * lh + 1)
        self._record(ids)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.usable - indent, lh, txt, align=align)
        self.ln(1.8)

    def bullets(self, items):
        for it in items:
            self.para("\u2022  " + it, indent=4)

    def units(self, text):
        self.set_font("H", "I", self.st["small"])
        self.ensure(6)
        self.cell(self.usable, 4, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    # ---- tables ---------------------------------------------------------
    def table(self, title, headers, rows, label_w=None, col_w=None, units=None, note=None, break_after=None):
        """headers: list of header rows, each a list of (text, span) over value columns.
        rows: dicts with keys label, vals, dollar, bold, total ('single'/'double'),
        indent, section (label only)."""
        st = self.st
        ncol = max(len(r.get("vals") or []) for r in rows)
        usable = self.usable
        if col_w is None:
            col_w = min(27.0, (usable - 70) / ncol)
        label_w = usable - ncol * col_w if label_w is None else label_w
        rh = st["row"]
        fs = st["small"]

        def draw_head(cont):
            self.set_font("H", "B", fs + 0.8)
            t = title + (" (continued)" if cont else "")
            self.multi_cell(usable, 4.6, t, align="C" if st["head_align"] == "C" else "L")
            if units and not cont:
                self.units(units)
            elif units:
                self.units(units)
            x0 = self.l_margin
            for hrow in headers:
                y = self.get_y()
                if st["header_fill"]:
                    self.set_fill_color(*st["header_fill"])
                    self.rect(x0, y, usable, rh, style="F")
                self.set_font("H", "B", fs)
                x = x0 + label_w
                for text, span in hrow:
                    w = span * col_w
                    self.set_xy(x + 1, y)
                    self.cell(w - 2, rh, text, align="C")
                    if text:
                        self.set_line_width(st["rule"])
                        self.line(x + 1.5, y + rh - 0.3, x + w - 1, y + rh - 0.3)
                    x += w
                self.set_y(y + rh)
            self.ln(0.8)

        self.ensure(rh * (len(headers) + 4) + 12)
        draw_head(False)
        for i, r in enumerate(rows):
            self.set_font("H", "B" if r.get("bold") else "", fs)
            label, lids = self._resolve(r["label"])
            lines = self.multi_cell(label_w - 2 - 3 * r.get("indent", 0), rh, label, dry_run=True, output="LINES")
            h = rh * max(1, len(lines))
            if self.get_y() + h > self.bottom or (break_after is not None and i == break_after):
                self.add_page()
                draw_head(True)
            y = self.get_y()
            self._record(lids)
            self.set_font("H", "B" if r.get("bold") else "", fs)
            if st["header_fill"] and i % 2 == 1 and not r.get("section"):
                self.set_fill_color(246, 247, 249)
                self.rect(self.l_margin, y, usable, h, style="F")
            self.set_xy(self.l_margin + 3 * r.get("indent", 0), y)
            self.multi_cell(label_w - 2 - 3 * r.get("indent", 0), rh, label, align="L")
            vals = r.get("vals") or []
            x = self.l_margin + label_w
            ybot = y + h - rh
            for _j, v in enumerate(vals):
                txt, ids = self._resolve(v)
                self._record(ids)
                if r.get("dollar") and txt and txt not in ("\u2014",):
                    self.set_xy(x + 1, ybot)
                    self.cell(3, rh, "$", align="L")
                self.set_xy(x + 3, ybot)
                pad = 1.6 if not txt.endswith(")") and not txt.endswith("%") else 0.4
                self.cell(col_w - 3 - pad, rh, txt, align="R")
                tot = r.get("total")
                if tot:
                    self.set_line_width(st["rule"])
                    self.line(x + 2, y, x + col_w - 0.5, y)
                    if tot == "double":
                        self.line(x + 2, y + h, x + col_w - 0.5, y + h)
                        self.line(x + 2, y + h + 0.6, x + col_w - 0.5, y + h + 0.6)
                x += col_w
            self.set_y(y + h + (0.7 if r.get("total") == "double" else 0))
        if note:
            self.ln(1)
            for n in note if isinstance(note, list) else [note]:
                self.para(n, size=st["small"] - 0.4)
        self.ln(2.5)


def R(label, vals=None, **kw):
    d = dict(label=label, vals=vals)
    d.update(kw)
    return d
