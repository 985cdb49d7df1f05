"""Invented figures for Veyrona Pharmaceuticals, Inc., Form 10-Q for the quarter ended June 30, 2026.

Amounts are $ thousands (integers) unless the key says otherwise; shares in thousands, per-share amounts in $,
percentages as printed. The December 31, 2025 balance sheet is given (additional paid-in capital balances it); the
June 30, 2026 balance sheet is derived from it through the six-month cash flow statement and the roll-forwards, so
the statements tie by construction and ties() re-proves every identity.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q2_26", "q2_25", "h1_26", "h1_25")  # three months 2026, 2025; six months 2026, 2025
BS_DATES = ("jun26", "dec25")
PRODUCTS = {"orv": "ORVENZA", "kal": "KALTRIVE", "neb": "NEBRAVIA", "oth": "Other products"}
COLLAB = {"royalty": "Royalty revenue", "milestone": "License and milestone revenue",
          "supply": "Product supply revenue"}
GTN = {"cb": "Chargebacks and cash discounts", "reb": "Government and commercial rebates",
       "ret": "Product returns", "copay": "Co-pay assistance and other"}
STATUTORY = Decimal("0.21")


def D(x: str | int) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# period order: q2_26, q2_25, h1_26, h1_25
PRODUCT_REV = {"orv": (98536, 84730, 188079, 161288), "kal": (46205, 43116, 88641, 83904),
               "neb": (21874, 12402, 40118, 21736), "oth": (6318, 7291, 12907, 14522)}
COLLAB_REV = {"royalty": (8416, 6902, 15983, 12714), "milestone": (0, 0, 10000, 5000),
              "supply": (1204, 986, 2318, 1875)}
COSTS = {"cogs": (20114, 17958, 38902, 34361), "rd": (41786, 36412, 82315, 71806),
         "sga": (68947, 62118, 136582, 123714), "iprd": (0, 0, 15000, 0), "amort": (6250, 5875, 12500, 11750)}
OTHER = {"int_income": (4318, 4907, 8806, 9582), "coupon": (1350, 1350, 2700, 2700),
         "debt_amort": (612, 586, 1219, 1168), "other": (-214, 138, -377, 265)}
TAX_RATE = ("0.218", "0.224", "0.226", "0.221")
BASIC = (51236, 50874, 51284, 50791)
DILUTIVE = (1214, 1108, 1236, 1095)
CONV_PRINCIPAL = 360000
CONV_RATE = "18.9000"  # shares per $1,000 principal
SBC = {"cogs": (612, 538, 1198, 1052), "rd": (4318, 3806, 8406, 7418), "sga": (6912, 6062, 13504, 11845)}
RD_PROGRAMS = {  # R&D by program
    "v214": ("VRX-214 (long-acting orvenitide)", (14206, 11318, 27904, 22506)),
    "v307": ("VRX-307 (ocular surface disease)", (9812, 8706, 19418, 17214)),
    "v402": ("VRX-402 (in-licensed from Quorsa Biologics)", (4118, 0, 6306, 0)),
    "life": ("Marketed-product lifecycle programs", (3906, 4512, 8118, 9006)),
}

# gross-to-net reserves, six months: begin, provision current, provision prior, payments (per category)
GTN_ROLL = {
    "26": {"cb": (14806, 58214, -312, -57418), "reb": (98417, 121806, 1846, -118205),
           "ret": (21308, 9412, -418, -7906), "copay": (6214, 24618, 127, -24108)},
    "25": {"cb": (12918, 49806, 206, -48914), "reb": (84612, 102514, -1118, -97306),
           "ret": (19877, 8611, 315, -8102), "copay": (5306, 20942, -96, -20417)},
}
GTN_Q2 = {"26": {"cb": 30112, "reb": 63245, "ret": 4806, "copay": 12718},
          "25": {"cb": 25812, "reb": 52906, "ret": 4419, "copay": 10706}}

INVENTORY = {"raw": ("Raw materials", 23115, 21806), "wip": ("Work in process", 19874, 18412),
             "fg": ("Finished goods", 35208, 32406)}
INV_NONCURRENT = (17902, 18406)

SECURITIES = {  # June 30, 2026: amortized cost, gross unrealized gains, gross unrealized losses (fair value derived)
    "ust": ("U.S. Treasury securities", 182406, 214, -812),
    "agency": ("U.S. government agency securities", 64118, 46, -318),
    "corp": ("Corporate debt securities", 138512, 188, -712),
    "cp": ("Commercial paper", None, 0, -106),
}

ACCRUED = {  # accrued expenses detail: (June 30, 2026, December 31, 2025); "other" is derived
    "comp": ("Compensation and benefits", 24806, 31418),
    "clinical": ("Clinical trial and research costs", 17412, 15906),
    "royalty": ("Royalties payable", 9318, 8804),
    "sm": ("Sales and marketing programs", 8106, 7212),
    "interest": ("Accrued interest on convertible notes", 1800, 1800),
}

REPURCHASES = {"apr": (148000, "44.62"), "may": (201000, "42.18"), "jun": (127000, "45.07")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = value if isinstance(value, Decimal) else D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ statement of operations
    for i, p in enumerate(PERIODS):
        for k, amounts in PRODUCT_REV.items():
            put(f"rev.{k}.{p}", amounts[i])
        put(f"is.product.{p}", s(*[f"rev.{k}.{p}" for k in PRODUCTS]))
        for k, amounts in COLLAB_REV.items():
            put(f"collab.{k}.{p}", amounts[i])
        put(f"is.collab.{p}", s(*[f"collab.{k}.{p}" for k in COLLAB]))
        rev = put(f"is.rev_total.{p}", s(f"is.product.{p}", f"is.collab.{p}"))
        for k, amounts in COSTS.items():
            put(f"is.{k}.{p}", amounts[i])
        opex = put(f"is.opex_total.{p}", s(*[f"is.{k}.{p}" for k in COSTS]))
        oi = put(f"is.op_income.{p}", rev - opex)
        put(f"is.int_income.{p}", OTHER["int_income"][i])
        put(f"conv.coupon.{p}", OTHER["coupon"][i])
        put(f"conv.amort.{p}", OTHER["debt_amort"][i])
        put(f"conv.interest.{p}", s(f"conv.coupon.{p}", f"conv.amort.{p}"))
        put(f"is.int_expense.{p}", -v[f"conv.interest.{p}"])
        put(f"is.other.{p}", OTHER["other"][i])
        put(f"is.other_total.{p}", s(f"is.int_income.{p}", f"is.int_expense.{p}", f"is.other.{p}"))
        pretax = put(f"is.pretax.{p}", oi + v[f"is.other_total.{p}"])
        tax = put(f"is.tax.{p}", q(pretax * D(TAX_RATE[i])))
        ni = put(f"is.net_income.{p}", pretax - tax)
        put(f"tax.rate.{p}", pct(tax, pretax))
        # earnings per share, if-converted method for the convertible notes
        put(f"is.shares_basic.{p}", BASIC[i])
        put(f"eps.dilutive.{p}", DILUTIVE[i])
        put(f"eps.conv_shares.{p}", q(D(CONV_PRINCIPAL) / 1000 * D(CONV_RATE)))
        put(f"is.shares_diluted.{p}", s(f"is.shares_basic.{p}", f"eps.dilutive.{p}", f"eps.conv_shares.{p}"))
        put(f"eps.addback.{p}", q(v[f"conv.interest.{p}"] * (1 - STATUTORY)))
        put(f"eps.ni_diluted.{p}", ni + v[f"eps.addback.{p}"])
        put(f"is.eps_basic.{p}", q(ni / v[f"is.shares_basic.{p}"], 2))
        put(f"is.eps_diluted.{p}", q(v[f"eps.ni_diluted.{p}"] / v[f"is.shares_diluted.{p}"], 2))
        for k, amounts in SBC.items():
            put(f"sbc.{k}.{p}", amounts[i])
        put(f"sbc.total.{p}", s(*[f"sbc.{k}.{p}" for k in SBC]))
        for k, (_label, amounts) in RD_PROGRAMS.items():
            put(f"rd.{k}.{p}", amounts[i])
        put(f"rd.other.{p}", v[f"is.rd.{p}"] - s(*[f"rd.{k}.{p}" for k in RD_PROGRAMS]))
        put(f"rd.total.{p}", v[f"is.rd.{p}"])
        put(f"mda.gm.{p}", pct(v[f"is.product.{p}"] - v[f"is.cogs.{p}"], v[f"is.product.{p}"]))
    oci = {"q2_26": 412, "q2_25": 1118, "h1_26": -286, "h1_25": 1806}
    for p in PERIODS:
        put(f"ci.unrealized.{p}", oci[p])
        put(f"ci.total.{p}", v[f"is.net_income.{p}"] + v[f"ci.unrealized.{p}"])
    for p in ("q2", "h1"):
        for k in list(PRODUCTS) + ["product", "collab", "rev_total"]:
            base = "rev." + k if k in PRODUCTS else "is." + k
            new, old = v[f"{base}.{p}_26"], v[f"{base}.{p}_25"]
            put(f"chg.{k}.{p}", new - old)
            put(f"chg_pct.{k}.{p}", pct(new - old, old))
        for k in ("cogs", "rd", "sga", "amort", "op_income", "net_income"):
            new, old = v[f"is.{k}.{p}_26"], v[f"is.{k}.{p}_25"]
            put(f"chg.{k}.{p}", new - old)
            put(f"chg_pct.{k}.{p}", pct(new - old, old))

    # ------------------------------------------------------------ gross-to-net
    for yr in ("26", "25"):
        h1, q2 = f"h1_{yr}", f"q2_{yr}"
        for c, (begin, cur, prior, paid) in GTN_ROLL[yr].items():
            put(f"gtn.begin.{c}.{yr}", begin)
            put(f"gtn.cur.{c}.{yr}", cur)
            put(f"gtn.prior.{c}.{yr}", prior)
            put(f"gtn.paid.{c}.{yr}", paid)
            put(f"gtn.end.{c}.{yr}", begin + cur + prior + paid)
            put(f"gtn.prov.{c}.{h1}", cur + prior)
            put(f"gtn.prov.{c}.{q2}", GTN_Q2[yr][c])
        for row in ("begin", "cur", "prior", "paid", "end"):
            put(f"gtn.{row}.total.{yr}", s(*[f"gtn.{row}.{c}.{yr}" for c in GTN]))
        for p in (h1, q2):
            put(f"gtn.prov.total.{p}", s(*[f"gtn.prov.{c}.{p}" for c in GTN]))
            put(f"gtn.gross.{p}", v[f"is.product.{p}"] + v[f"gtn.prov.total.{p}"])
            put(f"gtn.net.{p}", v[f"is.product.{p}"])
            put(f"gtn.pct.{p}", pct(v[f"gtn.prov.total.{p}"], v[f"gtn.gross.{p}"]))
        put(f"gtn.liab.{yr}", s(*[f"gtn.end.{c}.{yr}" for c in ("reb", "ret", "copay")]))
        put(f"gtn.liab_begin.{yr}", s(*[f"gtn.begin.{c}.{yr}" for c in ("reb", "ret", "copay")]))

    # ------------------------------------------------------------ inventories
    for k, (_label, jun, dec) in INVENTORY.items():
        put(f"inv.{k}.jun26", jun)
        put(f"inv.{k}.dec25", dec)
    for d, nc in zip(BS_DATES, INV_NONCURRENT, strict=True):
        put(f"inv.total.{d}", s(*[f"inv.{k}.{d}" for k in INVENTORY]))
        put(f"inv.noncurrent.{d}", -nc)
        put(f"inv.current.{d}", v[f"inv.total.{d}"] + v[f"inv.noncurrent.{d}"])

    # ------------------------------------------------------------ December 31, 2025 balance sheet (given)
    dec = {"cash": 286412, "st_sec": 318705, "ar": 118364, "prepaid": 31507, "lt_sec": 142880, "ppe": 38716,
           "rou": 27904, "intangibles": 186250, "goodwill": 41983, "dta": 64118, "misc": 9214, "ap": 24618,
           "lease_current": 5812, "tax_payable": 8406, "lease_noncurrent": 26437, "other_ltl": 9842,
           "common": 5, "treasury": -84615, "aoci": -1214, "deficit": -248306}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    put("conv.principal.dec25", CONV_PRINCIPAL)
    put("conv.costs.dec25", -6118)

    # ------------------------------------------------------------ six-month cash flows
    cf = {
        "h1_26": {"dep": 3412, "sec_accretion": -2118, "rou": 2406, "deferred": 3814, "lease": -2794,
                  "sec_buy": -212406, "sec_mature": 248900, "capex": -4118, "milestone": -20000, "iprd_paid": -15000,
                  "options": 9214, "withheld": -6418},
        "h1_25": {"dep": 3106, "sec_accretion": -2906, "rou": 2288, "deferred": 4206, "lease": -2612,
                  "sec_buy": -186512, "sec_mature": 171804, "capex": -3512, "milestone": 0, "iprd_paid": 0,
                  "options": 7518, "withheld": -5312, "ar": -6118, "inv": -4206, "prepaid": -1914, "ap": 3108,
                  "accrued": -5806, "gtn": 0, "tax_payable": 1612, "other": 418},
    }
    jun = {"ar": 126918, "prepaid": 33812, "ap": 27406, "tax_payable": 11218, "misc": 9806, "other_ltl": 10315,
           "lease_current": 5906, "st_sec": 301418}
    for k, amount in jun.items():
        put(f"bs.{k}.jun26", amount)
    for k, (_label, j, d) in ACCRUED.items():
        put(f"acc.{k}.jun26", j)
        put(f"acc.{k}.dec25", d)
    put("acc.other.dec25", 71905 - s(*[f"acc.{k}.dec25" for k in ACCRUED]))
    put("acc.other.jun26", 68214 - s(*[f"acc.{k}.jun26" for k in ACCRUED]))
    for d in BS_DATES:
        put(f"acc.total.{d}", s(*[f"acc.{k}.{d}" for k in list(ACCRUED) + ["other"]]))

    # share repurchases (Part II table); first-quarter 2026 repurchases are given
    remaining = D(135394)
    put("rep.remaining.mar", remaining)
    q2_cost = D(0)
    for m, (shares, price) in REPURCHASES.items():
        cost = q(D(shares) * D(price) / 1000)
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        put(f"rep.cost.{m}", cost)
        remaining -= cost
        put(f"rep.remaining.{m}", remaining)
        q2_cost += cost
    put("rep.shares.total", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.cost.q2", q2_cost)
    repo = {"q2_26": -q2_cost, "h1_26": -q2_cost - 14606, "q2_25": D(-10218), "h1_25": D(-18406)}
    options = {"q2_26": 4812, "h1_26": 9214, "q2_25": 3906, "h1_25": 7518}
    withheld = {"q2_26": -1206, "h1_26": -6418, "q2_25": -984, "h1_25": -5312}
    for p in PERIODS:
        put(f"eq.repo.{p}", repo[p])
        put(f"eq.options.{p}", options[p])
        put(f"eq.withheld.{p}", withheld[p])

    for p in ("h1_26", "h1_25"):
        for k, amount in cf[p].items():
            put(f"cf.{k}.{p}", amount)
        put(f"cf.ni.{p}", v[f"is.net_income.{p}"])
        put(f"cf.sbc.{p}", v[f"sbc.total.{p}"])
        put(f"cf.amort.{p}", v[f"is.amort.{p}"])
        put(f"cf.debt_amort.{p}", v[f"conv.amort.{p}"])
        put(f"cf.iprd.{p}", v[f"is.iprd.{p}"])
        put(f"cf.repo.{p}", v[f"eq.repo.{p}"])
    p = "h1_26"
    put("cf.ar.h1_26", v["bs.ar.dec25"] - v["bs.ar.jun26"])
    put("cf.inv.h1_26", v["inv.total.dec25"] - v["inv.total.jun26"])
    put("cf.prepaid.h1_26", v["bs.prepaid.dec25"] - v["bs.prepaid.jun26"])
    put("cf.ap.h1_26", v["bs.ap.jun26"] - v["bs.ap.dec25"])
    put("cf.accrued.h1_26", v["acc.total.jun26"] - v["acc.total.dec25"])
    put("cf.gtn.h1_26", v["gtn.liab.26"] - v["gtn.liab_begin.26"])
    put("cf.tax_payable.h1_26", v["bs.tax_payable.jun26"] - v["bs.tax_payable.dec25"])
    put("cf.other.h1_26", -(v["bs.misc.jun26"] - v["bs.misc.dec25"])
        + (v["bs.other_ltl.jun26"] - v["bs.other_ltl.dec25"]))
    put("cf.gtn.h1_25", v["gtn.liab.25"] - v["gtn.liab_begin.25"])
    op = ("ni", "sbc", "dep", "amort", "debt_amort", "iprd", "sec_accretion", "rou", "deferred", "ar", "inv",
          "prepaid", "ap", "accrued", "gtn", "tax_payable", "lease", "other")
    inv_ = ("sec_buy", "sec_mature", "capex", "milestone", "iprd_paid")
    fin = ("options", "withheld", "repo")
    for p in ("h1_26", "h1_25"):
        cfo = put(f"cf.cfo.{p}", s(*[f"cf.{k}.{p}" for k in op]))
        cfi = put(f"cf.cfi.{p}", s(*[f"cf.{k}.{p}" for k in inv_]))
        cff = put(f"cf.cff.{p}", s(*[f"cf.{k}.{p}" for k in fin]))
        put(f"cf.change.{p}", cfo + cfi + cff)
    put("cf.begin.h1_26", v["bs.cash.dec25"])
    put("cf.end.h1_26", v["cf.begin.h1_26"] + v["cf.change.h1_26"])
    put("cf.begin.h1_25", 251306)
    put("cf.end.h1_25", v["cf.begin.h1_25"] + v["cf.change.h1_25"])
    put("cf.int_paid.h1_26", 2700)
    put("cf.tax_paid.h1_26", 38412)

    # ------------------------------------------------------------ June 30, 2026 balance sheet (derived)
    put("bs.cash.jun26", v["cf.end.h1_26"])
    sec_dec = v["bs.st_sec.dec25"] + v["bs.lt_sec.dec25"]
    sec_jun = (sec_dec - v["cf.sec_buy.h1_26"] - v["cf.sec_mature.h1_26"] - v["cf.sec_accretion.h1_26"]
               + v["ci.unrealized.h1_26"])
    put("sec.total.dec25", sec_dec)
    put("sec.total.jun26", sec_jun)
    put("bs.lt_sec.jun26", sec_jun - v["bs.st_sec.jun26"])
    put("bs.ppe.jun26", v["bs.ppe.dec25"] - v["cf.capex.h1_26"] - v["cf.dep.h1_26"])
    put("bs.rou.jun26", v["bs.rou.dec25"] - v["cf.rou.h1_26"])
    put("bs.intangibles.jun26", v["bs.intangibles.dec25"] - v["cf.milestone.h1_26"] - v["cf.amort.h1_26"])
    put("bs.goodwill.jun26", v["bs.goodwill.dec25"])
    put("bs.dta.jun26", v["bs.dta.dec25"] - v["cf.deferred.h1_26"])
    lease_dec = v["bs.lease_current.dec25"] + v["bs.lease_noncurrent.dec25"]
    put("bs.lease_noncurrent.jun26", lease_dec + v["cf.lease.h1_26"] - v["bs.lease_current.jun26"])
    put("conv.principal.jun26", CONV_PRINCIPAL)
    put("conv.costs.jun26", v["conv.costs.dec25"] + v["cf.debt_amort.h1_26"])
    for d in BS_DATES:
        put(f"conv.net.{d}", v[f"conv.principal.{d}"] + v[f"conv.costs.{d}"])
        put(f"bs.conv.{d}", v[f"conv.net.{d}"])
        put(f"bs.inventories.{d}", v[f"inv.current.{d}"])
        put(f"bs.other_assets.{d}", v[f"bs.misc.{d}"] - v[f"inv.noncurrent.{d}"])
        put(f"bs.accrued.{d}", v[f"acc.total.{d}"])
    put("bs.gtn.dec25", v["gtn.liab_begin.26"])
    put("bs.gtn.jun26", v["gtn.liab.26"])
    put("bs.common.jun26", v["bs.common.dec25"])
    put("bs.treasury.jun26", v["bs.treasury.dec25"] + v["eq.repo.h1_26"])
    put("bs.aoci.jun26", v["bs.aoci.dec25"] + v["ci.unrealized.h1_26"])
    put("bs.deficit.jun26", v["bs.deficit.dec25"] + v["is.net_income.h1_26"])
    for d in BS_DATES:
        put(f"bs.ca_total.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "st_sec", "ar", "inventories", "prepaid")]))
        put(f"bs.assets_total.{d}", v[f"bs.ca_total.{d}"] + s(*[f"bs.{k}.{d}" for k in (
            "lt_sec", "ppe", "rou", "intangibles", "goodwill", "dta", "other_assets")]))
        put(f"bs.cl_total.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "gtn", "tax_payable",
                                                             "lease_current")]))
        put(f"bs.liab_total.{d}", v[f"bs.cl_total.{d}"] + s(*[f"bs.{k}.{d}" for k in (
            "conv", "lease_noncurrent", "other_ltl")]))
    # additional paid-in capital balances the given December 31, 2025 sheet
    put("bs.apic.dec25", v["bs.assets_total.dec25"] - v["bs.liab_total.dec25"]
        - s("bs.common.dec25", "bs.treasury.dec25", "bs.aoci.dec25", "bs.deficit.dec25"))
    put("bs.apic.jun26", v["bs.apic.dec25"] + v["sbc.total.h1_26"] + v["eq.options.h1_26"] + v["eq.withheld.h1_26"])
    for d in BS_DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("common", "apic", "treasury", "aoci", "deficit")]))
        put(f"bs.le_total.{d}", v[f"bs.liab_total.{d}"] + v[f"bs.equity.{d}"])
    put("bs.lease_total.jun26", v["bs.lease_current.jun26"] + v["bs.lease_noncurrent.jun26"])

    # marketable securities by type at June 30, 2026
    cp_cost = (sec_jun - s("ci.unrealized.h1_26") - v["bs.aoci.dec25"]) - sum(
        (D(x[1]) for x in SECURITIES.values() if x[1] is not None), D(0))
    for k, (_label, cost, gains, losses) in SECURITIES.items():
        c = cost if cost is not None else cp_cost
        put(f"sec.cost.{k}", c)
        put(f"sec.gains.{k}", gains)
        put(f"sec.losses.{k}", losses)
        put(f"sec.fv.{k}", s(f"sec.cost.{k}", f"sec.gains.{k}", f"sec.losses.{k}"))
    for col in ("cost", "gains", "losses", "fv"):
        put(f"sec.{col}.total", s(*[f"sec.{col}.{k}" for k in SECURITIES]))
    put("mda.cash_sec", v["bs.cash.jun26"] + v["sec.total.jun26"])

    # ------------------------------------------------------------ equity statement (quarterly blocks)
    dec24 = {"shares": 50612, "common": 5, "apic": 1001418, "treasury": -54208, "aoci": -2906, "deficit": -398512}
    shares = {"26": {"q1": (328, -322), "q2": (284, -476)}, "25": {"q1": (384, -176), "q2": (318, -236)}}
    cols = ("common", "apic", "treasury", "aoci", "deficit")
    for yr, begin_key, start in (("26", "dec25", None), ("25", "dec24", dec24)):
        if start:
            for c, amount in start.items():
                put(f"eq.{c}.{begin_key}", amount)
        else:
            for c in cols:
                put(f"eq.{c}.{begin_key}", v[f"bs.{c}.dec25"])
            put(f"eq.shares.{begin_key}", 51318)
        h1, q2 = f"h1_{yr}", f"q2_{yr}"
        q1 = f"q1_{yr}"
        for item, key in (("ni", "is.net_income"), ("oci", "ci.unrealized"), ("sbc", "sbc.total"),
                          ("options", "eq.options"), ("withheld", "eq.withheld"), ("repo", "eq.repo")):
            put(f"eq.{item}.{q2}", v[f"{key}.{q2}"])
            put(f"eq.{item}.{q1}", v[f"{key}.{h1}"] - v[f"{key}.{q2}"])
        mid_key, end_key = f"mar{yr}", f"jun{yr}"
        for period, a, b in ((q1, begin_key, mid_key), (q2, mid_key, end_key)):
            issued, bought = shares[yr][period[:2]]
            put(f"eq.sh_issued.{period}", issued)
            put(f"eq.sh_repo.{period}", bought)
            put(f"eq.shares.{b}", v[f"eq.shares.{a}"] + issued + bought)
            put(f"eq.common.{b}", v[f"eq.common.{a}"])
            put(f"eq.apic.{b}", v[f"eq.apic.{a}"] + s(f"eq.sbc.{period}", f"eq.options.{period}",
                                                      f"eq.withheld.{period}"))
            put(f"eq.treasury.{b}", v[f"eq.treasury.{a}"] + v[f"eq.repo.{period}"])
            put(f"eq.aoci.{b}", v[f"eq.aoci.{a}"] + v[f"eq.oci.{period}"])
            put(f"eq.deficit.{b}", v[f"eq.deficit.{a}"] + v[f"eq.ni.{period}"])
        for key in (begin_key, mid_key, end_key):
            put(f"eq.total.{key}", s(*[f"eq.{c}.{key}" for c in cols]))
    put("bs.shares.jun26", v["eq.shares.jun26"])
    put("bs.shares.dec25", v["eq.shares.dec25"])

    # ------------------------------------------------------------ intangible assets
    intang = {"kal": ("KALTRIVE product rights", 245000, -88750, 225000, -78750),
              "neb": ("NEBRAVIA license rights", 50000, -12500, 50000, -10000)}
    for k, (_label, gj, aj, gd, ad) in intang.items():
        put(f"int.gross.{k}.jun26", gj)
        put(f"int.accum.{k}.jun26", aj)
        put(f"int.gross.{k}.dec25", gd)
        put(f"int.accum.{k}.dec25", ad)
        for d in BS_DATES:
            put(f"int.net.{k}.{d}", v[f"int.gross.{k}.{d}"] + v[f"int.accum.{k}.{d}"])
    for d in BS_DATES:
        for col in ("gross", "accum", "net"):
            put(f"int.{col}.total.{d}", s(*[f"int.{col}.{k}.{d}" for k in intang]))
    sched = {"r2026": 13000, "2027": 26000, "2028": 26000, "2029": 26000, "2030": 26000}
    for k, amount in sched.items():
        put(f"int.sched.{k}", amount)
    put("int.sched.after", v["int.net.total.jun26"] - s(*[f"int.sched.{k}" for k in sched]))
    put("int.sched.total", v["int.net.total.jun26"])
    put("int.milestone", -v["cf.milestone.h1_26"])

    # ------------------------------------------------------------ prose-only figures
    prose = {"mda.guide_low": 690, "mda.guide_high": 710, "mda.trx_orv.q2_26": 412600, "mda.trx_orv.q2_25": 361800,
             "mda.employees": 742, "mda.reps": 168, "conv.fair_value": 401.8, "conv.eff_rate": "2.18",
             "sbc.unrecognized": 96412, "sbc.years": "2.6", "rep.authorization": 250000,
             "mda.rd_guide_low": 165, "mda.rd_guide_high": 175}
    for k, amount in prose.items():
        put(k, D(str(amount)))
    put("conv.price", q(D(1000) / D(CONV_RATE), 2))
    put("conv.rate", CONV_RATE)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for p in PERIODS:
        t.append((f"IS {p}: product revenue foots", v[f"is.product.{p}"], s(*[f"rev.{k}.{p}" for k in PRODUCTS])))
        t.append((f"IS {p}: collaboration revenue foots", v[f"is.collab.{p}"], s(*[f"collab.{k}.{p}" for k in COLLAB])))
        t.append((f"IS {p}: total revenues", v[f"is.rev_total.{p}"], s(f"is.product.{p}", f"is.collab.{p}")))
        t.append((f"IS {p}: expenses foot", v[f"is.opex_total.{p}"], s(*[f"is.{k}.{p}" for k in COSTS])))
        t.append((f"IS {p}: operating income", v[f"is.op_income.{p}"],
                  v[f"is.rev_total.{p}"] - v[f"is.opex_total.{p}"]))
        t.append((f"IS {p}: other income foots", v[f"is.other_total.{p}"],
                  s(f"is.int_income.{p}", f"is.int_expense.{p}", f"is.other.{p}")))
        t.append((f"IS {p}: pretax", v[f"is.pretax.{p}"], v[f"is.op_income.{p}"] + v[f"is.other_total.{p}"]))
        t.append((f"IS {p}: net income", v[f"is.net_income.{p}"], v[f"is.pretax.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"IS {p}: comprehensive income", v[f"ci.total.{p}"],
                  v[f"is.net_income.{p}"] + v[f"ci.unrealized.{p}"]))
        t.append((f"EPS {p}: basic", v[f"is.eps_basic.{p}"], q(v[f"is.net_income.{p}"] / v[f"is.shares_basic.{p}"], 2)))
        t.append((f"EPS {p}: diluted numerator", v[f"eps.ni_diluted.{p}"],
                  v[f"is.net_income.{p}"] + v[f"eps.addback.{p}"]))
        t.append((f"EPS {p}: diluted", v[f"is.eps_diluted.{p}"],
                  q(v[f"eps.ni_diluted.{p}"] / v[f"is.shares_diluted.{p}"], 2)))
        t.append((f"EPS {p}: diluted shares", v[f"is.shares_diluted.{p}"],
                  s(f"is.shares_basic.{p}", f"eps.dilutive.{p}", f"eps.conv_shares.{p}")))
        t.append((f"EPS {p}: notes are dilutive", D(1) if v[f"is.eps_diluted.{p}"] < v[f"is.eps_basic.{p}"] else D(0),
                  D(1)))
        t.append((f"Notes {p}: interest expense = statement", v[f"conv.interest.{p}"], -v[f"is.int_expense.{p}"]))
        t.append((f"SBC {p}: by line foots", v[f"sbc.total.{p}"], s(*[f"sbc.{k}.{p}" for k in SBC])))
        t.append((f"R&D {p}: programs = statement", v[f"is.rd.{p}"],
                  s(*[f"rd.{k}.{p}" for k in RD_PROGRAMS], f"rd.other.{p}")))
        t.append((f"GTN {p}: gross - deductions = net", v[f"gtn.gross.{p}"] - v[f"gtn.prov.total.{p}"],
                  v[f"is.product.{p}"]))
    for yr in ("26", "25"):
        for c in GTN:
            t.append((f"GTN 20{yr}: {c} roll", v[f"gtn.end.{c}.{yr}"],
                      s(*[f"gtn.{r}.{c}.{yr}" for r in ("begin", "cur", "prior", "paid")])))
            t.append((f"GTN 20{yr}: {c} six-month provision = roll", v[f"gtn.prov.{c}.h1_{yr}"],
                      s(f"gtn.cur.{c}.{yr}", f"gtn.prior.{c}.{yr}")))
        for r in ("begin", "cur", "prior", "paid", "end"):
            t.append((f"GTN 20{yr}: {r} total", v[f"gtn.{r}.total.{yr}"], s(*[f"gtn.{r}.{c}.{yr}" for c in GTN])))
        t.append((f"GTN 20{yr}: cash flow change = accrued allowances change", v[f"cf.gtn.h1_{yr}"],
                  v[f"gtn.liab.{yr}"] - v[f"gtn.liab_begin.{yr}"]))
        for b in (f"mar{yr}", f"jun{yr}"):
            t.append((f"Equity {b}: columns foot", v[f"eq.total.{b}"],
                      s(*[f"eq.{c}.{b}" for c in ("common", "apic", "treasury", "aoci", "deficit")])))
        begin = "dec25" if yr == "26" else "dec24"
        flows = D(0)
        for period in (f"q1_{yr}", f"q2_{yr}"):
            flows += s(*[f"eq.{k}.{period}" for k in ("ni", "oci", "sbc", "options", "withheld", "repo")])
        t.append((f"Equity 20{yr}: six-month roll", v[f"eq.total.jun{yr}"], v[f"eq.total.{begin}"] + flows))
        t.append((f"Equity 20{yr}: Q2 net income = statement", v[f"eq.ni.q2_{yr}"], v[f"is.net_income.q2_{yr}"]))
        t.append((f"Equity 20{yr}: six-month net income = statement",
                  s(f"eq.ni.q1_{yr}", f"eq.ni.q2_{yr}"), v[f"is.net_income.h1_{yr}"]))
        t.append((f"Equity 20{yr}: six-month SBC = cash flow", s(f"eq.sbc.q1_{yr}", f"eq.sbc.q2_{yr}"),
                  v[f"cf.sbc.h1_{yr}"]))
        t.append((f"Equity 20{yr}: six-month repurchases = cash flow", s(f"eq.repo.q1_{yr}", f"eq.repo.q2_{yr}"),
                  v[f"cf.repo.h1_{yr}"]))
    for p in ("h1_26", "h1_25"):
        op = ("ni", "sbc", "dep", "amort", "debt_amort", "iprd", "sec_accretion", "rou", "deferred", "ar", "inv",
              "prepaid", "ap", "accrued", "gtn", "tax_payable", "lease", "other")
        t.append((f"CF {p}: operating foots", v[f"cf.cfo.{p}"], s(*[f"cf.{k}.{p}" for k in op])))
        t.append((f"CF {p}: investing foots", v[f"cf.cfi.{p}"],
                  s(*[f"cf.{k}.{p}" for k in ("sec_buy", "sec_mature", "capex", "milestone", "iprd_paid")])))
        t.append((f"CF {p}: financing foots", v[f"cf.cff.{p}"], s(*[f"cf.{k}.{p}" for k in ("options", "withheld",
                                                                                              "repo")])))
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"],
                  s(f"cf.begin.{p}", f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}")))
        t.append((f"CF {p}: net income = statement", v[f"cf.ni.{p}"], v[f"is.net_income.{p}"]))
        t.append((f"CF {p}: amortization = statement", v[f"cf.amort.{p}"], v[f"is.amort.{p}"]))
        t.append((f"CF {p}: IPR&D add-back = statement", v[f"cf.iprd.{p}"], v[f"is.iprd.{p}"]))
        t.append((f"CF {p}: IPR&D paid = expensed", -v[f"cf.iprd_paid.{p}"], v[f"is.iprd.{p}"]))
    for d in BS_DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets_total.{d}"], v[f"bs.le_total.{d}"]))
        t.append((f"BS {d}: current assets foot", v[f"bs.ca_total.{d}"],
                  s(*[f"bs.{k}.{d}" for k in ("cash", "st_sec", "ar", "inventories", "prepaid")])))
        t.append((f"BS {d}: current liabilities foot", v[f"bs.cl_total.{d}"],
                  s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "gtn", "tax_payable", "lease_current")])))
        t.append((f"BS {d}: inventories = note", v[f"bs.inventories.{d}"], v[f"inv.current.{d}"]))
        t.append((f"Inventories {d}: foot", v[f"inv.total.{d}"], s(*[f"inv.{k}.{d}" for k in INVENTORY])))
        t.append((f"BS {d}: accrued expenses = note", v[f"bs.accrued.{d}"], v[f"acc.total.{d}"]))
        t.append((f"BS {d}: notes = note", v[f"bs.conv.{d}"], v[f"conv.principal.{d}"] + v[f"conv.costs.{d}"]))
        t.append((f"BS {d}: intangibles = note", v[f"bs.intangibles.{d}"], v[f"int.net.total.{d}"]))
        t.append((f"BS {d}: equity = equity statement", v[f"bs.equity.{d}"], v[f"eq.total.{d}"]))
        t.append((f"BS {d}: shares = equity statement", v[f"bs.shares.{d}"], v[f"eq.shares.{d}"]))
    t.append(("BS: cash = cash flow end", v["bs.cash.jun26"], v["cf.end.h1_26"]))
    t.append(("BS: cash = cash flow begin", v["bs.cash.dec25"], v["cf.begin.h1_26"]))
    t.append(("BS: accrued allowances = GTN roll (Jun)", v["bs.gtn.jun26"],
              s("gtn.end.reb.26", "gtn.end.ret.26", "gtn.end.copay.26")))
    t.append(("BS: accrued allowances = GTN roll (Dec)", v["bs.gtn.dec25"],
              s("gtn.begin.reb.26", "gtn.begin.ret.26", "gtn.begin.copay.26")))
    t.append(("BS: receivables change = cash flow", v["bs.ar.dec25"] - v["bs.ar.jun26"], v["cf.ar.h1_26"]))
    t.append(("BS: inventory change = cash flow", v["inv.total.dec25"] - v["inv.total.jun26"], v["cf.inv.h1_26"]))
    t.append(("BS: payables change = cash flow", v["bs.ap.jun26"] - v["bs.ap.dec25"], v["cf.ap.h1_26"]))
    t.append(("BS: accrued expenses change = cash flow", v["bs.accrued.jun26"] - v["bs.accrued.dec25"],
              v["cf.accrued.h1_26"]))
    t.append(("Securities: roll", s("bs.st_sec.jun26", "bs.lt_sec.jun26"),
              s("bs.st_sec.dec25", "bs.lt_sec.dec25") - s("cf.sec_buy.h1_26", "cf.sec_mature.h1_26",
                                                          "cf.sec_accretion.h1_26") + v["ci.unrealized.h1_26"]))
    t.append(("Securities: fair value by type = balance sheet", v["sec.fv.total"], s("bs.st_sec.jun26",
                                                                                     "bs.lt_sec.jun26")))
    t.append(("Securities: net unrealized = AOCI", v["sec.gains.total"] + v["sec.losses.total"], v["bs.aoci.jun26"]))
    t.append(("PP&E: roll", v["bs.ppe.jun26"], v["bs.ppe.dec25"] - v["cf.capex.h1_26"] - v["cf.dep.h1_26"]))
    t.append(("Intangibles: roll", v["bs.intangibles.jun26"],
              v["bs.intangibles.dec25"] + v["int.milestone"] - v["is.amort.h1_26"]))
    t.append(("Intangibles: amortization = accumulated change", v["int.accum.total.dec25"] - v["int.accum.total.jun26"],
              v["is.amort.h1_26"]))
    t.append(("Intangibles: schedule = net", v["int.sched.total"], s(*[f"int.sched.{k}" for k in (
        "r2026", "2027", "2028", "2029", "2030", "after")])))
    t.append(("Notes: cost amortization roll", v["conv.costs.jun26"], v["conv.costs.dec25"] + v["conv.amort.h1_26"]))
    t.append(("Leases: liability roll", s("bs.lease_current.jun26", "bs.lease_noncurrent.jun26"),
              s("bs.lease_current.dec25", "bs.lease_noncurrent.dec25") + v["cf.lease.h1_26"]))
    t.append(("Leases: ROU roll", v["bs.rou.jun26"], v["bs.rou.dec25"] - v["cf.rou.h1_26"]))
    t.append(("Repurchases: Q2 monthly costs = equity statement", -v["eq.repo.q2_26"],
              s("rep.cost.apr", "rep.cost.may", "rep.cost.jun")))
    t.append(("Repurchases: Q2 shares = equity statement", -v["eq.sh_repo.q2_26"] * 1000, v["rep.shares.total"]))
    t.append(("Repurchases: authorization roll", v["rep.remaining.jun"],
              v["rep.remaining.mar"] - s("rep.cost.apr", "rep.cost.may", "rep.cost.jun")))
    return t
