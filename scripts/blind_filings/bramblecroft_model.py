"""Bramblecroft Outfitters, Inc.: the fictional specialty outdoor retailer's numbers, in $ thousands.

Fiscal years end on the Saturday closest to January 31: fiscal 2025 is the 52 weeks ended January 31, 2026, fiscal
2024 the 52 weeks ended February 1, 2025 and fiscal 2023 the 53 weeks ended February 3, 2024. Every printed figure and
question answer is computed from this model.
"""

from __future__ import annotations

Y3 = (2023, 2024, 2025)
Y2 = (2024, 2025)
FY_END = {2022: "January 28, 2023", 2023: "February 3, 2024", 2024: "February 1, 2025", 2025: "January 31, 2026"}


def yd(a, b, c):
    return {2023: a, 2024: b, 2025: c}


def bd(a, b):
    return {2024: a, 2025: b}


class Model:
    pass


def build() -> Model:
    m = Model()
    # ------------------------------------------------------------------ income statement
    m.retail = yd(1402310, 1428655, 1529940)
    m.wholesale_ext = yd(136301, 143249, 154280)
    m.interseg = yd(31420, 34680, 38910)
    m.wholesale_total = {y: m.wholesale_ext[y] + m.interseg[y] for y in Y3}
    m.sales = {y: m.retail[y] + m.wholesale_ext[y] for y in Y3}
    m.digital = yd(340761, 358592, 403904)
    m.stores_sales = {y: m.retail[y] - m.digital[y] for y in Y3}
    m.week53 = 24870
    m.cogs = yd(973540, 981650, 1038410)
    m.gp = {y: m.sales[y] - m.cogs[y] for y in Y3}
    m.sga = yd(452960, 476330, 505120)
    m.preopen = yd(6210, 7480, 9350)
    m.impair = yd(1950, 4870, 2140)
    m.oi = {y: m.gp[y] - m.sga[y] - m.preopen[y] - m.impair[y] for y in Y3}
    m.int_exp = yd(11840, 12960, 10420)
    m.pretax = {y: m.oi[y] - m.int_exp[y] for y in Y3}
    m.tax = yd(23580, 22420, 29460)
    m.ni = {y: m.pretax[y] - m.tax[y] for y in Y3}
    m.sh_basic = yd(28980, 28320, 27640)
    m.sh_dil = yd(29310, 28610, 27990)
    m.eps_basic = {y: round(m.ni[y] / m.sh_basic[y], 2) for y in Y3}
    m.eps_dil = {y: round(m.ni[y] / m.sh_dil[y], 2) for y in Y3}
    # segments: operating income inputs; segment cost lines are derived so that they add to the consolidated ones
    m.seg_oi = {"Retail": yd(104260, 103020, 127540), "Wholesale": yd(18940, 19880, 22860)}
    m.elim_profit = yd(-150, -230, -410)
    m.corp = {y: m.seg_oi["Retail"][y] + m.seg_oi["Wholesale"][y] + m.elim_profit[y] - m.oi[y] for y in Y3}
    m.wh_cogs = yd(98760, 104190, 112050)
    m.wh_sga = {y: m.wholesale_total[y] - m.wh_cogs[y] - m.seg_oi["Wholesale"][y] for y in Y3}
    m.rt_cogs = {y: m.cogs[y] - m.wh_cogs[y] + (m.interseg[y] + m.elim_profit[y]) for y in Y3}
    m.rt_sga = {y: m.retail[y] - m.rt_cogs[y] - m.preopen[y] - m.impair[y] - m.seg_oi["Retail"][y] for y in Y3}
    for y in Y3:
        assert m.rt_sga[y] + m.wh_sga[y] + m.corp[y] == m.sga[y], y
        assert m.rt_cogs[y] + m.wh_cogs[y] - m.interseg[y] - m.elim_profit[y] == m.cogs[y]
        assert min(m.wh_sga[y], m.rt_sga[y], m.corp[y]) > 0
    m.seg_da = {"Retail": yd(46120, 48830, 51760), "Wholesale": yd(2160, 2290, 2410), "Corporate": yd(3420, 3780, 4230)}
    m.seg_capex = {"Retail": yd(61340, 64010, 72980), "Wholesale": yd(1980, 2170, 2390),
                   "Corporate": yd(5600, 6300, 6300)}
    m.da = {y: sum(v[y] for v in m.seg_da.values()) for y in Y3}
    m.capex = {y: sum(v[y] for v in m.seg_capex.values()) for y in Y3}
    assert m.da == yd(51700, 54900, 58400) and m.capex == yd(68920, 72480, 81670), (m.da, m.capex)
    # category disaggregation of consolidated net sales (shares, last category is the remainder)
    shares = {2023: (0.381, 0.171, 0.254, 0.143), 2024: (0.383, 0.174, 0.251, 0.141),
              2025: (0.382, 0.176, 0.249, 0.141)}
    cats = ("Apparel", "Footwear", "Camping and climbing equipment", "Cycling, paddle and snow")
    m.category = {c: {} for c in cats + ("Services, rentals and other",)}
    for y in Y3:
        used = 0
        for c, sh in zip(cats, shares[y], strict=True):
            v = int(round(m.sales[y] * sh, -1))
            m.category[c][y] = v
            used += v
        m.category["Services, rentals and other"][y] = m.sales[y] - used
    # operating statistics
    m.stores = {2022: 181, 2023: 193, 2024: 203, 2025: 216}
    m.opened = yd(14, 13, 16)
    m.closed = yd(2, 3, 3)
    for y in Y3:
        assert m.stores[y - 1] + m.opened[y] - m.closed[y] == m.stores[y]
    m.sqft = yd(6712, 7046, 7452)  # gross square feet, thousands, end of year
    m.comp = yd(-0.6, 1.1, 4.3)
    m.members = yd(5.9, 6.3, 6.8)  # Basecamp Rewards active members, millions
    # ------------------------------------------------------------------ equity roll-forward
    m.sbc = yd(9860, 10740, 12380)
    m.opt_proceeds = yd(2140, 1860, 3020)
    m.withholding = yd(1720, 1940, 2560)
    m.repurch = yd(45200, 38700, 52400)
    m.sh_issued_yr = yd(240, 210, 290)
    m.sh_repurch = yd(1010, 830, 1010)
    m.oci = yd(-1230, -710, -640)  # unrealized losses on the interest rate swap, net of tax
    m.ci = {y: m.ni[y] + m.oci[y] for y in Y3}
    eq = {"shares": 29400, "common": 34, "apic": 318400, "re": 229746, "aoci": 2810, "treas": -188600}
    eq["total"] = sum(eq[k] for k in ("common", "apic", "re", "aoci", "treas"))
    m.eq_open = dict(eq)
    m.eq = {}
    for y in Y3:
        eq = dict(eq)
        eq["shares"] += m.sh_issued_yr[y] - m.sh_repurch[y]
        eq["apic"] += m.sbc[y] + m.opt_proceeds[y] - m.withholding[y]
        eq["re"] += m.ni[y]
        eq["aoci"] += m.oci[y]
        eq["treas"] -= m.repurch[y]
        eq["total"] = eq["common"] + eq["apic"] + eq["re"] + eq["aoci"] + eq["treas"]
        m.eq[y] = eq
    m.shares_issued = {2022: 33720}
    for y in Y3:
        m.shares_issued[y] = m.shares_issued[y - 1] + m.sh_issued_yr[y]
    m.treasury_shares = {y: m.shares_issued[y] - m.eq[y]["shares"] for y in Y3}
    # ------------------------------------------------------------------ debt
    m.term = {2022: 146250, 2023: 138750, 2024: 131250, 2025: 123750}
    m.revolver = {2022: 0, 2023: 0, 2024: 20000, 2025: 0}
    m.debt = {y: m.term[y] + m.revolver[y] for y in m.term}
    m.cur_debt = bd(7500, 7500)
    m.ltd = {y: m.debt[y] - m.cur_debt[y] for y in Y2}
    # ------------------------------------------------------------------ balance sheet (cash and other assets solved)
    b = {}
    b["recv"] = bd(35140, 38260)
    b["inv"] = bd(396470, 418930)
    b["prepaid"] = bd(29860, 31480)
    b["ppe"] = bd(338910, 361240)
    b["rou"] = bd(671820, 702350)
    b["gw"] = bd(41870, 41870)
    b["intang"] = bd(24500, 24500)
    b["ap"] = bd(158920, 171360)
    b["accrued"] = bd(88150, 96740)
    b["defrev"] = bd(38240, 41580)
    b["cur_lease"] = bd(103270, 109460)
    b["cur_debt"] = m.cur_debt
    b["tax_pay"] = bd(2860, 4120)
    b["ltd"] = m.ltd
    b["lt_lease"] = bd(641380, 668920)
    b["dtl"] = bd(16280, 18420)
    b["other_ltl"] = bd(13520, 14310)
    m.b = b
    # ------------------------------------------------------------------ cash flows
    cf = {}
    cf["ni"] = m.ni
    cf["da"] = m.da
    cf["sbc"] = m.sbc
    cf["impair"] = m.impair
    cf["deftax"] = yd(940, 1350, b["dtl"][2025] - b["dtl"][2024])
    cf["lease_cost"] = yd(101300, 106800, 112600)
    m.rou_impair = 1200
    m.new_leases = b["rou"][2025] - b["rou"][2024] + cf["lease_cost"][2025] + m.rou_impair
    lease_liab = {y: b["cur_lease"][y] + b["lt_lease"][y] for y in Y2}
    cf["lease_liab"] = yd(-99800, -104900, lease_liab[2025] - lease_liab[2024] - m.new_leases)
    cf["recv"] = yd(1120, -1980, -(b["recv"][2025] - b["recv"][2024]))
    cf["inv"] = yd(-31460, 8240, -(b["inv"][2025] - b["inv"][2024]))
    cf["prepaid"] = yd(-1310, -940, -(b["prepaid"][2025] - b["prepaid"][2024]))
    cf["ap"] = yd(9870, -6320, b["ap"][2025] - b["ap"][2024])
    cf["accrued"] = yd(-2840, 3410, b["accrued"][2025] - b["accrued"][2024])
    cf["defrev"] = yd(2210, 1660, b["defrev"][2025] - b["defrev"][2024])
    cf["tax_pay"] = yd(1480, -1120, b["tax_pay"][2025] - b["tax_pay"][2024])
    cf["other_op"] = yd(80, 110, -430)
    m.op_keys = ["ni", "da", "sbc", "impair", "deftax", "lease_cost", "recv", "inv", "prepaid", "ap", "accrued",
                 "defrev", "tax_pay", "lease_liab", "other_op"]
    cf["cfo"] = {y: sum(cf[k][y] for k in m.op_keys) for y in Y3}
    cf["capex"] = {y: -m.capex[y] for y in Y3}
    cf["ppe_proceeds"] = yd(410, 260, 0)
    m.inv_keys = ["capex", "ppe_proceeds"]
    cf["cfi"] = {y: sum(cf[k][y] for k in m.inv_keys) for y in Y3}
    cf["rev_in"] = yd(122000, 164000, 186000)
    cf["rev_out"] = yd(-122000, -144000, -206000)
    cf["term_out"] = yd(-7500, -7500, -7500)
    cf["repurch"] = {y: -m.repurch[y] for y in Y3}
    cf["opt"] = m.opt_proceeds
    cf["withh"] = {y: -m.withholding[y] for y in Y3}
    m.fin_keys = ["rev_in", "rev_out", "term_out", "repurch", "opt", "withh"]
    cf["cff"] = {y: sum(cf[k][y] for k in m.fin_keys) for y in Y3}
    cf["net"] = {y: cf["cfo"][y] + cf["cfi"][y] + cf["cff"][y] for y in Y3}
    for y in Y3:
        assert m.debt[y] - m.debt[y - 1] == cf["rev_in"][y] + cf["rev_out"][y] + cf["term_out"][y]
    m.cash = {2022: 58420}
    for y in Y3:
        m.cash[y] = m.cash[y - 1] + cf["net"][y]
    cf["begin"] = {y: m.cash[y - 1] for y in Y3}
    cf["end"] = {y: m.cash[y] for y in Y3}
    cf["int_paid"] = yd(11380, 12610, 10150)
    cf["tax_paid"] = yd(21160, 22610, 26040)
    cf["capex_ap"] = yd(6240, 7110, 8930)
    b["cash"] = {y: m.cash[y] for y in Y2}
    for y in Y2:
        b.setdefault("tca", {})[y] = b["cash"][y] + b["recv"][y] + b["inv"][y] + b["prepaid"][y]
        b.setdefault("tcl", {})[y] = sum(b[k][y] for k in ("ap", "accrued", "defrev", "cur_lease", "cur_debt",
                                                             "tax_pay"))
        b.setdefault("tl", {})[y] = b["tcl"][y] + sum(b[k][y] for k in ("ltd", "lt_lease", "dtl", "other_ltl"))
        for k in ("common", "apic", "re", "aoci", "treas", "total"):
            b.setdefault("eq_" + k, {})[y] = m.eq[y][k]
        b.setdefault("tle", {})[y] = b["tl"][y] + m.eq[y]["total"]
        noncash = b["tca"][y] + sum(b[k][y] for k in ("ppe", "rou", "gw", "intang"))
        b.setdefault("other_assets", {})[y] = b["tle"][y] - noncash
        b.setdefault("ta", {})[y] = noncash + b["other_assets"][y]
    m.total_debt = {y: b["cur_debt"][y] + b["ltd"][y] for y in Y2}
    assert b["ppe"][2024] + m.capex[2025] - (m.da[2025]) - (m.impair[2025] - m.rou_impair) == b["ppe"][2025]
    m.fcf = {y: cf["cfo"][y] + cf["capex"][y] for y in Y3}
    m.ebitda = {y: m.oi[y] + m.da[y] for y in Y3}
    m.adj_ebitda = {y: m.ebitda[y] + m.impair[y] + m.sbc[y] for y in Y3}
    m.cf = cf
    # ------------------------------------------------------------------ details used by MD&A, notes and questions
    m.comp_dollars, m.noncomp = 60690, 40595
    assert m.comp_dollars + m.noncomp == m.retail[2025] - m.retail[2024]
    m.abl_base, m.abl_lc = 258400, 11200
    m.abl_avail = m.abl_base - m.revolver[2025] - m.abl_lc
    m.abl_2024 = (241600, 10400)
    m.da_in_cogs = 44870
    m.q4 = [("November 2, 2025 - November 29, 2025", 96400, 46.85),
            ("November 30, 2025 - January 3, 2026", 142700, 44.12),
            ("January 4, 2026 - January 31, 2026", 88300, 49.37)]
    m.q4_spend = sum(n * p for _, n, p in m.q4) / 1e6
    m.q4_shares = sum(n for _, n, _ in m.q4)
    rem = 200.0 - 36.1 - round(m.repurch[2025] / 1000 - m.q4_spend, 1)
    m.q4_remaining = []
    for _, n, p in m.q4:
        rem -= n * p / 1e6
        m.q4_remaining.append(round(rem, 1))
    m.repurch_remaining = m.q4_remaining[-1]
    qin = {2025: {"Net sales": [352870, 406110, 381540], "Gross profit": [129410, 158640, 144930],
                  "Operating income": [12860, 34480, 21370], "Net income": [8710, 24690, 15030],
                  "shares": [28210, 28060, 27930, 27770]},
           2024: {"Net sales": [335510, 381260, 356980], "Gross profit": [121740, 146390, 133520],
                  "Operating income": [9940, 28110, 17150], "Net income": [6210, 19480, 11170],
                  "shares": [28820, 28690, 28540, 28390]}}
    tot = {"Net sales": m.sales, "Gross profit": m.gp, "Operating income": m.oi, "Net income": m.ni}
    m.quarters = {}
    for y, qd in qin.items():
        m.quarters[y] = {k: v + [tot[k][y] - sum(v)] for k, v in qd.items() if k != "shares"}
        m.quarters[y]["shares"] = qd["shares"]
    m.private_brand = yd(19.2, 20.1, 21.4)
    m.capex_cat = {"New stores": yd(31870, 34210, 38400), "Existing store remodels and maintenance":
                   yd(15420, 15830, 17900), "Information technology and digital": yd(13080, 13940, 16100),
                   "Distribution centers and other": yd(8550, 8500, 9270)}
    assert all(sum(v[y] for v in m.capex_cat.values()) == m.capex[y] for y in Y3)
    m.contract = [("Operating lease obligations (1)", [134800, 248500, 204900, 331000]),
                  ("Long-term debt", [7500, 116250, 0, 0]), ("Interest on long-term debt", [7050, 5120, 0, 0]),
                  ("Purchase obligations (2)", [412600, 0, 0, 0])]
    assert sum(m.contract[1][1]) == m.total_debt[2025]
    m.defrev_roll = {2025: (38240, 112460, -106870, -2250), 2024: (36580, 104980, -101020, -2300)}
    for y, r in m.defrev_roll.items():
        assert sum(r) == b["defrev"][y]
    m.ppe_detail = {"Land": bd(21400, 21400), "Buildings": bd(97420, 98760),
                    "Leasehold improvements": bd(286310, 312880), "Fixtures and equipment": bd(249170, 268940),
                    "Computer hardware and software": bd(104860, 118370), "Construction in progress": bd(19880, 22640)}
    m.ppe_gross = {y: sum(v[y] for v in m.ppe_detail.values()) for y in Y2}
    m.accum_dep = {y: m.ppe_gross[y] - b["ppe"][y] for y in Y2}
    m.accrued_detail = {"Payroll and benefits": bd(34160, 38420), "Sales and use taxes": bd(13650, 14870),
                        "Occupancy costs": bd(8910, 9340), "Freight": bd(7120, 7880),
                        "Self-insurance": bd(7640, 8210), "Legal settlement": bd(0, 2400), "Other": bd(16670, 15620)}
    assert all(sum(v[y] for v in m.accrued_detail.values()) == b["accrued"][y] for y in Y2)
    m.lease_cost = {"Operating lease cost": yd(118650, 124380, 131420), "Variable lease cost": yd(25120, 26740, 28310),
                    "Short-term lease cost": yd(1870, 1980, 2150)}
    m.lease_mat = [("2026", 134800), ("2027", 128600), ("2028", 119900), ("2029", 108700), ("2030", 96200),
                   ("Thereafter", 331000)]
    m.lease_interest = 140820
    assert sum(v for _, v in m.lease_mat) - m.lease_interest == b["cur_lease"][2025] + b["lt_lease"][2025]
    assert sum(v for _, v in m.lease_mat) == sum(m.contract[0][1])
    m.tax_cur = {"Federal": yd(17180, 16050, 20110), "State": yd(5460, 5020, 7210)}
    m.tax_def = {"Federal": yd(780, 1110, 1780), "State": yd(160, 240, 360)}
    for y in Y3:
        assert sum(v[y] for v in m.tax_cur.values()) + sum(v[y] for v in m.tax_def.values()) == m.tax[y]
        assert sum(v[y] for v in m.tax_def.values()) == cf["deftax"][y]
    m.rate_recon = {"Federal statutory rate (21%)": yd(19343, 18609, 24944),
                    "State income taxes, net of federal benefit": yd(4430, 4150, 5470),
                    "Share-based compensation": yd(-210, 110, -480), "Tax credits": yd(-560, -590, -620),
                    "Non-deductible executive compensation": yd(480, 520, 640), "Other, net": yd(97, -379, -494)}
    for y in Y3:
        assert sum(v[y] for v in m.rate_recon.values()) == m.tax[y], y
    m.dta = {"Operating lease liabilities": bd(186160, 194600), "Accrued compensation": bd(6110, 6820),
             "Deferred revenue": bd(3840, 4180), "Share-based compensation": bd(3470, 3910),
             "Inventories": bd(2590, 2740), "Other": bd(2930, 3150)}
    m.dtl_detail = {"Operating lease right-of-use assets": bd(-167960, -175590),
                    "Property and equipment": bd(-43970, -47620), "Goodwill and intangible assets": bd(-7260, -8140),
                    "Prepaid expenses": bd(-2190, -2470)}
    for y in Y2:
        assert sum(v[y] for v in m.dta.values()) + sum(v[y] for v in m.dtl_detail.values()) == -b["dtl"][y], y
    m.tax_paid_detail = {"Federal": yd(15110, 16020, 18960), "State": yd(6050, 6590, 7080)}
    assert all(sum(v[y] for v in m.tax_paid_detail.values()) == cf["tax_paid"][y] for y in Y3)
    m.rsu = [("Nonvested at February 1, 2025", 1148, 41.20), ("Granted", 486, 52.60), ("Vested", -402, 38.90),
             ("Forfeited", -74, 45.30)]
    m.impair_detail = {"Property and equipment": yd(1130, 2410, 940),
                       "Operating lease right-of-use assets": yd(820, 2460, m.rou_impair)}
    m.impair_stores = yd(2, 5, 3)
    assert all(sum(v[y] for v in m.impair_detail.values()) == m.impair[y] for y in Y3)
    m.sched2 = [("Sales returns reserve", {2025: (6840, 58120, -57460), 2024: (6610, 54230, -54000),
                                           2023: (6420, 53910, -53720)}),
                ("Inventory markdown and shrink reserves", {2025: (15320, 41860, -41050),
                                                            2024: (16940, 38720, -40340),
                                                            2023: (11880, 44610, -39550)})]
    m.perf = {"Bramblecroft Outfitters, Inc.": [100, 141, 96, 88, 112, 137],
              "Nasdaq Composite Index": [100, 119, 85, 118, 145, 162],
              "S&P Retail Select Industry Index": [100, 118, 89, 96, 112, 121]}
    m.lease_supp = {"Cash paid for operating lease liabilities": bd(121980, 129420),
                    "Right-of-use assets obtained for new operating lease liabilities": bd(131560, m.new_leases)}
    return m


def check(m: Model) -> list[str]:
    errs = []
    b, cf = m.b, m.cf
    for y in Y2:
        if b["ta"][y] != b["tle"][y]:
            errs.append(f"balance sheet {y} does not balance")
        if not 5000 <= b["other_assets"][y] <= 30000:
            errs.append(f"other assets {y} implausible: {b['other_assets'][y]}")
        if cf["end"][y] != b["cash"][y]:
            errs.append(f"cash flow end cash {y} != balance sheet cash")
    for y in Y3:
        if cf["begin"][y] + cf["net"][y] != cf["end"][y]:
            errs.append(f"cash flow {y} does not reconcile")
        if m.retail[y] + m.wholesale_total[y] - m.interseg[y] != m.sales[y]:
            errs.append(f"segment sales {y}")
        if sum(v[y] for v in m.category.values()) != m.sales[y]:
            errs.append(f"category sales {y}")
    return errs


if __name__ == "__main__":
    mm = build()
    print("errors:", check(mm))
    for k in ("sales", "gp", "oi", "ni", "eps_dil", "corp", "rt_cogs", "rt_sga", "wh_sga"):
        print(k, getattr(mm, k))
    for k in ("cfo", "cfi", "cff", "net", "end", "lease_liab"):
        print(k, mm.cf[k])
    for k in ("cash", "other_assets", "tca", "tcl", "ta", "tl", "eq_total"):
        print(k, mm.b[k])
    print("fcf", mm.fcf, "new leases", mm.new_leases, mm.category)
