"""Render the Thimbleroot Restaurant Brands, Inc. Form 10-Q for the quarter ended June 30, 2026.

House style: Liberation Sans text with Liberation Sans Narrow tables, a dark slate header band on every table and
tinted subtotal rows, upper-case left-aligned table titles, no "$" inside tables (the units line carries the
currency), negatives in parentheses, an em dash for zero, page numbers counted from the cover (so the first
numbered page is 2) printed at the right of a footer rule, and "(continued)" on carried-over tables.
"""

from __future__ import annotations

from decimal import Decimal

import thimbleroot_data as td
from pdf_layout import Doc, Row, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Thimbleroot Restaurant Brands, Inc."
DOC_NAME = "THIMBLEROOT_2026Q2_10Q"
THOUSANDS_PS = "(Unaudited; in thousands, except per share data)"
KUSD = "(Unaudited; in thousands)"
P4 = list(td.PERIODS)
GROUPS4 = [("Three Months Ended\nJune 30,", 0, 2), ("Six Months Ended\nJune 30,", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
SLATE = (38, 54, 72)


def _label(index: int, doc: Doc) -> str | None:
    return None if index == 0 else str(index + 1)


def _footer(index: int, doc: Doc) -> tuple[str, str] | None:
    label = _label(index, doc)
    if not label:
        return None
    doc.set_draw_color(*SLATE)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, doc.h - 13.4, 0.3)
    doc.set_draw_color(0, 0, 0)
    return "Thimbleroot Restaurant Brands, Inc. \u2014 Form 10-Q for the quarter ended June 30, 2026", label


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="LiberationSansNarrow",
    table_files={"": "liberation/LiberationSansNarrow-Regular.ttf", "B": "liberation/LiberationSansNarrow-Bold.ttf",
                 "I": "liberation/LiberationSansNarrow-Italic.ttf",
                 "BI": "liberation/LiberationSansNarrow-BoldItalic.ttf"},
    body_size=9.2,
    table_size=8.4,
    table_mode="banded",
    negative="paren",
    dollar="none",
    zero="\u2014",
    page_label=_label,
    header_text=lambda i, doc: ("THIMBLEROOT RESTAURANT BRANDS, INC.", "Q2 2026 FORM 10-Q") if i >= 1 else None,
    footer_text=_footer,
    continued=" (continued)",
    title_align="L",
    unit_align="L",
    title_upper=True,
    toc_leader=False,
    heading_rule=False,
    accent=SLATE,
    band=SLATE,
    band_text=(255, 255, 255),
    tint=(229, 234, 240),
    margin_l=18, margin_r=18, margin_t=19, margin_b=19,
)

TOC = [
    ("Cautionary Note Regarding Forward-Looking Statements", "fls", 0),
    ("PART I \u2014 FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements", "item1", 1),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Income and Comprehensive Income", "is", 2),
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


def per(prefix: str, periods: list[str] | tuple[str, ...] = td.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.set_fill_color(*SLATE)
    doc.rect(doc.l_margin, doc.get_y(), doc.width, 1.2, style="F")
    doc.ln(4)
    doc.body("B", 11)
    doc.cell(doc.width, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8.8)
    doc.cell(doc.width, 5, "WASHINGTON, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    doc.body("B", 22)
    doc.cell(doc.width, 11, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.para("(Mark One)", align="L", size=8.4)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=8.4,
             align="L")
    doc.para("For the quarterly period ended June 30, 2026", style="B", size=8.8, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.4, align="L")
    doc.para("Commission File Number: 001-38917", align="C", size=8.4)
    doc.ln(3)
    doc.body("B", 17)
    doc.cell(doc.width, 9, "THIMBLEROOT RESTAURANT BRANDS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8.2)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("Delaware", ["=83-3027146"]),
        R("(State or other jurisdiction of incorporation)", ["=(I.R.S. Employer Identification No.)"]),
        R("2900 Quarrystone Boulevard, Suite 1200, Ashworth Falls, Caddow 75114", ["=(872) 555-0190"]),
        R("(Address of principal executive offices, including zip code)", ["=(Telephone number)"]),
    ]
    doc.table(None, ["Registrant details"], rows, label_w=112, size=8.0)
    rows = [R("Common stock, $0.001 par value per share", ["=THRB", "=The Nasdaq Stock Market LLC"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading Symbol",
              "Name of Each Exchange on Which Registered"], rows, label_w=76, size=8.0)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Indicate by check mark "
             "whether the registrant is a large accelerated filer, an accelerated filer, a non-accelerated filer, a "
             "smaller reporting company or an emerging growth company: Large accelerated filer [X]. Indicate by check "
             "mark whether the registrant is a shell company. Yes [  ] No [X].", size=7.8)
    doc.para("The number of shares of the registrant's common stock outstanding as of July 24, 2026 was 37,668,214.",
             size=7.8)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.heading("TABLE OF CONTENTS", 1)
    doc.toc(TOC, doc.toc_labels, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS", 2, anchor="fls", keep=30)
    doc.para("This report contains forward-looking statements about our expected restaurant openings, same-store "
             "sales, refranchising program, capital expenditures, dividends, share repurchases and financing plans. "
             "Words such as \"expect,\" \"target,\" \"plan,\" \"outlook\" and \"will\" identify these statements. "
             "They are subject to risks including commodity and labor inflation, the financial health of our "
             "franchisees, consumer spending, competition, and the covenants of our securitized financing facility. "
             "Our actual results may differ materially. We undertake no obligation to update these statements.",
             size=8.6)
    doc.para("References to \"Thimbleroot,\" the \"Company,\" \"we\" and \"our\" are to Thimbleroot Restaurant "
             "Brands, Inc. and its subsidiaries. \"Copperhen\" refers to Copperhen Chicken and \"Brassfire\" to "
             "Brassfire Burgers, our two restaurant brands.", size=8.6)


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "BS"
    doc.heading("PART I \u2014 FINANCIAL INFORMATION", 0, anchor="part1")
    doc.heading("Item 1. Financial Statements", 1, anchor="item1")
    doc.anchor("bs")
    d = list(td.BS_DATES)
    v = doc.values
    rows = [
        R("Assets", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", per("bs.cash", d), "n0", indent=2),
        R("Restricted cash*", per("bs.restricted", d), "n0", indent=2),
        R("Accounts and notes receivable, net", per("bs.ar", d), "n0", indent=2),
        R("Inventories", per("bs.inventories", d), "n0", indent=2),
        R("Prepaid expenses and other current assets", per("bs.prepaid", d), "n0", indent=2),
        R("Total current assets", per("bs.ca_total", d), "n0", kind="sub", indent=1),
        R("Property and equipment, net", per("bs.ppe", d), "n0", indent=1),
        R("Operating lease right-of-use assets", per("bs.rou", d), "n0", indent=1),
        R("Goodwill", per("bs.goodwill", d), "n0", indent=1),
        R("Intangible assets, net", per("bs.intangibles", d), "n0", indent=1),
        R("Other assets", per("bs.other_assets", d), "n0", indent=1),
        R("Total assets", per("bs.assets_total", d), "n0", kind="total"),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable", per("bs.ap", d), "n0", indent=2),
        R("Accrued liabilities", per("bs.accrued", d), "n0", indent=2),
        R("Current portion of long-term debt", per("bs.debt_current", d), "n0", indent=2),
        R("Current portion of operating lease liabilities", per("bs.lease_current", d), "n0", indent=2),
        R("Deferred franchise fees, current", per("bs.defrev_current", d), "n0", indent=2),
        R("Total current liabilities", per("bs.cl_total", d), "n0", kind="sub", indent=1),
        R("Long-term debt, net", per("bs.ltd", d), "n0", indent=1),
        R("Operating lease liabilities, net of current portion", per("bs.lease_noncurrent", d), "n0", indent=1),
        R("Deferred franchise fees, net of current portion", per("bs.defrev_noncurrent", d), "n0", indent=1),
        R("Deferred income taxes, net", per("bs.dit", d), "n0", indent=1),
        R("Other long-term liabilities", per("bs.other_ltl", d), "n0", indent=1),
        R("Total liabilities", per("bs.liab_total", d), "n0", kind="sub"),
        R("Commitments and contingencies (Note 11)", kind="head"),
        R("Stockholders' equity:", kind="head", indent=1),
        R(f"Common stock, $0.001 par value, and additional paid-in capital; 150,000,000 shares authorized; "
          f"{v['bs.shares.jun26'] * 1000:,.0f} and {v['bs.shares.dec25'] * 1000:,.0f} shares issued and "
          f"outstanding", per("bs.apic", d), "n0", indent=2),
        R("Retained earnings", per("bs.re", d), "n0", indent=2),
        R("Accumulated other comprehensive loss", per("bs.aoci", d), "n0", indent=2),
        R("Total stockholders' equity", per("bs.equity", d), "n0", kind="sub", indent=1),
        R("Total liabilities and stockholders' equity", per("bs.le_total", d), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Balance Sheets", ["June 30,\n2026", "December 31,\n2025"], rows,
              unit="(In thousands, except share data; June 30, 2026 unaudited)", label_w=118,
              notes=["* Cash held by the trustee of the securitized financing facility for interest reserves and "
                     "debt service; see Note 4."])

    doc.new_page()
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Revenues:", kind="head"),
        R("Company restaurant sales", per("is.company"), "n0", indent=1),
        R("Franchise royalties", per("is.royalty"), "n0", indent=1),
        R("Franchise advertising fees", per("is.adfee"), "n0", indent=1),
        R("Rental income", per("is.rental"), "n0", indent=1),
        R("Franchise fees and other revenue", per("is.fees"), "n0", indent=1),
        R("Total revenues", per("is.rev"), "n0", kind="sub"),
        R("Costs and expenses:", kind="head"),
        R("Company restaurant expenses:", kind="head", indent=1),
        R("Food and paper", per("is.food"), "n0", indent=2),
        R("Labor and related expenses", per("is.labor"), "n0", indent=2),
        R("Occupancy and other operating expenses", per("is.occupancy"), "n0", indent=2),
        R("Franchise advertising expenses", per("is.ad_exp"), "n0", indent=1),
        R("Occupancy expenses of franchise-leased restaurants", per("is.fr_rent"), "n0", indent=1),
        R("General and administrative expenses", per("is.ga"), "n0", indent=1),
        R("Depreciation and amortization", per("is.da"), "n0", indent=1),
        R("Gains on refranchising, net", per("is.refran"), "n0", indent=1),
        R("Impairment and other charges, net", per("is.impair"), "n0", indent=1),
        R("Total costs and expenses", per("is.costs"), "n0", kind="sub"),
        R("Income from operations", per("is.op_income"), "n0", bold=True),
        R("Interest expense, net", per("is.interest"), "n0", indent=1),
        R("Other (income) expense, net", per("is.other"), "n0", indent=1),
        R("Income before income taxes", per("is.pretax"), "n0", kind="sub"),
        R("Provision for income taxes", per("is.tax"), "n0", indent=1),
        R("Net income", per("is.ni"), "n0", kind="total"),
        R("Earnings per share:", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1),
        R("Weighted-average shares outstanding:", kind="head"),
        R("Basic", per("is.shares_basic"), "n0", indent=1),
        R("Diluted", per("is.shares_diluted"), "n0", indent=1),
        R("Cash dividends declared per common share", per("is.div_ps"), "n2"),
    ]
    doc.table("Condensed Consolidated Statements of Income", COLS4, rows, groups=GROUPS4, unit=THOUSANDS_PS,
              label_w=86)
    doc.section = "CI"
    rows = [
        R("Net income", per("is.ni"), "n0"),
        R("Foreign currency translation adjustments", per("ci.fx"), "n0", indent=1),
        R("Comprehensive income", per("ci.total"), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Comprehensive Income", COLS4, rows, groups=GROUPS4, unit=KUSD,
              label_w=86)

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    cols = ["shares", "apic", "re", "aoci", "total"]
    eq_rows: list[Row] = []
    blocks = (("26", "dec25", "mar26", "jun26", "December 31, 2025", "March 31, 2026", "June 30, 2026"),
              ("25", "dec24", "mar25", "jun25", "December 31, 2024", "March 31, 2025", "June 30, 2025"))
    for n, (yr, b0, b1, b2, l0, l1, l2) in enumerate(blocks):
        if n:
            eq_rows.append(R("", kind="break"))
        for period, a, z, la, lz in ((f"q1_{yr}", b0, b1, l0, l1), (f"q2_{yr}", b1, b2, l1, l2)):
            if period.startswith("q1"):
                eq_rows.append(R(f"Balance at {la}", [f"eq.{c}.{a}" for c in cols], "n0", bold=True))
            dps = Decimal(doc.values[f"is.div_ps.q2_{yr}"])
            eq_rows += [
                R("Net income", [None, None, f"eq.ni.{period}", None, f"eq.ni.{period}"], "n0", indent=1),
                R("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{period}", f"eq.oci.{period}"],
                  "n0", indent=1),
                R(f"Cash dividends declared (${dps:.2f} per share)", [None, None, f"eq.div.{period}", None,
                                                                     f"eq.div.{period}"], "n0", indent=1),
                R("Repurchases and retirement of common stock", [f"eq.sh_repo.{period}", None, f"eq.repo.{period}",
                                                                 None, f"eq.repo.{period}"], "n0", indent=1),
                R("Stock-based compensation", [None, f"eq.sbc.{period}", None, None, f"eq.sbc.{period}"], "n0",
                  indent=1),
                R("Exercise of stock options", [f"eq.sh_issued.{period}", f"eq.options.{period}", None, None,
                                                f"eq.options.{period}"], "n0", indent=1),
                R("Shares withheld for taxes on vested restricted stock units", [None, f"eq.withheld.{period}", None,
                                                                                 None, f"eq.withheld.{period}"], "n0",
                  indent=1),
                R(f"Balance at {lz}", [f"eq.{c}.{z}" for c in cols], "n0", kind="sub", bold=True),
            ]
    doc.table("Condensed Consolidated Statements of Stockholders' Equity", ["Shares", "Common Stock\nand Paid-in\n"
              "Capital", "Retained\nEarnings", "Accumulated\nOther\nComprehensive\nLoss", "Total"], eq_rows,
              unit="(Unaudited; in thousands)", label_w=78)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    m = ["h1_26", "h1_25"]
    rows = [
        R("Cash flows from operating activities:", kind="head"),
        R("Net income", per("cf.ni", m), "n0", indent=1),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", per("cf.da", m), "n0", indent=2),
        R("Stock-based compensation", per("cf.sbc", m), "n0", indent=2),
        R("Deferred income taxes", per("cf.deferred", m), "n0", indent=2),
        R("Amortization of debt issuance costs", per("cf.debt_amort", m), "n0", indent=2),
        R("Gains on refranchising, net", per("cf.refran", m), "n0", indent=2),
        R("Impairment and other charges, net", per("cf.impair", m), "n0", indent=2),
        R("Non-cash operating lease cost", per("cf.rou", m), "n0", indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts and notes receivable", per("cf.ar", m), "n0", indent=2),
        R("Inventories", per("cf.inventories", m), "n0", indent=2),
        R("Prepaid expenses and other current assets", per("cf.prepaid", m), "n0", indent=2),
        R("Accounts payable", per("cf.ap", m), "n0", indent=2),
        R("Accrued liabilities", per("cf.accrued", m), "n0", indent=2),
        R("Deferred franchise fees", per("cf.defrev", m), "n0", indent=2),
        R("Operating lease liabilities", per("cf.lease", m), "n0", indent=2),
        R("Other, net", per("cf.other_op", m), "n0", indent=2),
        R("Net cash provided by operating activities", per("cf.cfo", m), "n0", kind="sub"),
        R("Cash flows from investing activities:", kind="head"),
        R("Capital expenditures", per("cf.capex", m), "n0", indent=1),
        R("Proceeds from refranchising of restaurants", per("cf.refr_proceeds", m), "n0", indent=1),
        R("Net cash provided by (used in) investing activities", per("cf.cfi", m), "n0", kind="sub"),
        R("Cash flows from financing activities:", kind="head"),
        R("Repayments of securitized notes", per("cf.notes_repaid", m), "n0", indent=1),
        R("Borrowings under variable funding notes", per("cf.vfn_drawn", m), "n0", indent=1),
        R("Repayments under variable funding notes", per("cf.vfn_repaid", m), "n0", indent=1),
        R("Repurchases of common stock", per("cf.repo", m), "n0", indent=1),
        R("Dividends paid", per("cf.div", m), "n0", indent=1),
        R("Proceeds from exercise of stock options", per("cf.options", m), "n0", indent=1),
        R("Taxes paid related to net share settlement of equity awards", per("cf.withheld", m), "n0", indent=1),
        R("Net cash used in financing activities", per("cf.cff", m), "n0", kind="sub"),
        R("Net decrease in cash, cash equivalents and restricted cash", per("cf.change", m), "n0", bold=True),
        R("Cash, cash equivalents and restricted cash at beginning of period", per("cf.begin", m), "n0"),
        R("Cash, cash equivalents and restricted cash at end of period", per("cf.end", m), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", ["2026", "2025"], rows,
              groups=[("Six Months Ended June 30,", 0, 2)], unit=KUSD, label_w=118,
              notes=["Supplemental disclosures (six months ended June 30, 2026): cash paid for interest "
                     "{cf.int_paid.h1_26:n0}; cash paid for income taxes, net of refunds, {cf.tax_paid.h1_26:n0}; "
                     "right-of-use assets obtained in exchange for new operating lease liabilities "
                     "{cf.new_leases.h1_26:n0} (in thousands)."])


def notes(doc: Doc) -> None:
    doc.new_page()
    doc.section = "notes"
    doc.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)", 1, anchor="notes")
    doc.heading("Note 1 \u2014 Nature of Operations and Basis of Presentation", 3)
    doc.para("Thimbleroot Restaurant Brands, Inc. develops, operates and franchises quick-service restaurants under "
             "two brands: Copperhen Chicken, which serves fried and rotisserie chicken, and Brassfire Burgers. At "
             "June 30, 2026, the Company's system consisted of {cnt.end.total:n0} restaurants, of which "
             "{cnt.end.fr:n0} were operated by franchisees, including {cnt.hen_intl:n0} Copperhen restaurants in "
             "{mda.countries:n0} countries outside the United States. The unaudited condensed consolidated financial "
             "statements have been prepared on the same basis as the audited statements in our Annual Report on Form "
             "10-K for 2025 and reflect all adjustments necessary for a fair presentation. Results for interim "
             "periods are not necessarily indicative of results for the full year.")

    doc.section = "note_rev"
    doc.heading("Note 2 \u2014 Revenue", 3, keep=70)
    doc.para("Franchise royalties and advertising fees are sales-based and are recognized as franchisees' sales "
             "occur. Initial and renewal franchise fees are deferred and recognized over the term of the franchise "
             "agreement. Revenues by type were as follows:")
    rows = [R(label, per(f"is.{k}"), "n0") for k, label in td.REV_TYPES.items()]
    rows.append(R("Total revenues", per("is.rev"), "n0", kind="total"))
    doc.table("Disaggregation of Revenue", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=86)
    rows = [
        R("Balance at December 31, 2025", ["defrev.begin"], "n0"),
        R("Fees received from franchisees", ["defrev.received"], "n0", indent=1),
        R("Revenue recognized during the period", ["defrev.recognized_neg"], "n0", indent=1),
        R("Balance at June 30, 2026", ["defrev.end"], "n0", kind="total"),
    ]
    doc.table("Deferred Franchise Fees", ["Six Months Ended\nJune 30, 2026"], rows, unit=KUSD, label_w=100,
              col_w=40)

    doc.section = "note_counts"
    doc.heading("Note 3 \u2014 Restaurant Count and Refranchising", 3, keep=70)
    doc.para("The following table shows the change in the number of restaurants during the six months ended June 30, "
             "2026:")
    c = ["hen_co", "hen_fr", "brass_co", "brass_fr", "total"]
    rows = [
        R("Restaurants at December 31, 2025", [f"cnt.begin.{k}" for k in c], "n0", bold=True),
        R("Openings", [f"cnt.open.{k}" for k in c], "n0", indent=1),
        R("Closures", [f"cnt.close.{k}" for k in c], "n0", indent=1),
        R("Refranchised (sold to franchisees)", [f"cnt.refr.{k}" for k in c], "n0", indent=1),
        R("Restaurants at June 30, 2026", [f"cnt.end.{k}" for k in c], "n0", kind="total"),
    ]
    doc.table("Restaurant Count Roll-Forward", ["Company\nOperated", "Franchised", "Company\nOperated",
              "Franchised", "Total\nSystem"], rows, groups=[("Copperhen", 0, 2), ("Brassfire", 2, 2)], label_w=70,
              unit="(Number of restaurants)")
    doc.para("During the six months ended June 30, 2026 we sold {cnt.refr_sold:n0} company-operated restaurants to "
             "franchisees for cash proceeds of {refr.proceeds:d0} thousand. The net assets sold included property "
             "and equipment of {refr.ppe:d0} thousand and allocated goodwill of {refr.goodwill:d0} thousand, and we "
             "recognized gains on refranchising of {mda.refr_gain:d0} thousand. The buyers entered into 20-year "
             "franchise agreements and, where we lease the restaurant property, subleases with us.")

    doc.section = "note_debt"
    doc.heading("Note 4 \u2014 Long-Term Debt", 3, keep=80)
    doc.para("Our long-term debt consists of notes issued by Thimbleroot Funding LLC, a special-purpose subsidiary, "
             "under a whole-business securitization. The notes are secured by substantially all of our domestic "
             "franchise agreements, intellectual property and company restaurant cash flows.")
    d = list(td.BS_DATES)
    rows = [R(label, ["=" + coupon, "=" + ard, f"debt.{k}.jun26", f"debt.{k}.dec25"], "n0")
            for k, label, coupon, ard, *_r in td.NOTES]
    rows += [
        R("Total principal outstanding", [None, None, "debt.principal.jun26", "debt.principal.dec25"], "n0",
          kind="sub"),
        R("Unamortized debt issuance costs", [None, None, "debt.costs.jun26", "debt.costs.dec25"], "n0"),
        R("Total debt, net", [None, None, "debt.carrying.jun26", "debt.carrying.dec25"], "n0", kind="sub"),
        R("Less: current portion of long-term debt", [None, None, "debt.less_current.jun26",
                                                      "debt.less_current.dec25"], "n0"),
        R("Long-term debt, net", [None, None, "debt.lt.jun26", "debt.lt.dec25"], "n0", kind="total"),
    ]
    doc.table("Securitized Financing Facility", ["Interest\nRate", "Anticipated\nRepayment Date", "June 30,\n2026",
              "December 31,\n2025"], rows, unit=KUSD, label_w=72, size=8.2)
    doc.para("Principal on the Class A-2 Notes is payable in quarterly installments equal to 1% per year of the "
             "original principal, or {debt.current.jun26:d0} thousand per year in total, for as long as our "
             "leverage ratio exceeds 5.0x; the leverage ratio was {debt.leverage:n1}x at June 30, 2026 and the "
             "debt service coverage ratio was {debt.dscr:n1}x. The Variable Funding Notes provide up to "
             "{vfn.capacity:d0} thousand of revolving borrowings and letters of credit; at June 30, 2026, "
             "{vfn.lc:d0} thousand of letters of credit were outstanding.")

    doc.section = "note_equity"
    doc.heading("Note 5 \u2014 Stockholders' Equity", 3, keep=40)
    doc.para("Dividends. We paid quarterly cash dividends of ${is.div_ps.q2_26:n2} per share in each of the first two "
             "quarters of 2026, totaling {div.paid.h1:d0} thousand. On July 28, 2026, our Board declared a dividend "
             "of ${mda.dividend_q3:n2} per share payable on September 15, 2026.")
    doc.para("Share repurchases. In February 2025 our Board authorized the repurchase of up to {rep.authorization:d0} "
             "thousand of our common stock through February 2028. During the six months ended June 30, 2026 we "
             "repurchased and retired {rep.shares_k.h1:n0} thousand shares for {rep.cost.h1:d0} thousand, including "
             "{rep.cost.q2:d0} thousand in the second quarter. At June 30, 2026, {rep.remaining.jun:d0} thousand "
             "remained available under the authorization. Repurchases in excess of par value are charged to "
             "retained earnings.")

    doc.section = "note_eps"
    doc.heading("Note 6 \u2014 Earnings per Share", 3, keep=70)
    rows = [
        R("Net income", per("is.ni"), "n0"),
        R("Weighted-average shares outstanding \u2014 basic", per("is.shares_basic"), "n0"),
        R("Dilutive effect of stock options and restricted stock units", per("eps.dilutive"), "n0", indent=1),
        R("Weighted-average shares outstanding \u2014 diluted", per("is.shares_diluted"), "n0", kind="sub"),
        R("Earnings per share \u2014 basic", per("is.eps_basic"), "n2"),
        R("Earnings per share \u2014 diluted", per("is.eps_diluted"), "n2", kind="total"),
    ]
    doc.table(None, COLS4, rows, groups=GROUPS4, unit=THOUSANDS_PS, label_w=86,
              notes=["Stock options to purchase 612 thousand shares were excluded from diluted earnings per share for "
                     "the six months ended June 30, 2026 because their effect would have been anti-dilutive."])

    doc.section = "note_tax"
    doc.heading("Note 7 \u2014 Income Taxes", 3, keep=30)
    doc.para("The effective income tax rate was {tax.rate.q2_26:p1} for the three months and {tax.rate.h1_26:p1} for "
             "the six months ended June 30, 2026, compared with {tax.rate.q2_25:p1} and {tax.rate.h1_25:p1} for the "
             "corresponding periods of 2025. The rates differ from the 21% federal statutory rate mainly because of "
             "state income taxes and foreign withholding taxes on international royalties.")

    doc.section = "note_seg"
    doc.heading("Note 8 \u2014 Segment Information", 3, keep=80)
    doc.para("Our two reportable segments are our brands. The chief operating decision maker, our Chief Executive "
             "Officer, evaluates each brand on segment operating income, which excludes corporate general and "
             "administrative expenses, refranchising gains and impairment charges.")
    rows = [
        R("Revenues:", kind="head"),
        R("Copperhen Chicken", per("seg.rev.hen"), "n0", indent=1),
        R("Brassfire Burgers", per("seg.rev.brass"), "n0", indent=1),
        R("Total revenues", per("seg.rev.total"), "n0", kind="sub"),
        R("Segment operating income:", kind="head"),
        R("Copperhen Chicken", per("seg.profit.hen"), "n0", indent=1),
        R("Brassfire Burgers", per("seg.profit.brass"), "n0", indent=1),
        R("Total segment operating income", per("seg.profit.total_brands"), "n0", kind="sub"),
        R("Corporate expenses, refranchising gains and impairment, net", per("seg.profit.corp"), "n0"),
        R("Income from operations", per("seg.profit.total"), "n0", kind="total"),
    ]
    doc.table("Revenues and Operating Income by Segment", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=86)

    doc.section = "note_cash"
    doc.heading("Note 9 \u2014 Cash, Cash Equivalents and Restricted Cash", 3, keep=45)
    rows = [
        R("Cash and cash equivalents", per("bs.cash", d), "n0"),
        R("Restricted cash", per("bs.restricted", d), "n0"),
        R("Total cash, cash equivalents and restricted cash", per("cash.total", d), "n0", kind="total"),
    ]
    doc.table(None, ["June 30,\n2026", "December 31,\n2025"], rows, unit=KUSD, label_w=110)

    doc.section = "note_other"
    doc.heading("Note 10 \u2014 Goodwill and Intangible Assets", 3, keep=30)
    doc.para("Intangible assets consist of the Copperhen and Brassfire trademarks of {int.trademarks:d0} thousand, "
             "which have indefinite lives, and franchise agreements, which are amortized over their remaining terms "
             "and had a net carrying amount of {int.fa.jun26:d0} thousand at June 30, 2026. Goodwill decreased "
             "during 2026 because of the refranchising transactions described in Note 3.")
    doc.heading("Note 11 \u2014 Commitments and Contingencies", 3, keep=30)
    doc.para("We remain contingently liable for certain leases of restaurants that have been refranchised; the "
             "maximum potential payments under these guarantees were approximately $48.2 million at June 30, 2026, "
             "and we have not recorded a liability because we consider the likelihood of payment to be remote. We "
             "are involved in various claims arising in the ordinary course of business, none of which we expect to "
             "have a material effect on our financial statements.")


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item2")
    doc.heading("Overview", 3)
    doc.para("We franchise and operate Copperhen Chicken and Brassfire Burgers restaurants. Our business model is "
             "increasingly franchised: at June 30, 2026, {cnt.fr_pct:p1} of our {cnt.end.total:n0} restaurants were "
             "franchised, and we continue to refranchise company-operated restaurants in selected markets. Our "
             "system added {mda.net_new:n0} net new restaurants in the first half of 2026, and we expect "
             "{mda.open_guide_low:n0} to {mda.open_guide_high:n0} gross openings for the full year, weighted toward "
             "the fourth quarter. We employ approximately {mda.employees:n0} people, most of whom work in "
             "company-operated restaurants.")
    doc.para("Second-quarter 2026 highlights: total revenues increased {chg_pct.rev.q2:p1} to {is.rev.q2_26:d0} "
             "thousand; franchise royalties rose {chg_pct.royalty.q2:p1}; net income was {is.ni.q2_26:d0} thousand, "
             "or ${is.eps_diluted.q2_26:n2} per diluted share; and Copperhen U.S. system same-store sales grew "
             "{sss.hen_us.q2_26:p1}.")

    doc.section = "mda_kpi"
    doc.heading("Key Performance Indicators", 3)
    doc.para("System-wide sales include sales at all company-operated and franchised restaurants. Franchised "
             "restaurant sales are not our revenue, but our franchise royalties and advertising fees are calculated "
             "as a percentage of them, so we believe system-wide sales are useful to investors.")
    rows = []
    for b, name in td.BRANDS.items():
        rows += [
            R(name, kind="head"),
            R("Company-operated restaurant sales", per(f"brand.co_sales.{b}"), "n0", indent=1),
            R("Franchised restaurant sales", per(f"brand.fr_sales.{b}"), "n0", indent=1),
            R("System-wide sales", per(f"brand.sys_sales.{b}"), "n0", kind="sub", indent=1),
        ]
    rows += [
        R("Total system-wide sales", per("brand.sys_sales.total"), "n0", kind="total"),
        R("of which franchised restaurant sales", per("brand.fr_sales.total"), "n0", indent=1),
        R("Franchise royalties as a percentage of franchised sales", per("mda.royalty_rate"), "p2"),
    ]
    doc.table("System-Wide Sales", COLS4, rows, groups=GROUPS4, unit="(Unaudited; in thousands, except "
              "percentages)", label_w=86)
    doc.section = "mda_sss"
    rows = [
        R("Copperhen Chicken", kind="head"),
        R("U.S. company-operated", per("sss.hen_us_co", ["q2_26", "q2_25", "h1_26", "h1_25"]), "p1", indent=1),
        R("U.S. franchised", per("sss.hen_us_fr", ["q2_26", "q2_25", "h1_26", "h1_25"]), "p1", indent=1),
        R("U.S. system", per("sss.hen_us", ["q2_26", "q2_25", "h1_26", "h1_25"]), "p1", kind="sub", indent=1),
        R("International (franchised)\u2020", per("sss.hen_intl", ["q2_26", "q2_25", "h1_26", "h1_25"]), "p1",
          indent=1),
        R("Global system", per("sss.hen_global", ["q2_26", "q2_25", "h1_26", "h1_25"]), "p1", kind="sub", indent=1),
        R("Brassfire Burgers (U.S. only)", kind="head"),
        R("Company-operated", per("sss.brass_co", ["q2_26", "q2_25", "h1_26", "h1_25"]), "p1", indent=1),
        R("Franchised", per("sss.brass_fr", ["q2_26", "q2_25", "h1_26", "h1_25"]), "p1", indent=1),
        R("System", per("sss.brass_sys", ["q2_26", "q2_25", "h1_26", "h1_25"]), "p1", kind="sub", indent=1),
    ]
    doc.table("Same-Store Sales Growth (Decline)*", COLS4, rows, groups=GROUPS4, unit="(Percent change versus the "
              "comparable prior-year period)", label_w=86,
              notes=["* Same-store sales compare sales at restaurants open at least 18 months, including restaurants "
                     "that changed ownership, with the same period of the prior year.",
                     "\u2020 Calculated on a constant-currency basis."])
    doc.para("Copperhen same-store sales benefited from the national launch of our spicy rotisserie platter and "
             "from higher digital traffic, with average check up about 2% and transactions up modestly. Brassfire "
             "company-operated restaurants lagged the franchised system because several underperforming company "
             "markets were still being prepared for refranchising.")

    doc.section = "mda_counts"
    c = ["hen_co", "hen_fr", "brass_co", "brass_fr", "total"]
    rows = [
        R("June 30, 2026", [f"cnt.end.{k}" for k in c], "n0"),
        R("June 30, 2025", [f"cnt.jun25.{k}" for k in c], "n0"),
    ]
    doc.table("Restaurants at Period End", ["Copperhen\nCompany", "Copperhen\nFranchised", "Brassfire\nCompany",
              "Brassfire\nFranchised", "Total"], rows, label_w=60, unit="(Number of restaurants)")

    doc.section = "mda_results"
    doc.heading("Results of Operations \u2014 Three Months Ended June 30, 2026 Compared with 2025", 3, keep=70)
    rows = []
    for k, label in (("company", "Company restaurant sales"), ("royalty", "Franchise royalties"),
                     ("adfee", "Franchise advertising fees"), ("rental", "Rental income"),
                     ("fees", "Franchise fees and other revenue"), ("rev", "Total revenues"),
                     ("ga", "General and administrative expenses"), ("op_income", "Income from operations"),
                     ("ni", "Net income")):
        rows.append(R(label, [f"is.{k}.q2_26", f"is.{k}.q2_25", f"chg.{k}.q2", f"chg_pct.{k}.q2"],
                      ["n0", "n0", "n0", "p1"], kind="sub" if k in ("rev", "op_income", "ni") else "data"))
    doc.table("Second-Quarter Comparison", ["2026", "2025", "$ Change", "% Change"], rows,
              groups=[("Three Months Ended June 30,", 0, 2), ("Increase (Decrease)", 2, 2)],
              unit="(Unaudited; in thousands, except percentages)", label_w=76)
    doc.para("Company restaurant sales decreased because we operated fewer company restaurants following "
             "refranchising, partly offset by positive Copperhen same-store sales. Franchise royalties and "
             "advertising fees increased with franchised restaurant sales, which grew through both same-store sales "
             "and net new franchised restaurants. General and administrative expenses increased because of "
             "technology investments and higher incentive compensation.")

    doc.section = "mda_rlm"
    doc.heading("Restaurant-Level Profit and Margin (Non-GAAP)", 3, keep=80)
    doc.para("Restaurant-level profit is company restaurant sales less food and paper, labor and related, and "
             "occupancy and other operating expenses of company-operated restaurants; restaurant-level margin is "
             "restaurant-level profit as a percentage of company restaurant sales. These measures exclude franchise "
             "revenues and expenses, general and administrative expenses, depreciation and amortization and "
             "refranchising and impairment items. They are not substitutes for income from operations and may not "
             "be comparable with measures used by other companies.")
    rows = [
        R("Income from operations", per("is.op_income"), "n0"),
        R("Add:", kind="head"),
        R("General and administrative expenses", per("is.ga"), "n0", indent=1),
        R("Depreciation and amortization", per("is.da"), "n0", indent=1),
        R("Gains on refranchising, net", per("is.refran"), "n0", indent=1),
        R("Impairment and other charges, net", per("is.impair"), "n0", indent=1),
        R("Franchise advertising expenses", per("is.ad_exp"), "n0", indent=1),
        R("Occupancy expenses of franchise-leased restaurants", per("is.fr_rent"), "n0", indent=1),
        R("Less:", kind="head"),
        R("Franchise royalties", per("rlm.less_royalty"), "n0", indent=1),
        R("Franchise advertising fees", per("rlm.less_adfee"), "n0", indent=1),
        R("Rental income", per("rlm.less_rental"), "n0", indent=1),
        R("Franchise fees and other revenue", per("rlm.less_fees"), "n0", indent=1),
        R("Restaurant-level profit", per("rlm.profit"), "n0", kind="total"),
        R("Company restaurant sales", per("is.company"), "n0"),
        R("Restaurant-level margin", per("rlm.margin"), "p1", bold=True),
        R("Food and paper, % of company restaurant sales", per("rlm.pct_food"), "p1", indent=1),
        R("Labor and related, % of company restaurant sales", per("rlm.pct_labor"), "p1", indent=1),
        R("Occupancy and other, % of company restaurant sales", per("rlm.pct_occupancy"), "p1", indent=1),
    ]
    doc.table("Reconciliation of Income from Operations to Restaurant-Level Profit", COLS4, rows, groups=GROUPS4,
              unit="(Unaudited; in thousands, except percentages)", label_w=86)

    doc.section = "liquidity"
    doc.heading("Liquidity and Capital Resources", 3, keep=60)
    doc.para("Our principal sources of liquidity are cash from operations, cash on hand and the Variable Funding "
             "Notes. At June 30, 2026 we had cash and cash equivalents of {bs.cash.jun26:d0} thousand, excluding "
             "restricted cash, and {vfn.available:d0} thousand of undrawn capacity under the Variable Funding Notes, "
             "for total liquidity of {mda.liquidity:d0} thousand. We expect capital expenditures of approximately "
             "${mda.capex_guide:n0} million in 2026, principally for remodels and new company restaurants.")
    rows = [
        R("Net cash provided by operating activities", per("cf.cfo", ["h1_26", "h1_25"]), "n0"),
        R("Net cash provided by (used in) investing activities", per("cf.cfi", ["h1_26", "h1_25"]), "n0"),
        R("Net cash used in financing activities", per("cf.cff", ["h1_26", "h1_25"]), "n0"),
        R("Net decrease in cash, cash equivalents and restricted cash", per("cf.change", ["h1_26", "h1_25"]), "n0",
          kind="total"),
    ]
    doc.table("Summary of Cash Flows", ["2026", "2025"], rows, groups=[("Six Months Ended June 30,", 0, 2)],
              unit=KUSD, label_w=110)
    doc.para("Operating cash flow increased mainly because of higher net income. Investing activities provided cash "
             "in 2026 because refranchising proceeds exceeded capital expenditures. Financing activities reflect "
             "scheduled principal payments on the securitized notes, a net draw on the Variable Funding Notes, "
             "dividends and share repurchases. The securitization requires that we maintain a debt service coverage "
             "ratio above 1.75x to avoid a cash-trapping event; the ratio was {debt.dscr:n1}x at June 30, 2026.")
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item3", keep=30)
    doc.para("Our Class A-2 Notes bear fixed interest rates; borrowings under the Variable Funding Notes bear "
             "floating rates, and a 100 basis point change would change annual interest expense by about $0.2 "
             "million at current borrowing levels. We are exposed to commodity prices for chicken, beef, cooking oil "
             "and paper, and to foreign currency movements on international royalties, which represented about 8% of "
             "franchise royalties in the first half of 2026.")
    doc.section = "item4"
    doc.heading("Item 4. Controls and Procedures", 1, anchor="item4", keep=30)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of June 30, 2026. There were no changes in internal control over "
             "financial reporting during the second quarter that materially affected, or are reasonably likely to "
             "materially affect, our internal control over financial reporting.")


def part2(doc: Doc) -> None:
    doc.section = "part2"
    doc.heading("PART II \u2014 OTHER INFORMATION", 0, anchor="part2", keep=60)
    doc.heading("Item 1. Legal Proceedings", 1, anchor="p2item1", keep=20)
    doc.para("See Note 11 to the condensed consolidated financial statements.")
    doc.heading("Item 1A. Risk Factors", 1, anchor="p2item1a", keep=20)
    doc.para("There have been no material changes to the risk factors disclosed in our Annual Report on Form 10-K "
             "for the year ended December 31, 2025.")
    doc.section = "p2_repo"
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 1, anchor="p2item2", keep=60)
    doc.para("The following table provides information about our repurchases of common stock during the quarter "
             "ended June 30, 2026.")
    rows = []
    for m, label in (("apr", "April 1 \u2013 April 30, 2026"), ("may", "May 1 \u2013 May 31, 2026"),
                     ("jun", "June 1 \u2013 June 30, 2026")):
        rows.append(R(label, [f"rep.shares.{m}", f"rep.price.{m}", f"rep.shares.{m}", f"rep.remaining.{m}"],
                      ["n0", "n2", "n0", "n0"]))
    rows.append(R("Total", ["rep.shares.total", "rep.price.avg", "rep.shares.total", None], ["n0", "n2", "n0", "n0"],
                  kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average Price\nPaid per "
              "Share\n($)", "Total Shares Purchased\nas Part of Publicly\nAnnounced Program", "Approximate Dollar "
              "Value\nThat May Yet Be Purchased\n($ in thousands)"], rows, label_w=50,
              notes=["Repurchases were made under the $300 million program announced on February 20, 2025."])
    doc.section = "part2_other"
    doc.heading("Item 5. Other Information", 1, anchor="p2item5", keep=20)
    doc.para("During the quarter ended June 30, 2026, none of our directors or officers adopted or terminated a Rule "
             "10b5-1 trading arrangement. Items 3 and 4 are not applicable.")
    doc.heading("Item 6. Exhibits", 1, anchor="p2item6", keep=20)
    doc.para("10.1 Fourth Supplement to the Amended and Restated Base Indenture, dated May 8, 2026. 31.1 and 31.2 "
             "Certifications pursuant to Rule 13a-14(a). 32.1 Certification pursuant to 18 U.S.C. Section 1350. "
             "101 Inline XBRL documents. 104 Cover page interactive data file.")
    doc.heading("Signatures", 1, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.\n"
             "THIMBLEROOT RESTAURANT BRANDS, INC.    Date: August 5, 2026\n"
             "By: /s/ Maribel O. Fenchurch, Chief Executive Officer\n"
             "By: /s/ Dashiell K. Ormsby-Tate, Chief Financial Officer (Principal Financial and Accounting Officer)",
             align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str]) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q2 2026")
    doc.toc_labels = toc_labels
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
    doc = render_twice(lambda labels: render(values, labels))
    return bytes(doc.output()), doc
