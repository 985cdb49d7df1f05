"""Render the Quillmarsh Nitrogen Company Form 10-Q for the quarter ended March 31, 2026.

House style: Liberation Serif text with DejaVu Sans Condensed tables in the "ledger" mode (head block reversed out
of a dark green band, a hairline under every row, a single rule over subtotals and a double rule under totals), no
"$" in tables, negatives with a leading minus sign, "-0-" for zero, left-aligned titles in capitals with an italic
units line such as "(In millions, except per share amounts)", level-one headings in capitals between a heavy rule
and a hairline, a contents page with a hairline under each entry, " (continued)" after carried-over titles and
"Page N" footers counted from the cover. Three-month statements put the period on one head line and the years on
the line below; the product table sets percent-of-sales cells beside the amounts.
"""

from __future__ import annotations

from decimal import Decimal

import quillmarsh_data as qd
from pdf_layout import Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n1", **kw: object) -> Row:
    """A table row whose amounts default to one decimal ($ millions)."""
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Quillmarsh Nitrogen Company"
DOC_NAME = "QUILLMARSH_2026Q1_10Q"
GREEN = (28, 72, 46)
MIL = "(In millions; unaudited)"
MIL_PS = "(In millions, except per share amounts; unaudited)"
QHEAD = [("Three Months Ended March 31,", 0, 2)]
QCOLS = ["2026", "2025"]
BS_COLS = ["March 31,\n2026", "December 31,\n2025"]
PRODS = list(qd.PRODUCTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSerif", "I", 7.0)
    doc.set_text_color(90, 90, 90)
    doc.set_xy(doc.l_margin, 8.8)
    doc.cell(doc.width, 4, "Quillmarsh Nitrogen Company \u2014 Quarterly Report on Form 10-Q \u2014 First Quarter "
             "2026", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("LiberationSerif", "", 7.6)
    doc.set_text_color(50, 50, 50)
    doc.set_xy(doc.l_margin, doc.h - 12.4)
    doc.cell(doc.width, 4, f"Page {label}", align="C")


STYLE = Style(
    body_family="LiberationSerif",
    body_files={"": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf",
                "I": "liberation/LiberationSerif-Italic.ttf", "BI": "liberation/LiberationSerif-BoldItalic.ttf"},
    table_family="DejaVuSansCondensed",
    table_files={"": "dejavu/DejaVuSansCondensed.ttf", "B": "dejavu/DejaVuSansCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSansCondensed-Oblique.ttf", "BI": "dejavu/DejaVuSansCondensed-BoldOblique.ttf"},
    body_size=9.0,
    table_size=7.2,
    table_mode="ledger",
    negative="minus",
    dollar="none",
    zero="-0-",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (continued)",
    title_align="L",
    unit_align="L",
    title_upper=True,
    head_align="R",
    head_style="B",
    toc_style="rule",
    heading_kind="ruled",
    heading_upper=True,
    unit_italic=True,
    title_size_add=0.8,
    accent=GREEN,
    tint=(228, 238, 230),
    hairline=(196, 210, 200),
    margin_l=22, margin_r=22, margin_t=18, margin_b=20,
    unit_pos="line",
    small_caps=False,
    head_fill=GREEN,
)

TOC = [
    ("PART I. FINANCIAL INFORMATION", "part1", 0),
    ("Item 1. Financial Statements (unaudited)", "item1", 1),
    ("Condensed Consolidated Statements of Operations", "is", 2),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("PART II. OTHER INFORMATION", "part2", 0),
    ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2item2", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str, periods: tuple[str, ...] = qd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in qd.DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10.5)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8.5)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 20)
    doc.set_text_color(*GREEN)
    doc.cell(doc.width, 10, "FORM 10-Q", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(2)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=8.0,
             align="L", gap=0.6)
    doc.para("For the quarterly period ended March 31, 2026", style="B", size=9.0, align="L")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.0, align="L")
    doc.para("Commission File Number 001-36218", size=8.0, align="L")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, COMPANY, align="L", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Ostrevale"]),
        R("I.R.S. Employer Identification No.", ["=47-1936084"]),
        R("Principal executive offices", ["=2200 Prairie Kiln Road, Castor Flats, Ostrevale 68420"]),
        R("Telephone number", ["=(402) 555-0163"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=62, size=7.2)
    rows = [R("Common stock, $0.01 par value", ["=QNC", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=62, size=7.2)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=8.0)
    doc.para("As of April 24, 2026, 84,312,650 shares of the registrant's common stock were outstanding.", size=8.0)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*GREEN)
    doc.cell(doc.width, 7, "TABLE OF CONTENTS", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Forward-looking statements", 3, keep=30)
    doc.para("Statements in this report about planting season demand, nitrogen prices, natural gas costs, plant "
             "turnarounds, capital spending and returns to shareholders are forward-looking. They depend on weather, "
             "crop prices, global nitrogen supply, the cost and availability of natural gas, rail and barge "
             "logistics and environmental regulation. Actual results may differ materially.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("PART I. FINANCIAL INFORMATION", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Financial Statements (unaudited)", 2, anchor="item1", keep=30)
    doc.anchor("is")
    rows = [
        R("Net sales", per("is.rev")),
        R("Cost of sales", per("is.cos")),
        R("Gross margin", per("is.gm"), kind="sub"),
        R("Selling, general and administrative expenses", per("is.sga")),
        R("Other operating expense (income), net", per("is.otherop")),
        R("Earnings from operations", per("is.oi"), kind="sub"),
        R("Interest expense, net", per("is.int")),
        R("Other non-operating income, net", per("is.oth")),
        R("Earnings before income taxes", per("is.pretax"), kind="sub"),
        R("Income tax provision", per("is.tax")),
        R("Net earnings", per("is.ni"), kind="sub"),
        R("Less: net earnings attributable to noncontrolling interest", per("is.nci")),
        R("Net earnings attributable to common stockholders", per("is.nic"), kind="total"),
        R("Net earnings per share attributable to common stockholders:", kind="head"),
        R("Basic", per("is.eps_b"), "n2", indent=1),
        R("Diluted", per("is.eps_d"), "n2", indent=1),
        R("Weighted-average common shares outstanding:", kind="head"),
        R("Basic", per("is.sh_b"), "n2", indent=1),
        R("Diluted", per("is.sh_d"), "n2", indent=1),
        R("Dividends declared per common share", per("is.dps"), "n2"),
    ]
    doc.table("Condensed Consolidated Statements of Operations", QCOLS, rows, groups=QHEAD, unit=MIL_PS, label_w=100,
              keep=True)
    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    rows = [
        R("Assets", kind="head"),
        R("Cash and cash equivalents", dates("bs.cash"), indent=1),
        R("Accounts receivable, net", dates("bs.ar"), indent=1),
        R("Inventories", dates("bs.inv"), indent=1),
        R("Prepaid income taxes and other current assets", dates("bs.prepaid"), indent=1),
        R("Total current assets", dates("bs.ca"), kind="sub"),
        R("Property, plant and equipment, net", dates("bs.ppe"), indent=1),
        R("Operating lease right-of-use assets", dates("bs.rou"), indent=1),
        R("Goodwill", dates("bs.gw"), indent=1),
        R("Other assets", dates("bs.other_a"), indent=1),
        R("Total assets", dates("bs.assets"), kind="total"),
        R("Liabilities and equity", kind="head"),
        R("Accounts payable", dates("bs.ap"), indent=1),
        R("Customer advances", dates("bs.adv"), indent=1),
        R("Income taxes payable", dates("bs.taxes"), indent=1),
        R("Accrued expenses and other current liabilities", dates("bs.accrued"), indent=1),
        R("Total current liabilities", dates("bs.cl"), kind="sub"),
        R("Long-term debt, net", dates("bs.debt"), indent=1),
        R("Deferred income taxes", dates("bs.dtax"), indent=1),
        R("Operating lease liabilities, noncurrent", dates("bs.lease_nc"), indent=1),
        R("Other liabilities", dates("bs.other_l"), indent=1),
        R("Total liabilities", dates("bs.liab"), kind="sub"),
        R("Equity:", kind="head"),
        R("Common stock, $0.01 par value", dates("bs.cs"), indent=1),
        R("Additional paid-in capital", dates("bs.apic"), indent=1),
        R("Retained earnings", dates("bs.re"), indent=1),
        R("Accumulated other comprehensive loss", dates("bs.aoci"), indent=1),
        R("Treasury stock, at cost", dates("bs.treasury"), indent=1),
        R("Total Quillmarsh stockholders' equity", dates("bs.sheq"), kind="sub"),
        R("Noncontrolling interest", dates("bs.nci"), indent=1),
        R("Total equity", dates("bs.equity"), kind="sub"),
        R("Total liabilities and equity", dates("bs.le"), kind="total"),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit="(In millions; March 31, 2026 "
              "unaudited)", label_w=104, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Operating activities:", kind="head"),
        R("Net earnings", per("cf.ni"), indent=1),
        R("Adjustments to reconcile net earnings to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", per("cf.dep"), indent=2),
        R("Deferred income taxes", per("cf.dtax"), indent=2),
        R("Stock-based compensation", per("cf.sbc"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", per("cf.ar"), indent=2),
        R("Inventories", per("cf.inv"), indent=2),
        R("Prepaid income taxes and other current assets", per("cf.prepaid"), indent=2),
        R("Accounts payable and accrued expenses", per("cf.ap"), indent=2),
        R("Customer advances", per("cf.adv"), indent=2),
        R("Income taxes payable", per("cf.taxes"), indent=2),
        R("Other, net", per("cf.other"), indent=2),
        R("Net cash provided by operating activities", per("cf.cfo"), kind="sub"),
        R("", [], kind="break"),
        R("Investing activities:", kind="head"),
        R("Additions to property, plant and equipment", per("cf.capex"), indent=1),
        R("Proceeds from sale of property, plant and equipment and other", per("cf.other_i"), indent=1),
        R("Net cash used in investing activities", per("cf.cfi"), kind="sub"),
        R("Financing activities:", kind="head"),
        R("Repayment of long-term debt", per("cf.debt"), indent=1),
        R("Dividends paid on common stock", per("cf.div"), indent=1),
        R("Distributions to noncontrolling interest", per("cf.nci_dist"), indent=1),
        R("Purchases of treasury stock", per("cf.repo"), indent=1),
        R("Shares withheld for taxes on equity awards", per("cf.taxw"), indent=1),
        R("Net cash used in financing activities", per("cf.cff"), kind="sub"),
        R("Increase (decrease) in cash and cash equivalents", per("cf.change"), kind="sub"),
        R("Cash and cash equivalents at beginning of period", per("cf.begin")),
        R("Cash and cash equivalents at end of period", per("cf.end"), kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", QCOLS, rows, groups=QHEAD, unit=MIL, label_w=110)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 2, anchor="notes", keep=50)
    doc.heading("1. Basis of presentation", 3, keep=30)
    doc.para("Quillmarsh Nitrogen Company manufactures ammonia, urea ammonium nitrate solution (UAN) and granular "
             "urea at complexes in Castor Flats, Ostrevale and Tamsin Bend, Harrowby. A partner owns {ops.nci_pct:p1} "
             "of the Tamsin Bend complex; that interest is presented as a noncontrolling interest. These "
             "interim statements are unaudited and should be read with our 2025 Annual Report on "
             "Form 10-K. Results for a quarter are seasonal and not indicative of the full year.")
    doc.section = "note_inv"
    doc.heading("2. Inventories", 3, keep=50)
    rows = [
        R("Finished goods", dates("inv.fg")),
        R("Raw materials", dates("inv.raw")),
        R("Spare parts and catalysts", dates("inv.spare")),
        R("Total", dates("inv.total"), kind="total"),
    ]
    doc.table("Inventories", BS_COLS, rows, unit=MIL, label_w=96)
    doc.section = "note_nci"
    doc.heading("3. Noncontrolling interest", 3, keep=50)
    doc.para("The Tamsin Bend joint venture distributes its available cash quarterly to its owners in proportion to "
             "their interests.")
    rows = [
        R("Balance at December 31, 2025", ["nci.begin"]),
        R("Net earnings attributable to noncontrolling interest", ["nci.ni"], indent=1),
        R("Distributions to noncontrolling interest", ["nci.dist"], indent=1),
        R("Balance at March 31, 2026", ["nci.end"], kind="total"),
    ]
    doc.table("Noncontrolling Interest", ["Amount"], rows, unit=MIL, label_w=110, col_w=30)
    doc.section = "note_debt"
    doc.heading("4. Debt", 3, keep=30)
    doc.para("Long-term debt consists of {debt.notes:n0} series of senior notes. In February 2026 we redeemed at par "
             "the remaining senior notes due 2026 with cash on hand. No amounts were drawn under our revolving credit "
             "agreement during the quarter.")


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item2", keep=60)
    doc.para("Net sales increased {chg.rev.q26:p1} from the first quarter of 2025 as spring ammonia application "
             "started early across the eastern corn belt and urea prices firmed. Our realized natural gas cost fell "
             "{chg.gas.q26:p1} per MMBtu. Gross margin was {mda.gmp.q26:p1} of net sales, compared with "
             "{mda.gmp.q25:p1} a year earlier. Gross ammonia production was {ops.amm_prod:n0} thousand tons and "
             "ammonia plants ran at {ops.util:p1} of capacity.")
    doc.section = "mda_prod"
    rows = [R(name, [f"prod.sales.{g}.q26", f"prod.share.{g}.q26", f"prod.sales.{g}.q25", f"prod.share.{g}.q25"],
              ["n1", "p1", "n1", "p1"], indent=1) for g, name in PRODS]
    rows.append(R("Other nitrogen products", ["prod.sales.other.q26", "prod.share.other.q26",
                                              "prod.sales.other.q25", "prod.share.other.q25"],
                  ["n1", "p1", "n1", "p1"], indent=1))
    rows.append(R("Total", ["prod.sales.total.q26", "prod.share.total.q26", "prod.sales.total.q25",
                            "prod.share.total.q25"], ["n1", "p1", "n1", "p1"], kind="total"))
    doc.table("Net Sales by Product", ["Net sales", "% of total", "Net sales", "% of total"], rows,
              groups=[("Three Months Ended\nMarch 31, 2026", 0, 2), ("Three Months Ended\nMarch 31, 2025", 2, 2)],
              unit=MIL, label_w=66)
    doc.section = "mda_vol"
    doc.heading("Sales volumes, prices and natural gas", 3, keep=70)
    rows = [R("Sales volume (thousands of product tons)", kind="head")]
    rows += [R(name, per(f"prod.vol.{g}"), "n0", indent=1) for g, name in PRODS]
    rows.append(R("Total", per("prod.vol.total"), "n0", kind="sub"))
    rows.append(R("Average selling price ($ per ton)", kind="head"))
    rows += [R(name, per(f"prod.asp.{g}"), "n0", indent=1) for g, name in PRODS]
    rows.append(R("Natural gas", kind="head"))
    rows.append(R("Natural gas cost per MMBtu(1)", per("gas.price"), "n2", indent=1))
    rows.append(R("Natural gas consumed (millions of MMBtu)", per("gas.mmbtu"), indent=1))
    rows.append(R("Natural gas in cost of sales ($ millions)", per("gas.cost"), indent=1))
    doc.table("Selected Operating Data", QCOLS, rows, groups=QHEAD, label_w=96, notes=[
        "(1) Includes transportation and the effect of natural gas derivatives settled in the period."])
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("Cash and cash equivalents were {bs.cash.mar26:d1} million at March 31, 2026. Customer advances rose to "
             "{bs.adv.mar26:d1} million as dealers prepaid for spring tons under our forward-order program. Free "
             "cash flow, net cash provided by operating activities less additions to property, plant and "
             "equipment, was {fcf.q26:d1} million in the quarter.")
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item3", keep=30)
    doc.para("We are exposed to natural gas prices, nitrogen selling prices and interest rates. A change of $1.00 "
             "per MMBtu in natural gas prices would change our annual production costs materially. There were no "
             "material changes from the disclosures in our annual report.")
    doc.heading("Item 4. Controls and Procedures", 2, anchor="item4", keep=30)
    doc.para("Our chief executive officer and chief financial officer concluded that our disclosure controls and "
             "procedures were effective as of March 31, 2026. There were no changes in internal control over "
             "financial reporting during the quarter that materially affected it.")
    doc.section = "part2"
    doc.heading("PART II. OTHER INFORMATION", 1, anchor="part2", keep=50)
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, anchor="p2item2", keep=30)
    doc.para("During the quarter we repurchased {rep.shares:n2} million shares of common stock under the program "
             "authorized by our board in 2024; approximately ${rep.remaining:n1} million remained available at March "
             "31, 2026.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("31.1 and 31.2 Rule 13a-14(a) certifications; 32.1 Section 1350 certification; 101 Inline XBRL "
             "documents; 104 cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.")
    doc.para("QUILLMARSH NITROGEN COMPANY\nMay 6, 2026\n/s/ Thaddeus K. Arbogast-Nwosu, Chief Executive Officer\n"
             "/s/ Leonie F. Castellanos-Brandt, Chief Financial Officer", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q1 2026")
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
    values = qd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
