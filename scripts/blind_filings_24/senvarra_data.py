"""Invented figures for Senvarra Health Systems, Inc., fiscal 2025 Form 10-K (acute-care hospital operator).

Amounts are $ millions with one decimal unless the key says otherwise (operating statistics as counts, days or
percentages; per-share amounts in $; share counts in thousands). The December 31, 2024 balance sheet is given
(additional paid-in capital balances it); the 2025 balance sheet is derived from it through the 2025 cash flow
statement and the property, debt, lease, professional-liability and equity roll-forwards, so the statements tie by
construction and ties() re-proves every identity.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
BS_YEARS = (2025, 2024)
DAYS = {2025: 365, 2024: 366, 2023: 365}
REGIONS = {"coastal": "Coastal Region", "midland": "Midland Region", "summit": "Summit Region"}
SEG_COLS = ("coastal", "midland", "summit", "corp")
PAYERS = {"medicare": "Medicare", "medicaid": "Medicaid", "managed": "Managed care and commercial",
          "selfpay": "Self-pay", "other": "Other third-party payers"}


def D(x: str | int) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, places: int = 1) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# net operating revenues by payer: (2025, 2024, 2023)
PAYER_REV = {
    "medicare": ("1823.6", "1742.9", "1668.4"),
    "medicaid": ("1046.2", "1012.5", "968.7"),
    "managed": ("4372.8", "4118.6", "3902.1"),
    "selfpay": ("188.4", "176.3", "171.9"),
    "other": ("432.9", "419.7", "396.3"),
}
# operating expenses (2025, 2024, 2023); "sale" is (gain) loss on sales of facilities
OPEX = {
    "swb": ("3562.4", "3389.1", "3241.7"),
    "supplies": ("1268.5", "1214.8", "1158.3"),
    "other_opex": ("1791.6", "1706.2", "1630.5"),
    "da": ("352.8", "338.4", "326.1"),
    "impair": ("41.7", "18.3", "12.6"),
    "sale": ("-36.4", "4.2", "-11.8"),
}
INTEREST = ("262.4", "258.9", "251.3")
EXTINGUISH_PREMIUM = ("23.9", "0", "5.2")  # cash call premium paid
EXTINGUISH_WRITEOFF = ("6.1", "0", "3.2")  # unamortized costs written off (non-cash)
TAX_CURRENT_FED = ("88.6", "84.2", "78.4")
TAX_CURRENT_STATE = ("32.5", "30.3", "27.7")
TAX_DEFERRED_FED = ("15.2", "11.6", "9.7")
TAX_DEFERRED_STATE = ("3.2", "2.5", "2.1")
NCI_INCOME = ("58.2", "54.7", "51.3")

# segment data by region (2025, 2024, 2023); the corporate column is the remainder of the consolidated figure
SEG_REV = {"coastal": ("3214.6", "3046.2", "2902.5"), "midland": ("2648.1", "2532.8", "2401.6"),
           "summit": ("1946.3", "1838.4", "1752.1")}
SEG_EBITDA = {"coastal": ("578.4", "541.8", "506.3"), "midland": ("462.7", "431.2", "402.4"),
              "summit": ("349.9", "326.5", "301.8")}
SEG_DA = {"coastal": ("142.6", "137.1", "132.4"), "midland": ("108.9", "104.2", "100.6"),
          "summit": ("81.4", "78.3", "75.2")}
SEG_CAPEX = {"coastal": ("228.4", "214.6", "201.3"), "midland": ("176.2", "168.3", "157.9"),
             "summit": ("131.7", "119.8", "112.6"), "corp": ("38.6", "34.1", "31.5")}
SEG_ASSETS = {"coastal": ("4236.8", "4112.6"), "midland": ("3301.5", "3218.4"), "summit": ("2342.7", "2386.1")}
SEG_HOSPITALS = {"coastal": (12, 2684), "midland": (11, 2218), "summit": (8, 1516)}  # hospitals, licensed beds 2025

# consolidated operating statistics (2025, 2024, 2023)
OPS = {
    "hospitals": ("31", "32", "31"),
    "beds_end": ("6418", "6552", "6377"),
    "beds_avg": ("6496", "6470", "6352"),
    "admissions": ("331842", "327406", "318115"),
    "adj_admissions": ("612384", "598127", "576942"),
    "patient_days": ("1563214", "1561722", "1524183"),
    "er_visits": ("1842610", "1806245", "1754318"),
    "surg_in": ("84216", "83402", "81977"),
    "surg_out": ("198442", "192815", "186330"),
}
# same-facility statistics (2025, 2024)
SAME = {
    "hospitals": ("30", "30"),
    "admissions": ("318406", "312944"),
    "adj_admissions": ("588215", "574302"),
    "patient_days": ("1496318", "1489902"),
    "er_visits": ("1771406", "1742118"),
    "surgeries": ("271512", "264318"),
    "revenue": ("7602.8", "7231.5"),
}

# long-term debt: key, label, principal 2025, principal 2024, maturities of the 2025 principal by bucket
DEBT = [
    ("tlb", "Senior secured term loan B due 2030 (Term SOFR + 2.75%)", "1170.0", "1182.0",
     {"2026": "12.0", "2027": "12.0", "2028": "12.0", "2029": "12.0", "2030": "1122.0"}),
    ("n26", "4.875% senior secured notes due 2026", "500.0", "500.0", {"2026": "500.0"}),
    ("n27", "5.625% senior notes due 2027", "0", "850.0", {}),
    ("n29", "5.250% senior secured notes due 2029", "750.0", "750.0", {"2029": "750.0"}),
    ("n31", "6.500% senior notes due 2031", "600.0", "600.0", {"after": "600.0"}),
    ("n33", "6.125% senior secured notes due 2033", "900.0", "0", {"after": "900.0"}),
    ("fin", "Finance lease obligations and other", "96.4", "104.8",
     {"2026": "18.6", "2027": "16.2", "2028": "14.9", "2029": "12.4", "2030": "10.1", "after": "24.2"}),
]
MATURITY_BUCKETS = ("2026", "2027", "2028", "2029", "2030", "after")
DEBT_DUE_2025 = ("tlb", "12.0"), ("fin", "8.4")  # amounts of the 2024 principal that were due in 2025

# professional liability reserve roll-forward: begin (2023 only), provision current, change prior, paid current,
# paid prior
PROF = {2023: ("462.4", "121.6", "-8.2", "-18.4", "-83.7"), 2024: (None, "128.9", "4.6", "-19.6", "-89.0"),
        2025: (None, "134.2", "-6.4", "-20.3", "-94.7")}
PROF_CURRENT = {2025: "118.7", 2024: "112.4"}

# operating lease maturities at December 31, 2025 (undiscounted)
LEASE_MAT = {"2026": "128.4", "2027": "116.2", "2028": "101.9", "2029": "88.6", "2030": "74.3", "after": "268.7"}
LEASE_COST = {"op": ("138.6", "134.1", "129.8"), "var": ("31.2", "29.4", "27.6"), "short": ("18.7", "17.9", "16.3")}

# Item 5: fourth-quarter 2025 repurchases (shares, average price)
REPURCHASES = {"oct": (384212, "64.18"), "nov": (402958, "61.47"), "dec": (358830, "63.92")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = value if isinstance(value, Decimal) else D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ statement of operations
    for i, y in enumerate(YEARS):
        for k, amounts in PAYER_REV.items():
            put(f"pay.{k}.{y}", amounts[i])
        rev = put(f"is.rev.{y}", s(*[f"pay.{k}.{y}" for k in PAYERS]))
        put(f"pay.total.{y}", rev)
        for k in PAYER_REV:
            put(f"mix.{k}.{y}", pct(v[f"pay.{k}.{y}"], rev))
        put(f"mix.total.{y}", s(*[f"mix.{k}.{y}" for k in PAYERS]))
        for k, amounts in OPEX.items():
            put(f"is.{k}.{y}", amounts[i])
        opex = put(f"is.opex_total.{y}", s(*[f"is.{k}.{y}" for k in OPEX]))
        oi = put(f"is.op_income.{y}", rev - opex)
        put(f"is.interest.{y}", INTEREST[i])
        put(f"debt.premium.{y}", EXTINGUISH_PREMIUM[i])
        put(f"debt.writeoff.{y}", EXTINGUISH_WRITEOFF[i])
        put(f"is.extinguish.{y}", s(f"debt.premium.{y}", f"debt.writeoff.{y}"))
        pretax = put(f"is.pretax.{y}", oi - v[f"is.interest.{y}"] - v[f"is.extinguish.{y}"])
        put(f"tax.cur_fed.{y}", TAX_CURRENT_FED[i])
        put(f"tax.cur_state.{y}", TAX_CURRENT_STATE[i])
        put(f"tax.def_fed.{y}", TAX_DEFERRED_FED[i])
        put(f"tax.def_state.{y}", TAX_DEFERRED_STATE[i])
        put(f"tax.current.{y}", s(f"tax.cur_fed.{y}", f"tax.cur_state.{y}"))
        put(f"tax.deferred.{y}", s(f"tax.def_fed.{y}", f"tax.def_state.{y}"))
        tax = put(f"is.tax.{y}", s(f"tax.current.{y}", f"tax.deferred.{y}"))
        put(f"tax.total.{y}", tax)
        ni = put(f"is.ni.{y}", pretax - tax)
        put(f"is.nci.{y}", NCI_INCOME[i])
        put(f"is.ni_attr.{y}", ni - v[f"is.nci.{y}"])
        put(f"tax.rate_eff.{y}", pct(tax, pretax))
        for k in ("swb", "supplies", "other_opex", "da"):
            put(f"mda.pct_{k}.{y}", pct(v[f"is.{k}.{y}"], rev))
        put(f"mda.pct_op_income.{y}", pct(oi, rev))

    # ------------------------------------------------------------ Adjusted EBITDA (non-GAAP) and segments
    for i, y in enumerate(YEARS):
        ebitda = put(f"ebitda.total.{y}", s(f"is.ni.{y}", f"is.tax.{y}", f"is.interest.{y}", f"is.extinguish.{y}",
                                              f"is.da.{y}", f"is.impair.{y}", f"is.sale.{y}"))
        put(f"ebitda.margin.{y}", pct(ebitda, v[f"is.rev.{y}"]))
        for g in REGIONS:
            put(f"seg.rev.{g}.{y}", SEG_REV[g][i])
            put(f"seg.ebitda.{g}.{y}", SEG_EBITDA[g][i])
            put(f"seg.da.{g}.{y}", SEG_DA[g][i])
            put(f"seg.margin.{g}.{y}", pct(v[f"seg.ebitda.{g}.{y}"], v[f"seg.rev.{g}.{y}"]))
        for g in SEG_COLS:
            put(f"seg.capex.{g}.{y}", SEG_CAPEX[g][i])
        put(f"seg.rev.corp.{y}", v[f"is.rev.{y}"] - s(*[f"seg.rev.{g}.{y}" for g in REGIONS]))
        put(f"seg.ebitda.corp.{y}", ebitda - s(*[f"seg.ebitda.{g}.{y}" for g in REGIONS]))
        put(f"seg.da.corp.{y}", v[f"is.da.{y}"] - s(*[f"seg.da.{g}.{y}" for g in REGIONS]))
        for line in ("rev", "ebitda", "da", "capex"):
            put(f"seg.{line}.total.{y}", s(*[f"seg.{line}.{g}.{y}" for g in SEG_COLS]))
        put(f"seg.ebitda.regions.{y}", s(*[f"seg.ebitda.{g}.{y}" for g in REGIONS]))
        for k in ("da", "impair", "sale", "interest", "extinguish"):
            put(f"rec.{k}.{y}", -v[f"is.{k}.{y}"])
        put(f"cf.capex.{y}", -v[f"seg.capex.total.{y}"])

    # ------------------------------------------------------------ operating statistics
    for i, y in enumerate(YEARS):
        for k, series in OPS.items():
            put(f"ops.{k}.{y}", series[i])
        put(f"ops.alos.{y}", q(v[f"ops.patient_days.{y}"] / v[f"ops.admissions.{y}"], 1))
        put(f"ops.occupancy.{y}", pct(v[f"ops.patient_days.{y}"], v[f"ops.beds_avg.{y}"] * DAYS[y]))
        put(f"ops.rev_per_adj.{y}", q(v[f"is.rev.{y}"] * 1000000 / v[f"ops.adj_admissions.{y}"], 0))
        put(f"ops.surg_total.{y}", s(f"ops.surg_in.{y}", f"ops.surg_out.{y}"))
    for i, y in enumerate(BS_YEARS):
        for k, series in SAME.items():
            put(f"sf.{k}.{y}", series[i])
        put(f"sf.alos.{y}", q(v[f"sf.patient_days.{y}"] / v[f"sf.admissions.{y}"], 1))
        put(f"sf.rev_per_adj.{y}", q(v[f"sf.revenue.{y}"] * 1000000 / v[f"sf.adj_admissions.{y}"], 0))
    for k in ("admissions", "adj_admissions", "patient_days", "er_visits", "surgeries", "revenue", "rev_per_adj"):
        put(f"sf.chg.{k}", pct(v[f"sf.{k}.2025"] - v[f"sf.{k}.2024"], v[f"sf.{k}.2024"]))
    for k, (hosp, beds) in SEG_HOSPITALS.items():
        put(f"prop.hospitals.{k}", hosp)
        put(f"prop.beds.{k}", beds)
    put("prop.hospitals.total", s(*[f"prop.hospitals.{k}" for k in SEG_HOSPITALS]))
    put("prop.beds.total", s(*[f"prop.beds.{k}" for k in SEG_HOSPITALS]))

    # ------------------------------------------------------------ shares, EPS and dividends (shares in thousands)
    basic = {2025: "95012", 2024: "97436", 2023: "99786"}
    dilutive = {2025: "1146", 2024: "1088", 2023: "1012"}
    div_ps = {2025: "1.20", 2024: "1.10", 2023: "1.00"}
    for y in YEARS:
        put(f"is.shares_basic.{y}", basic[y])
        put(f"eps.dilutive.{y}", dilutive[y])
        diluted = put(f"is.shares_diluted.{y}", D(basic[y]) + D(dilutive[y]))
        put(f"is.eps_basic.{y}", q(v[f"is.ni_attr.{y}"] * 1000 / D(basic[y]), 2))
        put(f"is.eps_diluted.{y}", q(v[f"is.ni_attr.{y}"] * 1000 / diluted, 2))
        put(f"is.div_ps.{y}", div_ps[y])
        put(f"eq.div.{y}", -q(D(div_ps[y]) * D(basic[y]) / 1000))

    # ------------------------------------------------------------ share repurchases (Item 5 table)
    put("rep.authorization", "1000.0")
    # remaining at September 30, 2025 = authorization less 2024 and first-nine-months 2025 repurchases (tied below)
    remaining = D("635.4")
    put("rep.remaining.sep", remaining)
    q4_cost = D(0)
    exact = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        cost = q(D(shares) * D(price) / 1000000)
        exact += D(shares) * D(price)
        remaining -= cost
        put(f"rep.remaining.{m}", remaining)
        q4_cost += cost
    put("rep.shares.total", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.avg", q(exact / v["rep.shares.total"], 2))
    put("rep.cost.q4", q4_cost)
    put("rep.cost.q1q3", "168.2")
    put("rep.shares_k.q1q3", "2462")

    # ------------------------------------------------------------ equity statement (rolled back from Dec 31, 2024)
    equity_flows = {
        2025: {"repo": -(v["rep.cost.q1q3"] + q4_cost), "sh_repo": -(v["rep.shares_k.q1q3"]
                                                                     + v["rep.shares.total"] / 1000),
               "sbc": "48.6", "withheld": "-16.8", "sh_vest": "612", "nci_dist": "-52.4"},
        2024: {"repo": "-196.4", "sh_repo": "-3214", "sbc": "44.2", "withheld": "-14.9", "sh_vest": "548",
               "nci_dist": "-49.8"},
        2023: {"repo": "-152.7", "sh_repo": "-2806", "sbc": "41.3", "withheld": "-13.6", "sh_vest": "571",
               "nci_dist": "-47.1"},
    }
    for y, flows in equity_flows.items():
        for k, amount in flows.items():
            put(f"eq.{k}.{y}", amount)
        put(f"eq.ni.{y}", v[f"is.ni_attr.{y}"])
        put(f"eq.nci_ni.{y}", v[f"is.nci.{y}"])
        put(f"eq.ni_all.{y}", v[f"is.ni.{y}"])
    bal24 = {"shares": D("96184"), "treasury": D("-1846.3"), "re": D("2913.4"), "nci": D("412.8")}
    for c, amount in bal24.items():
        put(f"eq.{c}.2024", amount)
    # additional paid-in capital at December 31, 2024 balances the given balance sheet (set below)

    # ------------------------------------------------------------ long-term debt
    for y, idx in ((2025, 2), (2024, 3)):
        for row in DEBT:
            put(f"debt.{row[0]}.{y}", row[idx])
        put(f"debt.principal.{y}", s(*[f"debt.{row[0]}.{y}" for row in DEBT]))
    for row in DEBT:
        for bucket, amount in row[4].items():
            put(f"mat.{row[0]}.{bucket}", amount)
    for bucket in MATURITY_BUCKETS:
        put(f"mat.{bucket}", sum((D(row[4].get(bucket, "0")) for row in DEBT), D(0)))
    put("mat.total", s(*[f"mat.{b}" for b in MATURITY_BUCKETS]))
    put("debt.costs.2024", "-38.6")
    put("cf.debt_costs.2025", "-13.5")
    put("debt.amort.2025", "7.8")
    put("debt.costs.2025", v["debt.costs.2024"] + v["cf.debt_costs.2025"] + v["debt.amort.2025"]
        + v["debt.writeoff.2025"])
    put("debt.current.2025", v["mat.2026"])
    put("debt.current.2024", sum((D(a) for _k, a in DEBT_DUE_2025), D(0)))
    for y in BS_YEARS:
        put(f"debt.carrying.{y}", v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"])
        put(f"debt.lt.{y}", v[f"debt.carrying.{y}"] - v[f"debt.current.{y}"])
        put(f"debt.less_current.{y}", -v[f"debt.current.{y}"])
    put("cf.debt_issued.2025", sum((D(r[2]) for r in DEBT if D(r[3]) == 0 and D(r[2]) > 0), D(0)))
    put("cf.debt_repaid.2025", -(sum((D(r[3]) for r in DEBT if D(r[2]) == 0 and D(r[3]) > 0), D(0))
                                 + v["debt.current.2024"]))
    put("debt.redeemed", v["debt.n27.2024"])
    put("debt.new", v["debt.n33.2025"])
    put("abl.capacity", "1000.0")
    put("abl.lc", "62.4")
    put("abl.drawn", "0")
    put("abl.available", v["abl.capacity"] - v["abl.lc"] - v["abl.drawn"])

    # ------------------------------------------------------------ professional liability reserves
    for y in (2023, 2024, 2025):
        begin, cur, prior, paid_cur, paid_prior = PROF[y]
        put(f"prof.begin.{y}", begin if begin else v[f"prof.end.{y - 1}"])
        put(f"prof.prov_cur.{y}", cur)
        put(f"prof.prov_prior.{y}", prior)
        put(f"prof.prov_total.{y}", s(f"prof.prov_cur.{y}", f"prof.prov_prior.{y}"))
        put(f"prof.paid_cur.{y}", paid_cur)
        put(f"prof.paid_prior.{y}", paid_prior)
        put(f"prof.paid_total.{y}", s(f"prof.paid_cur.{y}", f"prof.paid_prior.{y}"))
        put(f"prof.end.{y}", s(f"prof.begin.{y}", f"prof.prov_total.{y}", f"prof.paid_total.{y}"))
        put(f"cf.prof.{y}", v[f"prof.end.{y}"] - v[f"prof.begin.{y}"])
    for y in BS_YEARS:
        put(f"bs.prof_current.{y}", PROF_CURRENT[y])
        put(f"bs.prof_noncurrent.{y}", v[f"prof.end.{y}"] - v[f"bs.prof_current.{y}"])

    # ------------------------------------------------------------ December 31, 2024 balance sheet (given)
    given24 = {
        "cash": "338.6", "ar": "1118.4", "supplies": "214.7", "prepaid": "268.3", "rou": "612.4",
        "goodwill": "3214.6", "other_lta": "398.5", "ap": "612.8", "acc_salaries": "468.2", "acc_interest": "71.6",
        "lease_current": "98.7", "other_accrued": "386.9", "lease_noncurrent": "548.6", "dit": "212.4",
        "other_ltl": "196.3",
    }
    for k, amount in given24.items():
        put(f"bs.{k}.2024", amount)
    pp24 = {"land": "412.6", "buildings": "4386.2", "equipment": "3318.5", "cip": "286.4", "accum": "-3962.8"}
    for k, amount in pp24.items():
        put(f"pp.{k}.2024", amount)
    given25 = {"ar": "1172.6", "supplies": "221.9", "prepaid": "281.5", "other_lta": "416.3", "ap": "641.3",
               "acc_salaries": "489.6", "acc_interest": "68.2", "other_accrued": "402.7", "other_ltl": "203.9",
               "lease_current": "101.8"}
    for k, amount in given25.items():
        put(f"bs.{k}.2025", amount)

    # property and equipment roll-forward for 2025
    put("pp.acquired", "121.3")
    put("gw.acquired", "65.2")
    put("pp.sold_gross", "196.8")
    put("pp.sold_accum", "112.2")
    put("pp.sold_nbv", v["pp.sold_gross"] - v["pp.sold_accum"])
    put("gw.sold", "27.2")
    put("pp.retired", "142.6")  # fully depreciated assets written off
    put("pp.impair", "29.6")  # non-cash portion of impairment and restructuring charges
    put("restructuring.cash", v["is.impair.2025"] - v["pp.impair"])
    gross24 = s(*[f"pp.{k}.2024" for k in ("land", "buildings", "equipment", "cip")])
    put("pp.gross.2024", gross24)
    gross25 = put("pp.gross.2025", gross24 - v["cf.capex.2025"] + v["pp.acquired"] - v["pp.sold_gross"]
                  - v["pp.retired"] - v["pp.impair"])
    for k, amount in {"land": "418.9", "buildings": "4612.4", "equipment": "3402.7"}.items():
        put(f"pp.{k}.2025", amount)
    put("pp.cip.2025", gross25 - s("pp.land.2025", "pp.buildings.2025", "pp.equipment.2025"))
    put("pp.accum.2025", v["pp.accum.2024"] - v["is.da.2025"] + v["pp.sold_accum"] + v["pp.retired"])
    for y in BS_YEARS:
        put(f"pp.net.{y}", v[f"pp.gross.{y}"] + v[f"pp.accum.{y}"])
        put(f"bs.ppe.{y}", v[f"pp.net.{y}"])
    put("bs.goodwill.2025", v["bs.goodwill.2024"] + v["gw.acquired"] - v["gw.sold"])
    put("cf.acquisitions.2025", -(v["pp.acquired"] + v["gw.acquired"]))
    put("cf.sale_proceeds.2025", v["pp.sold_nbv"] + v["gw.sold"] - v["is.sale.2025"])
    put("cf.other_inv.2025", "-12.4")

    # operating leases
    put("lease.new.2025", "94.2")
    put("cf.rou.2025", "104.6")  # non-cash operating lease cost (amortization of right-of-use assets)
    put("cf.lease.2025", "-101.3")  # reduction of operating lease liabilities
    put("bs.rou.2025", v["bs.rou.2024"] + v["lease.new.2025"] - v["cf.rou.2025"])
    lease24 = v["bs.lease_current.2024"] + v["bs.lease_noncurrent.2024"]
    lease25 = lease24 + v["lease.new.2025"] + v["cf.lease.2025"]
    put("bs.lease_noncurrent.2025", lease25 - v["bs.lease_current.2025"])
    for k, amount in LEASE_MAT.items():
        put(f"lease.mat.{k}", amount)
    put("lease.mat.total", s(*[f"lease.mat.{k}" for k in LEASE_MAT]))
    put("lease.pv", lease25)
    put("lease.interest", -(v["lease.mat.total"] - lease25))
    put("lease.current", v["bs.lease_current.2025"])
    put("lease.noncurrent", v["bs.lease_noncurrent.2025"])
    for i, y in enumerate(YEARS):
        for k, series in LEASE_COST.items():
            put(f"lease.cost_{k}.{y}", series[i])
        put(f"lease.cost_total.{y}", s(*[f"lease.cost_{k}.{y}" for k in LEASE_COST]))
    # contractual obligations at December 31, 2025 by period (MD&A)
    periods = {"y1": ("2026",), "y23": ("2027", "2028"), "y45": ("2029", "2030"), "after": ("after",)}
    for p, buckets in periods.items():
        put(f"co.debt.{p}", s(*[f"mat.{b}" for b in buckets]))
        put(f"co.lease.{p}", s(*[f"lease.mat.{b}" for b in buckets]))
    for p, (interest, purchase) in {"y1": ("238.4", "186.3"), "y23": ("441.6", "142.8"), "y45": ("362.8", "46.2"),
                                    "after": ("198.2", "12.5")}.items():
        put(f"co.interest.{p}", interest)
        put(f"co.purchase.{p}", purchase)
    for line in ("debt", "interest", "lease", "purchase"):
        put(f"co.{line}.total", s(*[f"co.{line}.{p}" for p in periods]))
    for p in list(periods) + ["total"]:
        put(f"co.total.{p}", s(*[f"co.{line}.{p}" for line in ("debt", "interest", "lease", "purchase")]))
    put("lease.term", "7.4")
    put("lease.rate", "5.6")

    # ------------------------------------------------------------ 2025 cash flow statement
    y = 2025
    put(f"cf.ni.{y}", v[f"is.ni.{y}"])
    put(f"cf.da.{y}", v[f"is.da.{y}"])
    put(f"cf.sbc.{y}", v[f"eq.sbc.{y}"])
    put(f"cf.deferred.{y}", v[f"tax.deferred.{y}"])
    put(f"cf.impair.{y}", v["pp.impair"])
    put(f"cf.sale.{y}", v[f"is.sale.{y}"])
    put(f"cf.extinguish.{y}", v[f"is.extinguish.{y}"])
    put(f"cf.debt_amort.{y}", v["debt.amort.2025"])
    put(f"cf.ar.{y}", v["bs.ar.2024"] - v["bs.ar.2025"])
    put(f"cf.supplies.{y}", v["bs.supplies.2024"] - v["bs.supplies.2025"])
    put(f"cf.prepaid.{y}", v["bs.prepaid.2024"] - v["bs.prepaid.2025"])
    put(f"cf.ap_accrued.{y}", s(*[f"bs.{k}.2025" for k in ("ap", "acc_salaries", "acc_interest", "other_accrued")])
        - s(*[f"bs.{k}.2024" for k in ("ap", "acc_salaries", "acc_interest", "other_accrued")]))
    put(f"cf.other_op.{y}", -(v["bs.other_lta.2025"] - v["bs.other_lta.2024"] + v["cf.other_inv.2025"])
        + (v["bs.other_ltl.2025"] - v["bs.other_ltl.2024"]))
    put(f"cf.issued.{y}", v["cf.debt_issued.2025"])
    put(f"cf.repaid.{y}", v["cf.debt_repaid.2025"])
    put(f"cf.premium.{y}", -v[f"debt.premium.{y}"])
    put(f"cf.costs.{y}", v["cf.debt_costs.2025"])
    put("bs.dit.2025", v["bs.dit.2024"] + v["cf.deferred.2025"])

    # 2024 and 2023 cash flow lines (no 2023 balance sheet is presented)
    cf_old = {
        "impair": ("11.4", "8.9"), "debt_amort": ("7.5", "7.2"), "rou": ("101.2", "97.6"),
        "ar": ("-61.8", "-48.3"), "supplies": ("-9.6", "-6.2"), "prepaid": ("-14.1", "8.7"),
        "ap_accrued": ("48.2", "36.9"), "lease": ("-97.4", "-93.1"), "other_op": ("-6.3", "4.8"),
        "acquisitions": ("-42.8", "-118.6"), "sale_proceeds": ("18.6", "64.2"), "other_inv": ("-9.7", "-11.3"),
        "issued": ("0", "600.0"), "repaid": ("-20.2", "-612.4"), "costs": ("0", "-9.8"),
    }
    for k, pair in cf_old.items():
        for yr, amount in zip((2024, 2023), pair, strict=True):
            put(f"cf.{k}.{yr}", amount)
    for yr in (2024, 2023):
        put(f"cf.ni.{yr}", v[f"is.ni.{yr}"])
        put(f"cf.da.{yr}", v[f"is.da.{yr}"])
        put(f"cf.sbc.{yr}", v[f"eq.sbc.{yr}"])
        put(f"cf.deferred.{yr}", v[f"tax.deferred.{yr}"])
        put(f"cf.sale.{yr}", v[f"is.sale.{yr}"])
        put(f"cf.extinguish.{yr}", v[f"is.extinguish.{yr}"])
        put(f"cf.premium.{yr}", -v[f"debt.premium.{yr}"])
    for yr in YEARS:
        put(f"cf.repo.{yr}", v[f"eq.repo.{yr}"])
        put(f"cf.dividends.{yr}", v[f"eq.div.{yr}"])
        put(f"cf.withheld.{yr}", v[f"eq.withheld.{yr}"])
        put(f"cf.nci_dist.{yr}", v[f"eq.nci_dist.{yr}"])
    op = ("ni", "da", "sbc", "deferred", "impair", "sale", "extinguish", "debt_amort", "rou", "ar", "supplies",
          "prepaid", "ap_accrued", "prof", "lease", "other_op")
    inv = ("capex", "acquisitions", "sale_proceeds", "other_inv")
    fin = ("issued", "repaid", "premium", "costs", "repo", "dividends", "withheld", "nci_dist")
    for yr in YEARS:
        cfo = put(f"cf.cfo.{yr}", s(*[f"cf.{k}.{yr}" for k in op]))
        cfi = put(f"cf.cfi.{yr}", s(*[f"cf.{k}.{yr}" for k in inv]))
        cff = put(f"cf.cff.{yr}", s(*[f"cf.{k}.{yr}" for k in fin]))
        put(f"cf.change.{yr}", cfo + cfi + cff)
    put("cf.end.2024", v["bs.cash.2024"])
    put("cf.begin.2024", v["cf.end.2024"] - v["cf.change.2024"])
    put("cf.end.2023", v["cf.begin.2024"])
    put("cf.begin.2023", v["cf.end.2023"] - v["cf.change.2023"])
    put("cf.begin.2025", v["bs.cash.2024"])
    put("cf.end.2025", v["cf.begin.2025"] + v["cf.change.2025"])
    put("bs.cash.2025", v["cf.end.2025"])
    put("cf.int_paid.2025", "258.6")
    put("cf.tax_paid.2025", "118.3")
    put("cf.capex_accrued.2025", "46.8")
    put("cf.new_leases.2025", v["lease.new.2025"])

    # ------------------------------------------------------------ balance sheets
    for yr in BS_YEARS:
        put(f"bs.ca_total.{yr}", s(*[f"bs.{k}.{yr}" for k in ("cash", "ar", "supplies", "prepaid")]))
        put(f"bs.assets_total.{yr}", v[f"bs.ca_total.{yr}"] + s(*[f"bs.{k}.{yr}" for k in (
            "ppe", "rou", "goodwill", "other_lta")]))
        put(f"bs.debt_current.{yr}", v[f"debt.current.{yr}"])
        put(f"bs.ltd.{yr}", v[f"debt.lt.{yr}"])
        put(f"bs.cl_total.{yr}", s(*[f"bs.{k}.{yr}" for k in ("debt_current", "ap", "acc_salaries", "acc_interest",
                                                               "lease_current", "prof_current", "other_accrued")]))
        put(f"bs.liab_total.{yr}", v[f"bs.cl_total.{yr}"] + s(*[f"bs.{k}.{yr}" for k in (
            "ltd", "lease_noncurrent", "prof_noncurrent", "dit", "other_ltl")]))
    # equity at December 31, 2024: APIC balances the given sheet
    equity24 = v["bs.assets_total.2024"] - v["bs.liab_total.2024"]
    put("eq.apic.2024", equity24 - s("eq.treasury.2024", "eq.re.2024", "eq.nci.2024"))
    for y in (2025,):
        put(f"eq.shares.{y}", v[f"eq.shares.{y - 1}"] + v[f"eq.sh_repo.{y}"] + v[f"eq.sh_vest.{y}"])
        put(f"eq.apic.{y}", v[f"eq.apic.{y - 1}"] + v[f"eq.sbc.{y}"] + v[f"eq.withheld.{y}"])
        put(f"eq.treasury.{y}", v[f"eq.treasury.{y - 1}"] + v[f"eq.repo.{y}"])
        put(f"eq.re.{y}", v[f"eq.re.{y - 1}"] + v[f"eq.ni.{y}"] + v[f"eq.div.{y}"])
        put(f"eq.nci.{y}", v[f"eq.nci.{y - 1}"] + v[f"eq.nci_ni.{y}"] + v[f"eq.nci_dist.{y}"])
    for y in (2024, 2023):
        put(f"eq.shares.{y - 1}", v[f"eq.shares.{y}"] - v[f"eq.sh_repo.{y}"] - v[f"eq.sh_vest.{y}"])
        put(f"eq.apic.{y - 1}", v[f"eq.apic.{y}"] - v[f"eq.sbc.{y}"] - v[f"eq.withheld.{y}"])
        put(f"eq.treasury.{y - 1}", v[f"eq.treasury.{y}"] - v[f"eq.repo.{y}"])
        put(f"eq.re.{y - 1}", v[f"eq.re.{y}"] - v[f"eq.ni.{y}"] - v[f"eq.div.{y}"])
        put(f"eq.nci.{y - 1}", v[f"eq.nci.{y}"] - v[f"eq.nci_ni.{y}"] - v[f"eq.nci_dist.{y}"])
    for y in (2025, 2024, 2023, 2022):
        put(f"eq.parent.{y}", s(f"eq.apic.{y}", f"eq.treasury.{y}", f"eq.re.{y}"))
        put(f"eq.total.{y}", v[f"eq.parent.{y}"] + v[f"eq.nci.{y}"])
    for yr in BS_YEARS:
        put(f"bs.apic.{yr}", v[f"eq.apic.{yr}"])
        put(f"bs.treasury.{yr}", v[f"eq.treasury.{yr}"])
        put(f"bs.re.{yr}", v[f"eq.re.{yr}"])
        put(f"bs.parent_equity.{yr}", v[f"eq.parent.{yr}"])
        put(f"bs.nci.{yr}", v[f"eq.nci.{yr}"])
        put(f"bs.equity.{yr}", v[f"eq.total.{yr}"])
        put(f"bs.le_total.{yr}", v[f"bs.liab_total.{yr}"] + v[f"bs.equity.{yr}"])
        put(f"bs.shares.{yr}", v[f"eq.shares.{yr}"])
        for g in REGIONS:
            put(f"seg.assets.{g}.{yr}", SEG_ASSETS[g][BS_YEARS.index(yr)])
        put(f"seg.assets.corp.{yr}", v[f"bs.assets_total.{yr}"] - s(*[f"seg.assets.{g}.{yr}" for g in REGIONS]))
        put(f"seg.assets.total.{yr}", v[f"bs.assets_total.{yr}"])

    # ------------------------------------------------------------ income tax rate reconciliation
    state = {2025: "30.3", 2024: "27.9", 2023: "25.6"}
    comp = {2025: "6.8", 2024: "5.9", 2023: "5.2"}
    credits = {2025: "-7.4", 2024: "-6.8", 2023: "-6.1"}
    for yr in YEARS:
        pretax = v[f"is.pretax.{yr}"]
        put(f"tax.statutory.{yr}", q(pretax * D("0.21")))
        put(f"tax.state.{yr}", state[yr])
        put(f"tax.nci.{yr}", -q(v[f"is.nci.{yr}"] * D("0.21")))
        put(f"tax.comp.{yr}", comp[yr])
        put(f"tax.credits.{yr}", credits[yr])
        put(f"tax.other.{yr}", v[f"is.tax.{yr}"] - s(*[f"tax.{k}.{yr}" for k in ("statutory", "state", "nci", "comp",
                                                                              "credits")]))

    # ------------------------------------------------------------ prose-only figures and MD&A derived figures
    prose = {"ops.employees": "41260", "ops.physicians": "2318", "ops.nurses": "12840", "ops.outpatient": "184",
             "ops.ascs": "46", "ops.ed_free": "22", "capex.plan_low": "600", "capex.plan_high": "650",
             "acq.beds": "214", "sale.beds": "348", "rep.new_auth": "500.0", "dividend.q1_26": "0.32",
             "tlb.margin": "2.75", "ops.supp_net": "212.6", "ops.supp_net_24": "196.8", "ops.outpatient_pct": "44.2"}
    for k, amount in prose.items():
        put(k, amount)
    put("mda.rev_chg", v["is.rev.2025"] - v["is.rev.2024"])
    put("mda.rev_chg_pct", pct(v["is.rev.2025"] - v["is.rev.2024"], v["is.rev.2024"]))
    put("mda.ebitda_chg", v["ebitda.total.2025"] - v["ebitda.total.2024"])
    put("mda.liquidity", v["bs.cash.2025"] + v["abl.available"])
    put("mda.adm_chg", pct(v["ops.admissions.2025"] - v["ops.admissions.2024"], v["ops.admissions.2024"]))
    put("mda.adj_adm_chg", pct(v["ops.adj_admissions.2025"] - v["ops.adj_admissions.2024"],
                               v["ops.adj_admissions.2024"]))
    put("mda.gain_sale", -v["is.sale.2025"])
    put("acq.cash", -v["cf.acquisitions.2025"])
    put("rep.cost.2025", -v["eq.repo.2025"])
    put("rep.shares_k.2025", -v["eq.sh_repo.2025"])
    put("div.paid.2025", -v["eq.div.2025"])
    put("mda.capex.2025", v["seg.capex.total.2025"])
    put("mda.repaid", -v["cf.repaid.2025"])
    put("mda.premium", v["debt.premium.2025"])
    put("mda.swb_per_adj", q(v["is.swb.2025"] * 1000000 / v["ops.adj_admissions.2025"], 0))
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for y in YEARS:
        t.append((f"IS {y}: revenue = payer note", v[f"is.rev.{y}"], s(*[f"pay.{k}.{y}" for k in PAYERS])))
        t.append((f"IS {y}: expenses foot", v[f"is.opex_total.{y}"], s(*[f"is.{k}.{y}" for k in OPEX])))
        t.append((f"IS {y}: operating income", v[f"is.op_income.{y}"], v[f"is.rev.{y}"] - v[f"is.opex_total.{y}"]))
        t.append((f"IS {y}: pretax", v[f"is.pretax.{y}"],
                  v[f"is.op_income.{y}"] - v[f"is.interest.{y}"] - v[f"is.extinguish.{y}"]))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.pretax.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"IS {y}: attributable split", v[f"is.ni.{y}"], v[f"is.ni_attr.{y}"] + v[f"is.nci.{y}"]))
        t.append((f"EPS {y}: basic", v[f"is.eps_basic.{y}"],
                  q(v[f"is.ni_attr.{y}"] * 1000 / v[f"is.shares_basic.{y}"], 2)))
        t.append((f"EPS {y}: diluted", v[f"is.eps_diluted.{y}"],
                  q(v[f"is.ni_attr.{y}"] * 1000 / v[f"is.shares_diluted.{y}"], 2)))
        t.append((f"EPS {y}: diluted shares", v[f"is.shares_diluted.{y}"],
                  s(f"is.shares_basic.{y}", f"eps.dilutive.{y}")))
        t.append((f"Payer mix {y}: percentages foot to 100.0", v[f"mix.total.{y}"], D("100.0")))
        t.append((f"Tax {y}: components foot", v[f"is.tax.{y}"],
                  s(f"tax.cur_fed.{y}", f"tax.cur_state.{y}", f"tax.def_fed.{y}", f"tax.def_state.{y}")))
        t.append((f"Tax {y}: rate reconciliation foots", v[f"is.tax.{y}"],
                  s(*[f"tax.{k}.{y}" for k in ("statutory", "state", "nci", "comp", "credits", "other")])))
        t.append((f"EBITDA {y}: reconciliation foots", v[f"ebitda.total.{y}"],
                  s(f"is.ni_attr.{y}", f"is.nci.{y}", f"is.tax.{y}", f"is.interest.{y}", f"is.extinguish.{y}",
                    f"is.da.{y}", f"is.impair.{y}", f"is.sale.{y}")))
        t.append((f"EBITDA {y}: = operating income + D&A + impairment + sale", v[f"ebitda.total.{y}"],
                  s(f"is.op_income.{y}", f"is.da.{y}", f"is.impair.{y}", f"is.sale.{y}")))
        for line, total in (("rev", f"is.rev.{y}"), ("ebitda", f"ebitda.total.{y}"), ("da", f"is.da.{y}"),
                            ("capex", f"seg.capex.total.{y}")):
            t.append((f"Segments {y}: {line} columns foot", v[f"seg.{line}.total.{y}"],
                      s(*[f"seg.{line}.{g}.{y}" for g in SEG_COLS])))
            t.append((f"Segments {y}: {line} total = consolidated", v[f"seg.{line}.total.{y}"], v[total]))
        t.append((f"Segments {y}: Adjusted EBITDA reconciles to pretax income", v[f"is.pretax.{y}"],
                  v[f"seg.ebitda.total.{y}"] + s(*[f"rec.{k}.{y}" for k in ("da", "impair", "sale", "interest",
                                                                           "extinguish")])))
        t.append((f"Segments {y}: capex = cash flow", v[f"seg.capex.total.{y}"], -v[f"cf.capex.{y}"]))
        t.append((f"Segments {y}: corporate Adjusted EBITDA is a cost", D(1) if v[f"seg.ebitda.corp.{y}"] < 0
                  else D(0), D(1)))
        t.append((f"Segments {y}: corporate revenue is small and positive", D(1) if 0 < v[f"seg.rev.corp.{y}"] < 100
                  else D(0), D(1)))
        t.append((f"Ops {y}: ALOS", v[f"ops.alos.{y}"], q(v[f"ops.patient_days.{y}"] / v[f"ops.admissions.{y}"], 1)))
        t.append((f"Ops {y}: occupancy", v[f"ops.occupancy.{y}"],
                  pct(v[f"ops.patient_days.{y}"], v[f"ops.beds_avg.{y}"] * DAYS[y])))
        t.append((f"Ops {y}: revenue per adjusted admission", v[f"ops.rev_per_adj.{y}"],
                  q(v[f"is.rev.{y}"] * 1000000 / v[f"ops.adj_admissions.{y}"], 0)))
        t.append((f"Prof {y}: roll-forward", v[f"prof.end.{y}"],
                  s(f"prof.begin.{y}", f"prof.prov_cur.{y}", f"prof.prov_prior.{y}", f"prof.paid_cur.{y}",
                    f"prof.paid_prior.{y}")))
        t.append((f"Prof {y}: cash flow line = reserve change", v[f"cf.prof.{y}"],
                  v[f"prof.end.{y}"] - v[f"prof.begin.{y}"]))
        t.append((f"Leases {y}: cost foots", v[f"lease.cost_total.{y}"],
                  s(*[f"lease.cost_{k}.{y}" for k in LEASE_COST])))
        op = ("ni", "da", "sbc", "deferred", "impair", "sale", "extinguish", "debt_amort", "rou", "ar", "supplies",
              "prepaid", "ap_accrued", "prof", "lease", "other_op")
        t.append((f"CF {y}: operating foots", v[f"cf.cfo.{y}"], s(*[f"cf.{k}.{y}" for k in op])))
        t.append((f"CF {y}: investing foots", v[f"cf.cfi.{y}"],
                  s(*[f"cf.{k}.{y}" for k in ("capex", "acquisitions", "sale_proceeds", "other_inv")])))
        t.append((f"CF {y}: financing foots", v[f"cf.cff.{y}"],
                  s(*[f"cf.{k}.{y}" for k in ("issued", "repaid", "premium", "costs", "repo", "dividends",
                                              "withheld", "nci_dist")])))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"],
                  s(f"cf.begin.{y}", f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}")))
        t.append((f"CF {y}: net income = statement", v[f"cf.ni.{y}"], v[f"is.ni.{y}"]))
        t.append((f"CF {y}: D&A = statement", v[f"cf.da.{y}"], v[f"is.da.{y}"]))
        t.append((f"CF {y}: gain/loss on sales = statement", v[f"cf.sale.{y}"], v[f"is.sale.{y}"]))
        t.append((f"CF {y}: extinguishment = statement", v[f"cf.extinguish.{y}"], v[f"is.extinguish.{y}"]))
        t.append((f"CF {y}: deferred taxes = tax note", v[f"cf.deferred.{y}"], v[f"tax.deferred.{y}"]))
        t.append((f"CF {y}: non-cash impairment within charge", D(1) if 0 <= v[f"cf.impair.{y}"] <= v[f"is.impair.{y}"]
                  else D(0), D(1)))
        t.append((f"CF {y}: call premium within loss", -v[f"cf.premium.{y}"] + v[f"debt.writeoff.{y}"],
                  v[f"is.extinguish.{y}"]))
        t.append((f"CF {y}: dividends = equity statement", v[f"cf.dividends.{y}"], v[f"eq.div.{y}"]))
        t.append((f"CF {y}: repurchases = equity statement", v[f"cf.repo.{y}"], v[f"eq.repo.{y}"]))
        t.append((f"CF {y}: SBC = equity statement", v[f"cf.sbc.{y}"], v[f"eq.sbc.{y}"]))
        t.append((f"CF {y}: NCI distributions = equity statement", v[f"cf.nci_dist.{y}"], v[f"eq.nci_dist.{y}"]))
        t.append((f"Equity {y}: parent roll", v[f"eq.parent.{y}"], v[f"eq.parent.{y - 1}"] + s(
            f"eq.ni.{y}", f"eq.div.{y}", f"eq.repo.{y}", f"eq.sbc.{y}", f"eq.withheld.{y}")))
        t.append((f"Equity {y}: NCI roll", v[f"eq.nci.{y}"], v[f"eq.nci.{y - 1}"] + v[f"eq.nci_ni.{y}"]
                  + v[f"eq.nci_dist.{y}"]))
        t.append((f"Equity {y}: total roll", v[f"eq.total.{y}"], v[f"eq.total.{y - 1}"] + s(
            f"eq.ni.{y}", f"eq.nci_ni.{y}", f"eq.div.{y}", f"eq.repo.{y}", f"eq.sbc.{y}", f"eq.withheld.{y}",
            f"eq.nci_dist.{y}")))
        t.append((f"Equity {y}: shares roll", v[f"eq.shares.{y}"],
                  v[f"eq.shares.{y - 1}"] + v[f"eq.sh_repo.{y}"] + v[f"eq.sh_vest.{y}"]))
        t.append((f"Equity {y}: net income = statement", v[f"eq.ni.{y}"] + v[f"eq.nci_ni.{y}"], v[f"is.ni.{y}"]))
    t.append(("CF: 2023 end = 2024 begin", v["cf.end.2023"], v["cf.begin.2024"]))
    t.append(("CF: 2024 end = 2025 begin", v["cf.end.2024"], v["cf.begin.2025"]))
    t.append(("Prof: 2024 begin = 2023 end", v["prof.begin.2024"], v["prof.end.2023"]))
    t.append(("Prof: 2025 begin = 2024 end", v["prof.begin.2025"], v["prof.end.2024"]))
    for y in BS_YEARS:
        t.append((f"BS {y}: assets = liabilities + equity", v[f"bs.assets_total.{y}"], v[f"bs.le_total.{y}"]))
        t.append((f"BS {y}: current assets foot", v[f"bs.ca_total.{y}"],
                  s(*[f"bs.{k}.{y}" for k in ("cash", "ar", "supplies", "prepaid")])))
        t.append((f"BS {y}: current liabilities foot", v[f"bs.cl_total.{y}"],
                  s(*[f"bs.{k}.{y}" for k in ("debt_current", "ap", "acc_salaries", "acc_interest", "lease_current",
                                              "prof_current", "other_accrued")])))
        t.append((f"BS {y}: equity columns foot", v[f"bs.equity.{y}"],
                  s(f"bs.apic.{y}", f"bs.treasury.{y}", f"bs.re.{y}", f"bs.nci.{y}")))
        t.append((f"BS {y}: equity = equity statement", v[f"bs.equity.{y}"], v[f"eq.total.{y}"]))
        t.append((f"BS {y}: cash = cash flow end", v[f"bs.cash.{y}"], v[f"cf.end.{y}"]))
        t.append((f"BS {y}: PP&E = note", v[f"bs.ppe.{y}"],
                  s(f"pp.land.{y}", f"pp.buildings.{y}", f"pp.equipment.{y}", f"pp.cip.{y}", f"pp.accum.{y}")))
        t.append((f"BS {y}: professional liability = roll-forward", v[f"prof.end.{y}"],
                  s(f"bs.prof_current.{y}", f"bs.prof_noncurrent.{y}")))
        t.append((f"Debt {y}: principal foots", v[f"debt.principal.{y}"], s(*[f"debt.{r[0]}.{y}" for r in DEBT])))
        t.append((f"Debt {y}: long-term = principal + costs - current", v[f"bs.ltd.{y}"],
                  v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"] - v[f"bs.debt_current.{y}"]))
        t.append((f"Segments {y}: assets foot to balance sheet", v[f"seg.assets.total.{y}"],
                  s(*[f"seg.assets.{g}.{y}" for g in SEG_COLS])))
        t.append((f"Segments {y}: corporate assets positive", D(1) if v[f"seg.assets.corp.{y}"] > 0 else D(0), D(1)))
    for r in DEBT:
        t.append((f"Debt: {r[0]} maturities = 2025 principal", sum((D(a) for a in r[4].values()), D(0)),
                  v[f"debt.{r[0]}.2025"]))
    t.append(("Debt: maturities = principal", v["mat.total"], v["debt.principal.2025"]))
    t.append(("Debt: principal change = issued + repaid", v["debt.principal.2025"] - v["debt.principal.2024"],
              v["cf.issued.2025"] + v["cf.repaid.2025"]))
    t.append(("Debt: 2025 current = 2026 maturities", v["bs.debt_current.2025"], v["mat.2026"]))
    t.append(("Debt: costs roll", v["debt.costs.2025"], v["debt.costs.2024"] + v["cf.costs.2025"]
              + v["cf.debt_amort.2025"] + v["debt.writeoff.2025"]))
    t.append(("ABL: availability", v["abl.available"],
              v["abl.capacity"] - v["abl.lc"] - v["abl.drawn"]))
    t.append(("BS: receivables change = cash flow", v["bs.ar.2024"] - v["bs.ar.2025"], v["cf.ar.2025"]))
    t.append(("BS: supplies change = cash flow", v["bs.supplies.2024"] - v["bs.supplies.2025"], v["cf.supplies.2025"]))
    t.append(("BS: deferred taxes change = cash flow", v["bs.dit.2025"] - v["bs.dit.2024"], v["cf.deferred.2025"]))
    t.append(("PP&E: net roll", v["bs.ppe.2025"], v["bs.ppe.2024"] - v["cf.capex.2025"] + v["pp.acquired"]
              - v["pp.sold_nbv"] - v["cf.impair.2025"] - v["cf.da.2025"]))
    t.append(("Goodwill: roll", v["bs.goodwill.2025"], v["bs.goodwill.2024"] + v["gw.acquired"] - v["gw.sold"]))
    t.append(("Acquisitions: cash = PP&E + goodwill", -v["cf.acquisitions.2025"], v["pp.acquired"] + v["gw.acquired"]))
    t.append(("Sales: proceeds = carrying amount + gain", v["cf.sale_proceeds.2025"],
              v["pp.sold_nbv"] + v["gw.sold"] - v["is.sale.2025"]))
    t.append(("Leases: ROU roll", v["bs.rou.2025"], v["bs.rou.2024"] + v["lease.new.2025"] - v["cf.rou.2025"]))
    t.append(("Leases: liability roll", s("bs.lease_current.2025", "bs.lease_noncurrent.2025"),
              s("bs.lease_current.2024", "bs.lease_noncurrent.2024") + v["lease.new.2025"] + v["cf.lease.2025"]))
    t.append(("Leases: maturities - interest = balance sheet", v["lease.mat.total"] + v["lease.interest"],
              s("bs.lease_current.2025", "bs.lease_noncurrent.2025")))
    t.append(("Obligations: debt = maturities", v["co.debt.total"], v["mat.total"]))
    t.append(("Obligations: leases = undiscounted lease payments", v["co.lease.total"], v["lease.mat.total"]))
    t.append(("Obligations: total foots across", v["co.total.total"],
              s("co.total.y1", "co.total.y23", "co.total.y45", "co.total.after")))
    t.append(("Obligations: total foots down", v["co.total.total"],
              s("co.debt.total", "co.interest.total", "co.lease.total", "co.purchase.total")))
    t.append(("Repurchases: September 2025 remaining = authorization - 2024 - Q1-Q3 2025", v["rep.remaining.sep"],
              v["rep.authorization"] + v["eq.repo.2024"] - v["rep.cost.q1q3"]))
    t.append(("Repurchases: Q4 authorization roll", v["rep.remaining.dec"], v["rep.remaining.sep"] - v["rep.cost.q4"]))
    t.append(("Repurchases: 2025 cost = Q1-Q3 + Q4 table", -v["eq.repo.2025"], v["rep.cost.q1q3"] + v["rep.cost.q4"]))
    t.append(("Repurchases: 2025 shares = Q1-Q3 + Q4 table", -v["eq.sh_repo.2025"] * 1000,
              v["rep.shares_k.q1q3"] * 1000 + v["rep.shares.total"]))
    t.append(("Properties: hospitals = statistics", v["prop.hospitals.total"], v["ops.hospitals.2025"]))
    t.append(("Properties: licensed beds = statistics", v["prop.beds.total"], v["ops.beds_end.2025"]))
    t.append(("EBITDA: segments + corporate = reconciliation (2025)", v["seg.ebitda.total.2025"],
              v["ebitda.total.2025"]))
    return t
