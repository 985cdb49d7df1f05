"""Financial model of Larkspur Air Group, Inc. (invented regional airline), fiscal years 2023-2025.

All money is in thousands of US dollars (integers). Inputs are stated once below; everything else is derived
with integer / Fraction arithmetic. Balance sheets are carried from an unprinted opening balance sheet at
December 31, 2022 (retained earnings is the only plug, at that opening date); cash is always derived from the
cash flow statement, so the balance sheet ties by construction and ``check()`` proves it.
"""

from __future__ import annotations

from fractions import Fraction as Fr
from types import SimpleNamespace

from kit import rfr

YEARS = (2023, 2024, 2025)
BS = (2022, 2023, 2024, 2025)
FUT = (2026, 2027, 2028, 2029, 2030)


def _y(*v):
    return dict(zip(YEARS, v, strict=True))


def _b(*v):
    return dict(zip(BS, v, strict=True))


# ---------------------------------------------------------------------------------------------------------------
# inputs
# ---------------------------------------------------------------------------------------------------------------
NAME = "Larkspur Air Group, Inc."
DESTINATIONS = 64
STATES_SERVED = 14
HUBS = (  # airport, peak-day departures, nonstop destinations (December 2025 schedule)
    ("Boise, Idaho (BOI)", 118, 34),
    ("Sacramento, California (SMF)", 96, 29),
    ("Spokane, Washington (GEG)", 41, 15),
)
PROPERTIES = (  # location, facility, square feet, owned / lease expiry
    ("Boise, Idaho", "Headquarters and operations control center", 148_000, "Leased, 2034"),
    ("Boise, Idaho", "Heavy maintenance hangar", 212_500, "Owned (ground lease to 2051)"),
    ("Sacramento, California", "Line maintenance hangar", 96_400, "Leased, 2031"),
    ("Spokane, Washington", "Line maintenance and training center", 71_800, "Leased, 2030"),
)
TICKETS = _y(1_052_318, 1_118_904, 1_187_262)
ANCILLARY = _y(128_447, 141_236, 156_819)
LOYALTY_AWARDS = _y(46_905, 52_117, 58_730)
CARGO = _y(31_842, 29_615, 33_904)
LOYALTY_MARKETING = _y(38_214, 42_608, 47_153)
OTHER_MISC = _y(9_871, 10_442, 11_287)

OPEX_LINES = (
    ("fuel", "Aircraft fuel and related taxes"),
    ("salaries", "Salaries, wages and benefits"),
    ("landing", "Landing fees and airport rents"),
    ("rent", "Aircraft rent"),
    ("maint", "Maintenance materials and repairs"),
    ("da", "Depreciation and amortization"),
    ("dist", "Distribution"),
    ("special", "Special items, net"),
    ("other", "Other operating expenses"),
)
OPEX = {
    "fuel": _y(318_921, 292_587, 285_472),
    "salaries": _y(371_406, 402_318, 437_925),
    "landing": _y(98_215, 104_667, 112_049),
    "rent": _y(61_832, 59_470, 57_316),
    "maint": _y(112_540, 121_094, 128_771),
    "da": _y(84_612, 90_175, 97_438),
    "dist": _y(52_318, 55_906, 58_277),
    "special": _y(0, 18_450, 12_600),
    "other": _y(93_114, 99_850, 106_392),
}
IMPAIRMENT = _y(0, 18_450, 0)  # non-cash part of special items (retired turboprop write-down, 2024)
RATIFICATION = _y(0, 0, 12_600)  # cash part of special items (pilot agreement ratification payments, 2025)

INT_INCOME = _y(14_220, 17_936, 16_481)
INT_EXPENSE = _y(41_875, 44_310, 46_902)
OTHER_NONOP = _y(-1_214, 2_087, -893)
TAX = _y(20_842, 29_891, 39_218)
TAX_CURRENT = _y(4_310, 8_120, 11_650)
TAX_CURRENT_FED = _y(2_940, 5_580, 8_125)
TAX_DEFERRED_FED = _y(14_105, 18_620, 23_710)
RATE_STATE = _y(3_259, 4_541, 5_866)
RATE_NONDED = _y(1_304, 1_186, 1_412)
RATE_CREDITS = _y(-1_722, -1_850, -2_103)
STATUTORY = Fr(21, 100)
OCI_TAX_RATE = Fr(23, 100)

SH_BASIC = _y(48_912, 48_305, 47_436)  # thousands of shares
SH_DILUTIVE = _y(412, 488, 531)
SH_ANTIDILUTIVE = _y(356, 214, 187)

# operating statistics
ASM = _y(8_512, 8_947, 9_386)  # millions
RPM = _y(6_987, 7_402, 7_851)  # millions
PAX = _y(9_842, 10_215, 10_688)  # thousands
GALLONS = _y(101_240, 104_870, 107_315)  # thousands
DEPARTURES = _y(142_310, 146_825, 150_940)
STAGE = _y(612, 618, 626)
BLOCK_HOURS = _y(268_440, 276_915, 285_310)
FTE = _y(5_412, 5_688, 5_931)

# balance sheet inputs
STI = _b(212_500, 238_760, 265_410, 248_930)
STI_PURCHASES = _y(310_400, 342_150, 295_800)
AR = _b(58_312, 63_907, 68_245, 74_118)
SPARES = _b(41_205, 44_870, 47_312, 51_096)
PREPAID = _b(32_418, 35_106, 38_994, 41_257)
DERIV = _b(9_840, 4_215, 6_932, 3_507)
PPE_GROSS_2022 = 2_154_300
ACCUM_2022 = 712_450
CAPEX = _y(168_420, 214_955, 241_870)
DISPOSALS = _y(12_300, 15_640, 9_875)  # fully depreciated assets written off (gross = accumulated)
PPE_CATS = {  # gross cost by category at year end; flight equipment is the derived remainder
    "rotables": {2024: 142_860, 2025: 151_320},
    "ground": {2024: 118_470, 2025: 126_905},
    "buildings": {2024: 96_215, 2025: 102_480},
    "cip": {2024: 21_640, 2025: 28_915},
}
PDP = _b(48_600, 62_150, 81_420, 94_780)
ROU = _b(412_300, 386_540, 371_215, 352_860)
OTHER_NCA = _b(24_870, 26_115, 27_940, 29_382)

AP = _b(86_410, 92_375, 98_126, 104_563)
ATL = _b(221_840, 238_612, 251_308, 268_947)
LOY_CUR = _b(48_210, 51_375, 54_906, 58_640)
LOY_NC = _b(71_520, 74_860, 79_315, 83_572)
SALARIES = _b(64_118, 69_437, 76_215, 83_904)
OTHER_ACCR = _b(58_920, 61_705, 64_833, 67_418)
LEASE_CUR = _b(58_400, 61_250, 63_880, 66_105)
LEASE_NC = _b(372_150, 342_980, 325_410, 303_770)
DTL_2022 = 118_640
OTHER_NCL = _b(36_250, 38_410, 40_125, 42_680)

DEBT_2022 = 842_000
DEBT_PROCEEDS = _y(95_000, 140_000, 160_000)
DEBT_REPAY = _y(118_450, 124_780, 131_610)
DEBT_CURRENT_2024 = 128_940
MATURITIES = {2026: 137_420, 2027: 142_885, 2028: 151_300, 2029: 118_750, 2030: 96_420}  # thereafter derived
DEBT_FLOATING = {2024: 188_300, 2025: 214_600}
DEBT_TERM = {2024: 185_000, 2025: 175_000}
REVOLVER_SIZE = 250_000
REVOLVER_LC = 12_400

CASH_2022 = 186_430
CS_SHARES_2022 = 52_300  # thousands of shares issued, par $0.01
PLAN_SHARES = _y(400, 500, 600)
APIC_2022 = 412_380
SBC = _y(14_820, 16_450, 18_230)
PLAN_PROCEEDS = _y(6_140, 7_215, 8_960)
WITHHOLDING = _y(3_210, 3_985, 4_620)
TREASURY_2022 = -98_450
AOCI_2022 = 7_420
REPO_DOLLARS = {2023: 38_214_870, 2024: 52_479_612}
REPO_2025_JANSEP = {"shares": 1_214_600, "dollars": 49_806_420}
REPO_Q4 = (  # month, shares, average price in cents
    ("October 1 \u2013 October 31, 2025", 142_300, 4_187),
    ("November 1 \u2013 November 30, 2025", 118_650, 4_312),
    ("December 1 \u2013 December 31, 2025", 96_400, 4_458),
)
PROGRAM_AUTH = 200_000_000  # dollars, authorized February 2024

INTEREST_PAID = _y(40_912, 43_586, 45_874)
TAXES_PAID = _y(3_870, 7_455, 10_920)
ROU_OBTAINED = _y(18_650, 34_710, 41_280)

# revenue notes
ATL_REFUNDS = _y(16_940, 18_720, 21_345)
ATL_FROM_BEGINNING = {2024: 224_870, 2025: 236_410}

# leases
LEASE_PAYMENTS = {2026: 84_920, 2027: 79_315, 2028: 71_460, 2029: 62_870, 2030: 51_235, "after": 98_640}
LEASE_COST = {"operating": _y(78_340, 76_215, 74_980), "variable": _y(41_620, 44_870, 48_315)}
LEASE_CASH_PAID = _y(80_115, 78_460, 77_290)
LEASE_TERM_TENTHS = 64  # weighted-average remaining term, tenths of a year
LEASE_RATE_TENTHS = 58  # weighted-average discount rate, tenths of a percent

# deferred tax components (2024, 2025); PP&E liability derived so the net equals the balance sheet
DTA = {
    "Operating lease liabilities": {2024: 89_508, 2025: 85_071},
    "Loyalty program deferred revenue": {2024: 30_871, 2025: 32_706},
    "Accrued compensation": {2024: 12_906, 2025: 14_212},
    "Net operating loss carryforwards": {2024: 41_260, 2025: 22_540},
    "Other": {2024: 5_844, 2025: 6_318},
}
DTL_OTHER = {
    "Operating lease right-of-use assets": {2024: 85_380, 2025: 81_158},
    "Fuel derivative instruments": {2024: 1_594, 2025: 807},
    "Other": {2024: 3_870, 2025: 4_215},
}

# stock compensation (2025 RSU activity; thousands of units, grant-date fair value in cents)
RSU = {
    "begin": (1_148, 3_452),
    "granted": (512, 4_018),
    "vested": (438, 3_196),
    "forfeited": (57, 3_640),
}
UNRECOGNIZED_SBC = 24_315
UNRECOGNIZED_YEARS_TENTHS = 18
SBC_TAX_BENEFIT = _y(3_112, 3_560, 3_981)

# fleet at December 31, 2025: type, owned, leased, seats, average age (tenths of years)
FLEET = (
    ("Airbus A220-300", 14, 6, 137, 38),
    ("Embraer E175", 22, 18, 76, 96),
    ("ATR 72-600", 8, 10, 70, 72),
    ("De Havilland Dash 8-400", 6, 4, 78, 141),
)
A220_ORDERS = {2026: 4, 2027: 4, 2028: 4}
A220_OPTIONS = 10
AIRCRAFT_COMMIT = {2026: 186_400, 2027: 204_150, 2028: 212_380, 2029: 41_250, 2030: 0, "after": 0}
DEBT_INTEREST_FUTURE = {2026: 44_380, 2027: 37_215, 2028: 29_640, 2029: 21_075, 2030: 14_390, "after": 18_260}
OTHER_PURCHASE = {2026: 52_600, 2027: 31_480, 2028: 18_240, 2029: 9_350, 2030: 4_120, "after": 0}
CAPEX_2026_GUIDE = 265_000
MIN_LIQUIDITY_COVENANT = 150_000

LABOR = (  # group, union, FTE, amendable
    ("Pilots", "Air Line Pilots Association (ALPA)", 1_284, "October 2029"),
    ("Flight attendants", "Association of Flight Attendants-CWA", 1_562, "March 2027"),
    ("Maintenance technicians", "International Brotherhood of Teamsters", 742, "June 2028"),
    ("Dispatchers", "Transport Workers Union", 96, "January 2027"),
    ("Airport customer service and ramp", "International Association of Machinists", 1_618, "August 2026"),
)
HOLDERS_OF_RECORD = 1_184
SHARES_OUT_FEB = 46_652_318
NONAFFIL_VALUE_MILLIONS = 1_684
FUEL_SENS_CENTS = 10  # per-gallon sensitivity used in Item 7A
RATE_SENS_BP = 100


def build() -> SimpleNamespace:
    m = SimpleNamespace(name=NAME)
    m.years = YEARS
    # --- revenue ---
    rev = {}
    for y in YEARS:
        r = {"tickets": TICKETS[y], "ancillary": ANCILLARY[y], "awards": LOYALTY_AWARDS[y]}
        r["passenger"] = r["tickets"] + r["ancillary"] + r["awards"]
        r["cargo"] = CARGO[y]
        r["marketing"] = LOYALTY_MARKETING[y]
        r["misc"] = OTHER_MISC[y]
        r["other"] = r["marketing"] + r["misc"]
        r["total"] = r["passenger"] + r["cargo"] + r["other"]
        rev[y] = r
    m.rev = rev
    # --- statement of operations ---
    inc = {}
    for y in YEARS:
        d = {k: OPEX[k][y] for k, _ in OPEX_LINES}
        d["opex"] = sum(OPEX[k][y] for k, _ in OPEX_LINES)
        d["revenue"] = rev[y]["total"]
        d["op_income"] = d["revenue"] - d["opex"]
        d["int_income"] = INT_INCOME[y]
        d["int_expense"] = INT_EXPENSE[y]
        d["other_nonop"] = OTHER_NONOP[y]
        d["nonop"] = INT_INCOME[y] - INT_EXPENSE[y] + OTHER_NONOP[y]
        d["pretax"] = d["op_income"] + d["nonop"]
        d["tax"] = TAX[y]
        d["net_income"] = d["pretax"] - d["tax"]
        d["sh_basic"] = SH_BASIC[y]
        d["sh_diluted"] = SH_BASIC[y] + SH_DILUTIVE[y]
        d["eps_basic"] = rfr(Fr(d["net_income"], d["sh_basic"]), 2)
        d["eps_diluted"] = rfr(Fr(d["net_income"], d["sh_diluted"]), 2)
        d["op_margin"] = Fr(d["op_income"], d["revenue"])
        d["pretax_margin"] = Fr(d["pretax"], d["revenue"])
        d["etr"] = Fr(d["tax"], d["pretax"])
        inc[y] = d
    m.inc = inc
    # --- taxes ---
    tax = {}
    for y in YEARS:
        t = {"current": TAX_CURRENT[y], "deferred": TAX[y] - TAX_CURRENT[y]}
        t["current_fed"] = TAX_CURRENT_FED[y]
        t["current_state"] = t["current"] - t["current_fed"]
        t["deferred_fed"] = TAX_DEFERRED_FED[y]
        t["deferred_state"] = t["deferred"] - t["deferred_fed"]
        t["statutory"] = int(rfr(STATUTORY * inc[y]["pretax"], 0))
        t["state"] = RATE_STATE[y]
        t["nonded"] = RATE_NONDED[y]
        t["credits"] = RATE_CREDITS[y]
        t["other"] = TAX[y] - t["statutory"] - t["state"] - t["nonded"] - t["credits"]
        t["total"] = TAX[y]
        tax[y] = t
    m.tax = tax
    # --- OCI ---
    oci = {}
    for y in YEARS:
        pre = DERIV[y] - DERIV[y - 1]
        tx = int(rfr(OCI_TAX_RATE * pre, 0))
        oci[y] = {"pretax": pre, "tax": tx, "net": pre - tx, "comprehensive": inc[y]["net_income"] + pre - tx}
    m.oci = oci
    # --- debt ---
    debt = {2022: DEBT_2022}
    for y in YEARS:
        debt[y] = debt[y - 1] + DEBT_PROCEEDS[y] - DEBT_REPAY[y]
    m.debt = debt
    mat = dict(MATURITIES)
    mat["after"] = debt[2025] - sum(MATURITIES.values())
    m.maturities = mat
    m.debt_current = {2024: DEBT_CURRENT_2024, 2025: MATURITIES[2026]}
    m.debt_lt = {y: debt[y] - m.debt_current[y] for y in (2024, 2025)}
    m.debt_parts = {
        y: {
            "fixed": debt[y] - DEBT_FLOATING[y] - DEBT_TERM[y],
            "floating": DEBT_FLOATING[y],
            "term": DEBT_TERM[y],
            "revolver": 0,
        }
        for y in (2024, 2025)
    }
    m.revolver = {"size": REVOLVER_SIZE, "lc": REVOLVER_LC, "drawn": 0, "available": REVOLVER_SIZE - REVOLVER_LC}
    # --- PP&E ---
    gross, accum = {2022: PPE_GROSS_2022}, {2022: ACCUM_2022}
    for y in YEARS:
        gross[y] = gross[y - 1] + CAPEX[y] - IMPAIRMENT[y] - DISPOSALS[y]
        accum[y] = accum[y - 1] + OPEX["da"][y] - DISPOSALS[y]
    m.ppe_gross, m.ppe_accum = gross, accum
    m.ppe_net = {y: gross[y] - accum[y] for y in BS}
    m.ppe_cats = {}
    for y in (2024, 2025):
        cats = {k: v[y] for k, v in PPE_CATS.items()}
        cats["flight"] = gross[y] - sum(cats.values())
        m.ppe_cats[y] = cats
    # --- deferred taxes ---
    dtl = {2022: DTL_2022}
    for y in YEARS:
        dtl[y] = dtl[y - 1] + tax[y]["deferred"] + oci[y]["tax"]
    m.dtl = dtl
    m.dt_parts = {}
    for y in (2024, 2025):
        dta = {k: v[y] for k, v in DTA.items()}
        dta_total = sum(dta.values())
        other = {k: v[y] for k, v in DTL_OTHER.items()}
        ppe_l = dtl[y] + dta_total - sum(other.values())
        liab = {"Property and equipment": ppe_l, **other}
        m.dt_parts[y] = {"dta": dta, "dta_total": dta_total, "dtl": liab, "dtl_total": sum(liab.values())}
    # --- equity ---
    repo = dict(REPO_DOLLARS)
    q4_dollars = [s * c for _, s, c in REPO_Q4]  # cents
    repo[2025] = REPO_2025_JANSEP["dollars"] + Fr(sum(q4_dollars), 100)
    m.repo_q4 = []
    remaining = Fr(PROGRAM_AUTH - REPO_DOLLARS[2024] - REPO_2025_JANSEP["dollars"])
    for (label, s, c), dl in zip(REPO_Q4, q4_dollars, strict=True):
        remaining -= Fr(dl, 100)
        m.repo_q4.append(
            {"label": label, "shares": s, "price": Fr(c, 100), "dollars": Fr(dl, 100), "remaining": remaining}
        )
    m.repo_q4_shares = sum(s for _, s, _ in REPO_Q4)
    m.repo_2025_shares = REPO_2025_JANSEP["shares"] + m.repo_q4_shares
    m.repurchase = {y: int(rfr(Fr(repo[y], 1000), 0)) for y in YEARS}
    eq = {2022: {"shares": CS_SHARES_2022, "cs": CS_SHARES_2022 // 100, "apic": APIC_2022, "aoci": AOCI_2022}}
    eq[2022]["treasury"] = TREASURY_2022
    m.eq_moves = {}
    for y in YEARS:
        p = eq[y - 1]
        cs_add = Fr(PLAN_SHARES[y], 100)
        assert cs_add.denominator == 1
        cs_add = int(cs_add)
        mv = {
            "ni": inc[y]["net_income"],
            "oci": oci[y]["net"],
            "sbc": SBC[y],
            "plan_shares": PLAN_SHARES[y],
            "plan_cs": cs_add,
            "plan_apic": PLAN_PROCEEDS[y] - WITHHOLDING[y] - cs_add,
            "repo": -m.repurchase[y],
        }
        m.eq_moves[y] = mv
        eq[y] = {
            "shares": p["shares"] + PLAN_SHARES[y],
            "cs": p["cs"] + cs_add,
            "apic": p["apic"] + SBC[y] + mv["plan_apic"],
            "aoci": p["aoci"] + oci[y]["net"],
            "treasury": p["treasury"] + mv["repo"],
        }
    # --- balance sheets (2022 opening: retained earnings plug) ---
    bal = {}
    cash = {2022: CASH_2022}
    cf = {}
    m.cf = cf
    for y in BS:
        if y > 2022:
            cf[y] = _cash_flow(m, y)
            cash[y] = cash[y - 1] + cf[y]["net"]
        b = {
            "cash": cash[y],
            "sti": STI[y],
            "ar": AR[y],
            "spares": SPARES[y],
            "prepaid": PREPAID[y],
            "deriv": DERIV[y],
        }
        b["current_assets"] = sum(b.values())
        b["ppe"] = m.ppe_net[y]
        b["pdp"] = PDP[y]
        b["rou"] = ROU[y]
        b["other_nca"] = OTHER_NCA[y]
        b["assets"] = b["current_assets"] + b["ppe"] + b["pdp"] + b["rou"] + b["other_nca"]
        cur_debt = m.debt_current.get(y, 0)
        liab_cur = {
            "ap": AP[y],
            "atl": ATL[y],
            "loy_cur": LOY_CUR[y],
            "debt_cur": cur_debt,
            "lease_cur": LEASE_CUR[y],
            "salaries": SALARIES[y],
            "other_accr": OTHER_ACCR[y],
        }
        b.update(liab_cur)
        b["current_liab"] = sum(liab_cur.values())
        b["debt_lt"] = debt[y] - cur_debt
        b["lease_nc"] = LEASE_NC[y]
        b["loy_nc"] = LOY_NC[y]
        b["dtl"] = dtl[y]
        b["other_ncl"] = OTHER_NCL[y]
        b["liab"] = b["current_liab"] + b["debt_lt"] + b["lease_nc"] + b["loy_nc"] + b["dtl"] + b["other_ncl"]
        if y == 2022:
            eq[2022]["re"] = (
                b["assets"] - b["liab"] - (eq[2022]["cs"] + eq[2022]["apic"] + eq[2022]["aoci"] + eq[2022]["treasury"])
            )
        else:
            eq[y]["re"] = eq[y - 1]["re"] + inc[y]["net_income"]
        for k in ("cs", "apic", "re", "aoci", "treasury"):
            b["eq_" + k] = eq[y][k]
        b["equity"] = sum(eq[y][k] for k in ("cs", "apic", "re", "aoci", "treasury"))
        b["liab_equity"] = b["liab"] + b["equity"]
        bal[y] = b
        eq[y]["total"] = b["equity"]
    m.bal, m.cash, m.cf, m.eq = bal, cash, cf, eq
    # --- operating statistics ---
    st = {}
    for y in YEARS:
        i = inc[y]
        s = {
            "pax": PAX[y],
            "rpm": RPM[y],
            "asm": ASM[y],
            "lf": Fr(RPM[y], ASM[y]),
            "yield": Fr(rev[y]["passenger"], RPM[y] * 10),  # cents
            "prasm": Fr(rev[y]["passenger"], ASM[y] * 10),
            "trasm": Fr(rev[y]["total"], ASM[y] * 10),
            "casm": Fr(i["opex"], ASM[y] * 10),
            "casm_ex": Fr(i["opex"] - i["fuel"] - i["special"], ASM[y] * 10),
            "gallons": GALLONS[y],
            "fuel_price": Fr(i["fuel"], GALLONS[y]),  # dollars per gallon
            "departures": DEPARTURES[y],
            "stage": STAGE[y],
            "block_hours": BLOCK_HOURS[y],
            "fte": FTE[y],
            "avg_fare": Fr(rev[y]["passenger"], PAX[y]),  # dollars
            "adj_opex": i["opex"] - i["fuel"] - i["special"],
        }
        st[y] = s
    m.stats = st
    m.adj_pretax = {y: inc[y]["pretax"] + inc[y]["special"] for y in YEARS}
    m.adj_pretax_margin = {y: Fr(m.adj_pretax[y], inc[y]["revenue"]) for y in YEARS}
    # --- revenue notes ---
    m.atl_roll = {}
    for y in (2024, 2025):
        recognized = rev[y]["tickets"] + rev[y]["ancillary"]
        sales = ATL[y] - ATL[y - 1] + recognized + ATL_REFUNDS[y]
        m.atl_roll[y] = {
            "begin": ATL[y - 1],
            "sales": sales,
            "recognized": -recognized,
            "refunds": -ATL_REFUNDS[y],
            "end": ATL[y],
        }
    m.loy_roll = {}
    for y in (2024, 2025):
        b0 = LOY_CUR[y - 1] + LOY_NC[y - 1]
        b1 = LOY_CUR[y] + LOY_NC[y]
        m.loy_roll[y] = {
            "begin": b0,
            "deferred": b1 - b0 + rev[y]["awards"],
            "redeemed": -rev[y]["awards"],
            "end": b1,
        }
    # --- leases ---
    pay = dict(LEASE_PAYMENTS)
    m.lease_total_pay = sum(pay.values())
    m.lease_pv = LEASE_CUR[2025] + LEASE_NC[2025]
    m.lease_interest = m.lease_total_pay - m.lease_pv
    m.lease_pay = pay
    # --- contractual obligations ---
    keys = (*FUT, "after")
    m.contract = {
        "debt": {k: m.maturities[k] for k in keys},
        "interest": dict(DEBT_INTEREST_FUTURE),
        "leases": {k: pay[k] for k in keys},
        "aircraft": dict(AIRCRAFT_COMMIT),
        "other": dict(OTHER_PURCHASE),
    }
    m.contract_total = {k: sum(v[k] for v in m.contract.values()) for k in keys}
    m.contract_row_total = {r: sum(v.values()) for r, v in m.contract.items()}
    # --- stock compensation ---
    b_n, b_p = RSU["begin"]
    g_n, g_p = RSU["granted"]
    v_n, v_p = RSU["vested"]
    f_n, f_p = RSU["forfeited"]
    end_n = b_n + g_n - v_n - f_n
    end_value = b_n * b_p + g_n * g_p - v_n * v_p - f_n * f_p  # thousand units x cents
    m.rsu = {
        "begin": (b_n, Fr(b_p, 100)),
        "granted": (g_n, Fr(g_p, 100)),
        "vested": (-v_n, Fr(v_p, 100)),
        "forfeited": (-f_n, Fr(f_p, 100)),
        "end": (end_n, Fr(end_value, end_n * 100)),
    }
    # --- fleet ---
    m.fleet = []
    for name, own, lease, seats, age in FLEET:
        m.fleet.append(
            {"type": name, "owned": own, "leased": lease, "total": own + lease, "seats": seats, "age": Fr(age, 10)}
        )
    m.fleet_owned = sum(f["owned"] for f in m.fleet)
    m.fleet_leased = sum(f["leased"] for f in m.fleet)
    m.fleet_total = m.fleet_owned + m.fleet_leased
    m.fleet_seats = sum(f["total"] * f["seats"] for f in m.fleet)
    m.fleet_age = Fr(sum(f["total"] * f["age"] for f in m.fleet), m.fleet_total)
    m.labor = [{"group": g, "union": u, "fte": n, "amendable": a} for g, u, n, a in LABOR]
    m.labor_nonunion = FTE[2025] - sum(r["fte"] for r in m.labor)
    m.fuel_sens = int(rfr(Fr(GALLONS[2025] * FUEL_SENS_CENTS, 100), 0))
    m.rate_sens = int(rfr(Fr(DEBT_FLOATING[2025] * RATE_SENS_BP, 10_000), 0))
    m.liquidity = bal[2025]["cash"] + bal[2025]["sti"] + m.revolver["available"]
    return m


def _cash_flow(m, y: int) -> dict:
    inc = m.inc[y]
    c = {
        "ni": inc["net_income"],
        "da": OPEX["da"][y],
        "sbc": SBC[y],
        "deferred_tax": m.tax[y]["deferred"],
        "impairment": IMPAIRMENT[y],
        "ar": -(AR[y] - AR[y - 1]),
        "spares": -(SPARES[y] - SPARES[y - 1]),
        "prepaid": -(PREPAID[y] - PREPAID[y - 1]),
        "ap": AP[y] - AP[y - 1],
        "atl": ATL[y] - ATL[y - 1],
        "loyalty": (LOY_CUR[y] + LOY_NC[y]) - (LOY_CUR[y - 1] + LOY_NC[y - 1]),
        "salaries": SALARIES[y] - SALARIES[y - 1],
        "other_accr": OTHER_ACCR[y] - OTHER_ACCR[y - 1],
        "leases": (LEASE_CUR[y] + LEASE_NC[y] - LEASE_CUR[y - 1] - LEASE_NC[y - 1]) - (ROU[y] - ROU[y - 1]),
        "other": (OTHER_NCL[y] - OTHER_NCL[y - 1]) - (OTHER_NCA[y] - OTHER_NCA[y - 1]),
    }
    c["ocf"] = sum(c.values())
    c["capex"] = -CAPEX[y]
    c["pdp"] = -(PDP[y] - PDP[y - 1])
    c["sti_buy"] = -STI_PURCHASES[y]
    c["sti_sell"] = STI_PURCHASES[y] - (STI[y] - STI[y - 1])
    c["icf"] = c["capex"] + c["pdp"] + c["sti_buy"] + c["sti_sell"]
    c["debt_in"] = DEBT_PROCEEDS[y]
    c["debt_out"] = -DEBT_REPAY[y]
    c["repo"] = -m.repurchase[y]
    c["plan"] = PLAN_PROCEEDS[y]
    c["withholding"] = -WITHHOLDING[y]
    c["fcf"] = c["debt_in"] + c["debt_out"] + c["repo"] + c["plan"] + c["withholding"]
    c["net"] = c["ocf"] + c["icf"] + c["fcf"]
    c["begin"] = m_cash_prev(m, y)
    c["end"] = c["begin"] + c["net"]
    c["interest_paid"] = INTEREST_PAID[y]
    c["taxes_paid"] = TAXES_PAID[y]
    c["rou_obtained"] = ROU_OBTAINED[y]
    return c


def m_cash_prev(m, y: int) -> int:
    if y == 2023:
        return CASH_2022
    return m.cf[y - 1]["end"]


def check(m) -> list:
    """Tie-out checks; returns a list of check names that passed (raises AssertionError on failure)."""
    done = []

    def ok(cond, name):
        assert cond, name
        done.append(name)

    for y in YEARS:
        i = m.inc[y]
        ok(i["revenue"] == m.rev[y]["passenger"] + m.rev[y]["cargo"] + m.rev[y]["other"], f"revenue {y}")
        ok(i["opex"] == sum(i[k] for k, _ in OPEX_LINES), f"opex {y}")
        ok(i["net_income"] == i["revenue"] - i["opex"] + i["nonop"] - i["tax"], f"net income {y}")
        t = m.tax[y]
        ok(t["current"] + t["deferred"] == i["tax"], f"tax components {y}")
        ok(t["statutory"] + t["state"] + t["nonded"] + t["credits"] + t["other"] == i["tax"], f"rate rec {y}")
        ok(abs(t["other"]) < 5_000, f"rate rec other small {y}")
        c = m.cf[y]
        ok(c["end"] == m.bal[y]["cash"], f"cash ties {y}")
        ok(c["end"] > 0, f"cash positive {y}")
        ok(m.oci[y]["comprehensive"] == i["net_income"] + m.oci[y]["net"], f"comprehensive {y}")
        e0, e1, mv = m.eq[y - 1], m.eq[y], m.eq_moves[y]
        roll = e0["total"] + mv["ni"] + mv["oci"] + mv["sbc"] + mv["plan_cs"] + mv["plan_apic"] + mv["repo"]
        ok(roll == e1["total"], f"equity roll {y}")
        ok(i["tax"] > 0 and 0 < i["etr"] < Fr(30, 100), f"etr sane {y}")
    for y in BS:
        b = m.bal[y]
        ok(b["assets"] == b["liab_equity"], f"balance sheet balances {y}")
        ok(b["eq_re"] > 0, f"retained earnings positive {y}")
    ok(sum(v for v in m.maturities.values()) == m.debt[2025], "maturities sum to debt")
    ok(m.maturities["after"] > 0, "maturities thereafter positive")
    for y in (2024, 2025):
        ok(sum(m.debt_parts[y].values()) == m.debt[y], f"debt parts {y}")
        ok(m.debt_parts[y]["fixed"] > 0, f"fixed debt positive {y}")
        ok(sum(m.ppe_cats[y].values()) == m.ppe_gross[y], f"ppe categories {y}")
        d = m.dt_parts[y]
        ok(d["dtl_total"] - d["dta_total"] == m.dtl[y], f"deferred taxes net {y}")
        a = m.atl_roll[y]
        ok(a["begin"] + a["sales"] + a["recognized"] + a["refunds"] == a["end"], f"atl roll {y}")
        lr = m.loy_roll[y]
        ok(lr["begin"] + lr["deferred"] + lr["redeemed"] == lr["end"], f"loyalty roll {y}")
        ok(lr["end"] == m.bal[y]["loy_cur"] + m.bal[y]["loy_nc"], f"loyalty roll ties bs {y}")
    ok(m.lease_pv == m.bal[2025]["lease_cur"] + m.bal[2025]["lease_nc"], "lease pv ties")
    ok(m.lease_interest > 0, "lease interest positive")
    for k in m.contract_total:
        ok(m.contract_total[k] == sum(v[k] for v in m.contract.values()), f"contract column {k}")
    ok(m.contract["debt"][2026] == m.bal[2025]["debt_cur"], "current maturities tie")
    ok(m.fleet_total == sum(f["total"] for f in m.fleet), "fleet total")
    ok(m.labor_nonunion > 0, "labor other positive")
    ok(m.repo_q4[-1]["remaining"] > 0, "repurchase authorization remaining")
    ok(m.bal[2025]["ppe"] == m.ppe_gross[2025] - m.ppe_accum[2025], "ppe net")
    return done
