"""Typesets the Brinmoor Medical Technologies, Inc. fiscal 2025 Form 10-K (invented company).

Every figure printed comes from model_brinmoor.build(). House style: Times, black rules,
amounts in thousands, "$" in its own column on first and total rows, F-page numbering
for the financial statements.
"""

from fractions import Fraction as Fr

from kit import DASH, Doc, acct, dec, pct, rnd
from model_brinmoor import SEG_NAMES, SEGS

COMPANY = "Brinmoor Medical Technologies, Inc."
SHORT = "Brinmoor"
DOC_NAME = "BRINMOOR_2025_10K"
STYLE = dict(body="Times", head="Times", size=9.6, lh=4.25, tsize=8.2, gap=1.6, margin=19, top=16, bottom=17)
Y3 = (2025, 2024, 2023)
Y2 = (2025, 2024)


def mn(x, places=1):
    """Thousands -> '$ millions' text used in prose."""
    return dec(Fr(x) / 1000, places)


def R(id_, label, vals, kind="line", dollar=False, indent=0, **kw):
    d = dict(id=id_, label=label, vals=vals, kind=kind, dollar=dollar, indent=indent)
    d.update(kw)
    return d


def S(label, indent=0):
    return dict(label=label, kind="section", vals=[], indent=indent)


def vals(d, years=Y3, places=0):
    return [acct(d[y], places) for y in years]


HDR_Y3 = [[("Year Ended December 31,", 0, 3)], [("2025", 0, 1), ("2024", 1, 1), ("2023", 2, 1)]]
HDR_B2 = [[("December 31,", 0, 2)], [("2025", 0, 1), ("2024", 1, 1)]]
C3 = [24, 24, 24]
C2 = [28, 28]


def build(m, prev_labels=None):
    i = m.inp
    d = Doc(STYLE)
    d.set_title(f"{COMPANY} Form 10-K for the fiscal year ended December 31, 2025")
    d.set_author(COMPANY)
    toc = prev_labels or {}

    def page_of(anchor):
        if not toc:
            return "00"
        return toc.get(anchor, "00")

    # ------------------------------------------------------------------ cover
    d.numbering(None)
    d.add_page()
    d.set_font("Times", "B", 11)
    d.cell(0, 5, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9.5)
    d.cell(0, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("Times", "B", 16)
    d.cell(0, 8, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("Times", "", 9.5)
    d.multi_cell(
        0,
        4.5,
        "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
        "For the fiscal year ended December 31, 2025\nor\n[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF "
        "THE SECURITIES EXCHANGE ACT OF 1934\nFor the transition period from ______ to ______\n"
        "Commission File Number 001-39418",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(4)
    d.set_font("Times", "B", 15)
    d.cell(0, 7, "BRINMOOR MEDICAL TECHNOLOGIES, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 9)
    d.cell(0, 4.5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("Times", "", 9.5)
    d.multi_cell(
        0,
        4.5,
        "Delaware                                                             41-2286519\n"
        "(State of incorporation)                                   (I.R.S. Employer Identification No.)\n\n"
        "4100 Orrin Lake Parkway, Halvern Falls, Minnesota 55491\n(Address of principal executive offices)\n"
        "(763) 555-0142\n(Registrant's telephone number, including area code)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.set_font("Times", "", 9)
    d.multi_cell(
        0,
        4.3,
        "Securities registered pursuant to Section 12(b) of the Act: Common Stock, par value $0.01 per share; "
        "Trading symbol: BRMD. Securities registered pursuant to Section 12(g) of the Act: None.\n\n"
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
        "Securities Act. Yes [X] No [ ]. Indicate by check mark whether the registrant (1) has filed all reports "
        "required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 "
        "months and (2) has been subject to such filing requirements for the past 90 days. Yes [X] No [ ]. "
        "Large accelerated filer [X]  Accelerated filer [ ]  Non-accelerated filer [ ]  Smaller reporting company [ ]  "
        "Emerging growth company [ ]. Indicate by check mark "
        "whether the registrant is a shell company. Yes [ ] No [X].",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(2)
    d.multi_cell(
        0,
        4.3,
        "The aggregate market value of the registrant's common stock held by non-affiliates as of June 30, "
        "2025, the last business day of the registrant's most recently completed second fiscal quarter, was "
        f"approximately ${dec(i.market_value_bn, 1)} billion. As of February 13, 2026, there were "
        f"{dec(m.outstanding[2025] * 1000 + i.shares_net_change_since_ye)} "
        "shares of the registrant's common stock outstanding.\n\n"
        "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive Proxy Statement for its 2026 "
        "Annual Meeting of Stockholders are incorporated by reference into Part III of this Form 10-K.",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    # ------------------------------------------------------------------ TOC
    d.add_page()
    d.set_font("Times", "B", 11)
    d.cell(0, 6, "TABLE OF CONTENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    toc_items = [
        ("PART I", None),
        ("Item 1.", "Business", "item1"),
        ("Item 1A.", "Risk Factors", "item1a"),
        ("Item 1B.", "Unresolved Staff Comments", "item1b"),
        ("Item 1C.", "Cybersecurity", "item1c"),
        ("Item 2.", "Properties", "item2"),
        ("Item 3.", "Legal Proceedings", "item3"),
        ("Item 4.", "Mine Safety Disclosures", "item4"),
        ("PART II", None),
        (
            "Item 5.",
            "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
            "Equity Securities",
            "item5",
        ),
        ("Item 6.", "[Reserved]", "item6"),
        ("Item 7.", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "item7"),
        ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk", "item7a"),
        ("Item 8.", "Financial Statements and Supplementary Data", "item8"),
        ("Item 9.", "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "item9"),
        ("Item 9A.", "Controls and Procedures", "item9a"),
        ("Item 9B.", "Other Information", "item9b"),
        ("Item 9C.", "Disclosure Regarding Foreign Jurisdictions that Prevent Inspections", "item9b"),
        ("PART III", None),
        (
            "Items 10-14.",
            "Directors, Executive Officers, Compensation, Ownership, Relationships and Accountant Fees",
            "part3",
        ),
        ("PART IV", None),
        ("Item 15.", "Exhibits and Financial Statement Schedules", "item15"),
        ("Item 16.", "Form 10-K Summary", "item15"),
        ("", "Signatures", "sigs"),
        ("", "Index to Consolidated Financial Statements", "fs_index"),
    ]
    for it in toc_items:
        if it[1] is None:
            d.ln(1.5)
            d.set_font("Times", "B", 9.5)
            d.cell(0, 5, it[0], new_x="LMARGIN", new_y="NEXT")
            continue
        num, text, anc = it
        d.set_font("Times", "", 9.5)
        y = d.get_y()
        d.set_x(d.l_margin)
        d.cell(22, 4.8, num)
        d.multi_cell(d.epw - 40, 4.8, text, new_x="RIGHT", new_y="TOP")
        d.set_xy(d.l_margin + d.epw - 16, y)
        d.cell(16, 4.8, str(page_of(anc)), align="R")
        d.set_xy(d.l_margin, max(d.get_y(), y) + 4.8 + (4.8 if len(text) > 88 else 0))
    d.ln(4)
    d.set_font("Times", "I", 8.5)
    d.multi_cell(
        0,
        4,
        'Unless the context requires otherwise, references in this report to "Brinmoor," the "Company," '
        '"we," "us" and "our" refer to Brinmoor Medical Technologies, Inc. and its consolidated subsidiaries. '
        "Amounts in tables are in thousands of U.S. dollars unless otherwise indicated; amounts in the narrative "
        "are generally rounded to the nearest tenth of a million.",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.set_font("Times", "B", 9)
    d.cell(0, 5, "CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 8.5)
    d.multi_cell(
        0,
        4,
        "This report contains forward-looking statements within the meaning of the Private Securities "
        "Litigation Reform Act of 1995, including statements about our expected sales growth, product launches, "
        "regulatory clearances, the integration of acquired businesses, restructuring savings, capital allocation "
        'and liquidity. Words such as "anticipate," "expect," "intend," "plan," "believe," "estimate" '
        "and similar expressions identify such statements. They are subject to risks and uncertainties, including "
        "those described under Item 1A, that could cause actual results to differ materially. We undertake no "
        "obligation to update any forward-looking statement except as required by law.",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    # ------------------------------------------------------------------ PART I
    d.numbering("", 1)
    d.running_head = f"{COMPANY} | 2025 Form 10-K"
    d.add_page()
    d.heading("PART I", 0, align="C")
    d.heading("Item 1. Business", 1, key="item1")
    share = {s: Fr(m.seg_sales[s][2025], m.sales[2025]) for s in SEGS}
    d.heading("Overview", 2)
    d.para(
        f"{COMPANY} is a global developer and manufacturer of medical devices used in cardiovascular, orthopedic, "
        "spinal and general surgical procedures. Founded in 1987 as a maker of vascular access catheters, the Company "
        "has grown through internal development and a series of targeted acquisitions into a diversified device "
        f"manufacturer that sells in approximately {i.countries} countries. Our products are used by physicians in "
        "hospitals, ambulatory surgery centers and office-based labs, and are purchased by hospital systems, group "
        "purchasing organizations, integrated delivery networks, distributors and government health agencies. In 2025 "
        f"we generated net sales of ${mn(m.sales[2025])} million, of which {pct(Fr(m.us[2025], m.sales[2025]))} was "
        "generated in the United States.",
        key="bus_overview",
    )
    d.para(
        "We manage the business through three reportable segments, each led by a segment president who reports to our "
        "Chief Executive Officer: Cardiovascular, Orthopedics & Spine and Surgical Technologies. The segments are "
        "organized around the clinical specialties they serve and share common manufacturing, quality, regulatory, "
        "supply chain and administrative functions. Financial information about our segments and geographic areas is "
        "presented in Note 14 to the consolidated financial statements."
    )
    d.heading("Cardiovascular", 3)
    d.para(
        f"The Cardiovascular segment ({pct(share['CV'])} of 2025 net sales) offers peripheral and coronary "
        "interventional devices, including balloon catheters, drug-coated balloons, self-expanding stents, guidewires, "
        "embolic protection filters and vascular closure devices, as well as the Orrinseal line of large-bore closure "
        "systems for structural heart procedures. Growth in 2025 was led by the second-generation Corvelle drug-coated "
        "balloon, which received expanded labeling for below-the-knee lesions in the second quarter."
    )
    d.heading("Orthopedics & Spine", 3)
    d.para(
        f"The Orthopedics & Spine segment ({pct(share['OS'])} of 2025 net sales) designs and manufactures primary and "
        "revision knee and hip systems, trauma plates and screws, interbody fusion cages, pedicle screw systems and "
        "bone graft substitutes. The segment sells principally through a combination of direct sales representatives "
        "and independent agencies that maintain consigned inventory at customer sites, which results in higher "
        "inventory levels relative to sales than in our other segments."
    )
    d.heading("Surgical Technologies", 3)
    d.para(
        f"The Surgical Technologies segment ({pct(share['ST'])} of 2025 net sales) provides energy-based vessel "
        "sealing instruments, surgical staplers and reloads, laparoscopic access ports, endoscopic visualization "
        "systems and single-use instruments. The segment includes the business of Velloran Surgical, a maker of "
        "advanced bipolar sealing instruments acquired in April 2024, whose products were integrated into our "
        "global distribution network during 2025."
    )
    d.heading("Research and Development", 2)
    d.para(
        f"We invested ${mn(m.rnd[2025])} million in research and development in 2025, or "
        f"{pct(Fr(m.rnd[2025], m.sales[2025]))} of net sales. Our development organization includes engineers, "
        "scientists, clinicians and regulatory specialists located at six technology centers. We sponsor clinical "
        "studies to support regulatory submissions and to generate evidence of the clinical and economic value of our "
        "therapies, and we collaborate with academic medical centers under research agreements."
    )
    d.heading("Manufacturing, Supply Chain and Quality", 2)
    d.para(
        f"We operate {i.mfg_sites} manufacturing facilities in North America, Europe and Asia. Most of our products "
        "are made from raw materials and components that are available from multiple suppliers, although certain "
        "polymers, resins, sterilization services and electronic components are obtained from single or limited "
        "sources. Our facilities are certified to applicable quality system standards and are subject to periodic "
        "inspection by regulators and notified bodies."
    )
    d.heading("Backlog", 2)
    d.para(
        f"Most of our products are shipped within days of receipt of an order, and backlog is therefore not a "
        f"meaningful indicator of future sales. Backlog, consisting principally of capital equipment orders in the "
        f"Surgical Technologies segment and scheduled shipments under distributor agreements, was approximately "
        f"${mn(i.backlog[2025])} million at December 31, 2025, compared with approximately "
        f"${mn(i.backlog[2024])} million at December 31, 2024. We expect to fill substantially all of the backlog "
        "at December 31, 2025 during 2026.",
        key="bus_backlog",
    )
    d.heading("Government Regulation", 2)
    d.para(
        "Our products are subject to extensive regulation by the U.S. Food and Drug Administration and by comparable "
        "authorities in other countries. Before a new device can be marketed in the United States it generally must "
        "receive 510(k) clearance, de novo classification or premarket approval. In the European Union our products "
        "must be certified under the Medical Device Regulation, and we completed the transition of our remaining "
        "legacy certificates during 2025. We are also subject to laws governing interactions with health care "
        "professionals, data privacy, environmental protection and anti-corruption."
    )
    d.heading("Competition", 2)
    d.para(
        "The markets in which we compete are highly competitive and are characterized by rapid technological change, "
        "frequent product introductions, pricing pressure from group purchasing organizations and consolidation among "
        "hospital systems. We compete with large diversified medical technology companies as well as with smaller "
        "companies focused on specific product categories. We believe that product performance, clinical evidence, "
        "the breadth of our portfolio, customer service and price are the principal competitive factors."
    )
    d.heading("Human Capital", 2)
    d.para(
        f"As of December 31, 2025, we employed approximately {dec(i.employees[2025])} people, compared with "
        f"approximately {dec(i.employees[2024])} at December 31, 2024. Approximately "
        f"{dec(i.employees_outside_us_2025)} of our employees were located outside the United States, and "
        f"approximately {dec(i.mfg_employees)} were engaged in manufacturing "
        "and supply chain operations. Employees at two of our "
        "European facilities are represented by works councils. We measure engagement through an annual survey, "
        f"and our voluntary turnover rate in 2025 was {dec(i.voluntary_turnover, 1)}%.",
        key="bus_employees",
    )
    d.heading("Available Information", 2)
    d.para(
        "We make our annual reports on Form 10-K, quarterly reports on Form 10-Q, current reports on Form 8-K and "
        "amendments to those reports available free of charge on the investor relations section of our website as "
        "soon as reasonably practicable after we file them with the Securities and Exchange Commission."
    )

    d.heading("Item 1A. Risk Factors", 1, key="item1a")
    d.para(
        "Our business is subject to many risks. The following summarizes the factors that we believe are most "
        "significant; additional risks not currently known to us may also affect our business."
    )
    risks = [
        (
            "Pricing pressure and health care cost containment could reduce our sales and margins.",
            "Hospitals, purchasing organizations and government payers "
            "continue to seek lower prices for medical devices. "
            "Tender processes outside the United States and value "
            "analysis committees within U.S. hospital systems could "
            "reduce the prices we obtain or the volumes we sell.",
        ),
        (
            "We depend on single and limited-source suppliers and on sterilization capacity.",
            "An interruption in the supply of certain resins, coated "
            "components or contract sterilization services could "
            "delay shipments. Regulatory restrictions on ethylene "
            "oxide sterilization could increase our costs or require "
            "us to validate alternative methods.",
        ),
        (
            "Regulatory clearances may be delayed, and products may be subject to recalls.",
            "Failure to obtain timely clearances, observations arising from inspections, or field actions relating to "
            "product quality could result in lost sales, remediation costs and harm to our reputation.",
        ),
        (
            "Our international operations expose us to currency and geopolitical risks.",
            f"International sales represented {pct(Fr(m.intl[2025], m.sales[2025]))} of net sales in 2025. Changes in "
            "exchange rates, trade restrictions, tariffs and local "
            "economic conditions could adversely affect our results.",
        ),
        (
            "We may not realize the expected benefits of acquisitions and restructuring actions.",
            "Integration of acquired businesses, including Velloran Surgical, and our ongoing manufacturing network "
            "consolidation may take longer or cost more than anticipated and could disrupt operations.",
        ),
        (
            "Our indebtedness could limit our flexibility.",
            f"At December 31, 2025, we had ${mn(m.debt_principal[2025])} "
            "million of principal indebtedness outstanding. Our "
            "credit agreement contains financial covenants, and borrowings bear interest at variable rates.",
        ),
        (
            "Cybersecurity incidents could disrupt operations or compromise data.",
            "Our products, manufacturing systems and information "
            "technology infrastructure are exposed to cyber threats. "
            "A successful attack could interrupt production, compromise patient or customer data, or impair connected "
            "devices.",
        ),
        (
            "Product liability claims and litigation could be costly.",
            "Our devices are used in invasive procedures, and we are subject to product liability and intellectual "
            "property claims. Insurance may not cover all liabilities, and adverse outcomes could be significant.",
        ),
    ]
    for head, body in risks:
        d.para(head, style="BI", gap=0.4)
        d.para(body)

    d.heading("Item 1B. Unresolved Staff Comments", 1, key="item1b")
    d.para("None.")
    d.heading("Item 1C. Cybersecurity", 1, key="item1c")
    d.para(
        "We maintain an information security program overseen by our Chief Information Security Officer, who reports "
        "to the Chief Information Officer and briefs the Audit Committee of the Board of Directors at least quarterly. "
        "The program includes risk assessments, vulnerability testing, third-party risk management, employee training "
        "and an incident response plan that is exercised annually. We did not identify any cybersecurity incident in "
        "2025 that materially affected, or is reasonably likely to materially affect, the Company."
    )
    d.heading("Item 2. Properties", 1, key="item2")
    d.para(
        "Our corporate headquarters and principal research center are located in Halvern Falls, Minnesota, in an "
        f"owned campus of approximately {dec(i.properties[0][3])} square feet. We operate {i.mfg_sites} manufacturing "
        "facilities, the principal ones of which are listed below, "
        "and we lease distribution centers, sales offices and "
        "technology centers in the United States and abroad. We believe our facilities are suitable and adequate for "
        "our current needs."
    )
    props = [(loc, use, seg, dec(sq), st) for loc, use, seg, sq, st in i.properties]
    d.set_font("Times", "B", 8.2)
    widths = [40, 64, 42, 18, 13]
    for w, h in zip(widths, ["Location", "Principal Use", "Segment", "Sq. Feet", "Status"], strict=True):
        d.cell(w, 4.2, h, border="B")
    d.ln(4.6)
    d.set_font("Times", "", 8.2)
    for row in props:
        for j, (w, t) in enumerate(zip(widths, row, strict=True)):
            txt = t if d.get_string_width(t) < w - 1 else d.wrap(t, w - 1)[0] + "..."
            d.cell(w, 4.0, txt, align="R" if j == 3 else "L")
        d.ln(4.0)
    d.ln(2)
    d.heading("Item 3. Legal Proceedings", 1, key="item3")
    d.para(
        "Information regarding legal proceedings is presented in Note 15 to the consolidated financial statements and "
        "is incorporated herein by reference."
    )
    d.heading("Item 4. Mine Safety Disclosures", 1, key="item4")
    d.para("Not applicable.")

    # ------------------------------------------------------------------ PART II
    d.add_page()
    d.heading("PART II", 0, align="C")
    d.heading(
        "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity "
        "Securities",
        1,
        key="item5",
    )
    d.para(
        'Our common stock trades on a national securities exchange under the symbol "BRMD." As of February 13, 2026, '
        f"there were approximately {dec(i.holders_of_record)} holders of "
        "record of our common stock, a number that does not include "
        "beneficial owners whose shares are held in street name."
    )
    d.para(
        f"We paid quarterly cash dividends totaling ${dec(i.div_ps[2025], 2)} per share in 2025 and "
        f"${dec(i.div_ps[2024], 2)} per share in 2024. In February 2026 the Board of Directors declared a quarterly "
        f"dividend of ${dec(i.dividend_declared_2026, 2)} per share. "
        "Future dividends are subject to the discretion of the Board.",
        key="item5_div",
    )
    d.para(
        f"In February 2024 the Board of Directors authorized the repurchase of up to ${mn(i.program_authorized, 0)} "
        'million of our common stock (the "2024 Program"), with no expiration date. The following table presents '
        "repurchases of our common stock during the three months ended December 31, 2025:",
        key="item5_prog",
    )
    rows = []
    for j, (label, sh, px, rem) in enumerate(m.q4_rows):
        rows.append(
            R(
                f"m{j}",
                label,
                [dec(sh), dec(px, 2), dec(sh), dec(rnd(Fr(rem, 1000)))],
                dollar=[False, j == 0, False, j == 0],
            )
        )
    rows.append(
        R(
            "tot",
            "Total",
            [dec(m.q4_shares), dec(m.q4_avg_px, 2), dec(m.q4_shares), ""],
            kind="total",
            dollar=[False, True, False, False],
        )
    )
    d.table(
        "rep",
        "",
        None,
        [26, 24, 32, 34],
        [
            [("Total Number", 0, 1), ("Average", 1, 1), ("Shares Purchased", 2, 1), ("Approximate Dollar", 3, 1)],
            [("of Shares", 0, 1), ("Price Paid", 1, 1), ("as Part of Publicly", 2, 1), ("Value That May Yet Be", 3, 1)],
            [
                ("Period", None, 0),
                ("Purchased", 0, 1),
                ("per Share", 1, 1),
                ("Announced Program", 2, 1),
                ("Purchased (thousands)", 3, 1),
            ],
        ],
        rows,
        note=["Average price paid per share excludes commissions and the 1% excise tax on net repurchases."],
    )
    d.heading("Item 6. [Reserved]", 1, key="item6")

    # ------------------------------------------------------------------ Item 7
    d.heading(
        "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1, key="item7"
    )
    d.para(
        "The following discussion should be read together with our consolidated financial statements and the related "
        "notes. Discussion of 2023 results and of year-to-year comparisons between 2024 and 2023 that is not included "
        "below can be found in Item 7 of our Annual Report on Form 10-K for the fiscal year ended December 31, 2024."
    )
    d.heading("Overview of 2025 Results", 2)
    sg = Fr(m.sales[2025] - m.sales[2024], m.sales[2024])
    d.para(
        f"Net sales increased {pct(sg)} to ${mn(m.sales[2025])} million in 2025, driven by volume growth in all three "
        f"segments, new product introductions and a favorable foreign currency impact of approximately "
        f"${mn(i.fx_sales_impact_2025)} million. Operating income was ${mn(m.oi[2025])} million compared with "
        f"${mn(m.oi[2024])} million in 2024, and diluted earnings per share were ${dec(m.eps_dil[2025], 2)} compared "
        f"with ${dec(m.eps_dil[2024], 2)}. Cash provided by operating "
        f"activities was ${mn(m.cfo[2025])} million, and we "
        f"returned ${mn(i.repurch_amt[2025] + i.dividends[2025])} million to stockholders through share repurchases "
        "and dividends.",
        key="mdna_overview",
    )
    d.heading("Results of Operations", 2)
    rows = []
    items = [
        ("sales", "Net sales", m.sales, True),
        ("cogs", "Cost of products sold", m.cogs, False),
        ("gp", "Gross profit", m.gp, False),
        ("rnd", "Research and development", m.rnd, False),
        ("sga", "Selling, general and administrative", m.sga, False),
        ("amort", "Amortization of intangible assets", m.amort, False),
        ("restr", "Restructuring and other charges", m.restr, False),
        ("oi", "Operating income", m.oi, True),
    ]
    for k, label, dd, dol in items:
        rows.append(
            R(
                k,
                label,
                [acct(dd[2025]), pct(Fr(dd[2025], m.sales[2025])), acct(dd[2024]), pct(Fr(dd[2024], m.sales[2024]))],
                kind="total" if k in ("gp", "oi") else "line",
                dollar=dol,
            )
        )
    d.table(
        "ops",
        "",
        "(in thousands, except percentages)",
        [26, 20, 26, 20],
        [
            [("2025", 0, 2), ("2024", 2, 2)],
            [("Amount", 0, 1), ("% of Sales", 1, 1), ("Amount", 2, 1), ("% of Sales", 3, 1)],
        ],
        rows,
    )
    d.heading("Net Sales by Segment", 3)
    rows = []
    for s in SEGS:
        rows.append(
            R(
                s,
                SEG_NAMES[s],
                [
                    acct(m.seg_sales[s][2025]),
                    acct(m.seg_sales[s][2024]),
                    pct(Fr(m.seg_sales[s][2025] - m.seg_sales[s][2024], m.seg_sales[s][2024])),
                ],
                dollar=(s == "CV"),
            )
        )
    rows.append(
        R("tot", "Total net sales", [acct(m.sales[2025]), acct(m.sales[2024]), pct(sg)], kind="grand", dollar=True)
    )
    d.table(
        "segsales",
        "",
        "(in thousands)",
        [28, 28, 22],
        [[("Year Ended December 31,", 0, 2), ("", 2, 1)], [("2025", 0, 1), ("2024", 1, 1), ("% Change", 2, 1)]],
        rows,
    )
    cvg = Fr(m.seg_sales["CV"][2025] - m.seg_sales["CV"][2024], m.seg_sales["CV"][2024])
    osg = Fr(m.seg_sales["OS"][2025] - m.seg_sales["OS"][2024], m.seg_sales["OS"][2024])
    stg = Fr(m.seg_sales["ST"][2025] - m.seg_sales["ST"][2024], m.seg_sales["ST"][2024])
    d.para(
        f"Cardiovascular net sales increased {pct(cvg)}, reflecting strong adoption of the Corvelle drug-coated "
        "balloon and double-digit growth in large-bore closure, partially offset by pricing pressure on coronary "
        f"balloon catheters. Orthopedics & Spine net sales increased {pct(osg)}; growth in revision knee systems and "
        "interbody cages was partially offset by lower sales of bone graft substitutes following a competitor's price "
        f"reductions. Surgical Technologies net sales increased {pct(stg)}, led by a full year of Velloran sealing "
        "instruments and higher placements of visualization systems.",
        key="mdna_segsales",
    )
    d.heading("Segment Operating Profit", 3)
    rows = []
    for s in SEGS:
        rows.append(
            R(
                s,
                SEG_NAMES[s],
                [
                    acct(m.segop[s][2025]),
                    pct(Fr(m.segop[s][2025], m.seg_sales[s][2025])),
                    acct(m.segop[s][2024]),
                    pct(Fr(m.segop[s][2024], m.seg_sales[s][2024])),
                ],
                dollar=(s == "CV"),
            )
        )
    d.table(
        "segop_mdna",
        "",
        "(in thousands, except percentages)",
        [26, 22, 26, 22],
        [[("2025", 0, 2), ("2024", 2, 2)], [("Profit", 0, 1), ("Margin", 1, 1), ("Profit", 2, 1), ("Margin", 3, 1)]],
        rows,
        note=[
            "Segment operating profit excludes amortization of intangible assets, restructuring and other "
            "charges, and unallocated corporate expenses. See Note 14."
        ],
    )
    d.para(
        f"Total segment operating profit increased to ${mn(m.segop_total[2025])} million from "
        f"${mn(m.segop_total[2024])} million. Cardiovascular operating margin expanded on favorable mix and "
        "manufacturing efficiencies in our Varrowby and Ardvarren plants. Orthopedics & Spine margin declined as "
        "price reductions on bone graft substitutes and higher instrument set depreciation outweighed volume gains. "
        "Surgical Technologies margin improved substantially as Velloran integration synergies were realized and the "
        "acquired business achieved scale within our distribution network. Unallocated corporate expenses were "
        f"${mn(m.corporate[2025])} million compared with ${mn(m.corporate[2024])} million.",
        key="mdna_segop",
    )
    gm25, gm24 = Fr(m.gp[2025], m.sales[2025]), Fr(m.gp[2024], m.sales[2024])
    bps = int(rnd((gm25 - gm24) * 10000))
    d.heading("Gross Margin", 3)
    d.para(
        f"Gross margin was {pct(gm25)} in 2025 compared with {pct(gm24)} in 2024, an increase of approximately "
        f"{bps} basis points. The improvement reflected favorable product mix toward drug-coated balloons and "
        "sealing instruments, savings from our manufacturing network consolidation and lower freight costs, "
        "partially offset by wage inflation, higher resin costs and unfavorable manufacturing variances in the "
        "Orthopedics & Spine segment during the first half of the year.",
        key="mdna_gm",
    )
    d.heading("Operating Expenses", 3)
    d.para(
        f"Research and development expense increased to ${mn(m.rnd[2025])} million, or "
        f"{pct(Fr(m.rnd[2025], m.sales[2025]))} of net sales, from ${mn(m.rnd[2024])} million, or "
        f"{pct(Fr(m.rnd[2024], m.sales[2024]))} of net sales, in 2024, reflecting clinical trial spending for the "
        "Corvelle below-the-knee indication and investment in robotic-assisted spine navigation. Selling, general and "
        f"administrative expense was ${mn(m.sga[2025])} million, or {pct(Fr(m.sga[2025], m.sales[2025]))} of net "
        f"sales, compared with ${mn(m.sga[2024])} million, or {pct(Fr(m.sga[2024], m.sales[2024]))} of net sales, "
        "as leverage on sales growth more than offset higher incentive compensation and investments in the U.S. "
        f"sales force. SG&A included acquisition and integration costs of ${mn(i.acq_costs[2025])} million in 2025 "
        f"and ${mn(i.acq_costs[2024])} million in 2024.",
        key="mdna_opex",
    )
    d.para(
        f"Restructuring and other charges were ${mn(m.restr[2025])} million in 2025 and ${mn(m.restr[2024])} million "
        "in 2024 and related primarily to the consolidation of two orthopedic manufacturing sites into our existing "
        "facility in Quenmoor Hollow, Indiana, and to workforce reductions in our European commercial organization. "
        "We expect the program to be substantially complete by the end of 2026.",
        key="mdna_restr",
    )
    d.heading("Interest and Income Taxes", 3)
    d.para(
        f"Interest expense decreased to ${mn(m.int_exp[2025])} million from ${mn(m.int_exp[2024])} million, "
        "reflecting lower average revolving credit borrowings and lower variable interest rates. Our effective tax "
        f"rate was {pct(m.etr[2025])} in 2025 compared with {pct(m.etr[2024])} in 2024; the increase reflected a lower "
        "benefit from the release of reserves for uncertain tax positions, partially offset by higher research "
        "credits and excess tax benefits from stock-based compensation.",
        key="mdna_tax",
    )
    d.heading("Non-GAAP Financial Measure", 2)
    d.para(
        "We present adjusted operating income, a non-GAAP financial measure, because management uses it to evaluate "
        "operating performance and believes it facilitates comparisons across periods. Adjusted operating income "
        "excludes amortization of intangible assets, restructuring and other charges, and acquisition and integration "
        "costs. It should not be considered in isolation or as a substitute for operating income."
    )
    rows = [
        R("oi", "Operating income (GAAP)", vals(m.oi), dollar=True),
        R("amort", "Amortization of intangible assets", vals(m.amort), indent=1),
        R("restr", "Restructuring and other charges", vals(m.restr), indent=1),
        R("acq", "Acquisition and integration costs (a)", vals(i.acq_costs), indent=1),
        R("adj", "Adjusted operating income (non-GAAP)", vals(m.adj_oi), kind="grand", dollar=True),
        R("blank", "", [], kind="blank"),
        R("m_gaap", "Operating margin (GAAP)", [pct(Fr(m.oi[y], m.sales[y])) for y in Y3]),
        R("m_adj", "Adjusted operating margin (non-GAAP)", [pct(Fr(m.adj_oi[y], m.sales[y])) for y in Y3]),
    ]
    d.table(
        "ngaap",
        "Reconciliation of Operating Income to Adjusted Operating Income",
        "(in thousands)",
        C3,
        HDR_Y3,
        rows,
        note=[
            "(a) Included in selling, general and administrative expense; consists of transaction fees, "
            "retention payments and systems integration costs related to the Velloran Surgical acquisition."
        ],
    )
    d.heading("Liquidity and Capital Resources", 2)
    d.para(
        f"At December 31, 2025 we had cash and cash equivalents of ${mn(m.cash[2025])} million, of which "
        f"approximately ${mn(i.cash_outside_us)} million was held outside the United States, and "
        f"${mn(m.revolver_avail)} million of borrowing capacity available under our "
        f"${mn(i.revolver_capacity, 0)} million revolving credit facility, after "
        f"${mn(m.rv[2025])} million of outstanding borrowings and ${mn(i.letters_of_credit, 2)} million of "
        "outstanding letters of credit. We believe that cash on hand, cash generated from operations and "
        "availability under the revolving credit facility will be sufficient to fund our operations, capital "
        "expenditures, dividends, scheduled debt payments and share repurchases for at least the next twelve "
        "months.",
        key="mdna_liq",
    )
    rows = [
        R("cfo", "Operating activities", vals(m.cfo), dollar=True),
        R("cfi", "Investing activities", vals(m.cfi)),
        R("cff", "Financing activities", vals(m.cff)),
        R("fx", "Effect of exchange rate changes on cash", vals(i.fx_cash)),
        R("net", "Net increase in cash and cash equivalents", vals(m.net_cash), kind="grand", dollar=True),
    ]
    d.table(
        "mdna_cf",
        "Summary of Cash Flows",
        "(in thousands)",
        C3,
        [
            [("Year Ended December 31,", 0, 3)],
            [("2025", 0, 1), ("2024", 1, 1), ("2023", 2, 1)],
            [("Net cash provided by (used in):", None, 0)],
        ],
        rows,
    )
    d.para(
        f"Operating cash flow increased ${mn(m.cfo[2025] - m.cfo[2024])} million from 2024, primarily due to higher "
        "net income, partially offset by increases in accounts receivable and inventories to support sales growth "
        f"and new product launches. Capital expenditures were ${mn(m.capex[2025])} million in 2025 and are expected "
        f"to be approximately ${mn(i.capex_guide_2026[0], 0)} million to ${mn(i.capex_guide_2026[1], 0)} "
        "million in 2026, principally for capacity expansion in drug-coated "
        f"balloon manufacturing. In 2025 we repaid ${mn(i.tl_repay[2025])} million of term loan principal, borrowed "
        f"${mn(i.rev_borrow[2025])} million and repaid ${mn(i.rev_repay[2025])} million under the revolving credit "
        f"facility, repurchased {dec(i.repurch_sh[2025])} thousand shares of common stock for "
        f"${mn(i.repurch_amt[2025])} million and paid dividends of ${mn(i.dividends[2025])} million.",
        key="mdna_cfprose",
    )
    d.para(
        "Our credit agreement requires us to maintain a ratio of consolidated total net debt to consolidated EBITDA, "
        "each as defined in the agreement, of not more than 3.75 to 1.00 and an interest coverage ratio of not less "
        "than 3.00 to 1.00. We were in compliance with these covenants at December 31, 2025."
    )
    d.heading("Contractual Obligations", 3)
    co_rows = [
        ("debt", "Long-term debt principal (a)"),
        ("interest", "Interest on long-term debt (b)"),
        ("lease", "Operating lease obligations"),
        ("purchase", "Purchase obligations (c)"),
    ]
    rows = []
    for j, (k, label) in enumerate(co_rows):
        c = m.co[k]
        rows.append(R(k, label, [acct(c[b]) for b in ("total", "lt1", "1to3", "3to5", "gt5")], dollar=(j == 0)))
    rows.append(
        R(
            "total",
            "Total",
            [acct(m.co_total[b]) for b in ("total", "lt1", "1to3", "3to5", "gt5")],
            kind="grand",
            dollar=True,
        )
    )
    d.table(
        "co",
        "",
        "(in thousands)",
        [22, 21, 21, 21, 21],
        [
            [("Payments Due by Period", 0, 5)],
            [("Total", 0, 1), ("Less than", 1, 1), ("1-3", 2, 1), ("3-5", 3, 1), ("More than", 4, 1)],
            [("", 0, 1), ("1 Year", 1, 1), ("Years", 2, 1), ("Years", 3, 1), ("5 Years", 4, 1)],
        ],
        rows,
        label_w=62,
        note=[
            "(a) Principal amounts only; excludes unamortized debt issuance costs.",
            "(b) Estimated using variable rates in effect at December 31, 2025, and assuming scheduled repayment.",
            "(c) Non-cancelable commitments for inventory, components, capital equipment and services.",
        ],
    )
    d.heading("Critical Accounting Estimates", 2)
    d.para(
        "Our critical accounting estimates relate to excess and obsolete inventory reserves, the recoverability of "
        "goodwill and intangible assets, income taxes and uncertain tax positions, and product warranty and "
        "litigation accruals. We evaluated goodwill for impairment as of October 1, 2025, and the fair value of each "
        "reporting unit exceeded its carrying amount by more than 30%. Inventory reserves are based on forecasted "
        "demand, product expiration dating and consigned inventory aging; a 10% change in the reserve would not "
        "have had a material effect on 2025 results."
    )
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, key="item7a")
    d.para(
        "We are exposed to changes in interest rates on our variable-rate term loan and revolving credit borrowings. "
        "A hypothetical 100 basis point increase in interest rates would have increased 2025 interest expense by "
        f"approximately ${mn(rnd(Fr(m.debt_principal[2025], 100)))} million. We are also exposed to foreign currency "
        "risk, principally from the euro, Japanese yen and Chinese yuan, and we use foreign exchange forward "
        "contracts designated as cash flow hedges to reduce the impact of currency changes on forecasted "
        "intercompany inventory purchases."
    )
    d.heading("Item 8. Financial Statements and Supplementary Data", 1, key="item8")
    d.para(
        f"The consolidated financial statements required by this item are included in Item 15 of this report, "
        f"beginning on page {page_of('fs_index')}."
    )
    d.heading(
        "Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1, key="item9"
    )
    d.para("None.")
    d.heading("Item 9A. Controls and Procedures", 1, key="item9a")
    d.para(
        "Under the supervision of our Chief Executive Officer and Chief Financial Officer, management evaluated the "
        "effectiveness of our disclosure controls and procedures as of December 31, 2025 and concluded that they "
        "were effective. Management assessed the effectiveness of our internal control over financial reporting as "
        "of December 31, 2025 using the criteria in Internal Control - Integrated Framework (2013) and concluded that "
        "it was effective. Our independent registered public accounting firm has issued an attestation report on our "
        "internal control over financial reporting, which is included in Item 15. There were no changes in internal "
        "control over financial reporting during the fourth quarter of 2025 that materially affected, or are "
        "reasonably likely to materially affect, our internal control over financial reporting."
    )
    d.heading(
        "Item 9B. Other Information; Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections",
        1,
        key="item9b",
    )
    d.para(
        "During the three months ended December 31, 2025, none of our directors or officers adopted or terminated a "
        "Rule 10b5-1 trading arrangement or non-Rule 10b5-1 trading arrangement. Item 9C is not applicable."
    )
    d.heading("PART III", 0, align="C")
    d.heading("Items 10 - 14.", 1, key="part3")
    d.para(
        "The information required by Items 10 through 14 is incorporated by reference to our definitive Proxy "
        "Statement for the 2026 Annual Meeting of Stockholders, to be filed within 120 days after December 31, 2025. "
        "Our executive officers are Adaeze Whitlock-Ferrand, Chairman and Chief Executive Officer; Tobias Renquist, "
        "Executive Vice President and Chief Financial Officer; Priyanka Soldervik, President, Cardiovascular; "
        "Emmett Caldrano, President, Orthopedics & Spine; and Noor Haddersfield, President, Surgical Technologies."
    )
    d.heading("PART IV", 0, align="C")
    d.heading("Item 15. Exhibits and Financial Statement Schedules", 1, key="item15")
    d.para("(a) The following consolidated financial statements are filed as part of this report:", gap=0.5)
    for text, anc in [
        ("Report of Independent Registered Public Accounting Firm", "audit"),
        ("Consolidated Statements of Operations", "is"),
        ("Consolidated Statements of Comprehensive Income", "ci"),
        ("Consolidated Balance Sheets", "bs"),
        ("Consolidated Statements of Cash Flows", "cf"),
        ("Consolidated Statements of Stockholders' Equity", "eq"),
        ("Notes to Consolidated Financial Statements", "notes"),
    ]:
        d.set_font("Times", "", 9.4)
        d.set_x(d.l_margin + 6)
        d.cell(120, 4.4, text)
        d.cell(20, 4.4, str(page_of(anc)), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    d.para(
        "(b) Exhibits: 3.1 Amended and Restated Certificate of Incorporation; 3.2 Amended and Restated By-laws; 4.1 "
        "Description of Securities; 10.1 Credit Agreement dated as of March 18, 2022, as amended; 10.2 2021 Omnibus "
        "Incentive Plan; 21.1 Subsidiaries of the Registrant; 23.1 Consent of Independent Registered Public "
        "Accounting Firm; 31.1 and 31.2 Rule 13a-14(a) Certifications; 32.1 Section 1350 Certifications; 97.1 "
        "Compensation Recovery Policy; 101 Inline XBRL documents. Financial statement schedules are omitted because "
        "they are not applicable or the information is included in the notes. Item 16. Form 10-K Summary: None."
    )
    d.heading("SIGNATURES", 2, key="sigs")
    d.para(
        "Pursuant to the requirements of Section 13 or 15(d) of "
        "the Securities Exchange Act of 1934, the registrant has "
        "duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized, on "
        "February 24, 2026. BRINMOOR MEDICAL TECHNOLOGIES, INC. By: /s/ Adaeze Whitlock-Ferrand, Chairman and Chief "
        "Executive Officer. /s/ Tobias Renquist, Executive Vice President and Chief Financial Officer (Principal "
        "Financial Officer). /s/ Helena Marchetti-Voss, Vice President and Chief Accounting Officer (Principal "
        "Accounting Officer).",
        size=9,
    )

    # ------------------------------------------------------------------ F-pages
    d.numbering("F-", 1)
    d.add_page()
    d.mark("fs_index")
    d.heading("REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", 1, key="audit", align="C")
    d.para("To the Stockholders and the Board of Directors of Brinmoor Medical Technologies, Inc.", style="B")
    d.para("Opinions on the Financial Statements and Internal Control over Financial Reporting", style="BI", gap=0.5)
    d.para(
        "We have audited the accompanying consolidated balance sheets of Brinmoor Medical Technologies, Inc. and "
        "subsidiaries (the Company) as of December 31, 2025 and 2024, the related consolidated statements of "
        "operations, comprehensive income, stockholders' equity and cash flows for each of the three years in the "
        'period ended December 31, 2025, and the related notes (collectively referred to as the "consolidated '
        "financial statements\"). We also have audited the Company's internal control over financial reporting as of "
        "December 31, 2025, based on criteria established in Internal Control - Integrated Framework (2013). In our "
        "opinion, the consolidated financial statements present fairly, in all material respects, the financial "
        "position of the Company as of December 31, 2025 and 2024, and the results of its operations and its cash "
        "flows for each of the three years in the period ended December 31, 2025, in conformity with U.S. generally "
        "accepted accounting principles. Also in our opinion, the Company maintained, in all material respects, "
        "effective internal control over financial reporting as of December 31, 2025."
    )
    d.para("Basis for Opinions", style="BI", gap=0.5)
    d.para(
        "The Company's management is responsible for these consolidated financial statements, for maintaining "
        "effective internal control over financial reporting, and for its assessment of the effectiveness of internal "
        "control over financial reporting. Our responsibility is to express an opinion on the Company's consolidated "
        "financial statements and an opinion on the Company's internal control over financial reporting based on our "
        "audits. We are a public accounting firm registered with the PCAOB and are required to be independent with "
        "respect to the Company. We conducted our audits in accordance with the standards of the PCAOB. Our audits "
        "included performing procedures to assess the risks of material misstatement of the consolidated financial "
        "statements, whether due to error or fraud, and performing procedures that respond to those risks. We believe "
        "that our audits provide a reasonable basis for our opinions."
    )
    d.para(
        "Critical Audit Matter - Excess and Obsolete Inventory in the Orthopedics & Spine Segment", style="BI", gap=0.5
    )
    d.para(
        f"As discussed in Note 4, inventories totaled ${mn(m.inv[2025])} million at December 31, 2025, a significant "
        "portion of which is consigned at customer sites in the Orthopedics & Spine segment. Management records "
        "reserves for excess and obsolete inventory based on forecasted demand, product life cycles and the aging of "
        "consigned sets. Auditing these reserves was complex because the forecasts involve significant judgment. We "
        "tested controls over the reserve process, evaluated the reasonableness of demand forecasts by comparing them "
        "with historical usage and product launch plans, and tested the completeness and accuracy of consigned "
        "inventory data through site observations."
    )
    d.para(
        "/s/ Ashcombe Trevelyan LLP\nWe have served as the Company's auditor since 2009.\nHalvern Falls, Minnesota\n"
        "February 24, 2026",
        align="L",
    )

    # statements of operations
    d.add_page()
    rows = [
        R("sales", "Net sales", vals(m.sales), dollar=True),
        R("cogs", "Cost of products sold", vals(m.cogs)),
        R("gp", "Gross profit", vals(m.gp), kind="total"),
        S("Operating expenses:"),
        R("rnd", "Research and development", vals(m.rnd), indent=1),
        R("sga", "Selling, general and administrative", vals(m.sga), indent=1),
        R("amort", "Amortization of intangible assets", vals(m.amort), indent=1),
        R("restr", "Restructuring and other charges", vals(m.restr), indent=1),
        R("opex", "Total operating expenses", vals(m.opex), kind="total", indent=2),
        R("oi", "Operating income", vals(m.oi)),
        R("intexp", "Interest expense", vals({y: -m.int_exp[y] for y in Y3})),
        R("intoth", "Interest income and other, net", vals(m.int_other)),
        R("pretax", "Income before income taxes", vals(m.pretax), kind="total"),
        R("tax", "Provision for income taxes", vals(m.tax)),
        R("ni", "Net income", vals(m.ni), kind="grand", dollar=True),
        R("blank", "", [], kind="blank"),
        S("Earnings per share:"),
        R("epsb", "Basic", [dec(m.eps_basic[y], 2) for y in Y3], dollar=True, indent=1),
        R("epsd", "Diluted", [dec(m.eps_dil[y], 2) for y in Y3], dollar=True, indent=1),
        S("Weighted-average shares outstanding:"),
        R("shb", "Basic", vals(m.basic_sh), indent=1),
        R("shd", "Diluted", vals(m.dil_sh), indent=1),
    ]
    d.table(
        "is",
        "BRINMOOR MEDICAL TECHNOLOGIES, INC.\nCONSOLIDATED STATEMENTS OF OPERATIONS",
        "(in thousands, except per share data)",
        C3,
        HDR_Y3,
        rows,
        size=8.8,
    )
    d.para("See accompanying notes to consolidated financial statements.", size=8, style="I", align="C")
    rows = [
        R("ni", "Net income", vals(m.ni), dollar=True),
        S("Other comprehensive income (loss), net of tax:"),
        R("fx", "Foreign currency translation adjustments", vals(i.oci_fx), indent=1),
        R("hedge", "Unrealized gain (loss) on cash flow hedges", vals(i.oci_hedge), indent=1),
        R("oci", "Other comprehensive income (loss)", vals(m.oci), kind="total", indent=2),
        R("ci", "Comprehensive income", vals(m.ci), kind="grand", dollar=True),
    ]
    d.add_page()
    d.table("ci", "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", "(in thousands)", C3, HDR_Y3, rows, size=8.8)

    # balance sheets
    d.add_page()
    b = Y2
    rows = [
        S("ASSETS"),
        S("Current assets:"),
        R("cash", "Cash and cash equivalents", vals(m.cash, b), dollar=True, indent=1),
        R(
            "ar",
            "Accounts receivable, less allowance for credit losses of "
            f"${dec(i.allowance[2025])} and ${dec(i.allowance[2024])}",
            vals(i.ar, b),
            indent=1,
        ),
        R("inv", "Inventories", vals(m.inv, b), indent=1),
        R("prepaid", "Prepaid expenses and other current assets", vals(i.prepaid, b), indent=1),
        R("tca", "Total current assets", vals(m.tca, b), kind="total", indent=2),
        R("ppe", "Property, plant and equipment, net", vals(m.ppe_net, b)),
        R("rou", "Operating lease right-of-use assets", vals(i.rou, b)),
        R("gw", "Goodwill", vals(m.gw_total, b)),
        R("intang", "Intangible assets, net", vals(m.int_net, b)),
        R("dta", "Deferred income taxes", vals(i.dta, b)),
        R("oa", "Other assets", vals(i.other_assets, b)),
        R("ta", "Total assets", vals(m.ta, b), kind="grand", dollar=True),
        S("LIABILITIES AND STOCKHOLDERS' EQUITY"),
        S("Current liabilities:"),
        R("ap", "Accounts payable", vals(i.ap, b), dollar=True, indent=1),
        R("acomp", "Accrued compensation and benefits", vals(i.accr_comp, b), indent=1),
        R("aoth", "Accrued expenses and other current liabilities", vals(i.accr_other, b), indent=1),
        R("taxp", "Income taxes payable", vals(i.tax_payable, b), indent=1),
        R("curdebt", "Current portion of long-term debt", vals(i.current_debt, b), indent=1),
        R("leasecur", "Current operating lease liabilities", vals(i.lease_cur, b), indent=1),
        R("tcl", "Total current liabilities", vals(m.tcl, b), kind="total", indent=2),
        R("ltd", "Long-term debt, net of current portion", vals(m.ltd, b)),
        R("leasenc", "Noncurrent operating lease liabilities", vals(i.lease_noncur, b)),
        R("dtl", "Deferred income taxes", vals(i.dtl, b)),
        R("oltl", "Other long-term liabilities", vals(m.other_ltl, b)),
        R("tl", "Total liabilities", vals(m.tl_liab, b), kind="total", indent=2),
        R("cc", "Commitments and contingencies (Note 15)", ["", ""]),
        S("Stockholders' equity:"),
        R(
            "pref",
            f"Preferred stock, $0.01 par value; {dec(i.authorized_preferred)} shares authorized; none issued",
            [DASH, DASH],
            indent=1,
        ),
        R(
            "cs",
            f"Common stock, $0.01 par value; {dec(i.authorized_common)} shares authorized; {dec(m.issued[2025])} and "
            f"{dec(m.issued[2024])} shares issued; {dec(m.outstanding[2025])} and {dec(m.outstanding[2024])} "
            "shares outstanding",
            vals(m.cs, b),
            indent=1,
        ),
        R("apic", "Additional paid-in capital", vals(m.apic, b), indent=1),
        R("re", "Retained earnings", vals(m.re, b), indent=1),
        R("aoci", "Accumulated other comprehensive loss", vals(m.aoci, b), indent=1),
        R(
            "treas",
            f"Treasury stock, at cost; {dec(m.treas_sh[2025])} and {dec(m.treas_sh[2024])} shares",
            vals(m.treas, b),
            indent=1,
        ),
        R("eq", "Total stockholders' equity", vals(m.equity, b), kind="total", indent=2),
        R("tle", "Total liabilities and stockholders' equity", vals(m.tle, b), kind="grand", dollar=True),
    ]
    d.table(
        "bs",
        "BRINMOOR MEDICAL TECHNOLOGIES, INC.\nCONSOLIDATED BALANCE SHEETS",
        "(in thousands, except par value)",
        C2,
        HDR_B2,
        rows,
        size=8.6,
    )

    # cash flows
    d.add_page()
    wc = m.wc
    rows = [
        S("Operating activities:"),
        R("ni", "Net income", vals(m.ni), dollar=True, indent=1),
        S("Adjustments to reconcile net income to net cash provided by operating activities:", 1),
        R("dep", "Depreciation", vals(m.depreciation), indent=2),
        R("amort", "Amortization of intangible assets", vals(m.amort), indent=2),
        R("sbc", "Stock-based compensation", vals(m.sbc), indent=2),
        R("deftax", "Deferred income taxes", vals(m.def_tax), indent=2),
        R("othnc", "Other, net", vals(i.other_noncash), indent=2),
        S("Changes in operating assets and liabilities:", 1),
        R("ar", "Accounts receivable", vals(wc["ar"]), indent=2),
        R("inv", "Inventories", vals(wc["inv"]), indent=2),
        R("prepaid", "Prepaid expenses and other current assets", vals(wc["prepaid"]), indent=2),
        R("ap", "Accounts payable", vals(wc["ap"]), indent=2),
        R("acomp", "Accrued compensation and benefits", vals(wc["accr_comp"]), indent=2),
        R("aoth", "Accrued expenses, income taxes and other liabilities", vals(wc["accr_other"]), indent=2),
        R("lease", "Operating lease assets and liabilities, net", vals(wc["lease"]), indent=2),
        R("cfo", "Net cash provided by operating activities", vals(m.cfo), kind="total", indent=3),
        S("Investing activities:"),
        R("capex", "Purchases of property, plant and equipment", vals({y: -m.capex[y] for y in Y3}), indent=1),
        R("acq", "Acquisition of business, net of cash acquired", vals({y: -i.acquisition[y] for y in Y3}), indent=1),
        R("othinv", "Other investing activities, net", vals(i.other_investing), indent=1),
        R("cfi", "Net cash used in investing activities", vals(m.cfi), kind="total", indent=3),
        S("Financing activities:"),
        R("tlrep", "Repayments of term loan", vals({y: -i.tl_repay[y] for y in Y3}), indent=1),
        R("rvb", "Borrowings under revolving credit facility", vals(i.rev_borrow), indent=1),
        R("rvr", "Repayments under revolving credit facility", vals({y: -i.rev_repay[y] for y in Y3}), indent=1),
        R("plan", "Proceeds from stock plans", vals(i.plan_proceeds), indent=1),
        R(
            "wh",
            "Taxes paid related to net share settlement of equity awards",
            vals({y: -i.tax_withheld[y] for y in Y3}),
            indent=1,
        ),
        R("rep", "Repurchases of common stock", vals({y: -i.repurch_amt[y] for y in Y3}), indent=1),
        R("div", "Dividends paid", vals({y: -i.dividends[y] for y in Y3}), indent=1),
        R("cff", "Net cash used in financing activities", vals(m.cff), kind="total", indent=3),
        R("fx", "Effect of exchange rate changes on cash and cash equivalents", vals(i.fx_cash)),
        R("net", "Net increase in cash and cash equivalents", vals(m.net_cash), kind="total"),
        R("beg", "Cash and cash equivalents at beginning of year", vals({y: m.cash[y - 1] for y in Y3})),
        R("end", "Cash and cash equivalents at end of year", vals(m.cash), kind="grand", dollar=True),
        R("blank", "", [], kind="blank"),
        S("Supplemental cash flow information:"),
        R("intpaid", "Cash paid for interest", vals(i.cash_paid_interest), dollar=True, indent=1),
        R(
            "taxpaid",
            "Cash paid for income taxes, net of refunds",
            vals(i.cash_paid_taxes),
            indent=1,
        ),
    ]
    d.table(
        "cf",
        "BRINMOOR MEDICAL TECHNOLOGIES, INC.\nCONSOLIDATED STATEMENTS OF CASH FLOWS",
        "(in thousands)",
        C3,
        HDR_Y3,
        rows,
        size=8.4,
    )

    # stockholders' equity (breaks across two pages with a repeated header)
    d.add_page()
    eq_rows = []

    def bal(y):
        label = f"Balance at December 31, {y}"
        return R(
            f"bal{y}",
            label,
            [
                dec(m.issued[y]),
                acct(m.cs[y]),
                acct(m.apic[y]),
                acct(m.re[y]),
                acct(m.aoci[y]),
                dec(m.treas_sh[y]),
                acct(m.treas[y]),
                acct(m.equity[y]),
            ],
            kind="total" if y != 2022 else "line",
            dollar=[False, True, True, True, True, False, True, True],
        )

    eq_rows.append(bal(2022))
    for y in (2023, 2024, 2025):
        eq_rows += [
            R(f"ni{y}", "Net income", ["", "", "", acct(m.ni[y]), "", "", "", acct(m.ni[y])], indent=1),
            R(
                f"oci{y}",
                "Other comprehensive income (loss)",
                ["", "", "", "", acct(m.oci[y]), "", "", acct(m.oci[y])],
                indent=1,
            ),
            R(
                f"sbc{y}",
                "Stock-based compensation",
                ["", "", acct(m.sbc[y]), "", "", "", "", acct(m.sbc[y])],
                indent=1,
            ),
            R(
                f"plan{y}",
                "Common stock issued under stock plans",
                [
                    dec(i.issued_add[y]),
                    acct(m.plan_cs[y]),
                    acct(m.plan_apic[y]),
                    "",
                    "",
                    "",
                    "",
                    acct(i.plan_proceeds[y]),
                ],
                indent=1,
            ),
            R(
                f"wh{y}",
                "Shares withheld for taxes on equity awards",
                ["", "", acct(-i.tax_withheld[y]), "", "", "", "", acct(-i.tax_withheld[y])],
                indent=1,
            ),
            R(
                f"rep{y}",
                "Repurchases of common stock",
                ["", "", "", "", "", dec(i.repurch_sh[y]), acct(-i.repurch_amt[y]), acct(-i.repurch_amt[y])],
                indent=1,
            ),
            R(
                f"div{y}",
                f"Cash dividends declared (${dec(i.div_ps[y], 2)} per share)",
                ["", "", "", acct(-i.dividends[y]), "", "", "", acct(-i.dividends[y])],
                indent=1,
            ),
            bal(y),
        ]
    d.table(
        "eq",
        "BRINMOOR MEDICAL TECHNOLOGIES, INC.\nCONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY",
        "(in thousands)",
        [15, 12, 19, 20, 17, 15, 19, 19],
        [
            [
                ("Common Stock", 0, 2),
                ("Additional", 2, 1),
                ("", 3, 1),
                ("Accumulated Other", 4, 1),
                ("Treasury Stock", 5, 2),
                ("Total", 7, 1),
            ],
            [
                ("Shares", 0, 1),
                ("Amount", 1, 1),
                ("Paid-in Capital", 2, 1),
                ("Retained Earnings", 3, 1),
                ("Comp. Loss", 4, 1),
                ("Shares", 5, 1),
                ("Amount", 6, 1),
                ("Equity", 7, 1),
            ],
        ],
        eq_rows,
        label_w=41,
        size=7.2,
        break_before="ni2025",
    )

    # ------------------------------------------------------------------ notes
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1, key="notes", align="C")
    d.heading("1. Summary of Significant Accounting Policies", 2)
    d.para(
        "Basis of presentation. The consolidated financial statements include the accounts of Brinmoor Medical "
        "Technologies, Inc. and its wholly owned subsidiaries and are prepared in accordance with U.S. generally "
        "accepted accounting principles. Intercompany transactions have been eliminated. Certain prior-year amounts "
        "have been reclassified to conform to the current-year presentation."
    )
    d.para(
        "Revenue recognition. We recognize revenue when control of a product transfers to the customer, which for "
        "most sales occurs upon shipment or delivery, and for consigned inventory occurs when the product is used in "
        "a procedure. Revenue is measured net of estimated rebates, chargebacks, returns and distributor discounts. "
        "Shipping and handling costs are included in cost of products sold."
    )
    d.para(
        "Inventories are stated at the lower of cost, determined on a first-in, first-out basis, or net realizable "
        "value. Property, plant and equipment are depreciated on a straight-line basis over estimated useful lives of "
        "up to 40 years for buildings, 3 to 15 years for machinery and equipment, and 3 to 7 years for computer "
        "equipment and software. Goodwill is tested for impairment annually as of October 1. We accrue estimated "
        "product warranty costs at the time of sale based on historical experience."
    )
    d.heading("2. Revenue", 2)
    d.para(
        "The following table disaggregates net sales by reportable segment and geographic market. International "
        "net sales are attributed to countries based on the location of the customer."
    )
    rows = []
    for s in SEGS:
        rows.append(S(SEG_NAMES[s]))
        rows.append(R(f"{s}_us", "United States", vals(m.seg_us[s]), indent=1, dollar=(s == "CV")))
        rows.append(R(f"{s}_intl", "International", vals(m.seg_intl[s]), indent=1))
        rows.append(R(f"{s}_tot", f"Total {SEG_NAMES[s]}", vals(m.seg_sales[s]), kind="total", indent=2))
    rows.append(S("Consolidated"))
    rows.append(R("us", "United States", vals(m.us), indent=1))
    rows.append(R("intl", "International", vals(m.intl), indent=1))
    rows.append(R("tot", "Total net sales", vals(m.sales), kind="grand", dollar=True, indent=2))
    d.table("rev", "", "(in thousands)", C3, HDR_Y3, rows)
    d.heading("3. Acquisition", 2)
    d.para(
        f"On April 8, 2024, we acquired Velloran Surgical, Inc., a privately held developer of advanced bipolar "
        f"vessel sealing instruments, for cash consideration of ${mn(i.acquisition[2024])} million, net of cash "
        f"acquired. The purchase price was allocated principally to developed technology and customer relationships, "
        f"with ${mn(i.gw_acq_2024['ST'])} million recorded as goodwill in the Surgical Technologies segment, none of "
        "which is deductible for tax purposes. Pro forma results are not presented because they are not material.",
        key="n_acq",
    )
    d.heading("4. Inventories", 2)
    rows = [
        R("rm", "Raw materials", vals(i.inv_rm, b), dollar=True),
        R("wip", "Work in process", vals(i.inv_wip, b)),
        R("fg", "Finished goods", vals(i.inv_fg, b)),
        R("tot", "Total inventories", vals(m.inv, b), kind="grand", dollar=True),
    ]
    d.table(
        "inv",
        "",
        "(in thousands)",
        C2,
        HDR_B2,
        rows,
        note=[
            "Finished goods include consigned inventory held at customer sites. Inventories are presented net of "
            "reserves for excess and obsolete items."
        ],
    )
    d.heading("5. Property, Plant and Equipment", 2)
    rows = []
    for j, k in enumerate(i.ppe):
        rows.append(R(f"c{j}", k, vals(i.ppe[k], b), dollar=(j == 0)))
    rows += [
        R("gross", "Property, plant and equipment, at cost", vals(m.ppe_gross, b), kind="total"),
        R("acc", "Less: accumulated depreciation", vals({y: -m.accum_dep[y] for y in b}, b)),
        R("net", "Property, plant and equipment, net", vals(m.ppe_net, b), kind="grand", dollar=True),
    ]
    d.table("ppe", "", "(in thousands)", C2, HDR_B2, rows)
    d.para(
        f"Depreciation expense was ${mn(m.depreciation[2025])} million, ${mn(m.depreciation[2024])} million and "
        f"${mn(m.depreciation[2023])} million in 2025, 2024 and 2023, respectively. During 2025 we retired fully "
        f"depreciated assets with an original cost of ${mn(i.retirements_2025)} million.",
        key="n_ppe",
    )
    d.heading("6. Goodwill and Intangible Assets", 2)
    gwc = [20, 22, 22, 22]
    rows = [
        R(
            "b23",
            "Balance at December 31, 2023",
            [acct(m.gw[2023][s]) for s in SEGS] + [acct(m.gw_total[2023])],
            dollar=True,
        ),
        R(
            "acq24",
            "Acquisition of Velloran Surgical",
            [acct(i.gw_acq_2024[s]) for s in SEGS] + [acct(sum(i.gw_acq_2024.values()))],
        ),
        R(
            "fx24",
            "Foreign currency translation",
            [acct(i.gw_fx[2024][s]) for s in SEGS] + [acct(sum(i.gw_fx[2024].values()))],
        ),
        R(
            "b24",
            "Balance at December 31, 2024",
            [acct(m.gw[2024][s]) for s in SEGS] + [acct(m.gw_total[2024])],
            kind="total",
            dollar=True,
        ),
        R(
            "fx25",
            "Foreign currency translation",
            [acct(i.gw_fx[2025][s]) for s in SEGS] + [acct(sum(i.gw_fx[2025].values()))],
        ),
        R(
            "b25",
            "Balance at December 31, 2025",
            [acct(m.gw[2025][s]) for s in SEGS] + [acct(m.gw_total[2025])],
            kind="grand",
            dollar=True,
        ),
    ]
    d.table(
        "gw",
        "",
        "(in thousands)",
        gwc,
        [
            [("", 0, 1), ("Orthopedics", 1, 1), ("Surgical", 2, 1), ("", 3, 1)],
            [("Cardiovascular", 0, 1), ("& Spine", 1, 1), ("Technologies", 2, 1), ("Total", 3, 1)],
        ],
        rows,
    )
    rows = []
    for j, c in enumerate(m.int_cls):
        rows.append(
            R(
                f"c{j}",
                f"{c} ({i.intang_useful[c]} years)",
                [
                    acct(m.int_gross[2025][c]),
                    acct(-m.int_acc[2025][c]),
                    acct(m.int_net_c[2025][c]),
                    acct(m.int_gross[2024][c]),
                    acct(-m.int_acc[2024][c]),
                    acct(m.int_net_c[2024][c]),
                ],
                dollar=(j == 0),
            )
        )
    tg = {y: sum(m.int_gross[y].values()) for y in b}
    ta_ = {y: sum(m.int_acc[y].values()) for y in b}
    rows.append(
        R(
            "tot",
            "Total",
            [
                acct(tg[2025]),
                acct(-ta_[2025]),
                acct(m.int_net[2025]),
                acct(tg[2024]),
                acct(-ta_[2024]),
                acct(m.int_net[2024]),
            ],
            kind="grand",
            dollar=True,
        )
    )
    d.table(
        "intang",
        "",
        "(in thousands)",
        [19, 19, 19, 19, 19, 19],
        [
            [("December 31, 2025", 0, 3), ("December 31, 2024", 3, 3)],
            [("Gross", 0, 1), ("Accumulated", 1, 1), ("", 2, 1), ("Gross", 3, 1), ("Accumulated", 4, 1), ("", 5, 1)],
            [
                ("Carrying", 0, 1),
                ("Amortization", 1, 1),
                ("Net", 2, 1),
                ("Carrying", 3, 1),
                ("Amortization", 4, 1),
                ("Net", 5, 1),
            ],
        ],
        rows,
        label_w=62,
        size=7.8,
    )
    fa = m.future_amort
    d.para(
        "Estimated amortization expense for each of the next five years and thereafter is as follows (in thousands): "
        + "; ".join(f"{k} - ${dec(fa[k])}" for k in (2026, 2027, 2028, 2029, 2030))
        + f"; thereafter - ${dec(fa['Thereafter'])}.",
        key="n_futamort",
    )
    d.heading("7. Accrued Expenses and Product Warranty", 2)
    d.para(
        "Accrued expenses and other current liabilities include accrued rebates and chargebacks, customer "
        "deposits, accrued restructuring costs, product warranty reserves and other accruals. Changes in the product "
        "warranty reserve were as follows:"
    )
    rows = [
        R("beg", "Balance at beginning of year", [acct(m.warranty[2024]), acct(m.warranty[2023])], dollar=True),
        R("prov", "Provisions for warranties issued", vals(i.warranty_prov, b)),
        R("settle", "Settlements made in cash or in kind", vals({y: -i.warranty_settle[y] for y in b}, b)),
        R("end", "Balance at end of year", vals(m.warranty, b), kind="grand", dollar=True),
    ]
    d.table(
        "warr", "", "(in thousands)", C2, [[("Year Ended December 31,", 0, 2)], [("2025", 0, 1), ("2024", 1, 1)]], rows
    )
    d.para(
        "The restructuring reserve, which is included in accrued expenses and other current liabilities, changed "
        "as follows:"
    )
    rows = [
        R(
            "beg",
            "Balance at beginning of year",
            [acct(m.restr_reserve[2024]), acct(i.restr_reserve_2023)],
            dollar=True,
        ),
        R("chg", "Restructuring and other charges", vals(m.restr, b)),
        R(
            "wd",
            "Non-cash asset write-downs and accelerated depreciation",
            vals({y: -i.restr_noncash[y] for y in b}, b),
        ),
        R("paid", "Cash payments", vals({y: -i.restr_paid[y] for y in b}, b)),
        R("end", "Balance at end of year", vals(m.restr_reserve, b), kind="grand", dollar=True),
    ]
    d.table(
        "restr", "", "(in thousands)", C2, [[("Year Ended December 31,", 0, 2)], [("2025", 0, 1), ("2024", 1, 1)]], rows
    )
    d.heading("8. Debt", 2)
    rows = [
        R(
            "tl",
            f"Term loan due March 2029 (weighted-average rate {dec(i.tl_rate_2025, 3)}% at December 31, 2025)",
            vals(m.tl, b),
            dollar=True,
        ),
        R("rv", "Revolving credit facility due March 2029", vals(m.rv, b)),
        R("costs", "Unamortized debt issuance costs", vals({y: -i.debt_costs[y] for y in b}, b)),
        R("total", "Total debt", vals(m.debt_total, b), kind="total"),
        R("cur", "Less: current portion of long-term debt", vals({y: -i.current_debt[y] for y in b}, b)),
        R("ltd", "Long-term debt, net of current portion", vals(m.ltd, b), kind="grand", dollar=True),
    ]
    d.table("debt", "", "(in thousands)", C2, HDR_B2, rows)
    d.para(
        f"Our credit agreement provides for a senior unsecured term loan and a ${mn(i.revolver_capacity, 0)} million "
        "revolving credit facility, each maturing in March 2029. Borrowings bear interest at the secured overnight "
        "financing rate plus a margin of 1.125% to 1.750% based on our net leverage ratio. The term loan amortizes in "
        "quarterly installments. Aggregate scheduled principal payments of debt are: "
        + "; ".join(f"{k} - ${dec(v)}" if v else f"{k} - {DASH}" for k, v in i.maturities.items())
        + " thousand. The fair value of our debt approximated its carrying amount.",
        key="n_debt",
    )
    d.heading("9. Leases", 2)
    d.para(
        f"We lease manufacturing, distribution and office facilities, vehicles and equipment under operating leases. "
        f"Operating lease cost was ${mn(i.lease_cost[2025])} million, ${mn(i.lease_cost[2024])} million and "
        f"${mn(i.lease_cost[2023])} million in 2025, 2024 and 2023, respectively, and cash paid for amounts included "
        f"in the measurement of operating lease liabilities was ${mn(i.lease_cash_paid[2025])} million in 2025. At "
        f"December 31, 2025, the weighted-average remaining lease term was {i.lease_term} years and the "
        f"weighted-average discount rate was {i.lease_rate}%. Maturities of operating lease liabilities at December "
        "31, 2025 were as follows:",
        key="n_lease",
    )
    rows = []
    for j, (k, v) in enumerate(i.lease_maturities.items()):
        rows.append(R(f"y{k}", str(k), [acct(v)], dollar=(j == 0)))
    rows += [
        R("undisc", "Total undiscounted lease payments", [acct(m.lease_undisc)], kind="total"),
        R("int", "Less: imputed interest", [acct(-m.lease_interest)]),
        R("pv", "Present value of operating lease liabilities", [acct(m.lease_total[2025])], kind="grand", dollar=True),
    ]
    d.table("leasemat", "", "(in thousands)", [28], [], rows, label_w=90)
    d.heading("10. Income Taxes", 2)
    rows = [
        R("dom", "United States", vals(m.pretax_dom), dollar=True),
        R("for", "Foreign", vals(m.pretax_foreign)),
        R("tot", "Income before income taxes", vals(m.pretax), kind="grand", dollar=True),
    ]
    d.table("pretaxgeo", "", "(in thousands)", C3, HDR_Y3, rows)
    rows = [
        S("Current:"),
        R("cf", "Federal", vals(i.cur_fed), indent=1, dollar=True),
        R("cs", "State", vals(i.cur_state), indent=1),
        R("cfo", "Foreign", vals(i.cur_foreign), indent=1),
        R("ctot", "Total current", vals(m.cur_tax), kind="total", indent=2),
        S("Deferred:"),
        R("df", "Federal", vals(m.def_fed), indent=1),
        R("ds", "State", vals(i.def_state), indent=1),
        R("dfo", "Foreign", vals(i.def_foreign), indent=1),
        R("dtot", "Total deferred", vals(m.def_tax), kind="total", indent=2),
        R("tot", "Provision for income taxes", vals(m.tax), kind="grand", dollar=True),
    ]
    d.table("taxcomp", "", "(in thousands)", C3, HDR_Y3, rows)
    d.para(
        "A reconciliation of income tax expense at the U.S. federal statutory rate to the provision for income taxes "
        "is as follows:"
    )
    rows = []
    for j, (k, label, dd) in enumerate(m.tax_items):
        rows.append(R(k, label, vals(dd), dollar=(j == 0)))
    rows.append(R("tot", "Provision for income taxes", vals(m.tax), kind="grand", dollar=True))
    rows.append(R("etr", "Effective tax rate", [pct(m.etr[y]) for y in Y3]))
    d.table("taxrec", "", "(in thousands, except percentages)", C3, HDR_Y3, rows)
    d.para(
        "Undistributed earnings of certain foreign subsidiaries are considered indefinitely reinvested. Unrecognized "
        f"tax benefits were ${mn(i.unrecognized_tax_benefits)} million at December "
        "31, 2025, substantially all of which would affect the effective "
        "tax rate if recognized. We are no longer subject to U.S. federal examination for years before 2021."
    )
    d.heading("11. Stockholders' Equity", 2)
    d.para(
        f"During 2025, 2024 and 2023, we repurchased {dec(i.repurch_sh[2025])} thousand, {dec(i.repurch_sh[2024])} "
        f"thousand and {dec(i.repurch_sh[2023])} thousand shares of common stock for ${mn(i.repurch_amt[2025])} "
        f"million, ${mn(i.repurch_amt[2024])} million and ${mn(i.repurch_amt[2023])} million, respectively. At "
        f"December 31, 2025, ${mn(Fr(m.q4_rows[-1][3], 1000))} million remained available under the 2024 Program. "
        f"Accumulated other comprehensive loss of ${mn(-m.aoci[2025])} million at December 31, 2025 consisted "
        "primarily of foreign currency translation adjustments.",
        key="n_equity",
    )
    d.para("Changes in accumulated other comprehensive loss by component were as follows:")
    rows = []
    for y in (2023, 2024, 2025):
        if y == 2023:
            rows.append(
                R(
                    "b22",
                    "Balance at December 31, 2022",
                    [acct(i.aoci_fx_2022), acct(m.aoci_hedge[2022]), acct(m.aoci[2022])],
                    dollar=True,
                )
            )
        rows.append(
            R(
                f"o{y}",
                f"Other comprehensive income (loss), {y}",
                [acct(i.oci_fx[y]), acct(i.oci_hedge[y]), acct(m.oci[y])],
                indent=1,
            )
        )
        rows.append(
            R(
                f"b{y}",
                f"Balance at December 31, {y}",
                [acct(m.aoci_fx[y]), acct(m.aoci_hedge[y]), acct(m.aoci[y])],
                kind="grand" if y == 2025 else "total",
                dollar=True,
            )
        )
    d.table(
        "aoci",
        "",
        "(in thousands)",
        [28, 28, 28],
        [
            [("Foreign Currency", 0, 1), ("Cash Flow", 1, 1), ("", 2, 1)],
            [("Translation", 0, 1), ("Hedges", 1, 1), ("Total", 2, 1)],
        ],
        rows,
    )
    d.para(
        f"At December 31, 2025, we had foreign exchange forward contracts designated as cash flow hedges with an "
        f"aggregate notional amount of ${mn(i.hedge_notional)} million and maturities of up to 18 months. The fair "
        "value of these contracts, which is measured using observable market inputs (Level 2), was not material. "
        "Amounts reclassified from accumulated other comprehensive loss to cost of products sold were not material in "
        "any year presented.",
        key="n_hedge",
    )
    d.heading("12. Stock-Based Compensation", 2)
    rows = [
        R("cogs", "Cost of products sold", vals(i.sbc_cogs), dollar=True),
        R("rnd", "Research and development", vals(i.sbc_rnd)),
        R("sga", "Selling, general and administrative", vals(m.sbc_sga)),
        R("tot", "Total stock-based compensation expense", vals(m.sbc), kind="grand", dollar=True),
    ]
    d.table("sbc", "", "(in thousands)", C3, HDR_Y3, rows)
    o, g, v, f = i.rsu_open, i.rsu_granted, i.rsu_vested, i.rsu_forfeited
    rows = [
        R("open", "Unvested at December 31, 2024", [dec(o[0]), dec(o[1], 2)], dollar=False),
        R("grant", "Granted", [dec(g[0]), dec(g[1], 2)]),
        R("vest", "Vested", [f"({dec(v[0])})", dec(v[1], 2)]),
        R("forf", "Forfeited", [f"({dec(f[0])})", dec(f[1], 2)]),
        R("close", "Unvested at December 31, 2025", [dec(m.rsu_close_units), dec(m.rsu_close_fv, 2)], kind="total"),
    ]
    d.table(
        "rsu",
        "",
        "(units in thousands)",
        [26, 30],
        [[("Restricted", 0, 1), ("Weighted-Average", 1, 1)], [("Stock Units", 0, 1), ("Grant-Date Fair Value", 1, 1)]],
        rows,
        label_w=80,
    )
    d.para(
        f"At December 31, 2025, unrecognized compensation cost related to unvested awards was "
        f"${mn(i.unrecognized_sbc)} million, which is expected to be recognized over a weighted-average period of "
        f"{i.unrecognized_years} years.",
        key="n_sbc",
    )
    d.heading("13. Earnings Per Share", 2)
    rows = [
        R("ni", "Net income", vals(m.ni), dollar=True),
        R("shb", "Weighted-average shares outstanding - basic", vals(m.basic_sh)),
        R("dil", "Dilutive effect of stock options and restricted stock units", vals(i.dilutive_sh)),
        R("shd", "Weighted-average shares outstanding - diluted", vals(m.dil_sh), kind="total"),
        R("epsb", "Basic earnings per share", [dec(m.eps_basic[y], 2) for y in Y3], dollar=True),
        R("epsd", "Diluted earnings per share", [dec(m.eps_dil[y], 2) for y in Y3], dollar=True),
        R("anti", "Antidilutive awards excluded from diluted shares", vals(i.antidilutive)),
    ]
    d.table("eps", "", "(in thousands, except per share data)", C3, HDR_Y3, rows)
    d.heading("14. Segment and Geographic Information", 2)
    d.para(
        "Our chief operating decision maker, the Chief Executive Officer, evaluates segment performance and allocates "
        "resources based on net sales and segment operating profit. Segment operating profit excludes amortization of "
        "intangible assets, restructuring and other charges, and unallocated corporate expenses, which include "
        "corporate functions, acquisition and integration costs and certain legal costs. Segment assets are not "
        "reported to the chief operating decision maker."
    )
    rows = [S("Net sales:")]
    rows += [R(f"s_{s}", SEG_NAMES[s], vals(m.seg_sales[s]), indent=1, dollar=(s == "CV")) for s in SEGS]
    rows.append(R("s_tot", "Total net sales", vals(m.sales), kind="grand", dollar=True, indent=2))
    rows.append(S("Segment operating profit:"))
    rows += [R(f"p_{s}", SEG_NAMES[s], vals(m.segop[s]), indent=1, dollar=(s == "CV")) for s in SEGS]
    rows.append(R("p_tot", "Total segment operating profit", vals(m.segop_total), kind="total", indent=2))
    rows += [
        R("corp", "Unallocated corporate expenses", vals({y: -m.corporate[y] for y in Y3}), indent=1),
        R("amort", "Amortization of intangible assets", vals({y: -m.amort[y] for y in Y3}), indent=1),
        R("restr", "Restructuring and other charges", vals({y: -m.restr[y] for y in Y3}), indent=1),
        R("oi", "Operating income", vals(m.oi), kind="total", indent=2),
        R("int", "Interest expense and other, net", vals({y: m.int_other[y] - m.int_exp[y] for y in Y3}), indent=1),
        R("pretax", "Income before income taxes", vals(m.pretax), kind="grand", dollar=True, indent=2),
    ]
    rows.append(S("Depreciation:"))
    rows += [R(f"d_{s}", SEG_NAMES[s], vals(m.seg_dep[s]), indent=1, dollar=(s == "CV")) for s in SEGS]
    rows += [
        R("d_corp", "Corporate", vals(m.corp_dep), indent=1),
        R("d_tot", "Total depreciation", vals(m.depreciation), kind="grand", dollar=True, indent=2),
    ]
    rows.append(S("Capital expenditures:"))
    rows += [R(f"c_{s}", SEG_NAMES[s], vals(i.seg_capex[s]), indent=1, dollar=(s == "CV")) for s in SEGS]
    rows += [
        R("c_corp", "Corporate", vals(m.corp_capex), indent=1),
        R("c_tot", "Total capital expenditures", vals(m.capex), kind="grand", dollar=True, indent=2),
    ]
    d.table("seg", "", "(in thousands)", C3, HDR_Y3, rows)
    rows = [
        S("Net sales:"),
        R("us", "United States", vals(m.us), dollar=True, indent=1),
        R("intl", "International", vals(m.intl), indent=1),
        R("tot", "Total", vals(m.sales), kind="grand", dollar=True, indent=2),
        S("Property, plant and equipment, net (December 31):"),
        R("lus", "United States", [acct(i.ppe_net_us[2025]), acct(i.ppe_net_us[2024]), ""], dollar=True, indent=1),
        R("lintl", "International", [acct(m.ppe_net_intl[2025]), acct(m.ppe_net_intl[2024]), ""], indent=1),
        R("ltot", "Total", [acct(m.ppe_net[2025]), acct(m.ppe_net[2024]), ""], kind="grand", dollar=True, indent=2),
    ]
    d.table(
        "geo",
        "",
        "(in thousands)",
        C3,
        HDR_Y3,
        rows,
        note=[
            "No single customer accounted for 10% or more of net sales in any year presented. No individual "
            "country other than the United States accounted for more than 10% of net sales."
        ],
    )
    d.heading("15. Commitments and Contingencies", 2)
    d.para(
        "We are party to product liability, intellectual property, commercial and employment matters arising in the "
        "ordinary course of business. In 2023 a competitor filed suit alleging that certain of our vessel sealing "
        "instruments infringe two of its patents; we believe the claims are without merit and intend to defend the "
        "matter vigorously. We record accruals when a loss is probable and reasonably estimable, and we do not "
        "believe that the outcome of pending matters will have a material adverse effect on our financial position."
    )
    d.heading("16. Subsequent Event", 2)
    d.para(
        "On February 10, 2026, the Board of Directors declared a quarterly cash "
        f"dividend of ${dec(i.dividend_declared_2026, 2)} per share, payable "
        "on March 20, 2026 to stockholders of record on March 6, 2026."
    )
    return d
