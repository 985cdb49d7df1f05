"""Tansley Outfitters, Inc. -- Q2 fiscal 2026 Form 10-Q model ($ thousands).

Quarterly inputs are stated once (Q1 and Q2 of each fiscal year); the
twenty-six-week columns are derived as Q1 + Q2.  check() asserts the ties.
"""

from fractions import Fraction as F

import fmt

QTRS = ("q1_26", "q2_26", "q1_25", "q2_25")
COLS = ("q2_26", "q2_25", "ytd_26", "ytd_25")  # printed column order
BS_COLS = ("aug26", "jan26", "aug25")

# ---------------------------------------------------------------- inputs (Q1 2026, Q2 2026, Q1 2025, Q2 2025)
Q = {
    "stores": (184210, 196842, 179655, 189318),
    "digital": (78436, 86295, 71902, 78114),
    "womens": (141620, 152884, 136118, 145207),
    "mens": (68355, 73913, 65870, 69644),
    "footwear": (39412, 42518, 36904, 39285),
    "cogs": (162318, 170729, 157402, 164917),
    "sga": (82604, 86912, 80117, 83406),
    "impair": (0, 1846, 612, 0),
    "interest": (1204, 1118, 1562, 1487),
    "other_exp": (-86, -142, 54, -37),
    "tax": (4212, 5737, 3081, 4522),
    "da": (9846, 10112, 9518, 9705),
    "stockcomp": (2314, 2562, 2108, 2245),
    "dc_costs": (420, 935, 0, 0),
    "dividends": (4781, 4705, 4573, 4531),
    "rep_cost": (6250, 8415, 5112, 4287),
    "rep_shares": (285, 352, 240, 198),
    "withholding": (1842, 204, 1606, 168),
    "lease_cost": (21212, 21406, 20578, 20812),
    "var_lease": (3104, 3388, 2986, 3215),
    "opened": (4, 6, 3, 5),
    "closed": (1, 3, 2, 1),
}
SHARES = {  # weighted average, thousands: q2_26, q2_25, ytd_26, ytd_25
    "basic": (31406, 32388, 31624, 32502),
    "diluted": (31958, 32861, 32190, 32987),
}
ANTIDILUTIVE = (412, 388, 405, 371)
DPS = {"q2_26": F("0.15"), "q2_25": F("0.14"), "ytd_26": F("0.30"), "ytd_25": F("0.28")}
COMPS = {  # comparable sales change, as reported
    "total": ("5.1%", "2.4%", "4.6%", "1.9%"),
    "stores": ("3.6%", "1.1%", "3.2%", "0.7%"),
    "digital": ("10.2%", "6.8%", "9.3%", "5.6%"),
}
STORES_OPEN_FY = {"fy26": 409, "fy25": 401}
FIELD_STORES = {"aug26": 63, "aug25": 58}
SQFT = {"aug26": F("2158.4"), "aug25": F("2114.9")}
# balance sheet (Aug 1 2026, Jan 31 2026, Aug 2 2025)
BS = {
    "cash": (85912, 92774, 71404),
    "receivables": (11482, 9716, 10903),
    "inventory": (236914, 198632, 229471),
    "prepaid": (24607, 21945, 23318),
    "ppe": (212486, 208117, 205392),
    "rou": (348215, 352604, 341870),
    "goodwill": (42116, 42116, 42116),
    "intangible": (18500, 18500, 18500),
    "other_assets": (9842, 9315, 8904),
    "ap": (118452, 94318, 112607),
    "lease_cur": (71384, 70918, 69455),
    "taxes_payable": (3916, 6208, 2874),
    "lease_lt": (318706, 325412, 314980),
    "other_lt": (14217, 13840, 13502),
    "revolver": (15000, 0, 10000),
    "term": (72500, 75000, 77500),
    "debt_costs": (612, 684, 756),
}
TERM_CURRENT = 5000
INVENTORY_RESERVE = (7184, 6902, 6847)
OPEN_FEB25 = {"cash": 81225, "revolver": 0, "term": 80000}
EQ_JAN26 = {"common": 450, "apic": 312406, "retained": 184214, "treasury": -188540}
EQ_FEB25 = {"common": 450, "apic": 302118, "retained": 151020, "treasury": -164212}
SHARES_ISSUED = 45000
TREASURY_SHARES = {"jan26": 13208, "feb25": 12129}
CF_PRIOR = {"receivables": -1240, "inventory": -35604, "ap": 21890, "taxes": -3106}
CF_LEASE = (-1518, -1284)
CF_DEFTAX = (-1212, 874)
CAPEX = (24372, 21908)
ASSET_SALES = (0, 415)
REVOLVER_FLOWS = {"borrow": (42000, 45000)}
ABL = {"cap": 200000, "borrowing_base": 178400, "lcs": 4650}
REPURCHASE_AUTH = 100000
REPURCHASED_BEFORE_FY26 = 28640
LEASE_MATURITY = (
    ("Remainder of fiscal 2026", 43120),
    ("Fiscal 2027", 84605),
    ("Fiscal 2028", 76912),
    ("Fiscal 2029", 66340),
    ("Fiscal 2030", 55218),
    ("Thereafter", 141776),
)
LEASE_TERM = "6.1 years"
LEASE_RATE = "5.8%"
CAPEX_OUTLOOK = (52000, 56000)
TERM_AMORT = 1250  # per quarter
NARR = {
    "purchase_commit": 214000,
    "construction_commit": 9000,
    "rate_sens_1pt": 900,
    "states": 31,
    "statutory": "21%",
    "dc_count": 2,
}
MONTHLY_REPURCHASE = (
    ("May 3 - May 30, 2026", 110, 2585),
    ("May 31 - July 4, 2026", 128, 3046),
    ("July 5 - August 1, 2026", 114, 2784),
)
NEW_STORES_FY = 16


def build():
    m = {}
    q = {}
    for k, v in Q.items():
        d = dict(zip(QTRS, v, strict=True))
        d["ytd_26"] = d["q1_26"] + d["q2_26"]
        d["ytd_25"] = d["q1_25"] + d["q2_25"]
        q[k] = d
    cols = QTRS + ("ytd_26", "ytd_25")

    def derive(name, fn):
        q[name] = {c: fn(c) for c in cols}

    derive("sales", lambda c: q["stores"][c] + q["digital"][c])
    derive("home", lambda c: q["sales"][c] - q["womens"][c] - q["mens"][c] - q["footwear"][c])
    derive("gp", lambda c: q["sales"][c] - q["cogs"][c])
    derive("opinc", lambda c: q["gp"][c] - q["sga"][c] - q["impair"][c])
    derive("pretax", lambda c: q["opinc"][c] - q["interest"][c] - q["other_exp"][c])
    derive("ni", lambda c: q["pretax"][c] - q["tax"][c])
    derive("ebitda", lambda c: q["ni"][c] + q["interest"][c] + q["tax"][c] + q["da"][c])
    derive("adj_ebitda", lambda c: q["ebitda"][c] + q["stockcomp"][c] + q["impair"][c] + q["dc_costs"][c])
    derive("lease_total", lambda c: q["lease_cost"][c] + q["var_lease"][c])
    m["q"] = q
    eps = {}
    for i, c in enumerate(COLS):
        eps[c] = {
            "basic_sh": SHARES["basic"][i],
            "diluted_sh": SHARES["diluted"][i],
            "dilutive": SHARES["diluted"][i] - SHARES["basic"][i],
            "basic": fmt.rnd(F(q["ni"][c]) / SHARES["basic"][i], 2),
            "diluted": fmt.rnd(F(q["ni"][c]) / SHARES["diluted"][i], 2),
            "anti": ANTIDILUTIVE[i],
        }
    m["eps"] = eps
    # stores
    st = {}
    st["fy26_begin"] = STORES_OPEN_FY["fy26"]
    st["q2_26_begin"] = st["fy26_begin"] + q["opened"]["q1_26"] - q["closed"]["q1_26"]
    st["aug26"] = st["q2_26_begin"] + q["opened"]["q2_26"] - q["closed"]["q2_26"]
    st["fy25_begin"] = STORES_OPEN_FY["fy25"]
    st["q2_25_begin"] = st["fy25_begin"] + q["opened"]["q1_25"] - q["closed"]["q1_25"]
    st["aug25"] = st["q2_25_begin"] + q["opened"]["q2_25"] - q["closed"]["q2_25"]
    st["tansley_aug26"] = st["aug26"] - FIELD_STORES["aug26"]
    st["tansley_aug25"] = st["aug25"] - FIELD_STORES["aug25"]
    m["stores"] = st
    # balance sheet
    b = {k: dict(zip(BS_COLS, v, strict=True)) for k, v in BS.items()}

    def bderive(name, fn):
        b[name] = {c: fn(c) for c in BS_COLS}

    bderive("cur_assets", lambda c: b["cash"][c] + b["receivables"][c] + b["inventory"][c] + b["prepaid"][c])
    bderive(
        "assets",
        lambda c: (
            b["cur_assets"][c]
            + b["ppe"][c]
            + b["rou"][c]
            + b["goodwill"][c]
            + b["intangible"][c]
            + b["other_assets"][c]
        ),
    )
    bderive("term_cur", lambda c: TERM_CURRENT)
    bderive("ltd", lambda c: b["term"][c] + b["revolver"][c] - b["debt_costs"][c] - TERM_CURRENT)
    bderive("debt_total", lambda c: b["ltd"][c] + TERM_CURRENT)
    # equity
    eq = {"jan26": dict(EQ_JAN26)}
    eq["aug26"] = {
        "common": EQ_JAN26["common"],
        "apic": EQ_JAN26["apic"] + q["stockcomp"]["ytd_26"] - q["withholding"]["ytd_26"],
        "retained": EQ_JAN26["retained"] + q["ni"]["ytd_26"] - q["dividends"]["ytd_26"],
        "treasury": EQ_JAN26["treasury"] - q["rep_cost"]["ytd_26"],
    }
    eq["feb25"] = dict(EQ_FEB25)
    eq["aug25"] = {
        "common": EQ_FEB25["common"],
        "apic": EQ_FEB25["apic"] + q["stockcomp"]["ytd_25"] - q["withholding"]["ytd_25"],
        "retained": EQ_FEB25["retained"] + q["ni"]["ytd_25"] - q["dividends"]["ytd_25"],
        "treasury": EQ_FEB25["treasury"] - q["rep_cost"]["ytd_25"],
    }
    for k in eq:
        eq[k]["total"] = sum(eq[k][x] for x in ("common", "apic", "retained", "treasury"))
    m["eq"] = eq
    for x in ("common", "apic", "retained", "treasury", "total"):
        b["eq_" + x] = {c: eq[c][x] for c in BS_COLS}
    bderive(
        "accrued",
        lambda c: (
            b["assets"][c]
            - b["eq_total"][c]
            - b["ap"][c]
            - b["lease_cur"][c]
            - b["taxes_payable"][c]
            - TERM_CURRENT
            - b["ltd"][c]
            - b["lease_lt"][c]
            - b["other_lt"][c]
        ),
    )
    bderive(
        "cur_liabs", lambda c: b["ap"][c] + b["accrued"][c] + b["lease_cur"][c] + b["taxes_payable"][c] + TERM_CURRENT
    )
    bderive("liabs", lambda c: b["cur_liabs"][c] + b["ltd"][c] + b["lease_lt"][c] + b["other_lt"][c])
    bderive("liab_eq", lambda c: b["liabs"][c] + b["eq_total"][c])
    bderive("lease_total", lambda c: b["lease_cur"][c] + b["lease_lt"][c])
    m["bs"] = b
    m["treasury_shares"] = {
        "jan26": TREASURY_SHARES["jan26"],
        "aug26": TREASURY_SHARES["jan26"] + q["rep_shares"]["ytd_26"],
        "feb25": TREASURY_SHARES["feb25"],
        "aug25": TREASURY_SHARES["feb25"] + q["rep_shares"]["ytd_25"],
    }
    # cash flow, 26 weeks (index 0 = 2026, 1 = 2025)
    cf = {}
    cf["ni"] = [q["ni"]["ytd_26"], q["ni"]["ytd_25"]]
    cf["da"] = [q["da"]["ytd_26"], q["da"]["ytd_25"]]
    cf["stockcomp"] = [q["stockcomp"]["ytd_26"], q["stockcomp"]["ytd_25"]]
    cf["impair"] = [q["impair"]["ytd_26"], q["impair"]["ytd_25"]]
    cf["deftax"] = list(CF_DEFTAX)
    cf["receivables"] = [-(b["receivables"]["aug26"] - b["receivables"]["jan26"]), CF_PRIOR["receivables"]]
    cf["inventory"] = [-(b["inventory"]["aug26"] - b["inventory"]["jan26"]), CF_PRIOR["inventory"]]
    cf["ap"] = [b["ap"]["aug26"] - b["ap"]["jan26"], CF_PRIOR["ap"]]
    cf["taxes"] = [b["taxes_payable"]["aug26"] - b["taxes_payable"]["jan26"], CF_PRIOR["taxes"]]
    cf["lease"] = list(CF_LEASE)
    cf["capex"] = [-x for x in CAPEX]
    cf["asset_sales"] = list(ASSET_SALES)
    cf["inv"] = [cf["capex"][i] + cf["asset_sales"][i] for i in range(2)]
    rev_change = [b["revolver"]["aug26"] - b["revolver"]["jan26"], b["revolver"]["aug25"] - OPEN_FEB25["revolver"]]
    cf["borrow"] = list(REVOLVER_FLOWS["borrow"])
    cf["repay"] = [-(cf["borrow"][i] - rev_change[i]) for i in range(2)]
    cf["term_repay"] = [b["term"]["aug26"] - b["term"]["jan26"], b["term"]["aug25"] - OPEN_FEB25["term"]]
    cf["div"] = [-q["dividends"]["ytd_26"], -q["dividends"]["ytd_25"]]
    cf["repurchase"] = [-q["rep_cost"]["ytd_26"], -q["rep_cost"]["ytd_25"]]
    cf["withholding"] = [-q["withholding"]["ytd_26"], -q["withholding"]["ytd_25"]]
    fin_keys = ("borrow", "repay", "term_repay", "div", "repurchase", "withholding")
    cf["fin"] = [sum(cf[k][i] for k in fin_keys) for i in range(2)]
    cf["begin"] = [b["cash"]["jan26"], OPEN_FEB25["cash"]]
    cf["end"] = [b["cash"]["aug26"], b["cash"]["aug25"]]
    cf["change"] = [cf["end"][i] - cf["begin"][i] for i in range(2)]
    cf["op"] = [cf["change"][i] - cf["inv"][i] - cf["fin"][i] for i in range(2)]
    named = ("ni", "da", "stockcomp", "impair", "deftax", "receivables", "inventory", "ap", "taxes", "lease")
    cf["other_op"] = [cf["op"][i] - sum(cf[k][i] for k in named) for i in range(2)]
    cf["fcf"] = [cf["op"][i] + cf["capex"][i] for i in range(2)]
    m["cf"] = cf
    # debt / liquidity
    abl = dict(ABL)
    abl["avail"] = min(abl["cap"], abl["borrowing_base"]) - b["revolver"]["aug26"] - abl["lcs"]
    m["abl"] = abl
    m["liquidity"] = b["cash"]["aug26"] + abl["avail"]
    m["rep_remaining"] = REPURCHASE_AUTH - REPURCHASED_BEFORE_FY26 - q["rep_cost"]["ytd_26"]
    m["rep_avg"] = {c: F(q["rep_cost"][c], q["rep_shares"][c]) for c in ("q2_26", "ytd_26", "q2_25", "ytd_25")}
    m["lease_undisc"] = sum(v for _, v in LEASE_MATURITY)
    m["lease_interest"] = m["lease_undisc"] - b["lease_total"]["aug26"]
    return m


M = build()


def check(m=M):
    q, b, cf = m["q"], m["bs"], m["cf"]
    for c in BS_COLS:
        assert b["assets"][c] == b["liab_eq"][c], "balance sheet"
        assert 30000 < b["accrued"][c] < 90000, b["accrued"]
    for i in range(2):
        assert cf["op"][i] + cf["inv"][i] + cf["fin"][i] == cf["end"][i] - cf["begin"][i], "cash flow"
        assert abs(cf["other_op"][i]) < 6000, cf["other_op"]
        assert cf["repay"][i] < 0
    for c in q["sales"]:
        assert q["stores"][c] + q["digital"][c] == q["sales"][c]
        assert q["womens"][c] + q["mens"][c] + q["footwear"][c] + q["home"][c] == q["sales"][c]
        assert q["home"][c] > 0
        assert (
            q["ni"][c] == q["gp"][c] - q["sga"][c] - q["impair"][c] - q["interest"][c] - q["other_exp"][c] - q["tax"][c]
        )
    for k in q:
        assert q[k]["ytd_26"] == q[k]["q1_26"] + q[k]["q2_26"]
    for c, e in m["eps"].items():
        assert e["basic"] == fmt.rnd(F(q["ni"][c]) / e["basic_sh"], 2)
        assert e["diluted"] == fmt.rnd(F(q["ni"][c]) / e["diluted_sh"], 2)
    eq = m["eq"]
    assert (
        eq["aug26"]["total"]
        == eq["jan26"]["total"]
        + q["ni"]["ytd_26"]
        - q["dividends"]["ytd_26"]
        - q["rep_cost"]["ytd_26"]
        + q["stockcomp"]["ytd_26"]
        - q["withholding"]["ytd_26"]
    )
    assert (
        eq["aug25"]["total"]
        == eq["feb25"]["total"]
        + q["ni"]["ytd_25"]
        - q["dividends"]["ytd_25"]
        - q["rep_cost"]["ytd_25"]
        + q["stockcomp"]["ytd_25"]
        - q["withholding"]["ytd_25"]
    )
    for c in BS_COLS:
        assert b["debt_total"][c] == b["term"][c] + b["revolver"][c] - b["debt_costs"][c]
    assert m["lease_interest"] > 0
    assert cf["term_repay"] == [-2 * TERM_AMORT, -2 * TERM_AMORT]
    assert sum(x[1] for x in MONTHLY_REPURCHASE) == q["rep_shares"]["q2_26"]
    assert sum(x[2] for x in MONTHLY_REPURCHASE) == q["rep_cost"]["q2_26"]
    assert m["stores"]["aug26"] == m["stores"]["fy26_begin"] + q["opened"]["ytd_26"] - q["closed"]["ytd_26"]
    return True


if __name__ == "__main__":
    check()
    print(M["bs"]["accrued"], M["cf"]["other_op"], M["cf"]["op"], M["eps"], M["liquidity"], M["stores"])
