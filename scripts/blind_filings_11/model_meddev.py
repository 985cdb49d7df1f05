"""Financial model of Orvanta Medical Technologies, Inc. (invented medical device maker), Q2 2025 Form 10-Q.

Money is held as integers in tenths of a million US dollars (1 unit = $0.1 million), so every printed
"(in millions)" figure with one decimal is exact. Shares are in tenths of a million as well.

Periods modelled: Q1 2024, Q2 2024, H2 2024 (not printed, needed to carry balances), Q1 2025, Q2 2025.
Balance points: Dec 31 2023 (opening, retained earnings plug), Jun 30 2024, Dec 31 2024, Jun 30 2025.
Cash at each point is derived from the cash flow of the preceding period, so balance sheets tie by construction.
"""

from __future__ import annotations

from fractions import Fraction as Fr
from types import SimpleNamespace

from kit import rfr

NAME = "Orvanta Medical Technologies, Inc."
Q = ("q1_24", "q2_24", "h2_24", "q1_25", "q2_25")
PTS = ("d23", "j24", "d24", "j25")
HALF = {"h1_24": ("q1_24", "q2_24"), "h2_24": ("h2_24",), "h1_25": ("q1_25", "q2_25")}
HALF_PTS = {"h1_24": ("d23", "j24"), "h2_24": ("j24", "d24"), "h1_25": ("d24", "j25")}

SEGMENTS = {
    "vascular": ("Vascular Therapies", ("pv", "nv")),
    "surgical": ("Surgical Technologies", ("ae", "sv")),
}
LINES = {
    "pv": "Peripheral Vascular",
    "nv": "Neurovascular",
    "ae": "Advanced Energy",
    "sv": "Surgical Visualization",
}
GEOS = {"us": "United States", "emea": "Europe, Middle East and Africa", "apac": "Asia Pacific", "row": "Rest of world"}


def _q(*v):
    return dict(zip(("q1_24", "q2_24", "q1_25", "q2_25"), v, strict=True))


def _p(*v):
    return dict(zip(PTS, v, strict=True))


def _a(*v):
    return dict(zip(Q, v, strict=True))


# ---------------------------------------------------------------------------------------------------------------
# inputs (tenths of $ million unless noted)
# ---------------------------------------------------------------------------------------------------------------
SALES = {
    "pv": _q(1_482, 1_537, 1_561, 1_628),
    "nv": _q(968, 1_012, 1_094, 1_156),
    "ae": _q(1_215, 1_268, 1_286, 1_341),
    "sv": _q(846, 879, 902, 948),
}
GEO_IN = {  # rest of world is derived
    "us": _q(2_597, 2_701, 2_770, 2_892),
    "emea": _q(996, 1_032, 1_067, 1_118),
    "apac": _q(672, 703, 731, 764),
}
FX_IMPACT = {  # effect of foreign currency on reported sales vs prior-year rates (2025 quarters)
    "pv": {"q1_25": -10, "q2_25": 12},
    "nv": {"q1_25": -8, "q2_25": 14},
    "ae": {"q1_25": -7, "q2_25": 9},
    "sv": {"q1_25": -5, "q2_25": 6},
}
COGS = _q(1_768, 1_822, 1_851, 1_918)
SGA = _q(1_642, 1_694, 1_731, 1_779)
RND = _q(428, 441, 472, 498)
AMORT = {  # by intangible class, per period (H2 2024 is a half-year)
    "tech": _a(96, 96, 192, 94, 94),
    "cust": _a(36, 36, 72, 35, 35),
    "trade": _a(10, 10, 20, 10, 10),
}
RESTRUCT = _q(0, 36, 58, 94)
RESTRUCT_H2_24 = 61
INT_EXP = _q(68, 66, 63, 61)
INT_OTHER = _q(21, 18, 14, -9)  # interest income and other, net
TAX = _q(102, 113, 109, 121)
TAX_DEFERRED = _a(-8, -6, -15, -9, -11)
NI_H2_24 = 846
DEPREC = _a(118, 121, 244, 126, 129)
SBC = _a(86, 92, 180, 95, 101)
SH_BASIC = _q(823, 821, 815, 812)  # tenths of millions of shares
SH_DILUTIVE = _q(9, 10, 11, 12)
ANTIDILUTIVE = {"q2_25": 24, "q2_24": 19, "h1_25": 22, "h1_24": 17}
SEG_OI = {"vascular": _q(612, 638, 668, 712), "surgical": _q(302, 318, 336, 358)}

# convertible notes and other debt
CONV_PRINCIPAL = 5_750
CONV_COUPON = Fr(125, 10_000)
CONV_RATE = Fr(118_734, 10_000)  # shares per $1,000 principal
CONV_FAIR_VALUE = 5_983
ISSUE_COST_D23 = 124
ISSUE_AMORT = _a(7, 7, 14, 7, 7)
TERM_D23 = 3_000
TERM_REPAY = _a(75, 75, 150, 75, 75)
TERM_CURRENT = 300
REVOLVER_SIZE = 5_000
REVOLVER_LC = 85
REVOLVER_DRAW = {"q1_25": 400, "q2_25": -400}

# balance sheet inputs
CASH_D23 = 4_862
AR = _p(2_918, 3_045, 3_102, 3_286)
INV = {"raw": _p(1_215, 1_248, 1_262, 1_301), "wip": _p(486, 502, 511, 538), "fg": _p(1_874, 1_931, 1_958, 2_046)}
PREPAID = _p(612, 641, 655, 688)
PPE_D23 = 7_420
CAPEX = _a(112, 119, 236, 121, 137)
GOODWILL_D23 = {"vascular": 14_326, "surgical": 9_871}
FX_GOODWILL = {"vascular": _a(-10, -8, 24, -6, 37), "surgical": _a(-5, -4, 11, -3, 17)}
FX_CASH = _a(-6, -4, 12, -5, 19)
INTANG_GROSS = {"tech": 12_450, "cust": 5_870, "trade": 1_240}
INTANG_ACCUM_D23 = {"tech": 5_212, "cust": 2_134, "trade": 488}
FUTURE_AMORT = {"rest25": 278, 2026: 552, 2027: 540, 2028: 521, 2029: 498}  # thereafter derived
ROU = _p(1_182, 1_154, 1_210, 1_186)
DTA_D23 = 842
OTHER_NCA = _p(918, 934, 951, 972)
AP = _p(1_134, 1_171, 1_208, 1_246)
ACCR_COMP = _p(892, 745, 968, 812)
ACCR_OTHER = _p(1_476, 1_512, 1_534, 1_597)
LEASE_CUR = _p(248, 252, 261, 266)
LEASE_NC = _p(1_016, 982, 1_038, 1_004)
OTHER_NCL = _p(684, 691, 702, 715)
CS_APIC_D23 = 21_840
TREASURY_D23 = -3_150
AOCI_D23 = -412
PLAN_PROCEEDS = _a(14, 18, 31, 16, 21)
WITHHOLDING = _a(38, 6, 22, 42, 7)
REPURCHASE = {"q1_24": 250, "q2_24": 300, "h2_24": 600, "q1_25": 350}  # q2_25 derived from the monthly table
REPO_MONTHS = (  # label, shares, average price in cents
    ("April 1 \u2013 April 30, 2025", 182_450, 7_214),
    ("May 1 \u2013 May 31, 2025", 171_300, 7_586),
    ("June 1 \u2013 June 30, 2025", 198_625, 7_932),
)
REPO_AUTH_REMAINING_MAR31 = 612_500_000  # dollars remaining under the program at March 31, 2025

RESERVE = {  # restructuring reserve: opening Dec 2023, charges by half from the P&L, cash payments by half
    "open": 42,
    "payments": {"h1_24": 28, "h2_24": 57, "h1_25": 97},
}
WARRANTY = {
    "open": 128,
    "prov": {"h1_24": 46, "h2_24": 49, "h1_25": 53},
    "settle": {"h1_24": 41, "h2_24": 47, "h1_25": 44},
}
EMPLOYEES_AFFECTED = 410
CASH_FOREIGN_PCT = 38
PREFERRED_AUTH = 50  # tenths of millions of shares
RATE_SENS_BP = 100
SHARES_OUT_JUL25 = 80_964_212


def _sum(d: dict, keys) -> int:
    return sum(d[k] for k in keys)


def build() -> SimpleNamespace:
    m = SimpleNamespace(name=NAME)
    quarters = ("q1_24", "q2_24", "q1_25", "q2_25")
    # --- sales ---
    sales = {}
    for q in quarters:
        s = {ln: SALES[ln][q] for ln in LINES}
        for seg, (_, lines) in SEGMENTS.items():
            s[seg] = sum(s[ln] for ln in lines)
        s["total"] = sum(s[ln] for ln in LINES)
        g = {k: GEO_IN[k][q] for k in GEO_IN}
        g["row"] = s["total"] - sum(g.values())
        s.update({"geo_" + k: v for k, v in g.items()})
        sales[q] = s
    # --- income statement ---
    inc = {}
    for q in quarters:
        amort = sum(AMORT[c][q] for c in AMORT)
        d = {"sales": sales[q]["total"], "cogs": COGS[q]}
        d["gross"] = d["sales"] - d["cogs"]
        d.update({"sga": SGA[q], "rnd": RND[q], "amort": amort, "restruct": RESTRUCT[q]})
        d["opex"] = d["sga"] + d["rnd"] + d["amort"] + d["restruct"]
        d["op_income"] = d["gross"] - d["opex"]
        d["int_exp"] = INT_EXP[q]
        d["int_other"] = INT_OTHER[q]
        d["pretax"] = d["op_income"] - d["int_exp"] + d["int_other"]
        d["tax"] = TAX[q]
        d["ni"] = d["pretax"] - d["tax"]
        d["deprec"] = DEPREC[q]
        d["sbc"] = SBC[q]
        d["sh_basic"] = SH_BASIC[q]
        d["sh_diluted"] = SH_BASIC[q] + SH_DILUTIVE[q]
        inc[q] = d
    # six-month columns are sums of quarters; weighted shares are the average of the quarterly averages
    for h, (a, b) in (("h1_24", ("q1_24", "q2_24")), ("h1_25", ("q1_25", "q2_25"))):
        d = {k: inc[a][k] + inc[b][k] for k in inc[a] if not k.startswith("sh_")}
        d["sh_basic"] = int(rfr(Fr(inc[a]["sh_basic"] + inc[b]["sh_basic"], 2), 0))
        d["sh_diluted"] = int(rfr(Fr(inc[a]["sh_diluted"] + inc[b]["sh_diluted"], 2), 0))
        inc[h] = d
        sales[h] = {k: sales[a][k] + sales[b][k] for k in sales[a]}
    for d in inc.values():
        d["eps_basic"] = rfr(Fr(d["ni"], d["sh_basic"]), 2)
        d["eps_diluted"] = rfr(Fr(d["ni"], d["sh_diluted"]), 2)
        d["gm"] = Fr(d["gross"], d["sales"])
        d["om"] = Fr(d["op_income"], d["sales"])
        d["etr"] = Fr(d["tax"], d["pretax"])
        d["ebitda_adj"] = (
            d["ni"] + d["tax"] + d["int_exp"] - d["int_other"] + d["deprec"] + d["amort"] + d["sbc"] + (d["restruct"])
        )
        d["ebitda_margin"] = Fr(d["ebitda_adj"], d["sales"])
    m.sales, m.inc = sales, inc
    # --- segments ---
    seg = {}
    for p in ("q1_24", "q2_24", "q1_25", "q2_25", "h1_24", "h1_25"):
        qs = (p,) if p.startswith("q") else ({"h1_24": ("q1_24", "q2_24"), "h1_25": ("q1_25", "q2_25")}[p])
        s = {}
        for sg in SEGMENTS:
            oi = sum(SEG_OI[sg][q] for q in qs)
            s[sg] = {"sales": sales[p][sg], "oi": oi, "margin": Fr(oi, sales[p][sg])}
        s["seg_total"] = sum(s[sg]["oi"] for sg in SEGMENTS)
        s["amort"] = inc[p]["amort"]
        s["restruct"] = inc[p]["restruct"]
        s["corporate"] = s["seg_total"] - s["amort"] - s["restruct"] - inc[p]["op_income"]
        seg[p] = s
    m.seg = seg
    # --- constant currency ---
    cc = {}
    for p, prior, qs in (("q2_25", "q2_24", ("q2_25",)), ("h1_25", "h1_24", ("q1_25", "q2_25"))):
        rows = {}
        groups = list(LINES) + list(SEGMENTS) + ["total"]
        for g in groups:
            if g in LINES:
                fx = sum(FX_IMPACT[g][q] for q in qs)
            elif g in SEGMENTS:
                fx = sum(FX_IMPACT[ln][q] for ln in SEGMENTS[g][1] for q in qs)
            else:
                fx = sum(FX_IMPACT[ln][q] for ln in LINES for q in qs)
            cur, pri = sales[p][g], sales[prior][g]
            reported = Fr(cur - pri, pri)
            const = Fr(cur - fx - pri, pri)
            rep_r, cc_r = rfr(reported * 100, 1), rfr(const * 100, 1)
            rows[g] = {"cur": cur, "prior": pri, "fx": fx, "reported": reported, "cc": const, "fx_pts": rep_r - cc_r}
        cc[p] = rows
    m.cc = cc
    # --- intangibles / goodwill ---
    accum = {"d23": dict(INTANG_ACCUM_D23)}
    gw = {"d23": dict(GOODWILL_D23)}
    for h, qs in HALF.items():
        start, end = HALF_PTS[h]
        accum[end] = {c: accum[start][c] + sum(AMORT[c][q] for q in qs) for c in AMORT}
        gw[end] = {s: gw[start][s] + sum(FX_GOODWILL[s][q] for q in qs) for s in GOODWILL_D23}
    for pt in PTS:
        accum[pt]["total"] = sum(accum[pt][c] for c in AMORT)
        gw[pt]["total"] = sum(gw[pt][s] for s in GOODWILL_D23)
    m.gross_intang = dict(INTANG_GROSS)
    m.gross_intang["total"] = sum(INTANG_GROSS.values())
    m.accum, m.gw = accum, gw
    m.intang_net = {pt: m.gross_intang["total"] - accum[pt]["total"] for pt in PTS}
    fut = dict(FUTURE_AMORT)
    fut["after"] = m.intang_net["j25"] - sum(FUTURE_AMORT.values())
    m.future_amort = fut
    m.gw_fx_h1_25 = {s: gw["j25"][s] - gw["d24"][s] for s in GOODWILL_D23}
    # --- debt ---
    issue = {"d23": ISSUE_COST_D23}
    term = {"d23": TERM_D23}
    for h, qs in HALF.items():
        start, end = HALF_PTS[h]
        issue[end] = issue[start] - sum(ISSUE_AMORT[q] for q in qs)
        term[end] = term[start] - sum(TERM_REPAY[q] for q in qs)
    m.issue_cost, m.term = issue, term
    m.conv_net = {pt: CONV_PRINCIPAL - issue[pt] for pt in PTS}
    m.conv_shares = CONV_PRINCIPAL * Fr(100_000, 1) * CONV_RATE / 1000  # shares (principal in dollars / 1000)
    m.conv_price = Fr(1000, 1) / CONV_RATE
    m.revolver_avail = REVOLVER_SIZE - REVOLVER_LC
    m.int_parts = {}
    for p in ("q2_25", "q2_24", "h1_25", "h1_24"):
        qs = {"h1_25": ("q1_25", "q2_25"), "h1_24": ("q1_24", "q2_24")}.get(p, (p,))
        coupon = int(rfr(CONV_COUPON * CONV_PRINCIPAL * len(qs) / 4, 0))
        amort = sum(ISSUE_AMORT[q] for q in qs)
        m.int_parts[p] = {
            "coupon": coupon,
            "amort": amort,
            "term": inc[p]["int_exp"] - coupon - amort,
            "total": inc[p]["int_exp"],
        }
    # --- repurchases ---
    m.repo_months = []
    remaining = Fr(REPO_AUTH_REMAINING_MAR31)
    for label, sh, cents in REPO_MONTHS:
        dollars = Fr(sh * cents, 100)
        remaining -= dollars
        m.repo_months.append(
            {"label": label, "shares": sh, "price": Fr(cents, 100), "dollars": dollars, "remaining": remaining}
        )
    m.repo_q2_shares = sum(r["shares"] for r in m.repo_months)
    m.repo_q2_dollars = sum(r["dollars"] for r in m.repo_months)
    repo = dict(REPURCHASE)
    repo["q2_25"] = int(rfr(m.repo_q2_dollars / 100_000, 0))
    m.repo = repo
    # --- reserves ---
    rs = {"d23": RESERVE["open"]}
    charges = {
        "h1_24": RESTRUCT["q1_24"] + RESTRUCT["q2_24"],
        "h2_24": RESTRUCT_H2_24,
        "h1_25": RESTRUCT["q1_25"] + RESTRUCT["q2_25"],
    }
    m.reserve_roll = {}
    for h in HALF:
        start, end = HALF_PTS[h]
        rs[end] = rs[start] + charges[h] - RESERVE["payments"][h]
        m.reserve_roll[h] = {
            "begin": rs[start],
            "charges": charges[h],
            "payments": -RESERVE["payments"][h],
            "end": rs[end],
        }
    wr = {"d23": WARRANTY["open"]}
    m.warranty_roll = {}
    for h in HALF:
        start, end = HALF_PTS[h]
        wr[end] = wr[start] + WARRANTY["prov"][h] - WARRANTY["settle"][h]
        m.warranty_roll[h] = {
            "begin": wr[start],
            "prov": WARRANTY["prov"][h],
            "settle": -WARRANTY["settle"][h],
            "end": wr[end],
        }
    # --- flows by period for equity / cash ---
    flows = {}
    for q in Q:
        if q == "h2_24":
            ni = NI_H2_24
            amort = sum(AMORT[c][q] for c in AMORT)
        else:
            ni = inc[q]["ni"]
            amort = inc[q]["amort"]
        fx_gw = sum(FX_GOODWILL[s][q] for s in GOODWILL_D23)
        flows[q] = {
            "ni": ni,
            "amort": amort,
            "oci": FX_CASH[q] + fx_gw,
            "sbc": SBC[q],
            "plan": PLAN_PROCEEDS[q] - WITHHOLDING[q],
            "repo": -repo[q],
        }
    m.flows = flows
    # --- equity by quarter ---
    eq = {"d23": {"cs": CS_APIC_D23, "treasury": TREASURY_D23, "aoci": AOCI_D23}}
    order = (
        ("d23", "q1_24", "m24"),
        ("m24", "q2_24", "j24"),
        ("j24", "h2_24", "d24"),
        ("d24", "q1_25", "m25"),
        ("m25", "q2_25", "j25"),
    )
    # --- balance sheets and cash flows (by half year) ---
    dta = {"d23": DTA_D23}
    ppe = {"d23": PPE_D23}
    for h, qs in HALF.items():
        start, end = HALF_PTS[h]
        dta[end] = dta[start] - sum(TAX_DEFERRED[q] for q in qs)
        ppe[end] = ppe[start] + sum(CAPEX[q] for q in qs) - sum(DEPREC[q] for q in qs)
    m.dta, m.ppe = dta, ppe
    bal, cf = {}, {}
    cash = {"d23": CASH_D23}
    for pt in PTS:
        if pt != "d23":
            h = {"j24": "h1_24", "d24": "h2_24", "j25": "h1_25"}[pt]
            cf[h] = _cash_flow(m, h, cash)
            cash[pt] = cash[HALF_PTS[h][0]] + cf[h]["net"]
        b = {"cash": cash[pt], "ar": AR[pt]}
        b["inv"] = sum(INV[k][pt] for k in INV)
        b["prepaid"] = PREPAID[pt]
        b["current_assets"] = b["cash"] + b["ar"] + b["inv"] + b["prepaid"]
        b["ppe"] = ppe[pt]
        b["goodwill"] = gw[pt]["total"]
        b["intang"] = m.intang_net[pt]
        b["rou"] = ROU[pt]
        b["dta"] = dta[pt]
        b["other_nca"] = OTHER_NCA[pt]
        b["assets"] = b["current_assets"] + sum(b[k] for k in ("ppe", "goodwill", "intang", "rou", "dta", "other_nca"))
        b["ap"] = AP[pt]
        b["comp"] = ACCR_COMP[pt]
        b["accrued"] = ACCR_OTHER[pt]
        b["debt_cur"] = TERM_CURRENT
        b["lease_cur"] = LEASE_CUR[pt]
        b["current_liab"] = sum(b[k] for k in ("ap", "comp", "accrued", "debt_cur", "lease_cur"))
        b["debt_lt"] = m.conv_net[pt] + term[pt] - TERM_CURRENT
        b["lease_nc"] = LEASE_NC[pt]
        b["other_ncl"] = OTHER_NCL[pt]
        b["liab"] = b["current_liab"] + b["debt_lt"] + b["lease_nc"] + b["other_ncl"]
        bal[pt] = b
    # equity roll (quarterly) and retained earnings plug at d23
    b0 = bal["d23"]
    eq["d23"]["re"] = b0["assets"] - b0["liab"] - (eq["d23"]["cs"] + eq["d23"]["treasury"] + eq["d23"]["aoci"])
    for start, q, end in order:
        f = flows[q]
        e = eq[start]
        eq[end] = {
            "cs": e["cs"] + f["sbc"] + f["plan"],
            "treasury": e["treasury"] + f["repo"],
            "re": e["re"] + f["ni"],
            "aoci": e["aoci"] + f["oci"],
        }
    for e in eq.values():
        e["total"] = e["cs"] + e["treasury"] + e["re"] + e["aoci"]
    for pt in PTS:
        b = bal[pt]
        for k in ("cs", "treasury", "re", "aoci"):
            b["eq_" + k] = eq[pt][k]
        b["equity"] = eq[pt]["total"]
        b["liab_equity"] = b["liab"] + b["equity"]
    m.eq, m.bal, m.cf, m.cash = eq, bal, cf, cash
    m.eq_order = order
    m.inv = {pt: {k: INV[k][pt] for k in INV} | {"total": bal[pt]["inv"]} for pt in PTS}
    m.liquidity = bal["j25"]["cash"] + m.revolver_avail
    m.rate_sens = Fr(term["j25"] * RATE_SENS_BP, 10_000)  # tenths of a million
    h = sales["h1_25"]
    m.non_us_share = Fr(h["total"] - h["geo_us"], h["total"])
    m.oci = {p: (FX_CASH[p] + sum(FX_GOODWILL[s][p] for s in GOODWILL_D23)) for p in Q}
    m.oci["h1_24"] = m.oci["q1_24"] + m.oci["q2_24"]
    m.oci["h1_25"] = m.oci["q1_25"] + m.oci["q2_25"]
    return m


def _cash_flow(m, h: str, cash: dict) -> dict:
    start, end = HALF_PTS[h]
    qs = HALF[h]
    fl = m.flows

    def dlt(series):
        return series[end] - series[start]

    inv = {pt: sum(INV[k][pt] for k in INV) for pt in (start, end)}
    c = {
        "ni": sum(fl[q]["ni"] for q in qs),
        "da": sum(DEPREC[q] for q in qs) + sum(fl[q]["amort"] for q in qs),
        "sbc": sum(SBC[q] for q in qs),
        "deferred_tax": sum(TAX_DEFERRED[q] for q in qs),
        "issue_amort": sum(ISSUE_AMORT[q] for q in qs),
        "ar": -dlt(AR),
        "inv": -(inv[end] - inv[start]),
        "prepaid": -dlt(PREPAID),
        "ap": dlt(AP),
        "comp": dlt(ACCR_COMP),
        "accrued": dlt(ACCR_OTHER),
        "leases": (LEASE_CUR[end] + LEASE_NC[end] - LEASE_CUR[start] - LEASE_NC[start]) - dlt(ROU),
        "other": dlt(OTHER_NCL) - dlt(OTHER_NCA),
    }
    c["ocf"] = sum(c.values())
    c["capex"] = -sum(CAPEX[q] for q in qs)
    c["icf"] = c["capex"]
    c["term_repay"] = -sum(TERM_REPAY[q] for q in qs)
    c["rev_draw"] = sum(max(REVOLVER_DRAW.get(q, 0), 0) for q in qs)
    c["rev_repay"] = sum(min(REVOLVER_DRAW.get(q, 0), 0) for q in qs)
    c["repo"] = sum(fl[q]["repo"] for q in qs)
    c["plan_in"] = sum(PLAN_PROCEEDS[q] for q in qs)
    c["withholding"] = -sum(WITHHOLDING[q] for q in qs)
    c["fcf"] = c["term_repay"] + c["rev_draw"] + c["rev_repay"] + c["repo"] + c["plan_in"] + c["withholding"]
    c["fx"] = sum(FX_CASH[q] for q in qs)
    c["net"] = c["ocf"] + c["icf"] + c["fcf"] + c["fx"]
    c["begin"] = cash[start]
    c["end"] = cash[start] + c["net"]
    return c


def check(m) -> list:
    done = []

    def ok(cond, name):
        assert cond, name
        done.append(name)

    for p, d in m.inc.items():
        ok(d["gross"] == d["sales"] - d["cogs"], f"gross {p}")
        ok(d["ni"] == d["sales"] - d["cogs"] - d["opex"] - d["int_exp"] + d["int_other"] - d["tax"], f"ni {p}")
        s = m.sales[p]
        ok(s["total"] == sum(s[ln] for ln in LINES), f"lines sum {p}")
        ok(s["total"] == sum(s[sg] for sg in SEGMENTS), f"segments sum {p}")
        ok(s["total"] == sum(s["geo_" + g] for g in GEOS), f"geo sum {p}")
        ok(s["geo_row"] > 0, f"rest of world positive {p}")
        sg = m.seg[p]
        ok(sg["seg_total"] - sg["amort"] - sg["restruct"] - sg["corporate"] == d["op_income"], f"segment rec {p}")
        ok(0 < sg["corporate"] < 600, f"corporate sane {p}")
        ok(0 < d["etr"] < Fr(30, 100), f"etr {p}")
    for a, b, h in (("q1_24", "q2_24", "h1_24"), ("q1_25", "q2_25", "h1_25")):
        ok(m.inc[h]["sales"] == m.inc[a]["sales"] + m.inc[b]["sales"], f"six months = quarters {h}")
    for pt in PTS:
        b = m.bal[pt]
        ok(b["assets"] == b["liab_equity"], f"balance {pt}")
        ok(b["cash"] > 0, f"cash positive {pt}")
        ok(m.gw[pt]["total"] == b["goodwill"], f"goodwill ties {pt}")
    for h, c in m.cf.items():
        end = HALF_PTS[h][1]
        ok(c["end"] == m.bal[end]["cash"], f"cash flow ties {h}")
    for start, q, end in m.eq_order:
        f = m.flows[q]
        roll = m.eq[start]["total"] + f["ni"] + f["oci"] + f["sbc"] + f["plan"] + f["repo"]
        ok(roll == m.eq[end]["total"], f"equity roll {q}")
    ok(sum(m.future_amort.values()) == m.intang_net["j25"], "future amortisation sums to net intangibles")
    ok(m.future_amort["after"] > 0, "future amortisation thereafter positive")
    for h, r in m.reserve_roll.items():
        ok(r["begin"] + r["charges"] + r["payments"] == r["end"] and r["end"] > 0, f"restructuring roll {h}")
    for h, r in m.warranty_roll.items():
        ok(r["begin"] + r["prov"] + r["settle"] == r["end"], f"warranty roll {h}")
    ok(m.reserve_roll["h1_25"]["begin"] == m.reserve_roll["h2_24"]["end"], "reserve continuity")
    for p, ip in m.int_parts.items():
        ok(ip["term"] > 0 and ip["coupon"] + ip["amort"] + ip["term"] == ip["total"], f"interest parts {p}")
    for p, rows in m.cc.items():
        for g, r in rows.items():
            ok(r["cur"] - r["prior"] - r["fx"] == r["cc"] * r["prior"], f"constant currency {p} {g}")
    ok(m.repo_months[-1]["remaining"] > 0, "repurchase authorization remaining")
    ok(m.bal["j25"]["debt_lt"] == m.conv_net["j25"] + m.term["j25"] - TERM_CURRENT, "debt split")
    return done
