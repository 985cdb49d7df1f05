"""Invented figures for Quillmarsh Mining Corporation (gold and copper), Form 10-Q for the quarter ended June 30, 2026.

Money is in millions of dollars with one decimal; ounces in thousands, copper in millions of pounds, shares in
millions. Quarterly flows are typed in; six-month figures, totals, per-unit costs, cash and equity are derived so
that every statement ties.
"""

from __future__ import annotations

from decimal import Decimal

from layout import quant

COMPANY = "Quillmarsh Mining Corporation"
DOC_NAME = "QUILLMARSH_2026Q2_10Q"
QUARTERS = ("q1_25", "q2_25", "q1_26", "q2_26")
HALVES = {"h1_25": ("q1_25", "q2_25"), "h1_26": ("q1_26", "q2_26")}
PRINTED = ("q2_26", "q2_25", "h1_26", "h1_25")  # column order in the filing
ALL = QUARTERS + tuple(HALVES)
BS_DATES = ("jun26", "dec25")
MINES = ("tc", "ob", "hr")
KOZ = Decimal(1000)  # $ millions per thousand ounces -> $ per ounce

# quarterly flows: (Q1 2025, Q2 2025, Q1 2026, Q2 2026)
FLOWS: dict[str, tuple[str, str, str, str]] = {
    "prod.tc_au": ("89.6", "94.8", "91.7", "98.4"),
    "sold.tc_au": ("90.2", "93.9", "92.5", "96.1"),
    "sales.tc_au": ("258.9", "277.9", "297.9", "321.5"),
    "cas.tc_au": ("118.4", "121.5", "124.2", "128.7"),
    "dda.tc": ("38.7", "40.1", "39.8", "41.3"),
    "capex_s.tc": ("15.8", "17.2", "16.9", "18.6"),
    "capex_d.tc": ("12.9", "14.8", "11.2", "9.4"),
    "oth.tc": ("1.4", "1.6", "1.5", "1.8"),
    "prod.ob_au": ("53.8", "55.3", "57.9", "61.2"),
    "sold.ob_au": ("52.6", "54.7", "56.4", "59.8"),
    "sales.ob_au": ("151.0", "161.9", "181.6", "199.9"),
    "prod.ob_cu": ("60.7", "62.4", "64.1", "68.5"),
    "sold.ob_cu": ("59.9", "61.8", "65.0", "66.2"),
    "sales.ob_cu": ("251.6", "262.0", "279.5", "296.6"),
    "cas.ob_au": ("64.7", "66.2", "68.9", "71.4"),
    "cas.ob_cu": ("146.2", "149.5", "151.7", "158.3"),
    "dda.ob": ("57.3", "58.9", "60.4", "62.7"),
    "capex_s.ob": ("26.1", "28.4", "27.8", "31.2"),
    "capex_d.ob": ("21.4", "19.6", "25.1", "22.5"),
    "oth.ob": ("2.1", "2.4", "2.2", "2.6"),
    "prod.hr_au": ("76.4", "78.1", "80.2", "84.7"),
    "sold.hr_au": ("76.9", "77.5", "79.6", "85.3"),
    "sales.hr_au": ("220.7", "229.4", "256.3", "285.2"),
    "cas.hr_au": ("110.1", "112.3", "116.8", "119.6"),
    "dda.hr": ("44.6", "45.2", "46.5", "48.9"),
    "capex_s.hr": ("20.3", "21.5", "22.6", "24.1"),
    "capex_d.hr": ("4.6", "5.1", "7.0", "6.2"),
    "oth.hr": ("1.0", "1.3", "0.9", "1.1"),
    "dda.corp": ("2.1", "2.2", "2.4", "2.5"),
    "is.reclam": ("6.9", "7.0", "7.2", "7.4"),
    "is.explor": ("19.8", "22.1", "21.3", "24.6"),
    "aisc.explor_sust": ("4.9", "5.3", "5.2", "6.1"),
    "is.ga": ("35.1", "36.4", "37.0", "38.2"),
    "oth.corp": ("3.2", "2.9", "3.6", "4.2"),
    "capex.corp": ("1.2", "1.5", "0.9", "1.3"),
    "is.interest": ("24.9", "24.6", "23.8", "22.6"),
    "is.oth_inc": ("7.4", "8.2", "9.1", "10.3"),
    "is.tax": ("59.7", "68.9", "88.4", "105.9"),
    "eps.basic_sh": ("193.8", "193.1", "191.9", "191.4"),
    "eps.dilutive": ("0.9", "0.8", "1.0", "0.9"),
    "oci.hedge": ("-3.1", "4.6", "-5.8", "-2.4"),
    "oci.reclass": ("1.2", "0.8", "-0.9", "-1.6"),
    "oci.fx": ("0.6", "1.4", "-0.3", "0.8"),
    "eq.sbc": ("5.8", "6.1", "6.4", "6.6"),
    "eq.withheld": ("-4.9", "-0.6", "-6.2", "-0.4"),
    "eq.repurch": ("-40.0", "-35.0", "-30.0", "-44.9"),
    "eq.sh_issued": ("0.6", "0.1", "0.7", "0.1"),
    "eq.sh_repurch": ("-0.5", "-0.4", "-0.3", "-0.4"),
    "eq.dps": ("0.25", "0.25", "0.25", "0.25"),
}
# non-additive per-quarter items (shares are averages, dividends per share are rates)
NON_ADDITIVE = {"eps.basic_sh", "eps.dilutive", "eq.dps"}
# weighted shares for the six-month columns (printed, not summed)
SIX_MONTH_SHARES = {"eps.basic_sh.h1_25": "193.5", "eps.dilutive.h1_25": "0.9",
                    "eps.basic_sh.h1_26": "191.7", "eps.dilutive.h1_26": "0.9"}
CFO_QUARTER = {"cf.cfo.q2_25": "352.8", "cf.cfo.q2_26": "431.6"}

# six-month cash flow items (h1_25, h1_26)
CF6: dict[str, tuple[str, str]] = {
    "cf.def_tax": ("8.4", "11.7"),
    "cf.other_noncash": ("3.9", "5.2"),
    "cf.receivables": ("-12.6", "-24.8"),
    "cf.inventories": ("-31.4", None),  # 2026 derived from the balance sheet
    "cf.reclam_paid": ("-9.8", "-11.3"),
    "cf.payables": ("15.2", "6.3"),
    "cf.taxes_payable": ("-6.1", "18.3"),
    "cf.buy_sti": ("-50.0", "-120.0"),
    "cf.sell_sti": ("40.0", "75.0"),
    "cf.asset_sales": ("2.4", "6.8"),
    "cf.other_inv": ("-1.1", "-0.7"),
    "cf.revolver": ("30.0", "-120.0"),
    "cf.equip_repay": ("-11.9", "-12.6"),
    "cf.other_fin": ("-0.8", "-1.1"),
    "cf.fx": ("0.3", "-0.2"),
}

# balance sheet inputs (June 30, 2026; December 31, 2025); None = derived
BS: dict[str, tuple[str | None, str]] = {
    "bs.cash": (None, "812.6"),
    "bs.restricted": ("39.1", "38.4"),
    "bs.sti": (None, "95.0"),
    "bs.receivables": (None, "118.7"),
    "bs.other_ca": ("71.5", "64.2"),
    "bs.ppe": (None, "6842.5"),
    "bs.dta": ("109.8", "112.4"),
    "inv.supplies": ("312.4", "298.7"),
    "inv.inprocess": ("48.6", "44.1"),
    "inv.concentrate": ("39.2", "35.8"),
    "inv.metal": ("21.7", "26.3"),
    "stk.cur_stock": ("86.3", "80.9"),
    "stk.cur_leach": ("214.8", "205.6"),
    "stk.lt_stock": ("402.7", "391.5"),
    "stk.lt_leach": ("168.4", "174.2"),
    "der.a_collar": ("6.8", "14.2"),
    "der.a_diesel": ("2.1", "0.0"),
    "der.l_collar": ("9.4", "3.1"),
    "der.l_diesel": ("0.0", "1.7"),
    "bs.ap": ("301.9", "286.4"),
    "bs.employee": ("84.2", "98.7"),
    "bs.tax_payable": (None, "74.5"),
    "bs.other_cl": ("151.6", "142.3"),
    "bs.reclam": (None, "1184.6"),
    "bs.dtl": ("716.9", "702.8"),
    "bs.other_ncl": ("249.3", "245.1"),
    "debt.notes29": ("600.0", "600.0"),
    "debt.notes34": ("750.0", "750.0"),
    "debt.revolver": (None, "120.0"),
    "debt.equip": (None, "91.2"),
    "debt.discount": ("-14.8", "-15.9"),
    "debt.current": ("-25.1", "-25.4"),
}
# opening equity balances (December 31 of the prior year) for each six-month roll-forward
EQ_OPEN = {
    "h1_25": {"sh": "194.2", "cs": "1.9", "apic": "3388.4", "aoci": "-21.7", "re": "1641.2"},
    "h1_26": {"sh": "192.1", "cs": "1.9", "apic": "3412.6", "aoci": "-18.4", "re": "1963.9"},
}
CF_BEGIN_25 = "739.4"  # cash, cash equivalents and restricted cash at December 31, 2024
SINGLE = {
    "rep.apr_sh": "138400", "rep.apr_px": "104.12", "rep.may_sh": "142900", "rep.may_px": "107.85",
    "rep.jun_sh": "136000", "rep.jun_px": "111.06",
    "prov.lbs": "41.6", "prov.price": "4.52",
    "hedge.lbs": "96.0", "hedge.floor": "4.00", "hedge.cap": "5.10",
    "notes.fair": "1362.5", "revolver.size": "1500.0", "revolver.lc": "112.4", "cover.shares": "191.8",
    "sens.gold_pct": "10",
}

SUMS: list[tuple[str, list[str], tuple[str, ...]]] = [
    ("is.sales_au", ["sales.tc_au", "sales.ob_au", "sales.hr_au"], ALL),
    ("is.sales", ["is.sales_au", "sales.ob_cu"], ALL),
    ("is.cas", ["cas.tc_au", "cas.ob_au", "cas.ob_cu", "cas.hr_au"], ALL),
    ("is.dda", ["dda.tc", "dda.ob", "dda.hr", "dda.corp"], ALL),
    ("is.other_exp", ["oth.tc", "oth.ob", "oth.hr", "oth.corp"], ALL),
    ("is.costs", ["is.cas", "is.dda", "is.reclam", "is.explor", "is.ga", "is.other_exp"], ALL),
    ("is.other_net", ["is.oth_inc", "-is.interest"], ALL),
    ("is.pretax", ["is.sales", "-is.costs", "is.other_net"], ALL),
    ("is.net_income", ["is.pretax", "-is.tax"], ALL),
    ("is.pretax", ["seg.tc_pti", "seg.ob_pti", "seg.hr_pti", "seg.corp_pti"], ALL),
    ("seg.ob_sales", ["sales.ob_au", "sales.ob_cu"], ALL),
    ("seg.ob_cas", ["cas.ob_au", "cas.ob_cu"], ALL),
    ("capex.total", ["capex.tc", "capex.ob", "capex.hr", "capex.corp"], ALL),
    ("capex.total", ["capex.sust", "capex.dev", "capex.corp"], ALL),
    ("eps.diluted_sh", ["eps.basic_sh", "eps.dilutive"], PRINTED),
    ("oci.total", ["oci.hedge", "oci.reclass", "oci.fx"], ALL),
    ("ci.total", ["is.net_income", "oci.total"], ALL),
    ("aisc.cash_net", ["is.cas", "aisc.byproduct"], ALL),
    ("aisc.total", ["aisc.cash_net", "is.reclam", "aisc.explor_sust", "is.ga", "capex.sust"], ALL),
    ("sold.au", ["sold.tc_au", "sold.ob_au", "sold.hr_au"], ALL),
    ("prod.au", ["prod.tc_au", "prod.ob_au", "prod.hr_au"], ALL),
    ("fcf.total", ["cf.cfo", "cf.additions"], PRINTED),
    ("cf.cfo", ["is.net_income", "is.dda", "eq.sbc", "is.reclam", "cf.def_tax", "cf.other_noncash",
                "cf.receivables", "cf.inventories", "cf.reclam_paid", "cf.payables", "cf.taxes_payable"],
     tuple(HALVES)),
    ("cf.cfi", ["cf.additions", "cf.buy_sti", "cf.sell_sti", "cf.asset_sales", "cf.other_inv"], tuple(HALVES)),
    ("cf.cff", ["cf.revolver", "cf.equip_repay", "cf.dividends", "cf.repurchase", "cf.withheld", "cf.other_fin"],
     tuple(HALVES)),
    ("cf.net_change", ["cf.cfo", "cf.cfi", "cf.cff", "cf.fx"], tuple(HALVES)),
    ("cf.end", ["cf.begin", "cf.net_change"], tuple(HALVES)),
    ("cf.end", ["cf.end_cash", "cf.end_restricted"], ("h1_26",)),
    ("inv.total", ["inv.supplies", "inv.inprocess", "inv.concentrate", "inv.metal"], BS_DATES),
    ("stk.cur", ["stk.cur_stock", "stk.cur_leach"], BS_DATES),
    ("stk.lt", ["stk.lt_stock", "stk.lt_leach"], BS_DATES),
    ("stk.total", ["stk.cur", "stk.lt"], BS_DATES),
    ("der.assets", ["der.a_collar", "der.a_diesel"], BS_DATES),
    ("der.liabs", ["der.l_collar", "der.l_diesel"], BS_DATES),
    ("bs.cur_assets", ["bs.cash", "bs.sti", "bs.receivables", "inv.total", "stk.cur", "der.assets", "bs.other_ca"],
     BS_DATES),
    ("bs.total_assets", ["bs.cur_assets", "bs.ppe", "stk.lt", "bs.dta", "bs.other_nca"], BS_DATES),
    ("debt.total", ["debt.notes29", "debt.notes34", "debt.revolver", "debt.equip", "debt.discount"], BS_DATES),
    ("debt.lt", ["debt.total", "debt.current"], BS_DATES),
    ("bs.cur_liab", ["bs.ap", "bs.employee", "bs.tax_payable", "debt.current_pos", "der.liabs", "bs.other_cl"],
     BS_DATES),
    ("bs.total_liab", ["bs.cur_liab", "debt.lt", "bs.reclam", "bs.dtl", "bs.other_ncl"], BS_DATES),
    ("eq.total", ["eq.cs", "eq.apic", "eq.aoci", "eq.re"], BS_DATES),
    ("bs.total_le", ["bs.total_liab", "eq.total"], BS_DATES),
    ("bs.total_le", ["bs.total_assets"], BS_DATES),
]

PER_OZ = [  # (printed key, numerator $M, denominator koz or Mlb, decimals, multiplier)
    ("price.au", "is.sales_au", "sold.au", 0, KOZ),
    ("price.cu", "sales.ob_cu", "sold.ob_cu", 2, Decimal(1)),
    ("aisc.cash_per_oz", "aisc.cash_net", "sold.au", 0, KOZ),
    ("aisc.per_oz", "aisc.total", "sold.au", 0, KOZ),
    ("unit.tc_cas", "cas.tc_au", "sold.tc_au", 0, KOZ),
    ("unit.ob_cas_au", "cas.ob_au", "sold.ob_au", 0, KOZ),
    ("unit.hr_cas", "cas.hr_au", "sold.hr_au", 0, KOZ),
    ("unit.ob_cas_cu", "cas.ob_cu", "sold.ob_cu", 2, Decimal(1)),
]


def _k(name: str, period: str) -> str:
    return f"{name}.{period}" if period else name


def _sum(f: dict[str, Decimal], parts: list[str], period: str) -> Decimal:
    acc = Decimal(0)
    for part in parts:
        sign = -1 if part.startswith("-") else 1
        acc += sign * f[_k(part.lstrip("-"), period)]
    return acc


def build() -> dict[str, Decimal]:
    f: dict[str, Decimal] = {}
    for name, values in FLOWS.items():
        for period, value in zip(QUARTERS, values, strict=True):
            f[f"{name}.{period}"] = Decimal(value)
        if name not in NON_ADDITIVE:
            for half, (qa, qb) in HALVES.items():
                f[f"{name}.{half}"] = f[f"{name}.{qa}"] + f[f"{name}.{qb}"]
    for key, value in SIX_MONTH_SHARES.items():
        f[key] = Decimal(value)
    for name, value in SINGLE.items():
        f[name] = Decimal(value)

    for p in ALL:
        for total, parts, _periods in SUMS[:8]:  # income statement build-up, in dependency order
            f[f"{total}.{p}"] = _sum(f, parts, p)
        f[f"is.net_income.{p}"] = f[f"is.pretax.{p}"] - f[f"is.tax.{p}"]
        for mine in MINES:
            f[f"capex.{mine}.{p}"] = f[f"capex_s.{mine}.{p}"] + f[f"capex_d.{mine}.{p}"]
        f[f"seg.ob_sales.{p}"] = f[f"sales.ob_au.{p}"] + f[f"sales.ob_cu.{p}"]
        f[f"seg.ob_cas.{p}"] = f[f"cas.ob_au.{p}"] + f[f"cas.ob_cu.{p}"]
        f[f"seg.tc_pti.{p}"] = _sum(f, ["sales.tc_au", "-cas.tc_au", "-dda.tc", "-oth.tc"], p)
        f[f"seg.ob_pti.{p}"] = _sum(f, ["seg.ob_sales", "-seg.ob_cas", "-dda.ob", "-oth.ob"], p)
        f[f"seg.hr_pti.{p}"] = _sum(f, ["sales.hr_au", "-cas.hr_au", "-dda.hr", "-oth.hr"], p)
        f[f"seg.corp_pti.{p}"] = _sum(f, ["-dda.corp", "-is.reclam", "-is.explor", "-is.ga", "-oth.corp",
                                          "is.other_net"], p)
        f[f"capex.sust.{p}"] = _sum(f, ["capex_s.tc", "capex_s.ob", "capex_s.hr"], p)
        f[f"capex.dev.{p}"] = _sum(f, ["capex_d.tc", "capex_d.ob", "capex_d.hr"], p)
        f[f"capex.total.{p}"] = _sum(f, ["capex.tc", "capex.ob", "capex.hr", "capex.corp"], p)
        f[f"cf.additions.{p}"] = -f[f"capex.total.{p}"]
        f[f"oci.total.{p}"] = _sum(f, ["oci.hedge", "oci.reclass", "oci.fx"], p)
        f[f"ci.total.{p}"] = f[f"is.net_income.{p}"] + f[f"oci.total.{p}"]
        f[f"aisc.byproduct.{p}"] = -f[f"sales.ob_cu.{p}"]
        f[f"aisc.cash_net.{p}"] = f[f"is.cas.{p}"] + f[f"aisc.byproduct.{p}"]
        f[f"aisc.total.{p}"] = _sum(f, ["aisc.cash_net", "is.reclam", "aisc.explor_sust", "is.ga", "capex.sust"], p)
        f[f"sold.au.{p}"] = _sum(f, ["sold.tc_au", "sold.ob_au", "sold.hr_au"], p)
        f[f"prod.au.{p}"] = _sum(f, ["prod.tc_au", "prod.ob_au", "prod.hr_au"], p)
        for key, num, den, dec, mult in PER_OZ:
            f[f"{key}.{p}"] = quant(f[f"{num}.{p}"] / f[f"{den}.{p}"] * mult, dec)
        f[f"is.etr.{p}"] = quant(f[f"is.tax.{p}"] / f[f"is.pretax.{p}"] * 100, 1)
    # equity roll-forwards by quarter
    for half, (qa, qb) in HALVES.items():
        o = {k: Decimal(v) for k, v in EQ_OPEN[half].items()}
        start_label = "dec24" if half == "h1_25" else "dec25"
        for c in ("sh", "cs", "apic", "aoci", "re"):
            f[f"eq.{c}.{start_label}"] = o[c]
        f[f"eq.total.{start_label}"] = o["cs"] + o["apic"] + o["aoci"] + o["re"]
        for q in (qa, qb):
            # dividends declared = rate x shares outstanding at the start of the quarter
            f[f"eq.div.{q}"] = -quant(f[f"eq.dps.{q}"] * o["sh"], 1)
            f[f"eq.ni.{q}"] = f[f"is.net_income.{q}"]
            f[f"eq.oci.{q}"] = f[f"oci.total.{q}"]
            o["sh"] += f[f"eq.sh_issued.{q}"] + f[f"eq.sh_repurch.{q}"]
            o["apic"] += f[f"eq.sbc.{q}"] + f[f"eq.withheld.{q}"]
            o["aoci"] += f[f"eq.oci.{q}"]
            o["re"] += f[f"eq.ni.{q}"] + f[f"eq.div.{q}"] + f[f"eq.repurch.{q}"]
            for c in ("sh", "cs", "apic", "aoci", "re"):
                f[f"eq.{c}.end_{q}"] = o[c]
            f[f"eq.total.end_{q}"] = o["cs"] + o["apic"] + o["aoci"] + o["re"]
        for item in ("div", "ni", "oci"):
            f[f"eq.{item}.{half}"] = f[f"eq.{item}.{qa}"] + f[f"eq.{item}.{qb}"]
    for c in ("sh", "cs", "apic", "aoci", "re", "total"):
        f[f"eq.{c}.jun26"] = f[f"eq.{c}.end_q2_26"]
    for p in PRINTED:
        f[f"eps.diluted_sh.{p}"] = f[f"eps.basic_sh.{p}"] + f[f"eps.dilutive.{p}"]
        f[f"eps.basic.{p}"] = quant(f[f"is.net_income.{p}"] / f[f"eps.basic_sh.{p}"], 2)
        f[f"eps.diluted.{p}"] = quant(f[f"is.net_income.{p}"] / f[f"eps.diluted_sh.{p}"], 2)
    for half, (qa, qb) in HALVES.items():
        f[f"eq.dps.{half}"] = f[f"eq.dps.{qa}"] + f[f"eq.dps.{qb}"]

    # balance sheet
    for name, (jun, dec) in BS.items():
        f[f"{name}.dec25"] = Decimal(dec)
        if jun is not None:
            f[f"{name}.jun26"] = Decimal(jun)
    # balances that move only through cash flow lines are rolled forward from December 31
    f["bs.sti.jun26"] = f["bs.sti.dec25"] - Decimal(CF6["cf.buy_sti"][1]) - Decimal(CF6["cf.sell_sti"][1])
    f["bs.receivables.jun26"] = f["bs.receivables.dec25"] - Decimal(CF6["cf.receivables"][1])
    f["debt.revolver.jun26"] = f["debt.revolver.dec25"] + Decimal(CF6["cf.revolver"][1])
    f["debt.equip.jun26"] = f["debt.equip.dec25"] + Decimal(CF6["cf.equip_repay"][1])
    f["bs.tax_payable.jun26"] = f["bs.tax_payable.dec25"] + Decimal(CF6["cf.taxes_payable"][1])
    f["bs.reclam.jun26"] = f["bs.reclam.dec25"] + f["is.reclam.h1_26"] + Decimal(CF6["cf.reclam_paid"][1])
    f["bs.ppe.jun26"] = f["bs.ppe.dec25"] + f["capex.total.h1_26"] - f["is.dda.h1_26"] - Decimal(
        CF6["cf.asset_sales"][1])
    for d in BS_DATES:
        f[f"inv.total.{d}"] = _sum(f, ["inv.supplies", "inv.inprocess", "inv.concentrate", "inv.metal"], d)
        f[f"stk.cur.{d}"] = f[f"stk.cur_stock.{d}"] + f[f"stk.cur_leach.{d}"]
        f[f"stk.lt.{d}"] = f[f"stk.lt_stock.{d}"] + f[f"stk.lt_leach.{d}"]
        f[f"stk.total.{d}"] = f[f"stk.cur.{d}"] + f[f"stk.lt.{d}"]
        f[f"stk.leach_total.{d}"] = f[f"stk.cur_leach.{d}"] + f[f"stk.lt_leach.{d}"]
        f[f"der.assets.{d}"] = f[f"der.a_collar.{d}"] + f[f"der.a_diesel.{d}"]
        f[f"der.liabs.{d}"] = f[f"der.l_collar.{d}"] + f[f"der.l_diesel.{d}"]
        f[f"debt.total.{d}"] = _sum(f, ["debt.notes29", "debt.notes34", "debt.revolver", "debt.equip",
                                        "debt.discount"], d)
        f[f"debt.lt.{d}"] = f[f"debt.total.{d}"] + f[f"debt.current.{d}"]
        f[f"debt.current_pos.{d}"] = -f[f"debt.current.{d}"]
    # cash flow statement (six months)
    inv_change = -(f["inv.total.jun26"] + f["stk.total.jun26"] - f["inv.total.dec25"] - f["stk.total.dec25"])
    for i, half in enumerate(("h1_25", "h1_26")):
        for name, values in CF6.items():
            f[f"{name}.{half}"] = inv_change if values[i] is None else Decimal(values[i])
        f[f"cf.dividends.{half}"] = f[f"eq.div.{half}"]
        f[f"cf.repurchase.{half}"] = f[f"eq.repurch.{half}"]
        f[f"cf.withheld.{half}"] = f[f"eq.withheld.{half}"]
        f[f"cf.cfo.{half}"] = _sum(f, SUMS_BY_NAME["cf.cfo"], half)
        f[f"cf.cfi.{half}"] = _sum(f, SUMS_BY_NAME["cf.cfi"], half)
        f[f"cf.cff.{half}"] = _sum(f, SUMS_BY_NAME["cf.cff"], half)
        f[f"cf.net_change.{half}"] = _sum(f, ["cf.cfo", "cf.cfi", "cf.cff", "cf.fx"], half)
    f["cf.begin.h1_25"] = Decimal(CF_BEGIN_25)
    f["cf.begin.h1_26"] = f["bs.cash.dec25"] + f["bs.restricted.dec25"]
    for half in HALVES:
        f[f"cf.end.{half}"] = f[f"cf.begin.{half}"] + f[f"cf.net_change.{half}"]
    f["cf.end_restricted.h1_26"] = f["bs.restricted.jun26"]
    f["cf.end_cash.h1_26"] = f["cf.end.h1_26"] - f["bs.restricted.jun26"]
    f["bs.cash.jun26"] = f["cf.end_cash.h1_26"]
    for key, value in CFO_QUARTER.items():
        f[key] = Decimal(value)
    for p in PRINTED:
        f[f"fcf.total.{p}"] = f[f"cf.cfo.{p}"] + f[f"cf.additions.{p}"]
    for d in BS_DATES:
        f[f"bs.cur_assets.{d}"] = _sum(f, ["bs.cash", "bs.sti", "bs.receivables", "inv.total", "stk.cur",
                                           "der.assets", "bs.other_ca"], d)
        f[f"bs.cur_liab.{d}"] = _sum(f, ["bs.ap", "bs.employee", "bs.tax_payable", "debt.current_pos", "der.liabs",
                                         "bs.other_cl"], d)
        f[f"bs.total_liab.{d}"] = _sum(f, ["bs.cur_liab", "debt.lt", "bs.reclam", "bs.dtl", "bs.other_ncl"], d)
        f[f"bs.total_le.{d}"] = f[f"bs.total_liab.{d}"] + f[f"eq.total.{d}"]
        f[f"bs.total_assets.{d}"] = f[f"bs.total_le.{d}"]
        # other noncurrent assets (which include restricted cash) is the balancing asset line
        f[f"bs.other_nca.{d}"] = f[f"bs.total_assets.{d}"] - _sum(
            f, ["bs.cur_assets", "bs.ppe", "stk.lt", "bs.dta"], d)
    # Part II repurchase table
    f["rep.total_sh"] = f["rep.apr_sh"] + f["rep.may_sh"] + f["rep.jun_sh"]
    f["rep.cost"] = f["rep.apr_sh"] * f["rep.apr_px"] + f["rep.may_sh"] * f["rep.may_px"] + (
        f["rep.jun_sh"] * f["rep.jun_px"])
    f["rep.avg_px"] = quant(f["rep.cost"] / f["rep.total_sh"], 2)
    f["sens.gold_rev"] = quant(f["is.sales_au.h1_26"] * f["sens.gold_pct"] / 100, 1)
    return f


SUMS_BY_NAME = {name: parts for name, parts, _ in SUMS}


def ties(f: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    out: list[tuple[str, Decimal, Decimal]] = []
    for total_name, parts, periods in SUMS:
        for p in periods:
            out.append((f"{_k(total_name, p)} = {' + '.join(parts)}", f[_k(total_name, p)], _sum(f, parts, p)))
    for half, (qa, qb) in HALVES.items():
        for name in ("is.sales", "is.cas", "is.net_income", "aisc.total", "capex.total"):
            out.append((f"{name} {half} = {qa} + {qb}", f[f"{name}.{half}"], f[f"{name}.{qa}"] + f[f"{name}.{qb}"]))
    for p in PRINTED:
        ni = f[f"is.net_income.{p}"]
        out.append((f"basic EPS {p}", f[f"eps.basic.{p}"], quant(ni / f[f"eps.basic_sh.{p}"], 2)))
        out.append((f"diluted EPS {p}", f[f"eps.diluted.{p}"], quant(ni / f[f"eps.diluted_sh.{p}"], 2)))
        for key, num, den, dec, mult in PER_OZ:
            out.append((f"{key} {p} = {num}/{den}", f[f"{key}.{p}"],
                        quant(f[f"{num}.{p}"] / f[f"{den}.{p}"] * mult, dec)))
    for q in ("q1_26", "q2_26"):
        out.append((f"equity roll NI {q} = income statement", f[f"eq.ni.{q}"], f[f"is.net_income.{q}"]))
        out.append((f"equity roll OCI {q} = comprehensive income statement", f[f"eq.oci.{q}"], f[f"oci.total.{q}"]))
    out.append(("equity roll-forward end = June 30, 2026 balance sheet equity", f["eq.total.end_q2_26"],
                f["eq.total.jun26"]))
    out.append(("cash flow ending cash = balance sheet cash + restricted cash", f["cf.end.h1_26"],
                f["bs.cash.jun26"] + f["bs.restricted.jun26"]))
    out.append(("cash flow beginning cash = Dec 31 cash + restricted cash", f["cf.begin.h1_26"],
                f["bs.cash.dec25"] + f["bs.restricted.dec25"]))
    out.append(("dividends paid = dividends declared (6M 2026)", f["cf.dividends.h1_26"], f["eq.div.h1_26"]))
    out.append(("repurchases paid = equity repurchases (6M 2026)", f["cf.repurchase.h1_26"], f["eq.repurch.h1_26"]))
    out.append(("Q2 2026 repurchase table cost = equity repurchases", quant(f["rep.cost"] / 1000000, 1),
                -f["eq.repurch.q2_26"]))
    out.append(("Q2 2026 repurchase table shares = equity share count", quant(f["rep.total_sh"] / 1000000, 1),
                -f["eq.sh_repurch.q2_26"]))
    out.append(("inventory cash flow = balance sheet change", f["cf.inventories.h1_26"],
                -(f["inv.total.jun26"] + f["stk.total.jun26"] - f["inv.total.dec25"] - f["stk.total.dec25"])))
    out.append(("short-term investments roll", f["bs.sti.jun26"] - f["bs.sti.dec25"],
                -(f["cf.buy_sti.h1_26"] + f["cf.sell_sti.h1_26"])))
    out.append(("revolver roll", f["debt.revolver.jun26"] - f["debt.revolver.dec25"], f["cf.revolver.h1_26"]))
    out.append(("equipment financing roll", f["debt.equip.jun26"] - f["debt.equip.dec25"], f["cf.equip_repay.h1_26"]))
    out.append(("reclamation liability roll", f["bs.reclam.jun26"] - f["bs.reclam.dec25"],
                f["is.reclam.h1_26"] + f["cf.reclam_paid.h1_26"]))
    out.append(("additions = mine capital expenditures (6M 2026)", -f["cf.additions.h1_26"], f["capex.total.h1_26"]))
    for d in BS_DATES:
        out.append((f"other noncurrent assets {d} exceed restricted cash",
                    Decimal(int(f[f"bs.other_nca.{d}"] > f[f"bs.restricted.{d}"])), Decimal(1)))
    return out
