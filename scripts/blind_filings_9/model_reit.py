"""Financial model for Corrowind Industrial Trust, Inc. (invented industrial/logistics REIT).

Quarterly inputs are stated once; nine-month columns, statements, roll-forwards, FFO,
Core FFO, EBITDAre, NOI and per-share amounts are derived. Amounts in $ thousands
except per-share amounts and square feet; shares and units in thousands.
"""
from fractions import Fraction as F

from kit import rint, rnd

NAME = "Corrowind Industrial Trust, Inc."
OP = "Corrowind Operating Partnership, L.P."
DOC = "CORROWIND_2025Q3_10Q"
Q24 = ["24Q1", "24Q2", "24Q3", "24Q4"]
Q25 = ["25Q1", "25Q2", "25Q3"]
QS = Q24 + Q25


def q(*vals):
    return dict(zip(QS, vals, strict=True))


# ------------------------------------------------------------------ inputs (per quarter)
RENT = q(98412, 100856, 103274, 105918, 109633, 113402, 117865)
OTHER_REV = q(612, 588, 641, 655, 702, 689, 734)
PROP_OP = q(12804, 12356, 13102, 13640, 14215, 13870, 14606)
RE_TAX = q(14210, 14388, 14702, 14935, 15618, 15904, 16312)
DA = q(41305, 42118, 43290, 44612, 45876, 47230, 48914)
CORP_DEP = q(188, 192, 196, 201, 198, 202, 210)        # non-real-estate depreciation inside DA
GA = q(8912, 8604, 8455, 8790, 9340, 9118, 9402)
TRANS = q(212, 348, 186, 402, 524, 615, 1208)
IMPAIR = q(0, 0, 4120, 0, 0, 0, 0)
INTEXP = q(18642, 18920, 19408, 19860, 20112, 21046, 22308)
INTINC = q(402, 388, 356, 341, 318, 296, 412)
GAIN = q(0, 8614, 0, 0, 0, 0, 12476)
LOSS_EXT = q(0, 0, 0, 0, 0, 1184, 0)
SBC = q(2104, 2188, 2215, 2242, 2281, 2296, 2310)
W_BASIC = q(119870, 120640, 121930, 124210, 126560, 128930, 130410)
W_INCR = q(372, 388, 401, 415, 420, 432, 441)     # unvested restricted stock (dilutive)
OP_UNITS = 3252
SH_OUT_2023 = 119640
SH_ISSUED = q(420, 1210, 1580, 2950, 1640, 2380, 1150)
ISS_PROCEEDS = q(16044, 47311, 64148, 121835, 69044, 99484, 49910)
DPS = {"24": F(375, 1000), "25": F(395, 1000)}
OCI_UNREAL = q(-1204, 2386, -4918, 3602, -2140, -1518, -962)
OCI_RECLASS = q(-1120, -1092, -1064, -1030, -842, -806, -790)

# equity at December 31, 2023
APIC_2023 = 3512480
CUMDIST_2023 = -612340
AOCI_2023 = 14206
NCI_2023 = 68410

# balance sheet December 31, 2024 and Sep 30, 2025 inputs
LAND_24, BLDG_24, CIP_24, AD_24 = 1284560, 4012880, 86420, 612904
CASH_24, RCASH_24 = 28412, 3106
RCASH_25 = 2980
TENANT_AR = {"24": 9884, "25": 11206}
DEFRENT_24 = 78312
INTANG_A_24 = 142608
ROU = {"24": 21450, "25": 20980}
OTHER_ASSETS = {"24": 44216, "25": 46870}
DEPOSITS = {"24": 24180, "25": 26310}
INTANG_L_24 = 58910
LEASE_LIAB = {"24": 23804, "25": 23450}
AP_25 = 88000

# 2025 activity
ACQ = [("Ferrisport Logistics Center", "Ferrisport", "February 2025", 612000, 78450),
       ("Calloway Basin Distribution Park (2 buildings)", "Calloway Basin", "May 2025", 1104000, 142300),
       ("Northvane Crossdock", "Northvane Corridor", "August 2025", 286500, 61750)]
ALLOC = [("Land", 68940), ("Buildings and improvements", 192310),
         ("Intangible lease assets", 29880), ("Intangible lease liabilities", -8630)]
DISP = dict(name="Eastmarch Flex Center", proceeds=41380, land=6210, bldg=31480, ad=8786, sf=318400)
DEV_SPEND, CAPEX_SPEND, PLACED = 128840, 24610, 71200
INTANG_AMORT_25 = 22770          # in DA (in-place lease amortisation)
BELOW_MKT_AMORT_25 = 6420        # increases rental revenue (non-cash)
STRAIGHT_LINE_25 = 8638          # increase in deferred rent receivable
TENANT_AR_CHG = None

# debt: (category, name, rate, maturity, principal Dec 24, principal Sep 25)
REVOLVER = dict(cap=1000000, dec24=96000, draws=150000, repay=218000, lc=3240, maturity="2029",
                rate="SOFR + 0.85%")
DEBT = [
    ("Term loans", "Term Loan A", "SOFR + 0.95% (a)", "2027", 200000, 200000),
    ("Term loans", "Term Loan B", "SOFR + 1.00% (a)", "2028", 200000, 200000),
    ("Senior notes", "Senior notes", "3.10%", "2027", 300000, 300000),
    ("Senior notes", "Senior notes", "2.85%", "2029", 400000, 400000),
    ("Senior notes", "Senior notes", "3.45%", "2031", 400000, 400000),
    ("Senior notes", "Senior notes", "5.30%", "2035", 0, 350000),
    ("Mortgage notes", "Quayhollow Portfolio mortgage", "4.35%", "2026", 84600, 0),
    ("Mortgage notes", "Tessaline Gateway mortgage", "3.92%", "2028", 72410, 71288),
    ("Mortgage notes", "Marrowind Commerce Park mortgage", "4.75%", "2030", 59920, 59125),
]
UNAMORT = {"Term loans": (2130, 1690), "Senior notes": (8120, 10980), "Mortgage notes": (2550, 1240)}
DEBT_COSTS_PAID = 3320
PREPAY_PENALTY = 164
WRITEOFF = 1020
DEBT_FV = {"fixed_carrying": None, "fv25": 1486240, "fv24": 1198770}
SWAP_NOTIONAL, SWAP_FV = 400000, {"25": 6842, "24": 10590}
PRO_FORMA_ADJ = 412

# markets (Sep 30, 2025)
MARKETS = [("Ferrisport", 34, 7842300, F(978, 1000), 22106),
           ("Calloway Basin", 29, 6915600, F(964, 1000), 18842),
           ("Marrowind Valley", 26, 5604800, F(951, 1000), 14317),
           ("Tessaline Coast", 21, 4388200, F(986, 1000), 13908),
           ("Northvane Corridor", 18, 4120900, F(942, 1000), 10966),
           ("Quayhollow", 14, 3090600, F(937, 1000), None)]   # NOI derived
OCC_HIST = {"Sep 30, 2025": None, "Jun 30, 2025": F(960, 1000), "Dec 31, 2024": F(968, 1000),
            "Sep 30, 2024": F(971, 1000)}
LEASED_PCT = F(971, 1000)

SAME_PROP = dict(props=128, sf=27918400,
                 q=dict(rev25=102846, rev24=99180, exp25=26412, exp24=25706),
                 n=dict(rev25=304118, rev24=293540, exp25=78342, exp24=76218))
CASH_SP_GROWTH = "4.6%"
LEASING = {  # (Q3 2025, 9M 2025)
    "new_sf": (1184300, 3026800), "ren_sf": (2406900, 6118400),
    "new_cash": (F(386, 1000), F(412, 1000)), "ren_cash": (F(274, 1000), F(298, 1000)),
    "new_gaap": (F(551, 1000), F(583, 1000)), "ren_gaap": (F(419, 1000), F(446, 1000)),
    "new_term": (F(58, 10), F(61, 10)), "ren_term": (F(42, 10), F(44, 10)),
    "retention": (F(784, 1000), F(801, 1000)),
}
MIN_RENTS = [("Remainder of 2025", 101420), ("2026", 396880), ("2027", 358210), ("2028", 312640),
             ("2029", 261930), ("Thereafter", 824560)]

INTANG_GROSS = {"A": (268410, 238530), "L": (91240, 82610)}
SUPP = [("Cash paid for interest, net of capitalized interest", (58214, 54102)),
        ("Capitalized interest", (4186, 3412)),
        ("Accrued development and capital expenditures", (18940, 15206)),
        ("Dividends and distributions declared but not paid", (None, None))]
DEV = [("Ferrisport Gateway Building C", "Ferrisport", 512000, 61800, 38420, F(45, 100), "Q1 2026"),
       ("Calloway Basin Logistics 7", "Calloway Basin", 618000, 74300, 29650, F(0), "Q2 2026"),
       ("Tessaline Port Annex", "Tessaline Coast", 236000, 33900, 24180, F(1), "Q4 2025"),
       ("Northvane Crossdock II", "Northvane Corridor", 244000, 31200, 12550, F(0), "Q3 2026")]
EXPIRATIONS = [("Remainder of 2025", 21, 742300, F(24, 1000)), ("2026", 88, 3618400, F(118, 1000)),
               ("2027", 97, 4102600, F(134, 1000)), ("2028", 84, 3844100, F(127, 1000)),
               ("2029", 79, 3511800, F(119, 1000)), ("2030 and thereafter", 231, 14960700, F(478, 1000))]

# 2024 nine-month cash-flow inputs (2025 is derived from the balance sheets)
CF24_IN = dict(straight=-7910, intang=-5980, fincost=1480, tenant=-1212, other_assets=-2604,
               ap=10288, deposits=1406, acq=-104600, dev=-81320, disp=28940, rev_draw=186000,
               rev_repay=-158000, notes=0, mort=-1842, costs=0)
CASHR_SEP24 = 31650
CASHR_DEC23 = 26884


# ------------------------------------------------------------------ derivations
def build():
    m = {}
    per = {"Q3_25": ["25Q3"], "Q3_24": ["24Q3"], "9M_25": Q25, "9M_24": Q24[:3],
           "Q1_25": ["25Q1"], "Q2_25": ["25Q2"], "Q4_24": ["24Q4"], "H1_25": ["25Q1", "25Q2"]}
    m["per"] = per

    def s(d, p):
        return sum(d[x] for x in per[p])

    P = {}
    qni = {}
    for x in QS:
        rev = RENT[x] + OTHER_REV[x]
        exp = PROP_OP[x] + RE_TAX[x] + DA[x] + GA[x] + TRANS[x] + IMPAIR[x]
        qni[x] = rev - exp - INTEXP[x] + INTINC[x] + GAIN[x] - LOSS_EXT[x]
    frac = {x: F(OP_UNITS, W_BASIC[x] + OP_UNITS) for x in QS}
    qnci = {x: rint(qni[x] * frac[x]) for x in QS}
    qoci = {x: OCI_UNREAL[x] + OCI_RECLASS[x] for x in QS}
    qoci_nci = {x: rint(qoci[x] * frac[x]) for x in QS}
    for p in per:
        d = {}
        d["rent"], d["other"] = s(RENT, p), s(OTHER_REV, p)
        d["rev"] = d["rent"] + d["other"]
        for k, src in (("propop", PROP_OP), ("retax", RE_TAX), ("da", DA), ("ga", GA), ("trans", TRANS),
                       ("impair", IMPAIR), ("int", INTEXP), ("intinc", INTINC), ("gain", GAIN),
                       ("lossext", LOSS_EXT), ("sbc", SBC), ("corpdep", CORP_DEP)):
            d[k] = s(src, p)
        d["exp"] = d["propop"] + d["retax"] + d["da"] + d["ga"] + d["trans"] + d["impair"]
        d["opinc"] = d["rev"] - d["exp"]
        d["ni"] = d["opinc"] - d["int"] + d["intinc"] + d["gain"] - d["lossext"]
        assert d["ni"] == s(qni, p)
        d["nci"] = s(qnci, p)
        d["ni_c"] = d["ni"] - d["nci"]
        n = len(per[p])
        d["wb"] = rint(F(s(W_BASIC, p), n))
        d["wd"] = d["wb"] + rint(F(s(W_INCR, p), n))
        d["eps_b"] = rnd(F(d["ni_c"], d["wb"]) / 1000 * 1000, 2)
        d["eps_d"] = rnd(F(d["ni_c"], d["wd"]), 2)
        d["oci_unreal"], d["oci_reclass"] = s(OCI_UNREAL, p), s(OCI_RECLASS, p)
        d["oci"] = d["oci_unreal"] + d["oci_reclass"]
        d["ci"] = d["ni"] + d["oci"]
        d["ci_nci"] = d["nci"] + s(qoci_nci, p)
        d["ci_c"] = d["ci"] - d["ci_nci"]
        # NOI
        d["noi"] = d["rent"] - d["propop"] - d["retax"]
        # FFO / Core FFO (Nareit)
        d["re_da"] = d["da"] - d["corpdep"]
        d["ffo"] = d["ni"] + d["re_da"] + d["impair"] - d["gain"]
        d["ffo_c"] = d["ffo"]          # attributable to common stockholders and unitholders
        d["core"] = d["ffo"] + d["trans"] + d["lossext"]
        d["ffo_sh"] = d["wd"] + OP_UNITS
        d["ffo_ps"] = rnd(F(d["ffo"], d["ffo_sh"]), 2)
        d["core_ps"] = rnd(F(d["core"], d["ffo_sh"]), 2)
        # EBITDAre
        d["ebitdare"] = d["ni"] + d["int"] + d["da"] + d["impair"] - d["gain"]
        P[p] = d
    m["P"] = P
    m["qni"], m["qnci"] = qni, qnci

    # dividends
    sh_end, sh = {}, SH_OUT_2023
    for x in QS:
        sh += SH_ISSUED[x]
        sh_end[x] = sh
    dps = {x: DPS[x[:2]] for x in QS}
    div = {x: rint(dps[x] * sh_end[x]) for x in QS}
    dist = {x: rint(dps[x] * OP_UNITS) for x in QS}
    m.update(sh_end=sh_end, div=div, dist=dist, dps=dps)

    # equity roll-forward by quarter
    E = {"23Q4": dict(sh=SH_OUT_2023, cs=rint(F(SH_OUT_2023, 100)), apic=APIC_2023, cum=CUMDIST_2023,
                      aoci=AOCI_2023, nci=NCI_2023)}
    prev = "23Q4"
    flows = {}
    for x in QS:
        e0 = E[prev]
        sh1 = e0["sh"] + SH_ISSUED[x]
        cs1 = rint(F(sh1, 100))
        fl = dict(sh_iss=SH_ISSUED[x], cs_iss=cs1 - e0["cs"], apic_iss=ISS_PROCEEDS[x] - (cs1 - e0["cs"]),
                  sbc=SBC[x], ni_c=qni[x] - qnci[x], nci_ni=qnci[x], oci_c=qoci[x] - qoci_nci[x],
                  oci_nci=qoci_nci[x], div=div[x], dist=dist[x])
        flows[x] = fl
        E[x] = dict(sh=sh1, cs=cs1, apic=e0["apic"] + fl["apic_iss"] + SBC[x],
                    cum=e0["cum"] + fl["ni_c"] - div[x], aoci=e0["aoci"] + fl["oci_c"],
                    nci=e0["nci"] + qnci[x] + qoci_nci[x] - dist[x])
        prev = x
    for e in E.values():
        e["se"] = e["cs"] + e["apic"] + e["cum"] + e["aoci"]
        e["te"] = e["se"] + e["nci"]
    m["E"], m["EF"] = E, flows

    # debt
    cats = ["Term loans", "Senior notes", "Mortgage notes"]
    prin = {c: (sum(d[4] for d in DEBT if d[0] == c), sum(d[5] for d in DEBT if d[0] == c)) for c in cats}
    net = {c: (prin[c][0] - UNAMORT[c][0], prin[c][1] - UNAMORT[c][1]) for c in cats}
    rev25 = REVOLVER["dec24"] + REVOLVER["draws"] - REVOLVER["repay"]
    tot_prin = (REVOLVER["dec24"] + sum(v[0] for v in prin.values()), rev25 + sum(v[1] for v in prin.values()))
    unam = (sum(v[0] for v in UNAMORT.values()), sum(v[1] for v in UNAMORT.values()))
    amort = DEBT_COSTS_PAID - WRITEOFF - (unam[1] - unam[0])
    notes_iss = sum(d[5] - d[4] for d in DEBT if d[0] == "Senior notes")
    mort_repay = sum(d[4] - d[5] for d in DEBT if d[0] == "Mortgage notes")
    unsecured = (tot_prin[0] - prin["Mortgage notes"][0], tot_prin[1] - prin["Mortgage notes"][1])
    m["D"] = dict(prin=prin, net=net, rev=(REVOLVER["dec24"], rev25), tot_prin=tot_prin, unam=unam,
                  amort=amort, notes_iss=notes_iss, mort_repay=mort_repay, unsecured=unsecured,
                  tot_net=(tot_prin[0] - unam[0], tot_prin[1] - unam[1]),
                  rev_avail=REVOLVER["cap"] - rev25 - REVOLVER["lc"])

    # real estate roll
    alloc = dict(ALLOC)
    acq_total = sum(a[4] for a in ACQ)
    assert acq_total == sum(alloc.values())
    p9 = P["9M_25"]
    bldg_dep = p9["da"] - INTANG_AMORT_25 - p9["corpdep"]
    land25 = LAND_24 + alloc["Land"] - DISP["land"]
    bldg25 = BLDG_24 + alloc["Buildings and improvements"] + CAPEX_SPEND + PLACED - DISP["bldg"]
    cip25 = CIP_24 + DEV_SPEND - PLACED
    ad25 = AD_24 + bldg_dep - DISP["ad"]
    intA25 = INTANG_A_24 + alloc["Intangible lease assets"] - INTANG_AMORT_25
    intL25 = INTANG_L_24 - alloc["Intangible lease liabilities"] - BELOW_MKT_AMORT_25
    defrent25 = DEFRENT_24 + STRAIGHT_LINE_25
    gain_calc = DISP["proceeds"] - (DISP["land"] + DISP["bldg"] - DISP["ad"])
    m["RE"] = dict(acq_total=acq_total, bldg_dep=bldg_dep, gain_calc=gain_calc,
                   acq_sf=sum(a[3] for a in ACQ))

    # balance sheets
    B = {}
    e24, e25 = E["24Q4"], E["25Q3"]
    for k, (land, bldg, cip, ad, intA, intL, defrent) in {
            "24": (LAND_24, BLDG_24, CIP_24, AD_24, INTANG_A_24, INTANG_L_24, DEFRENT_24),
            "25": (land25, bldg25, cip25, ad25, intA25, intL25, defrent25)}.items():
        b = dict(land=land, bldg=bldg, cip=cip, ad=ad, intA=intA, intL=intL, defrent=defrent)
        b["re_gross"] = land + bldg + cip
        b["re_net"] = b["re_gross"] - ad
        i = 0 if k == "24" else 1
        b["rev"] = m["D"]["rev"][i]
        b["tl"], b["sn"], b["mn"] = (net["Term loans"][i], net["Senior notes"][i], net["Mortgage notes"][i])
        b["deposits"], b["lease"] = DEPOSITS[k], LEASE_LIAB[k]
        qd = "24Q4" if k == "24" else "25Q3"
        b["divpay"] = div[qd] + dist[qd]
        e = e24 if k == "24" else e25
        b.update(cs=e["cs"], apic=e["apic"], cum=e["cum"], aoci=e["aoci"], se=e["se"], nci=e["nci"],
                 te=e["te"], sh=e["sh"])
        b["tenant"], b["rou"], b["other"] = TENANT_AR[k], ROU[k], OTHER_ASSETS[k]
        if k == "24":
            b["cash"], b["rcash"] = CASH_24, RCASH_24
            b["ta"] = (b["re_net"] + b["cash"] + b["rcash"] + b["tenant"] + b["defrent"] + b["intA"] +
                       b["rou"] + b["other"])
            b["ap"] = b["ta"] - b["te"] - (b["rev"] + b["tl"] + b["sn"] + b["mn"] + b["deposits"] +
                                          b["intL"] + b["lease"] + b["divpay"])
        else:
            b["ap"], b["rcash"] = AP_25, RCASH_25
            b["tl_"] = None
            liab = (b["rev"] + b["tl"] + b["sn"] + b["mn"] + b["ap"] + b["deposits"] + b["intL"] +
                    b["lease"] + b["divpay"])
            noncash = (b["re_net"] + b["rcash"] + b["tenant"] + b["defrent"] + b["intA"] + b["rou"] +
                       b["other"])
            b["cash"] = liab + b["te"] - noncash
            b["ta"] = noncash + b["cash"]
        b["tliab"] = (b["rev"] + b["tl"] + b["sn"] + b["mn"] + b["ap"] + b["deposits"] + b["intL"] +
                      b["lease"] + b["divpay"])
        b["tle"] = b["tliab"] + b["te"]
        B[k] = b
    m["B"] = B

    # cash flows (nine months)
    b0, b1 = B["24"], B["25"]
    c = {}
    c["ni"], c["da"] = p9["ni"], p9["da"]
    c["intang"] = -BELOW_MKT_AMORT_25
    c["straight"] = -(b1["defrent"] - b0["defrent"])
    c["fincost"] = m["D"]["amort"]
    c["sbc"], c["gain"], c["lossext"], c["impair"] = p9["sbc"], -p9["gain"], p9["lossext"], p9["impair"]
    c["tenant"] = -(b1["tenant"] - b0["tenant"])
    c["ap"] = b1["ap"] - b0["ap"]
    c["deposits"] = b1["deposits"] - b0["deposits"]
    c["acq"], c["dev"], c["disp"] = -acq_total, -(DEV_SPEND + CAPEX_SPEND), DISP["proceeds"]
    c["inv"] = c["acq"] + c["dev"] + c["disp"]
    c["rev_draw"], c["rev_repay"] = REVOLVER["draws"], -REVOLVER["repay"]
    c["notes"], c["mort"] = m["D"]["notes_iss"], -m["D"]["mort_repay"]
    c["costs"] = -(DEBT_COSTS_PAID + PREPAY_PENALTY)
    c["equity"] = sum(ISS_PROCEEDS[x] for x in Q25)
    c["div"] = -(div["24Q4"] + div["25Q1"] + div["25Q2"])
    c["dist"] = -(dist["24Q4"] + dist["25Q1"] + dist["25Q2"])
    c["fin"] = (c["rev_draw"] + c["rev_repay"] + c["notes"] + c["mort"] + c["costs"] + c["equity"] +
                c["div"] + c["dist"])
    c["beg"] = b0["cash"] + b0["rcash"]
    c["end"] = b1["cash"] + b1["rcash"]
    known = (c["ni"] + c["da"] + c["intang"] + c["straight"] + c["fincost"] + c["sbc"] + c["gain"] +
             c["lossext"] + c["impair"] + c["tenant"] + c["ap"] + c["deposits"])
    c["other_assets"] = (c["end"] - c["beg"]) - c["inv"] - c["fin"] - known
    c["cfo"] = known + c["other_assets"]
    c["net"] = c["cfo"] + c["inv"] + c["fin"]
    # 2024
    p24 = P["9M_24"]
    d = dict(CF24_IN)
    d.update(ni=p24["ni"], da=p24["da"], sbc=p24["sbc"], gain=-p24["gain"], lossext=p24["lossext"],
             impair=p24["impair"], equity=sum(ISS_PROCEEDS[x] for x in Q24[:3]),
             div=-(rint(DPS["24"] * 0) + 0), dist=0)
    # dividends paid in 9M 2024: Q4 2023 declaration (on 2023 year-end shares) + Q1, Q2 2024
    d["div"] = -(rint(F(36, 100) * SH_OUT_2023) + div["24Q1"] + div["24Q2"])
    d["dist"] = -(rint(F(36, 100) * OP_UNITS) + dist["24Q1"] + dist["24Q2"])
    d["inv"] = d["acq"] + d["dev"] + d["disp"]
    d["fin"] = (d["rev_draw"] + d["rev_repay"] + d["notes"] + d["mort"] + d["costs"] + d["equity"] +
                d["div"] + d["dist"])
    d["beg"], d["end"] = CASHR_DEC23, CASHR_SEP24
    known = (d["ni"] + d["da"] + d["intang"] + d["straight"] + d["fincost"] + d["sbc"] + d["gain"] +
             d["lossext"] + d["impair"] + d["tenant"] + d["ap"] + d["deposits"])
    d["other_assets"] = (d["end"] - d["beg"]) - d["inv"] - d["fin"] - known
    d["cfo"] = known + d["other_assets"]
    d["net"] = d["cfo"] + d["inv"] + d["fin"]
    m["CF"] = {"25": c, "24": d}

    # markets / occupancy
    q3noi = P["Q3_25"]["noi"]
    mk = []
    for name, n, sf, occ, noi in MARKETS:
        mk.append([name, n, sf, occ, noi])
    mk[-1][4] = q3noi - sum(x[4] for x in mk[:-1])
    m["MK"] = mk
    m["MK_TOT"] = (sum(x[1] for x in mk), sum(x[2] for x in mk))
    occ = rnd(F(sum(x[2] * x[3] for x in mk), m["MK_TOT"][1]), 3)
    m["OCC"] = dict(OCC_HIST)
    m["OCC"]["Sep 30, 2025"] = occ

    # same property
    sp = {}
    for per_k in ("q", "n"):
        v = SAME_PROP[per_k]
        sp[per_k] = dict(v, noi25=v["rev25"] - v["exp25"], noi24=v["rev24"] - v["exp24"])
        pp = P["Q3_25" if per_k == "q" else "9M_25"]["noi"], P["Q3_24" if per_k == "q" else "9M_24"]["noi"]
        sp[per_k]["other25"] = pp[0] - sp[per_k]["noi25"]
        sp[per_k]["other24"] = pp[1] - sp[per_k]["noi24"]
        sp[per_k]["chg"] = F(sp[per_k]["noi25"] - sp[per_k]["noi24"], sp[per_k]["noi24"])
    m["SP"] = sp

    # EBITDAre and leverage (Q3 2025)
    q3 = P["Q3_25"]
    adj = q3["ebitdare"] + q3["trans"] + q3["sbc"] + q3["lossext"] + PRO_FORMA_ADJ
    ann = adj * 4
    netdebt = m["D"]["tot_prin"][1] - B["25"]["cash"]
    m["LEV"] = dict(adj=adj, ann=ann, netdebt=netdebt, ratio=rnd(F(netdebt, ann), 1),
                    ratio_exact=F(netdebt, ann))
    m["LIQ"] = dict(total=B["25"]["cash"] + m["D"]["rev_avail"])
    m["ATM"] = dict(shares=sum(SH_ISSUED[x] for x in Q25), proceeds=sum(ISS_PROCEEDS[x] for x in Q25))
    m["MINRENT_TOT"] = sum(v for _, v in MIN_RENTS)
    SUPP[3] = (SUPP[3][0], (B["25"]["divpay"], div["24Q3"] + dist["24Q3"]))
    return m


M = build()


def check(m=M):
    P, B, E = m["P"], m["B"], m["E"]
    for k in ("24", "25"):
        b = B[k]
        assert b["ta"] == b["tle"], k
        assert b["ap"] > 50000, b["ap"]
        assert b["te"] == E["24Q4" if k == "24" else "25Q3"]["te"]
    assert 20000 < B["25"]["cash"] < 60000, B["25"]["cash"]
    for d in P.values():
        assert d["ni"] == d["rev"] - d["exp"] - d["int"] + d["intinc"] + d["gain"] - d["lossext"]
        assert d["ni_c"] + d["nci"] == d["ni"]
        assert d["eps_d"] == rnd(F(d["ni_c"], d["wd"]), 2)
        # NOI reconciliation from net income
        assert (d["ni"] + d["ga"] + d["da"] + d["trans"] + d["impair"] + d["int"] + d["lossext"] -
                d["gain"] - d["intinc"] - d["other"]) == d["noi"]
        assert d["ffo"] == d["ni"] + d["re_da"] + d["impair"] - d["gain"]
    for a, b_, c_ in (("9M_25", "H1_25", "Q3_25"),):
        for key in ("rev", "ni", "rent", "ffo"):
            assert P[a][key] == P[b_][key] + P[c_][key]
    for kk in ("25", "24"):
        c = m["CF"][kk]
        assert c["cfo"] + c["inv"] + c["fin"] == c["end"] - c["beg"]
        assert abs(c["other_assets"]) < 12000, (kk, c["other_assets"])
    assert m["CF"]["25"]["end"] == B["25"]["cash"] + B["25"]["rcash"]
    assert m["RE"]["gain_calc"] == P["Q3_25"]["gain"]
    assert sum(x[4] for x in m["MK"]) == P["Q3_25"]["noi"] and m["MK"][-1][4] > 0
    assert m["MK_TOT"][0] == 142
    D = m["D"]
    for i in (0, 1):
        b = B["24" if i == 0 else "25"]
        assert b["rev"] + b["tl"] + b["sn"] + b["mn"] == D["tot_net"][i]
    assert m["CF"]["25"]["equity"] == m["ATM"]["proceeds"]
    assert 4 < m["LEV"]["ratio"] < 8, m["LEV"]
    for p in ("Q3_25", "9M_25"):
        sp = m["SP"]["q" if p == "Q3_25" else "n"]
        assert sp["noi25"] + sp["other25"] == P[p]["noi"]
    # equity roll (9M 2025) closes
    e0, e1 = E["24Q4"], E["25Q3"]
    f = m["EF"]
    assert e1["te"] == e0["te"] + sum(f[x]["ni_c"] + f[x]["nci_ni"] + f[x]["oci_c"] + f[x]["oci_nci"] +
                                      ISS_PROCEEDS[x] + SBC[x] - f[x]["div"] - f[x]["dist"] for x in Q25)
    assert sum(x[3] for x in EXPIRATIONS) == 1
    assert INTANG_GROSS["A"][0] - INTANG_GROSS["A"][1] == dict(ALLOC)["Intangible lease assets"]
    assert INTANG_GROSS["L"][0] - INTANG_GROSS["L"][1] == -dict(ALLOC)["Intangible lease liabilities"]
    return True


if __name__ == "__main__":
    check()
    import pprint
    pprint.pprint({k: M["P"][k] for k in ("Q3_25", "Q3_24", "9M_25")})
    pprint.pprint(M["B"])
    pprint.pprint(M["CF"])
    pprint.pprint(M["LEV"])
    print("OK")
