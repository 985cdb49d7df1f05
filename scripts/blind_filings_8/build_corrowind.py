"""Typesets the Corrowind Air Group, Inc. second-quarter 2025 earnings release (invented company),
styled as Exhibit 99.1 to a Form 8-K. Every figure printed comes from model_corrowind.build().
House style: Helvetica, shaded header bands, amounts in millions, % change columns.
"""

from fractions import Fraction as Fr

from kit import Doc, acct, dec, pct, pct_change
from model_corrowind import EXP_LINES, REV_LINES

COMPANY = "Corrowind Air Group, Inc."
DOC_NAME = "CORROWIND_2025Q2_EARNINGS"
STYLE = dict(
    body="Helvetica",
    head="Helvetica",
    size=9.2,
    lh=4.3,
    tsize=7.9,
    gap=1.8,
    margin=17,
    top=15,
    bottom=16,
    hdr_fill=(218, 226, 236),
    row_fill=(242, 245, 249),
)
COLS6 = [17, 17, 15, 17, 17, 15]
HDR6 = [
    [("Three Months Ended June 30,", 0, 3), ("Six Months Ended June 30,", 3, 3)],
    [("2025", 0, 1), ("2024", 1, 1), ("% Change", 2, 1), ("2025", 3, 1), ("2024", 4, 1), ("% Change", 5, 1)],
]
Q = ("Q2_25", "Q2_24")
H = ("6M_25", "6M_24")


def R(id_, label, vals, kind="line", dollar=False, indent=0, **kw):
    d = dict(id=id_, label=label, vals=vals, kind=kind, dollar=dollar, indent=indent)
    d.update(kw)
    return d


def S(label):
    return dict(label=label, kind="section", vals=[])


def six(dd, fmt=acct, chg=True, chg_fn=None):
    out = []
    for a, b in (Q, H):
        out += [fmt(dd[a]), fmt(dd[b])]
        if chg:
            out.append((chg_fn or pct_change)(dd[a], dd[b]))
        else:
            out.append("")
    return out


def pts(a, b):
    return dec(Fr(a) - Fr(b), 1) + " pts"


def bil(x, places=1):
    return dec(Fr(x, 1000), places)


def build(m, prev_labels=None):
    i = m.inp
    d = Doc(STYLE)
    d.set_title("Corrowind Air Group Reports Second-Quarter 2025 Financial Results")
    d.set_author(COMPANY)
    d.numbering("Page ", 1)
    d.foot_note = "Corrowind Air Group, Inc. - Second Quarter 2025 Results"
    d.add_page()
    d.set_font("Helvetica", "B", 9)
    d.cell(0, 5, "Exhibit 99.1", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "B", 16)
    d.set_text_color(18, 52, 96)
    d.cell(0, 8, "CORROWIND AIR GROUP", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("Helvetica", "", 8.5)
    d.multi_cell(
        0,
        4,
        "Investor Relations: Talia Brekkenfeld, investor.relations@corrowindair.example\n"
        "Media: Corporate Communications, newsroom@corrowindair.example",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.set_font("Helvetica", "B", 13)
    d.multi_cell(
        0,
        6,
        "Corrowind Air Group Reports Second-Quarter 2025 Financial Results",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("Helvetica", "I", 9.5)
    d.multi_cell(
        0,
        5,
        "Record quarterly revenue and a double-digit operating margin; full-year capital plan reaffirmed",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(2)
    rev_g = Fr(m.rev["Q2_25"] - m.rev["Q2_24"], m.rev["Q2_24"])
    om25, om24 = Fr(m.oi["Q2_25"], m.rev["Q2_25"]), Fr(m.oi["Q2_24"], m.rev["Q2_24"])
    trasm_g = Fr(m.trasm["Q2_25"] - m.trasm["Q2_24"], m.trasm["Q2_24"])
    casmx_g = Fr(m.casmx["Q2_25"] - m.casmx["Q2_24"], m.casmx["Q2_24"])
    asm_g = Fr(m.asm["Q2_25"] - m.asm["Q2_24"], m.asm["Q2_24"])
    d.para(
        'PORT SELDEN, Texas, July 24, 2025 - Corrowind Air Group, Inc. (the "Company" or "Corrowind") today '
        "reported its financial results for the second quarter of 2025.",
        key="dateline",
    )
    d.heading("Second-Quarter Highlights", 2)
    bullets = [
        (
            "Total operating revenues were a second-quarter record "
            f"${dec(m.rev['Q2_25'])} million, up {pct(rev_g)} year "
            f"over year on capacity growth of {pct(asm_g)}.",
            "hl_rev",
        ),
        (
            f"Pre-tax income was ${dec(m.pretax['Q2_25'])} million "
            f"and net income was ${dec(m.ni['Q2_25'])} million, or "
            f"${dec(m.eps_dil['Q2_25'], 2)} per diluted share. Excluding special items, adjusted pre-tax income was "
            f"${dec(m.adj_pretax['Q2_25'])} million and adjusted "
            f"earnings were ${dec(m.adj_eps['Q2_25'], 2)} per diluted "
            "share (1).",
            "hl_earn",
        ),
        (
            f"Operating margin was {pct(om25)}, an improvement of "
            f"{dec((om25 - om24) * 100, 1)} points versus the second "
            "quarter of 2024.",
            "hl_margin",
        ),
        (
            "Total revenue per available seat mile (TRASM) increased "
            f"{pct(trasm_g)} to {dec(m.trasm['Q2_25'], 2)} cents; "
            f"cost per available seat mile excluding fuel and special items (CASM-ex) (1) increased {pct(casmx_g)}.",
            "hl_unit",
        ),
        (
            f"Ended the quarter with ${bil(m.liquidity)} billion of total available liquidity and returned "
            f"${dec(i.buyback['25'])} million to shareholders through share repurchases in the first half of the year.",
            "hl_liq",
        ),
    ]
    for text, key in bullets:
        d.bullet(text, key=key)
    d.ln(1)
    d.para(
        '"Our team delivered an outstanding second quarter, running one of the most reliable operations in our '
        "history through the busiest travel period of the year,\" said Marisol Devane-Achterberg, Corrowind's Chief "
        'Executive Officer. "Demand for our premium cabins and long-haul leisure routes remained strong, our '
        "loyalty program continued to grow, and lower fuel prices helped offset the labor and airport cost "
        "inflation we anticipated. We are raising our expectations for the second half while keeping our capital "
        "plan and our balance sheet priorities firmly in place. I want to thank "
        f"our more than {dec(i.fte['25'] // 1000 * 1000)} team members for "
        'taking care of our customers and each other."',
        key="quote",
    )
    d.heading("Revenue", 2)
    pax_g = Fr(m.line["pax"]["Q2_25"] - m.line["pax"]["Q2_24"], m.line["pax"]["Q2_24"])
    oth_g = Fr(m.line["other"]["Q2_25"] - m.line["other"]["Q2_24"], m.line["other"]["Q2_24"])
    prasm_g = Fr(m.prasm["Q2_25"] - m.prasm["Q2_24"], m.prasm["Q2_24"])
    d.para(
        f"Passenger revenue for the second quarter was ${dec(m.line['pax']['Q2_25'])} million, an increase of "
        f"{pct(pax_g)} compared with the second quarter of 2024, on {pct(asm_g)} more capacity. Passenger revenue per "
        f"available seat mile (PRASM) rose {pct(prasm_g)}, driven by a {pts(m.load['Q2_25'], m.load['Q2_24'])[:-4]} "
        f"point improvement in load factor to {dec(m.load['Q2_25'], 1)} percent and higher premium cabin yields. "
        "Domestic unit revenue was positive in every month of the quarter, while transatlantic unit revenue declined "
        "modestly as industry capacity to southern Europe increased.",
        key="p_rev",
    )
    d.para(
        f"Other revenue, which consists primarily of loyalty program marketing revenue, increased {pct(oth_g)} to "
        f"${dec(m.line['other']['Q2_25'])} million, reflecting growth in co-branded credit card spending and new "
        f"partner agreements. Cargo revenue was ${dec(m.line['cargo']['Q2_25'])} million. Corporate travel volumes "
        "improved sequentially, and managed corporate revenue in the quarter was up in the high single digits "
        "year over year.",
        key="p_rev2",
    )
    d.heading("Costs", 2)
    fuel_g = Fr(m.fuel_px["Q2_25"] - m.fuel_px["Q2_24"], m.fuel_px["Q2_24"])
    swb_g = Fr(m.line["swb"]["Q2_25"] - m.line["swb"]["Q2_24"], m.line["swb"]["Q2_24"])
    d.para(
        f"Total operating expenses in the second quarter were ${dec(m.opex['Q2_25'])} million, up "
        f"{pct(Fr(m.opex['Q2_25'] - m.opex['Q2_24'], m.opex['Q2_24']))} year over year. Fuel expense was "
        f"${dec(m.line['fuel']['Q2_25'])} million, as the average price per gallon, including related taxes, "
        f"declined {pct(-fuel_g)} to ${dec(m.fuel_px['Q2_25'], 2)}. Salaries, wages and benefits increased "
        f"{pct(swb_g)}, reflecting contractual rate increases for pilots and flight attendants, headcount added to "
        f"support growth and a ${dec(i.profit_sharing_q2)} million profit-sharing accrual. CASM-ex (1) was "
        f"{dec(m.casmx['Q2_25'], 2)} cents, up {pct(casmx_g)}, in line with the guidance we provided in April.",
        key="p_cost",
    )
    d.para(
        f"Second-quarter results included special items of ${dec(m.line['special']['Q2_25'])} million in operating "
        "expenses, principally costs associated with the retirement of our remaining Norvane NJ-190 spare engines "
        f"and a one-time labor contract ratification payment, and ${dec(m.nonop_special['Q2_25'])} million in "
        "nonoperating expense, consisting of a loss on the early extinguishment of debt.",
        key="p_special",
    )
    d.heading("Fleet", 2)
    d.para(
        f"Corrowind ended the quarter with {m.fleet_tot['total']} mainline aircraft, compared with "
        f"{i.aircraft_2024} a year earlier. During the quarter we took "
        f"delivery of {i.q2_deliveries} Aerivon AV-321X aircraft and "
        f"retired {i.q2_retirements} Norvane NJ-190 aircraft. We expect "
        f"to take delivery of {i.deliveries_2h} additional AV-321X "
        "aircraft in the second half of 2025, all of which will be financed with a combination of cash and "
        "secured debt. The average age of the mainline fleet was "
        f"{dec(m.fleet_age, 1)} years at June 30, 2025.",
        key="p_fleet",
    )
    d.heading("Liquidity and Capital Allocation", 2)
    d.para(
        f"As of June 30, 2025, the Company had ${bil(m.liquidity)} billion of total available liquidity, consisting "
        f"of ${dec(m.cash[1])} million of cash and cash equivalents, ${dec(i.sti[1])} million of short-term "
        f"investments and ${dec(i.revolver_undrawn)} million of undrawn capacity under its revolving credit "
        f"facility. Total debt and finance lease obligations were ${dec(m.debt[1])} million. In the first six months "
        f"the Company generated ${dec(m.cf['25']['cfo'])} million of operating cash flow, invested "
        f"${dec(i.capex['25'])} million in capital expenditures and repaid ${dec(i.debt_repay['25'])} million of "
        f"debt and finance leases. The Company repurchased ${dec(i.buyback['25'])} million of common stock during "
        f"the first half and has ${dec(i.buyback_remaining)} million "
        "remaining under its share repurchase authorization.",
        key="p_liq",
    )
    g = i.guidance
    d.heading("Outlook", 2)
    d.para(
        "The Company is providing the following guidance for the third quarter of 2025. The guidance is based on "
        "current demand trends, fuel forward curves as of July 18, 2025 and the Company's current fleet plan:",
        key="p_outlook_intro",
    )
    for text in [
        f"Capacity (available seat miles) up {g['asm'][0]}% to {g['asm'][1]}% year over year",
        f"TRASM up {g['trasm'][0]}% to {g['trasm'][1]}% year over year",
        f"CASM-ex (1) up {g['casmx'][0]}% to {g['casmx'][1]}% year over year",
        f"Average fuel price of ${g['fuel'][0]} to ${g['fuel'][1]} per gallon",
        f"Adjusted earnings per diluted share (1) of ${g['adj_eps'][0]} to ${g['adj_eps'][1]}",
    ]:
        d.bullet(text, key="p_outlook")
    d.para(
        f"For the full year 2025, the Company continues to expect capital expenditures of approximately "
        f"${g['capex_fy']} billion, including aircraft pre-delivery deposits.",
        key="p_outlook_fy",
    )
    d.heading("Conference Call", 2)
    d.para(
        "Corrowind will host a conference call with analysts and investors at 9:00 a.m. Central Time today. A live "
        "audio webcast and replay will be available on the investor relations section of the Company's website."
    )
    d.heading("About Corrowind Air Group", 2)
    d.para(
        "Corrowind Air Group, Inc. is the parent company of Corrowind Airlines, which operates more than "
        f"{dec(i.daily_flights)} daily flights to over {i.destinations} destinations "
        "across North America, Central America, the Caribbean and Europe from "
        "hubs in Port Selden, Vantry Field and Merrin Bay. Its SkyLedger "
        f"loyalty program has more than {i.loyalty_members_m} million "
        "members."
    )
    d.heading("Forward-Looking Statements", 3)
    d.para(
        "This release contains forward-looking statements, including statements about guidance, capacity, costs, "
        "fuel prices, fleet deliveries and capital allocation. Such statements are based on current expectations and "
        "are subject to risks and uncertainties, including demand volatility, fuel price changes, labor relations, "
        "aircraft delivery delays, air traffic control constraints and economic conditions, which could cause actual "
        "results to differ materially. The Company undertakes no obligation to update any forward-looking statement.",
        size=8,
    )
    d.para(
        "(1) Adjusted pre-tax income, adjusted net income, adjusted earnings per diluted share, CASM-ex and free "
        "cash flow are non-GAAP financial measures. See the reconciliations to the most directly comparable GAAP "
        "measures in the tables accompanying this release.",
        size=8,
        key="fn1",
    )

    # ---------------------------------------------------------------- tables
    d.add_page()
    rows = [S("Operating revenues:")]
    for j, (k, label) in enumerate(REV_LINES):
        rows.append(R(k, label, six(m.line[k]), indent=1, dollar=(j == 0)))
    rows.append(R("rev", "Total operating revenues", six(m.rev), kind="total", indent=2))
    rows.append(S("Operating expenses:"))
    for k, label in EXP_LINES:
        lab = label + (" (a)" if k == "special" else "")
        rows.append(R(k, lab, six(m.line[k]), indent=1, dollar=(k == "swb")))
    rows.append(R("opex", "Total operating expenses", six(m.opex), kind="total", indent=2))
    rows.append(R("oi", "Operating income (loss)", six(m.oi), kind="total"))
    rows.append(S("Nonoperating income (expense):"))
    rows.append(R("intinc", "Interest income", six(m.int_income), indent=1))
    rows.append(
        R(
            "intexp",
            "Interest expense, net of capitalized interest",
            six({p: -v for p, v in m.int_expense.items()}),
            indent=1,
        )
    )
    rows.append(R("othno", "Other nonoperating income (expense), net (b)", six(m.other_nonop), indent=1))
    rows.append(R("nonop", "Total nonoperating expense, net", six(m.nonop), kind="total", indent=2))
    rows.append(R("pretax", "Income (loss) before income taxes", six(m.pretax), kind="total"))
    rows.append(R("tax", "Income tax provision (benefit)", six(m.tax)))
    rows.append(R("ni", "Net income (loss)", six(m.ni), kind="grand", dollar=True))
    rows.append(R("blank", "", [], kind="blank"))
    rows.append(S("Earnings per share:"))
    rows.append(R("epsb", "Basic", six(m.eps_basic, fmt=lambda v: acct(v, 2)), indent=1, dollar=True))
    rows.append(R("epsd", "Diluted", six(m.eps_dil, fmt=lambda v: acct(v, 2)), indent=1, dollar=True))
    rows.append(S("Weighted average shares outstanding (in millions):"))
    rows.append(R("shb", "Basic", six(m.basic_sh, fmt=lambda v: dec(v, 1), chg=False), indent=1))
    rows.append(R("shd", "Diluted", six(m.dil_sh, fmt=lambda v: dec(v, 1), chg=False), indent=1))
    d.table(
        "is",
        "Corrowind Air Group, Inc.\nCondensed Consolidated Statements of Operations (unaudited)",
        "(in millions, except per share amounts)",
        COLS6,
        HDR6,
        rows,
        size=7.9,
        note=[
            "(a) Special items in 2025 consist of fleet retirement costs and a one-time labor contract ratification "
            "payment; 2024 amounts consist of fleet retirement costs.",
            "(b) Includes a loss on extinguishment of debt in the three and six months ended June 30, 2025.",
            "nm - not meaningful.",
        ],
    )

    # operating statistics
    rows = [
        R("asm", "Available seat miles (ASMs) (millions)", six(m.asm, fmt=lambda v: dec(v))),
        R("rpm", "Revenue passenger miles (RPMs) (millions)", six(m.rpm, fmt=lambda v: dec(v))),
        R("lf", "Passenger load factor (percent)", six(m.load, fmt=lambda v: dec(v, 1), chg_fn=pts), shade=True),
        R("yield", "Yield (cents)", six(m.yield_c, fmt=lambda v: dec(v, 2))),
        R("prasm", "Passenger revenue per ASM (PRASM) (cents)", six(m.prasm, fmt=lambda v: dec(v, 2))),
        R("trasm", "Total revenue per ASM (TRASM) (cents)", six(m.trasm, fmt=lambda v: dec(v, 2)), shade=True),
        R("casm", "Cost per ASM (CASM) (cents)", six(m.casm, fmt=lambda v: dec(v, 2))),
        R(
            "casmx",
            "CASM excluding fuel and special items (CASM-ex) (cents) (c)",
            six(m.casmx, fmt=lambda v: dec(v, 2)),
            shade=True,
        ),
        R("gal", "Fuel gallons consumed (millions)", six(m.gallons, fmt=lambda v: dec(v, 1))),
        R(
            "fpx",
            "Average aircraft fuel price including related taxes (dollars per gallon)",
            six(m.fuel_px, fmt=lambda v: dec(v, 2)),
        ),
        R("enp", "Passengers enplaned (thousands)", six(m.enplaned, fmt=lambda v: dec(v))),
        R(
            "dep",
            "Departures (thousands)",
            six(
                {k: Fr(str(v)) for k, v in zip(("Q1_24", "Q2_24", "Q1_25", "Q2_25"), i.departures, strict=True)}
                | {
                    "6M_24": Fr(str(i.departures[0])) + Fr(str(i.departures[1])),
                    "6M_25": Fr(str(i.departures[2])) + Fr(str(i.departures[3])),
                },
                fmt=lambda v: dec(v, 1),
            ),
        ),
        R("stage", "Average stage length (miles)", six(m.stage, fmt=lambda v: dec(v))),
        R(
            "fte",
            "Full-time equivalent employees at end of period",
            [
                dec(i.fte["25"]),
                dec(i.fte["24"]),
                pct_change(i.fte["25"], i.fte["24"]),
                dec(i.fte["25"]),
                dec(i.fte["24"]),
                pct_change(i.fte["25"], i.fte["24"]),
            ],
        ),
        R(
            "acft",
            "Mainline aircraft at end of period",
            [
                dec(m.aircraft["25"]),
                dec(m.aircraft["24"]),
                pct_change(m.aircraft["25"], m.aircraft["24"]),
                dec(m.aircraft["25"]),
                dec(m.aircraft["24"]),
                pct_change(m.aircraft["25"], m.aircraft["24"]),
            ],
        ),
    ]
    d.ln(2)
    d.table(
        "stats",
        "Operating Statistics (unaudited)",
        None,
        COLS6,
        HDR6,
        rows,
        size=7.9,
        note=[
            "(c) CASM-ex is a non-GAAP measure; see the reconciliation in this release. Unit metrics are "
            "calculated from unrounded amounts. Load factor change is shown in percentage points (pts)."
        ],
    )

    # regional passenger revenue
    d.add_page()
    rows = []
    for j, r in enumerate(m.regions):
        rp, ra, pr = m.region_pax[r], m.region_asm[r], m.region_prasm[r]
        rows.append(
            R(
                f"r{j}",
                r,
                [
                    acct(rp["Q2_25"]),
                    acct(rp["Q2_24"]),
                    pct_change(rp["Q2_25"], rp["Q2_24"]),
                    dec(ra["Q2_25"]),
                    dec(ra["Q2_24"]),
                    pct_change(ra["Q2_25"], ra["Q2_24"]),
                    dec(pr["Q2_25"], 2),
                    pct_change(pr["Q2_25"], pr["Q2_24"]),
                ],
                dollar=[j == 0, j == 0] + [False] * 6,
            )
        )
    rows.append(
        R(
            "tot",
            "Total passenger",
            [
                acct(m.line["pax"]["Q2_25"]),
                acct(m.line["pax"]["Q2_24"]),
                pct_change(m.line["pax"]["Q2_25"], m.line["pax"]["Q2_24"]),
                dec(m.asm["Q2_25"]),
                dec(m.asm["Q2_24"]),
                pct_change(m.asm["Q2_25"], m.asm["Q2_24"]),
                dec(m.prasm["Q2_25"], 2),
                pct_change(m.prasm["Q2_25"], m.prasm["Q2_24"]),
            ],
            kind="grand",
            dollar=[True, True] + [False] * 6,
        )
    )
    d.table(
        "region",
        "Passenger Revenue and Capacity by Region - Three Months Ended June 30 (unaudited)",
        None,
        [17, 17, 13, 17, 17, 13, 14, 13],
        [
            [("Passenger Revenue", 0, 3), ("ASMs", 3, 3), ("PRASM", 6, 2)],
            [("($ millions)", 0, 3), ("(millions)", 3, 3), ("(cents)", 6, 2)],
            [
                ("", None, 0),
                ("2025", 0, 1),
                ("2024", 1, 1),
                ("% Chg", 2, 1),
                ("2025", 3, 1),
                ("2024", 4, 1),
                ("% Chg", 5, 1),
                ("2025", 6, 1),
                ("% Chg", 7, 1),
            ],
        ],
        rows,
        size=7.8,
        label_w=46,
        note=[
            "Regional results are based on the origin and destination of each flight segment; domestic includes "
            "flights within the United States and to Canada."
        ],
    )
    d.para(
        "Domestic unit revenue benefited from a richer premium mix and the restructuring of our Merrin Bay hub "
        "schedule into three daily banks, while Latin America and Caribbean results reflected strong spring "
        "break demand and the annualization of new service to four beach destinations. Atlantic capacity was "
        "deployed principally to northern Europe, where yields held up better than in the Mediterranean.",
        size=8.5,
        key="p_region",
    )

    # balance sheet
    d.add_page()
    bsv = lambda t: [acct(t[1]), acct(t[0])]  # noqa: E731
    rows = [
        S("ASSETS"),
        S("Current assets"),
        R("cash", "Cash and cash equivalents", bsv(m.cash), dollar=True, indent=1),
        R("sti", "Short-term investments", bsv(i.sti), indent=1),
        R("rcash", "Restricted cash", bsv(i.restricted), indent=1),
        R("rec", "Receivables, net", bsv(i.receivables), indent=1),
        R("spares", "Aircraft fuel, spare parts and supplies, net", bsv(i.spares), indent=1),
        R("prepaid", "Prepaid expenses and other", bsv(i.prepaid), indent=1),
        R("tca", "Total current assets", bsv(m.tca), kind="total", indent=2),
        S("Property and equipment"),
        R("flt", "Flight equipment", bsv(i.flight_eq), indent=1),
        R("gnd", "Ground property and equipment", bsv(i.ground_eq), indent=1),
        R("dep", "Equipment purchase deposits", bsv(i.deposits), indent=1),
        R("gross", "Total property and equipment, at cost", bsv(m.ppe_gross), kind="total", indent=1),
        R("acc", "Less: accumulated depreciation and amortization", bsv((-i.accum_dep[0], -i.accum_dep[1])), indent=1),
        R("ppe", "Total property and equipment, net", bsv(m.ppe_net), kind="total", indent=2),
        R("rou", "Operating lease right-of-use assets", bsv(i.rou)),
        R("gw", "Goodwill", bsv(i.goodwill)),
        R("intang", "Intangibles, net", bsv(i.intangibles)),
        R("oa", "Other assets", bsv(i.other_assets)),
        R("ta", "Total assets", bsv(m.ta), kind="grand", dollar=True),
        S("LIABILITIES AND STOCKHOLDERS' EQUITY"),
        S("Current liabilities"),
        R("curdebt", "Current maturities of long-term debt and finance leases", bsv(i.cur_debt), dollar=True, indent=1),
        R("ap", "Accounts payable", bsv(i.ap), indent=1),
        R("wages", "Accrued salaries and wages", bsv(i.accr_wages), indent=1),
        R("atl", "Air traffic liability", bsv(i.atl), indent=1),
        R("loyc", "Loyalty program liability", bsv(i.loyalty_cur), indent=1),
        R("leasec", "Operating lease liabilities", bsv(i.lease_cur), indent=1),
        R("oacc", "Other accrued liabilities", bsv(i.other_accr), indent=1),
        R("tcl", "Total current liabilities", bsv(m.tcl), kind="total", indent=2),
        S("Noncurrent liabilities"),
        R("ltd", "Long-term debt and finance leases, net of current maturities", bsv(i.ltd), indent=1),
        R("loyn", "Loyalty program liability", bsv(i.loyalty_noncur), indent=1),
        R("leasen", "Operating lease liabilities", bsv(i.lease_noncur), indent=1),
        R("dtl", "Deferred income taxes", bsv(i.dtl), indent=1),
        R("ol", "Other liabilities", bsv(m.other_liab), indent=1),
        R("tl", "Total liabilities", bsv(m.tl), kind="total", indent=2),
        S("Stockholders' equity"),
        R("cs", "Common stock and additional paid-in capital", bsv(i.cs_apic), indent=1),
        R("re", "Retained earnings", bsv(m.re), indent=1),
        R("aoci", "Accumulated other comprehensive loss", bsv(i.aoci), indent=1),
        R("treas", "Treasury stock, at cost", bsv(i.treasury), indent=1),
        R("eq", "Total stockholders' equity", bsv(m.equity), kind="total", indent=2),
        R("tle", "Total liabilities and stockholders' equity", bsv(m.tle), kind="grand", dollar=True),
    ]
    d.table(
        "bs",
        "Corrowind Air Group, Inc.\nCondensed Consolidated Balance Sheets",
        "(in millions)",
        [26, 26],
        [
            [("June 30,", 0, 1), ("December 31,", 1, 1)],
            [("2025", 0, 1), ("2024", 1, 1)],
            [("", None, 0), ("(unaudited)", 0, 1), ("", 1, 1)],
        ],
        rows,
        size=8.2,
    )

    # cash flow summary
    cfk = [
        ("ni", "Net income", True),
        ("da", "Depreciation and amortization", False),
        ("deferred", "Deferred income taxes", False),
        ("other_nc", "Other non-cash items, net", False),
        ("atl", "Change in air traffic liability", False),
        ("other_wc", "Other changes in working capital", False),
    ]
    cf = m.cf
    rows = [S("Operating activities:")]
    for k, label, dol in cfk:
        rows.append(R(k, label, [acct(cf["25"][k]), acct(cf["24"][k])], indent=1, dollar=dol))
    rows.append(
        R(
            "cfo",
            "Net cash provided by operating activities",
            [acct(cf["25"]["cfo"]), acct(cf["24"]["cfo"])],
            kind="total",
            indent=2,
        )
    )
    rows.append(S("Investing activities:"))
    for k, label in [
        ("capex", "Capital expenditures, including aircraft pre-delivery deposits"),
        ("sti", "Net sales (purchases) of short-term investments"),
        ("other_inv", "Other investing activities, net"),
    ]:
        rows.append(R(k, label, [acct(cf["25"][k]), acct(cf["24"][k])], indent=1))
    rows.append(
        R(
            "cfi",
            "Net cash used in investing activities",
            [acct(cf["25"]["cfi"]), acct(cf["24"]["cfi"])],
            kind="total",
            indent=2,
        )
    )
    rows.append(S("Financing activities:"))
    for k, label in [
        ("proceeds", "Proceeds from issuance of long-term debt"),
        ("repay", "Payments on long-term debt and finance leases"),
        ("buyback", "Repurchases of common stock"),
        ("other_fin", "Other financing activities, net"),
    ]:
        rows.append(R(k, label, [acct(cf["25"][k]), acct(cf["24"][k])], indent=1))
    rows.append(
        R(
            "cff",
            "Net cash used in financing activities",
            [acct(cf["25"]["cff"]), acct(cf["24"]["cff"])],
            kind="total",
            indent=2,
        )
    )
    rows.append(
        R(
            "net",
            "Net increase in cash, cash equivalents and restricted cash",
            [acct(cf["25"]["net"]), acct(cf["24"]["net"])],
            kind="total",
        )
    )
    rows.append(
        R(
            "beg",
            "Cash, cash equivalents and restricted cash at beginning of period",
            [acct(cf["25"]["begin"]), acct(cf["24"]["begin"])],
        )
    )
    rows.append(
        R(
            "end",
            "Cash, cash equivalents and restricted cash at end of period",
            [acct(cf["25"]["end"]), acct(cf["24"]["end"])],
            kind="grand",
            dollar=True,
        )
    )
    d.add_page()
    d.table(
        "cf",
        "Corrowind Air Group, Inc.\nCondensed Consolidated Statements of Cash Flows (unaudited)",
        "(in millions)",
        [26, 26],
        [[("Six Months Ended June 30,", 0, 2)], [("2025", 0, 1), ("2024", 1, 1)]],
        rows,
        size=8.2,
    )

    # non-GAAP reconciliations
    d.add_page()
    d.heading("Reconciliation of GAAP to Non-GAAP Financial Measures (unaudited)", 2, align="C")
    d.para(
        "The Company evaluates its financial performance using certain non-GAAP measures that exclude special items. "
        "Management believes these measures provide a more meaningful comparison of the Company's results between "
        "periods and with other airlines. These measures should be considered in addition to, and not as a "
        "substitute for, the most directly comparable GAAP measures.",
        size=8.3,
    )
    HDR4 = [
        [("Three Months Ended June 30,", 0, 2), ("Six Months Ended June 30,", 2, 2)],
        [("2025", 0, 1), ("2024", 1, 1), ("2025", 2, 1), ("2024", 3, 1)],
    ]
    C4 = [22, 22, 22, 22]

    def four(dd, fmt=acct):
        return [fmt(dd[p]) for p in ("Q2_25", "Q2_24", "6M_25", "6M_24")]

    rows = [
        R("pretax", "Pre-tax income as reported (GAAP)", four(m.pretax), dollar=True),
        S("Special items:"),
        R("opspec", "Operating special items, net", four(m.line["special"]), indent=1),
        R("nonopspec", "Nonoperating special items, net (d)", four(m.nonop_special), indent=1),
        R("totspec", "Total special items", four(m.total_special), kind="total", indent=2),
        R("adjpt", "Adjusted pre-tax income (non-GAAP)", four(m.adj_pretax), kind="grand", dollar=True),
        R("blank", "", [], kind="blank"),
        R("ni", "Net income as reported (GAAP)", four(m.ni), dollar=True),
        R("spec2", "Total special items", four(m.total_special), indent=1),
        R("taxeff", "Income tax effect of special items", four({p: -v for p, v in m.special_tax.items()}), indent=1),
        R("adjni", "Adjusted net income (non-GAAP)", four(m.adj_ni), kind="grand", dollar=True),
        R("blank2", "", [], kind="blank"),
        R("dsh", "Diluted weighted average shares (millions)", four(m.dil_sh, fmt=lambda v: dec(v, 1))),
        R(
            "eps",
            "Diluted earnings per share as reported (GAAP)",
            four(m.eps_dil, fmt=lambda v: acct(v, 2)),
            dollar=True,
        ),
        R(
            "adjeps",
            "Adjusted diluted earnings per share (non-GAAP)",
            four(m.adj_eps, fmt=lambda v: acct(v, 2)),
            dollar=True,
        ),
    ]
    d.table(
        "ng_eps",
        "Adjusted Pre-Tax Income, Adjusted Net Income and Adjusted EPS",
        "(in millions, except per share amounts)",
        C4,
        HDR4,
        rows,
        size=7.9,
        note=[
            "(d) Loss on extinguishment of debt in 2025; net unrealized gains and losses on equity investments in 2024."
        ],
    )
    rows = [
        R("opex", "Total operating expenses (GAAP)", four(m.opex), dollar=True),
        R("fuel", "Less: aircraft fuel and related taxes", four({p: -v for p, v in m.line["fuel"].items()}), indent=1),
        R("spec", "Less: special items, net", four({p: -v for p, v in m.line["special"].items()}), indent=1),
        R(
            "opexx",
            "Operating expenses excluding fuel and special items (non-GAAP)",
            four(m.opex_ex),
            kind="grand",
            dollar=True,
        ),
        R("asm", "Available seat miles (millions)", four(m.asm, fmt=lambda v: dec(v))),
        R("casm", "CASM (cents)", four(m.casm, fmt=lambda v: dec(v, 2))),
        R("casmx", "CASM-ex (cents) (non-GAAP)", four(m.casmx, fmt=lambda v: dec(v, 2))),
    ]
    d.table(
        "ng_casm",
        "CASM Excluding Fuel and Special Items (CASM-ex)",
        "(in millions, except per ASM amounts)",
        C4,
        HDR4,
        rows,
        size=7.9,
    )
    rows = [
        R(
            "cfo",
            "Net cash provided by operating activities (GAAP)",
            [acct(cf["25"]["cfo"]), acct(cf["24"]["cfo"])],
            dollar=True,
        ),
        R(
            "capex",
            "Capital expenditures, including aircraft pre-delivery deposits",
            [acct(cf["25"]["capex"]), acct(cf["24"]["capex"])],
            indent=1,
        ),
        R(
            "fcf",
            "Free cash flow (non-GAAP)",
            [acct(cf["25"]["fcf"]), acct(cf["24"]["fcf"])],
            kind="grand",
            dollar=True,
        ),
    ]
    d.table(
        "ng_fcf",
        "Free Cash Flow",
        "(in millions)",
        [22, 22],
        [[("Six Months Ended June 30,", 0, 2)], [("2025", 0, 1), ("2024", 1, 1)]],
        rows,
        size=7.9,
    )

    # fleet
    d.add_page()
    rows = []
    for j, f in enumerate(m.fleet):
        rows.append(
            R(
                f"f{j}",
                f["name"],
                [dec(f["seats"]), dec(f["own"]), acct(f["fin"]), dec(f["op"]), dec(f["total"]), dec(f["age"], 1)],
            )
        )
    rows.append(
        R(
            "tot",
            "Total mainline fleet",
            [
                "",
                dec(m.fleet_tot["own"]),
                dec(m.fleet_tot["fin"]),
                dec(m.fleet_tot["op"]),
                dec(m.fleet_tot["total"]),
                dec(m.fleet_age, 1),
            ],
            kind="grand",
        )
    )
    d.table(
        "fleet",
        "Mainline Fleet as of June 30, 2025",
        None,
        [14, 15, 17, 17, 15, 18],
        [
            [("", 0, 1), ("", 1, 1), ("Finance", 2, 1), ("Operating", 3, 1), ("", 4, 1), ("Average Age", 5, 1)],
            [
                ("Aircraft Type", None, 0),
                ("Seats", 0, 1),
                ("Owned", 1, 1),
                ("Leased", 2, 1),
                ("Leased", 3, 1),
                ("Total", 4, 1),
                ("(Years)", 5, 1),
            ],
        ],
        rows,
        size=8,
        note=[
            f"Excludes {i.deliveries_2h} Aerivon AV-321X aircraft scheduled for delivery in the second half of "
            "2025. Seats reflect the standard two-class or three-class configuration of each type."
        ],
    )
    rows = []
    for j, (name, v) in enumerate(m.fleet_plan.items()):
        rows.append(R(f"p{j}", name, [acct(x) for x in v]))
    rows.append(R("net", "Net change in mainline fleet", [acct(x) for x in m.plan_net], kind="total"))
    rows.append(R("end", "Mainline fleet at end of period", [dec(x) for x in m.plan_end], kind="grand"))
    d.table(
        "fleetplan",
        "Mainline Fleet Plan - Scheduled Deliveries and Retirements",
        None,
        [24, 24, 24],
        [[("Remainder", 0, 1), ("", 1, 1), ("", 2, 1)], [("of 2025", 0, 1), ("2026", 1, 1), ("2027", 2, 1)]],
        rows,
        size=8,
        label_w=70,
        note=[
            "Retirements are shown in parentheses. The plan reflects firm orders and committed lease returns as "
            "of June 30, 2025 and is subject to change based on manufacturer delivery schedules."
        ],
    )
    return d
