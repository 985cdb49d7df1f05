"""Every input of the two invented filings stated once; everything else derived with exact integer / Fraction
arithmetic.  Packaged-foods 10-K: millions of dollars, fiscal years of 52/53 weeks ending on the last Saturday of
June.  Truckload 10-Q: thousands of dollars.  ``check()`` asserts the tie-outs."""

from fractions import Fraction as F

from kit import rnd

Y = (2025, 2024, 2023)
SEGS = ("NR", "FS", "IN")


def y3(a, b, c):
    return {2025: a, 2024: b, 2023: c}


def foods():
    m = {}
    m["seg_names"] = {"NR": "North America Retail", "FS": "Foodservice", "IN": "International"}
    m["sales_seg"] = {"NR": y3(3412, 3388, 3205), "FS": y3(1186, 1142, 1068), "IN": y3(742, 705, 689)}
    m["op_seg"] = {"NR": y3(612, 588, 541), "FS": y3(171, 158, 139), "IN": y3(68, 71, 66)}
    m["dep_seg"] = {"NR": y3(104, 101, 97), "FS": y3(38, 36, 34), "IN": y3(19, 19, 18)}
    # FY2025 vs FY2024 net sales bridge: price/mix, 53rd week, acquisition, currency (volume derived)
    m["price"] = {"NR": 102, "FS": 41, "IN": 29}
    m["wk53"] = {"NR": -58, "FS": -21, "IN": -12}
    m["acq_eff"] = {"NR": 0, "FS": 38, "IN": 0}
    m["fx_eff"] = {"NR": 0, "FS": 0, "IN": -11}
    m["corp"] = y3(142, 136, 128)
    m["restr"] = y3(24, 31, 9)
    m["amort"] = y3(38, 36, 35)
    m["impair"] = y3(0, 46, 0)
    m["cogs"] = y3(3580, 3566, 3420)
    m["int"] = y3(118, 124, 109)
    m["oth"] = y3(-7, -4, 3)  # other expense (income), net
    m["tax"] = y3(121, 98, 104)
    m["tax_def"] = y3(9, -6, 5)
    m["tax_fed"] = y3(71, 62, 63)
    m["tax_state"] = y3(17, 15, 14)
    m["rr_state"] = y3(15, 13, 12)
    m["rr_foreign"] = y3(4, 3, 3)
    m["rr_impair"] = y3(0, 4, 0)
    m["rr_credits"] = y3(-6, -5, -5)
    m["sh_basic"] = y3(F("120.9"), F("123.7"), F("125.5"))
    m["sh_dil_eff"] = y3(F("0.9"), F("1.0"), F("1.1"))
    m["dps"] = y3(F("1.52"), F("1.44"), F("1.36"))
    m["div"] = y3(184, 178, 171)
    m["buyback"] = y3(250, 175, 120)
    m["sbc"] = y3(41, 38, 35)
    m["capex"] = y3(212, 236, 198)
    m["asset_sale"] = y3(11, 6, 8)
    m["acq"] = y3(162, 0, 0)
    m["acq_gw"], m["acq_int"] = 98, 64
    m["acq_costs"] = y3(7, 0, 0)
    m["debt_in"] = y3(810, 420, 150)
    m["debt_out"] = y3(570, 365, 290)
    m["fx_cash"] = y3(-4, -6, 3)
    m["cta"] = y3(-10, -19, 12)
    m["oci_hedge"] = y3(6, -3, 4)
    # restructuring reserve (included in accrued liabilities): opening balance of FY2024, cash paid, non-cash
    m["rs_beg24"] = 14
    m["rs_cash"] = {2024: 22, 2025: 27}
    m["rs_noncash"] = {2024: 9, 2025: 3}
    m["rs_noncash23"] = 2
    m["wc_names"] = ("ar", "inv", "prep", "ap", "accr", "taxp", "other")
    m["wc"] = {2024: dict(ar=-21, inv=-44, prep=5, ap=31, accr=12, taxp=4, other=-7),
               2023: dict(ar=-36, inv=-58, prep=-6, ap=22, accr=-9, taxp=-2, other=3)}
    b24 = dict(cash=284, ar=498, inv=702, prep=96, ppe=1842, rou=188, gw=2410, intang=1326, oth_a=112,
               cur_debt=150, ap=612, accr=388, taxp=22, lease_cur=38, ltd=2650, lease_nc=162, def_tax=298,
               oth_l=124, apic=1124, treas=-1864, aoci=-212)
    d25 = dict(ar=27, inv=36, prep=-4, ap=19, accr=11, taxp=5, oth_a=6, oth_l=-2, lease=9, lease_cur25=41)
    m["gw_seg24"] = {"NR": 1462, "FS": 586}
    m["inv_rm"] = {2025: 268, 2024: 251}
    m["inv_sup"] = {2025: 57, 2024: 54}
    m["lease_mat"] = {2026: 47, 2027: 41, 2028: 35, 2029: 29, 2030: 24, "after": 61}
    m["lease_cost"] = y3(49, 46, 44)
    m["debt"] = {2024: dict(rev=120, tl=500, n25=150, n28=700, n31=600, n34=730, n35=0),
                 2025: dict(rev=60, tl=450, n25=0, n28=700, n31=600, n34=730, n35=500)}
    m["debt_mat"] = {2026: 50, 2027: 50, 2028: 1050, 2029: 60, 2030: 0, "after": 1830}
    m["rev_cap"], m["rev_loc"] = 1250, 18
    m["employees"] = {"NR": 7420, "FS": 2680, "IN": 1960, "corp": 540}
    m["sh_out22"] = F("126.4")
    m["sh_rep"] = y3(F("3.7"), F("2.8"), F("2.0"))
    m["sh_iss"] = y3(F("0.5"), F("0.4"), F("0.4"))
    # fiscal fourth-quarter repurchases: (period, total shares, program shares, average price in cents)
    m["rep_q4"] = [("March 30 \u2013 April 26, 2025", 214300, 214300, 6872),
                   ("April 27 \u2013 May 24, 2025", 236950, 233800, 6641),
                   ("May 25 \u2013 June 28, 2025", 281400, 281400, 6518)]
    m["rep_remaining_q3"] = 846300000
    m["restr_prog_total"] = 95  # expected total cost of the Fit-to-Grow program (prose only)

    # ---- derived: income statement
    m["sales"] = {y: sum(m["sales_seg"][s][y] for s in SEGS) for y in Y}
    m["gp"] = {y: m["sales"][y] - m["cogs"][y] for y in Y}
    m["seg_op_total"] = {y: sum(m["op_seg"][s][y] for s in SEGS) for y in Y}
    m["oi"] = {y: m["seg_op_total"][y] - m["corp"][y] - m["restr"][y] - m["amort"][y] - m["impair"][y] for y in Y}
    m["sga"] = {y: m["gp"][y] - m["amort"][y] - m["restr"][y] - m["impair"][y] - m["oi"][y] for y in Y}
    m["pti"] = {y: m["oi"][y] - m["int"][y] - m["oth"][y] for y in Y}
    m["ni"] = {y: m["pti"][y] - m["tax"][y] for y in Y}
    m["tax_cur"] = {y: m["tax"][y] - m["tax_def"][y] for y in Y}
    m["tax_forn"] = {y: m["tax_cur"][y] - m["tax_fed"][y] - m["tax_state"][y] for y in Y}
    m["rr_stat"] = {y: int(rnd(F(21, 100) * m["pti"][y])) for y in Y}
    m["rr_other"] = {y: m["tax"][y] - m["rr_stat"][y] - m["rr_state"][y] - m["rr_foreign"][y] - m["rr_impair"][y]
                     - m["rr_credits"][y] for y in Y}
    m["etr"] = {y: F(m["tax"][y], m["pti"][y]) for y in Y}
    m["sh_dil"] = {y: m["sh_basic"][y] + m["sh_dil_eff"][y] for y in Y}
    m["eps_b"] = {y: rnd(F(m["ni"][y]) / m["sh_basic"][y], 2) for y in Y}
    m["eps_d"] = {y: rnd(F(m["ni"][y]) / m["sh_dil"][y], 2) for y in Y}
    m["dep_corp"] = y3(10, 9, 9)
    m["dep"] = {y: sum(m["dep_seg"][s][y] for s in SEGS) + m["dep_corp"][y] for y in Y}
    m["da"] = {y: m["dep"][y] + m["amort"][y] for y in Y}
    m["ebitda"] = {y: m["ni"][y] + m["tax"][y] + m["int"][y] + m["da"][y] for y in Y}
    m["adj_ebitda"] = {y: m["ebitda"][y] + m["restr"][y] + m["impair"][y] + m["acq_costs"][y] + m["sbc"][y]
                       for y in Y}
    m["vol"] = {s: m["sales_seg"][s][2025] - m["sales_seg"][s][2024] - m["price"][s] - m["wk53"][s]
                - m["acq_eff"][s] - m["fx_eff"][s] for s in SEGS}
    m["organic"] = {s: m["vol"][s] + m["price"][s] for s in SEGS}
    for k in ("vol", "price", "wk53", "acq_eff", "fx_eff", "organic"):
        m[k]["tot"] = sum(m[k][s] for s in SEGS)
    m["wk53_total"] = -m["wk53"]["tot"]
    # restructuring reserve roll-forward
    rs = {2023: m["rs_beg24"]}
    for y in (2024, 2025):
        rs[y] = rs[y - 1] + m["restr"][y] - m["rs_cash"][y] - m["rs_noncash"][y]
    m["rs_end"] = rs
    m["rs_noncash"][2023] = m["rs_noncash23"]
    m["noncash_chg"] = {y: m["impair"][y] + m["rs_noncash"][y] for y in Y}
    m["oci"] = {y: m["cta"][y] + m["oci_hedge"][y] for y in Y}
    m["ci"] = {y: m["ni"][y] + m["oci"][y] for y in Y}
    m["wc"][2025] = dict(ar=-d25["ar"], inv=-d25["inv"], prep=-d25["prep"], ap=d25["ap"], accr=d25["accr"],
                         taxp=d25["taxp"], other=d25["oth_l"] - d25["oth_a"])
    cf = {}
    for y in Y:
        c = dict(ni=m["ni"][y], dep=m["dep"][y], amort=m["amort"][y], ncc=m["noncash_chg"][y], sbc=m["sbc"][y],
                 deft=m["tax_def"][y], **m["wc"][y])
        c["ocf"] = sum(c[k] for k in ("ni", "dep", "amort", "ncc", "sbc", "deft") + m["wc_names"])
        c["capex"], c["sale"], c["acq"] = -m["capex"][y], m["asset_sale"][y], -m["acq"][y]
        c["icf"] = c["capex"] + c["sale"] + c["acq"]
        c["din"], c["dout"], c["div"], c["rep"] = m["debt_in"][y], -m["debt_out"][y], -m["div"][y], -m["buyback"][y]
        c["fcf"] = c["din"] + c["dout"] + c["div"] + c["rep"]
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
    b25 = {"cash": cf[2025]["end"]}
    for k in ("ar", "inv", "prep", "ap", "accr", "taxp"):
        b25[k] = b24[k] + d25[k]
    b25["ppe"] = b24["ppe"] + m["capex"][2025] - m["dep"][2025] - m["asset_sale"][2025] - m["rs_noncash"][2025]
    b25["rou"] = b24["rou"] + d25["lease"]
    m["gw_fx"] = m["cta"][2025] - m["fx_cash"][2025]
    b25["gw"] = b24["gw"] + m["acq_gw"] + m["gw_fx"]
    b25["intang"] = b24["intang"] + m["acq_int"] - m["amort"][2025] - m["impair"][2025]
    b25["oth_a"] = b24["oth_a"] + d25["oth_a"] + m["oci_hedge"][2025]  # hedge fair-value change is non-cash
    b25["lease_cur"] = d25["lease_cur25"]
    b25["lease_nc"] = b24["lease_cur"] + b24["lease_nc"] + d25["lease"] - d25["lease_cur25"]
    b25["cur_debt"] = m["debt_mat"][2026]
    m["debt_tot"] = {y: sum(m["debt"][y].values()) for y in (2024, 2025)}
    b25["ltd"] = m["debt_tot"][2025] - b25["cur_debt"]
    b25["def_tax"] = b24["def_tax"] + m["tax_def"][2025]
    b25["oth_l"] = b24["oth_l"] + d25["oth_l"]
    b25["apic"] = b24["apic"] + m["sbc"][2025]
    b25["treas"] = b24["treas"] - m["buyback"][2025]
    b25["aoci"] = b24["aoci"] + m["oci"][2025]
    for b in (b24, b25):
        b["ca"] = b["cash"] + b["ar"] + b["inv"] + b["prep"]
        b["ta"] = b["ca"] + b["ppe"] + b["rou"] + b["gw"] + b["intang"] + b["oth_a"]
        b["lease_tot"] = b["lease_cur"] + b["lease_nc"]
        b["cliab"] = b["cur_debt"] + b["ap"] + b["accr"] + b["taxp"] + b["lease_cur"]
        b["tl"] = b["cliab"] + b["ltd"] + b["lease_nc"] + b["def_tax"] + b["oth_l"]
        b["debt"] = b["cur_debt"] + b["ltd"]
    b24["re"] = b24["ta"] - b24["tl"] - b24["apic"] - b24["treas"] - b24["aoci"]
    b25["re"] = b24["re"] + m["ni"][2025] - m["div"][2025]
    for b in (b24, b25):
        b["eq"] = b["apic"] + b["re"] + b["treas"] + b["aoci"]
        b["tle"] = b["tl"] + b["eq"]
    m["b"] = {2024: b24, 2025: b25}
    m["aoci_chg"] = m["oci"]
    eq = {2024: dict(apic=b24["apic"], re=b24["re"], treas=b24["treas"], aoci=b24["aoci"])}
    eq[2023] = dict(apic=b24["apic"] - m["sbc"][2024], re=b24["re"] - m["ni"][2024] + m["div"][2024],
                    treas=b24["treas"] + m["buyback"][2024], aoci=b24["aoci"] - m["aoci_chg"][2024])
    eq[2022] = dict(apic=eq[2023]["apic"] - m["sbc"][2023], re=eq[2023]["re"] - m["ni"][2023] + m["div"][2023],
                    treas=eq[2023]["treas"] + m["buyback"][2023], aoci=eq[2023]["aoci"] - m["aoci_chg"][2023])
    eq[2025] = dict(apic=b25["apic"], re=b25["re"], treas=b25["treas"], aoci=b25["aoci"])
    sh = {2022: m["sh_out22"]}
    for y in (2023, 2024, 2025):
        sh[y] = sh[y - 1] - m["sh_rep"][y] + m["sh_iss"][y]
    for y in eq:
        eq[y]["tot"] = sum(eq[y].values())
        eq[y]["sh"] = sh[y]
    m["eq"] = eq
    m["inv_fg"] = {y: m["b"][y]["inv"] - m["inv_rm"][y] - m["inv_sup"][y] for y in (2024, 2025)}
    m["gw_seg24"]["IN"] = b24["gw"] - m["gw_seg24"]["NR"] - m["gw_seg24"]["FS"]
    m["gw_seg25"] = {"NR": m["gw_seg24"]["NR"], "FS": m["gw_seg24"]["FS"] + m["acq_gw"],
                     "IN": m["gw_seg24"]["IN"] + m["gw_fx"]}
    m["lease_pay"] = sum(m["lease_mat"].values())
    m["lease_int"] = m["lease_pay"] - b25["lease_tot"]
    m["rev_avail"] = m["rev_cap"] - m["debt"][2025]["rev"] - m["rev_loc"]
    rem = F(m["rep_remaining_q3"])
    m["rep_rem"] = []
    for _, _, prog, cents in m["rep_q4"]:
        rem -= F(prog * cents, 100)
        m["rep_rem"].append(rem)
    m["rep_q4_total"] = sum(r[1] for r in m["rep_q4"])
    m["rep_q4_prog"] = sum(r[2] for r in m["rep_q4"])
    m["emp_total"] = sum(m["employees"].values())
    m["seg_dep_total"] = {y: sum(m["dep_seg"][s][y] for s in SEGS) for y in Y}
    return m


P = ("q25", "q24", "n25", "n24")


def truck():
    t = {}

    def v(a, b, c, d):
        return dict(zip(P, (a, b, c, d), strict=True))
    t["days"] = v(92, 92, 273, 274)
    t["ts_base"] = v(318420, 331805, 962140, 1001560)
    t["fsc"] = v(48215, 55930, 148660, 171240)
    t["lg_rev"] = v(86340, 79115, 249870, 236410)
    t["elim"] = v(2140, 1985, 6310, 5870)
    t["x_sal"] = v(168880, 171620, 510240, 519810)
    t["x_fuel"] = v(56910, 63480, 176220, 194870)
    t["x_om"] = v(27640, 28190, 82610, 84350)
    t["x_ins"] = v(19870, 18240, 58960, 54110)
    t["x_taxlic"] = v(5210, 5380, 15740, 16080)
    t["x_comm"] = v(1640, 1710, 4930, 5110)
    t["x_dep"] = v(42120, 43060, 127410, 128970)
    t["amort"] = v(2140, 2140, 6420, 6420)
    t["x_pt"] = v(83650, 78540, 243380, 235170)
    t["gain"] = v(3120, 1840, 7460, 6920)
    t["impair"] = v(0, 0, 4850, 0)
    t["x_other"] = v(9470, 9820, 28150, 28960)
    t["intx"] = v(6840, 7510, 20930, 23180)
    t["inti"] = v(310, 420, 1020, 1390)
    t["tax_rate"] = v(F("0.252"), F("0.247"), F("0.252"), F("0.247"))
    t["sh_b"] = v(41352, 42610, 41780, 42935)
    t["sh_de"] = v(284, 311, 296, 322)
    t["lg_oi"] = v(4310, 4680, 12540, 13870)
    t["lg_xpt"] = v(73210, 67490, 211640, 202380)  # purchased transportation of the logistics segment
    # truckload operating statistics
    t["tractors"] = v(3862, 4108, 3915, 4136)
    t["loaded"] = v(84210, 88940, 255180, 268430)  # loaded miles, thousands
    t["total_mi"] = v(97470, 102810, 295620, 310240)  # total miles, thousands
    t["loads"] = v(168420, 171040, 507300, 520730)
    t["dps"] = F("0.18")
    # balance sheet December 31, 2024 (retained earnings derived)
    b0 = dict(cash=48210, ar=198430, prep=42870, hfs=12460, ppe=1512840, rou=64210, gw=168450, intang=72380,
              oth_a=18920, ap=88140, accr=112560, claims=41280, cur_debt=40000, lease_cur=18760, ltd=402500,
              lease_nc=47930, def_tax=312640, claims_nc=38410, apic=421700, treas=-96800)
    t["debt"] = {"dec": dict(rev=60000, tl=250000, eqn=132500), "sep": dict(rev=95000, tl=220000, eqn=104800)}
    t["rev_cap"], t["rev_loc"] = 400000, 36200
    t["cf_in"] = {"n25": dict(deft=6240, ar=-5180, prep=1930, ap=4260, accr=-3370, claims=2890, other=-1140,
                              capex=-148620, nbv=24350, rin=145000, rout=-110000, tlrep=-30000, eqrep=-27700,
                              rep=-38450, div=-22410),
                  "n24": dict(deft=8110, ar=6420, prep=-2310, ap=-5830, accr=-4120, claims=3410, other=-980,
                              capex=-176240, nbv=31180, rin=90000, rout=-105000, tlrep=-30000, eqrep=-29900,
                              rep=-22140, div=-21900)}
    t["cash_dec23"] = 61840
    t["oth_a_d"], t["lease_d"], t["lease_cur_sep"] = 1140, -4870, 18120
    t["capex_commit"] = 118400  # remaining 2025 and 2026 equipment commitments (prose)
    t["rep_q3"] = [("July 1 \u2013 July 31, 2025", 142600, 3018), ("August 1 \u2013 August 31, 2025", 168250, 2946),
                   ("September 1 \u2013 September 30, 2025", 121400, 3104)]
    t["rep_rem_jun"] = 187500000
    # ---- derived
    t["ts_rev"] = {p: t["ts_base"][p] + t["fsc"][p] for p in P}
    t["rev"] = {p: t["ts_rev"][p] + t["lg_rev"][p] - t["elim"][p] for p in P}
    t["da"] = {p: t["x_dep"][p] + t["amort"][p] for p in P}
    exp_keys = ("x_sal", "x_fuel", "x_om", "x_ins", "x_taxlic", "x_comm", "da", "x_pt", "impair", "x_other")
    t["exp"] = {p: sum(t[k][p] for k in exp_keys) - t["gain"][p] for p in P}
    t["oi"] = {p: t["rev"][p] - t["exp"][p] for p in P}
    t["pti"] = {p: t["oi"][p] - t["intx"][p] + t["inti"][p] for p in P}
    t["tax"] = {p: int(rnd(t["pti"][p] * t["tax_rate"][p])) for p in P}
    t["ni"] = {p: t["pti"][p] - t["tax"][p] for p in P}
    t["sh_d"] = {p: t["sh_b"][p] + t["sh_de"][p] for p in P}
    t["eps_b"] = {p: rnd(F(t["ni"][p], t["sh_b"][p]), 2) for p in P}
    t["eps_d"] = {p: rnd(F(t["ni"][p], t["sh_d"][p]), 2) for p in P}
    t["or"] = {p: rnd(F(100 * t["exp"][p], t["rev"][p]), 1) for p in P}
    t["adj_exp"] = {p: t["exp"][p] - t["fsc"][p] - t["amort"][p] - t["impair"][p] for p in P}
    t["adj_rev"] = {p: t["rev"][p] - t["fsc"][p] for p in P}
    t["adj_oi"] = {p: t["adj_rev"][p] - t["adj_exp"][p] for p in P}
    t["adj_or"] = {p: rnd(F(100 * t["adj_exp"][p], t["adj_rev"][p]), 1) for p in P}
    t["ts_oi"] = {p: t["oi"][p] - t["lg_oi"][p] for p in P}
    t["ts_exp"] = {p: t["ts_rev"][p] - t["ts_oi"][p] for p in P}
    t["ts_or"] = {p: rnd(F(100 * t["ts_exp"][p], t["ts_rev"][p]), 1) for p in P}
    t["ts_adj_or"] = {p: rnd(F(100 * (t["ts_exp"][p] - t["fsc"][p]), t["ts_base"][p]), 1) for p in P}
    t["lg_or"] = {p: rnd(F(100 * (t["lg_rev"][p] - t["lg_oi"][p]), t["lg_rev"][p]), 1) for p in P}
    t["int_net"] = {p: t["intx"][p] - t["inti"][p] for p in P}
    t["adj_ebitda"] = {p: t["ni"][p] + t["int_net"][p] + t["tax"][p] + t["da"][p] + t["impair"][p] for p in P}
    t["rptw"] = {p: rnd(F(1000 * t["ts_base"][p] * 7, t["tractors"][p] * t["days"][p]), 0) for p in P}
    t["rplm"] = {p: rnd(F(t["ts_base"][p], t["loaded"][p]), 3) for p in P}
    t["empty"] = {p: rnd(F(100 * (t["total_mi"][p] - t["loaded"][p]), t["total_mi"][p]), 1) for p in P}
    t["loh"] = {p: rnd(F(1000 * t["loaded"][p], t["loads"][p]), 0) for p in P}
    cf = {}
    for p in ("n25", "n24"):
        c = dict(ni=t["ni"][p], da=t["da"][p], gain=-t["gain"][p], impair=t["impair"][p],
                 sbc={"n25": 7840, "n24": 7210}[p], **t["cf_in"][p])
        c["ocf"] = sum(c[k] for k in ("ni", "da", "gain", "impair", "sbc", "deft", "ar", "prep", "ap", "accr",
                                      "claims", "other"))
        c["sale"] = c.pop("nbv") + t["gain"][p]
        c["icf"] = c["capex"] + c["sale"]
        c["fcf"] = c["rin"] + c["rout"] + c["tlrep"] + c["eqrep"] + c["div"] + c["rep"]
        c["net"] = c["ocf"] + c["icf"] + c["fcf"]
        cf[p] = c
    cf["n25"]["beg"] = b0["cash"]
    cf["n25"]["end"] = b0["cash"] + cf["n25"]["net"]
    cf["n24"]["beg"] = t["cash_dec23"]
    cf["n24"]["end"] = t["cash_dec23"] + cf["n24"]["net"]
    t["cf"] = cf
    t["sbc"] = {"n25": cf["n25"]["sbc"], "n24": cf["n24"]["sbc"]}
    c = cf["n25"]
    b1 = {"cash": c["end"]}
    for k in ("ar", "prep"):
        b1[k] = b0[k] - c[k]
    b1["hfs"] = b0["hfs"]
    b1["ppe"] = b0["ppe"] - c["capex"] - t["x_dep"]["n25"] - t["cf_in"]["n25"]["nbv"] - t["impair"]["n25"]
    b1["rou"] = b0["rou"] + t["lease_d"]
    b1["gw"] = b0["gw"]
    b1["intang"] = b0["intang"] - t["amort"]["n25"]
    b1["oth_a"] = b0["oth_a"] + t["oth_a_d"]
    b1["ap"] = b0["ap"] + c["ap"]
    b1["accr"] = b0["accr"] + c["accr"]
    b1["claims"] = b0["claims"] + c["claims"]
    t["debt_tot"] = {k: sum(t["debt"][k].values()) for k in ("dec", "sep")}
    b1["cur_debt"] = 40000
    b1["ltd"] = t["debt_tot"]["sep"] - b1["cur_debt"]
    b1["lease_cur"] = t["lease_cur_sep"]
    b1["lease_nc"] = b0["lease_cur"] + b0["lease_nc"] + t["lease_d"] - t["lease_cur_sep"]
    b1["def_tax"] = b0["def_tax"] + c["deft"]
    b1["claims_nc"] = b0["claims_nc"] + c["other"] + t["oth_a_d"]
    b1["apic"] = b0["apic"] + c["sbc"]
    b1["treas"] = b0["treas"] + c["rep"]
    for b in (b0, b1):
        b["ca"] = b["cash"] + b["ar"] + b["prep"] + b["hfs"]
        b["ta"] = b["ca"] + b["ppe"] + b["rou"] + b["gw"] + b["intang"] + b["oth_a"]
        b["cl"] = b["ap"] + b["accr"] + b["claims"] + b["cur_debt"] + b["lease_cur"]
        b["tl"] = b["cl"] + b["ltd"] + b["lease_nc"] + b["def_tax"] + b["claims_nc"]
        b["debt"] = b["cur_debt"] + b["ltd"]
    b0["re"] = b0["ta"] - b0["tl"] - b0["apic"] - b0["treas"]
    b1["re"] = b0["re"] + c["ni"] + c["div"]
    for b in (b0, b1):
        b["eq"] = b["apic"] + b["re"] + b["treas"]
        b["tle"] = b["tl"] + b["eq"]
    t["b"] = {"dec": b0, "sep": b1}
    t["rev_avail"] = t["rev_cap"] - t["debt"]["sep"]["rev"] - t["rev_loc"]
    rem = F(t["rep_rem_jun"])
    t["rep_rem"] = []
    for _, n, cents in t["rep_q3"]:
        rem -= F(n * cents, 100)
        t["rep_rem"].append(rem)
    t["rep_q3_total"] = sum(r[1] for r in t["rep_q3"])
    return t


def check():
    m, t = foods(), truck()
    for y in (2024, 2025):
        b = m["b"][y]
        assert b["ta"] == b["tle"], y
        assert b["debt"] == m["debt_tot"][y], y
        assert m["eq"][y]["tot"] == b["eq"], y
        assert m["rs_end"][y] > 0 and m["rs_end"][y] < b["accr"]
    assert m["cf"][2025]["end"] == m["b"][2025]["cash"] > 0
    assert m["cf"][2025]["beg"] == m["cf"][2024]["end"] == m["b"][2024]["cash"]
    assert m["debt_tot"][2025] - m["debt_tot"][2024] == m["debt_in"][2025] - m["debt_out"][2025]
    assert sum(m["debt_mat"].values()) == m["debt_tot"][2025]
    assert m["lease_int"] > 0
    assert sum(m["gw_seg25"].values()) == m["b"][2025]["gw"]
    assert m["eq"][2023]["tot"] + m["ni"][2024] + m["aoci_chg"][2024] + m["sbc"][2024] - m["div"][2024] \
        - m["buyback"][2024] == m["eq"][2024]["tot"]
    for y in Y:
        assert m["sales"][y] - m["cogs"][y] - m["sga"][y] - m["amort"][y] - m["restr"][y] - m["impair"][y] \
            == m["oi"][y]
        assert m["rr_stat"][y] + m["rr_state"][y] + m["rr_foreign"][y] + m["rr_impair"][y] + m["rr_credits"][y] \
            + m["rr_other"][y] == m["tax"][y]
        assert m["tax_fed"][y] + m["tax_state"][y] + m["tax_forn"][y] + m["tax_def"][y] == m["tax"][y]
        assert m["tax_forn"][y] > 0 and m["sga"][y] > 0 and m["cf"][y]["beg"] > 0
        assert m["ebitda"][y] == m["oi"][y] - m["oth"][y] + m["da"][y]
    for s in SEGS:
        assert m["sales_seg"][s][2024] + m["organic"][s] + m["wk53"][s] + m["acq_eff"][s] + m["fx_eff"][s] \
            == m["sales_seg"][s][2025]
    assert m["eq"][2022]["re"] > 0 and min(m["inv_fg"].values()) > 0
    for k in ("dec", "sep"):
        b = t["b"][k]
        assert b["ta"] == b["tle"], k
        assert b["debt"] == t["debt_tot"][k]
    assert t["b"]["sep"]["cash"] == t["cf"]["n25"]["end"] > 0
    d = t["cf"]["n25"]
    assert t["debt_tot"]["sep"] - t["debt_tot"]["dec"] == d["rin"] + d["rout"] + d["tlrep"] + d["eqrep"]
    for p in P:
        assert t["ni"][p] + t["int_net"][p] + t["tax"][p] + t["da"][p] + t["impair"][p] == t["adj_ebitda"][p]
        assert t["ts_oi"][p] + t["lg_oi"][p] == t["oi"][p] and t["ts_oi"][p] > 0
        assert 85 < t["or"][p] < 97 and t["lg_xpt"][p] < t["x_pt"][p]
    return m, t


if __name__ == "__main__":
    m, t = check()
    print("sales", m["sales"], "ni", m["ni"], "eps", m["eps_d"], "ocf", m["ocf"], "cash25", m["b"][2025]["cash"])
    print("RE", m["b"][2024]["re"], m["eq"][2022], "adj", m["adj_ebitda"], "etr", {y: float(m["etr"][y]) for y in Y})
    print("vol", m["vol"], "org", m["organic"], "rs", m["rs_end"], "cfbeg", m["cf"][2023]["beg"])
    print("truck rev", t["rev"], "oi", t["oi"], "or", t["or"], "adj_or", t["adj_or"], "ni", t["ni"], t["eps_d"])
    print("lg_oi", t["lg_oi"], "ts_or", t["ts_or"], "rptw", t["rptw"], "rplm", t["rplm"], t["empty"], t["loh"])
    print("cash", t["b"]["sep"]["cash"], t["cf"]["n24"]["end"], "re", t["b"]["dec"]["re"], t["cf"]["n25"])
