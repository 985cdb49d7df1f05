"""Render the Calderbrook Environmental Services, Inc. Form 10-K for the year ended December 31, 2025.

House style: DejaVu Serif text with Liberation Sans Narrow tables in the "leader" mode (no frame, no fills and no
row rules: dot leaders run from each row label towards the figures, every column head and spanning head is
underlined on its own, a short rule over subtotal figures and a rule over plus a double rule under totals), centred
mixed-case navy table titles with an italic scale line under them ("(in thousands, except per share data)"), a "$"
set apart at the left edge of the column on the first row of a statement and on totals, negatives in parentheses,
an em dash for zero, level-one headings in centred capitals between two short rules, a plain contents page without
leaders and ", continued" after carried-over titles. The financial statements and notes sit at the back on pages
numbered F-1 onward; the other pages are numbered from the cover (page 1, unnumbered) in the centre of the footer.
"""

from __future__ import annotations

from decimal import Decimal

import calderbrook_data as cd
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Calderbrook Environmental Services, Inc."
DOC_NAME = "CALDERBROOK_2025_10K"
NAVY = (26, 50, 88)
THOU = "(in thousands)"
THOU_PS = "(in thousands, except per share data)"
FY_GROUP = [("Year Ended December 31,", 0, 3)]
COLS3 = ["2025", "2024", "2023"]
COLS2 = ["2025", "2024"]
BS_GROUP = [("December 31,", 0, 2)]
BS = cd.BS_YEARS
SEGS = list(cd.SEGMENTS.items())


def _label(index: int, doc: Doc) -> str | None:
    if index == 0:
        return None
    if index >= doc.part_start:
        return f"F-{index - doc.part_start + 1}"
    return str(index + 1)


def _header(index: int, doc: Doc) -> None:
    if index < 1:
        return
    doc.set_font("DejaVuSerif", "I", 6.8)
    doc.set_text_color(*NAVY)
    doc.set_xy(doc.l_margin, 9.0)
    doc.cell(doc.width, 4, "Calderbrook Environmental Services, Inc.   |   2025 Annual Report on Form 10-K", align="R")
    doc.set_draw_color(*NAVY)
    doc._rule(doc.l_margin, doc.w - doc.r_margin, 13.4, 0.15)


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_font("DejaVuSerif", "", 8.2)
    doc.set_text_color(40, 40, 40)
    doc.set_xy(doc.l_margin, doc.h - 12.6)
    doc.cell(doc.width, 4, label, align="C")


STYLE = Style(
    body_family="DejaVuSerif",
    body_files={"": "dejavu/DejaVuSerif.ttf", "B": "dejavu/DejaVuSerif-Bold.ttf", "I": "dejavu/DejaVuSerif-Italic.ttf",
                "BI": "dejavu/DejaVuSerif-BoldItalic.ttf"},
    table_family="LiberationSansNarrow",
    table_files={"": "liberation/LiberationSansNarrow-Regular.ttf", "B": "liberation/LiberationSansNarrow-Bold.ttf",
                 "I": "liberation/LiberationSansNarrow-Italic.ttf",
                 "BI": "liberation/LiberationSansNarrow-BoldItalic.ttf"},
    body_size=8.3,
    table_size=8.0,
    table_mode="leader",
    negative="paren",
    dollar="detached",
    zero="\u2014",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=", continued",
    title_align="C",
    unit_align="C",
    title_upper=False,
    head_align="C",
    head_style="B",
    toc_style="plain",
    heading_kind="center",
    heading_upper=True,
    unit_italic=True,
    title_size_add=1.2,
    accent=NAVY,
    tint=(232, 237, 245),
    hairline=(185, 195, 210),
    margin_l=21, margin_r=21, margin_t=18, margin_b=18,
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
    ("Index to Consolidated Financial Statements", "fs", 0),
    ("Report of Independent Registered Public Accounting Firm", "audit", 1),
    ("Consolidated Statements of Income and of Comprehensive Income", "is", 1),
    ("Consolidated Balance Sheets", "bs", 1),
    ("Consolidated Statements of Stockholders' Equity", "eq", 1),
    ("Consolidated Statements of Cash Flows", "cf", 1),
    ("Notes to Consolidated Financial Statements", "notes", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = cd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10)
    doc.cell(doc.width, 5.5, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 5.5, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 8.6)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.body("B", 22)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.set_draw_color(*NAVY)
    doc._rule(doc.l_margin + 55, doc.w - doc.r_margin - 55, doc.get_y() + 1, 0.4)
    doc.ln(5)
    doc.para("\u25a0  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.0, align="L", gap=0.8)
    doc.para("For the fiscal year ended December 31, 2025", style="B", size=8.8, align="C")
    doc.para("\u25a1  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.0, align="L")
    doc.para("Commission file number 001-39582", size=8.0, align="C")
    doc.ln(3)
    doc.body("B", 17)
    doc.cell(doc.width, 8, "Calderbrook Environmental Services, Inc.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8.0)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(4)
    rows = [
        R("State or other jurisdiction of incorporation", ["=Kessaly"]),
        R("I.R.S. Employer Identification No.", ["=47-2093816"]),
        R("Principal executive offices", ["=1150 Tallis Ferry Road, Brennock Falls, Kessaly 29461"]),
        R("Telephone number, including area code", ["=(843) 555-0127"]),
    ]
    doc.table(None, ["Registrant information"], rows, label_w=70, size=7.8)
    rows = [R("Common stock, par value $0.01 per share", ["=CBES", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol",
              "Name of each exchange\non which registered"], rows, label_w=70, size=7.8)
    doc.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
             "Securities Act. Yes \u25a0 No \u25a1. Indicate by check mark whether the registrant (1) has filed all "
             "reports required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the "
             "preceding 12 months and (2) has been subject to such filing requirements for the past 90 days. "
             "Yes \u25a0 No \u25a1. Large accelerated filer \u25a0. Shell company: Yes \u25a1 No \u25a0.", size=7.6)
    doc.para("The aggregate market value of the voting stock held by non-affiliates of the registrant on June 30, "
             "2025, the last business day of its most recently completed second fiscal quarter, was approximately "
             "$7.2 billion. At February 6, 2026, 60,512,340 shares of the registrant's common stock were "
             "outstanding.", size=7.6)
    doc.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's proxy statement for its 2026 annual "
             "meeting of stockholders are incorporated by reference into Part III.", size=7.6)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 11)
    doc.set_text_color(*NAVY)
    doc.cell(doc.width, 7, "TABLE OF CONTENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(3)
    doc.section = "fls"
    doc.heading("Cautionary Statement Regarding Forward-Looking Statements", 2, keep=30)
    doc.para("This report contains forward-looking statements about our expected revenue growth, pricing, capital "
             "expenditures, acquisitions, landfill capacity, renewable natural gas projects and liquidity. Words "
             "such as \"anticipate,\" \"estimate,\" \"expect,\" \"intend,\" \"may,\" \"plan\" and \"will\" identify "
             "them. They depend on assumptions about economic activity in our markets, the prices of diesel fuel "
             "and recycled commodities, the outcome of permit applications, the cost of labor and equipment and "
             "the integration of acquired businesses, and actual results may differ materially. We undertake no "
             "duty to update them except as required by law.", size=8.0)
    doc.para("\"Calderbrook,\" the \"Company,\" \"we,\" \"us\" and \"our\" refer to Calderbrook Environmental "
             "Services, Inc. and its consolidated subsidiaries. Unless stated otherwise, dollar amounts in tables "
             "are in thousands, tons are in thousands and landfill airspace is in millions of cubic yards.",
             size=8.0)


def business(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("Part I", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Business", 2, anchor="item1")
    doc.heading("Our Company", 3)
    doc.para("Calderbrook Environmental Services, Inc. is a vertically integrated provider of non-hazardous solid "
             "waste collection, transfer, disposal and recycling services in {biz.states:n0} states across the "
             "eastern half of the United States. We serve approximately {biz.res_customers:n1} million residential "
             "customers and {biz.ci_customers:n0} thousand commercial and industrial customers from "
             "{biz.collection:n0} collection operations, {biz.transfer:n0} transfer stations, {biz.landfills:n0} "
             "active landfills ({biz.msw:n0} of them municipal solid waste landfills and the rest construction and "
             "demolition landfills), {biz.recycling:n0} recycling facilities and {biz.rng:n0} landfill gas-to-"
             "renewable natural gas facilities. We were formed in 1994 through the combination of three family-owned "
             "haulers in the Tallis River valley and have grown mainly by acquiring and integrating independent "
             "collection companies.")
    doc.para("Our strategy is to own or operate the disposal site in each of our markets and to route as much of "
             "the waste we collect as possible to our own transfer stations and landfills, a practice we call "
             "internalization. Owning disposal capacity gives us a lower-cost outlet for collected volumes and a "
             "durable competitive position, because new landfill permits are difficult and slow to obtain.")
    doc.heading("Operating Segments", 3)
    doc.para("We manage our operations through three geographic segments, each led by a regional president:")
    doc.bullets([
        "Atlantic: the coastal states from the Kessaly lowcountry north to the Chesapeake, our oldest and largest "
        "region, with a high share of franchise and municipal residential contracts.",
        "Gulf: markets along the Gulf Coast and in the lower Mississippi valley, where we have made most of our "
        "recent acquisitions and where commercial and industrial volumes are tied to petrochemical and port "
        "activity.",
        "Prairie: markets in the central plains and the Ozark plateau, served by long-haul transfer networks into "
        "a smaller number of large regional landfills.",
    ], size=8.1)
    doc.heading("Lines of Business", 3)
    doc.para("Collection. We collect solid waste from residential customers, generally under municipal contracts or "
             "exclusive franchise agreements with terms of five to ten years, and from commercial and industrial "
             "customers under service agreements of one to three years. Industrial (roll-off) collection uses "
             "open-top containers at construction sites and industrial plants. Franchise and municipal contracts "
             "represented about {biz.franchise_pct:n0}% of our collection revenue in 2025.")
    doc.para("Transfer and disposal. Transfer stations receive, compact and reload waste from our collection "
             "vehicles and from third parties for transport to landfills. Landfills are our most important assets; "
             "we charge a tipping fee per ton or per cubic yard. Revenue from our own collection operations at our "
             "transfer stations and landfills is eliminated as intercompany revenue.")
    doc.para("Recycling and renewable energy. We process residential and commercial recyclables at material recovery "
             "facilities and sell the recovered commodities, and we capture landfill gas and upgrade it to "
             "pipeline-quality renewable natural gas, generating environmental attributes that we sell.")
    doc.heading("Competition, Regulation and Seasonality", 3)
    doc.para("We compete with large national companies, regional operators, municipalities that provide their own "
             "services and many small haulers. Our operations are subject to extensive federal, state and local "
             "regulation covering landfill design, operation, closure and post-closure care, air emissions, "
             "stormwater, truck safety and hours of service. Volumes are usually lower in the first quarter, when "
             "construction activity and yard waste decline in our northern and central markets.")
    doc.heading("Human Capital", 3)
    doc.para("At December 31, 2025 we had {biz.employees:n0} employees, most of them drivers, helpers, technicians "
             "and landfill operators. About 9% were covered by collective bargaining agreements. We operated a "
             "fleet of {biz.trucks:n0} collection trucks, about {biz.cng_pct:n0}% of them fueled by compressed "
             "natural gas. Safety is our first operating priority, and every route supervisor completes a ride-along "
             "observation with each driver at least quarterly.")

    doc.section = "risk"
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=40)
    doc.bullets([
        "Our growth depends on acquisitions; we may not find suitable targets at acceptable prices or integrate "
        "them successfully, and acquisitions may expose us to unknown environmental liabilities.",
        "We may be unable to obtain or renew the permits we need to expand our landfills, which would shorten "
        "their lives and raise our disposal costs.",
        "Estimates of landfill airspace and of closure and post-closure costs involve significant judgment; "
        "revisions could increase depletion expense and our recorded obligations.",
        "Volatile diesel fuel and recycled commodity prices, and our ability to recover fuel costs from customers, "
        "affect our revenue and margins.",
        "Driver shortages, wage inflation and increases in insurance costs for vehicle and workers' compensation "
        "claims may raise our operating costs.",
        "We have significant indebtedness; higher interest rates on our variable-rate borrowings would increase "
        "our interest expense.",
    ], size=8.1)
    doc.heading("Item 1B. Unresolved Staff Comments", 2, anchor="item1b", keep=14)
    doc.para("None.")
    doc.heading("Item 1C. Cybersecurity", 2, anchor="item1c", keep=24)
    doc.para("Our Vice President of Information Security reports to the Chief Financial Officer and briefs the Audit "
             "Committee each quarter. The program covers the routing, billing and scale-house systems that our "
             "operations depend on, and includes annual penetration tests, quarterly phishing exercises and a "
             "tested incident response plan. We did not identify any cybersecurity incident in 2025 that materially "
             "affected us.")

    doc.section = "properties"
    doc.heading("Item 2. Properties", 2, anchor="item2", keep=70)
    doc.para("Our principal properties are our landfills, transfer stations, recycling facilities and the "
             "maintenance shops and truck yards of our collection operations. We own our corporate headquarters in "
             "Brennock Falls, Kessaly. The following table summarizes the capacity and activity of the landfills "
             "we own or operate. Permitted airspace is capacity covered by permits in hand; probable expansion "
             "airspace is capacity we expect to be permitted under our accounting policy.")
    doc.section = "landfill"
    rows = [
        R("Remaining permitted airspace (millions of cubic yards)", yrs("lf.airspace", BS), "n1"),
        R("Probable expansion airspace (millions of cubic yards)", yrs("lf.expansion", BS), "n1"),
        R("Total remaining airspace (millions of cubic yards)", yrs("lf.total_air", BS), "n1", kind="sub"),
        R("Tons received at our landfills during the year (thousands)", yrs("lf.tons", BS), "n0"),
        R("Internalization rate (percentage of collected volumes disposed of at our own landfills)",
          yrs("lf.internal", BS), "p1"),
    ]
    doc.table("Landfill Capacity and Activity", COLS2, rows, groups=BS_GROUP, unit="(units as stated in each row)",
              label_w=112)
    doc.para("At current disposal rates the total remaining airspace represents an average remaining landfill life "
             "of about {lf.life_years:n0} years.")
    doc.section = "properties"
    doc.heading("Item 3. Legal Proceedings", 2, anchor="item3", keep=14)
    doc.para("We are involved in lawsuits and regulatory proceedings that arise in the ordinary course of business, "
             "including permit challenges and personal injury claims arising from vehicle accidents. See Note 12. "
             "Item 103 of Regulation S-K requires disclosure of certain environmental proceedings involving potential "
             "monetary sanctions of $1 million or more; there were none.")
    doc.heading("Item 4. Mine Safety Disclosures", 2, anchor="item4", keep=14)
    doc.para("Not applicable.")


def part2(doc: Doc) -> None:
    doc.section = "market"
    doc.heading("Part II", 1, anchor="part2", keep=70)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 2, anchor="item5")
    doc.para("Our common stock is listed on the New York Stock Exchange under the symbol \"CBES.\" There were "
             "{biz.holders:n0} holders of record on February 6, 2026. We declared quarterly dividends totaling "
             "${is.dps.2025:n2} per share in 2025 and raised the quarterly dividend to $0.36 per share in January "
             "2026. In October 2024 our Board authorized the repurchase of up to ${rep.authorization:n1} million of "
             "common stock through December 31, 2027.")
    doc.section = "repo"
    rows = []
    for mth, label in (("oct", "October 1 \u2013 31, 2025"), ("nov", "November 1 \u2013 30, 2025"),
                       ("dec", "December 1 \u2013 31, 2025")):
        rows.append(R(label, [f"rep.shares.{mth}", f"rep.price.{mth}", f"rep.shares.{mth}", f"rep.remaining.{mth}"],
                      ["n0", "n2", "n0", "n0"]))
    rows.append(R("Total", ["rep.shares.q4", "rep.price.q4", "rep.shares.q4", None], ["n0", "n2", "n0", "n0"],
                  kind="total"))
    doc.table("Purchases of Equity Securities by the Issuer, Fourth Quarter of 2025", [
              "Total Number\nof Shares\nPurchased", "Average\nPrice Paid\nper Share", "Shares Purchased as\nPart of "
              "Publicly\nAnnounced Program", "Approximate Dollar\nValue That May Yet\nBe Purchased"],
              rows, unit="(number of shares in whole shares; price in dollars; remaining value in thousands)",
              label_w=46)
    doc.heading("Item 6. [Reserved]", 2, anchor="item6", keep=14)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=60)
    doc.heading("Executive Summary", 3)
    doc.para("Revenue grew {mda.rev_chg:p1} in 2025 to {is.rev.2025:d0} thousand. Price increases, which we measure "
             "as average yield on our collection and disposal services, remained the largest contributor, and "
             "acquisitions added revenue in all three regions, while volumes were lower as residential construction "
             "slowed and we exited unprofitable industrial accounts. Diesel fuel cost us an average of "
             "${mda.fuel_price:n2} per gallon on consumption of about {mda.fuel_gallons:n1} million gallons, below "
             "2024 levels, which lowered both fuel expense and the fuel recovery fees we bill. Adjusted EBITDA "
             "grew {mda.ebitda_chg:p1}. Net income increased {mda.ni_chg:p1} to {is.ni.2025:d0} thousand, or "
             "${is.eps_diluted.2025:n2} per diluted share.")
    doc.para("We completed {acq.count:n0} acquisitions in 2025 for total consideration of {acq.total:d0} thousand. "
             "For 2026 we expect capital expenditures of ${mda.capex_2026_low:n0} million to "
             "${mda.capex_2026_high:n0} million, including two new renewable natural gas facilities.")

    doc.section = "mda_results"
    doc.heading("Results of Operations", 3, keep=60)
    rows = [
        R("Revenue", yrs("is.rev"), "n0", dollar=True),
        R("Cost of operations (exclusive of depreciation, depletion and amortization)", yrs("is.cost_ops"), "n0"),
        R("As a percentage of revenue", yrs("mda.cost_pct"), "p1", indent=1),
        R("Selling, general and administrative", yrs("is.sga"), "n0"),
        R("As a percentage of revenue", yrs("mda.sga_pct"), "p1", indent=1),
        R("Operating income", yrs("is.oi"), "n0", kind="sub"),
        R("Operating margin", yrs("mda.oi_margin"), "p1", indent=1),
        R("Net income", yrs("is.ni"), "n0", kind="total", dollar=True),
    ]
    doc.table("Selected Results", COLS3, rows, groups=FY_GROUP, unit=THOU, label_w=92)

    doc.section = "mda_rev"
    doc.heading("Revenue", 3, keep=50)
    doc.para("The following table analyzes the change in revenue from the prior year. Average yield is the change in "
             "price on our collection, transfer and landfill services; volume is the change in the amount of service "
             "provided; acquisitions are net of divestitures and include revenue of acquired businesses for their "
             "first twelve months under our ownership.")
    levels = [[("2025 vs. 2024", 0, 2), ("2024 vs. 2023", 2, 2)]]
    labels = (("yield", "Average yield"), ("volume", "Volume"),
              ("commodity", "Recycled commodity prices and renewable energy attributes"),
              ("fuel", "Fuel recovery fees"), ("acq", "Acquisitions, net of divestitures"))
    rows = [R(label, [f"rc.{k}.2025", f"rc.pct.{k}.2025", f"rc.{k}.2024", f"rc.pct.{k}.2024"],
              ["n0", "p1", "n0", "p1"], dollar=(k == "yield")) for k, label in labels]
    rows.append(R("Total change in revenue", ["rc.total.2025", "rc.pct.total.2025", "rc.total.2024",
                                              "rc.pct.total.2024"], ["n0", "p1", "n0", "p1"], kind="total",
                  dollar=True))
    doc.table("Components of Revenue Growth", ["Amount", "% of Prior-\nYear Revenue", "Amount",
              "% of Prior-\nYear Revenue"], rows, groups=levels, unit=THOU, label_w=78)
    rows = []
    for ln, label in cd.LINES.items():
        rows.append(R(label, [f"rev.net.{ln}.2025", f"rev.share.{ln}.2025", f"rev.net.{ln}.2024",
                              f"rev.share.{ln}.2024"], ["n0", "p1", "n0", "p1"], dollar=(ln == "res")))
        if ln == "ind":
            rows.append(R("Total collection", ["rev.net.coll.2025", "rev.share.coll.2025", "rev.net.coll.2024",
                                               "rev.share.coll.2024"], ["n0", "p1", "n0", "p1"], kind="sub"))
    rows.append(R("Revenue", ["is.rev.2025", "=100.0%", "is.rev.2024", "=100.0%"], "n0", kind="total",
                  dollar=True))
    doc.table("Revenue by Line of Business, Net of Intercompany Revenue", ["Amount", "% of Total", "Amount",
              "% of Total"], rows, groups=[[("Year Ended December 31,", 0, 4)], [("2025", 0, 2), ("2024", 2, 2)]],
              unit=THOU, label_w=78)

    doc.section = "mda_cost"
    doc.heading("Cost of Operations", 3, keep=50)
    labels = (("labor", "Labor and related benefits"), ("xfer", "Transfer and third-party disposal costs"),
              ("maint", "Maintenance and repairs"), ("fuel", "Fuel"), ("landfill", "Landfill operating costs"),
              ("risk", "Risk management, including vehicle and workers' compensation insurance"),
              ("other", "Other"))
    rows = [R(label, [f"cn.{k}.2025", f"cn.pct.{k}.2025", f"cn.{k}.2024", f"cn.pct.{k}.2024"],
              ["n0", "p1", "n0", "p1"], dollar=(k == "labor")) for k, label in labels]
    rows.append(R("Total cost of operations", ["cn.total.2025", "cn.pct.total.2025", "cn.total.2024",
                                               "cn.pct.total.2024"], ["n0", "p1", "n0", "p1"], kind="total",
                  dollar=True))
    doc.table("Cost of Operations by Nature", ["Amount", "% of\nRevenue", "Amount", "% of\nRevenue"], rows,
              groups=[[("Year Ended December 31,", 0, 4)], [("2025", 0, 2), ("2024", 2, 2)]], unit=THOU, label_w=78)
    doc.para("Labor costs rose with wage increases for drivers and technicians and with acquired operations. Fuel "
             "expense fell because diesel prices declined and more of our fleet runs on natural gas. Risk management "
             "costs rose because of higher premiums and the development of prior-year vehicle claims.")
    doc.heading("Other Operating and Non-Operating Items", 3, keep=30)
    doc.para("Depreciation, depletion and amortization increased to {is.dda.2025:d0} thousand, reflecting higher "
             "landfill volumes and the trucks and containers added by acquisitions. Impairments and other operating "
             "items of {is.impair.2025:d0} thousand in 2025 relate mainly to the closure of a small material recovery "
             "facility in the Prairie region; in 2024 this line was a net gain from the sale of two transfer "
             "stations. Interest expense rose to {debt.int_exp_abs:d0} thousand because of higher average borrowings "
             "and the issuance of our 5.450% senior notes. Our effective tax rate was {tax.rate.eff.2025:p1}, "
             "compared with {tax.rate.eff.2024:p1} in 2024.")

    doc.section = "mda_ng"
    doc.heading("Non-GAAP Financial Measures", 3, keep=70)
    doc.para("We use adjusted EBITDA, net debt to adjusted EBITDA and free cash flow to evaluate performance and "
             "capital allocation. They are not measures of performance under GAAP and may not be comparable with "
             "similarly titled measures of other companies.")
    rows = [
        R("Operating income", yrs("ebitda.oi"), "n0", dollar=True),
        R("Depreciation, depletion and amortization", yrs("ebitda.dda"), "n0", indent=1),
        R("Amortization of intangible assets", yrs("ebitda.amort"), "n0", indent=1),
        R("Accretion of landfill closure and post-closure obligations", yrs("ebitda.accretion"), "n0", indent=1),
        R("Impairments and other operating items", yrs("ebitda.impair"), "n0", indent=1),
        R("Acquisition and integration costs (in selling, general and administrative)", yrs("ebitda.acq"), "n0",
          indent=1),
        R("Adjusted EBITDA", yrs("ebitda.adj"), "n0", kind="total", dollar=True),
        R("Adjusted EBITDA margin", yrs("ebitda.margin"), "p1"),
    ]
    doc.table("Reconciliation of Operating Income to Adjusted EBITDA", COLS3, rows, groups=FY_GROUP, unit=THOU,
              label_w=92)
    rows = [
        R("Net cash provided by operating activities", yrs("fcf.cfo"), "n0", dollar=True),
        R("Capital expenditures", yrs("fcf.capex"), "n0", indent=1),
        R("Proceeds from sales of property and equipment", yrs("fcf.sale"), "n0", indent=1),
        R("Free cash flow", yrs("fcf.total"), "n0", kind="total", dollar=True),
    ]
    doc.table("Free Cash Flow", COLS3, rows, groups=FY_GROUP, unit=THOU, label_w=92)
    rows = [
        R("Total debt, including current portion", yrs("lev.debt", BS), "n0", dollar=True),
        R("Less: cash and cash equivalents", yrs("lev.cash", BS), "n0", indent=1),
        R("Net debt", yrs("lev.net", BS), "n0", kind="sub"),
        R("Adjusted EBITDA for the year", yrs("lev.ebitda", BS), "n0"),
        R("Net debt to adjusted EBITDA (times)", yrs("lev.ratio", BS), "n2", kind="total"),
    ]
    doc.table("Net Debt to Adjusted EBITDA", COLS2, rows, groups=BS_GROUP, unit=THOU, label_w=92)

    doc.section = "mda_liq"
    doc.heading("Liquidity and Capital Resources", 3, keep=50)
    doc.para("Our principal sources of liquidity are cash from operations and our {debt.rcf_cap:d0} thousand "
             "revolving credit facility, which matures in 2029. At December 31, 2025 we had {debt.rcf.2025:d0} "
             "thousand of borrowings and {debt.loc:d0} thousand of letters of credit outstanding under it, leaving "
             "{debt.rcf_avail:d0} thousand available. In May 2025 we issued {debt.n33.2025:d0} thousand of 5.450% "
             "senior notes due 2033 and used the proceeds, with revolver borrowings, to repay our 2.900% senior "
             "notes at maturity. Our 3.600% senior notes mature in November 2026, and we intend to refinance them.")
    rows = [
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n0", dollar=True),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n0"),
        R("Net cash used in financing activities", yrs("cf.cff"), "n0"),
        R("Net increase (decrease) in cash, cash equivalents and restricted cash", yrs("cf.change"), "n0",
          kind="total", dollar=True),
    ]
    doc.table("Summary of Cash Flows", COLS3, rows, groups=FY_GROUP, unit=THOU, label_w=92)
    doc.heading("Critical Accounting Estimates", 3, keep=30)
    doc.para("Landfill accounting is our most significant estimate. We deplete landfill site costs, including "
             "estimated future development costs and capitalized closure and post-closure costs, on a "
             "units-of-consumption basis as airspace is used. Closure and post-closure obligations are recorded at "
             "the present value of expected future spending, discounted at credit-adjusted risk-free rates, and "
             "accrete over the life of each site. We also estimate self-insurance reserves, goodwill fair values "
             "and the purchase price allocations of acquired businesses.")
    doc.section = "item7a"
    doc.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item7a", keep=30)
    doc.para("Our revolving credit facility and term loan bear floating rates; interest rate swaps fix the rate on "
             "$300 million of the term loan. A one percentage point increase in floating rates would raise annual "
             "interest expense by about $8 million. We are also exposed to diesel fuel prices, which we partly "
             "recover through fuel surcharges, and to recycled commodity prices.")


def back_matter(doc: Doc) -> None:
    doc.section = "item8"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=20)
    doc.para("The consolidated financial statements, the notes to them and the report of our independent registered "
             "public accounting firm begin on page F-1 and are listed in the table of contents.")
    doc.section = "item9"
    doc.heading("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 2,
                anchor="item9", keep=20)
    doc.para("None.")
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=30)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective at December 31, 2025. Management assessed internal control over financial "
             "reporting using the 2013 COSO framework and concluded that it was effective; the assessment excluded "
             "businesses acquired in 2025, which represented less than 3% of consolidated total assets and revenue. "
             "Pellham Roth & Adair LLP has issued an attestation report on our internal control.")
    doc.heading("Item 9B. Other Information", 2, anchor="item9b", keep=20)
    doc.para("During the fourth quarter of 2025 no director or officer adopted or terminated a Rule 10b5-1 trading "
             "arrangement. Item 9C is not applicable.")
    doc.section = "part3"
    doc.heading("Part III", 1, anchor="part3", keep=30)
    doc.para("The information required by Items 10 through 14 is incorporated by reference from our proxy statement "
             "for the 2026 annual meeting of stockholders.")
    doc.heading("Part IV", 1, anchor="part4", keep=40)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 2, anchor="item15", keep=30)
    doc.para("The consolidated financial statements are listed in the table of contents. Schedules are omitted "
             "because they are not required or the information is in the notes. Exhibits include our certificate of "
             "incorporation and bylaws, the indentures for our senior notes, the credit agreement, executive "
             "compensation plans, the list of subsidiaries, the consent of Pellham Roth & Adair LLP, the Rule "
             "13a-14(a) and Section 1350 certifications and Inline XBRL documents. Item 16 is not used.")
    doc.heading("Signatures", 2, anchor="signatures", keep=40)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on February 19, 2026.", size=8.0)
    doc.para("CALDERBROOK ENVIRONMENTAL SERVICES, INC.\n"
             "/s/ Thaddeus M. Okonkwo-Reyes, Chairman and Chief Executive Officer\n"
             "/s/ Lucinda A. Varga-Pettersen, Executive Vice President and Chief Financial Officer\n"
             "/s/ Gideon R. Halloway, Vice President and Chief Accounting Officer", size=8.0, align="L")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.part_start = doc.page_no() - 1
    doc.anchor("fs")
    doc.section = "audit"
    doc.heading("Report of Independent Registered Public Accounting Firm", 2, anchor="audit", keep=30)
    doc.para("To the Stockholders and the Board of Directors of Calderbrook Environmental Services, Inc.", style="I",
             size=8.0)
    doc.para("Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
             "Calderbrook Environmental Services, Inc. and subsidiaries (the Company) as of December 31, 2025 and "
             "2024, the related consolidated statements of income, comprehensive income, stockholders' equity and "
             "cash flows for each of the three years in the period ended December 31, 2025, and the related notes. "
             "In our opinion, the financial statements present fairly, in all material respects, the financial "
             "position of the Company and the results of its operations and its cash flows in conformity with U.S. "
             "generally accepted accounting principles.", size=8.0)
    doc.para("Critical audit matter: landfill closure and post-closure obligations and airspace. The Company's "
             "estimates of remaining airspace and of the timing and cost of closure and post-closure activities are "
             "highly judgmental. We tested controls over the estimates, evaluated the qualifications of the "
             "Company's engineers and third-party surveyors, compared cost assumptions with recent closures and "
             "recalculated depletion rates and accretion.", size=8.0)
    doc.para("/s/ Pellham Roth & Adair LLP\nBrennock Falls, Kessaly, February 18, 2026\nWe have served as the "
             "Company's auditor since 2009.", size=8.0, align="L")

    doc.new_page()
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Revenue", yrs("is.rev"), "n0", dollar=True, bold=True),
        R("Costs and expenses:", kind="head"),
        R("Cost of operations (exclusive of depreciation, depletion and amortization shown below)",
          yrs("is.cost_ops"), "n0", indent=1),
        R("Selling, general and administrative", yrs("is.sga"), "n0", indent=1),
        R("Depreciation, depletion and amortization", yrs("is.dda"), "n0", indent=1),
        R("Amortization of intangible assets", yrs("is.amort"), "n0", indent=1),
        R("Accretion of landfill closure and post-closure obligations", yrs("is.accretion"), "n0", indent=1),
        R("Impairments and other operating items", yrs("is.impair"), "n0", indent=1),
        R("Total costs and expenses", yrs("is.costs"), "n0", kind="sub"),
        R("Operating income", yrs("is.oi"), "n0", bold=True),
        R("Other income (expense):", kind="head"),
        R("Interest expense", yrs("is.int_exp"), "n0", indent=1),
        R("Interest income", yrs("is.int_inc"), "n0", indent=1),
        R("Other income (expense), net", yrs("is.other"), "n0", indent=1),
        R("Total other expense, net", yrs("is.nonop"), "n0", kind="sub"),
        R("Income before income taxes", yrs("is.pretax"), "n0"),
        R("Income tax provision", yrs("is.tax"), "n0"),
        R("Net income", yrs("is.ni"), "n0", kind="total", dollar=True),
        R("Earnings per share:", kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1, dollar=True),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1, dollar=True),
        R("Weighted average shares outstanding:", kind="head"),
        R("Basic", yrs("is.shares_basic"), "n0", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n0", indent=1),
        R("Cash dividends declared per share", yrs("is.dps"), "n2", dollar=True),
    ]
    doc.table("Consolidated Statements of Income", COLS3, rows, groups=FY_GROUP, unit=THOU_PS, label_w=96,
              keep=True)
    rows = [
        R("Net income", yrs("is.ni"), "n0", dollar=True),
        R("Other comprehensive income (loss): unrealized gains (losses) on interest rate swaps designated as cash "
          "flow hedges, net of tax", yrs("is.oci"), "n0", indent=1),
        R("Comprehensive income", yrs("is.ci"), "n0", kind="total", dollar=True),
    ]
    doc.table("Consolidated Statements of Comprehensive Income", COLS3, rows, groups=FY_GROUP, unit=THOU,
              label_w=96)

    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    v = doc.values
    rows = [
        R("ASSETS", kind="head"),
        R("Current assets:", kind="head", indent=1),
        R("Cash and cash equivalents", yrs("bs.cash", BS), "n0", indent=2, dollar=True),
        R("Accounts receivable, net of allowance for credit losses", yrs("bs.ar", BS), "n0", indent=2),
        R("Prepaid expenses and other current assets", yrs("bs.prepaid", BS), "n0", indent=2),
        R("Total current assets", yrs("bs.ca", BS), "n0", kind="sub", indent=1),
        R("Restricted cash", yrs("bs.restricted", BS), "n0", indent=1),
        R("Property and equipment, net (Note 4)", yrs("bs.ppe", BS), "n0", indent=1),
        R("Goodwill (Note 5)", yrs("bs.gw", BS), "n0", indent=1),
        R("Intangible assets, net", yrs("bs.intang", BS), "n0", indent=1),
        R("Operating lease right-of-use assets and other assets", yrs("bs.other_a", BS), "n0", indent=1),
        R("Total assets", yrs("bs.assets", BS), "n0", kind="total", dollar=True),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", kind="head"),
        R("Current liabilities:", kind="head", indent=1),
        R("Accounts payable", yrs("bs.ap", BS), "n0", indent=2, dollar=True),
        R("Accrued liabilities (Note 7)", yrs("bs.accrued", BS), "n0", indent=2),
        R("Deferred revenue", yrs("bs.defrev", BS), "n0", indent=2),
        R("Current portion of long-term debt", yrs("bs.debt_cur", BS), "n0", indent=2),
        R("Total current liabilities", yrs("bs.cl", BS), "n0", kind="sub", indent=1),
        R("Long-term debt, net of current portion (Note 8)", yrs("bs.debt_lt", BS), "n0", indent=1),
        R("Landfill closure and post-closure obligations (Note 6)", yrs("bs.aro", BS), "n0", indent=1),
        R("Deferred income taxes", yrs("bs.dtl", BS), "n0", indent=1),
        R("Operating lease liabilities and other long-term liabilities", yrs("bs.other_l", BS), "n0", indent=1),
        R("Total liabilities", yrs("bs.liab", BS), "n0", kind="sub"),
        R("Commitments and contingencies (Note 12)", kind="head"),
        R("Stockholders' equity:", kind="head"),
        R(f"Common stock, $0.01 par value; 200,000 shares authorized; {v['sh.issued_total']:,.0f} shares issued "
          f"(in thousands)", yrs("bs.cs", BS), "n0", indent=1),
        R("Additional paid-in capital", yrs("bs.apic", BS), "n0", indent=1),
        R("Retained earnings", yrs("bs.re", BS), "n0", indent=1),
        R("Accumulated other comprehensive income", yrs("bs.aoci", BS), "n0", indent=1),
        R(f"Treasury stock, at cost; {v['sh.treasury.2025']:,.0f} and {v['sh.treasury.2024']:,.0f} shares (in "
          "thousands)", yrs("bs.treasury", BS), "n0", indent=1),
        R("Total stockholders' equity", yrs("bs.equity", BS), "n0", kind="sub"),
        R("Total liabilities and stockholders' equity", yrs("bs.le", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Consolidated Balance Sheets", COLS2, rows, groups=BS_GROUP, unit="(in thousands, except par value)",
              label_w=118, keep=True)

    doc.new_page()
    doc.section = "EQ"
    doc.anchor("eq")
    comps = ("cs", "apic", "re", "aoci", "treasury", "total")
    rows = []
    for y in (2023, 2024, 2025):
        prev = y - 1
        if y == 2023:
            rows.append(R(f"Balance at December 31, {prev}", [f"eq.{c}.{prev}" for c in comps], "n0", bold=True,
                          dollar=True))
        dps = v[f"is.dps.{y}"]
        rows += [
            R("Net income", [None, None, f"eq.ni.{y}", None, None, f"eq.ni.{y}"], "n0", indent=1),
            R("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{y}", None, f"eq.oci.{y}"], "n0",
              indent=1),
            R(f"Cash dividends declared (${dps:.2f} per share)", [None, None, f"eq.div.{y}", None, None,
                                                                  f"eq.div.{y}"], "n0", indent=1),
            R("Share-based compensation", [None, f"eq.sbc.{y}", None, None, None, f"eq.sbc.{y}"], "n0", indent=1),
            R("Shares issued under employee plans, net of shares withheld for taxes",
              [None, f"eq.stock.{y}", None, None, None, f"eq.stock.{y}"], "n0", indent=1),
            R("Repurchases of common stock", [None, None, None, None, f"eq.repo.{y}", f"eq.repo.{y}"], "n0",
              indent=1),
            R(f"Balance at December 31, {y}", [f"eq.{c}.{y}" for c in comps], "n0", kind="total", dollar=True),
        ]
    doc.table("Consolidated Statements of Stockholders' Equity", ["Common\nStock", "Additional\nPaid-In\nCapital",
              "Retained\nEarnings", "Accum. Other\nCompre-\nhensive Inc.", "Treasury\nStock", "Total"], rows,
              unit=THOU, label_w=64, keep=True)

    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Cash flows from operating activities:", kind="head"),
        R("Net income", yrs("cf.ni"), "n0", indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation, depletion and amortization", yrs("cf.dda"), "n0", indent=2),
        R("Amortization of intangible assets", yrs("cf.amort"), "n0", indent=2),
        R("Accretion of landfill closure and post-closure obligations", yrs("cf.accretion"), "n0", indent=2),
        R("Impairments and other operating items", yrs("cf.impair"), "n0", indent=2),
        R("Share-based compensation", yrs("cf.sbc"), "n0", indent=2),
        R("Deferred income taxes", yrs("cf.deferred"), "n0", indent=2),
        R("Amortization of debt issuance costs", yrs("cf.debt_amort"), "n0", indent=2),
        R("Changes in operating assets and liabilities, net of effects of acquisitions:", kind="head", indent=1),
        R("Accounts receivable", yrs("cf.ar"), "n0", indent=2),
        R("Prepaid expenses and other current assets", yrs("cf.prepaid"), "n0", indent=2),
        R("Other assets", yrs("cf.other_a"), "n0", indent=2),
        R("Accounts payable", yrs("cf.ap"), "n0", indent=2),
        R("Accrued liabilities", yrs("cf.accrued"), "n0", indent=2),
        R("Deferred revenue", yrs("cf.defrev"), "n0", indent=2),
        R("Capping, closure and post-closure expenditures", yrs("cf.aro_paid"), "n0", indent=2),
        R("Other long-term liabilities", yrs("cf.other_l"), "n0", indent=2),
        R("Other, net", yrs("cf.other"), "n0", indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n0", kind="sub"),
        R("Cash flows from investing activities:", kind="head"),
        R("Capital expenditures", yrs("cf.capex"), "n0", indent=1),
        R("Proceeds from sales of property and equipment", yrs("cf.sale"), "n0", indent=1),
        R("Acquisitions, net of cash acquired", yrs("cf.acq"), "n0", indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n0", kind="sub"),
        R("Cash flows from financing activities:", kind="head"),
        R("Proceeds from long-term debt", yrs("cf.borrow"), "n0", indent=1),
        R("Repayments of long-term debt", yrs("cf.repay"), "n0", indent=1),
        R("Payments of debt issuance costs", yrs("cf.costs"), "n0", indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), "n0", indent=1),
        R("Cash dividends paid", yrs("cf.div"), "n0", indent=1),
        R("Taxes paid on shares withheld from vesting equity awards", yrs("cf.withheld"), "n0", indent=1),
        R("Proceeds from employee stock purchase plan and option exercises", yrs("cf.espp"), "n0", indent=1),
        R("Net cash used in financing activities", yrs("cf.cff"), "n0", kind="sub"),
        R("Net increase (decrease) in cash, cash equivalents and restricted cash", yrs("cf.change"), "n0",
          bold=True),
        R("Cash, cash equivalents and restricted cash at beginning of year", yrs("cf.begin"), "n0"),
        R("Cash, cash equivalents and restricted cash at end of year", yrs("cf.end"), "n0", kind="total",
          dollar=True),
    ]
    doc.table("Consolidated Statements of Cash Flows", COLS3, rows, groups=FY_GROUP, unit=THOU, label_w=96,
              notes=["Cash, cash equivalents and restricted cash at December 31, 2025 consisted of cash and cash "
                     "equivalents of {cf.end_cash.2025:d0} thousand and restricted cash of "
                     "{cf.end_restricted.2025:d0} thousand held for landfill closure and insurance obligations. "
                     "Income taxes paid were {cf.tax_paid.2025:d0} thousand and interest paid was "
                     "{debt.int_paid.2025:d0} thousand in 2025."])


def notes(doc: Doc) -> None:
    doc.section = "notes"
    doc.heading("Notes to Consolidated Financial Statements", 2, anchor="notes", keep=60)
    doc.heading("1. Organization and Significant Accounting Policies", 3)
    doc.para("Calderbrook Environmental Services, Inc. provides non-hazardous solid waste collection, transfer, "
             "disposal and recycling services. The consolidated financial statements include the accounts of the "
             "Company and its wholly owned subsidiaries; intercompany balances and transactions are eliminated. We "
             "recognize revenue as we perform services; amounts billed in advance for collection services are "
             "deferred. Landfill site costs are depleted on a units-of-consumption basis, and other property and "
             "equipment is depreciated on a straight-line basis over useful lives of 3 to 40 years.")

    doc.section = "note_rev"
    doc.heading("2. Revenue", 3, keep=100)
    doc.para("We disaggregate revenue by line of business. Intercompany revenue is revenue our transfer stations, "
             "landfills and recycling facilities earn from our own collection operations at market rates, and is "
             "eliminated in consolidation.")
    levels = [[("Year Ended December 31,", 0, 6)], [("2025", 0, 3), ("2024", 3, 3)]]
    rows = []
    for ln, label in cd.LINES.items():
        rows.append(R(label, [f"rev.{k}.{ln}.{y}" for y in BS for k in ("gross", "ic", "net")], "n0",
                      dollar=(ln == "res")))
        if ln == "ind":
            rows.append(R("Total collection", [f"rev.{k}.coll.{y}" for y in BS for k in ("gross", "ic", "net")], "n0",
                          kind="sub"))
    rows.append(R("Total", [f"rev.{k}.total.{y}" for y in BS for k in ("gross", "ic", "net")], "n0", kind="total",
                  dollar=True))
    doc.table("Revenue by Line of Business", ["Gross\nRevenue", "Inter-\ncompany", "Net\nRevenue"] * 2, rows,
              groups=levels, unit=THOU, label_w=52)

    doc.section = "note_seg"
    doc.heading("3. Segment Information", 3, keep=60)
    doc.para("Our Chief Executive Officer, our chief operating decision maker, evaluates the Atlantic, Gulf and "
             "Prairie segments on net revenue and segment EBITDA, which is operating income before depreciation, "
             "depletion and amortization, amortization of intangible assets, accretion, impairments and other "
             "operating items and acquisition and integration costs. Corporate and other includes costs of our "
             "headquarters functions that are not allocated to the segments.")
    levels = [[("Year Ended December 31,", 0, 6)], [("Net Revenue", 0, 3), ("Segment EBITDA", 3, 3)]]
    rows = [R(name, yrs(f"seg.rev.{g}") + yrs(f"seg.ebitda.{g}"), "n0", dollar=(g == "atl")) for g, name in SEGS]
    rows.append(R("Corporate and other", [None] * 3 + yrs("seg.ebitda.corp"), "n0"))
    rows.append(R("Total", yrs("seg.rev.total") + yrs("seg.ebitda.total"), "n0", kind="total", dollar=True))
    doc.table("Net Revenue and Segment EBITDA", COLS3 + COLS3, rows, groups=levels, unit=THOU, label_w=46)
    rows = [
        R("Total segment EBITDA, including corporate and other", yrs("seg.ebitda.total"), "n0", dollar=True),
        R("Depreciation, depletion and amortization", yrs("rec.dda"), "n0", indent=1),
        R("Amortization of intangible assets", yrs("rec.amort"), "n0", indent=1),
        R("Accretion of landfill closure and post-closure obligations", yrs("rec.accretion"), "n0", indent=1),
        R("Impairments and other operating items", yrs("rec.impair"), "n0", indent=1),
        R("Acquisition and integration costs", yrs("rec.acq"), "n0", indent=1),
        R("Interest and other non-operating items, net", yrs("rec.nonop"), "n0", indent=1),
        R("Income before income taxes", yrs("is.pretax"), "n0", kind="total", dollar=True),
    ]
    doc.table("Reconciliation of Segment EBITDA to Income Before Income Taxes", COLS3, rows, groups=FY_GROUP,
              unit=THOU, label_w=96)
    rows = [R("Depreciation, depletion and amortization:", kind="head")]
    rows += [R(name, yrs(f"seg.dda.{g}"), "n0", indent=1) for g, name in SEGS]
    rows.append(R("Corporate and other", yrs("seg.dda.corp"), "n0", indent=1))
    rows.append(R("Total", yrs("seg.dda.total"), "n0", kind="sub"))
    rows.append(R("Capital expenditures:", kind="head"))
    rows += [R(name, yrs(f"seg.capex.{g}"), "n0", indent=1) for g, name in SEGS]
    rows.append(R("Corporate and other", yrs("seg.capex.corp"), "n0", indent=1))
    rows.append(R("Total", yrs("seg.capex.total"), "n0", kind="sub"))
    doc.table("Other Segment Information", COLS3, rows, groups=FY_GROUP, unit=THOU, label_w=96)
    rows = [R(name, yrs(f"seg.assets.{g}", BS), "n0", dollar=(g == "atl")) for g, name in SEGS]
    rows.append(R("Corporate and other", yrs("seg.assets.corp", BS), "n0"))
    rows.append(R("Total assets", yrs("seg.assets.total", BS), "n0", kind="total", dollar=True))
    doc.table("Total Assets by Segment", COLS2, rows, groups=BS_GROUP, unit=THOU, label_w=96)

    doc.section = "note_ppe"
    doc.heading("4. Property and Equipment", 3, keep=50)
    rows = [
        R("Land", yrs("ppe.land", BS), "n0", dollar=True),
        R("Landfill site costs, including capitalized closure and post-closure costs", yrs("ppe.landfill", BS), "n0"),
        R("Vehicles and equipment", yrs("ppe.vehicles", BS), "n0"),
        R("Containers", yrs("ppe.containers", BS), "n0"),
        R("Buildings and improvements", yrs("ppe.buildings", BS), "n0"),
        R("Construction in progress", yrs("ppe.cip", BS), "n0"),
        R("Property and equipment, gross", yrs("ppe.gross", BS), "n0", kind="sub"),
        R("Less: accumulated depreciation, depletion and amortization", yrs("ppe.accum", BS), "n0"),
        R("Property and equipment, net", yrs("ppe.net", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Property and Equipment", COLS2, rows, groups=BS_GROUP, unit=THOU, label_w=96)

    doc.section = "note_gw"
    doc.heading("5. Acquisitions, Goodwill and Intangible Assets", 3, keep=60)
    doc.para("In 2025 we acquired {acq.count:n0} businesses, mostly commercial and residential collection companies "
             "and two transfer stations, for cash. The following table summarizes the preliminary allocation of the "
             "purchase price. Goodwill reflects expected synergies from route density and the internalization of "
             "acquired volumes, and most of it is deductible for tax purposes.")
    rows = [
        R("Accounts receivable", ["acq.ar"], "n0", dollar=True),
        R("Property and equipment, including landfill site costs", ["acq.ppe"], "n0"),
        R("Intangible assets, primarily customer relationships and franchise rights", ["acq.intang"], "n0"),
        R("Goodwill", ["acq.gw"], "n0"),
        R("Landfill closure and post-closure obligations assumed", ["acq.aro"], "n0"),
        R("Accrued and other liabilities assumed", ["acq.liab"], "n0"),
        R("Total purchase consideration, net of cash acquired", ["acq.total"], "n0", kind="total", dollar=True),
    ]
    doc.table("Purchase Price Allocation, 2025 Acquisitions", ["2025"], rows, unit=THOU, label_w=110, col_w=30)
    cols = [name for _g, name in SEGS] + ["Total"]
    keys = list(cd.SEGMENTS) + ["total"]
    rows = [
        R("Balance at December 31, 2023", [f"gw.{g}.2023" for g in keys], "n0", dollar=True),
        R("Acquisitions", [f"gw.acq.{g}.2024" for g in keys], "n0", indent=1),
        R("Balance at December 31, 2024", [f"gw.{g}.2024" for g in keys], "n0", kind="sub"),
        R("Acquisitions", [f"gw.acq.{g}.2025" for g in keys], "n0", indent=1),
        R("Balance at December 31, 2025", [f"gw.{g}.2025" for g in keys], "n0", kind="total", dollar=True),
    ]
    doc.table("Goodwill by Segment", cols, rows, unit=THOU, label_w=62)

    doc.section = "note_aro"
    doc.heading("6. Landfill Closure and Post-Closure Obligations", 3, keep=60)
    doc.para("We have obligations to cap, close and monitor our landfills for 30 years or more after they stop "
             "receiving waste. Changes in the obligations were:")
    rows = [
        R("Balance at beginning of year", yrs("aro.begin", BS), "n0", dollar=True),
        R("Obligations incurred", yrs("aro.incurred", BS), "n0", indent=1),
        R("Accretion expense", yrs("aro.accretion", BS), "n0", indent=1),
        R("Revisions in estimates", yrs("aro.revisions", BS), "n0", indent=1),
        R("Acquisitions", yrs("aro.acq", BS), "n0", indent=1),
        R("Payments", yrs("aro.paid", BS), "n0", indent=1),
        R("Balance at end of year", yrs("aro.end", BS), "n0", kind="sub"),
        R("Less: current portion, included in accrued liabilities", yrs("aro.cur_neg", BS), "n0", indent=1),
        R("Long-term portion", yrs("aro.noncur", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Landfill Closure and Post-Closure Obligations", COLS2, rows, groups=[("Year Ended December 31,", 0, 2)],
              unit=THOU, label_w=96)

    doc.section = "note_acc"
    doc.heading("7. Accrued Liabilities", 3, keep=50)
    rows = [
        R("Accrued compensation and benefits", yrs("acc.comp", BS), "n0", dollar=True),
        R("Accrued interest", yrs("acc.interest", BS), "n0"),
        R("Self-insurance reserves, current portion", yrs("acc.insurance", BS), "n0"),
        R("Landfill closure and post-closure obligations, current portion", yrs("acc.aro", BS), "n0"),
        R("Taxes other than income taxes", yrs("acc.taxes", BS), "n0"),
        R("Other", yrs("acc.other", BS), "n0"),
        R("Total accrued liabilities", yrs("acc.total", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Accrued Liabilities", COLS2, rows, groups=BS_GROUP, unit=THOU, label_w=96)

    doc.section = "note_debt"
    doc.heading("8. Long-Term Debt", 3, keep=70)
    rows = [
        R("Revolving credit facility due 2029", yrs("debt.rcf", BS), "n0", dollar=True),
        R("Term loan due 2027", yrs("debt.term", BS), "n0"),
        R("2.900% senior notes due 2025", yrs("debt.n25", BS), "n0"),
        R("3.600% senior notes due 2026", yrs("debt.n26", BS), "n0"),
        R("4.750% senior notes due 2029", yrs("debt.n29", BS), "n0"),
        R("5.450% senior notes due 2033", yrs("debt.n33", BS), "n0"),
        R("Tax-exempt solid waste disposal revenue bonds, variable rate, due 2031 through 2045", yrs("debt.teb", BS),
          "n0"),
        R("Total principal", yrs("debt.principal", BS), "n0", kind="sub"),
        R("Unamortized discounts and debt issuance costs", yrs("debt.costs", BS), "n0"),
        R("Total debt", yrs("debt.total", BS), "n0", kind="sub"),
        R("Less: current portion", yrs("debt.cur_neg", BS), "n0"),
        R("Long-term debt, net of current portion", yrs("debt.lt", BS), "n0", kind="total", dollar=True),
    ]
    doc.table("Long-Term Debt", COLS2, rows, groups=BS_GROUP, unit=THOU, label_w=96)
    mat_years = (2026, 2027, 2028, 2029, 2030)
    rows = [R("Principal payments", [f"debt.mat.{y}" for y in mat_years] + ["debt.mat.after", "debt.mat.total"],
              "n0", dollar=True)]
    doc.table("Scheduled Principal Payments", [str(y) for y in mat_years] + ["There-\nafter", "Total"], rows,
              groups=[("Year Ending December 31,", 0, 5)], unit=THOU, label_w=32)
    doc.para("The term loan amortizes at $37.5 million per year with the balance due in 2027. The revolving credit "
             "facility and the term loan bear interest at a term benchmark rate plus a margin that depends on our "
             "leverage ratio, and require us to maintain a total leverage ratio of no more than 4.00 to 1. The "
             "estimated fair value of our debt was {debt.fair:d0} thousand at December 31, 2025.")

    doc.section = "note_tax"
    doc.heading("9. Income Taxes", 3, keep=70)
    rows = [
        R("Current:", kind="head"),
        R("Federal", yrs("tax.cur_fed"), "n0", indent=1, dollar=True),
        R("State", yrs("tax.cur_state"), "n0", indent=1),
        R("Total current", yrs("tax.cur"), "n0", kind="sub"),
        R("Deferred:", kind="head"),
        R("Federal", yrs("tax.def_fed"), "n0", indent=1),
        R("State", yrs("tax.def_state"), "n0", indent=1),
        R("Total deferred", yrs("tax.def"), "n0", kind="sub"),
        R("Income tax provision", yrs("is.tax"), "n0", kind="total", dollar=True),
    ]
    doc.table("Components of the Income Tax Provision", COLS3, rows, groups=FY_GROUP, unit=THOU, label_w=96)
    labels = (("stat", "U.S. federal statutory rate"), ("state", "State income taxes, net of federal benefit"),
              ("credits", "Alternative fuel and renewable energy credits"),
              ("sbc", "Excess tax benefits from share-based compensation"),
              ("comp", "Nondeductible executive compensation"), ("other", "Other, net"))
    rows = [R(label, yrs(f"tax.rate.{k}"), "p1") for k, label in labels]
    rows.append(R("Effective tax rate", yrs("tax.rate.eff"), "p1", kind="total"))
    doc.table("Reconciliation of the Effective Tax Rate", COLS3, rows, groups=FY_GROUP,
              unit="(percentage of income before income taxes)", label_w=96)

    doc.section = "note_lease"
    doc.heading("10. Leases", 3, keep=50)
    doc.para("We lease office space, maintenance facilities, transfer stations and equipment under operating leases. "
             "Operating lease cost was {lease.cost.2025:d0} thousand, {lease.cost.2024:d0} thousand and "
             "{lease.cost.2023:d0} thousand in 2025, 2024 and 2023.")
    rows = [
        R("2026", ["lease.y26"], "n0", dollar=True),
        R("2027", ["lease.y27"], "n0"),
        R("2028", ["lease.y28"], "n0"),
        R("2029", ["lease.y29"], "n0"),
        R("2030", ["lease.y30"], "n0"),
        R("Thereafter", ["lease.after"], "n0"),
        R("Total undiscounted lease payments", ["lease.total"], "n0", kind="sub"),
        R("Less: imputed interest", ["lease.interest"], "n0"),
        R("Present value of operating lease liabilities", ["lease.liab"], "n0", kind="total", dollar=True),
    ]
    doc.table("Maturities of Operating Lease Liabilities at December 31, 2025", ["Amount"], rows, unit=THOU,
              label_w=96, col_w=30)

    doc.section = "note_eq"
    doc.heading("11. Stockholders' Equity and Earnings per Share", 3, keep=60)
    rows = [
        R("Net income", yrs("is.ni"), "n0", dollar=True),
        R("Weighted average common shares outstanding, basic", yrs("is.shares_basic"), "n0"),
        R("Dilutive effect of restricted stock units, performance share units and stock options",
          yrs("eps.dilutive"), "n0", indent=1),
        R("Weighted average common shares outstanding, diluted", yrs("is.shares_diluted"), "n0", kind="sub"),
        R("Basic earnings per share", yrs("is.eps_basic"), "n2", dollar=True),
        R("Diluted earnings per share", yrs("is.eps_diluted"), "n2", kind="total", dollar=True),
    ]
    doc.table("Earnings per Share", COLS3, rows, groups=FY_GROUP, unit=THOU_PS, label_w=96)
    rows = [
        R("Shares outstanding at beginning of year", ["sh.out.2024", "sh.out.2023", "sh.out.2022"], "n0"),
        R("Issued under employee plans, net", yrs("sh.issued"), "n0", indent=1),
        R("Repurchased", yrs("sh.repo"), "n0", indent=1),
        R("Shares outstanding at end of year", yrs("sh.out"), "n0", kind="total"),
    ]
    doc.table("Common Shares Outstanding", COLS3, rows, groups=FY_GROUP, unit="(shares in thousands)", label_w=96)
    doc.para("At December 31, 2025, {rep.remaining.dec:d0} thousand remained under the repurchase authorization "
             "described in Item 5.")

    doc.section = "note_commit"
    doc.heading("12. Commitments and Contingencies", 3, keep=30)
    doc.para("We are required to provide financial assurance for landfill closure and post-closure care, municipal "
             "contract performance and self-insurance, which we satisfy with surety bonds, letters of credit and "
             "restricted cash. We are defending a permit challenge to the vertical expansion of our Harlow Mesa "
             "landfill in the Prairie region and several personal injury lawsuits; we do not expect them to have a "
             "material adverse effect on our financial position.")


def render(values: dict[str, Decimal], toc_labels: dict[str, str], total: int) -> Doc:
    doc = Doc(STYLE, values, f"{COMPANY} Form 10-K 2025")
    doc.toc_labels = toc_labels
    doc.total_pages = total
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
    values = cd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
