"""Invented figures for Halvecrest Scientific Corp., Form 10-Q for the quarter ended June 30, 2026.

Amounts are $ millions with one decimal; shares in millions. Periods: q26 / q25 are the three months ended June 30,
2026 / 2025 and h26 / h25 the six months ended on those dates; balance sheet dates jun26 / dec25. End-market revenue
builds total revenue (geography balances through "Rest of world"); the December 31, 2025 balance sheet is given
(retained earnings balances it) and June 30, 2026 is derived through the six-month cash flows, comprehensive income
and the goodwill, intangible, debt and equity roll-forwards, so the statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q26", "q25", "h26", "h25")
DATES = ("jun26", "dec25")
MARKETS = {"cardio": "Cardiovascular", "ortho": "Orthopedic and surgical", "diag": "Diagnostics and bioprocess",
           "neuro": "Neurovascular and other"}
REGIONS = {"us": "United States", "eu": "Europe", "apac": "Asia-Pacific"}
SEGMENTS = {"dms": "Device Manufacturing Services", "lst": "Life Science Tools"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


REV = {"cardio": ("148.6", "136.2", "291.4", "265.7"), "ortho": ("96.3", "99.8", "193.1", "197.4"),
       "diag": ("121.4", "108.7", "236.9", "214.3"), "neuro": ("42.9", "38.5", "84.2", "75.1")}
GEO = {"us": ("241.8", "229.4", "476.3", "449.6"), "eu": ("96.5", "88.9", "190.2", "174.1"),
       "apac": ("52.7", "47.3", "103.8", "93.2")}
COS = ("261.7", "251.3", "517.4", "494.6")
RD = ("18.4", "16.9", "36.2", "33.5")
SGA = ("52.3", "49.8", "104.1", "98.6")
AMORT = ("9.6", "9.8", "19.2", "19.6")
RESTR = ("3.8", "0.0", "7.1", "2.4")
INTEREST = ("14.2", "15.1", "28.7", "30.4")
OTHER = ("1.3", "-0.8", "2.1", "-1.5")
TAX = ("11.8", "8.2", "21.6", "15.3")
SH_B = ("52.4", "53.1", "52.6", "53.0")
SH_D = ("53.0", "53.6", "53.2", "53.5")
FX = ("6.4", "-3.7", "9.8", "-5.2")  # foreign currency translation adjustments
HEDGE = ("-0.9", "1.4", "-1.6", "2.2")  # net unrealized gain (loss) on cash flow hedges
DEP = ("12.7", "12.1", "25.1", "23.8")
SBC = ("5.2", "4.6", "10.3", "9.1")
ACQ_COSTS = ("0.0", "0.0", "1.8", "0.0")
CF25 = {"debtcost": "1.1", "sbc": "9.1", "dtax": "-2.4", "ar": "-14.6", "inv": "-9.8", "prepaid": "-1.2",
        "ap": "6.3", "accrued": "-8.7", "other": "1.5", "capex": "-31.4", "acq": "0.0", "term": "-15.0",
        "rcf_b": "25.0", "rcf_r": "-25.0", "repo": "-20.0", "taxw": "-3.6", "options": "2.1"}
GW = {"dms": ("684.3", "0.0", "4.1"), "lst": ("412.8", "27.4", "3.2")}  # Dec 31 2025, acquisition, translation


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    mk = list(MARKETS)
    for i, p in enumerate(PERIODS):
        for m in mk:
            put(f"em.{m}.{p}", REV[m][i])
        rev = put(f"is.rev.{p}", s(*[f"em.{m}.{p}" for m in mk]))
        put(f"em.total.{p}", rev)
        for g in REGIONS:
            put(f"geo.{g}.{p}", GEO[g][i])
        put(f"geo.row.{p}", rev - s(*[f"geo.{g}.{p}" for g in REGIONS]))
        put(f"geo.total.{p}", rev)
        for g in list(REGIONS) + ["row", "total"]:
            put(f"geo.share.{g}.{p}", pct(v[f"geo.{g}.{p}"], rev) if g != "total" else D("100.0"))
        put(f"is.cos.{p}", COS[i])
        gp = put(f"is.gp.{p}", rev - v[f"is.cos.{p}"])
        for k, arr in (("rd", RD), ("sga", SGA), ("amort", AMORT), ("restr", RESTR)):
            put(f"is.{k}.{p}", arr[i])
        put(f"is.opex.{p}", s(*[f"is.{k}.{p}" for k in ("rd", "sga", "amort", "restr")]))
        oi = put(f"is.oi.{p}", gp - v[f"is.opex.{p}"])
        put(f"is.int.{p}", INTEREST[i])
        put(f"is.oth.{p}", OTHER[i])
        pre = put(f"is.pretax.{p}", oi - v[f"is.int.{p}"] + v[f"is.oth.{p}"])
        put(f"is.tax.{p}", TAX[i])
        ni = put(f"is.ni.{p}", pre - v[f"is.tax.{p}"])
        put(f"is.sh_b.{p}", SH_B[i])
        put(f"is.sh_d.{p}", SH_D[i])
        put(f"is.eps_b.{p}", q(ni / v[f"is.sh_b.{p}"], 2))
        put(f"is.eps_d.{p}", q(ni / v[f"is.sh_d.{p}"], 2))
        put(f"ci.ni.{p}", ni)
        put(f"ci.fx.{p}", FX[i])
        put(f"ci.hedge.{p}", HEDGE[i])
        put(f"ci.oci.{p}", s(f"ci.fx.{p}", f"ci.hedge.{p}"))
        put(f"ci.total.{p}", ni + v[f"ci.oci.{p}"])
        put(f"mda.gmp.{p}", pct(gp, rev))
        # adjusted EBITDA reconciliation
        put(f"eb.ni.{p}", ni)
        put(f"eb.int.{p}", v[f"is.int.{p}"])
        put(f"eb.tax.{p}", v[f"is.tax.{p}"])
        put(f"eb.dep.{p}", DEP[i])
        put(f"eb.amort.{p}", v[f"is.amort.{p}"])
        put(f"eb.ebitda.{p}", s(*[f"eb.{k}.{p}" for k in ("ni", "int", "tax", "dep", "amort")]))
        put(f"eb.restr.{p}", v[f"is.restr.{p}"])
        put(f"eb.sbc.{p}", SBC[i])
        put(f"eb.acq.{p}", ACQ_COSTS[i])
        adj = put(f"eb.adj.{p}", s(*[f"eb.{k}.{p}" for k in ("ebitda", "restr", "sbc", "acq")]))
        put(f"eb.margin.{p}", pct(adj, rev))
    for base, new in (("q25", "q26"), ("h25", "h26")):
        for m in mk + ["total"]:
            put(f"em.chg.{m}.{new}", pct(v[f"em.{m}.{new}"] - v[f"em.{m}.{base}"], v[f"em.{m}.{base}"]))
        for k in ("rd", "sga"):
            put(f"chg.{k}.{new}", pct(v[f"is.{k}.{new}"] - v[f"is.{k}.{base}"], v[f"is.{k}.{base}"]))
    # December 31, 2025 balance sheet (given)
    dec = {"cash": "186.4", "ar": "241.7", "raw": "118.6", "wip": "64.3", "fg": "82.9", "prepaid": "37.5",
           "ppe": "512.8", "gw_dms": "684.3", "gw_lst": "412.8", "intang": "298.4", "rou": "71.6", "other_a": "44.2",
           "ap": "132.8", "accrued": "118.5", "debt_cur": "30.0", "opl_cur": "14.3", "debt_nc": "968.5",
           "opl_nc": "61.2", "dtax": "58.9", "other_l": "39.7", "capital": "842.6", "treasury": "-186.0",
           "aoci": "-23.8"}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    jun = {"ar": "258.3", "raw": "124.1", "wip": "69.8", "fg": "79.4", "prepaid": "39.2", "ap": "141.6",
           "accrued": "112.9", "debt_cur": "30.0", "other_l": "41.3"}
    for k, amount in jun.items():
        put(f"bs.{k}.jun26", amount)
    for k in ("rou", "opl_cur", "opl_nc"):
        put(f"bs.{k}.jun26", v[f"bs.{k}.dec25"])
    for d in DATES:
        for k in ("raw", "wip", "fg"):
            put(f"inv.{k}.{d}", v[f"bs.{k}.{d}"])
        put(f"bs.inv.{d}", s(f"bs.raw.{d}", f"bs.wip.{d}", f"bs.fg.{d}"))
        put(f"inv.total.{d}", v[f"bs.inv.{d}"])
    # goodwill roll-forward
    for g, (begin, acq, fx) in GW.items():
        put(f"gw.begin.{g}", begin)
        put(f"gw.acq.{g}", acq)
        put(f"gw.fx.{g}", fx)
        put(f"gw.end.{g}", s(f"gw.begin.{g}", f"gw.acq.{g}", f"gw.fx.{g}"))
    for k in ("begin", "acq", "fx", "end"):
        put(f"gw.{k}.total", s(f"gw.{k}.dms", f"gw.{k}.lst"))
    put("bs.gw.dec25", v["gw.begin.total"])
    put("bs.gw.jun26", v["gw.end.total"])
    put("acq.intang", "19.4")
    # six months ended June 30, 2026 cash flows
    p = "h26"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.dep.{p}", v[f"eb.dep.{p}"])
    put(f"cf.amort.{p}", v[f"is.amort.{p}"])
    put(f"cf.debtcost.{p}", "1.1")
    put(f"cf.sbc.{p}", v[f"eb.sbc.{p}"])
    put(f"cf.dtax.{p}", "-3.1")
    put(f"cf.ar.{p}", v["bs.ar.dec25"] - v["bs.ar.jun26"])
    put(f"cf.inv.{p}", v["bs.inv.dec25"] - v["bs.inv.jun26"])
    put(f"cf.prepaid.{p}", v["bs.prepaid.dec25"] - v["bs.prepaid.jun26"])
    put(f"cf.ap.{p}", v["bs.ap.jun26"] - v["bs.ap.dec25"])
    put(f"cf.accrued.{p}", v["bs.accrued.jun26"] - v["bs.accrued.dec25"])
    put(f"cf.other.{p}", v["bs.other_l.jun26"] - v["bs.other_l.dec25"])
    put(f"cf.capex.{p}", "-36.8")
    put(f"cf.acq.{p}", -(v["gw.acq.total"] + v["acq.intang"]))
    put(f"cf.term.{p}", "-15.0")
    put(f"cf.rcf_b.{p}", "40.0")
    put(f"cf.rcf_r.{p}", "-40.0")
    put(f"cf.repo.{p}", "-25.0")
    put(f"cf.taxw.{p}", "-4.2")
    put(f"cf.options.{p}", "3.4")
    p = "h25"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.dep.{p}", v[f"eb.dep.{p}"])
    put(f"cf.amort.{p}", v[f"is.amort.{p}"])
    for k, amount in CF25.items():
        put(f"cf.{k}.{p}", amount)
    ops = ("ni", "dep", "amort", "debtcost", "sbc", "dtax", "ar", "inv", "prepaid", "ap", "accrued", "other")
    for p in ("h26", "h25"):
        put(f"cf.cfo.{p}", s(*[f"cf.{k}.{p}" for k in ops]))
        put(f"cf.cfi.{p}", s(f"cf.capex.{p}", f"cf.acq.{p}"))
        put(f"cf.cff.{p}", s(*[f"cf.{k}.{p}" for k in ("term", "rcf_b", "rcf_r", "repo", "taxw", "options")]))
        put(f"cf.change.{p}", s(f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}"))
    put("cf.begin.h26", v["bs.cash.dec25"])
    put("cf.end.h26", v["cf.begin.h26"] + v["cf.change.h26"])
    put("cf.end.h25", "171.9")
    put("cf.begin.h25", v["cf.end.h25"] - v["cf.change.h25"])
    put("bs.cash.jun26", v["cf.end.h26"])
    put("bs.ppe.jun26", v["bs.ppe.dec25"] - v["cf.capex.h26"] - v["cf.dep.h26"])
    put("bs.intang.jun26", v["bs.intang.dec25"] + v["acq.intang"] - v["cf.amort.h26"])
    put("bs.other_a.jun26", v["bs.other_a.dec25"] + v["ci.oci.h26"] - v["gw.fx.total"])
    put("bs.dtax.jun26", v["bs.dtax.dec25"] + v["cf.dtax.h26"])
    put("bs.capital.jun26", v["bs.capital.dec25"] + v["cf.sbc.h26"] + v["cf.taxw.h26"] + v["cf.options.h26"])
    put("bs.treasury.jun26", v["bs.treasury.dec25"] + v["cf.repo.h26"])
    put("bs.aoci.jun26", v["bs.aoci.dec25"] + v["ci.oci.h26"])
    # debt note
    put("debt.term.dec25", "612.5")
    put("debt.notes.dec25", "400.0")
    put("debt.rcf.dec25", "0.0")
    put("debt.cost.dec25", "-14.0")
    put("debt.term.jun26", v["debt.term.dec25"] + v["cf.term.h26"])
    put("debt.notes.jun26", v["debt.notes.dec25"])
    put("debt.rcf.jun26", v["debt.rcf.dec25"] + v["cf.rcf_b.h26"] + v["cf.rcf_r.h26"])
    put("debt.cost.jun26", v["debt.cost.dec25"] + v["cf.debtcost.h26"])
    for d in DATES:
        put(f"debt.total.{d}", s(*[f"debt.{k}.{d}" for k in ("term", "notes", "rcf", "cost")]))
        put(f"debt.cur.{d}", -v[f"bs.debt_cur.{d}"])
        put(f"debt.lt.{d}", v[f"debt.total.{d}"] + v[f"debt.cur.{d}"])
    put("bs.debt_nc.jun26", v["debt.lt.jun26"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "ar", "inv", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "gw", "intang", "rou",
                                                                            "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "debt_cur", "opl_cur")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("debt_nc", "opl_nc", "dtax", "other_l")]))
    put("bs.re.dec25", v["bs.assets.dec25"] - v["bs.liab.dec25"] - s("bs.capital.dec25", "bs.treasury.dec25",
                                                                       "bs.aoci.dec25"))
    put("bs.re.jun26", v["bs.re.dec25"] + v["is.ni.h26"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("capital", "re", "treasury", "aoci")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # restructuring reserve (six months ended June 30, 2026)
    rs = {"sev": ("4.6", "5.2", "-6.1", "0.0"), "fac": ("1.9", "1.9", "-1.4", "-0.2")}
    for g, (begin, charge, paid, other) in rs.items():
        put(f"rs.begin.{g}", begin)
        put(f"rs.charge.{g}", charge)
        put(f"rs.paid.{g}", paid)
        put(f"rs.other.{g}", other)
        put(f"rs.end.{g}", s(f"rs.begin.{g}", f"rs.charge.{g}", f"rs.paid.{g}", f"rs.other.{g}"))
    for k in ("begin", "charge", "paid", "other", "end"):
        put(f"rs.{k}.total", s(f"rs.{k}.sev", f"rs.{k}.fac"))
    put("debt.term_rate", "7.08")
    put("debt.term_margin", "2.75")
    put("debt.rcf_size", "250.0")
    put("ops.backlog", "612.4")
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for p in PERIODS:
        t.append((f"IS {p}: revenue = end markets", v[f"is.rev.{p}"], s(*[f"em.{m}.{p}" for m in MARKETS])))
        t.append((f"IS {p}: revenue = regions", v[f"is.rev.{p}"], s(*[f"geo.{g}.{p}" for g in REGIONS],
                                                                     f"geo.row.{p}")))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.rev.{p}"] - s(*[f"is.{k}.{p}" for k in (
            "cos", "rd", "sga", "amort", "restr", "int", "tax")]) + v[f"is.oth.{p}"]))
        t.append((f"CI {p}: comprehensive income", v[f"ci.total.{p}"], v[f"is.ni.{p}"] + v[f"ci.fx.{p}"]
                  + v[f"ci.hedge.{p}"]))
        holds(f"Rest of world {p} positive", v[f"geo.row.{p}"] > 0)
        holds(f"Region shares {p} sum to 100 within rounding",
              abs(s(*[f"geo.share.{g}.{p}" for g in list(REGIONS) + ["row"]]) - 100) <= D("0.2"))
    for p in ("h26", "h25"):
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"], v[f"cf.begin.{p}"] + v[f"cf.change.{p}"]))
        holds(f"CF {p}: cash positive", v[f"cf.begin.{p}"] > 0 and v[f"cf.end.{p}"] > 0)
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"Debt {d}: note = balance sheet", v[f"debt.total.{d}"], v[f"bs.debt_cur.{d}"]
                  + v[f"bs.debt_nc.{d}"]))
        t.append((f"Inventories {d} = note", v[f"bs.inv.{d}"], s(f"inv.raw.{d}", f"inv.wip.{d}", f"inv.fg.{d}")))
    t.append(("Goodwill roll-forward", v["bs.gw.jun26"], v["bs.gw.dec25"] + v["gw.acq.total"] + v["gw.fx.total"]))
    t.append(("Restructuring charges = statement", v["rs.charge.total"], v["is.restr.h26"]))
    t.append(("Cash June 30, 2026 = cash flow end", v["bs.cash.jun26"], v["cf.end.h26"]))
    holds("Retained earnings positive", v["bs.re.dec25"] > 0)
    return t
