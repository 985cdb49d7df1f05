"""Invented figures for Veldmarsh Capital Group, Inc., Form 10-Q for the quarter ended June 30, 2026.

Financial amounts are $ thousands (integers) unless the key says otherwise; assets under management (AUM) are
$ millions; shares in thousands, per-share amounts in $, fee rates in basis points. AUM is rolled forward quarter
by quarter by asset class from December 31, 2024 and December 31, 2025, and investment advisory fees are earned on
average AUM at the stated annual fee rates. The December 31, 2025 balance sheet is given except for cash, which
balances it; equity components are rolled forward from December 31, 2024 through the first and second quarters and
the second half of 2025. The June 30, 2026 balance sheet is derived from December 31, 2025 through the six-month cash
flow statement and the investment, property, lease, intangible, goodwill, deferred tax, debt and equity
roll-forwards, so the statements tie by construction and ties() re-proves every identity.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q2_26", "q2_25", "h1_26", "h1_25")  # three months 2026, 2025; six months 2026, 2025
QUARTERS = ("q1_25", "q2_25", "q1_26", "q2_26")
CLASSES = {"eq": "Equity", "fi": "Fixed income", "ma": "Multi-asset", "alt": "Alternatives"}
DATES = ("jun26", "dec25")


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- AUM ($ millions)
AUM_DEC24 = {"eq": 88612, "fi": 55418, "ma": 30906, "alt": 12018}
AUM_DEC25 = {"eq": 96418, "fi": 58206, "ma": 31812, "alt": 14604}
# per quarter: inflows, outflows, market, foreign exchange, dispositions
FLOWS = {
    "q1_25": {"eq": (6118, -7206, -3412, 118, 0), "fi": (4812, -4606, 812, 42, 0), "ma": (2012, -2418, -618, 18, 0),
              "alt": (1118, -506, 96, 12, 0)},
    "q2_25": {"eq": (6406, -7612, 7918, 406, 0), "fi": (5206, -4312, 1406, 98, -2106),
              "ma": (2106, -2206, 1512, 44, 0), "alt": (1306, -488, 212, 22, 0)},
    "q1_26": {"eq": (6812, -8406, 2118, 212, 0), "fi": (5406, -4218, 604, 88, 0), "ma": (2218, -2612, 412, 36, 0),
              "alt": (1406, -612, 188, 24, 0)},
    "q2_26": {"eq": (7204, -7918, 4806, -318, 0), "fi": (6118, -4512, 1212, -96, 0),
              "ma": (2406, -2306, 1018, -42, 0), "alt": (1812, -706, 306, -28, 0)},
}
FLOW_KEYS = ("in", "out", "mkt", "fx", "disp")
# annual management fee rates (basis points) by quarter
FEE_BPS = {"q1_25": {"eq": "54.3", "fi": "25.7", "ma": "42.9", "alt": "81.4"},
           "q2_25": {"eq": "54.1", "fi": "25.6", "ma": "42.7", "alt": "81.0"},
           "q1_26": {"eq": "52.8", "fi": "25.0", "ma": "41.9", "alt": "78.8"},
           "q2_26": {"eq": "52.4", "fi": "24.8", "ma": "41.6", "alt": "78.2"}}
# AUM by vehicle at each date; separate accounts are the remainder
VEHICLES = {"mf": "Mutual funds", "etf": "Exchange-traded funds", "sma": "Separate accounts",
            "cit": "Collective investment trusts", "pf": "Private funds"}
VEHICLE_AUM = {"jun26": {"mf": 98406, "etf": 21812, "cit": 29618, "pf": 11206},
               "dec25": {"mf": 96212, "etf": 18406, "cit": 27904, "pf": 10018},
               "jun25": {"mf": 94118, "etf": 15206, "cit": 26412, "pf": 8806}}

# ---------------------------------------------------------- statement of income inputs (q2_26, q2_25, h1_26, h1_25)
PERF = (4218, 1806, 6912, 3412)
DIST_REV = (18406, 17212, 36418, 34106)
OTHER_REV = (2106, 1918, 4212, 3806)
EXPENSES = {"comp": (98412, 92806, 201618, 190412), "dist": (24806, 23412, 49218, 46604),
            "tech": (16218, 14906, 31812, 29418), "occ": (7412, 7206, 14806, 14418),
            "ga": (12604, 11818, 24912, 23206), "amort": (3206, 3206, 6412, 6412)}
EXPENSE_ORDER = ("comp", "dist", "tech", "occ", "ga", "amort")
INV_INCOME = (6412, -1218, 9806, 2106)
INTEREST = (-8368, -8368, -16736, -16736)
OTHER_NONOP = (412, -206, 818, 306)
TAX_RATE = ("0.242", "0.246", "0.244", "0.248")
NCI = (1806, 1512, 3418, 2906)
BASIC = (51618, 53184, 51842, 53372)
DILUTED = (52024, 53696, 52280, 53912)
DPS = ("0.62", "0.56", "1.24", "1.12")
DIVIDENDS = (31906, 29812, 64084, 59806)
ACQ_COSTS = (1406, 0, 2812, 0)  # acquisition and integration costs within general and administrative

# equity flows other than net income and dividends (q2_26, q2_25, h1_26, h1_25)
SBC = (10412, 9806, 26806, 24412)
WITHHELD = (-1318, -1206, -12606, -11818)
PAR = (1, 1, 5, 5)
NCI_DIST = (-1612, -1418, -3206, -2806)
OCI = {"q1_26": 1206, "q2_25": 3412, "h1_25": 4106}
# second half of 2025 (not presented): rolls June 30, 2025 balances to December 31, 2025
H2_25 = {"ni": 126806, "div": -60412, "sbc": 19806, "withheld": -2206, "par": 1, "repo": -58918, "oci": -1412,
         "nci_ni": 3306, "nci_dist": -3012}

REPURCHASES = {"apr": (168412, "58.42"), "may": (204118, "60.16"), "jun": (298606, "62.87")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ AUM roll-forward by quarter
    begin_of = {"q1_25": "dec24", "q2_25": "mar25", "q1_26": "dec25", "q2_26": "mar26"}
    end_of = {"q1_25": "mar25", "q2_25": "jun25", "q1_26": "mar26", "q2_26": "jun26"}
    for c in CLASSES:
        put(f"aum.{c}.dec24", AUM_DEC24[c])
        put(f"aum.{c}.dec25", AUM_DEC25[c])
    for qt in QUARTERS:
        for c in CLASSES:
            beg = v[f"aum.{c}.{begin_of[qt]}"]
            put(f"aum.begin.{c}.{qt}", beg)
            for k, amount in zip(FLOW_KEYS, FLOWS[qt][c], strict=True):
                put(f"aum.{k}.{c}.{qt}", amount)
            put(f"aum.net.{c}.{qt}", v[f"aum.in.{c}.{qt}"] + v[f"aum.out.{c}.{qt}"])
            end = put(f"aum.{c}.{end_of[qt]}", beg + s(*[f"aum.{k}.{c}.{qt}" for k in FLOW_KEYS]))
            put(f"aum.end.{c}.{qt}", end)
            put(f"aum.avg.{c}.{qt}", q((beg + end) / 2))
    # six-month periods
    for half, (q1, q2), dec in (("h1_26", ("q1_26", "q2_26"), "dec25"), ("h1_25", ("q1_25", "q2_25"), "dec24")):
        for c in CLASSES:
            put(f"aum.begin.{c}.{half}", v[f"aum.{c}.{dec}"])
            for k in FLOW_KEYS + ("net",):
                put(f"aum.{k}.{c}.{half}", v[f"aum.{k}.{c}.{q1}"] + v[f"aum.{k}.{c}.{q2}"])
            put(f"aum.end.{c}.{half}", v[f"aum.end.{c}.{q2}"])
            put(f"aum.avg.{c}.{half}", q((v[f"aum.begin.{c}.{q1}"] + v[f"aum.end.{c}.{q1}"]
                                           + v[f"aum.end.{c}.{q2}"]) / 3))
    for p in QUARTERS + ("h1_26", "h1_25"):
        for k in ("begin", "end", "avg", "net") + FLOW_KEYS:
            put(f"aum.{k}.total.{p}", s(*[f"aum.{k}.{c}.{p}" for c in CLASSES]))
    for d in ("dec24", "mar25", "jun25", "dec25", "mar26", "jun26"):
        put(f"aum.total.{d}", s(*[f"aum.{c}.{d}" for c in CLASSES]))
    for p in PERIODS:
        put(f"aum.organic.{p}", pct(v[f"aum.net.total.{p}"] * (4 if p.startswith("q") else 2),
                                    v[f"aum.begin.total.{p}"]))
    # AUM by vehicle
    for d, amounts in VEHICLE_AUM.items():
        for k, amount in amounts.items():
            put(f"veh.{k}.{d}", amount)
        put(f"veh.sma.{d}", v[f"aum.total.{d}"] - s(*[f"veh.{k}.{d}" for k in amounts]))
        put(f"veh.total.{d}", v[f"aum.total.{d}"])

    # AUM by client type and domicile at June 30, 2026; institutional non-U.S. is the remainder
    client = {"eq": (52406, 9812, 28418), "fi": (24118, 4206, 26912), "ma": (21406, 2118, 6812),
              "alt": (3212, 806, 9418)}
    for c, (rus, rint, ius) in client.items():
        put(f"cli.rus.{c}", rus)
        put(f"cli.rint.{c}", rint)
        put(f"cli.ius.{c}", ius)
        put(f"cli.iint.{c}", v[f"aum.{c}.jun26"] - rus - rint - ius)
        put(f"cli.total.{c}", v[f"aum.{c}.jun26"])
    for k in ("rus", "rint", "ius", "iint", "total"):
        put(f"cli.{k}.total", s(*[f"cli.{k}.{c}" for c in CLASSES]))

    # ------------------------------------------------------------ advisory fees by asset class
    for qt in QUARTERS:
        for c in CLASSES:
            put(f"fee.bps_in.{c}.{qt}", FEE_BPS[qt][c])
            put(f"fee.{c}.{qt}", q(v[f"aum.avg.{c}.{qt}"] * v[f"fee.bps_in.{c}.{qt}"] / 4 / 10))
    for half, (q1, q2) in (("h1_26", ("q1_26", "q2_26")), ("h1_25", ("q1_25", "q2_25"))):
        for c in CLASSES:
            put(f"fee.{c}.{half}", v[f"fee.{c}.{q1}"] + v[f"fee.{c}.{q2}"])
    for p in PERIODS + ("q1_26", "q1_25"):
        put(f"fee.total.{p}", s(*[f"fee.{c}.{p}" for c in CLASSES]))
    for p in PERIODS:
        ann = 4 if p.startswith("q") else 2
        for c in list(CLASSES) + ["total"]:
            put(f"fee.rate.{c}.{p}", q(v[f"fee.{c}.{p}"] * ann * 10 / v[f"aum.avg.{c}.{p}"], 1))

    # ------------------------------------------------------------ statement of income
    for i, p in enumerate(PERIODS):
        put(f"is.adv.{p}", v[f"fee.total.{p}"])
        put(f"is.perf.{p}", PERF[i])
        put(f"is.dist_rev.{p}", DIST_REV[i])
        put(f"is.other_rev.{p}", OTHER_REV[i])
        rev = put(f"is.rev.{p}", s(*[f"is.{k}.{p}" for k in ("adv", "perf", "dist_rev", "other_rev")]))
        for k in EXPENSE_ORDER:
            put(f"is.{k}.{p}", EXPENSES[k][i])
        exp = put(f"is.exp.{p}", s(*[f"is.{k}.{p}" for k in EXPENSE_ORDER]))
        oi = put(f"is.oi.{p}", rev - exp)
        put(f"is.inv_inc.{p}", INV_INCOME[i])
        put(f"is.interest.{p}", INTEREST[i])
        put(f"is.other_nonop.{p}", OTHER_NONOP[i])
        nonop = put(f"is.nonop.{p}", s(f"is.inv_inc.{p}", f"is.interest.{p}", f"is.other_nonop.{p}"))
        pretax = put(f"is.pretax.{p}", oi + nonop)
        tax = put(f"is.tax.{p}", q(pretax * D(TAX_RATE[i])))
        ni = put(f"is.ni.{p}", pretax - tax)
        put(f"is.nci.{p}", NCI[i])
        nia = put(f"is.nia.{p}", ni - v[f"is.nci.{p}"])
        put(f"is.shares_basic.{p}", BASIC[i])
        put(f"is.shares_diluted.{p}", DILUTED[i])
        put(f"eps.dilutive.{p}", DILUTED[i] - BASIC[i])
        put(f"is.eps_basic.{p}", q(nia / v[f"is.shares_basic.{p}"], 2))
        put(f"is.eps_diluted.{p}", q(nia / v[f"is.shares_diluted.{p}"], 2))
        put(f"is.dps.{p}", DPS[i])
        put(f"tax.rate.{p}", pct(tax, pretax))
        put(f"mda.op_margin.{p}", pct(oi, rev))
        put(f"mda.comp_ratio.{p}", pct(v[f"is.comp.{p}"], rev))
        # non-GAAP
        put(f"ng.rev.{p}", rev)
        put(f"ng.dist.{p}", -v[f"is.dist.{p}"])
        put(f"ng.net_rev.{p}", rev - v[f"is.dist.{p}"])
        put(f"ng.oi.{p}", oi)
        put(f"ng.amort.{p}", v[f"is.amort.{p}"])
        put(f"ng.acq.{p}", ACQ_COSTS[i])
        put(f"ng.adj_oi.{p}", oi + v[f"is.amort.{p}"] + v[f"ng.acq.{p}"])
        put(f"ng.adj_margin.{p}", pct(v[f"ng.adj_oi.{p}"], v[f"ng.net_rev.{p}"]))
    for k in EXPENSE_ORDER + ("exp",):
        for per, (new, old) in (("q2", ("q2_26", "q2_25")), ("h1", ("h1_26", "h1_25"))):
            put(f"chg.exp.{k}.{per}", pct(v[f"is.{k}.{new}"] - v[f"is.{k}.{old}"], v[f"is.{k}.{old}"]))
    for k in ("rev", "adv", "oi", "nia"):
        put(f"chg.{k}.q2", pct(v[f"is.{k}.q2_26"] - v[f"is.{k}.q2_25"], v[f"is.{k}.q2_25"]))
        put(f"chg.{k}.h1", pct(v[f"is.{k}.h1_26"] - v[f"is.{k}.h1_25"], v[f"is.{k}.h1_25"]))

    # ------------------------------------------------------------ repurchases (Part II table) and shares
    put("rep.remaining.mar", 148612)
    remaining = v["rep.remaining.mar"]
    exact = D(0)
    q2_cost = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        cost = q(D(shares) * D(price) / 1000)
        exact += D(shares) * D(price)
        put(f"rep.cost.{m}", cost)
        q2_cost += cost
        remaining -= cost
        put(f"rep.remaining.{m}", remaining)
    put("rep.shares.total", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.avg", q(exact / v["rep.shares.total"], 2))
    put("rep.cost.q2_26", q2_cost)
    put("rep.cost.q1_26", 35588)
    put("rep.cost.h1_26", q2_cost + v["rep.cost.q1_26"])
    put("rep.cost.q2_25", 27906)
    put("rep.cost.h1_25", 52806)
    put("rep.authorization", 250000)
    # shares outstanding (thousands)
    put("sh.out.dec25", 52106)
    put("sh.issued.h1_26", 486)
    put("sh.repo.h1_26", -(602 + q(v["rep.shares.total"] / 1000)))
    put("sh.out.jun26", v["sh.out.dec25"] + v["sh.issued.h1_26"] + v["sh.repo.h1_26"])
    put("sh.out.dec24", 53606)
    put("sh.issued.h1_25", 512)
    put("sh.repo.h1_25", -1052)
    put("sh.out.jun25", v["sh.out.dec24"] + v["sh.issued.h1_25"] + v["sh.repo.h1_25"])
    put("sh.issued_total.dec25", 71814)
    put("sh.issued_total.jun26", v["sh.issued_total.dec25"] + v["sh.issued.h1_26"])
    for d in DATES:
        put(f"sh.treasury.{d}", v[f"sh.issued_total.{d}"] - v[f"sh.out.{d}"])

    # ------------------------------------------------------------ equity flows by period
    for i, p in enumerate(PERIODS):
        put(f"eq.ni.{p}", v[f"is.nia.{p}"])
        put(f"eq.div.{p}", -DIVIDENDS[i])
        put(f"eq.sbc.{p}", SBC[i])
        put(f"eq.withheld.{p}", WITHHELD[i])
        put(f"eq.par.{p}", PAR[i])
        put(f"eq.par_apic.{p}", -PAR[i])
        put(f"eq.repo.{p}", -v[f"rep.cost.{p}"])
        put(f"eq.nci_ni.{p}", v[f"is.nci.{p}"])
        put(f"eq.nci_dist.{p}", NCI_DIST[i])
    # OCI: six months 2026 is the translation of cash and goodwill; the quarter is the remainder after Q1
    put("fx.cash.h1_26", -812)
    put("fx.gw.h1_26", -1406)
    put("fx.cash.h1_25", 1218)
    put("eq.oci.h1_26", v["fx.cash.h1_26"] + v["fx.gw.h1_26"])
    put("eq.oci.q1_26", OCI["q1_26"])
    put("eq.oci.q2_26", v["eq.oci.h1_26"] - v["eq.oci.q1_26"])
    put("eq.oci.q2_25", OCI["q2_25"])
    put("eq.oci.h1_25", OCI["h1_25"])
    for p in PERIODS:
        put(f"ci.oci.{p}", v[f"eq.oci.{p}"])
        put(f"ci.total.{p}", v[f"is.ni.{p}"] + v[f"ci.oci.{p}"])
        put(f"ci.nci.{p}", -v[f"is.nci.{p}"])
        put(f"ci.attrib.{p}", v[f"ci.total.{p}"] + v[f"ci.nci.{p}"])
    moves = {"cs": ("par",), "apic": ("sbc", "withheld", "par_apic"), "re": ("ni", "div"), "aoci": ("oci",),
             "treasury": ("repo",), "nci": ("nci_ni", "nci_dist")}
    dec24 = {"cs": 712, "apic": 806418, "re": 842606, "aoci": -38412, "treasury": -612806, "nci": 48206}
    h2 = {"ni": "ni", "div": "div", "sbc": "sbc", "withheld": "withheld", "par": "par", "repo": "repo", "oci": "oci",
          "nci_ni": "nci_ni", "nci_dist": "nci_dist"}
    for k, amount in H2_25.items():
        put(f"eq.{h2[k]}.h2_25", amount)
    put("eq.par_apic.h2_25", -v["eq.par.h2_25"])
    for comp, keys in moves.items():
        put(f"eq.{comp}.dec24", dec24[comp])
        put(f"eq.{comp}.jun25", v[f"eq.{comp}.dec24"] + s(*[f"eq.{k}.h1_25" for k in keys]))
        put(f"eq.{comp}.mar25", v[f"eq.{comp}.jun25"] - s(*[f"eq.{k}.q2_25" for k in keys]))
        put(f"eq.{comp}.dec25", v[f"eq.{comp}.jun25"] + s(*[f"eq.{k}.h2_25" for k in keys]))
        put(f"eq.{comp}.jun26", v[f"eq.{comp}.dec25"] + s(*[f"eq.{k}.h1_26" for k in keys]))
        put(f"eq.{comp}.mar26", v[f"eq.{comp}.jun26"] - s(*[f"eq.{k}.q2_26" for k in keys]))
    for d in ("dec24", "mar25", "jun25", "dec25", "mar26", "jun26"):
        put(f"eq.parent.{d}", s(*[f"eq.{c}.{d}" for c in moves if c != "nci"]))
        put(f"eq.total.{d}", v[f"eq.parent.{d}"] + v[f"eq.nci.{d}"])

    # ------------------------------------------------------------ December 31, 2025 balance sheet (given)
    dec = {"fees_rec": 182406, "prepaid": 48612, "ppe": 84206, "rou": 142618, "gw": 612418, "accrued_comp": 212806,
           "ap": 96418, "lease": 168412, "dtl": 42618, "other_l": 38206}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    # investments by type and fair value level: (level 1, level 2, NAV)
    inv_types = {"mf": "Sponsored mutual funds and ETFs", "sa": "Separate account seed portfolios",
                 "pc": "Private fund co-investments", "dc": "Investments economically hedging deferred compensation"}
    inv_dec = {"mf": (148206, 0, 0), "sa": (21806, 40612, 0), "pc": (0, 0, 75788), "dc": (38412, 0, 0)}
    for k, (l1, l2, nav) in inv_dec.items():
        put(f"inv.{k}.l1.dec25", l1)
        put(f"inv.{k}.l2.dec25", l2)
        put(f"inv.{k}.nav.dec25", nav)
    # intangible assets
    put("int.gross_fin", 186400)
    put("int.indef", 96200)
    put("int.accum.dec25", -72812)
    # debt
    put("debt.n30", 300000)
    put("debt.n34", 350000)
    put("debt.rcf.dec25", 0)
    put("debt.rcf.jun26", 0)
    put("debt.costs.dec25", -4812)
    put("debt.amort.h1_26", 400)
    put("debt.costs.jun26", v["debt.costs.dec25"] + v["debt.amort.h1_26"])
    for d in DATES:
        put(f"debt.n30.{d}", v["debt.n30"])
        put(f"debt.n34.{d}", v["debt.n34"])
        put(f"debt.principal.{d}", s(f"debt.n30.{d}", f"debt.n34.{d}", f"debt.rcf.{d}"))
        put(f"debt.total.{d}", v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"])
        put(f"bs.debt.{d}", v[f"debt.total.{d}"])

    # ------------------------------------------------------------ six-month 2026 activity
    put("ppe.capex.h1_26", 9412)
    put("ppe.dep.h1_26", 7818)
    put("bs.ppe.jun26", v["bs.ppe.dec25"] + v["ppe.capex.h1_26"] - v["ppe.dep.h1_26"])
    put("int.accum.jun26", v["int.accum.dec25"] - v["is.amort.h1_26"])
    for d in DATES:
        put(f"int.net_fin.{d}", v["int.gross_fin"] + v[f"int.accum.{d}"])
        put(f"int.gross_fin.{d}", v["int.gross_fin"])
        put(f"int.indef.{d}", v["int.indef"])
        put(f"bs.intang.{d}", v[f"int.net_fin.{d}"] + v["int.indef"])
    put("gw.fx.h1_26", v["fx.gw.h1_26"])
    put("bs.gw.jun26", v["bs.gw.dec25"] + v["gw.fx.h1_26"])
    put("gw.begin", v["bs.gw.dec25"])
    put("gw.end", v["bs.gw.jun26"])
    # investments
    put("inv.purch.h1_26", 42806)
    put("inv.sales.h1_26", 51218)
    put("inv.gains.h1_26", 6218)
    put("inv.cash_income.h1_26", v["is.inv_inc.h1_26"] - v["inv.gains.h1_26"])
    inv_jun = {"mf": (141806, 0, 0), "sa": (22418, 42494, 0), "pc": (0, 0, None), "dc": (40206, 0, 0)}
    for k, (l1, l2, nav) in inv_jun.items():
        put(f"inv.{k}.l1.jun26", l1)
        put(f"inv.{k}.l2.jun26", l2)
        if nav is not None:
            put(f"inv.{k}.nav.jun26", nav)
    total_dec = sum((v[f"inv.{k}.{c}.dec25"] for k in inv_types for c in ("l1", "l2", "nav")), D(0))
    put("bs.inv.dec25", total_dec)
    put("bs.inv.jun26", v["bs.inv.dec25"] + v["inv.purch.h1_26"] - v["inv.sales.h1_26"] + v["inv.gains.h1_26"])
    put("inv.pc.nav.jun26", v["bs.inv.jun26"] - sum((v[f"inv.{k}.{c}.jun26"] for k in inv_types
                                                     for c in ("l1", "l2", "nav") if (k, c) != ("pc", "nav")),
                                                    D(0)))
    for d in DATES:
        for k in inv_types:
            put(f"inv.{k}.total.{d}", s(*[f"inv.{k}.{c}.{d}" for c in ("l1", "l2", "nav")]))
        for c in ("l1", "l2", "nav", "total"):
            put(f"inv.all.{c}.{d}", s(*[f"inv.{k}.{c}.{d}" for k in inv_types]))
    # other June 30, 2026 balances (given)
    jun = {"fees_rec": 194812, "prepaid": 52206, "rou": 136206, "lease": 161806, "accrued_comp": 128418, "ap": 92812,
           "other_l": 39418}
    for k, amount in jun.items():
        put(f"bs.{k}.jun26", amount)
    put("cf.deferred.h1_26", 2106)
    put("bs.dtl.jun26", v["bs.dtl.dec25"] + v["cf.deferred.h1_26"])

    # ------------------------------------------------------------ six-month cash flows
    p = "h1_26"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.da.{p}", v["ppe.dep.h1_26"] + v["is.amort.h1_26"])
    put(f"cf.sbc.{p}", v["eq.sbc.h1_26"])
    put(f"cf.gains.{p}", -v["inv.gains.h1_26"])
    put(f"cf.debt_amort.{p}", v["debt.amort.h1_26"])
    put(f"cf.fees_rec.{p}", v["bs.fees_rec.dec25"] - v["bs.fees_rec.jun26"])
    put(f"cf.prepaid.{p}", v["bs.prepaid.dec25"] - v["bs.prepaid.jun26"])
    put(f"cf.accrued_comp.{p}", v["bs.accrued_comp.jun26"] - v["bs.accrued_comp.dec25"])
    put(f"cf.ap.{p}", v["bs.ap.jun26"] - v["bs.ap.dec25"])
    put(f"cf.lease.{p}", (v["bs.rou.dec25"] - v["bs.rou.jun26"]) + (v["bs.lease.jun26"] - v["bs.lease.dec25"]))
    put(f"cf.other_l.{p}", v["bs.other_l.jun26"] - v["bs.other_l.dec25"])
    put(f"cf.capex.{p}", -v["ppe.capex.h1_26"])
    put(f"cf.purch.{p}", -v["inv.purch.h1_26"])
    put(f"cf.sales.{p}", v["inv.sales.h1_26"])
    put(f"cf.div.{p}", v["eq.div.h1_26"])
    put(f"cf.repo.{p}", v["eq.repo.h1_26"])
    put(f"cf.withheld.{p}", v["eq.withheld.h1_26"])
    put(f"cf.nci_dist.{p}", v["eq.nci_dist.h1_26"])
    put(f"cf.rcf.{p}", 0)
    put(f"cf.fx.{p}", v["fx.cash.h1_26"])
    cf25 = {"da": 14618, "sbc": None, "deferred": 1806, "gains": 1406, "debt_amort": 400, "fees_rec": -8412,
            "prepaid": -2806, "accrued_comp": -79418, "ap": -2206, "lease": -312, "other_l": 806, "capex": -8106,
            "purch": -36418, "sales": 44206, "div": None, "repo": None, "withheld": None, "nci_dist": None, "rcf": 0}
    for k, amount in cf25.items():
        if amount is not None:
            put(f"cf.{k}.h1_25", amount)
    put("cf.ni.h1_25", v["is.ni.h1_25"])
    put("cf.sbc.h1_25", v["eq.sbc.h1_25"])
    for k in ("div", "repo", "withheld", "nci_dist"):
        put(f"cf.{k}.h1_25", v[f"eq.{k}.h1_25"])
    put("cf.fx.h1_25", v["fx.cash.h1_25"])
    op = ("ni", "da", "sbc", "deferred", "gains", "debt_amort", "fees_rec", "prepaid", "accrued_comp", "ap", "lease",
          "other_l")
    invest = ("capex", "purch", "sales")
    fin = ("rcf", "div", "repo", "withheld", "nci_dist")
    put("cf.begin.h1_25", 498206)
    for per in ("h1_26", "h1_25"):
        cfo = put(f"cf.cfo.{per}", s(*[f"cf.{k}.{per}" for k in op]))
        cfi = put(f"cf.cfi.{per}", s(*[f"cf.{k}.{per}" for k in invest]))
        cff = put(f"cf.cff.{per}", s(*[f"cf.{k}.{per}" for k in fin]))
        put(f"cf.change.{per}", cfo + cfi + cff + v[f"cf.fx.{per}"])
    put("cf.end.h1_25", v["cf.begin.h1_25"] + v["cf.change.h1_25"])
    put("cf.tax_paid.h1_26", 58406)
    put("cf.int_paid.h1_26", 16325)

    # ------------------------------------------------------------ balance sheet assembly
    for comp in moves:
        for d in DATES:
            put(f"bs.{comp}.{d}", v[f"eq.{comp}.{d}"])
    other_assets = ("fees_rec", "inv", "prepaid", "ppe", "rou", "gw", "intang")
    liab_keys = ("accrued_comp", "ap", "lease", "debt", "dtl", "other_l")
    eq_keys = ("cs", "apic", "re", "aoci", "treasury")
    for d in DATES:
        put(f"bs.liab.{d}", s(*[f"bs.{k}.{d}" for k in liab_keys]))
        put(f"bs.parent_eq.{d}", s(*[f"bs.{k}.{d}" for k in eq_keys]))
        put(f"bs.equity.{d}", v[f"bs.parent_eq.{d}"] + v[f"bs.nci.{d}"])
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    put("bs.cash.dec25", v["bs.le.dec25"] - s(*[f"bs.{k}.dec25" for k in other_assets]))
    put("cf.begin.h1_26", v["bs.cash.dec25"])
    put("cf.end.h1_26", v["cf.begin.h1_26"] + v["cf.change.h1_26"])
    put("bs.cash.jun26", v["cf.end.h1_26"])
    for d in DATES:
        put(f"bs.assets.{d}", v[f"bs.cash.{d}"] + s(*[f"bs.{k}.{d}" for k in other_assets]))
        put(f"bvps.{d}", q(v[f"bs.parent_eq.{d}"] / v[f"sh.out.{d}"], 2))
    for d in DATES:
        put(f"liq.cash.{d}", v[f"bs.cash.{d}"])
        put(f"liq.inv.{d}", v[f"bs.inv.{d}"])
        put(f"liq.total.{d}", v[f"bs.cash.{d}"] + v[f"bs.inv.{d}"])
        put(f"liq.debt.{d}", v[f"bs.debt.{d}"])
        put(f"liq.net.{d}", v[f"liq.total.{d}"] - v[f"bs.debt.{d}"])

    # ------------------------------------------------------------ lease maturities (undiscounted, June 30, 2026)
    lease = {"r26": 13406, "y27": 26418, "y28": 25806, "y29": 24912, "y30": 23618, "after": 78212}
    for k, amount in lease.items():
        put(f"lease.{k}", amount)
    put("lease.total", s(*[f"lease.{k}" for k in lease]))
    put("lease.interest", v["bs.lease.jun26"] - v["lease.total"])
    put("lease.liab", v["bs.lease.jun26"])
    put("lease.cost.q2_26", 5912)
    put("lease.cost.h1_26", 11806)

    # ------------------------------------------------------------ restricted stock units (six months 2026, thousands)
    rsu = {"begin": (2412, "46.18"), "granted": (1018, "57.32"), "vested": (-707, "44.06"), "forfeited": (-64,
                                                                                               "49.20")}
    value = D(0)
    for k, (units, price) in rsu.items():
        put(f"rsu.{k}", units)
        put(f"rsu.price.{k}", price)
        value += D(units) * D(price)
    put("rsu.end", s(*[f"rsu.{k}" for k in rsu]))
    put("rsu.price.end", q(value / v["rsu.end"], 2))
    put("rsu.withheld", v["rsu.vested"] + v["sh.issued.h1_26"])
    put("rsu.unrecognized", 98406)
    put("rsu.years", "2.4")

    # ------------------------------------------------------------ investment performance and prose-only figures
    perf = {"eq": (58, 64, 71), "fi": (72, 78, 81), "ma": (49, 61, 66), "alt": (83, 88, 86), "total": (63, 70, 75)}
    for c, (y1, y3, y5) in perf.items():
        put(f"perf.{c}.y1", y1)
        put(f"perf.{c}.y3", y3)
        put(f"perf.{c}.y5", y5)
    prose = {"mda.employees": 1612, "mda.strategies": 74, "mda.four_five_star": 61, "mda.div_q3": "0.62",
             "debt.rcf_capacity": 400000, "debt.fair": 628406, "nci.pct": 20, "mda.ah_aum": 9806,
             "mda.seed_commit": 25000, "mda.etf_launches": 4}
    for k, amount in prose.items():
        put(k, amount)
    put("mda.aum_chg_h1", pct(v["aum.total.jun26"] - v["aum.total.dec25"], v["aum.total.dec25"]))
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for p in PERIODS:
        t.append((f"IS {p}: revenues foot", v[f"is.rev.{p}"], s(*[f"is.{k}.{p}" for k in (
            "adv", "perf", "dist_rev", "other_rev")])))
        t.append((f"IS {p}: operating income", v[f"is.oi.{p}"], v[f"is.rev.{p}"] - s(
            *[f"is.{k}.{p}" for k in EXPENSE_ORDER])))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.pretax.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"IS {p}: attributable", v[f"is.nia.{p}"], v[f"is.ni.{p}"] - v[f"is.nci.{p}"]))
        t.append((f"EPS {p}: basic", v[f"is.eps_basic.{p}"], q(v[f"is.nia.{p}"] / v[f"is.shares_basic.{p}"], 2)))
        t.append((f"EPS {p}: diluted", v[f"is.eps_diluted.{p}"], q(v[f"is.nia.{p}"] / v[f"is.shares_diluted.{p}"],
                                                                    2)))
        t.append((f"Fees {p}: by class = statement", s(*[f"fee.{c}.{p}" for c in CLASSES]), v[f"is.adv.{p}"]))
        t.append((f"AUM {p}: total roll", v[f"aum.end.total.{p}"], v[f"aum.begin.total.{p}"] + s(
            *[f"aum.{k}.total.{p}" for k in FLOW_KEYS])))
        t.append((f"CI {p}: attributable", v[f"ci.attrib.{p}"], v[f"is.nia.{p}"] + v[f"ci.oci.{p}"]))
        t.append((f"Non-GAAP {p}: adjusted net revenues", v[f"ng.net_rev.{p}"], v[f"ng.rev.{p}"] + v[f"ng.dist.{p}"]))
        holds(f"AUM {p}: averages between low and high balances", all(
            min(v[f"aum.begin.{c}.{p}"], v[f"aum.end.{c}.{p}"]) - 3000 <= v[f"aum.avg.{c}.{p}"]
            <= max(v[f"aum.begin.{c}.{p}"], v[f"aum.end.{c}.{p}"]) + 3000 for c in CLASSES))
    for c in CLASSES:
        for half, q1, q2 in (("h1_26", "q1_26", "q2_26"), ("h1_25", "q1_25", "q2_25")):
            t.append((f"AUM {c} {half}: quarters chain", v[f"aum.begin.{c}.{q2}"], v[f"aum.end.{c}.{q1}"]))
            t.append((f"AUM {c} {half}: six-month roll", v[f"aum.end.{c}.{half}"], v[f"aum.begin.{c}.{half}"] + s(
                *[f"aum.{k}.{c}.{half}" for k in FLOW_KEYS])))
    for d in ("jun26", "dec25", "jun25"):
        t.append((f"AUM {d}: vehicles = asset classes", v[f"veh.total.{d}"], s(*[f"veh.{k}.{d}" for k in VEHICLES])))
        holds(f"AUM {d}: separate accounts positive", v[f"veh.sma.{d}"] > 0)
    moves = {"cs": ("par",), "apic": ("sbc", "withheld", "par_apic"), "re": ("ni", "div"), "aoci": ("oci",),
             "treasury": ("repo",), "nci": ("nci_ni", "nci_dist")}
    flows = [k for keys in moves.values() for k in keys]
    for yr, (beg_q, end, beg_h) in (("26", ("mar26", "jun26", "dec25")), ("25", ("mar25", "jun25", "dec24"))):
        t.append((f"Equity 20{yr}: quarter roll", v[f"eq.total.{end}"], v[f"eq.total.{beg_q}"] + s(
            *[f"eq.{k}.q2_{yr}" for k in flows])))
        t.append((f"Equity 20{yr}: six-month roll", v[f"eq.total.{end}"], v[f"eq.total.{beg_h}"] + s(
            *[f"eq.{k}.h1_{yr}" for k in flows])))
        t.append((f"CF 20{yr}: dividends = equity", v[f"cf.div.h1_{yr}"], v[f"eq.div.h1_{yr}"]))
        t.append((f"CF 20{yr}: repurchases = equity", v[f"cf.repo.h1_{yr}"], v[f"eq.repo.h1_{yr}"]))
        t.append((f"CF 20{yr}: net income = statement", v[f"cf.ni.h1_{yr}"], v[f"is.ni.h1_{yr}"]))
        t.append((f"Shares 20{yr}: roll", v[f"sh.out.jun{yr}"], v[f"sh.out.dec{int(yr) - 1}"] + v[f"sh.issued.h1_{yr}"]
                  + v[f"sh.repo.h1_{yr}"]))
        holds(f"Shares 20{yr}: basic within outstanding range", min(v[f"sh.out.jun{yr}"],
                                                                    v[f"sh.out.dec{int(yr) - 1}"]) - 300
              <= v[f"is.shares_basic.h1_{yr}"] <= max(v[f"sh.out.jun{yr}"], v[f"sh.out.dec{int(yr) - 1}"]) + 300)
        t.append((f"Equity 20{yr}: NCI net income = statement", v[f"eq.nci_ni.h1_{yr}"], v[f"is.nci.h1_{yr}"]))
    t.append(("Equity: second-half 2025 roll", v["eq.total.dec25"], v["eq.total.jun25"] + s(
        *[f"eq.{k}.h2_25" for k in flows])))
    for per in ("h1_26", "h1_25"):
        t.append((f"CF {per}: begin + change = end", v[f"cf.end.{per}"], v[f"cf.begin.{per}"] + s(
            f"cf.cfo.{per}", f"cf.cfi.{per}", f"cf.cff.{per}", f"cf.fx.{per}")))
        holds(f"CF {per}: ending cash positive", v[f"cf.end.{per}"] > 0)
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"BS {d}: equity = equity statement", v[f"bs.equity.{d}"], v[f"eq.total.{d}"]))
        t.append((f"BS {d}: investments = note", v[f"bs.inv.{d}"], v[f"inv.all.total.{d}"]))
        t.append((f"BS {d}: investments levels foot", v[f"inv.all.total.{d}"], s(
            f"inv.all.l1.{d}", f"inv.all.l2.{d}", f"inv.all.nav.{d}")))
        t.append((f"BS {d}: intangibles", v[f"bs.intang.{d}"], v[f"int.gross_fin.{d}"] + v[f"int.accum.{d}"]
                  + v[f"int.indef.{d}"]))
        t.append((f"BS {d}: debt", v[f"bs.debt.{d}"], v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"]))
        t.append((f"Treasury shares {d}", v[f"sh.treasury.{d}"], v[f"sh.issued_total.{d}"] - v[f"sh.out.{d}"]))
        holds(f"BS {d}: cash positive", v[f"bs.cash.{d}"] > 0)
        holds(f"BS {d}: private fund NAV positive", v[f"inv.pc.nav.{d}"] > 0)
    t.append(("Balance sheet change in assets (June 2026) = cash flow identity", v["bs.assets.jun26"]
              - v["bs.assets.dec25"], v["bs.le.jun26"] - v["bs.le.dec25"]))
    t.append(("Investments roll", v["bs.inv.jun26"], v["bs.inv.dec25"] - v["cf.purch.h1_26"] - v["cf.sales.h1_26"]
              - v["cf.gains.h1_26"]))
    t.append(("PP&E roll", v["bs.ppe.jun26"], v["bs.ppe.dec25"] - v["cf.capex.h1_26"] - v["ppe.dep.h1_26"]))
    t.append(("OCI six months = translation of cash and goodwill", v["eq.oci.h1_26"], v["cf.fx.h1_26"]
              + v["gw.fx.h1_26"]))
    t.append(("Repurchases: Q2 monthly costs = equity statement", -v["eq.repo.q2_26"], s(
        "rep.cost.apr", "rep.cost.may", "rep.cost.jun")))
    t.append(("Investment income: gains + cash income", v["is.inv_inc.h1_26"], v["inv.gains.h1_26"]
              + v["inv.cash_income.h1_26"]))
    holds("Repurchase authorization remaining positive", v["rep.remaining.jun"] > 0)
    holds("Lease imputed interest negative", v["lease.interest"] < 0)
    for c in list(CLASSES) + ["total"]:
        t.append((f"Client types {c}: foot", v[f"cli.total.{c}"], s(*[f"cli.{k}.{c}" for k in ("rus", "rint", "ius",
                                                                                             "iint")])))
        holds(f"Client types {c}: institutional non-U.S. positive", v[f"cli.iint.{c}"] > 0)
    t.append(("Client types: total = AUM", v["cli.total.total"], v["aum.total.jun26"]))
    t.append(("RSU: shares issued = vested less withheld", v["sh.issued.h1_26"], -v["rsu.vested"] + v["rsu.withheld"]))
    holds("RSU: withheld shares negative and plausible", -300 < v["rsu.withheld"] < 0)
    holds("Q1 2026 tax rate plausible", D("0.2") < (v["is.tax.h1_26"] - v["is.tax.q2_26"])
          / (v["is.pretax.h1_26"] - v["is.pretax.q2_26"]) < D("0.3"))
    return t
