"""Invented figures for Quillmere Energy Group, Inc., Form 10-K for the fiscal year ended December 31, 2025.

Amounts are $ millions with one decimal unless the key says otherwise; shares in millions (one decimal), per-share
amounts in $, sales volumes in GWh and Bcf, customers as counts, degree days as counts. The December 31, 2024
balance sheet is given (common stock balances it, and its cash comes from the 2023 and 2024 cash flow statements);
the December 31, 2025 balance sheet is derived from it through the 2025 cash flow statement and the utility plant,
non-utility property, regulatory asset, asset retirement obligation, pension, debt and equity roll-forwards, so the
statements tie by construction and ties() re-proves every identity.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
BS_YEARS = (2025, 2024)
SEGMENTS = {"electric": "Electric Utility", "gas": "Gas Utility", "services": "Energy Services",
            "corp": "Corporate and Other"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 1) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- income statement inputs (2025, 2024, 2023)
REVENUE = {"electric": ("4286.4", "4102.7", "3958.1"), "gas": ("1318.6", "1247.9", "1402.3"),
           "services": ("212.8", "186.4", "171.5")}
OPEX = {"fuel": ("1402.6", "1368.9", "1395.4"), "gas_cost": ("548.2", "512.7", "661.8"),
        "svc_cost": ("151.4", "133.0", "124.6"), "om": ("1226.8", "1184.3", "1152.0"),
        "da": (None, "812.4", "771.9"), "otax": ("386.2", "371.5", "359.8"),
        "impair": ("64.2", "0", "27.5")}
OPEX_ORDER = ("fuel", "gas_cost", "svc_cost", "om", "da", "otax", "impair")
AFUDC = ("48.6", "41.2", "36.9")
OTHER_INC = ("61.3", "19.4", "14.8")
INTEREST = ("476.8", "442.3", "401.6")
TAX = ("113.5", "104.7", "89.2")
SHARES_BASIC = ("168.4", "165.8", "162.9")
SHARES_DILUTED = ("169.1", "166.4", "163.5")
DPS = ("2.78", "2.66", "2.54")
DIVIDENDS = ("467.2", "440.1", "412.3")
OCI_PENSION = ("6.8", "-3.4", "4.1")
OCI_HEDGE = ("-2.2", "1.5", "-0.9")

# non-GAAP operating earnings adjustments (pre-tax) and their tax effect
ADJ = {"impair": ("64.2", "0", "27.5"), "gain": ("-38.4", "0", "0"), "severance": ("0", "18.6", "0")}
ADJ_TAX = ("-6.5", "-4.7", "-7.0")

# ---------------------------------------------------------------- MD&A operating statistics
GWH = {"res": (14286, 13902, 14511), "com": (12874, 12651, 12488), "ind": (9412, 9286, 9604),
       "oth": (486, 479, 472), "whl": (3218, 2946, 3502)}
ELEC_REV = {"res": ("1962.4", "1868.2", "1821.5"), "com": ("1318.7", "1264.1", "1231.6"),
            "ind": ("612.5", "598.6", "601.8"), "oth": ("64.8", "61.9", "59.6"), "whl": ("158.3", "146.2", "132.4")}
ELEC_CUST = {"res": (1248612, 1236904, 1224318), "com": (162408, 160812, 159206), "ind": (2914, 2936, 2951),
             "oth": (6218, 6174, 6102)}
BCF = {"res": ("58.4", "52.1", "61.9"), "com": ("31.2", "28.6", "33.0"), "ind": ("12.8", "12.1", "13.4"),
       "trn": ("74.6", "71.8", "70.2")}
GAS_REV = {"res": ("842.6", "796.3", "898.4"), "com": ("318.4", "301.2", "342.6"), "ind": ("64.2", "61.5", "70.8"),
           "trn": ("52.8", "50.1", "48.7")}
GAS_CUST = {"res": (612306, 604918, 598412), "com": (54218, 53806, 53412), "ind": (1806, 1812, 1824)}
HDD = {"actual": (5412, 4886, 5608), "normal": (5286, 5301, 5318)}
CDD = {"actual": (1148, 1312, 982), "normal": (1096, 1088, 1081)}

# year-end rate base ($ millions): 2025, 2024; authorized ROE and equity ratio as printed text
RATE_BASE = [
    ("elec_v", "Electric \u2014 Vessary retail", "11846.2", "11104.6", "9.70%", "51.0%"),
    ("elec_o", "Electric \u2014 Ondria retail", "2412.8", "2286.4", "9.45%", "50.0%"),
    ("elec_f", "Electric \u2014 FERC transmission*", "1986.3", "1802.7", "10.50%", "52.5%"),
    ("gas_v", "Gas \u2014 Vessary distribution", "3518.4", "3284.9", "9.55%", "51.0%"),
]

# capital expenditures: actual 2025 and plan 2026-2028 by category ("reg_other" actual is the plug)
CAPEX_CATS = {"dist": "Electric distribution and grid modernization", "trans": "Electric transmission",
              "gen": "Generation and renewable resources", "gasd": "Gas distribution and pipeline safety",
              "reg_other": "Technology, facilities and other", "svc": "Energy Services (non-regulated)"}
CAPEX_ACTUAL = {"dist": "986.4", "trans": "412.8", "gen": "524.6", "gasd": "386.2"}
CAPEX_PLAN = {"dist": ("1062.0", "1118.5", "1146.0"), "trans": ("468.5", "512.0", "538.5"),
              "gen": ("612.0", "704.5", "586.0"), "gasd": ("402.5", "418.0", "431.5"),
              "reg_other": ("184.0", "176.5", "171.0"), "svc": ("38.0", "36.5", "35.0")}

# ---------------------------------------------------------------- long-term debt by series
# key, issuer group, label, principal 2025, principal 2024
DEBT = [
    ("e25", "elec", "First mortgage bonds, 3.10% Series due 2025", "0", "400.0"),
    ("e26", "elec", "First mortgage bonds, 2.85% Series due 2026", "500.0", "500.0"),
    ("e28", "elec", "First mortgage bonds, 3.45% Series due 2028", "600.0", "600.0"),
    ("e30", "elec", "First mortgage bonds, 4.20% Series due 2030", "550.0", "550.0"),
    ("e31", "elec", "First mortgage bonds, 2.40% Series due 2031", "500.0", "500.0"),
    ("e33", "elec", "First mortgage bonds, 5.35% Series due 2033", "700.0", "700.0"),
    ("e41", "elec", "First mortgage bonds, 4.65% Series due 2041", "400.0", "400.0"),
    ("e47", "elec", "First mortgage bonds, 3.90% Series due 2047", "600.0", "600.0"),
    ("e49", "elec", "First mortgage bonds, 4.10% Series due 2049", "650.0", "650.0"),
    ("e53", "elec", "First mortgage bonds, 5.60% Series due 2053", "750.0", "750.0"),
    ("e55", "elec", "First mortgage bonds, 5.25% Series due 2055", "800.0", "0"),
    ("epc", "elec", "Pollution control revenue bonds, 1.80%, due 2035", "135.0", "135.0"),
    ("g25", "gas", "Senior notes, 2.60%, due 2025", "0", "250.0"),
    ("g27", "gas", "Senior notes, 3.30%, due 2027", "350.0", "350.0"),
    ("g34", "gas", "Senior notes, 4.95%, due 2034", "400.0", "400.0"),
    ("g35", "gas", "Senior notes, 5.10%, due 2035", "300.0", "0"),
    ("g54", "gas", "Senior notes, 5.40%, due 2054", "450.0", "450.0"),
    ("h27", "hold", "Senior notes, 2.95%, due 2027", "600.0", "600.0"),
    ("h29", "hold", "Senior notes, 5.05%, due 2029", "650.0", "0"),
    ("h55", "hold", "Junior subordinated notes, 6.375%, due 2055", "500.0", "500.0"),
    ("htl", "hold", "Term loan, floating rate, due 2026", "300.0", "300.0"),
]
DEBT_GROUPS = {"elec": "Quillmere Electric Company", "gas": "Quillmere Natural Gas Company",
               "hold": "Quillmere Energy Group, Inc. (holding company)"}
MATURITY_YEAR = {"e26": 2026, "e28": 2028, "e30": 2030, "e31": 2031, "e33": 2033, "e41": 2041, "e47": 2047,
                 "e49": 2049, "e53": 2053, "e55": 2055, "epc": 2035, "g27": 2027, "g34": 2034, "g35": 2035, "g54": 2054,
                 "h27": 2027, "h29": 2029, "h55": 2055, "htl": 2026}

# ---------------------------------------------------------------- property by function (gross, accumulated)
FUNCTIONS = {"gen": "Electric \u2014 generation", "trans": "Electric \u2014 transmission",
             "dist": "Electric \u2014 distribution", "gasd": "Gas \u2014 distribution",
             "gast": "Gas \u2014 transmission and storage", "common": "Common, general and intangible"}
PLANT_2024 = {"gen": ("8412.6", "3286.4"), "trans": ("4186.3", "1042.8"), "dist": ("9874.2", "2934.6"),
              "gasd": ("4328.7", "1216.3"), "gast": ("1062.4", "388.1"), "common": ("1518.9", "612.4")}
PLANT_2025 = {"gen": ("8736.8", "3418.2"), "trans": ("4498.6", "1104.5"), "dist": ("10712.4", "3166.8"),
              "gasd": ("4702.5", "1291.7"), "gast": ("1118.3", "404.6")}

# ---------------------------------------------------------------- segments (electric, gas, services; corp = plug)
SEG_DA = {"electric": ("668.4", "634.2", "603.5"), "gas": ("170.1", "160.3", "152.6"),
          "services": ("18.3", "15.1", "13.2")}
SEG_OI = {"electric": ("946.2", "912.8", "838.4"), "gas": ("224.6", "238.1", "201.7"),
          "services": ("24.8", "21.6", "19.3")}
SEG_INT = {"electric": ("298.4", "281.6", "262.3"), "gas": ("64.2", "60.7", "55.1"),
           "services": ("4.6", "4.1", "3.8")}
SEG_NI = {"electric": ("612.8", "584.2", "528.6"), "gas": ("118.4", "129.6", "104.8"),
          "services": ("41.6", "16.2", "14.1")}
SEG_CAPEX = {"electric": ("1998.2", "1811.4", "1702.6"), "gas": ("470.6", "428.5", "396.2"),
             "services": ("41.7", "36.8", "29.4")}
SEG_ASSETS = {"electric": ("19946.2", "18988.7"), "gas": ("5362.4", "5046.8"), "services": ("412.6", "438.9")}

TAX_COMPONENTS = {"cur_fed": ("14.8", "9.6", "6.4"), "cur_state": ("12.4", "10.2", "8.9"),
                  "def_state": ("21.9", "18.6", "16.2")}
TAX_RECON = {"state": ("29.5", "27.8", "24.9"), "edit": (None, "-52.1", "-49.6"), "afudc": (None, None, None),
             "ptc": ("-14.8", "-11.6", "-9.4")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ utility plant roll (2025)
    put("plant.util_depr.2025", "842.5")
    put("plant.nonutil_depr.2025", "18.3")
    put("plant.capex.2025", "2486.3")  # cash utility capital expenditures
    put("plant.in_service", "2412.8")
    put("plant.retired", "186.4")
    put("plant.removal", "96.2")
    put("cwip.2024", "1186.4")
    for f, (g, a) in PLANT_2024.items():
        put(f"plant.gross.{f}.2024", g)
        put(f"plant.accum.{f}.2024", a)
    put("plant.gross.total.2024", s(*[f"plant.gross.{f}.2024" for f in FUNCTIONS]))
    put("plant.accum.total.2024", s(*[f"plant.accum.{f}.2024" for f in FUNCTIONS]))
    put("plant.gross.total.2025", v["plant.gross.total.2024"] + v["plant.in_service"] - v["plant.retired"])
    put("plant.accum.total.2025", v["plant.accum.total.2024"] + v["plant.util_depr.2025"] - v["plant.retired"]
        - v["plant.removal"])
    for f, (g, a) in PLANT_2025.items():
        put(f"plant.gross.{f}.2025", g)
        put(f"plant.accum.{f}.2025", a)
    put("plant.gross.common.2025", v["plant.gross.total.2025"] - s(*[f"plant.gross.{f}.2025" for f in PLANT_2025]))
    put("plant.accum.common.2025", v["plant.accum.total.2025"] - s(*[f"plant.accum.{f}.2025" for f in PLANT_2025]))
    for y in BS_YEARS:
        for f in list(FUNCTIONS) + ["total"]:
            put(f"plant.net.{f}.{y}", v[f"plant.gross.{f}.{y}"] - v[f"plant.accum.{f}.{y}"])
    put("plant.afudc.2025", AFUDC[0])
    put("cwip.2025", v["cwip.2024"] + v["plant.capex.2025"] + v["plant.afudc.2025"] - v["plant.in_service"])
    put("plant.depr_rate", pct(v["plant.util_depr.2025"], (v["plant.gross.total.2024"] + v["plant.gross.total.2025"])
                               / 2, 2))
    # non-utility property
    put("nonutil.2024", "312.6")
    put("nonutil.capex.2025", "41.7")
    put("sale.carrying", "52.6")
    put("sale.gain", "38.4")
    put("sale.proceeds", v["sale.carrying"] + v["sale.gain"])
    put("nonutil.2025", v["nonutil.2024"] + v["nonutil.capex.2025"] - v["plant.nonutil_depr.2025"]
        - v["sale.carrying"])

    # ------------------------------------------------------------ income statement
    for i, y in enumerate(YEARS):
        for k, amounts in REVENUE.items():
            put(f"is.rev_{k}.{y}", amounts[i])
        put(f"is.rev.{y}", s(*[f"is.rev_{k}.{y}" for k in REVENUE]))
        for k, amounts in OPEX.items():
            if amounts[i] is not None:
                put(f"is.{k}.{y}", amounts[i])
        if y == 2025:
            put("is.da.2025", v["plant.util_depr.2025"] + v["plant.nonutil_depr.2025"])
        put(f"is.opex.{y}", s(*[f"is.{k}.{y}" for k in OPEX_ORDER]))
        oi = put(f"is.op_income.{y}", v[f"is.rev.{y}"] - v[f"is.opex.{y}"])
        put(f"is.afudc.{y}", AFUDC[i])
        put(f"is.other_inc.{y}", OTHER_INC[i])
        put(f"is.interest.{y}", D(INTEREST[i]))
        put(f"is.interest_neg.{y}", -D(INTEREST[i]))
        put(f"is.other_total.{y}", v[f"is.afudc.{y}"] + v[f"is.other_inc.{y}"] - v[f"is.interest.{y}"])
        pretax = put(f"is.pretax.{y}", oi + v[f"is.other_total.{y}"])
        tax = put(f"is.tax.{y}", TAX[i])
        ni = put(f"is.ni.{y}", pretax - tax)
        put(f"is.shares_basic.{y}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{y}", SHARES_DILUTED[i])
        put(f"eps.dilutive.{y}", v[f"is.shares_diluted.{y}"] - v[f"is.shares_basic.{y}"])
        put(f"is.eps_basic.{y}", q(ni / v[f"is.shares_basic.{y}"], 2))
        put(f"is.eps_diluted.{y}", q(ni / v[f"is.shares_diluted.{y}"], 2))
        put(f"is.dps.{y}", DPS[i])
        put(f"tax.rate.{y}", pct(tax, pretax))
        put(f"ci.pension.{y}", OCI_PENSION[i])
        put(f"ci.hedge.{y}", OCI_HEDGE[i])
        put(f"ci.oci.{y}", v[f"ci.pension.{y}"] + v[f"ci.hedge.{y}"])
        put(f"ci.total.{y}", ni + v[f"ci.oci.{y}"])
        # operating earnings (non-GAAP)
        for k, amounts in ADJ.items():
            put(f"op.{k}.{y}", amounts[i])
        put(f"op.tax.{y}", ADJ_TAX[i])
        op = put(f"op.earnings.{y}", ni + s(*[f"op.{k}.{y}" for k in ADJ]) + v[f"op.tax.{y}"])
        put(f"op.eps.{y}", q(op / v[f"is.shares_diluted.{y}"], 2))
        put(f"op.eps_adj.{y}", v[f"op.eps.{y}"] - v[f"is.eps_diluted.{y}"])
        put(f"mda.opmargin.{y}", pct(oi, v[f"is.rev.{y}"]))
    put("mda.rev_chg", v["is.rev.2025"] - v["is.rev.2024"])
    put("mda.op_eps_chg", pct(v["op.eps.2025"] - v["op.eps.2024"], v["op.eps.2024"]))
    put("mda.guide_low", "4.38")
    put("mda.guide_high", "4.52")
    put("mda.eps_growth_low", "5")
    put("mda.eps_growth_high", "7")

    # ------------------------------------------------------------ operating statistics
    for i, y in enumerate(YEARS):
        for k, amounts in GWH.items():
            put(f"gwh.{k}.{y}", amounts[i])
            put(f"erev.{k}.{y}", ELEC_REV[k][i])
        put(f"gwh.retail.{y}", s(*[f"gwh.{k}.{y}" for k in ("res", "com", "ind", "oth")]))
        put(f"gwh.total.{y}", v[f"gwh.retail.{y}"] + v[f"gwh.whl.{y}"])
        put(f"erev.retail.{y}", s(*[f"erev.{k}.{y}" for k in ("res", "com", "ind", "oth")]))
        put(f"erev.other.{y}", v[f"is.rev_electric.{y}"] - v[f"erev.retail.{y}"] - v[f"erev.whl.{y}"])
        put(f"erev.total.{y}", v[f"is.rev_electric.{y}"])
        put(f"cents.res.{y}", q(v[f"erev.res.{y}"] / v[f"gwh.res.{y}"] * 100, 2))
        put(f"cents.retail.{y}", q(v[f"erev.retail.{y}"] / v[f"gwh.retail.{y}"] * 100, 2))
        for k, amounts in ELEC_CUST.items():
            put(f"ecust.{k}.{y}", amounts[i])
        put(f"ecust.total.{y}", s(*[f"ecust.{k}.{y}" for k in ELEC_CUST]))
        for k, amounts in BCF.items():
            put(f"bcf.{k}.{y}", amounts[i])
            put(f"grev.{k}.{y}", GAS_REV[k][i])
        put(f"bcf.total.{y}", s(*[f"bcf.{k}.{y}" for k in BCF]))
        put(f"grev.other.{y}", v[f"is.rev_gas.{y}"] - s(*[f"grev.{k}.{y}" for k in GAS_REV]))
        put(f"grev.total.{y}", v[f"is.rev_gas.{y}"])
        for k, amounts in GAS_CUST.items():
            put(f"gcust.{k}.{y}", amounts[i])
        put(f"gcust.total.{y}", s(*[f"gcust.{k}.{y}" for k in GAS_CUST]))
        for k in ("actual", "normal"):
            put(f"hdd.{k}.{y}", HDD[k][i])
            put(f"cdd.{k}.{y}", CDD[k][i])
    put("mda.gwh_retail_chg", pct(v["gwh.retail.2025"] - v["gwh.retail.2024"], v["gwh.retail.2024"]))
    put("mda.hdd_chg", pct(v["hdd.actual.2025"] - v["hdd.actual.2024"], v["hdd.actual.2024"]))

    # rate base
    for key, _label, r25, r24, _roe, _eq in RATE_BASE:
        put(f"rb.{key}.2025", r25)
        put(f"rb.{key}.2024", r24)
    for y in BS_YEARS:
        put(f"rb.total.{y}", s(*[f"rb.{r[0]}.{y}" for r in RATE_BASE]))
    put("rb.growth", pct(v["rb.total.2025"] - v["rb.total.2024"], v["rb.total.2024"]))
    put("rate.increase", "186.5")
    put("rate.request", "248.0")
    put("rate.ondria_increase", "22.4")

    # capital expenditure program
    for k, amount in CAPEX_ACTUAL.items():
        put(f"capex.{k}.2025", amount)
    put("capex.reg_other.2025", v["plant.capex.2025"] - s(*[f"capex.{k}.2025" for k in CAPEX_ACTUAL]))
    put("capex.svc.2025", v["nonutil.capex.2025"])
    for k, plan in CAPEX_PLAN.items():
        for y, amount in zip((2026, 2027, 2028), plan, strict=True):
            put(f"capex.{k}.{y}", amount)
        put(f"capex.{k}.plan", s(*[f"capex.{k}.{y}" for y in (2026, 2027, 2028)]))
    for y in (2025, 2026, 2027, 2028, "plan"):
        put(f"capex.total.{y}", s(*[f"capex.{k}.{y}" for k in CAPEX_CATS]))

    # ------------------------------------------------------------ long-term debt
    for key, _g, _label, p25, p24 in DEBT:
        put(f"debt.{key}.2025", p25)
        put(f"debt.{key}.2024", p24)
    for y in BS_YEARS:
        for g in DEBT_GROUPS:
            put(f"debt.{g}.{y}", s(*[f"debt.{d[0]}.{y}" for d in DEBT if d[1] == g]))
        put(f"debt.principal.{y}", s(*[f"debt.{g}.{y}" for g in DEBT_GROUPS]))
    put("debt.current.2025", s(*[f"debt.{k}.2025" for k, yr in MATURITY_YEAR.items() if yr == 2026]))
    put("debt.current.2024", s("debt.e25.2024", "debt.g25.2024"))
    put("debt.issued.2025", s(*[f"debt.{d[0]}.2025" for d in DEBT if D(d[4]) == 0]))
    put("debt.retired.2025", s(*[f"debt.{d[0]}.2024" for d in DEBT if D(d[3]) == 0]))
    put("debt.costs.2024", "-78.4")
    put("debt.new_costs.2025", "14.2")
    put("debt.amort.2025", "9.6")
    put("debt.costs.2025", v["debt.costs.2024"] - v["debt.new_costs.2025"] + v["debt.amort.2025"])
    for y in BS_YEARS:
        put(f"debt.less_current.{y}", -v[f"debt.current.{y}"])
        put(f"debt.ltd.{y}", v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"] - v[f"debt.current.{y}"])
    for yr in (2026, 2027, 2028, 2029, 2030):
        put(f"mat.{yr}", s(*[f"debt.{k}.2025" for k, y in MATURITY_YEAR.items() if y == yr]))
    put("mat.after", v["debt.principal.2025"] - s(*[f"mat.{yr}" for yr in (2026, 2027, 2028, 2029, 2030)]))
    put("mat.total", v["debt.principal.2025"])

    # ------------------------------------------------------------ asset retirement obligations
    aro = {2024: ("462.7", "8.4", "23.1", "6.3", "-14.3"), 2025: (None, "12.6", "24.3", "-18.9", "-17.8")}
    for y in (2024, 2025):
        begin, inc, acc, rev, settled = aro[y]
        put(f"aro.begin.{y}", begin if begin is not None else v["aro.end.2024"])
        put(f"aro.incurred.{y}", inc)
        put(f"aro.accretion.{y}", acc)
        put(f"aro.revisions.{y}", rev)
        put(f"aro.settled.{y}", settled)
        put(f"aro.end.{y}", s(*[f"aro.{k}.{y}" for k in ("begin", "incurred", "accretion", "revisions", "settled")]))
    put("aro.noncash.2025", s("aro.incurred.2025", "aro.accretion.2025", "aro.revisions.2025"))

    # ------------------------------------------------------------ pension (qualified plan) and OPEB
    pbo = {2024: ("2864.2", "42.6", "138.4", "-96.2", "-176.3"), 2025: (None, "41.3", "145.6", "38.4", "-181.2")}
    assets = {2024: ("2541.3", "168.4", "25.0"), 2025: (None, "214.7", "50.0")}
    for y in (2024, 2025):
        begin, svc, intc, act, paid = pbo[y]
        put(f"pen.pbo_begin.{y}", begin if begin is not None else v["pen.pbo_end.2024"])
        put(f"pen.service.{y}", svc)
        put(f"pen.interest.{y}", intc)
        put(f"pen.actuarial.{y}", act)
        put(f"pen.paid.{y}", paid)
        put(f"pen.pbo_end.{y}", s(*[f"pen.{k}.{y}" for k in ("pbo_begin", "service", "interest", "actuarial",
                                                             "paid")]))
        abegin, ret, contrib = assets[y]
        put(f"pen.fv_begin.{y}", abegin if abegin is not None else v["pen.fv_end.2024"])
        put(f"pen.return.{y}", ret)
        put(f"pen.contrib.{y}", contrib)
        put(f"pen.paid_a.{y}", v[f"pen.paid.{y}"])
        put(f"pen.fv_end.{y}", s(*[f"pen.{k}.{y}" for k in ("fv_begin", "return", "contrib", "paid_a")]))
        put(f"pen.funded.{y}", v[f"pen.fv_end.{y}"] - v[f"pen.pbo_end.{y}"])
    put("pen.opeb.2024", "98.5")
    put("pen.opeb.2025", "92.1")
    for y in BS_YEARS:
        put(f"pen.liability.{y}", -v[f"pen.funded.{y}"] + v[f"pen.opeb.{y}"])
    put("pen.abo", "2642.0")
    put("pen.discount.2025", "5.45")
    put("pen.discount.2024", "5.60")
    put("pen.eroa", "7.00")
    put("pen.contrib_2026", "40.0")

    # ------------------------------------------------------------ balance sheet, December 31, 2024 (given)
    bs24 = {"ar": "486.3", "unbilled": "238.7", "fuel": "344.2", "gas_storage": "96.8", "ra_cur": "142.5",
            "prepay": "88.4", "ra_nc": "1986.4", "goodwill": "612.3", "other_def": "248.9", "cp": "412.0",
            "ap": "598.4", "deposits": "84.6", "acc_tax": "128.9", "acc_int": "104.2", "rl_cur": "96.3",
            "other_cl": "186.5", "dit": "2904.6", "rl_nc": "2418.7", "other_dc": "228.4", "re": "3284.6",
            "aoci": "-41.8"}
    for k, amount in bs24.items():
        put(f"bs.{k}.2024", amount)
    bs25 = {"ar": "512.8", "unbilled": "251.6", "fuel": "362.9", "gas_storage": "88.1", "ra_cur": "118.6",
            "prepay": "92.7", "ra_nc": "2011.0", "other_def": "262.4", "cp": "576.5", "ap": "634.1",
            "deposits": "86.9", "acc_tax": "134.2", "acc_int": "112.6", "rl_cur": "88.1", "other_cl": "194.8",
            "dit": "2990.9", "rl_nc": "2455.2", "other_dc": "236.7"}
    for k, amount in bs25.items():
        put(f"bs.{k}.2025", amount)
    put("bs.goodwill.2025", v["bs.goodwill.2024"])

    # ------------------------------------------------------------ cash flows 2023 and 2024 (given) and 2025
    cf_given = {
        2024: {"da": None, "deferred": None, "afudc": None, "debt_amort": "8.8", "sbc": "19.6", "gain": "0",
               "impair": "0", "pension": "-21.4", "aro_settled": "-14.3", "reg": "-118.6", "ar": "-18.4",
               "unbilled": "9.2", "fuel": "-22.6", "gas_storage": "14.1", "prepay": "-3.8", "ap": "41.2",
               "accrued": "11.6", "other_cl": "6.4",
               "capex": "-2244.7", "nonutil_capex": "-36.8", "removal": "-88.4", "sale_proceeds": "0",
               "ltd_issued": "1725.0", "ltd_retired": "-500.0", "debt_costs": "-12.6", "cp": "-64.5",
               "stock": "172.8", "dividends": None, "withheld": "-5.9"},
        2023: {"da": None, "deferred": None, "afudc": None, "debt_amort": "8.1", "sbc": "18.2", "gain": "0",
               "impair": "27.5", "pension": "-18.9", "aro_settled": "-12.6", "reg": "-84.2", "ar": "12.8",
               "unbilled": "-6.4", "fuel": "-31.2", "gas_storage": "-8.6", "prepay": "2.1", "ap": "-24.8",
               "accrued": "7.9", "other_cl": "3.2",
               "capex": "-2102.6", "nonutil_capex": "-29.4", "removal": "-79.1", "sale_proceeds": "0",
               "ltd_issued": "1540.0", "ltd_retired": "-350.0", "debt_costs": "-11.4", "cp": "-42.0",
               "stock": "164.5", "dividends": None, "withheld": "-5.2"},
    }
    cash_targets = {2022: "71.8", 2023: "62.4", 2024: "54.1"}
    put("bs.cash.2022", cash_targets[2022])
    op_items = ("ni", "da", "deferred", "afudc", "debt_amort", "sbc", "gain", "impair", "pension", "aro_settled",
                "reg", "ar", "unbilled", "fuel", "gas_storage", "prepay", "ap", "accrued", "other_cl", "other_op")
    inv_items = ("capex", "nonutil_capex", "removal", "sale_proceeds")
    fin_items = ("ltd_issued", "ltd_retired", "debt_costs", "cp", "stock", "dividends", "withheld")
    v_def: dict[int, Decimal] = {}
    for i, y in enumerate(YEARS):
        for k, amounts in TAX_COMPONENTS.items():
            put(f"tax.{k}.{y}", amounts[i])
        v_def[y] = v[f"is.tax.{y}"] - s(f"tax.cur_fed.{y}", f"tax.cur_state.{y}")
    put("cf.deferred.2025", v["bs.dit.2025"] - v["bs.dit.2024"])
    for y in (2024, 2023):
        put(f"cf.deferred.{y}", v_def[y])  # deferred taxes equal the deferred provision in the earlier years
    for y in YEARS:
        put(f"tax.deferred.{y}", v[f"cf.deferred.{y}"])
        put(f"tax.def_fed.{y}", v[f"tax.deferred.{y}"] - v[f"tax.def_state.{y}"])
        put(f"tax.current.{y}", s(f"tax.cur_fed.{y}", f"tax.cur_state.{y}"))
        put(f"tax.total.{y}", v[f"tax.current.{y}"] + v[f"tax.deferred.{y}"])
    for y in (2024, 2023):
        for k, amount in cf_given[y].items():
            if amount is not None:
                put(f"cf.{k}.{y}", amount)
    for y in YEARS:
        put(f"cf.ni.{y}", v[f"is.ni.{y}"])
        put(f"cf.da.{y}", v[f"is.da.{y}"])
        put(f"cf.afudc.{y}", -v[f"is.afudc.{y}"])
        put(f"cf.dividends.{y}", -D(DIVIDENDS[YEARS.index(y)]))
    # 2025 lines from the balance sheet movements
    put("cf.debt_amort.2025", v["debt.amort.2025"])
    put("cf.sbc.2025", "22.4")
    put("cf.gain.2025", -v["sale.gain"])
    put("cf.impair.2025", v["is.impair.2025"])
    put("cf.pension.2025", v["pen.liability.2025"] - v["pen.liability.2024"] + v["ci.oci.2025"])
    put("cf.aro_settled.2025", v["aro.settled.2025"])
    ra = {y: v[f"bs.ra_cur.{y}"] + v[f"bs.ra_nc.{y}"] for y in BS_YEARS}
    rl = {y: v[f"bs.rl_cur.{y}"] + v[f"bs.rl_nc.{y}"] for y in BS_YEARS}
    put("cf.reg.2025", -(ra[2025] - ra[2024] - v["aro.noncash.2025"] + v["is.impair.2025"]) + (rl[2025] - rl[2024]))
    for k in ("ar", "unbilled", "fuel", "gas_storage", "prepay"):
        put(f"cf.{k}.2025", v[f"bs.{k}.2024"] - v[f"bs.{k}.2025"])
    put("cf.ap.2025", v["bs.ap.2025"] - v["bs.ap.2024"])
    put("cf.accrued.2025", s("bs.acc_tax.2025", "bs.acc_int.2025") - s("bs.acc_tax.2024", "bs.acc_int.2024"))
    put("cf.other_cl.2025", s("bs.deposits.2025", "bs.other_cl.2025") - s("bs.deposits.2024", "bs.other_cl.2024"))
    put("cf.other_op.2025", -(v["bs.other_def.2025"] - v["bs.other_def.2024"]) + (v["bs.other_dc.2025"]
                                                                                  - v["bs.other_dc.2024"]))
    put("cf.capex.2025", -v["plant.capex.2025"])
    put("cf.nonutil_capex.2025", -v["nonutil.capex.2025"])
    put("cf.removal.2025", -v["plant.removal"])
    put("cf.sale_proceeds.2025", v["sale.proceeds"])
    put("cf.ltd_issued.2025", v["debt.issued.2025"])
    put("cf.ltd_retired.2025", -v["debt.retired.2025"])
    put("cf.debt_costs.2025", -v["debt.new_costs.2025"])
    put("cf.cp.2025", v["bs.cp.2025"] - v["bs.cp.2024"])
    put("cf.stock.2025", "186.4")
    put("cf.withheld.2025", "-6.8")
    # 2024 and 2023: "other, net" closes each year onto the cash balances
    prev = v["bs.cash.2022"]
    for y in (2023, 2024):
        partial = s(*[f"cf.{k}.{y}" for k in op_items if k != "other_op"]) + s(
            *[f"cf.{k}.{y}" for k in inv_items]) + s(*[f"cf.{k}.{y}" for k in fin_items])
        put(f"cf.other_op.{y}", D(cash_targets[y]) - prev - partial)
        prev = D(cash_targets[y])
    begin = v["bs.cash.2022"]
    for y in (2023, 2024, 2025):
        cfo = put(f"cf.cfo.{y}", s(*[f"cf.{k}.{y}" for k in op_items]))
        cfi = put(f"cf.cfi.{y}", s(*[f"cf.{k}.{y}" for k in inv_items]))
        cff = put(f"cf.cff.{y}", s(*[f"cf.{k}.{y}" for k in fin_items]))
        put(f"cf.change.{y}", cfo + cfi + cff)
        put(f"cf.begin.{y}", begin)
        begin = put(f"cf.end.{y}", begin + v[f"cf.change.{y}"])
        put(f"cf.capex_all.{y}", v[f"cf.capex.{y}"] + v[f"cf.nonutil_capex.{y}"])
    put("bs.cash.2024", v["cf.end.2024"])
    put("bs.cash.2023", v["cf.end.2023"])
    put("bs.cash.2025", v["cf.end.2025"])
    put("cf.int_paid.2025", "458.3")
    put("cf.tax_paid.2025", "24.1")
    put("cf.accrued_capex.2025", "212.6")

    # ------------------------------------------------------------ balance sheet assembly
    for y in BS_YEARS:
        put(f"bs.plant_gross.{y}", v[f"plant.gross.total.{y}"])
        put(f"bs.accum.{y}", -v[f"plant.accum.total.{y}"])
        put(f"bs.plant_net.{y}", v[f"plant.net.total.{y}"])
        put(f"bs.cwip.{y}", v[f"cwip.{y}"])
        put(f"bs.util_plant.{y}", v[f"bs.plant_net.{y}"] + v[f"bs.cwip.{y}"])
        put(f"bs.nonutil.{y}", v[f"nonutil.{y}"])
        put(f"bs.ca_total.{y}", s(*[f"bs.{k}.{y}" for k in ("cash", "ar", "unbilled", "fuel", "gas_storage",
                                                             "ra_cur", "prepay")]))
        put(f"bs.def_total.{y}", s(*[f"bs.{k}.{y}" for k in ("ra_nc", "goodwill", "other_def")]))
        put(f"bs.assets.{y}", s(f"bs.util_plant.{y}", f"bs.nonutil.{y}", f"bs.ca_total.{y}", f"bs.def_total.{y}"))
        put(f"bs.ltd.{y}", v[f"debt.ltd.{y}"])
        put(f"bs.debt_current.{y}", v[f"debt.current.{y}"])
        put(f"bs.cl_total.{y}", s(*[f"bs.{k}.{y}" for k in ("debt_current", "cp", "ap", "deposits", "acc_tax",
                                                             "acc_int", "rl_cur", "other_cl")]))
        put(f"bs.aro.{y}", v[f"aro.end.{y}"])
        put(f"bs.pension.{y}", v[f"pen.liability.{y}"])
        put(f"bs.dc_total.{y}", s(*[f"bs.{k}.{y}" for k in ("dit", "rl_nc", "aro", "pension", "other_dc")]))
    put("bs.common.2024", v["bs.assets.2024"] - s("bs.ltd.2024", "bs.cl_total.2024", "bs.dc_total.2024",
                                                   "bs.re.2024", "bs.aoci.2024"))

    # ------------------------------------------------------------ equity roll (2023-2025)
    eq_flows = {2025: {"issued_sh": "2.2", "stock": None, "sbc": None, "withheld": None},
                2024: {"issued_sh": "2.3", "stock": None, "sbc": None, "withheld": None},
                2023: {"issued_sh": "2.4", "stock": None, "sbc": None, "withheld": None}}
    for y in YEARS:
        put(f"eq.ni.{y}", v[f"is.ni.{y}"])
        put(f"eq.oci.{y}", v[f"ci.oci.{y}"])
        put(f"eq.div.{y}", v[f"cf.dividends.{y}"])
        put(f"eq.stock.{y}", v[f"cf.stock.{y}"])
        put(f"eq.sbc.{y}", v[f"cf.sbc.{y}"])
        put(f"eq.withheld.{y}", v[f"cf.withheld.{y}"])
        put(f"eq.issued_sh.{y}", eq_flows[y]["issued_sh"])
    put("eq.shares.2024", "167.4")
    put("eq.common.2024", v["bs.common.2024"])
    put("eq.re.2024", v["bs.re.2024"])
    put("eq.aoci.2024", v["bs.aoci.2024"])
    for y in (2024, 2023):  # roll back
        put(f"eq.shares.{y - 1}", v[f"eq.shares.{y}"] - v[f"eq.issued_sh.{y}"])
        put(f"eq.common.{y - 1}", v[f"eq.common.{y}"] - s(f"eq.stock.{y}", f"eq.sbc.{y}", f"eq.withheld.{y}"))
        put(f"eq.re.{y - 1}", v[f"eq.re.{y}"] - s(f"eq.ni.{y}", f"eq.div.{y}"))
        put(f"eq.aoci.{y - 1}", v[f"eq.aoci.{y}"] - v[f"eq.oci.{y}"])
    put("eq.shares.2025", v["eq.shares.2024"] + v["eq.issued_sh.2025"])
    put("eq.common.2025", v["eq.common.2024"] + s("eq.stock.2025", "eq.sbc.2025", "eq.withheld.2025"))
    put("eq.re.2025", v["eq.re.2024"] + s("eq.ni.2025", "eq.div.2025"))
    put("eq.aoci.2025", v["eq.aoci.2024"] + v["eq.oci.2025"])
    for y in (2022, 2023, 2024, 2025):
        put(f"eq.total.{y}", s(f"eq.common.{y}", f"eq.re.{y}", f"eq.aoci.{y}"))
    for k in ("common", "re", "aoci"):
        put(f"bs.{k}.2025", v[f"eq.{k}.2025"])
    for y in BS_YEARS:
        put(f"bs.equity.{y}", s(f"bs.common.{y}", f"bs.re.{y}", f"bs.aoci.{y}"))
        put(f"bs.cap_total.{y}", v[f"bs.equity.{y}"] + v[f"bs.ltd.{y}"])
        put(f"bs.le_total.{y}", s(f"bs.cap_total.{y}", f"bs.cl_total.{y}", f"bs.dc_total.{y}"))
        put(f"bs.shares.{y}", v[f"eq.shares.{y}"])
        put(f"bvps.{y}", q(v[f"bs.equity.{y}"] / v[f"bs.shares.{y}"], 2))
    # capital structure (MD&A)
    for y in BS_YEARS:
        debt = put(f"cap.debt.{y}", s(f"bs.cp.{y}", f"bs.debt_current.{y}", f"bs.ltd.{y}"))
        put(f"cap.total.{y}", debt + v[f"bs.equity.{y}"])
        put(f"cap.debt_pct.{y}", pct(debt, v[f"cap.total.{y}"]))
        put(f"cap.eq_pct.{y}", pct(v[f"bs.equity.{y}"], v[f"cap.total.{y}"]))

    # ------------------------------------------------------------ regulatory assets and liabilities
    ra_detail = {"pension": ("612.4", "648.7"), "storm": ("286.9", "198.3"), "aro": ("214.6", "196.6"),
                 "retired": ("402.8", "446.2"), "mgp": ("118.4", "124.7"), "fuel": ("96.3", "132.5"),
                 "ee": ("74.2", "68.1")}
    rl_detail = {"edit": ("1286.4", "1342.8"), "removal": ("912.3", "884.6"), "fuel": ("42.7", "38.4"),
                 "pension": ("118.6", "112.9")}
    for y_i, y in enumerate(BS_YEARS):
        for k, amounts in ra_detail.items():
            put(f"ra.{k}.{y}", amounts[y_i])
        put(f"ra.total.{y}", ra[y])
        put(f"ra.other.{y}", ra[y] - s(*[f"ra.{k}.{y}" for k in ra_detail]))
        put(f"ra.less_cur.{y}", -v[f"bs.ra_cur.{y}"])
        put(f"ra.nc.{y}", v[f"bs.ra_nc.{y}"])
        for k, amounts in rl_detail.items():
            put(f"rl.{k}.{y}", amounts[y_i])
        put(f"rl.total.{y}", rl[y])
        put(f"rl.other.{y}", rl[y] - s(*[f"rl.{k}.{y}" for k in rl_detail]))
        put(f"rl.less_cur.{y}", -v[f"bs.rl_cur.{y}"])
        put(f"rl.nc.{y}", v[f"bs.rl_nc.{y}"])
    put("ra.storm_deferred", "112.8")
    put("ra.storm_months", "36")

    # ------------------------------------------------------------ income taxes: rate reconciliation
    for i, y in enumerate(YEARS):
        put(f"rec.statutory.{y}", q(v[f"is.pretax.{y}"] * D("0.21")))
        put(f"rec.state.{y}", TAX_RECON["state"][i])
        put(f"rec.edit.{y}", TAX_RECON["edit"][i] if TAX_RECON["edit"][i] is not None
            else v["rl.edit.2025"] - v["rl.edit.2024"])
        put(f"rec.afudc.{y}", -q(v[f"is.afudc.{y}"] * D("0.21")))
        put(f"rec.ptc.{y}", TAX_RECON["ptc"][i])
        put(f"rec.other.{y}", v[f"is.tax.{y}"] - s(*[f"rec.{k}.{y}" for k in ("statutory", "state", "edit", "afudc",
                                                                             "ptc")]))
        put(f"rec.total.{y}", v[f"is.tax.{y}"])
        put(f"rec.rate.{y}", v[f"tax.rate.{y}"])
        put(f"rec.statutory_pct.{y}", "21.0")

    # ------------------------------------------------------------ segments
    for i, y in enumerate(YEARS):
        put(f"seg.rev.electric.{y}", v[f"is.rev_electric.{y}"])
        put(f"seg.rev.gas.{y}", v[f"is.rev_gas.{y}"])
        put(f"seg.rev.services.{y}", v[f"is.rev_services.{y}"])
        put(f"seg.rev.corp.{y}", 0)
        for name, table in (("da", SEG_DA), ("oi", SEG_OI), ("int", SEG_INT), ("ni", SEG_NI), ("capex", SEG_CAPEX)):
            for sgm, amounts in table.items():
                put(f"seg.{name}.{sgm}.{y}", amounts[i])
        put(f"seg.da.corp.{y}", v[f"is.da.{y}"] - s(*[f"seg.da.{g}.{y}" for g in SEG_DA]))
        put(f"seg.oi.corp.{y}", v[f"is.op_income.{y}"] - s(*[f"seg.oi.{g}.{y}" for g in SEG_OI]))
        put(f"seg.int.corp.{y}", v[f"is.interest.{y}"] - s(*[f"seg.int.{g}.{y}" for g in SEG_INT]))
        put(f"seg.ni.corp.{y}", v[f"is.ni.{y}"] - s(*[f"seg.ni.{g}.{y}" for g in SEG_NI]))
        put(f"seg.capex.corp.{y}", -v[f"cf.capex_all.{y}"] - s(*[f"seg.capex.{g}.{y}" for g in SEG_CAPEX]))
        for name in ("rev", "da", "oi", "int", "ni", "capex"):
            put(f"seg.{name}.total.{y}", s(*[f"seg.{name}.{g}.{y}" for g in SEGMENTS]))
    for i, y in enumerate(BS_YEARS):
        for sgm, amounts in SEG_ASSETS.items():
            put(f"seg.assets.{sgm}.{y}", amounts[i])
        put(f"seg.assets.corp.{y}", v[f"bs.assets.{y}"] - s(*[f"seg.assets.{g}.{y}" for g in SEG_ASSETS]))
        put(f"seg.assets.total.{y}", v[f"bs.assets.{y}"])

    # ------------------------------------------------------------ short-term borrowings and credit facilities
    facilities = {"hold": ("1500.0", "212.0", "24.6"), "elec": ("1000.0", "268.5", "13.8"),
                  "gas": ("500.0", "96.0", "0")}
    for k, (cap, cp, lc) in facilities.items():
        put(f"fac.cap.{k}", cap)
        put(f"fac.cp.{k}", cp)
        put(f"fac.lc.{k}", lc)
        put(f"fac.avail.{k}", v[f"fac.cap.{k}"] - v[f"fac.cp.{k}"] - v[f"fac.lc.{k}"])
    for col in ("cap", "cp", "lc", "avail"):
        put(f"fac.{col}.total", s(*[f"fac.{col}.{k}" for k in facilities]))
    put("fac.cp_rate.2025", "4.62")
    put("fac.cp_rate.2024", "5.08")
    put("fac.cp_max", "884.0")
    put("mda.liquidity", v["fac.avail.total"] + v["bs.cash.2025"])

    # ------------------------------------------------------------ prose-only figures
    prose = {"biz.elec_customers": "1.42", "biz.gas_customers": "668", "biz.capacity_mw": "7412",
             "biz.renewable_mw": "1846", "biz.employees": "6840", "biz.union_pct": "54",
             "biz.transmission_miles": "6218", "biz.dist_miles": "48610", "biz.gas_main_miles": "14286",
             "div.q1_26": "0.7350", "div.q4_25": "0.6950", "biz.peak_mw": "6386"}
    for k, amount in prose.items():
        put(k, amount)
    put("div.annualized", v["div.q1_26"] * 4)
    put("mda.capex_plan_total", v["capex.total.plan"])
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def positive(description: str, value: Decimal) -> None:
        t.append((description, D(1) if value > 0 else D(0), D(1)))

    for y in YEARS:
        t.append((f"IS {y}: revenues foot", v[f"is.rev.{y}"], s(*[f"is.rev_{k}.{y}" for k in REVENUE])))
        t.append((f"IS {y}: expenses foot", v[f"is.opex.{y}"], s(*[f"is.{k}.{y}" for k in OPEX_ORDER])))
        t.append((f"IS {y}: operating income", v[f"is.op_income.{y}"], v[f"is.rev.{y}"] - v[f"is.opex.{y}"]))
        t.append((f"IS {y}: pretax", v[f"is.pretax.{y}"], v[f"is.op_income.{y}"] + s(
            f"is.afudc.{y}", f"is.other_inc.{y}", f"is.interest_neg.{y}")))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.pretax.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"EPS {y}: basic", v[f"is.eps_basic.{y}"], q(v[f"is.ni.{y}"] / v[f"is.shares_basic.{y}"], 2)))
        t.append((f"EPS {y}: diluted", v[f"is.eps_diluted.{y}"], q(v[f"is.ni.{y}"] / v[f"is.shares_diluted.{y}"],
                                                                     2)))
        t.append((f"CI {y}: comprehensive income", v[f"ci.total.{y}"], v[f"is.ni.{y}"] + s(f"ci.pension.{y}",
                                                                                              f"ci.hedge.{y}")))
        t.append((f"Operating earnings {y}", v[f"op.earnings.{y}"], v[f"is.ni.{y}"] + s(
            f"op.impair.{y}", f"op.gain.{y}", f"op.severance.{y}", f"op.tax.{y}")))
        t.append((f"Operating EPS {y}: GAAP EPS + adjustments", v[f"op.eps.{y}"],
                  v[f"is.eps_diluted.{y}"] + v[f"op.eps_adj.{y}"]))
        t.append((f"Operating earnings {y}: impairment adjustment = statement", v[f"op.impair.{y}"],
                  v[f"is.impair.{y}"]))
        t.append((f"Electric revenues {y}: classes foot to statement", v[f"is.rev_electric.{y}"],
                  s(*[f"erev.{k}.{y}" for k in ("res", "com", "ind", "oth", "whl", "other")])))
        t.append((f"Gas revenues {y}: classes foot to statement", v[f"is.rev_gas.{y}"],
                  s(*[f"grev.{k}.{y}" for k in ("res", "com", "ind", "trn", "other")])))
        positive(f"Electric other revenue {y} positive", v[f"erev.other.{y}"])
        positive(f"Gas other revenue {y} positive", v[f"grev.other.{y}"])
        t.append((f"Taxes {y}: components = provision", v[f"tax.total.{y}"], v[f"is.tax.{y}"]))
        t.append((f"Taxes {y}: deferred provision = cash flow", v[f"tax.deferred.{y}"], v[f"cf.deferred.{y}"]))
        t.append((f"Taxes {y}: reconciliation foots", v[f"rec.total.{y}"], s(
            *[f"rec.{k}.{y}" for k in ("statutory", "state", "edit", "afudc", "ptc", "other")])))
        for name, total in (("rev", "is.rev"), ("da", "is.da"), ("oi", "is.op_income"), ("int", "is.interest"),
                            ("ni", "is.ni")):
            t.append((f"Segments {y}: {name} = consolidated", v[f"seg.{name}.total.{y}"], v[f"{total}.{y}"]))
        t.append((f"Segments {y}: capex = cash flow", v[f"seg.capex.total.{y}"], -v[f"cf.capex_all.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + s(
            f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}")))
        t.append((f"CF {y}: net income = statement", v[f"cf.ni.{y}"], v[f"is.ni.{y}"]))
        t.append((f"CF {y}: dividends = equity statement", v[f"cf.dividends.{y}"], v[f"eq.div.{y}"]))
        t.append((f"Equity {y}: roll", v[f"eq.total.{y}"], v[f"eq.total.{y - 1}"] + s(
            f"eq.ni.{y}", f"eq.oci.{y}", f"eq.div.{y}", f"eq.stock.{y}", f"eq.sbc.{y}", f"eq.withheld.{y}")))
        t.append((f"Equity {y}: shares roll", v[f"eq.shares.{y}"], v[f"eq.shares.{y - 1}"] + v[f"eq.issued_sh.{y}"]))
        positive(f"Segments {y}: corporate D&A positive", v[f"seg.da.corp.{y}"])
        positive(f"Segments {y}: corporate capex positive", v[f"seg.capex.corp.{y}"])
        positive(f"Segments {y}: corporate interest positive", v[f"seg.int.corp.{y}"])
        positive(f"Segments {y}: corporate net loss", -v[f"seg.ni.corp.{y}"])
        positive(f"Segments {y}: corporate operating loss", -v[f"seg.oi.corp.{y}"])
        positive(f"CF {y}: cash positive", v[f"cf.end.{y}"])
        positive(f"Taxes {y}: deferred federal positive", v[f"tax.def_fed.{y}"])
    for y in BS_YEARS:
        t.append((f"BS {y}: assets = capitalization and liabilities", v[f"bs.assets.{y}"], v[f"bs.le_total.{y}"]))
        t.append((f"BS {y}: equity = equity statement", v[f"bs.equity.{y}"], v[f"eq.total.{y}"]))
        t.append((f"BS {y}: net plant = gross - accumulated", v[f"bs.plant_net.{y}"],
                  v[f"bs.plant_gross.{y}"] + v[f"bs.accum.{y}"]))
        t.append((f"Plant {y}: functions foot (gross)", v[f"plant.gross.total.{y}"],
                  s(*[f"plant.gross.{f}.{y}" for f in FUNCTIONS])))
        t.append((f"Plant {y}: functions foot (accumulated)", v[f"plant.accum.total.{y}"],
                  s(*[f"plant.accum.{f}.{y}" for f in FUNCTIONS])))
        t.append((f"Debt {y}: long-term = principal + costs - current", v[f"bs.ltd.{y}"],
                  v[f"debt.principal.{y}"] + v[f"debt.costs.{y}"] - v[f"bs.debt_current.{y}"]))
        t.append((f"Regulatory assets {y}: detail = balance sheet", s(*[f"ra.{k}.{y}" for k in (
            "pension", "storm", "aro", "retired", "mgp", "fuel", "ee", "other")]),
            v[f"bs.ra_cur.{y}"] + v[f"bs.ra_nc.{y}"]))
        t.append((f"Regulatory liabilities {y}: detail = balance sheet", s(*[f"rl.{k}.{y}" for k in (
            "edit", "removal", "fuel", "pension", "other")]), v[f"bs.rl_cur.{y}"] + v[f"bs.rl_nc.{y}"]))
        t.append((f"ARO {y}: = balance sheet", v[f"aro.end.{y}"], v[f"bs.aro.{y}"]))
        t.append((f"Pension {y}: liability = unfunded + OPEB", v[f"bs.pension.{y}"],
                  v[f"pen.opeb.{y}"] - v[f"pen.funded.{y}"]))
        t.append((f"Segments {y}: assets = balance sheet", v[f"seg.assets.total.{y}"], v[f"bs.assets.{y}"]))
        t.append((f"Rate base {y}: foots", v[f"rb.total.{y}"], s(*[f"rb.{r[0]}.{y}" for r in RATE_BASE])))
        positive(f"Regulatory assets {y}: other positive", v[f"ra.other.{y}"])
        positive(f"Regulatory liabilities {y}: other positive", v[f"rl.other.{y}"])
        positive(f"Segments {y}: corporate assets positive", v[f"seg.assets.corp.{y}"])
    t.append(("CF 2025: end = balance sheet cash", v["cf.end.2025"], v["bs.cash.2025"]))
    t.append(("CF 2024: end = balance sheet cash", v["cf.end.2024"], v["bs.cash.2024"]))
    t.append(("Plant: gross roll", v["plant.gross.total.2025"], v["plant.gross.total.2024"] + v["plant.in_service"]
              - v["plant.retired"]))
    t.append(("Plant: accumulated depreciation roll", v["plant.accum.total.2025"], v["plant.accum.total.2024"]
              + v["plant.util_depr.2025"] - v["plant.retired"] - v["plant.removal"]))
    t.append(("Plant: CWIP roll", v["cwip.2025"], v["cwip.2024"] - v["cf.capex.2025"] + v["is.afudc.2025"]
              - v["plant.in_service"]))
    t.append(("Plant: D&A = utility + non-utility depreciation", v["is.da.2025"],
              v["plant.util_depr.2025"] + v["plant.nonutil_depr.2025"]))
    t.append(("Non-utility property roll", v["bs.nonutil.2025"], v["bs.nonutil.2024"] - v["cf.nonutil_capex.2025"]
              - v["plant.nonutil_depr.2025"] - v["sale.carrying"]))
    t.append(("Sale: proceeds = carrying amount + gain", v["cf.sale_proceeds.2025"], v["sale.carrying"]
              - v["cf.gain.2025"]))
    t.append(("Debt: principal change = issued - retired", v["debt.principal.2025"] - v["debt.principal.2024"],
              v["cf.ltd_issued.2025"] + v["cf.ltd_retired.2025"]))
    t.append(("Debt: costs roll", v["debt.costs.2025"], v["debt.costs.2024"] + v["cf.debt_costs.2025"]
              + v["cf.debt_amort.2025"]))
    t.append(("Debt: maturities foot", v["mat.total"], s(*[f"mat.{y}" for y in (2026, 2027, 2028, 2029, 2030)],
                                                        "mat.after")))
    t.append(("Debt: 2026 maturities = current maturities", v["mat.2026"], v["bs.debt_current.2025"]))
    t.append(("Debt: 2024 current maturities = 2025 maturities retired", v["bs.debt_current.2024"],
              v["debt.retired.2025"]))
    t.append(("CP: balance sheet = facilities table", v["bs.cp.2025"], v["fac.cp.total"]))
    t.append(("CP: change = cash flow", v["bs.cp.2025"] - v["bs.cp.2024"], v["cf.cp.2025"]))
    t.append(("Capex 2025: program actual = cash flow", v["capex.total.2025"], -v["cf.capex_all.2025"]))
    t.append(("ARO: roll 2025", v["aro.end.2025"], v["aro.end.2024"] + s(
        "aro.incurred.2025", "aro.accretion.2025", "aro.revisions.2025", "aro.settled.2025")))
    t.append(("ARO: settlements = cash flow", v["aro.settled.2025"], v["cf.aro_settled.2025"]))
    t.append(("Taxes: EDIT amortization = change in EDIT regulatory liability", v["rec.edit.2025"],
              v["rl.edit.2025"] - v["rl.edit.2024"]))
    t.append(("Taxes: deferred = change in DIT", v["cf.deferred.2025"], v["bs.dit.2025"] - v["bs.dit.2024"]))
    t.append(("Pension: benefits paid from assets = from obligation", v["pen.paid_a.2025"], v["pen.paid.2025"]))
    t.append(("Equity 2025: shares = balance sheet", v["bs.shares.2025"], v["eq.shares.2025"]))
    # whole-balance-sheet change explained by the 2025 cash flow statement
    op = ("ni", "da", "deferred", "afudc", "debt_amort", "sbc", "gain", "impair", "pension", "aro_settled", "reg",
          "ar", "unbilled", "fuel", "gas_storage", "prepay", "ap", "accrued", "other_cl", "other_op")
    t.append(("CF 2025: operating foots", v["cf.cfo.2025"], s(*[f"cf.{k}.2025" for k in op])))
    t.append(("CF 2025: investing foots", v["cf.cfi.2025"], s(*[f"cf.{k}.2025" for k in (
        "capex", "nonutil_capex", "removal", "sale_proceeds")])))
    t.append(("CF 2025: financing foots", v["cf.cff.2025"], s(*[f"cf.{k}.2025" for k in (
        "ltd_issued", "ltd_retired", "debt_costs", "cp", "stock", "dividends", "withheld")])))
    t.append(("Facilities: availability", v["fac.avail.total"], v["fac.cap.total"] - v["fac.cp.total"]
              - v["fac.lc.total"]))
    positive("BS 2024: common stock positive", v["bs.common.2024"])
    positive("Plant 2025: common function positive", v["plant.net.common.2025"])
    positive("Capex 2025: technology category positive", v["capex.reg_other.2025"])
    return t
