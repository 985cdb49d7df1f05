"""Invented figures for Kestrelwick Software, Inc., Form 10-Q for the quarter ended September 30, 2026.

Amounts are $ thousands (whole numbers); shares in thousands; per-share amounts in $; customer counts whole numbers;
net revenue retention in percent. Periods: q26 / q25 are the three months and n26 / n25 the nine months ended
September 30, 2026 / 2025; balance sheet dates sep26 / dec25. Revenue by type builds total revenue, stock-based
compensation by line feeds the non-GAAP reconciliation; the December 31, 2025 balance sheet is given (accumulated
deficit balances it) and September 30, 2026 is derived through the nine-month cash flows and the deferred revenue,
deferred commission, property, intangible and equity roll-forwards, so the statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q26", "q25", "n26", "n25")
DATES = ("sep26", "dec25")
SBC_LINES = ("cos_sub", "cos_ps", "rd", "sm", "ga")


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# columns: q26, q25, n26, n25
REV_SUB = (187_426, 158_913, 539_284, 449_871)
REV_PS = (14_862, 15_437, 44_318, 46_205)
COS_SUB = (34_718, 31_604, 101_336, 91_827)
COS_PS = (13_905, 15_118, 42_574, 44_912)
RD = (46_215, 43_870, 137_942, 127_406)
SM = (72_384, 68_915, 214_607, 199_238)
GA = (26_941, 25_376, 79_865, 74_113)
INT_INC = (4_218, 3_862, 12_405, 11_294)
OTHER = (-612, 347, -1_184, -905)  # other income (expense), net
TAX = (2_146, 1_318, 5_902, 3_674)
SH_B = (68_412, 66_183, 67_905, 65_740)
SH_D = (71_236, 66_183, 70_814, 65_740)  # diluted equals basic in loss periods
SBC = {"cos_sub": (3_184, 2_791, 9_316, 8_047), "cos_ps": (1_462, 1_375, 4_288, 3_964),
       "rd": (11_847, 10_926, 34_915, 31_582), "sm": (10_638, 9_914, 31_207, 28_419),
       "ga": (8_215, 7_683, 24_106, 22_370)}
AMORT_INT = (1_850, 1_850, 5_550, 5_550)  # amortization of acquired intangibles (in cost of subscription)
RESTRUCT = (0, 2_416, 1_238, 2_416)  # restructuring in G&A
CFO3 = (58_742, 41_306)  # three-month operating cash flow (non-GAAP table only)
CAPEX3 = (-3_118, -2_894)
CAPSW3 = (-4_275, -3_860)
# nine months ended September 30, 2025 cash flow lines (2026 derives from the balance sheets)
CF25 = {"da": 15_942, "sbc": 94_382, "comm_am": 27_315, "dtax": 412, "ar": 18_906, "comm_add": -34_120,
        "prepaid": -3_287, "ap": 2_145, "accrued": -6_418, "defrev": -14_932, "capex": -8_214, "capsw": -11_376,
        "buy": -186_420, "mature": 171_835, "options": 9_842, "espp": 7_216, "taxw": -12_684}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for i, p in enumerate(PERIODS):
        put(f"is.rev_sub.{p}", REV_SUB[i])
        put(f"is.rev_ps.{p}", REV_PS[i])
        rev = put(f"is.rev.{p}", v[f"is.rev_sub.{p}"] + v[f"is.rev_ps.{p}"])
        put(f"is.cos_sub.{p}", COS_SUB[i])
        put(f"is.cos_ps.{p}", COS_PS[i])
        cos = put(f"is.cos.{p}", v[f"is.cos_sub.{p}"] + v[f"is.cos_ps.{p}"])
        gp = put(f"is.gp.{p}", rev - cos)
        put(f"is.rd.{p}", RD[i])
        put(f"is.sm.{p}", SM[i])
        put(f"is.ga.{p}", GA[i])
        opex = put(f"is.opex.{p}", s(f"is.rd.{p}", f"is.sm.{p}", f"is.ga.{p}"))
        oi = put(f"is.oi.{p}", gp - opex)
        put(f"is.int.{p}", INT_INC[i])
        put(f"is.oth.{p}", OTHER[i])
        pre = put(f"is.pretax.{p}", oi + v[f"is.int.{p}"] + v[f"is.oth.{p}"])
        put(f"is.tax.{p}", TAX[i])
        ni = put(f"is.ni.{p}", pre - v[f"is.tax.{p}"])
        put(f"is.sh_b.{p}", SH_B[i])
        put(f"is.sh_d.{p}", SH_D[i])
        put(f"is.eps_b.{p}", q(ni / v[f"is.sh_b.{p}"], 2))
        put(f"is.eps_d.{p}", q(ni / v[f"is.sh_d.{p}"], 2))
        # revenue by type (MD&A) with percent of total
        put(f"rt.sub.{p}", v[f"is.rev_sub.{p}"])
        put(f"rt.ps.{p}", v[f"is.rev_ps.{p}"])
        put(f"rt.total.{p}", rev)
        put(f"rt.subpct.{p}", pct(v[f"is.rev_sub.{p}"], rev))
        put(f"rt.pspct.{p}", pct(v[f"is.rev_ps.{p}"], rev))
        put(f"rt.totpct.{p}", "100.0")
        # stock-based compensation by line
        for k in SBC_LINES:
            put(f"sbc.{k}.{p}", SBC[k][i])
        sbc = put(f"sbc.total.{p}", s(*[f"sbc.{k}.{p}" for k in SBC_LINES]))
        # non-GAAP operating income
        put(f"ng.oi.{p}", oi)
        put(f"ng.sbc.{p}", sbc)
        put(f"ng.amort.{p}", AMORT_INT[i])
        put(f"ng.restr.{p}", RESTRUCT[i])
        ngoi = put(f"ng.ngoi.{p}", oi + sbc + v[f"ng.amort.{p}"] + v[f"ng.restr.{p}"])
        put(f"ng.margin.{p}", pct(ngoi, rev))
        put(f"mda.gmp.{p}", pct(gp, rev))
    for cur, prev in (("q26", "q25"), ("n26", "n25")):
        put(f"chg.rev.{cur}", pct(v[f"is.rev.{cur}"] - v[f"is.rev.{prev}"], v[f"is.rev.{prev}"]))
        put(f"chg.sub.{cur}", pct(v[f"is.rev_sub.{cur}"] - v[f"is.rev_sub.{prev}"], v[f"is.rev_sub.{prev}"]))
    # December 31, 2025 balance sheet (given)
    dec = {"cash": 284_617, "mkt": 412_385, "ar": 141_268, "comm_cur": 38_412, "prepaid": 24_906, "ppe": 47_318,
           "rou": 36_204, "comm_nc": 61_937, "gw": 182_460, "intang": 29_600, "other_a": 8_714, "ap": 9_872,
           "comp": 48_315, "accrued": 31_604, "defrev_cur": 318_742, "lease_cur": 9_846, "defrev_nc": 21_405,
           "lease_nc": 31_588, "other_l": 6_217, "cs": 68, "apic": 1_486_291, "aoci": -1_842}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    sep = {"ar": 128_744, "comm_cur": 41_206, "prepaid": 27_583, "ap": 11_405, "comp": 52_918, "accrued": 33_176,
           "defrev_cur": 309_517}
    for k, amount in sep.items():
        put(f"bs.{k}.sep26", amount)
    for k in ("rou", "gw", "other_a", "lease_cur", "lease_nc", "other_l", "cs", "aoci"):
        put(f"bs.{k}.sep26", v[f"bs.{k}.dec25"])
    # nine months ended September 30, 2026 cash flows
    p = "n26"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    dep = put("ppe.dep.n26", 12_683)
    put(f"cf.da.{p}", dep + v["ng.amort.n26"])
    put(f"cf.sbc.{p}", v["sbc.total.n26"])
    comm_am = put(f"cf.comm_am.{p}", 30_846)
    put(f"cf.dtax.{p}", 538)
    put(f"cf.ar.{p}", v["bs.ar.dec25"] - v["bs.ar.sep26"])
    comm_add = put(f"cf.comm_add.{p}", -37_925)
    put(f"cf.prepaid.{p}", v["bs.prepaid.dec25"] - v["bs.prepaid.sep26"])
    put(f"cf.ap.{p}", v["bs.ap.sep26"] - v["bs.ap.dec25"])
    put(f"cf.accrued.{p}", v["bs.comp.sep26"] - v["bs.comp.dec25"] + v["bs.accrued.sep26"] - v["bs.accrued.dec25"])
    put(f"cf.capex.{p}", -9_486)
    put(f"cf.capsw.{p}", -12_947)
    put(f"cf.buy.{p}", -204_318)
    put(f"cf.mature.{p}", 196_742)
    put(f"cf.options.{p}", 11_284)
    put(f"cf.espp.{p}", 8_127)
    put(f"cf.taxw.{p}", -15_906)
    # deferred revenue roll-forward: billings are derived from the closing balance
    put("dr.begin.q26", 318_264)
    put("dr.begin.n26", v["bs.defrev_cur.dec25"] + v["bs.defrev_nc.dec25"])
    put("dr.end.n26", 331_208)
    put("dr.end.q26", v["dr.end.n26"])
    for pp in ("q26", "n26"):
        put(f"dr.rec.{pp}", -v[f"is.rev.{pp}"])
        put(f"dr.bill.{pp}", v[f"dr.end.{pp}"] - v[f"dr.begin.{pp}"] - v[f"dr.rec.{pp}"])
    put(f"cf.defrev.{p}", v["dr.end.n26"] - v["dr.begin.n26"])
    put("bs.defrev_nc.sep26", v["dr.end.n26"] - v["bs.defrev_cur.sep26"])
    p = "n25"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    for k, amount in CF25.items():
        put(f"cf.{k}.{p}", amount)
    ops = ("ni", "da", "sbc", "comm_am", "dtax", "ar", "comm_add", "prepaid", "ap", "accrued", "defrev")
    for pp in ("n26", "n25"):
        put(f"cf.cfo.{pp}", s(*[f"cf.{k}.{pp}" for k in ops]))
        put(f"cf.cfi.{pp}", s(*[f"cf.{k}.{pp}" for k in ("capex", "capsw", "buy", "mature")]))
        put(f"cf.cff.{pp}", s(*[f"cf.{k}.{pp}" for k in ("options", "espp", "taxw")]))
        put(f"cf.change.{pp}", s(f"cf.cfo.{pp}", f"cf.cfi.{pp}", f"cf.cff.{pp}"))
    put("cf.begin.n26", v["bs.cash.dec25"])
    put("cf.end.n26", v["cf.begin.n26"] + v["cf.change.n26"])
    put("cf.end.n25", 268_473)
    put("cf.begin.n25", v["cf.end.n25"] - v["cf.change.n25"])
    put("bs.cash.sep26", v["cf.end.n26"])
    put("bs.mkt.sep26", v["bs.mkt.dec25"] - v["cf.buy.n26"] - v["cf.mature.n26"])
    put("bs.ppe.sep26", v["bs.ppe.dec25"] - v["cf.capex.n26"] - v["cf.capsw.n26"] - dep)
    put("bs.intang.sep26", v["bs.intang.dec25"] - v["ng.amort.n26"])
    comm_total = v["bs.comm_cur.dec25"] + v["bs.comm_nc.dec25"] - comm_add - comm_am
    put("bs.comm_nc.sep26", comm_total - v["bs.comm_cur.sep26"])
    put("bs.apic.sep26", v["bs.apic.dec25"] + v["cf.sbc.n26"] + v["cf.options.n26"] + v["cf.espp.n26"]
        + v["cf.taxw.n26"])
    # the deferred income tax change sits in other liabilities
    put("bs.other_l.sep26", v["bs.other_l.dec25"] + v["cf.dtax.n26"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "mkt", "ar", "comm_cur", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "rou", "comm_nc", "gw", "intang",
                                                                               "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "comp", "accrued", "defrev_cur", "lease_cur")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("defrev_nc", "lease_nc", "other_l")]))
    put("bs.deficit.dec25", v["bs.assets.dec25"] - v["bs.liab.dec25"] - s("bs.cs.dec25", "bs.apic.dec25",
                                                                          "bs.aoci.dec25"))
    put("bs.deficit.sep26", v["bs.deficit.dec25"] + v["is.ni.n26"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "aoci", "deficit")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # free cash flow (non-GAAP)
    put("fcf.cfo.q26", CFO3[0])
    put("fcf.cfo.q25", CFO3[1])
    put("fcf.capex.q26", CAPEX3[0])
    put("fcf.capex.q25", CAPEX3[1])
    put("fcf.capsw.q26", CAPSW3[0])
    put("fcf.capsw.q25", CAPSW3[1])
    for pp in ("n26", "n25"):
        put(f"fcf.cfo.{pp}", v[f"cf.cfo.{pp}"])
        put(f"fcf.capex.{pp}", v[f"cf.capex.{pp}"])
        put(f"fcf.capsw.{pp}", v[f"cf.capsw.{pp}"])
    for pp in PERIODS:
        put(f"fcf.fcf.{pp}", s(f"fcf.cfo.{pp}", f"fcf.capex.{pp}", f"fcf.capsw.{pp}"))
        put(f"fcf.margin.{pp}", pct(v[f"fcf.fcf.{pp}"], v[f"is.rev.{pp}"]))
    # remaining performance obligations
    rpo = {"sep26": (468_215, 327_960), "dec25": (441_308, 296_475)}
    for d, (cur, nc) in rpo.items():
        put(f"rpo.cur.{d}", cur)
        put(f"rpo.nc.{d}", nc)
        put(f"rpo.total.{d}", cur + nc)
    put("rpo.curpct.sep26", pct(v["rpo.cur.sep26"], v["rpo.total.sep26"]))
    # key metrics
    put("km.big.sep26", 1_284)
    put("km.big.sep25", 1_067)
    put("km.cust.sep26", 9_842)
    put("km.cust.sep25", 9_315)
    put("km.nrr.sep26", "114")
    put("km.nrr.sep25", "118")
    put("km.arr.sep26", 771_940)
    put("km.arr.sep25", 654_380)
    put("ops.employees", 3_126)
    put("rep.auth", 250_000)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for p in PERIODS:
        t.append((f"IS {p}: revenue = subscription + services", v[f"is.rev.{p}"], v[f"is.rev_sub.{p}"]
                  + v[f"is.rev_ps.{p}"]))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.rev.{p}"] - v[f"is.cos.{p}"] - v[f"is.rd.{p}"]
                  - v[f"is.sm.{p}"] - v[f"is.ga.{p}"] + v[f"is.int.{p}"] + v[f"is.oth.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"Non-GAAP {p}: operating income reconciles", v[f"ng.ngoi.{p}"], v[f"is.oi.{p}"]
                  + s(*[f"sbc.{k}.{p}" for k in SBC_LINES]) + v[f"ng.amort.{p}"] + v[f"ng.restr.{p}"]))
        holds(f"Revenue shares {p} sum to 100 within rounding",
              abs(v[f"rt.subpct.{p}"] + v[f"rt.pspct.{p}"] - 100) <= D("0.1"))
    for p in ("n26", "n25"):
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"], v[f"cf.begin.{p}"] + v[f"cf.change.{p}"]))
        holds(f"CF {p}: cash positive", v[f"cf.begin.{p}"] > 0 and v[f"cf.end.{p}"] > 0)
        t.append((f"CF {p}: stock-based compensation = by-line total", v[f"cf.sbc.{p}"], v[f"sbc.total.{p}"]))
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
    t.append(("Cash September 30, 2026 = cash flow end", v["bs.cash.sep26"], v["cf.end.n26"]))
    t.append(("Deferred revenue September 30, 2026 = roll-forward end", v["bs.defrev_cur.sep26"]
              + v["bs.defrev_nc.sep26"], v["dr.end.n26"]))
    t.append(("Deferred revenue December 31, 2025 = roll-forward begin", v["bs.defrev_cur.dec25"]
              + v["bs.defrev_nc.dec25"], v["dr.begin.n26"]))
    for p in ("q26", "n26"):
        t.append((f"Deferred revenue roll-forward {p}", v[f"dr.end.{p}"], v[f"dr.begin.{p}"] + v[f"dr.bill.{p}"]
                  + v[f"dr.rec.{p}"]))
    holds("Accumulated deficit negative", v["bs.deficit.dec25"] < 0 and v["bs.deficit.sep26"] < 0)
    holds("Deferred revenue noncurrent positive", v["bs.defrev_nc.sep26"] > 0)
    holds("Deferred commissions noncurrent positive", v["bs.comm_nc.sep26"] > 0)
    return t
