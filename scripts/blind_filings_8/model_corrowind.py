"""Financial model for Corrowind Air Group, Inc. (invented), second-quarter 2025 earnings release.

Amounts in millions of US dollars; shares in millions (one decimal, held as tenths);
operating statistics in the units printed. Quarterly inputs (Q1, Q2 of 2024 and 2025)
are stated once; six-month figures and every ratio are derived. check() asserts the
statements tie out.
"""

from fractions import Fraction as Fr
from types import SimpleNamespace

from kit import rnd

PERIODS = ("Q1_24", "Q2_24", "Q1_25", "Q2_25")

REV_LINES = [("pax", "Passenger"), ("cargo", "Cargo"), ("other", "Other")]
EXP_LINES = [
    ("swb", "Salaries, wages and benefits"),
    ("fuel", "Aircraft fuel and related taxes"),
    ("land", "Landing fees and other rents"),
    ("maint", "Aircraft maintenance materials and outside repairs"),
    ("da", "Depreciation and amortization"),
    ("sell", "Selling expenses"),
    ("rent", "Aircraft rent"),
    ("special", "Special items, net"),
    ("other_exp", "Other"),
]

INPUTS = dict(
    # quarter values: (Q1_24, Q2_24, Q1_25, Q2_25)
    pax=(2412, 2968, 2561, 3142),
    cargo=(58, 63, 64, 71),
    other=(221, 236, 239, 258),
    swb=(905, 942, 978, 1018),
    fuel=(786, 838, 741, 782),
    land=(197, 209, 214, 228),
    maint=(158, 162, 171, 176),
    da=(152, 155, 165, 168),
    sell=(98, 115, 104, 121),
    rent=(58, 57, 55, 54),
    special=(15, 0, 38, 22),
    other_exp=(352, 371, 376, 398),
    int_income=(33, 31, 26, 28),
    int_expense=(80, 78, 72, 71),
    other_nonop=(-3, 6, 4, -9),
    tax=(-19, 89, -5, 106),
    # shares in tenths of millions
    basic_sh=(1223, 1219, 1191, 1184),
    diluted_sh=(1223, 1230, 1191, 1196),
    basic_sh_6m={"24": 1221, "25": 1188},
    diluted_sh_6m={"24": 1232, "25": 1199},
    # operating statistics (millions unless noted)
    asm=(17255, 19012, 17930, 19845),
    rpm=(14320, 16225, 14948, 17106),
    gallons_t=(2703, 2916, 2761, 2984),  # tenths of millions of gallons
    pax_enplaned=(12185, 13640, 12710, 14215),  # thousands
    departures=(98.4, 104.7, 101.2, 108.9),
    stage={"Q2_24": 1128, "Q2_25": 1142, "6M_24": 1119, "6M_25": 1135},
    fte={"24": 23915, "25": 24860},
    aircraft_2024=227,
    # non-GAAP special items
    nonop_special=(3, -5, 0, 12),
    special_tax=(4, -1, 9, 8),
    # balance sheet: (Dec 31 2024, Jun 30 2025); cash 2025 is derived from the cash flow
    cash_2024=1086,
    sti=(2180, 2315),
    restricted=(108, 112),
    receivables=(571, 642),
    spares=(296, 318),
    prepaid=(402, 467),
    flight_eq=(16215, 16985),
    ground_eq=(2870, 2955),
    deposits=(548, 655),
    accum_dep=(6604, 6890),
    rou=(1242, 1186),
    goodwill=(722, 722),
    intangibles=(423, 418),
    other_assets=(296, 311),
    cur_debt=(598, 641),
    ap=(694, 812),
    accr_wages=(521, 468),
    atl=(2118, 2845),
    loyalty_cur=(1014, 1062),
    lease_cur=(219, 214),
    other_accr=(548, 541),
    ltd=(5362, 5244),
    loyalty_noncur=(1342, 1386),
    lease_noncur=(1071, 1018),
    dtl=(512, 604),
    cs_apic=(3701, 3725),
    re_2024=2618,
    aoci=(-91, -84),
    treasury=(-1024, -1174),
    # cash flow, six months: ("24", "25")
    deferred_tax={"24": 61, "25": 92},
    other_noncash={"24": 37, "25": 48},
    atl_change_24=812,
    other_wc={"24": -95, "25": -118},
    capex={"24": 942, "25": 1018},
    sti_net_24=88,
    other_investing={"24": -7, "25": 12},
    debt_proceeds={"24": 650, "25": 420},
    debt_repay={"24": 588, "25": 455},
    buyback={"24": 100, "25": 150},
    other_financing={"24": -11, "25": -14},
    cash_restricted_2023=1205,
    # prose facts
    revolver_undrawn=1450,
    fleet=[  # type, seats, owned, finance leased, operating leased, average age (tenths of years)
        ("Aerivon AV-320", 178, 58, 6, 14, 114),
        ("Aerivon AV-321X", 196, 31, 4, 12, 32),
        ("Calvaro CX-730", 172, 44, 0, 9, 98),
        ("Calvaro CX-950LR", 284, 12, 2, 3, 71),
        ("Norvane NJ-190", 106, 18, 0, 22, 146),
    ],
    deliveries_2h=9,
    guidance=dict(
        asm=("3.5", "5.5"),
        trasm=("1.0", "3.0"),
        casmx=("2.0", "4.0"),
        fuel=("2.55", "2.70"),
        adj_eps=("2.40", "2.70"),
        capex_fy="2.1",
    ),
    profit_sharing_q2=46,
    q2_deliveries=4,
    q2_retirements=2,
    buyback_remaining=650,
    daily_flights=900,
    destinations=120,
    loyalty_members_m=21,
    # second-quarter passenger revenue and ASMs by region: (Q2_24, Q2_25); Atlantic is derived
    regions=("Domestic", "Latin America and Caribbean", "Atlantic"),
    region_pax={"Domestic": (2104, 2251), "Latin America and Caribbean": (392, 421)},
    region_asm={"Domestic": (12840, 13512), "Latin America and Caribbean": (2716, 2874)},
    # fleet plan: deliveries (+) and retirements (-) by type for 2H 2025, 2026, 2027
    fleet_plan={
        "Aerivon AV-321X": (9, 14, 12),
        "Calvaro CX-950LR": (0, 2, 3),
        "Norvane NJ-190": (-6, -10, -12),
        "Aerivon AV-320": (0, -2, -4),
    },
)


def build():
    i = SimpleNamespace(**INPUTS)
    m = SimpleNamespace(inp=i)

    def q(vals):
        d = dict(zip(PERIODS, vals, strict=True))
        d["6M_24"] = d["Q1_24"] + d["Q2_24"]
        d["6M_25"] = d["Q1_25"] + d["Q2_25"]
        return d

    P = PERIODS + ("6M_24", "6M_25")
    m.P = P
    m.line = {}
    for k, _ in REV_LINES + EXP_LINES:
        m.line[k] = q(getattr(i, k))
    m.rev = {p: sum(m.line[k][p] for k, _ in REV_LINES) for p in P}
    m.opex = {p: sum(m.line[k][p] for k, _ in EXP_LINES) for p in P}
    m.oi = {p: m.rev[p] - m.opex[p] for p in P}
    m.int_income = q(i.int_income)
    m.int_expense = q(i.int_expense)
    m.other_nonop = q(i.other_nonop)
    m.nonop = {p: m.int_income[p] - m.int_expense[p] + m.other_nonop[p] for p in P}
    m.pretax = {p: m.oi[p] + m.nonop[p] for p in P}
    m.tax = q(i.tax)
    m.ni = {p: m.pretax[p] - m.tax[p] for p in P}
    bs = dict(zip(PERIODS, i.basic_sh, strict=True))
    ds = dict(zip(PERIODS, i.diluted_sh, strict=True))
    bs["6M_24"], bs["6M_25"] = i.basic_sh_6m["24"], i.basic_sh_6m["25"]
    ds["6M_24"], ds["6M_25"] = i.diluted_sh_6m["24"], i.diluted_sh_6m["25"]
    m.basic_sh = {p: Fr(bs[p], 10) for p in P}
    m.dil_sh = {p: Fr(ds[p], 10) for p in P}
    m.eps_basic = {p: rnd(Fr(m.ni[p]) / m.basic_sh[p], 2) for p in P}
    m.eps_dil = {p: rnd(Fr(m.ni[p]) / m.dil_sh[p], 2) for p in P}
    # ---- operating statistics
    m.asm = q(i.asm)
    m.rpm = q(i.rpm)
    g = q(i.gallons_t)
    m.gallons = {p: Fr(g[p], 10) for p in P}
    m.enplaned = q(i.pax_enplaned)
    m.load = {p: rnd(Fr(m.rpm[p], m.asm[p]) * 100, 1) for p in P}
    m.yield_c = {p: rnd(Fr(m.line["pax"][p] * 100, m.rpm[p]), 2) for p in P}
    m.prasm = {p: rnd(Fr(m.line["pax"][p] * 100, m.asm[p]), 2) for p in P}
    m.trasm = {p: rnd(Fr(m.rev[p] * 100, m.asm[p]), 2) for p in P}
    m.casm = {p: rnd(Fr(m.opex[p] * 100, m.asm[p]), 2) for p in P}
    m.opex_ex = {p: m.opex[p] - m.line["fuel"][p] - m.line["special"][p] for p in P}
    m.casmx = {p: rnd(Fr(m.opex_ex[p] * 100, m.asm[p]), 2) for p in P}
    m.fuel_px = {p: rnd(Fr(m.line["fuel"][p]) / m.gallons[p], 2) for p in P}
    m.stage = i.stage
    # ---- non-GAAP
    m.nonop_special = q(i.nonop_special)
    m.special_tax = q(i.special_tax)
    m.total_special = {p: m.line["special"][p] + m.nonop_special[p] for p in P}
    m.adj_pretax = {p: m.pretax[p] + m.total_special[p] for p in P}
    m.adj_ni = {p: m.ni[p] + m.total_special[p] - m.special_tax[p] for p in P}
    m.adj_eps = {p: rnd(Fr(m.adj_ni[p]) / m.dil_sh[p], 2) for p in P}
    # ---- fleet
    m.fleet = []
    for name, seats, own, fin, op, age in i.fleet:
        m.fleet.append(dict(name=name, seats=seats, own=own, fin=fin, op=op, total=own + fin + op, age=Fr(age, 10)))
    m.fleet_tot = {k: sum(f[k] for f in m.fleet) for k in ("own", "fin", "op", "total")}
    m.fleet_age = rnd(Fr(sum(f["total"] * f["age"] for f in m.fleet)) / m.fleet_tot["total"], 1)
    m.aircraft = {"24": i.aircraft_2024, "25": m.fleet_tot["total"]}
    # ---- cash flow (six months)
    cf = {}
    for yy, p in (("24", "6M_24"), ("25", "6M_25")):
        atl_chg = i.atl_change_24 if yy == "24" else i.atl[1] - i.atl[0]
        sti_net = i.sti_net_24 if yy == "24" else -(i.sti[1] - i.sti[0])
        c = dict(
            ni=m.ni[p],
            da=m.line["da"][p],
            deferred=i.deferred_tax[yy],
            other_nc=i.other_noncash[yy],
            atl=atl_chg,
            other_wc=i.other_wc[yy],
        )
        c["cfo"] = sum(c.values())
        c.update(capex=-i.capex[yy], sti=sti_net, other_inv=i.other_investing[yy])
        c["cfi"] = c["capex"] + c["sti"] + c["other_inv"]
        c.update(
            proceeds=i.debt_proceeds[yy],
            repay=-i.debt_repay[yy],
            buyback=-i.buyback[yy],
            other_fin=i.other_financing[yy],
        )
        c["cff"] = c["proceeds"] + c["repay"] + c["buyback"] + c["other_fin"]
        c["net"] = c["cfo"] + c["cfi"] + c["cff"]
        cf[yy] = c
    cf["24"]["begin"] = i.cash_restricted_2023
    cf["25"]["begin"] = i.cash_2024 + i.restricted[0]
    for yy in cf:
        cf[yy]["end"] = cf[yy]["begin"] + cf[yy]["net"]
        cf[yy]["fcf"] = cf[yy]["cfo"] + cf[yy]["capex"]
    m.cf = cf
    # ---- balance sheet (index 0 = Dec 31 2024, 1 = Jun 30 2025)
    cash = (i.cash_2024, cf["25"]["end"] - i.restricted[1])
    m.cash = cash
    B = (0, 1)
    m.tca = tuple(cash[b] + i.sti[b] + i.restricted[b] + i.receivables[b] + i.spares[b] + i.prepaid[b] for b in B)
    m.ppe_gross = tuple(i.flight_eq[b] + i.ground_eq[b] + i.deposits[b] for b in B)
    m.ppe_net = tuple(m.ppe_gross[b] - i.accum_dep[b] for b in B)
    m.ta = tuple(m.tca[b] + m.ppe_net[b] + i.rou[b] + i.goodwill[b] + i.intangibles[b] + i.other_assets[b] for b in B)
    m.tcl = tuple(
        i.cur_debt[b] + i.ap[b] + i.accr_wages[b] + i.atl[b] + i.loyalty_cur[b] + i.lease_cur[b] + i.other_accr[b]
        for b in B
    )
    m.re = (i.re_2024, i.re_2024 + m.ni["6M_25"])
    m.equity = tuple(i.cs_apic[b] + m.re[b] + i.aoci[b] + i.treasury[b] for b in B)
    m.other_liab = tuple(
        m.ta[b] - m.equity[b] - m.tcl[b] - i.ltd[b] - i.loyalty_noncur[b] - i.lease_noncur[b] - i.dtl[b] for b in B
    )
    m.tl = tuple(m.tcl[b] + i.ltd[b] + i.loyalty_noncur[b] + i.lease_noncur[b] + i.dtl[b] + m.other_liab[b] for b in B)
    m.tle = tuple(m.tl[b] + m.equity[b] for b in B)
    m.debt = tuple(i.cur_debt[b] + i.ltd[b] for b in B)
    # regions
    m.regions = i.regions
    rp = {r: dict(zip(("Q2_24", "Q2_25"), i.region_pax[r], strict=True)) for r in i.region_pax}
    ra = {r: dict(zip(("Q2_24", "Q2_25"), i.region_asm[r], strict=True)) for r in i.region_asm}
    last = i.regions[-1]
    rp[last] = {p: m.line["pax"][p] - sum(rp[r][p] for r in i.region_pax) for p in ("Q2_24", "Q2_25")}
    ra[last] = {p: m.asm[p] - sum(ra[r][p] for r in i.region_asm) for p in ("Q2_24", "Q2_25")}
    m.region_pax, m.region_asm = rp, ra
    m.region_prasm = {r: {p: rnd(Fr(rp[r][p] * 100, ra[r][p]), 2) for p in ("Q2_24", "Q2_25")} for r in i.regions}
    # fleet plan
    m.fleet_plan = i.fleet_plan
    m.plan_net = [sum(v[k] for v in i.fleet_plan.values()) for k in range(3)]
    m.plan_end = []
    n = m.fleet_tot["total"]
    for x in m.plan_net:
        n += x
        m.plan_end.append(n)
    m.liquidity = cash[1] + i.sti[1] + i.revolver_undrawn
    m.net_debt = m.debt[1] - cash[1] - i.sti[1]
    return m


def check(m=None):
    m = m or build()
    i = m.inp
    for p in m.P:
        assert m.rev[p] - m.opex[p] == m.oi[p]
        assert m.oi[p] + m.nonop[p] - m.tax[p] == m.ni[p]
        assert m.eps_basic[p] == rnd(Fr(m.ni[p]) / m.basic_sh[p], 2)
        assert m.eps_dil[p] == rnd(Fr(m.ni[p]) / m.dil_sh[p], 2)
        assert m.opex_ex[p] + m.line["fuel"][p] + m.line["special"][p] == m.opex[p]
        assert m.rpm[p] < m.asm[p]
        assert m.adj_pretax[p] - m.total_special[p] == m.pretax[p]
    for y in ("24", "25"):
        p6, p1, p2 = f"6M_{y}", f"Q1_{y}", f"Q2_{y}"
        assert m.rev[p6] == m.rev[p1] + m.rev[p2] and m.ni[p6] == m.ni[p1] + m.ni[p2]
        assert m.asm[p6] == m.asm[p1] + m.asm[p2]
        c = m.cf[y]
        assert c["end"] - c["begin"] == c["cfo"] + c["cfi"] + c["cff"]
    assert m.cf["25"]["end"] == m.cash[1] + i.restricted[1], "cash flow ends at balance-sheet cash + restricted"
    assert m.cf["25"]["atl"] == i.atl[1] - i.atl[0]
    for b in (0, 1):
        assert m.ta[b] == m.tle[b], "balance sheet"
        assert m.other_liab[b] > 0 and m.cash[b] > 0
    assert m.re[1] - m.re[0] == m.ni["6M_25"]
    assert i.treasury[1] - i.treasury[0] == -i.buyback["25"]
    assert m.fleet_tot["total"] == m.fleet_tot["own"] + m.fleet_tot["fin"] + m.fleet_tot["op"]
    assert m.line["da"]["6M_25"] == m.cf["25"]["da"]
    assert m.liquidity == m.cash[1] + i.sti[1] + i.revolver_undrawn
    for p in ("Q2_24", "Q2_25"):
        assert sum(m.region_pax[r][p] for r in m.regions) == m.line["pax"][p]
        assert sum(m.region_asm[r][p] for r in m.regions) == m.asm[p]
        assert all(m.region_pax[r][p] > 0 and m.region_asm[r][p] > 0 for r in m.regions)
    assert m.plan_end[-1] == m.fleet_tot["total"] + sum(m.plan_net)
    return True


if __name__ == "__main__":
    mm = build()
    check(mm)
    for p in mm.P:
        print(
            p,
            "rev",
            mm.rev[p],
            "oi",
            mm.oi[p],
            "pretax",
            mm.pretax[p],
            "ni",
            mm.ni[p],
            "eps",
            float(mm.eps_dil[p]),
            "adj",
            float(mm.adj_eps[p]),
            "casmx",
            float(mm.casmx[p]),
            "lf",
            float(mm.load[p]),
            "fuelpx",
            float(mm.fuel_px[p]),
        )
    print("cf", mm.cf)
    print(
        "cash",
        mm.cash,
        "other_liab",
        mm.other_liab,
        "ta",
        mm.ta,
        "eq",
        mm.equity,
        "liq",
        mm.liquidity,
        "fleet",
        mm.fleet_tot,
        float(mm.fleet_age),
    )
