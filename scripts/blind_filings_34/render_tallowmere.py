"""Render the Tallowmere Outfitters, Inc. Form 10-Q for the third quarter of fiscal 2026.

House style: DejaVu Serif text with Liberation Sans Narrow tables in the "shade" mode (no row rules, plum rules under
the spanning heads and the head block, column heads in small capitals, italic subtotals and bold totals on a pale
band), no "$" in tables, negatives with a leading minus sign, "nil" for zero, centred titles over an upright units
line ("$ in millions, except per-share data - unaudited"), level-one headings in capitals between a heavy rule and a
hairline, a contents page with a hairline under each entry, " (continued from previous page)" after carried-over
titles and "Q3 FY26 | N" footers counted from the cover. Statements of operations set "13 Weeks Ended" and "39 Weeks
Ended" over the date sub-columns; the channel and region tables put reported and constant-currency growth beside the
amounts; the balance sheet has three date columns.
"""

from __future__ import annotations

from decimal import Decimal

import tallowmere_data as td
from pdf_layout import Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n1", **kw: object) -> Row:
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Tallowmere Outfitters, Inc."
DOC_NAME = "TALLOWMERE_2026Q3_10Q"
PLUM = (96, 38, 82)
MIL = "$ in millions - unaudited"
MIL_PS = "$ in millions, except per-share data - unaudited"
D26, D25 = "Sep. 26,\n2026", "Sep. 27,\n2025"
PCOLS = [D26, D25, D26, D25]
PHEAD = [("13 Weeks Ended", 0, 2), ("39 Weeks Ended", 2, 2)]
BS_COLS = ["September 26,\n2026", "December 27,\n2025", "September 27,\n2025"]


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSerif", "I", 6.6)
    doc.set_text_color(*PLUM)
    doc.set_xy(doc.l_margin, 8.4)
    doc.cell(doc.width, 4, "Tallowmere Outfitters, Inc.   Form 10-Q   Third Quarter of Fiscal 2026", align="C")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("DejaVuSerif", "", 7.0)
    doc.set_text_color(60, 60, 60)
    doc.set_xy(doc.l_margin, doc.h - 12.8)
    doc.cell(doc.width, 4, f"Q3 FY26 | {label}", align="L")


STYLE = Style(
    body_family="DejaVuSerif",
    body_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf", "I": "dejavu/DejaVuSerif-Italic.ttf",
                "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    table_family="LiberationSansNarrow",
    table_files={"": "liberation/LiberationSansNarrow-Regular.ttf", "B": "liberation/LiberationSansNarrow-Bold.ttf",
                 "I": "liberation/LiberationSansNarrow-Italic.ttf",
                 "BI": "liberation/LiberationSansNarrow-BoldItalic.ttf"},
    body_size=8.2,
    table_size=8.2,
    table_mode="shade",
    negative="minus",
    dollar="none",
    zero="nil",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (continued from previous page)",
    title_align="C",
    unit_align="C",
    title_upper=False,
    head_align="C",
    head_style="B",
    toc_style="rule",
    heading_kind="ruled",
    heading_upper=True,
    unit_italic=False,
    title_size_add=1.2,
    accent=PLUM,
    tint=(240, 230, 238),
    hairline=(210, 190, 205),
    margin_l=19, margin_r=19, margin_t=17, margin_b=20,
    unit_pos="line",
    small_caps=True,
)

TOC = [
    ("PART I - FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements", "item1", 1),
    ("Condensed Consolidated Statements of Operations", "is", 2),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II - OTHER INFORMATION", "part2", 0),
    ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2item2", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str, periods: tuple[str, ...] = td.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in td.DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 5, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 19)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 10, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(2)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.4,
             align="C", gap=0.6)
    doc.para("For the quarterly period ended September 26, 2026", style="B", size=8.6, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.4, align="C")
    doc.para("Commission File Number 001-38816", size=7.4, align="C")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, COMPANY, align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.4)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Pellharrow"]),
        R("I.R.S. Employer Identification No.", ["=83-1057246"]),
        R("Principal executive offices", ["=55 Tannery Row, Orlesby, Pellharrow 97266"]),
        R("Telephone", ["=(503) 555-0188"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=62, size=7.6)
    rows = [R("Common stock, no par value", ["=TLMR", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Ticker", "Exchange"], rows,
              label_w=62, size=7.6)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=7.2)
    doc.para("As of October 23, 2026, the registrant had 68,102,554 shares of common stock outstanding.", size=7.2)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 7, "Contents", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Forward-looking statements", 3, keep=30)
    doc.para("This report contains forward-looking statements about consumer demand, wholesale order books, "
             "promotional activity, product costs, freight, currency, store openings and our capital returns. "
             "They depend on factors including retailer inventory levels, tariffs, weather, factory capacity in "
             "our sourcing countries and exchange rates. Actual results could differ materially.")
    doc.heading("Fiscal calendar", 3, keep=30)
    doc.para("Our fiscal year ends on the Saturday closest to December 31. Fiscal 2026 ends on January 2, 2027 and "
             "contains 53 weeks; fiscal 2025 ended on December 27, 2025 and contained 52 weeks. The third quarter "
             "of fiscal 2026 is the 13 weeks ended September 26, 2026 and the comparable quarter is the 13 weeks "
             "ended September 27, 2025.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("PART I - FINANCIAL INFORMATION", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Financial Statements", 2, anchor="item1", keep=30)
    doc.anchor("is")
    rows = [
        R("Net revenue", per("is.rev")),
        R("Cost of sales", per("is.cos")),
        R("Gross profit", per("is.gp"), kind="sub"),
        R("Selling, general and administrative expenses", per("is.sga")),
        R("Restructuring charges \u2020", per("is.restr")),
        R("Income from operations", per("is.oi"), kind="sub"),
        R("Interest expense, net", per("is.int")),
        R("Other (income) expense, net", per("is.other")),
        R("Income before income taxes", per("is.pretax"), kind="sub"),
        R("Income tax expense", per("is.tax")),
        R("Net income", per("is.ni"), kind="total"),
        R("Net income per share", kind="head"),
        R("Basic", per("is.eps_b"), "n2", indent=1),
        R("Diluted", per("is.eps_d"), "n2", indent=1),
        R("Weighted-average shares (millions)", kind="head"),
        R("Basic", per("is.sh_b"), "n2", indent=1),
        R("Diluted", per("is.sh_d"), "n2", indent=1),
    ]
    doc.table("Condensed Consolidated Statements of Operations", PCOLS, rows, groups=PHEAD, unit=MIL_PS, label_w=72,
              keep=True, notes=["\u2020 Store closures, a distribution-center consolidation and severance; see "
                                "Note 6."])
    doc.section = "BS"
    doc.anchor("bs")
    rows = [
        R("Assets", kind="head"),
        R("Cash and cash equivalents", dates("bs.cash"), indent=1),
        R("Accounts receivable, net", dates("bs.ar"), indent=1),
        R("Inventories", dates("bs.inv"), indent=1),
        R("Prepaid expenses and other current assets", dates("bs.prepaid"), indent=1),
        R("Total current assets", dates("bs.ca"), kind="sub"),
        R("Property and equipment, net", dates("bs.ppe"), indent=1),
        R("Operating lease right-of-use assets", dates("bs.rou"), indent=1),
        R("Goodwill", dates("bs.gw"), indent=1),
        R("Intangible assets, net", dates("bs.intang"), indent=1),
        R("Other assets", dates("bs.other_a"), indent=1),
        R("Total assets", dates("bs.assets"), kind="total"),
        R("Liabilities and shareholders' equity", kind="head"),
        R("Accounts payable", dates("bs.ap"), indent=1),
        R("Accrued liabilities", dates("bs.accrued"), indent=1),
        R("Current operating lease liabilities", dates("bs.lease_cur"), indent=1),
        R("Income taxes payable", dates("bs.taxes"), indent=1),
        R("Total current liabilities", dates("bs.cl"), kind="sub"),
        R("Borrowings under revolving credit facility", dates("bs.revolver"), indent=1),
        R("Senior notes, net", dates("bs.notes"), indent=1),
        R("Noncurrent operating lease liabilities", dates("bs.lease_nc"), indent=1),
        R("Other long-term liabilities", dates("bs.other_l"), indent=1),
        R("Total liabilities", dates("bs.liab"), kind="sub"),
        R("Common stock and additional paid-in capital", dates("bs.capital"), indent=1),
        R("Retained earnings", dates("bs.re"), indent=1),
        R("Treasury stock, at cost", dates("bs.treasury"), indent=1),
        R("Accumulated other comprehensive loss", dates("bs.aoci"), indent=1),
        R("Total shareholders' equity", dates("bs.equity"), kind="sub"),
        R("Total liabilities and shareholders' equity", dates("bs.le"), kind="total"),
    ]
    doc.new_page()
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit=MIL, label_w=86, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Cash flows from operating activities", kind="head"),
        R("Net income", per("cf.ni", ("y26", "y25")), indent=1),
        R("Depreciation and amortization", per("cf.dep", ("y26", "y25")), indent=1),
        R("Share-based compensation", per("cf.sbc", ("y26", "y25")), indent=1),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", per("cf.ar", ("y26", "y25")), indent=2),
        R("Inventories", per("cf.inv", ("y26", "y25")), indent=2),
        R("Prepaid expenses and other current assets", per("cf.prepaid", ("y26", "y25")), indent=2),
        R("Accounts payable", per("cf.ap", ("y26", "y25")), indent=2),
        R("Accrued liabilities", per("cf.accrued", ("y26", "y25")), indent=2),
        R("Income taxes payable", per("cf.taxes", ("y26", "y25")), indent=2),
        R("Operating lease assets and liabilities, net", per("cf.lease", ("y26", "y25")), indent=2),
        R("Other, net", per("cf.other", ("y26", "y25")), indent=2),
        R("Net cash from operating activities", per("cf.cfo", ("y26", "y25")), kind="sub"),
        R("", [], kind="break"),
        R("Cash flows from investing activities", kind="head"),
        R("Capital expenditures", per("cf.capex", ("y26", "y25")), indent=1),
        R("Net cash used in investing activities", per("cf.cfi", ("y26", "y25")), kind="sub"),
        R("Cash flows from financing activities", kind="head"),
        R("Proceeds from revolving credit facility", per("cf.rborrow", ("y26", "y25")), indent=1),
        R("Repayments of revolving credit facility", per("cf.rrepay", ("y26", "y25")), indent=1),
        R("Repurchases of common stock", per("cf.repo", ("y26", "y25")), indent=1),
        R("Dividends paid", per("cf.div", ("y26", "y25")), indent=1),
        R("Withholding taxes on vested equity awards", per("cf.taxw", ("y26", "y25")), indent=1),
        R("Net cash used in financing activities", per("cf.cff", ("y26", "y25")), kind="sub"),
        R("Net change in cash and cash equivalents", per("cf.change", ("y26", "y25")), kind="sub"),
        R("Cash and cash equivalents, beginning of period", per("cf.begin", ("y26", "y25"))),
        R("Cash and cash equivalents, end of period", per("cf.end", ("y26", "y25")), kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", [D26, D25], rows,
              groups=[("39 Weeks Ended", 0, 2)], unit=MIL, label_w=100)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 2, anchor="notes", keep=50)
    doc.heading("1. Basis of presentation", 3, keep=30)
    doc.para("Tallowmere Outfitters, Inc. designs and markets outdoor apparel, trail footwear and travel accessories "
             "under the Tallowmere and Greyfen Ridge brands. These unaudited interim statements should be read with "
             "the audited statements in our Annual Report on Form 10-K for fiscal 2025. Our business is seasonal; "
             "the third and fourth quarters carry the autumn and holiday selling seasons.")
    doc.section = "note_inv"
    doc.heading("3. Inventories", 3, keep=50)
    rows = [
        R("Finished goods", dates("inv.fg")),
        R("Merchandise in transit", dates("inv.transit")),
        R("Raw materials and packaging", dates("inv.raw")),
        R("Inventories", dates("inv.total"), kind="total"),
    ]
    doc.table("Components of Inventories", BS_COLS, rows, unit=MIL, label_w=80)
    doc.section = "note_rcf"
    doc.heading("5. Revolving credit facility", 3, keep=60)
    doc.para("We have a {rcf.size:d1} million senior secured asset-based revolving credit facility that matures in "
             "June 2030. Borrowings bear interest at a term benchmark rate plus a margin that steps with excess "
             "availability; the weighted-average rate on borrowings outstanding at September 26, 2026 was "
             "{rcf.rate:p2}. Peak borrowings during the 39 weeks were {rcf.peak:d1} million. Outstanding standby "
             "letters of credit of {rcf.lc:d1} million reduce availability, which was {rcf.avail:d1} million at "
             "quarter end. Our senior notes bear interest at {notes.rate:p2} and mature in 2031.")
    rows = [
        R("Outstanding at December 27, 2025", ["rcf.begin"]),
        R("Borrowings", ["rcf.borrow"], indent=1),
        R("Repayments", ["rcf.repay"], indent=1),
        R("Outstanding at September 26, 2026", ["rcf.end"], kind="total"),
    ]
    doc.table("Revolver Activity, 39 Weeks Ended September 26, 2026", ["Amount"], rows, unit=MIL, label_w=96,
              col_w=30)
    doc.section = "note_restr"
    doc.heading("6. Restructuring", 3, keep=30)
    doc.para("In the first quarter of fiscal 2026 we began closing underperforming stores in North America, "
             "consolidating two European distribution centers into our facility near Vessingen and reducing "
             "regional office headcount. Charges are recorded in restructuring charges in the statements of "
             "operations and are expected to be substantially complete by the end of fiscal 2026.")


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item2", keep=60)
    doc.para("Third-quarter net revenue grew {ch.gr.total.q26:p1} on a reported basis and {ch.cc.total.q26:p1} in "
             "constant currency. Digital commerce led growth as our new loyalty program lifted repeat purchases, "
             "while wholesale partners kept autumn orders close to last year. Gross margin was {mda.gm.q26:p1} "
             "of net revenue, compared with {mda.gm.q25:p1} in the third quarter of fiscal 2025, helped by lower "
             "ocean freight and fewer markdowns.")
    doc.para("Constant-currency growth translates current-period results at the prior period's exchange rates. It "
             "is a non-GAAP measure.")
    doc.section = "mda_ch"
    rows = [R("Wholesale", ["ch.whs.q26", "ch.whs.q25", "ch.gr.whs.q26", "ch.cc.whs.q26"], ["n1", "n1", "p1", "p1"]),
            R("Direct-to-consumer", kind="head"),
            R("Owned retail stores", ["ch.store.q26", "ch.store.q25", "ch.gr.store.q26", "ch.cc.store.q26"],
              ["n1", "n1", "p1", "p1"], indent=1),
            R("Digital commerce", ["ch.digital.q26", "ch.digital.q25", "ch.gr.digital.q26", "ch.cc.digital.q26"],
              ["n1", "n1", "p1", "p1"], indent=1),
            R("Direct-to-consumer subtotal", ["ch.dtc.q26", "ch.dtc.q25", "ch.gr.dtc.q26", "ch.cc.dtc.q26"],
              ["n1", "n1", "p1", "p1"], kind="sub"),
            R("Net revenue", ["ch.total.q26", "ch.total.q25", "ch.gr.total.q26", "ch.cc.total.q26"],
              ["n1", "n1", "p1", "p1"], kind="total")]
    doc.table("Net Revenue by Channel - Third Quarter", [D26, D25, "Reported", "Constant\ncurrency"], rows,
              groups=[("13 Weeks Ended", 0, 2), ("% Change", 2, 2)], unit=MIL, label_w=64)
    rows = [R("Wholesale", ["ch.whs.y26", "ch.whs.y25", "ch.gr.whs.y26", "ch.cc.whs.y26"], ["n1", "n1", "p1", "p1"]),
            R("Direct-to-consumer", kind="head"),
            R("Owned retail stores", ["ch.store.y26", "ch.store.y25", "ch.gr.store.y26", "ch.cc.store.y26"],
              ["n1", "n1", "p1", "p1"], indent=1),
            R("Digital commerce", ["ch.digital.y26", "ch.digital.y25", "ch.gr.digital.y26", "ch.cc.digital.y26"],
              ["n1", "n1", "p1", "p1"], indent=1),
            R("Direct-to-consumer subtotal", ["ch.dtc.y26", "ch.dtc.y25", "ch.gr.dtc.y26", "ch.cc.dtc.y26"],
              ["n1", "n1", "p1", "p1"], kind="sub"),
            R("Net revenue", ["ch.total.y26", "ch.total.y25", "ch.gr.total.y26", "ch.cc.total.y26"],
              ["n1", "n1", "p1", "p1"], kind="total")]
    doc.table("Net Revenue by Channel - Year to Date", [D26, D25, "Reported", "Constant\ncurrency"], rows,
              groups=[("39 Weeks Ended", 0, 2), ("% Change", 2, 2)], unit=MIL, label_w=64)
    doc.section = "mda_rg"
    rows = []
    for r, name in td.REGIONS.items():
        rows.append(R(name, [f"rg.{r}.q26", f"rg.{r}.q25", f"rg.gr.{r}.q26", f"rg.cc.{r}.q26", f"rg.{r}.y26",
                             f"rg.{r}.y25", f"rg.gr.{r}.y26", f"rg.cc.{r}.y26"], ["n1", "n1", "p1", "p1"] * 2))
    rows.append(R("Consolidated", ["rg.total.q26", "rg.total.q25", "rg.gr.total.q26", "rg.cc.total.q26",
                                   "rg.total.y26", "rg.total.y25", "rg.gr.total.y26", "rg.cc.total.y26"],
                  ["n1", "n1", "p1", "p1"] * 2, kind="total"))
    doc.table("Net Revenue by Region", ["2026", "2025", "Rep.\n%", "C.C.\n%"] * 2, rows,
              groups=[[("13 Weeks Ended September", 0, 4), ("39 Weeks Ended September", 4, 4)]],
              unit=MIL, label_w=50, size=7.6)
    doc.section = "mda_adj"
    doc.heading("Adjusted diluted earnings per share", 3, keep=70)
    doc.para("Adjusted diluted EPS excludes restructuring charges and their tax effect. We believe it helps "
             "investors compare underlying performance between periods.")
    rows = [
        R("Diluted EPS, as reported (GAAP)", per("adj.eps"), "n2"),
        R("Restructuring charges", per("adj.restr"), "n2", indent=1),
        R("Income tax effect of adjustments", per("adj.tax"), "n2", indent=1),
        R("Adjusted diluted EPS (non-GAAP)", per("adj.adj"), "n2", kind="total"),
    ]
    doc.table("Reconciliation of Adjusted Diluted EPS", PCOLS, rows, groups=PHEAD, unit="$ per diluted share",
              label_w=72)
    doc.section = "mda_st"
    doc.heading("Store count", 3, keep=60)
    rows = []
    for r, name in td.REGIONS.items():
        rows.append(R(name, [f"st.begin.{r}", f"st.open.{r}", f"st.close.{r}", f"st.end.{r}", f"st.prior.{r}"],
                      "n0"))
    rows.append(R("Total stores", [f"st.{k}.total" for k in ("begin", "open", "close", "end", "prior")], "n0",
                  kind="total"))
    doc.table("Owned Retail Stores", ["Dec. 27,\n2025", "Opened", "Closed", "Sep. 26,\n2026", "Sep. 27,\n2025"], rows,
              groups=[("39 Weeks Ended Sep. 26, 2026", 1, 2)], unit="Number of stores", label_w=58)
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("We ended the quarter with {bs.cash.sep26:d1} million of cash and cash equivalents. Inventories rose "
             "ahead of the holiday season as we pulled forward receipts to avoid peak-season freight surcharges. We "
             "paid quarterly dividends of ${div.q:n2} per share.")
    doc.heading("Item 4. Controls and Procedures", 2, anchor="item4", keep=30)
    doc.para("Our principal executive and principal financial officers concluded that our disclosure controls and "
             "procedures were effective as of September 26, 2026. No change in internal control over financial "
             "reporting during the quarter materially affected, or is reasonably likely to materially affect, it.")
    doc.section = "part2"
    doc.heading("PART II - OTHER INFORMATION", 1, anchor="part2", keep=50)
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, anchor="p2item2", keep=30)
    doc.para("Repurchases in the quarter were made in open-market transactions under the program announced in "
             "February 2025. No equity securities were sold without registration.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("10.1 Amendment No. 3 to the credit agreement; 31.1 and 31.2 Rule 13a-14(a) certifications; 32.1 "
             "Section 1350 certification; 101 Inline XBRL documents; 104 cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.")
    doc.para("TALLOWMERE OUTFITTERS, INC.\nNovember 4, 2026\n/s/ Rosalind E. Quennell-Abara, President and Chief "
             "Executive Officer\n/s/ Tobiah M. Strandquist, Chief Financial Officer", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q3 fiscal 2026")
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
    values = td.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
