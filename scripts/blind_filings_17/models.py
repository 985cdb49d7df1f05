"""Every input of the two invented filings stated once; everything else derived with exact integer / Fraction
arithmetic.

Specialty-chemicals 10-K (``k``): tenths of a million dollars as integers (printed in millions with one decimal),
share counts in tenths of a million, calendar years 2025, 2024 and 2023.  Industrial REIT 10-Q (``r``): thousands
of dollars, share counts in thousands, property data in square feet; the three and six months ended June 30, 2025
and 2024.  ``check()`` asserts the tie-outs."""

from fractions import Fraction as F

from kit import rnd

Y = (2025, 2024, 2023)
SEGS = ("SS", "PI")
GEOS = ("US", "EU", "AP", "RW")


def y3(a, b, c):
    return {2025: a, 2024: b, 2023: c}


def chem():
    k = {}
    k["seg_names"] = {"SS": "Surface Solutions", "PI": "Performance Intermediates"}
    k["sales_seg"] = {"SS": y3(24815, 23906, 24388), "PI": y3(17342, 17611, 18954)}
    k["cogs_seg"] = {"SS": y3(15402, 15088, 15627), "PI": y3(12914, 13296, 14011)}  # FIFO basis
    k["sga_seg"] = {"SS": y3(3318, 3205, 3174), "PI": y3(1402, 1389, 1417)}
    k["rd_seg"] = {"SS": y3(842, 806, 779), "PI": y3(388, 371, 362)}
    k["dep_seg"] = {"SS": y3(912, 874, 836), "PI": y3(634, 621, 604)}  # corporate depreciation derived
    k["capex_seg"] = {"SS": y3(1046, 962, 918), "PI": y3(688, 705, 689)}  # corporate capital spending derived
    k["corp"] = y3(1046, 987, 958)  # unallocated corporate expense (in SG&A)
    k["lifo"] = y3(38, -52, 121)  # LIFO charge (benefit), in cost of goods sold
    k["integ"] = y3(31, 64, 0)  # acquisition and integration costs, in SG&A
    k["amort"] = y3(1187, 1142, 1098)
    k["restr"] = y3(264, 418, 0)
    k["intx"] = y3(1482, 1395, 1318)  # interest expense, net
    k["oth"] = y3(87, -46, 112)  # other expense (income), net
    k["tax"] = y3(842, 731, 1012)
    k["pti_us"] = y3(2118, 1872, 2506)
    k["tax_fed"] = y3(392, 301, 447)
    k["tax_state"] = y3(71, 58, 86)
    k["tax_forn"] = y3(364, 389, 402)
    k["rr"] = {"state": y3(58, 47, 69), "forn": y3(12, -12, 38), "credit": y3(-36, -41, -31),
               "gilti": y3(22, 19, 27), "restr": y3(14, 21, 0)}
    k["sh_basic"] = y3(1179, 1203, 1226)  # tenths of a million
    k["sh_dil_eff"] = y3(9, 8, 11)
    k["antidil"] = y3(14, 21, 9)
    k["dps"] = y3(F("1.08"), F("1.04"), F("1.00"))
    k["dep"] = y3(1624, 1571, 1508)
    k["sbc"] = y3(142, 131, 124)
    k["dca"] = y3(19, 18, 17)  # amortization of debt discount and issuance costs
    k["pen"] = {"svc": y3(186, 178, 171), "int": y3(712, 698, 726), "ret": y3(-804, -781, -755),
                "amort": y3(41, 58, 34)}
    k["pen_contrib"] = y3(262, 240, 255)
    k["pen_oci"] = y3(318, -146, 204)  # pension and postretirement adjustments in OCI (gain positive)
    k["cta"] = y3(512, -398, 221)
    k["wc_names"] = ("ar", "inv", "prep", "ap", "accr", "taxp", "other")
    k["wc"] = {2025: dict(ar=-214, inv=-186, prep=38, ap=167, accr=91, taxp=-35, other=-22),
               2024: dict(ar=126, inv=204, prep=-51, ap=-138, accr=62, taxp=-48, other=31),
               2023: dict(ar=-188, inv=-312, prep=22, ap=95, accr=-41, taxp=37, other=-18)}
    k["acq"] = y3(0, 2386, 0)
    k["cp_net"] = y3(350, -210, 180)
    k["debt_proc"] = y3(4459, 2500, 0)
    k["debt_repay"] = y3(3500, 5000, 0)
    k["div"] = y3(1272, 1251, 1226)
    k["buyback"] = y3(1650, 1204, 1512)
    k["sh_rep"] = y3(34, 26, 33)  # tenths of a million shares
    k["sh_iss"] = y3(5, 4, 6)
    k["sh_out22"] = 1241
    k["opt"] = y3(96, 71, 88)
    k["wh"] = y3(41, 38, 36)
    k["fx_cash"] = y3(87, -64, 41)
    k["geo"] = {"US": y3(17206, 16752, 17310), "EU": y3(11384, 11506, 12226), "AP": y3(8927, 8614, 8931)}
    k["geo_names"] = {"US": "United States", "EU": "Europe, Middle East and Africa", "AP": "Asia Pacific",
                      "RW": "Canada and Latin America"}
    # price / volume bridge, percent with one decimal (currency derived as the residual of the printed change)
    k["bridge"] = {2025: {"SS": dict(vol=F("0.9"), price=F("1.2"), acq=F("1.3")),
                          "PI": dict(vol=F("-1.8"), price=F("-0.9"), acq=F(0)),
                          "TOT": dict(vol=F("-0.2"), price=F("0.3"), acq=F("0.7"))},
                   2024: {"SS": dict(vol=F("-3.1"), price=F("-0.4"), acq=F("2.3")),
                          "PI": dict(vol=F("-4.8"), price=F("-2.0"), acq=F(0)),
                          "TOT": dict(vol=F("-3.8"), price=F("-1.1"), acq=F("1.3"))}}
    b24 = dict(cash=6128, ar=5742, inv=6315, prep=1104, rou=1422, intang=13455, oth_a=1267, cp=850, ap=3918,
               accr=2646, taxp=284, lease=1203, dtl=3412, oth_l=986, apic=21306, treas=-12846, aoci=-3418)
    k["ppe24"] = dict(land=1486, bldg=9872, mach=28406, cip=2318)
    k["accdep24"] = 22470
    k["ppe_add25"] = dict(land=12, bldg=318, mach=1236)  # construction in progress derived from capex
    k["retire25"] = 214  # fully depreciated machinery retired in 2025
    k["intang_gross"] = dict(cust=14880, tech=6210, trade=2240)
    k["gw23"] = {"SS": 14512, "PI": 8988}
    k["gw_acq"] = {2024: {"SS": 2124, "PI": 0}, 2025: {"SS": 0, "PI": 0}}
    k["gw_fx"] = {2024: {"SS": -252, "PI": -76}, 2025: {"SS": 214, "PI": 96}}
    k["rou_d"] = 96
    k["inv_comp"] = {2025: dict(rm=2418, wip=896, sup=402), 2024: dict(rm=2306, wip=871, sup=388)}
    k["lifo24"] = 486
    k["lifo_share"] = 41  # percent of inventories on LIFO (prose)
    k["pbo"] = {2025: 16407, 2024: 16842}
    k["pen_liab24"] = 2323
    k["disc_rate"] = {2025: F("5.45"), 2024: F("5.20")}
    # debt: (label, coupon text, principal 2025, principal 2024), tenths of a million
    k["notes"] = [("1.90% Senior Notes due September 2025", 0, 3000),
                  ("3.45% Senior Notes due March 2026", 4000, 4000),
                  ("Term loan due June 2028 (floating rate)", 2000, 2500),
                  ("4.875% Senior Notes due May 2030", 5000, 5000),
                  ("2.60% Senior Notes due November 2031", 3500, 3500),
                  ("5.95% Senior Notes due March 2035", 4500, 0),
                  ("6.25% Debentures due August 2045", 2500, 2500)]
    k["coupons"] = [F("1.90"), F("3.45"), None, F("4.875"), F("2.60"), F("5.95"), F("6.25")]
    k["unamort24"] = 118
    k["issue_cost25"] = 41
    k["mat"] = {2026: 4000, 2027: 0, 2028: 2000, 2029: 0, 2030: 5000}  # thereafter derived
    k["rev_cap"], k["cp_cap"], k["loc"] = 10000, 7500, 146  # revolver, CP program, letters of credit
    k["cp_rate"] = F("4.62")
    k["oblig"] = {"int": (935, 1612, 1418, 2960), "lease": (231, 398, 286, 341), "purch": (1846, 1204, 388, 0),
                  "pen": (240, 0, 0, 0)}  # 2026, 2027-2028, 2029-2030, after 2030
    k["emp"] = {"NA": 3118, "EU": 2264, "AP": 1476, "LA": 392}
    k["emp24"] = 7190
    k["raw_pct"] = 61
    k["plants"] = 38
    k["holders"] = 2140
    k["rep_auth"] = 10000  # February 2024 authorization, tenths of a million
    k["q4_rep"] = [("October 1 \u2013 October 31, 2025", 310420, F("49.86")),
                   ("November 1 \u2013 November 30, 2025", 284150, F("51.12")),
                   ("December 1 \u2013 December 31, 2025", 262900, F("52.04"))]
    k["b24"] = b24
    k["accr_in"] = {2025: dict(comp=1012, int=318, lease=226), 2024: dict(comp=968, int=286, lease=219)}
    k["rs_in"] = {2024: dict(nc=172, pay=98, fx=-3), 2025: dict(nc=71, pay=196, fx=6)}
    k["aoci_cta24"] = -1842
    k["lease_cost"] = y3(248, 236, 229)

    # ---- derived: income statement
    s = k["sales_seg"]
    k["sales"] = {y: s["SS"][y] + s["PI"][y] for y in Y}
    k["seg_op"] = {g: {y: s[g][y] - k["cogs_seg"][g][y] - k["sga_seg"][g][y] - k["rd_seg"][g][y] for y in Y}
                   for g in SEGS}
    k["seg_op_tot"] = {y: k["seg_op"]["SS"][y] + k["seg_op"]["PI"][y] for y in Y}
    k["cogs"] = {y: k["cogs_seg"]["SS"][y] + k["cogs_seg"]["PI"][y] + k["lifo"][y] for y in Y}
    k["gp"] = {y: k["sales"][y] - k["cogs"][y] for y in Y}
    k["sga"] = {y: k["sga_seg"]["SS"][y] + k["sga_seg"]["PI"][y] + k["corp"][y] + k["integ"][y] for y in Y}
    k["rd"] = {y: k["rd_seg"]["SS"][y] + k["rd_seg"]["PI"][y] for y in Y}
    k["oi"] = {y: k["gp"][y] - k["sga"][y] - k["rd"][y] - k["amort"][y] - k["restr"][y] for y in Y}
    k["pti"] = {y: k["oi"][y] - k["intx"][y] - k["oth"][y] for y in Y}
    k["ni"] = {y: k["pti"][y] - k["tax"][y] for y in Y}
    k["pti_forn"] = {y: k["pti"][y] - k["pti_us"][y] for y in Y}
    k["tax_cur"] = {y: k["tax_fed"][y] + k["tax_state"][y] + k["tax_forn"][y] for y in Y}
    k["tax_def"] = {y: k["tax"][y] - k["tax_cur"][y] for y in Y}
    k["rr"]["stat"] = {y: rnd(F(21, 100) * k["pti"][y]) for y in Y}
    k["rr"]["other"] = {y: k["tax"][y] - sum(k["rr"][x][y] for x in ("stat", "state", "forn", "credit", "gilti",
                                                                      "restr")) for y in Y}
    k["etr"] = {y: F(100 * k["tax"][y], k["pti"][y]) for y in Y}
    k["sh_dil"] = {y: k["sh_basic"][y] + k["sh_dil_eff"][y] for y in Y}
    k["eps_b"] = {y: rnd(F(k["ni"][y], k["sh_basic"][y]), 2) for y in Y}
    k["eps_d"] = {y: rnd(F(k["ni"][y], k["sh_dil"][y]), 2) for y in Y}
    k["oci"] = {y: k["cta"][y] + k["pen_oci"][y] for y in Y}
    k["ci"] = {y: k["ni"][y] + k["oci"][y] for y in Y}
    k["pen_cost"] = {y: sum(k["pen"][c][y] for c in ("svc", "int", "ret", "amort")) for y in Y}
    k["pen_cf"] = {y: k["pen_cost"][y] - k["pen_contrib"][y] for y in Y}
    k["dep_corp"] = {y: k["dep"][y] - k["dep_seg"]["SS"][y] - k["dep_seg"]["PI"][y] for y in Y}
    k["ebitda"] = {y: k["ni"][y] + k["tax"][y] + k["intx"][y] + k["dep"][y] + k["amort"][y] for y in Y}
    k["adj_ebitda"] = {y: k["ebitda"][y] + k["oth"][y] + k["restr"][y] + k["integ"][y] + k["lifo"][y] for y in Y}
    k["adj_margin"] = {y: F(100 * k["adj_ebitda"][y], k["sales"][y]) for y in Y}
    k["geo"]["RW"] = {y: k["sales"][y] - sum(k["geo"][g][y] for g in GEOS[:-1]) for y in Y}
    for yr, br in k["bridge"].items():
        for g in ("SS", "PI", "TOT"):
            cur = k["sales"][yr] if g == "TOT" else s[g][yr]
            prev = k["sales"][yr - 1] if g == "TOT" else s[g][yr - 1]
            br[g]["tot"] = rnd(F(100 * cur, prev) - 100, 1)
            br[g]["fx"] = br[g]["tot"] - br[g]["vol"] - br[g]["price"] - br[g]["acq"]
    # ---- cash flows
    cf = {}
    for y in Y:
        c = dict(ni=k["ni"][y], dep=k["dep"][y], amort=k["amort"][y], deft=k["tax_def"][y], sbc=k["sbc"][y],
                 pen=k["pen_cf"][y], dca=k["dca"][y], **k["wc"][y])
        c["ocf"] = sum(c[x] for x in ("ni", "dep", "amort", "deft", "sbc", "pen", "dca") + k["wc_names"])
        c["capex"] = -(k["capex_seg"]["SS"][y] + k["capex_seg"]["PI"][y]) - {2025: 108, 2024: 97, 2023: 81}[y]
        c["acq"] = -k["acq"][y]
        c["icf"] = c["capex"] + c["acq"]
        c["cp"], c["proc"], c["repay"] = k["cp_net"][y], k["debt_proc"][y], -k["debt_repay"][y]
        c["div"], c["rep"], c["opt"], c["wh"] = -k["div"][y], -k["buyback"][y], k["opt"][y], -k["wh"][y]
        c["fcf"] = c["cp"] + c["proc"] + c["repay"] + c["div"] + c["rep"] + c["opt"] + c["wh"]
        c["fx"] = k["fx_cash"][y]
        c["net"] = c["ocf"] + c["icf"] + c["fcf"] + c["fx"]
        cf[y] = c
    cf[2024]["end"] = b24["cash"]
    cf[2024]["beg"] = b24["cash"] - cf[2024]["net"]
    cf[2023]["end"] = cf[2024]["beg"]
    cf[2023]["beg"] = cf[2023]["end"] - cf[2023]["net"]
    cf[2025]["beg"] = b24["cash"]
    cf[2025]["end"] = b24["cash"] + cf[2025]["net"]
    k["cf"] = cf
    k["capex"] = {y: -cf[y]["capex"] for y in Y}
    k["capex_corp"] = {y: k["capex"][y] - k["capex_seg"]["SS"][y] - k["capex_seg"]["PI"][y] for y in Y}
    k["ocf"] = {y: cf[y]["ocf"] for y in Y}
    k["fcf"] = {y: k["ocf"][y] - k["capex"][y] for y in Y}
    # ---- PP&E
    p24 = dict(k["ppe24"])
    p25 = {x: p24[x] + k["ppe_add25"].get(x, 0) for x in ("land", "bldg", "mach")}
    p25["mach"] -= k["retire25"]
    p25["cip"] = p24["cip"] + k["capex"][2025] - sum(k["ppe_add25"].values())
    for p in (p24, p25):
        p["gross"] = p["land"] + p["bldg"] + p["mach"] + p["cip"]
    p24["acc"] = k["accdep24"]
    p25["acc"] = p24["acc"] + k["dep"][2025] - k["retire25"]
    for p in (p24, p25):
        p["net"] = p["gross"] - p["acc"]
    k["ppe"] = {2024: p24, 2025: p25}
    # ---- goodwill and intangibles
    gw = {2023: dict(k["gw23"])}
    for y in (2024, 2025):
        gw[y] = {g: gw[y - 1][g] + k["gw_acq"][y][g] + k["gw_fx"][y][g] for g in SEGS}
    for y in gw:
        gw[y]["tot"] = gw[y]["SS"] + gw[y]["PI"]
    k["gw"] = gw
    ig_gross = sum(k["intang_gross"].values())
    k["intang"] = {2024: dict(gross=ig_gross, acc=ig_gross - b24["intang"], net=b24["intang"])}
    k["intang"][2025] = dict(gross=ig_gross, acc=k["intang"][2024]["acc"] + k["amort"][2025],
                             net=b24["intang"] - k["amort"][2025])
    # ---- debt
    k["principal"] = {2025: sum(n[1] for n in k["notes"]), 2024: sum(n[2] for n in k["notes"])}
    k["unamort"] = {2024: k["unamort24"], 2025: k["unamort24"] + k["issue_cost25"] - k["dca"][2025]}
    k["debt_tot"] = {y: k["principal"][y] - k["unamort"][y] for y in (2024, 2025)}
    k["cur_ltd"] = {2025: k["notes"][1][1], 2024: k["notes"][0][2]}
    k["ltd"] = {y: k["debt_tot"][y] - k["cur_ltd"][y] for y in (2024, 2025)}
    k["mat"]["after"] = k["principal"][2025] - sum(k["mat"].values())
    # ---- pension
    k["pen_liab"] = {2024: k["pen_liab24"]}
    k["pen_liab"][2025] = k["pen_liab24"] + k["pen_cost"][2025] - k["pen_contrib"][2025] - k["pen_oci"][2025]
    k["fvpa"] = {y: k["pbo"][y] - k["pen_liab"][y] for y in (2024, 2025)}
    # ---- inventories
    k["lifo_res"] = {2024: k["lifo24"], 2025: k["lifo24"] + k["lifo"][2025]}
    # ---- balance sheets
    b25 = {"cash": cf[2025]["end"]}
    c = cf[2025]
    b25["ar"] = b24["ar"] - c["ar"]
    b25["inv"] = b24["inv"] - c["inv"]
    b25["prep"] = b24["prep"] - c["prep"]
    b25["ap"] = b24["ap"] + c["ap"]
    b25["accr"] = b24["accr"] + c["accr"]
    b25["taxp"] = b24["taxp"] + c["taxp"]
    b25["oth_l"] = b24["oth_l"] + c["other"]
    b24["ppe"], b25["ppe"] = p24["net"], p25["net"]
    b24["gw"], b25["gw"] = gw[2024]["tot"], gw[2025]["tot"]
    b25["intang"] = k["intang"][2025]["net"]
    b25["rou"] = b24["rou"] + k["rou_d"]
    b25["lease"] = b24["lease"] + k["rou_d"]
    k["oth_fx"] = k["cta"][2025] - k["fx_cash"][2025] - k["gw_fx"][2025]["SS"] - k["gw_fx"][2025]["PI"]
    b25["oth_a"] = b24["oth_a"] + k["oth_fx"]
    b25["cp"] = b24["cp"] + k["cp_net"][2025]
    b25["dtl"] = b24["dtl"] + k["tax_def"][2025]
    b25["apic"] = b24["apic"] + k["sbc"][2025] + k["opt"][2025] - k["wh"][2025]
    b25["treas"] = b24["treas"] - k["buyback"][2025]
    b25["aoci"] = b24["aoci"] + k["oci"][2025]
    for y, b in ((2024, b24), (2025, b25)):
        b["cur_ltd"], b["ltd"], b["pen"] = k["cur_ltd"][y], k["ltd"][y], k["pen_liab"][y]
        b["ca"] = b["cash"] + b["ar"] + b["inv"] + b["prep"]
        b["ta"] = b["ca"] + b["ppe"] + b["rou"] + b["gw"] + b["intang"] + b["oth_a"]
        b["cl"] = b["cp"] + b["cur_ltd"] + b["ap"] + b["accr"] + b["taxp"]
        b["tl"] = b["cl"] + b["ltd"] + b["lease"] + b["pen"] + b["dtl"] + b["oth_l"]
        b["debt"] = b["cp"] + b["cur_ltd"] + b["ltd"]
    b24["re"] = b24["ta"] - b24["tl"] - b24["apic"] - b24["treas"] - b24["aoci"]
    b25["re"] = b24["re"] + k["ni"][2025] - k["div"][2025]
    for b in (b24, b25):
        b["eq"] = b["apic"] + b["re"] + b["treas"] + b["aoci"]
        b["tle"] = b["tl"] + b["eq"]
    k["b"] = {2024: b24, 2025: b25}
    k["inv_comp"] = {y: dict(k["inv_comp"][y], fg=b["inv"] + k["lifo_res"][y] - sum(k["inv_comp"][y].values()))
                     for y, b in ((2024, b24), (2025, b25))}
    k["inv_fifo"] = {y: b["inv"] + k["lifo_res"][y] for y, b in ((2024, b24), (2025, b25))}
    # ---- equity statement (repurchased shares held in treasury; awards issued from treasury at no cost)
    eq = {2025: {x: b25[x] for x in ("apic", "re", "treas", "aoci")},
          2024: {x: b24[x] for x in ("apic", "re", "treas", "aoci")}}
    for y in (2024, 2023):
        eq[y - 1] = dict(apic=eq[y]["apic"] - k["sbc"][y] - k["opt"][y] + k["wh"][y],
                         re=eq[y]["re"] - k["ni"][y] + k["div"][y], treas=eq[y]["treas"] + k["buyback"][y],
                         aoci=eq[y]["aoci"] - k["oci"][y])
    sh = {2022: k["sh_out22"]}
    for y in (2023, 2024, 2025):
        sh[y] = sh[y - 1] - k["sh_rep"][y] + k["sh_iss"][y]
    for y in eq:
        eq[y]["tot"] = eq[y]["apic"] + eq[y]["re"] + eq[y]["treas"] + eq[y]["aoci"]
        eq[y]["sh"] = sh[y]
    k["eq"] = eq
    # ---- restructuring reserve, accrued liabilities, AOCI components
    rs = {2023: 0}
    for y in (2024, 2025):
        i = k["rs_in"][y]
        rs[y] = rs[y - 1] + k["restr"][y] - i["nc"] - i["pay"] + i["fx"]
    k["rs"] = rs
    k["accr"] = {}
    for y, b in ((2024, b24), (2025, b25)):
        a = dict(k["accr_in"][y], restr=rs[y])
        a["other"] = b["accr"] - sum(a.values())
        k["accr"][y] = a
    k["aoci_cta"] = {2024: k["aoci_cta24"], 2025: k["aoci_cta24"] + k["cta"][2025]}
    k["aoci_pen"] = {y: k["b"][y]["aoci"] - k["aoci_cta"][y] for y in (2024, 2025)}
    # ---- other derived figures
    k["emp_total"] = sum(k["emp"].values())
    k["rev_avail"] = k["rev_cap"] - b25["cp"] - k["loc"]
    k["liquidity"] = k["rev_avail"] + b25["cash"]
    k["float_debt"] = k["notes"][2][1] + b25["cp"]
    k["sens"] = k["float_debt"] // 100  # 100 bp on floating debt, tenths of a million
    k["rep_used"] = k["buyback"][2024] + k["buyback"][2025]
    k["rep_rem"] = k["rep_auth"] - k["rep_used"]  # tenths of a million
    rem = [F(k["rep_rem"] * 100000)]  # dollars after December
    for _, n, p in reversed(k["q4_rep"][1:]):
        rem.insert(0, rem[0] + n * p)
    k["q4_rem"] = rem  # dollars remaining after October, November, December
    k["q4_sh"] = sum(x[1] for x in k["q4_rep"])
    k["q4_cost"] = sum(x[1] * x[2] for x in k["q4_rep"])
    ob = k["oblig"]
    debt_cols = (k["mat"][2026] + b25["cp"], k["mat"][2027] + k["mat"][2028], k["mat"][2029] + k["mat"][2030],
                 k["mat"]["after"])
    ob = {"debt": debt_cols, **ob}
    ob = {x: tuple(v) + (sum(v),) for x, v in ob.items()}
    ob["tot"] = tuple(sum(ob[x][i] for x in ("debt", "int", "lease", "purch", "pen")) for i in range(5))
    k["ob"] = ob
    k["da"] = {y: k["dep"][y] + k["amort"][y] for y in Y}
    return k


P = ("q25", "q24", "h25", "h24")


def reit():
    """Industrial REIT; thousands of dollars, thousands of shares."""
    r = {}

    def v(a, b, c, d):
        return dict(zip(P, (a, b, c, d), strict=True))
    r["rent"] = v(118426, 104318, 233915, 206247)
    r["reimb"] = v(27184, 23906, 54102, 47330)
    r["opex"] = v(14218, 12604, 28952, 25311)
    r["retax"] = v(19406, 17118, 38527, 34006)
    r["da"] = v(46815, 41207, 92604, 81930)
    r["trans"] = v(1350, 0, 1350, 0)  # executive transition costs within G&A
    r["pursuit"] = v(0, 640, 0, 640)  # abandoned acquisition pursuit costs within G&A
    r["ga"] = v(10962, 9415, 20874, 18602)
    r["intx"] = v(18744, 15920, 36615, 31488)
    r["sh_b"] = v(152964, 141207, 151922, 140655)
    r["sh_de"] = v(412, 355, 398, 342)
    r["sp_rev"] = v(128944, 123406, 256118, 244706)
    r["sp_exp"] = v(30215, 28980, 60408, 57592)
    r["sp_bldgs"], r["sp_sqft"] = 196, F("38.2")
    r["dps"] = {"q1_25": F("0.395"), "q2_25": F("0.395"), "q4_24": F("0.365"), "q1_24": F("0.365"),
                "q2_24": F("0.365")}
    r["sh_dec24"] = 149862
    r["rs_vest"] = {"q1": 164, "q2": 0}
    r["sbc_q2"], r["wh_q2"] = 1987, 0
    r["atm"] = {"q1": (1850, F("42.16"), 780), "q2": (2420, F("43.08"), 1043)}  # thousands of shares, price, costs
    r["atm_cap"], r["atm_used24"] = 750000, 212480
    # acquisitions: name, market, date, buildings, square feet, purchase price, land allocation, quarter
    r["acqs"] = [("Riverside 60 Logistics Center", "Inland Empire", "February 12, 2025", 1, 412600, 86450, 27660,
                  1),
                 ("Pinecrest Distribution Park", "Atlanta", "March 27, 2025", 3, 538200, 71820, 15800, 1),
                 ("Lakeline Commerce Center", "Dallas\u2013Fort Worth", "May 8, 2025", 1, 296400, 44915, 9430, 2),
                 ("Northgate Rail-Served Facility", "Chicago", "June 19, 2025", 1, 351000, 52380, 12570, 2),
                 ("Southpoint Logistics Hub", "Houston", "June 26, 2025", 2, 402500, 68940, 14200, 2)]
    # dispositions: name, market, date, buildings, square feet, sale price (net), gain, cost, land, quarter
    r["disps"] = [("Westport Flex Center", "Baltimore", "February 20, 2025", 2, 188400, 24600, 9541, 21830, 4120,
                   1),
                  ("Ridgeview Commerce Center 1 & 2", "Phoenix", "April 15, 2025", 2, 242800, 31850, 7118, 28460,
                   5310, 2),
                  ("Coleman Road Warehouse", "Memphis", "June 5, 2025", 1, 156200, 15225, 5188, 13125, 1776, 2)]
    b24 = dict(land=1284612, bldg=3946205, cip=86417, accdep=742186, cash=38416, recv=9874, slr=71305,
               oth_a=54920, loc=146000, ap=82416, dep=28904, apic=4012846)
    r["tl"] = {"A": 300000, "B": 200000}
    r["notes24"] = {"n28": 350000, "n31": 400000}
    r["new_note"], r["new_note_cost"] = 300000, 2640
    r["cost24"] = {"tl": 2188, "notes": 5847}
    r["cost_amort"] = {"tl": 412, "notes": 834}
    r["loc_cap"], r["loc_lc"] = 800000, 4300
    r["cf_in"] = {"h25": dict(slr=-4812, sbc=3918, recv=-1204, oth=-2406, ap=5318, dep=1874, dev=-98412,
                              locin=165000, locout=-281000, wh=-1062),
                  "h24": dict(slr=-3918, sbc=3506, recv=-982, oth=-1640, ap=4207, dep=1318, dev=-54806,
                              locin=210000, locout=-165000, wh=-884, acq=-188340, proc=19250, notes=0,
                              atm=146412, div=-98412, dca=1104)}
    r["cash_dec23"] = 29612
    r["cip_transfer"] = 42318
    r["occ"] = {"dec24": F("97.0"), "jun24": F("96.2")}
    r["sp_occ"] = (F("96.9"), F("97.4"))
    # markets: name, buildings, rentable square feet, occupied square feet, annualized base rent ($000)
    r["markets"] = [("Inland Empire", 34, 7412600, 7264300, 97215),
                    ("Dallas\u2013Fort Worth", 29, 6185400, 5937900, 52940),
                    ("Atlanta", 26, 5318200, 5051600, 40318),
                    ("Chicago", 24, 4906800, 4759400, 39605),
                    ("Lehigh Valley / Central Pennsylvania", 21, 4528300, 4392500, 38860),
                    ("Phoenix", 18, 3240500, 3175700, 30112),
                    ("Houston", 17, 2984100, 2822000, 21407),
                    ("Other markets (6)", 43, 7062900, 6801500, 55720)]
    r["leasing"] = {"q": (F("2.38"), F("31.6"), F("48.2")), "h": (F("4.71"), F("34.9"), F("52.7"))}
    r["retention"] = F("71.4")
    r["emp"] = 118
    # ---- derived: operations
    r["rev"] = {p: r["rent"][p] + r["reimb"][p] for p in P}
    r["exp"] = {p: r["opex"][p] + r["retax"][p] + r["da"][p] + r["ga"][p] for p in P}
    gq = {1: sum(d[6] for d in r["disps"] if d[9] == 1), 2: sum(d[6] for d in r["disps"] if d[9] == 2)}
    r["gain"] = v(gq[2], 0, gq[1] + gq[2], 8415)
    r["ni"] = {p: r["rev"][p] - r["exp"][p] - r["intx"][p] + r["gain"][p] for p in P}
    r["sh_d"] = {p: r["sh_b"][p] + r["sh_de"][p] for p in P}
    r["eps_b"] = {p: rnd(F(r["ni"][p], r["sh_b"][p]), 2) for p in P}
    r["eps_d"] = {p: rnd(F(r["ni"][p], r["sh_d"][p]), 2) for p in P}
    r["noi"] = {p: r["rev"][p] - r["opex"][p] - r["retax"][p] for p in P}
    r["sp_noi"] = {p: r["sp_rev"][p] - r["sp_exp"][p] for p in P}
    r["nsp_noi"] = {p: r["noi"][p] - r["sp_noi"][p] for p in P}
    r["ffo"] = {p: r["ni"][p] + r["da"][p] - r["gain"][p] for p in P}
    r["core"] = {p: r["ffo"][p] + r["trans"][p] + r["pursuit"][p] for p in P}
    r["ffo_ps"] = {p: rnd(F(r["ffo"][p], r["sh_d"][p]), 2) for p in P}
    r["core_ps"] = {p: rnd(F(r["core"][p], r["sh_d"][p]), 2) for p in P}
    # ---- equity: ATM, shares, dividends
    a = r["atm"]
    r["atm_gross"] = {q: rnd(a[q][0] * a[q][1]) for q in ("q1", "q2")}
    r["atm_net"] = {q: r["atm_gross"][q] - a[q][2] for q in ("q1", "q2")}
    r["atm_sh_h"] = a["q1"][0] + a["q2"][0]
    r["atm_gross_h"] = r["atm_gross"]["q1"] + r["atm_gross"]["q2"]
    r["atm_net_h"] = r["atm_net"]["q1"] + r["atm_net"]["q2"]
    r["atm_avg_h"] = rnd(F(r["atm_gross_h"], r["atm_sh_h"]), 2)
    r["atm_rem"] = r["atm_cap"] - r["atm_used24"] - r["atm_gross_h"]
    r["sh_mar25"] = r["sh_dec24"] + a["q1"][0] + r["rs_vest"]["q1"]
    r["sh_jun25"] = r["sh_mar25"] + a["q2"][0] + r["rs_vest"]["q2"]
    r["div_decl"] = {"q4_24": rnd(r["dps"]["q4_24"] * r["sh_dec24"]),
                     "q1_25": rnd(r["dps"]["q1_25"] * r["sh_mar25"]),
                     "q2_25": rnd(r["dps"]["q2_25"] * r["sh_jun25"])}
    r["div_decl_h"] = r["div_decl"]["q1_25"] + r["div_decl"]["q2_25"]
    r["dps_h"] = {"h25": r["dps"]["q1_25"] + r["dps"]["q2_25"], "h24": r["dps"]["q1_24"] + r["dps"]["q2_24"]}
    # ---- acquisitions and dispositions
    r["acq_price"] = sum(x[5] for x in r["acqs"])
    r["acq_q2"] = sum(x[5] for x in r["acqs"] if x[7] == 2)
    r["acq_sqft"] = sum(x[4] for x in r["acqs"])
    r["acq_bldgs"] = sum(x[3] for x in r["acqs"])
    r["acq_land"] = sum(x[6] for x in r["acqs"])
    r["acq_bldg"] = r["acq_price"] - r["acq_land"]
    r["disp_proc"] = sum(x[5] for x in r["disps"])
    r["disp_q2"] = sum(x[5] for x in r["disps"] if x[9] == 2)
    r["disp_sqft"] = sum(x[4] for x in r["disps"])
    r["disp_bldgs"] = sum(x[3] for x in r["disps"])
    r["disp_cost"] = sum(x[7] for x in r["disps"])
    r["disp_land"] = sum(x[8] for x in r["disps"])
    r["disp_nbv"] = r["disp_proc"] - r["gain"]["h25"]
    r["disp_accdep"] = r["disp_cost"] - r["disp_nbv"]
    # ---- cash flows
    cf = {}
    for p in ("h25", "h24"):
        i = dict(r["cf_in"][p])
        c = dict(ni=r["ni"][p], da=r["da"][p], gain=-r["gain"][p], slr=i["slr"], sbc=i["sbc"],
                 dca=i["dca"] if p == "h24" else r["cost_amort"]["tl"] + r["cost_amort"]["notes"],
                 recv=i["recv"], oth=i["oth"], ap=i["ap"], dep=i["dep"])
        c["ocf"] = sum(c.values())
        c["acq"] = i["acq"] if p == "h24" else -r["acq_price"]
        c["dev"] = i["dev"]
        c["proc"] = i["proc"] if p == "h24" else r["disp_proc"]
        c["icf"] = c["acq"] + c["dev"] + c["proc"]
        c["locin"], c["locout"] = i["locin"], i["locout"]
        c["notes"] = i["notes"] if p == "h24" else r["new_note"] - r["new_note_cost"]
        c["atm"] = i["atm"] if p == "h24" else r["atm_net_h"]
        c["div"] = i["div"] if p == "h24" else -(r["div_decl"]["q4_24"] + r["div_decl"]["q1_25"])
        c["wh"] = i["wh"]
        c["fcf"] = c["locin"] + c["locout"] + c["notes"] + c["atm"] + c["div"] + c["wh"]
        c["net"] = c["ocf"] + c["icf"] + c["fcf"]
        cf[p] = c
    cf["h25"]["beg"] = b24["cash"]
    cf["h25"]["end"] = b24["cash"] + cf["h25"]["net"]
    cf["h24"]["beg"] = r["cash_dec23"]
    cf["h24"]["end"] = r["cash_dec23"] + cf["h24"]["net"]
    r["cf"] = cf
    c = cf["h25"]
    # ---- balance sheets
    b24["cs"] = rnd(F(r["sh_dec24"], 100))
    b24["divp"] = r["div_decl"]["q4_24"]
    b24["tl_net"] = r["tl"]["A"] + r["tl"]["B"] - r["cost24"]["tl"]
    b24["notes_net"] = sum(r["notes24"].values()) - r["cost24"]["notes"]
    b25 = {"cash": c["end"]}
    b25["land"] = b24["land"] + r["acq_land"] - r["disp_land"]
    b25["bldg"] = b24["bldg"] + r["acq_bldg"] + r["cip_transfer"] - (r["disp_cost"] - r["disp_land"])
    b25["cip"] = b24["cip"] - c["dev"] - r["cip_transfer"]
    b25["accdep"] = b24["accdep"] + r["da"]["h25"] - r["disp_accdep"]
    b25["recv"] = b24["recv"] - c["recv"]
    b25["slr"] = b24["slr"] - c["slr"]
    b25["oth_a"] = b24["oth_a"] - c["oth"]
    b25["loc"] = b24["loc"] + c["locin"] + c["locout"]
    r["cost25"] = {"tl": r["cost24"]["tl"] - r["cost_amort"]["tl"],
                   "notes": r["cost24"]["notes"] + r["new_note_cost"] - r["cost_amort"]["notes"]}
    b25["tl_net"] = r["tl"]["A"] + r["tl"]["B"] - r["cost25"]["tl"]
    b25["notes_net"] = sum(r["notes24"].values()) + r["new_note"] - r["cost25"]["notes"]
    b25["ap"] = b24["ap"] + c["ap"]
    b25["dep"] = b24["dep"] + c["dep"]
    b25["divp"] = r["div_decl"]["q2_25"]
    b25["cs"] = rnd(F(r["sh_jun25"], 100))
    b25["apic"] = b24["apic"] + r["atm_net_h"] - (b25["cs"] - b24["cs"]) + c["sbc"] + c["wh"]
    for b in (b24, b25):
        b["re_cost"] = b["land"] + b["bldg"] + b["cip"]
        b["re_net"] = b["re_cost"] - b["accdep"]
        b["ta"] = b["re_net"] + b["cash"] + b["recv"] + b["slr"] + b["oth_a"]
        b["tl"] = b["loc"] + b["tl_net"] + b["notes_net"] + b["ap"] + b["dep"] + b["divp"]
        b["debt"] = b["loc"] + b["tl_net"] + b["notes_net"]
    b24["dex"] = b24["ta"] - b24["tl"] - b24["cs"] - b24["apic"]
    b25["dex"] = b24["dex"] + r["ni"]["h25"] - r["div_decl_h"]
    for b in (b24, b25):
        b["eq"] = b["cs"] + b["apic"] + b["dex"]
        b["tle"] = b["tl"] + b["eq"]
    r["b"] = {"jun": b25, "dec": b24}
    # equity at March 31, 2025 (for the three-month statement of stockholders' equity)
    mar = {"sh": r["sh_mar25"], "cs": rnd(F(r["sh_mar25"], 100))}
    sbc_q1, wh_q1 = c["sbc"] - r["sbc_q2"], c["wh"] - r["wh_q2"]  # withholding in cash-flow sign
    mar["apic"] = b24["apic"] + r["atm_net"]["q1"] - (mar["cs"] - b24["cs"]) + sbc_q1 + wh_q1
    mar["dex"] = b24["dex"] + (r["ni"]["h25"] - r["ni"]["q25"]) - r["div_decl"]["q1_25"]
    mar["eq"] = mar["cs"] + mar["apic"] + mar["dex"]
    r["eq_mar"] = mar
    r["sbc_q1"], r["wh_q1"] = sbc_q1, wh_q1
    r["principal"] = {"jun": b25["loc"] + r["tl"]["A"] + r["tl"]["B"] + sum(r["notes24"].values()) + r["new_note"],
                      "dec": b24["loc"] + r["tl"]["A"] + r["tl"]["B"] + sum(r["notes24"].values())}
    r["loc_avail"] = r["loc_cap"] - b25["loc"] - r["loc_lc"]
    # ---- portfolio
    mk = r["markets"]
    r["bldgs"] = sum(x[1] for x in mk)
    r["sqft"] = sum(x[2] for x in mk)
    r["occ_sqft"] = sum(x[3] for x in mk)
    r["abr"] = sum(x[4] for x in mk)
    r["occ"]["jun25"] = rnd(F(100 * r["occ_sqft"], r["sqft"]), 1)
    r["bldgs_dec24"] = r["bldgs"] - r["acq_bldgs"] + r["disp_bldgs"]
    r["sqft_dec24"] = r["sqft"] - r["acq_sqft"] + r["disp_sqft"]
    r["markets_n"] = len(mk) - 1 + 6
    return r


def pp_ok(a1, b1, a0, b0):
    """The change in percentage points from unrounded ratios, rounded to one decimal, equals the change of the
    one-decimal printed ratios."""
    u = rnd((F(a1, b1) - F(a0, b0)) * 100, 1)
    p = rnd(F(100 * a1, b1), 1) - rnd(F(100 * a0, b0), 1)
    return u == p


def check():
    k, r = chem(), reit()
    for y in (2024, 2025):
        b = k["b"][y]
        assert b["ta"] == b["tle"], ("10-K balance", y)
        assert k["eq"][y]["tot"] == b["eq"], y
        assert min(k["inv_comp"][y].values()) > 0
        assert k["gw"][y]["tot"] == b["gw"]
        assert b["cur_ltd"] + b["ltd"] == k["principal"][y] - k["unamort"][y]
        assert k["ppe"][y]["net"] == b["ppe"]
        assert k["fvpa"][y] > 0 and k["pen_liab"][y] > 0
    for y in Y:
        assert sum(k["geo"][g][y] for g in GEOS) == k["sales"][y] and k["geo"]["RW"][y] > 0
        assert k["seg_op_tot"][y] - k["corp"][y] - k["lifo"][y] - k["integ"][y] - k["amort"][y] - k["restr"][y] \
            == k["oi"][y], "segment reconciliation"
        assert k["sales"][y] - k["cogs"][y] - k["sga"][y] - k["rd"][y] - k["amort"][y] - k["restr"][y] == k["oi"][y]
        assert sum(k["rr"][x][y] for x in ("stat", "state", "forn", "credit", "gilti", "restr", "other")) \
            == k["tax"][y]
        assert k["tax_cur"][y] + k["tax_def"][y] == k["tax"][y]
        assert abs(k["rr"]["other"][y]) < 30, ("rate reconciliation other", y, k["rr"]["other"][y])
        assert k["pti_forn"][y] > 0 and k["cf"][y]["beg"] > 0
        assert k["dep_corp"][y] > 0 and k["capex_corp"][y] > 0
        assert k["adj_ebitda"][y] == k["oi"][y] + k["dep"][y] + k["amort"][y] + k["restr"][y] + k["integ"][y] \
            + k["lifo"][y]
    for yr, br in k["bridge"].items():
        for g, d in br.items():
            assert d["vol"] + d["price"] + d["acq"] + d["fx"] == d["tot"]
            assert abs(d["fx"]) < 3, (yr, g, d["fx"])
    assert k["cf"][2025]["end"] == k["b"][2025]["cash"] > 0
    assert k["eq"][2022]["re"] > 0 and k["eq"][2022]["apic"] > 0
    e = k["eq"]
    assert e[2024]["tot"] == e[2023]["tot"] + k["ni"][2024] + k["oci"][2024] - k["div"][2024] - k["buyback"][2024] \
        + k["sbc"][2024] + k["opt"][2024] - k["wh"][2024]
    assert k["ppe"][2025]["cip"] > 0 and k["mat"]["after"] > 0
    assert sum(k["mat"].values()) == k["principal"][2025]
    assert k["principal"][2025] == k["principal"][2024] + 4500 - k["debt_repay"][2025]
    assert k["debt_proc"][2025] == 4500 - k["issue_cost25"]
    assert k["principal"][2024] - k["principal"][2024] == 0
    assert k["gw_acq"][2024]["SS"] < k["acq"][2024]
    assert k["q4_cost"] < k["buyback"][2025] * 100000
    assert k["lifo_res"][2025] - k["lifo_res"][2024] == k["lifo"][2025]
    assert k["b"][2025]["cp"] <= k["cp_cap"]
    assert pp_ok(k["seg_op"]["SS"][2025], k["sales_seg"]["SS"][2025], k["seg_op"]["SS"][2024],
                 k["sales_seg"]["SS"][2024]), "segment margin pp"
    assert k["emp_total"] > k["emp24"]
    assert min(min(a.values()) for a in k["accr"].values()) > 0 and k["rs"][2025] > 0
    assert k["aoci_pen"][2025] - k["aoci_pen"][2024] == k["pen_oci"][2025] and k["aoci_pen"][2024] < 0
    # REIT
    for x in ("jun", "dec"):
        b = r["b"][x]
        assert b["ta"] == b["tle"], ("10-Q balance", x)
        assert b["dex"] < 0 and b["cash"] > 0 and b["cip"] > 0
    assert r["b"]["jun"]["cash"] == r["cf"]["h25"]["end"]
    for p in P:
        assert r["sp_noi"][p] + r["nsp_noi"][p] == r["noi"][p] and r["nsp_noi"][p] > 0
        assert r["ni"][p] + r["da"][p] + r["ga"][p] + r["intx"][p] - r["gain"][p] == r["noi"][p]
        assert r["ffo"][p] == r["ni"][p] + r["da"][p] - r["gain"][p]
        assert r["trans"][p] + r["pursuit"][p] < r["ga"][p]
    assert r["gain"]["h25"] == sum(d[6] for d in r["disps"]) and r["gain"]["q25"] < r["gain"]["h25"]
    assert r["disp_accdep"] > 0 and r["cf"]["h24"]["end"] > 0
    assert r["b"]["jun"]["loc"] > 0 and r["loc_avail"] > 0 and r["atm_rem"] > 0
    assert r["bldgs_dec24"] > 0
    assert r["sh_b"]["q25"] > r["sh_mar25"] and r["sh_b"]["q25"] < r["sh_jun25"]
    assert r["sh_b"]["h25"] > r["sh_dec24"] and r["sh_b"]["h25"] < r["sh_jun25"]
    assert r["principal"]["jun"] - (r["b"]["jun"]["debt"]) == r["cost25"]["tl"] + r["cost25"]["notes"]
    m_ = r["eq_mar"]
    assert m_["eq"] + r["ni"]["q25"] - r["div_decl"]["q2_25"] + r["atm_net"]["q2"] + r["sbc_q2"] + r["wh_q2"] \
        == r["b"]["jun"]["eq"]
    assert m_["cs"] + m_["apic"] + r["atm_net"]["q2"] + r["sbc_q2"] + r["wh_q2"] \
        == r["b"]["jun"]["cs"] + r["b"]["jun"]["apic"]
    # statements made in answer texts
    assert r["occ"]["jun25"] < r["occ"]["dec24"], "occupancy decreased"
    assert k["geo"]["AP"][2025] > k["geo"]["AP"][2024], "Asia Pacific grew"
    assert k["lifo_res"][2025] > k["lifo_res"][2024], "LIFO reserve increased"
    assert k["mat"][2027] == 0 and r["gain"]["q24"] == 0, "dash figures"
    assert pp_ok(r["noi"]["q25"], r["rev"]["q25"], r["noi"]["q24"], r["rev"]["q24"])
    return k, r


if __name__ == "__main__":
    k, r = check()
    for x in ("sales", "gp", "oi", "pti", "ni", "eps_b", "eps_d", "ocf", "fcf", "adj_ebitda", "ebitda", "capex"):
        print(x, k[x])
    print("etr", {y: float(k["etr"][y]) for y in Y}, "rr other", k["rr"]["other"])
    print("cash", {y: (k["cf"][y]["beg"], k["cf"][y]["end"]) for y in Y})
    print("b24", k["b"][2024])
    print("b25", k["b"][2025])
    print("eq", k["eq"])
    print("bridge", k["bridge"])
    for x in ("rev", "ni", "noi", "sp_noi", "nsp_noi", "ffo", "core", "ffo_ps", "core_ps", "eps_d"):
        print(x, r[x])
    print(r["b"], r["cf"])
    print("occ", r["occ"], r["bldgs"], r["sqft"], r["bldgs_dec24"], r["loc_avail"], r["atm_rem"])
