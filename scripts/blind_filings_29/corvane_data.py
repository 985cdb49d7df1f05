"""Invented figures for Corvane Seaways Holdings, Inc., Form 10-K for the year ended December 31, 2025.

Amounts are $ millions (whole numbers) unless the key says otherwise; shares in millions with one decimal;
per-share amounts in $; passengers, passenger cruise days (PCDs) and available lower berth days (APCDs) in
thousands; fuel in thousands of metric tons; yields and costs per APCD in $ with two decimals. Revenue by type
builds the statement of income; segment revenue, segment operating income, depreciation and capital expenditures
reconcile to it. The December 31, 2024 balance sheet is given (retained earnings balances it); December 31, 2025 is
derived from it through the 2025 cash flow statement and the property, debt and equity roll-forwards, so the
statements tie by construction and ties() re-proves every identity. Cash and equity at the end of 2022 and 2023 are
rolled back from December 31, 2024 with the 2024 and 2023 flows.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
BS_YEARS = (2025, 2024)
SEGMENTS = {"ocean": "Corvane Ocean", "exp": "Brightwater Expeditions", "river": "Lisle River Voyages"}
REGIONS = {"na": "North America", "eu": "Europe", "apac": "Asia-Pacific and other"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- statement of income (2025, 2024, 2023)
REV = {"ticket": (6842, 6318, 5596), "onboard": (3214, 2986, 2648)}
COSTS = {"comm": (1418, 1326, 1187), "onb": (612, 571, 509), "payroll": (1104, 1046, 972), "fuel": (782, 816, 874),
         "food": (548, 517, 472), "ship": (1386, 1294, 1178)}
MSA = (1284, 1196, 1088)
DA = (1042, 986, 931)
INT_INC = (58, 64, 41)
INT_EXP = (-612, -668, -702)
EXTING = (-24, -38, 0)
OTHER = (9, -6, 14)
TAX_CUR = (19, 16, 11)
TAX_DEF = (2, 1, 1)
SHARES_BASIC = ("214.6", "218.9", "221.3")
SHARES_DILUTED = ("217.8", "221.7", "223.5")
# segments; Lisle River revenue is the remainder, corporate operating loss and D&A are remainders
SEG_REV = {"ocean": (7862, 7318, 6512), "exp": (1436, 1278, 1102)}
SEG_OI = {"ocean": (1498, 1262, 874), "exp": (286, 232, 158), "river": (148, 121, 78)}
SEG_DA = {"ocean": (812, 772, 731), "exp": (148, 134, 124), "river": (64, 62, 59)}
SEG_CAPEX = {"ocean": (1682, 2214, 1396), "exp": (412, 186, 354), "river": (96, 88, 71), "corp": (34, 29, 26)}
REGION_REV = {"na": (6124, 5716, 5106), "eu": (2846, 2608, 2284)}  # Asia-Pacific and other is the remainder
# operating statistics (thousands)
APCD = {"ocean": (24862, 23948, 22716), "exp": (1184, 1062, 948), "river": (1286, 1242, 1198)}
PCD = {"ocean": (26378, 25206, 23352), "exp": (1042, 918, 802), "river": (1118, 1064, 1006)}
PASSENGERS = (3146, 3012, 2804)
FUEL_TONS = (1246, 1238, 1214)
FLEET = {"ocean": (28, 64280), "exp": (9, 3240), "river": (22, 3520)}  # ships, lower berths at Dec. 31, 2025
# cash flows
SBC = (68, 61, 54)
DEBT_AMORT = (42, 46, 44)
WC = {  # cash effect of changes in operating assets and liabilities (2024, 2023); 2025 derives from the balance sheet
    "rec": (-28, -41), "inv": (-9, -17), "prepaid": (-31, -26), "ap": (38, 57), "accrued": (52, 71),
    "deposits": (412, 524), "other": (-8, -11)}
CAPEX = tuple(sum(SEG_CAPEX[g][i] for g in SEG_CAPEX) for i in range(3))
SHIP_SALE = (0, 96, 0)
DEBT_PROCEEDS_PRIOR = (2840, 1650)  # 2024, 2023
DEBT_REPAY_PRIOR = (-2612, -1980)
DEBT_COSTS_PAID = (-18, -24, -21)
DIVIDENDS = (-172, 0, 0)
REPO = (-410, -180, 0)
STOCK_PLANS = (14, 12, 9)
OCI = (46, -38, 22)  # foreign currency translation of the river fleet
SH_REPO = ("7.4", "3.6", "0")  # millions of shares repurchased
# fourth-quarter 2025 repurchases (whole shares, $ per share)
REPURCHASES = {"oct": (842300, "57.12"), "nov": (796450, "58.64"), "dec": (812900, "59.38")}
# quarterly data 2025 (Q4 is the remainder)
QTR = {"rev": (2218, 2512, 2914), "oi": (248, 486, 812), "ni": (92, 336, 658)}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    for i, y in enumerate(YEARS):
        for k, vals in REV.items():
            put(f"is.{k}.{y}", vals[i])
        rev = put(f"is.rev.{y}", s(f"is.ticket.{y}", f"is.onboard.{y}"))
        for k, vals in COSTS.items():
            put(f"is.{k}.{y}", vals[i])
        put(f"is.cruise.{y}", s(*[f"is.{k}.{y}" for k in COSTS]))
        put(f"is.msa.{y}", MSA[i])
        put(f"is.da.{y}", DA[i])
        costs = put(f"is.costs.{y}", s(f"is.cruise.{y}", f"is.msa.{y}", f"is.da.{y}"))
        oi = put(f"is.oi.{y}", rev - costs)
        put(f"is.int_inc.{y}", INT_INC[i])
        put(f"is.int_exp.{y}", INT_EXP[i])
        put(f"is.exting.{y}", EXTING[i])
        put(f"is.other.{y}", OTHER[i])
        put(f"is.nonop.{y}", s(f"is.int_inc.{y}", f"is.int_exp.{y}", f"is.exting.{y}", f"is.other.{y}"))
        pretax = put(f"is.pretax.{y}", oi + v[f"is.nonop.{y}"])
        put(f"tax.cur.{y}", TAX_CUR[i])
        put(f"tax.def.{y}", TAX_DEF[i])
        tax = put(f"is.tax.{y}", v[f"tax.cur.{y}"] + v[f"tax.def.{y}"])
        ni = put(f"is.ni.{y}", pretax - tax)
        put(f"is.shares_basic.{y}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{y}", SHARES_DILUTED[i])
        put(f"eps.dilutive.{y}", v[f"is.shares_diluted.{y}"] - v[f"is.shares_basic.{y}"])
        put(f"is.eps_basic.{y}", q(ni / v[f"is.shares_basic.{y}"], 2))
        put(f"is.eps_diluted.{y}", q(ni / v[f"is.shares_diluted.{y}"], 2))
        put(f"oci.fx.{y}", OCI[i])
        put(f"ci.total.{y}", ni + v[f"oci.fx.{y}"])
        # segments
        for g in ("ocean", "exp"):
            put(f"seg.rev.{g}.{y}", SEG_REV[g][i])
        put(f"seg.rev.river.{y}", rev - v[f"seg.rev.ocean.{y}"] - v[f"seg.rev.exp.{y}"])
        put(f"seg.rev.total.{y}", rev)
        for g in segs:
            put(f"seg.oi.{g}.{y}", SEG_OI[g][i])
            put(f"seg.da.{g}.{y}", SEG_DA[g][i])
            put(f"seg.capex.{g}.{y}", SEG_CAPEX[g][i])
        put(f"seg.oi.corp.{y}", oi - s(*[f"seg.oi.{g}.{y}" for g in segs]))
        put(f"seg.oi.total.{y}", oi)
        put(f"seg.da.corp.{y}", v[f"is.da.{y}"] - s(*[f"seg.da.{g}.{y}" for g in segs]))
        put(f"seg.da.total.{y}", v[f"is.da.{y}"])
        put(f"seg.capex.corp.{y}", SEG_CAPEX["corp"][i])
        put(f"seg.capex.total.{y}", CAPEX[i])
        for g in ("na", "eu"):
            put(f"geo.{g}.{y}", REGION_REV[g][i])
        put(f"geo.apac.{y}", rev - v[f"geo.na.{y}"] - v[f"geo.eu.{y}"])
        put(f"geo.total.{y}", rev)
        # operating statistics and non-GAAP measures
        for g in segs:
            put(f"ops.apcd.{g}.{y}", APCD[g][i])
            put(f"ops.pcd.{g}.{y}", PCD[g][i])
            put(f"ops.occ.{g}.{y}", pct(v[f"ops.pcd.{g}.{y}"], v[f"ops.apcd.{g}.{y}"]))
        put(f"ops.apcd.total.{y}", s(*[f"ops.apcd.{g}.{y}" for g in segs]))
        put(f"ops.pcd.total.{y}", s(*[f"ops.pcd.{g}.{y}" for g in segs]))
        put(f"ops.occ.total.{y}", pct(v[f"ops.pcd.total.{y}"], v[f"ops.apcd.total.{y}"]))
        put(f"ops.pax.{y}", PASSENGERS[i])
        put(f"ops.fuel_tons.{y}", FUEL_TONS[i])
        put(f"ny.rev.{y}", rev)
        put(f"ny.comm.{y}", -v[f"is.comm.{y}"])
        put(f"ny.onb.{y}", -v[f"is.onb.{y}"])
        net_rev = put(f"ny.net.{y}", rev - v[f"is.comm.{y}"] - v[f"is.onb.{y}"])
        put(f"ny.apcd.{y}", v[f"ops.apcd.total.{y}"])
        put(f"ny.yield.{y}", q(net_rev / v[f"ops.apcd.total.{y}"] * 1000, 2))
        gross_costs = put(f"nc.gross.{y}", v[f"is.cruise.{y}"] + v[f"is.msa.{y}"])
        put(f"nc.comm.{y}", -v[f"is.comm.{y}"])
        put(f"nc.onb.{y}", -v[f"is.onb.{y}"])
        ncc = put(f"nc.net.{y}", gross_costs - v[f"is.comm.{y}"] - v[f"is.onb.{y}"])
        put(f"nc.fuel.{y}", -v[f"is.fuel.{y}"])
        ncc_xf = put(f"nc.xfuel.{y}", ncc - v[f"is.fuel.{y}"])
        put(f"nc.per.{y}", q(ncc / v[f"ops.apcd.total.{y}"] * 1000, 2))
        put(f"nc.xfuel_per.{y}", q(ncc_xf / v[f"ops.apcd.total.{y}"] * 1000, 2))
        put(f"eb.ni.{y}", ni)
        put(f"eb.tax.{y}", tax)
        put(f"eb.int.{y}", -(v[f"is.int_exp.{y}"] + v[f"is.int_inc.{y}"]))
        put(f"eb.exting.{y}", -v[f"is.exting.{y}"])
        put(f"eb.da.{y}", v[f"is.da.{y}"])
        adj = put(f"eb.adj.{y}", s(*[f"eb.{k}.{y}" for k in ("ni", "tax", "int", "exting", "da")]))
        put(f"eb.margin.{y}", pct(adj, rev))
        put(f"mda.oi_margin.{y}", pct(oi, rev))
    for y, prev in ((2025, 2024), (2024, 2023)):
        for k in ("rev", "ticket", "onboard"):
            put(f"chg.{k}.{y}", pct(v[f"is.{k}.{y}"] - v[f"is.{k}.{prev}"], v[f"is.{k}.{prev}"]))
        put(f"chg.apcd.{y}", pct(v[f"ops.apcd.total.{y}"] - v[f"ops.apcd.total.{prev}"],
                                 v[f"ops.apcd.total.{prev}"]))
        put(f"chg.yield.{y}", pct(v[f"ny.yield.{y}"] - v[f"ny.yield.{prev}"], v[f"ny.yield.{prev}"]))
    # quarterly data 2025
    for k, vals in QTR.items():
        for n, amount in enumerate(vals, start=1):
            put(f"qtr.{k}.q{n}", amount)
        put(f"qtr.{k}.q4", v[f"is.{k}.2025"] - s(*[f"qtr.{k}.q{n}" for n in (1, 2, 3)]))
        put(f"qtr.{k}.fy", v[f"is.{k}.2025"])
    for n in (1, 2, 3, 4):
        put(f"qtr.margin.q{n}", pct(v[f"qtr.oi.q{n}"], v[f"qtr.rev.q{n}"]))

    # ------------------------------------------------------------ December 31, 2024 balance sheet (given)
    bs24 = {"cash": 1184, "rec": 412, "inv": 286, "prepaid": 398, "ppe": 22846, "rou": 512, "gw": 1186,
            "other_a": 724, "debt_cur": 1612, "ap": 624, "accrued": 1286, "deposits": 4218, "lease_cur": 64,
            "debt_lt": 11962, "lease_lt": 468, "other_l": 386, "cs": 2, "apic": 5862, "aoci": -312,
            "treasury": -1486}
    for k, amount in bs24.items():
        put(f"bs.{k}.2024", amount)
    # given December 31, 2025 operating balances
    bs25 = {"rec": 446, "inv": 298, "prepaid": 421, "rou": 538, "other_a": 748, "ap": 668, "accrued": 1352,
            "deposits": 4586, "lease_cur": 68, "lease_lt": 486, "other_l": 402, "debt_cur": 1438}
    for k, amount in bs25.items():
        put(f"bs.{k}.2025", amount)
    put("bs.gw.2025", v["bs.gw.2024"])
    put("bs.cs.2025", v["bs.cs.2024"])
    # ------------------------------------------------------------ cash flows
    for i, y in enumerate(YEARS):
        put(f"cf.ni.{y}", v[f"is.ni.{y}"])
        put(f"cf.da.{y}", v[f"is.da.{y}"])
        put(f"cf.sbc.{y}", SBC[i])
        put(f"cf.debt_amort.{y}", DEBT_AMORT[i])
        put(f"cf.capex.{y}", -CAPEX[i])
        put(f"cf.ship_sale.{y}", SHIP_SALE[i])
        put(f"cf.debt_costs.{y}", DEBT_COSTS_PAID[i])
        put(f"cf.div.{y}", DIVIDENDS[i])
        put(f"cf.repo.{y}", REPO[i])
        put(f"cf.stock.{y}", STOCK_PLANS[i])
    for i, y in enumerate((2024, 2023)):
        for k, vals in WC.items():
            put(f"cf.{k}.{y}", vals[i])
        put(f"cf.proceeds.{y}", DEBT_PROCEEDS_PRIOR[i])
        put(f"cf.repay.{y}", DEBT_REPAY_PRIOR[i])
    for k in ("rec", "inv", "prepaid"):
        put(f"cf.{k}.2025", v[f"bs.{k}.2024"] - v[f"bs.{k}.2025"])
    for k in ("ap", "accrued", "deposits"):
        put(f"cf.{k}.2025", v[f"bs.{k}.2025"] - v[f"bs.{k}.2024"])
    put("cf.other.2025", (v["bs.rou.2024"] - v["bs.rou.2025"]) + (v["bs.other_a.2024"] - v["bs.other_a.2025"])
        + s("bs.lease_cur.2025", "bs.lease_lt.2025", "bs.other_l.2025")
        - s("bs.lease_cur.2024", "bs.lease_lt.2024", "bs.other_l.2024"))
    # debt instruments: principal at December 31, 2024 and 2025 movements (proceeds, repayments)
    debt = {"eca": ("8142", "1480", "-786"), "sec28": ("1500", "0", "-1500"), "n31": ("2250", "0", "0"),
            "n33": ("0", "1250", "0"), "tl": ("1240", "0", "-240"), "rcf": ("628", "0", "-218")}
    for k, (bal, proceeds, repay) in debt.items():
        put(f"debt.{k}.2024", bal)
        put(f"debt.{k}.2025", D(bal) + D(proceeds) + D(repay))
        put(f"debt.proc.{k}", proceeds)
        put(f"debt.repay.{k}", repay)
    put("cf.proceeds.2025", s(*[f"debt.proc.{k}" for k in debt]))
    put("cf.repay.2025", s(*[f"debt.repay.{k}" for k in debt]))
    for y in BS_YEARS:
        put(f"debt.principal.{y}", s(*[f"debt.{k}.{y}" for k in debt]))
    put("debt.costs.2024", v["bs.debt_cur.2024"] + v["bs.debt_lt.2024"] - v["debt.principal.2024"])
    put("debt.costs.2025", v["debt.costs.2024"] + v["cf.debt_costs.2025"] + v["cf.debt_amort.2025"])
    for y in BS_YEARS:
        put(f"debt.total.{y}", v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"])
        put(f"debt.cur.{y}", -v[f"bs.debt_cur.{y}"])
        put(f"debt.lt.{y}", v[f"debt.total.{y}"] - v[f"bs.debt_cur.{y}"])
    put("bs.debt_lt.2025", v["debt.lt.2025"])
    mats = {"2026": v["bs.debt_cur.2025"], "2027": D(1612), "2028": D(1286), "2029": D(1944), "2030": D(1702)}
    for k, amount in mats.items():
        put(f"debt.mat.{k}", amount)
    put("debt.mat.after", v["debt.principal.2025"] - s(*[f"debt.mat.{k}" for k in mats]))
    put("debt.mat.total", v["debt.principal.2025"])
    for y in YEARS:
        wc = ("rec", "inv", "prepaid", "ap", "accrued", "deposits", "other")
        put(f"cf.wc.{y}", s(*[f"cf.{k}.{y}" for k in wc]))
        put(f"cf.cfo.{y}", s(*[f"cf.{k}.{y}" for k in ("ni", "da", "sbc", "debt_amort")]) + v[f"cf.wc.{y}"])
        put(f"cf.cfi.{y}", s(f"cf.capex.{y}", f"cf.ship_sale.{y}"))
        put(f"cf.cff.{y}", s(*[f"cf.{k}.{y}" for k in ("proceeds", "repay", "debt_costs", "div", "repo", "stock")]))
        put(f"cf.change.{y}", s(f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}"))
        put(f"fcf.{y}", v[f"cf.cfo.{y}"] + v[f"cf.capex.{y}"])
    put("cf.end.2025", v["bs.cash.2024"] + v["cf.change.2025"])
    put("cf.begin.2025", v["bs.cash.2024"])
    put("cf.end.2024", v["bs.cash.2024"])
    put("cf.begin.2024", v["bs.cash.2024"] - v["cf.change.2024"])
    put("cf.end.2023", v["cf.begin.2024"])
    put("cf.begin.2023", v["cf.end.2023"] - v["cf.change.2023"])
    put("bs.cash.2025", v["cf.end.2025"])
    put("cf.int_paid.2025", "552")
    put("cf.tax_paid.2025", "17")
    # property and equipment
    ppe = {"ships": ("31842", "412"), "suc": ("1126", "1694"), "other": ("2468", "118")}
    for k, (gross, adds) in ppe.items():
        put(f"ppe.{k}.2024", gross)
        put(f"ppe.add.{k}", adds)
    put("ppe.transfer", "1962")
    put("ppe.ships.2025", v["ppe.ships.2024"] + v["ppe.add.ships"] + v["ppe.transfer"] + v["oci.fx.2025"])
    put("ppe.suc.2025", v["ppe.suc.2024"] + v["ppe.add.suc"] - v["ppe.transfer"])
    put("ppe.other.2025", v["ppe.other.2024"] + v["ppe.add.other"])
    for y in BS_YEARS:
        put(f"ppe.gross.{y}", s(*[f"ppe.{k}.{y}" for k in ppe]))
    put("ppe.accum.2024", v["bs.ppe.2024"] - v["ppe.gross.2024"])
    put("ppe.accum.2025", v["ppe.accum.2024"] - v["is.da.2025"])
    put("ppe.net.2024", v["bs.ppe.2024"])
    put("ppe.net.2025", v["ppe.gross.2025"] + v["ppe.accum.2025"])
    put("bs.ppe.2025", v["ppe.net.2025"])
    put("ppe.cap_int", "38")
    # equity roll-forward (2025 forward, 2024 and 2023 back)
    for i, y in enumerate(YEARS):
        put(f"eq.ni.{y}", v[f"is.ni.{y}"])
        put(f"eq.oci.{y}", v[f"oci.fx.{y}"])
        put(f"eq.sbc.{y}", SBC[i])
        put(f"eq.stock.{y}", STOCK_PLANS[i])
        put(f"eq.div.{y}", DIVIDENDS[i])
        put(f"eq.repo.{y}", REPO[i])
        put(f"eq.flow.{y}", s(*[f"eq.{k}.{y}" for k in ("ni", "oci", "sbc", "stock", "div", "repo")]))
        put(f"eq.dps.{y}", q(-D(DIVIDENDS[i]) / v[f"is.shares_basic.{y}"], 2))
        put(f"sh.repo.{y}", SH_REPO[i])
    put("bs.apic.2025", v["bs.apic.2024"] + v["eq.sbc.2025"] + v["eq.stock.2025"])
    put("bs.aoci.2025", v["bs.aoci.2024"] + v["eq.oci.2025"])
    put("bs.treasury.2025", v["bs.treasury.2024"] + v["eq.repo.2025"])
    # liabilities and assets totals, retained earnings balances December 31, 2024
    for y in BS_YEARS:
        put(f"bs.ca.{y}", s(*[f"bs.{k}.{y}" for k in ("cash", "rec", "inv", "prepaid")]))
        put(f"bs.assets.{y}", v[f"bs.ca.{y}"] + s(*[f"bs.{k}.{y}" for k in ("ppe", "rou", "gw", "other_a")]))
        put(f"bs.cl.{y}", s(*[f"bs.{k}.{y}" for k in ("debt_cur", "ap", "accrued", "deposits", "lease_cur")]))
        put(f"bs.liab.{y}", v[f"bs.cl.{y}"] + s(*[f"bs.{k}.{y}" for k in ("debt_lt", "lease_lt", "other_l")]))
    put("bs.re.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - s(*[f"bs.{k}.2024" for k in (
        "cs", "apic", "aoci", "treasury")]))
    put("bs.re.2025", v["bs.re.2024"] + v["eq.ni.2025"] + v["eq.div.2025"])
    for y in BS_YEARS:
        put(f"bs.equity.{y}", s(*[f"bs.{k}.{y}" for k in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"bs.le.{y}", v[f"bs.liab.{y}"] + v[f"bs.equity.{y}"])
    comps = {"cs": "cs", "apic": "apic", "re": "re", "aoci": "aoci", "treasury": "treasury"}
    for c in comps:
        for y in BS_YEARS:
            put(f"eq.{c}.{y}", v[f"bs.{c}.{y}"])
    moves = {"apic": ("sbc", "stock"), "re": ("ni", "div"), "aoci": ("oci",), "treasury": ("repo",), "cs": ()}
    for y, prev in ((2024, 2023), (2023, 2022)):
        for c, ks in moves.items():
            put(f"eq.{c}.{prev}", v[f"eq.{c}.{y}"] - s(*[f"eq.{k}.{y}" for k in ks]))
    for y in (2025, 2024, 2023, 2022):
        put(f"eq.total.{y}", s(*[f"eq.{c}.{y}" for c in comps]))
    # prose-only figures
    put("mda.dep_next", "4128")
    put("mda.rcf_commit", "2400")
    put("mda.rcf_lc", "64")
    put("mda.rcf_avail", v["mda.rcf_commit"] - v["debt.rcf.2025"] - v["mda.rcf_lc"])
    put("mda.orders", "3")
    put("mda.order_berths", "9460")
    put("mda.order_cost", "4.2")
    put("lease.cost", "96")
    for g, (ships, berths) in FLEET.items():
        put(f"fleet.ships.{g}", ships)
        put(f"fleet.berths.{g}", berths)
    put("fleet.ships.total", s(*[f"fleet.ships.{g}" for g in FLEET]))
    put("fleet.berths.total", s(*[f"fleet.berths.{g}" for g in FLEET]))
    # Item 5 repurchases
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
    put("rep.shares.q4", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.q4", q(sum((D(a) * D(b) for a, b in REPURCHASES.values()), D(0)) / v["rep.shares.q4"], 2))
    remaining = D("1000.0") - D("612.4")
    for m, (shares, price) in REPURCHASES.items():
        remaining -= q(D(shares) * D(price) / 1000000, 1)
        put(f"rep.remaining.{m}", remaining)
    accrued = {"payroll": (412, 386), "interest": (168, 184), "port": (276, 254), "taxes": (118, 109)}
    for k, (a, b) in accrued.items():
        put(f"acc.{k}.2025", a)
        put(f"acc.{k}.2024", b)
    for y in BS_YEARS:
        put(f"acc.other.{y}", v[f"bs.accrued.{y}"] - s(*[f"acc.{k}.{y}" for k in accrued]))
        put(f"acc.total.{y}", v[f"bs.accrued.{y}"])
    put("mda.hc_crew", "41200")
    put("mda.hc_shore", "6850")
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    segs = list(SEGMENTS)
    for y in YEARS:
        t.append((f"IS {y}: revenue = segments", v[f"is.rev.{y}"], s(*[f"seg.rev.{g}.{y}" for g in segs])))
        t.append((f"IS {y}: revenue = regions", v[f"is.rev.{y}"], s(*[f"geo.{g}.{y}" for g in REGIONS])))
        t.append((f"IS {y}: operating income", v[f"is.oi.{y}"], v[f"is.rev.{y}"] - s(
            *[f"is.{k}.{y}" for k in COSTS], f"is.msa.{y}", f"is.da.{y}")))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.oi.{y}"] + v[f"is.nonop.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"Segments {y}: operating income", v[f"is.oi.{y}"], s(*[f"seg.oi.{g}.{y}" for g in segs])
                  + v[f"seg.oi.corp.{y}"]))
        t.append((f"Segments {y}: D&A", v[f"is.da.{y}"], s(*[f"seg.da.{g}.{y}" for g in segs])
                  + v[f"seg.da.corp.{y}"]))
        t.append((f"Segments {y}: capex = cash flow", -v[f"cf.capex.{y}"], s(*[f"seg.capex.{g}.{y}" for g in segs])
                  + v[f"seg.capex.corp.{y}"]))
        holds(f"Segments {y}: corporate loss and positive D&A", v[f"seg.oi.corp.{y}"] < 0
              and v[f"seg.da.corp.{y}"] > 0 and v[f"seg.rev.river.{y}"] > 0 and v[f"geo.apac.{y}"] > 0)
        t.append((f"Adjusted EBITDA {y}", v[f"eb.adj.{y}"], v[f"is.oi.{y}"] + v[f"is.da.{y}"] + v[f"is.other.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + v[f"cf.change.{y}"]))
        holds(f"CF {y}: cash positive", v[f"cf.begin.{y}"] > 0 and v[f"cf.end.{y}"] > 0)
        t.append((f"Equity {y}: roll", v[f"eq.total.{y}"], v[f"eq.total.{y - 1}"] + v[f"eq.flow.{y}"]))
        holds(f"Equity {y}: retained earnings positive", v[f"eq.re.{y - 1}"] > 0)
        holds(f"Occupancy {y}: plausible", D(85) < v[f"ops.occ.total.{y}"] < D(110))
    for y in BS_YEARS:
        t.append((f"BS {y}: assets = liabilities + equity", v[f"bs.assets.{y}"], v[f"bs.le.{y}"]))
        t.append((f"BS {y}: debt = note", v[f"bs.debt_cur.{y}"] + v[f"bs.debt_lt.{y}"], v[f"debt.total.{y}"]))
        t.append((f"BS {y}: PP&E = note", v[f"bs.ppe.{y}"], v[f"ppe.gross.{y}"] + v[f"ppe.accum.{y}"]))
        t.append((f"BS {y}: equity = equity statement", v[f"bs.equity.{y}"], v[f"eq.total.{y}"]))
    t.append(("Debt roll", v["debt.total.2025"] - v["debt.total.2024"], s(
        "cf.proceeds.2025", "cf.repay.2025", "cf.debt_costs.2025", "cf.debt_amort.2025")))
    t.append(("PP&E roll", v["bs.ppe.2025"], v["bs.ppe.2024"] - v["cf.capex.2025"] - v["is.da.2025"]
              + v["oci.fx.2025"]))
    t.append(("Debt maturities = principal", v["debt.mat.total"], v["debt.principal.2025"]))
    t.append(("Quarterly revenue", v["is.rev.2025"], s(*[f"qtr.rev.q{n}" for n in (1, 2, 3, 4)])))
    t.append(("Cash 2025 = balance sheet", v["bs.cash.2025"], v["cf.end.2025"]))
    holds("Quarter four positive", all(v[f"qtr.{k}.q4"] > 0 for k in QTR))
    holds("Debt costs negative", v["debt.costs.2024"] < 0 and v["debt.costs.2025"] < 0)
    for y in BS_YEARS:
        holds(f"Accrued other {y} positive", v[f"acc.other.{y}"] > 0)
    holds("Revolver availability positive", v["mda.rcf_avail"] > 0)
    holds("Deposits for next year below balance", v["mda.dep_next"] < v["bs.deposits.2025"])
    holds("Q4 repurchases within annual", v["rep.shares.q4"] * v["rep.price.q4"] / 1000000 < -v["cf.repo.2025"])
    holds("Annual repurchase price plausible", D(45) < -v["cf.repo.2025"] / v["sh.repo.2025"] < D(65))
    return t
