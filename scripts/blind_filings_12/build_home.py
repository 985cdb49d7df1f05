"""Lays out the Holloway Homes Form 10-K (serif house style). Only formats model values."""

from fractions import Fraction as F

from kit import Doc, num, pct
from models import REGIONS, YEARS

Y3 = [2025, 2024, 2023]
H3 = [[("Year Ended November 30,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]]
H2 = [[("November 30,", 2)], [("2025", 1), ("2024", 1)]]
SC = "(in thousands, except per share data)"


def D(v):
    return num(v, dollar=True)


def N(v):
    return num(v)


def row(label, vals, key=None, kind="plain", indent=0, dollar=False, double=False):
    return {"label": label, "vals": [D(v) if dollar else N(v) for v in vals], "key": key, "kind": kind,
            "indent": indent, "double": double}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


TOC = [("Part I", None), ("Item 1. Business", "i1"), ("Item 1A. Risk Factors", "i1a"), ("Item 2. Properties", "i2"),
       ("Part II", None), ("Item 5. Market for Registrant's Common Equity", "i5"),
       ("Item 7. Management's Discussion and Analysis", "i7"), ("Item 7A. Market Risk", "i7a"),
       ("Item 8. Financial Statements", "i8"), ("Part III and Part IV", "p3")]


def build(m, toc=None):
    d = Doc("serif", "Holloway Homes, Inc. \u2014 Form 10-K", "Holloway Homes, Inc. Form 10-K 2025")
    b24, b25 = m["bal"][2024], m["bal"][2025]
    # cover
    d.new_page("none")
    d.set_font(d.fam, "B", 14)
    d.multi_cell(0, 7, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    d.ln(4)
    d.set_font(d.fam, "B", 18)
    d.multi_cell(0, 9, "FORM 10-K", align="C")
    d.set_font(d.fam, "", 10)
    d.ln(2)
    d.multi_cell(0, 5, "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                 "For the fiscal year ended November 30, 2025\nCommission file number 001-38842", align="C")
    d.ln(6)
    d.set_font(d.fam, "B", 20)
    d.multi_cell(0, 10, "HOLLOWAY HOMES, INC.", align="C")
    d.set_font(d.fam, "", 10)
    d.multi_cell(0, 5, "(Exact name of registrant as specified in its charter)\n\nDelaware          84-2217460\n"
                 "4400 Juniper Ridge Parkway, Suite 900, Scottsdale, Arizona 85258\n(480) 555-0187", align="C")
    d.ln(5)
    d.para("Securities registered pursuant to Section 12(b) of the Act: Common Stock, par value $0.01 per share, "
           "trading symbol HLWY, New York Stock Exchange.", align="C")
    d.para("As of January 9, 2026, there were 32,148,906 shares of the registrant's common stock outstanding. "
           "Portions of the registrant's definitive proxy statement for its 2026 annual meeting are incorporated by "
           "reference into Part III.", align="C")
    # contents
    d.new_page("none")
    d.heading("TABLE OF CONTENTS", 0)
    d.set_font(d.fam, "", 10.5)
    for name, k in TOC:
        lab = (toc or {}).get(k, "") if k else ""
        d.set_font(d.fam, "B" if k is None else "", 10.5)
        d.cell(d.ew - 20, 7, name)
        d.cell(20, 7, lab, align="R")
        d.ln(7)
    labs = {}

    def mark(k):
        labs[k] = d.labels[-1]

    # Part I
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I", 0)
    d.heading("Item 1. Business", 1)
    d.para("Holloway Homes, Inc. (\"Holloway,\" the \"Company,\" \"we\") designs, builds and sells single-family "
           "detached and attached homes, primarily for entry-level and first move-up buyers, in 14 metropolitan "
           "markets across four homebuilding regions: West (Phoenix, Tucson, Las Vegas and Inland Empire), Mountain "
           "(Denver, Colorado Springs, Boise and Salt Lake City), Central (Dallas-Fort Worth, Austin, San Antonio) "
           "and Southeast (Atlanta, Charlotte, Raleigh and Orlando). Our financial services segment, Holloway Home "
           "Mortgage and Juniper Title Agency, provides mortgage financing and title services principally to our "
           "homebuyers. Our fiscal year ends on November 30; references to \"fiscal 2025\" are to the year ended "
           "November 30, 2025.")
    d.para(f"During fiscal 2025 we delivered {N(m['deliv_t'][2025])} homes and ended the year with "
           f"{m['comm_t'][2025]} active selling communities, compared with {m['comm_t'][2024]} a year earlier. "
           "We acquire land primarily through lot option contracts and land banking arrangements, which limit the "
           "capital we commit to land before we start homes.", keys={"comm": f"{m['comm_t'][2025]} active selling "
           f"communities, compared with {m['comm_t'][2024]} a year earlier"})
    d.heading("Communities and lots by region", 2)
    rows = []
    for i, r in enumerate(REGIONS):
        rows.append(txt(r, [str(m["comm"][2025][i]), N(m["owned"][2025][i]), N(m["optioned"][2025][i]),
                            N(m["lots"][2025][i]), N(m["lots"][2024][i])], key=f"lots_{r}", indent=1))
    rows.append(txt("Total", [str(m["comm_t"][2025]), N(m["owned_t"][2025]), N(m["optioned_t"][2025]),
                              N(m["lots_t"][2025]), N(m["lots_t"][2024])], key="lots_tot", kind="total"))
    d.table("Active Communities and Lots Owned or Controlled", [22, 22, 24, 24, 24],
            [[("", 1), ("November 30, 2025", 3), ("Nov. 30, 2024", 1)],
             [("Active", 1), ("Lots", 1), ("Lots", 1), ("Total", 1), ("Total", 1)],
             [("communities", 1), ("owned", 1), ("optioned (1)", 1), ("lots", 1), ("lots", 1)]], rows,
            foot=["(1) Lots controlled under option, land banking and similar contracts; includes lots subject to "
                  "purchase contracts with refundable deposits."])
    d.para("Sales and marketing. We sell homes through commissioned employees and outside brokers from model homes "
           "in each community. Our digital sales program allows buyers to reserve a lot and select finishes online. "
           "Construction is performed by independent subcontractors under fixed-price contracts supervised by our "
           "construction managers; we generally start construction after a purchase contract is signed, although "
           "we maintain a limited number of speculative homes in each community to meet demand for quick move-in "
           "homes.")
    d.para("Competition and seasonality. We compete with national, regional and local builders and with resale "
           "homes. Demand is typically strongest in our second and third fiscal quarters, and deliveries are "
           "weighted toward our fourth quarter. Employees: at November 30, 2025 we had 1,842 full-time employees.")
    d.new_page()
    mark("i1a")
    d.heading("Item 1A. Risk Factors", 1)
    for t_ in ("Higher mortgage interest rates and reduced availability of mortgage financing may lower demand for "
               "our homes, increase cancellations and require greater sales incentives, which reduce our margins.",
               "Land, labor and material costs may rise faster than home prices. Shortages of skilled trade labor, "
               "tariffs on imported materials and utility connection delays may extend our build cycle.",
               "Inventory impairment charges may be required if market conditions deteriorate in communities we "
               "own; land held for future development is particularly exposed because its realization is distant.",
               "Our indebtedness, including senior notes and our revolving credit facility, contains covenants that "
               "may limit our flexibility, and changes in our credit ratings could increase borrowing costs.",
               "Warranty, construction defect and other claims may exceed our reserves. Severe weather, wildfire "
               "and drought in our western markets may disrupt operations and water availability.",
               "Our financial services segment is exposed to interest rate and repurchase risk on mortgage loans "
               "held for sale before they are sold to third-party investors."):
        d.para("\u2022 " + t_)
    mark("i2")
    d.heading("Item 2. Properties", 1)
    d.para("Our corporate headquarters is located in leased office space in Scottsdale, Arizona. We lease "
           "division offices in each of our markets. Information on our land and lot positions appears under "
           "Item 1 above. We believe our properties are adequate for our current needs.")
    d.heading("Item 3. Legal Proceedings", 1)
    d.para("We are involved in various routine legal proceedings incidental to our business. We do not believe "
           "that the ultimate resolution of these matters will have a material adverse effect on our results.")
    # Part II item 5
    d.new_page()
    mark("i5")
    d.heading("PART II", 0)
    d.heading("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
              "Equity Securities", 1)
    d.para("Our common stock trades on the New York Stock Exchange under the symbol HLWY. We paid quarterly cash "
           f"dividends totaling {D(m['div'][2025])} thousand in fiscal 2025. The table below presents repurchases "
           "of our common stock during the fourth quarter of fiscal 2025.")
    rows = []
    for (lab, sh, p), _amt in zip(m["q4"], m["q4_amt"], strict=True):
        rows.append(txt(lab, [N(sh), "$" + f"{float(p):,.2f}", N(sh), ""], key="rep_" + lab[:3]))
    rows.append(txt("Total", [N(m["q4_sh"]), "$" + f"{float(m['q4_avg']):,.2f}", N(m["q4_sh"]),
                              D(m["auth_left"] * 1000)], key="rep_tot", kind="total"))
    d.table("Issuer Purchases of Equity Securities", [24, 24, 30, 34],
            [[("Total number", 1), ("Average", 1), ("Shares purchased", 1), ("Approximate dollar", 1)],
             [("of shares", 1), ("price paid", 1), ("as part of publicly", 1), ("value that may yet", 1)],
             [("purchased", 1), ("per share", 1), ("announced plan (1)", 1), ("be purchased (1)", 1)]], rows,
            foot=["(1) Under the $500 million repurchase program authorized by our Board in June 2024, which has "
                  "no expiration date."])
    # MD&A
    d.heading("Item 6. [Reserved]", 1)
    mark("i7")
    d.heading("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.para("The following discussion should be read with our consolidated financial statements and notes. Unless "
           "otherwise noted, dollar amounts are in thousands, except average selling price, which is presented in "
           "whole dollars per home.")
    ni_chg = m["ni"][2025] - m["ni"][2024]
    d.para(f"Overview. Net income for fiscal 2025 was {D(m['ni'][2025])} thousand, or "
           f"${float(m['eps_d'][2025]):.2f} per diluted share, compared with {D(m['ni'][2024])} thousand, or "
           f"${float(m['eps_d'][2024]):.2f} per diluted share, in fiscal 2024. Home sales revenue increased as "
           "higher deliveries in our Central and Southeast regions offset lower average selling prices in the West, "
           "where we increased incentives to offset affordability pressure.", keys={"ov": "Net income for fiscal "
           f"2025 was {D(m['ni'][2025])} thousand"})
    assert ni_chg
    # operating data (table continued across pages)
    rows = []
    for lab, k, fmt in (("Homes delivered", "deliv", N), ("Home sales revenue", "hrev", D),
                        ("Average selling price", "asp", D)):
        rows.append(sec(lab))
        for i, r in enumerate(REGIONS):
            vals = [m[k][y][i] for y in Y3]
            rows.append(txt(r, [fmt(v) if (i == 0 or fmt is N or k == "asp") else N(v) for v in vals],
                            key=f"op_{k}_{r}", indent=1))
        tv = [m[k + "_t"][y] for y in Y3]
        rows.append(txt("Total", [fmt(v) for v in tv], key=f"op_{k}_tot", kind="total"))
    rows.append(sec("Net new orders (homes)"))
    for i, r in enumerate(REGIONS):
        rows.append(txt(r, [N(m["net"][y][i]) for y in Y3], key=f"op_net_{r}", indent=1))
    rows.append(txt("Total", [N(m["net_t"][y]) for y in Y3], key="op_net_tot", kind="total"))
    rows.append(sec("Gross orders and cancellations (homes)"))
    for i, r in enumerate(REGIONS):
        rows.append(txt(r + " \u2014 gross orders / cancellations",
                        [f"{m['gross'][y][i]:,} / {m['canc'][y][i]:,}" for y in Y3], key=f"op_gc_{r}", indent=1))
    rows.append(txt("Cancellation rate (1)", [pct(m["canc_rate_t"][y]) for y in Y3], key="op_cr_tot", kind="bold"))
    d.table("Homebuilding Operating Data", [30, 30, 30], H3, rows,
            foot=["(1) Cancellations as a percentage of gross orders in the period. By region, fiscal 2025 "
                  "cancellation rates were " + ", ".join(f"{r} {pct(m['canc_rate'][2025][i])}" for i, r in
                                                          enumerate(REGIONS)) + "."])
    rows = []
    for i, r in enumerate(REGIONS):
        rows.append(txt(r, [N(m["blu"][2025][i]), D(m["blv"][2025][i]) if i == 0 else N(m["blv"][2025][i]),
                            N(m["blu"][2024][i]), D(m["blv"][2024][i]) if i == 0 else N(m["blv"][2024][i])],
                        key=f"bl_{r}", indent=1))
    rows.append(txt("Total", [N(m["blu_t"][2025]), D(m["blv_t"][2025]), N(m["blu_t"][2024]),
                              D(m["blv_t"][2024])], key="bl_tot", kind="total"))
    d.table("Backlog", [24, 28, 24, 28],
            [[("November 30, 2025", 2), ("November 30, 2024", 2)],
             [("Homes", 1), ("Value", 1), ("Homes", 1), ("Value", 1)]], rows)
    # gross margin & non-GAAP
    gm = {y: F(m["gm"][y], m["hrev_t"][y]) for y in YEARS}
    agm = {y: F(m["adj_gm"][y], m["hrev_t"][y]) for y in YEARS}
    d.para(f"Home sales gross margin was {pct(gm[2025])} in fiscal 2025 compared with {pct(gm[2024])} in fiscal "
           "2024, reflecting higher incentives, higher inventory impairment charges and higher amortization of "
           "capitalized interest. Inventory impairment charges, recorded in cost of home sales, related to three "
           "communities in the West region.", keys={"gmp": f"Home sales gross margin was {pct(gm[2025])} in "
           f"fiscal 2025 compared with {pct(gm[2024])} in fiscal 2024"})
    rows = [row("Home sales revenue", [m["hrev_t"][y] for y in Y3], "ng_hrev", dollar=True),
            row("Cost of home sales", [-m["cost_home"][y] for y in Y3], "ng_cost"),
            row("Home sales gross margin", [m["gm"][y] for y in Y3], "ng_gm", "total", dollar=True),
            txt("Home sales gross margin percentage", [pct(gm[y]) for y in Y3], "ng_gmp", indent=1),
            row("Add: interest amortized to cost of home sales", [m["int_amort"][y] for y in Y3], "ng_int"),
            row("Add: inventory impairment charges", [m["impair"][y] for y in Y3], "ng_imp"),
            row("Adjusted home sales gross margin (1)", [m["adj_gm"][y] for y in Y3], "ng_adj", "total",
                dollar=True),
            txt("Adjusted home sales gross margin percentage (1)", [pct(agm[y]) for y in Y3], "ng_adjp", indent=1)]
    d.table("Reconciliation of Adjusted Home Sales Gross Margin (Non-GAAP)", [30, 30, 30], H3, rows,
            scale="(dollars in thousands)",
            foot=["(1) Non-GAAP measure. We believe excluding capitalized interest amortization and impairment "
                  "charges facilitates comparison with homebuilders that have different capital structures."])
    sga_p = {y: F(m["sga"][y], m["hrev_t"][y]) for y in YEARS}
    d.para(f"Selling, general and administrative expenses were {D(m['sga'][2025])} thousand in fiscal 2025, or "
           f"{pct(sga_p[2025])} of home sales revenue, compared with {pct(sga_p[2024])} in fiscal 2024, reflecting "
           "higher broker commissions and advertising in new community openings.",
           keys={"sga": f"or {pct(sga_p[2025])} of home sales revenue, compared with {pct(sga_p[2024])}"})
    d.para(f"Land sale revenue was {D(m['land_rev_t'][2025])} thousand in fiscal 2025 and related cost of land "
           f"sales was {D(m['land_cost'][2025])} thousand. Other income, net, consisting primarily of interest "
           f"income on cash balances, was {D(m['other'][2025])} thousand.")
    d.heading("Results by Region", 2)
    for i, r in enumerate(REGIONS):
        d.para(f"{r}. Homes delivered were {N(m['deliv'][2025][i])} in fiscal 2025 compared with "
               f"{N(m['deliv'][2024][i])} in fiscal 2024, at an average selling price of {D(m['asp'][2025][i])}. "
               f"Net new orders were {N(m['net'][2025][i])} homes and the region ended the year with "
               f"{m['comm'][2025][i]} active communities and {N(m['blu'][2025][i])} homes in backlog. Pretax "
               f"income for the region was {D(m['seg_pt'][2025][i])} thousand. Management continues to balance "
               "pace and price community by community, using mortgage rate buydowns where they are more "
               "efficient than base price reductions, and to shorten cycle times through trade partner "
               "scheduling and standardized plan libraries.")
    d.heading("Critical Accounting Estimates", 2)
    for t_ in ("Inventory valuation. We review each community quarterly for indicators of impairment, including "
               "gross margins on homes closed and in backlog, sales pace and local market conditions. When "
               "indicators exist we compare undiscounted future cash flows to carrying value and, if lower, "
               "write the community down to fair value using a discounted cash flow model.",
               "Warranty reserves. We estimate warranty costs at closing based on historical claim experience "
               "by region and product type, and adjust the reserve for known claims and changes in experience.",
               "Income taxes. Energy efficient home credits are recognized when qualifying homes close, based on "
               "certifications obtained from third-party raters."):
        d.para(t_)
    d.heading("Financial Services", 2)
    capture = F(m["fs_units"][2025], m["deliv_t"][2025])
    d.para(f"Financial services revenue was {D(m['fs_rev'][2025])} thousand and pretax income was "
           f"{D(m['fs_pt'][2025])} thousand in fiscal 2025. Holloway Home Mortgage originated "
           f"{N(m['fs_units'][2025])} loans for our homebuyers in fiscal 2025, compared with "
           f"{N(m['fs_units'][2024])} in fiscal 2024.", keys={"fs": f"Holloway Home Mortgage originated "
           f"{N(m['fs_units'][2025])} loans for our homebuyers in fiscal 2025", "fsrev": "Financial services "
           f"revenue was {D(m['fs_rev'][2025])} thousand and pretax income was {D(m['fs_pt'][2025])} thousand"})
    assert capture
    d.heading("Liquidity and Capital Resources", 2)
    d.para(f"At November 30, 2025 we had cash and cash equivalents of {D(b25['cash'])} thousand and no borrowings "
           f"under our {D(m['revolver'])} thousand unsecured revolving credit facility, under which letters of "
           f"credit of {D(m['loc'])} thousand were outstanding, for total liquidity of {D(m['liq'])} thousand. "
           "In May 2025 we issued $350.0 million of 6.125% senior notes due 2033 and used part of the proceeds to "
           "retire our 5.375% senior notes at maturity.",
           keys={"liq": f"letters of credit of {D(m['loc'])} thousand were outstanding, for total liquidity of "
                        f"{D(m['liq'])} thousand"})
    rows = [row("Senior notes", [b25["notes"], b24["notes"]], "dc_debt", dollar=True),
            row("Stockholders' equity", [b25["eq"], b24["eq"]], "dc_eq"),
            row("Total capital", [b25["notes"] + b25["eq"], b24["notes"] + b24["eq"]], "dc_cap", "total",
                dollar=True),
            txt("Debt-to-capital", [pct(m["dtc"][2025]), pct(m["dtc"][2024])], "dc_dtc", "bold"),
            row("Less: cash and cash equivalents", [-b25["cash"], -b24["cash"]], "dc_cash"),
            row("Net debt", [m["netdebt"][2025], m["netdebt"][2024]], "dc_nd", "total", dollar=True),
            txt("Net debt-to-capital (1)", [pct(m["ndtc"][2025]), pct(m["ndtc"][2024])], "dc_ndtc", "bold")]
    d.table("Capitalization", [32, 32], H2, rows, scale="(dollars in thousands)",
            foot=["(1) Net debt divided by the sum of net debt and stockholders' equity."])
    cf = m["cf"]
    rows = [row("Net cash provided by operating activities", [cf[y]["cfo"] for y in Y3], "cs_cfo", dollar=True),
            row("Net cash used in investing activities", [cf[y]["cfi"] for y in Y3], "cs_cfi"),
            row("Net cash used in financing activities", [cf[y]["cff"] for y in Y3], "cs_cff"),
            row("Net increase in cash and cash equivalents", [cf[y]["net"] for y in Y3], "cs_net", "total",
                dollar=True)]
    d.table("Summary of Cash Flows", [30, 30, 30], H3, rows, scale="(in thousands)")
    rows = []
    for i, (lab, v) in enumerate(m["co_rows"]):
        vals = [m["co_rowtot"][i]] + v
        rows.append(txt(lab, [D(x) if i == 0 else N(x) for x in vals], key=f"co_{i}"))
    rows.append(txt("Total", [D(x) for x in [sum(m["co_tot"])] + m["co_tot"]], key="co_tot", kind="total"))
    d.table("Contractual Obligations at November 30, 2025", [22, 22, 22, 22, 22],
            [[("", 1), ("Payments due by period", 4)],
             [("Total", 1), ("< 1 year", 1), ("1\u20133 years", 1), ("3\u20135 years", 1), ("> 5 years", 1)]],
            rows, scale="(in thousands)")
    mark("i7a")
    d.heading("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", 1)
    d.para("Our senior notes bear fixed rates, so changes in market rates affect their fair value but not our "
           "earnings. Borrowings under our revolving credit facility and mortgage warehouse facilities bear floating "
           "rates. Interest rate lock commitments and mortgage loans held for sale are hedged with forward sales of "
           "mortgage-backed securities.")
    # financial statements
    d.new_page("F")
    mark("i8")
    d.heading("Item 8. Financial Statements and Supplementary Data", 1)
    d.heading("HOLLOWAY HOMES, INC.\nCONSOLIDATED STATEMENTS OF INCOME", 0)
    g = lambda k: [m[k][y] for y in Y3]  # noqa: E731
    rows = [sec("Revenues:"),
            row("Home sales", g("hrev_t"), "is_hrev", indent=1, dollar=True),
            row("Land sales", g("land_rev_t"), "is_land", indent=1),
            row("Financial services", g("fs_rev"), "is_fs", indent=1),
            row("Total revenues", g("total_rev"), "is_totrev", "total"),
            sec("Costs and expenses:"),
            row("Cost of home sales", g("cost_home"), "is_costhome", indent=1),
            row("Cost of land sales", g("land_cost"), "is_costland", indent=1),
            row("Selling, general and administrative", g("sga"), "is_sga", indent=1),
            row("Financial services expenses", g("fs_exp"), "is_fsexp", indent=1),
            row("Total costs and expenses", [m["total_rev"][y] - m["pretax"][y] + m["other"][y] for y in Y3],
                "is_totcost", "total"),
            row("Other income, net", g("other"), "is_other"),
            row("Income before income taxes", g("pretax"), "is_pretax", "total"),
            row("Provision for income taxes", g("tax"), "is_tax"),
            row("Net income", g("ni"), "is_ni", "total", dollar=True, double=True),
            sec("Earnings per share:"),
            txt("Basic", [f"${float(m['eps_b'][y]):.2f}" for y in Y3], "is_epsb", indent=1),
            txt("Diluted", [f"${float(m['eps_d'][y]):.2f}" for y in Y3], "is_epsd", indent=1),
            sec("Weighted average shares outstanding:"),
            row("Basic", g("basic"), "is_shb", indent=1),
            row("Diluted", g("dil"), "is_shd", indent=1)]
    d.table("", [30, 30, 30], H3, rows, scale=SC)
    d.para("See accompanying notes to consolidated financial statements.", style="I", size=8.5, align="C")
    d.new_page()
    d.heading("HOLLOWAY HOMES, INC.\nCONSOLIDATED BALANCE SHEETS", 0)

    def bb(k):
        return [b25[k], b24[k]]

    inv = lambda k: [m[k][2025], m[k][2024]]  # noqa: E731
    rows = [sec("ASSETS"), sec("Homebuilding:"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Receivables", bb("rec"), "bs_rec", indent=1),
            sec("Inventories:"),
            row("Homes under construction", inv("huc"), "bs_huc", indent=2),
            row("Land under development", inv("ldev"), "bs_ldev", indent=2),
            row("Land held for future development", inv("lfut"), "bs_lfut", indent=2),
            row("Total inventories", bb("inv"), "bs_inv", "total", indent=1),
            row("Property and equipment, net", bb("ppe"), "bs_ppe", indent=1),
            row("Other assets", bb("oth"), "bs_oth", indent=1),
            sec("Financial services:"),
            row("Mortgage loans held for sale", bb("loans"), "bs_loans", indent=1),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True, double=True),
            sec("LIABILITIES AND STOCKHOLDERS' EQUITY"), sec("Homebuilding:"),
            row("Accounts payable", bb("ap"), "bs_ap", indent=1, dollar=True),
            row("Accrued and other liabilities", bb("acc"), "bs_acc", indent=1),
            row("Warranty reserve", bb("war"), "bs_war", indent=1),
            row("Senior notes", bb("notes"), "bs_notes", indent=1),
            sec("Financial services:"),
            row("Mortgage warehouse borrowings", bb("wh"), "bs_wh", indent=1),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Stockholders' equity:"),
            row("Common stock and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Treasury stock, at cost", bb("tsy"), "bs_tsy", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Total stockholders' equity", bb("eq"), "bs_eq", "total", indent=1),
            row("Total liabilities and stockholders' equity", bb("tle"), "bs_tle", "total", dollar=True,
                double=True)]
    d.table("", [34, 34], H2, rows, scale="(in thousands, except share data)")
    d.new_page()
    d.heading("HOLLOWAY HOMES, INC.\nCONSOLIDATED STATEMENTS OF CASH FLOWS", 0)
    c = lambda k: [cf[y][k] for y in Y3]  # noqa: E731
    rows = [sec("Operating activities:"),
            row("Net income", c("ni"), "cf_ni", indent=1, dollar=True),
            txt("Adjustments to reconcile net income to net cash provided by operating activities:", []),
            row("Depreciation and amortization", c("dep"), "cf_dep", indent=2),
            row("Stock-based compensation", c("sbc"), "cf_sbc", indent=2),
            row("Inventory impairment charges", c("imp"), "cf_imp", indent=2),
            txt("Changes in operating assets and liabilities:", [], indent=1),
            row("Receivables", c("rec"), "cf_rec", indent=2),
            row("Inventories", c("inv"), "cf_inv", indent=2),
            row("Mortgage loans held for sale", c("loans"), "cf_loans", indent=2),
            row("Other assets", c("oth"), "cf_oth", indent=2),
            row("Accounts payable", c("ap"), "cf_ap", indent=2),
            row("Accrued and other liabilities", c("acc"), "cf_acc", indent=2),
            row("Warranty reserve", c("war"), "cf_war", indent=2),
            row("Net cash provided by operating activities", c("cfo"), "cf_cfo", "total"),
            sec("Investing activities:"),
            row("Purchases of property and equipment", c("capex"), "cf_capex", indent=1),
            row("Net cash used in investing activities", c("cfi"), "cf_cfi", "total"),
            sec("Financing activities:"),
            row("Proceeds from issuance of senior notes", c("iss"), "cf_iss", indent=1),
            row("Repayment of senior notes", c("repay"), "cf_repay", indent=1),
            row("Net change in mortgage warehouse borrowings", c("wh"), "cf_wh", indent=1),
            row("Repurchases of common stock", c("rep"), "cf_rep", indent=1),
            row("Cash dividends paid", c("div"), "cf_div", indent=1),
            row("Net cash used in financing activities", c("cff"), "cf_cff", "total"),
            row("Net increase in cash and cash equivalents", c("net"), "cf_net"),
            row("Cash and cash equivalents at beginning of year", c("beg"), "cf_beg"),
            row("Cash and cash equivalents at end of year", c("end"), "cf_end", "total", dollar=True,
                double=True)]
    d.table("", [30, 30, 30], H3, rows, scale="(in thousands)")
    d.new_page()
    d.heading("HOLLOWAY HOMES, INC.\nCONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", 0)
    rows = []
    for y in YEARS:
        p, b = m["bal"][y - 1], m["bal"][y]
        rows.append(row(f"Balance at November 30, {y - 1}", [p["apic"], p["tsy"], p["re"], p["eq"]], None,
                        "bold", dollar=True))
        rows.append(row("Net income", [0, 0, m["ni"][y], m["ni"][y]], f"eq_ni{y}", indent=1))
        rows.append(row("Stock-based compensation", [m["sbc"][y], 0, 0, m["sbc"][y]], f"eq_sbc{y}", indent=1))
        rows.append(row("Repurchases of common stock", [0, -m["rep"][y], 0, -m["rep"][y]], f"eq_rep{y}", indent=1))
        rows.append(row("Cash dividends", [0, 0, -m["div"][y], -m["div"][y]], f"eq_div{y}", indent=1))
        if y == YEARS[-1]:
            rows.append(row(f"Balance at November 30, {y}", [b["apic"], b["tsy"], b["re"], b["eq"]], f"eq_end{y}",
                            "total", dollar=True, double=True))
    d.table("", [30, 28, 28, 28], [[("Common stock", 1), ("", 1), ("", 1), ("Total", 1)],
                                   [("and APIC", 1), ("Treasury", 1), ("Retained", 1), ("stockholders'", 1)],
                                   [("", 1), ("stock", 1), ("earnings", 1), ("equity", 1)]], rows,
            scale="(in thousands)")
    # notes
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 0)
    d.heading("1. Summary of Significant Accounting Policies", 2)
    d.para("Basis of presentation. The consolidated financial statements include the accounts of Holloway Homes, "
           "Inc. and its wholly owned subsidiaries. Homebuilding revenue is recognized when a home closes and title "
           "passes to the buyer. Inventories are stated at cost unless a community is impaired, in which case it is "
           "written down to fair value. Interest incurred on homebuilding debt is capitalized to inventory during "
           "active development and construction and amortized to cost of home sales as homes close.")
    d.heading("2. Inventories", 2)
    d.para(f"Inventories at November 30, 2025 included model homes of {D(61_480)} thousand and speculative homes "
           "(completed or under construction without a sales contract) of 1,128 units. Land held for future "
           "development consists of land parcels where development has not commenced or has been suspended.")
    rows = [row("Capitalized interest at beginning of year", [m["capint"][y][0] for y in Y3], "ci_beg", dollar=True),
            row("Interest incurred and capitalized", [m["capint"][y][1] for y in Y3], "ci_inc", indent=1),
            row("Interest amortized to cost of home sales", [m["capint"][y][2] for y in Y3], "ci_amort", indent=1),
            row("Capitalized interest at end of year", [m["capint"][y][3] for y in Y3], "ci_end", "total",
                dollar=True, double=True)]
    d.table("Capitalized Interest", [30, 30, 30], H3, rows, scale="(in thousands)")
    d.heading("3. Warranty Reserve", 2)
    rows = [row("Balance at beginning of year", [m["war"][y][0] for y in Y3], "wr_beg", dollar=True),
            row("Warranties issued", [m["war"][y][1] for y in Y3], "wr_prov", indent=1),
            row("Payments and settlements", [m["war"][y][2] for y in Y3], "wr_pay", indent=1),
            row("Changes in estimates for pre-existing warranties", [m["war"][y][3] for y in Y3], "wr_adj", indent=1),
            row("Balance at end of year", [m["war"][y][4] for y in Y3], "wr_end", "total", dollar=True, double=True)]
    d.table("Warranty Reserve Activity", [30, 30, 30], H3, rows, scale="(in thousands)")
    d.heading("4. Debt", 2)
    rows = [row(n, [m["notes_out"][2025][i], m["notes_out"][2024][i]], f"dn_{i}", dollar=(i == 0))
            for i, (n, *_x) in enumerate(m["notes"])]
    rows.append(row("Total senior notes", [b25["notes"], b24["notes"]], "dn_tot", "total", dollar=True,
                    double=True))
    d.table("Senior Notes", [32, 32], H2, rows, scale="(in thousands)")
    d.para(f"We maintain a {D(m['revolver'])} thousand unsecured revolving credit facility maturing in 2029. "
           "The senior notes are guaranteed by substantially all of our homebuilding subsidiaries. We were in "
           "compliance with all covenants at November 30, 2025.")
    d.heading("5. Segment Information", 2)
    d.para("Our chief operating decision maker evaluates performance by homebuilding region and for financial "
           "services. Corporate and unallocated includes corporate general and administrative expense and interest "
           "income not allocated to the regions.")
    rows = [sec("Revenues:")]
    for i, r in enumerate(REGIONS):
        rows.append(row(r, [m["seg_rev"][y][i] for y in Y3], f"sg_rev_{r}", indent=1, dollar=(i == 0)))
    rows.append(row("Financial services", g("fs_rev"), "sg_rev_fs", indent=1))
    rows.append(row("Total revenues", g("total_rev"), "sg_rev_tot", "total", dollar=True))
    rows.append(sec("Income before income taxes:"))
    for i, r in enumerate(REGIONS):
        rows.append(row(r, [m["seg_pt"][y][i] for y in Y3], f"sg_pt_{r}", indent=1, dollar=(i == 0)))
    rows.append(row("Financial services", g("fs_pt"), "sg_pt_fs", indent=1))
    rows.append(row("Corporate and unallocated", g("corp"), "sg_pt_corp", indent=1))
    rows.append(row("Total income before income taxes", g("pretax"), "sg_pt_tot", "total", dollar=True,
                    double=True))
    d.table("Segment Revenues and Pretax Income", [30, 30, 30], H3, rows, scale="(in thousands)")
    d.heading("6. Earnings Per Share", 2)
    rows = [row("Net income", g("ni"), "ep_ni", dollar=True),
            row("Weighted average shares \u2014 basic", g("basic"), "ep_b"),
            row("Dilutive effect of stock-based awards", g("dil_add"), "ep_dil", indent=1),
            row("Weighted average shares \u2014 diluted", g("dil"), "ep_d", "total")]
    d.table("", [30, 30, 30], H3, rows, scale=SC)
    d.heading("7. Income Taxes", 2)
    rows = [row("Current", g("cur_tax"), "tx_cur", dollar=True), row("Deferred", g("def_tax"), "tx_def"),
            row("Provision for income taxes", g("tax"), "tx_tot", "total", dollar=True),
            sec("Reconciliation to the federal statutory rate:"),
            row("Tax at federal statutory rate of 21%", g("stat"), "tx_stat", indent=1),
            row("State income taxes, net of federal benefit", g("state"), "tx_state", indent=1),
            row("Energy efficient home credits", g("credits"), "tx_cred", indent=1),
            row("Other, net", g("tax_other"), "tx_oth", indent=1),
            row("Provision for income taxes", g("tax"), "tx_tot2", "total", dollar=True),
            txt("Effective tax rate", [pct(m["etr"][y]) for y in Y3], "tx_etr", "bold")]
    d.table("", [30, 30, 30], H3, rows, scale="(dollars in thousands)")
    d.para("Energy efficient home credits under Section 45L of the Internal Revenue Code were earned on qualifying "
           "homes delivered during each year.")
    d.heading("Item 9A. Controls and Procedures", 1)
    d.para("Our CEO and CFO evaluated the effectiveness of our disclosure controls and procedures as of November "
           "30, 2025 and concluded they were effective. Management assessed internal control over financial "
           "reporting using the 2013 COSO framework and concluded it was effective; our independent registered "
           "public accounting firm issued an unqualified attestation report.")
    d.new_page()
    mark("p3")
    d.heading("PART III AND PART IV", 0)
    d.para("The information required by Items 10 through 14 is incorporated by reference to our definitive proxy "
           "statement. Item 15 exhibits include our certificate of incorporation, bylaws, senior note indentures, "
           "the revolving credit agreement, and certifications of our Chief Executive Officer, Mara L. Whitcombe, "
           "and Chief Financial Officer, Desmond A. Oyelaran, under Sections 302 and 906 of the Sarbanes-Oxley Act.")
    return d, labs
