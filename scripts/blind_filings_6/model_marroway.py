"""Marroway Energy Holdings, Inc. -- FY2025 Form 10-K model ($ millions).

Every input appears once; statements, notes and ratios are derived with
exact integer / Fraction arithmetic.  check() asserts the ties.
"""

from fractions import Fraction as F

import fmt

YEARS = (2025, 2024, 2023)
BS_DATES = (2025, 2024)
SEGS = ("electric", "gas", "other")
SEG_NAMES = {"electric": "Electric Utility", "gas": "Gas Distribution", "other": "Corporate and Other"}

# ---------------------------------------------------------------- inputs
SEG_IS = {  # per segment, per year: revenue, fuel, gas cost, O&M, D&A, taxes other, interest
    "electric": {
        "revenue": (3742, 3561, 3488),
        "fuel": (1128, 1097, 1142),
        "gascost": (0, 0, 0),
        "om": (912, 884, 861),
        "da": (588, 551, 517),
        "taxother": (214, 205, 198),
        "interest": (198, 186, 172),
        "capex": (1412, 1288, 1164),
    },
    "gas": {
        "revenue": (1186, 1104, 1237),
        "fuel": (0, 0, 0),
        "gascost": (452, 421, 538),
        "om": (271, 262, 255),
        "da": (139, 131, 124),
        "taxother": (72, 68, 66),
        "interest": (52, 48, 44),
        "capex": (386, 352, 331),
    },
    "other": {
        "revenue": (14, 13, 12),
        "fuel": (0, 0, 0),
        "gascost": (0, 0, 0),
        "om": (21, 18, 15),
        "da": (6, 6, 5),
        "taxother": (1, 1, 1),
        "interest": (96, 89, 81),
        "capex": (24, 19, 17),
    },
}
AFUDC_EQUITY = (41, 36, 30)
OTHER_INCOME = (28, 22, 19)
# income taxes
CUR_FED = (8, 5, 4)
CUR_STATE = (13, 17, 13)
DEF_FED = (95, 79, 90)
INCOME_TAX = (139, 118, 121)
STATUTORY = F(21, 100)
TAX_STATE = (38, 34, 33)
TAX_EDIT = (-52, -49, -47)
TAX_AFUDC = (-9, -8, -6)
TAX_CREDITS = (-14, -12, -11)
# shares (millions, one decimal as printed)
SH_BASIC = (F("152.4"), F("150.8"), F("149.9"))
SH_DILUTED = (F("152.9"), F("151.2"), F("150.3"))
DPS = (F("2.96"), F("2.84"), F("2.72"))
# equity roll-forward (years in chronological order 2023, 2024, 2025 stored as per YEARS order)
EQ_OPEN_2022 = {"shares": F("149.6"), "common": 5842, "retained": 3914, "aoci": -46}
SH_ISSUED = (F("1.5"), F("1.4"), F("0.6"))
STOCK_ISSUED = (112, 96, 38)
STOCK_COMP = (22, 20, 18)
DIVIDENDS = (451, 428, 407)
OCI_PENSION = (-7, 9, 5)
OCI_HEDGE = (2, 3, 2)
# long-term debt: (issuer, description, rate, due, principal 2025, principal 2024)
DEBT = [
    ("Marroway Electric Company first mortgage bonds", "3.15% Series due 2025", "3.15%", 2025, 0, 400),
    ("Marroway Electric Company first mortgage bonds", "2.80% Series due 2026", "2.80%", 2026, 450, 450),
    ("Marroway Electric Company first mortgage bonds", "4.05% Series due 2028", "4.05%", 2028, 600, 600),
    ("Marroway Electric Company first mortgage bonds", "3.60% Series due 2030", "3.60%", 2030, 650, 650),
    ("Marroway Electric Company first mortgage bonds", "5.20% Series due 2033", "5.20%", 2033, 700, 700),
    ("Marroway Electric Company first mortgage bonds", "4.70% Series due 2044", "4.70%", 2044, 500, 500),
    ("Marroway Electric Company first mortgage bonds", "4.30% Series due 2049", "4.30%", 2049, 625, 625),
    ("Marroway Electric Company first mortgage bonds", "5.45% Series due 2055", "5.45%", 2055, 800, 0),
    ("Eastvale Gas Company senior notes", "3.40% Notes due 2025", "3.40%", 2025, 0, 200),
    ("Eastvale Gas Company senior notes", "3.95% Notes due 2027", "3.95%", 2027, 300, 300),
    ("Eastvale Gas Company senior notes", "5.10% Notes due 2035", "5.10%", 2035, 350, 0),
    ("Eastvale Gas Company senior notes", "4.85% Notes due 2048", "4.85%", 2048, 400, 400),
    ("Marroway Energy Holdings senior and junior notes", "2.65% Senior Notes due 2026", "2.65%", 2026, 500, 500),
    ("Marroway Energy Holdings senior and junior notes", "4.40% Senior Notes due 2029", "4.40%", 2029, 750, 750),
    (
        "Marroway Energy Holdings senior and junior notes",
        "5.75% Junior Subordinated Notes due 2054",
        "5.75%",
        2054,
        550,
        550,
    ),
]
UNAMORTIZED = (-58, -49)
DEBT_ISSUED_PRIOR = {2024: 1150, 2023: 925}
DEBT_RETIRED_PRIOR = {2024: 500, 2023: 450}
CP = {2025: 406, 2024: 286}
CP_CHANGE_PRIOR = {2024: -74, 2023: 92}
OTHER_FIN = (-17, -12, -9)
# balance sheet inputs
BS = {
    "plant_electric": (21480, 20310),
    "plant_gas": (4925, 4610),
    "plant_common": (1140, 1085),
    "accum_dep": (-7912, -7486),
    "cwip": (1486, 1237),
    "cash": (38, 52),
    "receivables": (412, 389),
    "unbilled": (236, 221),
    "materials": (268, 241),
    "fuel_gas": (147, 162),
    "prepay": (84, 77),
    "goodwill": (1214, 1214),
    "other_assets": (318, 301),
    "ap": (498, 462),
    "deposits": (71, 68),
    "taxes_accrued": (118, 109),
    "interest_accrued": (84, 72),
    "other_current": (196, 183),
    "dit": (2684, 2512),
    "aro": (412, 396),
}
ALLOWANCE = (19, 17)
CASH_2023, CASH_2022 = 47, 61
# regulatory assets / liabilities (2025, 2024)
REG_ASSETS = [
    ("pension", "Pension and other postretirement benefit costs", 486, 512),
    ("storm", "Storm restoration costs", 214, 158),
    ("underrec", "Under-recovered fuel and natural gas costs", 96, 131),
    ("aro", "Asset retirement obligations", 178, 169),
    ("reacq", "Unamortized loss on reacquired debt", 22, 25),
    ("ee", "Energy efficiency program costs", 63, 58),
    ("harlan", "Harlan Point Units 1 and 2 retirement", 341, 372),
    ("other", "Other", 57, 49),
]
REG_ASSETS_CURRENT = (168, 192)
REG_LIABS = [
    ("edit", "Excess deferred income taxes", 1086, 1142),
    ("removal", "Accrued cost of removal", 742, 708),
    ("overrec", "Over-recovered fuel and natural gas costs", 18, 9),
    ("other", "Other", 41, 38),
]
REG_LIABS_CURRENT = (96, 88)
# cash flow inputs not derivable from the balance sheet
CF_PRIOR = {  # 2024, 2023 working-capital changes (2025 comes from the balance sheet)
    "receivables": (14, -31),
    "unbilled": (-6, 19),
    "inventories": (-21, -34),
    "ap": (-18, 27),
    "accrued": (9, -4),
}
CF_REG = (-46, 38, -62)
OTHER_INVEST = (-11, -8, 6)
# pension (2025, 2024) and cost (2025, 2024, 2023)
PBO_OPEN_2024 = 3218
PEN = {"service": (52, 54, 57), "interest": (168, 162, 159), "expret": (-205, -199, -192), "amort": (31, 38, 42)}
PBO_ACT = (71, -104)
BEN_PAID = (-204, -198)
ASSETS_OPEN_2024 = 2760
ACT_RETURN = (221, 198)
CONTRIB = (45, 30)
DISC_RATE = ("5.45%", "5.62%")
EXP_RETURN = ("7.25%", "7.25%")
# revenue by class (2025, 2024, 2023)
E_CLASS = {
    "residential": (1642, 1551, 1528),
    "commercial": (1188, 1142, 1116),
    "industrial": (486, 471, 468),
    "other_retail": (58, 56, 55),
    "wholesale": (142, 131, 139),
}
E_ARP = (31, 24, -12)
E_OTHER_REV = (9, 8, 7)
G_CLASS = {"residential": (724, 668, 761), "commercial": (286, 266, 301), "industrial": (118, 112, 124)}
G_ARP = (6, 4, -3)
GWH = {
    "residential": (11842, 11206, 11514),
    "commercial": (10935, 10788, 10702),
    "industrial": (7418, 7592, 7655),
    "other_retail": (312, 308, 305),
    "wholesale": (2164, 1986, 2241),
}
BCF = {
    "residential": (F("58.4"), F("54.1"), F("60.2")),
    "commercial": (F("27.1"), F("25.6"), F("27.9")),
    "industrial": (F("71.3"), F("69.8"), F("70.4")),
}
CDD = (1486, 1297, 1402)
CDD_NORMAL = 1355
HDD = (4912, 4568, 5120)
HDD_NORMAL = 5010
CUSTOMERS = {  # year-end, thousands
    "e_residential": (F("1021.6"), F("1012.9")),
    "e_commercial": (F("129.4"), F("128.1")),
    "e_industrial": (F("3.1"), F("3.1")),
    "e_other": (F("2.8"), F("2.8")),
    "g_residential": (F("598.7"), F("593.2")),
    "g_commercial": (F("46.3"), F("45.9")),
    "g_industrial": (F("1.9"), F("1.9")),
}
RATE_BASE = {"electric": (14260, 13390), "gas": (3415, 3142)}
AUTH_ROE = {"electric": "9.80%", "gas": "9.65%"}
EQUITY_RATIO = "52.0%"
RATE_CASE = {"requested": 318, "roe_req": "10.25%", "test_year": 2027, "interim": 95}
CAPEX_PLAN = {"electric": (1560, 1640, 1715), "gas": (420, 445, 470), "other": (30, 28, 26)}
PLAN_YEARS = (2026, 2027, 2028)
FACILITIES = [  # name, capacity, cp, lcs, expiry
    ("holdings", "Marroway Energy Holdings, Inc.", 1200, 226, 14, "June 2030"),
    ("electric", "Marroway Electric Company", 800, 132, 6, "June 2030"),
    ("gas", "Eastvale Gas Company", 400, None, 0, "June 2029"),
]
PPA = (312, 298, 284, 261, 247, 1486)
GAS_SUPPLY = (188, 171, 160, 142, 121, 604)
SEG_ASSETS = {"electric": (19842, 18774), "gas": (4618, 4326)}
EMPLOYEES = 5870
NARR = {  # narrative amounts quoted in prose only ($ millions unless noted)
    "mkt_value_bn": F("11.9"),
    "new_qtr_dividend": F("0.78"),
    "pension_sens_25bp": 96,
    "rate_sens_100bp": 4,
    "atm_low": 150,
    "atm_high": 200,
    "restricted_bn": F("3.1"),
    "mgp_liability": 27,
    "guarantee": 18,
    "interest_capitalized": 11,
    "cp_rate": "4.62%",
    "debt_cap_covenant": "65%",
    "min_equity_ratio": "45%",
    "carbon_cut": "70%",
    "union_share": "44%",
    "wn_growth": "1.1%",
    "rb_growth": "7% to 8%",
    "dep_rate_e": "3.0%",
    "dep_rate_g": "2.9%",
    "fmb_limit": "70%",
    "sq_miles": 14600,
    "mw_capacity": 7900,
}
QTR_2025 = {"revenue": (1298, 1136, 1354), "opinc": (301, 236, 352), "ni": (197, 139, 238)}  # Q1-Q3; Q4 derived
QTR_SHARES = (F("151.9"), F("152.2"), F("152.6"), F("152.9"))  # diluted, Q1-Q4
ALLOW_ROLL = {"provision": 24, "writeoffs": -22}  # 2025; opening is the 2024 balance-sheet allowance
PLANT_FUNCTION = [
    ("Generation", 6854, 6712),
    ("Transmission", 4126, 3817),
    ("Distribution - electric", 9872, 9188),
    ("Distribution - gas", 4925, 4610),
    ("General and intangible", 1768, 1678),
]
FAIR_VALUE_DEBT = (7018, 6304)


def _sum(*xs):
    return sum(xs)


def build():
    m = {}
    seg = {}
    for s in SEGS:
        d = {k: list(v) for k, v in SEG_IS.items() for _ in [0] if False}
        d = {k: list(v) for k, v in SEG_IS[s].items()}
        d["opinc"] = [
            d["revenue"][i] - d["fuel"][i] - d["gascost"][i] - d["om"][i] - d["da"][i] - d["taxother"][i]
            for i in range(3)
        ]
        seg[s] = d
    m["seg"] = seg
    tot = {}
    for k in ("revenue", "fuel", "gascost", "om", "da", "taxother", "interest", "capex", "opinc"):
        tot[k] = [sum(seg[s][k][i] for s in SEGS) for i in range(3)]
    tot["opex"] = [tot["revenue"][i] - tot["opinc"][i] for i in range(3)]
    tot["afudc"] = list(AFUDC_EQUITY)
    tot["otherinc"] = list(OTHER_INCOME)
    tot["other_total"] = [AFUDC_EQUITY[i] + OTHER_INCOME[i] - tot["interest"][i] for i in range(3)]
    tot["pretax"] = [tot["opinc"][i] + tot["other_total"][i] for i in range(3)]
    tot["tax"] = list(INCOME_TAX)
    tot["ni"] = [tot["pretax"][i] - INCOME_TAX[i] for i in range(3)]
    tot["sh_basic"] = list(SH_BASIC)
    tot["sh_diluted"] = list(SH_DILUTED)
    tot["sh_dilutive"] = [SH_DILUTED[i] - SH_BASIC[i] for i in range(3)]
    tot["eps_basic"] = [fmt.rnd(F(tot["ni"][i]) / SH_BASIC[i], 2) for i in range(3)]
    tot["eps_diluted"] = [fmt.rnd(F(tot["ni"][i]) / SH_DILUTED[i], 2) for i in range(3)]
    tot["dps"] = list(DPS)
    tot["oci"] = [OCI_PENSION[i] + OCI_HEDGE[i] for i in range(3)]
    tot["ci"] = [tot["ni"][i] + tot["oci"][i] for i in range(3)]
    m["is"] = tot
    # taxes
    tx = {}
    tx["cur_fed"], tx["cur_state"], tx["def_fed"] = list(CUR_FED), list(CUR_STATE), list(DEF_FED)
    tx["cur_total"] = [CUR_FED[i] + CUR_STATE[i] for i in range(3)]
    tx["def_total"] = [INCOME_TAX[i] - tx["cur_total"][i] for i in range(3)]
    tx["def_state"] = [tx["def_total"][i] - DEF_FED[i] for i in range(3)]
    tx["statutory"] = [fmt.rint(STATUTORY * tot["pretax"][i]) for i in range(3)]
    tx["state"], tx["edit"], tx["afudc"], tx["credits"] = (
        list(TAX_STATE),
        list(TAX_EDIT),
        list(TAX_AFUDC),
        list(TAX_CREDITS),
    )
    tx["other"] = [
        INCOME_TAX[i] - tx["statutory"][i] - TAX_STATE[i] - TAX_EDIT[i] - TAX_AFUDC[i] - TAX_CREDITS[i]
        for i in range(3)
    ]
    tx["total"] = list(INCOME_TAX)
    tx["etr"] = [F(INCOME_TAX[i], tot["pretax"][i]) for i in range(3)]
    m["tax"] = tx
    # equity roll-forward, chronological 2023 -> 2025 (index 2,1,0)
    eq = {}
    sh, cs, re, ao = EQ_OPEN_2022["shares"], EQ_OPEN_2022["common"], EQ_OPEN_2022["retained"], EQ_OPEN_2022["aoci"]
    eq[2022] = {"shares": sh, "common": cs, "retained": re, "aoci": ao, "total": cs + re + ao}
    for i in (2, 1, 0):
        y = YEARS[i]
        sh = sh + SH_ISSUED[i]
        cs = cs + STOCK_ISSUED[i] + STOCK_COMP[i]
        re = re + tot["ni"][i] - DIVIDENDS[i]
        ao = ao + tot["oci"][i]
        eq[y] = {"shares": sh, "common": cs, "retained": re, "aoci": ao, "total": cs + re + ao}
    m["eq"] = eq
    # debt
    d = {}
    d["principal"] = [sum(r[4] for r in DEBT), sum(r[5] for r in DEBT)]
    d["unamort"] = list(UNAMORTIZED)
    d["current"] = [sum(r[4] for r in DEBT if r[3] == 2026), sum(r[5] for r in DEBT if r[3] == 2025)]
    d["total_net"] = [d["principal"][i] + UNAMORTIZED[i] for i in range(2)]
    d["lt"] = [d["total_net"][i] - d["current"][i] for i in range(2)]
    issued_2025 = sum(r[4] for r in DEBT if r[5] == 0)
    retired_2025 = sum(r[5] for r in DEBT if r[4] == 0)
    d["issued"] = [issued_2025, DEBT_ISSUED_PRIOR[2024], DEBT_ISSUED_PRIOR[2023]]
    d["retired"] = [-retired_2025, -DEBT_RETIRED_PRIOR[2024], -DEBT_RETIRED_PRIOR[2023]]
    d["maturities"] = {y: sum(r[4] for r in DEBT if r[3] == y) for y in range(2026, 2031)}
    d["thereafter"] = sum(r[4] for r in DEBT if r[3] > 2030)
    d["by_issuer"] = {}
    for r in DEBT:
        a = d["by_issuer"].setdefault(r[0], [0, 0])
        a[0] += r[4]
        a[1] += r[5]
    m["debt"] = d
    # regulatory
    ra = {"total": [sum(r[2] for r in REG_ASSETS), sum(r[3] for r in REG_ASSETS)], "current": list(REG_ASSETS_CURRENT)}
    ra["noncurrent"] = [ra["total"][i] - ra["current"][i] for i in range(2)]
    rl = {"total": [sum(r[2] for r in REG_LIABS), sum(r[3] for r in REG_LIABS)], "current": list(REG_LIABS_CURRENT)}
    rl["noncurrent"] = [rl["total"][i] - rl["current"][i] for i in range(2)]
    m["ra"], m["rl"] = ra, rl
    # pension
    p = {}
    pbo_open = [None, PBO_OPEN_2024]
    ast_open = [None, ASSETS_OPEN_2024]
    p["pbo_end_2024"] = PBO_OPEN_2024 + PEN["service"][1] + PEN["interest"][1] + PBO_ACT[1] + BEN_PAID[1]
    p["ast_end_2024"] = ASSETS_OPEN_2024 + ACT_RETURN[1] + CONTRIB[1] + BEN_PAID[1]
    pbo_open[0], ast_open[0] = p["pbo_end_2024"], p["ast_end_2024"]
    p["pbo_open"], p["ast_open"] = pbo_open, ast_open
    p["pbo_end"] = [pbo_open[i] + PEN["service"][i] + PEN["interest"][i] + PBO_ACT[i] + BEN_PAID[i] for i in range(2)]
    p["ast_end"] = [ast_open[i] + ACT_RETURN[i] + CONTRIB[i] + BEN_PAID[i] for i in range(2)]
    p["funded"] = [p["ast_end"][i] - p["pbo_end"][i] for i in range(2)]
    p["npbc"] = [sum(PEN[k][i] for k in PEN) for i in range(3)]
    m["pen"] = p
    # balance sheet
    b = {k: list(v) for k, v in BS.items()}
    b["plant_total"] = [b["plant_electric"][i] + b["plant_gas"][i] + b["plant_common"][i] for i in range(2)]
    b["plant_net"] = [b["plant_total"][i] + b["accum_dep"][i] for i in range(2)]
    b["utility_plant"] = [b["plant_net"][i] + b["cwip"][i] for i in range(2)]
    b["ra_current"], b["ra_noncurrent"] = ra["current"], ra["noncurrent"]
    b["rl_current"], b["rl_noncurrent"] = rl["current"], rl["noncurrent"]
    b["cur_assets"] = [
        b["cash"][i]
        + b["receivables"][i]
        + b["unbilled"][i]
        + b["materials"][i]
        + b["fuel_gas"][i]
        + b["ra_current"][i]
        + b["prepay"][i]
        for i in range(2)
    ]
    b["def_assets"] = [b["ra_noncurrent"][i] + b["goodwill"][i] + b["other_assets"][i] for i in range(2)]
    b["assets"] = [b["utility_plant"][i] + b["cur_assets"][i] + b["def_assets"][i] for i in range(2)]
    for k in ("common", "retained", "aoci", "total"):
        b["eq_" + k] = [eq[2025][k], eq[2024][k]]
    b["ltd"] = d["lt"]
    b["capitalization"] = [b["eq_total"][i] + b["ltd"][i] for i in range(2)]
    b["cur_maturities"] = d["current"]
    b["cp"] = [CP[2025], CP[2024]]
    b["cur_liabs"] = [
        b["cur_maturities"][i]
        + b["cp"][i]
        + b["ap"][i]
        + b["deposits"][i]
        + b["taxes_accrued"][i]
        + b["interest_accrued"][i]
        + b["rl_current"][i]
        + b["other_current"][i]
        for i in range(2)
    ]
    b["pension"] = [-p["funded"][i] for i in range(2)]
    b["other_deferred"] = [
        b["assets"][i]
        - b["capitalization"][i]
        - b["cur_liabs"][i]
        - b["dit"][i]
        - b["rl_noncurrent"][i]
        - b["aro"][i]
        - b["pension"][i]
        for i in range(2)
    ]
    b["def_credits"] = [
        b["dit"][i] + b["rl_noncurrent"][i] + b["aro"][i] + b["pension"][i] + b["other_deferred"][i] for i in range(2)
    ]
    b["liab_eq"] = [b["capitalization"][i] + b["cur_liabs"][i] + b["def_credits"][i] for i in range(2)]
    b["allowance"] = list(ALLOWANCE)
    b["shares_out"] = [eq[2025]["shares"], eq[2024]["shares"]]
    m["bs"] = b
    # cash flow
    c = {}
    c["ni"] = tot["ni"]
    c["da"] = tot["da"]
    c["dit"] = tx["def_total"]
    c["afudc"] = [-x for x in AFUDC_EQUITY]
    c["stockcomp"] = list(STOCK_COMP)
    c["receivables"] = [-(b["receivables"][0] - b["receivables"][1])] + list(CF_PRIOR["receivables"])
    c["unbilled"] = [-(b["unbilled"][0] - b["unbilled"][1])] + list(CF_PRIOR["unbilled"])
    c["inventories"] = [-(b["materials"][0] + b["fuel_gas"][0] - b["materials"][1] - b["fuel_gas"][1])] + list(
        CF_PRIOR["inventories"]
    )
    c["reg"] = list(CF_REG)
    c["ap"] = [b["ap"][0] - b["ap"][1]] + list(CF_PRIOR["ap"])
    c["accrued"] = [
        b["taxes_accrued"][0] + b["interest_accrued"][0] - b["taxes_accrued"][1] - b["interest_accrued"][1]
    ] + list(CF_PRIOR["accrued"])
    c["capex"] = [-x for x in tot["capex"]]
    c["other_inv"] = list(OTHER_INVEST)
    c["inv"] = [c["capex"][i] + c["other_inv"][i] for i in range(3)]
    c["issued"], c["retired"] = d["issued"], d["retired"]
    c["cp"] = [CP[2025] - CP[2024], CP_CHANGE_PRIOR[2024], CP_CHANGE_PRIOR[2023]]
    c["stock"] = list(STOCK_ISSUED)
    c["div"] = [-x for x in DIVIDENDS]
    c["other_fin"] = list(OTHER_FIN)
    c["fin"] = [
        c["issued"][i] + c["retired"][i] + c["cp"][i] + c["stock"][i] + c["div"][i] + c["other_fin"][i]
        for i in range(3)
    ]
    c["end"] = [b["cash"][0], b["cash"][1], CASH_2023]
    c["begin"] = [b["cash"][1], CASH_2023, CASH_2022]
    c["change"] = [c["end"][i] - c["begin"][i] for i in range(3)]
    c["op"] = [c["change"][i] - c["inv"][i] - c["fin"][i] for i in range(3)]
    named = ("ni", "da", "dit", "afudc", "stockcomp", "receivables", "unbilled", "inventories", "reg", "ap", "accrued")
    c["other_op"] = [c["op"][i] - sum(c[k][i] for k in named) for i in range(3)]
    m["cf"] = c
    # revenue by class
    rev = {}
    for k, v in E_CLASS.items():
        rev["e_" + k] = list(v)
    rev["e_other"] = [seg["electric"]["revenue"][i] - sum(v[i] for v in E_CLASS.values()) for i in range(3)]
    rev["e_arp"], rev["e_otherrev"] = list(E_ARP), list(E_OTHER_REV)
    rev["e_transmission"] = [rev["e_other"][i] - E_ARP[i] - E_OTHER_REV[i] for i in range(3)]
    rev["e_retail"] = [
        sum(E_CLASS[k][i] for k in ("residential", "commercial", "industrial", "other_retail")) for i in range(3)
    ]
    rev["e_contract"] = [seg["electric"]["revenue"][i] - E_ARP[i] - E_OTHER_REV[i] for i in range(3)]
    for k, v in G_CLASS.items():
        rev["g_" + k] = list(v)
    rev["g_other"] = [seg["gas"]["revenue"][i] - sum(v[i] for v in G_CLASS.values()) for i in range(3)]
    rev["g_arp"] = list(G_ARP)
    rev["g_othersvc"] = [rev["g_other"][i] - G_ARP[i] for i in range(3)]
    rev["g_contract"] = [seg["gas"]["revenue"][i] - G_ARP[i] for i in range(3)]
    rev["o_contract"] = list(seg["other"]["revenue"])
    rev["contract_total"] = [rev["e_contract"][i] + rev["g_contract"][i] + rev["o_contract"][i] for i in range(3)]
    rev["arp_other_total"] = [E_ARP[i] + E_OTHER_REV[i] + G_ARP[i] for i in range(3)]
    rev["gwh_retail"] = [
        sum(GWH[k][i] for k in ("residential", "commercial", "industrial", "other_retail")) for i in range(3)
    ]
    rev["gwh_total"] = [rev["gwh_retail"][i] + GWH["wholesale"][i] for i in range(3)]
    rev["bcf_total"] = [sum(v[i] for v in BCF.values()) for i in range(3)]
    m["rev"] = rev
    # capex plan, facilities, commitments
    m["plan_total"] = [sum(CAPEX_PLAN[s][j] for s in SEGS) for j in range(3)]
    m["plan_3yr"] = {s: sum(CAPEX_PLAN[s]) for s in SEGS}
    m["plan_3yr_total"] = sum(m["plan_total"])
    fac = {}
    cp_known = sum(f[3] for f in FACILITIES if f[3] is not None)
    for key, name, cap, cp, lcs, exp in FACILITIES:
        cpv = cp if cp is not None else CP[2025] - cp_known
        fac[key] = {"name": name, "cap": cap, "cp": cpv, "lcs": lcs, "avail": cap - cpv - lcs, "exp": exp}
    fac_tot = {k: sum(fac[f][k] for f in fac) for k in ("cap", "cp", "lcs", "avail")}
    m["fac"], m["fac_tot"] = fac, fac_tot
    m["liquidity"] = fac_tot["avail"] + b["cash"][0]
    m["ppa_total"] = sum(PPA)
    m["gas_supply_total"] = sum(GAS_SUPPLY)
    m["commit_year"] = [PPA[j] + GAS_SUPPLY[j] for j in range(6)]
    m["commit_total"] = m["ppa_total"] + m["gas_supply_total"]
    sa = {s: list(SEG_ASSETS[s]) for s in SEG_ASSETS}
    sa["other"] = [b["assets"][i] - sa["electric"][i] - sa["gas"][i] for i in range(2)]
    m["seg_assets"] = sa
    m["rate_base_total"] = [RATE_BASE["electric"][i] + RATE_BASE["gas"][i] for i in range(2)]
    # derived ratios used in MD&A
    m["payout"] = F(DPS[0]) / tot["eps_diluted"][0]
    qt = {k: list(v) + [tot[k][0] - sum(v)] for k, v in QTR_2025.items()}
    qt["eps"] = [fmt.rnd(F(qt["ni"][j]) / QTR_SHARES[j], 2) for j in range(4)]
    m["qtr"] = qt
    m["allow"] = {
        "open": ALLOWANCE[1],
        "provision": ALLOW_ROLL["provision"],
        "writeoffs": ALLOW_ROLL["writeoffs"],
        "close": ALLOWANCE[1] + ALLOW_ROLL["provision"] + ALLOW_ROLL["writeoffs"],
    }
    return m


M = build()


def check(m=M):
    t, b, c, eq, d = m["is"], m["bs"], m["cf"], m["eq"], m["debt"]
    for i in range(2):
        assert b["assets"][i] == b["liab_eq"][i], "balance sheet"
        assert b["other_deferred"][i] > 0
        assert b["eq_total"][i] == b["eq_common"][i] + b["eq_retained"][i] + b["eq_aoci"][i]
        assert d["total_net"][i] == b["ltd"][i] + b["cur_maturities"][i], "debt vs balance sheet"
        assert m["ra"]["total"][i] == b["ra_current"][i] + b["ra_noncurrent"][i]
        assert m["rl"]["total"][i] == b["rl_current"][i] + b["rl_noncurrent"][i]
        assert sum(m["seg_assets"][s][i] for s in SEGS) == b["assets"][i]
        assert m["seg_assets"]["other"][i] > 0
        assert b["pension"][i] == -m["pen"]["funded"][i]
    for i in range(3):
        assert c["op"][i] + c["inv"][i] + c["fin"][i] == c["end"][i] - c["begin"][i], "cash flow"
        assert abs(c["other_op"][i]) < 40
        for k in ("revenue", "opinc", "da", "om", "capex", "interest"):
            assert sum(m["seg"][s][k][i] for s in SEGS) == t[k][i], k
        assert t["revenue"][i] - t["opex"][i] == t["opinc"][i]
        assert t["pretax"][i] - t["tax"][i] == t["ni"][i]
        assert t["eps_basic"][i] == fmt.rnd(F(t["ni"][i]) / t["sh_basic"][i], 2)
        assert t["eps_diluted"][i] == fmt.rnd(F(t["ni"][i]) / t["sh_diluted"][i], 2)
        tx = m["tax"]
        assert tx["cur_total"][i] + tx["def_total"][i] == tx["total"][i]
        assert (
            tx["statutory"][i] + tx["state"][i] + tx["edit"][i] + tx["afudc"][i] + tx["credits"][i] + tx["other"][i]
        ) == tx["total"][i]
        assert c["dit"][i] == tx["def_total"][i]
        assert c["div"][i] == -DIVIDENDS[i]
        r = m["rev"]
        assert r["contract_total"][i] + r["arp_other_total"][i] == t["revenue"][i]
    # equity roll-forward chronology
    for y, i in ((2023, 2), (2024, 1), (2025, 0)):
        p = eq[y - 1]
        assert eq[y]["total"] == p["total"] + t["ni"][i] - DIVIDENDS[i] + t["oci"][i] + STOCK_ISSUED[i] + STOCK_COMP[i]
    assert d["principal"][1] + d["issued"][0] + d["retired"][0] == d["principal"][0], "debt roll"
    assert d["current"][0] == d["maturities"][2026]
    assert sum(d["maturities"].values()) + d["thereafter"] == d["principal"][0]
    assert m["pen"]["pbo_open"][0] == m["pen"]["pbo_end"][1]
    assert m["fac"]["gas"]["cp"] >= 0
    assert m["allow"]["close"] == b["allowance"][0]
    assert sum(x[1] for x in PLANT_FUNCTION) == b["plant_total"][0]
    assert sum(x[2] for x in PLANT_FUNCTION) == b["plant_total"][1]
    assert m["qtr"]["revenue"][3] > 0 and m["qtr"]["ni"][3] > 0
    assert sum(f["cp"] for f in m["fac"].values()) == b["cp"][0]
    return True


if __name__ == "__main__":
    check()
    import pprint

    pprint.pprint({k: M[k] for k in ("is", "cf")}, width=140)
    print(M["bs"]["assets"], M["bs"]["other_deferred"], M["eq"][2025])
