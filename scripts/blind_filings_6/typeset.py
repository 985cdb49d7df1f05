"""Small typesetting layer on fpdf2.

Every tagged table cell and prose figure is recorded with the 0-based PDF
page index on which it was actually drawn; questions derive evidence pages
from these records.
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

import fmt
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype"

# The PDFs are typeset in Debian's fonts; say so rather than fail deep inside fpdf.
if not Path(FONT_DIR, "liberation").is_dir() or not Path(FONT_DIR, "dejavu").is_dir():
    raise SystemExit(
        "this set is typeset in Debian's Liberation and DejaVu fonts; install"
        " fonts-liberation fonts-dejavu-core"
    )
FONTS = {
    "LSerif": (
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf",
        "liberation/LiberationSerif-BoldItalic.ttf",
    ),
    "LSans": (
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
        "liberation/LiberationSans-Italic.ttf",
        "liberation/LiberationSans-BoldItalic.ttf",
    ),
    "DSansC": (
        "dejavu/DejaVuSansCondensed.ttf",
        "dejavu/DejaVuSansCondensed-Bold.ttf",
        "dejavu/DejaVuSansCondensed-Oblique.ttf",
        "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
    ),
}
FIXED_DATE = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)


@dataclass
class Style:
    body: str
    head: str
    size: float
    lead: float
    align: str
    tsize: float
    trow: float
    zero: str
    header_left: str
    header_right: str
    band: tuple | None = None
    band_text: tuple = (255, 255, 255)
    accent: tuple = (0, 0, 0)
    shade: tuple | None = None
    thead_fill: tuple | None = None
    thead_text: tuple = (0, 0, 0)
    margin: float = 22.0
    footer_align: str = "C"
    footer_note: str = ""
    heading_upper: bool = True


@dataclass
class Row:
    key: str | None
    label: str
    vals: list = field(default_factory=list)
    kind: str = "item"  # item | section | subtotal | total | blank
    dollar: bool = False
    indent: int = 0
    nd: int = 0
    bold: bool = False


class Doc(FPDF):
    def __init__(self, style: Style, title: str, author: str):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.st = style
        for fam, (r, b, i, bi) in FONTS.items():
            self.add_font(fam, "BI", f"{FONT_DIR}/{bi}")
            self.add_font(fam, "", f"{FONT_DIR}/{r}")
            self.add_font(fam, "B", f"{FONT_DIR}/{b}")
            self.add_font(fam, "I", f"{FONT_DIR}/{i}")
        self.set_creation_date(FIXED_DATE)
        self.set_producer("blind6 typesetter")
        self.set_title(title)
        self.set_author(author)
        self.set_margins(style.margin, 20, style.margin)
        self.set_auto_page_break(True, 18)
        self.figs: dict[str, dict] = {}
        self.pending: list[str] = []
        self.prefix = None  # None = unnumbered page
        self.counter = 0
        self.labels: dict[int, str] = {}
        self.sections: dict[str, str] = {}
        self.continued_tables: list[str] = []
        self.plain_page = False

    # ---- page furniture -------------------------------------------------
    def start_numbering(self, prefix: str, start: int = 1):
        self.prefix = prefix
        self.counter = start - 1

    def header(self):
        if self.prefix is not None:
            self.counter += 1
            self.labels[self.page - 1] = f"{self.prefix}{self.counter}"
        self._plain_this = self.plain_page
        if self.plain_page:
            return
        st = self.st
        y0 = 8
        if st.band:
            self.set_fill_color(*st.band)
            self.rect(0, y0 - 2, self.w, 9, style="F")
            self.set_text_color(*st.band_text)
        else:
            self.set_text_color(*st.accent)
        self.set_font(st.head, "B" if st.band else "I", 7.5)
        self.set_xy(st.margin, y0)
        self.cell(self.w - 2 * st.margin, 5, st.header_left, align="L")
        self.set_xy(st.margin, y0)
        self.cell(self.w - 2 * st.margin, 5, st.header_right, align="R")
        if not st.band:
            self.set_draw_color(*st.accent)
            self.set_line_width(0.2)
            self.line(st.margin, y0 + 5.5, self.w - st.margin, y0 + 5.5)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_xy(st.margin, 20)

    def footer(self):
        if getattr(self, "_plain_this", False) and self.prefix is None:
            return
        st = self.st
        label = self.labels.get(self.page - 1)
        self.set_font(st.body, "", 8)
        self.set_text_color(60, 60, 60)
        self.set_xy(st.margin, self.h - 13)
        if st.footer_note:
            self.cell(self.w - 2 * st.margin, 5, st.footer_note, align="L")
            self.set_xy(st.margin, self.h - 13)
        if label:
            self.cell(self.w - 2 * st.margin, 5, label, align=st.footer_align)
        self.set_text_color(0, 0, 0)

    # ---- figures ------------------------------------------------------
    def _record(self, fid: str, text: str):
        rec = self.figs.setdefault(fid, {"text": text, "pages": []})
        if rec["text"] != text:
            raise ValueError(f"figure {fid} printed two ways: {rec['text']!r} / {text!r}")
        pg = self.page - 1
        if pg not in rec["pages"]:
            rec["pages"].append(pg)

    def fig(self, fid: str, text: str) -> str:
        """Tag a prose figure; recorded on the page where the next para lands."""
        self.pending.append((fid, text))
        return text

    @property
    def cw(self):
        return self.w - 2 * self.st.margin

    def ensure(self, h: float):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def mark(self, name: str):
        self.sections[name] = self.labels.get(self.page - 1, "")

    # ---- prose --------------------------------------------------------
    def para(self, text: str, size=None, style="", indent=0.0, after=2.2, align=None, md=False):
        st = self.st
        size = size or st.size
        self.set_font(st.body, style, size)
        lh = st.lead * size / st.size
        w = self.cw - indent
        lines = self.multi_cell(w, lh, text, align=align or st.align, dry_run=True, output="LINES", markdown=md)
        self.ensure(len(lines) * lh + 1)
        self.set_x(st.margin + indent)
        self.multi_cell(w, lh, text, align=align or st.align, new_x="LMARGIN", new_y="NEXT", markdown=md)
        for fid, t in self.pending:
            if t not in text:
                raise ValueError(f"figure {fid} text {t!r} not in paragraph")
            self._record(fid, t)
        self.pending = []
        self.ln(after)

    def bullet(self, text: str, lead_in: str = ""):
        full = (lead_in + " " if lead_in else "") + text
        st = self.st
        self.set_font(st.body, "", st.size)
        lines = self.multi_cell(self.cw - 6, st.lead, full, dry_run=True, output="LINES")
        self.ensure(len(lines) * st.lead + 1)
        y = self.get_y()
        self.set_xy(st.margin + 1.5, y)
        self.cell(4, st.lead, "\u2022")
        self.set_xy(st.margin + 6, y)
        self.multi_cell(self.cw - 6, st.lead, full, align=st.align, new_x="LMARGIN", new_y="NEXT")
        for fid, t in self.pending:
            self._record(fid, t)
        self.pending = []
        self.ln(1.2)

    def heading(self, text: str, level: int = 1, mark: str | None = None):
        st = self.st
        sizes = {0: st.size + 4, 1: st.size + 1.5, 2: st.size + 0.5, 3: st.size}
        self.ensure(22 if level <= 2 else 14)
        self.ln(1.5 if level > 1 else 3)
        self.set_font(st.head, "B" if level < 3 else "BI", sizes[level])
        self.set_text_color(*st.accent)
        t = text.upper() if (st.heading_upper and level <= 1) else text
        self.multi_cell(self.cw, sizes[level] * 0.5, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if level == 0:
            self.set_draw_color(*st.accent)
            self.set_line_width(0.5)
            self.line(st.margin, self.get_y() + 1, self.w - st.margin, self.get_y() + 1)
            self.set_draw_color(0, 0, 0)
            self.ln(3)
        else:
            self.ln(1.5)
        if mark:
            self.mark(mark)

    # ---- tables -------------------------------------------------------
    def table(
        self, tid, title, units, cols, head, rows, label_w=None, dslot=3.2, note_lines=(), min_first=4, keep=None
    ):
        """cols: list of (colkey, width). head: list of header rows, each a list of
        (text, span) over the value columns. rows: list[Row]."""
        st = self.st
        val_w = sum(w for _, w in cols)
        label_w = label_w or (self.cw - val_w)
        rh = st.trow
        x0 = st.margin

        def draw_head(cont: bool):
            if title:
                self.set_font(st.head, "B", st.tsize + 1)
                self.set_x(x0)
                t = title + (" (continued)" if cont else "")
                self.multi_cell(
                    self.cw, rh + 0.6, t, align="C" if st.align == "J" else "L", new_x="LMARGIN", new_y="NEXT"
                )
            if units:
                self.set_font(st.body, "I", st.tsize)
                self.set_x(x0)
                self.cell(self.cw, rh, units, align="C" if st.align == "J" else "L", new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
            ytop = self.get_y()
            hh = rh * len(head)
            if st.thead_fill:
                self.set_fill_color(*st.thead_fill)
                self.rect(x0, ytop, self.cw, hh + 0.6, style="F")
            self.set_text_color(*st.thead_text)
            for hrow in head:
                y = self.get_y()
                x = x0 + label_w
                ci = 0
                for text, span in hrow:
                    w = sum(cols[ci + k][1] for k in range(span))
                    self.set_font(st.head, "B", st.tsize - 0.3)
                    self.set_xy(x + 1, y)
                    self.cell(w - 1, rh, text, align="C" if span > 1 or st.align == "J" else "R")
                    if text and span > 1:
                        self.set_draw_color(*(st.thead_text if st.thead_fill else (0, 0, 0)))
                        self.set_line_width(0.15)
                        self.line(x + 2, y + rh - 0.3, x + w - 1, y + rh - 0.3)
                    x += w
                    ci += span
                self.set_y(y + rh)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.3)
            yb = self.get_y() + 0.3
            self.line(x0 + label_w + 1, yb, x0 + self.cw, yb)
            self.set_y(yb + 0.8)

        need = rh * (len(head) + 3 + (len(rows) + 1 if (keep if keep is not None else len(rows) <= 22) else min_first))
        self.ensure(need)
        draw_head(False)
        shade_i = 0
        for row in rows:
            if self.get_y() + rh + 1.5 > self.page_break_trigger:
                self.add_page()
                draw_head(True)
                if tid not in self.continued_tables:
                    self.continued_tables.append(tid)
            y = self.get_y()
            if row.kind == "blank":
                self.set_y(y + rh * 0.5)
                continue
            if st.shade and row.kind == "item" and row.vals:
                if shade_i % 2 == 0:
                    self.set_fill_color(*st.shade)
                    self.rect(x0, y, self.cw, rh, style="F")
                shade_i += 1
            bold = row.bold or row.kind in ("total", "section") or (row.kind == "subtotal" and row.bold)
            self.set_font(st.body, "B" if bold else "", st.tsize)
            lx = x0 + 1 + 3 * row.indent
            lw = label_w - 2 - 3 * row.indent
            size = st.tsize
            while self.get_string_width(row.label) > lw and size > 5.5:
                size -= 0.25
                self.set_font(st.body, "B" if bold else "", size)
            self.set_xy(lx, y)
            self.cell(lw, rh, row.label, align="L")
            self.set_font(st.body, "B" if bold else "", st.tsize)
            x = x0 + label_w
            for i, (ck, w) in enumerate(cols):
                v = row.vals[i] if i < len(row.vals) else None
                if v is None:
                    x += w
                    continue
                if isinstance(v, str):
                    text = v
                else:
                    text = fmt.num(v, row.nd, zero=st.zero)
                if row.kind in ("subtotal", "total"):
                    self.set_line_width(0.15)
                    self.line(x + 1, y, x + w, y)
                if row.dollar:
                    self.set_xy(x + 1, y)
                    self.cell(dslot, rh, "$", align="L")
                self.set_xy(x + 1 + dslot, y)
                self.cell(w - 1 - dslot - 0.4, rh, text, align="R")
                if row.kind == "total":
                    self.set_line_width(0.15)
                    self.line(x + 1, y + rh + 0.1, x + w, y + rh + 0.1)
                    self.line(x + 1, y + rh + 0.6, x + w, y + rh + 0.6)
                if row.key is not None:
                    self._record(f"{tid}.{row.key}.{ck}", text)
                x += w
            self.set_y(y + rh + (0.8 if row.kind == "total" else 0))
        self.set_font(st.body, "I", st.tsize - 0.5)
        for nl in note_lines:
            self.set_x(x0)
            self.multi_cell(self.cw, rh - 0.6, nl, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
