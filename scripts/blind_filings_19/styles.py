"""House styles of the two documents.

TenKStyle: black-and-white serif typesetting of an SEC annual report: centred
statement titles, column heads underlined column by column, dollar signs
set flush left in the column on first and total lines, single and double
rules, em dashes for zero, lettered footnotes, centred page numbers (roman
for front matter).

PressStyle: narrow sans-serif press-release tables with a teal accent, a
shaded band behind the column heads, dollar signs attached to the figure,
bold subtotals, en dashes for zero, numbered footnotes, footer with running
title and page number.
"""
from fpdf.enums import XPos, YPos


def _roman(n):
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


class BaseStyle:
    margin_l = 54
    margin_r = 54
    margin_t = 54
    margin_b = 58
    para_gap = 5
    table_gap = 10
    bullet = "•"

    def row_pre(self, row):
        return 2.0 if row.kind in ("sub", "total") else 0.0

    def row_extra(self, row):
        return (2.0 if row.kind in ("sub",) else 0.0) + (5.0 if row.kind == "total" else 0.0)

    def _value_text(self, doc, x, w, ybase, s, pad=4):
        if not s:
            return
        right = x + w - pad
        hang = s.endswith(")") or s.endswith("%") or s in ("—", "–")
        if not hang:
            right -= doc.get_string_width(")")
        if s in ("—", "–"):
            right -= doc.get_string_width("0") * 0.4
        doc.text(right - doc.get_string_width(s), ybase + self.row_h * 0.72, s)


class TenKStyle(BaseStyle):
    name = "10-K"
    body_family = "LSerif"
    table_family = "LSerif"
    body_size = 9.6
    leading = 12.0
    table_size = 8.8
    note_size = 7.6
    row_h = 11.0
    indent_step = 9
    text_color = (0, 0, 0)
    accent = (0, 0, 0)
    dash = "—"
    margin_l = 60
    margin_r = 60

    def __init__(self, company_caps):
        self.company_caps = company_caps
        self.front_pages = 1      # pages after the cover numbered in roman
        self.cover_pages = 1

    def page_label(self, pidx):
        if pidx < self.cover_pages:
            return None
        if pidx < self.cover_pages + self.front_pages:
            return _roman(pidx - self.cover_pages + 1)
        return str(pidx - self.cover_pages - self.front_pages + 1)

    def footer(self, doc):
        label = self.page_label(doc.pidx)
        if label is None:
            return
        doc.set_font(self.body_family, "", 9)
        doc.set_text_color(0, 0, 0)
        w = doc.get_string_width(label)
        doc.text(doc.w / 2 - w / 2, doc.h - 32, label)

    def row_bold(self, row):
        return False

    def title_height(self, doc, t):
        return 13 * (len(t.title)) + 12 + 6

    def header_height(self, doc, t):
        return sum(self._hrow_lines(r) for r in t.header) * 10 + 6

    @staticmethod
    def _hrow_lines(hrow):
        return max(len(txt.split("\n")) for txt, _ in hrow)

    def draw_title(self, doc, t, x0, continued):
        lines = list(t.title)
        if continued:
            lines[t.cont_line] = lines[t.cont_line] + " (continued)"
        y = doc.get_y()
        for i, ln in enumerate(lines):
            doc.set_font(self.table_family, "B", 9.4)
            doc.set_text_color(0, 0, 0)
            w = doc.get_string_width(ln)
            doc.text(x0 + t.width / 2 - w / 2, y + 10, ln)
            y += 12.5
        if t.scale:
            doc.set_font(self.table_family, "I", 8.4)
            w = doc.get_string_width(t.scale)
            doc.text(x0 + t.width / 2 - w / 2, y + 9, t.scale)
            y += 12
        doc.set_y(y + 5)
        return "\n".join(lines + ([t.scale] if t.scale else []))

    def draw_header(self, doc, t, x0):
        xs, x = [], x0 + t.label_w
        for w in t.col_w:
            xs.append(x)
            x += w
        y = doc.get_y()
        texts = []
        for hi, hrow in enumerate(t.header):
            last = hi == len(t.header) - 1
            nl = self._hrow_lines(hrow)
            ci = 0
            row_txt = []
            for txt, span in hrow:
                cx0 = xs[ci]
                cx1 = xs[ci + span - 1] + t.col_w[ci + span - 1]
                parts = txt.split("\n")
                off = nl - len(parts)
                for li, part in enumerate(parts):
                    doc.set_font(self.table_family, "B", 8.2)
                    doc.set_text_color(0, 0, 0)
                    w = doc.get_string_width(part)
                    doc.text((cx0 + cx1) / 2 - w / 2, y + 10 * (off + li) + 8, part)
                if txt.strip() and (last or span > 1):
                    doc.set_draw_color(0, 0, 0)
                    doc.set_line_width(0.5)
                    yy = y + 10 * nl + 1.5
                    doc.line(cx0 + 5, yy, cx1 - 3, yy)
                row_txt.append(txt.replace("\n", " "))
                ci += span
            texts.append(" ".join(s for s in row_txt if s.strip()))
            y += 10 * nl + 3
        doc.set_y(y + 3)
        return "\n".join(texts)

    def draw_value(self, doc, x, w, ybase, s, dollar, v):
        printed = s
        if dollar and s:
            doc.text(x + 6, ybase + self.row_h * 0.72, "$")
            printed = "$ " + s
        self._value_text(doc, x, w, ybase, s)
        return printed

    def draw_rules(self, doc, t, row, x0, xs, y, ybase):
        if row.kind not in ("sub", "total") or not row.values:
            return
        doc.set_draw_color(0, 0, 0)
        doc.set_line_width(0.5)
        for i, cx in enumerate(xs):
            if i >= len(row.values) or row.values[i] is None:
                continue
            a, b = cx + 5, cx + t.col_w[i] - 3
            doc.line(a, y - 1.0, b, y - 1.0)
            if row.kind == "total":
                yb = ybase + self.row_h + 1.2
                doc.line(a, yb, b, yb)
                doc.line(a, yb + 1.8, b, yb + 1.8)

    # ------------------------------------------------------------ headings
    def heading(self, doc, text, level=1, key=None):
        if level == 0:      # PART I
            doc.room(60)
            doc.font(self.body_family, "B", 11.5)
            w = doc.get_string_width(text)
            doc.text(doc.w / 2 - w / 2, doc.get_y() + 11, text)
            doc.vspace(22)
        elif level == 1:    # Item 7. ...
            doc.room(48)
            if text.startswith("ITEM"):
                doc.marks.setdefault(" ".join(text.split(" ")[:2]), doc.pidx)
            doc.font(self.body_family, "B", 10.2)
            doc.multi_cell(doc.epw, 12.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            doc.vspace(5)
        else:               # run-in italic sub-heading
            doc.room(40)
            doc.font(self.body_family, "BI", 9.6)
            doc.multi_cell(doc.epw, 12, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            doc.vspace(3)


class PressStyle(BaseStyle):
    name = "press"
    body_family = "DVCond"
    table_family = "LNarrow"
    body_size = 9.4
    leading = 12.4
    table_size = 8.7
    note_size = 7.4
    row_h = 11.4
    indent_step = 8
    text_color = (25, 25, 25)
    accent = (0, 104, 116)
    band = (222, 239, 241)
    grey = (110, 110, 110)
    dash = "–"
    margin_l = 50
    margin_r = 50
    margin_t = 50
    margin_b = 56

    def __init__(self, running_title):
        self.running_title = running_title

    def footer(self, doc):
        doc.set_draw_color(*self.accent)
        doc.set_line_width(0.8)
        doc.line(doc.l_margin, doc.h - 42, doc.w - doc.r_margin, doc.h - 42)
        doc.set_font(self.body_family, "", 7.6)
        doc.set_text_color(*self.grey)
        doc.text(doc.l_margin, doc.h - 31, self.running_title)
        label = f"Page {doc.pidx + 1}"
        w = doc.get_string_width(label)
        doc.text(doc.w - doc.r_margin - w, doc.h - 31, label)

    def row_bold(self, row):
        return row.kind in ("head", "sub", "total")

    def row_pre(self, row):
        return 1.5 if row.kind in ("sub", "total") else 0.0

    def row_extra(self, row):
        return 2.5 if row.kind in ("sub", "total") else 0.0

    def title_height(self, doc, t):
        return 14 * len(t.title) + (11 if t.scale else 0) + 10

    def header_height(self, doc, t):
        return sum(max(len(x.split("\n")) for x, _ in r) for r in t.header) * 10 + 8

    def draw_title(self, doc, t, x0, continued):
        lines = list(t.title)
        if continued:
            lines[t.cont_line] = lines[t.cont_line] + " (continued)"
        y = doc.get_y()
        for i, ln in enumerate(lines):
            if i == 0:
                doc.set_font(self.body_family, "B", 10.5)
                doc.set_text_color(*self.accent)
            else:
                doc.set_font(self.body_family, "B", 9.6)
                doc.set_text_color(*self.text_color)
            doc.text(x0, y + 11, ln)
            y += 14
        if t.scale:
            doc.set_font(self.body_family, "I", 8.0)
            doc.set_text_color(*self.grey)
            doc.text(x0, y + 8, t.scale)
            y += 11
        doc.set_y(y + 5)
        return "\n".join(lines + ([t.scale] if t.scale else []))

    def draw_header(self, doc, t, x0):
        xs, x = [], x0 + t.label_w
        for w in t.col_w:
            xs.append(x)
            x += w
        y = doc.get_y()
        nls = [max(len(x.split("\n")) for x, _ in r) for r in t.header]
        total_h = sum(nls) * 10 + 6
        doc.set_draw_color(*self.accent)
        doc.set_line_width(1.6)
        doc.line(x0, y, x0 + t.width, y)
        doc.set_fill_color(*self.band)
        doc.rect(x0, y + 0.8, t.width, total_h, style="F")
        texts = []
        yy = y + 3
        for hi, hrow in enumerate(t.header):
            nl = nls[hi]
            ci = 0
            row_txt = []
            for txt, span in hrow:
                cx0 = xs[ci]
                cx1 = xs[ci + span - 1] + t.col_w[ci + span - 1]
                parts = txt.split("\n")
                off = nl - len(parts)
                for li, part in enumerate(parts):
                    doc.set_font(self.table_family, "B", 8.4)
                    doc.set_text_color(*self.text_color)
                    w = doc.get_string_width(part)
                    # single-column heads sit flush right over the figures,
                    # spanning heads are centred over their columns
                    if span > 1:
                        doc.text((cx0 + 8 + cx1) / 2 - w / 2, yy + 10 * (off + li) + 8, part)
                    else:
                        doc.text(cx1 - 4 - w, yy + 10 * (off + li) + 8, part)
                if span > 1 and txt.strip():
                    doc.set_draw_color(*self.grey)
                    doc.set_line_width(0.4)
                    doc.line(cx0 + 8, yy + 10 * nl + 0.5, cx1 - 2, yy + 10 * nl + 0.5)
                row_txt.append(txt.replace("\n", " "))
                ci += span
            texts.append(" ".join(s for s in row_txt if s.strip()))
            yy += 10 * nl + (2 if hi < len(t.header) - 1 else 0)
        doc.set_y(y + total_h + 4)
        return "\n".join(texts)

    def draw_value(self, doc, x, w, ybase, s, dollar, v):
        printed = s
        if dollar and s:
            printed = "$" + s
        self._value_text(doc, x, w, ybase, printed)
        return printed

    def draw_rules(self, doc, t, row, x0, xs, y, ybase):
        if row.kind not in ("sub", "total") or not row.values:
            return
        a, b = xs[0] + 6, xs[-1] + t.col_w[-1]
        if row.kind == "sub":
            doc.set_draw_color(*self.grey)
            doc.set_line_width(0.4)
            doc.line(a, y - 0.8, b, y - 0.8)
        else:
            doc.set_draw_color(*self.accent)
            doc.set_line_width(0.6)
            doc.line(a, y - 0.8, b, y - 0.8)
            doc.set_line_width(1.3)
            doc.line(a, ybase + self.row_h + 1.5, b, ybase + self.row_h + 1.5)

    def heading(self, doc, text, level=1, key=None):
        doc.room(40)
        if level == 1:
            doc.font(self.body_family, "B", 11)
            doc.set_text_color(*self.accent)
            doc.multi_cell(doc.epw, 13, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            doc.set_draw_color(*self.accent)
            doc.set_line_width(0.5)
            doc.line(doc.l_margin, doc.get_y() + 1, doc.l_margin + 60, doc.get_y() + 1)
            doc.vspace(6)
        else:
            doc.font(self.body_family, "B", 9.6)
            doc.multi_cell(doc.epw, 12, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            doc.vspace(2)
