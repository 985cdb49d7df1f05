"""Lays out the Thornquist Microsystems Form 10-K (Liberation Sans, booktabs rules, scale notes in the table corner,
amounts in thousands). Only formats model values."""

from fractions import Fraction as F

from kit import Doc, num, pct, rnd

YS = (2025, 2024, 2023)
W3 = [23, 23, 23]
H3 = [[("Fiscal Year Ended", 3)], [("September 27,", 1), ("September 28,", 1), ("September 30,", 1)],
      [("2025", 1), ("2024", 1), ("2023", 1)]]
H3F = [[("Fiscal", 1), ("Fiscal", 1), ("Fiscal", 1)], [("2025", 1), ("2024", 1), ("2023", 1)]]
HB = [[("September 27,", 1), ("September 28,", 1)], [("2025", 1), ("2024", 1)]]
W2 = [25, 25]
LINES = ("WPS", "MI", "PC", "CS")
REGIONS = ("US", "CN", "TW", "KR", "JP", "EU", "RW")
TOC = [("PART I", None), ("Item 1. Business", "i1"), ("Item 1A. Risk Factors", "i1a"),
       ("Item 1B. Unresolved Staff Comments", "i1b"), ("Item 1C. Cybersecurity", "i1c"),
       ("Item 2. Properties", "i2"), ("Items 3 and 4. Legal Proceedings; Mine Safety Disclosures", "i3"),
       ("PART II", None),
       ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases", "i5"),
       ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "i7"),
       ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "i7a"),
       ("Item 8. Financial Statements and Supplementary Data", "i8"), ("Item 9A. Controls and Procedures", "i9a"),
       ("PART III and PART IV", "p3"), ("Index to Consolidated Financial Statements", "fs"),
       ("Notes to Consolidated Financial Statements", "notes")]


def N(v, places=0):
    return num(v, places)


def D(v, places=0):
    return num(v, places, dollar=True)


def row(label, vals, key=None, kind="plain", indent=0, dollar=False, places=0, double=False):
    return {"label": label, "vals": [D(v, places) if dollar else N(v, places) for v in vals], "key": key,
            "kind": kind, "indent": indent, "double": double}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def y3(d):
    return [d[y] for y in YS]


def neg(d):
    return [-d[y] for y in YS]


def mil(v):
    """Thousands of dollars as '$612.4 million'."""
    return f"${float(rnd(F(v, 1000), 1)):,.1f} million"


def build(m, toc=None):
    d = Doc("lsans", "THORNQUIST MICROSYSTEMS, INC.", "Thornquist Microsystems 2025 Form 10-K",
            running_right="Annual Report on Form 10-K \u2014 Fiscal Year 2025")
    b, b0, cf = m["b"][2025], m["b"][2024], m["cf"]
    ln, rn = m["line_names"], m["region_names"]

    def mark(k):
        d.mark(k)

    # ---------------------------------------------------------------- cover
    d.new_page("none")
    d.set_font(d.fam, "B", 11)
    d.multi_cell(0, 5.5, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWASHINGTON, D.C. 20549", align="C")
    d.ln(4)
    d.set_draw_color(120, 28, 40)
    d.set_line_width(0.6)
    d.line(d.l_margin + 50, d.get_y(), d.w - d.r_margin - 50, d.get_y())
    d.set_line_width(0.2)
    d.ln(3)
    d.set_font(d.fam, "B", 24)
    d.multi_cell(0, 11, "FORM 10-K", align="C")
    d.set_font(d.fam, "", 9.2)
    d.multi_cell(0, 4.8, "(Mark One)\n[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE "
                 "ACT OF 1934\nFor the fiscal year ended September 27, 2025\nOR\n[ ] TRANSITION REPORT PURSUANT TO "
                 "SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission file number 001-39482",
                 align="C")
    d.ln(5)
    d.set_font(d.fam, "B", 19)
    d.multi_cell(0, 9, "THORNQUIST MICROSYSTEMS, INC.", align="C")
    d.set_font(d.fam, "", 9.2)
    d.multi_cell(0, 4.8, "(Exact name of registrant as specified in its charter)\n\nOregon \u2014 I.R.S. Employer "
                 "Identification No. 93-2718460\n4400 NW Quarry Ridge Parkway, Hillsboro, Oregon 97124\n"
                 "(503) 555-0163\n\nSecurities registered pursuant to Section 12(b) of the Act:\nCommon Stock, no "
                 "par value \u2014 TQMS \u2014 The Nasdaq Global Select Market", align="C")
    d.ln(4)
    d.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
           "Securities Act: Yes [X] No [ ]. Indicate by check mark whether the registrant is a large accelerated "
           "filer, an accelerated filer, a non-accelerated filer, a smaller reporting company, or an emerging growth "
           "company: Large accelerated filer [X]. Indicate by check mark whether the registrant is a shell company: "
           "Yes [ ] No [X].")
    d.para("The aggregate market value of the registrant's common stock held by non-affiliates, based on the "
           "closing price on March 28, 2025, the last business day of the registrant's most recently completed "
           "second fiscal quarter, was approximately $4.6 billion. As of November 7, 2025, there were "
           f"{m['eq'][2025]['sh'] * 1000 - 61420:,} shares of the registrant's common stock outstanding.")
    d.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's proxy statement for its 2026 annual "
           "meeting of shareholders are incorporated by reference into Part III of this report.")

    # ---------------------------------------------------------------- contents (roman)
    d.new_page("roman")
    d.heading("TABLE OF CONTENTS", 0)
    d.ln(2)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None else "", 9)
        d.cell(d.ew - 20, 6.2, name)
        d.cell(20, 6.2, (toc or {}).get(k, "") if k else "Page", align="R")
        d.ln(6.2)
    d.ln(5)
    d.heading("Cautionary note regarding forward-looking statements", 2, need=20)
    d.para("This report contains forward-looking statements about our business, including statements about demand "
           "for semiconductor manufacturing equipment, our backlog, export regulations, our capital allocation and "
           "our liquidity. Words such as \"expect,\" \"anticipate,\" \"intend,\" \"plan,\" \"believe\" and "
           "\"estimate\" identify such statements. Actual results may differ materially because of the risks "
           "described in Item 1A. We undertake no obligation to update forward-looking statements.")
    d.para("Unless the context indicates otherwise, \"Thornquist,\" \"the Company,\" \"we,\" \"our\" and \"us\" "
           "refer to Thornquist Microsystems, Inc. and its subsidiaries. Our fiscal year is the 52- or 53-week "
           "period ending on the Saturday nearest September 30. Fiscal 2025, fiscal 2024 and fiscal 2023 each "
           "contained 52 weeks and ended on September 27, 2025, September 28, 2024 and September 30, 2023.")

    # ---------------------------------------------------------------- Part I
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I", 0)
    d.heading("ITEM 1. BUSINESS", 1)
    d.heading("Overview", 2, need=20)
    d.para("Thornquist Microsystems designs, manufactures and services process equipment, metrology systems and "
           "precision electronic components used in the fabrication of semiconductor devices. Our systems deposit "
           "and etch thin films, clean and anneal wafers and measure film thickness, overlay and defects, and our "
           "components business supplies radio-frequency power generators, matching networks, vacuum gauges and "
           "high-purity gas delivery modules to equipment makers, including our competitors. We were founded in "
           "1987 in Beaverton, Oregon and became a public company in 1996.")
    d.heading("Products", 2, need=20)
    for k, t in (("WPS", "single-wafer atomic layer deposition, plasma-enhanced chemical vapor deposition, "
                         "selective etch and rapid thermal processing systems sold mainly to foundry, logic and "
                         "memory manufacturers;"),
                 ("MI", "optical film metrology, overlay and wafer-level defect inspection systems, together with "
                        "the analytics software that runs on them;"),
                 ("PC", "RF power generators, matching networks, capacitance manometers and gas delivery "
                        "subsystems sold to semiconductor equipment, industrial and medical device makers; and"),
                 ("CS", "spare parts, field service contracts, system upgrades and refurbishment of our installed "
                        "base of approximately 6,900 systems.")):
        d.para(f"\u2022 {ln[k]} \u2014 " + t, align="L")
    d.para("We operate as a single reportable segment. Revenue by product line and by geography is presented in "
           "Note 2 to the consolidated financial statements.")
    d.heading("Customers", 2, need=20)
    c1, c2 = m["cust_pct"]
    d.para(f"Our customers are concentrated. In fiscal 2025, two customers accounted for {c1}% and {c2}% of net "
           "revenue, respectively, and our ten largest customers together accounted for approximately 64% of net "
           "revenue. Sales to customers in Asia represent the majority of our revenue; revenue is attributed to "
           "geographic regions based on the location to which systems and products are shipped.")
    d.heading("Backlog", 2, need=20)
    s_bl = (f"Our backlog was approximately {mil(m['backlog'][2025])} at September 27, 2025, compared with "
            f"approximately {mil(m['backlog'][2024])} at September 28, 2024.")
    d.para("Backlog consists of written orders for systems, components, upgrades and spare parts for which the "
           "customer has accepted a delivery date within the next 18 months, and the unrecognized portion of "
           "service contracts. " + s_bl + f" We expect to recognize approximately {m['backlog_12m']}% of the "
           "September 27, 2025 backlog as revenue during fiscal 2026. Orders may be rescheduled or cancelled, "
           "and backlog is not necessarily indicative of revenue for any future period.", keys={"p_backlog": s_bl})
    d.heading("Research and development", 2, need=20)
    d.para("Our competitive position depends on continued investment in new deposition chemistries, plasma source "
           "designs, sensor technology and process-control software. We work under joint development agreements "
           "with several customers and with research consortia. Research and development expense is discussed "
           "in Item 7.")
    d.heading("Manufacturing and suppliers", 2, need=20)
    d.para("We assemble and test systems in Hillsboro, Oregon and Singapore and manufacture components in "
           "Hillsboro, in Penang, Malaysia and through contract manufacturers. Certain parts, including ceramic "
           "heaters, robotics and some RF semiconductors, come from a single or limited number of suppliers.")
    d.heading("Human capital", 2, need=20)
    e = m["emp"]
    s_emp = (f"As of September 27, 2025, we had approximately {m['emp_total']:,} regular employees, of whom "
             f"approximately {e['rd']:,} worked in research and development")
    d.para(s_emp + f", {e['ops']:,} in manufacturing and operations, {e['svc']:,} in customer support and field "
           f"service and {e['sga']:,} in sales, general and administration, compared with approximately "
           f"{m['emp24']:,} employees a year earlier. About 48% of our employees are located outside the United "
           "States. None of our U.S. employees is represented by a labor union.", keys={"p_emp": s_emp})
    d.heading("Export controls and regulation", 2, need=20)
    d.para("Many of our products are subject to U.S. export regulations, including rules that restrict the sale "
           "of certain deposition and etch systems and related services to advanced-node fabrication facilities in "
           "China. These rules have required licenses for some shipments and have limited our ability to serve "
           "certain customers. We also comply with environmental, health and safety regulations in each country "
           "where we operate.")
    mark("i1a")
    d.heading("ITEM 1A. RISK FACTORS", 1)
    d.para("Our business is subject to many risks. The following are the factors we consider most significant; "
           "any of them could materially harm our business, results of operations and financial condition.")
    for t in ("The semiconductor industry is cyclical, and reductions in customers' capital spending can reduce "
              "our revenue sharply and with little warning.",
              "A small number of customers account for a large share of our revenue, and the loss of, or reduced "
              "orders from, any of them would harm our results.",
              "Changes in export control regulations and trade tensions between the United States and China could "
              "further limit our sales and increase our compliance costs.",
              "We depend on single-source and limited-source suppliers for critical parts.",
              "Our convertible notes and term loan require cash for interest and principal and could dilute "
              "shareholders on conversion.",
              "Our international operations expose us to currency, tax and geopolitical risks, including in "
              "Taiwan and South Korea, where many of our customers' fabrication plants are located.",
              "If we fail to introduce new products that meet customers' technology roadmaps, we may lose "
              "market share."):
        d.para("\u2022 " + t, align="L")
    mark("i1b")
    d.heading("ITEM 1B. UNRESOLVED STAFF COMMENTS", 1)
    d.para("None.")
    mark("i1c")
    d.heading("ITEM 1C. CYBERSECURITY", 1)
    d.para("Our cybersecurity program is managed by our Chief Information Security Officer, who reports to the "
           "Chief Financial Officer and briefs the Audit Committee at least twice a year. The program includes "
           "risk assessments, network segmentation of manufacturing systems, third-party supplier reviews and "
           "annual incident-response exercises. We did not identify any cybersecurity incident in fiscal 2025 "
           "that materially affected us.")
    mark("i2")
    d.heading("ITEM 2. PROPERTIES", 1)
    d.para("Our principal facilities at September 27, 2025 are listed below. We believe our facilities are "
           "suitable and adequate for our current needs.")
    props = [("Hillsboro, Oregon", "Headquarters, R&D, manufacturing", "412", "Owned"),
             ("Singapore", "Manufacturing, service", "186", "Leased"),
             ("Penang, Malaysia", "Component manufacturing", "138", "Owned"),
             ("Hsinchu, Taiwan", "Applications lab, service", "44", "Leased"),
             ("Pyeongtaek, South Korea", "Service and spares", "31", "Leased"),
             ("Dresden, Germany", "Metrology R&D", "27", "Leased")]
    d.table("", [58, 22, 20], [[("Principal use", 1), ("Sq. ft. (000)", 1), ("Owned/leased", 1)]],
            [txt(a, [u, s, o]) for a, u, s, o in props], scale="Location")
    mark("i3")
    d.heading("ITEM 3. LEGAL PROCEEDINGS", 1)
    d.para("From time to time we are involved in legal proceedings arising in the ordinary course of business, "
           "including intellectual property claims. We do not believe any pending matter will have a material "
           "adverse effect on us.")
    d.heading("ITEM 4. MINE SAFETY DISCLOSURES", 1)
    d.para("Not applicable.")

    # ---------------------------------------------------------------- Part II
    mark("i5")
    d.heading("PART II", 0)
    d.heading("ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF "
              "EQUITY SECURITIES", 1)
    q = m["dps"][2025] / 4
    d.para("Our common stock trades on The Nasdaq Global Select Market under the symbol TQMS. As of November 7, "
           "2025, there were approximately 610 shareholders of record. We paid a quarterly cash dividend of "
           f"${float(q):.2f} per share in each quarter of fiscal 2025, or ${float(m['dps'][2025]):.2f} per share "
           f"for the year, compared with ${float(m['dps'][2024]):.2f} per share in fiscal 2024. In October 2025 "
           "our Board of Directors raised the quarterly dividend to $0.25 per share. Future dividends are subject "
           "to the Board's discretion.")
    d.para(f"In August 2023 our Board authorized the repurchase of up to {mil(m['rep_auth'])} of our common stock "
           "with no expiration date. Repurchases during each quarter of fiscal 2025, including the fourth quarter, "
           "are presented in Note 8 to the consolidated financial statements. All repurchased shares are retired.")
    d.heading("ITEM 6. [RESERVED]", 1)

    # ---------------------------------------------------------------- MD&A
    mark("i7")
    d.heading("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS", 1)
    d.para("This discussion compares fiscal 2025 with fiscal 2024. A comparison of fiscal 2024 with fiscal 2023 "
           "is included in Item 7 of our Annual Report on Form 10-K for fiscal 2024. It should be read together "
           "with the consolidated financial statements and notes in Item 8.")
    d.heading("Business environment", 2, need=20)
    d.para("Wafer fabrication equipment spending recovered during fiscal 2025, led by investment in leading-edge "
           "logic and in high-bandwidth memory capacity. Demand from mature-node fabs in China moderated in the "
           "second half of the year after a strong fiscal 2024, while shipments to customers in Taiwan and South "
           "Korea increased. Our Metrology and Inspection product line benefited from the ramp of new overlay "
           "systems. " + f"Backlog rose to {mil(m['backlog'][2025])} at fiscal year-end.")
    rev, cogs = m["rev"], m["cogs"]

    def pr(v, y):
        return pct(F(v, rev[y])) if v else "\u2014"
    rws = [("Net revenue", "rev", True), ("Cost of revenue", "cogs", False), ("Gross profit", "gp", False),
           ("Research and development", "rd", False), ("Selling, general and administrative", "sga", False),
           ("Amortization of intangible assets", "amort", False), ("Restructuring charges", "restr", False),
           ("Operating income", "oi", False), ("Net income", "ni", True)]
    rows = []
    for label, k, dl in rws:
        fn = D if dl else N
        rows.append(txt(label, [fn(m[k][2025]), pr(m[k][2025], 2025), fn(m[k][2024]), pr(m[k][2024], 2024)],
                        "mr_" + k, "total" if k in ("gp", "oi") else "plain"))
    d.table("Results of operations", [24, 17, 24, 17],
            [[("Fiscal 2025", 2), ("Fiscal 2024", 2)], [("Amount", 1), ("% of rev.", 1), ("Amount", 1),
                                                        ("% of rev.", 1)]],
            rows, scale="(Dollars in thousands)")
    d.heading("Net revenue", 2)
    g = F(rev[2025] - rev[2024], rev[2024])
    d.para(f"Net revenue increased {pct(g)} to ${rev[2025]:,} thousand in fiscal 2025. Systems revenue rose on "
           "higher shipments of deposition and metrology tools to foundry and memory customers, and services revenue "
           "grew with the installed base and higher upgrade activity. The table below shows revenue by product "
           "line.")
    rows = []
    for k in LINES:
        a, bb_ = m["line_rev"][k][2025], m["line_rev"][k][2024]
        rows.append(txt(ln[k], [D(a) if k == "WPS" else N(a), D(bb_) if k == "WPS" else N(bb_), N(a - bb_),
                                pct(F(a - bb_, bb_))], "ml_" + k))
    rows.append(txt("Total net revenue", [D(rev[2025]), D(rev[2024]), N(rev[2025] - rev[2024]), pct(g)], "ml_tot",
                    "total"))
    d.table("Net revenue by product line", [24, 24, 22, 17],
            [[("Fiscal", 1), ("Fiscal", 1), ("", 1), ("", 1)], [("2025", 1), ("2024", 1), ("Change", 1),
                                                                ("% Change", 1)]], rows, scale="(In thousands)")
    cn = m["geo"]["CN"]
    d.para(f"Revenue from customers in China was {pct(F(cn[2025], rev[2025]))} of net revenue in fiscal 2025 "
           f"compared with {pct(F(cn[2024], rev[2024]))} in fiscal 2024, reflecting the moderation in mature-node "
           "investment and the export license requirements described in Item 1. Revenue from Taiwan and South Korea "
           "increased as customers added leading-edge logic and memory capacity.")
    d.heading("Gross margin", 2)
    gm = {y: F(m["gp"][y], rev[y]) for y in YS}
    bp = (rnd(gm[2025] * 100, 1) - rnd(gm[2024] * 100, 1)) * 100
    gmp = {y: F(m["gp_prod"][y], m["prod_rev"][y]) for y in YS}
    gms = {y: F(m["gp_svc"][y], m["svc_rev"][y]) for y in YS}
    s_gm = (f"Gross margin was {pct(gm[2025])} in fiscal 2025 compared with {pct(gm[2024])} in fiscal 2024, an "
            f"increase of {int(bp)} basis points.")
    d.para(s_gm + " The improvement reflected higher factory utilization, a richer mix of metrology systems and "
           "lower warranty costs, partly offset by tariff-related increases in material costs. Products gross "
           f"margin was {pct(gmp[2025])} compared with {pct(gmp[2024])}, and services gross margin was "
           f"{pct(gms[2025])} compared with {pct(gms[2024])}. Gross margin can vary from quarter to quarter with "
           "product mix, the volume of new-product evaluations and the timing of customer acceptances.",
           keys={"p_gm": s_gm})
    d.heading("Operating expenses", 2)
    ri = {y: F(m["rd"][y], rev[y]) for y in YS}
    s_rd = (f"Research and development expense was ${m['rd'][2025]:,} thousand, or {pct(ri[2025])} of net revenue, "
            f"in fiscal 2025, compared with ${m['rd'][2024]:,} thousand, or {pct(ri[2024])} of net revenue, in "
            "fiscal 2024.")
    d.para(s_rd + " The increase in spending reflected additional engineering headcount for next-generation "
           "deposition and overlay metrology programs and higher prototype material costs; R&D intensity declined "
           "because revenue grew faster than spending. We intend to keep investing in R&D through the industry "
           "cycle.", keys={"p_rd": s_rd})
    d.para(f"Selling, general and administrative expense increased to ${m['sga'][2025]:,} thousand from "
           f"${m['sga'][2024]:,} thousand, mainly because of higher variable compensation and stock-based "
           "compensation. Fiscal 2024 included acquisition-related costs for Harrowgate Photonics and restructuring "
           f"charges of ${m['restr'][2024]:,} thousand for the consolidation of our Austin, Texas components "
           "operation into Hillsboro; there were no restructuring charges in fiscal 2025.")
    d.heading("Other income and income taxes", 2)
    d.para(f"Interest income rose to ${m['inti'][2025]:,} thousand on higher invested balances. Interest expense "
           f"decreased to ${m['intx'][2025]:,} thousand because we prepaid a portion of the term loan in fiscal "
           f"2024 with proceeds of the convertible notes, which carry a lower coupon. Our effective tax rate was "
           f"{pct(m['etr'][2025])} in fiscal 2025 compared with {pct(m['etr'][2024])} in fiscal 2024; both years "
           "benefited from research tax credits, the foreign-derived intangible income deduction and earnings in "
           "Singapore taxed at lower rates.")
    d.heading("Non-GAAP financial measures", 2)
    d.para("We supplement our GAAP results with non-GAAP operating income, non-GAAP operating margin and free cash "
           "flow. Non-GAAP operating income excludes stock-based compensation, amortization of acquired intangible "
           "assets, restructuring charges and acquisition-related costs. Free cash flow is net cash provided by "
           "operating activities less purchases of property, plant and equipment. These measures are not a "
           "substitute for GAAP measures and may differ from similarly titled measures of other companies.")
    rows = [row("GAAP operating income", y3(m["oi"]), "ng_gaap", dollar=True),
            row("Stock-based compensation", y3(m["sbc"]), "ng_sbc", indent=1),
            row("Amortization of acquired intangible assets", y3(m["amort"]), "ng_amort", indent=1),
            row("Restructuring charges", y3(m["restr"]), "ng_restr", indent=1),
            row("Acquisition-related costs", y3(m["acq_costs"]), "ng_acq", indent=1),
            row("Non-GAAP operating income", y3(m["ng_oi"]), "ng_oi", "total", dollar=True),
            txt("GAAP operating margin", [pct(F(m["oi"][y], rev[y])) for y in YS], "ng_gm"),
            txt("Non-GAAP operating margin", [pct(F(m["ng_oi"][y], rev[y])) for y in YS], "ng_om")]
    d.table("Reconciliation of GAAP operating income to non-GAAP operating income", W3, H3F, rows,
            scale="(Dollars in thousands)")
    rows = [row("Net cash provided by operating activities", y3(m["ocf"]), "fc_ocf", dollar=True),
            row("Purchases of property, plant and equipment", neg(m["capex"]), "fc_capex", indent=1),
            row("Free cash flow", y3(m["fcf"]), "fc_fcf", "total", dollar=True),
            txt("Free cash flow as a percentage of net revenue", [pct(F(m["fcf"][y], rev[y])) for y in YS],
                "fc_pct")]
    d.table("Free cash flow", W3, H3F, rows, scale="(Dollars in thousands)")
    mark("liq")
    d.heading("Liquidity and capital resources", 2)
    liq = b["cash"] + b["sti"]
    d.para(f"At September 27, 2025, we had cash and cash equivalents of ${b['cash']:,} thousand and short-term "
           f"investments of ${b['sti']:,} thousand, a total of ${liq:,} thousand, of which approximately 41% was "
           "held by foreign subsidiaries. Our principal uses of cash are working capital, capital expenditures, "
           "debt service, dividends and share repurchases.")
    s_rev = (f"We have an unsecured revolving credit facility of {mil(m['rev_cap'])} that matures in June 2028; "
             f"no amounts were borrowed under it during fiscal 2025 or were outstanding at September 27, 2025, and "
             f"{mil(m['rev_loc'])} of standby letters of credit issued under it reduced the amount available")
    d.para(s_rev + ". The facility and our term loan require us to maintain a maximum consolidated leverage ratio "
           "of 3.5 to 1.0 and a minimum interest coverage ratio of 3.0 to 1.0; we were in compliance with both. We "
           "believe our cash, investments, cash from operations and the revolving facility will be sufficient to "
           "meet our needs for at least the next twelve months.", keys={"p_rev": s_rev})
    d.para(f"During fiscal 2025 we repurchased {m['sh_rep'][2025]:,} thousand shares for ${m['buyback'][2025]:,} "
           f"thousand and paid dividends of ${m['div'][2025]:,} thousand. At September 27, 2025, "
           f"{mil(m['rep_rem'])} remained available under the August 2023 repurchase authorization. We expect "
           "capital expenditures of approximately $75 million to $85 million in fiscal 2026, mainly for a cleanroom "
           "expansion in Singapore.")
    rows = [row("Net cash provided by operating activities", y3(m["ocf"]), "cs_ocf", dollar=True),
            row("Net cash used in investing activities", [cf[y]["icf"] for y in YS], "cs_icf"),
            row("Net cash provided by (used in) financing activities", [cf[y]["fcf"] for y in YS], "cs_fcf"),
            row("Effect of exchange rate changes", [cf[y]["fx"] for y in YS], "cs_fx"),
            row("Net increase (decrease) in cash and cash equivalents", [cf[y]["net"] for y in YS], "cs_net",
                "total")]
    d.table("Cash flow summary", W3, H3F, rows, scale="(In thousands)")
    d.para("Operating cash flow increased in fiscal 2025 because of higher net income and larger customer deposits "
           "and deferred revenue, partly offset by higher receivables from strong fourth-quarter shipments. "
           "Financing activities in fiscal 2024 included the issuance of the convertible notes and the prepayment "
           "of the term loan.")
    d.heading("Critical accounting estimates", 2, need=20)
    d.para("Our critical accounting estimates relate to revenue recognition for multi-element system sales, "
           "inventory valuation, income taxes including uncertain tax positions, and the impairment assessment of "
           "goodwill and intangible assets. There were no material changes to these estimates in fiscal 2025.")
    mark("i7a")
    d.heading("ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK", 1)
    d.para(f"Interest rate risk. Our term loan bears interest at a variable rate; a 100 basis point increase in "
           f"rates would increase annual interest expense by approximately {mil(m['tl'][2025] // 100)}, partly "
           "offset by higher interest income on our cash and investments. The convertible notes bear a fixed "
           "rate. Foreign currency risk. Most of our sales are denominated in U.S. dollars; we hedge part of our "
           "yen, Singapore dollar and euro operating expenses with forward contracts, and a 10% adverse change in "
           "exchange rates would not have a material effect on our results.")
    mark("i8")
    d.heading("ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", 1)
    d.para("The consolidated financial statements, notes and the report of our independent registered public "
           "accounting firm begin on page F-1.")
    d.heading("ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL DISCLOSURE", 1)
    d.para("None.")
    mark("i9a")
    d.heading("ITEM 9A. CONTROLS AND PROCEDURES", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
           "procedures were effective as of September 27, 2025. Management concluded that our internal control "
           "over financial reporting was effective as of that date based on the 2013 COSO framework, and our "
           "independent registered public accounting firm issued an unqualified attestation report.")
    d.heading("ITEM 9B. OTHER INFORMATION", 1)
    d.para("During the quarter ended September 27, 2025, none of our directors or officers adopted or terminated a "
           "Rule 10b5-1 trading arrangement.")
    mark("p3")
    d.heading("PART III", 0)
    d.para("Items 10 through 14 are incorporated by reference to our definitive proxy statement for the 2026 annual "
           "meeting of shareholders.")
    d.heading("PART IV", 0)
    d.para("Item 15. Exhibits and Financial Statement Schedules. Exhibits include our articles of incorporation and "
           "bylaws, the indenture for the 1.25% Convertible Senior Notes due 2029, the credit agreement governing "
           "our term loan and revolving facility, and certifications of our principal executive and financial "
           "officers.")

    # ---------------------------------------------------------------- financial statements (F pages)
    d.new_page("F")
    mark("fs")
    d.heading("INDEX TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    d.para("Report of Independent Registered Public Accounting Firm; Consolidated Statements of Operations; "
           "Consolidated Statements of Comprehensive Income; Consolidated Balance Sheets; Consolidated Statements of "
           "Cash Flows; Consolidated Statements of Shareholders' Equity; Notes to Consolidated Financial "
           "Statements.", align="L")
    d.heading("REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", 1)
    d.para("To the Shareholders and Board of Directors of Thornquist Microsystems, Inc.: We have audited the "
           "accompanying consolidated balance sheets of Thornquist Microsystems, Inc. and subsidiaries as of "
           "September 27, 2025 and September 28, 2024, and the related consolidated statements of operations, "
           "comprehensive income, cash flows and shareholders' equity for each of the three fiscal years in the "
           "period ended September 27, 2025, and the related notes. In our opinion, the consolidated financial "
           "statements present fairly, in all material respects, the financial position of the Company and the "
           "results of its operations and its cash flows in conformity with accounting principles generally "
           "accepted in the United States of America.")
    d.para("Critical audit matter \u2014 revenue recognition for system sales with customer acceptance provisions. "
           "Evaluating whether the Company had objective evidence that new systems met contractual specifications "
           "before customer acceptance required especially challenging auditor judgment.")
    d.para("Calloway Brandt LLP, Portland, Oregon, November 18, 2025. We have served as the Company's auditor "
           "since 2004.")
    d.heading("CONSOLIDATED STATEMENTS OF OPERATIONS", 1)
    rows = [sec("Net revenue:"),
            row("Products", y3(m["prod_rev"]), "is_prod", indent=1, dollar=True),
            row("Services", y3(m["svc_rev"]), "is_svc", indent=1),
            row("Total net revenue", y3(rev), "is_rev", "total"),
            sec("Cost of revenue:"),
            row("Products", y3(m["cogs_prod"]), "is_cprod", indent=1),
            row("Services", y3(m["cogs_svc"]), "is_csvc", indent=1),
            row("Total cost of revenue", y3(cogs), "is_cogs", "total"),
            row("Gross profit", y3(m["gp"]), "is_gp", "total"),
            sec("Operating expenses:"),
            row("Research and development", y3(m["rd"]), "is_rd", indent=1),
            row("Selling, general and administrative", y3(m["sga"]), "is_sga", indent=1),
            row("Amortization of intangible assets", y3(m["amort"]), "is_amort", indent=1),
            row("Restructuring charges", y3(m["restr"]), "is_restr", indent=1),
            row("Total operating expenses", y3(m["opex"]), "is_opex", "total"),
            row("Operating income", y3(m["oi"]), "is_oi", "total"),
            row("Interest income", y3(m["inti"]), "is_inti"),
            row("Interest expense", neg(m["intx"]), "is_intx"),
            row("Other income (expense), net", y3(m["oth"]), "is_oth"),
            row("Income before income taxes", y3(m["pti"]), "is_pti", "total"),
            row("Provision for income taxes", y3(m["tax"]), "is_tax"),
            row("Net income", y3(m["ni"]), "is_ni", "total", dollar=True, double=True),
            sec("Net income per share:"),
            row("Basic", y3(m["eps_b"]), "is_epsb", indent=1, dollar=True, places=2),
            row("Diluted", y3(m["eps_d"]), "is_epsd", indent=1, dollar=True, places=2),
            sec("Shares used in computing net income per share:"),
            row("Basic", y3(m["sh_basic"]), "is_shb", indent=1),
            row("Diluted", y3(m["sh_dil"]), "is_shd", indent=1)]
    d.table("", W3, H3, rows, scale="(In thousands, except per share amounts)")
    d.para("The accompanying notes are an integral part of these consolidated financial statements.", size=7.2)
    d.heading("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", 1, need=40)
    rows = [row("Net income", y3(m["ni"]), "ci_ni", dollar=True),
            sec("Other comprehensive income (loss), net of tax:"),
            row("Foreign currency translation adjustments", y3(m["cta"]), "ci_cta", indent=1),
            row("Unrealized gains (losses) on available-for-sale investments", y3(m["unreal"]), "ci_unr", indent=1),
            row("Other comprehensive income (loss)", y3(m["oci"]), "ci_oci", "total"),
            row("Comprehensive income", y3(m["ci"]), "ci_ci", "total", dollar=True, double=True)]
    d.table("", W3, H3, rows, scale="(In thousands)")

    d.new_page()
    d.heading("CONSOLIDATED BALANCE SHEETS", 1)

    def bb(k):
        return [b[k], b0[k]]
    rows = [sec("ASSETS"),
            sec("Current assets:"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Short-term investments", bb("sti"), "bs_sti", indent=1),
            row("Accounts receivable, net", bb("ar"), "bs_ar", indent=1),
            row("Inventories", bb("inv"), "bs_inv", indent=1),
            row("Prepaid expenses and other current assets", bb("prep"), "bs_prep", indent=1),
            row("Total current assets", bb("ca"), "bs_ca", "total"),
            row("Property, plant and equipment, net", bb("ppe"), "bs_ppe"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Goodwill", bb("gw"), "bs_gw"),
            row("Intangible assets, net", bb("intang"), "bs_int"),
            row("Deferred income taxes", bb("dta"), "bs_dta"),
            row("Other assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True, double=True),
            sec("LIABILITIES AND SHAREHOLDERS' EQUITY"),
            sec("Current liabilities:"),
            row("Accounts payable", bb("ap"), "bs_ap", indent=1, dollar=True),
            row("Accrued compensation and benefits", bb("comp"), "bs_comp", indent=1),
            row("Deferred revenue and customer deposits", bb("defrev"), "bs_defrev", indent=1),
            row("Accrued and other current liabilities", bb("accr"), "bs_accr", indent=1),
            row("Current portion of long-term debt", bb("cur_debt"), "bs_curd", indent=1),
            row("Operating lease liabilities, current", bb("lease_cur"), "bs_leasec", indent=1),
            row("Total current liabilities", bb("cl"), "bs_cl", "total"),
            row("Long-term debt, net", bb("ltd"), "bs_ltd"),
            row("Operating lease liabilities, non-current", bb("lease_nc"), "bs_leasenc"),
            row("Income taxes payable, non-current", bb("tax_nc"), "bs_taxnc"),
            row("Other long-term liabilities", bb("oth_l"), "bs_othl"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            row("Commitments and contingencies (Note 12)", []),
            sec("Shareholders' equity:"),
            row("Common stock, no par value, and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Accumulated other comprehensive loss", bb("aoci"), "bs_aoci", indent=1),
            row("Total shareholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and shareholders' equity", bb("tle"), "bs_tle", "total", dollar=True,
                double=True)]
    d.table("", W2, HB, rows, scale="(In thousands)")
    d.para(f"Shares outstanding: {m['eq'][2025]['sh']:,} thousand at September 27, 2025 and "
           f"{m['eq'][2024]['sh']:,} thousand at September 28, 2024. The accompanying notes are an integral part "
           "of these consolidated financial statements.", size=7.2)

    def c3(k):
        return [cf[y][k] for y in YS]
    rows = [sec("Cash flows from operating activities:"),
            row("Net income", c3("ni"), "cf_ni", indent=1, dollar=True),
            sec("Adjustments to reconcile net income to operating cash flows:"),
            row("Depreciation", c3("dep"), "cf_dep", indent=1),
            row("Amortization of intangible assets", c3("amort"), "cf_amort", indent=1),
            row("Stock-based compensation", c3("sbc"), "cf_sbc", indent=1),
            row("Deferred income taxes", c3("deft"), "cf_deft", indent=1),
            row("Amortization of debt issuance costs", c3("dca"), "cf_dca", indent=1),
            sec("Changes in operating assets and liabilities:"),
            row("Accounts receivable", c3("ar"), "cf_ar", indent=1),
            row("Inventories", c3("inv"), "cf_inv", indent=1),
            row("Prepaid expenses and other assets", c3("prep"), "cf_prep", indent=1),
            row("Accounts payable", c3("ap"), "cf_ap", indent=1),
            row("Accrued compensation and benefits", c3("comp"), "cf_comp", indent=1),
            row("Deferred revenue and customer deposits", c3("defrev"), "cf_defrev", indent=1),
            row("Accrued and other liabilities", c3("accr"), "cf_accr", indent=1),
            row("Net cash provided by operating activities", c3("ocf"), "cf_ocf", "total"),
            sec("Cash flows from investing activities:"),
            row("Purchases of property, plant and equipment", c3("capex"), "cf_capex", indent=1),
            row("Purchases of short-term investments", c3("buy"), "cf_buy", indent=1),
            row("Maturities and sales of short-term investments", c3("mat"), "cf_mat", indent=1),
            row("Acquisition of business, net of cash acquired", c3("acq"), "cf_acq", indent=1),
            row("Net cash used in investing activities", c3("icf"), "cf_icf", "total"),
            sec("Cash flows from financing activities:"),
            row("Proceeds from convertible notes, net of issuance costs", c3("conv"), "cf_conv", indent=1),
            row("Repayments of term loan", c3("tl"), "cf_tl", indent=1),
            row("Proceeds from employee stock plans", c3("plan"), "cf_plan", indent=1),
            row("Taxes paid for net share settlement of equity awards", c3("wh"), "cf_wh", indent=1),
            row("Repurchases of common stock", c3("rep"), "cf_rep", indent=1),
            row("Dividends paid", c3("div"), "cf_div", indent=1),
            row("Net cash provided by (used in) financing activities", c3("fcf"), "cf_fcf", "total"),
            row("Effect of exchange rate changes on cash and cash equivalents", c3("fx"), "cf_fx"),
            row("Net increase (decrease) in cash and cash equivalents", c3("net"), "cf_net", "total"),
            row("Cash and cash equivalents, beginning of year", c3("beg"), "cf_beg"),
            row("Cash and cash equivalents, end of year", c3("end"), "cf_end", "total", dollar=True, double=True)]
    d.new_page()
    d.table("CONSOLIDATED STATEMENTS OF CASH FLOWS", W3, H3, rows, scale="(In thousands)", split_at=17)
    d.para("Supplemental disclosure: cash paid for income taxes, net of refunds, was $39,615 thousand, $27,480 "
           "thousand and $31,922 thousand, and cash paid for interest was $23,870 thousand, $33,104 thousand and "
           "$35,310 thousand in fiscal 2025, 2024 and 2023, respectively.", size=7.6)

    eq = m["eq"]
    weq = [17, 25, 25, 22, 25]
    heq = [[("Shares", 1), ("Common stock", 1), ("Retained", 1), ("", 1), ("Total", 1)],
           [("(in", 1), ("and additional", 1), ("earnings", 1), ("AOCI", 1), ("shareholders'", 1)],
           [("thousands)", 1), ("paid-in capital", 1), ("", 1), ("", 1), ("equity", 1)]]

    def erow(label, sh, apic, re_, ao, key=None, kind="plain"):
        vals = [N(sh) if sh is not None else "", N(apic), N(re_), N(ao), N(apic + re_ + ao)]
        return txt(label, vals, key, kind)
    ends = {2022: "October 1, 2022", 2023: "September 30, 2023", 2024: "September 28, 2024",
            2025: "September 27, 2025"}
    rows = [erow(f"Balance at {ends[2022]}", eq[2022]["sh"], eq[2022]["apic"], eq[2022]["re"], eq[2022]["aoci"],
                 "eq_22", "bold")]
    for y in (2023, 2024, 2025):
        rows += [erow("Net income", None, 0, m["ni"][y], 0, f"eq_ni{y}"),
                 erow("Other comprehensive income (loss)", None, 0, 0, m["oci"][y], f"eq_oci{y}"),
                 erow("Stock-based compensation", None, m["sbc"][y], 0, 0, f"eq_sbc{y}"),
                 erow("Employee stock plans, net of taxes withheld", m["sh_iss"][y], m["plan_net"][y], 0, 0,
                      f"eq_plan{y}"),
                 erow("Repurchases and retirement of common stock", -m["sh_rep"][y], 0, -m["buyback"][y], 0,
                      f"eq_rep{y}"),
                 erow(f"Cash dividends declared (${float(m['dps'][y]):.2f} per share)", None, 0, -m["div"][y], 0,
                      f"eq_div{y}"),
                 erow(f"Balance at {ends[y]}", eq[y]["sh"], eq[y]["apic"], eq[y]["re"], eq[y]["aoci"],
                      f"eq_{y % 100}", "bold")]
    d.new_page()
    d.table("CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY", weq, heq, rows, scale="(In thousands)")

    # ---------------------------------------------------------------- notes
    mark("notes")
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    d.heading("Note 1. Organization and Summary of Significant Accounting Policies", 2, need=20)
    d.para("Fiscal year. Our fiscal year ends on the Saturday nearest September 30. Fiscal 2025, 2024 and 2023 each "
           "contained 52 weeks. Principles of consolidation. The consolidated financial statements include the "
           "accounts of Thornquist Microsystems, Inc. and its wholly owned subsidiaries; intercompany balances are "
           "eliminated. Revenue recognition. We recognize revenue from systems when control transfers, generally "
           "on shipment for systems with a demonstrated history of meeting specifications and otherwise on customer "
           "acceptance; service contract revenue is recognized ratably. Inventories are stated at the lower of "
           "standard cost, which approximates first-in, first-out cost, and net realizable value.")
    d.heading("Note 2. Revenue", 2)
    d.para("We operate in one reportable segment. The following tables disaggregate net revenue by product line "
           "and by geographic region, based on the location to which products are shipped or services performed.")
    rows = [row(ln[k], y3(m["line_rev"][k]), "rv_" + k, dollar=k == "WPS") for k in LINES]
    rows.append(row("Total net revenue", y3(rev), "rv_tot", "total", dollar=True, double=True))
    d.table("Net revenue by product line", W3, H3F, rows, scale="(In thousands)")
    rows = [row(rn[g], y3(m["geo"][g]), "geo_" + g, dollar=g == "US") for g in REGIONS]
    rows.append(row("Total net revenue", y3(rev), "geo_tot", "total", dollar=True, double=True))
    d.table("Net revenue by geographic region", W3, H3F, rows, scale="(In thousands)")
    d.para(f"Contract liabilities, consisting of deferred revenue and customer deposits, were ${b['defrev']:,} "
           f"thousand at September 27, 2025 and ${b0['defrev']:,} thousand at September 28, 2024. Substantially all "
           "of the September 28, 2024 balance was recognized as revenue in fiscal 2025.")
    d.heading("Note 3. Balance Sheet Components", 2)
    ic = m["inv_comp"]
    rows = [row("Raw materials and purchased parts", [ic[2025]["rm"], ic[2024]["rm"]], "iv_rm", dollar=True),
            row("Work in process", [ic[2025]["wip"], ic[2024]["wip"]], "iv_wip"),
            row("Finished goods, including evaluation systems", [ic[2025]["fg"], ic[2024]["fg"]], "iv_fg"),
            row("Total inventories", [b["inv"], b0["inv"]], "iv_tot", "total", dollar=True, double=True)]
    d.table("Inventories", W2, HB, rows, scale="(In thousands)")
    pp = m["ppe"]
    rows = [row("Land", [pp[2025]["land"], pp[2024]["land"]], "pp_land", dollar=True),
            row("Buildings and leasehold improvements", [pp[2025]["bldg"], pp[2024]["bldg"]], "pp_bldg"),
            row("Machinery and equipment", [pp[2025]["mach"], pp[2024]["mach"]], "pp_mach"),
            row("Computer equipment and software", [pp[2025]["comp"], pp[2024]["comp"]], "pp_comp"),
            row("Construction in progress", [pp[2025]["cip"], pp[2024]["cip"]], "pp_cip"),
            row("Property, plant and equipment, gross", [pp[2025]["gross"], pp[2024]["gross"]], "pp_gross",
                "total"),
            row("Less: accumulated depreciation", [-pp[2025]["acc"], -pp[2024]["acc"]], "pp_acc"),
            row("Property, plant and equipment, net", [pp[2025]["net"], pp[2024]["net"]], "pp_net", "total",
                dollar=True, double=True)]
    d.table("Property, plant and equipment", W2, HB, rows, scale="(In thousands)")
    d.para(f"Depreciation expense was ${m['dep'][2025]:,} thousand, ${m['dep'][2024]:,} thousand and "
           f"${m['dep'][2023]:,} thousand in fiscal 2025, 2024 and 2023. In fiscal 2025 we retired fully depreciated "
           f"machinery with an original cost of ${m['ppe_retire25']:,} thousand.")
    d.heading("Note 4. Goodwill and Intangible Assets", 2)
    d.para(f"Goodwill was ${b['gw']:,} thousand at both September 27, 2025 and September 28, 2024 and relates to our "
           "single reporting unit. In fiscal 2024 we acquired Harrowgate Photonics Ltd., a maker of optical "
           f"sensors used in our metrology systems, for ${m['acq'][2024]:,} thousand in cash. Our annual impairment "
           "test in the fourth quarter of fiscal 2025 indicated no impairment.")
    ig = m["ig"]
    wi = [19, 21, 19, 19, 21, 19]
    hi = [[("September 27, 2025", 3), ("September 28, 2024", 3)],
          [("Gross", 1), ("Accumulated", 1), ("Net", 1), ("Gross", 1), ("Accumulated", 1), ("Net", 1)],
          [("amount", 1), ("amortization", 1), ("amount", 1), ("amount", 1), ("amortization", 1), ("amount", 1)]]
    inames = {"dt": "Developed technology", "cr": "Customer relationships", "tn": "Trade names", "tot": "Total"}
    rows = []
    for k in ("dt", "cr", "tn", "tot"):
        g5, a5, n5 = ig[2025][k]
        g4, a4, n4 = ig[2024][k]
        fn = D if k in ("dt", "tot") else N
        rows.append(txt(inames[k], [fn(g5), N(-a5), fn(n5), fn(g4), N(-a4), fn(n4)], "ig_" + k,
                        "total" if k == "tot" else "plain"))
    d.table("Intangible assets", wi, hi, rows, scale="(In thousands)")
    sch = m["amort_sched"]
    rows = [row(f"Fiscal {y}", [sch[y]], f"am_{y}", dollar=y == 2026) for y in (2026, 2027, 2028, 2029, 2030)]
    rows += [row("Thereafter", [sch["after"]], "am_after"),
             row("Total", [ig[2025]["tot"][2]], "am_tot", "total", dollar=True, double=True)]
    d.para("Estimated future amortization expense of intangible assets at September 27, 2025 is as follows:")
    d.table("", [30], [[("Amount", 1)]], rows, scale="(In thousands)")
    d.heading("Note 5. Debt", 2)
    dc = m["debt_cost"]
    rows = [row("Term loan due June 2028", [m["tl"][2025], m["tl"][2024]], "dt_tl", dollar=True),
            row("1.25% Convertible Senior Notes due 2029", [m["conv"], m["conv"]], "dt_conv"),
            row("Total principal", [m["principal"][2025], m["principal"][2024]], "dt_prin", "total"),
            row("Less: unamortized debt issuance costs", [-dc[2025], -dc[2024]], "dt_cost"),
            row("Total debt", [m["debt_carry"][2025], m["debt_carry"][2024]], "dt_tot", "total"),
            row("Less: current portion of long-term debt", [-b["cur_debt"], -b0["cur_debt"]], "dt_cur"),
            row("Long-term debt, net", [b["ltd"], b0["ltd"]], "dt_ltd", "total", dollar=True, double=True)]
    d.table("Debt", W2, HB, rows, scale="(In thousands)")
    s_conv = (f"The notes are convertible at an initial conversion rate of {float(m['conv_rate']):.4f} shares of "
              f"common stock per $1,000 principal amount, equivalent to an initial conversion price of "
              f"approximately ${float(m['conv_price']):.2f} per share")
    d.para(f"Convertible notes. In March 2024 we issued ${m['conv']:,} thousand aggregate principal amount of 1.25% "
           "Convertible Senior Notes due March 15, 2029, with interest payable semi-annually. " + s_conv + ". "
           "Before December 15, 2028, holders may convert only upon specified events. We must settle the "
           "principal in cash and may settle any excess in cash or shares. None of the conditions permitting "
           "conversion had been met at September 27, 2025.", keys={"p_conv": s_conv})
    d.para("Term loan and revolving facility. Our credit agreement provides a term loan, which bears interest at "
           "SOFR plus 1.50% (5.82% at September 27, 2025) and amortizes at $10,000 thousand per quarter with the "
           "balance due in June 2028, and the unsecured revolving credit facility described in Item 7. In fiscal "
           "2024 we prepaid $250,000 thousand of the term loan with proceeds of the convertible notes.")
    rows = [row(f"Fiscal {y}", [m["debt_mat"][y]], f"dm_{y}", dollar=y == 2026) for y in (2026, 2027, 2028, 2029,
                                                                                          2030)]
    rows += [row("Thereafter", [m["debt_mat"]["after"]], "dm_after"),
             row("Total principal", [m["principal"][2025]], "dm_tot", "total", dollar=True, double=True)]
    d.table("Scheduled principal payments", [30], [[("Amount", 1)]], rows, scale="(In thousands)")
    d.heading("Note 6. Leases", 2)
    d.para(f"We lease manufacturing, office and warehouse space and certain equipment under operating leases. "
           f"Operating lease cost was ${m['lease_cost'][2025]:,} thousand, ${m['lease_cost'][2024]:,} thousand and "
           f"${m['lease_cost'][2023]:,} thousand in fiscal 2025, 2024 and 2023. At September 27, 2025, the "
           "weighted-average remaining lease term was 6.1 years and the weighted-average discount rate was 4.9%.")
    lm = m["lease_mat"]
    rows = [row(f"Fiscal {y}", [lm[y]], f"ls_{y}", dollar=y == 2026) for y in (2026, 2027, 2028, 2029, 2030)]
    rows += [row("Thereafter", [lm["after"]], "ls_after"),
             row("Total undiscounted lease payments", [m["lease_pay"]], "ls_tot", "total"),
             row("Less: imputed interest", [-m["lease_int"]], "ls_int"),
             row("Total operating lease liabilities", [b["lease_tot"]], "ls_pv", "total", dollar=True, double=True)]
    d.table("Maturities of operating lease liabilities", [30], [[("Amount", 1)]], rows, scale="(In thousands)")
    d.heading("Note 7. Stock-Based Compensation", 2)
    d.para("We grant restricted stock units and performance stock units under our 2021 Equity Incentive Plan and "
           "offer an employee stock purchase plan. Stock-based compensation expense by line item was as follows:")
    sl = m["sbc_line"]
    rows = [row("Cost of revenue", y3(sl["cor"]), "sb_cor", dollar=True),
            row("Research and development", y3(sl["rd"]), "sb_rd"),
            row("Selling, general and administrative", y3(sl["sga"]), "sb_sga"),
            row("Total stock-based compensation", y3(m["sbc"]), "sb_tot", "total", dollar=True, double=True)]
    d.table("", W3, H3F, rows, scale="(In thousands)")
    d.para("At September 27, 2025, unrecognized compensation cost related to unvested awards was $118,340 thousand, "
           "which we expect to recognize over a weighted-average period of 2.3 years.")
    d.heading("Note 8. Shareholders' Equity", 2)
    s_div = (f"We declared and paid cash dividends of ${float(m['dps'][2025]):.2f} per share in fiscal 2025 and "
             f"${float(m['dps'][2024]):.2f} per share in fiscal 2024")
    d.para(s_div + ". Repurchased shares are retired, and the purchase price is charged to retained earnings. "
           "Repurchases under the August 2023 authorization in fiscal 2025 were:", keys={"p_div": s_div})
    rows = [txt(per, [N(sh), f"${float(rnd(F(amt, sh), 2)):,.2f}", N(amt)], f"rp_{i}")
            for i, (per, sh, amt) in enumerate(m["rep_q"])]
    rows.append(txt("Fiscal 2025 total", [N(m["rep_q_sh"]), f"${float(rnd(F(m['rep_q_amt'], m['rep_q_sh']), 2)):,.2f}",
                                          D(m["rep_q_amt"])], "rp_tot", "total"))
    d.table("", [20, 20, 22], [[("Shares", 1), ("Average", 1), ("Amount", 1)],
                               [("(thousands)", 1), ("price", 1), ("(thousands)", 1)]], rows,
            scale="Fiscal quarter")
    d.heading("Note 9. Income Taxes", 2)
    rows = [row("United States", y3(m["pti_us"]), "tx_us", dollar=True),
            row("Foreign", y3(m["pti_foreign"]), "tx_fpti"),
            row("Income before income taxes", y3(m["pti"]), "tx_pti", "total", dollar=True)]
    d.table("Components of income before income taxes", W3, H3F, rows, scale="(In thousands)")
    rows = [sec("Current:"),
            row("Federal", y3(m["tax_fed"]), "tx_fed", indent=1, dollar=True),
            row("State", y3(m["tax_state"]), "tx_state", indent=1),
            row("Foreign", y3(m["tax_forn"]), "tx_forn", indent=1),
            row("Total current", y3(m["tax_cur"]), "tx_cur", "total"),
            row("Deferred", y3(m["tax_def"]), "tx_def"),
            row("Provision for income taxes", y3(m["tax"]), "tx_tot", "total", dollar=True, double=True)]
    d.table("Provision for income taxes", W3, H3F, rows, scale="(In thousands)")
    rows = [row("Federal statutory tax at 21%", y3(m["rr_stat"]), "rr_stat", dollar=True),
            row("State taxes, net of federal benefit", y3(m["rr_state"]), "rr_state"),
            row("Foreign income taxed at different rates", y3(m["rr_foreign"]), "rr_forn"),
            row("Research tax credits", y3(m["rr_credit"]), "rr_cred"),
            row("Foreign-derived intangible income deduction", y3(m["rr_fdii"]), "rr_fdii"),
            row("Global intangible low-taxed income", y3(m["rr_gilti"]), "rr_gilti"),
            row("Excess tax benefits from stock-based compensation", y3(m["rr_sbc"]), "rr_sbc"),
            row("Other, net", y3(m["rr_other"]), "rr_oth"),
            row("Provision for income taxes", y3(m["tax"]), "rr_tot", "total", dollar=True, double=True),
            txt("Effective tax rate", [pct(m["etr"][y]) for y in YS], "rr_etr")]
    d.table("Reconciliation of statutory to effective tax", W3, H3F, rows, scale="(In thousands)")
    d.para("Our Singapore manufacturing subsidiary benefits from a tax incentive that reduces its income tax rate "
           "through fiscal 2029, subject to investment and employment conditions.")
    d.heading("Note 10. Net Income per Share", 2)
    rows = [row("Net income", y3(m["ni"]), "ep_ni", dollar=True),
            row("Weighted-average shares \u2014 basic", y3(m["sh_basic"]), "ep_shb"),
            row("Dilutive effect of restricted stock units and ESPP", y3(m["sh_dil_eff"]), "ep_de"),
            row("Weighted-average shares \u2014 diluted", y3(m["sh_dil"]), "ep_shd", "total"),
            row("Basic net income per share", y3(m["eps_b"]), "ep_b", dollar=True, places=2),
            row("Diluted net income per share", y3(m["eps_d"]), "ep_d", dollar=True, places=2)]
    d.table("", W3, H3F, rows, scale="(In thousands, except per share amounts)")
    d.para("Because the principal of the convertible notes must be settled in cash, only the conversion spread is "
           "considered for dilution; the average market price of our common stock was below the conversion price "
           "in each period, so the notes had no dilutive effect.")
    d.heading("Note 11. Segment and Geographic Information", 2)
    d.para("Our Chief Executive Officer, as chief operating decision maker, manages the business as one operating "
           "segment and uses consolidated net income to allocate resources and assess performance. Significant "
           "segment expenses are those presented on the consolidated statements of operations. Property, plant "
           "and equipment, net, by location was as follows:")
    pg = m["ppe_geo"]
    rows = [row("United States", [pg[2025]["US"], pg[2024]["US"]], "lg_us", dollar=True),
            row("Singapore", [pg[2025]["SG"], pg[2024]["SG"]], "lg_sg"),
            row("Other countries", [pg[2025]["OT"], pg[2024]["OT"]], "lg_ot"),
            row("Total", [pp[2025]["net"], pp[2024]["net"]], "lg_tot", "total", dollar=True, double=True)]
    d.table("", W2, HB, rows, scale="(In thousands)")
    d.heading("Note 12. Commitments, Contingencies and Subsequent Events", 2, need=20)
    d.para("At September 27, 2025 we had non-cancellable purchase obligations of approximately $286.5 million, "
           "primarily for inventory. We provide standard warranties of 12 to 24 months on our systems. On October "
           "21, 2025, the Board declared a quarterly dividend of $0.25 per share, payable on November 25, 2025.")
    d.para("SIGNATURES \u2014 Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
           "duly caused this report to be signed on its behalf by the undersigned. Thornquist Microsystems, Inc. "
           "/s/ Ingrid M. Solvang, President and Chief Executive Officer; /s/ Tobias R. Achterberg, Senior Vice "
           "President and Chief Financial Officer. November 18, 2025.")
    assert not d.pending, d.pending
    return d, d.marks
