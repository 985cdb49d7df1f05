"""Render the Halvecrest Scientific Corp. Form 10-Q for the quarter ended June 30, 2026.

House style: DejaVu Sans Condensed text with Liberation Sans tables in the "shade" mode (no row rules, navy rules
under the spanning heads and the head block, italic subtotals and bold totals on a pale band, column heads in small
capitals), no "$" in tables, negatives with a leading minus sign, an em dash for zero, left-aligned titles with the
scale line "($ in millions, except per-share amounts)" in the stub corner of the head block, level-one headings
beside a navy bar, a contents page with a hairline under each entry, " (cont'd)" after carried-over titles and
"page N" footers counted from the cover. Statements set "Three Months Ended / Six Months Ended June 30," as spanning
heads over the years; the end-market table sets percent changes beside the amounts and the geography table sets
percent-of-total cells beside the amounts; a dagger footnote follows some row labels.
"""

from __future__ import annotations

from decimal import Decimal

import halvecrest_data as hd
from pdf_layout import EM_DASH, Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n1", **kw: object) -> Row:
    """A table row whose amounts default to one decimal ($ millions)."""
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Halvecrest Scientific Corp."
DOC_NAME = "HALVECREST_2026Q2_10Q"
NAVY = (24, 48, 96)
MIL = "($ in millions)"
MIL_PS = "($ in millions, except per-share amounts)"
QHEAD = [("Three Months Ended\nJune 30,", 0, 2), ("Six Months Ended\nJune 30,", 2, 2)]
QCOLS = ["2026", "2025", "2026", "2025"]
HCOLS = ["2026", "2025"]
HHEAD = [("Six Months Ended June 30,", 0, 2)]
BS_COLS = ["June 30,\n2026", "December 31,\n2025"]
MARKETS = list(hd.MARKETS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSansCondensed", "", 6.6)
    doc.set_text_color(*NAVY)
    doc.set_xy(doc.l_margin, 8.8)
    doc.cell(doc.width, 4, "Halvecrest Scientific Corp.  \u2022  Form 10-Q  \u2022  Second Quarter 2026", align="R")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("DejaVuSansCondensed", "", 7.2)
    doc.set_text_color(60, 60, 60)
    doc.set_xy(doc.l_margin, doc.h - 12.6)
    doc.cell(doc.width, 4, f"page {label}", align="L")


STYLE = Style(
    body_family="DejaVuSansCondensed",
    body_files={"": "dejavu/DejaVuSansCondensed.ttf", "B": "dejavu/DejaVuSansCondensed-Bold.ttf",
                "I": "dejavu/DejaVuSansCondensed-Oblique.ttf", "BI": "dejavu/DejaVuSansCondensed-BoldOblique.ttf"},
    table_family="LiberationSans",
    table_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                 "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    body_size=8.4,
    table_size=7.4,
    table_mode="shade",
    negative="minus",
    dollar="none",
    zero=EM_DASH,
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (cont'd)",
    title_align="L",
    unit_align="L",
    title_upper=False,
    head_align="R",
    head_style="B",
    toc_style="rule",
    heading_kind="bar",
    heading_upper=False,
    unit_italic=True,
    title_size_add=1.2,
    accent=NAVY,
    tint=(226, 232, 244),
    hairline=(190, 200, 220),
    margin_l=22, margin_r=22, margin_t=18, margin_b=20,
    unit_pos="stub",
    small_caps=True,
)

TOC = [
    ("PART I \u2014 FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements", "item1", 1),
    ("Condensed Consolidated Statements of Income", "is", 2),
    ("Condensed Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II \u2014 OTHER INFORMATION", "part2", 0),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str, periods: tuple[str, ...] = hd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in hd.DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 20)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 10, "FORM 10-Q", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(2)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.8,
             align="L", gap=0.6)
    doc.para("For the quarterly period ended June 30, 2026", style="B", size=8.8, align="L")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.8, align="L")
    doc.para("Commission File Number 001-40573", size=7.8, align="L")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, COMPANY, align="L", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.8)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Brevonne"]),
        R("I.R.S. Employer Identification No.", ["=84-3307291"]),
        R("Principal executive offices", ["=75 Quillon Park Drive, Marlow Reach, Brevonne 02291"]),
        R("Telephone number", ["=(978) 555-0126"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=62, size=7.2)
    rows = [R("Common stock, $0.001 par value", ["=HVSC", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=62, size=7.2)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=7.6)
    doc.para("As of July 24, 2026, the registrant had 52,218,406 shares of common stock outstanding.", size=7.6)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 7, "Contents", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Cautionary statement", 3, keep=30)
    doc.para("Statements in this report about customer demand, program launches, restructuring savings, acquisitions, "
             "interest rates and foreign currency are forward-looking. They are subject to risks including customer "
             "concentration, regulatory inspections of our facilities, supply of resins and specialty metals, and "
             "changes in medical procedure volumes. Actual results may differ materially.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("PART I \u2014 FINANCIAL INFORMATION", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Financial Statements", 2, anchor="item1", keep=30)
    doc.anchor("is")
    rows = [
        R("Revenue", per("is.rev")),
        R("Cost of revenue\u2020", per("is.cos")),
        R("Gross profit", per("is.gp"), kind="sub"),
        R("Research and development", per("is.rd")),
        R("Selling, general and administrative", per("is.sga")),
        R("Amortization of intangible assets", per("is.amort")),
        R("Restructuring charges", per("is.restr")),
        R("Total operating expenses", per("is.opex"), kind="sub"),
        R("Operating income", per("is.oi"), kind="sub"),
        R("Interest expense", per("is.int")),
        R("Other income (expense), net", per("is.oth")),
        R("Income before income taxes", per("is.pretax"), kind="sub"),
        R("Provision for income taxes", per("is.tax")),
        R("Net income", per("is.ni"), kind="total"),
        R("Earnings per share:", kind="head"),
        R("Basic", per("is.eps_b"), "n2", indent=1),
        R("Diluted", per("is.eps_d"), "n2", indent=1),
        R("Weighted-average shares (millions):", kind="head"),
        R("Basic", per("is.sh_b"), indent=1),
        R("Diluted", per("is.sh_d"), indent=1),
    ]
    doc.table("Condensed Consolidated Statements of Income (Unaudited)", QCOLS, rows, groups=QHEAD, unit=MIL_PS,
              label_w=74, keep=True, notes=["\u2020 Exclusive of amortization of intangible assets, shown "
                                            "separately."])
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", per("ci.ni")),
        R("Other comprehensive income (loss), net of tax:", kind="head"),
        R("Foreign currency translation adjustments", per("ci.fx"), indent=1),
        R("Net unrealized gain (loss) on cash flow hedges", per("ci.hedge"), indent=1),
        R("Other comprehensive income (loss)", per("ci.oci"), kind="sub"),
        R("Comprehensive income", per("ci.total"), kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Comprehensive Income (Unaudited)", QCOLS, rows, groups=QHEAD,
              unit=MIL, label_w=74)
    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    rows = [
        R("Assets", kind="head"),
        R("Cash and cash equivalents", dates("bs.cash"), indent=1),
        R("Accounts receivable, net", dates("bs.ar"), indent=1),
        R("Inventories", dates("bs.inv"), indent=1),
        R("Prepaid expenses and other current assets", dates("bs.prepaid"), indent=1),
        R("Total current assets", dates("bs.ca"), kind="sub"),
        R("Property, plant and equipment, net", dates("bs.ppe"), indent=1),
        R("Goodwill", dates("bs.gw"), indent=1),
        R("Intangible assets, net", dates("bs.intang"), indent=1),
        R("Operating lease right-of-use assets", dates("bs.rou"), indent=1),
        R("Other non-current assets", dates("bs.other_a"), indent=1),
        R("Total assets", dates("bs.assets"), kind="total"),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Accounts payable", dates("bs.ap"), indent=1),
        R("Accrued expenses and other current liabilities", dates("bs.accrued"), indent=1),
        R("Current portion of long-term debt", dates("bs.debt_cur"), indent=1),
        R("Current operating lease liabilities", dates("bs.opl_cur"), indent=1),
        R("Total current liabilities", dates("bs.cl"), kind="sub"),
        R("Long-term debt, net of current portion", dates("bs.debt_nc"), indent=1),
        R("Operating lease liabilities, non-current", dates("bs.opl_nc"), indent=1),
        R("Deferred tax liabilities", dates("bs.dtax"), indent=1),
        R("Other non-current liabilities", dates("bs.other_l"), indent=1),
        R("Total liabilities", dates("bs.liab"), kind="sub"),
        R("Stockholders' equity:", kind="head"),
        R("Common stock and additional paid-in capital", dates("bs.capital"), indent=1),
        R("Retained earnings", dates("bs.re"), indent=1),
        R("Treasury stock, at cost", dates("bs.treasury"), indent=1),
        R("Accumulated other comprehensive loss", dates("bs.aoci"), indent=1),
        R("Total stockholders' equity", dates("bs.equity"), kind="sub"),
        R("Total liabilities and stockholders' equity", dates("bs.le"), kind="total"),
    ]
    doc.table("Condensed Consolidated Balance Sheets (Unaudited)", BS_COLS, rows, unit=MIL, label_w=104, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    h = ("h26", "h25")
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", per("cf.ni", h), indent=1),
        R("Adjustments to reconcile net income to cash provided by operating activities:", kind="head", indent=1),
        R("Depreciation", per("cf.dep", h), indent=2),
        R("Amortization of intangible assets", per("cf.amort", h), indent=2),
        R("Amortization of debt issuance costs and discount", per("cf.debtcost", h), indent=2),
        R("Stock-based compensation", per("cf.sbc", h), indent=2),
        R("Deferred income taxes", per("cf.dtax", h), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", per("cf.ar", h), indent=2),
        R("Inventories", per("cf.inv", h), indent=2),
        R("Prepaid expenses and other current assets", per("cf.prepaid", h), indent=2),
        R("Accounts payable", per("cf.ap", h), indent=2),
        R("Accrued expenses and other current liabilities", per("cf.accrued", h), indent=2),
        R("Other non-current liabilities", per("cf.other", h), indent=2),
        R("Cash provided by operating activities", per("cf.cfo", h), kind="sub"),
        R("", [], kind="break"),
        R("Investing activities", kind="head"),
        R("Purchases of property, plant and equipment", per("cf.capex", h), indent=1),
        R("Acquisition of business, net of cash acquired", per("cf.acq", h), indent=1),
        R("Cash used in investing activities", per("cf.cfi", h), kind="sub"),
        R("Financing activities", kind="head"),
        R("Repayments of term loan", per("cf.term", h), indent=1),
        R("Borrowings under revolving credit facility", per("cf.rcf_b", h), indent=1),
        R("Repayments under revolving credit facility", per("cf.rcf_r", h), indent=1),
        R("Repurchases of common stock", per("cf.repo", h), indent=1),
        R("Taxes paid on net share settlement of equity awards", per("cf.taxw", h), indent=1),
        R("Proceeds from exercise of stock options", per("cf.options", h), indent=1),
        R("Cash used in financing activities", per("cf.cff", h), kind="sub"),
        R("Net decrease in cash and cash equivalents", per("cf.change", h), kind="sub"),
        R("Cash and cash equivalents at beginning of period", per("cf.begin", h)),
        R("Cash and cash equivalents at end of period", per("cf.end", h), kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows (Unaudited)", HCOLS, rows, groups=HHEAD, unit=MIL,
              label_w=110)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 2, anchor="notes", keep=50)
    doc.heading("Note 1 \u2014 Basis of presentation", 3, keep=30)
    doc.para("Halvecrest Scientific Corp. manufactures finished medical devices and components for device companies "
             "under contract (Device Manufacturing Services) and sells instruments, consumables and bioprocess "
             "components to laboratories (Life Science Tools). These interim statements are unaudited and should be "
             "read with our Annual Report on Form 10-K for 2025. In March 2026 we acquired Pellucid Flow Systems, a "
             "maker of single-use fluid assemblies, for cash.")
    doc.section = "note_inv"
    doc.heading("Note 2 \u2014 Inventories", 3, keep=50)
    rows = [
        R("Raw materials and purchased components", dates("inv.raw")),
        R("Work in process", dates("inv.wip")),
        R("Finished goods", dates("inv.fg")),
        R("Inventories", dates("inv.total"), kind="total"),
    ]
    doc.table("Inventories", BS_COLS, rows, unit=MIL, label_w=96)
    doc.section = "note_gw"
    doc.heading("Note 3 \u2014 Goodwill", 3, keep=60)
    rows = [
        R("Balance at December 31, 2025", ["gw.begin.dms", "gw.begin.lst", "gw.begin.total"]),
        R("Acquisition of Pellucid Flow Systems", ["gw.acq.dms", "gw.acq.lst", "gw.acq.total"], indent=1),
        R("Foreign currency translation", ["gw.fx.dms", "gw.fx.lst", "gw.fx.total"], indent=1),
        R("Balance at June 30, 2026", ["gw.end.dms", "gw.end.lst", "gw.end.total"], kind="total"),
    ]
    doc.table("Goodwill by Reportable Segment", ["Device Mfg.\nServices", "Life Science\nTools", "Consolidated"],
              rows, unit=MIL, label_w=80)
    doc.section = "note_rs"
    doc.heading("Note 4 \u2014 Restructuring", 3, keep=60)
    doc.para("In 2025 we began consolidating two molding plants into our Corvane Ridge campus and reducing "
             "administrative roles. We expect to complete the plan in 2027. Reserve activity for the six months "
             "ended June 30, 2026 was as follows.")
    rows = [
        R("Balance at December 31, 2025", ["rs.begin.sev", "rs.begin.fac", "rs.begin.total"]),
        R("Charges", ["rs.charge.sev", "rs.charge.fac", "rs.charge.total"], indent=1),
        R("Cash payments", ["rs.paid.sev", "rs.paid.fac", "rs.paid.total"], indent=1),
        R("Foreign currency and other", ["rs.other.sev", "rs.other.fac", "rs.other.total"], indent=1),
        R("Balance at June 30, 2026", ["rs.end.sev", "rs.end.fac", "rs.end.total"], kind="total"),
    ]
    doc.table("Restructuring Reserve", ["Employee\nseverance", "Facility exit\nand other", "Total"], rows, unit=MIL,
              label_w=80)
    doc.section = "note_debt"
    doc.heading("Note 5 \u2014 Debt", 3, keep=70)
    rows = [
        R("Term loan B due 2031", dates("debt.term")),
        R("5.375% senior notes due 2029", dates("debt.notes")),
        R("Revolving credit facility", dates("debt.rcf")),
        R("Unamortized discount and debt issuance costs", dates("debt.cost")),
        R("Total debt", dates("debt.total"), kind="sub"),
        R("Less: current portion", dates("debt.cur"), indent=1),
        R("Long-term debt", dates("debt.lt"), kind="total"),
    ]
    doc.table("Debt", BS_COLS, rows, unit=MIL, label_w=96)
    doc.para("The term loan bears interest at term SOFR plus {debt.term_margin:p2} and amortizes at 1.25% of the "
             "original principal per quarter; the rate at June 30, 2026 was {debt.term_rate:p2}. The "
             "{debt.rcf_size:d1} million revolving credit facility matures in 2030. We were in compliance with our "
             "covenants.")


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item2", keep=60)
    doc.para("Revenue for the second quarter of 2026 increased {em.chg.total.q26:p1} from the prior-year quarter and "
             "revenue for the first half increased {em.chg.total.h26:p1}, led by cardiovascular programs and "
             "bioprocess consumables. Gross margin was {mda.gmp.q26:p1} in the quarter compared with "
             "{mda.gmp.q25:p1} a year earlier, reflecting better absorption at our catheter plants. Research and "
             "development expense rose {chg.rd.q26:p1} and selling, general and administrative expense rose "
             "{chg.sga.q26:p1} in the quarter. Customer backlog was {ops.backlog:d1} million at June 30, 2026.")
    doc.section = "mda_em"
    rows = [R(name, [f"em.{m}.q26", f"em.{m}.q25", f"em.chg.{m}.q26", f"em.{m}.h26", f"em.{m}.h25",
                     f"em.chg.{m}.h26"], ["n1", "n1", "p1"] * 2, indent=1) for m, name in MARKETS]
    rows.append(R("Total revenue", ["em.total.q26", "em.total.q25", "em.chg.total.q26", "em.total.h26",
                                    "em.total.h25", "em.chg.total.h26"], ["n1", "n1", "p1"] * 2, kind="total"))
    doc.table("Revenue by End Market", ["2026", "2025", "Change", "2026", "2025", "Change"], rows,
              groups=[("Three Months Ended\nJune 30,", 0, 3), ("Six Months Ended\nJune 30,", 3, 3)], unit=MIL,
              label_w=52)
    doc.section = "mda_geo"
    rows = [R(name, [f"geo.{g}.q26", f"geo.share.{g}.q26", f"geo.{g}.q25", f"geo.share.{g}.q25", f"geo.{g}.h26",
                     f"geo.{g}.h25"], ["n1", "p1", "n1", "p1", "n1", "n1"], indent=1)
            for g, name in list(hd.REGIONS.items()) + [("row", "Rest of world")]]
    rows.append(R("Consolidated", ["geo.total.q26", "geo.share.total.q26", "geo.total.q25", "geo.share.total.q25",
                                   "geo.total.h26", "geo.total.h25"], ["n1", "p1", "n1", "p1", "n1", "n1"],
                  kind="total"))
    doc.table("Revenue by Geography\u2021", ["Q2 2026", "% of total", "Q2 2025", "% of total", "YTD 2026",
                                              "YTD 2025"], rows, unit=MIL, label_w=46,
              notes=["\u2021 Based on the location to which products are shipped. YTD: six months ended June 30."])
    doc.section = "mda_eb"
    doc.heading("Non-GAAP financial measure: adjusted EBITDA", 3, keep=80)
    doc.para("We define adjusted EBITDA as net income before interest expense, income taxes, depreciation and "
             "amortization, further adjusted for restructuring charges, stock-based compensation and acquisition "
             "costs. It is not a substitute for net income.")
    rows = [
        R("Net income", per("eb.ni")),
        R("Interest expense", per("eb.int"), indent=1),
        R("Provision for income taxes", per("eb.tax"), indent=1),
        R("Depreciation", per("eb.dep"), indent=1),
        R("Amortization of intangible assets", per("eb.amort"), indent=1),
        R("EBITDA", per("eb.ebitda"), kind="sub"),
        R("Restructuring charges", per("eb.restr"), indent=1),
        R("Stock-based compensation", per("eb.sbc"), indent=1),
        R("Acquisition-related costs", per("eb.acq"), indent=1),
        R("Adjusted EBITDA", per("eb.adj"), kind="total"),
        R("Adjusted EBITDA margin", per("eb.margin"), "p1"),
    ]
    doc.table("Reconciliation of Net Income to Adjusted EBITDA", QCOLS, rows, groups=QHEAD, unit=MIL, label_w=74)
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("At June 30, 2026 we held {bs.cash.jun26:d1} million of cash and cash equivalents and had the full "
             "{debt.rcf_size:d1} million of our revolving credit facility available. We funded the Pellucid Flow "
             "Systems acquisition, scheduled term loan payments and share repurchases from cash on hand and "
             "operating cash flow.")
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item3", keep=30)
    doc.para("Our term loan bears a floating rate, partly hedged with interest rate swaps, and about two-fifths of "
             "our revenue is billed outside the United States. There were no material changes from the disclosures "
             "in our Annual Report on Form 10-K for 2025.")
    doc.heading("Item 4. Controls and Procedures", 2, anchor="item4", keep=30)
    doc.para("Our chief executive officer and chief financial officer concluded that our disclosure controls and "
             "procedures were effective as of June 30, 2026. We are integrating Pellucid Flow Systems into our "
             "internal control over financial reporting; otherwise there were no changes that materially affected "
             "it during the quarter.")
    doc.section = "part2"
    doc.heading("PART II \u2014 OTHER INFORMATION", 1, anchor="part2", keep=50)
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("31.1 and 31.2 Rule 13a-14(a) certifications; 32.1 Section 1350 certification; 101 Inline XBRL "
             "documents; 104 cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.")
    doc.para("HALVECREST SCIENTIFIC CORP.\nAugust 5, 2026\n/s/ Rosalind E. Okonkwo-Laird, President and Chief "
             "Executive Officer\n/s/ Benedikt A. Sorensby, Chief Financial Officer", align="L")


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
    return doc


def build() -> tuple[bytes, Doc]:
    values = hd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
