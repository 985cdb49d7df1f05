"""Render the Tillerstone Homes, Inc. Form 10-K for the fiscal year ended November 30, 2025.

House style: Liberation Serif text with DejaVu Sans Condensed tables in the "zebra" mode (column heads in burgundy
over a thin burgundy rule, alternate body rows tinted rose, no other row rules, a single rule over subtotal figures
and a single-over, double-under rule pair on total figures), mixed-case left-aligned burgundy table titles with the
scale line under them ("dollars in millions" written out), no "$" anywhere in tables, negatives in parentheses, a
hyphen for zero, level-one headings set in upper case on a tinted band, period-leader contents, " - continued" after
carried-over titles, and the financial statements inside Item 8 rather than at the back. The cover is unnumbered,
the contents page is numbered "i" and the body is numbered from 1.
"""

from __future__ import annotations

from decimal import Decimal

import tillerstone_data as td
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Tillerstone Homes, Inc."
DOC_NAME = "TILLERSTONE_2025_10K"
WINE = (122, 28, 48)
MIL = "Dollars in millions"
MIL_PS = "Dollars in millions, except per share amounts; shares in thousands"
FY_GROUP = [("Fiscal Year Ended November 30,", 0, 3)]
COLS3 = ["2025", "2024", "2023"]
COLS2 = ["2025", "2024"]
BS_GROUP = [("November 30,", 0, 2)]
BS = td.BS_YEARS
SEGS = list(td.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    if index == 1:
        return "i"
    return str(index - 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("LiberationSerif", "I", 7.4)
    doc.set_text_color(*WINE)
    doc.set_xy(doc.l_margin, 9.5)
    doc.cell(doc.width, 4, "Tillerstone Homes, Inc.  \u2014  Annual Report on Form 10-K for Fiscal 2025", align="L")


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_draw_color(*WINE)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, doc.h - 14.0, 0.3)
    doc.set_font("LiberationSerif", "", 7.6)
    doc.set_text_color(90, 90, 90)
    doc.set_xy(doc.l_margin, doc.h - 12.8)
    doc.cell(doc.width / 2, 4, "Tillerstone Homes, Inc.")
    doc.set_font("LiberationSerif", "B", 8.6)
    doc.set_text_color(*WINE)
    doc.cell(doc.width / 2, 4, label, align="R")


STYLE = Style(
    body_family="LiberationSerif",
    body_files={"": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf",
                "I": "liberation/LiberationSerif-Italic.ttf", "BI": "liberation/LiberationSerif-BoldItalic.ttf"},
    table_family="DejaVuSansCondensed",
    table_files={"": "dejavu/DejaVuSansCondensed.ttf", "B": "dejavu/DejaVuSansCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSansCondensed-Oblique.ttf", "BI": "dejavu/DejaVuSansCondensed-BoldOblique.ttf"},
    body_size=9.2,
    table_size=7.5,
    table_mode="zebra",
    negative="paren",
    dollar="none",
    zero="-",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" \u2014 continued",
    title_align="L",
    unit_align="L",
    title_upper=False,
    head_align="C",
    toc_style="dots",
    heading_kind="shade",
    heading_upper=True,
    accent=WINE,
    tint=(247, 236, 238),
    hairline=(210, 190, 195),
    margin_l=22, margin_r=22, margin_t=18, margin_b=18,
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
]


def yrs(prefix: str, years: tuple[int, ...] = td.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10.5)
    doc.cell(doc.width, 5.5, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 5.5, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 9)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    doc.set_draw_color(*WINE)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, doc.get_y(), 0.9)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, doc.get_y() + 1.2, 0.2)
    doc.ln(4)
    doc.body("B", 24)
    doc.set_text_color(*WINE)
    doc.cell(doc.width, 11, "Form 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.ln(2)
    doc.para("(Mark One)", size=8.4, align="L", gap=0.5)
    doc.para("\u25a0  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.6, align="L", gap=0.8)
    doc.para("For the fiscal year ended November 30, 2025", style="B", size=9.2, align="C")
    doc.para("\u25a1  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.6, align="L")
    doc.para("Commission File Number: 001-36917", size=8.6, align="C")
    doc.ln(3)
    doc.body("B", 19)
    doc.cell(doc.width, 9, "Tillerstone Homes, Inc.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8.6)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State or other jurisdiction of incorporation or organization", ["=Delmora"]),
        R("I.R.S. Employer Identification No.", ["=86-1147302"]),
        R("Address of principal executive offices", ["=7400 Canyon Mesa Parkway, Suite 900, Hollis Point, "
                                                     "Varenna 85712"]),
        R("Registrant's telephone number, including area code", ["=(520) 555-0164"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=72, size=7.8)
    rows = [R("Common Stock, par value $0.01 per share", ["=TLHM", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading Symbol",
              "Name of each exchange\non which registered"], rows, label_w=72, size=7.8)
    doc.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
             "Securities Act. Yes \u25a0 No \u25a1. Indicate by check mark whether the registrant (1) has filed all "
             "reports required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the "
             "preceding 12 months and (2) has been subject to such filing requirements for the past 90 days. "
             "Yes \u25a0 No \u25a1. Large accelerated filer \u25a0. Shell company: Yes \u25a1 No \u25a0.", size=8.0)
    doc.para("The aggregate market value of the common stock held by non-affiliates of the registrant, based on the "
             "closing price on May 30, 2025, the last business day of the registrant's most recently completed "
             "second fiscal quarter, was approximately $4.1 billion. As of January 9, 2026, the registrant had "
             "31,602,884 shares of common stock outstanding.", size=8.0)
    doc.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its "
             "2026 annual meeting of stockholders are incorporated by reference into Part III of this report.",
             size=8.0)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 12)
    doc.set_text_color(*WINE)
    doc.cell(doc.width, 7, "Table of Contents", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("Forward-Looking Statements", 2, keep=30)
    doc.para("This report contains forward-looking statements, including statements about our expected deliveries, "
             "community count, gross margins, land spending, share repurchases and liquidity in fiscal 2026. Words "
             "such as \"anticipate,\" \"believe,\" \"estimate,\" \"expect,\" \"intend,\" \"plan,\" \"project\" "
             "and \"will\" identify such statements. They rest on assumptions about mortgage interest rates, "
             "consumer confidence, employment, the availability and cost of land, labor and building materials, "
             "municipal approvals and weather, and actual results could differ materially. We undertake no "
             "obligation to revise them except as the law requires.", size=8.8)
    doc.para("In this report \"Tillerstone,\" the \"Company,\" \"we\" and \"our\" mean Tillerstone Homes, Inc. and "
             "its consolidated subsidiaries. Our fiscal year ends on November 30; \"fiscal 2025\" means the twelve "
             "months ended November 30, 2025. Dollar amounts in tables are in millions unless otherwise stated.",
             size=8.8)


def business(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("Part I", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Business", 2, anchor="item1")
    doc.heading("General", 3)
    doc.para("Tillerstone Homes, Inc. builds and sells single-family detached and attached homes, primarily to "
             "first-time and first move-up buyers, in {biz.markets:n0} metropolitan markets across {biz.states:n0} "
             "states. We were founded in 1978 as a custom builder in Hollis Point, Varenna, and completed our initial "
             "public offering in 2014. Through our financial services operations we originate mortgage loans for our "
             "homebuyers and provide title and closing services. In fiscal 2025 about {biz.first_time_pct:n0}% of "
             "the homes we delivered were sold to first-time buyers, and homes started before a buyer contract "
             "(speculative homes) made up about {biz.spec_pct:n0}% of deliveries.")
    doc.heading("Reportable Segments", 3)
    doc.para("We report four homebuilding segments and one financial services segment. Our homebuilding segments "
             "are organized by geography:")
    doc.bullets([
        "West: coastal and inland markets of Varenna, Calloway and the Pacific Northwest, where land costs and "
        "selling prices are highest.",
        "Mountain: markets along the Front Range and in the intermountain states, including Greybank, Sedley Falls "
        "and Ostrow.",
        "Central: Texas and the central plains, our largest segment by deliveries, focused on entry-level "
        "communities with lower selling prices and faster construction cycles.",
        "East: the Carolinas, Georgia, Tennessee and Florida, where we have grown most quickly since fiscal 2022.",
        "Financial Services: Tillerstone Home Lending and Cresthaven Title, which serve our homebuyers.",
    ], size=8.9)
    doc.heading("Land Acquisition and Development", 3)
    doc.para("We seek to control land through option purchase contracts and land banking arrangements whenever "
             "practical, paying a non-refundable deposit that is usually 5% to 15% of the purchase price, so that we "
             "take lots down as we need them. At November 30, 2025 we owned {lots.own.hb.2025:n0} lots and "
             "controlled {lots.opt.hb.2025:n0} more under option contracts. Land acquisition and development "
             "spending totaled {mda.land_spend:d1} million in fiscal 2025.")
    doc.heading("Construction, Sales and Warranty", 3)
    doc.para("Independent subcontractors perform substantially all construction work under fixed-price contracts, "
             "supervised by our construction managers. We sell homes through our own sales associates and "
             "cooperating outside brokers, and we require a deposit when a buyer signs a purchase contract. We "
             "provide a limited warranty of one year on workmanship, two years on mechanical systems and ten years on "
             "structural elements.")
    doc.heading("Competition, Regulation and Seasonality", 3)
    doc.para("We compete with national, regional and local builders and with the resale market for homes. Our "
             "business is subject to zoning, density, building, environmental and consumer lending regulation. "
             "Net new orders are usually strongest in our second fiscal quarter (March through May), and deliveries "
             "and revenues are usually highest in our fourth fiscal quarter.")
    doc.heading("Human Capital", 3)
    doc.para("We had {biz.employees:n0} full-time employees at November 30, 2025, none of whom were represented by a "
             "union. We survey employee engagement annually and track safety on our job sites through monthly "
             "inspections of every active community.")

    doc.section = "risk"
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=40)
    doc.bullets([
        "Higher mortgage interest rates or tighter lending standards reduce the number of buyers who can qualify for "
        "a mortgage and may force us to increase sales incentives.",
        "We must commit capital to land years before we build on it, and land values may decline before we sell the "
        "homes, which can lead to inventory impairments and option deposit write-offs.",
        "Shortages or price increases of labor, lumber, concrete and other materials could raise our costs and "
        "delay deliveries.",
        "Natural disasters, severe weather and water availability restrictions in our western markets may disrupt "
        "construction or reduce the land we can develop.",
        "Our mortgage subsidiary depends on its warehouse repurchase facility and on the continued purchase of its "
        "loans by investors and government-sponsored enterprises.",
    ], size=8.9)
    doc.heading("Item 1B. Unresolved Staff Comments", 2, anchor="item1b", keep=14)
    doc.para("None.")
    doc.heading("Item 1C. Cybersecurity", 2, anchor="item1c", keep=24)
    doc.para("Our Chief Information Officer leads our cybersecurity program, which the Audit Committee oversees. The "
             "program includes vulnerability scanning, phishing simulations, vendor reviews for the mortgage and "
             "title systems that hold customer data, and an incident response plan tested annually. No "
             "cybersecurity incident had a material effect on us in fiscal 2025.")
    doc.section = "properties"
    doc.heading("Item 2. Properties", 2, anchor="item2", keep=20)
    doc.para("We lease our corporate headquarters in Hollis Point, Varenna, and our division offices. Our principal "
             "real estate holdings are the land, lots and homes in our inventories described in Note 3.")
    doc.heading("Item 3. Legal Proceedings", 2, anchor="item3", keep=14)
    doc.para("We are party to construction defect, warranty and other claims arising in the ordinary course of "
             "business. See Note 10. We do not expect them to have a material adverse effect on us.")
    doc.heading("Item 4. Mine Safety Disclosures", 2, anchor="item4", keep=14)
    doc.para("Not applicable.")


def part2(doc: Doc) -> None:
    doc.section = "market"
    doc.heading("Part II", 1, anchor="part2", keep=70)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 2, anchor="item5")
    doc.para("Our common stock trades on the New York Stock Exchange under the symbol \"TLHM.\" There were "
             "{biz.holders:n0} holders of record at January 9, 2026. We paid quarterly cash dividends totaling "
             "${is.dps.2025:n2} per share in fiscal 2025. In January 2025 our Board authorized the repurchase of up "
             "to {rep.authorization:d1} million of our common stock, replacing the prior authorization; the program "
             "has no expiration date.")
    doc.section = "repo"
    rows = []
    for mth, label in (("sep", "September 1, 2025 to September 30, 2025"),
                       ("oct", "October 1, 2025 to October 31, 2025"),
                       ("nov", "November 1, 2025 to November 30, 2025")):
        rows.append(R(label, [f"rep.shares.{mth}", f"rep.price.{mth}", f"rep.shares.{mth}", f"rep.remaining.{mth}"],
                      ["n0", "n2", "n0", "n1"]))
    rows.append(R("Total for the quarter", ["rep.shares.q4", "rep.price.q4", "rep.shares.q4", None],
                  ["n0", "n2", "n0", "n1"], kind="total"))
    doc.table("Issuer Purchases of Equity Securities in the Fourth Quarter of Fiscal 2025", [
              "Total Number\nof Shares\nPurchased", "Average Price\nPaid per\nShare (dollars)",
              "Shares Purchased\nUnder Publicly\nAnnounced Program", "Dollar Value That\nMay Yet Be\nPurchased"],
              rows, unit="Share counts in shares; remaining value in millions of dollars", label_w=50)
    doc.heading("Item 6. [Reserved]", 2, anchor="item6", keep=14)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=70)
    doc.heading("Overview of Fiscal 2025", 3)
    doc.para("Demand for new homes was uneven in fiscal 2025 as mortgage rates stayed high and buyers relied more "
             "heavily on rate buydowns and other incentives, which averaged about {mda.incentive_pct:n1}% of the "
             "gross sales price of homes delivered. We delivered {seg.deliv.hb.2025:n0} homes, up "
             "{mda.deliv_chg:p1} from fiscal 2024, and home sales revenues rose {mda.rev_chg:p1} to "
             "{is.home_rev.2025:d1} million as growth in our Central and East segments more than offset fewer "
             "deliveries in the West. Home sales gross margin narrowed to {mda.gm_pct.2025:p1} from "
             "{mda.gm_pct.2024:p1}, and we recorded {is.impair.2025:d1} million of inventory impairments and land "
             "option abandonment charges, mainly in two West communities. Net income decreased "
             "{mda.ni_chg:p1} to {is.ni.2025:d1} million, or ${is.eps_diluted.2025:n2} per diluted share.")
    doc.para("Outlook. We expect to end fiscal 2026 with {mda.comm_2026_low:n0} to {mda.comm_2026_high:n0} active "
             "communities and to deliver between {mda.deliv_2026_low:n0} and {mda.deliv_2026_high:n0} homes, "
             "depending on market conditions.")

    doc.section = "mda_results"
    doc.heading("Consolidated Results", 3, keep=60)
    rows = [
        R("Home sales revenues", yrs("is.home_rev"), "n1"),
        R("Land sales and other revenues", yrs("is.land_rev"), "n1"),
        R("Financial services revenues", yrs("is.fs_rev"), "n1"),
        R("Total revenues", yrs("is.rev"), "n1", kind="sub"),
        R("Home sales gross margin percentage", yrs("mda.gm_pct"), "p1"),
        R("SG&A expenses as a percentage of home sales revenues", yrs("mda.sga_pct"), "p1"),
        R("Income before income taxes", yrs("is.pretax"), "n1"),
        R("Pretax margin (percentage of total revenues)", yrs("mda.pretax_margin"), "p1"),
        R("Net income", yrs("is.ni"), "n1", kind="total"),
    ]
    doc.table("Summary of Consolidated Results", COLS3, rows, groups=FY_GROUP, unit=MIL, label_w=84)

    doc.section = "mda_ops"
    doc.heading("Homebuilding Operating Data", 3, keep=50)
    doc.para("The following table presents deliveries, net new orders, backlog and community count by segment. Net "
             "new orders are gross orders less cancellations; the cancellation rate is cancellations as a "
             "percentage of gross orders. Backlog consists of homes under a sales contract that have not closed.")
    rows = []
    blocks = SEGS + [("hb", "Total homebuilding")]
    for g, name in blocks:
        rows.append(R(name, kind="head"))
        rows += [
            R("Homes delivered", [f"seg.deliv.{g}.2025", f"seg.deliv.{g}.2024", f"chg.seg.deliv.{g}"],
              ["n0", "n0", "p1"], indent=1),
            R("Home sales revenues", [f"seg.home_rev.{g}.2025", f"seg.home_rev.{g}.2024", f"chg.seg.home_rev.{g}"],
              ["n1", "n1", "p1"], indent=1),
            R("Average selling price of homes delivered (in thousands of dollars)",
              [f"seg.asp.{g}.2025", f"seg.asp.{g}.2024", f"chg.seg.asp.{g}"], ["n0", "n0", "p1"], indent=1),
            R("Net new orders (homes)", [f"ord.units.{g}.2025", f"ord.units.{g}.2024", f"chg.ord.units.{g}"],
              ["n0", "n0", "p1"], indent=1),
            R("Value of net new orders", [f"ord.value.{g}.2025", f"ord.value.{g}.2024", f"chg.ord.value.{g}"],
              ["n1", "n1", "p1"], indent=1),
            R("Cancellation rate", [f"ord.cancel.{g}.2025", f"ord.cancel.{g}.2024", None], "p1", indent=1),
            R("Backlog at end of year (homes)", [f"bl.units.{g}.2025", f"bl.units.{g}.2024", f"chg.bl.units.{g}"],
              ["n0", "n0", "p1"], indent=1),
            R("Backlog value at end of year", [f"bl.value.{g}.2025", f"bl.value.{g}.2024", f"chg.bl.value.{g}"],
              ["n1", "n1", "p1"], indent=1),
            R("Active selling communities at end of year", [f"comm.{g}.2025", f"comm.{g}.2024", f"chg.comm.{g}"],
              ["n0", "n0", "p1"], indent=1),
        ]
    doc.table("Selected Homebuilding Operating Data by Segment", ["2025", "2024", "% Change"], rows,
              groups=[("Fiscal Year Ended November 30,", 0, 2)],
              unit="Dollars in millions, except average selling price", label_w=98)

    doc.section = "mda_gm"
    doc.heading("Home Sales Gross Margin by Segment", 3, keep=60)
    levels = [[("Fiscal Year Ended November 30,", 0, 6)], [("Home Sales Gross Margin", 0, 3),
                                                          ("Gross Margin Percentage", 3, 3)]]
    rows = [R(name, yrs(f"seg.gm.{g}") + yrs(f"seg.gm_pct.{g}"), ["n1"] * 3 + ["p1"] * 3) for g, name in SEGS]
    rows.append(R("Total homebuilding", yrs("seg.gm.hb") + yrs("seg.gm_pct.hb"), ["n1"] * 3 + ["p1"] * 3,
                  kind="total"))
    doc.table("Home Sales Gross Margin", COLS3 + COLS3, rows, groups=levels, unit=MIL, label_w=46)
    doc.para("Home sales gross margin is home sales revenues less cost of home sales, which includes land, "
             "construction, capitalized interest and warranty costs but excludes inventory impairments and land "
             "option abandonment charges. Margins declined in every segment because we increased mortgage rate "
             "buydowns and other incentives and because land and lot costs rose faster than selling prices. "
             "Selling, general and administrative expenses rose with community count and sales commissions.")

    doc.section = "mda_ng"
    doc.heading("Non-GAAP Measures", 3, keep=70)
    doc.para("We present home sales gross margin excluding interest amortized to cost of home sales and the ratio of "
             "net homebuilding debt to net capital. Management and many investors use them to compare us with "
             "homebuilders that finance their operations differently. They are not substitutes for GAAP measures.")
    rows = [
        R("Home sales revenues", yrs("ng.home_rev"), "n1"),
        R("Cost of home sales", yrs("ng.home_cost"), "n1"),
        R("Home sales gross margin (GAAP)", yrs("ng.gm"), "n1", kind="sub"),
        R("Gross margin percentage (GAAP)", yrs("ng.gm_pct"), "p1"),
        R("Add: capitalized interest charged to cost of home sales", yrs("ng.interest"), "n1", indent=1),
        R("Home sales gross margin excluding interest", yrs("ng.adj_gm"), "n1", kind="sub"),
        R("Gross margin percentage excluding interest", yrs("ng.adj_gm_pct"), "p1", kind="total"),
    ]
    doc.table("Reconciliation of Home Sales Gross Margin Excluding Interest", COLS3, rows, groups=FY_GROUP, unit=MIL,
              label_w=84)
    rows = [
        R("Senior notes, net", yrs("cap.notes", BS), "n1"),
        R("Less: cash and cash equivalents", yrs("cap.cash", BS), "n1"),
        R("Net homebuilding debt", yrs("cap.net_debt", BS), "n1", kind="sub"),
        R("Stockholders' equity", yrs("cap.equity", BS), "n1"),
        R("Net capital", yrs("cap.net_cap", BS), "n1", kind="sub"),
        R("Ratio of net homebuilding debt to net capital", yrs("cap.ratio", BS), "p1", kind="total"),
    ]
    doc.table("Net Homebuilding Debt to Net Capital", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=84)

    doc.section = "mda_fs"
    doc.heading("Financial Services", 3, keep=40)
    doc.para("Financial services pretax income was {seg.fs_pretax.2025:d1} million in fiscal 2025 compared with "
             "{seg.fs_pretax.2024:d1} million in fiscal 2024, and the pretax margin of the segment was "
             "{mda.fs_margin.2025:p1}. Tillerstone Home Lending originated {fs.loans.2025:n0} mortgage loans with a "
             "principal amount of {fs.volume.2025:d1} million (fiscal 2024: {fs.loans.2024:n0} loans and "
             "{fs.volume.2024:d1} million). It financed {fs.capture.2025:n0}% of our homebuyers who used a mortgage, "
             "compared with {fs.capture.2024:n0}% in fiscal 2024, and the average credit score of its borrowers "
             "was {fs.fico.2025:n0}.")

    doc.section = "mda_lots"
    doc.heading("Land and Lot Position", 3, keep=60)
    cols = ("own", "opt", "total")
    rows = [R(name, [f"lots.{k}.{g}.2025" for k in cols] + [f"lots.{k}.{g}.2024" for k in cols], "n0")
            for g, name in SEGS]
    rows.append(R("Total", [f"lots.{k}.hb.2025" for k in cols] + [f"lots.{k}.hb.2024" for k in cols], "n0",
                  kind="total"))
    rows.append(R("Percentage of lots owned", ["lots.own_pct.2025", None, None, "lots.own_pct.2024", None, None],
                  "p1"))
    doc.table("Lots Owned and Controlled", ["Owned", "Controlled\nunder Option", "Total"] * 2, rows,
              groups=[("November 30, 2025", 0, 3), ("November 30, 2024", 3, 3)], unit="Number of lots",
              label_w=40)

    doc.section = "mda_liq"
    doc.heading("Liquidity and Capital Resources", 3, keep=60)
    doc.para("We finance land, development and construction with cash from operations, our senior notes and our "
             "{debt.rcf:d1} million unsecured revolving credit facility, which matures in June 2029. No borrowings "
             "were outstanding under the facility at November 30, 2025, and letters of credit of {debt.loc:d1} "
             "million reduced the amount available to {debt.rcf_avail:d1} million. Homebuilding liquidity, which we "
             "define as cash and cash equivalents plus available revolver capacity, was {mda.liquidity:d1} million. "
             "Our mortgage subsidiary finances loans held for sale under a {debt.repo_cap:d1} million repurchase "
             "facility.")
    rows = [
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n1"),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n1"),
        R("Net cash used in financing activities", yrs("cf.cff"), "n1"),
        R("Net increase (decrease) in cash and cash equivalents", yrs("cf.change"), "n1", kind="total"),
    ]
    doc.table("Summary of Cash Flows", COLS3, rows, groups=FY_GROUP, unit=MIL, label_w=84)
    doc.para("Operating cash flow in each year reflects our continued investment in land and homes under "
             "construction, which is reported in operating activities. In March 2025 we issued {debt.n33.2025:d1} "
             "million of 5.750% senior notes due 2033 and used the proceeds to repay our 3.875% senior notes at "
             "maturity in April 2025.")
    doc.heading("Critical Accounting Estimates", 3, keep=30)
    doc.para("Our critical accounting estimates relate to inventory impairment, the allocation of land and common "
             "development costs to homes, warranty reserves and income taxes. We review each community quarterly "
             "for indicators of impairment; when the undiscounted cash flows expected from a community are less "
             "than its carrying amount, we write the community down to fair value estimated with discounted cash "
             "flows at rates between 12% and 18%.")
    doc.section = "item7a"
    doc.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item7a", keep=30)
    doc.para("Our senior notes bear fixed rates, so changes in market rates affect their fair value but not our "
             "earnings. Our mortgage subsidiary is exposed to interest rate risk on loans held for sale and on "
             "interest rate lock commitments, which it hedges with forward sales of mortgage-backed securities. "
             "Higher mortgage rates also affect demand for our homes, as discussed in Item 1A.")


def statements(doc: Doc) -> None:
    doc.section = "item8"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=80)
    doc.section = "audit"
    doc.heading("Report of Independent Registered Public Accounting Firm", 3, keep=30)
    doc.para("To the Stockholders and Board of Directors of Tillerstone Homes, Inc.", style="I", size=8.8)
    doc.para("Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
             "Tillerstone Homes, Inc. and subsidiaries (the Company) as of November 30, 2025 and 2024, the related "
             "consolidated statements of operations, stockholders' equity and cash flows for each of the three years "
             "in the period ended November 30, 2025, and the related notes. In our opinion, the financial statements "
             "present fairly, in all material respects, the financial position of the Company and the results of its "
             "operations and its cash flows in conformity with U.S. generally accepted accounting principles.",
             size=8.8)
    doc.para("Critical audit matter: inventory impairment assessment. Identifying communities with impairment "
             "indicators and estimating their future cash flows involves significant judgment about sales prices, "
             "absorption pace and construction costs. We tested the Company's controls, compared assumptions with "
             "recent sales and market data and recalculated the undiscounted cash flows.", size=8.8)
    doc.para("/s/ Marrowgate Sutcliffe LLP\nHollis Point, Varenna, January 20, 2026\nWe have served as the "
             "Company's auditor since 2011.", size=8.8, align="L")

    doc.section = "IS"
    rows = [
        R("Revenues", kind="head"),
        R("Home sales", yrs("is.home_rev"), "n1", indent=1),
        R("Land sales and other", yrs("is.land_rev"), "n1", indent=1),
        R("Financial services", yrs("is.fs_rev"), "n1", indent=1),
        R("Total revenues", yrs("is.rev"), "n1", kind="sub"),
        R("Costs and expenses", kind="head"),
        R("Cost of home sales", yrs("is.home_cost"), "n1", indent=1),
        R("Cost of land sales and other", yrs("is.land_cost"), "n1", indent=1),
        R("Inventory impairments and land option abandonment charges", yrs("is.impair"), "n1", indent=1),
        R("Selling, general and administrative", yrs("is.sga"), "n1", indent=1),
        R("Financial services", yrs("is.fs_exp"), "n1", indent=1),
        R("Total costs and expenses", yrs("is.costs"), "n1", kind="sub"),
        R("Operating income", yrs("is.oi"), "n1", bold=True),
        R("Equity in earnings of unconsolidated joint ventures", yrs("is.jv"), "n1"),
        R("Interest income and other, net", yrs("is.int_other"), "n1"),
        R("Income before income taxes", yrs("is.pretax"), "n1", kind="sub"),
        R("Income tax expense", yrs("is.tax"), "n1"),
        R("Net income", yrs("is.ni"), "n1", kind="total"),
        R("Earnings per share", kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1),
        R("Weighted-average shares outstanding (in thousands)", kind="head"),
        R("Basic", yrs("is.shares_basic"), "n0", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n0", indent=1),
        R("Cash dividends declared per share", yrs("is.dps"), "n2"),
    ]
    doc.table("Consolidated Statements of Operations", COLS3, rows, groups=FY_GROUP, unit=MIL_PS, label_w=92,
              keep=True,
              notes=["The Company has no items of other comprehensive income; comprehensive income equals net income "
                     "in each year presented."])

    doc.new_page()
    doc.section = "BS"
    v = doc.values
    rows = [
        R("Assets", kind="head"),
        R("Homebuilding:", kind="head", indent=1),
        R("Cash and cash equivalents", yrs("bs.cash", BS), "n1", indent=2),
        R("Receivables, deposits and other", yrs("bs.rec", BS), "n1", indent=2),
        R("Inventories (Note 3)", yrs("bs.inv", BS), "n1", indent=2),
        R("Investments in unconsolidated joint ventures", yrs("bs.jv", BS), "n1", indent=2),
        R("Property and equipment, net", yrs("bs.ppe", BS), "n1", indent=2),
        R("Operating lease right-of-use assets", yrs("bs.rou", BS), "n1", indent=2),
        R("Deferred tax assets, net", yrs("bs.dta", BS), "n1", indent=2),
        R("Goodwill", yrs("bs.gw", BS), "n1", indent=2),
        R("Other assets", yrs("bs.other_a", BS), "n1", indent=2),
        R("Total homebuilding assets", yrs("bs.hb_assets", BS), "n1", kind="sub", indent=1),
        R("Financial services:", kind="head", indent=1),
        R("Mortgage loans held for sale, at fair value", yrs("bs.mlhfs", BS), "n1", indent=2),
        R("Other financial services assets", yrs("bs.fs_other_a", BS), "n1", indent=2),
        R("Total financial services assets", yrs("bs.fs_assets", BS), "n1", kind="sub", indent=1),
        R("Total assets", yrs("bs.assets", BS), "n1", kind="total"),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Homebuilding:", kind="head", indent=1),
        R("Accounts payable", yrs("bs.ap", BS), "n1", indent=2),
        R("Accrued and other liabilities (Note 5)", yrs("bs.accrued", BS), "n1", indent=2),
        R("Customer deposits", yrs("bs.deposits", BS), "n1", indent=2),
        R("Operating lease liabilities", yrs("bs.lease", BS), "n1", indent=2),
        R("Senior notes, net (Note 6)", yrs("bs.notes", BS), "n1", indent=2),
        R("Total homebuilding liabilities", yrs("bs.hb_liab", BS), "n1", kind="sub", indent=1),
        R("Financial services:", kind="head", indent=1),
        R("Mortgage repurchase facility", yrs("bs.repo_fac", BS), "n1", indent=2),
        R("Other financial services liabilities", yrs("bs.fs_other_l", BS), "n1", indent=2),
        R("Total financial services liabilities", yrs("bs.fs_liab", BS), "n1", kind="sub", indent=1),
        R("Total liabilities", yrs("bs.liab", BS), "n1", kind="sub"),
        R("Commitments and contingencies (Note 10)", kind="head"),
        R("Stockholders' equity", kind="head"),
        R(f"Common stock, $0.01 par value; 100,000 shares authorized; {v['sh.issued_total.2025']:,.0f} and "
          f"{v['sh.issued_total.2024']:,.0f} shares issued (in thousands)", yrs("bs.cs", BS), "n1", indent=1),
        R("Additional paid-in capital", yrs("bs.apic", BS), "n1", indent=1),
        R("Retained earnings", yrs("bs.re", BS), "n1", indent=1),
        R(f"Treasury stock, at cost; {v['sh.treasury.2025']:,.0f} and {v['sh.treasury.2024']:,.0f} shares (in "
          "thousands)", yrs("bs.treasury", BS), "n1", indent=1),
        R("Total stockholders' equity", yrs("bs.equity", BS), "n1", kind="sub"),
        R("Total liabilities and stockholders' equity", yrs("bs.le", BS), "n1", kind="total"),
    ]
    doc.table("Consolidated Balance Sheets", COLS2, rows, groups=BS_GROUP, unit="Dollars in millions; shares in "
              "thousands", label_w=112, keep=True)

    doc.new_page()
    doc.section = "EQ"
    comps = ("cs", "apic", "re", "treasury", "total")
    rows = []
    for y in (2023, 2024, 2025):
        prev = y - 1
        if y == 2023:
            rows.append(R(f"Balance at November 30, {prev}", [f"eq.{c}.{prev}" for c in comps], "n1", bold=True))
        dps = v[f"is.dps.{y}"]
        rows += [
            R("Net income", [None, None, f"eq.ni.{y}", None, f"eq.ni.{y}"], "n1", indent=1),
            R(f"Cash dividends declared (${dps:.2f} per share)", [None, None, f"eq.div.{y}", None, f"eq.div.{y}"],
              "n1", indent=1),
            R("Stock-based compensation", [None, f"eq.sbc.{y}", None, None, f"eq.sbc.{y}"], "n1", indent=1),
            R("Stock option exercises and vesting of share awards, net of shares withheld for taxes",
              [None, f"eq.stock.{y}", None, None, f"eq.stock.{y}"], "n1", indent=1),
            R("Repurchases of common stock", [None, None, None, f"eq.repo.{y}", f"eq.repo.{y}"], "n1", indent=1),
            R(f"Balance at November 30, {y}", [f"eq.{c}.{y}" for c in comps], "n1", kind="total"),
        ]
    doc.table("Consolidated Statements of Stockholders' Equity", ["Common\nStock", "Additional\nPaid-in\nCapital",
              "Retained\nEarnings", "Treasury\nStock", "Total\nEquity"], rows, unit=MIL, label_w=72, keep=True)

    doc.section = "CF"
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", yrs("cf.ni"), "n1", indent=1),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", yrs("cf.dep"), "n1", indent=2),
        R("Stock-based compensation", yrs("cf.sbc"), "n1", indent=2),
        R("Inventory impairments and land option abandonment charges", yrs("cf.impair"), "n1", indent=2),
        R("Deferred income taxes", yrs("cf.deferred"), "n1", indent=2),
        R("Equity in earnings of unconsolidated joint ventures", yrs("cf.jv_earn"), "n1", indent=2),
        R("Distributions of earnings from unconsolidated joint ventures", yrs("cf.jv_dist"), "n1", indent=2),
        R("Amortization of senior note discount and issuance costs", yrs("cf.debt_amort"), "n1", indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Receivables, deposits and other", yrs("cf.rec"), "n1", indent=2),
        R("Inventories", yrs("cf.inv"), "n1", indent=2),
        R("Mortgage loans held for sale", yrs("cf.mlhfs"), "n1", indent=2),
        R("Other assets, including operating lease right-of-use assets", yrs("cf.other_a"), "n1", indent=2),
        R("Accounts payable", yrs("cf.ap"), "n1", indent=2),
        R("Accrued and other liabilities, including operating lease liabilities", yrs("cf.accrued"), "n1",
          indent=2),
        R("Customer deposits", yrs("cf.deposits"), "n1", indent=2),
        R("Other, net", yrs("cf.other"), "n1", indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n1", kind="sub"),
        R("Investing activities", kind="head"),
        R("Purchases of property and equipment", yrs("cf.capex"), "n1", indent=1),
        R("Investments in unconsolidated joint ventures", yrs("cf.jv_contrib"), "n1", indent=1),
        R("Return of capital from unconsolidated joint ventures", yrs("cf.jv_return"), "n1", indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n1", kind="sub"),
        R("Financing activities", kind="head"),
        R("Proceeds from issuance of senior notes, net of issuance costs", yrs("cf.notes_proceeds"), "n1",
          indent=1),
        R("Repayment of senior notes", yrs("cf.notes_repay"), "n1", indent=1),
        R("Net borrowings (repayments) under mortgage repurchase facility", yrs("cf.repo_fac"), "n1", indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), "n1", indent=1),
        R("Cash dividends paid", yrs("cf.div"), "n1", indent=1),
        R("Shares withheld for taxes on vesting of share awards", yrs("cf.withheld"), "n1", indent=1),
        R("Proceeds from stock option exercises", yrs("cf.options"), "n1", indent=1),
        R("Net cash used in financing activities", yrs("cf.cff"), "n1", kind="sub"),
        R("Net increase (decrease) in cash and cash equivalents", yrs("cf.change"), "n1", bold=True),
        R("Cash and cash equivalents at beginning of year", yrs("cf.begin"), "n1"),
        R("Cash and cash equivalents at end of year", yrs("cf.end"), "n1", kind="total"),
    ]
    doc.table("Consolidated Statements of Cash Flows", COLS3, rows, groups=FY_GROUP, unit=MIL, label_w=92,
              notes=["Supplemental information for fiscal 2025: income taxes paid {cf.tax_paid.2025:d1} million; "
                     "interest paid, all of which was capitalized, {debt.int_paid.2025:d1} million."])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 3, keep=60)
    doc.heading("1. Business and Significant Accounting Policies", 3)
    doc.para("Tillerstone Homes, Inc. designs, builds and sells homes in four geographic homebuilding segments and "
             "provides mortgage, title and closing services through its financial services segment. The "
             "consolidated financial statements include the Company and its wholly owned subsidiaries; intercompany "
             "balances are eliminated. Because our operating cycle exceeds one year, we present an unclassified "
             "balance sheet. Home sales revenue is recognized when a home closes and title passes to the buyer. "
             "Inventories are stated at cost unless a community is impaired. We capitalize interest on senior notes "
             "to inventory during active development and construction and charge it to cost of home sales when the "
             "related homes close.")

    doc.section = "note_seg"
    doc.heading("2. Segment Information", 3, keep=60)
    doc.para("Our chief operating decision maker, the Chief Executive Officer, evaluates the homebuilding segments "
             "on income before income taxes, which includes home and land sale margins, inventory impairments and "
             "each segment's selling and division overhead costs. Corporate general and administrative costs, "
             "equity in earnings of joint ventures and interest income are not allocated.")
    levels = [[("Fiscal Year Ended November 30,", 0, 6)], [("Revenues", 0, 3), ("Income Before Income Taxes", 3, 3)]]
    rows = [R(name, yrs(f"seg.rev.{g}") + yrs(f"seg.pretax.{g}"), "n1") for g, name in SEGS]
    rows += [
        R("Total homebuilding", yrs("seg.rev.hb") + yrs("seg.pretax.hb"), "n1", kind="sub"),
        R("Financial services", yrs("seg.fs_rev") + yrs("seg.fs_pretax"), "n1"),
        R("Corporate general and administrative", [None] * 3 + yrs("seg.corp_ga"), "n1"),
        R("Equity in earnings of unconsolidated joint ventures", [None] * 3 + yrs("seg.jv"), "n1"),
        R("Interest income and other, net", [None] * 3 + yrs("seg.int_other"), "n1"),
        R("Consolidated", yrs("seg.rev.total") + yrs("seg.pretax.total"), "n1", kind="total"),
    ]
    doc.table("Revenues and Income Before Income Taxes by Segment", COLS3 + COLS3, rows, groups=levels, unit=MIL,
              label_w=52)
    rows = [R("Inventory impairments and land option abandonment charges", kind="head")]
    rows += [R(name, yrs(f"seg.impair.{g}"), "n1", indent=1) for g, name in SEGS]
    rows.append(R("Total", yrs("seg.impair.hb"), "n1", kind="sub"))
    rows.append(R("Selling, general and administrative expenses of the homebuilding segments", kind="head"))
    rows += [R(name, yrs(f"seg.sga.{g}"), "n1", indent=1) for g, name in SEGS]
    rows.append(R("Total", yrs("seg.sga.hb"), "n1", kind="sub"))
    doc.table("Other Segment Items", COLS3, rows, groups=FY_GROUP, unit=MIL, label_w=92)
    rows = [R(name, yrs(f"seg.inv.{g}", BS), "n1") for g, name in SEGS]
    rows += [
        R("Total homebuilding inventories", yrs("seg.inv.hb", BS), "n1", kind="sub"),
        R("Corporate and other homebuilding assets", yrs("seg.assets.corp", BS), "n1"),
        R("Financial services assets", yrs("seg.assets.fs", BS), "n1"),
        R("Total assets", yrs("seg.assets.total", BS), "n1", kind="total"),
    ]
    doc.table("Inventories and Assets by Segment", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=92)

    doc.section = "note_inv"
    doc.heading("3. Inventories and Capitalized Interest", 3, keep=50)
    rows = [
        R("Homes under construction, including model and speculative homes", yrs("inv.huc", BS), "n1"),
        R("Land under development and finished lots", yrs("inv.dev", BS), "n1"),
        R("Land held for future development", yrs("inv.future", BS), "n1"),
        R("Land option deposits and pre-acquisition costs", yrs("inv.deposits", BS), "n1"),
        R("Total inventories", yrs("bs.inv", BS), "n1", kind="total"),
    ]
    doc.table("Inventories", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=92)
    rows = [
        R("Capitalized interest at beginning of year", yrs("ci.begin"), "n1"),
        R("Interest incurred", yrs("ci.incurred"), "n1", indent=1),
        R("Interest charged to cost of home sales", yrs("ci.charged"), "n1", indent=1),
        R("Capitalized interest at end of year", yrs("ci.end"), "n1", kind="total"),
    ]
    doc.table("Capitalized Interest", COLS3, rows, groups=FY_GROUP, unit=MIL, label_w=92)
    doc.para("All interest incurred was capitalized in each year. Capitalized interest is included in inventories.")

    doc.section = "note_jv"
    doc.heading("4. Unconsolidated Joint Ventures", 3, keep=30)
    doc.para("We participate in land development joint ventures that sell finished lots to us and to other builders. "
             "In fiscal 2025 we contributed {jv.contrib.2025:d1} million to these ventures, recorded equity in "
             "earnings of {is.jv.2025:d1} million and received distributions of {jv.dist_earn.2025:d1} million of "
             "earnings and {jv.return.2025:d1} million as a return of capital.")

    doc.section = "note_acc"
    doc.heading("5. Accrued and Other Liabilities and Warranty Reserve", 3, keep=60)
    rows = [
        R("Warranty reserve", yrs("acc.warranty", BS), "n1"),
        R("Accrued compensation and benefits", yrs("acc.comp", BS), "n1"),
        R("Land development and construction accruals", yrs("acc.land", BS), "n1"),
        R("Income taxes payable", yrs("acc.taxes", BS), "n1"),
        R("Accrued interest", yrs("acc.interest", BS), "n1"),
        R("Other", yrs("acc.other", BS), "n1"),
        R("Total accrued and other liabilities", yrs("acc.total", BS), "n1", kind="total"),
    ]
    doc.table("Accrued and Other Liabilities", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=92)
    rows = [
        R("Warranty reserve at beginning of year", ["war.begin.2025", "war.begin.2024"], "n1"),
        R("Warranties issued", ["war.accr.2025", "war.accr.2024"], "n1", indent=1),
        R("Payments", ["war.paid.2025", "war.paid.2024"], "n1", indent=1),
        R("Changes in estimates for pre-existing warranties", ["war.adj.2025", "war.adj.2024"], "n1", indent=1),
        R("Warranty reserve at end of year", ["war.end.2025", "war.end.2024"], "n1", kind="total"),
    ]
    doc.table("Warranty Reserve", COLS2, rows, groups=[("Fiscal Year", 0, 2)], unit=MIL, label_w=92)

    doc.section = "note_debt"
    doc.heading("6. Senior Notes and Credit Facilities", 3, keep=70)
    rows = [
        R("3.875% Senior Notes due April 2025", yrs("debt.n25", BS), "n1"),
        R("5.375% Senior Notes due October 2026", yrs("debt.n26", BS), "n1"),
        R("4.125% Senior Notes due 2028", yrs("debt.n28", BS), "n1"),
        R("6.250% Senior Notes due 2030", yrs("debt.n30", BS), "n1"),
        R("5.750% Senior Notes due 2033", yrs("debt.n33", BS), "n1"),
        R("Total principal", yrs("debt.principal", BS), "n1", kind="sub"),
        R("Unamortized discount and debt issuance costs", yrs("debt.costs", BS), "n1"),
        R("Senior notes, net", yrs("debt.total", BS), "n1", kind="total"),
    ]
    doc.table("Senior Notes", COLS2, rows, groups=BS_GROUP, unit=MIL, label_w=92)
    mat_years = (2026, 2027, 2028, 2029, 2030)
    rows = [R("Principal payments", [f"debt.mat.{y}" for y in mat_years] + ["debt.mat.after", "debt.mat.total"],
              "n1")]
    doc.table("Scheduled Maturities of Senior Notes", [str(y) for y in mat_years] + ["There-\nafter", "Total"], rows,
              groups=[("Fiscal Year Ending November 30,", 0, 5)], unit=MIL, label_w=36)
    doc.para("The senior notes are unsecured and guaranteed by substantially all of our homebuilding subsidiaries. "
             "Their fair value, based on quoted market prices, was {debt.fair:d1} million at November 30, 2025. "
             "Our revolving credit facility provides {debt.rcf:d1} million of capacity and requires us to maintain a "
             "leverage ratio of no more than 55% and a minimum tangible net worth; we were in compliance at November "
             "30, 2025. The mortgage repurchase facility, with a maximum capacity of {debt.repo_cap:d1} million, "
             "is secured by mortgage loans held for sale and renews annually.")

    doc.section = "note_tax"
    doc.heading("7. Income Taxes", 3, keep=70)
    rows = [
        R("Current:", kind="head"),
        R("Federal", yrs("tax.cur_fed"), "n1", indent=1),
        R("State", yrs("tax.cur_state"), "n1", indent=1),
        R("Total current", yrs("tax.cur"), "n1", kind="sub"),
        R("Deferred:", kind="head"),
        R("Federal", yrs("tax.def_fed"), "n1", indent=1),
        R("State", yrs("tax.def_state"), "n1", indent=1),
        R("Total deferred", yrs("tax.def"), "n1", kind="sub"),
        R("Income tax expense", yrs("is.tax"), "n1", kind="total"),
    ]
    doc.table("Components of Income Tax Expense", COLS3, rows, groups=FY_GROUP, unit=MIL, label_w=92)
    labels = (("stat", "Federal statutory rate"), ("state", "State income taxes, net of federal benefit"),
              ("credits", "Federal energy-efficient homes credits"), ("sbc", "Stock-based compensation"),
              ("comp", "Nondeductible executive compensation"), ("other", "Other"))
    rows = [R(label, yrs(f"tax.rate.{k}"), "p1") for k, label in labels]
    rows.append(R("Effective tax rate", yrs("tax.rate.eff"), "p1", kind="total"))
    doc.table("Effective Tax Rate Reconciliation", COLS3, rows, groups=FY_GROUP,
              unit="Percentage of income before income taxes", label_w=92)

    doc.section = "note_lease"
    doc.heading("8. Leases", 3, keep=50)
    doc.para("We lease offices, design centers and model homes under operating leases. Operating lease cost was "
             "{lease.cost.2025:d1} million, {lease.cost.2024:d1} million and {lease.cost.2023:d1} million in fiscal "
             "2025, 2024 and 2023.")
    rows = [
        R("Fiscal 2026", ["lease.y26"], "n1"),
        R("Fiscal 2027", ["lease.y27"], "n1"),
        R("Fiscal 2028", ["lease.y28"], "n1"),
        R("Fiscal 2029", ["lease.y29"], "n1"),
        R("Fiscal 2030", ["lease.y30"], "n1"),
        R("Thereafter", ["lease.after"], "n1"),
        R("Total lease payments", ["lease.total"], "n1", kind="sub"),
        R("Less: imputed interest", ["lease.interest"], "n1"),
        R("Operating lease liabilities", ["lease.liab"], "n1", kind="total"),
    ]
    doc.table("Maturities of Operating Lease Liabilities at November 30, 2025", ["Amount"], rows, unit=MIL,
              label_w=92, col_w=30)

    doc.section = "note_eps"
    doc.heading("9. Stockholders' Equity and Earnings per Share", 3, keep=60)
    rows = [
        R("Net income", yrs("is.ni"), "n1"),
        R("Weighted-average shares outstanding \u2014 basic", yrs("is.shares_basic"), "n0"),
        R("Dilutive effect of stock options and unvested share awards", yrs("eps.dilutive"), "n0", indent=1),
        R("Weighted-average shares outstanding \u2014 diluted", yrs("is.shares_diluted"), "n0", kind="sub"),
        R("Basic earnings per share", yrs("is.eps_basic"), "n2"),
        R("Diluted earnings per share", yrs("is.eps_diluted"), "n2", kind="total"),
    ]
    doc.table("Earnings per Share", COLS3, rows, groups=FY_GROUP, unit=MIL_PS, label_w=92)
    rows = [
        R("Shares outstanding at beginning of year", ["sh.out.2024", "sh.out.2023", "sh.out.2022"], "n0"),
        R("Issued under stock plans, net", yrs("sh.issued"), "n0", indent=1),
        R("Repurchased", yrs("sh.repo"), "n0", indent=1),
        R("Shares outstanding at end of year", yrs("sh.out"), "n0", kind="total"),
    ]
    doc.table("Common Shares Outstanding", COLS3, rows, groups=FY_GROUP, unit="Shares in thousands", label_w=92)
    doc.para("At November 30, 2025, {rep.remaining.nov:d1} million remained available under the repurchase "
             "authorization described in Item 5.")

    doc.section = "note_commit"
    doc.heading("10. Commitments and Contingencies", 3, keep=30)
    doc.para("At November 30, 2025 we had outstanding letters of credit of {debt.loc:d1} million and performance "
             "bonds issued principally to municipalities to secure the completion of community infrastructure. Our "
             "maximum exposure under land option contracts is generally limited to the deposits and "
             "pre-acquisition costs shown in Note 3. We are defending several construction defect claims in our "
             "West segment and believe our reserves are adequate.")


def back_matter(doc: Doc) -> None:
    doc.section = "item9"
    doc.heading("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 2,
                anchor="item9", keep=20)
    doc.para("None.")
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=30)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of November 30, 2025. Management concluded that internal control over "
             "financial reporting was effective based on the 2013 COSO framework, and Marrowgate Sutcliffe LLP has "
             "issued an attestation report on it.")
    doc.heading("Item 9B. Other Information", 2, anchor="item9b", keep=20)
    doc.para("No director or officer adopted or terminated a Rule 10b5-1 trading arrangement in the fourth quarter "
             "of fiscal 2025. Item 9C is not applicable.")
    doc.section = "part3"
    doc.heading("Part III", 1, anchor="part3", keep=30)
    doc.para("Items 10 through 14 are incorporated by reference from our proxy statement for the 2026 annual meeting "
             "of stockholders.")
    doc.heading("Part IV", 1, anchor="part4", keep=40)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 2, anchor="item15", keep=30)
    doc.para("The financial statements are included in Item 8. Exhibits include our certificate of incorporation and "
             "bylaws, the indentures for our senior notes, the revolving credit agreement, executive compensation "
             "plans, the list of subsidiaries, the consent of Marrowgate Sutcliffe LLP, the Rule 13a-14(a) and "
             "Section 1350 certifications and Inline XBRL documents. Item 16 is omitted.")
    doc.heading("Signatures", 2, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on January 21, 2026.", size=8.8)
    doc.para("TILLERSTONE HOMES, INC.\n"
             "/s/ Renata J. Calloway-Strand, President and Chief Executive Officer\n"
             "/s/ Oswin P. Marchetti-Hale, Executive Vice President and Chief Financial Officer\n"
             "/s/ Imogen T. Barraclough, Senior Vice President and Chief Accounting Officer", size=8.8, align="L")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K Fiscal 2025")
    doc.toc_labels = toc_labels
    doc.total_pages = total
    doc.add_page()
    cover(doc)
    front(doc)
    business(doc)
    part2(doc)
    mda(doc)
    statements(doc)
    notes(doc)
    back_matter(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = td.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
