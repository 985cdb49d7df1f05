"""Render the Corrisand Aerospace & Defense, Inc. Form 10-K for the fiscal year ended June 30, 2026.

House style: DejaVu Serif text with Liberation Sans Narrow tables in the "ledger" mode (head block reversed out of a
navy band, a hairline under every row, a single rule over subtotals and a double rule under totals), centred table
titles with the units line "(in millions, except per share amounts)" under them, a "$" on first and total rows,
negatives in parentheses, an em dash for zero, level-one headings in capitals between a heavy rule and a hairline,
a contents page with period leaders, " (continued)" after carried-over titles and "Page N" footers counted from the
cover. Most statements print the newest fiscal year first; the statements of cash flows print the oldest first.
"""

from __future__ import annotations

from decimal import Decimal

import corrisand_data as cd
from pdf_layout import EM_DASH, Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n1", **kw: object) -> Row:
    """A table row whose amounts default to one decimal ($ millions)."""
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Corrisand Aerospace & Defense, Inc."
DOC_NAME = "CORRISAND_FY2026_10K"
NAVY = (24, 40, 78)
MIL = "(in millions)"
MIL_PS = "(in millions, except per share amounts)"
FY = [("Fiscal Year Ended June 30", 0, 3)]
YCOLS = ["2026", "2025", "2024"]
BS_COLS = ["June 30,\n2026", "June 30,\n2025"]
SEGS = list(cd.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return f"{index + 1}"


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSerif", "I", 6.8)
    doc.set_text_color(80, 80, 80)
    doc.set_xy(doc.l_margin, 9.0)
    doc.cell(doc.width, 4, "Corrisand Aerospace & Defense, Inc. \u2014 Fiscal 2026 Form 10-K", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("DejaVuSerif", "", 7.4)
    doc.set_text_color(60, 60, 60)
    doc.set_xy(doc.l_margin, doc.h - 12.8)
    doc.cell(doc.width, 4, f"Page {label}", align="R")


STYLE = Style(
    body_family="DejaVuSerif",
    body_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf", "I": "dejavu/DejaVuSerif-Italic.ttf",
                "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    table_family="LiberationSansNarrow",
    table_files={"": "liberation/LiberationSansNarrow-Regular.ttf", "B": "liberation/LiberationSansNarrow-Bold.ttf",
                 "I": "liberation/LiberationSansNarrow-Italic.ttf",
                 "BI": "liberation/LiberationSansNarrow-BoldItalic.ttf"},
    body_size=8.2,
    table_size=7.6,
    table_mode="ledger",
    negative="paren",
    dollar="attached",
    zero=EM_DASH,
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (continued)",
    title_align="C",
    unit_align="C",
    title_upper=False,
    head_align="C",
    head_style="B",
    toc_style="dots",
    heading_kind="ruled",
    heading_upper=True,
    unit_italic=True,
    title_size_add=1.0,
    accent=NAVY,
    tint=(232, 236, 244),
    hairline=(200, 204, 214),
    margin_l=20, margin_r=20, margin_t=17, margin_b=18,
    unit_pos="line",
    small_caps=False,
    head_fill=NAVY,
)

TOC = [
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 2. Properties", "item2", 1),
    ("Item 3. Legal Proceedings", "item3", 1),
    ("PART II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
     "Securities", "item5", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "item7a", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Consolidated Statements of Earnings", "is", 2),
    ("Consolidated Balance Sheets", "bs", 2),
    ("Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Consolidated Financial Statements", "notes", 2),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART III AND PART IV", "part3", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
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
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.6,
             align="C", gap=0.6)
    doc.para("For the fiscal year ended June 30, 2026", style="B", size=8.6, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C")
    doc.para("Commission File Number 001-33918", size=7.6, align="C")
    doc.ln(3)
    doc.body("B", 15)
    doc.cell(doc.width, 8, "CORRISAND AEROSPACE & DEFENSE, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 7.4)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State or other jurisdiction of incorporation", ["=Delmarre"]),
        R("I.R.S. Employer Identification No.", ["=38-4417720"]),
        R("Address of principal executive offices", ["=2900 Ridgeway Hangar Drive, Vellamy Point, Delmarre 29811"]),
        R("Registrant's telephone number", ["=(843) 555-0149"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=66, size=7.0)
    rows = [R("Common Stock, par value $0.01 per share", ["=CRSD", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=66, size=7.0)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required by Section 13 or 15(d) "
             "of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to such "
             "filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer [X]. Shell company "
             "[  ].", size=7.4)
    doc.para("The aggregate market value of common stock held by non-affiliates as of December 31, 2025 was "
             "approximately $6.4 billion. As of August 7, 2026, 48,113,902 shares of common stock were outstanding.",
             size=7.4)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 7, "TABLE OF CONTENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Cautionary Statement Regarding Forward-Looking Statements", 2, keep=30)
    doc.para("This report contains forward-looking statements about program awards, backlog conversion, production "
             "rates, margins, capital deployment and liquidity. They rest on assumptions about government budgets and "
             "appropriations, continuing resolutions, the timing of contract definitization, supplier performance, "
             "commercial aircraft build rates and labor availability. Actual results may differ materially, and we "
             "assume no duty to revise these statements except as the law requires.")


def part1(doc: Doc) -> None:
    doc.new_page()
    doc.section = "item1"
    doc.heading("Part I", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Business", 2, anchor="item1")
    doc.para("Corrisand Aerospace & Defense, Inc. designs, builds and supports airborne sensing, secure "
             "communications and structural assemblies for defense departments, prime contractors and commercial "
             "airframe makers. Our fiscal year ends on June 30; references to fiscal 2026 mean the twelve months ended "
             "June 30, 2026. We report three segments:")
    doc.bullets([
        "Mission Systems develops radar and electro-optical payloads, tactical data links and mission computers, "
        "mostly under long-duration development and low-rate production contracts.",
        "Aerostructures machines and assembles fuselage panels, engine nacelle components, wing ribs and composite "
        "control surfaces for military transports, rotorcraft and single-aisle commercial aircraft.",
        "Sustainment Services provides depot maintenance, spares provisioning, field engineering and training "
        "simulators, generally under multi-year time-and-material or fixed-price-per-hour arrangements.",
    ])
    doc.heading("Customers and contract types", 3)
    doc.para("The U.S. government, acting directly or through prime contractors, is our largest customer. Revenue "
             "from the U.S. government was {rev.usg.2026:d1} million in fiscal 2026, and revenue from commercial "
             "and international customers was {rev.oth.2026:d1} million. Fixed-price contracts carry more cost "
             "risk than cost-reimbursable contracts, on which we recover allowable costs plus a fee.")
    doc.heading("Backlog", 3)
    doc.para("Backlog is the revenue we expect to recognize on firm orders. Funded backlog is the portion for which "
             "the customer has appropriated and obligated money; unfunded backlog consists of firm orders on "
             "multi-year contracts that still await incremental funding, and excludes unexercised options and "
             "indefinite-delivery contract ceilings. We expect to convert about {bkl.next12:d1} million of the "
             "June 30, 2026 backlog into revenue during fiscal 2027.")
    doc.heading("Human capital", 3)
    doc.para("At June 30, 2026 we employed {mda.headcount:n0} people, of whom {mda.cleared:n0} held government "
             "security clearances. Roughly a fifth of our production workforce is represented by unions under "
             "agreements that expire at various dates through fiscal 2029.")
    doc.section = "item1a"
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=30)
    doc.para("Our business depends on defense spending that is subject to annual appropriation and political "
             "change; a prolonged continuing resolution or a shutdown could delay new starts and payments. "
             "Fixed-price development work may produce losses if estimates of cost to complete prove too low. "
             "Commercial aerostructures volumes depend on aircraft build rates set by a few customers. Shortages of "
             "castings, forgings, microelectronics and skilled machinists could disrupt deliveries. We also face "
             "cybersecurity threats, export-control obligations and the risk of suspension or debarment.")
    doc.section = "item2"
    doc.heading("Item 2. Properties", 2, anchor="item2", keep=30)
    doc.para("We operate 23 principal facilities with about 6.1 million square feet, of which we own 14. Our largest "
             "sites are the Vellamy Point engineering campus, the Tarrand Flats aerostructures plant and the Osgood "
             "Field depot. We believe our facilities are adequate for current needs.")
    doc.section = "item3"
    doc.heading("Item 3. Legal Proceedings", 2, anchor="item3", keep=24)
    doc.para("From time to time we are subject to government audits, investigations and claims arising in the "
             "ordinary course of business. We do not expect pending matters to have a material adverse effect.")


def part2(doc: Doc) -> None:
    doc.section = "item5"
    doc.heading("Part II", 1, anchor="part2", keep=60)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 2, anchor="item5", keep=60)
    doc.para("Our common stock trades on the New York Stock Exchange under the symbol CRSD. The table below covers "
             "repurchases in the fourth quarter of fiscal 2026 under the $1.5 billion program the board approved in "
             "August 2024.")
    doc.section = "repo"
    rows = []
    for m, label in (("apr", "April 1 \u2013 April 30, 2026"), ("may", "May 1 \u2013 May 31, 2026"),
                     ("jun", "June 1 \u2013 June 30, 2026")):
        rows.append(R(label, [f"rep.shares.{m}", f"rep.price.{m}", f"rep.shares.{m}", f"rep.remaining.{m}"],
                      ["n0", "n2", "n0", "n1"]))
    rows.append(R("Total fourth quarter", ["rep.shares.q4", "rep.price.q4", "rep.shares.q4", None],
                  ["n0", "n2", "n0", "n1"], kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased", "Average\nPrice Paid\n"
              "per Share ($)", "Shares Bought\nUnder Publicly\nAnnounced Plan", "Approximate\nValue Remaining\n"
              "($ in millions)"], rows, label_w=52)
    doc.para("During fiscal 2026 as a whole we repurchased {sh.repo.2026:n1} million shares.")

    doc.new_page()
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=60)
    doc.heading("Overview", 3)
    doc.para("Revenue grew {chg.rev.2026:p1} in fiscal 2026, after {chg.rev.2025:p1} in fiscal 2025, led by "
             "low-rate production of the Kestrel-band airborne radar and higher nacelle deliveries. Operating margin "
             "was {mda.margin.2026:p1}, compared with {mda.margin.2025:p1} a year earlier, as Mission Systems "
             "retired risk on two development programs. Our effective tax rate was {mda.rate.2026:p1}.")
    doc.section = "mda_seg"
    doc.heading("Segment results", 3, keep=90)
    rows = []
    for g, name in SEGS:
        rows.append(R(name, kind="head"))
        rows.append(R("Revenue", yrs(f"seg.rev.{g}"), indent=1))
        rows.append(R("Operating income", yrs(f"seg.oi.{g}"), indent=1))
        rows.append(R("Operating margin", yrs(f"seg.margin.{g}"), "p1", indent=1))
    doc.table("Segment Operating Results", YCOLS, rows, groups=FY, unit="(dollars in millions)", label_w=70)
    doc.section = "mda_bkl"
    doc.heading("Orders and backlog", 3, keep=90)
    doc.para("Orders are the value of firm contract awards and modifications booked in the period. Backlog rolls "
             "forward as opening backlog plus orders less revenue recognized.")
    rows = [R(name, [f"ord.{g}.2026", f"ord.{g}.2025", f"bkl.total.{g}.2026", f"bkl.total.{g}.2025"])
            for g, name in SEGS]
    rows.append(R("Total", ["ord.total.2026", "ord.total.2025", "bkl.total.all.2026", "bkl.total.all.2025"],
                  kind="total", dollar=True))
    doc.table("Orders and Total Backlog by Segment", ["2026", "2025", "2026", "2025"], rows,
              groups=[[("Orders", 0, 2), ("Total Backlog", 2, 2)],
                      [("Fiscal Year", 0, 2), ("At June 30", 2, 2)]], unit=MIL, label_w=60)
    rows = []
    for g, name in SEGS:
        rows.append(R(name, [f"bkl.{c}.{g}.{y}" for y in cd.BS_YEARS for c in ("funded", "unfunded")]))
    rows.append(R("Total", [f"bkl.{c}.all.{y}" for y in cd.BS_YEARS for c in ("funded", "unfunded")],
                  kind="total", dollar=True))
    doc.table("Funded and Unfunded Backlog", ["Funded", "Unfunded", "Funded", "Unfunded"], rows,
              groups=[("June 30, 2026", 0, 2), ("June 30, 2025", 2, 2)], unit=MIL, label_w=60)
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("We ended fiscal 2026 with cash and cash equivalents of {bs.cash.2026:d1} million. Our "
             "{debt.rcf_commit:d1} million revolving credit facility was undrawn at June 30, 2026; after "
             "{debt.rcf_lc:d1} million of letters of credit, {debt.rcf_avail:d1} million was available. In "
             "February 2026 we issued 6.05% senior notes due 2034 and used the proceeds, with cash on hand, to "
             "retire the 3.875% notes at maturity.")
    doc.para("Free cash flow, which we define as net cash from operating activities less capital expenditures, was "
             "{fcf.2026:d1} million in fiscal 2026 compared with {fcf.2025:d1} million in fiscal 2025.")
    doc.section = "mda_est"
    doc.heading("Critical accounting estimates", 3, keep=30)
    doc.para("Most of our revenue is recognized over time using the ratio of costs incurred to total estimated costs. "
             "Estimates of cost at completion require judgments about labor productivity, material prices, "
             "subcontractor performance and award fees; revisions are recognized on a cumulative catch-up basis.")
    doc.section = "item7a"
    doc.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item7a", keep=30)
    doc.para("Our term loan bears a floating rate; a one percentage point change would change annual interest "
             "expense by about $4.5 million. Foreign currency exposure arises mainly from our Tarrand Flats "
             "subsidiary's sterling-denominated costs.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=60)
    doc.anchor("is")
    rows = [
        R("Revenue:", kind="head"),
        R("Products", yrs("is.product"), indent=1, dollar=True),
        R("Services", yrs("is.service"), indent=1),
        R("Total revenue", yrs("is.rev"), kind="sub"),
        R("Costs and expenses:", kind="head"),
        R("Cost of products", yrs("is.cost_product"), indent=1),
        R("Cost of services", yrs("is.cost_service"), indent=1),
        R("General and administrative expenses", yrs("is.ga"), indent=1),
        R("Company-funded research and development", yrs("is.rd"), indent=1),
        R("Amortization of acquired intangible assets", yrs("is.amort"), indent=1),
        R("Total costs and expenses", yrs("is.costs"), kind="sub"),
        R("Operating income", yrs("is.oi"), kind="sub"),
        R("Interest expense, net", yrs("is.int_exp")),
        R("Other income (expense), net", yrs("is.other")),
        R("Earnings before income taxes", yrs("is.pretax"), kind="sub"),
        R("Income tax expense", yrs("is.tax")),
        R("Net earnings", yrs("is.ni"), kind="total", dollar=True),
        R("Earnings per share:", kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding:", kind="head"),
        R("Basic", yrs("is.shares_basic"), "n1", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n1", indent=1),
        R("Cash dividends declared per share", yrs("is.dps"), "n2", dollar=True),
    ]
    doc.table("Consolidated Statements of Earnings", YCOLS, rows, groups=FY, unit=MIL_PS, label_w=90, keep=True)
    doc.section = "CI"
    rows = [
        R("Net earnings", yrs("ci.ni"), dollar=True),
        R("Other comprehensive income (loss), net of tax: foreign currency translation adjustments",
          yrs("ci.oci")),
        R("Comprehensive income", yrs("ci.total"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Comprehensive Income", YCOLS, rows, groups=FY, unit=MIL, label_w=90)

    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    ys = list(cd.BS_YEARS)

    def d(prefix: str) -> list[str]:
        return [f"{prefix}.{y}" for y in ys]

    rows = [
        R("Assets", kind="head"),
        R("Cash and cash equivalents", d("bs.cash"), indent=1, dollar=True),
        R("Accounts receivable, net", d("bs.rec"), indent=1),
        R("Contract assets", d("bs.ca"), indent=1),
        R("Inventories", d("bs.inv"), indent=1),
        R("Prepaid expenses and other current assets", d("bs.other_ca"), indent=1),
        R("Total current assets", d("bs.cas"), kind="sub"),
        R("Property, plant and equipment, net", d("bs.ppe"), indent=1),
        R("Goodwill", d("bs.gw"), indent=1),
        R("Intangible assets, net", d("bs.intang"), indent=1),
        R("Other noncurrent assets", d("bs.other_a"), indent=1),
        R("Total assets", d("bs.assets"), kind="total", dollar=True),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Current portion of long-term debt", d("bs.debt_cur"), indent=1, dollar=True),
        R("Accounts payable", d("bs.ap"), indent=1),
        R("Contract liabilities", d("bs.cl"), indent=1),
        R("Accrued compensation and other current liabilities", d("bs.accrued"), indent=1),
        R("Total current liabilities", d("bs.cls"), kind="sub"),
        R("Long-term debt, net of current portion and unamortized issuance costs", d("bs.debt_lt"), indent=1),
        R("Pension, deferred taxes and other noncurrent liabilities", d("bs.other_l"), indent=1),
        R("Total liabilities", d("bs.liab"), kind="sub"),
        R("Stockholders' equity:", kind="head"),
        R("Common stock, $0.01 par value", d("bs.cs"), indent=1),
        R("Additional paid-in capital", d("bs.apic"), indent=1),
        R("Retained earnings", d("bs.re"), indent=1),
        R("Accumulated other comprehensive loss", d("bs.aoci"), indent=1),
        R("Treasury stock, at cost", d("bs.treasury"), indent=1),
        R("Total stockholders' equity", d("bs.equity"), kind="sub"),
        R("Total liabilities and stockholders' equity", d("bs.le"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", BS_COLS, rows, unit=MIL, label_w=110, keep=True)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    asc = tuple(sorted(cd.YEARS))  # oldest year first in this statement only
    cols = [str(y) for y in asc]

    def a(prefix: str) -> list[str]:
        return yrs(prefix, asc)

    rows = [
        R("Operating activities", kind="head"),
        R("Net earnings", a("cf.ni"), indent=1, dollar=True),
        R("Adjustments to reconcile net earnings to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation", a("cf.dep"), indent=2),
        R("Amortization of acquired intangible assets", a("cf.amort"), indent=2),
        R("Stock-based compensation", a("cf.sbc"), indent=2),
        R("Amortization of debt issuance costs", a("cf.debt_amort"), indent=2),
        R("Changes in assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", a("cf.rec"), indent=2),
        R("Contract assets", a("cf.ca"), indent=2),
        R("Inventories", a("cf.inv"), indent=2),
        R("Prepaid expenses and other current assets", a("cf.other_ca"), indent=2),
        R("Other noncurrent assets", a("cf.other_a"), indent=2),
        R("Accounts payable", a("cf.ap"), indent=2),
        R("Contract liabilities", a("cf.cl"), indent=2),
        R("Accrued compensation and other current liabilities", a("cf.accrued"), indent=2),
        R("Pension, deferred taxes and other noncurrent liabilities", a("cf.other_l"), indent=2),
        R("Net cash provided by operating activities", a("cf.cfo"), kind="sub"),
        R("", [], kind="break"),
        R("Investing activities", kind="head"),
        R("Capital expenditures", a("cf.capex"), indent=1),
        R("Acquisitions of businesses, net of cash acquired", a("cf.acq"), indent=1),
        R("Net cash used in investing activities", a("cf.cfi"), kind="sub"),
        R("Financing activities", kind="head"),
        R("Proceeds from issuance of long-term debt", a("cf.proceeds"), indent=1),
        R("Repayments of long-term debt", a("cf.repay"), indent=1),
        R("Debt issuance costs paid", a("cf.debt_costs"), indent=1),
        R("Cash dividends paid", a("cf.div"), indent=1),
        R("Repurchases of common stock", a("cf.repo"), indent=1),
        R("Net cash used in financing activities", a("cf.cff"), kind="sub"),
        R("Effect of exchange rate changes on cash and cash equivalents", a("cf.fx")),
        R("Net increase (decrease) in cash and cash equivalents", a("cf.change"), kind="sub"),
        R("Cash and cash equivalents at beginning of year", a("cf.begin")),
        R("Cash and cash equivalents at end of year", a("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", cols, rows, groups=FY, unit=MIL, label_w=100,
              notes=["Supplemental information: cash paid in fiscal 2026 for interest was {cf.int_paid.2026:d1} "
                     "million and for income taxes {cf.tax_paid.2026:d1} million."])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes", keep=50)
    doc.heading("Note 1. Summary of Significant Accounting Policies", 3)
    doc.para("The consolidated financial statements include Corrisand Aerospace & Defense, Inc. and its wholly owned "
             "subsidiaries. Our fiscal year ends June 30. Revenue on most contracts is recognized over time as we "
             "incur costs, because the customer controls the work in process or the asset has no alternative use "
             "and we have a right to payment for work performed.")
    doc.section = "note_rev"
    doc.heading("Note 2. Revenue", 3, keep=60)
    rows = [
        R("Fixed-price contracts", yrs("rev.fixed"), dollar=True),
        R("Cost-reimbursable contracts", yrs("rev.cost")),
        R("Total revenue", yrs("rev.ctype.total"), kind="total", dollar=True),
    ]
    doc.table("Revenue by Contract Type", YCOLS, rows, groups=FY, unit=MIL, label_w=90)
    doc.section = "note_cx"
    doc.heading("Note 3. Contract Assets and Contract Liabilities", 3, keep=60)
    doc.para("Contract assets are revenue recognized in excess of billings, mostly on contracts with milestone or "
             "performance-based payments. Contract liabilities are advances and billings in excess of revenue. "
             "During fiscal 2026 we recognized {cx.rec_from_cl:d1} million of revenue that was included in contract "
             "liabilities at June 30, 2025.")
    rows = [
        R("Contract assets", [f"cx.ca.{y}" for y in cd.BS_YEARS], dollar=True),
        R("Contract liabilities", [f"cx.cl.{y}" for y in cd.BS_YEARS]),
        R("Net contract assets", [f"cx.net.{y}" for y in cd.BS_YEARS], kind="total", dollar=True),
    ]
    doc.table("Net Contract Assets", BS_COLS, rows, unit=MIL, label_w=90)
    doc.section = "note_debt"
    doc.heading("Note 4. Debt", 3, keep=80)
    rows = [
        R("Term loan A due fiscal 2029 (floating rate)", [f"debt.tla.{y}" for y in cd.BS_YEARS], dollar=True),
        R("3.875% senior notes due February 2026", [f"debt.n26.{y}" for y in cd.BS_YEARS]),
        R("4.10% senior notes due October 2027", [f"debt.n28.{y}" for y in cd.BS_YEARS]),
        R("5.35% senior notes due March 2030", [f"debt.n30.{y}" for y in cd.BS_YEARS]),
        R("6.05% senior notes due February 2034", [f"debt.n34.{y}" for y in cd.BS_YEARS]),
        R("Total principal", [f"debt.principal.{y}" for y in cd.BS_YEARS], kind="sub"),
        R("Unamortized debt issuance costs", [f"debt.costs.{y}" for y in cd.BS_YEARS]),
        R("Total debt", [f"debt.total.{y}" for y in cd.BS_YEARS], kind="sub"),
        R("Less current portion", [f"debt.cur.{y}" for y in cd.BS_YEARS]),
        R("Long-term debt", [f"debt.lt.{y}" for y in cd.BS_YEARS], kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", BS_COLS, rows, unit=MIL, label_w=100)
    doc.para("Scheduled principal payments by fiscal year at June 30, 2026:")
    keys = ["2027", "2028", "2029", "2030", "2031", "after", "total"]
    doc.table(None, ["2027", "2028", "2029", "2030", "2031", "There-\nafter", "Total"],
              [R("Principal due", [f"debt.mat.{k}" for k in keys], "n1", dollar=True)], unit=MIL, label_w=34)
    doc.section = "note_seg"
    doc.heading("Note 5. Segment Information", 3, keep=80)
    doc.para("Our chief executive officer allocates resources on the basis of segment revenue and operating income. "
             "Corporate expense includes unallocated pension costs, amortization of acquired intangibles and "
             "headquarters functions.")
    rows = [R("Revenue:", kind="head")]
    rows += [R(name, yrs(f"seg.rev.{g}"), indent=1, dollar=(g == "mis")) for g, name in SEGS]
    rows.append(R("Total revenue", yrs("seg.rev.total"), kind="total", dollar=True))
    rows.append(R("Operating income:", kind="head"))
    rows += [R(name, yrs(f"seg.oi.{g}"), indent=1, dollar=(g == "mis")) for g, name in SEGS]
    rows.append(R("Corporate and unallocated expense, including amortization of acquired intangibles",
                  yrs("seg.oi.corp"), indent=1))
    rows.append(R("Total operating income", yrs("seg.oi.total"), kind="total", dollar=True))
    doc.table("Segment Revenue and Operating Income", YCOLS, rows, groups=FY, unit=MIL, label_w=90)
    doc.section = "note_eq"
    doc.heading("Note 6. Stockholders' Equity", 3, keep=30)
    doc.para("The board raised the quarterly dividend to $0.52 per share in August 2026. Shares repurchased are held "
             "in treasury. Stock-based compensation consists of restricted stock units and performance share units "
             "that vest over three years.")
    doc.section = "item9a"
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=30)
    doc.para("Management concluded that our disclosure controls and procedures and our internal control over "
             "financial reporting were effective as of June 30, 2026. Our independent registered public accounting "
             "firm, Haldane Voss LLP, issued an unqualified opinion on internal control over financial reporting.")
    doc.section = "part3"
    doc.heading("Part III and Part IV", 1, anchor="part3", keep=40)
    doc.para("Information required by Items 10 through 14 is incorporated by reference from our proxy statement for "
             "the 2026 annual meeting of stockholders.")
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 2, anchor="item15", keep=30)
    doc.para("The financial statements in Item 8 are filed as part of this report. Exhibits include the indentures "
             "for our senior notes, the credit agreement, executive compensation plans, subsidiaries of the "
             "registrant, the auditor's consent, certifications and Inline XBRL files.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on August 14, 2026.")
    doc.para("CORRISAND AEROSPACE & DEFENSE, INC.\n/s/ Marguerite O. Szalai-Ferrand, Chair and Chief Executive "
             "Officer\n/s/ Dashiell K. Anyanwu, Executive Vice President and Chief Financial Officer", align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K FY2026")
    doc.toc_labels = toc_labels
    doc.total_pages = total
    doc.add_page()
    cover(doc)
    front(doc)
    part1(doc)
    part2(doc)
    statements(doc)
    notes(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = cd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
