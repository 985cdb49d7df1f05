"""Figures of the invented utility holding company (10-K, FY2025).

All amounts in millions of dollars except per-share data, shares (millions),
MW and GWh. Derived lines (subtotals, totals, plugs) are computed here so
that every statement ties by construction; `validate()` re-checks the ties.
"""
from decimal import Decimal as D

CO = "Halverson Ridge Energy Holdings, Inc."
CO_CAPS = "HALVERSON RIDGE ENERGY HOLDINGS, INC."
ELEC = "Halverson Ridge Electric Company"
GAS = "Halverson Ridge Gas Company"
DOC_NAME = "HALVERSONRIDGE_2025_10K"
Y3 = (2025, 2024, 2023)
Y2 = (2025, 2024)


def s(*xs):
    return sum(xs)


# ----------------------------------------------------------- income statement
rev_elec = {2025: 4862, 2024: 4598, 2023: 4437}
rev_gas = {2025: 1314, 2024: 1187, 2023: 1402}
rev_oth = {2025: 38, 2024: 35, 2023: 31}
rev_tot = {y: rev_elec[y] + rev_gas[y] + rev_oth[y] for y in Y3}

fuel_pp = {2025: 1402, 2024: 1377, 2023: 1398}
gas_cost = {2025: 512, 2024: 468, 2023: 651}
om_seg = {  # electric, gas, corporate
    2025: (998, 262, 36), 2024: (958, 249, 34), 2023: (931, 243, 31)}
da_seg = {2025: (706, 148, 14), 2024: (661, 139, 12), 2023: (619, 131, 10)}
txo_seg = {2025: (268, 69, 4), 2024: (257, 66, 4), 2023: (250, 64, 4)}
om = {y: sum(om_seg[y]) for y in Y3}
da = {y: sum(da_seg[y]) for y in Y3}
txo = {y: sum(txo_seg[y]) for y in Y3}
opex = {y: fuel_pp[y] + gas_cost[y] + om[y] + da[y] + txo[y] for y in Y3}
opinc = {y: rev_tot[y] - opex[y] for y in Y3}
afudc = {2025: 64, 2024: 58, 2023: 49}
oth_inc = {2025: 41, 2024: 29, 2023: 22}
int_seg = {2025: (402, 88, 108), 2024: (371, 79, 97), 2023: (336, 70, 83)}
interest = {y: sum(int_seg[y]) for y in Y3}
oth_total = {y: afudc[y] + oth_inc[y] - interest[y] for y in Y3}
pretax = {y: opinc[y] + oth_total[y] for y in Y3}
tax_seg = {2025: (152, 41, -3), 2024: (131, 33, -6), 2023: (129, 39, 3)}
tax = {y: sum(tax_seg[y]) for y in Y3}
ni = {y: pretax[y] - tax[y] for y in Y3}

seg_opinc = {}
for y in Y3:
    e = rev_elec[y] - fuel_pp[y] - om_seg[y][0] - da_seg[y][0] - txo_seg[y][0]
    g = rev_gas[y] - gas_cost[y] - om_seg[y][1] - da_seg[y][1] - txo_seg[y][1]
    c = rev_oth[y] - om_seg[y][2] - da_seg[y][2] - txo_seg[y][2]
    seg_opinc[y] = (e, g, c)
seg_ni_eg = {2025: (948, 214), 2024: (842, 171), 2023: (801, 203)}
seg_ni = {y: (seg_ni_eg[y][0], seg_ni_eg[y][1], ni[y] - sum(seg_ni_eg[y])) for y in Y3}

sh_basic = {2025: D("212.4"), 2024: D("212.9"), 2023: D("211.9")}
sh_dil_eff = {2025: D("0.6"), 2024: D("0.6"), 2023: D("0.5")}
sh_dil = {y: sh_basic[y] + sh_dil_eff[y] for y in Y3}


def q2(x):
    return x.quantize(D("0.01"), rounding="ROUND_HALF_UP")


eps_b = {y: q2(D(ni[y]) / sh_basic[y]) for y in Y3}
eps_d = {y: q2(D(ni[y]) / sh_dil[y]) for y in Y3}

# -------------------------------------------------------------- dividends
div_q = {2025: [D("0.74"), D("0.78"), D("0.78"), D("0.78")],
         2024: [D("0.70"), D("0.74"), D("0.74"), D("0.74")],
         2023: [D("0.66"), D("0.70"), D("0.70"), D("0.70")]}
div_ps = {y: sum(div_q[y]) for y in Y3}
div_amt = {2025: 654, 2024: 622, 2023: 585}
holders = "31,420"

# ---------------------------------------------------------------- equity
sh_issued = {2025: D("0.7"), 2024: D("0.6"), 2023: D("2.4")}
sh_repo = {2025: D("1.3"), 2024: D("0.9"), 2023: D("0")}
iss_amt = {2025: 58, 2024: 45, 2023: 182}
repo_amt = {2025: 112, 2024: 74, 2023: 0}
sbc = {2025: 29, 2024: 27, 2023: 24}
oci = {2025: 12, 2024: -9, 2023: 6}
eq_open = {"shares": D("210.6"), "cs": 6842, "re": 4915, "aoci": -38}
eq = {2022: dict(eq_open)}
for y in (2023, 2024, 2025):
    p = eq[y - 1]
    eq[y] = {"shares": p["shares"] + sh_issued[y] - sh_repo[y],
             "cs": p["cs"] + iss_amt[y] - repo_amt[y] + sbc[y],
             "re": p["re"] + ni[y] - div_amt[y],
             "aoci": p["aoci"] + oci[y]}
for y in eq:
    eq[y]["total"] = eq[y]["cs"] + eq[y]["re"] + eq[y]["aoci"]

buyback = {"program": 400, "auth_month": "February 2024"}

# ------------------------------------------------------------ long-term debt
ltd_series = [  # label, 2025, 2024
    ("Halverson Ridge Electric first mortgage bonds, 2.45%–6.10%, due 2026–2055", 11109, 10087),
    ("Halverson Ridge Gas senior notes, 3.10%–5.85%, due 2027–2054", 2475, 2225),
    ("Holding company senior notes, 1.90%–5.60%, due 2026–2034", 2300, 2300),
    ("Holding company junior subordinated notes, 6.35%, due 2055", 500, 0),
]
ltd_principal = {2025: sum(r[1] for r in ltd_series), 2024: sum(r[2] for r in ltd_series)}
ltd_unamort = {2025: 113, 2024: 106}
ltd_current = {2025: 650, 2024: 525}
ltd_net = {y: ltd_principal[y] - ltd_unamort[y] - ltd_current[y] for y in Y2}
maturities = [("2026", 650), ("2027", 725), ("2028", 560), ("2029", 800), ("2030", 675)]
maturities.append(("Thereafter", ltd_principal[2025] - sum(v for _, v in maturities)))

ltd_issue = {2025: 2297, 2024: 2211, 2023: 1672}
ltd_retire = {2025: 525, 2024: 480, 2023: 610}
stb = {2025: 512, 2024: 386, 2023: 455, 2022: 343}
stb_change = {y: stb[y] - stb[y - 1] for y in Y3}

# -------------------------------------------------------------- cash flows
cash = {2025: 187, 2024: 142, 2023: 131, 2022: 118}
capex = {2025: 3284, 2024: 3012, 2023: 2776}
capex_seg = {2025: (2611, 587, 86), 2024: (2402, 531, 79), 2023: (2198, 502, 76)}
asset_sale = {2025: 0, 2024: 88, 2023: 0}
inv_other = {2025: -27, 2024: -19, 2023: -22}
fin_other = {2025: -18, 2024: -15, 2023: -21}
deferred_tax = {2025: 171, 2024: 148, 2023: 139}
reg_amort = {2025: 96, 2024: 88, 2023: 81}
chg_ar = {2025: -63, 2024: -41, 2023: 37}
chg_inv = {2025: -16, 2024: 23, 2023: -58}
chg_ap = {2025: 61, 2024: -35, 2023: 44}
chg_reg = {2025: -84, 2024: -62, 2023: 96}

cfi = {y: -capex[y] + asset_sale[y] + inv_other[y] for y in Y3}
cff = {y: ltd_issue[y] - ltd_retire[y] + stb_change[y] + iss_amt[y] - repo_amt[y]
       - div_amt[y] + fin_other[y] for y in Y3}
net_change = {y: cash[y] - cash[y - 1] for y in Y3}
cfo = {y: net_change[y] - cfi[y] - cff[y] for y in Y3}
op_known = {y: ni[y] + da[y] + deferred_tax[y] - afudc[y] + sbc[y] + reg_amort[y]
            + chg_ar[y] + chg_inv[y] + chg_ap[y] + chg_reg[y] for y in Y3}
op_other = {y: cfo[y] - op_known[y] for y in Y3}
int_paid = {2025: 571, 2024: 522, 2023: 468}
tax_paid = {2025: 14, 2024: 9, 2023: 31}
accrued_capex = {2025: 318, 2024: 295, 2023: 277}

# ------------------------------------------------------------ balance sheet
bs_ca = [  # label, 2025, 2024, key
    ("Cash and cash equivalents", 187, 142, "Cash and cash equivalents"),
    ("Accounts receivable, net of allowance for credit losses of $38 and $35", 612, 571, "Accounts receivable, net"),
    ("Accrued unbilled revenues", 298, 276, "Accrued unbilled revenues"),
    ("Fuel, materials and supplies", 486, 452, "Fuel, materials and supplies"),
    ("Natural gas in storage", 143, 161, "Natural gas in storage"),
    ("Regulatory assets", 214, 238, "Regulatory assets, current"),
    ("Prepayments and other current assets", 121, 109, "Prepayments and other current assets"),
]
plant = {2025: 42580, 2024: 39862}
acc_dep = {2025: 12406, 2024: 11788}
cwip = {2025: 2318, 2024: 2047}
nonutil = {2025: 214, 2024: 206}
reg_assets_nc = {2025: 2684, 2024: 2593}
goodwill = {2025: 1327, 2024: 1327}
rou = {2025: 188, 2024: 196}

bs_cl = [
    ("Short-term borrowings", stb[2025], stb[2024], "Short-term borrowings"),
    ("Current maturities of long-term debt", ltd_current[2025], ltd_current[2024], "Current maturities of long-term debt"),
    ("Accounts payable", 803, 742, "Accounts payable"),
    ("Accrued taxes", 214, 198, "Accrued taxes"),
    ("Accrued interest", 156, 141, "Accrued interest"),
    ("Customer deposits", 97, 92, "Customer deposits"),
    ("Regulatory liabilities", 118, 104, "Regulatory liabilities, current"),
    ("Other current liabilities", 263, 249, "Other current liabilities"),
]

# pension (note) and OPEB (prose)
pbo = {2024: {"open": 2901, "svc": 51, "int": 144, "act": -82, "paid": -168},
       2025: {"open": None, "svc": 48, "int": 152, "act": -37, "paid": -171}}
pbo[2024]["close"] = sum(v for k, v in pbo[2024].items() if k != "open") + pbo[2024]["open"]
pbo[2025]["open"] = pbo[2024]["close"]
pbo[2025]["close"] = sum(v for k, v in pbo[2025].items() if k not in ("open",)) + pbo[2025]["open"]
fva = {2024: {"open": 2527, "ret": 232, "contrib": 20, "paid": -168},
       2025: {"open": None, "ret": 228, "contrib": 25, "paid": -171}}
fva[2024]["close"] = fva[2024]["open"] + fva[2024]["ret"] + fva[2024]["contrib"] + fva[2024]["paid"]
fva[2025]["open"] = fva[2024]["close"]
fva[2025]["close"] = fva[2025]["open"] + fva[2025]["ret"] + fva[2025]["contrib"] + fva[2025]["paid"]
funded = {y: fva[y]["close"] - pbo[y]["close"] for y in Y2}
opeb = {2025: 96, 2024: 104}
pension_liab = {y: -funded[y] + opeb[y] for y in Y2}

bs_dc = [
    ("Deferred income taxes", 3948, 3702, "Deferred income taxes"),
    ("Regulatory liabilities", 2716, 2798, "Regulatory liabilities, noncurrent"),
    ("Asset retirement obligations", 612, 587, "Asset retirement obligations"),
    ("Pension and other postretirement benefit obligations", pension_liab[2025], pension_liab[2024],
     "Pension and other postretirement benefit obligations"),
    ("Operating lease liabilities", 171, 181, "Operating lease liabilities"),
    ("Other deferred credits and liabilities", 398, 372, "Other deferred credits and liabilities"),
]

tca = {y: sum(r[1 if y == 2025 else 2] for r in bs_ca) for y in Y2}
net_plant = {y: plant[y] - acc_dep[y] for y in Y2}
ppe = {y: net_plant[y] + cwip[y] + nonutil[y] for y in Y2}
tcl = {y: sum(r[1 if y == 2025 else 2] for r in bs_cl) for y in Y2}
tdc = {y: sum(r[1 if y == 2025 else 2] for r in bs_dc) for y in Y2}
tliab = {y: tcl[y] + ltd_net[y] + tdc[y] for y in Y2}
tle = {y: tliab[y] + eq[y]["total"] for y in Y2}
other_nc = {y: tle[y] - tca[y] - ppe[y] - reg_assets_nc[y] - goodwill[y] - rou[y] for y in Y2}
tonc = {y: reg_assets_nc[y] + goodwill[y] + rou[y] + other_nc[y] for y in Y2}
tassets = {y: tca[y] + ppe[y] + tonc[y] for y in Y2}

# ------------------------------------------------------------ revenue note
rev_disagg = {  # segment -> year -> (res, com, ind, other, alt)
    "E": {2025: (2041, 1598, 742, 426, 55), 2024: (1912, 1521, 718, 386, 61)},
    "G": {2025: (798, 312, 96, 87, 21), 2024: (716, 285, 89, 81, 16)},
    "C": {2025: (0, 0, 0, 38, 0), 2024: (0, 0, 0, 35, 0)},
}
retail_gwh = {2025: (14210, 13065, 9874, 1263), 2024: (13884, 12902, 9611, 1208)}
customers = {"elec": "1,462,000", "gas": "748,000"}

# ------------------------------------------------------------ tax note
tax_comp = {  # cur fed, cur state, def fed, def state
    2025: (9, 10, 141, 30), 2024: (4, 6, 122, 26), 2023: (12, 20, 115, 24)}
statutory = {y: int((D(pretax[y]) * D("0.21")).quantize(D(1), rounding="ROUND_HALF_UP")) for y in Y3}
rate_items = {  # state, excess ADIT, AFUDC equity, PTC
    2025: (32, -61, -13, -38), 2024: (25, -64, -12, -27), 2023: (35, -66, -10, -18)}
rate_other = {y: tax[y] - statutory[y] - sum(rate_items[y]) for y in Y3}
etr = {y: (D(tax[y]) * 100 / D(pretax[y])).quantize(D("0.1"), rounding="ROUND_HALF_UP") for y in Y3}

# ------------------------------------------------------------ segment note
seg_assets = {2025: (31120, 7046), 2024: (29011, 6662)}
seg_assets = {y: (seg_assets[y][0], seg_assets[y][1], tassets[y] - sum(seg_assets[y])) for y in Y2}

# ------------------------------------------------------------ capex plan
capex_plan = {  # 2026, 2027, 2028
    "Electric Utility": (2890, 3140, 3325),
    "Gas Utility": (615, 640, 660),
    "Corporate and Other": (72, 65, 60),
}

# ------------------------------------------------------------ capacity
capacity = [  # fuel, units, MW
    ("Natural gas — combined cycle", 6, 3150),
    ("Natural gas — combustion turbines", 14, 1420),
    ("Coal", 3, 1640),
    ("Wind", 11, 1875),
    ("Solar", 9, 960),
    ("Hydroelectric", 7, 185),
    ("Battery storage", 4, 400),
]

# ------------------------------------------------------------ commitments
commit = {
    "Purchased power agreements": (412, 398, 351, 302, 288, 1604),
    "Fuel and natural gas supply": (230, 190, 160, 135, 114, 511),
}

# ------------------------------------------------------------ prose facts
rate_case = {
    "e_requested": 212, "e_requested_roe": "10.40%", "e_approved": 148,
    "e_roe": "9.85%", "e_equity": "51.0%", "e_rate_base": "$14.2 billion",
    "g_requested": 61, "g_approved": 44, "g_roe": "9.60%", "g_equity": "52.5%",
}
credit = {"facility": 2250, "drawn": 200, "cp": 312, "lc": 46}
assert credit["drawn"] + credit["cp"] == stb[2025]


def validate():
    errs = []

    def eq_(a, b, what):
        if a != b:
            errs.append(f"{what}: {a} != {b}")

    for y in Y3:
        eq_(sum(seg_opinc[y]), opinc[y], f"segment operating income {y}")
        eq_(sum(seg_ni[y]), ni[y], f"segment net income {y}")
        eq_(sum(capex_seg[y]), capex[y], f"segment capex {y}")
        eq_(sum(tax_comp[y]), tax[y], f"tax components {y}")
        eq_(tax_comp[y][2] + tax_comp[y][3], deferred_tax[y], f"deferred tax {y}")
        eq_(eq[y]["total"] - eq[y - 1]["total"],
            ni[y] + oci[y] - div_amt[y] + iss_amt[y] - repo_amt[y] + sbc[y], f"equity roll {y}")
        eq_(cfo[y] + cfi[y] + cff[y], cash[y] - cash[y - 1], f"cash roll {y}")
        if not (0 <= op_other[y] < 200):
            errs.append(f"operating other plug out of range {y}: {op_other[y]}")
    for y in Y2:
        eq_(tassets[y], tle[y], f"balance sheet {y}")
        eq_(sum(seg_assets[y]), tassets[y], f"segment assets {y}")
        if not (300 < other_nc[y] < 1200):
            errs.append(f"other noncurrent assets plug out of range {y}: {other_nc[y]}")
        for sg, rv in (("E", rev_elec), ("G", rev_gas), ("C", rev_oth)):
            eq_(sum(rev_disagg[sg][y]), rv[y], f"revenue disaggregation {sg} {y}")
        eq_(ltd_principal[y] - ltd_unamort[y] - ltd_current[y], ltd_net[y], f"ltd {y}")
    eq_(ltd_principal[2024] + ltd_issue[2025] - ltd_retire[2025], ltd_principal[2025], "ltd roll 2025")
    eq_(ltd_retire[2025], ltd_current[2024], "retirements = prior current maturities")
    eq_(maturities[0][1], ltd_current[2025], "2026 maturities")
    eq_(sum(v for _, v in maturities), ltd_principal[2025], "maturities total")
    eq_(eq[2025]["total"] - 0, eq[2025]["cs"] + eq[2025]["re"] + eq[2025]["aoci"], "equity total")
    eq_(buyback["program"] - repo_amt[2024] - repo_amt[2025] > 0, True, "buyback remaining")
    return errs
