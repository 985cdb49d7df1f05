"""Invented figures for Thimbleroot Restaurant Brands, Inc., Form 10-Q for the quarter ended June 30, 2026.

Amounts are $ thousands (integers) unless the key says otherwise; shares in thousands, per-share amounts in $,
restaurant counts as counts, same-store sales and margins as printed percentages. The December 31, 2025 balance
sheet is given (common stock and additional paid-in capital balances it); the June 30, 2026 balance sheet is derived
from it through the six-month cash flow statement and the property, lease, debt, deferred-fee and equity
roll-forwards, so the statements tie by construction and ties() re-proves every identity.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q2_26", "q2_25", "h1_26", "h1_25")  # three months 2026, 2025; six months 2026, 2025
BS_DATES = ("jun26", "dec25")
BRANDS = {"hen": "Copperhen Chicken", "brass": "Brassfire Burgers"}
REV_TYPES = {"company": "Company restaurant sales", "royalty": "Franchise royalties",
             "adfee": "Franchise advertising fees", "rental": "Rental income",
             "fees": "Franchise fees and other revenue"}
FRANCHISE_REV = ("royalty", "adfee", "rental", "fees")
RESTAURANT_COSTS = ("food", "labor", "occupancy")
COSTS = ("food", "labor", "occupancy", "ad_exp", "fr_rent", "ga", "da", "refran", "impair")


def D(x: str | int) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# period order: q2_26, q2_25, h1_26, h1_25
REVENUE = {"company": (98412, 101806, 192318, 199674), "royalty": (62846, 57918, 121406, 111852),
           "adfee": (51204, 47112, 98915, 91036), "rental": (14318, 13906, 28402, 27644),
           "fees": (3614, 3208, 6912, 6187)}
COST = {"food": (30118, 31726, 58962, 62318), "labor": (29806, 31244, 58417, 61506),
        "occupancy": (21648, 22018, 42806, 43512), "ad_exp": (51962, 46884, 99406, 90612),
        "fr_rent": (10412, 10206, 20718, 20302), "ga": (34806, 32418, 68914, 64306),
        "da": (8412, 8806, 16918, 17512), "refran": (-4218, -1306, -9614, -2118), "impair": (612, 418, 1206, 904)}
INTEREST = (19806, 19918, 39512, 39904)
OTHER = (-312, 206, -618, 402)  # other (income) expense, net
TAX_RATE = ("0.246", "0.251", "0.247", "0.252")
BASIC = (37918, 39206, 38044, 39284)
DILUTIVE = (412, 436, 418, 441)
DIV_PS = ("0.38", "0.35", "0.76", "0.70")
DIV_PAID = (14394, 13712, 28880, 27499)
SBC = (3412, 3106, 6918, 6204)
OPTIONS = (1206, 918, 2412, 1806)
WITHHELD = (-412, -388, -2918, -2606)
OCI = (612, -418, 1084, -806)

# brand data: company restaurant sales, franchised restaurant sales, brand revenues and segment operating income
BRAND_COMPANY_SALES = {"hen": (71206, 72918, 139112, 142806)}
FRANCHISE_SALES = {"hen": (912406, 846118, 1768212, 1640906), "brass": (418812, 401604, 812418, 780312)}
BRAND_REVENUE = {"hen": (163406, 156218, 318112, 303506)}
BRAND_PROFIT = {"hen": (52118, 47806, 101412, 92606), "brass": (14206, 13118, 27318, 25412)}

# same-store sales growth (percent): q2_26, h1_26, q2_25, h1_25
SSS = {
    "hen_us_co": ("2.6", "2.1", "1.8", "1.6"), "hen_us_fr": ("3.4", "3.0", "2.2", "2.4"),
    "hen_us": ("3.3", "2.9", "2.2", "2.3"), "hen_intl": ("6.2", "5.8", "4.9", "4.4"),
    "hen_global": ("3.8", "3.4", "2.6", "2.6"), "brass_co": ("-1.4", "-0.8", "0.6", "0.9"),
    "brass_fr": ("1.2", "1.5", "0.4", "0.2"), "brass_sys": ("1.0", "1.3", "0.4", "0.3"),
}

# restaurant counts, six months ended June 30, 2026: column -> (begin, openings, closures, refranchised)
COUNTS = {"hen_co": (312, 4, -2, -18), "hen_fr": (2486, 38, -21, 18), "brass_co": (148, 1, -3, -12),
          "brass_fr": (1162, 14, -17, 12)}
COUNTS_JUN25 = {"hen_co": 331, "hen_fr": 2431, "brass_co": 156, "brass_fr": 1139}

# securitized notes: key, label, coupon, anticipated repayment date, principal Jun 30 2026, Dec 31 2025,
# scheduled annual amortization
NOTES = [
    ("a19", "Series 2019-1 Class A-2 Notes", "3.982%", "October 2029", 559500, 562500, 6000),
    ("a21i", "Series 2021-1 Class A-2-I Notes", "2.874%", "April 2028", 379000, 381000, 4000),
    ("a21ii", "Series 2021-1 Class A-2-II Notes", "3.436%", "April 2031", 331625, 333375, 3500),
    ("a24", "Series 2024-1 Class A-2 Notes", "6.184%", "January 2031", 492500, 495000, 5000),
    ("vfn", "Series 2024-1 Class A-1 Variable Funding Notes", "SOFR + 1.90%", "January 2029", 15000, 0, 0),
]

REPURCHASES = {"apr": (118406, "71.84"), "may": (142712, "69.27"), "jun": (96882, "73.15")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = value if isinstance(value, Decimal) else D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ statement of operations
    for i, p in enumerate(PERIODS):
        for k, amounts in REVENUE.items():
            put(f"is.{k}.{p}", amounts[i])
        rev = put(f"is.rev.{p}", s(*[f"is.{k}.{p}" for k in REV_TYPES]))
        put(f"is.fr_rev.{p}", s(*[f"is.{k}.{p}" for k in FRANCHISE_REV]))
        for k, amounts in COST.items():
            put(f"is.{k}.{p}", amounts[i])
        put(f"is.rest_costs.{p}", s(*[f"is.{k}.{p}" for k in RESTAURANT_COSTS]))
        costs = put(f"is.costs.{p}", s(*[f"is.{k}.{p}" for k in COSTS]))
        oi = put(f"is.op_income.{p}", rev - costs)
        put(f"is.interest.{p}", INTEREST[i])
        put(f"is.other.{p}", OTHER[i])
        pretax = put(f"is.pretax.{p}", oi - v[f"is.interest.{p}"] - v[f"is.other.{p}"])
        tax = put(f"is.tax.{p}", q(pretax * D(TAX_RATE[i])))
        ni = put(f"is.ni.{p}", pretax - tax)
        put(f"tax.rate.{p}", pct(tax, pretax))
        put(f"is.shares_basic.{p}", BASIC[i])
        put(f"eps.dilutive.{p}", DILUTIVE[i])
        put(f"is.shares_diluted.{p}", BASIC[i] + DILUTIVE[i])
        put(f"is.eps_basic.{p}", q(ni / v[f"is.shares_basic.{p}"], 2))
        put(f"is.eps_diluted.{p}", q(ni / v[f"is.shares_diluted.{p}"], 2))
        put(f"is.div_ps.{p}", DIV_PS[i])
        put(f"ci.fx.{p}", OCI[i])
        put(f"ci.total.{p}", ni + v[f"ci.fx.{p}"])
        # restaurant-level profit (non-GAAP), computed both ways
        rlp = put(f"rlm.profit.{p}", v[f"is.company.{p}"] - v[f"is.rest_costs.{p}"])
        put(f"rlm.margin.{p}", pct(rlp, v[f"is.company.{p}"]))
        for k in RESTAURANT_COSTS:
            put(f"rlm.pct_{k}.{p}", pct(v[f"is.{k}.{p}"], v[f"is.company.{p}"]))
        for k in FRANCHISE_REV:
            put(f"rlm.less_{k}.{p}", -v[f"is.{k}.{p}"])
        # brands
        hen_co = put(f"brand.co_sales.hen.{p}", BRAND_COMPANY_SALES["hen"][i])
        put(f"brand.co_sales.brass.{p}", v[f"is.company.{p}"] - hen_co)
        for b in BRANDS:
            put(f"brand.fr_sales.{b}.{p}", FRANCHISE_SALES[b][i])
            put(f"brand.sys_sales.{b}.{p}", s(f"brand.co_sales.{b}.{p}", f"brand.fr_sales.{b}.{p}"))
            put(f"seg.profit.{b}.{p}", BRAND_PROFIT[b][i])
        for col in ("co_sales", "fr_sales", "sys_sales"):
            put(f"brand.{col}.total.{p}", s(*[f"brand.{col}.{b}.{p}" for b in BRANDS]))
        put(f"seg.rev.hen.{p}", BRAND_REVENUE["hen"][i])
        put(f"seg.rev.brass.{p}", rev - v[f"seg.rev.hen.{p}"])
        put(f"seg.rev.total.{p}", rev)
        put(f"seg.profit.total_brands.{p}", s(*[f"seg.profit.{b}.{p}" for b in BRANDS]))
        put(f"seg.profit.corp.{p}", oi - v[f"seg.profit.total_brands.{p}"])
        put(f"seg.profit.total.{p}", oi)
        put(f"mda.royalty_rate.{p}", pct(v[f"is.royalty.{p}"], v[f"brand.fr_sales.total.{p}"], 2))
    for p in ("q2", "h1"):
        for k in ("company", "royalty", "adfee", "rental", "fees", "rev", "ga", "op_income", "ni"):
            new, old = v[f"is.{k}.{p}_26"], v[f"is.{k}.{p}_25"]
            put(f"chg.{k}.{p}", new - old)
            put(f"chg_pct.{k}.{p}", pct(new - old, old))
        for b in list(BRANDS) + ["total"]:
            for col in ("sys_sales", "fr_sales"):
                new, old = v[f"brand.{col}.{b}.{p}_26"], v[f"brand.{col}.{b}.{p}_25"]
                put(f"chg_pct.{col}.{b}.{p}", pct(new - old, old))
    for k, series in SSS.items():
        for p, value in zip(("q2_26", "h1_26", "q2_25", "h1_25"), series, strict=True):
            put(f"sss.{k}.{p}", value)

    # ------------------------------------------------------------ restaurant counts
    for col, (begin, opened, closed, refr) in COUNTS.items():
        put(f"cnt.begin.{col}", begin)
        put(f"cnt.open.{col}", opened)
        put(f"cnt.close.{col}", closed)
        put(f"cnt.refr.{col}", refr)
        put(f"cnt.end.{col}", begin + opened + closed + refr)
        put(f"cnt.jun25.{col}", COUNTS_JUN25[col])
    for row in ("begin", "open", "close", "refr", "end", "jun25"):
        put(f"cnt.{row}.total", s(*[f"cnt.{row}.{c}" for c in COUNTS]))
        for b in BRANDS:
            put(f"cnt.{row}.{b}", s(f"cnt.{row}.{b}_co", f"cnt.{row}.{b}_fr"))
        put(f"cnt.{row}.co", s("cnt." + row + ".hen_co", "cnt." + row + ".brass_co"))
        put(f"cnt.{row}.fr", s("cnt." + row + ".hen_fr", "cnt." + row + ".brass_fr"))
    put("cnt.hen_intl", 412)
    put("cnt.refr_sold", -v["cnt.refr.co"])
    put("cnt.fr_pct", pct(v["cnt.end.fr"], v["cnt.end.total"]))

    # ------------------------------------------------------------ securitized debt
    for key, _label, _coupon, _ard, jun, dec, amort in NOTES:
        put(f"debt.{key}.jun26", jun)
        put(f"debt.{key}.dec25", dec)
        put(f"debt.amort.{key}", amort)
    for d in BS_DATES:
        put(f"debt.principal.{d}", s(*[f"debt.{n[0]}.{d}" for n in NOTES]))
        put(f"debt.current.{d}", s(*[f"debt.amort.{n[0]}" for n in NOTES]))
        put(f"debt.less_current.{d}", -v[f"debt.current.{d}"])
    put("debt.costs.dec25", -21406)
    put("cf.debt_amort.h1_26", 2418)
    put("debt.costs.jun26", v["debt.costs.dec25"] + v["cf.debt_amort.h1_26"])
    for d in BS_DATES:
        put(f"debt.carrying.{d}", v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"])
        put(f"debt.lt.{d}", v[f"debt.carrying.{d}"] - v[f"debt.current.{d}"])
    put("cf.notes_repaid.h1_26", -sum((D(n[5] - n[4]) for n in NOTES if n[0] != "vfn"), D(0)))
    put("cf.vfn_drawn.h1_26", 35000)
    put("cf.vfn_repaid.h1_26", -(v["cf.vfn_drawn.h1_26"] - (v["debt.vfn.jun26"] - v["debt.vfn.dec25"])))
    put("vfn.capacity", 150000)
    put("vfn.lc", 18212)
    put("vfn.available", v["vfn.capacity"] - v["debt.vfn.jun26"] - v["vfn.lc"])
    put("debt.leverage", "5.1")
    put("debt.dscr", "3.6")

    # ------------------------------------------------------------ equity flows
    rep_remaining = D(186412)
    put("rep.remaining.mar", rep_remaining)
    q2_cost = D(0)
    exact = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        cost = q(D(shares) * D(price) / 1000)
        exact += D(shares) * D(price)
        put(f"rep.cost.{m}", cost)
        rep_remaining -= cost
        put(f"rep.remaining.{m}", rep_remaining)
        q2_cost += cost
    put("rep.shares.total", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.avg", q(exact / v["rep.shares.total"], 2))
    put("rep.cost.q2", q2_cost)
    put("rep.authorization", 300000)
    repo = {"q2_26": -q2_cost, "h1_26": -(q2_cost + 17204), "q2_25": D(-12806), "h1_25": D(-24118)}
    repo_shares = {"q1_26": -241, "q2_26": -(v["rep.shares.total"] / 1000), "q1_25": -172, "q2_25": -196}
    issued_shares = {"q1_26": 62, "q2_26": 48, "q1_25": 58, "q2_25": 41}
    for i, p in enumerate(PERIODS):
        put(f"eq.repo.{p}", repo[p])
        put(f"eq.div.{p}", -DIV_PAID[i])
        put(f"eq.sbc.{p}", SBC[i])
        put(f"eq.options.{p}", OPTIONS[i])
        put(f"eq.withheld.{p}", WITHHELD[i])
        put(f"eq.ni.{p}", v[f"is.ni.{p}"])
        put(f"eq.oci.{p}", v[f"ci.fx.{p}"])
    put("rep.cost.h1", -v["eq.repo.h1_26"])
    put("rep.shares_k.h1", -(repo_shares["q1_26"] + repo_shares["q2_26"]))
    put("div.paid.h1", DIV_PAID[2])

    # ------------------------------------------------------------ December 31, 2025 balance sheet (given)
    dec = {"cash": 118406, "restricted": 42318, "ar": 58912, "inventories": 4206, "prepaid": 18614, "ppe": 214806,
           "rou": 386412, "goodwill": 1012618, "intangibles": 1068204, "other_assets": 24318, "ap": 38206,
           "accrued": 72418, "lease_current": 36812, "defrev_current": 6204, "lease_noncurrent": 398206,
           "defrev_noncurrent": 58412, "dit": 96318, "other_ltl": 18604, "re": 318406, "aoci": -6412}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    jun = {"restricted": 43106, "ar": 61806, "inventories": 4418, "prepaid": 21206, "other_assets": 25012,
           "ap": 36912, "accrued": 68206, "lease_current": 36418, "defrev_current": 6318, "defrev_noncurrent": 59206,
           "other_ltl": 19118}
    for k, amount in jun.items():
        put(f"bs.{k}.jun26", amount)

    # ------------------------------------------------------------ six-month cash flows
    put("ppe.capex", 14206)
    put("ppe.depreciation", 14506)
    put("int.amortization", v["is.da.h1_26"] - v["ppe.depreciation"])
    put("refr.ppe", 11406)
    put("refr.goodwill", 3786)
    put("refr.proceeds", v["refr.ppe"] + v["refr.goodwill"] - v["is.refran.h1_26"])
    put("lease.new", 12406)
    put("defrev.received", 4218)
    defrev_dec = v["bs.defrev_current.dec25"] + v["bs.defrev_noncurrent.dec25"]
    defrev_jun = v["bs.defrev_current.jun26"] + v["bs.defrev_noncurrent.jun26"]
    put("defrev.begin", defrev_dec)
    put("defrev.recognized", defrev_dec + v["defrev.received"] - defrev_jun)
    put("defrev.end", defrev_jun)
    put("defrev.recognized_neg", -v["defrev.recognized"])

    cf26 = {"deferred": 1812, "rou": 17318, "lease": -16906}
    cf25 = {"deferred": 2106, "rou": 16912, "lease": -16418, "debt_amort": 2306, "ar": -3118, "inventories": 186,
            "prepaid": -1906, "ap": 2418, "accrued": -6312, "defrev": 612, "other_op": -718, "capex": -16812,
            "refr_proceeds": 4806, "notes_repaid": -9250, "vfn_drawn": 0, "vfn_repaid": 0}
    for k, amount in cf26.items():
        put(f"cf.{k}.h1_26", amount)
    for k, amount in cf25.items():
        put(f"cf.{k}.h1_25", amount)
    p = "h1_26"
    put(f"cf.ar.{p}", v["bs.ar.dec25"] - v["bs.ar.jun26"])
    put(f"cf.inventories.{p}", v["bs.inventories.dec25"] - v["bs.inventories.jun26"])
    put(f"cf.prepaid.{p}", v["bs.prepaid.dec25"] - v["bs.prepaid.jun26"])
    put(f"cf.ap.{p}", v["bs.ap.jun26"] - v["bs.ap.dec25"])
    put(f"cf.accrued.{p}", v["bs.accrued.jun26"] - v["bs.accrued.dec25"])
    put(f"cf.defrev.{p}", defrev_jun - defrev_dec)
    put(f"cf.other_op.{p}", -(v["bs.other_assets.jun26"] - v["bs.other_assets.dec25"] - v["ci.fx.h1_26"])
        + (v["bs.other_ltl.jun26"] - v["bs.other_ltl.dec25"]))
    put(f"cf.capex.{p}", -v["ppe.capex"])
    put(f"cf.refr_proceeds.{p}", v["refr.proceeds"])
    put(f"cf.notes_repaid.{p}", v["cf.notes_repaid.h1_26"])
    for per in ("h1_26", "h1_25"):
        put(f"cf.ni.{per}", v[f"is.ni.{per}"])
        put(f"cf.da.{per}", v[f"is.da.{per}"])
        put(f"cf.sbc.{per}", v[f"eq.sbc.{per}"])
        put(f"cf.refran.{per}", v[f"is.refran.{per}"])
        put(f"cf.impair.{per}", v[f"is.impair.{per}"])
        put(f"cf.repo.{per}", v[f"eq.repo.{per}"])
        put(f"cf.div.{per}", v[f"eq.div.{per}"])
        put(f"cf.options.{per}", v[f"eq.options.{per}"])
        put(f"cf.withheld.{per}", v[f"eq.withheld.{per}"])
    op = ("ni", "da", "sbc", "deferred", "debt_amort", "refran", "impair", "rou", "ar", "inventories", "prepaid", "ap",
          "accrued", "defrev", "lease", "other_op")
    inv = ("capex", "refr_proceeds")
    fin = ("notes_repaid", "vfn_drawn", "vfn_repaid", "repo", "div", "options", "withheld")
    for per in ("h1_26", "h1_25"):
        cfo = put(f"cf.cfo.{per}", s(*[f"cf.{k}.{per}" for k in op]))
        cfi = put(f"cf.cfi.{per}", s(*[f"cf.{k}.{per}" for k in inv]))
        cff = put(f"cf.cff.{per}", s(*[f"cf.{k}.{per}" for k in fin]))
        put(f"cf.change.{per}", cfo + cfi + cff)
        put(f"cf.fcf.{per}", cfo + v[f"cf.capex.{per}"])
    put("cf.begin.h1_26", v["bs.cash.dec25"] + v["bs.restricted.dec25"])
    put("cf.end.h1_26", v["cf.begin.h1_26"] + v["cf.change.h1_26"])
    put("cf.begin.h1_25", 148712)
    put("cf.end.h1_25", v["cf.begin.h1_25"] + v["cf.change.h1_25"])
    put("cf.int_paid.h1_26", 37206)
    put("cf.tax_paid.h1_26", 11418)
    put("cf.new_leases.h1_26", v["lease.new"])

    # ------------------------------------------------------------ June 30, 2026 balance sheet (derived)
    put("bs.cash.jun26", v["cf.end.h1_26"] - v["bs.restricted.jun26"])
    put("bs.ppe.jun26", v["bs.ppe.dec25"] + v["ppe.capex"] - v["ppe.depreciation"] - v["refr.ppe"]
        - v["is.impair.h1_26"])
    put("bs.intangibles.jun26", v["bs.intangibles.dec25"] - v["int.amortization"])
    put("bs.goodwill.jun26", v["bs.goodwill.dec25"] - v["refr.goodwill"])
    put("bs.rou.jun26", v["bs.rou.dec25"] + v["lease.new"] - v["cf.rou.h1_26"])
    lease_dec = v["bs.lease_current.dec25"] + v["bs.lease_noncurrent.dec25"]
    put("bs.lease_noncurrent.jun26", lease_dec + v["lease.new"] + v["cf.lease.h1_26"] - v["bs.lease_current.jun26"])
    put("bs.dit.jun26", v["bs.dit.dec25"] + v["cf.deferred.h1_26"])
    for d in BS_DATES:
        put(f"bs.debt_current.{d}", v[f"debt.current.{d}"])
        put(f"bs.ltd.{d}", v[f"debt.lt.{d}"])
        put(f"bs.ca_total.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "restricted", "ar", "inventories", "prepaid")]))
        put(f"bs.assets_total.{d}", v[f"bs.ca_total.{d}"] + s(*[f"bs.{k}.{d}" for k in (
            "ppe", "rou", "goodwill", "intangibles", "other_assets")]))
        put(f"bs.cl_total.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "debt_current", "lease_current",
                                                             "defrev_current")]))
        put(f"bs.liab_total.{d}", v[f"bs.cl_total.{d}"] + s(*[f"bs.{k}.{d}" for k in (
            "ltd", "lease_noncurrent", "defrev_noncurrent", "dit", "other_ltl")]))
    put("bs.apic.dec25", v["bs.assets_total.dec25"] - v["bs.liab_total.dec25"] - s("bs.re.dec25", "bs.aoci.dec25"))

    # equity statement in quarterly blocks; repurchased shares are retired (cost charged to retained earnings).
    # The December 31, 2024 balances are rolled back from December 31, 2025 through second-half 2025 activity
    # (not presented) and first-half 2025 activity, so the two years' blocks are consistent with each other.
    cols = ("apic", "re", "aoci")
    put("eq.shares.dec25", 38196)
    for c in cols:
        put(f"eq.{c}.dec25", v[f"bs.{c}.dec25"])
    put("rep.cost.h2_25", v["rep.authorization"] - v["rep.remaining.mar"] + v["eq.repo.h1_25"]
        + (v["eq.repo.h1_26"] - v["eq.repo.q2_26"]))  # authorization used between July 2025 and December 2025
    h2 = {"ni": D(43512), "oci": D(-1106), "div": D(-27073), "repo": -v["rep.cost.h2_25"], "sbc": D(6812),
          "options": D(1604), "withheld": D(-418), "sh_issued": D(52), "sh_repo": D(-999)}
    for k, amount in h2.items():
        put(f"eq.{k}.h2_25", amount)
    put("eq.shares.jun25", v["eq.shares.dec25"] - h2["sh_issued"] - h2["sh_repo"])
    put("eq.apic.jun25", v["eq.apic.dec25"] - h2["sbc"] - h2["options"] - h2["withheld"])
    put("eq.re.jun25", v["eq.re.dec25"] - h2["ni"] - h2["div"] - h2["repo"])
    put("eq.aoci.jun25", v["eq.aoci.dec25"] - h2["oci"])
    put("eq.shares.dec24", v["eq.shares.jun25"] - sum((D(issued_shares[k]) + D(repo_shares[k])
                                                       for k in ("q1_25", "q2_25")), D(0)))
    put("eq.apic.dec24", v["eq.apic.jun25"] - s("eq.sbc.h1_25", "eq.options.h1_25", "eq.withheld.h1_25"))
    put("eq.re.dec24", v["eq.re.jun25"] - s("eq.ni.h1_25", "eq.div.h1_25", "eq.repo.h1_25"))
    put("eq.aoci.dec24", v["eq.aoci.jun25"] - v["eq.oci.h1_25"])
    for yr, begin_key in (("26", "dec25"), ("25", "dec24")):
        h1, q2, q1 = f"h1_{yr}", f"q2_{yr}", f"q1_{yr}"
        for item in ("ni", "oci", "div", "repo", "sbc", "options", "withheld"):
            put(f"eq.{item}.{q1}", v[f"eq.{item}.{h1}"] - v[f"eq.{item}.{q2}"])
        mid_key, end_key = f"mar{yr}", f"jun{yr}"
        rolled_back = {c: v.get(f"eq.{c}.{end_key}") for c in ("shares",) + cols}
        for period, a, b in ((q1, begin_key, mid_key), (q2, mid_key, end_key)):
            put(f"eq.sh_issued.{period}", issued_shares[period])
            put(f"eq.sh_repo.{period}", repo_shares[period])
            put(f"eq.shares.{b}", v[f"eq.shares.{a}"] + issued_shares[period] + repo_shares[period])
            put(f"eq.apic.{b}", v[f"eq.apic.{a}"] + s(f"eq.sbc.{period}", f"eq.options.{period}",
                                                      f"eq.withheld.{period}"))
            put(f"eq.re.{b}", v[f"eq.re.{a}"] + s(f"eq.ni.{period}", f"eq.div.{period}", f"eq.repo.{period}"))
            put(f"eq.aoci.{b}", v[f"eq.aoci.{a}"] + v[f"eq.oci.{period}"])
        for c, amount in rolled_back.items():
            if amount is not None and amount != v[f"eq.{c}.{end_key}"]:
                raise ValueError(f"equity roll mismatch for {c} at {end_key}")
        for key in (begin_key, mid_key, end_key):
            put(f"eq.total.{key}", s(*[f"eq.{c}.{key}" for c in cols]))
    for c in cols:
        put(f"bs.{c}.jun26", v[f"eq.{c}.jun26"])
    for d in BS_DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{c}.{d}" for c in cols]))
        put(f"bs.le_total.{d}", v[f"bs.liab_total.{d}"] + v[f"bs.equity.{d}"])
        put(f"bs.shares.{d}", v[f"eq.shares.{d}"])

    # cash reconciliation (cash flow note) and intangible detail
    for d in BS_DATES:
        put(f"cash.total.{d}", v[f"bs.cash.{d}"] + v[f"bs.restricted.{d}"])
    put("int.trademarks", 902000)
    for d in BS_DATES:
        put(f"int.fa.{d}", v[f"bs.intangibles.{d}"] - v["int.trademarks"])

    # ------------------------------------------------------------ prose-only figures and MD&A derived figures
    prose = {"mda.employees": 11840, "mda.countries": 14, "mda.open_guide_low": 160, "mda.open_guide_high": 180,
             "mda.dividend_q3": "0.38", "mda.tax_guide": "25", "mda.hen_avg_unit": "2.31", "mda.capex_guide": 32}
    for k, amount in prose.items():
        put(k, D(str(amount)))
    put("mda.liquidity", v["bs.cash.jun26"] + v["vfn.available"])
    put("mda.refr_gain", -v["is.refran.h1_26"])
    put("mda.net_new", v["cnt.end.total"] - v["cnt.begin.total"])
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for p in PERIODS:
        t.append((f"IS {p}: revenues foot", v[f"is.rev.{p}"], s(*[f"is.{k}.{p}" for k in REV_TYPES])))
        t.append((f"IS {p}: costs foot", v[f"is.costs.{p}"], s(*[f"is.{k}.{p}" for k in COSTS])))
        t.append((f"IS {p}: operating income", v[f"is.op_income.{p}"], v[f"is.rev.{p}"] - v[f"is.costs.{p}"]))
        t.append((f"IS {p}: pretax", v[f"is.pretax.{p}"],
                  v[f"is.op_income.{p}"] - v[f"is.interest.{p}"] - v[f"is.other.{p}"]))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.pretax.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"IS {p}: comprehensive income", v[f"ci.total.{p}"], v[f"is.ni.{p}"] + v[f"ci.fx.{p}"]))
        t.append((f"EPS {p}: basic", v[f"is.eps_basic.{p}"], q(v[f"is.ni.{p}"] / v[f"is.shares_basic.{p}"], 2)))
        t.append((f"EPS {p}: diluted", v[f"is.eps_diluted.{p}"], q(v[f"is.ni.{p}"] / v[f"is.shares_diluted.{p}"], 2)))
        t.append((f"EPS {p}: diluted shares", v[f"is.shares_diluted.{p}"],
                  s(f"is.shares_basic.{p}", f"eps.dilutive.{p}")))
        t.append((f"RLM {p}: reconciliation from operating income", v[f"rlm.profit.{p}"],
                  s(f"is.op_income.{p}", f"is.ga.{p}", f"is.da.{p}", f"is.refran.{p}", f"is.impair.{p}",
                    f"is.ad_exp.{p}", f"is.fr_rent.{p}", *[f"rlm.less_{k}.{p}" for k in FRANCHISE_REV])))
        t.append((f"RLM {p}: sales less restaurant costs", v[f"rlm.profit.{p}"],
                  v[f"is.company.{p}"] - s(*[f"is.{k}.{p}" for k in RESTAURANT_COSTS])))
        t.append((f"Brands {p}: company sales = statement", v[f"brand.co_sales.total.{p}"], v[f"is.company.{p}"]))
        t.append((f"Brands {p}: system sales foot", v[f"brand.sys_sales.total.{p}"],
                  s(f"brand.co_sales.total.{p}", f"brand.fr_sales.total.{p}")))
        t.append((f"Segments {p}: revenues foot", v[f"seg.rev.total.{p}"], s("seg.rev.hen." + p, "seg.rev.brass." + p)))
        t.append((f"Segments {p}: operating income = statement", v[f"seg.profit.total.{p}"],
                  s(f"seg.profit.hen.{p}", f"seg.profit.brass.{p}", f"seg.profit.corp.{p}")))
        t.append((f"Segments {p}: corporate is a cost", D(1) if v[f"seg.profit.corp.{p}"] < 0 else D(0), D(1)))
        t.append((f"Segments {p}: Brassfire revenue covers its company sales",
                  D(1) if v[f"seg.rev.brass.{p}"] > v[f"brand.co_sales.brass.{p}"] > 0 else D(0), D(1)))
    for yr in ("26", "25"):
        for b in (f"mar{yr}", f"jun{yr}"):
            t.append((f"Equity {b}: columns foot", v[f"eq.total.{b}"],
                      s(f"eq.apic.{b}", f"eq.re.{b}", f"eq.aoci.{b}")))
        begin = "dec25" if yr == "26" else "dec24"
        flows = D(0)
        for period in (f"q1_{yr}", f"q2_{yr}"):
            flows += s(*[f"eq.{k}.{period}" for k in ("ni", "oci", "div", "repo", "sbc", "options", "withheld")])
        t.append((f"Equity 20{yr}: six-month roll", v[f"eq.total.jun{yr}"], v[f"eq.total.{begin}"] + flows))
        t.append((f"Equity 20{yr}: Q2 net income = statement", v[f"eq.ni.q2_{yr}"], v[f"is.ni.q2_{yr}"]))
        t.append((f"Equity 20{yr}: six-month net income = statement", s(f"eq.ni.q1_{yr}", f"eq.ni.q2_{yr}"),
                  v[f"is.ni.h1_{yr}"]))
        t.append((f"Equity 20{yr}: six-month dividends = cash flow", s(f"eq.div.q1_{yr}", f"eq.div.q2_{yr}"),
                  v[f"cf.div.h1_{yr}"]))
        t.append((f"Equity 20{yr}: six-month repurchases = cash flow", s(f"eq.repo.q1_{yr}", f"eq.repo.q2_{yr}"),
                  v[f"cf.repo.h1_{yr}"]))
        t.append((f"Equity 20{yr}: six-month OCI = statement", s(f"eq.oci.q1_{yr}", f"eq.oci.q2_{yr}"),
                  v[f"ci.fx.h1_{yr}"]))
        t.append((f"Equity 20{yr}: shares roll", v[f"eq.shares.jun{yr}"], v[f"eq.shares.{begin}"] + s(
            f"eq.sh_issued.q1_{yr}", f"eq.sh_repo.q1_{yr}", f"eq.sh_issued.q2_{yr}", f"eq.sh_repo.q2_{yr}")))
    op = ("ni", "da", "sbc", "deferred", "debt_amort", "refran", "impair", "rou", "ar", "inventories", "prepaid", "ap",
          "accrued", "defrev", "lease", "other_op")
    for p in ("h1_26", "h1_25"):
        t.append((f"CF {p}: operating foots", v[f"cf.cfo.{p}"], s(*[f"cf.{k}.{p}" for k in op])))
        t.append((f"CF {p}: investing foots", v[f"cf.cfi.{p}"], s(f"cf.capex.{p}", f"cf.refr_proceeds.{p}")))
        t.append((f"CF {p}: financing foots", v[f"cf.cff.{p}"], s(*[f"cf.{k}.{p}" for k in (
            "notes_repaid", "vfn_drawn", "vfn_repaid", "repo", "div", "options", "withheld")])))
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"],
                  s(f"cf.begin.{p}", f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}")))
        t.append((f"CF {p}: net income = statement", v[f"cf.ni.{p}"], v[f"is.ni.{p}"]))
        t.append((f"CF {p}: D&A = statement", v[f"cf.da.{p}"], v[f"is.da.{p}"]))
        t.append((f"CF {p}: refranchising = statement", v[f"cf.refran.{p}"], v[f"is.refran.{p}"]))
    for d in BS_DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets_total.{d}"], v[f"bs.le_total.{d}"]))
        t.append((f"BS {d}: current assets foot", v[f"bs.ca_total.{d}"],
                  s(*[f"bs.{k}.{d}" for k in ("cash", "restricted", "ar", "inventories", "prepaid")])))
        t.append((f"BS {d}: current liabilities foot", v[f"bs.cl_total.{d}"],
                  s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "debt_current", "lease_current", "defrev_current")])))
        t.append((f"BS {d}: equity = equity statement", v[f"bs.equity.{d}"], v[f"eq.total.{d}"]))
        t.append((f"BS {d}: shares = equity statement", v[f"bs.shares.{d}"], v[f"eq.shares.{d}"]))
        t.append((f"Debt {d}: principal foots", v[f"debt.principal.{d}"], s(*[f"debt.{n[0]}.{d}" for n in NOTES])))
        t.append((f"Debt {d}: long-term = principal + costs - current", v[f"bs.ltd.{d}"],
                  v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"] - v[f"bs.debt_current.{d}"]))
        t.append((f"Cash {d}: cash + restricted = reconciliation", v[f"cash.total.{d}"],
                  s(f"bs.cash.{d}", f"bs.restricted.{d}")))
        t.append((f"Intangibles {d}: trademarks + franchise agreements", v[f"bs.intangibles.{d}"],
                  v["int.trademarks"] + v[f"int.fa.{d}"]))
    t.append(("CF: end = cash + restricted (Jun)", v["cf.end.h1_26"], v["cash.total.jun26"]))
    t.append(("CF: begin = cash + restricted (Dec)", v["cf.begin.h1_26"], v["cash.total.dec25"]))
    t.append(("Debt: principal change = cash flows", v["debt.principal.jun26"] - v["debt.principal.dec25"],
              s("cf.notes_repaid.h1_26", "cf.vfn_drawn.h1_26", "cf.vfn_repaid.h1_26")))
    t.append(("Debt: scheduled repayments = half of annual amortization", -v["cf.notes_repaid.h1_26"],
              v["debt.current.jun26"] / 2))
    t.append(("Debt: costs roll", v["debt.costs.jun26"], v["debt.costs.dec25"] + v["cf.debt_amort.h1_26"]))
    t.append(("VFN: availability", v["vfn.available"], v["vfn.capacity"] - v["debt.vfn.jun26"] - v["vfn.lc"]))
    t.append(("PP&E: roll", v["bs.ppe.jun26"], v["bs.ppe.dec25"] - v["cf.capex.h1_26"] - v["ppe.depreciation"]
              - v["refr.ppe"] - v["cf.impair.h1_26"]))
    t.append(("D&A: depreciation + amortization", v["is.da.h1_26"], v["ppe.depreciation"] + v["int.amortization"]))
    t.append(("Intangibles: roll", v["bs.intangibles.jun26"], v["bs.intangibles.dec25"] - v["int.amortization"]))
    t.append(("Goodwill: roll", v["bs.goodwill.jun26"], v["bs.goodwill.dec25"] - v["refr.goodwill"]))
    t.append(("Refranchising: proceeds = assets sold + gain", v["cf.refr_proceeds.h1_26"],
              v["refr.ppe"] + v["refr.goodwill"] - v["is.refran.h1_26"]))
    t.append(("Leases: ROU roll", v["bs.rou.jun26"], v["bs.rou.dec25"] + v["lease.new"] - v["cf.rou.h1_26"]))
    t.append(("Leases: liability roll", s("bs.lease_current.jun26", "bs.lease_noncurrent.jun26"),
              s("bs.lease_current.dec25", "bs.lease_noncurrent.dec25") + v["lease.new"] + v["cf.lease.h1_26"]))
    t.append(("Deferred fees: roll", v["defrev.end"],
              v["defrev.begin"] + v["defrev.received"] - v["defrev.recognized"]))
    t.append(("Deferred fees: = balance sheet", v["defrev.end"], s("bs.defrev_current.jun26",
                                                                     "bs.defrev_noncurrent.jun26")))
    t.append(("Deferred fees: recognized within franchise fees revenue",
              D(1) if 0 < v["defrev.recognized"] < v["is.fees.h1_26"] else D(0), D(1)))
    t.append(("Deferred taxes: roll", v["bs.dit.jun26"], v["bs.dit.dec25"] + v["cf.deferred.h1_26"]))
    t.append(("BS: receivables change = cash flow", v["bs.ar.dec25"] - v["bs.ar.jun26"], v["cf.ar.h1_26"]))
    t.append(("BS: payables change = cash flow", v["bs.ap.jun26"] - v["bs.ap.dec25"], v["cf.ap.h1_26"]))
    t.append(("BS: accrued change = cash flow", v["bs.accrued.jun26"] - v["bs.accrued.dec25"], v["cf.accrued.h1_26"]))
    for col in COUNTS:
        t.append((f"Counts: {col} roll", v[f"cnt.end.{col}"],
                  s(f"cnt.begin.{col}", f"cnt.open.{col}", f"cnt.close.{col}", f"cnt.refr.{col}")))
    t.append(("Counts: refranchising moves restaurants between columns", v["cnt.refr.co"] + v["cnt.refr.fr"], D(0)))
    t.append(("Counts: total roll", v["cnt.end.total"], s("cnt.begin.total", "cnt.open.total", "cnt.close.total")))
    t.append(("Repurchases: Q2 monthly costs = equity statement", -v["eq.repo.q2_26"],
              s("rep.cost.apr", "rep.cost.may", "rep.cost.jun")))
    t.append(("Repurchases: Q2 shares = equity statement", -v["eq.sh_repo.q2_26"] * 1000, v["rep.shares.total"]))
    t.append(("Repurchases: authorization used = repurchases since February 2025",
              v["rep.authorization"] - v["rep.remaining.jun"],
              -(v["eq.repo.h1_25"] + v["eq.repo.h2_25"] + v["eq.repo.h1_26"])))
    t.append(("Equity: second-half 2025 roll (Jun 2025 -> Dec 2025)", v["eq.total.dec25"], v["eq.total.jun25"] + s(
        *[f"eq.{k}.h2_25" for k in ("ni", "oci", "div", "repo", "sbc", "options", "withheld")])))
    t.append(("Repurchases: authorization roll", v["rep.remaining.jun"],
              v["rep.remaining.mar"] - s("rep.cost.apr", "rep.cost.may", "rep.cost.jun")))
    return t
