"""Typesets the Marroway Energy Holdings FY2025 Form 10-K from model_marroway."""

from fractions import Fraction as F

from fmt import EM, pct, plain, usd
from model_marroway import (
    AUTH_ROE,
    BCF,
    CAPEX_PLAN,
    CDD,
    CDD_NORMAL,
    CUSTOMERS,
    DEBT,
    DISC_RATE,
    DPS,
    EMPLOYEES,
    EQUITY_RATIO,
    EXP_RETURN,
    GAS_SUPPLY,
    GWH,
    HDD,
    HDD_NORMAL,
    NARR,
    PEN,
    PPA,
    RATE_BASE,
    RATE_CASE,
    REG_ASSETS,
    REG_LIABS,
    SEG_NAMES,
    SEGS,
    STATUTORY,
    M,
)
from typeset import Doc, Row, Style

DOC_NAME = "MARROWAY_2025_10K"
STYLE = Style(
    body="LSerif",
    head="LSerif",
    size=10,
    lead=4.55,
    align="J",
    tsize=8.6,
    trow=4.15,
    zero=EM,
    header_left="Marroway Energy Holdings, Inc.",
    header_right="2025 Annual Report on Form 10-K",
    accent=(22, 38, 92),
    margin=24,
    footer_align="C",
)
YC = [("y2025", 21), ("y2024", 21), ("y2023", 21)]
YH = [[("Year Ended December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]]
BC = [("d2025", 25), ("d2024", 25)]
BH = [[("December 31,", 2)], [("2025", 1), ("2024", 1)]]
UNITS = "(in millions, except per share amounts)"
UNITS_M = "(in millions)"


def mm(x):
    return usd(x, 0, "million")


def chg(a, b):
    return pct(F(a - b, b), 1)


def R(key, label, vals, **kw):
    return Row(key, label, list(vals), **kw)


def build(toc=None):
    m = M
    t, b, c, tx, eq, dbt, rev = m["is"], m["bs"], m["cf"], m["tax"], m["eq"], m["debt"], m["rev"]
    d = Doc(STYLE, "Marroway Energy Holdings, Inc. Form 10-K 2025", "Marroway Energy Holdings, Inc.")

    # ------------------------------------------------------------ cover
    d.plain_page = True
    d.add_page()
    d.set_font("LSerif", "B", 13)
    d.ln(6)
    d.cell(d.cw, 7, "CONTINENTAL SECURITIES COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LSerif", "", 10)
    d.cell(d.cw, 5, "Harbor City, Federal District", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("LSerif", "B", 22)
    d.cell(d.cw, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LSerif", "", 10)
    d.ln(2)
    d.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES MARKETS ACT", align="C")
    d.para("For the fiscal year ended December 31, 2025", style="B", align="C")
    d.para("Commission File Number 7-40218", align="C")
    d.ln(4)
    d.set_font("LSerif", "B", 18)
    d.cell(d.cw, 9, "MARROWAY ENERGY HOLDINGS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LSerif", "I", 10)
    d.cell(d.cw, 5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("State of Eastvale (State of incorporation)   |   Employer Identification No. 61-4470932", align="C")
    d.para("400 Lantern Street, Cobalt City, Eastvale 30417   |   (612) 555-0140", align="C")
    d.ln(3)
    d.set_draw_color(22, 38, 92)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.ln(4)
    d.para(
        "Securities registered pursuant to Section 12(b) of the Act: Common Stock, without par value, trading "
        "symbol MRWY, registered on the Meridian Stock Exchange."
    )
    d.para(
        "Indicate by check mark if the registrant is a well-known seasoned issuer. Yes [X] No [ ]. Indicate by "
        "check mark whether the registrant (1) has filed all reports required to be filed during the preceding "
        "12 months and (2) has been subject to such filing requirements for the past 90 days. Yes [X] No [ ]."
    )
    d.para(
        "Large accelerated filer [X]   Accelerated filer [ ]   Non-accelerated filer [ ]   Smaller reporting "
        "company [ ]"
    )
    d.para(
        f"The aggregate market value of the common stock held by non-affiliates as of June 30, 2025 was "
        f"approximately ${plain(NARR['mkt_value_bn'], 1)} billion. As of February 13, 2026, there were "
        f"{d.fig('p.shares_feb', plain(eq[2025]['shares'] + 0, 1))} million shares of common stock outstanding."
    )
    d.para(
        "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its "
        "2026 annual meeting of shareholders are incorporated by reference into Part III."
    )
    # ------------------------------------------------------------ TOC
    d.plain_page = False
    d.add_page()
    d.heading("Table of Contents", 0)
    toc = toc or {}
    entries = [
        ("PART I", None),
        ("Item 1.", "Business"),
        ("Item 1A.", "Risk Factors"),
        ("Item 1B.", "Unresolved Staff Comments"),
        ("Item 1C.", "Cybersecurity"),
        ("Item 2.", "Properties"),
        ("Item 3.", "Legal Proceedings"),
        ("PART II", None),
        ("Item 5.", "Market for Registrant's Common Equity"),
        ("Item 7.", "Management's Discussion and Analysis of Financial Condition and Results of Operations"),
        ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk"),
        ("Item 8.", "Financial Statements and Supplementary Data"),
        ("Item 9A.", "Controls and Procedures"),
        ("PART III", None),
        ("Item 10-14.", "Directors, Executive Compensation and Other Matters"),
        ("PART IV", None),
        ("Item 15.", "Exhibits and Financial Statement Schedules"),
    ]
    for a, bname in entries:
        if bname is None:
            d.set_font("LSerif", "B", 10.5)
            d.ln(2)
            d.cell(d.cw, 6, a, new_x="LMARGIN", new_y="NEXT")
            continue
        d.set_font("LSerif", "", 10)
        d.cell(22, 5.6, a)
        d.cell(d.cw - 40, 5.6, bname)
        d.cell(18, 5.6, toc.get(a, "?"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.heading("Glossary of Defined Terms", 2)
    for k, v in [
        ("AFUDC", "Allowance for funds used during construction"),
        ("Eastvale Commission", "Public Service Commission of the State of Eastvale"),
        ("EDIT", "Excess deferred income taxes arising from the remeasurement of deferred tax balances"),
        ("Eastvale Gas", "Eastvale Gas Company, the Gas Distribution subsidiary"),
        ("Marroway Electric", "Marroway Electric Company, the Electric Utility subsidiary"),
        ("GWh / Bcf", "Gigawatt-hours / billion cubic feet"),
        ("ROE", "Return on common equity authorized by the Eastvale Commission"),
    ]:
        d.set_font("LSerif", "B", 9.5)
        d.cell(38, 5, k)
        d.set_font("LSerif", "", 9.5)
        d.cell(d.cw - 38, 5, v, new_x="LMARGIN", new_y="NEXT")

    # ------------------------------------------------------------ Part I
    d.start_numbering("", 1)
    d.add_page()
    d.heading("Forward-Looking Information", 2)
    d.para(
        "This report contains statements about future events and expectations, including planned capital "
        "investment, the outcome of rate proceedings, financing plans and expected customer growth. Such "
        "statements rest on assumptions that management considers reasonable today but that may prove wrong. "
        "Weather, the pace of economic activity in our service territory, decisions of the Eastvale Commission, "
        "the cost and availability of capital, storms and other physical events, and changes in tax or "
        "environmental law could cause actual results to differ materially. We assume no duty to update any "
        "forward-looking statement except as required by law."
    )
    d.heading("PART I", 0)
    d.heading("Item 1. Business", 1, mark="Item 1.")
    d.heading("Overview", 2)
    d.para(
        "Marroway Energy Holdings, Inc. is a holding company whose principal assets are two regulated "
        "utilities operating entirely within the State of Eastvale. Marroway Electric generates, transmits and "
        "distributes electricity to customers across eleven counties in the central and southern parts of the "
        "state, including the Cobalt City metropolitan area. Eastvale Gas purchases, stores and distributes "
        "natural gas in the northern river valleys and in portions of Cobalt City. A small Corporate and Other "
        "group holds the parent's financing activities and an energy services business that installs and "
        f"maintains customer-owned equipment. At the end of 2025 we employed {EMPLOYEES:,} people."
    )
    d.para(
        "We report two operating segments, Electric Utility and Gas Distribution, together with Corporate and "
        "Other. The chief operating decision maker evaluates the segments on operating income and on capital "
        "deployed, because the Eastvale Commission sets each utility's rates to recover prudent costs and to "
        "earn a return on the investment it approves for inclusion in rate base."
    )
    d.heading("Customers and Service Territory", 2)
    e_tot = [sum(CUSTOMERS[k][i] for k in CUSTOMERS if k.startswith("e_")) for i in range(2)]
    g_tot = [sum(CUSTOMERS[k][i] for k in CUSTOMERS if k.startswith("g_")) for i in range(2)]
    d.para(
        f"The electric service territory covers about {NARR['sq_miles']:,} square miles with a mix of dense "
        f"urban load, "
        "suburban growth corridors along the Tessaly River and a rural agricultural base. The gas territory is "
        "smaller, but heating load is more concentrated there. The table below shows year-end customers "
        "served by class."
    )
    cc = [("d2025", 26), ("d2024", 26)]
    rows = [R(None, "Electric Utility", [], kind="section")]
    for k, lab in (
        ("e_residential", "Residential"),
        ("e_commercial", "Commercial"),
        ("e_industrial", "Industrial"),
        ("e_other", "Street lighting and other"),
    ):
        rows.append(R(k, lab, [CUSTOMERS[k][0], CUSTOMERS[k][1]], nd=1, indent=1))
    rows.append(R("e_total", "Total electric customers", e_tot, nd=1, kind="subtotal", indent=1))
    rows.append(R(None, "Gas Distribution", [], kind="section"))
    for k, lab in (
        ("g_residential", "Residential"),
        ("g_commercial", "Commercial"),
        ("g_industrial", "Industrial and transportation"),
    ):
        rows.append(R(k, lab, [CUSTOMERS[k][0], CUSTOMERS[k][1]], nd=1, indent=1))
    rows.append(R("g_total", "Total gas customers", g_tot, nd=1, kind="subtotal", indent=1))
    d.table("cust", "Customers Served at Year End", "(in thousands)", cc, BH, rows)
    d.heading("Rate Base and Regulation", 2)
    d.para(
        "Both utilities are regulated by the Public Service Commission of the State of Eastvale, which approves "
        "retail rates, terms of service, the issuance of long-term securities by each utility and major "
        "facility siting. Transmission service over Marroway Electric's high-voltage network is priced under "
        "a formula tariff administered by the Interstate Grid Authority. The following table summarizes the "
        "year-end rate base that the utilities estimate under the Eastvale Commission's ratemaking conventions, "
        "together with the most recently authorized returns."
    )
    rb = [
        R("electric", "Marroway Electric", [RATE_BASE["electric"][0], RATE_BASE["electric"][1]], dollar=True),
        R("gas", "Eastvale Gas", [RATE_BASE["gas"][0], RATE_BASE["gas"][1]]),
        R("total", "Total estimated rate base", m["rate_base_total"], dollar=True, kind="total"),
    ]
    d.table("rb", "Estimated Rate Base", UNITS_M, cc, BH, rb)
    d.para(
        f"Marroway Electric's rates reflect an authorized ROE of {AUTH_ROE['electric']} and Eastvale Gas's an "
        f"authorized ROE of {AUTH_ROE['gas']}, each on a common equity ratio of {EQUITY_RATIO}. Rate base "
        f"growth during 2025 came chiefly from distribution hardening, new substations serving the Tessaly "
        f"corridor and the replacement of bare steel and cast iron gas mains."
    )
    d.heading("Regulatory Matters", 2)
    d.para(
        f"Electric rate case. In September 2025 Marroway Electric filed a general rate case requesting an "
        f"increase in annual base revenues of {d.fig('p.rc_req', mm(RATE_CASE['requested']))} based on a "
        f"forecast {RATE_CASE['test_year']} test year and a requested ROE of {RATE_CASE['roe_req']}. The request "
        f"would recover investment in grid resiliency and the remaining cost of the retired Harlan Point coal "
        f"units. Hearings are scheduled for the second quarter of 2026. In December 2025 the Eastvale Commission "
        f"approved interim rates, subject to refund, that increase annual revenues by "
        f"{d.fig('p.rc_interim', mm(RATE_CASE['interim']))} beginning March 1, 2026."
    )
    d.para(
        "Storm cost recovery. Two severe ice storms in February 2025 caused widespread outages in the southern "
        "counties. Incremental restoration costs that exceed the amount embedded in base rates were deferred as "
        "a regulatory asset under the Commission's standing storm order; Marroway Electric expects to file for "
        "securitized recovery during 2026."
    )
    d.para(
        "Gas infrastructure rider. Eastvale Gas recovers the return on and of eligible pipe replacement "
        "investment through an annual rider that is trued up each April. The 2025 rider filing was approved "
        "without modification."
    )
    d.heading("Energy Supply", 2)
    d.para(
        f"Marroway Electric owns or controls about {NARR['mw_capacity']:,} megawatts of generating capacity, "
        f"consisting of "
        "combined-cycle gas units, the Brandt Lake hydroelectric station, two solar parks in Ferris County and "
        "long-term purchase agreements for wind energy from the western plains. Fuel and purchased power costs "
        "are recovered from customers through a fuel adjustment clause, so changes in commodity prices "
        "generally affect revenues and expenses equally and have little effect on earnings. Eastvale Gas buys "
        "its supply under seasonal contracts and holds firm capacity on two interstate pipelines and in the "
        "Wilder Dome storage field; its purchased gas adjustment operates in the same manner."
    )
    d.heading("Environmental and Human Capital", 2)
    d.para(
        "Our operations are subject to air, water and waste regulation by the Eastvale Department of "
        f"Environmental Stewardship. We have committed to reduce carbon emissions from owned generation by "
        f"{NARR['carbon_cut']} "
        f"from 2010 levels by 2032. About {NARR['union_share']} of our employees are represented by two labor "
        f"unions under "
        "agreements that expire in 2027 and 2028. We invest in apprenticeship programs for line workers and gas "
        "technicians and track recordable incident rates monthly at the board level."
    )

    d.heading("Information About Our Executive Officers", 2)
    for nm, age, role in (
        (
            "Corinne A. Talbott",
            57,
            "Chair, President and Chief Executive Officer since 2021; previously President of Marroway Electric",
        ),
        ("Devin R. Osei", 49, "Executive Vice President and Chief Financial Officer since 2022; previously Treasurer"),
        ("Marguerite L. Ashdown", 53, "President, Marroway Electric Company since 2021"),
        ("Tobias J. Rennick", 51, "President, Eastvale Gas Company since 2019"),
        ("Priya N. Halloran", 46, "Senior Vice President, General Counsel and Corporate Secretary"),
        ("Lionel F. Achterberg", 55, "Vice President, Controller and Chief Accounting Officer"),
    ):
        d.bullet(f"{role}.", lead_in=f"{nm} ({age}).")
    d.para(
        "Executive officers are elected annually by the board of directors and serve until their successors are "
        "chosen. There are no family relationships among them."
    )

    d.add_page()
    d.heading("Item 1A. Risk Factors", 1, mark="Item 1A.")
    risks = [
        (
            "Regulatory outcomes.",
            "Our earnings depend on the Eastvale Commission allowing timely recovery of costs "
            "and a reasonable return on investment. A rate order that disallows costs, lowers the authorized ROE or "
            "delays new rates could reduce earnings and cash flow materially.",
        ),
        (
            "Weather and climate.",
            "Sales volumes vary with temperatures. Mild winters reduce gas throughput and "
            "cool summers reduce electric demand, while severe storms can damage facilities and create costs that "
            "may not be recovered promptly.",
        ),
        (
            "Capital program execution.",
            "We plan to invest heavily in our systems over the next three years. Cost "
            "overruns, supply chain constraints for transformers and pipe, or permitting delays could raise costs or "
            "postpone the recovery of invested capital.",
        ),
        (
            "Access to capital.",
            "We rely on the debt and equity markets to fund a large share of the capital "
            "program. Higher interest rates or a downgrade of our credit ratings would raise financing costs and "
            "could limit our ability to refinance maturing debt.",
        ),
        (
            "Holding company structure.",
            "The parent depends on dividends from Marroway Electric and Eastvale Gas to "
            "pay its own obligations and shareholder dividends. Regulatory ring-fencing provisions limit the amount "
            "the utilities may distribute when their equity ratios fall below required levels.",
        ),
        (
            "Pension obligations.",
            "The funded status of our defined benefit plan depends on discount rates and "
            "investment returns. Adverse movements could increase required contributions.",
        ),
        (
            "Cybersecurity and physical security.",
            "An attack on our control systems or a physical assault on "
            "substations could disrupt service, expose customer data and lead to penalties and litigation.",
        ),
        (
            "Wildfire and liability exposure.",
            "Although our territory has historically experienced limited "
            "wildfire risk, drought conditions in the southern counties are increasing that exposure, and claims "
            "associated with utility-caused fires could exceed insurance coverage.",
        ),
        (
            "Energy transition.",
            "Changes in public policy, customer adoption of rooftop solar and electrification "
            "of heating could change demand patterns for both electricity and natural gas in ways that strand "
            "investment or require new rate designs.",
        ),
    ]
    for lead, text in risks:
        d.para(f"**{lead}** {text}", md=True)
    d.heading("Item 1B. Unresolved Staff Comments", 1, mark="Item 1B.")
    d.para("None.")
    d.heading("Item 1C. Cybersecurity", 1, mark="Item 1C.")
    d.para(
        "Our cybersecurity program is overseen by the Audit and Risk Committee of the board and managed by the "
        "chief information security officer, who reports quarterly. The program follows a layered control "
        "framework for both information technology and operational technology, segregates grid control networks "
        "from corporate systems, and is tested annually by independent assessors. We did not identify any "
        "cybersecurity incident in 2025 that materially affected us."
    )
    d.heading("Item 2. Properties", 1, mark="Item 2.")
    d.para(
        "Substantially all of Marroway Electric's utility plant is subject to the lien of its first mortgage "
        "indenture. Principal properties include approximately 5,400 circuit miles of transmission lines, "
        "41,000 miles of distribution lines, 17,800 miles of gas mains and the generating stations described "
        "under Energy Supply. Our headquarters in Cobalt City is owned."
    )
    d.heading("Item 3. Legal Proceedings", 1, mark="Item 3.")
    d.para(
        "We are party to ordinary routine litigation incidental to our business. See Note 10 for a discussion "
        "of environmental remediation at former manufactured gas plant sites."
    )

    # ------------------------------------------------------------ Part II
    d.add_page()
    d.heading("PART II", 0)
    d.heading(
        "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases "
        "of Equity Securities",
        1,
        mark="Item 5.",
    )
    d.para(
        f"Our common stock trades on the Meridian Stock Exchange under the symbol MRWY. We have paid quarterly "
        f"cash dividends without interruption since our formation. Dividends declared per share were "
        f"${plain(DPS[0], 2)} in 2025 and ${plain(DPS[1], 2)} in 2024. In February 2026 the board raised the "
        f"quarterly dividend to ${plain(NARR['new_qtr_dividend'], 2)} per share. We did not repurchase any "
        f"shares during the fourth quarter."
    )

    d.add_page()
    d.heading(
        "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations",
        1,
        mark="Item 7.",
    )
    d.heading("Executive Summary", 2)
    d.para(
        f"Net income for 2025 was {d.fig('p.ni_2025', mm(t['ni'][0]))}, or "
        f"${d.fig('p.eps_2025', plain(t['eps_diluted'][0], 2))} per diluted share, compared with "
        f"{mm(t['ni'][1])}, or ${plain(t['eps_diluted'][1], 2)} per diluted share, in 2024. The increase "
        f"reflected new rates at Eastvale Gas, customer growth, warmer summer weather and higher AFUDC, "
        f"partly offset by higher depreciation, interest and operations and maintenance expense."
    )
    sm = [
        R(
            "rev",
            "Operating revenues",
            [t["revenue"][0], t["revenue"][1], t["revenue"][0] - t["revenue"][1]],
            dollar=True,
        ),
        R("opinc", "Operating income", [t["opinc"][0], t["opinc"][1], t["opinc"][0] - t["opinc"][1]]),
        R("ni", "Net income", [t["ni"][0], t["ni"][1], t["ni"][0] - t["ni"][1]], dollar=True, kind="subtotal"),
        R(
            "eps",
            "Diluted earnings per share",
            [t["eps_diluted"][0], t["eps_diluted"][1], t["eps_diluted"][0] - t["eps_diluted"][1]],
            dollar=True,
            nd=2,
        ),
    ]
    d.table(
        "sum",
        "Summary of Results",
        UNITS,
        [("y2025", 24), ("y2024", 24), ("chg", 24)],
        [[("Year Ended December 31,", 2), ("", 1)], [("2025", 1), ("2024", 1), ("Change", 1)]],
        sm,
    )
    d.heading("Results by Segment", 2)
    sc = [R(None, "Operating income (loss)", [], kind="section")]
    for s in SEGS:
        sc.append(R("oi_" + s, SEG_NAMES[s], m["seg"][s]["opinc"], dollar=(s == "electric"), indent=1))
    sc.append(R("oi_total", "Total operating income", t["opinc"], dollar=True, kind="total"))
    d.table("mdseg", "Operating Income by Segment", UNITS_M, YC, YH, sc)
    e, g = m["seg"]["electric"], m["seg"]["gas"]
    d.para(
        f"Electric Utility. Operating income rose to {d.fig('p.e_oi', mm(e['opinc'][0]))} from "
        f"{mm(e['opinc'][1])}. Revenues increased {d.fig('p.e_rev_chg', mm(e['revenue'][0] - e['revenue'][1]))}, "
        f"of which {mm(e['fuel'][0] - e['fuel'][1])} reflected higher fuel recovery revenues that are offset in fuel "
        f"and purchased power "
        f"expense. Retail sales volumes grew on a weather-adjusted basis by roughly {NARR['wn_growth']}, with strong "
        f"commercial growth from data center and distribution warehouse load along the Tessaly corridor. "
        f"Operations and maintenance expense increased {mm(e['om'][0] - e['om'][1])} because of vegetation "
        f"management and higher labor costs, and depreciation increased {mm(e['da'][0] - e['da'][1])} as new "
        f"plant entered service."
    )
    d.para(
        f"Gas Distribution. Operating income increased to {d.fig('p.g_oi', mm(g['opinc'][0]))} from "
        f"{mm(g['opinc'][1])}. New base rates effective January 1, 2025 and a colder heating season raised "
        f"margins, while the cost of natural gas rose {mm(g['gascost'][0] - g['gascost'][1])} with higher "
        f"throughput and wholesale prices. Eastvale Gas added about "
        f"{plain((CUSTOMERS['g_residential'][0] - CUSTOMERS['g_residential'][1]) * 1000, 0)} residential customers "
        f"in 2025."
    )
    d.para(
        "Corporate and Other. The operating loss widened because of higher consulting costs associated with the "
        "electric rate case and growth in the energy services business. Interest expense at the parent rose as "
        "commercial paper balances increased."
    )
    d.heading("Electric Revenues, Sales and Weather", 2)
    er = []
    for k, lab in (
        ("residential", "Residential"),
        ("commercial", "Commercial"),
        ("industrial", "Industrial"),
        ("other_retail", "Other retail"),
    ):
        er.append(R("e_" + k, lab, rev["e_" + k], dollar=(k == "residential"), indent=1))
    er.append(R("e_retail", "Total retail", rev["e_retail"], kind="subtotal"))
    er.append(R("e_wholesale", "Wholesale", rev["e_wholesale"], indent=1))
    er.append(R("e_other", "Transmission and other (1)", rev["e_other"], indent=1))
    er.append(R("e_total", "Total Electric Utility revenues", e["revenue"], dollar=True, kind="total"))
    er.append(R(None, "Sales (GWh)", [], kind="section"))
    for k, lab in (
        ("residential", "Residential"),
        ("commercial", "Commercial"),
        ("industrial", "Industrial"),
        ("other_retail", "Other retail"),
    ):
        er.append(R("gwh_" + k, lab, GWH[k], indent=1))
    er.append(R("gwh_retail", "Total retail sales", rev["gwh_retail"], kind="subtotal"))
    er.append(R("gwh_wholesale", "Wholesale sales", GWH["wholesale"], indent=1))
    er.append(R("gwh_total", "Total GWh sold", rev["gwh_total"], kind="total"))
    er.append(R(None, "Degree days", [], kind="section"))
    er.append(R("cdd", "Cooling degree days", CDD, indent=1))
    er.append(R("hdd", "Heating degree days", HDD, indent=1))
    d.table(
        "erev",
        "Electric Utility Operating Revenues by Customer Class",
        UNITS_M,
        YC,
        YH,
        er,
        note_lines=[
            "(1) Includes transmission service, alternative revenue program revenues and other "
            "operating revenues; see Note 2."
        ],
    )
    d.para(
        f"Normal weather, based on a thirty-year average, is {CDD_NORMAL:,} cooling degree days and "
        f"{HDD_NORMAL:,} heating degree days. Cooling degree days in 2025 were "
        f"{d.fig('p.cdd_vs_normal', pct(F(CDD[0] - CDD_NORMAL, CDD_NORMAL), 1))} above normal."
    )
    gr = []
    for k, lab in (
        ("residential", "Residential"),
        ("commercial", "Commercial"),
        ("industrial", "Industrial and transportation"),
    ):
        gr.append(R("g_" + k, lab, rev["g_" + k], dollar=(k == "residential"), indent=1))
    gr.append(R("g_other", "Other (1)", rev["g_other"], indent=1))
    gr.append(R("g_total", "Total Gas Distribution revenues", g["revenue"], dollar=True, kind="total"))
    gr.append(R(None, "Throughput (Bcf)", [], kind="section"))
    for k, lab in (
        ("residential", "Residential"),
        ("commercial", "Commercial"),
        ("industrial", "Industrial and transportation"),
    ):
        gr.append(R("bcf_" + k, lab, BCF[k], nd=1, indent=1))
    gr.append(R("bcf_total", "Total throughput", rev["bcf_total"], nd=1, kind="total"))
    d.table(
        "grev",
        "Gas Distribution Operating Revenues and Throughput",
        UNITS_M,
        YC,
        YH,
        gr,
        note_lines=["(1) Includes off-system sales, alternative revenue programs and miscellaneous service revenues."],
    )
    d.heading("Other Income Statement Items", 2)
    d.para(
        f"Consolidated operations and maintenance expense was {d.fig('p.om', mm(t['om'][0]))} in 2025, an "
        f"increase of {chg(t['om'][0], t['om'][1])} from 2024. Depreciation and amortization increased to "
        f"{mm(t['da'][0])}. AFUDC equity rose to {mm(t['afudc'][0])} with the larger construction program. "
        f"Interest expense, net rose to {mm(t['interest'][0])} from {mm(t['interest'][1])} because of the "
        f"2025 bond issuances and higher short-term rates. The effective income tax rate was "
        f"{d.fig('p.etr', pct(tx['etr'][0], 1))} in 2025 compared with {pct(tx['etr'][1], 1)} in 2024; the "
        f"rate is below the statutory rate mainly because of the amortization of excess deferred income taxes "
        f"returned to customers."
    )
    d.heading("2024 Compared with 2023", 2)
    d.para(
        f"Net income in 2024 was {mm(t['ni'][1])} compared with {mm(t['ni'][2])} in 2023. Electric Utility "
        f"operating income increased to {mm(e['opinc'][1])} from {mm(e['opinc'][2])}, reflecting the second step "
        f"of the 2023 rate order and lower fuel costs passed through to customers, while Gas Distribution "
        f"operating income fell to {mm(g['opinc'][1])} from {mm(g['opinc'][2])} because the 2024 heating season "
        f"was {pct(F(HDD_NORMAL - HDD[1], HDD_NORMAL), 1)} warmer than normal. Interest expense rose "
        f"{mm(t['interest'][1] - t['interest'][2])} on higher average debt balances."
    )
    d.para(
        f"Outlook. For 2026 we expect rate base growth of roughly {NARR['rb_growth']}, driven by the capital "
        f"plan described "
        f"below, and interim electric rates to take effect in March. Offsetting factors include higher interest "
        f"costs on refinanced debt and the dilution from planned equity issuance of {mm(NARR['atm_low'])} to "
        f"{mm(NARR['atm_high'])} through the at-the-market program."
    )
    d.heading("Capital Expenditures", 2)
    d.para(
        f"Capital expenditures were {d.fig('p.capex', mm(t['capex'][0]))} in 2025. Our capital plan for the "
        f"next three years totals {d.fig('p.plan3', mm(m['plan_3yr_total']))}, as shown below. About "
        f"{d.fig('p.plan_e_share', pct(F(m['plan_3yr']['electric'], m['plan_3yr_total']), 0))} of the plan is "
        f"at Marroway Electric, focused on distribution automation, substation capacity and transmission "
        f"rebuilds."
    )
    pc = [("a2025", 19), ("p2026", 19), ("p2027", 19), ("p2028", 19)]
    ph = [[("Actual", 1), ("Planned", 3)], [("2025", 1), ("2026", 1), ("2027", 1), ("2028", 1)]]
    pr = []
    for s in SEGS:
        pr.append(R(s, SEG_NAMES[s], [m["seg"][s]["capex"][0]] + list(CAPEX_PLAN[s]), dollar=(s == "electric")))
    pr.append(R("total", "Total capital expenditures", [t["capex"][0]] + m["plan_total"], dollar=True, kind="total"))
    d.table("capex", "Capital Expenditures by Segment", UNITS_M, pc, ph, pr)
    d.heading("Liquidity and Capital Resources", 2)
    d.para(
        f"Cash provided by operating activities was {d.fig('p.cfo', mm(c['op'][0]))} in 2025 compared with "
        f"{mm(c['op'][1])} in 2024. We fund the portion of capital expenditures and dividends not covered by "
        f"operating cash flow with long-term debt, commercial paper and common equity issued under our "
        f"at-the-market program, which provided {mm(c['stock'][0])} of proceeds in 2025."
    )
    new = [r for r in DEBT if r[5] == 0]
    d.para(
        f"In 2025 Marroway Electric issued {mm(new[0][4])} of first mortgage bonds ({new[0][1]}) and Eastvale "
        f"Gas issued {mm(new[1][4])} of senior notes ({new[1][1]}). Proceeds repaid maturing debt of "
        f"{mm(-c['retired'][0])} and funded capital expenditures; commercial paper outstanding rose to "
        f"{mm(b['cp'][0])}. Scheduled maturities of long-term debt are "
        f"shown below."
    )
    mt = [
        R(
            "mat",
            "Principal maturities",
            [dbt["maturities"][y] for y in range(2026, 2031)] + [dbt["thereafter"]],
            dollar=True,
        )
    ]
    mt.append(R("total", "Total principal", [None] * 5 + [dbt["principal"][0]], kind="total"))
    d.table(
        "mat",
        "Long-Term Debt Maturities",
        UNITS_M,
        [(f"m{y}", 16) for y in range(2026, 2031)] + [("after", 20)],
        [[(str(y), 1) for y in range(2026, 2031)] + [("Thereafter", 1)]],
        mt,
    )
    d.para(
        "Credit facilities. Each registrant maintains a committed revolving credit facility with a syndicate of "
        "banks that backs its commercial paper program. At December 31, 2025 availability was as follows."
    )
    fc = [("cap", 20), ("cp", 20), ("lcs", 20), ("avail", 20)]
    fh = [
        [("Facility", 1), ("Commercial", 1), ("Letters of", 1), ("Available", 1)],
        [("size", 1), ("paper", 1), ("credit", 1), ("capacity", 1)],
    ]
    fr = []
    for k, f in m["fac"].items():
        fr.append(
            R(
                k,
                f"{f['name']} (expires {f['exp']})",
                [f["cap"], f["cp"], f["lcs"], f["avail"]],
                dollar=(k == "holdings"),
            )
        )
    ft = m["fac_tot"]
    fr.append(R("total", "Total", [ft["cap"], ft["cp"], ft["lcs"], ft["avail"]], dollar=True, kind="total"))
    d.table("fac", "Credit Facilities at December 31, 2025", UNITS_M, fc, fh, fr)
    d.para(
        f"Together with cash and cash equivalents of {mm(b['cash'][0])}, total available liquidity at December "
        f"31, 2025 was {d.fig('p.liquidity', mm(m['liquidity']))}. The credit agreements require each borrower "
        f"to keep consolidated debt at or below {NARR['debt_cap_covenant']} of total capitalization; all "
        f"borrowers were in compliance."
    )
    d.para(
        f"Dividends. We paid common dividends of {mm(-c['div'][0])} in 2025. Our dividend payout ratio, measured "
        f"as dividends declared per share divided by diluted earnings per share, was "
        f"{d.fig('p.payout', pct(m['payout'], 1))}, within our long-term target range of 60% to 70%."
    )
    d.heading("Critical Accounting Estimates", 2)
    d.para(
        "The accounting for regulated operations, pension obligations, unbilled revenues and income taxes "
        "requires significant judgment. Regulatory assets are recorded only when recovery through future rates "
        "is probable; a change in that assessment would require a charge to earnings. Pension cost is sensitive "
        "to the discount rate: a 25 basis point decrease would increase the benefit obligation by about "
        f"{mm(NARR['pension_sens_25bp'])}. Unbilled revenues are estimated from daily generation and sendout "
        f"data, customer usage "
        "patterns and current rates."
    )
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, mark="Item 7A.")
    d.para(
        "Commodity price risk is largely mitigated by the fuel adjustment clause and the purchased gas "
        "adjustment. Interest rate risk arises from commercial paper and from refinancing maturing debt; a "
        f"100 basis point change in short-term rates would change annual interest expense by about "
        f"{mm(NARR['rate_sens_100bp'])}. "
        "We use interest rate swaps from time to time to hedge forecasted debt issuances."
    )

    # ------------------------------------------------------------ Item 8 (F-pages)
    main_counter = d.counter
    d.start_numbering("F-", 1)
    d.add_page()
    d.heading("Item 8. Financial Statements and Supplementary Data", 1, mark="Item 8.")
    d.heading("Report of Independent Registered Public Accounting Firm", 2)
    d.para("To the Shareholders and Board of Directors of Marroway Energy Holdings, Inc.")
    d.para(
        "Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
        "Marroway Energy Holdings, Inc. and subsidiaries as of December 31, 2025 and 2024, the related "
        "consolidated statements of income, comprehensive income, cash flows and changes in shareholders' "
        "equity for each of the three years in the period ended December 31, 2025, and the related notes. In "
        "our opinion, the financial statements present fairly, in all material respects, the financial position "
        "of the Company and the results of its operations and its cash flows in conformity with generally "
        "accepted accounting principles."
    )
    d.para(
        "Critical Audit Matter: Impact of rate regulation. The Company's utilities are subject to rate "
        "regulation by the Public Service Commission of the State of Eastvale. We evaluated management's "
        "judgments about the probability of recovering regulatory assets, including the deferred costs of the "
        "retired Harlan Point units and 2025 storm restoration costs, by reading orders and filings, inspecting "
        "precedent and testing the calculation of the amounts deferred."
    )
    d.para(
        "Halden Pryce LLP, Cobalt City, Eastvale. February 19, 2026. We have served as the Company's auditor "
        "since 2009.",
        style="I",
    )
    # income statement
    d.add_page()
    isr = [
        R(None, "Operating Revenues", [], kind="section"),
        R("rev_e", "Electric", m["seg"]["electric"]["revenue"], dollar=True, indent=1),
        R("rev_g", "Natural gas", m["seg"]["gas"]["revenue"], indent=1),
        R("rev_o", "Other", m["seg"]["other"]["revenue"], indent=1),
        R("revenue", "Total operating revenues", t["revenue"], kind="subtotal", bold=True),
        R(None, "Operating Expenses", [], kind="section"),
        R("fuel", "Fuel and purchased power", t["fuel"], indent=1),
        R("gascost", "Cost of natural gas", t["gascost"], indent=1),
        R("om", "Operations and maintenance", t["om"], indent=1),
        R("da", "Depreciation and amortization", t["da"], indent=1),
        R("taxother", "Taxes other than income taxes", t["taxother"], indent=1),
        R("opex", "Total operating expenses", t["opex"], kind="subtotal", bold=True),
        R("opinc", "Operating Income", t["opinc"], bold=True),
        R(None, "Other Income (Expense)", [], kind="section"),
        R("afudc", "Allowance for equity funds used during construction", t["afudc"], indent=1),
        R("otherinc", "Other income, net (a)", t["otherinc"], indent=1),
        R("interest", "Interest expense, net", [-x for x in t["interest"]], indent=1),
        R("other_total", "Total other income (expense)", t["other_total"], kind="subtotal"),
        R("pretax", "Income Before Income Taxes", t["pretax"], bold=True),
        R("tax", "Income tax expense", t["tax"], indent=1),
        R("ni", "Net Income", t["ni"], dollar=True, kind="total"),
        R("blank", "", [], kind="blank"),
        R("eps_basic", "Earnings per share - basic", t["eps_basic"], dollar=True, nd=2),
        R("eps_diluted", "Earnings per share - diluted", t["eps_diluted"], dollar=True, nd=2),
        R("sh_basic", "Weighted average shares outstanding - basic", t["sh_basic"], nd=1),
        R("sh_diluted", "Weighted average shares outstanding - diluted", t["sh_diluted"], nd=1),
        R("dps", "Dividends declared per common share", t["dps"], dollar=True, nd=2),
    ]
    d.table(
        "is",
        "MARROWAY ENERGY HOLDINGS, INC.\nConsolidated Statements of Income",
        UNITS,
        YC,
        YH,
        isr,
        note_lines=["(a) Includes the non-service components of net periodic pension cost."],
    )
    d.add_page()
    ci = [
        R("ni", "Net income", t["ni"], dollar=True),
        R(None, "Other comprehensive income (loss), net of tax:", [], kind="section"),
        R("oci_pension", "Pension and postretirement plan adjustments", [x for x in _t("OCI_PENSION")], indent=1),
        R("oci_hedge", "Reclassification of cash flow hedge losses", [x for x in _t("OCI_HEDGE")], indent=1),
        R("oci", "Total other comprehensive income (loss)", t["oci"], kind="subtotal"),
        R("ci", "Comprehensive Income", t["ci"], dollar=True, kind="total"),
    ]
    d.table("ci", "Consolidated Statements of Comprehensive Income", UNITS_M, YC, YH, ci)
    # balance sheet
    d.add_page()
    ba = [
        R(None, "Utility Plant", [], kind="section"),
        R("plant_electric", "Electric plant in service", b["plant_electric"], dollar=True, indent=1),
        R("plant_gas", "Gas plant in service", b["plant_gas"], indent=1),
        R("plant_common", "Common and other plant", b["plant_common"], indent=1),
        R("plant_total", "Total utility plant, at original cost", b["plant_total"], kind="subtotal", indent=1),
        R("accum_dep", "Less accumulated depreciation and amortization", b["accum_dep"], indent=1),
        R("plant_net", "Net utility plant in service", b["plant_net"], kind="subtotal", indent=1),
        R("cwip", "Construction work in progress", b["cwip"], indent=1),
        R("utility_plant", "Utility plant, net", b["utility_plant"], kind="subtotal", bold=True),
        R(None, "Current Assets", [], kind="section"),
        R("cash", "Cash and cash equivalents", b["cash"], indent=1),
        R(
            "receivables",
            f"Customer accounts receivable, net of allowance of ${b['allowance'][0]} and ${b['allowance'][1]}",
            b["receivables"],
            indent=1,
        ),
        R("unbilled", "Unbilled revenues", b["unbilled"], indent=1),
        R("materials", "Materials and supplies, at average cost", b["materials"], indent=1),
        R("fuel_gas", "Fuel and natural gas in storage", b["fuel_gas"], indent=1),
        R("ra_current", "Regulatory assets - current", b["ra_current"], indent=1),
        R("prepay", "Prepayments and other", b["prepay"], indent=1),
        R("cur_assets", "Total current assets", b["cur_assets"], kind="subtotal", bold=True),
        R(None, "Deferred Charges and Other Assets", [], kind="section"),
        R("ra_noncurrent", "Regulatory assets", b["ra_noncurrent"], indent=1),
        R("goodwill", "Goodwill", b["goodwill"], indent=1),
        R("other_assets", "Other", b["other_assets"], indent=1),
        R("def_assets", "Total deferred charges and other assets", b["def_assets"], kind="subtotal", bold=True),
        R("assets", "Total Assets", b["assets"], dollar=True, kind="total"),
    ]
    d.table("bs", "MARROWAY ENERGY HOLDINGS, INC.\nConsolidated Balance Sheets - Assets", UNITS_M, BC, BH, ba)
    d.add_page()
    bl = [
        R(None, "Capitalization", [], kind="section"),
        R(
            "eq_common",
            f"Common stock, without par value; 400.0 million shares authorized; "
            f"{plain(b['shares_out'][0], 1)} and {plain(b['shares_out'][1], 1)} shares outstanding",
            b["eq_common"],
            dollar=True,
            indent=1,
        ),
        R("eq_retained", "Retained earnings", b["eq_retained"], indent=1),
        R("eq_aoci", "Accumulated other comprehensive loss", b["eq_aoci"], indent=1),
        R("eq_total", "Total shareholders' equity", b["eq_total"], kind="subtotal", indent=1),
        R("ltd", "Long-term debt, net", b["ltd"], indent=1),
        R("capitalization", "Total capitalization", b["capitalization"], kind="subtotal", bold=True),
        R(None, "Current Liabilities", [], kind="section"),
        R("cur_maturities", "Current maturities of long-term debt", b["cur_maturities"], indent=1),
        R("cp", "Commercial paper", b["cp"], indent=1),
        R("ap", "Accounts payable", b["ap"], indent=1),
        R("deposits", "Customer deposits", b["deposits"], indent=1),
        R("taxes_accrued", "Taxes accrued", b["taxes_accrued"], indent=1),
        R("interest_accrued", "Interest accrued", b["interest_accrued"], indent=1),
        R("rl_current", "Regulatory liabilities - current", b["rl_current"], indent=1),
        R("other_current", "Other current liabilities", b["other_current"], indent=1),
        R("cur_liabs", "Total current liabilities", b["cur_liabs"], kind="subtotal", bold=True),
        R(None, "Deferred Credits and Other Liabilities", [], kind="section"),
        R("dit", "Deferred income taxes", b["dit"], indent=1),
        R("rl_noncurrent", "Regulatory liabilities", b["rl_noncurrent"], indent=1),
        R("aro", "Asset retirement obligations", b["aro"], indent=1),
        R("pension", "Accrued pension obligations", b["pension"], indent=1),
        R("other_deferred", "Other deferred credits and liabilities", b["other_deferred"], indent=1),
        R("def_credits", "Total deferred credits and other liabilities", b["def_credits"], kind="subtotal", bold=True),
        R(None, "Commitments and Contingencies (Note 10)", [], kind="section"),
        R("liab_eq", "Total Capitalization and Liabilities", b["liab_eq"], dollar=True, kind="total"),
    ]
    d.table(
        "bs",
        "MARROWAY ENERGY HOLDINGS, INC.\nConsolidated Balance Sheets - Capitalization and Liabilities",
        UNITS_M,
        BC,
        BH,
        bl,
    )
    # cash flows
    d.add_page()
    cfr = [
        R(None, "Operating Activities", [], kind="section"),
        R("ni", "Net income", c["ni"], dollar=True, indent=1),
        R(None, "Adjustments to reconcile net income to net cash from operating activities:", [], indent=1),
        R("da", "Depreciation and amortization", c["da"], indent=2),
        R("dit", "Deferred income taxes", c["dit"], indent=2),
        R("afudc", "Allowance for equity funds used during construction", c["afudc"], indent=2),
        R("stockcomp", "Stock-based compensation", c["stockcomp"], indent=2),
        R(None, "Changes in assets and liabilities:", [], indent=1),
        R("receivables", "Customer accounts receivable", c["receivables"], indent=2),
        R("unbilled", "Unbilled revenues", c["unbilled"], indent=2),
        R("inventories", "Materials, supplies, fuel and gas in storage", c["inventories"], indent=2),
        R("reg", "Regulatory assets and liabilities, net", c["reg"], indent=2),
        R("ap", "Accounts payable", c["ap"], indent=2),
        R("accrued", "Taxes and interest accrued", c["accrued"], indent=2),
        R("other_op", "Other, net", c["other_op"], indent=2),
        R("op", "Net cash provided by operating activities", c["op"], kind="subtotal", bold=True),
        R(None, "Investing Activities", [], kind="section"),
        R("capex", "Utility plant additions", c["capex"], indent=1),
        R("other_inv", "Other investing activities", c["other_inv"], indent=1),
        R("inv", "Net cash used in investing activities", c["inv"], kind="subtotal", bold=True),
        R(None, "Financing Activities", [], kind="section"),
        R("issued", "Issuance of long-term debt", c["issued"], indent=1),
        R("retired", "Retirement of long-term debt", c["retired"], indent=1),
        R("cp", "Net change in commercial paper", c["cp"], indent=1),
        R("stock", "Issuance of common stock", c["stock"], indent=1),
        R("div", "Dividends paid on common stock", c["div"], indent=1),
        R("other_fin", "Debt issuance costs and other", c["other_fin"], indent=1),
        R("fin", "Net cash provided by financing activities", c["fin"], kind="subtotal", bold=True),
        R("change", "Net Change in Cash and Cash Equivalents", c["change"], bold=True),
        R("begin", "Cash and cash equivalents at beginning of year", c["begin"]),
        R("end", "Cash and Cash Equivalents at End of Year", c["end"], dollar=True, kind="total"),
    ]
    d.table("cf", "MARROWAY ENERGY HOLDINGS, INC.\nConsolidated Statements of Cash Flows", UNITS_M, YC, YH, cfr)
    # equity statement
    d.add_page()
    ec = [("shares", 17), ("common", 20), ("retained", 20), ("aoci", 20), ("total", 20)]
    eh = [
        [("Common Stock", 2), ("Retained", 1), ("", 1), ("", 1)],
        [("Shares", 1), ("Amount", 1), ("Earnings", 1), ("AOCI", 1), ("Total", 1)],
    ]
    er2 = []
    er2.append(
        R(
            "bal2022",
            "Balance at December 31, 2022",
            [eq[2022][k] for k in ("shares", "common", "retained", "aoci", "total")],
            dollar=True,
            nd=0,
            bold=True,
        )
    )
    # shares shown with one decimal: use string cells
    er2[-1].vals[0] = plain(eq[2022]["shares"], 1)
    from model_marroway import DIVIDENDS, SH_ISSUED, STOCK_COMP, STOCK_ISSUED

    for y, i in ((2023, 2), (2024, 1), (2025, 0)):
        er2.append(R(f"ni{y}", "Net income", [None, None, t["ni"][i], None, t["ni"][i]], indent=1))
        er2.append(
            R(f"oci{y}", "Other comprehensive income (loss)", [None, None, None, t["oci"][i], t["oci"][i]], indent=1)
        )
        er2.append(
            R(
                f"div{y}",
                f"Common dividends declared (${plain(DPS[i], 2)} per share)",
                [None, None, -DIVIDENDS[i], None, -DIVIDENDS[i]],
                indent=1,
            )
        )
        er2.append(
            R(
                f"iss{y}",
                "Issuance of common stock",
                [plain(SH_ISSUED[i], 1), STOCK_ISSUED[i], None, None, STOCK_ISSUED[i]],
                indent=1,
            )
        )
        er2.append(R(f"sbc{y}", "Stock-based compensation", [None, STOCK_COMP[i], None, None, STOCK_COMP[i]], indent=1))
        er2.append(
            R(
                f"bal{y}",
                f"Balance at December 31, {y}",
                [plain(eq[y]["shares"], 1), eq[y]["common"], eq[y]["retained"], eq[y]["aoci"], eq[y]["total"]],
                dollar=True,
                kind="total" if y == 2025 else "subtotal",
                bold=True,
            )
        )
    d.table(
        "eq",
        "MARROWAY ENERGY HOLDINGS, INC.\nConsolidated Statements of Changes in Shareholders' Equity",
        "(in millions)",
        ec,
        eh,
        er2,
    )
    # ------------------------------------------------------------ notes
    d.add_page()
    d.heading("Notes to Consolidated Financial Statements", 1)
    d.heading("1. Summary of Significant Accounting Policies", 2)
    d.para(
        "Basis of presentation. The consolidated financial statements include the accounts of Marroway Energy "
        "Holdings, Inc. and its wholly owned subsidiaries, principally Marroway Electric Company and Eastvale "
        "Gas Company. Intercompany transactions have been eliminated. The utilities apply the accounting "
        "guidance for regulated operations, under which costs that will probably be recovered through future "
        "rates are deferred as regulatory assets and amounts expected to be refunded or that represent future "
        "costs already collected are recorded as regulatory liabilities."
    )
    d.para(
        "Utility plant. Utility plant is stated at original cost, including labor, materials, overhead and "
        "AFUDC. Depreciation is computed on the straight-line method using composite rates approved by the "
        f"Eastvale Commission, which averaged {NARR['dep_rate_e']} for electric plant and {NARR['dep_rate_g']} "
        f"for gas plant in 2025. The cost "
        "of removal collected in rates in excess of amounts incurred is recorded as a regulatory liability."
    )
    d.para(
        "Revenue recognition. Revenues are recognized when electricity or natural gas is delivered, at the "
        "tariff rates approved by the Eastvale Commission, and include an estimate of unbilled revenues for "
        "service provided after the last meter reading. Alternative revenue programs, such as decoupling "
        "mechanisms and performance incentives, are recognized when the conditions for recovery are met and are "
        "presented separately from revenue from contracts with customers."
    )
    from model_marroway import FAIR_VALUE_DEBT, PLANT_FUNCTION

    up = [R("f" + str(i), lab, [a, bb], dollar=(i == 0)) for i, (lab, a, bb) in enumerate(PLANT_FUNCTION)]
    up.append(R("total", "Total utility plant in service", b["plant_total"], dollar=True, kind="total"))
    d.table("plant", "Utility Plant in Service by Function", UNITS_M, BC, BH, up)
    d.para(
        "Income taxes. Deferred income taxes are provided on temporary differences between the book and tax "
        "bases of assets and liabilities. Where the Eastvale Commission reflects tax benefits in rates as they "
        "arise, the utilities record regulatory assets or liabilities for the related deferred taxes. "
        f"Fair value. The estimated fair value of long-term debt, including current maturities, was "
        f"{mm(FAIR_VALUE_DEBT[0])} at December 31, 2025 and {mm(FAIR_VALUE_DEBT[1])} at December 31, 2024, based "
        f"on quoted prices for similar issues (Level 2)."
    )
    d.heading("2. Revenues", 2)
    rv = [R(None, "Electric Utility", [], kind="section")]
    for k, lab in (
        ("residential", "Residential"),
        ("commercial", "Commercial"),
        ("industrial", "Industrial"),
        ("other_retail", "Other retail"),
        ("wholesale", "Wholesale"),
        ("transmission", "Transmission and other"),
    ):
        rv.append(R("e_" + k, lab, rev["e_" + k], indent=1, dollar=(k == "residential")))
    rv.append(
        R("e_contract", "Electric revenue from contracts with customers", rev["e_contract"], kind="subtotal", indent=1)
    )
    rv.append(R("e_arp", "Alternative revenue programs", rev["e_arp"], indent=1))
    rv.append(R("e_otherrev", "Other revenues", rev["e_otherrev"], indent=1))
    rv.append(R("e_total", "Total Electric Utility", m["seg"]["electric"]["revenue"], kind="subtotal", bold=True))
    rv.append(R(None, "Gas Distribution", [], kind="section"))
    for k, lab in (
        ("residential", "Residential"),
        ("commercial", "Commercial"),
        ("industrial", "Industrial and transportation"),
        ("othersvc", "Off-system and other"),
    ):
        rv.append(R("g_" + k, lab, rev["g_" + k], indent=1))
    rv.append(
        R("g_contract", "Gas revenue from contracts with customers", rev["g_contract"], kind="subtotal", indent=1)
    )
    rv.append(R("g_arp", "Alternative revenue programs", rev["g_arp"], indent=1))
    rv.append(R("g_total", "Total Gas Distribution", m["seg"]["gas"]["revenue"], kind="subtotal", bold=True))
    rv.append(R("o_total", "Corporate and Other (energy services)", m["seg"]["other"]["revenue"], bold=True))
    rv.append(R("total", "Total operating revenues", t["revenue"], dollar=True, kind="total"))
    d.table("rev", "Disaggregation of Operating Revenues", UNITS_M, YC, YH, rv)
    d.heading("3. Regulatory Assets and Liabilities", 2)
    d.para(
        "Regulatory assets and liabilities reflected in the consolidated balance sheets are summarized below. "
        "Except for the return on the unrecovered balance of the retired Harlan Point units, which earns the "
        "weighted average cost of capital, most regulatory assets do not earn a return. The Harlan Point "
        "balance is being recovered over a period ending in 2036."
    )
    ra = [R(None, "Regulatory assets", [], kind="section")]
    for i, (k, lab, a, bb) in enumerate(REG_ASSETS):
        ra.append(R("a_" + k, lab, [a, bb], dollar=(i == 0), indent=1))
    ra.append(R("a_total", "Total regulatory assets", m["ra"]["total"], kind="subtotal"))
    ra.append(R("a_current", "Less current portion", [-x for x in m["ra"]["current"]], indent=1))
    ra.append(R("a_noncurrent", "Noncurrent regulatory assets", m["ra"]["noncurrent"], dollar=True, kind="total"))
    ra.append(R(None, "Regulatory liabilities", [], kind="section"))
    for i, (k, lab, a, bb) in enumerate(REG_LIABS):
        ra.append(R("l_" + k, lab, [a, bb], dollar=(i == 0), indent=1))
    ra.append(R("l_total", "Total regulatory liabilities", m["rl"]["total"], kind="subtotal"))
    ra.append(R("l_current", "Less current portion", [-x for x in m["rl"]["current"]], indent=1))
    ra.append(R("l_noncurrent", "Noncurrent regulatory liabilities", m["rl"]["noncurrent"], dollar=True, kind="total"))
    d.table("reg", "Regulatory Assets and Liabilities", UNITS_M, BC, BH, ra)
    d.para(
        f"Storm restoration costs deferred during 2025 increased the storm regulatory asset by "
        f"{d.fig('p.storm_incr', mm(REG_ASSETS[1][2] - REG_ASSETS[1][3]))}. Excess deferred income taxes are "
        f"being returned to customers over the remaining lives of the related plant for protected amounts and "
        f"over ten years for unprotected amounts."
    )
    d.heading("4. Long-Term Debt", 2)
    d.para(
        "First mortgage bonds of Marroway Electric are secured by substantially all of its utility plant. The "
        "senior notes of Eastvale Gas and of the parent are unsecured. The junior subordinated notes may be "
        "deferred for up to five years without causing an event of default. Long-term debt outstanding was as "
        "follows."
    )
    dr = []
    last_issuer = None
    for issuer, desc, rate, due, a, bb in DEBT:
        if issuer != last_issuer:
            dr.append(R(None, issuer, [], kind="section"))
            last_issuer = issuer
        key = "s" + rate.replace(".", "").replace("%", "") + f"_{due}"
        dr.append(R(key, desc, [a, bb], indent=1, dollar=(len(dr) == 1)))
    dr.append(R("principal", "Total principal amount", dbt["principal"], kind="subtotal", bold=True))
    dr.append(R("unamort", "Unamortized discount and debt issuance costs", dbt["unamort"], indent=1))
    dr.append(R("current", "Less current maturities", [-x for x in dbt["current"]], indent=1))
    dr.append(R("lt", "Long-term debt, net", dbt["lt"], dollar=True, kind="total"))
    d.table("ltd", "Long-Term Debt", UNITS_M, BC, BH, dr, keep=False)
    d.para(
        f"Interest paid, net of amounts capitalized, was {mm(t['interest'][0] - NARR['interest_capitalized'])} "
        f"in 2025. The indentures "
        f"limit the issuance of additional first mortgage bonds to {NARR['fmb_limit']} of unfunded property "
        f"additions. At "
        f"December 31, 2025 the weighted average interest rate on commercial paper outstanding was {NARR['cp_rate']}."
    )
    d.heading("5. Income Taxes", 2)
    txr = [
        R(None, "Current", [], kind="section"),
        R("cur_fed", "Federal", tx["cur_fed"], dollar=True, indent=1),
        R("cur_state", "State", tx["cur_state"], indent=1),
        R("cur_total", "Total current", tx["cur_total"], kind="subtotal", indent=1),
        R(None, "Deferred", [], kind="section"),
        R("def_fed", "Federal", tx["def_fed"], indent=1),
        R("def_state", "State", tx["def_state"], indent=1),
        R("def_total", "Total deferred", tx["def_total"], kind="subtotal", indent=1),
        R("total", "Total income tax expense", tx["total"], dollar=True, kind="total"),
    ]
    d.table("taxc", "Components of Income Tax Expense", UNITS_M, YC, YH, txr)
    rr = [
        R("pretax", "Income before income taxes", t["pretax"], dollar=True),
        R(
            "statutory",
            f"Income taxes at the federal statutory rate of {pct(STATUTORY, 0)}",
            tx["statutory"],
            dollar=True,
        ),
        R("state", "State income taxes, net of federal benefit", tx["state"], indent=1),
        R("edit", "Amortization of excess deferred income taxes", tx["edit"], indent=1),
        R("afudc", "AFUDC equity", tx["afudc"], indent=1),
        R("credits", "Production and investment tax credits", tx["credits"], indent=1),
        R("other", "Other, net", tx["other"], indent=1),
        R("total", "Total income tax expense", tx["total"], dollar=True, kind="total"),
        R("etr", "Effective income tax rate", [pct(x, 1) for x in tx["etr"]]),
    ]
    d.table("taxr", "Effective Tax Rate Reconciliation", UNITS_M, YC, YH, rr)
    d.heading("6. Earnings per Share", 2)
    ep = [
        R("ni", "Net income", t["ni"], dollar=True),
        R("sh_basic", "Weighted average common shares outstanding - basic", t["sh_basic"], nd=1),
        R("sh_dilutive", "Dilutive effect of performance share awards", t["sh_dilutive"], nd=1, indent=1),
        R("sh_diluted", "Weighted average common shares outstanding - diluted", t["sh_diluted"], nd=1, kind="subtotal"),
        R("eps_basic", "Basic earnings per share", t["eps_basic"], dollar=True, nd=2),
        R("eps_diluted", "Diluted earnings per share", t["eps_diluted"], dollar=True, nd=2),
    ]
    d.table("eps", "Earnings per Share", UNITS, YC, YH, ep)
    d.heading("7. Pension Plan", 2)
    d.para(
        "Marroway sponsors a noncontributory defined benefit pension plan covering most employees hired before "
        "2014; later hires participate in an enhanced defined contribution plan. The following tables present "
        "the change in the projected benefit obligation and in plan assets."
    )
    p = m["pen"]
    pr = [
        R(None, "Change in projected benefit obligation", [], kind="section"),
        R("pbo_open", "Obligation at beginning of year", p["pbo_open"], dollar=True, indent=1),
        R("service", "Service cost", PEN["service"][:2], indent=1),
        R("interest", "Interest cost", PEN["interest"][:2], indent=1),
        R("act", "Actuarial (gain) loss", _t("PBO_ACT"), indent=1),
        R("paid", "Benefits paid", _t("BEN_PAID"), indent=1),
        R("pbo_end", "Obligation at end of year", p["pbo_end"], dollar=True, kind="subtotal", indent=1),
        R(None, "Change in plan assets", [], kind="section"),
        R("ast_open", "Fair value at beginning of year", p["ast_open"], dollar=True, indent=1),
        R("return", "Actual return on plan assets", _t("ACT_RETURN"), indent=1),
        R("contrib", "Employer contributions", _t("CONTRIB"), indent=1),
        R("paid2", "Benefits paid", _t("BEN_PAID"), indent=1),
        R("ast_end", "Fair value at end of year", p["ast_end"], dollar=True, kind="subtotal", indent=1),
        R("funded", "Funded status at end of year", p["funded"], dollar=True, kind="total"),
        R("disc", "Discount rate", list(DISC_RATE)),
        R("expret", "Expected long-term return on plan assets", list(EXP_RETURN)),
    ]
    d.table("pen", "Pension Obligation and Plan Assets", UNITS_M, BC, BH, pr)
    nr = [
        R("service", "Service cost", PEN["service"], dollar=True),
        R("interest", "Interest cost", PEN["interest"]),
        R("expret", "Expected return on plan assets", PEN["expret"]),
        R("amort", "Amortization of net actuarial loss", PEN["amort"]),
        R("npbc", "Net periodic benefit cost", p["npbc"], dollar=True, kind="total"),
    ]
    d.table("npbc", "Components of Net Periodic Benefit Cost", UNITS_M, YC, YH, nr)
    d.heading("8. Segment Information", 2)
    d.para(
        "The Company's reportable segments are Electric Utility and Gas Distribution. Corporate and Other "
        "includes the parent's interest on holding company debt, unallocated corporate costs and the energy "
        "services business. Segment results are reviewed on an operating income basis."
    )
    sg = []
    for s in SEGS:
        sd = m["seg"][s]
        sg.append(R(None, SEG_NAMES[s], [], kind="section"))
        sg.append(R(s + "_rev", "Operating revenues", sd["revenue"], indent=1, dollar=(s == "electric")))
        if s == "electric":
            sg.append(R(s + "_fuel", "Fuel and purchased power", sd["fuel"], indent=1))
        if s == "gas":
            sg.append(R(s + "_gascost", "Cost of natural gas", sd["gascost"], indent=1))
        sg.append(R(s + "_om", "Operations and maintenance", sd["om"], indent=1))
        sg.append(R(s + "_da", "Depreciation and amortization", sd["da"], indent=1))
        sg.append(R(s + "_taxother", "Taxes other than income taxes", sd["taxother"], indent=1))
        sg.append(R(s + "_opinc", "Operating income (loss)", sd["opinc"], kind="subtotal", indent=1))
        sg.append(R(s + "_interest", "Interest expense", sd["interest"], indent=1))
        sg.append(R(s + "_capex", "Capital expenditures", sd["capex"], indent=1))
    sg.append(R(None, "Consolidated", [], kind="section"))
    sg.append(R("tot_rev", "Operating revenues", t["revenue"], indent=1, dollar=True))
    sg.append(R("tot_opinc", "Operating income", t["opinc"], indent=1))
    sg.append(R("tot_capex", "Capital expenditures", t["capex"], indent=1, dollar=True, kind="total"))
    d.table("seg", "Segment Financial Information", UNITS_M, YC, YH, sg)
    sa = [R(s, SEG_NAMES[s], m["seg_assets"][s], dollar=(s == "electric")) for s in SEGS]
    sa.append(R("total", "Total assets", b["assets"], dollar=True, kind="total"))
    d.table("sega", "Total Assets by Segment", UNITS_M, BC, BH, sa)
    d.heading("9. Common Equity", 2)
    d.para(
        f"During 2025 we issued {plain(SH_ISSUED[0], 1)} million shares of common stock under our "
        f"at-the-market equity program for net proceeds of {mm(STOCK_ISSUED[0])}. Regulatory orders require "
        f"Marroway Electric and Eastvale Gas each to maintain a common equity ratio of at least "
        f"{NARR['min_equity_ratio']} of total "
        f"capitalization, which restricted approximately ${plain(NARR['restricted_bn'], 1)} billion of the "
        f"utilities' net assets at December "
        f"31, 2025."
    )
    d.heading("10. Commitments and Contingencies", 2)
    d.para(
        "Marroway Electric has long-term purchase agreements for capacity and energy, and Eastvale Gas has "
        "contracts for gas supply, pipeline transportation and storage. Minimum payments under these contracts "
        "are shown below."
    )
    cm = [
        R("ppa", "Purchased power agreements", list(PPA) + [m["ppa_total"]], dollar=True),
        R("gas", "Gas supply, transportation and storage", list(GAS_SUPPLY) + [m["gas_supply_total"]]),
        R("total", "Total", m["commit_year"] + [m["commit_total"]], dollar=True, kind="total"),
    ]
    d.table(
        "commit",
        "Minimum Purchase Commitments",
        UNITS_M,
        [(f"c{y}", 13) for y in range(2026, 2031)] + [("after", 17), ("total", 15)],
        [[(str(y), 1) for y in range(2026, 2031)] + [("Thereafter", 1), ("Total", 1)]],
        cm,
        label_w=d.cw - 5 * 13 - 17 - 15,
    )
    d.para(
        "Environmental matters. Eastvale Gas is remediating three former manufactured gas plant sites under "
        "consent orders with the Eastvale Department of Environmental Stewardship. The accrued liability for "
        f"remaining work was {mm(NARR['mgp_liability'])} at December 31, 2025; costs are recoverable through a "
        f"remediation rider. Guarantees. The parent has guaranteed certain obligations of the energy services "
        f"business, with a maximum exposure of {mm(NARR['guarantee'])}."
    )

    d.heading("11. Quarterly Financial Data (Unaudited)", 2)
    qt = m["qtr"]
    qr = [
        R("revenue", "Operating revenues", qt["revenue"] + [t["revenue"][0]], dollar=True),
        R("opinc", "Operating income", qt["opinc"] + [t["opinc"][0]]),
        R("ni", "Net income", qt["ni"] + [t["ni"][0]], dollar=True),
        R("eps", "Diluted earnings per share (b)", qt["eps"] + [t["eps_diluted"][0]], dollar=True, nd=2),
    ]
    d.table(
        "qtr",
        "2025 Quarterly Results",
        UNITS,
        [("q1", 17), ("q2", 17), ("q3", 17), ("q4", 17), ("fy", 17)],
        [
            [("2025 Quarter Ended", 4), ("", 1)],
            [("Mar. 31", 1), ("Jun. 30", 1), ("Sep. 30", 1), ("Dec. 31", 1), ("Year", 1)],
        ],
        qr,
        note_lines=[
            "(b) Quarterly per-share amounts may not sum to the annual amount because of changes in "
            "weighted average shares outstanding."
        ],
    )

    # ------------------------------------------------------------ back matter
    d.start_numbering("", main_counter + 1)
    d.add_page()
    d.heading("Item 9A. Controls and Procedures", 1, mark="Item 9A.")
    d.para(
        "Management, with the participation of the chief executive officer and chief financial officer, "
        "evaluated the effectiveness of disclosure controls and procedures as of December 31, 2025 and "
        "concluded that they were effective. Management's assessment of internal control over financial "
        "reporting used the criteria of the Integrated Control Framework and concluded that internal control "
        "was effective. Halden Pryce LLP has issued an attestation report on internal control."
    )
    d.heading("PART III", 0)
    d.heading(
        "Items 10 through 14. Directors, Executive Officers, Compensation and Other Matters", 1, mark="Item 10-14."
    )
    d.para(
        "The information required by these items is incorporated by reference from our proxy statement for "
        "the 2026 annual meeting of shareholders, which will be filed within 120 days after year end."
    )
    d.heading("PART IV", 0)
    d.heading("Item 15. Exhibits and Financial Statement Schedules", 1, mark="Item 15.")
    for ex in (
        "3.1 Amended and Restated Articles of Incorporation",
        "4.1 Indenture of Mortgage of Marroway Electric Company, as supplemented",
        "4.2 Senior Note Indenture of Eastvale Gas Company",
        "10.1 Amended Revolving Credit Agreement dated June 2025",
        "21 Subsidiaries of the registrant",
        "23 Consent of Halden Pryce LLP",
        "31 and 32 Officer certifications",
    ):
        d.bullet(ex)
    d.ln(2)
    al = m["allow"]
    sch = [
        R(
            "allow",
            "Allowance for uncollectible accounts",
            [al["open"], al["provision"], al["writeoffs"], al["close"]],
            dollar=True,
        )
    ]
    d.table(
        "sch2",
        "Schedule II - Valuation and Qualifying Accounts, Year Ended December 31, 2025",
        UNITS_M,
        [("open", 20), ("prov", 20), ("wo", 20), ("close", 20)],
        [
            [("Balance at", 1), ("Charged to", 1), ("Write-offs,", 1), ("Balance at", 1)],
            [("Jan. 1", 1), ("expense", 1), ("net", 1), ("Dec. 31", 1)],
        ],
        sch,
    )
    d.ln(4)
    d.heading("Signatures", 2)
    d.para(
        "Pursuant to the requirements of the Securities Markets Act, the registrant has duly caused this report to "
        "be signed on its behalf by the undersigned, thereunto duly authorized, on February 19, 2026."
    )
    d.para(
        "MARROWAY ENERGY HOLDINGS, INC.   By: /s/ Corinne A. Talbott, Chair, President and Chief Executive "
        "Officer.   /s/ Devin R. Osei, Executive Vice President and Chief Financial Officer.",
        style="I",
    )
    return d


def _t(name):
    import model_marroway

    return list(getattr(model_marroway, name))


def render():
    d1 = build()
    d2 = build(toc=dict(d1.sections))
    return d2
