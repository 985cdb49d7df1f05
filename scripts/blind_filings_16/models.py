"""Every input of the two invented filings stated once; everything else derived with exact integer / Fraction
arithmetic.

Semiconductor-equipment 10-K (``m``): thousands of dollars, fiscal years of 52 weeks ending on the Saturday nearest
September 30 (fiscal 2025 ended September 27, 2025).  Specialty-retail 10-Q (``r``): tenths of a million dollars
(integers; printed in millions with one decimal), share counts in thousands or tenths of a million, 13-week quarter
and 39-week year to date ended November 1, 2025.  ``check()`` asserts the tie-outs."""

from fractions import Fraction as F

from kit import rnd

Y = (2025, 2024, 2023)
LINES = ("WPS", "MI", "PC", "CS")
REGIONS = ("US", "CN", "TW", "KR", "JP", "EU", "RW")


def y3(a, b, c):
    return {2025: a, 2024: b, 2023: c}


def semi():
    m = {}
    m["line_names"] = {"WPS": "Wafer Process Systems", "MI": "Metrology and Inspection",
                       "PC": "Precision Components", "CS": "Customer Support and Services"}
    m["line_rev"] = {"WPS": y3(742318, 655904, 701226), "MI": y3(318645, 262117, 248390),
                     "PC": y3(196402, 189553, 203118), "CS": y3(244871, 221460, 207935)}
    m["region_names"] = {"US": "United States", "CN": "China", "TW": "Taiwan", "KR": "South Korea", "JP": "Japan",
                         "EU": "Europe", "RW": "Rest of world"}
    m["geo"] = {"US": y3(262410, 241388, 228915), "CN": y3(418233, 402716, 361402),
                "TW": y3(301567, 247905, 289671), "KR": y3(196880, 171234, 198340),
                "JP": y3(121045, 112480, 118226), "EU": y3(98612, 89347, 95118)}
    m["cogs_prod"] = y3(686214, 631880, 636455)
    m["cogs_svc"] = y3(117602, 112455, 102871)
    m["rd"] = y3(214560, 203118, 196245)
    m["sga"] = y3(221437, 207664, 205380)
    m["amort"] = y3(18420, 17960, 15240)
    m["restr"] = y3(0, 9875, 0)
    m["acq_costs"] = y3(0, 2410, 0)  # within SG&A
    m["inti"] = y3(21384, 16902, 9745)
    m["intx"] = y3(27304, 33718, 36105)
    m["oth"] = y3(-2316, 1148, -3402)  # other income (expense), net
    m["sbc_line"] = {"cor": y3(9842, 8915, 8120), "rd": y3(24617, 22348, 20560), "sga": y3(31205, 28774, 26331)}
    m["tax"] = y3(35488, 18902, 28736)
    m["pti_foreign"] = y3(148215, 96430, 121902)
    m["tax_fed"] = y3(22140, 14315, 18420)
    m["tax_state"] = y3(3105, 1980, 2546)
    m["tax_def"] = y3(-6840, -9215, -4106)
    m["rr_state"] = y3(2450, 1560, 2010)
    m["rr_foreign"] = y3(-9815, -6240, -7905)
    m["rr_credit"] = y3(-8920, -8105, -7630)
    m["rr_fdii"] = y3(-3640, -2210, -3105)
    m["rr_sbc"] = y3(-1905, -845, -1320)
    m["rr_gilti"] = y3(6420, 5890, 7105)
    m["sh_basic"] = y3(47052, 47498, 47790)  # thousands
    m["sh_dil_eff"] = y3(436, 388, 452)
    m["dps"] = y3(F("0.88"), F("0.80"), F("0.72"))
    m["div"] = y3(40712, 37498, 34106)
    m["dep"] = y3(41856, 39120, 36874)
    m["capex"] = y3(68412, 57930, 74205)
    m["acq"] = y3(0, 46200, 0)
    m["inv_buy"] = y3(188540, 142300, 120615)
    m["inv_mat"] = y3(151220, 131680, 138905)
    m["debt_cost_amort"] = y3(3012, 1640, 418)
    m["tl_repay"] = y3(40000, 290000, 30000)
    m["conv_net"] = y3(0, 560050, 0)  # convertible notes issued in fiscal 2024, net of issuance costs
    m["plan_proc"] = y3(14206, 12870, 13415)
    m["withhold"] = y3(19842, 15310, 17260)
    m["buyback"] = y3(116075, 84310, 62450)
    m["sh_rep"] = y3(1026, 862, 701)  # thousands of shares
    m["sh_iss"] = y3(498, 455, 512)
    m["sh_out22"] = 47905
    m["fx_cash"] = y3(1284, 1902, -1105)
    m["cta"] = y3(3412, 5106, -2845)
    m["unreal"] = y3(1208, 2315, -864)
    m["wc_names"] = ("ar", "inv", "prep", "ap", "comp", "defrev", "accr")
    m["wc"] = {2024: dict(ar=18340, inv=-24506, prep=-2118, ap=-9870, comp=-6215, defrev=11302, accr=4617),
               2023: dict(ar=26115, inv=-41870, prep=3405, ap=-12344, comp=4108, defrev=-18450, accr=2906)}
    b24 = dict(cash=412860, sti=298415, ar=248705, inv=392118, prep=58240, rou=62410, gw=224880, dta=71205,
               oth_a=34560, ap=112340, comp=61875, defrev=96412, accr=74906, lease_cur=12318, lease_nc=55402,
               tax_nc=38605, oth_l=21330, apic=498320, aoci=-14870)
    d25 = dict(ar=31420, inv=18705, prep=-3120, ap=14882, comp=9406, defrev=22518, accr=6044, tax_nc=3210,
               oth_a=1850, oth_l=-1125, lease=7940, lease_cur25=13105)
    m["inv_comp"] = {2024: dict(rm=168420, wip=121305), 2025: dict(rm=172860, wip=131442)}  # finished goods derived
    m["ppe24"] = dict(land=18420, bldg=196735, mach=284506, comp=72318, cip=24915)
    m["ppe_add25"] = dict(land=0, bldg=12304, mach=31880, comp=9118)  # construction in progress derived
    m["ppe_retire25"] = 14260  # fully depreciated machinery retired
    m["accdep24"] = 278120
    m["ppe_geo"] = {2025: dict(US=214305, SG=78420), 2024: dict(US=196540, SG=71218)}  # other derived
    m["intang24"] = {"dt": (148600, 82410), "cr": (72300, 46870), "tn": (14500, 7690)}
    m["amort25"] = {"dt": 12150, "cr": 5240}  # trade names derived
    m["amort_sched"] = {2026: 17260, 2027: 15480, 2028: 13905, 2029: 11620, 2030: 9350}  # thereafter derived
    m["tl"] = {2024: 300000, 2025: 260000}
    m["conv"] = 575000
    m["conv_rate"] = F("8.3612")  # shares per $1,000 principal
    m["debt_cost"] = {2024: 13640}
    m["tl_mat"] = {2026: 40000, 2027: 40000}  # fiscal 2028 balloon derived
    m["rev_cap"], m["rev_loc"] = 250000, 3400
    m["lease_mat"] = {2026: 16240, 2027: 15180, 2028: 13625, 2029: 11870, 2030: 9905, "after": 17460}
    m["lease_cost"] = y3(15820, 14905, 13760)
    m["backlog"] = {2025: 612380, 2024: 538915}  # prose only, printed in millions
    m["backlog_12m"] = 78  # percent of backlog expected within twelve months (prose)
    m["emp"] = {"rd": 1240, "ops": 1410, "svc": 780, "sga": 430}
    m["emp24"] = 3715
    m["cust_pct"] = (19, 13)
    m["rep_q"] = [("First quarter (September 29 \u2013 December 28, 2024)", 212, 24158),
                  ("Second quarter (December 29, 2024 \u2013 March 29, 2025)", 305, 31842),
                  ("Third quarter (March 30 \u2013 June 28, 2025)", 268, 30671),
                  ("Fourth quarter (June 29 \u2013 September 27, 2025)", 241, 29404)]
    m["rep_auth"] = 500000
    m["rep_used24"] = 84310  # repurchased under the August 2023 program in fiscal 2024

    # ---- derived: income statement
    m["prod_rev"] = {y: sum(m["line_rev"][k][y] for k in ("WPS", "MI", "PC")) for y in Y}
    m["svc_rev"] = {y: m["line_rev"]["CS"][y] for y in Y}
    m["rev"] = {y: m["prod_rev"][y] + m["svc_rev"][y] for y in Y}
    m["geo"]["RW"] = {y: m["rev"][y] - sum(m["geo"][g][y] for g in REGIONS[:-1]) for y in Y}
    m["cogs"] = {y: m["cogs_prod"][y] + m["cogs_svc"][y] for y in Y}
    m["gp"] = {y: m["rev"][y] - m["cogs"][y] for y in Y}
    m["gp_prod"] = {y: m["prod_rev"][y] - m["cogs_prod"][y] for y in Y}
    m["gp_svc"] = {y: m["svc_rev"][y] - m["cogs_svc"][y] for y in Y}
    m["opex"] = {y: m["rd"][y] + m["sga"][y] + m["amort"][y] + m["restr"][y] for y in Y}
    m["oi"] = {y: m["gp"][y] - m["opex"][y] for y in Y}
    m["pti"] = {y: m["oi"][y] + m["inti"][y] - m["intx"][y] + m["oth"][y] for y in Y}
    m["ni"] = {y: m["pti"][y] - m["tax"][y] for y in Y}
    m["pti_us"] = {y: m["pti"][y] - m["pti_foreign"][y] for y in Y}
    m["tax_cur"] = {y: m["tax"][y] - m["tax_def"][y] for y in Y}
    m["tax_forn"] = {y: m["tax_cur"][y] - m["tax_fed"][y] - m["tax_state"][y] for y in Y}
    m["rr_stat"] = {y: int(rnd(F(21, 100) * m["pti"][y])) for y in Y}
    m["rr_other"] = {y: m["tax"][y] - m["rr_stat"][y] - m["rr_state"][y] - m["rr_foreign"][y] - m["rr_credit"][y]
                     - m["rr_fdii"][y] - m["rr_sbc"][y] - m["rr_gilti"][y] for y in Y}
    m["etr"] = {y: F(m["tax"][y], m["pti"][y]) for y in Y}
    m["sh_dil"] = {y: m["sh_basic"][y] + m["sh_dil_eff"][y] for y in Y}
    m["eps_b"] = {y: rnd(F(m["ni"][y], m["sh_basic"][y]), 2) for y in Y}
    m["eps_d"] = {y: rnd(F(m["ni"][y], m["sh_dil"][y]), 2) for y in Y}
    m["sbc"] = {y: sum(m["sbc_line"][k][y] for k in ("cor", "rd", "sga")) for y in Y}
    m["ng_oi"] = {y: m["oi"][y] + m["sbc"][y] + m["amort"][y] + m["restr"][y] + m["acq_costs"][y] for y in Y}
    m["oci"] = {y: m["cta"][y] + m["unreal"][y] for y in Y}
    m["ci"] = {y: m["ni"][y] + m["oci"][y] for y in Y}
    # ---- cash flows
    m["wc"][2025] = dict(ar=-d25["ar"], inv=-d25["inv"], prep=-(d25["prep"] + d25["oth_a"]), ap=d25["ap"],
                         comp=d25["comp"], defrev=d25["defrev"], accr=d25["accr"] + d25["tax_nc"] + d25["oth_l"])
    cf = {}
    for y in Y:
        c = dict(ni=m["ni"][y], dep=m["dep"][y], amort=m["amort"][y], sbc=m["sbc"][y], deft=m["tax_def"][y],
                 dca=m["debt_cost_amort"][y], **m["wc"][y])
        c["ocf"] = sum(c[k] for k in ("ni", "dep", "amort", "sbc", "deft", "dca") + m["wc_names"])
        c["capex"], c["buy"], c["mat"], c["acq"] = -m["capex"][y], -m["inv_buy"][y], m["inv_mat"][y], -m["acq"][y]
        c["icf"] = c["capex"] + c["buy"] + c["mat"] + c["acq"]
        c["conv"], c["tl"], c["plan"], c["wh"] = m["conv_net"][y], -m["tl_repay"][y], m["plan_proc"][y], \
            -m["withhold"][y]
        c["rep"], c["div"] = -m["buyback"][y], -m["div"][y]
        c["fcf"] = c["conv"] + c["tl"] + c["plan"] + c["wh"] + c["rep"] + c["div"]
        c["fx"] = m["fx_cash"][y]
        c["net"] = c["ocf"] + c["icf"] + c["fcf"] + c["fx"]
        cf[y] = c
    cf[2024]["end"] = b24["cash"]
    cf[2024]["beg"] = b24["cash"] - cf[2024]["net"]
    cf[2023]["end"] = cf[2024]["beg"]
    cf[2023]["beg"] = cf[2023]["end"] - cf[2023]["net"]
    cf[2025]["beg"] = b24["cash"]
    cf[2025]["end"] = b24["cash"] + cf[2025]["net"]
    m["cf"] = cf
    m["ocf"] = {y: cf[y]["ocf"] for y in Y}
    m["fcf"] = {y: m["ocf"][y] - m["capex"][y] for y in Y}
    # ---- PP&E, intangibles, debt
    p24 = dict(m["ppe24"])
    p24["gross"] = sum(p24.values())
    p25 = {k: p24[k] + m["ppe_add25"].get(k, 0) for k in ("land", "bldg", "mach", "comp")}
    p25["mach"] -= m["ppe_retire25"]
    p25["cip"] = p24["cip"] + m["capex"][2025] - sum(m["ppe_add25"].values())
    p25["gross"] = sum(p25[k] for k in ("land", "bldg", "mach", "comp", "cip"))
    p24["acc"] = m["accdep24"]
    p25["acc"] = p24["acc"] + m["dep"][2025] - m["ppe_retire25"]
    for p in (p24, p25):
        p["net"] = p["gross"] - p["acc"]
    m["ppe"] = {2024: p24, 2025: p25}
    for y in (2024, 2025):
        m["ppe_geo"][y]["OT"] = m["ppe"][y]["net"] - m["ppe_geo"][y]["US"] - m["ppe_geo"][y]["SG"]
    ig = {2024: {k: (g, a, g - a) for k, (g, a) in m["intang24"].items()}}
    am = dict(m["amort25"])
    am["tn"] = m["amort"][2025] - am["dt"] - am["cr"]
    m["amort25"] = am
    ig[2025] = {k: (g, a + am[k], g - a - am[k]) for k, (g, a, _) in ig[2024].items()}
    for y in (2024, 2025):
        ig[y]["tot"] = tuple(sum(ig[y][k][i] for k in ("dt", "cr", "tn")) for i in range(3))
    m["ig"] = ig
    m["amort_sched"]["after"] = ig[2025]["tot"][2] - sum(m["amort_sched"].values())
    m["debt_cost"][2025] = m["debt_cost"][2024] - m["debt_cost_amort"][2025]
    m["tl_mat"][2028] = m["tl"][2025] - m["tl_mat"][2026] - m["tl_mat"][2027]
    m["principal"] = {y: m["tl"][y] + m["conv"] for y in (2024, 2025)}
    m["debt_carry"] = {y: m["principal"][y] - m["debt_cost"][y] for y in (2024, 2025)}
    m["debt_mat"] = {2026: m["tl_mat"][2026], 2027: m["tl_mat"][2027], 2028: m["tl_mat"][2028], 2029: m["conv"],
                     2030: 0, "after": 0}
    m["conv_shares"] = m["conv"] * m["conv_rate"]  # thousands of $ / 1,000 x 1,000 = shares
    m["conv_price"] = rnd(F(1000) / m["conv_rate"], 2)
    # ---- balance sheet at September 27, 2025
    b25 = {"cash": cf[2025]["end"]}
    b25["sti"] = b24["sti"] + m["inv_buy"][2025] - m["inv_mat"][2025] + m["unreal"][2025]
    for k in ("ar", "inv", "prep", "ap", "comp", "defrev", "accr", "tax_nc", "oth_l"):
        b25[k] = b24[k] + d25[k]
    b24["ppe"], b25["ppe"] = p24["net"], p25["net"]
    b25["rou"] = b24["rou"] + d25["lease"]
    b25["gw"] = b24["gw"]
    b24["intang"], b25["intang"] = ig[2024]["tot"][2], ig[2025]["tot"][2]
    b25["dta"] = b24["dta"] - m["tax_def"][2025]
    m["oth_a_fx"] = m["cta"][2025] - m["fx_cash"][2025]  # translation of non-cash foreign assets (non-cash)
    b25["oth_a"] = b24["oth_a"] + d25["oth_a"] + m["oth_a_fx"]
    b25["lease_cur"] = d25["lease_cur25"]
    b25["lease_nc"] = b24["lease_cur"] + b24["lease_nc"] + d25["lease"] - d25["lease_cur25"]
    for y, b in ((2024, b24), (2025, b25)):
        b["cur_debt"] = m["tl_mat"][2026] if y == 2025 else 40000
        b["ltd"] = m["debt_carry"][y] - b["cur_debt"]
    b25["apic"] = b24["apic"] + m["sbc"][2025] + m["plan_proc"][2025] - m["withhold"][2025]
    b25["aoci"] = b24["aoci"] + m["oci"][2025]
    for b in (b24, b25):
        b["ca"] = b["cash"] + b["sti"] + b["ar"] + b["inv"] + b["prep"]
        b["ta"] = b["ca"] + b["ppe"] + b["rou"] + b["gw"] + b["intang"] + b["dta"] + b["oth_a"]
        b["lease_tot"] = b["lease_cur"] + b["lease_nc"]
        b["cl"] = b["ap"] + b["comp"] + b["defrev"] + b["accr"] + b["cur_debt"] + b["lease_cur"]
        b["tl"] = b["cl"] + b["ltd"] + b["lease_nc"] + b["tax_nc"] + b["oth_l"]
        b["debt"] = b["cur_debt"] + b["ltd"]
    b24["re"] = b24["ta"] - b24["tl"] - b24["apic"] - b24["aoci"]
    b25["re"] = b24["re"] + m["ni"][2025] - m["div"][2025] - m["buyback"][2025]
    for b in (b24, b25):
        b["eq"] = b["apic"] + b["re"] + b["aoci"]
        b["tle"] = b["tl"] + b["eq"]
    m["b"] = {2024: b24, 2025: b25}
    m["inv_comp"] = {y: dict(m["inv_comp"][y], fg=m["b"][y]["inv"] - sum(m["inv_comp"][y].values()))
                     for y in (2024, 2025)}
    # ---- equity statement (repurchased shares are retired; cost charged to retained earnings)
    m["plan_net"] = {y: m["plan_proc"][y] - m["withhold"][y] for y in Y}
    eq = {2025: dict(apic=b25["apic"], re=b25["re"], aoci=b25["aoci"]),
          2024: dict(apic=b24["apic"], re=b24["re"], aoci=b24["aoci"])}
    for y in (2024, 2023):
        eq[y - 1] = dict(apic=eq[y]["apic"] - m["sbc"][y] - m["plan_net"][y],
                         re=eq[y]["re"] - m["ni"][y] + m["div"][y] + m["buyback"][y],
                         aoci=eq[y]["aoci"] - m["oci"][y])
    sh = {2022: m["sh_out22"]}
    for y in (2023, 2024, 2025):
        sh[y] = sh[y - 1] - m["sh_rep"][y] + m["sh_iss"][y]
    for y in eq:
        eq[y]["tot"] = eq[y]["apic"] + eq[y]["re"] + eq[y]["aoci"]
        eq[y]["sh"] = sh[y]
    m["eq"] = eq
    # ---- other derived figures
    m["lease_pay"] = sum(m["lease_mat"].values())
    m["lease_int"] = m["lease_pay"] - b25["lease_tot"]
    m["rev_avail"] = m["rev_cap"] - m["rev_loc"]
    m["emp_total"] = sum(m["emp"].values())
    m["rep_q_sh"] = sum(r[1] for r in m["rep_q"])
    m["rep_q_amt"] = sum(r[2] for r in m["rep_q"])
    m["rep_rem"] = m["rep_auth"] - m["rep_used24"] - m["buyback"][2025]
    m["da"] = {y: m["dep"][y] + m["amort"][y] for y in Y}
    return m


P = ("q25", "q24", "y25", "y24")


def retail():
    """Specialty home-furnishings retailer; dollars in tenths of a million (integers)."""
    r = {}

    def v(a, b, c, d):
        return dict(zip(P, (a, b, c, d), strict=True))
    r["stores_sales"] = v(4518, 4402, 13240, 12987)
    r["digital"] = v(1606, 1471, 4620, 4298)
    r["cat_names"] = {"FU": "Furniture", "KD": "Kitchen and dining", "DT": "Decor and textiles",
                      "SO": "Seasonal and other"}
    r["cat"] = {"FU": v(1842, 1795, 5480, 5362), "KD": v(1710, 1622, 5112, 4906), "DT": v(1468, 1431, 4180, 4108)}
    r["cos"] = v(3762, 3649, 11068, 10798)
    r["sga"] = v(1597, 1561, 4707, 4590)
    r["da"] = v(197, 188, 585, 555)
    r["impair"] = v(0, 24, 31, 24)
    r["intx"] = v(21, 27, 48, 61)
    r["tax"] = v(138, 106, 358, 316)
    r["sh_b"] = v(383, 391, 386, 394)  # tenths of a million shares
    r["sh_de"] = v(4, 3, 4, 3)
    r["sbc"] = v(58, 52, 171, 158)
    r["dc_cost"] = v(32, 0, 74, 0)  # distribution center transition costs within SG&A
    r["comp"] = v(F("3.1"), F("-1.4"), F("2.2"), F("-2.0"))  # comparable sales change, percent
    r["comp_store"] = v(F("1.2"), F("-2.6"), F("0.6"), F("-3.1"))
    r["comp_dig"] = v(F("9.2"), F("3.0"), F("7.5"), F("1.8"))
    r["st_beg_y"] = {"25": 402, "24": 389}
    r["st_open"] = v(8, 6, 17, 14)
    r["st_close"] = v(1, 2, 4, 5)
    r["sqft"] = {"25": F("6.48"), "24": F("6.27")}  # gross square feet, millions (prose)
    r["states"] = 39
    r["dps"] = F("0.26")
    r["rev_cap"], r["rev_loc"] = 5000, 126  # ABL facility and standby letters of credit (tenths of a million)
    r["capex_guide"] = (950, 1000)
    b_feb = dict(cash=986, recv=214, inv=4718, prep=386, ppe=6412, rou=11820, oth_a=268, ap=2310, accr=2145,
                 lease_cur=1738, abl=0, lease_lt=11206, dtl=312, oth_l=418, cs=4, apic=3772)
    b_nov24 = dict(cash=1422, recv=231, inv=5596, prep=402, ppe=6198, rou=11604, oth_a=255, ap=3318, accr=2206,
                   lease_cur=1702, abl=520, lease_lt=11012, dtl=298, oth_l=405, cs=4, apic=3716)
    r["cf_in"] = {"y25": dict(deft=-18, recv=-46, inv=-1144, prep=-52, ap=620, accr=188, lease=-64, other=12,
                              capex=-731, ablin=1850, ablout=-1450, div=-300, rep=-412, wh=-38),
                  "y24": dict(deft=-11, recv=-58, inv=-1078, prep=-35, ap=640, accr=96, lease=-58, other=9,
                              capex=-688, ablin=1940, ablout=-1420, div=-296, rep=-305, wh=-31)}
    r["rou_d"] = 208  # non-cash change in right-of-use assets (matched in lease liabilities), 39 weeks 2025
    r["lease_cur_nov"] = 1766
    r["sh_eq"] = {"feb25": 38805, "feb24": 39520}  # thousands of shares outstanding
    r["sh_iss"] = {"y25": 286, "y24": 241}
    r["sh_rep"] = {"y25": 1012, "y24": 849}
    r["emp"] = 11400
    # ---- derived
    r["sales"] = {p: r["stores_sales"][p] + r["digital"][p] for p in P}
    r["cat"]["SO"] = {p: r["sales"][p] - sum(r["cat"][c][p] for c in ("FU", "KD", "DT")) for p in P}
    r["gp"] = {p: r["sales"][p] - r["cos"][p] for p in P}
    r["oi"] = {p: r["gp"][p] - r["sga"][p] - r["da"][p] - r["impair"][p] for p in P}
    r["pti"] = {p: r["oi"][p] - r["intx"][p] for p in P}
    r["ni"] = {p: r["pti"][p] - r["tax"][p] for p in P}
    r["sh_d"] = {p: r["sh_b"][p] + r["sh_de"][p] for p in P}
    r["eps_b"] = {p: rnd(F(r["ni"][p], r["sh_b"][p]), 2) for p in P}
    r["eps_d"] = {p: rnd(F(r["ni"][p], r["sh_d"][p]), 2) for p in P}
    r["etr"] = {p: F(r["tax"][p], r["pti"][p]) for p in P}
    r["gm"] = {p: F(r["gp"][p], r["sales"][p]) for p in P}
    r["sga_pct"] = {p: F(r["sga"][p], r["sales"][p]) for p in P}
    r["om"] = {p: F(r["oi"][p], r["sales"][p]) for p in P}
    r["ebitda"] = {p: r["ni"][p] + r["intx"][p] + r["tax"][p] + r["da"][p] for p in P}
    r["adj_ebitda"] = {p: r["ebitda"][p] + r["sbc"][p] + r["impair"][p] + r["dc_cost"][p] for p in P}
    r["st_end"] = {"y25": r["st_beg_y"]["25"] + r["st_open"]["y25"] - r["st_close"]["y25"],
                   "y24": r["st_beg_y"]["24"] + r["st_open"]["y24"] - r["st_close"]["y24"]}
    r["st_end"]["q25"], r["st_end"]["q24"] = r["st_end"]["y25"], r["st_end"]["y24"]
    r["st_beg"] = {"y25": r["st_beg_y"]["25"], "y24": r["st_beg_y"]["24"]}
    for p in ("q25", "q24"):
        r["st_beg"][p] = r["st_end"][p] - r["st_open"][p] + r["st_close"][p]
    cf = {}
    for p in ("y25", "y24"):
        c = dict(ni=r["ni"][p], da=r["da"][p], sbc=r["sbc"][p], impair=r["impair"][p], **r["cf_in"][p])
        c["ocf"] = sum(c[k] for k in ("ni", "da", "sbc", "impair", "deft", "recv", "inv", "prep", "ap", "accr",
                                      "lease", "other"))
        c["icf"] = c["capex"]
        c["fcf"] = c["ablin"] + c["ablout"] + c["div"] + c["rep"] + c["wh"]
        c["net"] = c["ocf"] + c["icf"] + c["fcf"]
        cf[p] = c
    cf["y25"]["beg"] = b_feb["cash"]
    cf["y25"]["end"] = b_feb["cash"] + cf["y25"]["net"]
    cf["y24"]["end"] = b_nov24["cash"]
    cf["y24"]["beg"] = b_nov24["cash"] - cf["y24"]["net"]
    r["cf"] = cf
    r["fcf"] = {p: cf[p]["ocf"] + cf[p]["capex"] for p in ("y25", "y24")}
    c = cf["y25"]
    b_nov = {"cash": c["end"]}
    for k in ("recv", "inv", "prep"):
        b_nov[k] = b_feb[k] - c[k]
    b_nov["ppe"] = b_feb["ppe"] - c["capex"] - r["da"]["y25"] - r["impair"]["y25"]
    b_nov["rou"] = b_feb["rou"] + r["rou_d"]
    b_nov["oth_a"] = b_feb["oth_a"]
    b_nov["ap"] = b_feb["ap"] + c["ap"]
    b_nov["accr"] = b_feb["accr"] + c["accr"]
    b_nov["abl"] = b_feb["abl"] + c["ablin"] + c["ablout"]
    lease_tot = b_feb["lease_cur"] + b_feb["lease_lt"] + r["rou_d"] + c["lease"]
    b_nov["lease_cur"] = r["lease_cur_nov"]
    b_nov["lease_lt"] = lease_tot - r["lease_cur_nov"]
    b_nov["dtl"] = b_feb["dtl"] + c["deft"]
    b_nov["oth_l"] = b_feb["oth_l"] + c["other"]
    b_nov["cs"] = b_feb["cs"]
    b_nov["apic"] = b_feb["apic"] + c["sbc"] + c["wh"]
    for b in (b_feb, b_nov, b_nov24):
        b["ca"] = b["cash"] + b["recv"] + b["inv"] + b["prep"]
        b["ta"] = b["ca"] + b["ppe"] + b["rou"] + b["oth_a"]
        b["cl"] = b["ap"] + b["accr"] + b["lease_cur"] + b["abl"]
        b["tl"] = b["cl"] + b["lease_lt"] + b["dtl"] + b["oth_l"]
    for b in (b_feb, b_nov24):
        b["re"] = b["ta"] - b["tl"] - b["cs"] - b["apic"]
    b_nov["re"] = b_feb["re"] + c["ni"] + c["div"] + c["rep"]
    for b in (b_feb, b_nov, b_nov24):
        b["eq"] = b["cs"] + b["apic"] + b["re"]
        b["tle"] = b["tl"] + b["eq"]
    r["b"] = {"nov": b_nov, "feb": b_feb, "nov24": b_nov24}
    # equity statement, 39 weeks: 2024 opening balance rolled back from November 2, 2024
    c4 = cf["y24"]
    r["eq_open24"] = dict(cs=b_nov24["cs"], apic=b_nov24["apic"] - c4["sbc"] - c4["wh"],
                          re=b_nov24["re"] - c4["ni"] - c4["div"] - c4["rep"])
    r["sh_eq"]["nov25"] = r["sh_eq"]["feb25"] + r["sh_iss"]["y25"] - r["sh_rep"]["y25"]
    r["sh_eq"]["nov24"] = r["sh_eq"]["feb24"] + r["sh_iss"]["y24"] - r["sh_rep"]["y24"]
    r["rev_avail"] = r["rev_cap"] - b_nov["abl"] - r["rev_loc"]
    r["liquidity"] = r["rev_avail"] + b_nov["cash"]
    r["net_st"] = {p: r["st_open"][p] - r["st_close"][p] for p in P}
    return r


def bps_ok(a1, b1, a0, b0):
    """The basis-point change from unrounded rates equals the change of the one-decimal printed rates."""
    u = rnd((F(a1, b1) - F(a0, b0)) * 10000)
    p = (rnd(F(100 * a1, b1), 1) - rnd(F(100 * a0, b0), 1)) * 100
    return u == p


def check():
    m, r = semi(), retail()
    for y in (2024, 2025):
        b = m["b"][y]
        assert b["ta"] == b["tle"], y
        assert m["eq"][y]["tot"] == b["eq"], y
        assert sum(m["geo"][g][y] for g in REGIONS) == m["rev"][y]
        assert sum(m["ppe_geo"][y].values()) == m["ppe"][y]["net"] and m["ppe_geo"][y]["OT"] > 0
        assert min(m["inv_comp"][y].values()) > 0
        assert b["debt"] == m["principal"][y] - m["debt_cost"][y]
    for y in Y:
        assert sum(m["geo"][g][y] for g in REGIONS) == sum(m["line_rev"][k][y] for k in LINES) == m["rev"][y]
        assert m["rev"][y] - m["cogs"][y] - m["rd"][y] - m["sga"][y] - m["amort"][y] - m["restr"][y] == m["oi"][y]
        assert m["rr_stat"][y] + m["rr_state"][y] + m["rr_foreign"][y] + m["rr_credit"][y] + m["rr_fdii"][y] \
            + m["rr_sbc"][y] + m["rr_gilti"][y] + m["rr_other"][y] == m["tax"][y]
        assert m["tax_fed"][y] + m["tax_state"][y] + m["tax_forn"][y] + m["tax_def"][y] == m["tax"][y]
        assert m["tax_forn"][y] > 0 and m["pti_us"][y] > 0 and m["cf"][y]["beg"] > 0 and m["geo"]["RW"][y] > 0
        assert abs(m["rr_other"][y]) < 3000
    assert m["cf"][2025]["end"] == m["b"][2025]["cash"] > 0
    assert m["cf"][2025]["beg"] == m["cf"][2024]["end"] == m["b"][2024]["cash"]
    assert m["eq"][2022]["re"] > 0 and m["eq"][2022]["apic"] > 0
    assert m["eq"][2023]["tot"] + m["ni"][2024] + m["oci"][2024] + m["sbc"][2024] + m["plan_net"][2024] \
        - m["div"][2024] - m["buyback"][2024] == m["eq"][2024]["tot"]
    assert m["rep_q_sh"] == m["sh_rep"][2025] and m["rep_q_amt"] == m["buyback"][2025]
    assert m["ig"][2025]["tot"][2] == m["b"][2025]["intang"]
    assert min(m["ig"][2025][k][2] for k in ("dt", "cr", "tn")) > 0
    assert m["amort_sched"]["after"] > 0 and m["lease_int"] > 0 and m["ppe"][2025]["cip"] > 0
    assert sum(m["debt_mat"].values()) == m["principal"][2025]
    assert m["b"][2025]["lease_tot"] - m["b"][2024]["lease_tot"] == m["b"][2025]["rou"] - m["b"][2024]["rou"]
    assert m["emp_total"] > m["emp24"]
    assert bps_ok(m["gp"][2025], m["rev"][2025], m["gp"][2024], m["rev"][2024]), "10-K gross margin bps"
    # retail
    for k in ("nov", "feb", "nov24"):
        b = r["b"][k]
        assert b["ta"] == b["tle"], k
        assert b["re"] > 0 and b["cash"] > 0
    assert r["b"]["nov"]["cash"] == r["cf"]["y25"]["end"]
    for p in P:
        assert sum(r["cat"][c][p] for c in ("FU", "KD", "DT", "SO")) == r["sales"][p]
        assert r["stores_sales"][p] + r["digital"][p] == r["sales"][p]
        assert r["ni"][p] + r["intx"][p] + r["tax"][p] + r["da"][p] + r["sbc"][p] + r["impair"][p] \
            + r["dc_cost"][p] == r["adj_ebitda"][p]
    for a, b in (("q25", "q24"), ("y25", "y24")):
        assert bps_ok(r["gp"][a], r["sales"][a], r["gp"][b], r["sales"][b]), ("gm bps", a)
        assert bps_ok(r["sga"][a], r["sales"][a], r["sga"][b], r["sales"][b]), ("sga bps", a)
        assert bps_ok(r["oi"][a], r["sales"][a], r["oi"][b], r["sales"][b]), ("om bps", a)
    assert r["st_beg"]["q25"] > r["st_beg"]["y25"] and r["b"]["nov"]["abl"] > 0
    # statements made in answer texts
    b25 = m["b"][2025]
    assert b25["cur_debt"] + b25["ltd"] > b25["cash"] + b25["sti"], "net debt"
    assert F(m["rd"][2025], m["rev"][2025]) < F(m["rd"][2023], m["rev"][2023]), "R&D intensity lower"
    gr = {k: F(m["line_rev"][k][2025], m["line_rev"][k][2024]) for k in LINES}
    assert max(gr, key=gr.get) == "MI", "fastest product line"
    assert r["comp_dig"]["q25"] > r["comp_store"]["q25"], "digital comps ahead"
    assert r["sga_pct"]["y25"] < r["sga_pct"]["y24"], "SG&A leverage"
    e = r["eq_open24"]
    assert e["re"] > 0 and e["apic"] > 0
    assert r["cf"]["y24"]["beg"] > 0
    return m, r


if __name__ == "__main__":
    m, r = check()
    for k in ("rev", "gp", "oi", "pti", "ni", "eps_d", "ocf", "fcf", "sbc", "ng_oi"):
        print(k, m[k])
    print("gm", {y: float(m["gp"][y] / F(m["rev"][y])) for y in Y}, "etr", {y: float(m["etr"][y]) for y in Y})
    print("cash", {y: m["cf"][y]["beg"] for y in Y}, m["b"][2025]["cash"], "re", m["b"][2024]["re"], m["eq"][2022])
    print("b25", m["b"][2025])
    for k in ("sales", "gp", "oi", "ni", "eps_d", "adj_ebitda", "st_end", "st_beg", "fcf"):
        print(k, r[k])
    print({k: (float(r["gm"][k]), float(r["sga_pct"][k]), float(r["om"][k]), float(r["etr"][k])) for k in P})
    print(r["b"], r["cf"], r["eq_open24"])
