"""Typesets the Hollowmere Realty Trust 2025 annual report on Form 10-K (invented)."""

from fractions import Fraction as F

import model_hollowmere as HM
from fmt import mil, num, pct, sgn, usd
from layout import Doc
from tables import H, R, chg_pct, cols

STYLE = dict(
    font="Times",
    size=10.5,
    tsize=8.3,
    lead=0.52,
    align="J",
    h_align="C",
    t_align="C",
    margin=19,
    top=18,
    bottom=18,
    head_italic=True,
    head_align="R",
    foot_fmt="{}",
    foot_align="C",
    title="Hollowmere Realty Trust Form 10-K 2025",
    author="Hollowmere Realty Trust",
    head_rule=True,
    section_bold=True,
)
Y3 = [2025, 2024, 2023]
K3 = ["2025", "2024", "2023"]
RUN = "Hollowmere Realty Trust | Annual Report on Form 10-K | Year Ended December 31, 2025"
SEGS = HM.SEGS
SN = HM.SEG_NAME


def yhead(years=Y3):
    return [[("Year Ended December 31,", len(years))], [(str(y), 1) for y in years]]


def build(toc=None):
    m = HM.build()
    d = Doc(STYLE)
    toc = toc or {}
    bs, cf = m["bs"], m["cf"]

    def tp(name):
        return toc.get(name, "00")

    # ------------------------------------------------------------------ cover
    d.new_page("")
    d.set_font("Times", "B", 13)
    d.cell(d.text_w, 6, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(d.text_w, 6, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 10)
    d.cell(d.text_w, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("Times", "B", 18)
    d.cell(d.text_w, 9, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", align="L")
    d.para("For the fiscal year ended December 31, 2025", align="C", style="B")
    d.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", align="L")
    d.para("Commission File Number 001-48213", align="C")
    d.ln(3)
    d.set_font("Times", "B", 22)
    d.cell(d.text_w, 10, "HOLLOWMERE REALTY TRUST", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 10)
    d.cell(
        d.text_w, 5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.ln(4)
    d.para(
        "State of Westmarch (State or other jurisdiction of incorporation or organization)          "
        "84-3061927 (I.R.S. Employer Identification No.)",
        align="C",
        size=9,
    )
    d.para(
        "1400 Larkspur Avenue, Suite 900, Ellisford, Westmarch 40117 (Address of principal executive offices)",
        align="C",
        size=9,
    )
    d.para("(512) 555-0190 (Registrant's telephone number, including area code)", align="C", size=9)
    d.ln(2)
    d.para(
        "Securities registered pursuant to Section 12(b) of the Act: Common Shares of Beneficial Interest, $0.01 "
        "par value per share; trading symbol HLMR; name of each exchange on which registered: Northbridge Stock "
        "Exchange.",
        size=9,
    )
    d.para(
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
        "Securities Act. Yes [X] No [  ]. Indicate by check mark whether the registrant (1) has filed all reports "
        "required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding "
        "12 months and (2) has been subject to such filing requirements for the past 90 days. Yes [X] No [  ]. "
        "Large accelerated filer [X]. Accelerated filer [  ]. Non-accelerated filer [  ]. Smaller reporting "
        "company [  ]. Emerging growth company [  ]. Shell company: Yes [  ] No [X].",
        size=9,
    )
    d.para(
        "The aggregate market value of the common shares held by non-affiliates of the registrant, computed by "
        "reference to the closing price on the last business day of the registrant's most recently completed "
        f"second fiscal quarter, was approximately ${sgn(F(HM.NARR['market_value'], 1000000), 2)} billion. As of "
        "February 13, 2026, there were "
        f"{num(bs[2025]['shares'] + HM.NARR['shares_after'])} thousand common shares of beneficial interest "
        "outstanding.",
        size=9,
    )
    d.para(
        "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its 2026 "
        "annual meeting of shareholders are incorporated by reference into Part III of this report.",
        size=9,
    )

    # ------------------------------------------------------------------ TOC
    d.set_numbering("roman", 1)
    d.new_page("")
    d.heading("TABLE OF CONTENTS", 1)
    entries = [
        ("PART I", None, True),
        ("Item 1.", "Business", "i1"),
        ("Item 1A.", "Risk Factors", "i1a"),
        ("Item 1B.", "Unresolved Staff Comments", "i1b"),
        ("Item 1C.", "Cybersecurity", "i1c"),
        ("Item 2.", "Properties", "i2"),
        ("Item 3.", "Legal Proceedings", "i3"),
        ("Item 4.", "Mine Safety Disclosures", "i4"),
        ("PART II", None, True),
        (
            "Item 5.",
            "Market for Registrant's Common Equity, Related Shareholder Matters and Issuer Purchases of "
            "Equity Securities",
            "i5",
        ),
        ("Item 6.", "[Reserved]", "i6"),
        ("Item 7.", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "i7"),
        ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk", "i7a"),
        ("Item 8.", "Financial Statements and Supplementary Data", "i8"),
        ("Item 9.", "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "i9"),
        ("Item 9A.", "Controls and Procedures", "i9a"),
        ("Item 9B.", "Other Information", "i9b"),
        ("Item 9C.", "Disclosure Regarding Foreign Jurisdictions that Prevent Inspections", "i9c"),
        ("PART III", None, True),
        ("Item 10.", "Trustees, Executive Officers and Corporate Governance", "i10"),
        ("Item 11.", "Executive Compensation", "i11"),
        (
            "Item 12.",
            "Security Ownership of Certain Beneficial Owners and Management and Related Shareholder Matters",
            "i12",
        ),
        ("Item 13.", "Certain Relationships and Related Transactions, and Trustee Independence", "i13"),
        ("Item 14.", "Principal Accountant Fees and Services", "i14"),
        ("PART IV", None, True),
        ("Item 15.", "Exhibits and Financial Statement Schedules", "i15"),
        ("", "Signatures", "sig"),
    ]
    for a, b, c in entries:
        if b is None:
            d.ln(2)
            d.set_font("Times", "B", 10.5)
            d.cell(d.text_w, 6, a, new_x="LMARGIN", new_y="NEXT")
            continue
        text = f"{a}  {b}" if a else b
        if len(text) > 92:
            text = text[:89].rsplit(" ", 1)[0] + " ..."
        d.toc_line(text, tp(c), size=9.5, indent=4)

    # ------------------------------------------------------------------ PART I
    d.set_numbering("arabic", 1)
    d.new_page(RUN)
    d.heading("PART I", 0)
    d.heading("Item 1. Business", 1)
    d.anchor("i1")
    n_props = len(HM.PROPERTIES)
    d.para(
        'Hollowmere Realty Trust (together with its consolidated subsidiaries, "Hollowmere," the "Trust," "we," '
        '"us" or "our") is a self-administered and self-managed real estate investment trust that owns, operates '
        "and selectively develops office, industrial and multifamily properties in six growing metropolitan markets. "
        'We conduct substantially all of our business through Hollowmere Operating Partnership, L.P. (the "Operating '
        'Partnership"), of which we are the sole general partner. At December 31, 2025 we owned approximately '
        f"{pct(F(bs[2025]['shares'], bs[2025]['shares'] + HM.OP_UNITS), 1)} of the common units of the Operating "
        f"Partnership; the remaining {num(HM.OP_UNITS)} thousand units were held by limited partners, most of whom "
        "contributed properties to us in exchange for units."
    )
    d.para(
        f"At December 31, 2025 our consolidated portfolio consisted of {d.v('H.p.nprops', str(n_props))} operating "
        f"properties: {m['prop_count']['office']} office properties containing "
        f"{d.v('H.p.office_sf', num(m['prop_size']['office']))} thousand rentable square feet, "
        f"{m['prop_count']['industrial']} industrial properties containing "
        f"{d.v('H.p.ind_sf', num(m['prop_size']['industrial']))} thousand rentable square feet and "
        f"{m['prop_count']['multifamily']} multifamily communities with "
        f"{d.v('H.p.mf_units', num(m['prop_size']['multifamily']))} apartment units in total. We also held one "
        "industrial development project in lease-up and several parcels of land for future development."
    )
    d.heading("Business Objectives and Strategy", 2)
    d.para(
        "Our objective is to generate durable growth in cash flow per share by owning a diversified portfolio of "
        "income-producing real estate in markets with above-average job and household formation. We believe that "
        "combining three property types under one platform lowers the volatility of our cash flows, because the "
        "demand drivers for suburban office space, last-mile logistics space and mid-rise rental housing move on "
        "different cycles. Over the past three years we have deliberately shifted capital away from older office "
        "assets and toward industrial and multifamily properties, and we expect that rotation to continue."
    )
    d.bullets(
        [
            "Recycle capital: sell mature or non-core assets when pricing exceeds our estimate of long-term hold "
            "value, "
            "and redeploy the proceeds into newer properties with stronger growth prospects.",
            "Operate intensively: our in-house leasing, property management and construction teams allow us to respond "
            "quickly to tenant needs, control operating costs and capture mark-to-market rent growth at renewal.",
            "Develop selectively: we pursue ground-up development only where we control the land, the entitlements are "
            "in place and the projected stabilized yield exceeds the yield available on acquisitions by a wide margin.",
            "Maintain a flexible balance sheet: we favor unsecured debt, laddered maturities and a large proportion of "
            "fixed-rate or swapped borrowings, which we believe lowers our cost of capital over a full cycle.",
        ]
    )
    d.heading("Segments", 2)
    d.para(
        "We manage our business in three reportable segments: office, industrial and multifamily. Our chief "
        "operating decision maker, the Chief Executive Officer, evaluates segment performance using net operating "
        'income ("NOI"), which we define as rental revenue less property operating expenses and real estate taxes. '
        "Segment financial information is presented in Note 12 to the consolidated financial statements."
    )
    d.para(
        "Office. Our office properties are predominantly multi-tenant buildings in suburban business districts close "
        "to transit and residential neighborhoods. Tenants include professional services firms, regional healthcare "
        "systems, technology companies and government agencies. Office leases are typically five to ten years in "
        "length and provide for fixed annual rent increases and recovery of a portion of operating expenses."
    )
    d.para(
        "Industrial. Our industrial properties are bulk distribution and last-mile logistics buildings with clear "
        "heights of 28 to 40 feet. Leases are generally structured on a triple-net basis, so tenants reimburse "
        "substantially all operating expenses and real estate taxes. Average lease terms are three to seven years."
    )
    d.para(
        "Multifamily. Our apartment communities are professionally managed mid-rise and garden properties targeted at "
        "working households. Residential leases are generally for twelve months or less, which allows rents to "
        "respond quickly to changes in market conditions."
    )
    d.heading("Competition", 2)
    d.para(
        "We compete for tenants, residents and acquisition opportunities with other REITs, private equity funds, "
        "pension funds, insurance companies and local owner-operators. Some competitors have greater resources or a "
        "lower cost of capital than we do. Competition for tenants is based primarily on location, rent, building "
        "quality, amenities and the reputation of the landlord. We believe that our local market presence and "
        "in-house operating teams give us an advantage in attracting and retaining tenants."
    )
    d.heading("Regulation, Sustainability and Human Capital", 2)
    d.para(
        "Our properties are subject to zoning, accessibility, fire and life-safety, and environmental regulations. "
        "Compliance with these rules has not had a material effect on our capital expenditures, earnings or "
        "competitive position. We have set a goal of reducing operational greenhouse gas emissions intensity across "
        "our office and multifamily properties by 35% from a 2021 baseline by the end of 2030, and we publish an "
        "annual sustainability report on our website."
    )
    d.para(
        f"At December 31, 2025 we had {HM.NARR['employees']} employees, of whom {HM.NARR['onsite']} worked on-site "
        "at our properties. None of our "
        "employees is represented by a labor union. We provide competitive pay, a retirement savings plan with a "
        "company match, and tuition support for professional credentials, and we conduct an employee engagement "
        "survey every year. Voluntary turnover in 2025 was approximately 11%."
    )
    d.heading("Insurance and Environmental Matters", 2)
    d.para(
        "We carry comprehensive liability, fire, extended coverage, earthquake, flood and rental loss insurance on "
        "all of our properties, with policy specifications and limits that we consider adequate. Under environmental "
        "laws an owner of real estate may be liable for the cost of removing hazardous substances released on its "
        "property. We obtain environmental assessments before acquiring properties, and we are not aware of any "
        "environmental condition that we believe would have a material adverse effect on our business."
    )
    d.heading("Tax Status and Available Information", 2)
    d.para(
        "We have elected to be taxed as a REIT under the Internal Revenue Code. To maintain that status we must, "
        "among other requirements, distribute at least 90% of our REIT taxable income to shareholders each year. "
        "Our annual reports, quarterly reports and current reports, and amendments to those reports, are available "
        "free of charge on our website as soon as reasonably practicable after we file them."
    )

    # ---- executive officers and markets
    d.heading("Our Markets", 2)
    d.para(
        "The table below summarizes our operating portfolio by market at December 31, 2025. Square feet are shown "
        "in thousands; multifamily figures are apartment units."
    )
    markets = sorted({p[1] for p in HM.PROPERTIES})
    mk_rows = []
    for mk in markets:
        vals = []
        for s_ in SEGS:
            ps = [p for p in HM.PROPERTIES if p[1] == mk and p[2] == s_]
            vals += [str(len(ps)), num(sum(p[4] for p in ps))]
        mk_rows.append(dict(label=mk, cells=vals, ids=[None] * 6))
    tv = []
    for s_ in SEGS:
        tv += [str(m["prop_count"][s_]), num(m["prop_size"][s_])]
    mk_rows.append(
        dict(
            label="Total",
            bold=True,
            rule=True,
            cells=tv,
            ids=[None, "H.mkt.office.sf", None, "H.mkt.industrial.sf", None, "H.mkt.mf.units"],
        )
    )
    d.table(
        dict(
            title="Portfolio by Market",
            label_w=36,
            cols=cols(6, 17, dollar=False),
            headers=[
                [("Office", 2), ("Industrial", 2), ("Multifamily", 2)],
                [
                    ("Properties", 1),
                    ("Sq. ft.", 1),
                    ("Properties", 1),
                    ("Sq. ft.", 1),
                    ("Communities", 1),
                    ("Units", 1),
                ],
            ],
            rows=mk_rows,
        )
    )
    d.heading("Tenant Diversification", 2)
    d.para(
        "No single tenant accounted for more than 5% of our annualized base rent at December 31, 2025. The ten "
        "largest office and industrial tenants by annualized base rent were:"
    )
    tt = []
    for i, (tn, sg_, nl, abr) in enumerate(HM.TOP_TENANTS):
        tt.append(
            dict(
                label=tn,
                dollar=i == 0,
                cells=[SN[sg_], str(nl), num(abr), pct(m["top_pct"][tn], 1)],
                ids=[None, None, f"H.ten.{i}.abr", f"H.ten.{i}.pct"],
            )
        )
    tt.append(
        dict(
            label="Total top ten tenants",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[None, None, num(m["top10_abr"]), pct(F(m["top10_abr"], m["lease_exp_abr_total"]), 1)],
            ids=[None, None, "H.ten.total.abr", "H.ten.total.pct"],
        )
    )
    d.table(
        dict(
            title="Ten Largest Tenants",
            units="(annualized base rent in thousands)",
            label_w=62,
            cols=[dict(w=22, dollar=False), dict(w=16, dollar=False), dict(w=24), dict(w=24, dollar=False)],
            headers=[
                [
                    ("Segment", 1),
                    ("Number of leases", 1),
                    ("Annualized base rent", 1),
                    ("% of office and industrial ABR", 1),
                ]
            ],
            rows=tt,
        )
    )
    d.heading("Executive Officers of the Registrant", 2)
    for nm, age, bio in (
        (
            "Marguerite D. Olafsen",
            58,
            "President and Chief Executive Officer since 2018; previously Chief Operating "
            "Officer of the Trust from 2013 to 2018 and head of acquisitions at a private real estate fund manager.",
        ),
        (
            "Tobias R. Quenneville",
            51,
            "Chief Financial Officer since 2021; previously Treasurer of the Trust and, "
            "before that, a managing director in the real estate banking group of a regional investment bank.",
        ),
        (
            "Ines Halloran-Vik",
            46,
            "Chief Accounting Officer since 2020; previously Controller of the Trust and a "
            "senior manager in the audit practice of a public accounting firm.",
        ),
        (
            "Desmond A. Carrick",
            55,
            "Executive Vice President, Industrial, since 2019; he leads our logistics leasing, "
            "development and acquisitions teams.",
        ),
        (
            "Priya N. Vantongeren",
            49,
            "Executive Vice President, Residential, since 2022; previously regional vice "
            "president of operations for a multifamily owner-operator.",
        ),
    ):
        d.para(f"{nm}, age {age}. {bio}", gap=1.4)

    # ---- 1A
    d.new_page()
    d.heading("Item 1A. Risk Factors", 1)
    d.anchor("i1a")
    d.para(
        "An investment in our securities involves risks. The risks described below are those we consider material; "
        "additional risks not presently known to us, or that we currently deem immaterial, could also affect our "
        "business, financial condition, results of operations and the market price of our common shares."
    )
    risks = [
        (
            "Demand for office space may continue to weaken.",
            "The adoption of hybrid work arrangements has reduced the amount of space that many office tenants need. "
            "Occupancy in our office segment declined during 2025, and a number of tenants whose leases expire in 2026 "
            "and 2027 have indicated that they intend to reduce the space they occupy. If we cannot re-lease vacated "
            "space on acceptable terms, our revenues and the value of our office properties could decline, and we "
            "could "
            "be required to record impairment charges similar to the charge we recorded in 2024.",
        ),
        (
            "New supply could pressure industrial and apartment rents.",
            "Developers delivered a large volume of new logistics buildings and apartment units in several of our "
            "markets "
            "in 2024 and 2025. Until that supply is absorbed, competing landlords may offer concessions, which could "
            "limit the rent increases we achieve on renewals and new leases and lengthen the time it takes to lease "
            "newly acquired or developed space.",
        ),
        (
            "Our operations are concentrated in six markets.",
            "All of our properties are located in six metropolitan areas. A local economic downturn, a change in local "
            "tax policy, or a natural disaster affecting one of these markets could have a disproportionate effect on "
            "our results compared with a more geographically diversified owner.",
        ),
        (
            "We depend on access to capital.",
            "Because we must distribute most of our taxable income, we rely on debt and equity capital to fund "
            "acquisitions, development and debt maturities. Conditions in the credit and equity markets could "
            "limit our "
            "access to capital or increase its cost. A downgrade of our credit ratings would increase the interest "
            "rate "
            "on our credit facility and term loans and could restrict our ability to issue unsecured notes.",
        ),
        (
            "Rising interest rates could increase our costs and reduce property values.",
            "A portion of our debt bears interest at variable rates, and we will need to refinance fixed-rate debt "
            "as it "
            "matures. Higher rates would increase our interest expense, and could also increase capitalization rates "
            "used by buyers of real estate, reducing the value of our properties and the proceeds from dispositions.",
        ),
        (
            "Our debt agreements contain restrictive covenants.",
            "Our credit facility, term loans and indentures require us to maintain leverage, coverage and unencumbered "
            "asset ratios. A breach could result in acceleration of our debt and would limit our ability to pay "
            "distributions.",
        ),
        (
            "Acquisitions and developments may not perform as expected.",
            "We may overestimate the rents, occupancy or operating margins of properties we acquire or develop, and "
            "construction projects may be delayed or exceed budgets. Integration of acquired properties diverts "
            "management attention and may expose us to liabilities that were unknown at the time of purchase.",
        ),
        (
            "We may be unable to sell properties when we choose.",
            "Real estate is relatively illiquid, and the REIT rules limit our ability to sell properties held for "
            "a short "
            "time. As a result, we may not be able to carry out our capital recycling strategy on the timing or at the "
            "prices we expect.",
        ),
        (
            "Failure to remain qualified as a REIT would have serious tax consequences.",
            "If we fail to qualify as a REIT in any year, we would be subject to corporate income tax on our taxable "
            "income and would not be allowed to deduct distributions, which would substantially reduce the cash "
            "available for distribution to shareholders.",
        ),
        (
            "The market price of our shares may fluctuate.",
            "Factors such as changes in our FFO per share, the dividend yields of other securities, and general market "
            "conditions could cause the market price of our common shares to decline significantly.",
        ),
        (
            "Climate change and related regulation could increase our costs.",
            "Physical risks, including more frequent severe storms and heat events, may damage our properties or "
            "increase insurance premiums, and building performance standards adopted by local governments may require "
            "capital expenditures that we cannot fully recover from tenants.",
        ),
        (
            "Tenant defaults and bankruptcies could reduce our revenue.",
            "Our largest tenants account for a meaningful portion of our office and industrial rent. If a significant "
            "tenant experiences financial difficulty, it may delay rent payments, seek to reject its lease in "
            "bankruptcy or decline to renew, and we may incur substantial costs to re-lease the space.",
        ),
        (
            "Our insurance may not cover all losses.",
            "We carry property, casualty, flood and terrorism insurance with limits and deductibles that we "
            "believe are "
            "customary. Some losses, such as those from certain environmental conditions or pandemics, are uninsurable "
            "or not economically insurable, and insurance premiums in several of our markets have risen sharply.",
        ),
        (
            "Conflicts of interest may arise with limited partners of the Operating Partnership.",
            "Holders of Operating Partnership units who contributed properties may suffer adverse tax consequences if "
            "we sell those properties, and may therefore have interests that differ from those of our shareholders "
            "with respect to dispositions and refinancings.",
        ),
        (
            "We depend on key personnel.",
            "Our success depends on the efforts of our executive officers and senior leasing and development staff. "
            "The loss of their services could adversely affect our operations, and we do not maintain key-person "
            "insurance on any of them.",
        ),
        (
            "Ownership limits in our declaration of trust may discourage a takeover.",
            "To help preserve our REIT status, our declaration of trust generally prohibits any person from owning "
            "more "
            "than 9.8% of our outstanding shares. This limit, together with other provisions of Westmarch law, could "
            "delay or prevent a change in control that shareholders might consider favorable.",
        ),
    ]
    for title, body in risks:
        d.para(title, style="BI", gap=0.8)
        d.para(body)

    d.heading("Item 1B. Unresolved Staff Comments", 1)
    d.anchor("i1b")
    d.para("None.")
    d.heading("Item 1C. Cybersecurity", 1)
    d.anchor("i1c")
    d.para(
        "We maintain a cybersecurity program designed to protect the confidentiality, integrity and availability of "
        "our information systems, including building management systems at our properties. The program is led by our "
        "Vice President of Information Technology, who has more than twenty years of experience in enterprise "
        "security and reports quarterly to the Audit Committee of our Board of Trustees. We engage an outside firm to "
        "perform penetration testing each year, require multifactor authentication for remote access, and train all "
        "employees on phishing and social engineering. We assess the security practices of vendors that have access "
        "to our systems. During 2025 we did not identify any cybersecurity incident that has materially affected, or "
        "is reasonably likely to materially affect, our business strategy, results of operations or financial "
        "condition."
    )

    # ---- Item 2
    d.new_page()
    d.heading("Item 2. Properties", 1)
    d.anchor("i2")
    d.para(
        "The following table lists our operating properties at December 31, 2025. For office and industrial properties "
        "the size column shows rentable square feet in thousands; for multifamily communities it shows the number of "
        "apartment units. Percent leased is as of December 31, 2025."
    )
    prow = []
    for seg in SEGS:
        prow.append(H(SN[seg]))
        for i, (name, mkt, s, yr, size, leased) in enumerate(HM.PROPERTIES):
            if s != seg:
                continue
            prow.append(
                dict(
                    label=name,
                    indent=1,
                    cells=[mkt, str(yr), num(size), pct(leased / 100, 1)],
                    ids=[None, None, f"H.prop.{i}.size", f"H.prop.{i}.leased"],
                )
            )
        prow.append(
            dict(
                label=f"Total {SN[seg].lower()}",
                bold=True,
                rule=True,
                cells=[None, None, num(m["prop_size"][seg]), None],
                ids=[None, None, f"H.prop.total.{seg}", None],
            )
        )
    d.table(
        dict(
            title="Schedule of Operating Properties",
            units="December 31, 2025",
            label_w=62,
            cols=[
                dict(w=28, dollar=False),
                dict(w=18, dollar=False),
                dict(w=26, dollar=False),
                dict(w=20, dollar=False),
            ],
            headers=[
                [
                    ("Market", 1),
                    ("Year acquired or completed", 1),
                    ("Sq. ft. (000s) or units", 1),
                    ("Percent leased", 1),
                ]
            ],
            rows=prow,
        )
    )
    d.para(
        "Our executive offices are located in leased space in one of our own office properties in Ellisford. We "
        "believe our properties are adequately insured and suitable for their present use."
    )

    d.heading("Item 3. Legal Proceedings", 1)
    d.anchor("i3")
    d.para(
        "From time to time we are party to legal proceedings arising in the ordinary course of business, most of "
        "which are covered by insurance. We are not currently a party to any proceeding that we expect to have a "
        "material adverse effect on our consolidated financial statements."
    )
    d.heading("Item 4. Mine Safety Disclosures", 1)
    d.anchor("i4")
    d.para("Not applicable.")

    # ------------------------------------------------------------------ PART II
    d.new_page()
    d.heading("PART II", 0)
    d.heading(
        "Item 5. Market for Registrant's Common Equity, Related Shareholder Matters and Issuer Purchases of "
        "Equity Securities",
        1,
    )
    d.anchor("i5")
    d.para(
        'Our common shares are listed on the Northbridge Stock Exchange under the symbol "HLMR." At February 13, '
        f"2026 there were approximately {num(HM.NARR['holders'])} holders of record of our common shares, a figure "
        "that does not include "
        "shareholders whose shares are held in street name by brokers and other nominees."
    )
    d.para(
        "We declared the following quarterly distributions per common share. Future distributions will be declared "
        "at the discretion of our Board of Trustees and will depend on our cash flow, financial condition, capital "
        "requirements, REIT distribution requirements and other factors the Board considers relevant."
    )
    qrows = []
    for qi, qn in enumerate(["First quarter", "Second quarter", "Third quarter", "Fourth quarter"]):
        qrows.append(
            dict(
                label=qn,
                cells=[num(HM.DPS_Q[2025], 3), num(HM.DPS_Q[2024], 3)],
                ids=[f"H.divq.{qi}.2025", f"H.divq.{qi}.2024"],
                dollar=qi == 0,
            )
        )
    qrows.append(
        R(
            "H.divq",
            "total",
            "Total distributions declared per share",
            [m["dps"][2025], m["dps"][2024]],
            ["2025", "2024"],
            nd=2,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Distributions Declared per Common Share",
            label_w=80,
            cols=cols(2, 22),
            headers=[[("2025", 1), ("2024", 1)]],
            rows=qrows,
        )
    )
    d.para(
        "During the quarter ended December 31, 2025 we did not sell any unregistered equity securities and did not "
        "repurchase any of our common shares, other than shares withheld to satisfy tax withholding on the vesting of "
        "restricted shares, which were not material."
    )
    d.para(
        "The following table compares the cumulative total shareholder return on our common shares for the five "
        "years ended December 31, 2025 with the cumulative total return of a broad market index and an index of "
        "diversified REITs, assuming an investment of $100 on December 31, 2020 and reinvestment of all "
        "distributions."
    )
    tsr = [
        dict(label=k, cells=[num(v, 2) for v in vals], ids=[None] * 6, dollar=i == 0)
        for i, (k, vals) in enumerate(HM.TSR.items())
    ]
    d.table(
        dict(
            title="Cumulative Total Return",
            label_w=52,
            cols=cols(6, 16.5),
            headers=[[("December 31,", 6)], [(str(y), 1) for y in range(2020, 2026)]],
            rows=tsr,
        )
    )
    d.heading("Item 6. [Reserved]", 1)
    d.anchor("i6")

    # ------------------------------------------------------------------ MD&A
    d.new_page()
    d.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.anchor("i7")
    d.para(
        "The following discussion should be read together with our consolidated financial statements and the notes "
        "to those statements in Item 8. Dollar amounts in tables are in thousands, except per share data, unless "
        "otherwise indicated. A discussion of 2024 compared with 2023 can be found in our annual report for 2024."
    )
    d.heading("Overview of 2025", 2)
    ni, ffo, affo = m["ni"], m["ffo"], m["affo"]
    d.para(
        f"Net income for 2025 was {d.v('H.md.ni25', mil(ni[2025]))}, compared with a net loss of "
        f"{d.v('H.md.ni24', mil(ni[2024]))} in 2024, when results included an impairment charge of "
        f"{d.v('H.md.imp24', mil(HM.IMPAIR[2024]))} on an office property. Net income attributable to common "
        f"shareholders was {d.v('H.md.eps25', usd(m['eps_dil'][2025]))} per diluted share. FFO was "
        f"{d.v('H.md.ffo25', mil(ffo[2025]))}, or {d.v('H.md.ffops25', usd(m['ffo_ps'][2025]))} per diluted share "
        f"and unit, compared with {d.v('H.md.ffops24', usd(m['ffo_ps'][2024]))} in 2024. AFFO was "
        f"{d.v('H.md.affo25', mil(affo[2025]))}."
    )
    d.bullets(
        [
            f"Same-property NOI increased {d.v('H.md.spg', pct(m['sp_growth_total'], 1))} on a combined basis, led by "
            f"industrial growth of {d.v('H.md.spg_ind', pct(m['sp_growth']['industrial'], 1))}.",
            f"We acquired three properties for a combined {d.v('H.md.acq', mil(m['acq_cash'][2025]))} and sold three "
            f"properties for net proceeds of {d.v('H.md.disp', mil(m['disp'][2025]['price']))}, recognizing gains of "
            f"{d.v('H.md.gain', mil(m['gain'][2025]))}.",
            f"In May we issued {d.v('H.md.notes', mil(HM.NOTES[2025] - HM.NOTES[2024], 0))} of 5.25% senior notes "
            "due 2030 and used the "
            "proceeds to repay borrowings on our credit facility and the mortgage loan on Tessaly Tower.",
            f"We raised net proceeds of {d.v('H.md.atm', mil(HM.ATM[2025][1]))} by selling "
            f"{num(HM.ATM[2025][0])} thousand common shares under our at-the-market program.",
        ]
    )

    # results table
    d.heading("Results of Operations: 2025 Compared with 2024", 2)

    def cmp_row(rid, label, a, b, **kw):
        ch = a - b
        p = chg_pct(a, b) if b > 0 else None
        return dict(
            label=label,
            cells=[num(a), num(b), num(ch), pct(p, 1, paren=True) if p is not None else "n/m"],
            ids=[f"H.res.{rid}.2025", f"H.res.{rid}.2024", f"H.res.{rid}.chg", f"H.res.{rid}.pct"],
            **kw,
        )

    res_rows = [H("Revenues")]
    for i, s in enumerate(SEGS):
        res_rows.append(
            cmp_row(
                f"rev_{s}",
                f"Rental revenue - {SN[s].lower()}",
                m["seg_rev"][s][2025],
                m["seg_rev"][s][2024],
                indent=1,
                dollar=i == 0,
            )
        )
    res_rows += [
        cmp_row("fee", "Fee and other income", HM.FEE_INCOME[2025], HM.FEE_INCOME[2024], indent=1),
        cmp_row("rev", "Total revenues", m["rev_total"][2025], m["rev_total"][2024], bold=True, rule=True),
        H("Expenses"),
        cmp_row("opex", "Property operating", m["opex"][2025], m["opex"][2024], indent=1),
        cmp_row("tax", "Real estate taxes", m["tax"][2025], m["tax"][2024], indent=1),
        cmp_row("ga", "General and administrative", HM.GA[2025], HM.GA[2024], indent=1),
        cmp_row("da", "Depreciation and amortization", m["da"][2025], m["da"][2024], indent=1),
        cmp_row("imp", "Impairment of real estate", HM.IMPAIR[2025], HM.IMPAIR[2024], indent=1),
        cmp_row("trans", "Transaction costs", HM.TRANS[2025], HM.TRANS[2024], indent=1),
        cmp_row("int", "Interest expense", m["int_exp"][2025], m["int_exp"][2024], indent=1),
        cmp_row("gain", "Gain on sale of real estate", m["gain"][2025], m["gain"][2024], indent=1),
        cmp_row("ni", "Net income (loss)", ni[2025], ni[2024], bold=True, rule=True, dollar=True),
    ]
    d.table(
        dict(
            title="Comparison of Operating Results",
            units="(in thousands)",
            label_w=66,
            cols=[dict(w=19), dict(w=19), dict(w=19), dict(w=15, dollar=False)],
            headers=[
                [("Year Ended December 31,", 2), ("", 1), ("", 1)],
                [("2025", 1), ("2024", 1), ("$ Change", 1), ("% Change", 1)],
            ],
            rows=res_rows,
        )
    )
    ind_ch = m["seg_rev"]["industrial"][2025] - m["seg_rev"]["industrial"][2024]
    off_ch = m["seg_rev"]["office"][2025] - m["seg_rev"]["office"][2024]
    d.para(
        f"Rental revenue. Industrial rental revenue grew by {d.v('H.md.indrev', mil(ind_ch))}, reflecting a full year "
        "of ownership of properties acquired in 2024, the three acquisitions completed in 2025, and rent increases on "
        f"renewals. Office rental revenue declined by {d.v('H.md.offrev', mil(off_ch))} because we sold Tessaly Tower "
        "in February and Penhale Office Park in November and because average office occupancy was lower. "
        "Multifamily revenue benefited from higher rents on lease renewals and from The Wexley, acquired in October."
    )
    d.para(
        "Operating expenses. Property operating expenses and real estate taxes increased in line with the larger "
        "industrial and multifamily portfolio; most of the industrial increase is recovered from tenants. General and "
        f"administrative expense rose to {d.v('H.md.ga', mil(HM.GA[2025]))}, including "
        f"{d.v('H.md.sbc', mil(HM.SBC[2025]))} of non-cash share-based compensation."
    )
    d.para(
        "Interest expense. Interest expense increased "
        f"{d.v('H.md.intch', mil(m['int_exp'][2025] - m['int_exp'][2024]))}"
        " because of the senior notes issued in May 2025, partly offset by lower average borrowings on our credit "
        f"facility. In connection with the repayment of the Tessaly Tower mortgage we wrote off "
        f"{d.v('H.md.loss', mil(HM.LOSS_EXT[2025], 2))} of unamortized deferred financing costs, which is reported "
        "as loss on extinguishment of debt."
    )

    d.heading("NOI by Segment", 2)
    sn = []
    for i, s_ in enumerate(SEGS):
        a_, b_ = m["seg_noi"][s_][2025], m["seg_noi"][s_][2024]
        sn.append(
            dict(
                label=SN[s_],
                dollar=i == 0,
                cells=[num(a_), pct(F(a_, m["noi"][2025]), 1), num(b_), pct(F(b_, m["noi"][2024]), 1)],
                ids=[f"H.snoi.{s_}.2025", f"H.snoi.{s_}.sh25", f"H.snoi.{s_}.2024", f"H.snoi.{s_}.sh24"],
            )
        )
    sn.append(
        dict(
            label="Total NOI",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[num(m["noi"][2025]), "100.0%", num(m["noi"][2024]), "100.0%"],
            ids=["H.snoi.total.2025", None, "H.snoi.total.2024", None],
        )
    )
    d.table(
        dict(
            title="NOI by Segment",
            units="(in thousands)",
            label_w=60,
            cols=[dict(w=22), dict(w=18, dollar=False), dict(w=22), dict(w=18, dollar=False)],
            headers=[[("2025", 2), ("2024", 2)], [("NOI", 1), ("% of total", 1), ("NOI", 1), ("% of total", 1)]],
            rows=sn,
        )
    )
    d.para(
        "Industrial NOI continued to grow as a share of the total, reflecting our capital recycling strategy. Office "
        "NOI declined as a result of dispositions and lower occupancy, partly offset by contractual rent increases on "
        "in-place leases."
    )

    # same property NOI
    d.heading("Same-Property NOI", 2)
    d.para(
        "Same-property results include properties that we owned and that were in service for the entirety of both "
        "periods presented. For 2025 the same-property pool consisted of "
        f"{sum(HM.SAME_PROP_COUNT.values())} properties: {HM.SAME_PROP_COUNT['office']} office, "
        f"{HM.SAME_PROP_COUNT['industrial']} industrial and {HM.SAME_PROP_COUNT['multifamily']} multifamily. "
        "Same-property NOI is a non-GAAP measure; the reconciliation from net income follows the segment table."
    )
    sp_rows = []
    for i, s in enumerate(SEGS):
        sp_rows.append(H(SN[s]))
        r, e = HM.SAME_PROP[s][2025], HM.SAME_PROP[s][2024]
        sp_rows.append(
            dict(
                label="Revenue",
                indent=1,
                dollar=i == 0,
                cells=[num(r[0]), num(e[0]), num(r[0] - e[0]), pct(chg_pct(r[0], e[0]), 1, paren=True)],
                ids=[f"H.sp.{s}.rev.2025", f"H.sp.{s}.rev.2024", None, None],
            )
        )
        sp_rows.append(
            dict(
                label="Operating expenses and real estate taxes",
                indent=1,
                cells=[num(r[1]), num(e[1]), num(r[1] - e[1]), pct(chg_pct(r[1], e[1]), 1, paren=True)],
                ids=[f"H.sp.{s}.exp.2025", f"H.sp.{s}.exp.2024", None, None],
            )
        )
        sp_rows.append(
            dict(
                label=f"Same-property NOI - {SN[s].lower()}",
                indent=1,
                bold=True,
                rule=True,
                cells=[
                    num(m["sp_noi"][s][2025]),
                    num(m["sp_noi"][s][2024]),
                    num(m["sp_noi"][s][2025] - m["sp_noi"][s][2024]),
                    pct(m["sp_growth"][s], 1, paren=True),
                ],
                ids=[f"H.sp.{s}.noi.2025", f"H.sp.{s}.noi.2024", None, f"H.sp.{s}.noi.pct"],
            )
        )
    sp_rows.append(
        dict(
            label="Total same-property NOI",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[
                num(m["sp_total"][2025]),
                num(m["sp_total"][2024]),
                num(m["sp_total"][2025] - m["sp_total"][2024]),
                pct(m["sp_growth_total"], 1, paren=True),
            ],
            ids=["H.sp.total.2025", "H.sp.total.2024", None, "H.sp.total.pct"],
        )
    )
    d.table(
        dict(
            title="Same-Property NOI by Segment",
            units="(in thousands)",
            label_w=66,
            cols=[dict(w=19), dict(w=19), dict(w=19), dict(w=15, dollar=False)],
            headers=[
                [("Year Ended December 31,", 2), ("", 1), ("", 1)],
                [("2025", 1), ("2024", 1), ("Change", 1), ("% Change", 1)],
            ],
            rows=sp_rows,
        )
    )
    K2 = ["2025", "2024"]
    rec = [
        R("H.noirec", "ni", "Net income (loss)", [ni[2025], ni[2024]], K2, dollar=True),
        H("Adjustments:"),
        R("H.noirec", "int", "Interest expense", [m["int_exp"][y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "ga", "General and administrative", [HM.GA[y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "da", "Depreciation and amortization", [m["da"][y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "imp", "Impairment of real estate", [HM.IMPAIR[y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "trans", "Transaction costs", [HM.TRANS[y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "loss", "Loss on extinguishment of debt", [HM.LOSS_EXT[y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "gain", "Gain on sale of real estate", [-m["gain"][y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "intinc", "Interest and other income", [-HM.INT_INC[y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "fee", "Fee and other income", [-HM.FEE_INCOME[y] for y in (2025, 2024)], K2, indent=1),
        R("H.noirec", "noi", "NOI", [m["noi"][y] for y in (2025, 2024)], K2, bold=True, rule=True),
        R(
            "H.noirec",
            "nonsp",
            "Less: non-same-property NOI (1)",
            [-m["nonsp_total"][y] for y in (2025, 2024)],
            K2,
            indent=1,
        ),
        R(
            "H.noirec",
            "sp",
            "Same-property NOI",
            [m["sp_total"][y] for y in (2025, 2024)],
            K2,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="Reconciliation of Net Income (Loss) to Same-Property NOI",
            units="(in thousands)",
            label_w=90,
            cols=cols(2, 22),
            headers=yhead([2025, 2024]),
            rows=rec,
        )
    )
    d.para("(1) Includes properties acquired, sold, or placed in service during either period.", size=8)

    # occupancy and leasing
    d.heading("Occupancy and Leasing Activity", 2)
    occ_rows = []
    for s in SEGS:
        o = HM.OCC[s]
        occ_rows.append(
            dict(
                label=SN[s],
                cells=[pct(o[2025] / 100, 1), pct(o[2024] / 100, 1), sgn(m["occ_chg_bps"][s], 0)],
                ids=[f"H.occ.{s}.2025", f"H.occ.{s}.2024", f"H.occ.{s}.bps"],
            )
        )
    d.table(
        dict(
            title="Period-End Occupancy",
            label_w=70,
            cols=cols(3, 22, dollar=False),
            headers=[[("December 31,", 2), ("", 1)], [("2025", 1), ("2024", 1), ("Change (bps)", 1)]],
            rows=occ_rows,
        )
    )
    lr = []
    for s in ("office", "industrial"):
        sf, c_, g_ = HM.SPREADS[s]
        lr.append(
            dict(
                label=SN[s],
                cells=[num(sf), pct(c_ / 100, 1), pct(g_ / 100, 1)],
                ids=[f"H.spread.{s}.sf", f"H.spread.{s}.cash", f"H.spread.{s}.gaap"],
            )
        )
    d.table(
        dict(
            title="2025 Office and Industrial Leasing Spreads (1)",
            label_w=70,
            cols=cols(3, 22, dollar=False),
            headers=[[("Sq. ft. leased (000s)", 1), ("Cash rent spread", 1), ("GAAP rent spread", 1)]],
            rows=lr,
        )
    )
    d.para(
        "(1) Spreads compare the initial cash rent (or straight-line rent) on new and renewal leases signed during "
        "the year with the final cash rent (or straight-line rent) on the prior lease for the same space; leases "
        "on space vacant for more than twelve months are excluded.",
        size=8,
    )
    d.para(
        f"Office occupancy ended the year at {d.v('H.md.occoff', pct(HM.OCC['office'][2025] / 100, 1))}, reflecting "
        "two large move-outs at Carrow Bay Exchange and the sale of a largely leased office property. Multifamily "
        f"blended lease rate growth was {d.v('H.md.mfblend', pct(HM.MF_LEASE_GROWTH['blended'] / 100, 1))} for 2025, "
        f"made up of {pct(HM.MF_LEASE_GROWTH['new'] / 100, 1)} on new leases and "
        f"{pct(HM.MF_LEASE_GROWTH['renewal'] / 100, 1)} on renewals."
    )

    # lease expirations
    d.heading("Lease Expirations", 2)
    d.para(
        "The following table summarizes scheduled lease expirations for our office and industrial portfolios as of "
        "December 31, 2025, assuming no tenant exercises a renewal or termination option. Annualized base rent is "
        "monthly contractual cash base rent at December 31, 2025 multiplied by twelve."
    )
    le_rows = []
    for i, (lab, n_, sf, abr) in enumerate(HM.LEASE_EXP):
        le_rows.append(
            dict(
                label=lab,
                dollar=i == 0,
                cells=[str(n_), num(sf), num(abr), pct(m["lease_exp_pct"][lab], 1)],
                ids=[f"H.lexp.{i}.n", f"H.lexp.{i}.sf", f"H.lexp.{i}.abr", f"H.lexp.{i}.pct"],
            )
        )
    le_rows.append(
        dict(
            label="Total",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[str(m["lease_exp_n_total"]), num(m["lease_exp_sf_total"]), num(m["lease_exp_abr_total"]), "100.0%"],
            ids=["H.lexp.total.n", "H.lexp.total.sf", "H.lexp.total.abr", None],
        )
    )
    d.table(
        dict(
            title="Scheduled Lease Expirations",
            units="(annualized base rent in thousands)",
            label_w=46,
            cols=[dict(w=20, dollar=False), dict(w=26, dollar=False), dict(w=26), dict(w=24, dollar=False)],
            headers=[
                [
                    ("Number of leases", 1),
                    ("Rentable sq. ft. (000s)", 1),
                    ("Annualized base rent", 1),
                    ("% of total annualized base rent", 1),
                ]
            ],
            rows=le_rows,
        )
    )

    # FFO
    d.heading("Funds From Operations and Adjusted Funds From Operations", 2)
    d.para(
        "We calculate FFO in accordance with the definition adopted by the National Association of Real Estate "
        "Investment Trusts: net income computed in accordance with GAAP, excluding gains or losses from sales of "
        "depreciable real estate and impairment write-downs of depreciable real estate, plus real estate related "
        "depreciation and amortization. AFFO further adjusts FFO for straight-line rent, recurring capital "
        "expenditures, second-generation leasing costs, non-cash share-based compensation, amortization of deferred "
        "financing costs and certain other items. FFO and AFFO are non-GAAP measures and should not be considered "
        "alternatives to net income. Per share amounts are based on weighted average diluted common shares plus "
        "Operating Partnership units."
    )
    ff = [
        R("H.ffo", "ni", "Net income (loss)", [ni[y] for y in Y3], K3, dollar=True),
        R("H.ffo", "da", "Real estate depreciation and amortization", [m["da"][y] for y in Y3], K3, indent=1),
        R("H.ffo", "imp", "Impairment of real estate", [HM.IMPAIR[y] for y in Y3], K3, indent=1),
        R("H.ffo", "gain", "Gain on sale of real estate", [-m["gain"][y] for y in Y3], K3, indent=1),
        R(
            "H.ffo",
            "ffo",
            "FFO attributable to common shareholders and unitholders",
            [ffo[y] for y in Y3],
            K3,
            bold=True,
            rule=True,
        ),
        R("H.ffo", "sl", "Straight-line rent adjustments", [-HM.SL_RENT[y] for y in Y3], K3, indent=1),
        R("H.ffo", "capex", "Recurring capital expenditures", [-HM.RECUR_CAPEX[y] for y in Y3], K3, indent=1),
        R(
            "H.ffo",
            "leasing",
            "Second-generation leasing costs (2)",
            [-HM.SECOND_GEN_LEASING[y] for y in Y3],
            K3,
            indent=1,
        ),
        R("H.ffo", "sbc", "Non-cash share-based compensation", [HM.SBC[y] for y in Y3], K3, indent=1),
        R("H.ffo", "dfc", "Amortization of deferred financing costs", [m["dfc_amort"][y] for y in Y3], K3, indent=1),
        R("H.ffo", "loss", "Loss on extinguishment of debt", [HM.LOSS_EXT[y] for y in Y3], K3, indent=1),
        R("H.ffo", "trans", "Transaction costs", [HM.TRANS[y] for y in Y3], K3, indent=1),
        R(
            "H.ffo",
            "affo",
            "AFFO attributable to common shareholders and unitholders",
            [affo[y] for y in Y3],
            K3,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
        H("Per share and unit data:"),
        R(
            "H.ffo",
            "shares",
            "Weighted average diluted shares and units (3)",
            [m["ffo_shares"][y] for y in Y3],
            K3,
            indent=1,
        ),
        R(
            "H.ffo",
            "ffops",
            "FFO per diluted share and unit",
            [m["ffo_ps"][y] for y in Y3],
            K3,
            nd=2,
            indent=1,
            dollar=True,
        ),
        R(
            "H.ffo",
            "affops",
            "AFFO per diluted share and unit",
            [m["affo_ps"][y] for y in Y3],
            K3,
            nd=2,
            indent=1,
            dollar=True,
        ),
        R(
            "H.ffo",
            "dps",
            "Distributions declared per common share",
            [m["dps"][y] for y in Y3],
            K3,
            nd=2,
            indent=1,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="Reconciliation of Net Income (Loss) to FFO and AFFO",
            units="(in thousands, except per share data)",
            label_w=86,
            cols=cols(3, 20),
            headers=yhead(),
            rows=ff,
        )
    )
    d.para(
        "(2) Tenant improvements and leasing commissions for space previously leased. (3) Includes "
        f"{num(HM.OP_UNITS)} thousand Operating Partnership units in each year.",
        size=8,
    )

    # EBITDAre
    d.heading("EBITDAre and Leverage", 2)
    eb = [
        R("H.ebitda", "ni", "Net income (loss)", [ni[2025], ni[2024]], K2, dollar=True),
        R("H.ebitda", "int", "Interest expense", [m["int_exp"][y] for y in (2025, 2024)], K2, indent=1),
        R("H.ebitda", "da", "Depreciation and amortization", [m["da"][y] for y in (2025, 2024)], K2, indent=1),
        R("H.ebitda", "imp", "Impairment of real estate", [HM.IMPAIR[y] for y in (2025, 2024)], K2, indent=1),
        R("H.ebitda", "gain", "Gain on sale of real estate", [-m["gain"][y] for y in (2025, 2024)], K2, indent=1),
        R(
            "H.ebitda",
            "ebitdare",
            "EBITDAre",
            [m["ebitdare"][y] for y in (2025, 2024)],
            K2,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="Reconciliation of Net Income (Loss) to EBITDAre",
            units="(in thousands)",
            label_w=90,
            cols=cols(2, 22),
            headers=yhead([2025, 2024]),
            rows=eb,
        )
    )
    d.para(
        "EBITDAre is computed in accordance with the Nareit definition. We use it, together with total principal "
        "outstanding on our debt, to monitor leverage. Our unsecured debt agreements define leverage differently, "
        "and we were in compliance with all financial covenants at December 31, 2025."
    )

    # liquidity
    d.heading("Liquidity and Capital Resources", 2)
    d.para(
        "Our short-term liquidity requirements consist of operating expenses, recurring capital expenditures, "
        "interest and scheduled principal payments, and distributions. We expect to meet these needs with cash flow "
        "from operations, cash on hand and borrowings on our credit facility. Long-term requirements, including "
        "acquisitions, development and debt maturities, will be funded with a combination of disposition proceeds, "
        "unsecured notes, term loans and, when market conditions are favorable, equity issuance. At December 31, "
        f"2025 we had {d.v('H.md.cash', mil(bs[2025]['cash']))} of cash and cash equivalents and "
        f"{d.v('H.md.revavail', mil(HM.NARR['revolver_commitment'] - HM.REVOLVER[2025]))} of unused capacity on our "
        f"{mil(HM.NARR['revolver_commitment'])} revolving credit facility."
    )
    dsum = []
    for kind, lab in (
        ("revolver", "Unsecured revolving credit facility"),
        ("term", "Unsecured term loans"),
        ("notes", "Senior unsecured notes"),
        ("mortgage", "Mortgage notes payable"),
    ):
        p25 = m["principal"][kind][2025]
        p24 = m["principal"][kind][2024]
        r25 = F(sum(i[6] * i[2] for i in HM.INSTR if i[1] == kind), p25)
        dsum.append(
            dict(
                label=lab,
                dollar=kind == "revolver",
                cells=[num(p25), pct(r25 / 100, 2), num(p24)],
                ids=[f"H.dsum.{kind}.2025", f"H.dsum.{kind}.rate", f"H.dsum.{kind}.2024"],
            )
        )
    dsum.append(
        dict(
            label="Total principal outstanding",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[num(m["debt_total"][2025]), pct(m["wair"][2025] / 100, 2), num(m["debt_total"][2024])],
            ids=["H.dsum.total.2025", "H.dsum.total.rate", "H.dsum.total.2024"],
        )
    )
    dsum.append(
        dict(
            label="Fixed-rate or swapped to fixed",
            indent=1,
            cells=[num(m["fixed_debt"][2025]), pct(m["wair_fixed"][2025] / 100, 2), num(m["fixed_debt"][2024])],
            ids=["H.dsum.fixed.2025", "H.dsum.fixed.rate", "H.dsum.fixed.2024"],
        )
    )
    dsum.append(
        dict(
            label="Variable-rate",
            indent=1,
            cells=[num(m["var_debt"][2025]), pct(m["wair_var"][2025] / 100, 2), num(m["var_debt"][2024])],
            ids=["H.dsum.var.2025", "H.dsum.var.rate", "H.dsum.var.2024"],
        )
    )
    d.table(
        dict(
            title="Debt Summary",
            units="(in thousands)",
            label_w=76,
            cols=[dict(w=22), dict(w=24, dollar=False), dict(w=22)],
            headers=[
                [("December 31, 2025", 2), ("December 31, 2024", 1)],
                [("Principal", 1), ("Weighted average rate", 1), ("Principal", 1)],
            ],
            rows=dsum,
        )
    )
    d.para(
        f"The weighted average interest rate on our debt was {d.v('H.md.wair25', pct(m['wair'][2025] / 100, 2))} at "
        f"December 31, 2025 compared with {d.v('H.md.wair24', pct(m['wair'][2024] / 100, 2))} a year earlier. "
        "Scheduled principal payments and maturities are shown below."
    )
    mat_rows = []
    for i, yy in enumerate(m["sched_years"]):
        mm_ = m["maturities"][yy]
        lab = str(yy) if yy != "thereafter" else "Thereafter"
        mat_rows.append(
            R(
                "H.mat",
                str(yy),
                lab,
                [mm_["amort"], mm_["balloon_m"], mm_["unsecured"], mm_["total"]],
                ["amort", "balloon", "unsec", "total"],
                dollar=i == 0,
            )
        )
    tots = [sum(m["maturities"][yy][k] for yy in m["sched_years"]) for k in ("amort", "balloon_m", "unsecured")]
    mat_rows.append(
        R(
            "H.mat",
            "sum",
            "Total",
            tots + [m["debt_total"][2025]],
            ["amort", "balloon", "unsec", "total"],
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Debt Maturities",
            units="(in thousands)",
            label_w=40,
            cols=cols(4, 24),
            headers=[[("Mortgage amortization", 1), ("Mortgage maturities", 1), ("Unsecured debt", 1), ("Total", 1)]],
            rows=mat_rows,
        )
    )
    d.heading("Cash Flows", 2)
    cfs = [
        R(
            "H.cfsum",
            "cfo",
            "Net cash provided by operating activities",
            [cf[y]["cfo"] for y in (2025, 2024)],
            K2,
            dollar=True,
        ),
        R("H.cfsum", "cfi", "Net cash used in investing activities", [cf[y]["cfi"] for y in (2025, 2024)], K2),
        R("H.cfsum", "cff", "Net cash provided by financing activities", [cf[y]["cff"] for y in (2025, 2024)], K2),
        R(
            "H.cfsum",
            "net",
            "Net increase in cash, cash equivalents and restricted cash",
            [cf[y]["net"] for y in (2025, 2024)],
            K2,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="Summary of Cash Flows",
            units="(in thousands)",
            label_w=96,
            cols=cols(2, 22),
            headers=yhead([2025, 2024]),
            rows=cfs,
        )
    )
    d.para(
        "Operating cash flow increased primarily because of higher NOI from our industrial and multifamily "
        "segments. Investing outflows decreased because disposition proceeds were substantially higher in 2025. "
        "Financing activities in 2025 reflected the notes offering, the repayment of the Tessaly Tower mortgage and "
        "revolver borrowings, share issuance under our at-the-market program and distributions."
    )
    d.heading("Capital Expenditures", 2)
    cx = [
        R("H.capex", "recur", "Recurring capital expenditures", [HM.RECUR_CAPEX[y] for y in Y3], K3, dollar=True),
        R(
            "H.capex",
            "value",
            "Value-add and redevelopment improvements",
            [HM.CAPEX[y] - HM.RECUR_CAPEX[y] for y in Y3],
            K3,
        ),
        R(
            "H.capex",
            "bldg",
            "Total additions to buildings and improvements",
            [HM.CAPEX[y] for y in Y3],
            K3,
            rule=True,
            bold=True,
        ),
        R("H.capex", "dev", "Development expenditures", [HM.DEV[y] for y in Y3], K3),
        R("H.capex", "lease", "Leasing costs paid", [HM.LEASING_PAID[y] for y in Y3], K3),
        R(
            "H.capex",
            "total",
            "Total capital invested in existing portfolio and development",
            [HM.CAPEX[y] + HM.DEV[y] + HM.LEASING_PAID[y] for y in Y3],
            K3,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="Capital Expenditures and Leasing Costs",
            units="(in thousands)",
            label_w=86,
            cols=cols(3, 20),
            headers=yhead(),
            rows=cx,
        )
    )
    d.heading("Development Activity", 2)
    d.para(
        "At December 31, 2025 our construction in progress consisted principally of Halvern Freight Park Phase II, "
        "a two-building logistics project in Pell River, and site work on land we own adjacent to Cobalt Yards. "
        f"Construction in progress totaled {d.v('H.md.cip', mil(bs[2025]['cip']))} at year end. During 2025 we "
        f"placed {mil(HM.CIP_XFER[2025])} of completed development into service. We capitalize interest, real estate "
        "taxes and direct personnel costs during active development."
    )
    d.heading("Distributions", 2)
    d.para(
        "We paid regular quarterly distributions throughout 2025. Our Board of Trustees considers FFO, AFFO, REIT "
        "taxable income and expected capital needs when setting the distribution rate. Distributions declared per "
        f"common share were {d.v('H.md.dps25', usd(m['dps'][2025]))} in 2025 compared with "
        f"{usd(m['dps'][2024])} in 2024. We believe our current distribution is well covered by cash flow from "
        "operations."
    )
    d.heading("Off-Balance Sheet Arrangements", 2)
    d.para(
        "We have no off-balance sheet arrangements that have or are reasonably likely to have a current or future "
        "material effect on our financial condition, results of operations or liquidity."
    )
    d.heading("Outlook", 2)
    d.para(
        "For 2026 we expect continued growth in industrial and multifamily NOI, offset in part by lower office "
        "occupancy early in the year as several tenants downsize. We intend to sell one or two additional office "
        "properties and to reinvest the proceeds in industrial and multifamily assets. Our plans are subject to "
        "market conditions and the risks described in Item 1A, and actual results may differ materially."
    )
    d.heading("Critical Accounting Estimates", 2)
    d.para(
        "Our most significant estimates relate to the allocation of purchase price in asset acquisitions and the "
        "evaluation of real estate for impairment. When we acquire a property we allocate the cost to land, "
        "buildings, improvements and in-place leases based on relative fair values, using market data on land "
        "sales, replacement cost, and capitalization rates. When events indicate that the carrying value of a "
        "property may not be recoverable, we compare projected undiscounted cash flows over our expected hold "
        "period with the carrying value; a shortened hold period or lower projected rents could result in "
        "impairment charges."
    )

    # ---- 7A
    d.new_page()
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1)
    d.anchor("i7a")
    d.para(
        "Our primary market risk is interest rate risk. We manage it by borrowing predominantly at fixed rates and by "
        "using interest rate swaps to convert variable-rate term loans to fixed rates. We do not enter into "
        f"derivatives for speculative purposes. At December 31, 2025 {d.v('H.7a.var', mil(m['var_debt'][2025]))} of "
        "our debt, consisting of borrowings on our revolving credit facility and the Quarry Gate mortgage, bore "
        "interest at variable rates. If market rates on that debt were 100 basis points higher for a full year, our "
        f"annual interest expense would increase by approximately {d.v('H.7a.sens', mil(m['rate_sens'], 2))}, "
        "assuming the balances outstanding at year end remained constant. The fair value of our fixed-rate notes "
        "and mortgages would decline as market rates rise; see Note 11."
    )

    # ------------------------------------------------------------------ ITEM 8
    d.heading("Item 8. Financial Statements and Supplementary Data", 1)
    d.anchor("i8")
    d.para(
        "The consolidated financial statements and supplementary data required by this item begin on page F-1 "
        "and are incorporated herein by reference."
    )
    d.set_numbering("F", 1)
    d.new_page("Hollowmere Realty Trust | Consolidated Financial Statements")
    d.heading("Report of Independent Registered Public Accounting Firm", 1)
    d.para("To the Shareholders and Board of Trustees of Hollowmere Realty Trust", style="B")
    d.para("Opinion on the Financial Statements", style="BI")
    d.para(
        "We have audited the accompanying consolidated balance sheets of Hollowmere Realty Trust and subsidiaries "
        '(the "Trust") as of December 31, 2025 and 2024, the related consolidated statements of operations, '
        "comprehensive income (loss), equity, and cash flows for each of the three years in the period ended "
        'December 31, 2025, and the related notes (collectively referred to as the "financial statements"). In our '
        "opinion, the financial statements present fairly, in all material respects, the financial position of the "
        "Trust as of December 31, 2025 and 2024, and the results of its operations and its cash flows for each of the "
        "three years in the period ended December 31, 2025, in conformity with accounting principles generally "
        "accepted in the United States of America."
    )
    d.para("Basis for Opinion", style="BI")
    d.para(
        "These financial statements are the responsibility of the Trust's management. Our responsibility is to "
        "express an opinion on the Trust's financial statements based on our audits. We are a public accounting firm "
        "registered with the Public Company Accounting Oversight Board (United States) and are required to be "
        "independent with respect to the Trust. We conducted our audits in accordance with the standards of the "
        "PCAOB. Those standards require that we plan and perform the audits to obtain reasonable assurance about "
        "whether the financial statements are free of material misstatement, whether due to error or fraud. Our "
        "audits included performing procedures to assess the risks of material misstatement, and performing "
        "procedures that respond to those risks. We believe that our audits provide a reasonable basis for our "
        "opinion."
    )
    d.para("Critical Audit Matter - Impairment Evaluation of Office Properties", style="BI")
    d.para(
        "As described in Note 3, the Trust evaluates its real estate for impairment when indicators exist. Auditing "
        "management's undiscounted cash flow projections for office properties with declining occupancy was complex "
        "because of the judgment involved in estimating market rents, lease-up periods and hold periods. Our "
        "procedures included testing controls over the impairment process, comparing assumptions with market data "
        "and the Trust's recent leasing activity, and evaluating the sensitivity of the projections to changes in "
        "those assumptions."
    )
    d.para("/s/ Ashgrove & Pell LLP", style="I", gap=0.5)
    d.para("Ellisford, Westmarch; February 19, 2026. We have served as the Trust's auditor since 2011.")
    d.new_page()
    d.heading("Report of Independent Registered Public Accounting Firm on Internal Control over Financial Reporting", 1)
    d.para("To the Shareholders and Board of Trustees of Hollowmere Realty Trust", style="B")
    d.para(
        "We have audited Hollowmere Realty Trust's internal control over financial reporting as of December 31, 2025, "
        "based on criteria established in Internal Control - Integrated Framework (2013). In our opinion, the Trust "
        "maintained, in all material respects, effective internal control over financial reporting as of December 31, "
        "2025, based on those criteria. We also have audited the consolidated financial statements of the Trust as of "
        "and for the year ended December 31, 2025, and our report dated February 19, 2026 expressed an unqualified "
        "opinion thereon."
    )
    d.para(
        "The Trust's management is responsible for maintaining effective internal control over financial reporting "
        "and for its assessment of the effectiveness of internal control over financial reporting, included in Item "
        "9A. Our responsibility is to express an opinion on the Trust's internal control over financial reporting "
        "based on our audit. Our audit included obtaining an understanding of internal control over financial "
        "reporting, assessing the risk that a material weakness exists, testing and evaluating the design and "
        "operating effectiveness of internal control based on the assessed risk, and performing such other "
        "procedures as we considered necessary in the circumstances."
    )
    d.para(
        "A company's internal control over financial reporting is a process designed to provide reasonable assurance "
        "regarding the reliability of financial reporting and the preparation of financial statements for external "
        "purposes in accordance with generally accepted accounting principles. Because of its inherent limitations, "
        "internal control over financial reporting may not prevent or detect misstatements. Also, projections of any "
        "evaluation of effectiveness to future periods are subject to the risk that controls may become inadequate "
        "because of changes in conditions, or that the degree of compliance with the policies or procedures may "
        "deteriorate."
    )
    d.para("/s/ Ashgrove & Pell LLP", style="I", gap=0.5)
    d.para("Ellisford, Westmarch; February 19, 2026")

    # balance sheet
    d.new_page()
    b5, b4 = bs[2025], bs[2024]
    KB = ["2025", "2024"]

    def br(rid, label, key, **kw):
        return R("H.bs", rid, label, [b5[key], b4[key]], KB, **kw)

    bsrows = [
        H("ASSETS"),
        H("Real estate:", indent=0),
        br("land", "Land", "land", indent=1, dollar=True),
        br("bldg", "Buildings and improvements", "buildings", indent=1),
        br("cip", "Construction in progress", "cip", indent=1),
        br("gross", "Total real estate, at cost", "gross_re", indent=1, rule=True),
        R("H.bs", "ad", "Less: accumulated depreciation", [-b5["accum_dep"], -b4["accum_dep"]], KB, indent=1),
        br("netre", "Real estate, net", "net_re", bold=True, rule=True),
        br("cash", "Cash and cash equivalents", "cash"),
        br("rcash", "Restricted cash", "restricted"),
        br("rec", "Tenant and other receivables, net", "receivables"),
        br("slr", "Deferred rent receivable", "deferred_rent"),
        br("dlc", "Deferred leasing costs, net", "deferred_leasing"),
        br("deriv", "Derivative assets", "deriv"),
        br("other", "Prepaid expenses and other assets", "other_assets"),
        br("assets", "Total assets", "assets", bold=True, rule=True, total=True, dollar=True),
        H("LIABILITIES AND EQUITY"),
        br("rev", "Unsecured revolving credit facility", "revolver", dollar=True),
        br("term", "Unsecured term loans, net", "term"),
        br("notes", "Senior unsecured notes, net", "notes"),
        br("mort", "Mortgage notes payable, net", "mortgage"),
        br("ap", "Accounts payable and accrued expenses", "ap"),
        br("divp", "Distributions payable", "div_payable"),
        br("dep", "Security deposits and prepaid rent", "deposits"),
        br("liab", "Total liabilities", "liab", bold=True, rule=True),
        H("Commitments and contingencies (Note 13)"),
        H("Equity:"),
        dict(
            label=f"Common shares of beneficial interest, $0.01 par value; 250,000 shares authorized; "
            f"{num(b5['shares'])} and {num(b4['shares'])} shares issued and outstanding",
            indent=1,
            cells=[num(b5["par"]), num(b4["par"])],
            ids=["H.bs.par.2025", "H.bs.par.2024"],
        ),
        br("apic", "Additional paid-in capital", "apic", indent=1),
        br("dist", "Distributions in excess of cumulative earnings", "dist_excess", indent=1),
        br("aoci", "Accumulated other comprehensive income", "aoci", indent=1),
        br("sheq", "Total shareholders' equity", "sh_equity", indent=1, rule=True),
        br("nci", "Noncontrolling interests in the Operating Partnership", "nci", indent=1),
        br("eq", "Total equity", "equity", bold=True, rule=True),
        br("le", "Total liabilities and equity", "le", bold=True, rule=True, total=True, dollar=True),
    ]
    d.table(
        dict(
            title="HOLLOWMERE REALTY TRUST\nCONSOLIDATED BALANCE SHEETS",
            units="(in thousands, except share and per share data; shares in thousands)",
            label_w=104,
            cols=cols(2, 24),
            headers=[[("December 31,", 2)], [("2025", 1), ("2024", 1)]],
            rows=bsrows,
            size=8.5,
        )
    )
    d.para("See accompanying notes to consolidated financial statements.", size=8, style="I")

    # statement of operations
    d.new_page()
    isr = [
        H("Revenues:"),
        R("H.is", "rent", "Rental revenue", [m["rent"][y] for y in Y3], K3, indent=1, dollar=True),
        R("H.is", "fee", "Fee and other income", [HM.FEE_INCOME[y] for y in Y3], K3, indent=1),
        R("H.is", "rev", "Total revenues", [m["rev_total"][y] for y in Y3], K3, bold=True, rule=True),
        H("Expenses:"),
        R("H.is", "opex", "Property operating", [m["opex"][y] for y in Y3], K3, indent=1),
        R("H.is", "tax", "Real estate taxes", [m["tax"][y] for y in Y3], K3, indent=1),
        R("H.is", "ga", "General and administrative", [HM.GA[y] for y in Y3], K3, indent=1),
        R("H.is", "da", "Depreciation and amortization", [m["da"][y] for y in Y3], K3, indent=1),
        R("H.is", "imp", "Impairment of real estate", [HM.IMPAIR[y] for y in Y3], K3, indent=1),
        R("H.is", "trans", "Transaction costs", [HM.TRANS[y] for y in Y3], K3, indent=1),
        R("H.is", "exp", "Total expenses", [m["exp_total"][y] for y in Y3], K3, bold=True, rule=True),
        H("Other income (expense):"),
        R("H.is", "int", "Interest expense", [-m["int_exp"][y] for y in Y3], K3, indent=1),
        R("H.is", "intinc", "Interest and other income", [HM.INT_INC[y] for y in Y3], K3, indent=1),
        R("H.is", "gain", "Gain on sale of real estate", [m["gain"][y] for y in Y3], K3, indent=1),
        R("H.is", "loss", "Loss on extinguishment of debt", [-HM.LOSS_EXT[y] for y in Y3], K3, indent=1),
        R("H.is", "other", "Total other income (expense), net", [m["other_total"][y] for y in Y3], K3, rule=True),
        R("H.is", "ni", "Net income (loss)", [ni[y] for y in Y3], K3, bold=True, rule=True),
        R(
            "H.is",
            "nci",
            "Net (income) loss attributable to noncontrolling interests",
            [-m["ni_nci"][y] for y in Y3],
            K3,
            indent=1,
        ),
        R(
            "H.is",
            "nic",
            "Net income (loss) attributable to common shareholders",
            [m["ni_common"][y] for y in Y3],
            K3,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
        H("Earnings (loss) per common share:"),
        R("H.is", "epsb", "Basic", [m["eps_basic"][y] for y in Y3], K3, nd=2, indent=1, dollar=True),
        R("H.is", "epsd", "Diluted", [m["eps_dil"][y] for y in Y3], K3, nd=2, indent=1, dollar=True),
        H("Weighted average common shares outstanding:"),
        R("H.is", "wb", "Basic", [HM.WAVG_BASIC[y] for y in Y3], K3, indent=1),
        R("H.is", "wd", "Diluted", [m["wavg_dil"][y] for y in Y3], K3, indent=1),
    ]
    d.table(
        dict(
            title="HOLLOWMERE REALTY TRUST\nCONSOLIDATED STATEMENTS OF OPERATIONS",
            units="(in thousands, except per share data)",
            label_w=92,
            cols=cols(3, 21),
            headers=yhead(),
            rows=isr,
            size=8.5,
        )
    )
    cir = [
        R("H.ci", "ni", "Net income (loss)", [ni[y] for y in Y3], K3, dollar=True),
        H("Other comprehensive income (loss):"),
        R("H.ci", "fv", "Change in fair value of interest rate swaps", [HM.OCI_FV[y] for y in Y3], K3, indent=1),
        R(
            "H.ci",
            "rc",
            "Reclassification of swap settlements to interest expense",
            [-HM.OCI_RECLASS[y] for y in Y3],
            K3,
            indent=1,
        ),
        R("H.ci", "oci", "Other comprehensive loss", [m["oci"][y] for y in Y3], K3, rule=True),
        R("H.ci", "ci", "Comprehensive income (loss)", [m["ci"][y] for y in Y3], K3, bold=True, rule=True),
        R(
            "H.ci",
            "nci",
            "Comprehensive (income) loss attributable to noncontrolling interests",
            [-m["ni_nci"][y] for y in Y3],
            K3,
            indent=1,
        ),
        R(
            "H.ci",
            "cic",
            "Comprehensive income (loss) attributable to common shareholders",
            [m["ci_common"][y] for y in Y3],
            K3,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME (LOSS)",
            units="(in thousands)",
            label_w=92,
            cols=cols(3, 21),
            headers=yhead(),
            rows=cir,
            size=8.5,
        )
    )

    # equity statement
    d.new_page()
    eqrows = []
    for y in [2022] + Y3[::-1]:
        b = bs[y]
        eqrows.append(
            dict(
                label=f"Balance, December 31, {y}",
                bold=True,
                cells=[
                    num(b["shares"]),
                    num(b["par"]),
                    num(b["apic"]),
                    num(b["dist_excess"]),
                    num(b["aoci"]),
                    num(b["sh_equity"]),
                    num(b["nci"]),
                    num(b["equity"]),
                ],
                ids=[f"H.eq.bal{y}.{k}" for k in ("sh", "par", "apic", "dist", "aoci", "she", "nci", "eq")],
                rule=y != 2022,
                dollar=True,
            )
        )
        if y == 2025:
            break
        yn = y + 1
        p_, n_ = bs[y], bs[yn]
        sh_i, proc = HM.ATM[yn]
        ks = ("sh", "par", "apic", "dist", "aoci", "she", "nci", "eq")

        def er(rid, label, vals, yn=yn, ks=ks):
            return dict(
                label=label,
                indent=1,
                cells=[num(v) if v is not None else None for v in vals],
                ids=[f"H.eq.{yn}.{rid}.{k}" if v is not None else None for k, v in zip(ks, vals, strict=True)],
            )

        eqrows.append(
            er(
                "ni",
                "Net income (loss)",
                [None, None, None, m["ni_common"][yn], None, m["ni_common"][yn], m["ni_nci"][yn], ni[yn]],
            )
        )
        eqrows.append(
            er(
                "oci",
                "Other comprehensive loss",
                [None, None, None, None, m["oci"][yn], m["oci"][yn], None, m["oci"][yn]],
            )
        )
        dpar = n_["par"] - p_["par"]
        eqrows.append(
            er("atm", "Issuance of common shares, net", [sh_i, dpar, proc - dpar, None, None, proc, None, proc])
        )
        eqrows.append(
            er("sbc", "Share-based compensation", [None, None, HM.SBC[yn], None, None, HM.SBC[yn], None, HM.SBC[yn]])
        )
        eqrows.append(
            er(
                "div",
                f"Distributions declared (${num(m['dps'][yn], 2)} per share)",
                [None, None, None, -m["div_decl"][yn], None, -m["div_decl"][yn], None, -m["div_decl"][yn]],
            )
        )
        eqrows.append(
            er(
                "ncid",
                "Distributions to noncontrolling interests",
                [None, None, None, None, None, None, cf[yn]["nci_dist"], cf[yn]["nci_dist"]],
            )
        )
    d.table(
        dict(
            title="HOLLOWMERE REALTY TRUST\nCONSOLIDATED STATEMENTS OF EQUITY",
            units="(in thousands, except per share data)",
            label_w=47,
            cols=[dict(w=12, dollar=False), dict(w=9, dollar=False)] + cols(6, 14.3),
            gap=0.8,
            headers=[
                [("Common shares", 2), ("", 1), ("", 1), ("", 1), ("", 1), ("", 1), ("", 1)],
                [
                    ("Number", 1),
                    ("Par", 1),
                    ("Additional paid-in capital", 1),
                    ("Distributions in excess of earnings", 1),
                    ("AOCI", 1),
                    ("Total shareholders' equity", 1),
                    ("Noncontrolling interests", 1),
                    ("Total equity", 1),
                ],
            ],
            rows=eqrows,
            size=6.8,
        )
    )

    # cash flows
    d.new_page()
    c = cf

    def cr(rid, label, key, **kw):
        return R("H.cf", rid, label, [c[y][key] for y in Y3], K3, **kw)

    cfr = [
        H("Cash flows from operating activities:"),
        cr("ni", "Net income (loss)", "ni", indent=1, dollar=True),
        H("Adjustments to reconcile net income (loss) to net cash provided by operating activities:", indent=1),
        cr("da", "Depreciation and amortization", "da", indent=2),
        cr("dfc", "Amortization of deferred financing costs", "dfc", indent=2),
        cr("sbc", "Share-based compensation", "sbc", indent=2),
        cr("imp", "Impairment of real estate", "impair", indent=2),
        cr("loss", "Loss on extinguishment of debt", "loss_ext", indent=2),
        cr("gain", "Gain on sale of real estate", "gain", indent=2),
        cr("sl", "Straight-line rent", "sl", indent=2),
        H("Changes in operating assets and liabilities:", indent=1),
        cr("rec", "Tenant and other receivables", "d_rec", indent=2),
        cr("oth", "Prepaid expenses and other assets", "d_other", indent=2),
        cr("ap", "Accounts payable and accrued expenses", "d_ap", indent=2),
        cr("dep", "Security deposits and prepaid rent", "d_dep", indent=2),
        cr("cfo", "Net cash provided by operating activities", "cfo", bold=True, rule=True),
        H("Cash flows from investing activities:"),
        cr("acq", "Acquisitions of real estate", "acq", indent=1),
        cr("capex", "Additions to buildings and improvements", "capex", indent=1),
        cr("dev", "Development expenditures", "dev", indent=1),
        cr("disp", "Net proceeds from sales of real estate", "disp", indent=1),
        cr("lease", "Payments of leasing costs", "leasing", indent=1),
        cr("cfi", "Net cash used in investing activities", "cfi", bold=True, rule=True),
        H("Cash flows from financing activities:"),
        cr("rb", "Borrowings on revolving credit facility", "rev_borrow", indent=1),
        cr("rr", "Repayments on revolving credit facility", "rev_repay", indent=1),
        cr("tl", "Proceeds from unsecured term loans", "term_proc", indent=1),
        cr("nt", "Proceeds from issuance of senior notes", "notes_proc", indent=1),
        cr("mr", "Repayments of mortgage notes payable", "mort_repay", indent=1),
        cr("dfcp", "Payments of deferred financing costs", "dfc_paid", indent=1),
        cr("atm", "Proceeds from issuance of common shares, net", "atm", indent=1),
        cr("div", "Distributions paid to common shareholders", "div_paid", indent=1),
        cr("ncid", "Distributions paid to noncontrolling interests", "nci_dist", indent=1),
        cr("cff", "Net cash provided by financing activities", "cff", bold=True, rule=True),
        cr("net", "Net increase (decrease) in cash, cash equivalents and restricted cash", "net", rule=True),
        cr("beg", "Cash, cash equivalents and restricted cash, beginning of year", "begin"),
        cr(
            "end",
            "Cash, cash equivalents and restricted cash, end of year",
            "end",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="HOLLOWMERE REALTY TRUST\nCONSOLIDATED STATEMENTS OF CASH FLOWS",
            units="(in thousands)",
            label_w=96,
            cols=cols(3, 20),
            headers=yhead(),
            rows=cfr,
            size=8,
        )
    )
    d.para(
        f"Supplemental disclosure: cash paid for interest was {d.v('H.cf.intpaid', mil(HM.INT_CASH[2025]))}, "
        f"{mil(HM.INT_CASH[2024])} and {mil(HM.INT_CASH[2023])} for 2025, 2024 and 2023, respectively. Cash and cash "
        f"equivalents of {num(bs[2025]['cash'])} and restricted cash of {num(bs[2025]['restricted'])} at December 31, "
        "2025 sum to the amount shown above.",
        size=8.5,
    )

    # ------------------------------------------------------------------ notes
    d.new_page()
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    d.heading("1. Organization", 2)
    d.para(
        "Hollowmere Realty Trust is a Westmarch real estate investment trust formed in 2009. It owns its properties "
        "through Hollowmere Operating Partnership, L.P., which it consolidates as the sole general partner. Common "
        "units of the Operating Partnership held by limited partners are presented as noncontrolling interests and "
        "may be redeemed for cash or, at our option, common shares on a one-for-one basis."
    )
    d.heading("2. Summary of Significant Accounting Policies", 2)
    d.para(
        "Principles of consolidation and use of estimates. The financial statements include the accounts of the "
        "Trust, the Operating Partnership and their wholly owned subsidiaries; intercompany balances are eliminated. "
        "Preparing financial statements requires management to make estimates that affect reported amounts; actual "
        "results could differ."
    )
    d.para(
        "Real estate. Real estate is carried at cost less accumulated depreciation. Buildings are depreciated on a "
        "straight-line basis over 40 years, and improvements over their estimated useful lives of 5 to 20 years. "
        "Acquisitions of operating properties are generally accounted for as asset acquisitions, with transaction "
        "costs on pursuits that are not completed charged to expense as transaction costs."
    )
    d.para(
        "Revenue recognition. We recognize minimum rents on a straight-line basis over the non-cancelable lease term. "
        "Tenant reimbursements of operating expenses and real estate taxes are variable lease payments included in "
        "rental revenue. We assess collectibility on a lease-by-lease basis and record a reduction of rental revenue "
        "when collection of substantially all lease payments is not probable."
    )
    d.para(
        "Cash, cash equivalents and restricted cash. Cash equivalents are highly liquid investments with original "
        "maturities of three months or less. Restricted cash consists of tenant security deposits held in segregated "
        "accounts and escrows required by mortgage lenders for real estate taxes, insurance and capital reserves."
    )
    d.para(
        "Deferred leasing costs. Direct costs of originating leases, principally leasing commissions, are capitalized "
        "and amortized on a straight-line basis over the term of the related lease. Unamortized costs are written off "
        "when a lease terminates early."
    )
    d.para(
        "Derivative instruments. We record derivatives at fair value. For derivatives designated as cash flow hedges, "
        "changes in fair value are recorded in other comprehensive income and reclassified to earnings in the periods "
        "in which the hedged transactions affect earnings. We formally document hedge relationships at inception and "
        "assess effectiveness quarterly."
    )
    d.para(
        "Recently issued accounting standards. In 2025 we adopted the updated segment reporting guidance that "
        "requires disclosure of significant segment expenses reviewed by the chief operating decision maker; the "
        "adoption affected disclosures only. We are evaluating guidance on the disaggregation of income statement "
        "expenses, which becomes effective for our annual report for 2027."
    )
    d.para(
        "Income taxes. We have elected to be taxed as a REIT and generally are not subject to federal income tax on "
        "income we distribute. Accordingly, no provision for federal income taxes is included in the financial "
        "statements."
    )
    d.heading("3. Real Estate Investments", 2)
    d.para(
        "Real estate, net by segment is summarized below. During 2024 we recorded an impairment charge of "
        f"{d.v('H.n3.imp', mil(HM.IMPAIR[2024]))} on Penhale Office Park after shortening our expected hold period; "
        "the property was sold in November 2025. No impairment was recorded in 2025 or 2023."
    )
    rseg = [
        R("H.reseg", s, SN[s], [m["re_net_seg"][2025][s], m["re_net_seg"][2024][s]], KB, dollar=i == 0)
        for i, s in enumerate(SEGS)
    ]
    rseg.append(
        R(
            "H.reseg",
            "total",
            "Real estate, net",
            [b5["net_re"], b4["net_re"]],
            KB,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Real Estate, Net by Segment",
            units="(in thousands)",
            label_w=90,
            cols=cols(2, 22),
            headers=[[("December 31,", 2)], [("2025", 1), ("2024", 1)]],
            rows=rseg,
        )
    )
    d.para(
        f"Depreciation expense on real estate was {d.v('H.n3.dep', mil(HM.DEP_RE[2025]))} in 2025; amortization of "
        f"deferred leasing costs was {d.v('H.n3.lamort', mil(HM.LEASE_AMORT[2025]))}."
    )
    d.heading("4. Acquisitions and Dispositions", 2)
    d.para("We completed the following acquisitions in 2025, each accounted for as an asset acquisition:")
    aq = []
    for i, (nm, sg, mon, land, bldg) in enumerate(HM.ACQ_2025):
        aq.append(
            dict(
                label=f"{nm} ({SN[sg].lower()}, {mon})",
                dollar=i == 0,
                cells=[num(land), num(bldg), num(land + bldg)],
                ids=[f"H.acq.{i}.land", f"H.acq.{i}.bldg", f"H.acq.{i}.total"],
            )
        )
    aq.append(
        R(
            "H.acq",
            "total",
            "Total 2025 acquisitions",
            [m["acq"][2025][0], m["acq"][2025][1], m["acq_cash"][2025]],
            ["land", "bldg", "total"],
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="2025 Acquisitions",
            units="(in thousands)",
            label_w=86,
            cols=cols(3, 20),
            headers=[[("Land", 1), ("Buildings and improvements", 1), ("Total purchase price", 1)]],
            rows=aq,
        )
    )
    d.para("We sold the following properties in 2025:")
    dp = []
    for i, r in enumerate(m["disp_2025"]):
        dp.append(
            dict(
                label=f"{r['name']} ({SN[r['seg']].lower()}, {r['mon']})",
                dollar=i == 0,
                cells=[num(r["price"]), num(r["price"] - r["gain"]), num(r["gain"])],
                ids=[f"H.disp.{i}.price", f"H.disp.{i}.carry", f"H.disp.{i}.gain"],
            )
        )
    dp.append(
        dict(
            label="Total 2025 dispositions",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[
                num(m["disp"][2025]["price"]),
                num(m["disp"][2025]["price"] - m["gain"][2025]),
                num(m["gain"][2025]),
            ],
            ids=["H.disp.total.price", "H.disp.total.carry", "H.disp.total.gain"],
        )
    )
    d.table(
        dict(
            title="2025 Dispositions",
            units="(in thousands)",
            label_w=86,
            cols=cols(3, 20),
            headers=[[("Net proceeds", 1), ("Net carrying value", 1), ("Gain on sale", 1)]],
            rows=dp,
        )
    )
    d.para(
        f"In 2024 we acquired two industrial properties for {mil(m['acq_cash'][2024])} and sold one office and one "
        f"industrial property for net proceeds of {mil(m['disp'][2024]['price'])}, recognizing gains of "
        f"{mil(m['gain'][2024])}. In 2023 acquisitions totaled {mil(m['acq_cash'][2023])} and dispositions generated "
        f"gains of {mil(m['gain'][2023])}."
    )

    d.heading("5. Debt", 2)
    drows = []
    for i, (nm, _kind, r25, _r24, mat_y, p24, p25, fx) in enumerate(HM.INSTR):
        drows.append(
            dict(
                label=nm + ("" if fx else " (1)"),
                dollar=i == 0,
                cells=[pct(r25 / 100, 2), str(mat_y), num(p25), num(p24)],
                ids=[f"H.debt.{i}.rate", None, f"H.debt.{i}.2025", f"H.debt.{i}.2024"],
            )
        )
    drows.append(
        R(
            "H.debt",
            "total",
            "Total principal",
            [m["debt_total"][2025], m["debt_total"][2024]],
            KB,
            bold=True,
            rule=True,
        )
    )
    drows[-1]["cells"] = [None, None] + drows[-1]["cells"]
    drows[-1]["ids"] = [None, None] + drows[-1]["ids"]
    drows.append(
        dict(
            label="Unamortized discounts and deferred financing costs",
            indent=1,
            cells=[None, None, num(-m["unam_total"][2025]), num(-m["unam_total"][2024])],
            ids=[None, None, "H.debt.unam.2025", "H.debt.unam.2024"],
        )
    )
    drows.append(
        dict(
            label="Total debt, net",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[None, None, num(m["debt_net"][2025]), num(m["debt_net"][2024])],
            ids=[None, None, "H.debt.net.2025", "H.debt.net.2024"],
        )
    )
    d.table(
        dict(
            title="Summary of Indebtedness",
            units="(in thousands)",
            label_w=66,
            cols=[dict(w=18, dollar=False), dict(w=15, dollar=False), dict(w=21), dict(w=21)],
            headers=[
                [("Interest rate at Dec. 31, 2025 (2)", 1), ("Maturity", 1), ("December 31,", 2)],
                [("", 1), ("", 1), ("2025", 1), ("2024", 1)],
            ],
            rows=drows,
        )
    )
    d.para(
        "(1) Variable rate; the revolving credit facility bears interest at daily SOFR plus 0.90% and the Quarry Gate "
        "mortgage at SOFR plus 1.85%. (2) Term loan rates reflect the effect of interest rate swaps. The Tessaly "
        "Tower mortgage was repaid in February 2025 upon the sale of the property.",
        size=8,
    )
    d.para(
        f"The revolving credit facility has a total commitment of {mil(HM.NARR['revolver_commitment'])}, matures in "
        "2028 and may be extended "
        "twice for six months each. Our unsecured debt agreements require, among other covenants, a ratio of total "
        "debt to total asset value of no more than 60% and a fixed charge coverage ratio of at least 1.50 to 1.00. "
        "Deferred financing costs are amortized to interest expense; amortization was "
        f"{d.v('H.n5.dfc', mil(m['dfc_amort'][2025], 2))} in 2025."
    )

    d.heading("6. Derivatives and Hedging", 2)
    sw = []
    for i, (nm, notl, fixed, _spread) in enumerate(HM.SWAPS):
        key = "A" if i == 0 else "B"
        sw.append(
            dict(
                label=nm,
                dollar=i == 0,
                cells=[num(notl), pct(fixed / 100, 2), num(m["swap_fv"][2025][key]), num(m["swap_fv"][2024][key])],
                ids=[f"H.swap.{key}.notional", f"H.swap.{key}.fixed", f"H.swap.{key}.2025", f"H.swap.{key}.2024"],
            )
        )
    sw.append(
        dict(
            label="Total derivative assets",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[None, None, num(b5["deriv"]), num(b4["deriv"])],
            ids=[None, None, "H.swap.total.2025", "H.swap.total.2024"],
        )
    )
    d.table(
        dict(
            title="Interest Rate Swaps Designated as Cash Flow Hedges",
            units="(in thousands)",
            label_w=60,
            cols=[dict(w=21), dict(w=20, dollar=False), dict(w=20), dict(w=20)],
            headers=[
                [("", 1), ("", 1), ("Fair value at December 31,", 2)],
                [("Notional", 1), ("Fixed SOFR rate", 1), ("2025", 1), ("2024", 1)],
            ],
            rows=sw,
        )
    )
    d.para(
        "Changes in the fair value of the swaps are recorded in other comprehensive income and reclassified to "
        f"interest expense as the hedged interest payments occur. We expect to reclassify approximately "
        f"{mil(HM.NARR['swap_reclass_next'])} of gains from accumulated other comprehensive income to interest "
        "expense during 2026."
    )

    d.heading("7. Leases", 2)
    d.para(
        "As lessor, we lease office and industrial space under operating leases with remaining terms of up to 15 "
        "years. Future minimum rents to be received under non-cancelable operating leases in effect at December 31, "
        "2025, excluding tenant reimbursements and multifamily leases of twelve months or less, are as follows:"
    )
    mr = [R("H.minr", str(yy), str(yy), [v], ["v"], dollar=i == 0) for i, (yy, v) in enumerate(HM.MIN_RENTS.items())]
    mr.append(R("H.minr", "after", "Thereafter", [HM.MIN_RENTS_THEREAFTER], ["v"]))
    mr.append(
        R("H.minr", "total", "Total", [m["min_rents_total"]], ["v"], bold=True, rule=True, total=True, dollar=True)
    )
    d.table(
        dict(
            title="Future Minimum Rents",
            units="(in thousands)",
            label_w=60,
            cols=cols(1, 24),
            headers=[[("Amount", 1)]],
            rows=mr,
        )
    )
    d.para(
        "Rental revenue included variable lease payments of "
        f"{d.v('H.n7.var', mil(HM.NARR['variable_lease_payments']))} in 2025, consisting "
        "primarily of tenant reimbursements of operating expenses and real estate taxes."
    )

    d.heading("8. Equity and Distributions", 2)
    d.para(
        f"During 2025 we sold {d.v('H.n8.atm_sh', num(HM.ATM[2025][0]))} thousand common shares under our "
        f"at-the-market offering program for net proceeds of {d.v('H.n8.atm', mil(HM.ATM[2025][1]))}; "
        f"approximately {mil(HM.NARR['atm_program'] - HM.ATM[2025][1] - HM.ATM[2024][1])} remained available under "
        "the program at "
        f"year end. Distributions declared to common shareholders totaled "
        f"{d.v('H.n8.divdecl', mil(m['div_decl'][2025]))} in 2025 ({d.v('H.n8.dps', usd(m['dps'][2025]))} per share) "
        f"and {mil(m['div_decl'][2024])} in 2024. For income tax purposes, approximately 71% of 2025 distributions "
        "were characterized as ordinary income and 29% as return of capital."
    )

    d.heading("9. Earnings (Loss) per Share", 2)
    ep = [
        R(
            "H.eps",
            "nic",
            "Net income (loss) attributable to common shareholders",
            [m["ni_common"][y] for y in Y3],
            K3,
            dollar=True,
        ),
        R("H.eps", "wb", "Weighted average common shares - basic", [HM.WAVG_BASIC[y] for y in Y3], K3),
        R("H.eps", "rsu", "Effect of dilutive restricted share units (1)", [HM.DILUTIVE_RSU[y] for y in Y3], K3),
        R("H.eps", "wd", "Weighted average common shares - diluted", [m["wavg_dil"][y] for y in Y3], K3, rule=True),
        R("H.eps", "b", "Basic earnings (loss) per share", [m["eps_basic"][y] for y in Y3], K3, nd=2, dollar=True),
        R("H.eps", "d", "Diluted earnings (loss) per share", [m["eps_dil"][y] for y in Y3], K3, nd=2, dollar=True),
    ]
    d.table(
        dict(
            title="Computation of Earnings (Loss) per Share",
            units="(in thousands, except per share data)",
            label_w=92,
            cols=cols(3, 20),
            headers=yhead(),
            rows=ep,
        )
    )
    d.para(
        "(1) Operating Partnership units are excluded from diluted shares because the related income is "
        "allocated to noncontrolling interests and the effect would be anti-dilutive or immaterial.",
        size=8,
    )

    d.heading("10. Share-Based Compensation", 2)
    d.para(
        "Our 2021 Equity Incentive Plan provides for awards of restricted shares, restricted share units and "
        "performance units to trustees, officers and employees. Share-based compensation expense, included in "
        f"general and administrative expense, was {mil(HM.SBC[2025])} in 2025, {mil(HM.SBC[2024])} in 2024 and "
        f"{mil(HM.SBC[2023])} in 2023. At December 31, 2025 unrecognized compensation cost was "
        f"{mil(HM.NARR['unrecognized_sbc'])}, "
        "expected to be recognized over a weighted average period of 2.1 years."
    )

    rs = HM.RSU
    rsr = [
        dict(label="Unvested at December 31, 2024", cells=[num(rs["begin"]), usd(rs["fv_begin"])], ids=[None, None]),
        dict(label="Granted", indent=1, cells=[num(rs["granted"]), usd(rs["fv_granted"])], ids=[None, None]),
        dict(label="Vested", indent=1, cells=[num(rs["vested"]), None], ids=[None, None]),
        dict(label="Forfeited", indent=1, cells=[num(rs["forfeited"]), None], ids=[None, None]),
        dict(
            label="Unvested at December 31, 2025",
            bold=True,
            rule=True,
            cells=[num(m["rsu_end"]), None],
            ids=["H.rsu.end", None],
        ),
    ]
    d.table(
        dict(
            title="Restricted Share Unit Activity",
            units="(units in thousands)",
            label_w=80,
            cols=[dict(w=22, dollar=False), dict(w=28, dollar=False)],
            headers=[[("Units", 1), ("Weighted average grant-date fair value", 1)]],
            rows=rsr,
        )
    )
    d.heading("11. Fair Value Measurements", 2)
    fv = []
    for i, (k, lab) in enumerate(
        (
            ("revolver", "Unsecured revolving credit facility"),
            ("term", "Unsecured term loans"),
            ("notes", "Senior unsecured notes"),
            ("mortgage", "Mortgage notes payable"),
        )
    ):
        fv.append(
            dict(
                label=lab,
                dollar=i == 0,
                cells=[
                    num(m["principal"][k][2025]),
                    num(HM.FV_DEBT[2025][k]),
                    num(m["principal"][k][2024]),
                    num(HM.FV_DEBT[2024][k]),
                ],
                ids=[f"H.fv.{k}.p25", f"H.fv.{k}.f25", f"H.fv.{k}.p24", f"H.fv.{k}.f24"],
            )
        )
    d.table(
        dict(
            title="Carrying Principal and Fair Value of Debt",
            units="(in thousands)",
            label_w=62,
            cols=cols(4, 20),
            headers=[
                [("December 31, 2025", 2), ("December 31, 2024", 2)],
                [("Principal", 1), ("Fair value", 1), ("Principal", 1), ("Fair value", 1)],
            ],
            rows=fv,
        )
    )
    d.para(
        "Fair values of notes and mortgages are Level 2 estimates based on discounted cash flows at rates currently "
        "available for debt with similar terms. Interest rate swaps are measured at fair value on a recurring basis "
        "using Level 2 inputs, principally the forward SOFR curve."
    )

    d.heading("12. Segment Information", 2)
    d.para(
        "The accounting policies of the segments are the same as those described in Note 2. Segment NOI is the "
        "measure reviewed by the chief operating decision maker; significant segment expenses are property operating "
        "expenses and real estate taxes. Non-property income and expenses are not allocated to segments."
    )
    sg = []
    for i, s in enumerate(SEGS):
        sg.append(H(SN[s]))
        sg.append(
            R("H.seg", f"{s}.rev", "Rental revenue", [m["seg_rev"][s][y] for y in Y3], K3, indent=1, dollar=i == 0)
        )
        sg.append(R("H.seg", f"{s}.opex", "Property operating expenses", [HM.SEG_OPEX[s][y] for y in Y3], K3, indent=1))
        sg.append(R("H.seg", f"{s}.tax", "Real estate taxes", [HM.SEG_TAX[s][y] for y in Y3], K3, indent=1))
        sg.append(
            R("H.seg", f"{s}.noi", "Segment NOI", [m["seg_noi"][s][y] for y in Y3], K3, indent=1, bold=True, rule=True)
        )
    sg.append(
        R(
            "H.seg",
            "total.noi",
            "Total segment NOI",
            [m["noi"][y] for y in Y3],
            K3,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(title="Segment Results", units="(in thousands)", label_w=86, cols=cols(3, 20), headers=yhead(), rows=sg)
    )
    d.para(
        'A reconciliation of total segment NOI to net income (loss) is presented in Item 7 under "Same-Property '
        'NOI"; the reconciling items are interest expense, general and administrative expense, depreciation and '
        "amortization, impairment, transaction costs, loss on extinguishment of debt, gains on sale, interest and "
        "other income and fee and other income. Real estate, net by segment is presented in Note 3."
    )

    d.heading("13. Commitments and Contingencies", 2)
    d.para(
        "At December 31, 2025 we had remaining commitments of approximately "
        f"{mil(HM.NARR['construction_commitments'])} "
        "under construction "
        "contracts for our industrial development project and tenant improvements. We are subject to various legal "
        "proceedings arising in the ordinary course of business, none of which we expect to have a material effect "
        "on our financial statements."
    )
    d.heading("14. Subsequent Events", 2)
    d.para(
        f"On January 22, 2026 our Board of Trustees declared a quarterly distribution of "
        f"{d.v('H.n14.dps', usd(HM.SUBSEQ['dps_q'], 3))} per common share, payable on April 15, 2026. In February "
        f"2026 we acquired {HM.SUBSEQ['acq_name']}, an industrial property in Pell River, for "
        f"{d.v('H.n14.acq', mil(HM.SUBSEQ['acq_price']))}, funded with cash on hand and "
        f"{d.v('H.n14.draw', mil(HM.SUBSEQ['revolver_draw']))} of borrowings on our revolving credit facility."
    )

    # ------------------------------------------------------------------ Schedule III
    d.new_page()
    d.heading("SCHEDULE III - REAL ESTATE AND ACCUMULATED DEPRECIATION", 1)
    d.para(
        "December 31, 2025 (in thousands). Amounts for land, buildings and accumulated depreciation by property "
        "reflect initial cost plus subsequent capitalized costs; totals agree with the consolidated balance "
        "sheet.",
        size=9,
    )
    s3 = []
    for seg in SEGS:
        s3.append(H(SN[seg]))
        for k, r in enumerate(m["s3"]):
            if r["seg"] != seg:
                continue
            s3.append(
                dict(
                    label=r["name"],
                    indent=1,
                    cells=[
                        r["market"],
                        num(r["enc"]),
                        num(r["land"]),
                        num(r["bldg"]),
                        num(r["total"]),
                        num(r["ad"]),
                        str(r["year"]),
                    ],
                    ids=[
                        None,
                        f"H.s3.{k}.enc",
                        f"H.s3.{k}.land",
                        f"H.s3.{k}.bldg",
                        f"H.s3.{k}.total",
                        f"H.s3.{k}.ad",
                        None,
                    ],
                )
            )
    s3.append(
        dict(
            label="Construction in progress",
            cells=[None, None, None, None, num(bs[2025]["cip"]), None, None],
            ids=[None] * 7,
        )
    )
    s3.append(
        dict(
            label="Total",
            bold=True,
            rule=True,
            total=True,
            cells=[
                None,
                num(m["mort_principal"][2025]),
                num(bs[2025]["land"]),
                num(bs[2025]["buildings"]),
                num(bs[2025]["gross_re"]),
                num(bs[2025]["accum_dep"]),
                None,
            ],
            ids=[
                None,
                "H.s3.total.enc",
                "H.s3.total.land",
                "H.s3.total.bldg",
                "H.s3.total.gross",
                "H.s3.total.ad",
                None,
            ],
        )
    )
    d.table(
        dict(
            title="Schedule III",
            label_w=42,
            cols=[dict(w=19, dollar=False)] + cols(5, 18, dollar=False) + [dict(w=12, dollar=False)],
            gap=1.0,
            headers=[
                [("", 1), ("", 1), ("Gross amount at December 31, 2025", 3), ("", 1), ("", 1)],
                [
                    ("Market", 1),
                    ("Encum-\nbrances", 1),
                    ("Land", 1),
                    ("Buildings and\nimprove-\nments", 1),
                    ("Total", 1),
                    ("Accumulated depreciation", 1),
                    ("Year acquired", 1),
                ],
            ],
            rows=s3,
            size=7.5,
        )
    )
    roll = []
    rl = m["s3_roll"]
    for key, lab, bold in (
        ("begin", "Balance, beginning of year", False),
        ("acq", "Acquisitions", False),
        ("improv", "Improvements and development", False),
        ("disp", "Dispositions", False),
        ("imp", "Impairment", False),
        ("end", "Balance, end of year", True),
    ):
        roll.append(
            R(
                "H.s3roll",
                key,
                lab,
                [rl[y][key] for y in Y3],
                K3,
                bold=bold,
                rule=bold,
                dollar=key in ("begin", "end"),
                total=bold,
                indent=0 if bold or key == "begin" else 1,
            )
        )
    d.table(
        dict(
            title="Real Estate Roll-Forward",
            units="(in thousands)",
            label_w=86,
            cols=cols(3, 20),
            headers=yhead(),
            rows=roll,
        )
    )
    roll2 = []
    for key, lab, bold in (
        ("ad_begin", "Balance, beginning of year", False),
        ("dep", "Depreciation", False),
        ("ad_disp", "Dispositions", False),
        ("ad_end", "Balance, end of year", True),
    ):
        roll2.append(
            R(
                "H.s3ad",
                key,
                lab,
                [rl[y][key] for y in Y3],
                K3,
                bold=bold,
                rule=bold,
                dollar=key in ("ad_begin", "ad_end"),
                total=bold,
                indent=0 if bold or key == "ad_begin" else 1,
            )
        )
    d.table(
        dict(
            title="Accumulated Depreciation Roll-Forward",
            units="(in thousands)",
            label_w=86,
            cols=cols(3, 20),
            headers=yhead(),
            rows=roll2,
        )
    )

    # ------------------------------------------------------------------ Items 9-15
    d.set_numbering("arabic", int(toc.get("_after8", "40")))
    d.new_page(RUN)
    d.heading("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1)
    d.anchor("i9")
    d.para("None.")
    d.heading("Item 9A. Controls and Procedures", 1)
    d.anchor("i9a")
    d.para(
        "Our management, with the participation of our Chief Executive Officer and Chief Financial Officer, evaluated "
        "the effectiveness of our disclosure controls and procedures as of December 31, 2025 and concluded that they "
        "were effective. Management assessed the effectiveness of our internal control over financial reporting as of "
        "December 31, 2025 using the criteria in Internal Control - Integrated Framework (2013) and concluded that it "
        "was effective. Ashgrove & Pell LLP has issued an attestation report on our internal control over financial "
        "reporting. There were no changes in internal control during the fourth quarter of 2025 that materially "
        "affected, or are reasonably likely to materially affect, our internal control over financial reporting."
    )
    d.heading("Item 9B. Other Information", 1)
    d.anchor("i9b")
    d.para(
        "During the three months ended December 31, 2025, no trustee or officer adopted or terminated a Rule "
        "10b5-1 trading arrangement or non-Rule 10b5-1 trading arrangement."
    )
    d.heading("Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections", 1)
    d.anchor("i9c")
    d.para("Not applicable.")
    d.new_page()
    d.heading("PART III", 0)
    for key, title in (
        ("i10", "Item 10. Trustees, Executive Officers and Corporate Governance"),
        ("i11", "Item 11. Executive Compensation"),
        (
            "i12",
            "Item 12. Security Ownership of Certain Beneficial Owners and Management and Related Shareholder Matters",
        ),
        ("i13", "Item 13. Certain Relationships and Related Transactions, and Trustee Independence"),
        ("i14", "Item 14. Principal Accountant Fees and Services"),
    ):
        d.heading(title, 1)
        d.anchor(key)
        d.para(
            "The information required by this item is incorporated by reference to our definitive proxy "
            "statement for the 2026 annual meeting of shareholders, which we expect to file within 120 days after "
            "December 31, 2025."
        )
    d.new_page()
    d.heading("PART IV", 0)
    d.heading("Item 15. Exhibits and Financial Statement Schedules", 1)
    d.anchor("i15")
    d.para(
        "(a)(1) Financial statements: see the index in Item 8. (a)(2) Financial statement schedules have been "
        "omitted because the required information is included in the financial statements or notes. (a)(3) "
        "Exhibits:"
    )
    ex = [
        ("3.1", "Amended and Restated Declaration of Trust of Hollowmere Realty Trust"),
        ("3.2", "Amended and Restated Bylaws"),
        ("4.1", "Indenture for the 4.10% Senior Notes due 2027"),
        ("4.2", "Supplemental Indenture for the 5.25% Senior Notes due 2030"),
        ("4.3", "Supplemental Indenture for the 3.65% Senior Notes due 2032"),
        ("10.1", "Third Amended and Restated Credit Agreement, including Term Loan A and Term Loan B"),
        ("10.2", "Agreement of Limited Partnership of Hollowmere Operating Partnership, L.P."),
        ("10.3", "2021 Equity Incentive Plan"),
        ("10.4", "Form of Restricted Share Unit Award Agreement"),
        ("21.1", "Subsidiaries of the Registrant"),
        ("23.1", "Consent of Ashgrove & Pell LLP"),
        ("31.1", "Certification of Chief Executive Officer pursuant to Rule 13a-14(a)"),
        ("31.2", "Certification of Chief Financial Officer pursuant to Rule 13a-14(a)"),
        ("32.1", "Certifications pursuant to 18 U.S.C. Section 1350"),
        ("101", "Inline XBRL documents"),
    ]
    d.table(
        dict(
            title="Exhibit Index",
            label_w=20,
            cols=[dict(w=140, dollar=False)],
            headers=[[("Description", 1)]],
            rows=[dict(label=a, cells=[b], ids=[None]) for a, b in ex],
        )
    )
    d.heading("Signatures", 1)
    d.anchor("sig")
    d.para(
        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
        "registrant has "
        "duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized, on "
        "February 19, 2026."
    )
    for nm, ttl in (
        ("/s/ Marguerite D. Olafsen", "President and Chief Executive Officer (principal executive officer)"),
        ("/s/ Tobias R. Quenneville", "Chief Financial Officer (principal financial officer)"),
        ("/s/ Ines Halloran-Vik", "Chief Accounting Officer (principal accounting officer)"),
        ("/s/ Barnaby K. Esterhuyse", "Chairman of the Board of Trustees"),
    ):
        d.para(f"{nm}, {ttl}", gap=1.2)
    return d, m


def render(path):
    d, m = build()
    toc = dict(d.anchors)
    # arabic numbering resumes after the F-pages: printed number = last arabic page before Item 8 pages + 1
    idx_f1 = next(i for i, lab in enumerate(d.labels) if lab == "F-1")
    last_arabic = int(d.labels[idx_f1 - 1])
    toc["_after8"] = str(last_arabic + 1)
    d, m = build(toc)
    toc2 = dict(d.anchors)
    toc2["_after8"] = toc["_after8"]
    d, m = build(toc2)
    d.output(path)
    return d, m
