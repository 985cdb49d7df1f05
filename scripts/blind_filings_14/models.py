"""Every input of the two invented filings stated once; everything else derived with exact integer / Fraction
arithmetic.

* ``saas()``  -- Lumenwright, Inc. Form 10-K, fiscal years ended January 31 (keys 2026, 2025, 2024 = fiscal
  2026, 2025, 2024); thousands of dollars, share counts in thousands, per-share figures exact fractions.
* ``insurer()`` -- Wrenhaven Insurance Group, Inc. Form 10-Q, quarter ended September 30, 2025; millions of
  dollars held as exact one-decimal Fractions; share counts in whole shares or millions as noted.

``check()`` asserts the tie-outs (statements, subtotals, cash, segments, roll-forwards)."""

from fractions import Fraction as F

from kit import rnd

Y = (2026, 2025, 2024)


def y3(a, b, c):
    return {2026: a, 2025: b, 2024: c}


def saas():
    s = {}
    # ---------------------------------------------------------------- income statement inputs
    s["sub"] = y3(1184620, 968340, 781255)
    s["ps"] = y3(96410, 91870, 84930)
    s["us_rev"] = y3(902360, 756480, 627940)
    s["cost_sub"] = y3(236910, 201480, 171060)
    s["cost_ps"] = y3(88370, 86120, 81440)
    s["rd"] = y3(286140, 247590, 214370)
    s["sm"] = y3(468220, 412960, 356810)
    s["ga"] = y3(134860, 121340, 109230)
    s["int_inc"] = y3(38420, 34160, 21870)
    s["coupon"] = y3(1500, 1500, 1500)  # 0.25% on $600,000 thousand of convertible notes
    s["debt_amort"] = y3(2160, 2140, 2115)
    s["oth"] = y3(-1240, 860, -2115)  # other income (expense), net
    s["tax_fed"] = y3(2140, 0, 0)
    s["tax_state"] = y3(3820, 2410, 1870)
    s["tax_forn"] = y3(9460, 7180, 5620)
    s["tax"] = y3(14280, 6930, 5410)
    s["pti_forn"] = y3(31270, 24110, 18540)
    s["sh_basic"] = y3(142318, 139604, 136210)
    s["sh_dil_eff"] = y3(6245, 5870, 0)
    s["antidil"] = y3(1184, 1407, 9862)
    s["tax_paid"] = y3(12310, 8640, 6720)
    s["allow"] = {2026: 3410, 2025: 2870}
    # stock-based compensation by line item
    s["sbc_by"] = {"cost_sub": y3(14820, 12950, 10740), "cost_ps": y3(6410, 5980, 5320),
                   "rd": y3(72360, 64210, 55870), "sm": y3(61940, 56380, 49150), "ga": y3(38270, 34660, 30120)}
    s["amort_cos"] = y3(9840, 6120, 6120)  # developed technology, in cost of subscription revenue
    s["amort_sm"] = y3(5460, 3300, 3300)  # customer relationships and trade names, in sales and marketing
    s["acq_costs"] = y3(3920, 0, 0)  # in general and administrative
    s["dep"] = y3(31480, 27260, 23940)
    # key metrics (prose)
    s["big_cust"] = {2026: 2184, 2025: 1862}
    s["customers"] = {2026: 11420, 2025: 10680}
    s["nrr"] = {2026: 116, 2025: 119}
    s["arr"] = {2026: 1302800, 2025: 1071500}
    s["rpo_cur"] = {2026: 812460, 2025: 671230}
    s["rpo_nc"] = {2026: 603580, 2025: 498910}
    s["unrec_sbc"], s["unrec_years"] = 498300, F("2.7")
    s["rev_cap"], s["rev_loc"] = 300000, 4620
    s["employees"] = {2026: 4386, 2025: 4012}
    # deferred revenue and deferred contract costs
    s["dr_total_jan24"] = 468150
    s["dr_rec_beg"] = {2026: 559840, 2025: 452610}
    s["dcc_jan24"] = 148260
    s["dcc_add"] = y3(92480, 81750, 72640)
    s["dcc_amort"] = y3(68310, 59940, 52180)
    # balance sheet at January 31, 2025 (accumulated deficit derived)
    b25 = dict(cash=612480, mkt=704150, ar=248630, dcc_cur=63180, prep=58420, ppe=96740, rou=71360,
               intang=28460, gw=214880, oth_a=24310, ap=18740, acomp=96520, accr=71830, dr_cur=548920,
               ll_cur=16940, dr_nc=31460, ll_nc=68210, oth_l=22640, apic=1842570, aoci=-4860, treas=0)
    s["conv_principal"], s["conv_unamort25"] = 600000, 8730
    # inputs for January 31, 2026 that are not flows
    s["dr_cur26"], s["dr_nc26"], s["dcc_cur26"], s["ll_cur26"] = 661370, 38250, 71240, 17820
    # acquisition of Tessaline Analytics Ltd. (fiscal 2026)
    s["acq_cash"], s["acq_repl"] = 168500, 4200
    s["ppa"] = dict(cash=11380, ar=7240, oth=2950, tech=41600, cust=22300, trade=2100, dr=-6840, dtl=-14270,
                    liab=-5610)
    # cash-flow inputs (2026 working-capital lines tie to the balance sheet through these)
    s["cfi"] = {
        2026: dict(lease_nc=15820, ar=-41360, prep=-6940, ap=3210, acomp=14880, accr=9650, ll=-17460, othl=1340,
                   buy=-612300, mat=538900, capex=-18420, capsw=-22760, plans=31620, taxes=-12840, fx=-1280),
        2025: dict(lease_nc=14960, ar=-36870, prep=-5210, ap=-1940, acomp=11260, accr=6420, ll=-16380, othl=890,
                   buy=-534600, mat=468250, capex=-15870, capsw=-19340, plans=27480, taxes=-9760, fx=-2150),
        2024: dict(lease_nc=13870, ar=-29410, prep=-4380, ap=2760, acomp=9140, accr=5230, ll=-15120, othl=610,
                   buy=-488900, mat=402730, capex=-14260, capsw=-16850, plans=24130, taxes=-7920, fx=1040)}
    s["dr_chg24"] = 86510
    s["new_leases"] = 9850
    s["cta"] = y3(-2140, -3410, 1260)
    s["unreal"] = y3(1960, 2830, 4120)
    s["lease_mat"] = {2027: 20140, 2028: 18360, 2029: 15920, 2030: 12480, 2031: 8150, "after": 11760}
    s["lease_cost"] = y3(19640, 18920, 17380)
    s["sh_jan23"] = 134912
    s["sh_iss"] = y3(3186, 2954, 2731)
    # repurchases: authorization, pre-Q4 activity and the three fiscal fourth-quarter months (shares, cents)
    s["rep_auth"] = 400000000
    s["rep_pre"] = (193640, 14982)
    s["rep_q4"] = [("November 1 \u2013 November 30, 2025", 312400, 14127),
                   ("December 1 \u2013 December 31, 2025", 288950, 13684),
                   ("January 1 \u2013 January 31, 2026", 274100, 12955)]

    # ---------------------------------------------------------------- derived: income statement
    s["rev"] = {y: s["sub"][y] + s["ps"][y] for y in Y}
    s["intl_rev"] = {y: s["rev"][y] - s["us_rev"][y] for y in Y}
    s["cos"] = {y: s["cost_sub"][y] + s["cost_ps"][y] for y in Y}
    s["gp"] = {y: s["rev"][y] - s["cos"][y] for y in Y}
    s["gp_sub"] = {y: s["sub"][y] - s["cost_sub"][y] for y in Y}
    s["gp_ps"] = {y: s["ps"][y] - s["cost_ps"][y] for y in Y}
    s["opex"] = {y: s["rd"][y] + s["sm"][y] + s["ga"][y] for y in Y}
    s["oi"] = {y: s["gp"][y] - s["opex"][y] for y in Y}
    s["int_exp"] = {y: s["coupon"][y] + s["debt_amort"][y] for y in Y}
    s["pti"] = {y: s["oi"][y] + s["int_inc"][y] - s["int_exp"][y] + s["oth"][y] for y in Y}
    s["ni"] = {y: s["pti"][y] - s["tax"][y] for y in Y}
    s["pti_dom"] = {y: s["pti"][y] - s["pti_forn"][y] for y in Y}
    s["tax_cur"] = {y: s["tax_fed"][y] + s["tax_state"][y] + s["tax_forn"][y] for y in Y}
    s["tax_def"] = {y: s["tax"][y] - s["tax_cur"][y] for y in Y}
    s["sh_dil"] = {y: s["sh_basic"][y] + s["sh_dil_eff"][y] for y in Y}
    s["eps_b"] = {y: rnd(F(s["ni"][y], s["sh_basic"][y]), 2) for y in Y}
    s["eps_d"] = {y: rnd(F(s["ni"][y], s["sh_dil"][y]), 2) for y in Y}
    s["sbc"] = {y: sum(v[y] for v in s["sbc_by"].values()) for y in Y}
    s["sbc_cos"] = {y: s["sbc_by"]["cost_sub"][y] + s["sbc_by"]["cost_ps"][y] for y in Y}
    s["amort"] = {y: s["amort_cos"][y] + s["amort_sm"][y] for y in Y}
    s["da"] = {y: s["dep"][y] + s["amort"][y] for y in Y}
    s["ng_gp"] = {y: s["gp"][y] + s["sbc_cos"][y] + s["amort_cos"][y] for y in Y}
    s["ng_oi"] = {y: s["oi"][y] + s["sbc"][y] + s["amort"][y] + s["acq_costs"][y] for y in Y}
    s["oci"] = {y: s["cta"][y] + s["unreal"][y] for y in Y}
    s["ci"] = {y: s["ni"][y] + s["oci"][y] for y in Y}
    s["rpo"] = {y: s["rpo_cur"][y] + s["rpo_nc"][y] for y in (2026, 2025)}
    s["rev_avail"] = s["rev_cap"] - s["rev_loc"]
    # acquisition
    p = s["ppa"]
    s["acq_consid"] = s["acq_cash"] + s["acq_repl"]
    s["acq_int"] = p["tech"] + p["cust"] + p["trade"]
    s["acq_gw"] = s["acq_consid"] - sum(p.values())
    s["acq_net_cash"] = s["acq_cash"] - p["cash"]
    # deferred contract costs roll-forward
    s["dcc_end"] = {2024: s["dcc_jan24"]}
    for y in (2025, 2026):
        s["dcc_end"][y] = s["dcc_end"][y - 1] + s["dcc_add"][y] - s["dcc_amort"][y]
    # deferred revenue roll-forward
    s["dr_end"] = {2024: s["dr_total_jan24"], 2025: b25["dr_cur"] + b25["dr_nc"],
                   2026: s["dr_cur26"] + s["dr_nc26"]}
    s["dr_acq"] = {2026: -p["dr"], 2025: 0}
    s["billings"] = {y: s["rev"][y] + s["dr_end"][y] - s["dr_end"][y - 1] - s["dr_acq"][y] for y in (2026, 2025)}
    s["dr_chg"] = {2026: s["dr_end"][2026] - s["dr_end"][2025] - s["dr_acq"][2026],
                   2025: s["dr_end"][2025] - s["dr_end"][2024], 2024: s["dr_chg24"]}
    # repurchases
    pre_n, pre_c = s["rep_pre"]
    rem = F(s["rep_auth"]) - F(pre_n * pre_c, 100)
    s["rep_rem_oct"] = rem
    s["rep_rem"] = []
    for _, n, c in s["rep_q4"]:
        rem -= F(n * c, 100)
        s["rep_rem"].append(rem)
    s["rep_q4_total"] = sum(r[1] for r in s["rep_q4"])
    s["rep_q4_dollars"] = sum(F(r[1] * r[2], 100) for r in s["rep_q4"])
    s["rep_fy_dollars"] = F(pre_n * pre_c, 100) + s["rep_q4_dollars"]
    s["buyback"] = y3(int(rnd(s["rep_fy_dollars"] / 1000)), 0, 0)
    s["sh_rep"] = y3(int(rnd(F(pre_n + s["rep_q4_total"], 1000))), 0, 0)
    # ---------------------------------------------------------------- cash flows
    cf = {}
    for y in Y:
        i = s["cfi"][y]
        c = dict(ni=s["ni"][y], da=s["da"][y], sbc=s["sbc"][y], dcc_am=s["dcc_amort"][y],
                 debt_am=s["debt_amort"][y], lease_nc=i["lease_nc"], deft=s["tax_def"][y],
                 ar=i["ar"], dcc=-s["dcc_add"][y], prep=i["prep"], ap=i["ap"], acomp=i["acomp"], accr=i["accr"],
                 dr=s["dr_chg"][y], ll=i["ll"], othl=i["othl"])
        c["ocf"] = sum(c.values())
        c.update(buy=i["buy"], mat=i["mat"], capex=i["capex"], capsw=i["capsw"],
                 acq=-s["acq_net_cash"] if y == 2026 else 0)
        c["icf"] = c["buy"] + c["mat"] + c["capex"] + c["capsw"] + c["acq"]
        c.update(plans=i["plans"], taxes=i["taxes"], rep=-s["buyback"][y])
        c["fcf_fin"] = c["plans"] + c["taxes"] + c["rep"]
        c["fx"] = i["fx"]
        c["net"] = c["ocf"] + c["icf"] + c["fcf_fin"] + c["fx"]
        cf[y] = c
    cf[2025]["end"] = b25["cash"]
    cf[2025]["beg"] = b25["cash"] - cf[2025]["net"]
    cf[2024]["end"] = cf[2025]["beg"]
    cf[2024]["beg"] = cf[2024]["end"] - cf[2024]["net"]
    cf[2026]["beg"] = b25["cash"]
    cf[2026]["end"] = b25["cash"] + cf[2026]["net"]
    s["cf"] = cf
    s["ocf"] = {y: cf[y]["ocf"] for y in Y}
    s["capex_all"] = {y: -cf[y]["capex"] - cf[y]["capsw"] for y in Y}
    s["fcf"] = {y: s["ocf"][y] - s["capex_all"][y] for y in Y}
    # ---------------------------------------------------------------- balance sheet at January 31, 2026
    c, i = cf[2026], s["cfi"][2026]
    b26 = {"cash": c["end"]}
    b26["mkt"] = b25["mkt"] - c["buy"] - c["mat"] + s["unreal"][2026]
    b26["ar"] = b25["ar"] - c["ar"] + p["ar"]
    b26["dcc_cur"] = s["dcc_cur26"]
    b26["prep"] = b25["prep"] - c["prep"] + p["oth"]
    b26["ppe"] = b25["ppe"] - c["capex"] - c["capsw"] - s["dep"][2026]
    b26["rou"] = b25["rou"] + s["new_leases"] - c["lease_nc"]
    b26["intang"] = b25["intang"] + s["acq_int"] - s["amort"][2026]
    b26["gw"] = b25["gw"] + s["acq_gw"]
    b26["oth_a"] = b25["oth_a"] + s["cta"][2026] - c["fx"]
    b26["ap"] = b25["ap"] + c["ap"]
    b26["acomp"] = b25["acomp"] + c["acomp"]
    b26["accr"] = b25["accr"] + c["accr"] - p["liab"]
    b26["dr_cur"], b26["dr_nc"] = s["dr_cur26"], s["dr_nc26"]
    b26["ll_cur"] = s["ll_cur26"]
    s["ll_tot"] = {2025: b25["ll_cur"] + b25["ll_nc"]}
    s["ll_tot"][2026] = s["ll_tot"][2025] + s["new_leases"] + c["ll"]
    b26["ll_nc"] = s["ll_tot"][2026] - b26["ll_cur"]
    b26["oth_l"] = b25["oth_l"] + c["othl"] + c["deft"] - p["dtl"]
    b26["apic"] = b25["apic"] + c["sbc"] + c["plans"] + c["taxes"] + s["acq_repl"]
    b26["treas"] = b25["treas"] + c["rep"]
    b26["aoci"] = b25["aoci"] + s["oci"][2026]
    s["conv_unamort"] = {2025: s["conv_unamort25"], 2026: s["conv_unamort25"] - s["debt_amort"][2026]}
    b25["conv"] = s["conv_principal"] - s["conv_unamort"][2025]
    b26["conv"] = s["conv_principal"] - s["conv_unamort"][2026]
    b25["dcc_nc"] = s["dcc_end"][2025] - b25["dcc_cur"]
    b26["dcc_nc"] = s["dcc_end"][2026] - b26["dcc_cur"]
    for b in (b25, b26):
        b["ca"] = b["cash"] + b["mkt"] + b["ar"] + b["dcc_cur"] + b["prep"]
        b["ta"] = b["ca"] + b["ppe"] + b["rou"] + b["dcc_nc"] + b["intang"] + b["gw"] + b["oth_a"]
        b["cl"] = b["ap"] + b["acomp"] + b["accr"] + b["dr_cur"] + b["ll_cur"]
        b["tl"] = b["cl"] + b["conv"] + b["dr_nc"] + b["ll_nc"] + b["oth_l"]
        b["dr"] = b["dr_cur"] + b["dr_nc"]
        b["ll"] = b["ll_cur"] + b["ll_nc"]
    b25["deficit"] = b25["ta"] - b25["tl"] - b25["apic"] - b25["aoci"] - b25["treas"]
    b26["deficit"] = b25["deficit"] + s["ni"][2026]
    for b in (b25, b26):
        b["eq"] = b["apic"] + b["treas"] + b["aoci"] + b["deficit"]
        b["tle"] = b["tl"] + b["eq"]
    s["b"] = {2025: b25, 2026: b26}
    # ---------------------------------------------------------------- stockholders' equity, backed out to 1/31/2023
    eq = {2026: dict(apic=b26["apic"], treas=b26["treas"], aoci=b26["aoci"], deficit=b26["deficit"]),
          2025: dict(apic=b25["apic"], treas=b25["treas"], aoci=b25["aoci"], deficit=b25["deficit"])}
    for y in (2025, 2024):
        c = cf[y]
        e = eq[y]
        eq[y - 1] = dict(apic=e["apic"] - c["sbc"] - c["plans"] - c["taxes"], treas=e["treas"] - c["rep"],
                         aoci=e["aoci"] - s["oci"][y], deficit=e["deficit"] - s["ni"][y])
    sh = {2023: s["sh_jan23"]}
    for y in (2024, 2025, 2026):
        sh[y] = sh[y - 1] + s["sh_iss"][y] - s["sh_rep"][y]
    for y in eq:
        eq[y]["tot"] = eq[y]["apic"] + eq[y]["treas"] + eq[y]["aoci"] + eq[y]["deficit"]
        eq[y]["sh"] = sh[y]
    s["eq"] = eq
    # leases
    s["lease_pay"] = sum(s["lease_mat"].values())
    s["lease_int"] = s["lease_pay"] - s["ll_tot"][2026]
    return s


P = ("q25", "q24", "n25", "n24")


def D(x):
    return F(str(x))


def insurer():
    h = {}

    def v(a, b, c, d):
        return dict(zip(P, (D(a), D(b), D(c), D(d)), strict=True))
    segs = ("PL", "CL")
    h["seg_names"] = {"PL": "Personal Lines", "CL": "Commercial Lines"}
    h["npw"] = {"PL": v("712.4", "655.8", "2061.7", "1884.3"), "CL": v("498.6", "471.2", "1532.9", "1437.5")}
    h["npe"] = {"PL": v("688.1", "630.4", "2004.6", "1829.7"), "CL": v("486.3", "462.7", "1446.8", "1371.2")}
    h["loss"] = {"PL": v("478.9", "458.3", "1398.2", "1342.6"), "CL": v("301.7", "297.4", "903.5", "885.6")}
    h["uwx"] = {"PL": v("187.2", "174.6", "547.1", "509.3"), "CL": v("152.2", "146.8", "455.2", "433.6")}
    h["cat"] = {"PL": v("47.3", "71.2", "128.6", "158.3"), "CL": v("14.5", "17.4", "35.6", "43.4")}
    h["pyd"] = {"PL": v("-7.9", "-2.4", "-19.6", "-9.7"), "CL": v("-4.5", "-3.7", "-12.2", "-8.8")}
    h["acq_cost"] = v("248.6", "232.9", "730.4", "684.1")
    h["nii"] = v("96.4", "84.7", "278.3", "241.6")
    h["nrg"] = v("4.8", "-2.3", "11.6", "3.9")
    h["fee"] = v("6.2", "5.9", "18.4", "17.6")
    h["intx"] = v("9.8", "9.8", "29.4", "29.4")
    h["tax_rate"] = v("0.205", "0.198", "0.204", "0.197")
    h["sh_b"] = v("58.4", "60.1", "58.9", "60.6")  # weighted average, millions
    h["sh_de"] = v("0.5", "0.6", "0.5", "0.6")
    h["nii_eq"] = v("3.1", "2.8", "9.2", "8.5")
    h["nii_st"] = v("2.4", "3.0", "7.9", "9.6")
    h["nii_exp"] = v("4.2", "3.9", "12.6", "11.7")
    h["rg_fm_n25"], h["eq_fv_n25"] = D("-3.7"), D("15.3")
    # investments: (amortized cost, gross unrealized gains, gross unrealized losses) at 9/30/2025;
    # (amortized cost, fair value) at 12/31/2024
    h["inv_names"] = {"ust": "U.S. Treasury and government agencies", "muni": "States and political subdivisions",
                      "corp": "Corporate debt securities", "mbs": "Residential and commercial mortgage-backed",
                      "abs": "Other asset-backed securities"}
    h["inv_sep"] = {"ust": ("842.6", "3.1", "21.4"), "muni": ("1516.3", "9.8", "48.7"),
                    "corp": ("2684.9", "21.6", "82.3"), "mbs": ("1208.4", "4.2", "71.6"),
                    "abs": ("463.7", "2.9", "6.8")}
    h["inv_dec"] = {"ust": ("798.1", "771.5"), "muni": ("1548.2", "1489.6"), "corp": ("2541.7", "2447.9"),
                    "mbs": ("1156.0", "1071.8"), "abs": ("427.5", "418.2")}
    h["eq_sec"] = {"sep": D("318.6"), "dec": D("296.4")}
    h["st_inv"] = {"sep": D("146.2"), "dec": D("168.9")}
    h["oci_tax_rate"] = D("0.21")
    # reserve roll-forward inputs (nine months)
    h["res"] = {"n25": dict(gross_beg="4812.6", rec_beg="1036.4", paid_cy="1018.4", paid_py="1149.7",
                            rec_end="1071.9"),
                "n24": dict(gross_beg="4536.0", rec_beg="972.8", paid_cy="982.6", paid_py="1096.3",
                            rec_end="1004.5")}
    # balance sheet at 12/31/2024 (retained earnings derived); fixed maturities, equity and short-term from above
    h["bdec"] = dict(cash=D("87.4"), prem=D("1148.3"), dac=D("402.7"), gwi=D("184.6"), oth_a=D("412.8"),
                     upr=D("2284.5"), notes=D("695.2"), oth_l=D("386.1"), apic=D("1012.4"), treas=D("-624.8"),
                     aoci=D("-215.3"))
    h["notes"] = {"n30": D("400.0"), "n34": D("300.0")}
    # nine-month cash-flow inputs
    h["cfi"] = {"n25": dict(da="14.7", sbc="12.8", prem="-42.6", dac="-18.9", other="8.4", buy_fm="-1284.6",
                            buy_eq="-38.2", capex="-11.9", div="-52.9", wh="-4.1"),
                "n24": dict(da="13.6", sbc="11.7", prem="-38.1", dac="-15.2", other="5.6", buy_fm="-1142.8",
                            sell_fm="987.4", buy_eq="-29.6", sell_eq="24.8", st="-12.4", capex="-10.8", div="-49.1",
                            rep="-96.3", wh="-3.6")}
    h["cash_dec23"] = D("71.2")
    # shares (whole shares) and repurchases
    h["sh_dec24"], h["sh_iss_n25"] = 59836420, 214380
    h["rep_h1"] = (1142800, 131482300)  # shares, dollars (first half of 2025)
    h["rep_q3"] = [("July 1 \u2013 July 31, 2025", 412600, 11842), ("August 1 \u2013 August 31, 2025", 386150, 12177),
                   ("September 1 \u2013 September 30, 2025", 351900, 12605)]
    h["rep_auth"] = 500000000
    h["rep_before_h1"] = 61240000  # spent under the authorization before 2025
    h["dps"] = D("0.30")
    h["rev_cap"] = D("250.0")

    # ---------------------------------------------------------------- derived
    for k in ("npw", "npe", "loss", "uwx", "cat", "pyd"):
        h[k]["tot"] = {p: sum(h[k][sg][p] for sg in segs) for p in P}
    h["uw_inc"] = {sg: {p: h["npe"][sg][p] - h["loss"][sg][p] - h["uwx"][sg][p] for p in P} for sg in segs}
    h["uw_inc"]["tot"] = {p: sum(h["uw_inc"][sg][p] for sg in segs) for p in P}
    h["oth_uw"] = {p: h["uwx"]["tot"][p] - h["acq_cost"][p] for p in P}
    h["rev"] = {p: h["npe"]["tot"][p] + h["nii"][p] + h["nrg"][p] + h["fee"][p] for p in P}
    h["exp"] = {p: h["loss"]["tot"][p] + h["uwx"]["tot"][p] + h["intx"][p] for p in P}
    h["pti"] = {p: h["rev"][p] - h["exp"][p] for p in P}
    h["tax"] = {p: rnd(h["pti"][p] * h["tax_rate"][p], 1) for p in P}
    h["ni"] = {p: h["pti"][p] - h["tax"][p] for p in P}
    h["sh_d"] = {p: h["sh_b"][p] + h["sh_de"][p] for p in P}
    h["eps_b"] = {p: rnd(h["ni"][p] / h["sh_b"][p], 2) for p in P}
    h["eps_d"] = {p: rnd(h["ni"][p] / h["sh_d"][p], 2) for p in P}
    h["nii_fm"] = {p: h["nii"][p] + h["nii_exp"][p] - h["nii_eq"][p] - h["nii_st"][p] for p in P}
    h["nii_gross"] = {p: h["nii"][p] + h["nii_exp"][p] for p in P}
    keys = list(segs) + ["tot"]
    h["lr"] = {sg: {p: h["loss"][sg][p] / h["npe"][sg][p] for p in P} for sg in keys}
    h["er"] = {sg: {p: h["uwx"][sg][p] / h["npe"][sg][p] for p in P} for sg in keys}
    # ratios are presented as rounded loss and expense ratios and their sum
    h["lr_r"] = {sg: {p: rnd(h["lr"][sg][p] * 100, 1) for p in P} for sg in keys}
    h["er_r"] = {sg: {p: rnd(h["er"][sg][p] * 100, 1) for p in P} for sg in keys}
    h["cr"] = {sg: {p: (h["loss"][sg][p] + h["uwx"][sg][p]) / h["npe"][sg][p] for p in P} for sg in keys}
    h["cr_r"] = {sg: {p: rnd(h["cr"][sg][p] * 100, 1) for p in P} for sg in keys}
    h["cat_pts"] = {sg: {p: rnd(h["cat"][sg][p] / h["npe"][sg][p] * 100, 1) for p in P} for sg in keys}
    # investments
    h["inv_fv_sep"] = {k: D(a) + D(g) - D(lo) for k, (a, g, lo) in h["inv_sep"].items()}
    h["inv_ac_sep"] = {k: D(a) for k, (a, g, lo) in h["inv_sep"].items()}
    h["inv_g_sep"] = {k: D(g) for k, (a, g, lo) in h["inv_sep"].items()}
    h["inv_l_sep"] = {k: D(lo) for k, (a, g, lo) in h["inv_sep"].items()}
    h["inv_ac_dec"] = {k: D(a) for k, (a, f) in h["inv_dec"].items()}
    h["inv_fv_dec"] = {k: D(f) for k, (a, f) in h["inv_dec"].items()}
    tot = lambda d: sum(d.values())  # noqa: E731
    h["fm"] = {"sep": tot(h["inv_fv_sep"]), "dec": tot(h["inv_fv_dec"])}
    h["fm_ac"] = {"sep": tot(h["inv_ac_sep"]), "dec": tot(h["inv_ac_dec"])}
    h["fm_g"], h["fm_l"] = tot(h["inv_g_sep"]), tot(h["inv_l_sep"])
    h["unreal"] = {k: h["fm"][k] - h["fm_ac"][k] for k in ("sep", "dec")}
    h["oci_pre"] = h["unreal"]["sep"] - h["unreal"]["dec"]
    h["oci_tax"] = rnd(h["oci_pre"] * h["oci_tax_rate"], 1)
    h["oci"] = h["oci_pre"] - h["oci_tax"]
    # reserves
    res = {}
    for p in ("n25", "n24"):
        r = {k: D(x) for k, x in h["res"][p].items()}
        r["net_beg"] = r["gross_beg"] - r["rec_beg"]
        r["inc_py"] = h["pyd"]["tot"][p]
        r["inc_cy"] = h["loss"]["tot"][p] - r["inc_py"]
        r["inc"] = r["inc_cy"] + r["inc_py"]
        r["paid"] = r["paid_cy"] + r["paid_py"]
        r["net_end"] = r["net_beg"] + r["inc"] - r["paid"]
        r["gross_end"] = r["net_end"] + r["rec_end"]
        res[p] = r
    h["resv"] = res
    # repurchases
    h1n, h1d = h["rep_h1"]
    rem = F(h["rep_auth"] - h["rep_before_h1"] - h1d)
    h["rep_rem_jun"] = rem
    h["rep_rem"] = []
    for _, n, c in h["rep_q3"]:
        rem -= F(n * c, 100)
        h["rep_rem"].append(rem)
    h["rep_q3_total"] = sum(r[1] for r in h["rep_q3"])
    h["rep_q3_dollars"] = sum(F(r[1] * r[2], 100) for r in h["rep_q3"])
    h["rep_n25"] = rnd((h1d + h["rep_q3_dollars"]) / 1000000, 1)
    h["sh_rep_n25"] = h1n + h["rep_q3_total"]
    h["sh_sep25"] = h["sh_dec24"] + h["sh_iss_n25"] - h["sh_rep_n25"]
    # cash flows
    cf = {}
    for p in ("n25", "n24"):
        i = {k: D(x) for k, x in h["cfi"][p].items()}
        r = res[p]
        c = dict(ni=h["ni"][p], nrg=-h["nrg"][p], da=i["da"], sbc=i["sbc"], prem=i["prem"],
                 rec=-(r["rec_end"] - r["rec_beg"]), dac=i["dac"], res=r["gross_end"] - r["gross_beg"],
                 upr=h["npw"]["tot"][p] - h["npe"]["tot"][p], other=i["other"])
        c["ocf"] = sum(c.values())
        c["buy_fm"], c["buy_eq"], c["capex"] = i["buy_fm"], i["buy_eq"], i["capex"]
        if p == "n25":
            c["sell_fm"] = -c["buy_fm"] - (h["fm_ac"]["sep"] - h["fm_ac"]["dec"]) + h["rg_fm_n25"]
            c["sell_eq"] = -c["buy_eq"] - (h["eq_sec"]["sep"] - h["eq_sec"]["dec"]) + h["eq_fv_n25"]
            c["st"] = h["st_inv"]["dec"] - h["st_inv"]["sep"]
            c["rep"] = -h["rep_n25"]
        else:
            c["sell_fm"], c["sell_eq"], c["st"], c["rep"] = i["sell_fm"], i["sell_eq"], i["st"], i["rep"]
        c["icf"] = c["buy_fm"] + c["sell_fm"] + c["buy_eq"] + c["sell_eq"] + c["st"] + c["capex"]
        c["div"], c["wh"] = i["div"], i["wh"]
        c["fin"] = c["div"] + c["rep"] + c["wh"]
        c["net"] = c["ocf"] + c["icf"] + c["fin"]
        cf[p] = c
    cf["n25"]["beg"] = h["bdec"]["cash"]
    cf["n25"]["end"] = cf["n25"]["beg"] + cf["n25"]["net"]
    cf["n24"]["beg"] = h["cash_dec23"]
    cf["n24"]["end"] = cf["n24"]["beg"] + cf["n24"]["net"]
    h["cf"] = cf
    # balance sheets
    b0 = dict(h["bdec"])
    b0.update(fm=h["fm"]["dec"], eqs=h["eq_sec"]["dec"], st=h["st_inv"]["dec"], rec=res["n25"]["rec_beg"],
              res=res["n25"]["gross_beg"])
    c = cf["n25"]
    b1 = dict(fm=h["fm"]["sep"], eqs=h["eq_sec"]["sep"], st=h["st_inv"]["sep"], cash=c["end"],
              rec=res["n25"]["rec_end"], res=res["n25"]["gross_end"])
    b1["prem"] = b0["prem"] - c["prem"]
    b1["dac"] = b0["dac"] - c["dac"]
    b1["gwi"] = b0["gwi"]
    b1["oth_a"] = b0["oth_a"] - c["capex"] - c["da"] - h["oci_tax"]
    b1["upr"] = b0["upr"] + c["upr"]
    b1["notes"] = b0["notes"]
    b1["oth_l"] = b0["oth_l"] + c["other"]
    b1["apic"] = b0["apic"] + c["sbc"] + c["wh"]
    b1["treas"] = b0["treas"] + c["rep"]
    b1["aoci"] = b0["aoci"] + h["oci"]
    for b in (b0, b1):
        b["inv"] = b["fm"] + b["eqs"] + b["st"]
        b["ta"] = b["inv"] + b["cash"] + b["prem"] + b["rec"] + b["dac"] + b["gwi"] + b["oth_a"]
        b["tl"] = b["res"] + b["upr"] + b["notes"] + b["oth_l"]
    b0["re"] = b0["ta"] - b0["tl"] - b0["apic"] - b0["treas"] - b0["aoci"]
    b1["re"] = b0["re"] + h["ni"]["n25"] + c["div"]
    for b in (b0, b1):
        b["eq"] = b["apic"] + b["re"] + b["treas"] + b["aoci"]
        b["tle"] = b["tl"] + b["eq"]
    b0["sh"], b1["sh"] = h["sh_dec24"], h["sh_sep25"]
    for b in (b0, b1):
        b["bvps"] = rnd(b["eq"] * 1000000 / b["sh"], 2)
    h["b"] = {"dec": b0, "sep": b1}
    h["notes_unamort"] = h["notes"]["n30"] + h["notes"]["n34"] - b0["notes"]
    return h


def check():
    s, h = saas(), insurer()
    for y in (2025, 2026):
        b = s["b"][y]
        assert b["ta"] == b["tle"], y
        assert s["eq"][y]["tot"] == b["eq"], y
    assert s["cf"][2026]["end"] == s["b"][2026]["cash"] > 0
    assert s["cf"][2026]["beg"] == s["cf"][2025]["end"] == s["b"][2025]["cash"]
    assert s["cf"][2024]["beg"] > 0
    assert s["lease_int"] > 0 and s["b"][2026]["ll_nc"] > 0
    assert s["eq"][2023]["apic"] > 0 and s["eq"][2023]["deficit"] < 0
    for y in Y:
        assert s["rev"][y] - s["cos"][y] - s["opex"][y] == s["oi"][y]
        assert s["tax_cur"][y] + s["tax_def"][y] == s["tax"][y]
        assert s["pti_dom"][y] + s["pti_forn"][y] == s["pti"][y]
        assert s["ng_oi"][y] > 0
    for y in (2025, 2026):
        assert s["dr_end"][y - 1] + s["billings"][y] - s["rev"][y] + s["dr_acq"][y] == s["dr_end"][y]
        assert s["dr_rec_beg"][y] <= s["dr_end"][y - 1]
        assert s["rpo"][y] > s["dr_end"][y]
    assert s["acq_gw"] > 0 and s["acq_net_cash"] == -s["cf"][2026]["acq"]
    assert s["rep_rem"][-1] > 0 and s["rep_fy_dollars"] > s["rep_q4_dollars"]
    assert s["b"][2026]["gw"] - s["b"][2025]["gw"] == s["acq_gw"]
    # insurer
    for k in ("dec", "sep"):
        b = h["b"][k]
        assert b["ta"] == b["tle"], k
        assert b["cash"] > 0 and b["re"] > 0
    assert h["cf"]["n25"]["end"] == h["b"]["sep"]["cash"]
    for p in P:
        assert h["rev"][p] - h["exp"][p] == h["uw_inc"]["tot"][p] + h["nii"][p] + h["nrg"][p] + h["fee"][p] - \
            h["intx"][p]
        assert h["nii_fm"][p] + h["nii_eq"][p] + h["nii_st"][p] - h["nii_exp"][p] == h["nii"][p]
        assert h["oth_uw"][p] > 0
    for p in ("n25", "n24"):
        r = h["resv"][p]
        assert r["inc"] == h["loss"]["tot"][p]
        assert r["gross_end"] - r["rec_end"] == r["net_beg"] + r["inc"] - r["paid"]
    assert h["cf"]["n25"]["sell_fm"] > 0 and h["cf"]["n25"]["sell_eq"] > 0
    assert h["rep_rem"][-1] > 0
    for sg in h["cr_r"]:
        for p in P:
            assert h["lr_r"][sg][p] + h["er_r"][sg][p] == h["cr_r"][sg][p], (sg, p)
    assert h["b"]["sep"]["eq"] - h["b"]["dec"]["eq"] == h["ni"]["n25"] + h["oci"] + h["cf"]["n25"]["sbc"] + \
        h["cf"]["n25"]["wh"] + h["cf"]["n25"]["div"] + h["cf"]["n25"]["rep"]
    return s, h


if __name__ == "__main__":
    s, h = check()
    print("rev", s["rev"], "oi", s["oi"], "ni", s["ni"], "eps", s["eps_b"], s["eps_d"])
    print("ocf", s["ocf"], "fcf", s["fcf"], "ng_oi", s["ng_oi"])
    print("cash", {y: s["cf"][y]["end"] for y in Y}, "beg24", s["cf"][2024]["beg"])
    print("b26", s["b"][2026])
    print("b25", s["b"][2025])
    print("eq", s["eq"])
    print("gw", s["acq_gw"], "billings", s["billings"], "buyback", s["buyback"], s["rep_rem"])
    print("ins ni", {p: float(x) for p, x in h["ni"].items()}, "eps", h["eps_d"])
    print("cr", {k: {p: float(x) for p, x in d.items()} for k, d in h["cr_r"].items()})
    print("cf25", {k: float(x) for k, x in h["cf"]["n25"].items()})
    print("cf24", {k: float(x) for k, x in h["cf"]["n24"].items()})
    print("bsep", {k: float(x) for k, x in h["b"]["sep"].items()})
    print("bdec", {k: float(x) for k, x in h["b"]["dec"].items()})
    print("rep", h["rep_n25"], h["rep_rem"], h["sh_sep25"])
