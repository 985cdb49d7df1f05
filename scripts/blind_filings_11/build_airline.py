"""Lays out the Larkspur Air Group 2025 Form 10-K (classic serif house style, amounts in thousands).

Only formats values from ``model_airline``; no figure is typed here.
"""

from __future__ import annotations

from fractions import Fraction as Fr

import model_airline as M
from kit import EM, Doc, Row, Table, num, pct, plain, style_classic

DOC_NAME = "LARKSPURAIR_2025_10K"
Y3 = (2025, 2024, 2023)
Y2 = (2025, 2024)
G3 = [("Year Ended December 31,", 0, 2)]
G2 = [("December 31,", 0, 1)]


def k(v) -> str:
    return num(v)


def mil(v) -> str:
    """Thousands -> '$12.3 million' for prose."""
    return f"${plain(Fr(v, 1000), 1)} million"


def c2(v) -> str:
    return num(v, 2)


def yrs(d, f=k, years=Y3):
    return [f(d[y]) for y in years]


def R(label, vals, **kw) -> Row:
    return Row(label, vals, **kw)


def H(label, indent=0) -> Row:
    return Row(label, [], kind="head", indent=indent)


def fut_cols():
    return [str(y) for y in M.FUT] + ["Thereafter"]


FUTK = (*M.FUT, "after")


TOC_ITEMS = (
    ("PART I", None),
    ("Item 1.", "Business", "i1"),
    ("Item 1A.", "Risk Factors", "i1a"),
    ("Item 1B.", "Unresolved Staff Comments", "i1b"),
    ("Item 1C.", "Cybersecurity", "i1c"),
    ("Item 2.", "Properties", "i2"),
    ("Item 3.", "Legal Proceedings", "i3"),
    ("Item 4.", "Mine Safety Disclosures", "i4"),
    ("PART II", None),
    ("Item 5.", "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases", "i5"),
    ("Item 6.", "[Reserved]", "i6"),
    ("Item 7.", "Management's Discussion and Analysis of Financial Condition and Results of Operations", "i7"),
    ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk", "i7a"),
    ("Item 8.", "Financial Statements and Supplementary Data", "i8"),
    ("Item 9.", "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "i9"),
    ("Item 9A.", "Controls and Procedures", "i9a"),
    ("Item 9B.", "Other Information", "i9b"),
    ("PART III", None),
    ("Items 10-14.", "Directors, Executive Compensation, Ownership, Relationships and Accountant Fees", "i10"),
    ("PART IV", None),
    ("Item 15.", "Exhibits and Financial Statement Schedules", "i15"),
    ("", "Signatures", "sig"),
    ("", "Index to Consolidated Financial Statements", "fidx"),
)


def build(m, toc: dict | None = None) -> Doc:
    st = style_classic("Larkspur Air Group, Inc.  |  2025 Annual Report on Form 10-K")
    d = Doc(st, "Larkspur Air Group, Inc. Form 10-K 2025", M.NAME, "Annual report for fiscal year 2025")
    _cover(d, m)
    _toc(d, toc or {})
    d.running = True
    d.labels("arabic", 1)
    _part1(d, m)
    _part2(d, m)
    _part3_4(d, m)
    d.labels("F", 1)
    _financials(d, m, toc or {})
    _notes(d, m)
    return d


def build_final(m) -> Doc:
    first = build(m)
    toc = {key: first.label_of(key) for key in first.marks}
    second = build(m, toc)
    assert second.page_labels == first.page_labels
    return second


# ---------------------------------------------------------------------------------------------------------------
def _cover(d: Doc, m) -> None:
    d.add_page()
    d.ln(6)
    d.centered("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION", 13, "B")
    d.centered("Washington, D.C. 20549", 10)
    d.ln(8)
    d.centered("FORM 10-K", 18, "B")
    d.ln(6)
    d.set_font(d.st.family, "", 9.5)
    d.multi_cell(
        d.epw,
        12,
        "[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.centered("For the fiscal year ended December 31, 2025", 10, "B")
    d.centered("or", 9)
    d.centered("[  ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", 9)
    d.centered("Commission File Number 001-38714", 9)
    d.ln(10)
    d.centered("LARKSPUR AIR GROUP, INC.", 20, "B")
    d.centered("(Exact name of registrant as specified in its charter)", 8, "I")
    d.ln(6)
    d.centered("Delaware                                                     82-4410937", 10)
    d.centered(
        "(State or other jurisdiction of incorporation)                  (I.R.S. Employer Identification No.)", 7.5, "I"
    )
    d.ln(4)
    d.centered("2150 West Airport Way, Suite 400, Boise, Idaho 83705", 10)
    d.centered("(208) 555-0140", 10)
    d.ln(6)
    d.centered("Securities registered pursuant to Section 12(b) of the Act:", 9, "B")
    d.centered("Common Stock, $0.01 par value  |  Trading symbol: LKSP  |  The Nasdaq Stock Market LLC", 9)
    d.ln(6)
    text = (
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
        "Securities Act. Yes [  ] No [X]. Indicate by check mark whether the registrant (1) has filed all reports "
        "required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding "
        "12 months and (2) has been subject to such filing requirements for the past 90 days. Yes [X] No [  ]. "
        "Large accelerated filer [X]  Accelerated filer [  ]  Non-accelerated filer [  ]  Smaller reporting "
        "company [  ]  Emerging growth company [  ]. Indicate by check mark whether the registrant is a shell "
        "company (as defined in Rule 12b-2 of the Act). Yes [  ] No [X]."
    )
    d.para(text, size=8.5)
    d.para(
        "The aggregate market value of the voting stock held by non-affiliates of the registrant, based on the "
        f"closing price of the common stock on June 30, 2025, was approximately ${plain(M.NONAFFIL_VALUE_MILLIONS)} "
        f"million. As of February 13, 2026, the registrant had {plain(M.SHARES_OUT_FEB)} shares of common stock "
        "outstanding.",
        size=8.5,
    )
    d.para(
        "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its 2026 "
        "annual meeting of stockholders are incorporated by reference into Part III of this Form 10-K.",
        size=8.5,
    )


def _toc(d: Doc, toc: dict) -> None:
    d.add_page()
    d.centered("TABLE OF CONTENTS", 12, "B")
    d.ln(8)
    st = d.st
    for item in TOC_ITEMS:
        if item[1] is None:
            d.ln(4)
            d.set_font(st.family, "B", 10)
            d.cell(d.epw, 14, item[0], align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        no, title, key = item
        d.set_font(st.family, "", 9.5)
        d.cell(62, 13, no)
        d.cell(d.epw - 62 - 40, 13, title)
        d.cell(40, 13, toc.get(key, "?"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(10)
    d.para(
        'Unless the context indicates otherwise, references to "Larkspur," "the Company," "we," "us" and '
        '"our" refer to Larkspur Air Group, Inc. and its consolidated subsidiaries, including Larkspur Air, LLC. '
        "Dollar amounts in tables are in thousands unless otherwise stated; operating statistics are defined in "
        "the glossary within Item 7.",
        size=8.5,
    )
    d.heading("Cautionary Statement Regarding Forward-Looking Statements", 3)
    d.para(
        "This report contains forward-looking statements within the meaning of the Private Securities Litigation "
        "Reform Act of 1995, including statements regarding expected capacity, fleet deliveries, fuel prices, "
        "capital expenditures and liquidity. Actual results may differ materially because of the risks described "
        "in Item 1A. We undertake no obligation to update any forward-looking statement.",
        size=8.5,
    )


# ---------------------------------------------------------------------------------------------------------------
def _part1(d: Doc, m) -> None:
    d.add_page()
    d.centered("PART I", 12, "B")
    d.heading("Item 1. Business", 1, mark="i1")
    d.heading("Overview", 3)
    d.para(
        "Larkspur Air Group, Inc. is the holding company for Larkspur Air, LLC, a regional airline that provides "
        "scheduled passenger and cargo service in the Mountain West and Pacific Northwest. At December 31, 2025, we "
        f"operated a fleet of {m.fleet_total} aircraft serving {M.DESTINATIONS} destinations in {M.STATES_SERVED} "
        "states and two Canadian provinces. We sell our own branded service directly to customers and operate under "
        "a single operating certificate; we do not fly under capacity purchase agreements for other carriers. "
        f"In 2025 we carried {plain(m.stats[2025]['pax'])} thousand passengers on "
        f"{plain(m.stats[2025]['departures'])} departures."
    )
    d.heading("Network", 3)
    d.para(
        "Our network is built around two hubs and one focus city. Our schedule emphasizes frequency in short- and "
        "medium-haul markets where larger carriers offer limited nonstop service. The table below shows peak-day "
        "departures and nonstop destinations from each of our principal airports under our December 2025 schedule."
    )
    d.table(
        Table(
            cols=["Peak-day\ndepartures", "Nonstop\ndestinations"],
            rows=[R(h, [plain(dep), plain(dst)]) for h, dep, dst in M.HUBS],
            title=["Principal Airports"],
            col_w=80,
        )
    )
    d.heading("Fleet", 3)
    rows = []
    for f in m.fleet:
        rows.append(
            R(
                f["type"],
                [plain(f["owned"]), plain(f["leased"]), plain(f["total"]), plain(f["seats"]), num(f["age"], 1)],
                key="fleet_" + f["type"],
            )
        )
    rows.append(
        R(
            "Total",
            [plain(m.fleet_owned), plain(m.fleet_leased), plain(m.fleet_total), "", num(m.fleet_age, 1)],
            kind="total",
            key="fleet_total",
        )
    )
    d.table(
        Table(
            cols=["Owned", "Leased", "Total", "Seats per\naircraft", "Average age\n(years) (1)"],
            rows=rows,
            title=["Operating Fleet at December 31, 2025"],
            col_w=62,
            footnotes=["(1) Fleet average age is weighted by the number of aircraft of each type."],
        )
    )
    orders = sum(M.A220_ORDERS.values())
    sched = ", ".join(f"{n} in {y}" for y, n in M.A220_ORDERS.items())
    d.para(
        f"At December 31, 2025, we had firm orders for {orders} Airbus A220-300 aircraft, scheduled for delivery "
        f"{sched}, and options for {M.A220_OPTIONS} additional A220-300 aircraft. The new aircraft are expected to "
        "replace our remaining De Havilland Dash 8-400 turboprops and support growth in longer markets. Aircraft "
        "purchase commitments are described in Note 9 to the consolidated financial statements."
    )
    d.heading("Human Capital and Labor", 3)
    total_union = sum(r["fte"] for r in m.labor)
    d.para(
        f"At December 31, 2025, we had {plain(M.FTE[2025])} full-time equivalent employees, of whom "
        f"{plain(total_union)} were represented by unions. Collective bargaining in the airline industry is governed "
        "by the Railway Labor Act, under which agreements do not expire but become amendable. The table below "
        "summarizes our represented employee groups."
    )
    rows = [R(f"{r['group']} ({r['union']})", [plain(r["fte"]), r["amendable"]]) for r in m.labor]
    rows.append(R("Non-represented employees", [plain(m.labor_nonunion), EM]))
    rows.append(R("Total full-time equivalent employees", [plain(M.FTE[2025]), ""], kind="total"))
    d.table(Table(cols=["FTEs", "Amendable\ndate"], rows=rows, title=["Employee Groups"], col_w=74))
    d.para(
        "In the third quarter of 2025 our pilots ratified a new five-year collective bargaining agreement that "
        "increased pay scales and improved scheduling provisions. One-time ratification payments of "
        f"{mil(M.RATIFICATION[2025])} were recorded in special items.",
        key="k_ratification",
        evid=f"One-time ratification payments of {mil(M.RATIFICATION[2025])} were recorded in special items.",
    )
    d.heading("Aircraft Fuel", 3)
    d.para(
        "Fuel is our second largest operating expense. We purchase jet fuel under contracts that are generally "
        "priced at market and we hedge a portion of expected consumption with swaps and call options designated as "
        "cash flow hedges. The following table summarizes fuel consumption and cost."
    )
    rows = []
    for y in Y3:
        i, s = m.inc[y], m.stats[y]
        rows.append(
            R(
                str(y),
                [plain(s["gallons"]), "$" + c2(s["fuel_price"]), k(i["fuel"]), pct(Fr(i["fuel"], i["opex"]))],
                key=f"fueltab_{y}",
            )
        )
    d.table(
        Table(
            cols=[
                "Gallons\nconsumed\n(thousands)",
                "Average\nprice per\ngallon",
                "Aircraft fuel\nexpense\n(thousands)",
                "Percent of\noperating\nexpenses",
            ],
            rows=rows,
            title=["Fuel Consumption and Cost"],
            col_w=80,
        )
    )
    d.heading("Loyalty Program", 3)
    d.para(
        "Larkspur Rewards members earn miles on our flights and through purchases with our co-branded credit card "
        "partner. Miles may be redeemed for travel on Larkspur Air and for upgrades. Revenue from the sale of miles "
        "is allocated between travel awards, which are deferred until travel occurs, and marketing services, which "
        "are recognized as miles are delivered to the card partner."
    )
    d.heading("Competition, Regulation and Seasonality", 3)
    d.para(
        "We compete with national network carriers, low-cost carriers and other regional operators on most of our "
        "routes, primarily on price, schedule and customer service. We are subject to regulation by the Department "
        "of Transportation, the Federal Aviation Administration and the Transportation Security Administration. "
        "Demand in our markets is seasonal, with the highest revenue generally in the second and third quarters."
    )

    d.heading("Item 1A. Risk Factors", 1, mark="i1a")
    d.para(
        "An investment in our common stock involves risks. The risks described below could materially and adversely "
        "affect our business, financial condition and results of operations."
    )
    for title, body in _RISKS:
        d.heading(title, 3)
        d.para(body)
    d.heading("Item 1B. Unresolved Staff Comments", 1, mark="i1b")
    d.para("None.")
    d.heading("Item 1C. Cybersecurity", 1, mark="i1c")
    d.para(
        "We maintain a cybersecurity risk management program overseen by the Audit Committee and led by our Chief "
        "Information Security Officer, who reports to our Chief Financial Officer. The program includes threat "
        "monitoring, third-party assessments, incident response planning and annual employee training. We did not "
        "identify any cybersecurity incident in 2025 that materially affected us."
    )
    d.heading("Item 2. Properties", 1, mark="i2")
    d.para(
        "Our principal facilities are listed below. We also lease ticket counters, gates and operations space at "
        "each airport we serve under agreements with the local airport authorities."
    )
    rows = [R(f"{loc} \u2013 {fac}", [plain(sq), own]) for loc, fac, sq, own in M.PROPERTIES]
    d.table(Table(cols=["Square feet", "Ownership"], rows=rows, title=["Principal Facilities"], col_w=96))
    d.heading("Item 3. Legal Proceedings", 1, mark="i3")
    d.para(
        "We are party to routine litigation incidental to our business. Management does not believe that any "
        "pending matter will have a material adverse effect on our financial position or results of operations."
    )
    d.heading("Item 4. Mine Safety Disclosures", 1, mark="i4")
    d.para("Not applicable.")


_RISKS = (
    (
        "The airline industry is highly competitive and price sensitive.",
        "Competitors may add capacity in our markets, reduce fares or launch new service, which could reduce our "
        "yields and load factors. Several competitors have greater financial resources, broader networks and lower "
        "unit costs than we do, and consolidation in the industry could strengthen their positions further.",
    ),
    (
        "Our results are highly sensitive to the price and availability of aircraft fuel.",
        "Fuel prices are volatile and affected by geopolitical events, refinery capacity and regional supply "
        "disruptions. Our hedges cover only part of our expected consumption and may not be effective. We may not be "
        "able to raise fares sufficiently to offset higher fuel costs.",
    ),
    (
        "We depend on a limited number of aircraft and engine manufacturers.",
        "Delays in the delivery of our A220-300 aircraft, supply chain constraints affecting engines or spare parts, "
        "or the grounding of an aircraft type could require us to reduce capacity, extend the use of older aircraft "
        "and incur additional maintenance and lease costs.",
    ),
    (
        "Labor costs are a significant component of our expenses and most of our employees are unionized.",
        "New collective bargaining agreements may increase our costs more than anticipated. Industry-wide pilot and "
        "technician shortages may limit our ability to staff our schedule, and work actions could disrupt operations.",
    ),
    (
        "Our operations are concentrated in a small number of airports.",
        "A large share of our flights originate or terminate at Boise and Sacramento. Adverse weather, air traffic "
        "control constraints, construction or economic weakness in these regions would affect us disproportionately.",
    ),
    (
        "We have significant indebtedness and lease obligations.",
        "Our debt, aircraft lease and purchase commitments require substantial cash payments. Floating-rate debt "
        "exposes us to rising interest rates, and our financing agreements contain covenants that restrict our "
        "flexibility and require us to maintain minimum liquidity.",
    ),
    (
        "Failures of technology systems or cyber incidents could disrupt operations.",
        "We rely on reservation, flight operations, crew scheduling and maintenance systems, many provided by third "
        "parties. An outage, security breach or failed upgrade could cause flight cancellations, loss of revenue, "
        "regulatory penalties and reputational harm.",
    ),
    (
        "Safety incidents could harm our reputation and results.",
        "An accident or serious incident involving our aircraft or another regional carrier could reduce demand, "
        "increase insurance costs and subject us to litigation and regulatory action, even if our insurance covers "
        "direct losses.",
    ),
    (
        "Changes in regulation, taxes and fees could increase our costs.",
        "We are subject to extensive regulation, including rules on consumer protection, pilot training and duty "
        "time, emissions and airport access. New fees, taxes or rules could increase our costs or reduce demand.",
    ),
    (
        "Our loyalty program and co-branded card agreement are important sources of revenue.",
        "A decline in card spending, changes to interchange regulation or the termination of our co-branded card "
        "agreement could reduce cash receipts from the sale of miles and the value of the program to customers.",
    ),
)


# ---------------------------------------------------------------------------------------------------------------
def _part2(d: Doc, m) -> None:
    d.add_page()
    d.centered("PART II", 12, "B")
    d.heading(
        "Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
        "Equity Securities",
        1,
        mark="i5",
    )
    d.para(
        'Our common stock is listed on The Nasdaq Global Select Market under the symbol "LKSP." As of February 13, '
        f"2026, there were {plain(M.HOLDERS_OF_RECORD)} holders of record of our common stock. We have never declared "
        "or paid cash dividends and do not expect to do so in the foreseeable future; our credit agreements limit "
        "our ability to pay dividends."
    )
    d.heading("Issuer Purchases of Equity Securities", 3)
    auth = plain(Fr(M.PROGRAM_AUTH, 1_000_000))
    d.para(
        f"In February 2024, our Board of Directors authorized the repurchase of up to ${auth} million of our common "
        "stock with no expiration date. The following table presents repurchases during the fourth quarter of 2025."
    )
    rows = []
    for i, r in enumerate(m.repo_q4):
        rows.append(
            R(
                r["label"],
                [plain(r["shares"]), "$" + num(r["price"], 2), plain(r["shares"]), "$" + plain(r["remaining"])],
                key=f"repo_{i}",
            )
        )
    tot_d = sum(r["dollars"] for r in m.repo_q4)
    rows.append(
        R(
            "Total",
            [plain(m.repo_q4_shares), "$" + num(Fr(tot_d, m.repo_q4_shares), 2), plain(m.repo_q4_shares), ""],
            kind="total",
            key="repo_total",
        )
    )
    d.table(
        Table(
            cols=[
                "Total number\nof shares\npurchased",
                "Average\nprice paid\nper share",
                "Shares purchased\nas part of publicly\nannounced program",
                "Approximate dollar\nvalue that may yet\nbe purchased",
            ],
            rows=rows,
            col_w=88,
            label_w=d.epw - 4 * 88,
        )
    )
    d.para(
        f"During 2025 we repurchased {plain(m.repo_2025_shares)} shares of our common stock for "
        f"{mil(m.repurchase[2025])}, excluding excise taxes.",
        key="k_repo_year",
    )
    d.heading("Item 6. [Reserved]", 1, mark="i6")

    d.heading(
        "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1, mark="i7"
    )
    d.para(
        "The following discussion should be read with our consolidated financial statements and notes. This section "
        "compares 2025 with 2024; a comparison of 2024 with 2023 is included in Item 7 of our Form 10-K for 2024."
    )
    d.heading("2025 Overview", 3)
    i5, i4 = m.inc[2025], m.inc[2024]
    d.bullets(
        [
            f"Total operating revenues increased {pct(Fr(i5['revenue'], i4['revenue']) - 1)} to "
            f"{mil(i5['revenue'])} on capacity growth of {pct(Fr(M.ASM[2025], M.ASM[2024]) - 1)}.",
            f"Operating income was {mil(i5['op_income'])}, an operating margin of {pct(i5['op_margin'])}.",
            f"Diluted earnings per share were ${num(i5['eps_diluted'], 2)} compared with "
            f"${num(i4['eps_diluted'], 2)} in 2024.",
            f"We took delivery of new aircraft and invested {mil(-m.cf[2025]['capex'])} in capital expenditures.",
        ]
    )
    d.heading("Selected Operating Statistics", 3)
    s = m.stats
    rows = [
        R("Passengers enplaned (thousands)", yrs({y: s[y]["pax"] for y in Y3}), key="st_pax"),
        R("Revenue passenger miles (millions)", yrs({y: s[y]["rpm"] for y in Y3}), key="st_rpm"),
        R("Available seat miles (millions)", yrs({y: s[y]["asm"] for y in Y3}), key="st_asm"),
        R("Passenger load factor", yrs({y: s[y]["lf"] for y in Y3}, pct), key="st_lf"),
        R("Passenger yield (cents)", yrs({y: s[y]["yield"] for y in Y3}, c2), key="st_yield"),
        R("Passenger revenue per ASM (cents)", yrs({y: s[y]["prasm"] for y in Y3}, c2), key="st_prasm"),
        R("Total revenue per ASM (cents)", yrs({y: s[y]["trasm"] for y in Y3}, c2), key="st_trasm"),
        R("Operating cost per ASM (cents)", yrs({y: s[y]["casm"] for y in Y3}, c2), key="st_casm"),
        R(
            "CASM excluding fuel and special items (cents) (1)",
            yrs({y: s[y]["casm_ex"] for y in Y3}, c2),
            key="st_casmex",
        ),
        R("Fuel gallons consumed (thousands)", yrs({y: s[y]["gallons"] for y in Y3}), key="st_gal"),
        R("Average fuel cost per gallon", yrs({y: s[y]["fuel_price"] for y in Y3}, c2), dollar=True, key="st_fuelp"),
        R("Average fare (2)", yrs({y: s[y]["avg_fare"] for y in Y3}, c2), dollar=True, key="st_fare"),
        R("Departures", yrs({y: s[y]["departures"] for y in Y3}), key="st_dep"),
        R("Average stage length (miles)", yrs({y: s[y]["stage"] for y in Y3}), key="st_stage"),
        R("Block hours", yrs({y: s[y]["block_hours"] for y in Y3}), key="st_block"),
        R("Full-time equivalent employees at year end", yrs({y: s[y]["fte"] for y in Y3}), key="st_fte"),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            col_w=66,
            footnotes=[
                '(1) CASM excluding fuel and special items is a non-GAAP measure; see "Non-GAAP Financial Measures" '
                "below.",
                "(2) Passenger revenue divided by passengers enplaned.",
            ],
        )
    )
    d.heading("Results of Operations \u2013 2025 Compared with 2024", 2)
    d.heading("Operating Revenues", 3)
    rows = []
    for key, lab in (("passenger", "Passenger"), ("cargo", "Cargo"), ("other", "Other"), ("total", "Total")):
        a, b = m.rev[2025][key], m.rev[2024][key]
        kind = "total" if key == "total" else "row"
        rows.append(
            R(
                lab if key != "total" else "Total operating revenues",
                [k(a), k(b), k(a - b), pct(Fr(a - b, b))],
                kind=kind,
                dollar=key in ("passenger", "total"),
                key=f"mdrev_{key}",
            )
        )
    d.table(
        Table(
            cols=["2025", "2024", "$ Change", "% Change"],
            groups=[("Year Ended December 31,", 0, 1)],
            rows=rows,
            title=["(in thousands)"],
            col_w=70,
            dollar_cols=(0, 1, 2),
        )
    )
    r5, r4 = m.rev[2025], m.rev[2024]
    d.para(
        f"Passenger revenue increased {mil(r5['passenger'] - r4['passenger'])}, or "
        f"{pct(Fr(r5['passenger'], r4['passenger']) - 1)}, reflecting a "
        f"{pct(Fr(M.ASM[2025], M.ASM[2024]) - 1)} increase in capacity and a passenger load factor of "
        f"{pct(s[2025]['lf'])}. Ancillary fees, principally checked bag and seat selection fees, grew "
        f"{pct(Fr(r5['ancillary'], r4['ancillary']) - 1)}. Cargo revenue increased on higher mail volumes, and other "
        "revenue increased primarily due to higher marketing revenue from our co-branded credit card agreement."
    )
    d.heading("Operating Expenses", 3)
    rows = []
    for key, lab in M.OPEX_LINES:
        a, b = m.inc[2025][key], m.inc[2024][key]
        rows.append(
            R(lab, [k(a), k(b), k(a - b), pct(Fr(a - b, b)) if b else "n/m"], dollar=key == "fuel", key=f"mdopex_{key}")
        )
    a, b = m.inc[2025]["opex"], m.inc[2024]["opex"]
    rows.append(
        R(
            "Total operating expenses",
            [k(a), k(b), k(a - b), pct(Fr(a - b, b))],
            kind="total",
            dollar=True,
            key="mdopex_total",
        )
    )
    d.table(
        Table(
            cols=["2025", "2024", "$ Change", "% Change"],
            groups=[("Year Ended December 31,", 0, 1)],
            rows=rows,
            title=["(in thousands)"],
            col_w=70,
            dollar_cols=(0, 1, 2),
            footnotes=["n/m \u2013 not meaningful."],
        )
    )
    fuel5, fuel4 = m.stats[2025]["fuel_price"], m.stats[2024]["fuel_price"]
    d.para(
        f"Aircraft fuel expense decreased as the average price per gallon fell to ${num(fuel5, 2)} from "
        f"${num(fuel4, 2)}, partially offset by a {pct(Fr(M.GALLONS[2025], M.GALLONS[2024]) - 1)} increase in "
        "gallons consumed. Salaries, wages and benefits increased because of the new pilot agreement, higher "
        "headcount and higher profit sharing. Special items in 2025 consisted of pilot ratification payments; in "
        "2024 they consisted of an impairment of retired Dash 8-400 aircraft and related spare parts."
    )
    d.heading("Nonoperating Items and Income Taxes", 3)
    d.para(
        f"Interest expense increased to {mil(i5['int_expense'])} on higher average debt balances. Our effective "
        f"tax rate was {pct(i5['etr'])} in 2025 compared with {pct(i4['etr'])} in 2024."
    )

    d.heading("Non-GAAP Financial Measures", 2)
    d.para(
        "We present adjusted pre-tax income and CASM excluding fuel and special items because management uses these "
        "measures to evaluate core performance. They should not be considered in isolation from, or as substitutes "
        "for, measures prepared under GAAP."
    )
    rows = [
        R("Income before income taxes (GAAP)", yrs({y: m.inc[y]["pretax"] for y in Y3}), dollar=True, key="ng_pretax"),
        H("Special items:"),
        R("Impairment of retired aircraft and spare parts", yrs(M.IMPAIRMENT), indent=1, key="ng_imp"),
        R("Pilot agreement ratification payments", yrs(M.RATIFICATION), indent=1, key="ng_ratif"),
        R("Adjusted pre-tax income (non-GAAP)", yrs(m.adj_pretax), kind="grand", dollar=True, key="ng_adj"),
        Row("", kind="blank"),
        R("Pre-tax margin (GAAP)", yrs({y: m.inc[y]["pretax_margin"] for y in Y3}, pct), key="ng_margin"),
        R("Adjusted pre-tax margin (non-GAAP)", yrs(m.adj_pretax_margin, pct), key="ng_adjmargin"),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            title=["Reconciliation of Adjusted Pre-Tax Income", "(in thousands)"],
            col_w=70,
        )
    )
    per = {y: Fr(1, M.ASM[y] * 10) for y in Y3}
    rows = [
        R("Total operating expenses (GAAP)", yrs({y: m.inc[y]["opex"] for y in Y3}), dollar=True, key="cx_opex"),
        R("Less: aircraft fuel and related taxes", yrs({y: -m.inc[y]["fuel"] for y in Y3}), key="cx_fuel"),
        R("Less: special items, net", yrs({y: -m.inc[y]["special"] for y in Y3}), key="cx_special"),
        R(
            "Operating expenses excluding fuel and special items",
            yrs({y: s[y]["adj_opex"] for y in Y3}),
            kind="total",
            dollar=True,
            key="cx_adj",
        ),
        R("Available seat miles (millions)", yrs(M.ASM), key="cx_asm"),
        Row("", kind="blank"),
        R("CASM (cents)", yrs({y: s[y]["casm"] for y in Y3}, c2), key="cx_casm"),
        R(
            "Aircraft fuel and related taxes per ASM (cents)",
            yrs({y: -m.inc[y]["fuel"] * per[y] for y in Y3}, c2),
            key="cx_fuelasm",
        ),
        R("Special items per ASM (cents)", yrs({y: -m.inc[y]["special"] * per[y] for y in Y3}, c2), key="cx_spasm"),
        R(
            "CASM excluding fuel and special items (cents)",
            yrs({y: s[y]["casm_ex"] for y in Y3}, c2),
            kind="grand",
            key="cx_casmex",
        ),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            title=["Reconciliation of CASM Excluding Fuel and Special Items", "(in thousands, except per-ASM amounts)"],
            col_w=70,
            footnotes=["Per-ASM amounts may not recalculate exactly due to rounding."],
        )
    )

    d.heading("Liquidity and Capital Resources", 2)
    b5 = m.bal[2025]
    rv = m.revolver
    d.para(
        "Our primary sources of liquidity are cash from operations, cash and short-term investments, aircraft-secured "
        "financing and our revolving credit facility. At December 31, 2025, we had cash and cash equivalents of "
        f"{mil(b5['cash'])} and short-term investments of {mil(b5['sti'])}."
    )
    d.para(
        f"Our {mil(rv['size'])} revolving credit facility matures in 2029. At December 31, 2025, there were no "
        f"borrowings outstanding and {mil(rv['lc'])} of letters of credit had been issued under the facility, "
        f"leaving {mil(rv['available'])} available for borrowing.",
        key="k_revolver",
        evid=f"leaving {mil(rv['available'])} available for borrowing.",
    )
    rows = [
        R("Net cash provided by operating activities", yrs({y: m.cf[y]["ocf"] for y in Y3}), dollar=True, key="md_ocf"),
        R("Net cash used in investing activities", yrs({y: m.cf[y]["icf"] for y in Y3}), key="md_icf"),
        R("Net cash used in financing activities", yrs({y: m.cf[y]["fcf"] for y in Y3}), key="md_fcf"),
        R(
            "Net increase (decrease) in cash and cash equivalents",
            yrs({y: m.cf[y]["net"] for y in Y3}),
            kind="total",
            dollar=True,
            key="md_net",
        ),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            title=["Summary of Cash Flows", "(in thousands)"],
            col_w=70,
        )
    )
    c5, c4 = m.cf[2025], m.cf[2024]
    d.para(
        f"Operating cash flow increased {mil(c5['ocf'] - c4['ocf'])} in 2025, primarily due to higher net income and "
        "growth in advance ticket sales. Investing activities consisted mainly of aircraft purchases, pre-delivery "
        "deposits and net sales of short-term investments. Financing activities reflected new aircraft-secured debt, "
        "scheduled repayments and share repurchases."
    )
    d.para(
        f"Capital expenditures, excluding pre-delivery deposits, were {mil(-c5['capex'])} in 2025. We expect capital "
        f"expenditures of approximately {mil(M.CAPEX_2026_GUIDE)} in 2026, primarily for four A220-300 deliveries, "
        "which we expect to finance in part with secured debt."
    )
    d.heading("Contractual Obligations", 3)
    rows = []
    labels = {
        "debt": "Long-term debt principal",
        "interest": "Interest on long-term debt (1)",
        "leases": "Operating lease payments",
        "aircraft": "Aircraft purchase commitments (2)",
        "other": "Other purchase obligations",
    }
    for key, lab in labels.items():
        v = m.contract[key]
        rows.append(
            R(lab, [k(m.contract_row_total[key])] + [k(v[x]) for x in FUTK], dollar=key == "debt", key=f"co_{key}")
        )
    rows.append(
        R(
            "Total",
            [k(sum(m.contract_total.values()))] + [k(m.contract_total[x]) for x in FUTK],
            kind="grand",
            dollar=True,
            key="co_total",
        )
    )
    d.table(
        Table(
            cols=["Total"] + fut_cols(),
            rows=rows,
            title=["Contractual Obligations at December 31, 2025", "(in thousands)"],
            col_w=50,
            footnotes=[
                "(1) Floating-rate interest is estimated using rates in effect at December 31, 2025.",
                "(2) Includes firm A220-300 aircraft and spare engine commitments, net of pre-delivery deposits paid.",
            ],
        )
    )
    d.heading("Critical Accounting Estimates", 3)
    d.para(
        "Our critical accounting estimates are the estimated selling price of miles in our loyalty program and the "
        "timing of their redemption, breakage on unused tickets within air traffic liability, and the useful lives "
        "and residual values of flight equipment. Changes in these estimates could materially affect revenue, "
        "depreciation and the recoverability of long-lived assets."
    )
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1, mark="i7a")
    d.para(
        f"Aircraft fuel. Based on 2025 consumption of {plain(M.GALLONS[2025])} thousand gallons, a "
        f"{M.FUEL_SENS_CENTS}-cent increase in the average price per gallon would increase annual fuel expense by "
        f"approximately {mil(m.fuel_sens)} before the effect of hedges.",
        key="k_fuelsens",
    )
    d.para(
        f"Interest rates. At December 31, 2025, {mil(M.DEBT_FLOATING[2025] + M.DEBT_TERM[2025])} of our debt bore "
        f"floating interest rates. A {M.RATE_SENS_BP}-basis-point increase in rates on our floating-rate equipment "
        f"notes would increase annual interest expense by approximately {mil(m.rate_sens)}; our term loan is fully "
        "hedged with an interest rate swap."
    )
    d.heading("Item 8. Financial Statements and Supplementary Data", 1, mark="i8")
    d.para("The consolidated financial statements and notes required by this item begin on page F-1.")
    d.heading(
        "Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1, mark="i9"
    )
    d.para("None.")
    d.heading("Item 9A. Controls and Procedures", 1, mark="i9a")
    d.para(
        "Our management, with the participation of our Chief Executive Officer and Chief Financial Officer, concluded "
        "that our disclosure controls and procedures were effective as of December 31, 2025. Management also "
        "concluded that our internal control over financial reporting was effective as of that date based on the "
        "COSO 2013 framework."
    )
    d.heading("Item 9B. Other Information", 1, mark="i9b")
    d.para("During the fourth quarter of 2025, no director or officer adopted or terminated a Rule 10b5-1 plan.")


def _part3_4(d: Doc, m) -> None:
    d.heading("PART III", 1, center=True)
    d.heading("Items 10 through 14.", 2, mark="i10")
    d.para(
        "The information required by Items 10 through 14 is incorporated by reference to our definitive proxy "
        "statement for the 2026 annual meeting of stockholders, to be filed within 120 days after December 31, 2025."
    )
    d.heading("PART IV", 1, center=True)
    d.heading("Item 15. Exhibits and Financial Statement Schedules", 2, mark="i15")
    d.bullets(
        [
            "3.1  Amended and Restated Certificate of Incorporation",
            "4.1  Credit Agreement for the revolving credit facility and term loan, as amended",
            "10.1  A220-300 Purchase Agreement, as amended (portions omitted)",
            "21.1  Subsidiaries of the registrant",
            "23.1  Consent of independent registered public accounting firm",
            "31.1 / 31.2  Section 302 certifications;  32.1  Section 906 certification",
        ]
    )
    d.heading("SIGNATURES", 2, mark="sig")
    d.para(
        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant "
        "has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized, on "
        "February 24, 2026.  LARKSPUR AIR GROUP, INC.  By: /s/ Marisol Quennell, President and Chief Executive "
        "Officer;  /s/ Declan Ashworth-Pryce, Executive Vice President and Chief Financial Officer."
    )


# ---------------------------------------------------------------------------------------------------------------
def _statement_title(name: str, scale: str) -> list:
    return ["LARKSPUR AIR GROUP, INC.", name, scale]


def _financials(d: Doc, m, toc: dict) -> None:
    d.add_page()
    d.mark("fidx")
    d.centered("INDEX TO CONSOLIDATED FINANCIAL STATEMENTS", 11, "B")
    d.ln(6)
    d.set_font(d.st.family, "", 9.5)
    for t, key in (
        ("Report of Independent Registered Public Accounting Firm", "fidx"),
        ("Consolidated Statements of Operations and Comprehensive Income", "f_ops"),
        ("Consolidated Balance Sheets", "f_bs"),
        ("Consolidated Statements of Cash Flows", "f_cf"),
        ("Consolidated Statements of Stockholders' Equity", "f_eq"),
        ("Notes to Consolidated Financial Statements", "f_notes"),
    ):
        d.cell(d.epw - 50, 13, t)
        d.cell(50, 13, toc.get(key, "?"), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.heading("Report of Independent Registered Public Accounting Firm", 2, center=True)
    d.para(
        "To the Stockholders and Board of Directors of Larkspur Air Group, Inc.: We have audited the accompanying "
        "consolidated balance sheets of Larkspur Air Group, Inc. and subsidiaries as of December 31, 2025 and 2024, "
        "the related consolidated statements of operations, comprehensive income, stockholders' equity and cash flows "
        "for each of the three years in the period ended December 31, 2025, and the related notes. In our opinion, "
        "the financial statements present fairly, in all material respects, the financial position of the Company "
        "and the results of its operations and its cash flows in conformity with U.S. generally accepted accounting "
        "principles."
    )
    d.para(
        "Critical audit matter \u2013 loyalty program: the Company estimates the standalone selling price of miles "
        "and expected redemption patterns. Auditing these estimates involved especially subjective judgment. We "
        "tested controls over the estimation process, evaluated historical redemption data and performed "
        "sensitivity analyses.  /s/ Brennan Hale & Whitcombe LLP, Boise, Idaho, February 24, 2026. We have served "
        "as the Company's auditor since 2017."
    )
    # F-2 operations + comprehensive income, closely stacked
    d.add_page()
    d.mark("f_ops")
    i = m.inc
    rows = [
        H("Operating revenues:"),
        R("Passenger", yrs({y: m.rev[y]["passenger"] for y in Y3}), dollar=True, indent=1, key="is_rpassenger"),
        R("Cargo", yrs({y: m.rev[y]["cargo"] for y in Y3}), indent=1, key="is_rcargo"),
        R("Other", yrs({y: m.rev[y]["other"] for y in Y3}), indent=1, key="is_rother"),
        R(
            "Total operating revenues",
            yrs({y: i[y]["revenue"] for y in Y3}),
            kind="total",
            dollar=True,
            key="is_revenue",
        ),
        H("Operating expenses:"),
    ]
    for n, (key, lab) in enumerate(M.OPEX_LINES):
        rows.append(R(lab, yrs({y: i[y][key] for y in Y3}), indent=1, dollar=n == 0, key=f"is_{key}"))
    rows += [
        R("Total operating expenses", yrs({y: i[y]["opex"] for y in Y3}), kind="total", dollar=True, key="is_opex"),
        R("Operating income", yrs({y: i[y]["op_income"] for y in Y3}), kind="total", key="is_opinc"),
        H("Nonoperating income (expense):"),
        R("Interest income", yrs(M.INT_INCOME), indent=1, key="is_intinc"),
        R("Interest expense", yrs({y: -i[y]["int_expense"] for y in Y3}), indent=1, key="is_intexp"),
        R("Other, net", yrs(M.OTHER_NONOP), indent=1, key="is_othernonop"),
        R("Total nonoperating expense, net", yrs({y: i[y]["nonop"] for y in Y3}), kind="total", key="is_nonop"),
        R("Income before income taxes", yrs({y: i[y]["pretax"] for y in Y3}), key="is_pretax"),
        R("Provision for income taxes", yrs({y: i[y]["tax"] for y in Y3}), key="is_tax"),
        R("Net income", yrs({y: i[y]["net_income"] for y in Y3}), kind="grand", dollar=True, key="is_ni"),
        H("Net income per share:"),
        R("Basic", yrs({y: i[y]["eps_basic"] for y in Y3}, c2), dollar=True, indent=1, key="is_epsb"),
        R("Diluted", yrs({y: i[y]["eps_diluted"] for y in Y3}, c2), dollar=True, indent=1, key="is_epsd"),
        H("Weighted average shares outstanding:"),
        R("Basic", yrs({y: i[y]["sh_basic"] for y in Y3}), indent=1, key="is_shb"),
        R("Diluted", yrs({y: i[y]["sh_diluted"] for y in Y3}), indent=1, key="is_shd"),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            col_w=72,
            title=_statement_title("CONSOLIDATED STATEMENTS OF OPERATIONS", "(in thousands, except per share data)"),
        )
    )
    o = m.oci
    rows = [
        R("Net income", yrs({y: i[y]["net_income"] for y in Y3}), dollar=True, key="ci_ni"),
        H("Other comprehensive income (loss):"),
        R(
            "Unrealized gain (loss) on fuel derivative instruments",
            yrs({y: o[y]["pretax"] for y in Y3}),
            indent=1,
            key="ci_pre",
        ),
        R("Income tax (expense) benefit (1)", yrs({y: -o[y]["tax"] for y in Y3}), indent=1, key="ci_tax"),
        R(
            "Other comprehensive income (loss), net of tax",
            yrs({y: o[y]["net"] for y in Y3}),
            kind="total",
            key="ci_net",
        ),
        R(
            "Comprehensive income",
            yrs({y: o[y]["comprehensive"] for y in Y3}),
            kind="grand",
            dollar=True,
            key="ci_total",
        ),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            col_w=72,
            title=["CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", "(in thousands)"],
            footnotes=[
                f"(1) Computed at a combined federal and state rate of {pct(M.OCI_TAX_RATE, 0)}.",
                "See accompanying notes to consolidated financial statements.",
            ],
        )
    )
    # F-3 balance sheets
    d.add_page()
    d.mark("f_bs")
    b = m.bal

    def bs(key, label, **kw):
        return R(label, [k(b[2025][key]), k(b[2024][key])], key="bs_" + key, **kw)

    eq5, eq4 = m.eq[2025], m.eq[2024]
    rows = [
        H("ASSETS"),
        H("Current assets:"),
        bs("cash", "Cash and cash equivalents", dollar=True, indent=1),
        bs("sti", "Short-term investments", indent=1),
        bs("ar", "Accounts receivable, net", indent=1),
        bs("spares", "Aircraft spare parts and supplies, net", indent=1),
        bs("prepaid", "Prepaid expenses and other current assets", indent=1),
        bs("deriv", "Fuel derivative instruments", indent=1),
        bs("current_assets", "Total current assets", kind="total"),
        bs("ppe", "Property and equipment, net", indent=0),
        bs("pdp", "Pre-delivery deposits on flight equipment"),
        bs("rou", "Operating lease right-of-use assets"),
        bs("other_nca", "Other noncurrent assets"),
        bs("assets", "Total assets", kind="grand", dollar=True),
        H("LIABILITIES AND STOCKHOLDERS' EQUITY"),
        H("Current liabilities:"),
        bs("ap", "Accounts payable", dollar=True, indent=1),
        bs("atl", "Air traffic liability", indent=1),
        bs("loy_cur", "Loyalty program deferred revenue", indent=1),
        bs("debt_cur", "Current maturities of long-term debt", indent=1),
        bs("lease_cur", "Current maturities of operating lease liabilities", indent=1),
        bs("salaries", "Accrued salaries, wages and benefits", indent=1),
        bs("other_accr", "Other accrued liabilities", indent=1),
        bs("current_liab", "Total current liabilities", kind="total"),
        bs("debt_lt", "Long-term debt, net of current maturities"),
        bs("lease_nc", "Operating lease liabilities, net of current maturities"),
        bs("loy_nc", "Loyalty program deferred revenue, noncurrent"),
        bs("dtl", "Deferred income taxes"),
        bs("other_ncl", "Other noncurrent liabilities"),
        bs("liab", "Total liabilities", kind="total"),
        R("Commitments and contingencies (Note 9)", []),
        H("Stockholders' equity:"),
        R(
            "Preferred stock, $0.01 par value; 10,000 shares authorized; none issued",
            [num(0), num(0)],
            indent=1,
            key="bs_pref",
        ),
        R(
            f"Common stock, $0.01 par value; 150,000 shares authorized; {plain(eq5['shares'])} and "
            f"{plain(eq4['shares'])} shares issued",
            [k(b[2025]["eq_cs"]), k(b[2024]["eq_cs"])],
            indent=1,
            key="bs_cs",
        ),
        bs("eq_apic", "Additional paid-in capital", indent=1),
        bs("eq_re", "Retained earnings", indent=1),
        bs("eq_aoci", "Accumulated other comprehensive income", indent=1),
        bs("eq_treasury", "Treasury stock, at cost", indent=1),
        bs("equity", "Total stockholders' equity", kind="total"),
        bs("liab_equity", "Total liabilities and stockholders' equity", kind="grand", dollar=True),
    ]
    d.table(
        Table(
            cols=["2025", "2024"],
            groups=G2,
            rows=rows,
            col_w=84,
            title=_statement_title("CONSOLIDATED BALANCE SHEETS", "(in thousands, except share data in thousands)"),
            footnotes=["See accompanying notes to consolidated financial statements."],
        )
    )
    # F-4 / F-5 cash flows (continued across a page)
    d.add_page()
    d.mark("f_cf")
    c = m.cf

    def cf(key, label, **kw):
        return R(label, yrs({y: c[y][key] for y in Y3}), key="cf_" + key, **kw)

    rows = [
        H("Cash flows from operating activities:"),
        cf("ni", "Net income", dollar=True, indent=1),
        H("Adjustments to reconcile net income to net cash provided by operating activities:", indent=1),
        cf("da", "Depreciation and amortization", indent=2),
        cf("sbc", "Stock-based compensation", indent=2),
        cf("deferred_tax", "Deferred income taxes", indent=2),
        cf("impairment", "Impairment of flight equipment and spare parts", indent=2),
        H("Changes in operating assets and liabilities:", indent=1),
        cf("ar", "Accounts receivable, net", indent=2),
        cf("spares", "Aircraft spare parts and supplies", indent=2),
        cf("prepaid", "Prepaid expenses and other current assets", indent=2),
        cf("ap", "Accounts payable", indent=2),
        cf("atl", "Air traffic liability", indent=2),
        cf("loyalty", "Loyalty program deferred revenue", indent=2),
        cf("salaries", "Accrued salaries, wages and benefits", indent=2),
        cf("other_accr", "Other accrued liabilities", indent=2),
        cf("leases", "Operating lease assets and liabilities, net", indent=2),
        cf("other", "Other, net", indent=2),
        cf("ocf", "Net cash provided by operating activities", kind="total"),
        Row("Cash flows from investing activities:", [], kind="head", key="cf_invhead"),
        cf("capex", "Capital expenditures, including aircraft", indent=1),
        cf("pdp", "Pre-delivery deposits on flight equipment, net", indent=1),
        cf("sti_buy", "Purchases of short-term investments", indent=1),
        cf("sti_sell", "Proceeds from sales and maturities of short-term investments", indent=1),
        cf("icf", "Net cash used in investing activities", kind="total"),
        H("Cash flows from financing activities:"),
        cf("debt_in", "Proceeds from issuance of long-term debt", indent=1),
        cf("debt_out", "Repayments of long-term debt", indent=1),
        cf("repo", "Repurchases of common stock", indent=1),
        cf("plan", "Proceeds from stock option exercises and employee stock purchase plan", indent=1),
        cf("withholding", "Tax withholding on vesting of restricted stock units", indent=1),
        cf("fcf", "Net cash used in financing activities", kind="total"),
        cf("net", "Net increase (decrease) in cash and cash equivalents"),
        cf("begin", "Cash and cash equivalents at beginning of year"),
        cf("end", "Cash and cash equivalents at end of year", kind="grand", dollar=True),
        H("Supplemental disclosures:"),
        cf("interest_paid", "Cash paid for interest, net of amounts capitalized", indent=1, dollar=True),
        cf("taxes_paid", "Cash paid for income taxes, net of refunds", indent=1),
        cf("rou_obtained", "Right-of-use assets obtained in exchange for new operating lease liabilities", indent=1),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            col_w=72,
            break_before="cf_invhead",
            title=_statement_title("CONSOLIDATED STATEMENTS OF CASH FLOWS", "(in thousands)"),
            cont_line=1,
            footnotes=["See accompanying notes to consolidated financial statements."],
        )
    )
    # equity statement
    d.add_page()
    d.mark("f_eq")
    rows = []
    for y in Y3[::-1]:
        e0, mv, e1 = m.eq[y - 1], m.eq_moves[y], m.eq[y]
        bal0 = [
            plain(e0["shares"]),
            k(e0["cs"]),
            k(e0["apic"]),
            k(e0["re"]),
            k(e0["aoci"]),
            k(e0["treasury"]),
            k(e0["total"]),
        ]
        if y == 2023:
            rows.append(R(f"Balance at December 31, {y - 1}", bal0, dollar=False, key=f"eq_open_{y}"))
        rows += [
            R("Net income", ["", "", "", k(mv["ni"]), "", "", k(mv["ni"])], indent=1, key=f"eq_ni_{y}"),
            R("Other comprehensive income (loss)", ["", "", "", "", k(mv["oci"]), "", k(mv["oci"])], indent=1),
            R("Stock-based compensation", ["", "", k(mv["sbc"]), "", "", "", k(mv["sbc"])], indent=1),
            R(
                "Issuance under stock plans, net of tax withholding",
                [
                    plain(mv["plan_shares"]),
                    k(mv["plan_cs"]),
                    k(mv["plan_apic"]),
                    "",
                    "",
                    "",
                    k(mv["plan_cs"] + mv["plan_apic"]),
                ],
                indent=1,
            ),
            R(
                "Repurchases of common stock",
                ["", "", "", "", "", k(mv["repo"]), k(mv["repo"])],
                indent=1,
                key=f"eq_repo_{y}",
            ),
            R(
                f"Balance at December 31, {y}",
                [
                    plain(e1["shares"]),
                    k(e1["cs"]),
                    k(e1["apic"]),
                    k(e1["re"]),
                    k(e1["aoci"]),
                    k(e1["treasury"]),
                    k(e1["total"]),
                ],
                kind="total",
                key=f"eq_close_{y}",
            ),
        ]
    d.table(
        Table(
            cols=[
                "Shares",
                "Common\nstock",
                "Additional\npaid-in\ncapital",
                "Retained\nearnings",
                "AOCI",
                "Treasury\nstock",
                "Total",
            ],
            groups=[("Common Stock", 0, 1)],
            rows=rows,
            col_w=55,
            title=_statement_title("CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", "(in thousands)"),
            footnotes=[
                "AOCI \u2013 accumulated other comprehensive income (loss).",
                "See accompanying notes to consolidated financial statements.",
            ],
        )
    )


# ---------------------------------------------------------------------------------------------------------------
def _notes(d: Doc, m) -> None:
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1, center=True)
    d.heading("1. Summary of Significant Accounting Policies", 2, mark="f_notes")
    d.para(
        "Basis of presentation. The consolidated financial statements include the accounts of Larkspur Air Group, "
        "Inc. and its wholly owned subsidiaries. All intercompany transactions have been eliminated. Preparation of "
        "financial statements requires management to make estimates that affect reported amounts; actual results "
        "could differ."
    )
    d.para(
        "Property and equipment is depreciated on a straight-line basis to estimated residual values over 20 to 25 "
        "years for flight equipment, 5 to 10 years for ground equipment and the shorter of the lease term or useful "
        "life for leasehold improvements. Maintenance and repair costs, including engine overhauls, are expensed as "
        "incurred. Fuel derivatives designated as cash flow hedges are recorded at fair value with changes deferred "
        "in accumulated other comprehensive income until the hedged fuel is consumed."
    )
    d.heading("2. Revenue Recognition", 2)
    d.para(
        "Passenger ticket and ancillary revenue is recognized when transportation is provided. Tickets sold but not "
        "yet flown are recorded in air traffic liability. Revenue from the sale of loyalty miles is allocated between "
        "travel awards, deferred until the miles are redeemed and travel occurs, and marketing services, recognized "
        "in other revenue as miles are delivered. Operating revenues disaggregated by type were as follows:"
    )
    rv = m.rev
    rows = [
        R("Passenger tickets", yrs({y: rv[y]["tickets"] for y in Y3}), dollar=True, key="n2_tickets"),
        R("Ancillary fees", yrs({y: rv[y]["ancillary"] for y in Y3}), key="n2_ancillary"),
        R("Loyalty travel awards", yrs({y: rv[y]["awards"] for y in Y3}), key="n2_awards"),
        R("Total passenger revenue", yrs({y: rv[y]["passenger"] for y in Y3}), kind="total", key="n2_passenger"),
        R("Cargo", yrs({y: rv[y]["cargo"] for y in Y3}), key="n2_cargo"),
        R("Loyalty marketing services", yrs({y: rv[y]["marketing"] for y in Y3}), key="n2_marketing"),
        R("Other", yrs({y: rv[y]["misc"] for y in Y3}), key="n2_misc"),
        R("Total operating revenues", yrs({y: rv[y]["total"] for y in Y3}), kind="grand", dollar=True, key="n2_total"),
    ]
    d.table(Table(cols=["2025", "2024", "2023"], groups=G3, rows=rows, title=["(in thousands)"], col_w=72))
    a = m.atl_roll
    rows = [
        R("Balance at beginning of year", yrs({y: a[y]["begin"] for y in Y2}, years=Y2), dollar=True, key="atl_begin"),
        R("Ticket and ancillary sales", yrs({y: a[y]["sales"] for y in Y2}, years=Y2), key="atl_sales"),
        R("Revenue recognized", yrs({y: a[y]["recognized"] for y in Y2}, years=Y2), key="atl_rec"),
        R("Refunds and exchanges", yrs({y: a[y]["refunds"] for y in Y2}, years=Y2), key="atl_refunds"),
        R(
            "Balance at end of year",
            yrs({y: a[y]["end"] for y in Y2}, years=Y2),
            kind="grand",
            dollar=True,
            key="atl_end",
        ),
    ]
    d.table(
        Table(
            cols=["2025", "2024"],
            groups=[("Year Ended December 31,", 0, 1)],
            rows=rows,
            col_w=80,
            title=["Air Traffic Liability", "(in thousands)"],
        )
    )
    d.para(
        f"Of the air traffic liability at December 31, 2024, {mil(M.ATL_FROM_BEGINNING[2025])} was recognized as "
        "passenger revenue during 2025. Substantially all tickets expire within one year of issuance.",
        key="k_atl_begin",
        evid=f"Of the air traffic liability at December 31, 2024, {mil(M.ATL_FROM_BEGINNING[2025])} was recognized "
        "as passenger revenue during 2025.",
    )
    lr = m.loy_roll
    rows = [
        R("Balance at beginning of year", yrs({y: lr[y]["begin"] for y in Y2}, years=Y2), dollar=True, key="loy_begin"),
        R("Miles awarded and sold, deferred", yrs({y: lr[y]["deferred"] for y in Y2}, years=Y2), key="loy_def"),
        R(
            "Travel awards redeemed (passenger revenue)",
            yrs({y: lr[y]["redeemed"] for y in Y2}, years=Y2),
            key="loy_red",
        ),
        R(
            "Balance at end of year",
            yrs({y: lr[y]["end"] for y in Y2}, years=Y2),
            kind="grand",
            dollar=True,
            key="loy_end",
        ),
    ]
    d.table(
        Table(
            cols=["2025", "2024"],
            groups=[("Year Ended December 31,", 0, 1)],
            rows=rows,
            col_w=80,
            title=["Loyalty Program Deferred Revenue (current and noncurrent)", "(in thousands)"],
        )
    )

    d.heading("3. Property and Equipment", 2)
    pc = m.ppe_cats
    rows = [
        R("Flight equipment", yrs({y: pc[y]["flight"] for y in Y2}, years=Y2), dollar=True, key="ppe_flight"),
        R("Rotable spare parts", yrs({y: pc[y]["rotables"] for y in Y2}, years=Y2), key="ppe_rot"),
        R("Ground property and equipment", yrs({y: pc[y]["ground"] for y in Y2}, years=Y2), key="ppe_ground"),
        R("Buildings and leasehold improvements", yrs({y: pc[y]["buildings"] for y in Y2}, years=Y2), key="ppe_bld"),
        R("Construction in progress", yrs({y: pc[y]["cip"] for y in Y2}, years=Y2), key="ppe_cip"),
        R("Total property and equipment, at cost", yrs(m.ppe_gross, years=Y2), kind="total", key="ppe_gross"),
        R("Less: accumulated depreciation", yrs({y: -m.ppe_accum[y] for y in Y2}, years=Y2), key="ppe_accum"),
        R("Property and equipment, net", yrs(m.ppe_net, years=Y2), kind="grand", dollar=True, key="ppe_net"),
    ]
    d.table(Table(cols=["2025", "2024"], groups=G2, rows=rows, col_w=84, title=["(in thousands)"]))
    d.para(
        f"Depreciation expense was {mil(M.OPEX['da'][2025])}, {mil(M.OPEX['da'][2024])} and "
        f"{mil(M.OPEX['da'][2023])} in 2025, 2024 and 2023, respectively. In 2024 we recorded an impairment of "
        f"{mil(M.IMPAIRMENT[2024])} on Dash 8-400 aircraft and related spare parts identified for early retirement."
    )

    d.heading("4. Leases", 2)
    d.para(
        "We lease aircraft, airport facilities, office space and ground equipment under operating leases. Lease "
        "expense for variable payments, principally airport rents based on usage, is recognized as incurred."
    )
    rows = [
        R("Operating lease cost", yrs(M.LEASE_COST["operating"]), dollar=True, key="ls_op"),
        R("Variable lease cost", yrs(M.LEASE_COST["variable"]), key="ls_var"),
        R(
            "Total lease cost",
            yrs({y: M.LEASE_COST["operating"][y] + M.LEASE_COST["variable"][y] for y in Y3}),
            kind="grand",
            dollar=True,
            key="ls_total",
        ),
    ]
    d.table(Table(cols=["2025", "2024", "2023"], groups=G3, rows=rows, col_w=72, title=["(in thousands)"]))
    rows = [
        R(str(y) if y != "after" else "Thereafter", [k(m.lease_pay[y])], dollar=y == 2026, key=f"lm_{y}") for y in FUTK
    ]
    rows += [
        R("Total lease payments", [k(m.lease_total_pay)], kind="total", dollar=True, key="lm_total"),
        R("Less: imputed interest", [k(-m.lease_interest)], key="lm_interest"),
        R("Present value of operating lease liabilities", [k(m.lease_pv)], kind="grand", dollar=True, key="lm_pv"),
    ]
    d.table(
        Table(
            cols=["Operating\nleases"],
            rows=rows,
            col_w=90,
            label_w=250,
            title=["Maturities of Operating Lease Liabilities at December 31, 2025", "(in thousands)"],
        )
    )
    d.para(
        f"At December 31, 2025, the weighted-average remaining lease term was {num(Fr(M.LEASE_TERM_TENTHS, 10), 1)} "
        f"years and the weighted-average discount rate was {num(Fr(M.LEASE_RATE_TENTHS, 10), 1)}%. Cash paid for "
        f"operating lease liabilities was {mil(M.LEASE_CASH_PAID[2025])} in 2025."
    )

    d.heading("5. Long-Term Debt", 2)
    dp = m.debt_parts
    rows = [
        R(
            "Fixed-rate equipment notes, 3.85% to 6.40%, due 2026 to 2037",
            yrs({y: dp[y]["fixed"] for y in Y2}, years=Y2),
            dollar=True,
            key="dt_fixed",
        ),
        R(
            "Floating-rate equipment notes, SOFR plus 1.95% to 2.60%, due 2028 to 2036",
            yrs({y: dp[y]["floating"] for y in Y2}, years=Y2),
            key="dt_float",
        ),
        R("Term loan, SOFR plus 2.25%, due 2028", yrs({y: dp[y]["term"] for y in Y2}, years=Y2), key="dt_term"),
        R("Revolving credit facility, due 2029", yrs({y: dp[y]["revolver"] for y in Y2}, years=Y2), key="dt_rev"),
        R("Total debt", yrs({y: m.debt[y] for y in Y2}, years=Y2), kind="total", key="dt_total"),
        R("Less: current maturities", yrs({y: -m.debt_current[y] for y in Y2}, years=Y2), key="dt_cur"),
        R(
            "Long-term debt, net of current maturities",
            yrs(m.debt_lt, years=Y2),
            kind="grand",
            dollar=True,
            key="dt_lt",
        ),
    ]
    d.table(Table(cols=["2025", "2024"], groups=G2, rows=rows, col_w=80, title=["(in thousands)"]))
    rows = [
        R(str(y) if y != "after" else "Thereafter", [k(m.maturities[y])], dollar=y == 2026, key=f"mt_{y}") for y in FUTK
    ]
    rows.append(R("Total", [k(m.debt[2025])], kind="grand", dollar=True, key="mt_total"))
    d.table(
        Table(
            cols=["Principal"],
            rows=rows,
            col_w=90,
            label_w=250,
            title=["Scheduled Principal Maturities at December 31, 2025", "(in thousands)"],
        )
    )
    rv_ = m.revolver
    d.para(
        f"Our revolving credit facility provides commitments of {mil(rv_['size'])} through 2029, secured by spare "
        f"parts and slots. At December 31, 2025, letters of credit of {mil(rv_['lc'])} were outstanding under the "
        "facility and no amounts had been drawn. Our financing agreements require us to maintain unrestricted "
        f"liquidity of at least {mil(M.MIN_LIQUIDITY_COVENANT)}; we were in compliance at December 31, 2025."
    )

    d.heading("6. Income Taxes", 2)
    t = m.tax
    rows = [
        H("Current:"),
        R("Federal", yrs({y: t[y]["current_fed"] for y in Y3}), dollar=True, indent=1, key="tx_cfed"),
        R("State", yrs({y: t[y]["current_state"] for y in Y3}), indent=1, key="tx_cstate"),
        R("Total current", yrs({y: t[y]["current"] for y in Y3}), kind="total", key="tx_current"),
        H("Deferred:"),
        R("Federal", yrs({y: t[y]["deferred_fed"] for y in Y3}), indent=1, key="tx_dfed"),
        R("State", yrs({y: t[y]["deferred_state"] for y in Y3}), indent=1, key="tx_dstate"),
        R("Total deferred", yrs({y: t[y]["deferred"] for y in Y3}), kind="total", key="tx_deferred"),
        R("Provision for income taxes", yrs({y: t[y]["total"] for y in Y3}), kind="grand", dollar=True, key="tx_total"),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            col_w=72,
            title=["Components of the Provision for Income Taxes", "(in thousands)"],
        )
    )
    rows = [
        R(
            "Income tax at federal statutory rate of 21%",
            yrs({y: t[y]["statutory"] for y in Y3}),
            dollar=True,
            key="rr_stat",
        ),
        R("State income taxes, net of federal benefit", yrs({y: t[y]["state"] for y in Y3}), key="rr_state"),
        R(
            "Nondeductible compensation and other permanent items",
            yrs({y: t[y]["nonded"] for y in Y3}),
            key="rr_nonded",
        ),
        R("Federal tax credits", yrs({y: t[y]["credits"] for y in Y3}), key="rr_credits"),
        R("Other, net", yrs({y: t[y]["other"] for y in Y3}), key="rr_other"),
        R("Provision for income taxes", yrs({y: t[y]["total"] for y in Y3}), kind="grand", dollar=True, key="rr_total"),
        R("Effective tax rate", yrs({y: m.inc[y]["etr"] for y in Y3}, pct), key="rr_etr"),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            col_w=72,
            title=["Reconciliation of the Statutory Rate to the Effective Rate", "(in thousands)"],
        )
    )
    dt = m.dt_parts
    rows = [H("Deferred tax assets:")]
    for n, name in enumerate(M.DTA):
        rows.append(
            R(name, yrs({y: dt[y]["dta"][name] for y in Y2}, years=Y2), indent=1, dollar=n == 0, key=f"dta_{n}")
        )
    rows.append(
        R(
            "Total deferred tax assets",
            yrs({y: dt[y]["dta_total"] for y in Y2}, years=Y2),
            kind="total",
            key="dta_total",
        )
    )
    rows.append(H("Deferred tax liabilities:"))
    for n, name in enumerate(dt[2025]["dtl"]):
        rows.append(R(name, yrs({y: -dt[y]["dtl"][name] for y in Y2}, years=Y2), indent=1, key=f"dtl_{n}"))
    rows.append(
        R(
            "Total deferred tax liabilities",
            yrs({y: -dt[y]["dtl_total"] for y in Y2}, years=Y2),
            kind="total",
            key="dtl_total",
        )
    )
    rows.append(
        R(
            "Net deferred income tax liability",
            yrs({y: -m.dtl[y] for y in Y2}, years=Y2),
            kind="grand",
            dollar=True,
            key="dt_net",
        )
    )
    d.table(
        Table(
            cols=["2025", "2024"],
            groups=G2,
            rows=rows,
            col_w=80,
            title=["Components of Deferred Income Taxes", "(in thousands)"],
        )
    )
    nol = M.DTA["Net operating loss carryforwards"]
    d.para(
        f"The deferred tax asset for net operating loss carryforwards declined to {mil(nol[2025])} from "
        f"{mil(nol[2024])} as carryforwards were utilized against 2025 taxable income. We believe it is more likely "
        "than not that all deferred tax assets will be realized; accordingly, no valuation allowance has been "
        "recorded."
    )

    d.heading("7. Earnings Per Share", 2)
    i = m.inc
    rows = [
        R("Net income", yrs({y: i[y]["net_income"] for y in Y3}), dollar=True, key="eps_ni"),
        R("Weighted average basic shares outstanding", yrs(M.SH_BASIC), key="eps_shb"),
        R("Dilutive effect of stock awards", yrs(M.SH_DILUTIVE), key="eps_dil"),
        R(
            "Weighted average diluted shares outstanding",
            yrs({y: i[y]["sh_diluted"] for y in Y3}),
            kind="total",
            key="eps_shd",
        ),
        R("Basic earnings per share", yrs({y: i[y]["eps_basic"] for y in Y3}, c2), dollar=True, key="eps_b"),
        R("Diluted earnings per share", yrs({y: i[y]["eps_diluted"] for y in Y3}, c2), dollar=True, key="eps_d"),
    ]
    d.table(
        Table(
            cols=["2025", "2024", "2023"],
            groups=G3,
            rows=rows,
            col_w=72,
            title=["(in thousands, except per share data)"],
        )
    )
    d.para(
        "Stock awards of "
        + ", ".join(f"{plain(M.SH_ANTIDILUTIVE[y])} thousand" for y in Y3)
        + " shares for 2025, 2024 and 2023, respectively, were excluded from diluted shares because their effect "
        "would have been anti-dilutive.",
        key="k_antidil",
    )

    d.heading("8. Stock-Based Compensation", 2)
    d.para(
        "Our 2021 Equity Incentive Plan provides for grants of restricted stock units (RSUs), performance share "
        "units and stock options to employees and directors. Stock-based compensation expense was "
        f"{mil(M.SBC[2025])}, {mil(M.SBC[2024])} and {mil(M.SBC[2023])} in 2025, 2024 and 2023, with related income "
        f"tax benefits of {mil(M.SBC_TAX_BENEFIT[2025])}, {mil(M.SBC_TAX_BENEFIT[2024])} and "
        f"{mil(M.SBC_TAX_BENEFIT[2023])}, respectively."
    )
    rs = m.rsu
    rows = [
        R("Unvested at December 31, 2024", [plain(rs["begin"][0]), c2(rs["begin"][1])], key="rsu_begin"),
        R("Granted", [plain(rs["granted"][0]), c2(rs["granted"][1])], key="rsu_granted"),
        R("Vested", [num(rs["vested"][0]), c2(rs["vested"][1])], key="rsu_vested"),
        R("Forfeited", [num(rs["forfeited"][0]), c2(rs["forfeited"][1])], key="rsu_forfeited"),
        R("Unvested at December 31, 2025", [plain(rs["end"][0]), c2(rs["end"][1])], kind="total", key="rsu_end"),
    ]
    d.table(
        Table(
            cols=["Units\n(thousands)", "Weighted-average\ngrant-date\nfair value ($)"],
            rows=rows,
            col_w=96,
            label_w=220,
            title=["Restricted Stock Unit Activity"],
        )
    )
    d.para(
        "At December 31, 2025, unrecognized compensation cost related to unvested RSUs was "
        f"{mil(M.UNRECOGNIZED_SBC)}, which is expected to be recognized over a weighted-average period of "
        f"{num(Fr(M.UNRECOGNIZED_YEARS_TENTHS, 10), 1)} years.",
        key="k_unrec",
    )

    d.heading("9. Commitments and Contingencies", 2)
    d.para(
        f"Aircraft purchase commitments. We have firm orders for {sum(M.A220_ORDERS.values())} Airbus A220-300 "
        "aircraft and related spare engines. Committed expenditures, net of pre-delivery deposits already paid, are "
        "scheduled as follows:"
    )
    ac = m.contract["aircraft"]
    rows = [R(str(y) if y != "after" else "Thereafter", [k(ac[y])], dollar=y == 2026, key=f"ac_{y}") for y in FUTK]
    rows.append(R("Total", [k(m.contract_row_total["aircraft"])], kind="grand", dollar=True, key="ac_total"))
    d.table(
        Table(
            cols=["Aircraft\ncommitments"],
            rows=rows,
            col_w=90,
            label_w=250,
            title=["Aircraft Purchase Commitments at December 31, 2025", "(in thousands)"],
        )
    )
    d.para(
        "Litigation. We are subject to various legal proceedings arising in the ordinary course of business. We do "
        "not believe the ultimate resolution of these matters will have a material effect on our financial position, "
        "results of operations or liquidity. Environmental and guarantee obligations were not material at December "
        "31, 2025."
    )
