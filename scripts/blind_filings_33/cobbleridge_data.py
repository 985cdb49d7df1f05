"""Invented figures for Cobbleridge Provisions, Inc., Form 10-K for fiscal 2025 (53 weeks ended January 31, 2026).

Amounts are $ thousands (whole numbers); shares in thousands; per-share amounts in $; selling square feet in
thousands. Fiscal years are keyed 2025 (53 weeks ended January 31, 2026), 2024 (52 weeks ended January 25, 2025)
and 2023 (52 weeks ended January 27, 2024); balance sheet dates 2025 and 2024 are the fiscal year ends. Category
sales build net sales; the January 25, 2025 balance sheet is given (retained earnings balances it) and January 31,
2026 is derived through the fiscal 2025 cash flows and the property, lease, debt and equity roll-forwards, so the
statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
DATES = (2025, 2024)
CATEGORIES = {"per": "Perishables", "gro": "Grocery", "rx": "Pharmacy", "fuel": "Fuel"}
QUARTERS = ("q1", "q2", "q3", "q4")


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


SALES = {"per": (2684315, 2561240, 2438905), "gro": (2301870, 2218655, 2142910), "rx": (612455, 574380, 541760),
         "fuel": (418960, 436215, 452870)}
COS = (4302585, 4152780, 4009110)
SGA = (1398420, 1322960, 1268415)
DA = (142380, 134715, 127960)
IMPAIR = (4815, 0, 2160)
INTEREST = (21645, 19870, 18340)
STATE = (5840, 5215, 5530)
CREDITS = (-2160, -1985, -1870)
OTHER_TAX = (1035, -420, 640)
SH_BASIC = (38412, 39105, 39860)
SH_DIL = (486, 512, 455)  # dilutive effect of stock awards
ANTI = (212, 148, 305)
STORES_BEGIN_2023 = 212
OPENED = (9, 11, 8)
CLOSED = (3, 4, 2)
REMODELED = (14, 12, 10)
SQFT = (10164, 9855, 9517, 9296)  # selling square feet (thousands) at the end of 2025, 2024, 2023, 2022
COMP = ("3.4", "2.9", "4.1")
RESERVE = (148620, 131905, 118340, 97215)  # LIFO reserve at the end of 2025, 2024, 2023, 2022
LEASE_OP_COST = (138620, 131450, 126085)
FIN_AMORT = (8940, 8215, 7680)
FIN_INT = (4310, 4060, 3815)
VAR_COST = (22475, 21180, 20340)
SUBLEASE = (-3120, -2960, -2845)
OP_MAT = {"y1": 142850, "y2": 136410, "y3": 127930, "y4": 118260, "y5": 106745, "after": 1014380}
FIN_MAT = {"y1": 14320, "y2": 13280, "y3": 12110, "y4": 10840, "y5": 9425, "after": 41970}
QTR = {"sales": (1376240, 1398615, 1421930), "gp": (391820, 398460, 402115), "oi": (38415, 41260, 36880),
       "ni": (24910, 27385, 23615)}
QTR_SHARES = (39140, 38980, 38820, 38650)
CF_OLD = {2024: {"sbc": 16980, "dtax": 4870, "ar": -3415, "inv": -21640, "prepaid": -1860, "ap": 14215,
                 "accrued": 8430, "oplease": -1240, "other": 1875, "capex": -198340, "other_i": 2615,
                 "borrow": 40000, "repay": -55000, "finpay": -8860, "div": -43790, "repo": -38420, "taxw": -3980},
          2023: {"sbc": 15620, "dtax": 3960, "ar": -2890, "inv": -30215, "prepaid": -1210, "ap": 11870,
                 "accrued": 6215, "oplease": -985, "other": 1460, "capex": -184215, "other_i": 1940,
                 "borrow": 75000, "repay": -40000, "finpay": -8120, "div": -40215, "repo": -26850, "taxw": -3415}}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    cats = list(CATEGORIES)
    begin = D(STORES_BEGIN_2023)
    for i, y in reversed(list(enumerate(YEARS))):
        put(f"st.begin.{y}", begin)
        put(f"st.open.{y}", OPENED[i])
        put(f"st.close.{y}", -CLOSED[i])
        begin = put(f"st.end.{y}", v[f"st.begin.{y}"] + v[f"st.open.{y}"] + v[f"st.close.{y}"])
        put(f"st.remodel.{y}", REMODELED[i])
        put(f"ops.stores.{y}", v[f"st.end.{y}"])
        put(f"ops.sqft.{y}", SQFT[i])
        put(f"ops.comp.{y}", COMP[i])
    for i, y in enumerate(YEARS):
        for c in cats:
            put(f"cat.{c}.{y}", SALES[c][i])
        rev = put(f"is.rev.{y}", s(*[f"cat.{c}.{y}" for c in cats]))
        put(f"cat.total.{y}", rev)
        for c in cats:
            put(f"cat.share.{c}.{y}", pct(v[f"cat.{c}.{y}"], rev))
        put(f"cat.share.total.{y}", "100.0")
        put(f"ops.spsf.{y}", q(rev / ((D(SQFT[i]) + D(SQFT[i + 1])) / 2), 0))
        put(f"is.cos.{y}", COS[i])
        gp = put(f"is.gp.{y}", rev - v[f"is.cos.{y}"])
        put(f"is.sga.{y}", SGA[i])
        put(f"is.da.{y}", DA[i])
        put(f"is.impair.{y}", IMPAIR[i])
        oi = put(f"is.oi.{y}", gp - s(f"is.sga.{y}", f"is.da.{y}", f"is.impair.{y}"))
        put(f"is.int.{y}", INTEREST[i])
        pre = put(f"is.pretax.{y}", oi - v[f"is.int.{y}"])
        put(f"tax.fed.{y}", q(pre * D("0.21"), 0))
        put(f"tax.state.{y}", STATE[i])
        put(f"tax.credits.{y}", CREDITS[i])
        put(f"tax.other.{y}", OTHER_TAX[i])
        tax = put(f"is.tax.{y}", s(f"tax.fed.{y}", f"tax.state.{y}", f"tax.credits.{y}", f"tax.other.{y}"))
        put(f"tax.total.{y}", tax)
        put(f"tax.pretax.{y}", pre)
        put(f"tax.etr.{y}", pct(tax, pre))
        ni = put(f"is.ni.{y}", pre - tax)
        put(f"eps.ni.{y}", ni)
        put(f"is.sh_b.{y}", SH_BASIC[i])
        put(f"eps.sh_b.{y}", SH_BASIC[i])
        put(f"eps.dil.{y}", SH_DIL[i])
        put(f"is.sh_d.{y}", SH_BASIC[i] + SH_DIL[i])
        put(f"eps.sh_d.{y}", v[f"is.sh_d.{y}"])
        put(f"is.eps_b.{y}", q(ni / v[f"is.sh_b.{y}"], 2))
        put(f"is.eps_d.{y}", q(ni / v[f"is.sh_d.{y}"], 2))
        put(f"eps.eps_b.{y}", v[f"is.eps_b.{y}"])
        put(f"eps.eps_d.{y}", v[f"is.eps_d.{y}"])
        put(f"eps.anti.{y}", ANTI[i])
        put(f"mda.gmp.{y}", pct(gp, rev))
        put(f"mda.sgap.{y}", pct(v[f"is.sga.{y}"], rev))
        put(f"lifo.res.{y}", RESERVE[i])
        put(f"lifo.charge.{y}", RESERVE[i] - RESERVE[i + 1])
        put(f"lc.op.{y}", LEASE_OP_COST[i])
        put(f"lc.amort.{y}", FIN_AMORT[i])
        put(f"lc.int.{y}", FIN_INT[i])
        put(f"lc.var.{y}", VAR_COST[i])
        put(f"lc.sub.{y}", SUBLEASE[i])
        put(f"lc.total.{y}", s(*[f"lc.{k}.{y}" for k in ("op", "amort", "int", "var", "sub")]))
    put("chg.rev.2025", pct(v["is.rev.2025"] - v["is.rev.2024"], v["is.rev.2024"]))
    put("mda.wk53", "104215")
    # LIFO note
    put("lifo.fifo.2025", "551960")
    put("lifo.fifo.2024", "524380")
    for d in DATES:
        put(f"lifo.inv.{d}", v[f"lifo.fifo.{d}"] - v[f"lifo.res.{d}"])
        put(f"bs.inv.{d}", v[f"lifo.inv.{d}"])
    # January 25, 2025 balance sheet (given)
    b24 = {"cash": 124615, "ar": 96240, "prepaid": 42830, "ppe": 1486920, "finrou": 68410, "oprou": 1124560,
           "gw": 214700, "other_a": 38615, "ap": 368240, "accrued": 214385, "opl_cur": 96420, "finl_cur": 9215,
           "debt_cur": 20000, "opl_nc": 1087135, "finl_nc": 65645, "debt_nc": 405000, "dtax": 118470,
           "other_l": 62310, "capital": 286415, "treasury": -142680}
    for k, amount in b24.items():
        put(f"bs.{k}.2024", amount)
    b25 = {"ar": 101580, "prepaid": 44275, "oprou": 1168930, "ap": 391615, "accrued": 226940, "opl_cur": 101315,
           "opl_nc": 1126480, "finl_cur": 10060, "debt_cur": 20000, "other_l": 64925}
    for k, amount in b25.items():
        put(f"bs.{k}.2025", amount)
    for k in ("gw", "other_a"):
        put(f"bs.{k}.2025", v[f"bs.{k}.2024"])
    # fiscal 2025 cash flows (derived from the balance sheets)
    y = 2025
    put(f"cf.ni.{y}", v[f"is.ni.{y}"])
    put(f"cf.da.{y}", v[f"is.da.{y}"])
    put(f"cf.impair.{y}", v[f"is.impair.{y}"])
    put(f"cf.lifo.{y}", v[f"lifo.charge.{y}"])
    put(f"cf.sbc.{y}", "18240")
    put(f"cf.dtax.{y}", "6315")
    put(f"cf.ar.{y}", v["bs.ar.2024"] - v["bs.ar.2025"])
    put(f"cf.inv.{y}", v["lifo.fifo.2024"] - v["lifo.fifo.2025"])
    put(f"cf.prepaid.{y}", v["bs.prepaid.2024"] - v["bs.prepaid.2025"])
    put(f"cf.ap.{y}", v["bs.ap.2025"] - v["bs.ap.2024"])
    put(f"cf.accrued.{y}", v["bs.accrued.2025"] - v["bs.accrued.2024"])
    put(f"cf.oplease.{y}", s("bs.opl_cur.2025", "bs.opl_nc.2025") - s("bs.opl_cur.2024", "bs.opl_nc.2024")
        - (v["bs.oprou.2025"] - v["bs.oprou.2024"]))
    put(f"cf.other.{y}", v["bs.other_l.2025"] - v["bs.other_l.2024"])
    put(f"cf.capex.{y}", "-212460")
    put(f"cf.other_i.{y}", "3850")
    put(f"cf.borrow.{y}", "60000")
    put(f"cf.repay.{y}", "-80000")
    put(f"cf.finpay.{y}", "-9870")
    put(f"cf.div.{y}", "-47280")
    put(f"cf.repo.{y}", "-61250")
    put(f"cf.taxw.{y}", "-4615")
    for yy in (2024, 2023):
        put(f"cf.ni.{yy}", v[f"is.ni.{yy}"])
        put(f"cf.da.{yy}", v[f"is.da.{yy}"])
        put(f"cf.impair.{yy}", v[f"is.impair.{yy}"])
        put(f"cf.lifo.{yy}", v[f"lifo.charge.{yy}"])
        for k, amount in CF_OLD[yy].items():
            put(f"cf.{k}.{yy}", amount)
    ops = ("ni", "da", "impair", "lifo", "sbc", "dtax", "ar", "inv", "prepaid", "ap", "accrued", "oplease", "other")
    for yy in YEARS:
        put(f"cf.cfo.{yy}", s(*[f"cf.{k}.{yy}" for k in ops]))
        put(f"cf.cfi.{yy}", s(f"cf.capex.{yy}", f"cf.other_i.{yy}"))
        put(f"cf.cff.{yy}", s(*[f"cf.{k}.{yy}" for k in ("borrow", "repay", "finpay", "div", "repo", "taxw")]))
        put(f"cf.change.{yy}", s(f"cf.cfo.{yy}", f"cf.cfi.{yy}", f"cf.cff.{yy}"))
    put("cf.begin.2025", v["bs.cash.2024"])
    put("cf.end.2025", v["cf.begin.2025"] + v["cf.change.2025"])
    put("cf.end.2024", v["bs.cash.2024"])
    put("cf.begin.2024", v["cf.end.2024"] - v["cf.change.2024"])
    put("cf.end.2023", v["cf.begin.2024"])
    put("cf.begin.2023", v["cf.end.2023"] - v["cf.change.2023"])
    put("fin.add", "12600")
    put("bs.cash.2025", v["cf.end.2025"])
    put("bs.ppe.2025", v["bs.ppe.2024"] - v["cf.capex.2025"] - (v["is.da.2025"] - v["lc.amort.2025"])
        - v["is.impair.2025"] - v["cf.other_i.2025"])
    put("bs.finrou.2025", v["bs.finrou.2024"] + v["fin.add"] - v["lc.amort.2025"])
    fin_total = s("bs.finl_cur.2024", "bs.finl_nc.2024") + v["fin.add"] + v["cf.finpay.2025"]
    put("bs.finl_nc.2025", fin_total - v["bs.finl_cur.2025"])
    debt_total = s("bs.debt_cur.2024", "bs.debt_nc.2024") + v["cf.borrow.2025"] + v["cf.repay.2025"]
    put("bs.debt_nc.2025", debt_total - v["bs.debt_cur.2025"])
    put("bs.dtax.2025", v["bs.dtax.2024"] + v["cf.dtax.2025"])
    put("bs.capital.2025", v["bs.capital.2024"] + v["cf.sbc.2025"] + v["cf.taxw.2025"])
    put("bs.treasury.2025", v["bs.treasury.2024"] + v["cf.repo.2025"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "ar", "inv", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "finrou", "oprou", "gw",
                                                                            "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "opl_cur", "finl_cur", "debt_cur")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("opl_nc", "finl_nc", "debt_nc", "dtax",
                                                                          "other_l")]))
    put("bs.re.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - v["bs.capital.2024"] - v["bs.treasury.2024"])
    put("bs.re.2025", v["bs.re.2024"] + v["is.ni.2025"] + v["cf.div.2025"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("capital", "re", "treasury")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # lease maturities at January 31, 2026
    for k in OP_MAT:
        put(f"lm.op.{k}", OP_MAT[k])
        put(f"lm.fin.{k}", FIN_MAT[k])
    for t in ("op", "fin"):
        put(f"lm.{t}.undisc", s(*[f"lm.{t}.{k}" for k in OP_MAT]))
    put("lm.op.pv", s("bs.opl_cur.2025", "bs.opl_nc.2025"))
    put("lm.fin.pv", s("bs.finl_cur.2025", "bs.finl_nc.2025"))
    for t in ("op", "fin"):
        put(f"lm.{t}.interest", v[f"lm.{t}.pv"] - v[f"lm.{t}.undisc"])
    put("lm.op.cur", v["bs.opl_cur.2025"])
    put("lm.fin.cur", v["bs.finl_cur.2025"])
    put("lm.op.nc", v["bs.opl_nc.2025"])
    put("lm.fin.nc", v["bs.finl_nc.2025"])
    put("lease.wal_op", "11.6")
    put("lease.rate_op", "5.4")
    # quarterly results (fiscal 2025, unaudited)
    for k, amounts in QTR.items():
        for n, amount in enumerate(amounts):
            put(f"qtr.{k}.{QUARTERS[n]}", amount)
        annual = {"sales": "is.rev.2025", "gp": "is.gp.2025", "oi": "is.oi.2025", "ni": "is.ni.2025"}[k]
        put(f"qtr.{k}.q4", v[annual] - s(*[f"qtr.{k}.{qq}" for qq in QUARTERS[:3]]))
        put(f"qtr.{k}.fy", v[annual])
    for n, qq in enumerate(QUARTERS):
        put(f"qtr.eps.{qq}", q(v[f"qtr.ni.{qq}"] / D(QTR_SHARES[n]), 2))
    put("qtr.eps.fy", v["is.eps_d.2025"])
    put("div.dps", "1.24")
    put("st.own", 27)
    put("mda.capex", -v["cf.capex.2025"])
    put("rcf.size", "350000")
    put("debt.rate", "6.15")
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for y in YEARS:
        t.append((f"IS {y}: net sales = categories", v[f"is.rev.{y}"], s(*[f"cat.{c}.{y}" for c in CATEGORIES])))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.rev.{y}"] - s(*[f"is.{k}.{y}" for k in (
            "cos", "sga", "da", "impair", "int", "tax")])))
        t.append((f"Tax {y}: reconciliation", v[f"is.tax.{y}"], s(*[f"tax.{k}.{y}" for k in (
            "fed", "state", "credits", "other")])))
        t.append((f"Stores {y}: roll-forward", v[f"st.end.{y}"], s(f"st.begin.{y}", f"st.open.{y}",
                                                                     f"st.close.{y}")))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + v[f"cf.change.{y}"]))
        holds(f"CF {y}: cash positive", v[f"cf.begin.{y}"] > 0 and v[f"cf.end.{y}"] > 0)
        holds(f"Category shares {y} sum to 100 within rounding",
              abs(s(*[f"cat.share.{c}.{y}" for c in CATEGORIES]) - 100) <= D("0.2"))
    t.append(("Stores: 2024 begin = 2023 end", v["st.begin.2024"], v["st.end.2023"]))
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"LIFO {d}: FIFO - reserve = balance sheet", v[f"bs.inv.{d}"], v[f"lifo.fifo.{d}"]
                  - v[f"lifo.res.{d}"]))
    t.append(("Cash 2025 = cash flow end", v["bs.cash.2025"], v["cf.end.2025"]))
    t.append(("Operating lease PV = liabilities", v["lm.op.pv"], v["lm.op.undisc"] + v["lm.op.interest"]))
    t.append(("Finance lease PV = liabilities", v["lm.fin.pv"], v["lm.fin.undisc"] + v["lm.fin.interest"]))
    t.append(("Quarterly net income sums to the year", v["is.ni.2025"], s(*[f"qtr.ni.{qq}" for qq in QUARTERS])))
    t.append(("Quarterly sales sum to the year", v["is.rev.2025"], s(*[f"qtr.sales.{qq}" for qq in QUARTERS])))
    holds("Retained earnings positive", v["bs.re.2024"] > 0)
    holds("Q4 amounts positive", all(v[f"qtr.{k}.q4"] > 0 for k in QTR))
    holds("Imputed interest negative", v["lm.op.interest"] < 0 and v["lm.fin.interest"] < 0)
    return t
