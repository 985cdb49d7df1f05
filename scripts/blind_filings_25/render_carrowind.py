"""Render the Carrowind Specialty Holdings, Inc. Form 10-Q for the quarter ended September 30, 2026.

House style: DejaVu Sans text with DejaVu Sans Condensed tables, boxed "grid" tables (tinted header box, vertical
column rules, zebra-striped rows, bold subtotals), upper-case centred table titles in burgundy, no "$" inside tables
(the units line carries the currency), negatives in parentheses, an em dash for zero, level-one headings set on a
burgundy band, a dotted-leader table of contents, a roman-numbered contents page and "Page n" footers counted from the
first page of Part I, and "(Continued)" on carried-over tables.
"""

from __future__ import annotations

from decimal import Decimal

import carrowind_data as cd
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Carrowind Specialty Holdings, Inc."
DOC_NAME = "CARROWIND_2026Q3_10Q"
BURGUNDY = (122, 30, 52)
KUSD = "(Unaudited; in thousands of U.S. dollars)"
KUSD_PS = "(Unaudited; in thousands of U.S. dollars, except per share data)"
P4 = list(cd.PERIODS)
GROUPS4 = [("Three Months Ended\nSeptember 30,", 0, 2), ("Nine Months Ended\nSeptember 30,", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
BS_COLS = ["September 30,\n2026", "December 31,\n2025"]


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    if index == 1:
        return "i"
    return str(index - 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSans", "B", 6.8)
    doc.set_text_color(*BURGUNDY)
    doc.set_xy(doc.l_margin, 9.2)
    doc.cell(doc.width / 2, 4, "CARROWIND SPECIALTY HOLDINGS, INC.")
    doc.set_font("DejaVuSans", "", 6.8)
    doc.cell(doc.width / 2, 4, "FORM 10-Q  \u2022  QUARTER ENDED SEPTEMBER 30, 2026", align="R")
    doc.set_draw_color(*BURGUNDY)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, 13.6, 0.35)


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_draw_color(150, 150, 150)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, doc.h - 14.0, 0.15)
    doc.set_font("DejaVuSans", "", 7.2)
    doc.set_xy(doc.l_margin, doc.h - 12.8)
    doc.cell(doc.width / 2, 4, "Carrowind Specialty Holdings, Inc. | Third Quarter 2026 Form 10-Q")
    doc.cell(doc.width / 2, 4, f"Page {label}", align="R")


STYLE = Style(
    body_family="DejaVuSans",
    body_files={"": "dejavu/DejaVuSans.ttf", "B": "dejavu/DejaVuSans-Bold.ttf",
                "I": "dejavu/DejaVuSans-Oblique.ttf", "BI": "dejavu/DejaVuSans-BoldOblique.ttf"},
    table_family="DejaVuSansCondensed",
    table_files={"": "dejavu/DejaVuSansCondensed.ttf", "B": "dejavu/DejaVuSansCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSansCondensed-Oblique.ttf", "BI": "dejavu/DejaVuSansCondensed-BoldOblique.ttf"},
    body_size=9.0,
    table_size=8.2,
    table_mode="grid",
    negative="paren",
    dollar="none",
    zero="\u2014",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (Continued)",
    title_align="C",
    unit_align="C",
    title_upper=True,
    toc_style="leader",
    heading_band=True,
    heading_upper=False,
    accent=BURGUNDY,
    tint=(240, 228, 232),
    zebra=(249, 244, 246),
    grid=(176, 150, 158),
    margin_l=17, margin_r=17, margin_t=18, margin_b=19,
)

TOC = [
    ("Forward-Looking Statements", "fls", 0),
    ("PART I. FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements (Unaudited)", "item1", 1),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Income", "is", 2),
    ("Condensed Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Condensed Consolidated Statements of Changes in Shareholders' Equity", "eq", 2),
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


def per(prefix: str, periods: list[str] | tuple[str, ...] = cd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.set_fill_color(*BURGUNDY)
    doc.rect(doc.l_margin, doc.get_y(), doc.width, 14, style="F")
    doc.set_text_color(255, 255, 255)
    doc.body("B", 10.5)
    doc.set_xy(doc.l_margin, doc.get_y() + 2)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(6)
    doc.body("B", 20)
    doc.cell(doc.width, 10, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.para("\u2612 QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.2, align="L")
    doc.para("For the quarterly period ended September 30, 2026", style="B", size=8.6, align="C")
    doc.para("\u2610 TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.2, align="L")
    doc.para("Commission File Number: 001-40715", align="C", size=8.2)
    doc.ln(3)
    doc.body("B", 16)
    doc.set_text_color(*BURGUNDY)
    doc.cell(doc.width, 8, "CARROWIND SPECIALTY HOLDINGS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.body("I", 7.8)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("Jurisdiction of incorporation", ["=Delaware"]),
        R("I.R.S. Employer Identification No.", ["=85-1947260"]),
        R("Principal executive offices", ["=1450 Fenwright Avenue, Suite 2200, Halvering, Ostmarch 55302"]),
        R("Telephone number", ["=(731) 555-0148"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=70, size=7.8)
    rows = [R("Common stock, par value $0.01 per share", ["=CWSH", "=Nasdaq Global Select Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading Symbol",
              "Name of each exchange\non which registered"], rows, label_w=70, size=7.8)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes \u2612 No \u2610. Large accelerated filer "
             "\u2612. Shell company: Yes \u2610 No \u2612.", size=7.6)
    doc.para("As of October 23, 2026, the registrant had 38,112,604 shares of common stock outstanding.", size=7.6)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.heading("Table of Contents", 1)
    doc.toc(TOC, head="Page")
    doc.ln(3)
    doc.section = "fls"
    doc.heading("Forward-Looking Statements", 1, anchor="fls", keep=30)
    doc.para("This report contains forward-looking statements about premium growth, rate changes, loss trends, reserve "
             "development, catastrophe losses, investment income, capital management and financing. Statements that "
             "use words such as \"believe,\" \"expect,\" \"intend,\" \"may,\" \"outlook,\" \"seek\" and \"will\" "
             "are forward-looking. They are subject to risks including the adequacy of our loss reserves, social "
             "inflation in casualty claims, catastrophe events, the availability and cost of reinsurance, the credit "
             "quality of our reinsurers and investments, competition in the excess and surplus lines market, and "
             "changes in interest rates. Actual results may differ materially, and we undertake no obligation to "
             "update these statements.")
    doc.para("In this report, \"Carrowind,\" the \"Company,\" \"we,\" \"us\" and \"our\" refer to Carrowind "
             "Specialty Holdings, Inc. and its subsidiaries, including Carrowind Specialty Insurance Company and "
             "Tollemarch Indemnity Company, our principal insurance subsidiaries.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "BS"
    doc.heading("PART I. FINANCIAL INFORMATION", 1, anchor="part1")
    doc.anchor("item1")
    doc.heading("Item 1. Financial Statements (Unaudited)", 2)
    doc.anchor("bs")
    d = list(cd.BS_DATES)
    v = doc.values
    ac = (f"{v['bs.fm_ac.sep26']:,.0f}", f"{v['bs.fm_ac.dec25']:,.0f}")
    rows = [
        R("Assets", kind="head"),
        R("Investments:", kind="head", indent=1),
        R(f"Fixed maturity securities, available for sale, at fair value (amortized cost of {ac[0]} and {ac[1]})",
          per("bs.fm", d), "n0", indent=2),
        R("Equity securities, at fair value", per("bs.eq_sec", d), "n0", indent=2),
        R("Short-term investments", per("bs.st", d), "n0", indent=2),
        R("Other invested assets (limited partnerships)", per("bs.oia", d), "n0", indent=2),
        R("Total investments", per("bs.inv_total", d), "n0", kind="sub", indent=1),
        R("Cash and cash equivalents", per("bs.cash", d), "n0", indent=1),
        R("Accrued investment income", per("bs.aii", d), "n0", indent=1),
        R("Premiums receivable, net of allowance for credit losses", per("bs.prem_rec", d), "n0", indent=1),
        R("Reinsurance recoverables on unpaid losses and loss adjustment expenses", per("bs.recov_unpaid", d), "n0",
          indent=1),
        R("Reinsurance recoverables on paid losses", per("bs.recov_paid", d), "n0", indent=1),
        R("Prepaid reinsurance premiums", per("bs.prepaid_reins", d), "n0", indent=1),
        R("Deferred policy acquisition costs", per("bs.dac", d), "n0", indent=1),
        R("Goodwill and intangible assets", per("bs.gwi", d), "n0", indent=1),
        R("Deferred income taxes, net", per("bs.dta", d), "n0", indent=1),
        R("Other assets", per("bs.other_assets", d), "n0", indent=1),
        R("Total assets", per("bs.assets", d), "n0", kind="total"),
        R("Liabilities and Shareholders' Equity", kind="head"),
        R("Liabilities:", kind="head", indent=1),
        R("Reserve for losses and loss adjustment expenses", per("bs.reserves", d), "n0", indent=2),
        R("Unearned premiums", per("bs.upr", d), "n0", indent=2),
        R("Ceded reinsurance premiums payable", per("bs.ceded_pay", d), "n0", indent=2),
        R("Debt", per("bs.debt", d), "n0", indent=2),
        R("Accrued expenses and other liabilities", per("bs.accrued", d), "n0", indent=2),
        R("Total liabilities", per("bs.liab", d), "n0", kind="sub", indent=1),
        R("Commitments and contingencies (Note 10)", kind="head", indent=1),
        R("Shareholders' equity:", kind="head", indent=1),
        R(f"Common stock, $0.01 par value; 100,000 shares authorized; {v['sh.issued_total.sep26']:,.0f} and "
          f"{v['sh.issued_total.dec25']:,.0f} shares issued", per("bs.cs", d), "n0", indent=2),
        R("Additional paid-in capital", per("bs.apic", d), "n0", indent=2),
        R("Retained earnings", per("bs.re", d), "n0", indent=2),
        R("Accumulated other comprehensive loss", per("bs.aoci", d), "n0", indent=2),
        R(f"Treasury stock, at cost ({v['sh.treasury.sep26']:,.0f} and {v['sh.treasury.dec25']:,.0f} shares)",
          per("bs.treasury", d), "n0", indent=2),
        R("Total shareholders' equity", per("bs.equity", d), "n0", kind="sub", indent=1),
        R("Total liabilities and shareholders' equity", per("bs.le", d), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit="(In thousands of U.S. dollars, except "
              "share data in thousands; September 30, 2026 unaudited)", label_w=118)

    doc.new_page()
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Revenues", kind="head"),
        R("Net premiums earned", per("is.npe"), "n0", indent=1),
        R("Net investment income", per("is.nii"), "n0", indent=1),
        R("Net investment gains (losses)", per("is.gains"), "n0", indent=1),
        R("Fee and other income", per("is.fees"), "n0", indent=1),
        R("Total revenues", per("is.rev"), "n0", kind="sub"),
        R("Expenses", kind="head"),
        R("Losses and loss adjustment expenses", per("is.losses"), "n0", indent=1),
        R("Policy acquisition costs", per("is.acq"), "n0", indent=1),
        R("Other underwriting expenses", per("is.other_uw"), "n0", indent=1),
        R("Interest expense", per("is.interest"), "n0", indent=1),
        R("Other corporate expenses", per("is.other_exp"), "n0", indent=1),
        R("Total expenses", per("is.exp"), "n0", kind="sub"),
        R("Income before income taxes", per("is.pretax"), "n0", kind="sub"),
        R("Income tax expense", per("is.tax"), "n0", indent=1),
        R("Net income", per("is.ni"), "n0", kind="total"),
        R("Earnings per common share", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1),
        R("Weighted-average common shares outstanding (in thousands)", kind="head"),
        R("Basic", per("is.shares_basic"), "n0", indent=1),
        R("Diluted", per("is.shares_diluted"), "n0", indent=1),
        R("Cash dividends declared per common share", per("is.dps"), "n2"),
    ]
    doc.table("Condensed Consolidated Statements of Income", COLS4, rows, groups=GROUPS4, unit=KUSD_PS, label_w=86)
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", per("is.ni"), "n0"),
        R("Other comprehensive income (loss):", kind="head"),
        R("Change in net unrealized gains (losses) on fixed maturity securities available for sale, net of "
          "income taxes", per("ci.oci"), "n0", indent=1),
        R("Comprehensive income", per("ci.total"), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Comprehensive Income", COLS4, rows, groups=GROUPS4, unit=KUSD,
              label_w=86)

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    begin = ["jun26", "jun25", "dec25", "dec24"]
    end = ["sep26", "sep25", "sep26", "sep25"]
    rows = [
        R("Common stock", kind="head"),
        R("Balance, beginning of period", [f"eq.cs.{b}" for b in begin], "n0", indent=1),
        R("Shares issued under stock plans", per("eq.par"), "n0", indent=1),
        R("Balance, end of period", [f"eq.cs.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Additional paid-in capital", kind="head"),
        R("Balance, beginning of period", [f"eq.apic.{b}" for b in begin], "n0", indent=1),
        R("Share-based compensation", per("eq.sbc"), "n0", indent=1),
        R("Shares issued under stock plans", per("eq.issued"), "n0", indent=1),
        R("Shares withheld for employee taxes", per("eq.withheld"), "n0", indent=1),
        R("Balance, end of period", [f"eq.apic.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Retained earnings", kind="head"),
        R("Balance, beginning of period", [f"eq.re.{b}" for b in begin], "n0", indent=1),
        R("Net income", per("eq.ni"), "n0", indent=1),
        R("Cash dividends declared", per("eq.div"), "n0", indent=1),
        R("Balance, end of period", [f"eq.re.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Accumulated other comprehensive loss", kind="head"),
        R("Balance, beginning of period", [f"eq.aoci.{b}" for b in begin], "n0", indent=1),
        R("Other comprehensive income (loss)", per("eq.oci"), "n0", indent=1),
        R("Balance, end of period", [f"eq.aoci.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Treasury stock", kind="head"),
        R("Balance, beginning of period", [f"eq.treasury.{b}" for b in begin], "n0", indent=1),
        R("Repurchases of common stock", per("eq.repo"), "n0", indent=1),
        R("Balance, end of period", [f"eq.treasury.{e}" for e in end], "n0", kind="sub", indent=1),
        R("Total shareholders' equity, beginning of period", [f"eq.total.{b}" for b in begin], "n0", bold=True),
        R("Total shareholders' equity, end of period", [f"eq.total.{e}" for e in end], "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Changes in Shareholders' Equity", COLS4, rows, groups=GROUPS4,
              unit=KUSD, label_w=86, keep=True)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    m = ["m9_26", "m9_25"]
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", per("cf.ni", m), "n0", indent=1),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Net investment (gains) losses", per("cf.gains", m), "n0", indent=2),
        R("Amortization of premium on fixed maturity securities, net", per("cf.fm_amort", m), "n0", indent=2),
        R("Equity in earnings of limited partnerships", per("cf.lp_income", m), "n0", indent=2),
        R("Amortization of intangible assets and debt issuance costs", per("cf.amort", m), "n0", indent=2),
        R("Share-based compensation", per("cf.sbc", m), "n0", indent=2),
        R("Deferred income taxes", per("cf.deferred", m), "n0", indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accrued investment income", per("cf.aii", m), "n0", indent=2),
        R("Premiums receivable", per("cf.prem_rec", m), "n0", indent=2),
        R("Reinsurance recoverables on unpaid losses", per("cf.recov_unpaid", m), "n0", indent=2),
        R("Reinsurance recoverables on paid losses", per("cf.recov_paid", m), "n0", indent=2),
        R("Prepaid reinsurance premiums", per("cf.prepaid_reins", m), "n0", indent=2),
        R("Deferred policy acquisition costs", per("cf.dac", m), "n0", indent=2),
        R("Other assets", per("cf.other_assets", m), "n0", indent=2),
        R("Reserve for losses and loss adjustment expenses", per("cf.reserves", m), "n0", indent=2),
        R("Unearned premiums", per("cf.upr", m), "n0", indent=2),
        R("Ceded reinsurance premiums payable", per("cf.ceded_pay", m), "n0", indent=2),
        R("Accrued expenses and other liabilities", per("cf.accrued", m), "n0", indent=2),
        R("Net cash provided by operating activities", per("cf.cfo", m), "n0", kind="sub"),
        R("Investing activities", kind="head"),
        R("Purchases of fixed maturity securities", per("cf.fm_purch", m), "n0", indent=1),
        R("Proceeds from sales of fixed maturity securities", per("cf.fm_sales", m), "n0", indent=1),
        R("Proceeds from maturities, calls and paydowns of fixed maturity securities", per("cf.fm_mat", m), "n0",
          indent=1),
        R("Purchases of equity securities", per("cf.eq_purch", m), "n0", indent=1),
        R("Proceeds from sales of equity securities", per("cf.eq_sales", m), "n0", indent=1),
        R("Net change in short-term investments", per("cf.st", m), "n0", indent=1),
        R("Contributions to limited partnerships", per("cf.lp_contrib", m), "n0", indent=1),
        R("Distributions from limited partnerships", per("cf.lp_dist", m), "n0", indent=1),
        R("Net cash used in investing activities", per("cf.cfi", m), "n0", kind="sub"),
        R("Financing activities", kind="head"),
        R("Borrowings under revolving credit facility", per("cf.rcf", m), "n0", indent=1),
        R("Repurchases of common stock", per("cf.repo", m), "n0", indent=1),
        R("Dividends paid to common shareholders", per("cf.div", m), "n0", indent=1),
        R("Shares withheld for employee taxes", per("cf.withheld", m), "n0", indent=1),
        R("Proceeds from shares issued under stock plans", per("cf.issued", m), "n0", indent=1),
        R("Net cash used in financing activities", per("cf.cff", m), "n0", kind="sub"),
        R("Net increase (decrease) in cash and cash equivalents", per("cf.change", m), "n0", bold=True),
        R("Cash and cash equivalents, beginning of period", per("cf.begin", m), "n0"),
        R("Cash and cash equivalents, end of period", per("cf.end", m), "n0", kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", ["2026", "2025"], rows,
              groups=[("Nine Months Ended September 30,", 0, 2)], unit=KUSD, label_w=122,
              notes=["Supplemental information (nine months ended September 30, 2026): income taxes paid "
                     "{cf.tax_paid.m9_26:n0}; interest paid {cf.int_paid.m9_26:n0}."])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 2, anchor="notes", keep=60)
    doc.heading("1. Basis of Presentation", 3)
    doc.para("Carrowind Specialty Holdings, Inc. is an insurance holding company whose subsidiaries underwrite "
             "specialty property and casualty insurance, principally on an excess and surplus lines basis, through "
             "wholesale brokers, and surety and fidelity bonds through retail agents. The condensed consolidated "
             "financial statements are unaudited, have been prepared in accordance with U.S. GAAP for interim "
             "financial information, and should be read with the audited financial statements in our Annual Report "
             "on Form 10-K for 2025. In management's opinion they include all adjustments necessary for a fair "
             "presentation. Results for interim periods are not necessarily indicative of full-year results.")

    doc.section = "note_inv"
    doc.heading("2. Investments", 3, keep=60)
    doc.para("The amortized cost, gross unrealized gains and losses, and fair value of fixed maturity securities "
             "available for sale were as follows. No allowance for credit losses was required at either date.")
    rows = []
    for n, (dkey, dlabel) in enumerate((("sep26", "September 30, 2026"), ("dec25", "December 31, 2025"))):
        if n:
            rows.append(R("", kind="break"))
        rows.append(R(dlabel, kind="head"))
        for k, label in cd.FM_TYPES.items():
            rows.append(R(label, [f"fm.{c}.{k}.{dkey}" for c in ("ac", "gain", "loss", "fv")], "n0", indent=1))
        rows.append(R("Total fixed maturity securities", [f"fm.{c}.total.{dkey}" for c in ("ac", "gain", "loss",
                                                                                           "fv")], "n0",
                      kind="total"))
    doc.table("Fixed Maturity Securities Available for Sale", ["Amortized\nCost", "Gross\nUnrealized\nGains",
              "Gross\nUnrealized\nLosses", "Fair\nValue"], rows, unit=KUSD, label_w=96)
    doc.para("Net investment income consisted of the following:")
    rows = [
        R("Fixed maturity securities", per("nii.fm"), "n0"),
        R("Equity securities (dividends)", per("nii.eq"), "n0"),
        R("Short-term investments and cash equivalents", per("nii.st"), "n0"),
        R("Other invested assets (limited partnerships)", per("nii.lp"), "n0"),
        R("Gross investment income", per("nii.gross"), "n0", kind="sub"),
        R("Investment expenses", per("nii.expenses"), "n0"),
        R("Net investment income", per("nii.net"), "n0", kind="total"),
    ]
    doc.table("Net Investment Income", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=86)
    doc.para("For the nine months ended September 30, 2026, net investment gains of {is.gains.m9_26:d0} thousand "
             "consisted of net unrealized and realized gains on equity securities of {inv.eq_gains:d0} thousand, "
             "partly offset by net realized losses on sales of fixed maturity securities. Gross proceeds from sales "
             "of fixed maturity securities were {inv.fm_sales:d0} thousand.")

    doc.section = "note_fv"
    doc.heading("3. Fair Value Measurements", 3, keep=70)
    doc.para("We measure investments at fair value using a three-level hierarchy. Level 1 inputs are quoted prices in "
             "active markets for identical assets; Level 2 inputs are other observable inputs, such as quoted prices "
             "for similar securities and benchmark yields used by pricing services; Level 3 inputs are unobservable "
             "and apply mainly to private placement corporate bonds and a small number of commercial mortgage-backed "
             "securities. Limited partnership interests are measured at net asset value and are excluded from the "
             "hierarchy.")
    rows = [R("Fixed maturity securities:", kind="head")]
    rows += [R(label, [f"fvh.{c}.{k}" for c in ("l1", "l2", "l3", "total")], "n0", indent=1)
             for k, label in cd.FM_TYPES.items()]
    rows += [
        R("Total fixed maturity securities", [f"fvh.{c}.fm" for c in ("l1", "l2", "l3", "total")], "n0", kind="sub"),
        R("Equity securities", [f"fvh.{c}.eq_sec" for c in ("l1", "l2", "l3", "total")], "n0"),
        R("Short-term investments", [f"fvh.{c}.st" for c in ("l1", "l2", "l3", "total")], "n0"),
        R("Total assets measured at fair value", [f"fvh.{c}.all" for c in ("l1", "l2", "l3", "total")], "n0",
          kind="total"),
    ]
    doc.table("Assets Measured at Fair Value on a Recurring Basis at September 30, 2026", ["Level 1", "Level 2",
              "Level 3", "Total"], rows, unit=KUSD, label_w=96)

    doc.section = "note_res"
    doc.heading("4. Reserve for Losses and Loss Adjustment Expenses", 3, keep=80)
    doc.para("The following table reconciles the beginning and ending reserve for losses and loss adjustment expenses "
             "(LAE):")
    m = ["m9_26", "m9_25"]
    rows = [
        R("Gross reserves at beginning of period", per("res.gross_begin", m), "n0"),
        R("Less reinsurance recoverables on unpaid losses and LAE", per("res.recov_begin", m), "n0", indent=1),
        R("Net reserves at beginning of period", per("res.net_begin", m), "n0", kind="sub"),
        R("Incurred losses and LAE related to:", kind="head"),
        R("Current accident year", per("res.cy", m), "n0", indent=1),
        R("Prior accident years", per("res.py", m), "n0", indent=1),
        R("Total incurred losses and LAE", per("res.incurred", m), "n0", kind="sub"),
        R("Paid losses and LAE related to:", kind="head"),
        R("Current accident year", per("res.paid_cy", m), "n0", indent=1),
        R("Prior accident years", per("res.paid_py", m), "n0", indent=1),
        R("Total paid losses and LAE", per("res.paid", m), "n0", kind="sub"),
        R("Net reserves at end of period", per("res.net_end", m), "n0", kind="sub"),
        R("Plus reinsurance recoverables on unpaid losses and LAE", per("res.recov_end", m), "n0", indent=1),
        R("Gross reserves at end of period", per("res.gross_end", m), "n0", kind="total"),
    ]
    doc.table("Reserve Roll-Forward", ["2026", "2025"], rows, groups=[("Nine Months Ended\nSeptember 30,", 0, 2)],
              unit=KUSD, label_w=104)
    doc.para("Net favorable prior-year development of {res.py_favorable.m9_26:d0} thousand in the first nine months of "
             "2026 came mainly from the professional liability and surety lines for accident years 2021 through "
             "2023, partly offset by adverse development in excess casualty for accident years 2017 through 2019.")

    doc.section = "note_reins"
    doc.heading("5. Reinsurance", 3, keep=50)
    rows = [
        R("Gross premiums written", per("prem.gpw.total"), "n0"),
        R("Ceded premiums written", per("prem.ceded.total"), "n0", indent=1),
        R("Net premiums written", per("prem.npw.total"), "n0", kind="total"),
    ]
    doc.table("Premiums Written", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=86)
    doc.para("We purchase quota share reinsurance on our property, professional and excess casualty business and "
             "excess of loss and catastrophe reinsurance to limit our net exposure. Under our property catastrophe "
             "program, which renewed on June 1, 2026, we retain the first {mda.retention_cat:d0} thousand of losses "
             "from a single event. All reinsurers on our programs are rated A- or better or are fully "
             "collateralized.")

    doc.section = "note_debt"
    doc.heading("6. Debt", 3, keep=60)
    d = list(cd.BS_DATES)
    rows = [
        R("5.125% Senior Notes due 2031", per("debt.n31", d), "n0"),
        R("6.750% Senior Notes due 2035", per("debt.n35", d), "n0"),
        R("Revolving credit facility (SOFR + 1.375%), expires 2029", per("debt.rcf", d), "n0"),
        R("Total principal", per("debt.principal", d), "n0", kind="sub"),
        R("Unamortized debt issuance costs", per("debt.costs", d), "n0"),
        R("Total debt", per("debt.total", d), "n0", kind="total"),
    ]
    doc.table("Debt Outstanding", BS_COLS, rows, unit=KUSD, label_w=110)
    doc.para("The revolving credit facility provides up to {debt.rcf_capacity:d0} thousand of borrowings; we borrowed "
             "{debt.rcf_drawn.m9_26:d0} thousand during the third quarter of 2026 to fund a capital contribution to "
             "Tollemarch Indemnity Company. The fair value of the senior notes was {debt.fair_value:d0} thousand at "
             "September 30, 2026. We were in compliance with all debt covenants.")

    doc.section = "note_equity"
    doc.heading("7. Shareholders' Equity", 3, keep=60)
    rows = [
        R("Shares outstanding, beginning of period", ["sh.out.dec25", "sh.out.dec24"], "n0"),
        R("Shares issued under stock plans", ["sh.issued.m9_26", "sh.issued.m9_25"], "n0", indent=1),
        R("Shares repurchased", ["sh.repo.m9_26", "sh.repo.m9_25"], "n0", indent=1),
        R("Shares outstanding, end of period", ["sh.out.sep26", "sh.out.sep25"], "n0", kind="total"),
    ]
    doc.table("Common Shares Outstanding", ["2026", "2025"], rows, groups=[("Nine Months Ended\nSeptember 30,", 0, 2)],
              unit="(In thousands of shares)", label_w=104)
    doc.para("Our Board of Directors has authorized the repurchase of up to {rep.authorization:d0} thousand of common "
             "stock under a program announced in February 2026. During the nine months ended September 30, 2026, we "
             "repurchased {rep.shares_k.m9_26:n0} thousand shares at a cost of {rep.cost.m9_26:d0} thousand. On "
             "October 28, 2026, the Board declared a quarterly dividend of ${mda.div_q4:n2} per share, payable "
             "December 15, 2026.")

    doc.section = "note_eps"
    doc.heading("8. Earnings per Share", 3, keep=55)
    rows = [
        R("Net income", per("is.ni"), "n0"),
        R("Weighted-average shares \u2014 basic", per("is.shares_basic"), "n0"),
        R("Dilutive effect of restricted stock units and options", per("eps.dilutive"), "n0", indent=1),
        R("Weighted-average shares \u2014 diluted", per("is.shares_diluted"), "n0", kind="sub"),
        R("Basic earnings per share", per("is.eps_basic"), "n2"),
        R("Diluted earnings per share", per("is.eps_diluted"), "n2", kind="total"),
    ]
    doc.table(None, COLS4, rows, groups=GROUPS4, unit="(Unaudited; in thousands, except per share data)",
              label_w=86)

    doc.section = "note_tax"
    doc.heading("9. Income Taxes", 3, keep=30)
    doc.para("Our effective tax rate was {tax.rate.q3_26:p1} for the third quarter and {tax.rate.m9_26:p1} for the "
             "first nine months of 2026. The rates differ from the 21% federal statutory rate mainly because of state "
             "income taxes on our service companies and non-deductible expenses, partly offset by tax-exempt "
             "municipal bond interest.")
    doc.heading("10. Commitments and Contingencies", 3, keep=30)
    doc.para("In the ordinary course of business we are party to claims and litigation arising from our insurance "
             "policies, which we consider in establishing our loss reserves. We had unfunded commitments to limited "
             "partnerships of $86.4 million at September 30, 2026.")


def mda(doc: Doc) -> None:
    doc.new_page()
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item2", keep=60)
    doc.heading("Overview", 3)
    doc.para("We underwrite specialty insurance in four lines: excess and surplus casualty, professional liability, "
             "specialty property, and surety and fidelity. We distribute our excess and surplus products through "
             "approximately {mda.brokers:n0} wholesale brokerage firms and employ {mda.employees:n0} people. "
             "Submissions in our excess and surplus lines grew about {mda.submissions:n0}% in the third quarter, and "
             "renewal rates increased an average of {mda.rate_change:n1}% across the portfolio, led by excess "
             "casualty.")
    doc.para("Net income for the third quarter of 2026 was {is.ni.q3_26:d0} thousand, or ${is.eps_diluted.q3_26:n2} "
             "per diluted share. Gross premiums written grew {prem_chg.gpw.total.q3:p1} in the quarter. The combined "
             "ratio included {mda.cat.q3_26:d0} thousand of catastrophe losses, mainly from a late-August hailstorm "
             "and Hurricane Odalys, compared with {mda.cat.q3_25:d0} thousand in the third quarter of 2025, and net "
             "favorable prior-year reserve development of {mda.pyd.q3_26:d0} thousand, compared with "
             "{mda.pyd.q3_25:d0} thousand a year earlier. For the first nine months, net income was "
             "{is.ni.m9_26:d0} thousand, or ${is.eps_diluted.m9_26:n2} per diluted share, and net premiums earned "
             "increased {chg_pct.npe.m9:p1}.")

    doc.section = "mda_prem"
    doc.heading("Premiums", 3, keep=70)
    rows = []
    for col, label in (("gpw", "Gross premiums written"), ("npw", "Net premiums written"),
                       ("npe", "Net premiums earned")):
        rows.append(R(label, kind="head"))
        for ln, name in cd.LINES.items():
            rows.append(R(name, per(f"prem.{col}.{ln}"), "n0", indent=1))
        rows.append(R(f"Total {label[0].lower()}{label[1:]}", per(f"prem.{col}.total"), "n0", kind="sub"))
    doc.table("Premiums by Line of Business", COLS4, rows, groups=GROUPS4, unit=KUSD, label_w=86)
    doc.para("Excess and surplus casualty premiums grew with rate increases and new construction and transportation "
             "accounts. Specialty property premiums declined because we reduced our writings of wind-exposed "
             "coastal risks where pricing no longer met our return targets, and we increased the share of property "
             "business ceded under our quota share treaty.")

    doc.section = "mda_uw"
    doc.heading("Underwriting Results", 3, keep=80)
    rows = [
        R("Net premiums earned", per("is.npe"), "n0"),
        R("Losses and loss adjustment expenses", per("is.losses"), "n0", indent=1),
        R("Policy acquisition costs", per("is.acq"), "n0", indent=1),
        R("Other underwriting expenses", per("is.other_uw"), "n0", indent=1),
        R("Underwriting income", per("uw.income"), "n0", kind="sub"),
        R("Key ratios:", kind="head"),
        R("Loss and LAE ratio", per("uw.loss_ratio"), "p1", indent=1),
        R("Policy acquisition expense ratio", per("uw.acq_ratio"), "p1", indent=1),
        R("Other underwriting expense ratio", per("uw.other_ratio"), "p1", indent=1),
        R("Expense ratio", per("uw.exp_ratio"), "p1", indent=1),
        R("Combined ratio", per("uw.combined"), "p1", kind="total"),
    ]
    doc.table("Consolidated Underwriting Results", COLS4, rows, groups=GROUPS4, unit="(Unaudited; in thousands, "
              "except ratios)", label_w=86,
              notes=["The loss and LAE ratio is losses and LAE divided by net premiums earned; the expense ratio is "
                     "policy acquisition costs plus other underwriting expenses divided by net premiums earned; the "
                     "combined ratio is the sum of the two. Underwriting income is a non-GAAP measure; it is "
                     "reconciled to income before income taxes by adding net investment income, net investment "
                     "gains (losses) and fee and other income and deducting interest and other corporate expenses."])
    rows = [R(name, per(f"uw.lr.{ln}"), "p1") for ln, name in cd.LINES.items()]
    rows.append(R("Total", per("uw.lr.total"), "p1", kind="total"))
    doc.table("Loss and LAE Ratio by Line of Business", COLS4, rows, groups=GROUPS4, unit="(Percent of net premiums "
              "earned)", label_w=86)
    doc.para("The loss and LAE ratio improved in 2026, led by professional liability and specialty property, where "
             "earned rate increases outpaced loss trends and catastrophe losses were lower than in the third quarter "
             "of 2025. The excess and surplus casualty loss ratio rose modestly because we raised current accident "
             "year loss estimates for construction defect exposures. The policy acquisition expense "
             "ratio declined slightly because of higher ceding commissions on our property quota share, while other "
             "underwriting expenses grew more slowly than earned premiums.")

    doc.section = "mda_inv"
    doc.heading("Investments", 3, keep=50)
    doc.para("Net investment income increased {chg_pct.nii.q3:p1} in the third quarter because of higher invested "
             "assets and reinvestment at higher yields. The book yield of the fixed maturity portfolio was "
             "{mda.yield:n2}% at September 30, 2026 and new purchases in the quarter were made at an average yield "
             "of {mda.new_money:n2}%. The portfolio has an average credit rating of AA- and an effective duration of "
             "{mda.duration:n1} years. Net unrealized losses on fixed maturity securities narrowed during 2026 as "
             "interest rates declined.")
    d = list(cd.BS_DATES)
    rows = []
    for k, label in (("fm", "Fixed maturity securities, at fair value"), ("eq_sec", "Equity securities"),
                     ("st", "Short-term investments"), ("oia", "Other invested assets"),
                     ("cash", "Cash and cash equivalents")):
        rows.append(R(label, [f"port.{k}.sep26", f"port.pct_{k}.sep26", f"port.{k}.dec25", f"port.pct_{k}.dec25"],
                      ["n0", "p1", "n0", "p1"]))
    rows.append(R("Total investments and cash", ["port.total.sep26", "=100.0%", "port.total.dec25", "=100.0%"],
                  ["n0", "p1", "n0", "p1"], kind="total"))
    doc.table("Investment Portfolio Composition", ["Carrying\nValue", "% of\nTotal", "Carrying\nValue",
              "% of\nTotal"], rows, groups=[("September 30, 2026", 0, 2), ("December 31, 2025", 2, 2)], unit=KUSD,
              label_w=86)

    doc.section = "mda_liq"
    doc.heading("Liquidity and Capital Resources", 3, keep=60)
    doc.para("Our insurance subsidiaries fund claims and expenses from premiums, investment income and maturities. "
             "The holding company relies on dividends from subsidiaries, subject to regulatory limits, and on the "
             "revolving credit facility. At September 30, 2026, the holding company had cash and investments of "
             "{mda.holding_liquidity:d0} thousand, and the combined statutory surplus of our insurance subsidiaries "
             "was {mda.surplus:d0} thousand, representing a risk-based capital ratio of approximately "
             "{mda.rbc:n0}% of the company action level.")
    rows = [
        R("Net cash provided by operating activities", per("cf.cfo", ["m9_26", "m9_25"]), "n0"),
        R("Net cash used in investing activities", per("cf.cfi", ["m9_26", "m9_25"]), "n0"),
        R("Net cash used in financing activities", per("cf.cff", ["m9_26", "m9_25"]), "n0"),
        R("Net increase (decrease) in cash and cash equivalents", per("cf.change", ["m9_26", "m9_25"]), "n0",
          kind="total"),
    ]
    doc.table("Summary of Cash Flows", ["2026", "2025"], rows, groups=[("Nine Months Ended September 30,", 0, 2)],
              unit=KUSD, label_w=110)
    doc.section = "mda_cap"
    d = list(cd.BS_DATES)
    rows = [
        R("Total debt", per("bs.debt", d), "n0"),
        R("Total shareholders' equity", per("bs.equity", d), "n0"),
        R("Common shares outstanding (thousands)", per("sh.out", d), "n0"),
        R("Book value per share", per("bvps", d), "n2", bold=True),
        R("Book value per share excluding accumulated other comprehensive loss", per("bvps.ex_aoci", d), "n2"),
    ]
    doc.table("Capital Position", BS_COLS, rows, unit="(In thousands, except per share data)", label_w=110)

    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item3", keep=30)
    doc.para("Our principal market risk is interest rate risk on our fixed maturity portfolio. A parallel 100 basis "
             "point increase in interest rates would reduce the fair value of the portfolio by approximately 3.6%. "
             "We are also exposed to credit spread risk and to equity price risk on our equity securities and "
             "limited partnership interests. There have been no material changes in our market risk since December "
             "31, 2025.")
    doc.section = "item4"
    doc.heading("Item 4. Controls and Procedures", 1, anchor="item4", keep=30)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of September 30, 2026. There were no changes in internal control over "
             "financial reporting during the third quarter of 2026 that materially affected, or are reasonably likely "
             "to materially affect, it.")


def part2(doc: Doc) -> None:
    doc.section = "part2"
    doc.heading("PART II. OTHER INFORMATION", 1, anchor="part2", keep=60)
    doc.heading("Item 1. Legal Proceedings", 2, anchor="p2item1", keep=20)
    doc.para("See Note 10 to the condensed consolidated financial statements.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="p2item1a", keep=20)
    doc.para("There have been no material changes to the risk factors disclosed in our Annual Report on Form 10-K for "
             "the year ended December 31, 2025.")
    doc.section = "p2_repo"
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, anchor="p2item2", keep=60)
    doc.para("The following table summarizes our purchases of common stock during the third quarter of 2026.")
    rows = []
    for mth, label in (("jul", "July 1 \u2013 31, 2026"), ("aug", "August 1 \u2013 31, 2026"),
                       ("sep", "September 1 \u2013 30, 2026")):
        rows.append(R(label, [f"rep.shares.{mth}", f"rep.price.{mth}", f"rep.shares.{mth}", f"rep.remaining.{mth}"],
                      ["n0", "n2", "n0", "n0"]))
    rows.append(R("Total", ["rep.shares.total", "rep.price.avg", "rep.shares.total", None], ["n0", "n2", "n0", "n0"],
                  kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average\nPrice Paid\n"
              "per Share ($)", "Shares Purchased\nUnder Publicly\nAnnounced Program", "Remaining\nAuthorization\n"
              "($ thousands)"], rows, label_w=52,
              notes=["All purchases were made in open-market transactions under the $150 million program announced in "
                     "February 2026."])
    doc.section = "part2_other"
    doc.heading("Item 5. Other Information", 2, anchor="p2item5", keep=20)
    doc.para("During the quarter ended September 30, 2026, no director or officer adopted or terminated a Rule 10b5-1 "
             "trading arrangement. Items 3 and 4 are not applicable.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("10.1 Amendment No. 2 to Credit Agreement, dated August 4, 2026. 31.1 and 31.2 Rule 13a-14(a) "
             "Certifications. 32.1 Section 1350 Certification. 101 Inline XBRL documents. 104 Cover page interactive "
             "data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.\n"
             "CARROWIND SPECIALTY HOLDINGS, INC.    Date: November 4, 2026\n"
             "By: /s/ Cordelia M. Fenwright-Ossei, President and Chief Executive Officer\n"
             "By: /s/ Tobias R. Lindqvist-Harrow, Executive Vice President and Chief Financial Officer",
             align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str]) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q3 2026")
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
    values = cd.build()
    doc = render_twice(lambda labels: render(values, labels))
    return bytes(doc.output()), doc
