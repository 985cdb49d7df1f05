"""Render the Quarrington Education Group, Inc. Form 10-Q for the quarter ended September 30, 2026.

House style: DejaVu Sans text with Liberation Serif tables in the "boxed" mode (each table framed in green, a tinted
header row, hairline column separators, a green rule across the full width above totals), upper-case centred green
table titles with an upright scale line under them, "$" attached to every amount in money rows, negatives with a
true minus sign, a zero printed as "0", level-one headings with a green rule above them, a hairline-ruled table of
contents, " (continued)" after carried-over titles and page numbers at the outer corner of the footer, counted from
the cover (which is page 1 and unnumbered).
"""

from __future__ import annotations

from decimal import Decimal

import quarrington_data as qd
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Quarrington Education Group, Inc."
DOC_NAME = "QUARRINGTON_2026Q3_10Q"
GREEN = (24, 92, 52)
KUSD = "(Unaudited; in thousands of U.S. dollars)"
KUSD_PS = "(Unaudited; in thousands of U.S. dollars, except per share data)"
GROUPS4 = [("Three Months Ended\nSeptember 30,", 0, 2), ("Nine Months Ended\nSeptember 30,", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
BS_COLS = ["September 30,\n2026", "December 31,\n2025"]
DATES = list(qd.DATES)
SEGS = list(qd.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSans", "B", 6.4)
    doc.set_text_color(*GREEN)
    doc.set_xy(doc.l_margin, 9.0)
    doc.cell(doc.width / 2, 4, "QUARRINGTON EDUCATION GROUP, INC.")
    doc.set_font("DejaVuSans", "", 6.4)
    doc.set_text_color(90, 90, 90)
    doc.cell(doc.width / 2, 4, "Quarterly Report on Form 10-Q for the period ended September 30, 2026", align="R")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_draw_color(*GREEN)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, doc.h - 14.4, 0.2)
    doc.set_font("DejaVuSans", "B", 8.0)
    doc.set_text_color(*GREEN)
    doc.set_xy(doc.l_margin, doc.h - 13.2)
    doc.cell(doc.width, 4, label, align="R" if index % 2 else "L")


STYLE = Style(
    body_family="DejaVuSans",
    body_files={"": "dejavu/DejaVuSans.ttf", "B": "dejavu/DejaVuSans-Bold.ttf", "I": "dejavu/DejaVuSans-Oblique.ttf",
                "BI": "dejavu/DejaVuSans-BoldOblique.ttf"},
    table_family="LiberationSerif",
    table_files={"": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf",
                 "I": "liberation/LiberationSerif-Italic.ttf", "BI": "liberation/LiberationSerif-BoldItalic.ttf"},
    body_size=8.2,
    table_size=8.2,
    table_mode="boxed",
    negative="minus",
    dollar="attached",
    zero="0",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (continued)",
    title_align="C",
    unit_align="C",
    title_upper=True,
    head_align="C",
    toc_style="hairline",
    heading_kind="overline",
    heading_upper=False,
    unit_italic=False,
    title_size_add=0.6,
    accent=GREEN,
    tint=(226, 239, 230),
    hairline=(170, 195, 178),
    margin_l=20, margin_r=20, margin_t=17, margin_b=19,
)

TOC = [
    ("PART I. FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements", "item1", 1),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Operations", "is", 2),
    ("Condensed Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Condensed Consolidated Statements of Stockholders' Equity", "eq", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II. OTHER INFORMATION", "part2", 0),
    ("Item 1. Legal Proceedings", "p2item1", 1),
    ("Item 1A. Risk Factors", "p2item1a", 1),
    ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2item2", 1),
    ("Item 5. Other Information", "p2item5", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str, periods: list[str] | tuple[str, ...] = qd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.set_fill_color(*GREEN)
    doc.rect(doc.l_margin, doc.get_y(), doc.width, 1.2, style="F")
    doc.ln(4)
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "WASHINGTON, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 21)
    doc.set_text_color(*GREEN)
    doc.cell(doc.width, 10, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.8,
             align="L")
    doc.para("For the quarterly period ended September 30, 2026", style="B", size=8.4, align="L")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.8, align="L")
    doc.para("Commission File Number 001-41276", size=7.8, align="L")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, "QUARRINGTON EDUCATION GROUP, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 7.4)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Calvary Bay"]),
        R("I.R.S. Employer Identification Number", ["=93-4410872"]),
        R("Principal executive offices", ["=1100 Lantern Commons Drive, Merrow Heights, Calvary Bay 40915"]),
        R("Telephone", ["=(479) 555-0148"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=62, size=7.8)
    rows = [R("Common Stock, $0.01 par value", ["=QEDG", "=Nasdaq Global Select Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading Symbol",
              "Name of each exchange\non which registered"], rows, label_w=62, size=7.8)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company: Yes [  ] No [X].", size=7.4)
    doc.para("The registrant had 30,388,412 shares of common stock outstanding as of October 23, 2026.", size=7.4)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.heading("Table of Contents", 1)
    doc.toc(TOC, head="Page")
    doc.ln(3)
    doc.section = "fls"
    doc.heading("Cautionary Note Regarding Forward-Looking Statements", 3, keep=30)
    doc.para("This report contains forward-looking statements about enrollment, new student starts, revenue, "
             "operating margins, regulatory matters, capital allocation and the restructuring of our campus "
             "footprint. They are identified by words such as \"anticipate,\" \"believe,\" \"expect,\" \"plan\" and "
             "\"will.\" Changes in federal student aid programs or their rules, the outcome of program reviews, "
             "accreditation actions, competition, marketing costs, student outcomes and economic conditions could "
             "cause actual results to differ materially. We do not undertake to update them.", size=7.9)
    terms = [
        ("Total enrollment", "Students enrolled in a course that had not withdrawn or graduated at the end of the "
                             "period; for Skills and Workforce Solutions, learners in an active program."),
        ("New student starts", "Students who began their first course in a program during the period."),
        ("Revenue per student", "Segment revenue for the period divided by average total enrollment, in whole "
                                "dollars; not annualized."),
        ("90/10 rule", "The federal requirement that a proprietary institution derive no more than 90% of its "
                       "revenue from federal education assistance funds."),
    ]
    for term, text in terms:
        doc.body("B", 7.8)
        doc.cell(34, 4.1, term)
        doc.body("", 7.8)
        doc.multi_cell(doc.width - 34, 4.1, text, new_x="LMARGIN", new_y="NEXT")
        doc.ln(0.6)


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "BS"
    doc.heading("PART I. FINANCIAL INFORMATION", 1, anchor="part1")
    doc.anchor("item1")
    doc.heading("Item 1. Financial Statements", 2)
    doc.anchor("bs")
    v = doc.values
    d = DATES
    rows = [
        R("ASSETS", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", per("bs.cash", d), "n0", indent=2, dollar=True),
        R("Restricted cash", per("bs.restricted", d), "n0", indent=2, dollar=True),
        R("Investments, available for sale (Note 4)", per("bs.inv", d), "n0", indent=2, dollar=True),
        R(f"Student receivables, net of allowance for credit losses of ${v['rec.allow.sep26']:,.0f} and "
          f"${v['rec.allow.dec25']:,.0f}", per("bs.rec", d), "n0", indent=2, dollar=True),
        R("Prepaid expenses and other current assets", per("bs.prepaid", d), "n0", indent=2, dollar=True),
        R("Total current assets", per("bs.ca", d), "n0", kind="sub", indent=1, dollar=True),
        R("Property and equipment, net", per("bs.ppe", d), "n0", indent=1, dollar=True),
        R("Operating lease right-of-use assets", per("bs.rou", d), "n0", indent=1, dollar=True),
        R("Goodwill", per("bs.gw", d), "n0", indent=1, dollar=True),
        R("Intangible assets, net", per("bs.intang", d), "n0", indent=1, dollar=True),
        R("Deferred income taxes", per("bs.dta", d), "n0", indent=1, dollar=True),
        R("Other assets", per("bs.other_a", d), "n0", indent=1, dollar=True),
        R("Total assets", per("bs.assets", d), "n0", kind="total", dollar=True),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable and accrued expenses", per("bs.ap", d), "n0", indent=2, dollar=True),
        R("Accrued compensation and benefits", per("bs.accrued_comp", d), "n0", indent=2, dollar=True),
        R("Deferred revenue and student deposits", per("bs.deferred_rev", d), "n0", indent=2, dollar=True),
        R("Operating lease liabilities, current portion", per("bs.lease_cur", d), "n0", indent=2, dollar=True),
        R("Current portion of long-term debt", per("bs.debt_cur", d), "n0", indent=2, dollar=True),
        R("Total current liabilities", per("bs.cl", d), "n0", kind="sub", indent=1, dollar=True),
        R("Long-term debt, net of current portion (Note 6)", per("bs.debt", d), "n0", indent=1, dollar=True),
        R("Operating lease liabilities, less current portion", per("bs.lease", d), "n0", indent=1, dollar=True),
        R("Other long-term liabilities", per("bs.other_l", d), "n0", indent=1, dollar=True),
        R("Total liabilities", per("bs.liab", d), "n0", kind="sub", dollar=True),
        R("Commitments and contingencies (Note 13)", kind="head"),
        R("Stockholders' equity:", kind="head"),
        R(f"Common stock, $0.01 par value; 100,000 shares authorized; {v['sh.issued_total.sep26']:,.0f} and "
          f"{v['sh.issued_total.dec25']:,.0f} shares issued", per("bs.cs", d), "n0", indent=1, dollar=True),
        R("Additional paid-in capital", per("bs.apic", d), "n0", indent=1, dollar=True),
        R("Retained earnings", per("bs.re", d), "n0", indent=1, dollar=True),
        R("Accumulated other comprehensive loss", per("bs.aoci", d), "n0", indent=1, dollar=True),
        R(f"Treasury stock, at cost; {v['sh.treasury.sep26']:,.0f} and {v['sh.treasury.dec25']:,.0f} shares",
          per("bs.treasury", d), "n0", indent=1, dollar=True),
        R("Total stockholders' equity", per("bs.equity", d), "n0", kind="sub", dollar=True),
        R("Total liabilities and stockholders' equity", per("bs.le", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit="(In thousands of U.S. dollars, except "
              "par value; shares in thousands; September 30, 2026 unaudited)", label_w=118)

    doc.new_page()
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Revenue", per("is.rev"), "n0", kind="sub", dollar=True),
        R("Costs and expenses:", kind="head"),
        R("Instructional costs and services", per("is.instr"), "n0", indent=1, dollar=True),
        R("Marketing and promotional", per("is.mktg"), "n0", indent=1, dollar=True),
        R("Admissions advisory", per("is.adm"), "n0", indent=1, dollar=True),
        R("General and administrative", per("is.ga"), "n0", indent=1, dollar=True),
        R("Depreciation and amortization", per("is.da"), "n0", indent=1, dollar=True),
        R("Restructuring and impairment charges", per("is.restr"), "n0", indent=1, dollar=True),
        R("Total costs and expenses", per("is.exp"), "n0", kind="sub", dollar=True),
        R("Operating income", per("is.oi"), "n0", bold=True, dollar=True),
        R("Interest income", per("is.int_inc"), "n0", dollar=True),
        R("Interest expense", per("is.int_exp"), "n0", dollar=True),
        R("Other income (expense), net", per("is.other"), "n0", dollar=True),
        R("Income before income taxes", per("is.pretax"), "n0", kind="sub", dollar=True),
        R("Provision for income taxes", per("is.tax"), "n0", dollar=True),
        R("Net income", per("is.ni"), "n0", kind="total", dollar=True),
        R("Earnings per share:", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding (in thousands):", kind="head"),
        R("Basic", per("is.shares_basic"), "n0", indent=1),
        R("Diluted", per("is.shares_diluted"), "n0", indent=1),
    ]
    doc.table("Condensed Consolidated Statements of Operations", COLS4, rows, groups=GROUPS4, unit=KUSD_PS,
              label_w=86)
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", per("is.ni"), "n0", dollar=True),
        R("Other comprehensive income:", kind="head"),
        R("Unrealized gains on available-for-sale investments, before tax", per("ci.oci_pretax"), "n0", indent=1,
          dollar=True),
        R("Income tax effect", per("ci.oci_tax"), "n0", indent=1, dollar=True),
        R("Other comprehensive income, net of tax", per("ci.oci"), "n0", kind="sub", dollar=True),
        R("Comprehensive income", per("ci.total"), "n0", kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Comprehensive Income", COLS4, rows, groups=GROUPS4, unit=KUSD,
              label_w=86)

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    comps = ("shares", "cs", "apic", "re", "aoci", "treasury", "total")
    money = [False, True, True, True, True, True, True]
    fmts = ["n0"] * 7
    rows = []
    blocks = (("q3_26", "jun26", "sep26", "Three Months Ended September 30, 2026", "June 30, 2026",
               "September 30, 2026"),
              ("q3_25", "jun25", "sep25", "Three Months Ended September 30, 2025", "June 30, 2025",
               "September 30, 2025"),
              ("m9_26", "dec25", "sep26", "Nine Months Ended September 30, 2026", "December 31, 2025",
               "September 30, 2026"),
              ("m9_25", "dec24", "sep25", "Nine Months Ended September 30, 2025", "December 31, 2024",
               "September 30, 2025"))
    for p, beg, end, title, beg_label, end_label in blocks:
        rows += [
            R(title, kind="head"),
            R(f"Balance at {beg_label}", [f"eq.{c}.{beg}" for c in comps], fmts, dollar=True),
            R("Net income", [None, None, None, f"eq.ni.{p}", None, None, f"eq.ni.{p}"], fmts, indent=1,
              dollar=True),
            R("Other comprehensive income, net of tax", [None, None, None, None, f"eq.oci.{p}", None,
                                                         f"eq.oci.{p}"], fmts, indent=1, dollar=True),
            R("Share-based compensation", [None, None, f"eq.sbc.{p}", None, None, None, f"eq.sbc.{p}"], fmts,
              indent=1, dollar=True),
            R("Shares issued under stock plans, net of shares withheld for taxes",
              [f"eq.sh_issued.{p}", None, f"eq.stock.{p}", None, None, None, f"eq.stock.{p}"], fmts, indent=1,
              dollar=True),
            R("Repurchases of common stock", [f"eq.sh_repo.{p}", None, None, None, None, f"eq.repo.{p}",
                                              f"eq.repo.{p}"], fmts, indent=1, dollar=True),
            R(f"Balance at {end_label}", [f"eq.{c}.{end}" for c in comps], fmts, kind="total", dollar=True),
        ]
    doc.table("Condensed Consolidated Statements of Stockholders' Equity", ["Shares\nOutstanding", "Amount",
              "Additional\nPaid-in\nCapital", "Retained\nEarnings", "Accumulated\nOther Compre-\nhensive Loss",
              "Treasury\nStock", "Total"], rows, groups=[("Common Stock", 0, 2)], money=money,
              unit="(Unaudited; in thousands of U.S. dollars and thousands of shares)", label_w=58, size=7.6,
              keep=False)

    doc.section = "CF"
    doc.anchor("cf")
    m = ["m9_26", "m9_25"]
    rows = [
        R("Cash flows from operating activities:", kind="head"),
        R("Net income", per("cf.ni", m), "n0", indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", per("cf.da", m), "n0", indent=2, dollar=True),
        R("Share-based compensation", per("cf.sbc", m), "n0", indent=2, dollar=True),
        R("Deferred income taxes", per("cf.deferred", m), "n0", indent=2, dollar=True),
        R("Provision for credit losses", per("cf.prov", m), "n0", indent=2, dollar=True),
        R("Impairment of operating lease right-of-use assets", per("cf.impair", m), "n0", indent=2, dollar=True),
        R("Amortization of debt issuance costs", per("cf.debt_amort", m), "n0", indent=2, dollar=True),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Student receivables", per("cf.rec", m), "n0", indent=2, dollar=True),
        R("Prepaid expenses and other current assets", per("cf.prepaid", m), "n0", indent=2, dollar=True),
        R("Other assets", per("cf.other_a", m), "n0", indent=2, dollar=True),
        R("Accounts payable and accrued expenses", per("cf.ap", m), "n0", indent=2, dollar=True),
        R("Accrued compensation and benefits", per("cf.accrued_comp", m), "n0", indent=2, dollar=True),
        R("Deferred revenue and student deposits", per("cf.deferred_rev", m), "n0", indent=2, dollar=True),
        R("Operating lease right-of-use assets and liabilities, net", per("cf.lease", m), "n0", indent=2,
          dollar=True),
        R("Other long-term liabilities", per("cf.other_l", m), "n0", indent=2, dollar=True),
        R("Net cash provided by operating activities", per("cf.cfo", m), "n0", kind="sub", dollar=True),
        R("Cash flows from investing activities:", kind="head"),
        R("Capital expenditures, including capitalized curriculum development", per("cf.capex", m), "n0", indent=1,
          dollar=True),
        R("Purchases of investments", per("cf.purch", m), "n0", indent=1, dollar=True),
        R("Proceeds from maturities of investments", per("cf.mat", m), "n0", indent=1, dollar=True),
        R("Net cash used in investing activities", per("cf.cfi", m), "n0", kind="sub", dollar=True),
        R("Cash flows from financing activities:", kind="head"),
        R("Repayments of term loan", per("cf.debt_repay", m), "n0", indent=1, dollar=True),
        R("Repurchases of common stock", per("cf.repo", m), "n0", indent=1, dollar=True),
        R("Proceeds from employee stock purchase plan", per("cf.espp", m), "n0", indent=1, dollar=True),
        R("Taxes paid on net share settlement of equity awards", per("cf.withheld", m), "n0", indent=1,
          dollar=True),
        R("Net cash used in financing activities", per("cf.cff", m), "n0", kind="sub", dollar=True),
        R("Net increase in cash, cash equivalents and restricted cash", per("cf.change", m), "n0", bold=True,
          dollar=True),
        R("Cash, cash equivalents and restricted cash, beginning of period", per("cf.begin", m), "n0",
          dollar=True),
        R("Cash, cash equivalents and restricted cash, end of period", per("cf.end", m), "n0", kind="total",
          dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", ["2026", "2025"], rows,
              groups=[("Nine Months Ended September 30,", 0, 2)], unit=KUSD, label_w=118,
              notes=["Cash and cash equivalents of {cf.cash_bs.sep26:d0} thousand and restricted cash of "
                     "{cf.restricted_bs.sep26:d0} thousand at September 30, 2026 make up the ending balance above. "
                     "Cash paid for income taxes was {cf.tax_paid.m9_26:d0} thousand and cash paid for interest was "
                     "{cf.int_paid.m9_26:d0} thousand in the nine months ended September 30, 2026."])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 2, anchor="notes", keep=60)
    doc.heading("1. Nature of Operations and Basis of Presentation", 3)
    doc.para("Quarrington Education Group, Inc. provides postsecondary education through Quarrington University, an "
             "online university offering associate, bachelor's and master's degrees; Hallett College of Nursing, "
             "which offers prelicensure and post-licensure nursing and allied health programs at eleven campuses; "
             "and Skills and Workforce Solutions, which delivers certificate programs and employer-sponsored "
             "training. The unaudited interim statements have been prepared in accordance with U.S. GAAP for "
             "interim reporting and should be read with our 2025 Annual Report on Form 10-K. Results for interim "
             "periods are not necessarily indicative of a full year because enrollment follows an academic calendar.")

    doc.section = "note_rev"
    doc.heading("2. Revenue Recognition", 3, keep=60)
    doc.para("Tuition and fees are recognized ratably over each course or term, net of scholarships and "
             "institutional discounts. Course materials and technology fees are recognized as materials are "
             "delivered or over the course. Amounts billed or received before the service is provided are reported "
             "as deferred revenue and student deposits.")
    cols = ("tuition", "mat", "other", "total")
    rows = [R(name, [f"rev.{c}.{g}.q3_26" for c in cols] + [f"rev.{c}.{g}.m9_26" for c in cols], "n0",
              dollar=True) for g, name in SEGS]
    rows.append(R("Total revenue", [f"rev.{c}.all.q3_26" for c in cols] + [f"rev.{c}.all.m9_26" for c in cols],
                  "n0", kind="total", dollar=True))
    doc.table("Revenue by Segment and Type, 2026", ["Tuition\nand Fees", "Materials\nand Tech.", "Other",
              "Total"] * 2, rows, groups=[("Three Months Ended\nSeptember 30, 2026", 0, 4),
                                          ("Nine Months Ended\nSeptember 30, 2026", 4, 4)], unit=KUSD, label_w=44,
              size=7.8)
    rows = [
        R("Tuition and fees, net", per("rev.tuition.all"), "n0", dollar=True),
        R("Course materials and technology fees", per("rev.mat.all"), "n0", dollar=True),
        R("Other revenue", per("rev.other.all"), "n0", dollar=True),
        R("Total revenue", per("rev.total.all"), "n0", kind="total", dollar=True),
    ]
    doc.table("Revenue by Type", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=86)

    doc.section = "note_rec"
    doc.heading("3. Student Receivables and Allowance for Credit Losses", 3, keep=60)
    d = DATES
    rows = [
        R("Student receivables, gross", per("rec.gross", d), "n0", dollar=True),
        R("Less allowance for credit losses", per("rec.allow_neg", d), "n0", dollar=True),
        R("Student receivables, net", per("rec.net", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Student Receivables", BS_COLS, rows, unit=KUSD, label_w=110)
    m = ["m9_26", "m9_25"]
    rows = [
        R("Balance at beginning of period", per("acl.begin", m), "n0", dollar=True),
        R("Provision for credit losses", per("acl.prov", m), "n0", indent=1, dollar=True),
        R("Write-offs", per("acl.wo", m), "n0", indent=1, dollar=True),
        R("Recoveries", per("acl.rec", m), "n0", indent=1, dollar=True),
        R("Balance at end of period", per("acl.end", m), "n0", kind="total", dollar=True),
    ]
    doc.table("Allowance for Credit Losses", ["2026", "2025"], rows, groups=[("Nine Months Ended September 30,", 0,
                                                                              2)], unit=KUSD, label_w=110)
    doc.para("The provision for credit losses, which is included in instructional costs and services, was "
             "{acl.prov.q3_26:d0} thousand and {acl.prov.q3_25:d0} thousand in the three months ended September 30, "
             "2026 and 2025.")

    doc.section = "note_inv"
    doc.heading("4. Investments", 3, keep=60)
    doc.para("Our investments are debt securities classified as available for sale and measured at fair value using "
             "Level 1 and Level 2 inputs. No allowance for credit losses was required.")
    kinds = (("ust", "U.S. Treasury securities"), ("corp", "Corporate debt securities"), ("cp", "Commercial paper"))
    cols = ("ac", "gain", "loss", "fv")
    rows = []
    for dd, title in (("sep26", "September 30, 2026"), ("dec25", "December 31, 2025")):
        rows.append(R(title, kind="head"))
        rows += [R(name, [f"inv.{k}.{c}.{dd}" for c in cols], "n0", indent=1, dollar=True) for k, name in kinds]
        rows.append(R("Total", [f"inv.all.{c}.{dd}" for c in cols], "n0", kind="total", dollar=True))
    doc.table("Available-for-Sale Investments", ["Amortized\nCost", "Gross\nUnrealized\nGains",
              "Gross\nUnrealized\nLosses", "Fair\nValue"], rows, unit=KUSD, label_w=70)

    doc.section = "note_gw"
    doc.heading("5. Goodwill and Intangible Assets", 3, keep=60)
    rows = [R(name, per(f"gw.{g}", d), "n0", dollar=True) for g, name in SEGS]
    rows.append(R("Total goodwill", per("gw.total", d), "n0", kind="total", dollar=True))
    doc.table("Goodwill by Segment", BS_COLS, rows, unit=KUSD, label_w=110)
    rows = [
        R("Definite-lived intangible assets (curriculum, accreditations and employer relationships), gross",
          per("int.gross", d), "n0", dollar=True),
        R("Accumulated amortization", per("int.accum", d), "n0", indent=1, dollar=True),
        R("Indefinite-lived trade names and state licenses", per("int.indef", d), "n0", dollar=True),
        R("Intangible assets, net", per("bs.intang", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Intangible Assets", BS_COLS, rows, unit=KUSD, label_w=110)
    doc.para("Amortization expense was {int.amort.q3_26:d0} thousand for the quarter and {int.amort.m9_26:d0} "
             "thousand for the nine months ended September 30, 2026. Estimated amortization is {int.future.0:d0} "
             "thousand for the rest of 2026, {int.future.1:d0} thousand in each of 2027 and 2028, {int.future.3:d0} "
             "thousand in 2029 and {int.future.4:d0} thousand in 2030.")

    doc.section = "note_debt"
    doc.heading("6. Long-Term Debt", 3, keep=60)
    rows = [
        R("Term loan A due 2029", per("debt.tl", d), "n0", dollar=True),
        R("Revolving credit facility", per("debt.rcf", d), "n0", dollar=True),
        R("Total principal", per("debt.principal", d), "n0", kind="sub", dollar=True),
        R("Unamortized debt issuance costs", per("debt.costs", d), "n0", dollar=True),
        R("Total debt", per("debt.total", d), "n0", kind="sub", dollar=True),
        R("Less current portion", per("debt.current", d), "n0", dollar=True),
        R("Long-term debt, net of current portion", per("debt.lt", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", BS_COLS, rows, unit=KUSD, label_w=110)
    doc.para("The term loan amortizes in quarterly installments of $2,500 thousand with the balance due in June "
             "2029, and bears interest at SOFR plus 2.00% (a weighted-average rate of {debt.rate:n2}% in the third "
             "quarter of 2026). Remaining principal payments are {debt.mat.r26:d0} thousand in the rest of 2026, "
             "{debt.mat.y27:d0} thousand in 2027, {debt.mat.y28:d0} thousand in 2028 and {debt.mat.y29:d0} "
             "thousand in 2029. The revolving credit facility provides up to {debt.rcf_cap_m:d1} million and "
             "was undrawn throughout 2026. We were in compliance with all covenants.")

    doc.section = "note_lease"
    doc.heading("7. Leases", 3, keep=60)
    doc.para("We lease campus, office and data center facilities. Operating lease cost was {lease.cost.q3_26:d0} "
             "thousand in the third quarter and {lease.cost.m9_26:d0} thousand in the first nine months of 2026.")
    rows = [
        R("Remainder of 2026", ["lease.r26"], "n0", dollar=True),
        R("2027", ["lease.y27"], "n0", dollar=True),
        R("2028", ["lease.y28"], "n0", dollar=True),
        R("2029", ["lease.y29"], "n0", dollar=True),
        R("2030", ["lease.y30"], "n0", dollar=True),
        R("Thereafter", ["lease.after"], "n0", dollar=True),
        R("Total undiscounted lease payments", ["lease.total"], "n0", kind="sub", dollar=True),
        R("Less imputed interest", ["lease.interest"], "n0", dollar=True),
        R("Present value of operating lease liabilities", ["lease.liab"], "n0", kind="sub", dollar=True),
        R("Less current portion", ["lease.cur"], "n0", dollar=True),
        R("Operating lease liabilities, less current portion", ["lease.nc"], "n0", kind="total", dollar=True),
    ]
    doc.table("Maturities of Operating Lease Liabilities at September 30, 2026", ["Amount"], rows, unit=KUSD,
              label_w=100, col_w=36)

    doc.section = "note_restr"
    doc.heading("8. Restructuring", 3, keep=30)
    doc.para("In the first quarter of 2026 we began consolidating three Hallett College of Nursing campuses into "
             "nearby locations and reducing corporate office space. Restructuring and impairment charges of "
             "{is.restr.m9_26:d0} thousand in the nine months ended September 30, 2026 comprised "
             "{restr.rou.m9_26:d0} thousand of right-of-use asset impairments and {restr.cash.m9_26:d0} thousand of "
             "severance and other exit costs, most of which had been paid by September 30, 2026.")

    doc.section = "note_sbc"
    doc.heading("9. Stockholders' Equity and Share-Based Compensation", 3, keep=60)
    doc.para("Under the repurchase program authorized by our Board in February 2025 for up to "
             "{rep.authorization_m:d1} million of common stock, we repurchased shares for {rep.cost.m9_26:d0} "
             "thousand in the first nine months of 2026. We have not paid cash dividends. Restricted stock unit (RSU) "
             "activity was as follows:")
    rows = [
        R("Unvested at December 31, 2025", ["rsu.begin", "rsu.price.begin"], ["n0", "n2"]),
        R("Granted", ["rsu.granted", "rsu.price.granted"], ["n0", "n2"], indent=1),
        R("Vested", ["rsu.vested", "rsu.price.vested"], ["n0", "n2"], indent=1),
        R("Forfeited", ["rsu.forfeited", "rsu.price.forfeited"], ["n0", "n2"], indent=1),
        R("Unvested at September 30, 2026", ["rsu.end", "rsu.price.end"], ["n0", "n2"], kind="total"),
    ]
    doc.table("Restricted Stock Unit Activity, Nine Months Ended September 30, 2026", ["Units\n(thousands)",
              "Weighted-Average\nGrant-Date Fair\nValue per Unit"], rows, label_w=90, col_w=38)
    doc.para("Unrecognized compensation cost for unvested RSUs was {rsu.unrecognized:d0} thousand at September 30, "
             "2026, to be recognized over a weighted-average period of {rsu.years:n1} years.")

    doc.section = "note_eps"
    doc.heading("10. Earnings per Share", 3, keep=55)
    rows = [
        R("Net income", per("is.ni"), "n0", dollar=True),
        R("Weighted-average shares outstanding, basic", per("is.shares_basic"), "n0"),
        R("Effect of dilutive restricted stock units and stock options", per("eps.dilutive"), "n0", indent=1),
        R("Weighted-average shares outstanding, diluted", per("is.shares_diluted"), "n0", kind="sub"),
        R("Basic earnings per share", per("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", per("is.eps_diluted"), "n2", kind="total", dollar=True),
    ]
    doc.table("Computation of Earnings per Share", COLS4, rows, groups=GROUPS4, unit="(Unaudited; in thousands, "
              "except per share data)", label_w=86)

    doc.section = "note_tax"
    doc.heading("11. Income Taxes", 3, keep=30)
    doc.para("Our effective income tax rate was {tax.rate.q3_26:p1} in the third quarter and {tax.rate.m9_26:p1} "
             "in the first nine months of 2026, compared with {tax.rate.q3_25:p1} and {tax.rate.m9_25:p1} in the "
             "2025 periods. The rates exceed the 21% federal statutory rate mainly because of state income taxes "
             "and nondeductible compensation, partly offset by excess tax benefits on vested equity awards.")

    doc.section = "note_seg"
    doc.heading("12. Segment Information", 3, keep=60)
    doc.para("Our chief operating decision maker, the Chief Executive Officer, evaluates our three reportable "
             "segments on revenue and operating income. Corporate and other includes unallocated executive, "
             "finance, legal and technology costs. Restructuring and impairment charges are not allocated.")
    rows = [R("Revenue", kind="head")]
    rows += [R(name, per(f"seg.rev.{g}"), "n0", indent=1, dollar=True) for g, name in SEGS]
    rows.append(R("Total revenue", per("seg.rev.total"), "n0", kind="sub", dollar=True))
    rows.append(R("Operating income", kind="head"))
    rows += [R(name, per(f"seg.oi.{g}"), "n0", indent=1, dollar=True) for g, name in SEGS]
    rows.append(R("Total segment operating income", per("seg.oi.total"), "n0", kind="sub", dollar=True))
    rows.append(R("Corporate and other", per("seg.corp"), "n0", indent=1, dollar=True))
    rows.append(R("Restructuring and impairment charges", per("seg.restr"), "n0", indent=1, dollar=True))
    rows.append(R("Consolidated operating income", per("seg.oi_cons"), "n0", kind="sub", dollar=True))
    rows.append(R("Depreciation and amortization", kind="head"))
    rows += [R(name, per(f"seg.da.{g}"), "n0", indent=1, dollar=True) for g, name in SEGS]
    rows.append(R("Corporate and other", per("seg.da.corp"), "n0", indent=1, dollar=True))
    rows.append(R("Total depreciation and amortization", per("seg.da.all"), "n0", kind="sub", dollar=True))
    rows.append(R("Capital expenditures", kind="head"))
    rows += [R(name, per(f"seg.capex.{g}"), "n0", indent=1, dollar=True) for g, name in SEGS]
    rows.append(R("Total capital expenditures", per("seg.capex.total"), "n0", kind="total", dollar=True))
    doc.table("Segment Revenue, Operating Income and Other Information", COLS4, rows, groups=GROUPS4, unit=KUSD,
              label_w=86)

    doc.section = "note_commit"
    doc.heading("13. Commitments, Contingencies and Regulatory Matters", 3, keep=30)
    doc.para("Our institutions participate in federal student financial aid programs under Title IV of the Higher "
             "Education Act. For the fiscal year ended December 31, 2025, Quarrington University derived "
             "{reg.qu_9010:n1}% and Hallett College of Nursing {reg.hcn_9010:n1}% of their cash-basis revenue from "
             "federal education assistance funds under the 90/10 rule. Their most recent official three-year "
             "cohort default rates were {reg.qu_cdr:n1}% and {reg.hcn_cdr:n1}%. We are subject to a program review "
             "of Hallett College of Nursing that began in May 2026; we cannot predict its outcome.")


def mda(doc: Doc) -> None:
    doc.new_page()
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item2", keep=60)
    doc.heading("Overview", 3)
    doc.para("Revenue grew {chg.rev.q3:p1} in the third quarter of 2026 compared with the prior-year quarter, driven "
             "by higher enrollment at Quarrington University and continued growth in employer-sponsored programs at "
             "Skills and Workforce Solutions. Operating income increased {chg.oi.q3:p1}, and the operating margin "
             "held at {mda.om.q3_26:p1} despite restructuring charges related to the consolidation of nursing "
             "campuses. Net income was {is.ni.q3_26:d0} thousand, or ${is.eps_diluted.q3_26:n2} per diluted share. "
             "At September 30, 2026 we employed {mda.employees:n0} people, including {mda.faculty:n0} full- and "
             "part-time faculty, offered {mda.programs:n0} degree and certificate programs and had agreements with "
             "{mda.employers:n0} employers. Hallett College of Nursing graduates achieved a first-time NCLEX pass "
             "rate of {mda.nclex:n1}% in the twelve months ended June 30, 2026.")
    doc.para("Outlook. We now expect full-year 2026 revenue of {mda.guide_low:d2} billion to {mda.guide_high:d2} "
             "billion and continued growth in total enrollment at Quarrington University and Skills and Workforce "
             "Solutions, partly offset by lower enrollment at the three nursing campuses we are consolidating.")

    doc.section = "mda_kpi"
    doc.heading("Key Operating Metrics", 3, keep=60)
    rows = [R(name, [f"kpi.enroll.{g}.sep26", f"kpi.enroll.{g}.sep25", f"chg.enroll.{g}",
                     f"kpi.starts.{g}.q3_26", f"kpi.starts.{g}.q3_25", f"kpi.starts.{g}.m9_26",
                     f"kpi.starts.{g}.m9_25"], ["n0", "n0", "p1", "n0", "n0", "n0", "n0"])
            for g, name in SEGS]
    rows.append(R("Total", ["kpi.enroll.total.sep26", "kpi.enroll.total.sep25", "chg.enroll.total",
                            "kpi.starts.total.q3_26", "kpi.starts.total.q3_25", "kpi.starts.total.m9_26",
                            "kpi.starts.total.m9_25"], ["n0", "n0", "p1", "n0", "n0", "n0", "n0"], kind="total"))
    doc.table("Enrollment and New Student Starts", ["2026", "2025", "%\nChange", "2026", "2025", "2026", "2025"],
              rows, groups=[[("Total Enrollment at\nSeptember 30,", 0, 3), ("New Student Starts", 3, 4)],
                            [("Three Months", 3, 2), ("Nine Months", 5, 2)]], unit="(Number of students)",
              label_w=46, size=7.8)
    rows = [R("Average total enrollment", kind="head")]
    rows += [R(name, per(f"kpi.avg.{g}"), "n0", indent=1) for g, name in SEGS]
    rows.append(R("Total", per("kpi.avg.total"), "n0", kind="sub"))
    rows.append(R("Revenue per student (dollars)", kind="head"))
    rows += [R(name, per(f"kpi.rps.{g}"), "n0", indent=1, dollar=True) for g, name in SEGS]
    rows.append(R("Total", per("kpi.rps.total"), "n0", kind="total", dollar=True))
    doc.table("Average Enrollment and Revenue per Student", COLS4, rows, groups=GROUPS4,
              unit="(Number of students; revenue per student in whole U.S. dollars, not annualized)", label_w=86)
    doc.para("Total enrollment at Quarrington University grew on stronger new student starts in business, "
             "information technology and health administration programs and on improved persistence. Revenue per "
             "student at Hallett College of Nursing rose with a tuition increase of 3.5% that took effect in "
             "January 2026. Starts at Skills and Workforce Solutions grew with new employer agreements; its revenue "
             "per student is lower because its programs are shorter.")

    doc.section = "mda_results"
    doc.heading("Results of Operations", 3, keep=60)
    labels = (("instr", "Instructional costs and services"), ("mktg", "Marketing and promotional"),
              ("adm", "Admissions advisory"), ("ga", "General and administrative"),
              ("da", "Depreciation and amortization"), ("restr", "Restructuring and impairment charges"),
              ("exp", "Total costs and expenses"))
    rows = [R(label, per(f"mda.pct.{k}"), "p1", kind="sub" if k == "exp" else "data") for k, label in labels]
    rows.append(R("Operating margin", per("mda.om"), "p1", kind="total"))
    doc.table("Costs and Expenses as a Percentage of Revenue", COLS4, rows, groups=GROUPS4, unit="(Percentage of "
              "revenue)", label_w=86)
    doc.para("Instructional costs and services decreased as a percentage of revenue because Quarrington University's "
             "online enrollment grew faster than our campus-based programs, which carry higher facility and faculty "
             "costs. Marketing and promotional expense decreased as a percentage of revenue as we shifted spending "
             "toward lower-cost digital channels. General and administrative expense included higher technology "
             "costs for our new student information system.")

    doc.section = "mda_ng"
    doc.heading("Non-GAAP Financial Measure: Adjusted EBITDA", 3, keep=70)
    doc.para("We define adjusted EBITDA as net income before income taxes, net interest, other income or expense, "
             "depreciation and amortization, share-based compensation and restructuring and impairment charges. "
             "Management uses it to evaluate operating performance; it is not a substitute for net income.")
    rows = [
        R("Net income", per("ng.ni"), "n0", dollar=True),
        R("Provision for income taxes", per("ng.tax"), "n0", indent=1, dollar=True),
        R("Interest (income) expense, net", per("ng.int"), "n0", indent=1, dollar=True),
        R("Other (income) expense, net", per("ng.other"), "n0", indent=1, dollar=True),
        R("Depreciation and amortization", per("ng.da"), "n0", indent=1, dollar=True),
        R("Share-based compensation", per("ng.sbc"), "n0", indent=1, dollar=True),
        R("Restructuring and impairment charges", per("ng.restr"), "n0", indent=1, dollar=True),
        R("Adjusted EBITDA", per("ng.adj_ebitda"), "n0", kind="sub", dollar=True),
        R("Adjusted EBITDA margin", per("ng.margin"), "p1", kind="total"),
    ]
    doc.table("Reconciliation of Net Income to Adjusted EBITDA", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=86)

    doc.section = "mda_liq"
    doc.heading("Liquidity and Capital Resources", 3, keep=60)
    doc.para("Our primary sources of liquidity are cash and investments, cash from operations and our undrawn "
             "revolving credit facility. A significant portion of our revenue is funded by federal student aid, "
             "which we generally receive after the start of each course, so operating cash flow is strongest in "
             "the first and third quarters.")
    d = DATES
    rows = [
        R("Cash and cash equivalents", per("liq.cash", d), "n0", dollar=True),
        R("Investments, available for sale", per("liq.inv", d), "n0", dollar=True),
        R("Total cash, cash equivalents and investments", per("liq.total", d), "n0", kind="sub", dollar=True),
        R("Less principal amount of debt outstanding", per("liq.debt", d), "n0", dollar=True),
        R("Net cash and investments", per("liq.net", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Cash, Investments and Debt", BS_COLS, rows, unit="(In thousands of U.S. dollars)", label_w=110)
    m = ["m9_26", "m9_25"]
    rows = [
        R("Net cash provided by operating activities", per("cf.cfo", m), "n0", dollar=True),
        R("Net cash used in investing activities", per("cf.cfi", m), "n0", dollar=True),
        R("Net cash used in financing activities", per("cf.cff", m), "n0", dollar=True),
        R("Net increase in cash, cash equivalents and restricted cash", per("cf.change", m), "n0", kind="sub",
          dollar=True),
        R("Free cash flow (operating cash flow less capital expenditures)", per("ng.fcf", m), "n0", kind="total",
          dollar=True),
    ]
    doc.table("Summary of Cash Flows", ["2026", "2025"], rows, groups=[("Nine Months Ended September 30,", 0, 2)],
              unit=KUSD, label_w=110)
    doc.para("Operating cash flow increased mainly because of higher net income and a larger increase in deferred "
             "revenue and student deposits at the start of the fall term. Capital expenditures were "
             "{ppe.capex.m9_26:d0} thousand, including capitalized curriculum development.")

    doc.heading("Critical Accounting Estimates", 3, keep=30)
    doc.para("Our critical accounting estimates, described in our 2025 Annual Report on Form 10-K, relate to the "
             "allowance for credit losses on student receivables, the recoverability of goodwill and long-lived "
             "assets, and income taxes. There were no material changes in the first nine months of 2026.")
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item3", keep=30)
    doc.para("Our investments are short-term, high-quality debt securities, and a 100 basis point change in interest "
             "rates would not materially change their fair value. Our term loan bears a variable rate; a 100 basis "
             "point increase in SOFR would increase annual interest expense by about $1.7 million.")
    doc.section = "item4"
    doc.heading("Item 4. Controls and Procedures", 1, anchor="item4", keep=30)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of September 30, 2026. There was no change in internal control over "
             "financial reporting during the quarter that materially affected, or is reasonably likely to "
             "materially affect, it.")


def part2(doc: Doc) -> None:
    doc.section = "part2"
    doc.heading("PART II. OTHER INFORMATION", 1, anchor="part2", keep=80)
    doc.heading("Item 1. Legal Proceedings", 2, anchor="p2item1", keep=20)
    doc.para("See Note 13 to the condensed consolidated financial statements.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="p2item1a", keep=20)
    doc.para("There have been no material changes to the risk factors disclosed in our 2025 Annual Report on Form "
             "10-K.")
    doc.section = "p2_repo"
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, anchor="p2item2", keep=60)
    doc.para("Our repurchases of common stock during the third quarter of 2026 were:")
    rows = []
    for mth, label in (("jul", "July 1, 2026 \u2013 July 31, 2026"), ("aug", "August 1, 2026 \u2013 August 31, "
                                                                          "2026"),
                       ("sep", "September 1, 2026 \u2013 September 30, 2026")):
        rows.append(R(label, [f"rep.shares.{mth}", f"rep.price.{mth}", f"rep.shares.{mth}", f"rep.remaining.{mth}"],
                      ["n0", "n2", "n0", "n0"], dollar=True))
    rows.append(R("Total", ["rep.shares.total", "rep.price.avg", "rep.shares.total", None], ["n0", "n2", "n0", "n0"],
                  kind="total", dollar=True))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average Price\nPaid "
              "per Share", "Total Shares Purchased\nas Part of Publicly\nAnnounced Program", "Approximate Dollar\n"
              "Value That May Yet\nBe Purchased (thousands)"], rows, money=[False, True, False, True], label_w=52,
              notes=["Share counts are in shares, not thousands. All repurchases were made in open-market "
                     "transactions under the program authorized in February 2025, which has no expiration date."])
    doc.section = "part2_other"
    doc.heading("Item 5. Other Information", 2, anchor="p2item5", keep=20)
    doc.para("During the quarter ended September 30, 2026, no director or officer adopted or terminated a Rule "
             "10b5-1 trading arrangement. Items 3 and 4 are not applicable.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("31.1 and 31.2 Rule 13a-14(a) Certifications. 32.1 Section 1350 Certifications. 101 Inline XBRL "
             "documents. 104 Cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.\n"
             "QUARRINGTON EDUCATION GROUP, INC.    Date: October 29, 2026\n"
             "By: /s/ Cordelia M. Strathearn-Vance, President and Chief Executive Officer\n"
             "By: /s/ Thaddeus R. Okonjo-Pelham, Chief Financial Officer", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q3 2026")
    doc.toc_labels = toc_labels
    doc.total_pages = total
    doc.add_page()
    cover(doc)
    front(doc)
    statements(doc)
    notes(doc)
    mda(doc)
    part2(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = qd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
