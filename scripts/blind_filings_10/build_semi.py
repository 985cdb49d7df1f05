"""Typesets the Tessaline Semiconductor fiscal 2025 Form 10-K from model_semi values (formatting only)."""

from fractions import Fraction as F

import kit
from fpdf.enums import XPos, YPos
from kit import EM, R, num, pct, plain, table

DOC_NAME = "TESSALINE_2025_10K"
Y = ["FY25", "FY24", "FY23"]
YE = {"FY25": "January 31, 2026", "FY24": "January 25, 2025", "FY23": "January 27, 2024"}
YH = {"FY25": "Jan. 31,\n2026", "FY24": "Jan. 25,\n2025", "FY23": "Jan. 27,\n2024"}
FYL = {"FY25": "Fiscal 2025", "FY24": "Fiscal 2024", "FY23": "Fiscal 2023"}
AUDITOR = "Brightwater & Kell LLP"
HQ = "Corvell Bay, California"


def _header(pdf):
    pdf.set_font("LSerif", "I", 7.5)
    pdf.set_xy(pdf.l_margin, 9)
    pdf.cell(0, 4, "Tessaline Semiconductor Corporation")
    pdf.set_xy(pdf.l_margin, 9)
    pdf.cell(0, 4, "Annual Report on Form 10-K \u2014 Fiscal 2025", align="R")
    pdf.set_line_width(0.3)
    pdf.line(pdf.l_margin, 14, pdf.w - pdf.r_margin, 14)
    pdf.set_line_width(0.1)
    pdf.line(pdf.l_margin, 14.8, pdf.w - pdf.r_margin, 14.8)


def _footer(pdf, lab):
    pdf.set_y(-13)
    pdf.set_font("LSerif", "", 8.5)
    pdf.cell(0, 4, lab, align="C")


def _heading(pdf, text, level):
    if level == 1:
        pdf.need(22)
        pdf.ln(1.5)
        pdf.set_font("LSerif", "B", 11)
        pdf.cell(0, 6, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    elif level == 2:
        pdf.need(16)
        pdf.ln(1)
        pdf.set_font("LSerif", "B", 10)
        pdf.cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)
    else:
        pdf.need(12)
        pdf.set_font("LSerif", "BI", 9.5)
        pdf.cell(0, 4.8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.4)


STYLE = dict(
    company="Tessaline Semiconductor Corporation",
    title="Form 10-K fiscal 2025",
    fonts={
        "LSerif": {
            "": "liberation/LiberationSerif-Regular.ttf",
            "B": "liberation/LiberationSerif-Bold.ttf",
            "I": "liberation/LiberationSerif-Italic.ttf",
            "BI": "liberation/LiberationSerif-BoldItalic.ttf",
        }
    },
    body="LSerif",
    size=9.5,
    lh=0.47,
    pgap=1.8,
    lm=22,
    rm=22,
    tm=19,
    bm=18,
    tfont="LSerif",
    tsize=8.6,
    trh=0.47,
    tgap=3.0,
    title_align="C",
    thead_fill=None,
    header=_header,
    footer=_footer,
    heading=_heading,
)


def d(x, dec=0):
    return num(x, dec)


def yoy(a, b):
    return F(a - b, b)


def render(m, toc):
    pdf = kit.Doc(STYLE)
    pdf.toc = toc
    cf = m.cf
    b1, b0 = m.b["FY25"], m.b["FY24"]
    # ------------------------------------------------------------------ cover
    pdf.add_page()
    pdf.set_font("LSerif", "B", 12)
    pdf.cell(0, 6, "UNITED STATES", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSerif", "", 10)
    pdf.cell(0, 5, "Washington, D.C. 20549", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("LSerif", "B", 16)
    pdf.cell(0, 8, "FORM 10-K", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.para(
        "[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=9.5, sty="B"
    )
    pdf.para(f"For the fiscal year ended {YE['FY25']}", align="C")
    pdf.para("[ ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", size=9.5)
    pdf.para("Commission File Number 001-48217", align="C")
    pdf.ln(3)
    pdf.set_font("LSerif", "B", 20)
    pdf.cell(0, 10, "TESSALINE SEMICONDUCTOR CORPORATION", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSerif", "I", 9.5)
    pdf.cell(
        0, 5, "(Exact name of registrant as specified in its charter)", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(3)
    pdf.para("Delaware (State of incorporation)        84-3120577 (I.R.S. Employer Identification No.)", align="C")
    pdf.para(f"4100 Halyard Point Drive, {HQ} 95187  \u2014  (408) 555-0140", align="C")
    pdf.para(
        "Securities registered pursuant to Section 12(b) of the Act: Common Stock, $0.001 par value per share, "
        f"trading symbol {m.ticker}, Continental Securities Exchange",
        align="C",
    )
    pdf.ln(2)
    pdf.para(
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of "
        "the Securities Act.  Yes [X]  No [ ]",
        size=8.5,
    )
    pdf.para(
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by "
        "Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has "
        "been subject to such filing requirements for the past 90 days.  Yes [X]  No [ ]",
        size=8.5,
    )
    pdf.para(
        "Large accelerated filer [X]   Accelerated filer [ ]   Non-accelerated filer [ ]   "
        "Smaller reporting company [ ]   Emerging growth company [ ]",
        size=8.5,
    )
    pdf.para(
        "The aggregate market value of the voting stock held by non-affiliates of the registrant, based on the "
        "closing price of the common stock on August 1, 2025, the last business day of the registrant's most "
        "recently completed second fiscal quarter, was approximately $52.6 billion.",
        size=8.5,
    )
    pdf.para(
        f"The number of shares of the registrant's common stock outstanding as of March 6, 2026 was "
        f"{plain(m.sh_end['FY25'] * 1000 - 412650)}.",
        size=8.5,
    )
    pdf.para(
        "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its "
        "2026 Annual Meeting of Stockholders are incorporated by reference into Part III.",
        size=8.5,
    )
    # ------------------------------------------------------------------ TOC
    pdf.add_page()
    pdf.show_header = True
    pdf.heading("TABLE OF CONTENTS", 1)
    entries = [
        ("PART I", None, None),
        ("Item 1.", "Business", "i1"),
        ("Item 1A.", "Risk Factors", "i1a"),
        ("Item 1B.", "Unresolved Staff Comments", "i1b"),
        ("Item 1C.", "Cybersecurity", "i1b"),
        ("Item 2.", "Properties", "i2"),
        ("Item 3.", "Legal Proceedings", "i3"),
        ("Item 4.", "Mine Safety Disclosures", "i3"),
        ("PART II", None, None),
        (
            "Item 5.",
            "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer "
            "Purchases of Equity Securities",
            "i5",
        ),
        ("Item 6.", "[Reserved]", "i5"),
        ("Item 7.", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "i7"),
        ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk", "i7a"),
        ("Item 8.", "Financial Statements and Supplementary Data", "i8"),
        ("Item 9.", "Changes in and Disagreements with Accountants", "i9"),
        ("Item 9A.", "Controls and Procedures", "i9"),
        ("PART III", None, None),
        ("Items 10\u201314.", "Directors, Executive Compensation, Ownership, Relationships, Accountant Fees", "i10"),
        ("PART IV", None, None),
        ("Item 15.", "Exhibits and Financial Statement Schedules", "i10"),
        ("", "Index to Consolidated Financial Statements", "f_index"),
    ]
    for item, title, key in entries:
        if title is None:
            pdf.ln(1.5)
            pdf.set_font("LSerif", "B", 9.5)
            pdf.cell(0, 5.2, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        pdf.set_font("LSerif", "", 9.5)
        pdf.cell(22, 5.2, item)
        t = title if len(title) < 95 else title[:92] + "\u2026"
        pdf.cell(130, 5.2, t)
        pdf.cell(0, 5.2, toc.get(key, "00"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.para(
        "Unless the context requires otherwise, references to \u201cTessaline,\u201d \u201cthe Company,\u201d "
        "\u201cwe,\u201d \u201cus\u201d and \u201cour\u201d refer to Tessaline Semiconductor Corporation and its "
        "consolidated subsidiaries. Our fiscal year is the 52- or 53-week period ending on the last Saturday of "
        "January. Fiscal 2025 was a 53-week year that ended on January 31, 2026; fiscal 2024 and fiscal 2023 "
        "were 52-week years that ended on January 25, 2025 and January 27, 2024, respectively.",
        size=8.8,
    )
    pdf.para(
        "FORWARD-LOOKING STATEMENTS. This report contains forward-looking statements within the meaning of "
        "the Private Securities Litigation Reform Act of 1995, including statements about end-market demand, "
        "gross margin, operating expenses, capital return and the availability of foundry capacity. Actual "
        "results could differ materially from those anticipated because of the factors described under "
        "\u201cRisk Factors\u201d and elsewhere in this report.",
        size=8.8,
    )

    # ------------------------------------------------------------------ PART I
    pdf.set_mode("arabic")
    pdf.add_page()
    pdf.heading("PART I", 1)
    pdf.mark("i1")
    pdf.heading("Item 1. Business", 2)
    pdf.para(
        f"Tessaline designs, develops and sells high-performance analog, mixed-signal and interconnect "
        f"semiconductors. We are a fabless company: we outsource wafer fabrication, assembly and test to "
        f"third-party manufacturers, which allows us to focus our capital on design, intellectual property and "
        f"customer engagement. We were incorporated in 2004 and are headquartered in {HQ}. Our products "
        f"include high-speed SerDes retimers and optical drivers, power-management integrated circuits, "
        f"precision data converters, isolated gate drivers, battery monitors and low-power wireless "
        f"controllers, sold under the Tessaline, Quillon and Lumivane brands.",
        align="J",
    )
    pdf.heading("End markets", 3)
    pdf.para(
        f"We report revenue in four end markets. Data center, our largest end market, includes retimers, "
        f"optical transceiver drivers and multiphase power stages used in AI accelerator servers, switches and "
        f"storage systems. Automotive includes battery management, gate drivers for traction inverters and "
        f"in-vehicle networking. Industrial includes data converters, isolation and motor control products for "
        f"factory automation, test and measurement, medical and energy infrastructure. Consumer includes "
        f"power management and connectivity products for wearables, personal computers and smart-home "
        f"devices. In fiscal 2025, data center revenue grew to {kit.money_prose(m.rev_em['Data center']['FY25'])} "
        f"while industrial and consumer revenue declined as customers reduced inventory.",
        align="J",
    )
    rows = []
    for e in m.endmk:
        rows.append(R(e, [pct(F(m.rev_em[e][y], m.rev[y]), 0) for y in Y]))
    rows.append(R("Total", [pct(1, 0)] * 3, bold=True, top=True))
    table(
        pdf,
        "Revenue by End Market as a Percentage of Total Revenue",
        [[(FYL[y], 1) for y in Y]],
        rows,
        label_w=70,
        col_w=26,
    )
    pdf.heading("Customers, distributors and sales channels", 3)
    pdf.para(
        f"We sell through a direct sales force and through a network of distributors and manufacturers' "
        f"representatives. Sales through distributors were {kit.money_prose(m.rev_dist['FY25'])}, or "
        f"{pct(F(m.rev_dist['FY25'], m.rev['FY25']), 0)} of revenue, in fiscal 2025, compared with "
        f"{pct(F(m.rev_dist['FY24'], m.rev['FY24']), 0)} in fiscal 2024. Our largest distributor, Kestrel Ridge "
        f"Components, accounted for {pct(F(m.cust_kestrel['FY25'], m.rev['FY25']), 0)}, "
        f"{pct(F(m.cust_kestrel['FY24'], m.rev['FY24']), 0)} and {pct(F(m.cust_kestrel['FY23'], m.rev['FY23']), 0)} "
        f"of revenue in fiscal 2025, 2024 and 2023, respectively. Arvonne Systems, a manufacturer of "
        f"accelerator servers and a direct customer, accounted for {pct(F(m.cust_arvonne['FY25'], m.rev['FY25']), 0)} "
        f"of revenue in fiscal 2025 and {pct(F(m.cust_arvonne['FY24'], m.rev['FY24']), 0)} in fiscal 2024, and "
        f"less than 10% in fiscal 2023. No other customer accounted for 10% or more of revenue in any period "
        f"presented. Our top ten end customers, including sales through distributors, accounted for "
        f"approximately 44% of revenue in fiscal 2025.",
        align="J",
    )
    pdf.para(
        "Our distribution agreements generally provide price protection and limited stock-rotation rights. We "
        "recognize revenue on sales to distributors when control transfers, net of estimated price "
        "adjustments and returns. Kestrel Ridge Components accounted for 21% of accounts receivable, net, at "
        "the end of fiscal 2025.",
        align="J",
    )
    pdf.heading("Manufacturing and foundry suppliers", 3)
    pdf.para(
        "We rely on independent foundries for wafer fabrication. Taivane Semiconductor Foundry manufactures "
        "substantially all of our advanced-node digital and SerDes products, and Ostrel Wafer Works supplies "
        "most of our analog and BCD process wafers from its 200mm and 300mm fabs. Assembly and test services "
        "are provided principally by Brenmoor Assembly & Test and by our own final-test operation in the "
        "Penhallow Industrial District. To secure capacity we enter into multi-year wafer supply agreements that "
        f"include noncancellable purchase commitments; at the end of fiscal 2025 these commitments totaled "
        f"{kit.money_prose(m.wafer_commit)}, of which {kit.money_prose(m.co['Wafer purchase commitments'][1])} "
        f"is due in fiscal 2026.",
        align="J",
    )
    pdf.heading("Products and technology", 3)
    pdf.para(
        "Our interconnect portfolio includes PCIe and CXL retimers, Ethernet SerDes physical-layer devices and "
        "linear drivers and transimpedance amplifiers for 800G and 1.6T optical modules. Our power portfolio "
        "includes multiphase controllers and smart power stages that deliver more than 1,000 amperes to "
        "accelerator packages, battery-management and protection devices, and isolated gate drivers for "
        "silicon-carbide inverters. Our signal-chain portfolio includes precision analog-to-digital converters, "
        "reference voltages and isolated interfaces. Most products are designed on mature analog process nodes "
        "that remain in production for ten years or longer, while our interconnect products use advanced "
        "FinFET nodes. The average selling price of our products ranges from less than $0.50 for consumer "
        "power devices to more than $120 for optical and retimer products.",
        align="J",
    )
    pdf.para(
        "We sell more than 11,000 products to over 30,000 customers, most of which purchase through "
        "distributors. Design cycles range from six months in consumer applications to three to five years in "
        "automotive, and once designed in, our products typically ship for the life of the customer platform. "
        "We believe this design-in model and the breadth of our catalog provide resilience across the "
        "semiconductor cycle.",
        align="J",
    )
    pdf.heading("Research and development", 3)
    pdf.para(
        f"We invest heavily in research and development. R&D expense was "
        f"{kit.money_prose(m.rd['FY25'])} in fiscal 2025. Our design centers develop process technology "
        f"options jointly with our foundry partners, and we hold approximately 3,900 issued patents and "
        f"1,100 pending applications worldwide.",
        align="J",
    )
    pdf.heading("Backlog, competition and seasonality", 3)
    pdf.para(
        f"Our backlog of orders scheduled for shipment within the next twelve months was approximately "
        f"{kit.money_prose(m.backlog)} at the end of fiscal 2025. Because orders can be rescheduled or "
        f"cancelled, backlog is not necessarily indicative of future revenue. We compete with large integrated "
        f"device manufacturers and other fabless suppliers on performance, power efficiency, integration, "
        f"price, and the ability to provide design support. Consumer revenue is typically strongest in the "
        f"second half of the fiscal year.",
        align="J",
    )
    pdf.heading("Human capital", 3)
    pdf.para(
        f"As of the end of fiscal 2025 we had {plain(m.employees)} full-time employees in 14 countries, "
        f"approximately {m.employees_rd_pct}% of whom were engaged in research and development. Voluntary "
        f"attrition was 6.1% for the year. We offer equity awards to substantially all employees and an "
        f"employee stock purchase plan with a 15% discount.",
        align="J",
    )
    pdf.heading("Information about our executive officers", 3)
    rows = [
        R(a, [b, c])
        for a, b, c in [
            ("Imelda Sorvane", "President and Chief Executive Officer", "57"),
            ("Barnaby Quist", "Executive Vice President and Chief Financial Officer", "51"),
            ("Renata Okafor-Lindqvist", "Senior Vice President, Data Center Business", "48"),
            ("Tobias Welland", "Senior Vice President, Operations", "60"),
            ("Hsu Marisol Tevane", "Senior Vice President and General Counsel", "53"),
        ]
    ]
    table(pdf, None, [[("Position", 1), ("Age", 1)]], rows, label_w=50, col_w=0, col_ws=[90, 14], size=8.4)
    pdf.para(
        "Available information. We file annual, quarterly and current reports and proxy statements with the "
        "Securities and Exchange Commission, and make them available free of charge on our investor relations "
        "website as soon as reasonably practicable after filing. Information on our website is not "
        "incorporated into this report.",
        align="J",
    )
    # risk factors
    pdf.mark("i1a")
    pdf.heading("Item 1A. Risk Factors", 2)
    risks = [
        (
            "We depend on a small number of foundries, and disruption at any of them could materially harm us.",
            "Substantially all of our wafers are produced by two foundries, and a single supplier produces all of our "
            "most advanced products. If either foundry experiences a fire, earthquake, power interruption, export "
            "restriction or capacity reallocation to larger customers, we may be unable to obtain wafers in "
            "sufficient quantities or at acceptable prices. Qualifying an alternate foundry for an existing product "
            "typically takes nine to eighteen months and requires new mask sets.",
        ),
        (
            "Our wafer purchase commitments could result in excess inventory and charges if demand declines.",
            "We commit to wafer purchases up to three years in advance. If demand in any end market falls below our "
            "forecasts, as it did in industrial and consumer markets during fiscal 2025, we may hold inventory in "
            "excess of requirements, incur underutilization fees, or record inventory write-downs and losses on "
            "purchase commitments, any of which would reduce our gross margin.",
        ),
        (
            "A significant portion of our revenue comes from a limited number of customers and distributors.",
            "Our largest distributor and our largest direct customer together accounted for a substantial portion of "
            "fiscal 2025 revenue. The loss of, or a significant reduction in orders from, any of these customers, or "
            "the failure of a distributor to pay amounts owed to us, could materially reduce our revenue and cash "
            "flows. Distributors may also reduce their inventory levels without notice.",
        ),
        (
            "Demand from data center customers is concentrated and cyclical.",
            "Data center revenue has grown faster than our other end markets and now represents nearly half of total "
            "revenue. Spending on accelerator servers is concentrated among a few hyperscale operators, whose capital "
            "expenditure plans can change quickly. A pause in their purchases, a change in system architecture that "
            "eliminates retimers, or a shift to internally designed components could reduce demand for our products.",
        ),
        (
            "International trade restrictions and geopolitical tension may limit our sales and supply.",
            "A significant majority of our revenue is shipped to locations outside the United States, and our "
            "suppliers are concentrated in Asia. Export controls, tariffs, sanctions or retaliatory measures could "
            "restrict our ability to sell to certain customers, increase costs, or require us to obtain licenses that "
            "may not be granted. Tension across the region where our foundries operate could disrupt supply entirely.",
        ),
        (
            "Our gross margin may fluctuate.",
            "Gross margin depends on product and end-market mix, wafer and substrate costs, yields, the amortization "
            "of acquired intangible assets, and the absorption of fixed test costs. Price reductions to win designs, "
            "higher foundry prices, and under-utilization of capacity commitments could each reduce gross margin.",
        ),
        (
            "Acquisitions may not deliver the expected benefits.",
            "In fiscal 2024 we acquired Lumivane Photonics. Integrating acquired businesses requires significant "
            "management attention, and we may not achieve anticipated synergies. Goodwill and intangible assets "
            "represent a large share of our total assets and could become impaired.",
        ),
        (
            "Our indebtedness and capital return program could limit our flexibility.",
            "We have senior notes outstanding and a revolving credit facility. Our obligations to pay interest and "
            "principal, together with our dividend and share repurchase programs, reduce cash available for "
            "research and development and acquisitions. Changes in interest rates affect the fair value of our notes "
            "and the yield on our investment portfolio.",
        ),
        (
            "Changes in tax laws or their interpretation could increase our effective tax rate.",
            "Our effective tax rate benefits from research credits, the foreign-derived intangible income deduction "
            "and income earned in lower-tax jurisdictions. Implementation of global minimum tax rules, changes to "
            "U.S. treatment of research expenditures, or adverse outcomes of audits could increase our tax expense.",
        ),
        (
            "Cybersecurity incidents could disrupt our business and expose our intellectual property.",
            "We and our foundry, assembly and logistics partners are targets of cyberattacks. A breach could "
            "compromise our designs, disrupt order processing, or result in the loss of customer data, and our "
            "insurance may not cover all resulting losses.",
        ),
        (
            "We may be unable to attract and retain key engineering talent.",
            "Competition for experienced analog, mixed-signal and high-speed interface designers is intense. Equity "
            "compensation is an important part of our retention strategy, and declines in our stock price could "
            "reduce the retention value of outstanding awards and require additional grants, increasing dilution and "
            "stock-based compensation expense.",
        ),
        (
            "Our stock price may be volatile.",
            "The market price of our common stock has fluctuated significantly and may continue to do so in response "
            "to our results, end-market conditions, announcements by competitors or customers, and broader market "
            "conditions. We may reduce or suspend dividends or repurchases at any time.",
        ),
    ]
    for h, body in risks:
        pdf.para(h, sty="BI", gap=0.6)
        pdf.para(
            body + " " + body.split(". ")[0] + " could also affect our ability to meet our financial guidance, "
            "which may cause the market price of our common stock to decline.",
            align="J",
        )
    pdf.mark("i1b")
    pdf.heading("Item 1B. Unresolved Staff Comments", 2)
    pdf.para("None.")
    pdf.heading("Item 1C. Cybersecurity", 2)
    pdf.para(
        "Our information security program is overseen by the Audit Committee of our Board of Directors and led "
        "by our Chief Information Security Officer, who reports quarterly to the committee. The program "
        "includes risk assessments of our foundry and logistics partners, annual third-party penetration "
        "testing, and incident response exercises. We did not identify any cybersecurity incident in fiscal "
        "2025 that materially affected, or is reasonably likely to materially affect, the Company.",
        align="J",
    )
    pdf.mark("i2")
    pdf.heading("Item 2. Properties", 2)
    pdf.para(
        "The following table summarizes our principal properties at the end of fiscal 2025. We believe our "
        "facilities are suitable and adequate for our current needs."
    )
    prop = [
        ("Corvell Bay, California", "Headquarters, R&D, sales", "412", "Owned"),
        ("Marrowick, Oregon", "R&D and design center", "148", "Leased"),
        ("Penhallow Industrial District", "Final test and logistics", "226", "Leased"),
        ("Halden Science Park", "R&D and design center", "131", "Leased"),
        ("Veltrano Technopole", "Sales and applications support", "57", "Leased"),
    ]
    rows = [R(a, [b, c, e]) for a, b, c, e in prop]
    table(
        pdf,
        None,
        [[("Principal use", 1), ("Square feet\n(thousands)", 1), ("Owned /\nleased", 1)]],
        rows,
        label_w=52,
        col_w=0,
        col_ws=[58, 26, 22],
        size=8.4,
    )
    pdf.mark("i3")
    pdf.heading("Item 3. Legal Proceedings", 2)
    pdf.para(
        "We are party to various legal proceedings arising in the ordinary course of business, including "
        "patent infringement claims. We do not believe the ultimate outcome of pending matters will have a "
        "material adverse effect on our financial position. See Note 14 to the consolidated financial "
        "statements.",
        align="J",
    )
    pdf.heading("Item 4. Mine Safety Disclosures", 2)
    pdf.para("Not applicable.")

    # ------------------------------------------------------------------ PART II
    pdf.add_page()
    pdf.heading("PART II", 1)
    pdf.mark("i5")
    pdf.heading(
        "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer "
        "Purchases of Equity Securities",
        2,
    )
    pdf.para(
        f"Our common stock is traded on the Continental Securities Exchange under the symbol \u201c{m.ticker}.\u201d "
        f"As of March 6, 2026, there were {m.holders} holders of record of our common stock. We paid quarterly "
        f"cash dividends of ${plain(m.dps_q['FY25'], 2)} per share in each quarter of fiscal 2025, or "
        f"${plain(m.dps['FY25'], 2)} per share for the year, compared with ${plain(m.dps['FY24'], 2)} per share in "
        f"fiscal 2024. In March 2026 our Board of Directors increased the quarterly dividend to "
        f"${plain(m.dps_next, 2)} per share. Future dividends are subject to Board approval.",
        align="J",
    )
    pdf.heading("Issuer purchases of equity securities", 3)
    pdf.para(
        f"In March 2024 our Board authorized the repurchase of up to ${plain(m.auth_total)} million of our "
        f"common stock, with no expiration date. During fiscal 2025 we repurchased "
        f"{plain(F(m.sh_repo['FY25'], 1000), 1)} million shares for {kit.money_prose(-cf.repo['FY25'])}. The table "
        f"below presents repurchases during the fourth quarter of fiscal 2025.",
        align="J",
    )
    rows = []
    for (per, shs, px), rem in zip(m.q4_months, m.q4_remaining_c, strict=True):
        rows.append(R(per, [plain(shs), "$" + plain(F(px, 100), 2), plain(shs), "$" + plain(F(rem, 10**8), 1)]))
    rows.append(
        R(
            "Total",
            [plain(m.q4_shares), "$" + plain(F(m.q4_avg_px_c, 100), 2), plain(m.q4_shares), ""],
            bold=True,
            top=True,
        )
    )
    table(
        pdf,
        None,
        [
            [
                ("Total number\nof shares\npurchased", 1),
                ("Average\nprice paid\nper share", 1),
                ("Shares purchased\nas part of publicly\nannounced program(1)", 1),
                ("Approximate dollar value\nthat may yet be purchased\n($ in millions)", 1),
            ]
        ],
        rows,
        label_w=54,
        col_w=0,
        col_ws=[24, 22, 32, 40],
        size=8.2,
        foot=[
            "(1) All shares were purchased under the $3,000 million program announced in March 2024 through open "
            "market transactions. Periods are fiscal months."
        ],
    )
    pdf.heading("Stock performance graph", 3)
    pdf.para(
        "A comparison of the cumulative total stockholder return on our common stock with a broad market index "
        "and a semiconductor index is incorporated by reference from our 2026 proxy statement.",
        align="J",
    )
    pdf.heading("Item 6. [Reserved]", 2)

    # ------------------------------------------------------------------ MD&A
    pdf.mark("i7")
    pdf.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 2)
    pdf.heading("Overview", 3)
    pdf.para(
        f"Fiscal 2025 revenue was {kit.money_prose(m.rev['FY25'])}, an increase of "
        f"{pct(yoy(m.rev['FY25'], m.rev['FY24']))} from fiscal 2024, driven by data center demand. Fiscal "
        f"2025 included 53 weeks compared with 52 weeks in fiscal 2024; we estimate the extra week contributed "
        f"approximately $85 million of revenue. Net income was {kit.money_prose(m.ni['FY25'])}, and we "
        f"returned {kit.money_prose(-cf.repo['FY25'] - cf.dividends['FY25'])} to stockholders through "
        f"repurchases and dividends.",
        align="J",
    )
    pdf.heading("Results of operations", 3)
    pdf.para(
        "The following table sets forth our consolidated statements of operations data as a percentage of "
        "revenue for the periods indicated."
    )
    items = [
        ("Revenue", m.rev),
        ("Cost of revenue", m.cogs),
        ("Gross profit", m.gp),
        ("Research and development", m.rd),
        ("Selling, general and administrative", m.sga),
        ("Amortization of acquired intangible assets", m.amort_opex),
        ("Operating income", m.opinc),
        ("Income before income taxes", m.pretax),
        ("Net income", m.ni),
    ]
    rows = [
        R(k, [pct(F(v[y], m.rev[y])) for y in Y], bold=k in ("Gross profit", "Operating income", "Net income"))
        for k, v in items
    ]
    table(pdf, None, [[("Fiscal Year", 3)], [(FYL[y], 1) for y in Y]], rows, label_w=80, col_w=24)
    pdf.heading("Revenue", 3)
    rows = []
    for i, e in enumerate(m.endmk):
        rows.append(
            R(
                e,
                [
                    d(m.rev_em[e]["FY25"]),
                    d(m.rev_em[e]["FY24"]),
                    d(m.rev_em[e]["FY23"]),
                    pct(yoy(m.rev_em[e]["FY25"], m.rev_em[e]["FY24"])),
                    pct(yoy(m.rev_em[e]["FY24"], m.rev_em[e]["FY23"])),
                ],
                dollar=i == 0,
            )
        )
    rows.append(
        R(
            "Total revenue",
            [d(m.rev[y]) for y in Y] + [pct(yoy(m.rev["FY25"], m.rev["FY24"])), pct(yoy(m.rev["FY24"], m.rev["FY23"]))],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        )
    )
    table(
        pdf,
        "Revenue by End Market",
        [
            [("Fiscal Year", 3), ("% Change", 2)],
            [("2025", 1), ("2024", 1), ("2023", 1), ("2025 vs\n2024", 1), ("2024 vs\n2023", 1)],
        ],
        rows,
        label_w=52,
        col_w=22,
        unit="(in millions, except percentages)",
    )
    pdf.para(
        f"Data center revenue increased {pct(yoy(m.rev_em['Data center']['FY25'], m.rev_em['Data center']['FY24']))} "
        f"on higher shipments of 224G retimers and optical drivers for accelerator platforms. Automotive revenue "
        f"grew modestly as higher content in electric vehicles offset lower unit production. Industrial and "
        f"consumer revenue declined as distributors and customers reduced inventory levels. Revenue from "
        f"products acquired with Lumivane Photonics was approximately $214 million in fiscal 2025.",
        align="J",
    )
    rows = []
    for i, g in enumerate(m.geos):
        rows.append(
            R(g, [d(m.rev_geo[g][y]) for y in Y] + [pct(F(m.rev_geo[g]["FY25"], m.rev["FY25"]))], dollar=i == 0)
        )
    rows.append(R("Total revenue", [d(m.rev[y]) for y in Y] + [pct(1)], bold=True, dollar=True, top=True, dbl=True))
    table(
        pdf,
        "Revenue by Geographic Area(1)",
        [[("Fiscal Year", 3), ("% of FY25", 1)], [("2025", 1), ("2024", 1), ("2023", 1), ("revenue", 1)]],
        rows,
        label_w=56,
        col_w=24,
        unit="(in millions)",
        foot=[
            "(1) Based on the ship-to location of the customer or distributor, which may differ from the location "
            "of the end customer."
        ],
    )
    pdf.heading("Gross margin", 3)
    gm25, gm24 = F(m.gp["FY25"], m.rev["FY25"]), F(m.gp["FY24"], m.rev["FY24"])
    pdf.para(
        f"Gross margin was {pct(gm25)} in fiscal 2025 compared with {pct(gm24)} in fiscal 2024. The increase "
        f"reflected a richer mix of data center products and the absorption of fixed test costs over higher "
        f"volume, partially offset by higher amortization of developed technology acquired with Lumivane "
        f"Photonics, which is recorded in cost of revenue, and by $19 million of inventory write-downs for "
        f"consumer products. Amortization included in cost of revenue was "
        f"{kit.money_prose(m.amort_cogs['FY25'])} in fiscal 2025 versus "
        f"{kit.money_prose(m.amort_cogs['FY24'])} in fiscal 2024.",
        align="J",
    )
    pdf.heading("Operating expenses", 3)
    pdf.para(
        f"Research and development expense increased {kit.money_prose(m.rd['FY25'] - m.rd['FY24'])}, or "
        f"{pct(yoy(m.rd['FY25'], m.rd['FY24']))}, primarily due to higher headcount, mask and tape-out costs "
        f"for 3nm retimer programs and the 53rd week. Selling, general and administrative expense increased "
        f"{pct(yoy(m.sga['FY25'], m.sga['FY24']))} due to higher variable compensation and sales commissions. "
        f"Stock-based compensation expense, which is included in cost of revenue and operating expenses, was "
        f"{kit.money_prose(m.sbc['FY25'])} compared with {kit.money_prose(m.sbc['FY24'])} in fiscal 2024.",
        align="J",
    )
    pdf.heading("Interest and other income and income taxes", 3)
    pdf.para(
        f"Interest expense was {kit.money_prose(m.int_exp['FY25'])}, reflecting a full year of interest on the "
        f"4.60% notes issued in October 2024. Interest and other income, net, increased to "
        f"{kit.money_prose(m.int_inc['FY25'])} on higher invested balances. Our effective tax rate was "
        f"{pct(m.etr['FY25'])} in fiscal 2025 compared with {pct(m.etr['FY24'])} in fiscal 2024, reflecting a "
        f"lower benefit from R&D credits relative to pre-tax income and higher state taxes, partially offset by "
        f"larger excess tax benefits from stock-based compensation.",
        align="J",
    )
    # non-GAAP
    pdf.heading("Non-GAAP financial measures", 3)
    pdf.para(
        "We present non-GAAP gross margin, operating income and diluted earnings per share, which exclude "
        "stock-based compensation and amortization of acquired intangible assets and, for earnings per share, "
        "the related income tax effects. We believe these measures help investors compare our operating "
        "performance across periods. They should not be considered in isolation from, or as a substitute for, "
        "measures prepared in accordance with GAAP.",
        align="J",
    )
    rows = [
        R("GAAP gross profit", [d(m.gp[y]) for y in Y], dollar=True),
        R("Stock-based compensation", [d(m.sbc_cogs[y]) for y in Y], indent=1),
        R("Amortization of acquired intangible assets", [d(m.amort_cogs[y]) for y in Y], indent=1),
        R("Non-GAAP gross profit", [d(m.ng_gp[y]) for y in Y], bold=True, dollar=True, top=True),
        R("GAAP gross margin", [pct(F(m.gp[y], m.rev[y])) for y in Y], gap=1.2),
        R("Non-GAAP gross margin", [pct(F(m.ng_gp[y], m.rev[y])) for y in Y], bold=True),
        R("GAAP operating income", [d(m.opinc[y]) for y in Y], dollar=True, gap=1.2),
        R("Stock-based compensation", [d(m.sbc[y]) for y in Y], indent=1),
        R("Amortization of acquired intangible assets", [d(m.amort[y]) for y in Y], indent=1),
        R("Non-GAAP operating income", [d(m.ng_opinc[y]) for y in Y], bold=True, dollar=True, top=True),
        R("Non-GAAP operating margin", [pct(F(m.ng_opinc[y], m.rev[y])) for y in Y]),
        R("GAAP diluted earnings per share", [d(m.eps_d[y], 2) for y in Y], dollar=True, gap=1.2),
        R("Stock-based compensation", [d(m.ps_sbc[y], 2) for y in Y], indent=1),
        R("Amortization of acquired intangible assets", [d(m.ps_amort[y], 2) for y in Y], indent=1),
        R("Income tax effect of non-GAAP adjustments", [d(m.ps_tax[y], 2) for y in Y], indent=1),
        R(
            "Non-GAAP diluted earnings per share",
            [d(m.ng_eps[y], 2) for y in Y],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        ),
        R("Diluted weighted-average shares (millions)", [d(m.wdil[y], 1) for y in Y], gap=1.2),
    ]
    table(
        pdf,
        "Reconciliation of GAAP to Non-GAAP Measures",
        [[("Fiscal Year", 3)], [(FYL[y], 1) for y in Y]],
        rows,
        label_w=80,
        col_w=24,
        unit="(in millions, except percentages and per-share amounts)",
    )
    pdf.para(
        f"On a non-GAAP basis, net income was {kit.money_prose(m.ng_ni['FY25'])} in fiscal 2025 compared with "
        f"{kit.money_prose(m.ng_ni['FY24'])} in fiscal 2024.",
        align="J",
    )
    # liquidity
    pdf.heading("Liquidity and capital resources", 3)
    pdf.para(
        f"At the end of fiscal 2025, cash, cash equivalents and short-term investments totaled "
        f"{kit.money_prose(b1.cash + b1.sti)}, compared with {kit.money_prose(b0.cash + b0.sti)} a year "
        f"earlier. Approximately 38% of this amount was held by foreign subsidiaries. We also have an undrawn "
        f"${plain(m.revolver)} million revolving credit facility that expires in September 2029. We believe "
        f"existing resources and cash from operations will be sufficient to meet our needs for at least the "
        f"next twelve months.",
        align="J",
    )
    rows = [
        R("Net cash provided by operating activities", [d(cf.cfo[y]) for y in Y], dollar=True),
        R("Net cash used in investing activities", [d(cf.cfi[y]) for y in Y]),
        R("Net cash used in financing activities", [d(cf.cff[y]) for y in Y]),
        R(
            "Net increase (decrease) in cash and cash equivalents",
            [d(cf.net[y]) for y in Y],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        ),
    ]
    table(
        pdf,
        "Summary of Cash Flows",
        [[("Fiscal Year", 3)], [(FYL[y], 1) for y in Y]],
        rows,
        label_w=84,
        col_w=24,
        unit="(in millions)",
    )
    pdf.para(
        f"Operating cash flow increased primarily due to higher net income and non-cash charges, partially "
        f"offset by higher receivables and inventory. Free cash flow, which we define as net cash provided by "
        f"operating activities less purchases of property and equipment, was {kit.money_prose(m.fcf['FY25'])} "
        f"in fiscal 2025 compared with {kit.money_prose(m.fcf['FY24'])} in fiscal 2024. Investing activities "
        f"in fiscal 2024 included {kit.money_prose(-cf.acq['FY24'])} paid for Lumivane Photonics, net of cash "
        f"acquired. Financing activities reflect repurchases of {kit.money_prose(-cf.repo['FY25'])} and "
        f"dividends of {kit.money_prose(-cf.dividends['FY25'])} in fiscal 2025.",
        align="J",
    )
    pdf.heading("Contractual obligations", 3)
    pdf.para("The following table summarizes our contractual obligations at the end of fiscal 2025.")
    rows = []
    for i, (k, v) in enumerate(m.co.items()):
        rows.append(R(k, [d(x) for x in v], dollar=i == 0))
    rows.append(R("Total", [d(x) for x in m.co_tot], bold=True, dollar=True, top=True, dbl=True))
    table(
        pdf,
        "Contractual Obligations",
        [[("", 1), ("Payments Due by Period", 4)], [(c, 1) for c in m.co_cols]],
        rows,
        label_w=46,
        col_w=0,
        col_ws=[22, 22, 26, 26, 22],
        unit="(in millions)",
        size=8.2,
        foot=[
            "Wafer purchase commitments represent noncancellable obligations under supply agreements with our "
            "foundry partners. Unrecognized tax benefits are excluded because the timing of payment cannot be "
            "reasonably estimated."
        ],
    )
    pdf.heading("Critical accounting estimates", 3)
    pdf.para(
        "Our critical accounting estimates relate to inventory valuation, revenue reserves for distributor price "
        "adjustments, the valuation of acquired intangible assets and goodwill, and income taxes. We review "
        "inventory for excess and obsolescence each quarter using demand forecasts covering the following "
        "twelve months. A 10% reduction in forecast demand would have increased our fiscal 2025 inventory "
        "reserves by approximately $24 million.",
        align="J",
    )
    pdf.mark("i7a")
    pdf.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 2)
    pdf.para(
        "Interest rate risk. Our senior notes bear fixed rates; a hypothetical 100 basis point increase in "
        "interest rates would have decreased the fair value of our notes by approximately $71 million and "
        "of our investment portfolio by approximately $9 million at the end of fiscal 2025. Foreign currency "
        "risk. Substantially all of our revenue and wafer purchases are denominated in U.S. dollars.",
        align="J",
    )
    pdf.mark("i8")
    pdf.heading("Item 8. Financial Statements and Supplementary Data", 2)
    pdf.para(
        "The consolidated financial statements and report of the independent registered public accounting firm "
        "appear beginning on page F-1 of this report."
    )
    pdf.mark("i9")
    pdf.heading("Item 9. Changes in and Disagreements with Accountants", 2)
    pdf.para("None.")
    pdf.heading("Item 9A. Controls and Procedures", 2)
    pdf.para(
        "Our management, with the participation of our Chief Executive Officer, Imelda Sorvane, and Chief "
        "Financial Officer, Barnaby Quist, concluded that our disclosure controls and procedures were effective "
        f"as of {YE['FY25']}. Management's report on internal control over financial reporting and the "
        f"attestation of {AUDITOR} appear in Item 8.",
        align="J",
    )
    pdf.mark("i10")
    pdf.heading("PART III AND PART IV", 2)
    pdf.para(
        "The information required by Items 10 through 14 is incorporated by reference from our 2026 proxy "
        "statement. The financial statements listed in the Index to Consolidated Financial Statements are "
        "filed as part of this report; all financial statement schedules are omitted because they are not "
        "applicable or the information is included in the notes.",
        align="J",
    )

    render_f(pdf, m)
    return pdf


def render_f(pdf, m):
    cf = m.cf
    b1, b0 = m.b["FY25"], m.b["FY24"]
    pdf.set_mode("F")
    pdf.add_page()
    pdf.mark("f_index")
    pdf.heading("INDEX TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    pdf.ln(2)
    for t, k in [
        ("Management's Report on Internal Control over Financial Reporting", "f_index"),
        ("Report of Independent Registered Public Accounting Firm", "f_aud"),
        ("Consolidated Statements of Operations", "f_is"),
        ("Consolidated Statements of Comprehensive Income", "f_is"),
        ("Consolidated Balance Sheets", "f_bs"),
        ("Consolidated Statements of Cash Flows", "f_cf"),
        ("Consolidated Statements of Stockholders' Equity", "f_eq"),
        ("Notes to Consolidated Financial Statements", "f_notes"),
    ]:
        pdf.set_font("LSerif", "", 9.5)
        pdf.cell(150, 5.5, t)
        pdf.cell(0, 5.5, pdf.toc.get(k, "F-0"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.heading("Management's Report on Internal Control over Financial Reporting", 2)
    pdf.para(
        "Management is responsible for establishing and maintaining adequate internal control over financial "
        "reporting, as defined in Rules 13a-15(f) and 15d-15(f) under the Securities Exchange Act of 1934. "
        "Management assessed the effectiveness of our internal control over financial reporting as of "
        f"{YE['FY25']} using the criteria set forth in Internal Control \u2014 Integrated Framework (2013). "
        f"Based on this assessment, management concluded that our internal control over financial reporting "
        f"was effective as of {YE['FY25']}. {AUDITOR}, our independent registered public accounting firm, has "
        f"issued an attestation report on our internal control over financial reporting, which appears on the "
        f"following page.",
        align="J",
    )
    pdf.para(
        "Because of its inherent limitations, internal control over financial reporting may not prevent or "
        "detect misstatements. Projections of any evaluation of effectiveness to future periods are subject "
        "to the risk that controls may become inadequate because of changes in conditions, or that the degree "
        "of compliance with the policies or procedures may deteriorate.",
        align="J",
    )
    pdf.para(
        "Imelda Sorvane, President and Chief Executive Officer\nBarnaby Quist, Executive Vice President and Chief "
        "Financial Officer",
        sty="I",
    )
    pdf.add_page()
    pdf.mark("f_aud")
    pdf.heading("Report of Independent Registered Public Accounting Firm", 2)
    pdf.para("To the Stockholders and Board of Directors of Tessaline Semiconductor Corporation", sty="I")
    pdf.para(
        f"Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
        f"Tessaline Semiconductor Corporation and subsidiaries (the \u201cCompany\u201d) as of {YE['FY25']} and "
        f"{YE['FY24']}, the related consolidated statements of operations, comprehensive income, stockholders' "
        f"equity and cash flows for each of the three fiscal years in the period ended {YE['FY25']}, and the "
        f"related notes (collectively, the \u201cfinancial statements\u201d). In our opinion, the financial "
        f"statements present fairly, in all material respects, the financial position of the Company as of "
        f"{YE['FY25']} and {YE['FY24']}, and the results of its operations and its cash flows for each of the "
        f"three fiscal years in the period ended {YE['FY25']}, in conformity with accounting principles "
        f"generally accepted in the United States of America.",
        align="J",
    )
    pdf.para(
        "Basis for Opinion. These financial statements are the responsibility of the Company's management. Our "
        "responsibility is to express an opinion on the Company's financial statements based on our audits. We "
        "conducted our audits in accordance with the standards of the Public Company Accounting Oversight Board "
        "(United States). Those standards require that we plan and perform the audit to obtain reasonable "
        "assurance about whether the financial statements are free of material misstatement, whether due to "
        "error or fraud.",
        align="J",
    )
    pdf.para(
        "Critical Audit Matter \u2014 Inventory Valuation. As described in Note 4, the Company records "
        "write-downs for excess and obsolete inventory based on forecasts of demand. Auditing these forecasts "
        "was especially challenging because of the decline in consumer and industrial demand. Our procedures "
        "included testing the accuracy of historical forecasts and comparing forecasts to backlog and "
        "distributor sell-through data.",
        align="J",
    )
    pdf.para(
        "Opinion on Internal Control over Financial Reporting. We have also audited the Company's internal "
        f"control over financial reporting as of {YE['FY25']}, based on criteria established in Internal "
        "Control \u2014 Integrated Framework (2013). In our opinion, the Company maintained, in all material "
        "respects, effective internal control over financial reporting as of that date. A company's internal "
        "control over financial reporting is a process designed to provide reasonable assurance regarding the "
        "reliability of financial reporting and the preparation of financial statements for external purposes "
        "in accordance with generally accepted accounting principles.",
        align="J",
    )
    pdf.para(
        "Critical Audit Matter \u2014 Valuation of Distributor Price-Adjustment Reserves. The Company reduces "
        "revenue for expected price adjustments to distributors. Evaluating management's estimate required "
        "significant auditor judgment because it depends on forecast distributor resale prices and mix. We "
        "tested controls over the estimate, compared prior estimates with subsequent credits issued, and "
        "recalculated the reserve using distributor inventory reports.",
        align="J",
    )
    pdf.para(f"/s/ {AUDITOR}\nMarrowick, Oregon\nMarch 19, 2026\nWe have served as the Company's auditor since 2011.")
    # ---------------- statements of operations
    pdf.add_page()
    pdf.mark("f_is")
    pdf.set_font("LSerif", "B", 10.5)
    pdf.cell(0, 5, "TESSALINE SEMICONDUCTOR CORPORATION", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    hdr3 = [[("Fiscal Year Ended", 3)], [(YH[y], 1) for y in Y]]
    rows = [
        R("Revenue", [d(m.rev[y]) for y in Y], dollar=True, bold=True),
        R("Cost of revenue", [d(m.cogs[y]) for y in Y]),
        R("Gross profit", [d(m.gp[y]) for y in Y], bold=True, top=True),
        R("Operating expenses:", head=True, gap=0.8),
        R("Research and development", [d(m.rd[y]) for y in Y], indent=1),
        R("Selling, general and administrative", [d(m.sga[y]) for y in Y], indent=1),
        R("Amortization of acquired intangible assets", [d(m.amort_opex[y]) for y in Y], indent=1),
        R("Total operating expenses", [d(m.opex[y]) for y in Y], indent=2, top=True),
        R("Operating income", [d(m.opinc[y]) for y in Y], bold=True, top=True),
        R("Interest expense", [d(-m.int_exp[y]) for y in Y]),
        R("Interest and other income, net", [d(m.int_inc[y]) for y in Y]),
        R("Income before income taxes", [d(m.pretax[y]) for y in Y], top=True),
        R("Provision for income taxes", [d(m.tax[y]) for y in Y]),
        R("Net income", [d(m.ni[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True),
        R("Net income per share:", head=True, gap=0.8),
        R("Basic", [d(m.eps_b[y], 2) for y in Y], indent=1, dollar=True),
        R("Diluted", [d(m.eps_d[y], 2) for y in Y], indent=1, dollar=True),
        R("Weighted-average shares used in computing per share amounts:", head=True, gap=0.8),
        R("Basic", [d(m.wbasic[y], 1) for y in Y], indent=1),
        R("Diluted", [d(m.wdil[y], 1) for y in Y], indent=1),
        R("Cash dividends declared per share", [d(m.dps[y], 2) for y in Y], dollar=True, gap=0.8),
    ]
    table(
        pdf,
        "CONSOLIDATED STATEMENTS OF OPERATIONS",
        hdr3,
        rows,
        label_w=92,
        col_w=24,
        unit="(in millions, except per-share amounts)",
    )
    # comprehensive income stacked on same page
    rows = [
        R("Net income", [d(m.ni[y]) for y in Y], dollar=True),
        R("Other comprehensive income, net of tax:", head=True),
        R("Net unrealized gains on available-for-sale securities", [d(m.oci_unreal[y]) for y in Y], indent=1),
        R("Comprehensive income", [d(m.ci[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True),
    ]
    table(
        pdf,
        "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME",
        hdr3,
        rows,
        label_w=92,
        col_w=24,
        unit="(in millions)",
        foot=["See accompanying notes to consolidated financial statements."],
    )
    # ---------------- balance sheets
    pdf.add_page()
    pdf.mark("f_bs")
    BS = [b1, b0]

    def bs(k):
        return [d(b[k]) for b in BS]

    rows = [
        R("ASSETS", head=True),
        R("Current assets:", head=True),
        R("Cash and cash equivalents", bs("cash"), indent=1, dollar=True),
        R("Short-term investments", bs("sti"), indent=1),
        R("Accounts receivable, net", bs("ar"), indent=1),
        R("Inventories", bs("inv"), indent=1),
        R("Prepaid expenses and other current assets", bs("prepaid"), indent=1),
        R("Total current assets", bs("cur_a"), indent=2, top=True),
        R("Property and equipment, net", bs("ppe")),
        R("Operating lease right-of-use assets", bs("rou")),
        R("Goodwill", bs("gw")),
        R("Intangible assets, net", bs("intang")),
        R("Deferred tax assets", bs("dta")),
        R("Other assets", bs("oth_a")),
        R("Total assets", bs("tot_a"), bold=True, dollar=True, top=True, dbl=True),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", head=True, gap=1.5),
        R("Current liabilities:", head=True),
        R("Accounts payable", bs("ap"), indent=1, dollar=True),
        R("Accrued compensation and benefits", bs("acomp"), indent=1),
        R("Accrued and other current liabilities", bs("aother"), indent=1),
        R("Income taxes payable", bs("itax"), indent=1),
        R("Operating lease liabilities, current", bs("lease_cur"), indent=1),
        R("Total current liabilities", bs("cur_l"), indent=2, top=True),
        R("Long-term debt", bs("ltd")),
        R("Operating lease liabilities, non-current", bs("lease_nc")),
        R("Other long-term liabilities", bs("oltl")),
        R("Total liabilities", bs("tot_l"), bold=True, top=True),
        R("Commitments and contingencies (Note 14)", [], gap=0.8),
        R("Stockholders' equity:", head=True, gap=0.8),
        R("Preferred stock, $0.001 par value; 10.0 million shares authorized; none issued", [EM, EM], indent=1),
        R("Common stock and additional paid-in capital, $0.001 par value; 900.0", [], indent=1),
        R(
            "million shares authorized; "
            + plain(F(m.sh_end["FY25"], 1000), 1)
            + " and "
            + plain(F(m.sh_end["FY24"], 1000), 1)
            + " shares outstanding",
            bs("apic"),
            indent=2,
        ),
        R("Retained earnings", bs("re"), indent=1),
        R("Accumulated other comprehensive loss", bs("aoci"), indent=1),
        R("Total stockholders' equity", bs("eq"), indent=2, top=True, bold=True),
        R("Total liabilities and stockholders' equity", bs("tle"), bold=True, dollar=True, top=True, dbl=True),
    ]
    table(
        pdf,
        "CONSOLIDATED BALANCE SHEETS",
        [[("As of", 2)], [(YE["FY25"], 1), (YE["FY24"], 1)]],
        rows,
        label_w=110,
        col_w=30,
        unit="(in millions, except par value)",
    )
    # ---------------- cash flows
    pdf.add_page()
    pdf.mark("f_cf")

    def c(k):
        return [d(cf[k][y]) for y in Y]

    rows = [
        R("Cash flows from operating activities:", head=True),
        R("Net income", [d(m.ni[y]) for y in Y], indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", head=False, indent=1),
        R("Depreciation and amortization", [d(cf.dep[y] + m.amort[y]) for y in Y], indent=2),
        R("Stock-based compensation", [d(m.sbc[y]) for y in Y], indent=2),
        R("Deferred income taxes", [d(m.deferred[y]) for y in Y], indent=2),
        R("Amortization of operating lease right-of-use assets", c("rou_amort"), indent=2),
        R("Amortization of debt discount and issuance costs", c("debt_amort"), indent=2),
        R("Other", c("other_nc"), indent=2),
        R("Changes in operating assets and liabilities:", indent=1),
        R("Accounts receivable", c("d_ar"), indent=2),
        R("Inventories", c("d_inv"), indent=2),
        R("Prepaid expenses and other assets", c("d_prepaid"), indent=2),
        R("Accounts payable", c("d_ap"), indent=2),
        R("Accrued compensation and benefits", c("d_acomp"), indent=2),
        R("Accrued and other liabilities", c("d_aother"), indent=2),
        R("Income taxes payable", c("d_itax"), indent=2),
        R("Operating lease liabilities", c("d_lease"), indent=2),
        R("Other long-term liabilities", c("d_oltl"), indent=2),
        R("Net cash provided by operating activities", c("cfo"), indent=3, top=True, bold=True),
        R("Cash flows from investing activities:", head=True, gap=1),
        R("Purchases of property and equipment", c("capex"), indent=1),
        R("Purchases of marketable securities", c("buy_sec"), indent=1),
        R("Proceeds from maturities and sales of marketable securities", c("mat_sec"), indent=1),
        R("Acquisition of business, net of cash acquired", c("acq"), indent=1),
        R("Other investing activities", c("oth_inv"), indent=1),
        R("Net cash used in investing activities", c("cfi"), indent=3, top=True, bold=True),
        R("Cash flows from financing activities:", head=True, gap=1),
        R("Proceeds from issuance of senior notes, net of issuance costs", c("notes_in"), indent=1),
        R("Repayment of senior notes", c("notes_out"), indent=1),
        R("Proceeds from employee stock plans", c("emp_in"), indent=1),
        R("Taxes paid related to net share settlement of equity awards", c("nss_tax"), indent=1),
        R("Repurchases of common stock", c("repo"), indent=1),
        R("Dividends paid", c("dividends"), indent=1),
        R("Net cash used in financing activities", c("cff"), indent=3, top=True, bold=True),
        R("Net increase (decrease) in cash and cash equivalents", c("net"), gap=1, top=True),
        R("Cash and cash equivalents at beginning of year", [d(m.cash_beg[y]) for y in Y]),
        R(
            "Cash and cash equivalents at end of year",
            [d(m.cash_end[y]) for y in Y],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        ),
        R("Supplemental disclosures:", head=True, gap=1),
        R("Cash paid for income taxes, net of refunds", c("cash_paid_tax"), indent=1, dollar=True),
        R("Cash paid for interest", c("cash_paid_int"), indent=1),
        R("Purchases of property and equipment in accounts payable", c("capex_in_ap"), indent=1),
    ]
    table(
        pdf, "CONSOLIDATED STATEMENTS OF CASH FLOWS", hdr3, rows, label_w=106, col_w=22, unit="(in millions)", size=8.3
    )
    # ---------------- equity
    pdf.add_page()
    pdf.mark("f_eq")
    rows = []
    order = ["FY23", "FY24", "FY25"]
    for y in order:
        a0, r0, o0 = m.eq_beg[y]
        a1, r1, o1 = m.eq_end[y]
        beg_label = {
            "FY23": "Balance at January 28, 2023",
            "FY24": "Balance at January 27, 2024",
            "FY25": "Balance at January 25, 2025",
        }[y]
        rows.append(
            R(
                beg_label,
                [d(F(m.sh_begin[y], 1000), 1), d(a0), d(r0), d(o0), d(a0 + r0 + o0)],
                bold=True,
                dollar=True,
                gap=0.8,
            )
        )
        rows.append(R("Net income", ["", "", d(m.ni[y]), "", d(m.ni[y])], indent=1))
        rows.append(R("Other comprehensive income", ["", "", "", d(m.oci_unreal[y]), d(m.oci_unreal[y])], indent=1))
        rows.append(
            R(
                "Issuance of common stock under employee plans",
                [d(F(m.sh_issued[y], 1000), 1), d(cf.emp_in[y]), "", "", d(cf.emp_in[y])],
                indent=1,
            )
        )
        rows.append(
            R("Taxes paid for net share settlement", ["", d(cf.nss_tax[y]), "", "", d(cf.nss_tax[y])], indent=1)
        )
        rows.append(R("Stock-based compensation", ["", d(m.sbc[y]), "", "", d(m.sbc[y])], indent=1))
        rows.append(
            R(
                "Repurchases of common stock",
                [d(-F(m.sh_repo[y], 1000), 1), "", d(cf.repo[y]), "", d(cf.repo[y])],
                indent=1,
            )
        )
        rows.append(
            R(
                f"Cash dividends declared (${plain(m.dps[y], 2)} per share)",
                ["", "", d(cf.dividends[y]), "", d(cf.dividends[y])],
                indent=1,
            )
        )
    a1, r1, o1 = m.eq_end["FY25"]
    rows.append(
        R(
            "Balance at January 31, 2026",
            [d(F(m.sh_end["FY25"], 1000), 1), d(a1), d(r1), d(o1), d(a1 + r1 + o1)],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
            gap=0.8,
        )
    )
    table(
        pdf,
        "CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY",
        [
            [("Common Stock and\nAdditional Paid-in Capital", 2), ("", 1), ("", 1), ("", 1)],
            [("Shares", 1), ("Amount", 1), ("Retained\nEarnings", 1), ("AOCI", 1), ("Total", 1)],
        ],
        rows,
        label_w=76,
        col_w=19,
        unit="(in millions)",
        size=8.3,
        foot=["See accompanying notes to consolidated financial statements."],
    )
    # ---------------- notes
    render_notes(pdf, m)


def render_notes(pdf, m):
    cf = m.cf
    b1, b0 = m.b["FY25"], m.b["FY24"]
    pdf.add_page()
    pdf.mark("f_notes")
    pdf.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    pdf.heading("Note 1. Organization and Significant Accounting Policies", 2)
    pdf.para(
        "Tessaline Semiconductor Corporation designs and sells analog, mixed-signal and interconnect "
        "semiconductors. The consolidated financial statements include the accounts of the Company and its "
        "wholly owned subsidiaries. Our fiscal year ends on the last Saturday of January; fiscal 2025 "
        "comprised 53 weeks. Revenue is recognized when control of products transfers to customers, "
        "generally upon shipment. Inventories are stated at the lower of cost (first-in, first-out) and net "
        "realizable value. Property and equipment are depreciated on a straight-line basis over estimated "
        "useful lives of three to seven years for equipment and 30 years for buildings.",
        align="J",
    )
    pdf.heading("Note 2. Revenue", 2)
    rows = []
    for i, e in enumerate(m.endmk):
        rows.append(R(e, [d(m.rev_em[e][y]) for y in Y], indent=1, dollar=i == 0))
    rows.append(R("Total revenue", [d(m.rev[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True))
    rows.append(R("Revenue by sales channel:", head=True, gap=1))
    rows.append(R("Distributors", [d(m.rev_dist[y]) for y in Y], indent=1, dollar=True))
    rows.append(R("Direct customers", [d(m.rev_direct[y]) for y in Y], indent=1))
    rows.append(R("Total revenue", [d(m.rev[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True))
    table(
        pdf, "Disaggregation of Revenue", [[(FYL[y], 1) for y in Y]], rows, label_w=80, col_w=26, unit="(in millions)"
    )
    pdf.para(
        "Distributor price-adjustment and stock-rotation reserves, recorded as a reduction of accounts "
        "receivable, were $164 million and $149 million at the end of fiscal 2025 and fiscal 2024. Contract "
        "liabilities were not material.",
        align="J",
    )
    pdf.heading("Note 3. Cash Equivalents and Short-Term Investments", 2)
    pdf.para(
        f"Short-term investments consist of available-for-sale U.S. Treasury securities, corporate bonds and "
        f"commercial paper with maturities of less than two years and totaled {kit.money_prose(b1.sti)} and "
        f"{kit.money_prose(b0.sti)} at the end of fiscal 2025 and 2024. Gross unrealized gains and losses were "
        f"not material.",
        align="J",
    )
    rows = []
    for y in ["FY25", "FY24"]:
        rows.append(R(YE[y], [], head=True, gap=0.8))
        rows.append(
            R("Money market funds (cash equivalents)", [d(m.fv_mmf[y]), EM, d(m.fv_mmf[y])], indent=1, dollar=True)
        )
        tl1 = m.fv_mmf[y] + m.fv_sti[y]["U.S. Treasury securities"]
        for k, v in m.fv_sti[y].items():
            l1 = v if k == "U.S. Treasury securities" else 0
            rows.append(R(k, [d(l1), d(v - l1), d(v)], indent=1))
        tot = m.fv_mmf[y] + m.b[y].sti
        rows.append(
            R(
                "Total assets measured at fair value",
                [d(tl1), d(tot - tl1), d(tot)],
                indent=2,
                bold=True,
                dollar=True,
                top=True,
                dbl=True,
            )
        )
    table(
        pdf,
        "Assets Measured at Fair Value on a Recurring Basis",
        [[("Level 1", 1), ("Level 2", 1), ("Total", 1)]],
        rows,
        label_w=84,
        col_w=26,
        unit="(in millions)",
    )
    pdf.heading("Note 4. Inventories", 2)
    rows = [
        R("Raw materials (wafers and substrates)", [d(m.inv_raw[y]) for y in ["FY25", "FY24"]], dollar=True),
        R("Work in process", [d(m.inv_wip[y]) for y in ["FY25", "FY24"]]),
        R("Finished goods", [d(m.inv_fg[y]) for y in ["FY25", "FY24"]]),
        R("Total inventories", [d(m.b[y].inv) for y in ["FY25", "FY24"]], bold=True, dollar=True, top=True, dbl=True),
    ]
    table(pdf, None, [[(YE["FY25"], 1), (YE["FY24"], 1)]], rows, label_w=80, col_w=34, unit="(in millions)")
    pdf.heading("Note 5. Property and Equipment", 2)
    rows = []
    for i, k in enumerate(m.ppe_cls):
        rows.append(R(k, [d(m.ppe_gross[y][k]) for y in ["FY25", "FY24"]], dollar=i == 0))
    rows += [
        R("Property and equipment, gross", [d(m.ppe_gtot[y]) for y in ["FY25", "FY24"]], top=True),
        R("Less: accumulated depreciation", [d(-m.ppe_acc[y]) for y in ["FY25", "FY24"]]),
        R(
            "Property and equipment, net",
            [d(m.b[y].ppe) for y in ["FY25", "FY24"]],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        ),
    ]
    table(pdf, None, [[(YE["FY25"], 1), (YE["FY24"], 1)]], rows, label_w=80, col_w=34, unit="(in millions)")
    pdf.para(
        f"Depreciation expense was {kit.money_prose(cf.dep['FY25'])}, {kit.money_prose(cf.dep['FY24'])} "
        f"and {kit.money_prose(cf.dep['FY23'])} in fiscal 2025, 2024 and 2023, respectively. During fiscal "
        f"2025 we retired {kit.money_prose(m.ppe_retire)} of fully depreciated assets.",
        align="J",
    )
    pdf.heading("Note 6. Goodwill and Acquired Intangible Assets", 2)
    pdf.para(
        f"In October 2024 we acquired Lumivane Photonics, a developer of silicon photonics drivers, for "
        f"{kit.money_prose(-cf.acq['FY24'])} in cash, net of cash acquired, and recorded goodwill of "
        f"{kit.money_prose(m.gw_acq)}. Goodwill was {kit.money_prose(b1.gw)} at the end of both fiscal 2025 and "
        f"fiscal 2024; no impairment was recorded in any period presented.",
        align="J",
    )
    rows = []
    for i, k in enumerate(m.int_cls):
        g = m.int_gross[k]
        rows.append(
            R(
                k,
                [
                    m.int_life[k],
                    d(g),
                    d(-m.int_acc["FY25"][k]),
                    d(g - m.int_acc["FY25"][k]),
                    d(g),
                    d(-m.int_acc["FY24"][k]),
                    d(g - m.int_acc["FY24"][k]),
                ],
                dollar=i == 0,
            )
        )
    rows.append(
        R(
            "Total",
            [
                "",
                d(m.int_gtot),
                d(-sum(m.int_acc["FY25"].values())),
                d(b1.intang),
                d(m.int_gtot),
                d(-sum(m.int_acc["FY24"].values())),
                d(b0.intang),
            ],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        )
    )
    table(
        pdf,
        "Acquired Intangible Assets",
        [
            [("", 1), (YE["FY25"], 3), (YE["FY24"], 3)],
            [
                ("Life\n(years)", 1),
                ("Gross", 1),
                ("Accum.\namort.", 1),
                ("Net", 1),
                ("Gross", 1),
                ("Accum.\namort.", 1),
                ("Net", 1),
            ],
        ],
        rows,
        label_w=44,
        col_w=18,
        unit="(in millions)",
        size=8.1,
    )
    pdf.para(
        f"Amortization expense was {kit.money_prose(m.amort['FY25'])}, {kit.money_prose(m.amort['FY24'])} "
        f"and {kit.money_prose(m.amort['FY23'])} in fiscal 2025, 2024 and 2023, of which "
        f"{kit.money_prose(m.amort_cogs['FY25'])}, {kit.money_prose(m.amort_cogs['FY24'])} and "
        f"{kit.money_prose(m.amort_cogs['FY23'])} was included in cost of revenue. Estimated future "
        f"amortization expense is as follows:",
        align="J",
    )
    rows = [
        R(f"Fiscal {k}" if k != "Thereafter" else k, [d(v)], dollar=i == 0)
        for i, (k, v) in enumerate(m.amort_sched.items())
    ]
    rows.append(R("Total", [d(b1.intang)], bold=True, dollar=True, top=True, dbl=True))
    table(pdf, None, [[("(in millions)", 1)]], rows, label_w=60, col_w=30)
    rows = [R(k, [d(m.acq_alloc[k])], dollar=i == 0) for i, k in enumerate(m.acq_alloc)]
    rows.append(
        R("Total consideration, net of cash acquired", [d(-cf.acq["FY24"])], bold=True, dollar=True, top=True, dbl=True)
    )
    table(pdf, "Lumivane Photonics Purchase Price Allocation", [[("(in millions)", 1)]], rows, label_w=84, col_w=30)
    pdf.heading("Note 7. Accrued and Other Current Liabilities", 2)
    rows = [R(k, [d(m.accr["FY25"][k]), d(m.accr["FY24"][k])], dollar=i == 0) for i, k in enumerate(m.accr["FY25"])]
    rows.append(
        R(
            "Total accrued and other current liabilities",
            [d(b1.aother), d(b0.aother)],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        )
    )
    table(pdf, None, [[(YE["FY25"], 1), (YE["FY24"], 1)]], rows, label_w=86, col_w=30, unit="(in millions)")
    pdf.heading("Note 8. Debt", 2)
    rows = []
    for i, (nm, _rate, prin, eff, fv) in enumerate(m.notes):
        rows.append(R(nm, [eff, d(prin), d(prin), d(fv[0]), d(fv[1])], dollar=i == 0))
    rows.append(
        R(
            "Total principal",
            ["", d(m.notes_principal), d(m.notes_principal), d(m.notes_fv["FY25"]), d(m.notes_fv["FY24"])],
            top=True,
            bold=True,
        )
    )
    rows.append(
        R(
            "Unamortized discount and issuance costs",
            ["", d(-m.notes_unamort["FY25"]), d(-m.notes_unamort["FY24"]), "", ""],
        )
    )
    rows.append(R("Long-term debt", ["", d(b1.ltd), d(b0.ltd), "", ""], bold=True, dollar=True, top=True, dbl=True))
    table(
        pdf,
        "Senior Notes",
        [
            [("Effective", 1), ("Carrying Amount", 2), ("Fair Value(1)", 2)],
            [("rate", 1), ("FY25", 1), ("FY24", 1), ("FY25", 1), ("FY24", 1)],
        ],
        rows,
        label_w=66,
        col_w=20,
        unit="(in millions)",
        foot=["(1) Level 2 fair values based on observable market prices for the notes."],
    )
    pdf.para(
        f"Interest on the notes is payable semi-annually. The notes are unsecured and rank equally with our "
        f"other senior unsecured indebtedness. In fiscal 2023 we repaid $300 million of 1.85% notes at "
        f"maturity. We also maintain a ${plain(m.revolver)} million unsecured revolving credit facility "
        f"expiring in September 2029 with no amounts outstanding at the end of fiscal 2025 or 2024. We were in "
        f"compliance with all covenants.",
        align="J",
    )
    pdf.heading("Note 9. Leases", 2)
    pdf.para(
        "We lease office, design center and test facilities under operating leases expiring through fiscal "
        "2035. Components of lease cost were as follows (in thousands):"
    )
    rows = [R(k, [d(v[y]) for y in Y], dollar=i == 0) for i, (k, v) in enumerate(m.lease_cost_k.items())]
    rows.append(
        R("Total lease cost", [d(m.lease_cost_tot_k[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True)
    )
    table(pdf, "Lease Cost", [[(FYL[y], 1) for y in Y]], rows, label_w=80, col_w=26, unit="(in thousands)")
    rows = [
        R(f"Fiscal {k}" if k != "Thereafter" else k, [d(v)], dollar=i == 0)
        for i, (k, v) in enumerate(m.lease_mat.items())
    ]
    rows += [
        R("Total undiscounted lease payments", [d(m.lease_undisc)], top=True),
        R("Less: imputed interest", [d(-m.lease_imputed)]),
        R(
            "Present value of lease liabilities",
            [d(b1.lease_cur + b1.lease_nc)],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        ),
    ]
    table(pdf, "Maturities of Operating Lease Liabilities", [[("(in millions)", 1)]], rows, label_w=80, col_w=30)
    pdf.para(
        f"At the end of fiscal 2025 the weighted-average remaining lease term was {m.lease_term} years and the "
        f"weighted-average discount rate was {m.lease_rate}. Cash paid for operating lease liabilities was "
        f"{kit.money_prose(m.lease_cash_paid)} and right-of-use assets obtained in exchange for new lease "
        f"liabilities were {kit.money_prose(m.new_leases)} in fiscal 2025.",
        align="J",
    )
    pdf.heading("Note 10. Stock-Based Compensation", 2)
    rows = [
        R("Cost of revenue", [d(m.sbc_cogs[y]) for y in Y], dollar=True),
        R("Research and development", [d(m.sbc_rd[y]) for y in Y]),
        R("Selling, general and administrative", [d(m.sbc_sga[y]) for y in Y]),
        R("Total stock-based compensation", [d(m.sbc[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True),
        R("Income tax benefit", [d(m.sbc_tax_benefit[y]) for y in Y], dollar=True, gap=0.8),
    ]
    table(
        pdf,
        "Stock-Based Compensation by Line Item",
        [[(FYL[y], 1) for y in Y]],
        rows,
        label_w=80,
        col_w=26,
        unit="(in millions)",
    )
    rows = [
        R("Unvested at January 25, 2025", [d(m.rsu_beg_k), "$" + plain(m.rsu_fv["beg"], 2)]),
        R("Granted", [d(m.rsu_grant_k), plain(m.rsu_fv["grant"], 2)], indent=1),
        R("Vested", [d(-m.rsu_vest_k), plain(m.rsu_fv["vest"], 2)], indent=1),
        R("Forfeited", [d(-m.rsu_forf_k), plain(m.rsu_fv["forf"], 2)], indent=1),
        R("Unvested at January 31, 2026", [d(m.rsu_end_k), "$" + plain(m.rsu_fv["end"], 2)], bold=True, top=True),
    ]
    table(
        pdf,
        "Restricted Stock Unit Activity",
        [[("Units\n(thousands)", 1), ("Weighted-avg.\ngrant-date fair value", 1)]],
        rows,
        label_w=70,
        col_w=0,
        col_ws=[28, 38],
    )
    pdf.para(
        f"As of January 31, 2026, unrecognized compensation cost related to unvested awards was "
        f"{kit.money_prose(m.unrec_sbc)}, expected to be recognized over a weighted-average period of "
        f"{m.unrec_years} years.",
        align="J",
    )
    # taxes
    pdf.heading("Note 11. Income Taxes", 2)
    rows = [
        R("Domestic", [d(m.pretax_dom[y]) for y in Y], dollar=True),
        R("Foreign", [d(m.pretax_for[y]) for y in Y]),
        R("Income before income taxes", [d(m.pretax[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True),
        R("Current: Federal", [d(m.cur_fed[y]) for y in Y], gap=1, dollar=True),
        R("State", [d(m.cur_state[y]) for y in Y], indent=3),
        R("Foreign", [d(m.cur_for[y]) for y in Y], indent=3),
        R("Total current", [d(m.current[y]) for y in Y], top=True),
        R("Deferred: Federal", [d(m.def_fed[y]) for y in Y]),
        R("State", [d(m.def_state[y]) for y in Y], indent=3),
        R("Foreign", [d(m.def_for[y]) for y in Y], indent=3),
        R("Total deferred", [d(m.deferred[y]) for y in Y], top=True),
        R("Provision for income taxes", [d(m.tax[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True),
    ]
    table(
        pdf,
        "Income Before Taxes and Provision for Income Taxes",
        [[(FYL[y], 1) for y in Y]],
        rows,
        label_w=80,
        col_w=26,
        unit="(in millions)",
    )
    rows = [R("Income taxes at U.S. federal statutory rate of 21%", [d(m.tax_stat[y]) for y in Y], dollar=True)]
    for k in m.tax_items:
        rows.append(R(k, [d(m.tax_rec[k][y]) for y in Y]))
    rows.append(R("Provision for income taxes", [d(m.tax[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True))
    rows.append(R("Effective tax rate", [pct(m.etr[y]) for y in Y], gap=0.8))
    table(
        pdf,
        "Effective Tax Rate Reconciliation",
        [[(FYL[y], 1) for y in Y]],
        rows,
        label_w=80,
        col_w=26,
        unit="(in millions)",
    )
    dt = m.dt
    dk = [
        ("Capitalized research and development", "rd"),
        ("Stock-based compensation", "sbc"),
        ("Tax credit carryforwards", "credits"),
        ("Accruals and reserves", "accr"),
        ("Operating lease liabilities", "lease"),
        ("Other", "other"),
    ]
    rows = [R(lbl, [d(dt[y][k]) for y in ["FY25", "FY24"]], dollar=i == 0, indent=1) for i, (lbl, k) in enumerate(dk)]
    rows += [
        R("Gross deferred tax assets", [d(dt[y]["gross"]) for y in ["FY25", "FY24"]], top=True),
        R("Valuation allowance", [d(dt[y]["va"]) for y in ["FY25", "FY24"]]),
        R("Deferred tax assets, net of valuation allowance", [d(dt[y]["net_dta"]) for y in ["FY25", "FY24"]], top=True),
        R("Acquired intangible assets", [d(dt[y]["intang"]) for y in ["FY25", "FY24"]], indent=1),
        R("Operating lease right-of-use assets", [d(dt[y]["rou"]) for y in ["FY25", "FY24"]], indent=1),
        R("Property and equipment", [d(dt[y]["ppe"]) for y in ["FY25", "FY24"]], indent=1),
        R(
            "Net deferred tax assets",
            [d(dt[y]["net"]) for y in ["FY25", "FY24"]],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        ),
    ]
    table(
        pdf,
        "Deferred Tax Assets and Liabilities",
        [[(YE["FY25"], 1), (YE["FY24"], 1)]],
        rows,
        label_w=86,
        col_w=30,
        unit="(in millions)",
    )
    u = m.utb_k
    rows = [
        R("Balance at beginning of fiscal 2025", [d(u.beg)], dollar=True),
        R("Additions for tax positions of the current year", [d(u.add_cur)], indent=1),
        R("Additions for tax positions of prior years", [d(u.add_prior)], indent=1),
        R("Reductions for tax positions of prior years", [d(u.red_prior)], indent=1),
        R("Settlements with taxing authorities", [d(u.settle)], indent=1),
        R("Lapse of statutes of limitations", [d(u.lapse)], indent=1),
        R("Balance at end of fiscal 2025", [d(u.end)], bold=True, dollar=True, top=True, dbl=True),
    ]
    table(pdf, "Unrecognized Tax Benefits", [[("(in thousands)", 1)]], rows, label_w=86, col_w=30)
    pdf.para(
        "If recognized, substantially all unrecognized tax benefits would reduce our effective tax rate. Our "
        "U.S. federal returns for fiscal 2021 and later remain subject to examination.",
        align="J",
    )
    # EPS
    pdf.heading("Note 12. Net Income per Share", 2)
    rows = [
        R("Net income (in millions)", [d(m.ni[y]) for y in Y], dollar=True),
        R("Weighted-average shares \u2014 basic", [d(m.wbasic_k[y]) for y in Y]),
        R("Dilutive effect of equity awards", [d(m.dilutive_k[y]) for y in Y], indent=1),
        R("Weighted-average shares \u2014 diluted", [d(m.wdil_k[y]) for y in Y], top=True),
        R("Basic net income per share", [d(m.eps_b[y], 2) for y in Y], dollar=True, gap=0.8),
        R("Diluted net income per share", [d(m.eps_d[y], 2) for y in Y], dollar=True),
        R("Anti-dilutive awards excluded", [d(m.antidilutive_k[y]) for y in Y], gap=0.8),
    ]
    table(
        pdf,
        None,
        [[(FYL[y], 1) for y in Y]],
        rows,
        label_w=80,
        col_w=26,
        unit="(shares in thousands, except per-share amounts)",
    )
    # segment
    pdf.heading("Note 13. Segment and Geographic Information", 2)
    pdf.para(
        "We operate as one reportable segment. Our Chief Executive Officer, the chief operating decision "
        "maker, evaluates performance and allocates resources based on consolidated segment operating "
        "income, which excludes stock-based compensation and amortization of acquired intangible assets. "
        "Significant segment expenses are presented below.",
        align="J",
    )
    rows = [
        R("Revenue", [d(m.rev[y]) for y in Y], dollar=True, bold=True),
        R("Cost of revenue, excluding items below", [d(m.cogs_ex[y]) for y in Y], indent=1),
        R("Research and development, excluding items below", [d(m.rd_ex[y]) for y in Y], indent=1),
        R("Selling, general and administrative, excluding items below", [d(m.sga_ex[y]) for y in Y], indent=1),
        R("Segment operating income", [d(m.ng_opinc[y]) for y in Y], top=True, bold=True),
        R("Stock-based compensation", [d(-m.sbc[y]) for y in Y], indent=1),
        R("Amortization of acquired intangible assets", [d(-m.amort[y]) for y in Y], indent=1),
        R("Operating income", [d(m.opinc[y]) for y in Y], bold=True, dollar=True, top=True, dbl=True),
    ]
    table(pdf, "Segment Results", [[(FYL[y], 1) for y in Y]], rows, label_w=92, col_w=24, unit="(in millions)")
    rows = [R(g, [d(v)], dollar=i == 0) for i, (g, v) in enumerate(m.ppe_lt_geo.items())]
    rows.append(R("Total property and equipment, net", [d(b1.ppe)], bold=True, dollar=True, top=True, dbl=True))
    table(
        pdf,
        "Property and Equipment, Net, by Location",
        [[(YE["FY25"], 1)]],
        rows,
        label_w=80,
        col_w=34,
        unit="(in millions)",
    )
    pdf.para("Revenue by geographic area is presented in Item 7 of this report.", align="J")
    # commitments
    pdf.heading("Note 14. Commitments and Contingencies", 2)
    w = m.co["Wafer purchase commitments"]
    pdf.para(
        f"Purchase commitments. We have noncancellable wafer purchase commitments with our foundry partners "
        f"totaling {kit.money_prose(w[0])} at the end of fiscal 2025, including {kit.money_prose(w[1])} due in "
        f"fiscal 2026 and {kit.money_prose(w[2] + w[3])} due in fiscal 2027 through fiscal 2030. Other purchase "
        f"obligations, principally for software, design tools and test capacity, totaled "
        f"{kit.money_prose(m.co['Other purchase obligations'][0])}. We recorded losses on purchase commitments "
        f"of $7 million in fiscal 2025.",
        align="J",
    )
    pdf.para(
        "Litigation. In fiscal 2025 Orlinde Signal Technologies filed a complaint alleging that certain of our "
        "retimer products infringe two of its patents. We believe the claims are without merit and intend to "
        "defend vigorously; a loss is not probable and the amount cannot be reasonably estimated.",
        align="J",
    )
    pdf.heading("Note 15. Stockholders' Equity and Subsequent Events", 2)
    pdf.para(
        f"During fiscal 2025, 2024 and 2023 we repurchased {plain(F(m.sh_repo['FY25'], 1000), 1)} million, "
        f"{plain(F(m.sh_repo['FY24'], 1000), 1)} million and {plain(F(m.sh_repo['FY23'], 1000), 1)} million "
        f"shares at average prices of ${plain(m.repo_avg['FY25'], 2)}, ${plain(m.repo_avg['FY24'], 2)} and "
        f"${plain(m.repo_avg['FY23'], 2)} per share. At the end of fiscal 2025, "
        f"${plain(F(m.q4_remaining_c[-1], 10**8), 1)} million remained available under the March 2024 "
        f"authorization. On March 12, 2026 the Board declared a quarterly dividend of "
        f"${plain(m.dps_next, 2)} per share payable on April 17, 2026.",
        align="J",
    )


def make(m):
    toc = {}
    pdf = render(m, toc)
    toc = dict(pdf.marks)
    pdf = render(m, toc)
    assert dict(pdf.marks) == toc
    return pdf
