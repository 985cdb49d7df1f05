"""Typesets the Briskwater Petroleum Corp. 2025 Form 10-K from model_briskwater."""

from fractions import Fraction as F

import model_briskwater as mb
from fmt import money, num, pct, rnd
from layout import Doc, R

Y = mb.Y
DA, OS = mb.AREAS
U = "(in thousands, except per share data)"
ITEM5 = "Item 5. Market for Registrant's Common Equity and Related Stockholder Matters"
ITEM7 = "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"
ITEM7A = "Item 7A. Quantitative and Qualitative Disclosures About Market Risk"


def build():
    d, m = _build(None)
    return _build(d.sections)


def _build(sections):
    m = mb.build()
    mb.check(m)
    d = Doc(
        "briskwater",
        "BRISKWATER PETROLEUM CORP.  |  FORM 10-K  |  FISCAL YEAR ENDED DECEMBER 31, 2025",
        "Briskwater Petroleum Corp. 2025 Annual Report",
    )
    v = d.v
    IS, BS, CF, P = m["IS"], m["BS"], m["CF"], m["prod"]
    H3 = [[("Year Ended December 31,", 3)], [(str(y), 1) for y in Y]]
    H2 = [[("December 31,", 2)], [("2025", 1), ("2024", 1)]]
    H2y = [[("Year Ended December 31,", 2)], [("2025", 1), ("2024", 1)]]

    def row3(label, pre, key, src, fmt=num, years=Y, **kw):
        return R(label, [v(f"{pre}.{key}.{y}", fmt(src[y][key])) for y in years], **kw)

    # ---------------- cover ----------------
    d.add_page()
    d.set_font("H", "B", 11)
    d.cell(d.usable, 6, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(d.usable, 6, "NATIONAL SECURITIES AND MARKETS BOARD", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("H", "", 9)
    d.cell(d.usable, 5, "Halvern City, Commonwealth of Ostrava 20410", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("H", "B", 22)
    d.cell(d.usable, 11, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(
        "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES MARKETS ACT\n"
        "For the fiscal year ended December 31, 2025",
        align="C",
    )
    d.para(
        "[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES MARKETS ACT\n"
        "Commission File Number 004-71862",
        align="C",
    )
    d.ln(4)
    d.set_font("H", "B", 20)
    d.set_text_color(*d.st["accent"])
    d.cell(d.usable, 10, "BRISKWATER PETROLEUM CORP.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("H", "I", 9)
    d.cell(
        d.usable, 5, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.ln(4)
    d.para(
        "Incorporated in the State of Vennmark  |  Employer Identification No. 58-4417206\n"
        "1900 Tallgrass Plaza, Suite 2400, Corvallen, Vennmark 77160  |  (512) 555-0148",
        align="C",
    )
    d.para(
        "Securities registered pursuant to Section 12(b) of the Act: Common Stock, par value $0.01 per share, "
        "trading symbol BRKW, listed on the Meridian Stock Exchange.",
        align="C",
    )
    d.para(
        "Indicate by check mark whether the registrant is a well-known seasoned issuer. Yes [X] No [ ]. "
        "Indicate by check mark whether the registrant is a large accelerated filer. Yes [X] No [ ]. "
        "Indicate by check mark whether the registrant is a shell company. Yes [ ] No [X]."
    )
    d.para(
        "The aggregate market value of the common stock held by non-affiliates of the registrant at June 30, "
        "2025, computed by reference to the closing price on that date, was approximately $3.6 billion. "
        f"As of December 31, 2025, {v('cover.shares_out', num(m['shares_out'][2025]))} thousand shares of "
        "common stock were outstanding."
    )
    d.para(
        "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the definitive proxy statement for the 2026 "
        "annual meeting of stockholders are incorporated by reference into Part III.",
        italic=True,
    )

    # ---------------- TOC ----------------
    d.numbering = ""
    d.add_page()
    d.heading("TABLE OF CONTENTS")
    toc = [
        ("PART I", None),
        ("Item 1. Business", "Item 1. Business"),
        ("Item 1A. Risk Factors", "Item 1A. Risk Factors"),
        ("Item 1C. Cybersecurity", "Item 1C. Cybersecurity"),
        ("Item 2. Properties", "Item 2. Properties"),
        ("Item 3. Legal Proceedings", "Item 3. Legal Proceedings"),
        ("PART II", None),
        ("Item 5. Market for Registrant's Common Equity", ITEM5),
        ("Item 7. Management's Discussion and Analysis", ITEM7),
        ("Item 7A. Market Risk", ITEM7A),
        ("Item 8. Financial Statements and Supplementary Data", "Item 8. Financial Statements and Supplementary Data"),
        ("Notes to Consolidated Financial Statements", "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"),
        ("Item 9A. Controls and Procedures", "Item 9A. Controls and Procedures"),
        ("PART III and PART IV", "Part III and Part IV"),
        ("Signatures", "Signatures"),
    ]
    toc = [(t, (sections or {}).get(k, "") if k else "") for t, k in toc]
    for t, pg in toc:
        d.set_font("H", "B" if t.startswith("PART") and "IV" not in t else "", 9.5)
        d.cell(d.usable - 20, 6, t)
        d.cell(20, 6, pg, align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.heading("Glossary of Selected Terms", 2)
    gl = [
        ("Bbl", "One stock tank barrel, or 42 U.S. gallons, of crude oil or other liquid hydrocarbons."),
        ("Boe", "Barrel of oil equivalent; natural gas is converted at six Mcf to one Bbl."),
        ("MBbl / MBoe", "One thousand barrels / one thousand barrels of oil equivalent."),
        ("Mcf / MMcf", "One thousand / one million cubic feet of natural gas."),
        ("NGL", "Natural gas liquids separated from the gas stream at processing plants."),
        ("PUD", "Proved undeveloped reserves, expected to be recovered from new wells on undrilled acreage."),
        (
            "Standardized measure",
            "Discounted future net cash flows from proved reserves at 10% per year, "
            "after estimated future income taxes.",
        ),
    ]
    for a, b in gl:
        d.para(f"{a}: {b}", indent=2)

    # ---------------- Item 1 ----------------
    d.add_page()
    d.heading("PART I")
    d.heading("Item 1. Business", 2)
    d.para(
        'Briskwater Petroleum Corp. ("Briskwater," the "Company," "we" or "us") is an independent '
        "company engaged in the acquisition, exploration, development and production of crude oil, natural "
        "gas liquids and natural gas. Our operations are concentrated in two operating areas: the Delmarre "
        "Basin, an oil-weighted onshore basin where we run a continuous horizontal drilling program, and the "
        "Orlan Shelf, a gas-weighted shallow-water and coastal area with long-lived conventional reservoirs. "
        "We operate approximately 91% of our production and hold a working interest in every well we operate."
    )
    r = m["res"]
    d.para(
        f"At December 31, 2025, our estimated proved reserves were {v('p.res_end_boe', num(r['boe']['end']))} "
        f"MBoe, of which {v('p.pd_share', pct(r['boe']['pd'] / r['boe']['end']))} were proved developed. "
        f"Total production in 2025 averaged {v('p.boed.2025', num(rnd(m['per_day'][('total', 2025)]['boe'])))} "
        "Boe per day, and oil represented the largest share of both our volumes and our revenues."
    )
    d.heading("Operating Areas", 3)
    d.para(
        "Delmarre Basin. Our Delmarre position sits on the eastern flank of the basin, where the Upper Kessing "
        "and Lower Kessing intervals are stacked within roughly 900 feet of each other. We develop the "
        "acreage from multi-well pads with laterals averaging 10,400 feet, and we own gathering lines and "
        "water-handling infrastructure serving most of our operated wells."
    )
    d.para(
        "Orlan Shelf. Our Orlan Shelf properties consist of producing fields in state waters and the adjoining "
        "coastal parishes of the Orlan district. Production is predominantly natural gas with associated "
        "condensate. Activity centers on recompletions, sidetracks and a small number of new wells each year."
    )
    ac = mb.ACREAGE
    rows = []
    for a in mb.AREAS:
        key = "dab" if a == DA else "ors"
        rows.append(R(a, [v(f"acre.{key}.{j}", num(ac[a][j])) for j in range(4)]))
    tot = [sum(ac[a][j] for a in mb.AREAS) for j in range(4)]
    rows.append(R("Total", [v(f"acre.total.{j}", num(tot[j])) for j in range(4)], bold=True, total="double"))
    d.table(
        "Acreage at December 31, 2025",
        [[("Developed", 2), ("Undeveloped", 2)], [("Gross", 1), ("Net", 1), ("Gross", 1), ("Net", 1)]],
        rows,
    )
    w = mb.WELLS
    rows = [
        R(a, [v(f"wells.{a[:3].lower()}.g", str(w[a][0])), v(f"wells.{a[:3].lower()}.n", num(F(w[a][1], 10), 1))])
        for a in mb.AREAS
    ]
    rows.append(
        R(
            "Total",
            [v("wells.total.g", str(m["wells_total"][0])), v("wells.total.n", num(F(m["wells_total"][1], 10), 1))],
            bold=True,
            total="single",
        )
    )
    d.table(
        "Development Wells Drilled and Completed in 2025",
        [[("Gross", 1), ("Net", 1)]],
        rows,
        note="All development wells drilled in 2025 were completed as productive wells; no exploratory "
        "dry holes were recorded during the year.",
    )
    d.add_page()
    d.heading("Proved Reserves", 3)
    d.para(
        "Our proved reserves are estimated by our internal reservoir engineering staff and audited by Pellam "
        "& Okafor Petroleum Consultants, an independent engineering firm. Estimates use the unweighted "
        "average first-day-of-the-month prices for the prior twelve months, held flat, and current costs."
    )
    names = {"oil": "Oil (MBbl)", "ngl": "NGL (MBbl)", "gas": "Natural gas (MMcf)"}
    rows = []
    for j, pr in enumerate(("oil", "ngl", "gas")):
        rows.append(
            R(
                names[pr],
                [
                    v(f"res1.pd.{pr}", num(r["pd"][j])),
                    v(f"res1.pud.{pr}", num(r["pud"][j])),
                    v(f"res1.end.{pr}", num(r["end"][j])),
                ],
            )
        )
    rows.append(
        R(
            "Total (MBoe)",
            [
                v("res1.pd.boe", num(r["boe"]["pd"])),
                v("res1.pud.boe", num(r["boe"]["pud"])),
                v("res1.end.boe", num(r["boe"]["end"])),
            ],
            bold=True,
            total="single",
        )
    )
    d.table(
        "Estimated Proved Reserves at December 31, 2025",
        [[("Proved", 1), ("Proved", 1), ("Total", 1)], [("Developed", 1), ("Undeveloped", 1), ("Proved", 1)]],
        rows,
    )
    labels = dict(
        begin="Balance, December 31, 2024",
        revisions="Revisions of previous estimates",
        extensions="Extensions and discoveries",
        purchases="Purchases of minerals in place",
        sales="Sales of minerals in place",
        production="Production",
        end="Balance, December 31, 2025",
    )
    rows = [
        R(labels[k] + ("(1)" if k == "revisions" else ""), [v(f"res1.rf.{k}", num(r["boe"][k]))], bold=k == "begin")
        for k in r["keys"]
    ]
    rows.append(R(labels["end"], [v("res1.rf.end", num(r["boe"]["end"]))], bold=True, total="double"))
    d.table(
        "Changes in Total Proved Reserves (MBoe)",
        [[("2025", 1)]],
        rows,
        label_w=110,
        note="(1) Net downward revisions of Orlan Shelf natural gas reserves reflected lower twelve-month "
        "average gas prices, partly offset by positive performance revisions in the Delmarre Basin.",
    )
    d.para(
        f"Extensions and discoveries of {v('p.ext_boe', num(r['boe']['extensions']))} MBoe resulted primarily "
        "from successful wells on the Lower Kessing interval that moved offsetting locations into the proved "
        "undeveloped category. We sold non-core Orlan Shelf fields during the third quarter of 2025."
    )
    d.heading("Marketing and Customers", 3)
    d.para(
        "We sell our oil at the lease under contracts priced off regional posted benchmarks with quality and "
        "location differentials. Natural gas and NGLs are sold to midstream purchasers under percentage-of-"
        "proceeds and fee-based arrangements. Two purchasers each accounted for more than 10% of our revenue "
        "in 2025; we believe alternative purchasers are readily available in both of our operating areas."
    )
    d.heading("Competition", 3)
    d.para(
        "The oil and gas industry is highly competitive. We compete with major integrated companies, national "
        "companies and many independents for acreage, drilling rigs, pressure-pumping crews, equipment, "
        "and skilled personnel. Many of our competitors have greater financial resources than we do."
    )
    d.heading("Regulation", 3)
    d.para(
        "Our operations are regulated by the Vennmark Energy Conservation Board, the Orlan Coastal Resources "
        "Commission and several federal agencies. These bodies issue drilling permits, set well spacing and "
        "production allowables, and impose requirements for plugging, abandonment and site restoration. "
        "Environmental rules cover air emissions, including methane, water handling and waste disposal. "
        "Compliance costs are significant and are included in our operating expenses and capital budget."
    )
    d.para(
        "Hydraulic fracturing is regulated primarily at the state level. Vennmark requires public disclosure "
        "of the chemical additives used in each completion. Changes to these rules could increase our costs "
        "or delay our development program, although we cannot predict the nature or timing of any change."
    )
    d.heading("Human Capital", 3)
    d.para(
        f"At December 31, 2025, we had {mb.EMPLOYEES} full-time employees, none of whom are represented by a "
        "labor union. We emphasize field safety, technical training and a compensation program that ties a "
        "portion of every employee's annual bonus to safety, emissions intensity and cost targets."
    )

    # ---------------- Item 1A ----------------
    d.add_page()
    d.heading("Item 1A. Risk Factors", 2)
    risks = [
        (
            "Commodity prices are volatile, and a sustained decline would reduce our revenue, cash flow and "
            "borrowing base.",
            "Our revenue depends on prices for oil, NGLs and natural gas that move with global "
            "supply, demand, storage levels, producer-country policy and weather. Lower prices reduce the amount of "
            "oil and gas we can produce economically and may lead to downward reserve revisions and impairments.",
        ),
        (
            "Our reserve estimates depend on assumptions that may prove inaccurate.",
            "Reserve engineering is a "
            "subjective process of estimating underground accumulations that cannot be measured exactly. Actual "
            "production, revenues, costs and taxes will vary from our estimates, and the variance may be material.",
        ),
        (
            "We may not be able to replace our reserves.",
            "Unless we conduct successful development and "
            "exploration activities or acquire properties containing proved reserves, our proved reserves will "
            "decline as they are produced. Our future production therefore depends on our capital program.",
        ),
        (
            "Our hedging activities may limit the benefit of price increases and expose us to counterparty risk.",
            "We use swaps and collars to reduce exposure to price declines. These instruments may cap the prices we "
            "realize and could result in losses if a counterparty fails to perform.",
        ),
        (
            "Our indebtedness could restrict our operations.",
            "Our revolving credit facility and the indentures "
            "governing our senior notes contain covenants that limit our ability to incur additional debt, pay "
            "dividends, sell assets and make investments. The borrowing base is redetermined twice a year.",
        ),
        (
            "Our Orlan Shelf operations are exposed to coastal weather.",
            "Tropical storms may cause shut-ins, "
            "damage facilities and increase insurance costs. Our insurance does not cover every loss.",
        ),
        (
            "Climate-related legislation could increase our costs and reduce demand for our products.",
            "Regulators have adopted and may adopt further rules on methane emissions and greenhouse-gas reporting. "
            "Such rules, and shifts in consumer preferences, could reduce demand for the products we sell.",
        ),
        (
            "Cyber incidents could disrupt our operations.",
            "We depend on digital systems to monitor wells, "
            "operate gathering systems and process transactions. A breach could interrupt production or expose "
            "confidential data.",
        ),
        (
            "The loss of key personnel could adversely affect our business.",
            "Our success depends on a small "
            "group of executives and technical professionals, and competition for experienced staff is intense.",
        ),
        (
            "Market conditions could limit our access to capital.",
            "If credit markets tighten, we may be unable "
            "to refinance maturing debt on acceptable terms, and our capital program could be reduced.",
        ),
    ]
    for head, body in risks:
        d.para(head, italic=True)
        d.para(
            body + " These factors are largely outside our control, and we cannot predict how they will "
            "develop or how long any period of adverse conditions might last."
        )
    d.heading("Item 1B. Unresolved Staff Comments", 2)
    d.para("None.")
    d.heading("Item 1C. Cybersecurity", 2)
    d.para(
        "Our information security program is overseen by the audit committee of our board and led by our "
        "director of information technology. We assess risks annually with the help of an outside firm, "
        "segment field control networks from business systems, and test our incident response plan each year."
    )
    d.heading("Item 2. Properties", 2)
    d.para(
        "The information on our acreage, wells and proved reserves in Item 1 is incorporated here by "
        "reference. Our headquarters lease in Corvallen, Vennmark covers approximately 96,000 square feet and "
        "expires in 2031. We also lease a field office in each operating area."
    )
    d.heading("Item 3. Legal Proceedings", 2)
    d.para(
        "From time to time we are party to lawsuits arising in the ordinary course of business, including "
        "royalty and contract disputes. We do not expect any pending matter to have a material adverse "
        "effect on our financial position, results of operations or liquidity."
    )
    d.heading("Item 4. Mine Safety Disclosures", 2)
    d.para("Not applicable.")

    # ---------------- Part II ----------------
    d.add_page()
    d.heading("PART II")
    d.heading(ITEM5, 2)
    d.para(
        f"Our common stock trades on the Meridian Stock Exchange under the symbol BRKW. In 2025 our board "
        f"declared quarterly dividends totaling {v('p.dps.2025', money(mb.DIV_PER_SHARE[2025]))} per share, "
        f"compared with {v('p.dps.2024', money(mb.DIV_PER_SHARE[2024]))} per share in 2024. During 2025 we "
        f"repurchased {v('p.buyback_sh', num(mb.BUYBACK_SHARES))} thousand shares for "
        f"${v('p.buyback_amt', num(mb.BUYBACK))} thousand under our share repurchase program."
    )
    d.para(
        "The declaration and amount of future dividends are at the discretion of our board and will depend on "
        "our financial condition, results of operations, capital requirements and the restrictions in our "
        "debt agreements. Item 6 is reserved."
    )

    # ---------------- Item 7 ----------------
    d.add_page()
    d.heading(ITEM7, 2)
    d.para(
        "The following discussion should be read together with our consolidated financial statements and the "
        "notes to those statements in Item 8. It contains forward-looking statements that involve risks and "
        "uncertainties; actual results may differ materially. A comparison of 2024 with 2023 appears in our "
        "Annual Report on Form 10-K for 2024."
    )
    d.heading("2025 Overview", 3)
    i25, i24 = IS[2025], IS[2024]
    d.para(
        f"Net income for 2025 was ${v('p.ni.2025', num(i25['ni']))} thousand, or "
        f"{v('p.eps.2025', money(i25['eps_diluted']))} per diluted share, compared with "
        f"${v('p.ni.2024', num(i24['ni']))} thousand in 2024. Total revenues rose "
        f"{v('p.revgrowth', pct(F(i25['revenue'], i24['revenue']) - 1))} as higher oil volumes from the "
        "Delmarre Basin and stronger natural gas prices more than offset a lower realized oil price. Our "
        "capital program, excluding exploration expense, totaled "
        f"${v('p.capex.2025', num(m['capex'][('total', 2025)]['total']))} thousand."
    )
    d.add_page()
    d.heading("Production", 3)
    hdr = [[("Year Ended December 31,", 3)], [(str(y), 1) for y in Y]]
    rows = []
    for a in mb.AREAS + ("total",):
        k = "dab" if a == DA else ("ors" if a == OS else "tot")
        rows.append(R(a if a != "total" else "Total company", None, section=True, bold=True))
        for pr, lab in (
            ("oil", "Oil (MBbl)"),
            ("ngl", "NGL (MBbl)"),
            ("gas", "Natural gas (MMcf)"),
            ("boe", "Total (MBoe)"),
        ):
            rows.append(
                R(
                    lab,
                    [v(f"prod.{k}.{pr}.{y}", num(P[(a, y)][pr])) for y in Y],
                    indent=1,
                    bold=pr == "boe",
                    total="single" if pr == "boe" else None,
                )
            )
    rows.append(R("Average daily production", None, section=True, bold=True))
    for pr, lab in (
        ("oil", "Oil (Bbl/d)"),
        ("ngl", "NGL (Bbl/d)"),
        ("gas", "Natural gas (Mcf/d)"),
        ("boe", "Total (Boe/d)"),
    ):
        rows.append(R(lab, [v(f"pday.{pr}.{y}", num(rnd(m["per_day"][("total", y)][pr]))) for y in Y], indent=1))
    d.table("Production Volumes", hdr, rows)
    d.heading("Realized Prices", 3)
    pr_rows = [
        R("Oil (per Bbl)", [v(f"price.oil.{y}", money(m["price"][("oil", y)])) for y in Y]),
        R("NGL (per Bbl)", [v(f"price.ngl.{y}", money(m["price"][("ngl", y)])) for y in Y]),
        R("Natural gas (per Mcf)", [v(f"price.gas.{y}", money(m["price"][("gas", y)])) for y in Y]),
        R(
            "Total (per Boe)(1)",
            [v(f"price.boe.{y}", money(F(IS[y]["product_rev"]) / P[("total", y)]["boe"])) for y in Y],
            total="single",
        ),
    ]
    d.table(
        "Average Realized Prices (excluding the effect of derivatives)",
        hdr,
        pr_rows,
        note="(1) Oil, NGL and natural gas revenues divided by total production in Boe.",
    )
    d.heading("Revenues", 3)
    rows = [
        R("Oil", [v(f"md.rev.oil.{y}", num(IS[y]["oil"])) for y in Y], dollar=True),
        R("NGL", [v(f"md.rev.ngl.{y}", num(IS[y]["ngl"])) for y in Y]),
        R("Natural gas", [v(f"md.rev.gas.{y}", num(IS[y]["gas"])) for y in Y]),
        R(
            "Oil, NGL and natural gas revenues",
            [v(f"md.rev.prod.{y}", num(IS[y]["product_rev"])) for y in Y],
            dollar=True,
            bold=True,
            total="double",
        ),
    ]
    d.table("Oil, NGL and Natural Gas Revenues", hdr, rows, units="(in thousands)")
    oil_vol = F(P[("total", 2025)]["oil"] - P[("total", 2024)]["oil"])
    d.para(
        f"Oil revenue decreased ${v('p.oilrev_chg', num(i24['oil'] - i25['oil']))} thousand. Oil volumes grew "
        f"{v('p.oilvol_g', pct(oil_vol / P[('total', 2024)]['oil']))}, but the average realized oil price fell. "
        "Natural gas revenue increased as the regional hub price recovered from the weak levels of 2024, "
        "even though Orlan Shelf gas volumes declined after the third-quarter divestiture."
    )
    d.heading("Operating Costs", 3)

    def urow(lab, key, pre):
        return R(
            lab,
            [v(f"{pre}.{y}", money(F(IS[y][key]) / P[("total", y)]["boe"])) for y in Y],
        )

    rows = [
        R("Lease operating expense", [v(f"md.loe.{y}", num(IS[y]["loe"])) for y in Y], dollar=True),
        R("Gathering, processing and transportation", [v(f"md.gpt.{y}", num(IS[y]["gpt"])) for y in Y]),
        R("Production and ad valorem taxes", [v(f"md.ptax.{y}", num(IS[y]["prod_tax"])) for y in Y]),
        R("Depreciation, depletion and amortization", [v(f"md.dda.{y}", num(IS[y]["dda"])) for y in Y]),
        R("General and administrative(1)", [v(f"md.ga.{y}", num(IS[y]["ga"])) for y in Y]),
        R("Per Boe:", None, section=True, bold=True),
        urow("Lease operating expense", "loe", "unit.loe"),
        urow("Gathering, processing and transportation", "gpt", "unit.gpt"),
        urow("Production and ad valorem taxes", "prod_tax", "unit.ptax"),
        urow("Depreciation, depletion and amortization", "dda", "unit.dda"),
        urow("General and administrative", "ga", "unit.ga"),
    ]
    d.table(
        "Selected Operating Costs",
        hdr,
        rows,
        units="(in thousands, except per Boe amounts)",
        note=f"(1) Includes non-cash stock-based compensation of ${num(mb.SBC[2025])}, ${num(mb.SBC[2024])} and "
        f"${num(mb.SBC[2023])} thousand in 2025, 2024 and 2023, respectively.",
    )
    d.para(
        f"Lease operating expense per Boe was {v('p.loe_boe.2025', money(m['unit'][2025]['loe']))} in 2025 "
        f"compared with {money(m['unit'][2024]['loe'])} in 2024, reflecting more workovers and higher field power "
        "costs in the Delmarre Basin that outpaced the growth in volumes. "
        "Exploration expense, which consists of geological and geophysical costs and delay rentals, was "
        f"${v('p.expl.2025', num(i25['expl']))} thousand. No impairment of proved properties was recorded in "
        f"2025; in 2024 we recorded an impairment of ${v('p.impair.2024', num(i24['impair']))} thousand on a "
        "small Orlan Shelf field."
    )
    d.heading("Derivatives", 3)
    d.para(
        f"We recorded a net gain on derivatives of ${v('p.deriv.2025', num(i25['deriv']))} thousand in 2025, "
        f"compared with a net loss of ${v('p.deriv.2024', num(-i24['deriv']))} thousand in 2024. Net cash "
        f"paid on settled contracts was ${v('p.settle.2025', num(-CF[2025]['settle']))} thousand in 2025. "
        "Gains and losses reflect changes in forward strip prices relative to our contract prices."
    )
    d.heading("Interest and Income Taxes", 3)
    d.para(
        f"Interest expense, net decreased to ${v('p.int.2025', num(mb.INTEREST[2025]))} thousand, reflecting "
        "lower average borrowings under the revolving credit facility. Our effective income tax rate was "
        f"{v('p.etr.2025', pct(F(i25['tax'], i25['pretax'])))} in 2025, compared with the federal statutory "
        "rate of 21%, primarily because of state income taxes."
    )
    d.add_page()
    d.heading("Adjusted EBITDAX (Non-GAAP)", 3)
    d.para(
        "Adjusted EBITDAX is a supplemental non-GAAP measure that we define as net income before interest, "
        "income taxes, depreciation, depletion and amortization, exploration expense, impairments, accretion, "
        "non-cash derivative gains and losses, stock-based compensation and gains or losses on property sales. "
        "It should not be considered an alternative to net income or cash flow from operations."
    )
    e = m["ebitdax"]
    el = [
        ("ni", "Net income"),
        ("interest", "Interest expense, net"),
        ("tax", "Income tax expense"),
        ("dda", "Depreciation, depletion and amortization"),
        ("expl", "Exploration expense"),
        ("impair", "Impairment of proved properties"),
        ("accretion", "Accretion of asset retirement obligations"),
        ("deriv", "(Gain) loss on derivatives, net"),
        ("settle", "Cash settlements on derivatives"),
        ("sbc", "Stock-based compensation"),
        ("gain_sale", "(Gain) loss on sale of properties"),
    ]
    rows = [R(lab, [v(f"ebx.{k}.{y}", num(e[y][k])) for y in (2025, 2024)], dollar=k == "ni") for k, lab in el]
    rows.append(
        R(
            "Adjusted EBITDAX",
            [v(f"ebx.total.{y}", num(e[y]["total"])) for y in (2025, 2024)],
            dollar=True,
            bold=True,
            total="double",
        )
    )
    d.table("Reconciliation of Net Income to Adjusted EBITDAX", H2y, rows, units="(in thousands)")
    d.heading("Capital Expenditures", 3)
    cx = m["capex"]
    rows = []
    for a in mb.AREAS:
        k = "dab" if a == DA else "ors"
        rows.append(R(a, None, section=True, bold=True))
        for c, lab in (
            ("dc", "Drilling and completion"),
            ("fac", "Facilities and infrastructure"),
            ("lease", "Leasehold acquisitions"),
        ):
            rows.append(
                R(
                    lab,
                    [v(f"cx.{k}.{c}.{y}", num(cx[(a, y)][c])) for y in (2025, 2024)],
                    indent=1,
                    dollar=c == "dc" and a == DA,
                )
            )
        rows.append(
            R(
                f"Total {a}",
                [v(f"cx.{k}.total.{y}", num(cx[(a, y)]["total"])) for y in (2025, 2024)],
                total="single",
                indent=1,
            )
        )
    rows.append(
        R(
            "Total capital expenditures(1)",
            [v(f"cx.total.{y}", num(cx[("total", y)]["total"])) for y in (2025, 2024)],
            dollar=True,
            bold=True,
            total="double",
        )
    )
    d.table(
        "Capital Expenditures by Operating Area",
        H2y,
        rows,
        units="(in thousands)",
        note="(1) Excludes exploration expense, capitalized interest (none) and additions to other property "
        "and equipment.",
    )
    d.add_page()
    d.heading("Liquidity and Capital Resources", 3)
    b25 = BS[2025]
    d.para(
        f"Our primary sources of liquidity are cash flow from operations, which was "
        f"${v('p.cfo.2025', num(CF[2025]['cfo']))} thousand in 2025, and borrowings under our revolving credit "
        f"facility. The facility has a borrowing base of ${v('p.bb', num(mb.BORROWING_BASE))} thousand and "
        f"elected commitments of ${v('p.commit', num(mb.COMMITMENTS))} thousand. At December 31, 2025, "
        f"${v('p.revolver', num(b25['revolver']))} thousand was drawn and letters of credit of "
        f"${v('p.lc', num(mb.LETTERS_OF_CREDIT))} thousand were outstanding, leaving availability of "
        f"${v('p.avail', num(m['debt']['availability']))} thousand. The borrowing base was reaffirmed in "
        "October 2025 and is next scheduled for redetermination in April 2026."
    )
    d.para(
        f"Our senior notes consist of ${num(b25['notes_2029'])} thousand of 7.125% notes due 2029 and "
        f"${num(b25['notes_2031'])} thousand of 6.375% notes due 2031. The notes are unsecured and rank equally "
        "with our other senior "
        "indebtedness. "
        f"Total principal debt outstanding at year-end was ${v('p.principal', num(m['debt']['principal']))} "
        "thousand. We were in compliance with all covenants at December 31, 2025."
    )
    cfl = [
        ("cfo", "Net cash provided by operating activities"),
        ("cfi", "Net cash used in investing activities"),
        ("cff", "Net cash used in financing activities"),
        ("change", "Net change in cash and cash equivalents"),
    ]
    rows = [
        R(
            lab,
            [v(f"md.cf.{k}.{y}", num(CF[y][k])) for y in Y],
            dollar=k == "cfo",
            total="single" if k == "change" else None,
        )
        for k, lab in cfl
    ]
    d.table("Summary of Cash Flows", hdr, rows, units="(in thousands)")
    d.para(
        "For 2026 our board has approved a capital budget of $335,000 to $355,000 thousand, which we expect to "
        "fund from operating cash flow. We continuously evaluate acquisitions, divestitures and the pace of our "
        "share repurchase program in light of commodity prices and our leverage targets."
    )
    d.heading("Critical Accounting Estimates", 3)
    d.para(
        "We use the successful efforts method. The estimates with the greatest effect on our results are "
        "proved reserve quantities, which drive depletion rates and impairment tests; the fair value of "
        "derivative instruments; asset retirement obligations, which depend on estimated abandonment costs, "
        "timing and credit-adjusted discount rates; and the realizability of deferred tax assets."
    )
    d.heading(ITEM7A, 2)
    d.para(
        f"Commodity price risk is our most significant market risk. For 2026 we have swapped "
        f"{v('p.hedge_oil', num(mb.HEDGE_OIL_VOL))} MBbl of oil at a weighted average price of "
        f"{money(mb.HEDGE_OIL_PRICE)} per Bbl, and we hold collars on {num(mb.HEDGE_GAS_VOL)} MMcf of natural gas "
        f"with a floor of {money(mb.HEDGE_GAS_FLOOR)} and a ceiling of {money(mb.HEDGE_GAS_CEIL)} per Mcf. A "
        f"10% change in the forward oil price would change the fair value of our oil swaps by approximately "
        f"${num(rnd(mb.HEDGE_OIL_VOL * mb.HEDGE_OIL_PRICE / 10), 0)} thousand. "
        "Interest rate risk arises from the floating-rate "
        "revolving credit facility."
    )

    # ---------------- Item 8 -----------------
    d.numbering = "F-"
    d.add_page()
    d.heading("Item 8. Financial Statements and Supplementary Data")
    d.heading("Report of Independent Registered Public Accounting Firm", 2)
    d.para("To the Stockholders and Board of Directors of Briskwater Petroleum Corp.")
    d.para(
        "Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
        "Briskwater Petroleum Corp. and subsidiaries as of December 31, 2025 and 2024, and the related "
        "consolidated statements of operations, stockholders' equity and cash flows for each of the three "
        "years in the period ended December 31, 2025, and the related notes. In our opinion, the financial "
        "statements present fairly, in all material respects, the financial position of the Company and the "
        "results of its operations and its cash flows, in conformity with generally accepted accounting "
        "principles."
    )
    d.para(
        "Critical Audit Matter: Depletion of proved oil and gas properties. The Company's proved reserve "
        "estimates are a significant input to depletion expense. Our procedures included evaluating the "
        "qualifications of the Company's reservoir engineers and the independent reserve auditor, and testing "
        "the completeness and accuracy of production and cost data used in the estimates."
    )
    d.para(
        "/s/ Halvorsen Teague LLP\nCorvallen, Vennmark\nFebruary 24, 2026\nWe have served as the Company's "
        "auditor since 2014.",
        italic=True,
    )
    d.add_page()
    d.heading("BRISKWATER PETROLEUM CORP. CONSOLIDATED STATEMENTS OF OPERATIONS", 2)
    rows = [
        R("Revenues:", None, section=True, bold=True),
        row3("Oil", "is", "oil", IS, dollar=True, indent=1),
        row3("NGL", "is", "ngl", IS, indent=1),
        row3("Natural gas", "is", "gas", IS, indent=1),
        row3("Gathering and other", "is", "other_rev", IS, indent=1),
        row3("Total revenues", "is", "revenue", IS, bold=True, total="single"),
        R("Operating costs and expenses:", None, section=True, bold=True),
        row3("Lease operating expense", "is", "loe", IS, indent=1),
        row3("Gathering, processing and transportation", "is", "gpt", IS, indent=1),
        row3("Production and ad valorem taxes", "is", "prod_tax", IS, indent=1),
        row3("Exploration", "is", "expl", IS, indent=1),
        row3("Depreciation, depletion and amortization", "is", "dda", IS, indent=1),
        row3("Impairment of proved properties", "is", "impair", IS, indent=1),
        row3("General and administrative", "is", "ga", IS, indent=1),
        row3("Accretion of asset retirement obligations", "is", "accretion", IS, indent=1),
        R("(Gain) loss on sale of properties", [v(f"is.gain_sale.{y}", num(-IS[y]["gain_sale"])) for y in Y], indent=1),
        row3("Total operating costs and expenses", "is", "opex", IS, total="single"),
        row3("Operating income", "is", "op_income", IS, bold=True, total="single"),
        R("Other income (expense):", None, section=True, bold=True),
        row3("Gain (loss) on derivatives, net", "is", "deriv", IS, indent=1),
        row3("Interest expense, net", "is", "interest", IS, indent=1),
        row3("Other income, net", "is", "other_inc", IS, indent=1),
        row3("Total other income (expense)", "is", "other_total", IS, total="single"),
        row3("Income before income taxes", "is", "pretax", IS, bold=True),
        row3("Income tax expense", "is", "tax", IS),
        row3("Net income", "is", "ni", IS, bold=True, dollar=True, total="double"),
        R("Earnings per share:", None, section=True, bold=True),
        R("Basic", [v(f"is.eps_b.{y}", num(IS[y]["eps_basic"], 2)) for y in Y], dollar=True, indent=1),
        R("Diluted", [v(f"is.eps_d.{y}", num(IS[y]["eps_diluted"], 2)) for y in Y], dollar=True, indent=1),
        R("Weighted average shares outstanding:", None, section=True, bold=True),
        R("Basic", [v(f"is.sh_b.{y}", num(mb.SHARES_BASIC[y])) for y in Y], indent=1),
        R("Diluted", [v(f"is.sh_d.{y}", num(mb.SHARES_DILUTED[y])) for y in Y], indent=1),
    ]
    d.table("", H3, rows, units=U)
    d.para("See accompanying notes to consolidated financial statements.", italic=True, align="C")

    d.add_page()
    d.heading("BRISKWATER PETROLEUM CORP. CONSOLIDATED BALANCE SHEETS", 2)

    def bsr(label, key, **kw):
        return R(label, [v(f"bs.{key}.{y}", num(BS[y][key])) for y in (2025, 2024)], **kw)

    rows = [
        R("ASSETS", None, section=True, bold=True),
        R("Current assets:", None, section=True),
        bsr("Cash and cash equivalents", "cash", dollar=True, indent=1),
        bsr("Accounts receivable, net", "ar", indent=1),
        bsr("Derivative assets", "deriv_ca", indent=1),
        bsr("Inventories", "inventory", indent=1),
        bsr("Prepaid expenses and other", "prepaid", indent=1),
        bsr("Total current assets", "tca", total="single", bold=True),
        R("Property and equipment (successful efforts method):", None, section=True),
        bsr("Proved oil and gas properties", "proved", indent=1),
        bsr("Unproved oil and gas properties", "unproved", indent=1),
        bsr("Other property and equipment", "other_ppe", indent=1),
        bsr("Total property and equipment", "og_gross", total="single", indent=1),
        R(
            "Less accumulated depreciation, depletion, amortization and impairment",
            [v(f"bs.accum.{y}", num(-BS[y]["accum"])) for y in (2025, 2024)],
            indent=1,
        ),
        bsr("Property and equipment, net", "ppe_net", total="single", bold=True),
        bsr("Derivative assets, noncurrent", "deriv_nca"),
        bsr("Operating lease right-of-use assets", "rou"),
        bsr("Other noncurrent assets", "other_nca"),
        bsr("Total assets", "ta", dollar=True, bold=True, total="double"),
        R("LIABILITIES AND STOCKHOLDERS' EQUITY", None, section=True, bold=True),
        R("Current liabilities:", None, section=True),
        bsr("Accounts payable", "ap", dollar=True, indent=1),
        bsr("Accrued liabilities", "accrued", indent=1),
        bsr("Revenues and royalties payable", "rev_payable", indent=1),
        bsr("Derivative liabilities", "deriv_cl", indent=1),
        bsr("Operating lease liabilities", "lease_cl", indent=1),
        bsr("Total current liabilities", "tcl", total="single", bold=True),
        bsr("Long-term debt, net", "ltd"),
        bsr("Asset retirement obligations", "aro"),
        bsr("Deferred income taxes", "dtl"),
        bsr("Derivative liabilities, noncurrent", "deriv_ncl"),
        bsr("Operating lease liabilities, noncurrent", "lease_ncl"),
        bsr("Other noncurrent liabilities", "other_ncl"),
        bsr("Total liabilities", "tl", total="single", bold=True),
        R("Commitments and contingencies (Note 9)", None, section=True),
        R("Stockholders' equity:", None, section=True),
        bsr("Common stock, $0.01 par value; 250,000 shares authorized", "common", indent=1),
        bsr("Additional paid-in capital", "apic", indent=1),
        R("Treasury stock, at cost", [v(f"bs.treasury.{y}", num(-BS[y]["treasury"])) for y in (2025, 2024)], indent=1),
        bsr("Retained earnings", "re", indent=1),
        bsr("Total stockholders' equity", "te", total="single", bold=True),
        bsr("Total liabilities and stockholders' equity", "tle", dollar=True, bold=True, total="double"),
    ]
    d.table("", H2, rows, units="(in thousands, except par value)")

    d.add_page()
    d.heading("BRISKWATER PETROLEUM CORP. CONSOLIDATED STATEMENTS OF CASH FLOWS", 2)

    def cfr(label, key, **kw):
        return R(label, [v(f"cf.{key}.{y}", num(CF[y][key])) for y in Y], **kw)

    rows = [
        R("Cash flows from operating activities:", None, section=True, bold=True),
        cfr("Net income", "ni", dollar=True, indent=1),
        R(
            "Adjustments to reconcile net income to net cash provided by operating activities:",
            None,
            section=True,
            indent=1,
        ),
        cfr("Depreciation, depletion and amortization", "dda", indent=2),
        cfr("Impairment of proved properties", "impair", indent=2),
        cfr("Deferred income taxes", "dtax", indent=2),
        cfr("(Gain) loss on derivatives, net", "deriv", indent=2),
        cfr("Cash settlements on derivatives", "settle", indent=2),
        cfr("Accretion of asset retirement obligations", "accretion", indent=2),
        cfr("Stock-based compensation", "sbc", indent=2),
        cfr("(Gain) loss on sale of properties", "gain_sale", indent=2),
        cfr("Amortization of debt issuance costs and discount", "amort", indent=2),
        R("Changes in operating assets and liabilities:", None, section=True, indent=1),
        cfr("Accounts receivable", "ar", indent=2),
        cfr("Inventories and prepaid expenses", "inv_prepaid", indent=2),
        cfr("Accounts payable, accrued and revenue liabilities", "ap_accrued", indent=2),
        cfr("Settlement of asset retirement obligations", "aro_settle", indent=2),
        cfr("Other, net", "other", indent=2),
        cfr("Net cash provided by operating activities", "cfo", bold=True, total="single"),
        R("Cash flows from investing activities:", None, section=True, bold=True),
        cfr("Additions to oil and gas properties", "capex_og", indent=1),
        cfr("Acquisitions of unproved leasehold", "leasehold", indent=1),
        cfr("Additions to other property and equipment", "other_ppe", indent=1),
        cfr("Proceeds from sales of oil and gas properties", "proceeds", indent=1),
        cfr("Net cash used in investing activities", "cfi", bold=True, total="single"),
        R("Cash flows from financing activities:", None, section=True, bold=True),
        cfr("Borrowings under revolving credit facility", "draw", indent=1),
        cfr("Repayments under revolving credit facility", "repay", indent=1),
        cfr("Repurchases of common stock", "buyback", indent=1),
        cfr("Dividends paid", "dividends", indent=1),
        cfr("Shares withheld for taxes on equity awards", "withhold", indent=1),
        cfr("Net cash used in financing activities", "cff", bold=True, total="single"),
        cfr("Net change in cash and cash equivalents", "change"),
        cfr("Cash and cash equivalents, beginning of year", "begin"),
        cfr("Cash and cash equivalents, end of year", "end", dollar=True, bold=True, total="double"),
    ]
    d.table("", H3, rows, units="(in thousands)")

    d.add_page()
    d.heading("BRISKWATER PETROLEUM CORP. CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", 2)
    b24 = BS[2024]
    eh = [
        [("Common", 1), ("Paid-in", 1), ("Treasury", 1), ("Retained", 1), ("", 1)],
        [("Stock", 1), ("Capital", 1), ("Stock", 1), ("Earnings", 1), ("Total", 1)],
    ]

    def E(lab, vals, fid=None, **kw):
        return R(
            lab,
            [v(f"eq.{fid}.{j}", num(x)) if fid else num(x) for j, x in enumerate(vals)],
            **kw,
        )

    rows = [
        E(
            "Balance, December 31, 2024",
            [b24["common"], b24["apic"], -b24["treasury"], b24["re"], b24["te"]],
            "open",
            dollar=True,
            bold=True,
        ),
        E("Net income", [0, 0, 0, IS[2025]["ni"], IS[2025]["ni"]]),
        E(
            f"Dividends declared ({money(mb.DIV_PER_SHARE[2025])} per share)",
            [0, 0, 0, -m["dividends"][2025], -m["dividends"][2025]],
            "div",
        ),
        E("Stock-based compensation", [0, mb.SBC[2025], 0, 0, mb.SBC[2025]]),
        E(
            "Shares issued on vesting, net of shares withheld for taxes",
            [mb.SHARES_VESTED // 100, -mb.SHARES_VESTED // 100 - mb.TAX_WITHHOLD, 0, 0, -mb.TAX_WITHHOLD],
        ),
        E("Repurchases of common stock", [0, 0, -mb.BUYBACK, 0, -mb.BUYBACK]),
        E(
            "Balance, December 31, 2025",
            [b25["common"], b25["apic"], -b25["treasury"], b25["re"], b25["te"]],
            "close",
            dollar=True,
            bold=True,
            total="double",
        ),
    ]
    d.table(
        "",
        eh,
        rows,
        units="(in thousands)",
        col_w=22,
        note="Activity for 2023 and 2024 is presented in the Company's prior annual reports; dividends "
        f"declared were ${num(m['dividends'][2024])} thousand in 2024 and ${num(m['dividends'][2023])} "
        "thousand in 2023.",
    )

    # ---------------- Notes -----------------
    d.add_page()
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 2)
    d.heading("Note 1. Summary of Significant Accounting Policies", 3)
    d.para(
        "Basis of presentation. The consolidated financial statements include the accounts of Briskwater "
        "Petroleum Corp. and its wholly owned subsidiaries. Intercompany balances are eliminated. Amounts are "
        "in thousands of dollars except per share data and per-unit amounts."
    )
    d.para(
        "Oil and gas properties. We follow the successful efforts method. Costs of acquiring leases and of "
        "drilling and equipping development wells are capitalized. Geological and geophysical costs, delay "
        "rentals and the costs of unsuccessful exploratory wells are expensed. Proved properties are depleted "
        "on a unit-of-production basis by field, using proved developed reserves for development costs and "
        "total proved reserves for acquisition costs."
    )
    d.para(
        "Revenue recognition. Revenue from the sale of oil, NGLs and natural gas is recognized when control "
        "passes to the purchaser, generally at the delivery point. Payment is typically received one to two "
        "months after delivery. We have elected the practical expedient not to disclose unsatisfied "
        "performance obligations for contracts with variable consideration."
    )
    d.heading("Note 2. Revenue Disaggregation", 3)
    ar = m["area_rev"]
    rows = []
    for y in (2025, 2024):
        rows.append(R(f"Year ended December 31, {y}", None, section=True, bold=True))
        for pr, lab in (("oil", "Oil"), ("ngl", "NGL"), ("gas", "Natural gas")):
            rows.append(
                R(
                    lab,
                    [
                        v(f"n2.{pr}.dab.{y}", num(ar[(DA, pr, y)])),
                        v(f"n2.{pr}.ors.{y}", num(ar[(OS, pr, y)])),
                        v(f"n2.{pr}.tot.{y}", num(IS[y][pr])),
                    ],
                    indent=1,
                    dollar=pr == "oil",
                )
            )
        rows.append(
            R(
                "Total",
                [
                    v(f"n2.tot.dab.{y}", num(sum(ar[(DA, p, y)] for p in mb.PRODUCTS))),
                    v(f"n2.tot.ors.{y}", num(sum(ar[(OS, p, y)] for p in mb.PRODUCTS))),
                    v(f"n2.tot.tot.{y}", num(IS[y]["product_rev"])),
                ],
                dollar=True,
                total="single",
                bold=True,
            )
        )
    d.table(
        "Revenue by Product and Operating Area",
        [[("Delmarre", 1), ("Orlan", 1), ("", 1)], [("Basin", 1), ("Shelf", 1), ("Total", 1)]],
        rows,
        units="(in thousands)",
    )
    d.para(
        "Gathering and other revenue, which is not included above, consists of fees charged to third parties "
        "for gathering and water disposal on Company-owned systems."
    )
    d.heading("Note 3. Oil and Gas Properties", 3)
    pp = m["props"]
    rows = [
        R(
            "Proved properties",
            [v("n3.proved.2025", num(pp["proved25"])), v("n3.proved.2024", num(pp["proved24"]))],
            dollar=True,
        ),
        R("Unproved properties", [v("n3.unproved.2025", num(pp["unproved25"])), num(pp["unproved24"])]),
        R(
            "Total oil and gas properties",
            [num(pp["proved25"] + pp["unproved25"]), num(pp["proved24"] + pp["unproved24"])],
            total="single",
        ),
        R("Accumulated DD&A and impairment", [num(-pp["accum25"]), num(-pp["accum24"])]),
        R(
            "Oil and gas properties, net(1)",
            [
                v("n3.net.2025", num(pp["proved25"] + pp["unproved25"] - pp["accum25"])),
                num(pp["proved24"] + pp["unproved24"] - pp["accum24"]),
            ],
            dollar=True,
            bold=True,
            total="double",
        ),
    ]
    d.table(
        "Capitalized Costs",
        H2,
        rows,
        units="(in thousands)",
        note=f"(1) Excludes other property and equipment of ${num(pp['other25'])} and ${num(pp['other24'])} "
        "thousand, gross, at December 31, 2025 and 2024, respectively.",
    )
    d.para(
        f"In September 2025 we sold non-core Orlan Shelf fields for net cash proceeds of "
        f"${v('n3.proceeds', num(pp['proceeds']))} thousand and recognized a gain of "
        f"${v('n3.gain', num(mb.GAIN_SALE[2025]))} thousand. The buyer assumed the related asset retirement "
        f"obligations of ${num(mb.ARO_SOLD)} thousand. During 2025, ${num(mb.TRANSFER_UNPROVED)} thousand of "
        "unproved leasehold costs were transferred to proved properties."
    )
    d.heading("Note 4. Asset Retirement Obligations", 3)
    a = m["aro"]
    rows = [
        R("Balance, beginning of year", [v("aro.begin", num(a["begin"]))], dollar=True),
        R("Liabilities incurred", [v("aro.incurred", num(a["incurred"]))]),
        R("Revisions of estimates", [v("aro.revisions", num(a["revisions"]))]),
        R("Accretion expense", [v("aro.accretion", num(a["accretion"]))]),
        R("Liabilities settled", [v("aro.settled", num(a["settled"]))]),
        R("Liabilities assumed by buyers of properties", [v("aro.sold", num(a["sold"]))]),
        R("Balance, end of year", [v("aro.end", num(a["end"]))], dollar=True, bold=True, total="double"),
    ]
    d.table("Asset Retirement Obligations", [[("2025", 1)]], rows, label_w=110, units="(in thousands)")
    d.add_page()
    d.heading("Note 5. Long-Term Debt", 3)
    rows = [
        R(
            "Revolving credit facility, due 2029",
            [v("debt.rev.2025", num(b25["revolver"])), v("debt.rev.2024", num(b24["revolver"]))],
            dollar=True,
        ),
        R("7.125% senior notes due 2029", [v("debt.n29.2025", num(b25["notes_2029"])), num(b24["notes_2029"])]),
        R("6.375% senior notes due 2031", [v("debt.n31.2025", num(b25["notes_2031"])), num(b24["notes_2031"])]),
        R(
            "Total principal",
            [v("debt.principal.2025", num(m["debt"]["principal"])), num(b24["revolver"] + b24["notes_total"])],
            total="single",
        ),
        R(
            "Unamortized discount and debt issuance costs",
            [v("debt.unamort.2025", num(-b25["unamort"])), num(-b24["unamort"])],
        ),
        R(
            "Long-term debt, net",
            [v("debt.ltd.2025", num(b25["ltd"])), v("debt.ltd.2024", num(b24["ltd"]))],
            dollar=True,
            bold=True,
            total="double",
        ),
    ]
    d.table("Long-Term Debt", H2, rows, units="(in thousands)")
    d.para(
        "Borrowings under the revolving credit facility bear interest at a benchmark rate plus a margin of "
        "1.75% to 2.75% depending on utilization. The facility is secured by substantially all of our proved "
        "properties and requires a ratio of total debt to trailing EBITDAX of not more than 3.50 to 1.00 and a "
        "current ratio, as defined, of not less than 1.00 to 1.00. No principal is due before 2029."
    )
    d.heading("Note 6. Derivative Instruments", 3)
    d.para(
        "We do not designate derivatives as hedges; changes in fair value are recognized in earnings as gain "
        "(loss) on derivatives, net. Fair values are Level 2 measurements based on forward curves."
    )
    rows = [
        R("Derivative assets, current", [num(b25["deriv_ca"]), num(b24["deriv_ca"])], dollar=True),
        R("Derivative assets, noncurrent", [num(b25["deriv_nca"]), num(b24["deriv_nca"])]),
        R("Derivative liabilities, current", [num(-b25["deriv_cl"]), num(-b24["deriv_cl"])]),
        R("Derivative liabilities, noncurrent", [num(-b25["deriv_ncl"]), num(-b24["deriv_ncl"])]),
        R(
            "Net derivative asset (liability)",
            [
                v("n6.net.2025", num(b25["deriv_ca"] + b25["deriv_nca"] - b25["deriv_cl"] - b25["deriv_ncl"])),
                v("n6.net.2024", num(b24["deriv_ca"] + b24["deriv_nca"] - b24["deriv_cl"] - b24["deriv_ncl"])),
            ],
            dollar=True,
            bold=True,
            total="double",
        ),
    ]
    d.table("Fair Value of Derivative Positions", H2, rows, units="(in thousands)")
    d.heading("Note 7. Income Taxes", 3)
    rows = [
        R("Current", [v(f"tax.cur.{y}", num(IS[y]["tax_current"])) for y in Y], dollar=True),
        R("Deferred", [v(f"tax.def.{y}", num(IS[y]["tax_deferred"])) for y in Y]),
        R("Total income tax expense", [num(IS[y]["tax"]) for y in Y], dollar=True, total="double", bold=True),
        R("Reconciliation:", None, section=True, bold=True),
        R("Tax at federal statutory rate of 21%", [num(IS[y]["fed_statutory"]) for y in Y], dollar=True),
        R("State income taxes, net of federal benefit", [v(f"tax.state.{y}", num(IS[y]["state_tax"])) for y in Y]),
        R("Other, net", [num(IS[y]["other_tax"]) for y in Y]),
        R("Income tax expense", [num(IS[y]["tax"]) for y in Y], dollar=True, total="double"),
    ]
    d.table("Components of Income Tax Expense", H3, rows, units="(in thousands)")
    d.heading("Note 8. Earnings Per Share", 3)
    rows = [
        R("Net income", [num(IS[y]["ni"]) for y in Y], dollar=True),
        R("Weighted average common shares - basic", [num(mb.SHARES_BASIC[y]) for y in Y]),
        R(
            "Dilutive effect of restricted stock units",
            [v(f"eps.dil.{y}", num(mb.SHARES_DILUTED[y] - mb.SHARES_BASIC[y])) for y in Y],
        ),
        R("Weighted average common shares - diluted", [num(mb.SHARES_DILUTED[y]) for y in Y], total="single"),
        R("Basic earnings per share", [num(IS[y]["eps_basic"], 2) for y in Y], dollar=True),
        R("Diluted earnings per share", [num(IS[y]["eps_diluted"], 2) for y in Y], dollar=True),
    ]
    d.table("Computation of Earnings Per Share", H3, rows, units=U)
    d.heading("Note 9. Commitments and Contingencies", 3)
    d.para(
        "We have firm transportation agreements in the Delmarre Basin that require minimum annual payments of "
        "approximately $21,400 thousand through 2030. We are not party to any proceeding that we expect to be "
        "material."
    )
    d.heading("Note 10. Supplemental Oil and Gas Information (Unaudited)", 3)
    d.para(
        "The following tables present changes in our estimated proved reserves by product and the "
        "standardized measure of discounted future net cash flows relating to proved reserves."
    )
    rows = []
    for j, (pr, lab) in enumerate((("oil", "Oil (MBbl)"), ("ngl", "NGL (MBbl)"), ("gas", "Natural gas (MMcf)"))):
        rows.append(R(lab, None, section=True, bold=True))
        for k in r["keys"]:
            rows.append(R(labels[k], [v(f"res.{pr}.{k}", num(r[k][j]))], indent=1))
        rows.append(R(labels["end"], [v(f"res.{pr}.end", num(r["end"][j]))], indent=1, bold=True, total="single"))
        rows.append(R("Proved developed, end of year", [v(f"res.{pr}.pd", num(r["pd"][j]))], indent=1))
        rows.append(R("Proved undeveloped, end of year", [v(f"res.{pr}.pud", num(r["pud"][j]))], indent=1))
    d.table("Changes in Proved Reserves by Product - 2025", [[("Quantity", 1)]], rows, label_w=110, break_after=None)
    sm = m["SM"]
    sl = [
        ("inflows", "Future cash inflows"),
        ("prod", "Future production costs"),
        ("dev", "Future development costs"),
        ("tax", "Future income taxes"),
        ("fncf", "Future net cash flows"),
        ("discount", "10% annual discount for estimated timing"),
        ("sm", "Standardized measure of discounted future net cash flows"),
    ]
    rows = []
    for k, lab in sl:
        sign = -1 if k in ("prod", "dev", "tax", "discount") else 1
        rows.append(
            R(
                lab,
                [v(f"sm.{k}.{y}", num(sign * sm[y][k])) for y in (2025, 2024)],
                dollar=k in ("inflows", "sm"),
                bold=k in ("fncf", "sm"),
                total="double" if k == "sm" else ("single" if k == "fncf" else None),
            )
        )
    d.table("Standardized Measure", H2, rows, units="(in thousands)")

    d.add_page()
    d.heading("Item 9A. Controls and Procedures", 2)
    d.para(
        "Our chief executive officer and chief financial officer evaluated our disclosure controls and "
        "procedures as of December 31, 2025 and concluded that they were effective. Management's assessment "
        "of internal control over financial reporting, based on the framework issued by the Council of "
        "Financial Control Standards, concluded that internal control was effective at year-end."
    )
    d.heading("Part III and Part IV", 2)
    d.para(
        "Information required by Items 10 through 14 is incorporated by reference from our 2026 proxy "
        "statement. The financial statements listed in Item 8 are filed as part of this report; all "
        "schedules are omitted because they are not applicable or the information is in the notes."
    )
    d.heading("Signatures", 2)
    d.para(
        "Pursuant to the requirements of the Securities Markets Act, the registrant has duly caused this "
        "report to be signed on its behalf by the undersigned, thereunto duly authorized."
    )
    d.para(
        "BRISKWATER PETROLEUM CORP.\nBy: /s/ Maren D. Oyelaran, President and Chief Executive Officer\n"
        "By: /s/ Tobias R. Quennell, Executive Vice President and Chief Financial Officer\n"
        "Date: February 24, 2026",
        italic=True,
    )
    return d, m
