"""Render the Cobbleridge Provisions, Inc. Form 10-K for fiscal 2025 (53 weeks ended January 31, 2026).

House style: Liberation Sans text with DejaVu Serif tables in the "ledger" mode (head block reversed out of a
plum band, a hairline under every row, a single rule over subtotals and a double rule under totals), a "$" on first
and total rows, negatives in parentheses, an en dash for zero, centred capitalised titles with a units line such as
"(Amounts in thousands of U.S. dollars, except per-share figures)", ruled level-one headings, a contents page with
period leaders, " \u2014 continued" after carried-over titles and a running footer that ends with the page number
counted from the cover. Statement heads put "Fiscal Years Ended" on one line and the fiscal year-end dates below;
the category table sets percent-of-total cells beside the amounts; an asterisk footnote follows some row labels.
"""

from __future__ import annotations

from decimal import Decimal

import cobbleridge_data as cd
from pdf_layout import EN_DASH, Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n0", **kw: object) -> Row:
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Cobbleridge Provisions, Inc."
DOC_NAME = "COBBLERIDGE_FY2025_10K"
PLUM = (88, 34, 74)
THOU = "(Amounts in thousands of U.S. dollars)"
THOU_PS = "(Amounts in thousands of U.S. dollars, except per-share figures)"
FY_HEAD = [("Fiscal Years Ended", 0, 3)]
YCOLS = ["January 31,\n2026", "January 25,\n2025", "January 27,\n2024"]
FCOLS = ["Fiscal\n2025", "Fiscal\n2024", "Fiscal\n2023"]
BS_COLS = ["January 31,\n2026", "January 25,\n2025"]
CATS = list(cd.CATEGORIES.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSans", "B", 6.8)
    doc.set_text_color(*PLUM)
    doc.set_xy(doc.l_margin, 8.6)
    doc.cell(doc.width, 4, "COBBLERIDGE PROVISIONS, INC.", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("LiberationSans", "", 7.0)
    doc.set_text_color(70, 70, 70)
    doc.set_xy(doc.l_margin, doc.h - 12.2)
    doc.cell(doc.width, 4, f"Fiscal 2025 Annual Report on Form 10-K   |   {label}", align="R")


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="DejaVuSerif",
    table_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf", "I": "dejavu/DejaVuSerif-Italic.ttf",
                 "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    body_size=8.6,
    table_size=6.9,
    table_mode="ledger",
    negative="paren",
    dollar="attached",
    zero=EN_DASH,
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" \u2014 continued",
    title_align="C",
    unit_align="C",
    title_upper=True,
    head_align="C",
    head_style="B",
    toc_style="dots",
    heading_kind="ruled",
    heading_upper=True,
    unit_italic=True,
    title_size_add=0.8,
    accent=PLUM,
    tint=(242, 232, 240),
    hairline=(214, 196, 210),
    margin_l=20, margin_r=20, margin_t=18, margin_b=19,
    unit_pos="line",
    small_caps=False,
    head_fill=PLUM,
)

TOC = [
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 2. Properties", "item2", 1),
    ("PART II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity and Related Stockholder Matters", "item5", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Consolidated Statements of Operations", "is", 2),
    ("Consolidated Balance Sheets", "bs", 2),
    ("Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Consolidated Financial Statements", "notes", 2),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("Signatures", "signatures", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = cd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 20)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.6,
             align="C", gap=0.6)
    doc.para("For the fiscal year ended January 31, 2026", style="B", size=8.8, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C")
    doc.para("Commission File Number 001-38851", size=7.6, align="C")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, COMPANY, align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.6)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Kessaly"]),
        R("I.R.S. Employer Identification No.", ["=58-2716403"]),
        R("Principal executive offices", ["=1 Larder Square, Tallis Ford, Kessaly 37184"]),
        R("Telephone number", ["=(615) 555-0182"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=62, size=7.2)
    rows = [R("Common stock, no par value", ["=CBRP", "=Nasdaq Global Select Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=62, size=7.2)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=7.4)
    doc.para("As of March 20, 2026, 38,104,517 shares of the registrant's common stock were outstanding. Portions "
             "of the definitive proxy statement for the 2026 annual meeting of shareholders are incorporated by "
             "reference into Part III.", size=7.4)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 7, "INDEX", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("A note about forward-looking statements", 3, keep=30)
    doc.para("This report includes forward-looking statements about new and remodeled stores, comparable-store "
             "sales, food and fuel price inflation, pharmacy reimbursement rates, labor costs and capital "
             "allocation. They reflect our current expectations and are subject to risks including competition from "
             "discount and online grocers, weather events that disrupt our distribution centers, and changes in "
             "consumer spending. Actual results may differ materially.")


def part1(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 1, anchor="part1", keep=40)
    doc.heading("Item 1. Business", 2, anchor="item1", keep=40)
    doc.para("Cobbleridge Provisions, Inc. operates neighborhood supermarkets under the Cobbleridge Market and "
             "Larder & Lane banners in four states of the Kessaly River valley. Our stores sell fresh produce, meat, "
             "seafood, bakery and deli items made in store, dry grocery, dairy, frozen food and general merchandise. "
             "Most stores include a pharmacy and many have a fuel center in the parking lot. We manage the business "
             "as one reportable segment.")
    doc.para("Our fiscal year ends on the last Saturday in January. Fiscal 2025 contained 53 weeks and ended January "
             "31, 2026; fiscal 2024 and fiscal 2023 each contained 52 weeks and ended January 25, 2025 and January "
             "27, 2024. We supply our stores from two company-operated distribution centers in Tallis Ford and "
             "Pennock Gap and a fresh-food commissary in Ardry Mills.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=30)
    doc.bullets([
        "The grocery business is highly competitive, and price investments by competitors may reduce our margins.",
        "Pharmacy revenue depends on reimbursement rates set by pharmacy benefit managers and government programs.",
        "Fuel sales and margins swing with wholesale gasoline prices, which we do not control.",
        "A disruption at either distribution center could leave stores short of product for several days.",
    ])
    doc.section = "item2"
    doc.heading("Item 2. Properties", 2, anchor="item2", keep=80)
    doc.para("We lease most of our stores under long-term operating leases and own the land and buildings at "
             "{st.own:n0} locations, both distribution centers and our headquarters. The table below shows store "
             "activity by fiscal year. Remodels are major refurbishments of existing stores and do not change the "
             "store count.")
    rows = [
        R("Stores, beginning of fiscal year", yrs("st.begin")),
        R("New stores opened", yrs("st.open"), indent=1),
        R("Stores closed", yrs("st.close"), indent=1),
        R("Stores, end of fiscal year", yrs("st.end"), kind="total"),
        R("Stores remodeled during the year", yrs("st.remodel")),
    ]
    doc.table("Store Activity", FCOLS, rows, label_w=76)


def item5(doc: Doc) -> None:
    doc.section = "item5"
    doc.heading("PART II", 1, anchor="part2", keep=40)
    doc.heading("Item 5. Market for Registrant's Common Equity and Related Stockholder Matters", 2, anchor="item5",
                keep=30)
    doc.para("Our common stock trades on the Nasdaq Global Select Market under the symbol CBRP. We paid quarterly "
             "cash dividends totaling ${div.dps:n2} per share in fiscal 2025 and repurchased shares in the open "
             "market under the program authorized by our board.")


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=60)
    doc.para("Net sales for fiscal 2025 rose {chg.rev.2025:p1} from fiscal 2024. The 53rd week added "
             "{mda.wk53:d0} thousand of net sales. Comparable-store sales, which exclude fuel and the 53rd week and "
             "include stores open for five full quarters, increased {ops.comp.2025:p1}, against {ops.comp.2024:p1} "
             "in fiscal 2024. Gross margin was {mda.gmp.2025:p1} of net sales, compared with {mda.gmp.2024:p1}, as "
             "a higher pharmacy mix and a larger LIFO charge offset lower shrink. Selling, general and "
             "administrative expenses were {mda.sgap.2025:p1} of net sales.")
    doc.section = "mda_ops"
    rows = [
        R("Stores open at end of year", yrs("ops.stores")),
        R("Selling square feet at end of year (thousands)", yrs("ops.sqft")),
        R("Comparable-store sales increase*", yrs("ops.comp"), "p1"),
        R("Net sales per average selling square foot**", yrs("ops.spsf"), dollar=True),
    ]
    doc.table("Operating Statistics", FCOLS, rows, label_w=84, notes=[
        "* Excludes fuel sales and, for fiscal 2025, the 53rd week.",
        "** Net sales divided by the average of selling square feet at the beginning and end of the fiscal year."])
    doc.section = "mda_cat"
    doc.heading("Net sales by category", 3, keep=60)
    rows = [R(name, [f"cat.{c}.2025", f"cat.share.{c}.2025", f"cat.{c}.2024", f"cat.share.{c}.2024",
                     f"cat.{c}.2023", f"cat.share.{c}.2023"], ["n0", "p1"] * 3, dollar=i == 0, indent=1)
            for i, (c, name) in enumerate(CATS)]
    rows.append(R("All categories", [f"cat.total.{y}" if k == 0 else f"cat.share.total.{y}"
                                     for y in cd.YEARS for k in (0, 1)], ["n0", "p1"] * 3, kind="total",
                  dollar=True))
    doc.table("Net Sales by Category", ["Amount", "Share", "Amount", "Share", "Amount", "Share"], rows,
              groups=[("Fiscal 2025", 0, 2), ("Fiscal 2024", 2, 2), ("Fiscal 2023", 4, 2)], unit=THOU, label_w=40,
              money=[True, False, True, False, True, False])
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("We fund new stores, remodels, dividends and share repurchases from operating cash flow and, when "
             "needed, our revolving credit facility. Capital expenditures were {mda.capex:d0} thousand in fiscal "
             "2025. Our revolving credit facility provides {rcf.size:d0} thousand of capacity; no revolving "
             "borrowings were outstanding at January 31, 2026.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=40)
    doc.anchor("is")
    rows = [
        R("Net sales", yrs("is.rev"), dollar=True),
        R("Cost of sales, including buying and occupancy*", yrs("is.cos")),
        R("Gross profit", yrs("is.gp"), kind="sub"),
        R("Selling, general and administrative expenses", yrs("is.sga")),
        R("Depreciation and amortization", yrs("is.da")),
        R("Impairment of long-lived assets", yrs("is.impair")),
        R("Operating income", yrs("is.oi"), kind="sub"),
        R("Interest expense, net", yrs("is.int")),
        R("Income before income taxes", yrs("is.pretax"), kind="sub"),
        R("Income tax expense", yrs("is.tax")),
        R("Net income", yrs("is.ni"), kind="total", dollar=True),
        R("Net income per common share:", kind="head"),
        R("Basic", yrs("is.eps_b"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_d"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding (in thousands):", kind="head"),
        R("Basic", yrs("is.sh_b"), indent=1),
        R("Diluted", yrs("is.sh_d"), indent=1),
    ]
    doc.table("Consolidated Statements of Operations", YCOLS, rows, groups=FY_HEAD, unit=THOU_PS, label_w=80,
              keep=True, notes=["* Includes LIFO charges of {lifo.charge.2025:d0}, {lifo.charge.2024:d0} and "
                                "{lifo.charge.2023:d0} thousand in fiscal 2025, 2024 and 2023."])
    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    d = cd.DATES
    rows = [
        R("ASSETS", kind="head"),
        R("Cash and cash equivalents", yrs("bs.cash", d), indent=1, dollar=True),
        R("Receivables, net", yrs("bs.ar", d), indent=1),
        R("Merchandise inventories (LIFO)", yrs("bs.inv", d), indent=1),
        R("Prepaid expenses and other current assets", yrs("bs.prepaid", d), indent=1),
        R("Current assets", yrs("bs.ca", d), kind="sub"),
        R("Property and equipment, net", yrs("bs.ppe", d), indent=1),
        R("Finance lease right-of-use assets, net", yrs("bs.finrou", d), indent=1),
        R("Operating lease right-of-use assets", yrs("bs.oprou", d), indent=1),
        R("Goodwill", yrs("bs.gw", d), indent=1),
        R("Other assets", yrs("bs.other_a", d), indent=1),
        R("Total assets", yrs("bs.assets", d), kind="total", dollar=True),
        R("LIABILITIES AND SHAREHOLDERS' EQUITY", kind="head"),
        R("Accounts payable", yrs("bs.ap", d), indent=1, dollar=True),
        R("Accrued salaries, wages and other liabilities", yrs("bs.accrued", d), indent=1),
        R("Current operating lease liabilities", yrs("bs.opl_cur", d), indent=1),
        R("Current finance lease liabilities", yrs("bs.finl_cur", d), indent=1),
        R("Current maturities of long-term debt", yrs("bs.debt_cur", d), indent=1),
        R("Current liabilities", yrs("bs.cl", d), kind="sub"),
        R("Long-term operating lease liabilities", yrs("bs.opl_nc", d), indent=1),
        R("Long-term finance lease liabilities", yrs("bs.finl_nc", d), indent=1),
        R("Long-term debt", yrs("bs.debt_nc", d), indent=1),
        R("Deferred income taxes", yrs("bs.dtax", d), indent=1),
        R("Other long-term liabilities", yrs("bs.other_l", d), indent=1),
        R("Total liabilities", yrs("bs.liab", d), kind="sub"),
        R("Shareholders' equity:", kind="head", indent=1),
        R("Common stock, no par value, and additional paid-in capital", yrs("bs.capital", d), indent=2),
        R("Retained earnings", yrs("bs.re", d), indent=2),
        R("Treasury stock, at cost", yrs("bs.treasury", d), indent=2),
        R("Total shareholders' equity", yrs("bs.equity", d), kind="sub"),
        R("Total liabilities and shareholders' equity", yrs("bs.le", d), kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", BS_COLS, rows, unit=THOU, label_w=100, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Cash flows from operating activities", kind="head"),
        R("Net income", yrs("cf.ni"), indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash from operating activities:", kind="head", indent=1),
        R("Depreciation and amortization", yrs("cf.da"), indent=2),
        R("Impairment of long-lived assets", yrs("cf.impair"), indent=2),
        R("LIFO charge", yrs("cf.lifo"), indent=2),
        R("Stock-based compensation", yrs("cf.sbc"), indent=2),
        R("Deferred income taxes", yrs("cf.dtax"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Receivables", yrs("cf.ar"), indent=2),
        R("Merchandise inventories", yrs("cf.inv"), indent=2),
        R("Prepaid expenses and other current assets", yrs("cf.prepaid"), indent=2),
        R("Accounts payable", yrs("cf.ap"), indent=2),
        R("Accrued salaries, wages and other liabilities", yrs("cf.accrued"), indent=2),
        R("Operating lease assets and liabilities, net", yrs("cf.oplease"), indent=2),
        R("Other long-term liabilities", yrs("cf.other"), indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), kind="sub"),
        R("", [], kind="break"),
        R("Cash flows from investing activities", kind="head"),
        R("Capital expenditures", yrs("cf.capex"), indent=1),
        R("Proceeds from sale of property and equipment", yrs("cf.other_i"), indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), kind="sub"),
        R("Cash flows from financing activities", kind="head"),
        R("Proceeds from long-term debt", yrs("cf.borrow"), indent=1),
        R("Payments on long-term debt", yrs("cf.repay"), indent=1),
        R("Principal payments on finance lease liabilities", yrs("cf.finpay"), indent=1),
        R("Dividends paid", yrs("cf.div"), indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), indent=1),
        R("Shares withheld for employee taxes", yrs("cf.taxw"), indent=1),
        R("Net cash used in financing activities", yrs("cf.cff"), kind="sub"),
        R("Net change in cash and cash equivalents", yrs("cf.change"), kind="sub"),
        R("Cash and cash equivalents, beginning of year", yrs("cf.begin")),
        R("Cash and cash equivalents, end of year", yrs("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", YCOLS, rows, groups=FY_HEAD, unit=THOU, label_w=96)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes", keep=50)
    doc.heading("1. Summary of significant accounting policies", 3, keep=30)
    doc.para("Revenue from the sale of products is recognized at the point of sale, net of discounts, coupons and "
             "sales taxes. Pharmacy revenue is recognized when the prescription is picked up. Vendor allowances "
             "reduce cost of sales as the related product is sold.")
    doc.section = "note_lifo"
    doc.heading("2. Merchandise inventories", 3, keep=50)
    doc.para("Substantially all inventories are valued at the lower of cost or market using the last-in, first-out "
             "(LIFO) method. Had the first-in, first-out (FIFO) method been used, inventories would have been higher "
             "by the LIFO reserve shown below. The LIFO charge recorded in cost of sales was {lifo.charge.2025:d0} "
             "thousand in fiscal 2025.")
    rows = [
        R("Inventories at FIFO cost", yrs("lifo.fifo", cd.DATES), dollar=True),
        R("Less: LIFO reserve", [f"lifo.res.{y}" for y in cd.DATES], indent=1),
        R("Merchandise inventories, at LIFO", yrs("lifo.inv", cd.DATES), kind="total", dollar=True),
    ]
    doc.table("Inventories", BS_COLS, rows, unit=THOU, label_w=90)
    doc.section = "note_lease"
    doc.heading("3. Leases", 3, keep=60)
    doc.para("We lease stores, a distribution center and equipment. At January 31, 2026 the weighted-average "
             "remaining term of our operating leases was {lease.wal_op:n1} years and their weighted-average discount "
             "rate was {lease.rate_op:p1}. Finance lease right-of-use assets of {fin.add:d0} thousand were added in "
             "fiscal 2025 in exchange for new finance lease liabilities.")
    rows = [
        R("Operating lease cost", yrs("lc.op"), dollar=True),
        R("Finance lease cost:", kind="head"),
        R("Amortization of right-of-use assets", yrs("lc.amort"), indent=1),
        R("Interest on lease liabilities", yrs("lc.int"), indent=1),
        R("Variable lease cost", yrs("lc.var")),
        R("Sublease income", yrs("lc.sub")),
        R("Total lease cost", yrs("lc.total"), kind="total", dollar=True),
    ]
    doc.table("Components of Lease Cost", FCOLS, rows, unit=THOU, label_w=84)
    labels = (("y1", "Fiscal 2026"), ("y2", "Fiscal 2027"), ("y3", "Fiscal 2028"), ("y4", "Fiscal 2029"),
              ("y5", "Fiscal 2030"), ("after", "Thereafter"))
    rows = [R(label, [f"lm.op.{k}", f"lm.fin.{k}"], dollar=k == "y1") for k, label in labels]
    rows += [
        R("Total lease payments", ["lm.op.undisc", "lm.fin.undisc"], kind="sub"),
        R("Less: amount representing interest", ["lm.op.interest", "lm.fin.interest"]),
        R("Present value of lease liabilities", ["lm.op.pv", "lm.fin.pv"], kind="total", dollar=True),
        R("Less: current portion", ["lm.op.cur", "lm.fin.cur"], indent=1),
        R("Long-term lease liabilities", ["lm.op.nc", "lm.fin.nc"], indent=1),
    ]
    doc.table("Lease Liability Maturities as of January 31, 2026", ["Operating\nleases", "Finance\nleases"], rows,
              unit=THOU, label_w=84, col_w=34)
    doc.section = "note_debt"
    doc.heading("4. Long-term debt", 3, keep=40)
    doc.para("Long-term debt consists of a senior secured term loan that amortizes in equal quarterly installments "
             "and bears interest at term SOFR plus a margin; the rate at January 31, 2026 was {debt.rate:p2}. We also "
             "have a {rcf.size:d0} thousand revolving credit facility maturing in 2030.")
    doc.section = "note_tax"
    doc.heading("5. Income taxes", 3, keep=70)
    doc.para("A reconciliation of income tax expense at the federal statutory rate of 21% to recorded income tax "
             "expense follows.")
    rows = [
        R("Income before income taxes", yrs("tax.pretax"), dollar=True),
        R("Tax at federal statutory rate", yrs("tax.fed"), dollar=True),
        R("State income taxes, net of federal benefit", yrs("tax.state"), indent=1),
        R("Tax credits", yrs("tax.credits"), indent=1),
        R("Other, net", yrs("tax.other"), indent=1),
        R("Income tax expense", yrs("tax.total"), kind="total", dollar=True),
        R("Effective tax rate", yrs("tax.etr"), "p1"),
    ]
    doc.table("Effective Tax Rate Reconciliation", FCOLS, rows, unit=THOU, label_w=84)
    doc.section = "note_eps"
    doc.heading("6. Earnings per share", 3, keep=70)
    rows = [
        R("Net income", yrs("eps.ni"), dollar=True),
        R("Weighted-average common shares outstanding - basic", yrs("eps.sh_b")),
        R("Dilutive effect of stock options and restricted stock units", yrs("eps.dil"), indent=1),
        R("Weighted-average common shares outstanding - diluted", yrs("eps.sh_d"), kind="sub"),
        R("Basic earnings per share", yrs("eps.eps_b"), "n2", dollar=True),
        R("Diluted earnings per share", yrs("eps.eps_d"), "n2", dollar=True),
        R("Anti-dilutive awards excluded (shares)", yrs("eps.anti")),
    ]
    doc.table("Computation of Earnings per Share", FCOLS, rows, unit="(In thousands, except per-share amounts)",
              label_w=90)
    doc.section = "note_qtr"
    doc.heading("7. Quarterly results (unaudited)", 3, keep=70)
    doc.para("The first three quarters of fiscal 2025 each contained 13 weeks; the fourth quarter contained 14 "
             "weeks.")
    cols = ["qtr.{}.q1", "qtr.{}.q2", "qtr.{}.q3", "qtr.{}.q4", "qtr.{}.fy"]
    rows = [
        R("Net sales", [c.format("sales") for c in cols], dollar=True),
        R("Gross profit", [c.format("gp") for c in cols]),
        R("Operating income", [c.format("oi") for c in cols]),
        R("Net income", [c.format("ni") for c in cols], kind="sub"),
        R("Diluted earnings per share", [c.format("eps") for c in cols], "n2", dollar=True),
    ]
    doc.table("Fiscal 2025 Quarterly Financial Data", ["First", "Second", "Third", "Fourth", "Fiscal\nyear"], rows,
              groups=[("Quarter", 0, 4)], unit=THOU_PS, label_w=56)


def closing(doc: Doc) -> None:
    doc.section = "closing"
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=30)
    doc.para("Our principal executive officer and principal financial officer concluded that our disclosure controls "
             "and procedures were effective as of January 31, 2026, and management concluded that internal control "
             "over financial reporting was effective as of that date. Pellworth & Drake LLP, our independent "
             "registered public accounting firm, issued an unqualified opinion on it.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized.")
    doc.para("COBBLERIDGE PROVISIONS, INC.\nMarch 26, 2026\n/s/ Ottoline V. Marchbanks, Chief Executive Officer\n"
             "/s/ Deverell J. Asante-Whitcombe, Executive Vice President and Chief Financial Officer", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K fiscal 2025")
    doc.toc_labels = toc_labels
    doc.total_pages = total
    doc.add_page()
    cover(doc)
    front(doc)
    part1(doc)
    item5(doc)
    mda(doc)
    statements(doc)
    notes(doc)
    closing(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = cd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
