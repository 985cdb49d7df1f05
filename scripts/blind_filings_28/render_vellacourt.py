"""Render the Vellacourt Payments, Inc. Form 10-Q for the quarter ended June 30, 2026.

House style: Liberation Sans text with DejaVu Serif Condensed tables in the "open" mode (no frame, no row rules: a
heavy plum rule under the block of column heads and thin rules under spanning heads are the only rules; subtotals
and totals in bold, section heads in plum capitals), bold-italic right-aligned column heads, left-aligned plum
table titles with an upright scale line ("(In millions of dollars, except per share amounts)"), a "$" attached to
the figures of the first row of a statement and of totals only, negatives with a trailing minus ("12.4-"), an en
dash for zero, level-one headings reversed out of a plum tab, a contents page with middle-dot leaders,
" [continued]" after carried-over titles and "Page N of T" at the left of the footer, counted from the cover
(which is page 1 and carries no number).
"""

from __future__ import annotations

from decimal import Decimal

import vellacourt_data as vd
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Vellacourt Payments, Inc."
DOC_NAME = "VELLACOURT_2026Q2_10Q"
PLUM = (88, 36, 108)
MIL = "(In millions of dollars; unaudited)"
MIL_PS = "(In millions of dollars, except per share amounts; unaudited)"
GROUPS4 = [("Three Months Ended\nJune 30,", 0, 2), ("Six Months Ended\nJune 30,", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
BS_COLS = ["June 30,\n2026", "December 31,\n2025"]
DATES = list(vd.DATES)
SEGS = list(vd.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSans", "", 6.8)
    doc.set_text_color(110, 110, 110)
    doc.set_xy(doc.l_margin, 8.6)
    doc.cell(doc.width, 4, "VELLACOURT PAYMENTS, INC.  \u00b7  FORM 10-Q  \u00b7  SECOND QUARTER 2026", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_draw_color(*PLUM)
    doc._rule(doc.l_margin, doc.l_margin + 30, doc.h - 14.2, 0.6)
    doc.set_font("LiberationSans", "B", 7.6)
    doc.set_text_color(*PLUM)
    doc.set_xy(doc.l_margin, doc.h - 13.2)
    total = doc.total_pages or 0
    doc.cell(doc.width / 2, 4, f"Page {label} of {total}")
    doc.set_font("LiberationSans", "", 6.8)
    doc.set_text_color(110, 110, 110)
    doc.cell(doc.width / 2, 4, "Vellacourt Payments, Inc.", align="R")


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="DejaVuSerifCondensed",
    table_files={"": "dejavu/DejaVuSerifCondensed.ttf", "B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSerifCondensed-Italic.ttf", "BI": "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"},
    body_size=8.4,
    table_size=7.4,
    table_mode="open",
    negative="trail",
    dollar="attached",
    zero="\u2013",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" [continued]",
    title_align="L",
    unit_align="L",
    title_upper=False,
    head_align="R",
    head_style="BI",
    toc_style="leader",
    heading_kind="tab",
    heading_upper=True,
    unit_italic=False,
    title_size_add=1.0,
    accent=PLUM,
    tint=(240, 232, 244),
    hairline=(200, 185, 210),
    margin_l=19, margin_r=19, margin_t=17, margin_b=19,
)

TOC = [
    ("PART I \u2014 FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements (Unaudited)", "item1", 1),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Income", "is", 2),
    ("Condensed Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Condensed Consolidated Statements of Stockholders' Equity", "eq", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II \u2014 OTHER INFORMATION", "part2", 0),
    ("Item 1. Legal Proceedings", "p2item1", 1),
    ("Item 1A. Risk Factors", "p2item1a", 1),
    ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2item2", 1),
    ("Item 5. Other Information", "p2item5", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str, periods: list[str] | tuple[str, ...] = vd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 9.6)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.ln(6)
    doc.set_fill_color(*PLUM)
    doc.rect(doc.l_margin, doc.get_y(), 58, 12, style="F")
    doc.body("B", 20)
    doc.set_text_color(255, 255, 255)
    doc.set_x(doc.l_margin + 4)
    doc.cell(54, 12, "FORM 10-Q", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(4)
    doc.para("(X)  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.8, align="L", gap=0.6)
    doc.para("For the quarterly period ended June 30, 2026", style="B", size=8.6, align="L")
    doc.para("(  )  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.8, align="L")
    doc.para("Commission File Number 001-40683", size=7.8, align="L")
    doc.ln(3)
    doc.body("B", 18)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 9, "Vellacourt Payments, Inc.", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.body("I", 7.8)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Dellamere"]),
        R("I.R.S. Employer Identification No.", ["=83-3319045"]),
        R("Address of principal executive offices", ["=600 Corliss Wharf, 22nd Floor, Port Aldous, Ostmark 02214"]),
        R("Telephone number", ["=(617) 555-0183"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=66, size=7.6)
    rows = [R("Class A common stock, par value $0.01 per share", ["=VLCP", "=Nasdaq Global Select Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol",
              "Name of each exchange\non which registered"], rows, label_w=66, size=7.6)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by "
             "Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has "
             "been subject to such filing requirements for the past 90 days. Yes (X) No (  ). Large accelerated "
             "filer (X). Shell company: Yes (  ) No (X).", size=7.6)
    doc.para("As of July 31, 2026, the registrant had 148,216,530 shares of Class A common stock outstanding.",
             size=7.6)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 7, "Contents", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Glossary and Forward-Looking Statements", 2, keep=40)
    doc.para("Payment volume is the dollar value of card and account-to-account payments we process for merchants, "
             "in billions of dollars. Net revenue is revenue less network fees (interchange and card network "
             "assessments we pass through). The net revenue take rate is net revenue as a share of payment volume, "
             "in basis points. Transactions are in millions and active merchant locations in thousands.", size=8.0)
    doc.para("This report contains forward-looking statements, including statements about our expected net revenue "
             "growth, margins, integration of acquired businesses, capital allocation and liquidity. They are "
             "subject to risks, including changes in consumer spending, card network rules and fees, competition, "
             "cybersecurity incidents and interest rates, that could cause actual results to differ materially. "
             "We assume no obligation to update them.", size=8.0)


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "BS"
    doc.heading("Part I \u2014 Financial Information", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Financial Statements", 2, anchor="item1", keep=30)
    doc.anchor("bs")
    rows = [
        R("Assets", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", dates("bs.cash"), "n1", indent=2, dollar=True),
        R("Restricted cash", dates("bs.restricted"), "n1", indent=2),
        R("Settlement assets", dates("bs.settle_a"), "n1", indent=2),
        R("Accounts receivable, net", dates("bs.ar"), "n1", indent=2),
        R("Prepaid expenses and other current assets", dates("bs.prepaid"), "n1", indent=2),
        R("Total current assets", dates("bs.ca"), "n1", kind="sub", indent=1),
        R("Property and equipment, net", dates("bs.ppe"), "n1", indent=1),
        R("Capitalized software, net", dates("bs.sw"), "n1", indent=1),
        R("Goodwill", dates("bs.gw"), "n1", indent=1),
        R("Intangible assets, net", dates("bs.intang"), "n1", indent=1),
        R("Operating lease right-of-use assets", dates("bs.rou"), "n1", indent=1),
        R("Deferred contract costs", dates("bs.dcc"), "n1", indent=1),
        R("Other noncurrent assets", dates("bs.other_a"), "n1", indent=1),
        R("Total assets", dates("bs.assets"), "n1", kind="total", dollar=True),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Settlement obligations", dates("bs.settle_l"), "n1", indent=2, dollar=True),
        R("Accounts payable and accrued liabilities", dates("bs.ap"), "n1", indent=2),
        R("Current portion of long-term debt", dates("bs.debt_cur"), "n1", indent=2),
        R("Deferred revenue", dates("bs.defrev"), "n1", indent=2),
        R("Other current liabilities", dates("bs.other_cl"), "n1", indent=2),
        R("Total current liabilities", dates("bs.cl"), "n1", kind="sub", indent=1),
        R("Long-term debt, net of current portion", dates("bs.debt_lt"), "n1", indent=1),
        R("Deferred income taxes", dates("bs.dtl"), "n1", indent=1),
        R("Operating lease liabilities, noncurrent", dates("bs.lease"), "n1", indent=1),
        R("Other noncurrent liabilities", dates("bs.other_l"), "n1", indent=1),
        R("Total liabilities", dates("bs.liab"), "n1", kind="sub"),
        R("Commitments and contingencies (Note 12)", kind="head"),
        R("Stockholders' equity:", kind="head"),
        R("Class A common stock, $0.01 par value", dates("bs.cs"), "n1", indent=1),
        R("Additional paid-in capital", dates("bs.apic"), "n1", indent=1),
        R("Retained earnings", dates("bs.re"), "n1", indent=1),
        R("Accumulated other comprehensive loss", dates("bs.aoci"), "n1", indent=1),
        R("Treasury stock, at cost", dates("bs.treasury"), "n1", indent=1),
        R("Total stockholders' equity", dates("bs.equity"), "n1", kind="sub"),
        R("Total liabilities and stockholders' equity", dates("bs.le"), "n1", kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit="(In millions of dollars; June 30, 2026 "
              "unaudited)", label_w=112, keep=True)

    doc.new_page()
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Revenue", per("is.rev"), "n1", dollar=True, bold=True),
        R("Operating expenses:", kind="head"),
        R("Network fees", per("is.nf"), "n1", indent=1),
        R("Other costs of services (exclusive of depreciation and amortization)", per("is.cos"), "n1", indent=1),
        R("Selling, general and administrative", per("is.sga"), "n1", indent=1),
        R("Depreciation and amortization", per("is.da"), "n1", indent=1),
        R("Acquisition, integration and restructuring costs", per("is.acq"), "n1", indent=1),
        R("Total operating expenses", per("is.costs"), "n1", kind="sub"),
        R("Operating income", per("is.oi"), "n1", kind="sub"),
        R("Interest expense", per("is.int_exp"), "n1"),
        R("Interest income", per("is.int_inc"), "n1"),
        R("Other income (expense), net", per("is.other"), "n1"),
        R("Income before income taxes", per("is.pretax"), "n1", kind="sub"),
        R("Provision for income taxes", per("is.tax"), "n1"),
        R("Net income", per("is.ni"), "n1", kind="total", dollar=True),
        R("Net income per share:", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding (in millions):", kind="head"),
        R("Basic", per("is.shares_basic"), "n1", indent=1),
        R("Diluted", per("is.shares_diluted"), "n1", indent=1),
    ]
    doc.table("Condensed Consolidated Statements of Income", COLS4, rows, groups=GROUPS4, unit=MIL_PS, label_w=86,
              keep=True)
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", per("is.ni"), "n1", dollar=True),
        R("Other comprehensive income (loss), net of tax:", kind="head"),
        R("Foreign currency translation adjustments", per("oci.fx"), "n1", indent=1),
        R("Net unrealized gains (losses) on cash flow hedges", per("oci.hedge"), "n1", indent=1),
        R("Total other comprehensive income (loss)", per("oci.total"), "n1", kind="sub"),
        R("Comprehensive income", per("ci.total"), "n1", kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Comprehensive Income", COLS4, rows, groups=GROUPS4, unit=MIL,
              label_w=86)

    doc.section = "EQ"
    doc.anchor("eq")
    comps = ("shares", "cs", "apic", "re", "aoci", "treasury", "total")
    fmts = ["n1"] * 7
    rows = []
    blocks = (("Three months ended June 30, 2026", "mar26", "q2_26", "jun26", "March 31, 2026", "June 30, 2026"),
              ("Three months ended June 30, 2025", "mar25", "q2_25", "jun25", "March 31, 2025", "June 30, 2025"),
              ("Six months ended June 30, 2026", "dec25", "h1_26", "jun26", "December 31, 2025", "June 30, 2026"),
              ("Six months ended June 30, 2025", "dec24", "h1_25", "jun25", "December 31, 2024", "June 30, 2025"))
    for name, first, p, last, first_name, last_name in blocks:
        rows += [
            R(name, kind="head"),
            R(f"Balance at {first_name}", [f"eq.{c}.{first}" for c in comps], fmts, indent=1),
            R("Net income", [None, None, None, f"eq.ni.{p}", None, None, f"eq.ni.{p}"], fmts, indent=2),
            R("Other comprehensive income (loss)", [None, None, None, None, f"eq.oci.{p}", None, f"eq.oci.{p}"], fmts,
              indent=2),
            R("Share-based compensation", [None, None, f"eq.sbc.{p}", None, None, None, f"eq.sbc.{p}"], fmts,
              indent=2),
            R("Shares issued under employee plans, net of shares withheld for taxes",
              [f"eq.sh_issued.{p}", None, f"eq.stock.{p}", None, None, None, f"eq.stock.{p}"], fmts, indent=2),
            R("Repurchases of common stock", [f"eq.sh_repo.{p}", None, None, None, None, f"eq.repo.{p}",
                                              f"eq.repo.{p}"], fmts, indent=2),
            R(f"Balance at {last_name}", [f"eq.{c}.{last}" for c in comps], fmts, kind="total", indent=1),
        ]
    doc.table("Condensed Consolidated Statements of Stockholders' Equity", ["Shares", "Amount", "Additional\nPaid-In\n"
              "Capital", "Retained\nEarnings", "Accumulated\nOther Com-\nprehensive\nLoss", "Treasury\nStock",
              "Total\nEquity"], rows, groups=[("Common Stock", 0, 2)],
              unit="(In millions of dollars and millions of shares; unaudited)", label_w=58, keep=False)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    h1 = ("h1_26", "h1_25")
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", per("cf.ni", h1), "n1", indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", per("cf.da", h1), "n1", indent=2),
        R("Share-based compensation", per("cf.sbc", h1), "n1", indent=2),
        R("Deferred income taxes", per("cf.deferred", h1), "n1", indent=2),
        R("Amortization of debt issuance costs", per("cf.debt_amort", h1), "n1", indent=2),
        R("Changes in operating assets and liabilities, net of acquisitions:", kind="head", indent=1),
        R("Settlement assets", per("cf.settle_a", h1), "n1", indent=2),
        R("Settlement obligations", per("cf.settle_l", h1), "n1", indent=2),
        R("Accounts receivable", per("cf.ar", h1), "n1", indent=2),
        R("Prepaid expenses and other current assets", per("cf.prepaid", h1), "n1", indent=2),
        R("Deferred contract costs", per("cf.dcc", h1), "n1", indent=2),
        R("Operating lease right-of-use assets and other noncurrent assets", per("cf.other_a", h1), "n1", indent=2),
        R("Accounts payable and accrued liabilities", per("cf.ap", h1), "n1", indent=2),
        R("Deferred revenue", per("cf.defrev", h1), "n1", indent=2),
        R("Other current and noncurrent liabilities, including operating lease liabilities", per("cf.other_l", h1),
          "n1", indent=2),
        R("Net cash provided by operating activities", per("cf.cfo", h1), "n1", kind="sub"),
        R("Investing activities", kind="head"),
        R("Purchases of property and equipment", per("cf.capex_ppe", h1), "n1", indent=1),
        R("Capitalized software development costs", per("cf.capex_sw", h1), "n1", indent=1),
        R("Acquisition of business, net of cash acquired", per("cf.acq", h1), "n1", indent=1),
        R("Net cash used in investing activities", per("cf.cfi", h1), "n1", kind="sub"),
        R("Financing activities", kind="head"),
        R("Borrowings under revolving credit facility", per("cf.rcf_borrow", h1), "n1", indent=1),
        R("Repayments under revolving credit facility", per("cf.rcf_repay", h1), "n1", indent=1),
        R("Repayments of term loan", per("cf.tlb_repay", h1), "n1", indent=1),
        R("Repurchases of common stock", per("cf.repo", h1), "n1", indent=1),
        R("Taxes paid related to net share settlement of equity awards", per("cf.withheld", h1), "n1", indent=1),
        R("Proceeds from employee stock purchase plan and option exercises", per("cf.espp", h1), "n1", indent=1),
        R("Net cash used in financing activities", per("cf.cff", h1), "n1", kind="sub"),
        R("Effect of exchange rate changes on cash, cash equivalents and restricted cash", per("cf.fx", h1), "n1"),
        R("Net decrease in cash, cash equivalents and restricted cash", per("cf.change", h1), "n1", kind="sub"),
        R("Cash, cash equivalents and restricted cash, beginning of period", per("cf.begin", h1), "n1"),
        R("Cash, cash equivalents and restricted cash, end of period", per("cf.end", h1), "n1", kind="total",
          dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", ["2026", "2025"], rows,
              groups=[("Six Months Ended June 30,", 0, 2)], unit=MIL, label_w=112, keep=True,
              notes=["At June 30, 2026, cash, cash equivalents and restricted cash consisted of cash and cash "
                     "equivalents of {cf.cash_end.h1_26:d1} million and restricted cash of "
                     "{cf.restricted_end.h1_26:d1} million. Cash paid for interest was {cf.int_paid.h1_26:d1} "
                     "million and for income taxes {cf.tax_paid.h1_26:d1} million in the first six months of 2026."])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 2, anchor="notes", keep=50)
    doc.heading("1. Basis of Presentation", 3)
    doc.para("Vellacourt Payments, Inc. provides merchant acquiring, integrated payments for software partners and "
             "issuer processing in the United States, Canada and the United Kingdom. These interim statements are "
             "prepared under U.S. GAAP for interim reporting and should be read with our Annual Report on Form 10-K "
             "for 2025. In management's opinion they include all normal recurring adjustments needed for a fair "
             "presentation. Results for interim periods are not necessarily indicative of a full year.")

    doc.section = "note_rev"
    doc.heading("2. Revenue", 3, keep=60)
    doc.para("We recognize transaction and processing fees as payments are processed, gross of network fees, because "
             "we control the processing service. Subscription and software revenue is recognized over the "
             "subscription term, and equipment revenue when terminals are delivered.")
    rows = []
    for g, name in SEGS:
        rows.append(R(name, kind="head"))
        rows += [R(label, per(f"rev.{g}.{t}"), "n1", indent=1) for t, label in vd.TYPES.items()]
        rows.append(R(f"Total {name}", per(f"seg.rev.{g}"), "n1", kind="sub"))
    rows.append(R("Total revenue", per("is.rev"), "n1", kind="total", dollar=True))
    doc.table("Revenue by Segment and Type", COLS4, rows, groups=GROUPS4, unit=MIL, label_w=86)

    doc.section = "note_settle"
    doc.heading("3. Settlement Assets and Obligations", 3, keep=50)
    doc.para("Settlement assets and obligations arise because card networks fund us a day or more after a "
             "transaction is authorized, while we fund merchants on their contracted schedules.")
    rows = [
        R("Settlement assets:", kind="head"),
        R("Receivables from card networks", dates("set.a.network"), "n1", indent=1, dollar=True),
        R("Receivables from merchants, including advance funding", dates("set.a.merchant"), "n1", indent=1),
        R("Settlement cash held in segregated accounts", dates("set.a.cash"), "n1", indent=1),
        R("Total settlement assets", dates("set.a.total"), "n1", kind="total", dollar=True),
        R("Settlement obligations:", kind="head"),
        R("Payables to merchants", dates("set.l.merchants"), "n1", indent=1, dollar=True),
        R("Merchant reserves", dates("set.l.reserves"), "n1", indent=1),
        R("Total settlement obligations", dates("set.l.total"), "n1", kind="total", dollar=True),
    ]
    doc.table("Settlement Assets and Obligations", BS_COLS, rows, unit=MIL, label_w=112)

    doc.section = "note_rec"
    doc.heading("4. Accounts Receivable", 3, keep=50)
    rows = [
        R("Accounts receivable, gross", dates("ar.gross"), "n1", dollar=True),
        R("Allowance for credit losses", dates("ar.allow"), "n1"),
        R("Accounts receivable, net", dates("ar.net"), "n1", kind="total", dollar=True),
    ]
    doc.table("Accounts Receivable", BS_COLS, rows, unit=MIL, label_w=112)
    rows = [
        R("Balance at beginning of period", ["acl.begin.h1_26", "acl.begin.h1_25"], "n1", dollar=True),
        R("Provision for credit losses", ["acl.prov.h1_26", "acl.prov.h1_25"], "n1", indent=1),
        R("Write-offs, net of recoveries", ["acl.wo.h1_26", "acl.wo.h1_25"], "n1", indent=1),
        R("Balance at end of period", ["acl.end.h1_26", "acl.end.h1_25"], "n1", kind="total", dollar=True),
    ]
    doc.table("Allowance for Credit Losses", ["2026", "2025"], rows, groups=[("Six Months Ended June 30,", 0, 2)],
              unit=MIL, label_w=112)

    doc.section = "note_acq"
    doc.heading("5. Acquisition", 3, keep=50)
    doc.para("On February 11, 2026 we acquired all of the equity of Brisco Ledger Systems, Inc., a provider of "
             "accounting and payments software for independent veterinary and dental practices with about "
             "{acq.brisco_arr:d1} million of annual recurring software revenue, for cash. Brisco is part of our "
             "Integrated Software segment. The preliminary allocation of the purchase price was:")
    rows = [
        R("Accounts receivable", ["acq.ar"], "n1", dollar=True),
        R("Developed technology", ["acq.tech"], "n1"),
        R("Customer relationships", ["acq.cust"], "n1"),
        R("Goodwill", ["acq.gw"], "n1"),
        R("Deferred revenue", ["acq.defrev"], "n1"),
        R("Deferred income taxes", ["acq.dtl"], "n1"),
        R("Accounts payable and accrued liabilities", ["acq.liab"], "n1"),
        R("Total purchase price, net of cash acquired", ["acq.total"], "n1", kind="total", dollar=True),
    ]
    doc.table("Preliminary Purchase Price Allocation", ["Amount"], rows, unit=MIL, label_w=112, col_w=30)

    doc.section = "note_gw"
    doc.heading("6. Goodwill and Intangible Assets", 3, keep=60)
    cols = [name.replace(" ", "\n", 1) for _g, name in SEGS] + ["Total"]
    keys = list(vd.SEGMENTS) + ["total"]
    rows = [
        R("Balance at December 31, 2025", [f"gw.{g}.dec25" for g in keys], "n1", dollar=True),
        R("Acquisition of Brisco Ledger Systems", [f"gw.acq.{g}" for g in keys], "n1", indent=1),
        R("Foreign currency translation", [f"gw.fx.{g}" for g in keys], "n1", indent=1),
        R("Balance at June 30, 2026", [f"gw.{g}.jun26" for g in keys], "n1", kind="total", dollar=True),
    ]
    doc.table("Goodwill by Segment", cols, rows, unit=MIL, label_w=66)
    levels = [[("June 30, 2026", 0, 3), ("December 31, 2025", 3, 3)]]
    names = (("cust", "Customer relationships"), ("tech", "Developed technology"), ("trade", "Trade names"))
    rows = [R(label, [f"int.{c}.{k}.{d}" for d in DATES for c in ("gross", "accum", "net")], "n1",
              dollar=(k == "cust")) for k, label in names]
    rows.append(R("Total", [f"int.{c}.total.{d}" for d in DATES for c in ("gross", "accum", "net")], "n1",
                  kind="total", dollar=True))
    doc.table("Intangible Assets", ["Gross\nCarrying\nAmount", "Accumulated\nAmortization", "Net", "Gross\nCarrying\n"
              "Amount", "Accumulated\nAmortization", "Net"], rows, groups=levels, unit=MIL, label_w=46)
    rows = [
        R("Property and equipment", ["da.ppe.h1_26"], "n1", dollar=True),
        R("Capitalized software", ["da.sw.h1_26"], "n1"),
        R("Acquired intangible assets", ["da.acq.h1_26"], "n1"),
        R("Total depreciation and amortization", ["da.total.h1_26"], "n1", kind="total", dollar=True),
    ]
    doc.table("Depreciation and Amortization, Six Months Ended June 30, 2026", ["Amount"], rows, unit=MIL,
              label_w=112, col_w=30)

    doc.section = "note_debt"
    doc.heading("7. Debt", 3, keep=60)
    rows = [
        R("Term loan B due 2030", dates("debt.tlb"), "n1", dollar=True),
        R("4.875% senior notes due 2029", dates("debt.n29"), "n1"),
        R("6.125% senior notes due 2032", dates("debt.n32"), "n1"),
        R("Revolving credit facility due 2030", dates("debt.rcf"), "n1"),
        R("Total principal", dates("debt.principal"), "n1", kind="sub"),
        R("Unamortized debt issuance costs and discounts", dates("debt.costs"), "n1"),
        R("Total debt", dates("debt.total"), "n1", kind="sub"),
        R("Less: current portion", dates("debt.cur_neg"), "n1"),
        R("Long-term debt, net of current portion", dates("debt.lt"), "n1", kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", BS_COLS, rows, unit=MIL, label_w=112)
    rows = [R("Principal payments", [f"debt.mat.{k}" for k in ("r26", "y27", "y28", "y29", "y30", "after",
                                                               "total")], "n1", dollar=True)]
    doc.table("Scheduled Principal Payments at June 30, 2026", ["Rest of\n2026", "2027", "2028", "2029", "2030",
              "There-\nafter", "Total"], rows, unit=MIL, label_w=36)
    doc.para("The term loan amortizes at $8.75 million per quarter. The revolving credit facility provides "
             "{debt.rcf_cap:d1} million of capacity; at June 30, 2026, {debt.loc:d1} million of letters of credit "
             "were outstanding under it in addition to the borrowings shown above. The fair value of our debt was "
             "{debt.fair.jun26:d1} million at June 30, 2026. We were in compliance with all covenants.")

    doc.section = "note_eq"
    doc.heading("8. Stockholders' Equity and Share-Based Compensation", 3, keep=40)
    doc.para("Our Board has authorized share repurchases under a program announced in November 2024, with no "
             "expiration date; repurchases are recorded as treasury stock. Share-based compensation expense was "
             "{cf.sbc.h1_26:d1} million in the first six months of 2026, and unrecognized compensation cost for "
             "unvested awards was {sbc.unrecognized:d1} million at June 30, 2026, to be recognized over a "
             "weighted-average period of 2.3 years.")

    doc.section = "note_eps"
    doc.heading("9. Net Income per Share", 3, keep=50)
    rows = [
        R("Net income", per("is.ni"), "n1", dollar=True),
        R("Weighted-average shares outstanding \u2014 basic", per("is.shares_basic"), "n1"),
        R("Dilutive effect of restricted stock units, performance units and options", per("eps.dilutive"), "n1",
          indent=1),
        R("Weighted-average shares outstanding \u2014 diluted", per("is.shares_diluted"), "n1", kind="sub"),
        R("Basic net income per share", per("is.eps_basic"), "n2", dollar=True),
        R("Diluted net income per share", per("is.eps_diluted"), "n2", kind="total", dollar=True),
    ]
    doc.table("Computation of Net Income per Share", COLS4, rows, groups=GROUPS4,
              unit="(In millions, except per share amounts; unaudited)", label_w=86)

    doc.section = "note_tax"
    doc.heading("10. Income Taxes", 3, keep=24)
    doc.para("Our effective tax rate was {tax.rate.q2_26:p1} for the three months and {tax.rate.h1_26:p1} for the "
             "six months ended June 30, 2026, compared with {tax.rate.q2_25:p1} and {tax.rate.h1_25:p1} in the "
             "corresponding periods of 2025. The rates exceed the federal statutory rate mainly because of state "
             "taxes, partly offset by research credits.")

    doc.section = "note_seg"
    doc.heading("11. Segment Information", 3, keep=60)
    doc.para("Our Chief Executive Officer, the chief operating decision maker, evaluates segments on revenue and "
             "segment operating income, which excludes amortization of acquired intangible assets, acquisition, "
             "integration and restructuring costs, and unallocated corporate costs, including share-based "
             "compensation.")
    rows = [R("Revenue:", kind="head")]
    rows += [R(name, per(f"seg.rev.{g}"), "n1", indent=1, dollar=(g == "ms")) for g, name in SEGS]
    rows.append(R("Total revenue", per("seg.rev.total"), "n1", kind="sub"))
    rows.append(R("Segment operating income:", kind="head"))
    rows += [R(name, per(f"seg.oi.{g}"), "n1", indent=1) for g, name in SEGS]
    rows += [
        R("Unallocated corporate costs", per("seg.corp"), "n1", indent=1),
        R("Amortization of acquired intangible assets", per("seg.amort"), "n1", indent=1),
        R("Acquisition, integration and restructuring costs", per("seg.acq"), "n1", indent=1),
        R("Operating income", per("seg.oi.total"), "n1", kind="sub"),
        R("Depreciation and amortization:", kind="head"),
    ]
    rows += [R(name, per(f"seg.da.{g}"), "n1", indent=1) for g, name in SEGS]
    rows += [
        R("Corporate", per("seg.da.corp"), "n1", indent=1),
        R("Amortization of acquired intangible assets", per("seg.da.acq"), "n1", indent=1),
        R("Total depreciation and amortization", per("seg.da.total"), "n1", kind="sub"),
        R("Capital expenditures, including capitalized software:", kind="head"),
    ]
    rows += [R(name, per(f"seg.capex.{g}"), "n1", indent=1) for g, name in SEGS]
    rows += [
        R("Corporate", per("seg.capex.corp"), "n1", indent=1),
        R("Total capital expenditures", per("seg.capex.total"), "n1", kind="total", dollar=True),
    ]
    doc.table("Segment Results", COLS4, rows, groups=GROUPS4, unit=MIL, label_w=86)

    doc.section = "note_commit"
    doc.heading("12. Commitments and Contingencies", 3, keep=24)
    doc.para("We are a defendant in a putative class action alleging that certain merchant fees were not adequately "
             "disclosed. We believe the claims lack merit and have not recorded a liability because a loss is not "
             "probable. Under card network rules we may be liable for chargebacks that merchants fail to pay; our "
             "merchant reserves help mitigate this exposure.")


def mda(doc: Doc) -> None:
    doc.new_page()
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item2", keep=60)
    doc.heading("Overview", 3)
    doc.para("Vellacourt processes card and account-to-account payments for small and mid-sized merchants, for "
             "merchants that pay through the business software of our {biz.isv_partners:n0} software partners, and "
             "for {biz.issuer_clients:n0} bank and credit union card issuers. We operate in {biz.countries:n0} "
             "countries and had {biz.employees:n0} employees at June 30, 2026.")
    doc.para("Net revenue grew {chg.net.total.q2:p1} in the second quarter of 2026, led by Integrated Software, "
             "where payment volume grew {kpi.chg.vol.isv.q2:p1} as our partners added merchants and Brisco "
             "contributed for a full quarter. Adjusted EBITDA increased {chg.ebitda.q2:p1}. We continue to expect "
             "full-year 2026 net revenue growth of {mda.guide_low:n1}% to {mda.guide_high:n1}%.")

    doc.section = "mda_kpi"
    doc.heading("Operating Metrics", 3, keep=60)
    levels = [[("Three Months Ended June 30,", 0, 3), ("Six Months Ended June 30,", 3, 3)]]
    cols6 = ["2026", "2025", "%\nChange", "2026", "2025", "%\nChange"]

    def kpi(label: str, key: str, fmt: str, indent: int = 1, kind: str = "data") -> R:
        return R(label, [f"kpi.{key}.q2_26", f"kpi.{key}.q2_25", f"kpi.chg.{key}.q2", f"kpi.{key}.h1_26",
                         f"kpi.{key}.h1_25", f"kpi.chg.{key}.h1"], [fmt, fmt, "p1", fmt, fmt, "p1"], indent=indent,
                 kind=kind)

    rows = [
        R("Payment volume (billions of dollars)", kind="head"),
        kpi("Merchant Solutions", "vol.ms", "n1"),
        kpi("Integrated Software", "vol.isv", "n1"),
        kpi("Total payment volume", "vol.total", "n1", indent=0, kind="sub"),
        R("Transactions processed (millions)", kind="head"),
        kpi("Merchant Solutions", "txn.ms", "n1"),
        kpi("Integrated Software", "txn.isv", "n1"),
        kpi("Issuer Services", "txn.iss", "n1"),
        kpi("Total transactions", "txn.total", "n1", indent=0, kind="sub"),
        R("Net revenue take rate (basis points of payment volume)", kind="head"),
        R("Merchant Solutions", ["kpi.take.ms.q2_26", "kpi.take.ms.q2_25", None, "kpi.take.ms.h1_26",
                                 "kpi.take.ms.h1_25", None], "n1", indent=1),
        R("Integrated Software", ["kpi.take.isv.q2_26", "kpi.take.isv.q2_25", None, "kpi.take.isv.h1_26",
                                  "kpi.take.isv.h1_25", None], "n1", indent=1),
    ]
    doc.table("Key Performance Indicators", cols6, rows, groups=levels, unit="(Units as stated in each section)",
              label_w=64)
    rows = [
        R("Merchant Solutions", ["kpi.loc.ms.jun26", "kpi.loc.ms.jun25", "kpi.chg.loc.ms"], ["n1", "n1", "p1"]),
        R("Integrated Software", ["kpi.loc.isv.jun26", "kpi.loc.isv.jun25", "kpi.chg.loc.isv"], ["n1", "n1", "p1"]),
    ]
    doc.table("Active Merchant Locations", ["June 30,\n2026", "June 30,\n2025", "%\nChange"], rows,
              unit="(In thousands of locations)", label_w=64, col_w=24)

    doc.section = "mda_net"
    doc.heading("Results of Operations", 3, keep=60)
    doc.para("We present net revenue because network fees are pass-through costs over which we have little control "
             "and that vary with the mix of cards our merchants accept. Net revenue is a non-GAAP measure.")
    levels = [[("Three Months Ended June 30,", 0, 3), ("Six Months Ended June 30,", 3, 3)]]
    rows = [
        R("Revenue", ["net.rev.q2_26", "net.rev.q2_25", "chg.rev.q2", "net.rev.h1_26", "net.rev.h1_25", "chg.rev.h1"],
          ["n1", "n1", "p1", "n1", "n1", "p1"], dollar=True),
        R("Less: network fees", ["net.nf.q2_26", "net.nf.q2_25", None, "net.nf.h1_26", "net.nf.h1_25", None],
          "n1", indent=1),
        R("Net revenue", ["net.total.q2_26", "net.total.q2_25", "chg.net.total.q2", "net.total.h1_26",
                          "net.total.h1_25", "chg.net.total.h1"], ["n1", "n1", "p1", "n1", "n1", "p1"], kind="sub"),
        R("Net revenue by segment:", kind="head"),
    ]
    rows += [R(name, [f"net.{g}.q2_26", f"net.{g}.q2_25", f"chg.net.{g}.q2", f"net.{g}.h1_26", f"net.{g}.h1_25",
                      f"chg.net.{g}.h1"], ["n1", "n1", "p1", "n1", "n1", "p1"], indent=1) for g, name in SEGS]
    rows.append(R("Network fees by segment:", kind="head"))
    rows += [R(name, [f"nf.{g}.q2_26", f"nf.{g}.q2_25", None, f"nf.{g}.h1_26", f"nf.{g}.h1_25", None], "n1",
               indent=1) for g, name in SEGS]
    doc.table("Reconciliation of Revenue to Net Revenue", ["2026", "2025", "%\nChange", "2026", "2025", "%\nChange"],
              rows, groups=levels, unit=MIL, label_w=64)
    doc.para("Other costs of services rose with transaction volumes and the addition of Brisco. Selling, general and "
             "administrative expense grew more slowly than net revenue as we consolidated two customer support "
             "centers. Interest expense declined because of lower rates on the term loan after a repricing in "
             "February 2026.")

    doc.section = "mda_ebitda"
    doc.heading("Adjusted EBITDA", 3, keep=60)
    rows = [
        R("Net income", per("ebitda.ni"), "n1", dollar=True),
        R("Provision for income taxes", per("ebitda.tax"), "n1", indent=1),
        R("Interest expense, net of interest income", per("ebitda.interest"), "n1", indent=1),
        R("Other (income) expense, net", per("ebitda.other"), "n1", indent=1),
        R("Depreciation and amortization", per("ebitda.da"), "n1", indent=1),
        R("Share-based compensation", per("ebitda.sbc"), "n1", indent=1),
        R("Acquisition, integration and restructuring costs", per("ebitda.acq"), "n1", indent=1),
        R("Adjusted EBITDA", per("ebitda.adj"), "n1", kind="total", dollar=True),
        R("Adjusted EBITDA as a percentage of net revenue", per("ebitda.margin"), "p1"),
    ]
    doc.table("Reconciliation of Net Income to Adjusted EBITDA", COLS4, rows, groups=GROUPS4, unit=MIL, label_w=86)

    doc.section = "mda_liq"
    doc.heading("Liquidity and Capital Resources", 3, keep=60)
    rows = [
        R("Cash and cash equivalents", dates("liq.cash"), "n1", dollar=True),
        R("Total debt", dates("liq.debt"), "n1"),
        R("Net debt", dates("liq.net"), "n1", kind="total", dollar=True),
    ]
    doc.table("Cash and Debt", BS_COLS, rows, unit=MIL, label_w=112)
    doc.para("Settlement cash and restricted cash are not available for general corporate purposes and are "
             "excluded above. At June 30, 2026 we had {debt.rcf_avail:d1} million available under our revolving "
             "credit facility. We believe cash on hand, operating cash flow and the facility will be sufficient to "
             "fund operations, capital expenditures, debt service and share repurchases for at least the next "
             "twelve months.")
    rows = [
        R("Net cash provided by operating activities", ["fcf.cfo.h1_26", "fcf.cfo.h1_25"], "n1", dollar=True),
        R("Capital expenditures, including capitalized software", ["fcf.capex.h1_26", "fcf.capex.h1_25"], "n1",
          indent=1),
        R("Free cash flow", ["fcf.total.h1_26", "fcf.total.h1_25"], "n1", kind="total", dollar=True),
        R("Net cash used in investing activities", ["cf.cfi.h1_26", "cf.cfi.h1_25"], "n1"),
        R("Net cash used in financing activities", ["cf.cff.h1_26", "cf.cff.h1_25"], "n1"),
    ]
    doc.table("Cash Flow Summary", ["2026", "2025"], rows, groups=[("Six Months Ended June 30,", 0, 2)], unit=MIL,
              label_w=112)
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item3", keep=30)
    doc.para("Our term loan and revolving credit facility bear floating rates; interest rate swaps designated as "
             "cash flow hedges fix the rate on $1.5 billion of the term loan through 2028. A 100 basis point increase "
             "in rates would increase annual interest expense on our unhedged floating-rate debt by about $22 "
             "million. We also earn interest on settlement cash, which partly offsets this exposure.")
    doc.heading("Item 4. Controls and Procedures", 2, anchor="item4", keep=30)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective at June 30, 2026. Other than the integration of Brisco, there was no change "
             "in our internal control over financial reporting during the quarter that materially affected it.")


def part2(doc: Doc) -> None:
    doc.section = "part2"
    doc.heading("Part II \u2014 Other Information", 1, anchor="part2", keep=60)
    doc.heading("Item 1. Legal Proceedings", 2, anchor="p2item1", keep=16)
    doc.para("See Note 12 to the condensed consolidated financial statements.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="p2item1a", keep=16)
    doc.para("There have been no material changes to the risk factors in our Annual Report on Form 10-K for 2025.")
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, anchor="p2item2", keep=60)
    doc.section = "p2_repo"
    rows = []
    for mth, label in (("apr", "April 1 \u2013 April 30, 2026"), ("may", "May 1 \u2013 May 31, 2026"),
                       ("jun", "June 1 \u2013 June 30, 2026")):
        rows.append(R(label, [f"rep.shares.{mth}", f"rep.price.{mth}", f"rep.shares.{mth}", f"rep.remaining.{mth}"],
                      ["n0", "n2", "n0", "n1"]))
    rows.append(R("Total", ["rep.shares.q2", "rep.price.q2", "rep.shares.q2", None], ["n0", "n2", "n0", "n1"],
                  kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average\nPrice Paid\n"
              "per Share ($)", "Shares Purchased\nUnder Publicly\nAnnounced Program", "Remaining\nAuthorization\n"
              "($ millions)"], rows, unit="(Shares in whole numbers)", label_w=50)
    doc.heading("Item 5. Other Information", 2, anchor="p2item5", keep=20)
    doc.para("During the quarter ended June 30, 2026, none of our directors or officers adopted or terminated a "
             "Rule 10b5-1 trading arrangement.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("31.1 and 31.2 Rule 13a-14(a) certifications; 32.1 Section 1350 certifications; 101 Inline XBRL "
             "documents; 104 cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused "
             "this report to be signed on its behalf by the undersigned thereunto duly authorized.", size=8.0)
    doc.para("VELLACOURT PAYMENTS, INC.\nDate: August 4, 2026\n/s/ Priyanka L. Sorensen-Abara, Chief Executive "
             "Officer\n/s/ Matthias Q. Delacroix-Wynn, Chief Financial Officer", size=8.0, align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q2 2026")
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
    values = vd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
