"""Render the Veyrona Pharmaceuticals, Inc. Form 10-Q for the quarter ended June 30, 2026.

House style: DejaVu Sans text with DejaVu Sans Condensed tables, a dark plum header band on every table and tinted
subtotal rows, left-aligned table titles, no "$" inside tables (the units line carries the currency), negatives
with a true minus sign, a hyphen for zero, roman-numbered front matter and arabic page numbers that alternate
sides, and "- continued" on carried-over tables.
"""

from __future__ import annotations

from decimal import Decimal

import veyrona_data as vd
from pdf_layout import Doc, Row, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Veyrona Pharmaceuticals, Inc."
DOC_NAME = "VEYRONA_2026Q2_10Q"
THOUSANDS = "(unaudited; in thousands of U.S. dollars, except per share amounts)"
KUSD = "(unaudited; in thousands of U.S. dollars)"
P4 = list(vd.PERIODS)
GROUPS4 = [("Three Months Ended June 30,", 0, 2), ("Six Months Ended June 30,", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
PLUM = (84, 30, 78)
ROMAN = {1: "i", 2: "ii"}


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return ROMAN.get(index, str(index - 2))


def _footer(index: int, doc: Doc) -> tuple[str, str] | None:
    label = _label(index, doc)
    if not label:
        return None
    text = "Veyrona Pharmaceuticals, Inc.  |  Form 10-Q  |  Q2 2026"
    return (label, text) if index % 2 == 0 else (text, label)


STYLE = Style(
    body_family="DejaVuSans",
    body_files={"": "dejavu/DejaVuSans.ttf", "B": "dejavu/DejaVuSans-Bold.ttf",
                "I": "dejavu/DejaVuSans-Oblique.ttf", "BI": "dejavu/DejaVuSans-BoldOblique.ttf"},
    table_family="DejaVuSansCondensed",
    table_files={"": "dejavu/DejaVuSansCondensed.ttf", "B": "dejavu/DejaVuSansCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSansCondensed-Oblique.ttf", "BI": "dejavu/DejaVuSansCondensed-BoldOblique.ttf"},
    body_size=8.8,
    table_size=7.9,
    table_mode="banded",
    negative="uminus",
    dollar="none",
    zero="-",
    page_label=_label,
    header_text=lambda i, doc: ("VEYRONA PHARMACEUTICALS, INC.", "Quarterly Report on Form 10-Q for the period "
                                "ended June 30, 2026") if i >= 1 else None,
    footer_text=_footer,
    continued=" \u2014 continued",
    title_align="L",
    unit_align="L",
    title_upper=False,
    toc_leader=False,
    heading_rule=True,
    accent=PLUM,
    band=PLUM,
    band_text=(255, 255, 255),
    tint=(241, 233, 240),
    margin_l=17, margin_r=17, margin_t=19, margin_b=19,
)

TOC = [
    ("Special Note Regarding Forward-Looking Statements", "fls", 0),
    ("PART I. FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements (unaudited)", "item1", 1),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Operations and Comprehensive Income", "ops", 2),
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


def per(prefix: str, periods: list[str] | tuple[str, ...] = vd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 11)
    doc.cell(doc.width, 6, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 6, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 8.5)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    doc.body("B", 17)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 9, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("\u2612 QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the "
             "quarterly period ended June 30, 2026", align="C")
    doc.para("\u2610 TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             align="C")
    doc.para("Commission File Number: 001-39560", align="C")
    doc.ln(3)
    doc.body("B", 15)
    doc.cell(doc.width, 8, "VEYRONA PHARMACEUTICALS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8.5)
    doc.cell(doc.width, 5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(3)
    doc.para("Oskany (State or other jurisdiction of incorporation or organization)  |  46-3318072 (I.R.S. Employer "
             "Identification No.)", align="C")
    doc.para("1200 Fenwright Parkway, Suite 400, Larchmere Park, Oskany 20781  |  (410) 555-0163", align="C")
    doc.ln(2)
    doc.para("Securities registered pursuant to Section 12(b) of the Act: Common Stock, par value $0.0001 per share, "
             "trading symbol VYRN.", align="C")
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes \u2612 No \u2610. Large accelerated "
             "filer \u2612. Accelerated filer \u2610. Non-accelerated filer \u2610. Smaller reporting company "
             "\u2610. Emerging growth company \u2610. Shell company: Yes \u2610 No \u2612.", size=7.8)
    doc.para("As of July 31, 2026, the registrant had 51,147,806 shares of common stock, $0.0001 par value per share, "
             "outstanding.", size=7.8)


def front_matter(doc: Doc) -> None:
    doc.new_page()
    doc.section = "fls"
    doc.heading("SPECIAL NOTE REGARDING FORWARD-LOOKING STATEMENTS", 1, anchor="fls")
    doc.para("This Quarterly Report on Form 10-Q contains forward-looking statements, including statements about our "
             "expected 2026 net product revenue, the commercial performance of ORVENZA, KALTRIVE and NEBRAVIA, the "
             "timing of clinical data for VRX-214 and VRX-307, our research and development spending, the outcome of "
             "patent litigation and our capital allocation plans. Words such as \"anticipate,\" \"believe,\" "
             "\"expect,\" \"guidance,\" \"intend,\" \"may,\" \"plan\" and \"will\" identify forward-looking "
             "statements. Actual results could differ materially because of the risks described in Part II, Item 1A "
             "and in our Annual Report on Form 10-K for the year ended December 31, 2025.")
    doc.heading("Trademarks and Product Names", 2)
    doc.para("ORVENZA\u00ae (orvenitide) injection, KALTRIVE\u00ae (kaltrisone ophthalmic suspension) 0.25% and "
             "NEBRAVIA\u00ae (nebrafenone oral solution) are registered trademarks of Veyrona Pharmaceuticals, Inc. "
             "Our ex-U.S. licensee for ORVENZA is Aurelis Pharma GmbH (\"Aurelis\"). VRX-402 is licensed from "
             "Quorsa Biologics, Inc. (\"Quorsa\").")
    doc.heading("Defined Terms", 2)
    terms = [
        "\"Veyrona,\" the \"Company,\" \"we,\" \"us\" and \"our\" refer to Veyrona Pharmaceuticals, Inc. and its "
        "subsidiaries.",
        "\"2030 Notes\" means our 1.500% Convertible Senior Notes due 2030.",
        "\"GTN\" means gross-to-net: the deductions between gross product sales and net product revenue.",
        "\"IPR&D\" means acquired in-process research and development.",
        "\"TRx\" means total prescriptions dispensed, as reported by a third-party data provider.",
    ]
    doc.bullets(terms, mark="\u25aa")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "BS"
    doc.heading("PART I. FINANCIAL INFORMATION", 0, anchor="part1")
    doc.heading("Item 1. Financial Statements (unaudited)", 1, anchor="item1")
    doc.anchor("bs")
    d = list(vd.BS_DATES)
    sh = doc.values
    b = [
        R("ASSETS", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", per("bs.cash", d), "n0", indent=2),
        R("Marketable securities, current", per("bs.st_sec", d), "n0", indent=2),
        R("Accounts receivable, net", per("bs.ar", d), "n0", indent=2),
        R("Inventories", per("bs.inventories", d), "n0", indent=2),
        R("Prepaid expenses and other current assets", per("bs.prepaid", d), "n0", indent=2),
        R("Total current assets", per("bs.ca_total", d), "n0", kind="sub", indent=1),
        R("Marketable securities, non-current", per("bs.lt_sec", d), "n0", indent=1),
        R("Property and equipment, net", per("bs.ppe", d), "n0", indent=1),
        R("Operating lease right-of-use assets", per("bs.rou", d), "n0", indent=1),
        R("Intangible assets, net", per("bs.intangibles", d), "n0", indent=1),
        R("Goodwill", per("bs.goodwill", d), "n0", indent=1),
        R("Deferred tax assets, net", per("bs.dta", d), "n0", indent=1),
        R("Other assets\u2020", per("bs.other_assets", d), "n0", indent=1),
        R("Total assets", per("bs.assets_total", d), "n0", kind="total"),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable", per("bs.ap", d), "n0", indent=2),
        R("Accrued expenses and other current liabilities", per("bs.accrued", d), "n0", indent=2),
        R("Accrued rebates, returns and other sales deductions", per("bs.gtn", d), "n0", indent=2),
        R("Income taxes payable", per("bs.tax_payable", d), "n0", indent=2),
        R("Operating lease liabilities, current", per("bs.lease_current", d), "n0", indent=2),
        R("Total current liabilities", per("bs.cl_total", d), "n0", kind="sub", indent=1),
        R("Convertible senior notes, net", per("bs.conv", d), "n0", indent=1),
        R("Operating lease liabilities, non-current", per("bs.lease_noncurrent", d), "n0", indent=1),
        R("Other long-term liabilities", per("bs.other_ltl", d), "n0", indent=1),
        R("Total liabilities", per("bs.liab_total", d), "n0", kind="sub"),
        R("Commitments and contingencies (Note 11)", kind="head"),
        R("Stockholders' equity:", kind="head", indent=1),
        R("Preferred stock, $0.0001 par value; 10,000,000 shares authorized; none issued", ["=-", "=-"], "n0",
          indent=2),
        R(f"Common stock, $0.0001 par value; 200,000,000 shares authorized; {sh['bs.shares.jun26'] * 1000:,.0f} and "
          f"{sh['bs.shares.dec25'] * 1000:,.0f} shares outstanding at June 30, 2026 and December 31, 2025",
          per("bs.common", d), "n0", indent=2),
        R("Additional paid-in capital", per("bs.apic", d), "n0", indent=2),
        R("Treasury stock, at cost", per("bs.treasury", d), "n0", indent=2),
        R("Accumulated other comprehensive loss", per("bs.aoci", d), "n0", indent=2),
        R("Accumulated deficit", per("bs.deficit", d), "n0", indent=2),
        R("Total stockholders' equity", per("bs.equity", d), "n0", kind="sub", indent=1),
        R("Total liabilities and stockholders' equity", per("bs.le_total", d), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Balance Sheets", ["June 30,\n2026", "December 31,\n2025"], b,
              unit="(in thousands of U.S. dollars, except share amounts; June 30, 2026 unaudited)", label_w=118,
              notes=["\u2020 Includes non-current inventories; see Note 4."])

    doc.new_page()
    doc.section = "IS"
    doc.anchor("ops")
    rows = [R("Revenues:", kind="head")]
    rows += [
        R("Product revenue, net", per("is.product"), "n0", indent=1),
        R("Collaboration and royalty revenue", per("is.collab"), "n0", indent=1),
        R("Total revenues", per("is.rev_total"), "n0", kind="sub"),
        R("Operating expenses:", kind="head"),
        R("Cost of product sales (excluding amortization of acquired intangible assets)", per("is.cogs"), "n0",
          indent=1),
        R("Research and development", per("is.rd"), "n0", indent=1),
        R("Selling, general and administrative", per("is.sga"), "n0", indent=1),
        R("Acquired in-process research and development\u2021", per("is.iprd"), "n0", indent=1),
        R("Amortization of acquired intangible assets", per("is.amort"), "n0", indent=1),
        R("Total operating expenses", per("is.opex_total"), "n0", kind="sub"),
        R("Income from operations", per("is.op_income"), "n0", bold=True),
        R("Other income (expense):", kind="head"),
        R("Interest income", per("is.int_income"), "n0", indent=1),
        R("Interest expense", per("is.int_expense"), "n0", indent=1),
        R("Other income (expense), net", per("is.other"), "n0", indent=1),
        R("Total other income, net", per("is.other_total"), "n0", kind="sub"),
        R("Income before income taxes", per("is.pretax"), "n0"),
        R("Provision for income taxes", per("is.tax"), "n0", indent=1),
        R("Net income", per("is.net_income"), "n0", kind="total"),
        R("Net income per share:", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1),
        R("Weighted-average shares used in computing net income per share (in thousands):", kind="head"),
        R("Basic", per("is.shares_basic"), "n0", indent=1),
        R("Diluted", per("is.shares_diluted"), "n0", indent=1),
        R("Comprehensive income:", kind="head"),
        R("Net income", per("is.net_income"), "n0", indent=1),
        R("Unrealized gain (loss) on available-for-sale marketable securities, net of tax", per("ci.unrealized"),
          "n0", indent=1),
        R("Comprehensive income", per("ci.total"), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Operations and Comprehensive Income", COLS4, rows,
              groups=GROUPS4, unit=THOUSANDS, label_w=88,
              notes=["\u2021 Upfront payment to Quorsa for VRX-402; see Note 2."])

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    cols = ["shares", "common", "apic", "treasury", "aoci", "deficit", "total"]
    eq_rows: list[Row] = []
    blocks = (("26", "dec25", "mar26", "jun26", "December 31, 2025", "March 31, 2026", "June 30, 2026"),
              ("25", "dec24", "mar25", "jun25", "December 31, 2024", "March 31, 2025", "June 30, 2025"))
    for yr, b0, b1, b2, l0, l1, l2 in blocks:
        eq_rows.append(R(f"Six months ended June 30, 20{yr}", kind="head"))
        for period, a, z, la, lz in ((f"q1_{yr}", b0, b1, l0, l1), (f"q2_{yr}", b1, b2, l1, l2)):
            if period.startswith("q1"):
                eq_rows.append(R(f"Balance at {la}", [f"eq.{c}.{a}" for c in cols], "n0", bold=True))
            eq_rows += [
                R("Net income", [None, None, None, None, None, f"eq.ni.{period}", f"eq.ni.{period}"], "n0", indent=1),
                R("Other comprehensive income (loss)", [None, None, None, None, f"eq.oci.{period}", None,
                                                        f"eq.oci.{period}"], "n0", indent=1),
                R("Stock-based compensation", [None, None, f"eq.sbc.{period}", None, None, None, f"eq.sbc.{period}"],
                  "n0", indent=1),
                R("Issuance of common stock under equity plans", [f"eq.sh_issued.{period}", None,
                                                                  f"eq.options.{period}", None, None, None,
                                                                  f"eq.options.{period}"], "n0", indent=1),
                R("Shares withheld for taxes on vesting of restricted stock units",
                  [None, None, f"eq.withheld.{period}", None, None, None, f"eq.withheld.{period}"], "n0", indent=1),
                R("Repurchases of common stock", [f"eq.sh_repo.{period}", None, None, f"eq.repo.{period}", None, None,
                                                  f"eq.repo.{period}"], "n0", indent=1),
                R(f"Balance at {lz}", [f"eq.{c}.{z}" for c in cols], "n0", kind="sub", bold=True),
            ]
        eq_rows.append(R("", kind="blank"))
    doc.table("Condensed Consolidated Statements of Stockholders' Equity",
              ["Shares\n(thousands)", "Common\nStock", "Additional\nPaid-in\nCapital", "Treasury\nStock",
               "AOCI", "Accumulated\nDeficit", "Total"], eq_rows, unit=KUSD, label_w=62, size=7.4)

    doc.section = "CF"
    doc.new_page()
    doc.anchor("cf")
    m = ["h1_26", "h1_25"]
    cf = [
        R("Cash flows from operating activities:", kind="head"),
        R("Net income", per("cf.ni", m), "n0", indent=1),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head", indent=1),
        R("Stock-based compensation", per("cf.sbc", m), "n0", indent=2),
        R("Depreciation", per("cf.dep", m), "n0", indent=2),
        R("Amortization of acquired intangible assets", per("cf.amort", m), "n0", indent=2),
        R("Amortization of debt issuance costs", per("cf.debt_amort", m), "n0", indent=2),
        R("Acquired in-process research and development", per("cf.iprd", m), "n0", indent=2),
        R("Accretion of discounts on marketable securities, net", per("cf.sec_accretion", m), "n0", indent=2),
        R("Non-cash operating lease cost", per("cf.rou", m), "n0", indent=2),
        R("Deferred income taxes", per("cf.deferred", m), "n0", indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", per("cf.ar", m), "n0", indent=2),
        R("Inventories", per("cf.inv", m), "n0", indent=2),
        R("Prepaid expenses and other current assets", per("cf.prepaid", m), "n0", indent=2),
        R("Accounts payable", per("cf.ap", m), "n0", indent=2),
        R("Accrued expenses and other current liabilities", per("cf.accrued", m), "n0", indent=2),
        R("Accrued rebates, returns and other sales deductions", per("cf.gtn", m), "n0", indent=2),
        R("Income taxes payable", per("cf.tax_payable", m), "n0", indent=2),
        R("Operating lease liabilities", per("cf.lease", m), "n0", indent=2),
        R("Other assets and liabilities, net", per("cf.other", m), "n0", indent=2),
        R("Net cash provided by operating activities", per("cf.cfo", m), "n0", kind="sub"),
        R("Cash flows from investing activities:", kind="head"),
        R("Purchases of marketable securities", per("cf.sec_buy", m), "n0", indent=1),
        R("Maturities of marketable securities", per("cf.sec_mature", m), "n0", indent=1),
        R("Purchases of property and equipment", per("cf.capex", m), "n0", indent=1),
        R("Sales-based milestone capitalized as product rights", per("cf.milestone", m), "n0", indent=1),
        R("Acquisition of in-process research and development", per("cf.iprd_paid", m), "n0", indent=1),
        R("Net cash used in investing activities", per("cf.cfi", m), "n0", kind="sub"),
        R("Cash flows from financing activities:", kind="head"),
        R("Proceeds from exercise of stock options and employee stock purchase plan", per("cf.options", m), "n0",
          indent=1),
        R("Taxes paid related to net share settlement of restricted stock units", per("cf.withheld", m), "n0",
          indent=1),
        R("Repurchases of common stock", per("cf.repo", m), "n0", indent=1),
        R("Net cash used in financing activities", per("cf.cff", m), "n0", kind="sub"),
        R("Net increase in cash and cash equivalents", per("cf.change", m), "n0", bold=True),
        R("Cash and cash equivalents at beginning of period", per("cf.begin", m), "n0"),
        R("Cash and cash equivalents at end of period", per("cf.end", m), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", ["2026", "2025"], cf,
              groups=[("Six Months Ended June 30,", 0, 2)], unit=KUSD, label_w=122,
              notes=["Supplemental disclosure: cash paid for interest {cf.int_paid.h1_26:n0} and for income taxes "
                     "{cf.tax_paid.h1_26:n0} in the six months ended June 30, 2026 (in thousands)."])


def notes(doc: Doc) -> None:
    doc.new_page()
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 1, anchor="notes")
    doc.heading("1. Organization and Basis of Presentation", 3)
    doc.para("Veyrona Pharmaceuticals, Inc. is a specialty pharmaceutical company that develops and commercializes "
             "therapies for neurology and ophthalmology. The unaudited condensed consolidated financial statements "
             "have been prepared in accordance with U.S. GAAP for interim financial information and should be read "
             "together with the audited financial statements in our Annual Report on Form 10-K for 2025. Results for "
             "interim periods are not necessarily indicative of results for the full year.")

    doc.section = "note_rev"
    doc.heading("2. Revenue", 3)
    doc.para("Product revenue is recognized when specialty pharmacies and wholesalers obtain control of product, net "
             "of estimated chargebacks, cash discounts, rebates, returns and co-pay assistance (gross-to-net "
             "deductions). Net product revenue by product was as follows:")
    prod_rows = [R(name, per(f"rev.{k}"), "n0", indent=1) for k, name in vd.PRODUCTS.items()]
    prod_rows.append(R("Product revenue, net", per("is.product"), "n0", kind="sub"))
    prod_rows += [R(name, per(f"collab.{k}"), "n0", indent=1) for k, name in vd.COLLAB.items()]
    prod_rows.append(R("Collaboration and royalty revenue", per("is.collab"), "n0", kind="sub"))
    prod_rows.append(R("Total revenues", per("is.rev_total"), "n0", kind="total"))
    doc.table("Disaggregation of Revenue", COLS4, prod_rows, groups=GROUPS4, unit=KUSD, label_w=88)
    doc.para("Collaboration and royalty revenue consists of royalties on Aurelis's net sales of ORVENZA outside the "
             "United States, product supply revenue, and license and milestone payments. In the first quarter of "
             "2026 we recognized a milestone on Aurelis's receipt of European marketing authorization for ORVENZA. "
             "In February 2026 we licensed VRX-402 from Quorsa for an upfront payment that was expensed as acquired "
             "IPR&D; Quorsa is eligible for development milestones of up to $185 million.")
    doc.section = "note_gtn"
    doc.para("Activity in the reserves for gross-to-net deductions was as follows. Chargebacks and cash discounts "
             "are recorded as a reduction of accounts receivable; the other categories are included in accrued "
             "rebates, returns and other sales deductions.")
    gtn_rows: list[Row] = []
    cols = list(vd.GTN) + ["total"]
    for yr, l0, l1 in (("26", "December 31, 2025", "June 30, 2026"), ("25", "December 31, 2024", "June 30, 2025")):
        gtn_rows += [
            R(f"Balance at {l0}", [f"gtn.begin.{c}.{yr}" for c in cols], "n0", bold=True),
            R("Provision related to sales in the current period", [f"gtn.cur.{c}.{yr}" for c in cols], "n0",
              indent=1),
            R("Provision (reversal) related to sales in prior periods", [f"gtn.prior.{c}.{yr}" for c in cols], "n0",
              indent=1),
            R("Credits and payments", [f"gtn.paid.{c}.{yr}" for c in cols], "n0", indent=1),
            R(f"Balance at {l1}", [f"gtn.end.{c}.{yr}" for c in cols], "n0", kind="total"),
            R("", kind="blank"),
        ]
    doc.table("Gross-to-Net Reserve Activity", ["Chargebacks\nand Cash\nDiscounts", "Government\nand Commercial\n"
              "Rebates", "Product\nReturns", "Co-pay\nAssistance\nand Other", "Total"], gtn_rows, unit=KUSD,
              label_w=70)

    doc.section = "note_sec"
    doc.heading("3. Marketable Securities and Fair Value Measurements", 3)
    sec_rows = [R(label, [f"sec.{c}.{k}" for c in ("cost", "gains", "losses", "fv")], "n0")
                for k, (label, *_r) in vd.SECURITIES.items()]
    sec_rows.append(R("Total marketable securities", [f"sec.{c}.total" for c in ("cost", "gains", "losses", "fv")],
                      "n0", kind="total"))
    doc.table("Available-for-Sale Securities at June 30, 2026", ["Amortized\nCost", "Gross\nUnrealized\nGains",
              "Gross\nUnrealized\nLosses", "Fair\nValue"], sec_rows, unit=KUSD, label_w=78)
    doc.para("All marketable securities are classified as Level 2 and mature within three years; securities "
             "maturing after one year are presented as non-current. Unrealized losses are attributable to interest "
             "rates, not credit quality, and no allowance for credit losses was recorded.")

    doc.section = "note_inv"
    doc.heading("4. Inventories", 3)
    d = list(vd.BS_DATES)
    inv_rows = [R(label, per(f"inv.{k}", d), "n0") for k, (label, *_r) in vd.INVENTORY.items()]
    inv_rows += [
        R("Total inventories", per("inv.total", d), "n0", kind="sub"),
        R("Less: non-current inventories, included in other assets", per("inv.noncurrent", d), "n0"),
        R("Inventories, current", per("inv.current", d), "n0", kind="total"),
    ]
    doc.table(None, ["June 30,\n2026", "December 31,\n2025"], inv_rows, unit=KUSD, label_w=110)
    doc.para("Non-current inventories consist of ORVENZA active pharmaceutical ingredient that we expect to consume "
             "beyond twelve months.")

    doc.section = "note_int"
    doc.heading("5. Intangible Assets", 3)
    int_rows = []
    for k, label in (("kal", "KALTRIVE product rights"), ("neb", "NEBRAVIA license rights")):
        int_rows.append(R(label, [f"int.gross.{k}.jun26", f"int.accum.{k}.jun26", f"int.net.{k}.jun26",
                                  f"int.net.{k}.dec25"], "n0"))
    int_rows.append(R("Total intangible assets", ["int.gross.total.jun26", "int.accum.total.jun26",
                                                  "int.net.total.jun26", "int.net.total.dec25"], "n0", kind="total"))
    doc.table(None, ["Gross\nCarrying\nAmount", "Accumulated\nAmortization", "Net", "Net"], int_rows,
              groups=[("June 30, 2026", 0, 3), ("Dec. 31, 2025", 3, 1)], unit=KUSD, label_w=70)
    doc.para("In June 2026, KALTRIVE cumulative net sales exceeded the threshold in our 2022 acquisition agreement "
             "with Tervane Ophthalmics, and we paid a sales-based milestone of {int.milestone:d0} thousand, which was "
             "capitalized as product rights and is amortized over the remaining patent life. Estimated future "
             "amortization expense is: remainder of 2026, {int.sched.r2026:d0} thousand; 2027 through 2030, "
             "{int.sched.2027:d0} thousand per year; thereafter, {int.sched.after:d0} thousand.")

    doc.section = "note_acc"
    doc.heading("6. Accrued Expenses and Other Current Liabilities", 3)
    acc_rows = [R(label, per(f"acc.{k}", d), "n0") for k, (label, *_r) in vd.ACCRUED.items()]
    acc_rows.append(R("Other", per("acc.other", d), "n0"))
    acc_rows.append(R("Total accrued expenses and other current liabilities", per("acc.total", d), "n0",
                      kind="total"))
    doc.table(None, ["June 30,\n2026", "December 31,\n2025"], acc_rows, unit=KUSD, label_w=110)

    doc.section = "note_conv"
    doc.heading("7. Convertible Senior Notes", 3)
    doc.para("In March 2024 we issued $360.0 million aggregate principal amount of 1.500% Convertible Senior Notes "
             "due 2030 (the 2030 Notes). Interest is payable semi-annually on March 15 and September 15. The 2030 "
             "Notes are convertible at an initial conversion rate of {conv.rate:n4} shares of common stock per "
             "$1,000 principal amount, equivalent to a conversion price of approximately ${conv.price:n2} per share. "
             "We may settle conversions in cash, shares or a combination at our election.")
    conv_rows = [
        R("Principal amount", per("conv.principal", d), "n0"),
        R("Unamortized debt issuance costs", per("conv.costs", d), "n0"),
        R("Net carrying amount", per("conv.net", d), "n0", kind="total"),
    ]
    doc.table(None, ["June 30,\n2026", "December 31,\n2025"], conv_rows, unit=KUSD, label_w=110)
    int_rows2 = [
        R("Contractual coupon interest", per("conv.coupon"), "n0"),
        R("Amortization of debt issuance costs", per("conv.amort"), "n0"),
        R("Total interest expense recognized", per("conv.interest"), "n0", kind="total"),
    ]
    doc.table("Interest Expense on the 2030 Notes", COLS4, int_rows2, groups=GROUPS4, unit=KUSD, label_w=88)
    doc.para("The effective interest rate on the 2030 Notes is {conv.eff_rate:p2}. The estimated fair value of the "
             "2030 Notes (Level 2) was ${conv.fair_value:n1} million at June 30, 2026.")

    doc.section = "note_sbc"
    doc.heading("8. Stockholders' Equity and Stock-Based Compensation", 3)
    sbc_rows = [R(label, per(f"sbc.{k}"), "n0") for k, label in (
        ("cogs", "Cost of product sales"), ("rd", "Research and development"),
        ("sga", "Selling, general and administrative"))]
    sbc_rows.append(R("Total stock-based compensation expense", per("sbc.total"), "n0", kind="total"))
    doc.table("Stock-Based Compensation Expense by Line Item", COLS4, sbc_rows, groups=GROUPS4, unit=KUSD,
              label_w=88)
    doc.para("At June 30, 2026, unrecognized compensation cost related to unvested stock options and restricted "
             "stock units was {sbc.unrecognized:d0} thousand, expected to be recognized over a weighted-average "
             "period of {sbc.years:n1} years. In November 2024 our Board authorized the repurchase of up to "
             "{rep.authorization:d0} thousand of common stock; see Part II, Item 2.")

    doc.section = "note_eps"
    doc.heading("9. Net Income per Share", 3)
    doc.para("Diluted net income per share reflects the if-converted method for the 2030 Notes: interest expense on "
             "the notes, net of tax at the 21% statutory rate, is added back to net income and the shares issuable "
             "on conversion are added to the diluted share count.")
    eps_rows = [
        R("Numerator:", kind="head"),
        R("Net income - basic", per("is.net_income"), "n0", indent=1),
        R("Add: interest expense on the 2030 Notes, net of tax", per("eps.addback"), "n0", indent=1),
        R("Net income - diluted", per("eps.ni_diluted"), "n0", kind="sub", indent=1),
        R("Denominator (in thousands):", kind="head"),
        R("Weighted-average common shares outstanding - basic", per("is.shares_basic"), "n0", indent=1),
        R("Dilutive effect of stock options, RSUs and ESPP", per("eps.dilutive"), "n0", indent=1),
        R("Shares issuable on conversion of the 2030 Notes", per("eps.conv_shares"), "n0", indent=1),
        R("Weighted-average common shares outstanding - diluted", per("is.shares_diluted"), "n0", kind="sub",
          indent=1),
        R("Net income per share - basic", per("is.eps_basic"), "n2"),
        R("Net income per share - diluted", per("is.eps_diluted"), "n2", kind="total"),
    ]
    doc.table(None, COLS4, eps_rows, groups=GROUPS4, unit=THOUSANDS, label_w=88)

    doc.section = "note_tax"
    doc.heading("10. Income Taxes", 3)
    doc.para("Our effective tax rate was {tax.rate.q2_26:p1} and {tax.rate.q2_25:p1} for the three months ended June "
             "30, 2026 and 2025, and {tax.rate.h1_26:p1} and {tax.rate.h1_25:p1} for the six months then ended. The "
             "rates differ from the 21% statutory rate primarily because of state taxes, non-deductible "
             "executive compensation and the research and development credit.")
    doc.section = "note_legal"
    doc.heading("11. Commitments and Contingencies", 3)
    doc.para("In April 2026 we received a Paragraph IV certification notice from Brenmoor Generics, LLC relating to "
             "an abbreviated new drug application for a generic version of KALTRIVE, and in May 2026 we filed a "
             "patent infringement suit, which triggered a 30-month stay of approval. We intend to enforce our "
             "patents vigorously.")


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item2")
    doc.heading("Overview", 3)
    doc.para("Total revenues for the second quarter of 2026 were {is.rev_total.q2_26:d0} thousand, an increase of "
             "{chg_pct.rev_total.q2:p1} over the second quarter of 2025, driven by ORVENZA and NEBRAVIA demand. "
             "ORVENZA total prescriptions (TRx) were {mda.trx_orv.q2_26:n0} in the quarter compared with "
             "{mda.trx_orv.q2_25:n0} a year earlier. We now expect full-year 2026 net product revenue of "
             "${mda.guide_low:n0} million to ${mda.guide_high:n0} million and research and development expense of "
             "${mda.rd_guide_low:n0} million to ${mda.rd_guide_high:n0} million. At June 30, 2026 we had "
             "{mda.employees:n0} employees, including {mda.reps:n0} sales representatives.")
    doc.section = "mda_results"
    doc.heading("Results of Operations - Three Months Ended June 30, 2026 and 2025", 3)
    rows = [R("Net product revenue:", kind="head")]
    for k, name in vd.PRODUCTS.items():
        rows.append(R(name, [f"rev.{k}.q2_26", f"rev.{k}.q2_25", f"chg.{k}.q2", f"chg_pct.{k}.q2"],
                      ["n0", "n0", "n0", "p1"], indent=1))
    rows.append(R("Product revenue, net", ["is.product.q2_26", "is.product.q2_25", "chg.product.q2",
                                           "chg_pct.product.q2"], ["n0", "n0", "n0", "p1"], kind="sub"))
    rows.append(R("Collaboration and royalty revenue", ["is.collab.q2_26", "is.collab.q2_25", "chg.collab.q2",
                                                        "chg_pct.collab.q2"], ["n0", "n0", "n0", "p1"]))
    rows.append(R("Total revenues", ["is.rev_total.q2_26", "is.rev_total.q2_25", "chg.rev_total.q2",
                                     "chg_pct.rev_total.q2"], ["n0", "n0", "n0", "p1"], kind="sub"))
    for k, label in (("cogs", "Cost of product sales"), ("rd", "Research and development"),
                     ("sga", "Selling, general and administrative"), ("amort", "Amortization of intangible assets"),
                     ("op_income", "Income from operations"), ("net_income", "Net income")):
        rows.append(R(label, [f"is.{k}.q2_26", f"is.{k}.q2_25", f"chg.{k}.q2", f"chg_pct.{k}.q2"],
                      ["n0", "n0", "n0", "p1"], bold=k in ("op_income", "net_income")))
    doc.table("Comparison of Results - Second Quarter", ["2026", "2025", "Change", "% Change"], rows,
              groups=[("Three Months Ended June 30,", 0, 2), ("2026 vs. 2025", 2, 2)],
              unit="(in thousands, except percentages)", label_w=76)
    doc.para("ORVENZA net revenue grew on higher demand and a modest price increase, partly offset by higher "
             "Medicaid rebates. KALTRIVE grew on volume. NEBRAVIA benefited from expanded commercial coverage "
             "following its inclusion on two national formularies in January 2026. Other products, which consist of "
             "authorized generics, continued to decline. Selling, general and administrative expense increased "
             "because of the expansion of our ophthalmology sales force and NEBRAVIA promotional programs.")
    doc.section = "mda_h1"
    doc.heading("Results of Operations - Six Months Ended June 30, 2026 and 2025", 3)
    rows = []
    for k, name in vd.PRODUCTS.items():
        rows.append(R(name, [f"rev.{k}.h1_26", f"rev.{k}.h1_25", f"chg.{k}.h1", f"chg_pct.{k}.h1"],
                      ["n0", "n0", "n0", "p1"], indent=1))
    rows.append(R("Product revenue, net", ["is.product.h1_26", "is.product.h1_25", "chg.product.h1",
                                           "chg_pct.product.h1"], ["n0", "n0", "n0", "p1"], kind="sub"))
    rows.append(R("Total revenues", ["is.rev_total.h1_26", "is.rev_total.h1_25", "chg.rev_total.h1",
                                     "chg_pct.rev_total.h1"], ["n0", "n0", "n0", "p1"], kind="sub"))
    doc.table("Comparison of Results - First Six Months", ["2026", "2025", "Change", "% Change"], rows,
              groups=[("Six Months Ended June 30,", 0, 2), ("2026 vs. 2025", 2, 2)],
              unit="(in thousands, except percentages)", label_w=76)

    doc.section = "mda_gtn"
    doc.heading("Gross-to-Net Deductions", 3)
    g_rows = [R("Gross product sales", per("gtn.gross"), "n0")]
    g_rows += [R(label, per(f"gtn.prov.{c}"), "n0", indent=1) for c, label in vd.GTN.items()]
    g_rows += [
        R("Total gross-to-net deductions", per("gtn.prov.total"), "n0", kind="sub"),
        R("Product revenue, net", per("gtn.net"), "n0", kind="total"),
        R("Deductions as a percentage of gross product sales", per("gtn.pct"), "p1"),
    ]
    doc.table(None, COLS4, g_rows, groups=GROUPS4, unit="(in thousands, except percentages)", label_w=88)

    doc.section = "mda_rd"
    doc.heading("Research and Development", 3)
    rd_rows = [R(label, per(f"rd.{k}"), "n0") for k, (label, _a) in vd.RD_PROGRAMS.items()]
    rd_rows.append(R("Unallocated personnel, facilities and other costs", per("rd.other"), "n0"))
    rd_rows.append(R("Total research and development expense", per("rd.total"), "n0", kind="total"))
    doc.table("Research and Development Expense by Program", COLS4, rd_rows, groups=GROUPS4, unit=KUSD,
              label_w=88)
    doc.para("VRX-214 completed enrollment in its Phase 3 trial in May 2026, and we expect topline data in the first "
             "half of 2027. The VRX-307 Phase 2b trial is ongoing. The six months ended June 30, 2026 also include "
             "the acquired IPR&D charge for VRX-402, which is presented separately from research and development "
             "expense.")

    doc.section = "liquidity"
    doc.heading("Liquidity and Capital Resources", 3)
    doc.para("At June 30, 2026 we had cash, cash equivalents and marketable securities of {mda.cash_sec:d0} "
             "thousand, compared with {sec.total.dec25:n0} thousand of marketable securities and "
             "{bs.cash.dec25:n0} thousand of cash and cash equivalents at December 31, 2025. Our only debt is the "
             "$360.0 million of 2030 Notes. We believe existing resources and cash from operations will be "
             "sufficient to fund operations, the share repurchase program and milestone obligations for at least "
             "the next 12 months.")
    sum_rows = [
        R("Net cash provided by operating activities", per("cf.cfo", ["h1_26", "h1_25"]), "n0"),
        R("Net cash used in investing activities", per("cf.cfi", ["h1_26", "h1_25"]), "n0"),
        R("Net cash used in financing activities", per("cf.cff", ["h1_26", "h1_25"]), "n0"),
        R("Net increase in cash and cash equivalents", per("cf.change", ["h1_26", "h1_25"]), "n0", kind="total"),
    ]
    doc.table("Summary of Cash Flows", ["2026", "2025"], sum_rows, groups=[("Six Months Ended June 30,", 0, 2)],
              unit=KUSD, label_w=110)
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item3")
    doc.para("Our marketable securities are exposed to interest rate risk; a hypothetical 100 basis point increase in "
             "interest rates would decrease their fair value by approximately $5.1 million. The 2030 Notes bear a "
             "fixed rate. Foreign currency exposure on royalties from Aurelis is not material.")
    doc.section = "item4"
    doc.heading("Item 4. Controls and Procedures", 1, anchor="item4")
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of June 30, 2026. There was no change in internal control over financial "
             "reporting during the quarter that materially affected, or is reasonably likely to materially affect, "
             "internal control over financial reporting.")


def part2(doc: Doc) -> None:
    doc.section = "part2"
    doc.heading("PART II. OTHER INFORMATION", 0, anchor="part2")
    doc.heading("Item 1. Legal Proceedings", 1, anchor="p2item1")
    doc.para("See Note 11 to the condensed consolidated financial statements.")
    doc.heading("Item 1A. Risk Factors", 1, anchor="p2item1a")
    doc.para("Except for the risk described below, there have been no material changes to the risk factors in our "
             "2025 Annual Report on Form 10-K. The Paragraph IV litigation regarding KALTRIVE could result in the "
             "launch of a generic product before the expiration of our patents, which would significantly reduce "
             "KALTRIVE revenue.")
    doc.section = "p2_repo"
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 1, anchor="p2item2")
    rows = []
    for m, label in (("apr", "April 1 - April 30, 2026"), ("may", "May 1 - May 31, 2026"),
                     ("jun", "June 1 - June 30, 2026")):
        rows.append(R(label, [f"rep.shares.{m}", f"rep.price.{m}", f"rep.shares.{m}", f"rep.remaining.{m}"],
                      ["n0", "n2", "n0", "n0"]))
    rows.append(R("Total", ["rep.shares.total", None, "rep.shares.total", None], "n0", kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average Price\nPaid per "
              "Share ($)", "Shares Purchased as\nPart of Publicly\nAnnounced Program", "Approximate Value\nRemaining "
              "Under Program\n($ thousands)"], rows, label_w=52)
    doc.section = "part2_other"
    doc.heading("Item 5. Other Information", 1, anchor="p2item5", keep=20)
    doc.para("During the three months ended June 30, 2026, no director or officer adopted or terminated a Rule 10b5-1 "
             "trading arrangement, except that on May 12, 2026 our Chief Commercial Officer, Halden P. Strovick, "
             "adopted a plan providing for the sale of up to 24,000 shares through May 2027. Items 3 and 4 are not "
             "applicable.")
    doc.heading("Item 6. Exhibits", 1, anchor="p2item6", keep=20)
    doc.para("10.1 License Agreement between Veyrona Pharmaceuticals, Inc. and Quorsa Biologics, Inc., dated February "
             "9, 2026 (portions omitted). 31.1 and 31.2 Rule 13a-14(a) Certifications. 32.1 Section 1350 "
             "Certifications. 101 Inline XBRL documents. 104 Cover page interactive data file.")
    doc.heading("Signatures", 1, anchor="signatures", keep=20)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized. Date: August 6, 2026.")
    doc.para("VEYRONA PHARMACEUTICALS, INC.\nBy: /s/ Corvin A. Melgrave, President and Chief Executive Officer\n"
             "By: /s/ Thessaly R. Oduya-Brandt, Chief Financial Officer (Principal Financial and Accounting Officer)",
             align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str]) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q2 2026")
    doc.add_page()
    cover(doc)
    doc.add_page()
    doc.section = "toc"
    doc.heading("TABLE OF CONTENTS", 0)
    doc.toc(TOC, toc_labels, head="Page")
    front_matter(doc)
    statements(doc)
    notes(doc)
    mda(doc)
    part2(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = vd.build()
    doc = render_twice(lambda labels: render(values, labels))
    return bytes(doc.output()), doc
