"""Invented figures for Corriveth Constructors Group, Inc., Form 10-K for the fiscal year ended December 31, 2025.

Amounts are $ thousands (whole numbers); shares in thousands except in the fourth-quarter repurchase table (whole
shares, $ per share with two decimals). Segment operating income, corporate expense and amortization build operating
income; segment revenue feeds the backlog roll-forward; the December 31, 2024 balance sheet is given (retained
earnings balances it) and December 31, 2025 is derived through the 2025 cash flows and the property, intangible,
debt and equity roll-forwards, so the statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
DATES = (2025, 2024)
SEGMENTS = {"infra": "Infrastructure", "energy": "Energy Transition", "gov": "Government Services"}
CONTRACTS = {"fp": "Fixed-price", "cr": "Cost-reimbursable", "tm": "Unit-price and time-and-materials"}
MONTHS = {"oct": "October 1 \u2013 31, 2025", "nov": "November 1 \u2013 30, 2025", "dec": "December 1 \u2013 31, 2025"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


SEG_REV = {"infra": (1842615, 1713480, 1598225), "energy": (1126340, 918755, 742610),
           "gov": (684920, 671305, 655140)}
SEG_OI = {"infra": (142870, 128415, 115960), "energy": (96215, 71640, 52385), "gov": (58430, 56975, 54210)}
CORP = (61280, 57930, 54615)
AMORT = (18460, 19125, 19840)
SGA = (248615, 231470, 219305)
INTEREST = (38740, 42915, 39860)
OTHER_INC = (4215, 3180, 2470)
TAX = (44870, 33915, 27240)
TAX_PARTS = {"fed": (29640, 22185, 17930), "state": (6815, 5420, 4610), "foreign": (3960, 3215, 2740),
             "dfed": (3420, 2380, 1475)}  # deferred state is the remainder
SHARES_B = (52418, 53105, 53690)
SHARES_D = (53062, 53774, 54318)
BACKLOG_BEGIN_2024 = {"infra": 3412800, "energy": 2086450, "gov": 1318600}
AWARDS = {2025: {"infra": 2116870, "energy": 1502460, "gov": 598315},
          2024: {"infra": 1905340, "energy": 1284615, "gov": 702180}}
ADJUST = {2025: {"infra": -56240, "energy": 23815, "gov": -27960},
          2024: {"infra": -42615, "energy": -18230, "gov": -11405}}
CONTRACT_REV = {"fp": (1596430, 1382615), "cr": (1417285, 1306040)}  # 2025, 2024; time-and-materials remainder
REPO = {"oct": (112450, "61.84"), "nov": (98760, "64.27"), "dec": (121305, "66.12")}
CF_OLD = {2024: {"dep": 49615, "dtax": 4870, "sbc": 13260, "dcost": 1520, "ar": -38415, "ca": -29730,
                 "prepaid": -2815, "other_a": -1640, "ap": 21370, "accrued": 8945, "cl": 31260, "other_l": 3415,
                 "capex": -58230, "sale": 3915, "acq": -86400, "rborrow": 285000, "rrepay": -240000,
                 "trepay": -25000, "repo": -61850, "div": -23895, "taxw": -3870},
          2023: {"dep": 46870, "dtax": 3150, "sbc": 12415, "dcost": 1520, "ar": -31260, "ca": -22480,
                 "prepaid": -1930, "other_a": -1215, "ap": 17640, "accrued": 6380, "cl": 24815, "other_l": 2140,
                 "capex": -52615, "sale": 2870, "acq": 0, "rborrow": 210000, "rrepay": -235000,
                 "trepay": -25000, "repo": -38460, "div": -21480, "taxw": -3315}}


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
            put(f"seg.oi.{g}.{y}", SEG_OI[g][i])
            put(f"seg.om.{g}.{y}", pct(v[f"seg.oi.{g}.{y}"], v[f"seg.rev.{g}.{y}"]))
        rev = put(f"is.rev.{y}", s(*[f"seg.rev.{g}.{y}" for g in segs]))
        put(f"seg.rev.total.{y}", rev)
        put(f"seg.oi.sum.{y}", s(*[f"seg.oi.{g}.{y}" for g in segs]))
        put(f"seg.corp.{y}", -CORP[i])
        put(f"seg.amort.{y}", -AMORT[i])
        oi = put(f"is.oi.{y}", v[f"seg.oi.sum.{y}"] + v[f"seg.corp.{y}"] + v[f"seg.amort.{y}"])
        put(f"seg.oi.total.{y}", oi)
        put(f"seg.om.total.{y}", pct(oi, rev))
        put(f"is.sga.{y}", SGA[i])
        put(f"is.amort.{y}", AMORT[i])
        gp = put(f"is.gp.{y}", oi + v[f"is.sga.{y}"] + v[f"is.amort.{y}"])
        put(f"is.cor.{y}", rev - gp)
        put(f"is.int.{y}", -INTEREST[i])
        put(f"is.oth.{y}", OTHER_INC[i])
        pre = put(f"is.pretax.{y}", oi + v[f"is.int.{y}"] + v[f"is.oth.{y}"])
        put(f"is.tax.{y}", TAX[i])
        ni = put(f"is.ni.{y}", pre - v[f"is.tax.{y}"])
        put(f"is.sh_b.{y}", SHARES_B[i])
        put(f"is.sh_d.{y}", SHARES_D[i])
        put(f"is.eps_b.{y}", q(ni / v[f"is.sh_b.{y}"], 2))
        put(f"is.eps_d.{y}", q(ni / v[f"is.sh_d.{y}"], 2))
        for k, amounts in TAX_PARTS.items():
            put(f"tax.{k}.{y}", amounts[i])
        put(f"tax.cur.{y}", s(f"tax.fed.{y}", f"tax.state.{y}", f"tax.foreign.{y}"))
        put(f"tax.dstate.{y}", v[f"is.tax.{y}"] - v[f"tax.cur.{y}"] - v[f"tax.dfed.{y}"])
        put(f"tax.def.{y}", s(f"tax.dfed.{y}", f"tax.dstate.{y}"))
        put(f"tax.total.{y}", v[f"is.tax.{y}"])
        put(f"tax.etr.{y}", pct(v[f"is.tax.{y}"], pre))
    put("chg.rev.2025", pct(v["is.rev.2025"] - v["is.rev.2024"], v["is.rev.2024"]))
    # backlog roll-forward
    for g in segs:
        put(f"bl.begin.{g}.2024", BACKLOG_BEGIN_2024[g])
    for y in (2024, 2025):
        for g in segs:
            if y == 2025:
                put(f"bl.begin.{g}.{y}", v[f"bl.end.{g}.2024"])
            put(f"bl.awards.{g}.{y}", AWARDS[y][g])
            put(f"bl.rev.{g}.{y}", -v[f"seg.rev.{g}.{y}"])
            put(f"bl.adj.{g}.{y}", ADJUST[y][g])
            put(f"bl.end.{g}.{y}", s(*[f"bl.{k}.{g}.{y}" for k in ("begin", "awards", "rev", "adj")]))
        for k in ("begin", "awards", "rev", "adj", "end"):
            put(f"bl.{k}.total.{y}", s(*[f"bl.{k}.{g}.{y}" for g in segs]))
        put(f"bl.btb.{y}", q(v[f"bl.awards.total.{y}"] / v[f"is.rev.{y}"], 2))
    put("bl.btb.energy.2025", q(v["bl.awards.energy.2025"] / v["seg.rev.energy.2025"], 2))
    put("bl.next12", "58.4")
    # revenue by contract type
    for i, y in enumerate(DATES):
        put(f"ct.fp.{y}", CONTRACT_REV["fp"][i])
        put(f"ct.cr.{y}", CONTRACT_REV["cr"][i])
        put(f"ct.tm.{y}", v[f"is.rev.{y}"] - v[f"ct.fp.{y}"] - v[f"ct.cr.{y}"])
        put(f"ct.total.{y}", v[f"is.rev.{y}"])
        for k in CONTRACTS:
            put(f"ct.pct.{k}.{y}", pct(v[f"ct.{k}.{y}"], v[f"is.rev.{y}"]))
        put(f"ct.pct.total.{y}", "100.0")
    # December 31, 2024 balance sheet (given)
    dec24 = {"cash": 186420, "ar": 548310, "ca": 412630, "prepaid": 38945, "ppe": 284615, "gw": 612480,
             "intang": 148960, "other_a": 71250, "ap": 386215, "accrued": 142580, "cl": 356480, "other_cl": 94370,
             "dtax": 58720, "other_l": 47315, "cs": 562, "apic": 682140, "treasury": -214380, "aoci": -18260}
    for k, amount in dec24.items():
        put(f"bs.{k}.2024", amount)
    dec25 = {"ar": 596840, "ca": 447215, "prepaid": 41370, "other_a": 74905, "ap": 402960, "accrued": 151235,
             "cl": 398760, "other_cl": 99815, "other_l": 49180}
    for k, amount in dec25.items():
        put(f"bs.{k}.2025", amount)
    for k in ("gw", "cs", "aoci"):
        put(f"bs.{k}.2025", v[f"bs.{k}.2024"])
    # debt (note 6)
    put("debt.rev.2024", 145000)
    put("debt.tl.2024", 500000)
    put("debt.cost.2024", -7600)
    # 2025 cash flows
    y = 2025
    put(f"cf.ni.{y}", v[f"is.ni.{y}"])
    put(f"cf.dep.{y}", 52380)
    put(f"cf.amort.{y}", v[f"is.amort.{y}"])
    put(f"cf.dtax.{y}", 6145)
    put(f"cf.sbc.{y}", 14870)
    put(f"cf.dcost.{y}", 1520)
    put(f"cf.ar.{y}", v["bs.ar.2024"] - v["bs.ar.2025"])
    put(f"cf.ca.{y}", v["bs.ca.2024"] - v["bs.ca.2025"])
    put(f"cf.prepaid.{y}", v["bs.prepaid.2024"] - v["bs.prepaid.2025"])
    put(f"cf.other_a.{y}", v["bs.other_a.2024"] - v["bs.other_a.2025"])
    put(f"cf.ap.{y}", v["bs.ap.2025"] - v["bs.ap.2024"])
    put(f"cf.accrued.{y}", v["bs.accrued.2025"] - v["bs.accrued.2024"])
    put(f"cf.cl.{y}", v["bs.cl.2025"] - v["bs.cl.2024"])
    put(f"cf.other_l.{y}", v["bs.other_cl.2025"] - v["bs.other_cl.2024"] + v["bs.other_l.2025"]
        - v["bs.other_l.2024"])
    put(f"cf.capex.{y}", -61475)
    put(f"cf.sale.{y}", 4830)
    put(f"cf.acq.{y}", 0)
    put(f"cf.rborrow.{y}", 310000)
    put(f"cf.rrepay.{y}", -345000)
    put(f"cf.trepay.{y}", -25000)
    put(f"cf.repo.{y}", -72640)
    put(f"cf.div.{y}", -26150)
    put(f"cf.taxw.{y}", -4210)
    for yy, lines in CF_OLD.items():
        put(f"cf.ni.{yy}", v[f"is.ni.{yy}"])
        put(f"cf.amort.{yy}", v[f"is.amort.{yy}"])
        for k, amount in lines.items():
            put(f"cf.{k}.{yy}", amount)
    ops = ("ni", "dep", "amort", "dtax", "sbc", "dcost", "ar", "ca", "prepaid", "other_a", "ap", "accrued", "cl",
           "other_l")
    for yy in YEARS:
        put(f"cf.da.{yy}", v[f"cf.dep.{yy}"] + v[f"cf.amort.{yy}"])
        put(f"cf.cfo.{yy}", s(*[f"cf.{k}.{yy}" for k in ops]))
        put(f"cf.cfi.{yy}", s(f"cf.capex.{yy}", f"cf.sale.{yy}", f"cf.acq.{yy}"))
        put(f"cf.cff.{yy}", s(*[f"cf.{k}.{yy}" for k in ("rborrow", "rrepay", "trepay", "repo", "div", "taxw")]))
        put(f"cf.change.{yy}", s(f"cf.cfo.{yy}", f"cf.cfi.{yy}", f"cf.cff.{yy}"))
    put("cf.end.2024", v["bs.cash.2024"])
    put("cf.begin.2024", v["cf.end.2024"] - v["cf.change.2024"])
    put("cf.end.2023", v["cf.begin.2024"])
    put("cf.begin.2023", v["cf.end.2023"] - v["cf.change.2023"])
    put("cf.begin.2025", v["bs.cash.2024"])
    put("cf.end.2025", v["cf.begin.2025"] + v["cf.change.2025"])
    put("bs.cash.2025", v["cf.end.2025"])
    put("bs.intang.2025", v["bs.intang.2024"] - v["cf.amort.2025"])
    put("bs.ppe.2025", v["bs.ppe.2024"] - v["cf.capex.2025"] - v["cf.dep.2025"] - v["cf.sale.2025"])
    put("bs.dtax.2025", v["bs.dtax.2024"] + v["cf.dtax.2025"])
    put("bs.apic.2025", v["bs.apic.2024"] + v["cf.sbc.2025"] + v["cf.taxw.2025"])
    put("bs.treasury.2025", v["bs.treasury.2024"] + v["cf.repo.2025"])
    put("debt.rev.2025", v["debt.rev.2024"] + v["cf.rborrow.2025"] + v["cf.rrepay.2025"])
    put("debt.tl.2025", v["debt.tl.2024"] + v["cf.trepay.2025"])
    put("debt.cost.2025", v["debt.cost.2024"] + v["cf.dcost.2025"])
    for d in DATES:
        put(f"debt.total.{d}", s(f"debt.rev.{d}", f"debt.tl.{d}", f"debt.cost.{d}"))
        put(f"debt.cur.{d}", -25000)
        put(f"debt.lt.{d}", v[f"debt.total.{d}"] + v[f"debt.cur.{d}"])
        put(f"bs.curdebt.{d}", -v[f"debt.cur.{d}"])
        put(f"bs.ltd.{d}", v[f"debt.lt.{d}"])
        put(f"bs.tca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "ar", "ca", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.tca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "gw", "intang", "other_a")]))
        put(f"bs.tcl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "cl", "curdebt", "other_cl")]))
        put(f"bs.liab.{d}", v[f"bs.tcl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ltd", "dtax", "other_l")]))
        put(f"cab.ca.{d}", v[f"bs.ca.{d}"])
        put(f"cab.cl.{d}", v[f"bs.cl.{d}"])
        put(f"cab.net.{d}", v[f"bs.ca.{d}"] - v[f"bs.cl.{d}"])
    put("bs.re.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - s(*[f"bs.{k}.2024" for k in (
        "cs", "apic", "treasury", "aoci")]))
    put("bs.re.2025", v["bs.re.2024"] + v["is.ni.2025"] + v["cf.div.2025"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "re", "treasury", "aoci")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    put("cab.rec_from_cl", 298415)
    # debt maturities at December 31, 2025
    mats = {"y2026": 25000, "y2027": 25000, "y2028": 25000, "y2030": 0}
    for k, amount in mats.items():
        put(f"mat.{k}", amount)
    put("mat.y2029", v["debt.rev.2025"] + v["debt.tl.2025"] - 75000)
    put("mat.total", s("mat.y2026", "mat.y2027", "mat.y2028", "mat.y2029", "mat.y2030"))
    put("rcf.size", 600000)
    put("rcf.lc", 41360)
    put("rcf.avail", v["rcf.size"] - v["debt.rev.2025"] - v["rcf.lc"])
    put("rcf.rate", "6.34")
    put("tl.rate", "6.71")
    # fourth-quarter repurchases
    put("rep.remaining.sep", 214500)
    prev = "rep.remaining.sep"
    for m, (shares, price) in REPO.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        put(f"rep.prog.{m}", shares)
        put(f"rep.remaining.{m}", v[prev] - q(v[f"rep.shares.{m}"] * v[f"rep.price.{m}"] / 1000, 0))
        prev = f"rep.remaining.{m}"
    put("rep.shares.total", s(*[f"rep.shares.{m}" for m in REPO]))
    put("rep.prog.total", v["rep.shares.total"])
    put("rep.price.total", q(sum((v[f"rep.shares.{m}"] * v[f"rep.price.{m}"] for m in REPO), D(0))
                             / v["rep.shares.total"], 2))
    # prose
    put("hc.employees", 9420)
    put("hc.craft", 5180)
    put("ops.projects", 1340)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for y in YEARS:
        t.append((f"IS {y}: revenue = segments", v[f"is.rev.{y}"], s(*[f"seg.rev.{g}.{y}" for g in SEGMENTS])))
        t.append((f"IS {y}: operating income = segments less corporate and amortization", v[f"is.oi.{y}"],
                  s(*[f"seg.oi.{g}.{y}" for g in SEGMENTS]) + v[f"seg.corp.{y}"] + v[f"seg.amort.{y}"]))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.rev.{y}"] - v[f"is.cor.{y}"] - v[f"is.sga.{y}"]
                  - v[f"is.amort.{y}"] + v[f"is.int.{y}"] + v[f"is.oth.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"Tax note {y} = provision", v[f"tax.cur.{y}"] + v[f"tax.def.{y}"], v[f"is.tax.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + v[f"cf.change.{y}"]))
        holds(f"CF {y}: cash positive", v[f"cf.begin.{y}"] > 0 and v[f"cf.end.{y}"] > 0)
    for y in DATES:
        t.append((f"Contract types {y} = revenue", s(*[f"ct.{k}.{y}" for k in CONTRACTS]), v[f"is.rev.{y}"]))
        holds(f"Contract types {y} positive", v[f"ct.tm.{y}"] > 0)
        t.append((f"BS {y}: assets = liabilities + equity", v[f"bs.assets.{y}"], v[f"bs.le.{y}"]))
        t.append((f"Debt {y}: current + long-term = total", v[f"bs.curdebt.{y}"] + v[f"bs.ltd.{y}"],
                  v[f"debt.total.{y}"]))
        t.append((f"Backlog {y}: total roll-forward", v[f"bl.end.total.{y}"], v[f"bl.begin.total.{y}"]
                  + v[f"bl.awards.total.{y}"] + v[f"bl.rev.total.{y}"] + v[f"bl.adj.total.{y}"]))
        t.append((f"Backlog {y}: revenue recognized = statement revenue", -v[f"bl.rev.total.{y}"],
                  v[f"is.rev.{y}"]))
    t.append(("Backlog 2025 begins at 2024 end", v["bl.begin.total.2025"], v["bl.end.total.2024"]))
    t.append(("Cash December 31, 2024 = cash flow end 2024", v["bs.cash.2024"], v["cf.end.2024"]))
    t.append(("Cash December 31, 2025 = cash flow end", v["bs.cash.2025"], v["cf.end.2025"]))
    t.append(("Maturities = principal outstanding", v["mat.total"], v["debt.rev.2025"] + v["debt.tl.2025"]))
    t.append(("Repurchase table: total shares", v["rep.shares.total"], s(*[f"rep.shares.{m}" for m in REPO])))
    holds("Repurchase authorization stays positive", v["rep.remaining.dec"] > 0)
    holds("Retained earnings positive", v["bs.re.2024"] > 0 and v["bs.re.2025"] > 0)
    holds("Deferred state tax is a plausible size", all(abs(v[f"tax.dstate.{y}"]) < 5000 for y in YEARS))
    return t
