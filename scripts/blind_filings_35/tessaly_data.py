"""Invented figures for Tessaly Pay Holdings, Inc., Form 10-Q for the quarter ended March 31, 2026.

Amounts are $ thousands (whole numbers); gross merchandise volume in $ thousands; active consumers and merchants in
thousands and units; per-share amounts in dollars (two decimals); shares in thousands. Periods q26 / q25 are the
three months ended March 31, 2026 / 2025; balance sheet dates mar26 / dec25. Revenue types build total revenue; the
December 31, 2025 balance sheet is given (accumulated deficit balances it) and March 31, 2026 is derived through the
three-month cash flows and the loan, allowance, funding debt, property and equity roll-forwards, so the statements
tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q26", "q25")
DATES = ("mar26", "dec25")
REVENUE = {"fees": "Merchant fees", "interest": "Interest income on loans receivable", "other": "Other revenue"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


REV = {"fees": (98742, 78911), "interest": (64385, 49207), "other": (11928, 8314)}
OPEX = {"funding": (27846, 22519), "provision": (39512, 31806), "processing": (18447, 15263),
        "tech": (26318, 23740), "sales": (21605, 19872), "ga": (24918, 22476)}
OTHER = (2184, -2318)
TAX = (1214, 486)
SHARES_B = (112846, 104519)
SHARES_D = (118207, 104519)  # a loss quarter has no dilution
GMV = (2846318, 2204775)
ACTIVE = (7482, 6115)
TXN = ("14.6", "12.9")
MERCHANTS = (41260, 33870)
DA = (6184, 5307)
SBC = (14927, 13215)
# allowance for credit losses roll-forward
ALW = {"q26": {"begin": 86420, "co": -41876, "rec": 5318}, "q25": {"begin": 68905, "co": -33412, "rec": 4207}}
LOANS_Q25 = (1268440, 1216380)  # loans receivable at amortized cost, March 31, 2025 and December 31, 2024
# three months ended March 31, 2025 cash flow lines
CF25 = {"dfee": 468, "merch_rec": -3872, "other_a": -2114, "ap": 4318, "merch_pay": 12645, "other_l": 1187,
        "orig": -85472, "capex": -7218, "sec_iss": 300000, "sec_rep": -48260, "wh_b": 142300, "wh_r": -296800,
        "fees_paid": -2104, "opt": 1346, "taxw": -2871}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for i, p in enumerate(PERIODS):
        for k in REVENUE:
            put(f"is.{k}.{p}", REV[k][i])
        rev = put(f"is.rev.{p}", s(*[f"is.{k}.{p}" for k in REVENUE]))
        for k in REVENUE:
            put(f"mix.{k}.{p}", pct(v[f"is.{k}.{p}"], rev))
            put(f"rt.{k}.{p}", v[f"is.{k}.{p}"])
        put(f"rt.total.{p}", rev)
        put(f"mix.total.{p}", "100.0")
        for k in OPEX:
            put(f"is.{k}.{p}", OPEX[k][i])
        put(f"is.opex.{p}", s(*[f"is.{k}.{p}" for k in OPEX]))
        oi = put(f"is.oi.{p}", rev - v[f"is.opex.{p}"])
        put(f"is.oth.{p}", OTHER[i])
        pre = put(f"is.pretax.{p}", oi + v[f"is.oth.{p}"])
        put(f"is.tax.{p}", TAX[i])
        ni = put(f"is.ni.{p}", pre - v[f"is.tax.{p}"])
        put(f"is.sh_b.{p}", SHARES_B[i])
        put(f"is.sh_d.{p}", SHARES_D[i])
        put(f"is.eps_b.{p}", q(ni * 1 / v[f"is.sh_b.{p}"], 2))
        put(f"is.eps_d.{p}", q(ni * 1 / v[f"is.sh_d.{p}"], 2))
        # key metrics
        put(f"km.gmv.{p}", GMV[i])
        put(f"km.active.{p}", ACTIVE[i])
        put(f"km.txn.{p}", TXN[i])
        put(f"km.merchants.{p}", MERCHANTS[i])
        # non-GAAP
        put(f"ng.oi.{p}", oi)
        put(f"ng.sbc.{p}", SBC[i])
        put(f"ng.da.{p}", DA[i])
        aoi = put(f"ng.aoi.{p}", oi + v[f"ng.sbc.{p}"] + v[f"ng.da.{p}"])
        put(f"ng.rev.{p}", rev)
        put(f"ng.margin.{p}", pct(aoi, rev))
        # allowance roll-forward
        a = ALW[p]
        put(f"alw.begin.{p}", a["begin"])
        put(f"alw.prov.{p}", v[f"is.provision.{p}"])
        put(f"alw.co.{p}", a["co"])
        put(f"alw.rec.{p}", a["rec"])
        put(f"alw.end.{p}", s(f"alw.begin.{p}", f"alw.prov.{p}", f"alw.co.{p}", f"alw.rec.{p}"))
        put(f"cr.nco.{p}", -(v[f"alw.co.{p}"] + v[f"alw.rec.{p}"]))
    put("chg.rev.q26", pct(v["is.rev.q26"] - v["is.rev.q25"], v["is.rev.q25"]))
    put("chg.gmv.q26", pct(v["km.gmv.q26"] - v["km.gmv.q25"], v["km.gmv.q25"]))
    # December 31, 2025 balance sheet (given)
    dec = {"cash": 384216, "restricted": 92418, "loans": 1684250, "merch_rec": 41873, "ppe": 58624,
           "gw": 124860, "other_a": 36517, "ap": 48926, "merch_pay": 187342, "other_l": 29468, "cs": 11,
           "apic": 1248705, "aoci": -1284}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    put("bs.alw.dec25", -v["alw.begin.q26"])
    mar = {"restricted": 104736, "loans": 1742618, "merch_rec": 46215, "other_a": 38942, "ap": 52381,
           "merch_pay": 198417, "other_l": 31026}
    for k, amount in mar.items():
        put(f"bs.{k}.mar26", amount)
    for k in ("gw", "cs", "aoci"):
        put(f"bs.{k}.mar26", v[f"bs.{k}.dec25"])
    put("bs.alw.mar26", -v["alw.end.q26"])
    # funding debt
    fd_dec = {"wha": 412600, "whb": 286400, "s241": 318750, "s251": 450000, "s261": 0, "fees": -6842}
    fd_mar = {"wha": 358200, "whb": 241900, "s241": 262410, "s251": 450000, "s261": 375000}
    for k, amount in fd_dec.items():
        put(f"fd.{k}.dec25", amount)
    for k, amount in fd_mar.items():
        put(f"fd.{k}.mar26", amount)
    p = "q26"
    put(f"cf.fees_paid.{p}", -2615)
    put(f"cf.dfee.{p}", 542)
    put("fd.fees.mar26", v["fd.fees.dec25"] + v[f"cf.fees_paid.{p}"] + v[f"cf.dfee.{p}"])
    for d in DATES:
        put(f"fd.wh.{d}", s(f"fd.wha.{d}", f"fd.whb.{d}"))
        put(f"fd.sec.{d}", s(f"fd.s241.{d}", f"fd.s251.{d}", f"fd.s261.{d}"))
        put(f"fd.total.{d}", v[f"fd.wh.{d}"] + v[f"fd.sec.{d}"] + v[f"fd.fees.{d}"])
        put(f"bs.fd.{d}", v[f"fd.total.{d}"])
    put("fd.capacity", 1150000)
    put("fd.rate.mar26", "6.84")
    put("fd.rate.dec25", "7.12")
    # three months ended March 31, 2026 cash flows
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.prov.{p}", v[f"is.provision.{p}"])
    put(f"cf.da.{p}", DA[0])
    put(f"cf.sbc.{p}", SBC[0])
    put(f"cf.merch_rec.{p}", v["bs.merch_rec.dec25"] - v["bs.merch_rec.mar26"])
    put(f"cf.other_a.{p}", v["bs.other_a.dec25"] - v["bs.other_a.mar26"])
    put(f"cf.ap.{p}", v["bs.ap.mar26"] - v["bs.ap.dec25"])
    put(f"cf.merch_pay.{p}", v["bs.merch_pay.mar26"] - v["bs.merch_pay.dec25"])
    put(f"cf.other_l.{p}", v["bs.other_l.mar26"] - v["bs.other_l.dec25"])
    put(f"cf.orig.{p}", -(v["bs.loans.mar26"] - v["bs.loans.dec25"] - v["alw.co.q26"]))
    put(f"cf.rec.{p}", v["alw.rec.q26"])
    put(f"cf.capex.{p}", -8136)
    put(f"cf.sec_iss.{p}", v["fd.s261.mar26"])
    put(f"cf.sec_rep.{p}", v["fd.s241.mar26"] - v["fd.s241.dec25"])
    put(f"cf.wh_b.{p}", 184500)
    put(f"cf.wh_r.{p}", v["fd.wh.mar26"] - v["fd.wh.dec25"] - v[f"cf.wh_b.{p}"])
    put(f"cf.opt.{p}", 2218)
    put(f"cf.taxw.{p}", -3546)
    p = "q25"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.prov.{p}", v[f"is.provision.{p}"])
    put(f"cf.da.{p}", DA[1])
    put(f"cf.sbc.{p}", SBC[1])
    put(f"cf.rec.{p}", v["alw.rec.q25"])
    for k, amount in CF25.items():
        put(f"cf.{k}.{p}", amount)
    ops = ("ni", "prov", "da", "sbc", "dfee", "merch_rec", "other_a", "ap", "merch_pay", "other_l")
    for p in PERIODS:
        put(f"cf.cfo.{p}", s(*[f"cf.{k}.{p}" for k in ops]))
        put(f"cf.cfi.{p}", s(f"cf.orig.{p}", f"cf.rec.{p}", f"cf.capex.{p}"))
        put(f"cf.cff.{p}", s(*[f"cf.{k}.{p}" for k in ("sec_iss", "sec_rep", "wh_b", "wh_r", "fees_paid", "opt",
                                                       "taxw")]))
        put(f"cf.change.{p}", s(f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}"))
    put("cf.begin.q26", v["bs.cash.dec25"] + v["bs.restricted.dec25"])
    put("cf.end.q26", v["cf.begin.q26"] + v["cf.change.q26"])
    put("cf.end.q25", 402751)
    put("cf.begin.q25", v["cf.end.q25"] - v["cf.change.q25"])
    put("bs.cash.mar26", v["cf.end.q26"] - v["bs.restricted.mar26"])
    put("bs.ppe.mar26", v["bs.ppe.dec25"] - v["cf.capex.q26"] - v["cf.da.q26"])
    put("bs.apic.mar26", v["bs.apic.dec25"] + v["cf.sbc.q26"] + v["cf.opt.q26"] + v["cf.taxw.q26"])
    for d in DATES:
        put(f"bs.loans_net.{d}", v[f"bs.loans.{d}"] + v[f"bs.alw.{d}"])
        put(f"bs.assets.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "restricted", "loans_net", "merch_rec", "ppe",
                                                          "gw", "other_a")]))
        put(f"bs.liab.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "merch_pay", "fd", "other_l")]))
    put("bs.deficit.dec25", v["bs.assets.dec25"] - v["bs.liab.dec25"] - s("bs.cs.dec25", "bs.apic.dec25",
                                                                           "bs.aoci.dec25"))
    put("bs.deficit.mar26", v["bs.deficit.dec25"] + v["is.ni.q26"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "deficit", "aoci")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # credit metrics (MD&A)
    put("cr.loans.mar26", v["bs.loans.mar26"])
    put("cr.loans.dec25", v["bs.loans.dec25"])
    put("cr.avg.q26", (v["bs.loans.mar26"] + v["bs.loans.dec25"]) / 2)
    put("cr.avg.q25", (LOANS_Q25[0] + LOANS_Q25[1]) // 2)
    for p in PERIODS:
        put(f"cr.rate.{p}", q(v[f"cr.nco.{p}"] * 4 / v[f"cr.avg.{p}"] * 100, 2))
    put("cr.dpd30.mar26", "2.41")
    put("cr.dpd30.dec25", "2.57")
    put("cr.cov.mar26", q(v["alw.end.q26"] / v["bs.loans.mar26"] * 100, 2))
    put("cr.cov.dec25", q(v["alw.begin.q26"] / v["bs.loans.dec25"] * 100, 2))
    put("hc.employees", 1462)
    put("ops.term_weeks", 6)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for p in PERIODS:
        t.append((f"IS {p}: revenue = types", v[f"is.rev.{p}"], s(*[f"is.{k}.{p}" for k in REVENUE])))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.rev.{p}"] - s(*[f"is.{k}.{p}" for k in OPEX])
                  + v[f"is.oth.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"Allowance {p}: roll-forward", v[f"alw.end.{p}"], v[f"alw.begin.{p}"] + v[f"is.provision.{p}"]
                  + v[f"alw.co.{p}"] + v[f"alw.rec.{p}"]))
        t.append((f"Non-GAAP {p}", v[f"ng.aoi.{p}"], v[f"is.oi.{p}"] + v[f"cf.sbc.{p}"] + v[f"cf.da.{p}"]))
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"], v[f"cf.begin.{p}"] + v[f"cf.change.{p}"]))
        holds(f"CF {p}: cash positive", v[f"cf.begin.{p}"] > 0 and v[f"cf.end.{p}"] > 0)
        holds(f"Mix {p} sums to 100 within rounding",
              abs(s(*[f"mix.{k}.{p}" for k in REVENUE]) - 100) <= D("0.2"))
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"Funding debt {d}: note = balance sheet", v[f"bs.fd.{d}"], v[f"fd.total.{d}"]))
    t.append(("Allowance March 31, 2026 = balance sheet", -v["bs.alw.mar26"], v["alw.end.q26"]))
    t.append(("Allowance December 31, 2025 = balance sheet", -v["bs.alw.dec25"], v["alw.begin.q26"]))
    t.append(("Cash + restricted March 31, 2026 = cash flow end", v["bs.cash.mar26"] + v["bs.restricted.mar26"],
              v["cf.end.q26"]))
    holds("Average loans whole", v["cr.avg.q26"] == int(v["cr.avg.q26"]))
    holds("Cash at March 31, 2026 positive", v["bs.cash.mar26"] > 0)
    holds("Accumulated deficit negative", v["bs.deficit.dec25"] < 0)
    return t
