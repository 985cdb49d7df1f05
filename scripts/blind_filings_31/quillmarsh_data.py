"""Invented figures for Quillmarsh Nitrogen Company, Form 10-Q for the quarter ended March 31, 2026.

Amounts are $ millions with one decimal; sales volumes in thousands of product tons; average selling prices in $ per
ton (whole dollars); natural gas in $ per MMBtu (two decimals) and millions of MMBtu; shares in millions. Periods:
q26 / q25 are the three months ended March 31, 2026 / 2025; balance sheet dates mar26 / dec25. Product sales build
net sales; the December 31, 2025 balance sheet is given (retained earnings balances it) and March 31, 2026 is
derived through the three-month cash flows and the property, inventory, debt, noncontrolling interest and equity
roll-forwards, so the statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q26", "q25")
DATES = ("mar26", "dec25")
PRODUCTS = {"amm": "Ammonia", "uan": "UAN", "urea": "Urea"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


SALES = {"amm": ("412.6", "361.8"), "uan": ("388.4", "402.7"), "urea": ("214.9", "188.3")}  # $ millions
VOLUME = {"amm": (782, 694), "uan": (1418, 1512), "urea": (496, 452)}  # thousand tons
OTHER_SALES = ("37.2", "33.5")
GAS_PRICE = ("3.38", "4.07")  # $ per MMBtu, including transportation
GAS_VOLUME = ("71.4", "68.9")  # millions of MMBtu consumed
COS_OTHER = ("428.6", "412.3")  # cost of sales other than natural gas
SGA = ("58.4", "55.1")
OTHER_OP = ("6.9", "-4.2")  # other operating (income) expense, net; negative = income
INTEREST = ("21.7", "23.4")
OTHER_INC = ("3.8", "2.9")
TAX = ("71.6", "49.3")
NCI = ("29.8", "22.6")
SHARES_B = ("84.62", "86.15")
SHARES_D = ("84.97", "86.58")
DPS = ("0.55", "0.50")
# three months ended March 31, 2025 cash flow lines (2026 derives from the balance sheets)
CF25 = {"dep": "96.4", "dtax": "4.1", "sbc": "7.9", "ar": "-38.6", "inv": "22.4", "prepaid": "-3.2",
        "ap": "-41.7", "adv": "58.3", "taxes": "31.5", "other": "1.6", "capex": "-74.2", "other_i": "0.8",
        "debt": "0.0", "div": "-43.1", "nci_dist": "-31.4", "repo": "-120.0", "taxw": "-6.8"}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    prods = list(PRODUCTS)
    for i, p in enumerate(PERIODS):
        for g in prods:
            put(f"prod.sales.{g}.{p}", SALES[g][i])
            put(f"prod.vol.{g}.{p}", VOLUME[g][i])
            put(f"prod.asp.{g}.{p}", q(v[f"prod.sales.{g}.{p}"] * 1000 / v[f"prod.vol.{g}.{p}"], 0))
        put(f"prod.sales.other.{p}", OTHER_SALES[i])
        rev = put(f"is.rev.{p}", s(*[f"prod.sales.{g}.{p}" for g in prods], f"prod.sales.other.{p}"))
        put(f"prod.sales.total.{p}", rev)
        for g in prods + ["other"]:
            put(f"prod.share.{g}.{p}", pct(v[f"prod.sales.{g}.{p}"], rev))
        put(f"prod.share.total.{p}", "100.0")
        put(f"prod.vol.total.{p}", s(*[f"prod.vol.{g}.{p}" for g in prods]))
        put(f"gas.price.{p}", GAS_PRICE[i])
        put(f"gas.mmbtu.{p}", GAS_VOLUME[i])
        put(f"gas.cost.{p}", q(v[f"gas.price.{p}"] * v[f"gas.mmbtu.{p}"], 1))
        put(f"cos.other.{p}", COS_OTHER[i])
        put(f"is.cos.{p}", v[f"gas.cost.{p}"] + v[f"cos.other.{p}"])
        gm = put(f"is.gm.{p}", rev - v[f"is.cos.{p}"])
        put(f"is.sga.{p}", SGA[i])
        put(f"is.otherop.{p}", OTHER_OP[i])
        oi = put(f"is.oi.{p}", gm - v[f"is.sga.{p}"] - v[f"is.otherop.{p}"])
        put(f"is.int.{p}", INTEREST[i])
        put(f"is.oth.{p}", OTHER_INC[i])
        pre = put(f"is.pretax.{p}", oi - v[f"is.int.{p}"] + v[f"is.oth.{p}"])
        put(f"is.tax.{p}", TAX[i])
        ni = put(f"is.ni.{p}", pre - v[f"is.tax.{p}"])
        put(f"is.nci.{p}", NCI[i])
        nic = put(f"is.nic.{p}", ni - v[f"is.nci.{p}"])
        put(f"is.sh_b.{p}", SHARES_B[i])
        put(f"is.sh_d.{p}", SHARES_D[i])
        put(f"is.eps_b.{p}", q(nic / v[f"is.sh_b.{p}"], 2))
        put(f"is.eps_d.{p}", q(nic / v[f"is.sh_d.{p}"], 2))
        put(f"is.dps.{p}", DPS[i])
        put(f"mda.gmp.{p}", pct(gm, rev))
    put("chg.rev.q26", pct(v["is.rev.q26"] - v["is.rev.q25"], v["is.rev.q25"]))
    put("chg.gas.q26", pct(v["gas.price.q25"] - v["gas.price.q26"], v["gas.price.q25"]))
    # December 31, 2025 balance sheet (given)
    dec = {"cash": "1184.6", "ar": "286.3", "fg": "241.8", "raw": "38.5", "spare": "96.7", "prepaid": "41.2",
           "ppe": "6218.4", "rou": "214.6", "gw": "2086.1", "other_a": "318.9", "ap": "412.7", "adv": "96.4",
           "taxes": "38.9", "accrued": "164.2", "debt": "2985.0", "dtax": "1126.8", "lease_nc": "168.3",
           "other_l": "244.6", "cs": "0.9", "apic": "1386.4", "aoci": "-42.7", "treasury": "-1162.5",
           "nci": "712.4"}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    mar = {"ar": "348.1", "fg": "198.6", "raw": "41.2", "spare": "99.3", "prepaid": "46.8", "ap": "386.5",
           "adv": "182.7", "taxes": "92.4", "accrued": "171.9", "other_l": "247.3"}
    for k, amount in mar.items():
        put(f"bs.{k}.mar26", amount)
    for k in ("rou", "gw", "other_a", "lease_nc", "cs", "aoci"):
        put(f"bs.{k}.mar26", v[f"bs.{k}.dec25"])
    for d in DATES:
        put(f"inv.fg.{d}", v[f"bs.fg.{d}"])
        put(f"inv.raw.{d}", v[f"bs.raw.{d}"])
        put(f"inv.spare.{d}", v[f"bs.spare.{d}"])
        put(f"bs.inv.{d}", s(f"bs.fg.{d}", f"bs.raw.{d}", f"bs.spare.{d}"))
        put(f"inv.total.{d}", v[f"bs.inv.{d}"])
    # three months ended March 31, 2026 cash flows
    p = "q26"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.dep.{p}", "101.8")
    put(f"cf.dtax.{p}", "5.6")
    put(f"cf.sbc.{p}", "8.7")
    put(f"cf.ar.{p}", v["bs.ar.dec25"] - v["bs.ar.mar26"])
    put(f"cf.inv.{p}", v["bs.inv.dec25"] - v["bs.inv.mar26"])
    put(f"cf.prepaid.{p}", v["bs.prepaid.dec25"] - v["bs.prepaid.mar26"])
    put(f"cf.ap.{p}", v["bs.ap.mar26"] - v["bs.ap.dec25"] + v["bs.accrued.mar26"] - v["bs.accrued.dec25"])
    put(f"cf.adv.{p}", v["bs.adv.mar26"] - v["bs.adv.dec25"])
    put(f"cf.taxes.{p}", v["bs.taxes.mar26"] - v["bs.taxes.dec25"])
    put(f"cf.other.{p}", v["bs.other_l.mar26"] - v["bs.other_l.dec25"])
    put(f"cf.capex.{p}", "-88.6")
    put(f"cf.other_i.{p}", "1.3")
    put(f"cf.debt.{p}", "-250.0")
    put(f"cf.div.{p}", -q(v["is.dps.q26"] * D("84.40"), 1))
    put(f"cf.nci_dist.{p}", "-36.9")
    put(f"cf.repo.{p}", "-150.0")
    put(f"cf.taxw.{p}", "-9.4")
    p = "q25"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    for k, amount in CF25.items():
        put(f"cf.{k}.{p}", amount)
    ops = ("ni", "dep", "dtax", "sbc", "ar", "inv", "prepaid", "ap", "adv", "taxes", "other")
    for p in PERIODS:
        put(f"cf.cfo.{p}", s(*[f"cf.{k}.{p}" for k in ops]))
        put(f"cf.cfi.{p}", s(f"cf.capex.{p}", f"cf.other_i.{p}"))
        put(f"cf.cff.{p}", s(*[f"cf.{k}.{p}" for k in ("debt", "div", "nci_dist", "repo", "taxw")]))
        put(f"cf.change.{p}", s(f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}"))
        put(f"fcf.{p}", v[f"cf.cfo.{p}"] + v[f"cf.capex.{p}"])
    put("cf.begin.q26", v["bs.cash.dec25"])
    put("cf.end.q26", v["cf.begin.q26"] + v["cf.change.q26"])
    put("cf.end.q25", "1342.8")
    put("cf.begin.q25", v["cf.end.q25"] - v["cf.change.q25"])
    put("bs.cash.mar26", v["cf.end.q26"])
    put("bs.ppe.mar26", v["bs.ppe.dec25"] - v["cf.capex.q26"] - v["cf.dep.q26"] - v["cf.other_i.q26"])
    put("bs.debt.mar26", v["bs.debt.dec25"] + v["cf.debt.q26"])
    put("bs.dtax.mar26", v["bs.dtax.dec25"] + v["cf.dtax.q26"])
    put("bs.apic.mar26", v["bs.apic.dec25"] + v["cf.sbc.q26"] + v["cf.taxw.q26"])
    put("bs.treasury.mar26", v["bs.treasury.dec25"] + v["cf.repo.q26"])
    put("bs.nci.mar26", v["bs.nci.dec25"] + v["is.nci.q26"] + v["cf.nci_dist.q26"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "ar", "inv", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "rou", "gw", "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "adv", "taxes", "accrued")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("debt", "dtax", "lease_nc", "other_l")]))
    put("bs.re.dec25", v["bs.assets.dec25"] - v["bs.liab.dec25"] - s(*[f"bs.{k}.dec25" for k in (
        "cs", "apic", "aoci", "treasury", "nci")]))
    put("bs.re.mar26", v["bs.re.dec25"] + v["is.nic.q26"] + v["cf.div.q26"])
    for d in DATES:
        put(f"bs.sheq.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"bs.equity.{d}", v[f"bs.sheq.{d}"] + v[f"bs.nci.{d}"])
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # noncontrolling interest roll-forward (three months ended March 31, 2026)
    put("nci.begin", v["bs.nci.dec25"])
    put("nci.ni", v["is.nci.q26"])
    put("nci.dist", v["cf.nci_dist.q26"])
    put("nci.end", v["bs.nci.mar26"])
    # prose and operating figures
    put("ops.amm_prod", 2418)
    put("ops.util", "94.2")
    put("ops.nci_pct", "24.6")
    put("rep.shares", "1.74")
    put("rep.remaining", "612.5")
    put("debt.notes", 5)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for p in PERIODS:
        t.append((f"IS {p}: net sales = products", v[f"is.rev.{p}"],
                  s(*[f"prod.sales.{g}.{p}" for g in PRODUCTS], f"prod.sales.other.{p}")))
        t.append((f"IS {p}: net earnings", v[f"is.ni.{p}"], v[f"is.rev.{p}"] - v[f"is.cos.{p}"] - v[f"is.sga.{p}"]
                  - v[f"is.otherop.{p}"] - v[f"is.int.{p}"] + v[f"is.oth.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"IS {p}: attributable split", v[f"is.ni.{p}"], v[f"is.nic.{p}"] + v[f"is.nci.{p}"]))
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"], v[f"cf.begin.{p}"] + v[f"cf.change.{p}"]))
        holds(f"CF {p}: cash positive", v[f"cf.begin.{p}"] > 0 and v[f"cf.end.{p}"] > 0)
        holds(f"Shares {p} sum to 100 within rounding",
              abs(s(*[f"prod.share.{g}.{p}" for g in list(PRODUCTS) + ["other"]]) - 100) <= D("0.2"))
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"Inventories {d} = note", v[f"bs.inv.{d}"], v[f"inv.fg.{d}"] + v[f"inv.raw.{d}"]
                  + v[f"inv.spare.{d}"]))
    t.append(("Cash March 31, 2026 = cash flow end", v["bs.cash.mar26"], v["cf.end.q26"]))
    t.append(("NCI roll-forward", v["nci.end"], v["nci.begin"] + v["nci.ni"] + v["nci.dist"]))
    holds("Retained earnings positive", v["bs.re.dec25"] > 0)
    return t
