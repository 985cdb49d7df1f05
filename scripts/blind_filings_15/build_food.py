"""Lays out the Pellworth Brands Form 10-K (condensed sans, shaded header band). Only formats model values."""

from fractions import Fraction as F

from kit import Doc, num, pct, rnd

W3 = [22, 22, 22]
H3 = [[("Fiscal Year Ended", 3)], [("June 28, 2025", 1), ("June 29, 2024", 1), ("June 24, 2023", 1)]]
H3F = [[("Fiscal", 1), ("Fiscal", 1), ("Fiscal", 1)], [("2025", 1), ("2024", 1), ("2023", 1)]]
HB = [[("June 28,", 1), ("June 29,", 1)], [("2025", 1), ("2024", 1)]]
W2 = [24, 24]
SEGS = ("NR", "FS", "IN")
TOC = [("PART I", None), ("Item 1. Business", "i1"), ("Item 1A. Risk Factors", "i1a"),
       ("Item 1C. Cybersecurity", "i1c"), ("Item 2. Properties", "i2"), ("PART II", None),
       ("Item 5. Market for Registrant's Common Equity and Issuer Purchases of Equity Securities", "i5"),
       ("Item 7. Management's Discussion and Analysis", "i7"),
       ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "i7a"),
       ("Item 8. Financial Statements and Supplementary Data", "i8"), ("Item 9A. Controls and Procedures", "i9a"),
       ("PART III and PART IV", "p3"), ("Consolidated Financial Statements", "fs"),
       ("Notes to Consolidated Financial Statements", "notes")]


def N(v, places=0):
    return num(v, places)


def D(v, places=0):
    return num(v, places, dollar=True)


def row(label, vals, key=None, kind="plain", indent=0, dollar=False, places=0):
    return {"label": label, "vals": [D(v, places) if dollar else N(v, places) for v in vals], "key": key,
            "kind": kind, "indent": indent}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def F1(a, b):
    return F(a, b)


def y3(d):
    return [d[2025], d[2024], d[2023]]


def neg(d):
    return [-d[2025], -d[2024], -d[2023]]


def build(m, toc=None):
    d = Doc("sans", "PELLWORTH BRANDS, INC.  |  ANNUAL REPORT ON FORM 10-K  |  FISCAL 2025",
            "Pellworth Brands 2025 Form 10-K")
    labs = {}
    b, b0, cf = m["b"][2025], m["b"][2024], m["cf"]
    nm = m["seg_names"]

    def mark(k):
        labs[k] = d.labels[-1]

    # cover
    d.new_page("none")
    d.set_font(d.fam, "B", 12)
    d.multi_cell(0, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549")
    d.ln(3)
    d.set_font(d.fam, "B", 22)
    d.set_text_color(20, 70, 120)
    d.multi_cell(0, 10, "FORM 10-K")
    d.set_text_color(0, 0, 0)
    d.set_font(d.fam, "", 9.5)
    d.multi_cell(0, 5, "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                 "For the fiscal year ended June 28, 2025\nor\n[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) "
                 "OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission File Number 001-40617")
    d.ln(5)
    d.set_font(d.fam, "B", 18)
    d.multi_cell(0, 9, "Pellworth Brands, Inc.")
    d.set_font(d.fam, "", 9.5)
    d.multi_cell(0, 5, "(Exact name of registrant as specified in its charter)\n\nDelaware \u2014 I.R.S. Employer "
                 "Identification No. 42-3817065\n1250 Granary Row, West Des Moines, Iowa 50266\n(515) 555-0142\n\n"
                 "Securities registered pursuant to Section 12(b) of the Act: Common Stock, par value $0.01 per share "
                 "\u2014 PLWB \u2014 The Nasdaq Stock Market LLC")
    d.ln(4)
    d.para("Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, a "
           "non-accelerated filer, a smaller reporting company or an emerging growth company: Large accelerated "
           "filer [X]. Indicate by check mark whether the registrant is a shell company: Yes [ ] No [X].")
    d.para("The aggregate market value of the common stock held by non-affiliates of the registrant, computed by "
           "reference to the closing price on December 27, 2024, the last business day of the registrant's most "
           "recently completed second fiscal quarter, was approximately $7.9 billion. As of August 8, 2025, "
           f"{int(m['eq'][2025]['sh'] * 1000000) - 153800:,} shares of common stock were outstanding.")
    d.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy statement for its "
           "2025 annual meeting of stockholders are incorporated by reference into Part III.")
    # toc
    d.new_page("none")
    d.heading("Table of Contents", 0)
    d.ln(2)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None else "", 9.5)
        d.cell(d.ew - 22, 6.4, name)
        d.cell(22, 6.4, (toc or {}).get(k, "") if k else "Page", align="R")
        d.ln(6.4)
    d.ln(4)
    d.para("In this report, \"Pellworth,\" \"the Company,\" \"we,\" \"us\" and \"our\" refer to Pellworth Brands, "
           "Inc. and its consolidated subsidiaries. References to fiscal 2025, fiscal 2024 and fiscal 2023 are to "
           "the fiscal years ended June 28, 2025, June 29, 2024 and June 24, 2023. This report contains "
           "forward-looking statements, which are subject to risks and uncertainties that could cause actual "
           "results to differ materially from those expressed or implied.")

    # Part I
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I", 0)
    d.heading("Item 1. Business", 1)
    d.para("Pellworth Brands, Inc. manufactures and markets branded and private-label packaged foods, including "
           "shelf-stable soups and broths, crackers and baked snacks, frozen meals and sides, and baking mixes. "
           "Our principal brands are Pellworth Kitchen, Harvest Lantern, Crumbridge and Marrowfield. We were "
           "incorporated in Delaware in 1962 as the successor to a family flour mill founded in Ames, Iowa in 1908. "
           "We sell to grocery, mass merchandise, club, drug, dollar and e-commerce retailers, to foodservice "
           "distributors and operators, and through distributors and our own sales offices in 34 countries.")
    s_fy = ("Our fiscal year ends on the last Saturday of June. Fiscal 2025 and fiscal 2023 each contained 52 weeks, "
            "while fiscal 2024 contained 53 weeks.")
    d.para(s_fy + " The additional week fell in the fourth quarter of fiscal 2024, which therefore contained 14 "
           "weeks.", keys={"p_fy": s_fy})
    d.heading("Reportable segments", 2)
    d.para(f"{nm['NR']}. Branded and private-label products sold to retail customers in the United States and "
           "Canada. Our largest customer, a mass merchandiser, accounted for approximately 19% of consolidated net "
           "sales in fiscal 2025, almost entirely in this segment.")
    d.para(f"{nm['FS']}. Soups, bases, sauces, frozen dough and baked goods sold to broadline distributors, "
           "restaurant chains, schools, hospitals and convenience stores. In October 2024 we acquired Ostrander "
           "Bakehouse, LLC, a maker of frozen artisan bread and rolls, which is reported in this segment.")
    d.para(f"{nm['IN']}. Retail and foodservice products sold outside the United States and Canada, mainly in "
           "the United Kingdom, Mexico, Australia and Southeast Asia, through our own sales organizations and "
           "distributors.")
    d.heading("Manufacturing, raw materials and seasonality", 2)
    d.para("We operate 21 manufacturing facilities and co-manufacture certain products with third parties. Our "
           "principal ingredients are wheat flour, vegetables, dairy, poultry, beef, edible oils, sweeteners and "
           "spices; our principal packaging materials are steel cans, corrugated board, flexible film and plastic "
           "trays. We purchase commodities under forward contracts and use exchange-traded futures to manage part "
           "of our exposure. Demand for soups and baking mixes is seasonal and is highest in our second and third "
           "fiscal quarters, which include the autumn and winter months.")
    d.heading("Human capital", 2)
    emp = m["employees"]
    s_emp = f"As of June 28, 2025, we had approximately {m['emp_total']:,} full-time employees"
    d.para(s_emp + f", of whom approximately {emp['NR']:,} supported {nm['NR']}, {emp['FS']:,} supported "
           f"{nm['FS']}, {emp['IN']:,} supported {nm['IN']} and {emp['corp']:,} held corporate roles. About 36% of "
           "our hourly production employees are represented by unions. Our total recordable incident rate was "
           "1.14 in fiscal 2025, compared with 1.31 in fiscal 2024.", keys={"p_emp": s_emp})
    d.heading("Competition, trademarks and regulation", 2)
    d.para("The packaged-foods industry is highly competitive. We compete with large multinational food companies, "
           "regional manufacturers and retailers' own brands on taste, quality, price, convenience, brand "
           "recognition and shelf placement. Our trademarks are important to our business and are registered in "
           "the United States and our principal foreign markets. Our operations are subject to regulation by the "
           "U.S. Food and Drug Administration, the U.S. Department of Agriculture and comparable authorities "
           "abroad, covering food safety, labeling, advertising and environmental matters.")
    mark("i1a")
    d.heading("Item 1A. Risk Factors", 1)
    d.para("The following risks could materially and adversely affect our business, financial condition and "
           "results of operations. Additional risks not currently known to us could also affect us.")
    for t in ("Volatility in the cost of wheat, vegetables, proteins, oils, packaging and energy may reduce our "
              "margins if we cannot offset it through pricing or productivity, and price increases may reduce "
              "volumes.",
              "A significant share of our net sales comes from a small number of large retail customers, whose "
              "inventory decisions, private-label programs and demands for trade support can reduce our sales.",
              "Consumer preferences are shifting toward fresh, less processed and lower-sodium foods and toward "
              "weight-management medications that may reduce overall food consumption.",
              "Product recalls or food-safety incidents could result in significant costs and damage to our brands.",
              "We may not realize the expected savings from the Fit-to-Grow restructuring program, and "
              "restructuring actions may disrupt production or customer service.",
              "Our indebtedness could limit our flexibility, and rising interest rates would increase the cost of "
              "our variable-rate borrowings.",
              "Impairment of goodwill or indefinite-lived trademarks, such as the charge recorded in fiscal 2024, "
              "could reduce our reported results.",
              "Disruption of our information technology systems, including from cyber-attacks, could interrupt "
              "ordering, production and distribution."):
        d.para("\u2022 " + t, align="L")
    d.heading("Item 1B. Unresolved Staff Comments", 1)
    d.para("None.")
    mark("i1c")
    d.heading("Item 1C. Cybersecurity", 1)
    d.para("Our information security program is aligned with recognized industry frameworks and covers enterprise "
           "systems, plant control systems and third-party service providers. It is led by our Vice President, "
           "Information Security, who reports to the Chief Information Officer and briefs the Audit Committee each "
           "quarter. We perform annual penetration tests, phishing simulations and incident-response exercises. "
           "We are not aware of any cybersecurity incident in fiscal 2025 that materially affected us.")
    mark("i2")
    d.heading("Item 2. Properties", 1)
    d.para("Our headquarters is in West Des Moines, Iowa. We believe our facilities are well maintained and "
           "adequate for our present needs. Our principal manufacturing facilities are shown below.")
    props = [("Ames, Iowa", "North America Retail", "880", "Owned"),
             ("Springfield, Missouri", "North America Retail", "615", "Owned"),
             ("Lancaster, Pennsylvania", "North America Retail", "540", "Owned"),
             ("Guelph, Ontario", "North America Retail", "305", "Owned"),
             ("Salem, Oregon", "Foodservice", "410", "Owned"),
             ("Cedar Rapids, Iowa", "Foodservice", "255", "Leased"),
             ("Hull, United Kingdom", "International", "290", "Owned"),
             ("Queretaro, Mexico", "International", "215", "Leased")]
    d.table("Principal manufacturing facilities", [40, 26, 22], [[("Segment", 1), ("Sq. ft. (000s)", 1),
                                                                   ("Owned/Leased", 1)]],
            [txt(a, [s, f, o]) for a, s, f, o in props])
    d.heading("Item 3. Legal Proceedings", 1)
    d.para("We are party to legal proceedings arising in the ordinary course of business, including product "
           "labeling class actions and employment matters. We do not expect them to have a material adverse effect.")
    d.heading("Item 4. Mine Safety Disclosures", 1)
    d.para("Not applicable.")

    # Part II
    d.new_page()
    mark("i5")
    d.heading("PART II", 0)
    d.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
              "Equity Securities", 1)
    s_div = (f"We declared dividends of ${float(m['dps'][2025]):.2f} per share in fiscal 2025 and "
             f"${float(m['dps'][2024]):.2f} per share in fiscal 2024.")
    d.para("Our common stock is listed on The Nasdaq Stock Market under the symbol PLWB. As of August 8, 2025 there "
           "were approximately 4,310 stockholders of record. " + s_div + " In July 2025 our Board of Directors "
           "increased the quarterly dividend to $0.40 per share.", keys={"p_div": s_div})
    d.para("The table below sets out our purchases of common stock during the fourth quarter of fiscal 2025, which "
           "consisted of three fiscal months of four, four and five weeks. In May 2023 the Board authorized the "
           "repurchase of up to $1.5 billion of common stock with no expiration date.")
    rows = []
    for i, (per, tot, prog, cents) in enumerate(m["rep_q4"]):
        rows.append(txt(per, [f"{tot:,}", f"${cents / 100:,.2f}", f"{prog:,}",
                              f"${float(rnd(m['rep_rem'][i] / 1000000, 1)):,.1f}"], f"rep{i}"))
    rows.append(txt("Total", [f"{m['rep_q4_total']:,}", "", f"{m['rep_q4_prog']:,}", ""], "rep_tot", "total"))
    d.table("Issuer Purchases of Equity Securities", [24, 22, 30, 34],
            [[("Total number", 1), ("Average", 1), ("Shares purchased as", 1), ("Approximate dollar", 1)],
             [("of shares", 1), ("price paid", 1), ("part of publicly", 1), ("value remaining", 1)],
             [("purchased (a)", 1), ("per share", 1), ("announced program", 1), ("($ in millions)", 1)]],
            rows, foot=["(a) Includes shares surrendered by employees to satisfy tax withholding on the vesting of "
                        "restricted stock units, which are not purchases under the publicly announced program."])
    d.heading("Item 6. [Reserved]", 1)

    # MD&A
    mark("i7")
    d.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.para("The following discussion should be read together with our consolidated financial statements and notes. "
           "Fiscal 2024 included a 53rd week. We discuss fiscal 2025 compared with fiscal 2024; a discussion of "
           "fiscal 2024 compared with fiscal 2023 appears in our Annual Report on Form 10-K for fiscal 2024.")
    d.heading("Executive overview", 2)
    s_wk = (f"We estimate that the 53rd week contributed approximately ${m['wk53_total']:,} million of net sales in "
            "fiscal 2024.")
    d.para("Fiscal 2025 net sales increased as higher pricing in all three segments, volume gains in International "
           "and the Ostrander acquisition more than offset the absence of the 53rd week and lower volumes in North "
           "America Retail and Foodservice. " + s_wk + " Gross margin expanded as pricing and productivity savings "
           "outpaced input-cost inflation, and we continued to reinvest in advertising and consumer promotion.",
           keys={"p_wk53": s_wk})
    rows = [row("Net sales", y3(m["sales"]), "mc_sales", dollar=True),
            row("Gross profit", y3(m["gp"]), "mc_gp"),
            txt("Gross margin", [pct(F1(m["gp"][y], m["sales"][y])) for y in (2025, 2024, 2023)], "mc_gm"),
            row("Operating income", y3(m["oi"]), "mc_oi"),
            txt("Operating margin", [pct(F1(m["oi"][y], m["sales"][y])) for y in (2025, 2024, 2023)], "mc_om"),
            row("Net income", y3(m["ni"]), "mc_ni", dollar=True),
            txt("Diluted earnings per share", [f"${float(m['eps_d'][y]):.2f}" for y in (2025, 2024, 2023)],
                "mc_eps")]
    d.table("Consolidated results", W3, H3F, rows, scale="(dollars in millions, except per share amounts)")
    d.heading("Net sales", 2)
    d.para("The table below shows the components of the change in net sales from fiscal 2024 to fiscal 2025. "
           "Volume/mix reflects changes in the quantity and mix of products sold; price reflects list price "
           "changes net of trade promotion.")
    hd = [[("Fiscal", 1), ("Volume/", 1), ("Price", 1), ("53rd", 1), ("Acqui-", 1), ("Foreign", 1), ("Fiscal", 1)],
          [("2024", 1), ("mix", 1), ("", 1), ("week", 1), ("sition", 1), ("exchange", 1), ("2025", 1)]]
    rows = []
    for s in SEGS + ("tot",):
        s24 = m["sales_seg"][s][2024] if s != "tot" else m["sales"][2024]
        s25 = m["sales_seg"][s][2025] if s != "tot" else m["sales"][2025]
        rows.append(row(nm[s] if s != "tot" else "Total net sales",
                        [s24, m["vol"][s], m["price"][s], m["wk53"][s], m["acq_eff"][s], m["fx_eff"][s], s25],
                        "br_" + s, "total" if s == "tot" else "plain", dollar=s in ("NR", "tot")))
    d.table("Net sales bridge, fiscal 2025 compared with fiscal 2024 (in millions)", [17, 16, 15, 15, 15, 16, 17],
            hd, rows)
    d.heading("Segment results", 2)
    d.para("Segment operating profit excludes unallocated corporate expense, restructuring and related charges, "
           "amortization of intangible assets and impairment charges, which are managed centrally.")
    for s, txt_s in (("NR", "North America Retail net sales rose on pricing in soups and crackers, partly offset by "
                            "the 53rd week in the prior year and lower frozen-meal volumes. Operating profit grew on "
                            "pricing and manufacturing productivity."),
                     ("FS", "Foodservice net sales benefited from the Ostrander acquisition and pricing, while "
                            "traffic at quick-service restaurant customers remained soft. Operating profit "
                            "increased on pricing and a more favorable mix of baked goods."),
                     ("IN", "International net sales increased on volume growth in Mexico and Australia and "
                            "pricing, partly offset by the weaker British pound. Operating profit declined as "
                            "higher distribution and advertising costs were only partly recovered.")):
        d.heading(nm[s], 2)
        d.para(txt_s)
        rows = [row("Net sales", y3(m["sales_seg"][s]), "md_" + s + "_sales", dollar=True),
                row("Segment operating profit", y3(m["op_seg"][s]), "md_" + s + "_op"),
                txt("Segment operating margin", [pct(F1(m["op_seg"][s][y], m["sales_seg"][s][y]))
                                                 for y in (2025, 2024, 2023)], "md_" + s + "_om")]
        d.table("", W3, H3F, rows, scale="(dollars in millions)")
    d.heading("Other income statement items", 2)
    d.para(f"Selling, general and administrative expenses were ${m['sga'][2025]:,} million, or "
           f"{pct(F1(m['sga'][2025], m['sales'][2025]))} of net sales, compared with ${m['sga'][2024]:,} million in "
           "fiscal 2024, reflecting higher advertising and incentive compensation. Interest expense, net decreased "
           "because of lower average borrowing rates. Our effective tax rate was "
           f"{pct(m['etr'][2025])} in fiscal 2025 compared with {pct(m['etr'][2024])} in fiscal 2024.")
    s_rp = (f"We expect the Fit-to-Grow program to result in total pre-tax charges of approximately "
            f"${m['restr_prog_total']} million")
    d.para("In fiscal 2023 we began Fit-to-Grow, a multi-year program to consolidate manufacturing and distribution "
           "and simplify our product portfolio. " + s_rp + ", of which the charges recorded through fiscal 2025 "
           "are shown as restructuring and related charges in the income statement; we expect to complete the "
           "program in fiscal 2027.", keys={"p_restr": s_rp})
    d.heading("Non-GAAP financial measures", 2)
    d.para("We use organic net sales growth and adjusted EBITDA, which are not defined by U.S. GAAP, to evaluate "
           "our underlying performance. Organic net sales growth excludes the impact of the 53rd week, "
           "acquisitions and divestitures in the first twelve months after the transaction, and foreign currency "
           "translation. Adjusted EBITDA is net income before interest expense, net, provision for income taxes, "
           "depreciation and amortization, adjusted for restructuring and related charges, impairment charges, "
           "acquisition-related costs and share-based compensation. These measures should be considered in "
           "addition to, and not as a substitute for, measures prepared under U.S. GAAP.")
    rows = []
    for s in SEGS + ("tot",):
        s24 = m["sales_seg"][s][2024] if s != "tot" else m["sales"][2024]
        rep = F1(m["sales_seg"][s][2025] - m["sales_seg"][s][2024] if s != "tot" else
                 m["sales"][2025] - m["sales"][2024], s24)
        parts = [F1(-m[k][s], s24) for k in ("wk53", "acq_eff", "fx_eff")]
        org = F1(m["organic"][s], s24)
        rows.append(txt(nm[s] if s != "tot" else "Total Pellworth",
                        [pct(rep), pct(parts[0]), pct(parts[1]), pct(parts[2]), pct(org)], "og_" + s,
                        "total" if s == "tot" else "plain"))
    d.table("Organic net sales growth, fiscal 2025 compared with fiscal 2024", [22, 22, 22, 22, 22],
            [[("Reported", 1), ("Less 53rd", 1), ("Less acqui-", 1), ("Less foreign", 1), ("Organic", 1)],
             [("growth", 1), ("week", 1), ("sitions", 1), ("exchange", 1), ("growth", 1)]], rows,
            foot=["Components may not sum because of rounding. The 53rd week, acquisition and currency columns show "
                  "the effect on growth with the sign reversed."])
    rows = [row("Net income", y3(m["ni"]), "ae_ni", dollar=True),
            row("Interest expense, net", y3(m["int"]), "ae_int"),
            row("Provision for income taxes", y3(m["tax"]), "ae_tax"),
            row("Depreciation and amortization", y3(m["da"]), "ae_da"),
            row("EBITDA", y3(m["ebitda"]), "ae_ebitda", "total"),
            row("Restructuring and related charges", y3(m["restr"]), "ae_restr"),
            row("Impairment of intangible assets", y3(m["impair"]), "ae_imp"),
            row("Acquisition-related costs", y3(m["acq_costs"]), "ae_acq"),
            row("Share-based compensation", y3(m["sbc"]), "ae_sbc"),
            row("Adjusted EBITDA", y3(m["adj_ebitda"]), "ae_adj", "total", dollar=True),
            txt("Adjusted EBITDA as a percentage of net sales", [pct(F1(m["adj_ebitda"][y], m["sales"][y]))
                                                                 for y in (2025, 2024, 2023)], "ae_pct")]
    d.table("Reconciliation of net income to adjusted EBITDA (in millions)", W3, H3F, rows)
    mark("liq")
    d.heading("Liquidity and capital resources", 2)
    s_rev = (f"At June 28, 2025, we had ${m['debt'][2025]['rev']} million of borrowings and ${m['rev_loc']} million "
             f"of letters of credit outstanding under our ${m['rev_cap']:,} million revolving credit facility")
    d.para("Our principal sources of liquidity are cash from operations, cash on hand and our revolving credit "
           "facility, which matures in March 2029. " + s_rev + ". In March 2025 we issued $500 million of 5.40% "
           "senior notes due 2035 and used the proceeds to repay the 3.10% notes that matured in fiscal 2025, to "
           "prepay part of the term loan and to reduce revolver borrowings. We were in compliance with all debt "
           "covenants, including a maximum net leverage ratio of 4.0 times, at year-end.", keys={"p_rev": s_rev})
    d.para("We expect capital expenditures of approximately $220 million in fiscal 2026, primarily for capacity in "
           "frozen foods and automation at our Ames and Salem plants.")
    rows = [row("Net cash provided by operating activities", y3(m["ocf"]), "cs_ocf", dollar=True),
            row("Net cash used in investing activities", [cf[y]["icf"] for y in (2025, 2024, 2023)], "cs_icf"),
            row("Net cash used in financing activities", [cf[y]["fcf"] for y in (2025, 2024, 2023)], "cs_fcf"),
            row("Effect of exchange rate changes on cash", [cf[y]["fx"] for y in (2025, 2024, 2023)], "cs_fx"),
            row("Net change in cash and cash equivalents", [cf[y]["net"] for y in (2025, 2024, 2023)], "cs_net",
                "total")]
    d.table("Summary of cash flows", W3, H3F, rows, scale="(in millions)")
    d.para("Operating cash flow increased in fiscal 2025 primarily because of higher net income and lower "
           "inventory growth. Investing activities included the Ostrander acquisition. Financing activities "
           "reflected share repurchases, dividends and the net increase in borrowings.")
    mark("i7a")
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1)
    var = m["debt"][2025]["rev"] + m["debt"][2025]["tl"]
    d.para(f"We are exposed to changes in commodity prices, interest rates and foreign currency. Our variable-rate "
           f"borrowings totaled ${var:,} million at June 28, 2025; a one percentage point increase in rates would "
           f"increase annual interest expense by approximately ${float(rnd(F1(var, 100), 1)):.1f} million. A 10% "
           "adverse change in the prices of commodities hedged with futures would reduce their fair value by "
           "approximately $14 million, which would be largely offset by changes in the cost of the underlying "
           "purchases.")
    mark("i8")
    d.heading("Item 8. Financial Statements and Supplementary Data", 1)
    d.para("The consolidated financial statements and the report of the independent registered public accounting "
           "firm appear on pages F-1 through the end of this report.")
    d.heading("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1)
    d.para("None.")
    mark("i9a")
    d.heading("Item 9A. Controls and Procedures", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
           "procedures were effective as of June 28, 2025. Management assessed internal control over financial "
           "reporting using the 2013 COSO framework and concluded it was effective; the assessment excluded "
           "Ostrander Bakehouse, which represented less than 3% of consolidated total assets and net sales.")
    d.heading("Item 9B. Other Information", 1)
    d.para("During the fourth quarter of fiscal 2025, no director or officer adopted or terminated a Rule 10b5-1 "
           "trading arrangement.")
    mark("p3")
    d.heading("PART III", 0)
    d.para("Information required by Items 10 through 14 is incorporated by reference to our proxy statement for "
           "the 2025 annual meeting of stockholders.")
    d.heading("PART IV", 0)
    d.para("Item 15. Exhibits and Financial Statement Schedules. The financial statements listed in the table of "
           "contents are filed as part of this report. Exhibits include the Restated Certificate of Incorporation, "
           "the Amended and Restated Credit Agreement, the indentures governing our senior notes, and "
           "certifications under Sections 302 and 906 of the Sarbanes-Oxley Act.")

    # Financial statements
    d.new_page("F")
    mark("fs")
    d.heading("Report of Independent Registered Public Accounting Firm", 1)
    d.para("To the Stockholders and Board of Directors of Pellworth Brands, Inc.: We have audited the accompanying "
           "consolidated balance sheets of Pellworth Brands, Inc. as of June 28, 2025 and June 29, 2024, the related "
           "consolidated statements of income, comprehensive income, cash flows and stockholders' equity for each "
           "of the three fiscal years in the period ended June 28, 2025, and the related notes. In our opinion, "
           "the financial statements present fairly, in all material respects, the financial position of the "
           "Company and the results of its operations and its cash flows in conformity with U.S. generally "
           "accepted accounting principles. We also have audited the Company's internal control over financial "
           "reporting and expressed an unqualified opinion.")
    d.para("Critical audit matter \u2014 indefinite-lived trademark impairment assessment. The Company's "
           "indefinite-lived trademarks are tested for impairment annually using a relief-from-royalty method. "
           "Auditing the revenue growth and royalty rate assumptions for the Marrowfield and international "
           "trademarks required a high degree of auditor judgment.")
    d.para("Hollins Peake LLP, Des Moines, Iowa, August 19, 2025. We have served as the Company's auditor since "
           "2011.")
    d.heading("CONSOLIDATED STATEMENTS OF INCOME", 1)
    rows = [row("Net sales", y3(m["sales"]), "is_sales", dollar=True),
            row("Cost of products sold", y3(m["cogs"]), "is_cogs"),
            row("Gross profit", y3(m["gp"]), "is_gp", "total"),
            row("Selling, general and administrative expenses", y3(m["sga"]), "is_sga"),
            row("Amortization of intangible assets", y3(m["amort"]), "is_amort"),
            row("Restructuring and related charges", y3(m["restr"]), "is_restr"),
            row("Impairment of intangible assets", y3(m["impair"]), "is_imp"),
            row("Operating income", y3(m["oi"]), "is_oi", "total"),
            row("Interest expense, net", y3(m["int"]), "is_int"),
            row("Other expense (income), net", y3(m["oth"]), "is_oth"),
            row("Income before income taxes", y3(m["pti"]), "is_pti", "total"),
            row("Provision for income taxes", y3(m["tax"]), "is_tax"),
            row("Net income", y3(m["ni"]), "is_ni", "total", dollar=True),
            sec("Earnings per share"),
            row("Basic", y3(m["eps_b"]), "is_epsb", indent=1, dollar=True, places=2),
            row("Diluted", y3(m["eps_d"]), "is_epsd", indent=1, dollar=True, places=2),
            sec("Weighted-average shares outstanding"),
            row("Basic", y3(m["sh_basic"]), "is_shb", indent=1, places=1),
            row("Diluted", y3(m["sh_dil"]), "is_shd", indent=1, places=1)]
    d.table("", W3, H3, rows, scale="(in millions, except per share amounts)")
    d.heading("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", 1)
    rows = [row("Net income", y3(m["ni"]), "ci_ni", dollar=True),
            row("Foreign currency translation adjustments", y3(m["cta"]), "ci_cta", indent=1),
            row("Net gains (losses) on cash flow hedges, net of tax", y3(m["oci_hedge"]), "ci_hedge", indent=1),
            row("Other comprehensive income (loss)", y3(m["oci"]), "ci_oci", "total"),
            row("Comprehensive income", y3(m["ci"]), "ci_ci", "total", dollar=True)]
    d.table("", W3, H3, rows, scale="(in millions)")

    d.new_page()
    d.heading("CONSOLIDATED BALANCE SHEETS", 1)

    def bb(k):
        return [b[k], b0[k]]
    rows = [sec("ASSETS"),
            sec("Current assets"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Receivables, net", bb("ar"), "bs_ar", indent=1),
            row("Inventories", bb("inv"), "bs_inv", indent=1),
            row("Prepaid expenses and other current assets", bb("prep"), "bs_prep", indent=1),
            row("Total current assets", bb("ca"), "bs_ca", "total"),
            row("Property, plant and equipment, net", bb("ppe"), "bs_ppe"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Goodwill", bb("gw"), "bs_gw"),
            row("Other intangible assets, net", bb("intang"), "bs_int"),
            row("Other assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True),
            sec("LIABILITIES AND STOCKHOLDERS' EQUITY"),
            sec("Current liabilities"),
            row("Current portion of long-term debt", bb("cur_debt"), "bs_curd", indent=1, dollar=True),
            row("Accounts payable", bb("ap"), "bs_ap", indent=1),
            row("Accrued liabilities", bb("accr"), "bs_accr", indent=1),
            row("Income taxes payable", bb("taxp"), "bs_taxp", indent=1),
            row("Current operating lease liabilities", bb("lease_cur"), "bs_leasec", indent=1),
            row("Total current liabilities", bb("cliab"), "bs_cliab", "total"),
            row("Long-term debt", bb("ltd"), "bs_ltd"),
            row("Noncurrent operating lease liabilities", bb("lease_nc"), "bs_leasenc"),
            row("Deferred income taxes", bb("def_tax"), "bs_dt"),
            row("Other liabilities", bb("oth_l"), "bs_othl"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Stockholders' equity"),
            row("Common stock and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Treasury stock, at cost", bb("treas"), "bs_treas", indent=1),
            row("Accumulated other comprehensive loss", bb("aoci"), "bs_aoci", indent=1),
            row("Total stockholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and stockholders' equity", bb("tle"), "bs_tle", "total", dollar=True)]
    d.table("", W2, HB, rows, scale="(in millions)")
    d.para("See accompanying notes to consolidated financial statements.", size=7.5)

    def c3(k):
        return [cf[y][k] for y in (2025, 2024, 2023)]
    rows = [sec("Operating activities"),
            row("Net income", c3("ni"), "cf_ni", indent=1, dollar=True),
            sec("Adjustments to reconcile net income to operating cash flow:"),
            row("Depreciation", c3("dep"), "cf_dep", indent=1),
            row("Amortization of intangible assets", c3("amort"), "cf_amort", indent=1),
            row("Impairment and non-cash restructuring charges", c3("ncc"), "cf_ncc", indent=1),
            row("Share-based compensation", c3("sbc"), "cf_sbc", indent=1),
            row("Deferred income taxes", c3("deft"), "cf_deft", indent=1),
            sec("Changes in operating assets and liabilities:"),
            row("Receivables", c3("ar"), "cf_ar", indent=1),
            row("Inventories", c3("inv"), "cf_inv", indent=1),
            row("Prepaid expenses and other current assets", c3("prep"), "cf_prep", indent=1),
            row("Accounts payable", c3("ap"), "cf_ap", indent=1),
            row("Accrued liabilities", c3("accr"), "cf_accr", indent=1),
            row("Income taxes payable", c3("taxp"), "cf_taxp", indent=1),
            row("Other, net", c3("other"), "cf_other", indent=1),
            row("Net cash provided by operating activities", c3("ocf"), "cf_ocf", "total"),
            sec("Investing activities"),
            row("Capital expenditures", c3("capex"), "cf_capex", indent=1),
            row("Proceeds from sales of property, plant and equipment", c3("sale"), "cf_sale", indent=1),
            row("Acquisition of business, net of cash acquired", c3("acq"), "cf_acq", indent=1),
            row("Net cash used in investing activities", c3("icf"), "cf_icf", "total"),
            sec("Financing activities"),
            row("Proceeds from issuance of long-term debt and revolver borrowings", c3("din"), "cf_din", indent=1),
            row("Repayments of long-term debt and revolver borrowings", c3("dout"), "cf_dout", indent=1),
            row("Dividends paid", c3("div"), "cf_div", indent=1),
            row("Repurchases of common stock", c3("rep"), "cf_rep", indent=1),
            row("Net cash used in financing activities", c3("fcf"), "cf_fcf", "total"),
            row("Effect of exchange rate changes on cash", c3("fx"), "cf_fx"),
            row("Net change in cash and cash equivalents", c3("net"), "cf_net", "total"),
            row("Cash and cash equivalents at beginning of year", c3("beg"), "cf_beg"),
            row("Cash and cash equivalents at end of year", c3("end"), "cf_end", "total", dollar=True)]
    d.new_page()
    d.table("CONSOLIDATED STATEMENTS OF CASH FLOWS", W3, H3, rows, scale="(in millions)", split_at=22)

    eq = m["eq"]
    weq = [18, 22, 21, 21, 20, 20]
    heq = [[("Shares", 1), ("Common stock", 1), ("Retained", 1), ("Treasury", 1), ("AOCI", 1), ("Total", 1)],
           [("outstanding", 1), ("and APIC", 1), ("earnings", 1), ("stock", 1), ("", 1), ("equity", 1)]]

    def erow(label, sh, apic, re_, tr, ao, key=None, kind="plain"):
        tot = apic + re_ + tr + ao
        vals = [num(sh, 1) if sh is not None else "", N(apic), N(re_), N(tr), N(ao), N(tot)]
        return txt(label, vals, key, kind)
    rows = [erow("Balance at June 25, 2022", eq[2022]["sh"], eq[2022]["apic"], eq[2022]["re"], eq[2022]["treas"],
                 eq[2022]["aoci"], "eq_22", "bold")]
    for y in (2023, 2024, 2025):
        rows += [erow("Net income", None, 0, m["ni"][y], 0, 0, f"eq_ni{y}"),
                 erow("Other comprehensive income (loss)", None, 0, 0, 0, m["oci"][y], f"eq_oci{y}"),
                 erow(f"Dividends declared (${float(m['dps'][y]):.2f} per share)", None, 0, -m["div"][y], 0, 0,
                      f"eq_div{y}"),
                 erow("Share-based compensation and issuances", m["sh_iss"][y], m["sbc"][y], 0, 0, 0, f"eq_sbc{y}"),
                 erow("Repurchases of common stock", -m["sh_rep"][y], 0, 0, -m["buyback"][y], 0, f"eq_rep{y}"),
                 erow(f"Balance at {['June 24, 2023', 'June 29, 2024', 'June 28, 2025'][y - 2023]}", eq[y]["sh"],
                      eq[y]["apic"], eq[y]["re"], eq[y]["treas"], eq[y]["aoci"], f"eq_{y % 100}", "bold")]
    d.table("CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", weq, heq, rows,
            scale="(in millions; shares in millions)")

    # Notes
    d.new_page()
    mark("notes")
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    d.heading("Note 1. Summary of Significant Accounting Policies", 2)
    d.para("Basis of presentation. The consolidated financial statements include Pellworth Brands, Inc. and its "
           "majority-owned subsidiaries. Our fiscal year ends on the last Saturday of June; fiscal 2024 contained "
           "53 weeks and fiscal 2025 and fiscal 2023 contained 52 weeks. Revenue is recognized when control of "
           "products passes to the customer, generally on delivery, net of trade promotions, coupons and "
           "allowances. Inventories are stated at the lower of cost, determined on a first-in, first-out basis, and "
           "net realizable value. Goodwill and indefinite-lived trademarks are tested for impairment in the fourth "
           "quarter of each year.")
    d.heading("Note 2. Acquisition", 2)
    s_acq = (f"On October 14, 2024, we acquired Ostrander Bakehouse, LLC for ${m['acq'][2025]} million in cash, net "
             f"of cash acquired")
    d.para(s_acq + f". We recorded goodwill of ${m['acq_gw']} million, which is deductible for tax purposes, and "
           f"customer relationships and trademarks of ${m['acq_int']} million; the remaining net assets acquired "
           f"were not material. Acquisition-related costs of ${m['acq_costs'][2025]} million were included in "
           "selling, general and administrative expenses.", keys={"p_acq": s_acq})
    d.heading("Note 3. Inventories", 2)
    rows = [row("Raw materials and packaging", [m["inv_rm"][2025], m["inv_rm"][2024]], "iv_rm", dollar=True),
            row("Finished goods", [m["inv_fg"][2025], m["inv_fg"][2024]], "iv_fg"),
            row("Supplies and other", [m["inv_sup"][2025], m["inv_sup"][2024]], "iv_sup"),
            row("Total inventories", [b["inv"], b0["inv"]], "iv_tot", "total", dollar=True)]
    d.table("Inventories (in millions)", W2, HB, rows)
    d.heading("Note 4. Goodwill and Other Intangible Assets", 2)
    gh = [[("Balance at", 1), ("", 1), ("Currency", 1), ("Balance at", 1)],
          [("June 29, 2024", 1), ("Acquisition", 1), ("translation", 1), ("June 28, 2025", 1)]]
    rows = []
    for s in SEGS:
        rows.append(row(nm[s], [m["gw_seg24"][s], m["acq_gw"] if s == "FS" else 0, m["gw_fx"] if s == "IN" else 0,
                                m["gw_seg25"][s]], "gw_" + s, dollar=s == "NR"))
    rows.append(row("Total goodwill", [b0["gw"], m["acq_gw"], m["gw_fx"], b["gw"]], "gw_tot", "total", dollar=True))
    d.table("Changes in the carrying amount of goodwill by segment", [22, 22, 22, 22], gh, rows,
            scale="(in millions)")
    s_imp = (f"In the fourth quarter of fiscal 2024 we recorded a non-cash impairment charge of "
             f"${m['impair'][2024]} million")
    d.para(s_imp + " to reduce the carrying amount of an International trademark to its fair value, reflecting "
           "lower expected sales. No impairment was recorded in fiscal 2025 or fiscal 2023. Amortization of "
           f"intangible assets was ${m['amort'][2025]} million in fiscal 2025 and is expected to be approximately "
           "$40 million in each of the next five fiscal years.", keys={"p_imp": s_imp})
    d.heading("Note 5. Restructuring", 2)
    d.para("Charges under the Fit-to-Grow program include severance, accelerated depreciation and asset "
           "write-downs at closed facilities, and other exit costs. The restructuring reserve is included in "
           "accrued liabilities.")
    rows = [row("Reserve at beginning of year", [m["rs_end"][2024], m["rs_end"][2023]], "rs_beg", dollar=True),
            row("Charges", [m["restr"][2025], m["restr"][2024]], "rs_chg"),
            row("Cash payments", [-m["rs_cash"][2025], -m["rs_cash"][2024]], "rs_cash"),
            row("Non-cash asset write-downs", [-m["rs_noncash"][2025], -m["rs_noncash"][2024]], "rs_nc"),
            row("Reserve at end of year", [m["rs_end"][2025], m["rs_end"][2024]], "rs_end", "total", dollar=True)]
    d.table("Restructuring reserve roll-forward (in millions)", W2, [[("Fiscal", 1), ("Fiscal", 1)],
                                                                    [("2025", 1), ("2024", 1)]], rows)
    d.heading("Note 6. Debt", 2)
    dd = m["debt"]
    rows = [row("Revolving credit facility, due March 2029", [dd[2025]["rev"], dd[2024]["rev"]], "dt_rev",
                dollar=True),
            row("Term loan, SOFR + 1.25%, due 2028", [dd[2025]["tl"], dd[2024]["tl"]], "dt_tl"),
            row("3.10% senior notes due 2025", [dd[2025]["n25"], dd[2024]["n25"]], "dt_n25"),
            row("4.15% senior notes due 2028", [dd[2025]["n28"], dd[2024]["n28"]], "dt_n28"),
            row("2.95% senior notes due 2031", [dd[2025]["n31"], dd[2024]["n31"]], "dt_n31"),
            row("5.05% senior notes due 2034", [dd[2025]["n34"], dd[2024]["n34"]], "dt_n34"),
            row("5.40% senior notes due 2035", [dd[2025]["n35"], dd[2024]["n35"]], "dt_n35"),
            row("Total debt", [m["debt_tot"][2025], m["debt_tot"][2024]], "dt_tot", "total"),
            row("Less: current portion", [-b["cur_debt"], -b0["cur_debt"]], "dt_cur"),
            row("Long-term debt", [b["ltd"], b0["ltd"]], "dt_ltd", "total", dollar=True)]
    d.table("Debt (in millions)", W2, HB, rows)
    mt = m["debt_mat"]
    s_mat = (f"Scheduled principal payments are ${mt[2026]} million in fiscal 2026, ${mt[2027]} million in fiscal "
             f"2027, ${mt[2028]:,} million in fiscal 2028, ${mt[2029]} million in fiscal 2029, none in fiscal 2030 "
             f"and ${mt['after']:,} million thereafter.")
    d.para(s_mat + " Unamortized discounts and issuance costs are not material. The fair value of our senior notes "
           "was approximately 96% of their carrying amount at June 28, 2025.", keys={"p_mat": s_mat})
    d.heading("Note 7. Leases", 2)
    d.para(f"We lease warehouses, offices, vehicles and equipment under operating leases. Operating lease cost was "
           f"${m['lease_cost'][2025]} million, ${m['lease_cost'][2024]} million and ${m['lease_cost'][2023]} "
           "million in fiscal 2025, 2024 and 2023. The weighted-average remaining lease term was 5.6 years and the "
           "weighted-average discount rate was 4.8%.")
    lm = m["lease_mat"]
    rows = [row("Fiscal 2026", [lm[2026]], "ls_26", dollar=True), row("Fiscal 2027", [lm[2027]], "ls_27"),
            row("Fiscal 2028", [lm[2028]], "ls_28"), row("Fiscal 2029", [lm[2029]], "ls_29"),
            row("Fiscal 2030", [lm[2030]], "ls_30"), row("Thereafter", [lm["after"]], "ls_after"),
            row("Total lease payments", [m["lease_pay"]], "ls_tot", "total"),
            row("Less: imputed interest", [-m["lease_int"]], "ls_int"),
            row("Present value of lease liabilities", [b["lease_tot"]], "ls_pv", "total", dollar=True)]
    d.table("Maturities of operating lease liabilities at June 28, 2025", [26], [[("Amount", 1)]], rows,
            scale="(in millions)")
    d.heading("Note 8. Income Taxes", 2)
    rows = [sec("Current"),
            row("Federal", y3(m["tax_fed"]), "tx_fed", indent=1, dollar=True),
            row("State and local", y3(m["tax_state"]), "tx_state", indent=1),
            row("Foreign", y3(m["tax_forn"]), "tx_forn", indent=1),
            row("Total current", y3(m["tax_cur"]), "tx_cur", "total"),
            row("Deferred", y3(m["tax_def"]), "tx_def"),
            row("Provision for income taxes", y3(m["tax"]), "tx_tot", "total", dollar=True)]
    d.table("Components of the provision for income taxes (in millions)", W3, H3F, rows)
    rows = [row("Tax at U.S. statutory rate of 21%", y3(m["rr_stat"]), "rr_stat", dollar=True),
            row("State income taxes, net of federal benefit", y3(m["rr_state"]), "rr_state"),
            row("Foreign rate differential", y3(m["rr_foreign"]), "rr_forn"),
            row("Non-deductible impairment", y3(m["rr_impair"]), "rr_imp"),
            row("Tax credits", y3(m["rr_credits"]), "rr_cred"),
            row("Other, net", y3(m["rr_other"]), "rr_oth"),
            row("Provision for income taxes", y3(m["tax"]), "rr_tot", "total", dollar=True),
            txt("Effective tax rate", [pct(m["etr"][y]) for y in (2025, 2024, 2023)], "rr_etr")]
    d.table("Reconciliation of the statutory rate to the effective rate", W3, H3F, rows, scale="(in millions)")
    d.heading("Note 9. Earnings Per Share", 2)
    rows = [row("Net income", y3(m["ni"]), "ep_ni", dollar=True),
            row("Weighted-average shares \u2014 basic", y3(m["sh_basic"]), "ep_shb", places=1),
            row("Dilutive effect of share-based awards", y3(m["sh_dil_eff"]), "ep_de", places=1),
            row("Weighted-average shares \u2014 diluted", y3(m["sh_dil"]), "ep_shd", "total", places=1),
            row("Basic earnings per share", y3(m["eps_b"]), "ep_b", dollar=True, places=2),
            row("Diluted earnings per share", y3(m["eps_d"]), "ep_d", dollar=True, places=2)]
    d.table("Earnings per share", W3, H3F, rows, scale="(in millions, except per share amounts)")
    d.para("Anti-dilutive share-based awards excluded from diluted earnings per share were not material in any "
           "period presented.")
    d.heading("Note 10. Segment Information", 2)
    d.para("Our chief operating decision maker, the Chief Executive Officer, evaluates performance and allocates "
           "resources based on net sales and segment operating profit. Intersegment sales are not material.")
    rows = [sec("Net sales")]
    for s in SEGS:
        rows.append(row(nm[s], y3(m["sales_seg"][s]), "sg_sales_" + s, indent=1, dollar=s == "NR"))
    rows += [row("Total net sales", y3(m["sales"]), "sg_sales", "total", dollar=True), sec("Operating profit")]
    for s in SEGS:
        rows.append(row(nm[s], y3(m["op_seg"][s]), "sg_op_" + s, indent=1, dollar=s == "NR"))
    rows += [row("Total segment operating profit", y3(m["seg_op_total"]), "sg_op", "total"),
             row("Unallocated corporate expense", neg(m["corp"]), "sg_corp", indent=1),
             row("Restructuring and related charges", neg(m["restr"]), "sg_restr", indent=1),
             row("Amortization of intangible assets", neg(m["amort"]), "sg_amort", indent=1),
             row("Impairment of intangible assets", neg(m["impair"]), "sg_imp", indent=1),
             row("Operating income", y3(m["oi"]), "sg_oi", "total", dollar=True), sec("Depreciation")]
    for s in SEGS:
        rows.append(row(nm[s], y3(m["dep_seg"][s]), "sg_dep_" + s, indent=1))
    rows += [row("Corporate", y3(m["dep_corp"]), "sg_dep_c", indent=1),
             row("Total depreciation", y3(m["dep"]), "sg_dep", "total")]
    d.table("Segment information", W3, H3F, rows, scale="(in millions)", split_at=13)
    d.para("Net sales to customers outside the United States were approximately 21% of consolidated net sales in "
           "fiscal 2025. Long-lived assets outside the United States were not material.")
    d.heading("Note 11. Subsequent Event", 2)
    d.para("On July 23, 2025, the Board declared a quarterly dividend of $0.40 per share payable on August 29, 2025. "
           "In August 2025 we announced the planned closure of a frozen-meal line in Springfield, Missouri as part "
           "of Fit-to-Grow.")
    d.para("SIGNATURES \u2014 Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
           "duly caused this report to be signed on its behalf. Pellworth Brands, Inc. By: /s/ Renata O. Kastell, "
           "President and Chief Executive Officer; /s/ Desmond A. Whitlaw, Executive Vice President and Chief "
           "Financial Officer. August 19, 2025.")
    return d, labs
