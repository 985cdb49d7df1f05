"""Invented figures for Halvard & Pine Railway Corporation, fiscal 2025 Form 10-K.

Amounts are $ millions with one decimal unless the key says otherwise (carloads in thousands, per-share in $,
percentages as printed). Every derived amount is computed here so the statements tie; ties() lists the identities.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
BS_YEARS = (2025, 2024)


def D(x: str | int) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, places: int = 1) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# key, label, revenue 2025, revenue 2024, carloads (thousands) 2025, carloads 2024
COMMODITIES = [
    ("ag", "Agricultural products", "412.6", "398.1", "118.4", "116.9"),
    ("coal", "Coal", "286.3", "311.7", "124.8", "137.2"),
    ("chem", "Chemicals and plastics", "368.9", "352.4", "84.7", "82.6"),
    ("forest", "Forest products", "174.2", "181.5", "52.3", "55.1"),
    ("metals", "Metals and minerals", "259.7", "247.8", "88.1", "86.4"),
    ("auto", "Automotive", "121.4", "116.3", "31.6", "30.9"),
    ("intermodal", "Intermodal", "198.5", "187.6", "176.2", "169.8"),
]

# operating expense lines other than fuel: key -> (label, 2025, 2024, 2023)
OPEX = {
    "comp": ("Compensation and benefits", "468.2", "455.7", "449.3"),
    "purch": ("Purchased services and other", "231.5", "224.8", "219.6"),
    "da": ("Depreciation and amortization", "231.6", "222.9", "214.3"),
    "rents": ("Equipment and other rents", "82.6", "80.9", "79.3"),
    "materials": ("Materials and supplies", "71.4", "69.2", "66.8"),
    "casualty": ("Casualty and insurance", "39.8", "36.4", "35.1"),
    "special": ("Asset impairment and restructuring", "38.4", "9.7", "12.6"),
}

# senior notes: key -> (label, face 2025, face 2024)
NOTES = [
    ("n2025", "3.15% senior notes due 2025", "0", "350.0"),
    ("n2026", "2.90% senior notes due 2026", "275.0", "275.0"),
    ("n2028", "3.60% senior notes due 2028", "400.0", "400.0"),
    ("etc2029", "4.40% equipment trust certificates due 2029", "120.0", "120.0"),
    ("n2030", "4.25% senior notes due 2030", "350.0", "350.0"),
    ("n2034", "5.10% senior notes due 2034", "300.0", "300.0"),
    ("n2035", "4.85% senior notes due 2035", "500.0", "0"),
    ("n2042", "3.95% senior notes due 2042", "450.0", "450.0"),
    ("n2048", "4.60% senior notes due 2048", "600.0", "600.0"),
]
MATURITY_YEARS = ("2026", "2027", "2028", "2029", "2030", "after")
MATURITY_OF = {"n2026": "2026", "n2028": "2028", "etc2029": "2029", "n2030": "2030", "n2035": "after",
               "n2034": "after", "n2042": "after", "n2048": "after", "n2025": "2025"}

# properties note: key -> (label, cost 2025, cost 2024, accumulated depreciation 2025, 2024, depreciation rate)
PROPERTIES = [
    ("land", "Land", "412.8", "409.6", "0", "0", None),
    ("road", "Road and track structures", "8146.3", "7918.4", "2684.7", "2561.3", "2.6"),
    ("equip", "Locomotives and freight cars", "2318.6", "2254.1", "1012.4", "968.2", "4.1"),
    ("tech", "Technology, signals and other", "486.9", "458.7", "211.5", "189.6", "9.8"),
]

# capital expenditures by category: key -> (label, 2025, 2024); "capacity" is derived so the total ties to cash flow
CAPEX = [
    ("track", "Track and structures replacement", "196.4", "184.9"),
    ("loco", "Locomotives", "58.2", "61.7"),
    ("cars", "Freight cars", "44.6", "39.8"),
    ("tech", "Technology and signal systems", "37.9", "35.2"),
]


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str) -> Decimal:
        v[key] = D(value) if isinstance(value, str) else value
        return v[key]

    # ------------------------------------------------------------ operating statistics and revenue
    for key, _label, r25, r24, c25, c24 in COMMODITIES:
        for y, rev, cars in ((2025, r25, c25), (2024, r24, c24)):
            put(f"ops.rev.{key}.{y}", rev)
            put(f"ops.cars.{key}.{y}", cars)
            # average revenue per carload in whole dollars: revenue $M * 1,000,000 / (carloads thousands * 1,000)
            put(f"ops.arpc.{key}.{y}", q(D(rev) * 1000 / D(cars), 0))
        put(f"ops.rev_pct.{key}", pct(v[f"ops.rev.{key}.2025"] - v[f"ops.rev.{key}.2024"], v[f"ops.rev.{key}.2024"]))
        put(f"ops.cars_pct.{key}",
            pct(v[f"ops.cars.{key}.2025"] - v[f"ops.cars.{key}.2024"], v[f"ops.cars.{key}.2024"]))
        put(f"ops.arpc_pct.{key}",
            pct(v[f"ops.arpc.{key}.2025"] - v[f"ops.arpc.{key}.2024"], v[f"ops.arpc.{key}.2024"]))
    for y in BS_YEARS:
        put(f"ops.rev.total.{y}", sum((v[f"ops.rev.{c[0]}.{y}"] for c in COMMODITIES), D(0)))
        put(f"ops.cars.total.{y}", sum((v[f"ops.cars.{c[0]}.{y}"] for c in COMMODITIES), D(0)))
        put(f"ops.arpc.total.{y}", q(v[f"ops.rev.total.{y}"] * 1000 / v[f"ops.cars.total.{y}"], 0))
    for m in ("rev", "cars", "arpc"):
        put(f"ops.{m}_pct.total", pct(v[f"ops.{m}.total.2025"] - v[f"ops.{m}.total.2024"], v[f"ops.{m}.total.2024"]))

    fuel_gal = {2025: "61.8", 2024: "63.5", 2023: "64.2"}  # millions of gallons
    fuel_price = {2025: "2.94", 2024: "3.21", 2023: "3.58"}  # $ per gallon
    gtm = {2025: "38.64", 2024: "39.12"}  # gross ton-miles, billions
    rtm = {2025: "19.87", 2024: "20.14"}  # revenue ton-miles, billions
    employees = {2025: "3184", 2024: "3226"}
    route_miles = {2025: "2946", 2024: "2951"}
    dwell = {2025: "21.4", 2024: "23.1"}  # terminal dwell, hours
    velocity = {2025: "24.8", 2024: "23.6"}  # train speed, mph
    for y in YEARS:
        put(f"ops.fuel_gal.{y}", fuel_gal[y])
        put(f"ops.fuel_price.{y}", fuel_price[y])
    for y in BS_YEARS:
        put(f"ops.gtm.{y}", gtm[y])
        put(f"ops.rtm.{y}", rtm[y])
        put(f"ops.employees.{y}", employees[y])
        put(f"ops.route_miles.{y}", route_miles[y])
        put(f"ops.dwell.{y}", dwell[y])
        put(f"ops.velocity.{y}", velocity[y])
        # gallons per thousand gross ton-miles: (gallons M * 1e6) / (GTM B * 1e9 / 1,000) = gallons M / GTM B
        put(f"ops.fuel_eff.{y}", q(v[f"ops.fuel_gal.{y}"] / v[f"ops.gtm.{y}"], 2))

    # ------------------------------------------------------------ income statement
    freight_2023 = D("1781.4")
    other_rev = {2025: "84.3", 2024: "79.6", 2023: "76.2"}
    interest = {2025: "118.4", 2024: "112.6", 2023: "109.3"}
    other_income = {2025: "14.7", 2024: "11.2", 2023: "9.6"}
    state_tax = {2025: "21.6", 2024: "20.9", 2023: "19.8"}
    sbc_tax = {2025: "-1.8", 2024: "-1.2", 2023: "-0.9"}
    other_tax = {2025: "-2.3", 2024: "1.1", 2023: "-0.6"}
    basic_shares = {2025: "62.31", 2024: "63.58", 2023: "64.63"}
    dilutive = {2025: "0.38", 2024: "0.41", 2023: "0.36"}
    for y in YEARS:
        put(f"is.rev_freight.{y}", v[f"ops.rev.total.{y}"] if y in BS_YEARS else freight_2023)
        put(f"is.rev_other.{y}", other_rev[y])
        rev = put(f"is.rev_total.{y}", v[f"is.rev_freight.{y}"] + v[f"is.rev_other.{y}"])
        for key, (_label, *amounts) in OPEX.items():
            put(f"is.{key}.{y}", amounts[YEARS.index(y)])
        put(f"is.fuel.{y}", q(v[f"ops.fuel_gal.{y}"] * v[f"ops.fuel_price.{y}"]))
        opex = put(f"is.opex_total.{y}", sum((v[f"is.{k}.{y}"] for k in list(OPEX) + ["fuel"]), D(0)))
        oi = put(f"is.op_income.{y}", rev - opex)
        put(f"is.interest.{y}", interest[y])
        put(f"is.other_income.{y}", other_income[y])
        pretax = put(f"is.pretax.{y}", oi - v[f"is.interest.{y}"] + v[f"is.other_income.{y}"])
        # income tax built from the rate reconciliation so the note and the statement agree
        put(f"tax.statutory.{y}", q(pretax * D("0.21")))
        put(f"tax.state.{y}", state_tax[y])
        put(f"tax.sbc.{y}", sbc_tax[y])
        put(f"tax.other.{y}", other_tax[y])
        tax = put(f"is.tax.{y}", sum((v[f"tax.{k}.{y}"] for k in ("statutory", "state", "sbc", "other")), D(0)))
        for k in ("statutory", "state", "sbc", "other"):
            put(f"tax.rate_{k}.{y}", pct(v[f"tax.{k}.{y}"], pretax))
        put(f"tax.rate_eff.{y}", pct(tax, pretax))
        ni = put(f"is.net_income.{y}", pretax - tax)
        basic = put(f"is.shares_basic.{y}", basic_shares[y])
        put(f"eps.dilutive.{y}", dilutive[y])
        diluted = put(f"is.shares_diluted.{y}", basic + v[f"eps.dilutive.{y}"])
        put(f"is.eps_basic.{y}", q(ni / basic, 2))
        put(f"is.eps_diluted.{y}", q(ni / diluted, 2))
        put(f"ops.or.{y}", pct(opex, rev))

    # tax components: deferred amounts chosen, current federal derived
    deferred = {2025: ("24.1", "4.3"), 2024: ("26.8", "4.4"), 2023: ("22.9", "3.8")}
    current_state = {2025: "17.2", 2024: "16.6", 2023: "15.9"}
    for y in YEARS:
        put(f"tax.def_fed.{y}", deferred[y][0])
        put(f"tax.def_state.{y}", deferred[y][1])
        put(f"tax.def_total.{y}", v[f"tax.def_fed.{y}"] + v[f"tax.def_state.{y}"])
        put(f"tax.cur_state.{y}", current_state[y])
        put(f"tax.cur_fed.{y}", v[f"is.tax.{y}"] - v[f"tax.def_total.{y}"] - v[f"tax.cur_state.{y}"])
        put(f"tax.cur_total.{y}", v[f"tax.cur_fed.{y}"] + v[f"tax.cur_state.{y}"])
        put(f"tax.total.{y}", v[f"tax.cur_total.{y}"] + v[f"tax.def_total.{y}"])

    # ------------------------------------------------------------ non-GAAP
    for y in BS_YEARS:
        special = v[f"is.special.{y}"]
        put(f"ng.oi.{y}", v[f"is.op_income.{y}"])
        put(f"ng.special.{y}", special)
        put(f"ng.adj_oi.{y}", v[f"is.op_income.{y}"] + special)
        put(f"ng.opex.{y}", v[f"is.opex_total.{y}"])
        put(f"ng.adj_opex.{y}", v[f"is.opex_total.{y}"] - special)
        put(f"ng.or.{y}", v[f"ops.or.{y}"])
        put(f"ng.adj_or.{y}", pct(v[f"ng.adj_opex.{y}"], v[f"is.rev_total.{y}"]))
        put(f"ng.ni.{y}", v[f"is.net_income.{y}"])
        put(f"ng.tax_effect.{y}", -q(special * D("0.245")))
        put(f"ng.adj_ni.{y}", v[f"is.net_income.{y}"] + special + v[f"ng.tax_effect.{y}"])
        put(f"ng.eps.{y}", v[f"is.eps_diluted.{y}"])
        put(f"ng.adj_eps.{y}", q(v[f"ng.adj_ni.{y}"] / v[f"is.shares_diluted.{y}"], 2))
        put(f"ng.shares.{y}", v[f"is.shares_diluted.{y}"])

    # ------------------------------------------------------------ comprehensive income
    pension_oci = {2025: "12.4", 2024: "-6.8", 2023: "9.1"}
    hedge_oci = {2025: "-2.1", 2024: "1.6", 2023: "-0.9"}
    for y in YEARS:
        put(f"ci.pension.{y}", pension_oci[y])
        put(f"ci.hedge.{y}", hedge_oci[y])
        put(f"ci.oci.{y}", v[f"ci.pension.{y}"] + v[f"ci.hedge.{y}"])
        put(f"ci.total.{y}", v[f"is.net_income.{y}"] + v[f"ci.oci.{y}"])

    # ------------------------------------------------------------ casualty reserve roll-forward
    accruals = {2025: "34.6", 2024: "31.7", 2023: "30.4"}
    prior = {2025: "1.9", 2024: "-0.8", 2023: "-2.1"}
    payments = {2025: "-30.8", 2024: "-33.2", 2023: "-29.6"}
    current_part = {2025: "35.9", 2024: "34.2", 2023: "33.5"}
    balance = D("142.6")
    for y in (2023, 2024, 2025):
        put(f"cas.begin.{y}", balance)
        put(f"cas.accruals.{y}", accruals[y])
        put(f"cas.prior.{y}", prior[y])
        put(f"cas.payments.{y}", payments[y])
        balance = put(f"cas.end.{y}", balance + v[f"cas.accruals.{y}"] + v[f"cas.prior.{y}"] + v[f"cas.payments.{y}"])
        put(f"cas.current.{y}", current_part[y])
        put(f"cas.noncurrent.{y}", balance - v[f"cas.current.{y}"])
        put(f"cf.casualty.{y}", balance - v[f"cas.begin.{y}"])

    # ------------------------------------------------------------ equity roll-forward (shares in millions)
    sbc = {2025: "18.6", 2024: "17.2", 2023: "16.4"}
    plans = {2025: "4.1", 2024: "5.3", 2023: "3.8"}
    plan_shares = {2025: "0.19", 2024: "0.24", 2023: "0.21"}
    dividends = {2025: "93.4", 2024: "88.0", 2023: "82.1"}
    div_ps = {2025: "1.52", 2024: "1.40", 2023: "1.28"}
    repo_shares = {2025: "1.64", 2024: "1.38", 2023: "1.12"}
    repo_price = {2025: "142.85", 2024: "128.41", 2023: "117.26"}
    shares, paid, re_, aoci = D("65.12"), D("612.4"), D("2184.6"), D("-48.3")
    for y in (2022, 2023, 2024, 2025):
        if y > 2022:
            put(f"eq.sbc.{y}", sbc[y])
            put(f"eq.plans.{y}", plans[y])
            put(f"eq.plan_shares.{y}", plan_shares[y])
            put(f"eq.div.{y}", -D(dividends[y]))
            put(f"eq.div_ps.{y}", div_ps[y])
            put(f"eq.repo_shares.{y}", -D(repo_shares[y]))
            put(f"rep.price.{y}", repo_price[y])
            put(f"eq.repo.{y}", -q(D(repo_shares[y]) * D(repo_price[y])))
            put(f"eq.oci.{y}", v[f"ci.oci.{y}"])
            shares += v[f"eq.plan_shares.{y}"] + v[f"eq.repo_shares.{y}"]
            paid += v[f"eq.sbc.{y}"] + v[f"eq.plans.{y}"]
            re_ += v[f"is.net_income.{y}"] + v[f"eq.div.{y}"] + v[f"eq.repo.{y}"]
            aoci += v[f"eq.oci.{y}"]
            put(f"eq.repo_total.{y}", v[f"eq.repo.{y}"])
        put(f"eq.shares.{y}", shares)
        put(f"eq.paid.{y}", paid)
        put(f"eq.re.{y}", re_)
        put(f"eq.aoci.{y}", aoci)
        put(f"eq.total.{y}", paid + re_ + aoci)
    for y in (2023, 2024, 2025):
        put(f"rep.shares.{y}", -v[f"eq.repo_shares.{y}"])
        put(f"rep.cost.{y}", -v[f"eq.repo.{y}"])
    put("rep.remaining", D("642.5"))

    # ------------------------------------------------------------ debt
    for y in BS_YEARS:
        idx = 0 if y == 2025 else 1
        for key, _label, f25, f24 in NOTES:
            put(f"debt.{key}.{y}", (f25, f24)[idx])
        put(f"debt.face.{y}", sum((v[f"debt.{n[0]}.{y}"] for n in NOTES), D(0)))
    put("debt.discount.2025", "-21.8")
    put("debt.discount.2024", "-19.3")
    put("debt.current.2025", -v["debt.n2026.2025"])
    put("debt.current.2024", -v["debt.n2025.2024"])
    for y in BS_YEARS:
        put(f"debt.lt.{y}", v[f"debt.face.{y}"] + v[f"debt.discount.{y}"] + v[f"debt.current.{y}"])
    for year in MATURITY_YEARS:
        put(f"mat.{year}", sum((v[f"debt.{k}.2025"] for k, y in MATURITY_OF.items() if y == year), D(0)))
    put("mat.total", sum((v[f"mat.{y}"] for y in MATURITY_YEARS), D(0)))
    put("debt.revolver", "600.0")
    put("debt.new_issue", v["debt.n2035.2025"])

    # ------------------------------------------------------------ leases
    lease_payments = {"2026": "34.8", "2027": "30.2", "2028": "26.5", "2029": "22.1", "2030": "18.4", "after": "61.3"}
    for year, amount in lease_payments.items():
        put(f"lease.pay.{year}", amount)
    put("lease.undiscounted", sum((v[f"lease.pay.{y}"] for y in lease_payments), D(0)))
    put("lease.current", "29.4")
    put("lease.noncurrent.2025", "132.2")
    put("lease.noncurrent.2024", "139.5")
    put("lease.pv", v["lease.current"] + v["lease.noncurrent.2025"])
    put("lease.interest", v["lease.pv"] - v["lease.undiscounted"])
    for y, cost in ((2025, "38.6"), (2024, "37.9"), (2023, "36.2")):
        put(f"lease.cost.{y}", cost)
    put("lease.term", "7.1")
    put("lease.rate", "4.6")
    put("lease.rou.2025", "142.8")
    put("lease.rou.2024", "151.6")

    # ------------------------------------------------------------ cash flows
    cash = D("268.4")
    sti = D("45.0")
    cf_inputs = {
        "deferred": {y: v[f"tax.def_total.{y}"] for y in YEARS},
        "impair": {2025: "31.6", 2024: "0", 2023: "0"},
        "gain": {2025: "-9.8", 2024: "-12.3", 2023: "-6.1"},
        "ar": {2025: "-8.4", 2024: "-5.1", 2023: "6.3"},
        "mat": {2025: "-3.2", 2024: "-1.9", 2023: "-4.4"},
        "ap": {2025: "11.6", 2024: "-4.8", 2023: "7.2"},
        "other_op": {2025: "-6.9", 2024: "4.2", 2023: "-3.8"},
        "capex": {2025: "-412.7", 2024: "-386.2", 2023: "-371.5"},
        "proceeds": {2025: "16.4", 2024: "19.1", 2023: "9.8"},
        "sti_buy": {2025: "-120.0", 2024: "-85.0", 2023: "-60.0"},
        "sti_mature": {2025: "95.0", 2024: "70.0", 2023: "55.0"},
        "other_inv": {2025: "-4.2", 2024: "-3.1", 2023: "2.6"},
        "issued": {2025: "500.0", 2024: "300.0", 2023: "0"},
        "issue_costs": {2025: "-4.4", 2024: "-2.6", 2023: "0"},
        "repaid": {2025: "-350.0", 2024: "-250.0", 2023: "-150.0"},
    }
    for y in (2023, 2024, 2025):
        for name, by_year in cf_inputs.items():
            value = by_year[y]
            put(f"cf.{name}.{y}", D(value) if isinstance(value, str) else value)
        put(f"cf.ni.{y}", v[f"is.net_income.{y}"])
        put(f"cf.da.{y}", v[f"is.da.{y}"])
        put(f"cf.sbc.{y}", v[f"eq.sbc.{y}"])
        put(f"cf.dividends.{y}", v[f"eq.div.{y}"])
        put(f"cf.repurchase.{y}", v[f"eq.repo.{y}"])
        put(f"cf.plans.{y}", v[f"eq.plans.{y}"])
        op_keys = ("ni", "da", "deferred", "sbc", "impair", "gain", "ar", "mat", "ap", "casualty", "other_op")
        cfo = put(f"cf.cfo.{y}", sum((v[f"cf.{k}.{y}"] for k in op_keys), D(0)))
        inv_keys = ("capex", "proceeds", "sti_buy", "sti_mature", "other_inv")
        cfi = put(f"cf.cfi.{y}", sum((v[f"cf.{k}.{y}"] for k in inv_keys), D(0)))
        fin_keys = ("issued", "issue_costs", "repaid", "dividends", "repurchase", "plans")
        cff = put(f"cf.cff.{y}", sum((v[f"cf.{k}.{y}"] for k in fin_keys), D(0)))
        change = put(f"cf.change.{y}", cfo + cfi + cff)
        put(f"cf.begin.{y}", cash)
        cash = put(f"cf.end.{y}", cash + change)
        sti = sti - v[f"cf.sti_buy.{y}"] - v[f"cf.sti_mature.{y}"]
        put(f"sti.{y}", sti)
        put(f"cf.fcf.{y}", cfo + v[f"cf.capex.{y}"] + v[f"cf.proceeds.{y}"])
    for y in BS_YEARS:
        for key, _label, a25, a24 in CAPEX:
            put(f"capex.{key}.{y}", a25 if y == 2025 else a24)
        listed = sum((v[f"capex.{c[0]}.{y}"] for c in CAPEX), D(0))
        put(f"capex.capacity.{y}", -v[f"cf.capex.{y}"] - listed)
        put(f"capex.total.{y}", -v[f"cf.capex.{y}"])
        for cat in [c[0] for c in CAPEX] + ["capacity"]:
            put(f"capex.share.{cat}.{y}", pct(v[f"capex.{cat}.{y}"], v[f"capex.total.{y}"]))
    put("capex.plan_2026", "435")

    # ------------------------------------------------------------ properties
    for y in BS_YEARS:
        i = 0 if y == 2025 else 1
        for key, _label, c25, c24, a25, a24, rate in PROPERTIES:
            put(f"pp.cost.{key}.{y}", (c25, c24)[i])
            put(f"pp.ad.{key}.{y}", (a25, a24)[i])
            put(f"pp.net.{key}.{y}", v[f"pp.cost.{key}.{y}"] - v[f"pp.ad.{key}.{y}"])
            if rate:
                put(f"pp.rate.{key}", rate)
    # net properties roll forward: prior net + capex - depreciation - impairment - book value of disposals
    put("pp.total_net.2024", D("7486.2"))
    book_value_sold = v["cf.proceeds.2025"] + v["cf.gain.2025"]
    put("pp.total_net.2025", v["pp.total_net.2024"] - v["cf.capex.2025"] - v["is.da.2025"]
        - v["cf.impair.2025"] - book_value_sold)
    for y in BS_YEARS:
        listed = sum((v[f"pp.net.{p[0]}.{y}"] for p in PROPERTIES), D(0))
        put(f"pp.net.cip.{y}", v[f"pp.total_net.{y}"] - listed)
        put(f"pp.cost.cip.{y}", v[f"pp.net.cip.{y}"])
        put(f"pp.ad.cip.{y}", D(0))
        keys = [p[0] for p in PROPERTIES] + ["cip"]
        put(f"pp.total_cost.{y}", sum((v[f"pp.cost.{k}.{y}"] for k in keys), D(0)))
        put(f"pp.total_ad.{y}", sum((v[f"pp.ad.{k}.{y}"] for k in keys), D(0)))

    # ------------------------------------------------------------ pensions
    pension = {"pbo": ("842.6", "871.3"), "assets": ("746.2", "752.6"), "cost": ("6.8", "8.1"),
               "disc": ("5.45", "5.60"), "ret": ("6.75", "6.75"), "contrib": ("12.0", "10.0")}
    for name, (a25, a24) in pension.items():
        put(f"pen.{name}.2025", a25)
        put(f"pen.{name}.2024", a24)
    for y in BS_YEARS:
        put(f"pen.funded.{y}", v[f"pen.assets.{y}"] - v[f"pen.pbo.{y}"])

    # ------------------------------------------------------------ balance sheet
    bs_inputs = {
        "ar": ("214.6", "206.2"), "materials": ("96.3", "93.1"), "other_ca": ("38.7", "41.5"),
        "ap": ("318.4", "306.8"), "wages": ("84.2", "79.5"), "deferred_tax": ("1631.9", "1598.3"),
        "other_ltl": ("71.2", "68.9"),
    }
    for y in BS_YEARS:
        i = 0 if y == 2025 else 1
        for name, pair in bs_inputs.items():
            put(f"bs.{name}.{y}", pair[i])
        put(f"bs.cash.{y}", v[f"cf.end.{y}"])
        put(f"bs.sti.{y}", v[f"sti.{y}"])
        ca = put(f"bs.ca_total.{y}", sum((v[f"bs.{k}.{y}"] for k in ("cash", "sti", "ar", "materials", "other_ca")),
                                         D(0)))
        put(f"bs.properties.{y}", v[f"pp.total_net.{y}"])
        put(f"bs.rou.{y}", v[f"lease.rou.{y}"])
        put(f"bs.cas_current.{y}", v[f"cas.current.{y}"])
        put(f"bs.debt_current.{y}", -v[f"debt.current.{y}"])
        cl = put(f"bs.cl_total.{y}", sum((v[f"bs.{k}.{y}"] for k in ("ap", "wages", "cas_current", "debt_current")),
                                         D(0)))
        put(f"bs.ltd.{y}", v[f"debt.lt.{y}"])
        put(f"bs.cas_noncurrent.{y}", v[f"cas.noncurrent.{y}"])
        put(f"bs.lease.{y}", v[f"lease.noncurrent.{y}"])
        put(f"bs.pension.{y}", -v[f"pen.funded.{y}"])
        lt_keys = ("ltd", "deferred_tax", "cas_noncurrent", "lease", "pension", "other_ltl")
        tl = put(f"bs.liab_total.{y}", cl + sum((v[f"bs.{k}.{y}"] for k in lt_keys), D(0)))
        put(f"bs.paid.{y}", v[f"eq.paid.{y}"])
        put(f"bs.re.{y}", v[f"eq.re.{y}"])
        put(f"bs.aoci.{y}", v[f"eq.aoci.{y}"])
        eq = put(f"bs.equity.{y}", v[f"bs.paid.{y}"] + v[f"bs.re.{y}"] + v[f"bs.aoci.{y}"])
        total = put(f"bs.le_total.{y}", tl + eq)
        # other assets is the balancing line (a mix of investments, prepaid pension and deferred charges)
        put(f"bs.other_assets.{y}", total - ca - v[f"bs.properties.{y}"] - v[f"bs.rou.{y}"])
        put(f"bs.assets_total.{y}", total)
        put(f"bs.shares_out.{y}", v[f"eq.shares.{y}"])

    # ------------------------------------------------------------ contractual obligations
    interest_sched = {"y1": "128.9", "y23": "241.7", "y45": "208.4", "after": "833.6"}
    purchase_sched = {"y1": "214.8", "y23": "168.3", "y45": "71.5", "after": "31.6"}
    buckets = {"y1": ("2026",), "y23": ("2027", "2028"), "y45": ("2029", "2030"), "after": ("after",)}
    for b, years in buckets.items():
        put(f"co.debt.{b}", sum((v[f"mat.{y}"] for y in years), D(0)))
        put(f"co.lease.{b}", sum((v[f"lease.pay.{y}"] for y in years), D(0)))
        put(f"co.interest.{b}", interest_sched[b])
        put(f"co.purchase.{b}", purchase_sched[b])
        put(f"co.total.{b}", sum((v[f"co.{r}.{b}"] for r in ("debt", "interest", "lease", "purchase")), D(0)))
    for r in ("debt", "interest", "lease", "purchase", "total"):
        put(f"co.{r}.all", sum((v[f"co.{r}.{b}"] for b in buckets), D(0)))

    # ------------------------------------------------------------ MD&A operating expense comparison
    for key in list(OPEX) + ["fuel", "opex_total", "rev_total", "op_income"]:
        put(f"opx.chg.{key}", v[f"is.{key}.2025"] - v[f"is.{key}.2024"])
        put(f"opx.pct.{key}", pct(v[f"opx.chg.{key}"], v[f"is.{key}.2024"]))
    put("opx.or_chg", v["ops.or.2025"] - v["ops.or.2024"])

    # ------------------------------------------------------------ other income, payables and AOCI detail
    rental = {2025: "6.1", 2024: "5.8", 2023: "5.4"}
    interest_income = {2025: "8.4", 2024: "6.2", 2023: "4.9"}
    pension_nonservice = {2025: "-7.1", 2024: "-6.4", 2023: "-5.9"}
    for y in YEARS:
        put(f"oi.rental.{y}", rental[y])
        put(f"oi.gains.{y}", -v[f"cf.gain.{y}"])
        put(f"oi.interest.{y}", interest_income[y])
        put(f"oi.pension.{y}", pension_nonservice[y])
        listed = sum((v[f"oi.{k}.{y}"] for k in ("rental", "gains", "interest", "pension")), D(0))
        put(f"oi.other.{y}", v[f"is.other_income.{y}"] - listed)
    ap_detail = {"trade": ("142.6", "138.9"), "taxes": ("46.8", "44.1"), "interest": ("31.4", "28.7"),
                 "restructuring": ("5.6", "0")}
    for y in BS_YEARS:
        i = 0 if y == 2025 else 1
        for name, pair in ap_detail.items():
            put(f"ap.{name}.{y}", pair[i])
        put(f"ap.lease.{y}", v["lease.current"] if y == 2025 else D("28.6"))
        listed = sum((v[f"ap.{k}.{y}"] for k in list(ap_detail) + ["lease"]), D(0))
        put(f"ap.other.{y}", v[f"bs.ap.{y}"] - listed)
    put("aoci.pension.2024", D("-41.6"))
    put("aoci.hedge.2024", v["eq.aoci.2024"] - v["aoci.pension.2024"])
    put("aoci.pension.2025", v["aoci.pension.2024"] + v["ci.pension.2025"])
    put("aoci.hedge.2025", v["aoci.hedge.2024"] + v["ci.hedge.2025"])
    # quarterly results: first three quarters chosen, fourth quarter is the remainder of the year
    quarters = {"rev": ("468.2", "476.9", "482.5"), "oi": ("141.3", "150.6", "158.2"), "ni": ("87.9", "94.6", "99.8")}
    annual = {"rev": v["is.rev_total.2025"], "oi": v["is.op_income.2025"], "ni": v["is.net_income.2025"]}
    for name, first3 in quarters.items():
        for qi, amount in enumerate(first3, start=1):
            put(f"qtr.{name}.q{qi}", amount)
        put(f"qtr.{name}.q4", annual[name] - sum((D(a) for a in first3), D(0)))
        put(f"qtr.{name}.fy", annual[name])

    # ------------------------------------------------------------ MD&A prose figures
    put("mda.rev_chg", v["is.rev_total.2025"] - v["is.rev_total.2024"])
    put("mda.rev_chg_pct", pct(v["mda.rev_chg"], v["is.rev_total.2024"]))
    put("mda.fuel_drop", v["is.fuel.2024"] - v["is.fuel.2025"])
    put("mda.fuel_drop_pct", pct(v["mda.fuel_drop"], v["is.fuel.2024"]))
    put("mda.comp_chg", v["is.comp.2025"] - v["is.comp.2024"])
    put("mda.coal_drop", v["ops.rev.coal.2024"] - v["ops.rev.coal.2025"])
    put("mda.impair_noncash", v["cf.impair.2025"])
    put("mda.severance", v["is.special.2025"] - v["cf.impair.2025"])
    put("mda.ni_drop", v["is.net_income.2024"] - v["is.net_income.2025"])
    put("mda.liquidity", v["bs.cash.2025"] + v["bs.sti.2025"] + v["debt.revolver"])
    put("mda.div_paid", -v["cf.dividends.2025"])
    total_debt = v["bs.debt_current.2025"] + v["bs.ltd.2025"]
    put("mda.debt_cap", pct(total_debt, total_debt + v["bs.equity.2025"]))
    put("mda.fuel_sens", q(v["ops.fuel_gal.2025"] * D("0.10")))
    put("mda.locomotives", D("318"))
    put("mda.freight_cars", D("9412"))
    put("mda.union_pct", D("81"))
    put("mda.customers", D("1240"))
    put("mda.interchanges", D("14"))
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for y in YEARS:
        t.append((f"IS {y}: revenues = freight + other", v[f"is.rev_total.{y}"], s(f"is.rev_freight.{y}",
                                                                                 f"is.rev_other.{y}")))
        opex = s(*[f"is.{k}.{y}" for k in list(OPEX) + ["fuel"]])
        t.append((f"IS {y}: operating expenses foot", v[f"is.opex_total.{y}"], opex))
        t.append((f"IS {y}: operating income", v[f"is.op_income.{y}"], v[f"is.rev_total.{y}"] - opex))
        t.append((f"IS {y}: pretax income", v[f"is.pretax.{y}"],
                  v[f"is.op_income.{y}"] - v[f"is.interest.{y}"] + v[f"is.other_income.{y}"]))
        t.append((f"IS {y}: net income", v[f"is.net_income.{y}"], v[f"is.pretax.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"EPS {y}: basic = NI / basic shares", v[f"is.eps_basic.{y}"],
                  q(v[f"is.net_income.{y}"] / v[f"is.shares_basic.{y}"], 2)))
        t.append((f"EPS {y}: diluted = NI / diluted shares", v[f"is.eps_diluted.{y}"],
                  q(v[f"is.net_income.{y}"] / v[f"is.shares_diluted.{y}"], 2)))
        t.append((f"EPS {y}: diluted shares = basic + dilutive", v[f"is.shares_diluted.{y}"],
                  s(f"is.shares_basic.{y}", f"eps.dilutive.{y}")))
        t.append((f"Fuel {y}: expense = gallons x price", v[f"is.fuel.{y}"],
                  q(v[f"ops.fuel_gal.{y}"] * v[f"ops.fuel_price.{y}"])))
        t.append((f"Tax note {y}: reconciliation foots to expense", v[f"is.tax.{y}"],
                  s(*[f"tax.{k}.{y}" for k in ("statutory", "state", "sbc", "other")])))
        t.append((f"Tax note {y}: current + deferred = expense", v[f"is.tax.{y}"],
                  s(f"tax.cur_total.{y}", f"tax.def_total.{y}")))
        t.append((f"Tax note {y}: deferred = cash flow deferred taxes", v[f"tax.def_total.{y}"], v[f"cf.deferred.{y}"]))
        t.append((f"OCI {y}: comprehensive income = NI + OCI", v[f"ci.total.{y}"],
                  s(f"is.net_income.{y}", f"ci.pension.{y}", f"ci.hedge.{y}")))
        t.append((f"OR {y}: operating ratio", v[f"ops.or.{y}"], pct(v[f"is.opex_total.{y}"], v[f"is.rev_total.{y}"])))
        cfo = s(*[f"cf.{k}.{y}" for k in ("ni", "da", "deferred", "sbc", "impair", "gain", "ar", "mat", "ap",
                                            "casualty", "other_op")])
        t.append((f"CF {y}: operating section foots", v[f"cf.cfo.{y}"], cfo))
        t.append((f"CF {y}: investing section foots", v[f"cf.cfi.{y}"],
                  s(*[f"cf.{k}.{y}" for k in ("capex", "proceeds", "sti_buy", "sti_mature", "other_inv")])))
        t.append((f"CF {y}: financing section foots", v[f"cf.cff.{y}"],
                  s(*[f"cf.{k}.{y}" for k in ("issued", "issue_costs", "repaid", "dividends", "repurchase", "plans")])))
        t.append((f"CF {y}: begin + change = end cash", v[f"cf.end.{y}"],
                  s(f"cf.begin.{y}", f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}")))
        t.append((f"CF {y}: net income = income statement", v[f"cf.ni.{y}"], v[f"is.net_income.{y}"]))
        t.append((f"CF {y}: D&A = income statement", v[f"cf.da.{y}"], v[f"is.da.{y}"]))
        t.append((f"CF {y}: dividends paid = equity statement", v[f"cf.dividends.{y}"], v[f"eq.div.{y}"]))
        t.append((f"CF {y}: repurchases = equity statement", v[f"cf.repurchase.{y}"], v[f"eq.repo.{y}"]))
        t.append((f"CF {y}: share-based comp = equity statement", v[f"cf.sbc.{y}"], v[f"eq.sbc.{y}"]))
        t.append((f"Casualty {y}: roll-forward foots", v[f"cas.end.{y}"],
                  s(f"cas.begin.{y}", f"cas.accruals.{y}", f"cas.prior.{y}", f"cas.payments.{y}")))
        t.append((f"Casualty {y}: cash flow change = roll-forward change", v[f"cf.casualty.{y}"],
                  v[f"cas.end.{y}"] - v[f"cas.begin.{y}"]))
        t.append((f"Equity {y}: repurchase cost = shares x average price", -v[f"eq.repo.{y}"],
                  q(v[f"rep.shares.{y}"] * v[f"rep.price.{y}"])))
        t.append((f"Equity {y}: OCI = comprehensive income statement", v[f"eq.oci.{y}"], v[f"ci.oci.{y}"]))
        t.append((f"Equity {y}: total = components", v[f"eq.total.{y}"],
                  s(f"eq.paid.{y}", f"eq.re.{y}", f"eq.aoci.{y}")))
        t.append((f"Equity {y}: retained earnings roll", v[f"eq.re.{y}"],
                  v[f"eq.re.{y - 1}"] + s(f"is.net_income.{y}", f"eq.div.{y}", f"eq.repo.{y}")))
        t.append((f"Equity {y}: paid-in capital roll", v[f"eq.paid.{y}"],
                  v[f"eq.paid.{y - 1}"] + s(f"eq.sbc.{y}", f"eq.plans.{y}")))
        t.append((f"Equity {y}: share count roll", v[f"eq.shares.{y}"],
                  v[f"eq.shares.{y - 1}"] + s(f"eq.plan_shares.{y}", f"eq.repo_shares.{y}")))
        t.append((f"Equity {y}: AOCI roll", v[f"eq.aoci.{y}"], v[f"eq.aoci.{y - 1}"] + v[f"eq.oci.{y}"]))
        if y > 2023:
            t.append((f"Cash {y}: begin = prior end", v[f"cf.begin.{y}"], v[f"cf.end.{y - 1}"]))
    for y in BS_YEARS:
        t.append((f"BS {y}: assets = liabilities + equity", v[f"bs.assets_total.{y}"],
                  v[f"bs.liab_total.{y}"] + v[f"bs.equity.{y}"]))
        t.append((f"BS {y}: assets foot", v[f"bs.assets_total.{y}"],
                  s(f"bs.ca_total.{y}", f"bs.properties.{y}", f"bs.rou.{y}", f"bs.other_assets.{y}")))
        t.append((f"BS {y}: current assets foot", v[f"bs.ca_total.{y}"],
                  s(*[f"bs.{k}.{y}" for k in ("cash", "sti", "ar", "materials", "other_ca")])))
        t.append((f"BS {y}: current liabilities foot", v[f"bs.cl_total.{y}"],
                  s(*[f"bs.{k}.{y}" for k in ("ap", "wages", "cas_current", "debt_current")])))
        t.append((f"BS {y}: liabilities foot", v[f"bs.liab_total.{y}"],
                  s(f"bs.cl_total.{y}", *[f"bs.{k}.{y}" for k in ("ltd", "deferred_tax", "cas_noncurrent", "lease",
                                                                   "pension", "other_ltl")])))
        t.append((f"BS {y}: cash = cash flow ending cash", v[f"bs.cash.{y}"], v[f"cf.end.{y}"]))
        t.append((f"BS {y}: equity = equity statement", v[f"bs.equity.{y}"], v[f"eq.total.{y}"]))
        t.append((f"BS {y}: retained earnings = equity statement", v[f"bs.re.{y}"], v[f"eq.re.{y}"]))
        t.append((f"BS {y}: AOCI = equity statement", v[f"bs.aoci.{y}"], v[f"eq.aoci.{y}"]))
        t.append((f"BS {y}: properties = properties note", v[f"bs.properties.{y}"],
                  s(*[f"pp.net.{p[0]}.{y}" for p in PROPERTIES], f"pp.net.cip.{y}")))
        t.append((f"Properties {y}: cost - accumulated depreciation = net", v[f"bs.properties.{y}"],
                  v[f"pp.total_cost.{y}"] - v[f"pp.total_ad.{y}"]))
        t.append((f"BS {y}: casualty current + noncurrent = roll-forward end",
                  s(f"bs.cas_current.{y}", f"bs.cas_noncurrent.{y}"), v[f"cas.end.{y}"]))
        t.append((f"Debt {y}: face = sum of notes", v[f"debt.face.{y}"], s(*[f"debt.{n[0]}.{y}" for n in NOTES])))
        t.append((f"BS {y}: long-term debt = debt note", v[f"bs.ltd.{y}"],
                  v[f"debt.face.{y}"] + v[f"debt.discount.{y}"] + v[f"debt.current.{y}"]))
        t.append((f"BS {y}: pension obligation = unfunded status", v[f"bs.pension.{y}"], -v[f"pen.funded.{y}"]))
        t.append((f"BS {y}: lease liability = lease note", v[f"bs.lease.{y}"], v[f"lease.noncurrent.{y}"]))
        t.append((f"Capex {y}: categories = cash flow capex", v[f"capex.total.{y}"],
                  s(*[f"capex.{c[0]}.{y}" for c in CAPEX], f"capex.capacity.{y}")))
        t.append((f"Capex {y}: MD&A total = cash flow", v[f"capex.total.{y}"], -v[f"cf.capex.{y}"]))
        t.append((f"Ops {y}: commodity revenue = freight revenue", v[f"ops.rev.total.{y}"], v[f"is.rev_freight.{y}"]))
        t.append((f"Ops {y}: carloads foot", v[f"ops.cars.total.{y}"],
                  s(*[f"ops.cars.{c[0]}.{y}" for c in COMMODITIES])))
        t.append((f"Non-GAAP {y}: adjusted OR", v[f"ng.adj_or.{y}"],
                  pct(v[f"is.opex_total.{y}"] - v[f"is.special.{y}"], v[f"is.rev_total.{y}"])))
        t.append((f"Non-GAAP {y}: adjusted NI", v[f"ng.adj_ni.{y}"],
                  s(f"is.net_income.{y}", f"ng.special.{y}", f"ng.tax_effect.{y}")))
        t.append((f"Non-GAAP {y}: adjusted operating income", v[f"ng.adj_oi.{y}"],
                  s(f"is.op_income.{y}", f"is.special.{y}")))
    t.append(("BS 2025: change in receivables = cash flow", v["bs.ar.2024"] - v["bs.ar.2025"], v["cf.ar.2025"]))
    t.append(("BS 2025: change in materials = cash flow", v["bs.materials.2024"] - v["bs.materials.2025"],
              v["cf.mat.2025"]))
    t.append(("BS 2025: change in short-term investments = purchases - maturities",
              v["bs.sti.2025"] - v["bs.sti.2024"], -(v["cf.sti_buy.2025"] + v["cf.sti_mature.2025"])))
    t.append(("Properties 2025: net roll = prior + capex - D&A - impairment - disposals", v["pp.total_net.2025"],
              v["pp.total_net.2024"] - v["cf.capex.2025"] - v["is.da.2025"] - v["cf.impair.2025"]
              - v["cf.proceeds.2025"] - v["cf.gain.2025"]))
    t.append(("Debt 2025: face change = issued - repaid", v["debt.face.2025"] - v["debt.face.2024"],
              v["cf.issued.2025"] + v["cf.repaid.2025"]))
    t.append(("Debt: maturities = face outstanding", v["mat.total"], v["debt.face.2025"]))
    t.append(("Debt: 2026 maturities = current portion", v["mat.2026"], v["bs.debt_current.2025"]))
    t.append(("Leases: undiscounted - interest = liability", v["lease.pv"],
              v["lease.undiscounted"] + v["lease.interest"]))
    t.append(("Contractual obligations: debt = maturity table", v["co.debt.all"], v["mat.total"]))
    t.append(("Contractual obligations: leases = lease note", v["co.lease.all"], v["lease.undiscounted"]))
    t.append(("Contractual obligations: total foots", v["co.total.all"],
              s("co.debt.all", "co.interest.all", "co.lease.all", "co.purchase.all")))
    t.append(("BS: shares outstanding = equity statement", v["bs.shares_out.2025"], v["eq.shares.2025"]))
    for y in YEARS:
        t.append((f"Other income {y}: components foot", v[f"is.other_income.{y}"],
                  s(*[f"oi.{k}.{y}" for k in ("rental", "gains", "interest", "pension", "other")])))
        t.append((f"Other income {y}: gains = cash flow gains", v[f"oi.gains.{y}"], -v[f"cf.gain.{y}"]))
    for y in BS_YEARS:
        t.append((f"Payables {y}: detail foots to balance sheet", v[f"bs.ap.{y}"],
                  s(*[f"ap.{k}.{y}" for k in ("trade", "taxes", "interest", "restructuring", "lease", "other")])))
        t.append((f"AOCI {y}: components = balance sheet", v[f"bs.aoci.{y}"],
                  s(f"aoci.pension.{y}", f"aoci.hedge.{y}")))
    t.append(("Payables 2025: current lease liability = lease note", v["ap.lease.2025"], v["lease.current"]))
    t.append(("Restructuring accrual <= severance charge", min(v["ap.restructuring.2025"], v["mda.severance"]),
              v["ap.restructuring.2025"]))
    for name, key in (("rev", "is.rev_total.2025"), ("oi", "is.op_income.2025"), ("ni", "is.net_income.2025")):
        t.append((f"Quarterly {name}: quarters sum to year", v[key],
                  s(*[f"qtr.{name}.q{i}" for i in range(1, 5)])))
    return t
