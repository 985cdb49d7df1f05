"""Invented figures for Tarrow Ridge Steel Corporation, Form 10-Q for the quarter ended September 30, 2026.

Amounts are $ thousands (whole numbers) unless the key says otherwise; shares in thousands; per-share amounts in $;
shipments in thousands of tons; selling prices and scrap costs in $ per ton; the MD&A segment summary in $ millions
with one decimal (rounded from the thousands). External net sales by segment and product build the statement of
operations for the three and nine months ended September 30 of 2026 and 2025; segment sales (external plus
intersegment), segment operating income and depreciation reconcile to it. The December 31, 2025 balance sheet is
given (retained earnings balances it); September 30, 2026 is derived from it through the nine-month cash flow
statement and the property, intangible, investment, debt, deferred tax and equity roll-forwards, so the statements
tie by construction and ties() re-proves every identity. Equity at June 30 of each year is rolled back from
September 30 with the third-quarter movements; 2025 equity is rolled forward from a given December 31, 2024.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q3_26", "q3_25", "ytd_26", "ytd_25")
DATES = ("sep26", "dec25")
SEGMENTS = {"fr": "Flat-Rolled Steel", "lp": "Long Products", "mr": "Metals Recycling"}
PRODUCTS = {
    "fr": {"hr": "Hot-rolled coil", "cr": "Cold-rolled sheet", "coat": "Galvanized and other coated sheet"},
    "lp": {"rebar": "Reinforcing bar", "bar": "Merchant bar and special bar quality"},
    "mr": {"fe": "Ferrous scrap", "nf": "Nonferrous metals"},
}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# ---------------------------------------------------------------- external net sales (q3_26, q3_25, ytd_26, ytd_25)
SALES = {
    "fr": {"hr": (412680, 438920, 1268540, 1312860), "cr": (186240, 179650, 548310, 529470),
           "coat": (298410, 284170, 884620, 846290)},
    "lp": {"rebar": (246820, 232410, 712380, 681940), "bar": (182460, 176880, 541260, 518720)},
    "mr": {"fe": (98640, 91270, 289740, 268310), "nf": (41820, 38460, 121580, 112940)},
}
INTERSEG = (186420, 172860, 548730, 512640)  # Metals Recycling scrap sold to the steel mills
COGS = (1214380, 1236940, 3596210, 3628470)
SGA = (68420, 64180, 204860, 192340)
DA = (42860, 39740, 127420, 117960)
INT_EXP = (-14860, -16240, -45120, -49380)
INT_INC = (3420, 2860, 9840, 8120)
OTHER = (-640, 1120, 1860, 2440)
TAX = (29870, 20130, 93240, 66710)
NCI = (3140, 2460, 9820, 7940)
SHARES_BASIC = (58412, 60184, 58860, 60526)
SHARES_DILUTED = (58946, 60702, 59388, 61048)
SEG_OI = {"fr": (98640, 71280, 306420, 238170), "lp": (52310, 41860, 158740, 126480),
          "mr": (14280, 9640, 41960, 28830)}
SEG_DA = {"fr": (24180, 22640, 71860, 67240), "lp": (12460, 11520, 37140, 34160), "mr": (4820, 4310, 14360, 12690)}
TONS = {"fr": (812, 798, 2436, 2404), "lp": (446, 421, 1298, 1236), "mr": (684, 651, 2018, 1934)}
SCRAP_COST = (412, 436, 418, 441)  # average scrap and pig iron cost per ton charged at the flat-rolled mills
# equity movements
SBC = (6120, 5480, 18640, 16920)
WITHHELD = (-640, -520, -4120, -3680)
DIVIDENDS = (-17520, -16250, -53070, -49020)
NCI_DIST = (-2160, -1880, -6480, -5640)
REPO = (-52008, -34260, -142860, -96480)
OCI = (1180, -2340, 4260, -3920)
DPS = ("0.30", "0.27", "0.90", "0.81")
# third-quarter 2026 repurchases (whole shares, $ per share)
REPURCHASES = {"jul": (312460, "56.42"), "aug": (298740, "58.17"), "sep": (284120, "59.84")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    for i, p in enumerate(PERIODS):
        for g in segs:
            for k in PRODUCTS[g]:
                put(f"rev.{g}.{k}.{p}", SALES[g][k][i])
            put(f"seg.ext.{g}.{p}", s(*[f"rev.{g}.{k}.{p}" for k in PRODUCTS[g]]))
            put(f"seg.int.{g}.{p}", INTERSEG[i] if g == "mr" else 0)
            put(f"seg.sales.{g}.{p}", v[f"seg.ext.{g}.{p}"] + v[f"seg.int.{g}.{p}"])
        put(f"seg.elim.{p}", -INTERSEG[i])
        rev = put(f"is.rev.{p}", s(*[f"seg.ext.{g}.{p}" for g in segs]))
        put(f"seg.sales.total.{p}", rev)
        put(f"is.cogs.{p}", COGS[i])
        put(f"is.sga.{p}", SGA[i])
        put(f"is.da.{p}", DA[i])
        put(f"is.costs.{p}", s(f"is.cogs.{p}", f"is.sga.{p}", f"is.da.{p}"))
        oi = put(f"is.oi.{p}", rev - v[f"is.costs.{p}"])
        put(f"is.int_exp.{p}", INT_EXP[i])
        put(f"is.int_inc.{p}", INT_INC[i])
        put(f"is.other.{p}", OTHER[i])
        pretax = put(f"is.pretax.{p}", oi + s(f"is.int_exp.{p}", f"is.int_inc.{p}", f"is.other.{p}"))
        tax = put(f"is.tax.{p}", TAX[i])
        ni = put(f"is.ni.{p}", pretax - tax)
        put(f"is.nci.{p}", NCI[i])
        nia = put(f"is.nia.{p}", ni - v[f"is.nci.{p}"])
        put(f"is.shares_basic.{p}", SHARES_BASIC[i])
        put(f"is.shares_diluted.{p}", SHARES_DILUTED[i])
        put(f"eps.dilutive.{p}", v[f"is.shares_diluted.{p}"] - v[f"is.shares_basic.{p}"])
        put(f"is.eps_basic.{p}", q(nia / v[f"is.shares_basic.{p}"], 2))
        put(f"is.eps_diluted.{p}", q(nia / v[f"is.shares_diluted.{p}"], 2))
        put(f"is.dps.{p}", DPS[i])
        put(f"tax.rate.{p}", pct(tax, pretax))
        put(f"ci.ni.{p}", ni)
        put(f"ci.oci.{p}", OCI[i])
        put(f"ci.total.{p}", ni + v[f"ci.oci.{p}"])
        put(f"ci.nci.{p}", -v[f"is.nci.{p}"])
        put(f"ci.attrib.{p}", v[f"ci.total.{p}"] + v[f"ci.nci.{p}"])
        # segments
        for g in segs:
            put(f"seg.oi.{g}.{p}", SEG_OI[g][i])
            put(f"seg.da.{g}.{p}", SEG_DA[g][i])
        put(f"seg.oi.corp.{p}", oi - s(*[f"seg.oi.{g}.{p}" for g in segs]))
        put(f"seg.oi.total.{p}", oi)
        put(f"seg.da.corp.{p}", v[f"is.da.{p}"] - s(*[f"seg.da.{g}.{p}" for g in segs]))
        put(f"seg.da.total.{p}", v[f"is.da.{p}"])
        # MD&A: $ millions with one decimal
        for g in segs:
            put(f"mm.sales.{g}.{p}", q(v[f"seg.sales.{g}.{p}"] / 1000, 1))
            put(f"mm.oi.{g}.{p}", q(v[f"seg.oi.{g}.{p}"] / 1000, 1))
            put(f"mm.margin.{g}.{p}", pct(v[f"seg.oi.{g}.{p}"], v[f"seg.sales.{g}.{p}"]))
        # shipments and prices
        for g in segs:
            put(f"ship.{g}.{p}", TONS[g][i])
        put(f"ship.mill.{p}", v[f"ship.fr.{p}"] + v[f"ship.lp.{p}"])
        for g in ("fr", "lp"):
            put(f"asp.{g}.{p}", q(v[f"seg.ext.{g}.{p}"] / v[f"ship.{g}.{p}"]))
        put(f"scrap.{p}", SCRAP_COST[i])
        # adjusted EBITDA
        put(f"eb.ni.{p}", ni)
        put(f"eb.tax.{p}", tax)
        put(f"eb.int.{p}", -(v[f"is.int_exp.{p}"] + v[f"is.int_inc.{p}"]))
        put(f"eb.da.{p}", v[f"is.da.{p}"])
        put(f"eb.sbc.{p}", SBC[i])
        adj = put(f"eb.adj.{p}", s(*[f"eb.{k}.{p}" for k in ("ni", "tax", "int", "da", "sbc")]))
        put(f"eb.margin.{p}", pct(adj, rev))
        # equity movements
        put(f"eq.ni.{p}", nia)
        put(f"eq.nci_ni.{p}", v[f"is.nci.{p}"])
        put(f"eq.oci.{p}", OCI[i])
        put(f"eq.sbc.{p}", SBC[i])
        put(f"eq.withheld.{p}", WITHHELD[i])
        put(f"eq.div.{p}", DIVIDENDS[i])
        put(f"eq.nci_dist.{p}", NCI_DIST[i])
        put(f"eq.repo.{p}", REPO[i])
        put(f"eq.flow.{p}", s(*[f"eq.{k}.{p}" for k in ("ni", "nci_ni", "oci", "sbc", "withheld", "div",
                                                         "nci_dist", "repo")]))
    for p in ("q3", "ytd"):
        put(f"chg.rev.{p}", pct(v[f"is.rev.{p}_26"] - v[f"is.rev.{p}_25"], v[f"is.rev.{p}_25"]))
        for g in ("fr", "lp"):
            put(f"chg.asp.{g}.{p}", pct(v[f"asp.{g}.{p}_26"] - v[f"asp.{g}.{p}_25"], v[f"asp.{g}.{p}_25"]))
            put(f"chg.ship.{g}.{p}", pct(v[f"ship.{g}.{p}_26"] - v[f"ship.{g}.{p}_25"], v[f"ship.{g}.{p}_25"]))

    # ------------------------------------------------------------ December 31, 2025 balance sheet (given)
    dec = {"cash": 486240, "sti": 120000, "ar": 612480, "inv": 1048360, "prepaid": 64820, "ppe": 2684120,
           "rou": 96480, "gw": 412860, "intang": 148620, "other_a": 52340, "ap": 418620, "accrued": 146380,
           "taxes": 18460, "debt_cur": 24000, "lease_cur": 18240, "other_cl": 62180, "dtl": 386240,
           "lease_lt": 80120, "other_l": 74860, "cs": 742, "apic": 1284610, "aoci": -18420, "treasury": -862340,
           "nci": 128460}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    sep = {"ar": 648920, "inv": 1112540, "prepaid": 71260, "rou": 92140, "other_a": 55180, "ap": 446280,
           "accrued": 158940, "taxes": 24760, "debt_cur": 24000, "lease_cur": 17920, "other_cl": 65340,
           "lease_lt": 76340, "other_l": 76920}
    for k, amount in sep.items():
        put(f"bs.{k}.sep26", amount)
    put("bs.gw.sep26", v["bs.gw.dec25"])
    put("bs.cs.sep26", v["bs.cs.dec25"])
    # cash flows, nine months
    y26, y25 = "ytd_26", "ytd_25"
    for p in (y26, y25):
        put(f"cf.ni.{p}", v[f"is.ni.{p}"])
        put(f"cf.da.{p}", v[f"is.da.{p}"])
        put(f"cf.sbc.{p}", v[f"eq.sbc.{p}"])
        put(f"cf.div.{p}", v[f"eq.div.{p}"])
        put(f"cf.nci_dist.{p}", v[f"eq.nci_dist.{p}"])
        put(f"cf.repo.{p}", v[f"eq.repo.{p}"])
        put(f"cf.withheld.{p}", v[f"eq.withheld.{p}"])
    given = {"deferred": (12480, 9860), "debt_amort": (1260, 1340), "capex": (-186240, -162480),
             "sti_buy": (-80000, -50000), "sti_mature": (150000, 0), "rcf_borrow": (60000, 40000),
             "rcf_repay": (-60000, -40000), "tl_repay": (-18000, -18000)}
    for k, (a, b) in given.items():
        put(f"cf.{k}.{y26}", a)
        put(f"cf.{k}.{y25}", b)
    wc25 = {"ar": -28460, "inv": -41280, "prepaid": -3920, "ap": 18740, "accrued": 9860, "taxes": 4180,
            "other_cl": 1940, "other": -1260}
    for k, amount in wc25.items():
        put(f"cf.{k}.{y25}", amount)
    for k in ("ar", "inv", "prepaid"):
        put(f"cf.{k}.{y26}", v[f"bs.{k}.dec25"] - v[f"bs.{k}.sep26"])
    for k in ("ap", "accrued", "taxes", "other_cl"):
        put(f"cf.{k}.{y26}", v[f"bs.{k}.sep26"] - v[f"bs.{k}.dec25"])
    put(f"cf.other.{y26}", (v["bs.rou.dec25"] - v["bs.rou.sep26"]) + (v["bs.other_a.dec25"] - v["bs.other_a.sep26"])
        + s("bs.lease_cur.sep26", "bs.lease_lt.sep26", "bs.other_l.sep26")
        - s("bs.lease_cur.dec25", "bs.lease_lt.dec25", "bs.other_l.dec25"))
    wc = ("ar", "inv", "prepaid", "ap", "accrued", "taxes", "other_cl", "other")
    for p in (y26, y25):
        put(f"cf.cfo.{p}", s(*[f"cf.{k}.{p}" for k in ("ni", "da", "sbc", "deferred", "debt_amort") + wc]))
        put(f"cf.cfi.{p}", s(*[f"cf.{k}.{p}" for k in ("capex", "sti_buy", "sti_mature")]))
        put(f"cf.cff.{p}", s(*[f"cf.{k}.{p}" for k in ("rcf_borrow", "rcf_repay", "tl_repay", "div", "nci_dist",
                                                        "repo", "withheld")]))
        put(f"cf.change.{p}", s(f"cf.cfo.{p}", f"cf.cfi.{p}", f"cf.cff.{p}"))
        put(f"fcf.{p}", v[f"cf.cfo.{p}"] + v[f"cf.capex.{p}"])
    put(f"cf.begin.{y26}", v["bs.cash.dec25"])
    put(f"cf.end.{y26}", v["bs.cash.dec25"] + v[f"cf.change.{y26}"])
    put("bs.cash.sep26", v[f"cf.end.{y26}"])
    put(f"cf.end.{y25}", 402860)
    put(f"cf.begin.{y25}", v[f"cf.end.{y25}"] - v[f"cf.change.{y25}"])
    put("cf.int_paid.ytd_26", 38460)
    put("cf.tax_paid.ytd_26", 74180)
    put("bs.sti.sep26", v["bs.sti.dec25"] - v[f"cf.sti_buy.{y26}"] - v[f"cf.sti_mature.{y26}"])
    # intangible assets and property
    intang = {"cust": ("186400", "-96820", "-7080"), "tech": ("41260", "-20620", "-2160")}
    for k, (gross, accum, amort) in intang.items():
        put(f"int.gross.{k}.dec25", gross)
        put(f"int.gross.{k}.sep26", gross)
        put(f"int.accum.{k}.dec25", accum)
        put(f"int.accum.{k}.sep26", D(accum) + D(amort))
        put(f"int.amort.{k}", amort)
    put("int.gross.trade.dec25", v["bs.intang.dec25"] - s(*[f"int.gross.{k}.dec25" for k in intang])
        - s(*[f"int.accum.{k}.dec25" for k in intang]))
    put("int.gross.trade.sep26", v["int.gross.trade.dec25"])
    put("int.accum.trade.dec25", 0)
    put("int.accum.trade.sep26", 0)
    for d in DATES:
        for k in ("cust", "tech", "trade"):
            put(f"int.net.{k}.{d}", v[f"int.gross.{k}.{d}"] + v[f"int.accum.{k}.{d}"])
        for c in ("gross", "accum", "net"):
            put(f"int.{c}.total.{d}", s(*[f"int.{c}.{k}.{d}" for k in ("cust", "tech", "trade")]))
    put("int.amort.total", s(*[f"int.amort.{k}" for k in intang]))
    put("bs.intang.sep26", v["int.net.total.sep26"])
    put("da.intang.ytd_26", -v["int.amort.total"])
    put("da.ppe.ytd_26", v["is.da.ytd_26"] - v["da.intang.ytd_26"])
    put("bs.ppe.sep26", v["bs.ppe.dec25"] - v[f"cf.capex.{y26}"] - v["da.ppe.ytd_26"] + v["ci.oci.ytd_26"])
    ppe = {"land": ("84620", "0"), "bldg": ("712480", "18460"), "mach": ("3486240", "96280"),
           "cip": ("248360", "71500")}
    for k, (gross, adds) in ppe.items():
        put(f"ppe.{k}.dec25", gross)
        put(f"ppe.{k}.sep26", D(gross) + D(adds) + (v["ci.oci.ytd_26"] if k == "mach" else 0))
    for d in DATES:
        put(f"ppe.gross.{d}", s(*[f"ppe.{k}.{d}" for k in ppe]))
    put("ppe.accum.dec25", v["bs.ppe.dec25"] - v["ppe.gross.dec25"])
    put("ppe.accum.sep26", v["ppe.accum.dec25"] - v["da.ppe.ytd_26"])
    for d in DATES:
        put(f"ppe.net.{d}", v[f"ppe.gross.{d}"] + v[f"ppe.accum.{d}"])
    put("bs.dtl.sep26", v["bs.dtl.dec25"] + v[f"cf.deferred.{y26}"])
    # debt
    debt = {"tl": ("240000", "222000"), "n31": ("500000", "500000"), "n34": ("350000", "350000"),
            "rcf": ("0", "0")}
    for k, (a, b) in debt.items():
        put(f"debt.{k}.dec25", a)
        put(f"debt.{k}.sep26", b)
    for d in DATES:
        put(f"debt.principal.{d}", s(*[f"debt.{k}.{d}" for k in debt]))
    put("debt.costs.dec25", v["bs.debt_cur.dec25"] - v["debt.principal.dec25"] + 1062400)
    put("debt.costs.sep26", v["debt.costs.dec25"] + v[f"cf.debt_amort.{y26}"])
    for d in DATES:
        put(f"debt.total.{d}", v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"])
        put(f"debt.cur.{d}", -v[f"bs.debt_cur.{d}"])
        put(f"debt.lt.{d}", v[f"debt.total.{d}"] - v[f"bs.debt_cur.{d}"])
        put(f"bs.debt_lt.{d}", v[f"debt.lt.{d}"])
    mats = {"r26": 6000, "y27": 24000, "y28": 24000, "y29": 24000, "y30": 144000}
    for k, amount in mats.items():
        put(f"debt.mat.{k}", amount)
    put("debt.mat.after", v["debt.principal.sep26"] - s(*[f"debt.mat.{k}" for k in mats]))
    put("debt.mat.total", v["debt.principal.sep26"])
    put("debt.rcf_commit", 750000)
    put("debt.rcf_lc", 18640)
    put("debt.rcf_avail", v["debt.rcf_commit"] - v["debt.rcf.sep26"] - v["debt.rcf_lc"])
    # inventories
    inv = {"raw": (318460, 296180), "wip": (264380, 251640), "supplies": (96420, 92860)}
    for k, (a, b) in inv.items():
        put(f"inv.{k}.sep26", a)
        put(f"inv.{k}.dec25", b)
    for d in DATES:
        put(f"inv.fg.{d}", v[f"bs.inv.{d}"] - s(*[f"inv.{k}.{d}" for k in inv]))
        put(f"inv.total.{d}", v[f"bs.inv.{d}"])
    # goodwill by segment (unchanged)
    for g, amount in {"fr": 186420, "lp": 148260}.items():
        put(f"gw.{g}", amount)
    put("gw.mr", v["bs.gw.dec25"] - v["gw.fr"] - v["gw.lp"])
    put("gw.total", v["bs.gw.dec25"])
    # equity: September 30, 2026 forward from December 31, 2025; 2025 forward from December 31, 2024
    moves = {"cs": (), "apic": ("sbc", "withheld"), "re": ("ni", "div"), "aoci": ("oci",), "treasury": ("repo",),
             "nci": ("nci_ni", "nci_dist")}
    dec24 = {"cs": 742, "apic": 1262340, "re": 2671520, "aoci": -16860, "treasury": -672150, "nci": 122380}
    for c, amount in dec24.items():
        put(f"eq.{c}.dec24", amount)

    def totals(d: str) -> None:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "sti", "ar", "inv", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "rou", "gw", "intang",
                                                                          "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "taxes", "debt_cur", "lease_cur",
                                                       "other_cl")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("debt_lt", "dtl", "lease_lt",
                                                                         "other_l")]))

    totals("dec25")
    totals("sep26")
    put("bs.re.dec25", v["bs.assets.dec25"] - v["bs.liab.dec25"] - s(*[f"bs.{k}.dec25" for k in (
        "cs", "apic", "aoci", "treasury", "nci")]))
    for c in moves:
        put(f"eq.{c}.dec25", v[f"bs.{c}.dec25"])
    for c, ks in moves.items():
        put(f"eq.{c}.sep26", v[f"eq.{c}.dec25"] + s(*[f"eq.{k}.ytd_26" for k in ks]))
        put(f"eq.{c}.jun26", v[f"eq.{c}.sep26"] - s(*[f"eq.{k}.q3_26" for k in ks]))
        put(f"eq.{c}.sep25", v[f"eq.{c}.dec24"] + s(*[f"eq.{k}.ytd_25" for k in ks]))
        put(f"eq.{c}.jun25", v[f"eq.{c}.sep25"] - s(*[f"eq.{k}.q3_25" for k in ks]))
        put(f"bs.{c}.sep26", v[f"eq.{c}.sep26"])
    for d in ("dec24", "jun25", "sep25", "dec25", "jun26", "sep26"):
        put(f"eq.parent.{d}", s(*[f"eq.{c}.{d}" for c in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"eq.total.{d}", v[f"eq.parent.{d}"] + v[f"eq.nci.{d}"])
    for d in DATES:
        put(f"bs.parent.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"bs.equity.{d}", v[f"bs.parent.{d}"] + v[f"bs.nci.{d}"])
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # Part II repurchases
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
    put("rep.shares.q3", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.q3", q(sum((D(a) * D(b) for a, b in REPURCHASES.values()), D(0)) / v["rep.shares.q3"], 2))
    remaining = D("412.6")
    for m, (shares, price) in REPURCHASES.items():
        remaining -= q(D(shares) * D(price) / 1000000, 1)
        put(f"rep.remaining.{m}", remaining)
    put("mda.repo_q3", -v["eq.repo.q3_26"])
    put("mda.asp_decline.fr", -v["chg.asp.fr.q3"])
    put("mda.employees", 9840)
    for p in PERIODS:
        put(f"mda.cogs_pct.{p}", pct(v[f"is.cogs.{p}"], v[f"is.rev.{p}"]))
        put(f"mda.sga_pct.{p}", pct(v[f"is.sga.{p}"], v[f"is.rev.{p}"]))
    put("mda.util.fr", "86.4")
    put("mda.capex_2026", "265")
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    segs = list(SEGMENTS)
    for p in PERIODS:
        t.append((f"IS {p}: sales = segment sales less eliminations", v[f"is.rev.{p}"],
                  s(*[f"seg.sales.{g}.{p}" for g in segs]) + v[f"seg.elim.{p}"]))
        t.append((f"IS {p}: sales = products", v[f"is.rev.{p}"], s(*[f"rev.{g}.{k}.{p}" for g in segs
                                                                    for k in PRODUCTS[g]])))
        t.append((f"IS {p}: operating income", v[f"is.oi.{p}"], v[f"is.rev.{p}"] - s(
            f"is.cogs.{p}", f"is.sga.{p}", f"is.da.{p}")))
        t.append((f"IS {p}: net income attributable", v[f"is.nia.{p}"], v[f"is.pretax.{p}"] - v[f"is.tax.{p}"]
                  - v[f"is.nci.{p}"]))
        t.append((f"Segments {p}: operating income", v[f"is.oi.{p}"], s(*[f"seg.oi.{g}.{p}" for g in segs])
                  + v[f"seg.oi.corp.{p}"]))
        t.append((f"Segments {p}: D&A", v[f"is.da.{p}"], s(*[f"seg.da.{g}.{p}" for g in segs])
                  + v[f"seg.da.corp.{p}"]))
        holds(f"Segments {p}: corporate loss, corporate D&A positive", v[f"seg.oi.corp.{p}"] < 0
              and v[f"seg.da.corp.{p}"] > 0)
        t.append((f"Adjusted EBITDA {p}", v[f"eb.adj.{p}"], v[f"is.oi.{p}"] + v[f"is.da.{p}"] + v[f"is.other.{p}"]
                  + v[f"eb.sbc.{p}"]))
        holds(f"Tax rate {p}: plausible", D(21) < v[f"tax.rate.{p}"] < D(25))
        holds(f"Dividends {p}: match per-share rate", abs(-v[f"eq.div.{p}"] / v[f"is.shares_basic.{p}"]
                                                          - v[f"is.dps.{p}"]) < D("0.005"))
    for p, first, last in (("q3_26", "jun26", "sep26"), ("ytd_26", "dec25", "sep26"), ("q3_25", "jun25", "sep25"),
                           ("ytd_25", "dec24", "sep25")):
        t.append((f"Equity {p}: roll", v[f"eq.total.{last}"], v[f"eq.total.{first}"] + v[f"eq.flow.{p}"]))
    for p in ("ytd_26", "ytd_25"):
        t.append((f"CF {p}: begin + change = end", v[f"cf.end.{p}"], v[f"cf.begin.{p}"] + v[f"cf.change.{p}"]))
        holds(f"CF {p}: cash positive", v[f"cf.begin.{p}"] > 0)
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"BS {d}: debt = note", v[f"bs.debt_cur.{d}"] + v[f"bs.debt_lt.{d}"], v[f"debt.total.{d}"]))
        t.append((f"BS {d}: intangibles = note", v[f"bs.intang.{d}"], v[f"int.net.total.{d}"]))
        t.append((f"BS {d}: inventories = note", v[f"bs.inv.{d}"], s(*[f"inv.{k}.{d}" for k in (
            "raw", "wip", "fg", "supplies")])))
        t.append((f"BS {d}: equity = statement", v[f"bs.equity.{d}"], v[f"eq.total.{d}"]))
        holds(f"BS {d}: finished goods and retained earnings positive", v[f"inv.fg.{d}"] > 0 and v[f"bs.re.{d}"] > 0)
    t.append(("Goodwill by segment", v["bs.gw.sep26"], v["gw.fr"] + v["gw.lp"] + v["gw.mr"]))
    t.append(("Debt maturities = principal", v["debt.mat.total"], v["debt.principal.sep26"]))
    t.append(("Debt roll", v["debt.total.sep26"] - v["debt.total.dec25"], s(
        "cf.rcf_borrow.ytd_26", "cf.rcf_repay.ytd_26", "cf.tl_repay.ytd_26", "cf.debt_amort.ytd_26")))
    t.append(("PP&E roll", v["bs.ppe.sep26"], v["bs.ppe.dec25"] - v["cf.capex.ytd_26"] - v["da.ppe.ytd_26"]
              + v["ci.oci.ytd_26"]))
    for d in DATES:
        t.append((f"BS {d}: PP&E = note", v[f"bs.ppe.{d}"], v[f"ppe.net.{d}"]))
    t.append(("PP&E additions = capital expenditures", v["ppe.gross.sep26"] - v["ppe.gross.dec25"]
              - v["ci.oci.ytd_26"], -v["cf.capex.ytd_26"]))
    t.append(("Cash Sep 2026 = cash flow", v["bs.cash.sep26"], v["cf.end.ytd_26"]))
    t.append(("Repurchases Q3 = equity statement", q(sum((D(a) * D(b) for a, b in REPURCHASES.values()), D(0))
                                                     / 1000), -v["eq.repo.q3_26"]))
    holds("Flat-rolled price declined in the quarter", v["mda.asp_decline.fr"] > 0)
    holds("Debt costs negative", v["debt.costs.dec25"] < 0 and v["debt.costs.sep26"] < 0)
    holds("September 2025 retained earnings below December 2025", v["eq.re.sep25"] < v["eq.re.dec25"])
    return t
