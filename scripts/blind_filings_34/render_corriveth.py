"""Render the Corriveth Constructors Group, Inc. Form 10-K for the fiscal year ended December 31, 2025.

House style: Liberation Sans text with DejaVu Serif Condensed tables in the "ledger" mode (head block reversed out of
a slate-blue band, a hairline under every row, a single rule over subtotals and a double rule under totals), "$" on
first and total rows, negatives in parentheses, an em dash for zero, units set in the stub corner of the head block
("Amounts in $000s, except per-share figures"), left-aligned titles, level-one headings beside an accent bar, a
contents page with period leaders, " (cont'd)" after carried-over titles and "Page N" footers counted from the cover.
Statements put "Fiscal Year" over the year sub-columns; the backlog roll-forward sets one block per year with the
segments as columns; the contract-type table puts percent-of-revenue cells beside the amounts.
"""

from __future__ import annotations

from decimal import Decimal

import corriveth_data as cd
from pdf_layout import EM_DASH, Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n0", **kw: object) -> Row:
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Corriveth Constructors Group, Inc."
DOC_NAME = "CORRIVETH_FY2025_10K"
SLATE = (44, 62, 110)
UNIT = "Amounts in $000s"
UNIT_PS = "Amounts in $000s, except per-share figures"
YEAR_HEAD = [("Fiscal Year", 0, 3)]
YCOLS = ["2025", "2024", "2023"]
BS_COLS = ["Dec. 31,\n2025", "Dec. 31,\n2024"]
SEGS = list(cd.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSans", "", 6.8)
    doc.set_text_color(*SLATE)
    doc.set_xy(doc.l_margin, 8.6)
    doc.cell(doc.width, 4, "CORRIVETH CONSTRUCTORS GROUP, INC. \u00b7 2025 FORM 10-K", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("LiberationSans", "", 7.4)
    doc.set_text_color(40, 40, 40)
    doc.set_xy(doc.l_margin, doc.h - 12.2)
    doc.cell(doc.width, 4, f"Page {label}", align="R")


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="DejaVuSerifCondensed",
    table_files={"": "dejavu/DejaVuSerifCondensed.ttf", "B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSerifCondensed-Italic.ttf", "BI": "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"},
    body_size=8.6,
    table_size=7.4,
    table_mode="ledger",
    negative="paren",
    dollar="attached",
    zero=EM_DASH,
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (cont'd)",
    title_align="L",
    unit_align="L",
    title_upper=False,
    head_align="C",
    head_style="B",
    toc_style="dots",
    heading_kind="bar",
    heading_upper=True,
    unit_italic=True,
    title_size_add=1.0,
    accent=SLATE,
    tint=(228, 232, 242),
    hairline=(196, 202, 220),
    margin_l=20, margin_r=20, margin_t=17, margin_b=19,
    unit_pos="stub",
    small_caps=False,
    head_fill=SLATE,
)

TOC = [
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("PART II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
     "Securities", "item5", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Consolidated Statements of Operations", "is", 2),
    ("Consolidated Balance Sheets", "bs", 2),
    ("Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Consolidated Financial Statements", "notes", 2),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART IV", "part4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "signatures", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = cd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def dts(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in cd.DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 22)
    doc.set_text_color(*SLATE)
    doc.cell(doc.width, 10, "Form 10-K", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=7.6,
             align="L", gap=0.6)
    doc.para("For the fiscal year ended December 31, 2025", style="B", size=8.8, align="L")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="L")
    doc.para("Commission File Number 001-41682", size=7.6, align="L")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, COMPANY, align="L", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.6)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="L", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State or other jurisdiction of incorporation", ["=Ostmarrow"]),
        R("I.R.S. Employer Identification No.", ["=47-2918634"]),
        R("Principal executive offices", ["=1800 Quarrystone Parkway, Velden Falls, Ostmarrow 74116"]),
        R("Registrant's telephone number", ["=(918) 555-0162"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=66, size=7.4)
    rows = [R("Class A common stock, $0.01 par value", ["=CVCG", "=Nasdaq Global Select Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=66, size=7.4)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required by Section 13 or 15(d) "
             "of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to such "
             "filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer [X]. Shell company "
             "[  ].", size=7.4)
    doc.para("As of February 6, 2026, 52,184,317 shares of Class A common stock were outstanding. Portions of the "
             "definitive proxy statement for the 2026 annual meeting of stockholders are incorporated by reference "
             "into Part III.", size=7.4)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*SLATE)
    doc.cell(doc.width, 7, "INDEX", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("A note about forward-looking statements", 3, keep=30)
    doc.para("This report includes forward-looking statements about backlog conversion, the timing of awards, "
             "project margins, government appropriations, commodity and labor costs and our capital allocation. "
             "They rely on assumptions about client funding, permitting, weather, subcontractor performance and "
             "interest rates, and actual outcomes may differ materially from those we describe.")


def part1(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 1, anchor="part1", keep=40)
    doc.heading("Item 1. Business", 2, anchor="item1", keep=40)
    doc.para("Corriveth Constructors Group, Inc. plans, designs and builds physical assets for public agencies, "
             "utilities and industrial owners. We report three segments. Infrastructure delivers highways, bridges, "
             "transit stations and water-treatment works, chiefly under fixed-price and unit-price contracts with "
             "state and municipal agencies. Energy Transition engineers and constructs grid interconnections, "
             "battery storage yards, hydrogen-ready compression and carbon-capture retrofits for utilities and "
             "process owners. Government Services provides base operations, facility maintenance and program "
             "management to federal civilian and defense agencies under cost-reimbursable task orders.")
    doc.para("At December 31, 2025 we employed {hc.employees:n0} people, of whom {hc.craft:n0} were craft "
             "professionals, and were executing {ops.projects:n0} active projects and task orders.")
    doc.heading("Backlog", 3, keep=30)
    doc.para("Backlog is the revenue we expect to recognize from signed contracts and funded task orders. It equals "
             "our remaining performance obligations, except that unexercised options and unfunded ceiling amounts "
             "are excluded. We expect to recognize roughly {bl.next12:p1} of year-end backlog as revenue during "
             "2026.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=30)
    doc.bullets([
        "Cost overruns on fixed-price contracts reduce our margins and can turn a project into a loss.",
        "Public funding depends on legislative appropriations that may be delayed, reduced or redirected.",
        "Backlog may not convert to revenue when clients cancel, suspend or rescope work.",
        "Our credit agreement bears floating interest and contains leverage and coverage covenants.",
        "Skilled craft labor shortages may delay schedules and raise wage costs.",
    ])


def item5(doc: Doc) -> None:
    doc.new_page()
    doc.section = "item5"
    doc.heading("PART II", 1, anchor="part2", keep=40)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 2, anchor="item5", keep=70)
    doc.para("Our Class A common stock is listed on the Nasdaq Global Select Market under the symbol CVCG. The "
             "board's repurchase authorization has no expiration date. Purchases in the fourth quarter of 2025 "
             "were as follows:")
    doc.section = "repo"
    rows = []
    for i, (m, name) in enumerate(cd.MONTHS.items()):
        rows.append(R(name, [f"rep.shares.{m}", f"rep.price.{m}", f"rep.prog.{m}", f"rep.remaining.{m}"],
                      ["n0", "n2", "n0", "n0"], dollar=i == 0))
    rows.append(R("Fourth quarter, combined", ["rep.shares.total", "rep.price.total", "rep.prog.total", None],
                  ["n0", "n2", "n0", "n0"], kind="total", dollar=True))
    doc.table("Issuer Purchases of Equity Securities", ["Total number\nof shares\npurchased",
                                                        "Average\nprice paid\nper share",
                                                        "Shares bought\nunder publicly\nannounced plan",
                                                        "Approx. value\nstill available\n($000s) (1)"],
              rows, stub="Period", money=[False, True, False, True], label_w=54, notes=[
                  "(1) The authorization had approximately ${rep.remaining.sep:n0} thousand available at September "
                  "30, 2025."])


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=60)
    doc.para("Revenue rose {chg.rev.2025:p1} in 2025, led by Energy Transition, where grid interconnection and "
             "storage work ramped up on several large awards booked in 2024. Infrastructure grew with transit and "
             "water programs, and Government Services was steady as recompetes converted at similar scope.")
    doc.section = "mda_bl"
    doc.heading("Backlog and bookings", 3, keep=40)
    doc.para("We measure bookings through the book-to-bill ratio, new awards divided by revenue recognized. "
             "Consolidated book-to-bill was {bl.btb.2025:n2} in 2025 and {bl.btb.2024:n2} in 2024; Energy Transition "
             "alone reached {bl.btb.energy.2025:n2}. Cancellations and adjustments include descoped work, "
             "terminations for convenience, foreign exchange and the effect of revised estimates of unit quantities.")
    rows = []
    for y in (2025, 2024):
        rows.append(R(f"Year ended December 31, {y}", kind="head"))
        rows.append(R("Backlog, beginning of year", [f"bl.begin.{g}.{y}" for g in cd.SEGMENTS]
                      + [f"bl.begin.total.{y}"], indent=1, dollar=True))
        rows.append(R("New awards", [f"bl.awards.{g}.{y}" for g in cd.SEGMENTS] + [f"bl.awards.total.{y}"],
                      indent=1))
        rows.append(R("Revenue recognized", [f"bl.rev.{g}.{y}" for g in cd.SEGMENTS] + [f"bl.rev.total.{y}"],
                      indent=1))
        rows.append(R("Cancellations and adjustments (a)", [f"bl.adj.{g}.{y}" for g in cd.SEGMENTS]
                      + [f"bl.adj.total.{y}"], indent=1))
        rows.append(R("Backlog, end of year", [f"bl.end.{g}.{y}" for g in cd.SEGMENTS] + [f"bl.end.total.{y}"],
                      kind="total", dollar=True))
    doc.table("Backlog Roll-forward by Segment", ["Infra-\nstructure", "Energy\nTransition", "Government\nServices",
                                                  "All\nsegments"],
              rows, unit=UNIT, label_w=62, keep=True, notes=[
                  "(a) Net of scope increases on existing contracts; positive amounts are net additions."])
    doc.section = "mda_seg"
    doc.heading("Segment operating results", 3, keep=90)
    doc.para("Segment operating income excludes unallocated corporate costs and amortization of acquired "
             "intangible assets, which management does not assign to the segments.")
    rows = []
    for i, (g, name) in enumerate(SEGS):
        rows.append(R(name, kind="head"))
        rows.append(R("Revenue", yrs(f"seg.rev.{g}"), indent=1, dollar=i == 0))
        rows.append(R("Segment operating income", yrs(f"seg.oi.{g}"), indent=1))
        rows.append(R("Operating margin", yrs(f"seg.om.{g}"), "p1", indent=1))
    rows.append(R("Reconciliation to consolidated operating income", kind="head"))
    rows.append(R("Segment operating income, all segments", yrs("seg.oi.sum"), indent=1, kind="sub"))
    rows.append(R("Unallocated corporate expense", yrs("seg.corp"), indent=1))
    rows.append(R("Amortization of acquired intangibles", yrs("seg.amort"), indent=1))
    rows.append(R("Operating income, as reported", yrs("seg.oi.total"), kind="total", dollar=True))
    rows.append(R("Consolidated revenue", yrs("seg.rev.total"), kind="sub"))
    rows.append(R("Consolidated operating margin", yrs("seg.om.total"), "p1"))
    doc.table("Segment Revenue and Operating Income", YCOLS, rows, groups=YEAR_HEAD, unit=UNIT, label_w=76,
              keep=True)
    doc.section = "mda_ct"
    doc.heading("Revenue by contract type", 3, keep=60)
    rows = [R(name, [f"ct.{k}.2025", f"ct.pct.{k}.2025", f"ct.{k}.2024", f"ct.pct.{k}.2024"],
              ["n0", "p1", "n0", "p1"], dollar=i == 0, indent=1) for i, (k, name) in enumerate(cd.CONTRACTS.items())]
    rows.append(R("Revenue, all contract types", ["ct.total.2025", "ct.pct.total.2025", "ct.total.2024",
                                                  "ct.pct.total.2024"], ["n0", "p1", "n0", "p1"], kind="total",
                  dollar=True))
    doc.table("Revenue by Contract Type", ["$000s", "Share", "$000s", "Share"], rows,
              groups=[("Fiscal 2025", 0, 2), ("Fiscal 2024", 2, 2)], label_w=66)
    doc.section = "mda_liq"
    doc.heading("Liquidity", 3, keep=40)
    doc.para("We ended 2025 with cash and cash equivalents of {bs.cash.2025:d0} thousand and {rcf.avail:d0} thousand "
             "of undrawn revolver capacity after outstanding letters of credit. During 2025 we continued to "
             "repurchase shares and repaid term loan principal on schedule.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=40)
    doc.anchor("is")
    rows = [
        R("Revenue", yrs("is.rev"), dollar=True),
        R("Cost of revenue", yrs("is.cor")),
        R("Gross profit", yrs("is.gp"), kind="sub"),
        R("Selling, general and administrative expenses", yrs("is.sga")),
        R("Amortization of intangible assets", yrs("is.amort")),
        R("Operating income", yrs("is.oi"), kind="sub"),
        R("Interest expense", yrs("is.int")),
        R("Other income, net", yrs("is.oth")),
        R("Income before income taxes", yrs("is.pretax"), kind="sub"),
        R("Provision for income taxes", yrs("is.tax")),
        R("Net income", yrs("is.ni"), kind="total", dollar=True),
        R("Earnings per share:", kind="head"),
        R("Basic", yrs("is.eps_b"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_d"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding (in thousands):", kind="head"),
        R("Basic", yrs("is.sh_b"), indent=1),
        R("Diluted", yrs("is.sh_d"), indent=1),
    ]
    doc.table("Consolidated Statements of Operations", YCOLS, rows, groups=YEAR_HEAD, unit=UNIT_PS, label_w=88,
              keep=True)
    doc.section = "BS"
    doc.anchor("bs")
    rows = [
        R("ASSETS", kind="head"),
        R("Cash and cash equivalents", dts("bs.cash"), indent=1, dollar=True),
        R("Accounts receivable, net", dts("bs.ar"), indent=1),
        R("Contract assets", dts("bs.ca"), indent=1),
        R("Prepaid expenses and other current assets", dts("bs.prepaid"), indent=1),
        R("Current assets", dts("bs.tca"), kind="sub"),
        R("Property and equipment, net", dts("bs.ppe"), indent=1),
        R("Goodwill", dts("bs.gw"), indent=1),
        R("Intangible assets, net", dts("bs.intang"), indent=1),
        R("Other noncurrent assets", dts("bs.other_a"), indent=1),
        R("Total assets", dts("bs.assets"), kind="total", dollar=True),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", kind="head"),
        R("Accounts payable", dts("bs.ap"), indent=1, dollar=True),
        R("Accrued compensation", dts("bs.accrued"), indent=1),
        R("Contract liabilities", dts("bs.cl"), indent=1),
        R("Current maturities of long-term debt", dts("bs.curdebt"), indent=1),
        R("Other accrued liabilities", dts("bs.other_cl"), indent=1),
        R("Current liabilities", dts("bs.tcl"), kind="sub"),
        R("Long-term debt, less current maturities", dts("bs.ltd"), indent=1),
        R("Deferred income taxes", dts("bs.dtax"), indent=1),
        R("Other long-term liabilities", dts("bs.other_l"), indent=1),
        R("Liabilities", dts("bs.liab"), kind="sub"),
        R("Class A common stock", dts("bs.cs"), indent=1),
        R("Additional paid-in capital", dts("bs.apic"), indent=1),
        R("Retained earnings", dts("bs.re"), indent=1),
        R("Treasury stock, at cost", dts("bs.treasury"), indent=1),
        R("Accumulated other comprehensive loss", dts("bs.aoci"), indent=1),
        R("Stockholders' equity", dts("bs.equity"), kind="sub"),
        R("Total liabilities and stockholders' equity", dts("bs.le"), kind="total", dollar=True),
    ]
    doc.new_page()
    doc.table("Consolidated Balance Sheets", BS_COLS, rows, unit=UNIT, label_w=104, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", yrs("cf.ni"), indent=1, dollar=True),
        R("Depreciation", yrs("cf.dep"), indent=1),
        R("Amortization of intangible assets", yrs("cf.amort"), indent=1),
        R("Deferred income taxes", yrs("cf.dtax"), indent=1),
        R("Stock-based compensation", yrs("cf.sbc"), indent=1),
        R("Amortization of debt issuance costs", yrs("cf.dcost"), indent=1),
        R("Accounts receivable", yrs("cf.ar"), indent=1),
        R("Contract assets", yrs("cf.ca"), indent=1),
        R("Prepaid expenses and other current assets", yrs("cf.prepaid"), indent=1),
        R("Other noncurrent assets", yrs("cf.other_a"), indent=1),
        R("Accounts payable", yrs("cf.ap"), indent=1),
        R("Accrued compensation", yrs("cf.accrued"), indent=1),
        R("Contract liabilities", yrs("cf.cl"), indent=1),
        R("Other liabilities", yrs("cf.other_l"), indent=1),
        R("Cash from operating activities", yrs("cf.cfo"), kind="sub"),
        R("", [], kind="break"),
        R("Investing activities", kind="head"),
        R("Purchases of property and equipment", yrs("cf.capex"), indent=1),
        R("Proceeds from sales of equipment", yrs("cf.sale"), indent=1),
        R("Acquisitions, net of cash acquired", yrs("cf.acq"), indent=1),
        R("Cash used in investing activities", yrs("cf.cfi"), kind="sub"),
        R("Financing activities", kind="head"),
        R("Borrowings under revolving credit facility", yrs("cf.rborrow"), indent=1),
        R("Repayments under revolving credit facility", yrs("cf.rrepay"), indent=1),
        R("Repayments of term loan", yrs("cf.trepay"), indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), indent=1),
        R("Cash dividends paid", yrs("cf.div"), indent=1),
        R("Taxes paid on net share settlement of equity awards", yrs("cf.taxw"), indent=1),
        R("Cash used in financing activities", yrs("cf.cff"), kind="sub"),
        R("Net change in cash and cash equivalents", yrs("cf.change"), kind="sub"),
        R("Cash and cash equivalents, beginning of year", yrs("cf.begin")),
        R("Cash and cash equivalents, end of year", yrs("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", YCOLS, rows, groups=YEAR_HEAD, unit=UNIT, label_w=92)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes", keep=50)
    doc.heading("Note 1. Summary of significant accounting policies", 3, keep=30)
    doc.para("We recognize revenue over time as work is performed, measuring progress by costs incurred relative to "
             "total estimated costs. Changes in estimates are recognized on a cumulative catch-up basis. Anticipated "
             "losses on contracts are recorded in full in the period they become probable.")
    doc.section = "note_cab"
    doc.heading("Note 4. Contract assets and contract liabilities", 3, keep=60)
    doc.para("Contract assets are revenue recognized in excess of billings, including retainage not yet billable. "
             "Contract liabilities are billings and advance payments in excess of revenue recognized. During 2025 "
             "we recognized {cab.rec_from_cl:d0} thousand of revenue that was included in contract liabilities at "
             "the beginning of the year.")
    rows = [
        R("Contract assets", dts("cab.ca"), dollar=True),
        R("Contract liabilities", dts("cab.cl")),
        R("Net contract position *", dts("cab.net"), kind="total", dollar=True),
    ]
    doc.table("Contract Balances", BS_COLS, rows, unit=UNIT, label_w=80, col_w=34,
              notes=["* Contract assets less contract liabilities."])
    doc.section = "note_debt"
    doc.heading("Note 6. Debt", 3, keep=70)
    doc.para("Our credit agreement provides a {rcf.size:d0} thousand revolving credit facility and a term loan A, "
             "both maturing in 2029. At December 31, 2025 the revolver bore interest at {rcf.rate:p2} and the term "
             "loan at {tl.rate:p2}; letters of credit of {rcf.lc:d0} thousand reduced revolver availability.")
    rows = [
        R("Revolving credit facility", dts("debt.rev"), dollar=True),
        R("Term loan A", dts("debt.tl")),
        R("Unamortized debt issuance costs", dts("debt.cost")),
        R("Total debt", dts("debt.total"), kind="sub"),
        R("Less: current maturities", dts("debt.cur")),
        R("Long-term debt", dts("debt.lt"), kind="total", dollar=True),
    ]
    doc.table("Components of Debt", BS_COLS, rows, unit=UNIT, label_w=80, col_w=34)
    rows = [R(f"{yr}", [f"mat.y{yr}"], dollar=yr == 2026) for yr in (2026, 2027, 2028, 2029, 2030)]
    rows.append(R("Total principal", ["mat.total"], kind="total", dollar=True))
    doc.table("Scheduled Principal Maturities", ["Amount"], rows, unit=UNIT, label_w=80, col_w=34)
    doc.section = "note_tax"
    doc.heading("Note 9. Income taxes", 3, keep=80)
    doc.para("The provision for income taxes consisted of the following. Our effective tax rate was "
             "{tax.etr.2025:p1} in 2025, compared with a federal statutory rate of 21%, principally because of state "
             "taxes and nondeductible items.")
    rows = [
        R("Current:", kind="head"),
        R("Federal", yrs("tax.fed"), indent=1, dollar=True),
        R("State and local", yrs("tax.state"), indent=1),
        R("Foreign", yrs("tax.foreign"), indent=1),
        R("Total current", yrs("tax.cur"), kind="sub"),
        R("Deferred:", kind="head"),
        R("Federal", yrs("tax.dfed"), indent=1),
        R("State and local", yrs("tax.dstate"), indent=1),
        R("Total deferred", yrs("tax.def"), kind="sub"),
        R("Provision for income taxes", yrs("tax.total"), kind="total", dollar=True),
    ]
    doc.table("Components of the Provision for Income Taxes", YCOLS, rows, groups=YEAR_HEAD, unit=UNIT,
              label_w=80)


def closing(doc: Doc) -> None:
    doc.section = "closing"
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=30)
    doc.para("Management, with the participation of our chief executive officer and chief financial officer, "
             "concluded that our disclosure controls and procedures and our internal control over financial "
             "reporting were effective as of December 31, 2025. Harwick Lomond LLP, our independent registered "
             "public accounting firm, issued an unqualified opinion on internal control over financial reporting.")
    doc.heading("PART IV", 1, anchor="part4", keep=40)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 2, anchor="item15", keep=30)
    doc.para("3.1 Amended and restated certificate of incorporation; 10.1 Second amended credit agreement; 21.1 "
             "Subsidiaries; 23.1 Consent of Harwick Lomond LLP; 31.1 and 31.2 certifications; 32.1 Section 1350 "
             "certification; 101 Inline XBRL documents.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized.")
    doc.para("CORRIVETH CONSTRUCTORS GROUP, INC.\nFebruary 19, 2026\n/s/ Ingrid V. Salcombe-Otieno, Chair and Chief "
             "Executive Officer\n/s/ Desmond A. Farrowby, Executive Vice President and Chief Financial Officer",
             align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K 2025")
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
