"""Invented figures for Calderbrook Environmental Services, Inc., Form 10-K for the year ended December 31, 2025.

Amounts are $ thousands (whole numbers) unless the key says otherwise; shares in thousands; per-share amounts in $;
tons in thousands; landfill airspace in millions of cubic yards; percentages as printed. Revenue is built from gross
revenue by line of business less intercompany revenue; segment revenue and segment EBITDA reconcile to the
statement of operations. The December 31, 2024 balance sheet is given (additional paid-in capital balances it, and
cash and restricted cash come from the 2023 and 2024 cash flow statements, whose "other, net" lines close onto the
given balances); the December 31, 2025 balance sheet is derived from it through the 2025 cash flow statement and the
property, goodwill, intangible, landfill obligation, debt, deferred tax and equity roll-forwards (including the 2025
acquisitions), so the statements tie by construction and ties() re-proves every identity. Equity balances for 2022
and 2023 are rolled back from December 31, 2024.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
BS_YEARS = (2025, 2024)
SEGMENTS = {"atl": "Atlantic", "gulf": "Gulf", "pra": "Prairie"}
LINES = {"res": "Residential collection", "com": "Commercial collection", "ind": "Industrial (roll-off) collection",
         "xfer": "Transfer and disposal", "lf": "Landfill", "rec": "Recycling and renewable energy", "oth": "Other"}
COLLECTION = ("res", "com", "ind")


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- revenue (2025, 2024, 2023)
GROSS = {"res": (612480, 584310, 553940), "com": (804260, 761820, 718550), "ind": (498730, 476150, 452880),
         "xfer": (412860, 389420, 366050), "lf": (598340, 561870, 523410), "rec": (146920, 128640, 139210),
         "oth": (38650, 35210, 33780)}
INTERCO = {"res": (0, 0, 0), "com": (0, 0, 0), "ind": (0, 0, 0), "xfer": (-171480, -160350, -150120),
           "lf": (-248370, -233910, -218660), "rec": (-12060, -10840, -9950), "oth": (0, 0, 0)}
SEG_REV = {"atl": (1012460, 968240, 921370), "gulf": (905180, 846930, 801440)}  # Prairie is the remainder
SEG_EBITDA = {"atl": (338460, 318720, 301850), "gulf": (289710, 267940, 251380), "pra": (247380, 231620, 219470)}
SEG_DDA = {"atl": (104860, 99740, 93480), "gulf": (96420, 91280, 85160), "pra": (84310, 80160, 75390)}
SEG_CAPEX = {"atl": (118460, 110240, 104310), "gulf": (109870, 101560, 96870), "pra": (92140, 88930, 84520)}
SEG_ASSETS = {"atl": (2486310, 2402180), "gulf": (2104560, 1986420), "pra": (1632840, 1598710)}

# ---------------------------------------------------------------- statement of operations
COST_OPS = (1584210, 1511640, 1441870)
SGA = (281460, 268320, 252190)
DDA = (298740, 283150, 264880)
AMORT = (41860, 38420, 35910)
ACCRETION = (18640, 17320, 16150)
IMPAIR = (12480, -3260, 6810)
INT_EXP = (-128410, -121760, -109350)
INT_INC = (6240, 7910, 5380)
OTHER_INC = (1870, -940, 2130)
ACQ_COSTS = (7320, 5860, 4410)  # included in SG&A
TAX = {"cur_fed": (52180, 47310, 44920), "cur_state": (13460, 12240, 11780), "def_fed": (11870, 13620, 12460),
       "def_state": (2150, 1930, 2010)}
RATE_ITEMS = {"state": ("3.6", "3.7", "3.6"), "credits": ("-0.6", "-0.5", "-0.4"), "sbc": ("-0.3", "-0.2", "-0.4"),
              "comp": ("0.4", "0.3", "0.3")}
SHARES_BASIC = (61204, 62118, 62945)
SHARES_DILUTED = (61652, 62577, 63390)
DPS = ("1.32", "1.20", "1.08")
DIVIDENDS = (80790, 74540, 67980)
REPO_CASH = (168460, 142760, 96310)
SBC = (24860, 22410, 20370)
CAPEX = (334620, 312480, 296140)
ESPP = (6120, 5480, 4980)
WITHHELD = (8940, 7860, 6920)
OCI = (-3420, 2160, -1280)  # unrealized gains (losses) on interest rate swaps, net of tax

# cost of operations by nature (2025, 2024); "other" is the remainder
COST_NATURE = {"labor": (598420, 573860), "xfer": (246310, 236140), "maint": (252180, 238410),
               "fuel": (112460, 121930), "landfill": (108730, 101260), "risk": (78640, 71380)}
# revenue change analysis: (2025 vs 2024, 2024 vs 2023); acquisitions are the remainder
REV_CHANGE = {"yield": (98620, 96410), "volume": (-14360, -8940), "commodity": (9840, -13270),
              "fuel": (-6250, -4860)}

# repurchases in the fourth quarter of 2025 (shares, average price)
REPURCHASES = {"oct": (118420, "124.36"), "nov": (132650, "119.82"), "dec": (109780, "127.45")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    # ------------------------------------------------------------ revenue by line and by segment
    for i, y in enumerate(YEARS):
        for ln in LINES:
            put(f"rev.gross.{ln}.{y}", GROSS[ln][i])
            put(f"rev.ic.{ln}.{y}", INTERCO[ln][i])
            put(f"rev.net.{ln}.{y}", v[f"rev.gross.{ln}.{y}"] + v[f"rev.ic.{ln}.{y}"])
        for k in ("gross", "ic", "net"):
            put(f"rev.{k}.coll.{y}", s(*[f"rev.{k}.{ln}.{y}" for ln in COLLECTION]))
            put(f"rev.{k}.total.{y}", s(*[f"rev.{k}.{ln}.{y}" for ln in LINES]))
        rev = put(f"is.rev.{y}", v[f"rev.net.total.{y}"])
        for g, amounts in SEG_REV.items():
            put(f"seg.rev.{g}.{y}", amounts[i])
        put(f"seg.rev.pra.{y}", rev - s(*[f"seg.rev.{g}.{y}" for g in SEG_REV]))
        put(f"seg.rev.total.{y}", rev)
        for ln in LINES:
            put(f"rev.share.{ln}.{y}", pct(v[f"rev.net.{ln}.{y}"], rev))
        put(f"rev.share.coll.{y}", pct(v[f"rev.net.coll.{y}"], rev))

        # -------------------------------------------------------- statement of operations
        put(f"is.cost_ops.{y}", COST_OPS[i])
        put(f"is.sga.{y}", SGA[i])
        put(f"is.dda.{y}", DDA[i])
        put(f"is.amort.{y}", AMORT[i])
        put(f"is.accretion.{y}", ACCRETION[i])
        put(f"is.impair.{y}", IMPAIR[i])
        costs = put(f"is.costs.{y}", s(*[f"is.{k}.{y}" for k in ("cost_ops", "sga", "dda", "amort", "accretion",
                                                                 "impair")]))
        oi = put(f"is.oi.{y}", rev - costs)
        put(f"is.int_exp.{y}", INT_EXP[i])
        put(f"is.int_inc.{y}", INT_INC[i])
        put(f"is.other.{y}", OTHER_INC[i])
        put(f"is.nonop.{y}", s(f"is.int_exp.{y}", f"is.int_inc.{y}", f"is.other.{y}"))
        pretax = put(f"is.pretax.{y}", oi + v[f"is.nonop.{y}"])
        for k, amounts in TAX.items():
            put(f"tax.{k}.{y}", amounts[i])
        put(f"tax.cur.{y}", v[f"tax.cur_fed.{y}"] + v[f"tax.cur_state.{y}"])
        put(f"tax.def.{y}", v[f"tax.def_fed.{y}"] + v[f"tax.def_state.{y}"])
        tax = put(f"is.tax.{y}", v[f"tax.cur.{y}"] + v[f"tax.def.{y}"])
        ni = put(f"is.ni.{y}", pretax - tax)
        put(f"is.shares_basic.{y}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{y}", SHARES_DILUTED[i])
        put(f"eps.dilutive.{y}", SHARES_DILUTED[i] - SHARES_BASIC[i])
        put(f"is.eps_basic.{y}", q(ni / v[f"is.shares_basic.{y}"], 2))
        put(f"is.eps_diluted.{y}", q(ni / v[f"is.shares_diluted.{y}"], 2))
        put(f"is.dps.{y}", DPS[i])
        put(f"is.oci.{y}", OCI[i])
        put(f"is.ci.{y}", ni + v[f"is.oci.{y}"])
        eff = put(f"tax.rate.eff.{y}", pct(tax, pretax))
        put(f"tax.rate.stat.{y}", "21.0")
        for k, items in RATE_ITEMS.items():
            put(f"tax.rate.{k}.{y}", items[i])
        put(f"tax.rate.other.{y}", eff - v[f"tax.rate.stat.{y}"] - s(*[f"tax.rate.{k}.{y}" for k in RATE_ITEMS]))

        # -------------------------------------------------------- adjusted EBITDA and segments
        put(f"ebitda.oi.{y}", oi)
        put(f"ebitda.dda.{y}", v[f"is.dda.{y}"])
        put(f"ebitda.amort.{y}", v[f"is.amort.{y}"])
        put(f"ebitda.accretion.{y}", v[f"is.accretion.{y}"])
        put(f"ebitda.impair.{y}", v[f"is.impair.{y}"])
        put(f"ebitda.acq.{y}", ACQ_COSTS[i])
        adj = put(f"ebitda.adj.{y}", s(*[f"ebitda.{k}.{y}" for k in ("oi", "dda", "amort", "accretion", "impair",
                                                                     "acq")]))
        put(f"ebitda.margin.{y}", pct(adj, rev))
        for g in segs:
            put(f"seg.ebitda.{g}.{y}", SEG_EBITDA[g][i])
            put(f"seg.dda.{g}.{y}", SEG_DDA[g][i])
            put(f"seg.capex.{g}.{y}", SEG_CAPEX[g][i])
            put(f"seg.margin.{g}.{y}", pct(v[f"seg.ebitda.{g}.{y}"], v[f"seg.rev.{g}.{y}"]))
        put(f"seg.ebitda.corp.{y}", adj - s(*[f"seg.ebitda.{g}.{y}" for g in segs]))
        put(f"seg.ebitda.total.{y}", adj)
        put(f"seg.dda.corp.{y}", v[f"is.dda.{y}"] - s(*[f"seg.dda.{g}.{y}" for g in segs]))
        put(f"seg.dda.total.{y}", v[f"is.dda.{y}"])
        put(f"seg.capex.corp.{y}", CAPEX[i] - s(*[f"seg.capex.{g}.{y}" for g in segs]))
        put(f"seg.capex.total.{y}", CAPEX[i])
        # reconciliation of segment EBITDA to income before income taxes (negative adjustments)
        put(f"rec.dda.{y}", -v[f"is.dda.{y}"])
        put(f"rec.amort.{y}", -v[f"is.amort.{y}"])
        put(f"rec.accretion.{y}", -v[f"is.accretion.{y}"])
        put(f"rec.impair.{y}", -v[f"is.impair.{y}"])
        put(f"rec.acq.{y}", -v[f"ebitda.acq.{y}"])
        put(f"rec.nonop.{y}", v[f"is.nonop.{y}"])
        # margins for the MD&A
        put(f"mda.cost_pct.{y}", pct(v[f"is.cost_ops.{y}"], rev))
        put(f"mda.sga_pct.{y}", pct(v[f"is.sga.{y}"], rev))
        put(f"mda.oi_margin.{y}", pct(oi, rev))
        put(f"cf.sbc.{y}", SBC[i])
        put(f"cf.capex.{y}", -D(CAPEX[i]))
        put(f"cf.div.{y}", -D(DIVIDENDS[i]))
        put(f"cf.repo.{y}", -D(REPO_CASH[i]))
        put(f"cf.espp.{y}", ESPP[i])
        put(f"cf.withheld.{y}", -D(WITHHELD[i]))
    put("mda.rev_chg", pct(v["is.rev.2025"] - v["is.rev.2024"], v["is.rev.2024"]))
    put("mda.ni_chg", pct(v["is.ni.2025"] - v["is.ni.2024"], v["is.ni.2024"]))
    put("mda.ebitda_chg", pct(v["ebitda.adj.2025"] - v["ebitda.adj.2024"], v["ebitda.adj.2024"]))

    # ------------------------------------------------------------ cost of operations by nature, revenue change
    for j, y in enumerate(BS_YEARS):
        for k, amounts in COST_NATURE.items():
            put(f"cn.{k}.{y}", amounts[j])
        put(f"cn.other.{y}", v[f"is.cost_ops.{y}"] - s(*[f"cn.{k}.{y}" for k in COST_NATURE]))
        put(f"cn.total.{y}", v[f"is.cost_ops.{y}"])
        for k in list(COST_NATURE) + ["other", "total"]:
            put(f"cn.pct.{k}.{y}", pct(v[f"cn.{k}.{y}"], v[f"is.rev.{y}"]))
        prior = v[f"is.rev.{y - 1}"]
        for k, amounts in REV_CHANGE.items():
            put(f"rc.{k}.{y}", amounts[j])
        put(f"rc.total.{y}", v[f"is.rev.{y}"] - prior)
        put(f"rc.acq.{y}", v[f"rc.total.{y}"] - s(*[f"rc.{k}.{y}" for k in REV_CHANGE]))
        for k in list(REV_CHANGE) + ["acq", "total"]:
            put(f"rc.pct.{k}.{y}", pct(v[f"rc.{k}.{y}"], prior))

    # ------------------------------------------------------------ landfill operating data
    landfill = {"tons": (21386, 20742), "airspace": ("684.2", "671.5"), "expansion": ("212.6", "198.3"),
                "internal": ("68.4", "67.1")}
    for k, (a, b) in landfill.items():
        put(f"lf.{k}.2025", a)
        put(f"lf.{k}.2024", b)
    for y in BS_YEARS:
        put(f"lf.total_air.{y}", v[f"lf.airspace.{y}"] + v[f"lf.expansion.{y}"])

    # ------------------------------------------------------------ December 31, 2024 balance sheet (given)
    given24 = {"restricted": 84620, "ar": 318460, "prepaid": 58310, "ppe": 3842760, "gw": 1486230, "intang": 312480,
               "other_a": 164920, "ap": 214870, "accrued": 246380, "defrev": 102640, "dtl": 468920,
               "other_l": 188540, "cs": 812, "re": 2418650, "aoci": 6840, "treasury": -1246380}
    for k, amount in given24.items():
        put(f"bs.{k}.2024", amount)
    given25 = {"restricted": 91350, "ar": 334870, "prepaid": 61940, "other_a": 171360, "ap": 226410,
               "accrued": 259470, "defrev": 108290, "other_l": 194120}
    for k, amount in given25.items():
        put(f"bs.{k}.2025", amount)

    # acquisitions in 2025: purchase price allocation
    ppa = {"ar": 18240, "ppe": 86430, "intang": 46310, "gw": 112840, "aro": -5120, "liab": -14690}
    for k, amount in ppa.items():
        put(f"acq.{k}", amount)
    put("acq.total", s(*[f"acq.{k}" for k in ppa]))
    put("acq.count", 11)
    put("acq.gw_pct", pct(v["acq.gw"], v["acq.total"]))
    gw_acq = {"atl": (38620, 29840), "gulf": (51460, 34120)}
    gw24 = {"atl": 562410, "gulf": 498760}
    for g, (a25, a24) in gw_acq.items():
        put(f"gw.acq.{g}.2025", a25)
        put(f"gw.acq.{g}.2024", a24)
        put(f"gw.{g}.2024", gw24[g])
    put("gw.acq.pra.2025", v["acq.gw"] - v["gw.acq.atl.2025"] - v["gw.acq.gulf.2025"])
    put("gw.acq.pra.2024", "18350")
    put("gw.pra.2024", v["bs.gw.2024"] - v["gw.atl.2024"] - v["gw.gulf.2024"])
    for g in segs:
        put(f"gw.{g}.2025", v[f"gw.{g}.2024"] + v[f"gw.acq.{g}.2025"])
        put(f"gw.{g}.2023", v[f"gw.{g}.2024"] - v[f"gw.acq.{g}.2024"])
    for y in (2025, 2024, 2023):
        put(f"gw.total.{y}", s(*[f"gw.{g}.{y}" for g in segs]))
    for y in (2025, 2024):
        put(f"gw.acq.total.{y}", s(*[f"gw.acq.{g}.{y}" for g in segs]))
    put("bs.gw.2025", v["gw.total.2025"])
    put("bs.intang.2025", v["bs.intang.2024"] + v["acq.intang"] - v["is.amort.2025"])

    # landfill closure and post-closure obligations (two years)
    aro = {"accretion": (None, None), "incurred": (14260, 13540), "revisions": (3180, -2410), "acq": (5120, 3860),
           "paid": (-19870, -18760)}
    put("aro.end.2024", 268940)
    for j, y in enumerate(BS_YEARS):
        put(f"aro.accretion.{y}", v[f"is.accretion.{y}"])
        for k in ("incurred", "revisions", "acq", "paid"):
            put(f"aro.{k}.{y}", aro[k][j])
    flows = ("accretion", "incurred", "revisions", "acq", "paid")
    put("aro.begin.2024", v["aro.end.2024"] - s(*[f"aro.{k}.2024" for k in flows]))
    put("aro.begin.2025", v["aro.end.2024"])
    put("aro.end.2025", v["aro.begin.2025"] + s(*[f"aro.{k}.2025" for k in flows]))
    put("aro.cur.2025", 22640)
    put("aro.cur.2024", 21380)
    for y in BS_YEARS:
        put(f"aro.cur_neg.{y}", -v[f"aro.cur.{y}"])
        put(f"aro.noncur.{y}", v[f"aro.end.{y}"] - v[f"aro.cur.{y}"])
        put(f"bs.aro.{y}", v[f"aro.noncur.{y}"])

    # property and equipment
    put("bs.ppe.2025", v["bs.ppe.2024"] + CAPEX[0] + v["acq.ppe"] + v["aro.incurred.2025"] + v["aro.revisions.2025"]
        - v["is.dda.2025"] - v["is.impair.2025"] - 9840)
    ppe = {"land": (186420, 178960), "landfill": (3612840, 3401560), "vehicles": (1948370, 1842130),
           "containers": (512660, 487290), "buildings": (684250, 652810), "cip": (92140, 104370)}
    for j, y in enumerate(BS_YEARS):
        for k, amounts in ppe.items():
            put(f"ppe.{k}.{y}", amounts[j])
        put(f"ppe.gross.{y}", s(*[f"ppe.{k}.{y}" for k in ppe]))
        put(f"ppe.accum.{y}", v[f"bs.ppe.{y}"] - v[f"ppe.gross.{y}"])
        put(f"ppe.net.{y}", v[f"bs.ppe.{y}"])

    # accrued liabilities
    acc = {"comp": (78460, 72310), "interest": (31280, 27940), "insurance": (46920, 44180),
           "taxes": (18730, 17460)}
    for j, y in enumerate(BS_YEARS):
        for k, amounts in acc.items():
            put(f"acc.{k}.{y}", amounts[j])
        put(f"acc.aro.{y}", v[f"aro.cur.{y}"])
        put(f"acc.other.{y}", v[f"bs.accrued.{y}"] - s(*[f"acc.{k}.{y}" for k in list(acc) + ["aro"]]))
        put(f"acc.total.{y}", v[f"bs.accrued.{y}"])

    # deferred taxes
    put("bs.dtl.2025", v["bs.dtl.2024"] + v["tax.def.2025"])

    # ------------------------------------------------------------ long-term debt
    debt = {"rcf": (468000, 410000), "term": (437500, 475000), "n25": (0, 500000), "n26": (400000, 400000),
            "n29": (600000, 600000), "n33": (650000, 0), "teb": (186400, 186400)}
    for k, (a, b) in debt.items():
        put(f"debt.{k}.2025", a)
        put(f"debt.{k}.2024", b)
    put("debt.costs.2024", -21840)
    put("debt.new_costs.2025", -7410)
    put("debt.amort.2025", 4980)
    put("debt.costs.2025", v["debt.costs.2024"] + v["debt.new_costs.2025"] + v["debt.amort.2025"])
    put("debt.cur.2025", v["debt.n26.2025"] + 37500)
    put("debt.cur.2024", v["debt.n25.2024"] + 37500)
    for y in BS_YEARS:
        put(f"debt.principal.{y}", s(*[f"debt.{k}.{y}" for k in debt]))
        put(f"debt.total.{y}", v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"])
        put(f"debt.cur_neg.{y}", -v[f"debt.cur.{y}"])
        put(f"debt.lt.{y}", v[f"debt.total.{y}"] - v[f"debt.cur.{y}"])
        put(f"bs.debt_cur.{y}", v[f"debt.cur.{y}"])
        put(f"bs.debt_lt.{y}", v[f"debt.lt.{y}"])
    mat = {2026: v["debt.cur.2025"], 2027: v["debt.term.2025"] - 37500, 2028: 0,
           2029: v["debt.n29.2025"] + v["debt.rcf.2025"], 2030: 0}
    for y, amount in mat.items():
        put(f"debt.mat.{y}", amount)
    put("debt.mat.after", v["debt.principal.2025"] - s(*[f"debt.mat.{y}" for y in mat]))
    put("debt.mat.total", v["debt.principal.2025"])
    put("debt.rcf_cap", 1500000)
    put("debt.loc", 142380)
    put("debt.rcf_avail", v["debt.rcf_cap"] - v["debt.rcf.2025"] - v["debt.loc"])
    put("debt.fair", 2698450)
    put("debt.int_paid.2025", 119640)
    put("debt.int_exp_abs", -v["is.int_exp.2025"])
    put("debt.rcf_draws.2025", 915000)

    # ------------------------------------------------------------ repurchases (Item 5, fourth quarter)
    put("rep.remaining.sep", 586150)
    remaining = v["rep.remaining.sep"]
    exact = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        exact += D(shares) * D(price)
        remaining = remaining - q(D(shares) * D(price) / D(1000))
        put(f"rep.remaining.{m}", remaining)
    put("rep.shares.q4", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.q4", q(exact / v["rep.shares.q4"], 2))
    put("rep.authorization", "750.0")

    # ------------------------------------------------------------ cash flows
    cf_given = {
        # key: (2025, 2024, 2023); None = derived
        "impair": (None, -3260, 6810), "debt_amort": (None, 4620, 4310), "ar": (None, -14860, -12470),
        "prepaid": (None, -2410, -1860), "other_a": (None, -4980, -3940), "ap": (None, 8720, -5120),
        "accrued": (None, 6340, 7850), "defrev": (None, 4180, 3640), "aro_paid": (None, -18760, -17420),
        "other_l": (None, 3910, 2760), "sale": (9840, 12630, 8920), "acq": (None, -186540, -142380),
        "borrow": (None, 640000, 420000), "repay": (None, -520000, -365000), "costs": (None, 0, -4860),
    }
    for i, y in enumerate(YEARS):
        for k, amounts in cf_given.items():
            if amounts[i] is not None:
                put(f"cf.{k}.{y}", amounts[i])
        put(f"cf.ni.{y}", v[f"is.ni.{y}"])
        put(f"cf.dda.{y}", v[f"is.dda.{y}"])
        put(f"cf.amort.{y}", v[f"is.amort.{y}"])
        put(f"cf.accretion.{y}", v[f"is.accretion.{y}"])
        put(f"cf.deferred.{y}", v[f"tax.def.{y}"])
    put("cf.impair.2025", v["is.impair.2025"])
    put("cf.debt_amort.2025", v["debt.amort.2025"])
    put("cf.ar.2025", v["bs.ar.2024"] + v["acq.ar"] - v["bs.ar.2025"])
    put("cf.prepaid.2025", v["bs.prepaid.2024"] - v["bs.prepaid.2025"])
    put("cf.other_a.2025", v["bs.other_a.2024"] - v["bs.other_a.2025"])
    put("cf.ap.2025", v["bs.ap.2025"] - v["bs.ap.2024"])
    put("cf.accrued.2025", (v["bs.accrued.2025"] - v["aro.cur.2025"]) - (v["bs.accrued.2024"] - v["aro.cur.2024"])
        + v["acq.liab"])
    put("cf.defrev.2025", v["bs.defrev.2025"] - v["bs.defrev.2024"])
    put("cf.aro_paid.2025", v["aro.paid.2025"])
    # the swap loss recorded in other comprehensive income raised other long-term liabilities without cash
    put("cf.other_l.2025", v["bs.other_l.2025"] - v["bs.other_l.2024"] + v["is.oci.2025"])
    put("cf.acq.2025", -v["acq.total"])
    put("cf.borrow.2025", v["debt.rcf_draws.2025"] + v["debt.n33.2025"])
    rcf_repaid = v["debt.rcf.2024"] + v["debt.rcf_draws.2025"] - v["debt.rcf.2025"]
    put("cf.repay.2025", -(rcf_repaid + (v["debt.term.2024"] - v["debt.term.2025"]) + v["debt.n25.2024"]))
    put("cf.costs.2025", v["debt.new_costs.2025"])
    op = ("ni", "dda", "amort", "accretion", "impair", "sbc", "deferred", "debt_amort", "ar", "prepaid", "other_a",
          "ap", "accrued", "defrev", "aro_paid", "other_l", "other")
    invest = ("capex", "sale", "acq")
    fin = ("borrow", "repay", "costs", "repo", "div", "withheld", "espp")
    cash = {2022: D(128940), 2023: D(139770), 2024: D(146380)}
    put("cf.other.2025", 0)
    for y in (2023, 2024):
        partial = s(*[f"cf.{k}.{y}" for k in op if k != "other"]) + s(*[f"cf.{k}.{y}" for k in invest]) \
            + s(*[f"cf.{k}.{y}" for k in fin])
        put(f"cf.other.{y}", cash[y] - cash[y - 1] - partial)
        put(f"cf.begin.{y}", cash[y - 1])
    put("cf.begin.2025", cash[2024])
    for y in YEARS:
        cfo = put(f"cf.cfo.{y}", s(*[f"cf.{k}.{y}" for k in op]))
        cfi = put(f"cf.cfi.{y}", s(*[f"cf.{k}.{y}" for k in invest]))
        cff = put(f"cf.cff.{y}", s(*[f"cf.{k}.{y}" for k in fin]))
        put(f"cf.change.{y}", cfo + cfi + cff)
        put(f"cf.end.{y}", v[f"cf.begin.{y}"] + v[f"cf.change.{y}"])
        # free cash flow as the company defines it: operating cash flow less capital expenditures plus proceeds
        put(f"fcf.cfo.{y}", cfo)
        put(f"fcf.capex.{y}", v[f"cf.capex.{y}"])
        put(f"fcf.sale.{y}", v[f"cf.sale.{y}"])
        put(f"fcf.total.{y}", cfo + v[f"cf.capex.{y}"] + v[f"cf.sale.{y}"])
    put("cf.tax_paid.2025", 61240)
    for y in BS_YEARS:
        put(f"bs.cash.{y}", v[f"cf.end.{y}"] - v[f"bs.restricted.{y}"])
        put(f"cf.end_cash.{y}", v[f"bs.cash.{y}"])
        put(f"cf.end_restricted.{y}", v[f"bs.restricted.{y}"])

    # ------------------------------------------------------------ equity roll-forward (3 years)
    for y in YEARS:
        put(f"eq.ni.{y}", v[f"is.ni.{y}"])
        put(f"eq.div.{y}", v[f"cf.div.{y}"])
        put(f"eq.sbc.{y}", v[f"cf.sbc.{y}"])
        put(f"eq.stock.{y}", v[f"cf.espp.{y}"] + v[f"cf.withheld.{y}"])
        put(f"eq.repo.{y}", v[f"cf.repo.{y}"])
        put(f"eq.oci.{y}", v[f"is.oci.{y}"])
    moves = {"cs": (), "apic": ("sbc", "stock"), "re": ("ni", "div"), "aoci": ("oci",), "treasury": ("repo",)}
    cur_assets = ("cash", "ar", "prepaid")
    nc_assets = ("restricted", "ppe", "gw", "intang", "other_a")
    cur_liab = ("ap", "accrued", "defrev", "debt_cur")
    nc_liab = ("debt_lt", "aro", "dtl", "other_l")
    for yy in BS_YEARS:
        put(f"bs.ca.{yy}", s(*[f"bs.{k}.{yy}" for k in cur_assets]))
        put(f"bs.assets.{yy}", v[f"bs.ca.{yy}"] + s(*[f"bs.{k}.{yy}" for k in nc_assets]))
        put(f"bs.cl.{yy}", s(*[f"bs.{k}.{yy}" for k in cur_liab]))
        put(f"bs.liab.{yy}", v[f"bs.cl.{yy}"] + s(*[f"bs.{k}.{yy}" for k in nc_liab]))
    put("bs.apic.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - s("bs.cs.2024", "bs.re.2024", "bs.aoci.2024",
                                                                      "bs.treasury.2024"))
    for comp, keys in moves.items():
        put(f"eq.{comp}.2024", v[f"bs.{comp}.2024"])
        put(f"eq.{comp}.2025", v[f"eq.{comp}.2024"] + s(*[f"eq.{k}.2025" for k in keys]))
        put(f"eq.{comp}.2023", v[f"eq.{comp}.2024"] - s(*[f"eq.{k}.2024" for k in keys]))
        put(f"eq.{comp}.2022", v[f"eq.{comp}.2023"] - s(*[f"eq.{k}.2023" for k in keys]))
        put(f"bs.{comp}.2025", v[f"eq.{comp}.2025"])
    for yy in (2025, 2024, 2023, 2022):
        put(f"eq.total.{yy}", s(*[f"eq.{c}.{yy}" for c in moves]))
    for yy in YEARS:
        put(f"eq.total_flow.{yy}", s(*[f"eq.{k}.{yy}" for k in ("ni", "div", "sbc", "stock", "repo", "oci")]))
    for yy in BS_YEARS:
        put(f"bs.equity.{yy}", s(*[f"bs.{c}.{yy}" for c in moves]))
        put(f"bs.le.{yy}", v[f"bs.liab.{yy}"] + v[f"bs.equity.{yy}"])
        for g in segs:
            put(f"seg.assets.{g}.{yy}", SEG_ASSETS[g][0 if yy == 2025 else 1])
        put(f"seg.assets.corp.{yy}", v[f"bs.assets.{yy}"] - s(*[f"seg.assets.{g}.{yy}" for g in segs]))
        put(f"seg.assets.total.{yy}", v[f"bs.assets.{yy}"])
        put(f"lev.debt.{yy}", v[f"debt.total.{yy}"])
        put(f"lev.cash.{yy}", -v[f"bs.cash.{yy}"])
        put(f"lev.net.{yy}", v[f"debt.total.{yy}"] - v[f"bs.cash.{yy}"])
        put(f"lev.ebitda.{yy}", v[f"ebitda.adj.{yy}"])
        put(f"lev.ratio.{yy}", q(v[f"lev.net.{yy}"] / v[f"ebitda.adj.{yy}"], 2))

    # shares (thousands)
    sh = {"out.2022": 63420, "issued.2023": 251, "repo.2023": -912, "issued.2024": 236, "repo.2024": -1274,
          "issued.2025": 214, "repo.2025": -1386}
    for k, amount in sh.items():
        put(f"sh.{k}", amount)
    for yy in YEARS[::-1]:
        put(f"sh.out.{yy}", v[f"sh.out.{yy - 1}"] + v[f"sh.issued.{yy}"] + v[f"sh.repo.{yy}"])
    put("sh.issued_total", 81206)
    for yy in BS_YEARS:
        put(f"sh.treasury.{yy}", v["sh.issued_total"] - v[f"sh.out.{yy}"])

    # ------------------------------------------------------------ leases
    put("lease.cost.2025", 27940)
    put("lease.cost.2024", 26180)
    put("lease.cost.2023", 24530)
    lease = {"y26": 24860, "y27": 21340, "y28": 18120, "y29": 14760, "y30": 11380, "after": 38420}
    for k, amount in lease.items():
        put(f"lease.{k}", amount)
    put("lease.total", s(*[f"lease.{k}" for k in lease]))
    put("lease.interest", -22610)
    put("lease.liab", v["lease.total"] + v["lease.interest"])

    # ------------------------------------------------------------ prose-only figures
    prose = {"biz.employees": 6840, "biz.states": 13, "biz.collection": 96, "biz.transfer": 74, "biz.landfills": 41,
             "biz.msw": 34, "biz.recycling": 22, "biz.rng": 5, "biz.trucks": 5120, "biz.cng_pct": 38,
             "biz.res_customers": "2.9", "biz.ci_customers": 248, "biz.holders": 1184, "biz.franchise_pct": 41,
             "mda.fuel_gallons": "29.4", "mda.fuel_price": "3.41", "mda.capex_2026_low": 352,
             "mda.capex_2026_high": 368, "lf.life_years": 36}
    for k, amount in prose.items():
        put(k, amount)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    segs = list(SEGMENTS)
    for y in YEARS:
        t.append((f"IS {y}: revenue = lines of business", v[f"is.rev.{y}"], s(*[f"rev.net.{ln}.{y}" for ln in LINES])))
        t.append((f"IS {y}: revenue = gross less intercompany", v[f"is.rev.{y}"], v[f"rev.gross.total.{y}"]
                  + v[f"rev.ic.total.{y}"]))
        t.append((f"IS {y}: revenue = segments", v[f"is.rev.{y}"], s(*[f"seg.rev.{g}.{y}" for g in segs])))
        t.append((f"IS {y}: operating income", v[f"is.oi.{y}"], v[f"is.rev.{y}"] - s(
            *[f"is.{k}.{y}" for k in ("cost_ops", "sga", "dda", "amort", "accretion", "impair")])))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.pretax.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"IS {y}: basic EPS", v[f"is.eps_basic.{y}"], q(v[f"is.ni.{y}"] / v[f"is.shares_basic.{y}"], 2)))
        t.append((f"IS {y}: diluted EPS", v[f"is.eps_diluted.{y}"], q(v[f"is.ni.{y}"]
                                                                       / v[f"is.shares_diluted.{y}"], 2)))
        t.append((f"Segments {y}: EBITDA reconciles to pretax", v[f"is.pretax.{y}"], v[f"seg.ebitda.total.{y}"] + s(
            *[f"rec.{k}.{y}" for k in ("dda", "amort", "accretion", "impair", "acq", "nonop")])))
        t.append((f"Segments {y}: EBITDA total", v[f"seg.ebitda.total.{y}"], s(*[f"seg.ebitda.{g}.{y}" for g in segs])
                  + v[f"seg.ebitda.corp.{y}"]))
        holds(f"Segments {y}: corporate EBITDA negative", v[f"seg.ebitda.corp.{y}"] < 0)
        holds(f"Segments {y}: corporate DD&A and capex positive", v[f"seg.dda.corp.{y}"] > 0
              and v[f"seg.capex.corp.{y}"] > 0)
        t.append((f"Tax {y}: rate reconciliation foots", v[f"tax.rate.eff.{y}"], v[f"tax.rate.stat.{y}"] + s(
            *[f"tax.rate.{k}.{y}" for k in list(RATE_ITEMS) + ["other"]])))
        holds(f"Tax {y}: other reconciling item small", abs(v[f"tax.rate.other.{y}"]) <= D("1.0"))
        t.append((f"CF {y}: deferred tax = provision", v[f"cf.deferred.{y}"], v[f"tax.def.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + s(
            f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}")))
        holds(f"CF {y}: other, net small", abs(v[f"cf.other.{y}"]) <= 10000)
        t.append((f"Equity {y}: total roll", v[f"eq.total.{y}"], v[f"eq.total.{y - 1}"] + v[f"eq.total_flow.{y}"]))
        t.append((f"Shares {y}: roll", v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"] + v[f"sh.issued.{y}"]
                  + v[f"sh.repo.{y}"]))
        holds(f"Shares {y}: basic within year-end counts", min(v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"])
              <= v[f"is.shares_basic.{y}"] <= max(v[f"sh.out.{y}"], v[f"sh.out.{y - 1}"]))
        holds(f"Dividends {y}: close to DPS x shares", abs(-v[f"cf.div.{y}"] - v[f"is.dps.{y}"]
                                                           * v[f"is.shares_basic.{y}"]) < 500)
        holds(f"Repurchases {y}: plausible price", D(95) < -v[f"cf.repo.{y}"] / -v[f"sh.repo.{y}"] < D(135))
        holds(f"Adjusted EBITDA {y}: margin plausible", D(25) < v[f"ebitda.margin.{y}"] < D(35))
    for y in BS_YEARS:
        t.append((f"BS {y}: assets = liabilities + equity", v[f"bs.assets.{y}"], v[f"bs.le.{y}"]))
        t.append((f"BS {y}: cash + restricted = cash flow", v[f"bs.cash.{y}"] + v[f"bs.restricted.{y}"],
                  v[f"cf.end.{y}"]))
        t.append((f"BS {y}: equity = equity statement", v[f"bs.equity.{y}"], v[f"eq.total.{y}"]))
        t.append((f"BS {y}: debt = debt note", v[f"bs.debt_cur.{y}"] + v[f"bs.debt_lt.{y}"], v[f"debt.total.{y}"]))
        t.append((f"BS {y}: landfill obligations = note", v[f"bs.aro.{y}"] + v[f"aro.cur.{y}"], v[f"aro.end.{y}"]))
        t.append((f"BS {y}: accrued note", v[f"bs.accrued.{y}"], s(*[f"acc.{k}.{y}" for k in (
            "comp", "interest", "insurance", "aro", "taxes", "other")])))
        t.append((f"BS {y}: goodwill by segment", v[f"bs.gw.{y}"], v[f"gw.total.{y}"]))
        t.append((f"BS {y}: PP&E note", v[f"bs.ppe.{y}"], v[f"ppe.gross.{y}"] + v[f"ppe.accum.{y}"]))
        t.append((f"Cost of operations {y}: by nature", v[f"is.cost_ops.{y}"], s(*[f"cn.{k}.{y}" for k in (
            "labor", "xfer", "maint", "fuel", "landfill", "risk", "other")])))
        t.append((f"Revenue change {y}: components", v[f"rc.total.{y}"], s(*[f"rc.{k}.{y}" for k in (
            "yield", "volume", "commodity", "fuel", "acq")])))
        holds(f"Revenue change {y}: acquisitions positive", v[f"rc.acq.{y}"] > 0)
        holds(f"Cost of operations {y}: other positive", D(0) < v[f"cn.other.{y}"] < v[f"is.cost_ops.{y}"] / 8)
        holds(f"BS {y}: APIC positive", v[f"bs.apic.{y}"] > 0)
        holds(f"BS {y}: cash positive", v[f"bs.cash.{y}"] > 0)
        holds(f"BS {y}: accrued other positive", v[f"acc.other.{y}"] > 0)
        holds(f"BS {y}: corporate assets positive", v[f"seg.assets.corp.{y}"] > 0)
        t.append((f"Treasury shares {y}", v[f"sh.treasury.{y}"], v["sh.issued_total"] - v[f"sh.out.{y}"]))
    t.append(("Debt maturities = principal", v["debt.mat.total"], v["debt.principal.2025"]))
    t.append(("Debt: carrying change = borrowings + repayments + costs + amortization", v["debt.total.2025"]
              - v["debt.total.2024"], v["cf.borrow.2025"] + v["cf.repay.2025"] + v["cf.costs.2025"]
              + v["cf.debt_amort.2025"]))
    t.append(("PP&E roll", v["bs.ppe.2025"], v["bs.ppe.2024"] - v["cf.capex.2025"] + v["acq.ppe"]
              + v["aro.incurred.2025"] + v["aro.revisions.2025"] - v["cf.dda.2025"] - v["cf.impair.2025"]
              - v["cf.sale.2025"]))
    holds("PP&E: accumulated depreciation grows by less than DD&A", D(0) < v["ppe.accum.2024"] - v["ppe.accum.2025"]
          < v["is.dda.2025"] + v["is.impair.2025"])
    t.append(("Intangibles roll", v["bs.intang.2025"], v["bs.intang.2024"] + v["acq.intang"] - v["cf.amort.2025"]))
    t.append(("Goodwill roll", v["bs.gw.2025"] - v["bs.gw.2024"], v["acq.gw"]))
    t.append(("Acquisitions: consideration = cash flow", v["acq.total"], -v["cf.acq.2025"]))
    t.append(("Landfill obligation roll", v["aro.end.2025"], v["aro.begin.2025"] + s(*[f"aro.{k}.2025" for k in (
        "accretion", "incurred", "revisions", "acq", "paid")])))
    t.append(("Deferred tax roll", v["bs.dtl.2025"] - v["bs.dtl.2024"], v["cf.deferred.2025"]))
    t.append(("Lease maturities less interest = liability", v["lease.total"] + v["lease.interest"], v["lease.liab"]))
    t.append(("Free cash flow 2025", v["fcf.total.2025"], v["cf.cfo.2025"] + v["cf.capex.2025"]
              + v["cf.sale.2025"]))
    holds("Repurchase authorization remaining positive", v["rep.remaining.dec"] > 0)
    holds("Revolver availability positive", v["debt.rcf_avail"] > 0)
    return t
