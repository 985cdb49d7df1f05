#!/usr/bin/env python
"""Deterministic generator for the Harbourline Bank evaluation set (written blind).
Run:  .venv/bin/python scripts/harbourline/make_set.py [OUTPUT_DIR]
Builds documents/ (faq.html, terms.pdf, fees.xlsx, rates.csv, notice.md), questions.jsonl and README.md in
OUTPUT_DIR (default: assistant/evaluation/sets/harbourline). Needs fpdf2, openpyxl and pypdf."""
import csv, io, os, sys, zipfile, datetime, html
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content_faq import SECTIONS
import content_terms
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "assistant", "evaluation", "sets", "harbourline")
DOCS = os.path.join(OUT, "documents")
os.makedirs(DOCS, exist_ok=True)
FIXED = datetime.datetime(2026, 7, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_TIME = (2026, 7, 1, 9, 0, 0)


# ---------------------------------------------------------------- faq.html (accordion button/div pairs)
def build_html():
    nav = "\n".join(f'<li><a href="#{sid}">{html.escape(t)}</a></li>' for sid, t, _, _ in SECTIONS)
    body = []
    for sid, title, intro, entries in SECTIONS:
        body.append(f'<section class="faq-group" id="{sid}" aria-labelledby="h-{sid}">')
        body.append(f'<h2 class="faq-group__title" id="h-{sid}">{html.escape(title)}</h2>')
        if intro:
            body.append(f'<p class="faq-group__intro">{html.escape(intro)}</p>')
        body.append('<div class="accordion" data-accordion>')
        for i, (q, a) in enumerate(entries, 1):
            body.append(
                f'<div class="accordion__item">\n'
                f'<button class="accordion__trigger" type="button" id="t-{sid}-{i}" aria-expanded="false" aria-controls="p-{sid}-{i}">'
                f'<span class="accordion__label">{html.escape(q)}</span><span class="accordion__icon" aria-hidden="true">+</span></button>\n'
                f'<div class="accordion__panel" id="p-{sid}-{i}" role="region" aria-labelledby="t-{sid}-{i}" hidden>\n{a.strip()}\n</div>\n</div>')
        body.append('</div>')
        body.append('<div class="faq-feedback"><span>Was this helpful?</span> <button type="button" data-vote="yes">Yes</button> <button type="button" data-vote="no">No</button></div>')
        body.append('</section>')
    page = f"""<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Help centre - frequently asked questions | Harbourline Bank</title>
<meta name="description" content="Answers to common questions about Harbourline Bank accounts, term deposits, cards, loans and payments.">
<meta name="dcterms.modified" content="2026-07-01">
<link rel="stylesheet" href="https://www.harbourline.example/static/css/site.min.css">
</head>
<body class="page-help">
<div class="cookie-banner" role="dialog" aria-label="Cookies"><p>We use cookies to improve your experience and for analytics. <a href="/privacy/cookies">Cookie settings</a></p><button type="button">Accept all</button></div>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="masthead">
<div class="masthead__top"><ul><li><a href="/personal" aria-current="true">Personal</a></li><li><a href="/business">Business</a></li><li><a href="/about">About us</a></li></ul>
<a class="btn btn--login" href="https://online.harbourline.example/login">Log on</a></div>
<div class="masthead__main"><a class="logo" href="https://www.harbourline.example/"><img src="/static/img/harbourline-logo.svg" alt="Harbourline Bank"></a>
<nav class="mainnav" aria-label="Main"><ul>
<li><a href="/personal/bank-accounts">Bank accounts</a></li><li><a href="/personal/savings">Savings &amp; term deposits</a></li><li><a href="/personal/credit-cards">Credit cards</a></li><li><a href="/personal/loans">Personal loans</a></li><li><a href="/personal/home-loans">Home loans</a></li><li><a href="/personal/insurance">Insurance</a></li><li><a href="/help">Help</a></li>
</ul></nav>
<form class="sitesearch" action="/search" role="search"><label for="s" class="sr-only">Search</label><input id="s" name="q" type="search" placeholder="Search harbourline.example"><button type="submit">Search</button></form></div>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/help">Help</a></li><li aria-current="page">FAQs</li></ol></nav>
<main id="content" class="help-layout">
<div class="help-layout__main">
<h1>Frequently asked questions</h1>
<p class="lede">Quick answers about our accounts, cards, loans and payments. Select a question to see the answer. For anything not covered here, call us on 1300 975 707 or send a secure message in the app.</p>
<nav class="toc" aria-label="Topics"><h2 class="toc__title">Topics</h2><ul>
{nav}
</ul></nav>
{chr(10).join(body)}
</div>
<aside class="help-layout__side" aria-label="Related">
<div class="card card--urgent"><h2>Lost or stolen card?</h2><p>Lock it in the app, then call 1300 975 708 (24/7).</p></div>
<div class="card"><h2>Helpful documents</h2><ul><li><a href="/docs/terms.pdf">Deposit Accounts, Cards and Payments - Terms and Conditions</a></li><li><a href="/docs/fees.xlsx">Schedule of Fees and Charges</a></li><li><a href="/docs/rates.csv">Term Deposit rates</a></li></ul></div>
</aside>
</main>
<footer class="site-footer">
<div class="site-footer__links"><ul><li><a href="/contact">Contact us</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/security">Security</a></li><li><a href="/careers">Careers</a></li></ul></div>
<p class="site-footer__legal">Information on this page is general only and doesn't take into account your objectives, financial situation or needs. Consider whether it is right for you and read the relevant terms and conditions before deciding. Fees, charges and interest rates are current as at 1 July 2026 and may change. Credit is subject to approval.</p>
<p class="site-footer__legal">Harbourline Bank Limited, Level 12, 1 Quayside Walk, Port Alder NSW 2999. The FutureSave Plan is issued by Harbourline Life Limited.</p>
<p class="site-footer__legal">&copy; 2026 Harbourline Bank Limited. www.harbourline.example</p>
</footer>
<script>
document.querySelectorAll('.accordion__trigger').forEach(function (b) {{
  b.addEventListener('click', function () {{
    var p = document.getElementById(b.getAttribute('aria-controls'));
    var open = b.getAttribute('aria-expanded') === 'true';
    b.setAttribute('aria-expanded', String(!open)); p.hidden = open;
  }});
}});
</script>
</body>
</html>
"""
    with open(os.path.join(DOCS, "faq.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


# ---------------------------------------------------------------- terms.pdf
NAVY = (16, 48, 84)

def build_pdf():
    from fpdf import FPDF
    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(*NAVY)
            self.cell(0, 5, "HARBOURLINE BANK", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, "Deposit Accounts, Cards and Payments - Terms and Conditions - 1 July 2026", align="R")
            self.ln(5)
            self.set_draw_color(*NAVY)
            self.set_line_width(0.4)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)
        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 4, "Harbourline Bank Limited, Level 12, 1 Quayside Walk, Port Alder NSW 2999  |  HLB-TC-0726", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(content_terms.TITLE); pdf.set_author("Harbourline Bank Limited")
    pdf.set_subject("Terms and conditions for deposit accounts, debit cards and payments")
    pdf.set_creator("Harbourline document production"); pdf.set_producer("Harbourline document production")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20); pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 9, "Deposit Accounts, Cards and Payments", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 14)
    pdf.cell(0, 8, "Terms and Conditions - effective 1 July 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, content_terms.INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    spans = []
    for item in content_terms.ITEMS:
        kind = item[0]
        if kind == "PART":
            pdf.ln(3); pdf.set_font("Helvetica", "B", 13); pdf.set_fill_color(222, 231, 242); pdf.set_text_color(*NAVY)
            pdf.cell(0, 8.5, "  " + item[1], fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0); pdf.ln(2)
        elif kind == "SEC":
            pdf.ln(1.5); pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 7, f"{item[1]}. {item[2]}", new_x="LMARGIN", new_y="NEXT")
        elif kind == "CL":
            pdf.set_font("Helvetica", "B", 10); pdf.set_x(22)
            pdf.cell(11, 5.2, item[1])
            p0 = pdf.page_no()
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.2, item[2], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.6)
            if pdf.page_no() != p0:
                spans.append(item[1])
        elif kind == "SUB":
            pdf.set_font("Helvetica", "", 10); pdf.set_x(33)
            pdf.cell(8, 5.2, f"({item[1]})")
            p0 = pdf.page_no()
            pdf.multi_cell(0, 5.2, item[2], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
            if pdf.page_no() != p0:
                spans.append("sub " + item[1])
        elif kind == "NOTE":
            pdf.set_font("Helvetica", "I", 9.5); pdf.set_x(33)
            pdf.multi_cell(0, 5, item[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "TABLE":
            head, rows, widths = content_terms.TABLES[item[1]]
            pdf.ln(1); pdf.set_draw_color(120, 120, 120); pdf.set_line_width(0.2)
            pdf.set_x(33)
            with pdf.table(col_widths=widths, width=sum(widths) * 0.9, align="RIGHT", text_align="LEFT", line_height=5.2,
                           first_row_as_headings=True, borders_layout="HORIZONTAL_LINES") as t:
                pdf.set_font("Helvetica", "", 9)
                for r in [head] + rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
    pdf.output(os.path.join(DOCS, "terms.pdf"))
    return spans


# ---------------------------------------------------------------- fees.xlsx
FEE_SHEETS = [
("Accounts", "Everyday Account, Premier Account and Bonus Saver",
 ["Fee or charge", "Everyday Account", "Premier Account", "Bonus Saver", "Notes"], [
    ["Monthly account fee", "$4.00 (1)", "$15.00 (2)", "Nil", ""],
    ["Withdrawal at a Harbourline ATM", "Free", "Free", "n/a", "The Bonus Saver has no card"],
    ["Withdrawal at another bank's ATM in Australia", "Free (3)", "Free (3)", "n/a", ""],
    ["Withdrawal at an ATM overseas", "$5.00 per withdrawal", "Free", "n/a", "Foreign transaction fee also applies on Everyday Account"],
    ["Foreign transaction fee (Visa Debit)", "3% of the transaction amount", "Nil", "n/a", "Applies to transactions in a foreign currency and to transactions in Australian dollars processed by a merchant overseas"],
    ["Branch (over-the-counter) withdrawal", "Free", "Free", "$3.00 per withdrawal", "Free for customers aged 65 or over"],
    ["Paper statement", "$2.50 per statement", "Free", "$2.50 per statement", "Online statements are free. Paper statements are free for customers aged 65 or over and for registered concession card holders"],
    ["Replacement Visa Debit card", "$10.00 (4)", "$10.00 (4)", "n/a", ""],
    ["Emergency replacement card sent overseas", "$50.00", "Free", "n/a", ""],
    ["Bank cheque", "$15.00", "Free", "$15.00", ""],
    ["Interest on unarranged overdrawn balance", "17.95% p.a.", "17.95% p.a.", "n/a", "No dishonour or overdrawn fee is charged"],
    ["Closing an account", "Free", "Free", "Free", ""],
 ], [
    "(1) Not charged in a month in which deposits of $1,000 or more are made (excluding transfers from your other Harbourline accounts), a holder is under 25, or a holder has registered an eligible concession card. See clause 3.1 of the Terms and Conditions.",
    "(2) Not charged if the end-of-day balance is $5,000 or more on every day of the month.",
    "(3) We don't charge for using another bank's ATM in Australia, but the ATM operator may charge a fee, which is shown on screen before you continue.",
    "(4) Your first replacement card in any 12 months is free.",
 ]),
("Payments", "Transfers and payments",
 ["Fee or charge", "Online or app", "Branch or phone", "Notes"], [
    ["Transfer to another Australian bank (standard or fast payment)", "Free", "Free", ""],
    ["International transfer sent", "$20.00", "$30.00", "Premier Account: $0 online; branch or phone fee still applies. Other banks may also charge"],
    ["International transfer received", "$12.00", "$12.00", "Waived when paid into a Premier Account"],
    ["Trace, amendment or recall of an international transfer", "$25.00", "$25.00", "Charged whether or not the trace or recall succeeds"],
    ["Recall of a mistaken payment within Australia", "Free", "Free", ""],
    ["Stopping or cancelling a direct debit", "Free", "Free", ""],
    ["Scheduled payment that fails for lack of funds", "Nil", "Nil", "We retry once at the end of the day"],
 ], []),
("Credit cards", "Low Rate Credit Card and Rewards Credit Card",
 ["Fee or charge", "Low Rate Credit Card", "Rewards Credit Card", "Notes"], [
    ["Annual fee", "$59", "$149 (1)", "Charged on the first statement and every 12 months after"],
    ["Additional cardholder fee", "Free (one additional cardholder)", "$20 per cardholder per year (up to 4)", ""],
    ["Cash advance fee", "2% of the amount or $3, whichever is greater", "2% of the amount or $3, whichever is greater", "Cash advances include ATM withdrawals, gambling and buying foreign currency or gift cards"],
    ["Foreign transaction fee", "3% of the transaction amount", "Nil", ""],
    ["Late payment fee", "$15", "$15", "Charged if the minimum repayment isn't received by the due date (2)"],
    ["Balance transfer fee", "2% of the amount transferred", "Not available", ""],
    ["Over-limit fee", "Nil", "Nil", ""],
    ["Replacement card", "Free", "Free", "Emergency replacement overseas: $50"],
    ["Paper statement", "Free", "Free", ""],
 ], [
    "(1) $0 in the first year for new Rewards Credit Card holders.",
    "(2) Not charged while a financial hardship arrangement is in place.",
 ]),
("Loans", "Personal loans and home loans",
 ["Fee or charge", "Fixed Rate Personal Loan", "Variable Rate Personal Loan", "Basic Variable Home Loan", "Fixed Home Loan", "Notes"], [
    ["Establishment fee", "$195", "$195", "Nil", "Nil", ""],
    ["Monthly service fee", "$10", "$10", "Nil", "Nil", ""],
    ["Offset account fee", "n/a", "n/a", "$10 per month", "Not available", ""],
    ["Early repayment fee", "$150 (1)", "Nil", "Nil", "Break cost (2)", ""],
    ["Redraw", "n/a", "n/a", "Free (minimum $500)", "Not available during the fixed term", ""],
    ["Late payment fee", "$20", "$20", "$20", "$20", "Charged when a repayment is more than 7 days overdue. Not charged while a financial hardship arrangement is in place"],
    ["Discharge fee (closing the loan)", "n/a", "n/a", "$350", "$350", "Covers preparing and registering the release of the mortgage"],
    ["Switching from fixed to variable", "n/a", "n/a", "n/a", "Break cost (2)", ""],
 ], [
    "(1) Only if the whole loan is paid out within the first 2 years.",
    "(2) A break cost may apply if you pay more than $10,000 extra in a year of the fixed term, repay in full or switch during the fixed term. We'll tell you the amount before you go ahead.",
 ]),
]

def _zip_normalise(p):
    buf = io.BytesIO()
    with zipfile.ZipFile(p) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>", rb"<dcterms:created\1>2026-07-01T09:00:00Z</dcterms:created>", data)
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>", rb"<dcterms:modified\1>2026-07-01T09:00:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(p, "wb") as f:
        f.write(buf.getvalue())

def build_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill
    wb = Workbook()
    wb.properties.creator = "Harbourline Bank Limited"; wb.properties.title = "Schedule of Fees and Charges"
    wb.properties.created = FIXED.replace(tzinfo=None); wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.properties.lastModifiedBy = "Harbourline Bank Limited"
    first = True
    for name, subtitle, head, rows, notes in FEE_SHEETS:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws["A1"] = "Harbourline Bank - Schedule of Fees and Charges"; ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = f"{subtitle}. Effective 1 July 2026."
        r0 = 4
        for j, h in enumerate(head, 1):
            c = ws.cell(row=r0, column=j, value=h); c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="103054"); c.alignment = Alignment(wrap_text=True, vertical="top")
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row, 1):
                if v != "":
                    c = ws.cell(row=r0 + i, column=j, value=v); c.alignment = Alignment(wrap_text=True, vertical="top")
        r = r0 + len(rows) + 2
        for n in notes:
            ws.cell(row=r, column=1, value=n).font = Font(italic=True, size=9); r += 1
        ws.column_dimensions["A"].width = 44
        for col in "BCDEF"[:len(head) - 1]:
            ws.column_dimensions[col].width = 26
        ws.column_dimensions["BCDEF"[len(head) - 2]].width = 60
        ws.freeze_panes = ws.cell(row=r0 + 1, column=2)
    p = os.path.join(DOCS, "fees.xlsx")
    wb.save(p)
    _zip_normalise(p)


# ---------------------------------------------------------------- rates.csv
RATES = [
    ["product", "term", "interest_paid", "Under $50,000", "$50,000 to $249,999", "$250,000 to $2,000,000", "notes"],
    ["Term Deposit", "1 month", "At maturity", "3.60%", "3.70%", "3.75%", "Minimum $5,000 for terms under 12 months"],
    ["Term Deposit", "3 months", "At maturity", "4.00%", "4.10%", "4.15%", ""],
    ["Term Deposit", "6 months", "At maturity", "4.20%", "4.30%", "4.35%", ""],
    ["Term Deposit", "9 months", "At maturity", "4.15%", "4.25%", "4.30%", ""],
    ["Term Deposit", "12 months", "At maturity", "4.30%", "4.40%", "4.45%", "Minimum $1,000 for terms of 12 months or more"],
    ["Term Deposit", "12 months", "Monthly", "4.10%", "4.20%", "4.25%", ""],
    ["Term Deposit", "24 months", "Annually", "4.05%", "4.15%", "4.20%", ""],
    ["Term Deposit", "24 months", "Monthly", "3.85%", "3.95%", "4.00%", ""],
    ["Term Deposit", "36 months", "Annually", "3.95%", "4.05%", "4.10%", ""],
    ["Term Deposit", "60 months", "Annually", "3.90%", "4.00%", "4.05%", ""],
    ["Flexi Term Deposit", "6 months", "At maturity", "3.95%", "4.05%", "4.10%", "Minimum $10,000; maximum $1 million"],
    ["Flexi Term Deposit", "12 months", "At maturity", "4.05%", "4.15%", "4.20%", "Minimum $10,000; maximum $1 million"],
]

def build_csv():
    with open(os.path.join(DOCS, "rates.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(RATES)


# ---------------------------------------------------------------- notice.md
NOTICE = """# Upcoming changes to fees, rates and limits

**Published 1 August 2026. These changes take effect on 1 October 2026.** Until then, the fees, rates and limits in our FAQs, Terms and Conditions and Schedule of Fees and Charges continue to apply.

## What's changing on 1 October 2026

| Product | What changes | Now | From 1 October 2026 |
|---|---|---|---|
| Everyday Account | Deposits needed in a month to avoid the $4 monthly fee | $1,000 | $1,500 |
| Bonus Saver | Bonus rate (base rate stays 0.85% p.a.) | 3.90% p.a. | 3.75% p.a. |
| International transfer sent | Fee online or in the app | $20 | $15 |
| Rewards Credit Card | Annual fee | $149 | $169 |
| Pay Anyone | Standard daily limit for accounts opened on or after 1 October 2026 | $5,000 | $3,000 |

A few details:

- **Everyday Account:** the fee stays at $4 a month. The other ways to avoid it (being under 25, or registering an eligible concession card) don't change.
- **Bonus Saver:** with the bonus, the total rate will be 4.60% p.a.
- **International transfers:** the branch and phone fee stays at $30, and sending online stays free for Premier Account holders.
- **Rewards Credit Card:** the new fee applies from your next annual fee date on or after 1 October 2026. New cardholders will still pay $0 in their first year.
- **Pay Anyone limit:** existing customers keep their current limit. Everyone can still raise their limit to as much as $25,000 in the app.

## What isn't changing

- Term Deposit and Flexi Term Deposit rates are reviewed separately and are not part of this notice.
- Our lost and stolen card line stays the same: 1300 975 708, 24/7.

## If you don't agree

If you don't want to accept a change, you can close the affected account or card without a fee before 1 October 2026. Call 1300 975 707 or visit a branch.

---
Harbourline Bank Limited, Level 12, 1 Quayside Walk, Port Alder NSW 2999. www.harbourline.example
"""

def build_md():
    with open(os.path.join(DOCS, "notice.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(NOTICE)


if __name__ == "__main__":
    build_html()
    spans = build_pdf()
    build_xlsx(); build_csv(); build_md()
    print("clauses that break across a page:", spans)
    if os.path.exists(os.path.join(HERE, "questions_src.py")):
        import questions_src, readme_src
        rows = questions_src.write(OUT)
        readme_src.write(OUT, rows, spans)
    print("built", sorted(os.listdir(DOCS)))
