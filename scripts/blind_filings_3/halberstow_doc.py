"""Renders the Halberstow Insurance Group 2025 Form 10-K from the model."""

from __future__ import annotations

from common import FilingPDF, Row, T, m1, pct, ps, pts, words_m
from halberstow_model import SEGS, YEARS, Halberstow

CO = "Halberstow Insurance Group, Inc."
UNIT = "(in millions, except per share data)"
UNIT_M = "(in millions)"
Y3 = [2025, 2024, 2023]
G3 = [("Year Ended December 31,", 3)]
G2 = [("December 31,", 2)]


def r3(label, src, fmt=m1, years=Y3, **kw):
    return Row(label, [fmt(src[y]) for y in years], **kw)


def ratio_row(label, fn, years=Y3, **kw):
    return Row(label, [pts(fn(y)) for y in years], **kw)


def build(h: Halberstow) -> FilingPDF:
    pdf = FilingPDF(f"{CO}  |  Annual Report on Form 10-K for the fiscal year ended "
                    "December 31, 2025")
    cover(pdf, h)
    pdf.show_head = True
    contents(pdf)
    forward(pdf)
    business(pdf, h)
    risks(pdf)
    part1_misc(pdf)
    item5(pdf, h)
    mdna(pdf, h)
    market_risk(pdf, h)
    statements(pdf, h)
    notes(pdf, h)
    extra_notes(pdf, h)
    quarterly(pdf, h)
    back_matter(pdf, h)
    schedules(pdf, h)
    schedule2(pdf, h)
    signatures(pdf)
    return pdf


# ------------------------------------------------------------------------ front matter
def cover(pdf, h):
    pdf.newpage()
    pdf.centered("UNITED STATES", 12, "B")
    pdf.centered("SECURITIES AND EXCHANGE COMMISSION", 12, "B")
    pdf.centered("Washington, D.C. 20549", 9)
    pdf.ln(4)
    pdf.centered("FORM 10-K", 16, "B", 9)
    pdf.ln(2)
    pdf.centered("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES "
                 "EXCHANGE ACT OF 1934", 9)
    pdf.centered("For the fiscal year ended December 31, 2025", 10, "B")
    pdf.centered("Commission File Number 001-48213", 9)
    pdf.ln(6)
    pdf.centered(CO.upper(), 15, "B", 8)
    pdf.centered("(Exact name of registrant as specified in its charter)", 8)
    pdf.ln(3)
    pdf.centered("Delaware                                    58-3390174", 10)
    pdf.centered("(State of incorporation)          (I.R.S. Employer Identification No.)", 8)
    pdf.ln(3)
    pdf.centered("1200 Quillan Ridge Road, Marrowfield, Connecticut 06412", 10)
    pdf.centered("(860) 555-0148", 10)
    pdf.ln(4)
    pdf.centered("Securities registered pursuant to Section 12(b) of the Act:", 9, "B")
    pdf.centered("Common Stock, par value $0.01 per share  |  Trading symbol: HLBW  |  "
                 "New York Stock Exchange", 9)
    pdf.ln(5)
    pdf.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as "
             "defined in Rule 405 of the Securities Act. Yes [X] No [ ]", size=9)
    pdf.para("Indicate by check mark whether the registrant is a large accelerated filer, an "
             "accelerated filer, a non-accelerated filer, a smaller reporting company, or an "
             "emerging growth company. Large accelerated filer [X]", size=9)
    pdf.para("The aggregate market value of the voting common stock held by non-affiliates of "
             "the registrant, computed by reference to the closing price on June 30, 2025 of "
             "$61.84 per share, was approximately $3,771 million.", size=9)
    pdf.para("As of February 13, 2026, there were 61,212,540 shares of the registrant's common "
             "stock outstanding.", size=9, key="cover_shares")
    pdf.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy "
             "statement for its 2026 annual meeting of shareholders are incorporated by "
             "reference into Part III of this report.", size=9)


TOC = [
    ("PART I", ""), ("Item 1.", "Business"), ("Item 1A.", "Risk Factors"),
    ("Item 1B.", "Unresolved Staff Comments"), ("Item 1C.", "Cybersecurity"),
    ("Item 2.", "Properties"), ("Item 3.", "Legal Proceedings"),
    ("Item 4.", "Mine Safety Disclosures"), ("PART II", ""),
    ("Item 5.", "Market for Registrant's Common Equity and Related Stockholder Matters"),
    ("Item 6.", "[Reserved]"),
    ("Item 7.", "Management's Discussion and Analysis of Financial Condition and Results of "
     "Operations"),
    ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk"),
    ("Item 8.", "Financial Statements and Supplementary Data"),
    ("Item 9.", "Changes in and Disagreements with Accountants"),
    ("Item 9A.", "Controls and Procedures"), ("Item 9B.", "Other Information"),
    ("PART III", ""), ("Items 10-14.", "Directors, Executive Compensation and Related Matters"),
    ("PART IV", ""), ("Item 15.", "Exhibits and Financial Statement Schedules"),
    ("", "Signatures"),
]


def contents(pdf):
    pdf.newpage()
    pdf.centered("TABLE OF CONTENTS", 12, "B")
    pdf.ln(4)
    for a, b in TOC:
        pdf.set_font("Helvetica", "B" if not b else "", 10)
        pdf.cell(28, 6.5, a)
        pdf.cell(pdf.epw - 28, 6.5, b)
        pdf.ln(6.5)


def forward(pdf):
    pdf.newpage()
    pdf.heading("CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS", 11)
    pdf.para(
        "This report contains statements about future expectations, plans and prospects of "
        "Halberstow Insurance Group, Inc. that are forward-looking in nature. Words such as "
        "\"expect,\" \"anticipate,\" \"intend,\" \"plan,\" \"believe,\" \"estimate,\" \"target\" "
        "and similar expressions identify these statements. They rest on assumptions that we "
        "consider reasonable today but that may prove wrong, and actual results may differ "
        "materially. Factors that could cause such differences include the frequency and "
        "severity of weather events and other catastrophes; the adequacy of our loss reserves; "
        "changes in claim cost inflation, including the cost of vehicle repair, building "
        "materials and litigated liability claims; the price and availability of reinsurance; "
        "movements in interest rates and credit spreads that affect the value of our "
        "investment portfolio; regulatory decisions on rates and forms; the ratings assigned to "
        "our insurance subsidiaries; and the other matters described in Item 1A. Risk Factors.")
    pdf.para(
        "Forward-looking statements speak only as of the date on which they are made. We "
        "undertake no obligation to update them, whether as a result of new information, future "
        "developments or otherwise, except as required by law.")
    pdf.heading("GLOSSARY OF SELECTED INSURANCE TERMS", 11)
    terms = [
        ("Loss ratio", "losses and loss adjustment expenses (LAE) incurred, expressed as a "
         "percentage of net premiums earned."),
        ("Expense ratio", "policy acquisition costs plus other underwriting expenses, expressed "
         "as a percentage of net premiums earned. Our expense ratio is measured on an earned "
         "basis and excludes interest expense and corporate expenses."),
        ("Combined ratio", "the sum of the loss ratio and the expense ratio. A combined ratio "
         "under 100% indicates an underwriting profit."),
        ("Underwriting income (loss)", "net premiums earned less losses and LAE, policy "
         "acquisition costs and other underwriting expenses."),
        ("Prior-year reserve development", "the increase (unfavorable) or decrease (favorable) "
         "in estimates of losses and LAE for accident years before the current year."),
        ("Core income", "a non-GAAP measure equal to net income excluding net realized and "
         "unrealized investment gains and losses, net of the related tax at 21%."),
        ("Book value per share", "total shareholders' equity divided by common shares "
         "outstanding at the balance sheet date."),
        ("Statutory surplus", "the capital of an insurance company determined under statutory "
         "accounting principles prescribed or permitted by its domiciliary regulator."),
    ]
    for t, d in terms:
        pdf.para(f"{t} - {d}", size=10)


# ------------------------------------------------------------------------ Part I
def business(pdf, h):
    pdf.item("PART I")
    pdf.heading("Item 1. Business", 12)
    n25 = h.npw[2025]
    pdf.subheading("Overview")
    pdf.para(
        f"{CO} is a holding company that, through its insurance subsidiaries, writes property "
        "and casualty insurance for individuals, families and small and mid-sized businesses. "
        "We were founded in 1961 as the Marrowfield Farmers Mutual Fire Association, converted "
        "to stock form in 1998 and listed our common stock in 2001. Our principal operating "
        "subsidiaries are Halberstow Indemnity Company, Halberstow Casualty Company, Quillan "
        "Specialty Insurance Company and Sable Harbor Insurance Company. Together they are "
        "licensed in 42 states and the District of Columbia, and in 2025 approximately 61% of "
        "our direct premiums were written in the New England, Mid-Atlantic and Great Lakes "
        "regions.")
    pdf.para(
        f"In 2025 we wrote {words_m(n25)} of net premiums written, an increase of "
        f"{pct(n25 / h.npw[2024] - 1)} over 2024. We manage the business through four reportable "
        "segments, each of which is described below: Personal Auto, Homeowners, Commercial "
        "Property and Specialty Liability. Investment activities, debt service and holding "
        "company expenses are reported in Corporate and Other.", key="bus_npw")
    t = [Row(s, [m1(h.seg[s]["npw"][2025]), pct(h.seg[s]["npw"][2025] / n25)]) for s in SEGS]
    t[0].dollar = True
    t.append(Row("Total net premiums written", [m1(n25), "100.0%"], kind="total", dollar=True))
    pdf.table("bus_mix", "Net Premiums Written by Segment, 2025", ["Amount", "% of total"], t,
              unit=UNIT_M, label_w=100)
    seg_text = {
        "Personal Auto": "Private passenger automobile coverage, including liability, "
        "collision and comprehensive, sold primarily through independent agents and, since "
        "2019, through our direct digital channel. Policies are generally written for six-month "
        "terms. The segment is our largest and is priced using telematics-informed rating "
        "plans in 29 states.",
        "Homeowners": "Homeowners, condominium, renters and dwelling fire policies with "
        "annual terms. The segment is the most exposed to weather-related catastrophe losses, "
        "and we manage concentration through underwriting guidelines, deductible requirements "
        "in coastal and hail-prone areas and our property catastrophe reinsurance program.",
        "Commercial Property": "Property and inland marine coverage for small and mid-sized "
        "businesses such as offices, light-hazard manufacturers, contractors' equipment and "
        "main-street retailers, written through a network of approximately 1,900 independent "
        "agencies. Individual risks are protected by per-risk excess of loss reinsurance.",
        "Specialty Liability": "Excess and surplus lines general liability, professional "
        "liability for small design and consulting firms, and umbrella coverage. These are "
        "long-tailed lines in which claims can take many years to settle, and results are "
        "sensitive to litigation trends and so-called social inflation.",
    }
    pdf.subheading("Reportable segments")
    for s in SEGS:
        pdf.para(f"{s}. {seg_text[s]}")
    states = [("Connecticut", 0.142), ("Pennsylvania", 0.118), ("Ohio", 0.101),
              ("New York", 0.087), ("Massachusetts", 0.071), ("Michigan", 0.064),
              ("New Jersey", 0.058), ("Indiana", 0.047), ("Vermont", 0.031),
              ("Wisconsin", 0.029)]
    dpw = h.direct_w[2025]
    rows = [Row(n, [m1(round(dpw * w)), pct(w)], dollar=(i == 0)) for i, (n, w)
            in enumerate(states)]
    top = sum(round(dpw * w) for _, w in states)
    rows.append(Row("All other states", [m1(dpw - top), pct(1 - sum(w for _, w in states))]))
    rows.append(Row("Total direct premiums written", [m1(dpw), "100.0%"], kind="total",
                    dollar=True))
    pdf.table("bus_states", "Direct Premiums Written by State, 2025", ["Amount", "% of total"],
              rows, unit=UNIT_M, label_w=100)
    pdf.subheading("Distribution")
    pdf.para(
        "We distribute through approximately 3,400 independent agencies and, for personal "
        "lines, through a direct-to-consumer channel operated by our subsidiary Halberstow "
        "Direct LLC. Independent agencies accounted for 84% of direct premiums written in 2025. "
        "No single agency group produced more than 4% of direct premiums written. Agents are "
        "paid commissions that vary by line and may receive supplemental compensation based on "
        "the growth and profitability of the business they place with us.")
    pdf.subheading("Underwriting and pricing")
    pdf.para(
        "Our underwriting approach combines centrally maintained guidelines with field "
        "underwriters who hold individual authority limits. We file rates with state regulators "
        "where required and monitor rate adequacy monthly using indicated loss cost trends. In "
        "2025 we obtained average written rate increases of 9.6% in Personal Auto, 11.2% in "
        "Homeowners, 6.4% in Commercial Property and 8.1% in Specialty Liability.", key="bus_rate")
    pdf.subheading("Claims")
    pdf.para(
        "Claims are handled by approximately 1,150 employed adjusters and supervisors operating "
        "from five regional claim centers, supplemented by independent adjusters after "
        "catastrophe events. We maintain a special investigations unit and a dedicated complex "
        "liability unit for Specialty Liability claims.")
    pdf.subheading("Loss and loss adjustment expense reserves")
    pdf.para(
        "We establish reserves for the estimated ultimate cost of reported claims and claims "
        "incurred but not reported, including the expenses of settling those claims. Reserves "
        "are estimates and are reviewed quarterly by our actuaries, who use several generally "
        "accepted methods. At December 31, 2025, gross reserves for unpaid losses and LAE were "
        f"{words_m(h.gross_res[2025])} and reserves net of reinsurance were "
        f"{words_m(h.net_res[2025])}. See Note 7 of the consolidated financial statements.",
        key="bus_res")
    pdf.subheading("Reinsurance")
    pdf.para(
        "We purchase reinsurance to limit our exposure to individual large losses and to "
        "aggregations of losses from a single event. Our 2025 property catastrophe program "
        f"provided {words_m(h.cat_limit)} of limit in excess of a {words_m(h.cat_retention)} "
        "retention per occurrence, placed in three layers with reinsurers rated A- or better. "
        "Our per-risk property treaty covers losses above $5.0 million per risk up to "
        "$40.0 million, and our casualty treaty covers Specialty Liability losses above "
        "$3.0 million per occurrence up to $25.0 million.", key="bus_reins")
    pdf.subheading("Investments")
    pdf.para(
        "Our investment portfolio is managed internally under guidelines approved by the Finance "
        "and Investment Committee of our Board of Directors. The portfolio emphasizes "
        "investment-grade fixed maturities with a duration broadly matched to our claim "
        "liabilities, complemented by a modest allocation to dividend-paying equities and "
        "limited partnership interests. At December 31, 2025, total investments were "
        f"{words_m(h.inv_total[2025])}.", key="bus_inv")
    pdf.subheading("Financial strength ratings")
    pdf.para(
        "Our lead insurance subsidiaries are rated A+ (Superior) by A.M. Best with a stable "
        "outlook and A by S&P Global Ratings. Ratings reflect the rating agencies' opinions of "
        "an insurer's ability to meet its obligations to policyholders and are not "
        "recommendations to buy, sell or hold our securities.")
    pdf.subheading("Catastrophe exposure management")
    pdf.para(
        "We model our exposure to hurricanes, severe convective storms, winter storms and "
        "earthquakes using two commercial catastrophe models adjusted for our own claims "
        "experience. Our risk tolerance, approved by the Board, limits the modeled net loss "
        "from a 1-in-250-year hurricane event to no more than 12% of shareholders' equity. We "
        "manage concentrations by limiting new business in selected coastal counties, "
        "requiring roof-age based settlement terms and purchasing reinsurance.")
    pdf.subheading("Competition")
    pdf.para(
        "The property and casualty market is highly competitive. We compete with national "
        "carriers that sell through captive agents or directly to consumers, with regional "
        "mutual companies and with excess and surplus lines carriers. Competition is based on "
        "price, coverage terms, claim service, agency relationships, financial strength ratings "
        "and ease of doing business. We believe our long-standing agency relationships and our "
        "regional claim presence are important competitive strengths.")
    pdf.subheading("Regulation")
    pdf.para(
        "Our insurance subsidiaries are subject to comprehensive regulation by the states in "
        "which they are domiciled and licensed. Regulation covers, among other things, rates "
        "and policy forms, the amount and type of investments, minimum capital and surplus, "
        "risk-based capital (RBC) requirements, statutory accounting and reporting, market "
        "conduct and the payment of dividends to the parent company. Connecticut, the domicile "
        "of our lead insurer, limits ordinary dividends in any twelve-month period to the "
        "greater of 10% of prior year-end statutory surplus or prior-year statutory net income, "
        "without prior regulatory approval.")
    pdf.para(
        "Our subsidiaries are also subject to periodic financial and market conduct "
        "examinations, participate in state guaranty funds and residual market mechanisms, and "
        "are subject to laws governing the privacy and security of consumer information. "
        "Changes in any of these laws could affect our operations.")
    pdf.subheading("Human capital")
    pdf.para(
        "At December 31, 2025, we had approximately 4,870 employees, none of whom are "
        "represented by a labor union. We invest in technical training for underwriters, "
        "adjusters and actuaries, and 71% of eligible employees participated in our employee "
        "stock purchase plan during 2025. Voluntary turnover was 8.9% in 2025.")
    pdf.subheading("Available information")
    pdf.para(
        "We make our reports on Forms 10-K, 10-Q and 8-K available free of charge on our "
        "investor website as soon as reasonably practicable after filing. The information on "
        "our website is not incorporated into this report.")


RISKS = [
    ("Catastrophe losses could materially reduce our profitability.",
     "Our Homeowners and Commercial Property segments are exposed to severe convective "
     "storms, hail, hurricanes, winter storms and wildfires. The incidence and severity of "
     "these events are inherently unpredictable, and there is evidence that severe convective "
     "storm activity has increased in the regions in which we concentrate. A single large "
     "event, or several moderate events in one year, could produce losses well above our "
     "expectations, and the losses retained by us under our reinsurance program could "
     "materially affect results for a quarter or a year."),
    ("Our loss reserves may prove inadequate.",
     "Reserves are estimates of what we will ultimately pay on claims that have occurred. "
     "They depend on assumptions about claim frequency, severity, inflation, legal "
     "developments and settlement patterns. Long-tailed lines such as Specialty Liability "
     "are particularly uncertain. If our estimates prove too low, we must increase reserves, "
     "which reduces earnings in the period in which the increase is recognized."),
    ("Claim cost inflation may outpace our pricing.",
     "Costs of auto parts, labor, medical care, building materials and contractor services "
     "rose rapidly in recent years. Rate increases require regulatory approval in many "
     "states and are earned over the policy term, so our pricing may lag cost trends."),
    ("Reinsurance may be unavailable or more expensive, and reinsurers may fail to pay.",
     "The cost and availability of reinsurance depend on market conditions outside our "
     "control. We may be unable to renew our programs on acceptable terms, which could "
     "increase our retained risk. We also remain liable to policyholders if a reinsurer "
     "fails to meet its obligations."),
    ("Investment results are subject to interest rate, credit and equity market risk.",
     "A rise in interest rates reduces the fair value of our fixed maturity portfolio; a "
     "decline in rates reduces the income we earn on new investments. Credit deterioration "
     "could lead to impairments, and declines in equity markets reduce the value of our "
     "equity securities, with changes in fair value recognized in net income."),
    ("We are subject to extensive regulation that could limit our flexibility.",
     "Regulators may deny or delay rate increases, restrict our ability to withdraw from "
     "markets, impose assessments or require participation in residual markets. New laws "
     "on the use of data and models in underwriting could restrict our pricing tools."),
    ("Our holding company depends on dividends from its insurance subsidiaries.",
     "The holding company has no operations of its own. Its ability to pay interest, "
     "repay debt, pay dividends to shareholders and repurchase shares depends on dividends "
     "from its insurance subsidiaries, which are limited by state insurance laws."),
    ("A downgrade in our financial strength ratings could reduce our competitiveness.",
     "Agents and commercial customers consider ratings when choosing an insurer. A "
     "downgrade could reduce new business, increase non-renewals and raise borrowing costs."),
    ("Cybersecurity incidents could disrupt operations and expose us to liability.",
     "We hold large amounts of personal information. A breach of our systems or those of "
     "our vendors could result in regulatory penalties, litigation, remediation costs and "
     "reputational harm."),
    ("We depend on independent agents.",
     "Most of our premiums are produced by independent agencies that also represent our "
     "competitors. Agency consolidation or changes in agency preferences could reduce our "
     "premium volume."),
    ("Technology change may affect our business model.",
     "Advances in vehicle safety systems, usage-based insurance, data analytics and "
     "artificial intelligence could change loss costs, distribution and competition in ways "
     "that disadvantage us if we fail to adapt."),
    ("Climate change may increase the volatility of our results.",
     "Changes in temperature and precipitation patterns may alter the frequency and "
     "severity of weather events, affect the availability of reinsurance and lead to "
     "regulatory requirements that raise our costs."),
    ("Litigation and social inflation may increase liability claim costs.",
     "Plaintiff attorney involvement, litigation funding and large jury awards have "
     "increased the severity of liability claims, particularly in Specialty Liability and "
     "the bodily injury coverages of Personal Auto."),
    ("We may not successfully execute our technology modernization program.",
     "We are replacing our policy administration and billing systems for personal lines over "
     "a multi-year period. Delays, cost overruns or defects in the new systems could disrupt "
     "service to agents and policyholders and increase expenses."),
    ("Pandemics and other public health events could affect our operations.",
     "A widespread health emergency could reduce premium volume, change claim frequency, "
     "disrupt our workforce and vendors and increase volatility in financial markets."),
    ("Changes in tax laws could affect our results.",
     "Changes in the federal corporate tax rate, the treatment of tax-exempt interest or "
     "the rules for discounting loss reserves for tax purposes could increase our tax expense "
     "or reduce the value of our deferred tax assets."),
    ("Our ability to attract and retain talent is important to our success.",
     "Competition for experienced underwriters, actuaries, claim professionals and "
     "technology staff is intense, and the loss of key personnel could affect our operations."),
    ("Our stock price may be volatile.",
     "The market price of our common stock may fluctuate with our results, catastrophe "
     "activity, industry conditions and general market movements."),
]


def risks(pdf):
    pdf.item("Item 1A. Risk Factors")
    pdf.para("An investment in our common stock involves risks. The following are the material "
             "risks known to us. Additional risks not presently known may also affect us.")
    for i, (t, d) in enumerate(RISKS):
        if i in (0, 5, 9) and len(RISKS) > 9:
            pdf.subheading(["Insurance and underwriting risks", "Investment, regulatory and "
                            "capital risks", "Operational and general risks"][(0, 5, 9).index(i)])
        pdf.para(t, style="B", after=0.8)
        pdf.para(d + " Any of these developments could have a material adverse effect on our "
                 "financial condition, results of operations or cash flows.")


def part1_misc(pdf):
    pdf.item("Item 1B. Unresolved Staff Comments")
    pdf.para("None.")
    pdf.heading("Item 1C. Cybersecurity", 12)
    pdf.para(
        "Our information security program is led by our Chief Information Security Officer, "
        "who reports to the Chief Operating Officer and presents to the Audit Committee of the "
        "Board at least quarterly. The program is aligned with recognized industry frameworks "
        "and includes vulnerability management, identity and access controls, third-party risk "
        "assessments, employee awareness training and an incident response plan that is tested "
        "through annual tabletop exercises. We engage outside assessors to evaluate the program. "
        "During 2025 we did not identify any cybersecurity incident that materially affected "
        "us, although we cannot assure that future incidents will not do so.")
    pdf.heading("Item 2. Properties", 12)
    pdf.para(
        "We own our 310,000 square foot headquarters campus in Marrowfield, Connecticut, and "
        "regional claim centers in Dunmore Falls, Pennsylvania, and Ashgrove, Ohio. We lease "
        "approximately 22 other offices. We believe our facilities are adequate for our needs.")
    pdf.heading("Item 3. Legal Proceedings", 12)
    pdf.para(
        "In the ordinary course of business we are party to claims litigation arising from our "
        "insurance policies and to other lawsuits, including putative class actions concerning "
        "claim handling practices. We do not expect the outcome of pending matters to have a "
        "material adverse effect on our financial position. See Note 14.")
    pdf.heading("Item 4. Mine Safety Disclosures", 12)
    pdf.para("Not applicable.")


def item5(pdf, h):
    pdf.item("PART II")
    pdf.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters "
                "and Issuer Purchases of Equity Securities", 12)
    pdf.para(
        "Our common stock trades on the New York Stock Exchange under the symbol HLBW. At "
        "February 13, 2026, there were approximately 2,140 holders of record. We paid quarterly "
        f"cash dividends of $0.38 per share in 2025, or ${h.dps[2025]:.2f} per share for the "
        f"year, compared with ${h.dps[2024]:.2f} per share in 2024. In February 2026 our Board "
        "declared a quarterly dividend of $0.41 per share.", key="item5_div")
    rows = [
        Row("October 1 - October 31, 2025", ["88,410", "70.12", "88,410", "203.7"]),
        Row("November 1 - November 30, 2025", ["101,225", "71.48", "101,225", "196.5"]),
        Row("December 1 - December 31, 2025",
            ["164,830", "72.05", "164,830", m1(h.repo_auth_left)]),
        Row("Total", ["354,465", "71.43", "354,465", ""], kind="total"),
    ]
    pdf.table("item5_repo", "Issuer Purchases of Equity Securities - Fourth Quarter 2025",
              ["Shares purchased", "Average price paid per share ($)",
               "Shares purchased under program", "Remaining authorization ($ millions)"],
              rows, dollar_col=False, label_w=58)
    pdf.para(
        f"At December 31, 2025, {words_m(h.repo_auth_left)} remained available under the share "
        "repurchase authorization approved by our Board in July 2024.", key="item5_auth")
    pdf.heading("Stock performance graph", 11)
    pdf.para("The following table compares the cumulative five-year total return of our common "
             "stock with a broad market index and a peer index of property and casualty "
             "insurers, assuming $100 invested on December 31, 2020 and reinvestment of "
             "dividends.")
    perf = [("Halberstow Insurance Group", [100, 108, 97, 121, 146, 181]),
            ("Broad market index", [100, 126, 103, 130, 162, 189]),
            ("P&C peer index", [100, 117, 124, 139, 171, 198])]
    pdf.table("item5_perf", "Cumulative Total Return", [str(y) for y in range(2020, 2026)],
              [Row(n, [str(v) for v in vals]) for n, vals in perf], dollar_col=False,
              label_w=52)
    pdf.heading("Item 6. [Reserved]", 12)


# ------------------------------------------------------------------------ MD&A
def seg_table(pdf, h, s, key):
    d = h.seg[s]
    rows = [
        r3("Net premiums written", d["npw"], dollar=True),
        r3("Net premiums earned", d["npe"], dollar=True),
        r3("Losses and LAE", d["loss"], indent=1),
        r3("Policy acquisition costs", d["acq"], indent=1),
        r3("Other underwriting expenses", d["oth"], indent=1),
        Row("Underwriting income (loss)", [m1(d["uwinc"][y]) for y in Y3], kind="total",
            dollar=True),
        Row("Ratios:", [], kind="head"),
        ratio_row("Loss ratio", lambda y: round(h.loss_ratio(y, s), 3), indent=1),
        ratio_row("Expense ratio", lambda y: round(h.exp_ratio(y, s), 3), indent=1),
        ratio_row("Combined ratio", lambda y: h.combined(y, s), kind="sub", indent=1),
        Row("Impact on loss ratio of:", [], kind="head"),
        ratio_row("Catastrophe losses", lambda y: round(d["cat"][y] / d["npe"][y], 3), indent=1),
        ratio_row("Prior-year reserve development (1)",
                  lambda y: round(d["pyd"][y] / d["npe"][y], 3), indent=1),
    ]
    pdf.table(key, f"{s} - Results of Operations", ["2025", "2024", "2023"], rows,
              unit="(in millions, except ratios in percentage points)", groups=G3,
              footnotes=["(1) Positive amounts represent unfavorable development; negative "
                         "amounts, shown in parentheses, represent favorable development."])


def mdna(pdf, h):
    pdf.item("Item 7. Management's Discussion and Analysis of Financial Condition and Results "
             "of Operations")
    pdf.para(
        "The following discussion should be read together with our consolidated financial "
        "statements and notes in Item 8. Unless otherwise stated, comparisons are for the year "
        "ended December 31, 2025 against 2024. A discussion of 2024 compared with 2023 is "
        "included where relevant to an understanding of trends.")
    pdf.heading("Executive Overview", 11)
    ni, ni4 = h.ni[2025], h.ni[2024]
    core, core4 = h.core_income(2025), h.core_income(2024)
    pdf.para(
        f"Net income was {words_m(ni)}, or ${h.eps_d[2025]:.2f} per diluted share, in 2025, "
        f"compared with {words_m(ni4)}, or ${h.eps_d[2024]:.2f} per diluted share, in 2024. "
        f"Core income, a non-GAAP measure defined in the glossary, was {words_m(core)} compared "
        f"with {words_m(core4)}. The combined ratio improved to {pts(h.combined(2025))}% from "
        f"{pts(h.combined(2024))}%, reflecting earned rate increases across all segments, "
        f"lower catastrophe losses and more favorable net prior-year reserve development, "
        "partly offset by adverse development in Specialty Liability.", key="mdna_overview")
    pdf.para(
        f"Book value per share was ${h.bvps(2025):.2f} at December 31, 2025, up "
        f"{pct(h.bvps(2025) / h.bvps(2024) - 1)} from ${h.bvps(2024):.2f} a year earlier, driven "
        "by earnings and a smaller unrealized loss on our fixed maturity portfolio. Return on "
        f"average shareholders' equity was {pct(h.roe(2025))} in 2025 compared with "
        f"{pct(h.roe(2024))} in 2024.", key="mdna_bvps")
    pdf.para(
        f"Total catastrophe losses were {words_m(h.cat[2025])} in 2025 compared with "
        f"{words_m(h.cat[2024])} in 2024. The largest events in 2025 were a series of hail and "
        "wind storms across the Great Lakes region in May and a nor'easter in late January. "
        f"Net favorable prior-year reserve development totaled {words_m(-h.pyd[2025])} in 2025 "
        f"compared with {words_m(-h.pyd[2024])} in 2024.", key="mdna_cat")
    pdf.heading("Consolidated Results of Operations", 11)
    rows = [
        r3("Net premiums written", h.npw, dollar=True),
        r3("Net premiums earned", h.npe, dollar=True),
        r3("Net investment income", h.nii),
        r3("Net realized and unrealized investment gains (losses)", h.gains),
        r3("Fee and other income", h.fees),
        Row("Total revenues", [m1(h.rev[y]) for y in Y3], kind="sub"),
        r3("Losses and LAE", h.loss),
        r3("Underwriting expenses (1)", h.uwexp),
        r3("Interest expense", h.interest),
        r3("Corporate and other expenses", h.corp),
        Row("Income before income taxes", [m1(h.pretax[y]) for y in Y3], kind="sub"),
        r3("Income tax expense", h.tax),
        Row("Net income", [m1(h.ni[y]) for y in Y3], kind="total", dollar=True),
        Row("Underwriting income", [m1(h.uwinc[y]) for y in Y3], dollar=True),
        ratio_row("Loss ratio", lambda y: round(h.loss_ratio(y), 3)),
        ratio_row("Expense ratio", lambda y: round(h.exp_ratio(y), 3)),
        ratio_row("Combined ratio", h.combined, kind="sub"),
    ]
    pdf.table("mdna_cons", "Consolidated Highlights", ["2025", "2024", "2023"], rows,
              unit="(in millions, except ratios in percentage points)", groups=G3,
              footnotes=["(1) Policy acquisition costs plus other underwriting expenses."])
    npe, npe4 = h.npe[2025], h.npe[2024]
    pdf.para(
        f"Net premiums earned increased {pct(npe / npe4 - 1)} to {words_m(npe)}, reflecting "
        "written premium growth in 2024 and 2025 driven mainly by rate. Policies in force "
        "increased 1.8% in Personal Auto and 2.4% in Homeowners, while retention remained "
        "near 86% in personal lines.", key="mdna_npe")
    pdf.para(
        f"The loss ratio was {pts(round(h.loss_ratio(2025), 3))}% in 2025 compared with "
        f"{pts(round(h.loss_ratio(2024), 3))}% in 2024. The expense ratio improved to "
        f"{pts(round(h.exp_ratio(2025), 3))}% from {pts(round(h.exp_ratio(2024), 3))}%, as "
        "premium growth outpaced growth in fixed underwriting costs and commission rates "
        "declined slightly in Personal Auto.", key="mdna_ratios")

    pdf.heading("Segment Results", 11)
    comments = {
        "Personal Auto": lambda d: (
            f"Personal Auto underwriting income was {words_m(d['uwinc'][2025])} in 2025 "
            f"compared with {words_m(d['uwinc'][2024])} in 2024. The current accident year "
            "loss ratio excluding catastrophes improved 1.2 points as earned rate increases "
            "outpaced severity trends, and collision frequency declined modestly. Prior-year "
            f"development was {words_m(-d['pyd'][2025])} favorable, mainly in physical damage "
            "coverages for accident year 2024."),
        "Homeowners": lambda d: (
            f"Homeowners underwriting income was {words_m(d['uwinc'][2025])} in 2025 compared "
            f"with {words_m(d['uwinc'][2024])} in 2024. Catastrophe losses were "
            f"{words_m(d['cat'][2025])}, or {pts(round(d['cat'][2025] / d['npe'][2025], 3))} "
            "points of loss ratio, compared with "
            f"{words_m(d['cat'][2024])} in 2024. We continued to increase minimum wind and hail "
            "deductibles in five Great Lakes states."),
        "Commercial Property": lambda d: (
            f"Commercial Property produced underwriting income of {words_m(d['uwinc'][2025])}, "
            f"the segment's best result in a decade, on net premiums earned of "
            f"{words_m(d['npe'][2025])}. Catastrophe losses declined to "
            f"{words_m(d['cat'][2025])} from {words_m(d['cat'][2024])}, and large "
            "non-catastrophe fire losses were below our expectations."),
        "Specialty Liability": lambda d: (
            f"Specialty Liability recorded unfavorable prior-year development of "
            f"{words_m(d['pyd'][2025])} in 2025 and {words_m(d['pyd'][2024])} in 2024, "
            "primarily in general liability for accident years 2019 through 2022, where "
            "claim severity on litigated claims has exceeded our original expectations. "
            f"Underwriting income was {words_m(d['uwinc'][2025])} and the combined ratio was "
            f"{pts(h.combined(2025, 'Specialty Liability'))}%. We have raised rates, reduced "
            "limits on contractor classes and non-renewed accounts in two venues."),
    }
    for i, s in enumerate(SEGS):
        pdf.subheading(s)
        seg_table(pdf, h, s, f"mdna_seg_{i}")
        pdf.para(comments[s](h.seg[s]), key=f"mdna_seg_{i}_text")

    mdna_prior(pdf, h)
    pdf.heading("Loss and LAE Reserve Development", 11)
    rows = [Row(s, [m1(h.seg[s]["pyd"][y]) for y in Y3], dollar=(i == 0))
            for i, s in enumerate(SEGS)]
    rows.append(Row("Total prior-year development", [m1(h.pyd[y]) for y in Y3], kind="total",
                    dollar=True))
    pdf.table("mdna_pyd", "Prior-Year Reserve Development by Segment - (Favorable) Unfavorable",
              ["2025", "2024", "2023"], rows, unit=UNIT_M, groups=G3)
    pdf.para(
        "Favorable development in Personal Auto, Homeowners and Commercial Property reflected "
        "lower than expected severity on short-tailed property claims and faster closure of "
        "physical damage claims. Adverse development in Specialty Liability reflected higher "
        "defense costs and settlement values on litigated claims.")

    pdf.heading("Investment Results", 11)
    nii, nii4 = h.nii[2025], h.nii[2024]
    pdf.para(
        f"Net investment income increased {pct(nii / nii4 - 1)} to {words_m(nii)} in 2025, "
        "driven by higher reinvestment yields and a larger average invested asset base that "
        "benefited from operating cash flow and the proceeds of our May 2025 debt offering. "
        f"The pre-tax book yield on fixed maturities was {pct(h.book_yield[2025], 2)} at "
        f"year-end 2025 compared with {pct(h.book_yield[2024], 2)} a year earlier, and the "
        f"effective duration of the fixed maturity portfolio was {h.duration[2025]:.1f} years.",
        key="mdna_nii")
    pdf.para(
        f"Net realized and unrealized investment gains were {words_m(h.gains[2025])} in 2025, "
        f"consisting of {words_m(h.g_eq[2025])} of gains on equity securities, primarily "
        f"changes in fair value, and {words_m(h.r_fm[2025])} of net realized gains on sales of "
        "fixed maturities.", key="mdna_gains")
    pdf.para(
        "Our fixed maturity portfolio had a weighted average credit quality of AA- at December "
        "31, 2025. Below-investment-grade securities represented 3.1% of fixed maturities at "
        "fair value. Gross unrealized losses on fixed maturities were "
        f"{words_m(h.gul[2025])}, substantially all of which relate to changes in interest rates "
        "since purchase rather than to credit deterioration.", key="mdna_gul")

    rat = [("AAA", 0.142), ("AA", 0.391), ("A", 0.287), ("BBB", 0.149), ("Below BBB", 0.031)]
    fv = h.fm[2025]
    parts = [round(fv * w) for _, w in rat[:-1]]
    parts.append(fv - sum(parts))
    rows = [Row(n, [m1(v), pct(v / fv)], dollar=(i == 0))
            for i, ((n, _), v) in enumerate(zip(rat, parts, strict=True))]
    rows.append(Row("Total fixed maturities", [m1(fv), "100.0%"], kind="total", dollar=True))
    pdf.table("mdna_rating", "Fixed Maturities by Credit Rating, December 31, 2025",
              ["Fair value", "% of total"], rows, unit=UNIT_M, label_w=100)
    pdf.heading("Income Taxes", 11)
    pdf.para(
        f"Income tax expense was {words_m(h.tax[2025])} in 2025, an effective tax rate of "
        f"{pct(h.tax[2025] / h.pretax[2025])}, compared with {pct(h.tax[2024] / h.pretax[2024])} "
        "in 2024. The effective rate is below the 21% federal statutory rate mainly because of "
        "tax-exempt interest income.", key="mdna_tax")

    pdf.heading("Non-GAAP Financial Measure: Core Income", 11)
    rows = [
        r3("Net income", h.ni, dollar=True),
        Row("Net realized and unrealized investment (gains) losses",
            [m1(-h.gains[y]) for y in Y3], indent=1, key="core_gains"),
        Row("Income tax on the above at 21%",
            [m1(h.core_income(y) - h.ni[y] + h.gains[y]) for y in Y3], indent=1,
            key="core_tax"),
        Row("Core income", [m1(h.core_income(y)) for y in Y3], kind="total", dollar=True),
        Row("Core income per diluted share",
            [ps(h.core_income(y) / 10 / (h.w_dil[y] / 1e6)) for y in Y3], dollar=True),
    ]
    pdf.table("mdna_core", "Reconciliation of Net Income to Core Income", ["2025", "2024", "2023"],
              rows, unit=UNIT, groups=G3)
    pdf.para("We believe core income helps investors evaluate underwriting and investment income "
             "trends without the volatility of investment gains and losses. Core income should "
             "not be viewed as a substitute for net income.")

    pdf.heading("Liquidity and Capital Resources", 11)
    cfo, cfo4 = h.cf[2025]["cfo"], h.cf[2024]["cfo"]
    pdf.para(
        f"Net cash provided by operating activities was {words_m(cfo)} in 2025 compared with "
        f"{words_m(cfo4)} in 2024. The increase reflected higher premium collections and "
        "investment income, partially offset by higher paid losses. Cash and investments held "
        f"by the holding company totaled {words_m(h.holdco_liquid[2025])} at December 31, 2025, "
        f"compared with {words_m(h.holdco_liquid[2024])} a year earlier.", key="mdna_liq")
    pdf.para(
        "In May 2025 we issued $300.0 million aggregate principal amount of 6.05% Senior Notes "
        "due 2035 and received net proceeds of $296.3 million. In September 2025 we repaid at "
        "maturity $150.0 million of 3.60% Senior Notes. Total debt was "
        f"{words_m(h.debt[2025])} at December 31, 2025, and our debt-to-total-capital ratio was "
        f"{pct(h.debt[2025] / (h.debt[2025] + h.equity[2025]))}, compared with "
        f"{pct(h.debt[2024] / (h.debt[2024] + h.equity[2024]))} at December 31, 2024. We also "
        "have an undrawn $250.0 million revolving credit facility that expires in 2029.",
        key="mdna_debt")
    pdf.para(
        f"During 2025 we returned {words_m(h.div[2025] + h.repo[2025])} to shareholders, "
        f"consisting of {words_m(h.div[2025])} of dividends and {words_m(h.repo[2025])} of "
        f"share repurchases ({h.repo_sh[2025]:,} shares).", key="mdna_return")
    pdf.para(
        "Our insurance subsidiaries paid dividends of "
        f"{words_m(h.sub_div[2025])} to the holding company in 2025. Based on statutory results "
        "for 2025, the maximum dividends that may be paid by our insurance subsidiaries in 2026 "
        f"without prior regulatory approval is approximately {words_m(h.div_capacity_2026)}.",
        key="mdna_subdiv")
    pdf.heading("Contractual Obligations", 11)
    res = h.gross_res[2025]
    rows = [
        Row("Gross unpaid losses and LAE (1)", [m1(v) for v in [res] + _ladder(res)],
            dollar=True),
        Row("Senior notes - principal", [m1(v) for v in (8000, 0, 0, 3500, 4500)]),
        Row("Interest on senior notes", [m1(v) for v in (3427, 437, 874, 764, 1352)]),
        Row("Operating leases", [m1(v) for v in (612, 158, 241, 143, 70)]),
    ]
    totals = [sum(_parse(r.vals[i]) for r in rows) for i in range(5)]
    rows.append(Row("Total", [m1(v) for v in totals], kind="total", dollar=True))
    pdf.table("mdna_contract", "Contractual Obligations at December 31, 2025",
              ["Total", "Less than 1 year", "1-3 years", "3-5 years", "More than 5 years"],
              rows, unit=UNIT_M, label_w=52,
              footnotes=["(1) Timing of loss payments is estimated from historical payment "
                         "patterns and is inherently uncertain."])

    pdf.heading("Critical Accounting Estimates", 11)
    pdf.para(
        "Our most significant estimates are the reserves for unpaid losses and LAE, the fair "
        "value of investments and the recoverability of reinsurance balances. Reserve estimates "
        "are subject to the greatest uncertainty. Our actuaries produce point estimates by "
        "segment and accident year using paid and incurred loss development, "
        "Bornhuetter-Ferguson and frequency-severity methods; management's best estimate "
        "considers these indications together with known trends.")
    sens = round(h.net_res[2025] * 0.05)
    pdf.para(
        "Reserve estimates are most sensitive to assumed severity trends. A 5% increase in "
        "net reserves for unpaid losses and LAE at December 31, 2025 would have reduced income "
        f"before income taxes by approximately {words_m(sens)}.", key="mdna_sens")


def _ladder(total):
    parts = [round(total * w) for w in (0.38, 0.34, 0.15)]
    return parts + [total - sum(parts)]


def _parse(s):
    if s in ("-", ""):
        return 0
    neg = s.startswith("(")
    v = int(s.strip("()").replace(",", "").replace(".", ""))
    return -v if neg else v


def market_risk(pdf, h):
    pdf.item("Item 7A. Quantitative and Qualitative Disclosures About Market Risk")
    pdf.para(
        "Market risk is the risk of loss from adverse changes in interest rates, credit "
        "spreads and equity prices. We manage these risks through asset allocation, duration "
        "targets and diversification limits.")
    fv = h.fm[2025]
    rows = []
    for bp, factor in ((-200, 0.087), (-100, 0.043), (0, 0.0), (100, -0.042), (200, -0.083)):
        val = round(fv * (1 + factor))
        rows.append(Row(f"{bp:+d} basis points" if bp else "No change",
                        [m1(val), m1(val - fv)], dollar=(bp == -200)))
    pdf.table("mr_rates", "Hypothetical Interest Rate Shifts - Fixed Maturities",
              ["Estimated fair value", "Change in fair value"], rows, unit=UNIT_M, label_w=80)
    eq_drop = round(h.eq[2025] * 0.10)
    pdf.para(
        "Equity price risk: a hypothetical 10% decline in the fair value of our equity "
        f"securities at December 31, 2025 would have reduced their fair value by "
        f"{words_m(eq_drop)}, which would be recognized in net income.", key="mr_eq")


# ------------------------------------------------------------------------ statements
def statements(pdf, h):
    pdf.item("Item 8. Financial Statements and Supplementary Data")
    pdf.heading("Report of Independent Registered Public Accounting Firm", 11)
    pdf.para(
        f"To the Shareholders and Board of Directors of {CO}: We have audited the accompanying "
        "consolidated balance sheets of Halberstow Insurance Group, Inc. and subsidiaries as of "
        "December 31, 2025 and 2024, the related consolidated statements of operations, "
        "comprehensive income, changes in shareholders' equity and cash flows for each of the "
        "three years in the period ended December 31, 2025, and the related notes and "
        "financial statement schedules. In our opinion, the financial statements present "
        "fairly, in all material respects, the financial position of the Company and the "
        "results of its operations and its cash flows in conformity with U.S. generally "
        "accepted accounting principles.")
    pdf.para(
        "Critical audit matter - reserves for unpaid losses and loss adjustment expenses. The "
        "Company's reserves involve significant judgment, particularly for the long-tailed "
        "Specialty Liability segment. Our procedures included testing controls over the "
        "reserving process, involving our actuarial specialists to develop independent "
        "estimates for selected segments, and comparing prior estimates with subsequent "
        "development.")
    pdf.para("/s/ Pellworth & Caine LLP\nHartwell, Connecticut\nFebruary 20, 2026\n"
             "We have served as the Company's auditor since 2004.")
    pdf.heading("Management's Report on Internal Control over Financial Reporting", 11)
    pdf.para(
        "Management is responsible for establishing and maintaining adequate internal control "
        "over financial reporting. Internal control over financial reporting is a process "
        "designed to provide reasonable assurance regarding the reliability of financial "
        "reporting and the preparation of financial statements for external purposes in "
        "accordance with generally accepted accounting principles. Because of its inherent "
        "limitations, internal control may not prevent or detect misstatements. Management "
        "assessed the effectiveness of the Company's internal control over financial reporting "
        "as of December 31, 2025 and concluded that it was effective. Pellworth & Caine LLP "
        "has audited the effectiveness of internal control over financial reporting as stated "
        "in its report, which expresses an unqualified opinion.")

    # balance sheet
    pdf.newpage()
    b = [2025, 2024]

    def r2(label, src, **kw):
        return Row(label, [m1(src[k]) for k in b], **kw)

    rows = [
        Row("Assets", [], kind="head"),
        Row("Investments:", [], indent=0),
        Row(f"Fixed maturities, available for sale, at fair value (amortized cost: "
            f"2025 - ${m1(h.fm_ac[2025])}; 2024 - ${m1(h.fm_ac[2024])})",
            [m1(h.fm[k]) for k in b], indent=1, dollar=True, key="fm"),
        r2("Equity securities, at fair value", h.eq, indent=1),
        r2("Short-term investments", h.st, indent=1),
        r2("Other invested assets", h.oia, indent=1),
        Row("Total investments", [m1(h.inv_total[k]) for k in b], kind="sub", indent=2),
        r2("Cash and cash equivalents", h.cash),
        r2("Accrued investment income", h.aii),
        r2("Premiums receivable, net of allowance for credit losses of $9.4 and $8.8",
           h.prem_rec, key="Premiums receivable"),
        r2("Reinsurance recoverables on unpaid losses and LAE", h.recov),
        r2("Prepaid reinsurance premiums", h.prp),
        r2("Deferred policy acquisition costs", h.dac),
        r2("Deferred income taxes, net", h.dta),
        r2("Goodwill and other intangible assets", h.gw),
        r2("Other assets", h.oth_assets),
        Row("Total assets", [m1(h.total_assets[k]) for k in b], kind="total", dollar=True),
        Row("Liabilities and Shareholders' Equity", [], kind="head"),
        Row("Liabilities:", []),
        r2("Unpaid losses and loss adjustment expenses", h.gross_res, indent=1, dollar=True),
        r2("Unearned premiums", h.upr, indent=1),
        r2("Debt (1)", h.debt, indent=1, key="Debt"),
        r2("Accrued expenses and other liabilities", h.oth_liab, indent=1),
        Row("Total liabilities", [m1(h.liab[k]) for k in b], kind="sub", indent=2),
        Row("Commitments and contingencies (Note 14)", []),
        Row("Shareholders' equity:", []),
        Row("Common stock, $0.01 par value; 200,000,000 shares authorized; 80,000,000 shares "
            "issued", [m1(h.cs[k]) for k in b], indent=1, key="Common stock"),
        r2("Additional paid-in capital", h.apic, indent=1),
        r2("Retained earnings", h.re, indent=1),
        r2("Accumulated other comprehensive income (loss)", h.aoci, indent=1),
        Row("Treasury stock, at cost (2025 - 18,542,694 shares; 2024 - 17,811,258 shares)",
            [m1(h.treas[k]) for k in b], indent=1, key="Treasury stock"),
        Row("Total shareholders' equity", [m1(h.equity[k]) for k in b], kind="sub", indent=2),
        Row("Total liabilities and shareholders' equity", [m1(h.total_le[k]) for k in b],
            kind="total", dollar=True),
    ]
    pdf.table("bs", "CONSOLIDATED BALANCE SHEETS", ["2025", "2024"], rows, unit=UNIT_M,
              groups=G2, label_w=112,
              footnotes=["(1) Net of unamortized discount and debt issuance costs. See Note 10.",
                         "See accompanying notes to consolidated financial statements."])

    # income statement
    pdf.newpage()
    rows = [
        Row("Revenues", [], kind="head"),
        r3("Net premiums earned", h.npe, indent=1, dollar=True),
        r3("Net investment income", h.nii, indent=1),
        r3("Net realized and unrealized investment gains (losses) (1)", h.gains, indent=1,
           key="Net realized and unrealized investment gains (losses)"),
        r3("Fee and other income", h.fees, indent=1),
        Row("Total revenues", [m1(h.rev[y]) for y in Y3], kind="sub", indent=2),
        Row("Expenses", [], kind="head"),
        r3("Losses and loss adjustment expenses", h.loss, indent=1),
        r3("Policy acquisition costs", h.acq, indent=1),
        r3("Other underwriting expenses", h.oth, indent=1),
        r3("Interest expense", h.interest, indent=1),
        r3("Corporate and other expenses", h.corp, indent=1),
        Row("Total expenses", [m1(h.exp_total[y]) for y in Y3], kind="sub", indent=2),
        Row("Income before income taxes", [m1(h.pretax[y]) for y in Y3], kind="sub"),
        r3("Income tax expense", h.tax),
        Row("Net income", [m1(h.ni[y]) for y in Y3], kind="total", dollar=True),
        Row("Earnings per common share:", [], kind="head"),
        Row("Basic", [ps(h.eps_b[y]) for y in Y3], indent=1, dollar=True, key="EPS basic"),
        Row("Diluted", [ps(h.eps_d[y]) for y in Y3], indent=1, dollar=True, key="EPS diluted"),
        Row("Weighted average common shares outstanding:", [], kind="head"),
        Row("Basic", [f"{h.w_basic[y] / 1e6:.1f}" for y in Y3], indent=1, key="W basic"),
        Row("Diluted", [f"{h.w_dil[y] / 1e6:.1f}" for y in Y3], indent=1, key="W diluted"),
        Row("Dividends declared per common share", [ps(h.dps[y]) for y in Y3], dollar=True,
            key="DPS"),
    ]
    pdf.table("is", "CONSOLIDATED STATEMENTS OF OPERATIONS", ["2025", "2024", "2023"], rows,
              unit=UNIT, groups=G3, label_w=98,
              footnotes=["(1) Includes net realized gains (losses) on fixed maturities of "
                         f"${m1(h.r_fm[2025])}, ${m1(h.r_fm[2024])} and ${m1(h.r_fm[2023])} and "
                         "changes in fair value of equity securities of "
                         f"${m1(h.g_eq[2025])}, ${m1(h.g_eq[2024])} and ${m1(h.g_eq[2023])} in "
                         "2025, 2024 and 2023, respectively.",
                         "See accompanying notes to consolidated financial statements."])

    # comprehensive income
    pdf.newpage()
    rows = [
        r3("Net income", h.ni, dollar=True),
        Row("Other comprehensive income (loss), before tax:", [], kind="head"),
        r3("Unrealized holding gains (losses) on fixed maturities arising during the period",
           h.oci_holding, indent=1, key="holding"),
        r3("Reclassification adjustment for net realized (gains) losses included in net income",
           h.oci_reclass, indent=1, key="reclass"),
        Row("Other comprehensive income (loss), before tax",
            [m1(h.oci_pretax[y]) for y in Y3], kind="sub", indent=1),
        r3("Income tax (expense) benefit", h.oci_tax, indent=1),
        Row("Other comprehensive income (loss), net of tax", [m1(h.oci[y]) for y in Y3],
            kind="sub"),
        Row("Comprehensive income", [m1(h.ci[y]) for y in Y3], kind="total", dollar=True),
    ]
    pdf.table("ci", "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", ["2025", "2024", "2023"],
              rows, unit=UNIT_M, groups=G3, label_w=98)

    # equity
    pdf.newpage()
    rows = []
    for yr in YEARS:
        rows += [
            Row(f"Balance at January 1, {yr}",
                [m1(x) for x in (h.cs[yr - 1], h.apic[yr - 1], h.re[yr - 1], h.aoci[yr - 1],
                                 h.treas[yr - 1], h.equity[yr - 1])], dollar=True, bold=True,
                key=f"open{yr}"),
            Row("Net income", ["", "", m1(h.ni[yr]), "", "", m1(h.ni[yr])], indent=1,
                key=f"ni{yr}"),
            Row("Other comprehensive income (loss)", ["", "", "", m1(h.oci[yr]), "",
                                                      m1(h.oci[yr])], indent=1, key=f"oci{yr}"),
            Row(f"Dividends declared (${h.dps[yr]:.2f} per share)",
                ["", "", m1(-h.div[yr]), "", "", m1(-h.div[yr])], indent=1, key=f"div{yr}"),
            Row("Share-based compensation", ["", m1(h.sbc[yr]), "", "", "", m1(h.sbc[yr])],
                indent=1, key=f"sbc{yr}"),
            Row("Repurchases of common stock", ["", "", "", "", m1(-h.repo[yr]),
                                                m1(-h.repo[yr])], indent=1, key=f"repo{yr}"),
            Row(f"Balance at December 31, {yr}",
                [m1(x) for x in (h.cs[yr], h.apic[yr], h.re[yr], h.aoci[yr], h.treas[yr],
                                 h.equity[yr])], kind="total", dollar=True, key=f"close{yr}"),
        ]
    pdf.table("eq", "CONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY",
              ["Common stock", "Additional paid-in capital", "Retained earnings",
               "AOCI", "Treasury stock", "Total equity"], rows, unit=UNIT, label_w=52,
              size=7.8)

    # cash flows
    pdf.newpage()
    c = h.cf
    rows = [Row("Operating activities", [], kind="head")]
    for i, k in enumerate(c[2025]["op"]):
        if k == "Premiums receivable":
            rows.append(Row("Changes in operating assets and liabilities:", [], indent=1))
        ind = 2 if i >= 6 else 1
        rows.append(Row(k, [m1(c[y]["op"][k]) for y in Y3], indent=ind, dollar=(i == 0)))
    rows.append(Row("Net cash provided by operating activities",
                    [m1(c[y]["cfo"]) for y in Y3], kind="sub", key="cfo"))
    rows.append(Row("Investing activities", [], kind="head"))
    for k in c[2025]["inv"]:
        rows.append(Row(k, [m1(c[y]["inv"][k]) for y in Y3], indent=1))
    rows.append(Row("Net cash used in investing activities", [m1(c[y]["cfi"]) for y in Y3],
                    kind="sub", key="cfi"))
    rows.append(Row("Financing activities", [], kind="head"))
    for k in c[2025]["fin"]:
        rows.append(Row(k, [m1(c[y]["fin"][k]) for y in Y3], indent=1))
    rows.append(Row("Net cash provided by (used in) financing activities",
                    [m1(c[y]["cff"]) for y in Y3], kind="sub", key="cff"))
    rows.append(Row("Net increase (decrease) in cash and cash equivalents",
                    [m1(c[y]["net"]) for y in Y3], kind="sub"))
    rows.append(Row("Cash and cash equivalents at beginning of year",
                    [m1(h.cash[y - 1]) for y in Y3]))
    rows.append(Row("Cash and cash equivalents at end of year", [m1(h.cash[y]) for y in Y3],
                    kind="total", dollar=True))
    rows.append(Row("Supplemental disclosures:", [], kind="head"))
    rows.append(Row("Income taxes paid", [m1(h.tax[y] - T1(y)) for y in Y3], indent=1,
                    dollar=True))
    rows.append(Row("Interest paid", [m1(h.interest[y] - h.debt_amort[y] - (40 if y == 2025
                                                                           else 0))
                                      for y in Y3], indent=1))
    pdf.table("cf", "CONSOLIDATED STATEMENTS OF CASH FLOWS", ["2025", "2024", "2023"], rows,
              unit=UNIT_M, groups=G3, label_w=98, size=8.2,
              footnotes=["See accompanying notes to consolidated financial statements."])


def T1(y):
    """Small difference between tax expense and tax paid (timing), tenths of a million."""
    return {2023: -41, 2024: 27, 2025: 58}[y]


# ------------------------------------------------------------------------ notes
def notes(pdf, h):
    pdf.newpage()
    pdf.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 11.5)
    pdf.heading("Note 1. Nature of Operations and Summary of Significant Accounting Policies", 10.5)
    for t in [
        f"Basis of presentation. The consolidated financial statements include the accounts of "
        f"{CO} and its subsidiaries (together, the Company) and have been prepared in "
        "conformity with U.S. GAAP. All intercompany transactions have been eliminated.",
        "Use of estimates. Preparing financial statements requires estimates that affect "
        "reported amounts. The most significant are reserves for unpaid losses and LAE, fair "
        "values of investments, reinsurance recoverables and deferred income taxes.",
        "Investments. Fixed maturities are classified as available for sale and carried at "
        "fair value, with unrealized gains and losses, net of tax, reported in accumulated "
        "other comprehensive income. Equity securities are carried at fair value with changes "
        "recognized in net income. Other invested assets are primarily limited partnerships "
        "accounted for under the equity method on a one-quarter lag.",
        "Premiums. Premiums are earned pro rata over the policy period. Unearned premiums "
        "represent the portion of premiums written applicable to the unexpired terms of "
        "policies in force.",
        "Deferred policy acquisition costs. Commissions, premium taxes and certain underwriting "
        "costs directly related to the successful acquisition of policies are deferred and "
        "amortized over the period in which the related premiums are earned.",
        "Reserves for unpaid losses and LAE. Reserves represent the estimated ultimate cost of "
        "all reported and unreported losses incurred through the balance sheet date, less "
        "amounts paid. Reserves are not discounted.",
        "Reinsurance. Reinsurance premiums, losses and LAE are accounted for consistently with "
        "the underlying policies. Amounts recoverable from reinsurers are reported as assets.",
        "Share-based compensation. Restricted stock units and performance share units are "
        "measured at grant-date fair value and expensed over the vesting period.",
        "Recent accounting pronouncements. In 2025 the Company adopted new guidance requiring "
        "expanded income tax disclosures; adoption affected disclosures only.",
    ]:
        pdf.para(t, size=10)

    # Note 2 investments
    pdf.heading("Note 2. Investments", 10.5)
    for k in (2025, 2024):
        d = h.fm_detail[k]
        rows = [Row(cl, [m1(d[cl][f]) for f in ("ac", "g", "l", "fv")], dollar=(i == 0),
                    key=cl) for i, cl in enumerate(h.fm_classes)]
        rows.append(Row("Total fixed maturities", [m1(h.fm_ac[k]), m1(h.gug[k]), m1(h.gul[k]),
                                                   m1(h.fm[k])], kind="total", dollar=True))
        pdf.table(f"n2_fm{k}", f"Fixed Maturities Available for Sale at December 31, {k}",
                  ["Amortized cost", "Gross unrealized gains", "Gross unrealized losses",
                   "Fair value"], rows, unit=UNIT_M, label_w=66)
    rows = [Row(b_, [m1(a), m1(f)], dollar=(i == 0)) for i, (b_, (a, f))
            in enumerate(h.maturity.items())]
    rows.append(Row("Total", [m1(h.fm_ac[2025]), m1(h.fm[2025])], kind="total", dollar=True))
    pdf.table("n2_mat", "Contractual Maturities of Fixed Maturities at December 31, 2025",
              ["Amortized cost", "Fair value"], rows, unit=UNIT_M, label_w=96)
    rows = []
    for i, (lab, src) in enumerate((("Fixed maturities, at fair value", h.fm),
                                    ("Equity securities", h.eq),
                                    ("Short-term investments", h.st),
                                    ("Other invested assets", h.oia))):
        rows.append(Row(lab, [m1(src[2025]), pct(src[2025] / h.inv_total[2025]),
                              m1(src[2024]), pct(src[2024] / h.inv_total[2024])],
                        dollar=(i == 0)))
    rows.append(Row("Total investments", [m1(h.inv_total[2025]), "100.0%",
                                          m1(h.inv_total[2024]), "100.0%"], kind="total",
                    dollar=True))
    pdf.table("n2_mix", "Composition of the Investment Portfolio", ["Carrying value", "% of total",
                                                                    "Carrying value",
                                                                    "% of total"],
              rows, unit=UNIT_M, groups=[("December 31, 2025", 2), ("December 31, 2024", 2)],
              label_w=58)
    rows = [r3(k_, v_, dollar=(i == 0)) for i, (k_, v_) in enumerate(h.nii_parts.items())]
    rows.append(Row("Gross investment income", [m1(h.gross_ii[y]) for y in Y3], kind="sub"))
    rows.append(r3("Investment expenses", {y: -h.inv_exp[y] for y in Y3}))
    rows.append(Row("Net investment income", [m1(h.nii[y]) for y in Y3], kind="total",
                    dollar=True))
    pdf.table("n2_nii", "Net Investment Income", ["2025", "2024", "2023"], rows, unit=UNIT_M,
              groups=G3)
    pdf.para(
        "At December 31, 2025, the Company held 412 fixed maturity securities in an unrealized "
        f"loss position with aggregate fair value of {words_m(round(h.fm[2025] * 0.58))} and "
        f"gross unrealized losses of {words_m(h.gul[2025])}. The Company does not intend to "
        "sell these securities and it is not more likely than not that it will be required to "
        "sell them before recovery of amortized cost. No allowance for credit losses was "
        "required at December 31, 2025 or 2024.", size=10, key="n2_unr")

    # Note 3 fair value
    pdf.heading("Note 3. Fair Value Measurements", 10.5)
    d = h.fm_detail[2025]
    l3c = 412
    rows = []
    lv_tot = [0, 0, 0, 0]
    for cl in h.fm_classes:
        fv = d[cl]["fv"]
        if cl.startswith("U.S."):
            lv = [fv, 0, 0]
        elif cl.startswith("Corporate"):
            lv = [0, fv - l3c, l3c]
        else:
            lv = [0, fv, 0]
        rows.append(Row(cl, [m1(x) for x in lv + [fv]], indent=1, dollar=not rows))
        lv_tot = [a + b_ for a, b_ in zip(lv_tot, lv + [fv], strict=True)]
    eq_l3 = 186
    for lab, lv in (("Equity securities", [h.eq[2025] - eq_l3, 0, eq_l3, h.eq[2025]]),
                    ("Short-term investments", [h.st[2025], 0, 0, h.st[2025]])):
        rows.append(Row(lab, [m1(x) for x in lv], indent=1))
        lv_tot = [a + b_ for a, b_ in zip(lv_tot, lv, strict=True)]
    rows.append(Row("Total assets measured at fair value", [m1(x) for x in lv_tot],
                    kind="total", dollar=True))
    pdf.table("n3_fv", "Assets Measured at Fair Value on a Recurring Basis, December 31, 2025",
              ["Level 1", "Level 2", "Level 3", "Total"], rows, unit=UNIT_M, label_w=66)
    pdf.para("Level 3 assets consist of privately placed corporate securities and non-traded "
             "preferred equity valued using internal models with significant unobservable "
             "inputs, principally credit spreads. Other invested assets accounted for under the "
             "equity method are excluded from the table.", size=10)

    # Note 4 reinsurance
    pdf.heading("Note 4. Reinsurance", 10.5)
    rows = [
        Row("Premiums written:", [], kind="head"),
        r3("Direct", h.direct_w, indent=1, dollar=True, key="w_direct"),
        r3("Assumed", h.assumed_w, indent=1, key="w_assumed"),
        r3("Ceded", {y: -h.ceded_w[y] for y in Y3}, indent=1, key="w_ceded"),
        Row("Net premiums written", [m1(h.npw[y]) for y in Y3], kind="sub", dollar=True,
            key="w_net"),
        Row("Premiums earned:", [], kind="head"),
        r3("Direct", h.direct_e, indent=1, dollar=True, key="e_direct"),
        r3("Assumed", h.assumed_e, indent=1, key="e_assumed"),
        r3("Ceded", {y: -h.ceded_e[y] for y in Y3}, indent=1, key="e_ceded"),
        Row("Net premiums earned", [m1(h.npe[y]) for y in Y3], kind="sub", dollar=True,
            key="e_net"),
        Row("Losses and LAE incurred:", [], kind="head"),
        r3("Direct", h.direct_l, indent=1, dollar=True, key="l_direct"),
        r3("Assumed", h.assumed_l, indent=1, key="l_assumed"),
        r3("Ceded", {y: -h.ceded_l[y] for y in Y3}, indent=1, key="l_ceded"),
        Row("Net losses and LAE incurred", [m1(h.loss[y]) for y in Y3], kind="sub",
            dollar=True, key="l_net"),
    ]
    pdf.table("n4_re", "Effect of Reinsurance", ["2025", "2024", "2023"], rows, unit=UNIT_M,
              groups=G3)
    pdf.para(
        "Reinsurance recoverables on unpaid losses and LAE were "
        f"{words_m(h.recov[2025])} at December 31, 2025, of which 93% was due from reinsurers "
        "rated A- or better by A.M. Best. The largest recoverable from a single reinsurer was "
        "$78.3 million. The allowance for uncollectible reinsurance was $2.1 million.",
        size=10, key="n4_text")

    # Note 5 DAC
    pdf.heading("Note 5. Deferred Policy Acquisition Costs", 10.5)
    rows = [
        Row("Balance at beginning of year", [m1(h.dac[y - 1]) for y in Y3], dollar=True),
        r3("Costs deferred", h.dac_cap),
        r3("Amortization", {y: -h.acq[y] for y in Y3}),
        Row("Balance at end of year", [m1(h.dac[y]) for y in Y3], kind="total", dollar=True),
    ]
    pdf.table("n5_dac", "Deferred Policy Acquisition Costs", ["2025", "2024", "2023"], rows,
              unit=UNIT_M, groups=G3)

    # Note 6 segments
    pdf.heading("Note 6. Segment Information", 10.5)
    pdf.para(
        "The Company's chief operating decision maker, its Chief Executive Officer, evaluates "
        "the performance of the four insurance segments on underwriting income (loss) before "
        "income taxes. Assets are not allocated to segments, except as presented in Schedule "
        "III. Net investment income, investment gains and losses, fee and other income, "
        "interest expense and corporate expenses are reported in Corporate and Other.", size=10)
    rows = []
    for s in SEGS:
        d = h.seg[s]
        rows.append(Row(s, [], kind="head"))
        rows.append(Row("Net premiums earned", [m1(d["npe"][y]) for y in Y3], indent=1,
                        dollar=True, key=f"{s}|npe"))
        rows.append(Row("Losses and LAE", [m1(d["loss"][y]) for y in Y3], indent=1,
                        key=f"{s}|loss"))
        rows.append(Row("Underwriting expenses", [m1(d["uwexp"][y]) for y in Y3], indent=1,
                        key=f"{s}|uwexp"))
        rows.append(Row("Underwriting income (loss)", [m1(d["uwinc"][y]) for y in Y3],
                        kind="sub", indent=1, key=f"{s}|uwinc"))
        rows.append(Row("Combined ratio", [pct(h.combined(y, s)) for y in Y3], indent=1,
                        key=f"{s}|cr"))
    rows.append(Row("Total underwriting income", [m1(h.uwinc[y]) for y in Y3], kind="sub",
                    dollar=True))
    rows.append(r3("Net investment income", h.nii, key="c_nii"))
    rows.append(r3("Net realized and unrealized investment gains (losses)", h.gains,
                   key="c_gains"))
    rows.append(r3("Fee and other income", h.fees, key="c_fees"))
    rows.append(r3("Interest expense", {y: -h.interest[y] for y in Y3}, key="c_int"))
    rows.append(r3("Corporate and other expenses", {y: -h.corp[y] for y in Y3}, key="c_corp"))
    rows.append(Row("Income before income taxes", [m1(h.pretax[y]) for y in Y3], kind="total",
                    dollar=True))
    pdf.table("n6_seg", "Segment Results and Reconciliation to Income Before Income Taxes",
              ["2025", "2024", "2023"], rows, unit=UNIT_M, groups=G3)

    # Note 7 reserves
    pdf.heading("Note 7. Reserves for Unpaid Losses and Loss Adjustment Expenses", 10.5)
    rows = [
        Row("Gross reserves at beginning of year", [m1(h.gross_res[y - 1]) for y in Y3],
            dollar=True, key="gross_beg"),
        Row("Less: reinsurance recoverables on unpaid losses",
            [m1(h.recov[y - 1]) for y in Y3], key="rec_beg"),
        Row("Net reserves at beginning of year", [m1(h.net_res[y - 1]) for y in Y3],
            kind="sub", key="net_beg"),
        Row("Incurred losses and LAE related to:", [], kind="head"),
        Row("Current year", [m1(h.cyinc[y]) for y in Y3], indent=1, key="inc_cy"),
        Row("Prior years", [m1(h.pyd[y]) for y in Y3], indent=1, key="inc_py"),
        Row("Total incurred", [m1(h.loss[y]) for y in Y3], kind="sub", indent=2,
            key="inc_tot"),
        Row("Paid losses and LAE related to:", [], kind="head"),
        Row("Current year", [m1(h.paid_cy[y]) for y in Y3], indent=1, key="paid_cy"),
        Row("Prior years", [m1(h.paid_py[y]) for y in Y3], indent=1, key="paid_py"),
        Row("Total paid", [m1(h.paid[y]) for y in Y3], kind="sub", indent=2, key="paid_tot"),
        Row("Net reserves at end of year", [m1(h.net_res[y]) for y in Y3], kind="sub",
            key="net_end"),
        Row("Plus: reinsurance recoverables on unpaid losses", [m1(h.recov[y]) for y in Y3],
            key="rec_end"),
        Row("Gross reserves at end of year", [m1(h.gross_res[y]) for y in Y3], kind="total",
            dollar=True, key="gross_end"),
    ]
    pdf.table("n7_res", "Reconciliation of Reserves for Unpaid Losses and LAE",
              ["2025", "2024", "2023"], rows, unit=UNIT_M, groups=G3)
    pdf.para(
        f"Incurred losses related to prior years were {m1(h.pyd[2025])} million in 2025, "
        f"{m1(h.pyd[2024])} million in 2024 and {m1(h.pyd[2023])} million in 2023 (amounts in "
        "parentheses are favorable). Development by segment is presented in Item 7. The "
        "Company's reserves include $212.4 million for unallocated loss adjustment expenses at "
        "December 31, 2025.", size=10, key="n7_text")

    pdf.heading("Loss development information", 10.5)
    pdf.para(
        "The following tables present incurred and cumulative paid losses and allocated LAE, "
        "net of reinsurance, by accident year for each segment. Information for calendar "
        "years before 2025 is unaudited supplementary information. Amounts are presented in "
        "millions; the latest evaluation for each accident year is shown in the 2025 column.",
        size=10)
    cal = list(range(2016, 2026))
    for i, s in enumerate(SEGS):
        pdf.newpage()
        pdf.para(TRI_TEXT[s], size=10)
        for kind, tri in (("Incurred", h.tri_inc[s]), ("Cumulative Paid", h.tri_paid[s])):
            rows = []
            for a in h.ays:
                rows.append(Row(str(a), [m1(tri[a][c]) if c >= a else "" for c in cal],
                                key=f"AY{a}"))
            tot = sum(tri[a][2025] for a in h.ays)
            rows.append(Row("Total", [""] * 9 + [m1(tot)], kind="total", key="total"))
            pdf.table(f"n7_tri_{i}_{kind[0]}",
                      f"{s} - {kind} Losses and Allocated LAE, Net of Reinsurance",
                      [str(c) for c in cal], rows, unit="(in millions; accident years in rows, "
                      "calendar years in columns)", label_w=17, size=6.8, dollar_col=False)
    rows = []
    for i, s in enumerate(SEGS):
        inc = sum(h.tri_inc[s][a][2025] for a in h.ays)
        paid = sum(h.tri_paid[s][a][2025] for a in h.ays)
        rows.append(Row(s, [m1(inc), m1(paid), m1(h.tri_res[s])], dollar=(i == 0)))
    rows.append(Row("Net reserves for accident years 2016-2025", ["", "",
                                                                 m1(sum(h.tri_res.values()))],
                    kind="sub"))
    rows.append(Row("Net reserves for accident years before 2016", ["", "", m1(h.pre2016)]))
    rows.append(Row("Unallocated loss adjustment expenses", ["", "", m1(h.ulae)]))
    rows.append(Row("Net reserves at December 31, 2025", ["", "", m1(h.net_res[2025])],
                    kind="sub"))
    rows.append(Row("Reinsurance recoverables on unpaid losses", ["", "", m1(h.recov[2025])]))
    rows.append(Row("Gross reserves at December 31, 2025", ["", "", m1(h.gross_res[2025])],
                    kind="total", dollar=True))
    pdf.table("n7_recon", "Reconciliation of Development Tables to the Balance Sheet",
              ["Cumulative incurred", "Cumulative paid", "Net reserves"], rows, unit=UNIT_M,
              label_w=82)

    # Note 8 income taxes
    pdf.heading("Note 8. Income Taxes", 10.5)
    rows = [
        r3("Tax at federal statutory rate of 21%", h.tax_stat, dollar=True, key="stat"),
        r3("Tax-exempt interest", h.tax_exempt, indent=1),
        r3("Dividends received deduction", h.tax_drd, indent=1),
        r3("State income taxes, net of federal benefit", h.tax_state, indent=1),
        r3("Other, net", h.tax_other, indent=1),
        Row("Income tax expense", [m1(h.tax[y]) for y in Y3], kind="total", dollar=True,
            key="tax"),
        Row("Effective tax rate", [pct(h.tax[y] / h.pretax[y]) for y in Y3], key="etr"),
    ]
    pdf.table("n8_tax", "Reconciliation of Income Tax Expense", ["2025", "2024", "2023"], rows,
              unit=UNIT_M, groups=G3)
    dta_parts = {2025: [1641, -h.unr_tax[2025], 472, 389, -1838], 2024: [1575, -h.unr_tax[2024],
                                                                        451, 362, -1759]}
    labs = ["Loss reserve discounting", "Net unrealized losses on fixed maturities",
            "Unearned premium reserve", "Compensation and other"]
    rows = []
    for i, lab in enumerate(labs):
        rows.append(Row(lab, [m1(dta_parts[k][i]) for k in (2025, 2024)], indent=1,
                        dollar=(i == 0)))
    for k in (2025, 2024):
        dta_parts[k][4] = h.dta[k] - sum(dta_parts[k][:4])
    rows.append(Row("Deferred policy acquisition costs and other liabilities",
                    [m1(dta_parts[k][4]) for k in (2025, 2024)], indent=1))
    rows.append(Row("Net deferred tax asset", [m1(h.dta[k]) for k in (2025, 2024)],
                    kind="total", dollar=True))
    pdf.table("n8_dta", "Components of Net Deferred Income Taxes", ["2025", "2024"], rows,
              unit=UNIT_M, groups=G2)

    # Note 9 statutory
    pdf.heading("Note 9. Statutory Financial Information and Dividend Restrictions", 10.5)
    rows = [
        Row("Statutory capital and surplus", [m1(h.stat_surplus[k]) for k in (2025, 2024)],
            dollar=True, key="surplus"),
        Row("Statutory net income", [m1(h.stat_ni[k]) for k in (2025, 2024)], key="stat_ni"),
        Row("Dividends paid to the holding company", [m1(h.sub_div[k]) for k in (2025, 2024)],
            key="sub_div"),
    ]
    pdf.table("n9_stat", "Combined Statutory Information of Insurance Subsidiaries",
              ["2025", "2024"], rows, unit=UNIT_M, groups=[("Year Ended December 31,", 2)])
    pdf.para(
        "Each insurance subsidiary exceeded the minimum risk-based capital requirement at "
        "December 31, 2025. The combined ratio of total adjusted capital to authorized control "
        f"level RBC was {h.rbc[2025] * 100:.0f}% at December 31, 2025 compared with "
        f"{h.rbc[2024] * 100:.0f}% at December 31, 2024. The maximum amount of ordinary "
        "dividends the insurance subsidiaries may pay in 2026 without prior approval is "
        f"{words_m(h.div_capacity_2026)}.", size=10, key="n9_text")

    # Note 10 debt
    pdf.heading("Note 10. Debt", 10.5)
    c25 = [0, 3486, 1989, h.debt[2025] - 3486 - 1989]
    c24 = [1499, 3481, 1985, 0]
    c24[0] = h.debt[2024] - c24[1] - c24[2]
    labs = ["3.60% Senior Notes due September 2025", "4.35% Senior Notes due 2029",
            "3.90% Senior Notes due 2032", "6.05% Senior Notes due 2035"]
    rows = [Row(lab, [m1(a), m1(b_)], dollar=(i == 0)) for i, (lab, a, b_)
            in enumerate(zip(labs, c25, c24, strict=True))]
    rows.append(Row("Total debt", [m1(h.debt[2025]), m1(h.debt[2024])], kind="total",
                    dollar=True))
    pdf.table("n10_debt", "Carrying Value of Debt", ["2025", "2024"], rows, unit=UNIT_M,
              groups=G2, label_w=100)
    pdf.para(
        "The senior notes are unsecured obligations of the holding company and are redeemable "
        "at our option subject to make-whole provisions. The revolving credit facility "
        "requires the Company to maintain a debt-to-capital ratio not exceeding 35% and "
        "minimum consolidated net worth of $1,400.0 million. The Company was in compliance "
        "with all covenants at December 31, 2025.", size=10)

    # Note 11 shareholders' equity and EPS
    pdf.heading("Note 11. Shareholders' Equity and Earnings Per Share", 10.5)
    pdf.para(
        f"Common shares outstanding were {h.sh_out[2025]:,} at December 31, 2025 and "
        f"{h.sh_out[2024]:,} at December 31, 2024. During 2025 the Company repurchased "
        f"{h.repo_sh[2025]:,} shares at a total cost of {words_m(h.repo[2025])}, compared with "
        f"{h.repo_sh[2024]:,} shares at a cost of {words_m(h.repo[2024])} in 2024.", size=10,
        key="n11_shares")
    rows = [
        r3("Net income", h.ni, dollar=True),
        Row("Weighted average basic shares (millions)", [f"{h.w_basic[y] / 1e6:.1f}" for y in Y3],
            key="wb"),
        Row("Dilutive effect of share-based awards",
            [f"{(h.w_dil[y] - h.w_basic[y]) / 1e6:.1f}" for y in Y3], indent=1),
        Row("Weighted average diluted shares (millions)", [f"{h.w_dil[y] / 1e6:.1f}" for y in Y3],
            kind="sub", key="wd"),
        Row("Basic earnings per share", [ps(h.eps_b[y]) for y in Y3], dollar=True),
        Row("Diluted earnings per share", [ps(h.eps_d[y]) for y in Y3], dollar=True),
    ]
    pdf.table("n11_eps", "Earnings Per Share", ["2025", "2024", "2023"], rows, unit=UNIT,
              groups=G3)
    rows = []
    for i, yr in enumerate(Y3):
        rows.append(Row(str(yr), [m1(h.oci_pretax[yr]), m1(h.oci_tax[yr]), m1(h.oci[yr]),
                                  m1(h.aoci[yr])], dollar=(i == 0)))
    pdf.table("n11_aoci", "Changes in Accumulated Other Comprehensive Income (Loss)",
              ["Pretax change", "Tax effect", "Net change", "AOCI at year-end"], rows,
              unit=UNIT_M, label_w=60)

    # Note 12-14
    pdf.heading("Note 12. Share-Based Compensation", 10.5)
    pdf.para(
        f"Share-based compensation expense was {words_m(h.sbc[2025])}, {words_m(h.sbc[2024])} "
        f"and {words_m(h.sbc[2023])} in 2025, 2024 and 2023, respectively. At December 31, "
        "2025, unrecognized compensation cost related to unvested awards was $27.8 million, "
        "expected to be recognized over a weighted average period of 1.9 years. Awards are "
        "settled from treasury shares; in 2025 the Company delivered 273,380 shares on vesting "
        "of restricted stock units and performance share units.", size=10, key="n12")
    pdf.heading("Note 13. Employee Benefit Plans", 10.5)
    pdf.para(
        "The Company sponsors a defined contribution 401(k) plan and matches 100% of employee "
        "contributions up to 6% of eligible pay. Matching contributions were $24.9 million in "
        "2025 and $23.1 million in 2024. The Company's frozen defined benefit pension plan was "
        "terminated in 2022 through an annuity purchase.", size=10)
    pdf.heading("Note 14. Commitments and Contingencies", 10.5)
    pdf.para(
        "The Company is involved in legal proceedings arising in the ordinary course of "
        "business, including claim disputes, which are considered in establishing reserves. "
        "In addition, a putative class action filed in 2024 in state court alleges improper "
        "depreciation of labor costs in homeowners claim settlements. The Company believes it "
        "has meritorious defenses and has not accrued any amount for this matter. At December "
        "31, 2025, the Company had unfunded commitments to limited partnerships of "
        "$96.5 million.", size=10, key="n14")
    pdf.heading("Note 15. Quarterly Dividends and Subsequent Events", 10.5)
    pdf.para(
        "On February 18, 2026, the Board declared a quarterly dividend of $0.41 per share "
        "payable March 31, 2026. On January 26, 2026, a winter storm affected our Mid-Atlantic "
        "region; the Company's preliminary estimate of pre-tax catastrophe losses, net of "
        "reinsurance, is $38 million to $46 million.", size=10)


TRI_TEXT = {
    "Personal Auto": "Personal Auto claims are generally reported promptly and most physical "
    "damage claims close within a year; bodily injury claims may remain open for several "
    "years. Reported claim counts for accident year 2025 were 142,380, and IBNR reserves for "
    "the segment represented 31% of its net reserves at December 31, 2025.",
    "Homeowners": "Homeowners claims are short-tailed; most are reported and settled within "
    "eighteen months of the date of loss. Catastrophe claims are identified by event and "
    "tracked separately. Reported claim counts for accident year 2025 were 61,905.",
    "Commercial Property": "Commercial Property claims are generally reported quickly, but "
    "large losses involving business interruption can take longer to settle. Reported claim "
    "counts for accident year 2025 were 9,214.",
    "Specialty Liability": "Specialty Liability claims are long-tailed and are frequently "
    "reported or litigated several years after the accident year. IBNR reserves represented "
    "64% of the segment's net reserves at December 31, 2025. Reported claim counts for "
    "accident year 2025 were 3,877.",
}


def extra_notes(pdf, h):
    pdf.heading("Note 2 (supplement). Realized Gains and Losses and Unrealized Loss Aging", 10.5)
    g_gain = {2025: T(14.9), 2024: T(9.7), 2023: T(6.2)}
    rows = [
        r3("Gross realized gains on sales of fixed maturities", g_gain, dollar=True),
        r3("Gross realized losses on sales of fixed maturities",
           {y: h.r_fm[y] - g_gain[y] for y in Y3}),
        Row("Net realized gains (losses) on fixed maturities", [m1(h.r_fm[y]) for y in Y3],
            kind="sub"),
        r3("Net gains (losses) on equity securities", h.g_eq),
        Row("Net realized and unrealized investment gains (losses)",
            [m1(h.gains[y]) for y in Y3], kind="total", dollar=True),
    ]
    pdf.table("n2b_gains", "Components of Net Realized and Unrealized Investment Gains (Losses)",
              ["2025", "2024", "2023"], rows, unit=UNIT_M, groups=G3)
    lt = {2025: round(h.gul[2025] * 0.83), 2024: round(h.gul[2024] * 0.88)}
    fvl = {2025: round(h.fm[2025] * 0.58), 2024: round(h.fm[2024] * 0.71)}
    fv12 = {2025: round(fvl[2025] * 0.79), 2024: round(fvl[2024] * 0.83)}
    rows = []
    for i, k in enumerate((2025, 2024)):
        rows.append(Row(f"December 31, {k}", [m1(fvl[k] - fv12[k]), m1(h.gul[k] - lt[k]),
                                              m1(fv12[k]), m1(lt[k]), m1(fvl[k]), m1(h.gul[k])],
                        dollar=(i == 0)))
    pdf.table("n2b_aging", "Fixed Maturities in an Unrealized Loss Position",
              ["Fair value", "Unrealized losses", "Fair value", "Unrealized losses",
               "Fair value", "Unrealized losses"], rows, unit=UNIT_M,
              groups=[("Less than 12 months", 2), ("12 months or more", 2), ("Total", 2)],
              label_w=34, size=7.8)
    pdf.heading("Note 4 (supplement). Reinsurance Recoverables by Reinsurer Rating", 10.5)
    wts = [("A++ / A+", 0.46), ("A", 0.34), ("A-", 0.13), ("B++ or lower", 0.04),
           ("Not rated (collateralized)", 0.03)]
    parts = [round(h.recov[2025] * w) for _, w in wts[:-1]]
    parts.append(h.recov[2025] - sum(parts))
    rows = [Row(n, [m1(v), pct(v / h.recov[2025])], dollar=(i == 0))
            for i, ((n, _), v) in enumerate(zip(wts, parts, strict=True))]
    rows.append(Row("Total", [m1(h.recov[2025]), "100.0%"], kind="total", dollar=True))
    pdf.table("n4b_rating", "Reinsurance Recoverables on Unpaid Losses by A.M. Best Rating, "
              "December 31, 2025", ["Amount", "% of total"], rows, unit=UNIT_M, label_w=100)
    pdf.heading("Note 10 (supplement). Fair Value of Debt and Leases", 10.5)
    pdf.para(
        "The fair value of the Company's senior notes, based on quoted market prices (Level 2), "
        f"was {words_m(round(h.debt[2025] * 0.982))} at December 31, 2025 and "
        f"{words_m(round(h.debt[2024] * 0.951))} at December 31, 2024. The Company leases "
        "office space under operating leases with remaining terms of one to nine years. "
        "Operating lease cost was $17.4 million in 2025 and $16.9 million in 2024. Right-of-use "
        "assets of $49.8 million and lease liabilities of $55.3 million are included in other "
        "assets and accrued expenses and other liabilities, respectively.", size=10)
    pdf.heading("Goodwill and intangible assets", 10.5)
    pdf.para(
        "Goodwill of $96.1 million arose from the 2017 acquisition of Sable Harbor Insurance "
        "Company and is assigned to the Commercial Property ($58.7 million) and Specialty "
        "Liability ($37.4 million) segments. Indefinite-lived intangible assets, consisting of "
        "state insurance licenses, were $22.3 million. The Company's annual impairment tests "
        "performed as of October 1, 2025 indicated no impairment.", size=10)
    pdf.heading("Allowance for credit losses on premiums receivable", 10.5)
    rows = [
        Row("Balance at beginning of year", ["8.8", "8.1", "7.9"], dollar=True),
        Row("Provision for expected credit losses", ["6.7", "6.2", "5.4"]),
        Row("Write-offs, net of recoveries", ["(6.1)", "(5.5)", "(5.2)"]),
        Row("Balance at end of year", ["9.4", "8.8", "8.1"], kind="total", dollar=True),
    ]
    pdf.table("n_allow", "Allowance for Credit Losses - Premiums Receivable",
              ["2025", "2024", "2023"], rows, unit=UNIT_M, groups=G3)


def mdna_prior(pdf, h):
    pdf.heading("2024 Compared with 2023", 11)
    pdf.para(
        f"Net income was {words_m(h.ni[2024])} in 2024 compared with {words_m(h.ni[2023])} in "
        f"2023. Net premiums earned increased {pct(h.npe[2024] / h.npe[2023] - 1)} to "
        f"{words_m(h.npe[2024])}. The combined ratio was {pts(h.combined(2024))}% compared with "
        f"{pts(h.combined(2023))}%, as Personal Auto returned to an underwriting profit after "
        "unfavorable prior-year development in 2023 and earned rate increases took effect. "
        f"Catastrophe losses were {words_m(h.cat[2024])} compared with {words_m(h.cat[2023])}, "
        "reflecting an active severe convective storm season. Net investment income increased "
        f"{pct(h.nii[2024] / h.nii[2023] - 1)} to {words_m(h.nii[2024])}.", key="mdna_2024")
    pdf.heading("Premium Trends", 11)
    rows = []
    pif = {"Personal Auto": ("1.8%", "0.9%"), "Homeowners": ("2.4%", "1.6%"),
           "Commercial Property": ("4.1%", "3.3%"), "Specialty Liability": ("5.6%", "6.8%")}
    rate = {"Personal Auto": ("9.6%", "14.2%"), "Homeowners": ("11.2%", "12.5%"),
            "Commercial Property": ("6.4%", "7.8%"), "Specialty Liability": ("8.1%", "7.4%")}
    for s in SEGS:
        g = h.seg[s]["npw"][2025] / h.seg[s]["npw"][2024] - 1
        rows.append(Row(s, [pct(g), rate[s][0], rate[s][1], pif[s][0], pif[s][1]],
                        key=s))
    g = h.npw[2025] / h.npw[2024] - 1
    rows.append(Row("Total", [pct(g), "9.3%", "11.9%", "2.3%", "1.7%"], kind="total"))
    pdf.table("mdna_prem", "Premium Trends by Segment", ["NPW growth 2025", "Avg. rate change "
                                                          "2025", "Avg. rate change 2024",
                                                          "Policies in force growth 2025",
                                                          "Policies in force growth 2024"],
              rows, dollar_col=False, label_w=50)
    pdf.heading("Catastrophe Losses by Segment", 11)
    rows = [Row(s, [m1(h.seg[s]["cat"][y]) for y in Y3], dollar=(i == 0))
            for i, s in enumerate(SEGS) if s != "Specialty Liability"]
    rows.append(Row("Total catastrophe losses", [m1(h.cat[y]) for y in Y3], kind="total",
                    dollar=True))
    rows.append(Row("Impact on consolidated loss ratio (points)",
                    [pts(round(h.cat[y] / h.npe[y], 3)) for y in Y3]))
    pdf.table("mdna_catseg", "Catastrophe Losses, Net of Reinsurance", ["2025", "2024", "2023"],
              rows, unit=UNIT_M, groups=G3)


def quarterly(pdf, h):
    pdf.heading("Note 16. Quarterly Financial Data (Unaudited)", 10.5)
    for yr in (2025, 2024):
        qq = h.q[yr]
        rows = [
            Row("Net premiums earned", [m1(v) for v in qq["npe"]] + [m1(h.npe[yr])],
                dollar=True, key="npe"),
            Row("Net investment income", [m1(v) for v in qq["nii"]] + [m1(h.nii[yr])],
                key="nii"),
            Row("Catastrophe losses", [m1(v) for v in qq["cat"]] + [m1(h.cat[yr])], key="cat"),
            Row("Net income", [m1(v) for v in qq["ni"]] + [m1(h.ni[yr])], dollar=True,
                key="ni"),
            Row("Diluted earnings per share",
                [ps(v / 10 / (h.w_dil[yr] / 1e6)) for v in qq["ni"]] + [ps(h.eps_d[yr])],
                dollar=True, key="eps"),
        ]
        pdf.table(f"n16_q{yr}", f"Quarterly Results, {yr}", ["First", "Second", "Third",
                                                              "Fourth", "Full year"],
                  rows, unit=UNIT, groups=[("Quarter", 4), ("", 1)], label_w=58)
    pdf.para("Quarterly diluted earnings per share may not sum to the full-year amount because "
             "of changes in weighted average shares outstanding.", size=10)


def schedule2(pdf, h):
    pdf.newpage()
    pdf.heading("SCHEDULE II - CONDENSED FINANCIAL INFORMATION OF REGISTRANT (PARENT COMPANY "
                "ONLY)", 10.5)
    oth_a = {2025: T(31.2), 2024: T(28.7)}
    oth_l = {2025: T(48.6), 2024: T(44.1)}
    subs = {k: h.equity[k] + h.debt[k] + oth_l[k] - h.holdco_liquid[k] - oth_a[k]
            for k in (2025, 2024)}
    b = (2025, 2024)
    rows = [
        Row("Cash and investments", [m1(h.holdco_liquid[k]) for k in b], dollar=True),
        Row("Investment in subsidiaries", [m1(subs[k]) for k in b]),
        Row("Other assets", [m1(oth_a[k]) for k in b]),
        Row("Total assets", [m1(h.holdco_liquid[k] + subs[k] + oth_a[k]) for k in b],
            kind="total", dollar=True),
        Row("Debt", [m1(h.debt[k]) for k in b], dollar=True),
        Row("Other liabilities", [m1(oth_l[k]) for k in b]),
        Row("Total liabilities", [m1(h.debt[k] + oth_l[k]) for k in b], kind="sub"),
        Row("Total shareholders' equity", [m1(h.equity[k]) for k in b]),
        Row("Total liabilities and shareholders' equity",
            [m1(h.debt[k] + oth_l[k] + h.equity[k]) for k in b], kind="total", dollar=True),
    ]
    pdf.table("sch2_bs", "Condensed Balance Sheets", ["2025", "2024"], rows, unit=UNIT_M,
              groups=G2, label_w=100)
    inv_inc = {2025: T(9.8), 2024: T(7.6), 2023: T(6.9)}
    hold_exp = {2025: T(22.3), 2024: T(20.8), 2023: T(19.5)}
    div_sub = {2025: h.sub_div[2025], 2024: h.sub_div[2024], 2023: T(120.0)}
    pre = {y: div_sub[y] + inv_inc[y] - h.interest[y] - hold_exp[y] for y in Y3}
    tax_b = {y: round((h.interest[y] + hold_exp[y] - inv_inc[y]) * 0.21) for y in Y3}
    undist = {y: h.ni[y] - pre[y] - tax_b[y] for y in Y3}
    rows = [
        r3("Dividends from subsidiaries", div_sub, dollar=True),
        r3("Net investment income", inv_inc),
        r3("Interest expense", {y: -h.interest[y] for y in Y3}),
        r3("Holding company expenses", {y: -hold_exp[y] for y in Y3}),
        Row("Income before taxes and equity in undistributed earnings",
            [m1(pre[y]) for y in Y3], kind="sub"),
        r3("Income tax benefit", tax_b),
        r3("Equity in undistributed earnings of subsidiaries", undist),
        Row("Net income", [m1(h.ni[y]) for y in Y3], kind="total", dollar=True),
    ]
    pdf.table("sch2_is", "Condensed Statements of Income", ["2025", "2024", "2023"], rows,
              unit=UNIT_M, groups=G3, label_w=100)
    pdf.para("The condensed financial information should be read with the consolidated "
             "financial statements. Investment in subsidiaries is accounted for using the "
             "equity method.", size=10)


# ------------------------------------------------------------------------ back matter
def back_matter(pdf, h):
    pdf.item("Item 9. Changes in and Disagreements with Accountants on Accounting and "
             "Financial Disclosure")
    pdf.para("None.")
    pdf.heading("Item 9A. Controls and Procedures", 12)
    pdf.para(
        "Our Chief Executive Officer and Chief Financial Officer evaluated the effectiveness of "
        "our disclosure controls and procedures as of December 31, 2025 and concluded that "
        "they were effective. Management assessed the effectiveness of our internal control "
        "over financial reporting as of December 31, 2025 using the criteria of the 2013 "
        "Internal Control - Integrated Framework and concluded that it was effective. Our "
        "independent registered public accounting firm has issued an attestation report on "
        "our internal control over financial reporting. There were no changes in internal "
        "control during the fourth quarter of 2025 that materially affected, or are reasonably "
        "likely to materially affect, our internal control over financial reporting.")
    pdf.heading("Item 9B. Other Information", 12)
    pdf.para("During the quarter ended December 31, 2025, no director or officer adopted or "
             "terminated a Rule 10b5-1 trading arrangement.")
    pdf.heading("Item 9C. Disclosure Regarding Foreign Jurisdictions that Prevent Inspections",
                12)
    pdf.para("Not applicable.")
    pdf.item("PART III")
    pdf.heading("Items 10 through 14", 12)
    pdf.para(
        "The information required by Items 10 (Directors, Executive Officers and Corporate "
        "Governance), 11 (Executive Compensation), 12 (Security Ownership of Certain Beneficial "
        "Owners and Management), 13 (Certain Relationships and Related Transactions, and "
        "Director Independence) and 14 (Principal Accountant Fees and Services) is incorporated "
        "by reference to our 2026 proxy statement.")
    pdf.heading("Executive officers of the registrant", 11)
    officers = [("Marguerite T. Ollander", "58", "Chair, President and Chief Executive Officer"),
                ("Desmond R. Farquay", "52", "Executive Vice President and Chief Financial "
                 "Officer"),
                ("Priya N. Castellane", "49", "Executive Vice President, Personal Lines"),
                ("Owen J. Whitcombe", "55", "Executive Vice President, Commercial and "
                 "Specialty"),
                ("Lorna K. Abernathy-Voss", "61", "Senior Vice President and Chief Actuary"),
                ("Theo B. Rasmundsen", "47", "Senior Vice President, General Counsel")]
    for n, a, p in officers:
        pdf.para(f"{n}, age {a} - {p}", size=10, after=1.2)
    pdf.item("PART IV")
    pdf.heading("Item 15. Exhibits and Financial Statement Schedules", 12)
    exhibits = [
        ("3.1", "Amended and Restated Certificate of Incorporation"),
        ("3.2", "Amended and Restated By-laws"),
        ("4.1", "Indenture for senior debt securities, dated March 3, 2014"),
        ("4.2", "Fourth Supplemental Indenture relating to the 6.05% Senior Notes due 2035"),
        ("10.1", "Credit Agreement dated June 14, 2024 for a $250.0 million revolving facility"),
        ("10.2", "2021 Long-Term Incentive Plan, as amended"),
        ("10.3", "Executive Severance Plan"),
        ("21", "Subsidiaries of the registrant"),
        ("23", "Consent of Pellworth & Caine LLP"),
        ("31.1", "Certification of Chief Executive Officer (Rule 13a-14(a))"),
        ("31.2", "Certification of Chief Financial Officer (Rule 13a-14(a))"),
        ("32", "Certifications pursuant to 18 U.S.C. Section 1350"),
        ("101", "Inline XBRL documents"),
    ]
    pdf.heading("Exhibit Index", 10.5)
    for a, b in exhibits:
        pdf.para(f"{a}    {b}", size=10, after=0.8)
    pdf.para("Financial statement schedules: Schedule I - Summary of Investments; Schedule III - "
             "Supplementary Insurance Information; Schedule IV - Reinsurance; Schedule VI - "
             "Supplemental Information Concerning Property and Casualty Insurance Operations. "
             "Other schedules are omitted because they are not applicable.")


def schedules(pdf, h):
    pdf.newpage()
    d = h.fm_detail[2025]
    rows = [Row(cl, [m1(d[cl]["ac"]), m1(d[cl]["fv"]), m1(d[cl]["fv"])], indent=1,
                dollar=(i == 0)) for i, cl in enumerate(h.fm_classes)]
    rows.append(Row("Total fixed maturities", [m1(h.fm_ac[2025]), m1(h.fm[2025]),
                                               m1(h.fm[2025])], kind="sub"))
    eq_cost = h.eq[2025] - 1274
    rows.append(Row("Equity securities", [m1(eq_cost), m1(h.eq[2025]), m1(h.eq[2025])]))
    rows.append(Row("Short-term investments", [m1(h.st[2025])] * 3))
    rows.append(Row("Other invested assets", [m1(h.oia[2025]), "n/a", m1(h.oia[2025])]))
    rows.append(Row("Total investments", [m1(h.fm_ac[2025] + eq_cost + h.st[2025] +
                                             h.oia[2025]), "", m1(h.inv_total[2025])],
                    kind="total", dollar=True))
    pdf.table("sch1", "SCHEDULE I - SUMMARY OF INVESTMENTS - OTHER THAN INVESTMENTS IN RELATED "
              "PARTIES, December 31, 2025", ["Cost or amortized cost", "Fair value",
                                             "Amount shown in balance sheet"],
              rows, unit=UNIT_M, label_w=70)
    for k in (2025, 2024):
        pdf.newpage()
        rows = []
        for i, s in enumerate(SEGS):
            sb, sd = h.seg_bs[k][s], h.seg[s]
            rows.append(Row(s, [m1(sb["dac"]), m1(sb["res"]), m1(sb["upr"]), m1(sd["npe"][k]),
                                m1(sd["loss"][k]), m1(sd["acq"][k]), m1(sd["oth"][k]),
                                m1(sd["npw"][k])], dollar=(i == 0)))
        rows.append(Row("Total", [m1(h.dac[k]), m1(h.gross_res[k]), m1(h.upr[k]), m1(h.npe[k]),
                                  m1(h.loss[k]), m1(h.acq[k]), m1(h.oth[k]), m1(h.npw[k])],
                        kind="total", dollar=True))
        pdf.table(f"sch3_{k}", f"SCHEDULE III - SUPPLEMENTARY INSURANCE INFORMATION, {k}",
                  ["DAC", "Unpaid losses and LAE", "Unearned premiums", "Net premiums earned",
                   "Losses and LAE", "Amortization of DAC", "Other underwriting expenses",
                   "Net premiums written"], rows, unit=UNIT_M, label_w=34, size=7.2)
    pdf.newpage()
    rows = []
    for i, y in enumerate(Y3):
        asm = h.assumed_e[y] / h.npe[y]
        rows.append(Row(str(y), [m1(h.direct_e[y]), m1(h.ceded_e[y]), m1(h.assumed_e[y]),
                                 m1(h.npe[y]), pct(asm)], dollar=(i == 0)))
    pdf.table("sch4", "SCHEDULE IV - REINSURANCE (Premiums Earned)",
              ["Direct amount", "Ceded to other companies", "Assumed from other companies",
               "Net amount", "% of amount assumed to net"], rows, unit=UNIT_M, label_w=30)
    rows = []
    for i, y in enumerate(Y3):
        rows.append(Row(str(y), [m1(h.cyinc[y]), m1(h.pyd[y]), m1(h.paid[y]), m1(h.acq[y]),
                                 m1(h.npw[y])], dollar=(i == 0)))
    pdf.table("sch6", "SCHEDULE VI - SUPPLEMENTAL INFORMATION CONCERNING PROPERTY AND CASUALTY "
              "INSURANCE OPERATIONS", ["Incurred - current year", "Incurred - prior years",
                                       "Paid losses and LAE", "Amortization of DAC",
                                       "Net premiums written"], rows, unit=UNIT_M, label_w=30)


def signatures(pdf):
    pdf.item("SIGNATURES")
    pdf.para(
        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of "
        "1934, the registrant has duly caused this report to be signed on its behalf by the "
        "undersigned, thereunto duly authorized, on February 20, 2026.")
    for n, t in [("Marguerite T. Ollander", "Chair, President and Chief Executive Officer "
                  "(Principal Executive Officer)"),
                 ("Desmond R. Farquay", "Executive Vice President and Chief Financial Officer "
                  "(Principal Financial Officer)"),
                 ("Clarissa D. Ueberroth", "Senior Vice President and Controller (Principal "
                  "Accounting Officer)"),
                 ("Harlan P. Vessey", "Lead Independent Director"),
                 ("Ines M. Carrowbridge", "Director"), ("Kofi A. Brightwater", "Director"),
                 ("Yolanda S. Pemberton-Kay", "Director"), ("Rupert L. Tannehill", "Director")]:
        pdf.para(f"/s/ {n}\n{t}", size=10, after=3)
    for title, who in (("EXHIBIT 31.1 - CERTIFICATION", "Marguerite T. Ollander, Chief "
                        "Executive Officer"),
                       ("EXHIBIT 31.2 - CERTIFICATION", "Desmond R. Farquay, Chief Financial "
                        "Officer")):
        pdf.item(title)
        pdf.para(f"I, {who.split(',')[0]}, certify that:")
        for i, t in enumerate([
            "I have reviewed this annual report on Form 10-K of Halberstow Insurance Group, Inc.;",
            "Based on my knowledge, this report does not contain any untrue statement of a "
            "material fact or omit to state a material fact necessary to make the statements "
            "made, in light of the circumstances under which they were made, not misleading;",
            "Based on my knowledge, the financial statements, and other financial information "
            "included in this report, fairly present in all material respects the financial "
            "condition, results of operations and cash flows of the registrant;",
            "The registrant's other certifying officer and I are responsible for establishing "
            "and maintaining disclosure controls and procedures and internal control over "
            "financial reporting for the registrant;",
            "The registrant's other certifying officer and I have disclosed to the auditors and "
            "the audit committee all significant deficiencies and material weaknesses, and any "
            "fraud involving management or other employees with a significant role in internal "
            "control.",
        ], 1):
            pdf.para(f"{i}. {t}", indent=4)
        pdf.para(f"Date: February 20, 2026\n/s/ {who}")
    pdf.item("EXHIBIT 32 - CERTIFICATION PURSUANT TO 18 U.S.C. SECTION 1350")
    pdf.para(
        "In connection with the Annual Report of Halberstow Insurance Group, Inc. on Form 10-K "
        "for the period ended December 31, 2025, each of the undersigned certifies that, to "
        "his or her knowledge, the report fully complies with the requirements of Section "
        "13(a) or 15(d) of the Securities Exchange Act of 1934 and that the information "
        "contained in the report fairly presents, in all material respects, the financial "
        "condition and results of operations of the Company.")
    pdf.para("/s/ Marguerite T. Ollander, Chief Executive Officer\n/s/ Desmond R. Farquay, "
             "Chief Financial Officer\nFebruary 20, 2026")
