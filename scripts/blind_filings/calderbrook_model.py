"""Calderbrook Industries, Inc.: the fictional industrial manufacturer's numbers, in $ millions.

Every printed statement, note table, MD&A figure and question answer is computed from this one model, so the
filing is internally consistent by construction (``check()`` asserts the accounting identities).
"""

from __future__ import annotations

Y3 = (2023, 2024, 2025)
Y2 = (2024, 2025)


def yd(a, b, c):
    return {2023: a, 2024: b, 2025: c}


def bd(a, b):
    return {2024: a, 2025: b}


class Model:
    pass


SEGMENTS = ("FH", "PT", "SF")
SEG_NAME = {"FH": "Fluid Handling", "PT": "Power Transmission", "SF": "Specialty Filtration"}


def build() -> Model:
    m = Model()
    # ---------------------------------------------------------------- income statement
    m.seg_sales = {"FH": yd(884, 921, 968), "PT": yd(763, 745, 742), "SF": yd(237, 301, 436)}
    m.sales = {y: sum(m.seg_sales[s][y] for s in SEGMENTS) for y in Y3}
    m.seg_cogs = {"FH": yd(574, 590, 612), "PT": yd(522, 506, 498), "SF": yd(159, 200, 278)}
    m.cogs = {y: sum(m.seg_cogs[s][y] for s in SEGMENTS) for y in Y3}
    m.gp = {y: m.sales[y] - m.cogs[y] for y in Y3}
    m.sga = yd(346, 368, 392)
    m.rnd = yd(51, 54, 58)
    m.seg_amort = {"FH": yd(9, 8, 8), "PT": yd(6, 6, 6), "SF": yd(9, 17, 25)}
    m.amort = {y: sum(m.seg_amort[s][y] for s in SEGMENTS) for y in Y3}
    m.restr = yd(9, 22, 14)
    m.oi = {y: m.gp[y] - m.sga[y] - m.rnd[y] - m.amort[y] - m.restr[y] for y in Y3}
    m.int_exp = yd(27, 41, 48)
    m.other_exp = yd(2, -3, -6)  # other (income) expense, net: positive = expense
    m.pretax = {y: m.oi[y] - m.int_exp[y] - m.other_exp[y] for y in Y3}
    m.tax = yd(38, 37, 47)
    m.ni = {y: m.pretax[y] - m.tax[y] for y in Y3}
    m.sh_basic = yd(42.6, 42.0, 41.7)
    m.sh_dil = yd(43.1, 42.4, 42.1)
    m.eps_basic = {y: round(m.ni[y] / m.sh_basic[y], 2) for y in Y3}
    m.eps_dil = {y: round(m.ni[y] / m.sh_dil[y], 2) for y in Y3}
    m.dps = yd(1.04, 1.12, 1.20)
    m.div = {y: round(m.dps[y] * m.sh_basic[y]) for y in Y3}
    # segment operating income (after amortization, before restructuring and corporate costs)
    m.seg_oi = {"FH": yd(148, 158, 176), "PT": yd(101, 88, 92), "SF": yd(28, 46, 70)}
    m.seg_oi_total = {y: sum(m.seg_oi[s][y] for s in SEGMENTS) for y in Y3}
    m.corp = {y: m.seg_oi_total[y] - m.restr[y] - m.oi[y] for y in Y3}
    m.seg_opex = {s: {y: m.seg_sales[s][y] - m.seg_cogs[s][y] - m.seg_amort[s][y] - m.seg_oi[s][y] for y in Y3}
                  for s in SEGMENTS}
    m.seg_dep = {"FH": yd(28, 29, 30), "PT": yd(26, 27, 27), "SF": yd(4, 7, 11), "Corp": yd(3, 3, 4)}
    m.dep = {y: sum(v[y] for v in m.seg_dep.values()) for y in Y3}
    m.seg_capex = {"FH": yd(35, 38, 42), "PT": yd(32, 33, 31), "SF": yd(9, 13, 19), "Corp": yd(3, 4, 4)}
    m.capex = {y: sum(v[y] for v in m.seg_capex.values()) for y in Y3}
    m.da = {y: m.dep[y] + m.amort[y] for y in Y3}
    # 2025 net sales bridge (vs 2024) by segment: organic, acquisition, currency
    m.bridge = {"FH": (50, 0, -3), "PT": (-1, 0, -2), "SF": (38, 98, -1)}
    m.price = 57  # of the 87 organic increase, price realization; the rest is volume/mix
    # revenue disaggregation
    m.geo = {"United States": yd(1341, 1389, 1502), "Canada and Mexico": yd(190, 198, 214),
             "Europe": yd(231, 251, 286), "Asia Pacific and other": yd(122, 129, 144)}
    m.services = yd(182, 194, 219)
    m.products = {y: m.sales[y] - m.services[y] for y in Y3}
    m.oci_fx = yd(12, -18, 9)
    m.oci_pension = yd(4, 6, 3)
    m.oci_hedge = yd(-2, 1, -1)
    m.oci = {y: m.oci_fx[y] + m.oci_pension[y] + m.oci_hedge[y] for y in Y3}
    m.ci = {y: m.ni[y] + m.oci[y] for y in Y3}

    # ---------------------------------------------------------------- equity roll-forward from Dec 31, 2022
    m.sbc = yd(14, 15, 17)
    m.opt_proceeds = yd(5, 4, 6)
    m.withholding = yd(4, 4, 5)
    m.repurch = yd(70, 45, 60)
    m.sh_issued = yd(0.3, 0.3, 0.3)
    m.sh_repurch = yd(1.0, 0.6, 0.7)
    eq = {"shares": 42.9, "common": 1, "apic": 371, "re": 1052, "aoci": -71, "treas": -412}
    m.eq_open = dict(eq)
    m.eq = {}
    for y in Y3:
        eq = dict(eq)
        eq["shares"] = round(eq["shares"] + m.sh_issued[y] - m.sh_repurch[y], 1)
        eq["apic"] += m.sbc[y] + m.opt_proceeds[y] - m.withholding[y]
        eq["re"] += m.ni[y] - m.div[y]
        eq["aoci"] += m.oci[y]
        eq["treas"] -= m.repurch[y]
        eq["total"] = eq["common"] + eq["apic"] + eq["re"] + eq["aoci"] + eq["treas"]
        m.eq[y] = eq
    m.eq_open["total"] = sum(m.eq_open[k] for k in ("common", "apic", "re", "aoci", "treas"))

    # ---------------------------------------------------------------- debt
    m.notes = bd(500, 500)
    m.term = {2022: 0, 2023: 0, 2024: 338, 2025: 313}
    m.revolver = {2022: 62, 2023: 32, 2024: 92, 2025: 32}
    m.debt = {y: 500 + m.term[y] + m.revolver[y] for y in (2022, 2023, 2024, 2025)}
    m.cur_debt = bd(25, 25)
    m.ltd = {y: m.debt[y] - m.cur_debt[y] for y in Y2}

    # ---------------------------------------------------------------- cash flows
    cf = {}
    cf["ni"] = m.ni
    cf["dep"] = m.dep
    cf["amort"] = m.amort
    cf["sbc"] = m.sbc
    cf["deftax"] = yd(-4, -9, -7)
    cf["restr_nc"] = yd(0, 6, 3)
    cf["gain"] = yd(-1, 0, -3)
    m.cf = cf
    # balance sheet (2024, 2025); cash and "other assets" are solved below
    b = {}
    b["sti"] = bd(20, 25)
    b["ar"] = bd(281, 294)
    b["inv"] = bd(305, 318)
    b["prepaid"] = bd(38, 41)
    b["ppe"] = bd(588, 612)
    b["rou"] = bd(69, 74)
    b["gw"] = bd(684, 688)
    b["intang"] = bd(355, 318)
    b["ap"] = bd(164, 172)
    b["acc_comp"] = bd(59, 68)
    b["acc_other"] = bd(91, 96)
    b["cur_debt"] = m.cur_debt
    b["cur_lease"] = bd(15, 16)
    b["tax_pay"] = bd(8, 11)
    b["ltd"] = m.ltd
    b["lt_lease"] = bd(58, 62)
    b["dtl"] = bd(78, 71)
    b["pension"] = bd(39, 34)
    b["other_ltl"] = bd(38, 41)
    m.b = b
    cf["ar"] = yd(-11, -6, -(b["ar"][2025] - b["ar"][2024]))
    cf["inv"] = yd(-22, 9, -(b["inv"][2025] - b["inv"][2024]))
    cf["prepaid"] = yd(-1, -2, -(b["prepaid"][2025] - b["prepaid"][2024]))
    cf["ap"] = yd(7, -5, b["ap"][2025] - b["ap"][2024])
    cf["acc_comp"] = yd(3, -4, b["acc_comp"][2025] - b["acc_comp"][2024])
    cf["acc_other"] = yd(-2, 6, b["acc_other"][2025] - b["acc_other"][2024])
    cf["tax_pay"] = yd(2, -3, b["tax_pay"][2025] - b["tax_pay"][2024])
    cf["other_op"] = yd(-3, -10, -8)
    op_keys = ["ni", "dep", "amort", "sbc", "deftax", "restr_nc", "gain", "ar", "inv", "prepaid", "ap", "acc_comp",
               "acc_other", "tax_pay", "other_op"]
    m.op_keys = op_keys
    cf["cfo"] = {y: sum(cf[k][y] for k in op_keys) for y in Y3}
    cf["capex"] = {y: -m.capex[y] for y in Y3}
    cf["ppe_proceeds"] = yd(3, 2, 6)
    cf["acq"] = yd(0, -412, 0)
    cf["sti_buy"] = yd(-15, -18, -30)
    cf["sti_mat"] = yd(12, 22, 25)
    inv_keys = ["capex", "ppe_proceeds", "acq", "sti_buy", "sti_mat"]
    m.inv_keys = inv_keys
    cf["cfi"] = {y: sum(cf[k][y] for k in inv_keys) for y in Y3}
    cf["term_in"] = yd(0, 350, 0)
    cf["term_out"] = yd(0, -12, -25)
    cf["rev_in"] = yd(60, 180, 40)
    cf["rev_out"] = yd(-90, -120, -100)
    cf["div"] = {y: -m.div[y] for y in Y3}
    cf["repurch"] = {y: -m.repurch[y] for y in Y3}
    cf["opt"] = m.opt_proceeds
    cf["withh"] = {y: -m.withholding[y] for y in Y3}
    fin_keys = ["term_in", "term_out", "rev_in", "rev_out", "div", "repurch", "opt", "withh"]
    m.fin_keys = fin_keys
    cf["cff"] = {y: sum(cf[k][y] for k in fin_keys) for y in Y3}
    cf["fx"] = yd(1, -3, 2)
    cf["net"] = {y: cf["cfo"][y] + cf["cfi"][y] + cf["cff"][y] + cf["fx"][y] for y in Y3}
    m.cash = {2022: 114}
    for y in Y3:
        m.cash[y] = m.cash[y - 1] + cf["net"][y]
    cf["begin"] = {y: m.cash[y - 1] for y in Y3}
    cf["end"] = {y: m.cash[y] for y in Y3}
    cf["int_paid"] = yd(26, 38, 47)
    cf["tax_paid"] = yd(40, 49, 51)
    # debt roll-forward ties to financing flows
    for y in Y3:
        assert m.debt[y] - m.debt[y - 1] == sum(cf[k][y] for k in ("term_in", "term_out", "rev_in", "rev_out")), y
    sti = {2022: 21}
    for y in Y3:
        sti[y] = sti[y - 1] - cf["sti_buy"][y] - cf["sti_mat"][y]
    assert sti[2024] == b["sti"][2024] and sti[2025] == b["sti"][2025], sti

    b["cash"] = {y: m.cash[y] for y in Y2}
    # totals
    for y in Y2:
        b.setdefault("tca", {})[y] = b["cash"][y] + b["sti"][y] + b["ar"][y] + b["inv"][y] + b["prepaid"][y]
        b.setdefault("tcl", {})[y] = sum(b[k][y] for k in ("ap", "acc_comp", "acc_other", "cur_debt", "cur_lease",
                                                             "tax_pay"))
        b.setdefault("tl", {})[y] = b["tcl"][y] + sum(b[k][y] for k in ("ltd", "lt_lease", "dtl", "pension",
                                                                           "other_ltl"))
        for k in ("common", "apic", "re", "aoci", "treas", "total"):
            b.setdefault("eq_" + k, {})[y] = m.eq[y][k]
        b.setdefault("tle", {})[y] = b["tl"][y] + m.eq[y]["total"]
        noncash = b["tca"][y] + sum(b[k][y] for k in ("ppe", "rou", "gw", "intang"))
        b.setdefault("other_assets", {})[y] = b["tle"][y] - noncash
        b.setdefault("ta", {})[y] = noncash + b["other_assets"][y]
    m.total_debt = {y: b["cur_debt"][y] + b["ltd"][y] for y in Y2}
    # PP&E, intangibles and goodwill roll-forwards (2025)
    assert b["ppe"][2024] + m.capex[2025] - m.dep[2025] - 3 + 3 == b["ppe"][2025]
    assert b["intang"][2024] - m.amort[2025] + 2 == b["intang"][2025]
    # ---------------------------------------------------------------- note details
    m.lc = 14
    m.revolver_avail = 600 - m.revolver[2025] - m.lc
    m.revolver_avail_2024 = 600 - m.revolver[2024] - 13
    m.shares_issued = {2023: 52.3, 2024: 52.6, 2025: 52.9}
    m.treasury_shares = {y: round(m.shares_issued[y] - m.eq[y]["shares"], 1) for y in Y3}
    # Q4 2025 repurchases: (month, shares, average price); January-September spend completes the year's total
    m.q4 = [("October 1 - October 31, 2025", 61200, 84.12), ("November 1 - November 30, 2025", 95400, 81.57),
            ("December 1 - December 31, 2025", 48300, 86.33)]
    m.q4_spend = sum(n * p for _, n, p in m.q4) / 1e6
    m.q4_shares = sum(n for _, n, _ in m.q4)
    m.repurch_before_2025 = 38.0  # spent under the February 2024 authorization during 2024
    m.repurch_9m_2025 = round(m.repurch[2025] - m.q4_spend, 1)
    rem = 300.0 - m.repurch_before_2025 - m.repurch_9m_2025
    m.q4_remaining = []
    for _, n, p in m.q4:
        rem -= n * p / 1e6
        m.q4_remaining.append(round(rem, 1))
    m.repurch_remaining = m.q4_remaining[-1]
    m.inv_detail = {"Raw materials": bd(118, 124), "Work in process": bd(69, 71), "Finished goods": bd(145, 151),
                    "LIFO reserve": bd(-27, -28)}
    assert all(sum(v[y] for v in m.inv_detail.values()) == b["inv"][y] for y in Y2)
    m.ppe_detail = {"Land": bd(37, 38), "Buildings and improvements": bd(398, 412),
                    "Machinery and equipment": bd(1031, 1086), "Construction in progress": bd(55, 61)}
    m.ppe_gross = {y: sum(v[y] for v in m.ppe_detail.values()) for y in Y2}
    m.accum_dep = {y: m.ppe_gross[y] - b["ppe"][y] for y in Y2}
    m.gw_seg = {"FH": {2023: 232, 2024: 229, 2025: 231}, "PT": {2023: 141, 2024: 140, 2025: 141},
                "SF": {2023: 118, 2024: 315, 2025: 316}}
    m.gw_acq = {"FH": 0, "PT": 0, "SF": 198}
    assert all(sum(m.gw_seg[s][y] for s in SEGMENTS) == b["gw"][y] for y in Y2)
    m.intang_detail = {"Customer relationships": ((395, 139), (398, 164)), "Technology": ((95, 43), (96, 52)),
                       "Trade names": ((61, 14), (62, 22))}
    for i, y in enumerate(Y2):
        assert sum(g[i][0] - g[i][1] for g in m.intang_detail.values()) == b["intang"][y]
    m.amort_future = [(2026, 38), (2027, 36), (2028, 34), (2029, 31), (2030, 28)]
    m.accrued_detail = {"Customer rebates": bd(20, 22), "Product warranty": bd(13, 14), "Accrued interest": bd(9, 9),
                        "Restructuring": bd(7, 5), "Environmental remediation, current portion": bd(2, 2),
                        "Other": bd(40, 44)}
    assert all(sum(v[y] for v in m.accrued_detail.values()) == b["acc_other"][y] for y in Y2)
    m.warranty = {2024: (10, 2, 8, -7), 2025: (13, 0, 9, -8)}  # begin, acquired, accruals, settlements
    m.restr_seg = {"Fluid Handling": yd(4, 3, 2), "Power Transmission": yd(3, 17, 10),
                   "Specialty Filtration": yd(1, 0, 1), "Corporate": yd(1, 2, 1)}
    assert all(sum(v[y] for v in m.restr_seg.values()) == m.restr[y] for y in Y3)
    m.restr_reserve = {2024: (3, 22, -6, -12), 2025: (7, 14, -3, -13)}  # begin, charges, non-cash, cash paid
    for y, (a, c_, nc, p) in m.restr_reserve.items():
        assert a + c_ + nc + p == m.accrued_detail["Restructuring"][y]
        assert -nc == cf["restr_nc"][y]
    m.maturities = [(2026, 25), (2027, 25), (2028, 35), (2029, 760), (2030, 0), ("Thereafter", 0)]
    assert sum(v for _, v in m.maturities) == m.total_debt[2025]
    m.lease_cost = {"Operating lease cost": yd(17, 19, 21), "Short-term and variable lease cost": yd(5, 5, 6)}
    m.lease_mat = [(2026, 19), (2027, 16), (2028, 14), (2029, 11), (2030, 9), ("Thereafter", 22)]
    m.lease_interest = 13
    assert sum(v for _, v in m.lease_mat) - m.lease_interest == b["cur_lease"][2025] + b["lt_lease"][2025]
    m.pretax_dom = yd(121, 109, 151)
    m.pretax_for = {y: m.pretax[y] - m.pretax_dom[y] for y in Y3}
    m.tax_cur = {"Federal": yd(26, 28, 31), "State": yd(6, 6, 7), "Foreign": yd(10, 12, 16)}
    m.tax_def = {"Federal": yd(-3, -7, -6), "State": yd(-1, -1, -1), "Foreign": yd(0, -1, 0)}
    for y in Y3:
        assert sum(v[y] for v in m.tax_cur.values()) + sum(v[y] for v in m.tax_def.values()) == m.tax[y]
        assert sum(v[y] for v in m.tax_def.values()) == cf["deftax"][y]
    m.rate_recon = {"U.S. federal statutory rate (21%)": yd(36, 33, 45), "State income taxes, net of federal benefit":
                    yd(4, 4, 4), "Foreign rate differential": yd(1, 2, 2), "Research and development credits":
                    yd(-3, -3, -4), "Foreign-derived intangible income deduction": yd(-2, -2, -2),
                    "Non-deductible acquisition costs": yd(0, 1, 0), "Excess tax benefits on share-based awards":
                    yd(0, 0, -1), "Other, net": yd(2, 2, 3)}
    for y in Y3:
        assert sum(v[y] for v in m.rate_recon.values()) == m.tax[y], y
    m.dta = {"Accrued compensation and benefits": bd(13, 14), "Pension obligations": bd(9, 8),
             "Inventories": bd(6, 7), "Operating lease liabilities": bd(18, 19),
             "Capitalized research and development": bd(19, 22), "Net operating loss and credit carryforwards":
             bd(10, 9), "Other": bd(6, 6)}
    m.val_allow = bd(-5, -5)
    m.dtl_detail = {"Property, plant and equipment": bd(-68, -71), "Goodwill and intangible assets": bd(-66, -59),
                    "Operating lease right-of-use assets": bd(-17, -18)}
    m.dta_on_bs = bd(3, 3)
    for y in Y2:
        net = sum(v[y] for v in m.dta.values()) + m.val_allow[y] + sum(v[y] for v in m.dtl_detail.values())
        assert net == m.dta_on_bs[y] - b["dtl"][y], (y, net)
    m.pension = {"pbo_begin": 405, "interest": 21, "actuarial": 13, "paid": -27, "assets_begin": 366,
                 "return": 33, "contrib": 6}
    m.aoci_open = {"fx": -38, "pension": -31, "hedge": -2}
    m.rsu = [("Nonvested at December 31, 2024", 612, 68.40), ("Granted", 241, 83.40), ("Vested", -228, 64.10),
             ("Forfeited", -31, 72.80)]
    m.seg_assets = {"FH": bd(848, 862), "PT": bd(602, 598), "SF": bd(893, 888)}
    m.seg_assets["Corp"] = {y: b["ta"][y] - sum(m.seg_assets[s][y] for s in SEGMENTS) for y in Y2}
    m.lla = {"United States": bd(455, 471), "Mexico": bd(58, 64), "Europe": bd(50, 52), "Asia Pacific and other":
             bd(25, 25)}
    assert all(sum(v[y] for v in m.lla.values()) == b["ppe"][y] for y in Y2)
    m.contract = [("Long-term debt principal", [25, 60, 760, 0]), ("Interest on long-term debt (1)", [41, 76, 35, 0]),
                  ("Operating leases", [19, 30, 20, 22]), ("Purchase obligations (2)", [188, 22, 4, 0]),
                  ("Pension contributions", [6, 0, 0, 0])]
    m.perf = {"Calderbrook Industries, Inc.": [100, 118, 104, 131, 142, 171],
              "S&P MidCap 400 Index": [100, 125, 108, 126, 143, 155],
              "S&P MidCap 400 Industrials Index": [100, 127, 113, 139, 158, 170]}
    m.orders = {"FH": bd(940, 1001), "PT": bd(727, 748), "SF": bd(311, 435)}
    m.backlog = {"FH": {2023: 289, 2024: 308, 2025: 341}, "PT": {2023: 168, 2024: 150, 2025: 156},
                 "SF": {2023: 54, 2024: 116, 2025: 115}}
    m.backlog_acquired = {"FH": 0, "PT": 0, "SF": 52}
    for s_ in SEGMENTS:
        assert m.backlog[s_][2024] + m.orders[s_][2025] - m.seg_sales[s_][2025] == m.backlog[s_][2025]
        assert (m.backlog[s_][2023] + m.backlog_acquired[s_] + m.orders[s_][2024] - m.seg_sales[s_][2024]
                == m.backlog[s_][2024])
    m.orders_total = {y: sum(m.orders[s_][y] for s_ in SEGMENTS) for y in Y2}
    m.backlog_total = {y: sum(m.backlog[s_][y] for s_ in SEGMENTS) for y in (2023, 2024, 2025)}
    assert m.backlog_total[2025] == 612 and m.backlog_total[2024] == 574
    m.prepaid_detail = {"Prepaid expenses": bd(16, 17), "Income taxes receivable": bd(7, 6),
                        "Derivative assets": bd(1, 2), "Other": bd(14, 16)}
    m.other_assets_detail = {"Deferred income taxes": m.dta_on_bs, "Deferred compensation plan assets": bd(12, 14),
                             "Other": bd(30, 31)}
    m.other_ltl_detail = {"Environmental remediation": bd(5, 5), "Unrecognized tax benefits": bd(8, 9),
                          "Deferred compensation": bd(12, 14), "Other": bd(13, 13)}
    for y in Y2:
        assert sum(v[y] for v in m.prepaid_detail.values()) == b["prepaid"][y]
        assert sum(v[y] for v in m.other_assets_detail.values()) == b["other_assets"][y], y
        assert sum(v[y] for v in m.other_ltl_detail.values()) == b["other_ltl"][y]
    m.quarters = {
        2025: {"Net sales": [498, 552, 556, 540], "Gross profit": [172, 197, 198, 191],
               "Operating income": [51, 69, 70, 65], "Net income": [31, 46, 46, 43],
               "shares": [42.3, 42.1, 42.0, 41.8]},
        2024: {"Net sales": [452, 478, 527, 510], "Gross profit": [150, 162, 181, 178],
               "Operating income": [44, 46, 52, 54], "Net income": [29, 28, 31, 33],
               "shares": [42.6, 42.5, 42.3, 42.2]},
    }
    for y, qd in m.quarters.items():
        for k, tot in (("Net sales", m.sales), ("Gross profit", m.gp), ("Operating income", m.oi),
                       ("Net income", m.ni)):
            assert sum(qd[k]) == tot[y], (y, k)
    m.sched2 = [("Allowance for credit losses", {2025: (5, 2, 0, -1), 2024: (4, 1, 1, -1), 2023: (4, 1, 0, -1)}),
                ("Inventory reserves", {2025: (17, 6, 0, -4), 2024: (15, 4, 2, -4), 2023: (14, 4, 0, -3)}),
                ("Deferred tax asset valuation allowance", {2025: (5, 0, 0, 0), 2024: (6, 0, 0, -1),
                                                            2023: (6, 1, 0, -1)})]
    m.end_market = {
        "FH": {"Municipal water and wastewater": bd(343, 368), "Chemical and process": bd(262, 261),
               "Food, beverage and pharmaceutical": bd(160, 174), "Energy": bd(156, 165)},
        "PT": {"Material handling and packaging": bd(309, 327), "Aggregates and mining": bd(181, 178),
               "Agriculture": bd(168, 149), "Other industrial": bd(87, 88)},
        "SF": {"Semiconductor and electronics": bd(74, 131), "Life sciences": bd(52, 83),
               "Data centers and commercial": bd(38, 61), "General industrial": bd(137, 161)}}
    for s_ in SEGMENTS:
        assert all(sum(v[y] for v in m.end_market[s_].values()) == m.seg_sales[s_][y] for y in Y2), s_
    m.restr_type = {"Severance and other employee costs": bd(9, 5), "Asset write-downs": bd(6, 3),
                    "Equipment relocation and other": bd(7, 6)}
    assert all(sum(v[y] for v in m.restr_type.values()) == m.restr[y] for y in Y2)
    m.utb = {2025: (8, 2, 1, -1, -1), 2024: (7, 2, 0, 0, -1)}
    m.pension_cost = {"Interest cost": yd(20, 20, 21), "Expected return on plan assets": yd(-22, -24, -25),
                      "Amortization of net actuarial loss": yd(4, 4, 3)}
    m.other_exp_detail = {"Net periodic pension cost (benefit), non-service": {
        y: sum(v[y] for v in m.pension_cost.values()) for y in Y3},
        "Interest income": yd(-2, -3, -4), "Foreign currency transaction (gains) losses": yd(1, -1, -2),
        "Other": yd(1, 1, 1)}
    assert all(sum(v[y] for v in m.other_exp_detail.values()) == m.other_exp[y] for y in Y3), m.other_exp_detail
    m.pension_pay = [("2026", 28), ("2027", 28), ("2028", 29), ("2029", 29), ("2030", 29), ("2031-2035", 142)]
    m.fcf = {y: cf["cfo"][y] + cf["capex"][y] for y in Y3}
    m.ebitda = {y: m.ni[y] + m.tax[y] + m.int_exp[y] + m.da[y] for y in Y3}
    m.acq_costs = yd(0, 7, 0)
    m.stepup = yd(0, 3, 0)
    m.adj_ebitda = {y: m.ebitda[y] + m.restr[y] + m.acq_costs[y] + m.stepup[y] for y in Y3}
    return m


def check(m: Model) -> list[str]:
    """Accounting identities that the printed statements must satisfy; returns a list of failures."""
    errs = []
    b, cf = m.b, m.cf
    for y in Y2:
        if b["ta"][y] != b["tle"][y]:
            errs.append(f"balance sheet {y}: assets {b['ta'][y]} != liabilities+equity {b['tle'][y]}")
        if not 20 <= b["other_assets"][y] <= 80:
            errs.append(f"other assets {y} implausible: {b['other_assets'][y]}")
    for y in Y3:
        if cf["begin"][y] + cf["net"][y] != cf["end"][y]:
            errs.append(f"cash flow {y} does not reconcile")
    for y in Y2:
        if cf["end"][y] != b["cash"][y]:
            errs.append(f"cash flow end cash {y} != balance sheet cash")
    for y in Y3:
        if m.eq[y]["re"] - (m.eq[y - 1]["re"] if y > 2023 else m.eq_open["re"]) != m.ni[y] - m.div[y]:
            errs.append(f"retained earnings roll {y}")
    for y in Y3:
        if sum(m.seg_sales[s][y] for s in SEGMENTS) != m.sales[y]:
            errs.append(f"segment sales {y}")
        if sum(v[y] for v in m.geo.values()) != m.sales[y]:
            errs.append(f"geographic sales {y}")
    return errs


if __name__ == "__main__":
    mm = build()
    print("errors:", check(mm))
    for k in ("sales", "gp", "oi", "pretax", "ni", "eps_dil", "div", "corp"):
        print(k, getattr(mm, k))
    for k in ("cfo", "cfi", "cff", "net", "end"):
        print(k, mm.cf[k])
    for k in ("cash", "other_assets", "tca", "tcl", "ta", "tl", "eq_total"):
        print(k, mm.b[k])
    print("fcf", mm.fcf, "adj ebitda", mm.adj_ebitda)
    print("seg opex", mm.seg_opex)
