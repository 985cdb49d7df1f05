"""Render the Orrindale Machinery Corporation Form 10-K for the fiscal year ended October 31, 2025.

House style: Liberation Sans text with Liberation Sans Narrow tables, "ruled" tables (heavy navy rule over the column
heads and under the table, a hairline under every row, right-aligned column heads, short rules over subtotals and a
navy rule under totals), upper-case left-aligned navy table titles with the units line set flush right, "$" attached
to the figure on first and total rows, negatives in parentheses, an em dash for zero, level-one headings marked by a
navy bar, and the financial statements at the back on "F-" numbered pages after the signatures; the body pages carry
the printed page number of the whole document (the cover being page 1, unnumbered).
"""

from __future__ import annotations

from decimal import Decimal

import orrindale_data as od
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Orrindale Machinery Corporation"
DOC_NAME = "ORRINDALE_2025_10K"
NAVY = (22, 45, 94)
MIL = "(in millions)"
MIL_PS = "(in millions, except per share amounts)"
FY_GROUP = [("Fiscal Year Ended October 31", 0, 3)]
COLS3 = ["2025", "2024", "2023"]
COLS2 = ["2025", "2024"]
BS_GROUP = [("October 31", 0, 2)]


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    start = getattr(doc, "f_start", None)
    if start is not None and index >= start:
        return f"F-{index - start + 1}"
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSans", "B", 6.8)
    doc.set_text_color(*NAVY)
    doc.set_xy(doc.l_margin, 9.0)
    doc.cell(doc.width / 2, 4, "ORRINDALE MACHINERY CORPORATION")
    doc.set_font("LiberationSans", "", 6.8)
    doc.cell(doc.width / 2, 4, "Annual Report on Form 10-K  |  Fiscal Year 2025", align="R")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_fill_color(*NAVY)
    doc.rect(doc.w - doc.r_margin - 14, doc.h - 14.2, 14, 0.8, style="F")
    doc.set_font("LiberationSans", "B", 8.0)
    doc.set_text_color(*NAVY)
    doc.set_xy(doc.w - doc.r_margin - 30, doc.h - 12.6)
    doc.cell(30, 4, label, align="R")


STYLE = Style(
    body_family="LiberationSans",
    body_files={"": "liberation/LiberationSans-Regular.ttf", "B": "liberation/LiberationSans-Bold.ttf",
                "I": "liberation/LiberationSans-Italic.ttf", "BI": "liberation/LiberationSans-BoldItalic.ttf"},
    table_family="LiberationSansNarrow",
    table_files={"": "liberation/LiberationSansNarrow-Regular.ttf", "B": "liberation/LiberationSansNarrow-Bold.ttf",
                 "I": "liberation/LiberationSansNarrow-Italic.ttf",
                 "BI": "liberation/LiberationSansNarrow-BoldItalic.ttf"},
    body_size=8.8,
    table_size=8.4,
    table_mode="ruled",
    negative="paren",
    dollar="attached",
    zero="\u2014",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (Continued)",
    title_align="L",
    unit_align="R",
    title_upper=True,
    head_align="R",
    toc_style="plain",
    heading_kind="bar",
    heading_upper=False,
    accent=NAVY,
    hairline=(196, 203, 218),
    margin_l=20, margin_r=20, margin_t=17, margin_b=17,
)

TOC = [
    ("PART I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 1B. Unresolved Staff Comments", "item1b", 1),
    ("Item 1C. Cybersecurity", "item1c", 1),
    ("Item 2. Properties", "item2", 1),
    ("Item 3. Legal Proceedings", "item3", 1),
    ("Item 4. Mine Safety Disclosures", "item4", 1),
    ("PART II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
     "Securities", "item5", 1),
    ("Item 6. [Reserved]", "item6", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "item7a", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "item9", 1),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("Item 9B. Other Information", "item9b", 1),
    ("PART III (Items 10 through 14)", "part3", 0),
    ("PART IV", "part4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "signatures", 1),
    ("Index to Consolidated Financial Statements", "findex", 0),
]


def yrs(prefix: str, years: tuple[int, ...] = od.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


BS = od.BS_YEARS


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.set_fill_color(*NAVY)
    doc.rect(doc.l_margin, doc.get_y(), doc.width, 2.0, style="F")
    doc.ln(5)
    doc.body("B", 11)
    doc.cell(doc.width, 5.5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.body("", 9)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 22)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=8.6,
             align="L")
    doc.para("For the fiscal year ended October 31, 2025", style="B", size=8.8, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=8.6,
             align="L")
    doc.para("Commission file number 1-40582", size=8.6, align="C")
    doc.ln(3)
    doc.body("B", 17)
    doc.cell(doc.width, 9, "ORRINDALE MACHINERY CORPORATION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8.4)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State of incorporation", ["=Kerrowan"]),
        R("I.R.S. Employer Identification No.", ["=47-2086315"]),
        R("Principal executive offices", ["=2200 Harrowfield Road, Ashby Falls, Kerrowan 61724"]),
        R("Telephone number", ["=(608) 555-0193"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=70, size=8.2)
    rows = [R("Common Stock, $0.01 par value", ["=ORMC", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading Symbol",
              "Name of each exchange\non which registered"], rows, label_w=70, size=8.2)
    doc.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
             "Securities Act. Yes [X] No [  ]. Indicate by check mark whether the registrant (1) has filed all "
             "reports required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the "
             "preceding 12 months and (2) has been subject to such filing requirements for the past 90 days. "
             "Yes [X] No [  ]. Large accelerated filer [X]. Shell company: Yes [  ] No [X].", size=7.8)
    doc.para("The aggregate market value of the voting stock held by non-affiliates of the registrant as of April 30, "
             "2025, the last business day of its most recently completed second fiscal quarter, was approximately "
             "$6.3 billion. As of December 5, 2025, 70,204,118 shares of common stock were outstanding.", size=7.8)
    doc.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the proxy statement for the 2026 annual meeting of "
             "stockholders are incorporated by reference into Part III.", size=7.8)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 12)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 7, "TABLE OF CONTENTS", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Cautionary Statement Regarding Forward-Looking Information", 2, keep=30)
    doc.para("Statements in this report about our fiscal 2026 outlook, farm income, dealer inventory levels, pricing, "
             "the benefits of our restructuring actions, capital spending and share repurchases are forward-looking. "
             "Words such as \"anticipate,\" \"believe,\" \"estimate,\" \"expect,\" \"outlook,\" \"plan\" and "
             "\"project\" identify them. They depend on assumptions about crop prices, interest rates, government "
             "farm programs, weather, trade policy, steel and component costs, currency rates and the health of our "
             "dealer network, and actual results may differ materially. We undertake no obligation to update them.",
             size=8.4)
    doc.para("Unless the context indicates otherwise, \"Orrindale,\" the \"Company,\" \"we,\" \"us\" and \"our\" "
             "refer to Orrindale Machinery Corporation and its consolidated subsidiaries. Our fiscal year ends on "
             "October 31; \"fiscal 2025\" refers to the year ended October 31, 2025.", size=8.4)


def business(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("PART I", 0, anchor="part1")
    doc.heading("Item 1. Business", 1, anchor="item1")
    doc.heading("Overview", 3)
    doc.para("Orrindale Machinery Corporation designs, manufactures and sells agricultural and turf equipment and the "
             "parts, precision guidance hardware and software subscriptions that support it. Founded in 1911 as a "
             "maker of horse-drawn grain drills in Ashby Falls, Kerrowan, we now sell through approximately "
             "{biz.dealers:n0} independent dealer locations in {biz.countries:n0} countries and operate "
             "{biz.plants:n0} manufacturing plants. We manage the business in three reportable segments.")
    doc.bullets([
        "Row Crop and Harvest designs and builds high-horsepower row crop tractors, combines and harvesting heads, "
        "planters and air seeders sold mainly to large grain and oilseed farms.",
        "Compact and Turf Equipment builds compact and utility tractors, commercial zero-turn and wide-area mowers and "
        "utility vehicles for livestock and specialty farms, landscapers, golf courses and municipalities.",
        "Aftermarket and Precision Solutions sells replacement parts, remanufactured components, guidance and "
        "section-control hardware and the Furrowline subscription software that connects machines to the farm "
        "office. At October 31, 2025, Furrowline had approximately {biz.subs:n0} paid subscriptions covering "
        "about {biz.acres:n0} million acres.",
    ], size=8.6)
    doc.heading("Distribution and Seasonality", 3)
    doc.para("We sell complete machines to independent dealers, who resell them to end customers and provide service. "
             "Dealers finance their inventories through third-party floor plan lenders, and we offer interest "
             "waiver periods and volume incentives that are recorded as reductions of net sales. Retail demand for "
             "row crop equipment follows farm income, which depends on crop prices, yields and input costs. Shipments "
             "are heaviest in our second and third fiscal quarters, ahead of the spring planting and autumn harvest "
             "seasons, and dealers place early orders for combines during the summer. Parts demand is steadier and "
             "rises with the age and usage of the installed fleet.")
    doc.heading("Competition, Suppliers and Backlog", 3)
    doc.para("We compete with several global full-line manufacturers and many regional short-line specialists on "
             "product performance, uptime, dealer support, technology and price. Our principal purchased materials "
             "are steel plate and bar, castings, hydraulic components, engines, tires and electronic controllers; "
             "we buy engines under long-term agreements with two suppliers. Order backlog, which consists of firm "
             "dealer orders for complete machines and precision hardware scheduled for shipment within twelve "
             "months, is discussed in Item 7.")
    doc.heading("Human Capital", 3)
    doc.para("At October 31, 2025, we employed approximately {biz.employees:n0} people, {biz.union_pct:n0}% of whom "
             "were covered by collective bargaining agreements or works councils. During fiscal 2025 we reduced "
             "salaried positions and consolidated two component plants as part of the restructuring described in "
             "Note 7. We track recordable injury rates, voluntary turnover and internal promotion rates and report "
             "them to the Board's Compensation and Talent Committee.")

    doc.section = "risk"
    doc.heading("Item 1A. Risk Factors", 1, anchor="item1a", keep=40)
    doc.bullets([
        "Lower crop prices, higher interest rates or reduced government support can depress farm income and "
        "customers' willingness to buy new large equipment, as they did in fiscal 2025.",
        "High dealer inventories may require us to cut production, offer larger sales incentives or both.",
        "Increases in the cost of steel, components and freight may not be recovered through price realization.",
        "We depend on a limited number of suppliers for engines, transmissions and electronic controllers.",
        "Our precision technology and connected machines expose us to cybersecurity, data privacy and product "
        "liability risks.",
        "Our international operations are exposed to currency movements, tariffs and trade disputes.",
        "Restructuring actions may not deliver the savings we expect and may disrupt operations.",
    ], size=8.6)
    doc.heading("Item 1B. Unresolved Staff Comments", 1, anchor="item1b", keep=16)
    doc.para("None.")
    doc.heading("Item 1C. Cybersecurity", 1, anchor="item1c", keep=24)
    doc.para("Our information security program is overseen by the Audit Committee and led by our Chief Information "
             "Security Officer, who has more than twenty years of experience in industrial control system security. "
             "The program includes threat monitoring for our plants and Furrowline cloud services, annual third-party "
             "assessments, supplier risk reviews and tabletop exercises. We did not identify any cybersecurity "
             "incident in fiscal 2025 that materially affected us.")

    doc.section = "properties"
    doc.heading("Item 2. Properties", 1, anchor="item2", keep=60)
    plants = [
        ("Ashby Falls, Kerrowan", "Row Crop and Harvest", "Tractors, planters", "1,840", "Owned"),
        ("Tessenden, Kerrowan", "Row Crop and Harvest", "Combines, heads", "1,265", "Owned"),
        ("Morrow Bend, Lindquay", "Compact and Turf Equipment", "Compact tractors", "712", "Owned"),
        ("Calloway Junction, Lindquay", "Compact and Turf Equipment", "Mowers, utility vehicles", "548", "Leased"),
        ("Harnett Springs, Kerrowan", "Aftermarket and Precision", "Parts distribution", "906", "Owned"),
        ("Vellmoor (Europe)", "Row Crop and Harvest", "Tractors, balers", "694", "Owned"),
        ("Santa Ilvara (South America)", "Row Crop and Harvest", "Planters", "318", "Owned"),
    ]
    rows = [R(loc, ["=" + seg, "=" + prod, "=" + sq, "=" + own]) for loc, seg, prod, sq, own in plants]
    doc.table("Principal Manufacturing and Distribution Facilities", ["Segment", "Principal Products",
              "Floor Area\n(000 sq. ft.)", "Owned /\nLeased"], rows, label_w=46, col_w=32.5, size=8.0)
    doc.para("We also own two smaller component plants and lease regional parts depots and sales offices. We "
             "believe our facilities are suitable and adequate; utilization of our row crop plants was lower in "
             "fiscal 2025 because of reduced production schedules.")
    doc.heading("Item 3. Legal Proceedings", 1, anchor="item3", keep=16)
    doc.para("We are party to product liability, warranty, employment and commercial claims arising in the ordinary "
             "course of business. See Note 13. We do not expect these matters to have a material adverse effect.")
    doc.heading("Item 4. Mine Safety Disclosures", 1, anchor="item4", keep=14)
    doc.para("Not applicable.")


def part2(doc: Doc) -> None:
    doc.section = "market"
    doc.heading("PART II", 0, anchor="part2", keep=70)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 1, anchor="item5")
    doc.para("Our common stock is listed on the New York Stock Exchange under the symbol \"ORMC.\" At December 5, "
             "2025, there were 3,812 holders of record. We declared dividends of ${is.dps.2025:n2} per share in fiscal "
             "2025. Our Board has authorized the repurchase of up to {rep.authorization:d0} million of common stock "
             "under a program approved in December 2023 that has no expiration date.")
    doc.section = "repo"
    rows = []
    for mth, label in (("aug", "August 1 \u2013 31, 2025"), ("sep", "September 1 \u2013 30, 2025"),
                       ("oct", "October 1 \u2013 31, 2025")):
        rows.append(R(label, [f"rep.shares.{mth}", f"rep.price.{mth}", f"rep.shares.{mth}", f"rep.remaining.{mth}"],
                      ["n0", "n2", "n0", "n1"]))
    rows.append(R("Total fourth quarter", ["rep.shares.q4", "rep.price.q4", "rep.shares.q4", None],
                  ["n0", "n2", "n0", "n1"], kind="total"))
    doc.table("Issuer Purchases of Equity Securities", ["Total Number\nof Shares\nPurchased",
              "Average\nPrice Paid\nper Share ($)", "Shares Purchased\nas Part of Publicly\nAnnounced Program",
              "Approximate Dollar\nValue Remaining\n($ millions)"], rows, label_w=48)
    doc.heading("Item 6. [Reserved]", 1, anchor="item6", keep=14)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1,
                anchor="item7", keep=70)
    doc.heading("Fiscal 2025 Overview", 3)
    doc.para("Fiscal 2025 was a year of lower demand for large farm equipment. Net sales declined "
             "{mda.sales_chg:p1} to {is.rev.2025:d0} million as Row Crop and Harvest shipments fell with lower farm "
             "income and our decision to reduce dealer inventories, while Aftermarket and Precision Solutions grew on "
             "parts demand, Furrowline subscriptions and the acquisition of Pell Orchard Analytics in March 2025. "
             "Price realization remained positive. Net income was {is.ni.2025:d0} million, or "
             "${is.eps_diluted.2025:n2} per diluted share, and adjusted diluted EPS, a non-GAAP measure, was "
             "${ng.adj_eps.2025:n2}. We recorded restructuring and impairment charges of {is.restr.2025:d0} million "
             "for salaried workforce reductions and the consolidation of two component plants.")
    doc.para("Outlook. For fiscal 2026 we expect industry retail demand for large row crop equipment in North America "
             "to decline a further {mda.rch_decline_low:n0}% to {mda.rch_decline_high:n0}%, and we expect diluted EPS "
             "of ${mda.guide_low:n2} to ${mda.guide_high:n2}. We plan capital expenditures of about "
             "{mda.capex_2026:d0} million and expect to contribute {pen.contrib_2026:d0} million to our pension "
             "plans.")

    doc.section = "mda_results"
    doc.heading("Consolidated Results of Operations", 3, keep=60)
    rows = [
        R("Net sales", yrs("is.rev"), "n0", dollar=True),
        R("Gross profit", yrs("is.gp"), "n0"),
        R("Gross margin", yrs("is.gm"), "p1", indent=1),
        R("Operating income", yrs("is.oi"), "n0"),
        R("Operating margin", yrs("is.om"), "p1", indent=1),
        R("Net income", yrs("is.ni"), "n0", dollar=True),
        R("Diluted earnings per share", yrs("is.eps_diluted"), "n2", dollar=True),
        R("Effective income tax rate", yrs("tax.rate.eff"), "p1"),
    ]
    doc.table("Summary of Results", COLS3, rows, groups=FY_GROUP, unit=MIL_PS, label_w=80)
    doc.para("Gross margin declined in fiscal 2025 because lower production volumes at our row crop plants reduced "
             "absorption of fixed manufacturing costs, partly offset by price realization, lower steel costs and a "
             "richer mix of aftermarket sales. Selling, general and administrative expenses decreased because of "
             "lower incentive compensation and the first savings from the restructuring program, while research and "
             "development spending continued to rise with autonomy and electrification programs.")

    doc.section = "mda_bridge"
    doc.heading("Net Sales by Segment", 3, keep=60)
    rows = [R(name, [f"bridge.{g}.{c}" for c in ("start", "vol", "price", "fx", "acq", "end")], "n0",
              dollar=(n == 0)) for n, (g, name) in enumerate(od.SEGMENTS.items())]
    rows.append(R("Total", [f"bridge.total.{c}" for c in ("start", "vol", "price", "fx", "acq", "end")], "n0",
                  kind="total", dollar=True))
    doc.table("Net Sales Change, Fiscal 2025 Compared with Fiscal 2024", ["Fiscal\n2024", "Volume\nand Mix",
              "Price\nRealization", "Currency", "Acquisitions", "Fiscal\n2025"], rows,
              groups=[("Change Attributable to", 1, 4)], unit=MIL, label_w=58)

    doc.section = "mda_seg"
    levels = [[("Fiscal Year Ended October 31", 0, 6)], [("Net Sales", 0, 3), ("Operating Profit", 3, 3)]]
    rows = [R(name, yrs(f"seg.sales.{g}") + yrs(f"seg.op.{g}"), "n0", dollar=(n == 0))
            for n, (g, name) in enumerate(od.SEGMENTS.items())]
    rows += [
        R("Total segments", yrs("seg.sales.total") + yrs("seg.op.total"), "n0", kind="sub"),
        R("Corporate expenses", [None, None, None] + yrs("seg.corp"), "n0"),
        R("Restructuring and impairment charges", [None, None, None] + yrs("seg.restr"), "n0"),
        R("Consolidated", yrs("is.rev") + yrs("seg.oi"), "n0", kind="total", dollar=True),
    ]
    doc.table("Segment Results", COLS3 + COLS3, rows, groups=levels, unit=MIL, label_w=52)
    rows = [R(name, yrs(f"seg.margin.{g}"), "p1") for g, name in od.SEGMENTS.items()]
    doc.table("Segment Operating Margin", COLS3, rows, groups=FY_GROUP, unit="(operating profit as a percentage of "
              "segment net sales)", label_w=80)
    doc.para("Row Crop and Harvest. Net sales decreased mainly because of lower shipment volumes of high-horsepower "
             "tractors and combines, partly offset by price realization. Operating profit declined with lower "
             "volumes and under-absorption at the Ashby Falls and Tessenden plants. Compact and Turf Equipment. "
             "Net sales increased on higher shipments of compact tractors and commercial mowers to landscape and "
             "municipal customers, and operating margin improved on price and lower freight costs. Aftermarket and "
             "Precision Solutions. Net sales rose on parts volume, price and Furrowline subscription growth; Pell "
             "Orchard Analytics contributed {bridge.aps.acq:d0} million of net sales after its acquisition.")

    doc.section = "mda_units"
    rows = [R(label, yrs(f"units.{k}"), "n0") for k, label in od.UNIT_LABELS.items()]
    doc.table("Unit Shipments", COLS3, rows, groups=FY_GROUP, unit="(units)", label_w=80)
    rows = [R(name, [f"backlog.{g}.2025", f"backlog.{g}.2024"], "n0", dollar=(n == 0))
            for n, (g, name) in enumerate(od.SEGMENTS.items())]
    rows.append(R("Total order backlog", ["backlog.total.2025", "backlog.total.2024"], "n0", kind="total",
                  dollar=True))
    doc.table("Order Backlog", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=80)

    doc.section = "mda_ng"
    doc.heading("Non-GAAP Financial Measures", 3, keep=80)
    doc.para("We use adjusted EBITDA, adjusted net income, adjusted diluted EPS and free cash flow to evaluate "
             "operating performance and to set incentive compensation. They exclude restructuring and impairment "
             "charges, acquisition-related costs and, for adjusted net income, amortization of acquired intangible "
             "assets, each net of the related income tax effect at a blended rate of 23.5%. These measures are not "
             "substitutes for the comparable GAAP measures.")
    rows = [
        R("Net income", yrs("is.ni"), "n0", dollar=True),
        R("Provision for income taxes", yrs("is.tax"), "n0", indent=1),
        R("Interest expense", yrs("ng.int_exp"), "n0", indent=1),
        R("Interest income", yrs("ng.int_inc"), "n0", indent=1),
        R("Depreciation and amortization", yrs("is.da"), "n0", indent=1),
        R("EBITDA", yrs("ng.ebitda"), "n0", kind="sub"),
        R("Restructuring and impairment charges", yrs("is.restr"), "n0", indent=1),
        R("Acquisition-related costs", yrs("ng.acq"), "n0", indent=1),
        R("Adjusted EBITDA", yrs("ng.adj_ebitda"), "n0", kind="total", dollar=True),
        R("Adjusted EBITDA margin", yrs("ng.adj_ebitda_margin"), "p1"),
        R("Net income", yrs("is.ni"), "n0", dollar=True),
        R("Restructuring and impairment charges", yrs("is.restr"), "n0", indent=1),
        R("Acquisition-related costs", yrs("ng.acq"), "n0", indent=1),
        R("Amortization of intangible assets", yrs("is.amort"), "n0", indent=1),
        R("Income tax effect of adjustments", yrs("ng.tax_adj"), "n0", indent=1),
        R("Adjusted net income", yrs("ng.adj_ni"), "n0", kind="sub", dollar=True),
        R("Diluted weighted-average shares (millions)", yrs("is.shares_diluted"), "n1"),
        R("Adjusted diluted EPS", yrs("ng.adj_eps"), "n2", kind="total", dollar=True),
    ]
    doc.table("Reconciliation of Non-GAAP Measures", COLS3, rows, groups=FY_GROUP, unit=MIL_PS, label_w=80,
              keep=True)

    doc.section = "mda_liq"
    doc.heading("Liquidity and Capital Resources", 3, keep=70)
    doc.para("Our principal sources of liquidity are cash from operations, our commercial paper program and a "
             "{debt.rcf:d0} million revolving credit facility that expires in September 2030 and was undrawn at "
             "October 31, 2025. Commercial paper outstanding, reported as short-term borrowings, reached a maximum "
             "of {mda.cp_max:d0} million during fiscal 2025 and carried a weighted-average rate of "
             "{debt.cp_rate:n2}% at year end. Available liquidity, defined as cash plus unused revolver capacity less "
             "commercial paper outstanding, was {mda.liquidity:d0} million at October 31, 2025.")
    rows = [
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n0", dollar=True),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n0"),
        R("Net cash used in financing activities", yrs("cf.cff"), "n0"),
        R("Effect of exchange rate changes on cash", yrs("cf.fx"), "n0"),
        R("Net increase in cash and cash equivalents", yrs("cf.change"), "n0", kind="total", dollar=True),
        R("Free cash flow (operating cash flow less capital expenditures)", yrs("ng.fcf"), "n0", bold=True),
    ]
    doc.table("Cash Flow Summary", COLS3, rows, groups=FY_GROUP, unit=MIL, label_w=80)
    rows = [
        R("Short-term borrowings", yrs("bs.st_debt", BS), "n0", dollar=True),
        R("Total long-term debt, including current maturities", yrs("debt.total", BS), "n0"),
        R("Total debt", yrs("cap.debt", BS), "n0", kind="sub"),
        R("Less cash and cash equivalents", yrs("bs.cash", BS), "n0"),
        R("Net debt", yrs("cap.net_debt", BS), "n0", kind="total", dollar=True),
        R("Total stockholders' equity", yrs("bs.equity", BS), "n0"),
    ]
    doc.table("Capitalization", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=80)
    doc.para("Operating cash flow in fiscal 2025 benefited from lower receivables and inventories, partly offset by "
             "lower accounts payable and the payment of fiscal 2024 incentive compensation. In fiscal 2025 we issued "
             "{debt.n35.2025:d0} million of 5.15% senior notes due 2035 and used the proceeds, with cash on hand, to "
             "repay the 3.40% notes that matured in June 2025 and part of the term loan.")
    doc.heading("Critical Accounting Estimates", 3, keep=30)
    doc.para("Our most significant estimates relate to sales incentive accruals, product warranty, the recoverability "
             "of goodwill in the Row Crop and Harvest reporting unit, pension assumptions and income taxes. Sales "
             "incentives are estimated from program terms and expected retail volumes; a 1% change in expected "
             "retail volumes would change the accrual by about $3 million. The fair value of the Row Crop and "
             "Harvest reporting unit exceeded its carrying value by more than 40% at our annual test date.")

    doc.section = "item7a"
    doc.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, anchor="item7a", keep=30)
    doc.para("We are exposed to changes in interest rates on commercial paper and the term loan, to currency "
             "movements on the net assets and sales of our European and South American operations, and to commodity "
             "prices for steel and components. A 100 basis point increase in short-term rates would increase annual "
             "interest expense by about $3 million. A 10% weaker euro would have reduced fiscal 2025 net sales by "
             "about $75 million. We use forward contracts to hedge some intercompany transactions and do not hold "
             "derivatives for trading.")


def back_matter(doc: Doc) -> None:
    doc.section = "item8"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 1, anchor="item8", keep=30)
    doc.para("The consolidated financial statements, the notes to them and the report of our independent registered "
             "public accounting firm begin on page F-1 of this report.")
    doc.heading("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1,
                anchor="item9", keep=20)
    doc.para("None.")
    doc.heading("Item 9A. Controls and Procedures", 1, anchor="item9a", keep=30)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of October 31, 2025. Management assessed internal control over financial "
             "reporting using the 2013 COSO framework and concluded that it was effective; the assessment excluded "
             "Pell Orchard Analytics, acquired in March 2025, which represented less than 2% of total assets and net "
             "sales. Pemberly Vance & Co. LLP has issued an attestation report on our internal control.")
    doc.heading("Item 9B. Other Information", 1, anchor="item9b", keep=20)
    doc.para("During the fourth quarter of fiscal 2025, no director or officer adopted or terminated a Rule 10b5-1 "
             "trading arrangement. Item 9C is not applicable.")
    doc.section = "part3"
    doc.heading("PART III", 0, anchor="part3", keep=30)
    doc.para("The information required by Items 10 through 14 (directors, executive officers and corporate "
             "governance; executive compensation; security ownership; certain relationships and director "
             "independence; and principal accountant fees and services) is incorporated by reference from our proxy "
             "statement for the 2026 annual meeting of stockholders.")
    doc.heading("PART IV", 0, anchor="part4", keep=40)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 1, anchor="item15", keep=30)
    doc.para("Financial statements: see the Index to Consolidated Financial Statements on page F-1. Exhibits include "
             "the restated certificate of incorporation, the indentures for our senior notes, the credit agreement "
             "dated September 18, 2025, executive compensation plans, the subsidiary list, the consent of Pemberly "
             "Vance & Co. LLP, Rule 13a-14(a) and Section 1350 certifications and Inline XBRL documents. Item 16 "
             "(Form 10-K Summary) is omitted.")
    doc.heading("Signatures", 1, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on December 16, 2025.", size=8.4)
    doc.para("ORRINDALE MACHINERY CORPORATION\n"
             "/s/ Marguerite A. Solvang-Teague, Chairman and Chief Executive Officer\n"
             "/s/ Desmond K. Arkwright-Obi, Senior Vice President and Chief Financial Officer\n"
             "/s/ Lorna B. Quistgaard, Vice President, Controller and Chief Accounting Officer", size=8.4, align="L")


def statements(doc: Doc) -> None:
    doc.f_start = doc.page_no()  # the next page is F-1
    doc.add_page()
    doc.section = "findex"
    doc.heading("Index to Consolidated Financial Statements", 1, anchor="findex")
    items = [("Report of Independent Registered Public Accounting Firm", "F-1"),
             ("Consolidated Statements of Income", "stmt_is"), ("Consolidated Statements of Comprehensive Income",
                                                                "stmt_ci"),
             ("Consolidated Balance Sheets", "stmt_bs"), ("Consolidated Statements of Cash Flows", "stmt_cf"),
             ("Consolidated Statements of Stockholders' Equity", "stmt_eq"),
             ("Notes to Consolidated Financial Statements", "stmt_notes")]
    for title, anchor in items:
        doc.body("", 8.8)
        doc.cell(doc.width - 20, 5, title)
        label = anchor if anchor.startswith("F-") else doc.toc_labels.get(anchor, "F-0")
        doc.cell(20, 5, label, align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.section = "audit"
    doc.heading("Report of Independent Registered Public Accounting Firm", 2, keep=30)
    doc.para("To the Stockholders and Board of Directors of Orrindale Machinery Corporation", style="I", size=8.4)
    doc.para("Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
             "Orrindale Machinery Corporation and subsidiaries (the Company) as of October 31, 2025 and 2024, the "
             "related consolidated statements of income, comprehensive income, stockholders' equity and cash flows "
             "for each of the three years in the period ended October 31, 2025, and the related notes. In our "
             "opinion, the financial statements present fairly, in all material respects, the financial position of "
             "the Company at October 31, 2025 and 2024, and the results of its operations and its cash flows for "
             "each of the three years in the period ended October 31, 2025, in conformity with U.S. generally "
             "accepted accounting principles.", size=8.4)
    doc.para("Critical audit matter: sales incentive accruals. The Company accrues for dealer and retail sales "
             "incentive programs based on program terms and estimates of future retail sales. Auditing the accrual "
             "was complex because of the judgment involved in estimating retail volumes and program participation. "
             "We tested controls over the accrual process, compared prior estimates with actual claims, and "
             "evaluated the retail volume assumptions against dealer inventory and industry data.", size=8.4)
    doc.para("/s/ Pemberly Vance & Co. LLP\nWe have served as the Company's auditor since 1987.\nAshby Falls, "
             "Kerrowan, December 16, 2025", size=8.4, align="L")

    doc.new_page()
    doc.section = "IS"
    doc.anchor("stmt_is")
    rows = [
        R("Net sales", kind="head"),
        R("Equipment", yrs("is.rev_equip"), "n0", indent=1, dollar=True),
        R("Parts, service and technology", yrs("is.rev_parts"), "n0", indent=1),
        R("Total net sales", yrs("is.rev"), "n0", kind="sub"),
        R("Cost of sales", yrs("is.cogs"), "n0"),
        R("Gross profit", yrs("is.gp"), "n0", kind="sub"),
        R("Operating expenses", kind="head"),
        R("Selling, general and administrative", yrs("is.sga"), "n0", indent=1),
        R("Research and development", yrs("is.rd"), "n0", indent=1),
        R("Amortization of intangible assets", yrs("is.amort"), "n0", indent=1),
        R("Restructuring and impairment charges", yrs("is.restr"), "n0", indent=1),
        R("Operating income", yrs("is.oi"), "n0", kind="sub"),
        R("Interest expense", yrs("is.int_exp"), "n0"),
        R("Interest income", yrs("is.int_inc"), "n0"),
        R("Other income (expense), net", yrs("is.other"), "n0"),
        R("Income before income taxes", yrs("is.pretax"), "n0", kind="sub"),
        R("Provision for income taxes", yrs("is.tax"), "n0"),
        R("Net income", yrs("is.ni"), "n0", kind="total", dollar=True),
        R("Earnings per share", kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted-average shares outstanding", kind="head"),
        R("Basic", yrs("is.shares_basic"), "n1", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n1", indent=1),
        R("Cash dividends declared per share", yrs("is.dps"), "n2", dollar=True),
    ]
    doc.table("Consolidated Statements of Income", COLS3, rows, groups=FY_GROUP, unit=MIL_PS, label_w=88)
    doc.section = "CI"
    doc.anchor("stmt_ci")
    rows = [
        R("Net income", yrs("is.ni"), "n0", dollar=True),
        R("Other comprehensive income (loss), net of tax:", kind="head"),
        R("Foreign currency translation adjustments", yrs("ci.fx"), "n0", indent=1),
        R("Pension and postretirement benefit plans, net of tax", yrs("ci.pension"), "n0", indent=1),
        R("Total other comprehensive income (loss)", yrs("ci.oci"), "n0", kind="sub"),
        R("Comprehensive income", yrs("ci.total"), "n0", kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Comprehensive Income", COLS3, rows, groups=FY_GROUP, unit=MIL,
              label_w=88)

    doc.new_page()
    doc.section = "BS"
    doc.anchor("stmt_bs")
    v = doc.values
    rows = [
        R("Assets", kind="head"),
        R("Current assets", kind="head", indent=1),
        R("Cash and cash equivalents", yrs("bs.cash", BS), "n0", indent=2, dollar=True),
        R("Trade receivables, net", yrs("bs.rec", BS), "n0", indent=2),
        R("Inventories", yrs("bs.inv", BS), "n0", indent=2),
        R("Prepaid expenses and other current assets", yrs("bs.prepaid", BS), "n0", indent=2),
        R("Total current assets", yrs("bs.ca", BS), "n0", kind="sub", indent=1),
        R("Property, plant and equipment, net", yrs("bs.ppe", BS), "n0", indent=1),
        R("Operating lease right-of-use assets", yrs("bs.rou", BS), "n0", indent=1),
        R("Goodwill", yrs("bs.gw", BS), "n0", indent=1),
        R("Other intangible assets, net", yrs("bs.intang", BS), "n0", indent=1),
        R("Deferred income taxes", yrs("bs.dta", BS), "n0", indent=1),
        R("Other assets", yrs("bs.other_a", BS), "n0", indent=1),
        R("Total assets", yrs("bs.assets", BS), "n0", kind="total", dollar=True),
        R("Liabilities and Stockholders' Equity", kind="head"),
        R("Current liabilities", kind="head", indent=1),
        R("Short-term borrowings", yrs("bs.st_debt", BS), "n0", indent=2, dollar=True),
        R("Current maturities of long-term debt", yrs("bs.cur_debt", BS), "n0", indent=2),
        R("Accounts payable", yrs("bs.ap", BS), "n0", indent=2),
        R("Accrued liabilities", yrs("bs.accrued", BS), "n0", indent=2),
        R("Income taxes payable", yrs("bs.taxes", BS), "n0", indent=2),
        R("Total current liabilities", yrs("bs.cl", BS), "n0", kind="sub", indent=1),
        R("Long-term debt", yrs("bs.ltd", BS), "n0", indent=1),
        R("Operating lease liabilities", yrs("bs.lease", BS), "n0", indent=1),
        R("Pension and postretirement benefits", yrs("bs.pension", BS), "n0", indent=1),
        R("Deferred income taxes", yrs("bs.dtl", BS), "n0", indent=1),
        R("Other liabilities", yrs("bs.other_l", BS), "n0", indent=1),
        R("Total liabilities", yrs("bs.liab", BS), "n0", kind="sub"),
        R("Commitments and contingencies (Note 13)", kind="head"),
        R("Stockholders' equity", kind="head", indent=1),
        R(f"Common stock, $0.01 par value; 250.0 million shares authorized; {v['sh.issued_total.2025']} and "
          f"{v['sh.issued_total.2024']} million shares issued", yrs("bs.cs", BS), "n0", indent=2),
        R("Additional paid-in capital", yrs("bs.apic", BS), "n0", indent=2),
        R("Retained earnings", yrs("bs.re", BS), "n0", indent=2),
        R("Accumulated other comprehensive loss", yrs("bs.aoci", BS), "n0", indent=2),
        R(f"Treasury stock, at cost; {v['sh.treasury.2025']} and {v['sh.treasury.2024']} million shares",
          yrs("bs.treasury", BS), "n0", indent=2),
        R("Total stockholders' equity", yrs("bs.equity", BS), "n0", kind="sub", indent=1),
        R("Total liabilities and stockholders' equity", yrs("bs.le", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=110)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("stmt_cf")
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", yrs("cf.ni"), "n0", indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation", yrs("cf.dep"), "n0", indent=2),
        R("Amortization of intangible assets", yrs("cf.amort"), "n0", indent=2),
        R("Share-based compensation", yrs("cf.sbc"), "n0", indent=2),
        R("Deferred income taxes", yrs("cf.deferred"), "n0", indent=2),
        R("Non-cash restructuring and impairment charges", yrs("cf.restr_nc"), "n0", indent=2),
        R("Pension and postretirement expense, net of contributions", yrs("cf.pension"), "n0", indent=2),
        R("Amortization of debt issuance costs", yrs("cf.debt_amort"), "n0", indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Trade receivables", yrs("cf.rec"), "n0", indent=2),
        R("Inventories", yrs("cf.inv"), "n0", indent=2),
        R("Prepaid expenses and other current assets", yrs("cf.prepaid"), "n0", indent=2),
        R("Accounts payable", yrs("cf.ap"), "n0", indent=2),
        R("Accrued liabilities", yrs("cf.accrued"), "n0", indent=2),
        R("Income taxes payable", yrs("cf.taxes"), "n0", indent=2),
        R("Operating lease assets and liabilities, net", yrs("cf.lease"), "n0", indent=2),
        R("Other, net", yrs("cf.other"), "n0", indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n0", kind="sub"),
        R("Investing activities", kind="head"),
        R("Capital expenditures", yrs("cf.capex"), "n0", indent=1),
        R("Acquisitions of businesses, net of cash acquired", yrs("cf.acq"), "n0", indent=1),
        R("Proceeds from sales of property and equipment", yrs("cf.asset_sales"), "n0", indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n0", kind="sub"),
        R("Financing activities", kind="head"),
        R("Net change in short-term borrowings", yrs("cf.st"), "n0", indent=1),
        R("Proceeds from issuance of long-term debt, net of issuance costs", yrs("cf.ltd_proceeds"), "n0", indent=1),
        R("Repayments of long-term debt", yrs("cf.ltd_repay"), "n0", indent=1),
        R("Cash dividends paid", yrs("cf.div"), "n0", indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), "n0", indent=1),
        R("Shares withheld for taxes on equity awards", yrs("cf.withheld"), "n0", indent=1),
        R("Proceeds from stock option exercises", yrs("cf.stock"), "n0", indent=1),
        R("Net cash used in financing activities", yrs("cf.cff"), "n0", kind="sub"),
        R("Effect of exchange rate changes on cash and cash equivalents", yrs("cf.fx"), "n0"),
        R("Net increase in cash and cash equivalents", yrs("cf.change"), "n0", bold=True),
        R("Cash and cash equivalents at beginning of year", yrs("cf.begin"), "n0"),
        R("Cash and cash equivalents at end of year", yrs("cf.end"), "n0", kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", COLS3, rows, groups=FY_GROUP, unit=MIL, label_w=96,
              notes=["Supplemental disclosures for fiscal 2025: cash paid for income taxes {cf.tax_paid.2025:d0} "
                     "million; cash paid for interest {cf.int_paid.2025:d0} million."])

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("stmt_eq")
    comps = ("cs", "apic", "re", "aoci", "treasury", "total")
    rows = []
    for y in (2023, 2024, 2025):
        prev = y - 1
        if y == 2023:
            rows.append(R(f"Balance at October 31, {prev}", [f"eq.{c}.{prev}" for c in comps], "n0", bold=True,
                          dollar=True))
        dps = v[f"is.dps.{y}"]
        rows += [
            R("Net income", [None, None, f"eq.ni.{y}", None, None, f"eq.ni.{y}"], "n0", indent=1),
            R("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{y}", None, f"eq.oci.{y}"], "n0",
              indent=1),
            R(f"Cash dividends declared (${dps:.2f} per share)", [None, None, f"eq.div.{y}", None, None,
                                                                  f"eq.div.{y}"], "n0", indent=1),
            R("Share-based compensation", [None, f"eq.sbc.{y}", None, None, None, f"eq.sbc.{y}"], "n0", indent=1),
            R("Stock plan issuances, net of shares withheld", [None, f"eq.stock.{y}", None, None, None,
                                                                f"eq.stock.{y}"], "n0", indent=1),
            R("Repurchases of common stock", [None, None, None, None, f"eq.repo.{y}", f"eq.repo.{y}"], "n0",
              indent=1),
            R(f"Balance at October 31, {y}", [f"eq.{c}.{y}" for c in comps], "n0", kind="total", dollar=True),
        ]
    doc.table("Consolidated Statements of Stockholders' Equity", ["Common\nStock", "Additional\nPaid-in\nCapital",
              "Retained\nEarnings", "Accumulated\nOther Compre-\nhensive Loss", "Treasury\nStock", "Total\nEquity"],
              rows, unit=MIL, label_w=58, keep=True)


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.anchor("stmt_notes")
    doc.heading("Notes to Consolidated Financial Statements", 1, keep=60)
    doc.heading("1. Summary of Significant Accounting Policies", 3)
    doc.para("Orrindale Machinery Corporation and its subsidiaries manufacture and sell agricultural and turf "
             "equipment, parts and precision technology. The financial statements include all majority-owned "
             "subsidiaries; intercompany balances are eliminated. Equipment and parts revenue is recognized when "
             "control passes to the dealer, generally on shipment, net of estimated sales incentives. Furrowline "
             "subscription revenue is recognized ratably over the subscription term. Inventories are stated at the "
             "lower of cost, determined on a first-in, first-out basis, and net realizable value. Amounts are in "
             "millions of dollars except per share data.")

    doc.section = "note_rev"
    doc.heading("2. Revenue", 3, keep=60)
    doc.para("Net sales by segment and by the region in which the dealer or customer is located were as follows:")
    regions = ("na", "eu", "row", "total")
    rows = [R(name, [f"geo.{g}.{r}.2025" for r in regions] + [f"geo.{g}.{r}.2024" for r in regions], "n0",
              dollar=(n == 0)) for n, (g, name) in enumerate(od.SEGMENTS.items())]
    rows.append(R("Total net sales", [f"geo.total.{r}.2025" for r in regions]
                  + [f"geo.total.{r}.2024" for r in regions], "n0", kind="total", dollar=True))
    doc.table("Net Sales by Segment and Region", ["North\nAmerica", "Europe", "Rest of\nWorld", "Total"] * 2, rows,
              groups=[("Fiscal 2025", 0, 4), ("Fiscal 2024", 4, 4)], unit=MIL, label_w=44)

    doc.section = "note_inv"
    doc.heading("3. Inventories", 3, keep=40)
    rows = [
        R("Raw materials and purchased components", yrs("inv.raw", BS), "n0", dollar=True),
        R("Work in process", yrs("inv.wip", BS), "n0"),
        R("Finished machines", yrs("inv.fg", BS), "n0"),
        R("Service parts", yrs("inv.parts", BS), "n0"),
        R("Total inventories", yrs("bs.inv", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Inventories", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=96)

    doc.section = "note_ppe"
    doc.heading("4. Property, Plant and Equipment", 3, keep=50)
    rows = [
        R("Land", yrs("ppe.land", BS), "n0", dollar=True),
        R("Buildings and improvements", yrs("ppe.bldg", BS), "n0"),
        R("Machinery and equipment", yrs("ppe.mach", BS), "n0"),
        R("Tooling", yrs("ppe.tool", BS), "n0"),
        R("Construction in progress", yrs("ppe.cip", BS), "n0"),
        R("Property, plant and equipment, at cost", yrs("ppe.gross", BS), "n0", kind="sub"),
        R("Less accumulated depreciation", yrs("ppe.accum", BS), "n0"),
        R("Property, plant and equipment, net", yrs("ppe.net", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Property, Plant and Equipment", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=96)
    doc.para("Depreciation expense was {is.dep.2025:d0} million, {is.dep.2024:d0} million and {is.dep.2023:d0} "
             "million in fiscal 2025, 2024 and 2023. Fiscal 2025 restructuring charges included "
             "{restr.noncash.2025:d0} million of impairment of equipment at the two component plants we are "
             "closing.")

    doc.section = "note_gw"
    doc.heading("5. Goodwill and Other Intangible Assets", 3, keep=60)
    segs = ("rch", "cte", "aps", "total")
    rows = [
        R("Balance at October 31, 2023", [f"gw.{g}.2023" for g in segs], "n0", dollar=True),
        R("Acquisition of Stellwater Guidance Systems", [f"gw.acq.{g}.2024" for g in segs], "n0", indent=1),
        R("Currency translation", [f"gw.fx.{g}.2024" for g in segs], "n0", indent=1),
        R("Balance at October 31, 2024", [f"gw.{g}.2024" for g in segs], "n0", kind="sub"),
        R("Acquisition of Pell Orchard Analytics", [f"gw.acq.{g}.2025" for g in segs], "n0", indent=1),
        R("Currency translation", [f"gw.fx.{g}.2025" for g in segs], "n0", indent=1),
        R("Balance at October 31, 2025", [f"gw.{g}.2025" for g in segs], "n0", kind="total", dollar=True),
    ]
    doc.table("Goodwill by Segment", ["Row Crop\nand Harvest", "Compact\nand Turf", "Aftermarket\nand Precision",
              "Total"], rows, unit=MIL, label_w=72)
    kinds = (("rel", "Customer and dealer relationships"), ("tech", "Developed technology"),
             ("names", "Trade names (indefinite-lived)"))
    rows = [R(name, [f"int.gross.{k}.2025", f"int.accum.{k}.2025", f"int.net.{k}.2025", f"int.gross.{k}.2024",
                     f"int.accum.{k}.2024", f"int.net.{k}.2024"], "n0", dollar=(n == 0))
            for n, (k, name) in enumerate(kinds)]
    rows.append(R("Total", ["int.gross.total.2025", "int.accum.total.2025", "int.net.total.2025",
                            "int.gross.total.2024", "int.accum.total.2024", "int.net.total.2024"], "n0",
                  kind="total", dollar=True))
    doc.table("Other Intangible Assets", ["Gross", "Accumulated\nAmortization", "Net", "Gross",
              "Accumulated\nAmortization", "Net"], rows, groups=[("October 31, 2025", 0, 3),
                                                               ("October 31, 2024", 3, 3)], unit=MIL, label_w=52)
    doc.para("The Pell Orchard Analytics acquisition was paid in cash of {acq.cash.2025:d0} million, of which "
             "{acq.intang.2025:d0} million was allocated to developed technology and customer relationships and the "
             "remainder to goodwill. Estimated amortization expense is {int.future.2026:d0} million in fiscal 2026, "
             "{int.future.2027:d0} million in 2027, {int.future.2028:d0} million in 2028, {int.future.2029:d0} million "
             "in 2029 and {int.future.2030:d0} million in 2030.")

    doc.section = "note_acc"
    doc.heading("6. Accrued Liabilities and Product Warranty", 3, keep=60)
    rows = [
        R("Product warranty", yrs("acc.warranty", BS), "n0", dollar=True),
        R("Dealer and retail sales incentives", yrs("acc.dealer", BS), "n0"),
        R("Compensation and benefits", yrs("acc.comp", BS), "n0"),
        R("Restructuring", yrs("acc.restr", BS), "n0"),
        R("Other", yrs("acc.other", BS), "n0"),
        R("Total accrued liabilities", yrs("acc.total", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Accrued Liabilities", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=96)
    rows = [
        R("Balance at beginning of year", ["war.begin.2025", "war.begin.2024"], "n0", dollar=True),
        R("Accruals for warranties issued", ["war.accr.2025", "war.accr.2024"], "n0", indent=1),
        R("Settlements made", ["war.settle.2025", "war.settle.2024"], "n0", indent=1),
        R("Currency translation", ["war.fx.2025", "war.fx.2024"], "n0", indent=1),
        R("Balance at end of year", ["war.end.2025", "war.end.2024"], "n0", kind="total", dollar=True),
    ]
    doc.table("Product Warranty Liability", COLS2, rows, groups=[("Fiscal Year", 0, 2)], unit=MIL, label_w=96)

    doc.section = "note_restr"
    doc.heading("7. Restructuring", 3, keep=30)
    doc.para("In the second quarter of fiscal 2025 we began a program to reduce salaried headcount by about 6% and to "
             "close component plants in Dorrance and West Hallam, moving their work to Ashby Falls and Morrow Bend. "
             "Charges of {is.restr.2025:d0} million in fiscal 2025 consisted of {restr.noncash.2025:d0} million of "
             "asset impairments and {restr.cash_charge.2025:d0} million of severance and exit costs. The "
             "restructuring accrual was {restr.begin.2025:d0} million at the start of the year; after payments of "
             "{restr.paid_abs:d0} million it stood at {restr.end.2025:d0} million at October 31, 2025, most of which "
             "we expect to pay in fiscal 2026.")

    doc.section = "note_debt"
    doc.heading("8. Debt", 3, keep=70)
    rows = [
        R("3.40% Senior Notes due June 2025", yrs("debt.n25", BS), "n0", dollar=True),
        R("4.10% Senior Notes due March 2026", yrs("debt.n26", BS), "n0"),
        R("2.85% Senior Notes due 2028", yrs("debt.n28", BS), "n0"),
        R("4.75% Senior Notes due 2031", yrs("debt.n31", BS), "n0"),
        R("5.15% Senior Notes due 2035", yrs("debt.n35", BS), "n0"),
        R("Term loan due 2029 (SOFR plus 1.125%)", yrs("debt.tl", BS), "n0"),
        R("Total principal", yrs("debt.principal", BS), "n0", kind="sub"),
        R("Unamortized discount and debt issuance costs", yrs("debt.costs", BS), "n0"),
        R("Total long-term debt", yrs("debt.total", BS), "n0", kind="sub"),
        R("Less current maturities", yrs("debt.current", BS), "n0"),
        R("Long-term debt, excluding current maturities", yrs("debt.lt", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=96)
    mat_years = (2026, 2027, 2028, 2029, 2030)
    rows = [R("Principal due", [f"debt.mat.{y}" for y in mat_years] + ["debt.mat.after", "debt.mat.total"], "n0",
              dollar=True)]
    doc.table("Scheduled Principal Maturities", [str(y) for y in mat_years] + ["There-\nafter", "Total"], rows,
              groups=[("Fiscal Year", 0, 5)], unit=MIL, label_w=40)
    doc.para("Short-term borrowings consist of commercial paper supported by our {debt.rcf:d0} million revolving "
             "credit facility. The fair value of long-term debt, based on quoted market prices, was {debt.fair:d0} "
             "million at October 31, 2025. The credit agreement requires a ratio of consolidated debt to "
             "capitalization of no more than 60%; we were in compliance at October 31, 2025.")

    doc.section = "note_tax"
    doc.heading("9. Income Taxes", 3, keep=70)
    rows = [
        R("United States", yrs("tax.pretax_us"), "n0", dollar=True),
        R("Foreign", yrs("tax.pretax_foreign"), "n0"),
        R("Income before income taxes", yrs("is.pretax"), "n0", kind="total", dollar=True),
        R("Current:", kind="head"),
        R("Federal", yrs("tax.cur.fed"), "n0", indent=1),
        R("State", yrs("tax.cur.state"), "n0", indent=1),
        R("Foreign", yrs("tax.cur.foreign"), "n0", indent=1),
        R("Total current", yrs("tax.cur.total"), "n0", kind="sub"),
        R("Deferred:", kind="head"),
        R("Federal", yrs("tax.def.fed"), "n0", indent=1),
        R("State", yrs("tax.def.state"), "n0", indent=1),
        R("Foreign", yrs("tax.def.foreign"), "n0", indent=1),
        R("Total deferred", yrs("tax.def.total"), "n0", kind="sub"),
        R("Provision for income taxes", yrs("is.tax"), "n0", kind="total", dollar=True),
    ]
    doc.table("Income Before Taxes and Provision for Income Taxes", COLS3, rows, groups=FY_GROUP, unit=MIL,
              label_w=96)
    labels = (("stat", "U.S. federal statutory rate"), ("state", "State income taxes, net of federal benefit"),
              ("foreign", "Foreign rate differential"), ("rd", "Research and development credits"),
              ("fdii", "Foreign-derived intangible income deduction"), ("sbc", "Share-based compensation"),
              ("other", "Other, net"))
    rows = [R(label, yrs(f"tax.rate.{k}"), "p1") for k, label in labels]
    rows.append(R("Effective income tax rate", yrs("tax.rate.eff"), "p1", kind="total"))
    doc.table("Effective Tax Rate Reconciliation", COLS3, rows, groups=FY_GROUP, unit="(percent of income before "
              "income taxes)", label_w=96)

    doc.section = "note_pen"
    doc.heading("10. Pension and Postretirement Benefits", 3, keep=80)
    doc.para("We sponsor defined benefit pension plans for U.S. hourly employees and certain European employees; the "
             "U.S. salaried plan is closed to new entrants. We also provide retiree medical benefits to a closed "
             "group of U.S. retirees, for which the unfunded obligation was {pen.opeb.2025:d0} million at both "
             "year ends.")
    rows = [
        R("Projected benefit obligation at beginning of year", ["pen.pbo_begin"], "n0", dollar=True),
        R("Service cost", ["pen.service"], "n0", indent=1),
        R("Interest cost", ["pen.interest"], "n0", indent=1),
        R("Actuarial (gain) loss", ["pen.act_loss"], "n0", indent=1),
        R("Benefits paid", ["pen.benefits"], "n0", indent=1),
        R("Projected benefit obligation at end of year", ["pen.pbo_end"], "n0", kind="sub"),
        R("Fair value of plan assets at beginning of year", ["pen.fv_begin"], "n0"),
        R("Actual return on plan assets", ["pen.actual"], "n0", indent=1),
        R("Employer contributions", ["pen.contrib"], "n0", indent=1),
        R("Benefits paid", ["pen.fv_benefits"], "n0", indent=1),
        R("Fair value of plan assets at end of year", ["pen.fv_end"], "n0", kind="sub"),
        R("Funded status at end of year", ["pen.status.2025"], "n0", kind="total", dollar=True),
    ]
    doc.table("Defined Benefit Pension Plans — Obligations and Assets", ["Fiscal\n2025"], rows, unit=MIL,
              label_w=110, col_w=30)
    rows = [
        R("Service cost", ["pen.service"], "n0"),
        R("Interest cost", ["pen.interest"], "n0"),
        R("Expected return on plan assets", ["pen.expected"], "n0"),
        R("Amortization of net actuarial loss", ["pen.amort_loss"], "n0"),
        R("Net periodic pension cost", ["pen.cost"], "n0", kind="total", dollar=True),
    ]
    doc.table("Net Periodic Pension Cost", ["Fiscal\n2025"], rows, unit=MIL, label_w=110, col_w=30)
    doc.para("The funded status at October 31, 2024 was a deficit of {pen.deficit.2024:d0} million. The discount "
             "rate used to measure the obligation at October 31, 2025 was {pen.discount:n2}%, and the expected "
             "long-term return on plan assets for fiscal 2025 was {pen.expected_rate:n2}%. Service cost is reported "
             "in operating expenses and the other components in other income (expense), net.")

    doc.section = "note_seg"
    doc.heading("11. Segment Information", 3, keep=50)
    doc.para("Our chief operating decision maker, the Chief Executive Officer, evaluates segment performance on "
             "operating profit, which excludes corporate expenses and restructuring and impairment charges. "
             "Segment assets exclude cash, deferred taxes and corporate assets.")
    seg_rows = []
    blocks = (("Net sales", "seg.sales"), ("Operating profit", "seg.op"), ("Depreciation and amortization", "seg.da"),
              ("Capital expenditures", "seg.capex"))
    for title, prefix in blocks:
        seg_rows.append(R(title, kind="head"))
        names = list(od.SEGMENTS.items())
        if prefix in ("seg.da", "seg.capex"):
            names.append(("corp", "Corporate"))
        for n, (g, name) in enumerate(names):
            seg_rows.append(R(name, yrs(f"{prefix}.{g}"), "n0", indent=1, dollar=(n == 0)))
        if prefix == "seg.op":
            seg_rows.append(R("Total segment operating profit", yrs("seg.op.total"), "n0", kind="sub"))
            seg_rows.append(R("Corporate expenses", yrs("seg.corp"), "n0", indent=1))
            seg_rows.append(R("Restructuring and impairment charges", yrs("seg.restr"), "n0", indent=1))
            seg_rows.append(R("Operating income", yrs("is.oi"), "n0", kind="total", dollar=True))
        else:
            total = "is.rev" if prefix == "seg.sales" else f"{prefix}.total"
            seg_rows.append(R(f"Total {title[0].lower()}{title[1:]}", yrs(total), "n0", kind="total",
                              dollar=True))
    seg_rows.append(R("Segment assets at October 31", kind="head"))
    for n, (g, name) in enumerate(list(od.SEGMENTS.items()) + [("corp", "Corporate")]):
        seg_rows.append(R(name, [f"seg.assets.{g}.2025", f"seg.assets.{g}.2024", None], "n0", indent=1,
                          dollar=(n == 0)))
    seg_rows.append(R("Total assets", ["seg.assets.total.2025", "seg.assets.total.2024", None], "n0", kind="total",
                      dollar=True))
    doc.table("Segment Financial Information", COLS3, seg_rows, groups=FY_GROUP, unit=MIL, label_w=96)

    doc.section = "note_eps"
    doc.heading("12. Stockholders' Equity and Earnings per Share", 3, keep=60)
    rows = [
        R("Net income", yrs("is.ni"), "n0", dollar=True),
        R("Weighted-average shares outstanding \u2014 basic", yrs("is.shares_basic"), "n1"),
        R("Dilutive effect of stock options and restricted stock units", yrs("eps.dilutive"), "n1", indent=1),
        R("Weighted-average shares outstanding \u2014 diluted", yrs("is.shares_diluted"), "n1", kind="sub"),
        R("Basic earnings per share", yrs("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", yrs("is.eps_diluted"), "n2", kind="total", dollar=True),
    ]
    doc.table("Earnings per Share", COLS3, rows, groups=FY_GROUP, unit="(in millions, except per share amounts)",
              label_w=96)
    rows = [
        R("Shares outstanding at beginning of year", ["sh.out.2024", "sh.out.2023", "sh.out.2022"], "n1"),
        R("Issued under stock plans", yrs("sh.issued"), "n1", indent=1),
        R("Repurchased", yrs("sh.repo"), "n1", indent=1),
        R("Shares outstanding at end of year", yrs("sh.out"), "n1", kind="total"),
    ]
    doc.table("Common Shares Outstanding", COLS3, rows, groups=FY_GROUP, unit="(in millions of shares)", label_w=96)
    doc.para("Options to purchase {mda.antidilutive:n1} million shares were excluded from diluted EPS in fiscal 2025 "
             "because they were anti-dilutive. At October 31, 2025, {rep.remaining.oct:d1} million remained "
             "available under the repurchase authorization.")

    doc.section = "note_commit"
    doc.heading("13. Commitments and Contingencies", 3, keep=30)
    doc.para("We guarantee a portion of dealers' floor plan obligations to third-party lenders, up to a maximum "
             "exposure of $64 million at October 31, 2025; losses under these guarantees have been insignificant. "
             "We are defending product liability lawsuits related to rollover protection on older compact tractors "
             "and believe our accruals are adequate.")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K Fiscal 2025")
    doc.toc_labels = toc_labels
    doc.total_pages = total
    doc.f_start = None
    doc.add_page()
    cover(doc)
    front(doc)
    business(doc)
    part2(doc)
    mda(doc)
    back_matter(doc)
    statements(doc)
    notes(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = od.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
