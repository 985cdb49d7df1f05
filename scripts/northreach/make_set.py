#!/usr/bin/env python
"""Deterministic generator for the Northreach Federal Credit Union evaluation set (written blind).
Run:  .venv/bin/python scripts/northreach/make_set.py [OUTPUT_DIR]
Builds documents/ (help/*.html, member-agreement.docx, fee-schedule.pdf, rates.csv, notice.txt), questions.jsonl
and README.md in OUTPUT_DIR (default: assistant/evaluation/sets/northreach). Needs fpdf2, python-docx and pypdf."""
import csv
import datetime
import html
import io
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content_agreement  # noqa: E402
import content_fees  # noqa: E402
from content_help import PAGES  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "assistant", "evaluation", "sets", "northreach")
DOCS = os.path.join(OUT, "documents")
FIXED = datetime.datetime(2026, 9, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_TIME = (2026, 9, 1, 9, 0, 0)
BANK = "Northreach Federal Credit Union"
ADDRESS = "1200 Larchmont Avenue, Pell River, MN 56990"


# ---------------------------------------------------------------- help/*.html (five markup styles)
def _entries_html(style, sid, entries):
    out = []
    if style == "dl":
        out.append(f'<dl class="qa-list" id="list-{sid}">')
        for i, (q, a) in enumerate(entries, 1):
            out.append(f'<dt id="{sid}-{i}">{html.escape(q, quote=False)}</dt>\n<dd>\n{a.strip()}\n</dd>')
        out.append("</dl>")
    elif style == "h3":
        for i, (q, a) in enumerate(entries, 1):
            out.append(f'<div class="help-entry" id="{sid}-{i}">\n<h3>{html.escape(q, quote=False)}</h3>\n{a.strip()}\n</div>')
    elif style == "details":
        for i, (q, a) in enumerate(entries, 1):
            out.append(f'<details class="faq" id="{sid}-{i}">\n<summary>{html.escape(q, quote=False)}</summary>\n'
                       f'<div class="faq__body">\n{a.strip()}\n</div>\n</details>')
    elif style == "qa":
        for i, (q, a) in enumerate(entries, 1):
            out.append(f'<div class="qa" id="{sid}-{i}" itemscope itemtype="https://schema.org/Question">\n'
                       f'<h3 class="qa__q" itemprop="name">{html.escape(q, quote=False)}</h3>\n'
                       f'<div class="qa__a" itemprop="acceptedAnswer">\n{a.strip()}\n</div>\n</div>')
    elif style == "article":
        for i, (q, a) in enumerate(entries, 1):
            out.append(f'<article class="topic" id="{sid}-{i}">\n<header><h3 class="topic__title">{html.escape(q, quote=False)}</h3></header>\n'
                       f'<div class="topic__body">\n{a.strip()}\n</div>\n</article>')
    else:
        raise ValueError(style)
    return "\n".join(out)


def build_html():
    os.makedirs(os.path.join(DOCS, "help"), exist_ok=True)
    topnav = "".join(f'<li><a href="/help/{p["file"]}">{html.escape(p["title"])}</a></li>' for p in PAGES)
    for p in PAGES:
        toc = "\n".join(f'<li><a href="#{sid}">{html.escape(t)}</a></li>' for sid, t, _ in p["sections"])
        body = []
        for sid, title, entries in p["sections"]:
            body.append(f'<section class="help-section" id="{sid}">\n<h2>{html.escape(title)}</h2>')
            body.append(_entries_html(p["style"], sid, entries))
            body.append("</section>")
        page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(p["title"])} - Help Center | {BANK}</title>
<meta name="description" content="{html.escape(p["lede"])}">
<meta name="last-reviewed" content="2026-09-01">
<link rel="stylesheet" href="https://www.northreach.example/assets/help.css">
</head>
<body class="help help--{p["style"]}">
<div id="cookie-notice" class="cookie-notice" role="region" aria-label="Cookie notice">
<p>We use cookies to keep you signed in and to understand how our site is used. See our <a href="/privacy#cookies">privacy notice</a>.</p>
<button type="button" class="cookie-notice__accept">OK</button> <button type="button" class="cookie-notice__manage">Manage cookies</button>
</div>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="https://www.northreach.example/"><img src="/assets/northreach-logo.svg" alt="Northreach Federal Credit Union" width="180" height="40"></a>
<nav class="utility" aria-label="Utility"><ul><li><a href="/locations">Branches &amp; ATMs</a></li><li><a href="/rates">Rates</a></li><li><a href="/contact">Contact</a></li><li><a class="button" href="https://online.northreach.example/">Sign in</a></li></ul></nav>
<nav class="primary" aria-label="Primary"><ul><li><a href="/checking">Checking</a></li><li><a href="/savings">Savings</a></li><li><a href="/loans">Loans</a></li><li><a href="/cards">Cards</a></li><li><a href="/join">Become a member</a></li><li><a href="/help" aria-current="true">Help Center</a></li></ul></nav>
</header>
<div class="help-bar">
<form class="help-search" action="/help/search" role="search"><label for="q">Search the Help Center</label> <input id="q" name="q" type="search" placeholder="How can we help?"> <button type="submit">Search</button></form>
<nav class="help-topics" aria-label="Help topics"><ul>{topnav}</ul></nav>
</div>
<nav class="crumbs" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/help">Help Center</a> / <span aria-current="page">{html.escape(p["title"])}</span></nav>
<main id="main">
<h1>{html.escape(p["title"])}</h1>
<p class="lede">{html.escape(p["lede"])}</p>
<nav class="on-this-page" aria-label="On this page"><p>On this page</p><ul>
{toc}
</ul></nav>
{chr(10).join(body)}
<aside class="still-need-help">
<h2>Still need help?</h2>
<p>Call our Member Service Center at (800) 555-0142, Monday to Friday 7:00 a.m. to 7:00 p.m. and Saturday 9:00 a.m. to 1:00 p.m. Central Time, or email help@northreach.example. Lost or stolen card? Call (800) 555-0143, 24/7.</p>
</aside>
</main>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/docs/fee-schedule.pdf">Fee Schedule</a></li><li><a href="/docs/member-agreement.docx">Membership and Account Agreement</a></li></ul>
<p>{BANK}, {ADDRESS}. Routing number 291555014.</p>
<p>Federally insured by NCUA. Equal Housing Opportunity. Information on this page is current as of September 1, 2026. Rates, fees and terms may change.</p>
<p>&copy; 2026 {BANK}. www.northreach.example</p>
</footer>
<script>
(function () {{
  var n = document.getElementById('cookie-notice');
  if (n && window.localStorage && localStorage.getItem('nr-cookies') === 'ok') {{ n.hidden = true; }}
  var b = n && n.querySelector('.cookie-notice__accept');
  if (b) {{ b.addEventListener('click', function () {{ localStorage.setItem('nr-cookies', 'ok'); n.hidden = true; }}); }}
  if (location.hash) {{ var t = document.querySelector(location.hash); if (t && t.tagName === 'DETAILS') {{ t.open = true; }} }}
}})();
</script>
</body>
</html>
"""
        with open(os.path.join(DOCS, "help", p["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(page)


# ---------------------------------------------------------------- zip normalisation (docx)
def _zip_normalise(p):
    buf = io.BytesIO()
    stamp = b"2026-09-01T09:00:00Z"
    with zipfile.ZipFile(p) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        names = [i.filename for i in zin.infolist()]
        order = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
        for name in order:
            data = zin.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", data)
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(p, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- member-agreement.docx
def build_docx():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.author = BANK
    cp.last_modified_by = BANK
    cp.title = content_agreement.TITLE
    cp.subject = "Membership and account terms"
    cp.keywords = "membership, accounts, funds availability, electronic fund transfers"
    cp.comments = ""
    cp.category = "Member agreements"
    cp.revision = 1
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{BANK} - {content_agreement.TITLE}"
    sec.footer.paragraphs[0].text = f"{BANK}, {ADDRESS}  |  NRFCU-MAA-0926  |  Federally insured by NCUA"
    d.add_heading(content_agreement.TITLE, level=0)
    d.add_paragraph(content_agreement.SUBTITLE)
    d.add_paragraph(content_agreement.INTRO)
    for item in content_agreement.ITEMS:
        kind = item[0]
        if kind == "H1":
            d.add_heading(item[1], level=1)
        elif kind == "H2":
            d.add_heading(item[1], level=2)
        elif kind == "P":
            d.add_paragraph(item[1])
        elif kind == "BUL":
            d.add_paragraph(item[1], style="List Bullet")
        elif kind == "TABLE":
            head, rows = content_agreement.TABLES[item[1]]
            t = d.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            for j, h in enumerate(head):
                cell = t.rows[0].cells[j]
                cell.text = h
                for r in cell.paragraphs[0].runs:
                    r.bold = True
            for i, row in enumerate(rows, 1):
                for j, v in enumerate(row):
                    t.rows[i].cells[j].text = v
            d.add_paragraph("")
    p = os.path.join(DOCS, "member-agreement.docx")
    d.save(p)
    _zip_normalise(p)


# ---------------------------------------------------------------- fee-schedule.pdf
GREEN = (18, 74, 62)


def build_pdf():
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "B", 8)
            self.set_text_color(*GREEN)
            self.cell(0, 5, "NORTHREACH FEDERAL CREDIT UNION", align="L")
            self.set_x(self.l_margin)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Fee Schedule - effective September 1, 2026", align="R")
            self.ln(5)
            self.set_draw_color(*GREEN)
            self.set_line_width(0.5)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"{BANK}, {ADDRESS}  |  (800) 555-0142  |  NRFCU-FS-0926", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = Doc(format="letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{BANK} - {content_fees.TITLE}")
    pdf.set_author(BANK)
    pdf.set_subject("Fees for accounts, cards, transfers, loans and other services")
    pdf.set_creator("Northreach document services")
    pdf.set_producer("Northreach document services")
    pdf.set_keywords("fee schedule")
    pdf.alias_nb_pages()
    pdf.set_margins(17.5, 16, 17.5)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 10, content_fees.TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 7, "Consumer accounts, cards and loans - effective September 1, 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 4.8, content_fees.INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    spans = []
    head_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)
    for num, title, intro, head, rows, widths, notes in content_fees.SECTIONS:
        p0 = pdf.page_no()
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 12)
        pdf.set_text_color(*GREEN)
        pdf.cell(0, 7, f"{num}. {title}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        if intro:
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 4.5, intro, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_draw_color(110, 110, 110)
        pdf.set_line_width(0.2)
        with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT", line_height=4.4,
                       first_row_as_headings=True, headings_style=head_style, borders_layout="ALL",
                       padding=1.2) as t:
            for r in [head] + rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        if notes:
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "I", 8)
            for n in notes:
                pdf.multi_cell(0, 4, n, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.6)
        pdf.ln(2)
        if pdf.page_no() != p0:
            spans.append(f"{num}. {title}")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 7, "Key terms", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    for term, meaning in content_fees.KEY_TERMS:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(40, 4.6, term)
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 4.6, meaning, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.3, "Questions about a fee? Call (800) 555-0142 or visit any branch. We will give you at least "
                   "30 days' written notice before we increase a fee or add a new one.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, "fee-schedule.pdf"))
    return spans, pdf.page_no()


# ---------------------------------------------------------------- rates.csv
RATES = [
    ["product", "term", "rate_type", "Under $25,000", "$25,000 to $99,999", "$100,000 and over", "notes"],
    ["Primary Share Savings", "", "APY", "0.10%", "0.10%", "0.10%", "$5 par value share required; dividends paid on an average daily balance of $100 or more"],
    ["Youth Savings", "", "APY", "see notes", "see notes", "see notes", "2.00% APY on the first $1,000 and 0.10% APY on the balance above $1,000; members under 18 only"],
    ["Money Market Share", "", "APY", "1.25%", "1.75%", "2.10%", "No dividends for any day the balance is below $2,500"],
    ["Share Certificate", "6 months", "APY", "3.40%", "3.45%", "3.55%", "Minimum $1,000"],
    ["Share Certificate", "12 months", "APY", "3.95%", "4.00%", "4.10%", "Minimum $1,000; members under 18 may open with $250"],
    ["Share Certificate", "18 months", "APY", "3.80%", "3.85%", "3.95%", "Minimum $1,000"],
    ["Share Certificate", "24 months (Bump-up)", "APY", "3.60%", "3.65%", "3.75%", "Minimum $1,000; one rate increase allowed during the term"],
    ["Share Certificate", "36 months", "APY", "3.50%", "3.55%", "3.65%", "Minimum $1,000"],
    ["Share Certificate", "60 months", "APY", "3.30%", "3.35%", "3.45%", "Minimum $1,000; early withdrawal penalty is 365 days' dividends"],
    ["New Auto Loan", "up to 60 months", "APR", "5.49%", "5.29%", "5.29%", "Balance columns are the amount financed; rates are as low as and include the 0.25% autopay discount"],
    ["New Auto Loan", "61 to 84 months", "APR", "6.24%", "5.99%", "5.99%", "84-month term only for loans of $25,000 or more"],
    ["Used Auto Loan", "up to 60 months", "APR", "6.19%", "5.99%", "5.99%", "Vehicles up to 7 model years old"],
    ["Used Auto Loan", "61 to 72 months", "APR", "6.79%", "6.59%", "6.59%", "Vehicles up to 7 model years old"],
    ["Used Auto Loan", "up to 48 months", "APR", "7.49%", "7.29%", "7.29%", "Vehicles 8 to 12 model years old"],
    ["HELOC", "first 12 months", "APR", "5.99%", "5.99%", "5.99%", "Fixed introductory rate; balance columns are the credit line amount"],
    ["HELOC", "after 12 months", "APR", "Prime + 1.00%", "Prime + 0.50%", "Prime + 0.25%", "Variable; Prime Rate is 7.50% as of September 1, 2026; floor 4.00% APR; cap 18.00% APR"],
]


def build_csv():
    with open(os.path.join(DOCS, "rates.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(RATES)


# ---------------------------------------------------------------- notice.txt
NOTICE = """NORTHREACH FEDERAL CREDIT UNION
NOTICE OF CHANGES TO FEES, DIVIDEND RATES AND LIMITS

Published: October 1, 2026
Effective: December 1, 2026

Dear Member,

We're writing to let you know about changes to some of our fees, dividend
rates and limits. The changes below take effect on December 1, 2026. Until
then, the fees, rates and limits in our Help Center, Membership and Account
Agreement, Fee Schedule and rate sheet dated September 1, 2026 continue to
apply.

WHAT'S CHANGING ON DECEMBER 1, 2026

1. Courtesy Pay fee
   Now: $28.00 per item paid
   From December 1, 2026: $22.00 per item paid

2. No Courtesy Pay fee for small overdrafts
   Now: no fee if your account is overdrawn by $10.00 or less at the end of
   the business day
   From December 1, 2026: no fee if your account is overdrawn by $25.00 or
   less at the end of the business day

3. Rewards Checking dividend rate (qualifying months, balances up to $15,000)
   Now: 3.00% APY
   From December 1, 2026: 2.75% APY

4. Outgoing domestic wire fee (online, branch or phone)
   Now: $25.00
   From December 1, 2026: $30.00

5. Mobile deposit daily limit (members for 90 days or more)
   Now: $5,000 per business day
   From December 1, 2026: $7,500 per business day

WHAT ISN'T CHANGING

- The returned item (NSF) fee stays at $28.00, and we still charge no more
  than 4 Courtesy Pay and NSF fees in one day.
- Rewards Checking still pays 0.25% APY on the portion of the balance above
  $15,000, and 0.05% APY in months you don't qualify. The $6 monthly service
  fee and its waivers stay the same.
- The mobile deposit limit of $10,000 in any rolling 30 days stays the same,
  and so does the $1,000 daily limit for members of less than 90 days.
- Incoming wire fees and the $45.00 outgoing international wire fee stay the
  same.
- ReachPay limits are not changing.
- Share certificate rates are reviewed separately and are not part of this
  notice.

IF YOU DON'T AGREE

If you don't want to accept these changes, you can close your checking
account before December 1, 2026 and we will not charge the early closure fee,
even if the account has been open for less than 90 days. Call (800) 555-0142
or visit any branch.

Questions? Call our Member Service Center at (800) 555-0142, Monday to Friday
7:00 a.m. to 7:00 p.m. and Saturday 9:00 a.m. to 1:00 p.m. Central Time.

Northreach Federal Credit Union, 1200 Larchmont Avenue, Pell River, MN 56990
www.northreach.example | Federally insured by NCUA
"""


def build_txt():
    with open(os.path.join(DOCS, "notice.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(NOTICE)


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    build_html()
    build_docx()
    spans, pages = build_pdf()
    build_csv()
    build_txt()
    print("fee schedule pages:", pages, "- sections that break across a page:", spans)
    import questions_src
    import readme_src
    rows = questions_src.write(OUT)
    readme_src.write(OUT, rows, spans, pages)
    print("built", sorted(os.listdir(DOCS)), "+", sorted(os.listdir(os.path.join(DOCS, "help"))))
