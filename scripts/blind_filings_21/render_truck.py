"""Renders the Brindlecoast Carriers fiscal 2025 Form 10-K.

House style: Liberation Serif, ruled tables, "$" in its own column, negatives in parentheses,
amounts in thousands, centred page numbers starting at 1 after a roman-numbered contents page.
"""

from __future__ import annotations

from decimal import Decimal

import truck_data as td
from layout import F, FilingPDF, HouseStyle, Row, Table

YEARS = td.YEARS
BS = td.BS_YEARS


def page_label(index: int) -> str | None:
    if index == 0:
        return None
    if index == 1:
        return "i"
    return str(index - 1)


STYLE = HouseStyle(
    body_font="LibSerif",
    table_font="LibSerif",
    body_size=10,
    table_size=8.6,
    negative="paren",
    dollar="column",
    tables="ruled",
    page_label=page_label,
    fonts={"LibSerif": {"": "LiberationSerif-Regular.ttf", "B": "LiberationSerif-Bold.ttf",
                        "I": "LiberationSerif-Italic.ttf", "BI": "LiberationSerif-BoldItalic.ttf"}},
)

TOC = [
    ("PART I", "p1", 0),
    ("Item 1.  Business", "item1", 1),
    ("Item 1A. Risk Factors", "item1a", 1),
    ("Item 1B. Unresolved Staff Comments", "item1b", 1),
    ("Item 1C. Cybersecurity", "item1c", 1),
    ("Item 2.  Properties", "item2", 1),
    ("Item 3.  Legal Proceedings", "item3", 1),
    ("Item 4.  Mine Safety Disclosures", "item4", 1),
    ("PART II", "p2", 0),
    ("Item 5.  Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
     "Equity Securities", "item5", 1),
    ("Item 6.  [Reserved]", "item6", 1),
    ("Item 7.  Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7", 1),
    ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "item7a", 1),
    ("Item 8.  Financial Statements and Supplementary Data", "item8", 1),
    ("Item 9.  Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "item9", 1),
    ("Item 9A. Controls and Procedures", "item9a", 1),
    ("PART III", "p3", 0),
    ("Items 10-14", "items10", 1),
    ("PART IV", "p4", 0),
    ("Item 15. Exhibits and Financial Statement Schedules", "item15", 1),
    ("Signatures", "sig", 0),
]


def r(label: str, name: str, periods=YEARS, **kw) -> Row:
    return Row(label, [f"{name}.{p}" if p else name for p in periods], **kw)


def head(label: str, indent: int = 0) -> Row:
    return Row(label, None, indent=indent, kind="head")


def cover(pdf: FilingPDF):
    pdf.add_page()
    pdf.set_font("LibSerif", "B", 13)
    pdf.cell(0, 6, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LibSerif", "", 10)
    pdf.cell(0, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("LibSerif", "B", 18)
    pdf.cell(0, 9, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("LibSerif", "", 9.5)
    pdf.multi_cell(0, 4.6, "[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "For the fiscal year ended December 31, 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "OR", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4.6, "[  ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF "
                   "1934", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Commission File Number 001-38514", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("LibSerif", "B", 16)
    pdf.cell(0, 8, "BRINDLECOAST CARRIERS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LibSerif", "I", 9)
    pdf.cell(0, 5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("LibSerif", "", 9.5)
    pdf.cell(pdf.width / 2, 5, "Delaware", align="C")
    pdf.cell(pdf.width / 2, 5, "47-3318620", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LibSerif", "I", 8.5)
    pdf.cell(pdf.width / 2, 4, "(State or other jurisdiction of incorporation)", align="C")
    pdf.cell(pdf.width / 2, 4, "(I.R.S. Employer Identification No.)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("LibSerif", "", 9.5)
    pdf.cell(0, 5, "4100 Quarry Flats Parkway, Saddlemere, Kestova 68842", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "(402) 555-0187", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("LibSerif", "", 9)
    pdf.cell(0, 5, "Securities registered pursuant to Section 12(b) of the Act:", new_x="LMARGIN", new_y="NEXT")
    for a, b, c in (("Title of each class", "Trading Symbol", "Name of each exchange on which registered"),
                    ("Common Stock, $0.01 par value", "BDCC", "Nasdaq Global Select Market")):
        pdf.cell(70, 5, a)
        pdf.cell(35, 5, b, align="C")
        pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("LibSerif", "", 8.8)
    for line in (
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
        "Securities Act.  Yes [X]  No [  ]",
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 or "
        "15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to such "
        "filing requirements for the past 90 days.  Yes [X]  No [  ]",
        "Large accelerated filer [X]   Accelerated filer [  ]   Non-accelerated filer [  ]   Smaller reporting "
        "company [  ]   Emerging growth company [  ]",
        "Indicate by check mark whether the registrant is a shell company (as defined in Rule 12b-2 of the Act).  "
        "Yes [  ]  No [X]",
    ):
        pdf.multi_cell(0, 4.3, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.para("The aggregate market value of the registrant's common stock held by non-affiliates as of June 30, 2025 "
             "was approximately {mv} million, based on the closing sale price on that date. As of February 13, 2026, "
             "the registrant had {sh} thousand shares of common stock outstanding.", size=8.8,
             mv=F("cover.float", 1, prefix="$"), sh=F("cover.shares", 0))
    pdf.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its "
             "2026 annual meeting of stockholders are incorporated by reference into Part III of this Form 10-K.",
             size=8.8)


def contents(pdf: FilingPDF):
    pdf.add_page()
    pdf.set_font("LibSerif", "B", 12)
    pdf.cell(0, 7, "BRINDLECOAST CARRIERS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "TABLE OF CONTENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LibSerif", "B", 9)
    pdf.cell(pdf.width - 20, 6, "")
    pdf.cell(20, 6, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.toc(TOC)
    pdf.ln(5)
    pdf.heading("CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS", size=10)
    pdf.para("This Annual Report on Form 10-K contains forward-looking statements within the meaning of the Private "
             "Securities Litigation Reform Act of 1995, including statements about freight demand, equipment "
             "purchases and sales, driver availability, fuel prices, insurance and claims costs, capital allocation "
             "and liquidity. Words such as \"expects,\" \"anticipates,\" \"believes,\" \"plans\" and \"may\" identify "
             "such statements. Actual results could differ materially because of the risks described in Item 1A and "
             "elsewhere in this report. We undertake no obligation to update any forward-looking statement.", size=9)


def part1(pdf: FilingPDF):
    pdf.add_page()
    pdf.heading("PART I", size=12, align="C", anchor="p1")
    pdf.heading("ITEM 1. BUSINESS", anchor="item1")
    pdf.heading("Overview", size=10, space=1)
    pdf.para("Brindlecoast Carriers, Inc. (together with its subsidiaries, \"Brindlecoast,\" the \"Company,\" \"we\" "
             "or \"our\") is a transportation and logistics company headquartered in Saddlemere, Kestova. We provide "
             "dry van and temperature-controlled truckload services across the continental network we call the "
             "Brindle Corridor, and non-asset-based freight brokerage, intermodal coordination and managed "
             "transportation services through our logistics subsidiary, Saltmarsh Freight Connect. The Company was "
             "founded in 1987 with nine tractors and completed its initial public offering in 2018.")
    pdf.para("We operate two reportable segments. Our Truckload segment hauls full trailer loads for a single "
             "customer, primarily over irregular one-way routes and through dedicated fleets assigned to specific "
             "shippers. Our Logistics segment arranges freight for customers using third-party carriers and earns the "
             "difference between the rate billed to the customer and the rate paid to the carrier. Financial "
             "information by segment is presented in Note 7 to the consolidated financial statements.")
    pdf.heading("Truckload Operations", size=10, space=1)
    pdf.para("Our Truckload segment operated an average of {t} tractors during 2025, including an average of {ic} "
             "tractors provided by independent contractors who lease their equipment to us and are paid on a "
             "per-mile basis. Dedicated contracts, generally three to five years in length, accounted for slightly "
             "less than half of Truckload revenue in 2025. We pull a fleet of dry van and refrigerated trailers "
             "from a network of fourteen terminals and drop yards. Revenue equipment is generally held for four to "
             "five years in the case of tractors and seven to ten years for trailers before it is sold or traded.",
             t=F("ops.tractors.2025", 0), ic=F("ops.ic_tractors.2025", 0))
    pdf.heading("Logistics Operations", size=10, space=1)
    pdf.para("Saltmarsh Freight Connect, acquired in 2023, provides brokerage services through a network of more "
             "than 21,000 qualified third-party carriers. Logistics revenue is recognized on a gross basis because "
             "we are primarily responsible for fulfilling the transportation service. The segment also provides "
             "power-only services in which our trailers are moved by third-party tractors, which allows us to "
             "offer capacity during seasonal peaks without adding company tractors.")
    pdf.heading("Customers and Seasonality", size=10, space=1)
    pdf.para("We serve more than 1,400 customers in the retail, food and beverage, consumer products, paper and "
             "packaging, and building materials industries. Our largest customer, a national discount retailer, "
             "accounted for approximately 9% of consolidated revenue in 2025, and our top ten customers accounted "
             "for approximately 41%. Freight volumes are typically weakest in the first quarter and strongest in "
             "the fourth quarter, when retail replenishment and holiday freight peak, while operating expenses "
             "tend to rise in winter because of lower fuel efficiency, higher maintenance and weather-related "
             "claims.")
    pdf.heading("Fuel", size=10, space=1)
    pdf.para("Diesel fuel is one of our largest expenses. Most of our contracts contain fuel surcharge provisions "
             "that adjust the rate per mile as the published weekly average price of diesel moves above a base "
             "price. The surcharge recovers a majority, but not all, of the increase in fuel cost, because of "
             "empty miles, idle time and the lag between price changes and the surcharge adjustment. Our average "
             "cost of diesel fuel was {d25} per gallon in 2025 compared with {d24} per gallon in 2024.",
             d25=F("fuel.diesel.2025", 2, prefix="$"), d24=F("fuel.diesel.2024", 2, prefix="$"))
    pdf.heading("Human Capital", size=10, space=1)
    pdf.para("At December 31, 2025, we employed {tot} people, of whom {drv} were professional drivers. None of our "
             "employees is represented by a collective bargaining agreement. Attracting and retaining qualified "
             "drivers remains a priority; we operate two driver academies and offer an apprenticeship program for "
             "recently licensed drivers, and in 2025 we completed the installation of forward-facing and "
             "driver-facing cameras across the company fleet.",
             tot=F("emp.total", 0), drv=F("emp.drivers", 0))
    pdf.heading("Regulation", size=10, space=1)
    pdf.para("Our operations are regulated by federal and state transportation agencies that govern hours of "
             "service, driver qualification, drug and alcohol testing, equipment safety and the transportation of "
             "hazardous materials. We are also subject to environmental laws governing emissions, underground "
             "storage tanks and the handling of waste oil and other materials at our maintenance facilities. "
             "Tighter engine emission standards scheduled for 2027 model-year tractors may increase the cost of "
             "new equipment.")
    pdf.para("Our annual reports on Form 10-K, quarterly reports on Form 10-Q, current reports on Form 8-K and "
             "amendments to those reports are available free of charge on our investor relations website as soon "
             "as reasonably practicable after they are filed with the Securities and Exchange Commission.")

    pdf.heading("ITEM 1A. RISK FACTORS", anchor="item1a")
    risks = [
        ("Our business is subject to general economic and freight market conditions.",
         "Demand for truckload services is closely linked to industrial production, retail inventories and consumer "
         "spending. Excess capacity in the truckload market has depressed spot and contract rates since 2023, and a "
         "prolonged period of weak rates could reduce our revenue per mile, equipment utilization and margins."),
        ("We depend on our ability to recruit and retain qualified drivers.",
         "Competition for drivers is intense, and driver pay has risen faster than general wage inflation. If we "
         "are unable to attract and retain enough drivers, we may be forced to idle tractors, increase driver pay or "
         "rely more heavily on independent contractors and third-party carriers."),
        ("Fuel prices and the effectiveness of our fuel surcharge programs affect our results.",
         "Fuel prices are volatile, and our fuel surcharge programs do not recover all increases in fuel cost. A "
         "rapid decline in fuel prices can also temporarily increase our results because surcharge revenue adjusts "
         "with a lag."),
        ("Insurance and claims expense could significantly reduce our earnings.",
         "We self-insure a significant portion of our auto liability, cargo, workers' compensation and employee "
         "health claims. Verdicts against trucking companies have increased in frequency and size, and an increase "
         "in the number or severity of claims could materially increase our claims accruals."),
        ("The market for used revenue equipment affects our gains on sale.",
         "We have historically recorded gains on the sale of used tractors and trailers. Used equipment prices fell "
         "sharply from their 2022 highs, and further declines could reduce gains or require impairment of equipment "
         "held for sale."),
        ("Our indebtedness could limit our flexibility.",
         "Our credit agreement contains financial covenants, including a maximum leverage ratio and a minimum "
         "fixed charge coverage ratio. A failure to comply with these covenants could result in the acceleration of "
         "our term loan and revolving credit facility."),
        ("Cybersecurity incidents could disrupt our operations.",
         "We rely on dispatch, routing, electronic logging and billing systems. A ransomware attack or other "
         "incident could interrupt operations, delay billing and expose us to liability."),
    ]
    for title, body in risks:
        pdf.para(title, style="B", align="L")
        pdf.para(body)
    pdf.heading("ITEM 1B. UNRESOLVED STAFF COMMENTS", anchor="item1b")
    pdf.para("None.")
    pdf.heading("ITEM 1C. CYBERSECURITY", anchor="item1c")
    pdf.para("Our cybersecurity program is overseen by the Audit Committee of our Board of Directors and managed by "
             "our Chief Information Security Officer, who reports quarterly to the committee. The program includes "
             "annual penetration testing by outside firms, tabletop exercises, vendor risk assessments and "
             "mandatory training. We did not identify any cybersecurity incident in 2025 that materially affected "
             "the Company.")
    pdf.heading("ITEM 2. PROPERTIES", anchor="item2")
    pdf.para("Our headquarters and principal maintenance shop are located on a 62-acre campus in Saddlemere, Kestova, "
             "which we own. We operate fourteen terminals, of which ten are owned and four are leased, and seven "
             "drop yards. Logistics offices in Port Halvard and Ellendale are leased. We believe our facilities are "
             "adequate for our current needs.")
    pdf.heading("ITEM 3. LEGAL PROCEEDINGS", anchor="item3")
    pdf.para("We are party to routine litigation incidental to our business, primarily involving personal injury and "
             "property damage claims arising from the operation of our tractors. We maintain insurance above our "
             "self-insured retention levels and do not expect these matters to have a material adverse effect on "
             "our financial position.")
    pdf.heading("ITEM 4. MINE SAFETY DISCLOSURES", anchor="item4")
    pdf.para("Not applicable.")


def part2_front(pdf: FilingPDF):
    pdf.add_page()
    pdf.heading("PART II", size=12, align="C", anchor="p2")
    pdf.heading("ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF "
                "EQUITY SECURITIES", anchor="item5")
    pdf.para("Our common stock trades on the Nasdaq Global Select Market under the symbol \"BDCC.\" As of February 13, "
             "2026, there were approximately 260 holders of record. We paid a quarterly cash dividend of $0.04 per "
             "share in each quarter of 2025 and 2024, or {dps} per share for the year. The declaration of future "
             "dividends is at the discretion of the Board of Directors.",
             dps=F("div.per_share.2025", 2, prefix="$"))
    pdf.para("In May 2024 the Board authorized the repurchase of up to $100 million of our common stock. During the "
             "fourth quarter of 2025 we repurchased {sh} thousand shares for {cost} thousand under this "
             "authorization, and we repurchased {ysh} thousand shares during the full year.",
             sh=F("rep.q4_shares", 0), cost=F("rep.q4_cost", 0, prefix="$"),
             ysh=F("eq.sh_repurch.2025", 0, scale="-1"))
    pdf.heading("ITEM 6. [RESERVED]", anchor="item6")


def mdna(pdf: FilingPDF):
    pdf.heading("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
                anchor="item7")
    pdf.para("The following discussion should be read together with the consolidated financial statements and notes "
             "in Item 8. A discussion of 2024 compared with 2023 is included in our Annual Report on Form 10-K for "
             "2024 and is not repeated here except where it aids understanding.")
    pdf.heading("2025 Overview", size=10, space=1)
    pdf.para("The truckload market remained oversupplied through most of 2025. Total operating revenue was {rev} "
             "million, compared with {rev24} million in 2024, as lower fuel surcharge revenue and fewer tractors in "
             "service more than offset growth in Logistics. Operating income was {oi} million and net income was "
             "{ni} million, or {eps} per diluted share. Our operating ratio was {orr}%, and our adjusted operating "
             "ratio, a non-GAAP measure reconciled below, was {aor}%.",
             rev=F("is.revenue.2025", 1, "0.001", "$"), rev24=F("is.revenue.2024", 1, "0.001", "$"),
             oi=F("is.op_income.2025", 1, "0.001", "$"), ni=F("is.net_income.2025", 1, "0.001", "$"),
             eps=F("eps.diluted.2025", 2, prefix="$"), orr=F("is.or_pct.2025", 1), aor=F("adj.or_pct.2025", 1))
    pdf.para("We continued to shrink the truckload fleet toward more profitable dedicated and regional lanes. The "
             "average number of tractors fell {dt} from 2024, and the average length of haul increased to {haul} "
             "miles. Logistics revenue, excluding fuel surcharge, grew on higher load counts with new retail and "
             "building-products customers.",
             dt=F("ops.tractor_decline", 0), haul=F("ops.haul.2025", 0))

    pdf.heading("Operating Statistics", size=10, space=1)
    pdf.table(Table(
        tag="ops", title="", cols=["2025", "2024", "2023"], groups=[("Year Ended December 31", 3)],
        rows=[
            head("Truckload segment:"),
            r("Average tractors in service (1)", "ops.tractors", indent=1),
            r("Company tractors", "ops.own_tractors", indent=2),
            r("Independent contractor tractors", "ops.ic_tractors", indent=2),
            r("Average trailers", "ops.trailers", indent=1),
            r("Total miles (in thousands)", "ops.total_miles", indent=1),
            r("Loaded miles (in thousands)", "ops.loaded_miles", indent=1),
            r("Empty mile percentage", "ops.empty_pct", indent=1, decimals=1, suffix="%"),
            r("Average length of haul (miles)", "ops.haul", indent=1),
            r("Revenue per loaded mile, excluding fuel surcharge (2)", "ops.rev_per_lm", indent=1, decimals=3,
              dollar=True),
            r("Revenue per tractor per week, excluding fuel surcharge (2)", "ops.rev_per_tractor_wk", indent=1,
              dollar=True),
        ],
        footnotes=["(1) Includes tractors provided by independent contractors.",
                   "(2) Based on Truckload segment revenue, excluding fuel surcharge and intersegment eliminations; "
                   "revenue per tractor per week assumes 52 weeks."]))

    pdf.heading("Non-GAAP Financial Measure - Adjusted Operating Ratio", size=10, space=1)
    pdf.para("We use adjusted operating ratio to evaluate our operations because it removes the volatility of fuel "
             "surcharge revenue, which is a pass-through of fuel cost, and items that do not reflect ongoing "
             "performance. Adjusted operating ratio is calculated as operating expenses, net of fuel surcharge "
             "revenue, amortization of acquired intangibles, impairment charges and severance costs, divided by "
             "operating revenue excluding fuel surcharge. It should not be considered a substitute for the GAAP "
             "operating ratio.")
    pdf.table(Table(
        tag="adj", title="", unit_line="(Dollars in thousands)", cols=["2025", "2024"],
        groups=[("Year Ended December 31", 2)], col_w=24,
        rows=[
            r("Total operating revenue", "is.revenue", BS, dollar=True),
            r("Less: fuel surcharge revenue", "adj.fsc_neg", BS),
            r("Operating revenue, excluding fuel surcharge", "is.rev_base", BS, kind="sub", dollar=True),
            Row("", kind="blank"),
            r("Total operating expenses", "is.opex", BS, dollar=True),
            r("Operating ratio (GAAP)", "is.or_pct", BS, decimals=1, suffix="%"),
            head("Adjusted for:"),
            r("Fuel surcharge revenue", "adj.fsc_neg", BS, indent=1),
            r("Amortization of acquired intangibles", "adj.amort_neg", BS, indent=1),
            r("Impairment of long-lived assets", "adj.impair_neg", BS, indent=1),
            r("Severance costs (1)", "adj.sev_neg", BS, indent=1),
            r("Adjusted operating expenses", "adj.opex", BS, kind="sub", dollar=True),
            r("Adjusted operating income", "adj.op_income", BS, dollar=True),
            r("Adjusted operating ratio", "adj.or_pct", BS, kind="total", decimals=1, suffix="%"),
        ],
        footnotes=["(1) Severance related to the consolidation of two terminals, included in selling, general and "
                   "administrative expense."]))

    pdf.heading("Segment Results", size=10, space=1)
    pdf.table(Table(
        tag="mdseg", unit_line="(Dollars in thousands)", cols=["2025", "2024", "2023"],
        groups=[("Year Ended December 31", 3)],
        rows=[
            head("Truckload"),
            r("Revenue, excluding fuel surcharge", "seg.tl_base", indent=1, dollar=True),
            r("Fuel surcharge revenue", "seg.tl_fsc", indent=1),
            r("Total revenue", "seg.tl_rev", indent=1, kind="sub", dollar=True),
            r("Operating income", "seg.tl_oi", indent=1, dollar=True),
            r("Operating ratio", "seg.tl_or", indent=1, decimals=1, suffix="%"),
            head("Logistics"),
            r("Revenue, excluding fuel surcharge", "seg.log_base", indent=1, dollar=True),
            r("Fuel surcharge revenue", "seg.log_fsc", indent=1),
            r("Total revenue", "seg.log_rev", indent=1, kind="sub", dollar=True),
            r("Operating income", "seg.log_oi", indent=1, dollar=True),
            r("Operating ratio", "seg.log_or", indent=1, decimals=1, suffix="%"),
        ]))
    pdf.para("Truckload revenue, excluding fuel surcharge, decreased because the average fleet was smaller, partly "
             "offset by longer lengths of haul. Revenue per loaded mile, excluding fuel surcharge, decreased to "
             "{rpm} from {rpm24}, reflecting contract rate concessions in the first half of the year. Logistics "
             "operating income increased as gross margin per load improved and we reduced brokerage headcount.",
             rpm=F("ops.rev_per_lm.2025", 3, prefix="$"), rpm24=F("ops.rev_per_lm.2024", 3, prefix="$"))

    pdf.heading("Fuel Surcharge Revenue", size=10, space=1)
    pdf.table(Table(
        tag="fsc", unit_line="(In thousands)", cols=["2025", "2024", "2023"], groups=[("Year Ended December 31", 3)],
        rows=[
            r("Truckload", "seg.tl_fsc", dollar=True),
            r("Logistics", "seg.log_fsc"),
            r("Total fuel surcharge revenue", "is.fsc", kind="total", dollar=True),
        ]))

    pdf.heading("Operating Expenses", size=10, space=1)
    pdf.para("Salaries, wages and benefits decreased to {sw} million because of fewer company drivers, partly offset "
             "by a driver pay increase in April 2025 and higher health claims. Fuel expense decreased to {fuel} "
             "million on lower diesel prices and fewer miles. Purchased transportation increased to {pt} million, "
             "reflecting higher Logistics volumes and a larger share of independent contractor miles. Insurance and "
             "claims expense decreased to {ins} million following unusually severe accident claims in 2024. Gains "
             "on the sale of property and equipment were {gain} million, compared with {gain24} million in 2024, as "
             "we sold more tractors into a stabilizing used equipment market.",
             sw=F("is.salaries.2025", 1, "0.001", "$"), fuel=F("is.fuel.2025", 1, "0.001", "$"),
             pt=F("is.purch_trans.2025", 1, "0.001", "$"), ins=F("is.insurance.2025", 1, "0.001", "$"),
             gain=F("is.gain_sale.2025", 1, "-0.001", "$"), gain24=F("is.gain_sale.2024", 1, "-0.001", "$"))
    pdf.para("Interest expense, net decreased to {ie} million because of lower average borrowings. Our effective "
             "income tax rate was {etr}% in 2025 compared with {etr24}% in 2024; the rate exceeds the federal "
             "statutory rate primarily because of state income taxes and the nondeductible portion of driver per "
             "diem payments.",
             ie=F("is.interest.2025", 1, "0.001", "$"), etr=F("tax.etr.2025", 1), etr24=F("tax.etr.2024", 1))

    pdf.heading("Liquidity and Capital Resources", size=10, space=1)
    pdf.para("Our primary sources of liquidity are cash generated by operations, proceeds from the sale of used "
             "equipment and borrowings under our revolving credit facility. Net cash provided by operating "
             "activities was {cfo} million in 2025 compared with {cfo24} million in 2024. Net capital expenditures, "
             "which we define as purchases of property and equipment less proceeds from sales, were {ncx} million "
             "in 2025. We expect net capital expenditures of $120 million to $140 million in 2026, consisting "
             "primarily of replacement tractors and trailers.",
             cfo=F("cf.cfo.2025", 1, "0.001", "$"), cfo24=F("cf.cfo.2024", 1, "0.001", "$"),
             ncx=F("liq.net_capex.2025", 1, "0.001", "$"))
    pdf.para("Our credit agreement provides a {cap} million revolving credit facility maturing in 2029 and a term "
             "loan maturing in 2028. At December 31, 2025, we had {rv} million of revolver borrowings and {lc} "
             "million of standby letters of credit outstanding, leaving {av} million of availability. We were in "
             "compliance with all covenants. During 2025 we returned capital to stockholders through dividends "
             "and share repurchases, as described in Item 5.",
             cap=F("revolver.capacity", 1, "0.001", "$"), rv=F("debt.revolver.2025", 1, "0.001", "$"),
             lc=F("revolver.lc", 1, "0.001", "$"), av=F("revolver.avail", 1, "0.001", "$"))
    pdf.table(Table(
        tag="cfsum", unit_line="(In thousands)", cols=["2025", "2024", "2023"], groups=[("Year Ended December 31", 3)],
        rows=[
            r("Net cash provided by operating activities", "cf.cfo", dollar=True),
            r("Net cash used in investing activities", "cf.cfi"),
            r("Net cash (used in) provided by financing activities", "cf.cff"),
            r("Net (decrease) increase in cash and cash equivalents", "cf.net_change", kind="total", dollar=True),
        ]))
    pdf.para("Operating cash flow in 2025 benefited from collections of receivables as revenue declined late in the "
             "year. Investing activities consisted mainly of tractor and trailer replacements. Financing activities "
             "included net repayments of revolver borrowings, scheduled term loan amortization, dividends and share "
             "repurchases. We believe cash flows from operations, equipment sale proceeds and availability under the "
             "revolving credit facility will be sufficient to fund our capital expenditures, debt service and "
             "dividends for at least the next twelve months.")
    pdf.heading("Contractual Obligations", size=10, space=1)
    pdf.para("The following table summarizes our contractual obligations at December 31, 2025:")
    pdf.table(Table(
        tag="co", unit_line="(In thousands)", col_w=22,
        cols=["Total", "Less than\n1 year", "1-3\nyears", "3-5\nyears", "More than\n5 years"], col_header_lines=2,
        groups=[("Payments Due by Period", 5)],
        rows=[
            Row("Long-term debt principal (1)", [f"co.debt.{p}" for p in ("all", "lt1", "y13", "y35", "gt5")],
                dollar=True),
            Row("Estimated interest on long-term debt (2)",
                [f"co.interest.{p}" for p in ("all", "lt1", "y13", "y35", "gt5")]),
            Row("Operating lease obligations", [f"co.lease.{p}" for p in ("all", "lt1", "y13", "y35", "gt5")]),
            Row("Purchase obligations for revenue equipment",
                [f"co.purchase.{p}" for p in ("all", "lt1", "y13", "y35", "gt5")]),
            Row("Total", [f"co.total.{p}" for p in ("all", "lt1", "y13", "y35", "gt5")], kind="total", dollar=True),
        ],
        footnotes=["(1) Excludes unamortized debt issuance costs.",
                   "(2) Variable-rate interest estimated using rates in effect at December 31, 2025."]))
    pdf.heading("Critical Accounting Estimates", size=10, space=1)
    pdf.para("Our most significant estimates relate to insurance and claims accruals, the depreciable lives and "
             "salvage values of revenue equipment, and the evaluation of goodwill for impairment. Claims accruals "
             "are based on actuarial estimates of the ultimate cost of reported claims and claims incurred but not "
             "reported. A 10% change in our estimate of unpaid auto liability claims would change claims accruals "
             "by approximately $6.9 million. We performed our annual goodwill impairment test as of October 1, 2025, "
             "and the fair value of the Logistics reporting unit exceeded its carrying value.")
    pdf.heading("ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK", anchor="item7a")
    pdf.para("We are exposed to commodity price risk from diesel fuel and to interest rate risk on our variable-rate "
             "term loan and revolver. Based on expected 2026 fuel consumption, and excluding the offsetting effect "
             "of fuel surcharges, a $0.10 per gallon increase in the price of diesel would increase annual fuel "
             "expense by approximately $4.3 million. A one percentage point increase in interest rates on our "
             "variable-rate debt outstanding at December 31, 2025 would increase annual interest expense by "
             "approximately {rate} million.",
             rate=F("liq.rate_sens", 1, "0.001", "$"))


def statements(pdf: FilingPDF):
    pdf.add_page()
    pdf.heading("ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", anchor="item8")
    pdf.para("Report of Independent Registered Public Accounting Firm", style="B", align="L")
    pdf.para("To the Stockholders and Board of Directors of Brindlecoast Carriers, Inc.: We have audited the "
             "accompanying consolidated balance sheets of Brindlecoast Carriers, Inc. and subsidiaries as of "
             "December 31, 2025 and 2024, the related consolidated statements of operations, stockholders' equity "
             "and cash flows for each of the years in the three-year period ended December 31, 2025, and the related "
             "notes. In our opinion, the consolidated financial statements present fairly, in all material respects, "
             "the financial position of the Company as of December 31, 2025 and 2024, and the results of its "
             "operations and its cash flows for each of the years in the three-year period ended December 31, 2025, "
             "in conformity with U.S. generally accepted accounting principles.")
    pdf.para("Critical audit matter - self-insured auto liability claims. As discussed in Note 1, the Company "
             "records accruals for the estimated cost of auto liability claims, including claims incurred but not "
             "reported. Auditing the accrual involved especially subjective judgment because of the uncertainty in "
             "the ultimate settlement of large claims. We involved actuarial specialists to assist in evaluating the "
             "methods and assumptions used by management.")
    pdf.para("/s/ Harwell Penney LLP - We have served as the Company's auditor since 2012. Saddlemere, Kestova, "
             "February 20, 2026.", style="I")
    pdf.add_page()
    pdf.table(Table(
        tag="is", title="BRINDLECOAST CARRIERS, INC.\nCONSOLIDATED STATEMENTS OF OPERATIONS",
        unit_line="(In thousands, except per share data)", cols=["2025", "2024", "2023"],
        groups=[("Year Ended December 31", 3)],
        rows=[
            head("Operating revenue:"),
            r("Revenue, excluding fuel surcharge", "is.rev_base", indent=1, dollar=True),
            r("Fuel surcharge", "is.fsc", indent=1),
            r("Total operating revenue", "is.revenue", kind="sub", indent=2),
            head("Operating expenses:"),
            r("Salaries, wages and benefits", "is.salaries", indent=1),
            r("Fuel", "is.fuel", indent=1),
            r("Operations and maintenance", "is.maint", indent=1),
            r("Insurance and claims", "is.insurance", indent=1),
            r("Operating taxes and licenses", "is.optaxes", indent=1),
            r("Purchased transportation", "is.purch_trans", indent=1),
            r("Depreciation and amortization", "is.dna", indent=1),
            r("Selling, general and administrative", "is.sga", indent=1),
            r("Gain on disposal of property and equipment, net", "is.gain_sale", indent=1),
            r("Impairment of long-lived assets", "is.impairment", indent=1),
            r("Total operating expenses", "is.opex", kind="sub", indent=2),
            r("Operating income", "is.op_income"),
            head("Other expense (income):"),
            r("Interest expense, net", "is.interest", indent=1),
            r("Other (income) expense, net", "is.other_exp", indent=1),
            r("Income before income taxes", "is.pretax", kind="sub"),
            r("Income tax expense", "is.tax"),
            r("Net income", "is.net_income", kind="total", dollar=True),
            Row("", kind="blank"),
            head("Earnings per share:"),
            r("Basic", "eps.basic", indent=1, decimals=2, dollar=True),
            r("Diluted", "eps.diluted", indent=1, decimals=2, dollar=True),
            head("Weighted average shares outstanding:"),
            r("Basic", "eps.basic_sh", indent=1),
            r("Diluted", "eps.diluted_sh", indent=1),
            r("Cash dividends declared per share", "div.per_share", decimals=2, dollar=True),
        ]))
    pdf.set_font("LibSerif", "I", 8.5)
    pdf.cell(0, 4, "See accompanying notes to consolidated financial statements.", align="C", new_x="LMARGIN",
             new_y="NEXT")

    pdf.add_page()
    pdf.table(Table(
        tag="bs", title="BRINDLECOAST CARRIERS, INC.\nCONSOLIDATED BALANCE SHEETS",
        unit_line="(In thousands, except share and per share data)", cols=["2025", "2024"],
        groups=[("December 31", 2)], col_w=24,
        rows=[
            head("ASSETS"),
            head("Current assets:"),
            r("Cash and cash equivalents", "bs.cash", BS, indent=1, dollar=True),
            r("Accounts receivable, net of allowance for credit losses of $1,204 and $1,388, respectively", "bs.ar",
              BS, indent=1),
            r("Prepaid expenses and other current assets", "bs.prepaid", BS, indent=1),
            r("Inventories and supplies", "bs.supplies", BS, indent=1),
            r("Income taxes receivable", "bs.tax_recv", BS, indent=1),
            r("Total current assets", "bs.cur_assets", BS, kind="sub", indent=2),
            r("Property and equipment, net (Note 2)", "ppe.net", BS),
            r("Operating lease right-of-use assets", "bs.rou", BS),
            r("Goodwill", "bs.goodwill", BS),
            r("Intangible assets, net", "bs.intangibles", BS),
            r("Other noncurrent assets", "bs.other_assets", BS),
            r("Total assets", "bs.total_assets", BS, kind="total", dollar=True),
            head("LIABILITIES AND STOCKHOLDERS' EQUITY"),
            head("Current liabilities:"),
            r("Accounts payable", "bs.ap", BS, indent=1, dollar=True),
            r("Accrued salaries, wages and benefits", "bs.accrued_wages", BS, indent=1),
            r("Claims accruals, current portion", "bs.claims_cur", BS, indent=1),
            r("Current portion of long-term debt (Note 3)", "debt.current_pos", BS, indent=1),
            r("Current portion of operating lease liabilities", "bs.oplease_cur", BS, indent=1),
            r("Other accrued liabilities", "bs.other_accrued", BS, indent=1),
            r("Total current liabilities", "bs.cur_liab", BS, kind="sub", indent=2),
            r("Long-term debt, net of current portion (Note 3)", "debt.lt", BS),
            r("Operating lease liabilities, net of current portion", "bs.oplease_lt", BS),
            r("Claims accruals, net of current portion", "bs.claims_lt", BS),
            r("Deferred income taxes", "bs.deferred_tax", BS),
            r("Other long-term liabilities", "bs.other_ltl", BS),
            r("Total liabilities", "bs.total_liab", BS, kind="sub"),
            Row("Commitments and contingencies (Note 8)", None),
            head("Stockholders' equity:"),
            Row("Preferred stock, $0.01 par value; 10,000,000 shares authorized; none issued", ["zero", "zero"],
                indent=1),
            r("Common stock, $0.01 par value; 200,000,000 shares authorized; 71,204,000 shares issued", "eq.cs", BS,
              indent=1),
            r("Additional paid-in capital", "eq.apic", BS, indent=1),
            r("Retained earnings", "eq.re", BS, indent=1),
            r("Treasury stock, at cost; 9,223,000 and 8,744,000 shares, respectively", "eq.ts", BS, indent=1),
            r("Total stockholders' equity", "eq.total", BS, kind="sub", indent=2),
            r("Total liabilities and stockholders' equity", "bs.total_le", BS, kind="total", dollar=True),
        ]))
    pdf.set_font("LibSerif", "I", 8.5)
    pdf.cell(0, 4, "See accompanying notes to consolidated financial statements.", align="C", new_x="LMARGIN",
             new_y="NEXT")

    pdf.add_page()
    pdf.table(Table(
        tag="cf", title="BRINDLECOAST CARRIERS, INC.\nCONSOLIDATED STATEMENTS OF CASH FLOWS",
        unit_line="(In thousands)", cols=["2025", "2024", "2023"], groups=[("Year Ended December 31", 3)],
        rows=[
            head("Cash flows from operating activities:"),
            r("Net income", "is.net_income", indent=1, dollar=True),
            head("Adjustments to reconcile net income to net cash provided by operating activities:", indent=1),
            r("Depreciation and amortization", "is.dna", indent=2),
            r("Gain on disposal of property and equipment, net", "is.gain_sale", indent=2),
            r("Deferred income taxes", "cf.deferred_tax", indent=2),
            r("Stock-based compensation", "cf.sbc", indent=2),
            r("Impairment of long-lived assets", "is.impairment", indent=2),
            head("Changes in operating assets and liabilities:", indent=1),
            r("Accounts receivable", "cf.ar", indent=2),
            r("Prepaid expenses, supplies and other assets", "cf.prepaid", indent=2),
            r("Accounts payable", "cf.ap", indent=2),
            r("Accrued liabilities and claims accruals", "cf.accrued", indent=2),
            r("Net cash provided by operating activities", "cf.cfo", kind="sub", indent=3),
            head("Cash flows from investing activities:"),
            r("Purchases of property and equipment", "cf.capex", indent=1),
            r("Proceeds from sales of property and equipment", "cf.proceeds", indent=1),
            r("Acquisition of business, net of cash acquired", "cf.acquisition", indent=1),
            r("Other investing activities", "cf.other_inv", indent=1),
            r("Net cash used in investing activities", "cf.cfi", kind="sub", indent=3),
            Row("Cash flows from financing activities:", None, kind="head", break_before=True),
            r("Borrowings under revolving credit facility", "cf.revolver_borrow", indent=1),
            r("Repayments under revolving credit facility", "cf.revolver_repay", indent=1),
            r("Repayments of term loan", "cf.term_repay", indent=1),
            r("Dividends paid", "cf.dividends", indent=1),
            r("Repurchases of common stock", "cf.repurchase", indent=1),
            r("Shares withheld for employee taxes on vested restricted stock", "cf.withheld", indent=1),
            r("Net cash (used in) provided by financing activities", "cf.cff", kind="sub", indent=3),
            r("Net (decrease) increase in cash and cash equivalents", "cf.net_change"),
            r("Cash and cash equivalents, beginning of year", "cf.cash_begin"),
            r("Cash and cash equivalents, end of year", "cf.cash_end", kind="total", dollar=True),
            Row("", kind="blank"),
            head("Supplemental disclosures:"),
            r("Cash paid for interest", "cf.int_paid", indent=1, dollar=True),
            r("Cash paid for income taxes, net of refunds", "cf.tax_paid", indent=1),
            r("Right-of-use assets obtained in exchange for operating lease liabilities", "cf.rou_new", indent=1),
        ]))
    pdf.para("The accompanying notes are an integral part of these consolidated financial statements. Cash paid for "
             "interest excludes amounts capitalized, which were not material in any year presented.", size=8.5)

    pdf.add_page()
    eq_cols = ["Shares\nOutstanding", "Common\nStock", "Additional\nPaid-in\nCapital", "Retained\nEarnings",
               "Treasury\nStock", "Total\nEquity"]
    rows: list[Row] = []

    def balance(label: str, y: str) -> Row:
        return Row(label, [f"eq.{c}.{y}" for c in ("sh", "cs", "apic", "re", "ts", "total")], kind="sub",
                   dollar=(1, 2, 3, 4, 5))

    rows.append(Row("Balance at December 31, 2022", [f"eq.{c}.2022" for c in ("sh", "cs", "apic", "re", "ts",
                                                                              "total")], dollar=(1, 2, 3, 4, 5)))
    for y in reversed(YEARS):
        rows += [
            Row("Net income", [None, None, None, f"eq.ni.{y}", None, f"eq.ni.{y}"], indent=1),
            Row("Cash dividends declared ($0.16 per share)",
                [None, None, None, f"eq.div.{y}", None, f"eq.div.{y}"], indent=1),
            Row("Stock-based compensation", [None, None, f"eq.sbc.{y}", None, None, f"eq.sbc.{y}"], indent=1),
            Row("Restricted stock vested, net of shares withheld for taxes",
                [f"eq.sh_vested.{y}", None, f"eq.withheld.{y}", None, None, f"eq.withheld.{y}"], indent=1),
            Row("Repurchases of common stock", [f"eq.sh_repurch.{y}", None, None, None, f"eq.repurch.{y}",
                                                f"eq.repurch.{y}"], indent=1),
            balance(f"Balance at December 31, {y}", y),
        ]
    pdf.table(Table(
        tag="eq", title="BRINDLECOAST CARRIERS, INC.\nCONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY",
        unit_line="(In thousands)", cols=eq_cols, col_header_lines=3, col_w=18.5, rows=rows))


def notes(pdf: FilingPDF):
    pdf.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", size=11, align="C")
    pdf.heading("1. Summary of Significant Accounting Policies", size=10, space=1)
    pdf.para("Basis of presentation. The consolidated financial statements include the accounts of Brindlecoast "
             "Carriers, Inc. and its wholly owned subsidiaries. Intercompany balances and transactions have been "
             "eliminated. Revenue is recognized over time as freight moves from origin to destination; fuel "
             "surcharge revenue is recognized with the related linehaul revenue. Property and equipment is "
             "depreciated on a straight-line basis to estimated salvage values over lives of four to ten years for "
             "revenue equipment and up to thirty years for buildings. Claims accruals represent the estimated "
             "uninsured portion of pending claims plus an estimate of claims incurred but not reported.")
    pdf.heading("2. Property and Equipment", size=10, space=1)
    pdf.table(Table(
        tag="ppe", unit_line="(In thousands)", cols=["2025", "2024"], groups=[("December 31", 2)], col_w=24,
        rows=[
            r("Land", "ppe.land", BS, dollar=True),
            r("Buildings and improvements", "ppe.buildings", BS),
            r("Revenue equipment", "ppe.revenue_eq", BS),
            r("Service, office and other equipment", "ppe.service_eq", BS),
            r("Property and equipment, at cost", "ppe.gross", BS, kind="sub"),
            r("Less: accumulated depreciation", "ppe.accum", BS),
            r("Property and equipment, net", "ppe.net", BS, kind="total", dollar=True),
        ]))
    pdf.para("Depreciation expense was {d25} thousand, {d24} thousand and {d23} thousand in 2025, 2024 and 2023, "
             "respectively, and amortization of acquired intangible assets was {a25} thousand in 2025. In 2024 we "
             "recorded an impairment charge of {imp} thousand to write down older trailers held for sale to fair "
             "value less cost to sell.",
             d25=F("dna.depr.2025", 0, prefix="$"), d24=F("dna.depr.2024", 0, prefix="$"),
             d23=F("dna.depr.2023", 0, prefix="$"), a25=F("dna.amort.2025", 0, prefix="$"),
             imp=F("is.impairment.2024", 0, prefix="$"))
    pdf.heading("3. Debt", size=10, space=1)
    pdf.table(Table(
        tag="debt", unit_line="(In thousands)", cols=["2025", "2024"], groups=[("December 31", 2)], col_w=24,
        rows=[
            r("Term loan, due March 2028, variable rate (6.02% at December 31, 2025)", "debt.term", BS, dollar=True),
            r("Revolving credit facility, due March 2029, variable rate", "debt.revolver", BS),
            r("Total principal outstanding", "debt.principal", BS, kind="sub"),
            r("Less: unamortized debt issuance costs", "debt.costs", BS),
            r("Total debt, net", "debt.net", BS, kind="sub"),
            r("Less: current portion of long-term debt", "debt.current", BS),
            r("Long-term debt, net of current portion", "debt.lt", BS, kind="total", dollar=True),
        ]))
    pdf.para("The term loan amortizes in quarterly installments of $6,875 thousand with the remaining balance due "
             "at maturity. Borrowings bear interest at the secured overnight financing rate plus a margin of 1.25% "
             "to 2.00% based on our leverage ratio. Scheduled principal maturities at December 31, 2025 were as "
             "follows (in thousands):")
    pdf.table(Table(
        tag="mat", cols=["Amount"], col_w=28, label_w=60,
        rows=[Row("2026", ["mat.2026"], dollar=True), Row("2027", ["mat.2027"]), Row("2028", ["mat.2028"]),
              Row("2029", ["mat.2029"]), Row("2030", ["mat.2030"]), Row("Thereafter", ["mat.after"]),
              Row("Total", ["mat.total"], kind="total", dollar=True)]))
    pdf.heading("4. Leases", size=10, space=1)
    pdf.para("We lease terminals, drop yards, office space and a small number of tractors under operating leases. "
             "Operating lease cost was {c25} thousand and {c24} thousand in 2025 and 2024, and short-term lease "
             "cost was {s25} thousand and {s24} thousand, respectively. Cash paid for amounts included in operating "
             "lease liabilities was {p25} thousand in 2025. The weighted-average remaining lease term was 4.6 years "
             "and the weighted-average discount rate was 5.4%. Maturities of operating lease liabilities at "
             "December 31, 2025 were (in thousands):",
             c25=F("lease.cost.2025", 0, prefix="$"), c24=F("lease.cost.2024", 0, prefix="$"),
             s25=F("lease.short.2025", 0, prefix="$"), s24=F("lease.short.2024", 0, prefix="$"),
             p25=F("lease.cash.2025", 0, prefix="$"))
    pdf.table(Table(
        tag="lease", cols=["Amount"], col_w=28, label_w=60,
        rows=[Row("2026", ["lease.2026"], dollar=True), Row("2027", ["lease.2027"]), Row("2028", ["lease.2028"]),
              Row("2029", ["lease.2029"]), Row("2030", ["lease.2030"]), Row("Thereafter", ["lease.after"]),
              Row("Total lease payments", ["lease.total"], kind="sub"),
              Row("Less: imputed interest", ["lease.interest"]),
              Row("Present value of lease liabilities", ["lease.pv"], kind="total", dollar=True)]))
    pdf.heading("5. Income Taxes", size=10, space=1)
    pdf.table(Table(
        tag="tax", unit_line="(In thousands)", cols=["2025", "2024", "2023"], groups=[("Year Ended December 31", 3)],
        rows=[
            head("Current:"),
            r("Federal", "tax.cur_fed", indent=1, dollar=True),
            r("State", "tax.cur_state", indent=1),
            r("Total current", "tax.cur_total", kind="sub", indent=2),
            head("Deferred:"),
            r("Federal", "tax.def_fed", indent=1),
            r("State", "tax.def_state", indent=1),
            r("Total deferred", "tax.def_total", kind="sub", indent=2),
            r("Income tax expense", "tax.total", kind="total", dollar=True),
        ]))
    pdf.para("A reconciliation of income tax expense at the federal statutory rate of 21% to recorded income tax "
             "expense follows (in thousands):")
    pdf.table(Table(
        tag="taxrate", cols=["2025", "2024", "2023"], groups=[("Year Ended December 31", 3)],
        rows=[
            r("Tax at federal statutory rate", "tax.rate_stat", dollar=True),
            r("State income taxes, net of federal benefit", "tax.rate_state"),
            r("Nondeductible driver per diem and other permanent items", "tax.rate_perdiem"),
            r("Tax credits", "tax.rate_credits"),
            r("Other, net", "tax.rate_other"),
            r("Income tax expense", "tax.total", kind="total", dollar=True),
            r("Effective income tax rate", "tax.etr", decimals=1, suffix="%"),
        ]))
    pdf.heading("6. Earnings Per Share", size=10, space=1)
    pdf.table(Table(
        tag="epsnote", unit_line="(In thousands, except per share data)", cols=["2025", "2024", "2023"],
        groups=[("Year Ended December 31", 3)],
        rows=[
            r("Net income", "is.net_income", dollar=True),
            r("Weighted average common shares outstanding - basic", "eps.basic_sh"),
            r("Effect of dilutive restricted stock units", "eps.dilutive"),
            r("Weighted average common shares outstanding - diluted", "eps.diluted_sh", kind="sub"),
            r("Basic earnings per share", "eps.basic", decimals=2, dollar=True),
            r("Diluted earnings per share", "eps.diluted", decimals=2, dollar=True),
        ]))
    pdf.heading("7. Segment Information", size=10, space=1)
    pdf.para("Our chief operating decision maker, the Chief Executive Officer, evaluates segment performance using "
             "revenue and operating income. Corporate and other includes unallocated corporate overhead, severance, "
             "impairment charges and the results of our insurance captive. Intersegment revenue consists of "
             "Logistics loads hauled by the Truckload segment.")
    pdf.table(Table(
        tag="segnote", unit_line="(In thousands)", cols=["2025", "2024", "2023"],
        groups=[("Year Ended December 31", 3)],
        rows=[
            head("Revenue:"),
            r("Truckload", "seg.tl_rev", indent=1, dollar=True),
            r("Logistics", "seg.log_rev", indent=1),
            r("Intersegment eliminations", "seg.elim", indent=1),
            r("Total operating revenue", "is.revenue", kind="sub", indent=2, dollar=True),
            head("Operating income (loss):"),
            r("Truckload", "seg.tl_oi", indent=1, dollar=True),
            r("Logistics", "seg.log_oi", indent=1),
            r("Corporate and other", "seg.corp_oi", indent=1),
            r("Total operating income", "is.op_income", kind="sub", indent=2, dollar=True),
            head("Depreciation and amortization:"),
            r("Truckload", "seg.tl_dna", indent=1, dollar=True),
            r("Logistics", "seg.log_dna", indent=1),
            r("Corporate and other", "seg.corp_dna", indent=1),
            r("Total depreciation and amortization", "is.dna", kind="sub", indent=2, dollar=True),
            head("Capital expenditures:"),
            r("Truckload", "seg.tl_capex", indent=1, dollar=True),
            r("Logistics", "seg.log_capex", indent=1),
            r("Corporate and other", "seg.corp_capex", indent=1),
            r("Total capital expenditures", "cf.capex_neg", kind="sub", indent=2, dollar=True),
        ]))
    pdf.heading("8. Commitments and Contingencies", size=10, space=1)
    pdf.para("At December 31, 2025, we had commitments to purchase revenue equipment of {po} thousand, net of "
             "expected trade-in values, substantially all of which will be paid in 2026. We had outstanding standby "
             "letters of credit of {lc} thousand, primarily supporting our self-insurance programs.",
             po=F("co.purchase.all", 0, prefix="$"), lc=F("revolver.lc", 0, prefix="$"))


def back(pdf: FilingPDF):
    pdf.add_page()
    pdf.heading("ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL DISCLOSURE",
                anchor="item9")
    pdf.para("None.")
    pdf.heading("ITEM 9A. CONTROLS AND PROCEDURES", anchor="item9a")
    pdf.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of December 31, 2025. Management assessed the effectiveness of internal "
             "control over financial reporting using the criteria of the 2013 Internal Control - Integrated "
             "Framework and concluded that it was effective. There were no changes in internal control during the "
             "fourth quarter of 2025 that materially affected, or are reasonably likely to materially affect, "
             "internal control over financial reporting.")
    pdf.add_page()
    pdf.heading("PART III", size=12, align="C", anchor="p3")
    pdf.heading("ITEMS 10-14", anchor="items10")
    pdf.para("The information required by Items 10 through 14 is incorporated by reference from our definitive proxy "
             "statement for the 2026 annual meeting of stockholders.")
    pdf.heading("PART IV", size=12, align="C", anchor="p4")
    pdf.heading("ITEM 15. EXHIBITS AND FINANCIAL STATEMENT SCHEDULES", anchor="item15")
    pdf.para("The consolidated financial statements are included in Item 8. Financial statement schedules are "
             "omitted because they are not applicable or the required information is included in the notes.")
    for exhibit in ("3.1   Amended and Restated Certificate of Incorporation",
                    "3.2   Amended and Restated Bylaws",
                    "4.1   Description of Securities",
                    "10.1  Credit Agreement dated March 14, 2023, among the Company, the lenders party thereto and "
                    "Fallowmere Bank, N.A., as administrative agent, as amended",
                    "10.2  2018 Omnibus Incentive Plan, as amended*",
                    "10.3  Form of Restricted Stock Unit Award Agreement*",
                    "21.1  Subsidiaries of the Registrant",
                    "23.1  Consent of Harwell Penney LLP",
                    "31.1  Certification of the Chief Executive Officer pursuant to Rule 13a-14(a)",
                    "31.2  Certification of the Chief Financial Officer pursuant to Rule 13a-14(a)",
                    "32.1  Certifications pursuant to 18 U.S.C. Section 1350",
                    "97.1  Incentive Compensation Recovery Policy",
                    "101   Inline XBRL documents",
                    "*     Management contract or compensatory plan"):
        pdf.para(exhibit, size=9, align="L")
    pdf.heading("SIGNATURES", anchor="sig")
    pdf.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on February 20, 2026.")
    pdf.para("BRINDLECOAST CARRIERS, INC.   By: /s/ Odessa Varnell, President and Chief Executive Officer   "
             "By: /s/ Tobias Lindqvane, Executive Vice President and Chief Financial Officer", align="L")


def extra_figures(f: dict) -> dict:
    """Text-only figures derived for MD&A prose."""
    f = dict(f)
    f["ops.tractor_decline"] = f["ops.tractors.2024"] - f["ops.tractors.2025"]
    f["liq.net_capex.2025"] = -(f["cf.capex.2025"] + f["cf.proceeds.2025"])
    f["liq.rate_sens"] = f["debt.principal.2025"] / 100
    f["zero"] = Decimal(0)
    return f


def render(data: dict, toc_labels: dict[str, str] | None = None) -> FilingPDF:
    pdf = FilingPDF(STYLE, extra_figures(data), toc_labels)
    pdf.set_title("Brindlecoast Carriers, Inc. Form 10-K 2025")
    pdf.set_author("Brindlecoast Carriers, Inc.")
    cover(pdf)
    contents(pdf)
    part1(pdf)
    part2_front(pdf)
    mdna(pdf)
    statements(pdf)
    pdf.add_page()
    notes(pdf)
    back(pdf)
    return pdf
