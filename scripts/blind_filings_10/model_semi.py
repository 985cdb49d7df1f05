"""Model for Tessaline Semiconductor Corporation (invented), fiscal 2025 Form 10-K.

Inputs are stated once (integers, $ millions unless noted); everything else is derived.
"""

from fractions import Fraction as F

from kit import rnd

Y = ["FY25", "FY24", "FY23"]


class NS(dict):
    __getattr__ = dict.__getitem__

    def __setattr__(self, k, v):
        self[k] = v


def t3(a, b, c):
    return dict(zip(Y, (a, b, c), strict=True))


def build():
    m = NS()
    m.name = "Tessaline Semiconductor Corporation"
    m.short = "Tessaline"
    m.ticker = "TSLN"
    # ------------------------------------------------ revenue
    m.endmk = ["Data center", "Automotive", "Industrial", "Consumer"]
    m.rev_em = {
        "Data center": t3(2486, 1912, 1544),
        "Automotive": t3(1318, 1207, 1096),
        "Industrial": t3(874, 921, 985),
        "Consumer": t3(611, 658, 702),
    }
    m.rev = {y: sum(m.rev_em[e][y] for e in m.endmk) for y in Y}
    m.geos = ["United States", "China (including Hong Kong)", "Taiwan", "Europe", "Other Asia Pacific", "Rest of world"]
    geo_in = {
        "United States": t3(1402, 1198, 1061),
        "China (including Hong Kong)": t3(1187, 1143, 1128),
        "Taiwan": t3(894, 742, 627),
        "Europe": t3(768, 706, 671),
        "Other Asia Pacific": t3(712, 601, 566),
    }
    geo_in["Rest of world"] = {y: m.rev[y] - sum(geo_in[g][y] for g in m.geos[:-1]) for y in Y}
    m.rev_geo = geo_in
    # channel: distributors vs direct
    m.rev_dist = t3(2962, 2584, 2293)
    m.rev_direct = {y: m.rev[y] - m.rev_dist[y] for y in Y}
    m.cust_kestrel = t3(905, 752, 650)  # distributor Kestrel Ridge Components
    m.cust_arvonne = t3(640, 522, 401)  # OEM Arvonne Systems
    # ------------------------------------------------ costs
    m.cogs_ex = t3(2084, 1905, 1812)
    m.sbc_cogs = t3(31, 27, 24)
    m.amort_cogs = t3(118, 96, 74)
    m.rd_ex = t3(1012, 918, 861)
    m.sbc_rd = t3(198, 176, 158)
    m.sga_ex = t3(401, 381, 366)
    m.sbc_sga = t3(88, 79, 71)
    m.amort_opex = t3(46, 38, 29)
    m.int_exp = t3(61, 52, 38)
    m.int_inc = t3(74, 63, 41)
    m.cogs = {y: m.cogs_ex[y] + m.sbc_cogs[y] + m.amort_cogs[y] for y in Y}
    m.gp = {y: m.rev[y] - m.cogs[y] for y in Y}
    m.rd = {y: m.rd_ex[y] + m.sbc_rd[y] for y in Y}
    m.sga = {y: m.sga_ex[y] + m.sbc_sga[y] for y in Y}
    m.opex = {y: m.rd[y] + m.sga[y] + m.amort_opex[y] for y in Y}
    m.opinc = {y: m.gp[y] - m.opex[y] for y in Y}
    m.pretax = {y: m.opinc[y] - m.int_exp[y] + m.int_inc[y] for y in Y}
    # ------------------------------------------------ taxes
    m.tax_items = [
        "State income taxes, net of federal benefit",
        "Foreign income taxed at different rates",
        "Research and development tax credits",
        "Foreign-derived intangible income deduction",
        "Excess tax benefits from stock-based compensation",
        "Nondeductible compensation",
        "Other, net",
    ]
    tx = {
        "State income taxes, net of federal benefit": t3(9, 8, 7),
        "Foreign income taxed at different rates": t3(-41, -36, -30),
        "Research and development tax credits": t3(-52, -47, -43),
        "Foreign-derived intangible income deduction": t3(-38, -31, -26),
        "Excess tax benefits from stock-based compensation": t3(-14, -9, -5),
        "Nondeductible compensation": t3(6, 5, 4),
        "Other, net": t3(3, -2, 1),
    }
    m.tax_rec = tx
    m.tax_stat = {y: rnd(F(21, 100) * m.pretax[y]) for y in Y}
    m.tax = {y: m.tax_stat[y] + sum(tx[k][y] for k in m.tax_items) for y in Y}
    m.ni = {y: m.pretax[y] - m.tax[y] for y in Y}
    m.etr = {y: F(m.tax[y], m.pretax[y]) for y in Y}
    m.pretax_dom = t3(902, 731, 610)
    m.pretax_for = {y: m.pretax[y] - m.pretax_dom[y] for y in Y}
    m.cur_fed, m.cur_state = t3(98, 72, 58), t3(11, 9, 8)
    m.def_fed, m.def_state, m.def_for = t3(-19, -15, -7), t3(-1, -1, 0), t3(-2, -2, -2)
    m.deferred = {y: m.def_fed[y] + m.def_state[y] + m.def_for[y] for y in Y}
    m.cur_for = {y: m.tax[y] - m.deferred[y] - m.cur_fed[y] - m.cur_state[y] for y in Y}
    m.current = {y: m.cur_fed[y] + m.cur_state[y] + m.cur_for[y] for y in Y}
    # ------------------------------------------------ shares (thousands)
    m.sh_begin_fy23 = 249120
    m.sh_issued = t3(2380, 2260, 2410)
    m.sh_repo = t3(3730, 3510, 3360)
    m.sh_end = {}
    s = m.sh_begin_fy23
    for y in ["FY23", "FY24", "FY25"]:
        m.sh_end[y] = s + m.sh_issued[y] - m.sh_repo[y]
        s = m.sh_end[y]
    m.sh_begin = {"FY23": m.sh_begin_fy23, "FY24": m.sh_end["FY23"], "FY25": m.sh_end["FY24"]}
    m.wbasic_k = t3(246215, 247540, 248655)
    m.wdil_k = t3(249804, 251122, 252010)
    m.wbasic = {y: rnd(F(m.wbasic_k[y], 1000), 1) for y in Y}  # printed, millions
    m.wdil = {y: rnd(F(m.wdil_k[y], 1000), 1) for y in Y}
    m.dilutive_k = {y: m.wdil_k[y] - m.wbasic_k[y] for y in Y}
    m.eps_b = {y: rnd(F(m.ni[y]) / m.wbasic[y], 2) for y in Y}
    m.eps_d = {y: rnd(F(m.ni[y]) / m.wdil[y], 2) for y in Y}
    m.antidilutive_k = t3(412, 655, 931)
    # ------------------------------------------------ non-GAAP
    m.sbc = {y: m.sbc_cogs[y] + m.sbc_rd[y] + m.sbc_sga[y] for y in Y}
    m.amort = {y: m.amort_cogs[y] + m.amort_opex[y] for y in Y}
    m.ng_tax_adj = t3(-89, -74, -65)
    m.ng_gp = {y: m.gp[y] + m.sbc_cogs[y] + m.amort_cogs[y] for y in Y}
    m.ng_opinc = {y: m.opinc[y] + m.sbc[y] + m.amort[y] for y in Y}
    m.ng_ni = {y: m.ni[y] + m.sbc[y] + m.amort[y] + m.ng_tax_adj[y] for y in Y}
    m.ng_eps = {y: rnd(F(m.ng_ni[y]) / m.wdil[y], 2) for y in Y}
    m.ps_sbc = {y: rnd(F(m.sbc[y]) / m.wdil[y], 2) for y in Y}
    m.ps_amort = {y: rnd(F(m.amort[y]) / m.wdil[y], 2) for y in Y}
    m.ps_tax = {y: rnd(F(m.ng_tax_adj[y]) / m.wdil[y], 2) for y in Y}
    m.ng_opex = {y: m.opex[y] - m.sbc_rd[y] - m.sbc_sga[y] - m.amort_opex[y] for y in Y}
    # ------------------------------------------------ cash flows
    cf = NS()
    cf.dep = t3(148, 132, 121)
    cf.debt_amort = t3(3, 2, 2)
    cf.rou_amort = t3(49, 46, 43)
    cf.other_nc = t3(4, 3, 2)
    cf.d_ar = t3(-97, -54, -38)
    cf.d_inv = t3(-86, -61, -72)
    cf.d_prepaid = t3(-21, -14, -9)
    cf.d_ap = t3(54, 28, 19)
    cf.d_acomp = t3(23, 17, 11)
    cf.d_aother = t3(31, 19, 14)
    cf.d_itax = t3(12, 6, 4)
    cf.d_lease = t3(-47, -44, -41)
    cf.d_oltl = t3(8, 5, 3)
    cf.capex = t3(-176, -163, -149)
    cf.buy_sec = t3(-1418, -1207, -988)
    cf.mat_sec = t3(1296, 1154, 1031)
    cf.acq = t3(0, -612, 0)
    cf.oth_inv = t3(-6, -4, -3)
    cf.notes_in = t3(0, 494, 0)
    cf.notes_out = t3(0, 0, -300)
    cf.emp_in = t3(58, 51, 47)
    cf.nss_tax = t3(-112, -96, -81)
    cf.dividends = t3(-355, -317, -279)
    cf.repo = t3(-842, -705, -620)
    ops_keys = [
        "dep",
        "debt_amort",
        "rou_amort",
        "other_nc",
        "d_ar",
        "d_inv",
        "d_prepaid",
        "d_ap",
        "d_acomp",
        "d_aother",
        "d_itax",
        "d_lease",
        "d_oltl",
    ]
    cf.cfo = {y: m.ni[y] + m.amort[y] + m.sbc[y] + m.deferred[y] + sum(cf[k][y] for k in ops_keys) for y in Y}
    cf.cfi = {y: cf.capex[y] + cf.buy_sec[y] + cf.mat_sec[y] + cf.acq[y] + cf.oth_inv[y] for y in Y}
    cf.cff = {
        y: cf.notes_in[y] + cf.notes_out[y] + cf.emp_in[y] + cf.nss_tax[y] + cf.dividends[y] + cf.repo[y] for y in Y
    }
    cf.net = {y: cf.cfo[y] + cf.cfi[y] + cf.cff[y] for y in Y}
    cf.cash_paid_tax = t3(158, 127, 106)
    cf.cash_paid_int = t3(58, 47, 36)
    cf.capex_in_ap = t3(14, 11, 9)
    m.cf = cf
    m.fcf = {y: cf.cfo[y] + cf.capex[y] for y in Y}
    # ------------------------------------------------ balance sheet, end FY24 (inputs)
    b0 = NS(
        cash=1184,
        sti=1362,
        ar=618,
        inv=742,
        prepaid=187,
        ppe=512,
        rou=236,
        gw=2147,
        intang=688,
        dta=214,
        oth_a=143,
        ap=396,
        acomp=214,
        aother=268,
        itax=41,
        lease_cur=52,
        ltd=1733,
        lease_nc=203,
        oltl=162,
        apic=3412,
        aoci=-6,
    )
    b0.cur_a = b0.cash + b0.sti + b0.ar + b0.inv + b0.prepaid
    b0.tot_a = b0.cur_a + b0.ppe + b0.rou + b0.gw + b0.intang + b0.dta + b0.oth_a
    b0.cur_l = b0.ap + b0.acomp + b0.aother + b0.itax + b0.lease_cur
    b0.tot_l = b0.cur_l + b0.ltd + b0.lease_nc + b0.oltl
    b0.re = b0.tot_a - b0.tot_l - b0.apic - b0.aoci
    b0.eq = b0.apic + b0.re + b0.aoci
    b0.tle = b0.tot_l + b0.eq
    # cash history
    m.cash_end = {"FY24": b0.cash}
    m.cash_end["FY23"] = b0.cash - cf.net["FY24"]
    m.cash_end["FY25"] = b0.cash + cf.net["FY25"]
    m.cash_beg = {"FY25": b0.cash, "FY24": m.cash_end["FY23"], "FY23": m.cash_end["FY23"] - cf.net["FY23"]}
    # FY25 roll-forward
    m.oci_unreal = t3(5, 9, 11)
    m.new_leases = 38
    m.lease_cur1 = 55
    b1 = NS()
    b1.cash = m.cash_end["FY25"]
    b1.sti = b0.sti - cf.buy_sec["FY25"] - cf.mat_sec["FY25"] + m.oci_unreal["FY25"]
    b1.ar = b0.ar - cf.d_ar["FY25"]
    b1.inv = b0.inv - cf.d_inv["FY25"]
    b1.prepaid = b0.prepaid - cf.d_prepaid["FY25"]
    b1.ppe = b0.ppe - cf.capex["FY25"] - cf.dep["FY25"]
    b1.rou = b0.rou + m.new_leases - cf.rou_amort["FY25"]
    b1.gw = b0.gw
    b1.intang = b0.intang - m.amort["FY25"]
    b1.dta = b0.dta - m.deferred["FY25"]
    b1.oth_a = b0.oth_a - cf.other_nc["FY25"] - cf.oth_inv["FY25"]
    b1.ap = b0.ap + cf.d_ap["FY25"]
    b1.acomp = b0.acomp + cf.d_acomp["FY25"]
    b1.aother = b0.aother + cf.d_aother["FY25"]
    b1.itax = b0.itax + cf.d_itax["FY25"]
    lease_tot = b0.lease_cur + b0.lease_nc + m.new_leases + cf.d_lease["FY25"]
    b1.lease_cur = m.lease_cur1
    b1.lease_nc = lease_tot - m.lease_cur1
    b1.ltd = b0.ltd + cf.debt_amort["FY25"]
    b1.oltl = b0.oltl + cf.d_oltl["FY25"]
    b1.apic = b0.apic + m.sbc["FY25"] + cf.emp_in["FY25"] + cf.nss_tax["FY25"]
    b1.re = b0.re + m.ni["FY25"] + cf.repo["FY25"] + cf.dividends["FY25"]
    b1.aoci = b0.aoci + m.oci_unreal["FY25"]
    b1.cur_a = b1.cash + b1.sti + b1.ar + b1.inv + b1.prepaid
    b1.tot_a = b1.cur_a + b1.ppe + b1.rou + b1.gw + b1.intang + b1.dta + b1.oth_a
    b1.cur_l = b1.ap + b1.acomp + b1.aother + b1.itax + b1.lease_cur
    b1.tot_l = b1.cur_l + b1.ltd + b1.lease_nc + b1.oltl
    b1.eq = b1.apic + b1.re + b1.aoci
    b1.tle = b1.tot_l + b1.eq
    m.b = {"FY25": b1, "FY24": b0}
    # equity history (backward from end FY24)
    eqh = {"FY24": (b0.apic, b0.re, b0.aoci)}
    a, r, o = b0.apic, b0.re, b0.aoci
    for y in ["FY24", "FY23"]:
        a = a - m.sbc[y] - cf.emp_in[y] - cf.nss_tax[y]
        r = r - m.ni[y] - cf.repo[y] - cf.dividends[y]
        o = o - m.oci_unreal[y]
        eqh["beg_" + y] = (a, r, o)
    m.eq_beg = {"FY23": eqh["beg_FY23"], "FY24": eqh["beg_FY24"], "FY25": (b0.apic, b0.re, b0.aoci)}
    m.eq_end = {"FY23": eqh["beg_FY24"], "FY24": (b0.apic, b0.re, b0.aoci), "FY25": (b1.apic, b1.re, b1.aoci)}
    m.ci = {y: m.ni[y] + m.oci_unreal[y] for y in Y}
    m.dps = t3(F(144, 100), F(128, 100), F(112, 100))
    m.dps_q = t3(F(36, 100), F(32, 100), F(28, 100))
    m.dps_next = F(40, 100)
    # ------------------------------------------------ notes
    m.inv_raw = {"FY25": 142, "FY24": 131}
    m.inv_wip = {"FY25": 437, "FY24": 392}
    m.inv_fg = {y: m.b[y].inv - m.inv_raw[y] - m.inv_wip[y] for y in ["FY25", "FY24"]}
    m.ppe_cls = [
        "Land and buildings",
        "Machinery, test equipment and mask sets",
        "Computer hardware and software",
        "Leasehold improvements",
        "Construction in progress",
    ]
    g24 = {
        "Land and buildings": 112,
        "Machinery, test equipment and mask sets": 727,
        "Computer hardware and software": 331,
        "Leasehold improvements": 132,
        "Construction in progress": 51,
    }
    m.ppe_retire = 63
    m.ppe_gross = {"FY24": g24}
    m.ppe_acc = {"FY24": sum(g24.values()) - b0.ppe}
    tot25 = sum(g24.values()) - cf.capex["FY25"] - m.ppe_retire
    g25 = {
        "Land and buildings": 118,
        "Machinery, test equipment and mask sets": 802,
        "Computer hardware and software": 368,
        "Leasehold improvements": 141,
    }
    g25["Construction in progress"] = tot25 - sum(g25.values())
    m.ppe_gross["FY25"] = g25
    m.ppe_acc["FY25"] = m.ppe_acc["FY24"] + cf.dep["FY25"] - m.ppe_retire
    m.ppe_gtot = {y: sum(m.ppe_gross[y].values()) for y in ["FY25", "FY24"]}
    m.ppe_lt_geo = {"United States": 331, "Taiwan": 104, "Europe": 58}
    m.ppe_lt_geo["Other countries"] = b1.ppe - sum(m.ppe_lt_geo.values())
    # goodwill & intangibles
    m.gw_fy23 = 1711
    m.gw_acq = b0.gw - m.gw_fy23
    m.int_cls = ["Developed technology", "Customer relationships", "Trade names"]
    m.int_gross = {"Developed technology": 1052, "Customer relationships": 318, "Trade names": 24}
    acc24 = {"Developed technology": 550, "Customer relationships": 144}
    acc24["Trade names"] = sum(m.int_gross.values()) - b0.intang - sum(acc24.values())
    m.amort_cust = 42
    m.amort_trade = m.amort_opex["FY25"] - m.amort_cust
    acc25 = {
        "Developed technology": acc24["Developed technology"] + m.amort_cogs["FY25"],
        "Customer relationships": acc24["Customer relationships"] + m.amort_cust,
        "Trade names": acc24["Trade names"] + m.amort_trade,
    }
    m.int_acc = {"FY24": acc24, "FY25": acc25}
    m.int_gtot = sum(m.int_gross.values())
    m.int_life = {"Developed technology": "4\u20138", "Customer relationships": "7\u201310", "Trade names": "5"}
    sched = [148, 122, 97, 71, 48]
    m.amort_sched = {
        "2026": sched[0],
        "2027": sched[1],
        "2028": sched[2],
        "2029": sched[3],
        "2030": sched[4],
        "Thereafter": b1.intang - sum(sched),
    }
    # debt
    m.notes = [
        ("2.40% Senior Notes due March 2027", F(240, 100), 500, "2.55%", (486, 471)),
        ("3.15% Senior Notes due June 2030", F(315, 100), 750, "3.29%", (709, 694)),
        ("4.60% Senior Notes due October 2034", F(460, 100), 500, "4.71%", (497, 489)),
    ]
    m.notes_principal = sum(n[2] for n in m.notes)
    m.notes_unamort = {"FY25": m.notes_principal - b1.ltd, "FY24": m.notes_principal - b0.ltd}
    m.notes_fv = {"FY25": sum(n[4][0] for n in m.notes), "FY24": sum(n[4][1] for n in m.notes)}
    m.revolver = 1000
    # leases
    lm = {"2026": 62, "2027": 57, "2028": 49, "2029": 38, "2030": 27, "Thereafter": 41}
    m.lease_mat = lm
    m.lease_undisc = sum(lm.values())
    m.lease_imputed = m.lease_undisc - (b1.lease_cur + b1.lease_nc)
    m.lease_cost_k = {
        "Operating lease cost": t3(57412, 53906, 50337),
        "Short-term and variable lease cost": t3(9118, 8201, 7644),
    }
    m.lease_cost_tot_k = {y: sum(v[y] for v in m.lease_cost_k.values()) for y in Y}
    m.lease_cash_paid = 55
    m.lease_accretion = m.lease_cash_paid + cf.d_lease["FY25"]
    m.lease_term, m.lease_rate = "5.3", "3.9%"
    # stock comp
    m.sbc_tax_benefit = t3(58, 51, 46)
    m.rsu_beg_k, m.rsu_grant_k, m.rsu_vest_k, m.rsu_forf_k = 7412, 2806, 2694, 351
    m.rsu_end_k = m.rsu_beg_k + m.rsu_grant_k - m.rsu_vest_k - m.rsu_forf_k
    m.rsu_fv = {"beg": F(16822, 100), "grant": F(22140, 100), "vest": F(15290, 100), "forf": F(17535, 100)}
    m.rsu_fv["end"] = rnd(
        (
            m.rsu_beg_k * m.rsu_fv["beg"]
            + m.rsu_grant_k * m.rsu_fv["grant"]
            - m.rsu_vest_k * m.rsu_fv["vest"]
            - m.rsu_forf_k * m.rsu_fv["forf"]
        )
        / m.rsu_end_k,
        2,
    )
    m.unrec_sbc, m.unrec_years = 1021, "2.4"
    # income tax notes
    m.utb_k = NS(beg=184320, add_cur=21406, add_prior=3118, red_prior=-5274, settle=-2960, lapse=-4115)
    m.utb_k.end = sum(m.utb_k[k] for k in ["beg", "add_cur", "add_prior", "red_prior", "settle", "lapse"])
    dt = {
        "FY25": dict(rd=None, sbc=41, credits=63, accr=47, lease=52, other=14, va=-51, intang=-68, rou=-48, ppe=-29),
        "FY24": dict(rd=None, sbc=38, credits=58, accr=42, lease=54, other=12, va=-44, intang=-82, rou=-50, ppe=-26),
    }
    for y in ["FY25", "FY24"]:
        d = dt[y]
        d["rd"] = m.b[y].dta - (
            d["sbc"] + d["credits"] + d["accr"] + d["lease"] + d["other"] + d["va"] + d["intang"] + d["rou"] + d["ppe"]
        )
        d["gross"] = d["rd"] + d["sbc"] + d["credits"] + d["accr"] + d["lease"] + d["other"]
        d["net_dta"] = d["gross"] + d["va"]
        d["dtl"] = d["intang"] + d["rou"] + d["ppe"]
        d["net"] = d["net_dta"] + d["dtl"]
    m.dt = dt
    # repurchases Q4 by fiscal month (shares, price in cents)
    m.q4_months = [
        ("November 2, 2025 \u2013 November 29, 2025", 310400, 23118),
        ("November 30, 2025 \u2013 January 3, 2026", 402750, 23804),
        ("January 4, 2026 \u2013 January 31, 2026", 356200, 24267),
    ]
    m.auth_total = 3000
    m.remain_q4_start_c = 132740611800  # cents remaining at start of Q4
    rem = m.remain_q4_start_c
    m.q4_remaining_c = []
    for _, shs, px in m.q4_months:
        rem -= shs * px
        m.q4_remaining_c.append(rem)
    m.q4_shares = sum(s for _, s, _ in m.q4_months)
    m.q4_avg_px_c = rnd(F(sum(s * p for _, s, p in m.q4_months), m.q4_shares), 0)
    m.repo_avg = {y: F(-cf.repo[y] * 1000, m.sh_repo[y]) for y in Y}  # $ per share
    # contractual obligations
    m.co_cols = ["Total", "Fiscal 2026", "Fiscal 2027\u20132028", "Fiscal 2029\u20132030", "Thereafter"]
    co = {
        "Wafer purchase commitments": [742, 468, 174, 0],
        "Senior notes \u2014 principal": [0, 500, 750, 500],
        "Interest on senior notes": [59, 112, 93, 92],
        "Operating leases": [lm["2026"], lm["2027"] + lm["2028"], lm["2029"] + lm["2030"], lm["Thereafter"]],
        "Other purchase obligations": [128, 71, 12, 0],
    }
    m.co = {k: [sum(v)] + v for k, v in co.items()}
    m.co_tot = [sum(v[i] for v in m.co.values()) for i in range(5)]
    m.wafer_commit = m.co["Wafer purchase commitments"][0]
    m.employees, m.employees_rd_pct = 6240, 72
    m.holders = 412
    m.backlog = 2310
    # fair value, accrued liabilities, acquisition allocation
    m.fv_mmf = {"FY25": 611, "FY24": 548}
    m.fv_sti = {
        "FY25": {"U.S. Treasury securities": 642, "Corporate bonds": 588},
        "FY24": {"U.S. Treasury securities": 598, "Corporate bonds": 531},
    }
    for y in ["FY25", "FY24"]:
        m.fv_sti[y]["Commercial paper"] = m.b[y].sti - sum(m.fv_sti[y].values())
    m.accr = {
        "FY25": {
            "Customer program and price-protection accruals": 96,
            "Wafer and test purchases": 71,
            "Accrued interest": 17,
            "Product warranty": 12,
        },
        "FY24": {
            "Customer program and price-protection accruals": 84,
            "Wafer and test purchases": 62,
            "Accrued interest": 17,
            "Product warranty": 11,
        },
    }
    for y in ["FY25", "FY24"]:
        m.accr[y]["Other"] = m.b[y].aother - sum(m.accr[y].values())
    m.acq_alloc = {
        "Goodwill": m.gw_acq,
        "Developed technology": 188,
        "Customer relationships": 49,
        "Trade names": 4,
        "Deferred tax liabilities": -87,
    }
    m.acq_alloc["Net working capital and other"] = -cf.acq["FY24"] - sum(m.acq_alloc.values())
    return m


def check(m):
    Yl = Y
    for y in Yl:
        assert sum(m.rev_em[e][y] for e in m.endmk) == m.rev[y]
        assert sum(m.rev_geo[g][y] for g in m.geos) == m.rev[y]
        assert m.rev_geo["Rest of world"][y] > 0
        assert m.rev_dist[y] + m.rev_direct[y] == m.rev[y]
        assert m.gp[y] - m.rd[y] - m.sga[y] - m.amort_opex[y] == m.opinc[y]
        assert m.pretax_dom[y] + m.pretax_for[y] == m.pretax[y]
        assert m.current[y] + m.deferred[y] == m.tax[y]
        assert m.tax_stat[y] + sum(m.tax_rec[k][y] for k in m.tax_items) == m.tax[y]
        assert m.ni[y] == m.pretax[y] - m.tax[y]
        # EPS on printed (millions, 1 dp) and note (thousands) shares agree
        assert m.eps_b[y] == rnd(F(m.ni[y] * 1000, m.wbasic_k[y]), 2), y
        assert m.eps_d[y] == rnd(F(m.ni[y] * 1000, m.wdil_k[y]), 2), y
        assert m.sh_begin[y] > m.wbasic_k[y] - 3000
        # non-GAAP
        assert m.ng_gp[y] == m.gp[y] + m.sbc_cogs[y] + m.amort_cogs[y]
        assert m.ng_opinc[y] == m.ng_gp[y] - m.ng_opex[y]
        assert m.eps_d[y] + m.ps_sbc[y] + m.ps_amort[y] + m.ps_tax[y] == m.ng_eps[y], (y, m.ng_eps[y])
        cf = m.cf
        assert cf.cfo[y] + cf.cfi[y] + cf.cff[y] == cf.net[y]
        assert m.cash_beg[y] + cf.net[y] == m.cash_end[y]
        assert (
            -cf.dividends[y] == rnd(m.dps[y] * F(m.wbasic_k[y], 1000))
            or abs(-cf.dividends[y] - m.dps[y] * F(m.wbasic_k[y], 1000)) < 3
        )
        a0, r0, o0 = m.eq_beg[y]
        a1, r1, o1 = m.eq_end[y]
        assert a0 + m.sbc[y] + m.cf.emp_in[y] + m.cf.nss_tax[y] == a1
        assert r0 + m.ni[y] + m.cf.repo[y] + m.cf.dividends[y] == r1
        assert o0 + m.oci_unreal[y] == o1
    for y in ["FY25", "FY24"]:
        b = m.b[y]
        assert b.tot_a == b.tle, y
        assert m.cash_end[y] == b.cash
        assert m.inv_raw[y] + m.inv_wip[y] + m.inv_fg[y] == b.inv and m.inv_fg[y] > 0
        assert m.ppe_gtot[y] - m.ppe_acc[y] == b.ppe
        assert m.int_gtot - sum(m.int_acc[y].values()) == b.intang
        assert m.notes_principal - m.notes_unamort[y] == b.ltd
        assert m.dt[y]["net"] == b.dta
        assert m.eq_end[y] == (b.apic, b.re, b.aoci)
    b1 = m.b["FY25"]
    assert m.ppe_gross["FY25"]["Construction in progress"] > 0
    assert sum(m.amort_sched.values()) == b1.intang and m.amort_sched["Thereafter"] > 0
    assert m.lease_undisc - m.lease_imputed == b1.lease_cur + b1.lease_nc and m.lease_imputed > 0
    assert sum(m.ppe_lt_geo.values()) == b1.ppe
    assert m.co["Operating leases"][0] == m.lease_undisc
    assert m.co["Senior notes \u2014 principal"][0] == m.notes_principal
    for v in m.co.values():
        assert v[0] == sum(v[1:])
    assert m.sh_end["FY25"] == m.sh_begin_fy23 + sum(m.sh_issued.values()) - sum(m.sh_repo.values())
    assert m.q4_shares < m.sh_repo["FY25"] * 1000
    assert m.q4_remaining_c[-1] > 0
    assert m.rsu_end_k > 0
    for y in ["FY25", "FY24"]:
        assert m.fv_sti[y]["Commercial paper"] > 0 and m.accr[y]["Other"] > 0
        assert sum(m.fv_sti[y].values()) == m.b[y].sti and sum(m.accr[y].values()) == m.b[y].aother
    assert sum(m.acq_alloc.values()) == -m.cf.acq["FY24"] and m.acq_alloc["Net working capital and other"] > 0
    assert m.amort_sched["2026"] < m.amort["FY25"]
    return True


if __name__ == "__main__":
    mm = build()
    check(mm)
    print("semi model ok", mm.rev, mm.ni, mm.eps_d, mm.ng_eps, mm.b["FY25"].tot_a)
