"""Invented figures for Quarrington Education Group, Inc., Form 10-Q for the quarter ended September 30, 2026.

Amounts are $ thousands (integers) unless the key says otherwise; shares in thousands; per-share amounts in $;
enrollments and starts in students; revenue per student in whole $; percentages as printed. The December 31, 2025
balance sheet is given except for cash and cash equivalents, which balances it; equity components and shares
outstanding are rolled from December 31, 2024 through the nine months and the fourth quarter of 2025. The September
30, 2026 balance sheet is derived from December 31, 2025 through the nine-month cash flow statement and the
receivable, investment, property, lease, intangible, deferred tax, debt and equity roll-forwards, so the statements
tie by construction and ties() re-proves every identity.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q3_26", "q3_25", "m9_26", "m9_25")  # three months 2026, 2025; nine months 2026, 2025
SEGMENTS = {"qu": "Quarrington University", "hcn": "Hallett College of Nursing",
            "sws": "Skills and Workforce Solutions"}
DATES = ("sep26", "dec25")


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- by segment (q3_26, q3_25, m9_26, m9_25)
SEG_REV = {"qu": (218406, 201612, 652118, 598406), "hcn": (71218, 66812, 209806, 196418),
           "sws": (24606, 19818, 70412, 56206)}
MATERIALS = {"qu": (19206, 17812, 57418, 52906), "hcn": (5812, 5418, 17106, 15912), "sws": (1418, 1106, 4012, 3218)}
OTHER_REV = {"qu": (3412, 3106, 10218, 9412), "hcn": (1206, 1118, 3618, 3406), "sws": (2806, 2212, 8106, 6418)}
SEG_OI = {"qu": (41812, 36206, 124418, 106806), "hcn": (12406, 11818, 35212, 31906), "sws": (2218, 1106, 5806, 2418)}
SEG_DA = {"qu": (6218, 5906, 18412, 17612), "hcn": (3612, 3418, 10806, 10218), "sws": (1206, 1012, 3512, 3006)}
SEG_CAPEX = {"qu": (6806, 6212, 17418, 16206), "hcn": (2412, 2806, 7806, 8412), "sws": (1106, 812, 2806, 2218)}
# enrollment at September 30 (2026, 2025); new student starts (q3_26, q3_25, m9_26, m9_25); average enrollment
ENROLL = {"qu": (48612, 45918), "hcn": (9806, 9214), "sws": (14412, 11806)}
STARTS = {"qu": (9806, 9212, 26418, 24806), "hcn": (2412, 2306, 6218, 5912), "sws": (6812, 5618, 19406, 15812)}
AVG_ENROLL = {"qu": (47904, 45206, 47118, 44612), "hcn": (9612, 9046, 9418, 8906),
              "sws": (13918, 11412, 13206, 10818)}

# ---------------------------------------------------------------- consolidated statement of operations inputs
EXPENSES = {"instr": (131806, 121618, 391612, 362418), "mktg": (58412, 54206, 176806, 163212),
            "adm": (22618, 21412, 68218, 64806), "ga": (41206, 38818, 122406, 114618),
            "da": (11418, 10906, 33912, 32418), "restr": (3806, 0, 6418, 1206)}
EXPENSE_ORDER = ("instr", "mktg", "adm", "ga", "da", "restr")
INT_INCOME = (4218, 3806, 12412, 11218)
INT_EXPENSE = (-3412, -3806, -10418, -11612)
OTHER = (206, -118, 412, 304)
TAX_RATE = ("0.258", "0.262", "0.255", "0.259")
BASIC = (30712, 31884, 30906, 32012)
DILUTED = (31206, 32398, 31412, 32506)
SBC = (5412, 4906, 17218, 15612)
AMORT = (806, 806, 2418, 2418)  # amortization of intangible assets within depreciation and amortization
PROVISION = (9812, 8906, 24806, 22418)  # provision for credit losses (within instructional costs and services)
OCI_PRETAX = {"q3_26": 292, "q3_25": 412, "m9_26": 612, "m9_25": 688, "q4_25": -158}
OCI_TAX = {"q3_26": -74, "q3_25": -106, "m9_26": -156, "m9_25": -176, "q4_25": 40}
# equity flows other than net income and OCI (q3_26, q3_25, m9_26, m9_25)
ESPP = (0, 0, 1806, 1612)
WITHHELD = (-206, -188, -5218, -4718)
REPO_H1_26 = 38612
REPO_COST = {"q3_25": 18206, "m9_25": 52418, "q4_25": 19806}
Q4_25 = {"ni": 36412, "sbc": 5206, "stock": -212}
SHARES = {"out.dec24": 32406, "issued.m9_25": 412, "repo.m9_25": -1108, "issued.q3_25": 38, "repo.q3_25": -386,
          "issued.q4_25": 22, "repo.q4_25": -412, "issued.m9_26": 398, "issued.q3_26": 36}
REPO_SHARES_H1_26 = 771

REPURCHASES = {"jul": (142406, "48.62"), "aug": (156218, "47.18"), "sep": (142376, "50.94")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    # ------------------------------------------------------------ revenue, segments and operating metrics
    for i, p in enumerate(PERIODS):
        for g in segs:
            put(f"seg.rev.{g}.{p}", SEG_REV[g][i])
            put(f"rev.mat.{g}.{p}", MATERIALS[g][i])
            put(f"rev.other.{g}.{p}", OTHER_REV[g][i])
            put(f"rev.tuition.{g}.{p}", v[f"seg.rev.{g}.{p}"] - v[f"rev.mat.{g}.{p}"] - v[f"rev.other.{g}.{p}"])
            put(f"rev.total.{g}.{p}", v[f"seg.rev.{g}.{p}"])
            put(f"seg.oi.{g}.{p}", SEG_OI[g][i])
            put(f"seg.margin.{g}.{p}", pct(v[f"seg.oi.{g}.{p}"], v[f"seg.rev.{g}.{p}"]))
            put(f"seg.da.{g}.{p}", SEG_DA[g][i])
            put(f"seg.capex.{g}.{p}", SEG_CAPEX[g][i])
            put(f"kpi.starts.{g}.{p}", STARTS[g][i])
            put(f"kpi.avg.{g}.{p}", AVG_ENROLL[g][i])
            put(f"kpi.rps.{g}.{p}", q(v[f"seg.rev.{g}.{p}"] * 1000 / v[f"kpi.avg.{g}.{p}"]))
        for k in ("tuition", "mat", "other", "total"):
            put(f"rev.{k}.all.{p}", s(*[f"rev.{k}.{g}.{p}" for g in segs]))
        for k in ("seg.rev", "seg.oi", "seg.da", "seg.capex", "kpi.starts", "kpi.avg"):
            put(f"{k}.total.{p}", s(*[f"{k}.{g}.{p}" for g in segs]))
        put(f"kpi.rps.total.{p}", q(v[f"seg.rev.total.{p}"] * 1000 / v[f"kpi.avg.total.{p}"]))
        rev = put(f"is.rev.{p}", v[f"seg.rev.total.{p}"])
        for k in EXPENSE_ORDER:
            put(f"is.{k}.{p}", EXPENSES[k][i])
            put(f"mda.pct.{k}.{p}", pct(v[f"is.{k}.{p}"], rev))
        exp = put(f"is.exp.{p}", s(*[f"is.{k}.{p}" for k in EXPENSE_ORDER]))
        put(f"mda.pct.exp.{p}", pct(exp, rev))
        oi = put(f"is.oi.{p}", rev - exp)
        put(f"mda.om.{p}", pct(oi, rev))
        put(f"is.int_inc.{p}", INT_INCOME[i])
        put(f"is.int_exp.{p}", INT_EXPENSE[i])
        put(f"is.other.{p}", OTHER[i])
        pretax = put(f"is.pretax.{p}", oi + s(f"is.int_inc.{p}", f"is.int_exp.{p}", f"is.other.{p}"))
        tax = put(f"is.tax.{p}", q(pretax * D(TAX_RATE[i])))
        ni = put(f"is.ni.{p}", pretax - tax)
        put(f"tax.rate.{p}", pct(tax, pretax))
        put(f"is.shares_basic.{p}", BASIC[i])
        put(f"is.shares_diluted.{p}", DILUTED[i])
        put(f"eps.dilutive.{p}", DILUTED[i] - BASIC[i])
        put(f"is.eps_basic.{p}", q(ni / v[f"is.shares_basic.{p}"], 2))
        put(f"is.eps_diluted.{p}", q(ni / v[f"is.shares_diluted.{p}"], 2))
        # segment reconciliation: corporate costs are the remainder
        put(f"seg.restr.{p}", -v[f"is.restr.{p}"])
        put(f"seg.corp.{p}", oi - v[f"seg.oi.total.{p}"] - v[f"seg.restr.{p}"])
        put(f"seg.oi_cons.{p}", oi)
        put(f"seg.da.corp.{p}", v[f"is.da.{p}"] - v[f"seg.da.total.{p}"])
        put(f"seg.da.all.{p}", v[f"is.da.{p}"])
        # non-GAAP: adjusted EBITDA
        put(f"ng.ni.{p}", ni)
        put(f"ng.tax.{p}", tax)
        put(f"ng.int.{p}", -(v[f"is.int_exp.{p}"] + v[f"is.int_inc.{p}"]))
        put(f"ng.da.{p}", v[f"is.da.{p}"])
        put(f"ng.sbc.{p}", SBC[i])
        put(f"ng.restr.{p}", v[f"is.restr.{p}"])
        put(f"ng.other.{p}", -v[f"is.other.{p}"])
        adj = put(f"ng.adj_ebitda.{p}", s(*[f"ng.{k}.{p}" for k in ("ni", "tax", "int", "other", "da", "sbc",
                                                                       "restr")]))
        put(f"ng.margin.{p}", pct(adj, rev))
    for g in segs + ["total"]:
        for per, (new, old) in (("q3", ("q3_26", "q3_25")), ("m9", ("m9_26", "m9_25"))):
            put(f"chg.starts.{g}.{per}", pct(v[f"kpi.starts.{g}.{new}"] - v[f"kpi.starts.{g}.{old}"],
                                             v[f"kpi.starts.{g}.{old}"]))
    for g in segs:
        put(f"kpi.enroll.{g}.sep26", ENROLL[g][0])
        put(f"kpi.enroll.{g}.sep25", ENROLL[g][1])
    for d in ("sep26", "sep25"):
        put(f"kpi.enroll.total.{d}", s(*[f"kpi.enroll.{g}.{d}" for g in segs]))
    for g in segs + ["total"]:
        put(f"chg.enroll.{g}", pct(v[f"kpi.enroll.{g}.sep26"] - v[f"kpi.enroll.{g}.sep25"],
                                   v[f"kpi.enroll.{g}.sep25"]))
    for k in ("rev", "oi", "ni"):
        put(f"chg.{k}.q3", pct(v[f"is.{k}.q3_26"] - v[f"is.{k}.q3_25"], v[f"is.{k}.q3_25"]))
        put(f"chg.{k}.m9", pct(v[f"is.{k}.m9_26"] - v[f"is.{k}.m9_25"], v[f"is.{k}.m9_25"]))

    # ------------------------------------------------------------ repurchases (Part II table) and shares
    put("rep.remaining.jun", 112418)
    remaining = v["rep.remaining.jun"]
    exact = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        cost = q(D(shares) * D(price) / 1000)
        exact += D(shares) * D(price)
        put(f"rep.cost.{m}", cost)
        remaining -= cost
        put(f"rep.remaining.{m}", remaining)
    put("rep.shares.total", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.avg", q(exact / v["rep.shares.total"], 2))
    put("rep.cost.q3_26", s(*[f"rep.cost.{m}" for m in REPURCHASES]))
    put("rep.cost.m9_26", v["rep.cost.q3_26"] + REPO_H1_26)
    for k, amount in REPO_COST.items():
        put(f"rep.cost.{k}", amount)
    put("rep.authorization", 200000)
    for k, amount in SHARES.items():
        put(f"sh.{k}", amount)
    put("sh.repo.q3_26", -q(v["rep.shares.total"] / 1000))
    put("sh.repo.m9_26", v["sh.repo.q3_26"] - REPO_SHARES_H1_26)
    put("sh.out.sep25", v["sh.out.dec24"] + v["sh.issued.m9_25"] + v["sh.repo.m9_25"])
    put("sh.out.jun25", v["sh.out.sep25"] - v["sh.issued.q3_25"] - v["sh.repo.q3_25"])
    put("sh.out.dec25", v["sh.out.sep25"] + v["sh.issued.q4_25"] + v["sh.repo.q4_25"])
    put("sh.out.sep26", v["sh.out.dec25"] + v["sh.issued.m9_26"] + v["sh.repo.m9_26"])
    put("sh.out.jun26", v["sh.out.sep26"] - v["sh.issued.q3_26"] - v["sh.repo.q3_26"])
    put("sh.issued_total.dec25", 41618)
    put("sh.issued_total.sep26", v["sh.issued_total.dec25"] + v["sh.issued.m9_26"])
    for d in DATES:
        put(f"sh.treasury.{d}", v[f"sh.issued_total.{d}"] - v[f"sh.out.{d}"])

    # ------------------------------------------------------------ equity flows by period
    for i, p in enumerate(PERIODS):
        put(f"eq.ni.{p}", v[f"is.ni.{p}"])
        put(f"eq.oci.{p}", OCI_PRETAX[p] + OCI_TAX[p])
        put(f"ci.oci_pretax.{p}", OCI_PRETAX[p])
        put(f"ci.oci_tax.{p}", OCI_TAX[p])
        put(f"ci.oci.{p}", v[f"eq.oci.{p}"])
        put(f"ci.total.{p}", v[f"is.ni.{p}"] + v[f"ci.oci.{p}"])
        put(f"eq.sbc.{p}", SBC[i])
        put(f"eq.stock.{p}", ESPP[i] + WITHHELD[i])
        put(f"eq.repo.{p}", -v[f"rep.cost.{p}"])
        put(f"eq.sh_issued.{p}", v[f"sh.issued.{p}"])
        put(f"eq.sh_repo.{p}", v[f"sh.repo.{p}"])
    put("eq.ni.q4_25", Q4_25["ni"])
    put("eq.oci.q4_25", OCI_PRETAX["q4_25"] + OCI_TAX["q4_25"])
    put("eq.sbc.q4_25", Q4_25["sbc"])
    put("eq.stock.q4_25", Q4_25["stock"])
    put("eq.repo.q4_25", -v["rep.cost.q4_25"])
    moves = {"cs": (), "apic": ("sbc", "stock"), "re": ("ni",), "aoci": ("oci",), "treasury": ("repo",)}
    dec24 = {"cs": 412, "apic": 612418, "re": 418206, "aoci": -1292, "treasury": -286418}
    for comp, keys in moves.items():
        put(f"eq.{comp}.dec24", dec24[comp])
        put(f"eq.{comp}.sep25", v[f"eq.{comp}.dec24"] + s(*[f"eq.{k}.m9_25" for k in keys]))
        put(f"eq.{comp}.jun25", v[f"eq.{comp}.sep25"] - s(*[f"eq.{k}.q3_25" for k in keys]))
        put(f"eq.{comp}.dec25", v[f"eq.{comp}.sep25"] + s(*[f"eq.{k}.q4_25" for k in keys]))
        put(f"eq.{comp}.sep26", v[f"eq.{comp}.dec25"] + s(*[f"eq.{k}.m9_26" for k in keys]))
        put(f"eq.{comp}.jun26", v[f"eq.{comp}.sep26"] - s(*[f"eq.{k}.q3_26" for k in keys]))
    for d in ("dec24", "jun25", "sep25", "dec25", "jun26", "sep26"):
        put(f"eq.total.{d}", s(*[f"eq.{c}.{d}" for c in moves]))
        put(f"eq.shares.{d}", v[f"sh.out.{d}"])
    for p in PERIODS:
        put(f"eq.total_flow.{p}", s(*[f"eq.{k}.{p}" for k in ("ni", "oci", "sbc", "stock", "repo")]))

    # ------------------------------------------------------------ December 31, 2025 balance sheet (given)
    dec = {"restricted": 6218, "rec": 61806, "prepaid": 32418, "ppe": 142618, "rou": 96412, "intang": 24818,
           "dta": 28612, "other_a": 14206, "ap": 58412, "accrued_comp": 41206, "deferred_rev": 88612,
           "lease_cur": 18406, "lease": 92618, "other_l": 12806}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    sep = {"restricted": 6412, "rec": 72418, "prepaid": 36806, "rou": 88206, "other_a": 15412, "ap": 62806,
           "accrued_comp": 36418, "deferred_rev": 112418, "lease_cur": 18812, "lease": 84206, "other_l": 13412}
    for k, amount in sep.items():
        put(f"bs.{k}.sep26", amount)
    # goodwill by segment (no changes in 2026)
    gw = {"qu": 86412, "hcn": 42806, "sws": 31218}
    for g, amount in gw.items():
        for d in DATES:
            put(f"gw.{g}.{d}", amount)
    for d in DATES:
        put(f"gw.total.{d}", s(*[f"gw.{g}.{d}" for g in gw]))
        put(f"bs.gw.{d}", v[f"gw.total.{d}"])
    # intangible assets
    put("int.gross.dec25", 41206)
    put("int.gross.sep26", 41206)
    put("int.indef", 6418)
    put("bs.intang.sep26", v["bs.intang.dec25"] - AMORT[2])
    for d in DATES:
        put(f"int.indef.{d}", v["int.indef"])
        put(f"int.net_fin.{d}", v[f"bs.intang.{d}"] - v["int.indef"])
        put(f"int.accum.{d}", v[f"int.net_fin.{d}"] - v[f"int.gross.{d}"])
    put("int.amort.q3_26", AMORT[0])
    put("int.amort.m9_26", AMORT[2])
    for n, amount in enumerate((806, 3224, 3224, 3018, 2612)):
        put(f"int.future.{n}", amount)
    # allowance for credit losses (nine months 2026 and 2025)
    acl = {"m9_26": (38412, -26218, 1612), "m9_25": (35806, -23906, 1418)}
    for p, (begin, wo, rec) in acl.items():
        put(f"acl.begin.{p}", begin)
        put(f"acl.prov.{p}", PROVISION[PERIODS.index(p)])
        put(f"acl.wo.{p}", wo)
        put(f"acl.rec.{p}", rec)
        put(f"acl.end.{p}", s(*[f"acl.{k}.{p}" for k in ("begin", "prov", "wo", "rec")]))
    put("acl.prov.q3_26", PROVISION[0])
    put("acl.prov.q3_25", PROVISION[1])
    put("rec.allow.dec25", v["acl.begin.m9_26"])
    put("rec.allow.sep26", v["acl.end.m9_26"])
    for d in DATES:
        put(f"rec.gross.{d}", v[f"bs.rec.{d}"] + v[f"rec.allow.{d}"])
        put(f"rec.allow_neg.{d}", -v[f"rec.allow.{d}"])
        put(f"rec.net.{d}", v[f"bs.rec.{d}"])
    # investments (available for sale): amortized cost, gross unrealized gains, gross unrealized losses
    inv_dec = {"ust": (98412, 206, -618), "corp": (76218, 312, -1106), "cp": (24806, 0, 0)}
    for k, (ac, gain, loss) in inv_dec.items():
        put(f"inv.{k}.ac.dec25", ac)
        put(f"inv.{k}.gain.dec25", gain)
        put(f"inv.{k}.loss.dec25", loss)
    put("inv.purch.m9_26", 142806)
    put("inv.mat.m9_26", 128412)
    inv_sep = {"ust": (104206, 318, -402), "corp": (82412, 406, None), "cp": (None, 0, 0)}
    ac_total_dec = s(*[f"inv.{k}.ac.dec25" for k in inv_dec])
    put("inv.all.ac.sep26", ac_total_dec + v["inv.purch.m9_26"] - v["inv.mat.m9_26"])
    unreal_dec = s(*[f"inv.{k}.{c}.dec25" for k in inv_dec for c in ("gain", "loss")])
    put("inv.unreal.sep26", unreal_dec + OCI_PRETAX["m9_26"])
    for k, (ac, gain, loss) in inv_sep.items():
        if ac is not None:
            put(f"inv.{k}.ac.sep26", ac)
        put(f"inv.{k}.gain.sep26", gain)
        if loss is not None:
            put(f"inv.{k}.loss.sep26", loss)
    put("inv.cp.ac.sep26", v["inv.all.ac.sep26"] - v["inv.ust.ac.sep26"] - v["inv.corp.ac.sep26"])
    put("inv.corp.loss.sep26", v["inv.unreal.sep26"] - v["inv.ust.gain.sep26"] - v["inv.ust.loss.sep26"]
        - v["inv.corp.gain.sep26"] - v["inv.cp.gain.sep26"] - v["inv.cp.loss.sep26"])
    for d in DATES:
        for k in inv_dec:
            put(f"inv.{k}.fv.{d}", s(*[f"inv.{k}.{c}.{d}" for c in ("ac", "gain", "loss")]))
        for c in ("ac", "gain", "loss", "fv"):
            put(f"inv.all.{c}.{d}", s(*[f"inv.{k}.{c}.{d}" for k in inv_dec]))
        put(f"bs.inv.{d}", v[f"inv.all.fv.{d}"])
    # property and equipment
    put("ppe.capex.m9_26", v["seg.capex.total.m9_26"])
    put("ppe.dep.m9_26", v["is.da.m9_26"] - AMORT[2])
    put("bs.ppe.sep26", v["bs.ppe.dec25"] + v["ppe.capex.m9_26"] - v["ppe.dep.m9_26"])
    # deferred taxes: the deferred provision and the tax on OCI
    put("cf.deferred.m9_26", -1806)
    put("bs.dta.sep26", v["bs.dta.dec25"] - v["cf.deferred.m9_26"] + OCI_TAX["m9_26"])
    # debt: term loan with quarterly amortization
    put("debt.tl.dec25", 180000)
    put("debt.repay.m9_26", -7500)
    put("debt.tl.sep26", v["debt.tl.dec25"] + v["debt.repay.m9_26"])
    put("debt.rcf.dec25", 0)
    put("debt.rcf.sep26", 0)
    put("debt.costs.dec25", -1812)
    put("debt.amort.m9_26", 306)
    put("debt.costs.sep26", v["debt.costs.dec25"] + v["debt.amort.m9_26"])
    for d in DATES:
        put(f"debt.principal.{d}", v[f"debt.tl.{d}"] + v[f"debt.rcf.{d}"])
        put(f"debt.total.{d}", v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"])
        put(f"bs.debt_cur.{d}", 10000)
        put(f"debt.current.{d}", -v[f"bs.debt_cur.{d}"])
        put(f"bs.debt.{d}", v[f"debt.total.{d}"] - v[f"bs.debt_cur.{d}"])
        put(f"debt.lt.{d}", v[f"bs.debt.{d}"])
    mat = {"r26": 2500, "y27": 10000, "y28": 10000}
    for k, amount in mat.items():
        put(f"debt.mat.{k}", amount)
    put("debt.mat.y29", v["debt.principal.sep26"] - s(*[f"debt.mat.{k}" for k in mat]))
    put("debt.mat.total", v["debt.principal.sep26"])
    put("debt.rcf_cap", 250000)
    put("debt.rate", "6.42")
    put("restr.rou.m9_26", 2812)
    put("restr.cash.m9_26", v["is.restr.m9_26"] - v["restr.rou.m9_26"])

    # ------------------------------------------------------------ nine-month cash flows
    p = "m9_26"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.da.{p}", v[f"is.da.{p}"])
    put(f"cf.sbc.{p}", v[f"eq.sbc.{p}"])
    put(f"cf.prov.{p}", v[f"acl.prov.{p}"])
    put(f"cf.impair.{p}", v["restr.rou.m9_26"])
    put(f"cf.debt_amort.{p}", v["debt.amort.m9_26"])
    put(f"cf.rec.{p}", v["bs.rec.dec25"] - v["bs.rec.sep26"] - v[f"acl.prov.{p}"])
    put(f"cf.prepaid.{p}", v["bs.prepaid.dec25"] - v["bs.prepaid.sep26"])
    put(f"cf.other_a.{p}", v["bs.other_a.dec25"] - v["bs.other_a.sep26"])
    put(f"cf.ap.{p}", v["bs.ap.sep26"] - v["bs.ap.dec25"])
    put(f"cf.accrued_comp.{p}", v["bs.accrued_comp.sep26"] - v["bs.accrued_comp.dec25"])
    put(f"cf.deferred_rev.{p}", v["bs.deferred_rev.sep26"] - v["bs.deferred_rev.dec25"])
    put(f"cf.lease.{p}", (v["bs.rou.dec25"] - v["bs.rou.sep26"] - v["restr.rou.m9_26"])
        + (v["bs.lease_cur.sep26"] + v["bs.lease.sep26"] - v["bs.lease_cur.dec25"] - v["bs.lease.dec25"]))
    put(f"cf.other_l.{p}", v["bs.other_l.sep26"] - v["bs.other_l.dec25"])
    put(f"cf.capex.{p}", -v["ppe.capex.m9_26"])
    put(f"cf.purch.{p}", -v["inv.purch.m9_26"])
    put(f"cf.mat.{p}", v["inv.mat.m9_26"])
    put(f"cf.debt_repay.{p}", v["debt.repay.m9_26"])
    put(f"cf.repo.{p}", v[f"eq.repo.{p}"])
    put(f"cf.espp.{p}", ESPP[2])
    put(f"cf.withheld.{p}", WITHHELD[2])
    cf25 = {"da": None, "sbc": None, "deferred": -1412, "prov": None, "impair": 0, "debt_amort": 306,
            "rec": -31806, "prepaid": -3612, "other_a": -806, "ap": 5218, "accrued_comp": -6412,
            "deferred_rev": 21806, "lease": -2418, "other_l": 412, "capex": None, "purch": -131206, "mat": 118418,
            "debt_repay": -7500}
    for k, amount in cf25.items():
        if amount is not None:
            put(f"cf.{k}.m9_25", amount)
    put("cf.ni.m9_25", v["is.ni.m9_25"])
    put("cf.da.m9_25", v["is.da.m9_25"])
    put("cf.sbc.m9_25", v["eq.sbc.m9_25"])
    put("cf.prov.m9_25", v["acl.prov.m9_25"])
    put("cf.capex.m9_25", -v["seg.capex.total.m9_25"])
    put("cf.repo.m9_25", v["eq.repo.m9_25"])
    put("cf.espp.m9_25", ESPP[3])
    put("cf.withheld.m9_25", WITHHELD[3])
    op = ("ni", "da", "sbc", "deferred", "prov", "impair", "debt_amort", "rec", "prepaid", "other_a", "ap",
          "accrued_comp", "deferred_rev", "lease", "other_l")
    invest = ("capex", "purch", "mat")
    fin = ("debt_repay", "repo", "espp", "withheld")
    put("cf.begin.m9_25", 466218)
    for per in ("m9_26", "m9_25"):
        cfo = put(f"cf.cfo.{per}", s(*[f"cf.{k}.{per}" for k in op]))
        cfi = put(f"cf.cfi.{per}", s(*[f"cf.{k}.{per}" for k in invest]))
        cff = put(f"cf.cff.{per}", s(*[f"cf.{k}.{per}" for k in fin]))
        put(f"cf.change.{per}", cfo + cfi + cff)
        put(f"ng.fcf.{per}", cfo + v[f"cf.capex.{per}"])
    put("cf.end.m9_25", v["cf.begin.m9_25"] + v["cf.change.m9_25"])
    put("cf.tax_paid.m9_26", 36412)
    put("cf.int_paid.m9_26", 10106)

    # ------------------------------------------------------------ balance sheet assembly
    for comp in moves:
        for d in DATES:
            put(f"bs.{comp}.{d}", v[f"eq.{comp}.{d}"])
    cur_assets = ("cash", "restricted", "inv", "rec", "prepaid")
    nc_assets = ("ppe", "rou", "gw", "intang", "dta", "other_a")
    cur_liab = ("ap", "accrued_comp", "deferred_rev", "lease_cur", "debt_cur")
    nc_liab = ("debt", "lease", "other_l")
    eq_keys = tuple(moves)
    for d in DATES:
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in cur_liab]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in nc_liab]))
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in eq_keys]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    put("bs.cash.dec25", v["bs.le.dec25"] - s(*[f"bs.{k}.dec25" for k in cur_assets if k != "cash"])
        - s(*[f"bs.{k}.dec25" for k in nc_assets]))
    put("cf.begin.m9_26", v["bs.cash.dec25"] + v["bs.restricted.dec25"])
    put("cf.end.m9_26", v["cf.begin.m9_26"] + v["cf.change.m9_26"])
    put("bs.cash.sep26", v["cf.end.m9_26"] - v["bs.restricted.sep26"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in cur_assets]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in nc_assets]))
        put(f"cf.cash_bs.{d}", v[f"bs.cash.{d}"])
        put(f"cf.restricted_bs.{d}", v[f"bs.restricted.{d}"])
        put(f"liq.cash.{d}", v[f"bs.cash.{d}"])
        put(f"liq.inv.{d}", v[f"bs.inv.{d}"])
        put(f"liq.total.{d}", v[f"bs.cash.{d}"] + v[f"bs.inv.{d}"])
        put(f"liq.debt.{d}", -v[f"debt.principal.{d}"])
        put(f"liq.net.{d}", v[f"liq.total.{d}"] + v[f"liq.debt.{d}"])

    # ------------------------------------------------------------ leases (undiscounted, September 30, 2026)
    lease = {"r26": 5412, "y27": 21206, "y28": 19818, "y29": 17406, "y30": 14212, "after": 40618}
    for k, amount in lease.items():
        put(f"lease.{k}", amount)
    put("lease.total", s(*[f"lease.{k}" for k in lease]))
    put("lease.liab", v["bs.lease_cur.sep26"] + v["bs.lease.sep26"])
    put("lease.interest", v["lease.liab"] - v["lease.total"])
    put("lease.cur", -v["bs.lease_cur.sep26"])
    put("lease.nc", v["bs.lease.sep26"])
    put("lease.cost.q3_26", 6218)
    put("lease.cost.m9_26", 18806)

    # ------------------------------------------------------------ restricted stock units (nine months 2026)
    rsu = {"begin": (1218, "41.62"), "granted": (612, "49.18"), "vested": (-486, "39.84"), "forfeited": (-88,
                                                                                              "44.06")}
    value = D(0)
    for k, (units, price) in rsu.items():
        put(f"rsu.{k}", units)
        put(f"rsu.price.{k}", price)
        value += D(units) * D(price)
    put("rsu.end", s(*[f"rsu.{k}" for k in rsu]))
    put("rsu.price.end", q(value / v["rsu.end"], 2))
    put("rsu.unrecognized", 38612)
    put("rsu.years", "2.1")

    # ------------------------------------------------------------ prose-only figures
    prose = {"reg.qu_9010": "78.4", "reg.hcn_9010": "71.2", "reg.qu_cdr": "6.8", "reg.hcn_cdr": "4.1",
             "mda.employees": 6412, "mda.faculty": 3806, "mda.programs": 214, "mda.employers": 412,
             "mda.guide_low": "1.23", "mda.guide_high": "1.25", "mda.nclex": "91.6", "debt.rcf_cap_m": "250.0",
             "rep.authorization_m": "200.0"}
    for k, amount in prose.items():
        put(k, amount)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    segs = list(SEGMENTS)
    for p in PERIODS:
        t.append((f"IS {p}: revenue = segments", v[f"is.rev.{p}"], s(*[f"seg.rev.{g}.{p}" for g in segs])))
        t.append((f"IS {p}: revenue = types", v[f"is.rev.{p}"], s(*[f"rev.{k}.all.{p}" for k in (
            "tuition", "mat", "other")])))
        t.append((f"IS {p}: operating income", v[f"is.oi.{p}"], v[f"is.rev.{p}"] - s(
            *[f"is.{k}.{p}" for k in EXPENSE_ORDER])))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.pretax.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"EPS {p}: basic", v[f"is.eps_basic.{p}"], q(v[f"is.ni.{p}"] / v[f"is.shares_basic.{p}"], 2)))
        t.append((f"EPS {p}: diluted", v[f"is.eps_diluted.{p}"], q(v[f"is.ni.{p}"] / v[f"is.shares_diluted.{p}"],
                                                                    2)))
        t.append((f"Segments {p}: operating income reconciles", v[f"is.oi.{p}"], s(
            f"seg.oi.total.{p}", f"seg.corp.{p}", f"seg.restr.{p}")))
        holds(f"Segments {p}: corporate costs negative", v[f"seg.corp.{p}"] < 0)
        holds(f"Segments {p}: corporate D&A positive", v[f"seg.da.corp.{p}"] > 0)
        t.append((f"CI {p}: comprehensive income", v[f"ci.total.{p}"], v[f"is.ni.{p}"] + v[f"ci.oci.{p}"]))
        t.append((f"Non-GAAP {p}: adjusted EBITDA", v[f"ng.adj_ebitda.{p}"], v[f"is.oi.{p}"] + v[f"is.da.{p}"]
                  + v[f"ng.sbc.{p}"] + v[f"is.restr.{p}"]))
        holds(f"Tuition {p}: positive", all(v[f"rev.tuition.{g}.{p}"] > 0 for g in segs))
    flows = ("ni", "oci", "sbc", "stock", "repo")
    for yr, (beg_q, end, beg_y) in (("26", ("jun26", "sep26", "dec25")), ("25", ("jun25", "sep25", "dec24"))):
        t.append((f"Equity 20{yr}: quarter roll", v[f"eq.total.{end}"], v[f"eq.total.{beg_q}"] + s(
            *[f"eq.{k}.q3_{yr}" for k in flows])))
        t.append((f"Equity 20{yr}: nine-month roll", v[f"eq.total.{end}"], v[f"eq.total.{beg_y}"] + s(
            *[f"eq.{k}.m9_{yr}" for k in flows])))
        t.append((f"Shares 20{yr}: quarter roll", v[f"sh.out.{end}"], v[f"sh.out.{beg_q}"] + v[f"sh.issued.q3_{yr}"]
                  + v[f"sh.repo.q3_{yr}"]))
        t.append((f"Shares 20{yr}: nine-month roll", v[f"sh.out.{end}"], v[f"sh.out.{beg_y}"]
                  + v[f"sh.issued.m9_{yr}"] + v[f"sh.repo.m9_{yr}"]))
        for per, lo_hi in ((f"q3_{yr}", (beg_q, end)), (f"m9_{yr}", (beg_y, end))):
            lo = min(v[f"sh.out.{lo_hi[0]}"], v[f"sh.out.{lo_hi[1]}"])
            hi = max(v[f"sh.out.{lo_hi[0]}"], v[f"sh.out.{lo_hi[1]}"])
            holds(f"Shares {per}: basic within outstanding range", lo <= v[f"is.shares_basic.{per}"] <= hi)
        t.append((f"CF 20{yr}: repurchases = equity", v[f"cf.repo.m9_{yr}"], v[f"eq.repo.m9_{yr}"]))
        t.append((f"CF 20{yr}: net income = statement", v[f"cf.ni.m9_{yr}"], v[f"is.ni.m9_{yr}"]))
        t.append((f"CF 20{yr}: stock flows = equity", v[f"cf.espp.m9_{yr}"] + v[f"cf.withheld.m9_{yr}"],
                  v[f"eq.stock.m9_{yr}"]))
        t.append((f"CF 20{yr}: provision = allowance roll", v[f"cf.prov.m9_{yr}"], v[f"acl.prov.m9_{yr}"]))
        t.append((f"ACL 20{yr}: roll", v[f"acl.end.m9_{yr}"], v[f"acl.begin.m9_{yr}"] + v[f"acl.prov.m9_{yr}"]
                  + v[f"acl.wo.m9_{yr}"] + v[f"acl.rec.m9_{yr}"]))
    for per in ("m9_26", "m9_25"):
        t.append((f"CF {per}: begin + change = end", v[f"cf.end.{per}"], v[f"cf.begin.{per}"] + s(
            f"cf.cfo.{per}", f"cf.cfi.{per}", f"cf.cff.{per}")))
        t.append((f"CF {per}: capex = segments", -v[f"cf.capex.{per}"], v[f"seg.capex.total.{per}"]))
        holds(f"CF {per}: ending cash positive", v[f"cf.end.{per}"] > 0)
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"BS {d}: equity = equity statement", v[f"bs.equity.{d}"], v[f"eq.total.{d}"]))
        t.append((f"BS {d}: investments = note", v[f"bs.inv.{d}"], v[f"inv.all.fv.{d}"]))
        t.append((f"BS {d}: receivables = gross less allowance", v[f"bs.rec.{d}"], v[f"rec.gross.{d}"]
                  + v[f"rec.allow_neg.{d}"]))
        t.append((f"BS {d}: intangibles", v[f"bs.intang.{d}"], v[f"int.gross.{d}"] + v[f"int.accum.{d}"]
                  + v[f"int.indef.{d}"]))
        t.append((f"BS {d}: debt", v[f"bs.debt.{d}"] + v[f"bs.debt_cur.{d}"], v[f"debt.principal.{d}"]
                  + v[f"debt.costs.{d}"]))
        t.append((f"Treasury shares {d}", v[f"sh.treasury.{d}"], v[f"sh.issued_total.{d}"] - v[f"sh.out.{d}"]))
        holds(f"BS {d}: cash positive", v[f"bs.cash.{d}"] > 0)
        holds(f"BS {d}: corporate unrealized losses negative", v[f"inv.corp.loss.{d}"] < 0)
        holds(f"BS {d}: AOCI close to after-tax unrealized", abs(v[f"bs.aoci.{d}"] - v[f"inv.all.gain.{d}"] * D(
            "0.745") - v[f"inv.all.loss.{d}"] * D("0.745")) < 5)
    t.append(("CF: end cash = balance sheet cash + restricted", v["cf.end.m9_26"], v["bs.cash.sep26"]
              + v["bs.restricted.sep26"]))
    t.append(("Investments roll (fair value)", v["bs.inv.sep26"], v["bs.inv.dec25"] - v["cf.purch.m9_26"]
              - v["cf.mat.m9_26"] + v["ci.oci_pretax.m9_26"]))
    t.append(("PP&E roll", v["bs.ppe.sep26"], v["bs.ppe.dec25"] - v["cf.capex.m9_26"] - v["ppe.dep.m9_26"]))
    t.append(("Intangibles roll", v["bs.intang.sep26"], v["bs.intang.dec25"] - v["int.amort.m9_26"]))
    t.append(("D&A = depreciation + amortization", v["is.da.m9_26"], v["ppe.dep.m9_26"] + v["int.amort.m9_26"]))
    t.append(("Deferred taxes roll", v["bs.dta.sep26"], v["bs.dta.dec25"] - v["cf.deferred.m9_26"]
              + v["ci.oci_tax.m9_26"]))
    t.append(("Debt maturities = principal", v["debt.mat.total"], v["debt.principal.sep26"]))
    t.append(("Debt: carrying change = repayments + amortization", v["debt.total.sep26"] - v["debt.total.dec25"],
              v["cf.debt_repay.m9_26"] + v["cf.debt_amort.m9_26"]))
    t.append(("Repurchases: Q3 monthly costs = equity statement", -v["eq.repo.q3_26"], s(
        "rep.cost.jul", "rep.cost.aug", "rep.cost.sep")))
    t.append(("Lease maturities less interest = liabilities", v["lease.total"] + v["lease.interest"],
              v["lease.liab"]))
    t.append(("Lease liabilities split", v["lease.liab"] + v["lease.cur"], v["lease.nc"]))
    t.append(("Allowance at September 30, 2026 = roll", v["rec.allow.sep26"], v["acl.end.m9_26"]))
    holds("Repurchase authorization remaining positive", v["rep.remaining.sep"] > 0)
    holds("Lease imputed interest negative", v["lease.interest"] < 0)
    holds("Q3 2026 share repurchases near the nine-month average price", D(45) < v["rep.cost.m9_26"]
          / -v["sh.repo.m9_26"] < D(55))
    return t
