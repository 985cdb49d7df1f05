"""Financial model of Ossenfield Industries Corp. (invented).

Money is held as integer tenths of a $ million (42153 = $4,215.3 million);
share counts as integer tenths of a million shares; per-share amounts as
integer cents.  ``check()`` asserts that every printed schedule ties.  All
names and numbers are fictitious.
"""

from __future__ import annotations

from fractions import Fraction

from common import pct, rnd, rnd_int

PERIODS = ("q4_25", "q4_24", "fy25", "fy24")  # column order in the release
PERIOD_LABEL = dict(
    q4_25="fourth quarter of fiscal 2025",
    q4_24="fourth quarter of fiscal 2024",
    fy25="fiscal 2025",
    fy24="fiscal 2024",
)
SEGMENTS = (
    ("fhs", "Fluid Handling Systems"),
    ("mpt", "Motion & Power Transmission"),
    ("pi", "Process Instrumentation"),
)

ORDERS = dict(
    fhs=dict(q4_25=5124, q4_24=4550, fy25=18961, fy24=17029),
    mpt=dict(q4_25=3406, q4_24=3629, fy25=13315, fy24=13882),
    pi=dict(q4_25=2898, q4_24=2361, fy25=10427, fy24=8906),
)
SALES = dict(
    fhs=dict(q4_25=4983, q4_24=4627, fy25=18426, fy24=17314),
    mpt=dict(q4_25=3521, q4_24=3716, fy25=13649, fy24=14028),
    pi=dict(q4_25=2764, q4_24=2289, fy25=10078, fy24=8725),
)
SEG_OP = dict(
    fhs=dict(q4_25=992, q4_24=884, fy25=3538, fy24=3186),
    mpt=dict(q4_25=479, q4_24=550, fy25=1911, fy24=2076),
    pi=dict(q4_25=645, q4_24=497, fy25=2278, fy24=1850),
)
CORPORATE = dict(q4_25=-258, q4_24=-268, fy25=-964, fy24=-902)
RESTRUCTURING = dict(q4_25=96, q4_24=42, fy25=287, fy24=149)
ACQUISITION_COSTS = dict(q4_25=20, q4_24=14, fy25=123, fy24=31)

# sales bridge: (organic, acquisitions, currency) in tenths; prior + bridge = current
BRIDGE = dict(
    fy=dict(fhs=(961, 0, 151), mpt=(-482, 0, 103), pi=(314, 956, 83)),
    q4=dict(fhs=(294, 0, 62), mpt=(-234, 0, 39), pi=(128, 312, 35)),
)

COGS = dict(q4_25=7299, q4_24=6935, fy25=27374, fy24=26311)
RND = dict(q4_25=308, q4_24=281, fy25=1186, fy24=1104)
INTEREST_NET = dict(q4_25=181, q4_24=152, fy25=684, fy24=619)
OTHER_EXPENSE = dict(q4_25=-15, q4_24=8, fy25=-62, fy24=34)  # negative = income
TAX_RATE = dict(
    q4_25=Fraction(221, 1000), q4_24=Fraction(229, 1000), fy25=Fraction(225, 1000), fy24=Fraction(231, 1000)
)
NCI = dict(q4_25=10, q4_24=9, fy25=38, fy24=35)
DEPRECIATION = dict(q4_25=251, q4_24=236, fy25=985, fy24=931)
AMORTIZATION = dict(q4_25=164, q4_24=118, fy25=612, fy24=473)
SHARES_BASIC = dict(q4_25=804, q4_24=817, fy25=809, fy24=821)  # tenths of millions
SHARES_DILUTED = dict(q4_25=811, q4_24=825, fy25=816, fy24=829)
ADJ_TAX_RATE = Fraction(24, 100)  # tax effect of non-GAAP adjustments
DPS_CENTS = dict(q4_25=36, q4_24=33, fy25=144, fy24=132)

# ------------------------------------------------------------ balance sheet
BS_DATES = ("2025", "2024")
BS_IN = {
    "2025": dict(
        cash=4126,
        receivables=7024,
        inventories=7315,
        prepaid=1189,
        ppe=8427,
        goodwill=23186,
        intangibles=7421,
        rou=1483,
        st_debt=1500,
        payables=4987,
        accrued=4126,
        ltd=16428,
        pension=1882,
        deferred_tax=1764,
        other_ltl=2317,
    ),
    "2024": dict(
        cash=3869,
        receivables=6558,
        inventories=7082,
        prepaid=1043,
        ppe=8014,
        goodwill=20549,
        intangibles=6553,
        rou=1396,
        st_debt=850,
        payables=4712,
        accrued=3895,
        ltd=15184,
        pension=2046,
        deferred_tax=1589,
        other_ltl=2193,
    ),
}
EQUITY_2024 = 26377
NCI_EQUITY_2024 = 316
SBC = dict(fy25=342, fy24=318)
REPURCHASES = dict(fy25=1500, fy24=1250)
STOCK_PLAN_NET = dict(fy25=-64, fy24=-51)
OCI = dict(fy25=186)
NCI_DIVIDENDS = dict(fy25=19, fy24=17)

# --------------------------------------------------------------- cash flows
CASH_BEGIN_FY24 = 2418
CF_IN = dict(
    fy25=dict(
        deferred_tax=-124,
        receivables=-312,
        inventories=-98,
        payables=216,
        accrued=189,
        pension_contrib=-142,
        capex=-1126,
        acquisitions=-3958,
        disposals=61,
        other_investing=-23,
        ltd_proceeds=4000,
        ltd_repay=-2750,
        st_debt=650,
        fx=14,
    ),
    fy24=dict(
        deferred_tax=-87,
        receivables=-205,
        inventories=-264,
        payables=143,
        accrued=97,
        pension_contrib=-128,
        capex=-1058,
        acquisitions=0,
        disposals=38,
        other_investing=-17,
        ltd_proceeds=0,
        ltd_repay=-600,
        st_debt=150,
        fx=-28,
    ),
)
Q4_OCF = dict(q4_25=2284, q4_24=2093)
Q4_CAPEX = dict(q4_25=-389, q4_24=-412)

# ----------------------------------------------------------------- guidance
# FY2026 guidance (low, high)
GUIDE = dict(
    sales_growth=(Fraction(4), Fraction(7)),  # reported, %
    organic_growth=(Fraction(2), Fraction(4)),  # %
    week53_points=Fraction(15, 10),  # percentage points of growth from the 53rd week
    adj_eps_cents=(670, 700),
    adj_ebitda_margin=(Fraction(203, 10), Fraction(208, 10)),  # %
    fcf=(5200, 5600),  # tenths
    capex=1250,  # tenths, approximately
    adj_tax_rate=Fraction(23),  # %
)

# ----------------------------------------------------------- prose-only facts
BACKLOG = dict(fy25=14862, fy24=13915)  # tenths, end of fiscal year
EMPLOYEES = 14200
MFG_SITES = 38
COUNTRIES = 27
ACQ_NAME = "Kessler-Vane Analytics"
ACQ_DATE = "January 14, 2025"
ACQ_PRICE = 3958  # tenths, net of cash acquired (= CF acquisitions)
SHARES_REPURCHASED_FY25 = Fraction(22, 10)  # millions of shares
Q4_REPURCHASE = 400  # tenths
FY_END = dict(fy25="September 27, 2025", fy24="September 28, 2024")


def _eps(ni_tenths: int, shares_tenths: int) -> int:
    """EPS in integer cents: ($m / m shares) rounded half-up to the cent."""
    return rnd_int(Fraction(ni_tenths * 100, shares_tenths))


def _build():  # noqa: PLR0915
    m = {}
    seg_tot = {}
    for key, table in (("orders", ORDERS), ("sales", SALES), ("seg_op", SEG_OP)):
        seg_tot[key] = {p: sum(table[s][p] for s, _ in SEGMENTS) for p in PERIODS}
    m["seg_tot"] = seg_tot
    m["seg_margin"] = {s: {p: pct(SEG_OP[s][p], SALES[s][p]) for p in PERIODS} for s, _ in SEGMENTS}
    m["seg_margin_total"] = {p: pct(seg_tot["seg_op"][p], seg_tot["sales"][p]) for p in PERIODS}
    m["book_to_bill"] = {s: {p: Fraction(ORDERS[s][p], SALES[s][p]) for p in PERIODS} for s, _ in SEGMENTS}

    IS = {}
    for p in PERIODS:
        d = {}
        d["sales"] = seg_tot["sales"][p]
        d["cogs"] = COGS[p]
        d["gross_profit"] = d["sales"] - d["cogs"]
        d["operating_income"] = seg_tot["seg_op"][p] + CORPORATE[p] - RESTRUCTURING[p] - ACQUISITION_COSTS[p]
        d["rnd"] = RND[p]
        d["restructuring"] = RESTRUCTURING[p]
        d["acquisition"] = ACQUISITION_COSTS[p]
        d["sga"] = d["gross_profit"] - d["rnd"] - d["restructuring"] - d["acquisition"] - d["operating_income"]
        d["interest"] = INTEREST_NET[p]
        d["other"] = OTHER_EXPENSE[p]
        d["pretax"] = d["operating_income"] - d["interest"] - d["other"]
        d["tax"] = rnd_int(d["pretax"] * TAX_RATE[p])
        d["net_income"] = d["pretax"] - d["tax"]
        d["nci"] = NCI[p]
        d["ni_attr"] = d["net_income"] - d["nci"]
        d["shares_basic"] = SHARES_BASIC[p]
        d["shares_diluted"] = SHARES_DILUTED[p]
        d["eps_basic"] = _eps(d["ni_attr"], SHARES_BASIC[p])
        d["eps_diluted"] = _eps(d["ni_attr"], SHARES_DILUTED[p])
        d["gross_margin"] = pct(d["gross_profit"], d["sales"])
        d["op_margin"] = pct(d["operating_income"], d["sales"])
        d["eff_tax"] = pct(d["tax"], d["pretax"])
        d["dps"] = DPS_CENTS[p]
        IS[p] = d
    m["IS"] = IS

    # ---- adjusted EBITDA
    eb = {}
    for p in PERIODS:
        i = IS[p]
        e = dict(
            net_income=i["net_income"],
            interest=i["interest"],
            tax=i["tax"],
            depreciation=DEPRECIATION[p],
            amortization=AMORTIZATION[p],
        )
        e["ebitda"] = sum(e.values())
        e["restructuring"] = RESTRUCTURING[p]
        e["acquisition"] = ACQUISITION_COSTS[p]
        e["adj_ebitda"] = e["ebitda"] + e["restructuring"] + e["acquisition"]
        e["margin"] = pct(e["adj_ebitda"], i["sales"])
        eb[p] = e
    m["ebitda"] = eb

    # ---- adjusted net income / EPS
    adj = {}
    for p in PERIODS:
        i = IS[p]
        items = dict(restructuring=RESTRUCTURING[p], acquisition=ACQUISITION_COSTS[p], amortization=AMORTIZATION[p])
        tax_effect = -rnd_int(sum(items.values()) * ADJ_TAX_RATE)
        adj_ni = i["ni_attr"] + sum(items.values()) + tax_effect
        sh = SHARES_DILUTED[p]
        adj_eps = _eps(adj_ni, sh)
        ps = {k: _eps(v, sh) for k, v in items.items()}
        # per-share tax effect is the balancing figure so that the column foots
        ps["tax_effect"] = adj_eps - i["eps_diluted"] - sum(ps.values())
        assert abs(ps["tax_effect"] - Fraction(tax_effect * 100, sh)) < 2, (p, ps)
        adj[p] = dict(items, tax_effect=tax_effect, adj_ni=adj_ni, adj_eps=adj_eps, per_share=ps)
    m["adj"] = adj

    # ---- balance sheets and equity roll-forward
    se25 = (
        EQUITY_2024
        + IS["fy25"]["ni_attr"]
        - rnd_int(Fraction(DPS_CENTS["fy25"] * SHARES_BASIC["fy25"], 100))
        + SBC["fy25"]
        - REPURCHASES["fy25"]
        + STOCK_PLAN_NET["fy25"]
        + OCI["fy25"]
    )
    nci25 = NCI_EQUITY_2024 + IS["fy25"]["nci"] - NCI_DIVIDENDS["fy25"]
    m["dividends"] = {
        "fy25": rnd_int(Fraction(DPS_CENTS["fy25"] * SHARES_BASIC["fy25"], 100)),
        "fy24": rnd_int(Fraction(DPS_CENTS["fy24"] * SHARES_BASIC["fy24"], 100)),
    }
    m["equity_roll"] = dict(
        begin=EQUITY_2024,
        ni_attr=IS["fy25"]["ni_attr"],
        dividends=-m["dividends"]["fy25"],
        sbc=SBC["fy25"],
        repurchases=-REPURCHASES["fy25"],
        stock_plans=STOCK_PLAN_NET["fy25"],
        oci=OCI["fy25"],
        end=se25,
    )
    BS = {}
    for dte, se, nci in (("2025", se25, nci25), ("2024", EQUITY_2024, NCI_EQUITY_2024)):
        b = dict(BS_IN[dte])
        b["current_assets"] = b["cash"] + b["receivables"] + b["inventories"] + b["prepaid"]
        b["current_liab"] = b["st_debt"] + b["payables"] + b["accrued"]
        b["total_liab"] = b["current_liab"] + b["ltd"] + b["pension"] + b["deferred_tax"] + b["other_ltl"]
        b["equity_parent"] = se
        b["nci"] = nci
        b["total_equity"] = se + nci
        b["total_liab_eq"] = b["total_liab"] + b["total_equity"]
        # other noncurrent assets is the balancing item of the model
        b["other_assets"] = b["total_liab_eq"] - (
            b["current_assets"] + b["ppe"] + b["goodwill"] + b["intangibles"] + b["rou"]
        )
        b["total_assets"] = (
            b["current_assets"] + b["ppe"] + b["goodwill"] + b["intangibles"] + b["rou"] + b["other_assets"]
        )
        b["total_debt"] = b["st_debt"] + b["ltd"]
        b["net_debt"] = b["total_debt"] - b["cash"]
        BS[dte] = b
    m["BS"] = BS

    # ---- cash flow (fiscal years)
    CF = {}
    cash_begin = {"fy25": BS["2024"]["cash"], "fy24": CASH_BEGIN_FY24}
    cash_end = {"fy25": BS["2025"]["cash"], "fy24": BS["2024"]["cash"]}
    for p in ("fy25", "fy24"):
        ci = CF_IN[p]
        i = IS[p]
        c = dict(
            net_income=i["net_income"],
            dna=DEPRECIATION[p] + AMORTIZATION[p],
            sbc=SBC[p],
            deferred_tax=ci["deferred_tax"],
            pension_contrib=ci["pension_contrib"],
            receivables=ci["receivables"],
            inventories=ci["inventories"],
            payables=ci["payables"],
            accrued=ci["accrued"],
        )
        inv = dict(
            capex=ci["capex"],
            acquisitions=ci["acquisitions"],
            disposals=ci["disposals"],
            other_investing=ci["other_investing"],
        )
        fin = dict(
            ltd_proceeds=ci["ltd_proceeds"],
            ltd_repay=ci["ltd_repay"],
            st_debt=ci["st_debt"],
            dividends=-m["dividends"][p],
            repurchases=-REPURCHASES[p],
            nci_dividends=-NCI_DIVIDENDS[p],
            stock_plans=STOCK_PLAN_NET[p],
        )
        cfi = sum(inv.values())
        cff = sum(fin.values())
        net_change = cash_end[p] - cash_begin[p]
        # "Other, net" within operating activities is the balancing item
        other = net_change - ci["fx"] - cfi - cff - sum(c.values())
        c["other_operating"] = other
        c["cfo"] = sum(c.values())
        c.update(inv)
        c["cfi"] = cfi
        c.update(fin)
        c["cff"] = cff
        c["fx"] = ci["fx"]
        c["net_change"] = c["cfo"] + cfi + cff + ci["fx"]
        c["cash_begin"] = cash_begin[p]
        c["cash_end"] = cash_begin[p] + c["net_change"]
        CF[p] = c
    m["CF"] = CF

    fcf = {}
    for p in PERIODS:
        ocf = CF[p]["cfo"] if p in CF else Q4_OCF[p]
        capex = CF[p]["capex"] if p in CF else Q4_CAPEX[p]
        fcf[p] = dict(ocf=ocf, capex=capex, fcf=ocf + capex)
        fcf[p]["conversion"] = pct(fcf[p]["fcf"], adj[p]["adj_ni"])
    m["fcf"] = fcf

    # ---- organic growth bridge
    br = {}
    for span, (cur, pri) in (("fy", ("fy25", "fy24")), ("q4", ("q4_25", "q4_24"))):
        rows = {}
        for s, _ in SEGMENTS:
            org, acq, fx = BRIDGE[span][s]
            prior, now = SALES[s][pri], SALES[s][cur]
            rows[s] = dict(
                prior=prior,
                organic=org,
                acquisitions=acq,
                fx=fx,
                current=now,
                reported_pct=pct(now - prior, prior),
                organic_pct=pct(org, prior),
                acq_pct=pct(acq, prior),
                fx_pct=pct(fx, prior),
            )
        tot = {k: sum(rows[s][k] for s, _ in SEGMENTS) for k in ("prior", "organic", "acquisitions", "fx", "current")}
        tot.update(
            reported_pct=pct(tot["current"] - tot["prior"], tot["prior"]),
            organic_pct=pct(tot["organic"], tot["prior"]),
            acq_pct=pct(tot["acquisitions"], tot["prior"]),
            fx_pct=pct(tot["fx"], tot["prior"]),
        )
        rows["total"] = tot
        br[span] = rows
    m["bridge"] = br

    m["dso"] = {
        "fy25": Fraction(BS["2025"]["receivables"] * 365, IS["fy25"]["sales"]),
        "fy24": Fraction(BS["2024"]["receivables"] * 365, IS["fy24"]["sales"]),
    }
    g = GUIDE
    m["guide_mid"] = dict(
        adj_eps_cents=Fraction(g["adj_eps_cents"][0] + g["adj_eps_cents"][1], 2),
        fcf=Fraction(g["fcf"][0] + g["fcf"][1], 2),
    )
    return m


M = _build()


def check(m=M) -> None:
    IS, BS, CF = m["IS"], m["BS"], m["CF"]
    for p in PERIODS:
        i = IS[p]
        # segment sales sum to consolidated net sales
        assert sum(SALES[s][p] for s, _ in SEGMENTS) == i["sales"]
        # segment profit reconciles to operating income
        assert (
            m["seg_tot"]["seg_op"][p] + CORPORATE[p] - RESTRUCTURING[p] - ACQUISITION_COSTS[p] == i["operating_income"]
        )
        assert (
            i["sales"] - i["cogs"] - i["sga"] - i["rnd"] - i["restructuring"] - i["acquisition"]
            == i["operating_income"]
        )
        assert i["operating_income"] - i["interest"] - i["other"] - i["tax"] == i["net_income"]
        assert i["sga"] > 0
        e = m["ebitda"][p]
        assert e["net_income"] + e["interest"] + e["tax"] + e["depreciation"] + e["amortization"] == e["ebitda"]
        assert e["ebitda"] + e["restructuring"] + e["acquisition"] == e["adj_ebitda"]
        a = m["adj"][p]
        assert i["ni_attr"] + a["restructuring"] + a["acquisition"] + a["amortization"] + a["tax_effect"] == a["adj_ni"]
        ps = a["per_share"]
        assert i["eps_diluted"] + sum(ps.values()) == a["adj_eps"]
        f = m["fcf"][p]
        assert f["ocf"] + f["capex"] == f["fcf"]
    for span in ("fy", "q4"):
        for s, row in m["bridge"][span].items():
            assert row["prior"] + row["organic"] + row["acquisitions"] + row["fx"] == row["current"], (span, s)
    for d in BS_DATES:
        b = BS[d]
        assert b["total_assets"] == b["total_liab_eq"]
        assert b["other_assets"] > 0
    for p in ("fy25", "fy24"):
        c = CF[p]
        assert c["cfo"] + c["cfi"] + c["cff"] + c["fx"] == c["net_change"]
        assert c["cash_end"] == (BS["2025"]["cash"] if p == "fy25" else BS["2024"]["cash"])
        assert abs(c["other_operating"]) < 400, (p, c["other_operating"])
    r = m["equity_roll"]
    assert (
        r["begin"] + r["ni_attr"] + r["dividends"] + r["sbc"] + r["repurchases"] + r["stock_plans"] + r["oci"]
        == (r["end"])
    )
    assert r["end"] == BS["2025"]["equity_parent"]
    assert CF["fy25"]["acquisitions"] == -ACQ_PRICE


check()


if __name__ == "__main__":
    for p in PERIODS:
        print(p, M["IS"][p])
        print("   ebitda", M["ebitda"][p])
        print("   adj", M["adj"][p])
        print("   fcf", M["fcf"][p], float(M["fcf"][p]["conversion"]))
    print(M["BS"])
    print(M["CF"])
    print({k: float(v) for k, v in M["dso"].items()})
    print({s: {p: float(v) for p, v in d.items()} for s, d in M["seg_margin"].items()})
    print(rnd(M["bridge"]["fy"]["total"]["organic_pct"], 1))
