"""Invented figures for Corrisand Aerospace & Defense, Inc., Form 10-K for the fiscal year ended June 30, 2026.

Amounts are $ millions with one decimal; shares in millions with one decimal; per-share amounts in $. Fiscal years
end June 30 (fiscal 2026 = July 1, 2025 to June 30, 2026). Product and service revenue build the statement of
earnings; segment revenue and operating income reconcile to it; backlog rolls forward as opening backlog plus orders
less segment revenue. The June 30, 2025 balance sheet is given (retained earnings balances it); June 30, 2026 is
derived through the fiscal 2026 cash flow statement and the property, intangible, debt and equity roll-forwards.
Cash at the end of fiscal 2024 and 2023 is rolled back with the fiscal 2025 and 2024 flows.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2026, 2025, 2024)
BS_YEARS = (2026, 2025)
SEGMENTS = {"mis": "Mission Systems", "aero": "Aerostructures", "svc": "Sustainment Services"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 1) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- statement of earnings (2026, 2025, 2024)
REV = {"product": ("5412.6", "4987.3", "4601.8"), "service": ("1864.2", "1722.5", "1608.9")}
COSTS = {"cost_product": ("4318.4", "3992.1", "3705.6"), "cost_service": ("1502.7", "1391.8", "1306.2"),
         "ga": ("498.3", "472.6", "451.9"), "rd": ("142.8", "131.5", "118.4"), "amort": ("61.4", "63.2", "65.0")}
INT_EXP = ("-118.6", "-124.3", "-109.7")
OTHER = ("14.2", "0", "-6.8")
TAX = ("127.9", "108.4", "96.3")
SHARES_BASIC = ("48.6", "49.4", "50.1")
SHARES_DILUTED = ("49.1", "49.9", "50.6")
DEP = ("218.4", "204.7", "192.3")
OCI = ("12.4", "-6.2", "3.9")
# segments (Sustainment Services revenue and corporate operating loss are remainders)
SEG_REV = {"mis": ("3124.5", "2841.7", "2610.2"), "aero": ("2516.8", "2362.4", "2198.6")}
SEG_OI = {"mis": ("398.6", "341.2", "296.4"), "aero": ("231.4", "214.9", "188.7"), "svc": ("189.7", "168.3", "147.5")}
FIXED_PRICE = ("4870.1", "4466.2", "4112.5")  # cost-reimbursable is the remainder
US_GOV = ("5103.9", "4712.6", "4377.0")  # revenue from the U.S. government; other customers are the remainder
# backlog at June 30, 2025 and orders by fiscal year
BACKLOG_25 = {"mis": "7842.6", "aero": "6915.3", "svc": "2108.4"}
ORDERS = {"mis": ("3608.2", "3015.4"), "aero": ("2874.1", "2650.8"), "svc": ("1712.9", "1690.2")}
FUNDED = {"mis": ("4920.3", "4611.8"), "aero": ("5102.7", "4876.2"), "svc": ("1215.6", "1188.9")}
# cash flows of fiscal 2025 and 2024 (fiscal 2026 working capital derives from the balance sheets)
PRIOR_WC = {"rec": ("-38.4", "-52.1"), "ca": ("-96.3", "-71.8"), "inv": ("-44.9", "-58.6"),
            "other_ca": ("-6.1", "-9.4"), "other_a": ("-11.2", "-8.7"), "ap": ("31.7", "42.3"),
            "cl": ("58.9", "36.4"), "accrued": ("22.8", "19.5"), "other_l": ("9.6", "14.1")}
CAPEX = ("-246.8", "-231.2", "-208.5")
ACQ = ("0", "0", "-312.4")
SBC = ("48.7", "44.1", "40.5")
DEBT_AMORT = ("3.1", "3.4", "3.2")
DIVIDENDS = ("-96.2", "-88.9", "-81.7")
REPO = ("-310.5", "-265.0", "-198.4")
PROCEEDS_PRIOR = ("0", "600.0")
REPAY_PRIOR = ("-150.0", "-400.0")
COSTS_PRIOR = ("0", "-3.6")
REPURCHASES = {"apr": (182400, "141.26"), "may": (205150, "138.92"), "jun": (176300, "144.05")}


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
        rev = put(f"is.rev.{y}", s(f"is.product.{y}", f"is.service.{y}"))
        for k, vals in COSTS.items():
            put(f"is.{k}.{y}", vals[i])
        put(f"is.costs.{y}", s(*[f"is.{k}.{y}" for k in COSTS]))
        oi = put(f"is.oi.{y}", rev - v[f"is.costs.{y}"])
        put(f"is.int_exp.{y}", INT_EXP[i])
        put(f"is.other.{y}", OTHER[i])
        pretax = put(f"is.pretax.{y}", oi + v[f"is.int_exp.{y}"] + v[f"is.other.{y}"])
        put(f"is.tax.{y}", TAX[i])
        ni = put(f"is.ni.{y}", pretax - v[f"is.tax.{y}"])
        put(f"is.shares_basic.{y}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{y}", SHARES_DILUTED[i])
        put(f"is.eps_basic.{y}", q(ni / v[f"is.shares_basic.{y}"], 2))
        put(f"is.eps_diluted.{y}", q(ni / v[f"is.shares_diluted.{y}"], 2))
        put(f"is.dps.{y}", q(-D(DIVIDENDS[i]) / v[f"is.shares_basic.{y}"], 2))
        put(f"ci.ni.{y}", ni)
        put(f"ci.oci.{y}", OCI[i])
        put(f"ci.total.{y}", ni + v[f"ci.oci.{y}"])
        put(f"mda.rate.{y}", pct(v[f"is.tax.{y}"], pretax))
        # segments
        for g in ("mis", "aero"):
            put(f"seg.rev.{g}.{y}", SEG_REV[g][i])
        put(f"seg.rev.svc.{y}", rev - v[f"seg.rev.mis.{y}"] - v[f"seg.rev.aero.{y}"])
        put(f"seg.rev.total.{y}", rev)
        for g in segs:
            put(f"seg.oi.{g}.{y}", SEG_OI[g][i])
            put(f"seg.margin.{g}.{y}", pct(v[f"seg.oi.{g}.{y}"], v[f"seg.rev.{g}.{y}"]))
        put(f"seg.oi.corp.{y}", oi - s(*[f"seg.oi.{g}.{y}" for g in segs]))
        put(f"seg.oi.total.{y}", oi)
        put(f"rev.fixed.{y}", FIXED_PRICE[i])
        put(f"rev.cost.{y}", rev - v[f"rev.fixed.{y}"])
        put(f"rev.usg.{y}", US_GOV[i])
        put(f"rev.oth.{y}", rev - v[f"rev.usg.{y}"])
        put(f"rev.ctype.total.{y}", rev)
        put(f"mda.margin.{y}", pct(oi, rev))
    for y, prev in ((2026, 2025), (2025, 2024)):
        put(f"chg.rev.{y}", pct(v[f"is.rev.{y}"] - v[f"is.rev.{prev}"], v[f"is.rev.{prev}"]))
    # ------------------------------------------------------------ backlog
    for g in segs:
        put(f"bkl.total.{g}.2025", BACKLOG_25[g])
        put(f"ord.{g}.2026", ORDERS[g][0])
        put(f"ord.{g}.2025", ORDERS[g][1])
        put(f"bkl.total.{g}.2026", v[f"bkl.total.{g}.2025"] + v[f"ord.{g}.2026"] - v[f"seg.rev.{g}.2026"])
        put(f"bkl.total.{g}.2024", v[f"bkl.total.{g}.2025"] - v[f"ord.{g}.2025"] + v[f"seg.rev.{g}.2025"])
        for j, y in enumerate(BS_YEARS):
            put(f"bkl.funded.{g}.{y}", FUNDED[g][j])
            put(f"bkl.unfunded.{g}.{y}", v[f"bkl.total.{g}.{y}"] - v[f"bkl.funded.{g}.{y}"])
    for y in (2026, 2025):
        put(f"ord.total.{y}", s(*[f"ord.{g}.{y}" for g in segs]))
        for g in segs:
            put(f"bb.{g}.{y}", q(v[f"ord.{g}.{y}"] / v[f"seg.rev.{g}.{y}"], 2))
        put(f"bb.total.{y}", q(v[f"ord.total.{y}"] / v[f"is.rev.{y}"], 2))
    for y in BS_YEARS:
        for c in ("total", "funded", "unfunded"):
            put(f"bkl.{c}.all.{y}", s(*[f"bkl.{c}.{g}.{y}" for g in segs]))
    put("bkl.total.all.2024", s(*[f"bkl.total.{g}.2024" for g in segs]))
    put("bkl.next12", "5890.4")
    # ------------------------------------------------------------ June 30, 2025 balance sheet (given)
    bs25 = {"cash": "612.4", "rec": "884.1", "ca": "1276.5", "inv": "942.8", "other_ca": "148.6", "ppe": "1684.2",
            "gw": "2318.9", "intang": "486.0", "other_a": "312.7", "debt_cur": "650.0", "ap": "702.4",
            "cl": "968.3", "accrued": "618.5", "other_l": "544.2", "cs": "0.5", "apic": "1432.8", "aoci": "-88.4",
            "treasury": "-1246.9"}
    for k, amount in bs25.items():
        put(f"bs.{k}.2025", amount)
    bs26 = {"rec": "931.7", "ca": "1398.2", "inv": "1004.6", "other_ca": "161.3", "other_a": "329.5",
            "ap": "748.9", "cl": "1052.7", "accrued": "655.1", "other_l": "561.8", "debt_cur": "150.0"}
    for k, amount in bs26.items():
        put(f"bs.{k}.2026", amount)
    put("bs.gw.2026", v["bs.gw.2025"])
    put("bs.cs.2026", v["bs.cs.2025"])
    # debt instruments: principal at June 30, 2025 and fiscal 2026 movements (proceeds, repayments)
    debt = {"tla": ("600.0", "0", "-150.0"), "n26": ("500.0", "0", "-500.0"), "n28": ("500.0", "0", "0"),
            "n30": ("750.0", "0", "0"), "n34": ("0", "400.0", "0")}
    for k, (bal, proceeds, repay) in debt.items():
        put(f"debt.{k}.2025", bal)
        put(f"debt.{k}.2026", D(bal) + D(proceeds) + D(repay))
        put(f"debt.proc.{k}", proceeds)
        put(f"debt.repay.{k}", repay)
    for y in BS_YEARS:
        put(f"debt.principal.{y}", s(*[f"debt.{k}.{y}" for k in debt]))
    put("debt.costs.2025", "-14.6")
    put("cf.debt_costs.2026", "-4.2")
    put("debt.costs.2026", v["debt.costs.2025"] + v["cf.debt_costs.2026"] + D(DEBT_AMORT[0]))
    for y in BS_YEARS:
        put(f"debt.total.{y}", v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"])
        put(f"debt.cur.{y}", -v[f"bs.debt_cur.{y}"])
        put(f"debt.lt.{y}", v[f"debt.total.{y}"] - v[f"bs.debt_cur.{y}"])
        put(f"bs.debt_lt.{y}", v[f"debt.lt.{y}"])
    mats = {"2027": "150.0", "2028": "650.0", "2029": "150.0", "2030": "750.0", "2031": "0"}
    for k, amount in mats.items():
        put(f"debt.mat.{k}", amount)
    put("debt.mat.after", v["debt.principal.2026"] - s(*[f"debt.mat.{k}" for k in mats]))
    put("debt.mat.total", v["debt.principal.2026"])
    put("debt.rcf_commit", "1250.0")
    put("debt.rcf_lc", "38.5")
    put("debt.rcf_avail", v["debt.rcf_commit"] - v["debt.rcf_lc"])
    # ------------------------------------------------------------ cash flows
    for i, y in enumerate(YEARS):
        put(f"cf.ni.{y}", v[f"is.ni.{y}"])
        put(f"cf.dep.{y}", DEP[i])
        put(f"cf.amort.{y}", v[f"is.amort.{y}"])
        put(f"cf.sbc.{y}", SBC[i])
        put(f"cf.debt_amort.{y}", DEBT_AMORT[i])
        put(f"cf.capex.{y}", CAPEX[i])
        put(f"cf.acq.{y}", ACQ[i])
        put(f"cf.div.{y}", DIVIDENDS[i])
        put(f"cf.repo.{y}", REPO[i])
        put(f"cf.fx.{y}", OCI[i])
    for i, y in enumerate((2025, 2024)):
        for k, vals in PRIOR_WC.items():
            put(f"cf.{k}.{y}", vals[i])
        put(f"cf.proceeds.{y}", PROCEEDS_PRIOR[i])
        put(f"cf.repay.{y}", REPAY_PRIOR[i])
        put(f"cf.debt_costs.{y}", COSTS_PRIOR[i])
    for k in ("rec", "ca", "inv", "other_ca", "other_a"):
        put(f"cf.{k}.2026", v[f"bs.{k}.2025"] - v[f"bs.{k}.2026"])
    for k in ("ap", "cl", "accrued", "other_l"):
        put(f"cf.{k}.2026", v[f"bs.{k}.2026"] - v[f"bs.{k}.2025"])
    put("cf.proceeds.2026", s(*[f"debt.proc.{k}" for k in debt]))
    put("cf.repay.2026", s(*[f"debt.repay.{k}" for k in debt]))
    wc = list(PRIOR_WC)
    for y in YEARS:
        put(f"cf.cfo.{y}", s(*[f"cf.{k}.{y}" for k in ["ni", "dep", "amort", "sbc", "debt_amort"] + wc]))
        put(f"cf.cfi.{y}", s(f"cf.capex.{y}", f"cf.acq.{y}"))
        put(f"cf.cff.{y}", s(*[f"cf.{k}.{y}" for k in ("proceeds", "repay", "debt_costs", "div", "repo")]))
        put(f"cf.change.{y}", s(f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}", f"cf.fx.{y}"))
        put(f"fcf.{y}", v[f"cf.cfo.{y}"] + v[f"cf.capex.{y}"])
    put("cf.begin.2026", v["bs.cash.2025"])
    put("cf.end.2026", v["bs.cash.2025"] + v["cf.change.2026"])
    put("cf.end.2025", v["bs.cash.2025"])
    put("cf.begin.2025", v["bs.cash.2025"] - v["cf.change.2025"])
    put("cf.end.2024", v["cf.begin.2025"])
    put("cf.begin.2024", v["cf.end.2024"] - v["cf.change.2024"])
    put("bs.cash.2026", v["cf.end.2026"])
    put("cf.int_paid.2026", "112.9")
    put("cf.tax_paid.2026", "131.6")
    put("bs.ppe.2026", v["bs.ppe.2025"] - v["cf.capex.2026"] - v["cf.dep.2026"])
    put("bs.intang.2026", v["bs.intang.2025"] - v["is.amort.2026"])
    put("bs.apic.2026", v["bs.apic.2025"] + v["cf.sbc.2026"])
    put("bs.aoci.2026", v["bs.aoci.2025"] + v["ci.oci.2026"])
    put("bs.treasury.2026", v["bs.treasury.2025"] + v["cf.repo.2026"])
    for y in BS_YEARS:
        put(f"bs.cas.{y}", s(*[f"bs.{k}.{y}" for k in ("cash", "rec", "ca", "inv", "other_ca")]))
        put(f"bs.assets.{y}", v[f"bs.cas.{y}"] + s(*[f"bs.{k}.{y}" for k in ("ppe", "gw", "intang", "other_a")]))
        put(f"bs.cls.{y}", s(*[f"bs.{k}.{y}" for k in ("debt_cur", "ap", "cl", "accrued")]))
        put(f"bs.liab.{y}", v[f"bs.cls.{y}"] + s(f"bs.debt_lt.{y}", f"bs.other_l.{y}"))
    put("bs.re.2025", v["bs.assets.2025"] - v["bs.liab.2025"] - s(*[f"bs.{k}.2025" for k in (
        "cs", "apic", "aoci", "treasury")]))
    put("bs.re.2026", v["bs.re.2025"] + v["is.ni.2026"] + v["cf.div.2026"])
    for y in BS_YEARS:
        put(f"bs.equity.{y}", s(*[f"bs.{k}.{y}" for k in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"bs.le.{y}", v[f"bs.liab.{y}"] + v[f"bs.equity.{y}"])
        put(f"cx.ca.{y}", v[f"bs.ca.{y}"])
        put(f"cx.cl.{y}", -v[f"bs.cl.{y}"])
        put(f"cx.net.{y}", v[f"bs.ca.{y}"] - v[f"bs.cl.{y}"])
    put("cx.rec_from_cl", "702.6")
    # ------------------------------------------------------------ share repurchases
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
    put("rep.shares.q4", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.q4", q(sum((D(a) * D(b) for a, b in REPURCHASES.values()), D(0)) / v["rep.shares.q4"], 2))
    remaining = D("1500.0") - D("1011.8")
    for m, (shares, price) in REPURCHASES.items():
        remaining -= q(D(shares) * D(price) / 1000000, 1)
        put(f"rep.remaining.{m}", remaining)
    put("sh.repo.2026", "2.2")
    put("mda.headcount", "17640")
    put("mda.cleared", "6920")
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
        t.append((f"IS {y}: revenue = contract types", v[f"is.rev.{y}"], v[f"rev.fixed.{y}"] + v[f"rev.cost.{y}"]))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.rev.{y}"] - v[f"is.costs.{y}"]
                  + v[f"is.int_exp.{y}"] + v[f"is.other.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"Segments {y}: operating income", v[f"is.oi.{y}"], s(*[f"seg.oi.{g}.{y}" for g in segs])
                  + v[f"seg.oi.corp.{y}"]))
        holds(f"Segments {y}: corporate loss, positive remainders", v[f"seg.oi.corp.{y}"] < 0
              and v[f"seg.rev.svc.{y}"] > 0 and v[f"rev.cost.{y}"] > 0 and v[f"rev.oth.{y}"] > 0)
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + v[f"cf.change.{y}"]))
        holds(f"CF {y}: cash positive", v[f"cf.begin.{y}"] > 0 and v[f"cf.end.{y}"] > 0)
    for y in BS_YEARS:
        t.append((f"BS {y}: assets = liabilities + equity", v[f"bs.assets.{y}"], v[f"bs.le.{y}"]))
        t.append((f"BS {y}: debt = note", v[f"bs.debt_cur.{y}"] + v[f"bs.debt_lt.{y}"], v[f"debt.total.{y}"]))
        t.append((f"Backlog {y}: funded + unfunded", v[f"bkl.total.all.{y}"],
                  v[f"bkl.funded.all.{y}"] + v[f"bkl.unfunded.all.{y}"]))
        holds(f"Backlog {y}: unfunded positive", all(v[f"bkl.unfunded.{g}.{y}"] > 0 for g in segs))
    for g in segs:
        t.append((f"Backlog roll {g}", v[f"bkl.total.{g}.2026"], v[f"bkl.total.{g}.2025"] + v[f"ord.{g}.2026"]
                  - v[f"seg.rev.{g}.2026"]))
    t.append(("Cash 2026 = balance sheet", v["bs.cash.2026"], v["cf.end.2026"]))
    t.append(("Maturities = principal", v["debt.mat.total"], v["debt.principal.2026"]))
    t.append(("Current debt = next-year maturity", v["bs.debt_cur.2026"], v["debt.mat.2027"]))
    holds("Retained earnings positive", v["bs.re.2025"] > 0)
    holds("Next-12-month backlog below funded", v["bkl.next12"] < v["bkl.funded.all.2026"])
    holds("Q4 repurchases within annual", v["rep.shares.q4"] * v["rep.price.q4"] / 1000000 < -v["cf.repo.2026"])
    holds("Remaining authorization positive", v["rep.remaining.jun"] > 0)
    return t
