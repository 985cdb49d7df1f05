"""Model for Meridale Rowe Investments, Inc. (invented), Form 10-Q for the quarter ended September 30, 2025.

$ millions unless noted; AUM in tenths of a billion (integers); per-share in Fractions.
"""

from fractions import Fraction as F

from kit import rnd
from model_semi import NS

P = ["Q3_25", "Q3_24", "9M_25", "9M_24"]
CLS = ["Equity", "Fixed income", "Multi-asset", "Alternatives"]


def qn(q3_25, h1_25, q3_24, h1_24):
    """Quarter and first-half inputs -> dict over P (9M = H1 + Q3)."""
    return {
        "Q3_25": q3_25,
        "Q3_24": q3_24,
        "9M_25": h1_25 + q3_25,
        "9M_24": h1_24 + q3_24,
        "H1_25": h1_25,
        "H1_24": h1_24,
    }


def build():
    m = NS()
    m.name = "Meridale Rowe Investments, Inc."
    m.short = "Meridale Rowe"
    m.ticker = "MDRW"
    # ------------------------------------------------ AUM (tenths of $bn)
    m.aum_dec23 = {"Equity": 1642, "Fixed income": 1187, "Multi-asset": 563, "Alternatives": 318}
    # per class: quarter -> (inflows, outflows, market, fx)
    fl = {
        "Equity": {
            "24Q1": (98, -112, 121, -8),
            "24Q2": (91, -118, 46, -3),
            "24Q3": (104, -109, 88, 12),
            "24Q4": (95, -121, -22, -15),
            "25Q1": (107, -119, -64, 9),
            "25Q2": (112, -116, 158, 14),
            "25Q3": (118, -121, 97, -4),
        },
        "Fixed income": {
            "24Q1": (87, -79, -6, -7),
            "24Q2": (82, -84, 4, -2),
            "24Q3": (96, -81, 41, 10),
            "24Q4": (89, -90, -28, -14),
            "25Q1": (94, -86, 19, 8),
            "25Q2": (101, -92, 22, 11),
            "25Q3": (108, -95, 26, -3),
        },
        "Multi-asset": {
            "24Q1": (31, -36, 17, -2),
            "24Q2": (28, -33, 6, -1),
            "24Q3": (34, -31, 19, 3),
            "24Q4": (29, -34, -5, -4),
            "25Q1": (33, -35, -9, 2),
            "25Q2": (30, -34, 24, 3),
            "25Q3": (36, -33, 15, -1),
        },
        "Alternatives": {
            "24Q1": (18, -9, 5, -1),
            "24Q2": (21, -11, 3, 0),
            "24Q3": (24, -12, 6, 1),
            "24Q4": (26, -13, 4, -2),
            "25Q1": (29, -14, 4, 1),
            "25Q2": (32, -15, 6, 1),
            "25Q3": (35, -16, 7, 0),
        },
    }
    m.flows = fl
    qs = ["24Q1", "24Q2", "24Q3", "24Q4", "25Q1", "25Q2", "25Q3"]
    end = {}
    cur = dict(m.aum_dec23)
    for q in qs:
        cur = {c: cur[c] + sum(fl[c][q]) for c in CLS}
        end[q] = cur
    m.aum_end_q = end
    m.aum_pt = {
        "Dec 31, 2023": m.aum_dec23,
        "Jun 30, 2024": end["24Q2"],
        "Sep 30, 2024": end["24Q3"],
        "Dec 31, 2024": end["24Q4"],
        "Jun 30, 2025": end["25Q2"],
        "Sep 30, 2025": end["25Q3"],
    }
    per = {
        "Q3_25": ("Jun 30, 2025", ["25Q3"]),
        "Q3_24": ("Jun 30, 2024", ["24Q3"]),
        "9M_25": ("Dec 31, 2024", ["25Q1", "25Q2", "25Q3"]),
        "9M_24": ("Dec 31, 2023", ["24Q1", "24Q2", "24Q3"]),
    }
    rf = {}
    for p, (bkey, qlist) in per.items():
        byc = {}
        for c in CLS:
            beg = m.aum_pt[bkey][c]
            inf = sum(fl[c][q][0] for q in qlist)
            out = sum(fl[c][q][1] for q in qlist)
            mkt = sum(fl[c][q][2] for q in qlist)
            fx = sum(fl[c][q][3] for q in qlist)
            byc[c] = NS(beg=beg, inf=inf, out=out, net=inf + out, mkt=mkt, fx=fx, end=beg + inf + out + mkt + fx)
        tot = NS({k: sum(byc[c][k] for c in CLS) for k in ["beg", "inf", "out", "net", "mkt", "fx", "end"]})
        rf[p] = NS(byc=byc, tot=tot)
    m.rf = rf
    m.avg_aum = {"Q3_25": 4286, "Q3_24": 3958, "9M_25": 4147, "9M_24": 3897}
    # ------------------------------------------------ income statement
    m.mgmt = qn(612, 1168, 571, 1121)
    m.perf = qn(38, 41, 24, 52)
    m.dist_rev = qn(97, 188, 91, 179)
    m.oth_rev = qn(11, 20, 9, 19)
    m.rev = {p: m.mgmt[p] + m.perf[p] + m.dist_rev[p] + m.oth_rev[p] for p in m.mgmt}
    m.comp = qn(262, 508, 246, 489)
    m.dist_cost = qn(121, 236, 114, 223)
    m.ga = qn(98, 191, 94, 183)
    m.da = qn(27, 53, 26, 51)
    m.restr = qn(0, 14, 0, 0)
    m.amort_int = qn(11, 22, 12, 24)
    m.exp = {p: m.comp[p] + m.dist_cost[p] + m.ga[p] + m.da[p] + m.restr[p] for p in m.mgmt}
    m.opinc = {p: m.rev[p] - m.exp[p] for p in m.mgmt}
    m.inv_gain = qn(14, 9, 11, 18)
    m.int_exp = qn(-9, -18, -9, -18)
    m.oth_inc = qn(3, 5, 2, 4)
    m.nonop = {p: m.inv_gain[p] + m.int_exp[p] + m.oth_inc[p] for p in m.mgmt}
    m.pretax = {p: m.opinc[p] + m.nonop[p] for p in m.mgmt}
    m.tax = qn(62, 99, 53, 104)
    m.ni_tot = {p: m.pretax[p] - m.tax[p] for p in m.mgmt}
    m.ni_nci = qn(5, 3, 4, 7)
    m.ni = {p: m.ni_tot[p] - m.ni_nci[p] for p in m.mgmt}
    m.wb_k = {"Q3_25": 78412, "9M_25": 78921, "Q3_24": 81148, "9M_24": 81688}
    m.wd_k = {"Q3_25": 79318, "9M_25": 79806, "Q3_24": 81960, "9M_24": 82571}
    m.wb = {p: rnd(F(m.wb_k[p], 1000), 1) for p in P}
    m.wd = {p: rnd(F(m.wd_k[p], 1000), 1) for p in P}
    m.eps_b = {p: rnd(F(m.ni[p]) / m.wb[p], 2) for p in P}
    m.eps_d = {p: rnd(F(m.ni[p]) / m.wd[p], 2) for p in P}
    m.dps = {"Q3_25": F(80, 100), "9M_25": F(240, 100), "Q3_24": F(74, 100), "9M_24": F(222, 100)}
    m.opm = {p: F(m.opinc[p], m.rev[p]) for p in P}
    m.comp_ratio = {p: F(m.comp[p], m.rev[p]) for p in P}
    m.fee_rate = {
        p: rnd(F(m.mgmt[p] * (4 if p.startswith("Q3") else F(4, 3)) * 10000, m.avg_aum[p] * 100), 1) for p in P
    }  # bps: mgmt ($m) annualised / avg AUM ($m)
    # adjusted (non-GAAP)
    m.adj_rev = {p: m.rev[p] - m.dist_cost[p] for p in P}
    m.adj_oi = {p: m.opinc[p] + m.amort_int[p] + m.restr[p] for p in P}
    m.adj_opm = {p: F(m.adj_oi[p], m.adj_rev[p]) for p in P}
    # revenue disaggregation
    mf = {"Equity": qn(318, 602, 301, 590), "Fixed income": qn(141, 274, 131, 258), "Multi-asset": qn(73, 142, 70, 139)}
    mf["Alternatives"] = {p: m.mgmt[p] - sum(mf[c][p] for c in CLS[:3]) for p in m.mgmt}
    m.mf_cls = mf
    m.rev_retail = qn(431, 806, 398, 782)
    m.rev_inst = {p: m.rev[p] - m.rev_retail[p] for p in m.mgmt}
    m.geo = ["Americas", "Europe, Middle East and Africa", "Asia Pacific"]
    g = {"Americas": qn(512, 958, 476, 934), "Asia Pacific": qn(71, 132, 63, 127)}
    g["Europe, Middle East and Africa"] = {p: m.rev[p] - g["Americas"][p] - g["Asia Pacific"][p] for p in m.mgmt}
    m.rev_geo = g
    # ------------------------------------------------ balance sheet Dec 31, 2024 (inputs)
    b0 = NS(
        cash=1046,
        recv=392,
        invest=618,
        ppe=164,
        rou=231,
        gw=1482,
        intang=406,
        oth_a=128,
        acomp=338,
        ap=187,
        lease=268,
        ltd=743,
        oth_l=96,
        cs=1,
        apic=1512,
        treas=-1210,
        aoci=-38,
        nci=74,
    )
    b0.tot_a = b0.cash + b0.recv + b0.invest + b0.ppe + b0.rou + b0.gw + b0.intang + b0.oth_a
    b0.tot_l = b0.acomp + b0.ap + b0.lease + b0.ltd + b0.oth_l
    b0.re = b0.tot_a - b0.tot_l - b0.nci - b0.cs - b0.apic - b0.treas - b0.aoci
    # ------------------------------------------------ cash flows, nine months
    cf = NS()

    def two(a, b):
        return {"9M_25": a, "9M_24": b}

    cf.ni = two(m.ni_tot["9M_25"], m.ni_tot["9M_24"])
    cf.da = two(m.da["9M_25"], m.da["9M_24"])
    cf.sbc = two(86, 81)
    cf.deftax = two(-6, -4)
    cf.gains = two(-m.inv_gain["9M_25"], -m.inv_gain["9M_24"])
    cf.rou = two(31, 29)
    cf.debt_amort = two(1, 1)
    cf.d_recv = two(-41, -27)
    cf.d_acomp = two(-62, -71)
    cf.d_ap = two(14, 9)
    cf.d_oth = two(-9, -6)
    cf.d_lease = two(-34, -32)
    cf.capex = two(-29, -24)
    cf.buy_inv = two(-142, -118)
    cf.sell_inv = two(171, 133)
    cf.repo = two(-310, -270)
    cf.div = two(-189, -181)
    cf.nci_dist = two(-9, -6)
    cf.emp_tax = two(-34, -29)
    cf.fx = two(7, -3)
    ok = ["ni", "da", "sbc", "deftax", "gains", "rou", "debt_amort", "d_recv", "d_acomp", "d_ap", "d_oth", "d_lease"]
    cf.cfo = {p: sum(cf[k][p] for k in ok) for p in ["9M_25", "9M_24"]}
    cf.cfi = {p: cf.capex[p] + cf.buy_inv[p] + cf.sell_inv[p] for p in ["9M_25", "9M_24"]}
    cf.cff = {p: cf.repo[p] + cf.div[p] + cf.nci_dist[p] + cf.emp_tax[p] for p in ["9M_25", "9M_24"]}
    cf.net = {p: cf.cfo[p] + cf.cfi[p] + cf.cff[p] + cf.fx[p] for p in ["9M_25", "9M_24"]}
    cf.cash_beg = {"9M_25": b0.cash, "9M_24": 938}
    cf.cash_end = {p: cf.cash_beg[p] + cf.net[p] for p in ["9M_25", "9M_24"]}
    cf.tax_paid = two(171, 166)
    cf.int_paid = two(24, 24)
    m.cf = cf
    # ------------------------------------------------ Sep 30, 2025 balance sheet
    p = "9M_25"
    m.new_leases = 12
    b1 = NS()
    b1.cash = cf.cash_end[p]
    b1.recv = b0.recv - cf.d_recv[p]
    b1.invest = b0.invest - cf.gains[p] - cf.buy_inv[p] - cf.sell_inv[p]
    b1.ppe = b0.ppe - cf.capex[p] - (m.da[p] - m.amort_int[p])
    b1.rou = b0.rou + m.new_leases - cf.rou[p]
    b1.gw = b0.gw
    b1.intang = b0.intang - m.amort_int[p]
    b1.oth_a = b0.oth_a - cf.d_oth[p]
    b1.acomp = b0.acomp + cf.d_acomp[p]
    b1.ap = b0.ap + cf.d_ap[p]
    b1.lease = b0.lease + m.new_leases + cf.d_lease[p]
    b1.ltd = b0.ltd + cf.debt_amort[p]
    b1.oth_l = b0.oth_l + cf.deftax[p]
    b1.cs = b0.cs
    b1.apic = b0.apic + cf.sbc[p] + cf.emp_tax[p]
    b1.treas = b0.treas + cf.repo[p]
    b1.re = b0.re + m.ni[p] + cf.div[p]
    m.oci_q = {"Q3_25": -2, "Q3_24": 4}
    m.oci = {"9M_25": cf.fx[p], "9M_24": cf.fx["9M_24"]}
    b1.aoci = b0.aoci + m.oci[p]
    b1.nci = b0.nci + m.ni_nci[p] + cf.nci_dist[p]
    for b in (b0, b1):
        b.tot_a = b.cash + b.recv + b.invest + b.ppe + b.rou + b.gw + b.intang + b.oth_a
        b.tot_l = b.acomp + b.ap + b.lease + b.ltd + b.oth_l
        b.se = b.cs + b.apic + b.re + b.treas + b.aoci
        b.te = b.se + b.nci
        b.tle = b.tot_l + b.te
    m.b = {"Sep 30, 2025": b1, "Dec 31, 2024": b0}
    # equity statement, nine months 2024 (inputs Dec 31, 2023)
    e23 = NS(cs=1, apic=1438, re=1986, treas=-840, aoci=-29, nci=69)
    pp = "9M_24"
    e24 = NS(
        cs=1,
        apic=e23.apic + cf.sbc[pp] + cf.emp_tax[pp],
        re=e23.re + m.ni[pp] + cf.div[pp],
        treas=e23.treas + cf.repo[pp],
        aoci=e23.aoci + m.oci[pp],
        nci=e23.nci + m.ni_nci[pp] + cf.nci_dist[pp],
    )
    for e in (e23, e24):
        e.se = e.cs + e.apic + e.re + e.treas + e.aoci
        e.te = e.se + e.nci
    m.eq24 = (e23, e24)
    # ------------------------------------------------ notes
    m.inv_k = {
        "Sep 30, 2025": {
            "Seed investments \u2014 equity funds": 214380,
            "Seed investments \u2014 fixed income funds": 138622,
            "Seed investments \u2014 multi-asset funds": 52417,
            "CLO equity tranches": 61305,
            "Equity method investments": 118940,
        },
        "Dec 31, 2024": {
            "Seed investments \u2014 equity funds": 221905,
            "Seed investments \u2014 fixed income funds": 146108,
            "Seed investments \u2014 multi-asset funds": 49880,
            "CLO equity tranches": 64770,
            "Equity method investments": 112613,
        },
    }
    m.inv_tot_k = {"Sep 30, 2025": 612184, "Dec 31, 2024": 618391}
    for d in m.inv_k:
        m.inv_k[d]["Other investments"] = m.inv_tot_k[d] - sum(m.inv_k[d].values())
    m.notes = [
        ("4.25% Senior Notes due April 2029", 400, (392, 381)),
        ("5.10% Senior Notes due November 2034", 350, (352, 339)),
    ]
    m.notes_principal = sum(n[1] for n in m.notes)
    m.revolver = 500
    # repurchases Q3 by month (shares, cents)
    m.q3_months = [
        ("July 1 \u2013 July 31, 2025", 412300, 13142),
        ("August 1 \u2013 August 31, 2025", 388150, 12877),
        ("September 1 \u2013 September 30, 2025", 356900, 13405),
    ]
    m.q3_shares = sum(s for _, s, _ in m.q3_months)
    m.q3_cost_c = sum(s * c for _, s, c in m.q3_months)
    m.q3_avg_c = rnd(F(m.q3_cost_c, m.q3_shares))
    m.repo_9m_sh = 2384600
    m.remain_start_c = 79412650000
    rem = m.remain_start_c
    m.q3_remaining_c = []
    for _, s, c in m.q3_months:
        rem -= s * c
        m.q3_remaining_c.append(rem)
    m.employees = 2960
    # fair value hierarchy mapping of investment categories (no new figures)
    m.fv_level = {
        "Seed investments \u2014 equity funds": "Level 1",
        "Seed investments \u2014 fixed income funds": "Level 1",
        "Seed investments \u2014 multi-asset funds": "Level 2",
        "CLO equity tranches": "Level 3",
        "Other investments": "NAV",
        "Equity method investments": None,
    }
    d = "Sep 30, 2025"
    m.fv_tab = {
        lv: sum(v for k, v in m.inv_k[d].items() if m.fv_level[k] == lv)
        for lv in ["Level 1", "Level 2", "Level 3", "NAV"]
    }
    m.fv_total_k = sum(m.fv_tab.values())
    m.lease_mat = {"Remainder of 2025": 9, "2026": 36, "2027": 35, "2028": 33, "2029": 31, "Thereafter": 148}
    m.lease_undisc = sum(m.lease_mat.values())
    m.lease_imputed = m.lease_undisc - m.b["Sep 30, 2025"].lease
    m.lease_term, m.lease_rate = "8.6", "4.4%"
    m.rsu = NS(beg=2418, grant=1102, vest=861, forf=74)
    m.rsu.end = m.rsu.beg + m.rsu.grant - m.rsu.vest - m.rsu.forf
    m.rsu_fv = {"beg": F(11806, 100), "grant": F(13215, 100), "vest": F(10944, 100), "forf": F(12120, 100)}
    m.rsu_fv["end"] = rnd(
        (
            m.rsu.beg * m.rsu_fv["beg"]
            + m.rsu.grant * m.rsu_fv["grant"]
            - m.rsu.vest * m.rsu_fv["vest"]
            - m.rsu.forf * m.rsu_fv["forf"]
        )
        / m.rsu.end,
        2,
    )
    m.etr = {p: F(m.tax[p], m.pretax[p]) for p in P}
    return m


def check(m):
    for p in m.rf:
        r = m.rf[p]
        for c in CLS:
            x = r.byc[c]
            assert x.beg + x.net + x.mkt + x.fx == x.end and x.inf + x.out == x.net
        t = r.tot
        assert t.beg + t.inf + t.out + t.mkt + t.fx == t.end
    assert m.rf["9M_25"].tot.end == m.rf["Q3_25"].tot.end
    assert m.rf["9M_24"].tot.end == m.rf["Q3_24"].tot.end
    assert m.rf["9M_25"].tot.beg == sum(m.aum_pt["Dec 31, 2024"].values())
    for p in P:
        r = m.rf[p].tot
        assert min(r.beg, r.end) - 150 <= m.avg_aum[p] <= max(r.beg, r.end) + 150
        assert m.rev[p] - m.exp[p] == m.opinc[p]
        assert m.opinc[p] + m.nonop[p] - m.tax[p] - m.ni_nci[p] == m.ni[p]
        assert m.eps_b[p] == rnd(F(m.ni[p] * 1000, m.wb_k[p]), 2), p
        assert m.eps_d[p] == rnd(F(m.ni[p] * 1000, m.wd_k[p]), 2), p
        assert sum(m.mf_cls[c][p] for c in CLS) == m.mgmt[p] and m.mf_cls["Alternatives"][p] > 0
        assert m.rev_retail[p] + m.rev_inst[p] == m.rev[p]
        assert sum(m.rev_geo[g][p] for g in m.geo) == m.rev[p]
        assert m.adj_oi[p] - m.amort_int[p] - m.restr[p] == m.opinc[p]
    for k in ["mgmt", "rev", "exp", "opinc", "ni"]:
        d = m[k]
        assert d["9M_25"] - d["Q3_25"] == d["H1_25"]
    cf = m.cf
    for p in ["9M_25", "9M_24"]:
        assert cf.cash_beg[p] + cf.cfo[p] + cf.cfi[p] + cf.cff[p] + cf.fx[p] == cf.cash_end[p]
    for d, b in m.b.items():
        assert b.tot_a == b.tle, d
        assert rnd(F(m.inv_tot_k[d], 1000)) == b.invest, d
        assert m.inv_k[d]["Other investments"] > 0
        assert m.notes_principal - b.ltd > 0
    b0, b1 = m.b["Dec 31, 2024"], m.b["Sep 30, 2025"]
    assert b1.cash == cf.cash_end["9M_25"] and b0.cash == cf.cash_beg["9M_25"]
    assert b1.te - b0.te == (
        m.ni_tot["9M_25"]
        + cf.sbc["9M_25"]
        + cf.emp_tax["9M_25"]
        + cf.repo["9M_25"]
        + cf.div["9M_25"]
        + m.oci["9M_25"]
        + cf.nci_dist["9M_25"]
    )
    e23, e24 = m.eq24
    assert e24.te - e23.te == (
        m.ni_tot["9M_24"]
        + cf.sbc["9M_24"]
        + cf.emp_tax["9M_24"]
        + cf.repo["9M_24"]
        + cf.div["9M_24"]
        + m.oci["9M_24"]
        + cf.nci_dist["9M_24"]
    )
    assert abs(F(m.q3_cost_c, 100 * 10**6) - 150) < 10
    assert m.q3_remaining_c[-1] > 0 and m.q3_shares < m.repo_9m_sh
    assert abs(-cf.div["9M_25"] - m.dps["9M_25"] * m.wb["9M_25"]) < 3
    assert abs(-cf.div["9M_24"] - m.dps["9M_24"] * m.wb["9M_24"]) < 3
    assert m.fv_total_k + m.inv_k["Sep 30, 2025"]["Equity method investments"] == m.inv_tot_k["Sep 30, 2025"]
    assert m.lease_imputed > 0 and m.rsu.end > 0
    for cl in CLS:
        assert m.aum_pt["Sep 30, 2025"][cl] == m.rf["Q3_25"].byc[cl].end == m.rf["9M_25"].byc[cl].end
        assert m.aum_pt["Sep 30, 2024"][cl] == m.rf["Q3_24"].byc[cl].end
    return True


if __name__ == "__main__":
    mm = build()
    check(mm)
    print("am model ok", mm.rev, mm.ni, mm.eps_d, {p: mm.rf[p].tot.end for p in P}, mm.fee_rate, mm.b)
