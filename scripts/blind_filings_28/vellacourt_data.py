"""Invented figures for Vellacourt Payments, Inc., Form 10-Q for the quarter ended June 30, 2026.

Amounts are $ millions with one decimal unless the key says otherwise; shares in millions with one decimal;
per-share amounts in $; payment volume in $ billions; transactions in millions; merchant locations in thousands;
take rates in basis points. Segment revenue by type builds the statement of income for the three and six months
ended June 30 of 2026 and 2025. The December 31, 2025 balance sheet is given (additional paid-in capital balances
it); June 30, 2026 is derived from it through the six-month cash flow statement and the settlement, receivable,
property, software, goodwill, intangible, debt, deferred tax and equity roll-forwards (including a first-quarter
acquisition), so the statements tie by construction and ties() re-proves every identity. Equity at March 31 of each
year is rolled back from June 30 with the second-quarter movements; June 30, 2025 equity is rolled forward from a
given December 31, 2024.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q2_26", "q2_25", "h1_26", "h1_25")
DATES = ("jun26", "dec25")
SEGMENTS = {"ms": "Merchant Solutions", "isv": "Integrated Software", "iss": "Issuer Services"}
TYPES = {"txn": "Transaction and processing fees", "sub": "Subscription and software", "eqp": "Equipment and other"}
ACQUIRING = ("ms", "isv")


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- revenue: segment -> type -> period values
REVENUE = {
    "ms": {"txn": ("512.4", "478.6", "986.3", "921.8"), "sub": ("38.6", "33.2", "75.9", "65.1"),
           "eqp": ("14.2", "13.6", "27.8", "26.9")},
    "isv": {"txn": ("196.8", "168.2", "381.5", "324.9"), "sub": ("54.3", "47.1", "106.8", "92.4"),
            "eqp": ("6.8", "6.2", "13.1", "12.0")},
    "iss": {"txn": ("142.7", "136.9", "281.4", "270.2"), "sub": ("21.6", "20.4", "42.9", "40.6"),
            "eqp": ("11.9", "12.8", "23.4", "25.3")},
}
NETWORK_FEES = {"ms": ("241.3", "228.7", "468.6", "444.2"), "isv": ("77.3", "67.7", "150.3", "130.9")}
OTHER_COS = ("186.4", "171.9", "364.8", "336.7")
SGA = ("214.7", "196.3", "423.6", "389.4")
DA = ("98.6", "91.2", "195.3", "180.4")
AMORT_ACQ = ("41.8", "39.4", "82.9", "78.6")  # amortization of acquired intangibles, included in D&A
ACQ_COSTS = ("8.4", "5.1", "19.7", "9.8")
INT_EXP = ("-42.3", "-44.8", "-85.1", "-90.2")
INT_INC = ("6.1", "5.3", "12.4", "10.7")
OTHER = ("-1.2", "2.4", "0.8", "3.1")
TAX = ("31.8", "28.3", "57.9", "50.6")
SHARES_BASIC = ("148.6", "153.9", "149.2", "154.1")
SHARES_DILUTED = ("150.1", "155.6", "150.9", "156.0")
SBC = ("22.4", "19.8", "44.1", "38.6")
SEG_OI = {"ms": ("164.8", "151.6", "311.9", "289.4"), "isv": ("71.6", "58.9", "136.2", "112.7"),
          "iss": ("38.2", "36.5", "73.4", "70.1")}
SEG_DA = {"ms": ("24.1", "22.8", "47.6", "45.1"), "isv": ("17.9", "15.6", "35.2", "30.4"),
          "iss": ("10.2", "9.9", "20.3", "19.6")}  # excluding acquired intangibles; corporate is the remainder
SEG_CAPEX = {"ms": ("26.8", "24.1", "51.3", "47.2"), "isv": ("21.4", "18.6", "40.7", "36.1"),
             "iss": ("9.6", "8.7", "18.9", "16.4")}  # corporate is the remainder of total capital expenditures
CAPEX_PPE = ("24.9", "21.8", "48.3", "42.6")
CAPEX_SW = ("35.6", "31.4", "68.4", "61.9")
# key metrics
VOLUME = {"ms": ("84.6", "78.9", "162.3", "151.2"), "isv": ("31.8", "26.4", "61.2", "50.9")}
TXNS = {"ms": ("2318.4", "2156.7", "4476.9", "4170.2"), "isv": ("862.5", "731.9", "1664.8", "1412.6"),
        "iss": ("1946.2", "1872.4", "3801.5", "3655.9")}
LOCATIONS = {"ms": ("1246.8", "1198.4"), "isv": ("318.6", "276.2")}  # thousands at June 30, 2026 and 2025
# equity movements (q2_26, q2_25, h1_26, h1_25)
ESPP = ("2.1", "1.8", "8.6", "7.9")
WITHHELD = ("-1.9", "-2.3", "-12.8", "-11.6")
REPO = ("-132.1", "-108.4", "-250.4", "-226.3")
OCI_FX = ("3.4", "-3.8", "5.9", "-6.2")
OCI_HEDGE = ("-1.7", "1.2", "-3.1", "2.6")
SH_ISSUED = ("0.6", "0.4", "1.5", "1.3")
SH_REPO = ("-1.8", "-1.6", "-3.4", "-3.1")
# repurchases in the second quarter of 2026 (shares, average price)
REPURCHASES = {"apr": (612400, "71.84"), "may": (594800, "73.26"), "jun": (601300, "74.12")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    for i, p in enumerate(PERIODS):
        # -------------------------------------------------------- revenue by segment and type
        for g in segs:
            for t in TYPES:
                put(f"rev.{g}.{t}.{p}", REVENUE[g][t][i])
            put(f"seg.rev.{g}.{p}", s(*[f"rev.{g}.{t}.{p}" for t in TYPES]))
        for t in TYPES:
            put(f"rev.total.{t}.{p}", s(*[f"rev.{g}.{t}.{p}" for g in segs]))
        rev = put(f"is.rev.{p}", s(*[f"seg.rev.{g}.{p}" for g in segs]))
        put(f"seg.rev.total.{p}", rev)
        for g in ACQUIRING:
            put(f"nf.{g}.{p}", NETWORK_FEES[g][i])
        put(f"nf.iss.{p}", 0)
        # -------------------------------------------------------- statement of income
        put(f"is.nf.{p}", s(*[f"nf.{g}.{p}" for g in ACQUIRING]))
        put(f"is.cos.{p}", OTHER_COS[i])
        put(f"is.sga.{p}", SGA[i])
        put(f"is.da.{p}", DA[i])
        put(f"is.acq.{p}", ACQ_COSTS[i])
        costs = put(f"is.costs.{p}", s(*[f"is.{k}.{p}" for k in ("nf", "cos", "sga", "da", "acq")]))
        oi = put(f"is.oi.{p}", rev - costs)
        put(f"is.int_exp.{p}", INT_EXP[i])
        put(f"is.int_inc.{p}", INT_INC[i])
        put(f"is.other.{p}", OTHER[i])
        pretax = put(f"is.pretax.{p}", oi + s(f"is.int_exp.{p}", f"is.int_inc.{p}", f"is.other.{p}"))
        tax = put(f"is.tax.{p}", TAX[i])
        ni = put(f"is.ni.{p}", pretax - tax)
        put(f"is.shares_basic.{p}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{p}", SHARES_DILUTED[i])
        put(f"eps.dilutive.{p}", v[f"is.shares_diluted.{p}"] - v[f"is.shares_basic.{p}"])
        put(f"is.eps_basic.{p}", q(ni / v[f"is.shares_basic.{p}"], 2))
        put(f"is.eps_diluted.{p}", q(ni / v[f"is.shares_diluted.{p}"], 2))
        put(f"tax.rate.{p}", pct(tax, pretax))
        put(f"oci.fx.{p}", OCI_FX[i])
        put(f"oci.hedge.{p}", OCI_HEDGE[i])
        put(f"oci.total.{p}", v[f"oci.fx.{p}"] + v[f"oci.hedge.{p}"])
        put(f"ci.total.{p}", ni + v[f"oci.total.{p}"])
        # -------------------------------------------------------- segments
        for g in segs:
            put(f"seg.oi.{g}.{p}", SEG_OI[g][i])
            put(f"seg.da.{g}.{p}", SEG_DA[g][i])
            put(f"seg.capex.{g}.{p}", SEG_CAPEX[g][i])
            put(f"seg.margin.{g}.{p}", pct(v[f"seg.oi.{g}.{p}"], v[f"seg.rev.{g}.{p}"]))
        put(f"seg.amort.{p}", -D(AMORT_ACQ[i]))
        put(f"seg.acq.{p}", -v[f"is.acq.{p}"])
        put(f"seg.corp.{p}", oi - s(*[f"seg.oi.{g}.{p}" for g in segs]) - v[f"seg.amort.{p}"] - v[f"seg.acq.{p}"])
        put(f"seg.oi.total.{p}", oi)
        put(f"seg.da.acq.{p}", AMORT_ACQ[i])
        put(f"seg.da.corp.{p}", v[f"is.da.{p}"] - s(*[f"seg.da.{g}.{p}" for g in segs]) - v[f"seg.da.acq.{p}"])
        put(f"seg.da.total.{p}", v[f"is.da.{p}"])
        capex = D(CAPEX_PPE[i]) + D(CAPEX_SW[i])
        put(f"seg.capex.corp.{p}", capex - s(*[f"seg.capex.{g}.{p}" for g in segs]))
        put(f"seg.capex.total.{p}", capex)
        # -------------------------------------------------------- non-GAAP measures
        for g in segs:
            put(f"net.{g}.{p}", v[f"seg.rev.{g}.{p}"] - v[f"nf.{g}.{p}"])
        put(f"net.rev.{p}", rev)
        put(f"net.nf.{p}", -v[f"is.nf.{p}"])
        net = put(f"net.total.{p}", rev - v[f"is.nf.{p}"])
        put(f"ebitda.ni.{p}", ni)
        put(f"ebitda.tax.{p}", tax)
        put(f"ebitda.interest.{p}", -(v[f"is.int_exp.{p}"] + v[f"is.int_inc.{p}"]))
        put(f"ebitda.other.{p}", -v[f"is.other.{p}"])
        put(f"ebitda.da.{p}", v[f"is.da.{p}"])
        put(f"ebitda.sbc.{p}", SBC[i])
        put(f"ebitda.acq.{p}", v[f"is.acq.{p}"])
        adj = put(f"ebitda.adj.{p}", s(*[f"ebitda.{k}.{p}" for k in ("ni", "tax", "interest", "other", "da", "sbc",
                                                                     "acq")]))
        put(f"ebitda.margin.{p}", pct(adj, net))
        # -------------------------------------------------------- key metrics
        for g in ACQUIRING:
            put(f"kpi.vol.{g}.{p}", VOLUME[g][i])
            put(f"kpi.take.{g}.{p}", q(v[f"net.{g}.{p}"] / (v[f"kpi.vol.{g}.{p}"] * 1000) * 10000, 1))
        put(f"kpi.vol.total.{p}", s(*[f"kpi.vol.{g}.{p}" for g in ACQUIRING]))
        for g in segs:
            put(f"kpi.txn.{g}.{p}", TXNS[g][i])
        put(f"kpi.txn.total.{p}", s(*[f"kpi.txn.{g}.{p}" for g in segs]))
        # -------------------------------------------------------- equity movements
        put(f"eq.ni.{p}", ni)
        put(f"eq.oci.{p}", v[f"oci.total.{p}"])
        put(f"eq.sbc.{p}", SBC[i])
        put(f"eq.stock.{p}", D(ESPP[i]) + D(WITHHELD[i]))
        put(f"eq.repo.{p}", REPO[i])
        put(f"eq.sh_issued.{p}", SH_ISSUED[i])
        put(f"eq.sh_repo.{p}", SH_REPO[i])
    for k in ("vol.ms", "vol.isv", "vol.total", "txn.ms", "txn.isv", "txn.iss", "txn.total"):
        put(f"kpi.chg.{k}.q2", pct(v[f"kpi.{k}.q2_26"] - v[f"kpi.{k}.q2_25"], v[f"kpi.{k}.q2_25"]))
        put(f"kpi.chg.{k}.h1", pct(v[f"kpi.{k}.h1_26"] - v[f"kpi.{k}.h1_25"], v[f"kpi.{k}.h1_25"]))
    for g in ACQUIRING:
        put(f"kpi.loc.{g}.jun26", LOCATIONS[g][0])
        put(f"kpi.loc.{g}.jun25", LOCATIONS[g][1])
        put(f"kpi.chg.loc.{g}", pct(v[f"kpi.loc.{g}.jun26"] - v[f"kpi.loc.{g}.jun25"], v[f"kpi.loc.{g}.jun25"]))
    for p in ("q2", "h1"):
        for k in ("total", "ms", "isv", "iss"):
            base = "net.total" if k == "total" else f"net.{k}"
            put(f"chg.net.{k}.{p}", pct(v[f"{base}.{p}_26"] - v[f"{base}.{p}_25"], v[f"{base}.{p}_25"]))
        put(f"chg.rev.{p}", pct(v[f"is.rev.{p}_26"] - v[f"is.rev.{p}_25"], v[f"is.rev.{p}_25"]))
        put(f"chg.ebitda.{p}", pct(v[f"ebitda.adj.{p}_26"] - v[f"ebitda.adj.{p}_25"], v[f"ebitda.adj.{p}_25"]))

    # ------------------------------------------------------------ December 31, 2025 balance sheet (given)
    dec = {"cash": "612.4", "restricted": "46.8", "settle_a": "1842.6", "ar": "412.8", "prepaid": "96.4",
           "ppe": "284.6", "sw": "512.3", "gw": "5862.4", "intang": "1486.7", "rou": "78.2", "dcc": "186.4",
           "other_a": "64.3", "settle_l": "1798.4", "ap": "486.2", "defrev": "62.8", "other_cl": "71.5",
           "dtl": "318.6", "lease": "68.4", "other_l": "52.7", "cs": "1.7", "re": "2146.8", "aoci": "-38.6",
           "treasury": "-1684.2"}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    jun = {"restricted": "52.3", "settle_a": "2016.4", "ar": "438.6", "prepaid": "104.1", "rou": "74.6",
           "dcc": "194.8", "other_a": "66.8", "settle_l": "1968.9", "ap": "471.6", "defrev": "66.4",
           "other_cl": "74.2", "lease": "64.9", "other_l": "55.1"}
    for k, amount in jun.items():
        put(f"bs.{k}.jun26", amount)
    # settlement detail
    settle = {"a.network": ("1412.6", "1296.8"), "a.merchant": ("361.2", "318.4"), "a.cash": ("242.6", "227.4"),
              "l.merchants": ("1684.7", "1531.2"), "l.reserves": ("284.2", "267.2")}
    for k, (a, b) in settle.items():
        put(f"set.{k}.jun26", a)
        put(f"set.{k}.dec25", b)
    # acquisition of Brisco Ledger Systems (first quarter of 2026)
    ppa = {"ar": "8.6", "tech": "74.0", "cust": "61.5", "gw": "162.7", "defrev": "-4.8", "dtl": "-9.8",
           "liab": "-5.8"}
    for k, amount in ppa.items():
        put(f"acq.{k}", amount)
    put("acq.total", s(*[f"acq.{k}" for k in ppa]))
    put("acq.intang", v["acq.tech"] + v["acq.cust"])
    # receivables and allowance
    put("ar.allow.dec25", "-13.1")
    put("acl.begin.h1_26", "13.1")
    put("acl.prov.h1_26", "6.8")
    put("acl.wo.h1_26", "-6.4")
    put("acl.begin.h1_25", "12.2")
    put("acl.prov.h1_25", "6.1")
    put("acl.wo.h1_25", "-5.9")
    for p in ("h1_26", "h1_25"):
        put(f"acl.end.{p}", s(f"acl.begin.{p}", f"acl.prov.{p}", f"acl.wo.{p}"))
    put("ar.allow.jun26", -v["acl.end.h1_26"])
    for d in DATES:
        put(f"ar.gross.{d}", v[f"bs.ar.{d}"] - v[f"ar.allow.{d}"])
        put(f"ar.net.{d}", v[f"bs.ar.{d}"])
    # goodwill by segment
    gw_dec = {"ms": "3412.6", "isv": "1624.9"}
    for g, amount in gw_dec.items():
        put(f"gw.{g}.dec25", amount)
    put("gw.iss.dec25", v["bs.gw.dec25"] - v["gw.ms.dec25"] - v["gw.isv.dec25"])
    put("gw.acq.ms", 0)
    put("gw.acq.isv", v["acq.gw"])
    put("gw.acq.iss", 0)
    put("gw.fx.ms", "4.6")
    put("gw.fx.isv", 0)
    put("gw.fx.iss", 0)
    for g in segs:
        put(f"gw.{g}.jun26", v[f"gw.{g}.dec25"] + v[f"gw.acq.{g}"] + v[f"gw.fx.{g}"])
    for k in ("dec25", "jun26"):
        put(f"gw.total.{k}", s(*[f"gw.{g}.{k}" for g in segs]))
    put("gw.acq.total", s(*[f"gw.acq.{g}" for g in segs]))
    put("gw.fx.total", s(*[f"gw.fx.{g}" for g in segs]))
    put("bs.gw.jun26", v["gw.total.jun26"])
    # intangible assets: gross, accumulated amortization and net by type
    gross_dec = {"cust": "2184.6", "tech": "612.8", "trade": "148.2"}
    accum_dec = {"cust": "-1032.4", "tech": "-356.1"}
    amort = {"cust": "-56.2", "tech": "-22.4"}
    for k, amount in gross_dec.items():
        put(f"int.gross.{k}.dec25", amount)
    put("int.gross.cust.jun26", v["int.gross.cust.dec25"] + v["acq.cust"])
    put("int.gross.tech.jun26", v["int.gross.tech.dec25"] + v["acq.tech"])
    put("int.gross.trade.jun26", v["int.gross.trade.dec25"])
    for k, amount in accum_dec.items():
        put(f"int.accum.{k}.dec25", amount)
    put("int.accum.trade.dec25", -(s(*[f"int.gross.{k}.dec25" for k in gross_dec]) - v["bs.intang.dec25"])
        - v["int.accum.cust.dec25"] - v["int.accum.tech.dec25"])
    for k, amount in amort.items():
        put(f"int.amort.{k}", amount)
    put("int.amort.trade", -v["seg.da.acq.h1_26"] - v["int.amort.cust"] - v["int.amort.tech"])
    for k in gross_dec:
        put(f"int.accum.{k}.jun26", v[f"int.accum.{k}.dec25"] + v[f"int.amort.{k}"])
    for d in DATES:
        for k in gross_dec:
            put(f"int.net.{k}.{d}", v[f"int.gross.{k}.{d}"] + v[f"int.accum.{k}.{d}"])
        for c in ("gross", "accum", "net"):
            put(f"int.{c}.total.{d}", s(*[f"int.{c}.{k}.{d}" for k in gross_dec]))
    put("bs.intang.jun26", v["int.net.total.jun26"])
    # property, capitalized software and D&A components (six months 2026)
    put("da.sw.h1_26", "52.6")
    put("da.ppe.h1_26", v["is.da.h1_26"] - v["seg.da.acq.h1_26"] - v["da.sw.h1_26"])
    put("bs.ppe.jun26", v["bs.ppe.dec25"] + D(CAPEX_PPE[2]) - v["da.ppe.h1_26"])
    put("bs.sw.jun26", v["bs.sw.dec25"] + D(CAPEX_SW[2]) - v["da.sw.h1_26"])
    put("da.acq.h1_26", v["seg.da.acq.h1_26"])
    put("da.total.h1_26", v["is.da.h1_26"])
    # deferred taxes (benefit) and debt
    put("tax.deferred.h1_26", "-6.4")
    put("tax.deferred.h1_25", "-4.1")
    put("bs.dtl.jun26", v["bs.dtl.dec25"] + v["tax.deferred.h1_26"] - v["acq.dtl"])
    debt = {"tlb": ("3447.5", "3465.0"), "n29": ("750.0", "750.0"), "n32": ("600.0", "600.0"),
            "rcf": ("215.0", "120.0")}
    for k, (a, b) in debt.items():
        put(f"debt.{k}.jun26", a)
        put(f"debt.{k}.dec25", b)
    put("debt.costs.dec25", "-41.8")
    put("debt.amort.h1_26", "4.4")
    put("debt.costs.jun26", v["debt.costs.dec25"] + v["debt.amort.h1_26"])
    for d in DATES:
        put(f"debt.principal.{d}", s(*[f"debt.{k}.{d}" for k in debt]))
        put(f"debt.total.{d}", v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"])
        put(f"debt.cur.{d}", "35.0")
        put(f"debt.cur_neg.{d}", "-35.0")
        put(f"debt.lt.{d}", v[f"debt.total.{d}"] - v[f"debt.cur.{d}"])
        put(f"bs.debt_cur.{d}", v[f"debt.cur.{d}"])
        put(f"bs.debt_lt.{d}", v[f"debt.lt.{d}"])
    mat = {"r26": "17.5", "y27": "35.0", "y28": "35.0", "y29": v["debt.n29.jun26"] + 35}
    for k, amount in mat.items():
        put(f"debt.mat.{k}", amount)
    put("debt.mat.y30", v["debt.tlb.jun26"] - D("17.5") - 35 * 3 + v["debt.rcf.jun26"])
    put("debt.mat.after", v["debt.n32.jun26"])
    put("debt.mat.total", s(*[f"debt.mat.{k}" for k in ("r26", "y27", "y28", "y29", "y30", "after")]))
    put("debt.rcf_cap", "1000.0")
    put("debt.loc", "12.4")
    put("debt.rcf_avail", v["debt.rcf_cap"] - v["debt.rcf.jun26"] - v["debt.loc"])
    put("debt.rcf_borrow.h1_26", "245.0")
    put("debt.fair.jun26", "4968.2")

    # ------------------------------------------------------------ cash flows (six months)
    cf25 = {"deferred": "-4.1", "debt_amort": "4.6", "settle_a": "-122.6", "settle_l": "118.9", "ar": "-12.3",
            "prepaid": "-5.4", "dcc": "-7.1", "other_a": "0.9", "ap": "-26.8", "defrev": "2.3", "other_l": "-2.6",
            "acq": "0.0", "rcf_borrow": "80.0", "rcf_repay": "-80.0", "tlb_repay": "-17.5", "fx": "-0.8"}
    for k, amount in cf25.items():
        put(f"cf.{k}.h1_25", amount)
    put("cf.deferred.h1_26", v["tax.deferred.h1_26"])
    put("cf.debt_amort.h1_26", v["debt.amort.h1_26"])
    put("cf.settle_a.h1_26", v["bs.settle_a.dec25"] - v["bs.settle_a.jun26"])
    put("cf.settle_l.h1_26", v["bs.settle_l.jun26"] - v["bs.settle_l.dec25"])
    put("cf.ar.h1_26", v["bs.ar.dec25"] + v["acq.ar"] - v["bs.ar.jun26"])
    put("cf.prepaid.h1_26", v["bs.prepaid.dec25"] - v["bs.prepaid.jun26"])
    put("cf.dcc.h1_26", v["bs.dcc.dec25"] - v["bs.dcc.jun26"])
    put("cf.other_a.h1_26", (v["bs.rou.dec25"] - v["bs.rou.jun26"]) + (v["bs.other_a.dec25"] - v["bs.other_a.jun26"]))
    put("cf.ap.h1_26", v["bs.ap.jun26"] - v["bs.ap.dec25"] + v["acq.liab"])
    put("cf.defrev.h1_26", v["bs.defrev.jun26"] - v["bs.defrev.dec25"] + v["acq.defrev"])
    # the hedge loss in other comprehensive income raised other long-term liabilities without cash
    put("cf.other_l.h1_26", (v["bs.other_cl.jun26"] - v["bs.other_cl.dec25"]) + (v["bs.lease.jun26"]
        - v["bs.lease.dec25"]) + (v["bs.other_l.jun26"] - v["bs.other_l.dec25"]) + v["oci.hedge.h1_26"])
    put("cf.acq.h1_26", -v["acq.total"])
    put("cf.rcf_borrow.h1_26", v["debt.rcf_borrow.h1_26"])
    put("cf.rcf_repay.h1_26", v["debt.rcf.jun26"] - v["debt.rcf.dec25"] - v["debt.rcf_borrow.h1_26"])
    put("cf.tlb_repay.h1_26", v["debt.tlb.jun26"] - v["debt.tlb.dec25"])
    # currency translation of cash; the rest of the translation adjustment is on goodwill
    put("cf.fx.h1_26", v["oci.fx.h1_26"] - v["gw.fx.total"])
    for p in ("h1_26", "h1_25"):
        i = PERIODS.index(p)
        put(f"cf.ni.{p}", v[f"is.ni.{p}"])
        put(f"cf.da.{p}", v[f"is.da.{p}"])
        put(f"cf.sbc.{p}", SBC[i])
        put(f"cf.capex_ppe.{p}", -D(CAPEX_PPE[i]))
        put(f"cf.capex_sw.{p}", -D(CAPEX_SW[i]))
        put(f"cf.repo.{p}", REPO[i])
        put(f"cf.withheld.{p}", WITHHELD[i])
        put(f"cf.espp.{p}", ESPP[i])
    op = ("ni", "da", "sbc", "deferred", "debt_amort", "settle_a", "settle_l", "ar", "prepaid", "dcc", "other_a",
          "ap", "defrev", "other_l")
    invest = ("capex_ppe", "capex_sw", "acq")
    fin = ("rcf_borrow", "rcf_repay", "tlb_repay", "repo", "withheld", "espp")
    put("cf.begin.h1_26", v["bs.cash.dec25"] + v["bs.restricted.dec25"])
    put("cf.begin.h1_25", "588.6")
    for p in ("h1_26", "h1_25"):
        cfo = put(f"cf.cfo.{p}", s(*[f"cf.{k}.{p}" for k in op]))
        cfi = put(f"cf.cfi.{p}", s(*[f"cf.{k}.{p}" for k in invest]))
        cff = put(f"cf.cff.{p}", s(*[f"cf.{k}.{p}" for k in fin]))
        put(f"cf.change.{p}", cfo + cfi + cff + v[f"cf.fx.{p}"])
        put(f"cf.end.{p}", v[f"cf.begin.{p}"] + v[f"cf.change.{p}"])
        put(f"fcf.cfo.{p}", cfo)
        put(f"fcf.capex.{p}", v[f"cf.capex_ppe.{p}"] + v[f"cf.capex_sw.{p}"])
        put(f"fcf.total.{p}", cfo + v[f"fcf.capex.{p}"])
    put("bs.cash.jun26", v["cf.end.h1_26"] - v["bs.restricted.jun26"])
    put("cf.cash_end.h1_26", v["bs.cash.jun26"])
    put("cf.restricted_end.h1_26", v["bs.restricted.jun26"])
    put("cf.int_paid.h1_26", "79.6")
    put("cf.tax_paid.h1_26", "61.8")

    # ------------------------------------------------------------ balance sheet totals and equity
    cur_a = ("cash", "restricted", "settle_a", "ar", "prepaid")
    nc_a = ("ppe", "sw", "gw", "intang", "rou", "dcc", "other_a")
    cur_l = ("settle_l", "ap", "debt_cur", "defrev", "other_cl")
    nc_l = ("debt_lt", "dtl", "lease", "other_l")
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in cur_a]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in nc_a]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in cur_l]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in nc_l]))
        put(f"set.a.total.{d}", v[f"bs.settle_a.{d}"])
        put(f"set.l.total.{d}", v[f"bs.settle_l.{d}"])
    put("bs.apic.dec25", v["bs.assets.dec25"] - v["bs.liab.dec25"] - s("bs.cs.dec25", "bs.re.dec25", "bs.aoci.dec25",
                                                                       "bs.treasury.dec25"))
    moves = {"cs": (), "apic": ("sbc", "stock"), "re": ("ni",), "aoci": ("oci",), "treasury": ("repo",)}
    for comp, keys in moves.items():
        put(f"eq.{comp}.dec25", v[f"bs.{comp}.dec25"])
        put(f"eq.{comp}.jun26", v[f"eq.{comp}.dec25"] + s(*[f"eq.{k}.h1_26" for k in keys]))
        put(f"eq.{comp}.mar26", v[f"eq.{comp}.jun26"] - s(*[f"eq.{k}.q2_26" for k in keys]))
        put(f"bs.{comp}.jun26", v[f"eq.{comp}.jun26"])
    dec24 = {"cs": "1.7", "apic": "3233.4", "re": "1812.4", "aoci": "-29.4", "treasury": "-1196.5"}
    for comp, keys in moves.items():
        put(f"eq.{comp}.dec24", dec24[comp])
        put(f"eq.{comp}.jun25", v[f"eq.{comp}.dec24"] + s(*[f"eq.{k}.h1_25" for k in keys]))
        put(f"eq.{comp}.mar25", v[f"eq.{comp}.jun25"] - s(*[f"eq.{k}.q2_25" for k in keys]))
    for d in ("dec24", "mar25", "jun25", "dec25", "mar26", "jun26"):
        put(f"eq.total.{d}", s(*[f"eq.{c}.{d}" for c in moves]))
    for p in PERIODS:
        put(f"eq.flow.{p}", s(*[f"eq.{k}.{p}" for k in ("ni", "oci", "sbc", "stock", "repo")]))
    put("eq.shares.dec24", "155.2")
    put("eq.shares.dec25", "150.3")
    put("eq.shares.jun25", v["eq.shares.dec24"] + v["eq.sh_issued.h1_25"] + v["eq.sh_repo.h1_25"])
    put("eq.shares.mar25", v["eq.shares.jun25"] - v["eq.sh_issued.q2_25"] - v["eq.sh_repo.q2_25"])
    put("eq.shares.jun26", v["eq.shares.dec25"] + v["eq.sh_issued.h1_26"] + v["eq.sh_repo.h1_26"])
    put("eq.shares.mar26", v["eq.shares.jun26"] - v["eq.sh_issued.q2_26"] - v["eq.sh_repo.q2_26"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{c}.{d}" for c in moves]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # liquidity table (MD&A)
    for d in DATES:
        put(f"liq.cash.{d}", v[f"bs.cash.{d}"])
        put(f"liq.debt.{d}", v[f"debt.total.{d}"])
        put(f"liq.net.{d}", v[f"debt.total.{d}"] - v[f"bs.cash.{d}"])

    # ------------------------------------------------------------ repurchases (Part II, second quarter)
    put("rep.remaining.mar", "684.5")
    remaining = v["rep.remaining.mar"]
    exact = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        exact += D(shares) * D(price)
        remaining = remaining - q(D(shares) * D(price) / D(1000000), 1)
        put(f"rep.remaining.{m}", remaining)
    put("rep.shares.q2", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.q2", q(exact / v["rep.shares.q2"], 2))

    # ------------------------------------------------------------ prose-only figures
    prose = {"biz.countries": 3, "biz.employees": 7940, "biz.isv_partners": 1460, "biz.issuer_clients": 212,
             "biz.holders": 318, "mda.guide_low": "8.0", "mda.guide_high": "9.5", "acq.brisco_arr": "38.4",
             "dcc.amort.h1_26": "28.6", "sbc.unrecognized": "186.2"}
    for k, amount in prose.items():
        put(k, amount)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    segs = list(SEGMENTS)
    for p in PERIODS:
        t.append((f"IS {p}: revenue = segments", v[f"is.rev.{p}"], s(*[f"seg.rev.{g}.{p}" for g in segs])))
        t.append((f"IS {p}: revenue = types", v[f"is.rev.{p}"], s(*[f"rev.total.{k}.{p}" for k in TYPES])))
        t.append((f"IS {p}: operating income", v[f"is.oi.{p}"], v[f"is.rev.{p}"] - s(
            *[f"is.{k}.{p}" for k in ("nf", "cos", "sga", "da", "acq")])))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.pretax.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"IS {p}: diluted EPS", v[f"is.eps_diluted.{p}"], q(v[f"is.ni.{p}"]
                                                                       / v[f"is.shares_diluted.{p}"], 2)))
        t.append((f"Segments {p}: operating income", v[f"is.oi.{p}"], s(*[f"seg.oi.{g}.{p}" for g in segs]) + s(
            f"seg.corp.{p}", f"seg.amort.{p}", f"seg.acq.{p}")))
        t.append((f"Segments {p}: D&A", v[f"is.da.{p}"], s(*[f"seg.da.{g}.{p}" for g in segs]) + s(
            f"seg.da.corp.{p}", f"seg.da.acq.{p}")))
        holds(f"Segments {p}: corporate negative, corporate D&A and capex positive", v[f"seg.corp.{p}"] < 0
              and v[f"seg.da.corp.{p}"] > 0 and v[f"seg.capex.corp.{p}"] > 0)
        t.append((f"Adjusted EBITDA {p}", v[f"ebitda.adj.{p}"], v[f"is.oi.{p}"] + v[f"is.da.{p}"]
                  + v[f"ebitda.sbc.{p}"] + v[f"is.acq.{p}"]))
        t.append((f"Net revenue {p}", v[f"net.total.{p}"], s(*[f"net.{g}.{p}" for g in segs])))
        holds(f"Tax rate {p}: plausible", D(22) < v[f"tax.rate.{p}"] < D(26))
    for p, first, last in (("q2_26", "mar26", "jun26"), ("h1_26", "dec25", "jun26"), ("q2_25", "mar25", "jun25"),
                           ("h1_25", "dec24", "jun25")):
        t.append((f"Equity {p}: roll", v[f"eq.total.{last}"], v[f"eq.total.{first}"] + v[f"eq.flow.{p}"]))
        t.append((f"Shares {p}: roll", v[f"eq.shares.{last}"], v[f"eq.shares.{first}"] + v[f"eq.sh_issued.{p}"]
                  + v[f"eq.sh_repo.{p}"]))
        holds(f"Shares {p}: basic within period-end counts", min(v[f"eq.shares.{first}"], v[f"eq.shares.{last}"])
              <= v[f"is.shares_basic.{p}"] <= max(v[f"eq.shares.{first}"], v[f"eq.shares.{last}"]))
        holds(f"Repurchases {p}: plausible price", D(60) < -v[f"eq.repo.{p}"] / -v[f"eq.sh_repo.{p}"] < D(80))
    for p in ("h1_26", "h1_25"):
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"], v[f"cf.begin.{p}"] + s(
            f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}", f"cf.fx.{p}")))
        t.append((f"Allowance {p}: roll", v[f"acl.end.{p}"], s(*[f"acl.{k}.{p}" for k in ("begin", "prov", "wo")])))
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"BS {d}: settlement assets detail", v[f"bs.settle_a.{d}"], s(*[f"set.a.{k}.{d}" for k in (
            "network", "merchant", "cash")])))
        t.append((f"BS {d}: settlement obligations detail", v[f"bs.settle_l.{d}"], s(*[f"set.l.{k}.{d}" for k in (
            "merchants", "reserves")])))
        t.append((f"BS {d}: debt = note", v[f"bs.debt_cur.{d}"] + v[f"bs.debt_lt.{d}"], v[f"debt.total.{d}"]))
        t.append((f"BS {d}: goodwill by segment", v[f"bs.gw.{d}"], v[f"gw.total.{d}"]))
        t.append((f"BS {d}: intangibles note", v[f"bs.intang.{d}"], v[f"int.net.total.{d}"]))
        t.append((f"BS {d}: receivables note", v[f"bs.ar.{d}"], v[f"ar.gross.{d}"] + v[f"ar.allow.{d}"]))
        holds(f"BS {d}: APIC positive and cash positive", v[f"bs.apic.{d}"] > 0 and v[f"bs.cash.{d}"] > 0)
        holds(f"BS {d}: intangible accumulated amortization negative", all(v[f"int.accum.{k}.{d}"] < 0 for k in (
            "cust", "tech", "trade")))
    t.append(("BS Dec 2025: equity = equity statement", v["bs.equity.dec25"], v["eq.total.dec25"]))
    t.append(("BS Jun 2026: equity = equity statement", v["bs.equity.jun26"], v["eq.total.jun26"]))
    t.append(("BS Jun 2026: cash + restricted = cash flow", v["bs.cash.jun26"] + v["bs.restricted.jun26"],
              v["cf.end.h1_26"]))
    t.append(("Acquisition consideration = cash flow", v["acq.total"], -v["cf.acq.h1_26"]))
    t.append(("Debt maturities = principal", v["debt.mat.total"], v["debt.principal.jun26"]))
    t.append(("Debt roll", v["debt.total.jun26"] - v["debt.total.dec25"], v["cf.rcf_borrow.h1_26"]
              + v["cf.rcf_repay.h1_26"] + v["cf.tlb_repay.h1_26"] + v["cf.debt_amort.h1_26"]))
    t.append(("Software roll", v["bs.sw.jun26"], v["bs.sw.dec25"] - v["cf.capex_sw.h1_26"] - v["da.sw.h1_26"]))
    t.append(("PP&E roll", v["bs.ppe.jun26"], v["bs.ppe.dec25"] - v["cf.capex_ppe.h1_26"] - v["da.ppe.h1_26"]))
    t.append(("D&A components", v["is.da.h1_26"], v["da.ppe.h1_26"] + v["da.sw.h1_26"] + v["da.acq.h1_26"]))
    t.append(("Intangible roll", v["bs.intang.jun26"], v["bs.intang.dec25"] + v["acq.intang"] - v["da.acq.h1_26"]))
    t.append(("Deferred tax roll", v["bs.dtl.jun26"] - v["bs.dtl.dec25"], v["cf.deferred.h1_26"] - v["acq.dtl"]))
    t.append(("Repurchases Q2 = equity statement", q(sum((D(sh) * D(pr) for sh, pr in REPURCHASES.values()),
                                                         D(0)) / D(1000000), 1), -v["eq.repo.q2_26"]))
    holds("Revolver availability positive", v["debt.rcf_avail"] > 0)
    holds("Cash-flow currency effect small", abs(v["cf.fx.h1_26"]) < 5)
    return t
