"""Invented figures for Brindlecoast Carriers, Inc. (truckload and logistics), fiscal 2025 Form 10-K.

Amounts are in thousands of dollars unless a key says otherwise. Only primary inputs are typed in;
subtotals, totals, cash balances, equity and ratios are derived so that the statements tie.
"""

from __future__ import annotations

from decimal import Decimal

from layout import quant

COMPANY = "Brindlecoast Carriers, Inc."
DOC_NAME = "BRINDLECOAST_2025_10K"
YEARS = ("2025", "2024", "2023")
BS_YEARS = ("2025", "2024")

# name -> values per year (2025, 2024, 2023); two values = balance sheet dates (2025, 2024)
INPUTS: dict[str, tuple] = {
    # revenue by segment
    "seg.tl_base": (842316, 889540, 951207),
    "seg.tl_fsc": (131874, 148871, 176455),
    "seg.log_base": (296508, 271882, 284119),
    "seg.log_fsc": (21944, 22617, 26008),
    "seg.elim": (-6218, -5473, -6090),
    # operating expenses
    "is.salaries": (418732, 436205, 459870),
    "is.fuel": (168409, 189377, 224618),
    "is.maint": (92614, 95120, 97406),
    "is.insurance": (58247, 61903, 55318),
    "is.optaxes": (21806, 22495, 23117),
    "is.purch_trans": (262170, 241586, 246902),
    "is.dna": (134558, 138214, 135907),
    "is.sga": (46381, 44926, 47255),
    "is.gain_sale": (-6912, -4387, -18546),
    "is.impairment": (0, 7412, 0),
    "is.interest": (21436, 26918, 19772),
    "is.other_exp": (-1284, 612, -2046),
    "is.tax": (18125, 17402, 36238),
    "eps.basic_sh": (62204, 62915, 63480),
    "eps.dilutive": (412, 388, 515),
    "dna.amort": (4332, 4332, 3610),
    "adj.severance": (1906, 0, 0),
    # segment operating income (corporate is the balancing line)
    "seg.tl_oi": (71948, 83205, 138460),
    "seg.log_oi": (22815, 19117, 26904),
    "seg.tl_dna": (126880, 130905, 129011),
    "seg.log_dna": (5214, 4980, 4520),
    "seg.tl_capex": (169204, 188517, 247790),
    "seg.log_capex": (3318, 2906, 4180),
    # income tax detail
    "tax.def_total": (4318, -2615, 6733),
    "tax.def_state": (616, -374, 931),
    "tax.cur_state": (2406, 2918, 4120),
    "tax.rate_state": (2588, 2421, 5012),
    "tax.rate_perdiem": (1946, 1874, 1912),
    "tax.rate_credits": (-612, -540, -588),
    # cash flows
    "cf.deferred_tax": (4318, -2615, 6733),
    "cf.sbc": (8726, 8104, 7459),
    "cf.ar": (9814, 14230, 22615),
    "cf.prepaid": (-2106, -1588, 1904),
    "cf.ap": (-4372, -9146, -12708),
    "cf.accrued": (5891, 3172, -4381),
    "cf.capex": (-178436, -196820, -258312),
    "cf.proceeds": (41207, 38954, 71448),
    "cf.acquisition": (0, 0, -64250),
    "cf.other_inv": (1118, 642, -1031),
    "cf.revolver_borrow": (95000, 120000, 150000),
    "cf.revolver_repay": (-110000, -95000, -85000),
    "cf.term_repay": (-27500, -27500, -25000),
    "cf.dividends": (-9894, -10066, -10158),
    "cf.repurchase": (-18322, -31580, -12486),
    "cf.withheld": (-1947, -1412, -2318),
    "cf.int_paid": (20981, 26402, 19118),
    "cf.tax_paid": (12406, 19877, 30512),
    "cf.rou_new": (14226, 9871, 12054),
    # equity share activity (thousands of shares)
    "eq.sh_vested": (341, 296, 318),
    "eq.sh_repurch": (-820, -1304, -552),
    # operating statistics (truckload segment)
    "ops.tractors": (3412, 3586, 3804),
    "ops.ic_tractors": (318, 342, 371),
    "ops.trailers": (11206, 11540, 11874),
    "ops.total_miles": (391024, 412608, 433215),
    "ops.loaded_miles": (344611, 362905, 381440),
    "ops.haul": (612, 598, 587),
    # balance sheet (2025, 2024)
    "bs.ar": (141386, 151200),
    "bs.allowance": (1204, 1388),
    "bs.prepaid": (22418, 20312),
    "bs.supplies": (9806, 9534),
    "bs.tax_recv": (3115, 6847),
    "ppe.land": (41208, 40815),
    "ppe.buildings": (168934, 163510),
    "ppe.revenue_eq": (1312605, 1298742),
    "ppe.service_eq": (86317, 81906),
    "ppe.accum": (-486221, -474715),
    "bs.rou": (58412, 61045),
    "bs.goodwill": (96804, 96804),
    "bs.intangibles": (31560, 35892),
    "bs.ap": (62515, 66887),
    "bs.accrued_wages": (38406, 36115),
    "bs.claims_cur": (27912, 25408),
    "bs.oplease_cur": (17203, 17689),
    "bs.other_accrued": (14862, 13547),
    "bs.oplease_lt": (43118, 45470),
    "bs.claims_lt": (41275, 39604),
    "bs.deferred_tax": (168933, 164615),
    "bs.other_ltl": (9517, 15123),
    # debt (2025, 2024)
    "debt.term": (165000, 192500),
    "debt.revolver": (70000, 85000),
    "debt.costs": (-1246, -1618),
    "debt.current": (-27500, -27500),
}

# single values (2025 year end unless noted)
SINGLE = {
    "cash.begin_2023": 38615,
    "eq.open_sh": 63702,
    "eq.open_cs": 712,
    "eq.open_apic": 296150,
    "eq.open_re": 673790,
    "eq.open_ts": -223650,
    "mat.2026": 27500, "mat.2027": 27500, "mat.2028": 110000, "mat.2029": 70000, "mat.2030": 0, "mat.after": 0,
    "lease.2026": 19840, "lease.2027": 16205, "lease.2028": 12918, "lease.2029": 9612, "lease.2030": 6047,
    "lease.after": 3956,
    "lease.cost.2025": 21318, "lease.cost.2024": 22046, "lease.short.2025": 3407, "lease.short.2024": 3112,
    "lease.cash.2025": 20905, "lease.cash.2024": 21622,
    "revolver.capacity": 300000, "revolver.lc": 31480,
    "co.interest.lt1": 13905, "co.interest.y13": 19312, "co.interest.y35": 5397, "co.interest.gt5": 0,
    "co.purchase.lt1": 142660, "co.purchase.y13": 0, "co.purchase.y35": 0, "co.purchase.gt5": 0,
    "div.per_share.2025": Decimal("0.16"), "div.per_share.2024": Decimal("0.16"), "div.per_share.2023": Decimal("0.16"),
    "fuel.diesel.2025": Decimal("3.78"), "fuel.diesel.2024": Decimal("3.94"),
    "cover.float": 1104.6,  # $ millions, printed on the cover only
    "cover.shares": 61874,
    "emp.drivers": 3964, "emp.total": 5218,
    "rep.q4_shares": 212, "rep.q4_cost": 4706,
}

# total key -> components; a leading "-" subtracts. Used for data ties and for printed-figure ties.
SUMS: list[tuple[str, list[str], tuple[str, ...]]] = [
    ("seg.tl_rev", ["seg.tl_base", "seg.tl_fsc"], YEARS),
    ("seg.log_rev", ["seg.log_base", "seg.log_fsc"], YEARS),
    ("is.rev_base", ["seg.tl_base", "seg.log_base", "seg.elim"], YEARS),
    ("is.fsc", ["seg.tl_fsc", "seg.log_fsc"], YEARS),
    ("is.revenue", ["is.rev_base", "is.fsc"], YEARS),
    ("is.revenue", ["seg.tl_rev", "seg.log_rev", "seg.elim"], YEARS),
    ("is.opex", ["is.salaries", "is.fuel", "is.maint", "is.insurance", "is.optaxes", "is.purch_trans", "is.dna",
                 "is.sga", "is.gain_sale", "is.impairment"], YEARS),
    ("is.op_income", ["is.revenue", "-is.opex"], YEARS),
    ("is.pretax", ["is.op_income", "-is.interest", "-is.other_exp"], YEARS),
    ("is.net_income", ["is.pretax", "-is.tax"], YEARS),
    ("eps.diluted_sh", ["eps.basic_sh", "eps.dilutive"], YEARS),
    ("is.op_income", ["seg.tl_oi", "seg.log_oi", "seg.corp_oi"], YEARS),
    ("is.dna", ["seg.tl_dna", "seg.log_dna", "seg.corp_dna"], YEARS),
    ("is.dna", ["dna.depr", "dna.amort"], YEARS),
    ("cf.capex_neg", ["seg.tl_capex", "seg.log_capex", "seg.corp_capex"], YEARS),
    ("tax.total", ["tax.cur_fed", "tax.cur_state", "tax.def_fed", "tax.def_state"], YEARS),
    ("tax.total", ["tax.rate_stat", "tax.rate_state", "tax.rate_perdiem", "tax.rate_credits", "tax.rate_other"], YEARS),
    ("cf.cfo", ["is.net_income", "is.dna", "is.gain_sale", "cf.deferred_tax", "cf.sbc", "is.impairment", "cf.ar",
                "cf.prepaid", "cf.ap", "cf.accrued"], YEARS),
    ("cf.cfi", ["cf.capex", "cf.proceeds", "cf.acquisition", "cf.other_inv"], YEARS),
    ("cf.cff", ["cf.revolver_borrow", "cf.revolver_repay", "cf.term_repay", "cf.dividends", "cf.repurchase",
                "cf.withheld"], YEARS),
    ("cf.net_change", ["cf.cfo", "cf.cfi", "cf.cff"], YEARS),
    ("cf.cash_end", ["cf.cash_begin", "cf.net_change"], YEARS),
    ("bs.cur_assets", ["bs.cash", "bs.ar", "bs.prepaid", "bs.supplies", "bs.tax_recv"], BS_YEARS),
    ("ppe.gross", ["ppe.land", "ppe.buildings", "ppe.revenue_eq", "ppe.service_eq"], BS_YEARS),
    ("ppe.net", ["ppe.gross", "ppe.accum"], BS_YEARS),
    ("bs.total_assets", ["bs.cur_assets", "ppe.net", "bs.rou", "bs.goodwill", "bs.intangibles", "bs.other_assets"],
     BS_YEARS),
    ("bs.cur_liab", ["bs.ap", "bs.accrued_wages", "bs.claims_cur", "debt.current_pos", "bs.oplease_cur",
                     "bs.other_accrued"], BS_YEARS),
    ("bs.total_liab", ["bs.cur_liab", "debt.lt", "bs.oplease_lt", "bs.claims_lt", "bs.deferred_tax", "bs.other_ltl"],
     BS_YEARS),
    ("bs.total_le", ["bs.total_liab", "eq.total"], BS_YEARS),
    ("bs.total_le", ["bs.total_assets"], BS_YEARS),
    ("eq.total", ["eq.cs", "eq.apic", "eq.re", "eq.ts"], BS_YEARS),
    ("debt.principal", ["debt.term", "debt.revolver"], BS_YEARS),
    ("debt.net", ["debt.principal", "debt.costs"], BS_YEARS),
    ("debt.lt", ["debt.net", "debt.current"], BS_YEARS),
    ("mat.total", ["mat.2026", "mat.2027", "mat.2028", "mat.2029", "mat.2030", "mat.after"], ("",)),
    ("lease.total", ["lease.2026", "lease.2027", "lease.2028", "lease.2029", "lease.2030", "lease.after"], ("",)),
    ("lease.pv", ["lease.total", "lease.interest"], ("",)),
    ("lease.pv", ["bs.oplease_cur.2025", "bs.oplease_lt.2025"], ("",)),
    ("adj.opex", ["is.opex", "-is.fsc", "-dna.amort", "-is.impairment", "-adj.severance"], YEARS[:2]),
    ("adj.op_income", ["is.rev_base", "-adj.opex"], YEARS[:2]),
    ("co.total", ["co.debt", "co.interest", "co.lease", "co.purchase"], ("lt1", "y13", "y35", "gt5", "all")),
    ("co.debt.all", ["co.debt.lt1", "co.debt.y13", "co.debt.y35", "co.debt.gt5"], ("",)),
    ("co.lease.all", ["co.lease.lt1", "co.lease.y13", "co.lease.y35", "co.lease.gt5"], ("",)),
    ("co.interest.all", ["co.interest.lt1", "co.interest.y13", "co.interest.y35", "co.interest.gt5"], ("",)),
    ("co.purchase.all", ["co.purchase.lt1", "co.purchase.y13", "co.purchase.y35", "co.purchase.gt5"], ("",)),
]


def _k(name: str, period: str) -> str:
    return f"{name}.{period}" if period else name


def build() -> dict[str, Decimal]:
    """Return every figure keyed 'name.period' as a Decimal."""
    f: dict[str, Decimal] = {}
    for name, values in INPUTS.items():
        periods = YEARS if len(values) == 3 else BS_YEARS
        for period, value in zip(periods, values, strict=True):
            f[f"{name}.{period}"] = Decimal(value)
    for name, value in SINGLE.items():
        f[name] = Decimal(str(value))

    def total(name: str, parts: list[str], period: str) -> Decimal:
        acc = Decimal(0)
        for part in parts:
            sign = -1 if part.startswith("-") else 1
            acc += sign * f[_k(part.lstrip("-"), period)]
        return acc

    for y in YEARS:
        f[f"seg.tl_rev.{y}"] = f[f"seg.tl_base.{y}"] + f[f"seg.tl_fsc.{y}"]
        f[f"seg.log_rev.{y}"] = f[f"seg.log_base.{y}"] + f[f"seg.log_fsc.{y}"]
        f[f"is.rev_base.{y}"] = total("", ["seg.tl_base", "seg.log_base", "seg.elim"], y)
        f[f"is.fsc.{y}"] = f[f"seg.tl_fsc.{y}"] + f[f"seg.log_fsc.{y}"]
        f[f"is.revenue.{y}"] = f[f"is.rev_base.{y}"] + f[f"is.fsc.{y}"]
        f[f"is.opex.{y}"] = total("", ["is.salaries", "is.fuel", "is.maint", "is.insurance", "is.optaxes",
                                       "is.purch_trans", "is.dna", "is.sga", "is.gain_sale", "is.impairment"], y)
        f[f"is.op_income.{y}"] = f[f"is.revenue.{y}"] - f[f"is.opex.{y}"]
        f[f"is.pretax.{y}"] = f[f"is.op_income.{y}"] - f[f"is.interest.{y}"] - f[f"is.other_exp.{y}"]
        f[f"is.net_income.{y}"] = f[f"is.pretax.{y}"] - f[f"is.tax.{y}"]
        f[f"eps.diluted_sh.{y}"] = f[f"eps.basic_sh.{y}"] + f[f"eps.dilutive.{y}"]
        f[f"eps.basic.{y}"] = quant(f[f"is.net_income.{y}"] / f[f"eps.basic_sh.{y}"], 2)
        f[f"eps.diluted.{y}"] = quant(f[f"is.net_income.{y}"] / f[f"eps.diluted_sh.{y}"], 2)
        f[f"is.or_pct.{y}"] = quant(f[f"is.opex.{y}"] / f[f"is.revenue.{y}"] * 100, 1)
        f[f"dna.depr.{y}"] = f[f"is.dna.{y}"] - f[f"dna.amort.{y}"]
        f[f"seg.corp_oi.{y}"] = f[f"is.op_income.{y}"] - f[f"seg.tl_oi.{y}"] - f[f"seg.log_oi.{y}"]
        f[f"seg.corp_dna.{y}"] = f[f"is.dna.{y}"] - f[f"seg.tl_dna.{y}"] - f[f"seg.log_dna.{y}"]
        f[f"cf.capex_neg.{y}"] = -f[f"cf.capex.{y}"]
        f[f"seg.corp_capex.{y}"] = f[f"cf.capex_neg.{y}"] - f[f"seg.tl_capex.{y}"] - f[f"seg.log_capex.{y}"]
        f[f"seg.tl_or.{y}"] = quant((1 - f[f"seg.tl_oi.{y}"] / f[f"seg.tl_rev.{y}"]) * 100, 1)
        f[f"seg.log_or.{y}"] = quant((1 - f[f"seg.log_oi.{y}"] / f[f"seg.log_rev.{y}"]) * 100, 1)
        # income taxes: deferred federal and current federal are the balancing components
        f[f"tax.total.{y}"] = f[f"is.tax.{y}"]
        f[f"tax.def_fed.{y}"] = f[f"tax.def_total.{y}"] - f[f"tax.def_state.{y}"]
        f[f"tax.cur_fed.{y}"] = f[f"is.tax.{y}"] - f[f"tax.def_total.{y}"] - f[f"tax.cur_state.{y}"]
        f[f"tax.cur_total.{y}"] = f[f"tax.cur_fed.{y}"] + f[f"tax.cur_state.{y}"]
        f[f"tax.rate_stat.{y}"] = quant(f[f"is.pretax.{y}"] * Decimal("0.21"), 0)
        f[f"tax.rate_other.{y}"] = f[f"is.tax.{y}"] - total(
            "", ["tax.rate_stat", "tax.rate_state", "tax.rate_perdiem", "tax.rate_credits"], y)
        f[f"tax.etr.{y}"] = quant(f[f"is.tax.{y}"] / f[f"is.pretax.{y}"] * 100, 1)
        # cash flows
        f[f"cf.cfo.{y}"] = total("", ["is.net_income", "is.dna", "is.gain_sale", "cf.deferred_tax", "cf.sbc",
                                      "is.impairment", "cf.ar", "cf.prepaid", "cf.ap", "cf.accrued"], y)
        f[f"cf.cfi.{y}"] = total("", ["cf.capex", "cf.proceeds", "cf.acquisition", "cf.other_inv"], y)
        f[f"cf.cff.{y}"] = total("", ["cf.revolver_borrow", "cf.revolver_repay", "cf.term_repay", "cf.dividends",
                                      "cf.repurchase", "cf.withheld"], y)
        f[f"cf.net_change.{y}"] = f[f"cf.cfo.{y}"] + f[f"cf.cfi.{y}"] + f[f"cf.cff.{y}"]
        # operating statistics (truckload segment, revenue excluding fuel surcharge)
        f[f"ops.own_tractors.{y}"] = f[f"ops.tractors.{y}"] - f[f"ops.ic_tractors.{y}"]
        f[f"ops.rev_per_lm.{y}"] = quant(f[f"seg.tl_base.{y}"] / f[f"ops.loaded_miles.{y}"], 3)
        f[f"ops.empty_pct.{y}"] = quant(
            (f[f"ops.total_miles.{y}"] - f[f"ops.loaded_miles.{y}"]) / f[f"ops.total_miles.{y}"] * 100, 1)
        f[f"ops.rev_per_tractor_wk.{y}"] = quant(f[f"seg.tl_base.{y}"] * 1000 / f[f"ops.tractors.{y}"] / 52, 0)
    # cash roll
    begin = f["cash.begin_2023"]
    for y in reversed(YEARS):
        f[f"cf.cash_begin.{y}"] = begin
        f[f"cf.cash_end.{y}"] = begin + f[f"cf.net_change.{y}"]
        begin = f[f"cf.cash_end.{y}"]
    # equity roll-forward 2023 -> 2025 (dividends declared equal dividends paid)
    sh, cs, apic, re_, ts = (f["eq.open_sh"], f["eq.open_cs"], f["eq.open_apic"], f["eq.open_re"], f["eq.open_ts"])
    f["eq.sh.2022"], f["eq.cs.2022"], f["eq.apic.2022"], f["eq.re.2022"], f["eq.ts.2022"] = sh, cs, apic, re_, ts
    f["eq.total.2022"] = cs + apic + re_ + ts
    for y in reversed(YEARS):
        f[f"eq.ni.{y}"] = f[f"is.net_income.{y}"]
        f[f"eq.div.{y}"] = f[f"cf.dividends.{y}"]
        f[f"eq.sbc.{y}"] = f[f"cf.sbc.{y}"]
        f[f"eq.withheld.{y}"] = f[f"cf.withheld.{y}"]
        f[f"eq.repurch.{y}"] = f[f"cf.repurchase.{y}"]
        sh += f[f"eq.sh_vested.{y}"] + f[f"eq.sh_repurch.{y}"]
        apic += f[f"eq.sbc.{y}"] + f[f"eq.withheld.{y}"]
        re_ += f[f"eq.ni.{y}"] + f[f"eq.div.{y}"]
        ts += f[f"eq.repurch.{y}"]
        f[f"eq.sh.{y}"], f[f"eq.cs.{y}"], f[f"eq.apic.{y}"], f[f"eq.re.{y}"], f[f"eq.ts.{y}"] = sh, cs, apic, re_, ts
        f[f"eq.total.{y}"] = cs + apic + re_ + ts
    # balance sheet
    for y in BS_YEARS:
        f[f"bs.cash.{y}"] = f[f"cf.cash_end.{y}"]
        f[f"bs.cur_assets.{y}"] = total("", ["bs.cash", "bs.ar", "bs.prepaid", "bs.supplies", "bs.tax_recv"], y)
        f[f"ppe.gross.{y}"] = total("", ["ppe.land", "ppe.buildings", "ppe.revenue_eq", "ppe.service_eq"], y)
        f[f"ppe.net.{y}"] = f[f"ppe.gross.{y}"] + f[f"ppe.accum.{y}"]
        f[f"debt.principal.{y}"] = f[f"debt.term.{y}"] + f[f"debt.revolver.{y}"]
        f[f"debt.net.{y}"] = f[f"debt.principal.{y}"] + f[f"debt.costs.{y}"]
        f[f"debt.lt.{y}"] = f[f"debt.net.{y}"] + f[f"debt.current.{y}"]
        f[f"debt.current_pos.{y}"] = -f[f"debt.current.{y}"]
        f[f"bs.cur_liab.{y}"] = total("", ["bs.ap", "bs.accrued_wages", "bs.claims_cur", "debt.current_pos",
                                           "bs.oplease_cur", "bs.other_accrued"], y)
        f[f"bs.total_liab.{y}"] = total("", ["bs.cur_liab", "debt.lt", "bs.oplease_lt", "bs.claims_lt",
                                             "bs.deferred_tax", "bs.other_ltl"], y)
        f[f"bs.total_le.{y}"] = f[f"bs.total_liab.{y}"] + f[f"eq.total.{y}"]
        f[f"bs.total_assets.{y}"] = f[f"bs.total_le.{y}"]
        # other noncurrent assets is the balancing asset line
        f[f"bs.other_assets.{y}"] = f[f"bs.total_assets.{y}"] - total(
            "", ["bs.cur_assets", "ppe.net", "bs.rou", "bs.goodwill", "bs.intangibles"], y)
        f[f"bs.working_capital.{y}"] = f[f"bs.cur_assets.{y}"] - f[f"bs.cur_liab.{y}"]
    f["mat.total"] = sum((f[k] for k in ("mat.2026", "mat.2027", "mat.2028", "mat.2029", "mat.2030", "mat.after")),
                         Decimal(0))
    f["lease.total"] = sum((f[f"lease.{p}"] for p in ("2026", "2027", "2028", "2029", "2030", "after")), Decimal(0))
    f["lease.pv"] = f["bs.oplease_cur.2025"] + f["bs.oplease_lt.2025"]
    f["lease.interest"] = f["lease.pv"] - f["lease.total"]
    for y in YEARS[:2]:
        f[f"adj.opex.{y}"] = total("", ["is.opex", "-is.fsc", "-dna.amort", "-is.impairment", "-adj.severance"], y)
        f[f"adj.op_income.{y}"] = f[f"is.rev_base.{y}"] - f[f"adj.opex.{y}"]
        f[f"adj.or_pct.{y}"] = quant(f[f"adj.opex.{y}"] / f[f"is.rev_base.{y}"] * 100, 1)
        f[f"adj.fsc_neg.{y}"] = -f[f"is.fsc.{y}"]
        f[f"adj.amort_neg.{y}"] = -f[f"dna.amort.{y}"]
        f[f"adj.impair_neg.{y}"] = -f[f"is.impairment.{y}"]
        f[f"adj.sev_neg.{y}"] = -f[f"adj.severance.{y}"]
    # contractual obligations (MD&A) from the debt and lease notes
    f["co.debt.lt1"] = f["mat.2026"]
    f["co.debt.y13"] = f["mat.2027"] + f["mat.2028"]
    f["co.debt.y35"] = f["mat.2029"] + f["mat.2030"]
    f["co.debt.gt5"] = f["mat.after"]
    f["co.lease.lt1"] = f["lease.2026"]
    f["co.lease.y13"] = f["lease.2027"] + f["lease.2028"]
    f["co.lease.y35"] = f["lease.2029"] + f["lease.2030"]
    f["co.lease.gt5"] = f["lease.after"]
    for item in ("debt", "interest", "lease", "purchase"):
        f[f"co.{item}.all"] = sum((f[f"co.{item}.{p}"] for p in ("lt1", "y13", "y35", "gt5")), Decimal(0))
    for p in ("lt1", "y13", "y35", "gt5", "all"):
        f[f"co.total.{p}"] = sum((f[f"co.{item}.{p}"] for item in ("debt", "interest", "lease", "purchase")),
                                 Decimal(0))
    f["revolver.avail"] = f["revolver.capacity"] - f["debt.revolver.2025"] - f["revolver.lc"]
    return f


def ties(f: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the filing must satisfy: (description, left, right)."""
    out: list[tuple[str, Decimal, Decimal]] = []
    for total_name, parts, periods in SUMS:
        for p in periods:
            acc = Decimal(0)
            for part in parts:
                sign = -1 if part.startswith("-") else 1
                acc += sign * f[_k(part.lstrip("-"), p)]
            out.append((f"{_k(total_name, p)} = {' + '.join(parts)}", f[_k(total_name, p)], acc))
    for y in YEARS:
        ni = f[f"is.net_income.{y}"]
        out.append((f"basic EPS {y}", f[f"eps.basic.{y}"], quant(ni / f[f"eps.basic_sh.{y}"], 2)))
        out.append((f"diluted EPS {y}", f[f"eps.diluted.{y}"], quant(ni / f[f"eps.diluted_sh.{y}"], 2)))
        out.append((f"operating ratio {y}", f[f"is.or_pct.{y}"],
                    quant(f[f"is.opex.{y}"] / f[f"is.revenue.{y}"] * 100, 1)))
        out.append((f"revenue per loaded mile {y}", f[f"ops.rev_per_lm.{y}"],
                    quant(f[f"seg.tl_base.{y}"] / f[f"ops.loaded_miles.{y}"], 3)))
        out.append((f"equity roll NI {y} = income statement", f[f"eq.ni.{y}"], ni))
    for y in BS_YEARS:
        out.append((f"cash flow ending cash {y} = balance sheet cash", f[f"cf.cash_end.{y}"], f[f"bs.cash.{y}"]))
        out.append((f"equity roll-forward {y} = balance sheet equity", f[f"eq.total.{y}"],
                    f[f"eq.cs.{y}"] + f[f"eq.apic.{y}"] + f[f"eq.re.{y}"] + f[f"eq.ts.{y}"]))
    out.append(("cash roll 2024 begin = 2023 end", f["cf.cash_begin.2024"], f["cf.cash_end.2023"]))
    out.append(("cash roll 2025 begin = 2024 end", f["cf.cash_begin.2025"], f["cf.cash_end.2024"]))
    out.append(("debt maturities total = debt principal", f["mat.total"], f["debt.principal.2025"]))
    out.append(("2026 maturities = current portion", f["mat.2026"], f["debt.current_pos.2025"]))
    out.append(("revolver change = borrowings - repayments", f["debt.revolver.2025"] - f["debt.revolver.2024"],
                f["cf.revolver_borrow.2025"] + f["cf.revolver_repay.2025"]))
    out.append(("term loan change = repayments", f["debt.term.2025"] - f["debt.term.2024"], f["cf.term_repay.2025"]))
    out.append(("intangibles change = amortization", f["bs.intangibles.2024"] - f["bs.intangibles.2025"],
                f["dna.amort.2025"]))
    out.append(("deferred tax liability change = deferred tax expense",
                f["bs.deferred_tax.2025"] - f["bs.deferred_tax.2024"], f["cf.deferred_tax.2025"]))
    for y in YEARS:
        out.append((f"deferred tax expense {y} = cash flow deferred taxes", f[f"tax.def_total.{y}"],
                    f[f"cf.deferred_tax.{y}"]))
    for y in BS_YEARS:
        out.append((f"other noncurrent assets {y} positive", Decimal(int(f[f"bs.other_assets.{y}"] > 0)), Decimal(1)))
    return out
