"""Invented figures for Tallowmere Energy Holdings, Inc., fiscal 2025 Form 10-K (electric and gas utility).

Amounts are $ millions with one decimal unless the key says otherwise (sales in GWh, throughput in thousands of
dekatherms, customers as counts, per-share in $, percentages as printed). The December 31, 2024 balance sheet is
given; the 2025 balance sheet is derived from it through the 2025 cash flow statement, the debt, ARO, regulatory
and equity roll-forwards, so the statements tie by construction and ties() re-proves every identity.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
BS_YEARS = (2025, 2024)
SEGMENTS = {"elec": "Electric Utility", "gas": "Gas Utility", "other": "Other"}


def D(x: str | int) -> Decimal:
    return Decimal(str(x))


def q(x: Decimal, places: int = 1) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# segment results by year (2025, 2024, 2023)
SEG = {
    "elec": {"rev": ("3412.6", "3268.9", "3145.2"), "energy": ("1058.4", "1049.7", "1031.5"),
             "om": ("812.3", "789.6", "771.2"), "da": ("538.7", "507.2", "478.9"),
             "taxes": ("241.8", "232.5", "224.6"), "afudc": ("38.6", "33.1", "29.4"),
             "other_inc": ("21.7", "18.4", "16.9"), "interest": ("248.3", "231.6", "214.8"),
             "rate": ("0.184", "0.189", "0.193")},
    "gas": {"rev": ("1284.7", "1342.5", "1198.4"), "energy": ("512.6", "583.9", "498.7"),
            "om": ("298.4", "287.1", "276.5"), "da": ("142.5", "133.8", "126.2"),
            "taxes": ("88.6", "85.3", "81.9"), "afudc": ("9.4", "8.2", "7.1"),
            "other_inc": ("6.2", "5.5", "4.8"), "interest": ("71.8", "66.4", "60.9"),
            "rate": ("0.206", "0.211", "0.214")},
    "other": {"rev": ("96.3", "88.1", "81.7"), "energy": ("0", "0", "0"),
              "om": ("84.9", "79.2", "74.6"), "da": ("6.1", "5.6", "5.2"),
              "taxes": ("1.8", "1.7", "1.6"), "afudc": ("0", "0", "0"),
              "other_inc": ("4.3", "3.9", "2.8"), "interest": ("62.4", "57.8", "49.6"),
              "rate": ("0.240", "0.240", "0.240")},
}
SEG_CAPEX = {"elec": ("1342.6", "1392.8", "1288.4"), "gas": ("476.3", "468.1", "431.6")}
SEG_ASSETS = {"elec": ("15412.4", "14318.7"), "gas": ("4906.1", "4687.5")}

# electric retail revenue ($M), sales (GWh) and average customers by class: (2025, 2024, 2023)
ELEC_CLASSES = {
    "res": ("Residential", ("1486.2", "1412.8", "1361.5"), ("10842", "10614", "10508"),
            ("1068412", "1059207", "1050118")),
    "com": ("Commercial", ("1108.4", "1067.3", "1024.6"), ("9736", "9682", "9541"), ("138906", "137845", "136712")),
    "ind": ("Industrial", ("512.7", "498.1", "487.2"), ("6918", "7045", "7112"), ("2318", "2326", "2341")),
    "oth": ("Public authorities and street lighting", ("64.9", "62.4", "60.8"), ("412", "409", "405"),
            ("6054", "5998", "5941")),
}
ELEC_WHOLESALE = {"rev": ("118.6", "113.5", "102.7"), "gwh": ("1874", "1795", "1642")}
GAS_CLASSES = {
    "res": ("Residential", ("824.6", "871.2", "772.4"), ("58412", "53906", "55218"), ("612486", "606913", "601247")),
    "ci": ("Commercial and industrial", ("318.9", "341.5", "298.6"), ("31725", "29884", "30412"),
           ("51207", "50884", "50512")),
    "trans": ("Transportation", ("97.4", "93.8", "88.1"), ("74318", "72946", "71205"), ("1108", "1094", "1081")),
}
WEATHER = {"hdd": ("6412", "5938", "6105"), "hdd_normal": ("6252", "6240", "6228"),
           "cdd": ("684", "812", "745"), "cdd_normal": ("702", "698", "694")}
GAS_HDD = {"hdd": ("6688", "6204", "6371"), "hdd_normal": ("6530", "6518", "6506")}
GAS_COST = ("4.18", "5.12", "4.46")  # average cost of gas, $ per dekatherm

# long-term debt: key, label, face 2025, face 2024, maturity bucket
DEBT = [
    ("fmb25", "3.10% First Mortgage Bonds, Series AA, due 2025", "0", "300.0", "2025"),
    ("fmb26", "2.85% First Mortgage Bonds, Series BB, due 2026", "350.0", "350.0", "2026"),
    ("fmb28", "3.45% First Mortgage Bonds, Series CC, due 2028", "400.0", "400.0", "2028"),
    ("fmb30", "4.20% First Mortgage Bonds, Series DD, due 2030", "500.0", "500.0", "2030"),
    ("fmb35", "5.05% First Mortgage Bonds, Series HH, due 2035", "600.0", "0", "after"),
    ("fmb44", "3.90% First Mortgage Bonds, Series EE, due 2044", "850.0", "850.0", "after"),
    ("fmb48", "4.55% First Mortgage Bonds, Series FF, due 2048", "1000.0", "1000.0", "after"),
    ("fmb51", "3.70% First Mortgage Bonds, Series GG, due 2051", "800.0", "800.0", "after"),
    ("fmb54", "5.40% First Mortgage Bonds, Series JJ, due 2054", "650.0", "650.0", "after"),
    ("sn27", "2.40% Senior Notes due 2027 (utility)", "300.0", "300.0", "2027"),
    ("sn33", "4.75% Senior Notes due 2033 (utility)", "500.0", "500.0", "after"),
    ("pcb31", "Pollution Control Revenue Bonds, variable rate, due 2031", "146.5", "146.5", "after"),
    ("hc25", "2.60% Senior Notes due 2025 (holding company)", "0", "250.0", "2025"),
    ("hc29", "3.25% Senior Notes due 2029 (holding company)", "500.0", "500.0", "2029"),
    ("hc32", "5.25% Senior Notes due 2032 (holding company)", "500.0", "0", "after"),
    ("hc34", "5.60% Senior Notes due 2034 (holding company)", "800.0", "800.0", "after"),
]
MATURITY_YEARS = ("2026", "2027", "2028", "2029", "2030", "after")

# regulatory assets and liabilities: key, label, 2025 (None = derived), 2024
REG_ASSETS = [
    ("pension", "Pension and other postretirement benefit costs", "412.6", "438.9"),
    ("fuel", "Deferred fuel and purchased gas costs", "64.8", "118.2"),
    ("storm", "Storm restoration costs", "86.3", "21.4"),
    ("aro", "Asset retirement obligations", None, "118.7"),
    ("mgp", "Manufactured gas plant remediation", "72.4", "76.9"),
    ("ee", "Energy efficiency program costs", "54.1", "49.6"),
    ("debt", "Unamortized loss on reacquired debt", "18.2", "19.8"),
    ("other", "Other", "41.5", "38.7"),
]
REG_ASSETS_CURRENT = ("96.4", "142.5")
REG_LIABS = [
    ("edit", "Excess deferred income taxes", "1084.6", "1126.3"),
    ("removal", "Accrued cost of removal", "812.7", "774.1"),
    ("refund", "Customer refunds and rate credits", "36.2", "14.8"),
    ("other", "Other", "47.3", "51.8"),
]
REG_LIABS_CURRENT = ("88.6", "79.4")


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = value if isinstance(value, Decimal) else D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ segments and the income statement
    lines = ("rev", "energy", "om", "da", "taxes", "afudc", "other_inc", "interest")
    for i, y in enumerate(YEARS):
        for g, data in SEG.items():
            for line in lines:
                put(f"seg.{line}.{g}.{y}", data[line][i])
            oi = put(f"seg.oi.{g}.{y}", v[f"seg.rev.{g}.{y}"] - s(*[f"seg.{k}.{g}.{y}" for k in
                                                                   ("energy", "om", "da", "taxes")]))
            pretax = put(f"seg.pretax.{g}.{y}", oi + v[f"seg.afudc.{g}.{y}"] + v[f"seg.other_inc.{g}.{y}"]
                         - v[f"seg.interest.{g}.{y}"])
            tax = put(f"seg.tax.{g}.{y}", q(pretax * D(data["rate"][i])))
            put(f"seg.ni.{g}.{y}", pretax - tax)
        for line in lines + ("oi", "pretax", "tax", "ni"):
            put(f"seg.{line}.total.{y}", s(*[f"seg.{line}.{g}.{y}" for g in SEGMENTS]))
        put(f"is.rev_elec.{y}", v[f"seg.rev.elec.{y}"])
        put(f"is.rev_gas.{y}", v[f"seg.rev.gas.{y}"])
        put(f"is.rev_other.{y}", v[f"seg.rev.other.{y}"])
        rev = put(f"is.rev_total.{y}", s(f"is.rev_elec.{y}", f"is.rev_gas.{y}", f"is.rev_other.{y}"))
        put(f"is.fuel.{y}", v[f"seg.energy.elec.{y}"])
        put(f"is.gas_cost.{y}", v[f"seg.energy.gas.{y}"])
        put(f"is.om.{y}", v[f"seg.om.total.{y}"])
        put(f"is.da.{y}", v[f"seg.da.total.{y}"])
        put(f"is.taxes_other.{y}", v[f"seg.taxes.total.{y}"])
        opex = put(f"is.opex_total.{y}", s(*[f"is.{k}.{y}" for k in ("fuel", "gas_cost", "om", "da",
                                                                      "taxes_other")]))
        oi = put(f"is.op_income.{y}", rev - opex)
        put(f"is.afudc.{y}", v[f"seg.afudc.total.{y}"])
        put(f"is.other_inc.{y}", v[f"seg.other_inc.total.{y}"])
        put(f"is.interest.{y}", -v[f"seg.interest.total.{y}"])
        put(f"is.other_total.{y}", s(f"is.afudc.{y}", f"is.other_inc.{y}", f"is.interest.{y}"))
        pretax = put(f"is.pretax.{y}", oi + v[f"is.other_total.{y}"])
        tax = put(f"is.tax.{y}", v[f"seg.tax.total.{y}"])
        put(f"is.net_income.{y}", pretax - tax)
        put(f"tax.rate_eff.{y}", pct(tax, pretax))
        put(f"ops.om_ratio.{y}", pct(v[f"is.om.{y}"], rev))
    for i, y in enumerate(YEARS):
        for g in ("elec", "gas"):
            put(f"seg.capex.{g}.{y}", SEG_CAPEX[g][i])

    # ------------------------------------------------------------ shares, EPS and dividends
    basic = {2025: "142.96", 2024: "140.91", 2023: "139.27"}
    dilutive = {2025: "0.41", 2024: "0.38", 2023: "0.35"}
    issued_shares = {2025: "3.20", 2024: "1.48", 2023: "1.21"}
    issued_amount = {2025: "218.4", 2024: "93.2", 2023: "73.2"}
    sbc = {2025: "18.6", 2024: "17.2", 2023: "15.9"}
    div_ps = {2025: "2.62", 2024: "2.50", 2023: "2.38"}
    for y in YEARS:
        ni = v[f"is.net_income.{y}"]
        put(f"is.shares_basic.{y}", basic[y])
        put(f"eps.dilutive.{y}", dilutive[y])
        diluted = put(f"is.shares_diluted.{y}", D(basic[y]) + D(dilutive[y]))
        put(f"is.eps_basic.{y}", q(ni / D(basic[y]), 2))
        put(f"is.eps_diluted.{y}", q(ni / diluted, 2))
        put(f"is.div_ps.{y}", div_ps[y])
        put(f"eq.div.{y}", -q(D(div_ps[y]) * D(basic[y])))
        put(f"eq.issued_shares.{y}", issued_shares[y])
        put(f"eq.issued.{y}", issued_amount[y])
        put(f"eq.sbc.{y}", sbc[y])

    # ------------------------------------------------------------ comprehensive income
    oci_pension = {2025: "14.2", 2024: "-8.6", 2023: "6.3"}
    oci_hedge = {2025: "3.1", 2024: "-1.9", 2023: "2.4"}
    for y in YEARS:
        put(f"ci.pension.{y}", oci_pension[y])
        put(f"ci.hedge.{y}", oci_hedge[y])
        put(f"ci.oci.{y}", s(f"ci.pension.{y}", f"ci.hedge.{y}"))
        put(f"ci.total.{y}", v[f"is.net_income.{y}"] + v[f"ci.oci.{y}"])
        put(f"eq.oci.{y}", v[f"ci.oci.{y}"])
        put(f"eq.ni.{y}", v[f"is.net_income.{y}"])

    # ------------------------------------------------------------ equity statement, rolled back from Dec 31, 2024
    bal24 = {"shares": D("141.31"), "common": D("4872.4"), "re": D("2186.9"), "aoci": D("-38.7")}
    for c, amount in bal24.items():
        put(f"eq.{c}.2024", amount)
    for y in (2025,):
        put(f"eq.shares.{y}", v[f"eq.shares.{y - 1}"] + v[f"eq.issued_shares.{y}"])
        put(f"eq.common.{y}", v[f"eq.common.{y - 1}"] + v[f"eq.issued.{y}"] + v[f"eq.sbc.{y}"])
        put(f"eq.re.{y}", v[f"eq.re.{y - 1}"] + v[f"eq.ni.{y}"] + v[f"eq.div.{y}"])
        put(f"eq.aoci.{y}", v[f"eq.aoci.{y - 1}"] + v[f"eq.oci.{y}"])
    for y in (2024, 2023):
        put(f"eq.shares.{y - 1}", v[f"eq.shares.{y}"] - v[f"eq.issued_shares.{y}"])
        put(f"eq.common.{y - 1}", v[f"eq.common.{y}"] - v[f"eq.issued.{y}"] - v[f"eq.sbc.{y}"])
        put(f"eq.re.{y - 1}", v[f"eq.re.{y}"] - v[f"eq.ni.{y}"] - v[f"eq.div.{y}"])
        put(f"eq.aoci.{y - 1}", v[f"eq.aoci.{y}"] - v[f"eq.oci.{y}"])
    for y in (2025, 2024, 2023, 2022):
        put(f"eq.total.{y}", s(f"eq.common.{y}", f"eq.re.{y}", f"eq.aoci.{y}"))

    # ------------------------------------------------------------ debt
    for y, idx in ((2025, 2), (2024, 3)):
        for row in DEBT:
            put(f"debt.{row[0]}.{y}", row[idx])
        put(f"debt.face.{y}", s(*[f"debt.{row[0]}.{y}" for row in DEBT]))
    issued = sum((D(r[2]) for r in DEBT if D(r[3]) == 0 and D(r[2]) > 0), D(0))
    retired = sum((D(r[3]) for r in DEBT if D(r[2]) == 0 and D(r[3]) > 0), D(0))
    put("cf.debt_issued.2025", issued)
    put("cf.debt_retired.2025", -retired)
    put("cf.debt_costs.2025", "-8.7")
    put("cf.debt_amort.2025", "7.9")
    put("debt.discount.2024", "-96.4")
    put("debt.discount.2025", v["debt.discount.2024"] + v["cf.debt_costs.2025"] + v["cf.debt_amort.2025"])
    for y in BS_YEARS:
        due = str(y + 1)
        put(f"debt.current.{y}", -sum((v[f"debt.{r[0]}.{y}"] for r in DEBT if r[4] == due), D(0)))
        put(f"debt.lt.{y}", v[f"debt.face.{y}"] + v[f"debt.discount.{y}"] + v[f"debt.current.{y}"])
    for bucket in MATURITY_YEARS:
        put(f"mat.{bucket}", sum((v[f"debt.{r[0]}.2025"] for r in DEBT if r[4] == bucket), D(0)))
    put("mat.total", s(*[f"mat.{b}" for b in MATURITY_YEARS]))
    put("debt.new_fmb", v["debt.fmb35.2025"])
    put("debt.new_hc", v["debt.hc32.2025"])
    put("debt.revolver_cap", "1500.0")
    put("debt.cp_2025", "508.0")
    put("debt.cp_2024", "312.0")
    put("debt.lc", "46.3")
    put("debt.revolver_avail", v["debt.revolver_cap"] - v["debt.cp_2025"] - v["debt.lc"])

    # ------------------------------------------------------------ asset retirement obligations
    aro = {2024: ("286.4", "4.2", "13.6", "-9.8", "7.5"), 2025: (None, "11.8", "14.4", "-17.3", "-5.2")}
    for y in (2024, 2025):
        begin, incurred, accretion, settled, revised = aro[y]
        put(f"aro.begin.{y}", begin if begin else v[f"aro.end.{y - 1}"])
        put(f"aro.incurred.{y}", incurred)
        put(f"aro.accretion.{y}", accretion)
        put(f"aro.settled.{y}", settled)
        put(f"aro.revised.{y}", revised)
        put(f"aro.end.{y}", s(*[f"aro.{k}.{y}" for k in ("begin", "incurred", "accretion", "settled", "revised")]))
    put("aro.elec_share", "88")  # percent of the 2025 ending balance that relates to electric generation

    # ------------------------------------------------------------ regulatory assets and liabilities
    for key, _label, a25, a24 in REG_ASSETS:
        put(f"ra.{key}.2024", a24)
        if a25 is not None:
            put(f"ra.{key}.2025", a25)
    put("ra.aro.2025", v["ra.aro.2024"] + v["aro.accretion.2025"])
    for key, _label, l25, l24 in REG_LIABS:
        put(f"rl.{key}.2025", l25)
        put(f"rl.{key}.2024", l24)
    for i, y in enumerate(BS_YEARS):
        put(f"ra.total.{y}", s(*[f"ra.{r[0]}.{y}" for r in REG_ASSETS]))
        put(f"ra.current.{y}", REG_ASSETS_CURRENT[i])
        put(f"ra.noncurrent.{y}", v[f"ra.total.{y}"] - v[f"ra.current.{y}"])
        put(f"rl.total.{y}", s(*[f"rl.{r[0]}.{y}" for r in REG_LIABS]))
        put(f"rl.current.{y}", REG_LIABS_CURRENT[i])
        put(f"rl.noncurrent.{y}", v[f"rl.total.{y}"] - v[f"rl.current.{y}"])

    # ------------------------------------------------------------ December 31, 2024 balance sheet (given)
    given24 = {
        "plant_elec": "17326.3", "plant_gas": "5108.7", "plant_common": "1284.5", "accum": "-7612.8",
        "cwip": "1126.4", "opi": "214.6", "cash": "48.2", "ar": "412.7", "unbilled": "198.4",
        "fuel_ms": "286.9", "gas_storage": "94.3", "prepay": "71.5", "goodwill": "1042.8",
        "stb": "312.0", "ap": "468.3", "deposits": "62.7", "taxes_acc": "118.5", "int_acc": "84.6",
        "other_cl": "142.9", "dit": "2468.3", "pension": "326.4", "other_credits": "204.6",
    }
    for k, amount in given24.items():
        put(f"bs.{k}.2024", amount)

    # ------------------------------------------------------------ 2025 operating changes (given 2025 balances)
    given25 = {"ar": "438.6", "unbilled": "214.9", "fuel_ms": "301.2", "gas_storage": "82.7", "prepay": "76.8",
               "ap": "497.5", "deposits": "66.1", "taxes_acc": "124.3", "int_acc": "91.2", "other_cl": "151.4",
               "stb": "508.0", "goodwill": "1042.8"}
    for k, amount in given25.items():
        put(f"bs.{k}.2025", amount)

    # utility plant: transfers from CWIP and retirements by class
    transfers = {"elec": D("1398.2"), "gas": D("487.6"), "common": D("96.4")}
    retirements = {"elec": D("164.3"), "gas": D("41.8"), "common": D("28.6")}
    capex25 = v["seg.capex.elec.2025"] + v["seg.capex.gas.2025"] + D("41.2")
    put("seg.capex.other.2025", capex25 - v["seg.capex.elec.2025"] - v["seg.capex.gas.2025"])
    put("seg.capex.other.2024", "41.7")
    put("seg.capex.other.2023", "37.2")
    for y in YEARS:
        put(f"seg.capex.total.{y}", s(*[f"seg.capex.{g}.{y}" for g in SEGMENTS]))
        put(f"cf.capex.{y}", -v[f"seg.capex.total.{y}"])
    for cls, tr in transfers.items():
        put(f"pp.transfers.{cls}", tr)
        put(f"pp.retire.{cls}", retirements[cls])
    put("pp.transfers.total", s(*[f"pp.transfers.{c}" for c in transfers]))
    put("pp.retire.total", s(*[f"pp.retire.{c}" for c in retirements]))
    aro_to_plant = v["aro.incurred.2025"] + v["aro.revised.2025"]
    put("bs.plant_elec.2025", v["bs.plant_elec.2024"] + transfers["elec"] - retirements["elec"] + aro_to_plant)
    put("bs.plant_gas.2025", v["bs.plant_gas.2024"] + transfers["gas"] - retirements["gas"])
    put("bs.plant_common.2025", v["bs.plant_common.2024"] + transfers["common"] - retirements["common"])
    put("bs.accum.2025", v["bs.accum.2024"] - v["is.da.2025"] + v["pp.retire.total"])
    put("bs.cwip.2025", v["bs.cwip.2024"] + v["seg.capex.total.2025"] + v["is.afudc.2025"]
        - v["pp.transfers.total"])
    put("cf.other_inv.2025", "-14.8")
    put("bs.opi.2025", v["bs.opi.2024"] - v["cf.other_inv.2025"])

    # 2025 cash flow statement
    y = 2025
    put(f"cf.ni.{y}", v[f"is.net_income.{y}"])
    put(f"cf.da.{y}", v[f"is.da.{y}"])
    put(f"cf.dit.{y}", "92.6")
    put(f"cf.afudc.{y}", -v[f"is.afudc.{y}"])
    put(f"cf.sbc.{y}", v[f"eq.sbc.{y}"])
    put(f"cf.debt_amort_op.{y}", v["cf.debt_amort.2025"])
    put(f"cf.pension.{y}", "-38.4")
    put(f"cf.aro.{y}", v["aro.settled.2025"])
    put(f"cf.ar.{y}", v["bs.ar.2024"] - v["bs.ar.2025"])
    put(f"cf.unbilled.{y}", v["bs.unbilled.2024"] - v["bs.unbilled.2025"])
    put(f"cf.inv.{y}", s("bs.fuel_ms.2024", "bs.gas_storage.2024") - s("bs.fuel_ms.2025", "bs.gas_storage.2025"))
    put(f"cf.prepay.{y}", v["bs.prepay.2024"] - v["bs.prepay.2025"])
    put(f"cf.fuel_def.{y}", v["ra.fuel.2024"] - v["ra.fuel.2025"])
    put(f"cf.reg_other.{y}", -(v["ra.total.2025"] - v["ra.total.2024"] - (v["ra.fuel.2025"] - v["ra.fuel.2024"])
                               - v["aro.accretion.2025"]) + (v["rl.total.2025"] - v["rl.total.2024"]))
    put(f"cf.ap.{y}", v["bs.ap.2025"] - v["bs.ap.2024"])
    put(f"cf.deposits.{y}", v["bs.deposits.2025"] - v["bs.deposits.2024"])
    put(f"cf.taxes_acc.{y}", v["bs.taxes_acc.2025"] - v["bs.taxes_acc.2024"])
    put(f"cf.int_acc.{y}", v["bs.int_acc.2025"] - v["bs.int_acc.2024"])
    put(f"cf.other_cl.{y}", v["bs.other_cl.2025"] - v["bs.other_cl.2024"])
    put(f"cf.other_op.{y}", "-6.9")
    put(f"cf.stb.{y}", v["bs.stb.2025"] - v["bs.stb.2024"])
    put(f"cf.issued.{y}", v["cf.debt_issued.2025"])
    put(f"cf.retired.{y}", v["cf.debt_retired.2025"])
    put(f"cf.debt_costs_fin.{y}", v["cf.debt_costs.2025"])
    put(f"cf.equity.{y}", v[f"eq.issued.{y}"])
    put(f"cf.dividends.{y}", v[f"eq.div.{y}"])
    # non-cash pairs: pension liability absorbs the pension OCI; other deferred charges absorb the hedge OCI
    put("bs.pension.2025", v["bs.pension.2024"] + v["cf.pension.2025"] - v["ci.pension.2025"])
    # other, net covers the change in other deferred charges (net of the hedge OCI) and other deferred credits
    other_dc_change = D("9.8") - v["ci.hedge.2025"]
    put("bs.other_credits.2025", v["bs.other_credits.2024"] + v["cf.other_op.2025"] + other_dc_change)
    put("bs.dit.2025", v["bs.dit.2024"] + v["cf.dit.2025"])

    # earlier cash flow years (no 2023 balance sheet is presented)
    cf_old = {
        "da": None, "dit": ("84.1", "71.8"), "afudc": None, "sbc": None, "debt_amort_op": ("7.4", "7.0"),
        "pension": ("-41.2", "-36.7"), "aro": None, "ar": ("-18.4", "-9.7"), "unbilled": ("6.2", "-11.3"),
        "inv": ("22.7", "-31.6"), "prepay": ("-3.9", "2.4"), "fuel_def": ("41.6", "-72.8"),
        "reg_other": ("-12.3", "18.9"), "ap": ("-26.8", "34.2"), "deposits": ("2.1", "1.8"),
        "taxes_acc": ("9.4", "-4.6"), "int_acc": ("3.7", "2.9"), "other_cl": ("-5.2", "7.3"),
        "other_op": ("4.6", "-8.1"), "other_inv": ("-11.2", "-9.6"), "stb": ("4.0", "138.0"),
        "issued": ("1350.0", "1200.0"), "retired": ("-400.0", "-350.0"), "debt_costs_fin": ("-7.6", "-5.9"),
    }
    for k, pair in cf_old.items():
        for yr, amount in zip((2024, 2023), pair or (None, None), strict=True):
            if amount is not None:
                put(f"cf.{k}.{yr}", amount)
    for yr in (2024, 2023):
        put(f"cf.ni.{yr}", v[f"is.net_income.{yr}"])
        put(f"cf.da.{yr}", v[f"is.da.{yr}"])
        put(f"cf.afudc.{yr}", -v[f"is.afudc.{yr}"])
        put(f"cf.sbc.{yr}", v[f"eq.sbc.{yr}"])
        put(f"cf.aro.{yr}", v["aro.settled.2024"] if yr == 2024 else D("-8.6"))
        put(f"cf.equity.{yr}", v[f"eq.issued.{yr}"])
        put(f"cf.dividends.{yr}", v[f"eq.div.{yr}"])
    op = ("ni", "da", "dit", "afudc", "sbc", "debt_amort_op", "pension", "aro", "ar", "unbilled", "inv", "prepay",
          "fuel_def", "reg_other", "ap", "deposits", "taxes_acc", "int_acc", "other_cl", "other_op")
    fin = ("stb", "issued", "retired", "debt_costs_fin", "equity", "dividends")
    for yr in YEARS:
        cfo = put(f"cf.cfo.{yr}", s(*[f"cf.{k}.{yr}" for k in op]))
        cfi = put(f"cf.cfi.{yr}", s(f"cf.capex.{yr}", f"cf.other_inv.{yr}"))
        cff = put(f"cf.cff.{yr}", s(*[f"cf.{k}.{yr}" for k in fin]))
        put(f"cf.change.{yr}", cfo + cfi + cff)
    put("cf.end.2024", v["bs.cash.2024"])
    put("cf.begin.2024", v["cf.end.2024"] - v["cf.change.2024"])
    put("cf.end.2023", v["cf.begin.2024"])
    put("cf.begin.2023", v["cf.end.2023"] - v["cf.change.2023"])
    put("cf.begin.2025", v["bs.cash.2024"])
    put("cf.end.2025", v["cf.begin.2025"] + v["cf.change.2025"])
    put("bs.cash.2025", v["cf.end.2025"])
    put("cf.int_paid.2025", "372.8")
    put("cf.tax_paid.2025", "21.4")
    put("cf.accrued_capex.2025", "142.6")

    # ------------------------------------------------------------ balance sheets
    for yr in BS_YEARS:
        put(f"bs.plant_total.{yr}", s(f"bs.plant_elec.{yr}", f"bs.plant_gas.{yr}", f"bs.plant_common.{yr}"))
        put(f"bs.plant_net.{yr}", v[f"bs.plant_total.{yr}"] + v[f"bs.accum.{yr}"])
        put(f"bs.util_net.{yr}", v[f"bs.plant_net.{yr}"] + v[f"bs.cwip.{yr}"])
        put(f"bs.ra_current.{yr}", v[f"ra.current.{yr}"])
        put(f"bs.ra_noncurrent.{yr}", v[f"ra.noncurrent.{yr}"])
        put(f"bs.rl_current.{yr}", v[f"rl.current.{yr}"])
        put(f"bs.rl_noncurrent.{yr}", v[f"rl.noncurrent.{yr}"])
        put(f"bs.ca_total.{yr}", s(*[f"bs.{k}.{yr}" for k in ("cash", "ar", "unbilled", "fuel_ms", "gas_storage",
                                                               "ra_current", "prepay")]))
        put(f"bs.common.{yr}", v[f"eq.common.{yr}"])
        put(f"bs.re.{yr}", v[f"eq.re.{yr}"])
        put(f"bs.aoci.{yr}", v[f"eq.aoci.{yr}"])
        put(f"bs.equity.{yr}", v[f"eq.total.{yr}"])
        put(f"bs.ltd.{yr}", v[f"debt.lt.{yr}"])
        put(f"bs.cap_total.{yr}", v[f"bs.equity.{yr}"] + v[f"bs.ltd.{yr}"])
        put(f"bs.debt_current.{yr}", -v[f"debt.current.{yr}"])
        put(f"bs.cl_total.{yr}", s(*[f"bs.{k}.{yr}" for k in ("debt_current", "stb", "ap", "deposits", "taxes_acc",
                                                               "int_acc", "rl_current", "other_cl")]))
        put(f"bs.aro.{yr}", v[f"aro.end.{yr}"])
        put(f"bs.dc_total.{yr}", s(*[f"bs.{k}.{yr}" for k in ("dit", "rl_noncurrent", "aro", "pension",
                                                               "other_credits")]))
        put(f"bs.le_total.{yr}", s(f"bs.cap_total.{yr}", f"bs.cl_total.{yr}", f"bs.dc_total.{yr}"))
    # other deferred charges at December 31, 2024 balance the given sheet; 2025 follows from the cash flows
    listed24 = s("bs.util_net.2024", "bs.opi.2024", "bs.ca_total.2024", "bs.ra_noncurrent.2024", "bs.goodwill.2024")
    put("bs.other_dc.2024", v["bs.le_total.2024"] - listed24)
    put("bs.other_dc.2025", v["bs.other_dc.2024"] + D("9.8"))
    for yr in BS_YEARS:
        put(f"bs.def_total.{yr}", s(f"bs.ra_noncurrent.{yr}", f"bs.goodwill.{yr}", f"bs.other_dc.{yr}"))
        put(f"bs.assets_total.{yr}", s(f"bs.util_net.{yr}", f"bs.opi.{yr}", f"bs.ca_total.{yr}",
                                       f"bs.def_total.{yr}"))
        put(f"seg.assets.elec.{yr}", SEG_ASSETS["elec"][BS_YEARS.index(yr)])
        put(f"seg.assets.gas.{yr}", SEG_ASSETS["gas"][BS_YEARS.index(yr)])
        put(f"seg.assets.other.{yr}", v[f"bs.assets_total.{yr}"] - s(f"seg.assets.elec.{yr}", f"seg.assets.gas.{yr}"))
        put(f"seg.assets.total.{yr}", v[f"bs.assets_total.{yr}"])
    # a reusable net plant-in-service identity for the utility plant note
    put("pp.depr_rate.elec", "3.1")
    put("pp.depr_rate.gas", "2.8")
    put("pp.depr_rate.common", "5.6")

    # ------------------------------------------------------------ income tax rate reconciliation
    state = {2025: "43.6", 2024: "39.2", 2023: "36.8"}
    edit = {2025: "-41.7", 2024: "-39.8", 2023: "-37.6"}
    ptc = {2025: "-17.4", 2024: "-12.1", 2023: "-9.8"}
    for yr in YEARS:
        pretax = v[f"is.pretax.{yr}"]
        put(f"tax.statutory.{yr}", q(pretax * D("0.21")))
        put(f"tax.state.{yr}", state[yr])
        put(f"tax.edit.{yr}", edit[yr])
        put(f"tax.ptc.{yr}", ptc[yr])
        put(f"tax.afudc.{yr}", -q(v[f"is.afudc.{yr}"] * D("0.21")))
        put(f"tax.other.{yr}", v[f"is.tax.{yr}"] - s(*[f"tax.{k}.{yr}" for k in ("statutory", "state", "edit", "ptc",
                                                                              "afudc")]))
        for k in ("statutory", "state", "edit", "ptc", "afudc", "other"):
            put(f"tax.rate_{k}.{yr}", pct(v[f"tax.{k}.{yr}"], pretax))
        put(f"tax.total.{yr}", v[f"is.tax.{yr}"])

    # ------------------------------------------------------------ operating statistics
    for i, yr in enumerate(YEARS):
        for k, (_label, rev, gwh, cust) in ELEC_CLASSES.items():
            put(f"ops.e_rev.{k}.{yr}", rev[i])
            put(f"ops.e_gwh.{k}.{yr}", gwh[i])
            put(f"ops.e_cust.{k}.{yr}", cust[i])
        put(f"ops.e_rev.retail.{yr}", s(*[f"ops.e_rev.{k}.{yr}" for k in ELEC_CLASSES]))
        put(f"ops.e_gwh.retail.{yr}", s(*[f"ops.e_gwh.{k}.{yr}" for k in ELEC_CLASSES]))
        put(f"ops.e_cust.total.{yr}", s(*[f"ops.e_cust.{k}.{yr}" for k in ELEC_CLASSES]))
        put(f"ops.e_rev.wholesale.{yr}", ELEC_WHOLESALE["rev"][i])
        put(f"ops.e_gwh.wholesale.{yr}", ELEC_WHOLESALE["gwh"][i])
        put(f"ops.e_rev.other.{yr}", v[f"seg.rev.elec.{yr}"] - s(f"ops.e_rev.retail.{yr}",
                                                                 f"ops.e_rev.wholesale.{yr}"))
        put(f"ops.e_rev.total.{yr}", v[f"seg.rev.elec.{yr}"])
        put(f"ops.e_gwh.total.{yr}", s(f"ops.e_gwh.retail.{yr}", f"ops.e_gwh.wholesale.{yr}"))
        put(f"ops.res_kwh.{yr}", q(v[f"ops.e_gwh.res.{yr}"] * 1000000 / v[f"ops.e_cust.res.{yr}"], 0))
        put(f"ops.res_price.{yr}", q(v[f"ops.e_rev.res.{yr}"] / v[f"ops.e_gwh.res.{yr}"] * 100, 2))
        for k, series in WEATHER.items():
            put(f"ops.{k}.{yr}", series[i])
        put(f"ops.hdd_pct.{yr}", pct(v[f"ops.hdd.{yr}"] - v[f"ops.hdd_normal.{yr}"], v[f"ops.hdd_normal.{yr}"]))
        put(f"ops.cdd_pct.{yr}", pct(v[f"ops.cdd.{yr}"] - v[f"ops.cdd_normal.{yr}"], v[f"ops.cdd_normal.{yr}"]))
        for k, (_label, rev, mdth, cust) in GAS_CLASSES.items():
            put(f"ops.g_rev.{k}.{yr}", rev[i])
            put(f"ops.g_mdth.{k}.{yr}", mdth[i])
            put(f"ops.g_cust.{k}.{yr}", cust[i])
        put(f"ops.g_rev.other.{yr}", v[f"seg.rev.gas.{yr}"] - s(*[f"ops.g_rev.{k}.{yr}" for k in GAS_CLASSES]))
        put(f"ops.g_rev.total.{yr}", v[f"seg.rev.gas.{yr}"])
        put(f"ops.g_mdth.total.{yr}", s(*[f"ops.g_mdth.{k}.{yr}" for k in GAS_CLASSES]))
        put(f"ops.g_cust.total.{yr}", s(*[f"ops.g_cust.{k}.{yr}" for k in GAS_CLASSES]))
        put(f"ops.g_hdd.{yr}", GAS_HDD["hdd"][i])
        put(f"ops.g_hdd_normal.{yr}", GAS_HDD["hdd_normal"][i])
        put(f"ops.gas_cost.{yr}", GAS_COST[i])
    for k in list(ELEC_CLASSES) + ["retail", "wholesale", "total"]:
        put(f"ops.e_gwh_pct.{k}", pct(v[f"ops.e_gwh.{k}.2025"] - v[f"ops.e_gwh.{k}.2024"], v[f"ops.e_gwh.{k}.2024"]))
    put("ops.ind_decline", -v["ops.e_gwh_pct.ind"])

    # ------------------------------------------------------------ prose-only figures
    prose = {
        "rc.requested": "164.2", "rc.approved": "118.5", "rc.roe": "9.70", "rc.equity_ratio": "51.5",
        "rc.rate_base": "11842.6", "rc.gas_requested": "48.6", "ops.peak_mw": "5612", "ops.capacity_mw": "6148",
        "ops.trans_miles": "4318", "ops.dist_miles": "38672", "ops.gas_main_miles": "21406", "ops.employees": "4682",
        "ops.union_pct": "52", "plan.capex": "11.4", "mgp.reserve": "58.9", "mgp.sites": "14", "storm.cost": "71.6",
        "pen.contrib": "75.0", "ops.renew_pct": "19",
    }
    for k, amount in prose.items():
        put(k, amount)
    put("mda.rev_chg", v["is.rev_total.2025"] - v["is.rev_total.2024"])
    put("mda.ni_chg", v["is.net_income.2025"] - v["is.net_income.2024"])
    put("mda.eps_chg", v["is.eps_diluted.2025"] - v["is.eps_diluted.2024"])
    put("mda.e_oi_chg", v["seg.oi.elec.2025"] - v["seg.oi.elec.2024"])
    put("mda.gas_rev_drop", v["seg.rev.gas.2024"] - v["seg.rev.gas.2025"])
    put("mda.liquidity", v["bs.cash.2025"] + v["debt.revolver_avail"])
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for y in YEARS:
        t.append((f"IS {y}: revenues foot", v[f"is.rev_total.{y}"], s(f"is.rev_elec.{y}", f"is.rev_gas.{y}",
                                                                       f"is.rev_other.{y}")))
        t.append((f"IS {y}: expenses foot", v[f"is.opex_total.{y}"],
                  s(*[f"is.{k}.{y}" for k in ("fuel", "gas_cost", "om", "da", "taxes_other")])))
        t.append((f"IS {y}: operating income", v[f"is.op_income.{y}"],
                  v[f"is.rev_total.{y}"] - v[f"is.opex_total.{y}"]))
        t.append((f"IS {y}: other income foots", v[f"is.other_total.{y}"],
                  s(f"is.afudc.{y}", f"is.other_inc.{y}", f"is.interest.{y}")))
        t.append((f"IS {y}: pretax", v[f"is.pretax.{y}"], v[f"is.op_income.{y}"] + v[f"is.other_total.{y}"]))
        t.append((f"IS {y}: net income", v[f"is.net_income.{y}"], v[f"is.pretax.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"EPS {y}: basic", v[f"is.eps_basic.{y}"], q(v[f"is.net_income.{y}"] / v[f"is.shares_basic.{y}"], 2)))
        t.append((f"EPS {y}: diluted", v[f"is.eps_diluted.{y}"],
                  q(v[f"is.net_income.{y}"] / v[f"is.shares_diluted.{y}"], 2)))
        t.append((f"EPS {y}: diluted shares", v[f"is.shares_diluted.{y}"], s(f"is.shares_basic.{y}",
                                                                             f"eps.dilutive.{y}")))
        t.append((f"CI {y}: comprehensive income", v[f"ci.total.{y}"], v[f"is.net_income.{y}"] + v[f"ci.oci.{y}"]))
        for line in ("rev", "da", "om", "taxes", "afudc", "other_inc", "interest", "tax", "ni"):
            t.append((f"Segments {y}: {line} total", v[f"seg.{line}.total.{y}"],
                      s(*[f"seg.{line}.{g}.{y}" for g in SEGMENTS])))
        t.append((f"Segments {y}: net income = statement", v[f"seg.ni.total.{y}"], v[f"is.net_income.{y}"]))
        t.append((f"Segments {y}: operating income = statement", v[f"seg.oi.total.{y}"], v[f"is.op_income.{y}"]))
        t.append((f"Segments {y}: capex = cash flow", v[f"seg.capex.total.{y}"], -v[f"cf.capex.{y}"]))
        for g in SEGMENTS:
            t.append((f"Segments {y}: {g} net income", v[f"seg.ni.{g}.{y}"],
                      v[f"seg.rev.{g}.{y}"] - s(*[f"seg.{k}.{g}.{y}" for k in ("energy", "om", "da", "taxes")])
                      + v[f"seg.afudc.{g}.{y}"] + v[f"seg.other_inc.{g}.{y}"] - v[f"seg.interest.{g}.{y}"]
                      - v[f"seg.tax.{g}.{y}"]))
        t.append((f"Tax {y}: reconciliation foots", v[f"is.tax.{y}"],
                  s(*[f"tax.{k}.{y}" for k in ("statutory", "state", "edit", "ptc", "afudc", "other")])))
        t.append((f"Ops {y}: electric revenue by class = segment", v[f"seg.rev.elec.{y}"],
                  s(f"ops.e_rev.retail.{y}", f"ops.e_rev.wholesale.{y}", f"ops.e_rev.other.{y}")))
        t.append((f"Ops {y}: retail revenue foots", v[f"ops.e_rev.retail.{y}"],
                  s(*[f"ops.e_rev.{k}.{y}" for k in ELEC_CLASSES])))
        t.append((f"Ops {y}: retail GWh foot", v[f"ops.e_gwh.retail.{y}"],
                  s(*[f"ops.e_gwh.{k}.{y}" for k in ELEC_CLASSES])))
        t.append((f"Ops {y}: gas revenue by class = segment", v[f"seg.rev.gas.{y}"],
                  s(*[f"ops.g_rev.{k}.{y}" for k in list(GAS_CLASSES) + ["other"]])))
        t.append((f"Ops {y}: gas throughput foots", v[f"ops.g_mdth.total.{y}"],
                  s(*[f"ops.g_mdth.{k}.{y}" for k in GAS_CLASSES])))
        op = ("ni", "da", "dit", "afudc", "sbc", "debt_amort_op", "pension", "aro", "ar", "unbilled", "inv", "prepay",
              "fuel_def", "reg_other", "ap", "deposits", "taxes_acc", "int_acc", "other_cl", "other_op")
        t.append((f"CF {y}: operating foots", v[f"cf.cfo.{y}"], s(*[f"cf.{k}.{y}" for k in op])))
        t.append((f"CF {y}: investing foots", v[f"cf.cfi.{y}"], s(f"cf.capex.{y}", f"cf.other_inv.{y}")))
        t.append((f"CF {y}: financing foots", v[f"cf.cff.{y}"],
                  s(*[f"cf.{k}.{y}" for k in ("stb", "issued", "retired", "debt_costs_fin", "equity", "dividends")])))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"],
                  s(f"cf.begin.{y}", f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}")))
        t.append((f"CF {y}: net income = statement", v[f"cf.ni.{y}"], v[f"is.net_income.{y}"]))
        t.append((f"CF {y}: D&A = statement", v[f"cf.da.{y}"], v[f"is.da.{y}"]))
        t.append((f"CF {y}: AFUDC equity = statement", -v[f"cf.afudc.{y}"], v[f"is.afudc.{y}"]))
        t.append((f"CF {y}: dividends = equity statement", v[f"cf.dividends.{y}"], v[f"eq.div.{y}"]))
        t.append((f"CF {y}: stock issued = equity statement", v[f"cf.equity.{y}"], v[f"eq.issued.{y}"]))
        t.append((f"Equity {y}: total roll", v[f"eq.total.{y}"], v[f"eq.total.{y - 1}"] + s(
            f"eq.ni.{y}", f"eq.oci.{y}", f"eq.div.{y}", f"eq.issued.{y}", f"eq.sbc.{y}")))
        t.append((f"Equity {y}: shares roll", v[f"eq.shares.{y}"],
                  v[f"eq.shares.{y - 1}"] + v[f"eq.issued_shares.{y}"]))
        t.append((f"Equity {y}: columns foot", v[f"eq.total.{y}"], s(f"eq.common.{y}", f"eq.re.{y}", f"eq.aoci.{y}")))
        t.append((f"Equity {y}: net income = statement", v[f"eq.ni.{y}"], v[f"is.net_income.{y}"]))
        t.append((f"Equity {y}: OCI = statement", v[f"eq.oci.{y}"], v[f"ci.oci.{y}"]))
    t.append(("CF: 2023 end = 2024 begin", v["cf.end.2023"], v["cf.begin.2024"]))
    t.append(("CF: 2024 end = 2025 begin", v["cf.end.2024"], v["cf.begin.2025"]))
    for y in BS_YEARS:
        t.append((f"BS {y}: assets = capitalization and liabilities", v[f"bs.assets_total.{y}"], v[f"bs.le_total.{y}"]))
        t.append((f"BS {y}: net plant foots", v[f"bs.util_net.{y}"],
                  s(f"bs.plant_elec.{y}", f"bs.plant_gas.{y}", f"bs.plant_common.{y}",
                    f"bs.accum.{y}", f"bs.cwip.{y}")))
        t.append((f"BS {y}: current assets foot", v[f"bs.ca_total.{y}"],
                  s(*[f"bs.{k}.{y}" for k in ("cash", "ar", "unbilled", "fuel_ms", "gas_storage", "ra_current",
                                              "prepay")])))
        t.append((f"BS {y}: current liabilities foot", v[f"bs.cl_total.{y}"],
                  s(*[f"bs.{k}.{y}" for k in ("debt_current", "stb", "ap", "deposits", "taxes_acc", "int_acc",
                                              "rl_current", "other_cl")])))
        t.append((f"BS {y}: equity = equity statement", v[f"bs.equity.{y}"], v[f"eq.total.{y}"]))
        t.append((f"BS {y}: cash = cash flow end", v[f"bs.cash.{y}"], v[f"cf.end.{y}"]))
        t.append((f"BS {y}: long-term debt = debt note", v[f"bs.ltd.{y}"], v[f"debt.lt.{y}"]))
        t.append((f"Debt {y}: face foots", v[f"debt.face.{y}"], s(*[f"debt.{r[0]}.{y}" for r in DEBT])))
        t.append((f"Debt {y}: net = face + discount - current", v[f"debt.lt.{y}"],
                  v[f"debt.face.{y}"] + v[f"debt.discount.{y}"] + v[f"debt.current.{y}"]))
        t.append((f"Reg {y}: assets = BS current + noncurrent", v[f"ra.total.{y}"],
                  s(f"bs.ra_current.{y}", f"bs.ra_noncurrent.{y}")))
        t.append((f"Reg {y}: liabilities = BS current + noncurrent", v[f"rl.total.{y}"],
                  s(f"bs.rl_current.{y}", f"bs.rl_noncurrent.{y}")))
        t.append((f"ARO {y}: roll-forward", v[f"aro.end.{y}"],
                  s(*[f"aro.{k}.{y}" for k in ("begin", "incurred", "accretion", "settled", "revised")])))
        t.append((f"ARO {y}: BS = roll-forward", v[f"bs.aro.{y}"], v[f"aro.end.{y}"]))
        t.append((f"Segments {y}: assets = BS", v[f"seg.assets.total.{y}"],
                  s(*[f"seg.assets.{g}.{y}" for g in SEGMENTS])))
    t.append(("ARO: 2025 begin = 2024 end", v["aro.begin.2025"], v["aro.end.2024"]))
    t.append(("Debt: maturities = face", v["mat.total"], v["debt.face.2025"]))
    t.append(("Debt: face change = issued - retired", v["debt.face.2025"] - v["debt.face.2024"],
              v["cf.issued.2025"] + v["cf.retired.2025"]))
    t.append(("Debt: 2024 current = 2025 retirements", v["bs.debt_current.2024"], -v["cf.retired.2025"]))
    t.append(("Debt: 2025 current = 2026 maturities", v["bs.debt_current.2025"], v["mat.2026"]))
    t.append(("Debt: discount roll", v["debt.discount.2025"],
              v["debt.discount.2024"] + v["cf.debt_costs_fin.2025"] + v["cf.debt_amort_op.2025"]))
    t.append(("BS: short-term borrowings change = cash flow", v["bs.stb.2025"] - v["bs.stb.2024"], v["cf.stb.2025"]))
    t.append(("BS: receivables change = cash flow", v["bs.ar.2024"] - v["bs.ar.2025"], v["cf.ar.2025"]))
    t.append(("BS: inventories change = cash flow", s("bs.fuel_ms.2024", "bs.gas_storage.2024")
              - s("bs.fuel_ms.2025", "bs.gas_storage.2025"), v["cf.inv.2025"]))
    t.append(("BS: payables change = cash flow", v["bs.ap.2025"] - v["bs.ap.2024"], v["cf.ap.2025"]))
    t.append(("BS: deferred taxes change = cash flow", v["bs.dit.2025"] - v["bs.dit.2024"], v["cf.dit.2025"]))
    t.append(("BS: deferred fuel change = cash flow", v["ra.fuel.2024"] - v["ra.fuel.2025"], v["cf.fuel_def.2025"]))
    t.append(("Plant: accumulated depreciation roll", v["bs.accum.2025"],
              v["bs.accum.2024"] - v["is.da.2025"] + v["pp.retire.total"]))
    t.append(("Plant: CWIP roll", v["bs.cwip.2025"],
              v["bs.cwip.2024"] - v["cf.capex.2025"] + v["is.afudc.2025"] - v["pp.transfers.total"]))
    t.append(("Reg: ARO regulatory asset grows by accretion", v["ra.aro.2025"] - v["ra.aro.2024"],
              v["aro.accretion.2025"]))
    t.append(("Ops: electric sales total", v["ops.e_gwh.total.2025"], s("ops.e_gwh.retail.2025",
                                                                         "ops.e_gwh.wholesale.2025")))
    t.append(("Revolver: availability", v["debt.revolver_avail"],
              v["debt.revolver_cap"] - v["debt.cp_2025"] - v["debt.lc"]))
    t.append(("Revolver: commercial paper = BS short-term borrowings", v["debt.cp_2025"], v["bs.stb.2025"]))
    return t
