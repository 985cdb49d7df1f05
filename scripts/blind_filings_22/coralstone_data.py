"""Invented figures for Coralstone Gaming Group, Inc., Form 10-Q for the quarter ended September 30, 2026.

Amounts are $ thousands (integers) unless the key says otherwise; per-share amounts in $, percentages as printed,
operating metrics in the units printed in MD&A. Derived amounts are computed here so that the statements tie.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q3_26", "q3_25", "m9_26", "m9_25")  # three months 2026, 2025; nine months 2026, 2025
BS_DATES = ("sep26", "dec25")
REV_TYPES = ("casino", "online", "rooms", "fb", "ent")
REV_LABELS = {"casino": "Casino", "online": "Online gaming", "rooms": "Rooms", "fb": "Food and beverage",
              "ent": "Entertainment, retail and other"}


def D(x: str | int) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


SEGMENTS = {"dest": "Destination Resorts", "regional": "Regional Casinos", "online": "Online"}

# property key -> (name, segment, {period: (casino, rooms, food and beverage, entertainment/other)})
PROPERTIES = {
    "marisol": ("Marisol Bay Resort & Casino", "dest", {
        "q3_26": (148362, 61845, 47218, 18934), "q3_25": (139774, 58213, 45106, 17482),
        "m9_26": (431905, 176442, 138517, 52708), "m9_25": (409318, 168926, 131844, 49371)}),
    "thistle": ("Thistlewood Grand Hotel & Casino", "dest", {
        "q3_26": (96418, 38627, 29554, 9872), "q3_25": (93906, 37118, 28731, 10215),
        "m9_26": (281337, 109684, 85962, 28415), "m9_25": (272845, 106207, 83119, 29038)}),
    "harrow": ("Harrow Pointe Casino Hotel", "regional", {
        "q3_26": (72584, 8463, 9127, 2318), "q3_25": (70119, 8206, 8874, 2251),
        "m9_26": (209773, 23918, 26305, 6642), "m9_25": (204816, 23154, 25692, 6471)}),
    "copper": ("Copper Lantern Casino", "regional", {
        "q3_26": (51276, 3912, 5846, 1407), "q3_25": (52903, 4018, 5991, 1452),
        "m9_26": (150218, 11064, 16927, 4096), "m9_25": (153441, 11275, 17356, 4188)}),
    "bellwick": ("Bellwick Downs Racino", "regional", {
        "q3_26": (38915, 0, 4213, 3186), "q3_25": (37402, 0, 4087, 3254),
        "m9_26": (113628, 0, 12294, 9318), "m9_25": (109775, 0, 11906, 9452)}),
}
ONLINE_REVENUE = {"q3_26": 64827, "q3_25": 48356, "m9_26": 187416, "m9_25": 136952}

# three-month operating metrics per land-based property:
# slot handle ($M), slot win ($M), table drop ($M), table win ($M), occupancy %, ADR $
METRICS = {
    "marisol": {"q3_26": ("1482.6", "118.7", "412.8", "89.4", "94.2", "286"),
                "q3_25": ("1421.3", "112.5", "398.1", "83.2", "93.1", "274")},
    "thistle": {"q3_26": ("1006.4", "81.3", "248.6", "50.2", "91.8", "231"),
                "q3_25": ("987.2", "79.6", "251.9", "48.4", "90.6", "226")},
    "harrow": {"q3_26": ("812.9", "66.1", "74.5", "14.8", "88.4", "142"),
               "q3_25": ("794.6", "64.0", "72.8", "14.1", "87.9", "139")},
    "copper": {"q3_26": ("601.8", "48.7", "41.2", "8.3", "81.3", "118"),
               "q3_25": ("622.5", "50.4", "42.6", "8.5", "83.5", "117")},
    "bellwick": {"q3_26": ("478.4", "38.2", "0", "0", None, None),
                 "q3_25": ("461.7", "36.7", "0", "0", None, None)},
}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = value if isinstance(value, Decimal) else D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ revenues by property, type and segment
    for p in PERIODS:
        for prop, (_name, _segment, amounts) in PROPERTIES.items():
            casino, rooms, fb, ent = amounts[p]
            for t, amount in zip(("casino", "rooms", "fb", "ent"), (casino, rooms, fb, ent), strict=True):
                put(f"rev.{prop}.{t}.{p}", amount)
            put(f"rev.{prop}.online.{p}", 0)
            put(f"rev.{prop}.total.{p}", s(*[f"rev.{prop}.{t}.{p}" for t in REV_TYPES]))
        for t in REV_TYPES:
            put(f"rev.stoneplay.{t}.{p}", ONLINE_REVENUE[p] if t == "online" else 0)
        put(f"rev.stoneplay.total.{p}", ONLINE_REVENUE[p])
        members = {"dest": [k for k, x in PROPERTIES.items() if x[1] == "dest"],
                   "regional": [k for k, x in PROPERTIES.items() if x[1] == "regional"], "online": ["stoneplay"]}
        for seg, props in members.items():
            for t in list(REV_TYPES) + ["total"]:
                put(f"seg.rev.{seg}.{t}.{p}", s(*[f"rev.{x}.{t}.{p}" for x in props]))
        for t in REV_TYPES:
            put(f"is.rev_{t}.{p}", s(*[f"seg.rev.{g}.{t}.{p}" for g in SEGMENTS]))
        put(f"is.rev_total.{p}", s(*[f"is.rev_{t}.{p}" for t in REV_TYPES]))
        put(f"seg.rev.total.{p}", s(*[f"seg.rev.{g}.total.{p}" for g in SEGMENTS]))

    # ------------------------------------------------------------ segment Adjusted Property EBITDAR and the bridge
    seg_ebitdar = {"dest": (128746, 121385, 372518, 356204), "regional": (61834, 60912, 181407, 179263),
                   "online": (9216, 3874, 24935, 8612)}
    corporate = (-14382, -13617, -43915, -41208)
    rent = (24600, 24000, 73800, 72000)  # Thistlewood master lease rent
    da = (52418, 49736, 155902, 147385)
    sbc = (5214, 4873, 16108, 14762)
    preopening = (3846, 1127, 9513, 2684)
    disposal = (612, 1488, 2347, 3105)
    interest = (38716, 40254, 117083, 121467)
    extinguishment = (0, 0, 14862, 0)
    other_income = (1206, 842, 3418, 2507)
    tax_rate = ("0.234", "0.241", "0.236", "0.239")
    casino_exp = (168412, 162905, 491763, 478214)
    online_exp = (47936, 38127, 139482, 110634)
    rooms_exp = (29874, 28416, 85407, 81953)
    fb_exp = (72318, 69845, 211674, 204508)
    ent_exp = (24126, 23408, 70215, 68137)
    basic = (48216, 50384, 48905, 50911)
    dilutive = (412, 387, 436, 402)
    swaps = (-1418, 612, -2906, -1274)
    fx = (284, -193, 517, -405)
    for i, p in enumerate(PERIODS):
        for seg, amounts in seg_ebitdar.items():
            put(f"seg.ebitdar.{seg}.{p}", amounts[i])
            put(f"seg.margin.{seg}.{p}", pct(v[f"seg.ebitdar.{seg}.{p}"], v[f"seg.rev.{seg}.total.{p}"]))
        put(f"seg.ebitdar_total.{p}", s(*[f"seg.ebitdar.{g}.{p}" for g in SEGMENTS]))
        put(f"seg.corporate.{p}", corporate[i])
        adj = put(f"seg.adj_ebitdar.{p}", v[f"seg.ebitdar_total.{p}"] + v[f"seg.corporate.{p}"])
        put(f"rec.rent.{p}", -rent[i])
        put(f"rec.da.{p}", -da[i])
        put(f"rec.sbc.{p}", -sbc[i])
        put(f"rec.preopening.{p}", -preopening[i])
        put(f"rec.disposal.{p}", -disposal[i])
        put(f"rec.interest.{p}", -interest[i])
        put(f"rec.extinguishment.{p}", -extinguishment[i])
        put(f"rec.other.{p}", other_income[i])
        oi = adj - rent[i] - da[i] - sbc[i] - preopening[i] - disposal[i]
        pretax = oi - interest[i] - extinguishment[i] + other_income[i]
        tax = q(pretax * D(tax_rate[i]))
        put(f"rec.tax.{p}", -tax)
        ni = put(f"rec.ni.{p}", pretax - tax)

        # income statement; SG&A is the line that absorbs corporate costs, rent and share-based compensation
        rev = v[f"is.rev_total.{p}"]
        put(f"is.casino_exp.{p}", casino_exp[i])
        put(f"is.online_exp.{p}", online_exp[i])
        put(f"is.rooms_exp.{p}", rooms_exp[i])
        put(f"is.fb_exp.{p}", fb_exp[i])
        put(f"is.ent_exp.{p}", ent_exp[i])
        put(f"is.da.{p}", da[i])
        put(f"is.preopening.{p}", preopening[i])
        put(f"is.disposal.{p}", disposal[i])
        opex = put(f"is.opex_total.{p}", rev - oi)
        dept = s(*[f"is.{k}.{p}" for k in ("casino_exp", "online_exp", "rooms_exp", "fb_exp", "ent_exp", "da",
                                           "preopening", "disposal")])
        put(f"is.sga.{p}", opex - dept)
        put(f"is.op_income.{p}", oi)
        put(f"is.interest.{p}", -interest[i])
        put(f"is.extinguishment.{p}", -extinguishment[i])
        put(f"is.other.{p}", other_income[i])
        put(f"is.other_total.{p}", -interest[i] - extinguishment[i] + other_income[i])
        put(f"is.pretax.{p}", pretax)
        put(f"is.tax.{p}", tax)
        put(f"is.net_income.{p}", ni)
        put(f"is.shares_basic.{p}", basic[i])
        put(f"eps.dilutive.{p}", dilutive[i])
        put(f"is.shares_diluted.{p}", basic[i] + dilutive[i])
        put(f"is.eps_basic.{p}", q(ni / basic[i], 2))
        put(f"is.eps_diluted.{p}", q(ni / (basic[i] + dilutive[i]), 2))
        put(f"tax.rate.{p}", pct(tax, pretax))
        put(f"ci.swaps.{p}", swaps[i])
        put(f"ci.fx.{p}", fx[i])
        put(f"ci.oci.{p}", swaps[i] + fx[i])
        put(f"ci.total.{p}", ni + swaps[i] + fx[i])
        put(f"lease.master.{p}", rent[i])
        put(f"sbc.{p}", sbc[i])

    # ------------------------------------------------------------ leases note
    other_lease = (3418, 3287, 10206, 9874)
    variable_lease = (1912, 1806, 5683, 5412)
    for i, p in enumerate(PERIODS):
        put(f"lease.other.{p}", other_lease[i])
        put(f"lease.variable.{p}", variable_lease[i])
        put(f"lease.total.{p}", s(f"lease.master.{p}", f"lease.other.{p}", f"lease.variable.{p}"))
    lease_pay = {"r2026": 28104, "2027": 111826, "2028": 113482, "2029": 115168, "2030": 116884, "after": 1847315}
    for k, amount in lease_pay.items():
        put(f"lease.pay.{k}", amount)
    put("lease.undiscounted", s(*[f"lease.pay.{k}" for k in lease_pay]))
    put("lease.current", 41236)
    put("lease.noncurrent", 618935)
    put("lease.pv", v["lease.current"] + v["lease.noncurrent"])
    put("lease.interest", v["lease.pv"] - v["lease.undiscounted"])
    put("lease.term", "21.4")
    put("lease.rate", "7.8")

    # ------------------------------------------------------------ non-GAAP adjusted net income and EPS
    for p in PERIODS:
        pre = s(f"is.preopening.{p}", f"is.disposal.{p}") - v[f"is.extinguishment.{p}"]
        put(f"ng.ni.{p}", v[f"is.net_income.{p}"])
        put(f"ng.preopening.{p}", v[f"is.preopening.{p}"])
        put(f"ng.disposal.{p}", v[f"is.disposal.{p}"])
        put(f"ng.extinguishment.{p}", -v[f"is.extinguishment.{p}"])
        put(f"ng.tax.{p}", -q(pre * D("0.23")))
        adj = put(f"ng.adj_ni.{p}", v[f"is.net_income.{p}"] + pre + v[f"ng.tax.{p}"])
        put(f"ng.shares.{p}", v[f"is.shares_diluted.{p}"])
        put(f"ng.eps.{p}", v[f"is.eps_diluted.{p}"])
        put(f"ng.adj_eps.{p}", q(adj / v[f"is.shares_diluted.{p}"], 2))

    # ------------------------------------------------------------ loyalty program liability roll-forward
    loyalty = {  # period -> (earned, redeemed, expired)
        "q3_26": (14296, -13418, -712), "m9_26": (41837, -38204, -2165),
        "q3_25": (13617, -12903, -688), "m9_25": (39512, -36884, -2047)}
    ends = {"26": D(27416), "25": D(25903)}  # Dec 31, 2025 and Dec 31, 2024 balances
    for yr in ("26", "25"):
        nine, three = f"m9_{yr}", f"q3_{yr}"
        put(f"loy.begin.{nine}", ends[yr])
        for k, amount in zip(("earned", "redeemed", "expired"), loyalty[nine], strict=True):
            put(f"loy.{k}.{nine}", amount)
        end = put(f"loy.end.{nine}", ends[yr] + sum((D(a) for a in loyalty[nine]), D(0)))
        for k, amount in zip(("earned", "redeemed", "expired"), loyalty[three], strict=True):
            put(f"loy.{k}.{three}", amount)
        put(f"loy.begin.{three}", end - sum((D(a) for a in loyalty[three]), D(0)))
        put(f"loy.end.{three}", end)

    # ------------------------------------------------------------ debt
    debt = {  # key -> (label, Dec 31 2025, Sep 30 2026)
        "revolver": ("Revolving credit facility due 2030", 85000, 50000),
        "term": ("Term Loan B due 2031", 841500, 835125),
        "n2027": ("6.500% senior notes due 2027", 600000, 0),
        "n2029": ("5.875% senior notes due 2029", 750000, 750000),
        "n2032": ("7.125% senior notes due 2032", 0, 600000),
    }
    for key, (_label, dec, sep) in debt.items():
        put(f"debt.{key}.dec25", dec)
        put(f"debt.{key}.sep26", sep)
    for d in BS_DATES:
        put(f"debt.principal.{d}", s(*[f"debt.{k}.{d}" for k in debt]))
        put(f"debt.current.{d}", -8500)
    put("debt.costs.dec25", -24815)
    cf_fin = {"revolver_in": (210000, 95000), "revolver_out": (-245000, -130000), "notes_in": (600000, 0),
              "notes_out": (-600000, 0), "premium": (-12000, 0), "term_out": (-6375, -6375),
              "issue_costs": (-8942, 0), "tax_withheld": (-4812, -4206)}
    amortization = (3917, 3804)
    writeoff = 2862
    put("debt.costs.sep26", v["debt.costs.dec25"] + D(cf_fin["issue_costs"][0]) + amortization[0] + writeoff)
    for d in BS_DATES:
        put(f"debt.lt.{d}", v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"] + v[f"debt.current.{d}"])
    mat = {"r2026": 2125, "2027": 8500, "2028": 8500, "2029": 758500, "2030": 58500}
    for k, amount in mat.items():
        put(f"mat.{k}", amount)
    put("mat.after", v["debt.principal.sep26"] - s(*[f"mat.{k}" for k in mat]))
    put("mat.total", v["debt.principal.sep26"])
    put("debt.writeoff", writeoff)
    put("liq.revolver_cap", 750000)
    put("liq.lcs", 18250)
    put("liq.available", v["liq.revolver_cap"] - v["debt.revolver.sep26"] - v["liq.lcs"])

    # ------------------------------------------------------------ equity (nine-month and three-month roll-forwards)
    div_ps = {"q3_26": "0.25", "m9_26": "0.75", "q3_25": "0.22", "m9_25": "0.66"}
    dividends = {"q3_26": -12031, "m9_26": -36412, "q3_25": -11046, "m9_25": -33486}
    repurchases_h1 = {"26": -49862, "25": -62203}
    monthly = {"jul": (312450, "44.18"), "aug": (405800, "41.92"), "sep": (287300, "43.57")}
    remaining = D(186540)
    q3_repo = D(0)
    for month, (shares, price) in monthly.items():
        cost = q(D(shares) * D(price) / 1000)
        put(f"rep.shares.{month}", shares)
        put(f"rep.price.{month}", price)
        put(f"rep.cost.{month}", cost)
        remaining -= cost
        put(f"rep.remaining.{month}", remaining)
        q3_repo += cost
    put("rep.shares.total", s(*[f"rep.shares.{m}" for m in monthly]))
    put("rep.remaining.jun", D(186540))
    put("eq.repo.q3_26", -q3_repo)
    put("eq.repo.m9_26", D(repurchases_h1["26"]) - q3_repo)
    put("eq.repo.q3_25", D(-36214))
    put("eq.repo.m9_25", D(repurchases_h1["25"]) - 36214)
    sbc_equity = {p: v[f"sbc.{p}"] for p in PERIODS}
    withheld = {"q3_26": -1108, "m9_26": -4812, "q3_25": -964, "m9_25": -4206}
    start = {  # common stock, APIC, retained earnings, treasury stock, AOCI at December 31
        "dec25": (612, 1248316, 794275, -512418, -3146),
        "dec24": (612, 1228604, 660187, -389511, 1184),
    }
    cols = ("common", "apic", "re", "treasury", "aoci")
    for yr, begin in (("26", "dec25"), ("25", "dec24")):
        nine, three = f"m9_{yr}", f"q3_{yr}"
        for p in (nine, three):
            put(f"eq.div.{p}", dividends[p])
            put(f"eq.div_ps.{p}", div_ps[p])
            put(f"eq.sbc.{p}", sbc_equity[p])
            put(f"eq.withheld.{p}", withheld[p])
            put(f"eq.ni.{p}", v[f"is.net_income.{p}"])
            put(f"eq.oci.{p}", v[f"ci.oci.{p}"])
        bal = dict(zip(cols, (D(x) for x in start[begin]), strict=True))
        for c in cols:
            put(f"eq.{c}.{begin}", bal[c])
        put(f"eq.total.{begin}", sum(bal.values(), D(0)))
        end = {"common": bal["common"],
               "apic": bal["apic"] + v[f"eq.sbc.{nine}"] + v[f"eq.withheld.{nine}"],
               "re": bal["re"] + v[f"eq.ni.{nine}"] + v[f"eq.div.{nine}"],
               "treasury": bal["treasury"] + v[f"eq.repo.{nine}"],
               "aoci": bal["aoci"] + v[f"eq.oci.{nine}"]}
        end_key = f"sep{yr}"
        for c in cols:
            put(f"eq.{c}.{end_key}", end[c])
        put(f"eq.total.{end_key}", sum(end.values(), D(0)))
        mid = {"common": end["common"],
               "apic": end["apic"] - v[f"eq.sbc.{three}"] - v[f"eq.withheld.{three}"],
               "re": end["re"] - v[f"eq.ni.{three}"] - v[f"eq.div.{three}"],
               "treasury": end["treasury"] - v[f"eq.repo.{three}"],
               "aoci": end["aoci"] - v[f"eq.oci.{three}"]}
        for c in cols:
            put(f"eq.{c}.jun{yr}", mid[c])
        put(f"eq.total.jun{yr}", sum(mid.values(), D(0)))

    # ------------------------------------------------------------ cash flows (nine months)
    cf_in = {
        "amort": amortization, "deferred": (7154, 6218), "ar": (4518, -3127), "inv": (-4285, -2914),
        "ap": (-3658, 2286), "loyalty": (v["loy.end.m9_26"] - v["loy.begin.m9_26"],
                                         v["loy.end.m9_25"] - v["loy.begin.m9_25"]),
        "accrued": (9876, 6352), "other_op": (-2214, 1468),
        "capex": (-148216, -121583), "proceeds": (1865, 2416), "license": (-12500, 0), "other_inv": (-1318, -946),
    }
    for i, p in enumerate(("m9_26", "m9_25")):
        for name, pair in cf_in.items():
            put(f"cf.{name}.{p}", pair[i])
        for name, pair in cf_fin.items():
            put(f"cf.{name}.{p}", pair[i])
        put(f"cf.ni.{p}", v[f"is.net_income.{p}"])
        put(f"cf.da.{p}", v[f"is.da.{p}"])
        put(f"cf.sbc.{p}", v[f"sbc.{p}"])
        put(f"cf.extinguishment.{p}", -v[f"is.extinguishment.{p}"])
        put(f"cf.disposal.{p}", v[f"is.disposal.{p}"])
        put(f"cf.repurchase.{p}", v[f"eq.repo.{p}"])
        put(f"cf.dividends.{p}", v[f"eq.div.{p}"])
        op = ("ni", "da", "amort", "sbc", "extinguishment", "disposal", "deferred", "ar", "inv", "ap", "loyalty",
              "accrued", "other_op")
        cfo = put(f"cf.cfo.{p}", s(*[f"cf.{k}.{p}" for k in op]))
        cfi = put(f"cf.cfi.{p}", s(*[f"cf.{k}.{p}" for k in ("capex", "proceeds", "license", "other_inv")]))
        fin = list(cf_fin) + ["repurchase", "dividends"]
        cff = put(f"cf.cff.{p}", s(*[f"cf.{k}.{p}" for k in fin]))
        put(f"cf.change.{p}", cfo + cfi + cff)
    put("bs.restricted.sep26", 18406)
    put("bs.restricted.dec25", 17214)
    put("bs.cash.dec25", 214683)
    put("cf.begin.m9_26", v["bs.cash.dec25"] + v["bs.restricted.dec25"])
    put("cf.end.m9_26", v["cf.begin.m9_26"] + v["cf.change.m9_26"])
    put("bs.cash.sep26", v["cf.end.m9_26"] - v["bs.restricted.sep26"])
    put("cf.begin.m9_25", 241318)
    put("cf.end.m9_25", v["cf.begin.m9_25"] + v["cf.change.m9_25"])
    put("cf.end_cash.m9_26", v["bs.cash.sep26"])
    put("cf.end_restricted.m9_26", v["bs.restricted.sep26"])

    # ------------------------------------------------------------ balance sheet
    bs_in = {
        "ar": (68417, 72935), "inventories": (21384, 20716), "prepaid": (47925, 44308),
        "goodwill": (412806, 412806), "rou": (612408, 631744),
        "ap": (58214, 61872), "accrued_interest": (31806, 24517), "payroll": (66912, 71385),
        "chips": (34718, 31206), "lease_current": (v["lease.current"], 39872), "other_accrued": (92417, 88965),
        "lease_noncurrent": (v["lease.noncurrent"], 642108), "deferred_tax": (186472, 179318),
        "other_ltl": (42816, 44105),
    }
    for name, (sep, dec) in bs_in.items():
        put(f"bs.{name}.sep26", sep)
        put(f"bs.{name}.dec25", dec)
    put("bs.ppe.dec25", 3184562)
    put("bs.intangibles.dec25", 298417)
    amort_intangibles = D(6912)
    put("mda.intangible_amort", amort_intangibles)
    put("bs.intangibles.sep26", v["bs.intangibles.dec25"] - amort_intangibles - v["cf.license.m9_26"])
    depreciation = v["is.da.m9_26"] - amort_intangibles
    book_value_sold = v["cf.proceeds.m9_26"] + v["is.disposal.m9_26"]
    put("bs.ppe.sep26", v["bs.ppe.dec25"] - v["cf.capex.m9_26"] - depreciation - book_value_sold)
    for d in BS_DATES:
        ca = put(f"bs.ca_total.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "restricted", "ar", "inventories",
                                                                   "prepaid")]))
        put(f"bs.loyalty.{d}", v["loy.end.m9_26"] if d == "sep26" else v["loy.begin.m9_26"])
        put(f"bs.debt_current.{d}", -v[f"debt.current.{d}"])
        cl = put(f"bs.cl_total.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "debt_current", "accrued_interest",
                                                                   "payroll", "loyalty", "chips", "lease_current",
                                                                   "other_accrued")]))
        put(f"bs.ltd.{d}", v[f"debt.lt.{d}"])
        tl = put(f"bs.liab_total.{d}", cl + s(*[f"bs.{k}.{d}" for k in ("ltd", "lease_noncurrent", "deferred_tax",
                                                                        "other_ltl")]))
        for c in ("common", "apic", "re", "treasury", "aoci", "total"):
            put(f"bs.eq_{c}.{d}", v[f"eq.{c}.{d}"])
        total = put(f"bs.le_total.{d}", tl + v[f"bs.eq_total.{d}"])
        listed = ca + s(*[f"bs.{k}.{d}" for k in ("ppe", "rou", "goodwill", "intangibles")])
        # other assets (deposits, long-term prepaid and investments) balances the sheet
        put(f"bs.other_assets.{d}", total - listed)
        put(f"bs.assets_total.{d}", total)

    # ------------------------------------------------------------ operating metrics (three months)
    for prop, by_period in METRICS.items():
        for p, (handle, slot_win, drop, table_win, occ, adr) in by_period.items():
            put(f"m.handle.{prop}.{p}", handle)
            put(f"m.slot_win.{prop}.{p}", slot_win)
            put(f"m.slot_hold.{prop}.{p}", pct(D(slot_win), D(handle), 2))
            if D(drop):
                put(f"m.drop.{prop}.{p}", drop)
                put(f"m.table_win.{prop}.{p}", table_win)
                put(f"m.table_hold.{prop}.{p}", pct(D(table_win), D(drop), 1))
            if occ:
                put(f"m.occ.{prop}.{p}", occ)
                put(f"m.adr.{prop}.{p}", adr)
                put(f"m.revpar.{prop}.{p}", q(D(occ) * D(adr) / 100))
    put("m.payers.q3_26", "186.4")  # average monthly unique payers, thousands
    put("m.payers.q3_25", "142.7")
    put("m.arpmup.q3_26", q(v["rev.stoneplay.total.q3_26"] / 3 / v["m.payers.q3_26"]))
    put("m.arpmup.q3_25", q(v["rev.stoneplay.total.q3_25"] / 3 / v["m.payers.q3_25"]))

    # ------------------------------------------------------------ MD&A prose figures
    put("mda.rev_growth.q3", pct(v["is.rev_total.q3_26"] - v["is.rev_total.q3_25"], v["is.rev_total.q3_25"]))
    put("mda.online_growth.q3", pct(v["rev.stoneplay.total.q3_26"] - v["rev.stoneplay.total.q3_25"],
                                    v["rev.stoneplay.total.q3_25"]))
    put("mda.liquidity", v["bs.cash.sep26"] + v["liq.available"])
    put("mda.capex_maint", 62418)
    put("mda.capex_tower", 71309)
    put("mda.capex_other", -v["cf.capex.m9_26"] - v["mda.capex_maint"] - v["mda.capex_tower"])
    put("mda.capex_low", 210)
    put("mda.capex_high", 230)
    put("mda.premium", -v["cf.premium.m9_26"])
    put("mda.tower_rooms", 412)
    put("mda.loss_ext", -v["is.extinguishment.m9_26"])
    put("mda.repo_9m", -v["eq.repo.m9_26"])
    put("mda.capex_total", -v["cf.capex.m9_26"])
    put("mda.license", -v["cf.license.m9_26"])
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for p in PERIODS:
        t.append((f"IS {p}: revenues foot", v[f"is.rev_total.{p}"], s(*[f"is.rev_{x}.{p}" for x in REV_TYPES])))
        expenses = ("casino_exp", "online_exp", "rooms_exp", "fb_exp", "ent_exp", "sga", "da", "preopening",
                    "disposal")
        t.append((f"IS {p}: operating costs foot", v[f"is.opex_total.{p}"], s(*[f"is.{k}.{p}" for k in expenses])))
        t.append((f"IS {p}: operating income", v[f"is.op_income.{p}"],
                  v[f"is.rev_total.{p}"] - v[f"is.opex_total.{p}"]))
        t.append((f"IS {p}: other expense foots", v[f"is.other_total.{p}"],
                  s(f"is.interest.{p}", f"is.extinguishment.{p}", f"is.other.{p}")))
        t.append((f"IS {p}: pretax", v[f"is.pretax.{p}"], s(f"is.op_income.{p}", f"is.other_total.{p}")))
        t.append((f"IS {p}: net income", v[f"is.net_income.{p}"], v[f"is.pretax.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"EPS {p}: basic", v[f"is.eps_basic.{p}"], q(v[f"is.net_income.{p}"] / v[f"is.shares_basic.{p}"],
                                                                2)))
        t.append((f"EPS {p}: diluted", v[f"is.eps_diluted.{p}"],
                  q(v[f"is.net_income.{p}"] / v[f"is.shares_diluted.{p}"], 2)))
        t.append((f"EPS {p}: diluted shares", v[f"is.shares_diluted.{p}"],
                  s(f"is.shares_basic.{p}", f"eps.dilutive.{p}")))
        t.append((f"OCI {p}: comprehensive income", v[f"ci.total.{p}"],
                  s(f"is.net_income.{p}", f"ci.swaps.{p}", f"ci.fx.{p}")))
        t.append((f"Revenue note {p}: segments = consolidated", v[f"seg.rev.total.{p}"], v[f"is.rev_total.{p}"]))
        for x in REV_TYPES:
            t.append((f"Revenue note {p}: {x} by segment = statement", v[f"is.rev_{x}.{p}"],
                      s(*[f"seg.rev.{g}.{x}.{p}" for g in SEGMENTS])))
        props = list(PROPERTIES) + ["stoneplay"]
        t.append((f"Revenue note {p}: properties = consolidated", v[f"is.rev_total.{p}"],
                  s(*[f"rev.{x}.total.{p}" for x in props])))
        t.append((f"Segments {p}: EBITDAR total", v[f"seg.ebitdar_total.{p}"],
                  s(*[f"seg.ebitdar.{g}.{p}" for g in SEGMENTS])))
        bridge = ("rent", "da", "sbc", "preopening", "disposal", "interest", "extinguishment", "other", "tax")
        t.append((f"Segments {p}: Adjusted EBITDAR bridges to net income", v[f"is.net_income.{p}"],
                  v[f"seg.adj_ebitdar.{p}"] + s(*[f"rec.{k}.{p}" for k in bridge])))
        t.append((f"Segments {p}: bridge net income = statement", v[f"rec.ni.{p}"], v[f"is.net_income.{p}"]))
        t.append((f"Segments {p}: bridge D&A = statement", -v[f"rec.da.{p}"], v[f"is.da.{p}"]))
        t.append((f"Segments {p}: bridge tax = statement", -v[f"rec.tax.{p}"], v[f"is.tax.{p}"]))
        t.append((f"Segments {p}: rent add-back = lease note master lease cost", -v[f"rec.rent.{p}"],
                  v[f"lease.master.{p}"]))
        t.append((f"Leases {p}: lease cost foots", v[f"lease.total.{p}"],
                  s(f"lease.master.{p}", f"lease.other.{p}", f"lease.variable.{p}")))
        t.append((f"Non-GAAP {p}: adjusted net income", v[f"ng.adj_ni.{p}"],
                  s(f"ng.ni.{p}", f"ng.preopening.{p}", f"ng.disposal.{p}", f"ng.extinguishment.{p}", f"ng.tax.{p}")))
        t.append((f"Loyalty {p}: roll-forward foots", v[f"loy.end.{p}"],
                  s(f"loy.begin.{p}", f"loy.earned.{p}", f"loy.redeemed.{p}", f"loy.expired.{p}")))
        t.append((f"Equity {p}: net income = statement", v[f"eq.ni.{p}"], v[f"is.net_income.{p}"]))
        t.append((f"Equity {p}: OCI = statement", v[f"eq.oci.{p}"], v[f"ci.oci.{p}"]))
    for yr in ("26", "25"):
        nine, three = f"m9_{yr}", f"q3_{yr}"
        t.append((f"Loyalty 20{yr}: three-month end = nine-month end", v[f"loy.end.{three}"], v[f"loy.end.{nine}"]))
        begin = "dec25" if yr == "26" else "dec24"
        for label, a, b, p in (("nine-month", begin, f"sep{yr}", nine), ("three-month", f"jun{yr}", f"sep{yr}", three)):
            flows = s(f"eq.ni.{p}", f"eq.oci.{p}", f"eq.div.{p}", f"eq.repo.{p}", f"eq.sbc.{p}", f"eq.withheld.{p}")
            t.append((f"Equity 20{yr} {label}: total roll", v[f"eq.total.{b}"], v[f"eq.total.{a}"] + flows))
            t.append((f"Equity 20{yr} {label}: columns foot", v[f"eq.total.{b}"],
                      s(*[f"eq.{c}.{b}" for c in ("common", "apic", "re", "treasury", "aoci")])))
    for p in ("m9_26", "m9_25"):
        op = ("ni", "da", "amort", "sbc", "extinguishment", "disposal", "deferred", "ar", "inv", "ap", "loyalty",
              "accrued", "other_op")
        t.append((f"CF {p}: operating foots", v[f"cf.cfo.{p}"], s(*[f"cf.{k}.{p}" for k in op])))
        t.append((f"CF {p}: investing foots", v[f"cf.cfi.{p}"],
                  s(*[f"cf.{k}.{p}" for k in ("capex", "proceeds", "license", "other_inv")])))
        fin = ("revolver_in", "revolver_out", "notes_in", "notes_out", "premium", "term_out", "issue_costs",
               "tax_withheld", "repurchase", "dividends")
        t.append((f"CF {p}: financing foots", v[f"cf.cff.{p}"], s(*[f"cf.{k}.{p}" for k in fin])))
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"],
                  s(f"cf.begin.{p}", f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}")))
        t.append((f"CF {p}: net income = statement", v[f"cf.ni.{p}"], v[f"is.net_income.{p}"]))
        t.append((f"CF {p}: dividends = equity statement", v[f"cf.dividends.{p}"], v[f"eq.div.{p}"]))
        t.append((f"CF {p}: repurchases = equity statement", v[f"cf.repurchase.{p}"], v[f"eq.repo.{p}"]))
        t.append((f"CF {p}: taxes withheld = equity statement", v[f"cf.tax_withheld.{p}"], v[f"eq.withheld.{p}"]))
        t.append((f"CF {p}: loyalty change = roll-forward", v[f"cf.loyalty.{p}"],
                  v[f"loy.end.{p}"] - v[f"loy.begin.{p}"]))
    for d in BS_DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets_total.{d}"],
                  v[f"bs.liab_total.{d}"] + v[f"bs.eq_total.{d}"]))
        t.append((f"BS {d}: assets foot", v[f"bs.assets_total.{d}"],
                  s(*[f"bs.{k}.{d}" for k in ("ca_total", "ppe", "rou", "goodwill", "intangibles", "other_assets")])))
        t.append((f"BS {d}: equity = equity statement", v[f"bs.eq_total.{d}"], v[f"eq.total.{d}"]))
        t.append((f"BS {d}: long-term debt = debt note", v[f"bs.ltd.{d}"],
                  v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"] + v[f"debt.current.{d}"]))
        t.append((f"Debt {d}: principal foots", v[f"debt.principal.{d}"],
                  s(*[f"debt.{k}.{d}" for k in ("revolver", "term", "n2027", "n2029", "n2032")])))
    t.append(("BS sep26: cash + restricted = cash flow end", v["cf.end.m9_26"],
              s("bs.cash.sep26", "bs.restricted.sep26")))
    t.append(("BS dec25: cash + restricted = cash flow begin", v["cf.begin.m9_26"],
              s("bs.cash.dec25", "bs.restricted.dec25")))
    t.append(("BS: loyalty liability = roll-forward (Sep 30)", v["bs.loyalty.sep26"], v["loy.end.m9_26"]))
    t.append(("BS: loyalty liability = roll-forward (Dec 31)", v["bs.loyalty.dec25"], v["loy.begin.m9_26"]))
    t.append(("BS: lease liabilities = lease note", s("bs.lease_current.sep26", "bs.lease_noncurrent.sep26"),
              v["lease.pv"]))
    t.append(("Leases: undiscounted - interest = liability", v["lease.pv"],
              v["lease.undiscounted"] + v["lease.interest"]))
    t.append(("Debt: maturities = principal", v["mat.total"], s(*[f"mat.{k}" for k in ("r2026", "2027", "2028",
                                                                                      "2029", "2030", "after")])))
    t.append(("Debt: principal change = financing flows", v["debt.principal.sep26"] - v["debt.principal.dec25"],
              s(*[f"cf.{k}.m9_26" for k in ("revolver_in", "revolver_out", "notes_in", "notes_out", "term_out")])))
    t.append(("Debt: cost roll = begin + paid - amortized - written off", v["debt.costs.sep26"],
              v["debt.costs.dec25"] + v["cf.issue_costs.m9_26"] + v["cf.amort.m9_26"] + v["debt.writeoff"]))
    t.append(("Debt: loss on extinguishment = premium + write-off", -v["is.extinguishment.m9_26"],
              -v["cf.premium.m9_26"] + v["debt.writeoff"]))
    t.append(("BS: receivables change = cash flow", v["bs.ar.dec25"] - v["bs.ar.sep26"], v["cf.ar.m9_26"]))
    t.append(("BS: inventories and prepaid change = cash flow",
              s("bs.inventories.dec25", "bs.prepaid.dec25") - s("bs.inventories.sep26", "bs.prepaid.sep26"),
              v["cf.inv.m9_26"]))
    t.append(("BS: payables change = cash flow", v["bs.ap.sep26"] - v["bs.ap.dec25"], v["cf.ap.m9_26"]))
    t.append(("BS: deferred taxes change = cash flow", v["bs.deferred_tax.sep26"] - v["bs.deferred_tax.dec25"],
              v["cf.deferred.m9_26"]))
    t.append(("PP&E: roll = begin + capex - depreciation - disposals", v["bs.ppe.sep26"],
              v["bs.ppe.dec25"] - v["cf.capex.m9_26"] - (v["is.da.m9_26"] - v["mda.intangible_amort"])
              - v["cf.proceeds.m9_26"] - v["is.disposal.m9_26"]))
    t.append(("Intangibles: roll = begin + license - amortization", v["bs.intangibles.sep26"],
              v["bs.intangibles.dec25"] - v["cf.license.m9_26"] - v["mda.intangible_amort"]))
    t.append(("Repurchases: Q3 monthly costs = equity statement", -v["eq.repo.q3_26"],
              s("rep.cost.jul", "rep.cost.aug", "rep.cost.sep")))
    t.append(("Repurchases: authorization roll", v["rep.remaining.sep"],
              v["rep.remaining.jun"] - s("rep.cost.jul", "rep.cost.aug", "rep.cost.sep")))
    t.append(("Liquidity: revolver availability", v["liq.available"],
              v["liq.revolver_cap"] - v["debt.revolver.sep26"] - v["liq.lcs"]))
    t.append(("Capex: categories = cash flow", -v["cf.capex.m9_26"],
              s("mda.capex_maint", "mda.capex_tower", "mda.capex_other")))
    return t
