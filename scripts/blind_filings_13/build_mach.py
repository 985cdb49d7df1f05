"""Lays out the Kestrelmoor Industries Form 10-K (serif, ruled tables). Only formats model values."""

from kit import Doc, num, pct, rnd

W3 = [21, 21, 21]
H3 = [[("Year Ended December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]]
HB = [[("December 31,", 2)], [("2025", 1), ("2024", 1)]]
W2 = [24, 24]
SEGS = ("LH", "FP", "PC")
TOC = [("PART I", None), ("Item 1. Business", "i1"), ("Item 1A. Risk Factors", "i1a"), ("Item 2. Properties", "i2"),
       ("PART II", None), ("Item 5. Market for Registrant's Common Equity", "i5"),
       ("Item 7. Management's Discussion and Analysis", "i7"), ("Item 7A. Quantitative and Qualitative Disclosures "
                                                                 "About Market Risk", "i7a"),
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


def y3(d):
    return [d[2025], d[2024], d[2023]]


def build(m, toc=None):
    d = Doc("serif", "KESTRELMOOR INDUSTRIES, INC. \u2014 2025 FORM 10-K", "Kestrelmoor Industries 2025 Form 10-K")
    labs = {}
    b, b0, cf = m["b"][2025], m["b"][2024], m["cf"]
    nm = m["seg_names"]

    def mark(k):
        labs[k] = d.labels[-1]

    # cover
    d.new_page("none")
    d.set_font(d.fam, "B", 12)
    d.multi_cell(0, 6, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    d.ln(4)
    d.set_font(d.fam, "B", 20)
    d.multi_cell(0, 9, "FORM 10-K", align="C")
    d.set_font(d.fam, "", 10)
    d.multi_cell(0, 5, "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                 "For the fiscal year ended December 31, 2025\nCommission file number 001-38842", align="C")
    d.ln(6)
    d.set_font(d.fam, "B", 17)
    d.multi_cell(0, 8, "KESTRELMOOR INDUSTRIES, INC.", align="C")
    d.set_font(d.fam, "", 10)
    d.multi_cell(0, 5, "(Exact name of registrant as specified in its charter)\n\nOhio \u2014 I.R.S. Employer "
                 "Identification No. 31-2086547\n4400 Carrow Ridge Parkway, Dayton, Ohio 45414\n(937) 555-0188\n\n"
                 "Common Shares, without par value \u2014 KSTM \u2014 New York Stock Exchange", align="C")
    d.ln(6)
    d.para("Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, a "
           "non-accelerated filer or a smaller reporting company: Large accelerated filer [X]. The aggregate market "
           "value of common shares held by non-affiliates as of June 30, 2025 was approximately $6.1 billion. As of "
           "February 6, 2026, 62,148,930 common shares were outstanding.")
    d.para("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the proxy statement for the 2026 annual meeting of "
           "shareholders are incorporated by reference into Part III.")
    # toc
    d.new_page("none")
    d.heading("TABLE OF CONTENTS", 0)
    d.ln(3)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None else "", 10)
        d.cell(d.ew - 22, 6.5, name)
        d.cell(22, 6.5, (toc or {}).get(k, "") if k else "Page", align="R")
        d.ln(6.5)
    d.ln(4)
    d.para("Unless the context indicates otherwise, \"Kestrelmoor,\" \"the Company,\" \"we,\" \"us\" and \"our\" "
           "refer to Kestrelmoor Industries, Inc. and its consolidated subsidiaries. This report contains "
           "forward-looking statements that involve risks and uncertainties; actual results could differ materially.")

    # Part I
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I", 0)
    d.heading("Item 1. Business", 1)
    d.para("Kestrelmoor Industries, Inc. designs, manufactures and services engineered industrial machinery and "
           "equipment used in manufacturing, logistics, energy, water and mining applications. Founded in 1921 as a "
           "hoist maker in Dayton, Ohio, we sell through a direct sales force, independent distributors and our own "
           "aftermarket service network in more than 90 countries. We manage the business in three reportable "
           "segments.")
    d.heading("Reportable segments", 2)
    d.para(f"{nm['LH']}. Overhead cranes, hoists, automated guided vehicles, conveyors and the related "
           "aftermarket parts and field service. Customers include automotive, steel, warehousing and general "
           "industrial manufacturers. Projects typically ship within six to fourteen months of order.")
    d.para(f"{nm['FP']}. Centrifugal and positive-displacement pumps, industrial valves, mixers and skid-mounted "
           "process systems for water, chemical, food and energy markets. In April 2025 we acquired Halvorsen Fluid "
           "Systems AS, a Norwegian maker of sanitary pumps, which is reported in this segment.")
    d.para(f"{nm['PC']}. Precision gearboxes, couplings, bearings and motion-control components sold to original "
           "equipment manufacturers and through distribution. Order lead times are short and the segment carries "
           "little backlog.")
    d.heading("Orders and backlog", 2)
    bl_tot = sum(m["backlog25"].values())
    bl_tot0 = sum(m["backlog24"].values())
    s_bl = (f"Backlog, which we define as unfilled firm orders for products and services, was ${bl_tot:,} million at "
            f"December 31, 2025, compared with ${bl_tot0:,} million at December 31, 2024.")
    s_conv = "We expect approximately 84% of the year-end backlog to be converted to net sales during 2026."
    d.para(s_bl + " " + s_conv + " Backlog by segment is presented in Item 7.", keys={"p_backlog": s_bl})
    d.heading("Human capital", 2)
    emp = m["employees"]
    s_emp = f"At December 31, 2025, we employed approximately {m['emp_total']:,} people"
    d.para(s_emp + ", of whom approximately " + ", ".join(f"{v:,} were in {k}" if i < 3 else f"and {v:,} were in "
                                                          f"the {k.lower()}" for i, (k, v) in enumerate(emp.items()))
           + ". Approximately 31% of our employees are covered by collective bargaining agreements, most of them "
           "outside the United States. Our recordable injury rate was 0.71 per 100 full-time workers in 2025.",
           keys={"p_emp": s_emp})
    d.heading("Raw materials, competition and intellectual property", 2)
    d.para("Our principal raw materials are steel plate and bar, castings, forgings, copper wire, electric motors, "
           "drives and electronic controls. We buy from many suppliers and generally have multiple sources for key "
           "materials. We compete on product performance, total cost of ownership, delivery time and aftermarket "
           "support against global and regional manufacturers. We hold approximately 1,450 patents, none of which "
           "is individually material to the business as a whole.")
    mark("i1a")
    d.heading("Item 1A. Risk Factors", 1)
    d.para("Our business is subject to many risks. The risks below could materially affect our business, financial "
           "condition and results of operations; they are not the only risks we face.")
    for t in ("Demand for our products is cyclical and depends on capital spending by industrial customers; a "
              "downturn could reduce orders and backlog and cause cancellations.",
              "We are exposed to changes in the price and availability of steel, castings, electronic components and "
              "freight, and we may not be able to recover cost increases through pricing.",
              "About 38% of our net sales are outside the United States, exposing us to currency movements, tariffs, "
              "trade restrictions and political risk.",
              "Acquisitions such as Halvorsen may not perform as expected, and integration may divert management "
              "attention or cause us to record impairment charges.",
              "Our defined benefit pension obligations depend on discount rates and asset returns and could require "
              "higher contributions.",
              "Product liability, warranty and field-service claims could exceed our reserves.",
              "Cyber-attacks on our operational technology, connected products or information systems could "
              "disrupt production and harm customers."):
        d.para("\u2022 " + t, align="L")
    d.heading("Item 1C. Cybersecurity", 1)
    d.para("We maintain a cybersecurity risk management program based on the NIST Cybersecurity Framework, covering "
           "our enterprise systems, plant operational technology and connected products. The program is led by our "
           "Chief Information Security Officer, who has more than twenty years of experience and reports quarterly "
           "to the Audit Committee. We engage third-party assessors annually and conduct tabletop exercises with "
           "management. We did not identify any cybersecurity incident in 2025 that materially affected us.")
    mark("i2")
    d.heading("Item 2. Properties", 1)
    d.para("Our corporate headquarters is in Dayton, Ohio. We believe our facilities are suitable and adequate for "
           "current operations. Principal manufacturing facilities are listed below.")
    props = [("Dayton, Ohio", "Lifting & Handling", "1,120", "Owned"), ("Muskegon, Michigan", "Lifting & Handling",
             "640", "Owned"), ("Bremen, Germany", "Lifting & Handling", "410", "Owned"),
             ("Tulsa, Oklahoma", "Flow & Process", "585", "Owned"), ("Stavanger, Norway", "Flow & Process", "210",
                                                                      "Leased"),
             ("Pune, India", "Flow & Process", "330", "Leased"), ("Rockford, Illinois", "Precision Components",
                                                                  "470", "Owned"),
             ("Suzhou, China", "Precision Components", "295", "Leased")]
    d.table("Principal manufacturing facilities", [48, 26, 20], [[("Segment", 1), ("Sq. ft. (000s)", 1),
                                                                   ("Owned/Leased", 1)]],
            [txt(a, [s, f, o]) for a, s, f, o in props])
    d.heading("Item 3. Legal Proceedings", 1)
    d.para("We are involved in various legal proceedings incidental to our business, including product liability "
           "and environmental matters. We do not expect these matters to have a material adverse effect.")

    # Part II
    d.new_page()
    mark("i5")
    d.heading("PART II", 0)
    d.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
              "Equity Securities", 1)
    s_div = (f"We paid cash dividends of ${float(m['dps'][2025]):.2f} per share in 2025 and "
             f"${float(m['dps'][2024]):.2f} per share in 2024.")
    d.para("Our common shares trade on the New York Stock Exchange under the symbol KSTM. As of February 6, 2026 "
           "there were approximately 2,870 holders of record. " + s_div + " In February 2026 the Board raised the "
           "quarterly dividend to $0.37 per share.", keys={"p_div": s_div})
    d.para("The following table provides information about our purchases of common shares during the fourth quarter "
           "of 2025. In July 2024 the Board authorized the repurchase of up to $1.0 billion of common shares with no "
           "expiration date.")
    rows = []
    for i, (per, tot, prog, cents) in enumerate(m["rep_q4"]):
        rows.append(txt(per, [f"{tot:,}", f"${cents / 100:,.2f}", f"{prog:,}",
                              f"${float(rnd(m['rep_rem'][i] / 1000000, 1)):,.1f}"], f"rep{i}"))
    rows.append(txt("Total", [f"{m['rep_q4_total']:,}", "", f"{m['rep_q4_prog']:,}", ""], "rep_tot", "total"))
    d.table("Issuer Purchases of Equity Securities", [22, 21, 31, 36],
            [[("Total number", 1), ("Average price", 1), ("Shares purchased as", 1), ("Approximate dollar value", 1)],
             [("of shares", 1), ("paid per", 1), ("part of publicly", 1), ("that may yet be", 1)],
             [("purchased (1)", 1), ("share", 1), ("announced program", 1), ("purchased ($ millions)", 1)]],
            rows, foot=["(1) Includes 2,410 shares withheld in November 2025 to satisfy tax withholding on vesting "
                        "restricted stock units, which are not purchases under the program."])

    # MD&A
    mark("i7")
    d.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.para("The following discussion should be read with the consolidated financial statements and notes in Item 8. "
           "Discussion of 2024 compared with 2023 is included in our 2024 Form 10-K and is presented here only where "
           "relevant.")
    d.heading("Overview of 2025", 2)
    gr = (m["sales"][2025] - m["sales"][2024]) / m["sales"][2024]
    d.para(f"Net sales increased {pct(gr)} to ${m['sales'][2025]:,} million. Orders grew in Lifting & Handling and "
           "Flow & Process, while Precision Components continued to see destocking at distributors. Operating "
           "income was $" f"{m['oi'][2025]:,} million, and diluted earnings per share were "
           f"${float(m['eps_d'][2025]):.2f}. We completed the Halvorsen acquisition for ${m['acq'][2025]} million, "
           "net of cash acquired, issued $400 million of 5.20% senior notes due 2032 and returned "
           f"${m['div'][2025] + m['buyback'][2025]:,} million to shareholders through dividends and share "
           "repurchases.")
    d.heading("Net sales", 2)
    rows = []
    for s in SEGS:
        rows.append(row(nm[s], [m["sales_seg"][s][2024], m["organic"][s], m["acq_eff"][s], m["fx_eff"][s],
                                m["sales_seg"][s][2025]], f"br_{s}", dollar=(s == "LH")))
    tot = lambda k: sum(m[k][s] for s in SEGS)  # noqa: E731
    rows.append(row("Total", [m["sales"][2024], tot("organic"), tot("acq_eff"), tot("fx_eff"), m["sales"][2025]],
                    "br_tot", "total", dollar=True))
    d.table("Changes in net sales, 2025 compared with 2024 (in millions)", [20, 20, 20, 20, 20],
            [[("2024", 1), ("Organic", 1), ("Acquisitions", 1), ("Currency", 1), ("2025", 1)]], rows)
    s_org = (f"Organic sales, which exclude the effects of acquisitions and currency translation, increased "
             f"{pct(tot('organic') / m['sales'][2024])} on a consolidated basis.")
    d.para(s_org + " Pricing contributed approximately three percentage points of organic growth, with the "
           "remainder from volume, principally automated material-handling projects and aftermarket service. The "
           "Halvorsen acquisition contributed sales from its April 2025 closing date, and a stronger U.S. dollar "
           "against the euro and the Norwegian krone reduced reported sales.", keys={"p_org": s_org})
    d.heading("Segment results", 2)
    rows = []
    for s in SEGS:
        rows += [sec(nm[s]),
                 txt("Orders", [D(m["orders"][s][2025]), D(m["orders"][s][2024]), ""], f"md_ord_{s}", indent=1),
                 row("Net sales", y3(m["sales_seg"][s]), f"md_sales_{s}", indent=1),
                 row("Segment operating profit", y3(m["op_seg"][s]), f"md_op_{s}", indent=1),
                 txt("Segment operating margin", [pct(m["op_seg"][s][y] / m["sales_seg"][s][y]) for y in (2025, 2024,
                                                                                                          2023)],
                     f"md_mg_{s}", indent=1),
                 txt("Backlog at December 31", [N(m["backlog25"][s]), N(m["backlog24"][s]), ""], f"md_bl_{s}",
                     indent=1)]
    d.table("Segment orders, sales, profit and backlog", W3, H3, rows, scale="(dollars in millions)")
    d.para(f"{nm['LH']}: segment operating profit rose on higher volume and price, partly offset by wage inflation "
           f"and start-up costs of the new automated guided vehicle line in Muskegon. {nm['FP']}: margin expansion "
           f"reflected favourable mix in process systems and Halvorsen synergies. {nm['PC']}: lower volume and "
           "under-absorption reduced margin. Acquired backlog of $" f"{m['acq_backlog']['FP']} million at the "
           "Halvorsen closing date is included in the Flow & Process backlog.",
           keys={"p_acqbl": f"Acquired backlog of ${m['acq_backlog']['FP']} million"})
    d.heading("Consolidated results", 2)
    d.para(f"Gross margin was {pct(m['gp'][2025] / m['sales'][2025])} in 2025 compared with "
           f"{pct(m['gp'][2024] / m['sales'][2024])} in 2024. Selling, general and administrative expenses rose "
           "primarily on compensation, the acquired Halvorsen cost base and acquisition and integration costs. "
           f"Restructuring and other charges of ${m['restr'][2025]} million related mainly to the consolidation of "
           "two Precision Components plants. Interest expense, net increased because of the senior notes issued in "
           f"May 2025. The effective tax rate was {pct(m['etr'][2025])} compared with {pct(m['etr'][2024])}.")
    d.heading("Non-GAAP financial measure: adjusted EBITDA", 2)
    d.para("We define adjusted EBITDA as net income before income taxes, interest expense, net, depreciation and "
           "amortization, restructuring and other charges, and acquisition and integration costs. Adjusted EBITDA "
           "is not a measure under GAAP and should not be considered in isolation.")
    rows = [row("Net income", y3(m["ni"]), "ae_ni", dollar=True),
            row("Provision for income taxes", y3(m["tax"]), "ae_tax"),
            row("Interest expense, net", y3(m["int"]), "ae_int"),
            row("Depreciation and amortization", y3(m["da"]), "ae_da"),
            row("EBITDA", y3(m["ebitda"]), "ae_ebitda", "total"),
            row("Restructuring and other charges", y3(m["restr"]), "ae_restr"),
            row("Acquisition and integration costs (1)", y3(m["acq_costs"]), "ae_acq"),
            row("Adjusted EBITDA", y3(m["adj_ebitda"]), "ae_adj", "total", dollar=True)]
    d.table("Reconciliation of net income to adjusted EBITDA", W3, H3, rows, scale="(in millions)",
            foot=["(1) Included in selling, general and administrative expenses."])
    mark("liq")
    d.heading("Liquidity and capital resources", 2)
    rc = m["rev_cap"]
    s_rev = (f"At December 31, 2025, we had ${m['debt'][2025]['rev']} million of borrowings and ${m['rev_loc']} "
             f"million of letters of credit outstanding under our ${rc} million revolving credit facility, which "
             "matures in 2029.")
    d.para("Our principal sources of liquidity are cash from operations, cash on hand and our revolving credit "
           f"facility. Cash and cash equivalents were ${b['cash']} million at December 31, 2025, of which about 55% "
           "was held outside the United States. " + s_rev + " We were in compliance with all covenants, including "
           "a maximum net leverage ratio of 3.5 to 1.", keys={"p_rev": s_rev})
    rows = [row("Net cash provided by operating activities", y3(m["ocf"]), "ls_ocf", dollar=True),
            row("Net cash used in investing activities", [cf[y]["icf"] for y in (2025, 2024, 2023)], "ls_icf"),
            row("Net cash used in financing activities", [cf[y]["fcf"] for y in (2025, 2024, 2023)], "ls_fcf"),
            row("Effect of exchange rate changes on cash", [cf[y]["fx"] for y in (2025, 2024, 2023)], "ls_fx"),
            row("Net increase (decrease) in cash and cash equivalents", [cf[y]["net"] for y in (2025, 2024, 2023)],
                "ls_net", "total", dollar=True)]
    d.table("Summary of cash flows", W3, H3, rows, scale="(in millions)")
    d.para("Operating cash flow increased on higher net income, partly offset by higher inventories for the "
           "material-handling project backlog and a $25 million contribution to the U.S. pension plan. Capital "
           f"expenditures were ${m['capex'][2025]} million, directed mainly at automation and capacity for automated "
           "guided vehicles. We expect capital expenditures of $130 million to $140 million in 2026.")
    d.heading("Contractual obligations", 2)
    hdr = [[("Payments due by period", 5)], [("Total", 1), ("2026", 1), ("2027\u20132028", 1), ("2029\u20132030", 1),
                                             ("Thereafter", 1)]]
    co = [("Debt principal", m["co_debt"], "co_debt"), ("Interest on debt", m["co_int"], "co_int"),
          ("Operating leases", m["co_lease"], "co_lease"), ("Purchase obligations", m["co_po"], "co_po")]
    rows = [row(n, [sum(v)] + list(v), k, dollar=(i == 0)) for i, (n, v, k) in enumerate(co)]
    rows.append(row("Total", [sum(m["co_tot"])] + m["co_tot"], "co_tot", "total", dollar=True))
    d.table("Contractual obligations at December 31, 2025 (in millions)", [19, 17, 19, 19, 19], hdr, rows)
    d.para("We expect to contribute approximately $15 million to our defined benefit pension plans in 2026. "
           "Unrecognized tax benefits are excluded from the table because the timing of payment cannot be estimated.")
    mark("i7a")
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1)
    var = m["debt"][2025]["rev"] + m["debt"][2025]["tla"]
    s_var = f"At December 31, 2025, ${var} million of our debt bore interest at variable rates"
    d.para(s_var + "; a 100 basis point increase in rates would increase annual interest expense by approximately "
           f"${float(rnd(var / 100, 1)):.1f} million. We are exposed to foreign currency risk principally in the "
           "euro, Norwegian krone, Indian rupee and Chinese renminbi. A hypothetical 10% adverse change in exchange "
           "rates would have reduced 2025 operating income by approximately $17 million. We manage commodity risk "
           "for steel and copper through supplier agreements and pricing actions.", keys={"p_var": s_var})

    mark("i8")
    d.heading("Item 8. Financial Statements and Supplementary Data", 1)
    d.para("The consolidated financial statements and notes, together with the report of our independent "
           "registered public accounting firm, begin on page F-1 of this report.")
    d.heading("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", 1)
    d.para("None.")
    mark("i9a")
    d.heading("Item 9A. Controls and Procedures", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer evaluated the effectiveness of our disclosure "
           "controls and procedures as of December 31, 2025 and concluded that they were effective. Management "
           "assessed internal control over financial reporting using the 2013 COSO framework and concluded that it "
           "was effective as of December 31, 2025. Management excluded Halvorsen Fluid Systems AS, acquired in April "
           "2025, from its assessment; Halvorsen represented less than 3% of consolidated total assets and net "
           "sales. There were no changes in internal control during the fourth quarter that materially affected, or "
           "are reasonably likely to materially affect, internal control over financial reporting.")
    d.heading("Item 9B. Other Information", 1)
    d.para("During the three months ended December 31, 2025, no director or officer adopted or terminated a Rule "
           "10b5-1 trading arrangement.")
    d.new_page()
    mark("p3")
    d.heading("PART III", 0)
    d.para("The information required by Items 10 through 14 is incorporated by reference to our definitive proxy "
           "statement for the 2026 annual meeting of shareholders.")
    d.heading("PART IV", 0)
    d.heading("Item 15. Exhibits and Financial Statement Schedules", 2)
    d.para("3.1 Amended Articles of Incorporation; 3.2 Code of Regulations; 4.1 Indenture for 3.85% Senior Notes due "
           "2027; 4.2 Supplemental Indenture for 5.20% Senior Notes due 2032; 10.1 Credit Agreement dated May 14, "
           "2024; 21 Subsidiaries; 23 Consent of Independent Registered Public Accounting Firm; 31.1, 31.2 and 32 "
           "Certifications; 101 Inline XBRL.")
    d.para("SIGNATURES \u2014 Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
           "duly caused this report to be signed on its behalf. KESTRELMOOR INDUSTRIES, INC. By: /s/ Marguerite "
           "A. Osterholt, President and Chief Executive Officer. By: /s/ Desmond K. Varga, Senior Vice President and "
           "Chief Financial Officer. February 19, 2026.")
    # Financial statements
    d.new_page("F")
    mark("fs")
    d.heading("REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", 1)
    d.para("To the Shareholders and Board of Directors of Kestrelmoor Industries, Inc.")
    for t in ("Opinion on the Financial Statements. We have audited the accompanying consolidated balance sheets of "
              "Kestrelmoor Industries, Inc. and subsidiaries (the Company) as of December 31, 2025 and 2024, the "
              "related consolidated statements of income, comprehensive income, shareholders' equity and cash flows "
              "for each of the three years in the period ended December 31, 2025, and the related notes. In our "
              "opinion, the financial statements present fairly, in all material respects, the financial position "
              "of the Company at December 31, 2025 and 2024, and the results of its operations and its cash flows "
              "for each of the three years in the period ended December 31, 2025, in conformity with U.S. generally "
              "accepted accounting principles.",
              "Basis for Opinion. These financial statements are the responsibility of the Company's management. "
              "Our responsibility is to express an opinion on the Company's financial statements based on our "
              "audits. We conducted our audits in accordance with the standards of the Public Company Accounting "
              "Oversight Board (United States). Those standards require that we plan and perform the audit to obtain "
              "reasonable assurance about whether the financial statements are free of material misstatement, "
              "whether due to error or fraud.",
              "Critical Audit Matter \u2014 Revenue recognized over time on engineered projects. Revenue on certain "
              "engineered material-handling and process-system projects is recognized over time using a cost-to-cost "
              "input method. Auditing the estimates of total costs at completion involved especially challenging "
              "judgment because of the uncertainty in labour productivity, material costs and project schedules. "
              "Our procedures included testing controls over the estimation process, comparing estimates with "
              "historical accuracy and inspecting project status reports.",
              "Critical Audit Matter \u2014 Valuation of customer relationship intangible assets acquired in the "
              "Halvorsen acquisition. We evaluated the significant assumptions, including forecast revenue growth "
              "and customer attrition rates, with the assistance of valuation specialists.",
              "/s/ Harrow & Pennick LLP. We have served as the Company's auditor since 2009. Cincinnati, Ohio, "
              "February 19, 2026."):
        d.para(t)
    d.new_page()
    d.heading("KESTRELMOOR INDUSTRIES, INC.\nCONSOLIDATED STATEMENTS OF INCOME", 1)
    eps = lambda k: [f"${float(m[k][y]):.2f}" for y in (2025, 2024, 2023)]  # noqa: E731
    shs = lambda k: [f"{float(m[k][y]):.1f}" for y in (2025, 2024, 2023)]  # noqa: E731
    rows = [row("Net sales", y3(m["sales"]), "is_sales", dollar=True),
            row("Cost of sales", y3(m["cogs"]), "is_cogs"),
            row("Gross profit", y3(m["gp"]), "is_gp", "total"),
            row("Selling, general and administrative expenses", y3(m["sga"]), "is_sga"),
            row("Research and development expenses", y3(m["rd"]), "is_rd"),
            row("Amortization of intangible assets", y3(m["amort"]), "is_amort"),
            row("Restructuring and other charges", y3(m["restr"]), "is_restr"),
            row("Operating income", y3(m["oi"]), "is_oi", "total"),
            row("Interest expense, net", y3(m["int"]), "is_int"),
            row("Other expense (income), net", y3(m["oth"]), "is_oth"),
            row("Income before income taxes", y3(m["pti"]), "is_pti", "total"),
            row("Provision for income taxes", y3(m["tax"]), "is_tax"),
            row("Net income", y3(m["ni"]), "is_ni", "total", dollar=True),
            sec("Earnings per share"),
            txt("Basic", eps("eps_b"), "is_epsb", indent=1), txt("Diluted", eps("eps_d"), "is_epsd", indent=1),
            sec("Weighted-average shares outstanding (millions)"),
            txt("Basic", shs("sh_basic"), "is_shb", indent=1), txt("Diluted", shs("sh_dil"), "is_shd", indent=1)]
    d.table("", W3, H3, rows, scale="(in millions, except per share amounts)")
    d.heading("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", 1)
    rows = [row("Net income", y3(m["ni"]), "ci_ni", dollar=True), sec("Other comprehensive income (loss), net of "
                                                                     "tax:"),
            row("Foreign currency translation adjustments", y3(m["cta"]), "ci_cta", indent=1),
            row("Pension and postretirement benefit adjustments", y3(m["oci_pen"]), "ci_pen", indent=1),
            row("Other comprehensive income (loss)", y3(m["oci"]), "ci_oci", "total"),
            row("Comprehensive income", y3(m["ci"]), "ci_ci", "total", dollar=True)]
    d.table("", W3, H3, rows, scale="(in millions)")

    d.new_page()
    d.heading("CONSOLIDATED BALANCE SHEETS", 1)

    def bb(k):
        return [b[k], b0[k]]
    rows = [sec("ASSETS"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Accounts receivable, net", bb("ar"), "bs_ar", indent=1),
            row("Inventories", bb("inv"), "bs_inv", indent=1),
            row("Prepaid expenses and other current assets", bb("prep"), "bs_prep", indent=1),
            row("Total current assets", bb("ca"), "bs_ca", "total"),
            row("Property, plant and equipment, net", bb("ppe"), "bs_ppe"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Goodwill", bb("gw"), "bs_gw"),
            row("Other intangible assets, net", bb("intang"), "bs_int"),
            row("Deferred income taxes and other assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True),
            sec("LIABILITIES AND SHAREHOLDERS' EQUITY"),
            row("Current portion of long-term debt", bb("cur_debt"), "bs_curd", indent=1, dollar=True),
            row("Accounts payable", bb("ap"), "bs_ap", indent=1),
            row("Accrued liabilities", bb("accr"), "bs_accr", indent=1),
            row("Contract liabilities", bb("cl"), "bs_cl", indent=1),
            row("Accrued product warranty", bb("war"), "bs_war", indent=1),
            row("Income taxes payable", bb("taxp"), "bs_taxp", indent=1),
            row("Operating lease liabilities", bb("lease_cur"), "bs_lcur", indent=1),
            row("Total current liabilities", bb("cliab"), "bs_cliab", "total"),
            row("Long-term debt", bb("ltd"), "bs_ltd"),
            row("Noncurrent operating lease liabilities", bb("lease_nc"), "bs_lnc"),
            row("Pension and postretirement benefit obligations", bb("pension"), "bs_pen"),
            row("Deferred income taxes", bb("def_tax"), "bs_dt"),
            row("Other noncurrent liabilities", bb("oth_l"), "bs_othl"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Shareholders' equity"),
            row("Common shares, without par value, and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Treasury shares, at cost", bb("treas"), "bs_treas", indent=1),
            row("Accumulated other comprehensive loss", bb("aoci"), "bs_aoci", indent=1),
            row("Total shareholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and shareholders' equity", bb("tle"), "bs_tle", "total", dollar=True)]
    d.table("", W2, HB, rows, scale="(in millions)")

    c = lambda k: [cf[y][k] for y in (2025, 2024, 2023)]  # noqa: E731
    rows = [sec("Operating activities"),
            row("Net income", c("ni"), "cf_ni", indent=1, dollar=True),
            sec("Adjustments to reconcile net income to net cash from operating activities:"),
            row("Depreciation", c("dep"), "cf_dep", indent=2),
            row("Amortization of intangible assets", c("amort"), "cf_amort", indent=2),
            row("Share-based compensation", c("sbc"), "cf_sbc", indent=2),
            row("Deferred income taxes", c("deft"), "cf_deft", indent=2),
            row("Pension expense less contributions", c("pen"), "cf_pen", indent=2),
            sec("Changes in operating assets and liabilities, net of acquisitions:"),
            row("Accounts receivable", c("ar"), "cf_ar", indent=2),
            row("Inventories", c("inv"), "cf_inv", indent=2),
            row("Prepaid expenses and other current assets", c("prep"), "cf_prep", indent=2),
            row("Accounts payable", c("ap"), "cf_ap", indent=2),
            row("Accrued liabilities", c("accr"), "cf_accr", indent=2),
            row("Contract liabilities", c("cl"), "cf_cl", indent=2),
            row("Accrued product warranty", c("war"), "cf_war", indent=2),
            row("Income taxes payable", c("taxp"), "cf_taxp", indent=2),
            row("Other, net", c("other"), "cf_other", indent=2),
            row("Net cash provided by operating activities", c("ocf"), "cf_ocf", "total"),
            sec("Investing activities"),
            row("Capital expenditures", c("capex"), "cf_capex", indent=1),
            row("Proceeds from sales of property, plant and equipment", c("sale"), "cf_sale", indent=1),
            row("Acquisitions of businesses, net of cash acquired", c("acq"), "cf_acq", indent=1),
            row("Net cash used in investing activities", c("icf"), "cf_icf", "total"),
            sec("Financing activities"),
            row("Proceeds from long-term debt and revolver borrowings", c("din"), "cf_din", indent=1),
            row("Repayments of long-term debt and revolver borrowings", c("dout"), "cf_dout", indent=1),
            row("Dividends paid", c("div"), "cf_div", indent=1),
            row("Repurchases of common shares", c("rep"), "cf_rep", indent=1),
            row("Net cash used in financing activities", c("fcf"), "cf_fcf", "total"),
            row("Effect of exchange rate changes on cash", c("fx"), "cf_fx"),
            row("Net increase (decrease) in cash and cash equivalents", c("net"), "cf_net", "total"),
            row("Cash and cash equivalents at beginning of year", c("beg"), "cf_beg"),
            row("Cash and cash equivalents at end of year", c("end"), "cf_end", "total", dollar=True)]
    d.table("CONSOLIDATED STATEMENTS OF CASH FLOWS", W3, H3, rows, scale="(in millions)")
    d.heading("CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY", 1)
    eq = m["eq"]
    heq = [[("Shares", 1), ("Common shares", 1), ("Retained", 1), ("Treasury", 1), ("", 1), ("", 1)],
           [("outstanding", 1), ("and APIC", 1), ("earnings", 1), ("shares", 1), ("AOCI", 1), ("Total", 1)]]
    weq = [18, 22, 19, 19, 17, 18]

    def bal(y):
        e = eq[y]
        return txt(f"Balance at December 31, {y}", [f"{float(e['sh']):.1f}", D(e["apic"]), D(e["re"]),
                                                     D(e["treas"]), D(e["aoci"]), D(e["tot"])], f"eq_bal{y}", "bold")
    rows = [bal(2022)]
    for y in (2023, 2024, 2025):
        rows += [txt("Net income", ["", "", N(m["ni"][y]), "", "", N(m["ni"][y])], indent=1),
                 txt("Other comprehensive income (loss)", ["", "", "", "", N(m["oci"][y]), N(m["oci"][y])], indent=1),
                 txt(f"Dividends declared (${float(m['dps'][y]):.2f} per share)",
                     ["", "", N(-m["div"][y]), "", "", N(-m["div"][y])], f"eq_div{y}", indent=1),
                 txt("Share-based compensation and issuances", [f"{float(m['sh_iss'][y]):.1f}", N(m["sbc"][y]), "",
                                                                "", "", N(m["sbc"][y])], indent=1),
                 txt("Repurchases of common shares", [f"({float(m['sh_rep'][y]):.1f})", "", "", N(-m["buyback"][y]),
                                                      "", N(-m["buyback"][y])], f"eq_rep{y}", indent=1),
                 bal(y)]
    d.table("", weq, heq, rows, scale="(in millions, except per share amounts; shares in millions)")

    # Notes
    d.new_page()
    mark("notes")
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    d.heading("Note 1. Summary of Significant Accounting Policies", 2)
    d.para("Basis of presentation. The consolidated financial statements include the accounts of Kestrelmoor "
           "Industries, Inc. and its majority-owned subsidiaries. Revenue is recognized when control of products "
           "transfers to the customer, generally on shipment, or over time for engineered projects measured by costs "
           "incurred. Contract liabilities consist of customer advances and billings in excess of revenue.")
    d.heading("Note 2. Acquisition", 2)
    d.para(f"On April 8, 2025, we acquired Halvorsen Fluid Systems AS for ${m['acq'][2025]} million, net of cash "
           f"acquired. The purchase price was allocated to goodwill of ${m['acq_gw']} million and customer "
           f"relationships and technology intangibles of ${m['acq_int']} million; acquired working capital was not "
           "material. Goodwill is not deductible for tax purposes.")
    d.heading("Note 3. Inventories", 2)
    inv = lambda k: [m[k][2025], m[k][2024]]  # noqa: E731
    rows = [row("Raw materials and purchased parts", inv("inv_rm"), "inv_rm", dollar=True),
            row("Work in process", inv("inv_wip"), "inv_wip"),
            row("Finished goods", inv("inv_fg"), "inv_fg"),
            row("Inventories at FIFO cost", inv("inv_fifo"), "inv_fifo", "total"),
            row("Less: LIFO reserve", [-m["lifo"][2025], -m["lifo"][2024]], "inv_lifo"),
            row("Inventories, net", [b["inv"], b0["inv"]], "inv_net", "total", dollar=True)]
    d.table("Inventories (in millions)", W2, HB, rows, foot=["Approximately 46% of inventories at December 31, 2025 "
                                                              "were valued on the LIFO method."])
    d.heading("Note 4. Product Warranty", 2)
    d.para("We provide warranties of one to three years on most products and accrue estimated costs when revenue is "
           "recognized, based on historical claim experience and specific known issues.")
    rows = [row("Balance at beginning of year", [m["war_end"][y - 1] for y in (2025, 2024, 2023)], "war_beg",
                dollar=True),
            row("Provisions for warranties issued", y3(m["war_prov"]), "war_prov"),
            row("Settlements made", [-m["war_settle"][y] for y in (2025, 2024, 2023)], "war_set"),
            row("Balance at end of year", [m["war_end"][y] for y in (2025, 2024, 2023)], "war_end", "total",
                dollar=True)]
    d.table("Product warranty liability (in millions)", W3, H3, rows)
    d.heading("Note 5. Debt", 2)
    dd = m["debt"]
    rows = [row("Revolving credit facility due 2029", [dd[2025]["rev"], dd[2024]["rev"]], "dt_rev", dollar=True),
            row("Term loan A due 2028", [dd[2025]["tla"], dd[2024]["tla"]], "dt_tla"),
            row("3.85% senior notes due 2027", [dd[2025]["n27"], dd[2024]["n27"]], "dt_n27"),
            row("5.20% senior notes due 2032", [dd[2025]["n32"], dd[2024]["n32"]], "dt_n32"),
            row("Total debt", [m["debt_tot"][2025], m["debt_tot"][2024]], "dt_tot", "total"),
            row("Less: current portion", [-b["cur_debt"], -b0["cur_debt"]], "dt_cur"),
            row("Long-term debt", [b["ltd"], b0["ltd"]], "dt_ltd", "total", dollar=True)]
    d.table("Debt (in millions)", W2, HB, rows)
    mt = m["debt_mat"]
    s_mat = ("Scheduled principal maturities of debt are $" + f"{mt[2026]} million in 2026, ${mt[2027]} million in "
             f"2027, ${mt[2028]} million in 2028, ${mt[2029]} million in 2029, none in 2030 and ${mt['after']} "
             "million thereafter.")
    d.para(s_mat + " The term loan and revolver bear interest at SOFR plus 1.125% to 1.625% based on our leverage "
           "ratio. The weighted-average interest rate on total debt was 4.6% at December 31, 2025.",
           keys={"p_mat": s_mat})
    d.heading("Note 6. Leases", 2)
    lm = m["lease_mat"]
    rows = [row(str(k), [lm[k]], f"ls_{k}", dollar=(k == 2026)) for k in (2026, 2027, 2028, 2029, 2030)]
    rows += [row("Thereafter", [lm["after"]], "ls_after"),
             row("Total lease payments", [m["lease_pay"]], "ls_pay", "total"),
             row("Less: imputed interest", [-m["lease_int"]], "ls_int"),
             row("Present value of lease liabilities", [b["lease_tot"]], "ls_pv", "total", dollar=True)]
    d.table("Maturities of operating lease liabilities at December 31, 2025 (in millions)", [26],
            [[("Amount", 1)]], rows)
    s_lc = (f"Operating lease cost was ${m['lease_cost'][2025]} million in 2025, ${m['lease_cost'][2024]} million "
            f"in 2024 and ${m['lease_cost'][2023]} million in 2023.")
    d.para(s_lc + " The weighted-average remaining lease term was 6.4 years and the weighted-average discount rate "
           "was 5.1%.", keys={"p_lc": s_lc})
    d.heading("Note 7. Pension Plans", 2)
    d.para("We sponsor funded defined benefit pension plans in the United States and Germany that are closed to new "
           "entrants. Net periodic benefit cost other than service cost is reported in other expense (income), net.")
    pn = m["pen"]
    rows = [sec("Change in projected benefit obligation"),
            row("Benefit obligation at beginning of year", [m["pbo"][2024], m["pbo"][2023]], "pn_pbo0", indent=1,
                dollar=True),
            row("Service cost", [pn[2025]["svc"], pn[2024]["svc"]], "pn_svc", indent=1),
            row("Interest cost", [pn[2025]["intc"], pn[2024]["intc"]], "pn_intc", indent=1),
            row("Actuarial loss (gain)", [pn[2025]["act"], pn[2024]["act"]], "pn_act", indent=1),
            row("Benefits paid", [-pn[2025]["ben"], -pn[2024]["ben"]], "pn_ben", indent=1),
            row("Benefit obligation at end of year", [m["pbo"][2025], m["pbo"][2024]], "pn_pbo", "total"),
            sec("Change in plan assets"),
            row("Fair value of plan assets at beginning of year", [m["pa"][2024], m["pa"][2023]], "pn_pa0", indent=1),
            row("Actual return on plan assets", [pn[2025]["ret"], pn[2024]["ret"]], "pn_ret", indent=1),
            row("Employer contributions", [pn[2025]["contr"], pn[2024]["contr"]], "pn_contr", indent=1),
            row("Benefits paid", [-pn[2025]["ben"], -pn[2024]["ben"]], "pn_ben2", indent=1),
            row("Fair value of plan assets at end of year", [m["pa"][2025], m["pa"][2024]], "pn_pa", "total"),
            row("Funded status at end of year", [-m["pen_liab"][2025], -m["pen_liab"][2024]], "pn_fs", "total",
                dollar=True)]
    d.table("Benefit obligations and plan assets (in millions)", W2, [[("2025", 1), ("2024", 1)]], rows,
            split_at=7)
    d.para(f"Net periodic benefit cost was ${m['pen_exp'][2025]} million in 2025 and ${m['pen_exp'][2024]} million "
           "in 2024, consisting of service cost and interest cost less the expected return on plan assets of "
           f"${pn[2025]['exp_ret']} million and ${pn[2024]['exp_ret']} million, respectively. The discount rate used "
           "to measure the obligation was 5.35% at December 31, 2025 (5.60% at December 31, 2024).")
    d.heading("Note 8. Income Taxes", 2)
    rows = [row("Federal", y3(m["tax_fed"]), "tx_fed", dollar=True), row("State", y3(m["tax_state"]), "tx_state"),
            row("Foreign", y3(m["tax_forn"]), "tx_forn"), row("Total current", y3(m["tax_cur"]), "tx_cur", "total"),
            row("Deferred", y3(m["tax_def"]), "tx_def"),
            row("Provision for income taxes", y3(m["tax"]), "tx_tot", "total", dollar=True)]
    d.table("Components of the provision for income taxes (in millions)", W3, H3, rows)
    rows = [row("Tax at U.S. federal statutory rate of 21%", y3(m["rr_stat"]), "rr_stat", dollar=True),
            row("State income taxes, net of federal benefit", y3(m["rr_state"]), "rr_state"),
            row("Foreign rate differential", y3(m["rr_foreign"]), "rr_for"),
            row("Research and development credits", y3(m["rr_rd"]), "rr_rd"),
            row("Foreign-derived intangible income deduction", y3(m["rr_fdii"]), "rr_fdii"),
            row("Other, net", y3(m["rr_other"]), "rr_oth"),
            row("Provision for income taxes", y3(m["tax"]), "rr_tot", "total", dollar=True),
            txt("Effective tax rate", [pct(m["etr"][y]) for y in (2025, 2024, 2023)], "rr_etr")]
    d.table("Reconciliation of statutory to effective tax (in millions)", W3, H3, rows)
    d.heading("Note 9. Earnings Per Share", 2)
    rows = [row("Net income", y3(m["ni"]), "ep_ni", dollar=True),
            txt("Weighted-average basic shares outstanding", shs("sh_basic"), "ep_shb"),
            txt("Dilutive effect of share-based awards", [f"{float(m['sh_dil_eff'][y]):.1f}" for y in (2025, 2024,
                                                                                                      2023)], "ep_de"),
            txt("Weighted-average diluted shares outstanding", shs("sh_dil"), "ep_shd", "total"),
            txt("Basic earnings per share", eps("eps_b"), "ep_b"), txt("Diluted earnings per share", eps("eps_d"),
                                                                       "ep_d")]
    d.table("Earnings per share", W3, H3, rows, scale="(in millions, except per share amounts)",
            foot=["Anti-dilutive awards excluded from diluted shares were 0.2 million in each year."])
    d.heading("Note 10. Segment Information", 2)
    d.para("Our chief operating decision maker evaluates segment performance on segment operating profit, which "
           "excludes corporate expense, restructuring and other charges and amortization of intangible assets.")
    rows = [sec("Net sales")]
    rows += [row(nm[s], y3(m["sales_seg"][s]), f"sg_sales_{s}", indent=1, dollar=(s == "LH")) for s in SEGS]
    rows += [row("Total net sales", y3(m["sales"]), "sg_sales", "total", dollar=True), sec("Segment operating profit")]
    rows += [row(nm[s], y3(m["op_seg"][s]), f"sg_op_{s}", indent=1, dollar=(s == "LH")) for s in SEGS]
    rows += [row("Total segment operating profit", y3(m["seg_op_total"]), "sg_op", "total"),
             row("Corporate expense", [-x for x in y3(m["corp"])], "sg_corp", indent=1),
             row("Restructuring and other charges", [-x for x in y3(m["restr"])], "sg_restr", indent=1),
             row("Amortization of intangible assets", [-x for x in y3(m["amort"])], "sg_amort", indent=1),
             row("Operating income", y3(m["oi"]), "sg_oi", "total", dollar=True), sec("Depreciation")]
    rows += [row(nm[s], y3(m["dep_seg"][s]), f"sg_dep_{s}", indent=1) for s in SEGS]
    rows += [row("Corporate", y3(m["dep_corp"]), "sg_dep_c", indent=1),
             row("Total depreciation", y3(m["dep"]), "sg_dep", "total"), sec("Capital expenditures")]
    rows += [row(nm[s], y3(m["capex_seg"][s]), f"sg_cx_{s}", indent=1) for s in SEGS]
    rows += [row("Corporate", y3(m["capex_corp"]), "sg_cx_c", indent=1),
             row("Total capital expenditures", y3(m["capex"]), "sg_cx", "total")]
    d.table("Segment information (in millions)", W3, H3, rows)
    d.para("Net sales to customers outside the United States were approximately 38% of consolidated net sales in "
           "2025. No single customer accounted for more than 5% of net sales.")
    return d, labs
