"""Invented figures for Tillerstone Homes, Inc., Form 10-K for the fiscal year ended November 30, 2025.

Amounts are $ millions with one decimal unless the key says otherwise; shares in thousands; per-share amounts in $;
homes, lots and communities in units; average selling prices in $ thousands; percentages as printed. The November
30, 2024 balance sheet is given (additional paid-in capital balances it, and its cash comes from the fiscal 2023 and
2024 cash flow statements, whose "other, net" lines close onto the given cash balances); the November 30, 2025
balance sheet is derived from it through the fiscal 2025 cash flow statement and the inventory, joint venture,
property, deferred tax, senior note and equity roll-forwards, so the statements tie by construction and ties()
re-proves every identity. Equity balances for fiscal 2022 and 2023 are rolled back from November 30, 2024. Unit
backlog rolls forward with net new orders and deliveries; backlog value rolls with the value of net new orders and
home sales revenues.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
BS_YEARS = (2025, 2024)
SEGMENTS = {"west": "West", "mtn": "Mountain", "cen": "Central", "east": "East"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- homebuilding by segment (FY2025, FY2024, FY2023)
DELIVERIES = {"west": (2418, 2506, 2312), "mtn": (1864, 1792, 1705), "cen": (3912, 3604, 3388),
              "east": (2706, 2488, 2214)}
HOME_REV = {"west": ("1721.4", "1795.3", "1638.7"), "mtn": ("1019.8", "972.6", "911.2"),
            "cen": ("1416.5", "1318.4", "1242.9"), "east": ("1168.2", "1061.7", "930.5")}
HOME_COST = {"west": ("1351.3", "1382.4", "1253.6"), "mtn": ("791.4", "747.0", "692.5"),
             "cen": ("1119.0", "1031.0", "963.2"), "east": ("901.9", "812.2", "705.3")}
LAND_REV = {"west": ("18.2", "9.6", "8.1"), "mtn": ("6.4", "4.8", "3.0"), "cen": ("14.8", "10.2", "6.9"),
            "east": ("9.2", "6.6", "4.4")}
LAND_COST = {"west": ("15.9", "8.1", "6.9"), "mtn": ("5.8", "4.1", "2.6"), "cen": ("12.1", "8.4", "5.6"),
             "east": ("7.8", "5.6", "3.9")}
IMPAIR = {"west": ("16.2", "4.1", "2.5"), "mtn": ("3.8", "1.6", "1.0"), "cen": ("2.4", "1.9", "1.2"),
          "east": ("6.2", "1.8", "1.4")}
SEG_SGA = {"west": ("158.4", "160.2", "149.8"), "mtn": ("101.6", "96.3", "90.4"),
           "cen": ("146.2", "137.8", "131.5"), "east": ("118.8", "108.4", "96.7")}
CORP_GA = ("96.4", "91.8", "84.2")
JV_EARN = ("12.4", "9.8", "7.6")
INT_OTHER = ("24.8", "31.6", "22.1")
FS_REV = ("142.6", "131.8", "118.4")
FS_EXP = ("96.2", "90.4", "84.6")

# income taxes: current federal, current state, deferred federal, deferred state
TAX = {"cur_fed": ("118.4", "126.2", "121.6"), "cur_state": ("27.6", "28.9", "27.4"),
       "def_fed": ("-1.6", "1.1", "2.2"), "def_state": ("1.5", "0.7", "0.6")}
RATE_ITEMS = {"state": ("3.6", "3.5", "3.6"), "credits": ("-1.2", "-1.0", "-0.5"), "sbc": ("-0.3", "-0.4", "-0.2"),
              "comp": ("0.4", "0.3", "0.4")}

SHARES_BASIC = (31842, 33118, 34406)
SHARES_DILUTED = (32206, 33546, 34812)
DPS = ("0.88", "0.80", "0.70")
DIVIDENDS = ("28.0", "26.5", "24.1")
REPO_CASH = ("210.4", "186.2", "142.8")
SBC = ("32.4", "29.8", "27.2")
DEPR = ("24.6", "23.2", "21.8")
CAPEX = ("28.4", "26.2", "24.8")

# orders, backlog and communities
ORDERS = {"west": (2342, 2498), "mtn": (1902, 1846), "cen": (3986, 3712), "east": (2812, 2604)}
BACKLOG_UNITS_2024 = {"west": 1012, "mtn": 806, "cen": 1412, "east": 1118}
BACKLOG_VALUE = {"west": ("684.6", "738.4", "741.2"), "mtn": ("468.2", "446.6", "402.4"),
                 "cen": ("551.8", "516.2", "474.6"), "east": ("542.6", "486.4", "418.2")}
CANCEL = {"west": ("14.2", "12.8"), "mtn": ("12.6", "11.9"), "cen": ("15.8", "14.6"), "east": ("11.4", "10.8")}
CANCEL_TOTAL = ("14.1", "12.9")
COMMUNITIES = {"west": (62, 58), "mtn": (48, 45), "cen": (118, 106), "east": (84, 76)}
# lots at November 30 (2025, 2024): owned, controlled under option
LOTS = {"west": ((10412, 6218), (10806, 5412)), "mtn": ((8206, 5612), (7918, 5106)),
        "cen": ((14618, 16412), (13206, 14818)), "east": ((9806, 12614), (9012, 11206))}
# segment inventories (2025, 2024); East is the remainder of the consolidated inventory
SEG_INV = {"west": ("1812.4", "1756.2"), "mtn": ("1046.8", "1002.6"), "cen": ("1198.6", "1112.4")}

# repurchases in the fourth quarter of fiscal 2025 (shares, average price)
REPURCHASES = {"sep": (148206, "141.62"), "oct": (162418, "136.08"), "nov": (121604, "144.37")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    # ------------------------------------------------------------ segments and income statement
    for i, y in enumerate(YEARS):
        for g in segs:
            put(f"seg.deliv.{g}.{y}", DELIVERIES[g][i])
            put(f"seg.home_rev.{g}.{y}", HOME_REV[g][i])
            put(f"seg.home_cost.{g}.{y}", HOME_COST[g][i])
            put(f"seg.land_rev.{g}.{y}", LAND_REV[g][i])
            put(f"seg.land_cost.{g}.{y}", LAND_COST[g][i])
            put(f"seg.impair.{g}.{y}", IMPAIR[g][i])
            put(f"seg.sga.{g}.{y}", SEG_SGA[g][i])
            put(f"seg.rev.{g}.{y}", v[f"seg.home_rev.{g}.{y}"] + v[f"seg.land_rev.{g}.{y}"])
            gm = put(f"seg.gm.{g}.{y}", v[f"seg.home_rev.{g}.{y}"] - v[f"seg.home_cost.{g}.{y}"])
            put(f"seg.gm_pct.{g}.{y}", pct(gm, v[f"seg.home_rev.{g}.{y}"]))
            put(f"seg.asp.{g}.{y}", q(v[f"seg.home_rev.{g}.{y}"] * 1000 / v[f"seg.deliv.{g}.{y}"]))
            put(f"seg.pretax.{g}.{y}", v[f"seg.rev.{g}.{y}"] - s(f"seg.home_cost.{g}.{y}", f"seg.land_cost.{g}.{y}",
                                                                 f"seg.impair.{g}.{y}", f"seg.sga.{g}.{y}"))
        for k in ("deliv", "home_rev", "home_cost", "land_rev", "land_cost", "impair", "sga", "rev", "gm", "pretax"):
            put(f"seg.{k}.hb.{y}", s(*[f"seg.{k}.{g}.{y}" for g in segs]))
        put(f"seg.gm_pct.hb.{y}", pct(v[f"seg.gm.hb.{y}"], v[f"seg.home_rev.hb.{y}"]))
        put(f"seg.asp.hb.{y}", q(v[f"seg.home_rev.hb.{y}"] * 1000 / v[f"seg.deliv.hb.{y}"]))
        put(f"is.home_rev.{y}", v[f"seg.home_rev.hb.{y}"])
        put(f"is.land_rev.{y}", v[f"seg.land_rev.hb.{y}"])
        put(f"is.fs_rev.{y}", FS_REV[i])
        rev = put(f"is.rev.{y}", s(f"is.home_rev.{y}", f"is.land_rev.{y}", f"is.fs_rev.{y}"))
        put(f"is.home_cost.{y}", v[f"seg.home_cost.hb.{y}"])
        put(f"is.land_cost.{y}", v[f"seg.land_cost.hb.{y}"])
        put(f"is.impair.{y}", v[f"seg.impair.hb.{y}"])
        put(f"is.corp_ga.{y}", CORP_GA[i])
        put(f"is.sga.{y}", v[f"seg.sga.hb.{y}"] + v[f"is.corp_ga.{y}"])
        put(f"is.fs_exp.{y}", FS_EXP[i])
        costs = put(f"is.costs.{y}", s(*[f"is.{k}.{y}" for k in ("home_cost", "land_cost", "impair", "sga",
                                                                 "fs_exp")]))
        oi = put(f"is.oi.{y}", rev - costs)
        put(f"is.jv.{y}", JV_EARN[i])
        put(f"is.int_other.{y}", INT_OTHER[i])
        pretax = put(f"is.pretax.{y}", oi + v[f"is.jv.{y}"] + v[f"is.int_other.{y}"])
        for k, amounts in TAX.items():
            put(f"tax.{k}.{y}", amounts[i])
        put(f"tax.cur.{y}", v[f"tax.cur_fed.{y}"] + v[f"tax.cur_state.{y}"])
        put(f"tax.def.{y}", v[f"tax.def_fed.{y}"] + v[f"tax.def_state.{y}"])
        tax = put(f"is.tax.{y}", v[f"tax.cur.{y}"] + v[f"tax.def.{y}"])
        ni = put(f"is.ni.{y}", pretax - tax)
        put(f"is.shares_basic.{y}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{y}", SHARES_DILUTED[i])
        put(f"eps.dilutive.{y}", SHARES_DILUTED[i] - SHARES_BASIC[i])
        put(f"is.eps_basic.{y}", q(ni * 1000 / v[f"is.shares_basic.{y}"], 2))
        put(f"is.eps_diluted.{y}", q(ni * 1000 / v[f"is.shares_diluted.{y}"], 2))
        put(f"is.dps.{y}", DPS[i])
        eff = put(f"tax.rate.eff.{y}", pct(tax, pretax))
        put(f"tax.rate.stat.{y}", "21.0")
        for k, items in RATE_ITEMS.items():
            put(f"tax.rate.{k}.{y}", items[i])
        put(f"tax.rate.other.{y}", eff - v[f"tax.rate.stat.{y}"] - s(*[f"tax.rate.{k}.{y}" for k in RATE_ITEMS]))
        # financial services and the segment reconciliation
        put(f"seg.fs_rev.{y}", v[f"is.fs_rev.{y}"])
        put(f"seg.fs_pretax.{y}", v[f"is.fs_rev.{y}"] - v[f"is.fs_exp.{y}"])
        put(f"seg.corp_ga.{y}", -v[f"is.corp_ga.{y}"])
        put(f"seg.jv.{y}", v[f"is.jv.{y}"])
        put(f"seg.int_other.{y}", v[f"is.int_other.{y}"])
        put(f"seg.corp.{y}", s(f"seg.corp_ga.{y}", f"seg.jv.{y}", f"seg.int_other.{y}"))
        put(f"seg.pretax.total.{y}", v[f"seg.pretax.hb.{y}"] + v[f"seg.fs_pretax.{y}"] + v[f"seg.corp.{y}"])
        put(f"seg.rev.total.{y}", v[f"seg.rev.hb.{y}"] + v[f"seg.fs_rev.{y}"])
        # margins for the MD&A
        put(f"mda.gm_pct.{y}", v[f"seg.gm_pct.hb.{y}"])
        put(f"mda.sga_pct.{y}", pct(v[f"is.sga.{y}"], v[f"is.home_rev.{y}"]))
        put(f"mda.pretax_margin.{y}", pct(pretax, rev))
        put(f"mda.fs_margin.{y}", pct(v[f"seg.fs_pretax.{y}"], v[f"is.fs_rev.{y}"]))
        put(f"cf.sbc.{y}", SBC[i])
        put(f"is.dep.{y}", DEPR[i])
        put(f"cf.capex.{y}", -D(CAPEX[i]))
        put(f"cf.div.{y}", -D(DIVIDENDS[i]))
        put(f"cf.repo.{y}", -D(REPO_CASH[i]))
    put("mda.rev_chg", pct(v["is.home_rev.2025"] - v["is.home_rev.2024"], v["is.home_rev.2024"]))
    put("mda.deliv_chg", pct(v["seg.deliv.hb.2025"] - v["seg.deliv.hb.2024"], v["seg.deliv.hb.2024"]))
    put("mda.ni_chg", pct(v["is.ni.2024"] - v["is.ni.2025"], v["is.ni.2024"]))

    # ------------------------------------------------------------ orders, backlog, communities and lots
    for g in segs:
        put(f"bl.units.{g}.2024", BACKLOG_UNITS_2024[g])
        put(f"ord.units.{g}.2025", ORDERS[g][0])
        put(f"ord.units.{g}.2024", ORDERS[g][1])
        put(f"bl.units.{g}.2025", v[f"bl.units.{g}.2024"] + v[f"ord.units.{g}.2025"] - v[f"seg.deliv.{g}.2025"])
        put(f"bl.units.{g}.2023", v[f"bl.units.{g}.2024"] - v[f"ord.units.{g}.2024"] + v[f"seg.deliv.{g}.2024"])
        put(f"bl.value.{g}.2025", BACKLOG_VALUE[g][0])
        put(f"bl.value.{g}.2024", BACKLOG_VALUE[g][1])
        put(f"bl.value.{g}.2023", BACKLOG_VALUE[g][2])
        for y in BS_YEARS:
            put(f"ord.value.{g}.{y}", v[f"bl.value.{g}.{y}"] - v[f"bl.value.{g}.{y - 1}"] + v[f"seg.home_rev.{g}.{y}"])
            put(f"ord.price.{g}.{y}", q(v[f"ord.value.{g}.{y}"] * 1000 / v[f"ord.units.{g}.{y}"]))
        put(f"ord.cancel.{g}.2025", CANCEL[g][0])
        put(f"ord.cancel.{g}.2024", CANCEL[g][1])
        for y in BS_YEARS:
            put(f"bl.price.{g}.{y}", q(v[f"bl.value.{g}.{y}"] * 1000 / v[f"bl.units.{g}.{y}"]))
        put(f"comm.{g}.2025", COMMUNITIES[g][0])
        put(f"comm.{g}.2024", COMMUNITIES[g][1])
        for j, y in enumerate(BS_YEARS):
            owned, optioned = LOTS[g][j]
            put(f"lots.own.{g}.{y}", owned)
            put(f"lots.opt.{g}.{y}", optioned)
            put(f"lots.total.{g}.{y}", owned + optioned)
    for k in ("bl.units", "bl.value", "ord.units"):
        for y in BS_YEARS:
            put(f"{k}.hb.{y}", s(*[f"{k}.{g}.{y}" for g in segs]))
    put("bl.units.hb.2023", s(*[f"bl.units.{g}.2023" for g in segs]))
    put("bl.value.hb.2023", s(*[f"bl.value.{g}.2023" for g in segs]))
    for y in BS_YEARS:
        put(f"ord.value.hb.{y}", s(*[f"ord.value.{g}.{y}" for g in segs]))
        put(f"ord.price.hb.{y}", q(v[f"ord.value.hb.{y}"] * 1000 / v[f"ord.units.hb.{y}"]))
        put(f"comm.hb.{y}", s(*[f"comm.{g}.{y}" for g in segs]))
        put(f"ord.cancel.hb.{y}", CANCEL_TOTAL[0 if y == 2025 else 1])
        # year-over-year changes for the operating data table (FY2025 versus FY2024)
    for g in segs + ["hb"]:
        for k in ("seg.deliv", "seg.home_rev", "seg.asp", "ord.units", "ord.value", "bl.units", "bl.value", "comm"):
            put(f"chg.{k}.{g}", pct(v[f"{k}.{g}.2025"] - v[f"{k}.{g}.2024"], v[f"{k}.{g}.2024"]))
    for y in BS_YEARS:
        put(f"bl.price.hb.{y}", q(v[f"bl.value.hb.{y}"] * 1000 / v[f"bl.units.hb.{y}"]))
        for k in ("own", "opt", "total"):
            put(f"lots.{k}.hb.{y}", s(*[f"lots.{k}.{g}.{y}" for g in segs]))
        put(f"lots.own_pct.{y}", pct(v[f"lots.own.hb.{y}"], v[f"lots.total.hb.{y}"]))

    # ------------------------------------------------------------ November 30, 2024 balance sheet (given)
    given24 = {"rec": "142.6", "jv": "148.6", "ppe": "84.2", "rou": "62.4", "dta": "82.4", "gw": "68.9",
               "other_a": "96.8", "mlhfs": "412.6", "fs_other_a": "58.4", "ap": "286.4", "accrued": "512.8",
               "deposits": "118.6", "lease": "71.2", "repo_fac": "318.4", "fs_other_l": "42.6", "cs": "0.4",
               "re": "4112.6", "treasury": "-1286.4"}
    for k, amount in given24.items():
        put(f"bs.{k}.2024", amount)
    given25 = {"rec": "151.8", "rou": "66.8", "other_a": "104.2", "mlhfs": "468.2", "fs_other_a": "62.8",
               "ap": "301.8", "accrued": "498.6", "deposits": "104.2", "lease": "75.6", "repo_fac": "362.6",
               "fs_other_l": "45.8"}
    for k, amount in given25.items():
        put(f"bs.{k}.2025", amount)
    put("bs.gw.2025", v["bs.gw.2024"])
    # inventories note
    inv = {"huc": ("2418.6", "2312.4"), "dev": ("2204.2", "2086.8"), "future": ("296.4", "318.6"),
           "deposits": ("212.8", "186.2")}
    for k, (a, b) in inv.items():
        put(f"inv.{k}.2025", a)
        put(f"inv.{k}.2024", b)
    for y in BS_YEARS:
        put(f"bs.inv.{y}", s(*[f"inv.{k}.{y}" for k in inv]))
        for g, amounts in SEG_INV.items():
            put(f"seg.inv.{g}.{y}", amounts[0 if y == 2025 else 1])
        put(f"seg.inv.east.{y}", v[f"bs.inv.{y}"] - s(*[f"seg.inv.{g}.{y}" for g in SEG_INV]))
        put(f"seg.inv.hb.{y}", v[f"bs.inv.{y}"])
    # capitalized interest (three years)
    put("ci.begin.2023", "168.4")
    incurred = {2023: "74.2", 2024: "78.4", 2025: "81.6"}
    charged = {2023: "-66.0", 2024: "-72.4", 2025: "-76.8"}
    for y in (2023, 2024, 2025):
        if y > 2023:
            put(f"ci.begin.{y}", v[f"ci.end.{y - 1}"])
        put(f"ci.incurred.{y}", incurred[y])
        put(f"ci.charged.{y}", charged[y])
        put(f"ci.end.{y}", s(f"ci.begin.{y}", f"ci.incurred.{y}", f"ci.charged.{y}"))
        put(f"ng.interest.{y}", -v[f"ci.charged.{y}"])
        put(f"ng.gm.{y}", v[f"seg.gm.hb.{y}"])
        put(f"ng.gm_pct.{y}", v[f"seg.gm_pct.hb.{y}"])
        put(f"ng.adj_gm.{y}", v[f"seg.gm.hb.{y}"] + v[f"ng.interest.{y}"])
        put(f"ng.adj_gm_pct.{y}", pct(v[f"ng.adj_gm.{y}"], v[f"is.home_rev.{y}"]))
        put(f"ng.home_rev.{y}", v[f"is.home_rev.{y}"])
        put(f"ng.home_cost.{y}", v[f"is.home_cost.{y}"])
    # warranty reserve (within accrued and other liabilities)
    put("war.begin.2024", "58.2")
    war = {"accr": ("32.8", "31.4"), "paid": ("-30.2", "-27.6"), "adj": ("-2.4", "1.2")}
    for y in (2024, 2025):
        if y == 2025:
            put("war.begin.2025", v["war.end.2024"])
        for k, amounts in war.items():
            put(f"war.{k}.{y}", amounts[0 if y == 2025 else 1])
        put(f"war.end.{y}", v[f"war.begin.{y}"] + s(*[f"war.{k}.{y}" for k in war]))
    acc = {"comp": ("88.6", "96.4"), "land": ("64.2", "71.8"), "taxes": ("18.4", "22.6"), "interest": ("21.2", "20.4")}
    for y in BS_YEARS:
        j = 0 if y == 2025 else 1
        put(f"acc.warranty.{y}", v[f"war.end.{y}"])
        for k, amounts in acc.items():
            put(f"acc.{k}.{y}", amounts[j])
        put(f"acc.other.{y}", v[f"bs.accrued.{y}"] - s(f"acc.warranty.{y}", *[f"acc.{k}.{y}" for k in acc]))
        put(f"acc.total.{y}", v[f"bs.accrued.{y}"])

    # ------------------------------------------------------------ joint ventures, property, deferred taxes
    put("jv.contrib.2025", "24.6")
    put("jv.dist_earn.2025", "8.2")
    put("jv.return.2025", "6.8")
    put("bs.jv.2025", v["bs.jv.2024"] + v["jv.contrib.2025"] + v["is.jv.2025"] - v["jv.dist_earn.2025"]
        - v["jv.return.2025"])
    put("bs.ppe.2025", v["bs.ppe.2024"] - v["cf.capex.2025"] - v["is.dep.2025"])
    put("bs.dta.2025", v["bs.dta.2024"] - v["tax.def.2025"])

    # ------------------------------------------------------------ senior notes
    notes = {"n25": ("3.875% Senior Notes due April 2025", "0.0", "350.0"),
             "n26": ("5.375% Senior Notes due October 2026", "300.0", "300.0"),
             "n28": ("4.125% Senior Notes due 2028", "400.0", "400.0"),
             "n30": ("6.250% Senior Notes due 2030", "350.0", "350.0"),
             "n33": ("5.750% Senior Notes due 2033", "400.0", "0.0")}
    for k, (_label, a, b) in notes.items():
        put(f"debt.{k}.2025", a)
        put(f"debt.{k}.2024", b)
    put("debt.costs.2024", "-9.6")
    put("debt.new_costs.2025", "-4.2")
    put("debt.amort.2025", "2.8")
    put("debt.costs.2025", v["debt.costs.2024"] + v["debt.new_costs.2025"] + v["debt.amort.2025"])
    for y in BS_YEARS:
        put(f"debt.principal.{y}", s(*[f"debt.{k}.{y}" for k in notes]))
        put(f"debt.total.{y}", v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"])
        put(f"bs.notes.{y}", v[f"debt.total.{y}"])
    mat = {2026: "300.0", 2027: "0.0", 2028: "400.0", 2029: "0.0", 2030: "350.0"}
    for y, amount in mat.items():
        put(f"debt.mat.{y}", amount)
    put("debt.mat.after", v["debt.principal.2025"] - s(*[f"debt.mat.{y}" for y in mat]))
    put("debt.mat.total", v["debt.principal.2025"])
    put("debt.rcf", "1200.0")
    put("debt.loc", "142.6")
    put("debt.rcf_avail", v["debt.rcf"] - v["debt.loc"])
    put("debt.repo_cap", "600.0")
    put("debt.fair", "1441.8")
    put("debt.int_paid.2025", "79.4")

    # ------------------------------------------------------------ repurchases (Item 5, fourth quarter)
    put("rep.remaining.aug", "486.2")
    remaining = v["rep.remaining.aug"]
    exact = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        exact += D(shares) * D(price)
        remaining = remaining - q(D(shares) * D(price) / D(1000000), 1)
        put(f"rep.remaining.{m}", remaining)
    put("rep.shares.q4", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.q4", q(exact / v["rep.shares.q4"], 2))
    put("rep.authorization", "750.0")

    # ------------------------------------------------------------ cash flows
    cf_given = {
        # key: (FY2025, FY2024, FY2023); None = derived
        "deferred": (None, None, None), "jv_earn": (None, None, None), "jv_dist": (None, "6.4", "5.2"),
        "rec": (None, "-12.8", "-9.4"), "inv": (None, "-318.6", "-200.4"), "mlhfs": (None, "-48.2", "36.4"),
        "other_a": (None, "-8.6", "-4.2"), "ap": (None, "22.4", "-14.6"), "accrued": (None, "18.2", "6.8"),
        "deposits": (None, "-9.6", "-22.4"), "debt_amort": (None, "2.6", "2.4"),
        "jv_contrib": (None, "-21.8", "-18.4"), "jv_return": (None, "4.2", "3.6"),
        "notes_proceeds": (None, "345.4", "0.0"), "notes_repay": (None, "-250.0", "0.0"),
        "repo_fac": (None, "36.8", "-20.8"), "withheld": ("-9.6", "-8.8", "-7.4"), "options": ("3.2", "4.6", "5.8"),
    }
    for i, y in enumerate(YEARS):
        for k, amounts in cf_given.items():
            if amounts[i] is not None:
                put(f"cf.{k}.{y}", amounts[i])
        put(f"cf.ni.{y}", v[f"is.ni.{y}"])
        put(f"cf.dep.{y}", v[f"is.dep.{y}"])
        put(f"cf.impair.{y}", v[f"is.impair.{y}"])
        put(f"cf.deferred.{y}", v[f"tax.def.{y}"])
        put(f"cf.jv_earn.{y}", -v[f"is.jv.{y}"])
    put("cf.jv_dist.2025", v["jv.dist_earn.2025"])
    put("cf.rec.2025", v["bs.rec.2024"] - v["bs.rec.2025"])
    put("cf.inv.2025", v["bs.inv.2024"] - v["bs.inv.2025"] - v["is.impair.2025"])
    put("cf.mlhfs.2025", v["bs.mlhfs.2024"] - v["bs.mlhfs.2025"])
    put("cf.other_a.2025", (v["bs.other_a.2024"] - v["bs.other_a.2025"]) + (v["bs.rou.2024"] - v["bs.rou.2025"])
        + (v["bs.fs_other_a.2024"] - v["bs.fs_other_a.2025"]))
    put("cf.ap.2025", v["bs.ap.2025"] - v["bs.ap.2024"])
    put("cf.accrued.2025", (v["bs.accrued.2025"] - v["bs.accrued.2024"]) + (v["bs.lease.2025"] - v["bs.lease.2024"])
        + (v["bs.fs_other_l.2025"] - v["bs.fs_other_l.2024"]))
    put("cf.deposits.2025", v["bs.deposits.2025"] - v["bs.deposits.2024"])
    put("cf.debt_amort.2025", v["debt.amort.2025"])
    put("cf.jv_contrib.2025", -v["jv.contrib.2025"])
    put("cf.jv_return.2025", v["jv.return.2025"])
    put("cf.notes_proceeds.2025", v["debt.n33.2025"] + v["debt.new_costs.2025"])
    put("cf.notes_repay.2025", -(v["debt.n25.2024"] - v["debt.n25.2025"]))
    put("cf.repo_fac.2025", v["bs.repo_fac.2025"] - v["bs.repo_fac.2024"])
    op = ("ni", "dep", "sbc", "impair", "deferred", "jv_earn", "jv_dist", "debt_amort", "rec", "inv", "mlhfs",
          "other_a", "ap", "accrued", "deposits", "other")
    invest = ("capex", "jv_contrib", "jv_return")
    fin = ("notes_proceeds", "notes_repay", "repo_fac", "repo", "div", "withheld", "options")
    cash = {2022: D("624.8"), 2023: D("718.2"), 2024: D("812.4")}
    put("cf.other.2025", 0)
    for y in (2023, 2024):
        partial = s(*[f"cf.{k}.{y}" for k in op if k != "other"]) + s(*[f"cf.{k}.{y}" for k in invest]) \
            + s(*[f"cf.{k}.{y}" for k in fin])
        put(f"cf.other.{y}", cash[y] - cash[y - 1] - partial)
        put(f"cf.begin.{y}", cash[y - 1])
    put("cf.begin.2025", cash[2024])
    for y in YEARS:
        cfo = put(f"cf.cfo.{y}", s(*[f"cf.{k}.{y}" for k in op]))
        cfi = put(f"cf.cfi.{y}", s(*[f"cf.{k}.{y}" for k in invest]))
        cff = put(f"cf.cff.{y}", s(*[f"cf.{k}.{y}" for k in fin]))
        put(f"cf.change.{y}", cfo + cfi + cff)
        put(f"cf.end.{y}", v[f"cf.begin.{y}"] + v[f"cf.change.{y}"])
    put("cf.tax_paid.2025", "151.2")
    for y in BS_YEARS:
        put(f"bs.cash.{y}", v[f"cf.end.{y}"])

    # ------------------------------------------------------------ equity roll-forward (3 years)
    for y in YEARS:
        put(f"eq.ni.{y}", v[f"is.ni.{y}"])
        put(f"eq.div.{y}", v[f"cf.div.{y}"])
        put(f"eq.sbc.{y}", v[f"cf.sbc.{y}"])
        put(f"eq.stock.{y}", v[f"cf.options.{y}"] + v[f"cf.withheld.{y}"])
        put(f"eq.repo.{y}", v[f"cf.repo.{y}"])
    moves = {"cs": (), "apic": ("sbc", "stock"), "re": ("ni", "div"), "treasury": ("repo",)}
    hb_assets = ("cash", "rec", "inv", "jv", "ppe", "rou", "dta", "gw", "other_a")
    fs_assets = ("mlhfs", "fs_other_a")
    hb_liab = ("ap", "accrued", "deposits", "lease", "notes")
    fs_liab = ("repo_fac", "fs_other_l")
    for yy in BS_YEARS:
        put(f"bs.hb_assets.{yy}", s(*[f"bs.{k}.{yy}" for k in hb_assets]))
        put(f"bs.fs_assets.{yy}", s(*[f"bs.{k}.{yy}" for k in fs_assets]))
        put(f"bs.assets.{yy}", v[f"bs.hb_assets.{yy}"] + v[f"bs.fs_assets.{yy}"])
        put(f"bs.hb_liab.{yy}", s(*[f"bs.{k}.{yy}" for k in hb_liab]))
        put(f"bs.fs_liab.{yy}", s(*[f"bs.{k}.{yy}" for k in fs_liab]))
        put(f"bs.liab.{yy}", v[f"bs.hb_liab.{yy}"] + v[f"bs.fs_liab.{yy}"])
    put("bs.apic.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - s("bs.cs.2024", "bs.re.2024", "bs.treasury.2024"))
    for comp, keys in moves.items():
        put(f"eq.{comp}.2024", v[f"bs.{comp}.2024"])
        put(f"eq.{comp}.2025", v[f"eq.{comp}.2024"] + s(*[f"eq.{k}.2025" for k in keys]))
        put(f"eq.{comp}.2023", v[f"eq.{comp}.2024"] - s(*[f"eq.{k}.2024" for k in keys]))
        put(f"eq.{comp}.2022", v[f"eq.{comp}.2023"] - s(*[f"eq.{k}.2023" for k in keys]))
        put(f"bs.{comp}.2025", v[f"eq.{comp}.2025"])
    for yy in (2025, 2024, 2023, 2022):
        put(f"eq.total.{yy}", s(*[f"eq.{c}.{yy}" for c in moves]))
    for yy in YEARS:
        put(f"eq.total_flow.{yy}", s(*[f"eq.{k}.{yy}" for k in ("ni", "div", "sbc", "stock", "repo")]))
    for yy in BS_YEARS:
        put(f"bs.equity.{yy}", s(*[f"bs.{c}.{yy}" for c in moves]))
        put(f"bs.le.{yy}", v[f"bs.liab.{yy}"] + v[f"bs.equity.{yy}"])
        put(f"seg.assets.corp.{yy}", v[f"bs.hb_assets.{yy}"] - v[f"bs.inv.{yy}"])
        put(f"seg.assets.fs.{yy}", v[f"bs.fs_assets.{yy}"])
        put(f"seg.assets.total.{yy}", v[f"bs.assets.{yy}"])
        # capitalization: net debt to net capital (homebuilding)
        put(f"cap.notes.{yy}", v[f"bs.notes.{yy}"])
        put(f"cap.cash.{yy}", -v[f"bs.cash.{yy}"])
        put(f"cap.net_debt.{yy}", v[f"bs.notes.{yy}"] - v[f"bs.cash.{yy}"])
        put(f"cap.equity.{yy}", v[f"bs.equity.{yy}"])
        put(f"cap.net_cap.{yy}", v[f"cap.net_debt.{yy}"] + v[f"bs.equity.{yy}"])
        put(f"cap.ratio.{yy}", pct(v[f"cap.net_debt.{yy}"], v[f"cap.net_cap.{yy}"]))
        put(f"cap.gross_ratio.{yy}", pct(v[f"bs.notes.{yy}"], v[f"bs.notes.{yy}"] + v[f"bs.equity.{yy}"]))

    # shares (thousands)
    sh = {"out.2022": 35118, "issued.2023": 286, "repo.2023": -1296, "issued.2024": 262, "repo.2024": -1406,
          "issued.2025": 248, "repo.2025": -1512}
    for k, amount in sh.items():
        put(f"sh.{k}", amount)
    for yy in YEARS[::-1]:
        put(f"sh.out.{yy}", v[f"sh.out.{yy - 1}"] + v[f"sh.issued.{yy}"] + v[f"sh.repo.{yy}"])
    put("sh.issued_total.2024", 41806)
    put("sh.issued_total.2025", v["sh.issued_total.2024"] + v["sh.issued.2025"])
    for yy in BS_YEARS:
        put(f"sh.treasury.{yy}", v[f"sh.issued_total.{yy}"] - v[f"sh.out.{yy}"])
        put(f"bvps.{yy}", q(v[f"bs.equity.{yy}"] * 1000 / v[f"sh.out.{yy}"], 2))

    # ------------------------------------------------------------ leases
    put("lease.cost.2025", "18.6")
    put("lease.cost.2024", "17.2")
    put("lease.cost.2023", "16.4")
    lease = {"y26": "19.2", "y27": "17.4", "y28": "14.8", "y29": "11.6", "y30": "8.2", "after": "13.6"}
    for k, amount in lease.items():
        put(f"lease.{k}", amount)
    put("lease.total", s(*[f"lease.{k}" for k in lease]))
    put("lease.interest", v["bs.lease.2025"] - v["lease.total"])
    put("lease.liab", v["bs.lease.2025"])

    # ------------------------------------------------------------ financial services operating data
    fs = {"loans": (7412, 6918), "volume": ("2948.6", "2706.4"), "capture": (78, 76), "fico": (741, 738)}
    for k, (a, b) in fs.items():
        put(f"fs.{k}.2025", a)
        put(f"fs.{k}.2024", b)

    # ------------------------------------------------------------ prose-only figures
    prose = {"biz.employees": 3412, "biz.markets": 31, "biz.states": 14, "biz.first_time_pct": 46,
             "biz.spec_pct": 38, "biz.holders": 1206, "mda.comm_2026_low": 330, "mda.comm_2026_high": 345,
             "mda.deliv_2026_low": 11200, "mda.deliv_2026_high": 11700, "mda.land_spend": "2412.6",
             "mda.incentive_pct": "7.4"}
    for k, amount in prose.items():
        put(k, amount)
    put("mda.liquidity", v["bs.cash.2025"] + v["debt.rcf_avail"])
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    segs = list(SEGMENTS)
    for y in YEARS:
        t.append((f"IS {y}: revenues foot", v[f"is.rev.{y}"], s(f"is.home_rev.{y}", f"is.land_rev.{y}",
                                                                f"is.fs_rev.{y}")))
        t.append((f"IS {y}: revenues = segments", v[f"is.rev.{y}"], v[f"seg.rev.total.{y}"]))
        t.append((f"IS {y}: home sales = segments", v[f"is.home_rev.{y}"], s(*[f"seg.home_rev.{g}.{y}"
                                                                               for g in segs])))
        t.append((f"IS {y}: operating income", v[f"is.oi.{y}"], v[f"is.rev.{y}"] - s(
            *[f"is.{k}.{y}" for k in ("home_cost", "land_cost", "impair", "sga", "fs_exp")])))
        t.append((f"IS {y}: pretax = segments", v[f"is.pretax.{y}"], v[f"seg.pretax.total.{y}"]))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.pretax.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"IS {y}: basic EPS", v[f"is.eps_basic.{y}"], q(v[f"is.ni.{y}"] * 1000
                                                                   / v[f"is.shares_basic.{y}"], 2)))
        t.append((f"IS {y}: diluted EPS", v[f"is.eps_diluted.{y}"], q(v[f"is.ni.{y}"] * 1000
                                                                       / v[f"is.shares_diluted.{y}"], 2)))
        t.append((f"Tax {y}: rate reconciliation foots", v[f"tax.rate.eff.{y}"], v[f"tax.rate.stat.{y}"] + s(
            *[f"tax.rate.{k}.{y}" for k in list(RATE_ITEMS) + ["other"]])))
        holds(f"Tax {y}: other reconciling item small", abs(v[f"tax.rate.other.{y}"]) <= D("1.0"))
        t.append((f"CF {y}: deferred tax = provision", v[f"cf.deferred.{y}"], v[f"tax.def.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + s(
            f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}")))
        holds(f"CF {y}: other, net small", abs(v[f"cf.other.{y}"]) <= 30)
        t.append((f"Equity {y}: total roll", v[f"eq.total.{y}"], v[f"eq.total.{y - 1}"] + v[f"eq.total_flow.{y}"]))
        t.append((f"Equity {y}: dividends = cash flow", v[f"eq.div.{y}"], v[f"cf.div.{y}"]))
        t.append((f"Shares {y}: roll", v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"] + v[f"sh.issued.{y}"]
                  + v[f"sh.repo.{y}"]))
        holds(f"Shares {y}: basic within year-end counts", min(v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"])
              <= v[f"is.shares_basic.{y}"] <= max(v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"]))
        t.append((f"Capitalized interest {y}: roll", v[f"ci.end.{y}"], v[f"ci.begin.{y}"] + v[f"ci.incurred.{y}"]
                  + v[f"ci.charged.{y}"]))
        t.append((f"Non-GAAP {y}: adjusted gross margin", v[f"ng.adj_gm.{y}"], v[f"ng.home_rev.{y}"]
                  - v[f"ng.home_cost.{y}"] + v[f"ng.interest.{y}"]))
        holds(f"Segments {y}: corporate and other negative", v[f"seg.corp.{y}"] < 0)
        holds(f"Dividends {y}: close to DPS x shares", abs(v[f"cf.div.{y}"] + v[f"is.dps.{y}"]
                                                           * v[f"is.shares_basic.{y}"] / 1000) < 2)
        holds(f"Repurchases {y}: plausible price", D(90) < -v[f"cf.repo.{y}"] * 1000000 / (
            -v[f"sh.repo.{y}"] * 1000) < D(160))
    for g in segs:
        t.append((f"Backlog {g}: 2025 units roll", v[f"bl.units.{g}.2025"], v[f"bl.units.{g}.2024"]
                  + v[f"ord.units.{g}.2025"] - v[f"seg.deliv.{g}.2025"]))
        t.append((f"Backlog {g}: 2025 value roll", v[f"bl.value.{g}.2025"], v[f"bl.value.{g}.2024"]
                  + v[f"ord.value.{g}.2025"] - v[f"seg.home_rev.{g}.2025"]))
        holds(f"Backlog {g}: positive", v[f"bl.units.{g}.2025"] > 0 and v[f"bl.units.{g}.2023"] > 0)
        holds(f"Backlog {g}: price near ASP", abs(v[f"bl.price.{g}.2025"] - v[f"seg.asp.{g}.2025"])
              < v[f"seg.asp.{g}.2025"] * D("0.12"))
    for yy in BS_YEARS:
        t.append((f"BS {yy}: assets = liabilities + equity", v[f"bs.assets.{yy}"], v[f"bs.le.{yy}"]))
        t.append((f"BS {yy}: cash = cash flow", v[f"bs.cash.{yy}"], v[f"cf.end.{yy}"]))
        t.append((f"BS {yy}: equity = equity statement", v[f"bs.equity.{yy}"], v[f"eq.total.{yy}"]))
        t.append((f"BS {yy}: notes = debt note", v[f"bs.notes.{yy}"], v[f"debt.principal.{yy}"]
                  + v[f"debt.costs.{yy}"]))
        t.append((f"BS {yy}: inventories note", v[f"bs.inv.{yy}"], s(*[f"inv.{k}.{yy}" for k in (
            "huc", "dev", "future", "deposits")])))
        t.append((f"BS {yy}: segment inventories", v[f"bs.inv.{yy}"], s(*[f"seg.inv.{g}.{yy}" for g in segs])))
        t.append((f"BS {yy}: accrued note", v[f"acc.total.{yy}"], s(*[f"acc.{k}.{yy}" for k in (
            "warranty", "comp", "land", "taxes", "interest", "other")])))
        t.append((f"BS {yy}: segment assets", v[f"seg.assets.total.{yy}"], v[f"bs.inv.{yy}"]
                  + v[f"seg.assets.corp.{yy}"] + v[f"seg.assets.fs.{yy}"]))
        t.append((f"Lots {yy}: total", v[f"lots.total.hb.{yy}"], v[f"lots.own.hb.{yy}"] + v[f"lots.opt.hb.{yy}"]))
        t.append((f"Treasury shares {yy}", v[f"sh.treasury.{yy}"], v[f"sh.issued_total.{yy}"] - v[f"sh.out.{yy}"]))
        holds(f"BS {yy}: APIC positive", v[f"bs.apic.{yy}"] > 0)
        holds(f"BS {yy}: accrued other positive", v[f"acc.other.{yy}"] > 0)
        holds(f"BS {yy}: East inventory positive", v[f"seg.inv.east.{yy}"] > 0)
    t.append(("Debt maturities = principal", v["debt.mat.total"], v["debt.principal.2025"]))
    t.append(("Debt: carrying change = proceeds + repayments + amortization", v["debt.total.2025"]
              - v["debt.total.2024"], v["cf.notes_proceeds.2025"] + v["cf.notes_repay.2025"]
              + v["cf.debt_amort.2025"]))
    t.append(("PP&E roll", v["bs.ppe.2025"], v["bs.ppe.2024"] - v["cf.capex.2025"] - v["cf.dep.2025"]))
    t.append(("JV roll", v["bs.jv.2025"] - v["bs.jv.2024"], -(v["cf.jv_earn.2025"] + v["cf.jv_dist.2025"]
                                                               + v["cf.jv_contrib.2025"] + v["cf.jv_return.2025"])))
    t.append(("Inventory change = cash flow + impairments", v["bs.inv.2024"] - v["bs.inv.2025"],
              v["cf.inv.2025"] + v["cf.impair.2025"]))
    t.append(("Warranty in accrued = roll", v["acc.warranty.2025"], v["war.end.2025"]))
    t.append(("Lease maturities less interest = liability", v["lease.total"] + v["lease.interest"],
              v["bs.lease.2025"]))
    holds("Cash positive", v["bs.cash.2025"] > 0 and v["bs.cash.2024"] > 0)
    holds("Repurchase authorization remaining positive", v["rep.remaining.nov"] > 0)
    holds("Lease imputed interest negative", v["lease.interest"] < 0)
    return t
