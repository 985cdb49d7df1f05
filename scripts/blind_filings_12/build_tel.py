"""Lays out the Cascara Communications Form 10-Q (condensed sans house style). Only formats model values."""

from kit import Doc, num, pct

H4 = [[("Three Months Ended", 2), ("Nine Months Ended", 2)], [("September 30,", 2), ("September 30,", 2)],
      [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
HB = [[("September 30,", 1), ("December 31,", 1)], [("2025", 1), ("2024", 1)]]
W4 = [22, 22, 22, 22]
TOC = [("Part I \u2014 Financial Information", None), ("Item 1. Financial Statements", "i1"),
       ("Item 2. Management's Discussion and Analysis", "i2"), ("Item 3. Market Risk", "i3"),
       ("Item 4. Controls and Procedures", "i4"), ("Part II \u2014 Other Information", "p2")]


def D(v):
    return num(v, dollar=True)


def N(v):
    return num(v)


def q4(t, k):
    """Q3 2025, Q3 2024, 9M 2025, 9M 2024."""
    return [t[k][2025][2], t[k][2024][2], t[k + "9"][2025], t[k + "9"][2024]]


def row(label, vals, key=None, kind="plain", indent=0, dollar=False):
    return {"label": label, "vals": [D(v) if dollar else N(v) for v in vals], "key": key, "kind": kind,
            "indent": indent}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def build(t, toc=None):
    d = Doc("sans", "CASCARA COMMUNICATIONS CORP.  |  FORM 10-Q  |  Q3 2025", "Cascara Communications 10-Q Q3 2025")
    labs = {}

    def mark(k):
        labs[k] = d.labels[-1]

    b0, b, c, k24 = t["b24"], t["b25"], t["cf25"], t["cf24c"]
    d.new_page("none")
    d.set_font(d.fam, "B", 13)
    d.multi_cell(0, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="L")
    d.ln(3)
    d.set_font(d.fam, "B", 22)
    d.set_text_color(20, 70, 120)
    d.multi_cell(0, 10, "FORM 10-Q")
    d.set_text_color(0, 0, 0)
    d.set_font(d.fam, "", 9.5)
    d.multi_cell(0, 5, "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                 "For the quarterly period ended September 30, 2025\nCommission File Number 001-40715")
    d.ln(5)
    d.set_font(d.fam, "B", 18)
    d.multi_cell(0, 9, "Cascara Communications Corp.")
    d.set_font(d.fam, "", 9.5)
    d.multi_cell(0, 5, "Delaware \u2014 IRS Employer Identification No. 47-3390218\n1200 Alder Bay Drive, Bellevue, "
                 "Washington 98004\n(425) 555-0142\n\nCommon Stock, $0.0001 par value \u2014 CSCA \u2014 Nasdaq "
                 "Global Select Market")
    d.ln(4)
    d.para("Indicate by check mark whether the registrant is a large accelerated filer: Large accelerated filer [X]. "
           "As of October 24, 2025, 406,215,380 shares of common stock were outstanding.")
    d.ln(4)
    d.set_font(d.fam, "B", 11)
    d.set_text_color(20, 70, 120)
    d.multi_cell(0, 6, "Table of Contents")
    d.set_text_color(0, 0, 0)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None else "", 9.5)
        d.cell(d.ew - 20, 6, name)
        d.cell(20, 6, (toc or {}).get(k, "") if k else "", align="R")
        d.ln(6)
    # statements
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I \u2014 FINANCIAL INFORMATION", 0)
    d.heading("Item 1. Financial Statements", 1)
    d.heading("Condensed Consolidated Statements of Operations (Unaudited)", 2)
    rows = [sec("Revenues")]
    for i, n in enumerate(t["rev_names"]):
        v = [t["rev"][2025][i][2], t["rev"][2024][i][2], t["rev9"][2025][i], t["rev9"][2024][i]]
        rows.append(row(n, v, f"is_rev{i}", indent=1, dollar=(i == 0)))
    rows += [row("Total revenues", q4(t, "rev_t"), "is_rev", "total", dollar=True), sec("Operating expenses"),
             row("Cost of services (exclusive of depreciation and amortization)", q4(t, "cos"), "is_cos", indent=1),
             row("Cost of equipment sales", q4(t, "coe"), "is_coe", indent=1),
             row("Selling, general and administrative", q4(t, "sga"), "is_sga", indent=1),
             row("Depreciation and amortization", q4(t, "da"), "is_da", indent=1),
             row("Total operating expenses", q4(t, "opex"), "is_opex", "total"),
             row("Operating income", q4(t, "oi"), "is_oi", "total"),
             row("Interest expense, net", [-x for x in q4(t, "intexp")], "is_int"),
             row("Other income, net", q4(t, "oth"), "is_oth"),
             row("Income before income taxes", q4(t, "pt"), "is_pt", "total"),
             row("Income tax expense", [-x for x in q4(t, "tax")], "is_tax"),
             row("Net income", q4(t, "ni"), "is_ni", "total", dollar=True)]
    eps = [t["eps"][2025][2], t["eps"][2024][2], t["eps9"][2025], t["eps9"][2024]]
    shs = [t["sh"][2025][2], t["sh"][2024][2], t["sh9"][2025], t["sh9"][2024]]
    rows += [txt("Earnings per share \u2014 basic and diluted (1)", [f"${float(x):.2f}" for x in eps], "is_eps"),
             txt("Weighted average shares outstanding (millions)", [f"{float(x):.1f}" for x in shs], "is_sh")]
    d.table("", W4, H4, rows, scale="(in millions, except per share amounts)",
            foot=["(1) Dilutive securities did not change earnings per share in any period presented."])

    def bb(k):
        return [b[k], b0[k]]

    rows = [sec("Assets"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Accounts receivable, net", bb("rec"), "bs_rec", indent=1),
            row("Equipment installment plan receivables, net", bb("eir"), "bs_eir", indent=1),
            row("Inventory", bb("inv"), "bs_inv", indent=1),
            row("Prepaid expenses and other current assets", bb("pre"), "bs_pre", indent=1),
            row("Total current assets", bb("tca"), "bs_tca", "total"),
            row("Property and equipment, net", bb("ppe"), "bs_ppe"),
            row("Spectrum licenses", bb("spec"), "bs_spec"),
            row("Goodwill", bb("gw"), "bs_gw"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Other assets", bb("oth"), "bs_oth"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True),
            sec("Liabilities and Stockholders' Equity"),
            row("Accounts payable", bb("ap"), "bs_ap", indent=1, dollar=True),
            row("Accrued and other current liabilities", bb("acc"), "bs_acc", indent=1),
            row("Short-term debt and current portion of long-term debt", bb("cur"), "bs_cur", indent=1),
            row("Current operating lease liabilities", bb("lcur"), "bs_lcur", indent=1),
            row("Total current liabilities", bb("tcl"), "bs_tcl", "total"),
            row("Long-term debt", bb("ltd"), "bs_ltd"),
            row("Operating lease liabilities", bb("lnc"), "bs_lnc"),
            row("Deferred income taxes", bb("dtl"), "bs_dtl"),
            row("Other long-term liabilities", bb("olt"), "bs_olt"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            row("Common stock and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Treasury stock, at cost", bb("tsy"), "bs_tsy", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Total stockholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and stockholders' equity", bb("tle"), "bs_tle", "total", dollar=True)]
    d.new_page()
    d.table("Condensed Consolidated Balance Sheets (Unaudited)", [26, 26], HB, rows, scale="(in millions)",
            split_at=13)
    d.heading("Condensed Consolidated Statements of Cash Flows (Unaudited)", 2)
    cc = lambda x: [c[x], k24[x]]  # noqa: E731
    rows = [sec("Operating activities"),
            row("Net income", cc("ni"), "cf_ni", indent=1, dollar=True),
            row("Depreciation and amortization", cc("da"), "cf_da", indent=1),
            row("Stock-based compensation", cc("sbc"), "cf_sbc", indent=1),
            row("Deferred income taxes", cc("dtax"), "cf_dtax", indent=1),
            row("Changes in working capital", cc("wc"), "cf_wc", indent=1),
            row("Operating lease assets and liabilities, net", cc("lease"), "cf_lease", indent=1),
            row("Other, net", cc("other"), "cf_other", indent=1),
            row("Net cash provided by operating activities", cc("cfo"), "cf_cfo", "total"),
            sec("Investing activities"),
            row("Purchases of property and equipment, including capitalized software", cc("capex"), "cf_capex",
                indent=1),
            row("Purchases of spectrum licenses", cc("spec"), "cf_spec", indent=1),
            row("Net cash used in investing activities", cc("cfi"), "cf_cfi", "total"),
            sec("Financing activities"),
            row("Proceeds from issuance of long-term debt", cc("iss"), "cf_iss", indent=1),
            row("Repayments of long-term debt", cc("repay"), "cf_repay", indent=1),
            row("Dividends paid", cc("div"), "cf_div", indent=1),
            row("Repurchases of common stock", cc("rep"), "cf_rep", indent=1),
            row("Net cash used in financing activities", cc("cff"), "cf_cff", "total"),
            row("Net decrease in cash and cash equivalents", cc("net"), "cf_net"),
            row("Cash and cash equivalents, beginning of period", [c["beg"], k24["beg"]], "cf_beg"),
            row("Cash and cash equivalents, end of period", cc("end"), "cf_end", "total", dollar=True)]
    d.table("", [26, 26], [[("Nine Months Ended", 2)], [("September 30,", 2)], [("2025", 1), ("2024", 1)]], rows,
            scale="(in millions)")
    # notes
    d.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 1)
    d.heading("Note 1 \u2014 Basis of Presentation", 2)
    d.para("These unaudited condensed consolidated financial statements of Cascara Communications Corp. "
           "(\"Cascara\") have been prepared in accordance with U.S. GAAP for interim financial information and "
           "should be read with the audited financial statements in our Annual Report on Form 10-K for 2024. "
           "Results for interim periods are not necessarily indicative of results for the full year.")
    d.heading("Note 2 \u2014 Revenue", 2)
    rows = []
    for i, n in enumerate(t["rev_names"]):
        v = [t["rev"][2025][i][2], t["rev"][2024][i][2], t["rev9"][2025][i], t["rev9"][2024][i]]
        rows.append(row(n, v, f"rv_{i}", dollar=(i == 0)))
    rows.append(row("Total revenues", q4(t, "rev_t"), "rv_tot", "total", dollar=True))
    d.table("Revenue by service type", W4, H4, rows, scale="(in millions)")
    d.para(f"Postpaid phone service revenue, included in wireless service revenue, was {D(t['pp_rev'][2025][2])} "
           f"million for the three months ended September 30, 2025 and {D(t['pp_rev9'][2025])} million for the "
           "nine months then ended.", keys={"pprev": f"Postpaid phone service revenue, included in wireless service "
                                                     f"revenue, was {D(t['pp_rev'][2025][2])} million"})
    d.heading("Note 3 \u2014 Spectrum Licenses", 2)
    d.para(f"Spectrum licenses were {D(b0['spec'])} million at December 31, 2024. During the nine months ended "
           f"September 30, 2025 we acquired 3.45 GHz licenses in secondary-market transactions for "
           f"{D(t['spec_buy'][2025])} million, bringing the carrying amount to {D(b['spec'])} million at "
           "September 30, 2025. Spectrum licenses are indefinite-lived and are not amortized.",
           keys={"spec": f"{D(t['spec_buy'][2025])} million, bringing the carrying amount to {D(b['spec'])} million"})
    d.heading("Note 4 \u2014 Debt", 2)
    rows = [row(r[0], [t["d25_rows"][i], r[1]], f"db_{i}", dollar=(i == 0)) for i, r in enumerate(t["debt_list"])]
    rows += [row("Total debt", [t["d25"], t["d24"]], "db_tot", "total", dollar=True),
             row("Less: short-term debt and current portion", [-b["cur"], -b0["cur"]], "db_cur"),
             row("Long-term debt", [b["ltd"], b0["ltd"]], "db_ltd", "total", dollar=True)]
    d.new_page()
    d.table("Condensed Consolidated Balance Sheets (Unaudited)", [26, 26], HB, rows, scale="(in millions)",
            split_at=13)
    d.para(f"In March 2025 we issued {D(t['iss9'])} million of 5.450% senior notes due 2035 and in August 2025 "
           "repaid our 3.625% senior notes at maturity. Our $4.0 billion revolving credit facility was undrawn at "
           "September 30, 2025.")
    d.heading("Note 5 \u2014 Leases", 2)
    lc = q4(t, "lease_cost")
    d.para(f"Operating lease cost, primarily for cell sites, towers and retail stores, was {D(lc[0])} million and "
           f"{D(lc[1])} million for the three months ended September 30, 2025 and 2024, and {D(lc[2])} million and "
           f"{D(lc[3])} million for the nine months then ended. Cash paid for operating lease liabilities was "
           f"{D(t['lease_pay'])} million in the first nine months of 2025, and right-of-use assets obtained in "
           f"exchange for new lease liabilities were {D(t['rou_add'])} million. The weighted-average remaining "
           "lease term was 8.4 years and the weighted-average discount rate was 4.6%.",
           keys={"lease": f"and {D(lc[2])} million and {D(lc[3])} million for the nine months then ended"})
    d.heading("Note 6 \u2014 Segment Information", 2)
    d.para("We have two reportable segments, Wireless (wireless service, equipment and wholesale) and Fixed "
           "Broadband. Our chief operating decision maker evaluates segments on segment adjusted EBITDA.")
    rows = [sec("Segment adjusted EBITDA"),
            row("Wireless", q4(t, "seg_w"), "sg_w", indent=1, dollar=True),
            row("Fixed Broadband", q4(t, "seg_f"), "sg_f", indent=1),
            row("Total adjusted EBITDA", q4(t, "ebitda"), "sg_tot", "total", dollar=True)]
    d.table("", W4, H4, rows, scale="(in millions)")
    # MD&A
    d.new_page()
    mark("i2")
    d.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.para("Cascara provides mobile wireless services to consumer and business customers in 23 states and fixed "
           "broadband, including fiber-to-the-home and fixed wireless access, in 41 metropolitan areas. The "
           "following discussion compares the third quarter of 2025 (\"Q3 2025\") with the third quarter of 2024, "
           "and the first nine months of each year.")
    rows = [sec("Postpaid phone subscribers (in thousands)")]
    pp = t["pp"]
    rows += [txt("Beginning of period", [N(pp[2025][2][0]), N(pp[2024][2][0]), N(pp[2025][0][0]),
                                         N(pp[2024][0][0])], "op_beg", indent=1),
             txt("Gross additions", [N(x) for x in q4(t, "pp_gross")], "op_gross", indent=1),
             txt("Disconnections", [N(-x) for x in q4(t, "pp_disc")], "op_disc", indent=1),
             txt("Net additions", [N(x) for x in [t["pp_net"][2025][2], t["pp_net"][2024][2], t["pp_net9"][2025],
                                                 t["pp_net9"][2024]]], "op_net", "bold", indent=1),
             txt("End of period", [N(pp[2025][2][2]), N(pp[2024][2][2]), N(pp[2025][2][2]), N(pp[2024][2][2])],
                 "op_end", "total", indent=1),
             txt("Postpaid phone churn (1)", [pct(x, 2) for x in [t["churn"][2025][2], t["churn"][2024][2],
                                                                   t["churn9"][2025], t["churn9"][2024]]], "op_churn"),
             txt("Postpaid phone ARPU (2)", [f"${float(x):.2f}" for x in [t["arpu"][2025][2], t["arpu"][2024][2],
                                                                          t["arpu9"][2025], t["arpu9"][2024]]],
                 "op_arpu"),
             sec("Broadband subscribers (in thousands)"),
             txt("Net additions", [N(x) for x in q4(t, "bb_net")], "op_bbnet", indent=1),
             txt("End of period", [N(t["bb"][2025][2][2]), N(t["bb"][2024][2][2]), N(t["bb"][2025][2][2]),
                                   N(t["bb"][2024][2][2])], "op_bbend", "total", indent=1)]
    d.table("Key operating metrics", W4, H4, rows,
            foot=["(1) Disconnections divided by the average number of subscribers, divided by the number of months "
                  "in the period.", "(2) Postpaid phone service revenue divided by average postpaid phone "
                  "subscribers, divided by the number of months in the period."])
    rg = t["rev_t"]
    d.para(f"Total revenues for Q3 2025 were {D(rg[2025][2])} million. Wireless service revenue grew on "
           "postpaid phone net additions and pricing actions on legacy plans, and fixed broadband revenue grew on "
           "subscriber growth in our fiber footprint. Equipment revenue reflects the timing of device launches.")
    d.para(f"Selling, general and administrative expenses in Q3 2025 included restructuring charges of "
           f"{D(t['restr'][2025][2])} million related to the consolidation of customer care centers.",
           keys={"restr": f"included restructuring charges of {D(t['restr'][2025][2])} million"})
    d.heading("Non-GAAP financial measures", 2)
    ni_ = q4(t, "ni")
    rows = [row("Net income", ni_, "ae_ni", dollar=True), row("Income tax expense", q4(t, "tax"), "ae_tax"),
            row("Interest expense, net", q4(t, "intexp"), "ae_int"),
            row("Other income, net", [-x for x in q4(t, "oth")], "ae_oth"),
            row("Depreciation and amortization", q4(t, "da"), "ae_da"),
            row("Stock-based compensation (1)", q4(t, "sbc"), "ae_sbc"),
            row("Restructuring charges (1)", q4(t, "restr"), "ae_restr"),
            row("Adjusted EBITDA", q4(t, "ebitda"), "ae_tot", "total", dollar=True)]
    d.table("Reconciliation of net income to adjusted EBITDA", W4, H4, rows, scale="(in millions)",
            foot=["(1) Included in selling, general and administrative expenses."])
    rows = [row("Net cash provided by operating activities", [c["cfo"], k24["cfo"]], "fc_cfo", dollar=True),
            row("Purchases of property and equipment, including capitalized software", [c["capex"], k24["capex"]],
                "fc_capex"),
            row("Free cash flow", [t["fcf"][2025], t["fcf"][2024]], "fc_tot", "total", dollar=True)]
    d.table("Free cash flow", [26, 26], [[("Nine Months Ended", 2)], [("September 30,", 2)],
                                         [("2025", 1), ("2024", 1)]], rows, scale="(in millions)")
    d.para(f"Capital expenditures for the first nine months of 2025 included capitalized software of "
           f"{D(t['capsw9'][2025])} million, compared with {D(t['capsw9'][2024])} million a year earlier.",
           keys={"capsw": f"included capitalized software of {D(t['capsw9'][2025])} million"})
    d.heading("Liquidity and capital resources", 2)
    d.para(f"At September 30, 2025 we had cash and cash equivalents of {D(b['cash'])} million, total debt of "
           f"{D(t['d25'])} million and an undrawn {D(t['revolver'])} million revolving credit facility. Adjusted "
           f"EBITDA for the fourth quarter of 2024 was {D(t['ltm_ebitda_q4_24'])} million. We paid dividends of "
           f"${float(t['div_ps']):.2f} per share in each quarter of 2025 and repurchased {D(t['rep9'])} million of "
           "common stock in the first nine months.",
           keys={"q4e": f"Adjusted EBITDA for the fourth quarter of 2024 was {D(t['ltm_ebitda_q4_24'])} million"})
    mark("i3")
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1)
    d.para("Our term loan bears interest at a floating rate; a 100 basis point change in rates would change annual "
           "interest expense by approximately $31 million. Our senior notes bear fixed rates.")
    mark("i4")
    d.heading("Item 4. Controls and Procedures", 1)
    d.para("Our CEO and CFO concluded that our disclosure controls and procedures were effective as of September "
           "30, 2025. There were no changes in internal control over financial reporting during the quarter that "
           "materially affected, or are reasonably likely to materially affect, it.")
    d.new_page()
    mark("p2")
    d.heading("PART II \u2014 OTHER INFORMATION", 0)
    d.heading("Item 1. Legal Proceedings", 2)
    d.para("See Note 1. We are party to various proceedings arising in the ordinary course of business.")
    d.heading("Item 1A. Risk Factors", 2)
    d.para("There have been no material changes to the risk factors in our 2024 Annual Report on Form 10-K.")
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2)
    d.para(f"During the nine months ended September 30, 2025 we repurchased {D(t['rep9'])} million of our common "
           "stock under our $2.0 billion program authorized in February 2024.")
    d.heading("Item 6. Exhibits", 2)
    d.para("31.1 and 31.2 Certifications under Section 302; 32.1 Certification under Section 906; 101 Inline XBRL.")
    d.para("SIGNATURES \u2014 Cascara Communications Corp. By: /s/ Priya N. Castellanos, Executive Vice President "
           "and Chief Financial Officer. Date: October 29, 2025.")
    return d, labs
