"""Invented figures for Orrindale Machinery Corporation, Form 10-K for the fiscal year ended October 31, 2025.

Amounts are whole $ millions unless the key says otherwise; shares in millions (one decimal), per-share amounts in
$, shipments in units, percentages as printed. The October 31, 2024 balance sheet is given (additional paid-in
capital balances it, and its cash comes from the fiscal 2023 and 2024 cash flow statements, whose "other, net" lines
close onto the given cash balances); the October 31, 2025 balance sheet is derived from it through the fiscal 2025
cash flow statement and the property, goodwill, intangible, pension, deferred tax, debt and equity roll-forwards, so
the statements tie by construction and ties() re-proves every identity. Equity balances for fiscal 2022 and 2023 are
rolled back from October 31, 2024.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
BS_YEARS = (2025, 2024)
SEGMENTS = {"rch": "Row Crop and Harvest", "cte": "Compact and Turf Equipment",
            "aps": "Aftermarket and Precision Solutions"}
REGIONS = {"na": "North America", "eu": "Europe", "row": "Rest of world"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- income statement inputs (FY2025, FY2024, FY2023)
SALES = {"rch": (3412, 3706, 3518), "cte": (1286, 1242, 1318), "aps": (1148, 1061, 974)}
COGS = (4301, 4392, 4288)
SGA = (598, 612, 586)
RD = (214, 205, 192)
AMORT = (38, 36, 29)
RESTR = (46, 12, 0)
INT_EXP = (92, 84, 71)
INT_INC = (18, 22, 15)
OTHER = (-9, 6, -4)
SHARES_BASIC = ("71.2", "73.4", "76.0")
SHARES_DILUTED = ("71.7", "74.0", "76.7")
DPS = ("2.40", "2.20", "2.00")
DIVIDENDS = (171, 161, 149)
ACQ_COSTS = (0, 7, 0)  # acquisition-related costs within SG&A

# tax provision components: current federal, state, foreign; deferred federal, state, foreign
TAX_CURRENT = {"fed": (88, 104, 92), "state": (17, 21, 18), "foreign": (36, 42, 29)}
TAX_DEFERRED = {"fed": (-10, -4, 6), "state": (-2, -1, 1), "foreign": (-2, -1, 2)}
PRETAX_US = (398, 512, 478)
# rate reconciliation items (percent of pretax income); "other" is the plug to the effective rate
RATE_ITEMS = {"state": ("2.3", "2.6", "2.2"), "foreign": ("0.9", "1.5", "0.7"), "rd": ("-1.6", "-1.3", "-1.2"),
              "fdii": ("-0.8", "-0.9", "-0.7"), "sbc": ("-0.3", "-0.4", "-0.2")}

# segment detail
SEG_OP = {"rch": (402, 498, 471), "cte": (139, 128, 146), "aps": (251, 224, 189)}
SEG_DA = {"rch": (98, 94, 90), "cte": (41, 39, 37), "aps": (55, 51, 42), "corp": (12, 11, 11)}
SEG_CAPEX = {"rch": (104, 121, 98), "cte": (38, 44, 40), "aps": (36, 39, 31), "corp": (10, 8, 7)}
SEG_ASSETS = {"rch": (2486, 2604), "cte": (918, 944), "aps": (1402, 1386)}
# net sales by region (North America, Europe) for FY2025 and FY2024; rest of world is the remainder
GEO = {"rch": ((2214, 648), (2471, 692)), "cte": ((914, 251), (882, 238)), "aps": ((782, 214), (726, 198))}
# FY2025 net sales bridge: price realization, currency, acquisitions (volume is the remainder)
BRIDGE = {"rch": (118, -10, 0), "cte": (31, -5, 0), "aps": (29, -6, 22)}
DEPRECIATION = (168, 159, 151)

# operating statistics
UNITS = {"tractors": (9412, 10846, 10218), "combines": (1286, 1512, 1431), "planters": (3208, 3604, 3516),
         "compact": (14806, 14212, 15118), "turf": (22418, 21906, 23604)}
UNIT_LABELS = {"tractors": "Row crop tractors (over 140 horsepower)", "combines": "Combines",
               "planters": "Planters and air seeders", "compact": "Compact and utility tractors",
               "turf": "Commercial mowers and utility vehicles"}
BACKLOG = {"rch": (1284, 1612), "cte": (312, 296), "aps": (188, 164)}

# repurchases in the fourth quarter of fiscal 2025 (shares, average price)
REPURCHASES = {"aug": (212406, "92.18"), "sep": (248118, "90.64"), "oct": (196212, "94.06")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ income statement
    for i, y in enumerate(YEARS):
        for seg in SEGMENTS:
            put(f"seg.sales.{seg}.{y}", SALES[seg][i])
            put(f"seg.op.{seg}.{y}", SEG_OP[seg][i])
            put(f"seg.margin.{seg}.{y}", pct(v[f"seg.op.{seg}.{y}"], v[f"seg.sales.{seg}.{y}"]))
        put(f"seg.sales.total.{y}", s(*[f"seg.sales.{g}.{y}" for g in SEGMENTS]))
        put(f"seg.op.total.{y}", s(*[f"seg.op.{g}.{y}" for g in SEGMENTS]))
        put(f"is.rev_equip.{y}", v[f"seg.sales.rch.{y}"] + v[f"seg.sales.cte.{y}"])
        put(f"is.rev_parts.{y}", v[f"seg.sales.aps.{y}"])
        rev = put(f"is.rev.{y}", v[f"is.rev_equip.{y}"] + v[f"is.rev_parts.{y}"])
        put(f"is.cogs.{y}", COGS[i])
        gp = put(f"is.gp.{y}", rev - v[f"is.cogs.{y}"])
        put(f"is.sga.{y}", SGA[i])
        put(f"is.rd.{y}", RD[i])
        put(f"is.amort.{y}", AMORT[i])
        put(f"is.restr.{y}", RESTR[i])
        opex = s(f"is.sga.{y}", f"is.rd.{y}", f"is.amort.{y}", f"is.restr.{y}")
        oi = put(f"is.oi.{y}", gp - opex)
        put(f"is.int_exp.{y}", -INT_EXP[i])
        put(f"is.int_inc.{y}", INT_INC[i])
        put(f"is.other.{y}", OTHER[i])
        pretax = put(f"is.pretax.{y}", oi + s(f"is.int_exp.{y}", f"is.int_inc.{y}", f"is.other.{y}"))
        for k in TAX_CURRENT:
            put(f"tax.cur.{k}.{y}", TAX_CURRENT[k][i])
            put(f"tax.def.{k}.{y}", TAX_DEFERRED[k][i])
        put(f"tax.cur.total.{y}", s(*[f"tax.cur.{k}.{y}" for k in TAX_CURRENT]))
        put(f"tax.def.total.{y}", s(*[f"tax.def.{k}.{y}" for k in TAX_CURRENT]))
        tax = put(f"is.tax.{y}", v[f"tax.cur.total.{y}"] + v[f"tax.def.total.{y}"])
        ni = put(f"is.ni.{y}", pretax - tax)
        put(f"is.shares_basic.{y}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{y}", SHARES_DILUTED[i])
        put(f"eps.dilutive.{y}", v[f"is.shares_diluted.{y}"] - v[f"is.shares_basic.{y}"])
        put(f"is.eps_basic.{y}", q(ni / v[f"is.shares_basic.{y}"], 2))
        put(f"is.eps_diluted.{y}", q(ni / v[f"is.shares_diluted.{y}"], 2))
        put(f"is.dps.{y}", DPS[i])
        # pretax by jurisdiction and rate reconciliation
        put(f"tax.pretax_us.{y}", PRETAX_US[i])
        put(f"tax.pretax_foreign.{y}", pretax - v[f"tax.pretax_us.{y}"])
        eff = put(f"tax.rate.eff.{y}", pct(tax, pretax))
        put(f"tax.rate.stat.{y}", "21.0")
        for k, items in RATE_ITEMS.items():
            put(f"tax.rate.{k}.{y}", items[i])
        put(f"tax.rate.other.{y}", eff - v[f"tax.rate.stat.{y}"] - s(*[f"tax.rate.{k}.{y}" for k in RATE_ITEMS]))
        # segment reconciliation: corporate costs are the remainder
        put(f"seg.restr.{y}", -v[f"is.restr.{y}"])
        put(f"seg.corp.{y}", oi - v[f"seg.op.total.{y}"] - v[f"seg.restr.{y}"])
        put(f"seg.oi.{y}", oi)
        for seg in list(SEG_DA):
            put(f"seg.da.{seg}.{y}", SEG_DA[seg][i])
            put(f"seg.capex.{seg}.{y}", SEG_CAPEX[seg][i])
        put(f"seg.da.total.{y}", s(*[f"seg.da.{g}.{y}" for g in SEG_DA]))
        put(f"seg.capex.total.{y}", s(*[f"seg.capex.{g}.{y}" for g in SEG_CAPEX]))
        put(f"is.dep.{y}", DEPRECIATION[i])
        put(f"is.da.{y}", v[f"is.dep.{y}"] + v[f"is.amort.{y}"])
        put(f"is.gm.{y}", pct(gp, rev))
        put(f"is.om.{y}", pct(oi, rev))
        # non-GAAP: adjusted EBITDA and adjusted EPS
        put(f"ng.acq.{y}", ACQ_COSTS[i])
        put(f"ng.int_exp.{y}", -v[f"is.int_exp.{y}"])
        put(f"ng.int_inc.{y}", -v[f"is.int_inc.{y}"])
        ebitda = ni + tax - v[f"is.int_exp.{y}"] - v[f"is.int_inc.{y}"] + v[f"is.da.{y}"]
        put(f"ng.ebitda.{y}", ebitda)
        put(f"ng.adj_ebitda.{y}", ebitda + v[f"is.restr.{y}"] + v[f"ng.acq.{y}"])
        put(f"ng.adj_ebitda_margin.{y}", pct(v[f"ng.adj_ebitda.{y}"], rev))
        pre_adj = v[f"is.restr.{y}"] + v[f"ng.acq.{y}"] + v[f"is.amort.{y}"]
        put(f"ng.tax_adj.{y}", -q(pre_adj * D("0.235")))
        adj_ni = put(f"ng.adj_ni.{y}", ni + pre_adj + v[f"ng.tax_adj.{y}"])
        put(f"ng.adj_eps.{y}", q(adj_ni / v[f"is.shares_diluted.{y}"], 2))
        # operating statistics
        for k, units in UNITS.items():
            put(f"units.{k}.{y}", units[i])
    put("ng.ni_chg", pct(v["is.ni.2025"] - v["is.ni.2024"], v["is.ni.2024"]))
    put("mda.sales_chg", pct(v["is.rev.2024"] - v["is.rev.2025"], v["is.rev.2024"]))
    for seg in SEGMENTS:
        put(f"seg.assets.{seg}.2025", SEG_ASSETS[seg][0])
        put(f"seg.assets.{seg}.2024", SEG_ASSETS[seg][1])
        put(f"backlog.{seg}.2025", BACKLOG[seg][0])
        put(f"backlog.{seg}.2024", BACKLOG[seg][1])
        for j, y in enumerate(BS_YEARS):
            na, eu = GEO[seg][j]
            put(f"geo.{seg}.na.{y}", na)
            put(f"geo.{seg}.eu.{y}", eu)
            put(f"geo.{seg}.row.{y}", v[f"seg.sales.{seg}.{y}"] - na - eu)
            put(f"geo.{seg}.total.{y}", v[f"seg.sales.{seg}.{y}"])
        # net sales bridge FY2024 -> FY2025
        price, fx, acq = BRIDGE[seg]
        put(f"bridge.{seg}.start", v[f"seg.sales.{seg}.2024"])
        put(f"bridge.{seg}.price", price)
        put(f"bridge.{seg}.fx", fx)
        put(f"bridge.{seg}.acq", acq)
        put(f"bridge.{seg}.vol", v[f"seg.sales.{seg}.2025"] - v[f"seg.sales.{seg}.2024"] - price - fx - acq)
        put(f"bridge.{seg}.end", v[f"seg.sales.{seg}.2025"])
    for y in BS_YEARS:
        for r in REGIONS:
            put(f"geo.total.{r}.{y}", s(*[f"geo.{g}.{r}.{y}" for g in SEGMENTS]))
        put(f"geo.total.total.{y}", v[f"is.rev.{y}"])
    for c in ("start", "vol", "price", "fx", "acq", "end"):
        put(f"bridge.total.{c}", s(*[f"bridge.{g}.{c}" for g in SEGMENTS]))
    put("backlog.total.2025", s(*[f"backlog.{g}.2025" for g in SEGMENTS]))
    put("backlog.total.2024", s(*[f"backlog.{g}.2024" for g in SEGMENTS]))

    # ------------------------------------------------------------ October 31, 2024 balance sheet (given)
    given24 = {"rec": 842, "prepaid": 156, "rou": 112, "dta": 96, "other_a": 138, "st_debt": 120, "ap": 612,
               "taxes": 44, "lease": 88, "dtl": 68, "other_l": 96, "cs": 1, "re": 3412, "aoci": -286,
               "treasury": -1842}
    for k, amount in given24.items():
        put(f"bs.{k}.2024", amount)
    given25 = {"rec": 768, "prepaid": 148, "rou": 118, "other_a": 144, "st_debt": 85, "ap": 541, "taxes": 31,
               "lease": 92, "other_l": 101}
    for k, amount in given25.items():
        put(f"bs.{k}.2025", amount)
    # inventories note
    inv = {"raw": (412, 438), "wip": (168, 182), "fg": (524, 566), "parts": (248, 232)}
    for k, (a, b) in inv.items():
        put(f"inv.{k}.2025", a)
        put(f"inv.{k}.2024", b)
    for y in BS_YEARS:
        put(f"bs.inv.{y}", s(*[f"inv.{k}.{y}" for k in inv]))
    # accrued liabilities note ("other" is the remainder of the given totals)
    put("bs.accrued.2024", 538)
    put("bs.accrued.2025", 512)
    # warranty roll-forward (FY2025, FY2024)
    put("war.begin.2024", 128)
    war = {"accr": (96, 104), "settle": (-104, -91), "fx": (-1, 1)}
    for y in BS_YEARS[::-1]:  # 2024 first, then 2025
        begin = v["war.begin.2024"] if y == 2024 else v["war.end.2024"]
        put(f"war.begin.{y}", begin)
        idx = 1 if y == 2024 else 0
        for k, amounts in war.items():
            put(f"war.{k}.{y}", amounts[idx])
        put(f"war.end.{y}", begin + s(*[f"war.{k}.{y}" for k in war]))
    # restructuring reserve
    put("restr.noncash.2025", 21)
    put("restr.cash_charge.2025", v["is.restr.2025"] - v["restr.noncash.2025"])
    put("restr.begin.2025", 8)
    put("restr.paid.2025", -19)
    put("restr.end.2025", v["restr.begin.2025"] + v["restr.cash_charge.2025"] + v["restr.paid.2025"])
    put("restr.paid_abs", -v["restr.paid.2025"])
    acc = {"dealer": (146, 158), "comp": (118, 131)}
    for y in BS_YEARS:
        j = 0 if y == 2025 else 1
        put(f"acc.warranty.{y}", v[f"war.end.{y}"])
        for k, amounts in acc.items():
            put(f"acc.{k}.{y}", amounts[j])
        put(f"acc.restr.{y}", v["restr.end.2025"] if y == 2025 else v["restr.begin.2025"])
        put(f"acc.other.{y}", v[f"bs.accrued.{y}"] - s(f"acc.warranty.{y}", f"acc.dealer.{y}", f"acc.comp.{y}",
                                                         f"acc.restr.{y}"))
        put(f"acc.total.{y}", v[f"bs.accrued.{y}"])

    # ------------------------------------------------------------ property, plant and equipment
    ppe_gross = {"land": (48, 48), "bldg": (612, 596), "mach": (1486, 1442), "tool": (412, 398), "cip": (96, 118)}
    for k, (a, b) in ppe_gross.items():
        put(f"ppe.{k}.2025", a)
        put(f"ppe.{k}.2024", b)
    put("bs.ppe.2024", 1286)
    put("ppe.disposals.2025", 6)
    put("bs.ppe.2025", v["bs.ppe.2024"] + v["seg.capex.total.2025"] - v["is.dep.2025"] - v["restr.noncash.2025"]
        - v["ppe.disposals.2025"])
    for y in BS_YEARS:
        put(f"ppe.gross.{y}", s(*[f"ppe.{k}.{y}" for k in ppe_gross]))
        put(f"ppe.accum.{y}", v[f"bs.ppe.{y}"] - v[f"ppe.gross.{y}"])
        put(f"ppe.net.{y}", v[f"bs.ppe.{y}"])

    # ------------------------------------------------------------ goodwill by segment (FY2024 and FY2025 rolls)
    gw23 = {"rch": 210, "cte": 95, "aps": 107}
    gw_acq = {2024: {"rch": 0, "cte": 0, "aps": 168}, 2025: {"rch": 0, "cte": 0, "aps": 31}}
    gw_fx = {2024: {"rch": 2, "cte": 1, "aps": 1}, 2025: {"rch": -4, "cte": -1, "aps": -1}}
    for g, amount in gw23.items():
        put(f"gw.{g}.2023", amount)
        for y, prev in ((2024, 2023), (2025, 2024)):
            put(f"gw.acq.{g}.{y}", gw_acq[y][g])
            put(f"gw.fx.{g}.{y}", gw_fx[y][g])
            put(f"gw.{g}.{y}", v[f"gw.{g}.{prev}"] + v[f"gw.acq.{g}.{y}"] + v[f"gw.fx.{g}.{y}"])
    for y in (2023, 2024, 2025):
        put(f"gw.total.{y}", s(*[f"gw.{g}.{y}" for g in gw23]))
    for y in (2024, 2025):
        put(f"gw.acq.total.{y}", s(*[f"gw.acq.{g}.{y}" for g in gw23]))
        put(f"gw.fx.total.{y}", s(*[f"gw.fx.{g}.{y}" for g in gw23]))
    for y in BS_YEARS:
        put(f"bs.gw.{y}", v[f"gw.total.{y}"])

    # ------------------------------------------------------------ intangible assets
    # customer and dealer relationships and technology are amortized; trade names are indefinite-lived
    intang_gross = {"rel": (326, 318), "tech": (261, 246), "names": (92, 92)}
    put("acq.intang.2025", (intang_gross["rel"][0] - intang_gross["rel"][1])
        + (intang_gross["tech"][0] - intang_gross["tech"][1]))
    put("bs.intang.2024", 402)
    put("bs.intang.2025", v["bs.intang.2024"] + v["acq.intang.2025"] - v["is.amort.2025"])
    accum_rel = {2025: -151, 2024: -131}
    for k, (a, b) in intang_gross.items():
        put(f"int.gross.{k}.2025", a)
        put(f"int.gross.{k}.2024", b)
    for y in BS_YEARS:
        put(f"int.gross.total.{y}", s(*[f"int.gross.{k}.{y}" for k in intang_gross]))
        put(f"int.accum.total.{y}", v[f"bs.intang.{y}"] - v[f"int.gross.total.{y}"])
        put(f"int.accum.names.{y}", 0)
        put(f"int.accum.rel.{y}", accum_rel[y])
        put(f"int.accum.tech.{y}", v[f"int.accum.total.{y}"] - v[f"int.accum.rel.{y}"])
        for k in intang_gross:
            put(f"int.net.{k}.{y}", v[f"int.gross.{k}.{y}"] + v[f"int.accum.{k}.{y}"])
        put(f"int.net.total.{y}", v[f"bs.intang.{y}"])
        put(f"int.finite_net.{y}", v[f"int.net.rel.{y}"] + v[f"int.net.tech.{y}"])
    for n, amount in enumerate((39, 37, 36, 34, 31)):
        put(f"int.future.{2026 + n}", amount)
    put("acq.cash.2025", v["gw.acq.total.2025"] + v["acq.intang.2025"])
    put("acq.cash.2024", 286)

    # ------------------------------------------------------------ pension (qualified plans) and OPEB
    pen = {"pbo_begin": 1486, "service": 22, "interest": 74, "act_loss": -38, "benefits": -92, "fv_begin": 1294,
           "actual": 88, "contrib": 45, "expected": -96, "amort_loss": 6}
    for k, amount in pen.items():
        put(f"pen.{k}", amount)
    put("pen.fv_benefits", v["pen.benefits"])
    put("pen.pbo_end", s("pen.pbo_begin", "pen.service", "pen.interest", "pen.act_loss", "pen.benefits"))
    put("pen.fv_end", s("pen.fv_begin", "pen.actual", "pen.contrib", "pen.fv_benefits"))
    put("pen.status.2025", v["pen.fv_end"] - v["pen.pbo_end"])
    put("pen.status.2024", v["pen.fv_begin"] - v["pen.pbo_begin"])
    put("pen.cost", s("pen.service", "pen.interest", "pen.expected", "pen.amort_loss"))
    put("pen.opeb.2024", 22)
    put("pen.opeb.2025", 22)
    put("pen.oci_pretax", s("pen.actual", "pen.expected", "pen.amort_loss") - v["pen.act_loss"])
    put("pen.oci_tax", q(v["pen.oci_pretax"] * D("0.22")))
    put("pen.oci_net", v["pen.oci_pretax"] - v["pen.oci_tax"])
    for y in BS_YEARS:
        put(f"bs.pension.{y}", -v[f"pen.status.{y}"] + v[f"pen.opeb.{y}"])
    put("pen.funded_pct.2025", pct(v["pen.fv_end"], v["pen.pbo_end"]))
    put("pen.deficit.2024", -v["pen.status.2024"])

    # ------------------------------------------------------------ debt
    debt = {"n25": ("3.40% Senior Notes due June 2025", 0, 250), "n26": ("4.10% Senior Notes due March 2026", 300,
                                                                        300),
            "n28": ("2.85% Senior Notes due 2028", 350, 350), "n31": ("4.75% Senior Notes due 2031", 500, 500),
            "n35": ("5.15% Senior Notes due 2035", 400, 0), "tl": ("Term loan due 2029 (SOFR + 1.125%)", 250, 350)}
    for k, (_label, a, b) in debt.items():
        put(f"debt.{k}.2025", a)
        put(f"debt.{k}.2024", b)
    put("debt.costs.2024", -20)
    put("debt.new_costs.2025", -4)
    put("debt.amort.2025", 2)
    put("debt.costs.2025", v["debt.costs.2024"] + v["debt.new_costs.2025"] + v["debt.amort.2025"])
    for y in BS_YEARS:
        put(f"debt.principal.{y}", s(*[f"debt.{k}.{y}" for k in debt]))
        put(f"debt.total.{y}", v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"])
    put("bs.cur_debt.2025", 300)
    put("bs.cur_debt.2024", 250)
    for y in BS_YEARS:
        put(f"debt.current.{y}", -v[f"bs.cur_debt.{y}"])
        put(f"bs.ltd.{y}", v[f"debt.total.{y}"] - v[f"bs.cur_debt.{y}"])
        put(f"debt.lt.{y}", v[f"bs.ltd.{y}"])
    mat = {2026: 300, 2027: 0, 2028: 350, 2029: 250, 2030: 0}
    for y, amount in mat.items():
        put(f"debt.mat.{y}", amount)
    put("debt.mat.after", v["debt.principal.2025"] - s(*[f"debt.mat.{y}" for y in mat]))
    put("debt.mat.total", v["debt.principal.2025"])
    put("debt.rcf", 1250)
    put("debt.cp_rate", "4.62")
    put("debt.fair", 1748)

    # ------------------------------------------------------------ repurchases (Item 5, fourth quarter)
    put("rep.remaining.jul", "612.4")
    remaining = v["rep.remaining.jul"]
    exact = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        cost = D(shares) * D(price) / D(1000000)
        exact += D(shares) * D(price)
        remaining = remaining - q(cost, 1)
        put(f"rep.remaining.{m}", remaining)
    put("rep.shares.q4", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.q4", q(exact / v["rep.shares.q4"], 2))

    # ------------------------------------------------------------ cash flows
    cf_given = {
        # key: (FY2025, FY2024, FY2023); None = derived
        "sbc": (34, 31, 28), "deferred": (None, None, None), "restr_nc": (None, 4, 0), "pension": (None, -12, -15),
        "debt_amort": (None, 2, 2), "rec": (None, -38, -61), "inv": (None, -96, -142), "prepaid": (None, -11, 5),
        "ap": (None, 44, -38), "accrued": (None, 19, 12), "taxes": (None, 6, -9), "lease": (None, -1, 0),
        "capex": (None, None, None), "acq": (None, None, 0), "asset_sales": (None, 8, 5), "st": (None, -10, -40),
        "ltd_proceeds": (None, 350, 495), "ltd_repay": (None, 0, -300), "repo": (-210, -250, -240),
        "withheld": (-9, -8, -7), "stock": (6, 9, 11), "fx": (-4, -3, 2),
    }
    for i, y in enumerate(YEARS):
        for k, amounts in cf_given.items():
            if amounts[i] is not None:
                put(f"cf.{k}.{y}", amounts[i])
        put(f"cf.ni.{y}", v[f"is.ni.{y}"])
        put(f"cf.dep.{y}", v[f"is.dep.{y}"])
        put(f"cf.amort.{y}", v[f"is.amort.{y}"])
        put(f"cf.deferred.{y}", v[f"tax.def.total.{y}"])
        put(f"cf.capex.{y}", -v[f"seg.capex.total.{y}"])
        put(f"cf.div.{y}", -DIVIDENDS[i])
    put("cf.acq.2024", -v["acq.cash.2024"])
    y = 2025
    put("cf.restr_nc.2025", v["restr.noncash.2025"])
    put("cf.pension.2025", v["pen.cost"] - v["pen.contrib"])
    put("cf.debt_amort.2025", v["debt.amort.2025"])
    for k in ("rec", "inv", "prepaid"):
        put(f"cf.{k}.2025", v[f"bs.{k}.2024"] - v[f"bs.{k}.2025"])
    for k in ("ap", "accrued", "taxes"):
        put(f"cf.{k}.2025", v[f"bs.{k}.2025"] - v[f"bs.{k}.2024"])
    put("cf.lease.2025", (v["bs.rou.2024"] - v["bs.rou.2025"]) + (v["bs.lease.2025"] - v["bs.lease.2024"]))
    put("cf.other.2025", (v["bs.other_a.2024"] - v["bs.other_a.2025"]) + (v["bs.other_l.2025"] - v["bs.other_l.2024"]))
    put("cf.acq.2025", -v["acq.cash.2025"])
    put("cf.asset_sales.2025", v["ppe.disposals.2025"])
    put("cf.st.2025", v["bs.st_debt.2025"] - v["bs.st_debt.2024"])
    put("cf.ltd_proceeds.2025", v["debt.n35.2025"] + v["debt.new_costs.2025"])
    put("cf.ltd_repay.2025", -(v["debt.principal.2024"] - v["debt.principal.2025"] + v["debt.n35.2025"]))
    op = ("ni", "dep", "amort", "sbc", "deferred", "restr_nc", "pension", "debt_amort", "rec", "inv", "prepaid", "ap",
          "accrued", "taxes", "lease", "other")
    invest = ("capex", "acq", "asset_sales")
    fin = ("st", "ltd_proceeds", "ltd_repay", "div", "repo", "withheld", "stock")
    cash = {2022: 486, 2023: 528, 2024: 612}
    for y in (2023, 2024):
        partial = s(*[f"cf.{k}.{y}" for k in op if k != "other"]) + s(*[f"cf.{k}.{y}" for k in invest]) \
            + s(*[f"cf.{k}.{y}" for k in fin]) + v[f"cf.fx.{y}"]
        put(f"cf.other.{y}", cash[y] - cash[y - 1] - partial)
        put(f"cf.begin.{y}", cash[y - 1])
    put("cf.begin.2025", cash[2024])
    for y in YEARS:
        cfo = put(f"cf.cfo.{y}", s(*[f"cf.{k}.{y}" for k in op]))
        cfi = put(f"cf.cfi.{y}", s(*[f"cf.{k}.{y}" for k in invest]))
        cff = put(f"cf.cff.{y}", s(*[f"cf.{k}.{y}" for k in fin]))
        put(f"cf.change.{y}", cfo + cfi + cff + v[f"cf.fx.{y}"])
        put(f"cf.end.{y}", v[f"cf.begin.{y}"] + v[f"cf.change.{y}"])
        put(f"ng.fcf.{y}", cfo + v[f"cf.capex.{y}"])
        put(f"cf.da.{y}", v[f"cf.dep.{y}"] + v[f"cf.amort.{y}"])
    put("cf.tax_paid.2025", 152)
    put("cf.int_paid.2025", 86)
    for y in BS_YEARS:
        put(f"bs.cash.{y}", v[f"cf.end.{y}"])

    # ------------------------------------------------------------ deferred taxes
    put("bs.dta.2025", v["bs.dta.2024"] - v["cf.deferred.2025"] - v["pen.oci_tax"])
    put("bs.dtl.2025", v["bs.dtl.2024"])

    # ------------------------------------------------------------ equity roll-forward (3 years)
    oci_fx = {2025: v["cf.fx.2025"] + v["gw.fx.total.2025"], 2024: v["cf.fx.2024"] + v["gw.fx.total.2024"],
              2023: D(9)}
    oci_pen = {2025: v["pen.oci_net"], 2024: D(-14), 2023: D(11)}
    for y in YEARS:
        put(f"ci.fx.{y}", oci_fx[y])
        put(f"ci.pension.{y}", oci_pen[y])
        put(f"ci.oci.{y}", oci_fx[y] + oci_pen[y])
        put(f"ci.total.{y}", v[f"is.ni.{y}"] + v[f"ci.oci.{y}"])
        put(f"eq.ni.{y}", v[f"is.ni.{y}"])
        put(f"eq.oci.{y}", v[f"ci.oci.{y}"])
        put(f"eq.div.{y}", v[f"cf.div.{y}"])
        put(f"eq.sbc.{y}", v[f"cf.sbc.{y}"])
        put(f"eq.stock.{y}", v[f"cf.stock.{y}"] + v[f"cf.withheld.{y}"])
        put(f"eq.repo.{y}", v[f"cf.repo.{y}"])
    moves = {"cs": (), "apic": ("sbc", "stock"), "re": ("ni", "div"), "aoci": ("oci",), "treasury": ("repo",)}
    # October 31, 2024 balances; APIC balances the given balance sheet
    asset_keys = ("cash", "rec", "inv", "prepaid", "ppe", "rou", "gw", "intang", "dta", "other_a")
    cur_assets = ("cash", "rec", "inv", "prepaid")
    cur_liab = ("st_debt", "cur_debt", "ap", "accrued", "taxes")
    liab_keys = cur_liab + ("ltd", "lease", "pension", "dtl", "other_l")
    for yy in BS_YEARS:
        put(f"bs.ca.{yy}", s(*[f"bs.{k}.{yy}" for k in cur_assets]))
        put(f"bs.assets.{yy}", s(*[f"bs.{k}.{yy}" for k in asset_keys]))
        put(f"bs.cl.{yy}", s(*[f"bs.{k}.{yy}" for k in cur_liab]))
        put(f"bs.liab.{yy}", s(*[f"bs.{k}.{yy}" for k in liab_keys]))
    put("bs.apic.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - s("bs.cs.2024", "bs.re.2024", "bs.aoci.2024",
                                                                    "bs.treasury.2024"))
    for comp, keys in moves.items():
        put(f"eq.{comp}.2024", v[f"bs.{comp}.2024"])
        put(f"eq.{comp}.2025", v[f"eq.{comp}.2024"] + s(*[f"eq.{k}.2025" for k in keys]))
        put(f"eq.{comp}.2023", v[f"eq.{comp}.2024"] - s(*[f"eq.{k}.2024" for k in keys]))
        put(f"eq.{comp}.2022", v[f"eq.{comp}.2023"] - s(*[f"eq.{k}.2023" for k in keys]))
        put(f"bs.{comp}.2025", v[f"eq.{comp}.2025"])
    for yy in (2025, 2024, 2023, 2022):
        put(f"eq.total.{yy}", s(*[f"eq.{c}.{yy}" for c in moves]))
    for yy in BS_YEARS:
        put(f"bs.equity.{yy}", s(*[f"bs.{c}.{yy}" for c in moves]))
        put(f"bs.le.{yy}", v[f"bs.liab.{yy}"] + v[f"bs.equity.{yy}"])
        put(f"seg.assets.corp.{yy}", v[f"bs.assets.{yy}"] - s(*[f"seg.assets.{g}.{yy}" for g in SEGMENTS]))
        put(f"seg.assets.total.{yy}", v[f"bs.assets.{yy}"])
        put(f"cap.debt.{yy}", v[f"bs.st_debt.{yy}"] + v[f"debt.total.{yy}"])
        put(f"cap.net_debt.{yy}", v[f"cap.debt.{yy}"] - v[f"bs.cash.{yy}"])
    for yy in YEARS:
        put(f"eq.total_flow.{yy}", s(*[f"eq.{k}.{yy}" for k in ("ni", "oci", "div", "sbc", "stock", "repo")]))

    # shares (millions)
    sh = {"out.2022": "77.2", "issued.2023": "0.5", "repo.2023": "-3.0", "issued.2024": "0.4", "repo.2024": "-2.9",
          "issued.2025": "0.4", "repo.2025": "-2.3"}
    for k, amount in sh.items():
        put(f"sh.{k}", amount)
    for yy in YEARS[::-1]:
        put(f"sh.out.{yy}", v[f"sh.out.{yy - 1}"] + v[f"sh.issued.{yy}"] + v[f"sh.repo.{yy}"])
    put("sh.issued_total.2024", "91.6")
    put("sh.issued_total.2025", v["sh.issued_total.2024"] + v["sh.issued.2025"])
    for yy in BS_YEARS:
        put(f"sh.treasury.{yy}", v[f"sh.issued_total.{yy}"] - v[f"sh.out.{yy}"])

    # ------------------------------------------------------------ prose-only figures
    prose = {"biz.dealers": 1140, "biz.countries": 46, "biz.employees": 11860, "biz.plants": 9, "biz.acres": "48",
             "biz.subs": 62400, "biz.union_pct": 38, "rep.authorization": 1000,
             "mda.guide_low": "5.40", "mda.guide_high": "6.00", "mda.rch_decline_low": 12,
             "mda.rch_decline_high": 17, "mda.cp_max": 410, "pen.contrib_2026": 40, "pen.discount": "5.35",
             "pen.expected_rate": "7.25", "mda.antidilutive": "0.4"}
    for k, amount in prose.items():
        put(k, amount)
    put("mda.liquidity", v["bs.cash.2025"] + v["debt.rcf"] - v["bs.st_debt.2025"])
    put("mda.capex_2026", 195)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for y in YEARS:
        t.append((f"IS {y}: revenue = segments", v[f"is.rev.{y}"], v[f"seg.sales.total.{y}"]))
        t.append((f"IS {y}: operating income", v[f"is.oi.{y}"], v[f"is.gp.{y}"] - s(
            f"is.sga.{y}", f"is.rd.{y}", f"is.amort.{y}", f"is.restr.{y}")))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.pretax.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"IS {y}: basic EPS", v[f"is.eps_basic.{y}"], q(v[f"is.ni.{y}"] / v[f"is.shares_basic.{y}"], 2)))
        t.append((f"IS {y}: diluted EPS", v[f"is.eps_diluted.{y}"],
                  q(v[f"is.ni.{y}"] / v[f"is.shares_diluted.{y}"], 2)))
        t.append((f"Segments {y}: operating profit reconciles", v[f"is.oi.{y}"], s(
            f"seg.op.total.{y}", f"seg.corp.{y}", f"seg.restr.{y}")))
        holds(f"Segments {y}: corporate costs negative", v[f"seg.corp.{y}"] < 0)
        t.append((f"Segments {y}: D&A = statement", v[f"seg.da.total.{y}"], v[f"cf.da.{y}"]))
        t.append((f"Segments {y}: capex = cash flow", v[f"seg.capex.total.{y}"], -v[f"cf.capex.{y}"]))
        t.append((f"Tax {y}: pretax by jurisdiction", v[f"is.pretax.{y}"], v[f"tax.pretax_us.{y}"]
                  + v[f"tax.pretax_foreign.{y}"]))
        t.append((f"Tax {y}: rate reconciliation foots", v[f"tax.rate.eff.{y}"], v[f"tax.rate.stat.{y}"] + s(
            *[f"tax.rate.{k}.{y}" for k in list(RATE_ITEMS) + ["other"]])))
        holds(f"Tax {y}: other reconciling item small", abs(v[f"tax.rate.other.{y}"]) <= D("1.0"))
        t.append((f"CF {y}: deferred tax = provision", v[f"cf.deferred.{y}"], v[f"tax.def.total.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + s(
            f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}", f"cf.fx.{y}")))
        holds(f"CF {y}: other, net small", abs(v[f"cf.other.{y}"]) <= 40)
        t.append((f"CI {y}: comprehensive income", v[f"ci.total.{y}"], v[f"is.ni.{y}"] + v[f"ci.oci.{y}"]))
        t.append((f"Equity {y}: total roll", v[f"eq.total.{y}"], v[f"eq.total.{y - 1}"] + v[f"eq.total_flow.{y}"]))
        t.append((f"Equity {y}: dividends = cash flow", v[f"eq.div.{y}"], v[f"cf.div.{y}"]))
        t.append((f"Shares {y}: roll", v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"] + v[f"sh.issued.{y}"]
                  + v[f"sh.repo.{y}"]))
        t.append((f"Non-GAAP {y}: adjusted EBITDA", v[f"ng.adj_ebitda.{y}"], v[f"is.oi.{y}"] + v[f"is.other.{y}"]
                  + v[f"is.da.{y}"] + v[f"is.restr.{y}"] + v[f"ng.acq.{y}"]))
        holds(f"Shares {y}: basic within year-end counts", min(v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"])
              - 1 <= v[f"is.shares_basic.{y}"] <= max(v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"]) + 1)
    for yy in BS_YEARS:
        t.append((f"BS {yy}: assets = liabilities + equity", v[f"bs.assets.{yy}"], v[f"bs.le.{yy}"]))
        t.append((f"BS {yy}: cash = cash flow", v[f"bs.cash.{yy}"], v[f"cf.end.{yy}"]))
        t.append((f"BS {yy}: equity = equity statement", v[f"bs.equity.{yy}"], v[f"eq.total.{yy}"]))
        t.append((f"BS {yy}: debt note = balance sheet", v[f"debt.total.{yy}"], v[f"bs.cur_debt.{yy}"]
                  + v[f"bs.ltd.{yy}"]))
        t.append((f"BS {yy}: PP&E note", v[f"ppe.net.{yy}"], v[f"ppe.gross.{yy}"] + v[f"ppe.accum.{yy}"]))
        t.append((f"BS {yy}: intangibles note", v[f"int.net.total.{yy}"], s(*[f"int.net.{k}.{yy}" for k in (
            "rel", "tech", "names")])))
        t.append((f"BS {yy}: accrued note", v[f"acc.total.{yy}"], s(*[f"acc.{k}.{yy}" for k in (
            "warranty", "dealer", "comp", "restr", "other")])))
        t.append((f"BS {yy}: geography = revenue", v[f"geo.total.total.{yy}"], s(*[f"geo.total.{r}.{yy}"
                                                                                  for r in REGIONS])))
        t.append((f"BS {yy}: segment assets = total", v[f"seg.assets.total.{yy}"], s(
            *[f"seg.assets.{g}.{yy}" for g in list(SEGMENTS) + ["corp"]])))
        t.append((f"BS {yy}: pension liability = funded status + OPEB", v[f"bs.pension.{yy}"],
                  v[f"pen.opeb.{yy}"] - v[f"pen.status.{yy}"]))
        holds(f"BS {yy}: APIC positive", v[f"bs.apic.{yy}"] > 0)
        holds(f"BS {yy}: corporate assets positive", v[f"seg.assets.corp.{yy}"] > 0)
        holds(f"BS {yy}: accrued other positive", v[f"acc.other.{yy}"] > 0)
        holds(f"BS {yy}: technology accumulated amortization negative", v[f"int.accum.tech.{yy}"] < 0)
        t.append((f"Treasury shares {yy}", v[f"sh.treasury.{yy}"], v[f"sh.issued_total.{yy}"] - v[f"sh.out.{yy}"]))
    t.append(("Bridge: total", v["bridge.total.end"], s(*[f"bridge.total.{c}" for c in (
        "start", "vol", "price", "fx", "acq")])))
    t.append(("Debt maturities = principal", v["debt.mat.total"], v["debt.principal.2025"]))
    t.append(("Debt: carrying change = proceeds + repayments + amortization", v["debt.total.2025"]
              - v["debt.total.2024"], v["cf.ltd_proceeds.2025"] + v["cf.ltd_repay.2025"] + v["cf.debt_amort.2025"]))
    t.append(("PP&E roll", v["bs.ppe.2025"], v["bs.ppe.2024"] - v["cf.capex.2025"] - v["cf.dep.2025"]
              - v["cf.restr_nc.2025"] - v["cf.asset_sales.2025"]))
    t.append(("Intangibles roll", v["bs.intang.2025"], v["bs.intang.2024"] + v["acq.intang.2025"] - v["is.amort.2025"]))
    t.append(("Acquisition cash = goodwill + intangibles", -v["cf.acq.2025"], v["gw.acq.total.2025"]
              + v["acq.intang.2025"]))
    t.append(("Pension liability change = cash flow - OCI", v["bs.pension.2025"] - v["bs.pension.2024"],
              v["cf.pension.2025"] - v["pen.oci_pretax"]))
    t.append(("Warranty in accrued = roll", v["acc.warranty.2025"], v["war.end.2025"]))
    t.append(("Restructuring reserve roll", v["restr.end.2025"], v["restr.begin.2025"] + v["restr.cash_charge.2025"]
              + v["restr.paid.2025"]))
    t.append(("FX OCI = cash + goodwill translation", v["ci.fx.2025"], v["cf.fx.2025"] + v["gw.fx.total.2025"]))
    t.append(("Intangible amortization = segment D&A minus depreciation", v["is.amort.2025"], v["seg.da.total.2025"]
              - v["is.dep.2025"]))
    holds("Cash positive", v["bs.cash.2025"] > 0 and v["bs.cash.2024"] > 0)
    holds("Repurchases authorization remaining positive", v["rep.remaining.oct"] > 0)
    return t
