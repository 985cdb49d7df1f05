#!/usr/bin/env python
"""Deterministic generator for the Fernhill Building Society evaluation set (written blind in session 12).
Run:  .venv/bin/python scripts/fernhill/make_set.py [OUTPUT_DIR]
Builds documents/, questions.jsonl and README.md in OUTPUT_DIR (default: assistant/evaluation/sets/fernhill).
Needs fpdf2 and python-docx."""
import csv, io, json, os, sys, zipfile, datetime, html
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_html import SECTIONS
from docs_pdf import PARTS
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "assistant", "evaluation", "sets", "fernhill")
DOCS = os.path.join(OUT, "documents")
os.makedirs(DOCS, exist_ok=True)
FIXED = datetime.datetime(2026, 9, 1, 9, 0, 0)

# ---------------------------------------------------------------- HTML
def build_html():
    nav = "".join(f'<li><a href="#{sid}">{html.escape(t)}</a></li>' for sid, t, _ in SECTIONS)
    body = []
    for sid, title, entries in SECTIONS:
        body.append(f'<section id="{sid}" class="faq-topic">\n<h2>{html.escape(title)}</h2>')
        for q, a in entries:
            body.append(f'<h3>{html.escape(q)}</h3>{a}')
        body.append('</section>')
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Member questions answered | Fernhill Building Society</title>
<meta name="description" content="Answers to common questions from Fernhill Building Society members.">
<meta name="last-updated" content="2026-09-01">
<link rel="stylesheet" href="/assets/fernhill.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<div class="brand"><a href="https://www.fernhill.example/">Fernhill Building Society</a> <span>Owned by our members since 1868</span></div>
<nav class="primary" aria-label="Main"><ul>
<li><a href="/savings">Savings</a></li><li><a href="/current-accounts">Current accounts</a></li><li><a href="/mortgages">Mortgages</a></li><li><a href="/loans">Loans</a></li><li><a href="/branches">Find a branch</a></li><li><a href="/login">Log in</a></li>
</ul></nav>
<div class="search"><form action="/search"><label for="q">Search</label> <input id="q" name="q"> <button>Go</button></form></div>
</header>
<main id="main">
<h1>Member questions answered</h1>
<p class="intro">Whatever you need to know about your accounts with us, you should find it here. If not, our team is happy to help on 0117 496 0250 (Monday to Friday 8am to 8pm, Saturday 9am to 1pm). Page last updated 1 September 2026.</p>
<nav class="topics" aria-label="Topics"><h2>Jump to a topic</h2><ul>{nav}</ul></nav>
{chr(10).join(body)}
</main>
<footer class="site-footer">
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>Fernhill Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered office: Fernhill House, 14 Quarry Lane, Bristol BS99 7XQ. Calls may be recorded.</p>
<p>&copy; 2026 Fernhill Building Society. www.fernhill.example</p>
</footer>
</body>
</html>
"""
    with open(os.path.join(DOCS, "member-faq.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)

# ---------------------------------------------------------------- PDF
def build_pdf():
    from fpdf import FPDF
    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", "B", 8)
            self.set_text_color(60, 90, 60)
            self.cell(0, 5, "Fernhill Building Society  |  Savings Conditions  |  Effective 1 September 2026", align="L")
            self.ln(4)
            self.set_draw_color(60, 90, 60)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)
        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"FBS-SC-0926   Page {self.page_no()} of {{nb}}   Fernhill Building Society, Fernhill House, 14 Quarry Lane, Bristol BS99 7XQ", align="C")
    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Savings Conditions"); pdf.set_author("Fernhill Building Society")
    pdf.set_subject("General and Product Conditions for savings accounts"); pdf.set_creator("Fernhill document service"); pdf.set_producer("Fernhill document service")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Savings Conditions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "These conditions take effect on 1 September 2026 for new accounts and, for existing accounts, replace all earlier versions from that date. Please read them with the Product Conditions for your account, our rate sheet and our Tariff of Charges. If you would like this document in large print, Braille or audio, please call 0117 496 0250.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    tables = {
        "interest": (["Account", "When interest is paid", "Can it be paid to another account?"], [
            ["Easy Access Saver", "Annually on 31 March", "Yes"],
            ["Regular Saver", "At maturity or on closure", "No"],
            ["1 Year Fixed Bond", "At maturity", "Yes"],
            ["2 Year Fixed Bond", "On the first anniversary and at maturity", "Yes"],
            ["Cash ISA", "Annually on 5 April", "No"]], [45, 75, 50]),
        "erc": (["Bond", "Term", "Early closure charge", "Example on £10,000 closed early"], [
            ["1 Year Fixed Bond", "12 months", "90 days' interest", "£103.56 at 4.20% AER"],
            ["2 Year Fixed Bond", "24 months", "180 days' interest", "£199.73 at 4.05% AER"]], [42, 26, 44, 58]),
    }
    for part in PARTS:
        kind = part[0]
        if kind == "P":
            pdf.ln(3); pdf.set_font("Helvetica", "B", 14); pdf.set_fill_color(225, 236, 225)
            pdf.cell(0, 9, part[1], fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "H":
            pdf.ln(2); pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 7, part[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "C":
            pdf.set_font("Helvetica", "B", 10); pdf.set_x(20)
            pdf.cell(12, 5, part[1])
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, part[2], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif kind == "S":
            pdf.set_font("Helvetica", "", 10); pdf.set_x(32)
            pdf.cell(8, 5, f"({part[1]})")
            pdf.multi_cell(0, 5, part[2], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif kind == "T":
            head, rows, widths = tables[part[1]]
            pdf.ln(1); pdf.set_draw_color(0, 0, 0)
            with pdf.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=5.5,
                           first_row_as_headings=True, borders_layout="ALL") as t:
                pdf.set_font("Helvetica", "", 9)
                for r in [head] + rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
    # Part C - contacts and complaints (long closing clauses)
    pdf.ln(3); pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, "Part C - Contacting us and complaints", fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    extra = [
        ("14.1", "You can contact us by phone on 0117 496 0250, in any branch, by secure message in the app, or by writing to Fernhill Building Society, Fernhill House, 14 Quarry Lane, Bristol BS99 7XQ."),
        ("14.2", "If you are unhappy with our service, please tell us. Our complaints procedure is available on request and on our website at www.fernhill.example/complaints. If you remain unhappy after our final response, you may be able to refer your complaint to the Financial Ombudsman Service within six months of the date of that response."),
        ("14.3", "Eligible deposits with us are protected by the Financial Services Compensation Scheme up to a total of £120,000 per person. Further information is available in our Depositor Information Sheet, which we give you each year."),
        ("14.4", "These conditions are governed by the law of the part of the United Kingdom in which you live. We will communicate with you in English."),
    ]
    pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, "14. Contact, complaints and protection", new_x="LMARGIN", new_y="NEXT")
    for n, t in extra:
        pdf.set_font("Helvetica", "B", 10); pdf.set_x(20); pdf.cell(12, 5, n)
        pdf.set_font("Helvetica", "", 10); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.output(os.path.join(DOCS, "savings-conditions.pdf"))

# ---------------------------------------------------------------- DOCX
def build_docx():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.author = "Fernhill Building Society"; cp.title = "Tariff of Charges"; cp.subject = "Current account and savings charges"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Fernhill Building Society"; cp.revision = 1
    d.add_heading("Tariff of Charges", 0)
    d.add_paragraph("Effective from 1 September 2026. This tariff lists the charges for our Everyday and Everyday Plus current accounts and our savings accounts. Charges marked with a symbol have conditions explained in the notes below each table. Where nothing is shown, the service is not available on that account.")
    d.add_heading("1. Account fees and everyday services", 1)
    def table(header, rows):
        t = d.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = h
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = v
        return t
    table(["Service", "Everyday", "Everyday Plus", "Savings accounts"], [
        ["Monthly account fee", "Free", "£4.00 (£5.00 from 1 January 2027)", "Free"],
        ["Replacement debit card (standard post)", "Free", "Free", "-"],
        ["Urgent replacement card by courier", "£15.00", "Free", "-"],
        ["Copy statement (each)", "£5.00", "Free", "£5.00"],
        ["Replacement passbook", "-", "-", "£10.00**"],
        ["Status or reference letter", "£15.00", "£15.00", "£15.00"],
        ["Returned payment (insufficient funds)", "Free", "Free", "-"],
    ])
    d.add_paragraph("** The first replacement passbook in any 12-month period is free.")
    d.add_heading("2. Using your card abroad", 1)
    table(["Service", "Everyday", "Everyday Plus"], [
        ["Card purchases in a currency other than sterling", "2.75% of the transaction", "Free*"],
        ["Cash withdrawals in a currency other than sterling", "2.75% + £1.50", "Free*"],
        ["Cash withdrawals in sterling outside the UK", "£1.50", "Free"],
    ])
    d.add_paragraph("* Free for the first 10 non-sterling transactions in each calendar month. After that, a fee of 1.50% of the transaction applies for the rest of that month.")
    d.add_heading("3. Sending and receiving money", 1)
    table(["Service", "Everyday", "Everyday Plus", "Savings accounts"], [
        ["Faster Payment (UK)", "Free", "Free", "Free"],
        ["CHAPS payment (same day, in branch or by phone)", "£25.00", "£20.00", "£25.00"],
        ["International payment sent (SWIFT)", "£20.00", "£15.00", "-"],
        ["International payment received", "£7.00", "Free", "£7.00"],
        ["Banker's draft", "£15.00", "£15.00", "£15.00"],
        ["Stopping a cheque", "£10.00†", "£10.00†", "£10.00†"],
        ["Cheque returned unpaid (paid in by you)", "Free", "Free", "Free"],
    ])
    d.add_paragraph("† No charge if you tell us the cheque has been lost or stolen before it is presented for payment.")
    d.add_heading("4. Overdrafts", 1)
    d.add_paragraph("Overdrafts are available on current accounts only, subject to our lending criteria. We do not charge fees for arranged or unplanned overdrafts; only interest is charged. Interest is calculated daily and taken monthly.")
    table(["Overdraft", "Everyday", "Everyday Plus"], [
        ["Interest-free buffer", "None", "First £250"],
        ["Arranged overdraft interest rate", "29.9% EAR", "24.9% EAR‡"],
        ["Unplanned overdraft", "Not available", "Not available"],
    ])
    d.add_paragraph("‡ Reducing to 23.9% EAR from 1 January 2027. See our rate sheet for all rate changes.")
    d.add_heading("5. Cash and branch services", 1)
    table(["Service", "Charge"], [
        ["Paying in bagged coins (up to £250 per visit)", "Free"],
        ["Cash paid in at the Post Office", "Free"],
        ["Counter cash withdrawal with two business days' notice", "Free"],
        ["Foreign currency paid in at a branch", "Not available"],
    ])
    d.add_heading("Important information", 1)
    d.add_paragraph("We will give you at least two months' notice before introducing a new charge or increasing an existing one. If you are unhappy with a change, you may close your account without charge before it takes effect. Fernhill Building Society, Fernhill House, 14 Quarry Lane, Bristol BS99 7XQ. Telephone 0117 496 0250.")
    p = os.path.join(DOCS, "tariff.docx")
    d.save(p)
    # normalise zip timestamps for byte-identical rebuilds
    buf = io.BytesIO()
    with zipfile.ZipFile(p) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    with open(p, "wb") as f:
        f.write(buf.getvalue())

# ---------------------------------------------------------------- CSV
RATES = [
    ["product_code", "product_name", "balance_band", "rate_basis", "rate_now", "rate_from_1_january_2027", "notes"],
    ["EAS4", "Easy Access Saver (Issue 4)", "£1 to £9,999", "AER variable", "2.10%", "1.95%", "Whole balance earns the rate for its band"],
    ["EAS4", "Easy Access Saver (Issue 4)", "£10,000 to £49,999", "AER variable", "2.60%", "2.45%", "Whole balance earns the rate for its band"],
    ["EAS4", "Easy Access Saver (Issue 4)", "£50,000 and over", "AER variable", "3.05%", "2.90%", "Whole balance earns the rate for its band"],
    ["RS7", "Regular Saver (Issue 7)", "£10 to £250 per month", "AER fixed for 12 months", "5.50%", "5.00%", "New column applies to Issue 8 opened from 1 January 2027; existing Issue 7 accounts keep 5.50% to maturity"],
    ["FB1", "1 Year Fixed Bond", "£1,000 to £250,000", "AER fixed", "4.20%", "3.95%", "Change applies to new bonds only"],
    ["FB2", "2 Year Fixed Bond", "£1,000 to £250,000", "AER fixed", "4.05%", "3.85%", "Change applies to new bonds only"],
    ["ISA", "Cash ISA", "£1 and over", "AER variable tax-free", "3.40%", "3.25%", "Falls to 1.00% for the rest of the tax year after a fifth withdrawal"],
    ["EVP", "Everyday Plus credit interest", "£0.01 to £2,000", "AER variable", "2.50%", "2.25%", "No interest on the part of the balance above £2,000"],
    ["EVD-OD", "Everyday arranged overdraft", "Any overdrawn balance", "EAR variable", "29.9%", "29.9%", "No change"],
    ["EVP-OD", "Everyday Plus arranged overdraft", "Above the £250 interest-free buffer", "EAR variable", "24.9%", "23.9%", ""],
    ["PL", "Personal Loan", "£1,000 to £4,999", "Representative APR", "14.9%", "15.9%", "Fixed for the life of the loan once agreed"],
    ["PL", "Personal Loan", "£5,000 to £7,499", "Representative APR", "8.9%", "9.4%", "Fixed for the life of the loan once agreed"],
    ["PL", "Personal Loan", "£7,500 to £15,000", "Representative APR", "6.4%", "6.9%", "Fixed for the life of the loan once agreed"],
    ["PL", "Personal Loan", "£15,001 to £25,000", "Representative APR", "7.9%", "8.4%", "Fixed for the life of the loan once agreed"],
    ["MSVR", "Mortgage Standard Variable Rate", "All balances", "Variable", "6.74%", "6.49%", "Existing SVR borrowers; monthly payments recalculated from the change date"],
]
def build_csv():
    with open(os.path.join(DOCS, "rate-sheet.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(RATES)

# ---------------------------------------------------------------- MD
MD = """# Changes to our services - notice to members

**Published 1 September 2026.** This notice updates some details in our member questions page, Savings Conditions and Tariff of Charges. Where this notice differs from those documents, this notice applies from the dates shown.

## Everyday accounts

- **Cash machine limit:** from 1 October 2026 the daily cash machine limit on Everyday accounts rises from £500 to £600. The Everyday Plus limit stays at £800.
- **Everyday Plus monthly fee:** the fee will rise from £4 to £5 a month from 1 January 2027. If you would prefer not to pay the higher fee, you can move to Everyday free of charge at any time.
- **Switching offer extended:** our £150 switching offer, which was due to end on 31 December 2026, is now open to switches started by 31 March 2027. All other terms are unchanged.

## Cheques and cash

- **Paying in cheques in the app:** the limit per cheque rises from £2,000 to £5,000 from 1 September 2026.
- **Counter cash withdrawals:** you can now take out up to £3,000 in a branch without notice (previously £2,500). Larger amounts still need two business days' notice.

## Mortgages

- **Bigger overpayment allowance:** from 1 October 2026, members with a fixed or tracker rate mortgage can overpay up to 15% of their balance each calendar year without an early repayment charge, up from 10%. Overpayments already made this year count towards the new allowance.

## Fraud line

- Our fraud team has a new number: **0808 157 0400**, available 24 hours a day. The old number, 0808 157 0199, will keep working until 31 December 2026.

## Branch changes

Our Larkfield branch will close for the last time at 5pm on Friday 27 November 2026.

1. Your accounts will not change and you do not need to do anything.
2. From 30 November 2026 your nearest branch will be Kingsmead, 3 Abbey Row.
3. You can still pay in cash and withdraw money at Larkfield Post Office, 41 High Street.
4. If you would like help with online or app banking before the branch closes, ask our Larkfield team to book a session.

## Interest rates from 1 January 2027

Some of our variable savings rates, our personal loan rates and our Standard Variable Rate will change on 1 January 2027. The rate sheet shows the current rate and the new rate side by side. We will write to every member affected at least 30 days before a reduction.

---
Fernhill Building Society, Fernhill House, 14 Quarry Lane, Bristol BS99 7XQ. Questions? Call 0117 496 0250 or email members@fernhill.example.
"""
def build_md():
    with open(os.path.join(DOCS, "service-update.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD)

if __name__ == "__main__":
    build_html(); build_pdf(); build_docx(); build_csv(); build_md()
    if os.path.exists(os.path.join(HERE, "questions_src.py")):
        import questions_src
        rows = questions_src.write(OUT)
        import readme_src
        readme_src.write(OUT, rows, questions_src)
    print("built", sorted(os.listdir(DOCS)))
