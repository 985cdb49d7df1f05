"""Invented figures for Nightjar Forge Interactive, Inc., Form 10-Q for the quarter ended October 31, 2026.

Amounts are $ thousands (whole numbers); shares in thousands; per-share amounts in $. The fiscal year ends April 30,
so the quarter ended October 31, 2026 is the second quarter of fiscal 2027. Periods: q_26 / q_25 are the three
months ended October 31, 2026 / 2025, h_26 / h_25 the six months. Revenue by platform builds the statement of
operations (full-game versus live-services revenue reconciles to it); net bookings are net revenue plus the change
in deferred revenue. The April 30, 2026 balance sheet is given (retained earnings balances it); October 31, 2026 is
derived through the six-month cash flows and the capitalized software, property, deferred revenue and equity
roll-forwards, so the statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q_26", "q_25", "h_26", "h_25")
DATES = ("oct26", "apr26")
PLATFORMS = {"console": "Console", "pc": "PC", "mobile": "Mobile"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- statement of operations (q_26, q_25, h_26, h_25)
PLATFORM_REV = {"console": (186420, 162310, 341870, 318640), "pc": (94215, 88740, 176305, 171280),
                "mobile": (71460, 76980, 146720, 152390)}
FULL_GAME = (148630, 131205, 262410, 259870)  # live services and other is the remainder
DIGITAL = (301870, 276415, 568190, 541025)  # digitally delivered revenue; physical discs are the remainder
COST = {"fees": (96720, 91480, 184910, 180240), "amort": (24860, 21740, 47320, 43110)}
OPEX = {"rd": (68430, 63920, 134870, 126510), "sm": (52640, 49180, 93260, 90110), "ga": (24310, 23070, 48150, 46020)}
OTHER = (3120, 2480, 5940, 5010)
TAX = (17560, 16020, 32480, 31890)
SHARES_BASIC = (71842, 72615, 71986, 72740)
SHARES_DILUTED = (73105, 73720, 73248, 73885)
OCI = (-840, 610, -1270, 1150)
DEFERRED_CHANGE = {"q_26": 41820, "q_25": 28460, "h_25": 30240}  # h_26 derives from the balance sheets
# six months ended October 31, 2025 cash flow lines (2026 derives from the balance sheets)
CF25 = {"dep": 9120, "sbc": 19870, "ar": -38210, "prepaid": -2940, "other_a": -1180, "ap": 6310, "accrued": 4870,
        "deferred": 30240, "other_l": 920, "capsw": -52380, "capex": -9640, "sti_buy": -70000, "sti_mature": 80000,
        "repo": -25000, "stock": 2840}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    plats = list(PLATFORMS)
    for i, p in enumerate(PERIODS):
        for g in plats:
            put(f"plat.{g}.{p}", PLATFORM_REV[g][i])
        rev = put(f"is.rev.{p}", s(*[f"plat.{g}.{p}" for g in plats]))
        put(f"plat.total.{p}", rev)
        put(f"type.full.{p}", FULL_GAME[i])
        put(f"type.live.{p}", rev - v[f"type.full.{p}"])
        put(f"type.total.{p}", rev)
        put(f"chan.digital.{p}", DIGITAL[i])
        put(f"chan.physical.{p}", rev - v[f"chan.digital.{p}"])
        for k, vals in COST.items():
            put(f"is.{k}.{p}", vals[i])
        put(f"is.cor.{p}", s(f"is.fees.{p}", f"is.amort.{p}"))
        gp = put(f"is.gp.{p}", rev - v[f"is.cor.{p}"])
        for k, vals in OPEX.items():
            put(f"is.{k}.{p}", vals[i])
        put(f"is.opex.{p}", s(*[f"is.{k}.{p}" for k in OPEX]))
        oi = put(f"is.oi.{p}", gp - v[f"is.opex.{p}"])
        put(f"is.other.{p}", OTHER[i])
        pretax = put(f"is.pretax.{p}", oi + v[f"is.other.{p}"])
        put(f"is.tax.{p}", TAX[i])
        ni = put(f"is.ni.{p}", pretax - v[f"is.tax.{p}"])
        put(f"is.shares_basic.{p}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{p}", SHARES_DILUTED[i])
        put(f"is.eps_basic.{p}", q(ni * 1 / v[f"is.shares_basic.{p}"], 2))
        put(f"is.eps_diluted.{p}", q(ni / v[f"is.shares_diluted.{p}"], 2))
        put(f"ci.ni.{p}", ni)
        put(f"ci.oci.{p}", OCI[i])
        put(f"ci.total.{p}", ni + v[f"ci.oci.{p}"])
        put(f"mda.gm.{p}", pct(gp, rev))
        put(f"mda.rate.{p}", pct(v[f"is.tax.{p}"], pretax))
    for cur, prev in (("q_26", "q_25"), ("h_26", "h_25")):
        put(f"chg.rev.{cur}", pct(v[f"is.rev.{cur}"] - v[f"is.rev.{prev}"], v[f"is.rev.{prev}"]))
        put(f"chg.live.{cur}", pct(v[f"type.live.{cur}"] - v[f"type.live.{prev}"], v[f"type.live.{prev}"]))
    # ------------------------------------------------------------ April 30, 2026 balance sheet (given)
    apr = {"cash": 318460, "sti": 145000, "ar": 96740, "prepaid": 41230, "capsw": 212480, "ppe": 58710,
           "gw": 184320, "other_a": 37450, "ap": 42860, "accrued": 118740, "def_cur": 186540, "def_nc": 12380,
           "other_l": 28610, "cs": 72, "apic": 612480, "aoci": -9240, "treasury": -96520}
    for k, amount in apr.items():
        put(f"bs.{k}.apr26", amount)
    octb = {"sti": 160000, "ar": 148920, "prepaid": 44810, "other_a": 39120, "ap": 51270, "accrued": 126330,
            "other_l": 29840, "def_cur": 247410}
    for k, amount in octb.items():
        put(f"bs.{k}.oct26", amount)
    put("bs.gw.oct26", v["bs.gw.apr26"])
    put("bs.cs.oct26", v["bs.cs.apr26"])
    put("bs.def_nc.oct26", v["bs.def_nc.apr26"] + 2280)
    for d in DATES:
        put(f"def.total.{d}", s(f"bs.def_cur.{d}", f"bs.def_nc.{d}"))
    put("nb.chg.h_26", v["def.total.oct26"] - v["def.total.apr26"])
    for p, amount in DEFERRED_CHANGE.items():
        put(f"nb.chg.{p}", amount)
    for p in PERIODS:
        put(f"nb.rev.{p}", v[f"is.rev.{p}"])
        put(f"nb.total.{p}", v[f"is.rev.{p}"] + v[f"nb.chg.{p}"])
    put("def.jul26", v["def.total.oct26"] - v["nb.chg.q_26"])
    # capitalized software development costs (six months)
    put("sw.begin.h_26", v["bs.capsw.apr26"])
    put("sw.add.h_26", 61240)
    put("sw.amort.h_26", -v["is.amort.h_26"])
    put("sw.impair.h_26", 0)
    put("sw.end.h_26", s("sw.begin.h_26", "sw.add.h_26", "sw.amort.h_26", "sw.impair.h_26"))
    put("bs.capsw.oct26", v["sw.end.h_26"])
    put("sw.begin.h_25", 188760)
    put("sw.add.h_25", -CF25["capsw"])
    put("sw.amort.h_25", -v["is.amort.h_25"])
    put("sw.impair.h_25", -3650)
    put("sw.end.h_25", s("sw.begin.h_25", "sw.add.h_25", "sw.amort.h_25", "sw.impair.h_25"))
    put("sw.released", 18)
    # cash flows, six months
    h = "h_26"
    put(f"cf.ni.{h}", v[f"is.ni.{h}"])
    put(f"cf.dep.{h}", 9840)
    put(f"cf.amort.{h}", v[f"is.amort.{h}"])
    put(f"cf.impair.{h}", 0)
    put(f"cf.sbc.{h}", 21460)
    for k in ("ar", "prepaid", "other_a"):
        put(f"cf.{k}.{h}", v[f"bs.{k}.apr26"] - v[f"bs.{k}.oct26"])
    for k in ("ap", "accrued", "other_l"):
        put(f"cf.{k}.{h}", v[f"bs.{k}.oct26"] - v[f"bs.{k}.apr26"])
    put(f"cf.deferred.{h}", v["nb.chg.h_26"])
    put(f"cf.capsw.{h}", -v["sw.add.h_26"])
    put(f"cf.capex.{h}", -10420)
    put(f"cf.sti_buy.{h}", -90000)
    put(f"cf.sti_mature.{h}", v[f"cf.sti_buy.{h}"] * -1 - (v["bs.sti.oct26"] - v["bs.sti.apr26"]))
    put(f"cf.repo.{h}", -40000)
    put(f"cf.stock.{h}", 3180)
    h = "h_25"
    put(f"cf.ni.{h}", v[f"is.ni.{h}"])
    put(f"cf.amort.{h}", v[f"is.amort.{h}"])
    put(f"cf.impair.{h}", -v["sw.impair.h_25"])
    for k, amount in CF25.items():
        put(f"cf.{k}.{h}", amount)
    ops = ("ni", "dep", "amort", "impair", "sbc", "ar", "prepaid", "other_a", "ap", "accrued", "deferred", "other_l")
    for h in ("h_26", "h_25"):
        put(f"cf.fx.{h}", v[f"ci.oci.{h}"])
        put(f"cf.cfo.{h}", s(*[f"cf.{k}.{h}" for k in ops]))
        put(f"cf.cfi.{h}", s(*[f"cf.{k}.{h}" for k in ("capsw", "capex", "sti_buy", "sti_mature")]))
        put(f"cf.cff.{h}", s(f"cf.repo.{h}", f"cf.stock.{h}"))
        put(f"cf.change.{h}", s(f"cf.cfo.{h}", f"cf.cfi.{h}", f"cf.cff.{h}", f"cf.fx.{h}"))
        put(f"fcf.{h}", s(f"cf.cfo.{h}", f"cf.capsw.{h}", f"cf.capex.{h}"))
    put("cf.begin.h_26", v["bs.cash.apr26"])
    put("cf.end.h_26", v["bs.cash.apr26"] + v["cf.change.h_26"])
    put("cf.end.h_25", 287150)
    put("cf.begin.h_25", v["cf.end.h_25"] - v["cf.change.h_25"])
    put("bs.cash.oct26", v["cf.end.h_26"])
    put("bs.ppe.oct26", v["bs.ppe.apr26"] - v["cf.capex.h_26"] - v["cf.dep.h_26"])
    put("bs.apic.oct26", v["bs.apic.apr26"] + v["cf.sbc.h_26"] + v["cf.stock.h_26"])
    put("bs.aoci.oct26", v["bs.aoci.apr26"] + v["ci.oci.h_26"])
    put("bs.treasury.oct26", v["bs.treasury.apr26"] + v["cf.repo.h_26"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "sti", "ar", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("capsw", "ppe", "gw", "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "def_cur")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(f"bs.def_nc.{d}", f"bs.other_l.{d}"))
    put("bs.re.apr26", v["bs.assets.apr26"] - v["bs.liab.apr26"] - s(*[f"bs.{k}.apr26" for k in (
        "cs", "apic", "aoci", "treasury")]))
    put("bs.re.oct26", v["bs.re.apr26"] + v["is.ni.h_26"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # prose-only and Part II figures
    put("mda.mau", "41.6")
    put("mda.mau_prior", "44.3")
    put("rep.shares.h_26", 512400)
    put("rep.remaining", "185.0")
    put("mda.studios", 7)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for p in PERIODS:
        t.append((f"IS {p}: revenue = platforms", v[f"is.rev.{p}"], s(*[f"plat.{g}.{p}" for g in PLATFORMS])))
        t.append((f"IS {p}: revenue = types", v[f"is.rev.{p}"], v[f"type.full.{p}"] + v[f"type.live.{p}"]))
        t.append((f"IS {p}: revenue = channels", v[f"is.rev.{p}"], v[f"chan.digital.{p}"]
                  + v[f"chan.physical.{p}"]))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.rev.{p}"] - v[f"is.cor.{p}"] - v[f"is.opex.{p}"]
                  + v[f"is.other.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"Net bookings {p}", v[f"nb.total.{p}"], v[f"is.rev.{p}"] + v[f"nb.chg.{p}"]))
        holds(f"Remainders {p} positive", v[f"type.live.{p}"] > 0 and v[f"chan.physical.{p}"] > 0)
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
    for h in ("h_26", "h_25"):
        t.append((f"CF {h}: begin + change = end", v[f"cf.end.{h}"], v[f"cf.begin.{h}"] + v[f"cf.change.{h}"]))
        holds(f"CF {h}: cash positive", v[f"cf.begin.{h}"] > 0 and v[f"cf.end.{h}"] > 0)
        t.append((f"Capitalized software {h}: additions = cash flow", v[f"sw.add.{h}"], -v[f"cf.capsw.{h}"]))
    t.append(("Cash October 31, 2026 = balance sheet", v["bs.cash.oct26"], v["cf.end.h_26"]))
    t.append(("Capitalized software = balance sheet", v["bs.capsw.oct26"], v["sw.end.h_26"]))
    t.append(("Deferred revenue change = cash flow", v["cf.deferred.h_26"], v["def.total.oct26"]
              - v["def.total.apr26"]))
    holds("Retained earnings positive", v["bs.re.apr26"] > 0)
    holds("Maturities of short-term investments positive", v["cf.sti_mature.h_26"] > 0)
    holds("Deferred revenue at July 31 between", v["def.total.apr26"] < v["def.jul26"] < v["def.total.oct26"])
    return t
