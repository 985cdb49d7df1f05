"""Briskwater Petroleum Corp. FY2025 model. Every input stated once; all else derived.

$ in thousands; volumes in MBbl / MMcf / MBoe (6 Mcf = 1 Boe).
"""

from fractions import Fraction as F

from fmt import rnd

Y = (2025, 2024, 2023)
AREAS = ("Delmarre Basin", "Orlan Shelf")
PRODUCTS = ("oil", "ngl", "gas")

# ---- inputs -------------------------------------------------------------
PRODUCTION = {  # area -> year -> (oil MBbl, NGL MBbl, gas MMcf)
    "Delmarre Basin": {2025: (6842, 2115, 18462), 2024: (6310, 1954, 17208), 2023: (5721, 1802, 15936)},
    "Orlan Shelf": {2025: (1204, 688, 41730), 2024: (1287, 702, 43914), 2023: (1352, 731, 45204)},
}
REVENUE = {  # product -> year
    "oil": {2025: 574323, 2024: 578284, 2023: 549148},
    "ngl": {2025: 68954, 2024: 69189, 2023: 70671},
    "gas": {2025: 145058, 2024: 126525, 2023: 159575},
}
OTHER_REV = {2025: 12406, 2024: 11870, 2023: 10214}
LOE = {2025: 162380, 2024: 155912, 2023: 146704}
GPT = {2025: 58214, 2024: 55630, 2023: 52118}
PROD_TAX = {2025: 47905, 2024: 48660, 2023: 47321}
EXPLORATION = {2025: 21450, 2024: 18706, 2023: 24933}
DDA = {2025: 248615, 2024: 229408, 2023: 205177}
IMPAIRMENT = {2025: 0, 2024: 14230, 2023: 0}
GA = {2025: 52760, 2024: 49318, 2023: 46105}
ACCRETION = {2025: 6712, 2024: 6245, 2023: 5910}
GAIN_SALE = {2025: 8420, 2024: 0, 2023: -2315}  # positive = gain
DERIV_GAIN = {2025: 18642, 2024: -23105, 2023: 41870}
INTEREST = {2025: 52318, 2024: 55904, 2023: 58117}
OTHER_INC = {2025: 1206, 2024: 942, 2023: 688}
CURRENT_TAX = {2025: 4210, 2024: 3105, 2023: 2870}
EFFECTIVE_TARGET = F(2235, 10000)  # used once to set total tax expense
STATE_TAX = {2025: 3412, 2024: 2650, 2023: 3881}
SHARES_BASIC = {2025: 61245, 2024: 62410, 2023: 63105}
SHARES_DILUTED = {2025: 61902, 2024: 63018, 2023: 63870}
DIV_PER_SHARE = {2025: F(60, 100), 2024: F(50, 100), 2023: F(40, 100)}
SBC = {2025: 18260, 2024: 16905, 2023: 15340}
CAPEX = {  # area -> year -> (drilling & completion, facilities, leasehold)
    "Delmarre Basin": {2025: (214500, 22800, 9050), 2024: (198400, 21900, 8400)},
    "Orlan Shelf": {2025: (72300, 10640, 3600), 2024: (80700, 12300, 4150)},
}
OTHER_PPE_ADD = {2025: 4305, 2024: 3980}
WELLS = {  # area -> (gross, net tenths) drilled 2025
    "Delmarre Basin": (64, 512),
    "Orlan Shelf": (18, 146),
}
ACREAGE = {  # area -> (developed gross, developed net, undeveloped gross, undeveloped net)
    "Delmarre Basin": (148600, 121300, 62400, 51800),
    "Orlan Shelf": (96200, 70150, 118500, 84600),
}

# balance sheet at Dec 31, 2024 (retained earnings is the balancing figure)
BS24 = dict(
    ar=92115,
    deriv_ca=3108,
    inventory=9112,
    prepaid=6890,
    proved=4210560,
    unproved=312840,
    other_ppe=58210,
    accum=1862470,
    deriv_nca=1260,
    rou=21450,
    other_nca=10966,
    ap=79262,
    accrued=90118,
    rev_payable=68430,
    deriv_cl=12860,
    lease_cl=5180,
    revolver=240000,
    notes_2029=400000,
    notes_2031=350000,
    unamort=12040,
    aro=96310,
    dtl=188420,
    deriv_ncl=4315,
    lease_ncl=16960,
    other_ncl=8406,
    common=648,
    apic=1205400,
    treasury=212600,
)
# Dec 31, 2025 working-capital and other balances (inputs)
BS25_IN = dict(
    ar=98406,
    deriv_ca=14220,
    inventory=9870,
    prepaid=7415,
    deriv_nca=4180,
    rou=18320,
    other_nca=11207,
    ap=84510,
    accrued=96340,
    rev_payable=71205,
    deriv_cl=2140,
    lease_cl=5410,
    deriv_ncl=1020,
    lease_ncl=13650,
    other_ncl=8915,
    unamort=9860,
)
TRANSFER_UNPROVED = 38400
DISPOSAL_COST = 62300
DISPOSAL_ACCUM = 31780
ARO_INCURRED = 3420
ARO_REVISIONS = 1760
ARO_SETTLED = 3940
ARO_SOLD = 2870
REVOLVER_DRAW = 310000
REVOLVER_REPAY = 365000
BUYBACK = 30000
BUYBACK_SHARES = 460  # thousands of shares
TAX_WITHHOLD = 5210
SHARES_VESTED = 400  # thousands of shares; par $0.01 -> $4 thousand
SHARES_OUT_24 = 61870  # thousands, Dec 31, 2024
# prior-year cash flow lines not derivable from two balance sheets
CF_PRIOR = {
    2024: dict(
        settle=-15406,
        amort=2110,
        ar=-2410,
        inv=-640,
        wc=-3754,
        aro_settle=-3610,
        other=-1220,
        proceeds=0,
        draw=285000,
        repay=310000,
        notes=0,
        buyback=25000,
        withhold=4480,
    ),
    2023: dict(
        settle=-27210,
        amort=2040,
        ar=5120,
        inv=380,
        wc=3812,
        aro_settle=-3280,
        other=950,
        proceeds=11900,
        draw=240000,
        repay=300000,
        notes=0,
        buyback=20000,
        withhold=3960,
    ),
}
CAPEX23 = 312400  # 2023 total additions (cash)
LEASEHOLD23 = 11100
OTHER_PPE23 = 3510
CASH_BEGIN_2023 = 96540

RESERVES_BEGIN = (98420, 38115, 612480)  # Dec 31, 2024
RESERVES = dict(  # (oil, ngl, gas) changes in 2025
    revisions=(2140, 1305, -18420),
    extensions=(11860, 4210, 52302),
    purchases=(0, 0, 0),
    sales=(-1980, -540, -9150),
)
PROVED_DEVELOPED_END = (58210, 22400, 402000)
SM = {  # standardized measure inputs, year -> tuple
    2025: dict(inflows=8412600, prod=3105400, dev=1120800, tax=702300, discount=1842700),
    2024: dict(inflows=8156300, prod=2988100, dev=1064500, tax=688400, discount=1790900),
}
BORROWING_BASE = 1100000
COMMITMENTS = 900000
LETTERS_OF_CREDIT = 6450
HEDGE_OIL_VOL = 3650  # MBbl 2026 swaps
HEDGE_OIL_PRICE = F(7025, 100)
HEDGE_GAS_VOL = 21900  # MMcf 2026 collars
HEDGE_GAS_FLOOR = F(275, 100)
HEDGE_GAS_CEIL = F(410, 100)
EMPLOYEES = 412


def boe(o, n, g):
    return F(o) + F(n) + F(g) / 6


def build():
    m = {}
    # production
    prod = {}
    for y in Y:
        tot = [0, 0, 0]
        for a in AREAS:
            o, n, g = PRODUCTION[a][y]
            prod[(a, y)] = dict(oil=o, ngl=n, gas=g, boe=boe(o, n, g))
            tot = [tot[0] + o, tot[1] + n, tot[2] + g]
        prod[("total", y)] = dict(oil=tot[0], ngl=tot[1], gas=tot[2], boe=boe(*tot))
    m["prod"] = prod
    days = {2025: 365, 2024: 366, 2023: 365}
    m["days"] = days
    m["per_day"] = {k: {p: F(v) * 1000 / days[k[1]] for p, v in d.items()} for k, d in prod.items()}
    # prices derived from revenue / volume
    m["price"] = {
        (p, y): F(REVENUE[p][y]) / prod[("total", y)]["gas" if p == "gas" else p] for p in PRODUCTS for y in Y
    }
    # area revenue split by volume share
    area_rev = {}
    for y in Y:
        for p in PRODUCTS:
            tot = REVENUE[p][y]
            d = rnd(F(tot) * prod[(AREAS[0], y)][p] / prod[("total", y)][p])
            area_rev[(AREAS[0], p, y)] = d
            area_rev[(AREAS[1], p, y)] = tot - d
    m["area_rev"] = area_rev
    # income statement
    IS = {}
    for y in Y:
        r = dict(oil=REVENUE["oil"][y], ngl=REVENUE["ngl"][y], gas=REVENUE["gas"][y], other_rev=OTHER_REV[y])
        r["product_rev"] = r["oil"] + r["ngl"] + r["gas"]
        r["revenue"] = r["product_rev"] + r["other_rev"]
        r.update(
            loe=LOE[y],
            gpt=GPT[y],
            prod_tax=PROD_TAX[y],
            expl=EXPLORATION[y],
            dda=DDA[y],
            impair=IMPAIRMENT[y],
            ga=GA[y],
            accretion=ACCRETION[y],
            gain_sale=GAIN_SALE[y],
        )
        r["opex"] = (
            r["loe"]
            + r["gpt"]
            + r["prod_tax"]
            + r["expl"]
            + r["dda"]
            + r["impair"]
            + r["ga"]
            + r["accretion"]
            - r["gain_sale"]
        )
        r["op_income"] = r["revenue"] - r["opex"]
        r.update(deriv=DERIV_GAIN[y], interest=-INTEREST[y], other_inc=OTHER_INC[y])
        r["other_total"] = r["deriv"] + r["interest"] + r["other_inc"]
        r["pretax"] = r["op_income"] + r["other_total"]
        r["tax"] = rnd(r["pretax"] * EFFECTIVE_TARGET)
        r["tax_current"] = CURRENT_TAX[y]
        r["tax_deferred"] = r["tax"] - r["tax_current"]
        r["ni"] = r["pretax"] - r["tax"]
        r["eps_basic"] = rnd(F(r["ni"]) / SHARES_BASIC[y], 2)
        r["eps_diluted"] = rnd(F(r["ni"]) / SHARES_DILUTED[y], 2)
        r["fed_statutory"] = rnd(r["pretax"] * F(21, 100))
        r["state_tax"] = STATE_TAX[y]
        r["other_tax"] = r["tax"] - r["fed_statutory"] - r["state_tax"]
        IS[y] = r
    m["IS"] = IS
    # capex
    cx = {}
    for y in (2025, 2024):
        for a in AREAS:
            dc, fac, lh = CAPEX[a][y]
            cx[(a, y)] = dict(dc=dc, fac=fac, lease=lh, total=dc + fac + lh)
        cx[("total", y)] = {k: sum(cx[(a, y)][k] for a in AREAS) for k in ("dc", "fac", "lease", "total")}
    m["capex"] = cx
    # properties roll-forward
    b24 = dict(BS24)
    aro25 = b24["aro"] + ARO_INCURRED + ARO_REVISIONS + ACCRETION[2025] - ARO_SETTLED - ARO_SOLD
    m["aro"] = dict(
        begin=b24["aro"],
        incurred=ARO_INCURRED,
        revisions=ARO_REVISIONS,
        accretion=ACCRETION[2025],
        settled=-ARO_SETTLED,
        sold=-ARO_SOLD,
        end=aro25,
    )
    proved25 = (
        b24["proved"]
        + cx[("total", 2025)]["dc"]
        + cx[("total", 2025)]["fac"]
        + TRANSFER_UNPROVED
        + ARO_INCURRED
        + ARO_REVISIONS
        - DISPOSAL_COST
    )
    unproved25 = b24["unproved"] + cx[("total", 2025)]["lease"] - TRANSFER_UNPROVED
    other_ppe25 = b24["other_ppe"] + OTHER_PPE_ADD[2025]
    accum25 = b24["accum"] + DDA[2025] - DISPOSAL_ACCUM
    proceeds = DISPOSAL_COST - DISPOSAL_ACCUM - ARO_SOLD + GAIN_SALE[2025]
    m["props"] = dict(
        proved24=b24["proved"],
        unproved24=b24["unproved"],
        other24=b24["other_ppe"],
        accum24=b24["accum"],
        proved25=proved25,
        unproved25=unproved25,
        other25=other_ppe25,
        accum25=accum25,
        proceeds=proceeds,
    )
    # 2025 balance sheet
    b25 = dict(BS25_IN)
    b25.update(proved=proved25, unproved=unproved25, other_ppe=other_ppe25, accum=accum25, aro=aro25)
    b25["revolver"] = b24["revolver"] + REVOLVER_DRAW - REVOLVER_REPAY
    b25["notes_2029"] = b24["notes_2029"]
    b25["notes_2031"] = b24["notes_2031"]
    b25["dtl"] = b24["dtl"] + IS[2025]["tax_deferred"]
    b25["common"] = b24["common"] + SHARES_VESTED // 100
    b25["apic"] = b24["apic"] + SBC[2025] - SHARES_VESTED // 100 - TAX_WITHHOLD
    b25["treasury"] = b24["treasury"] + BUYBACK
    dividends = {y: rnd(DIV_PER_SHARE[y] * SHARES_BASIC[y]) for y in Y}
    m["dividends"] = dividends
    # 2025 cash flow, indirect, from balance-sheet changes
    net_deriv = lambda b: b["deriv_ca"] + b["deriv_nca"] - b["deriv_cl"] - b["deriv_ncl"]  # noqa: E731
    cf = {}
    i = IS[2025]
    c = dict(
        ni=i["ni"],
        dda=DDA[2025],
        impair=0,
        dtax=i["tax_deferred"],
        deriv=-i["deriv"],
        accretion=ACCRETION[2025],
        sbc=SBC[2025],
        gain_sale=-GAIN_SALE[2025],
        amort=b24["unamort"] - b25["unamort"],
    )
    c["settle"] = i["deriv"] - (net_deriv(b25) - net_deriv(b24))
    c["ar"] = -(b25["ar"] - b24["ar"])
    c["inv_prepaid"] = -(b25["inventory"] - b24["inventory"] + b25["prepaid"] - b24["prepaid"])
    c["ap_accrued"] = (
        (b25["ap"] - b24["ap"]) + (b25["accrued"] - b24["accrued"]) + (b25["rev_payable"] - b24["rev_payable"])
    )
    c["aro_settle"] = -ARO_SETTLED
    c["other"] = (
        -(b25["rou"] - b24["rou"])
        - (b25["other_nca"] - b24["other_nca"])
        + (b25["lease_cl"] + b25["lease_ncl"] - b24["lease_cl"] - b24["lease_ncl"])
        + (b25["other_ncl"] - b24["other_ncl"])
    )
    c["cfo"] = sum(
        c[k]
        for k in (
            "ni",
            "dda",
            "impair",
            "dtax",
            "deriv",
            "settle",
            "accretion",
            "sbc",
            "gain_sale",
            "amort",
            "ar",
            "inv_prepaid",
            "ap_accrued",
            "aro_settle",
            "other",
        )
    )
    c["capex_og"] = -(cx[("total", 2025)]["dc"] + cx[("total", 2025)]["fac"])
    c["leasehold"] = -cx[("total", 2025)]["lease"]
    c["other_ppe"] = -OTHER_PPE_ADD[2025]
    c["proceeds"] = proceeds
    c["cfi"] = c["capex_og"] + c["leasehold"] + c["other_ppe"] + c["proceeds"]
    c.update(
        draw=REVOLVER_DRAW,
        repay=-REVOLVER_REPAY,
        notes=0,
        buyback=-BUYBACK,
        dividends=-dividends[2025],
        withhold=-TAX_WITHHOLD,
    )
    c["cff"] = c["draw"] + c["repay"] + c["notes"] + c["buyback"] + c["dividends"] + c["withhold"]
    c["change"] = c["cfo"] + c["cfi"] + c["cff"]
    cf[2025] = c
    # prior-year cash flows from stated lines
    for y in (2024, 2023):
        p = CF_PRIOR[y]
        i = IS[y]
        c = dict(
            ni=i["ni"],
            dda=DDA[y],
            impair=IMPAIRMENT[y],
            dtax=i["tax_deferred"],
            deriv=-i["deriv"],
            settle=p["settle"],
            accretion=ACCRETION[y],
            sbc=SBC[y],
            gain_sale=-GAIN_SALE[y],
            amort=p["amort"],
            ar=p["ar"],
            inv_prepaid=p["inv"],
            ap_accrued=p["wc"],
            aro_settle=p["aro_settle"],
            other=p["other"],
        )
        c["cfo"] = sum(v for k, v in c.items() if k != "ni") + c["ni"]
        if y == 2024:
            c["capex_og"] = -(cx[("total", y)]["dc"] + cx[("total", y)]["fac"])
            c["leasehold"] = -cx[("total", y)]["lease"]
            c["other_ppe"] = -OTHER_PPE_ADD[y]
        else:
            c["capex_og"] = -CAPEX23
            c["leasehold"] = -LEASEHOLD23
            c["other_ppe"] = -OTHER_PPE23
        c["proceeds"] = p["proceeds"]
        c["cfi"] = c["capex_og"] + c["leasehold"] + c["other_ppe"] + c["proceeds"]
        c.update(
            draw=p["draw"],
            repay=-p["repay"],
            notes=p["notes"],
            buyback=-p["buyback"],
            dividends=-dividends[y],
            withhold=-p["withhold"],
        )
        c["cff"] = c["draw"] + c["repay"] + c["notes"] + c["buyback"] + c["dividends"] + c["withhold"]
        c["change"] = c["cfo"] + c["cfi"] + c["cff"]
        cf[y] = c
    cf[2023]["begin"] = CASH_BEGIN_2023
    cf[2023]["end"] = CASH_BEGIN_2023 + cf[2023]["change"]
    cf[2024]["begin"] = cf[2023]["end"]
    cf[2024]["end"] = cf[2024]["begin"] + cf[2024]["change"]
    cf[2025]["begin"] = cf[2024]["end"]
    cf[2025]["end"] = cf[2025]["begin"] + cf[2025]["change"]
    m["CF"] = cf
    b24["cash"] = cf[2024]["end"]
    b25["cash"] = cf[2025]["end"]
    # totals and retained earnings
    for b in (b24, b25):
        b["tca"] = b["cash"] + b["ar"] + b["deriv_ca"] + b["inventory"] + b["prepaid"]
        b["og_gross"] = b["proved"] + b["unproved"] + b["other_ppe"]
        b["ppe_net"] = b["og_gross"] - b["accum"]
        b["ta"] = b["tca"] + b["ppe_net"] + b["deriv_nca"] + b["rou"] + b["other_nca"]
        b["tcl"] = b["ap"] + b["accrued"] + b["rev_payable"] + b["deriv_cl"] + b["lease_cl"]
        b["notes_total"] = b["notes_2029"] + b["notes_2031"]
        b["ltd"] = b["revolver"] + b["notes_total"] - b["unamort"]
        b["tl"] = b["tcl"] + b["ltd"] + b["aro"] + b["dtl"] + b["deriv_ncl"] + b["lease_ncl"] + b["other_ncl"]
    b24["re"] = b24["ta"] - b24["tl"] - (b24["common"] + b24["apic"] - b24["treasury"])
    b25["re"] = b24["re"] + IS[2025]["ni"] - dividends[2025]
    for b in (b24, b25):
        b["te"] = b["common"] + b["apic"] - b["treasury"] + b["re"]
        b["tle"] = b["tl"] + b["te"]
    m["BS"] = {2024: b24, 2025: b25}
    m["shares_out"] = {2024: SHARES_OUT_24, 2025: SHARES_OUT_24 + SHARES_VESTED - BUYBACK_SHARES}
    # reserves
    res = {"begin": RESERVES_BEGIN}
    res.update(RESERVES)
    t = prod[("total", 2025)]
    res["production"] = (-t["oil"], -t["ngl"], -t["gas"])
    keys = ("begin", "revisions", "extensions", "purchases", "sales", "production")
    res["end"] = tuple(sum(res[k][j] for k in keys) for j in range(3))
    res["pd"] = PROVED_DEVELOPED_END
    res["pud"] = tuple(res["end"][j] - PROVED_DEVELOPED_END[j] for j in range(3))
    res["boe"] = {k: boe(*res[k]) for k in list(keys) + ["end", "pd", "pud"]}
    res["keys"] = keys
    m["res"] = res
    # standardized measure
    sm = {}
    for y, d in SM.items():
        s = dict(d)
        s["fncf"] = d["inflows"] - d["prod"] - d["dev"] - d["tax"]
        s["sm"] = s["fncf"] - d["discount"]
        sm[y] = s
    m["SM"] = sm
    # unit metrics and non-GAAP
    m["unit"] = {
        y: dict(
            loe=F(LOE[y]) / prod[("total", y)]["boe"],
            dda=F(DDA[y]) / prod[("total", y)]["boe"],
            ga=F(GA[y]) / prod[("total", y)]["boe"],
        )
        for y in Y
    }
    ebitdax = {}
    for y in (2025, 2024):
        i = IS[y]
        e = dict(
            ni=i["ni"],
            interest=INTEREST[y],
            tax=i["tax"],
            dda=DDA[y],
            expl=EXPLORATION[y],
            impair=IMPAIRMENT[y],
            accretion=ACCRETION[y],
            deriv=-i["deriv"],
            settle=cf[y]["settle"],
            sbc=SBC[y],
            gain_sale=-GAIN_SALE[y],
        )
        e["total"] = sum(e.values())
        ebitdax[y] = e
    m["ebitdax"] = ebitdax
    b = b25
    m["debt"] = dict(
        principal=b["revolver"] + b["notes_total"], availability=COMMITMENTS - b["revolver"] - LETTERS_OF_CREDIT
    )
    m["wells_total"] = (sum(WELLS[a][0] for a in AREAS), sum(WELLS[a][1] for a in AREAS))
    return m


def check(m=None):
    m = m or build()
    for y, b in m["BS"].items():
        assert b["ta"] == b["tle"], (y, b["ta"], b["tle"])
    for y in Y:
        c = m["CF"][y]
        assert c["end"] - c["begin"] == c["cfo"] + c["cfi"] + c["cff"]
        i = m["IS"][y]
        assert i["tax"] == i["fed_statutory"] + i["state_tax"] + i["other_tax"]
        assert i["tax"] == i["tax_current"] + i["tax_deferred"]
        for p in PRODUCTS:
            assert sum(m["area_rev"][(a, p, y)] for a in AREAS) == REVENUE[p][y]
        t = m["prod"][("total", y)]
        for k in ("oil", "ngl", "gas", "boe"):
            assert sum(m["prod"][(a, y)][k] for a in AREAS) == t[k]
        for a in AREAS:
            assert m["prod"][(a, y)]["gas"] % 6 == 0
    assert m["CF"][2024]["end"] == m["BS"][2024]["cash"]
    assert m["CF"][2025]["end"] == m["BS"][2025]["cash"] > 0
    for y in (2025, 2024):
        for k in ("dc", "fac", "lease", "total"):
            assert sum(m["capex"][(a, y)][k] for a in AREAS) == m["capex"][("total", y)][k]
    # EPS as printed
    for y in Y:
        i = m["IS"][y]
        assert i["eps_basic"] == rnd(F(i["ni"]) / SHARES_BASIC[y], 2)
        assert i["eps_diluted"] == rnd(F(i["ni"]) / SHARES_DILUTED[y], 2)
    # equity roll-forward
    b24, b25 = m["BS"][2024], m["BS"][2025]
    assert b25["te"] - b24["te"] == (m["IS"][2025]["ni"] - m["dividends"][2025] + SBC[2025] - TAX_WITHHOLD - BUYBACK)
    # debt table agrees with balance sheet
    assert b25["ltd"] == m["debt"]["principal"] - b25["unamort"]
    assert m["aro"]["end"] == b25["aro"]
    a = m["aro"]
    assert a["end"] == a["begin"] + a["incurred"] + a["revisions"] + a["accretion"] + a["settled"] + a["sold"]
    # reserves roll-forward foots (every MBoe row is a whole number)
    r = m["res"]
    for j in range(3):
        assert r["end"][j] == sum(r[k][j] for k in r["keys"])
    for k in list(r["keys"]) + ["end", "pd", "pud"]:
        assert r["boe"][k].denominator == 1, k
    assert r["boe"]["end"] == sum(r["boe"][k] for k in r["keys"])
    assert -r["boe"]["production"] == m["prod"][("total", 2025)]["boe"]
    for s in m["SM"].values():
        assert s["sm"] == s["inflows"] - s["prod"] - s["dev"] - s["tax"] - s["discount"]
    for e in m["ebitdax"].values():
        assert e["total"] == sum(v for k, v in e.items() if k != "total")
    return True


if __name__ == "__main__":
    mm = build()
    check(mm)
    for y in Y:
        print(y, {k: mm["IS"][y][k] for k in ("revenue", "op_income", "pretax", "tax", "ni", "eps_basic")})
    for y in (2024, 2025):
        b = mm["BS"][y]
        print(y, "cash", b["cash"], "ta", b["ta"], "re", b["re"], "te", b["te"])
    for y in Y:
        print(y, {k: mm["CF"][y][k] for k in ("cfo", "cfi", "cff", "settle", "begin", "end")})
    print(mm["res"]["end"], mm["res"]["boe"]["end"], mm["ebitdax"][2025]["total"], mm["debt"])
