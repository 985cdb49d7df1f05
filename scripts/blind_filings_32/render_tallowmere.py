"""Render the Tallowmere Stone & Cement Corporation Form 10-K for the fiscal year ended December 31, 2025.

House style: Liberation Sans text with Liberation Sans Narrow tables in the "ledger" mode (head block reversed out
of a slate-brown band, a hairline under every row, a single rule over subtotals and a double rule under totals), a
"$" on first and total rows, negatives in parentheses, an em dash for zero, left-aligned titles in mixed case with a
units line such as "(in millions of U.S. dollars, except per-share and per-ton amounts)", level-one headings beside
an accent bar, a contents page with period leaders, " (cont'd)" after carried-over titles and "Form 10-K | N" page
labels at the right of the footer counted from the cover. The segment table repeats Revenue, Gross profit, Gross
margin and DD&A under each segment and closes with intersegment eliminations and a "Consolidated" block.
"""

from __future__ import annotations

from decimal import Decimal

import tallowmere_data as td
from pdf_layout import EM_DASH, Doc, Row, Style, render_twice


def R(label: str, keys: list[str | None] | None = None, fmt: str | list[str] = "n1", **kw: object) -> Row:
    """A table row whose amounts default to one decimal ($ millions)."""
    return Row(label, keys or [], fmt, **kw)  # type: ignore[arg-type]


COMPANY = "Tallowmere Stone & Cement Corporation"
DOC_NAME = "TALLOWMERE_FY2025_10K"
SLATE = (84, 62, 44)
MIL = "(in millions of U.S. dollars)"
MIL_PS = "(in millions of U.S. dollars, except per-share amounts)"
YEAR_HEAD = [("For the years ended December 31", 0, 3)]
YCOLS = ["2025", "2024", "2023"]
BS_COLS = ["Dec. 31,\n2025", "Dec. 31,\n2024"]
SEGS = list(td.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSans", "", 6.8)
    doc.set_text_color(*SLATE)
    doc.set_xy(doc.l_margin, 9.0)
    doc.cell(doc.width, 4, "TALLOWMERE STONE & CEMENT CORPORATION", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("LiberationSans", "", 7.2)
    doc.set_text_color(60, 60, 60)
    doc.set_xy(doc.l_margin, doc.h - 12.8)
    doc.cell(doc.width, 4, f"2025 Form 10-K  |  {label}", align="R")


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="LiberationSansNarrow",
    table_files={"": "liberation/LiberationSansNarrow-Regular.ttf", "B": "liberation/LiberationSansNarrow-Bold.ttf",
                 "I": "liberation/LiberationSansNarrow-Italic.ttf",
                 "BI": "liberation/LiberationSansNarrow-BoldItalic.ttf"},
    body_size=8.4,
    table_size=8.0,
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
    head_align="R",
    head_style="B",
    toc_style="dots",
    heading_kind="bar",
    heading_upper=True,
    unit_italic=False,
    title_size_add=1.2,
    accent=SLATE,
    tint=(240, 233, 224),
    hairline=(205, 192, 178),
    margin_l=20, margin_r=20, margin_t=18, margin_b=20,
    unit_pos="line",
    small_caps=False,
    head_fill=SLATE,
)

TOC = [
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 2. Properties", "item2", 1),
    ("PART II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
     "Securities", "item5", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Consolidated Statements of Income", "is", 2),
    ("Consolidated Balance Sheets", "bs", 2),
    ("Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to Consolidated Financial Statements", "notes", 2),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART IV", "part4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "signatures", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = td.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 8)
    doc.cell(doc.width, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(6)
    doc.body("B", 22)
    doc.set_text_color(*SLATE)
    doc.cell(doc.width, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("(Mark One)\n[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C", gap=0.6)
    doc.para("For the fiscal year ended December 31, 2025", style="B", size=9.0, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=7.6, align="C")
    doc.para("Commission file number 001-40873", size=7.6, align="C")
    doc.ln(3)
    doc.body("B", 16)
    doc.cell(doc.width, 8, COMPANY, align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 7.6)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State or other jurisdiction of incorporation", ["=Kelvardine"]),
        R("I.R.S. Employer Identification No.", ["=58-2904417"]),
        R("Principal executive offices", ["=1650 Quarrystone Parkway, Brenholt, Kelvardine 30782"]),
        R("Registrant's telephone number", ["=(470) 555-0129"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=64, size=7.6)
    rows = [R("Common Stock, $0.01 par value", ["=TLSC", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=64, size=7.6)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
             "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
             "subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer "
             "[X]. Shell company [  ].", size=7.4)
    doc.para("There were 52,318,406 shares of the registrant's common stock outstanding at February 6, 2026. Parts of "
             "the definitive proxy statement for the 2026 annual meeting of shareholders are incorporated by "
             "reference into Part III.", size=7.4)


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
    doc.heading("Forward-looking statements", 3, keep=30)
    doc.para("This report includes forward-looking statements about construction activity, public infrastructure "
             "funding, shipments, pricing, energy and freight costs, kiln maintenance, capital spending, debt "
             "refinancing and share repurchases. They depend on weather, housing starts, highway lettings, diesel "
             "and coal prices, permits for new reserves and the actions of competitors. Actual results could differ "
             "materially from those we anticipate.")


def part1(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 1, anchor="part1", keep=40)
    doc.heading("Item 1. Business", 2, anchor="item1", keep=40)
    doc.para("Tallowmere Stone & Cement Corporation produces construction materials for highways, commercial "
             "buildings and homes. We report three segments. Aggregates quarries, crushes and sells crushed stone, "
             "sand and gravel. Cement operates clinker kilns and grinding mills and sells portland and blended "
             "cements to ready-mix producers, precast manufacturers and contractors. Ready-Mix Concrete batches and "
             "delivers concrete in our Kelvardine and Marrowby metropolitan markets and buys most of its stone and "
             "cement from our other two segments; those intersegment sales are eliminated in consolidation.")
    doc.para("At December 31, 2025 we operated {ops.quarries:n0} active quarries and sand and gravel pits, "
             "{ops.plants:n0} cement plants and terminals and {ops.rmx_plants:n0} ready-mix batch plants, and we "
             "employed approximately {ops.employees:n0} people.")
    doc.heading("Human capital", 3, keep=30)
    doc.para("Safety is the first measure on every plant scorecard. Quarry supervisors complete the Stonebridge "
             "Leadership curriculum, and hourly employees at our kilns are eligible for a gain-sharing bonus "
             "tied to clinker output and energy use.")
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=30)
    doc.bullets([
        "Demand for our products depends on construction spending, which is cyclical and sensitive to interest rates "
        "and public budgets.",
        "Cement manufacturing is energy intensive; higher prices for coal, petroleum coke, natural gas and "
        "electricity may not be recovered through our prices.",
        "Our operations require zoning approvals and mining permits that may be delayed, challenged or denied.",
        "Rules limiting carbon dioxide emissions from cement kilns could raise our costs or reduce our output.",
        "Severe or unusually wet weather reduces shipments, particularly in the first and fourth quarters.",
    ])
    doc.heading("Item 2. Properties", 2, anchor="item2", keep=30)
    doc.para("We estimate proven and probable aggregates reserves of approximately {ops.reserves:n1} billion tons, "
             "about two-thirds of which are on land we own. Our cement plants at Greyfallow and Osterburn Ridge each "
             "have a clinker kiln and on-site limestone quarry.")


def item5(doc: Doc) -> None:
    doc.section = "item5"
    doc.heading("PART II", 1, anchor="part2", keep=40)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 2, anchor="item5", keep=80)
    doc.para("Our common stock is listed on the New York Stock Exchange under the symbol TLSC. The board of "
             "directors declared cash dividends of {is.dps.2025:d2} per share in 2025. In 2025 we repurchased "
             "{rep.year_sh:n2} million shares for {rep.year_amt:d1} million under the program the board "
             "authorized in 2023.")
    rows = []
    for m, name in (("oct", "October 1 \u2013 31, 2025"), ("nov", "November 1 \u2013 30, 2025"),
                    ("dec", "December 1 \u2013 31, 2025")):
        rows.append(R(name, [f"rep.sh.{m}", f"rep.px.{m}"], ["n1", "n2"]))
    rows.append(R("Fourth quarter", ["rep.sh.total", None], ["n1", "n2"], kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Shares purchased\n(thousands)",
                                                        "Average price\npaid per share"], rows,
              unit="(shares in thousands)", label_w=80, col_w=40, notes=[
                  "All shares were purchased in open-market transactions under the publicly announced program. "
                  "Approximately ${rep.remaining:n1} million remained available for repurchase at December 31, "
                  "2025."])


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=60)
    doc.para("Total revenues rose {chg.rev.2025:p1} in 2025 after increasing {chg.rev.2024:p1} in 2024. Aggregates "
             "pricing carried the year: the average selling price per ton increased {chg.aggasp.2025:p1} while "
             "shipments grew modestly on highway and data-center work. Cement benefited from a full year of the "
             "Osterburn Ridge grinding expansion. Ready-mix volumes fell as residential pours slowed in Marrowby. "
             "Gross profit was {mda.gmp.2025:p1} of total revenues, compared with {mda.gmp.2024:p1} in 2024.")
    doc.section = "mda_seg"
    doc.heading("Segment results", 3, keep=100)
    doc.para("We assess segments on revenue, gross profit and cash gross profit. Segment revenue includes sales to "
             "our other segments at market-based prices.")
    rows = []
    for i, (g, name) in enumerate(SEGS):
        rows.append(R(name, kind="head"))
        rows.append(R("Revenue", yrs(f"seg.rev.{g}"), indent=1, dollar=i == 0))
        rows.append(R("Gross profit", yrs(f"seg.gp.{g}"), indent=1))
        rows.append(R("Gross margin", yrs(f"seg.gm.{g}"), "p1", indent=1))
        rows.append(R("Depreciation, depletion and amortization (DD&A)", yrs(f"seg.dda.{g}"), indent=1))
    rows.append(R("Intersegment eliminations", kind="head"))
    rows.append(R("Revenue", yrs("seg.rev.elim"), indent=1))
    rows.append(R("Gross profit", yrs("seg.gp.elim"), indent=1))
    rows.append(R("Consolidated", kind="head"))
    rows.append(R("Total revenues", yrs("seg.rev.total"), indent=1, kind="sub", dollar=True))
    rows.append(R("Gross profit", yrs("seg.gp.total"), indent=1, kind="total", dollar=True))
    doc.table("Segment Revenue and Profitability", YCOLS, rows, groups=YEAR_HEAD, unit=MIL, label_w=84, keep=True)
    doc.section = "ops"
    doc.heading("Operating statistics", 3, keep=80)
    rows = []
    units = {"agg": ("Tons shipped (millions)", "per ton", "n1"), "cem": ("Tons shipped (millions)", "per ton",
                                                                          "n2"),
             "rmx": ("Cubic yards delivered (millions)", "per cubic yard", "n2")}
    for g, name in SEGS:
        vol_label, unit_word, vfmt = units[g]
        rows.append(R(name, kind="head"))
        rows.append(R(vol_label, yrs(f"ops.vol.{g}"), vfmt, indent=1))
        rows.append(R(f"Average selling price {unit_word}(a)", yrs(f"ops.asp.{g}"), "n2", indent=1, dollar=True))
        rows.append(R(f"Cash gross profit {unit_word}(b)", yrs(f"ops.cgpu.{g}"), "n2", indent=1, dollar=True))
    doc.table("Selected Operating Statistics", YCOLS, rows, groups=YEAR_HEAD, label_w=84, notes=[
        "(a) Segment revenue, including intersegment sales, divided by units shipped or delivered.",
        "(b) Cash gross profit is segment gross profit plus segment DD&A; per-unit amounts divide it by units shipped "
        "or delivered. Cash gross profit is not a measure defined by U.S. GAAP."])
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=50)
    doc.para("Cash generated by operations, {cf.cfo.2025:d1} million in 2025, funded capital expenditures of "
             "{mda.capex:d1} million, dividends and share repurchases. In May 2025 we issued the 6.05% senior "
             "notes due 2033 and used the proceeds to retire the 2.90% notes at maturity and prepay part of the "
             "term loan. Our {debt.rcf:d1} million revolving credit facility was undrawn at year-end.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "IS"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=40)
    doc.anchor("is")
    rows = [
        R("Total revenues", yrs("is.rev"), dollar=True),
        R("Cost of revenues", yrs("is.cor")),
        R("Gross profit", yrs("is.gp"), kind="sub"),
        R("Selling, general and administrative expenses", yrs("is.sga")),
        R("Other operating (income) expense, net(1)", yrs("is.otherop")),
        R("Operating earnings", yrs("is.oi"), kind="sub"),
        R("Interest expense", yrs("is.int")),
        R("Other nonoperating income, net", yrs("is.oth")),
        R("Earnings before income tax expense", yrs("is.pretax"), kind="sub"),
        R("Income tax expense", yrs("is.tax")),
        R("Net earnings", yrs("is.ni"), kind="total", dollar=True),
        R("Earnings per common share:", kind="head"),
        R("Basic", yrs("is.eps_b"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_d"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding (millions):", kind="head"),
        R("Basic", yrs("is.sh_b"), "n2", indent=1),
        R("Diluted", yrs("is.sh_d"), "n2", indent=1),
        R("Cash dividends declared per share", yrs("is.dps"), "n2", dollar=True),
    ]
    doc.table("Consolidated Statements of Income", YCOLS, rows, groups=YEAR_HEAD, unit=MIL_PS, label_w=86,
              keep=True, notes=["(1) Includes gains on sales of surplus land and equipment."])
    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    rows = [
        R("ASSETS", kind="head"),
        R("Cash and cash equivalents", ["bs.cash.2025", "bs.cash.2024"], indent=1, dollar=True),
        R("Accounts receivable, net", ["bs.ar.2025", "bs.ar.2024"], indent=1),
        R("Inventories", ["bs.inv.2025", "bs.inv.2024"], indent=1),
        R("Prepaid expenses and other current assets", ["bs.prepaid.2025", "bs.prepaid.2024"], indent=1),
        R("Total current assets", ["bs.ca.2025", "bs.ca.2024"], kind="sub"),
        R("Property, plant and equipment, net", ["bs.ppe.2025", "bs.ppe.2024"], indent=1),
        R("Goodwill", ["bs.gw.2025", "bs.gw.2024"], indent=1),
        R("Other noncurrent assets", ["bs.other_a.2025", "bs.other_a.2024"], indent=1),
        R("Total assets", ["bs.assets.2025", "bs.assets.2024"], kind="total", dollar=True),
        R("LIABILITIES AND SHAREHOLDERS' EQUITY", kind="head"),
        R("Accounts payable", ["bs.ap.2025", "bs.ap.2024"], indent=1),
        R("Accrued liabilities", ["bs.accrued.2025", "bs.accrued.2024"], indent=1),
        R("Current maturities of long-term debt", ["bs.curdebt.2025", "bs.curdebt.2024"], indent=1),
        R("Total current liabilities", ["bs.cl.2025", "bs.cl.2024"], kind="sub"),
        R("Long-term debt", ["bs.ltd.2025", "bs.ltd.2024"], indent=1),
        R("Asset retirement obligations", ["bs.aro.2025", "bs.aro.2024"], indent=1),
        R("Deferred income taxes", ["bs.dtax.2025", "bs.dtax.2024"], indent=1),
        R("Other noncurrent liabilities", ["bs.other_l.2025", "bs.other_l.2024"], indent=1),
        R("Total liabilities", ["bs.liab.2025", "bs.liab.2024"], kind="sub"),
        R("Shareholders' equity:", kind="head"),
        R("Common stock, $0.01 par value", ["bs.cs.2025", "bs.cs.2024"], indent=1),
        R("Capital in excess of par value", ["bs.apic.2025", "bs.apic.2024"], indent=1),
        R("Retained earnings", ["bs.re.2025", "bs.re.2024"], indent=1),
        R("Accumulated other comprehensive loss", ["bs.aoci.2025", "bs.aoci.2024"], indent=1),
        R("Treasury stock, at cost", ["bs.treasury.2025", "bs.treasury.2024"], indent=1),
        R("Total shareholders' equity", ["bs.equity.2025", "bs.equity.2024"], kind="sub"),
        R("Total liabilities and shareholders' equity", ["bs.le.2025", "bs.le.2024"], kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", BS_COLS, rows, unit=MIL, label_w=96, keep=True)
    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Operating activities", kind="head"),
        R("Net earnings", yrs("cf.ni"), indent=1, dollar=True),
        R("Adjustments to reconcile net earnings to cash provided by operating activities:", kind="head", indent=1),
        R("Depreciation, depletion and amortization", yrs("cf.dda"), indent=2),
        R("Accretion of asset retirement obligations", yrs("cf.accr"), indent=2),
        R("Amortization of debt discount and issuance costs", yrs("cf.amort"), indent=2),
        R("Deferred income taxes", yrs("cf.dtax"), indent=2),
        R("Share-based compensation", yrs("cf.sbc"), indent=2),
        R("Gain on sale of property, plant and equipment", yrs("cf.gain"), indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Accounts receivable", yrs("cf.ar"), indent=2),
        R("Inventories", yrs("cf.inv"), indent=2),
        R("Prepaid expenses and other current assets", yrs("cf.prepaid"), indent=2),
        R("Accounts payable", yrs("cf.ap"), indent=2),
        R("Accrued liabilities", yrs("cf.accrued"), indent=2),
        R("Asset retirement obligations settled", yrs("cf.aro_set"), indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), kind="sub"),
        R("", [], kind="break"),
        R("Investing activities", kind="head"),
        R("Purchases of property, plant and equipment", yrs("cf.capex"), indent=1),
        R("Proceeds from sales of property, plant and equipment", yrs("cf.proceeds"), indent=1),
        R("Acquisitions, net of cash acquired", yrs("cf.acq"), indent=1),
        R("Net cash used for investing activities", yrs("cf.cfi"), kind="sub"),
        R("Financing activities", kind="head"),
        R("Proceeds from issuance of long-term debt", yrs("cf.borrow"), indent=1),
        R("Repayments of long-term debt", yrs("cf.repay"), indent=1),
        R("Debt issuance costs", yrs("cf.costs"), indent=1),
        R("Dividends paid", yrs("cf.div"), indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), indent=1),
        R("Shares withheld for employee taxes", yrs("cf.taxw"), indent=1),
        R("Net cash used for financing activities", yrs("cf.cff"), kind="sub"),
        R("Net increase (decrease) in cash and cash equivalents", yrs("cf.change"), kind="sub"),
        R("Cash and cash equivalents, beginning of year", yrs("cf.begin")),
        R("Cash and cash equivalents, end of year", yrs("cf.end"), kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", YCOLS, rows, groups=YEAR_HEAD, unit=MIL, label_w=88)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes", keep=50)
    doc.heading("Note 1 \u2014 Summary of significant accounting policies", 3, keep=30)
    doc.para("The consolidated financial statements include Tallowmere Stone & Cement Corporation and its wholly "
             "owned subsidiaries. Revenue is recognized when products are delivered to the customer's site or "
             "loaded at our plant, depending on the shipping terms. Freight billed to customers is included in "
             "revenue.")
    doc.section = "note_ppe"
    doc.heading("Note 2 \u2014 Property, plant and equipment", 3, keep=70)
    rows = [
        R("Land and mineral reserves", ["ppe.land.2025", "ppe.land.2024"], dollar=True),
        R("Buildings and improvements", ["ppe.bldg.2025", "ppe.bldg.2024"]),
        R("Machinery and equipment", ["ppe.mach.2025", "ppe.mach.2024"]),
        R("Construction in progress", ["ppe.cip.2025", "ppe.cip.2024"]),
        R("Property, plant and equipment, at cost", ["ppe.gross.2025", "ppe.gross.2024"], kind="sub"),
        R("Accumulated depreciation, depletion and amortization", ["ppe.acc.2025", "ppe.acc.2024"]),
        R("Net", ["ppe.net.2025", "ppe.net.2024"], kind="total", dollar=True),
    ]
    doc.table("Property, Plant and Equipment", BS_COLS, rows, unit=MIL, label_w=96)
    doc.para("Depreciation, depletion and amortization expense was {cf.dda.2025:d1} million in 2025, "
             "{cf.dda.2024:d1} million in 2024 and {cf.dda.2023:d1} million in 2023. Mineral reserves are depleted "
             "on a units-of-production basis; other assets are depreciated on a straight-line basis over 3 to 40 "
             "years.")
    doc.section = "note_debt"
    doc.heading("Note 3 \u2014 Debt", 3, keep=80)
    rows = [R(desc, [f"debt.n{n}.2025", f"debt.n{n}.2024"], dollar=n == 0)
            for n, (desc, _a, _b, _y) in enumerate(td.NOTES)]
    rows += [
        R("Total principal", ["debt.principal.2025", "debt.principal.2024"], kind="sub"),
        R("Unamortized discount and debt issuance costs", ["debt.disc.2025", "debt.disc.2024"]),
        R("Total debt", ["debt.total.2025", "debt.total.2024"], kind="sub"),
        R("Less current maturities", ["debt.cur.2025", "debt.cur.2024"]),
        R("Long-term debt, excluding current maturities", ["debt.lt.2025", "debt.lt.2024"], kind="total",
          dollar=True),
    ]
    doc.table("Long-Term Debt", BS_COLS, rows, unit=MIL, label_w=96)
    doc.para("Scheduled principal payments at December 31, 2025 are shown below. The term loan bears interest at a "
             "floating rate; the revolving credit facility matures in 2030.")
    rows = [R(str(y), [f"debt.due.{y}"], dollar=y == 2026) for y in (2026, 2027, 2028, 2029, 2030)]
    rows.append(R("Thereafter", ["debt.due.thereafter"]))
    rows.append(R("Total principal payments", ["debt.principal.2025"], kind="total", dollar=True))
    doc.table("Debt Maturities", ["Principal"], rows, unit=MIL, label_w=70, col_w=34)
    doc.section = "note_aro"
    doc.heading("Note 4 \u2014 Asset retirement obligations", 3, keep=70)
    doc.para("We record a liability for the cost to reclaim quarries and retire cement plant assets when the "
             "obligation is incurred, and capitalize an equal amount in property, plant and equipment.")
    rows = [
        R("Balance at beginning of year", ["aro.begin.2025", "aro.begin.2024"], dollar=True),
        R("Liabilities incurred", ["aro.inc.2025", "aro.inc.2024"]),
        R("Accretion expense", ["aro.acc.2025", "aro.acc.2024"]),
        R("Liabilities settled", ["aro.set.2025", "aro.set.2024"]),
        R("Revisions in estimated cash flows", ["aro.rev.2025", "aro.rev.2024"]),
        R("Balance at end of year", ["aro.end.2025", "aro.end.2024"], kind="total", dollar=True),
    ]
    doc.table("Asset Retirement Obligations", ["2025", "2024"], rows, unit=MIL, label_w=96)


def closing(doc: Doc) -> None:
    doc.section = "item9a"
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=30)
    doc.para("Management, with the participation of our chief executive officer and chief financial officer, "
             "concluded that our disclosure controls and procedures and our internal control over financial "
             "reporting were effective as of December 31, 2025.")
    doc.section = "part4"
    doc.heading("PART IV", 1, anchor="part4", keep=40)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 2, anchor="item15", keep=30)
    doc.para("3.1 Restated certificate of incorporation; 4.1 Indenture for senior notes; 21.1 Subsidiaries; 23.1 "
             "Consent of independent registered public accounting firm; 31.1, 31.2 and 32.1 Certifications; 95 Mine "
             "safety disclosures; 101 Inline XBRL documents.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized.")
    doc.para("TALLOWMERE STONE & CEMENT CORPORATION\nFebruary 19, 2026\n/s/ Marisol D. Okonkwo-Latham, Chair and "
             "Chief Executive Officer\n/s/ Everett J. Szymanski-Reyes, Executive Vice President and Chief Financial "
             "Officer", align="L")


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
    values = td.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
