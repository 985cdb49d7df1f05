"""Render the Brindlemoor Talent Partners, Inc. Form 10-K for the fiscal year ended December 31, 2025.

House style: DejaVu Sans text with Liberation Serif tables in the "shade" mode (no row rules, teal rules under the
spanning heads and the head block, italic subtotals and bold totals on a pale band), a "$" on first and total rows,
negatives in parentheses, an em dash for zero, centred titles with units lines such as "(Dollars in thousands,
except per share data)", level-one headings beside a teal bar, a contents page with period leaders, ", continued"
after carried-over titles and "- N -" page numbers counted from the cover. Statements put the period on one head
line ("Year Ended December 31,") and the years on the line below; the segment table repeats the same three rows
under each segment sub-heading; the revenue mix table sets percent cells beside the amounts.
"""

from __future__ import annotations

from decimal import Decimal

import brindlemoor_data as bd
from pdf_layout import EM_DASH, Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n0", **kw: object) -> Row:
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Brindlemoor Talent Partners, Inc."
DOC_NAME = "BRINDLEMOOR_FY2025_10K"
TEAL = (14, 94, 96)
THOU = "(Dollars in thousands)"
THOU_PS = "(Dollars in thousands, except per share data)"
YEAR_HEAD = [("Year Ended December 31,", 0, 3)]
YCOLS = ["2025", "2024", "2023"]
BS_COLS = ["December 31,\n2025", "December 31,\n2024"]
SEGS = list(bd.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSans", "", 6.6)
    doc.set_text_color(*TEAL)
    doc.set_xy(doc.l_margin, 8.8)
    doc.cell(doc.width, 4, "Brindlemoor Talent Partners, Inc.  |  Annual Report on Form 10-K  |  2025", align="R")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("DejaVuSans", "", 7.2)
    doc.set_text_color(60, 60, 60)
    doc.set_xy(doc.l_margin, doc.h - 12.6)
    doc.cell(doc.width, 4, f"- {label} -", align="C")


STYLE = Style(
    body_family="DejaVuSans",
    body_files={"": "dejavu/DejaVuSans.ttf", "B": "dejavu/DejaVuSans-Bold.ttf", "I": "dejavu/DejaVuSans-Oblique.ttf",
                "BI": "dejavu/DejaVuSans-BoldOblique.ttf"},
    table_family="LiberationSerif",
    table_files={"": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf",
                 "I": "liberation/LiberationSerif-Italic.ttf", "BI": "liberation/LiberationSerif-BoldItalic.ttf"},
    body_size=8.0,
    table_size=8.0,
    table_mode="shade",
    negative="paren",
    dollar="attached",
    zero=EM_DASH,
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=", continued",
    title_align="C",
    unit_align="C",
    title_upper=False,
    head_align="C",
    head_style="B",
    toc_style="dots",
    heading_kind="bar",
    heading_upper=False,
    unit_italic=True,
    title_size_add=1.0,
    accent=TEAL,
    tint=(226, 240, 239),
    hairline=(180, 200, 200),
    margin_l=21, margin_r=21, margin_t=18, margin_b=19,
    unit_pos="line",
    small_caps=False,
)

TOC = [
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 2. Properties", "item2", 1),
    ("PART II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
     "Securities", "item5", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Consolidated Statements of Earnings", "is", 2),
    ("Consolidated Balance Sheets", "bs", 2),
    ("Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Consolidated Financial Statements", "notes", 2),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART IV", "part4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "signatures", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = bd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 20)
    doc.set_text_color(*TEAL)
    doc.cell(doc.width, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.4,
             align="C", gap=0.6)
    doc.para("For the fiscal year ended December 31, 2025", style="B", size=8.6, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.4, align="C")
    doc.para("Commission File Number 001-39427", size=7.4, align="C")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, COMPANY, align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.4)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Wendmoor"]),
        R("I.R.S. Employer Identification No.", ["=36-4182275"]),
        R("Principal executive offices", ["=400 Fallowgate Plaza, Harlan Cross, Wendmoor 60918"]),
        R("Telephone number", ["=(312) 555-0147"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=62, size=7.4)
    rows = [R("Common stock, $0.01 par value", ["=BTLP", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=62, size=7.4)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=7.2)
    doc.para("As of February 13, 2026, 41,527,904 shares of the registrant's common stock were outstanding. "
             "Portions of the proxy statement for the 2026 annual meeting are incorporated by reference into Part "
             "III.", size=7.2)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*TEAL)
    doc.cell(doc.width, 7, "Table of Contents", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Cautionary note regarding forward-looking statements", 3, keep=30)
    doc.para("This report contains forward-looking statements about demand for temporary and permanent labor, bill "
             "rates and pay rates, client retention, borrowing capacity and dividends. Such statements rest on "
             "assumptions about hiring conditions, wage inflation, unemployment insurance costs and the pace at which "
             "clients convert contingent workers to permanent roles. Actual results may differ materially.")


def part1(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 1, anchor="part1", keep=40)
    doc.heading("Item 1. Business", 2, anchor="item1", keep=40)
    doc.para("Brindlemoor Talent Partners, Inc. connects employers with workers. We operate three reportable "
             "segments. Commercial Staffing supplies light-industrial, warehouse, logistics and clerical associates "
             "on temporary assignments billed by the hour. Professional Placement places accounting, finance, "
             "engineering and information technology professionals on contract, billed by the hour, and earns "
             "conversion and direct-hire fees when clients hire them permanently. Managed Services runs recruitment "
             "process outsourcing and vendor-management programs for large employers under multi-year statements "
             "of work.")
    doc.para("At December 31, 2025 we operated {hc.branches:n0} branch and delivery-center locations in the United "
             "States and Canada and employed {hc.internal:n0} internal staff. During 2025 we placed approximately "
             "{hc.placed:n0} individual workers on assignment. Our largest client accounted for less than four "
             "percent of revenue.")
    doc.heading("Human capital", 3, keep=30)
    doc.para("Our recruiters are our principal asset. We pay them base salary plus commissions tied to gross profit, "
             "train them through the Fallowgate Academy program and measure engagement twice a year. Voluntary "
             "turnover of internal staff improved in 2025.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=30)
    doc.bullets([
        "Demand for temporary labor is cyclical and falls quickly when clients cut production or freeze hiring.",
        "Increases in statutory wages, payroll taxes, workers' compensation and health-care costs may not be fully "
        "recovered through bill rates.",
        "Our revolving credit facility carries a variable interest rate and financial covenants.",
        "Claims by clients or workers for misclassification, discrimination or injury may be costly to defend.",
    ])
    doc.heading("Item 2. Properties", 2, anchor="item2", keep=30)
    doc.para("We lease our headquarters in Harlan Cross, Wendmoor, three regional delivery centers and all of our "
             "branch offices. We own no real property. We believe our facilities are adequate for current needs.")


def item5(doc: Doc) -> None:
    doc.section = "item5"
    doc.heading("PART II", 1, anchor="part2", keep=40)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 2, anchor="item5", keep=70)
    doc.para("Our common stock trades on the New York Stock Exchange under the symbol BTLP. We have paid a cash "
             "dividend every quarter since our 2017 listing. On February 10, 2026 the board declared a quarterly "
             "dividend of ${div.next:n2} per share payable on March 13, 2026.")
    rows = []
    for n, name in enumerate(("First quarter", "Second quarter", "Third quarter", "Fourth quarter"), start=1):
        rows.append(R(name, [f"div.dps.q{n}.2025", f"div.paid.q{n}.2025", f"div.dps.q{n}.2024",
                             f"div.paid.q{n}.2024"], ["n2", "n0", "n2", "n0"], dollar=n == 1))
    rows.append(R("Total", ["div.dps.total.2025", "div.paid.total.2025", "div.dps.total.2024",
                            "div.paid.total.2024"], ["n2", "n0", "n2", "n0"], kind="total", dollar=True))
    doc.table("Quarterly Cash Dividends", ["Per share", "Paid", "Per share", "Paid"], rows,
              groups=[("2025", 0, 2), ("2024", 2, 2)], unit="(Amounts paid in thousands)", label_w=60)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=60)
    doc.para("Revenue grew {chg.rev.2025:p1} in 2025, after growth of {chg.rev.2024:p1} in 2024. Commercial Staffing "
             "and Managed Services added volume with logistics and health-system clients, while Professional "
             "Placement hours declined as technology clients slowed contract hiring. Operating income was "
             "{mda.oim.2025:p1} of revenue, compared with {mda.oim.2024:p1} in 2024.")
    doc.section = "mda_mix"
    rows = [R(name, [f"seg.rev.{g}.2025", f"mix.{g}.2025", f"seg.rev.{g}.2024", f"mix.{g}.2024"],
              ["n0", "p1", "n0", "p1"], dollar=i == 0, indent=1) for i, (g, name) in enumerate(SEGS)]
    rows.append(R("Total", ["seg.rev.total.2025", "mix.total.2025", "seg.rev.total.2024", "mix.total.2024"],
                  ["n0", "p1", "n0", "p1"], kind="total", dollar=True))
    doc.table("Revenue by Segment", ["Amount", "% of total", "Amount", "% of total"], rows,
              groups=[("2025", 0, 2), ("2024", 2, 2)], unit=THOU, label_w=58)
    doc.section = "mda_seg"
    doc.heading("Segment results", 3, keep=90)
    doc.para("We evaluate segments on revenue and gross profit. Selling, general and administrative expenses and "
             "depreciation and amortization are managed centrally and are not allocated.")
    rows = []
    for i, (g, name) in enumerate(SEGS):
        rows.append(R(name, kind="head"))
        rows.append(R("Revenue", yrs(f"seg.rev.{g}"), indent=1, dollar=i == 0))
        rows.append(R("Gross profit", yrs(f"seg.gp.{g}"), indent=1))
        rows.append(R("Gross margin %", yrs(f"seg.gm.{g}"), "p1", indent=1))
    rows.append(R("Consolidated", kind="head"))
    rows.append(R("Revenue", yrs("seg.rev.total"), indent=1, kind="sub", dollar=True))
    rows.append(R("Gross profit", yrs("seg.gp.total"), indent=1, kind="sub", dollar=True))
    rows.append(R("Gross margin %", yrs("seg.gm.total"), "p1", indent=1, kind="sub"))
    doc.table("Results by Segment", YCOLS, rows, groups=YEAR_HEAD, unit=THOU, label_w=70, keep=True)
    doc.section = "kpi"
    doc.heading("Key operating metrics", 3, keep=70)
    rows = []
    for g in bd.HOURLY:
        rows.append(R(bd.SEGMENTS[g], kind="head"))
        rows.append(R("Billable hours (in thousands)(1)", yrs(f"kpi.hours.{g}"), indent=1))
        rows.append(R("Average bill rate per hour(2)", yrs(f"kpi.rate.{g}"), "n2", indent=1, dollar=True))
    rows.append(R("Total billable hours (in thousands)", yrs("kpi.hours.total"), kind="total"))
    doc.table("Key Performance Indicators", YCOLS, rows, groups=YEAR_HEAD, label_w=70, notes=[
        "(1) Hours worked by associates and contractors on assignment and invoiced to clients; excludes Managed "
        "Services, which bills by program.",
        "(2) Segment revenue divided by billable hours, including conversion and direct-hire fees."])
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("Our primary needs for cash are payroll for associates, which we fund weekly before we invoice clients, "
             "capital expenditures for our recruiting platforms, dividends and share repurchases. Free cash flow, "
             "which we define as net cash provided by operating activities less capital expenditures, was "
             "{fcf.2025:d0} thousand in 2025 compared with {fcf.2024:d0} thousand in 2024. At December 31, 2025 we "
             "had {rcf.avail:d0} thousand of unused capacity under our revolving credit facility.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=40)
    doc.anchor("is")
    rows = [
        R("Revenue", yrs("is.rev"), dollar=True),
        R("Cost of services", yrs("is.cos")),
        R("Gross profit", yrs("is.gp"), kind="sub"),
        R("Selling, general and administrative expenses", yrs("is.sga")),
        R("Depreciation and amortization", yrs("is.da")),
        R("Operating income", yrs("is.oi"), kind="sub"),
        R("Interest expense, net", yrs("is.int")),
        R("Earnings before income taxes", yrs("is.pretax"), kind="sub"),
        R("Provision for income taxes", yrs("is.tax")),
        R("Net earnings", yrs("is.ni"), kind="total", dollar=True),
        R("Earnings per share:", kind="head"),
        R("Basic", yrs("is.eps_b"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_d"), "n2", indent=1, dollar=True),
        R("Weighted average shares outstanding (in thousands):", kind="head"),
        R("Basic", yrs("is.sh_b"), indent=1),
        R("Diluted", yrs("is.sh_d"), indent=1),
        R("Cash dividends declared per share", yrs("is.dps"), "n2", dollar=True),
    ]
    doc.table("Consolidated Statements of Earnings", YCOLS, rows, groups=YEAR_HEAD, unit=THOU_PS, label_w=84,
              keep=True)
    doc.section = "BS"
    doc.anchor("bs")
    d = bd.DATES
    rows = [
        R("ASSETS", kind="head"),
        R("Cash and cash equivalents", yrs("bs.cash", d), indent=1, dollar=True),
        R("Accounts receivable, net of allowance for credit losses", yrs("bs.ar", d), indent=1),
        R("Prepaid expenses and other current assets", yrs("bs.prepaid", d), indent=1),
        R("Total current assets", yrs("bs.ca", d), kind="sub"),
        R("Property and equipment, net", yrs("bs.ppe", d), indent=1),
        R("Operating lease right-of-use assets", yrs("bs.rou", d), indent=1),
        R("Goodwill", yrs("bs.gw", d), indent=1),
        R("Intangible assets, net", yrs("bs.intang", d), indent=1),
        R("Other assets", yrs("bs.other_a", d), indent=1),
        R("Total assets", yrs("bs.assets", d), kind="total", dollar=True),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", kind="head"),
        R("Accounts payable", yrs("bs.ap", d), indent=1, dollar=True),
        R("Accrued payroll and related benefits", yrs("bs.payroll", d), indent=1),
        R("Current operating lease liabilities", yrs("bs.lease_cur", d), indent=1),
        R("Other current liabilities", yrs("bs.other_cl", d), indent=1),
        R("Total current liabilities", yrs("bs.cl", d), kind="sub"),
        R("Revolving credit facility", yrs("bs.revolver", d), indent=1),
        R("Noncurrent operating lease liabilities", yrs("bs.lease_nc", d), indent=1),
        R("Other long-term liabilities", yrs("bs.other_l", d), indent=1),
        R("Total liabilities", yrs("bs.liab", d), kind="sub"),
        R("Stockholders' equity:", kind="head"),
        R("Common stock, $0.01 par value", yrs("bs.cs", d), indent=1),
        R("Additional paid-in capital", yrs("bs.apic", d), indent=1),
        R("Retained earnings", yrs("bs.re", d), indent=1),
        R("Treasury stock, at cost", yrs("bs.treasury", d), indent=1),
        R("Total stockholders' equity", yrs("bs.equity", d), kind="sub"),
        R("Total liabilities and stockholders' equity", yrs("bs.le", d), kind="total", dollar=True),
    ]
    doc.new_page()
    doc.table("Consolidated Balance Sheets", BS_COLS, rows, unit=THOU, label_w=96, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Cash flows from operating activities:", kind="head"),
        R("Net earnings", yrs("cf.ni"), indent=1, dollar=True),
        R("Adjustments to reconcile net earnings to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", yrs("cf.da"), indent=2),
        R("Provision for credit losses", yrs("cf.prov"), indent=2),
        R("Stock-based compensation", yrs("cf.sbc"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", yrs("cf.ar"), indent=2),
        R("Prepaid expenses and other current assets", yrs("cf.prepaid"), indent=2),
        R("Accounts payable", yrs("cf.ap"), indent=2),
        R("Accrued payroll and related benefits", yrs("cf.payroll"), indent=2),
        R("Other liabilities and assets, net", yrs("cf.other_cl"), indent=2),
        R("Operating lease assets and liabilities, net", yrs("cf.lease"), indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), kind="sub"),
        R("", [], kind="break"),
        R("Cash flows from investing activities:", kind="head"),
        R("Capital expenditures", yrs("cf.capex"), indent=1),
        R("Acquisition of business, net of cash acquired", yrs("cf.acq"), indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), kind="sub"),
        R("Cash flows from financing activities:", kind="head"),
        R("Borrowings under revolving credit facility", yrs("cf.borrow"), indent=1),
        R("Repayments under revolving credit facility", yrs("cf.repay"), indent=1),
        R("Cash dividends paid", yrs("cf.div"), indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), indent=1),
        R("Taxes paid on net share settlement of equity awards", yrs("cf.taxw"), indent=1),
        R("Net cash used in financing activities", yrs("cf.cff"), kind="sub"),
        R("Net change in cash and cash equivalents", yrs("cf.change"), kind="sub"),
        R("Cash and cash equivalents at beginning of year", yrs("cf.begin")),
        R("Cash and cash equivalents at end of year", yrs("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", YCOLS, rows, groups=YEAR_HEAD, unit=THOU, label_w=96)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes", keep=50)
    doc.heading("Note 1. Summary of significant accounting policies", 3, keep=30)
    doc.para("We recognize staffing revenue as associates perform services, at the hourly bill rate agreed with the "
             "client, and act as principal because we direct and pay the associates. Placement fees are recognized "
             "when the candidate starts work. Managed Services fees are recognized over the program term.")
    doc.section = "note_alw"
    doc.heading("Note 2. Allowance for credit losses", 3, keep=60)
    doc.para("We estimate expected credit losses on receivables from historical loss rates by aging band, adjusted "
             "for current conditions in the industries of our clients.")
    rows = [
        R("Balance at beginning of year", yrs("alw.begin"), dollar=True),
        R("Provision for credit losses", yrs("alw.prov"), indent=1),
        R("Write-offs", yrs("alw.wo"), indent=1),
        R("Recoveries of amounts previously written off", yrs("alw.rec"), indent=1),
        R("Balance at end of year", yrs("alw.end"), kind="total", dollar=True),
    ]
    doc.table("Allowance for Credit Losses", YCOLS, rows, groups=YEAR_HEAD, unit=THOU, label_w=84)
    doc.section = "note_lease"
    doc.heading("Note 3. Leases", 3, keep=80)
    doc.para("We lease offices and delivery centers under operating leases with remaining terms of up to eleven "
             "years. Operating lease cost was {lease.cost.2025:d0} thousand in 2025, {lease.cost.2024:d0} thousand "
             "in 2024 and {lease.cost.2023:d0} thousand in 2023. At December 31, 2025 the weighted-average remaining "
             "lease term was {lease.wal:n1} years and the weighted-average discount rate was {lease.rate:p1}.")
    rows = [R(label, [f"lease.{k}"], dollar=k == "y2026") for k, label in (
        ("y2026", "2026"), ("y2027", "2027"), ("y2028", "2028"), ("y2029", "2029"), ("y2030", "2030"),
        ("after", "Thereafter"))]
    rows += [
        R("Total", ["lease.undisc"], kind="sub"),
        R("Less: imputed interest", ["lease.interest"]),
        R("Present value of operating lease liabilities", ["lease.pv"], kind="total", dollar=True),
    ]
    doc.table("Maturities of Operating Lease Liabilities at December 31, 2025", ["Amount"], rows, unit=THOU,
              label_w=96, col_w=34)
    doc.section = "note_debt"
    doc.heading("Note 4. Revolving credit facility", 3, keep=40)
    doc.para("Our senior secured revolving credit facility provides up to {rcf.size:d0} thousand of borrowings, "
             "including a letter of credit sub-limit, and matures in September 2029. Borrowings bear interest at "
             "term SOFR plus a margin that depends on our leverage ratio; the weighted-average rate on borrowings "
             "outstanding at December 31, 2025 was {rcf.rate:p2}. Outstanding borrowings were {bs.revolver.2025:d0} "
             "thousand and standby letters of credit were {rcf.lc:d0} thousand, leaving {rcf.avail:d0} thousand "
             "available. We were in compliance with all covenants.")
    doc.section = "note_eq"
    doc.heading("Note 5. Stockholders' equity", 3, keep=30)
    doc.para("Dividends are declared quarterly at the discretion of the board. Repurchased shares are held in "
             "treasury. Quarterly dividend amounts appear in Item 5.")


def closing(doc: Doc) -> None:
    doc.section = "closing"
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=30)
    doc.para("Our chief executive officer and chief financial officer concluded that our disclosure controls and "
             "procedures were effective as of December 31, 2025, and management concluded that internal control "
             "over financial reporting was effective on that date. Our independent registered public accounting "
             "firm, Ostrander Kell LLP, issued an unqualified attestation report.")
    doc.heading("PART IV", 1, anchor="part4", keep=40)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 2, anchor="item15", keep=30)
    doc.para("3.1 Restated certificate of incorporation; 10.1 Amended and restated credit agreement; 21.1 "
             "Subsidiaries; 23.1 Consent of Ostrander Kell LLP; 31.1 and 31.2 certifications; 32.1 Section 1350 "
             "certification; 101 Inline XBRL documents.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized.")
    doc.para("BRINDLEMOOR TALENT PARTNERS, INC.\nFebruary 24, 2026\n/s/ Marisol T. Vandergriff, President and Chief "
             "Executive Officer\n/s/ Caspian R. Oyelaran, Executive Vice President and Chief Financial Officer",
             align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K 2025")
    doc.toc_labels = toc_labels
    doc.total_pages = total
    doc.add_page()
    cover(doc)
    front(doc)
    part1(doc)
    item5(doc)
    mda(doc)
    statements(doc)
    notes(doc)
    closing(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = bd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
