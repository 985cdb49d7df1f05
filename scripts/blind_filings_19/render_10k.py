"""Typesets the invented utility holding company's 2025 annual report on Form 10-K."""

import utility_data as u
from fpdf.enums import XPos, YPos
from styles import TenKStyle
from typeset import Doc, Table
from typeset import Row as R

FONTS = {
    ("LSerif", ""): "LiberationSerif-Regular.ttf",
    ("LSerif", "B"): "LiberationSerif-Bold.ttf",
    ("LSerif", "I"): "LiberationSerif-Italic.ttf",
    ("LSerif", "BI"): "LiberationSerif-BoldItalic.ttf",
    ("DVSans", ""): "DejaVuSans.ttf",
}

Y3H = [[("Years Ended December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]]
Y2H = [[("December 31,", 2)], [("2025", 1), ("2024", 1)]]
MILL = "(In millions)"
MILL_PS = "(In millions, except per share amounts)"


def v3(d):
    return [d[2025], d[2024], d[2023]]


def v2(d):
    return [d[2025], d[2024]]


# ===================================================================== tables
def t_capacity():
    rows = [R(f, [n, mw]) for f, n, mw in u.capacity]
    rows.append(R("Total", [sum(r[1] for r in u.capacity), sum(r[2] for r in u.capacity)], "total"))
    return Table("capacity", ["Owned Generating Capacity by Fuel Type"],
                 "(Net summer capability at December 31, 2025)",
                 [[("Units", 1), ("Capability\n(MW)", 1)]], rows, 330, 81)


def t_retail():
    labels = ["Residential", "Commercial", "Industrial", "Other retail"]
    rows = [R(l, [u.retail_gwh[2025][i], u.retail_gwh[2024][i]]) for i, l in enumerate(labels)]
    rows.append(R("Total retail electric sales", [sum(u.retail_gwh[2025]), sum(u.retail_gwh[2024])], "total"))
    return Table("retail", ["Electric Utility Retail Sales"], "(Gigawatt-hours)",
                 [[("2025", 1), ("2024", 1)]], rows, 330, 81)


def t_dividends():
    qn = ["First quarter", "Second quarter", "Third quarter", "Fourth quarter"]
    rows = [R(q, [u.div_q[2025][i], u.div_q[2024][i]], fmt="eps", dollar=(i == 0))
            for i, q in enumerate(qn)]
    return Table("dividends", ["Cash Dividends Declared per Common Share"], None,
                 [[("2025", 1), ("2024", 1)]], rows, 330, 81)


def t_segments():
    names = ["Electric Utility", "Gas Utility", "Corporate and Other"]
    rows = [R("Operating revenues:", kind="head")]
    for i, (nm, d) in enumerate(zip(names, (u.rev_elec, u.rev_gas, u.rev_oth))):
        rows.append(R(nm, v3(d), indent=1, key="Revenues|" + nm, dollar=(i == 0)))
    rows.append(R("Total operating revenues", v3(u.rev_tot), "total", indent=2,
                  key="Revenues|Total", dollar=True))
    rows.append(R("Operating income (loss):", kind="head"))
    for i, nm in enumerate(names):
        rows.append(R(nm, [u.seg_opinc[y][i] for y in u.Y3], indent=1,
                      key="Operating income|" + nm, dollar=(i == 0)))
    rows.append(R("Total operating income", v3(u.opinc), "total", indent=2,
                  key="Operating income|Total", dollar=True))
    rows.append(R("Net income (loss):", kind="head"))
    for i, nm in enumerate(names):
        rows.append(R(nm, [u.seg_ni[y][i] for y in u.Y3], indent=1,
                      key="Net income|" + nm, dollar=(i == 0)))
    rows.append(R("Consolidated net income", v3(u.ni), "total", indent=2,
                  key="Net income|Total", dollar=True))
    return Table("segments", ["Results of Operations by Segment"], MILL, Y3H, rows, 300, 64)


def t_capex_plan():
    names = ["Electric Utility", "Gas Utility", "Corporate and Other"]
    rows = []
    for i, nm in enumerate(names):
        rows.append(R(nm, [u.capex_seg[2025][i]] + list(u.capex_plan[nm]), dollar=(i == 0)))
    tot = [u.capex[2025]] + [sum(u.capex_plan[n][j] for n in names) for j in range(3)]
    rows.append(R("Total capital expenditures", tot, "total", dollar=True))
    return Table("capexplan", ["Capital Expenditures by Segment"], MILL,
                 [[("Actual", 1), ("Forecast", 3)], [("2025", 1), ("2026", 1), ("2027", 1), ("2028", 1)]],
                 rows, 236, 64)


def t_cfsum():
    def row(lbl, d, dollar=False, kind="item"):
        return R(lbl, [d[2025], d[2024], d[2025] - d[2024]], kind, dollar=dollar)
    rows = [row("Net cash provided by operating activities", u.cfo, True),
            row("Net cash used in investing activities", u.cfi),
            row("Net cash provided by financing activities", u.cff),
            row("Net increase in cash and cash equivalents", u.net_change, True, "total")]
    return Table("cfsum", ["Summary of Cash Flows"], MILL,
                 [[("2025", 1), ("2024", 1), ("Change", 1)]], rows, 300, 64)


def t_income():
    rows = [
        R("Operating Revenues", kind="head"),
        R("Electric", v3(u.rev_elec), indent=1, dollar=True),
        R("Natural gas", v3(u.rev_gas), indent=1),
        R("Other", v3(u.rev_oth), indent=1, key="Other revenues"),
        R("Total operating revenues", v3(u.rev_tot), "sub", indent=2),
        R("Operating Expenses", kind="head"),
        R("Fuel used in electric generation and purchased power", v3(u.fuel_pp), indent=1),
        R("Cost of natural gas sold", v3(u.gas_cost), indent=1),
        R("Operations and maintenance", v3(u.om), indent=1),
        R("Depreciation and amortization", v3(u.da), indent=1),
        R("Taxes other than income taxes", v3(u.txo), indent=1),
        R("Total operating expenses", v3(u.opex), "sub", indent=2),
        R("Operating Income", v3(u.opinc), "item"),
        R("Other Income (Expense)", kind="head"),
        R("Allowance for equity funds used during construction", v3(u.afudc), indent=1),
        R("Other income, net", v3(u.oth_inc), indent=1),
        R("Interest expense, net", [-u.interest[y] for y in u.Y3], indent=1),
        R("Total other income (expense)", v3(u.oth_total), "sub", indent=2),
        R("Income Before Income Taxes", v3(u.pretax)),
        R("Income tax expense", v3(u.tax), indent=1),
        R("Net Income", v3(u.ni), "total", dollar=True),
        R("", kind="blank"),
        R("Earnings per share of common stock:", kind="head"),
        R("Basic", v3(u.eps_b), fmt="eps", indent=1, key="EPS basic", dollar=True),
        R("Diluted", v3(u.eps_d), fmt="eps", indent=1, key="EPS diluted", dollar=True),
        R("Weighted-average common shares outstanding:", kind="head"),
        R("Basic", v3(u.sh_basic), fmt="dec1", indent=1, key="Shares basic"),
        R("Diluted", v3(u.sh_dil), fmt="dec1", indent=1, key="Shares diluted"),
    ]
    return Table("income", [u.CO_CAPS, "CONSOLIDATED STATEMENTS OF INCOME"], MILL_PS, Y3H,
                 rows, 300, 64, footnotes=[("income_fn", "The accompanying notes are an integral part of these "
                                                         "consolidated financial statements.")])


def t_bs_assets():
    rows = [R("Current Assets", kind="head")]
    for i, (lbl, a, b, key) in enumerate(u.bs_ca):
        rows.append(R(lbl, [a, b], indent=1, key=key, dollar=(i == 0)))
    rows.append(R("Total current assets", v2(u.tca), "sub", indent=2))
    rows += [
        R("Property, Plant and Equipment", kind="head"),
        R("Utility plant in service", v2(u.plant), indent=1),
        R("Less accumulated depreciation and amortization", [-u.acc_dep[y] for y in u.Y2], indent=1),
        R("Net utility plant in service", v2(u.net_plant), "sub", indent=2),
        R("Construction work in progress", v2(u.cwip), indent=1),
        R("Nonutility property, net", v2(u.nonutil), indent=1),
        R("Total property, plant and equipment, net", v2(u.ppe), "sub", indent=2),
        R("Other Noncurrent Assets", kind="head"),
        R("Regulatory assets", v2(u.reg_assets_nc), indent=1, key="Regulatory assets, noncurrent"),
        R("Goodwill", v2(u.goodwill), indent=1),
        R("Operating lease right-of-use assets", v2(u.rou), indent=1),
        R("Other", v2(u.other_nc), indent=1, key="Other noncurrent assets"),
        R("Total other noncurrent assets", v2(u.tonc), "sub", indent=2),
        R("Total Assets", v2(u.tassets), "total", dollar=True),
    ]
    return Table("bs_assets", [u.CO_CAPS, "CONSOLIDATED BALANCE SHEETS", "ASSETS"], MILL, Y2H,
                 rows, 340, 76, cont_line=1)


def t_bs_liab():
    rows = [R("Current Liabilities", kind="head")]
    for i, (lbl, a, b, key) in enumerate(u.bs_cl):
        rows.append(R(lbl, [a, b], indent=1, key=key, dollar=(i == 0)))
    rows.append(R("Total current liabilities", v2(u.tcl), "sub", indent=2))
    rows.append(R("Long-term debt, net", v2(u.ltd_net)))
    rows.append(R("Deferred Credits and Other Liabilities", kind="head"))
    for lbl, a, b, key in u.bs_dc:
        rows.append(R(lbl, [a, b], indent=1, key=key))
    rows.append(R("Total deferred credits and other liabilities", v2(u.tdc), "sub", indent=2))
    rows.append(R("Total liabilities", v2(u.tliab), "sub", indent=2))
    rows.append(R("Commitments and contingencies (Note 9)", kind="head", bold=False))
    rows.append(R("Shareholders’ Equity", kind="head"))
    rows.append(R("Common stock, no par value; 400.0 million shares authorized; 212.1 million and "
                  "212.7 million shares outstanding", [u.eq[2025]["cs"], u.eq[2024]["cs"]], indent=1,
                  key="Common stock"))
    rows.append(R("Retained earnings", [u.eq[2025]["re"], u.eq[2024]["re"]], indent=1))
    rows.append(R("Accumulated other comprehensive loss", [u.eq[2025]["aoci"], u.eq[2024]["aoci"]], indent=1))
    rows.append(R("Total shareholders’ equity", [u.eq[2025]["total"], u.eq[2024]["total"]], "sub", indent=2))
    rows.append(R("Total Liabilities and Shareholders’ Equity", v2(u.tle), "total", dollar=True))
    return Table("bs_liab", [u.CO_CAPS, "CONSOLIDATED BALANCE SHEETS",
                             "LIABILITIES AND SHAREHOLDERS’ EQUITY"], MILL, Y2H, rows, 340, 76,
                 cont_line=1)


def t_cashflow():
    rows = [
        R("Operating Activities", kind="head"),
        R("Net income", v3(u.ni), indent=1, dollar=True),
        R("Adjustments to reconcile net income to net cash provided by operating activities:", kind="text", indent=1),
        R("Depreciation and amortization", v3(u.da), indent=2),
        R("Deferred income taxes and investment tax credits, net", v3(u.deferred_tax), indent=2),
        R("Allowance for equity funds used during construction", [-u.afudc[y] for y in u.Y3], indent=2),
        R("Share-based compensation", v3(u.sbc), indent=2),
        R("Amortization of regulatory assets and other noncash items", v3(u.reg_amort), indent=2),
        R("Changes in assets and liabilities:", kind="text", indent=1),
        R("Accounts receivable and accrued unbilled revenues", v3(u.chg_ar), indent=2),
        R("Fuel, materials, supplies and natural gas in storage", v3(u.chg_inv), indent=2),
        R("Accounts payable", v3(u.chg_ap), indent=2),
        R("Regulatory assets and liabilities, net", v3(u.chg_reg), indent=2),
        R("Other, net", v3(u.op_other), indent=2, key="Operating other, net"),
        R("Net cash provided by operating activities", v3(u.cfo), "sub", indent=3),
        R("Investing Activities", kind="head"),
        R("Capital expenditures", [-u.capex[y] for y in u.Y3], indent=1),
        R("Proceeds from sale of assets", v3(u.asset_sale), indent=1),
        R("Other investing activities, net", v3(u.inv_other), indent=1),
        R("Net cash used in investing activities", v3(u.cfi), "sub", indent=3),
        R("", kind="break"),
        R("Financing Activities", kind="head"),
        R("Issuance of long-term debt", v3(u.ltd_issue), indent=1),
        R("Retirements of long-term debt", [-u.ltd_retire[y] for y in u.Y3], indent=1),
        R("Net change in short-term borrowings", v3(u.stb_change), indent=1),
        R("Issuance of common stock", v3(u.iss_amt), indent=1),
        R("Repurchases of common stock", [-u.repo_amt[y] for y in u.Y3], indent=1),
        R("Dividends paid on common stock", [-u.div_amt[y] for y in u.Y3], indent=1),
        R("Other financing activities, net", v3(u.fin_other), indent=1),
        R("Net cash provided by financing activities", v3(u.cff), "sub", indent=3),
        R("Net increase in cash and cash equivalents", v3(u.net_change)),
        R("Cash and cash equivalents at beginning of year", [u.cash[y - 1] for y in u.Y3]),
        R("Cash and cash equivalents at end of year", [u.cash[y] for y in u.Y3], "total", dollar=True),
        R("", kind="blank"),
        R("Supplemental Cash Flow Information", kind="head"),
        R("Cash paid for interest, net of amounts capitalized", v3(u.int_paid), indent=1, dollar=True),
        R("Cash paid for income taxes, net", v3(u.tax_paid), indent=1),
        R("Accrued capital expenditures at end of year", v3(u.accrued_capex), indent=1),
    ]
    return Table("cashflow", [u.CO_CAPS, "CONSOLIDATED STATEMENTS OF CASH FLOWS"], MILL, Y3H,
                 rows, 300, 64, keep_together=False)


def t_equity():
    H = [[("Common Stock", 2), ("", 1), ("", 1), ("", 1)],
         [("Shares", 1), ("Amount", 1), ("Retained\nEarnings", 1), ("Accumulated\nOther\nComprehensive\nLoss", 1),
          ("Total", 1)]]
    rows = []

    def bal(y, kind):
        e = u.eq[y]
        return R(f"Balance at December 31, {y}", [e["shares"], e["cs"], e["re"], e["aoci"], e["total"]],
                 kind, key=f"Balance {y}", dollar=True)

    rows.append(bal(2022, "item"))
    for y in (2023, 2024, 2025):
        rows.append(R("Net income", [None, None, u.ni[y], None, u.ni[y]], indent=1, key=f"{y}|Net income"))
        rows.append(R("Other comprehensive income (loss), net of tax",
                      [None, None, None, u.oci[y], u.oci[y]], indent=1, key=f"{y}|OCI"))
        rows.append(R(f"Common stock dividends declared (${u.div_ps[y]:.2f} per share)",
                      [None, None, -u.div_amt[y], None, -u.div_amt[y]], indent=1, key=f"{y}|Dividends"))
        rows.append(R("Issuance of common stock", [u.sh_issued[y], u.iss_amt[y], None, None, u.iss_amt[y]],
                      indent=1, key=f"{y}|Issuance"))
        if u.repo_amt[y]:
            rows.append(R("Repurchases of common stock", [-u.sh_repo[y], -u.repo_amt[y], None, None,
                                                           -u.repo_amt[y]], indent=1, key=f"{y}|Repurchases"))
        rows.append(R("Share-based compensation", [None, u.sbc[y], None, None, u.sbc[y]], indent=1,
                      key=f"{y}|SBC"))
        rows.append(bal(y, "total" if y == 2025 else "sub"))
    return Table("equity", [u.CO_CAPS, "CONSOLIDATED STATEMENTS OF CHANGES IN SHAREHOLDERS’ EQUITY"],
                 "(In millions, except per share amounts)", H, rows, 212, 56,
                 col_fmts=["dec1", "int", "int", "int", "int"], dollar_cols={1, 2, 3, 4})


def t_revenue(y):
    cols = ["E", "G", "C"]
    labels = ["Residential", "Commercial", "Industrial", "Other"]
    rows = []
    for i, lbl in enumerate(labels):
        vals = [u.rev_disagg[c][y][i] for c in cols]
        rows.append(R(lbl, vals + [sum(vals)], dollar=(i == 0), mark="(a)" if lbl == "Other" else None))
    contr = [sum(u.rev_disagg[c][y][:4]) for c in cols]
    rows.append(R("Total revenues from contracts with customers", contr + [sum(contr)], "sub", indent=1))
    alt = [u.rev_disagg[c][y][4] for c in cols]
    rows.append(R("Alternative revenue programs and other revenues", alt + [sum(alt)], mark="(b)"))
    tot = [sum(u.rev_disagg[c][y]) for c in cols]
    rows.append(R("Total operating revenues", tot + [sum(tot)], "total", indent=1, dollar=True))
    H = [[(f"Year Ended December 31, {y}", 4)],
         [("Electric\nUtility", 1), ("Gas\nUtility", 1), ("Corporate\nand Other", 1), ("Total", 1)]]
    fns = []
    if y == 2024:
        fns = [("rev_fn_a", "(a) Other includes wholesale sales, transmission revenues, street lighting and public "
                            "authority sales for the Electric Utility; transportation and off-system sales for the Gas "
                            "Utility; and nonregulated energy services for Corporate and Other."),
               ("rev_fn_b", "(b) Alternative revenue programs include decoupling and formula-rate true-ups authorized "
                            "by the WPUC; other revenues include late payment fees and rental income.")]
    return Table(f"revenue{y}", [f"Operating Revenues by Customer Class — {y}"], MILL, H, rows, 240, 63,
                 footnotes=fns)


def t_ltd():
    rows = []
    for i, (lbl, a, b) in enumerate(u.ltd_series):
        rows.append(R(lbl, [a, b], dollar=(i == 0), key=["FMB", "Gas notes", "Holdco notes", "Junior notes"][i]))
    rows.append(R("Total principal amount", v2(u.ltd_principal), "sub", indent=1))
    rows.append(R("Unamortized discount and debt issuance costs", [-u.ltd_unamort[y] for y in u.Y2]))
    rows.append(R("Less current maturities", [-u.ltd_current[y] for y in u.Y2]))
    rows.append(R("Long-term debt, net", v2(u.ltd_net), "total", indent=1, dollar=True))
    return Table("ltd", ["Long-Term Debt Outstanding"], MILL, Y2H, rows, 340, 76)


def t_maturities():
    rows = [R(lbl, [v], dollar=(i == 0)) for i, (lbl, v) in enumerate(u.maturities)]
    rows.append(R("Total principal amount", [u.ltd_principal[2025]], "total", dollar=True, key="Total maturities"))
    return Table("maturities", ["Scheduled Maturities of Long-Term Debt"], MILL,
                 [[("Amount", 1)]], rows, 180, 76)


def t_taxcomp():
    c = u.tax_comp
    rows = [R("Current:", kind="head"),
            R("Federal", [c[y][0] for y in u.Y3], indent=1, key="Current federal", dollar=True),
            R("State", [c[y][1] for y in u.Y3], indent=1, key="Current state"),
            R("Deferred:", kind="head"),
            R("Federal", [c[y][2] for y in u.Y3], indent=1, key="Deferred federal"),
            R("State", [c[y][3] for y in u.Y3], indent=1, key="Deferred state"),
            R("Total income tax expense", v3(u.tax), "total", indent=2, dollar=True)]
    return Table("taxcomp", ["Components of Income Tax Expense"], MILL, Y3H, rows, 300, 64)


def t_taxrate():
    ri = u.rate_items
    rows = [R("Income taxes at federal statutory rate of 21%", v3(u.statutory), dollar=True),
            R("State income taxes, net of federal benefit", [ri[y][0] for y in u.Y3], indent=1),
            R("Amortization of excess deferred income taxes", [ri[y][1] for y in u.Y3], indent=1),
            R("Allowance for equity funds used during construction", [ri[y][2] for y in u.Y3], indent=1),
            R("Production tax credits", [ri[y][3] for y in u.Y3], indent=1),
            R("Other, net", v3(u.rate_other), indent=1, key="Rate other"),
            R("Income tax expense", v3(u.tax), "total", indent=2, dollar=True, key="Rate total"),
            R("Effective income tax rate", v3(u.etr), fmt="pct1")]
    return Table("taxrate", ["Reconciliation to Federal Statutory Rate"], MILL, Y3H, rows, 300, 64)


def t_pension():
    p, f = u.pbo, u.fva
    rows = [R("Change in projected benefit obligation:", kind="head"),
            R("Obligation at beginning of year", [p[2025]["open"], p[2024]["open"]], indent=1, dollar=True, key="PBO open"),
            R("Service cost", [p[2025]["svc"], p[2024]["svc"]], indent=1),
            R("Interest cost", [p[2025]["int"], p[2024]["int"]], indent=1),
            R("Actuarial (gain) loss", [p[2025]["act"], p[2024]["act"]], indent=1),
            R("Benefits paid", [p[2025]["paid"], p[2024]["paid"]], indent=1, key="PBO paid"),
            R("Obligation at end of year", [p[2025]["close"], p[2024]["close"]], "sub", indent=2, key="PBO close"),
            R("Change in fair value of plan assets:", kind="head"),
            R("Fair value at beginning of year", [f[2025]["open"], f[2024]["open"]], indent=1, key="FVPA open"),
            R("Actual return on plan assets", [f[2025]["ret"], f[2024]["ret"]], indent=1),
            R("Employer contributions", [f[2025]["contrib"], f[2024]["contrib"]], indent=1),
            R("Benefits paid", [f[2025]["paid"], f[2024]["paid"]], indent=1, key="FVPA paid"),
            R("Fair value at end of year", [f[2025]["close"], f[2024]["close"]], "sub", indent=2, key="FVPA close"),
            R("Funded status at end of year", v2(u.funded), "total", dollar=True)]
    return Table("pension", ["Qualified Pension Plans — Obligations and Funded Status"], MILL, Y2H,
                 rows, 340, 76)


def t_eps():
    rows = [R("Net income", v3(u.ni), dollar=True),
            R("Weighted-average common shares outstanding — basic", v3(u.sh_basic), fmt="dec1"),
            R("Dilutive effect of share-based awards", v3(u.sh_dil_eff), fmt="dec1"),
            R("Weighted-average common shares outstanding — diluted", v3(u.sh_dil), "sub", fmt="dec1"),
            R("Earnings per share — basic", v3(u.eps_b), fmt="eps", dollar=True),
            R("Earnings per share — diluted", v3(u.eps_d), fmt="eps", dollar=True)]
    return Table("eps", ["Computation of Earnings per Share"], MILL_PS, Y3H, rows, 300, 64)


def t_segment_note():
    H = [[("Electric\nUtility", 1), ("Gas\nUtility", 1), ("Corporate\nand Other", 1), ("Consolidated", 1)]]
    rows = []
    for y in u.Y3:
        rows.append(R(f"{y}", kind="head", key=f"{y}|head", bold=True))
        items = [("Operating revenues", (u.rev_elec[y], u.rev_gas[y], u.rev_oth[y])),
                 ("Depreciation and amortization", u.da_seg[y]),
                 ("Interest expense, net", u.int_seg[y]),
                 ("Income tax expense (benefit)", u.tax_seg[y]),
                 ("Net income (loss)", u.seg_ni[y]),
                 ("Capital expenditures", u.capex_seg[y])]
        if y in u.seg_assets:
            items.append(("Total assets at December 31", u.seg_assets[y]))
        for i, (lbl, vals) in enumerate(items):
            rows.append(R(lbl, list(vals) + [sum(vals)], indent=1, key=f"{y}|{lbl}", dollar=(i == 0)))
    return Table("segnote", ["Segment Financial Information"], MILL, H, rows, 220, 68)


def t_commit():
    years = ["2026", "2027", "2028", "2029", "2030", "Thereafter"]
    rows = []
    for i, (k, vals) in enumerate(u.commit.items()):
        rows.append(R(k, list(vals) + [sum(vals)], dollar=(i == 0)))
    tot = [sum(u.commit[k][j] for k in u.commit) for j in range(6)]
    rows.append(R("Total", tot + [sum(tot)], "total", dollar=True))
    return Table("commit", ["Unconditional Purchase Obligations"], MILL,
                 [[(y, 1) for y in years] + [("Total", 1)]], rows, 135, 51)


# ===================================================================== text
def cover(doc):
    st = doc.style
    doc.add_page()
    doc.set_page_label(label_prefix="Cover")
    doc.no_footer_pages.add(0)
    W = doc.epw

    def center(text, size, style="", gap=None):
        doc.font(st.body_family, style, size)
        doc.multi_cell(W, size * 1.25, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if gap:
            doc.vspace(gap)

    center("UNITED STATES", 11, "B")
    center("SECURITIES AND EXCHANGE COMMISSION", 11, "B")
    center("Washington, D.C. 20549", 9.5, gap=8)
    doc.set_draw_color(0, 0, 0)
    doc.set_line_width(1.2)
    doc.line(doc.l_margin + 150, doc.get_y(), doc.w - doc.r_margin - 150, doc.get_y())
    doc.vspace(8)
    center("FORM 10-K", 16, "B", gap=8)

    def checkbox(mark, text):
        y = doc.get_y()
        doc.set_font("DVSans", "", 10)
        doc.text(doc.l_margin, y + 9, "☒" if mark else "☐")
        doc.set_x(doc.l_margin + 16)
        doc.font(st.body_family, "B", 9.2)
        doc.multi_cell(W - 16, 11.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        doc.vspace(3)

    checkbox(True, "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934")
    center("For the fiscal year ended December 31, 2025", 9.5)
    center("OR", 9.5, "B", gap=2)
    checkbox(False, "TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934")
    center("For the transition period from ____________ to ____________", 9.0)
    center("Commission file number 1-40917", 9.5, gap=10)
    center(u.CO_CAPS, 14, "B")
    center("(Exact name of registrant as specified in its charter)", 8.5, "I", gap=8)

    y = doc.get_y()
    doc.font(st.body_family, "", 9.5)
    for x, txt, sub in ((doc.l_margin, "Wescana", "(State or other jurisdiction of\nincorporation or organization)"),
                        (doc.l_margin + W / 2, "84-3127705", "(I.R.S. Employer\nIdentification No.)")):
        doc.set_xy(x, y)
        doc.font(st.body_family, "B", 9.5)
        doc.multi_cell(W / 2, 11, txt, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        doc.set_x(x)
        doc.font(st.body_family, "I", 8.2)
        doc.multi_cell(W / 2, 10, sub, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    doc.set_x(doc.l_margin)
    doc.vspace(6)
    center("1200 Kestrel Plaza, Port Calder, Wescana 60412", 9.5, "B")
    center("(Address of principal executive offices, including zip code)", 8.2, "I")
    center("(555) 014-2200", 9.5, "B")
    center("(Registrant’s telephone number, including area code)", 8.2, "I", gap=8)
    center("Securities registered pursuant to Section 12(b) of the Act:", 9.2, gap=2)

    cw = [W * 0.45, W * 0.2, W * 0.35]
    hdr = ["Title of each class", "Trading Symbol(s)", "Name of each exchange on which registered"]
    val = ["Common Stock, no par value", "HVRG", "New York Stock Exchange"]
    for rowv, sty in ((hdr, "B"), (val, "")):
        x = doc.l_margin
        y = doc.get_y()
        for w, t in zip(cw, rowv):
            doc.font(st.body_family, sty, 8.8)
            tw = doc.get_string_width(t)
            doc.text(x + w / 2 - tw / 2, y + 9, t)
            if sty == "B":
                doc.set_line_width(0.4)
                doc.line(x + 6, y + 12, x + w - 6, y + 12)
            x += w
        doc.set_y(y + 15)
    doc.vspace(6)
    small = [
        "Securities registered pursuant to Section 12(g) of the Act: None",
        "Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
        "Securities Act. Yes ☒  No ☐",
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 "
        "or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to "
        "such filing requirements for the past 90 days. Yes ☒  No ☐",
        "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, a "
        "non-accelerated filer, a smaller reporting company, or an emerging growth company. Large accelerated filer ☒  "
        "Accelerated filer ☐  Non-accelerated filer ☐  Smaller reporting company ☐  Emerging growth company ☐",
        "Indicate by check mark whether the registrant is a shell company (as defined in Rule 12b-2 of the Act). "
        "Yes ☐  No ☒",
        "The aggregate market value of the common stock held by non-affiliates of the registrant, based on the closing "
        "price on the New York Stock Exchange on June 30, 2025, was approximately $17.6 billion. As of February 13, "
        "2026, there were 212,148,306 shares of the registrant’s common stock outstanding.",
        "DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant’s definitive proxy statement for its 2026 "
        "annual meeting of shareholders are incorporated by reference into Part III of this report.",
    ]
    for t in small:
        # lines with check boxes are set in DejaVu Sans, which has the box glyphs
        if "☒" in t:
            doc.font("DVSans", "", 7.4)
        else:
            doc.font(st.body_family, "", 8.4)
        doc.multi_cell(W, 10.2, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        doc.vspace(3)


def contents(doc):
    st = doc.style
    doc.add_page()
    doc.set_page_label(label_style="r", label_prefix="", label_start=1)
    doc.font(st.body_family, "B", 11)
    w = doc.get_string_width("TABLE OF CONTENTS")
    doc.text(doc.w / 2 - w / 2, doc.get_y() + 10, "TABLE OF CONTENTS")
    doc.vspace(24)
    entries = [
        ("PART I", None),
        ("Item 1.", "Business"), ("Item 1A.", "Risk Factors"),
        ("Item 1B.", "Unresolved Staff Comments"), ("Item 1C.", "Cybersecurity"),
        ("Item 2.", "Properties"), ("Item 3.", "Legal Proceedings"),
        ("Item 4.", "Mine Safety Disclosures"),
        ("PART II", None),
        ("Item 5.", "Market for Registrant’s Common Equity, Related Stockholder Matters and Issuer Purchases of "
                    "Equity Securities"),
        ("Item 6.", "[Reserved]"),
        ("Item 7.", "Management’s Discussion and Analysis of Financial Condition and Results of Operations"),
        ("Item 7A.", "Quantitative and Qualitative Disclosures About Market Risk"),
        ("Item 8.", "Financial Statements and Supplementary Data"),
        ("Item 9.", "Changes in and Disagreements with Accountants on Accounting and Financial Disclosure"),
        ("Item 9A.", "Controls and Procedures"), ("Item 9B.", "Other Information"),
        ("Item 9C.", "Disclosure Regarding Foreign Jurisdictions that Prevent Inspections"),
        ("PART III", None),
        ("Items 10–14.", "Directors, Executive Officers, Compensation, Ownership, Relationships and Accountant Fees"),
        ("PART IV", None),
        ("Item 15.", "Exhibits and Financial Statement Schedules"),
        ("Item 16.", "Form 10-K Summary"),
        ("", "Signatures"),
    ]

    def page_of(item, title):
        key = "SIGNATURES" if not item else item.upper()
        idx = doc.toc.get(key)
        return st.page_label(idx) if idx is not None else ""

    entries = [(a, b, page_of(a, b) if b else None) for a, b in entries]
    doc.set_font(st.body_family, "B", 8.6)
    doc.text(doc.w - doc.r_margin - doc.get_string_width("Page"), doc.get_y(), "Page")
    doc.vspace(6)
    for item, title, page in entries:
        y = doc.get_y()
        if title is None:
            doc.font(st.body_family, "B", 9.6)
            doc.text(doc.l_margin, y + 12, item)
            doc.vspace(18)
            continue
        doc.font(st.body_family, "", 9.4)
        doc.text(doc.l_margin, y + 9, item)
        doc.set_xy(doc.l_margin + 62, y)
        doc.multi_cell(doc.epw - 100, 11.2, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        doc.text(doc.w - doc.r_margin - doc.get_string_width(page), doc.get_y() - 2.5, page)
        doc.vspace(3)
    doc.vspace(14)
    st.heading(doc, "FORWARD-LOOKING STATEMENTS", 1)
    doc.para("This report contains forward-looking statements within the meaning of the Private Securities "
             "Litigation Reform Act of 1995, including statements about future capital expenditures, rate case "
             "outcomes, financing plans, customer growth and the retirement of coal-fired generation. Words such as "
             "“anticipate,” “expect,” “forecast,” “plan,” “target” and similar expressions identify "
             "forward-looking statements. Actual results may differ materially because of weather, economic "
             "conditions in our service territory, the outcome of regulatory proceedings, the cost and availability "
             "of capital, supply-chain constraints, changes in tax and environmental law, and the other factors "
             "described under Item 1A. We undertake no obligation to update any forward-looking statement.")
    st.heading(doc, "GLOSSARY OF TERMS", 1)
    for term, meaning in (("AFUDC", "Allowance for funds used during construction"),
                          ("GWh / MW", "Gigawatt-hours / megawatts"),
                          ("OPEB", "Other postretirement employee benefits"),
                          ("ROE", "Return on common equity"),
                          ("WPUC", "Wescana Public Utilities Commission, which regulates our utilities’ retail rates"),
                          ("Halverson Electric / Halverson Gas", f"{u.ELEC} / {u.GAS}")):
        y = doc.get_y()
        doc.font(st.body_family, "B", 9)
        doc.text(doc.l_margin, y + 9, term)
        doc.set_xy(doc.l_margin + 150, y)
        doc.font(st.body_family, "", 9)
        doc.multi_cell(doc.epw - 150, 11.5, meaning, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def part1(doc):
    st = doc.style
    doc.add_page()
    doc.set_page_label(label_style="D", label_prefix="", label_start=1)
    st.heading(doc, "PART I", 0)
    st.heading(doc, "ITEM 1. BUSINESS", 1)
    st.heading(doc, "Overview", 2)
    doc.para(f"{u.CO} (the “Company,” “we” or “our”) is an investor-owned utility holding company incorporated in "
             f"Wescana in 1987. Through its two regulated subsidiaries, {u.ELEC} (“Halverson Electric”) and {u.GAS} "
             "(“Halverson Gas”), the Company generates, transmits and distributes electricity and distributes natural "
             "gas. We report three segments: Electric Utility, Gas Utility, and Corporate and Other, which includes the "
             "holding company, a small nonregulated energy-services business and intersegment eliminations.")
    doc.para(f"At December 31, 2025, Halverson Electric served approximately {u.customers['elec']} retail electric "
             f"customers and Halverson Gas served approximately {u.customers['gas']} natural gas customers.",
             key="customers")
    st.heading(doc, "Service Territory", 2)
    doc.para("Our combined service territory covers roughly 31,000 square miles in the central and eastern portions "
             "of Wescana, extending from the Larkspur River valley and the metropolitan area around Port Calder, our "
             "largest load center, east across the Tessaly Plains to the lake communities of Everby and Mount Osgood. "
             "Halverson Electric also serves three rural counties across the border in the neighbouring state of "
             "Norland under a wholesale requirements arrangement. The territory’s economy is diversified across "
             "agricultural processing, logistics, healthcare, higher education and a growing cluster of data-center "
             "and advanced-manufacturing customers that have contributed most of our recent industrial load growth.")
    st.heading(doc, "Electric Utility", 2)
    doc.para("Halverson Electric owns a diversified generating fleet, purchases additional energy under long-term "
             "power purchase agreements and participates in the Central Plains regional transmission organization. "
             "The following table shows owned generating capacity by fuel type.")
    doc.table(t_capacity())
    doc.para("Halverson Electric plans to retire its two remaining coal units at the Brannock Station in 2028 and "
             "2030, subject to WPUC approval of replacement resources. Retail electric sales by customer class were:")
    doc.table(t_retail())
    st.heading(doc, "Gas Utility", 2)
    doc.para("Halverson Gas distributes natural gas through approximately 14,800 miles of distribution mains and holds "
             "firm transportation capacity on two interstate pipelines together with 18 billion cubic feet of "
             "contracted storage. Gas costs are recovered from customers through a purchased gas adjustment clause "
             "without mark-up.")
    st.heading(doc, "Regulation", 2)
    doc.para("The WPUC regulates our retail rates, service standards, issuance of securities and resource planning. "
             "Wholesale transmission rates are regulated by federal authorities under a formula rate. Both utilities "
             "operate under revenue decoupling mechanisms for residential and small commercial customers.")
    st.heading(doc, "Human Capital", 2)
    doc.para("At December 31, 2025 we had 5,940 employees, of whom approximately 52% were represented by collective "
             "bargaining units. Our safety performance, measured by the recordable incident rate, improved for the "
             "fourth consecutive year.")

    st.heading(doc, "ITEM 1A. RISK FACTORS", 1)
    risks = [
        ("Regulatory risk.", "Our earnings depend on the WPUC allowing us to recover our costs and earn a reasonable "
         "return. Regulatory lag, disallowances or lower authorized returns could reduce earnings and cash flows."),
        ("Capital program execution.", "We plan substantial capital investment over the next three years. Cost "
         "overruns, supply-chain delays or permitting issues could increase costs that may not be fully recoverable."),
        ("Access to capital.", "We rely on debt and equity markets to fund capital expenditures in excess of operating "
         "cash flows. Higher interest rates or a credit rating downgrade could increase financing costs."),
        ("Weather and climate.", "Mild weather reduces sales, while severe storms and wildfire risk can damage our "
         "facilities and expose us to liability."),
        ("Cybersecurity.", "A successful cyberattack on our operational technology could disrupt service and result in "
         "significant costs and penalties."),
    ]
    for head, body in risks:
        doc.para("__" + head + "__ " + body, after=4, markdown=True)
    st.heading(doc, "ITEM 1B. UNRESOLVED STAFF COMMENTS", 1)
    doc.para("None.")
    st.heading(doc, "ITEM 1C. CYBERSECURITY", 1)
    doc.para("Our cybersecurity program is overseen by the Audit and Risk Committee of the Board and led by our Chief "
             "Information Security Officer, who reports quarterly on threats, incidents and program maturity. We did "
             "not identify any cybersecurity incident in 2025 that materially affected the Company.")
    st.heading(doc, "ITEM 2. PROPERTIES", 1)
    doc.para("Our principal properties consist of the generating stations summarized in Item 1, approximately 6,100 "
             "circuit miles of transmission lines, 41,000 circuit miles of distribution lines and the gas distribution "
             "system described above. Substantially all of Halverson Electric’s utility plant is subject to the lien "
             "of its first mortgage indenture.")
    st.heading(doc, "ITEM 3. LEGAL PROCEEDINGS", 1)
    doc.para("See Note 9 to the consolidated financial statements.")
    st.heading(doc, "ITEM 4. MINE SAFETY DISCLOSURES", 1)
    doc.para("Not applicable.")


def part2_item5(doc):
    st = doc.style
    doc.add_page()
    st.heading(doc, "PART II", 0)
    st.heading(doc, "ITEM 5. MARKET FOR REGISTRANT’S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER "
                    "PURCHASES OF EQUITY SECURITIES", 1)
    doc.para(f"Our common stock is traded on the New York Stock Exchange under the symbol “HVRG.” As of February 13, "
             f"2026, there were approximately {u.holders} holders of record of our common stock.", key="holders")
    doc.para("Dividends. We have paid quarterly cash dividends on our common stock without interruption since 1988. "
             "Dividends declared per share in each quarter were as follows:")
    doc.table(t_dividends())
    doc.para("In February 2026 the Board of Directors declared a quarterly dividend of $0.82 per share, payable "
             "April 15, 2026. Future dividends depend on earnings, financial condition, regulatory restrictions and "
             "other factors the Board considers relevant.")
    bb = u.buyback
    doc.para(f"Share Repurchases. In {bb['auth_month']} the Board authorized the repurchase of up to "
             f"${bb['program']} million of our common stock through December 31, 2027. During 2025 we repurchased "
             f"{u.sh_repo[2025]} million shares for ${u.repo_amt[2025]} million, and during 2024 we repurchased "
             f"{u.sh_repo[2024]} million shares for ${u.repo_amt[2024]} million, in each case under this "
             "authorization. No shares were repurchased in the fourth quarter of 2025.", key="buyback")
    doc.para("Securities Authorized for Issuance under Equity Compensation Plans. Information required by this item "
             "is incorporated by reference to our 2026 proxy statement.")
    st.heading(doc, "ITEM 6. [RESERVED]", 1)


def mdna(doc):
    st = doc.style
    st.heading(doc, "ITEM 7. MANAGEMENT’S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF "
                    "OPERATIONS", 1)
    st.heading(doc, "Executive Overview", 2)
    doc.para(f"Net income was ${u.ni[2025]:,} million, or ${u.eps_d[2025]} per diluted share, in 2025, compared with "
             f"${u.ni[2024]:,} million, or ${u.eps_d[2024]} per diluted share, in 2024. The increase reflects new "
             "electric and gas base rates, continued investment in rate base, retail sales growth in the commercial "
             "and industrial classes and higher AFUDC, partially offset by higher depreciation and interest expense.")
    st.heading(doc, "Results of Operations", 2)
    doc.table(t_segments())
    doc.para("Electric Utility. Operating revenues increased primarily because of higher retail sales volumes, the "
             "interim and final rates described below and higher fuel-clause recoveries. Operating income grew as the "
             "revenue increase more than offset higher operations and maintenance expense and depreciation on new "
             "transmission and solar facilities.")
    doc.para("Gas Utility. Revenues increased because of colder weather in the first quarter, customer growth and the "
             "new base rates; cost of gas is recovered through the purchased gas adjustment clause and does not affect "
             "margin. In 2024 revenues declined from 2023 mainly because of lower natural gas commodity prices passed "
             "through to customers.")
    doc.para("Corporate and Other. The net loss reflects interest on holding company debt, partially offset by "
             "income tax benefits and earnings of the energy-services business.")
    st.heading(doc, "Regulatory Matters — Rate Case Outcomes", 2)
    rc = u.rate_case
    doc.para(f"Halverson Electric general rate case. In October 2025 the WPUC approved a settlement of Halverson "
             f"Electric’s general rate case, authorizing an annual base rate increase of ${rc['e_approved']} million "
             f"effective November 1, 2025, based on an authorized ROE of {rc['e_roe']}, a common equity ratio of "
             f"{rc['e_equity']} and a rate base of {rc['e_rate_base']}. Halverson Electric had requested an increase of "
             f"${rc['e_requested']} million and an ROE of {rc['e_requested_roe']}.", key="ratecase_e")
    doc.para(f"Halverson Gas rate case. In February 2025 the WPUC approved a ${rc['g_approved']} million annual "
             f"increase in Halverson Gas base rates effective March 1, 2025, compared with the "
             f"${rc['g_requested']} million originally requested, based on an authorized ROE of {rc['g_roe']} and a "
             f"common equity ratio of {rc['g_equity']}.", key="ratecase_g")
    doc.para("We expect to file the next Halverson Electric rate case in the second half of 2026 to reflect the "
             "replacement resources for the Brannock coal units.")
    st.heading(doc, "Capital Expenditures", 2)
    doc.para("Our capital plan is focused on transmission and distribution reliability, renewable and storage "
             "resources, and gas pipeline replacement. Actual 2025 and forecast capital expenditures by segment, "
             "excluding AFUDC, are shown below.")
    doc.table(t_capex_plan())
    doc.para("The forecast is subject to regulatory approvals, load growth and supply-chain conditions, and actual "
             "amounts may differ.")
    st.heading(doc, "Liquidity and Capital Resources", 2)
    cr = u.credit
    doc.para(f"Our principal sources of liquidity are cash from operations, commercial paper and a "
             f"${cr['facility']:,} million revolving credit facility that expires in June 2030 and supports our "
             f"commercial paper programs. At December 31, 2025, ${cr['drawn']} million was drawn under the facility, "
             f"${cr['cp']} million of commercial paper was outstanding and ${cr['lc']} million of letters of credit "
             "had been issued under the facility, each of which reduces the capacity available to us.",
             key="credit")
    doc.table(t_cfsum())
    doc.para("Operating activities. The increase in operating cash flow in 2025 reflects higher net income and "
             "higher deferred taxes, partially offset by working-capital changes, including higher receivables.")
    doc.para("Investing activities. Cash used in investing activities consisted primarily of capital expenditures "
             "for the Electric Utility’s transmission, distribution and solar projects.")
    doc.para("Financing activities. In 2025 we issued first mortgage bonds, gas senior notes and $500 million of "
             "junior subordinated notes, used part of the proceeds to retire maturing debt and increased short-term "
             "borrowings. We expect to fund the 2026–2028 capital plan with cash from operations, new long-term debt "
             "and approximately $600 million of equity through our at-the-market program and employee plans.")
    doc.para("Credit ratings. Our senior unsecured debt is rated in the BBB category by two major rating agencies; "
             "Halverson Electric’s first mortgage bonds are rated in the A category.")
    st.heading(doc, "ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK", 1)
    doc.para("We are exposed to interest rate risk on short-term borrowings and future debt issuances and to commodity "
             "price risk for fuel, purchased power and natural gas, which is largely mitigated by cost-recovery "
             "clauses. A hypothetical 100 basis point increase in short-term interest rates would reduce annual "
             "pre-tax income by approximately $5 million.")
    st.heading(doc, "ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", 1)
    st.heading(doc, "Report of Independent Registered Public Accounting Firm", 2)
    doc.para("To the Shareholders and Board of Directors of Halverson Ridge Energy Holdings, Inc.: We have audited "
             "the accompanying consolidated balance sheets of the Company as of December 31, 2025 and 2024, and the "
             "related consolidated statements of income, cash flows and changes in shareholders’ equity for each of "
             "the three years in the period ended December 31, 2025, and the related notes. In our opinion, the "
             "financial statements present fairly, in all material respects, the financial position of the Company "
             "and the results of its operations and its cash flows in conformity with accounting principles generally "
             "accepted in the United States of America. Critical audit matter: the impact of rate regulation on the "
             "financial statements, including the recoverability of regulatory assets.")
    doc.para("/s/ Whitcombe & Rydell LLP, Port Calder, Wescana, February 24, 2026. We have served as the Company’s "
             "auditor since 2009.", style="I")


def statements(doc):
    doc.add_page()
    doc.table(t_income())
    doc.add_page()
    doc.table(t_bs_assets())
    doc.add_page()
    doc.table(t_bs_liab())
    doc.add_page()
    doc.table(t_cashflow())
    doc.add_page()
    doc.table(t_equity())


def notes(doc):
    st = doc.style
    doc.add_page()
    doc.font(st.body_family, "B", 10.5)
    title = "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"
    doc.text(doc.w / 2 - doc.get_string_width(title) / 2, doc.get_y() + 10, title)
    doc.vspace(22)
    st.heading(doc, "1. Summary of Significant Accounting Policies", 2)
    doc.para("Basis of presentation. The consolidated financial statements include the accounts of the Company and "
             "its wholly owned subsidiaries. Our utilities apply accounting guidance for regulated operations, under "
             "which regulatory assets and liabilities are recorded for costs and credits that are probable of recovery "
             "or refund through rates. Dollar amounts are in millions except per-share amounts.")
    st.heading(doc, "2. Revenues", 2)
    doc.para("We disaggregate operating revenues by segment and customer class as follows:")
    doc.table(t_revenue(2025))
    doc.table(t_revenue(2024))
    doc.add_page()
    st.heading(doc, "3. Long-Term Debt", 2)
    doc.table(t_ltd())
    doc.para("Substantially all of Halverson Electric’s utility plant is pledged under its first mortgage indenture. "
             "Scheduled principal maturities of long-term debt at December 31, 2025 are:")
    doc.table(t_maturities())
    st.heading(doc, "4. Income Taxes", 2)
    doc.table(t_taxcomp())
    doc.table(t_taxrate())
    doc.add_page()
    st.heading(doc, "5. Pension and Other Postretirement Benefits", 2)
    doc.para("We sponsor noncontributory defined benefit pension plans covering most employees hired before 2012 and "
             "OPEB plans providing retiree health care. The funded status of the qualified pension plans was:")
    doc.table(t_pension())
    doc.para(f"The unfunded OPEB obligation was ${u.opeb[2025]} million at December 31, 2025 and ${u.opeb[2024]} "
             "million at December 31, 2024. The pension and OPEB liabilities together are presented as pension and "
             "other postretirement benefit obligations on the consolidated balance sheets.", key="opeb")
    st.heading(doc, "6. Earnings per Share", 2)
    doc.table(t_eps())
    doc.add_page()
    st.heading(doc, "7. Segment Information", 2)
    doc.para("Our chief operating decision maker evaluates segment performance based on net income. Intersegment "
             "revenues are not material.")
    doc.table(t_segment_note())
    st.heading(doc, "8. Leases", 2)
    doc.para("We lease office space, fleet vehicles and land for certain generating facilities. Operating lease cost "
             "was $41 million in 2025; lease terms range from one to 35 years.")
    st.heading(doc, "9. Commitments and Contingencies", 2)
    doc.para("We have entered into long-term purchased power agreements and fuel and natural gas supply contracts. "
             "Minimum payments under these unconditional purchase obligations are:")
    doc.table(t_commit())
    doc.para("Environmental and legal matters. We are party to routine litigation and environmental proceedings. "
             "Management does not expect their resolution to have a material adverse effect on our financial position.")


def part3(doc):
    st = doc.style
    doc.add_page()
    st.heading(doc, "ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL "
                    "DISCLOSURE", 1)
    doc.para("None.")
    st.heading(doc, "ITEM 9A. CONTROLS AND PROCEDURES", 1)
    doc.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
             "procedures were effective as of December 31, 2025. Management concluded that internal control over "
             "financial reporting was effective as of that date based on the COSO 2013 framework. There were no "
             "changes in internal control during the fourth quarter of 2025 that materially affected, or are "
             "reasonably likely to materially affect, internal control over financial reporting.")
    st.heading(doc, "ITEM 9B. OTHER INFORMATION", 1)
    doc.para("During the fourth quarter of 2025, no director or officer adopted or terminated a Rule 10b5-1 trading "
             "arrangement.")
    st.heading(doc, "ITEM 9C. DISCLOSURE REGARDING FOREIGN JURISDICTIONS THAT PREVENT INSPECTIONS", 1)
    doc.para("Not applicable.")
    st.heading(doc, "PART III", 0)
    st.heading(doc, "ITEMS 10–14. DIRECTORS, EXECUTIVE OFFICERS AND CORPORATE GOVERNANCE; EXECUTIVE COMPENSATION; "
                    "SECURITY OWNERSHIP; CERTAIN RELATIONSHIPS; PRINCIPAL ACCOUNTANT FEES AND SERVICES", 1)
    doc.para("The information required by Items 10 through 14 is incorporated by reference to our definitive proxy "
             "statement for the 2026 annual meeting of shareholders, to be filed within 120 days after December 31, "
             "2025.")
    st.heading(doc, "PART IV", 0)
    st.heading(doc, "ITEM 15. EXHIBITS AND FINANCIAL STATEMENT SCHEDULES", 1)
    doc.para("(a) Financial statements: see Item 8. (b) Exhibits: articles of incorporation and bylaws; first mortgage "
             "indenture and supplemental indentures; credit agreement dated June 12, 2025; executive compensation "
             "plans; subsidiaries of the registrant; consent of Whitcombe & Rydell LLP; certifications under Rules "
             "13a-14(a) and Section 1350; and interactive data files.")
    st.heading(doc, "ITEM 16. FORM 10-K SUMMARY", 1)
    doc.para("None.")


def signatures(doc):
    st = doc.style
    doc.add_page()
    doc.font(st.body_family, "B", 11)
    t = "SIGNATURES"
    doc.marks["SIGNATURES"] = doc.pidx
    doc.text(doc.w / 2 - doc.get_string_width(t) / 2, doc.get_y() + 10, t)
    doc.vspace(24)
    doc.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized, on February 24, 2026.")
    doc.para(f"{u.CO}", style="B")
    doc.para("By: /s/ Daniel R. Hollis — Chairman, President and Chief Executive Officer", after=14)
    doc.para("Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been signed below "
             "by the following persons on behalf of the registrant and in the capacities indicated on February 24, "
             "2026.", after=10)
    people = [("/s/ Daniel R. Hollis", "Chairman, President and Chief Executive Officer (Principal Executive Officer)"),
              ("/s/ Priya N. Castellanos", "Executive Vice President and Chief Financial Officer (Principal Financial "
                                           "Officer)"),
              ("/s/ Owen T. Mirabeau", "Vice President and Controller (Principal Accounting Officer)"),
              ("/s/ Helena J. Brookfield", "Lead Independent Director"),
              ("/s/ Marcus V. Oduya", "Director"),
              ("/s/ Renata K. Solberg", "Director"),
              ("/s/ Thomas E. Vantongeren", "Director"),
              ("/s/ Aiko M. Prescott", "Director")]
    for name, title in people:
        y = doc.get_y()
        doc.font(st.body_family, "", 9.4)
        doc.text(doc.l_margin, y + 10, name)
        doc.set_xy(doc.l_margin + 170, y)
        doc.multi_cell(doc.epw - 170, 11.5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        doc.set_draw_color(0, 0, 0)
        doc.set_line_width(0.3)
        doc.line(doc.l_margin, doc.get_y() + 3, doc.l_margin + 150, doc.get_y() + 3)
        doc.vspace(12)


def build(fonts, toc=None):
    """Two passes: the first finds the pages of the Items for the table of contents."""
    if toc is None:
        toc = build(fonts, toc={}).marks
    style = TenKStyle(u.CO_CAPS)
    doc = Doc(style, fonts)
    doc.toc = toc
    doc.set_title(f"{u.CO} — Annual Report on Form 10-K for the fiscal year ended December 31, 2025")
    doc.set_author(u.CO)
    doc.set_creator("blind_filings_19 generator")
    doc.set_producer("blind_filings_19")
    cover(doc)
    contents(doc)
    part1(doc)
    part2_item5(doc)
    mdna(doc)
    statements(doc)
    notes(doc)
    part3(doc)
    signatures(doc)
    return doc
