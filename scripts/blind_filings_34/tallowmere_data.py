"""Invented figures for Tallowmere Outfitters, Inc., Form 10-Q for the third quarter of fiscal 2026.

The fiscal year is 52 or 53 weeks ending on the Saturday closest to December 31. Periods: q26 / q25 are the 13 weeks
ended September 26, 2026 / September 27, 2025; y26 / y25 are the 39 weeks ended on those dates. Balance sheet dates:
sep26, dec25 (fiscal 2025 year end, December 27, 2025) and sep25. Amounts are $ millions with one decimal; shares in
millions; per-share amounts in $; growth rates in percent with one decimal; store counts are whole stores. Channel
revenue builds net revenue; regional revenue ties to it; the December 27, 2025 balance sheet is given (retained
earnings balances it) and September 26, 2026 is derived through the 39-week cash flows and the property, intangible,
revolver and equity roll-forwards; the September 27, 2025 balance sheet is given and balanced by retained earnings.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q26", "q25", "y26", "y25")
DATES = ("sep26", "dec25", "sep25")
CHANNELS = {"whs": "Wholesale", "store": "Owned retail stores", "digital": "Digital commerce"}
REGIONS = {"amer": "Americas", "emea": "Europe, Middle East and Africa", "apac": "Asia Pacific"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


CHANNEL_REV = {"whs": ("412.6", "398.3", "1186.4", "1152.7"), "store": ("238.9", "221.4", "662.3", "618.5"),
               "digital": ("176.4", "149.8", "498.7", "431.2")}
REGION_REV = {"amer": ("498.2", "471.6", "1418.9", "1362.0"), "emea": ("201.7", "182.5", "566.8", "521.3")}
# constant-currency growth (q26, y26), percent
CC = {"whs": ("2.8", "2.2"), "store": ("7.3", "6.5"), "digital": ("17.1", "14.9"), "dtc": ("11.4", "9.9"),
      "total": ("6.7", "5.6"), "amer": ("5.4", "4.0"), "emea": ("7.9", "6.8"), "apac": ("12.6", "14.7")}
COS = ("441.3", "420.8", "1262.5", "1214.6")
SGA = ("286.4", "268.1", "832.7", "787.9")
RESTR = ("8.6", "0.0", "21.4", "3.2")
INTEREST = ("9.8", "11.2", "30.1", "33.5")
OTHER = ("-1.4", "0.9", "-2.6", "1.8")  # other (income) expense, net; negative = income
TAX = ("19.1", "16.0", "47.4", "37.9")
SHARES_B = ("68.42", "70.15", "68.95", "70.48")
SHARES_D = ("69.10", "70.86", "69.71", "71.25")
TAX_ADJ = ("-0.03", "0.00", "-0.07", "-0.01")  # income tax effect of adjustments, $ per diluted share
CF25 = {"dep": "68.4", "sbc": "16.9", "ar": "-52.8", "inv": "-96.5", "prepaid": "-4.1", "ap": "47.2",
        "accrued": "-11.6", "taxes": "-3.4", "lease": "2.3", "other": "1.9", "capex": "-61.7", "rborrow": "285.0",
        "rrepay": "-205.0", "repo": "-80.0", "div": "-56.5", "taxw": "-6.1"}
STORES = {"amer": (214, 9, 6), "emea": (96, 4, 3), "apac": (71, 8, 1)}  # fiscal-year start, opened, closed
STORES_SEP25 = {"amer": 211, "emea": 95, "apac": 70}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    for i, p in enumerate(PERIODS):
        for c in CHANNELS:
            put(f"ch.{c}.{p}", CHANNEL_REV[c][i])
        put(f"ch.dtc.{p}", s(f"ch.store.{p}", f"ch.digital.{p}"))
        rev = put(f"is.rev.{p}", s(f"ch.whs.{p}", f"ch.dtc.{p}"))
        put(f"ch.total.{p}", rev)
        for r in ("amer", "emea"):
            put(f"rg.{r}.{p}", REGION_REV[r][i])
        put(f"rg.apac.{p}", rev - s(f"rg.amer.{p}", f"rg.emea.{p}"))
        put(f"rg.total.{p}", rev)
        put(f"is.cos.{p}", COS[i])
        gp = put(f"is.gp.{p}", rev - v[f"is.cos.{p}"])
        put(f"is.sga.{p}", SGA[i])
        put(f"is.restr.{p}", RESTR[i])
        oi = put(f"is.oi.{p}", gp - v[f"is.sga.{p}"] - v[f"is.restr.{p}"])
        put(f"is.int.{p}", INTEREST[i])
        put(f"is.other.{p}", OTHER[i])
        pre = put(f"is.pretax.{p}", oi - v[f"is.int.{p}"] - v[f"is.other.{p}"])
        put(f"is.tax.{p}", TAX[i])
        ni = put(f"is.ni.{p}", pre - v[f"is.tax.{p}"])
        put(f"is.sh_b.{p}", SHARES_B[i])
        put(f"is.sh_d.{p}", SHARES_D[i])
        put(f"is.eps_b.{p}", q(ni / v[f"is.sh_b.{p}"], 2))
        eps = put(f"is.eps_d.{p}", q(ni / v[f"is.sh_d.{p}"], 2))
        put(f"mda.gm.{p}", pct(gp, rev))
        # adjusted EPS reconciliation
        put(f"adj.eps.{p}", eps)
        put(f"adj.restr.{p}", q(v[f"is.restr.{p}"] / v[f"is.sh_d.{p}"], 2))
        put(f"adj.tax.{p}", TAX_ADJ[i])
        put(f"adj.adj.{p}", s(f"adj.eps.{p}", f"adj.restr.{p}", f"adj.tax.{p}"))
    for cur, prev in (("q26", "q25"), ("y26", "y25")):
        for c in ("whs", "store", "digital", "dtc", "total"):
            put(f"ch.gr.{c}.{cur}", pct(v[f"ch.{c}.{cur}"] - v[f"ch.{c}.{prev}"], v[f"ch.{c}.{prev}"]))
        for r in ("amer", "emea", "apac", "total"):
            put(f"rg.gr.{r}.{cur}", pct(v[f"rg.{r}.{cur}"] - v[f"rg.{r}.{prev}"], v[f"rg.{r}.{prev}"]))
        j = 0 if cur == "q26" else 1
        for k, rates in CC.items():
            if k in ("whs", "store", "digital", "dtc", "total"):
                put(f"ch.cc.{k}.{cur}", rates[j])
            if k in ("amer", "emea", "apac", "total"):
                put(f"rg.cc.{k}.{cur}", rates[j])
    # inventories (note 3)
    inv = {"fg": ("562.4", "498.6", "541.9"), "transit": ("118.7", "86.3", "109.2"), "raw": ("27.8", "24.1", "26.4")}
    for i, d in enumerate(DATES):
        for k, amounts in inv.items():
            put(f"inv.{k}.{d}", amounts[i])
        put(f"inv.total.{d}", s(f"inv.fg.{d}", f"inv.transit.{d}", f"inv.raw.{d}"))
        put(f"bs.inv.{d}", v[f"inv.total.{d}"])
    # December 27, 2025 balance sheet (given)
    dec = {"cash": "312.4", "ar": "286.5", "prepaid": "64.8", "ppe": "418.6", "rou": "512.3", "gw": "286.9",
           "intang": "174.2", "other_a": "58.7", "ap": "248.3", "accrued": "196.4", "lease_cur": "98.7",
           "taxes": "21.6", "revolver": "85.0", "notes": "596.4", "lease_nc": "448.9", "other_l": "72.5",
           "capital": "742.6", "treasury": "-318.4", "aoci": "-36.2"}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    sep26 = {"ar": "352.7", "prepaid": "71.3", "rou": "524.6", "other_a": "60.2", "ap": "301.8", "accrued": "208.9",
             "lease_cur": "101.2", "taxes": "18.3", "lease_nc": "461.0", "other_l": "74.1"}
    for k, amount in sep26.items():
        put(f"bs.{k}.sep26", amount)
    for k in ("gw", "notes", "aoci"):
        put(f"bs.{k}.sep26", v[f"bs.{k}.dec25"])
    sep25 = {"cash": "248.6", "ar": "341.0", "prepaid": "69.5", "ppe": "409.8", "rou": "505.1", "gw": "286.9",
             "intang": "176.5", "other_a": "57.4", "ap": "289.4", "accrued": "188.7", "lease_cur": "96.8",
             "taxes": "15.9", "revolver": "140.0", "notes": "596.4", "lease_nc": "441.2", "other_l": "70.8",
             "capital": "731.5", "treasury": "-296.0", "aoci": "-38.9"}
    for k, amount in sep25.items():
        put(f"bs.{k}.sep25", amount)
    # 39 weeks ended September 26, 2026 cash flows
    p = "y26"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.dep.{p}", "71.8")
    put(f"cf.sbc.{p}", "18.4")
    put(f"cf.ar.{p}", v["bs.ar.dec25"] - v["bs.ar.sep26"])
    put(f"cf.inv.{p}", v["bs.inv.dec25"] - v["bs.inv.sep26"])
    put(f"cf.prepaid.{p}", v["bs.prepaid.dec25"] - v["bs.prepaid.sep26"])
    put(f"cf.ap.{p}", v["bs.ap.sep26"] - v["bs.ap.dec25"])
    put(f"cf.accrued.{p}", v["bs.accrued.sep26"] - v["bs.accrued.dec25"])
    put(f"cf.taxes.{p}", v["bs.taxes.sep26"] - v["bs.taxes.dec25"])
    put(f"cf.lease.{p}", v["bs.lease_cur.sep26"] + v["bs.lease_nc.sep26"] - v["bs.lease_cur.dec25"]
        - v["bs.lease_nc.dec25"] - (v["bs.rou.sep26"] - v["bs.rou.dec25"]))
    put(f"cf.other.{p}", v["bs.other_l.sep26"] - v["bs.other_l.dec25"] - (v["bs.other_a.sep26"]
                                                                         - v["bs.other_a.dec25"]))
    put(f"cf.capex.{p}", "-68.9")
    put(f"cf.rborrow.{p}", "240.0")
    put(f"cf.rrepay.{p}", "-190.0")
    put(f"cf.repo.{p}", "-95.0")
    put(f"cf.div.{p}", "-62.2")
    put(f"cf.taxw.{p}", "-7.4")
    p = "y25"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    for k, amount in CF25.items():
        put(f"cf.{k}.{p}", amount)
    ops = ("ni", "dep", "sbc", "ar", "inv", "prepaid", "ap", "accrued", "taxes", "lease", "other")
    for p in ("y26", "y25"):
        put(f"cf.cfo.{p}", s(*[f"cf.{k}.{p}" for k in ops]))
        put(f"cf.cfi.{p}", v[f"cf.capex.{p}"])
        put(f"cf.cff.{p}", s(*[f"cf.{k}.{p}" for k in ("rborrow", "rrepay", "repo", "div", "taxw")]))
        put(f"cf.change.{p}", s(f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}"))
    put("cf.begin.y26", v["bs.cash.dec25"])
    put("cf.end.y26", v["cf.begin.y26"] + v["cf.change.y26"])
    put("cf.end.y25", v["bs.cash.sep25"])
    put("cf.begin.y25", v["cf.end.y25"] - v["cf.change.y25"])
    put("bs.cash.sep26", v["cf.end.y26"])
    amort = put("intang.amort", "6.9")
    put("bs.intang.sep26", v["bs.intang.dec25"] - amort)
    put("bs.ppe.sep26", v["bs.ppe.dec25"] - v["cf.capex.y26"] - (v["cf.dep.y26"] - amort))
    put("bs.revolver.sep26", v["bs.revolver.dec25"] + v["cf.rborrow.y26"] + v["cf.rrepay.y26"])
    put("bs.capital.sep26", v["bs.capital.dec25"] + v["cf.sbc.y26"] + v["cf.taxw.y26"])
    put("bs.treasury.sep26", v["bs.treasury.dec25"] + v["cf.repo.y26"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "ar", "inv", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "rou", "gw", "intang",
                                                                              "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "lease_cur", "taxes")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("revolver", "notes", "lease_nc",
                                                                            "other_l")]))
    for d in ("dec25", "sep25"):
        put(f"bs.re.{d}", v[f"bs.assets.{d}"] - v[f"bs.liab.{d}"] - s(*[f"bs.{k}.{d}" for k in (
            "capital", "treasury", "aoci")]))
    put("bs.re.sep26", v["bs.re.dec25"] + v["is.ni.y26"] + v["cf.div.y26"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("capital", "re", "treasury", "aoci")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # revolving credit facility (note 5)
    put("rcf.begin", v["bs.revolver.dec25"])
    put("rcf.borrow", v["cf.rborrow.y26"])
    put("rcf.repay", v["cf.rrepay.y26"])
    put("rcf.end", v["bs.revolver.sep26"])
    put("rcf.size", "750.0")
    put("rcf.lc", "12.6")
    put("rcf.avail", v["rcf.size"] - v["rcf.end"] - v["rcf.lc"])
    put("rcf.rate", "6.05")
    put("rcf.peak", "318.0")
    # store counts
    for r, (start, opened, closed) in STORES.items():
        put(f"st.begin.{r}", start)
        put(f"st.open.{r}", opened)
        put(f"st.close.{r}", -closed)
        put(f"st.end.{r}", start + opened - closed)
        put(f"st.prior.{r}", STORES_SEP25[r])
    for k in ("begin", "open", "close", "end", "prior"):
        put(f"st.{k}.total", s(*[f"st.{k}.{r}" for r in STORES]))
    put("div.q", "0.30")
    put("notes.rate", "5.25")
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for p in PERIODS:
        t.append((f"IS {p}: revenue = channels", v[f"is.rev.{p}"], s(*[f"ch.{c}.{p}" for c in CHANNELS])))
        t.append((f"IS {p}: revenue = regions", v[f"is.rev.{p}"], s(*[f"rg.{r}.{p}" for r in REGIONS])))
        holds(f"Regions {p} positive", all(v[f"rg.{r}.{p}"] > 0 for r in REGIONS))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.rev.{p}"] - v[f"is.cos.{p}"] - v[f"is.sga.{p}"]
                  - v[f"is.restr.{p}"] - v[f"is.int.{p}"] - v[f"is.other.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"Adjusted EPS {p} = GAAP + adjustments", v[f"adj.adj.{p}"], v[f"adj.eps.{p}"]
                  + v[f"adj.restr.{p}"] + v[f"adj.tax.{p}"]))
    for p in ("y26", "y25"):
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"], v[f"cf.begin.{p}"] + v[f"cf.change.{p}"]))
        holds(f"CF {p}: cash positive", v[f"cf.begin.{p}"] > 0 and v[f"cf.end.{p}"] > 0)
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"Inventories {d} = note", v[f"bs.inv.{d}"], v[f"inv.fg.{d}"] + v[f"inv.transit.{d}"]
                  + v[f"inv.raw.{d}"]))
        holds(f"Retained earnings {d} positive", v[f"bs.re.{d}"] > 0)
    t.append(("Cash September 26, 2026 = cash flow end", v["bs.cash.sep26"], v["cf.end.y26"]))
    t.append(("Revolver roll-forward", v["rcf.end"], v["rcf.begin"] + v["rcf.borrow"] + v["rcf.repay"]))
    t.append(("Stores roll-forward", v["st.end.total"], v["st.begin.total"] + v["st.open.total"]
              + v["st.close.total"]))
    return t
