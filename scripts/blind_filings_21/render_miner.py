"""Renders the Quillmarsh Mining Corporation Form 10-Q for the quarter ended June 30, 2026.

House style: DejaVu Sans (condensed in tables), shaded tables with no rules, "$" attached to the number,
negatives with a minus sign, amounts in millions with one decimal, running header and a "Page N" footer
whose numbering counts the cover as page 1.
"""

from __future__ import annotations

from decimal import Decimal

import miner_data as md
from layout import F, FilingPDF, HouseStyle, Row, Table

P = md.PRINTED
BS = md.BS_DATES
QGROUPS = [("Three Months Ended June 30", 2), ("Six Months Ended June 30", 2)]
QCOLS = ["2026", "2025", "2026", "2025"]


def page_label(index: int) -> str | None:
    return None if index == 0 else f"Page {index + 1}"


STYLE = HouseStyle(
    body_font="DejaVu",
    table_font="DejaVuCond",
    body_size=8.8,
    table_size=7.6,
    negative="minus",
    dollar="attached",
    tables="shaded",
    page_label=page_label,
    footer_text="Quillmarsh Mining Corporation | Quarterly Report on Form 10-Q",
    header_text="QUILLMARSH MINING CORPORATION - FORM 10-Q - QUARTER ENDED JUNE 30, 2026",
    margin=16,
    fonts={"DejaVu": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"},
           "DejaVuCond": {"": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf"}},
)

TOC = [
    ("PART I - FINANCIAL INFORMATION", "p1", 0),
    ("Item 1. Financial Statements (Unaudited)", "item1", 1),
    ("Condensed Consolidated Statements of Operations", "ops", 2),
    ("Condensed Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Condensed Consolidated Statements of Equity", "eq", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II - OTHER INFORMATION", "p2", 0),
    ("Item 1. Legal Proceedings", "p2item1", 1),
    ("Item 1A. Risk Factors", "p2item1a", 1),
    ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2item2", 1),
    ("Item 4. Mine Safety Disclosures", "p2item4", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "sig", 0),
]


def r(label: str, name: str, periods=P, **kw) -> Row:
    return Row(label, [f"{name}.{p}" for p in periods], **kw)


def head(label: str, indent: int = 0) -> Row:
    return Row(label, None, indent=indent, kind="head")


def qtable(tag: str, rows: list[Row], title: str = "", unit: str = "", footnotes=None) -> Table:
    return Table(tag=tag, rows=rows, cols=QCOLS, groups=QGROUPS, title=title, unit_line=unit, decimals=1,
                 footnotes=footnotes or [])


def cover(pdf: FilingPDF):
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 8, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.3, "(Mark One)\n[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES "
                   "EXCHANGE ACT OF 1934\nFor the quarterly period ended June 30, 2026\n[ ] TRANSITION REPORT "
                   "PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission file number "
                   "001-40277", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "QUILLMARSH MINING CORPORATION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(pdf.width / 2, 5, "Delaware", align="C")
    pdf.cell(pdf.width / 2, 5, "86-2204519", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.width / 2, 4, "(State of incorporation)", align="C")
    pdf.cell(pdf.width / 2, 4, "(I.R.S. Employer Identification No.)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 5, "1850 Larchmont Ridge Road, Suite 900, Corrivale, Teskana 80477  |  (303) 555-0142", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_fill_color(225, 232, 240)
    pdf.set_font("DejaVu", "B", 8)
    for a, b, c in (("Title of each class", "Trading symbol", "Exchange"),
                    ("Common stock, $0.01 par value", "QMX", "New York Stock Exchange")):
        pdf.cell(80, 5, a, fill=True)
        pdf.cell(40, 5, b, fill=True, align="C")
        pdf.cell(0, 5, c, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8)
        pdf.set_fill_color(245, 245, 245)
    pdf.ln(4)
    for line in (
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 "
        "or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months, and (2) has been subject to "
        "such filing requirements for the past 90 days. Yes [X] No [ ]",
        "Large accelerated filer [X]  Accelerated filer [ ]  Non-accelerated filer [ ]  Smaller reporting company [ ]",
        "Indicate by check mark whether the registrant is a shell company. Yes [ ] No [X]",
    ):
        pdf.multi_cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.para("At July 24, 2026, {sh} million shares of common stock were outstanding.",
             sh=F("cover.shares", 1))


def contents(pdf: FilingPDF):
    pdf.add_page()
    pdf.heading("QUILLMARSH MINING CORPORATION - INDEX", size=11, align="C")
    pdf.toc(TOC)
    pdf.ln(4)
    pdf.heading("Cautionary Statement Regarding Forward-Looking Statements", size=9.5)
    pdf.para("This report contains forward-looking statements, including statements about expected production, "
             "costs applicable to sales, all-in sustaining costs, capital expenditures, the timing of development "
             "projects, reclamation obligations and the effect of metal prices. These statements involve risks and "
             "uncertainties, including volatility in gold and copper prices, operational risks at our mines, "
             "changes in ore grades and recoveries, permitting, input cost inflation and the other factors "
             "described in our Annual Report on Form 10-K for the year ended December 31, 2025. Actual results may "
             "differ materially.")
    pdf.para("Non-GAAP measures. This report refers to cash costs, net of by-product credits; all-in sustaining "
             "costs (AISC); and free cash flow. These measures are not defined by U.S. GAAP; reconciliations to the "
             "most directly comparable GAAP measures appear in Item 2.")


def statements(pdf: FilingPDF):
    pdf.add_page()
    pdf.heading("PART I - FINANCIAL INFORMATION", size=10.5, anchor="p1")
    pdf.heading("ITEM 1. FINANCIAL STATEMENTS", size=10, anchor="item1")
    pdf.mark("ops")
    pdf.table(qtable("is", title="QUILLMARSH MINING CORPORATION\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
                     unit="(unaudited; in millions, except per share data)", rows=[
        head("Sales"),
        r("Gold", "is.sales_au", indent=1, dollar=True),
        r("Copper", "sales.ob_cu", indent=1),
        r("Total sales (Note 2)", "is.sales", kind="sub", dollar=True),
        head("Costs and expenses"),
        r("Costs applicable to sales (1)", "is.cas", indent=1),
        r("Depreciation, depletion and amortization", "is.dda", indent=1),
        r("Reclamation and remediation", "is.reclam", indent=1),
        r("Exploration", "is.explor", indent=1),
        r("General and administrative", "is.ga", indent=1),
        r("Other expense, net", "is.other_exp", indent=1),
        r("Total costs and expenses", "is.costs", kind="sub"),
        head("Other income (expense)"),
        r("Interest expense, net of capitalized interest", "is.interest_neg", indent=1),
        r("Interest and other income, net", "is.oth_inc", indent=1),
        r("Total other income (expense), net", "is.other_net", kind="sub"),
        r("Income before income and mining tax", "is.pretax"),
        r("Income and mining tax expense", "is.tax_neg"),
        r("Net income", "is.net_income", kind="total", dollar=True),
        head("Net income per common share"),
        r("Basic", "eps.basic", indent=1, decimals=2, dollar=True),
        r("Diluted", "eps.diluted", indent=1, decimals=2, dollar=True),
        head("Weighted average common shares outstanding"),
        r("Basic", "eps.basic_sh", indent=1),
        r("Diluted", "eps.diluted_sh", indent=1),
        r("Cash dividends declared per common share", "eq.dps", decimals=2, dollar=True),
    ], footnotes=["(1) Excludes depreciation, depletion and amortization and reclamation and remediation."]))
    pdf.add_page()
    pdf.mark("ci")
    pdf.table(qtable("ci", title="CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME",
                     unit="(unaudited; in millions)", rows=[
        r("Net income", "is.net_income", dollar=True),
        head("Other comprehensive income (loss), net of tax:"),
        r("Change in fair value of cash flow hedge instruments", "oci.hedge", indent=1),
        r("Reclassification of hedge (gains) losses to earnings", "oci.reclass", indent=1),
        r("Foreign currency translation adjustments", "oci.fx", indent=1),
        r("Other comprehensive income (loss)", "oci.total", kind="sub"),
        r("Comprehensive income", "ci.total", kind="total", dollar=True),
    ]))
    pdf.add_page()
    pdf.mark("bs")
    pdf.table(Table(
        tag="bs", title="CONDENSED CONSOLIDATED BALANCE SHEETS", unit_line="(unaudited; in millions)",
        cols=["June 30,\n2026", "December 31,\n2025"], col_header_lines=2, decimals=1, col_w=26,
        rows=[
            head("ASSETS"),
            r("Cash and cash equivalents", "bs.cash", BS, dollar=True),
            r("Short-term investments", "bs.sti", BS),
            r("Trade receivables", "bs.receivables", BS),
            r("Inventories (Note 3)", "inv.total", BS),
            r("Stockpiles and ore on leach pads (Note 3)", "stk.cur", BS),
            r("Derivative assets (Note 5)", "der.assets", BS),
            r("Other current assets", "bs.other_ca", BS),
            r("Current assets", "bs.cur_assets", BS, kind="sub"),
            r("Property, plant and mine development, net", "bs.ppe", BS),
            r("Stockpiles and ore on leach pads (Note 3)", "stk.lt", BS),
            r("Deferred income tax assets", "bs.dta", BS),
            r("Other non-current assets (1)", "bs.other_nca", BS),
            r("Total assets", "bs.total_assets", BS, kind="total", dollar=True),
            head("LIABILITIES"),
            r("Accounts payable", "bs.ap", BS, dollar=True),
            r("Employee-related benefits", "bs.employee", BS),
            r("Income and mining taxes payable", "bs.tax_payable", BS),
            r("Current portion of debt (Note 4)", "debt.current_pos", BS),
            r("Derivative liabilities (Note 5)", "der.liabs", BS),
            r("Other current liabilities", "bs.other_cl", BS),
            r("Current liabilities", "bs.cur_liab", BS, kind="sub"),
            r("Debt (Note 4)", "debt.lt", BS),
            r("Reclamation and remediation liabilities", "bs.reclam", BS),
            r("Deferred income tax liabilities", "bs.dtl", BS),
            r("Other non-current liabilities", "bs.other_ncl", BS),
            r("Total liabilities", "bs.total_liab", BS, kind="sub"),
            Row("Commitments and contingencies", None),
            head("EQUITY"),
            r("Common stock", "eq.cs", BS),
            r("Additional paid-in capital", "eq.apic", BS),
            r("Accumulated other comprehensive income (loss)", "eq.aoci", BS),
            r("Retained earnings", "eq.re", BS),
            r("Total equity", "eq.total", BS, kind="sub"),
            r("Total liabilities and equity", "bs.total_le", BS, kind="total", dollar=True),
        ],
        footnotes=["(1) Includes restricted cash held for reclamation bonding of $39.1 and $38.4 at June 30, 2026 and "
                   "December 31, 2025, respectively."]))
    pdf.add_page()
    pdf.mark("cf")
    h = ("h1_26", "h1_25")
    pdf.table(Table(
        tag="cf", title="CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", unit_line="(unaudited; in millions)",
        cols=["2026", "2025"], groups=[("Six Months Ended June 30", 2)], decimals=1, col_w=26,
        rows=[
            head("Operating activities:"),
            r("Net income", "is.net_income", h, indent=1, dollar=True),
            head("Non-cash adjustments:", indent=1),
            r("Depreciation, depletion and amortization", "is.dda", h, indent=2),
            r("Stock-based compensation", "eq.sbc", h, indent=2),
            r("Reclamation and remediation", "is.reclam", h, indent=2),
            r("Deferred income taxes", "cf.def_tax", h, indent=2),
            r("Other non-cash adjustments", "cf.other_noncash", h, indent=2),
            head("Net change in operating assets and liabilities:", indent=1),
            r("Trade receivables", "cf.receivables", h, indent=2),
            r("Inventories, stockpiles and ore on leach pads", "cf.inventories", h, indent=2),
            r("Reclamation liabilities settled", "cf.reclam_paid", h, indent=2),
            r("Accounts payable and other liabilities", "cf.payables", h, indent=2),
            r("Income and mining taxes payable", "cf.taxes_payable", h, indent=2),
            r("Net cash provided by operating activities", "cf.cfo", h, kind="sub"),
            head("Investing activities:"),
            r("Additions to property, plant and mine development", "cf.additions", h, indent=1),
            r("Purchases of short-term investments", "cf.buy_sti", h, indent=1),
            r("Maturities of short-term investments", "cf.sell_sti", h, indent=1),
            r("Proceeds from sales of assets", "cf.asset_sales", h, indent=1),
            r("Other", "cf.other_inv", h, indent=1),
            r("Net cash used in investing activities", "cf.cfi", h, kind="sub"),
            head("Financing activities:"),
            r("Net borrowings (repayments) under revolving credit facility", "cf.revolver", h, indent=1),
            r("Repayments of equipment financing", "cf.equip_repay", h, indent=1),
            r("Dividends paid to common stockholders", "cf.dividends", h, indent=1),
            r("Repurchases of common stock", "cf.repurchase", h, indent=1),
            r("Payments for withholding of employee taxes related to stock-based compensation", "cf.withheld", h,
              indent=1),
            r("Other", "cf.other_fin", h, indent=1),
            r("Net cash used in financing activities", "cf.cff", h, kind="sub"),
            r("Effect of exchange rate changes on cash", "cf.fx", h),
            r("Net change in cash, cash equivalents and restricted cash", "cf.net_change", h, kind="sub"),
            r("Cash, cash equivalents and restricted cash at beginning of period", "cf.begin", h),
            r("Cash, cash equivalents and restricted cash at end of period", "cf.end", h, kind="total",
              dollar=True),
            Row("", kind="blank"),
            head("Reconciliation of cash, cash equivalents and restricted cash at June 30, 2026:"),
            Row("Cash and cash equivalents", ["cf.end_cash.h1_26", None], indent=1, dollar=True),
            Row("Restricted cash included in other non-current assets", ["cf.end_restricted.h1_26", None], indent=1),
            Row("Total cash, cash equivalents and restricted cash", ["cf.end.h1_26", None], kind="total",
                dollar=True),
        ]))
    pdf.add_page()
    pdf.mark("eq")
    eq_rows: list[Row] = []
    for half, start, start_label in (("h1_26", "dec25", "December 31, 2025"), ("h1_25", "dec24",
                                                                                "December 31, 2024")):
        qa, qb = md.HALVES[half]
        eq_rows.append(Row(f"Balance at {start_label}",
                           [f"eq.{c}.{start}" for c in ("sh", "cs", "apic", "aoci", "re", "total")], kind="head",
                           dollar=(1, 2, 3, 4, 5)))
        for q, end_label in ((qa, "March 31"), (qb, "June 30")):
            year = "20" + q[-2:]
            eq_rows += [
                Row("Net income", [None, None, None, None, f"eq.ni.{q}", f"eq.ni.{q}"], indent=1),
                Row("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{q}", None, f"eq.oci.{q}"],
                    indent=1),
                Row("Dividends declared ($0.25 per share)", [None, None, None, None, f"eq.div.{q}", f"eq.div.{q}"],
                    indent=1),
                Row("Stock-based awards and related share issuances, net of withholding",
                    [f"eq.sh_issued.{q}", None, f"eq.apic_net.{q}", None, None, f"eq.apic_net.{q}"], indent=1),
                Row("Repurchases of common stock", [f"eq.sh_repurch.{q}", None, None, None, f"eq.repurch.{q}",
                                                    f"eq.repurch.{q}"], indent=1),
                Row(f"Balance at {end_label}, {year}",
                    [f"eq.{c}.end_{q}" for c in ("sh", "cs", "apic", "aoci", "re", "total")], kind="total",
                    dollar=(1, 2, 3, 4, 5)),
            ]
        eq_rows.append(Row("", kind="blank"))
    pdf.table(Table(
        tag="eq", title="CONDENSED CONSOLIDATED STATEMENTS OF EQUITY", unit_line="(unaudited; in millions)",
        cols=["Shares", "Common\nStock", "Additional\nPaid-In\nCapital", "Accumulated\nOther Compr.\nIncome (Loss)",
              "Retained\nEarnings", "Total\nEquity"], col_header_lines=3, col_w=20, decimals=1, rows=eq_rows))


def notes(pdf: FilingPDF):
    pdf.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (unaudited)", size=10, anchor="notes")
    pdf.para("(dollars in millions, except per share, per ounce and per pound amounts)", style="I")
    pdf.heading("NOTE 1 - BASIS OF PRESENTATION", size=9.2, space=1)
    pdf.para("These interim condensed consolidated financial statements of Quillmarsh Mining Corporation "
             "(\"Quillmarsh\" or the \"Company\") have been prepared in accordance with U.S. GAAP for interim "
             "financial information and should be read with the consolidated financial statements in our 2025 "
             "Annual Report on Form 10-K. In management's opinion they reflect all adjustments, consisting of "
             "normal recurring items, needed for a fair presentation. Results for interim periods are not "
             "necessarily indicative of results for the full year.")
    pdf.heading("NOTE 2 - SEGMENT INFORMATION", size=9.2, space=1)
    pdf.para("The Company's reportable segments are its three operating mines: Tessaly Creek, an open-pit heap leach "
             "gold operation; Ormond Basin, an open-pit copper-gold mine that produces a copper concentrate with "
             "payable gold; and Harlow Reach, an underground gold mine with a carbon-in-leach mill. Corporate and "
             "other includes exploration, reclamation and remediation, general and administrative expense, "
             "interest and other corporate items. The chief operating decision maker evaluates segments using "
             "income before income and mining tax.")
    seg_cols = ["Sales", "Costs\nApplicable\nto Sales", "Depreciation,\nDepletion and\nAmortization",
                "Income (Loss)\nbefore Income\nand Mining Tax", "Capital\nExpenditures\n(1)"]
    rows: list[Row] = []
    period_titles = {"q2_26": "Three Months Ended June 30, 2026", "q2_25": "Three Months Ended June 30, 2025",
                     "h1_26": "Six Months Ended June 30, 2026", "h1_25": "Six Months Ended June 30, 2025"}
    for p in P:
        rows += [
            Row(period_titles[p], None, kind="head", break_before=(p == "h1_26")),
            Row("Tessaly Creek", [f"sales.tc_au.{p}", f"cas.tc_au.{p}", f"dda.tc.{p}", f"seg.tc_pti.{p}",
                                  f"capex.tc.{p}"], indent=1, dollar=True),
            Row("Ormond Basin:", None, indent=1),
            Row("Gold", [f"sales.ob_au.{p}", f"cas.ob_au.{p}", None, None, None], indent=2),
            Row("Copper", [f"sales.ob_cu.{p}", f"cas.ob_cu.{p}", None, None, None], indent=2),
            Row("Total Ormond Basin", [f"seg.ob_sales.{p}", f"seg.ob_cas.{p}", f"dda.ob.{p}", f"seg.ob_pti.{p}",
                                       f"capex.ob.{p}"], indent=2),
            Row("Harlow Reach", [f"sales.hr_au.{p}", f"cas.hr_au.{p}", f"dda.hr.{p}", f"seg.hr_pti.{p}",
                                 f"capex.hr.{p}"], indent=1),
            Row("Corporate and other", ["zero", "zero", f"dda.corp.{p}", f"seg.corp_pti.{p}", f"capex.corp.{p}"],
                indent=1),
            Row("Consolidated", [f"is.sales.{p}", f"is.cas.{p}", f"is.dda.{p}", f"is.pretax.{p}",
                                 f"capex.total.{p}"], kind="total", dollar=True),
        ]
    pdf.table(Table(tag="seg", cols=seg_cols, col_header_lines=3, col_w=23, decimals=1, rows=rows,
                    footnotes=["(1) Capital expenditures on an accrual basis equal additions to property, plant and "
                               "mine development in the statements of cash flows."]))
    pdf.heading("NOTE 3 - INVENTORIES, STOCKPILES AND ORE ON LEACH PADS", size=9.2, space=1)
    bs_cols = ["June 30,\n2026", "December 31,\n2025"]
    pdf.table(Table(
        tag="inv", cols=bs_cols, col_header_lines=2, decimals=1, col_w=26, rows=[
            r("Materials and supplies", "inv.supplies", BS, dollar=True),
            r("In-process", "inv.inprocess", BS),
            r("Concentrate", "inv.concentrate", BS),
            r("Precious metals (dore and bullion)", "inv.metal", BS),
            r("Inventories", "inv.total", BS, kind="total", dollar=True),
        ]))
    pdf.table(Table(
        tag="stk", cols=bs_cols, col_header_lines=2, decimals=1, col_w=26, rows=[
            head("Current:"),
            r("Stockpiles", "stk.cur_stock", BS, indent=1, dollar=True),
            r("Ore on leach pads", "stk.cur_leach", BS, indent=1),
            r("Current stockpiles and ore on leach pads", "stk.cur", BS, kind="sub"),
            head("Non-current:"),
            r("Stockpiles", "stk.lt_stock", BS, indent=1),
            r("Ore on leach pads", "stk.lt_leach", BS, indent=1),
            r("Non-current stockpiles and ore on leach pads", "stk.lt", BS, kind="sub"),
            r("Total stockpiles and ore on leach pads", "stk.total", BS, kind="total", dollar=True),
        ]))
    pdf.para("Ore on leach pads relates entirely to Tessaly Creek. Because of the long recovery cycle, ore expected "
             "to be processed more than twelve months after the balance sheet date is classified as non-current. "
             "No write-downs to net realizable value were recorded in the periods presented.")
    pdf.heading("NOTE 4 - DEBT", size=9.2, space=1)
    pdf.table(Table(
        tag="debt", cols=bs_cols, col_header_lines=2, decimals=1, col_w=26, rows=[
            r("4.875% Senior Notes due March 2029", "debt.notes29", BS, dollar=True),
            r("5.625% Senior Notes due June 2034", "debt.notes34", BS),
            r("Revolving credit facility", "debt.revolver", BS),
            r("Equipment financing obligations", "debt.equip", BS),
            r("Unamortized discounts and debt issuance costs", "debt.discount", BS),
            r("Total debt", "debt.total", BS, kind="sub"),
            r("Less: current portion", "debt.current", BS),
            r("Debt, non-current", "debt.lt", BS, kind="total", dollar=True),
        ]))
    pdf.para("During the first quarter of 2026 we repaid the {rv} million outstanding under our {facility} million "
             "revolving credit facility. At June 30, 2026, the fair value of the senior notes was {fv} million, "
             "based on quoted market prices (Level 2).",
             rv=F("debt.revolver.dec25", 1, prefix="$"), facility=F("revolver.size", 1, prefix="$"),
             fv=F("notes.fair", 1, prefix="$"))
    pdf.heading("NOTE 5 - DERIVATIVE INSTRUMENTS", size=9.2, space=1)
    pdf.para("We hedge a portion of expected Ormond Basin copper sales with zero-cost collars designated as cash flow "
             "hedges. At June 30, 2026, collars covered {lbs} million pounds of copper through December 2027 with "
             "an average floor of {fl} per pound and an average ceiling of {cap} per pound. Diesel swaps hedge "
             "fuel purchases at Tessaly Creek. Copper sales also include provisionally priced sales: at June 30, "
             "2026, {pl} million pounds were subject to final pricing at an average provisional price of {pp} per "
             "pound.",
             lbs=F("hedge.lbs", 1), fl=F("hedge.floor", 2, prefix="$"), cap=F("hedge.cap", 2, prefix="$"),
             pl=F("prov.lbs", 1), pp=F("prov.price", 2, prefix="$"))
    pdf.table(Table(
        tag="der", cols=bs_cols, col_header_lines=2, decimals=1, col_w=26, rows=[
            head("Derivative assets (current):"),
            r("Copper collars", "der.a_collar", BS, indent=1, dollar=True),
            r("Diesel swaps", "der.a_diesel", BS, indent=1),
            r("Total derivative assets", "der.assets", BS, kind="sub", dollar=True),
            head("Derivative liabilities (current):"),
            r("Copper collars", "der.l_collar", BS, indent=1, dollar=True),
            r("Diesel swaps", "der.l_diesel", BS, indent=1),
            r("Total derivative liabilities", "der.liabs", BS, kind="sub", dollar=True),
        ]))
    pdf.table(qtable("deroci", unit="Cash flow hedge amounts in other comprehensive income, net of tax", rows=[
        r("Gain (loss) recognized in other comprehensive income", "oci.hedge", dollar=True),
        r("(Gain) loss reclassified from AOCI into sales", "oci.reclass"),
    ]))
    pdf.heading("NOTE 6 - NET INCOME PER COMMON SHARE", size=9.2, space=1)
    pdf.table(qtable("epsnote", rows=[
        r("Net income", "is.net_income", dollar=True),
        r("Weighted average common shares (in millions): basic", "eps.basic_sh"),
        r("Effect of dilutive restricted stock units", "eps.dilutive"),
        r("Weighted average common shares (in millions): diluted", "eps.diluted_sh", kind="sub"),
        r("Net income per common share: basic", "eps.basic", decimals=2, dollar=True),
        r("Net income per common share: diluted", "eps.diluted", decimals=2, dollar=True),
    ]))


def more_notes(pdf: FilingPDF):
    pdf.heading("NOTE 7 - RECLAMATION AND REMEDIATION LIABILITIES", size=9.2, space=1)
    pdf.para("Reclamation obligations are recorded at the present value of estimated closure costs and accreted over "
             "the life of each mine. Changes during the six months ended June 30, 2026 were:")
    pdf.table(Table(
        tag="reclam", cols=["2026"], groups=[("Six Months Ended June 30", 1)], col_w=40, label_w=100, decimals=1,
        rows=[Row("Balance at December 31, 2025", ["bs.reclam.dec25"], dollar=True),
              Row("Accretion and changes in estimates", ["is.reclam.h1_26"]),
              Row("Settlements", ["cf.reclam_paid.h1_26"]),
              Row("Balance at June 30, 2026", ["bs.reclam.jun26"], kind="total", dollar=True)]))
    pdf.heading("NOTE 8 - INCOME AND MINING TAXES", size=9.2, space=1)
    pdf.para("Income and mining tax expense reflects U.S. federal income tax, state net proceeds of minerals taxes and "
             "the benefit of percentage depletion. The effective tax rate was {q}% for the three months ended June 30, "
             "2026 and {h}% for the six months then ended. We have not recorded a valuation allowance against "
             "deferred tax assets because we expect to generate sufficient taxable income to realize them.",
             q=F("is.etr.q2_26", 1), h=F("is.etr.h1_26", 1))
    pdf.heading("NOTE 9 - COMMITMENTS AND CONTINGENCIES", size=9.2, space=1)
    pdf.para("We are required to provide financial assurance for reclamation obligations, which we satisfy with surety "
             "bonds, letters of credit and restricted cash. At June 30, 2026, surety bonds outstanding totaled "
             "approximately $1.2 billion. We are also party to the groundwater litigation described in Part II, "
             "Item 1, and to environmental matters arising at a historical mine site in the Orrin Hills district, "
             "for which we have accrued our best estimate of remediation costs.")
    pdf.heading("NOTE 10 - STOCKHOLDERS' EQUITY", size=9.2, space=1)
    pdf.para("In February 2025 the Board of Directors authorized the repurchase of up to $500 million of common stock "
             "through December 2027. Repurchased shares are retired, and the excess of cost over par value is charged "
             "to retained earnings. The Board declared a quarterly dividend of $0.25 per share on July 28, 2026, "
             "payable on September 29, 2026.")


def mdna(pdf: FilingPDF):
    pdf.heading("ITEM 2. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
                size=10, anchor="item2")
    pdf.heading("Second Quarter 2026 Highlights", size=9.2, space=1)
    pdf.para("Quillmarsh produced {prod} thousand ounces of gold and {cu} million pounds of copper in the second "
             "quarter of 2026. Sales were {sales} million and net income was {ni} million, or {eps} per diluted "
             "share. Higher realized gold prices and record throughput at Harlow Reach more than offset cost "
             "inflation for reagents, explosives and labor. Net cash provided by operating activities was {cfo} "
             "million for the quarter and free cash flow, a non-GAAP measure, was {fcf} million.",
             prod=F("prod.au.q2_26", 1), cu=F("prod.ob_cu.q2_26", 1), sales=F("is.sales.q2_26", 1, prefix="$"),
             ni=F("is.net_income.q2_26", 1, prefix="$"), eps=F("eps.diluted.q2_26", 2, prefix="$"),
             cfo=F("cf.cfo.q2_26", 1, prefix="$"), fcf=F("fcf.total.q2_26", 1, prefix="$"))
    pdf.para("We continue to expect 2026 gold production of 950 to 1,010 thousand ounces and copper production of "
             "255 to 275 million pounds, with AISC of $1,240 to $1,320 per ounce. Development spending in the "
             "second half will focus on the Ormond Basin tailings expansion and the Harlow Reach decline extension.")
    pdf.heading("Consolidated Operating Results", size=9.2, space=1)
    pdf.table(qtable("mdops", rows=[
        head("Gold production (thousand ounces)"),
        r("Tessaly Creek", "prod.tc_au", indent=1),
        r("Ormond Basin", "prod.ob_au", indent=1),
        r("Harlow Reach", "prod.hr_au", indent=1),
        r("Total gold produced", "prod.au", kind="sub"),
        r("Gold sold (thousand ounces)", "sold.au"),
        r("Average realized gold price ($ per ounce)", "price.au", decimals=0, dollar=True),
        head("Copper (Ormond Basin)"),
        r("Copper produced (million pounds)", "prod.ob_cu", indent=1),
        r("Copper sold (million pounds)", "sold.ob_cu", indent=1),
        r("Average realized copper price ($ per pound)", "price.cu", indent=1, decimals=2, dollar=True),
        head("Costs applicable to sales per unit sold"),
        r("Tessaly Creek ($ per ounce)", "unit.tc_cas", indent=1, decimals=0, dollar=True),
        r("Ormond Basin gold ($ per ounce)", "unit.ob_cas_au", indent=1, decimals=0, dollar=True),
        r("Harlow Reach ($ per ounce)", "unit.hr_cas", indent=1, decimals=0, dollar=True),
        r("Ormond Basin copper ($ per pound)", "unit.ob_cas_cu", indent=1, decimals=2, dollar=True),
    ]))
    pdf.para("Costs applicable to sales per ounce at Tessaly Creek rose as leach pad inventory built ahead of the "
             "summer irrigation cycle and cyanide prices increased. Harlow Reach unit costs declined on higher mill "
             "throughput and better grades in the lower stopes. At Ormond Basin, copper recoveries improved to 89% "
             "after the flotation circuit upgrade completed in the first quarter.")
    pdf.heading("Mine Operations", size=9.2, space=1)
    pdf.para("Tessaly Creek. Gold production at the heap leach operation increased as the phase 6 leach pad "
             "expansion came into service in April. Stacking rates averaged 61,000 tonnes per day during the quarter, "
             "and the operation placed higher-grade ore from the Marrow pit on the new cells. Unit costs increased "
             "because of higher cyanide consumption and contractor mining costs during the pad construction.")
    pdf.para("Ormond Basin. Mill throughput averaged 94,000 tonnes per day, and copper and gold recoveries improved "
             "after the flotation upgrade. Concentrate is shipped under long-term offtake agreements with two "
             "smelters, and treatment and refining charges are deducted from sales. Development capital was "
             "directed mainly to the tailings storage facility raise.")
    pdf.para("Harlow Reach. The underground mine achieved record quarterly ore tonnes as the new ventilation raise "
             "allowed mining in the deeper Sable zone. Mill head grade averaged 7.4 grams per tonne compared with "
             "6.9 grams per tonne in the second quarter of 2025, which lowered unit costs.")
    pdf.heading("Results of Operations", size=9.2, space=1)
    pdf.para("Sales increased in the second quarter of 2026 primarily because of higher realized gold prices and "
             "higher gold ounces sold. Our average realized gold price was {p26} per ounce, compared with {p25} per "
             "ounce a year earlier, and our average realized copper price was {c26} per pound. Depreciation, "
             "depletion and amortization increased with higher production. Exploration expense increased as we "
             "expanded drilling along the Tessaly Creek south trend. The effective tax rate for the six months was "
             "{etr}%, reflecting mining taxes and percentage depletion.",
             p26=F("price.au.q2_26", 0, prefix="$"), p25=F("price.au.q2_25", 0, prefix="$"),
             c26=F("price.cu.q2_26", 2, prefix="$"), etr=F("is.etr.h1_26", 1))
    pdf.heading("Non-GAAP Financial Measures", size=9.2, space=1)
    pdf.para("Cash costs, net of by-product credits, are costs applicable to sales less copper sales, which we treat "
             "as a by-product credit for gold reporting purposes. All-in sustaining costs add reclamation and "
             "remediation, sustaining exploration, general and administrative expense and sustaining capital "
             "expenditures. Both are divided by gold ounces sold. These measures are not substitutes for costs "
             "applicable to sales determined under GAAP.")
    pdf.table(qtable("aisc", title="Reconciliation of Costs Applicable to Sales to All-In Sustaining Costs",
                     unit="(in millions, except ounces and per ounce amounts)", rows=[
        r("Costs applicable to sales", "is.cas", dollar=True),
        r("By-product copper sales credit", "aisc.byproduct"),
        r("Cash costs, net of by-product credits", "aisc.cash_net", kind="sub"),
        r("Reclamation and remediation", "is.reclam"),
        r("Sustaining exploration (1)", "aisc.explor_sust"),
        r("General and administrative", "is.ga"),
        r("Sustaining capital expenditures (2)", "capex.sust"),
        r("All-in sustaining costs", "aisc.total", kind="sub", dollar=True),
        r("Gold ounces sold (thousands)", "sold.au"),
        r("Cash costs, net of by-product credits, per ounce", "aisc.cash_per_oz", decimals=0, dollar=True),
        r("All-in sustaining costs per ounce", "aisc.per_oz", kind="total", decimals=0, dollar=True),
    ], footnotes=["(1) Portion of exploration expense incurred near existing operations.",
                  "(2) Excludes development capital of Tessaly Creek, Ormond Basin and Harlow Reach and corporate "
                  "capital."]))
    pdf.table(qtable("fcf", title="Free Cash Flow", unit="(in millions)", rows=[
        r("Net cash provided by operating activities", "cf.cfo", dollar=True),
        r("Less: additions to property, plant and mine development", "cf.additions"),
        r("Free cash flow", "fcf.total", kind="total", dollar=True),
    ], footnotes=["Free cash flow is a non-GAAP measure defined as net cash provided by operating activities less "
                  "additions to property, plant and mine development."]))
    pdf.heading("Liquidity and Capital Resources", size=9.2, space=1)
    pdf.para("At June 30, 2026, we had cash and cash equivalents of {cash} million and short-term investments of {sti} "
             "million. Our {facility} million revolving credit facility was undrawn, and {lc} million of letters of "
             "credit were issued under it, leaving {avail} million available. Capital expenditures for the six "
             "months were {capex} million, of which {sust} million was sustaining capital. We declared dividends "
             "of $0.25 per share in each quarter and repurchased {rsh} million shares in the second quarter.",
             cash=F("bs.cash.jun26", 1, prefix="$"), sti=F("bs.sti.jun26", 1, prefix="$"),
             facility=F("revolver.size", 1, prefix="$"), lc=F("revolver.lc", 1, prefix="$"),
             avail=F("revolver.avail", 1, prefix="$"), capex=F("capex.total.h1_26", 1, prefix="$"),
             sust=F("capex.sust.h1_26", 1, prefix="$"), rsh=F("eq.sh_repurch.q2_26", 1, scale="-1"))
    pdf.para("Reclamation and remediation liabilities were {rec} million at June 30, 2026. Our debt has no "
             "maturities before 2029 other than equipment financing installments, and we were in compliance with "
             "the covenants of our credit agreement.", rec=F("bs.reclam.jun26", 1, prefix="$"))
    pdf.heading("Critical Accounting Estimates", size=9.2, space=1)
    pdf.para("Our critical accounting estimates, including those for ore on leach pads, reclamation and remediation "
             "liabilities, depreciation based on proven and probable reserves, and income and mining taxes, are "
             "described in our 2025 Annual Report on Form 10-K. There were no significant changes during the six "
             "months ended June 30, 2026. Estimates of recoverable ounces on the leach pads are based on surveyed "
             "tonnages, assayed grades and expected recovery rates, and are reconciled to actual production each "
             "quarter.")
    pdf.heading("ITEM 3. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK", size=10, anchor="item3")
    pdf.para("Our sales and cash flows are sensitive to the prices of gold and copper. Holding volumes constant, a "
             "{pct}% change in the average realized gold price for the first six months of 2026 would have changed "
             "gold sales by approximately {sens} million. Copper price exposure is partly offset by the zero-cost "
             "collars described in Note 5, and provisionally priced copper sales are marked to market each period. "
             "Our senior notes bear fixed interest rates; borrowings under the revolving credit facility would bear "
             "floating rates.", pct=F("sens.gold_pct", 0), sens=F("sens.gold_rev", 1, prefix="$"))
    pdf.heading("ITEM 4. CONTROLS AND PROCEDURES", size=10, anchor="item4")
    pdf.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of June 30, 2026. There were no changes in internal control over "
             "financial reporting during the quarter that materially affected, or are reasonably likely to "
             "materially affect, internal control over financial reporting.")


def part2(pdf: FilingPDF):
    pdf.add_page()
    pdf.heading("PART II - OTHER INFORMATION", size=10.5, anchor="p2")
    pdf.heading("ITEM 1. LEGAL PROCEEDINGS", size=9.5, anchor="p2item1")
    pdf.para("In March 2026 a landowner group filed suit in Vellmoor County district court alleging that groundwater "
             "drawdown at Tessaly Creek affected nearby springs. We believe the claims are without merit and intend "
             "to defend vigorously.")
    pdf.heading("ITEM 1A. RISK FACTORS", size=9.5, anchor="p2item1a")
    pdf.para("There have been no material changes to the risk factors disclosed in our 2025 Annual Report on Form "
             "10-K.")
    pdf.heading("ITEM 2. UNREGISTERED SALES OF EQUITY SECURITIES AND USE OF PROCEEDS", size=9.5, anchor="p2item2")
    pdf.para("The following table presents repurchases of our common stock during the second quarter of 2026 under "
             "the $500 million program authorized in February 2025:")
    pdf.table(Table(
        tag="rep", cols=["Total Shares\nPurchased", "Average Price\nPaid per Share"], col_header_lines=2, col_w=30,
        rows=[Row("April 1 - April 30, 2026", ["rep.apr_sh", "rep.apr_px"], col_decimals=(0, 2), dollar=(1,)),
              Row("May 1 - May 31, 2026", ["rep.may_sh", "rep.may_px"], col_decimals=(0, 2), dollar=(1,)),
              Row("June 1 - June 30, 2026", ["rep.jun_sh", "rep.jun_px"], col_decimals=(0, 2), dollar=(1,)),
              Row("Total", ["rep.total_sh", "rep.avg_px"], kind="total", col_decimals=(0, 2), dollar=(1,))],
        decimals=0))
    pdf.heading("ITEM 4. MINE SAFETY DISCLOSURES", size=9.5, anchor="p2item4")
    pdf.para("Information concerning mine safety violations required by Section 1503(a) of the Dodd-Frank Act is "
             "included in Exhibit 95.")
    pdf.heading("ITEM 6. EXHIBITS", size=9.5, anchor="p2item6")
    pdf.para("31.1 and 31.2 - Certifications pursuant to Rule 13a-14(a); 32.1 and 32.2 - Certifications pursuant to "
             "18 U.S.C. Section 1350; 95 - Mine safety disclosures; 101 - Inline XBRL documents.")
    pdf.heading("SIGNATURES", size=9.5, anchor="sig")
    pdf.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized. QUILLMARSH MINING "
             "CORPORATION. By: /s/ Marguerite Ansell-Drayke, Executive Vice President and Chief Financial Officer. "
             "Date: July 29, 2026.", align="L")


def extra_figures(f: dict) -> dict:
    f = dict(f)
    f["zero"] = Decimal(0)
    for p in md.ALL:
        f[f"is.interest_neg.{p}"] = -f[f"is.interest.{p}"]
        f[f"is.tax_neg.{p}"] = -f[f"is.tax.{p}"]
    for q in md.QUARTERS:
        f[f"eq.apic_net.{q}"] = f[f"eq.sbc.{q}"] + f[f"eq.withheld.{q}"]
    f["revolver.avail"] = f["revolver.size"] - f["debt.revolver.jun26"] - f["revolver.lc"]
    return f


def render(data: dict, toc_labels: dict[str, str] | None = None) -> FilingPDF:
    pdf = FilingPDF(STYLE, extra_figures(data), toc_labels)
    pdf.set_title("Quillmarsh Mining Corporation Form 10-Q Q2 2026")
    pdf.set_author("Quillmarsh Mining Corporation")
    cover(pdf)
    contents(pdf)
    statements(pdf)
    pdf.add_page()
    notes(pdf)
    more_notes(pdf)
    pdf.add_page()
    mdna(pdf)
    part2(pdf)
    return pdf
