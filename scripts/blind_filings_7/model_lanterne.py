"""Lanterne Hospitality Group, Inc. Q3 2025 model. Every input stated once; all else derived.

$ in thousands; per-room statistics in dollars. Period keys: q25, q24 (three months
ended September 30), n25, n24 (nine months ended September 30).
"""

from fractions import Fraction as F

from fmt import rnd

P = ("q25", "q24", "n25", "n24")


def _p(a, b, c, d):
    return dict(zip(P, (a, b, c, d), strict=False))


# ---- inputs -------------------------------------------------------------
IS_IN = dict(
    rooms=_p(168420, 159815, 478905, 455230),
    fb=_p(61250, 58904, 189340, 181615),
    other_hotel=_p(14380, 13905, 41266, 39480),
    fees=_p(22615, 20870, 64902, 59318),
    reimb=_p(38410, 35920, 111835, 103442),
    rooms_exp=_p(41205, 39612, 118440, 113285),
    fb_exp=_p(44580, 43115, 137260, 132905),
    other_hotel_exp=_p(56310, 53870, 163925, 157410),
    property_exp=_p(12815, 12140, 38105, 36260),
    mf_exp=_p(6240, 5905, 18630, 17412),
    ga=_p(13460, 12905, 41230, 38670),
    da=_p(27905, 26410, 82615, 78930),
    impair=_p(0, 0, 0, 6850),
    transaction=_p(0, 0, 1940, 0),
    gain_sale=_p(0, 0, 12480, 0),
    interest_exp=_p(15820, 16405, 47915, 49330),
    interest_inc=_p(1105, 1490, 3640, 4215),
    other_net=_p(215, -140, 505, 310),
)
TAX_RATE_TARGET = _p(F(243, 1000), F(251, 1000), F(238, 1000), F(247, 1000))
SBC = _p(2850, 2610, 8720, 7905)
SHARES_BASIC = _p(48215, 50130, 48760, 50420)
SHARES_DILUTED = _p(48690, 50655, 49240, 50980)
DIV_PER_SHARE = F(15, 100)  # per quarter

COMP = dict(  # comparable hotels: room nights available, room nights sold, room revenue ($000)
    available=_p(969680, 969680, 2877420, 2887960),
    sold=_p(786110, 771840, 2251300, 2236950),
    revenue=_p(158204, 150120, 451870, 430515),
)
COMP_HOTELS = 36
COUNTS = dict(  # nine months 2025: (hotels, rooms)
    owned=dict(begin=(38, 11240), added=(1, 412), removed=(-2, -586)),
    managed=dict(begin=(212, 31850), added=(14, 2210), removed=(-5, -640)),
)

BS24 = dict(
    cash=142380,
    restricted=18240,
    ar=58410,
    prepaid=21305,
    ppe=2184600,
    rou=96420,
    intang=84310,
    goodwill=62150,
    other_assets=18640,
    ap=118760,
    deferred_rev=26840,
    lease_cl=4120,
    revolver=0,
    term=500000,
    notes=600000,
    mortgage=142800,
    unamort=9420,
    lease_ncl=104310,
    dtl=71280,
    other_liab=16905,
    common=512,
    apic=1152800,
    treasury=84600,
)
BS25_IN = dict(
    restricted=18240,
    ar=63905,
    prepaid=23140,
    other_assets=19210,
    ap=124380,
    deferred_rev=31265,
    lease_cl=4260,
    rou=93780,
    lease_ncl=102010,
    other_liab=17140,
    unamort=8240,
)
TERM_CURRENT = 12500
CAPEX_9M = 68420
ACQUISITION = 96500
KEY_MONEY = 3100
INTANG_AMORT = 4215
SOLD_NBV = 41300
REVOLVER_DRAW = 60000
REVOLVER_REPAY = 35000
TERM_AMORT = 9375
MORTGAGE_AMORT = 2160
CURRENT_TAX_9M = 9860
WITHHOLD = 2310
BUYBACK_9M = (1720, 61400)  # thousand shares, $000
BUYBACK_Q3 = (640, 23180)
BUYBACK_AUTH = 250000
BUYBACK_PRIOR_CUMULATIVE = 84600
SHARES_OUT_24 = 49180
SHARES_VESTED_9M = 210
CF24_IN = dict(  # nine months 2024 cash-flow lines not derivable from the balance sheets
    deferred_tax=4120,
    amort_debt=1210,
    wc=-3905,
    other=-1840,
    capex=-74260,
    acquisition=0,
    key_money=-2200,
    proceeds=0,
    draw=40000,
    repay=40000,
    term=-9375,
    mortgage=-2080,
    buyback=-38900,
    withhold=-2040,
    begin=131605,
)
LEASE_PAYMENTS = [
    ("2025 (remaining three months)", 2050),
    ("2026", 8310),
    ("2027", 8420),
    ("2028", 8540),
    ("2029", 8665),
    ("Thereafter", 196400),
]
LEASE_COST = _p(3310, 3245, 9905, 9720)
NOTES_RATE = "5.750%"
MORTGAGE_RATE = "4.820%"
TERM_SPREAD = "1.850%"
REVOLVER_CAPACITY = 400000
REVOLVER_LC = 7350


def build():
    m = {}
    IS = {}
    for p in P:
        g = {k: v[p] for k, v in IS_IN.items()}
        g["owned_rev"] = g["rooms"] + g["fb"] + g["other_hotel"]
        g["revenue"] = g["owned_rev"] + g["fees"] + g["reimb"]
        g["reimb_exp"] = g["reimb"]
        g["owned_exp"] = g["rooms_exp"] + g["fb_exp"] + g["other_hotel_exp"] + g["property_exp"]
        g["opex"] = (
            g["owned_exp"]
            + g["mf_exp"]
            + g["reimb_exp"]
            + g["ga"]
            + g["da"]
            + g["impair"]
            + g["transaction"]
            - g["gain_sale"]
        )
        g["op_income"] = g["revenue"] - g["opex"]
        g["pretax"] = g["op_income"] - g["interest_exp"] + g["interest_inc"] + g["other_net"]
        g["tax"] = rnd(g["pretax"] * TAX_RATE_TARGET[p])
        g["ni"] = g["pretax"] - g["tax"]
        g["eps_basic"] = rnd(F(g["ni"]) / SHARES_BASIC[p], 2)
        g["eps_diluted"] = rnd(F(g["ni"]) / SHARES_DILUTED[p], 2)
        g["hotel_ebitda"] = g["owned_rev"] - g["owned_exp"]
        g["hotel_margin"] = F(g["hotel_ebitda"]) / g["owned_rev"]
        g["mf_profit"] = g["fees"] - g["mf_exp"]
        g["sbc"] = SBC[p]
        g["adj_ebitda"] = g["hotel_ebitda"] + g["mf_profit"] - (g["ga"] - g["sbc"])
        g["recon"] = dict(
            ni=g["ni"],
            tax=g["tax"],
            interest=g["interest_exp"] - g["interest_inc"],
            other=-g["other_net"],
            da=g["da"],
            impair=g["impair"],
            gain=-g["gain_sale"],
            transaction=g["transaction"],
            sbc=g["sbc"],
        )
        IS[p] = g
    m["IS"] = IS
    comp = {}
    for p in P:
        a, s, r = COMP["available"][p], COMP["sold"][p], COMP["revenue"][p]
        comp[p] = dict(occ=F(s, a), adr=F(r * 1000, s), revpar=F(r * 1000, a))
    m["comp"] = comp
    for pair in (("q25", "q24"), ("n25", "n24")):
        a, b = comp[pair[0]], comp[pair[1]]
        a["occ_chg_pts"] = (a["occ"] - b["occ"]) * 100
        a["adr_chg"] = rnd(a["adr"], 2) / rnd(b["adr"], 2) - 1
        a["revpar_chg"] = rnd(a["revpar"], 2) / rnd(b["revpar"], 2) - 1
    cnt = {}
    for seg, d in COUNTS.items():
        end = tuple(d["begin"][j] + d["added"][j] + d["removed"][j] for j in range(2))
        cnt[seg] = dict(d, end=end)
    cnt["total"] = {
        k: tuple(cnt["owned"][k][j] + cnt["managed"][k][j] for j in range(2))
        for k in ("begin", "added", "removed", "end")
    }
    m["counts"] = cnt
    # balance sheet at Sep 30, 2025
    b24 = dict(BS24)
    b25 = dict(BS25_IN)
    n = IS["n25"]
    b25["ppe"] = b24["ppe"] + CAPEX_9M + ACQUISITION - (n["da"] - INTANG_AMORT) - SOLD_NBV
    b25["intang"] = b24["intang"] + KEY_MONEY - INTANG_AMORT
    b25["goodwill"] = b24["goodwill"]
    b25["revolver"] = b24["revolver"] + REVOLVER_DRAW - REVOLVER_REPAY
    b25["term"] = b24["term"] - TERM_AMORT
    b25["notes"] = b24["notes"]
    b25["mortgage"] = b24["mortgage"] - MORTGAGE_AMORT
    deferred_tax = n["tax"] - CURRENT_TAX_9M
    b25["dtl"] = b24["dtl"] + deferred_tax
    dividends = rnd(DIV_PER_SHARE * 3 * SHARES_BASIC["n25"])
    b25["common"] = b24["common"] + SHARES_VESTED_9M // 100
    b25["apic"] = b24["apic"] + SBC["n25"] - WITHHOLD - SHARES_VESTED_9M // 100
    b25["treasury"] = b24["treasury"] + BUYBACK_9M[1]
    proceeds = SOLD_NBV + n["gain_sale"]
    c = dict(
        ni=n["ni"],
        da=n["da"],
        impair=n["impair"],
        gain=-n["gain_sale"],
        sbc=SBC["n25"],
        deferred_tax=deferred_tax,
        amort_debt=b24["unamort"] - b25["unamort"],
    )
    c["wc"] = (
        -(b25["ar"] - b24["ar"])
        - (b25["prepaid"] - b24["prepaid"])
        + (b25["ap"] - b24["ap"])
        + (b25["deferred_rev"] - b24["deferred_rev"])
    )
    c["other"] = (
        -(b25["rou"] - b24["rou"])
        + (b25["lease_cl"] + b25["lease_ncl"] - b24["lease_cl"] - b24["lease_ncl"])
        - (b25["other_assets"] - b24["other_assets"])
        + (b25["other_liab"] - b24["other_liab"])
    )
    c["cfo"] = sum(c.values())
    c.update(capex=-CAPEX_9M, acquisition=-ACQUISITION, key_money=-KEY_MONEY, proceeds=proceeds)
    c["cfi"] = c["capex"] + c["acquisition"] + c["key_money"] + c["proceeds"]
    c.update(
        draw=REVOLVER_DRAW,
        repay=-REVOLVER_REPAY,
        term=-TERM_AMORT,
        mortgage=-MORTGAGE_AMORT,
        buyback=-BUYBACK_9M[1],
        dividends=-dividends,
        withhold=-WITHHOLD,
    )
    c["cff"] = sum(c[k] for k in ("draw", "repay", "term", "mortgage", "buyback", "dividends", "withhold"))
    c["change"] = c["cfo"] + c["cfi"] + c["cff"]
    c["begin"] = b24["cash"] + b24["restricted"]
    c["end"] = c["begin"] + c["change"]
    b25["cash"] = c["end"] - b25["restricted"]
    # nine months 2024
    d = dict(CF24_IN)
    n4 = IS["n24"]
    c4 = dict(
        ni=n4["ni"],
        da=n4["da"],
        impair=n4["impair"],
        gain=-n4["gain_sale"],
        sbc=SBC["n24"],
        deferred_tax=d["deferred_tax"],
        amort_debt=d["amort_debt"],
        wc=d["wc"],
        other=d["other"],
    )
    c4["cfo"] = sum(c4.values())
    c4.update(capex=d["capex"], acquisition=d["acquisition"], key_money=d["key_money"], proceeds=d["proceeds"])
    c4["cfi"] = c4["capex"] + c4["acquisition"] + c4["key_money"] + c4["proceeds"]
    div24 = rnd(DIV_PER_SHARE * 3 * SHARES_BASIC["n24"])
    c4.update(
        draw=d["draw"],
        repay=-d["repay"],
        term=d["term"],
        mortgage=d["mortgage"],
        buyback=d["buyback"],
        dividends=-div24,
        withhold=d["withhold"],
    )
    c4["cff"] = sum(c4[k] for k in ("draw", "repay", "term", "mortgage", "buyback", "dividends", "withhold"))
    c4["change"] = c4["cfo"] + c4["cfi"] + c4["cff"]
    c4["begin"] = d["begin"]
    c4["end"] = c4["begin"] + c4["change"]
    m["CF"] = {"n25": c, "n24": c4}
    m["dividends"] = {"n25": dividends, "n24": div24}
    for b in (b24, b25):
        b["tca"] = b["cash"] + b["restricted"] + b["ar"] + b["prepaid"]
        b["ta"] = b["tca"] + b["ppe"] + b["rou"] + b["intang"] + b["goodwill"] + b["other_assets"]
        b["term_current"] = TERM_CURRENT
        b["tcl"] = b["ap"] + b["deferred_rev"] + b["lease_cl"] + TERM_CURRENT
        b["principal"] = b["revolver"] + b["term"] + b["notes"] + b["mortgage"]
        b["debt_net"] = b["principal"] - b["unamort"]
        b["ltd"] = b["debt_net"] - TERM_CURRENT
        b["tl"] = b["tcl"] + b["ltd"] + b["lease_ncl"] + b["dtl"] + b["other_liab"]
    b24["re"] = b24["ta"] - b24["tl"] - (b24["common"] + b24["apic"] - b24["treasury"])
    b25["re"] = b24["re"] + n["ni"] - dividends
    for b in (b24, b25):
        b["te"] = b["common"] + b["apic"] - b["treasury"] + b["re"]
        b["tle"] = b["tl"] + b["te"]
    m["BS"] = {"dec24": b24, "sep25": b25}
    m["deferred_tax"] = deferred_tax
    m["shares_out"] = {"dec24": SHARES_OUT_24, "sep25": SHARES_OUT_24 + SHARES_VESTED_9M - BUYBACK_9M[0]}
    total_pay = sum(v for _, v in LEASE_PAYMENTS)
    pv = b25["lease_cl"] + b25["lease_ncl"]
    m["lease"] = dict(total=total_pay, interest=total_pay - pv, pv=pv)
    m["buyback"] = dict(
        remaining=BUYBACK_AUTH - BUYBACK_PRIOR_CUMULATIVE - BUYBACK_9M[1],
        avg_q3=F(BUYBACK_Q3[1], BUYBACK_Q3[0]),
        avg_9m=F(BUYBACK_9M[1], BUYBACK_9M[0]),
    )
    m["revolver_avail"] = REVOLVER_CAPACITY - b25["revolver"] - REVOLVER_LC
    return m


def check(m=None):
    m = m or build()
    for k, b in m["BS"].items():
        assert b["ta"] == b["tle"], k
    for k, c in m["CF"].items():
        assert c["end"] - c["begin"] == c["cfo"] + c["cfi"] + c["cff"], k
    b24, b25 = m["BS"]["dec24"], m["BS"]["sep25"]
    assert m["CF"]["n25"]["end"] == b25["cash"] + b25["restricted"]
    assert b25["cash"] > 0
    for p in P:
        g = m["IS"][p]
        assert g["eps_basic"] == rnd(F(g["ni"]) / SHARES_BASIC[p], 2)
        assert g["eps_diluted"] == rnd(F(g["ni"]) / SHARES_DILUTED[p], 2)
        # segments sum to totals
        assert g["owned_rev"] + g["fees"] + g["reimb"] == g["revenue"]
        assert sum(g["recon"].values()) == g["adj_ebitda"]
        assert g["rooms"] >= COMP["revenue"][p]
    # equity roll-forward
    n = m["IS"]["n25"]
    assert b25["te"] - b24["te"] == n["ni"] - m["dividends"]["n25"] + SBC["n25"] - WITHHOLD - BUYBACK_9M[1]
    # debt table agrees with balance sheet
    for b in (b24, b25):
        assert b["ltd"] + b["term_current"] == b["revolver"] + b["term"] + b["notes"] + b["mortgage"] - b["unamort"]
    c = m["counts"]
    for seg in ("owned", "managed", "total"):
        for j in range(2):
            assert c[seg]["end"][j] == c[seg]["begin"][j] + c[seg]["added"][j] + c[seg]["removed"][j]
    assert m["lease"]["pv"] + m["lease"]["interest"] == m["lease"]["total"]
    return True


if __name__ == "__main__":
    mm = build()
    for p in P:
        g = mm["IS"][p]
        print(
            p,
            {
                k: g[k]
                for k in ("revenue", "op_income", "pretax", "tax", "ni", "eps_basic", "hotel_ebitda", "adj_ebitda")
            },
            float(g["hotel_margin"]),
        )
    for k, b in mm["BS"].items():
        print(k, "cash", b["cash"], "ta", b["ta"], "re", b["re"], "te", b["te"])
    for k, c in mm["CF"].items():
        print(k, {x: c[x] for x in ("cfo", "cfi", "cff", "begin", "end")})
    for p in P:
        print(p, {k: float(v) for k, v in mm["comp"][p].items()})
    print(mm["lease"], mm["buyback"], mm["counts"]["total"])
    check(mm)
