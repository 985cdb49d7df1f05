"""Financial model for Brinmoor Medical Technologies, Inc. (invented), fiscal 2025 Form 10-K.

All amounts in thousands of US dollars unless noted; shares in thousands.
Inputs are stated once in INPUTS; everything else is derived with integer /
Fraction arithmetic in build(). check() asserts the statements tie out.
"""

from fractions import Fraction as Fr
from types import SimpleNamespace

from kit import rnd

YEARS = (2023, 2024, 2025)
SEGS = ("CV", "OS", "ST")
SEG_NAMES = {"CV": "Cardiovascular", "OS": "Orthopedics & Spine", "ST": "Surgical Technologies"}

INPUTS = dict(
    # net sales by segment and geography (US, International)
    sales={
        "CV": {2023: (612400, 298150), 2024: (655820, 318470), 2025: (709335, 347912)},
        "OS": {2023: (402118, 155306), 2024: (418905, 162744), 2025: (431260, 171583)},
        "ST": {2023: (248770, 176905), 2024: (281046, 190337), 2025: (318902, 214418)},
    },
    fx_sales_impact_2025=9860,  # favorable FX effect on 2025 net sales (MD&A prose)
    cogs={2023: 692040, 2024: 728915, 2025: 772180},
    rnd={2023: 162880, 2024: 176305, 2025: 190420},
    sga={2023: 663257, 2024: 702118, 2025: 748615},
    amort={2023: 31750, 2024: 36920, 2025: 38460},
    restructuring={2023: 0, 2024: 21640, 2025: 14280},
    acq_costs={2023: 1240, 2024: 12915, 2025: 6380},  # in SG&A, non-GAAP add-back
    interest_exp={2023: 29460, 2024: 38215, 2025: 31870},
    interest_other={2023: -2180, 2024: 4310, 2025: 6945},
    # tax rate reconciliation items (amounts)
    tax_state={2023: 7410, 2024: 8015, 2025: 9820},
    tax_foreign_diff={2023: -8905, 2024: -9870, 2025: -11460},
    tax_rd_credit={2023: -9770, 2024: -10940, 2025: -12350},
    tax_sbc_excess={2023: -2340, 2024: -1880, 2025: -3215},
    tax_fdii={2023: -5010, 2024: -5430, 2025: -6120},
    tax_nondeductible={2023: 2190, 2024: 2455, 2025: 2870},
    tax_other={2023: 1385, 2024: -960, 2025: 1240},
    # current tax by jurisdiction; deferred split (federal is derived)
    cur_fed={2023: 38640, 2024: 42115, 2025: 47380},
    cur_state={2023: 8950, 2024: 9840, 2025: 11260},
    cur_foreign={2023: 14230, 2024: 15675, 2025: 17915},
    def_state={2023: -1180, 2024: -1420, 2025: -1265},
    def_foreign={2023: -960, 2024: -1310, 2025: -845},
    pretax_foreign={2023: 88460, 2024: 94215, 2025: 106830},
    statutory_rate=Fr(21, 100),
    # shares (thousands)
    basic_sh={2023: 86281, 2024: 85618, 2025: 84742},
    dilutive_sh={2023: 1042, 2024: 964, 2025: 1118},
    antidilutive={2023: 412, 2024: 538, 2025: 296},
    # segment measures
    segop={"CV": {2023: 268420, 2024: 289150, 2025: 318600}, "OS": {2023: 133510, 2024: 139870, 2025: 142300}},
    corporate={2023: 69870, 2024: 73910, 2025: 78450},
    seg_dep={
        "CV": {2023: 25480, 2024: 26830, 2025: 28410},
        "OS": {2023: 21150, 2024: 22040, 2025: 22960},
        "ST": {2023: 12340, 2024: 13615, 2025: 15320},
    },
    seg_capex={
        "CV": {2023: 27310, 2024: 28905, 2025: 31870},
        "OS": {2023: 18420, 2024: 17960, 2025: 19315},
        "ST": {2023: 13870, 2024: 15220, 2025: 17940},
    },
    # balance sheet, Dec 31 2024 and 2025
    ar={2024: 318445, 2025: 352180},
    inv_rm={2024: 109245, 2025: 118360},
    inv_wip={2024: 58730, 2025: 64915},
    inv_fg={2024: 229410, 2025: 241780},
    prepaid={2024: 64880, 2025: 71240},
    ppe={  # gross by class
        "Land": {2024: 18450, 2025: 18450},
        "Buildings and improvements": {2024: 298140, 2025: 312680},
        "Machinery and equipment": {2024: 506215, 2025: 548930},
        "Computer equipment and software": {2024: 88760, 2025: 96410},
        "Construction in progress": {2024: 37980, 2025: 41275},
    },
    accum_dep_2024=512370,
    retirements_2025=9840,  # fully depreciated assets retired (gross = accumulated)
    depreciation={2023: 66905, 2024: 70240, 2025: 74815},
    capex_hist={2023: 69120, 2024: 71665},
    ppe_net_us={2024: 301880, 2025: 298415},
    rou={2024: 82915, 2025: 86420},
    gw_2023={"CV": 512340, "OS": 388615, "ST": 201470},
    gw_acq_2024={"CV": 0, "OS": 0, "ST": 96820},
    gw_fx={2024: {"CV": -2815, "OS": -1340, "ST": -920}, 2025: {"CV": 4210, "OS": 1985, "ST": 1365}},
    intang_gross={"Developed technology": 486300, "Customer relationships": 212650, "Trade names": 38900},
    intang_acc_2024={"Developed technology": 198420, "Customer relationships": 88315, "Trade names": 17640},
    intang_amort_2025={"Developed technology": 26140, "Customer relationships": 10370, "Trade names": 1950},
    intang_useful={"Developed technology": "8 - 15", "Customer relationships": "10 - 18", "Trade names": "10 - 20"},
    future_amort={2026: 37900, 2027: 36450, 2028: 34880, 2029: 32160, 2030: 29740},
    dta={2024: 61045, 2025: 58370},
    other_assets={2024: 41330, 2025: 44610},
    ap={2024: 119305, 2025: 128640},
    accr_comp={2024: 104915, 2025: 112480},
    accr_other={2024: 138260, 2025: 146725},
    tax_payable={2024: 17920, 2025: 21380},
    lease_cur={2024: 17655, 2025: 18940},
    lease_noncur={2024: 71220, 2025: 74310},
    dtl={2024: 45960, 2025: 42815},
    # debt
    tl_2022=605000,
    rev_2022=45000,
    tl_repay={2023: 15000, 2024: 20000, 2025: 25000},
    rev_borrow={2023: 0, 2024: 150000, 2025: 40000},
    rev_repay={2023: 45000, 2024: 30000, 2025: 100000},
    debt_costs={2024: 3645, 2025: 2860},
    current_debt={2024: 25000, 2025: 30000},
    maturities={2026: 30000, 2027: 35000, 2028: 40000, 2029: 500000, 2030: 0},
    revolver_capacity=500000,
    letters_of_credit=4250,
    tl_rate_2025=Fr(5785, 1000),  # weighted average interest rate, %
    # leases
    lease_maturities={2026: 22140, 2027: 19870, 2028: 16215, 2029: 12940, 2030: 9685, "Thereafter": 24300},
    lease_cost={2023: 20480, 2024: 22190, 2025: 23615},
    lease_cash_paid={2023: 19760, 2024: 21340, 2025: 22905},
    lease_term="6.1",
    lease_rate="4.3",
    # equity roll (Dec 31 2022 opening)
    issued_2022=117250,
    treas_sh_2022=30820,
    treas_amt_2022=-1612450,
    apic_2022=1204380,
    re_2022=2290920,
    aoci_2022=-68415,
    aoci_fx_2022=-61230,
    hedge_notional=186500,
    issued_add={2023: 610, 2024: 540, 2025: 720},
    plan_proceeds={2023: 20440, 2024: 18315, 2025: 24860},
    tax_withheld={2023: 8230, 2024: 7615, 2025: 9740},
    sbc={2023: 35910, 2024: 38760, 2025: 42315},
    sbc_cogs={2023: 4980, 2024: 5310, 2025: 5840},
    sbc_rnd={2023: 8140, 2024: 8905, 2025: 9615},
    repurch_sh={2023: 980, 2024: 1410, 2025: 1620},
    repurch_amt={2023: 79860, 2024: 118440, 2025: 148350},
    div_ps={2023: Fr(72, 100), 2024: Fr(80, 100), 2025: Fr(88, 100)},
    dividends={2023: 62210, 2024: 68690, 2025: 74420},
    oci_fx={2023: 9315, 2024: -15830, 2025: 21460},
    oci_hedge={2023: -1580, 2024: 2745, 2025: -3120},
    # cash flow inputs
    other_noncash={2023: 1915, 2024: 2460, 2025: 3185},
    wc_hist={  # changes in operating assets and liabilities for 2023, 2024 (cash-flow sign)
        "ar": {2023: -21340, 2024: -24615},
        "inv": {2023: -25180, 2024: -19870},
        "prepaid": {2023: -4120, 2024: -3355},
        "ap": {2023: 8215, 2024: 6940},
        "accr_comp": {2023: 5380, 2024: 7125},
        "accr_other": {2023: 6890, 2024: 4410},
        "lease": {2023: 640, 2024: 815},
    },
    acquisition={2023: 0, 2024: 148600, 2025: 0},
    other_investing={2023: 3260, 2024: -1870, 2025: -2140},
    fx_cash={2023: 2170, 2024: -4910, 2025: 6820},
    cash_2022=241860,
    # restructuring reserve
    restr_reserve_2023=0,
    restr_noncash={2024: 6480, 2025: 3915},
    restr_paid={2024: 9870, 2025: 13240},
    # warranty
    warranty_2023=9840,
    warranty_prov={2024: 7215, 2025: 8130},
    warranty_settle={2024: 6480, 2025: 7365},
    # RSUs (thousands of units, grant-date fair value in dollars)
    rsu_open=(1842, Fr(8640, 100)),
    rsu_granted=(612, Fr(9315, 100)),
    rsu_vested=(548, Fr(8270, 100)),
    rsu_forfeited=(97, Fr(8810, 100)),
    unrecognized_sbc=71240,
    unrecognized_years="2.3",
    # Item 5: monthly repurchases in Q4 2025 (shares, average price in dollars)
    q4_repurchases=[
        ("October 1 - October 31, 2025", 142350, Fr(9218, 100)),
        ("November 1 - November 30, 2025", 168900, Fr(8845, 100)),
        ("December 1 - December 31, 2025", 121740, Fr(9402, 100)),
    ],
    program_authorized=500000,  # thousands
    # Item 1 / MD&A facts
    employees={2024: 9420, 2025: 9860},
    employees_outside_us_2025=3940,
    backlog={2024: 71230, 2025: 84615},
    mfg_sites=11,
    countries=62,
    cash_outside_us=212460,
    cash_paid_interest={2023: 28390, 2024: 37240, 2025: 30615},
    cash_paid_taxes={2023: 58920, 2024: 63870, 2025: 70110},
    allowance={2024: 6240, 2025: 6915},
    authorized_common=300000,
    authorized_preferred=5000,
    shares_net_change_since_ye=-36180,  # actual shares, Dec 31 2025 to the cover date
    market_value_bn=Fr(74, 10),
    holders_of_record=1460,
    dividend_declared_2026=Fr(24, 100),
    unrecognized_tax_benefits=18600,
    capex_guide_2026=(85000, 95000),
    mfg_employees=4100,
    voluntary_turnover=Fr(89, 10),
    properties=[  # location, use, segment, square feet, status
        ("Halvern Falls, Minnesota", "Headquarters, R&D and manufacturing", "All", 410000, "Owned"),
        ("Quenmoor Hollow, Indiana", "Manufacturing and distribution", "Orthopedics & Spine", 286000, "Owned"),
        ("Varrowby, Massachusetts", "Manufacturing, research and development", "Cardiovascular", 174000, "Owned"),
        ("Tollisford, North Carolina", "Distribution", "All", 232000, "Leased"),
        ("Ardvarren, Ireland", "Manufacturing", "Cardiovascular", 198000, "Owned"),
        ("Veldmaas, Netherlands", "Manufacturing and European distribution", "Surgical Technologies", 151000, "Owned"),
        ("Bahia Corvessa, Costa Rica", "Manufacturing", "Multiple", 163000, "Leased"),
        ("Port Velantis, Malaysia", "Manufacturing", "Surgical Technologies", 122000, "Owned"),
        (
            "Pellandry Point, Texas",
            "Manufacturing and R&D (Velloran)",
            "Surgical Technologies",
            88000,
            "Leased",
        ),
    ],
    interest_bucket={"lt1": 34150, "1to3": 62380, "3to5": 51940, "gt5": 0},
    purchase_oblig={"lt1": 212480, "1to3": 48360, "3to5": 9815, "gt5": 0},
)


def build():
    i = SimpleNamespace(**INPUTS)
    m = SimpleNamespace(inp=i)
    Y = YEARS
    # ---- revenue
    m.seg_sales = {s: {y: sum(i.sales[s][y]) for y in Y} for s in SEGS}
    m.seg_us = {s: {y: i.sales[s][y][0] for y in Y} for s in SEGS}
    m.seg_intl = {s: {y: i.sales[s][y][1] for y in Y} for s in SEGS}
    m.us = {y: sum(m.seg_us[s][y] for s in SEGS) for y in Y}
    m.intl = {y: sum(m.seg_intl[s][y] for s in SEGS) for y in Y}
    m.sales = {y: sum(m.seg_sales[s][y] for s in SEGS) for y in Y}
    # ---- operations
    m.cogs, m.rnd, m.sga, m.amort, m.restr = i.cogs, i.rnd, i.sga, i.amort, i.restructuring
    m.gp = {y: m.sales[y] - m.cogs[y] for y in Y}
    m.opex = {y: m.rnd[y] + m.sga[y] + m.amort[y] + m.restr[y] for y in Y}
    m.oi = {y: m.gp[y] - m.opex[y] for y in Y}
    m.int_exp, m.int_other = i.interest_exp, i.interest_other
    m.pretax = {y: m.oi[y] - m.int_exp[y] + m.int_other[y] for y in Y}
    m.pretax_foreign = i.pretax_foreign
    m.pretax_dom = {y: m.pretax[y] - i.pretax_foreign[y] for y in Y}
    m.tax_stat = {y: int(rnd(m.pretax[y] * i.statutory_rate)) for y in Y}
    m.tax_items = [
        ("stat", "Income tax at U.S. federal statutory rate of 21%", m.tax_stat),
        ("state", "State income taxes, net of federal benefit", i.tax_state),
        ("foreign", "Foreign rate differential", i.tax_foreign_diff),
        ("rd", "Research and development tax credits", i.tax_rd_credit),
        ("sbc", "Excess tax benefits from stock-based compensation", i.tax_sbc_excess),
        ("fdii", "Foreign-derived intangible income deduction", i.tax_fdii),
        ("nondeduct", "Nondeductible compensation and other permanent items", i.tax_nondeductible),
        ("other", "Other, net", i.tax_other),
    ]
    m.tax = {y: sum(v[y] for _, _, v in m.tax_items) for y in Y}
    m.cur_tax = {y: i.cur_fed[y] + i.cur_state[y] + i.cur_foreign[y] for y in Y}
    m.def_tax = {y: m.tax[y] - m.cur_tax[y] for y in Y}
    m.def_fed = {y: m.def_tax[y] - i.def_state[y] - i.def_foreign[y] for y in Y}
    m.ni = {y: m.pretax[y] - m.tax[y] for y in Y}
    m.etr = {y: Fr(m.tax[y], m.pretax[y]) for y in Y}
    m.basic_sh = i.basic_sh
    m.dil_sh = {y: i.basic_sh[y] + i.dilutive_sh[y] for y in Y}
    m.eps_basic = {y: rnd(Fr(m.ni[y], m.basic_sh[y]), 2) for y in Y}
    m.eps_dil = {y: rnd(Fr(m.ni[y], m.dil_sh[y]), 2) for y in Y}
    # ---- segments
    m.segop = {s: dict(i.segop[s]) for s in ("CV", "OS")}
    m.segop["ST"] = {
        y: m.oi[y] + i.corporate[y] + m.amort[y] + m.restr[y] - m.segop["CV"][y] - m.segop["OS"][y] for y in Y
    }
    m.segop_total = {y: sum(m.segop[s][y] for s in SEGS) for y in Y}
    m.corporate = i.corporate
    m.seg_dep = dict(i.seg_dep)
    m.corp_dep = {y: i.depreciation[y] - sum(i.seg_dep[s][y] for s in SEGS) for y in Y}
    m.depreciation = i.depreciation
    # ---- non-GAAP
    m.acq_costs = i.acq_costs
    m.adj_oi = {y: m.oi[y] + m.amort[y] + m.restr[y] + i.acq_costs[y] for y in Y}
    # ---- comprehensive income
    m.oci = {y: i.oci_fx[y] + i.oci_hedge[y] for y in Y}
    m.ci = {y: m.ni[y] + m.oci[y] for y in Y}
    # ---- PP&E
    m.ppe_gross = {y: sum(i.ppe[k][y] for k in i.ppe) for y in (2024, 2025)}
    m.accum_dep = {2024: i.accum_dep_2024, 2025: i.accum_dep_2024 + i.depreciation[2025] - i.retirements_2025}
    m.ppe_net = {y: m.ppe_gross[y] - m.accum_dep[y] for y in (2024, 2025)}
    m.capex = dict(i.capex_hist)
    m.capex[2025] = m.ppe_gross[2025] - m.ppe_gross[2024] + i.retirements_2025
    m.corp_capex = {y: m.capex[y] - sum(i.seg_capex[s][y] for s in SEGS) for y in Y}
    m.ppe_net_intl = {y: m.ppe_net[y] - i.ppe_net_us[y] for y in (2024, 2025)}
    # ---- goodwill
    gw = {2023: dict(i.gw_2023)}
    gw[2024] = {s: gw[2023][s] + i.gw_acq_2024[s] + i.gw_fx[2024][s] for s in SEGS}
    gw[2025] = {s: gw[2024][s] + i.gw_fx[2025][s] for s in SEGS}
    m.gw = gw
    m.gw_total = {y: sum(gw[y].values()) for y in Y}
    # ---- intangibles
    cls = list(i.intang_gross)
    m.int_cls = cls
    m.int_gross = {2024: dict(i.intang_gross), 2025: dict(i.intang_gross)}
    m.int_acc = {2024: dict(i.intang_acc_2024), 2025: {c: i.intang_acc_2024[c] + i.intang_amort_2025[c] for c in cls}}
    m.int_net_c = {y: {c: m.int_gross[y][c] - m.int_acc[y][c] for c in cls} for y in (2024, 2025)}
    m.int_net = {y: sum(m.int_net_c[y].values()) for y in (2024, 2025)}
    m.future_amort = dict(i.future_amort)
    m.future_amort["Thereafter"] = m.int_net[2025] - sum(i.future_amort.values())
    # ---- inventories
    m.inv = {y: i.inv_rm[y] + i.inv_wip[y] + i.inv_fg[y] for y in (2024, 2025)}
    # ---- debt
    tl = {2022: i.tl_2022}
    rv = {2022: i.rev_2022}
    for y in Y:
        tl[y] = tl[y - 1] - i.tl_repay[y]
        rv[y] = rv[y - 1] + i.rev_borrow[y] - i.rev_repay[y]
    m.tl, m.rv = tl, rv
    m.debt_principal = {y: tl[y] + rv[y] for y in (2024, 2025)}
    m.debt_total = {y: m.debt_principal[y] - i.debt_costs[y] for y in (2024, 2025)}
    m.ltd = {y: m.debt_total[y] - i.current_debt[y] for y in (2024, 2025)}
    m.revolver_avail = i.revolver_capacity - rv[2025] - i.letters_of_credit
    # ---- leases
    m.lease_total = {y: i.lease_cur[y] + i.lease_noncur[y] for y in (2024, 2025)}
    m.lease_undisc = sum(i.lease_maturities.values())
    m.lease_interest = m.lease_undisc - m.lease_total[2025]
    # ---- equity roll-forward
    cs = {2022: int(rnd(Fr(i.issued_2022, 100)))}
    issued = {2022: i.issued_2022}
    treas_sh = {2022: i.treas_sh_2022}
    treas = {2022: i.treas_amt_2022}
    apic = {2022: i.apic_2022}
    re = {2022: i.re_2022}
    aoci = {2022: i.aoci_2022}
    m.plan_cs = {}
    m.plan_apic = {}
    for y in Y:
        issued[y] = issued[y - 1] + i.issued_add[y]
        cs[y] = int(rnd(Fr(issued[y], 100)))
        m.plan_cs[y] = cs[y] - cs[y - 1]
        m.plan_apic[y] = i.plan_proceeds[y] - m.plan_cs[y]
        apic[y] = apic[y - 1] + i.sbc[y] + m.plan_apic[y] - i.tax_withheld[y]
        re[y] = re[y - 1] + m.ni[y] - i.dividends[y]
        aoci[y] = aoci[y - 1] + m.oci[y]
        treas_sh[y] = treas_sh[y - 1] + i.repurch_sh[y]
        treas[y] = treas[y - 1] - i.repurch_amt[y]
    m.issued, m.cs, m.treas_sh, m.treas, m.apic, m.re, m.aoci = issued, cs, treas_sh, treas, apic, re, aoci
    m.aoci_fx = {2022: i.aoci_fx_2022}
    m.aoci_hedge = {2022: i.aoci_2022 - i.aoci_fx_2022}
    for y in Y:
        m.aoci_fx[y] = m.aoci_fx[y - 1] + i.oci_fx[y]
        m.aoci_hedge[y] = m.aoci_hedge[y - 1] + i.oci_hedge[y]
    m.outstanding = {y: issued[y] - treas_sh[y] for y in (2022,) + Y}
    m.equity = {y: cs[y] + apic[y] + re[y] + aoci[y] + treas[y] for y in (2022,) + Y}
    m.sbc = i.sbc
    m.sbc_sga = {y: i.sbc[y] - i.sbc_cogs[y] - i.sbc_rnd[y] for y in Y}
    # ---- cash flow
    wc = {k: dict(v) for k, v in i.wc_hist.items()}
    wc["ar"][2025] = -(i.ar[2025] - i.ar[2024])
    wc["inv"][2025] = -(m.inv[2025] - m.inv[2024])
    wc["prepaid"][2025] = -(i.prepaid[2025] - i.prepaid[2024])
    wc["ap"][2025] = i.ap[2025] - i.ap[2024]
    wc["accr_comp"][2025] = i.accr_comp[2025] - i.accr_comp[2024]
    wc["accr_other"][2025] = (i.accr_other[2025] + i.tax_payable[2025]) - (i.accr_other[2024] + i.tax_payable[2024])
    wc["lease"][2025] = (m.lease_total[2025] - m.lease_total[2024]) - (i.rou[2025] - i.rou[2024])
    m.wc = wc
    m.cfo = {
        y: m.ni[y]
        + m.depreciation[y]
        + m.amort[y]
        + m.sbc[y]
        + m.def_tax[y]
        + i.other_noncash[y]
        + sum(wc[k][y] for k in wc)
        for y in Y
    }
    m.cfi = {y: -m.capex[y] - i.acquisition[y] + i.other_investing[y] for y in Y}
    m.cff = {
        y: -i.tl_repay[y]
        + i.rev_borrow[y]
        - i.rev_repay[y]
        + i.plan_proceeds[y]
        - i.tax_withheld[y]
        - i.repurch_amt[y]
        - i.dividends[y]
        for y in Y
    }
    m.net_cash = {y: m.cfo[y] + m.cfi[y] + m.cff[y] + i.fx_cash[y] for y in Y}
    cash = {2022: i.cash_2022}
    for y in Y:
        cash[y] = cash[y - 1] + m.net_cash[y]
    m.cash = cash
    m.fcf = {y: m.cfo[y] - m.capex[y] for y in Y}
    # ---- balance sheet
    B = (2024, 2025)
    m.tca = {y: cash[y] + i.ar[y] + m.inv[y] + i.prepaid[y] for y in B}
    m.gw_bs = {y: m.gw_total[y] for y in B}
    m.ta = {
        y: m.tca[y] + m.ppe_net[y] + i.rou[y] + m.gw_total[y] + m.int_net[y] + i.dta[y] + i.other_assets[y] for y in B
    }
    m.tcl = {
        y: i.ap[y] + i.accr_comp[y] + i.accr_other[y] + i.tax_payable[y] + i.current_debt[y] + i.lease_cur[y] for y in B
    }
    m.other_ltl = {y: m.ta[y] - m.equity[y] - m.tcl[y] - m.ltd[y] - i.lease_noncur[y] - i.dtl[y] for y in B}
    m.tl_liab = {y: m.tcl[y] + m.ltd[y] + i.lease_noncur[y] + i.dtl[y] + m.other_ltl[y] for y in B}
    m.tle = {y: m.tl_liab[y] + m.equity[y] for y in B}
    # ---- warranty
    w = {2023: i.warranty_2023}
    for y in (2024, 2025):
        w[y] = w[y - 1] + i.warranty_prov[y] - i.warranty_settle[y]
    m.warranty = w
    rr = {2023: i.restr_reserve_2023}
    for y in (2024, 2025):
        rr[y] = rr[y - 1] + m.restr[y] - i.restr_noncash[y] - i.restr_paid[y]
    m.restr_reserve = rr
    # ---- RSU roll
    o, g, v, f = i.rsu_open, i.rsu_granted, i.rsu_vested, i.rsu_forfeited
    m.rsu_close_units = o[0] + g[0] - v[0] - f[0]
    val = o[0] * o[1] + g[0] * g[1] - v[0] * v[1] - f[0] * f[1]
    m.rsu_close_fv = rnd(Fr(val) / m.rsu_close_units, 2)
    # ---- Item 5
    q4_dollars = sum(int(rnd(sh * px)) for _, sh, px in i.q4_repurchases)
    m.remaining_sep30 = (i.program_authorized - i.repurch_amt[2024] - i.repurch_amt[2025]) * 1000 + q4_dollars
    rem = m.remaining_sep30
    rows = []
    for label, sh, px in i.q4_repurchases:
        rem = rem - int(rnd(sh * px))
        rows.append((label, sh, px, rem))
    m.q4_rows = rows
    m.q4_shares = sum(r[1] for r in rows)
    m.q4_dollars = sum(int(rnd(r[1] * r[2])) for r in rows)
    m.q4_avg_px = rnd(Fr(m.q4_dollars, m.q4_shares), 2)
    # ---- contractual obligations
    mt = i.maturities
    lm = i.lease_maturities
    m.co = {
        "debt": {"lt1": mt[2026], "1to3": mt[2027] + mt[2028], "3to5": mt[2029] + mt[2030], "gt5": 0},
        "interest": dict(i.interest_bucket),
        "lease": {"lt1": lm[2026], "1to3": lm[2027] + lm[2028], "3to5": lm[2029] + lm[2030], "gt5": lm["Thereafter"]},
        "purchase": dict(i.purchase_oblig),
    }
    for k in m.co:
        m.co[k]["total"] = sum(m.co[k][b] for b in ("lt1", "1to3", "3to5", "gt5"))
    m.co_total = {b: sum(m.co[k][b] for k in m.co) for b in ("lt1", "1to3", "3to5", "gt5", "total")}
    return m


def check(m=None):
    m = m or build()
    i = m.inp
    Y = YEARS
    for y in Y:
        assert m.sales[y] == m.us[y] + m.intl[y]
        assert m.gp[y] - m.rnd[y] - m.sga[y] - m.amort[y] - m.restr[y] == m.oi[y]
        assert m.pretax[y] == m.pretax_dom[y] + m.pretax_foreign[y]
        assert m.ni[y] == m.pretax[y] - m.tax[y]
        assert m.tax[y] == m.cur_tax[y] + m.def_fed[y] + i.def_state[y] + i.def_foreign[y]
        assert m.eps_basic[y] == rnd(Fr(m.ni[y], m.basic_sh[y]), 2)
        assert m.eps_dil[y] == rnd(Fr(m.ni[y], m.dil_sh[y]), 2)
        assert m.segop_total[y] - m.corporate[y] - m.amort[y] - m.restr[y] == m.oi[y]
        assert all(m.segop[s][y] > 0 for s in SEGS)
        assert sum(m.seg_dep[s][y] for s in SEGS) + m.corp_dep[y] == m.depreciation[y] and m.corp_dep[y] > 0
        assert sum(i.seg_capex[s][y] for s in SEGS) + m.corp_capex[y] == m.capex[y] and m.corp_capex[y] > 0
        assert i.sbc_cogs[y] + i.sbc_rnd[y] + m.sbc_sga[y] == m.sbc[y]
        assert m.cash[y] - m.cash[y - 1] == m.cfo[y] + m.cfi[y] + m.cff[y] + i.fx_cash[y]
        assert (
            m.equity[y]
            == m.equity[y - 1]
            + m.ni[y]
            + m.oci[y]
            + m.sbc[y]
            + i.plan_proceeds[y]
            - i.tax_withheld[y]
            - i.repurch_amt[y]
            - i.dividends[y]
        )
        assert m.cash[y] > 0
    for y in (2024, 2025):
        assert m.ta[y] == m.tle[y], "balance sheet"
        assert m.other_ltl[y] > 0
        assert m.ppe_net[y] == m.ppe_net_intl[y] + i.ppe_net_us[y] and m.ppe_net_intl[y] > 0
        assert m.int_net[y] == sum(m.int_net_c[y].values())
        assert m.debt_total[y] == i.current_debt[y] + m.ltd[y]
        assert m.warranty[y] > 0
        assert m.aoci_fx[y] + m.aoci_hedge[y] == m.aoci[y]
        assert m.restr_reserve[y] == m.restr_reserve[y - 1] + m.restr[y] - i.restr_noncash[y] - i.restr_paid[y] >= 0
        assert m.outstanding[y] == m.issued[y] - m.treas_sh[y]
    # 2025 working-capital lines equal balance-sheet movements
    assert m.wc["ar"][2025] == -(i.ar[2025] - i.ar[2024])
    assert m.wc["inv"][2025] == -(m.inv[2025] - m.inv[2024])
    # debt schedule ties to principal outstanding; current portion = next-year maturity
    assert sum(i.maturities.values()) == m.debt_principal[2025]
    assert i.maturities[2026] == i.current_debt[2025]
    # lease maturities tie to lease liabilities
    assert m.lease_undisc - m.lease_interest == i.lease_cur[2025] + i.lease_noncur[2025] and m.lease_interest > 0
    # intangibles
    assert sum(i.intang_amort_2025.values()) == m.amort[2025]
    assert sum(m.future_amort.values()) == m.int_net[2025] and m.future_amort["Thereafter"] > 0
    # goodwill roll
    for y in (2024, 2025):
        assert m.gw_total[y] == m.gw_total[y - 1] + sum(i.gw_acq_2024.values()) * (y == 2024) + sum(i.gw_fx[y].values())
    # contractual obligations foot
    assert m.co["debt"]["total"] == m.debt_principal[2025]
    assert m.co["lease"]["total"] == m.lease_undisc
    assert m.co_total["total"] == sum(m.co_total[b] for b in ("lt1", "1to3", "3to5", "gt5"))
    # Item 5 roll
    assert (
        m.q4_rows[-1][3]
        == m.remaining_sep30 - m.q4_dollars
        == (i.program_authorized - i.repurch_amt[2024] - i.repurch_amt[2025]) * 1000
    )
    assert m.q4_shares * 1 <= i.repurch_sh[2025] * 1000
    # non-GAAP
    for y in Y:
        assert m.adj_oi[y] - m.amort[y] - m.restr[y] - i.acq_costs[y] == m.oi[y]
    return True


if __name__ == "__main__":
    mm = build()
    check(mm)
    for y in YEARS:
        print(
            y,
            "sales",
            mm.sales[y],
            "oi",
            mm.oi[y],
            "ni",
            mm.ni[y],
            "etr",
            float(mm.etr[y]),
            "eps",
            mm.eps_dil[y],
            "cash",
            mm.cash[y],
            "cfo",
            mm.cfo[y],
        )
    print("other_ltl", mm.other_ltl, "ta", mm.ta, "equity", mm.equity)
    print("segop", mm.segop, "capex", mm.capex, "corp_capex", mm.corp_capex, "corp_dep", mm.corp_dep)
    print(
        "deftax", mm.def_tax, "def_fed", mm.def_fed, "outst", mm.outstanding, "rsu", mm.rsu_close_units, mm.rsu_close_fv
    )
    print(
        "future thereafter",
        mm.future_amort["Thereafter"],
        "lease int",
        mm.lease_interest,
        "q4",
        mm.q4_shares,
        mm.q4_avg_px,
    )
