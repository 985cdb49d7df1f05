"""Financial model for Quillan Therapeutics, Inc. (invented). $ in thousands; shares in thousands.

Period keys: q25 / q24 = three months ended September 30; h25 / h24 = six months ended June 30
(inputs only, never printed); n25 / n24 = nine months ended September 30 (= six months + quarter).
"""

from fractions import Fraction as F

from fmt import rhu

PRODUCTS = ["ZELVARI", "TORVEXA", "ORLENZA"]
Q = ["q25", "q24"]
N = ["n25", "n24"]
ALL = ["q25", "q24", "n25", "n24"]

# ------------------------------------------------------------------ inputs (quarter, six months)
NET_PRODUCT = {
    "ZELVARI": {"q25": 61240, "q24": 52180, "h25": 115930, "h24": 97460},
    "TORVEXA": {"q25": 24810, "q24": 22950, "h25": 47320, "h24": 44870},
    "ORLENZA": {"q25": 6380, "q24": 0, "h25": 5140, "h24": 0},
}
GEO_EX_US = {
    "Europe": {"q25": 9870, "q24": 7420, "h25": 18260, "h24": 13950},
    "Rest of world": {"q25": 2140, "q24": 1560, "h25": 3910, "h24": 2880},
}
GTN = {
    "Chargebacks and rebates": {"q25": 41860, "q24": 31260, "h25": 71950, "h24": 58340},
    "Co-pay and patient assistance": {"q25": 7930, "q24": 6210, "h25": 15340, "h24": 11870},
    "Distribution fees and prompt-pay discounts": {"q25": 5120, "q24": 4380, "h25": 9610, "h24": 8450},
    "Product returns": {"q25": 1860, "q24": 1540, "h25": 3420, "h24": 2930},
}
ROYALTY = {"q25": 3140, "q24": 2610, "h25": 5880, "h24": 4930}
MILESTONE = {"q25": 0, "q24": 0, "h25": 15000, "h24": 0}
COGS = {"q25": 11920, "q24": 10040, "h25": 21650, "h24": 19180}
AMORT_INTANG = {"q25": 2350, "q24": 2350, "h25": 4700, "h24": 4700}
RD_PROG = {
    "QTX-204 (Phase 3, chronic cluster headache)": {"q25": 21470, "q24": 17830, "h25": 41960, "h24": 33250},
    "QTX-311 (Phase 2, vestibular migraine)": {"q25": 9860, "q24": 6940, "h25": 18720, "h24": 12380},
    "ZELVARI lifecycle and label expansion": {"q25": 4210, "q24": 5030, "h25": 8640, "h24": 9870},
    "Early-stage and discovery programs": {"q25": 3180, "q24": 2640, "h25": 6050, "h24": 5320},
    "Unallocated personnel and facility costs": {"q25": 11940, "q24": 10860, "h25": 23370, "h24": 21480},
}
SGA = {"q25": 48620, "q24": 44180, "h25": 96940, "h24": 87310}
SBC = {
    "Cost of goods sold": {"q25": 310, "q24": 270, "h25": 600, "h24": 530},
    "Research and development": {"q25": 4120, "q24": 3640, "h25": 8050, "h24": 7160},
    "Selling, general and administrative": {"q25": 6980, "q24": 6210, "h25": 13740, "h24": 12290},
}
INT_INCOME = {"q25": 3870, "q24": 4520, "h25": 7930, "h24": 9240}
COUPON = {"q25": 2000, "q24": 2000, "h25": 4000, "h24": 4000}
DEBT_COST_AMORT = {"q25": 415, "q24": 395, "h25": 826, "h24": 786}
OTHER_INC = {"q25": -120, "q24": 85, "h25": -260, "h24": 140}
TAX = {"q25": 210, "q24": 180, "h25": 390, "h24": 350}
OCI = {"q25": 180, "q24": 640, "h25": 340, "h24": 510}
ACCRUED = {  # components at (Sep 30, 2025, Dec 31, 2024); "Other" is derived
    "Gross-to-net accruals (rebates, chargebacks and other)": (38370, 52910),
    "Employee compensation and benefits": (8620, 9870),
    "Clinical trial and research costs": (7240, 6380),
}
SEC_TYPES = {  # fair value at (Sep 30, 2025, Dec 31, 2024); corporate debt is derived
    "U.S. Treasury securities": (118430, 131260),
    "U.S. government agency bonds": (46210, 58940),
}
WAVG = {"q25": 57920, "q24": 56870, "n25": 57680, "n24": 56590}

NOTE_PRINCIPAL = 320000
NOTE_RATE = F("2.50")
CONV_RATE = F("25.0000")  # shares per $1,000 principal
UNAM_DEC24 = 6120

# December 31, 2024 balance sheet (APIC is the balancing figure)
BS24 = dict(
    cash=148620,
    securities=276340,
    ar=58910,
    inventory=41280,
    prepaid=12650,
    ppe=18430,
    rou=24870,
    intangible=72850,
    other_nc=4120,
    ap=14830,
    accrued=71460,
    lease_cur=4920,
    lease_total=28560,
    other_lt=3210,
    shares=57400,
    aoci=310,
    deficit=-612450,
)
PAR = F(1, 10000)
# nine months 2025 balance sheet movements / cash flow inputs
N25 = dict(
    dep=2940,
    lease_cost=3180,
    accretion=2160,
    d_ar=14830,
    d_inv=9420,
    d_prepaid=-1340,
    d_ap=2180,
    d_accrued=-12460,
    lease_paid=3410,
    buy_sec=198500,
    mat_sec=226000,
    capex=3260,
    option_proceeds=6840,
    option_shares=410,
    rsu_shares=180,
    rsu_tax=2270,
    lease_cur_end=5160,
)
# nine months 2024 cash flow lines (net loss and non-cash items other than these come from the model)
N24_CF = dict(
    dep=2610,
    lease_cost=2960,
    accretion=-3420,
    d_ar=-7150,
    d_inv=-4380,
    d_prepaid=-910,
    d_ap=1640,
    d_accrued=8230,
    lease_paid=-3180,
    buy_sec=-241700,
    mat_sec=268500,
    capex=-2840,
    option_proceeds=5210,
    rsu_tax=-1940,
)
CASH_DEC23 = 131870
ANTI_DILUTIVE = {
    "Stock options outstanding": {"n25": 6240, "n24": 5880},
    "Unvested restricted stock units": {"n25": 1930, "n24": 1710},
    "Shares issuable under the employee stock purchase plan": {"n25": 85, "n24": 70},
    "Shares issuable upon conversion of the 2029 Notes": {"n25": 8000, "n24": 8000},
}
INVENTORY_SPLIT = {"Raw materials": 9620, "Work in process": 17430}  # at Sep 30, 2025; finished goods derived
RUNWAY_YEAR = 2028
# narrative-only figures, stated once here
NARR = dict(
    unrecognized_sbc=96400,
    purchase_commitments=41700,
    remaining_milestones=85000,
    lease_cost_q=1200,
    lease_cost_n=3500,
    rule_10b5_shares=42,
    redemption_pct=130,
)
PRODUCT_EXCL = {"ZELVARI": 2036, "TORVEXA": 2033, "ORLENZA": 2039}


def _n(d):
    out = {"q25": d["q25"], "q24": d["q24"], "n25": d["h25"] + d["q25"], "n24": d["h24"] + d["q24"]}
    return out


def build():
    m = {}
    m["prod"] = {p: _n(NET_PRODUCT[p]) for p in PRODUCTS}
    m["net_product"] = {k: sum(m["prod"][p][k] for p in PRODUCTS) for k in ALL}
    m["geo"] = {g: _n(GEO_EX_US[g]) for g in GEO_EX_US}
    m["geo"] = {
        "United States": {k: m["net_product"][k] - sum(m["geo"][g][k] for g in GEO_EX_US) for k in ALL},
        **m["geo"],
    }
    m["gtn"] = {g: _n(GTN[g]) for g in GTN}
    m["gtn_total"] = {k: sum(m["gtn"][g][k] for g in GTN) for k in ALL}
    m["gross_sales"] = {k: m["net_product"][k] + m["gtn_total"][k] for k in ALL}
    m["royalty"], m["milestone"] = _n(ROYALTY), _n(MILESTONE)
    m["collab"] = {k: m["royalty"][k] + m["milestone"][k] for k in ALL}
    m["revenue"] = {k: m["net_product"][k] + m["collab"][k] for k in ALL}
    m["cogs"], m["amort"], m["sga"] = _n(COGS), _n(AMORT_INTANG), _n(SGA)
    m["rd_prog"] = {p: _n(RD_PROG[p]) for p in RD_PROG}
    m["rd"] = {k: sum(m["rd_prog"][p][k] for p in RD_PROG) for k in ALL}
    m["opex"] = {k: m["cogs"][k] + m["amort"][k] + m["rd"][k] + m["sga"][k] for k in ALL}
    m["op_income"] = {k: m["revenue"][k] - m["opex"][k] for k in ALL}
    m["int_income"], m["other"], m["tax"] = _n(INT_INCOME), _n(OTHER_INC), _n(TAX)
    m["coupon"], m["debt_amort"] = _n(COUPON), _n(DEBT_COST_AMORT)
    m["int_exp"] = {k: m["coupon"][k] + m["debt_amort"][k] for k in ALL}
    m["other_total"] = {k: m["int_income"][k] - m["int_exp"][k] + m["other"][k] for k in ALL}
    m["pretax"] = {k: m["op_income"][k] + m["other_total"][k] for k in ALL}
    m["ni"] = {k: m["pretax"][k] - m["tax"][k] for k in ALL}
    m["wavg"] = WAVG
    m["eps"] = {k: rhu(F(m["ni"][k], WAVG[k]), 2) for k in ALL}
    m["sbc"] = {s: _n(SBC[s]) for s in SBC}
    m["sbc_total"] = {k: sum(m["sbc"][s][k] for s in SBC) for k in ALL}
    m["adj_opex_gaap"] = {k: m["rd"][k] + m["sga"][k] for k in ALL}
    m["adj_opex"] = {
        k: m["adj_opex_gaap"][k]
        - m["sbc"]["Research and development"][k]
        - m["sbc"]["Selling, general and administrative"][k]
        for k in ALL
    }
    m["gross_profit"] = {k: m["net_product"][k] - m["cogs"][k] for k in ALL}
    m["anti"] = ANTI_DILUTIVE
    m["anti_total"] = {k: sum(v[k] for v in ANTI_DILUTIVE.values()) for k in N}
    m["conv_price"] = F(1000) / CONV_RATE
    m["conv_shares"] = int(NOTE_PRINCIPAL * CONV_RATE / 1000)

    # balance sheets
    b0 = dict(BS24)
    b0["par"] = int(rhu(b0["shares"] * PAR))
    b0["notes"] = NOTE_PRINCIPAL - UNAM_DEC24
    b0["unam"] = UNAM_DEC24
    b0["lease_nc"] = b0["lease_total"] - b0["lease_cur"]
    x = dict(N25)
    m["oci_p"] = _n(OCI)
    x["oci"] = m["oci_p"]["n25"]
    m["ci"] = {k: m["ni"][k] + m["oci_p"][k] for k in ALL}
    cf = {}
    c = {}
    c["ni"] = m["ni"]["n25"]
    c["sbc"] = m["sbc_total"]["n25"]
    c["dep"] = x["dep"]
    c["amort"] = m["amort"]["n25"]
    c["debt_amort"] = m["debt_amort"]["n25"]
    c["lease_cost"] = x["lease_cost"]
    c["accretion"] = -x["accretion"]
    c["d_ar"] = -x["d_ar"]
    c["d_inv"] = -x["d_inv"]
    c["d_prepaid"] = -x["d_prepaid"]
    c["d_ap"] = x["d_ap"]
    c["d_accrued"] = x["d_accrued"]
    c["lease_paid"] = -x["lease_paid"]
    c["buy_sec"] = -x["buy_sec"]
    c["mat_sec"] = x["mat_sec"]
    c["capex"] = -x["capex"]
    c["option_proceeds"] = x["option_proceeds"]
    c["rsu_tax"] = -x["rsu_tax"]
    c24 = dict(N24_CF)
    c24["ni"] = m["ni"]["n24"]
    c24["sbc"] = m["sbc_total"]["n24"]
    c24["amort"] = m["amort"]["n24"]
    c24["debt_amort"] = m["debt_amort"]["n24"]
    for cc in (c, c24):
        cc["cfo"] = sum(
            cc[k]
            for k in (
                "ni",
                "sbc",
                "dep",
                "amort",
                "debt_amort",
                "lease_cost",
                "accretion",
                "d_ar",
                "d_inv",
                "d_prepaid",
                "d_ap",
                "d_accrued",
                "lease_paid",
            )
        )
        cc["cfi"] = cc["buy_sec"] + cc["mat_sec"] + cc["capex"]
        cc["cff"] = cc["option_proceeds"] + cc["rsu_tax"]
        cc["net"] = cc["cfo"] + cc["cfi"] + cc["cff"]
    c["begin"] = b0["cash"]
    c24["begin"] = CASH_DEC23
    for cc in (c, c24):
        cc["end"] = cc["begin"] + cc["net"]
    cf["n25"], cf["n24"] = c, c24

    b1 = {}
    b1["cash"] = c["end"]
    b1["securities"] = b0["securities"] + x["buy_sec"] - x["mat_sec"] + x["accretion"] + x["oci"]
    b1["ar"] = b0["ar"] + x["d_ar"]
    b1["inventory"] = b0["inventory"] + x["d_inv"]
    b1["prepaid"] = b0["prepaid"] + x["d_prepaid"]
    b1["ppe"] = b0["ppe"] + x["capex"] - x["dep"]
    b1["rou"] = b0["rou"] - x["lease_cost"]
    b1["intangible"] = b0["intangible"] - m["amort"]["n25"]
    b1["other_nc"] = b0["other_nc"]
    b1["ap"] = b0["ap"] + x["d_ap"]
    b1["accrued"] = b0["accrued"] + x["d_accrued"]
    b1["lease_total"] = b0["lease_total"] - x["lease_paid"]
    b1["lease_cur"] = x["lease_cur_end"]
    b1["lease_nc"] = b1["lease_total"] - b1["lease_cur"]
    b1["unam"] = b0["unam"] - m["debt_amort"]["n25"]
    b1["notes"] = NOTE_PRINCIPAL - b1["unam"]
    b1["other_lt"] = b0["other_lt"]
    b1["shares"] = b0["shares"] + x["option_shares"] + x["rsu_shares"]
    b1["par"] = int(rhu(b1["shares"] * PAR))
    b1["aoci"] = b0["aoci"] + x["oci"]
    b1["deficit"] = b0["deficit"] + m["ni"]["n25"]
    for b in (b0, b1):
        b["cur_assets"] = b["cash"] + b["securities"] + b["ar"] + b["inventory"] + b["prepaid"]
        b["assets"] = b["cur_assets"] + b["ppe"] + b["rou"] + b["intangible"] + b["other_nc"]
        b["cur_liab"] = b["ap"] + b["accrued"] + b["lease_cur"]
        b["liab"] = b["cur_liab"] + b["notes"] + b["lease_nc"] + b["other_lt"]
    b0["apic"] = b0["assets"] - b0["liab"] - b0["par"] - b0["aoci"] - b0["deficit"]
    b1["apic"] = b0["apic"] + m["sbc_total"]["n25"] + x["option_proceeds"] - x["rsu_tax"] - (b1["par"] - b0["par"])
    for b in (b0, b1):
        b["equity"] = b["par"] + b["apic"] + b["aoci"] + b["deficit"]
        b["le"] = b["liab"] + b["equity"]
    m["bs"] = {"d24": b0, "s25": b1}
    m["cf"] = cf
    m["oci"] = x["oci"]
    m["ci_n25"] = m["ni"]["n25"] + x["oci"]
    m["sec_types"] = {k: dict(zip(("s25", "d24"), v, strict=True)) for k, v in SEC_TYPES.items()}
    m["sec_types"]["Corporate debt securities"] = {
        "s25": b1["securities"] - sum(v[0] for v in SEC_TYPES.values()),
        "d24": b0["securities"] - sum(v[1] for v in SEC_TYPES.values()),
    }
    m["accrued"] = {k: dict(zip(("s25", "d24"), v, strict=True)) for k, v in ACCRUED.items()}
    m["accrued"]["Other accrued liabilities"] = {
        "s25": b1["accrued"] - sum(v[0] for v in ACCRUED.values()),
        "d24": b0["accrued"] - sum(v[1] for v in ACCRUED.values()),
    }
    m["inv_fg"] = b1["inventory"] - sum(INVENTORY_SPLIT.values())
    m["liquid"] = {k: m["bs"][k]["cash"] + m["bs"][k]["securities"] for k in ("d24", "s25")}
    m["burn_q"] = F(-c["cfo"], 3)
    m["runway_q"] = F(m["liquid"]["s25"]) / m["burn_q"]
    m["current_ratio"] = {k: F(m["bs"][k]["cur_assets"], m["bs"][k]["cur_liab"]) for k in ("d24", "s25")}
    return m


def check(m=None):
    m = m or build()
    for k in ("d24", "s25"):
        b = m["bs"][k]
        assert b["assets"] == b["le"], k
        assert b["apic"] > 0 and b["cash"] > 0 and b["lease_nc"] > 0
    for k in ALL:
        assert sum(m["geo"][g][k] for g in m["geo"]) == m["net_product"][k]
        assert m["geo"]["United States"][k] > 0
        assert m["gross_sales"][k] - m["gtn_total"][k] == m["net_product"][k]
        assert m["revenue"][k] - m["opex"][k] + m["other_total"][k] - m["tax"][k] == m["ni"][k]
        assert m["adj_opex"][k] == m["adj_opex_gaap"][k] - m["sbc_total"][k] + m["sbc"]["Cost of goods sold"][k]
    b0, b1 = m["bs"]["d24"], m["bs"]["s25"]
    assert b1["equity"] - b0["equity"] == (
        m["ci"]["n25"] + m["sbc_total"]["n25"] + N25["option_proceeds"] - N25["rsu_tax"]
    )
    assert m["cf"]["n25"]["end"] == b1["cash"]
    assert m["cf"]["n25"]["cfo"] < 0
    assert m["inv_fg"] > 0
    # MD&A says the gross-to-net share rose year over year
    assert F(m["gtn_total"]["q25"], m["gross_sales"]["q25"]) > F(m["gtn_total"]["q24"], m["gross_sales"]["q24"])
    for k in ("s25", "d24"):
        assert sum(v[k] for v in m["sec_types"].values()) == m["bs"][k]["securities"]
        assert m["sec_types"]["Corporate debt securities"][k] > 0
    for k in ("s25", "d24"):
        assert sum(v[k] for v in m["accrued"].values()) == m["bs"][k]["accrued"]
        assert m["accrued"]["Other accrued liabilities"][k] > 0
    assert b1["notes"] + b1["unam"] == NOTE_PRINCIPAL
    return True


if __name__ == "__main__":
    mm = build()
    print(mm["bs"])
    print(mm["cf"])
    print({k: (mm["revenue"][k], mm["ni"][k], mm["eps"][k]) for k in ALL})
    print(float(mm["runway_q"]), mm["liquid"])
    print(check(mm))
