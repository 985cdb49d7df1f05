"""Render the Nightjar Forge Interactive, Inc. Form 10-Q for the quarter ended October 31, 2026.

House style: Liberation Sans text with DejaVu Serif Condensed tables in the "shade" mode (no row rules, plum rules
under spanning heads and the head block, column heads in small capitals, italic subtotals and bold totals on a pale
band), no "$" in tables, negatives with a leading minus sign, an em dash for zero, left-aligned titles with an
italic units line such as "(in thousands, except per share amounts; unaudited)", level-one headings beside a plum
bar, a contents page with a hairline under each entry, " (continued)" after carried-over titles and "Q2 FY27 | N"
page numbers counted from the cover. Three- and six-month columns sit under two-line spanning heads.
"""

from __future__ import annotations

from decimal import Decimal

import nightjar_data as nd
from pdf_layout import EM_DASH, Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Nightjar Forge Interactive, Inc."
DOC_NAME = "NIGHTJAR_FY2027Q2_10Q"
PLUM = (92, 36, 88)
THOU = "(in thousands; unaudited)"
THOU_PS = "(in thousands, except per share amounts; unaudited)"
GROUPS4 = [("Three Months Ended\nOctober 31,", 0, 2), ("Six Months Ended\nOctober 31,", 2, 2)]
COLS4 = ["2026", "2025", "2026", "2025"]
BS_COLS = ["October 31,\n2026", "April 30,\n2026"]
PLATS = list(nd.PLATFORMS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSans", "", 6.8)
    doc.set_text_color(*PLUM)
    doc.set_xy(doc.l_margin, 8.6)
    doc.cell(doc.width, 4, "NIGHTJAR FORGE INTERACTIVE, INC.  \u00b7  FORM 10-Q", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("LiberationSans", "", 7.4)
    doc.set_text_color(70, 70, 70)
    doc.set_xy(doc.l_margin, doc.h - 12.4)
    doc.cell(doc.width, 4, f"Q2 FY27 | {label}", align="C")


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="DejaVuSerifCondensed",
    table_files={"": "dejavu/DejaVuSerifCondensed.ttf", "B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSerifCondensed-Italic.ttf", "BI": "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"},
    body_size=8.4,
    table_size=7.0,
    table_mode="shade",
    negative="minus",
    dollar="none",
    zero=EM_DASH,
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (continued)",
    title_align="L",
    unit_align="L",
    title_upper=False,
    head_align="R",
    head_style="B",
    toc_style="rule",
    heading_kind="bar",
    heading_upper=False,
    unit_italic=True,
    title_size_add=1.0,
    accent=PLUM,
    tint=(240, 230, 240),
    hairline=(205, 185, 205),
    margin_l=21, margin_r=21, margin_t=17, margin_b=18,
    unit_pos="line",
    small_caps=True,
)

TOC = [
    ("Part I \u2014 Financial Information", "part1", 0),
    ("Item 1. Financial Statements (unaudited)", "item1", 1),
    ("Condensed Consolidated Balance Sheets", "bs", 2),
    ("Condensed Consolidated Statements of Operations", "is", 2),
    ("Condensed Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Condensed Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Condensed Consolidated Financial Statements", "notes", 2),
    ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item2", 1),
    ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "item3", 1),
    ("Item 4. Controls and Procedures", "item4", 1),
    ("Part II \u2014 Other Information", "part2", 0),
    ("Item 1A. Risk Factors", "p2item1a", 1),
    ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2item2", 1),
    ("Item 6. Exhibits", "p2item6", 1),
    ("Signatures", "signatures", 1),
]


def per(prefix: str, periods: tuple[str, ...] = nd.PERIODS) -> list[str]:
    return [f"{prefix}.{p}" for p in periods]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in nd.DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 20)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 10, "FORM 10-Q", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(2)
    doc.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.6,
             align="L", gap=0.6)
    doc.para("For the quarterly period ended October 31, 2026", style="B", size=8.6, align="L")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="L")
    doc.para("Commission File Number 000-51874", size=7.6, align="L")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, "Nightjar Forge Interactive, Inc.", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.4)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Calloway"]),
        R("I.R.S. Employer Identification No.", ["=81-2290563"]),
        R("Principal executive offices", ["=1180 Lanternfield Avenue, Suite 900, Port Ashgrove, Calloway 97140"]),
        R("Telephone number", ["=(503) 555-0186"]),
    ]
    doc.table(None, ["Registrant"], rows, label_w=64, size=7.0)
    rows = [R("Common stock, $0.001 par value", ["=NJFI", "=Nasdaq Global Select Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=64, size=7.0)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=7.4)
    doc.para("As of November 27, 2026, 71,604,518 shares of the registrant's common stock were outstanding.", size=7.4)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 7, "Table of Contents", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("A note about forward-looking statements", 3, keep=30)
    doc.para("Statements in this report about release schedules, player engagement, net bookings, development "
             "spending and capital returns are forward-looking. They depend on our ability to ship titles on time "
             "and at the expected quality, the policies and fees of console, PC storefront and mobile platform "
             "holders, competition for player time and the retention of creative staff. Actual results may differ "
             "materially. Our fiscal year ends April 30; the second quarter of fiscal 2027 ended October 31, 2026.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "BS"
    doc.heading("Part I \u2014 Financial Information", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Financial Statements", 2, anchor="item1", keep=30)
    doc.anchor("bs")
    rows = [
        R("Assets", kind="head"),
        R("Cash and cash equivalents", dates("bs.cash"), indent=1),
        R("Short-term investments", dates("bs.sti"), indent=1),
        R("Accounts receivable, net", dates("bs.ar"), indent=1),
        R("Prepaid expenses and other current assets", dates("bs.prepaid"), indent=1),
        R("Total current assets", dates("bs.ca"), kind="sub"),
        R("Capitalized software development costs, net", dates("bs.capsw"), indent=1),
        R("Property and equipment, net", dates("bs.ppe"), indent=1),
        R("Goodwill", dates("bs.gw"), indent=1),
        R("Other assets", dates("bs.other_a"), indent=1),
        R("Total assets", dates("bs.assets"), kind="total"),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Accounts payable", dates("bs.ap"), indent=1),
        R("Accrued expenses and other current liabilities", dates("bs.accrued"), indent=1),
        R("Deferred revenue", dates("bs.def_cur"), indent=1),
        R("Total current liabilities", dates("bs.cl"), kind="sub"),
        R("Deferred revenue, noncurrent", dates("bs.def_nc"), indent=1),
        R("Other long-term liabilities", dates("bs.other_l"), indent=1),
        R("Total liabilities", dates("bs.liab"), kind="sub"),
        R("Stockholders' equity:", kind="head"),
        R("Common stock, $0.001 par value", dates("bs.cs"), indent=1),
        R("Additional paid-in capital", dates("bs.apic"), indent=1),
        R("Retained earnings", dates("bs.re"), indent=1),
        R("Accumulated other comprehensive loss", dates("bs.aoci"), indent=1),
        R("Treasury stock, at cost", dates("bs.treasury"), indent=1),
        R("Total stockholders' equity", dates("bs.equity"), kind="sub"),
        R("Total liabilities and stockholders' equity", dates("bs.le"), kind="total"),
    ]
    doc.table("Condensed Consolidated Balance Sheets", BS_COLS, rows, unit="(in thousands; October 31, 2026 "
              "unaudited)", label_w=104, keep=True)

    doc.new_page()
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Net revenue", per("is.rev")),
        R("Cost of revenue:", kind="head"),
        R("Platform fees, royalties and product costs", per("is.fees"), indent=1),
        R("Amortization of capitalized software development costs and licensed intellectual property",
          per("is.amort"), indent=1),
        R("Total cost of revenue", per("is.cor"), kind="sub"),
        R("Gross profit", per("is.gp"), kind="sub"),
        R("Operating expenses:", kind="head"),
        R("Research and development", per("is.rd"), indent=1),
        R("Sales and marketing", per("is.sm"), indent=1),
        R("General and administrative", per("is.ga"), indent=1),
        R("Total operating expenses", per("is.opex"), kind="sub"),
        R("Operating income", per("is.oi"), kind="sub"),
        R("Interest and other income, net", per("is.other")),
        R("Income before income taxes", per("is.pretax"), kind="sub"),
        R("Provision for income taxes", per("is.tax")),
        R("Net income", per("is.ni"), kind="total"),
        R("Net income per share:", kind="head"),
        R("Basic", per("is.eps_basic"), "n2", indent=1),
        R("Diluted", per("is.eps_diluted"), "n2", indent=1),
        R("Shares used in computing net income per share:", kind="head"),
        R("Basic", per("is.shares_basic"), indent=1),
        R("Diluted", per("is.shares_diluted"), indent=1),
    ]
    doc.table("Condensed Consolidated Statements of Operations", COLS4, rows, groups=GROUPS4, unit=THOU_PS,
              label_w=82, keep=True)
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", per("ci.ni")),
        R("Foreign currency translation adjustments", per("ci.oci")),
        R("Comprehensive income", per("ci.total"), kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Comprehensive Income", COLS4, rows, groups=GROUPS4, unit=THOU,
              label_w=82)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    h = ("h_26", "h_25")
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", per("cf.ni", h), indent=1),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation of property and equipment", per("cf.dep", h), indent=2),
        R("Amortization of capitalized software development costs", per("cf.amort", h), indent=2),
        R("Impairment of capitalized software development costs", per("cf.impair", h), indent=2),
        R("Stock-based compensation", per("cf.sbc", h), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", per("cf.ar", h), indent=2),
        R("Prepaid expenses and other current assets", per("cf.prepaid", h), indent=2),
        R("Other assets", per("cf.other_a", h), indent=2),
        R("Accounts payable", per("cf.ap", h), indent=2),
        R("Accrued expenses and other current liabilities", per("cf.accrued", h), indent=2),
        R("Deferred revenue", per("cf.deferred", h), indent=2),
        R("Other long-term liabilities", per("cf.other_l", h), indent=2),
        R("Net cash provided by operating activities", per("cf.cfo", h), kind="sub"),
        R("", [], kind="break"),
        R("Investing activities", kind="head"),
        R("Capitalized software development costs", per("cf.capsw", h), indent=1),
        R("Purchases of property and equipment", per("cf.capex", h), indent=1),
        R("Purchases of short-term investments", per("cf.sti_buy", h), indent=1),
        R("Maturities of short-term investments", per("cf.sti_mature", h), indent=1),
        R("Net cash used in investing activities", per("cf.cfi", h), kind="sub"),
        R("Financing activities", kind="head"),
        R("Repurchases of common stock", per("cf.repo", h), indent=1),
        R("Proceeds from employee stock plans", per("cf.stock", h), indent=1),
        R("Net cash used in financing activities", per("cf.cff", h), kind="sub"),
        R("Effect of exchange rate changes on cash", per("cf.fx", h)),
        R("Net increase in cash and cash equivalents", per("cf.change", h), kind="sub"),
        R("Cash and cash equivalents, beginning of period", per("cf.begin", h)),
        R("Cash and cash equivalents, end of period", per("cf.end", h), kind="total"),
    ]
    doc.table("Condensed Consolidated Statements of Cash Flows", ["2026", "2025"], rows,
              groups=[("Six Months Ended October 31,", 0, 2)], unit=THOU, label_w=110)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 2, anchor="notes", keep=50)
    doc.heading("Note 1. Basis of presentation", 3)
    doc.para("Nightjar Forge Interactive, Inc. develops and publishes interactive entertainment for consoles, "
             "personal computers and mobile devices from {mda.studios:n0} studios. These interim statements are "
             "unaudited, follow U.S. GAAP for interim reporting and should be read with our Annual Report on Form "
             "10-K for the fiscal year ended April 30, 2026.")
    doc.section = "note_rev"
    doc.heading("Note 2. Revenue", 3, keep=70)
    doc.para("Revenue from full games with online features is recognized over the estimated service period, which "
             "creates deferred revenue; revenue from in-game content and subscriptions (live services) is recognized "
             "as the content is delivered or over the subscription term.")
    rows = [R("By platform:", kind="head")]
    rows += [R(name, per(f"plat.{g}"), indent=1) for g, name in PLATS]
    rows.append(R("Total net revenue", per("plat.total"), kind="total"))
    rows.append(R("By composition:", kind="head"))
    rows.append(R("Full-game sales", per("type.full"), indent=1))
    rows.append(R("Live services and other, including in-game content and subscriptions", per("type.live"),
                  indent=1))
    rows.append(R("Total net revenue", per("type.total"), kind="total"))
    rows.append(R("By delivery channel:", kind="head"))
    rows.append(R("Digitally delivered", per("chan.digital"), indent=1))
    rows.append(R("Physical packaged goods", per("chan.physical"), indent=1))
    doc.table("Net Revenue by Platform and Composition", COLS4, rows, groups=GROUPS4, unit=THOU, label_w=82)
    doc.para("Deferred revenue, current and noncurrent combined, was {def.total.oct26:d0} thousand at October 31, "
             "2026, {def.jul26:d0} thousand at July 31, 2026 and {def.total.apr26:d0} thousand at April 30, 2026.")
    doc.section = "note_sw"
    doc.heading("Note 3. Capitalized software development costs", 3, keep=60)
    doc.para("We capitalize software development costs once technological feasibility is established and amortize "
             "them to cost of revenue from release, generally on an accelerated basis over the expected sales "
             "pattern. During the first six months of fiscal 2027 we released {sw.released:n0} titles and content "
             "updates that began amortizing.")
    rows = [
        R("Balance at beginning of period", per("sw.begin", ("h_26", "h_25"))),
        R("Costs capitalized", per("sw.add", ("h_26", "h_25")), indent=1),
        R("Amortization charged to cost of revenue", per("sw.amort", ("h_26", "h_25")), indent=1),
        R("Impairment of cancelled or underperforming titles", per("sw.impair", ("h_26", "h_25")), indent=1),
        R("Balance at end of period", per("sw.end", ("h_26", "h_25")), kind="total"),
    ]
    doc.table("Capitalized Software Development Costs", ["2026", "2025"], rows,
              groups=[("Six Months Ended October 31,", 0, 2)], unit=THOU, label_w=100)
    doc.section = "note_eps"
    doc.heading("Note 4. Income taxes and stockholders' equity", 3, keep=30)
    doc.para("Our effective tax rate was {mda.rate.q_26:p1} in the quarter and {mda.rate.h_26:p1} in the first six "
             "months, compared with {mda.rate.q_25:p1} and {mda.rate.h_25:p1} a year earlier. In the first half of "
             "fiscal 2027 we repurchased {rep.shares.h_26:n0} shares of common stock, which are held in treasury.")


def mda(doc: Doc) -> None:
    doc.new_page()
    doc.section = "mda"
    doc.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item2", keep=60)
    doc.heading("Quarter in review", 3)
    doc.para("Net revenue rose {chg.rev.q_26:p1} year over year in the second quarter, driven by the console and PC "
             "launch of Emberline Tactics and steady play in our racing franchise, while mobile revenue declined as "
             "our older card-battler titles aged. Live services revenue grew {chg.live.q_26:p1}. Gross margin was "
             "{mda.gm.q_26:p1}, compared with {mda.gm.q_25:p1} a year ago. Average monthly active users across our "
             "titles were {mda.mau:n1} million in the quarter, down from {mda.mau_prior:n1} million.")
    doc.section = "mda_nb"
    doc.heading("Net bookings", 3, keep=60)
    doc.para("Net bookings is an operating metric we define as net revenue plus the change in deferred revenue "
             "during the period. It approximates the value of games and content sold in the period, regardless of "
             "when revenue is recognized, and is not a substitute for net revenue.")
    rows = [
        R("Net revenue", per("nb.rev")),
        R("Change in deferred revenue", per("nb.chg")),
        R("Net bookings", per("nb.total"), kind="total"),
    ]
    doc.table("Reconciliation of Net Revenue to Net Bookings", COLS4, rows, groups=GROUPS4, unit=THOU, label_w=82)
    doc.section = "mda_ops"
    doc.heading("Costs and expenses", 3, keep=40)
    doc.para("Amortization of capitalized software rose with the Emberline Tactics release. Research and development "
             "expense increased with headcount at our two newest studios, and sales and marketing spending was "
             "weighted toward launch campaigns in the quarter. General and administrative expense was broadly flat.")
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("At October 31, 2026 we held cash and cash equivalents of {bs.cash.oct26:d0} thousand and short-term "
             "investments of {bs.sti.oct26:d0} thousand, and had no borrowings. We define free cash flow as net "
             "cash from operating activities less capitalized software development costs and purchases of property "
             "and equipment; it was {fcf.h_26:d0} thousand for the first six months of fiscal 2027 compared with "
             "{fcf.h_25:d0} thousand a year earlier.")
    doc.section = "item3"
    doc.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item3", keep=30)
    doc.para("Our exposures are to interest rates on cash and short-term investments and to foreign currency on "
             "revenue and studio costs in euros, zloty and Canadian dollars. There were no material changes from "
             "our annual report.")
    doc.heading("Item 4. Controls and Procedures", 2, anchor="item4", keep=30)
    doc.para("Our principal executive and financial officers concluded that our disclosure controls and procedures "
             "were effective as of October 31, 2026. No change in internal control over financial reporting during "
             "the quarter materially affected, or is reasonably likely to materially affect, that control.")
    doc.section = "part2"
    doc.heading("Part II \u2014 Other Information", 1, anchor="part2", keep=60)
    doc.heading("Item 1A. Risk Factors", 2, anchor="p2item1a", keep=20)
    doc.para("There have been no material changes to the risk factors in our annual report on Form 10-K.")
    doc.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2, anchor="p2item2", keep=30)
    doc.para("Our board has authorized repurchases of common stock; approximately ${rep.remaining:n1} million "
             "remained available at October 31, 2026.")
    doc.heading("Item 6. Exhibits", 2, anchor="p2item6", keep=20)
    doc.para("31.1 and 31.2 Rule 13a-14(a) certifications; 32.1 Section 1350 certification; 101 Inline XBRL "
             "documents; 104 cover page interactive data file.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned thereunto duly authorized.")
    doc.para("NIGHTJAR FORGE INTERACTIVE, INC.\nDecember 4, 2026\n/s/ Ines B. Okonkwo-Larsen, Chief Executive "
             "Officer\n/s/ Theodric P. Vanterpool, Chief Financial Officer", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-Q Q2 FY2027")
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
    values = nd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
