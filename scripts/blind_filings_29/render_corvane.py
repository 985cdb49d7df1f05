"""Render the Corvane Seaways Holdings, Inc. Form 10-K for the year ended December 31, 2025.

House style: Liberation Serif text with DejaVu Sans Condensed tables in the "shade" mode (no frame and no row rules;
a thin teal rule under each spanning head and a heavier one under the head block, column heads in small capitals,
the scale line set in the stub corner of the head block, italic subtotals and bold totals on a pale teal band), no
"$" in tables (the scale line names the currency), negatives with a leading minus sign, "nil" for zero, left-aligned
teal table titles, level-one headings beside a teal bar, a contents page with a hairline under each entry,
" (cont'd)" after carried-over titles, the contents page numbered "i" and the body numbered from 1 after it (the
financial statements continue the same sequence), with the page number at the right of a two-part footer.
"""

from __future__ import annotations

from decimal import Decimal

import corvane_data as cd
from pdf_layout import Doc, Style, render_twice
from pdf_layout import Row as R

COMPANY = "Corvane Seaways Holdings, Inc."
DOC_NAME = "CORVANE_2025_10K"
TEAL = (0, 92, 98)
MIL = "$ in millions"
MIL_PS = "$ in millions, except per share data"
FY = [("Year ended December 31", 0, 3)]
YCOLS = ["2025", "2024", "2023"]
BS_COLS = ["2025", "2024"]
BS_GROUP = [("December 31", 0, 2)]
SEGS = list(cd.SEGMENTS.items())


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
    doc.set_text_color(90, 90, 90)
    doc.set_xy(doc.l_margin, 9.0)
    doc.cell(doc.width, 4, "Corvane Seaways Holdings, Inc.  |  Annual Report on Form 10-K", align="R")
    doc.set_draw_color(*TEAL)
    doc._rule(doc.l_margin, doc.l_margin + doc.width, 13.6, 0.25)


def _footer(index: int, doc: Doc) -> None:
    label = _label(index, doc)
    if not label:
        return
    doc.set_draw_color(*TEAL)
    doc._rule(doc.l_margin, doc.l_margin + doc.width, doc.h - 14.0, 0.25)
    doc.set_font("LiberationSerif", "", 7.2)
    doc.set_text_color(90, 90, 90)
    doc.set_xy(doc.l_margin, doc.h - 13.0)
    doc.cell(doc.width / 2, 4, "Corvane Seaways")
    doc.set_font("LiberationSerif", "B", 8.4)
    doc.set_text_color(*TEAL)
    doc.cell(doc.width / 2, 4, label, align="R")


STYLE = Style(
    body_family="LiberationSerif",
    body_files={"": "liberation/LiberationSerif-Regular.ttf", "B": "liberation/LiberationSerif-Bold.ttf",
                "I": "liberation/LiberationSerif-Italic.ttf", "BI": "liberation/LiberationSerif-BoldItalic.ttf"},
    table_family="DejaVuSansCondensed",
    table_files={"": "dejavu/DejaVuSansCondensed.ttf", "B": "dejavu/DejaVuSansCondensed-Bold.ttf",
                 "I": "dejavu/DejaVuSansCondensed-Oblique.ttf", "BI": "dejavu/DejaVuSansCondensed-BoldOblique.ttf"},
    body_size=9.0,
    table_size=7.4,
    table_mode="shade",
    negative="minus",
    dollar="none",
    zero="nil",
    page_label=_label,
    draw_header=_header,
    draw_footer=_footer,
    continued=" (cont'd)",
    title_align="L",
    unit_align="L",
    title_upper=False,
    head_align="R",
    head_style="",
    toc_style="rule",
    heading_kind="bar",
    heading_upper=False,
    unit_italic=True,
    title_size_add=1.2,
    accent=TEAL,
    tint=(220, 236, 236),
    hairline=(170, 200, 200),
    margin_l=22, margin_r=22, margin_t=19, margin_b=19,
    unit_pos="stub",
    small_caps=True,
)

TOC = [
    ("Part I", "part1", 0),
    ("Item 1. Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 1B. Unresolved Staff Comments", "item1b", 1),
    ("Item 1C. Cybersecurity", "item1c", 1),
    ("Item 2. Properties", "item2", 1),
    ("Item 3. Legal Proceedings", "item3", 1),
    ("Item 4. Mine Safety Disclosures", "item4", 1),
    ("Part II", "part2", 0),
    ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
     "Securities", "item5", 1),
    ("Item 6. [Reserved]", "item6", 1),
    ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "item7a", 1),
    ("Item 8. Financial Statements and Supplementary Data", "item8", 1),
    ("Consolidated Statements of Income", "is", 2),
    ("Consolidated Balance Sheets", "bs", 2),
    ("Consolidated Statements of Stockholders' Equity", "eq", 2),
    ("Consolidated Statements of Cash Flows", "cf", 2),
    ("Notes to the Consolidated Financial Statements", "notes", 2),
    ("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "item9", 1),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("Part III (Items 10 to 14)", "part3", 0),
    ("Part IV", "part4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "signatures", 1),
]


def yrs(prefix: str, years: tuple[int, ...] = cd.YEARS) -> list[str]:
    return [f"{prefix}.{y}" for y in years]


def cover(doc: Doc) -> None:
    doc.section = "cover"
    doc.body("B", 10.5)
    doc.cell(doc.width, 5, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.cell(doc.width, 5, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("", 9)
    doc.cell(doc.width, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.set_draw_color(*TEAL)
    doc._rule(doc.l_margin + 50, doc.l_margin + doc.width - 50, doc.get_y(), 0.8)
    doc.ln(3)
    doc.body("B", 22)
    doc.set_text_color(*TEAL)
    doc.cell(doc.width, 11, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc._rule(doc.l_margin + 50, doc.l_margin + doc.width - 50, doc.get_y() + 1, 0.8)
    doc.ln(6)
    doc.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.6, align="C", gap=0.8)
    doc.para("For the fiscal year ended December 31, 2025", style="B", size=9.2, align="C")
    doc.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             size=8.6, align="C")
    doc.para("Commission file number 001-39217", size=8.6, align="C")
    doc.ln(3)
    doc.body("B", 19)
    doc.cell(doc.width, 9, "Corvane Seaways Holdings, Inc.", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.body("I", 8.4)
    doc.cell(doc.width, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN",
             new_y="NEXT")
    doc.ln(5)
    rows = [
        R("State or other jurisdiction of incorporation", ["=Marrowick"]),
        R("I.R.S. Employer Identification No.", ["=47-2086153"]),
        R("Principal executive offices", ["=1 Harbourlight Quay, Port Senna, Calloway 33190"]),
        R("Registrant's telephone number", ["=(305) 555-0146"]),
    ]
    doc.table(None, ["Registrant details"], rows, label_w=70, size=7.8)
    rows = [R("Common stock, par value $0.01 per share", ["=CVSH", "=New York Stock Exchange"])]
    doc.table("Securities registered pursuant to Section 12(b) of the Act", ["Trading symbol", "Exchange"], rows,
              label_w=70, size=7.8)
    doc.para("Indicate by check mark whether the registrant (1) has filed all reports required by Section 13 or 15(d) "
             "of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to such "
             "filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer [X]. Shell company "
             "[  ].", size=8.2)
    doc.para("The aggregate market value of common stock held by non-affiliates at June 30, 2025 was approximately "
             "$11.6 billion. At February 6, 2026 the registrant had 211,842,406 shares of common stock outstanding. "
             "Portions of the proxy statement for the 2026 annual meeting are incorporated by reference into Part III.",
             size=8.2)


def front(doc: Doc) -> None:
    doc.add_page()
    doc.section = "toc"
    doc.body("B", 12)
    doc.set_text_color(*TEAL)
    doc.cell(doc.width, 7, "Table of Contents", align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.toc(TOC, head="Page")
    doc.ln(4)
    doc.section = "fls"
    doc.heading("A Note About Forward-Looking Statements", 2, keep=30)
    doc.para("Some statements in this report look ahead: our expectations for bookings, pricing, onboard spending, "
             "fuel consumption and prices, ship deliveries, capital spending, financing and the return of capital to "
             "shareholders. They rest on assumptions about travel demand, geopolitical events, weather, port access, "
             "shipyard performance and interest and exchange rates, and our results may be materially different. We "
             "do not undertake to revise them.", size=8.6)


def business(doc: Doc) -> None:
    doc.new_page()
    doc.section = "business"
    doc.heading("Part I", 1, anchor="part1", keep=30)
    doc.heading("Item 1. Business", 2, anchor="item1")
    doc.heading("Who we are", 3)
    doc.para("Corvane Seaways Holdings, Inc. operates cruise vacations under three brands, which are also our "
             "reportable segments. Corvane Ocean sails large and mid-sized ships on itineraries of three to sixteen "
             "nights in the Caribbean, Alaska, the Mediterranean, Northern Europe and the South Pacific. Brightwater "
             "Expeditions carries smaller groups on ice-class ships to polar waters, the volcanic archipelagos of "
             "the southern Pacific and remote coastal Africa, with naturalists and landing craft aboard. Lisle River "
             "Voyages runs all-inclusive river itineraries on the great rivers of Europe and on two Asian rivers.")
    doc.para("We sell cruises directly and through travel advisors. Guests pay a deposit when they book and the "
             "balance before sailing; these payments are carried as customer deposits until the voyage takes place. "
             "Passenger ticket revenue covers the cruise fare and, where we sell them, air and transfers. Onboard and "
             "other revenue comes from beverage packages, specialty dining, shore excursions, casinos, spa services, "
             "internet packages and retail, some of it operated by concessionaires who pay us a share of their "
             "sales.")
    doc.heading("Capacity and measures we use", 3)
    doc.para("We measure capacity in available lower berth days (APCDs), two guests per cabin multiplied by the "
             "days a ship is in service, and utilization in passenger cruise days (PCDs). Occupancy is PCDs divided "
             "by APCDs and can exceed 100% because third and fourth guests share some cabins. We discuss net yields "
             "(revenue less commissions, transportation and other expenses and onboard and other expenses, per "
             "APCD) and net cruise costs per APCD in Item 7.")
    doc.heading("Fleet and newbuild program", 3)
    doc.para("At December 31, 2025 we operated {fleet.ships.total:n0} ships with {fleet.berths.total:n0} lower "
             "berths. During 2025 we took delivery of Corvane Solenne, a 4,180-berth ship built at the Aldersgate "
             "Marine yard, and sold no ships. We have {mda.orders:n0} ships on order for delivery between 2027 and "
             "2029, with {mda.order_berths:n0} berths in total and an aggregate contract price of approximately "
             "${mda.order_cost:n1} billion, most of which is covered by committed export credit financing.")
    doc.heading("Sales, marketing and distribution", 3)
    doc.para("About two thirds of our bookings come through travel advisors, who earn commissions and in some "
             "markets override payments for volume; the rest come through our websites, mobile application and call "
             "centers. We market to past guests through our loyalty program, which has three tiers based on nights "
             "sailed and offers onboard credits and priority embarkation. Group and charter sales are made to "
             "companies and associations, particularly for shoulder-season sailings.")
    doc.heading("Competition", 3)
    doc.para("We compete with other cruise companies for guests, berths in popular ports and shipyard slots, and "
             "more broadly with land-based vacations such as resorts, theme parks and escorted tours. We compete on "
             "itineraries, the quality of ships and service, onboard experiences and price. In the expedition and "
             "river markets, several smaller operators offer similar voyages, and access to landing sites and river "
             "moorings is limited.")
    doc.heading("Seasonality", 3)
    doc.para("Demand peaks in the northern summer, when European and Alaska itineraries operate and families "
             "travel. Our third quarter has historically produced the highest revenue and operating income, and the "
             "first quarter the lowest; the quarterly data in Note 11 show the pattern for 2025.")
    doc.heading("Regulation and environment", 3)
    doc.para("Our ships are registered in several flag states and must meet the safety, security and environmental "
             "conventions of the International Maritime Organization and the rules of the countries whose ports we "
             "visit. Sulfur emission limits, carbon intensity ratings and regional emissions trading schemes affect "
             "how we fuel and route ships. We fit exhaust gas cleaning systems and shore power connections and we are "
             "testing biofuel blends on two ships.")
    doc.heading("Human capital", 3)
    doc.para("At year end we employed approximately {mda.hc_crew:n0} shipboard crew, recruited from more than 90 "
             "countries and mostly on fixed-term contracts, and {mda.hc_shore:n0} shoreside employees. Crew welfare, "
             "training at our maritime academy near Port Senna and retention of officers are priorities reviewed by "
             "the board's safety committee.")
    doc.section = "risk"
    doc.heading("Item 1A. Risk Factors", 2, anchor="item1a", keep=30)
    doc.bullets([
        "Travel demand is sensitive to economic conditions, consumer confidence and the cost and availability of "
        "air travel; a downturn could reduce both ticket prices and onboard spending.",
        "Outbreaks of illness aboard ships, severe weather, port closures and geopolitical events can force itinerary "
        "changes or cancellations and damage our reputation.",
        "Fuel is one of our largest expenses and its price is volatile; new emissions rules may require costlier "
        "fuels and equipment.",
        "We carry substantial debt and have large commitments for ships on order; higher interest rates or a loss of "
        "access to credit markets could strain our liquidity.",
        "Delays or cost overruns at the shipyards building our ships would defer capacity growth and revenue.",
    ])
    doc.heading("Item 1B. Unresolved Staff Comments", 2, anchor="item1b", keep=16)
    doc.para("None.")
    doc.heading("Item 1C. Cybersecurity", 2, anchor="item1c", keep=26)
    doc.para("Our information security program covers booking systems, ship networks and payment data. It is run by "
             "our chief information security officer, who reports quarterly to the audit committee, and is tested by "
             "outside assessors each year. We did not identify a cybersecurity incident in 2025 that materially "
             "affected us.")
    doc.section = "item2"
    doc.heading("Item 2. Properties", 2, anchor="item2", keep=50)
    doc.para("Our principal properties are our ships. We lease our headquarters in Port Senna and offices in four "
             "other countries, and own a private island destination in the eastern Caribbean.")
    rows = [R(name, [f"fleet.ships.{g}", f"fleet.berths.{g}"], "n0") for g, name in SEGS]
    rows.append(R("Total fleet", ["fleet.ships.total", "fleet.berths.total"], "n0", kind="total"))
    doc.table("Fleet at December 31, 2025", ["Ships", "Lower berths"], rows, unit="Number", label_w=90)
    doc.heading("Item 3. Legal Proceedings", 2, anchor="item3", keep=20)
    doc.para("We are party to personal injury, contract and employment claims arising in the ordinary course of "
             "business. We do not expect their outcome to have a material effect on our financial position.")
    doc.heading("Item 4. Mine Safety Disclosures", 2, anchor="item4", keep=16)
    doc.para("Not applicable.")


def part2(doc: Doc) -> None:
    doc.section = "item5"
    doc.heading("Part II", 1, anchor="part2", keep=40)
    doc.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
                "Equity Securities", 2, anchor="item5", keep=70)
    doc.para("Our common stock trades on the New York Stock Exchange under the symbol CVSH. In March 2025 the board "
             "reinstated a quarterly dividend, and we paid three quarterly dividends during the year. The board's "
             "$1.0 billion repurchase authorization, approved in 2024, has no expiration date.")
    doc.section = "repo"
    rows = []
    for m, label in (("oct", "October 2025"), ("nov", "November 2025"), ("dec", "December 2025")):
        rows.append(R(label, [f"rep.shares.{m}", f"rep.price.{m}", f"rep.remaining.{m}"], ["n0", "n2", "n1"]))
    rows.append(R("Fourth quarter", ["rep.shares.q4", "rep.price.q4", None], ["n0", "n2", "n1"], kind="total"))
    doc.table("Purchases of Equity Securities by the Issuer", ["Shares\npurchased", "Average price\npaid per share\n"
              "($)", "Remaining under\nauthorization\n($ millions)"], rows, unit="Shares in whole numbers",
              label_w=62)
    doc.heading("Item 6. [Reserved]", 2, anchor="item6", keep=16)


def mda(doc: Doc) -> None:
    doc.section = "mda"
    doc.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2,
                anchor="item7", keep=60)
    doc.heading("2025 in brief", 3)
    doc.para("Revenues rose {chg.rev.2025:p1} to ${is.rev.2025:n0} million on {chg.apcd.2025:p1} more capacity and "
             "higher pricing, and net income reached ${is.ni.2025:n0} million. Net yields increased "
             "{chg.yield.2025:p1}. Fuel expense fell even though we burned more fuel, because the average price we "
             "paid per metric ton was lower than in 2024. We redeemed our senior secured notes, issued new unsecured "
             "notes due 2033 and resumed returning cash to shareholders through dividends and repurchases.")
    doc.section = "mda_ops"
    rows = [
        R("Passengers carried", yrs("ops.pax"), "n0"),
        R("Available lower berth days (APCDs)", [], kind="head"),
    ]
    rows += [R(name, yrs(f"ops.apcd.{g}"), "n0", indent=1) for g, name in SEGS]
    rows.append(R("Total APCDs", yrs("ops.apcd.total"), "n0", kind="sub"))
    rows.append(R("Passenger cruise days (PCDs)", [], kind="head"))
    rows += [R(name, yrs(f"ops.pcd.{g}"), "n0", indent=1) for g, name in SEGS]
    rows.append(R("Total PCDs", yrs("ops.pcd.total"), "n0", kind="sub"))
    rows.append(R("Occupancy (PCDs as a percentage of APCDs)", [], kind="head"))
    rows += [R(name, yrs(f"ops.occ.{g}"), "p1", indent=1) for g, name in SEGS]
    rows.append(R("Total occupancy", yrs("ops.occ.total"), "p1", kind="sub"))
    rows.append(R("Fuel consumed (thousands of metric tons)", yrs("ops.fuel_tons"), "n0"))
    doc.table("Selected Operating Statistics", YCOLS, rows, groups=FY, unit="Thousands, except occupancy",
              label_w=92)
    doc.section = "mda_results"
    doc.heading("Results of operations, 2025 compared with 2024", 3, keep=40)
    doc.para("Passenger ticket revenue grew {chg.ticket.2025:p1} and onboard and other revenue "
             "{chg.onboard.2025:p1}, as guests bought more beverage and internet packages and shore excursions. "
             "Operating income was ${is.oi.2025:n0} million, a margin of {mda.oi_margin.2025:p1} against "
             "{mda.oi_margin.2024:p1} in 2024. Payroll and food costs rose with capacity; other ship operating "
             "expenses include the first full year of dry-dock work under our fleet refit program. Interest expense "
             "declined as we repaid higher-cost secured debt, and we recorded a loss of ${eb.exting.2025:n0} million "
             "on its early redemption.")
    doc.para("Results for 2024 compared with 2023 were discussed in our Annual Report on Form 10-K for 2024.")
    doc.section = "mda_seg"
    rows = []
    for g, name in SEGS:
        rows.append(R(name, [f"seg.rev.{g}.2025", f"seg.rev.{g}.2024", f"seg.oi.{g}.2025", f"seg.oi.{g}.2024"],
                      "n0"))
    rows.append(R("Corporate", [None, None, "seg.oi.corp.2025", "seg.oi.corp.2024"], "n0"))
    rows.append(R("Consolidated", ["seg.rev.total.2025", "seg.rev.total.2024", "seg.oi.total.2025",
                                   "seg.oi.total.2024"], "n0", kind="total"))
    doc.table("Results by Brand", ["2025", "2024", "2025", "2024"], rows, groups=[("Revenues", 0, 2),
              ("Operating income (loss)", 2, 2)], unit=MIL, label_w=72)
    doc.section = "mda_ny"
    doc.heading("Net yields and net cruise costs", 3, keep=70)
    doc.para("Net yields and net cruise costs are not defined by U.S. GAAP. We use them because commissions, "
             "transportation and onboard costs move with the revenue they generate, so removing them shows the "
             "revenue and the costs we manage per unit of capacity.")
    rows = [
        R("Total revenues", yrs("ny.rev"), "n0", bold=True),
        R("Less: commissions, transportation and other", yrs("ny.comm"), "n0", indent=1),
        R("Less: onboard and other", yrs("ny.onb"), "n0", indent=1),
        R("Net revenues", yrs("ny.net"), "n0", kind="sub"),
        R("APCDs (thousands)", yrs("ny.apcd"), "n0"),
        R("Net yields (in dollars per APCD)", yrs("ny.yield"), "n2", kind="total"),
        R("", [], kind="blank"),
        R("Total cruise operating expenses plus marketing, selling and administrative expenses", yrs("nc.gross"),
          "n0", bold=True),
        R("Less: commissions, transportation and other", yrs("nc.comm"), "n0", indent=1),
        R("Less: onboard and other", yrs("nc.onb"), "n0", indent=1),
        R("Net cruise costs", yrs("nc.net"), "n0", kind="sub"),
        R("Less: fuel", yrs("nc.fuel"), "n0", indent=1),
        R("Net cruise costs excluding fuel", yrs("nc.xfuel"), "n0", kind="sub"),
        R("Net cruise costs per APCD (in dollars)", yrs("nc.per"), "n2"),
        R("Net cruise costs excluding fuel per APCD (in dollars)", yrs("nc.xfuel_per"), "n2", kind="total"),
    ]
    doc.table("Net Yields and Net Cruise Costs", YCOLS, rows, groups=FY, unit=MIL + ", except per APCD",
              label_w=92, keep=True)
    doc.section = "mda_ebitda"
    rows = [
        R("Net income", yrs("eb.ni"), "n0"),
        R("Income tax expense", yrs("eb.tax"), "n0", indent=1),
        R("Interest expense, net of interest income", yrs("eb.int"), "n0", indent=1),
        R("Loss on extinguishment of debt", yrs("eb.exting"), "n0", indent=1),
        R("Depreciation and amortization", yrs("eb.da"), "n0", indent=1),
        R("Adjusted EBITDA", yrs("eb.adj"), "n0", kind="total"),
        R("Adjusted EBITDA as a percentage of total revenues", yrs("eb.margin"), "p1"),
    ]
    doc.table("Adjusted EBITDA", YCOLS, rows, groups=FY, unit=MIL, label_w=92)
    doc.section = "mda_liq"
    doc.heading("Liquidity and capital resources", 3, keep=40)
    doc.para("We ended 2025 with ${bs.cash.2025:n0} million of cash and cash equivalents. Our ${mda.rcf_commit:n0} "
             "million revolving credit facility had ${debt.rcf.2025:n0} million drawn and ${mda.rcf_lc:n0} million "
             "of letters of credit outstanding, leaving ${mda.rcf_avail:n0} million available. Customer deposits were "
             "${bs.deposits.2025:n0} million at year end, of which about ${mda.dep_next:n0} million relates to "
             "sailings in 2026; the rest is for voyages in 2027 and later and is included in customer deposits "
             "because we may refund it under our cancellation policies.")
    rows = [
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n0"),
        R("Capital expenditures", yrs("cf.capex"), "n0"),
        R("Free cash flow", yrs("fcf"), "n0", kind="total"),
        R("Net cash used in financing activities", yrs("cf.cff"), "n0"),
    ]
    doc.table("Cash Flow Summary", YCOLS, rows, groups=FY, unit=MIL, label_w=92)
    doc.para("We expect capital expenditures of about $2.6 billion in 2026, mostly for the next newbuild and fleet "
             "refits. We believe cash on hand, operating cash flow, our revolver and committed ship financing will "
             "meet our needs for at least the next twelve months.")
    doc.heading("Critical accounting estimates", 3, keep=40)
    doc.para("Ship accounting. We depreciate ships over estimated useful lives of 30 to 35 years to an estimated "
             "residual value of 15% of cost. A one-year reduction in the useful lives of all ships would have "
             "increased 2025 depreciation by about $31 million. We review ships for impairment when events suggest "
             "their carrying amounts may not be recoverable, grouping them by brand.")
    doc.para("Goodwill. Goodwill relates to the acquisitions of Brightwater Expeditions and Lisle River Voyages. Our "
             "annual test at October 1, 2025 showed fair values comfortably above carrying amounts for both reporting "
             "units.")
    doc.para("Contingent obligations. We accrue for guest and crew claims on the basis of actuarial estimates and "
             "our claims history, net of expected insurance recoveries from our protection and indemnity clubs.")
    doc.section = "item7a"
    doc.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 2, anchor="item7a", keep=30)
    doc.para("We are exposed to fuel prices, interest rates and exchange rates. A 10% change in our average fuel price "
             "would change annual fuel expense by about $78 million. Most of our debt bears fixed rates; a one "
             "percentage point change in floating rates would change annual interest expense by about $14 million. "
             "Euro-denominated costs of our river fleet are partly offset by euro revenue.")


def statements(doc: Doc) -> None:
    doc.new_page()
    doc.section = "auditor"
    doc.heading("Item 8. Financial Statements and Supplementary Data", 2, anchor="item8", keep=30)
    doc.heading("Report of Independent Registered Public Accounting Firm", 3)
    doc.para("To the Board of Directors and Stockholders of Corvane Seaways Holdings, Inc.: We have audited the "
             "accompanying consolidated balance sheets of Corvane Seaways Holdings, Inc. and subsidiaries as of "
             "December 31, 2025 and 2024, the related consolidated statements of income, comprehensive income, "
             "stockholders' equity and cash flows for each of the three years in the period ended December 31, "
             "2025, and the related notes. In our opinion, the financial statements present fairly, in all material "
             "respects, the financial position of the Company and the results of its operations and its cash flows "
             "in conformity with accounting principles generally accepted in the United States of America.")
    doc.para("Critical audit matter: ship depreciation. The Company estimates useful lives and residual values of its "
             "ships; we tested management's assumptions against industry data and the Company's refit plans. We have "
             "served as the Company's auditor since 2014.")
    doc.para("/s/ Penhallow Strand LLP, Port Senna, Calloway, February 19, 2026", style="I", align="L")
    doc.section = "IS"
    doc.anchor("is")
    rows = [
        R("Revenues", [], kind="head"),
        R("Passenger ticket", yrs("is.ticket"), "n0", indent=1),
        R("Onboard and other", yrs("is.onboard"), "n0", indent=1),
        R("Total revenues", yrs("is.rev"), "n0", kind="sub"),
        R("Cruise operating expenses", [], kind="head"),
        R("Commissions, transportation and other", yrs("is.comm"), "n0", indent=1),
        R("Onboard and other", yrs("is.onb"), "n0", indent=1),
        R("Payroll and related", yrs("is.payroll"), "n0", indent=1),
        R("Fuel", yrs("is.fuel"), "n0", indent=1),
        R("Food", yrs("is.food"), "n0", indent=1),
        R("Other ship operating", yrs("is.ship"), "n0", indent=1),
        R("Total cruise operating expenses", yrs("is.cruise"), "n0", kind="sub"),
        R("Marketing, selling and administrative", yrs("is.msa"), "n0"),
        R("Depreciation and amortization", yrs("is.da"), "n0"),
        R("Total operating costs and expenses", yrs("is.costs"), "n0", kind="sub"),
        R("Operating income", yrs("is.oi"), "n0", kind="sub"),
        R("Nonoperating income (expense)", [], kind="head"),
        R("Interest income", yrs("is.int_inc"), "n0", indent=1),
        R("Interest expense, net of capitalized interest", yrs("is.int_exp"), "n0", indent=1),
        R("Loss on extinguishment of debt", yrs("is.exting"), "n0", indent=1),
        R("Other income (expense), net", yrs("is.other"), "n0", indent=1),
        R("Total nonoperating expense, net", yrs("is.nonop"), "n0", kind="sub"),
        R("Income before income taxes", yrs("is.pretax"), "n0", kind="sub"),
        R("Income tax expense", yrs("is.tax"), "n0"),
        R("Net income", yrs("is.ni"), "n0", kind="total"),
        R("Earnings per share (in dollars)", [], kind="head"),
        R("Basic", yrs("is.eps_basic"), "n2", indent=1),
        R("Diluted", yrs("is.eps_diluted"), "n2", indent=1),
        R("Weighted-average shares outstanding (in millions)", [], kind="head"),
        R("Basic", yrs("is.shares_basic"), "n1", indent=1),
        R("Diluted", yrs("is.shares_diluted"), "n1", indent=1),
    ]
    doc.table("Consolidated Statements of Income", YCOLS, rows, groups=FY, unit=MIL_PS, label_w=92, keep=True)
    doc.section = "CI"
    rows = [
        R("Net income", yrs("is.ni"), "n0"),
        R("Other comprehensive income (loss): foreign currency translation adjustments", yrs("oci.fx"), "n0"),
        R("Comprehensive income", yrs("ci.total"), "n0", kind="total"),
    ]
    doc.table("Consolidated Statements of Comprehensive Income", YCOLS, rows, groups=FY, unit=MIL, label_w=92)

    doc.new_page()
    doc.section = "BS"
    doc.anchor("bs")
    d = BS_COLS

    def b(k: str) -> list[str]:
        return [f"bs.{k}.{y}" for y in d]

    rows = [
        R("Assets", kind="head"),
        R("Cash and cash equivalents", b("cash"), "n0", indent=1),
        R("Trade and other receivables, net", b("rec"), "n0", indent=1),
        R("Inventories", b("inv"), "n0", indent=1),
        R("Prepaid expenses and other", b("prepaid"), "n0", indent=1),
        R("Total current assets", b("ca"), "n0", kind="sub"),
        R("Property and equipment, net", b("ppe"), "n0", indent=1),
        R("Operating lease right-of-use assets", b("rou"), "n0", indent=1),
        R("Goodwill", b("gw"), "n0", indent=1),
        R("Other assets", b("other_a"), "n0", indent=1),
        R("Total assets", b("assets"), "n0", kind="total"),
        R("Liabilities and stockholders' equity", kind="head"),
        R("Current portion of long-term debt", b("debt_cur"), "n0", indent=1),
        R("Accounts payable", b("ap"), "n0", indent=1),
        R("Accrued liabilities and other", b("accrued"), "n0", indent=1),
        R("Customer deposits", b("deposits"), "n0", indent=1),
        R("Current portion of operating lease liabilities", b("lease_cur"), "n0", indent=1),
        R("Total current liabilities", b("cl"), "n0", kind="sub"),
        R("Long-term debt", b("debt_lt"), "n0", indent=1),
        R("Operating lease liabilities, excluding the current portion", b("lease_lt"), "n0", indent=1),
        R("Other long-term liabilities", b("other_l"), "n0", indent=1),
        R("Total liabilities", b("liab"), "n0", kind="sub"),
        R("Commitments and contingencies (Note 10)", kind="head", indent=1),
        R("Stockholders' equity", kind="head"),
        R("Common stock, $0.01 par value; 500 million shares authorized", b("cs"), "n0", indent=1),
        R("Additional paid-in capital", b("apic"), "n0", indent=1),
        R("Retained earnings", b("re"), "n0", indent=1),
        R("Accumulated other comprehensive loss", b("aoci"), "n0", indent=1),
        R("Treasury stock, at cost", b("treasury"), "n0", indent=1),
        R("Total stockholders' equity", b("equity"), "n0", kind="sub"),
        R("Total liabilities and stockholders' equity", b("le"), "n0", kind="total"),
    ]
    doc.table("Consolidated Balance Sheets", BS_COLS, rows, groups=BS_GROUP, unit=MIL, label_w=100, keep=True)

    doc.section = "EQ"
    doc.anchor("eq")
    comps = ("cs", "apic", "re", "aoci", "treasury", "total")
    rows = []
    for y in (2023, 2024, 2025):
        rows.append(R(f"Balance at December 31, {y - 1}", [f"eq.{c}.{y - 1}" for c in comps], "n0", bold=True))
        rows += [
            R("Net income", [None, None, f"eq.ni.{y}", None, None, f"eq.ni.{y}"], "n0", indent=1),
            R("Other comprehensive income (loss)", [None, None, None, f"eq.oci.{y}", None, f"eq.oci.{y}"], "n0",
              indent=1),
            R("Share-based compensation", [None, f"eq.sbc.{y}", None, None, None, f"eq.sbc.{y}"], "n0", indent=1),
            R("Shares issued under stock plans", [None, f"eq.stock.{y}", None, None, None, f"eq.stock.{y}"], "n0",
              indent=1),
            R("Cash dividends declared", [None, None, f"eq.div.{y}", None, None, f"eq.div.{y}"], "n0", indent=1),
            R("Repurchases of common stock", [None, None, None, None, f"eq.repo.{y}", f"eq.repo.{y}"], "n0",
              indent=1),
        ]
    rows.append(R("Balance at December 31, 2025", [f"eq.{c}.2025" for c in comps], "n0", kind="total"))
    doc.table("Consolidated Statements of Stockholders' Equity", ["Common\nstock", "Additional\npaid-in\ncapital",
              "Retained\nearnings", "Accumulated\nother com-\nprehensive\nloss", "Treasury\nstock", "Total"], rows,
              unit=MIL, label_w=58, keep=False)

    doc.new_page()
    doc.section = "CF"
    doc.anchor("cf")
    rows = [
        R("Operating activities", kind="head"),
        R("Net income", yrs("cf.ni"), "n0", indent=1),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="head",
          indent=1),
        R("Depreciation and amortization", yrs("cf.da"), "n0", indent=2),
        R("Share-based compensation expense", yrs("cf.sbc"), "n0", indent=2),
        R("Amortization of debt issuance costs and discounts", yrs("cf.debt_amort"), "n0", indent=2),
        R("Changes in operating assets and liabilities:", kind="head", indent=1),
        R("Trade and other receivables", yrs("cf.rec"), "n0", indent=2),
        R("Inventories", yrs("cf.inv"), "n0", indent=2),
        R("Prepaid expenses and other", yrs("cf.prepaid"), "n0", indent=2),
        R("Accounts payable", yrs("cf.ap"), "n0", indent=2),
        R("Accrued liabilities and other", yrs("cf.accrued"), "n0", indent=2),
        R("Customer deposits", yrs("cf.deposits"), "n0", indent=2),
        R("Other operating assets and liabilities, including operating lease balances, net", yrs("cf.other"),
          "n0", indent=2),
        R("Net cash provided by operating activities", yrs("cf.cfo"), "n0", kind="sub"),
        R("", [], kind="break"),
        R("Investing activities", kind="head"),
        R("Purchases of property and equipment, including ships", yrs("cf.capex"), "n0", indent=1),
        R("Proceeds from sale of ship", yrs("cf.ship_sale"), "n0", indent=1),
        R("Net cash used in investing activities", yrs("cf.cfi"), "n0", kind="sub"),
        R("Financing activities", kind="head"),
        R("Proceeds from issuance of debt, including export credit facilities", yrs("cf.proceeds"), "n0",
          indent=1),
        R("Repayments of debt", yrs("cf.repay"), "n0", indent=1),
        R("Debt issuance costs paid", yrs("cf.debt_costs"), "n0", indent=1),
        R("Cash dividends paid", yrs("cf.div"), "n0", indent=1),
        R("Repurchases of common stock", yrs("cf.repo"), "n0", indent=1),
        R("Proceeds from stock plans", yrs("cf.stock"), "n0", indent=1),
        R("Net cash provided by (used in) financing activities", yrs("cf.cff"), "n0", kind="sub"),
        R("Net increase (decrease) in cash and cash equivalents", yrs("cf.change"), "n0", kind="sub"),
        R("Cash and cash equivalents at beginning of year", yrs("cf.begin"), "n0"),
        R("Cash and cash equivalents at end of year", yrs("cf.end"), "n0", kind="total"),
    ]
    doc.table("Consolidated Statements of Cash Flows", YCOLS, rows, groups=FY, unit=MIL, label_w=100, keep=False,
              notes=["Supplemental information for 2025: cash paid for interest, net of amounts capitalized, was "
                     "{cf.int_paid.2025:d0} million and cash paid for income taxes {cf.tax_paid.2025:d0} million."])


def notes(doc: Doc) -> None:
    doc.new_page()
    doc.section = "notes"
    doc.heading("Notes to the Consolidated Financial Statements", 2, anchor="notes", keep=50)
    doc.heading("Note 1. Organization and significant accounting policies", 3)
    doc.para("Corvane Seaways Holdings, Inc. and its subsidiaries operate ocean, expedition and river cruises. We "
             "recognize passenger ticket revenue and the related costs ratably over each voyage; voyages that span "
             "year end are apportioned by days sailed. Ships are depreciated on a straight-line basis over 30 to 35 "
             "years to a residual value of 15%, and improvements over their useful lives. We capitalize interest on "
             "ships under construction. Our river fleet is owned by subsidiaries whose functional currency is the "
             "euro; their translation adjustments are reported in other comprehensive income.")
    doc.section = "note_rev"
    doc.heading("Note 2. Revenues", 3, keep=46)
    doc.para("Revenues by the region in which the cruise is sold were as follows. Customer deposits at the start of "
             "each year are substantially all recognized as revenue, or refunded, within that year.")
    rows = [R(name, yrs(f"geo.{g}"), "n0") for g, name in cd.REGIONS.items()]
    rows.append(R("Total revenues", yrs("geo.total"), "n0", kind="total"))
    doc.table("Revenues by Source Market", YCOLS, rows, groups=FY, unit=MIL, label_w=92)
    doc.section = "note_seg"
    doc.heading("Note 3. Segment information", 3, keep=70)
    doc.para("Each brand is an operating segment reviewed by our chief executive officer, who is the chief operating "
             "decision maker, using revenues and operating income. Corporate costs not allocated to the brands are "
             "shown separately.")
    lvl = [[("Year ended December 31", 0, 6)], [("Revenues", 0, 3), ("Operating income (loss)", 3, 3)]]
    rows = []
    for g, name in SEGS:
        rows.append(R(name, yrs(f"seg.rev.{g}") + yrs(f"seg.oi.{g}"), "n0"))
    rows.append(R("Corporate", [None, None, None] + yrs("seg.oi.corp"), "n0"))
    rows.append(R("Total", yrs("seg.rev.total") + yrs("seg.oi.total"), "n0", kind="total"))
    doc.table("Revenues and Operating Income by Segment", YCOLS + YCOLS, rows, groups=lvl, unit=MIL, label_w=52)
    rows = []
    for g, name in SEGS + [("corp", "Corporate")]:
        rows.append(R(name, yrs(f"seg.da.{g}") + yrs(f"seg.capex.{g}"), "n0"))
    rows.append(R("Total", yrs("seg.da.total") + yrs("seg.capex.total"), "n0", kind="total"))
    lvl2 = [[("Year ended December 31", 0, 6)], [("Depreciation and amortization", 0, 3),
                                                 ("Capital expenditures", 3, 3)]]
    doc.table("Other Segment Information", YCOLS + YCOLS, rows, groups=lvl2, unit=MIL, label_w=52)
    doc.section = "note_ppe"
    doc.heading("Note 4. Property and equipment", 3, keep=50)
    rows = [
        R("Ships and ship improvements", yrs("ppe.ships", cd.BS_YEARS), "n0"),
        R("Ships under construction", yrs("ppe.suc", cd.BS_YEARS), "n0"),
        R("Land, buildings, port facilities, information technology and other", yrs("ppe.other", cd.BS_YEARS), "n0"),
        R("Total property and equipment, at cost", yrs("ppe.gross", cd.BS_YEARS), "n0", kind="sub"),
        R("Less accumulated depreciation and amortization", yrs("ppe.accum", cd.BS_YEARS), "n0"),
        R("Property and equipment, net", yrs("ppe.net", cd.BS_YEARS), "n0", kind="total"),
    ]
    doc.table("Property and Equipment", BS_COLS, rows, groups=BS_GROUP, unit=MIL, label_w=100)
    doc.para("Corvane Solenne entered service in 2025, and its cost of ${ppe.transfer:n0} million was transferred from "
             "ships under construction. Capitalized interest was ${ppe.cap_int:n0} million in 2025.")
    doc.section = "note_debt"
    doc.heading("Note 5. Debt", 3, keep=60)
    rows = [
        R("Export credit facilities, floating and fixed rates, due through 2037", yrs("debt.eca", cd.BS_YEARS), "n0"),
        R("8.000% senior secured notes due 2028", yrs("debt.sec28", cd.BS_YEARS), "n0"),
        R("5.875% senior unsecured notes due 2031", yrs("debt.n31", cd.BS_YEARS), "n0"),
        R("6.125% senior unsecured notes due 2033", yrs("debt.n33", cd.BS_YEARS), "n0"),
        R("Term loan due 2029", yrs("debt.tl", cd.BS_YEARS), "n0"),
        R("Revolving credit facility due 2029", yrs("debt.rcf", cd.BS_YEARS), "n0"),
        R("Total principal", yrs("debt.principal", cd.BS_YEARS), "n0", kind="sub"),
        R("Unamortized debt issuance costs and discounts", yrs("debt.costs", cd.BS_YEARS), "n0"),
        R("Total debt", yrs("debt.total", cd.BS_YEARS), "n0", kind="sub"),
        R("Less current portion", yrs("debt.cur", cd.BS_YEARS), "n0"),
        R("Long-term debt", yrs("debt.lt", cd.BS_YEARS), "n0", kind="total"),
    ]
    doc.table("Debt", BS_COLS, rows, groups=BS_GROUP, unit=MIL, label_w=100)
    doc.para("In May 2025 we issued $1,250 million of 6.125% senior unsecured notes due 2033 and used the proceeds, "
             "with cash on hand, to redeem all of the 8.000% senior secured notes. Scheduled principal payments at "
             "December 31, 2025 were:")
    mats = ["2026", "2027", "2028", "2029", "2030", "after", "total"]
    doc.table("Scheduled Principal Payments", ["2026", "2027", "2028", "2029", "2030", "Later\nyears", "Total"],
              [R("Principal due", [f"debt.mat.{k}" for k in mats], "n0")], unit=MIL, label_w=38)
    doc.section = "note_acc"
    doc.heading("Note 6. Accrued liabilities and other", 3, keep=50)
    rows = [
        R("Payroll, crew wages and benefits", yrs("acc.payroll", cd.BS_YEARS), "n0"),
        R("Accrued interest", yrs("acc.interest", cd.BS_YEARS), "n0"),
        R("Fuel, port charges and other voyage costs", yrs("acc.port", cd.BS_YEARS), "n0"),
        R("Taxes other than income taxes", yrs("acc.taxes", cd.BS_YEARS), "n0"),
        R("Other, including guest and crew claims", yrs("acc.other", cd.BS_YEARS), "n0"),
        R("Accrued liabilities and other", yrs("acc.total", cd.BS_YEARS), "n0", kind="total"),
    ]
    doc.table("Accrued Liabilities and Other", BS_COLS, rows, groups=BS_GROUP, unit=MIL, label_w=100)
    doc.section = "note_lease"
    doc.heading("Note 7. Leases", 3, keep=30)
    doc.para("We lease offices, port terminals and warehouses under operating leases. Operating lease cost was "
             "${lease.cost:n0} million in 2025. The weighted-average remaining lease term is 9.2 years and the "
             "weighted-average discount rate 5.6%.")
    doc.section = "note_tax"
    doc.heading("Note 8. Income taxes", 3, keep=40)
    doc.para("Most of our income comes from the international operation of ships and is exempt from U.S. federal "
             "income tax under Section 883 of the Internal Revenue Code or taxed under tonnage regimes abroad. Income "
             "tax expense relates mainly to our shoreside and river operations.")
    rows = [R("Current", yrs("tax.cur"), "n0"), R("Deferred", yrs("tax.def"), "n0"),
            R("Income tax expense", yrs("is.tax"), "n0", kind="total")]
    doc.table("Income Tax Expense", YCOLS, rows, groups=FY, unit=MIL, label_w=92)
    doc.section = "note_eq"
    doc.heading("Note 9. Stockholders' equity and earnings per share", 3, keep=60)
    doc.para("Dividends declared were $0.80 per share in 2025 (none in 2024 or 2023). Shares are repurchased under "
             "the authorization described in Item 5 and held in treasury.")
    rows = [
        R("Net income", yrs("is.ni"), "n0"),
        R("Weighted-average basic shares (millions)", yrs("is.shares_basic"), "n1"),
        R("Dilutive effect of stock awards (millions)", yrs("eps.dilutive"), "n1", indent=1),
        R("Weighted-average diluted shares (millions)", yrs("is.shares_diluted"), "n1", kind="sub"),
        R("Basic earnings per share (dollars)", yrs("is.eps_basic"), "n2"),
        R("Diluted earnings per share (dollars)", yrs("is.eps_diluted"), "n2"),
        R("Shares repurchased (millions)", yrs("sh.repo"), "n1"),
    ]
    doc.table("Earnings per Share and Share Repurchases", YCOLS, rows, groups=FY, unit=MIL_PS, label_w=92)
    doc.section = "note_commit"
    doc.heading("Note 10. Commitments and contingencies", 3, keep=30)
    doc.para("Our shipbuilding contracts call for payments of approximately $4.2 billion through 2029, of which about "
             "$0.9 billion is due in 2026. We are defendants in routine claims; we do not expect a material loss.")
    doc.section = "note_qtr"
    doc.heading("Note 11. Quarterly financial data (unaudited)", 3, keep=40)
    q = ["q1", "q2", "q3", "q4", "fy"]
    rows = [
        R("Total revenues", [f"qtr.rev.{k}" for k in q], "n0"),
        R("Operating income", [f"qtr.oi.{k}" for k in q], "n0"),
        R("Net income", [f"qtr.ni.{k}" for k in q], "n0", kind="total"),
    ]
    doc.table("Quarterly Results, 2025", ["First", "Second", "Third", "Fourth", "Year"], rows,
              groups=[("Quarter", 0, 4)], unit=MIL, label_w=52)


def back(doc: Doc) -> None:
    doc.new_page()
    doc.section = "back"
    doc.heading("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 2,
                anchor="item9", keep=24)
    doc.para("None.")
    doc.heading("Item 9A. Controls and Procedures", 2, anchor="item9a", keep=30)
    doc.para("Our chief executive officer and chief financial officer concluded that our disclosure controls and "
             "procedures were effective at December 31, 2025. Management assessed internal control over financial "
             "reporting using the 2013 COSO framework and concluded it was effective; Penhallow Strand LLP issued "
             "an attestation report.")
    doc.heading("Part III (Items 10 to 14)", 1, anchor="part3", keep=30)
    doc.para("Information on directors, executive officers, executive compensation, security ownership, related "
             "transactions and principal accountant fees is incorporated by reference from our 2026 proxy statement.")
    doc.heading("Part IV", 1, anchor="part4", keep=30)
    doc.heading("Item 15. Exhibits and Financial Statement Schedules", 2, anchor="item15", keep=24)
    doc.para("The financial statements are listed in the table of contents. Exhibits include the indentures for our "
             "senior notes, the revolving credit agreement, certifications under Rules 13a-14(a) and Section 1350, "
             "and Inline XBRL files.")
    doc.heading("Signatures", 2, anchor="signatures", keep=30)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
             "report to be signed on its behalf by the undersigned, thereunto duly authorized.")
    doc.para("CORVANE SEAWAYS HOLDINGS, INC.\nFebruary 19, 2026\n/s/ Ilse M. Varga-Thornbury, President and Chief "
             "Executive Officer\n/s/ Desmond R. Achterberg, Executive Vice President and Chief Financial Officer",
             align="L")


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
    statements(doc)
    notes(doc)
    back(doc)
    return doc


def build() -> tuple[bytes, Doc]:
    values = cd.build()
    doc = render_twice(lambda labels, total: render(values, labels, total))
    return bytes(doc.output()), doc
