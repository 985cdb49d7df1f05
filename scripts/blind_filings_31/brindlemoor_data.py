"""Invented figures for Brindlemoor Talent Partners, Inc., Form 10-K for the fiscal year ended December 31, 2025.

Amounts are $ thousands (whole numbers); shares in thousands; per-share amounts and bill rates in $; billable hours
in thousands. Segment revenue and gross profit build the statement of earnings; the December 31, 2024 balance sheet
is given (retained earnings balances it) and December 31, 2025 is derived through the 2025 cash flows and the
property, intangible, allowance, lease, revolver and equity roll-forwards, so the statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
DATES = (2025, 2024)
SEGMENTS = {"com": "Commercial Staffing", "pro": "Professional Placement", "msp": "Managed Services"}
HOURLY = ("com", "pro")  # segments billed by the hour (KPI table)


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- segment results (2025, 2024, 2023)
SEG_REV = {"com": (1184630, 1127415, 1062380), "pro": (486270, 512840, 478615), "msp": (312455, 271930, 238470)}
SEG_GP = {"com": (238145, 229810, 218930), "pro": (157620, 168375, 154290), "msp": (91860, 78415, 67240)}
HOURS = {"com": (38215, 37140, 35620), "pro": (5362, 5790, 5518)}  # billable hours, thousands
SGA = (338470, 327615, 306920)
DA = (26840, 24115, 22730)
INTEREST = (9860, 11425, 8310)
TAX = (26410, 24260, 24655)
SHARES_BASIC = (41862, 42518, 43107)
SHARES_DILUTED = (42315, 43026, 43690)
DPS_Q = {2025: ("0.27", "0.27", "0.27", "0.29"), 2024: ("0.25", "0.25", "0.25", "0.27"),
         2023: ("0.23", "0.23", "0.23", "0.25")}
DIV_PAID_Q = {2025: (11318, 11291, 11264, 12068), 2024: (10648, 10617, 10589, 11392),
              2023: (9935, 9912, 9891, 10731)}
ALLOW = {2025: {"prov": 6215, "wo": -5930, "rec": 640},
         2024: {"prov": 5840, "wo": -4815, "rec": 565},
         2023: {"prov": 4970, "wo": -4420, "rec": 505}}
LEASE_MAT = {"y2026": 15840, "y2027": 13620, "y2028": 11275, "y2029": 8930, "y2030": 6415, "after": 17860}
LEASE_COST = (17460, 16830, 15975)
# cash flow lines for 2024 and 2023 (2025 derives from the balance sheets)
CF_OLD = {2024: {"sbc": 11240, "ar": -31870, "prepaid": -2160, "ap": 3480, "payroll": 9615, "other_cl": 1230,
                 "lease": -640, "capex": -19840, "acq": -42500, "borrow": 96000, "repay": -71000, "repo": -30120,
                 "taxw": -3215},
          2023: {"sbc": 10420, "ar": -26540, "prepaid": -1470, "ap": 2940, "payroll": 7380, "other_cl": 860,
                 "lease": -510, "capex": -17325, "acq": 0, "borrow": 38000, "repay": -52000, "repo": -24680,
                 "taxw": -2890}}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    for i, y in enumerate(YEARS):
        for g in segs:
            put(f"seg.rev.{g}.{y}", SEG_REV[g][i])
            put(f"seg.gp.{g}.{y}", SEG_GP[g][i])
            put(f"seg.gm.{g}.{y}", pct(v[f"seg.gp.{g}.{y}"], v[f"seg.rev.{g}.{y}"]))
        rev = put(f"is.rev.{y}", s(*[f"seg.rev.{g}.{y}" for g in segs]))
        gp = put(f"is.gp.{y}", s(*[f"seg.gp.{g}.{y}" for g in segs]))
        put(f"seg.rev.total.{y}", rev)
        put(f"seg.gp.total.{y}", gp)
        put(f"seg.gm.total.{y}", pct(gp, rev))
        for g in segs:
            put(f"mix.{g}.{y}", pct(v[f"seg.rev.{g}.{y}"], rev))
        put(f"mix.total.{y}", "100.0")
        put(f"is.cos.{y}", rev - gp)
        put(f"is.sga.{y}", SGA[i])
        put(f"is.da.{y}", DA[i])
        oi = put(f"is.oi.{y}", gp - v[f"is.sga.{y}"] - v[f"is.da.{y}"])
        put(f"is.int.{y}", INTEREST[i])
        pre = put(f"is.pretax.{y}", oi - v[f"is.int.{y}"])
        put(f"is.tax.{y}", TAX[i])
        ni = put(f"is.ni.{y}", pre - v[f"is.tax.{y}"])
        put(f"is.sh_b.{y}", SHARES_BASIC[i])
        put(f"is.sh_d.{y}", SHARES_DILUTED[i])
        put(f"is.eps_b.{y}", q(ni / v[f"is.sh_b.{y}"], 2))
        put(f"is.eps_d.{y}", q(ni / v[f"is.sh_d.{y}"], 2))
        for n in range(4):
            put(f"div.dps.q{n + 1}.{y}", DPS_Q[y][n])
            put(f"div.paid.q{n + 1}.{y}", DIV_PAID_Q[y][n])
        put(f"is.dps.{y}", s(*[f"div.dps.q{n + 1}.{y}" for n in range(4)]))
        put(f"div.dps.total.{y}", v[f"is.dps.{y}"])
        put(f"div.paid.total.{y}", s(*[f"div.paid.q{n + 1}.{y}" for n in range(4)]))
        for g in HOURLY:
            put(f"kpi.hours.{g}.{y}", HOURS[g][i])
            put(f"kpi.rate.{g}.{y}", q(v[f"seg.rev.{g}.{y}"] / v[f"kpi.hours.{g}.{y}"], 2))
        put(f"kpi.hours.total.{y}", s(*[f"kpi.hours.{g}.{y}" for g in HOURLY]))
        put(f"lease.cost.{y}", LEASE_COST[i])
        put(f"mda.oim.{y}", pct(oi, rev))
    for cur, prev in ((2025, 2024), (2024, 2023)):
        put(f"chg.rev.{cur}", pct(v[f"is.rev.{cur}"] - v[f"is.rev.{prev}"], v[f"is.rev.{prev}"]))
    # allowance for credit losses
    put("alw.begin.2023", 12815)
    for y in (2023, 2024, 2025):
        if y != 2023:
            put(f"alw.begin.{y}", v[f"alw.end.{y - 1}"])
        put(f"alw.prov.{y}", ALLOW[y]["prov"])
        put(f"alw.wo.{y}", ALLOW[y]["wo"])
        put(f"alw.rec.{y}", ALLOW[y]["rec"])
        put(f"alw.end.{y}", s(*[f"alw.{k}.{y}" for k in ("begin", "prov", "wo", "rec")]))
    # December 31, 2024 balance sheet (given)
    dec24 = {"cash": 48215, "ar": 318460, "prepaid": 21370, "ppe": 61840, "rou": 58120, "gw": 214380,
             "intang": 47260, "other_a": 12940, "ap": 38715, "payroll": 142630, "lease_cur": 14120,
             "other_cl": 27480, "revolver": 118000, "lease_nc": 49360, "other_l": 16820, "cs": 428,
             "apic": 296150, "treasury": -188420}
    for k, amount in dec24.items():
        put(f"bs.{k}.2024", amount)
    dec25 = {"ar": 341270, "prepaid": 22940, "rou": 61050, "ap": 40310, "payroll": 151860, "lease_cur": 14885,
             "other_cl": 28630, "lease_nc": 51040, "other_l": 17410}
    for k, amount in dec25.items():
        put(f"bs.{k}.2025", amount)
    put("bs.gw.2025", v["bs.gw.2024"])
    put("bs.cs.2025", v["bs.cs.2024"])
    put("bs.other_a.2025", v["bs.other_a.2024"] + 410)
    # 2025 cash flows
    y = 2025
    put(f"cf.ni.{y}", v[f"is.ni.{y}"])
    put(f"cf.da.{y}", v[f"is.da.{y}"])
    put(f"cf.prov.{y}", v[f"alw.prov.{y}"])
    put(f"cf.sbc.{y}", 12085)
    put(f"cf.ar.{y}", v["bs.ar.2024"] - v["bs.ar.2025"] - v["cf.prov.2025"])
    put(f"cf.prepaid.{y}", v["bs.prepaid.2024"] - v["bs.prepaid.2025"])
    put(f"cf.ap.{y}", v["bs.ap.2025"] - v["bs.ap.2024"])
    put(f"cf.payroll.{y}", v["bs.payroll.2025"] - v["bs.payroll.2024"])
    put(f"cf.other_cl.{y}", v["bs.other_cl.2025"] - v["bs.other_cl.2024"] + v["bs.other_l.2025"]
        - v["bs.other_l.2024"] - (v["bs.other_a.2025"] - v["bs.other_a.2024"]))
    put(f"cf.lease.{y}", v["bs.lease_cur.2025"] + v["bs.lease_nc.2025"] - v["bs.lease_cur.2024"]
        - v["bs.lease_nc.2024"] - (v["bs.rou.2025"] - v["bs.rou.2024"]))
    put(f"cf.capex.{y}", -21630)
    put(f"cf.acq.{y}", 0)
    put(f"cf.borrow.{y}", 64000)
    put(f"cf.repay.{y}", -93000)
    put(f"cf.repo.{y}", -27460)
    put(f"cf.taxw.{y}", -3540)
    for yy, lines in CF_OLD.items():
        put(f"cf.ni.{yy}", v[f"is.ni.{yy}"])
        put(f"cf.da.{yy}", v[f"is.da.{yy}"])
        put(f"cf.prov.{yy}", v[f"alw.prov.{yy}"])
        for k, amount in lines.items():
            put(f"cf.{k}.{yy}", amount)
    ops = ("ni", "da", "prov", "sbc", "ar", "prepaid", "ap", "payroll", "other_cl", "lease")
    for yy in YEARS:
        put(f"cf.div.{yy}", -v[f"div.paid.total.{yy}"])
        put(f"cf.cfo.{yy}", s(*[f"cf.{k}.{yy}" for k in ops]))
        put(f"cf.cfi.{yy}", s(f"cf.capex.{yy}", f"cf.acq.{yy}"))
        put(f"cf.cff.{yy}", s(*[f"cf.{k}.{yy}" for k in ("borrow", "repay", "div", "repo", "taxw")]))
        put(f"cf.change.{yy}", s(f"cf.cfo.{yy}", f"cf.cfi.{yy}", f"cf.cff.{yy}"))
        put(f"fcf.{yy}", v[f"cf.cfo.{yy}"] + v[f"cf.capex.{yy}"])
    put("cf.begin.2025", v["bs.cash.2024"])
    put("cf.end.2025", v["cf.begin.2025"] + v["cf.change.2025"])
    put("cf.end.2024", v["bs.cash.2024"])
    put("cf.begin.2024", v["cf.end.2024"] - v["cf.change.2024"])
    put("cf.end.2023", v["cf.begin.2024"])
    put("cf.begin.2023", v["cf.end.2023"] - v["cf.change.2023"])
    put("bs.cash.2025", v["cf.end.2025"])
    amort = put("intang.amort.2025", 7420)
    put("bs.intang.2025", v["bs.intang.2024"] - amort)
    put("bs.ppe.2025", v["bs.ppe.2024"] - v["cf.capex.2025"] - (v["is.da.2025"] - amort))
    put("bs.revolver.2025", v["bs.revolver.2024"] + v["cf.borrow.2025"] + v["cf.repay.2025"])
    put("bs.apic.2025", v["bs.apic.2024"] + v["cf.sbc.2025"] + v["cf.taxw.2025"])
    put("bs.treasury.2025", v["bs.treasury.2024"] + v["cf.repo.2025"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "ar", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "rou", "gw", "intang",
                                                                               "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "payroll", "lease_cur", "other_cl")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("revolver", "lease_nc", "other_l")]))
        put(f"lease.liab.{d}", s(f"bs.lease_cur.{d}", f"bs.lease_nc.{d}"))
    put("bs.re.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - s("bs.cs.2024", "bs.apic.2024", "bs.treasury.2024"))
    put("bs.re.2025", v["bs.re.2024"] + v["is.ni.2025"] - v["div.paid.total.2025"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "re", "treasury")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # operating lease maturities at December 31, 2025
    for k, amount in LEASE_MAT.items():
        put(f"lease.{k}", amount)
    put("lease.undisc", s(*[f"lease.{k}" for k in LEASE_MAT]))
    put("lease.pv", v["lease.liab.2025"])
    put("lease.interest", v["lease.pv"] - v["lease.undisc"])
    put("lease.wal", "4.6")
    put("lease.rate", "5.3")
    # revolving credit facility
    put("rcf.size", 400000)
    put("rcf.lc", 18650)
    put("rcf.avail", v["rcf.size"] - v["bs.revolver.2025"] - v["rcf.lc"])
    put("rcf.rate", "6.12")
    # prose
    put("hc.internal", 7140)
    put("hc.placed", 96400)
    put("hc.branches", 312)
    put("div.next", "0.29")
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for y in YEARS:
        t.append((f"IS {y}: revenue = segments", v[f"is.rev.{y}"], s(*[f"seg.rev.{g}.{y}" for g in SEGMENTS])))
        t.append((f"IS {y}: gross profit = segments", v[f"is.gp.{y}"], s(*[f"seg.gp.{g}.{y}" for g in SEGMENTS])))
        t.append((f"IS {y}: net earnings", v[f"is.ni.{y}"], v[f"is.rev.{y}"] - v[f"is.cos.{y}"] - v[f"is.sga.{y}"]
                  - v[f"is.da.{y}"] - v[f"is.int.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + v[f"cf.change.{y}"]))
        t.append((f"Dividends {y}: cash flow = quarterly table", -v[f"cf.div.{y}"], v[f"div.paid.total.{y}"]))
        holds(f"CF {y}: cash positive", v[f"cf.begin.{y}"] > 0 and v[f"cf.end.{y}"] > 0)
        holds(f"Mix {y} sums to 100 within rounding", abs(s(*[f"mix.{g}.{y}" for g in SEGMENTS]) - 100) <= D("0.2"))
    for y in (2024, 2025):
        t.append((f"Allowance {y}: begin = prior end", v[f"alw.begin.{y}"], v[f"alw.end.{y - 1}"]))
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
    t.append(("Cash December 31, 2025 = cash flow end", v["bs.cash.2025"], v["cf.end.2025"]))
    t.append(("Lease maturities less interest = liabilities", v["lease.undisc"] + v["lease.interest"],
              v["bs.lease_cur.2025"] + v["bs.lease_nc.2025"]))
    holds("Imputed interest negative", v["lease.interest"] < 0)
    holds("Revolver balance positive", v["bs.revolver.2025"] > 0)
    holds("Retained earnings positive", v["bs.re.2024"] > 0)
    return t
