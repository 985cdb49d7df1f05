"""Lays out the Calderpine Transport Form 10-Q (serif, ruled tables). Only formats model values."""

from fractions import Fraction as F

from kit import Doc, num, pct, rnd

P = ("q25", "q24", "n25", "n24")
H4 = [[("Three Months Ended", 2), ("Nine Months Ended", 2)], [("September 30,", 2), ("September 30,", 2)],
      [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
W4 = [21, 21, 21, 21]
HB = [[("September 30,", 1), ("December 31,", 1)], [("2025", 1), ("2024", 1)]]
W2 = [26, 26]
H9 = [[("Nine Months Ended", 2)], [("September 30,", 2)], [("2025", 1), ("2024", 1)]]
TOC = [("PART I \u2014 FINANCIAL INFORMATION", None), ("Item 1. Financial Statements (unaudited)", "i1"),
       ("Notes to Condensed Consolidated Financial Statements", "notes"),
       ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "i2"),
       ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "i3"),
       ("Item 4. Controls and Procedures", "i4"), ("PART II \u2014 OTHER INFORMATION", "p2")]


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


def P1(v):
    return f"{float(v):.1f}%"


def build(t, toc=None):
    d = Doc("serif", "CALDERPINE TRANSPORT, INC. \u2014 FORM 10-Q \u2014 SEPTEMBER 30, 2025",
            "Calderpine Transport 10-Q Q3 2025")
    labs = {}

    def mark(k):
        labs[k] = d.labels[-1]

    def q(k):
        return [t[k][p] for p in P]

    def qn(k):
        return [-t[k][p] for p in P]
    b1, b0, cf = t["b"]["sep"], t["b"]["dec"], t["cf"]
    # cover
    d.new_page("none")
    d.set_font(d.fam, "B", 12)
    d.multi_cell(0, 6, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    d.ln(3)
    d.set_font(d.fam, "B", 20)
    d.multi_cell(0, 9, "FORM 10-Q", align="C")
    d.set_font(d.fam, "", 10)
    d.multi_cell(0, 5, "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                 "For the quarterly period ended September 30, 2025\nCommission File Number 000-28814", align="C")
    d.ln(5)
    d.set_font(d.fam, "B", 17)
    d.multi_cell(0, 8, "CALDERPINE TRANSPORT, INC.", align="C")
    d.set_font(d.fam, "", 10)
    d.multi_cell(0, 5, "(Exact name of registrant as specified in its charter)\n\nMissouri \u2014 I.R.S. Employer "
                 "Identification No. 43-1592784\n2700 Rangeline Road, Joplin, Missouri 64804\n(417) 555-0197\n\n"
                 "Common Stock, $0.01 par value \u2014 CLDP \u2014 The Nasdaq Global Select Market", align="C")
    d.ln(4)
    d.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
           "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
           "subject to such filing requirements for the past 90 days: Yes [X] No [ ]. Large accelerated filer [X]. "
           "As of October 24, 2025, the registrant had 41,208,730 shares of common stock outstanding.")
    d.ln(2)
    d.heading("TABLE OF CONTENTS", 1)
    for name, k in TOC:
        d.set_font(d.fam, "B" if k is None else "", 9.5)
        d.cell(d.ew - 18, 6, name)
        d.cell(18, 6, (toc or {}).get(k, "") if k else "Page", align="R")
        d.ln(6)

    d.new_page("arabic")
    mark("i1")
    d.heading("PART I \u2014 FINANCIAL INFORMATION", 0)
    d.heading("Item 1. Financial Statements", 1)
    rows = [sec("Operating revenue"),
            row("Revenue, before fuel surcharge", [t["ts_base"][p] + t["lg_rev"][p] - t["elim"][p] for p in P],
                "is_base", indent=1, dollar=True),
            row("Fuel surcharge", q("fsc"), "is_fsc", indent=1),
            row("Total operating revenue", q("rev"), "is_rev", "total", dollar=True),
            sec("Operating expenses"),
            row("Salaries, wages and benefits", q("x_sal"), "is_sal", indent=1),
            row("Fuel", q("x_fuel"), "is_fuel", indent=1),
            row("Operations and maintenance", q("x_om"), "is_om", indent=1),
            row("Insurance and claims", q("x_ins"), "is_ins", indent=1),
            row("Operating taxes and licenses", q("x_taxlic"), "is_taxlic", indent=1),
            row("Communications and utilities", q("x_comm"), "is_comm", indent=1),
            row("Depreciation and amortization", q("da"), "is_da", indent=1),
            row("Rent and purchased transportation", q("x_pt"), "is_pt", indent=1),
            row("Gain on sale of property and equipment", qn("gain"), "is_gain", indent=1),
            row("Impairment of revenue equipment", q("impair"), "is_imp", indent=1),
            row("Miscellaneous operating expenses", q("x_other"), "is_oth", indent=1),
            row("Total operating expenses", q("exp"), "is_exp", "total"),
            row("Operating income", q("oi"), "is_oi", "total"),
            sec("Other expense (income)"),
            row("Interest expense", q("intx"), "is_intx", indent=1),
            row("Interest income", qn("inti"), "is_inti", indent=1),
            row("Income before income taxes", q("pti"), "is_pti", "total"),
            row("Income tax expense", q("tax"), "is_tax"),
            row("Net income", q("ni"), "is_ni", "total", dollar=True, ),
            sec("Earnings per share"),
            row("Basic", q("eps_b"), "is_epsb", indent=1, dollar=True, places=2),
            row("Diluted", q("eps_d"), "is_epsd", indent=1, dollar=True, places=2),
            sec("Weighted average shares outstanding"),
            row("Basic", q("sh_b"), "is_shb", indent=1),
            row("Diluted", q("sh_d"), "is_shd", indent=1)]
    rows[-7]["double"] = True
    d.table("CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)", W4, H4, rows,
            scale="(in thousands, except per share data)")
    d.para("See accompanying notes to condensed consolidated financial statements.", size=7.5)

    def bb(k):
        return [b1[k], b0[k]]
    rows = [sec("ASSETS"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Customer receivables, net", bb("ar"), "bs_ar", indent=1),
            row("Prepaid expenses, tires and other current assets", bb("prep"), "bs_prep", indent=1),
            row("Assets held for sale", bb("hfs"), "bs_hfs", indent=1),
            row("Total current assets", bb("ca"), "bs_ca", "total"),
            row("Property and equipment, net", bb("ppe"), "bs_ppe"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Goodwill", bb("gw"), "bs_gw"),
            row("Intangible assets, net", bb("intang"), "bs_int"),
            row("Other noncurrent assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True),
            sec("LIABILITIES AND STOCKHOLDERS' EQUITY"),
            row("Accounts payable", bb("ap"), "bs_ap", indent=1, dollar=True),
            row("Accrued wages, benefits and other liabilities", bb("accr"), "bs_accr", indent=1),
            row("Insurance and claims accruals", bb("claims"), "bs_claims", indent=1),
            row("Current portion of long-term debt", bb("cur_debt"), "bs_curd", indent=1),
            row("Current operating lease liabilities", bb("lease_cur"), "bs_leasec", indent=1),
            row("Total current liabilities", bb("cl"), "bs_cl", "total"),
            row("Long-term debt, less current portion", bb("ltd"), "bs_ltd"),
            row("Operating lease liabilities, less current portion", bb("lease_nc"), "bs_leasenc"),
            row("Deferred income taxes", bb("def_tax"), "bs_dt"),
            row("Insurance and claims accruals, less current portion", bb("claims_nc"), "bs_claimsnc"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Stockholders' equity"),
            row("Common stock and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Treasury stock, at cost", bb("treas"), "bs_treas", indent=1),
            row("Total stockholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and stockholders' equity", bb("tle"), "bs_tle", "total", dollar=True)]
    d.new_page()
    d.table("CONDENSED CONSOLIDATED BALANCE SHEETS", W2, HB, rows, scale="(in thousands; September 30, 2025 "
            "unaudited)")

    def c(k):
        return [cf["n25"][k], cf["n24"][k]]
    rows = [sec("Cash flows from operating activities"),
            row("Net income", c("ni"), "cf_ni", indent=1, dollar=True),
            row("Depreciation and amortization", c("da"), "cf_da", indent=1),
            row("Gain on sale of property and equipment", c("gain"), "cf_gain", indent=1),
            row("Impairment of revenue equipment", c("impair"), "cf_imp", indent=1),
            row("Share-based compensation", c("sbc"), "cf_sbc", indent=1),
            row("Deferred income taxes", c("deft"), "cf_deft", indent=1),
            row("Customer receivables", c("ar"), "cf_ar", indent=1),
            row("Prepaid expenses, tires and other current assets", c("prep"), "cf_prep", indent=1),
            row("Accounts payable", c("ap"), "cf_ap", indent=1),
            row("Accrued wages, benefits and other liabilities", c("accr"), "cf_accr", indent=1),
            row("Insurance and claims accruals", c("claims"), "cf_claims", indent=1),
            row("Other, net", c("other"), "cf_other", indent=1),
            row("Net cash provided by operating activities", c("ocf"), "cf_ocf", "total"),
            sec("Cash flows from investing activities"),
            row("Purchases of property and equipment", c("capex"), "cf_capex", indent=1),
            row("Proceeds from sale of property and equipment", c("sale"), "cf_sale", indent=1),
            row("Net cash used in investing activities", c("icf"), "cf_icf", "total"),
            sec("Cash flows from financing activities"),
            row("Borrowings on revolving line of credit", c("rin"), "cf_rin", indent=1),
            row("Repayments on revolving line of credit", c("rout"), "cf_rout", indent=1),
            row("Repayments of term loan", c("tlrep"), "cf_tl", indent=1),
            row("Repayments of equipment notes", c("eqrep"), "cf_eq", indent=1),
            row("Dividends paid", c("div"), "cf_div", indent=1),
            row("Repurchases of common stock", c("rep"), "cf_rep", indent=1),
            row("Net cash used in financing activities", c("fcf"), "cf_fcf", "total"),
            row("Net change in cash and cash equivalents", c("net"), "cf_net", "total"),
            row("Cash and cash equivalents, beginning of period", c("beg"), "cf_beg"),
            row("Cash and cash equivalents, end of period", c("end"), "cf_end", "total", dollar=True)]
    d.ln(4)
    d.table("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)", W2, H9, rows, scale="(in thousands)")

    d.new_page()
    mark("notes")
    d.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)", 1)
    d.heading("Note 1. Basis of Presentation", 2)
    d.para("Calderpine Transport, Inc. and its subsidiaries provide truckload transportation services, including "
           "one-way irregular-route and dedicated contract carriage, and non-asset logistics services, including "
           "freight brokerage and intermodal. The unaudited condensed consolidated financial statements have been "
           "prepared in accordance with U.S. GAAP for interim financial information and should be read with the "
           "audited financial statements in our Annual Report on Form 10-K for the year ended December 31, 2024. "
           "Operating results for interim periods are not necessarily indicative of results for the full year.")
    d.heading("Note 2. Revenue", 2)
    d.para("We recognize revenue over time as freight moves from origin to destination. Fuel surcharge revenue is "
           "billed to customers to recover increases in fuel costs above an agreed base price. Logistics revenue "
           "is recorded gross because we are the principal in these arrangements.")
    rows = [sec("Truckload"),
            row("Revenue, before fuel surcharge", q("ts_base"), "rv_tsbase", indent=1, dollar=True),
            row("Fuel surcharge", q("fsc"), "rv_fsc", indent=1),
            row("Total Truckload revenue", q("ts_rev"), "rv_ts", "total"),
            sec("Logistics"),
            row("Brokerage and intermodal revenue", q("lg_rev"), "rv_lg", indent=1),
            row("Intersegment eliminations", qn("elim"), "rv_elim"),
            row("Total operating revenue", q("rev"), "rv_tot", "total", dollar=True)]
    d.table("Disaggregation of revenue (in thousands)", W4, H4, rows)
    d.heading("Note 3. Debt", 2)
    dd = t["debt"]
    rows = [row("Revolving line of credit, due June 2029", [dd["sep"]["rev"], dd["dec"]["rev"]], "dt_rev",
                dollar=True),
            row("Term loan, SOFR + 1.375%, due June 2029", [dd["sep"]["tl"], dd["dec"]["tl"]], "dt_tl"),
            row("Equipment notes, 4.2% to 6.1%, due 2026 to 2029", [dd["sep"]["eqn"], dd["dec"]["eqn"]], "dt_eqn"),
            row("Total debt", [t["debt_tot"]["sep"], t["debt_tot"]["dec"]], "dt_tot", "total"),
            row("Less: current portion", [-b1["cur_debt"], -b0["cur_debt"]], "dt_cur"),
            row("Long-term debt, less current portion", [b1["ltd"], b0["ltd"]], "dt_ltd", "total", dollar=True)]
    d.table("Debt (in thousands)", W2, HB, rows)
    d.para("The term loan requires quarterly principal payments of $10.0 million. Our credit agreement requires us "
           "to maintain a maximum consolidated leverage ratio of 3.0 to 1.0 and a minimum interest coverage ratio; "
           "we were in compliance at September 30, 2025. The carrying amount of debt approximates fair value.")
    d.heading("Note 4. Earnings Per Share", 2)
    rows = [row("Net income", q("ni"), "ep_ni", dollar=True),
            row("Weighted average shares \u2014 basic", q("sh_b"), "ep_shb"),
            row("Effect of dilutive restricted stock units", q("sh_de"), "ep_de"),
            row("Weighted average shares \u2014 diluted", q("sh_d"), "ep_shd", "total"),
            row("Basic earnings per share", q("eps_b"), "ep_b", dollar=True, places=2),
            row("Diluted earnings per share", q("eps_d"), "ep_d", dollar=True, places=2)]
    d.table("Earnings per share", W4, H4, rows, scale="(in thousands, except per share amounts)")
    d.heading("Note 5. Income Taxes", 2)
    s_etr = (f"Our effective income tax rate was {P1(t['tax_rate']['q25'] * 100)} for the three and nine months "
             f"ended September 30, 2025, compared with {P1(t['tax_rate']['q24'] * 100)} for the same periods of "
             "2024")
    d.para(s_etr + ". The rates differ from the federal statutory rate of 21% primarily because of state income "
           "taxes and non-deductible per diem allowances paid to drivers.", keys={"p_etr": s_etr})
    d.heading("Note 6. Segment Information", 2)
    d.para("We have two reportable segments. Truckload provides one-way and dedicated truckload services with "
           "company tractors and independent contractors. Logistics provides brokerage and intermodal services "
           "using third-party carriers. Our chief operating decision maker evaluates segments on operating "
           "revenue and operating income. Intersegment revenue is eliminated in consolidation.")
    rows = [sec("Operating revenue"),
            row("Truckload", q("ts_rev"), "sg_ts_rev", indent=1, dollar=True),
            row("Logistics", q("lg_rev"), "sg_lg_rev", indent=1),
            row("Intersegment eliminations", qn("elim"), "sg_elim", indent=1),
            row("Total operating revenue", q("rev"), "sg_rev", "total", dollar=True),
            sec("Operating income"),
            row("Truckload", q("ts_oi"), "sg_ts_oi", indent=1, dollar=True),
            row("Logistics", q("lg_oi"), "sg_lg_oi", indent=1),
            row("Total operating income", q("oi"), "sg_oi", "total", dollar=True),
            sec("Purchased transportation"),
            row("Logistics", q("lg_xpt"), "sg_lg_pt", indent=1),
            row("Truckload (independent contractors and rent)", [t["x_pt"][p] - t["lg_xpt"][p] for p in P],
                "sg_ts_pt", indent=1),
            row("Total rent and purchased transportation", q("x_pt"), "sg_pt", "total")]
    d.table("Segment results", W4, H4, rows, scale="(in thousands)")
    d.heading("Note 7. Commitments and Contingencies", 2)
    s_cmt = (f"At September 30, 2025, we had commitments to purchase revenue equipment of approximately "
             f"${float(rnd(F(t['capex_commit'], 1000), 1)):.1f} million")
    d.para(s_cmt + " through 2026, net of committed trade-in values. We are party to routine litigation incidental "
           "to our business, primarily personal injury and property damage claims arising from accidents; we "
           "maintain insurance above our self-insured retention levels.", keys={"p_cmt": s_cmt})
    d.heading("Note 8. Share Repurchases", 2)
    d.para("In February 2025 our Board of Directors authorized the repurchase of up to $250 million of common "
           "stock. Shares repurchased are held in treasury. See Part II, Item 2 for repurchases during the third "
           "quarter.")

    d.new_page()
    mark("i2")
    d.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.heading("Overview", 2)
    d.para("The truckload market remained soft during the third quarter of 2025. Freight volumes were below the "
           "prior year, spot rates stayed near cyclical lows and contract rates rose only modestly, while equipment, "
           "driver pay and insurance costs continued to increase. We kept reducing our tractor count in the "
           "one-way network, shifted capacity toward dedicated fleets and continued to grow our asset-light "
           "Logistics segment.")
    s_tr = (f"Our average tractor count decreased to {t['tractors']['q25']:,} in the third quarter of 2025 from "
            f"{t['tractors']['q24']:,} in the third quarter of 2024.")
    d.para(s_tr + " The average age of our company tractor fleet was 2.3 years at September 30, 2025.",
           keys={"p_tr": s_tr})
    d.heading("Truckload operating statistics", 2)
    d.para("Revenue per tractor per week is Truckload revenue, before fuel surcharge, divided by average tractors "
           "and by the number of weeks in the period (days divided by seven). Average revenue per loaded mile "
           "excludes fuel surcharge. Empty mile percentage is empty miles divided by total miles.")
    rows = [row("Average tractors", q("tractors"), "st_tr"),
            row("Total miles (in thousands)", q("total_mi"), "st_miles"),
            row("Loaded miles (in thousands)", q("loaded"), "st_loaded"),
            txt("Empty mile percentage", [P1(x) for x in q("empty")], "st_empty"),
            row("Loads", q("loads"), "st_loads"),
            row("Average length of haul (miles)", q("loh"), "st_loh"),
            row("Average revenue per loaded mile", q("rplm"), "st_rplm", dollar=True, places=3),
            row("Average revenue per tractor per week", q("rptw"), "st_rptw", dollar=True),
            txt("Truckload operating ratio", [P1(x) for x in q("ts_or")], "st_or"),
            txt("Truckload adjusted operating ratio", [P1(x) for x in q("ts_adj_or")], "st_aor")]
    d.table("Truckload segment", W4, H4, rows)
    d.heading("Results of operations", 2)
    dr = t["rev"]["q25"] - t["rev"]["q24"]
    d.para(f"Total operating revenue {'decreased' if dr < 0 else 'increased'} ${abs(dr):,} thousand, or "
           f"{pct(F(abs(dr), t['rev']['q24']))}, in the third quarter of 2025 compared with the third quarter of "
           "2024. Truckload revenue, before fuel surcharge, declined because of the smaller fleet, partly offset by "
           "higher revenue per tractor per week; fuel surcharge revenue fell with lower diesel prices. Logistics "
           "revenue increased on higher brokerage load counts.")
    d.para("Salaries, wages and benefits declined with the smaller fleet but rose as a percentage of revenue "
           "because of driver pay increases effective in the first quarter. Insurance and claims expense increased "
           "on higher premiums and adverse development of prior-year claims. Rent and purchased transportation "
           "increased with Logistics volumes. In the first quarter of 2025 we recorded an impairment of "
           "older dry van trailers that were reclassified to assets held for sale.")
    d.heading("Non-GAAP financial measures", 2)
    d.para("We present adjusted operating ratio and Adjusted EBITDA, which are not measures defined by GAAP. "
           "Adjusted operating ratio is operating expenses, net of fuel surcharge revenue and excluding "
           "amortization of acquired intangibles and impairments, divided by operating revenue net of fuel "
           "surcharge revenue. We net fuel surcharge against fuel expense because fuel prices fluctuate widely, "
           "and we believe the adjusted measure better reflects our operating efficiency.")
    rows = [row("Total operating revenue", q("rev"), "ar_rev", dollar=True),
            row("Less: fuel surcharge", qn("fsc"), "ar_fsc", indent=1),
            row("Operating revenue, net of fuel surcharge", q("adj_rev"), "ar_nrev", "total"),
            row("Total operating expenses", q("exp"), "ar_exp"),
            row("Less: fuel surcharge", qn("fsc"), "ar_fsc2", indent=1),
            row("Less: amortization of intangibles", qn("amort"), "ar_amort", indent=1),
            row("Less: impairment of revenue equipment", qn("impair"), "ar_imp", indent=1),
            row("Adjusted operating expenses", q("adj_exp"), "ar_aexp", "total"),
            row("Adjusted operating income", q("adj_oi"), "ar_aoi", "total", dollar=True),
            txt("Operating ratio (GAAP)", [P1(x) for x in q("or")], "ar_or"),
            txt("Adjusted operating ratio", [P1(x) for x in q("adj_or")], "ar_aor")]
    d.table("Reconciliation of operating ratio to adjusted operating ratio", W4, H4, rows,
            scale="(dollars in thousands)")
    rows = [row("Net income", q("ni"), "ae_ni", dollar=True),
            row("Interest expense, net", q("int_net"), "ae_int"),
            row("Income tax expense", q("tax"), "ae_tax"),
            row("Depreciation and amortization", q("da"), "ae_da"),
            row("Impairment of revenue equipment", q("impair"), "ae_imp"),
            row("Adjusted EBITDA", q("adj_ebitda"), "ae_adj", "total", dollar=True)]
    d.table("Reconciliation of net income to Adjusted EBITDA (in thousands)", W4, H4, rows)
    mark("liq")
    d.heading("Liquidity and capital resources", 2)
    s_rev = (f"At September 30, 2025, we had ${float(rnd(F(t['debt']['sep']['rev'], 1000), 1)):.1f} million of "
             f"borrowings and ${float(rnd(F(t['rev_loc'], 1000), 1)):.1f} million of standby letters of credit "
             f"outstanding under our ${t['rev_cap'] // 1000} million revolving line of credit")
    d.para("Our primary sources of liquidity are cash from operations, our revolving line of credit and proceeds "
           "from the sale of used equipment. " + s_rev + ". The letters of credit secure our self-insured claims "
           "obligations. We believe these sources will be sufficient to fund operations, capital expenditures, "
           "dividends and share repurchases for at least the next twelve months.", keys={"p_rev": s_rev})
    s_cap = ("We now expect net capital expenditures (purchases of property and equipment less proceeds from "
             "sales) of $150 million to $165 million for the full year 2025.")
    d.para("Net cash provided by operating activities decreased in the first nine months of 2025, mainly because "
           "of lower net income. Purchases of property and equipment declined as we reduced the size of the "
           "one-way fleet. " + s_cap, keys={"p_cap": s_cap})
    s_dv = (f"We paid a quarterly cash dividend of ${float(t['dps']):.2f} per share in each of the first three "
            "quarters of 2025")
    d.para(s_dv + ", and on October 21, 2025 our Board declared a dividend of $0.18 per share payable on November "
           "14, 2025.", keys={"p_div": s_dv})
    mark("i3")
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1)
    var = t["debt"]["sep"]["rev"] + t["debt"]["sep"]["tl"]
    d.para(f"We are exposed to changes in diesel fuel prices and interest rates. At September 30, 2025, variable-rate "
           f"borrowings totaled ${var:,} thousand; a one percentage point increase in SOFR would increase annual "
           f"interest expense by approximately ${float(rnd(F(var, 100000), 1)):.1f} million. Fuel surcharge "
           "programs recover a majority, but not all, of increases in fuel prices; we had no fuel derivative "
           "contracts outstanding.")
    mark("i4")
    d.heading("Item 4. Controls and Procedures", 1)
    d.para("Our principal executive officer and principal financial officer concluded that our disclosure controls "
           "and procedures were effective as of September 30, 2025. No change in internal control over financial "
           "reporting during the third quarter materially affected, or is reasonably likely to materially affect, "
           "our internal control over financial reporting.")
    d.new_page()
    mark("p2")
    d.heading("PART II \u2014 OTHER INFORMATION", 0)
    d.heading("Item 1. Legal Proceedings", 2)
    d.para("Information about legal proceedings is included in Note 7 and is incorporated here by reference.")
    d.heading("Item 1A. Risk Factors", 2)
    d.para("Except as set out below, there have been no material changes to the risk factors disclosed in our 2024 "
           "Annual Report on Form 10-K. Prolonged weakness in freight demand and excess truckload capacity could "
           "continue to depress rates and utilization. Increases in the frequency or severity of accident claims, "
           "or in the size of jury verdicts, could raise our insurance and claims expense beyond our accruals. New "
           "tariffs and changes in trade policy could reduce cross-border and import-related freight volumes.")
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2)
    d.para("The following table summarizes our repurchases of common stock during the quarter ended September 30, "
           "2025 under the $250 million program authorized in February 2025.")
    rows = []
    for i, (per, n, cents) in enumerate(t["rep_q3"]):
        rows.append(txt(per, [f"{n:,}", f"${cents / 100:,.2f}", f"{n:,}",
                              f"${float(rnd(t['rep_rem'][i] / 1000000, 1)):,.1f}"], f"rep{i}"))
    rows.append(txt("Total", [f"{t['rep_q3_total']:,}", "", f"{t['rep_q3_total']:,}", ""], "rep_tot", "total"))
    d.table("Issuer Purchases of Equity Securities", [22, 20, 30, 36],
            [[("Total shares", 1), ("Average price", 1), ("Shares purchased", 1), ("Maximum dollar value", 1)],
             [("purchased", 1), ("paid per share", 1), ("under the program", 1), ("remaining ($ millions)", 1)]],
            rows)
    d.heading("Item 5. Other Information", 2)
    d.para("During the quarter ended September 30, 2025, none of our directors or officers adopted or terminated a "
           "Rule 10b5-1 trading arrangement or non-Rule 10b5-1 trading arrangement.")
    d.heading("Item 6. Exhibits", 2)
    d.para("10.1 First Amendment to Amended and Restated Credit Agreement; 31.1 and 31.2 Rule 13a-14(a) "
           "Certifications; 32.1 Section 1350 Certification; 101 Inline XBRL documents; 104 Cover page data file.")
    d.para("SIGNATURES \u2014 Calderpine Transport, Inc. By: /s/ Lowell B. Farrant, Chief Financial Officer "
           "(Principal Financial and Accounting Officer). Date: November 4, 2025.")
    return d, labs
