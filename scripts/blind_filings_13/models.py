"""Every input of the two invented filings stated once; everything else derived with exact integer / Fraction
arithmetic.  Machinery 10-K: millions of dollars.  Hotel 10-Q: thousands of dollars.  ``check()`` asserts the
tie-outs (statements, subtotals, cash, segments, roll-forwards)."""

from fractions import Fraction as F

from kit import rnd

Y = (2025, 2024, 2023)


def y3(a, b, c):
    return {2025: a, 2024: b, 2023: c}


def machinery():
    m = {}
    segs = ("LH", "FP", "PC")
    m["seg_names"] = {"LH": "Lifting & Handling Systems", "FP": "Flow & Process Equipment",
                      "PC": "Precision Components"}
    m["sales_seg"] = {"LH": y3(2117, 1968, 1842), "FP": y3(1436, 1301, 1214), "PC": y3(688, 702, 689)}
    m["op_seg"] = {"LH": y3(337, 301, 268), "FP": y3(198, 171, 152), "PC": y3(71, 84, 88)}
    m["dep_seg"] = {"LH": y3(44, 42, 40), "FP": y3(33, 30, 29), "PC": y3(15, 15, 15)}
    m["capex_seg"] = {"LH": y3(55, 48, 45), "FP": y3(42, 38, 33), "PC": y3(18, 17, 16)}
    m["acq_eff"] = {"LH": 0, "FP": 58, "PC": 0}
    m["fx_eff"] = {"LH": -14, "FP": -9, "PC": 5}
    m["orders"] = {"LH": {2025: 2188, 2024: 2031}, "FP": {2025: 1503, 2024: 1352}, "PC": {2025: 672, 2024: 690}}
    m["backlog24"] = {"LH": 1062, "FP": 874, "PC": 211}
    m["acq_backlog"] = {"LH": 0, "FP": 47, "PC": 0}
    m["corp"] = y3(86, 79, 74)
    m["restr"] = y3(18, 21, 12)
    m["amort"] = y3(36, 30, 31)
    m["cogs"] = y3(2905, 2735, 2598)
    m["rd"] = y3(112, 104, 97)
    m["int"] = y3(58, 49, 52)
    m["oth"] = y3(-6, 4, -3)  # other expense (income), net
    m["tax"] = y3(91, 84, 78)
    m["tax_def"] = y3(6, -3, 4)
    m["tax_fed"] = y3(49, 51, 44)
    m["tax_state"] = y3(13, 12, 11)
    m["rr_state"] = y3(11, 10, 9)
    m["rr_foreign"] = y3(6, 5, 4)
    m["rr_rd"] = y3(-9, -8, -7)
    m["rr_fdii"] = y3(-5, -5, -4)
    m["sh_basic"] = y3(F("63.0"), F("64.6"), F("65.7"))
    m["sh_dil_eff"] = y3(F("0.6"), F("0.7"), F("0.6"))
    m["dps"] = y3(F("1.36"), F("1.24"), F("1.12"))
    m["div"] = y3(87, 80, 74)
    m["buyback"] = y3(210, 150, 95)
    m["sbc"] = y3(34, 31, 28)
    m["capex"] = y3(124, 110, 102)
    m["asset_sale"] = y3(7, 4, 9)
    m["acq"] = y3(148, 0, 0)
    m["acq_gw"], m["acq_int"] = 79, 69
    m["acq_costs"] = y3(9, 0, 3)
    m["debt_in"] = y3(400, 60, 0)
    m["debt_out"] = y3(215, 45, 120)
    m["fx_cash"] = y3(-5, -9, 6)
    m["cta"] = y3(-13, -21, 14)
    m["oci_pen_2023"] = -8
    m["pen_cf_2023"] = -9
    # pension
    m["pbo23"], m["pa23"] = 612, 498
    m["pen"] = {2024: dict(svc=9, intc=29, act=-14, ben=41, ret=36, contr=12, exp_ret=33),
                2025: dict(svc=9, intc=30, act=22, ben=43, ret=41, contr=25, exp_ret=34)}
    # warranty
    m["war_prov"] = y3(41, 38, 36)
    m["war_settle"] = y3(36, 35, 33)
    # working-capital cash flow lines (2024 / 2023 are inputs; 2025 derived from balance sheet movements)
    wc_names = ("ar", "inv", "prep", "ap", "accr", "cl", "taxp", "other")
    m["wc"] = {2024: dict(ar=-29, inv=-35, prep=3, ap=18, accr=9, cl=12, taxp=5, other=-6),
               2023: dict(ar=-41, inv=-52, prep=-4, ap=14, accr=-6, cl=21, taxp=-3, other=2)}
    # balance sheet 12/31/2024 (retained earnings derived)
    b24 = dict(cash=312, ar=642, inv=718, prep=84, ppe=764, rou=142, gw=1128, intang=402, oth_a=96,
               cur_debt=25, ap=433, accr=296, cl=187, war=58, taxp=27, lease_cur=31,
               ltd=1100, lease_nc=117, def_tax=118, oth_l=71, apic=1042, treas=-1284, aoci=-163)
    # 2025 balance-sheet movements that are inputs
    d25 = dict(ar=38, inv=41, prep=6, ap=22, accr=15, cl=19, taxp=-4, oth_a=7, oth_l=3, lease=12,
               lease_cur25=33)
    m["lifo"] = {2025: 96, 2024: 88}
    m["inv_rm"] = {2025: 312, 2024: 298}
    m["inv_wip"] = {2025: 221, 2024: 206}
    m["lease_mat"] = {2026: 39, 2027: 34, 2028: 29, 2029: 24, 2030: 19, "after": 51}
    m["lease_cost"] = y3(41, 38, 36)
    m["debt"] = {2024: dict(rev=250, tla=375, n27=500, n32=0), 2025: dict(rev=60, tla=350, n27=500, n32=400)}
    m["debt_mat"] = {2026: 25, 2027: 525, 2028: 300, 2029: 60, 2030: 0, "after": 400}
    m["rev_cap"], m["rev_loc"] = 900, 23
    m["co_int"] = [68, 118, 42, 73]
    m["co_po"] = [412, 96, 21, 0]
    m["employees"] = {"the United States": 7850, "Europe": 4120, "Asia-Pacific": 1960, "Rest of world": 670}
    m["sh_out22"] = F("66.1")
    m["sh_rep"] = y3(F("2.1"), F("1.7"), F("1.2"))
    m["sh_iss"] = y3(F("0.4"), F("0.4"), F("0.3"))
    # Q4 repurchases: (month, total shares, program shares, avg price in cents)
    m["rep_q4"] = [("October 1 \u2013 October 31, 2025", 372400, 372400, 9614),
                   ("November 1 \u2013 November 30, 2025", 398610, 396200, 10137),
                   ("December 1 \u2013 December 31, 2025", 301500, 301500, 10482)]
    m["rep_remaining_sep"] = 612450000

    # ---- derived: income statement
    m["sales"] = {y: sum(m["sales_seg"][s][y] for s in segs) for y in Y}
    m["gp"] = {y: m["sales"][y] - m["cogs"][y] for y in Y}
    m["seg_op_total"] = {y: sum(m["op_seg"][s][y] for s in segs) for y in Y}
    m["oi"] = {y: m["seg_op_total"][y] - m["corp"][y] - m["restr"][y] - m["amort"][y] for y in Y}
    m["sga"] = {y: m["gp"][y] - m["rd"][y] - m["amort"][y] - m["restr"][y] - m["oi"][y] for y in Y}
    m["pti"] = {y: m["oi"][y] - m["int"][y] - m["oth"][y] for y in Y}
    m["ni"] = {y: m["pti"][y] - m["tax"][y] for y in Y}
    m["tax_cur"] = {y: m["tax"][y] - m["tax_def"][y] for y in Y}
    m["tax_forn"] = {y: m["tax_cur"][y] - m["tax_fed"][y] - m["tax_state"][y] for y in Y}
    m["rr_stat"] = {y: int(rnd(F(21, 100) * m["pti"][y])) for y in Y}
    m["rr_other"] = {y: m["tax"][y] - m["rr_stat"][y] - m["rr_state"][y] - m["rr_foreign"][y] - m["rr_rd"][y]
                     - m["rr_fdii"][y] for y in Y}
    m["etr"] = {y: F(m["tax"][y], m["pti"][y]) for y in Y}
    m["sh_dil"] = {y: m["sh_basic"][y] + m["sh_dil_eff"][y] for y in Y}
    m["eps_b"] = {y: rnd(F(m["ni"][y]) / m["sh_basic"][y], 2) for y in Y}
    m["eps_d"] = {y: rnd(F(m["ni"][y]) / m["sh_dil"][y], 2) for y in Y}
    m["dep"] = {y: sum(m["dep_seg"][s][y] for s in segs) + {2025: 6, 2024: 5, 2023: 4}[y] for y in Y}
    m["dep_corp"] = {y: m["dep"][y] - sum(m["dep_seg"][s][y] for s in segs) for y in Y}
    m["capex_corp"] = {y: m["capex"][y] - sum(m["capex_seg"][s][y] for s in segs) for y in Y}
    m["da"] = {y: m["dep"][y] + m["amort"][y] for y in Y}
    m["ebitda"] = {y: m["ni"][y] + m["tax"][y] + m["int"][y] + m["da"][y] for y in Y}
    m["adj_ebitda"] = {y: m["ebitda"][y] + m["restr"][y] + m["acq_costs"][y] for y in Y}
    m["organic"] = {s: m["sales_seg"][s][2025] - m["sales_seg"][s][2024] - m["acq_eff"][s] - m["fx_eff"][s]
                    for s in segs}
    m["backlog25"] = {s: m["backlog24"][s] + m["orders"][s][2025] - m["sales_seg"][s][2025] + m["acq_backlog"][s]
                      for s in segs}
    # pension roll-forward
    pbo, pa = m["pbo23"], m["pa23"]
    m["pbo"], m["pa"], m["pen_exp"], m["oci_pen"], m["pen_cf"] = {2023: pbo}, {2023: pa}, {}, {}, {}
    for y in (2024, 2025):
        p = m["pen"][y]
        m["pbo"][y] = m["pbo"][y - 1] + p["svc"] + p["intc"] + p["act"] - p["ben"]
        m["pa"][y] = m["pa"][y - 1] + p["ret"] + p["contr"] - p["ben"]
        m["pen_exp"][y] = p["svc"] + p["intc"] - p["exp_ret"]
        m["pen_cf"][y] = m["pen_exp"][y] - p["contr"]
        m["oci_pen"][y] = -(p["act"] + p["exp_ret"] - p["ret"])
    m["oci_pen"][2023], m["pen_cf"][2023] = m["oci_pen_2023"], m["pen_cf_2023"]
    m["pen_liab"] = {y: m["pbo"][y] - m["pa"][y] for y in (2023, 2024, 2025)}
    m["oci"] = {y: m["cta"][y] + m["oci_pen"][y] for y in Y}
    m["ci"] = {y: m["ni"][y] + m["oci"][y] for y in Y}
    # warranty
    m["war_end"] = {2024: b24["war"]}
    m["war_end"][2025] = b24["war"] + m["war_prov"][2025] - m["war_settle"][2025]
    m["war_end"][2023] = b24["war"] - m["war_prov"][2024] + m["war_settle"][2024]
    m["war_end"][2022] = m["war_end"][2023] - m["war_prov"][2023] + m["war_settle"][2023]
    m["war_cf"] = {y: m["war_prov"][y] - m["war_settle"][y] for y in Y}
    # 2025 working capital lines from the balance sheet movements
    m["wc"][2025] = dict(ar=-d25["ar"], inv=-d25["inv"], prep=-d25["prep"], ap=d25["ap"], accr=d25["accr"],
                         cl=d25["cl"], taxp=d25["taxp"], other=d25["oth_l"] - d25["oth_a"])
    b24["pension"] = m["pen_liab"][2024]
    # cash flow
    cf = {}
    for y in Y:
        c = dict(ni=m["ni"][y], dep=m["dep"][y], amort=m["amort"][y], sbc=m["sbc"][y], deft=m["tax_def"][y],
                 pen=m["pen_cf"][y], war=m["war_cf"][y], **m["wc"][y])
        c["ocf"] = sum(c[k] for k in ("ni", "dep", "amort", "sbc", "deft", "pen", "war") + wc_names)
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
    # balance sheet 2024 totals and retained earnings plug
    b25 = {}
    b25["cash"] = cf[2025]["end"]
    for k in ("ar", "inv", "prep", "ap", "accr", "cl", "taxp"):
        b25[k] = b24[k] + d25[k]
    b25["ppe"] = b24["ppe"] + m["capex"][2025] - m["dep"][2025] - m["asset_sale"][2025]
    b25["rou"] = b24["rou"] + d25["lease"]
    b25["gw"] = b24["gw"] + m["acq_gw"] + (m["cta"][2025] - m["fx_cash"][2025])
    b25["intang"] = b24["intang"] + m["acq_int"] - m["amort"][2025]
    b25["oth_a"] = b24["oth_a"] + d25["oth_a"]
    b25["war"] = m["war_end"][2025]
    b25["lease_cur"] = d25["lease_cur25"]
    b25["lease_nc"] = b24["lease_cur"] + b24["lease_nc"] + d25["lease"] - d25["lease_cur25"]
    b25["cur_debt"] = m["debt_mat"][2026]
    m["debt_tot"] = {y: sum(m["debt"][y].values()) for y in (2024, 2025)}
    b25["ltd"] = m["debt_tot"][2025] - b25["cur_debt"]
    b25["pension"] = m["pen_liab"][2025]
    b25["def_tax"] = b24["def_tax"] + m["tax_def"][2025]
    b25["oth_l"] = b24["oth_l"] + d25["oth_l"]
    b25["apic"] = b24["apic"] + m["sbc"][2025]
    b25["treas"] = b24["treas"] - m["buyback"][2025]
    b25["aoci"] = b24["aoci"] + m["oci"][2025]
    for b in (b24, b25):
        b["ca"] = b["cash"] + b["ar"] + b["inv"] + b["prep"]
        b["ta"] = b["ca"] + b["ppe"] + b["rou"] + b["gw"] + b["intang"] + b["oth_a"]
        b["lease_tot"] = b["lease_cur"] + b["lease_nc"]
        b["cliab"] = b["cur_debt"] + b["ap"] + b["accr"] + b["cl"] + b["war"] + b["taxp"] + b["lease_cur"]
        b["tl"] = b["cliab"] + b["ltd"] + b["lease_nc"] + b["pension"] + b["def_tax"] + b["oth_l"]
        b["debt"] = b["cur_debt"] + b["ltd"]
    b24["re"] = b24["ta"] - b24["tl"] - b24["apic"] - b24["treas"] - b24["aoci"]
    b25["re"] = b24["re"] + m["ni"][2025] - m["div"][2025]
    for b in (b24, b25):
        b["eq"] = b["apic"] + b["re"] + b["treas"] + b["aoci"]
        b["tle"] = b["tl"] + b["eq"]
    m["b"] = {2024: b24, 2025: b25}
    # equity statement, opening balances at 12/31/2022 backed out
    eq = {2024: dict(apic=b24["apic"], re=b24["re"], treas=b24["treas"], aoci=b24["aoci"])}
    eq[2023] = dict(apic=b24["apic"] - m["sbc"][2024], re=b24["re"] - m["ni"][2024] + m["div"][2024],
                    treas=b24["treas"] + m["buyback"][2024], aoci=b24["aoci"] - m["oci"][2024])
    eq[2022] = dict(apic=eq[2023]["apic"] - m["sbc"][2023], re=eq[2023]["re"] - m["ni"][2023] + m["div"][2023],
                    treas=eq[2023]["treas"] + m["buyback"][2023], aoci=eq[2023]["aoci"] - m["oci"][2023])
    eq[2025] = dict(apic=b25["apic"], re=b25["re"], treas=b25["treas"], aoci=b25["aoci"])
    sh = {2022: m["sh_out22"]}
    for y in (2023, 2024, 2025):
        sh[y] = sh[y - 1] - m["sh_rep"][y] + m["sh_iss"][y]
    for y in eq:
        eq[y]["tot"] = sum(eq[y].values())
        eq[y]["sh"] = sh[y]
    m["eq"] = eq
    m["inv_fifo"] = {y: m["b"][y]["inv"] + m["lifo"][y] for y in (2024, 2025)}
    m["inv_fg"] = {y: m["inv_fifo"][y] - m["inv_rm"][y] - m["inv_wip"][y] for y in (2024, 2025)}
    m["lease_pay"] = sum(m["lease_mat"].values())
    m["lease_int"] = m["lease_pay"] - b25["lease_tot"]
    per = lambda d: [d[2026], d[2027] + d[2028], d[2029] + d[2030], d["after"]]  # noqa: E731
    m["co_debt"] = per(m["debt_mat"])
    m["co_lease"] = per(m["lease_mat"])
    m["co_tot"] = [sum(x) for x in zip(m["co_debt"], m["co_int"], m["co_lease"], m["co_po"], strict=True)]
    m["rev_avail"] = m["rev_cap"] - m["debt"][2025]["rev"] - m["rev_loc"]
    rem = F(m["rep_remaining_sep"])
    m["rep_rem"] = []
    for _, _, prog, cents in m["rep_q4"]:
        rem -= F(prog * cents, 100)
        m["rep_rem"].append(rem)
    m["rep_q4_total"] = sum(r[1] for r in m["rep_q4"])
    m["rep_q4_prog"] = sum(r[2] for r in m["rep_q4"])
    m["emp_total"] = sum(m["employees"].values())
    return m


def hotel():
    h = {}
    P = ("q25", "q24", "h25", "h24")
    v = lambda a, b, c, d: dict(zip(P, (a, b, c, d), strict=True))  # noqa: E731
    h["rooms"] = v(212480, 198655, 398915, 371204)
    h["fb"] = v(96342, 91208, 181760, 172390)
    h["other"] = v(24615, 23117, 46902, 44031)
    h["fees"] = v(41870, 37455, 78214, 70602)
    h["reimb"] = v(88430, 82915, 171365, 160220)
    h["x_rooms"] = v(52118, 49305, 100762, 94557)
    h["x_fb"] = v(67405, 64219, 130118, 123906)
    h["x_other"] = v(79842, 75606, 156311, 147950)
    h["ga_mf"] = v(12305, 11640, 24117, 22908)
    h["ga_corp"] = v(14220, 13785, 28604, 27390)
    h["sbc"] = v(5412, 4980, 10236, 9488)
    h["trans"] = v(1850, 0, 3275, 1120)
    h["da"] = v(38207, 36914, 75880, 73422)
    h["amort"] = v(4260, 4010, 8460, 7990)
    h["intx"] = v(29544, 27118, 58702, 54460)
    h["inti"] = v(2105, 2640, 4390, 5011)
    h["tax_rate"] = v(F("0.245"), F("0.238"), F("0.245"), F("0.238"))
    h["sh_b"] = v(98412, 101337, 98960, 101902)
    h["sh_de"] = v(1106, 1215, 1148, 1240)
    # comparable owned hotels
    h["comp_hotels"], h["comp_rooms"] = 31, 9846
    h["days"] = v(91, 91, 181, 182)
    h["comp_sold"] = v(716430, 705820, 1361905, 1349210)
    h["comp_rev"] = v(199870, 188402, 374651, 353118)
    # portfolio: (hotels, rooms) at 6/30/2025 and 12/31/2024
    h["port"] = {"Owned and leased": ((38, 11204), (37, 10962)), "Managed": ((112, 31640), (109, 30885)),
                 "Franchised": ((226, 29418), (219, 28506))}
    # balance sheet 12/31/2024
    b0 = dict(cash=184320, rcash=21450, ar=118640, prep=42380, ppe=3412760, intang=286410, gw=402150,
              rou=96240, oth_a=58720, ap=214580, defrev=48210, cur_debt=32000, ltd=2104500, lease=104870,
              def_tax=162340, oth_l=71260, apic=1462800, treas=-186400, aoci=-4120)
    h["debt"] = {"dec": dict(mort=812500, tl=600000, n29=500000, n31=200000, rev=24000),
                 "jun": dict(mort=796500, tl=600000, n29=500000, n31=200000, rev=118000)}
    h["rev_cap"], h["rev_loc"] = 750000, 9600
    # six-month cash flows
    h["cf_in"] = {"h25": dict(deft=4120, ar=-14220, prep=-3610, ap=9870, defrev=11430, other=-2150,
                              capex=-96340, hacq=-88500, key=-12500, rin=152000, rout=-58000, mort=-16000,
                              div=-59350, rep=-68420),
                  "h24": dict(deft=3610, ar=-11850, prep=-2940, ap=7215, defrev=9820, other=-1630,
                              capex=-84215, hacq=0, key=-6000, rin=60000, rout=-85000, mort=-15000,
                              div=-57120, rep=-42300)}
    h["cash_dec23"] = 198640
    h["rcash_jun"] = 22980
    h["oth_a_d"], h["oth_l_d"] = 1400, -750
    h["rou_d"] = -3180
    h["dps"] = F("0.30")
    h["rep_q2"] = [("April 1 \u2013 April 30, 2025", 402300, 4312), ("May 1 \u2013 May 31, 2025", 355180, 4587),
                   ("June 1 \u2013 June 30, 2025", 318900, 4705)]
    h["rep_rem_mar"] = 241800000
    # ---- derived
    h["owned_rev"] = {p: h["rooms"][p] + h["fb"][p] + h["other"][p] for p in P}
    h["rev"] = {p: h["owned_rev"][p] + h["fees"][p] + h["reimb"][p] for p in P}
    h["owned_exp"] = {p: h["x_rooms"][p] + h["x_fb"][p] + h["x_other"][p] for p in P}
    h["ga"] = {p: h["ga_mf"][p] + h["ga_corp"][p] + h["sbc"][p] + h["trans"][p] for p in P}
    h["exp"] = {p: h["owned_exp"][p] + h["reimb"][p] + h["da"][p] + h["ga"][p] for p in P}
    h["oi"] = {p: h["rev"][p] - h["exp"][p] for p in P}
    h["pti"] = {p: h["oi"][p] - h["intx"][p] + h["inti"][p] for p in P}
    h["tax"] = {p: int(rnd(h["pti"][p] * h["tax_rate"][p])) for p in P}
    h["ni"] = {p: h["pti"][p] - h["tax"][p] for p in P}
    h["sh_d"] = {p: h["sh_b"][p] + h["sh_de"][p] for p in P}
    h["eps_b"] = {p: rnd(F(h["ni"][p], h["sh_b"][p]), 2) for p in P}
    h["eps_d"] = {p: rnd(F(h["ni"][p], h["sh_d"][p]), 2) for p in P}
    h["seg_owned"] = {p: h["owned_rev"][p] - h["owned_exp"][p] for p in P}
    h["seg_mf"] = {p: h["fees"][p] - h["ga_mf"][p] for p in P}
    h["mf_rev"] = {p: h["fees"][p] + h["reimb"][p] for p in P}
    h["adj_ebitda"] = {p: h["seg_owned"][p] + h["seg_mf"][p] - h["ga_corp"][p] for p in P}
    h["int_net"] = {p: h["intx"][p] - h["inti"][p] for p in P}
    h["avail"] = {p: h["comp_rooms"] * h["days"][p] for p in P}
    h["occ"] = {p: rnd(F(100 * h["comp_sold"][p], h["avail"][p]), 1) for p in P}
    h["adr"] = {p: rnd(F(1000 * h["comp_rev"][p], h["comp_sold"][p]), 2) for p in P}
    h["revpar"] = {p: rnd(F(1000 * h["comp_rev"][p], h["avail"][p]), 2) for p in P}
    cf = {}
    for p in ("h25", "h24"):
        c = dict(ni=h["ni"][p], da=h["da"][p], sbc=h["sbc"][p], **h["cf_in"][p])
        c["ocf"] = sum(c[k] for k in ("ni", "da", "sbc", "deft", "ar", "prep", "ap", "defrev", "other"))
        c["icf"] = c["capex"] + c["hacq"] + c["key"]
        c["fcf"] = c["rin"] + c["rout"] + c["mort"] + c["div"] + c["rep"]
        c["net"] = c["ocf"] + c["icf"] + c["fcf"]
        cf[p] = c
    cf["h25"]["beg"] = b0["cash"] + b0["rcash"]
    cf["h25"]["end"] = cf["h25"]["beg"] + cf["h25"]["net"]
    cf["h24"]["beg"] = h["cash_dec23"]
    cf["h24"]["end"] = h["cash_dec23"] + cf["h24"]["net"]
    h["cf"] = cf
    c = cf["h25"]
    b1 = dict(rcash=h["rcash_jun"])
    b1["cash"] = c["end"] - b1["rcash"]
    b1["ar"] = b0["ar"] - c["ar"]
    b1["prep"] = b0["prep"] - c["prep"]
    h["dep"] = {p: h["da"][p] - h["amort"][p] for p in P}
    b1["ppe"] = b0["ppe"] - c["capex"] - c["hacq"] - h["dep"]["h25"]
    b1["intang"] = b0["intang"] - c["key"] - h["amort"]["h25"]
    b1["gw"] = b0["gw"]
    b1["rou"] = b0["rou"] + h["rou_d"]
    b1["oth_a"] = b0["oth_a"] + h["oth_a_d"]
    b1["ap"] = b0["ap"] + c["ap"]
    b1["defrev"] = b0["defrev"] + c["defrev"]
    h["debt_tot"] = {k: sum(h["debt"][k].values()) for k in ("dec", "jun")}
    b1["cur_debt"] = 32000
    b1["ltd"] = h["debt_tot"]["jun"] - b1["cur_debt"]
    b1["lease"] = b0["lease"] + h["rou_d"]
    b1["def_tax"] = b0["def_tax"] + c["deft"]
    b1["oth_l"] = b0["oth_l"] + h["oth_l_d"]
    b1["apic"] = b0["apic"] + c["sbc"]
    b1["treas"] = b0["treas"] + c["rep"]
    b1["aoci"] = b0["aoci"]
    for b in (b0, b1):
        b["ca"] = b["cash"] + b["rcash"] + b["ar"] + b["prep"]
        b["ta"] = b["ca"] + b["ppe"] + b["intang"] + b["gw"] + b["rou"] + b["oth_a"]
        b["cl"] = b["ap"] + b["defrev"] + b["cur_debt"]
        b["tl"] = b["cl"] + b["ltd"] + b["lease"] + b["def_tax"] + b["oth_l"]
        b["debt"] = b["cur_debt"] + b["ltd"]
    b0["re"] = b0["ta"] - b0["tl"] - b0["apic"] - b0["treas"] - b0["aoci"]
    b1["re"] = b0["re"] + c["ni"] + c["div"]
    for b in (b0, b1):
        b["eq"] = b["apic"] + b["re"] + b["treas"] + b["aoci"]
        b["tle"] = b["tl"] + b["eq"]
    h["b"] = {"dec": b0, "jun": b1}
    h["port_tot"] = tuple(tuple(sum(h["port"][k][i][j] for k in h["port"]) for j in (0, 1)) for i in (0, 1))
    h["rev_avail"] = h["rev_cap"] - h["debt"]["jun"]["rev"] - h["rev_loc"]
    rem = F(h["rep_rem_mar"])
    h["rep_rem"] = []
    for _, n, cents in h["rep_q2"]:
        rem -= F(n * cents, 100)
        h["rep_rem"].append(rem)
    h["rep_q2_total"] = sum(r[1] for r in h["rep_q2"])
    return h


def check():
    m, h = machinery(), hotel()
    for y in (2024, 2025):
        b = m["b"][y]
        assert b["ta"] == b["tle"], y
        assert b["debt"] == m["debt_tot"][y], y
        assert m["eq"][y]["tot"] == b["eq"]
    assert m["cf"][2025]["end"] == m["b"][2025]["cash"]
    assert m["cf"][2025]["beg"] == m["cf"][2024]["end"] == m["b"][2024]["cash"]
    assert m["debt_tot"][2025] - m["debt_tot"][2024] == m["debt_in"][2025] - m["debt_out"][2025]
    assert sum(m["debt_mat"].values()) == m["debt_tot"][2025]
    assert m["lease_int"] > 0 and m["b"][2025]["rou"] == m["b"][2024]["rou"] + 12
    assert m["b"][2025]["pension"] - m["b"][2024]["pension"] == m["pen_cf"][2025] - m["oci_pen"][2025]
    for y in Y:
        assert m["sales"][y] - m["cogs"][y] - m["sga"][y] - m["rd"][y] - m["amort"][y] - m["restr"][y] == m["oi"][y]
        assert m["rr_stat"][y] + m["rr_state"][y] + m["rr_foreign"][y] + m["rr_rd"][y] + m["rr_fdii"][y] + \
            m["rr_other"][y] == m["tax"][y]
        assert m["tax_fed"][y] + m["tax_state"][y] + m["tax_forn"][y] + m["tax_def"][y] == m["tax"][y]
        assert m["tax_forn"][y] > 0 and m["sga"][y] > 0
    for s in m["organic"]:
        assert m["sales_seg"][s][2024] + m["organic"][s] + m["acq_eff"][s] + m["fx_eff"][s] == m["sales_seg"][s][2025]
    assert m["eq"][2022]["re"] > 0 and m["b"][2025]["cash"] > 0
    for k in ("dec", "jun"):
        b = h["b"][k]
        assert b["ta"] == b["tle"], k
        assert b["debt"] == h["debt_tot"][k]
    assert h["b"]["jun"]["cash"] + h["b"]["jun"]["rcash"] == h["cf"]["h25"]["end"]
    assert h["b"]["dec"]["cash"] + h["b"]["dec"]["rcash"] == h["cf"]["h25"]["beg"]
    d = h["cf"]["h25"]
    assert h["debt_tot"]["jun"] - h["debt_tot"]["dec"] == d["rin"] + d["rout"] + d["mort"]
    for p in ("q25", "q24", "h25", "h24"):
        assert h["ni"][p] + h["int_net"][p] + h["tax"][p] + h["da"][p] + h["sbc"][p] + h["trans"][p] == \
            h["adj_ebitda"][p]
        assert h["comp_rev"][p] < h["rooms"][p]
    return m, h


if __name__ == "__main__":
    m, h = check()
    print("sales", m["sales"], "ni", m["ni"], "eps", m["eps_d"], "ocf", m["ocf"], "cash25", m["b"][2025]["cash"])
    print("RE", m["b"][2024]["re"], m["eq"][2022], "adj", m["adj_ebitda"])
    print("hotel ni", h["ni"], h["eps_d"], h["adj_ebitda"], h["b"]["jun"]["cash"], h["b"]["dec"]["re"])
    print(h["occ"], h["adr"], h["revpar"], h["cf"]["h24"]["end"])
