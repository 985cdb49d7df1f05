"""Financial model for Tessandra Energy Holdings, Inc. (invented regulated electric & gas utility).

Inputs are stated once below; every statement line, subtotal, ratio, roll-forward
and per-share figure is derived with integer / Fraction arithmetic.
Amounts in $ millions unless a name ends in _k (thousands).
"""
from fractions import Fraction as F

from kit import rint, rnd

NAME = "Tessandra Energy Holdings, Inc."
SHORT = "Tessandra Energy"
UTIL = "Tessandra Electric & Gas Company"
DOC = "TESSANDRA_2025_10K"
Y = [2025, 2024, 2023]          # print order
Y2 = [2025, 2024]

# ------------------------------------------------------------------ inputs
# revenue disaggregation by customer class
ELEC_REV = {  # class: {year: $m}
    "Residential": {2023: 1842, 2024: 1915, 2025: 2034},
    "Commercial": {2023: 1268, 2024: 1301, 2025: 1372},
    "Industrial": {2023: 611, 2024: 628, 2025: 655},
    "Other retail": {2023: 58, 2024: 60, 2025: 63},
    "Wholesale and transmission": {2023: 224, 2024: 212, 2025: 241},
}
ELEC_ARP = {2023: 12, 2024: -8, 2025: 15}
ELEC_OTHER = {2023: 37, 2024: 41, 2025: 44}
GAS_REV = {
    "Residential": {2023: 702, 2024: 655, 2025: 731},
    "Commercial": {2023: 298, 2024: 276, 2025: 305},
    "Industrial": {2023: 71, 2024: 66, 2025: 72},
    "Transportation": {2023: 88, 2024: 91, 2025: 95},
}
GAS_ARP = {2023: 6, 2024: 9, 2025: -4}
GAS_OTHER = {2023: 19, 2024: 21, 2025: 23}

FUEL = {2023: 842, 2024: 768, 2025: 801}
PURCH = {2023: 496, 2024: 470, 2025: 512}
GAS_COST = {2023: 512, 2024: 421, 2025: 468}
OM = {"E": {2023: 1018, 2024: 1046, 2025: 1071},
      "G": {2023: 268, 2024: 279, 2025: 291},
      "C": {2023: 14, 2024: 16, 2025: 18}}
DA = {"E": {2023: 612, 2024: 658, 2025: 711}, "G": {2023: 118, 2024: 129, 2025: 141},
      "C": {2023: 0, 2024: 0, 2025: 0}}
TOT = {"E": {2023: 241, 2024: 252, 2025: 266}, "G": {2023: 71, 2024: 74, 2025: 78},
       "C": {2023: 0, 2024: 0, 2025: 0}}
AFUDC = {"E": {2023: 38, 2024: 44, 2025: 52}, "G": {2023: 6, 2024: 7, 2025: 9},
         "C": {2023: 0, 2024: 0, 2025: 0}}
OTHINC = {"E": {2023: 9, 2024: 12, 2025: 14}, "G": {2023: 2, 2024: 3, 2025: 3},
          "C": {2023: 3, 2024: -4, 2025: 5}}
INT = {"E": {2023: 318, 2024: 352, 2025: 384}, "G": {2023: 62, 2024: 69, 2025: 76},
       "C": {2023: 71, 2024: 84, 2025: 96}}
TAX = {"E": {2023: 86, 2024: 101, 2025: 112}, "G": {2023: 34, 2024: 33, 2025: 38},
       "C": {2023: -19, 2024: -24, 2025: -25}}
# tax detail
TAX_CUR_FED = {2023: 10, 2024: 12, 2025: 18}
TAX_CUR_ST = {2023: 6, 2024: 7, 2025: 9}
TAX_DEF_FED = {2023: 62, 2024: 68, 2025: 74}
ETR_ITEMS = [  # label, {year: $m}; "Other, net" derived
    ("State income taxes, net of federal benefit", {2023: 28, 2024: 31, 2025: 36}),
    ("Amortization of excess deferred income taxes", {2023: -44, 2024: -45, 2025: -48}),
    ("Allowance for equity funds used during construction", {2023: -9, 2024: -11, 2025: -13}),
    ("Production tax credits", {2023: -8, 2024: -12, 2025: -19}),
]
STAT_RATE = F(21, 100)

# shares (millions, as printed with one decimal) and dividends
W_BASIC = {2023: F(1526, 10), 2024: F(1558, 10), 2025: F(1603, 10)}
W_DIL = {2023: F(1531, 10), 2024: F(1564, 10), 2025: F(1609, 10)}
DPS_Q = {2023: F(655, 1000), 2024: F(68, 100), 2025: F(71, 100)}
SH_OUT_2022 = F(1514, 10)
SH_ISSUED = {2023: F(22, 10), 2024: F(36, 10), 2025: F(49, 10)}
HOLDERS = 21846

# non-GAAP adjustments (after tax, $m)
ADJ = [("Harwick gas storage regulatory disallowance", {2025: 27, 2024: 0}),
       ("Organizational realignment and severance costs", {2025: 0, 2024: 19}),
       ("Mark-to-market (gains) losses on economic hedges", {2025: -5, 2024: 4})]

# equity
CS_2022, RE_2022, AOCI_2022 = 4820, 2964, -38
STOCK_ISS = {2023: 102, 2024: 168, 2025: 236}
SBC = {2023: 14, 2024: 15, 2025: 17}
OCI = {2023: 6, 2024: -4, 2025: 9}

# capital expenditures by category
CAPEX_CAT = [("Electric generation", {2025: 312, 2024: 268}),
             ("Electric transmission", {2025: 298, 2024: 251}),
             ("Electric distribution", {2025: 486, 2024: 452}),
             ("Gas distribution", {2025: 241, 2024: 226}),
             ("Technology and other", {2025: 87, 2024: 79})]
CAPEX_2023 = 1188
CAPEX_PLAN_2026 = 1560

# utility plant
PIS = {"Electric": {2024: 24310, 2025: 25318}, "Gas": {2024: 5120, 2025: 5395},
       "Common": {2024: 1046, 2025: 1102}}
AD_2024 = 9874
CWIP_2024 = 1412
RETIRE_2025 = 210
REMOVAL = {2023: 81, 2024: 88, 2025: 95}

# balance sheet inputs (2024, 2025)
CASH_2022, CASH_2023, CASH_2024 = 71, 64, 86
AR = {2024: 468, 2025: 512}
ALLOW = {2024: 31, 2025: 34}
UNBILLED = {2024: 241, 2025: 262}
FMS = {2024: 392, 2025: 418}
PREPAY = {2024: 74, 2025: 81}
GOODWILL = 1215
OTHER_INV = {2024: 298, 2025: 345}
OTHER_DC = {2024: 187, 2025: 215}
ST_DEBT = {2023: 356, 2024: 412, 2025: 286}
AP = {2024: 624, 2025: 671}
CUST_DEP = {2024: 88, 2025: 92}
TAX_ACCR = {2024: 112, 2025: 121}
INT_ACCR = {2024: 96, 2025: 104}
OTHER_CL = {2024: 187, 2025: 196}
OTHER_DCR = {2024: 216, 2025: 232}

REG_ASSETS = [("Retired generation plant (Kessler Units 1 and 2)", {2025: 612, 2024: 658}),
              ("Pension and other postretirement benefit costs", {2025: 384, 2024: 402}),
              ("Deferred storm restoration costs", {2025: 298, 2024: 212}),
              ("Deferred fuel and purchased gas costs", {2025: 96, 2024: 118}),
              ("Energy efficiency program costs", {2025: 186, 2024: 171}),
              ("Asset retirement obligations", {2025: 214, 2024: 205}),
              ("Other", {2025: 240, 2024: 214})]
REG_ASSET_CURRENT = "Deferred fuel and purchased gas costs"
REG_LIABS = [("Excess deferred income taxes", {2025: 1286, 2024: 1334}),
             ("Accrued cost of removal", {2025: 612, 2024: 584}),
             ("Deferred gas cost over-recoveries", {2025: 58, 2024: 64}),
             ("Other", {2025: 164, 2024: 186})]
REG_LIAB_CURRENT = "Deferred gas cost over-recoveries"

DEFTAX_ITEMS = [("Property-related differences", {2025: 3298, 2024: 3112}),
                ("Regulatory assets", {2025: 428, 2024: 412}),
                ("Other deferred tax liabilities", {2025: 72, 2024: 68}),
                ("Regulatory liabilities", {2025: -398, 2024: -412}),
                ("Net operating loss and tax credit carryforwards", {2025: -184, 2024: -196}),
                ("Pension and other postretirement benefits", {2025: -49, 2024: -58}),
                ("Other deferred tax assets", {2025: -76, 2024: -80})]

# long-term debt: (issuer, description, rate text, maturity year, {2025, 2024})
DEBT = [
    ("U", "First mortgage bonds", "3.15%", 2025, {2025: 0, 2024: 350}),
    ("U", "First mortgage bonds", "5.40%", 2026, {2025: 400, 2024: 400}),
    ("U", "First mortgage bonds", "2.95%", 2027, {2025: 300, 2024: 300}),
    ("U", "First mortgage bonds", "3.80%", 2028, {2025: 450, 2024: 450}),
    ("U", "First mortgage bonds", "4.10%", 2029, {2025: 500, 2024: 500}),
    ("U", "First mortgage bonds", "2.45%", 2030, {2025: 400, 2024: 400}),
    ("U", "First mortgage bonds", "2.70%", 2031, {2025: 350, 2024: 350}),
    ("U", "First mortgage bonds", "5.05%", 2033, {2025: 500, 2024: 500}),
    ("U", "First mortgage bonds", "5.55%", 2034, {2025: 450, 2024: 450}),
    ("U", "First mortgage bonds", "5.20%", 2035, {2025: 500, 2024: 0}),
    ("U", "First mortgage bonds", "6.25%", 2036, {2025: 250, 2024: 250}),
    ("U", "First mortgage bonds", "5.75%", 2039, {2025: 300, 2024: 300}),
    ("U", "First mortgage bonds", "4.65%", 2043, {2025: 400, 2024: 400}),
    ("U", "First mortgage bonds", "4.30%", 2045, {2025: 350, 2024: 350}),
    ("U", "First mortgage bonds", "3.95%", 2048, {2025: 500, 2024: 500}),
    ("U", "First mortgage bonds", "3.20%", 2050, {2025: 450, 2024: 450}),
    ("U", "First mortgage bonds", "5.60%", 2054, {2025: 500, 2024: 500}),
    ("U", "First mortgage bonds", "6.05%", 2037, {2025: 300, 2024: 300}),
    ("U", "First mortgage bonds", "4.50%", 2041, {2025: 600, 2024: 600}),
    ("U", "First mortgage bonds", "4.00%", 2046, {2025: 500, 2024: 500}),
    ("U", "First mortgage bonds", "3.70%", 2047, {2025: 450, 2024: 450}),
    ("U", "First mortgage bonds", "2.90%", 2051, {2025: 500, 2024: 500}),
    ("U", "First mortgage bonds", "5.35%", 2053, {2025: 550, 2024: 550}),
    ("U", "Pollution control revenue bonds", "variable", 2038, {2025: 120, 2024: 120}),
    ("H", "Senior notes", "1.90%", 2025, {2025: 0, 2024: 300}),
    ("H", "Senior notes", "4.85%", 2027, {2025: 500, 2024: 500}),
    ("H", "Senior notes", "5.25%", 2030, {2025: 450, 2024: 0}),
    ("H", "Senior notes", "2.55%", 2031, {2025: 350, 2024: 350}),
    ("H", "Senior notes", "3.60%", 2032, {2025: 400, 2024: 400}),
    ("H", "Junior subordinated notes", "6.10%", 2054, {2025: 400, 2024: 400}),
]
UNAMORT = {2024: 62, 2025: 68}
DEBT_ISS_OLD = {2023: 700, 2024: 750}
DEBT_RET_OLD = {2023: 425, 2024: 500}
OTHER_FIN = {2023: -9, 2024: -11, 2025: -14}
DEBT_FV = {2025: 8214, 2024: 7689}
INTEREST_PAYMENTS = {"total": 6240, "2026": 412, "2027-2028": 796, "2029-2030": 702, "Thereafter": 4330}

# credit facilities (capacity, CP, LCs)
FACILITIES = [("Tessandra Energy Holdings revolving facility", 1000, 98, 12, 2030),
              ("Tessandra Electric & Gas revolving facility", 1500, 188, 6, 2030)]

# ARO roll-forward
ARO_2023 = 335
ARO_FLOW = {2024: (16, 2, -9, 4), 2025: (17, 4, -11, 3)}  # accretion, incurred, settled, revisions

# pension ($ thousands)
PBO_2023_K = 2486320
PEN_PBO = {2024: (38412, 124806, -92145, -161230), 2025: (36905, 128660, 41275, -166480)}
ASSETS_2023_K = 2241870
PEN_AST = {2024: (148336, 25000, -161230), 2025: (176920, 40000, -166480)}
NPPC = {2023: (41020, 121455, -160220, 27310), 2024: (38412, 124806, -166910, 22880),
        2025: (36905, 128660, -171340, 18420)}
DISC_RATE = {2025: "5.62%", 2024: "5.48%"}
EXP_RET = {2025: "7.25%", 2024: "7.25%"}

# leases ($ thousands)
LEASE_COST = {"Operating lease cost": {2025: 24806, 2024: 25412},
              "Finance lease cost \u2014 amortization of right-of-use assets": {2025: 3118, 2024: 2964},
              "Finance lease cost \u2014 interest on lease liabilities": {2025: 612, 2024: 588},
              "Short-term and variable lease cost": {2025: 1944, 2024: 2102}}
LEASE_MAT = [("2026", 24150), ("2027", 22880), ("2028", 20915), ("2029", 18760), ("2030", 16330),
             ("Thereafter", 78420)]
LEASE_INTEREST_K = 36920
LEASE_CUR_K = {2025: 19480, 2024: 18950}
LEASE_PV_2024_K = 152040
ROU_K = {2025: 141305, 2024: 148612}

PURCHASE_OBL = {"total": 2310, "2026": 612, "2027-2028": 884, "2029-2030": 498, "Thereafter": 316}
PENSION_FUND = {"total": 180, "2026": 40, "2027-2028": 80, "2029-2030": 60, "Thereafter": 0}

# operating statistics
GWH = {"Residential": {2025: 14862, 2024: 14215, 2023: 14470},
       "Commercial": {2025: 13905, 2024: 13640, 2023: 13712},
       "Industrial": {2025: 9488, 2024: 9312, 2023: 9508},
       "Other retail": {2025: 612, 2024: 605, 2023: 598}}
GWH_WHOLESALE = {2025: 3204, 2024: 2876, 2023: 3118}
MDTH = {"Residential": {2025: 58420, 2024: 52180, 2023: 55930},
        "Commercial": {2025: 28760, 2024: 26410, 2023: 27880},
        "Industrial": {2025: 9140, 2024: 8820, 2023: 9010},
        "Transportation": {2025: 61300, 2024: 59880, 2023: 58420}}
HDD = {2025: 5812, 2024: 5204, "normal": 5640}
CDD = {2025: 1148, 2024: 1062, "normal": 1095}
CUSTOMERS = {"Electric": {"Residential": 1112406, "Commercial": 141288, "Industrial": 2914,
                          "Other": 6102},
             "Gas": {"Residential": 618244, "Commercial": 52917, "Industrial": 1186,
                     "Transportation": 842}}
PLANTS = [("Marrow Falls Energy Center", "Natural gas (combined cycle)", 1240, 2011),
          ("Fenmouth Station", "Natural gas (combined cycle)", 865, 2017),
          ("Quillhaven Peaking Units", "Natural gas (combustion turbine)", 410, 2004),
          ("Corbridge Station Units 3\u20134", "Coal", 1180, 1982),
          ("Harlow Ridge Wind Farm", "Wind", 612, 2020),
          ("Sellingham Plains Wind", "Wind", 348, 2023),
          ("Ostwick Solar", "Solar", 300, 2024),
          ("Brindle Creek Hydro", "Hydro", 96, 1958)]
GEN_MIX = [("Natural gas", 41), ("Coal", 18), ("Wind", 16), ("Solar", 9), ("Hydro", 3),
           ("Purchased power", 13)]

# rate cases (prose)
RATE_E = dict(req=214, appr=148, roe_req="10.40%", roe_appr="9.80%", eq_req="52.0%",
              eq_appr="51.0%", rate_base="13.6")
RATE_G = dict(req=62, appr=41, roe_appr="9.65%")
MGP_RANGE = (18, 46)
MGP_ACCRUED = 24
PPA_COMMIT = 1640
SUPP = {"Interest paid, net of amounts capitalized": {2025: 531, 2024: 482, 2023: 438},
        "Income taxes paid (refunded), net": {2025: 22, 2024: 14, 2023: -6},
        "Capital expenditures included in accounts payable": {2025: 143, 2024: 128, 2023: 117}}
EMPLOYEES = 5412

# 2023/2024 cash-flow inputs (2025 is derived from the balance sheets)
CF_IN = {
    2023: dict(ar=-38, fms=-22, reg=-61, ap=41, taxint=9, othcur=-7, othinv=-14),
    2024: dict(ar=17, fms=-11, reg=-74, ap=-12, taxint=12, othcur=5, othinv=-19),
}


# ------------------------------------------------------------------ derivations
def build():
    m = {}
    yrs = [2023, 2024, 2025]
    seg = ["E", "G", "C"]
    rev = {"E": {}, "G": {}, "C": {}}
    for y in yrs:
        rev["E"][y] = sum(v[y] for v in ELEC_REV.values()) + ELEC_ARP[y] + ELEC_OTHER[y]
        rev["G"][y] = sum(v[y] for v in GAS_REV.values()) + GAS_ARP[y] + GAS_OTHER[y]
        rev["C"][y] = 0
    m["elec_contract"] = {y: sum(v[y] for v in ELEC_REV.values()) for y in yrs}
    m["gas_contract"] = {y: sum(v[y] for v in GAS_REV.values()) for y in yrs}
    fuelcost = {"E": {y: FUEL[y] + PURCH[y] for y in yrs}, "G": GAS_COST, "C": {y: 0 for y in yrs}}
    opinc, pretax, ni = {}, {}, {}
    for s in seg:
        opinc[s] = {y: rev[s][y] - fuelcost[s][y] - OM[s][y] - DA[s][y] - TOT[s][y] for y in yrs}
        pretax[s] = {y: opinc[s][y] + AFUDC[s][y] + OTHINC[s][y] - INT[s][y] for y in yrs}
        ni[s] = {y: pretax[s][y] - TAX[s][y] for y in yrs}
    m.update(rev=rev, fuelcost=fuelcost, seg_opinc=opinc, seg_pretax=pretax, seg_ni=ni)

    def tot(d):
        return {y: sum(d[s][y] for s in seg) for y in yrs}

    IS = {}
    IS["rev_e"] = rev["E"]
    IS["rev_g"] = rev["G"]
    IS["rev"] = {y: rev["E"][y] + rev["G"][y] for y in yrs}
    IS["fuel"], IS["purch"], IS["gascost"] = FUEL, PURCH, GAS_COST
    IS["om"], IS["da"], IS["tot"] = tot(OM), tot(DA), tot(TOT)
    IS["opex"] = {y: FUEL[y] + PURCH[y] + GAS_COST[y] + IS["om"][y] + IS["da"][y] + IS["tot"][y]
                  for y in yrs}
    IS["opinc"] = {y: IS["rev"][y] - IS["opex"][y] for y in yrs}
    IS["afudc"], IS["othinc"], IS["int"] = tot(AFUDC), tot(OTHINC), tot(INT)
    IS["other_total"] = {y: IS["afudc"][y] + IS["othinc"][y] - IS["int"][y] for y in yrs}
    IS["pretax"] = {y: IS["opinc"][y] + IS["other_total"][y] for y in yrs}
    IS["tax"] = tot(TAX)
    IS["ni"] = {y: IS["pretax"][y] - IS["tax"][y] for y in yrs}
    IS["eps_b"] = {y: rnd(F(IS["ni"][y]) / W_BASIC[y], 2) for y in yrs}
    IS["eps_d"] = {y: rnd(F(IS["ni"][y]) / W_DIL[y], 2) for y in yrs}
    IS["dps"] = {y: DPS_Q[y] * 4 for y in yrs}
    m["IS"] = IS

    # comprehensive income
    m["CI"] = {y: IS["ni"][y] + OCI[y] for y in yrs}

    # taxes
    tx = {}
    tx["cur_fed"], tx["cur_st"], tx["def_fed"] = TAX_CUR_FED, TAX_CUR_ST, TAX_DEF_FED
    tx["def_st"] = {y: IS["tax"][y] - TAX_CUR_FED[y] - TAX_CUR_ST[y] - TAX_DEF_FED[y] for y in yrs}
    tx["cur"] = {y: TAX_CUR_FED[y] + TAX_CUR_ST[y] for y in yrs}
    tx["def"] = {y: TAX_DEF_FED[y] + tx["def_st"][y] for y in yrs}
    tx["stat"] = {y: rint(STAT_RATE * IS["pretax"][y]) for y in yrs}
    tx["other"] = {y: IS["tax"][y] - tx["stat"][y] - sum(v[y] for _, v in ETR_ITEMS) for y in yrs}
    tx["etr"] = {y: F(IS["tax"][y], IS["pretax"][y]) for y in yrs}
    m["TX"] = tx

    # equity roll-forward
    eq = {2022: dict(cs=CS_2022, re=RE_2022, aoci=AOCI_2022, sh=SH_OUT_2022)}
    div = {}
    for y in yrs:
        div[y] = rint(IS["dps"][y] * W_BASIC[y])
        p = eq[y - 1]
        eq[y] = dict(cs=p["cs"] + STOCK_ISS[y] + SBC[y], re=p["re"] + IS["ni"][y] - div[y],
                     aoci=p["aoci"] + OCI[y], sh=p["sh"] + SH_ISSUED[y])
    for y in eq:
        eq[y]["total"] = eq[y]["cs"] + eq[y]["re"] + eq[y]["aoci"]
    m["EQ"], m["DIV"] = eq, div

    # debt
    prin = {y: sum(d[4][y] for d in DEBT) for y in Y2}
    cur = {2025: sum(d[4][2025] for d in DEBT if d[3] == 2026),
           2024: sum(d[4][2024] for d in DEBT if d[3] == 2025)}
    ltd = {y: prin[y] - UNAMORT[y] - cur[y] for y in Y2}
    iss25 = sum(d[4][2025] for d in DEBT if d[4][2024] == 0)
    ret25 = sum(d[4][2024] for d in DEBT if d[4][2025] == 0)
    assert prin[2025] == prin[2024] + iss25 - ret25
    mat = {}
    for yr in [2026, 2027, 2028, 2029, 2030]:
        mat[str(yr)] = sum(d[4][2025] for d in DEBT if d[3] == yr)
    mat["Thereafter"] = sum(d[4][2025] for d in DEBT if d[3] > 2030)
    m["DEBT"] = dict(prin=prin, cur=cur, ltd=ltd, iss={**DEBT_ISS_OLD, 2025: iss25},
                     ret={**DEBT_RET_OLD, 2025: ret25}, mat=mat,
                     sub_u={y: sum(d[4][y] for d in DEBT if d[0] == "U") for y in Y2},
                     sub_h={y: sum(d[4][y] for d in DEBT if d[0] == "H") for y in Y2})

    # plant
    pis = {y: sum(v[y] for v in PIS.values()) for y in Y2}
    ad = {2024: AD_2024, 2025: AD_2024 + IS["da"][2025] - RETIRE_2025 - REMOVAL[2025]}
    placed = pis[2025] - pis[2024] + RETIRE_2025
    capex = {y: sum(v[y] for _, v in CAPEX_CAT) for y in Y2}
    capex[2023] = CAPEX_2023
    cwip = {2024: CWIP_2024, 2025: CWIP_2024 + capex[2025] + IS["afudc"][2025] - placed}
    netplant = {y: pis[y] - ad[y] + cwip[y] for y in Y2}
    m["PLANT"] = dict(pis=pis, ad=ad, cwip=cwip, net=netplant, placed=placed, capex=capex,
                      net_pis={y: pis[y] - ad[y] for y in Y2})

    # regulatory
    ra_tot = {y: sum(v[y] for _, v in REG_ASSETS) for y in Y2}
    ra_cur = {y: dict(REG_ASSETS)[REG_ASSET_CURRENT][y] for y in Y2}
    rl_tot = {y: sum(v[y] for _, v in REG_LIABS) for y in Y2}
    rl_cur = {y: dict(REG_LIABS)[REG_LIAB_CURRENT][y] for y in Y2}
    m["REG"] = dict(ra_tot=ra_tot, ra_cur=ra_cur, ra_nc={y: ra_tot[y] - ra_cur[y] for y in Y2},
                    rl_tot=rl_tot, rl_cur=rl_cur, rl_nc={y: rl_tot[y] - rl_cur[y] for y in Y2})
    dtl = {y: sum(v[y] for _, v in DEFTAX_ITEMS) for y in Y2}
    m["DTL"] = dtl

    # ARO
    aro = {2023: ARO_2023}
    for y in (2024, 2025):
        aro[y] = aro[y - 1] + sum(ARO_FLOW[y])
    m["ARO"] = aro

    # pension
    pbo, ast = {2023: PBO_2023_K}, {2023: ASSETS_2023_K}
    for y in (2024, 2025):
        pbo[y] = pbo[y - 1] + sum(PEN_PBO[y])
        ast[y] = ast[y - 1] + sum(PEN_AST[y])
    funded = {y: ast[y] - pbo[y] for y in Y2}
    nppc = {y: sum(NPPC[y]) for y in yrs}
    m["PEN"] = dict(pbo=pbo, ast=ast, funded=funded, nppc=nppc,
                    bs={y: rint(F(-funded[y], 1000)) for y in Y2})

    # leases
    und = sum(v for _, v in LEASE_MAT)
    pv25 = und - LEASE_INTEREST_K
    lease = dict(und=und, pv={2025: pv25, 2024: LEASE_PV_2024_K})
    lease["nc_k"] = {y: lease["pv"][y] - LEASE_CUR_K[y] for y in Y2}
    lease["nc"] = {y: rint(F(lease["nc_k"][y], 1000)) for y in Y2}
    lease["rou"] = {y: rint(F(ROU_K[y], 1000)) for y in Y2}
    lease["cost_total"] = {y: sum(v[y] for v in LEASE_COST.values()) for y in Y2}
    m["LEASE"] = lease

    # balance sheet (cash 2025 is the balancing figure; the cash-flow statement must reach it)
    B = {}
    for y in Y2:
        b = {}
        b["pis"], b["ad"], b["net_pis"] = pis[y], ad[y], pis[y] - ad[y]
        b["cwip"], b["netplant"] = cwip[y], netplant[y]
        b["ar"], b["unbilled"], b["fms"] = AR[y], UNBILLED[y], FMS[y]
        b["ra_cur"], b["prepay"] = ra_cur[y], PREPAY[y]
        b["ra_nc"], b["goodwill"] = m["REG"]["ra_nc"][y], GOODWILL
        b["rou"], b["oth_inv"], b["oth_dc"] = lease["rou"][y], OTHER_INV[y], OTHER_DC[y]
        b["dc_total"] = b["ra_nc"] + b["goodwill"] + b["rou"] + b["oth_inv"] + b["oth_dc"]
        b["cs"], b["re"], b["aoci"], b["equity"] = eq[y]["cs"], eq[y]["re"], eq[y]["aoci"], eq[y]["total"]
        b["ltd"] = ltd[y]
        b["cap"] = b["equity"] + b["ltd"]
        b["st"], b["curmat"], b["ap"] = ST_DEBT[y], cur[y], AP[y]
        b["custdep"], b["taxacc"], b["intacc"] = CUST_DEP[y], TAX_ACCR[y], INT_ACCR[y]
        b["rl_cur"], b["oth_cl"] = rl_cur[y], OTHER_CL[y]
        b["cl_total"] = (b["st"] + b["curmat"] + b["ap"] + b["custdep"] + b["taxacc"] + b["intacc"]
                         + b["rl_cur"] + b["oth_cl"])
        b["dtl"], b["rl_nc"], b["aro"] = dtl[y], m["REG"]["rl_nc"][y], aro[y]
        b["pen"], b["lease"], b["oth_dcr"] = m["PEN"]["bs"][y], lease["nc"][y], OTHER_DCR[y]
        b["dcr_total"] = b["dtl"] + b["rl_nc"] + b["aro"] + b["pen"] + b["lease"] + b["oth_dcr"]
        b["tle"] = b["cap"] + b["cl_total"] + b["dcr_total"]
        noncash_ca = b["ar"] + b["unbilled"] + b["fms"] + b["ra_cur"] + b["prepay"]
        if y == 2024:
            b["cash"] = CASH_2024
        else:
            b["cash"] = b["tle"] - b["netplant"] - noncash_ca - b["dc_total"]
        b["ca_total"] = b["cash"] + noncash_ca
        b["ta"] = b["netplant"] + b["ca_total"] + b["dc_total"]
        b["allow"] = ALLOW[y]
        b["sh_out"] = eq[y]["sh"]
        B[y] = b
    m["BS"] = B

    # cash flow statement
    CF = {}
    cash = {2022: CASH_2022, 2023: CASH_2023, 2024: CASH_2024, 2025: B[2025]["cash"]}
    b0, b1 = B[2024], B[2025]
    for y in yrs:
        c = {}
        c["ni"], c["da"], c["def"] = IS["ni"][y], IS["da"][y], tx["def"][y]
        c["afudc"], c["sbc"] = -IS["afudc"][y], SBC[y]
        if y == 2025:
            c["ar"] = -((b1["ar"] + b1["unbilled"]) - (b0["ar"] + b0["unbilled"]))
            c["fms"] = -(b1["fms"] - b0["fms"])
            c["reg"] = -(m["REG"]["ra_tot"][2025] - m["REG"]["ra_tot"][2024]) + \
                (m["REG"]["rl_tot"][2025] - m["REG"]["rl_tot"][2024])
            c["ap"] = b1["ap"] - b0["ap"]
            c["taxint"] = (b1["taxacc"] + b1["intacc"]) - (b0["taxacc"] + b0["intacc"])
            c["othcur"] = -(b1["prepay"] - b0["prepay"]) + (b1["custdep"] - b0["custdep"]) + \
                (b1["oth_cl"] - b0["oth_cl"])
            c["othinv"] = -(b1["oth_inv"] - b0["oth_inv"])
        else:
            c.update(CF_IN[y])
        c["capex"], c["removal"] = -capex[y], -REMOVAL[y]
        c["iss_ltd"], c["ret_ltd"] = m["DEBT"]["iss"][y], -m["DEBT"]["ret"][y]
        c["st"] = ST_DEBT[y] - (ST_DEBT[y - 1] if y - 1 in ST_DEBT else 0) if y != 2023 else 38
        c["iss_cs"], c["div"], c["othfin"] = STOCK_ISS[y], -div[y], OTHER_FIN[y]
        c["inv"] = c["capex"] + c["removal"] + c["othinv"]
        c["fin"] = c["iss_ltd"] + c["ret_ltd"] + c["st"] + c["iss_cs"] + c["div"] + c["othfin"]
        delta = cash[y] - cash[y - 1]
        known = (c["ni"] + c["da"] + c["def"] + c["afudc"] + c["sbc"] + c["ar"] + c["fms"] +
                 c["reg"] + c["ap"] + c["taxint"] + c["othcur"])
        c["othnc"] = delta - c["inv"] - c["fin"] - known
        c["cfo"] = known + c["othnc"]
        c["net"] = c["cfo"] + c["inv"] + c["fin"]
        c["beg"], c["end"] = cash[y - 1], cash[y]
        CF[y] = c
    m["CF"] = CF

    # segment / MD&A helpers
    m["seg_capex"] = {y: {"E": sum(v[y] for k, v in CAPEX_CAT if k.startswith("Electric")),
                          "G": dict(CAPEX_CAT)["Gas distribution"][y],
                          "C": dict(CAPEX_CAT)["Technology and other"][y]} for y in Y2}
    m["gwh_retail"] = {y: sum(v[y] for v in GWH.values()) for y in yrs}
    m["gwh_total"] = {y: m["gwh_retail"][y] + GWH_WHOLESALE[y] for y in yrs}
    m["mdth_total"] = {y: sum(v[y] for v in MDTH.values()) for y in yrs}

    # non-GAAP
    adj_earn = {y: IS["ni"][y] + sum(v[y] for _, v in ADJ) for y in Y2}
    adj_ps = {y: [rnd(F(v[y]) / W_DIL[y], 2) for _, v in ADJ] for y in Y2}
    adj_eps = {y: rnd(F(adj_earn[y]) / W_DIL[y], 2) for y in Y2}
    m["ADJ"] = dict(earn=adj_earn, ps=adj_ps, eps=adj_eps)

    # credit facilities
    fac = [(n, cap, cp, lc, cap - cp - lc, mt) for n, cap, cp, lc, mt in FACILITIES]
    m["FAC"] = fac
    m["FAC_TOT"] = tuple(sum(f[i] for f in fac) for i in (1, 2, 3, 4))

    # contractual obligations
    buckets = ["2026", "2027-2028", "2029-2030", "Thereafter"]
    lt = {"2026": mat["2026"], "2027-2028": mat["2027"] + mat["2028"],
          "2029-2030": mat["2029"] + mat["2030"], "Thereafter": mat["Thereafter"]}
    lm = dict(LEASE_MAT)
    lease_b = {"2026": rint(F(lm["2026"], 1000)),
               "2027-2028": rint(F(lm["2027"] + lm["2028"], 1000)),
               "2029-2030": rint(F(lm["2029"] + lm["2030"], 1000)),
               "Thereafter": rint(F(lm["Thereafter"], 1000))}
    co = [("Long-term debt principal", lt), ("Interest payments on long-term debt", INTEREST_PAYMENTS),
          ("Operating leases", lease_b), ("Fuel and purchased power obligations", PURCHASE_OBL),
          ("Pension plan contributions", PENSION_FUND)]
    co2 = []
    for name, d in co:
        d = dict(d)
        d["total"] = sum(d[b] for b in buckets)
        co2.append((name, d))
    totrow = {b: sum(d[b] for _, d in co2) for b in buckets + ["total"]}
    m["CONTRACT"] = (buckets, co2, totrow)
    m["CASH"] = cash
    return m


M = build()


def check(m=M):
    IS, B, CF, EQ = m["IS"], m["BS"], m["CF"], m["EQ"]
    yrs = [2023, 2024, 2025]
    for y in yrs:
        # segment adds to consolidated
        assert sum(m["rev"][s][y] for s in "EGC") == IS["rev"][y]
        assert sum(m["seg_opinc"][s][y] for s in "EGC") == IS["opinc"][y]
        assert sum(m["seg_ni"][s][y] for s in "EGC") == IS["ni"][y]
        assert IS["rev_e"][y] == m["elec_contract"][y] + ELEC_ARP[y] + ELEC_OTHER[y]
        # EPS from printed shares
        assert IS["eps_d"][y] == rnd(F(IS["ni"][y]) / W_DIL[y], 2)
        # tax
        tx = m["TX"]
        assert tx["cur"][y] + tx["def"][y] == IS["tax"][y]
        assert tx["stat"][y] + sum(v[y] for _, v in ETR_ITEMS) + tx["other"][y] == IS["tax"][y]
        assert abs(tx["other"][y]) <= 5
        # cash flow
        c = CF[y]
        assert c["cfo"] + c["inv"] + c["fin"] == c["end"] - c["beg"]
        assert c["div"] == -m["DIV"][y] and c["iss_cs"] == STOCK_ISS[y]
        assert c["capex"] == -m["PLANT"]["capex"][y]
        # equity roll
        p, q = EQ[y - 1], EQ[y]
        assert q["total"] == p["total"] + IS["ni"][y] + OCI[y] - m["DIV"][y] + STOCK_ISS[y] + SBC[y]
        assert sum(DPS_Q[y] for _ in range(4)) == IS["dps"][y]
    assert CF[2025]["end"] == B[2025]["cash"] and CF[2024]["end"] == B[2024]["cash"]
    for y in Y2:
        b = B[y]
        assert b["ta"] == b["tle"], (y, b["ta"], b["tle"])
        assert b["netplant"] == b["pis"] - b["ad"] + b["cwip"]
        assert b["ltd"] + b["curmat"] + UNAMORT[y] == m["DEBT"]["prin"][y]
        assert m["DEBT"]["sub_u"][y] + m["DEBT"]["sub_h"][y] == m["DEBT"]["prin"][y]
        assert b["equity"] == EQ[y]["total"]
        assert m["REG"]["ra_nc"][y] + m["REG"]["ra_cur"][y] == m["REG"]["ra_tot"][y]
        assert sum(m["seg_capex"][y].values()) == m["PLANT"]["capex"][y]
        assert m["ADJ"]["eps"][y] == IS["eps_d"][y] + sum(m["ADJ"]["ps"][y]), y
        assert b["pen"] == rint(F(-m["PEN"]["funded"][y], 1000))
    assert sum(m["DEBT"]["mat"].values()) == m["DEBT"]["prin"][2025]
    assert m["DEBT"]["mat"]["2026"] == B[2025]["curmat"]
    assert 40 <= B[2025]["cash"] <= 200, B[2025]["cash"]
    assert CF[2025]["iss_ltd"] - (-CF[2025]["ret_ltd"]) == m["DEBT"]["prin"][2025] - m["DEBT"]["prin"][2024]
    # capex prose
    assert rnd(F(m["PLANT"]["capex"][2025], 1000), 2) == F(142, 100)
    # ARO, pension, lease roll
    assert m["ARO"][2025] == B[2025]["aro"]
    assert m["LEASE"]["und"] - LEASE_INTEREST_K == m["LEASE"]["pv"][2025]
    buckets, co, tr = m["CONTRACT"]
    assert tr["total"] == sum(tr[b] for b in buckets)
    assert dict(co)["Operating leases"]["total"] == rint(F(m["LEASE"]["und"], 1000))
    assert m["FAC_TOT"][1] == ST_DEBT[2025]
    assert sum(p for _, p in GEN_MIX) == 100
    assert m["PLANT"]["cwip"][2025] > 0
    for y in yrs:
        assert abs(CF[y]["othnc"]) < 200, (y, CF[y]["othnc"])
    return True


if __name__ == "__main__":
    check()
    import pprint
    for k in ("IS",):
        pprint.pprint(M[k])
    pprint.pprint(M["BS"][2025])
    pprint.pprint(M["CF"])
    print("OK")
