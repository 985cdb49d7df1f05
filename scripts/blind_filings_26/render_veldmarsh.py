"""Render the Veldmarsh Capital Group, Inc. Form 10-Q for the quarter ended June 30, 2026.

House style: DejaVu Serif text with DejaVu Serif Condensed tables, "band" tables (column heads reversed in white out
of a solid teal band, no row rules, tinted subtotal rows, teal rules around totals), mixed-case centred teal table
titles, "$" set apart at the left edge of the column on first and total rows, negatives with a leading hyphen-minus,
an en dash for zero, upper-case level-one headings with a teal rule under them, a middle-dot leader table of contents,
"Page n of N" footers counted from the cover (which is page 1 and unnumbered) and ", continued" on carried-over
tables.
"""

from __future__ import annotations

from decimal import Decimal

import veldmarsh_data as vd
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Veldmarsh Capital Group, Inc."
DOC_NAME = "VELDMARSH_2026Q2_10Q"
TEAL = (0, 92, 98)
KUSD = "(unaudited; in thousands)"
KUSD_PS = "(unaudited; in thousands, except per share data)"
MUSD = "(in millions)"
P4 = list(vd.PERIODS)
GROUPS4 = [("Three Months Ended\nJune 30,", 0, 2), ("Six Months Ended\nJune 30,", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
BS_COLS = ["June 30,\n2026", "December 31,\n2025"]
DATES = list(vd.DATES)


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_draw_color(*TEAL)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, 10.0, 0.5)
    doc.set_font("DejaVuSerif", "", 6.6)
    doc.set_text_color(*TEAL)
    doc.set_xy(doc.l_margin, 11.0)
    doc.cell(doc.width, 3.5, "Veldmarsh Capital Group, Inc.  \u00b7  Quarterly Report on Form 10-Q  \u00b7  June 30, "
             "2026", align="R")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("DejaVuSerif", "I", 7.2)
    doc.set_xy(doc.l_margin, doc.h - 12.4)
    total = doc.total_pages or 0
    doc.cell(doc.width, 4, f"Page {label} of {total}", align="C")


STYLE = Style(
    body_family="DejaVuSerif",
    body_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf", "I": "dejavu/DejaVuSerif-Italic.ttf",
                "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    table_family="DejaVuSerifCondensed",
    table_files={"": "dejavu/DejaVuSerifCondensed.ttf", "B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSerifCondensed-Italic.ttf", "BI": "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"},
    body_size=8.5,
    table_size=7.7,
    table_mode="band",
    negative="hyphen",
    dollar="detached",
    zero="\u2013",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=", continued",
    title_align="C",
    unit_align="C",
    title_upper=False,
    head_align="C",
    toc_style="leader",
    heading_kind="rule",
    heading_upper=True,
    accent=TEAL,
    tint=(221, 237, 237),
    margin_l=19, margin_r=19, margin_t=17, margin_b=18,
)

TOC = [
    ("Forward-Looking Statements and Glossary", "fls", 0),
    ("PART I \u2014 FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements (unaudited)", "item1", 1),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Income", "is", 2),
    ("Condensed Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Condensed Consolidated Statements of Changes in Equity", "eq", 2),
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


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10.5)
    doc.cell(doc.width, 5, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 5, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 8.4)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    doc.set_draw_color(*TEAL)
    doc._rule(doc.l_margin + 40, doc.w - doc.r_margin - 40, doc.get_y(), 0.6)
    doc.ln(3)
    doc.body("B", 20)
    doc.set_text_color(*TEAL)
    doc.cell(doc.width, 10, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(2)
    doc.para("\u25a0 QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.0, align="C")
    doc.para("For the quarterly period ended June 30, 2026", style="B", size=8.6, align="C")
    doc.para("\u25a1 TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.0, align="C")
    doc.para("Commission File Number 001-38824", size=8.0, align="C")
    doc.ln(2)
    doc.body("B", 16)
    doc.cell(doc.width, 8, "Veldmarsh Capital Group, Inc.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.8)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State or other jurisdiction of incorporation", ["=Ostreval"]),
        R("I.R.S. Employer Identification No.", ["=82-3307415"]),
        R("Address of principal executive offices", ["=40 Quayside Row, 19th Floor, Port Merriden, Ostreval 30418"]),
        R("Registrant's telephone number", ["=(559) 555-0127"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=68, size=7.6)
    rows = [R("Common stock, par value $0.01 per share", ["=VMCG", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading\nSymbol",
              "Name of each exchange\non which registered"], rows, label_w=68, size=7.6)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes \u25a0 No \u25a1. Large accelerated "
             "filer \u25a0. Shell company: Yes \u25a1 No \u25a0.", size=7.4)
    doc.para("As of July 24, 2026, there were 51,204,376 shares of the registrant's common stock outstanding.",
             size=7.4)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.heading("Table of Contents", 1)
    doc.toc(TOC, head="Page")
    doc.ln(3)
    doc.section = "fls"
    doc.heading("Forward-Looking Statements and Glossary", 1, anchor="fls", keep=40)
    doc.para("This report contains forward-looking statements about client flows, fee rates, investment performance, "
             "expenses, capital return and the integration of acquired businesses. They are identified by words "
             "such as \"anticipate,\" \"believe,\" \"could,\" \"expect,\" \"intend,\" \"may\" and \"will.\" Market "
             "declines, weak relative investment performance, fee pressure, the loss of key investment professionals, "
             "the termination of advisory contracts, regulatory change and operational or cyber incidents could "
             "cause actual results to differ materially. We do not undertake to update them.", size=8.2)
    terms = [
        ("AUM", "Assets under management: client assets on which we earn investment advisory fees."),
        ("Average AUM", "The average of month-end AUM for the period, used to compute fee rates."),
        ("Fee rate", "Investment advisory fees for the period, annualized (quarterly fees multiplied by four, "
                     "six-month fees by two), divided by average AUM, in basis points (bps)."),
        ("Net client flows", "Client inflows less client outflows, excluding market movements, foreign exchange and "
                             "dispositions."),
        ("Ardent Hollow", "Ardent Hollow Partners LLC, our 80%-owned private credit affiliate."),
    ]
    for term, text in terms:
        doc.body("B", 8.0)
        doc.cell(30, 4.2, term)
        doc.body("", 8.0)
        doc.multi_cell(doc.width - 30, 4.2, text, new_x="LMARGIN", new_y="NEXT")
        doc.ln(0.6)


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "BS"
    doc.heading("PART I \u2014 FINANCIAL INFORMATION", 1, anchor="part1")
    doc.anchor("item1")
    doc.heading("Item 1. Financial Statements (unaudited)", 2)
    doc.anchor("bs")
    v = doc.values
    d = DATES
    rows = [
        R("Assets", kind="head"),
        R("Cash and cash equivalents", per("bs.cash", d), "n0", dollar=True),
        R("Investment advisory fees and other receivables", per("bs.fees_rec", d), "n0"),
        R("Investments (Note 3)", per("bs.inv", d), "n0"),
        R("Prepaid expenses and other assets", per("bs.prepaid", d), "n0"),
        R("Property and equipment, net", per("bs.ppe", d), "n0"),
        R("Operating lease right-of-use assets", per("bs.rou", d), "n0"),
        R("Goodwill", per("bs.gw", d), "n0"),
        R("Intangible assets, net", per("bs.intang", d), "n0"),
        R("Total assets", per("bs.assets", d), "n0", kind="total", dollar=True),
        R("Liabilities", kind="head"),
        R("Accrued compensation and benefits", per("bs.accrued_comp", d), "n0", dollar=True),
        R("Accounts payable and accrued liabilities", per("bs.ap", d), "n0"),
        R("Operating lease liabilities", per("bs.lease", d), "n0"),
        R("Long-term debt (Note 5)", per("bs.debt", d), "n0"),
        R("Deferred income taxes, net", per("bs.dtl", d), "n0"),
        R("Other liabilities", per("bs.other_l", d), "n0"),
        R("Total liabilities", per("bs.liab", d), "n0", kind="sub"),
        R("Commitments and contingencies (Note 12)", kind="head"),
        R("Equity", kind="head"),
        R(f"Common stock, $0.01 par value; 200,000 shares authorized; {v['sh.issued_total.jun26']:,.0f} and "
          f"{v['sh.issued_total.dec25']:,.0f} shares issued", per("bs.cs", d), "n0", indent=1),
        R("Additional paid-in capital", per("bs.apic", d), "n0", indent=1),
        R("Retained earnings", per("bs.re", d), "n0", indent=1),
        R("Accumulated other comprehensive loss", per("bs.aoci", d), "n0", indent=1),
        R(f"Treasury stock, at cost ({v['sh.treasury.jun26']:,.0f} and {v['sh.treasury.dec25']:,.0f} shares)",
          per("bs.treasury", d), "n0", indent=1),
        R("Total Veldmarsh Capital Group, Inc. stockholders' equity", per("bs.parent_eq", d), "n0", kind="sub"),
        R("Noncontrolling interests", per("bs.nci", d), "n0", indent=1),
        R("Total equity", per("bs.equity", d), "n0", kind="sub"),
        R("Total liabilities and equity", per("bs.le", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit="(in thousands, except share data in "
              "thousands; June 30, 2026 unaudited)", label_w=112)

    doc.new_page()
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Revenues", kind="head"),
        R("Investment advisory fees", per("is.adv"), "n0", indent=1, dollar=True),
        R("Performance fees", per("is.perf"), "n0", indent=1),
        R("Distribution and shareholder servicing fees", per("is.dist_rev"), "n0", indent=1),
        R("Other revenue", per("is.other_rev"), "n0", indent=1),
        R("Total revenues", per("is.rev"), "n0", kind="sub"),
        R("Operating expenses", kind="head"),
        R("Compensation and benefits", per("is.comp"), "n0", indent=1),
        R("Distribution, servicing and custody", per("is.dist"), "n0", indent=1),
        R("Technology and market data", per("is.tech"), "n0", indent=1),
        R("Occupancy and equipment", per("is.occ"), "n0", indent=1),
        R("General, administrative and other", per("is.ga"), "n0", indent=1),
        R("Amortization of intangible assets", per("is.amort"), "n0", indent=1),
        R("Total operating expenses", per("is.exp"), "n0", kind="sub"),
        R("Operating income", per("is.oi"), "n0", bold=True),
        R("Non-operating income (expense)", kind="head"),
        R("Investment income (loss), net", per("is.inv_inc"), "n0", indent=1),
        R("Interest expense", per("is.interest"), "n0", indent=1),
        R("Other, net", per("is.other_nonop"), "n0", indent=1),
        R("Total non-operating income (expense)", per("is.nonop"), "n0", kind="sub"),
        R("Income before income taxes", per("is.pretax"), "n0", bold=True),
        R("Income tax expense", per("is.tax"), "n0", indent=1),
        R("Net income", per("is.ni"), "n0", bold=True),
        R("Less: net income attributable to noncontrolling interests", per("is.nci"), "n0", indent=1),
        R("Net income attributable to Veldmarsh Capital Group, Inc.", per("is.nia"), "n0", kind="total",
          dollar=True),
        R("Earnings per share attributable to Veldmarsh Capital Group, Inc.", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding", kind="head"),
        R("Basic", per("is.shares_basic"), "n0", indent=1),
        R("Diluted", per("is.shares_diluted"), "n0", indent=1),
        R("Dividends declared per share", per("is.dps"), "n2", dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Income", COLS4, rows, groups=GROUPS4, unit=KUSD_PS, label_w=84)
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", per("is.ni"), "n0", dollar=True),
        R("Other comprehensive income (loss): foreign currency translation adjustments", per("ci.oci"), "n0"),
        R("Comprehensive income", per("ci.total"), "n0", kind="sub"),
        R("Less: comprehensive income attributable to noncontrolling interests", per("ci.nci"), "n0", indent=1),
        R("Comprehensive income attributable to Veldmarsh Capital Group, Inc.", per("ci.attrib"), "n0",
          kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Comprehensive Income", COLS4, rows, groups=GROUPS4, unit=KUSD,
              label_w=84)

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    begin = ["mar26", "mar25", "dec25", "dec24"]
    end = ["jun26", "jun25", "jun26", "jun25"]
    rows = [
        R("Common stock", kind="head"),
        R("Beginning balance", [f"eq.cs.{b}" for b in begin], "n0", indent=1, dollar=True),
        R("Shares issued on vesting of restricted stock units", per("eq.par"), "n0", indent=1),
        R("Ending balance", [f"eq.cs.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Additional paid-in capital", kind="head"),
        R("Beginning balance", [f"eq.apic.{b}" for b in begin], "n0", indent=1),
        R("Share-based compensation", per("eq.sbc"), "n0", indent=1),
        R("Shares withheld for employee taxes", per("eq.withheld"), "n0", indent=1),
        R("Par value of shares issued on vesting", per("eq.par_apic"), "n0", indent=1),
        R("Ending balance", [f"eq.apic.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Retained earnings", kind="head"),
        R("Beginning balance", [f"eq.re.{b}" for b in begin], "n0", indent=1),
        R("Net income attributable to Veldmarsh Capital Group, Inc.", per("eq.ni"), "n0", indent=1),
        R("Dividends declared", per("eq.div"), "n0", indent=1),
        R("Ending balance", [f"eq.re.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Accumulated other comprehensive loss", kind="head"),
        R("Beginning balance", [f"eq.aoci.{b}" for b in begin], "n0", indent=1),
        R("Foreign currency translation adjustments", per("eq.oci"), "n0", indent=1),
        R("Ending balance", [f"eq.aoci.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Treasury stock", kind="head"),
        R("Beginning balance", [f"eq.treasury.{b}" for b in begin], "n0", indent=1),
        R("Repurchases of common stock", per("eq.repo"), "n0", indent=1),
        R("Ending balance", [f"eq.treasury.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Total Veldmarsh Capital Group, Inc. stockholders' equity", [f"eq.parent.{e}" for e in end], "n0",
          bold=True),
        R("Noncontrolling interests", kind="head"),
        R("Beginning balance", [f"eq.nci.{b}" for b in begin], "n0", indent=1),
        R("Net income attributable to noncontrolling interests", per("eq.nci_ni"), "n0", indent=1),
        R("Distributions to noncontrolling interests", per("eq.nci_dist"), "n0", indent=1),
        R("Ending balance", [f"eq.nci.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Total equity, end of period", [f"eq.total.{e}" for e in end], "n0", kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Changes in Equity", COLS4, rows, groups=GROUPS4, unit=KUSD,
              label_w=84, keep=True)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    m = ["h1_26", "h1_25"]
    rows = [
        R("Cash flows from operating activities", kind="head"),
        R("Net income", per("cf.ni", m), "n0", dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", per("cf.da", m), "n0", indent=2),
        R("Share-based compensation", per("cf.sbc", m), "n0", indent=2),
        R("Deferred income taxes", per("cf.deferred", m), "n0", indent=2),
        R("Net (gains) losses on investments", per("cf.gains", m), "n0", indent=2),
        R("Amortization of debt issuance costs", per("cf.debt_amort", m), "n0", indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Investment advisory fees and other receivables", per("cf.fees_rec", m), "n0", indent=2),
        R("Prepaid expenses and other assets", per("cf.prepaid", m), "n0", indent=2),
        R("Accrued compensation and benefits", per("cf.accrued_comp", m), "n0", indent=2),
        R("Accounts payable and accrued liabilities", per("cf.ap", m), "n0", indent=2),
        R("Operating lease assets and liabilities, net", per("cf.lease", m), "n0", indent=2),
        R("Other liabilities", per("cf.other_l", m), "n0", indent=2),
        R("Net cash provided by operating activities", per("cf.cfo", m), "n0", kind="sub"),
        R("Cash flows from investing activities", kind="head"),
        R("Purchases of property and equipment", per("cf.capex", m), "n0", indent=1),
        R("Purchases of investments", per("cf.purch", m), "n0", indent=1),
        R("Proceeds from sales and redemptions of investments", per("cf.sales", m), "n0", indent=1),
        R("Net cash used in investing activities", per("cf.cfi", m), "n0", kind="sub"),
        R("Cash flows from financing activities", kind="head"),
        R("Net borrowings under revolving credit facility", per("cf.rcf", m), "n0", indent=1),
        R("Dividends paid", per("cf.div", m), "n0", indent=1),
        R("Repurchases of common stock", per("cf.repo", m), "n0", indent=1),
        R("Shares withheld for employee taxes on vested awards", per("cf.withheld", m), "n0", indent=1),
        R("Distributions to noncontrolling interests", per("cf.nci_dist", m), "n0", indent=1),
        R("Net cash used in financing activities", per("cf.cff", m), "n0", kind="sub"),
        R("Effect of exchange rate changes on cash and cash equivalents", per("cf.fx", m), "n0"),
        R("Net decrease in cash and cash equivalents", per("cf.change", m), "n0", bold=True),
        R("Cash and cash equivalents, beginning of period", per("cf.begin", m), "n0"),
        R("Cash and cash equivalents, end of period", per("cf.end", m), "n0", kind="total", dollar=True),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", ["2026", "2025"], rows,
              groups=[("Six Months Ended June 30,", 0, 2)], unit=KUSD, label_w=118,
              notes=["Supplemental information, six months ended June 30, 2026: cash paid for income taxes "
                     "{cf.tax_paid.h1_26:d0} thousand; cash paid for interest {cf.int_paid.h1_26:d0} thousand."])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 2, anchor="notes", keep=60)
    doc.heading("1. Organization and Basis of Presentation", 3)
    doc.para("Veldmarsh Capital Group, Inc. is an independent investment management holding company. Through its "
             "subsidiaries it manages equity, fixed income, multi-asset and alternative strategies for individual "
             "investors, through mutual funds, exchange-traded funds and collective investment trusts, and for "
             "institutions, through separate accounts and private funds. We own 80% of Ardent Hollow; the remaining "
             "{nci.pct:n0}% interest, held by its founding partners, is reported as a noncontrolling interest. "
             "These unaudited interim statements follow U.S. GAAP for interim reporting and should be read with "
             "our 2025 Annual Report on Form 10-K.")

    doc.section = "note_rev"
    doc.heading("2. Revenue", 3, keep=60)
    doc.para("Investment advisory fees are earned over time as a percentage of AUM. Performance fees are recognized "
             "when the measurement period ends and a reversal is no longer probable. Revenue by asset class and "
             "type was as follows:")
    rows = [R(f"Investment advisory fees \u2014 {name.lower()}", per(f"fee.{c}"), "n0", dollar=(n == 0))
            for n, (c, name) in enumerate(vd.CLASSES.items())]
    rows += [
        R("Total investment advisory fees", per("is.adv"), "n0", kind="sub"),
        R("Performance fees", per("is.perf"), "n0"),
        R("Distribution and shareholder servicing fees", per("is.dist_rev"), "n0"),
        R("Other revenue", per("is.other_rev"), "n0"),
        R("Total revenues", per("is.rev"), "n0", kind="total", dollar=True),
    ]
    doc.table("Revenue by Asset Class and Type", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=84)

    doc.section = "note_inv"
    doc.heading("3. Investments and Fair Value", 3, keep=60)
    doc.para("Investments consist of seed capital in our sponsored products, co-investments in private funds "
             "managed by Ardent Hollow and securities held to hedge deferred compensation. They are measured at "
             "fair value; private fund interests are measured at net asset value (NAV) as a practical expedient "
             "and are not classified in the fair value hierarchy.")
    kinds = (("mf", "Sponsored mutual funds and ETFs"), ("sa", "Separate account seed portfolios"),
             ("pc", "Private fund co-investments"), ("dc", "Deferred compensation hedges"))
    cols = ("l1", "l2", "nav", "total")
    rows = [R(name, [f"inv.{k}.{c}.jun26" for c in cols] + [f"inv.{k}.{c}.dec25" for c in cols], "n0")
            for k, name in kinds]
    rows.append(R("Total investments", [f"inv.all.{c}.jun26" for c in cols] + [f"inv.all.{c}.dec25" for c in cols],
                  "n0", kind="total"))
    doc.table("Investments by Fair Value Level", ["Level 1", "Level 2", "NAV", "Total"] * 2, rows,
              groups=[("June 30, 2026", 0, 4), ("December 31, 2025", 4, 4)], unit=KUSD, label_w=46)
    doc.para("In the six months ended June 30, 2026, we purchased investments of {inv.purch.h1_26:d0} thousand and "
             "received {inv.sales.h1_26:d0} thousand from sales and redemptions. Investment income of "
             "{is.inv_inc.h1_26:d0} thousand for the period consisted of {inv.gains.h1_26:d0} thousand of net "
             "realized and unrealized gains and {inv.cash_income.h1_26:d0} thousand of dividends and interest. We "
             "had unfunded commitments to Ardent Hollow funds of {mda.seed_commit:d0} thousand at June 30, 2026.")

    doc.section = "note_gw"
    doc.heading("4. Goodwill and Intangible Assets", 3, keep=50)
    d = DATES
    rows = [
        R("Definite-lived investment management contracts, gross", per("int.gross_fin", d), "n0", dollar=True),
        R("Accumulated amortization", per("int.accum", d), "n0", indent=1),
        R("Definite-lived intangible assets, net", per("int.net_fin", d), "n0", kind="sub"),
        R("Indefinite-lived fund management contracts and trade names", per("int.indef", d), "n0"),
        R("Intangible assets, net", per("bs.intang", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Intangible Assets", BS_COLS, rows, unit=KUSD, label_w=110)
    doc.para("Goodwill was {gw.begin:d0} thousand at December 31, 2025 and {gw.end:d0} thousand at June 30, 2026; "
             "the change reflects foreign currency translation of the goodwill of our European distribution "
             "subsidiary.")

    doc.section = "note_debt"
    doc.heading("5. Debt", 3, keep=50)
    rows = [
        R("4.35% Senior Notes due 2030", per("debt.n30", d), "n0", dollar=True),
        R("5.60% Senior Notes due 2034", per("debt.n34", d), "n0"),
        R("Revolving credit facility", per("debt.rcf", d), "n0"),
        R("Total principal", per("debt.principal", d), "n0", kind="sub"),
        R("Unamortized debt issuance costs", per("debt.costs", d), "n0"),
        R("Long-term debt", per("debt.total", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", BS_COLS, rows, unit=KUSD, label_w=110)
    doc.para("Our unsecured revolving credit facility provides up to {debt.rcf_capacity:d0} thousand of borrowing "
             "capacity through March 2030; no amounts were drawn during 2026. The fair value of the senior notes was "
             "{debt.fair:d0} thousand at June 30, 2026, based on quoted prices (Level 2). We were in compliance with "
             "all covenants.")

    doc.section = "note_equity"
    doc.heading("6. Stockholders' Equity", 3, keep=50)
    rows = [
        R("Shares outstanding, beginning of period", ["sh.out.dec25", "sh.out.dec24"], "n0"),
        R("Issued on vesting of restricted stock units, net", ["sh.issued.h1_26", "sh.issued.h1_25"], "n0",
          indent=1),
        R("Repurchased", ["sh.repo.h1_26", "sh.repo.h1_25"], "n0", indent=1),
        R("Shares outstanding, end of period", ["sh.out.jun26", "sh.out.jun25"], "n0", kind="total"),
    ]
    doc.table("Common Shares Outstanding", ["2026", "2025"], rows, groups=[("Six Months Ended June 30,", 0, 2)],
              unit="(in thousands of shares)", label_w=110)
    doc.para("Under the share repurchase program authorized in October 2025 for up to {rep.authorization:d0} "
             "thousand of common stock, we repurchased shares at a cost of {rep.cost.h1_26:d0} thousand in the first "
             "six months of 2026. On July "
             "22, 2026, our Board declared a quarterly dividend of ${mda.div_q3:n2} per share, payable August 14, "
             "2026.")

    doc.section = "note_sbc"
    doc.heading("7. Share-Based Compensation", 3, keep=55)
    doc.para("We grant restricted stock units (RSUs) to employees and directors; most vest ratably over three or four "
             "years. Share-based compensation expense, included in compensation and benefits, was {eq.sbc.q2_26:d0} "
             "thousand in the second quarter and {eq.sbc.h1_26:d0} thousand in the first six months of 2026. RSU "
             "activity for the six months was as follows:")
    rows = [
        R("Unvested at December 31, 2025", ["rsu.begin", "rsu.price.begin"], ["n0", "n2"]),
        R("Granted", ["rsu.granted", "rsu.price.granted"], ["n0", "n2"], indent=1),
        R("Vested", ["rsu.vested", "rsu.price.vested"], ["n0", "n2"], indent=1),
        R("Forfeited", ["rsu.forfeited", "rsu.price.forfeited"], ["n0", "n2"], indent=1),
        R("Unvested at June 30, 2026", ["rsu.end", "rsu.price.end"], ["n0", "n2"], kind="total"),
    ]
    doc.table("Restricted Stock Unit Activity", ["Units\n(thousands)", "Weighted-Average\nGrant-Date\nFair Value ($)"],
              rows, label_w=90, col_w=40)
    doc.para("Shares issued on vesting are net of units withheld to cover employee taxes. Unrecognized compensation "
             "cost for unvested RSUs was {rsu.unrecognized:d0} thousand at June 30, 2026, which we expect to recognize "
             "over a weighted-average period of {rsu.years:n1} years.")

    doc.section = "note_eps"
    doc.heading("8. Earnings per Share", 3, keep=55)
    rows = [
        R("Net income attributable to Veldmarsh Capital Group, Inc.", per("is.nia"), "n0", dollar=True),
        R("Weighted-average shares outstanding \u2014 basic", per("is.shares_basic"), "n0"),
        R("Dilutive effect of unvested restricted stock units", per("eps.dilutive"), "n0", indent=1),
        R("Weighted-average shares outstanding \u2014 diluted", per("is.shares_diluted"), "n0", kind="sub"),
        R("Basic earnings per share", per("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", per("is.eps_diluted"), "n2", kind="total", dollar=True),
    ]
    doc.table("Computation of Earnings per Share", COLS4, rows, groups=GROUPS4, unit=KUSD_PS, label_w=84)

    doc.section = "note_tax"
    doc.heading("9. Income Taxes", 3, keep=30)
    doc.para("The effective tax rate was {tax.rate.q2_26:p1} for the second quarter and {tax.rate.h1_26:p1} for the "
             "first six months of 2026, compared with {tax.rate.q2_25:p1} and {tax.rate.h1_25:p1} in the 2025 "
             "periods. The rates exceed the 21% federal statutory rate mainly because of state and local income "
             "taxes, partly offset by the portion of Ardent Hollow's income attributable to noncontrolling interests, "
             "on which we do not provide taxes.")
    doc.section = "note_nci"
    doc.heading("10. Noncontrolling Interests", 3, keep=30)
    doc.para("Ardent Hollow's founding partners hold the {nci.pct:n0}% interest in Ardent Hollow that we do not own, "
             "and may require us to purchase half of it beginning in 2029 at a formula price. Ardent Hollow managed "
             "{mda.ah_aum:d0} million of AUM at June 30, 2026, reported within alternatives.")
    doc.section = "note_lease"
    doc.heading("11. Leases", 3, keep=60)
    doc.para("Our leases are principally for office space in Port Merriden, our regional offices and our European "
             "distribution subsidiary. Operating lease cost was {lease.cost.q2_26:d0} thousand in the second quarter "
             "and {lease.cost.h1_26:d0} thousand in the first six months of 2026. At June 30, 2026 the "
             "weighted-average remaining lease term was 7.1 years and the weighted-average discount rate was 4.6%.")
    rows = [
        R("Remainder of 2026", ["lease.r26"], "n0", dollar=True),
        R("2027", ["lease.y27"], "n0"),
        R("2028", ["lease.y28"], "n0"),
        R("2029", ["lease.y29"], "n0"),
        R("2030", ["lease.y30"], "n0"),
        R("Thereafter", ["lease.after"], "n0"),
        R("Total undiscounted lease payments", ["lease.total"], "n0", kind="sub"),
        R("Less: imputed interest", ["lease.interest"], "n0"),
        R("Operating lease liabilities", ["lease.liab"], "n0", kind="total", dollar=True),
    ]
    doc.table("Maturities of Operating Lease Liabilities at June 30, 2026", ["Amount"], rows, unit=KUSD, label_w=90,
              col_w=40)

    doc.section = "note_commit"
    doc.heading("12. Commitments and Contingencies", 3, keep=30)
    doc.para("From time to time we are party to legal and regulatory proceedings arising in the ordinary course of "
             "business. We do not believe any pending matter will have a material effect on our financial "
             "statements.")


def mda(doc: Doc) -> None:
    doc.new_page()
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item2", keep=60)
    doc.heading("Overview", 3)
    doc.para("AUM was {aum.total.jun26:d0} million at June 30, 2026, up {mda.aum_chg_h1:p1} from December 31, 2025, "
             "as market appreciation and positive net client flows in fixed income and alternatives more than offset "
             "net outflows from equity strategies. Net income attributable to Veldmarsh was {is.nia.q2_26:d0} "
             "thousand, or ${is.eps_diluted.q2_26:n2} per diluted share, in the second quarter, compared with "
             "{is.nia.q2_25:d0} thousand, or ${is.eps_diluted.q2_25:n2}, a year earlier. Total revenues increased "
             "{chg.rev.q2:p1} in the quarter and the operating margin was {mda.op_margin.q2_26:p1}. We launched "
             "{mda.etf_launches:n0} actively managed ETFs during the quarter and employed {mda.employees:n0} people "
             "at June 30, 2026.")

    doc.section = "mda_aum"
    doc.heading("Assets Under Management", 3, keep=80)
    doc.para("The following table shows changes in AUM by asset class. Dispositions in 2025 reflect the transfer of "
             "sub-advised fixed income mandates to the successor adviser of a client fund family.")
    rows = []
    blocks = (("q2_26", "Three months ended June 30, 2026"), ("q2_25", "Three months ended June 30, 2025"),
              ("h1_26", "Six months ended June 30, 2026"), ("h1_25", "Six months ended June 30, 2025"))
    classes = list(vd.CLASSES) + ["total"]
    for n, (p, title) in enumerate(blocks):
        if n == 2:
            rows.append(R("", kind="break"))
        rows.append(R(title, kind="head"))
        rows += [
            R("Beginning of period", [f"aum.begin.{c}.{p}" for c in classes], "n0", dollar=True, indent=1),
            R("Client inflows", [f"aum.in.{c}.{p}" for c in classes], "n0", indent=1),
            R("Client outflows", [f"aum.out.{c}.{p}" for c in classes], "n0", indent=1),
            R("Net client flows", [f"aum.net.{c}.{p}" for c in classes], "n0", kind="sub", indent=1),
            R("Market appreciation (depreciation)", [f"aum.mkt.{c}.{p}" for c in classes], "n0", indent=1),
            R("Foreign exchange", [f"aum.fx.{c}.{p}" for c in classes], "n0", indent=1),
            R("Dispositions", [f"aum.disp.{c}.{p}" for c in classes], "n0", indent=1),
            R("End of period", [f"aum.end.{c}.{p}" for c in classes], "n0", kind="total", dollar=True, indent=1),
        ]
    doc.table("AUM Roll-Forward by Asset Class", ["Equity", "Fixed\nIncome", "Multi-\nAsset", "Alterna-\ntives",
              "Total"], rows, groups=[("Asset Class", 0, 4)], unit=MUSD, label_w=70)

    doc.section = "mda_vehicle"
    rows = [R(name, [f"veh.{k}.jun26", f"veh.{k}.dec25", f"veh.{k}.jun25"], "n0", dollar=(n == 0))
            for n, (k, name) in enumerate(vd.VEHICLES.items())]
    rows.append(R("Total AUM", ["veh.total.jun26", "veh.total.dec25", "veh.total.jun25"], "n0", kind="total",
                  dollar=True))
    doc.table("AUM by Vehicle", ["June 30,\n2026", "December 31,\n2025", "June 30,\n2025"], rows, unit=MUSD,
              label_w=70)

    doc.section = "mda_client"
    keys = ("rus", "rint", "ius", "iint", "total")
    rows = [R(name, [f"cli.{k}.{c}" for k in keys], "n0", dollar=(n == 0)) for n, (c, name) in
            enumerate(vd.CLASSES.items())]
    rows.append(R("Total AUM", [f"cli.{k}.total" for k in keys], "n0", kind="total", dollar=True))
    doc.table("AUM by Client Type and Domicile at June 30, 2026", ["U.S.", "Non-U.S.", "U.S.", "Non-U.S.", "Total"],
              rows, groups=[[("Client Type", 0, 4)], [("Retail", 0, 2), ("Institutional", 2, 2)]], unit=MUSD,
              label_w=60)

    doc.section = "mda_fees"
    doc.heading("Average AUM and Fee Rates", 3, keep=70)
    rows = [R("Average AUM (in millions)", kind="head")]
    rows += [R(name, per(f"aum.avg.{c}"), "n0", indent=1, dollar=(n == 0)) for n, (c, name) in
             enumerate(vd.CLASSES.items())]
    rows.append(R("Total average AUM", per("aum.avg.total"), "n0", kind="sub", dollar=True))
    rows.append(R("Annualized fee rate (basis points)", kind="head"))
    rows += [R(name, per(f"fee.rate.{c}"), "n1", indent=1) for c, name in vd.CLASSES.items()]
    rows.append(R("Total", per("fee.rate.total"), "n1", kind="sub"))
    doc.table("Average AUM and Annualized Fee Rates", COLS4, rows, groups=GROUPS4, label_w=84,
              notes=["Fee rates are investment advisory fees (Note 2), annualized by multiplying quarterly fees by "
                     "four and six-month fees by two, divided by average AUM. Performance fees are excluded."])
    doc.para("The total fee rate declined from a year earlier because of fee reductions on our largest equity mutual "
             "funds effective January 1, 2026, and because fixed income, our lowest-fee asset class, grew faster "
             "than the rest of the business. The rise in alternatives partly offset the decline.")

    doc.section = "mda_perf"
    rows = [R(name, [f"perf.{c}.y1", f"perf.{c}.y3", f"perf.{c}.y5"], "p0") for c, name in
            list(vd.CLASSES.items()) + [("total", "Total AUM")]]
    doc.table("Percentage of AUM Outperforming Benchmarks at June 30, 2026", ["1 Year", "3 Years", "5 Years"],
              rows, unit="(net of fees; AUM-weighted)", label_w=70)

    doc.section = "mda_results"
    doc.heading("Results of Operations", 3, keep=40)
    doc.para("Revenues. Investment advisory fees rose {chg.adv.q2:p1} in the second quarter on higher average AUM, "
             "partly offset by the lower fee rate. Performance fees came mainly from Ardent Hollow's private credit "
             "funds. Distribution and servicing fees, which are largely passed through to intermediaries, rose with "
             "mutual fund assets.")
    labels = (("comp", "Compensation and benefits"), ("dist", "Distribution, servicing and custody"),
              ("tech", "Technology and market data"), ("occ", "Occupancy and equipment"),
              ("ga", "General, administrative and other"), ("amort", "Amortization of intangible assets"),
              ("exp", "Total operating expenses"))
    rows = [R(label, [f"is.{k}.q2_26", f"is.{k}.q2_25", f"chg.exp.{k}.q2", f"is.{k}.h1_26", f"is.{k}.h1_25",
                      f"chg.exp.{k}.h1"], ["n0", "n0", "p1", "n0", "n0", "p1"],
              kind="total" if k == "exp" else "data", dollar=(n == 0 or k == "exp"))
            for n, (k, label) in enumerate(labels)]
    doc.table("Operating Expenses", ["2026", "2025", "%\nChange", "2026", "2025", "%\nChange"], rows,
              groups=[("Three Months Ended June 30,", 0, 3), ("Six Months Ended June 30,", 3, 3)], unit=KUSD,
              label_w=60)
    doc.para("Expenses. Compensation and benefits rose with higher incentive compensation accruals and merit "
             "increases, but compensation was {mda.comp_ratio.q2_26:p1} of total revenues in the quarter, compared "
             "with {mda.comp_ratio.q2_25:p1} a year earlier. Technology and market data costs increased with our "
             "investment in a new portfolio management and trading platform. General and administrative expenses "
             "included acquisition and integration costs related to Ardent Hollow.")

    doc.section = "mda_ng"
    doc.heading("Non-GAAP Financial Measures", 3, keep=70)
    doc.para("We present adjusted net revenues, adjusted operating income and adjusted operating margin because "
             "distribution, servicing and custody costs are largely passed through to third parties and because "
             "intangible amortization and acquisition costs do not reflect the ongoing operating performance of our "
             "business. These measures supplement, and are not substitutes for, GAAP measures.")
    rows = [
        R("Total revenues (GAAP)", per("ng.rev"), "n0", dollar=True),
        R("Less: distribution, servicing and custody expenses", per("ng.dist"), "n0", indent=1),
        R("Adjusted net revenues", per("ng.net_rev"), "n0", kind="sub", dollar=True),
        R("Operating income (GAAP)", per("ng.oi"), "n0", dollar=True),
        R("Amortization of intangible assets", per("ng.amort"), "n0", indent=1),
        R("Acquisition and integration costs", per("ng.acq"), "n0", indent=1),
        R("Adjusted operating income", per("ng.adj_oi"), "n0", kind="sub", dollar=True),
        R("Operating margin (GAAP)", per("mda.op_margin"), "p1"),
        R("Adjusted operating margin", per("ng.adj_margin"), "p1", kind="total"),
    ]
    doc.table("Reconciliation of Non-GAAP Measures", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=84)

    doc.section = "mda_liq"
    doc.heading("Liquidity and Capital Resources", 3, keep=60)
    doc.para("Our main liquidity needs are annual incentive compensation, which we pay in the first quarter, "
             "dividends, share repurchases, seed investments and interest. We fund them from operating cash flow, "
             "cash on hand and, if needed, our revolving credit facility, which had {debt.rcf_capacity:d0} thousand "
             "of undrawn capacity at June 30, 2026.")
    d = DATES
    rows = [
        R("Cash and cash equivalents", per("liq.cash", d), "n0", dollar=True),
        R("Investments", per("liq.inv", d), "n0"),
        R("Total cash and investments", per("liq.total", d), "n0", kind="sub"),
        R("Less: long-term debt", per("liq.debt", d), "n0"),
        R("Cash and investments, net of debt", per("liq.net", d), "n0", kind="total", dollar=True),
    ]
    doc.table("Cash, Investments and Debt", BS_COLS, rows, unit=KUSD, label_w=110)
    m = ["h1_26", "h1_25"]
    rows = [
        R("Net cash provided by operating activities", per("cf.cfo", m), "n0", dollar=True),
        R("Net cash used in investing activities", per("cf.cfi", m), "n0"),
        R("Net cash used in financing activities", per("cf.cff", m), "n0"),
        R("Effect of exchange rate changes", per("cf.fx", m), "n0"),
        R("Net decrease in cash and cash equivalents", per("cf.change", m), "n0", kind="total", dollar=True),
    ]
    doc.table("Summary of Cash Flows", ["2026", "2025"], rows, groups=[("Six Months Ended June 30,", 0, 2)],
              unit=KUSD, label_w=110)
    doc.para("Operating cash flow in the first half of each year is reduced by the payment of the prior year's "
             "incentive compensation, shown in the decline of accrued compensation and benefits.")

    doc.heading("Critical Accounting Estimates", 3, keep=30)
    doc.para("Our critical accounting estimates, described in our 2025 Annual Report on Form 10-K, relate to the "
             "impairment testing of goodwill and indefinite-lived intangible assets, the fair value of private fund "
             "co-investments and income taxes. The fair value of the Ardent Hollow reporting unit exceeded its "
             "carrying amount by about 18% at our October 1, 2025 test date; a sustained decline in private credit "
             "fundraising or fee rates could reduce that margin. There were no changes to these estimates in the "
             "first six months of 2026 that had a material effect on our results.")

    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item3", keep=30)
    doc.para("Our revenues depend on the market value of AUM. We estimate that a 10% decline in the value of AUM at "
             "June 30, 2026, sustained for a full year, would reduce annual investment advisory fees by about $93 "
             "million. Our investments are exposed to equity, interest rate and credit risk; we hedge part of the "
             "market exposure of seed investments with futures and total return swaps. Our senior notes bear fixed "
             "rates. There were no material changes in market risk since December 31, 2025.")
    doc.section = "item4"
    doc.heading("Item 4. Controls and Procedures", 1, anchor="item4", keep=30)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of June 30, 2026. No change in internal control over financial reporting "
             "during the quarter materially affected, or is reasonably likely to materially affect, it.")


def part2(doc: Doc) -> None:
    doc.new_page()
    doc.section = "part2"
    doc.heading("PART II \u2014 OTHER INFORMATION", 1, anchor="part2", keep=60)
    doc.heading("Item 1. Legal Proceedings", 2, anchor="p2item1", keep=20)
    doc.para("See Note 12 to the condensed consolidated financial statements.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="p2item1a", keep=20)
    doc.para("There have been no material changes to the risk factors in our Annual Report on Form 10-K for 2025.")
    doc.section = "p2_repo"
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, anchor="p2item2", keep=60)
    doc.para("Purchases of our common stock during the second quarter of 2026 were as follows:")
    rows = []
    for mth, label in (("apr", "April 1 \u2013 30, 2026"), ("may", "May 1 \u2013 31, 2026"),
                       ("jun", "June 1 \u2013 30, 2026")):
        rows.append(R(label, [f"rep.shares.{mth}", f"rep.price.{mth}", f"rep.shares.{mth}", f"rep.remaining.{mth}"],
                      ["n0", "n2", "n0", "n0"]))
    rows.append(R("Total", ["rep.shares.total", "rep.price.avg", "rep.shares.total", None], ["n0", "n2", "n0", "n0"],
                  kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average\nPrice Paid\n"
              "per Share", "Shares Purchased\nUnder Publicly\nAnnounced Plan", "Dollar Value\nRemaining Under\n"
              "Plan (thousands)"], rows, label_w=50,
              notes=["Share counts are actual shares. All purchases were made in the open market under the program "
                     "announced in October 2025, which has no expiration date."])
    doc.section = "part2_other"
    doc.heading("Item 5. Other Information", 2, anchor="p2item5", keep=20)
    doc.para("During the quarter ended June 30, 2026, none of our directors or officers adopted or terminated a Rule "
             "10b5-1 trading arrangement. Items 3 and 4 are not applicable.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("10.1 Second Amendment to Credit Agreement, dated May 12, 2026. 31.1 and 31.2 Rule 13a-14(a) "
             "Certifications. 32.1 Section 1350 Certifications. 101 Inline XBRL documents. 104 Cover page interactive "
             "data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.\n"
             "VELDMARSH CAPITAL GROUP, INC.    July 30, 2026\n"
             "By: /s/ Anselm T. Ravenhurst-Okafor, Chief Executive Officer\n"
             "By: /s/ Priyanka L. Wexcombe, Chief Financial Officer and Treasurer", align="L")


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
