"""Shared layout and formatting code for the blind filing generator.

Everything that is common to both invented companies lives here: number
formatting in filing conventions, a PDF document class with running header and
footer, headings, justified paragraphs, bullet lists and financial tables that
continue across page breaks, and page bookkeeping so that every question can
record exact (0-based) evidence pages while the document is laid out.
"""
import datetime

from fpdf import FPDF

EM_DASH = "\u2014"
FIXED_DATE = datetime.datetime(2026, 1, 15, 12, 0, 0, tzinfo=datetime.timezone.utc)


# --------------------------------------------------------------------------
# number formatting
# --------------------------------------------------------------------------
def num(v, dec=0, zero=EM_DASH):
    """Format a figure the way statements print it: 1,234  (1,234)  —."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    r = round(v, dec)
    if r == 0:
        return zero
    s = f"{abs(r):,.{dec}f}"
    return f"({s})" if r < 0 else s


def pct(v, dec=1, zero=None):
    """Percentage with one decimal by default: 12.3%  (0.4)%."""
    if v is None:
        return ""
    r = round(v, dec)
    if r == 0 and zero is not None:
        return zero
    s = f"{abs(r):.{dec}f}"
    return f"({s})%" if r < 0 else f"{s}%"


def money_m(thousands, dec=1):
    """Thousands -> "$1,234.5 million" (FinanceBench answer style)."""
    v = thousands / 1000.0
    s = f"${abs(v):,.{dec}f} million"
    return f"-{s}" if v < 0 else s


def money_b(thousands, dec=2):
    return f"${thousands / 1e6:,.{dec}f} billion"


def dollars(v, dec=2):
    s = f"${abs(v):,.{dec}f}"
    return f"-{s}" if v < 0 else s


def plain(v, dec=1):
    return f"{v:,.{dec}f}"


# --------------------------------------------------------------------------
# table rows
# --------------------------------------------------------------------------
def R(label, vals=None, kind="row", indent=0, dollar=False, dec=0, fmt="num",
      key=None, note=None):
    """One table row.

    kind: row | head (bold label, no values) | sub (rule above) | total (rule
    above, double rule below) | blank.  fmt: num | pct | str.  note: footnote
    marker appended to the label, e.g. "(1)".
    """
    return dict(label=label, vals=vals or [], kind=kind, indent=indent,
                dollar=dollar, dec=dec, fmt=fmt, key=key, note=note)


class Filing(FPDF):
    """A periodic-report PDF with page bookkeeping."""

    def __init__(self, running_head, style):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(FIXED_DATE)
        self.set_producer("blind_filings_2 generator")
        self.set_author("")
        self.running_head = running_head
        self.style = style  # dict: body, size, lead, leaders, head_font
        side = style.get("margin", 22)
        self.set_margins(side, 20, side)
        self.set_auto_page_break(True, margin=20)
        self.anchors = {}        # key -> sorted list of 0-based pages
        self.continued = []      # table ids that continued across pages
        self.toc_pages = {}      # section title -> printed page number
        self.no_header = True
        self.overflows = []      # (table, row, text) cells wider than their column

    def multi_cell(self, w, h, text="", *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kw)

    # ---- bookkeeping -------------------------------------------------
    @property
    def idx(self):
        return self.page_no() - 1

    def _anchor(self, key, first, last=None):
        if key is None:
            return
        last = first if last is None else last
        pages = set(self.anchors.get(key, []))
        pages.update(range(first, last + 1))
        self.anchors[key] = sorted(pages)

    def pages_for(self, *keys):
        out = set()
        for k in keys:
            if k not in self.anchors:
                raise KeyError(f"unknown anchor {k!r}")
            out.update(self.anchors[k])
        return sorted(out)

    # ---- page furniture ----------------------------------------------
    def header(self):
        if self.no_header:
            return
        f = self.style["body"]
        self.set_font(f, "I", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(self.l_margin, 9)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 2, 4, self.running_head[0], align="L")
        self.cell(w / 2, 4, self.running_head[1], align="R")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if self.no_header:
            return
        self.set_y(-14)
        self.set_font(self.style["body"], "", 8.5)
        self.cell(0, 5, str(self.page_no()), align="C")

    def new_page(self):
        self.no_header = False
        self.add_page()

    # ---- text ---------------------------------------------------------
    @property
    def text_w(self):
        return self.w - self.l_margin - self.r_margin

    def need(self, mm):
        if self.get_y() + mm > self.page_break_trigger:
            self.new_page()

    def item(self, title, key=None, page_break=True):
        """Top-level item heading (e.g. "Item 7. Management's ...")."""
        if page_break:
            self.new_page()
        else:
            self.need(30)
        self.toc_pages[title] = self.page_no()
        self.set_font(self.style["head_font"], "B", 12)
        self.multi_cell(0, 6, title, align="L")
        self.ln(2)
        self._anchor(key, self.idx)

    def h2(self, title, key=None):
        self.need(24)
        self.ln(1.5)
        self.set_font(self.style["head_font"], "B", 10.5)
        self.multi_cell(0, 5.2, title, align="L")
        self.ln(1)
        self._anchor(key, self.idx)

    def h3(self, title, key=None):
        self.need(18)
        self.set_font(self.style["body"], "BI", self.style["size"])
        self.multi_cell(0, 5, title, align="L")
        self._anchor(key, self.idx)

    def para(self, text, key=None, size=None, align="J", style=""):
        self.set_font(self.style["body"], style, size or self.style["size"])
        first = self.idx
        self.multi_cell(0, self.style["lead"], text, align=align)
        self.ln(self.style["lead"] * 0.55)
        self._anchor(key, first, self.idx)

    def paras(self, texts, key=None):
        for t in texts:
            self.para(t, key=key)

    def bullets(self, items, key=None):
        self.set_font(self.style["body"], "", self.style["size"])
        first = self.idx
        for it in items:
            x = self.l_margin
            self.set_x(x + 4)
            self.cell(4, self.style["lead"], "\u2022")
            self.multi_cell(self.text_w - 8, self.style["lead"], it, align="J")
            self.ln(0.8)
        self.ln(1)
        self._anchor(key, first, self.idx)

    def centered(self, text, size=10, style="", lead=5):
        self.set_font(self.style["head_font"], style, size)
        self.multi_cell(0, lead, text, align="C")

    # ---- tables -------------------------------------------------------
    def table(self, tid, rows, header_rows, label_w=78, title=None,
              units=None, size=8.2, footnotes=None, leaders=None,
              col_w=None, row_h=4.1, cont_title=None):
        """Draw a financial table.

        header_rows: list of header lines; each a list of (text, span) pairs
        covering the numeric columns only; text may contain "\\n".
        rows: list of R(...) dicts.  Pages of every row are recorded under the
        anchors "<tid>" and "<tid>:<key or label>".
        """
        leaders = self.style["leaders"] if leaders is None else leaders
        ts = self.style.get("tscale", 1.0)
        size, row_h = size * ts, row_h * ts
        ncols = max((len(r["vals"]) for r in rows), default=0)
        ncols = max(ncols, sum(s for _, s in header_rows[-1]) if header_rows else 0)
        avail = self.text_w - label_w
        if isinstance(col_w, (list, tuple)):
            cws = list(col_w)
        else:
            cws = [col_w or avail / max(ncols, 1)] * ncols
        f = self.style["body"]

        def draw_title(cont):
            if cont and not title:
                self.set_font(self.style["head_font"], "B", size + 1.3)
                self.multi_cell(0, 4.8, (cont_title or "") + " (continued)", align="C")
            if title:
                self.set_font(self.style["head_font"], "B", size + 1.3)
                self.multi_cell(0, 4.8, title + (" (continued)" if cont else ""),
                                align="C")
            if units:
                self.set_font(f, "I", size)
                self.multi_cell(0, 4.2, units, align="C")
            self.ln(1)

        def draw_header():
            self.set_font(f, "B", size - 0.2)
            for hr in header_rows:
                lines = max(t.count("\n") + 1 for t, _ in hr)
                h = lines * 3.7
                y0 = self.get_y()
                x = self.l_margin + label_w
                ci = 0
                for text, span in hr:
                    w = sum(cws[ci:ci + span])
                    ci += span
                    if text:
                        nl = text.count("\n") + 1
                        if max(self.get_string_width(t) for t in text.split("\n")) > w - 2 * self.c_margin - 0.1:
                            self.overflows.append((tid, "header", text))
                        self.set_xy(x, y0 + (lines - nl) * 3.7)
                        self.multi_cell(w, 3.7, text, align="C")
                        if span > 1:
                            self.line(x + 2, y0 + h + 0.3, x + w - 2, y0 + h + 0.3)
                    x += w
                self.set_xy(self.l_margin, y0 + h + 0.8)
            self.line(self.l_margin + label_w + 1, self.get_y(),
                      self.l_margin + label_w + sum(cws), self.get_y())
            self.ln(0.8)

        # keep title + header + 3 rows together
        hdr_h = sum(max(t.count("\n") + 1 for t, _ in hr) * 3.7 + 0.8
                    for hr in header_rows) + 12
        total_h = hdr_h + len(rows) * row_h + 4.5 * len(footnotes or [])
        if total_h < 110:
            self.need(total_h)          # short tables are kept on one page
        else:
            self.need(hdr_h + 3 * row_h)
        first = self.idx
        draw_title(False)
        draw_header()
        paren_w = None
        seen = {}
        for r in rows:
            lab = r["label"] + (f" {r['note']}" if r["note"] else "")
            self.set_font(f, "B" if r["kind"] in ("head", "total") else "", size)
            lab_w = label_w - 1.5 - r["indent"] * 3.5
            label_lines = [lab]
            if self.get_string_width(lab) > lab_w:
                words, cur, label_lines = lab.split(" "), "", []
                for w_ in words:
                    cand = (cur + " " + w_).strip()
                    if self.get_string_width(cand) > lab_w and cur:
                        label_lines.append(cur)
                        cur = w_
                    else:
                        cur = cand
                label_lines.append(cur)
            h = row_h * len(label_lines) + (1.2 if r["kind"] == "total" else 0)
            if self.get_y() + h > self.page_break_trigger:
                self.new_page()
                self.continued.append(tid)
                draw_title(True)
                draw_header()
            y = self.get_y()
            if r["kind"] == "blank":
                self.ln(row_h * 0.6)
                continue
            # label
            for i, ll in enumerate(label_lines):
                self.set_xy(self.l_margin + r["indent"] * 3.5, y + i * row_h)
                txt = ll
                has_vals = any(v is not None for v in r["vals"])
                if leaders and i == len(label_lines) - 1 and has_vals and r["kind"] != "head":
                    dot = self.get_string_width(" .")
                    n = int((lab_w - self.get_string_width(ll) - 2) / dot)
                    txt = ll + " ." * max(n, 0)
                self.cell(lab_w, row_h, txt)
            # values
            self.set_font(f, "B" if r["kind"] == "total" else "", size)
            paren_w = self.get_string_width(")")
            yv = y + (len(label_lines) - 1) * row_h
            x = self.l_margin + label_w
            for ci, v in enumerate(r["vals"]):
                cw = cws[ci]
                if r["fmt"] == "pct":
                    s = pct(v, r["dec"])
                elif r["fmt"] == "str" or isinstance(v, str):
                    s = "" if v is None else str(v)
                else:
                    s = num(v, r["dec"])
                dol = r["dollar"][ci] if isinstance(r["dollar"], (list, tuple)) else r["dollar"]
                dol = dol and s and not s.endswith("%") and s != "n/m"
                if r["kind"] in ("sub", "total") and v is not None:
                    self.line(x + 2, yv - 0.1, x + cw - 0.5, yv - 0.1)
                if dol:
                    self.set_xy(x + 1.5, yv)
                    self.cell(3, row_h, "$")
                pad = 0 if (s.endswith(")") or s.endswith("%")) else paren_w
                left_edge = cw - 0.5 - pad - self.get_string_width(s)
                if left_edge < (1.8 + self.get_string_width("$") if dol else 0.3):
                    self.overflows.append((tid, r["label"], s))
                self.set_xy(x, yv)
                self.cell(cw - 0.5 - pad, row_h, s, align="R")
                if r["kind"] == "total" and v is not None:
                    yy = yv + row_h + 0.2
                    self.line(x + 2, yy, x + cw - 0.5, yy)
                    self.line(x + 2, yy + 0.7, x + cw - 0.5, yy + 0.7)
                x += cw
            self.set_xy(self.l_margin, y + h)
            k = r["key"] or r["label"]
            n = seen.get(k, 0)
            seen[k] = n + 1
            if n:
                k = f"{k}#{n + 1}"
            self._anchor(f"{tid}:{k}", self.idx)
        if footnotes:
            self.ln(1)
            self.set_font(f, "", size - 0.7)
            for fn in footnotes:
                self.multi_cell(0, 3.6, fn, align="J")
        self.ln(3)
        self._anchor(tid, first, self.idx)

    # ---- table of contents ---------------------------------------------
    def toc(self, entries, known):
        """entries: list of (title, indent). known: title -> printed page."""
        self.set_font(self.style["head_font"], "B", 11)
        self.cell(0, 6, "TABLE OF CONTENTS", align="C")
        self.ln(9)
        for title, ind in entries:
            self.set_font(self.style["body"], "B" if ind == 0 else "", 9.5)
            self.set_x(self.l_margin + ind * 6)
            w = self.text_w - ind * 6 - 14
            x0 = self.get_x()
            self.multi_cell(w, 5.2, title, align="L", new_x="RIGHT", new_y="LAST")
            self.set_x(x0 + w + 2)
            self.cell(12, 5.2, str(known.get(title, "")), align="R")
            self.ln(5.2)

    def cover_page(self, form, report_line, period_line, file_no, name, state, ein, address, paras,
                   scale=1.0):
        """SEC cover page shared by both filings; `paras` are the check-box and share-count paragraphs."""
        self.no_header = True
        self.add_page()
        k = scale
        self.centered("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", 11 * k, "B")
        self.ln(4)
        self.centered(f"FORM {form}", 16 * k, "B", 8)
        self.ln(2)
        self.para(f"[X] {report_line} PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
                  size=9 * k)
        self.centered(period_line, 10 * k)
        self.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
                  size=9 * k)
        self.centered(f"Commission File Number {file_no}", 9 * k)
        self.ln(4)
        self.centered(name.upper(), 15 * k, "B", 7)
        self.centered("(Exact name of registrant as specified in its charter)", 8 * k, "I")
        self.ln(3)
        self.centered(f"{state}{' ' * 40}{ein}", 10 * k)
        self.centered("(State or other jurisdiction of incorporation)     (I.R.S. Employer Identification No.)",
                      8 * k, "I")
        self.ln(2)
        self.centered(address, 10 * k)
        self.centered("(Address and telephone number of principal executive offices)", 8 * k, "I")
        self.ln(4)
        for p_ in paras:
            self.para(p_, size=9 * k)

    def risk_factors(self, items, heading_style="h2"):
        """items: (heading, text) pairs; text None marks a category heading."""
        for head, text in items:
            if text is None:
                getattr(self, heading_style)(head)
            else:
                self.need(16)
                self.para(head, style="BI" if heading_style == "h2" else "B")
                self.para(text)

    def signature_block(self, company, people, date):
        self.para("Pursuant to the requirements of Section 13 or 15(d) of the "
                  "Securities Exchange Act of 1934, the registrant has duly "
                  "caused this report to be signed on its behalf by the "
                  "undersigned, thereunto duly authorized.")
        self.ln(2)
        self.set_font(self.style["body"], "B", self.style["size"])
        self.cell(0, 5, company)
        self.ln(8)
        self.set_font(self.style["body"], "", self.style["size"])
        for name, title in people:
            self.need(14)
            self.cell(80, 5, "/s/ " + name)
            self.cell(60, 5, date, align="R")
            self.ln(4.5)
            self.set_font(self.style["body"], "I", self.style["size"] - 0.5)
            self.cell(80, 5, title)
            self.set_font(self.style["body"], "", self.style["size"])
            self.ln(8)


def render(build, running_head, style, out_path):
    """Two-pass render so the table of contents carries real page numbers."""
    known = {}
    for _ in range(2):
        doc = Filing(running_head, style)
        build(doc, known)
        known = dict(doc.toc_pages)
    doc.output(out_path)
    return doc


def question(qtype, question_text, answer, justification, pages, figures):
    """A question record; `figures` are strings that must appear on `pages`."""
    return dict(question_type=qtype, question=question_text, answer=answer,
                justification=justification, evidence_pages=list(pages),
                figures=list(figures))
