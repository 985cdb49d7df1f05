"""Typesets the Tessandra Energy Holdings 2025 Form 10-K from model_utility values."""
from fractions import Fraction as F

import model_utility as U
from kit import BLANK, Filing, R, S, fmt, pct, plain, rnd

M = U.M
IS, BS, CF, EQ = M["IS"], M["BS"], M["CF"], M["EQ"]
Y3 = [2025, 2024, 2023]
Y2 = [2025, 2024]

STYLE = dict(family="serif", base=9.8, small=7.5, tbl=8.5, lead=0.43, lm=24, rm=24, tm=22, bm=18,
             align="J", table_style="ruled", center_titles=True, val_w=15.5, muted=(80, 80, 80),
             header_align="R", header_rule=True, footer="center", footer_text="",
             band_headings=False, title=f"{U.NAME} Annual Report on Form 10-K 2025",
             author=U.NAME)

HDR3 = [[("Year Ended December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]]
HDR2 = [[("December 31,", 2)], [("2025", 1), ("2024", 1)]]
HDR2Y = [[("Year Ended December 31,", 2)], [("2025", 1), ("2024", 1)]]


def yr(label, d, years=Y3, dollar=False, kind="normal", indent=1, dec=0, neg=False, bold=None):
    vals = [fmt(-d[y] if neg else d[y], dec) for y in years]
    return R(label, vals, kind=kind, indent=indent, dollar=dollar, bold=bold)


def money_b(x_m):
    return f"${plain(rnd(F(x_m, 1000), 2), 2)} billion"


def cover(p):
    p.new_section("none")
    p.set_font(p.fam, "B", 11)
    p.cell(0, 6, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 6, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font(p.fam, "", 9.5)
    p.cell(0, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.set_font(p.fam, "B", 20)
    p.cell(0, 10, "FORM 10-K", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
           size=9, align="C")
    p.para("For the fiscal year ended December 31, 2025", size=9.5, style="B", align="C")
    p.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
           size=9, align="C")
    p.ln(4)
    p.set_font(p.fam, "B", 15)
    p.cell(0, 8, U.NAME.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font(p.fam, "", 9)
    p.cell(0, 5, "(Exact name of registrant as specified in its charter)", align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font(p.fam, "B", 12)
    p.cell(0, 7, U.UTIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.table([R("Tessandra Energy Holdings, Inc.", ["001-38812", "State of Merrovia", "47-2210936"]),
             R("Tessandra Electric & Gas Company", ["001-04417", "State of Merrovia", "47-0318825"])],
            [[("Commission File Number", 1), ("State of Incorporation", 1), ("I.R.S. Employer ID", 1)]],
            3, val_w=34, dollar_w=0, aligns=["C", "C", "C"], keep=False)
    p.para("1400 Lanterne Avenue, Aldercrest, Merrovia 60418  \u2022  Telephone (604) 555-0190", size=9,
           align="C")
    p.ln(2)
    p.para("Securities registered pursuant to Section 12(b) of the Act: Common Stock, without par value, "
           "of Tessandra Energy Holdings, Inc., trading symbol TSDH, registered on the Continental "
           "Securities Exchange.", size=9, align="C")
    p.para("Indicate by check mark whether the registrant is a well-known seasoned issuer, as defined in "
           "Rule 405 of the Securities Act. Tessandra Energy Holdings, Inc. Yes [X] No [  ]. "
           "Indicate by check mark whether the registrant (1) has filed all reports required to be filed "
           "by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months "
           "and (2) has been subject to such filing requirements for the past 90 days. Yes [X] No [  ]. "
           "Large accelerated filer [X]. Accelerated filer [  ]. Non-accelerated filer [  ]. "
           "Smaller reporting company [  ].", size=8.5)
    p.para("The aggregate market value of the common stock of Tessandra Energy Holdings, Inc. held by "
           "non-affiliates as of June 30, 2025 was approximately $11.9 billion. As of January 31, 2026, "
           "there were 162,118,406 shares of common stock outstanding. All of the common stock of "
           "Tessandra Electric & Gas Company is held by Tessandra Energy Holdings, Inc.", size=8.5)
    p.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the definitive proxy statement for the 2026 "
           "annual meeting of shareholders are incorporated by reference into Part III.", size=8.5)


def toc(p, entries):
    p.new_section("roman", running=f"{U.NAME} \u2014 2025 Form 10-K")
    p.heading("TABLE OF CONTENTS", 0)
    rows = []
    for part, item, title, page in entries:
        if part:
            rows.append(S(part))
        rows.append(R(f"{item}  {title}" if item else title, [page], indent=1))
    p.table(rows, [[("Page", 1)]], 1, val_w=14, dollar_w=0, keep=False)
    p.heading("GLOSSARY OF TERMS", 2)
    p.table([R(a, [b]) for a, b in [
        ("AFUDC", "Allowance for funds used during construction"),
        ("Dth / MDth", "Dekatherm / thousand dekatherms"),
        ("GWh / MW", "Gigawatt-hour / megawatt"),
        ("MPSC", "Merrovia Public Service Commission"),
        ("O&M", "Operation and maintenance"),
        ("ROE", "Return on common equity authorized by the MPSC"),
        ("TEG", "Tessandra Electric & Gas Company, the regulated utility subsidiary")]],
        [], 1, text_cols=[110], dollar_w=0, label_w=40, keep=False)
    p.heading("FORWARD-LOOKING STATEMENTS", 2)
    p.para("This report contains forward-looking statements, including statements regarding capital "
           "investment plans, rate proceedings, financing plans, customer growth and weather-normalized "
           "sales. Actual results may differ materially because of weather, regulatory decisions of the "
           "MPSC, wholesale commodity prices, the cost and availability of capital, storms and other "
           "natural events, cybersecurity incidents and the other factors discussed in Item 1A. We "
           "undertake no obligation to update forward-looking statements.", size=9)


def part1(p):
    p.new_section("num")
    p.heading("PART I", 0)
    p.heading("ITEM 1. BUSINESS", 1)
    p.heading("General", 2)
    p.para(f"{U.NAME} (\"Tessandra\", the \"Company\", \"we\") is a holding company whose principal "
           f"subsidiary, {U.UTIL} (\"TEG\"), is a vertically integrated electric utility and a natural gas "
           "local distribution company serving the central and eastern regions of the State of Merrovia. "
           "TEG is regulated by the Merrovia Public Service Commission (\"MPSC\") with respect to retail "
           "rates, service, accounting and the issuance of securities, and by the Federal Energy "
           "Regulatory Commission with respect to transmission and wholesale sales. We report two "
           "segments, Electric and Gas; holding-company financing costs and administrative costs are "
           f"reported in Corporate and Other. At December 31, 2025, we had {U.EMPLOYEES:,} employees, "
           "approximately 58% of whom are represented by collective bargaining units.")
    p.heading("Service Territory and Customers", 2)
    p.para("TEG's electric service territory covers approximately 14,200 square miles and includes the "
           "cities of Aldercrest, Fenmouth, Marrow Falls and Quillhaven and the surrounding Brennock "
           "Valley. Natural gas distribution service is provided in 212 communities, principally in the "
           "eastern Brennock Valley and along the Sellingham corridor. The number of customers served at "
           "December 31, 2025 was as follows:")
    rows = []
    for segname, d in U.CUSTOMERS.items():
        rows.append(S(segname))
        for k, v in d.items():
            rows.append(R(k, [fmt(v)], indent=1))
        rows.append(R(f"Total {segname.lower()} customers", [fmt(sum(d.values()))], kind="subtotal",
                      indent=1))
    p.table(rows, [[("Customers at\nDecember 31, 2025", 1)]], 1, val_w=30, dollar_w=0,
            title="Customers by Class", label_w=80)
    p.heading("Electric Generation and Supply", 2)
    cap = sum(x[2] for x in U.PLANTS)
    p.para(f"TEG owns or jointly operates generating facilities with a net summer capability of "
           f"{cap:,} MW (see Item 2, Properties). During 2025, TEG's energy requirements were supplied "
           "by the following sources, expressed as a percentage of total energy supplied:")
    p.table([R(k, [f"{v}%"], indent=1) for k, v in U.GEN_MIX] +
            [R("Total", ["100%"], kind="total", indent=1)],
            [[("2025", 1)]], 1, val_w=20, dollar_w=0, label_w=80, title="Energy Supply Mix")
    p.para("The coal-fired Corbridge Station Units 3\u20134 are scheduled for retirement in 2031 under TEG's "
           "integrated resource plan approved by the MPSC in 2024. The plan adds approximately 1,400 MW of "
           "wind, solar and battery storage resources between 2026 and 2031.")
    p.heading("Rate Matters", 2)
    e, g = U.RATE_E, U.RATE_G
    p.para(f"Electric rate case. In February 2025, TEG filed an application with the MPSC requesting an "
           f"increase in annual electric base revenues of ${e['req']} million, based on a requested ROE "
           f"of {e['roe_req']} and a common equity ratio of {e['eq_req']}. In November 2025, the MPSC "
           f"approved a settlement providing for an annual electric base revenue increase of "
           f"${e['appr']} million effective January 1, 2026, based on an authorized ROE of "
           f"{e['roe_appr']}, a common equity ratio of {e['eq_appr']} and an electric rate base of "
           f"${e['rate_base']} billion. The settlement also authorizes deferral of incremental storm "
           "restoration costs above a normalized annual level.")
    p.para(f"Gas rate case. In March 2025, TEG requested an increase in annual gas base revenues of "
           f"${g['req']} million. The MPSC approved an annual increase of ${g['appr']} million, effective "
           f"August 1, 2025, with an authorized ROE of {g['roe_appr']}. The order disallowed recovery of "
           "certain costs of the Harwick underground gas storage field (see Note 3).")
    p.heading("Seasonality and Competition", 2)
    p.para("Electric sales peak in the summer cooling season and in the winter heating season; gas "
           "sales are concentrated in the first and fourth quarters. TEG holds exclusive franchises in "
           "its retail service territory. Large customers may generate their own power, and distributed "
           "solar installations continue to increase, which are considered in our load forecasts.")

    p.heading("ITEM 1A. RISK FACTORS", 1)
    risks = [
        ("Regulatory risk.", "Our revenues and earnings depend on rates approved by the MPSC. Rate orders "
         "may authorize returns below those requested, disallow costs we have incurred, or be delayed, "
         "and changes in regulatory policy could affect the recovery of regulatory assets."),
        ("Weather and climate.", "Customer usage is sensitive to temperature. Milder than normal weather "
         "reduces sales, and severe storms can damage our systems and require significant restoration "
         "spending that may not be recovered on a timely basis."),
        ("Capital program and financing.", "We plan substantial capital investment in generation, "
         "transmission and distribution. Our ability to finance this program depends on access to "
         "capital markets on reasonable terms, our credit ratings and the level of interest rates."),
        ("Commodity prices.", "Although fuel and purchased gas costs are generally recovered through "
         "adjustment clauses, high commodity prices increase customer bills, may reduce usage and "
         "increase working capital requirements and bad debt expense."),
        ("Operational and cybersecurity risks.", "The operation of generating plants, pipelines and "
         "grid assets involves risks of explosions, outages and physical or cyber attacks, which could "
         "result in significant costs, liabilities and reputational harm."),
        ("Environmental regulation.", "We are subject to extensive federal and state environmental "
         "laws, including rules on greenhouse gas emissions, coal combustion residuals and the "
         "remediation of former manufactured gas plant sites."),
        ("Pension obligations.", "Declines in interest rates or in the value of plan assets could "
         "increase required pension contributions and pension cost."),
        ("Holding company structure.", "Tessandra Energy Holdings depends on dividends from TEG to pay "
         "its obligations and its dividends; TEG's ability to pay dividends is subject to MPSC "
         "restrictions, including a requirement to maintain a common equity ratio of at least 45%."),
    ]
    for h, t in risks:
        p.set_font(p.fam, "BI", p.st["base"])
        p.multi_cell(0, p.st["base"] * p.st["lead"], h, new_x="LMARGIN", new_y="NEXT")
        p.para(t)
    p.heading("ITEM 1B. UNRESOLVED STAFF COMMENTS", 1)
    p.para("None.")
    p.heading("ITEM 1C. CYBERSECURITY", 1)
    p.para("Our cybersecurity program is overseen by the Audit and Risk Committee of the Board of "
           "Directors and managed by our Chief Information Security Officer, who reports quarterly to "
           "the committee. The program is aligned with recognized industry frameworks and includes "
           "third-party assessments, incident response exercises and supplier risk reviews. We did not "
           "identify any cybersecurity incident in 2025 that materially affected us.")
    p.heading("ITEM 2. PROPERTIES", 1)
    p.para("TEG's principal generating facilities at December 31, 2025 were:")
    rows = [R(n, [f, fmt(mw), str(yy)], indent=0) for n, f, mw, yy in U.PLANTS]
    rows.append(R("Total net summer capability", ["", fmt(cap), ""], kind="total"))
    p.table(rows, [[("Fuel type", 1), ("Net MW", 1), ("In service", 1)]], 3,
            text_cols=[52], val_w=16, dollar_w=0, title="Generating Facilities")
    p.para("TEG's transmission system includes approximately 6,180 circuit miles of lines at 69 kV and "
           "above, and its distribution system approximately 48,900 circuit miles. The gas system "
           "includes 18,700 miles of distribution mains and the Harwick storage field. Substantially all "
           "of TEG's utility plant is subject to the lien of its first mortgage bond indenture.")
    p.heading("ITEM 3. LEGAL PROCEEDINGS", 1)
    p.para("See Note 14, Commitments and Contingencies, to the consolidated financial statements.")
    p.heading("ITEM 4. MINE SAFETY DISCLOSURES", 1)
    p.para("Not applicable.")


def part2(p):
    p.heading("PART II", 0)
    p.heading("ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND "
              "ISSUER PURCHASES OF EQUITY SECURITIES", 1)
    p.para(f"Tessandra Energy Holdings common stock trades on the Continental Securities Exchange under "
           f"the symbol TSDH. At January 31, 2026, there were {U.HOLDERS:,} holders of record. Dividends "
           "declared per share of common stock were as follows:")
    rows = [R(q, [fmt(U.DPS_Q[2025], 2), fmt(U.DPS_Q[2024], 2)], dollar=(i == 0), indent=1)
            for i, q in enumerate(["First quarter", "Second quarter", "Third quarter", "Fourth quarter"])]
    rows.append(R("Total", [fmt(IS["dps"][2025], 2), fmt(IS["dps"][2024], 2)], kind="total", dollar=True,
                  indent=1))
    p.table(rows, [[("2025", 1), ("2024", 1)]], 2, title="Dividends Declared per Common Share",
            label_w=70)
    p.para("In February 2026, the Board of Directors declared a quarterly dividend of $0.745 per share. "
           "No shares were repurchased during the fourth quarter of 2025.")
    p.heading("ITEM 6. [RESERVED]", 1)


def mdna(p):
    ni, rev = IS["ni"], IS["rev"]
    p.heading("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF "
              "OPERATIONS", 1)
    p.heading("Overview", 2)
    dni = ni[2025] - ni[2024]
    p.para(f"Net income was ${ni[2025]} million, or ${plain(IS['eps_d'][2025], 2)} per diluted share, in "
           f"2025, compared with ${ni[2024]} million, or ${plain(IS['eps_d'][2024], 2)} per diluted share, "
           f"in 2024. The increase of ${dni} million reflected new electric and gas base rates, colder "
           "winter weather and higher transmission revenues, partially offset by higher depreciation "
           "and interest expense from our capital investment program and the Harwick storage "
           "disallowance recorded in the third quarter.")
    p.heading("Non-GAAP Financial Measure \u2014 Adjusted Earnings", 2)
    p.para("Management uses adjusted earnings and adjusted earnings per diluted share, which exclude "
           "items that management does not consider representative of ongoing operations, to evaluate "
           "performance and to set incentive compensation targets. Adjusted earnings should not be "
           "considered an alternative to net income determined under GAAP.")
    A = M["ADJ"]
    rows = [R("Net income / diluted EPS (GAAP)", [fmt(ni[2025]), fmt(IS["eps_d"][2025], 2),
                                                  fmt(ni[2024]), fmt(IS["eps_d"][2024], 2)], dollar=True)]
    for i, (lab, v) in enumerate(U.ADJ):
        rows.append(R(lab + f" ({'abc'[i]})", [fmt(v[2025]), fmt(A["ps"][2025][i], 2), fmt(v[2024]),
                                               fmt(A["ps"][2024][i], 2)], indent=1))
    rows.append(R("Adjusted earnings / adjusted diluted EPS (non-GAAP)",
                  [fmt(A["earn"][2025]), fmt(A["eps"][2025], 2), fmt(A["earn"][2024]),
                   fmt(A["eps"][2024], 2)], kind="total", dollar=True))
    p.table(rows, [[("2025", 2), ("2024", 2)], [("Earnings", 1), ("Per Share", 1), ("Earnings", 1),
                                                 ("Per Share", 1)]], 4,
            title="Reconciliation of Net Income to Adjusted Earnings",
            units="(in millions, except per share amounts; all adjustments shown after tax)",
            val_w=14, notes=[
                "(a) Write-off of Harwick storage field costs disallowed in the MPSC gas rate order; "
                "pre-tax charge of $37 million in other operation and maintenance.",
                "(b) Severance and consulting costs of the 2024 organizational realignment.",
                "(c) Unrealized changes in the fair value of economic hedges not subject to regulatory "
                "deferral."])
    p.heading("Results of Operations", 2)
    p.para(f"Total operating revenues were ${plain(rev[2025])} million in 2025 compared with "
           f"${plain(rev[2024])} million in 2024. Operating income was ${plain(IS['opinc'][2025])} million "
           f"compared with ${plain(IS['opinc'][2024])} million. The discussion below is presented by "
           "segment; segment net income includes allocated interest and income taxes.")
    for s, name in (("E", "Electric"), ("G", "Gas")):
        fc = "Fuel and purchased power" if s == "E" else "Cost of natural gas sold"
        d = {k: {y: v for y, v in M[k][s].items()} for k in ("rev", "fuelcost", "seg_opinc", "seg_ni")}
        rows = [yr("Operating revenues", d["rev"], dollar=True, indent=0),
                yr(fc, d["fuelcost"]),
                yr("Other operation and maintenance", U.OM[s]),
                yr("Depreciation and amortization", U.DA[s]),
                yr("Taxes other than income taxes", U.TOT[s]),
                yr("Operating income", d["seg_opinc"], kind="subtotal", indent=0),
                yr("Allowance for equity funds used during construction", U.AFUDC[s]),
                yr("Other income (expense), net", U.OTHINC[s]),
                yr("Interest expense", U.INT[s], neg=True),
                yr("Income tax expense", U.TAX[s], neg=True),
                yr(f"{name} segment net income", d["seg_ni"], kind="total", dollar=True, indent=0)]
        p.heading(f"{name} Segment", 3)
        p.table(rows, HDR3, 3, title=f"{name} Segment Results", units="(in millions)")
        if s == "E":
            drev = d["rev"][2025] - d["rev"][2024]
            p.para(f"Electric operating revenues increased ${drev} million, or "
                   f"{pct(F(drev, d['rev'][2024]))}, primarily due to higher retail sales volumes from "
                   "warmer summer weather and customer growth, higher transmission revenues and the "
                   "recovery of higher fuel and purchased power costs. Fuel and purchased power costs are "
                   "recovered from customers through the fuel adjustment clause and have no material "
                   "effect on net income. Depreciation and amortization increased as the Ostwick Solar "
                   "facility and grid modernization projects were placed in service.")
            rows = [yr(k, v, dec=0) for k, v in U.GWH.items()]
            rows.append(yr("Total retail sales", M["gwh_retail"], kind="subtotal", indent=0))
            rows.append(yr("Wholesale sales", U.GWH_WHOLESALE))
            rows.append(yr("Total electric sales", M["gwh_total"], kind="total", indent=0))
            p.table(rows, HDR3, 3, title="Electric Sales Volumes", units="(GWh)")
            p.para("Weather. Cooling and heating degree days in TEG's service territory, measured at the "
                   "Aldercrest regional airport, were as follows (normal is the 20-year average):")
            p.table([R("Heating degree days", [fmt(U.HDD[2025]), fmt(U.HDD[2024]), fmt(U.HDD["normal"])],
                       indent=1),
                     R("Cooling degree days", [fmt(U.CDD[2025]), fmt(U.CDD[2024]), fmt(U.CDD["normal"])],
                       indent=1)],
                    [[("2025", 1), ("2024", 1), ("Normal", 1)]], 3, title="Degree Days")
        else:
            p.para("Gas operating revenues increased primarily due to higher sales volumes from colder "
                   "weather in the first quarter of 2025 and the new base rates effective August 1, "
                   "2025, partially offset by a reduction in decoupling revenues. The cost of natural "
                   "gas sold is passed through to customers under the purchased gas adjustment "
                   "mechanism. Other operation and maintenance includes the $37 million pre-tax "
                   "Harwick storage disallowance.")
            rows = [yr(k, v) for k, v in U.MDTH.items()]
            rows.append(yr("Total gas throughput", M["mdth_total"], kind="total", indent=0))
            p.table(rows, HDR3, 3, title="Gas Sales and Transportation Volumes", units="(MDth)")
    p.heading("Corporate and Other", 3)
    c = M["seg_ni"]["C"]
    p.para(f"Corporate and Other recorded a net loss of ${-c[2025]} million in 2025 compared with "
           f"${-c[2024]} million in 2024, driven primarily by higher holding-company interest expense "
           f"on the senior notes issued in 2025.")
    p.heading("Income Taxes", 3)
    p.para(f"The effective income tax rate was {pct(M['TX']['etr'][2025])} in 2025 and "
           f"{pct(M['TX']['etr'][2024])} in 2024. The effective rates are below the federal statutory "
           "rate primarily because of the amortization of excess deferred income taxes returned to "
           "customers, production tax credits and AFUDC equity (see Note 8).")

    p.heading("Liquidity and Capital Resources", 2)
    cf = CF
    rows = [yr("Net cash provided by operating activities", {y: cf[y]["cfo"] for y in Y3}, dollar=True,
               indent=0),
            yr("Net cash used in investing activities", {y: cf[y]["inv"] for y in Y3}, indent=0),
            yr("Net cash provided by (used in) financing activities", {y: cf[y]["fin"] for y in Y3},
               indent=0),
            yr("Net change in cash and cash equivalents", {y: cf[y]["net"] for y in Y3}, kind="total",
               dollar=True, indent=0)]
    p.table(rows, HDR3, 3, title="Summary of Cash Flows", units="(in millions)")
    capx = M["PLANT"]["capex"]
    p.para(f"Cash from operating activities increased in 2025 due to higher net income, the collection "
           f"of deferred fuel costs and the timing of tax payments. Capital expenditures were "
           f"{money_b(capx[2025])} in 2025 compared with {money_b(capx[2024])} in 2024. We expect capital "
           f"expenditures of approximately {money_b(U.CAPEX_PLAN_2026)} in 2026, financed with internally "
           "generated funds, first mortgage bonds, holding-company debt and approximately $250 million "
           "of equity through our at-the-market and dividend reinvestment programs.")
    rows = [R(k, [fmt(v[2025]), fmt(v[2024])], indent=1, dollar=(i == 0))
            for i, (k, v) in enumerate(U.CAPEX_CAT)]
    rows.append(R("Total capital expenditures", [fmt(capx[2025]), fmt(capx[2024])], kind="total",
                  dollar=True, indent=0))
    p.table(rows, HDR2Y, 2, title="Capital Expenditures by Category", units="(in millions)", label_w=90)
    p.heading("Credit Facilities and Short-Term Borrowings", 3)
    rows = [R(n, [fmt(cap), fmt(cp), fmt(lc), fmt(av)], dollar=(i == 0), indent=0)
            for i, (n, cap, cp, lc, av, mt) in enumerate(M["FAC"])]
    t = M["FAC_TOT"]
    rows.append(R("Total", [fmt(t[0]), fmt(t[1]), fmt(t[2]), fmt(t[3])], kind="total", dollar=True))
    p.table(rows, [[("Capacity", 1), ("Commercial\npaper", 1), ("Letters of\ncredit", 1),
                    ("Available\ncapacity", 1)]], 4, title="Credit Facilities at December 31, 2025",
            units="(in millions)", val_w=14)
    p.para("Both revolving facilities mature in June 2030 and support our commercial paper programs. "
           "The facilities require a ratio of consolidated debt to total capitalization of no more than "
           "65%; we were in compliance at December 31, 2025.")
    buckets, co, tr = M["CONTRACT"]
    rows = [R(n, [fmt(d["total"])] + [fmt(d[b]) for b in buckets], dollar=(i == 0), indent=0)
            for i, (n, d) in enumerate(co)]
    rows.append(R("Total contractual obligations", [fmt(tr["total"])] + [fmt(tr[b]) for b in buckets],
                  kind="total", dollar=True))
    p.table(rows, [[("Total", 1), ("2026", 1), ("2027\u20132028", 1), ("2029\u20132030", 1),
                    ("Thereafter", 1)]], 5, title="Contractual Obligations at December 31, 2025",
            units="(in millions)", val_w=13)
    p.heading("Critical Accounting Estimates", 2)
    p.para("Our critical accounting estimates include the accounting for the effects of regulation, "
           "unbilled revenues, pension and other postretirement benefits, and asset retirement "
           "obligations. A 25 basis point decrease in the pension discount rate would increase the "
           "projected benefit obligation by approximately $71 million.")
    p.heading("ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK", 1)
    p.para("We are exposed to interest rate risk on short-term borrowings and variable-rate debt and to "
           "commodity price risk, which is largely mitigated by cost recovery mechanisms. A hypothetical "
           "100 basis point increase in short-term interest rates would reduce annual pre-tax income by "
           "approximately $4 million.")
    p.heading("ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", 1)
    p.para("The consolidated financial statements and notes begin on page F-1.")
    p.heading("ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS", 1)
    p.para("None.")
    p.heading("ITEM 9A. CONTROLS AND PROCEDURES", 1)
    p.para("Management, with the participation of our Chief Executive Officer, Miriam Oldenfeld, and our "
           "Chief Financial Officer, Tobias Wrenhaven, concluded that our disclosure controls and "
           "procedures and our internal control over financial reporting were effective as of December "
           "31, 2025. Ashcombe Trellis LLP has issued an attestation report on our internal control over "
           "financial reporting.")
    p.heading("ITEM 9B. OTHER INFORMATION", 1)
    p.para("None.")
    p.heading("PART III", 0)
    p.para("Items 10 through 14 are incorporated by reference to our 2026 proxy statement.")
    p.heading("PART IV", 0)
    p.heading("ITEM 15. EXHIBITS AND FINANCIAL STATEMENT SCHEDULES", 1)
    p.table([R(a, [b]) for a, b in [
        ("3.1", "Amended and Restated Articles of Incorporation of Tessandra Energy Holdings, Inc."),
        ("4.1", "Indenture of Mortgage and Deed of Trust of Tessandra Electric & Gas Company"),
        ("10.1", "Amended Revolving Credit Agreement dated June 12, 2025"),
        ("21", "Subsidiaries of the registrant"),
        ("23", "Consent of Ashcombe Trellis LLP"),
        ("31 / 32", "Certifications of the CEO and CFO")]],
        [[("Description", 1)]], 1, text_cols=[130], dollar_w=0, label_w=20)
    p.heading("SIGNATURES", 2)
    p.para("Pursuant to the requirements of the Securities Exchange Act of 1934, the registrants have "
           "duly caused this report to be signed on their behalf by the undersigned, thereunto duly "
           "authorized, on February 24, 2026. Tessandra Energy Holdings, Inc. and Tessandra Electric & "
           "Gas Company, by /s/ Miriam Oldenfeld, President and Chief Executive Officer, and /s/ Tobias "
           "Wrenhaven, Executive Vice President and Chief Financial Officer.")


def stmt_title(p, title, units):
    p.set_font(p.fam, "B", 10)
    p.cell(0, 5, U.NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    return title, units


def financials(p):
    p.new_section("F", running=f"{U.NAME} \u2014 Consolidated Financial Statements")
    p.heading("REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", 1)
    p.para("To the Shareholders and Board of Directors of Tessandra Energy Holdings, Inc.")
    p.para("Opinion on the Financial Statements. We have audited the accompanying consolidated balance "
           "sheets of Tessandra Energy Holdings, Inc. and subsidiaries (the \"Company\") as of December "
           "31, 2025 and 2024, the related consolidated statements of income, comprehensive income, "
           "shareholders' equity and cash flows for each of the three years in the period ended December "
           "31, 2025, and the related notes (collectively, the \"financial statements\"). In our opinion, "
           "the financial statements present fairly, in all material respects, the financial position of "
           "the Company as of December 31, 2025 and 2024, and the results of its operations and its cash "
           "flows for each of the three years in the period ended December 31, 2025, in conformity with "
           "accounting principles generally accepted in the United States of America.")
    p.para("Basis for Opinion. These financial statements are the responsibility of the Company's "
           "management. Our responsibility is to express an opinion on the Company's financial statements "
           "based on our audits. We conducted our audits in accordance with the standards of the Public "
           "Company Accounting Oversight Board (United States).")
    p.para("Critical Audit Matter \u2014 Impact of Rate Regulation. As discussed in Note 3, the Company "
           "is subject to rate regulation by the MPSC. Auditing the recognition of regulatory assets and "
           "liabilities, including the Harwick storage disallowance, involved especially challenging "
           "judgments about the probability of future recovery. Our procedures included reading "
           "regulatory orders and filings and evaluating management's assessment of recoverability.")
    p.para("/s/ Ashcombe Trellis LLP\nAldercrest, Merrovia\nFebruary 24, 2026\nWe have served as the "
           "Company's auditor since 2009.")

    # income statement
    p.add_page()
    rows = [S("Operating revenues"),
            yr("Electric", IS["rev_e"], dollar=True), yr("Natural gas", IS["rev_g"]),
            yr("Total operating revenues", IS["rev"], kind="subtotal", indent=2),
            S("Operating expenses"),
            yr("Fuel used in electric generation", IS["fuel"]), yr("Purchased power", IS["purch"]),
            yr("Cost of natural gas sold", IS["gascost"]),
            yr("Other operation and maintenance", IS["om"]),
            yr("Depreciation and amortization", IS["da"]),
            yr("Taxes other than income taxes", IS["tot"]),
            yr("Total operating expenses", IS["opex"], kind="subtotal", indent=2),
            yr("Operating income", IS["opinc"], indent=0),
            S("Other income (expense)"),
            yr("Allowance for equity funds used during construction", IS["afudc"]),
            yr("Other income (expense), net (a)", IS["othinc"]),
            yr("Interest expense, net of amounts capitalized", IS["int"], neg=True),
            yr("Total other income (expense)", IS["other_total"], kind="subtotal", indent=2),
            yr("Income before income taxes", IS["pretax"], indent=0),
            yr("Income tax expense", IS["tax"], indent=0),
            yr("Net income", IS["ni"], kind="total", dollar=True, indent=0),
            BLANK,
            S("Earnings per common share"),
            yr("Basic", IS["eps_b"], dec=2, dollar=True), yr("Diluted", IS["eps_d"], dec=2, dollar=True),
            S("Weighted average common shares outstanding"),
            yr("Basic", U.W_BASIC, dec=1), yr("Diluted", U.W_DIL, dec=1),
            BLANK,
            yr("Dividends declared per common share", IS["dps"], dec=2, dollar=True, indent=0)]
    p.table(rows, HDR3, 3, title=f"{U.NAME}\nCONSOLIDATED STATEMENTS OF INCOME".split("\n")[1],
            units="(in millions, except per share amounts)",
            notes=["(a) Includes the non-service components of net periodic pension and other "
                   "postretirement benefit cost.",
                   "The accompanying notes are an integral part of these consolidated financial statements."])
    rows = [yr("Net income", IS["ni"], dollar=True, indent=0),
            S("Other comprehensive income (loss), net of tax"),
            yr("Pension and other postretirement benefits and cash flow hedges", U.OCI),
            yr("Other comprehensive income (loss)", U.OCI, kind="subtotal", indent=2),
            yr("Comprehensive income", M["CI"], kind="total", dollar=True, indent=0)]
    p.table(rows, HDR3, 3, title="CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", units="(in millions)")

    # balance sheet
    p.add_page()
    b = BS

    def br(label, key, dollar=False, kind="normal", indent=1, neg=False):
        return R(label, [fmt(-b[y][key] if neg else b[y][key]) for y in Y2], kind=kind, indent=indent,
                 dollar=dollar)
    rows = [S("ASSETS"), S("Utility plant", 0),
            br("Utility plant in service", "pis", dollar=True),
            br("Less accumulated depreciation and amortization", "ad", neg=True),
            br("Net utility plant in service", "net_pis", kind="subtotal", indent=2),
            br("Construction work in progress", "cwip"),
            br("Net utility plant", "netplant", kind="subtotal", indent=2),
            S("Current assets", 0),
            br("Cash and cash equivalents", "cash"),
            R(f"Accounts receivable, net of allowance of ${b[2025]['allow']} and ${b[2024]['allow']}",
              [fmt(b[2025]["ar"]), fmt(b[2024]["ar"])], indent=1),
            br("Unbilled revenues", "unbilled"),
            br("Fuel, materials and supplies", "fms"),
            br("Regulatory assets \u2014 current", "ra_cur"),
            br("Prepayments and other current assets", "prepay"),
            br("Total current assets", "ca_total", kind="subtotal", indent=2),
            S("Deferred charges and other assets", 0),
            br("Regulatory assets", "ra_nc"), br("Goodwill", "goodwill"),
            br("Operating lease right-of-use assets", "rou"),
            br("Other investments", "oth_inv"), br("Other deferred charges", "oth_dc"),
            br("Total deferred charges and other assets", "dc_total", kind="subtotal", indent=2),
            br("Total assets", "ta", kind="total", dollar=True, indent=0),
            S("CAPITALIZATION AND LIABILITIES"), S("Capitalization", 0),
            S(f"Common stock, no par; {plain(b[2025]['sh_out'], 1)} and {plain(b[2024]['sh_out'], 1)} "
              f"million shares outstanding", 1),
            br("Common stock", "cs", dollar=True, indent=2),
            br("Retained earnings", "re", indent=2),
            br("Accumulated other comprehensive loss", "aoci", indent=2),
            br("Total common shareholders' equity", "equity", kind="subtotal", indent=2),
            br("Long-term debt, net", "ltd"),
            br("Total capitalization", "cap", kind="subtotal", indent=2),
            S("Current liabilities", 0),
            br("Short-term borrowings", "st"), br("Current maturities of long-term debt", "curmat"),
            br("Accounts payable", "ap"), br("Customer deposits", "custdep"),
            br("Taxes accrued", "taxacc"), br("Interest accrued", "intacc"),
            br("Regulatory liabilities \u2014 current", "rl_cur"),
            br("Other current liabilities", "oth_cl"),
            br("Total current liabilities", "cl_total", kind="subtotal", indent=2),
            S("Deferred credits and other liabilities", 0),
            br("Deferred income taxes", "dtl"), br("Regulatory liabilities", "rl_nc"),
            br("Asset retirement obligations", "aro"),
            br("Accrued pension benefit obligation", "pen"),
            br("Operating lease liabilities", "lease"),
            br("Other deferred credits and liabilities", "oth_dcr"),
            br("Total deferred credits and other liabilities", "dcr_total", kind="subtotal", indent=2),
            R("Commitments and contingencies (Note 14)", [], indent=0),
            br("Total capitalization and liabilities", "tle", kind="total", dollar=True, indent=0)]
    p.table(rows, HDR2, 2, title="CONSOLIDATED BALANCE SHEETS", units="(in millions)", break_after=24,
            label_w=120)

    # cash flows
    p.add_page()
    c = {k: {y: CF[y][k] for y in Y3} for k in CF[2025]}
    rows = [S("Operating activities"),
            yr("Net income", c["ni"], dollar=True),
            S("Adjustments to reconcile net income to net cash from operating activities", 1),
            yr("Depreciation and amortization", c["da"], indent=2),
            yr("Deferred income taxes", c["def"], indent=2),
            yr("Allowance for equity funds used during construction", c["afudc"], indent=2),
            yr("Share-based compensation", c["sbc"], indent=2),
            S("Changes in assets and liabilities", 1),
            yr("Accounts receivable and unbilled revenues", c["ar"], indent=2),
            yr("Fuel, materials and supplies", c["fms"], indent=2),
            yr("Regulatory assets and liabilities, net", c["reg"], indent=2),
            yr("Accounts payable", c["ap"], indent=2),
            yr("Taxes and interest accrued", c["taxint"], indent=2),
            yr("Other current assets and liabilities, net", c["othcur"], indent=2),
            yr("Other noncurrent assets and liabilities, net", c["othnc"], indent=2),
            yr("Net cash provided by operating activities", c["cfo"], kind="subtotal", indent=0),
            S("Investing activities"),
            yr("Capital expenditures", c["capex"]),
            yr("Cost of removal, net of salvage", c["removal"]),
            yr("Other investing activities, net", c["othinv"]),
            yr("Net cash used in investing activities", c["inv"], kind="subtotal", indent=0),
            S("Financing activities"),
            yr("Issuance of long-term debt", c["iss_ltd"]),
            yr("Retirement of long-term debt", c["ret_ltd"]),
            yr("Net change in short-term borrowings", c["st"]),
            yr("Issuance of common stock", c["iss_cs"]),
            yr("Dividends paid on common stock", c["div"]),
            yr("Other financing activities, net", c["othfin"]),
            yr("Net cash provided by (used in) financing activities", c["fin"], kind="subtotal", indent=0),
            yr("Net change in cash and cash equivalents", c["net"], indent=0),
            yr("Cash and cash equivalents at beginning of year", c["beg"], indent=0),
            yr("Cash and cash equivalents at end of year", c["end"], kind="total", dollar=True, indent=0)]
    p.table(rows, HDR3, 3, title="CONSOLIDATED STATEMENTS OF CASH FLOWS", units="(in millions)",
            notes=["See Note 15 for supplemental cash flow information."])

    # equity
    p.add_page()
    rows = []
    for y in [2023, 2024, 2025]:
        e0 = EQ[y - 1]
        rows.append(R(f"Balance at December 31, {y - 1}", [plain(e0["sh"], 1), fmt(e0["cs"]), fmt(e0["re"]),
                                                          fmt(e0["aoci"]), fmt(e0["total"])],
                      dollar=(y == 2023), bold=True))
        rows.append(R("Net income", ["", "", fmt(IS["ni"][y]), "", fmt(IS["ni"][y])], indent=1))
        rows.append(R("Other comprehensive income (loss)", ["", "", "", fmt(U.OCI[y]), fmt(U.OCI[y])],
                      indent=1))
        rows.append(R(f"Dividends declared (${plain(IS['dps'][y], 2)} per share)",
                      ["", "", fmt(-M["DIV"][y]), "", fmt(-M["DIV"][y])], indent=1))
        rows.append(R("Issuance of common stock", [plain(U.SH_ISSUED[y], 1), fmt(U.STOCK_ISS[y]), "", "",
                                                   fmt(U.STOCK_ISS[y])], indent=1))
        rows.append(R("Share-based compensation", ["", fmt(U.SBC[y]), "", "", fmt(U.SBC[y])], indent=1))
    e = EQ[2025]
    rows.append(R("Balance at December 31, 2025", [plain(e["sh"], 1), fmt(e["cs"]), fmt(e["re"]),
                                                   fmt(e["aoci"]), fmt(e["total"])], kind="total",
                  dollar=True))
    p.table(rows, [[("Common Stock", 2), (None, 1), (None, 1), (None, 1)],
                   [("Shares", 1), ("Amount", 1), ("Retained\nEarnings", 1), ("AOCI", 1), ("Total", 1)]],
            5, title="CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY",
            units="(in millions; shares in millions)", val_w=14)
    notes(p)


def notes(p):
    p.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    p.heading("1. Summary of Significant Accounting Policies", 2)
    p.para("Basis of presentation. The consolidated financial statements include the accounts of "
           "Tessandra Energy Holdings, Inc. and its subsidiaries, principally TEG. Intercompany "
           "transactions have been eliminated. TEG applies the accounting guidance for regulated "
           "operations; accordingly, it records regulatory assets for costs that are probable of "
           "recovery in future rates and regulatory liabilities for amounts expected to be refunded or "
           "credited to customers.")
    p.para("Utility plant and depreciation. Utility plant is stated at original cost, including AFUDC. "
           "Depreciation is computed using the straight-line method at rates approved by the MPSC; the "
           "composite depreciation rate was 2.9% in 2025 and 2.8% in 2024. Cost of removal collected in "
           "rates is recorded as a regulatory liability.")
    p.para("Revenue recognition. Revenues are recognized as electricity and natural gas are delivered, "
           "including an estimate of unbilled revenues. Alternative revenue programs, including gas "
           "decoupling and the electric transmission formula true-up, are recognized when the criteria "
           "for recognition are met and are presented separately from revenue from contracts with "
           "customers.")

    p.heading("2. Revenue", 2)
    rows = [S("Electric")]
    for k, v in U.ELEC_REV.items():
        rows.append(yr(k, v, indent=1, dollar=(k == "Residential")))
    rows += [yr("Electric revenue from contracts with customers", M["elec_contract"], kind="subtotal"),
             yr("Alternative revenue programs", U.ELEC_ARP), yr("Other revenues", U.ELEC_OTHER),
             yr("Total electric operating revenues", IS["rev_e"], kind="subtotal", indent=0), S("Natural gas")]
    for k, v in U.GAS_REV.items():
        rows.append(yr(k, v, indent=1))
    rows += [yr("Gas revenue from contracts with customers", M["gas_contract"], kind="subtotal"),
             yr("Alternative revenue programs", U.GAS_ARP), yr("Other revenues", U.GAS_OTHER),
             yr("Total natural gas operating revenues", IS["rev_g"], kind="subtotal", indent=0),
             yr("Total operating revenues", IS["rev"], kind="total", dollar=True, indent=0)]
    p.table(rows, HDR3, 3, title="Disaggregation of Operating Revenues", units="(in millions)")

    p.heading("3. Regulatory Matters", 2)
    p.para("Regulatory assets and liabilities consisted of the following at December 31:")
    R_ = M["REG"]
    rows = [R(k, [fmt(v[2025]), fmt(v[2024])], indent=1, dollar=(i == 0)) for i, (k, v) in
            enumerate(U.REG_ASSETS)]
    rows += [R("Total regulatory assets", [fmt(R_["ra_tot"][2025]), fmt(R_["ra_tot"][2024])], kind="subtotal"),
             R("Less current portion", [fmt(-R_["ra_cur"][2025]), fmt(-R_["ra_cur"][2024])], indent=1),
             R("Noncurrent regulatory assets", [fmt(R_["ra_nc"][2025]), fmt(R_["ra_nc"][2024])],
               kind="total", dollar=True)]
    p.table(rows, HDR2, 2, title="Regulatory Assets", units="(in millions)")
    rows = [R(k, [fmt(v[2025]), fmt(v[2024])], indent=1, dollar=(i == 0)) for i, (k, v) in
            enumerate(U.REG_LIABS)]
    rows += [R("Total regulatory liabilities", [fmt(R_["rl_tot"][2025]), fmt(R_["rl_tot"][2024])],
               kind="subtotal"),
             R("Less current portion", [fmt(-R_["rl_cur"][2025]), fmt(-R_["rl_cur"][2024])], indent=1),
             R("Noncurrent regulatory liabilities", [fmt(R_["rl_nc"][2025]), fmt(R_["rl_nc"][2024])],
               kind="total", dollar=True)]
    p.table(rows, HDR2, 2, title="Regulatory Liabilities", units="(in millions)")
    p.para("The retired generation plant regulatory asset represents the undepreciated cost of Kessler "
           "Units 1 and 2, retired in 2022, which is being recovered with a return over 15 years. "
           "Deferred storm restoration costs increased as a result of the June 2025 derecho; the MPSC "
           "has authorized deferral and TEG expects to seek recovery in its next electric rate "
           "proceeding. In the gas rate order, the MPSC disallowed recovery of $37 million of costs "
           "associated with the Harwick storage field, which TEG charged to other operation and "
           "maintenance expense in 2025.")

    p.heading("4. Utility Plant", 2)
    PL = M["PLANT"]
    rows = [R(f"{k} plant in service", [fmt(v[2025]), fmt(v[2024])], indent=1, dollar=(k == "Electric"))
            for k, v in U.PIS.items()]
    rows += [R("Total utility plant in service", [fmt(PL["pis"][2025]), fmt(PL["pis"][2024])],
               kind="subtotal"),
             R("Accumulated depreciation and amortization", [fmt(-PL["ad"][2025]), fmt(-PL["ad"][2024])],
               indent=1),
             R("Construction work in progress", [fmt(PL["cwip"][2025]), fmt(PL["cwip"][2024])], indent=1),
             R("Net utility plant", [fmt(PL["net"][2025]), fmt(PL["net"][2024])], kind="total", dollar=True)]
    p.table(rows, HDR2, 2, title="Utility Plant by Function", units="(in millions)")
    p.para(f"AFUDC equity of ${IS['afudc'][2025]} million and ${IS['afudc'][2024]} million was recorded in "
           f"2025 and 2024. Plant retirements were ${U.RETIRE_2025} million in 2025.")

    p.heading("5. Long-Term Debt", 2)
    D = M["DEBT"]
    rows = [S("Tessandra Electric & Gas Company")]
    for iss, desc, rate, mty, amt in sorted(U.DEBT, key=lambda d: (d[1] != "First mortgage bonds", d[3])):
        if iss == "U":
            rows.append(R(f"{desc}, {rate}, due {mty}", [fmt(amt[2025]), fmt(amt[2024])], indent=1,
                          dollar=(len(rows) == 1)))
    rows.append(R("Total TEG long-term debt", [fmt(D["sub_u"][2025]), fmt(D["sub_u"][2024])],
                  kind="subtotal"))
    rows.append(S("Tessandra Energy Holdings, Inc."))
    for iss, desc, rate, mty, amt in sorted(U.DEBT, key=lambda d: (d[1], d[3])):
        if iss == "H":
            rows.append(R(f"{desc}, {rate}, due {mty}", [fmt(amt[2025]), fmt(amt[2024])], indent=1))
    rows += [R("Total holding company long-term debt", [fmt(D["sub_h"][2025]), fmt(D["sub_h"][2024])],
               kind="subtotal"),
             R("Total long-term debt principal", [fmt(D["prin"][2025]), fmt(D["prin"][2024])],
               kind="subtotal", dollar=True),
             R("Unamortized discount and debt issuance costs", [fmt(-U.UNAMORT[2025]), fmt(-U.UNAMORT[2024])],
               indent=1),
             R("Less current maturities", [fmt(-D["cur"][2025]), fmt(-D["cur"][2024])], indent=1),
             R("Long-term debt, net", [fmt(D["ltd"][2025]), fmt(D["ltd"][2024])], kind="total", dollar=True)]
    p.table(rows, HDR2, 2, title="Long-Term Debt Outstanding", units="(in millions)", break_after=17,
            label_w=110)
    p.para("In 2025, TEG issued $500 million of 5.20% first mortgage bonds due 2035 and the holding "
           "company issued $450 million of 5.25% senior notes due 2030. TEG's 3.15% first mortgage bonds "
           "and the holding company's 1.90% senior notes matured and were repaid. Scheduled principal "
           "maturities of long-term debt at December 31, 2025 were:")
    mat = D["mat"]
    rows = [R(k, [fmt(v)], indent=1, dollar=(i == 0)) for i, (k, v) in enumerate(mat.items())]
    rows.append(R("Total", [fmt(D["prin"][2025])], kind="total", dollar=True))
    p.table(rows, [[("Principal", 1)]], 1, title="Long-Term Debt Maturities", units="(in millions)",
            label_w=70)

    p.heading("6. Short-Term Borrowings and Credit Facilities", 2)
    t = M["FAC_TOT"]
    p.para(f"Short-term borrowings consist of commercial paper supported by revolving credit facilities "
           f"with aggregate capacity of ${plain(t[0])} million. Commercial paper outstanding was "
           f"${BS[2025]['st']} million at December 31, 2025 and ${BS[2024]['st']} million at December 31, "
           f"2024, with weighted average interest rates of 4.61% and 5.02%, respectively. The maximum "
           f"amount of commercial paper outstanding during 2025 was $694 million.")

    p.heading("7. Leases", 2)
    L = M["LEASE"]
    p.para("TEG leases office buildings, vehicles, rail cars and land for certain renewable facilities. "
           "The components of lease cost were:")
    rows = [R(k, [fmt(v[2025]), fmt(v[2024])], indent=1, dollar=(i == 0)) for i, (k, v) in
            enumerate(U.LEASE_COST.items())]
    rows.append(R("Total lease cost", [fmt(L["cost_total"][2025]), fmt(L["cost_total"][2024])], kind="total",
                  dollar=True))
    p.table(rows, HDR2Y, 2, title="Lease Cost", units="(in thousands)", label_w=110)
    rows = [R(k, [fmt(v)], indent=1, dollar=(i == 0)) for i, (k, v) in enumerate(U.LEASE_MAT)]
    rows += [R("Total lease payments", [fmt(L["und"])], kind="subtotal"),
             R("Less imputed interest", [fmt(-U.LEASE_INTEREST_K)], indent=1),
             R("Present value of operating lease liabilities", [fmt(L["pv"][2025])], kind="subtotal"),
             R("Less current portion (in other current liabilities)", [fmt(-U.LEASE_CUR_K[2025])], indent=1),
             R("Noncurrent operating lease liabilities", [fmt(L["nc_k"][2025])], kind="total", dollar=True)]
    p.table(rows, [[("Operating\nLeases", 1)]], 1, title="Maturities of Operating Lease Liabilities at "
            "December 31, 2025", units="(in thousands)", label_w=110, val_w=18)
    p.para("At December 31, 2025, the weighted-average remaining lease term of operating leases was 9.2 "
           "years and the weighted-average discount rate was 4.38%.")

    p.heading("8. Income Taxes", 2)
    T = M["TX"]
    rows = [yr("Current \u2014 federal", T["cur_fed"], dollar=True), yr("Current \u2014 state", T["cur_st"]),
            yr("Deferred \u2014 federal", T["def_fed"]), yr("Deferred \u2014 state", T["def_st"]),
            yr("Total income tax expense", IS["tax"], kind="total", dollar=True, indent=0)]
    p.table(rows, HDR3, 3, title="Components of Income Tax Expense", units="(in millions)")
    rows = [yr("Income taxes at federal statutory rate of 21%", T["stat"], dollar=True)]
    rows += [yr(k, v) for k, v in U.ETR_ITEMS]
    rows += [yr("Other, net", T["other"]),
             yr("Total income tax expense", IS["tax"], kind="total", dollar=True, indent=0),
             R("Effective income tax rate", [pct(T["etr"][y]) for y in Y3], indent=0)]
    p.table(rows, HDR3, 3, title="Reconciliation of Statutory to Effective Income Tax",
            units="(in millions)")
    rows = [R(k, [fmt(v[2025]), fmt(v[2024])], indent=1, dollar=(i == 0)) for i, (k, v) in
            enumerate(U.DEFTAX_ITEMS)]
    rows.append(R("Net deferred income tax liability", [fmt(M["DTL"][2025]), fmt(M["DTL"][2024])],
                  kind="total", dollar=True))
    p.table(rows, HDR2, 2, title="Deferred Income Tax Liabilities (Assets)", units="(in millions)")

    p.heading("9. Pension and Other Postretirement Benefits", 2)
    P = M["PEN"]
    p.para("TEG sponsors a noncontributory defined benefit pension plan covering substantially all "
           "employees hired before 2014. Changes in the projected benefit obligation and plan assets and "
           "the funded status were:")
    rows = [R("Projected benefit obligation at January 1", [fmt(P["pbo"][2024]), fmt(P["pbo"][2023])],
              dollar=True)]
    labs = ["Service cost", "Interest cost", "Actuarial (gain) loss", "Benefits paid"]
    for i, lab in enumerate(labs):
        rows.append(R(lab, [fmt(U.PEN_PBO[2025][i]), fmt(U.PEN_PBO[2024][i])], indent=1))
    rows.append(R("Projected benefit obligation at December 31", [fmt(P["pbo"][2025]), fmt(P["pbo"][2024])],
                  kind="subtotal"))
    rows.append(R("Fair value of plan assets at January 1", [fmt(P["ast"][2024]), fmt(P["ast"][2023])]))
    for i, lab in enumerate(["Actual return on plan assets", "Employer contributions", "Benefits paid"]):
        rows.append(R(lab, [fmt(U.PEN_AST[2025][i]), fmt(U.PEN_AST[2024][i])], indent=1))
    rows.append(R("Fair value of plan assets at December 31", [fmt(P["ast"][2025]), fmt(P["ast"][2024])],
                  kind="subtotal"))
    rows.append(R("Funded status at December 31", [fmt(P["funded"][2025]), fmt(P["funded"][2024])],
                  kind="total", dollar=True))
    p.table(rows, HDR2Y, 2, title="Pension Obligations, Plan Assets and Funded Status",
            units="(in thousands)", label_w=110, val_w=17)
    rows = []
    for i, lab in enumerate(["Service cost", "Interest cost", "Expected return on plan assets",
                           "Amortization of net actuarial loss"]):
        rows.append(R(lab, [fmt(U.NPPC[y][i]) for y in Y3], indent=1, dollar=(i == 0)))
    rows.append(yr("Net periodic pension cost", P["nppc"], kind="total", dollar=True, indent=0))
    p.table(rows, HDR3, 3, title="Components of Net Periodic Pension Cost", units="(in thousands)",
            val_w=17)
    p.para(f"The discount rate used to measure the benefit obligation was {U.DISC_RATE[2025]} at December "
           f"31, 2025 and {U.DISC_RATE[2024]} at December 31, 2024. The expected long-term return on plan "
           f"assets was {U.EXP_RET[2025]} for both years. TEG expects to contribute $40 million to the "
           "pension plan in 2026. Amounts related to the plan that would otherwise be recorded in other "
           "comprehensive income are deferred as regulatory assets.")

    p.heading("10. Common Equity and Earnings per Share", 2)
    rows = [yr("Net income", IS["ni"], dollar=True, indent=0),
            yr("Weighted average common shares outstanding \u2014 basic", U.W_BASIC, dec=1),
            yr("Dilutive effect of share-based awards", {y: U.W_DIL[y] - U.W_BASIC[y] for y in Y3}, dec=1),
            yr("Weighted average common shares outstanding \u2014 diluted", U.W_DIL, dec=1, kind="subtotal"),
            yr("Basic earnings per share", IS["eps_b"], dec=2, dollar=True, indent=0),
            yr("Diluted earnings per share", IS["eps_d"], dec=2, dollar=True, indent=0)]
    p.table(rows, HDR3, 3, title="Earnings per Share", units="(in millions, except per share amounts)")
    p.para(f"During 2025, the Company issued {plain(U.SH_ISSUED[2025], 1)} million shares of common stock "
           f"under its at-the-market and dividend reinvestment programs for net proceeds of "
           f"${U.STOCK_ISS[2025]} million.")

    p.heading("11. Segment Information", 2)
    p.para("The chief operating decision maker, the Chief Executive Officer, evaluates segment "
           "performance using segment net income. Significant segment expenses are presented below.")
    for y in (2025, 2024):
        def sv(d, y=y):
            return [fmt(d["E"][y]), fmt(d["G"][y]), fmt(d["C"][y]), fmt(sum(d[s][y] for s in "EGC"))]
        def neg(d, y=y):
            return {s: {y: -d[s][y]} for s in "EGC"}

        rows = [R("Operating revenues", sv(M["rev"]), dollar=True),
                R("Fuel, purchased power and cost of gas", sv(M["fuelcost"]), indent=1),
                R("Other operation and maintenance", sv(U.OM), indent=1),
                R("Depreciation and amortization", sv(U.DA), indent=1),
                R("Taxes other than income taxes", sv(U.TOT), indent=1),
                R("Operating income (loss)", sv(M["seg_opinc"]), kind="subtotal"),
                R("AFUDC equity and other income, net",
                  sv({s: {y: U.AFUDC[s][y] + U.OTHINC[s][y]} for s in "EGC"}), indent=1),
                R("Interest expense", sv(neg(U.INT)), indent=1),
                R("Income tax (expense) benefit", sv(neg(U.TAX)), indent=1),
                R("Net income (loss)", sv(M["seg_ni"]), kind="total", dollar=True),
                R("Capital expenditures", [fmt(M["seg_capex"][y][s]) for s in "EGC"] +
                  [fmt(M["PLANT"]["capex"][y])], dollar=True)]
        p.table(rows, [[("Electric", 1), ("Gas", 1), ("Corporate\nand Other", 1), ("Consolidated", 1)]],
                4, title=f"Segment Information \u2014 Year Ended December 31, {y}", units="(in millions)",
                val_w=15)

    p.heading("12. Asset Retirement Obligations", 2)
    A = M["ARO"]
    rows = [R("Balance at January 1", [fmt(A[2024]), fmt(A[2023])], dollar=True)]
    for i, lab in enumerate(["Accretion expense", "Liabilities incurred", "Liabilities settled",
                           "Revisions in estimated cash flows"]):
        rows.append(R(lab, [fmt(U.ARO_FLOW[2025][i]), fmt(U.ARO_FLOW[2024][i])], indent=1))
    rows.append(R("Balance at December 31", [fmt(A[2025]), fmt(A[2024])], kind="total", dollar=True))
    p.table(rows, HDR2Y, 2, title="Asset Retirement Obligations", units="(in millions)")

    p.heading("13. Fair Value Measurements", 2)
    cv = {y: M["DEBT"]["prin"][y] - U.UNAMORT[y] for y in Y2}
    p.para(f"The carrying amount of long-term debt, including current maturities, was "
           f"${plain(cv[2025])} million at December 31, 2025 and ${plain(cv[2024])} million at December 31, "
           f"2024; its estimated fair value, based on Level 2 inputs, was ${plain(U.DEBT_FV[2025])} million "
           f"and ${plain(U.DEBT_FV[2024])} million, respectively. Other investments include $214 million of "
           "rabbi trust and decommissioning fund assets measured at fair value using Level 1 inputs.")

    p.heading("14. Commitments and Contingencies", 2)
    p.para(f"Purchased power and fuel commitments. TEG has long-term purchased power agreements with "
           f"renewable and thermal generators. Total future capacity and energy payments under these "
           f"agreements are estimated at ${plain(U.PPA_COMMIT)} million through 2045.")
    p.para(f"Environmental matters. TEG is responsible for the remediation of nine former manufactured gas "
           f"plant sites. TEG estimates remaining remediation costs in a range of ${U.MGP_RANGE[0]} million "
           f"to ${U.MGP_RANGE[1]} million and had accrued ${U.MGP_ACCRUED} million at December 31, 2025; "
           "costs are recoverable through the gas environmental rider.")
    p.para("Litigation. TEG is a defendant in lawsuits relating to the June 2025 derecho outages. "
           "Management does not expect these matters to have a material adverse effect.")

    p.heading("15. Supplemental Cash Flow Information", 2)
    rows = [yr(k, v, dollar=(i == 0)) for i, (k, v) in enumerate(U.SUPP.items())]
    p.table(rows, HDR3, 3, title="Supplemental Cash Flow Information", units="(in millions)")


def build(path):
    labels = {}
    for _ in range(2):
        p = Filing(STYLE)
        cover(p)
        toc(p, [(pt, it, ti, labels.get(key, "00")) for pt, it, ti, key in TOC_ENTRIES])
        part1(p)
        part2(p)
        mdna(p)
        financials(p)
        labels = p.anchors
    p.output(path)
    return p


TOC_ENTRIES = [
    ("PART I", "Item 1.", "Business", "ITEM 1. BUSINESS"),
    (None, "Item 1A.", "Risk Factors", "ITEM 1A. RISK FACTORS"),
    (None, "Item 1C.", "Cybersecurity", "ITEM 1C. CYBERSECURITY"),
    (None, "Item 2.", "Properties", "ITEM 2. PROPERTIES"),
    (None, "Item 3.", "Legal Proceedings", "ITEM 3. LEGAL PROCEEDINGS"),
    ("PART II", "Item 5.", "Market for Registrant's Common Equity", "PART II"),
    (None, "Item 7.", "Management's Discussion and Analysis", "ITEM 7."),
    (None, "Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk", "ITEM 7A."),
    (None, "Item 8.", "Financial Statements and Supplementary Data", "REPORT OF INDEPENDENT"),
    (None, "Item 9A.", "Controls and Procedures", "ITEM 9A."),
    ("PART IV", "Item 15.", "Exhibits and Financial Statement Schedules", "ITEM 15."),
    ("FINANCIAL STATEMENTS", "", "Report of Independent Registered Public Accounting Firm",
     "REPORT OF INDEPENDENT"),
    (None, "", "Consolidated Statements of Income", "CONSOLIDATED STATEMENTS OF INCOME"),
    (None, "", "Consolidated Statements of Comprehensive Income",
     "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME"),
    (None, "", "Consolidated Balance Sheets", "CONSOLIDATED BALANCE SHEETS"),
    (None, "", "Consolidated Statements of Cash Flows", "CONSOLIDATED STATEMENTS OF CASH FLOWS"),
    (None, "", "Consolidated Statements of Shareholders' Equity",
     "CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY"),
    (None, "", "Notes to Consolidated Financial Statements", "NOTES TO CONSOLIDATED"),
]
