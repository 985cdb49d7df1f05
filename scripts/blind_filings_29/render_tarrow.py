"""Render the Tarrow Ridge Steel Corporation Form 10-Q for the quarter ended September 30, 2026.

House style: DejaVu Sans text with Liberation Mono tables in the "ledger" mode (the block of column heads reversed
out of a slate band in white bold, a hairline under every data row, a single rule over subtotal figures and a double
rule under totals), centred table titles in capitals with an upright scale line set flush right ("(Dollars in
thousands, except per share amounts)"), a "$" attached to the figures of first and total rows, negatives in
parentheses, "-0-" for zero, level-one headings in capitals between a heavy slate rule and a hairline, a contents page
with period leaders, " \u2014 Continued" after carried-over titles and the page number centred between hyphens in the
footer, counted from the cover (which carries no number).
"""

from __future__ import annotations

from decimal import Decimal

import tarrow_data as td
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Tarrow Ridge Steel Corporation"
DOC_NAME = "TARROW_2026Q3_10Q"
SLATE = (38, 58, 84)
THOU = "(Dollars in thousands; unaudited)"
THOU_PS = "(Dollars in thousands, except per share amounts; unaudited)"
GROUPS4 = [("Three Months Ended\nSeptember 30", 0, 2), ("Nine Months Ended\nSeptember 30", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
BS_COLS = ["September 30,\n2026", "December 31,\n2025"]
DATES = list(td.DATES)
SEGS = list(td.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSans", "B", 6.6)
    doc.set_text_color(*SLATE)
    doc.set_xy(doc.l_margin, 8.8)
    doc.cell(doc.width / 2, 4, "TARROW RIDGE STEEL CORPORATION")
    doc.set_font("DejaVuSans", "", 6.6)
    doc.cell(doc.width / 2, 4, "Quarterly Report on Form 10-Q", align="R")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("DejaVuSans", "", 7.6)
    doc.set_text_color(60, 60, 60)
    doc.set_xy(doc.l_margin, doc.h - 12.6)
    doc.cell(doc.width, 4, f"- {label} -", align="C")


STYLE = Style(
    body_family="DejaVuSans",
    body_files={"": "dejavu/DejaVuSans.ttf", "B": "dejavu/DejaVuSans-Bold.ttf", "I": "dejavu/DejaVuSans-Oblique.ttf",
                "BI": "dejavu/DejaVuSans-BoldOblique.ttf"},
    table_family="LiberationMono",
    table_files={"": "liberation/LiberationMono-Regular.ttf", "B": "liberation/LiberationMono-Bold.ttf",
                 "I": "liberation/LiberationMono-Italic.ttf", "BI": "liberation/LiberationMono-BoldItalic.ttf"},
    body_size=7.9,
    table_size=6.6,
    table_mode="ledger",
    negative="paren",
    dollar="attached",
    zero="-0-",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" \u2014 Continued",
    title_align="C",
    unit_align="R",
    title_upper=True,
    head_align="C",
    head_style="B",
    toc_style="dots",
    heading_kind="ruled",
    heading_upper=True,
    unit_italic=False,
    title_size_add=0.6,
    accent=SLATE,
    tint=(234, 238, 243),
    hairline=(196, 202, 210),
    margin_l=18, margin_r=18, margin_t=16, margin_b=18,
    unit_pos="line",
    small_caps=False,
    head_fill=SLATE,
)

TOC = [
    ("PART I. FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements (unaudited)", "item1", 1),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Operations", "is", 2),
    ("Condensed Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Condensed Consolidated Statements of Changes in Equity", "eq", 2),
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


def per(prefix: str, periods: tuple[str, ...] = td.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "WASHINGTON, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    doc.set_draw_color(*SLATE)
    doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.get_y(), 1.2)
    doc.ln(2)
    doc.body("B", 18)
    doc.set_text_color(*SLATE)
    doc.cell(doc.width, 10, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.get_y() + 1, 0.2)
    doc.ln(5)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C", gap=0.6)
    doc.para("For the quarterly period ended September 30, 2026", style="B", size=8.4, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C")
    doc.para("Commission File Number: 1-14862", size=7.6, align="C")
    doc.ln(2)
    doc.body("B", 16)
    doc.cell(doc.width, 8, "TARROW RIDGE STEEL CORPORATION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 7.4)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Ostervale"]),
        R("IRS Employer Identification Number", ["=52-1760438"]),
        R("Principal executive offices", ["=4400 Kettering Furnace Road, Halbrook, Ostervale 46319"]),
        R("Telephone", ["=(219) 555-0172"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=62, size=6.8)
    rows = [R("Common Stock, $0.01 par value", ["=TRSC", "=The Nasdaq Stock Market LLC"])]
    doc.table("Securities registered pursuant to Section 12(b)", ["Symbol", "Exchange"], rows, label_w=62, size=6.8)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=7.4)
    doc.para("As of October 23, 2026, there were 58,107,214 shares of the registrant's common stock outstanding.",
             size=7.4)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 10.5)
    doc.set_text_color(*SLATE)
    doc.cell(doc.width, 7, "INDEX", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Forward-Looking Information", 2, keep=30)
    doc.para("This report includes forward-looking statements about steel demand, selling prices, raw material and "
             "energy costs, mill utilization, capital projects, capital returns and liquidity. Actual results may "
             "differ materially because of, among other things, imports and trade remedies, the price of scrap and "
             "pig iron, electricity and natural gas costs, customer inventory cycles in construction, automotive "
             "and energy markets, labor matters and unplanned outages. We undertake no obligation to update them.")
    doc.para("Terms used: tons are short tons and are stated in thousands; average selling price is segment net "
             "sales to external customers divided by tons shipped; metal spread is average selling price less the "
             "average cost of scrap and pig iron charged per ton.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "BS"
    doc.heading("Part I. Financial Information", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Financial Statements", 2, anchor="item1", keep=30)
    doc.anchor("bs")
    rows = [
        R("ASSETS", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", dates("bs.cash"), indent=2, dollar=True),
        R("Short-term investments", dates("bs.sti"), indent=2),
        R("Accounts receivable, net of allowances", dates("bs.ar"), indent=2),
        R("Inventories", dates("bs.inv"), indent=2),
        R("Prepaid expenses and other current assets", dates("bs.prepaid"), indent=2),
        R("Total current assets", dates("bs.ca"), kind="sub", indent=1),
        R("Property, plant and equipment, net", dates("bs.ppe"), indent=1),
        R("Operating lease right-of-use assets", dates("bs.rou"), indent=1),
        R("Goodwill", dates("bs.gw"), indent=1),
        R("Intangible assets, net", dates("bs.intang"), indent=1),
        R("Other assets", dates("bs.other_a"), indent=1),
        R("Total assets", dates("bs.assets"), kind="total", dollar=True),
        R("LIABILITIES AND EQUITY", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable", dates("bs.ap"), indent=2, dollar=True),
        R("Accrued wages, benefits and related taxes", dates("bs.accrued"), indent=2),
        R("Income taxes payable", dates("bs.taxes"), indent=2),
        R("Current maturities of long-term debt", dates("bs.debt_cur"), indent=2),
        R("Current operating lease liabilities", dates("bs.lease_cur"), indent=2),
        R("Other current liabilities", dates("bs.other_cl"), indent=2),
        R("Total current liabilities", dates("bs.cl"), kind="sub", indent=1),
        R("Long-term debt, less current maturities", dates("bs.debt_lt"), indent=1),
        R("Deferred income taxes", dates("bs.dtl"), indent=1),
        R("Noncurrent operating lease liabilities", dates("bs.lease_lt"), indent=1),
        R("Other noncurrent liabilities", dates("bs.other_l"), indent=1),
        R("Total liabilities", dates("bs.liab"), kind="sub"),
        R("Commitments and contingencies (Note 11)", kind="head", indent=1),
        R("Equity:", kind="head"),
        R("Common stock, $0.01 par value", dates("bs.cs"), indent=1),
        R("Additional paid-in capital", dates("bs.apic"), indent=1),
        R("Retained earnings", dates("bs.re"), indent=1),
        R("Accumulated other comprehensive loss", dates("bs.aoci"), indent=1),
        R("Treasury stock, at cost", dates("bs.treasury"), indent=1),
        R("Total Tarrow Ridge Steel Corporation stockholders' equity", dates("bs.parent"), kind="sub", indent=1),
        R("Noncontrolling interests", dates("bs.nci"), indent=1),
        R("Total equity", dates("bs.equity"), kind="sub"),
        R("Total liabilities and equity", dates("bs.le"), kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit="(Dollars in thousands; September 30, "
              "2026 unaudited)", label_w=100, keep=True)

    doc.new_page()
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Net sales", per("is.rev"), dollar=True),
        R("Costs and expenses:", kind="head"),
        R("Cost of goods sold (exclusive of depreciation and amortization shown separately below)", per("is.cogs"),
          indent=1),
        R("Selling, general and administrative expenses", per("is.sga"), indent=1),
        R("Depreciation and amortization", per("is.da"), indent=1),
        R("Total costs and expenses", per("is.costs"), kind="sub"),
        R("Operating income", per("is.oi"), kind="sub"),
        R("Interest expense", per("is.int_exp")),
        R("Interest income", per("is.int_inc")),
        R("Other income (expense), net", per("is.other")),
        R("Income before income taxes", per("is.pretax"), kind="sub"),
        R("Income tax provision", per("is.tax")),
        R("Net income", per("is.ni"), kind="sub"),
        R("Less: net income attributable to noncontrolling interests", per("is.nci")),
        R("Net income attributable to Tarrow Ridge Steel Corporation", per("is.nia"), kind="total", dollar=True),
        R("Earnings per share attributable to Tarrow Ridge stockholders:", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average common shares outstanding (in thousands):", kind="head"),
        R("Basic", per("is.shares_basic"), indent=1),
        R("Diluted", per("is.shares_diluted"), indent=1),
        R("Cash dividends declared per common share", per("is.dps"), "n2", dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Operations", COLS4, rows, groups=GROUPS4, unit=THOU_PS,
              label_w=80, keep=True)
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", per("ci.ni"), dollar=True),
        R("Other comprehensive income (loss): foreign currency translation adjustments", per("ci.oci")),
        R("Comprehensive income", per("ci.total"), kind="sub"),
        R("Less: comprehensive income attributable to noncontrolling interests", per("ci.nci")),
        R("Comprehensive income attributable to Tarrow Ridge Steel Corporation", per("ci.attrib"), kind="total",
          dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Comprehensive Income", COLS4, rows, groups=GROUPS4, unit=THOU,
              label_w=80)

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    comps = ("cs", "apic", "re", "aoci", "treasury", "nci", "total")
    rows = []
    blocks = (("Three months ended September 30, 2026", "jun26", "q3_26", "sep26", "June 30, 2026",
               "September 30, 2026"),
              ("Nine months ended September 30, 2026", "dec25", "ytd_26", "sep26", "December 31, 2025",
               "September 30, 2026"),
              ("Three months ended September 30, 2025", "jun25", "q3_25", "sep25", "June 30, 2025",
               "September 30, 2025"),
              ("Nine months ended September 30, 2025", "dec24", "ytd_25", "sep25", "December 31, 2024",
               "September 30, 2025"))
    for n, (name, first, p, last, first_name, last_name) in enumerate(blocks):
        if n == 2:
            rows.append(R("", [], kind="break"))
        rows += [
            R(name, kind="head"),
            R(f"Balance at {first_name}", [f"eq.{c}.{first}" for c in comps], indent=1, bold=True),
            R("Net income", [None, None, f"eq.ni.{p}", None, None, f"eq.nci_ni.{p}", f"is.ni.{p}"], indent=2),
            R("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{p}", None, None, f"eq.oci.{p}"],
              indent=2),
            R("Stock-based compensation", [None, f"eq.sbc.{p}", None, None, None, None, f"eq.sbc.{p}"], indent=2),
            R("Shares withheld for taxes on vested awards", [None, f"eq.withheld.{p}", None, None, None, None,
                                                             f"eq.withheld.{p}"], indent=2),
            R("Cash dividends declared", [None, None, f"eq.div.{p}", None, None, None, f"eq.div.{p}"], indent=2),
            R("Distributions to noncontrolling interests", [None, None, None, None, None, f"eq.nci_dist.{p}",
                                                            f"eq.nci_dist.{p}"], indent=2),
            R("Purchases of treasury stock", [None, None, None, None, f"eq.repo.{p}", None, f"eq.repo.{p}"],
              indent=2),
            R(f"Balance at {last_name}", [f"eq.{c}.{last}" for c in comps], kind="total", indent=1),
        ]
    doc.table("Condensed Consolidated Statements of Changes in Equity", ["Common\nStock", "Additional\nPaid-In\n"
              "Capital", "Retained\nEarnings", "Accumu-\nlated\nOther Com-\nprehensive\nLoss", "Treasury\nStock",
              "Noncon-\ntrolling\nInterests", "Total\nEquity"], rows,
              groups=[("Tarrow Ridge Steel Corporation Stockholders", 0, 5)], unit=THOU, label_w=47, keep=False,
              size=6.2)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    h = ("ytd_26", "ytd_25")
    rows = [
        R("Operating activities:", kind="head"),
        R("Net income", per("cf.ni", h), indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", per("cf.da", h), indent=2),
        R("Stock-based compensation", per("cf.sbc", h), indent=2),
        R("Deferred income taxes", per("cf.deferred", h), indent=2),
        R("Amortization of debt issuance costs", per("cf.debt_amort", h), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", per("cf.ar", h), indent=2),
        R("Inventories", per("cf.inv", h), indent=2),
        R("Prepaid expenses and other current assets", per("cf.prepaid", h), indent=2),
        R("Accounts payable", per("cf.ap", h), indent=2),
        R("Accrued wages, benefits and related taxes", per("cf.accrued", h), indent=2),
        R("Income taxes payable", per("cf.taxes", h), indent=2),
        R("Other current liabilities", per("cf.other_cl", h), indent=2),
        R("Other noncurrent assets and liabilities, including operating lease balances", per("cf.other", h),
          indent=2),
        R("Net cash provided by operating activities", per("cf.cfo", h), kind="sub"),
        R("Investing activities:", kind="head"),
        R("Capital expenditures", per("cf.capex", h), indent=1),
        R("Purchases of short-term investments", per("cf.sti_buy", h), indent=1),
        R("Maturities of short-term investments", per("cf.sti_mature", h), indent=1),
        R("Net cash used in investing activities", per("cf.cfi", h), kind="sub"),
        R("Financing activities:", kind="head"),
        R("Borrowings under revolving credit facility", per("cf.rcf_borrow", h), indent=1),
        R("Repayments under revolving credit facility", per("cf.rcf_repay", h), indent=1),
        R("Repayments of term loan", per("cf.tl_repay", h), indent=1),
        R("Cash dividends paid", per("cf.div", h), indent=1),
        R("Distributions to noncontrolling interests", per("cf.nci_dist", h), indent=1),
        R("Purchases of treasury stock", per("cf.repo", h), indent=1),
        R("Shares withheld for taxes on vested stock awards", per("cf.withheld", h), indent=1),
        R("Net cash used in financing activities", per("cf.cff", h), kind="sub"),
        R("Net increase in cash and cash equivalents", per("cf.change", h), kind="sub"),
        R("Cash and cash equivalents, beginning of period", per("cf.begin", h)),
        R("Cash and cash equivalents, end of period", per("cf.end", h), kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", ["2026", "2025"], rows,
              groups=[("Nine Months Ended September 30", 0, 2)], unit=THOU, label_w=110, keep=True,
              notes=["Supplemental disclosure: cash paid during the first nine months of 2026 for interest was "
                     "{cf.int_paid.ytd_26:d0} thousand and for income taxes {cf.tax_paid.ytd_26:d0} thousand."])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 2, anchor="notes", keep=50)
    doc.heading("Note 1. Basis of Presentation", 3)
    doc.para("Tarrow Ridge Steel Corporation makes flat-rolled and long steel products in electric arc furnace mills "
             "and operates scrap collection and processing yards that supply the mills and outside customers. A "
             "joint venture galvanizing line in which we hold a 70% interest is consolidated, and its partner's "
             "share is shown as noncontrolling interests. These unaudited statements follow U.S. GAAP for interim "
             "reporting and should be read with our Annual Report on Form 10-K for 2025; they include all normal "
             "recurring adjustments needed for a fair statement of the interim periods.")
    doc.section = "note_rev"
    doc.heading("Note 2. Revenue", 3, keep=60)
    doc.para("We recognize revenue when steel or scrap is shipped and title passes, net of volume rebates and "
             "returns. Net sales to external customers by product were:")
    rows = []
    for g, name in SEGS:
        rows.append(R(name, kind="head"))
        rows += [R(label, per(f"rev.{g}.{k}"), indent=1) for k, label in td.PRODUCTS[g].items()]
        rows.append(R(f"Total {name.lower()}", per(f"seg.ext.{g}"), kind="sub"))
    rows.append(R("Net sales", per("is.rev"), kind="total", dollar=True))
    doc.table("Net Sales by Product", COLS4, rows, groups=GROUPS4, unit=THOU, label_w=80)
    doc.section = "note_inv"
    doc.heading("Note 3. Inventories", 3, keep=50)
    doc.para("Inventories are stated at the lower of cost, determined on a first-in, first-out basis, and net "
             "realizable value.")
    rows = [
        R("Raw materials (scrap, pig iron and alloys)", dates("inv.raw"), dollar=True),
        R("Work in process (slabs, billets and coils in process)", dates("inv.wip")),
        R("Finished goods", dates("inv.fg")),
        R("Mill supplies and spare parts", dates("inv.supplies")),
        R("Total inventories", dates("inv.total"), kind="total", dollar=True),
    ]
    doc.table("Inventories", BS_COLS, rows, unit=THOU, label_w=100)
    doc.section = "note_ppe"
    doc.heading("Note 4. Property, Plant and Equipment", 3, keep=50)
    rows = [
        R("Land and land improvements", dates("ppe.land"), dollar=True),
        R("Buildings and improvements", dates("ppe.bldg")),
        R("Machinery and equipment, including melt shops, casters and rolling mills", dates("ppe.mach")),
        R("Construction in progress", dates("ppe.cip")),
        R("Property, plant and equipment, at cost", dates("ppe.gross"), kind="sub"),
        R("Less accumulated depreciation", dates("ppe.accum")),
        R("Property, plant and equipment, net", dates("ppe.net"), kind="total", dollar=True),
    ]
    doc.table("Property, Plant and Equipment", BS_COLS, rows, unit=THOU, label_w=100)
    doc.para("Depreciation of property, plant and equipment was {da.ppe.ytd_26:d0} thousand in the first nine months "
             "of 2026; the remainder of depreciation and amortization is amortization of intangible assets.")
    doc.section = "note_gw"
    doc.heading("Note 5. Goodwill and Intangible Assets", 3, keep=60)
    doc.para("Goodwill was unchanged in 2026 and is allocated {gw.fr:d0} thousand to Flat-Rolled Steel, {gw.lp:d0} "
             "thousand to Long Products and {gw.mr:d0} thousand to Metals Recycling. Trade names have indefinite "
             "lives and are not amortized.")
    lvl = [("September 30, 2026", 0, 3), ("December 31, 2025", 3, 3)]
    rows = []
    for k, label in (("cust", "Customer relationships"), ("tech", "Process technology and permits"),
                     ("trade", "Trade names (indefinite-lived)")):
        rows.append(R(label, [f"int.{c}.{k}.{d}" for d in DATES for c in ("gross", "accum", "net")]))
    rows.append(R("Total", [f"int.{c}.total.{d}" for d in DATES for c in ("gross", "accum", "net")], kind="total"))
    doc.table("Intangible Assets", ["Gross", "Accum.\nAmort.", "Net", "Gross", "Accum.\nAmort.", "Net"], rows,
              groups=lvl, unit=THOU, label_w=52)
    doc.section = "note_debt"
    doc.heading("Note 6. Debt", 3, keep=60)
    rows = [
        R("Term loan due 2030", dates("debt.tl"), dollar=True),
        R("5.500% senior notes due 2031", dates("debt.n31")),
        R("6.250% senior notes due 2034", dates("debt.n34")),
        R("Revolving credit facility due 2030", dates("debt.rcf")),
        R("Total principal", dates("debt.principal"), kind="sub"),
        R("Unamortized debt issuance costs", dates("debt.costs")),
        R("Total debt", dates("debt.total"), kind="sub"),
        R("Less current maturities", dates("debt.cur")),
        R("Long-term debt", dates("debt.lt"), kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", BS_COLS, rows, unit=THOU, label_w=100)
    doc.para("Scheduled principal payments at September 30, 2026 were as follows:")
    keys = ["r26", "y27", "y28", "y29", "y30", "after", "total"]
    doc.table(None, ["Rest of\n2026", "2027", "2028", "2029", "2030", "There-\nafter", "Total"],
              [R("Principal payments", [f"debt.mat.{k}" for k in keys], dollar=True)], unit=THOU, label_w=33)
    doc.section = "note_eps"
    doc.heading("Note 7. Earnings per Share", 3, keep=50)
    rows = [
        R("Net income attributable to Tarrow Ridge Steel Corporation", per("is.nia"), dollar=True),
        R("Weighted-average basic shares (thousands)", per("is.shares_basic")),
        R("Dilutive effect of restricted stock units (thousands)", per("eps.dilutive"), indent=1),
        R("Weighted-average diluted shares (thousands)", per("is.shares_diluted"), kind="sub"),
        R("Basic earnings per share", per("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", per("is.eps_diluted"), "n2", kind="total", dollar=True),
    ]
    doc.table("Earnings per Share", COLS4, rows, groups=GROUPS4, unit=THOU_PS, label_w=80)
    doc.section = "note_tax"
    doc.heading("Note 8. Income Taxes", 3, keep=30)
    doc.para("Our effective income tax rate was {tax.rate.q3_26:p1} for the third quarter of 2026 against "
             "{tax.rate.q3_25:p1} a year earlier, and {tax.rate.ytd_26:p1} for the first nine months against "
             "{tax.rate.ytd_25:p1}. The rates differ from the 21% federal rate mainly because of state taxes, "
             "partly offset by the income attributable to noncontrolling interests, which is not taxed to us.")
    doc.section = "note_seg"
    doc.heading("Note 9. Segment Information", 3, keep=80)
    doc.para("Our chief operating decision maker, the chief executive officer, evaluates the three segments on net "
             "sales and operating income. Intersegment sales are scrap shipped by Metals Recycling to our mills at "
             "market prices and are eliminated in consolidation.")
    rows = []
    for g, name in SEGS:
        rows.append(R(name, kind="head"))
        rows.append(R("External customers", per(f"seg.ext.{g}"), indent=1))
        rows.append(R("Intersegment", per(f"seg.int.{g}"), indent=1))
        rows.append(R(f"Total {name.lower()} net sales", per(f"seg.sales.{g}"), kind="sub", indent=1))
    rows.append(R("Intersegment eliminations", per("seg.elim")))
    rows.append(R("Consolidated net sales", per("seg.sales.total"), kind="total", dollar=True))
    rows.append(R("", [], kind="blank"))
    rows.append(R("Operating income (loss):", kind="head"))
    rows += [R(name, per(f"seg.oi.{g}"), indent=1) for g, name in SEGS]
    rows.append(R("Corporate, eliminations and other", per("seg.oi.corp"), indent=1))
    rows.append(R("Consolidated operating income", per("seg.oi.total"), kind="total", dollar=True))
    rows.append(R("", [], kind="blank"))
    rows.append(R("Depreciation and amortization:", kind="head"))
    rows += [R(name, per(f"seg.da.{g}"), indent=1) for g, name in SEGS]
    rows.append(R("Corporate", per("seg.da.corp"), indent=1))
    rows.append(R("Total depreciation and amortization", per("seg.da.total"), kind="total"))
    doc.table("Segment Results", COLS4, rows, groups=GROUPS4, unit=THOU, label_w=80)
    doc.section = "note_eq"
    doc.heading("Note 10. Stockholders' Equity", 3, keep=30)
    doc.para("In the third quarter of 2026 we repurchased {rep.shares.q3:n0} shares for {mda.repo_q3:d0} "
             "thousand under our share repurchase program. The board declared a quarterly dividend of $0.30 per "
             "share on October 20, 2026, payable in November.")
    doc.section = "note_commit"
    doc.heading("Note 11. Commitments and Contingencies", 3, keep=30)
    doc.para("We have purchase commitments for electricity, natural gas, industrial gases and graphite electrodes "
             "under take-or-pay contracts, and environmental remediation obligations at two former mill sites that "
             "are accrued in other noncurrent liabilities. We do not expect pending claims to have a material effect "
             "on our financial position.")


def mda(doc: Doc) -> None:
    doc.new_page()
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item2", keep=60)
    doc.heading("Overview of the quarter", 3)
    doc.para("Net sales increased {chg.rev.q3:p1} from the third quarter of 2025. Flat-rolled shipments rose "
             "{chg.ship.fr.q3:p1} on firmer orders from appliance and solar-racking customers while the average "
             "flat-rolled selling price declined {mda.asp_decline.fr:p1}, following lower hot-rolled index "
             "prices. Long product prices were little changed, supported by public infrastructure work. Scrap costs "
             "fell, so operating income rose. The flat-rolled mills ran at about {mda.util.fr:n1}% of rated capacity.")
    doc.para("The average cost of scrap and pig iron charged at our flat-rolled mills was ${scrap.q3_26:n0} per ton "
             "in the third quarter of 2026, compared with ${scrap.q3_25:n0} per ton a year earlier, and "
             "${scrap.ytd_26:n0} and ${scrap.ytd_25:n0} per ton for the respective nine-month periods.")
    doc.heading("Results of operations", 3, keep=40)
    doc.para("Cost of goods sold was {mda.cogs_pct.q3_26:p1} of net sales in the third quarter of 2026, down from "
             "{mda.cogs_pct.q3_25:p1} a year earlier, as lower scrap and alloy costs more than offset higher "
             "electricity prices and the labor cost of a planned caster outage at the Halbrook mill. For the nine "
             "months the ratio was {mda.cogs_pct.ytd_26:p1} against {mda.cogs_pct.ytd_25:p1}. Selling, general and "
             "administrative expenses were {mda.sga_pct.q3_26:p1} of net sales in the quarter; the increase in "
             "dollars reflects incentive compensation accruals tied to higher earnings and the costs of a new order "
             "management system. Interest expense declined as we continued to repay the term loan.")
    doc.para("Income attributable to noncontrolling interests represents our partner's 30% share of the earnings of "
             "the galvanizing joint venture, whose volumes rose with demand for coated sheet from solar and "
             "agricultural building customers.")
    doc.heading("Outlook", 3, keep=30)
    doc.para("We expect fourth-quarter shipments to decline seasonally, with construction activity slowing in "
             "northern markets, and flat-rolled prices to remain under pressure from imports. We expect scrap costs "
             "to be broadly stable. Our order backlog for long products extends into the first quarter of 2027.")
    doc.section = "mda_ship"
    lvl = [[("Three Months Ended September 30", 0, 4)], [("Tons shipped (thousands)", 0, 2),
                                                         ("Average price ($ per ton)", 2, 2)]]
    rows = [
        R("Flat-Rolled Steel", ["ship.fr.q3_26", "ship.fr.q3_25", "asp.fr.q3_26", "asp.fr.q3_25"]),
        R("Long Products", ["ship.lp.q3_26", "ship.lp.q3_25", "asp.lp.q3_26", "asp.lp.q3_25"]),
        R("Steel mills combined", ["ship.mill.q3_26", "ship.mill.q3_25", None, None], kind="sub"),
        R("Metals Recycling, ferrous (including intersegment)", ["ship.mr.q3_26", "ship.mr.q3_25", None, None]),
    ]
    doc.table("Shipments and Selling Prices \u2014 Third Quarter", COLS4, rows, groups=lvl, label_w=80)
    lvl = [[("Nine Months Ended September 30", 0, 4)], [("Tons shipped (thousands)", 0, 2),
                                                        ("Average price ($ per ton)", 2, 2)]]
    rows = [
        R("Flat-Rolled Steel", ["ship.fr.ytd_26", "ship.fr.ytd_25", "asp.fr.ytd_26", "asp.fr.ytd_25"]),
        R("Long Products", ["ship.lp.ytd_26", "ship.lp.ytd_25", "asp.lp.ytd_26", "asp.lp.ytd_25"]),
        R("Steel mills combined", ["ship.mill.ytd_26", "ship.mill.ytd_25", None, None], kind="sub"),
        R("Metals Recycling, ferrous (including intersegment)", ["ship.mr.ytd_26", "ship.mr.ytd_25", None, None]),
    ]
    doc.table("Shipments and Selling Prices \u2014 Nine Months", COLS4, rows, groups=lvl, label_w=80)
    doc.section = "mda_seg"
    doc.heading("Segment results", 3, keep=115)
    doc.para("The table below presents segment net sales (including intersegment sales) and operating income in "
             "millions of dollars; amounts are rounded and may not add.")
    rows = []
    for g, name in SEGS:
        rows.append(R(name, kind="head"))
        rows.append(R("Net sales", per(f"mm.sales.{g}"), "n1", indent=1))
        rows.append(R("Operating income", per(f"mm.oi.{g}"), "n1", indent=1))
        rows.append(R("Operating margin", per(f"mm.margin.{g}"), "p1", indent=1))
    doc.table("Segment Summary", COLS4, rows, groups=GROUPS4, unit="(Dollars in millions)", label_w=80)
    doc.section = "mda_ebitda"
    doc.heading("Adjusted EBITDA", 3, keep=60)
    doc.para("Adjusted EBITDA is a non-GAAP measure that we define as net income before income taxes, net interest "
             "expense, depreciation and amortization and stock-based compensation.")
    rows = [
        R("Net income", per("eb.ni"), dollar=True),
        R("Income tax provision", per("eb.tax"), indent=1),
        R("Interest expense, net of interest income", per("eb.int"), indent=1),
        R("Depreciation and amortization", per("eb.da"), indent=1),
        R("Stock-based compensation", per("eb.sbc"), indent=1),
        R("Adjusted EBITDA", per("eb.adj"), kind="total", dollar=True),
        R("Adjusted EBITDA margin (percent of net sales)", per("eb.margin"), "p1"),
    ]
    doc.table("Reconciliation of Net Income to Adjusted EBITDA", COLS4, rows, groups=GROUPS4, unit=THOU,
              label_w=80)
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("At September 30, 2026 we held cash and cash equivalents of {bs.cash.sep26:d0} thousand and short-term "
             "investments of {bs.sti.sep26:d0} thousand. Our {debt.rcf_commit:d0} thousand revolving credit "
             "facility was undrawn; after {debt.rcf_lc:d0} thousand of outstanding letters of credit, "
             "{debt.rcf_avail:d0} thousand was available. We expect capital expenditures of about "
             "${mda.capex_2026:n0} million for the full year 2026, including the new pickling line at the Halbrook "
             "mill.")
    rows = [
        R("Net cash provided by operating activities", per("cf.cfo", ("ytd_26", "ytd_25")), dollar=True),
        R("Capital expenditures", per("cf.capex", ("ytd_26", "ytd_25"))),
        R("Free cash flow", per("fcf", ("ytd_26", "ytd_25")), kind="total", dollar=True),
        R("Net cash used in investing activities", per("cf.cfi", ("ytd_26", "ytd_25"))),
        R("Net cash used in financing activities", per("cf.cff", ("ytd_26", "ytd_25"))),
    ]
    doc.table("Cash Flow Highlights", ["2026", "2025"], rows, groups=[("Nine Months Ended September 30", 0, 2)],
              unit=THOU, label_w=100)
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item3", keep=30)
    doc.para("Our main market risks are steel selling prices, the cost of scrap, pig iron, alloys, electricity and "
             "natural gas, and interest rates on our floating-rate term loan. We do not use derivatives for "
             "speculation. There were no material changes in these exposures from those described in our 2025 Form "
             "10-K.")
    doc.heading("Item 4. Controls and Procedures", 2, anchor="item4", keep=30)
    doc.para("Our chief executive officer and chief financial officer concluded that our disclosure controls and "
             "procedures were effective as of September 30, 2026, and there was no change in internal control over "
             "financial reporting during the quarter that materially affected it.")


def part2(doc: Doc) -> None:
    doc.new_page()
    doc.section = "part2"
    doc.heading("Part II. Other Information", 1, anchor="part2", keep=60)
    doc.heading("Item 1. Legal Proceedings", 2, anchor="p2item1", keep=16)
    doc.para("See Note 11 to the condensed consolidated financial statements.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="p2item1a", keep=16)
    doc.para("There were no material changes to the risk factors in our Annual Report on Form 10-K for 2025.")
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, anchor="p2item2", keep=60)
    doc.section = "p2_repo"
    rows = []
    for m, label in (("jul", "July 1 - July 31, 2026"), ("aug", "August 1 - August 31, 2026"),
                     ("sep", "September 1 - September 30, 2026")):
        rows.append(R(label, [f"rep.shares.{m}", f"rep.price.{m}", f"rep.shares.{m}", f"rep.remaining.{m}"],
                      ["n0", "n2", "n0", "n1"]))
    rows.append(R("Total", ["rep.shares.q3", "rep.price.q3", "rep.shares.q3", None], ["n0", "n2", "n0", "n1"],
                  kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Total\nShares\nPurchased", "Average\nPrice Paid\nper Share",
              "Purchased\nUnder the\nProgram", "Remaining\nValue\n($ millions)"], rows,
              unit="(Shares in whole numbers; prices in dollars)", label_w=60)
    doc.heading("Item 5. Other Information", 2, anchor="p2item5", keep=20)
    doc.para("No director or officer adopted or terminated a Rule 10b5-1 trading arrangement during the quarter.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("31.1 and 31.2 Certifications under Rule 13a-14(a); 32.1 Certification under 18 U.S.C. Section 1350; 101 "
             "Inline XBRL documents; 104 Cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.")
    doc.para("TARROW RIDGE STEEL CORPORATION\nOctober 29, 2026\n/s/ Oluwaseun T. Brackley, Chief Executive Officer\n"
             "/s/ Annika J. Rosswell-Ibe, Senior Vice President and Chief Financial Officer", align="L")


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
    values = td.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
