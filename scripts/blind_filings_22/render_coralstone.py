"""Render the Coralstone Gaming Group, Inc. Form 10-Q for the quarter ended September 30, 2026.

House style: Liberation Sans text with Liberation Sans Narrow tables, shaded header bands and zebra rows, "$" attached
to the amount, negatives with a leading minus sign, "in thousands, except per share data", running header and a
"Page N" footer counted from the cover.
"""

from __future__ import annotations

from decimal import Decimal

import coralstone_data as cd
from pdf_layout import Doc, Row, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Coralstone Gaming Group, Inc."
DOC_NAME = "CORALSTONE_2026Q3_10Q"
THOUSANDS = "(in thousands, except per share data)"
P4 = list(cd.PERIODS)
GROUPS4 = [("Three Months Ended\nSeptember 30,", 0, 2), ("Nine Months Ended\nSeptember 30,", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
TEAL = (16, 86, 102)


def _label(index: int) -> str | None:
    return str(index + 1) if index >= 1 else None


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="LiberationSansNarrow",
    table_files={"": "liberation/LiberationSansNarrow-Regular.ttf", "B": "liberation/LiberationSansNarrow-Bold.ttf",
                 "I": "liberation/LiberationSansNarrow-Italic.ttf",
                 "BI": "liberation/LiberationSansNarrow-BoldItalic.ttf"},
    body_size=9.4,
    table_size=8.8,
    table_mode="shaded",
    negative="minus",
    dollar="attached",
    page_label=_label,
    header_text=lambda i: (COMPANY, "Form 10-Q | Quarter Ended September 30, 2026") if i >= 1 else None,
    footer_text=lambda i: ("Coralstone Gaming Group, Inc. | Q3 2026 Form 10-Q", f"Page {_label(i)}")
    if _label(i) else None,
    accent=TEAL,
    shade_head=(208, 228, 232),
    shade_row=(240, 246, 247),
    margin_l=18, margin_r=18, margin_t=19, margin_b=19,
)

TOC = [
    ("PART I - FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements (Unaudited)", "item1", 1),
    ("Condensed Consolidated Statements of Operations", "ops", 2),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Condensed Consolidated Statements of Stockholders' Equity", "eq", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II - OTHER INFORMATION", "part2", 0),
    ("Item 1. Legal Proceedings", "p2item1", 1),
    ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2item2", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str, periods: list[str] | tuple[str, ...] = cd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 12)
    doc.cell(doc.width, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 9)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.set_fill_color(*TEAL)
    doc.set_text_color(255, 255, 255)
    doc.body("B", 18)
    doc.cell(doc.width, 12, "FORM 10-Q", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(4)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the "
             "quarterly period ended September 30, 2026", align="C")
    doc.para("[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", align="C")
    doc.para("Commission File Number 001-38852", align="C")
    doc.ln(4)
    doc.body("B", 16)
    doc.cell(doc.width, 9, "CORALSTONE GAMING GROUP, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 9)
    doc.cell(doc.width, 5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    doc.para("Calloway (State or other jurisdiction of incorporation)    47-2290381 (I.R.S. Employer "
             "Identification No.)", align="C")
    doc.para("2600 Seaview Causeway, Port Averill, Calloway 39114    (228) 555-0190", align="C")
    doc.ln(3)
    doc.para("Securities registered pursuant to Section 12(b) of the Act: Common Stock, $0.01 par value; trading "
             "symbol CRLG.", align="C")
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months, and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [ ]. Large accelerated filer "
             "[X]. Accelerated filer [ ]. Non-accelerated filer [ ]. Smaller reporting company [ ]. Emerging growth "
             "company [ ]. Shell company: Yes [ ] No [X].", size=8.4)
    doc.para("As of October 30, 2026, the registrant had 47,862,115 shares of common stock outstanding.", size=8.4)


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("PART I - FINANCIAL INFORMATION", 0, anchor="part1")
    doc.heading("Item 1. Financial Statements (Unaudited)", 1, anchor="item1")
    doc.anchor("ops")
    rows = [R("Revenues:", kind="head")]
    for i, t in enumerate(cd.REV_TYPES):
        rows.append(R(cd.REV_LABELS[t], per(f"is.rev_{t}"), "n0", indent=1, dollar=(i == 0)))
    rows.append(R("Total revenues", per("is.rev_total"), "n0", kind="sub", dollar=True))
    rows.append(R("Operating costs and expenses:", kind="head"))
    for key, label in (("casino_exp", "Casino"), ("online_exp", "Online gaming"), ("rooms_exp", "Rooms"),
                       ("fb_exp", "Food and beverage"), ("ent_exp", "Entertainment, retail and other"),
                       ("sga", "Selling, general and administrative (1)"), ("da", "Depreciation and amortization"),
                       ("preopening", "Preopening and development costs"),
                       ("disposal", "Loss on disposal of assets and other, net")):
        rows.append(R(label, per(f"is.{key}"), "n0", indent=1))
    rows += [
        R("Total operating costs and expenses", per("is.opex_total"), "n0", kind="sub"),
        R("Operating income", per("is.op_income"), "n0", bold=True),
        R("Other income (expense):", kind="head"),
        R("Interest expense, net of amounts capitalized", per("is.interest"), "n0", indent=1),
        R("Loss on extinguishment of debt", per("is.extinguishment"), "n0", indent=1),
        R("Other, net", per("is.other"), "n0", indent=1),
        R("Total other expense, net", per("is.other_total"), "n0", kind="sub"),
        R("Income before income taxes", per("is.pretax"), "n0"),
        R("Income tax expense", per("is.tax"), "n0", indent=1),
        R("Net income", per("is.net_income"), "n0", kind="total", dollar=True),
        R("Earnings per share:", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average common shares outstanding:", kind="head"),
        R("Basic", per("is.shares_basic"), "n0", indent=1),
        R("Diluted", per("is.shares_diluted"), "n0", indent=1),
    ]
    doc.table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", COLS4, rows, groups=GROUPS4, unit=THOUSANDS,
              label_w=74, notes=["(1) Includes rent under the Thistlewood Grand master lease; see Note 5."])
    doc.section = "CI"
    ci_rows = [
        R("Net income", per("is.net_income"), "n0", dollar=True),
        R("Other comprehensive income (loss), net of tax:", kind="head"),
        R("Unrealized gain (loss) on interest rate swaps, net of tax", per("ci.swaps"), "n0", indent=1),
        R("Foreign currency translation adjustments", per("ci.fx"), "n0", indent=1),
        R("Other comprehensive income (loss)", per("ci.oci"), "n0", kind="sub"),
        R("Comprehensive income", per("ci.total"), "n0", kind="total", dollar=True),
    ]
    doc.table("CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", COLS4, ci_rows, groups=GROUPS4,
              unit="(in thousands)", label_w=74)

    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    d = list(cd.BS_DATES)
    b = [
        R("ASSETS", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", per("bs.cash", d), "n0", indent=2, dollar=True),
        R("Restricted cash", per("bs.restricted", d), "n0", indent=2),
        R("Accounts receivable, net", per("bs.ar", d), "n0", indent=2),
        R("Inventories", per("bs.inventories", d), "n0", indent=2),
        R("Prepaid expenses and other current assets", per("bs.prepaid", d), "n0", indent=2),
        R("Total current assets", per("bs.ca_total", d), "n0", kind="sub", indent=1),
        R("Property and equipment, net", per("bs.ppe", d), "n0", indent=1),
        R("Operating lease right-of-use assets, net", per("bs.rou", d), "n0", indent=1),
        R("Goodwill", per("bs.goodwill", d), "n0", indent=1),
        R("Intangible assets, net", per("bs.intangibles", d), "n0", indent=1),
        R("Other assets, net", per("bs.other_assets", d), "n0", indent=1),
        R("Total assets", per("bs.assets_total", d), "n0", kind="total", dollar=True),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable", per("bs.ap", d), "n0", indent=2, dollar=True),
        R("Current portion of long-term debt", per("bs.debt_current", d), "n0", indent=2),
        R("Accrued interest", per("bs.accrued_interest", d), "n0", indent=2),
        R("Accrued payroll and related", per("bs.payroll", d), "n0", indent=2),
        R("Customer loyalty program liability", per("bs.loyalty", d), "n0", indent=2),
        R("Outstanding chip liability and customer deposits", per("bs.chips", d), "n0", indent=2),
        R("Operating lease liabilities, current", per("bs.lease_current", d), "n0", indent=2),
        R("Other accrued liabilities", per("bs.other_accrued", d), "n0", indent=2),
        R("Total current liabilities", per("bs.cl_total", d), "n0", kind="sub", indent=1),
        R("Long-term debt, net of current portion and debt issuance costs", per("bs.ltd", d), "n0", indent=1),
        R("Operating lease liabilities, noncurrent", per("bs.lease_noncurrent", d), "n0", indent=1),
        R("Deferred income taxes, net", per("bs.deferred_tax", d), "n0", indent=1),
        R("Other long-term liabilities", per("bs.other_ltl", d), "n0", indent=1),
        R("Total liabilities", per("bs.liab_total", d), "n0", kind="sub"),
        R("Commitments and contingencies (Note 9)", kind="head"),
        R("Stockholders' equity:", kind="head", indent=1),
        R("Common stock, $0.01 par value; 200,000 shares authorized; 61,208 shares issued", per("bs.eq_common", d),
          "n0", indent=2),
        R("Additional paid-in capital", per("bs.eq_apic", d), "n0", indent=2),
        R("Retained earnings", per("bs.eq_re", d), "n0", indent=2),
        R("Treasury stock, at cost", per("bs.eq_treasury", d), "n0", indent=2),
        R("Accumulated other comprehensive income (loss)", per("bs.eq_aoci", d), "n0", indent=2),
        R("Total stockholders' equity", per("bs.eq_total", d), "n0", kind="sub", indent=1),
        R("Total liabilities and stockholders' equity", per("bs.le_total", d), "n0", kind="total", dollar=True),
    ]
    doc.table("CONDENSED CONSOLIDATED BALANCE SHEETS", ["September 30,\n2026\n(unaudited)", "December 31,\n2025"], b,
              unit="(in thousands, except share data in thousands)", label_w=112)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    m = ["m9_26", "m9_25"]
    cf = [
        R("Cash flows from operating activities:", kind="head"),
        R("Net income", per("cf.ni", m), "n0", indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head", indent=1),
        R("Depreciation and amortization", per("cf.da", m), "n0", indent=2),
        R("Amortization of debt issuance costs and discounts", per("cf.amort", m), "n0", indent=2),
        R("Share-based compensation", per("cf.sbc", m), "n0", indent=2),
        R("Loss on extinguishment of debt", per("cf.extinguishment", m), "n0", indent=2),
        R("Loss on disposal of assets and other, net", per("cf.disposal", m), "n0", indent=2),
        R("Deferred income taxes", per("cf.deferred", m), "n0", indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", per("cf.ar", m), "n0", indent=2),
        R("Inventories, prepaid expenses and other", per("cf.inv", m), "n0", indent=2),
        R("Accounts payable", per("cf.ap", m), "n0", indent=2),
        R("Customer loyalty program liability", per("cf.loyalty", m), "n0", indent=2),
        R("Accrued interest, payroll and other liabilities", per("cf.accrued", m), "n0", indent=2),
        R("Other, net", per("cf.other_op", m), "n0", indent=2),
        R("Net cash provided by operating activities", per("cf.cfo", m), "n0", kind="sub"),
        R("Cash flows from investing activities:", kind="head"),
        R("Capital expenditures", per("cf.capex", m), "n0", indent=1),
        R("Proceeds from sale of property and equipment", per("cf.proceeds", m), "n0", indent=1),
        R("Acquisition of online gaming license", per("cf.license", m), "n0", indent=1),
        R("Other investing activities", per("cf.other_inv", m), "n0", indent=1),
        R("Net cash used in investing activities", per("cf.cfi", m), "n0", kind="sub"),
        R("Cash flows from financing activities:", kind="head"),
        R("Borrowings under revolving credit facility", per("cf.revolver_in", m), "n0", indent=1),
        R("Repayments under revolving credit facility", per("cf.revolver_out", m), "n0", indent=1),
        R("Proceeds from issuance of 7.125% senior notes due 2032", per("cf.notes_in", m), "n0", indent=1),
        R("Redemption of 6.500% senior notes due 2027", per("cf.notes_out", m), "n0", indent=1),
        R("Premium paid on extinguishment of debt", per("cf.premium", m), "n0", indent=1),
        R("Repayments of Term Loan B", per("cf.term_out", m), "n0", indent=1),
        R("Debt issuance costs", per("cf.issue_costs", m), "n0", indent=1),
        R("Repurchases of common stock", per("cf.repurchase", m), "n0", indent=1),
        R("Dividends paid", per("cf.dividends", m), "n0", indent=1),
        R("Taxes paid related to net share settlement of equity awards", per("cf.tax_withheld", m), "n0", indent=1),
        R("Net cash used in financing activities", per("cf.cff", m), "n0", kind="sub"),
        R("Change in cash, cash equivalents and restricted cash", per("cf.change", m), "n0", bold=True),
        R("Cash, cash equivalents and restricted cash, beginning of period", per("cf.begin", m), "n0"),
        R("Cash, cash equivalents and restricted cash, end of period", per("cf.end", m), "n0", kind="total",
          dollar=True),
        R("Reconciliation to the balance sheet (September 30, 2026):", kind="head"),
        R("Cash and cash equivalents", ["cf.end_cash.m9_26", None], "n0", indent=1, dollar=True),
        R("Restricted cash", ["cf.end_restricted.m9_26", None], "n0", indent=1),
    ]
    doc.table("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", ["2026", "2025"], cf,
              groups=[("Nine Months Ended\nSeptember 30,", 0, 2)], unit="(in thousands)", label_w=118)

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    cols = ["common", "apic", "re", "treasury", "aoci", "total"]
    eq_rows: list[Row] = []
    blocks = (("Three Months Ended September 30, 2026", "jun26", "sep26", "q3_26", "June 30, 2026"),
              ("Three Months Ended September 30, 2025", "jun25", "sep25", "q3_25", "June 30, 2025"),
              ("Nine Months Ended September 30, 2026", "dec25", "sep26", "m9_26", "December 31, 2025"),
              ("Nine Months Ended September 30, 2025", "dec24", "sep25", "m9_25", "December 31, 2024"))
    for title, begin, end, p, begin_label in blocks:
        end_label = "September 30, " + ("2026" if end == "sep26" else "2025")
        div = doc.values[f"eq.div_ps.{p}"]
        eq_rows += [
            R(title, kind="head"),
            R(f"Balance, {begin_label}", [f"eq.{c}.{begin}" for c in cols], "n0", dollar=True),
            R("Net income", [None, None, f"eq.ni.{p}", None, None, f"eq.ni.{p}"], "n0", indent=1),
            R("Other comprehensive income (loss)", [None, None, None, None, f"eq.oci.{p}", f"eq.oci.{p}"], "n0",
              indent=1),
            R("Share-based compensation", [None, f"eq.sbc.{p}", None, None, None, f"eq.sbc.{p}"], "n0", indent=1),
            R("Shares withheld for taxes on vested awards", [None, f"eq.withheld.{p}", None, None, None,
                                                             f"eq.withheld.{p}"], "n0", indent=1),
            R("Repurchases of common stock", [None, None, None, f"eq.repo.{p}", None, f"eq.repo.{p}"], "n0",
              indent=1),
            R(f"Cash dividends declared (${div:.2f} per share)", [None, None, f"eq.div.{p}", None, None,
                                                                   f"eq.div.{p}"], "n0", indent=1),
            R(f"Balance, {end_label}", [f"eq.{c}.{end}" for c in cols], "n0", kind="total", dollar=True),
            R("", kind="blank"),
        ]
    doc.table("CONDENSED CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", ["Common\nStock", "Additional\nPaid-in\n"
              "Capital", "Retained\nEarnings", "Treasury\nStock", "AOCI", "Total"], eq_rows,
              unit="(in thousands, except per share data)", label_w=64, size=8.2)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)", 1, anchor="notes")
    doc.heading("Note 1 - Basis of Presentation", 3)
    doc.para("Coralstone Gaming Group, Inc. (\"Coralstone,\" the \"Company,\" \"we\") owns or operates five casino "
             "properties and the StonePlay online casino and sportsbook. The unaudited condensed consolidated "
             "financial statements have been prepared in accordance with GAAP for interim financial information and "
             "should be read with our Annual Report on Form 10-K for the year ended December 31, 2025. Results for "
             "interim periods are not necessarily indicative of full-year results because of seasonality.")
    doc.section = "note_rev"
    doc.heading("Note 2 - Revenue", 3)
    doc.para("We disaggregate revenue by type of goods or service and by reportable segment. Casino revenue is net "
             "of promotional allowances and the value of loyalty points earned.")
    for p, caption in (("q3_26", "Three Months Ended September 30, 2026"),
                       ("m9_26", "Nine Months Ended September 30, 2026")):
        rows = [R(cd.REV_LABELS[t], [f"seg.rev.{g}.{t}.{p}" for g in cd.SEGMENTS] + [f"is.rev_{t}.{p}"], "n0",
                  dollar=(i == 0)) for i, t in enumerate(cd.REV_TYPES)]
        rows.append(R("Total revenues", [f"seg.rev.{g}.total.{p}" for g in cd.SEGMENTS] + [f"is.rev_total.{p}"],
                      "n0", kind="total", dollar=True))
        doc.table(caption, ["Destination\nResorts", "Regional\nCasinos", "Online", "Total"], rows,
                  unit="(in thousands)", label_w=66)
    prop_rows = []
    for seg, seg_name in cd.SEGMENTS.items():
        prop_rows.append(R(seg_name, kind="head"))
        names = [(k, x[0]) for k, x in cd.PROPERTIES.items() if x[1] == seg]
        if seg == "online":
            names = [("stoneplay", "StonePlay online casino and sportsbook")]
        for k, name in names:
            prop_rows.append(R(name, per(f"rev.{k}.total"), "n0", indent=1))
        prop_rows.append(R(f"Total {seg_name}", per(f"seg.rev.{seg}.total"), "n0", kind="sub", indent=1))
    prop_rows.append(R("Total revenues", per("seg.rev.total"), "n0", kind="total", dollar=True))
    doc.table("Revenues by Property", COLS4, prop_rows, groups=GROUPS4, unit="(in thousands)", label_w=74)

    doc.section = "note_loy"
    doc.heading("Note 3 - Customer Loyalty Program", 3)
    doc.para("Members of Coralstone Rewards earn points based on gaming and non-gaming activity that can be redeemed "
             "for free play, rooms, food and beverage and other goods and services. We defer revenue for points "
             "earned at their standalone selling price and recognize it when the points are redeemed or expire.")
    loy = [
        R("Balance at beginning of period", per("loy.begin"), "n0", dollar=True),
        R("Points earned, net of estimated breakage", per("loy.earned"), "n0", indent=1),
        R("Points redeemed", per("loy.redeemed"), "n0", indent=1),
        R("Points expired", per("loy.expired"), "n0", indent=1),
        R("Balance at end of period", per("loy.end"), "n0", kind="total", dollar=True),
    ]
    doc.table("Customer Loyalty Program Liability", COLS4, loy, groups=GROUPS4, unit="(in thousands)", label_w=74)

    doc.section = "note_debt"
    doc.heading("Note 4 - Long-Term Debt", 3)
    d = list(cd.BS_DATES)
    debt_rows = [R(label, per(f"debt.{k}", d), "n0", dollar=(i == 0)) for i, (k, label) in enumerate((
        ("revolver", "Revolving credit facility due 2030"), ("term", "Term Loan B due 2031"),
        ("n2027", "6.500% senior notes due 2027"), ("n2029", "5.875% senior notes due 2029"),
        ("n2032", "7.125% senior notes due 2032")))]
    debt_rows += [
        R("Total principal", per("debt.principal", d), "n0", kind="sub"),
        R("Less: unamortized debt issuance costs and discounts", per("debt.costs", d), "n0"),
        R("Less: current portion of long-term debt", per("debt.current", d), "n0"),
        R("Long-term debt, net", per("debt.lt", d), "n0", kind="total", dollar=True),
    ]
    doc.table(None, ["September 30,\n2026", "December 31,\n2025"], debt_rows, unit="(in thousands)", label_w=100)
    doc.para("In May 2026 we issued $600.0 million of 7.125% senior notes due 2032 at par and used the net proceeds, "
             "together with cash on hand, to redeem all $600.0 million of our 6.500% senior notes due 2027 at 102.0% "
             "of principal. We recognized a loss on extinguishment of debt of {mda.loss_ext:d0} thousand, consisting "
             "of the {mda.premium:d0} thousand redemption premium and the write-off of {debt.writeoff:d0} thousand "
             "of unamortized issuance costs. The Term Loan B amortizes at $2,125 thousand per quarter.")
    mat_rows = [R(label, [f"mat.{k}"], "n0", dollar=(i == 0)) for i, (k, label) in enumerate((
        ("r2026", "Remainder of 2026"), ("2027", "2027"), ("2028", "2028"), ("2029", "2029"), ("2030", "2030"),
        ("after", "Thereafter")))]
    mat_rows.append(R("Total", ["mat.total"], "n0", kind="total", dollar=True))
    doc.table("Scheduled Principal Maturities", ["Amount"], mat_rows, unit="(in thousands)", label_w=110, col_w=36)

    doc.section = "note_lease"
    doc.heading("Note 5 - Leases", 3)
    doc.para("We lease the land and buildings of Thistlewood Grand Hotel & Casino from a real estate investment "
             "trust under a master lease with an initial term ending in 2047 and four five-year renewal options. "
             "Fixed rent escalates annually by 2.5%.")
    lease_rows = [
        R("Master lease rent (fixed)", per("lease.master"), "n0", dollar=True),
        R("Other operating lease cost", per("lease.other"), "n0"),
        R("Variable lease cost", per("lease.variable"), "n0"),
        R("Total lease cost", per("lease.total"), "n0", kind="total", dollar=True),
    ]
    doc.table("Components of Lease Cost", COLS4, lease_rows, groups=GROUPS4, unit="(in thousands)", label_w=74)
    pay_rows = [R(label, [f"lease.pay.{k}"], "n0", dollar=(i == 0)) for i, (k, label) in enumerate((
        ("r2026", "Remainder of 2026"), ("2027", "2027"), ("2028", "2028"), ("2029", "2029"), ("2030", "2030"),
        ("after", "Thereafter")))]
    pay_rows += [
        R("Total lease payments", ["lease.undiscounted"], "n0", kind="sub"),
        R("Less: imputed interest", ["lease.interest"], "n0"),
        R("Present value of operating lease liabilities", ["lease.pv"], "n0", kind="total", dollar=True),
    ]
    doc.table("Maturities of Operating Lease Liabilities at September 30, 2026", ["Amount"], pay_rows,
              unit="(in thousands)", label_w=110, col_w=36,
              notes=["Weighted-average remaining lease term {lease.term:n1} years; weighted-average discount rate "
                     "{lease.rate:p1}."])

    doc.section = "note_eps"
    doc.heading("Note 6 - Stockholders' Equity and Earnings per Share", 3)
    eps_rows = [
        R("Net income", per("is.net_income"), "n0", dollar=True),
        R("Weighted-average common shares outstanding - basic", per("is.shares_basic"), "n0"),
        R("Dilutive effect of restricted stock units", per("eps.dilutive"), "n0", indent=1),
        R("Weighted-average common shares outstanding - diluted", per("is.shares_diluted"), "n0", kind="sub"),
        R("Basic earnings per share", per("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", per("is.eps_diluted"), "n2", dollar=True),
    ]
    doc.table(None, COLS4, eps_rows, groups=GROUPS4, unit=THOUSANDS, label_w=74)
    doc.para("During the nine months ended September 30, 2026 we repurchased common stock for {mda.repo_9m:d0} "
             "thousand under the $350 million program authorized in February 2025. On October 28, 2026 our Board "
             "declared a quarterly dividend of $0.25 per share payable December 4, 2026.")
    doc.section = "note_tax"
    doc.heading("Note 7 - Income Taxes", 3)
    doc.para("Our effective income tax rate was {tax.rate.q3_26:p1} and {tax.rate.q3_25:p1} for the three months "
             "ended September 30, 2026 and 2025, and {tax.rate.m9_26:p1} and {tax.rate.m9_25:p1} for the nine "
             "months then ended. The rates differ from the 21% federal statutory rate primarily because of state "
             "income taxes and non-deductible expenses.")

    doc.section = "note_seg"
    doc.heading("Note 8 - Segment Information", 3)
    doc.para("Our chief operating decision maker evaluates performance using Adjusted Property EBITDAR, defined as "
             "earnings before interest, income taxes, depreciation and amortization, rent under the master lease, "
             "preopening and development costs, loss on disposal of assets, share-based compensation, loss on "
             "extinguishment of debt, other non-operating items and corporate expense.")
    seg_rows = [R("Net revenues", kind="head")]
    seg_rows += [R(name, per(f"seg.rev.{g}.total"), "n0", indent=1, dollar=(i == 0))
                 for i, (g, name) in enumerate(cd.SEGMENTS.items())]
    seg_rows.append(R("Total net revenues", per("seg.rev.total"), "n0", kind="sub", dollar=True))
    seg_rows.append(R("Adjusted Property EBITDAR", kind="head"))
    seg_rows += [R(name, per(f"seg.ebitdar.{g}"), "n0", indent=1, dollar=(i == 0))
                 for i, (g, name) in enumerate(cd.SEGMENTS.items())]
    seg_rows += [
        R("Total Adjusted Property EBITDAR", per("seg.ebitdar_total"), "n0", kind="sub"),
        R("Corporate expense (2)", per("seg.corporate"), "n0"),
        R("Adjusted EBITDAR", per("seg.adj_ebitdar"), "n0", kind="sub", dollar=True),
        R("Master lease rent", per("rec.rent"), "n0", indent=1),
        R("Depreciation and amortization", per("rec.da"), "n0", indent=1),
        R("Share-based compensation", per("rec.sbc"), "n0", indent=1),
        R("Preopening and development costs", per("rec.preopening"), "n0", indent=1),
        R("Loss on disposal of assets and other, net", per("rec.disposal"), "n0", indent=1),
        R("Interest expense, net", per("rec.interest"), "n0", indent=1),
        R("Loss on extinguishment of debt", per("rec.extinguishment"), "n0", indent=1),
        R("Other, net", per("rec.other"), "n0", indent=1),
        R("Income tax expense", per("rec.tax"), "n0", indent=1),
        R("Net income", per("rec.ni"), "n0", kind="total", dollar=True),
    ]
    doc.table("Segment Results and Reconciliation to Net Income", COLS4, seg_rows, groups=GROUPS4,
              unit="(in thousands)", label_w=74,
              notes=["(2) Corporate expense excludes share-based compensation, which is presented separately."])
    doc.section = "note_contingencies"
    doc.heading("Note 9 - Commitments and Contingencies", 3)
    doc.para("We are subject to various claims and legal actions arising in the ordinary course of business. In "
             "August 2026 a putative class action was filed against StonePlay alleging violations of a state "
             "consumer protection statute; we believe the claims are without merit. We do not expect the outcome of "
             "pending matters to have a material adverse effect on our financial position.")


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item2")
    doc.heading("Overview", 3)
    doc.para("We own or operate two destination resorts - Marisol Bay Resort & Casino in Port Averill and Thistlewood "
             "Grand Hotel & Casino in Lake Tenney - three regional casinos and the StonePlay online casino and "
             "sportsbook. Total revenues for the third quarter of 2026 increased {mda.rev_growth.q3:p1} year over "
             "year to {is.rev_total.q3_26:d0} thousand, led by StonePlay, whose revenues grew "
             "{mda.online_growth.q3:p1}, and by higher hotel rates at Marisol Bay. Construction of the "
             "{mda.tower_rooms:n0}-room Marisol Bay tower expansion remains on schedule for a mid-2027 opening.")
    doc.heading("Consolidated Results", 3)
    doc.para("Net income for the third quarter was {is.net_income.q3_26:d0} thousand, or {is.eps_diluted.q3_26:d2} "
             "per diluted share, compared with {is.net_income.q3_25:d0} thousand, or {is.eps_diluted.q3_25:d2} per "
             "diluted share, in the prior-year quarter. Preopening and development costs of "
             "{is.preopening.q3_26:d0} thousand relate to the tower expansion. Interest expense decreased as the "
             "revolver balance was reduced, while the nine-month period includes the loss on extinguishment of debt "
             "described in Note 4.")
    doc.heading("Segment Results", 3)
    seg_rows = []
    for g, name in cd.SEGMENTS.items():
        seg_rows.append(R(name, kind="head"))
        seg_rows.append(R("Net revenues", per(f"seg.rev.{g}.total"), "n0", indent=1, dollar=True))
        seg_rows.append(R("Adjusted Property EBITDAR", per(f"seg.ebitdar.{g}"), "n0", indent=1, dollar=True))
        seg_rows.append(R("Adjusted Property EBITDAR margin", per(f"seg.margin.{g}"), "p1", indent=1))
    doc.table(None, COLS4, seg_rows, groups=GROUPS4, unit="(dollars in thousands)", label_w=74)
    doc.para("Destination Resorts benefited from record summer group business at Marisol Bay. Regional Casinos "
             "revenues rose modestly as growth at Harrow Pointe and Bellwick Downs offset softer visitation at "
             "Copper Lantern, where a competitor opened in March 2026. The Online segment's Adjusted Property "
             "EBITDAR improved on scale benefits and lower customer acquisition costs per new payer.")

    doc.section = "mda_metrics"
    doc.heading("Operating Metrics", 3)
    metric_rows = []
    names = {k: x[0] for k, x in cd.PROPERTIES.items()}
    for prop in cd.METRICS:
        metric_rows.append(R(names[prop], kind="head"))
        metric_rows.append(R("Slot handle", per(f"m.handle.{prop}", ["q3_26", "q3_25"]), "n1", indent=1,
                             dollar=True))
        metric_rows.append(R("Slot win", per(f"m.slot_win.{prop}", ["q3_26", "q3_25"]), "n1", indent=1))
        metric_rows.append(R("Slot hold percentage", per(f"m.slot_hold.{prop}", ["q3_26", "q3_25"]), "p2", indent=1))
        if f"m.drop.{prop}.q3_26" in doc.values:
            metric_rows.append(R("Table games drop", per(f"m.drop.{prop}", ["q3_26", "q3_25"]), "n1", indent=1))
            metric_rows.append(R("Table games win", per(f"m.table_win.{prop}", ["q3_26", "q3_25"]), "n1", indent=1))
            metric_rows.append(R("Table games hold percentage", per(f"m.table_hold.{prop}", ["q3_26", "q3_25"]),
                                 "p1", indent=1))
        if f"m.occ.{prop}.q3_26" in doc.values:
            metric_rows.append(R("Hotel occupancy", per(f"m.occ.{prop}", ["q3_26", "q3_25"]), "p1", indent=1))
            metric_rows.append(R("Average daily rate (ADR) (a)", per(f"m.adr.{prop}", ["q3_26", "q3_25"]), "n0",
                                 indent=1, dollar=True))
            metric_rows.append(R("Revenue per available room (RevPAR) (a)", per(f"m.revpar.{prop}",
                                                                                ["q3_26", "q3_25"]), "n0", indent=1,
                                 dollar=True))
    metric_rows.append(R("StonePlay", kind="head"))
    metric_rows.append(R("Average monthly unique payers (thousands)", ["m.payers.q3_26", "m.payers.q3_25"], "n1",
                         indent=1))
    metric_rows.append(R("Average revenue per monthly unique payer (a)", ["m.arpmup.q3_26", "m.arpmup.q3_25"], "n0",
                         indent=1, dollar=True))
    doc.table("Three Months Ended September 30", ["2026", "2025"], metric_rows,
              unit="(dollars in millions, except ADR, RevPAR and revenue per payer, which are in dollars)",
              label_w=112, notes=["(a) In dollars. RevPAR equals hotel occupancy multiplied by ADR."])

    doc.section = "nongaap"
    doc.heading("Non-GAAP Financial Measures", 3)
    doc.para("Adjusted net income and adjusted diluted earnings per share exclude preopening and development costs, "
             "loss on disposal of assets and loss on extinguishment of debt, net of income tax at an assumed 23% "
             "rate. These measures are not defined by GAAP and should be read alongside net income and diluted EPS.")
    ng = [
        R("Net income", per("ng.ni"), "n0", dollar=True),
        R("Preopening and development costs", per("ng.preopening"), "n0", indent=1),
        R("Loss on disposal of assets and other, net", per("ng.disposal"), "n0", indent=1),
        R("Loss on extinguishment of debt", per("ng.extinguishment"), "n0", indent=1),
        R("Income tax effect of adjustments", per("ng.tax"), "n0", indent=1),
        R("Adjusted net income", per("ng.adj_ni"), "n0", kind="sub", dollar=True),
        R("Diluted weighted-average shares outstanding", per("ng.shares"), "n0"),
        R("Diluted earnings per share (GAAP)", per("ng.eps"), "n2", dollar=True),
        R("Adjusted diluted earnings per share", per("ng.adj_eps"), "n2", kind="total", dollar=True),
    ]
    doc.table("Reconciliation of Net Income to Adjusted Net Income", COLS4, ng, groups=GROUPS4, unit=THOUSANDS,
              label_w=74)

    doc.section = "liquidity"
    doc.heading("Liquidity and Capital Resources", 3)
    doc.para("At September 30, 2026 we had {bs.cash.sep26:d0} thousand of cash and cash equivalents and "
             "{liq.available:d0} thousand of borrowing availability under our {liq.revolver_cap:d0} thousand "
             "revolving credit facility, after {debt.revolver.sep26:d0} thousand of outstanding borrowings and "
             "{liq.lcs:d0} thousand of letters of credit, for total liquidity of {mda.liquidity:d0} thousand.")
    doc.para("Capital expenditures for the nine months ended September 30, 2026 were {mda.capex_total:d0} thousand, "
             "consisting of maintenance capital of {mda.capex_maint:d0} thousand, {mda.capex_tower:d0} thousand "
             "for the Marisol Bay tower expansion and {mda.capex_other:d0} thousand of other growth projects, "
             "including StonePlay technology. We expect full-year 2026 capital expenditures of ${mda.capex_low:n0} "
             "million to ${mda.capex_high:n0} million. We also paid {mda.license:d0} thousand to acquire an online "
             "gaming license in a new jurisdiction.")
    doc.para("We believe that cash on hand, cash flows from operations and availability under our revolving credit "
             "facility will be sufficient to fund operations, capital expenditures, debt service, dividends and "
             "share repurchases for at least the next twelve months. We were in compliance with all covenants at "
             "September 30, 2026.")
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item3")
    doc.para("Our primary market risk is interest rate risk on variable-rate borrowings. We have entered into "
             "interest rate swaps that fix the rate on $500 million of our Term Loan B through 2028. A 100 basis "
             "point increase in SOFR would increase annual interest expense on our unhedged variable-rate debt by "
             "approximately $3.9 million.")
    doc.section = "item4"
    doc.heading("Item 4. Controls and Procedures", 1, anchor="item4")
    doc.para("Our management, with the participation of our Chief Executive Officer and Chief Financial Officer, "
             "concluded that our disclosure controls and procedures were effective as of September 30, 2026. There "
             "were no changes in internal control over financial reporting during the quarter that materially "
             "affected, or are reasonably likely to materially affect, our internal control.")


def part2(doc: Doc) -> None:
    doc.new_page()
    doc.section = "part2"
    doc.heading("PART II - OTHER INFORMATION", 0, anchor="part2")
    doc.heading("Item 1. Legal Proceedings", 1, anchor="p2item1")
    doc.para("See Note 9 to the condensed consolidated financial statements. Item 1A. Risk Factors: there have been "
             "no material changes to the risk factors disclosed in our 2025 Annual Report on Form 10-K.")
    doc.section = "p2_repo"
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 1, anchor="p2item2")
    doc.para("The following table summarizes repurchases of our common stock during the third quarter of 2026 under "
             "the program announced February 19, 2025.")
    rows = [
        R("July 1 - July 31, 2026", ["rep.shares.jul", "rep.price.jul", "rep.shares.jul", "rep.remaining.jul"],
          ["n0", "n2", "n0", "n0"], dollar=True),
        R("August 1 - August 31, 2026", ["rep.shares.aug", "rep.price.aug", "rep.shares.aug", "rep.remaining.aug"],
          ["n0", "n2", "n0", "n0"], dollar=True),
        R("September 1 - September 30, 2026", ["rep.shares.sep", "rep.price.sep", "rep.shares.sep",
                                               "rep.remaining.sep"], ["n0", "n2", "n0", "n0"], dollar=True),
        R("Total", ["rep.shares.total", None, "rep.shares.total", None], ["n0", "n2", "n0", "n0"], kind="total"),
    ]
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average\nPrice Paid\n"
              "per Share", "Shares Purchased\nas Part of Publicly\nAnnounced Program", "Approximate Dollar\nValue "
              "That May Yet\nBe Purchased (b)"], rows, label_w=56, money=[False, True, False, True],
              notes=["(b) In thousands of dollars, at the end of each month."])
    doc.section = "part2_other"
    doc.para("Item 3. Defaults Upon Senior Securities - None. Item 4. Mine Safety Disclosures - Not applicable. "
             "Item 5. Other Information - During the quarter no director or officer adopted or terminated a Rule "
             "10b5-1 trading arrangement.")
    doc.heading("Item 6. Exhibits", 1, anchor="p2item6")
    doc.para("4.1 Indenture dated May 14, 2026 governing the 7.125% Senior Notes due 2032. 31.1 and 31.2 "
             "Certifications of the Chief Executive Officer and Chief Financial Officer. 32.1 Section 1350 "
             "Certifications. 101 Inline XBRL documents. 104 Cover page interactive data file.")
    doc.heading("Signatures", 1, anchor="signatures")
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused "
             "this report to be signed on its behalf by the undersigned thereunto duly authorized. Date: November 5, "
             "2026.")
    doc.para("CORALSTONE GAMING GROUP, INC.\nBy: /s/ Renata V. Ashcombe, Executive Vice President and Chief "
             "Financial Officer\nBy: /s/ Teodor M. Kessling, Senior Vice President and Chief Accounting Officer",
             align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str]) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q3 2026")
    doc.add_page()
    cover(doc)
    doc.add_page()
    doc.section = "toc"
    doc.heading("TABLE OF CONTENTS", 0)
    doc.toc(TOC, toc_labels)
    statements(doc)
    notes(doc)
    mda(doc)
    part2(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = cd.build()
    doc = render_twice(lambda labels: render(values, labels))
    return bytes(doc.output()), doc
