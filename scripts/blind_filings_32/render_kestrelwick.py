"""Render the Kestrelwick Software, Inc. Form 10-Q for the quarter ended September 30, 2026.

House style: DejaVu Serif text with Liberation Sans tables in the "shade" mode (no row rules, rules under the
spanning heads and the head block, italic subtotals and bold totals on a pale band), no "$" in tables, negatives
with a leading minus sign, an en dash for zero, centred titles in mixed case, the scale line ("$ in thousands")
set in the stub corner of the head block, column heads in small capitals, level-one headings in capitals between
a heavy rule and a hairline, a contents page with a hairline under each entry, " \u2014 continued" after
carried-over titles and page numbers at the right of the footer counted from the cover. The statement of
operations carries three-month and nine-month column pairs under two spanning heads; the revenue-by-type table
stacks the three-month and nine-month blocks vertically with percent-of-total cells beside the amounts.
"""

from __future__ import annotations

from decimal import Decimal

import kestrelwick_data as kd
from pdf_layout import EN_DASH, Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n0", **kw: object) -> Row:
    """A table row whose amounts default to whole numbers ($ thousands)."""
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Kestrelwick Software, Inc."
DOC_NAME = "KESTRELWICK_2026Q3_10Q"
INDIGO = (46, 52, 120)
THOU = "$ in thousands"
THOU_PS = "$ in thousands, except per share amounts"
PER_HEAD = [("Three Months Ended\nSeptember 30,", 0, 2), ("Nine Months Ended\nSeptember 30,", 2, 2)]
PCOLS = ["2026", "2025", "2026", "2025"]
NINE_HEAD = [("Nine Months Ended September 30,", 0, 2)]
NCOLS = ["2026", "2025"]
BS_COLS = ["September 30,\n2026", "December 31,\n2025"]


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSerif", "I", 6.6)
    doc.set_text_color(90, 90, 110)
    doc.set_xy(doc.l_margin, 8.6)
    doc.cell(doc.width, 4, "Kestrelwick Software, Inc.", align="L")
    doc.set_xy(doc.l_margin, 8.6)
    doc.cell(doc.width, 4, "Form 10-Q for the quarter ended September 30, 2026", align="R")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_draw_color(*INDIGO)
    doc.set_line_width(0.2)
    doc.line(doc.l_margin, doc.h - 13.6, doc.l_margin + doc.width, doc.h - 13.6)
    doc.set_font("DejaVuSerif", "B", 7.4)
    doc.set_text_color(*INDIGO)
    doc.set_xy(doc.l_margin, doc.h - 12.6)
    doc.cell(doc.width, 4, label, align="R")


STYLE = Style(
    body_family="DejaVuSerif",
    body_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf", "I": "dejavu/DejaVuSerif-Italic.ttf",
                "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    table_family="LiberationSans",
    table_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                 "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    body_size=8.2,
    table_size=7.4,
    table_mode="shade",
    negative="minus",
    dollar="none",
    zero=EN_DASH,
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" \u2014 continued",
    title_align="C",
    unit_align="C",
    title_upper=False,
    head_align="C",
    head_style="B",
    toc_style="rule",
    heading_kind="ruled",
    heading_upper=True,
    unit_italic=True,
    title_size_add=1.0,
    accent=INDIGO,
    tint=(230, 232, 245),
    hairline=(190, 194, 220),
    margin_l=21, margin_r=21, margin_t=18, margin_b=20,
    unit_pos="stub",
    small_caps=True,
)

TOC = [
    ("PART I \u2014 FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements (Unaudited)", "item1", 1),
    ("Condensed Consolidated Statements of Operations", "is", 2),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II \u2014 OTHER INFORMATION", "part2", 0),
    ("Item 1A. Risk Factors", "p2item1a", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str, periods: tuple[str, ...] = kd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def nine(prefix: str) -> list[str]:
    return [f"{prefix}.n26", f"{prefix}.n25"]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in kd.DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 5, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 20)
    doc.set_text_color(*INDIGO)
    doc.cell(doc.width, 10, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(2)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.6,
             align="C", gap=0.6)
    doc.para("For the quarterly period ended September 30, 2026", style="B", size=8.8, align="C")
    doc.para("OR\n[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C")
    doc.para("Commission File Number: 001-41552", size=7.6, align="C")
    doc.ln(3)
    doc.body("B", 15)
    doc.cell(doc.width, 8, COMPANY.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.6)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State or other jurisdiction of incorporation or organization", ["=Delmarre"]),
        R("I.R.S. Employer Identification No.", ["=83-2716049"]),
        R("Address of principal executive offices", ["=88 Larkspur Wharf, Suite 1400, Penhallow, Delmarre 19862"]),
        R("Registrant's telephone number, including area code", ["=(302) 555-0186"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=70, size=7.2)
    rows = [R("Class A common stock, par value $0.001 per share", ["=KSTW", "=Nasdaq Global Select Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol(s)", "Exchange"], rows,
              label_w=70, size=7.2)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Emerging growth company [  ].", size=7.0)
    doc.para("As of October 23, 2026, the registrant had 68,741,209 shares of Class A common stock outstanding.",
             size=7.0)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*INDIGO)
    doc.cell(doc.width, 7, "Table of Contents", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Special note regarding forward-looking statements", 3, keep=30)
    doc.para("This report contains forward-looking statements about customer demand, renewals and expansion, "
             "remaining performance obligations, hiring, our investment in product development, non-GAAP "
             "profitability and free cash flow. These statements involve risks such as longer sales cycles, "
             "competition from larger platform vendors, security incidents and changes in cloud hosting costs. "
             "Actual results may differ materially.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("PART I \u2014 FINANCIAL INFORMATION", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Financial Statements (Unaudited)", 2, anchor="item1", keep=30)
    doc.anchor("is")
    rows = [
        R("Revenue:", kind="head"),
        R("Subscription", per("is.rev_sub"), indent=1),
        R("Professional services", per("is.rev_ps"), indent=1),
        R("Total revenue", per("is.rev"), kind="sub"),
        R("Cost of revenue:", kind="head"),
        R("Subscription(1)", per("is.cos_sub"), indent=1),
        R("Professional services(1)", per("is.cos_ps"), indent=1),
        R("Total cost of revenue", per("is.cos"), kind="sub"),
        R("Gross profit", per("is.gp"), kind="sub"),
        R("Operating expenses:", kind="head"),
        R("Research and development(1)", per("is.rd"), indent=1),
        R("Sales and marketing(1)", per("is.sm"), indent=1),
        R("General and administrative(1)", per("is.ga"), indent=1),
        R("Total operating expenses", per("is.opex"), kind="sub"),
        R("Income (loss) from operations", per("is.oi"), kind="sub"),
        R("Interest income", per("is.int"), indent=1),
        R("Other income (expense), net", per("is.oth"), indent=1),
        R("Income (loss) before provision for income taxes", per("is.pretax"), kind="sub"),
        R("Provision for income taxes", per("is.tax"), indent=1),
        R("Net income (loss)", per("is.ni"), kind="total"),
        R("Net income (loss) per share:", kind="head"),
        R("Basic", per("is.eps_b"), "n2", indent=1),
        R("Diluted", per("is.eps_d"), "n2", indent=1),
        R("Weighted-average shares used in computing net income (loss) per share:", kind="head"),
        R("Basic", per("is.sh_b"), indent=1),
        R("Diluted", per("is.sh_d"), indent=1),
    ]
    doc.table("Condensed Consolidated Statements of Operations", PCOLS, rows, groups=PER_HEAD, unit=THOU_PS,
              label_w=78, keep=True, notes=["(1) Includes stock-based compensation expense; see Note 5."])
    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    rows = [
        R("Assets", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", dates("bs.cash"), indent=2),
        R("Marketable securities", dates("bs.mkt"), indent=2),
        R("Accounts receivable, net of allowance", dates("bs.ar"), indent=2),
        R("Deferred commissions, current", dates("bs.comm_cur"), indent=2),
        R("Prepaid expenses and other current assets", dates("bs.prepaid"), indent=2),
        R("Total current assets", dates("bs.ca"), kind="sub"),
        R("Property and equipment, net", dates("bs.ppe"), indent=1),
        R("Operating lease right-of-use assets", dates("bs.rou"), indent=1),
        R("Deferred commissions, noncurrent", dates("bs.comm_nc"), indent=1),
        R("Goodwill", dates("bs.gw"), indent=1),
        R("Intangible assets, net", dates("bs.intang"), indent=1),
        R("Other assets", dates("bs.other_a"), indent=1),
        R("Total assets", dates("bs.assets"), kind="total"),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable", dates("bs.ap"), indent=2),
        R("Accrued compensation", dates("bs.comp"), indent=2),
        R("Accrued expenses and other current liabilities", dates("bs.accrued"), indent=2),
        R("Deferred revenue, current", dates("bs.defrev_cur"), indent=2),
        R("Operating lease liabilities, current", dates("bs.lease_cur"), indent=2),
        R("Total current liabilities", dates("bs.cl"), kind="sub"),
        R("Deferred revenue, noncurrent", dates("bs.defrev_nc"), indent=1),
        R("Operating lease liabilities, noncurrent", dates("bs.lease_nc"), indent=1),
        R("Other liabilities", dates("bs.other_l"), indent=1),
        R("Total liabilities", dates("bs.liab"), kind="sub"),
        R("Stockholders' equity:", kind="head", indent=1),
        R("Class A common stock", dates("bs.cs"), indent=2),
        R("Additional paid-in capital", dates("bs.apic"), indent=2),
        R("Accumulated other comprehensive loss", dates("bs.aoci"), indent=2),
        R("Accumulated deficit", dates("bs.deficit"), indent=2),
        R("Total stockholders' equity", dates("bs.equity"), kind="sub"),
        R("Total liabilities and stockholders' equity", dates("bs.le"), kind="total"),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit=THOU, label_w=100, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Cash flows from operating activities", kind="head"),
        R("Net income (loss)", nine("cf.ni"), indent=1),
        R("Adjustments to reconcile net income (loss) to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", nine("cf.da"), indent=2),
        R("Stock-based compensation expense", nine("cf.sbc"), indent=2),
        R("Amortization of deferred commissions", nine("cf.comm_am"), indent=2),
        R("Deferred income taxes", nine("cf.dtax"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", nine("cf.ar"), indent=2),
        R("Deferred commissions", nine("cf.comm_add"), indent=2),
        R("Prepaid expenses and other assets", nine("cf.prepaid"), indent=2),
        R("Accounts payable", nine("cf.ap"), indent=2),
        R("Accrued compensation, accrued expenses and other liabilities", nine("cf.accrued"), indent=2),
        R("Deferred revenue", nine("cf.defrev"), indent=2),
        R("Net cash provided by operating activities", nine("cf.cfo"), kind="sub"),
        R("", [], kind="break"),
        R("Cash flows from investing activities", kind="head"),
        R("Purchases of property and equipment", nine("cf.capex"), indent=1),
        R("Capitalized internal-use software", nine("cf.capsw"), indent=1),
        R("Purchases of marketable securities", nine("cf.buy"), indent=1),
        R("Maturities of marketable securities", nine("cf.mature"), indent=1),
        R("Net cash used in investing activities", nine("cf.cfi"), kind="sub"),
        R("Cash flows from financing activities", kind="head"),
        R("Proceeds from exercise of stock options", nine("cf.options"), indent=1),
        R("Proceeds from employee stock purchase plan", nine("cf.espp"), indent=1),
        R("Taxes paid related to net share settlement of equity awards", nine("cf.taxw"), indent=1),
        R("Net cash provided by (used in) financing activities", nine("cf.cff"), kind="sub"),
        R("Net increase in cash and cash equivalents", nine("cf.change"), kind="sub"),
        R("Cash and cash equivalents \u2014 beginning of period", nine("cf.begin")),
        R("Cash and cash equivalents \u2014 end of period", nine("cf.end"), kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", NCOLS, rows, groups=NINE_HEAD, unit=THOU,
              label_w=104)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 2, anchor="notes", keep=50)
    doc.heading("1. Organization and basis of presentation", 3, keep=30)
    doc.para("Kestrelwick Software, Inc. provides a cloud platform that field-service and facilities organizations "
             "use to schedule technicians, manage work orders and track equipment. These unaudited interim "
             "statements should be read together with the audited statements in our Annual Report on Form 10-K for "
             "2025. Results for the interim periods are not necessarily indicative of the full year.")
    doc.section = "note_rpo"
    doc.heading("2. Remaining performance obligations", 3, keep=60)
    doc.para("Remaining performance obligations represent contracted revenue that has not yet been recognized, "
             "including deferred revenue and non-cancelable amounts to be invoiced in future periods.")
    rows = [
        R("Expected to be recognized within 12 months", dates("rpo.cur")),
        R("Expected to be recognized thereafter", dates("rpo.nc")),
        R("Remaining performance obligations", dates("rpo.total"), kind="total"),
    ]
    doc.table("Remaining Performance Obligations", BS_COLS, rows, unit=THOU, label_w=100)
    doc.section = "note_dr"
    doc.heading("3. Deferred revenue", 3, keep=60)
    doc.para("We generally invoice customers annually in advance. Changes in total deferred revenue (current and "
             "noncurrent) were as follows:")
    rows = [
        R("Balance, beginning of period", ["dr.begin.q26", "dr.begin.n26"]),
        R("Billings", ["dr.bill.q26", "dr.bill.n26"]),
        R("Revenue recognized", ["dr.rec.q26", "dr.rec.n26"]),
        R("Balance, end of period", ["dr.end.q26", "dr.end.n26"], kind="total"),
    ]
    doc.table("Deferred Revenue Activity", ["Three Months Ended\nSept. 30, 2026", "Nine Months Ended\nSept. 30, 2026"],
              rows, unit=THOU, label_w=100)
    doc.section = "note_sbc"
    doc.heading("4. Equity", 3, keep=30)
    doc.para("In August 2026 our board authorized the repurchase of up to ${rep.auth:n0} thousand of Class A common "
             "stock. No shares had been repurchased under the authorization as of September 30, 2026.")
    doc.heading("5. Stock-based compensation", 3, keep=70)
    rows = [
        R("Cost of revenue \u2014 subscription", per("sbc.cos_sub")),
        R("Cost of revenue \u2014 professional services", per("sbc.cos_ps")),
        R("Research and development", per("sbc.rd")),
        R("Sales and marketing", per("sbc.sm")),
        R("General and administrative", per("sbc.ga")),
        R("Total stock-based compensation expense", per("sbc.total"), kind="total"),
    ]
    doc.table("Stock-Based Compensation Expense by Line Item", PCOLS, rows, groups=PER_HEAD, unit=THOU, label_w=78)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item2", keep=60)
    doc.para("Total revenue grew {chg.rev.q26:p1} year over year in the third quarter and {chg.rev.n26:p1} in the "
             "first nine months of 2026. Subscription revenue grew {chg.sub.q26:p1} in the quarter as customers "
             "added technician seats and the asset-monitoring module. Professional services revenue declined as "
             "more implementations were delivered by partners. We employed {ops.employees:n0} people at September "
             "30, 2026.")
    doc.section = "mda_km"
    doc.heading("Key business metrics", 3, keep=60)
    rows = [
        R("Customers with annual recurring revenue of $100,000 or more(a)", ["km.big.sep26", "km.big.sep25"]),
        R("Total customers", ["km.cust.sep26", "km.cust.sep25"]),
        R("Annual recurring revenue ($ in thousands)(a)", ["km.arr.sep26", "km.arr.sep25"]),
        R("Dollar-based net revenue retention rate(b)", ["km.nrr.sep26", "km.nrr.sep25"], "p0"),
    ]
    doc.table("Key Business Metrics", ["September 30,\n2026", "September 30,\n2025"], rows, label_w=100,
              stub="As of", notes=[
                  "(a) Annual recurring revenue (ARR) is the annualized value of subscription contracts in effect at "
                  "the end of the period.",
                  "(b) ARR at period end from customers who were customers twelve months earlier, divided by their "
                  "ARR twelve months earlier."])
    doc.section = "mda_rev"
    doc.heading("Revenue by type", 3, keep=70)
    rows = []
    for block, (cur, prev) in (("Three months ended September 30", ("q26", "q25")),
                               ("Nine months ended September 30", ("n26", "n25"))):
        rows.append(R(block, kind="head"))
        rows.append(R("Subscription", [f"rt.sub.{cur}", f"rt.subpct.{cur}", f"rt.sub.{prev}", f"rt.subpct.{prev}"],
                      ["n0", "p1", "n0", "p1"], indent=1))
        rows.append(R("Professional services", [f"rt.ps.{cur}", f"rt.pspct.{cur}", f"rt.ps.{prev}",
                                                f"rt.pspct.{prev}"], ["n0", "p1", "n0", "p1"], indent=1))
        rows.append(R("Total", [f"rt.total.{cur}", f"rt.totpct.{cur}", f"rt.total.{prev}", f"rt.totpct.{prev}"],
                      ["n0", "p1", "n0", "p1"], kind="total"))
    doc.table("Revenue by Type", ["Amount", "% of revenue", "Amount", "% of revenue"], rows,
              groups=[("2026", 0, 2), ("2025", 2, 2)], unit=THOU, label_w=70)
    doc.section = "mda_ng"
    doc.heading("Non-GAAP financial measures", 3, keep=90)
    doc.para("We supplement our GAAP results with non-GAAP operating income, which excludes stock-based "
             "compensation, amortization of acquired intangible assets and restructuring charges, and free cash "
             "flow, which is net cash provided by operating activities less purchases of property and equipment "
             "and capitalized internal-use software. These measures are not substitutes for GAAP measures.")
    rows = [
        R("GAAP income (loss) from operations", per("ng.oi")),
        R("Add: stock-based compensation expense", per("ng.sbc"), indent=1),
        R("Add: amortization of acquired intangible assets", per("ng.amort"), indent=1),
        R("Add: restructuring charges", per("ng.restr"), indent=1),
        R("Non-GAAP income from operations", per("ng.ngoi"), kind="sub"),
        R("Non-GAAP operating margin", per("ng.margin"), "p1", indent=1),
        R("", [], kind="blank"),
        R("Net cash provided by operating activities", per("fcf.cfo")),
        R("Less: purchases of property and equipment", per("fcf.capex"), indent=1),
        R("Less: capitalized internal-use software", per("fcf.capsw"), indent=1),
        R("Free cash flow", per("fcf.fcf"), kind="total"),
        R("Free cash flow margin", per("fcf.margin"), "p1", indent=1),
    ]
    doc.table("Reconciliation of GAAP to Non-GAAP Measures", PCOLS, rows, groups=PER_HEAD, unit=THOU, label_w=78,
              keep=True)
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("At September 30, 2026 we held cash and cash equivalents of {bs.cash.sep26:d0} thousand and marketable "
             "securities of {bs.mkt.sep26:d0} thousand. We have no outstanding debt. Remaining performance "
             "obligations were {rpo.total.sep26:d0} thousand, of which approximately {rpo.curpct.sep26:p1} is "
             "expected to be recognized as revenue over the next twelve months.")
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item3", keep=30)
    doc.para("Our exposure to market risk relates mainly to interest rates on our investment portfolio and to "
             "foreign currency on expenses of our development centers. A hypothetical 100 basis point change in "
             "interest rates would not have had a material effect on the fair value of our portfolio.")
    doc.heading("Item 4. Controls and Procedures", 2, anchor="item4", keep=30)
    doc.para("Our principal executive officer and principal financial officer concluded that our disclosure "
             "controls and procedures were effective as of September 30, 2026. There was no change in internal "
             "control over financial reporting during the quarter that materially affected it.")
    doc.section = "part2"
    doc.heading("PART II \u2014 OTHER INFORMATION", 1, anchor="part2", keep=50)
    doc.heading("Item 1A. Risk Factors", 2, anchor="p2item1a", keep=30)
    doc.para("There have been no material changes to the risk factors disclosed in our Annual Report on Form 10-K "
             "for the year ended December 31, 2025.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("10.1 Amended and restated employee stock purchase plan; 31.1 and 31.2 Rule 13a-14(a) certifications; "
             "32.1 Section 1350 certifications; 101 Inline XBRL documents; 104 cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused "
             "this report to be signed on its behalf by the undersigned thereunto duly authorized.")
    doc.para("KESTRELWICK SOFTWARE, INC.\nNovember 4, 2026\n/s/ Priyanka R. Vandermolen, Chief Executive Officer\n"
             "/s/ Oluwaseun T. Harcastle, Chief Financial Officer", align="L")


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
    return doc


def build() -> tuple[bytes, Doc]:
    values = kd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
