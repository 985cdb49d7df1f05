"""Lays out the Stonebrake Industrial Realty, Inc. Form 10-Q for the second quarter of 2025 (DejaVu Sans Condensed,
scale notes as caption lines above the tables, amounts in thousands).  Only formats model values."""

from fractions import Fraction as F

from kit import Doc, num, pct, rnd

P = ("q25", "q24", "h25", "h24")
W4 = [21, 21, 21, 21]
H4 = [[("Three Months Ended", 2), ("Six Months Ended", 2)], [("June 30,", 2), ("June 30,", 2)],
      [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
SCALE = "(dollars in thousands, except per share amounts)"
SK = "(dollars in thousands)"
COMPANY = "Stonebrake Industrial Realty, Inc."
TOC = [("PART I. FINANCIAL INFORMATION", None), ("Item 1. Financial Statements", "fs"),
       ("Condensed Consolidated Statements of Operations", "ops"), ("Condensed Consolidated Balance Sheets", "bs"),
       ("Condensed Consolidated Statements of Cash Flows", "cf"),
       ("Condensed Consolidated Statements of Stockholders' Equity", "eq"),
       ("Notes to Condensed Consolidated Financial Statements", "notes"),
       ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "mda"),
       ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "i3"),
       ("Item 4. Controls and Procedures", "i4"), ("PART II. OTHER INFORMATION", None),
       ("Items 1 through 6", "p2")]


def N(v):
    return num(v)


def D(v):
    return num(v, dollar=True)


def row(label, vals, key=None, kind="plain", indent=0, dollar=False, double=False, fmt=None):
    f = fmt or (D if dollar else N)
    return {"label": label, "vals": [f(v) for v in vals], "key": key, "kind": kind, "indent": indent,
            "double": double}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def p4(d):
    return [d[p] for p in P]


def mil(v):
    """Thousands of dollars as '$765.7 million'."""
    return f"${float(rnd(F(v, 1000), 1)):,.1f} million"


def ps(v, places=2, dollar=True):
    return num(v, places, dollar=dollar)


def chg(a, b):
    return pct(F(100 * (a - b), b), 1)


def build(r, toc=None):
    d = Doc("dvsc", COMPANY, "Stonebrake Industrial Realty, Inc. Quarterly Report on Form 10-Q for the Quarter "
            "Ended June 30, 2025", "STONEBRAKE INDUSTRIAL REALTY, INC.  |  Form 10-Q  |  June 30, 2025")
    b, b0, cf = r["b"]["jun"], r["b"]["dec"], r["cf"]

    def mark(x):
        d.mark(x)

    # ---------------------------------------------------------------- cover
    d.new_page("none")
    d.set_font(d.fam, "B", 11)
    d.multi_cell(0, 5.4, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    d.ln(3)
    d.set_font(d.fam, "B", 22)
    d.set_text_color(*d.st["accent"])
    d.multi_cell(0, 10, "FORM 10-Q", align="C")
    d.set_text_color(0, 0, 0)
    d.set_font(d.fam, "", 8.8)
    d.multi_cell(0, 4.6, "[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF "
                 "1934\nFor the quarterly period ended June 30, 2025\nor\n[  ] TRANSITION REPORT PURSUANT TO "
                 "SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission File Number 001-40517",
                 align="C")
    d.ln(4)
    d.set_font(d.fam, "B", 17)
    d.multi_cell(0, 8, "STONEBRAKE INDUSTRIAL REALTY, INC.", align="C")
    d.set_font(d.fam, "", 8.8)
    d.multi_cell(0, 4.6, "(Exact name of registrant as specified in its charter)\nMaryland  |  84-3317265 (I.R.S. "
                 "Employer Identification No.)\n1550 Wynkoop Street, Suite 900, Denver, Colorado 80202  |  (720) "
                 "555-0192\nCommon Stock, $0.01 par value per share  |  SBIR  |  New York Stock Exchange",
                 align="C")
    d.ln(3)
    d.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section "
           "13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been "
           "subject to such filing requirements for the past 90 days. Yes [X] No [ ]. Large accelerated filer [X]. "
           "Shell company: Yes [ ] No [X].")
    d.para("As of July 28, 2025, there were 154,301,866 shares of the registrant's common stock outstanding.")
    d.ln(3)
    d.set_font(d.fam, "B", 10)
    d.set_text_color(*d.st["accent"])
    d.cell(0, 6, "INDEX", align="C")
    d.set_text_color(0, 0, 0)
    d.ln(7)
    for name, key in TOC:
        d.set_font(d.fam, "B" if key is None else "", 8.6)
        ind = 0 if key is None or key in ("fs", "mda", "i3", "i4", "p2") else 6
        d.set_x(d.l_margin + ind)
        d.cell(d.ew - 20 - ind, 5.2, name)
        d.cell(20, 5.2, (toc or {}).get(key, "") if key else "Page", align="R")
        d.ln(5.2)
    d.ln(3)
    d.para("Unless the context requires otherwise, \"Stonebrake,\" the \"Company,\" \"we,\" \"us\" and \"our\" "
           "refer to Stonebrake Industrial Realty, Inc., a Maryland corporation that has elected to be taxed as a "
           "real estate investment trust (REIT), and its consolidated subsidiaries. This report contains "
           "forward-looking statements about leasing, acquisitions, dispositions, financing and dividends that "
           "are subject to the risks described in our Annual Report on Form 10-K for 2024.", size=8)

    # ---------------------------------------------------------------- statements
    d.new_page("none")
    d.heading("Glossary of Terms Used in This Report", 1)
    for t, x in (("ABR", "annualized base rent: monthly contractual cash base rent under leases in place at the end "
                  "of the period, multiplied by 12."),
                 ("ATM program", "our at-the-market equity offering program for the sale of common stock."),
                 ("Core FFO", "FFO adjusted for items we believe are not indicative of ongoing operating "
                  "performance, as described in Item 2."),
                 ("FFO", "funds from operations, as defined by the National Association of Real Estate "
                  "Investment Trusts (Nareit)."),
                 ("NOI", "net operating income: rental revenue and tenant reimbursements less property operating "
                  "expenses and real estate taxes."),
                 ("Same-property portfolio", "buildings owned and in service for the entirety of both periods "
                  "being compared, excluding buildings held for sale."),
                 ("Cash rent change", "the change in starting cash base rent on new and renewal leases compared "
                  "with the ending cash base rent of the prior lease for the same space.")):
        d.para(f"{t} \u2014 {x}", align="L")
    d.new_page("arabic")
    mark("fs")
    d.heading("PART I. FINANCIAL INFORMATION", 0)
    d.heading("Item 1. Financial Statements (Unaudited)", 1)
    mark("ops")
    d.heading("Condensed Consolidated Statements of Operations (Unaudited)", 1)
    rows = [sec("Revenues"),
            row("Rental revenue", p4(r["rent"]), "op_rent", indent=1, dollar=True),
            row("Tenant reimbursements", p4(r["reimb"]), "op_reimb", indent=1),
            row("Total revenues", p4(r["rev"]), "op_rev", "total"),
            sec("Expenses"),
            row("Property operating expenses", p4(r["opex"]), "op_opex", indent=1),
            row("Real estate taxes", p4(r["retax"]), "op_retax", indent=1),
            row("Depreciation and amortization", p4(r["da"]), "op_da", indent=1),
            row("General and administrative", p4(r["ga"]), "op_ga", indent=1),
            row("Total expenses", p4(r["exp"]), "op_exp", "total"),
            sec("Other income (expense)"),
            row("Interest expense", [-r["intx"][p] for p in P], "op_intx", indent=1),
            row("Gain on sale of real estate", p4(r["gain"]), "op_gain", indent=1),
            row("Net income", p4(r["ni"]), "op_ni", "total", dollar=True, double=True),
            sec("Earnings per common share"),
            row("Basic", p4(r["eps_b"]), "op_epsb", indent=1, fmt=ps),
            row("Diluted", p4(r["eps_d"]), "op_epsd", indent=1, fmt=ps),
            sec("Weighted-average common shares outstanding (in thousands)"),
            row("Basic", p4(r["sh_b"]), "op_shb", indent=1),
            row("Diluted", p4(r["sh_d"]), "op_shd", indent=1),
            row("Dividends declared per common share",
                [r["dps"]["q2_25"], r["dps"]["q2_24"], r["dps_h"]["h25"], r["dps_h"]["h24"]], "op_dps",
                fmt=lambda v: ps(v, 3))]
    d.table("", W4, H4, rows, scale=SCALE)
    d.para("See accompanying notes to the condensed consolidated financial statements.", size=7.4, style="I")

    mark("bs")
    d.heading("Condensed Consolidated Balance Sheets", 1, need=120)

    def bb(x):
        return [b[x], b0[x]]
    rows = [sec("ASSETS"),
            sec("Real estate"),
            row("Land", bb("land"), "bs_land", indent=1, dollar=True),
            row("Buildings and improvements", bb("bldg"), "bs_bldg", indent=1),
            row("Construction in progress", bb("cip"), "bs_cip", indent=1),
            row("Total real estate, at cost", bb("re_cost"), "bs_recost", "total"),
            row("Less: accumulated depreciation", [-b["accdep"], -b0["accdep"]], "bs_accdep", indent=1),
            row("Net investment in real estate", bb("re_net"), "bs_renet", "total"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash"),
            row("Tenant receivables, net", bb("recv"), "bs_recv"),
            row("Deferred rent receivable", bb("slr"), "bs_slr"),
            row("Other assets, net", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True, double=True),
            sec("LIABILITIES AND EQUITY"),
            row("Unsecured line of credit", bb("loc"), "bs_loc", indent=1, dollar=True),
            row("Unsecured term loans, net", bb("tl_net"), "bs_tl", indent=1),
            row("Senior unsecured notes, net", bb("notes_net"), "bs_notes", indent=1),
            row("Accounts payable, accrued expenses and other liabilities", bb("ap"), "bs_ap", indent=1),
            row("Tenant security deposits", bb("dep"), "bs_dep", indent=1),
            row("Dividends payable", bb("divp"), "bs_divp", indent=1),
            row("Total liabilities", bb("tl"), "bs_tl_tot", "total"),
            sec("Stockholders' equity"),
            row("Common stock, $0.01 par value", bb("cs"), "bs_cs", indent=1),
            row("Additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Cumulative distributions in excess of net income", bb("dex"), "bs_dex", indent=1),
            row("Total stockholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and stockholders' equity", bb("tle"), "bs_tle", "total", dollar=True,
                double=True)]
    d.table("", [26, 26], [[("June 30,", 1), ("December 31,", 1)], [("2025", 1), ("2024", 1)],
                           [("(unaudited)", 1), ("", 1)]], rows, scale=SK)
    d.para(f"Common stock: 500,000,000 shares authorized; {r['sh_jun25'] * 1000:,} and {r['sh_dec24'] * 1000:,} "
           "shares issued and outstanding at June 30, 2025 and December 31, 2024, respectively.", size=7.4,
           style="I")

    mark("cf")
    d.heading("Condensed Consolidated Statements of Cash Flows (Unaudited)", 1, need=120)

    def c2(x):
        return [cf["h25"][x], cf["h24"][x]]
    rows = [sec("Operating activities"),
            row("Net income", c2("ni"), "cq_ni", indent=1, dollar=True),
            sec("Adjustments to reconcile net income to net cash provided by operating activities:"),
            row("Depreciation and amortization", c2("da"), "cq_da", indent=2),
            row("Gain on sale of real estate", c2("gain"), "cq_gain", indent=2),
            row("Straight-line rent adjustments", c2("slr"), "cq_slr", indent=2),
            row("Amortization of debt issuance costs", c2("dca"), "cq_dca", indent=2),
            row("Stock-based compensation", c2("sbc"), "cq_sbc", indent=2),
            sec("Changes in operating assets and liabilities:"),
            row("Tenant receivables", c2("recv"), "cq_recv", indent=2),
            row("Other assets", c2("oth"), "cq_oth", indent=2),
            row("Accounts payable, accrued expenses and other liabilities", c2("ap"), "cq_ap", indent=2),
            row("Tenant security deposits", c2("dep"), "cq_dep", indent=2),
            row("Net cash provided by operating activities", c2("ocf"), "cq_ocf", "total"),
            sec("Investing activities"),
            row("Acquisitions of real estate", c2("acq"), "cq_acq", indent=1),
            row("Development and capital improvements", c2("dev"), "cq_dev", indent=1),
            row("Net proceeds from sales of real estate", c2("proc"), "cq_proc", indent=1),
            row("Net cash used in investing activities", c2("icf"), "cq_icf", "total"),
            sec("Financing activities"),
            row("Borrowings under unsecured line of credit", c2("locin"), "cq_locin", indent=1),
            row("Repayments of unsecured line of credit", c2("locout"), "cq_locout", indent=1),
            row("Proceeds from senior unsecured notes, net of issuance costs", c2("notes"), "cq_notes", indent=1),
            row("Proceeds from issuance of common stock, net", c2("atm"), "cq_atm", indent=1),
            row("Dividends paid", c2("div"), "cq_div", indent=1),
            row("Shares withheld for employee taxes", c2("wh"), "cq_wh", indent=1),
            row("Net cash provided by financing activities", c2("fcf"), "cq_fcf", "total"),
            row("Net increase in cash and cash equivalents", c2("net"), "cq_net", "total"),
            row("Cash and cash equivalents, beginning of period", c2("beg"), "cq_beg"),
            row("Cash and cash equivalents, end of period", c2("end"), "cq_end", "total", dollar=True, double=True)]
    d.table("", [26, 26], [[("Six Months Ended June 30,", 2)], [("2025", 1), ("2024", 1)]], rows, scale=SK)
    d.para(f"Supplemental disclosure: cash paid for interest was {D(r['intx']['h25'] - 1246 - 3105)} thousand and "
           f"{D(r['intx']['h24'] - 1104 + 2210)} thousand in the six months ended June 30, 2025 and 2024. Dividends "
           f"declared but not paid were {D(b['divp'])} thousand at June 30, 2025.", size=7.4, style="I")

    mark("eq")
    d.heading("Condensed Consolidated Statements of Stockholders' Equity (Unaudited)", 1, need=110)
    mar, a = r["eq_mar"], r["atm"]

    def erow(label, sh, cs, apic, dex, key=None, kind="plain"):
        vals = [N(sh), N(cs), N(apic), N(dex), N(cs + apic + dex)]
        if not label.startswith("Balance"):
            vals = [v if v != N(0) else "" for v in vals]
        return txt(label, vals, key, kind)
    v_cs = rnd(F(r["rs_vest"]["q1"], 100))
    rows = [sec("Three months ended June 30, 2025"),
            erow("Balance at March 31, 2025", mar["sh"], mar["cs"], mar["apic"], mar["dex"], "se_mar", "bold"),
            erow("Net income", 0, 0, 0, r["ni"]["q25"], "se_ni_q"),
            erow("Issuance of common stock under ATM program, net", a["q2"][0], b["cs"] - mar["cs"],
                 r["atm_net"]["q2"] - (b["cs"] - mar["cs"]), 0, "se_atm_q"),
            erow("Stock-based compensation", 0, 0, r["sbc_q2"], 0, "se_sbc_q"),
            erow(f"Dividends declared (${float(r['dps']['q2_25']):.3f} per share)", 0, 0, 0,
                 -r["div_decl"]["q2_25"], "se_div_q"),
            erow("Balance at June 30, 2025", r["sh_jun25"], b["cs"], b["apic"], b["dex"], "se_jun_q", "total"),
            sec("Six months ended June 30, 2025"),
            erow("Balance at December 31, 2024", r["sh_dec24"], b0["cs"], b0["apic"], b0["dex"], "se_dec", "bold"),
            erow("Net income", 0, 0, 0, r["ni"]["h25"], "se_ni_h"),
            erow("Issuance of common stock under ATM program, net", r["atm_sh_h"], b["cs"] - b0["cs"] - v_cs,
                 r["atm_net_h"] - (b["cs"] - b0["cs"] - v_cs), 0, "se_atm_h"),
            erow("Restricted stock vesting, net of shares withheld for taxes", r["rs_vest"]["q1"], v_cs,
                 -v_cs + cf["h25"]["wh"], 0, "se_rs_h"),
            erow("Stock-based compensation", 0, 0, cf["h25"]["sbc"], 0, "se_sbc_h"),
            erow(f"Dividends declared (${float(r['dps_h']['h25']):.3f} per share)", 0, 0, 0, -r["div_decl_h"],
                 "se_div_h"),
            erow("Balance at June 30, 2025", r["sh_jun25"], b["cs"], b["apic"], b["dex"], "se_jun_h", "total")]
    d.table("", [18, 17, 24, 24, 24],
            [[("Shares", 1), ("Common", 1), ("Additional", 1), ("Cumulative", 1), ("Total", 1)],
             [("(thousands)", 1), ("stock", 1), ("paid-in", 1), ("distributions in", 1), ("stockholders'", 1)],
             [("", 1), ("", 1), ("capital", 1), ("excess of NI", 1), ("equity", 1)]], rows, scale=SK)

    # ---------------------------------------------------------------- notes
    mark("notes")
    d.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 1, need=60)
    d.heading("1. Organization and Basis of Presentation", 2, need=20)
    d.para("Stonebrake Industrial Realty, Inc. acquires, owns, leases and develops bulk distribution, light "
           "industrial and logistics buildings in major U.S. distribution markets. The accompanying unaudited "
           "condensed consolidated financial statements have been prepared in accordance with U.S. GAAP for "
           "interim financial information and should be read with the audited financial statements in our Annual "
           "Report on Form 10-K for 2024. In management's opinion, all adjustments of a normal recurring nature "
           "necessary for a fair presentation have been included. Results for interim periods are not necessarily "
           "indicative of results for the full year. We operate in one reportable segment, industrial real estate.")
    d.heading("2. Real Estate", 2, need=70)
    d.para("Acquisitions. We acquired the following properties during the six months ended June 30, 2025, each "
           "accounted for as an asset acquisition:")
    rows = [txt(a[0], [a[1], a[2], str(a[3]), f"{a[4]:,}", N(a[5]) if i else D(a[5])], f"aq_{i}")
            for i, a in enumerate(r["acqs"])]
    rows.append(txt("Total", ["", "", str(r["acq_bldgs"]), f"{r['acq_sqft']:,}", D(r["acq_price"])], "aq_tot",
                    "total"))
    d.table("Acquisitions", [27, 25, 13, 18, 20],
            [[("", 1), ("Date", 1), ("", 1), ("Square", 1), ("Purchase", 1)],
             [("Market", 1), ("acquired", 1), ("Bldgs.", 1), ("feet", 1), ("price", 1)]], rows, scale=SK,
            label_head="Property")
    s_alloc = (f"Of the total purchase price, including capitalized transaction costs, {D(r['acq_land'])} thousand "
               f"was allocated to land and {D(r['acq_bldg'])} thousand to buildings and improvements.")
    d.para(s_alloc + " In-place lease intangibles acquired were not material.", keys={"p_alloc": s_alloc})
    d.para("Dispositions. We sold the following properties during the six months ended June 30, 2025. During the "
           "six months ended June 30, 2024, we sold one building in Columbus, Ohio for net proceeds of "
           f"{D(r['cf']['h24']['proc'])} thousand and recognized a gain of {D(r['gain']['h24'])} thousand in the "
           "first quarter.")
    rows = [txt(x[0], [x[1], x[2], str(x[3]), f"{x[4]:,}", N(x[5]) if i else D(x[5]), N(x[6]) if i else D(x[6])],
                f"ds_{i}") for i, x in enumerate(r["disps"])]
    rows.append(txt("Total", ["", "", str(r["disp_bldgs"]), f"{r['disp_sqft']:,}", D(r["disp_proc"]),
                              D(r["gain"]["h25"])], "ds_tot", "total"))
    d.table("Dispositions", [21, 24, 11, 17, 18, 17],
            [[("", 1), ("Date", 1), ("", 1), ("Square", 1), ("Net sales", 1), ("", 1)],
             [("Market", 1), ("sold", 1), ("Bldgs.", 1), ("feet", 1), ("proceeds", 1), ("Gain", 1)]], rows,
            scale=SK, label_head="Property")
    d.para(f"Development. Development and capital improvement spending of {D(-cf['h25']['dev'])} thousand in the "
           "six months ended June 30, 2025 related mainly to two speculative buildings under construction in the "
           f"Lehigh Valley and Phoenix; {D(r['cip_transfer'])} thousand of completed tenant and building "
           "improvements was transferred from construction in progress to buildings and improvements.")
    d.heading("3. Debt", 2, need=80)
    rows = [txt("Unsecured line of credit", ["SOFR + 0.775%", "Jan. 2029", D(b["loc"]), D(b0["loc"])], "db_loc"),
            txt("Term Loan A", ["3.62%", "Mar. 2027", N(r["tl"]["A"]), N(r["tl"]["A"])], "db_tla"),
            txt("Term Loan B", ["4.05%", "Sep. 2029", N(r["tl"]["B"]), N(r["tl"]["B"])], "db_tlb"),
            txt("Unamortized debt issuance costs", ["", "", N(-r["cost25"]["tl"]), N(-r["cost24"]["tl"])],
                "db_tlc", indent=1),
            txt("Unsecured term loans, net", ["", "", N(b["tl_net"]), N(b0["tl_net"])], "db_tlnet", "total"),
            txt("3.40% Senior Notes due 2028", ["3.40%", "Jul. 2028", N(r["notes24"]["n28"]),
                                                N(r["notes24"]["n28"])], "db_n28"),
            txt("4.15% Senior Notes due 2031", ["4.15%", "Apr. 2031", N(r["notes24"]["n31"]),
                                                N(r["notes24"]["n31"])], "db_n31"),
            txt("5.20% Senior Notes due 2035", ["5.20%", "Feb. 2035", N(r["new_note"]), N(0)], "db_n35"),
            txt("Unamortized debt issuance costs", ["", "", N(-r["cost25"]["notes"]), N(-r["cost24"]["notes"])],
                "db_nc", indent=1),
            txt("Senior unsecured notes, net", ["", "", N(b["notes_net"]), N(b0["notes_net"])], "db_nnet", "total"),
            txt("Total debt, net", ["", "", D(b["debt"]), D(b0["debt"])], "db_tot", "total")]
    d.table("Summary of indebtedness", [24, 20, 22, 22],
            [[("Interest rate at", 1), ("", 1), ("June 30,", 1), ("December 31,", 1)],
             [("June 30, 2025", 1), ("Maturity", 1), ("2025", 1), ("2024", 1)]], rows, scale=SK)
    s_loc = (f"At June 30, 2025, we had {mil(b['loc'])} outstanding under our {mil(r['loc_cap'])} unsecured line of "
             f"credit and {mil(r['loc_lc'])} of outstanding letters of credit, leaving {mil(r['loc_avail'])} "
             "available for borrowing.")
    d.para("The interest rates on the term loans are fixed through interest rate swaps through their maturities; "
           "the line of credit bears interest at a variable rate. In February 2025 we issued $300.0 million of "
           "5.20% senior notes due 2035 at par in a registered offering and used the net proceeds to repay "
           "borrowings under the line of credit and fund acquisitions. " + s_loc + " The line of credit may be "
           "extended for two six-month periods and has an accordion feature that would allow us to increase "
           "commitments by up to $500.0 million. We were in compliance with all financial covenants at June 30, "
           "2025. The estimated fair value of the senior unsecured notes was $1.01 billion at June 30, 2025.",
           keys={"p_loc": s_loc})
    d.heading("4. Stockholders' Equity", 2, need=70)
    a = r["atm"]
    s_atm = (f"At June 30, 2025, {mil(r['atm_rem'])} of gross sales capacity remained under the ATM program.")
    d.para(f"ATM program. In February 2024 we established an ATM program under which we may sell up to "
           f"{mil(r['atm_cap'])} of common stock. Sales under the program during 2025 were as follows:")
    rows = [txt("Three months ended March 31, 2025", [N(a["q1"][0]), ps(a["q1"][1]), D(r["atm_gross"]["q1"]),
                                                       D(a["q1"][2]), D(r["atm_net"]["q1"])], "at_q1"),
            txt("Three months ended June 30, 2025", [N(a["q2"][0]), ps(a["q2"][1]), N(r["atm_gross"]["q2"]),
                                                      N(a["q2"][2]), N(r["atm_net"]["q2"])], "at_q2"),
            txt("Six months ended June 30, 2025", [N(r["atm_sh_h"]), ps(r["atm_avg_h"]), D(r["atm_gross_h"]),
                                                    D(a["q1"][2] + a["q2"][2]), D(r["atm_net_h"])], "at_h",
                "total")]
    d.table("ATM program activity", [18, 23, 21, 21, 21],
            [[("Shares sold", 1), ("Weighted avg.", 1), ("Gross", 1), ("Commissions", 1), ("Net", 1)],
             [("(thousands)", 1), ("price/share", 1), ("proceeds", 1), ("and costs", 1), ("proceeds", 1)]], rows,
            scale="(dollars in thousands, except price per share)")
    d.para(s_atm + " Net proceeds from common stock issued under the program in the six months ended June 30, 2024 "
           f"were {D(cf['h24']['atm'])} thousand.", keys={"p_atm": s_atm})
    d.para("Dividends. Our Board of Directors declared the following quarterly cash dividends on common stock:")
    rows = [txt("First quarter 2025", ["Feb. 11, 2025", "Mar. 31, 2025", "Apr. 15, 2025",
                                       ps(r["dps"]["q1_25"], 3), D(r["div_decl"]["q1_25"])], "dv_q1"),
            txt("Second quarter 2025", ["May 6, 2025", "Jun. 30, 2025", "Jul. 15, 2025",
                                        ps(r["dps"]["q2_25"], 3), N(r["div_decl"]["q2_25"])], "dv_q2")]
    d.table("Dividends declared", [23, 23, 23, 17, 21],
            [[("Declaration", 1), ("Record", 1), ("Payment", 1), ("Per", 1), ("Total", 1)],
             [("date", 1), ("date", 1), ("date", 1), ("share", 1), ("amount", 1)]], rows,
            scale="(dollars in thousands, except per share amounts)", label_head="Quarter")
    d.heading("5. Earnings Per Share", 2, need=60)
    rows = [row("Net income", p4(r["ni"]), "ep_ni", dollar=True),
            row("Weighted-average common shares \u2014 basic", p4(r["sh_b"]), "ep_shb"),
            row("Effect of dilutive restricted stock units", p4(r["sh_de"]), "ep_dil"),
            row("Weighted-average common shares \u2014 diluted", p4(r["sh_d"]), "ep_shd", "total"),
            row("Basic earnings per share", p4(r["eps_b"]), "ep_epsb", fmt=ps),
            row("Diluted earnings per share", p4(r["eps_d"]), "ep_epsd", fmt=ps)]
    d.table("", W4, H4, rows, scale="(in thousands, except per share amounts)")
    d.heading("6. Commitments, Contingencies and Subsequent Events", 2, need=20)
    d.para("We are subject to legal proceedings and claims arising in the ordinary course of business, none of "
           "which we expect to have a material effect on our financial position. At June 30, 2025, we had "
           "remaining commitments of approximately $61.4 million under construction contracts. In July 2025 we "
           "acquired a 318,000 square foot building in the Inland Empire for $71.2 million, funded with borrowings "
           "under the line of credit, and paid the second quarter dividend.")

    # ---------------------------------------------------------------- MD&A
    mark("mda")
    d.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.heading("Overview and portfolio", 2, need=20)
    s_port = (f"As of June 30, 2025, we owned {r['bldgs']} industrial buildings totaling approximately "
              f"{float(rnd(F(r['sqft'], 1000000), 1)):.1f} million rentable square feet in {r['markets_n']} "
              "markets.")
    s_occ = (f"The portfolio was {float(r['occ']['jun25']):.1f}% occupied at June 30, 2025, compared with "
             f"{float(r['occ']['dec24']):.1f}% at December 31, 2024 and {float(r['occ']['jun24']):.1f}% at June 30, "
             "2024.")
    d.para(s_port + " " + s_occ + " Occupancy declined from year-end mainly because two buildings acquired in the "
           "second quarter were partially vacant at acquisition and because of move-outs in Houston. At "
           f"December 31, 2024, we owned {r['bldgs_dec24']} buildings. We employed {r['emp']} people at June 30, "
           "2025.", keys={"p_port": s_port, "p_occ": s_occ})
    rows = [txt(x[0], [str(x[1]), f"{x[2]:,}", f"{float(rnd(F(100 * x[3], x[2]), 1)):.1f}%",
                       D(x[4]) if i == 0 else N(x[4])], f"mk_{i}") for i, x in enumerate(r["markets"])]
    rows.append(txt("Total portfolio", [str(r["bldgs"]), f"{r['sqft']:,}", f"{float(r['occ']['jun25']):.1f}%",
                                        D(r["abr"])], "mk_tot", "total"))
    d.table("Portfolio by market at June 30, 2025", [18, 26, 18, 24],
            [[("", 1), ("Rentable", 1), ("", 1), ("ABR", 1)],
             [("Buildings", 1), ("square feet", 1), ("Occupancy", 1), ("(in thousands)", 1)]], rows,
            scale="(square feet in units; annualized base rent in thousands of dollars)", label_head="Market")
    d.heading("Leasing activity", 2, need=20)
    lq, lh = r["leasing"]["q"], r["leasing"]["h"]
    s_lq = (f"During the three months ended June 30, 2025, we commenced new and renewal leases totaling "
            f"{float(lq[0]):.2f} million square feet, with a cash rent change of {float(lq[1]):.1f}% and a "
            f"straight-line rent change of {float(lq[2]):.1f}%.")
    s_lh = (f"For the six months ended June 30, 2025, leases commenced totaled {float(lh[0]):.2f} million square "
            f"feet, with a cash rent change of {float(lh[1]):.1f}% and a straight-line rent change of "
            f"{float(lh[2]):.1f}%.")
    d.para(s_lq + " " + s_lh + f" Tenant retention, measured by square feet, was {float(r['retention']):.1f}% for "
           "the six months. Market rents in most of our markets remained above in-place rents, although new "
           "supply in Dallas\u2013Fort Worth and Phoenix lengthened the time needed to lease vacant space.",
           keys={"p_lq": s_lq, "p_lh": s_lh})
    d.heading("Results of operations", 2, need=20)
    d.para("Total revenues increased in the three and six months ended June 30, 2025 compared with the same periods "
           "in 2024 because of acquisitions completed in 2024 and 2025, rent increases on new and renewal leases "
           "and higher tenant reimbursements for real estate taxes, partly offset by dispositions. Depreciation "
           "and amortization increased with the larger portfolio. General and administrative expense for the "
           f"three and six months ended June 30, 2025 included executive transition costs of {D(r['trans']['q25'])} "
           "thousand related to the retirement of our former Chief Operating Officer. Interest expense increased "
           "because of the 5.20% senior notes issued in February 2025.")
    s_sp = (f"Our same-property portfolio for 2025 consists of {r['sp_bldgs']} buildings totaling "
            f"{float(r['sp_sqft']):.1f} million square feet, with average occupancy of {float(r['sp_occ'][0]):.1f}% "
            f"for the six months ended June 30, 2025, compared with {float(r['sp_occ'][1]):.1f}% a year earlier.")
    d.para(s_sp, keys={"p_sp": s_sp})
    rows = [row("Same-property revenues", p4(r["sp_rev"]), "sp_rev", dollar=True),
            row("Same-property operating expenses and real estate taxes", p4(r["sp_exp"]), "sp_exp"),
            row("Same-property NOI", p4(r["sp_noi"]), "sp_noi", "total", dollar=True),
            row("Non-same-property NOI", p4(r["nsp_noi"]), "sp_nsp"),
            row("Total NOI", p4(r["noi"]), "sp_tot", "total", dollar=True, double=True)]
    for rw, x in zip(rows, ("sp_rev", "sp_exp", "sp_noi", "nsp_noi", "noi"), strict=True):
        v = r[x]
        rw["vals"] = rw["vals"][:2] + [chg(v["q25"], v["q24"])] + rw["vals"][2:] + [chg(v["h25"], v["h24"])]
    d.table("Same-property NOI", [18, 18, 13, 18, 18, 13],
            [[("Three Months Ended June 30,", 3), ("Six Months Ended June 30,", 3)],
             [("2025", 1), ("2024", 1), ("Change", 1), ("2025", 1), ("2024", 1), ("Change", 1)]], rows, scale=SK)
    rows = [row("Net income", p4(r["ni"]), "nr_ni", dollar=True),
            row("Depreciation and amortization", p4(r["da"]), "nr_da", indent=1),
            row("General and administrative", p4(r["ga"]), "nr_ga", indent=1),
            row("Interest expense", p4(r["intx"]), "nr_int", indent=1),
            row("Gain on sale of real estate", [-r["gain"][p] for p in P], "nr_gain", indent=1),
            row("Total NOI", p4(r["noi"]), "nr_noi", "total", dollar=True, double=True)]
    d.table("Reconciliation of net income to NOI", W4, H4, rows, scale=SK)
    d.heading("Funds from operations", 2, need=90)
    d.para("We compute FFO in accordance with the Nareit definition: net income computed in accordance with GAAP, "
           "excluding gains or losses from sales of depreciable real estate and impairment write-downs of "
           "depreciable real estate, plus real estate-related depreciation and amortization. Core FFO further "
           "excludes executive transition costs and the write-off of abandoned acquisition pursuit costs. FFO and "
           "Core FFO should not be considered alternatives to net income as measures of performance.")
    rows = [row("Net income", p4(r["ni"]), "ff_ni", dollar=True),
            row("Real estate-related depreciation and amortization", p4(r["da"]), "ff_da", indent=1),
            row("Gain on sale of real estate", [-r["gain"][p] for p in P], "ff_gain", indent=1),
            row("FFO", p4(r["ffo"]), "ff_ffo", "total", dollar=True),
            row("Executive transition costs", p4(r["trans"]), "ff_trans", indent=1),
            row("Abandoned acquisition pursuit costs", p4(r["pursuit"]), "ff_purs", indent=1),
            row("Core FFO", p4(r["core"]), "ff_core", "total", dollar=True, double=True),
            row("Weighted-average diluted shares (in thousands)", p4(r["sh_d"]), "ff_sh"),
            row("FFO per diluted share", p4(r["ffo_ps"]), "ff_ffops", fmt=ps),
            row("Core FFO per diluted share", p4(r["core_ps"]), "ff_coreps", fmt=ps)]
    d.table("Reconciliation of net income to FFO and Core FFO", W4, H4, rows, scale=SCALE)
    d.heading("Liquidity and capital resources", 2, need=20)
    c = cf["h25"]
    d.para(f"Our primary sources of liquidity are cash from operations, the line of credit, the ATM program and "
           f"proceeds from dispositions. At June 30, 2025, we had cash and cash equivalents of {mil(b['cash'])} "
           f"and {mil(r['loc_avail'])} available under the line of credit. Net cash provided by operating "
           f"activities was {mil(c['ocf'])} for the six months ended June 30, 2025. We used "
           f"{mil(-c['icf'])} of cash in investing activities, primarily for acquisitions and development, and "
           f"financing activities provided {mil(c['fcf'])}, reflecting the senior notes offering and ATM sales "
           "net of line of credit repayments and dividends.")
    d.para("As a REIT, we must distribute at least 90% of our REIT taxable income annually. We expect to meet "
           "short-term liquidity needs, including dividends, recurring capital expenditures and debt service, "
           "from cash flow from operations, and to fund acquisitions and development with the line of credit, "
           "dispositions, debt offerings and equity issuances. We have no debt maturing before March 2027 other "
           "than amounts drawn on the line of credit.")
    mark("i3")
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1)
    d.para("Our primary market risk is interest rate risk. Borrowings under the line of credit bear interest at "
           f"variable rates; based on the {mil(b['loc'])} outstanding at June 30, 2025, a 100 basis point increase "
           f"in SOFR would increase annual interest expense by approximately {mil(b['loc'] // 100)}. Our term loans "
           "are effectively fixed through interest rate swaps, and our senior notes bear fixed rates.")
    mark("i4")
    d.heading("Item 4. Controls and Procedures", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
           "procedures were effective as of June 30, 2025. There were no changes in our internal control over "
           "financial reporting during the quarter that materially affected, or are reasonably likely to "
           "materially affect, it.")
    mark("p2")
    d.heading("PART II. OTHER INFORMATION", 0)
    for t, x in (("Item 1. Legal Proceedings", "None that we expect to be material."),
                 ("Item 1A. Risk Factors", "There have been no material changes to the risk factors in our Annual "
                  "Report on Form 10-K for 2024."),
                 ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "None."),
                 ("Item 5. Other Information", "During the quarter ended June 30, 2025, no director or officer "
                  "adopted or terminated a Rule 10b5-1 trading arrangement."),
                 ("Item 6. Exhibits", "Officer certifications under Sections 302 and 906 of the Sarbanes-Oxley Act, "
                  "the supplemental indenture for the 5.20% Senior Notes due 2035 and the Inline XBRL documents.")):
        d.heading(t, 2, need=14)
        d.para(x)
    return d, d.marks
