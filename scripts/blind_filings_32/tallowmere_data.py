"""Invented figures for Tallowmere Stone & Cement Corporation, Form 10-K for the fiscal year ended December 31, 2025.

Amounts are $ millions with one decimal; aggregates and cement shipments in millions of tons (two decimals for
cement, one for aggregates); ready-mix in millions of cubic yards (two decimals); prices and per-unit profits in $
(two decimals); shares in millions. Segment revenue, gross profit and depreciation build the statement of income
and the operating statistics; the December 31, 2024 balance sheet is given (retained earnings balances it) and
December 31, 2025 is derived through the 2025 cash flows and the property, debt, asset retirement obligation and
equity roll-forwards, so the statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
DATES = (2025, 2024)
SEGMENTS = {"agg": "Aggregates", "cem": "Cement", "rmx": "Ready-Mix Concrete"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


SEG_REV = {"agg": ("1842.6", "1716.3", "1598.4"), "cem": ("926.8", "884.5", "851.2"),
           "rmx": ("611.5", "598.2", "572.9")}
SEG_GP = {"agg": ("548.7", "491.2", "438.5"), "cem": ("271.4", "243.9", "228.6"), "rmx": ("58.2", "52.7", "49.8")}
SEG_DDA = {"agg": ("162.4", "154.8", "147.1"), "cem": ("88.3", "84.6", "81.9"), "rmx": ("31.6", "30.2", "29.4")}
VOLUME = {"agg": ("86.4", "84.1", "82.7"), "cem": ("5.62", "5.48", "5.51"), "rmx": ("3.94", "4.02", "3.97")}
ELIM = ("-96.4", "-91.8", "-88.1")  # intersegment revenue (cement and aggregates sold to ready-mix)
CORP_DDA = ("5.8", "5.4", "5.0")
SGA = ("214.6", "201.3", "190.8")
OTHER_OP = ("-12.4", "3.1", "0.0")  # other operating (income) expense, net; negative = income
INTEREST = ("98.7", "104.2", "96.5")
OTHER_INC = ("7.3", "5.1", "4.4")
TAX = ("131.6", "101.8", "88.9")
SHARES_B = ("52.84", "53.61", "54.02")
SHARES_D = ("53.21", "54.05", "54.47")
DPS = ("1.80", "1.64", "1.52")
NOTES = [  # (description, principal 2025, principal 2024, maturity year)
    ("2.90% senior notes due 2025", "0.0", "250.0", 2025),
    ("3.85% senior notes due 2026", "300.0", "300.0", 2026),
    ("Term loan due 2027", "125.0", "200.0", 2027),
    ("5.10% senior notes due 2028", "500.0", "500.0", 2028),
    ("4.40% senior notes due 2030", "400.0", "400.0", 2030),
    ("6.05% senior notes due 2033", "450.0", "0.0", 2033),
    ("5.65% senior notes due 2045", "350.0", "350.0", 2045),
]
# cash flow lines for 2024 and 2023 (2025 derives from the balance sheets)
CF_OLD = {2024: {"amort": "2.4", "dtax": "14.8", "sbc": "21.6", "gain": "-1.9", "ar": "-18.7", "inv": "-9.4",
                 "prepaid": "-2.2", "ap": "11.3", "accrued": "6.8", "aro_set": "-4.1", "capex": "-318.6",
                 "proceeds": "8.7", "acq": "-142.5", "borrow": "0.0", "repay": "-100.0", "costs": "0.0",
                 "div": "-87.9", "repo": "-165.2", "taxw": "-5.1"},
          2023: {"amort": "2.3", "dtax": "11.2", "sbc": "19.4", "gain": "-0.8", "ar": "-22.5", "inv": "-14.1",
                 "prepaid": "1.3", "ap": "8.9", "accrued": "4.2", "aro_set": "-3.6", "capex": "-296.4",
                 "proceeds": "5.9", "acq": "0.0", "borrow": "350.0", "repay": "-250.0", "costs": "-3.8",
                 "div": "-82.1", "repo": "-120.0", "taxw": "-4.4"}}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    for i, y in enumerate(YEARS):
        for g in segs:
            rev = put(f"seg.rev.{g}.{y}", SEG_REV[g][i])
            gp = put(f"seg.gp.{g}.{y}", SEG_GP[g][i])
            dda = put(f"seg.dda.{g}.{y}", SEG_DDA[g][i])
            vol = put(f"ops.vol.{g}.{y}", VOLUME[g][i])
            put(f"seg.cgp.{g}.{y}", gp + dda)
            put(f"ops.asp.{g}.{y}", q(rev / vol, 2))
            put(f"ops.cgpu.{g}.{y}", q((gp + dda) / vol, 2))
            put(f"seg.gm.{g}.{y}", pct(gp, rev))
        put(f"seg.rev.elim.{y}", ELIM[i])
        put(f"seg.gp.elim.{y}", 0)
        rev = put(f"is.rev.{y}", s(*[f"seg.rev.{g}.{y}" for g in segs], f"seg.rev.elim.{y}"))
        gp = put(f"is.gp.{y}", s(*[f"seg.gp.{g}.{y}" for g in segs]))
        put(f"seg.rev.total.{y}", rev)
        put(f"seg.gp.total.{y}", gp)
        put(f"seg.dda.corp.{y}", CORP_DDA[i])
        put(f"seg.dda.total.{y}", s(*[f"seg.dda.{g}.{y}" for g in segs], f"seg.dda.corp.{y}"))
        put(f"is.cor.{y}", rev - gp)
        put(f"is.sga.{y}", SGA[i])
        put(f"is.otherop.{y}", OTHER_OP[i])
        oi = put(f"is.oi.{y}", gp - v[f"is.sga.{y}"] - v[f"is.otherop.{y}"])
        put(f"is.int.{y}", INTEREST[i])
        put(f"is.oth.{y}", OTHER_INC[i])
        pre = put(f"is.pretax.{y}", oi - v[f"is.int.{y}"] + v[f"is.oth.{y}"])
        put(f"is.tax.{y}", TAX[i])
        ni = put(f"is.ni.{y}", pre - v[f"is.tax.{y}"])
        put(f"is.sh_b.{y}", SHARES_B[i])
        put(f"is.sh_d.{y}", SHARES_D[i])
        put(f"is.eps_b.{y}", q(ni / v[f"is.sh_b.{y}"], 2))
        put(f"is.eps_d.{y}", q(ni / v[f"is.sh_d.{y}"], 2))
        put(f"is.dps.{y}", DPS[i])
        put(f"mda.gmp.{y}", pct(gp, rev))
    for cur, prev in ((2025, 2024), (2024, 2023)):
        put(f"chg.rev.{cur}", pct(v[f"is.rev.{cur}"] - v[f"is.rev.{prev}"], v[f"is.rev.{prev}"]))
    put("chg.aggasp.2025", pct(v["ops.asp.agg.2025"] - v["ops.asp.agg.2024"], v["ops.asp.agg.2024"]))
    # asset retirement obligations (2024 and 2025)
    aro = {2024: {"inc": "3.6", "acc": "5.9", "set": "-4.1", "rev": "2.2"},
           2025: {"inc": "4.8", "acc": "6.4", "set": "-5.3", "rev": "-1.7"}}
    put("aro.begin.2024", "97.4")
    for y in (2024, 2025):
        if y == 2025:
            put("aro.begin.2025", v["aro.end.2024"])
        for k, amount in aro[y].items():
            put(f"aro.{k}.{y}", amount)
        put(f"aro.end.{y}", s(*[f"aro.{k}.{y}" for k in ("begin", "inc", "acc", "set", "rev")]))
    # debt
    for n, (_desc, p25, p24, year) in enumerate(NOTES):
        put(f"debt.n{n}.2025", p25)
        put(f"debt.n{n}.2024", p24)
        if year > 2025:
            put(f"debt.due.{year}", p25)
    for d in DATES:
        put(f"debt.principal.{d}", s(*[f"debt.n{n}.{d}" for n in range(len(NOTES))]))
    put("debt.disc.2024", "-14.9")
    # December 31, 2024 balance sheet (given)
    dec24 = {"cash": "312.8", "ar": "356.2", "inv": "284.5", "prepaid": "48.3", "ppe": "4682.7", "gw": "1214.6",
             "other_a": "186.4", "ap": "228.9", "accrued": "241.3", "dtax": "612.8", "other_l": "154.2",
             "cs": "0.6", "apic": "1184.3", "aoci": "-38.6", "treasury": "-942.7"}
    for k, amount in dec24.items():
        put(f"bs.{k}.2024", amount)
    dec25 = {"ar": "371.9", "inv": "301.2", "prepaid": "52.6", "ap": "247.4", "accrued": "255.1"}
    for k, amount in dec25.items():
        put(f"bs.{k}.2025", amount)
    for k in ("gw", "other_a", "other_l", "cs", "aoci"):
        put(f"bs.{k}.2025", v[f"bs.{k}.2024"])
    put("bs.aro.2024", v["aro.end.2024"])
    put("bs.aro.2025", v["aro.end.2025"])
    # 2025 cash flows
    y = 2025
    put(f"cf.ni.{y}", v[f"is.ni.{y}"])
    put(f"cf.dda.{y}", v[f"seg.dda.total.{y}"])
    put(f"cf.accr.{y}", v["aro.acc.2025"])
    put(f"cf.amort.{y}", "2.7")
    put(f"cf.dtax.{y}", "18.3")
    put(f"cf.sbc.{y}", "23.8")
    put(f"cf.gain.{y}", "-15.6")
    put(f"cf.ar.{y}", v["bs.ar.2024"] - v["bs.ar.2025"])
    put(f"cf.inv.{y}", v["bs.inv.2024"] - v["bs.inv.2025"])
    put(f"cf.prepaid.{y}", v["bs.prepaid.2024"] - v["bs.prepaid.2025"])
    put(f"cf.ap.{y}", v["bs.ap.2025"] - v["bs.ap.2024"])
    put(f"cf.accrued.{y}", v["bs.accrued.2025"] - v["bs.accrued.2024"])
    put(f"cf.aro_set.{y}", v["aro.set.2025"])
    put(f"cf.capex.{y}", "-347.9")
    put(f"cf.proceeds.{y}", "24.3")
    put(f"cf.acq.{y}", "0.0")
    put(f"cf.borrow.{y}", v["debt.n5.2025"] - v["debt.n5.2024"])
    put(f"cf.repay.{y}", -(v["debt.n0.2024"] - v["debt.n0.2025"] + v["debt.n2.2024"] - v["debt.n2.2025"]))
    put(f"cf.costs.{y}", "-6.2")
    put(f"cf.div.{y}", -q(v["is.dps.2025"] * D("52.60"), 1))
    put(f"cf.repo.{y}", "-210.4")
    put(f"cf.taxw.{y}", "-5.8")
    for yy, lines in CF_OLD.items():
        put(f"cf.ni.{yy}", v[f"is.ni.{yy}"])
        put(f"cf.dda.{yy}", v[f"seg.dda.total.{yy}"])
        put(f"cf.accr.{yy}", "5.9" if yy == 2024 else "5.5")
        for k, amount in lines.items():
            put(f"cf.{k}.{yy}", amount)
    ops = ("ni", "dda", "accr", "amort", "dtax", "sbc", "gain", "ar", "inv", "prepaid", "ap", "accrued", "aro_set")
    for yy in YEARS:
        put(f"cf.cfo.{yy}", s(*[f"cf.{k}.{yy}" for k in ops]))
        put(f"cf.cfi.{yy}", s(f"cf.capex.{yy}", f"cf.proceeds.{yy}", f"cf.acq.{yy}"))
        put(f"cf.cff.{yy}", s(*[f"cf.{k}.{yy}" for k in ("borrow", "repay", "costs", "div", "repo", "taxw")]))
        put(f"cf.change.{yy}", s(f"cf.cfo.{yy}", f"cf.cfi.{yy}", f"cf.cff.{yy}"))
        put(f"fcf.{yy}", v[f"cf.cfo.{yy}"] + v[f"cf.capex.{yy}"])
    put("cf.begin.2025", v["bs.cash.2024"])
    put("cf.end.2025", v["cf.begin.2025"] + v["cf.change.2025"])
    put("cf.end.2024", v["bs.cash.2024"])
    put("cf.begin.2024", v["cf.end.2024"] - v["cf.change.2024"])
    put("cf.end.2023", v["cf.begin.2024"])
    put("cf.begin.2023", v["cf.end.2023"] - v["cf.change.2023"])
    put("bs.cash.2025", v["cf.end.2025"])
    # property, plant and equipment
    disposals = v["cf.proceeds.2025"] + v["cf.gain.2025"]  # net book value of assets sold
    put("bs.ppe.2025", v["bs.ppe.2024"] - v["cf.capex.2025"] + v["aro.inc.2025"] + v["aro.rev.2025"]
        - v["cf.dda.2025"] - disposals)
    ppe24 = {"land": "1286.4", "bldg": "742.8", "mach": "4318.6", "cip": "214.9"}
    ppe25 = {"land": "1319.7", "bldg": "768.3", "mach": "4541.2"}
    for k, amount in ppe24.items():
        put(f"ppe.{k}.2024", amount)
    for k, amount in ppe25.items():
        put(f"ppe.{k}.2025", amount)
    put("ppe.gross.2024", s(*[f"ppe.{k}.2024" for k in ppe24]))
    put("ppe.acc.2024", v["bs.ppe.2024"] - v["ppe.gross.2024"])
    put("ppe.retired.2025", "-41.8")  # accumulated DD&A removed on retirements and sales
    put("ppe.acc.2025", v["ppe.acc.2024"] - v["cf.dda.2025"] - v["ppe.retired.2025"])
    put("ppe.gross.2025", v["bs.ppe.2025"] - v["ppe.acc.2025"])
    put("ppe.cip.2025", v["ppe.gross.2025"] - s(*[f"ppe.{k}.2025" for k in ppe25]))
    for d in DATES:
        put(f"ppe.net.{d}", v[f"bs.ppe.{d}"])
    # debt balances
    put("debt.disc.2025", v["debt.disc.2024"] + v["cf.costs.2025"] + v["cf.amort.2025"])
    put("debt.due.thereafter", v["debt.due.2033"] + v["debt.due.2045"])
    put("debt.due.2029", 0)
    put("bs.curdebt.2025", v["debt.due.2026"])
    put("bs.curdebt.2024", v["debt.n0.2024"])
    for d in DATES:
        put(f"debt.total.{d}", v[f"debt.principal.{d}"] + v[f"debt.disc.{d}"])
        put(f"debt.cur.{d}", -v[f"bs.curdebt.{d}"])
        put(f"bs.ltd.{d}", v[f"debt.total.{d}"] - v[f"bs.curdebt.{d}"])
        put(f"debt.lt.{d}", v[f"bs.ltd.{d}"])
    put("bs.dtax.2025", v["bs.dtax.2024"] + v["cf.dtax.2025"])
    put("bs.apic.2025", v["bs.apic.2024"] + v["cf.sbc.2025"] + v["cf.taxw.2025"])
    put("bs.treasury.2025", v["bs.treasury.2024"] + v["cf.repo.2025"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "ar", "inv", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "gw", "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "curdebt")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ltd", "aro", "dtax", "other_l")]))
    put("bs.re.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - s(*[f"bs.{k}.2024" for k in (
        "cs", "apic", "aoci", "treasury")]))
    put("bs.re.2025", v["bs.re.2024"] + v["is.ni.2025"] + v["cf.div.2025"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # fourth-quarter share repurchases
    rep = {"oct": ("142.6", "187.42"), "nov": ("118.3", "192.15"), "dec": ("97.5", "198.64")}
    for m, (shares, price) in rep.items():
        put(f"rep.sh.{m}", shares)
        put(f"rep.px.{m}", price)
    put("rep.sh.total", s(*[f"rep.sh.{m}" for m in rep]))
    put("rep.remaining", "487.6")
    put("rep.year_sh", "1.14")
    put("rep.year_amt", -v["cf.repo.2025"])
    put("mda.capex", -v["cf.capex.2025"])
    # prose
    put("ops.quarries", 118)
    put("ops.plants", 7)
    put("ops.rmx_plants", 64)
    put("ops.reserves", "6.4")
    put("ops.employees", 5270)
    put("debt.rcf", "750.0")
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for y in YEARS:
        t.append((f"IS {y}: revenue = segments less eliminations", v[f"is.rev.{y}"],
                  s(*[f"seg.rev.{g}.{y}" for g in SEGMENTS], f"seg.rev.elim.{y}")))
        t.append((f"IS {y}: gross profit = segments", v[f"is.gp.{y}"], s(*[f"seg.gp.{g}.{y}" for g in SEGMENTS])))
        t.append((f"IS {y}: net earnings", v[f"is.ni.{y}"], v[f"is.rev.{y}"] - v[f"is.cor.{y}"] - v[f"is.sga.{y}"]
                  - v[f"is.otherop.{y}"] - v[f"is.int.{y}"] + v[f"is.oth.{y}"] - v[f"is.tax.{y}"]))
        t.append((f"CF {y}: DD&A = segment DD&A", v[f"cf.dda.{y}"], v[f"seg.dda.total.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + v[f"cf.change.{y}"]))
        holds(f"CF {y}: cash positive", v[f"cf.begin.{y}"] > 0 and v[f"cf.end.{y}"] > 0)
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"PP&E {d}: gross less accumulated = net", v[f"ppe.gross.{d}"] + v[f"ppe.acc.{d}"],
                  v[f"bs.ppe.{d}"]))
        t.append((f"Debt {d}: current + long-term = total", v[f"bs.curdebt.{d}"] + v[f"bs.ltd.{d}"],
                  v[f"debt.total.{d}"]))
    t.append(("Debt maturities = principal", s("debt.due.2026", "debt.due.2027", "debt.due.2028", "debt.due.2029",
                                                "debt.due.2030", "debt.due.thereafter"), v["debt.principal.2025"]))
    t.append(("Debt principal roll-forward", v["debt.principal.2025"], v["debt.principal.2024"]
              + v["cf.borrow.2025"] + v["cf.repay.2025"]))
    t.append(("Cash December 31, 2025 = cash flow end", v["bs.cash.2025"], v["cf.end.2025"]))
    t.append(("ARO 2025 begins at 2024 end", v["aro.begin.2025"], v["aro.end.2024"]))
    t.append(("ARO settlements = cash flow", v["cf.aro_set.2025"], v["aro.set.2025"]))
    holds("CIP 2025 positive", v["ppe.cip.2025"] > 0)
    holds("Retained earnings positive", v["bs.re.2024"] > 0)
    holds("Accumulated DD&A negative", v["ppe.acc.2024"] < 0 and v["ppe.acc.2025"] < 0)
    return t
