"""Render the Veltrania Specialty Health, Inc. Form 10-K for the fiscal year ended December 31, 2025.

House style: Liberation Sans text with DejaVu Serif Condensed tables in the "shade" mode (no row rules, plum rules
under the spanning heads and the head block, italic subtotals and bold totals on a pale band), a "$" on first and
total rows, negatives in parentheses, an en dash for zero, centred titles with units lines such as "(In millions of
dollars, except per-share figures)", level-one headings between a heavy rule and a hairline, a contents page with
period leaders, " (cont'd)" after carried-over titles and footers reading "2025 Form 10-K | N" counted from the
cover. The segment revenue table has a two-level head (the fiscal period over year sub-heads, each over an amount
and a percent column); the operating statistics carry dagger footnote marks; some totals are labelled
"Consolidated" or "Total, all segments".
"""

from __future__ import annotations

from decimal import Decimal

import veltrania_data as vd
from pdf_layout import EN_DASH, Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n1", **kw: object) -> Row:
    """A table row whose amounts default to one decimal ($ millions)."""
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Veltrania Specialty Health, Inc."
DOC_NAME = "VELTRANIA_FY2025_10K"
PLUM = (92, 38, 84)
MIL = "(In millions of dollars)"
MIL_PS = "(In millions of dollars, except per-share figures)"
YEAR_HEAD = [("Fiscal Years Ended December 31,", 0, 3)]
YCOLS = ["2025", "2024", "2023"]
BS_COLS = ["Dec. 31,\n2025", "Dec. 31,\n2024"]
SEGS = list(vd.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSans", "B", 6.6)
    doc.set_text_color(*PLUM)
    doc.set_xy(doc.l_margin, 8.6)
    doc.cell(doc.width, 4, "VELTRANIA SPECIALTY HEALTH, INC.", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("LiberationSans", "", 7.2)
    doc.set_text_color(70, 70, 70)
    doc.set_xy(doc.l_margin, doc.h - 12.2)
    doc.cell(doc.width, 4, f"2025 Form 10-K  |  {label}", align="R")


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="DejaVuSerifCondensed",
    table_files={"": "dejavu/DejaVuSerifCondensed.ttf", "B": "dejavu/DejaVuSerifCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSerifCondensed-Italic.ttf", "BI": "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"},
    body_size=8.4,
    table_size=7.4,
    table_mode="shade",
    negative="paren",
    dollar="attached",
    zero=EN_DASH,
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (cont'd)",
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
    accent=PLUM,
    tint=(240, 230, 238),
    hairline=(200, 180, 196),
    margin_l=20, margin_r=20, margin_t=17, margin_b=19,
    unit_pos="line",
    small_caps=True,
)

TOC = [
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 2. Properties", "item2", 1),
    ("PART II", "part2", 0),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Consolidated Statements of Operations", "is", 2),
    ("Consolidated Statements of Comprehensive Income", "ci", 2),
    ("Consolidated Balance Sheets", "bs", 2),
    ("Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Consolidated Financial Statements", "notes", 2),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART IV", "part4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "signatures", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = vd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def dates(prefix: str) -> list[str]:
    return [f"{prefix}.{d}" for d in vd.DATES]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 5, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 22)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 10, "Form 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("(Mark One)  [X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C", gap=0.6)
    doc.para("For the fiscal year ended December 31, 2025", style="B", size=8.8, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C")
    doc.para("Commission File Number 001-40581", size=7.6, align="C")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, COMPANY, align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.6)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State or other jurisdiction of incorporation", ["=Calvenna"]),
        R("I.R.S. Employer Identification No.", ["=83-2260457"]),
        R("Address of principal executive offices", ["=4410 Larkspur Commons Drive, Marlow Reach, Calvenna 30716"]),
        R("Registrant's telephone number", ["=(678) 555-0148"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=64, size=7.2)
    rows = [R("Common stock, par value $0.01 per share", ["=VSHI", "=Nasdaq Global Select Market"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol(s)", "Exchange"], rows,
              label_w=64, size=7.2)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=7.6)
    doc.para("The aggregate market value of common stock held by non-affiliates at June 30, 2025 was approximately "
             "$6.1 billion. As of February 13, 2026, 70,918,244 shares of common stock were outstanding.", size=7.6)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*PLUM)
    doc.cell(doc.width, 7, "Table of Contents", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Cautionary note on forward-looking statements", 3, keep=30)
    doc.para("This report contains statements about drug launches and biosimilar adoption, payer and manufacturer "
             "contracts, reimbursement rates, infusion site openings, integration of acquired businesses, our "
             "indebtedness and capital returns that are forward-looking. They rest on assumptions about drug "
             "pricing, limited-distribution access, network participation and regulation that may prove wrong, and "
             "actual results could differ materially. We undertake no duty to update them.")


def part1(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("Part I", 1, anchor="part1", keep=40)
    doc.heading("Item 1. Business", 2, anchor="item1", keep=40)
    doc.para("Veltrania Specialty Health, Inc. dispenses and administers high-cost medicines for patients with "
             "complex, chronic and rare conditions and manages pharmacy benefits for employers and health plans. We "
             "report three segments. Specialty Pharmacy dispenses oral and self-injected specialty drugs by mail "
             "and through hospital-embedded pharmacies, with clinical support for oncology, immunology, multiple "
             "sclerosis and rare-disease therapies. Infusion Services administers intravenous and injectable "
             "therapies in patients' homes and in our ambulatory infusion suites. PBM Services adjudicates claims, "
             "manages formularies and retail networks and negotiates manufacturer rebates for plan sponsors.")
    doc.para("At December 31, 2025 we employed {hc.employees:n0} people, including {hc.pharmacists:n0} licensed "
             "pharmacists, and operated {hc.sites:n0} pharmacy and infusion sites. Our PBM Services segment managed "
             "benefits for approximately {hc.lives:n1} million covered lives. No single payer accounted for more "
             "than nine percent of consolidated revenues.")
    doc.heading("Human capital", 3, keep=30)
    doc.para("Our pharmacists, nurses and patient-care coordinators are licensed in every state we serve. We "
             "support them through the Ferncastle clinical residency, tuition support and a nurse preceptor "
             "program, and we survey engagement each spring and autumn.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=30)
    doc.bullets([
        "Manufacturers may narrow or end our access to limited-distribution drugs, or launch biosimilars that lower "
        "the revenue we earn per prescription.",
        "Payers and pharmacy benefit clients may cut reimbursement rates, move volume to competing networks or "
        "decline to renew contracts.",
        "Changes to federal and state rules on rebates, spread pricing, drug price transparency and 340B "
        "programs could reduce the economics of our PBM and specialty businesses.",
        "Our term loan and revolving credit facility bear variable interest, and our debt agreements contain "
        "covenants that restrict our activities.",
        "Errors in dispensing or compounding, or breaches of protected health information, could result in "
        "liability and loss of licenses.",
    ])
    doc.heading("Item 2. Properties", 2, anchor="item2", keep=30)
    doc.para("We lease our headquarters in Marlow Reach, Calvenna, two central-fill specialty pharmacies in "
             "Dunhollow and Pressing Vale, and all infusion suites. We own one compounding facility in Ostley Fen. "
             "We believe our properties are suitable and adequate for current operations.")


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Part II", 1, anchor="part2", keep=40)
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=60)
    doc.para("Consolidated revenues grew {chg.rev.2025:p1} in 2025. Specialty Pharmacy benefited from new oncology "
             "and immunology launches and higher adjusted script volume, which rose {chg.scripts.2025:p1}; Infusion "
             "Services opened new ambulatory suites and added referrals from health-system partners; and PBM "
             "Services grew modestly as claim volume increased. Gross profit was {mda.gpm.2025:p1} of revenues, "
             "against {mda.gpm.2024:p1} in 2024, and operating income was {mda.oim.2025:p1} of revenues.")
    doc.section = "mda_mix"
    cols3 = ["Amount", "%", "Amount", "%", "Amount", "%"]
    fm = ["n1", "p1"] * 3
    rows = []
    for i, (g, name) in enumerate(SEGS):
        keys: list[str | None] = []
        for y in vd.YEARS:
            keys += [f"seg.rev.{g}.{y}", f"mix.{g}.{y}"]
        rows.append(R(name, keys, fm, dollar=i == 0, indent=1))
    keys = []
    for y in vd.YEARS:
        keys += [f"seg.rev.elim.{y}", f"mix.elim.{y}"]
    rows.append(R("Intersegment eliminations", keys, fm, indent=1))
    keys = []
    for y in vd.YEARS:
        keys += [f"seg.rev.total.{y}", None]
    rows.append(R("Consolidated revenues", keys, fm, kind="total", dollar=True))
    doc.table("Revenues by Segment", cols3, rows,
              groups=[[("Fiscal Years Ended December 31,", 0, 6)], [("2025", 0, 2), ("2024", 2, 2), ("2023", 4, 2)]],
              unit=MIL, label_w=52, keep=True)
    doc.section = "ops"
    doc.heading("Operating statistics", 3, keep=70)
    rows = [
        R("Specialty Pharmacy", kind="head"),
        R("Prescriptions dispensed (thousands)", yrs("ops.scripts"), "n0", indent=1),
        R("Adjusted scripts (thousands)\u2020", yrs("ops.adj"), "n0", indent=1),
        R("Revenue per adjusted script\u2021", yrs("ops.rps"), "n2", indent=1, dollar=True),
        R("Infusion Services", kind="head"),
        R("Patient referrals (thousands)", yrs("ops.ref"), "n0", indent=1),
        R("PBM Services", kind="head"),
        R("Adjusted claims processed (millions)\u2020", yrs("ops.claims"), "n1", indent=1),
        R("Revenue per adjusted claim\u2021", yrs("ops.rpc"), "n2", indent=1, dollar=True),
    ]
    doc.table("Selected Operating Statistics", YCOLS, rows, groups=YEAR_HEAD, label_w=84, notes=[
        "\u2020 Specialty adjusted scripts convert each prescription to 30-day equivalents; PBM adjusted claims count "
        "90-day mail and retail claims as three claims.",
        "\u2021 Segment revenues divided by adjusted scripts or adjusted claims for the year, in dollars."])
    doc.section = "mda_seg"
    doc.heading("Segment adjusted operating income", 3, keep=90)
    doc.para("Our chief operating decision maker evaluates segments on revenues and adjusted operating income, which "
             "excludes amortization of acquired intangible assets, stock-based compensation and restructuring "
             "charges. Corporate costs include executive, finance, legal and information security functions.")
    rows = [R(name, yrs(f"seg.aoi.{g}"), dollar=i == 0, indent=1) for i, (g, name) in enumerate(SEGS)]
    rows.append(R("Corporate and unallocated", yrs("seg.aoi.corp"), indent=1))
    rows.append(R("Total, all segments", yrs("seg.aoi.total"), kind="sub", dollar=True))
    rows.append(R("Amortization of acquired intangible assets", yrs("seg.amort"), indent=1))
    rows.append(R("Stock-based compensation", yrs("seg.sbc"), indent=1))
    rows.append(R("Restructuring charges", yrs("seg.restruct"), indent=1))
    rows.append(R("Operating income", yrs("seg.oi"), kind="total", dollar=True))
    rows.append(R("Adjusted operating margin", kind="head"))
    rows += [R(name, yrs(f"seg.aom.{g}"), "p1", indent=1) for g, name in SEGS]
    doc.table("Adjusted Operating Income by Segment", YCOLS, rows, groups=YEAR_HEAD, unit=MIL, label_w=84, keep=True)
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("We fund operations, capital spending, tuck-in acquisitions and share repurchases from operating cash "
             "flow and our revolving credit facility. Free cash flow, defined as net cash provided by operating "
             "activities less purchases of property and equipment, was {fcf.2025:d1} million in 2025 and "
             "{fcf.2024:d1} million in 2024. At December 31, 2025, {debt.rcf_avail:d1} million remained available "
             "under our {debt.rcf_cap:d1} million revolving credit facility.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=40)
    doc.anchor("is")
    rows = [
        R("Revenues", yrs("is.rev"), dollar=True),
        R("Cost of products and services", yrs("is.cos")),
        R("Gross profit", yrs("is.gp"), kind="sub"),
        R("Selling, general and administrative expenses", yrs("is.sga")),
        R("Amortization of intangible assets", yrs("is.amort")),
        R("Restructuring charges", yrs("is.restruct")),
        R("Operating income", yrs("is.oi"), kind="sub"),
        R("Interest expense", yrs("is.int")),
        R("Other income (expense), net", yrs("is.oth")),
        R("Income before income taxes", yrs("is.pretax"), kind="sub"),
        R("Income tax expense", yrs("is.tax")),
        R("Net income", yrs("is.ni"), kind="total", dollar=True),
        R("Net income per common share:", kind="head"),
        R("Basic", yrs("is.eps_b"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_d"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding (millions):", kind="head"),
        R("Basic", yrs("is.sh_b"), indent=1),
        R("Diluted", yrs("is.sh_d"), indent=1),
    ]
    doc.table("Consolidated Statements of Operations", YCOLS, rows, groups=YEAR_HEAD, unit=MIL_PS, label_w=88,
              keep=True)
    doc.section = "CI"
    doc.anchor("ci")
    rows = [
        R("Net income", yrs("ci.ni"), dollar=True),
        R("Other comprehensive income (loss), net of tax:", kind="head"),
        R("Foreign currency translation adjustments", yrs("ci.fx"), indent=1),
        R("Unrealized gain (loss) on interest rate swaps", yrs("ci.swap"), indent=1),
        R("Other comprehensive income (loss)", yrs("ci.oci"), kind="sub"),
        R("Comprehensive income", yrs("ci.total"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Comprehensive Income", YCOLS, rows, groups=YEAR_HEAD, unit=MIL,
              label_w=88)
    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    rows = [
        R("ASSETS", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", dates("bs.cash"), indent=2, dollar=True),
        R("Accounts receivable, net", dates("bs.ar"), indent=2),
        R("Inventories", dates("bs.inv"), indent=2),
        R("Prepaid expenses and other current assets", dates("bs.prepaid"), indent=2),
        R("Total current assets", dates("bs.ca"), kind="sub"),
        R("Property and equipment, net", dates("bs.ppe"), indent=1),
        R("Operating lease right-of-use assets", dates("bs.rou"), indent=1),
        R("Goodwill", dates("bs.gw"), indent=1),
        R("Intangible assets, net", dates("bs.int"), indent=1),
        R("Other long-term assets", dates("bs.other_a"), indent=1),
        R("Total assets", dates("bs.assets"), kind="total", dollar=True),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable", dates("bs.ap"), indent=2, dollar=True),
        R("Accrued expenses and other current liabilities", dates("bs.accrued"), indent=2),
        R("Current portion of long-term debt", dates("bs.curdebt"), indent=2),
        R("Total current liabilities", dates("bs.cl"), kind="sub"),
        R("Long-term debt, net of current portion", dates("bs.debt"), indent=1),
        R("Operating lease liabilities, less current portion", dates("bs.lease_nc"), indent=1),
        R("Deferred income tax liabilities", dates("bs.dtax"), indent=1),
        R("Other long-term liabilities", dates("bs.other_l"), indent=1),
        R("Total liabilities", dates("bs.liab"), kind="sub"),
        R("Stockholders' equity:", kind="head", indent=1),
        R("Common stock, $0.01 par value", dates("bs.cs"), indent=2),
        R("Additional paid-in capital", dates("bs.apic"), indent=2),
        R("Retained earnings", dates("bs.re"), indent=2),
        R("Accumulated other comprehensive income (loss)", dates("bs.aoci"), indent=2),
        R("Treasury stock, at cost", dates("bs.treasury"), indent=2),
        R("Total stockholders' equity", dates("bs.equity"), kind="sub"),
        R("Total liabilities and stockholders' equity", dates("bs.le"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", BS_COLS, rows, unit=MIL, label_w=104, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Cash flows from operating activities", kind="head"),
        R("Net income", yrs("cf.ni"), indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation", yrs("cf.dep"), indent=2),
        R("Amortization of intangible assets", yrs("cf.amort"), indent=2),
        R("Stock-based compensation", yrs("cf.sbc"), indent=2),
        R("Deferred income taxes", yrs("cf.dtax"), indent=2),
        R("Amortization of debt issuance costs", yrs("cf.dfee"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", yrs("cf.ar"), indent=2),
        R("Inventories", yrs("cf.inv"), indent=2),
        R("Prepaid expenses and other current assets", yrs("cf.prepaid"), indent=2),
        R("Accounts payable", yrs("cf.ap"), indent=2),
        R("Accrued expenses and other current liabilities", yrs("cf.accrued"), indent=2),
        R("Other long-term liabilities", yrs("cf.other"), indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), kind="sub"),
        R("", [], kind="break"),
        R("Cash flows from investing activities", kind="head"),
        R("Purchases of property and equipment", yrs("cf.capex"), indent=1),
        R("Acquisitions, net of cash acquired", yrs("cf.acq"), indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), kind="sub"),
        R("Cash flows from financing activities", kind="head"),
        R("Repayments of term loan", yrs("cf.tl"), indent=1),
        R("Borrowings under revolving credit facility", yrs("cf.rcf_b"), indent=1),
        R("Repayments under revolving credit facility", yrs("cf.rcf_r"), indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), indent=1),
        R("Taxes paid on net share settlement of equity awards", yrs("cf.taxw"), indent=1),
        R("Proceeds from exercise of stock options", yrs("cf.opt"), indent=1),
        R("Net cash provided by (used in) financing activities", yrs("cf.cff"), kind="sub"),
        R("Net increase (decrease) in cash and cash equivalents", yrs("cf.change"), kind="sub"),
        R("Cash and cash equivalents, beginning of year", yrs("cf.begin")),
        R("Cash and cash equivalents, end of year", yrs("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", YCOLS, rows, groups=YEAR_HEAD, unit=MIL, label_w=96)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes", keep=50)
    doc.heading("Note 1. Basis of presentation", 3, keep=30)
    doc.para("The consolidated financial statements include Veltrania Specialty Health, Inc. and its wholly owned "
             "subsidiaries. Revenues from dispensing are recognized when a prescription is delivered; infusion "
             "revenues when the therapy is administered; and PBM revenues as claims are adjudicated, gross of "
             "network pharmacy costs where we act as principal.")
    doc.section = "note_gw"
    doc.heading("Note 5. Goodwill and intangible assets", 3, keep=60)
    doc.para("In August 2025 we acquired Brackenholt Home Infusion, a provider of home and ambulatory infusion in "
             "three states, for cash; the excess of the price over the fair value of net assets acquired was "
             "recorded as goodwill of the Infusion Services segment.")
    rows = [
        R("Balance at December 31, 2024", ["gw.sp.2024", "gw.inf.2024", "gw.pbm.2024", "gw.total.2024"],
          dollar=True),
        R("Acquisitions", ["gw.acq.sp", "gw.acq.inf", "gw.acq.pbm", "gw.acq.total"], indent=1),
        R("Foreign currency translation", ["gw.fx.sp", "gw.fx.inf", "gw.fx.pbm", "gw.fx.total"], indent=1),
        R("Balance at December 31, 2025", ["gw.sp.2025", "gw.inf.2025", "gw.pbm.2025", "gw.total.2025"],
          kind="total", dollar=True),
    ]
    doc.table("Goodwill by Segment", ["Specialty\nPharmacy", "Infusion\nServices", "PBM\nServices", "Total"], rows,
              unit=MIL, label_w=60)
    rows = [
        R("Customer and payer relationships", ["int.gross.cust.2025", "int.acc.cust.2025", "int.net.cust.2025",
                                               "int.gross.cust.2024", "int.acc.cust.2024", "int.net.cust.2024"],
          dollar=True),
        R("Pharmacy licenses and trade names", ["int.gross.lic.2025", "int.acc.lic.2025", "int.net.lic.2025",
                                                "int.gross.lic.2024", "int.acc.lic.2024", "int.net.lic.2024"]),
        R("Total intangible assets", ["int.gross.total.2025", "int.acc.total.2025", "int.net.total.2025",
                                      "int.gross.total.2024", "int.acc.total.2024", "int.net.total.2024"],
          kind="total", dollar=True),
    ]
    doc.table("Intangible Assets", ["Gross", "Accum.\namort.", "Net", "Gross", "Accum.\namort.", "Net"], rows,
              groups=[("December 31, 2025", 0, 3), ("December 31, 2024", 3, 3)], unit=MIL, label_w=52)
    doc.para("Amortization expense was {amort.total.2025:d1} million, {amort.total.2024:d1} million and "
             "{amort.total.2023:d1} million in 2025, 2024 and 2023. Estimated amortization of intangible assets "
             "held at December 31, 2025 is as follows:")
    rows = [R(str(y), [f"am.y{y}"], dollar=y == 2026) for y in range(2026, 2031)]
    rows.append(R("Thereafter", ["am.after"]))
    rows.append(R("Total", ["am.total"], kind="total", dollar=True))
    doc.table("Estimated Future Amortization Expense", ["Amount"], rows, unit=MIL, label_w=60, col_w=30)
    doc.section = "note_debt"
    doc.heading("Note 7. Debt", 3, keep=70)
    doc.para("Our senior secured term loan bears interest at term SOFR plus 1.75% ({debt.tl_rate:p2} at December "
             "31, 2025), amortizes at five percent a year and matures in 2028. The {debt.n29_rate:p3} senior notes "
             "mature in 2029 and the {debt.n32_rate:p3} senior notes in 2032. The revolving credit facility provides "
             "up to {debt.rcf_cap:d1} million and matures in 2030.")
    rows = [
        R("Term loan due 2028", dates("debt.tl"), dollar=True),
        R("5.375% senior notes due 2029", dates("debt.n29")),
        R("6.125% senior notes due 2032", dates("debt.n32")),
        R("Revolving credit facility due 2030", dates("debt.rcf")),
        R("Principal outstanding", dates("debt.principal"), kind="sub"),
        R("Unamortized debt issuance costs", dates("debt.fees"), indent=1),
        R("Total debt", dates("debt.total"), kind="sub"),
        R("Less: current portion", dates("debt.cur"), indent=1),
        R("Long-term debt", dates("debt.lt"), kind="total", dollar=True),
    ]
    doc.table("Components of Debt", BS_COLS, rows, unit=MIL, label_w=84)
    rows = [R(str(y), [f"mat.y{y}"], dollar=y == 2026) for y in range(2026, 2031)]
    rows.append(R("Thereafter", ["mat.after"]))
    rows.append(R("Total principal", ["mat.total"], kind="total", dollar=True))
    doc.table("Scheduled Principal Maturities at December 31, 2025", ["Amount"], rows, unit=MIL, label_w=60,
              col_w=30)
    doc.section = "note_sbc"
    doc.heading("Note 9. Stock-based compensation", 3, keep=60)
    doc.para("Our 2021 Omnibus Incentive Plan provides for restricted stock units, performance share units that vest "
             "on three-year relative shareholder return and adjusted operating income goals, and stock options. "
             "Employees may also buy shares at a discount through the employee stock purchase plan.")
    rows = [
        R("Restricted stock units", yrs("sbc.rsu"), dollar=True),
        R("Performance share units", yrs("sbc.psu")),
        R("Stock options", yrs("sbc.opt")),
        R("Employee stock purchase plan", yrs("sbc.espp")),
        R("Total stock-based compensation expense", yrs("sbc.total"), kind="total", dollar=True),
        R("Income tax benefit recognized", yrs("sbc.taxben")),
    ]
    doc.table("Stock-Based Compensation Expense", YCOLS, rows, groups=YEAR_HEAD, unit=MIL, label_w=84)
    doc.para("At December 31, 2025, unrecognized compensation cost for unvested awards was {sbc.unrec:d1} million, "
             "to be recognized over a weighted-average period of {sbc.years:n1} years.")
    doc.section = "note_tax"
    doc.heading("Note 10. Income taxes", 3, keep=80)
    rows = [
        R("Current:", kind="head"),
        R("Federal", yrs("tax.cur_fed"), indent=1, dollar=True),
        R("State and local", yrs("tax.cur_state"), indent=1),
        R("Total current", yrs("tax.cur"), kind="sub"),
        R("Deferred:", kind="head"),
        R("Federal", yrs("tax.def_fed"), indent=1),
        R("State and local", yrs("tax.def_state"), indent=1),
        R("Total deferred", yrs("tax.def"), kind="sub"),
        R("Income tax expense", yrs("tax.total"), kind="total", dollar=True),
    ]
    doc.table("Components of Income Tax Expense", YCOLS, rows, groups=YEAR_HEAD, unit=MIL, label_w=84)
    rows = [
        R("Tax at the U.S. federal statutory rate of 21%", yrs("tax.stat"), dollar=True),
        R("State and local income taxes, net of federal benefit", yrs("tax.state")),
        R("Nondeductible executive compensation*", yrs("tax.nonded")),
        R("Research credits, excess tax benefits and other", yrs("tax.other")),
        R("Income tax expense", yrs("tax.rec_total"), kind="total", dollar=True),
    ]
    doc.table("Reconciliation to the Statutory Rate", YCOLS, rows, groups=YEAR_HEAD, unit=MIL, label_w=84, notes=[
        "* Compensation above the deduction limit of Section 162(m) of the Internal Revenue Code."])
    doc.section = "note_eps"
    doc.heading("Note 11. Earnings per share", 3, keep=60)
    rows = [
        R("Net income", yrs("eps.ni"), dollar=True),
        R("Weighted-average common shares, basic (millions)", yrs("eps.sh_b")),
        R("Dilutive effect of stock options, RSUs and PSUs", yrs("eps.dil"), indent=1),
        R("Weighted-average common shares, diluted (millions)", yrs("eps.sh_d"), kind="sub"),
        R("Basic earnings per share", yrs("eps.eps_b"), "n2", dollar=True),
        R("Diluted earnings per share", yrs("eps.eps_d"), "n2", kind="total", dollar=True),
    ]
    doc.table("Computation of Earnings per Share", YCOLS, rows, groups=YEAR_HEAD, unit=MIL_PS, label_w=92)


def closing(doc: Doc) -> None:
    doc.section = "closing"
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=40)
    doc.para("Our chief executive officer and chief financial officer evaluated our disclosure controls and "
             "procedures and concluded that they were effective as of December 31, 2025. Management assessed internal "
             "control over financial reporting using the 2013 COSO framework and found it effective; our independent "
             "registered public accounting firm, Hollisfield & Rook LLP, issued an unqualified attestation report.")
    doc.heading("Part IV", 1, anchor="part4", keep=40)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 2, anchor="item15", keep=30)
    doc.para("3.1 Amended and Restated Certificate of Incorporation; 4.1 Indenture for the 5.375% Senior Notes due "
             "2029; 4.2 Indenture for the 6.125% Senior Notes due 2032; 10.1 Credit Agreement; 21.1 Subsidiaries; "
             "23.1 Consent of Hollisfield & Rook LLP; 31.1, 31.2 and 32.1 certifications; 101 and 104 Inline XBRL.")
    doc.heading("Signatures", 2, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on February 24, 2026.")
    doc.para("VELTRANIA SPECIALTY HEALTH, INC.\n/s/ Rosalind E. Quartermaine-Oyelaran, President and Chief Executive "
             "Officer\n/s/ Benedikt A. Sorrentino-Hale, Executive Vice President and Chief Financial Officer",
             align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K 2025")
    doc.toc_labels = toc_labels
    doc.total_pages = total
    doc.add_page()
    cover(doc)
    front(doc)
    part1(doc)
    mda(doc)
    statements(doc)
    notes(doc)
    closing(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = vd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
