"""Fifty analyst questions over the two invented filings.

Each question names the figure ids it relies on; evidence pages are the PDF
pages on which the typesetter actually drew those figures.  Answers and
justifications are formatted from the models, never typed by hand.
"""

from fractions import Fraction as F

import model_marroway as mw
import model_tansley as tz
from fmt import bps, pct, plain, rnd, usd

FIELDS = (
    "financebench_id",
    "company",
    "doc_name",
    "question_type",
    "question",
    "answer",
    "justification",
    "evidence_pages",
)
MET, NOV, DOM = "metrics-generated", "novel-generated", "domain-relevant"


def mm(x, nd=0):
    return usd(x, nd, "million")


def kk(x):
    return usd(x, 0, "thousand")


def ratio(x, nd=2):
    return plain(rnd(x, nd), nd) + "x"


def marroway():
    m = mw.M
    t, b, c, tx, seg, rev = m["is"], m["bs"], m["cf"], m["tax"], m["seg"], m["rev"]
    out = []

    def add(qtype, question, answer, just, figs):
        out.append((qtype, question, answer, just, figs))

    add(
        MET,
        "What was Marroway's FY2025 net cash provided by operating activities? Answer in USD millions.",
        mm(c["op"][0]),
        f"Consolidated statement of cash flows, 2025: net cash provided by operating activities = {mm(c['op'][0])}.",
        ["cf.op.y2025"],
    )
    g = F(t["revenue"][0] - t["revenue"][1], t["revenue"][1])
    add(
        MET,
        "By what percentage did Marroway Energy Holdings' total operating revenues grow from FY2024 to FY2025? "
        "Round to one decimal place.",
        pct(g, 1),
        f"({t['revenue'][0]:,} - {t['revenue'][1]:,}) / {t['revenue'][1]:,} = {pct(g, 2)} -> {pct(g, 1)}.",
        ["is.revenue.y2025", "is.revenue.y2024"],
    )
    om0, om1 = F(t["opinc"][0], t["revenue"][0]), F(t["opinc"][1], t["revenue"][1])
    add(
        MET,
        "How did Marroway's operating margin change between FY2024 and FY2025? Give the FY2025 margin to one "
        "decimal and the change in basis points.",
        f"{pct(om0, 1)} in FY2025, up {bps(om0 - om1)} basis points (from {pct(om1, 1)})",
        f"Operating income / total operating revenues: 2025 {t['opinc'][0]:,}/{t['revenue'][0]:,} = {pct(om0, 2)}; "
        f"2024 {t['opinc'][1]:,}/{t['revenue'][1]:,} = {pct(om1, 2)}; difference = {bps(om0 - om1)} bps.",
        ["is.opinc.y2025", "is.revenue.y2025", "is.opinc.y2024", "is.revenue.y2024"],
    )
    debt = b["ltd"][0] + b["cur_maturities"][0]
    dc = F(debt, debt + b["eq_total"][0])
    add(
        MET,
        "Using the balance sheet, compute Marroway's debt-to-capitalization at December 31, 2025, defined as "
        "total long-term debt including current maturities divided by the sum of that debt and total shareholders' "
        "equity. Exclude commercial paper. Express as a percentage to one decimal.",
        pct(dc, 1),
        f"Debt = long-term debt, net {b['ltd'][0]:,} + current maturities {b['cur_maturities'][0]:,} = {debt:,}; "
        f"equity = {b['eq_total'][0]:,}; {debt:,} / ({debt:,} + {b['eq_total'][0]:,}) = {pct(dc, 2)}.",
        ["bs.ltd.d2025", "bs.cur_maturities.d2025", "bs.eq_total.d2025"],
    )
    cr = F(b["cur_assets"][0], b["cur_liabs"][0])
    add(
        MET,
        "What was Marroway's current ratio at the end of FY2025? Round to two decimals.",
        ratio(cr),
        f"Total current assets {b['cur_assets'][0]:,} / total current liabilities {b['cur_liabs'][0]:,} = "
        f"{plain(rnd(cr, 4), 4)}.",
        ["bs.cur_assets.d2025", "bs.cur_liabs.d2025"],
    )
    etr = F(t["tax"][0], t["pretax"][0])
    add(
        MET,
        "What was Marroway Energy Holdings' effective tax rate for 2025? Round to one decimal place.",
        pct(etr, 1),
        f"Income tax expense {t['tax'][0]} / income before income taxes {t['pretax'][0]} = {pct(etr, 2)}.",
        ["is.tax.y2025", "is.pretax.y2025"],
    )
    po = F(t["dps"][0]) / t["eps_diluted"][0]
    add(
        DOM,
        "What was Marroway's FY2025 dividend payout ratio, measured as dividends declared per share over "
        "diluted EPS? Round to one decimal.",
        pct(po, 1),
        f"${plain(t['dps'][0], 2)} / ${plain(t['eps_diluted'][0], 2)} = {pct(po, 2)}.",
        ["is.dps.y2025", "is.eps_diluted.y2025"],
    )
    cd = F(-c["capex"][0], c["da"][0])
    add(
        DOM,
        "Is Marroway investing well ahead of depreciation? Compute the FY2025 capex-to-depreciation ratio "
        "using utility plant additions from the cash flow statement. Round to two decimals.",
        f"{ratio(cd)}; capital spending was roughly two and a half times depreciation and amortization",
        f"Utility plant additions {-c['capex'][0]:,} / depreciation and amortization {c['da'][0]:,} = "
        f"{plain(rnd(cd, 4), 4)}.",
        ["cf.capex.y2025", "cf.da.y2025"],
    )
    ic = F(t["opinc"][0], t["interest"][0])
    add(
        MET,
        "Calculate Marroway's FY2025 interest coverage, treating operating income as EBIT and dividing by "
        "interest expense, net. Round to two decimals.",
        ratio(ic),
        f"{t['opinc'][0]:,} / {t['interest'][0]:,} = {plain(rnd(ic, 4), 4)}.",
        ["is.opinc.y2025", "is.interest.y2025"],
    )
    de, dg = seg["electric"]["opinc"][0], seg["gas"]["opinc"][0]
    add(
        NOV,
        "Which of Marroway's two utility segments earned more operating income in 2025, and by how much? "
        "Answer in USD millions.",
        f"Electric Utility, by {mm(de - dg)} ({mm(de)} versus {mm(dg)})",
        f"Segment note: Electric Utility operating income {de} - Gas Distribution {dg} = {de - dg}.",
        ["seg.electric_opinc.y2025", "seg.gas_opinc.y2025"],
    )
    rpk = F(rev["e_residential"][0] * 100000, mw.GWH["residential"][0] * 1000)  # cents per kWh
    add(
        DOM,
        "What was Marroway Electric's average residential revenue per kilowatt-hour in 2025, in cents? Round "
        "to two decimals.",
        f"{plain(rnd(rpk, 2), 2)} cents per kWh",
        f"Residential revenues ${rev['e_residential'][0]:,} million / {mw.GWH['residential'][0]:,} GWh "
        f"= {plain(rnd(rpk, 4), 4)} cents per kWh.",
        ["erev.e_residential.y2025", "erev.gwh_residential.y2025"],
    )
    gg = F(rev["gwh_retail"][0] - rev["gwh_retail"][1], rev["gwh_retail"][1])
    add(
        DOM,
        "How much did Marroway Electric's total retail electricity sales volume (GWh) change in 2025 versus "
        "2024? Give the percentage to one decimal.",
        f"Up {pct(gg, 1)}",
        f"Total retail sales {rev['gwh_retail'][0]:,} GWh vs {rev['gwh_retail'][1]:,} GWh: {pct(gg, 2)}.",
        ["erev.gwh_retail.y2025", "erev.gwh_retail.y2024"],
    )
    br = mw.BCF["residential"]
    bg = F(br[0] - br[1], br[1])
    add(
        NOV,
        "Residential gas throughput at Eastvale Gas rebounded in 2025. By what percentage did residential "
        "Bcf increase over 2024? One decimal.",
        pct(bg, 1),
        f"({plain(br[0], 1)} - {plain(br[1], 1)}) / {plain(br[1], 1)} = {pct(bg, 2)}.",
        ["grev.bcf_residential.y2025", "grev.bcf_residential.y2024"],
    )
    fcf = c["op"][0] + c["capex"][0]
    add(
        MET,
        "What was Marroway's FY2025 free cash flow, defined as net cash provided by operating activities less "
        "utility plant additions? Answer in USD millions.",
        mm(fcf),
        f"{c['op'][0]:,} - {-c['capex'][0]:,} = {fcf:,}.",
        ["cf.op.y2025", "cf.capex.y2025"],
    )
    cdd = F(mw.CDD[0] - mw.CDD_NORMAL, mw.CDD_NORMAL)
    add(
        DOM,
        "According to management's discussion, how much warmer than normal was the 2025 cooling season at "
        "Marroway, in percent of normal cooling degree days?",
        f"{pct(cdd, 1)} above normal",
        f"MD&A: {mw.CDD[0]:,} cooling degree days vs normal {mw.CDD_NORMAL:,}; ({mw.CDD[0]:,} - "
        f"{mw.CDD_NORMAL:,}) / {mw.CDD_NORMAL:,} = {pct(cdd, 2)}.",
        ["p.cdd_vs_normal"],
    )
    gp = mw.CAPEX_PLAN["gas"]
    add(
        NOV,
        "How much capital does Marroway plan to spend on the Gas Distribution segment over 2026 through 2028 "
        "combined? Answer in USD millions.",
        mm(sum(gp)),
        f"Capital expenditures table: {gp[0]} + {gp[1]} + {gp[2]} = {sum(gp):,}.",
        ["capex.gas.p2026", "capex.gas.p2027", "capex.gas.p2028"],
    )
    mt = m["debt"]["maturities"]
    s3 = mt[2026] + mt[2027] + mt[2028]
    add(
        MET,
        "What principal amount of Marroway's long-term debt matures over 2026-2028 in total? USD millions.",
        mm(s3),
        f"Maturities table: 2026 {mt[2026]} + 2027 {mt[2027]} + 2028 {mt[2028]} = {s3:,}.",
        ["mat.mat.m2026", "mat.mat.m2027", "mat.mat.m2028"],
    )
    add(
        NOV,
        "What total available liquidity did Marroway report at December 31, 2025, including cash? Answer in "
        "USD millions.",
        mm(m["liquidity"]),
        f"Undrawn facility capacity {m['fac_tot']['avail']:,} + cash {b['cash'][0]} = {m['liquidity']:,}, as "
        f"stated in MD&A.",
        ["p.liquidity", "fac.total.avail"],
    )
    hp = F(mw.REG_ASSETS[6][2], m["ra"]["total"][0])
    add(
        NOV,
        "What share of Marroway's total regulatory assets at year-end 2025 related to the retirement of "
        "Harlan Point Units 1 and 2? One decimal.",
        pct(hp, 1),
        f"{mw.REG_ASSETS[6][2]} / {m['ra']['total'][0]:,} = {pct(hp, 2)}.",
        ["reg.a_harlan.d2025", "reg.a_total.d2025"],
    )
    net = m["rl"]["total"][0] - m["ra"]["total"][0]
    add(
        DOM,
        "At December 31, 2025, did Marroway have a net regulatory asset or a net regulatory liability "
        "position, and of what size? Use total regulatory assets and liabilities including current portions. "
        "USD millions.",
        f"Net regulatory liability of {mm(net)}",
        f"Total regulatory liabilities {m['rl']['total'][0]:,} - total regulatory assets {m['ra']['total'][0]:,} "
        f"= {net:,}.",
        ["reg.l_total.d2025", "reg.a_total.d2025"],
    )
    eg = F(t["eps_diluted"][0] - t["eps_diluted"][1]) / t["eps_diluted"][1]
    add(
        MET,
        "What was the year-over-year growth in Marroway's diluted EPS for 2025? Percent, one decimal.",
        pct(eg, 1),
        f"(${plain(t['eps_diluted'][0], 2)} - ${plain(t['eps_diluted'][1], 2)}) / "
        f"${plain(t['eps_diluted'][1], 2)} = {pct(eg, 2)}.",
        ["is.eps_diluted.y2025", "is.eps_diluted.y2024"],
    )
    p = m["pen"]
    fr = F(p["ast_end"][0], p["pbo_end"][0])
    add(
        DOM,
        "How well funded was Marroway's defined benefit pension plan at the end of 2025? Give plan assets as a "
        "percentage of the projected benefit obligation, one decimal.",
        pct(fr, 1),
        f"Fair value of plan assets {p['ast_end'][0]:,} / PBO {p['pbo_end'][0]:,} = {pct(fr, 2)}.",
        ["pen.ast_end.d2025", "pen.pbo_end.d2025"],
    )
    dsh = F(tx["def_total"][0], tx["total"][0])
    add(
        NOV,
        "What proportion of Marroway's 2025 income tax expense was deferred rather than current? One decimal.",
        pct(dsh, 1),
        f"Total deferred {tx['def_total'][0]} / total income tax expense {tx['total'][0]} = {pct(dsh, 2)}.",
        ["taxc.def_total.y2025", "taxc.total.y2025"],
    )
    ed = F(-tx["edit"][0], t["pretax"][0])
    add(
        DOM,
        "By how many percentage points did the amortization of excess deferred income taxes lower Marroway's "
        "2025 effective tax rate? Round to one decimal.",
        f"{plain(rnd(ed * 100, 1), 1)} percentage points",
        f"{-tx['edit'][0]} / income before income taxes {t['pretax'][0]} = {pct(ed, 2)}.",
        ["taxr.edit.y2025", "taxr.pretax.y2025"],
    )
    avg_eq = F(b["eq_total"][0] + b["eq_total"][1], 2)
    roe = F(t["ni"][0]) / avg_eq
    add(
        MET,
        "Compute Marroway's FY2025 return on average shareholders' equity (net income divided by the average "
        "of the two year-end equity balances). Percent, two decimals.",
        pct(roe, 2),
        f"{t['ni'][0]} / (({b['eq_total'][0]:,} + {b['eq_total'][1]:,}) / 2 = {plain(avg_eq, 1)}) = {pct(roe, 3)}.",
        ["is.ni.y2025", "bs.eq_total.d2025", "bs.eq_total.d2024"],
    )
    me = F(seg["electric"]["opinc"][0], seg["electric"]["revenue"][0])
    mg = F(seg["gas"]["opinc"][0], seg["gas"]["revenue"][0])
    add(
        NOV,
        "Which Marroway segment had the higher operating margin in 2025, Electric Utility or Gas Distribution, "
        "and by how many percentage points? Round the difference to one decimal.",
        f"Electric Utility, by {plain(rnd((me - mg) * 100, 1), 1)} percentage points ({pct(me, 2)} vs {pct(mg, 2)})",
        f"Electric {seg['electric']['opinc'][0]}/{seg['electric']['revenue'][0]:,} = {pct(me, 2)}; gas "
        f"{seg['gas']['opinc'][0]}/{seg['gas']['revenue'][0]:,} = {pct(mg, 2)}.",
        ["seg.electric_opinc.y2025", "seg.electric_rev.y2025", "seg.gas_opinc.y2025", "seg.gas_rev.y2025"],
    )
    rb = m["rate_base_total"]
    rg = F(rb[0] - rb[1], rb[1])
    add(
        DOM,
        "How fast did Marroway's combined estimated rate base grow during 2025? Percent to one decimal.",
        pct(rg, 1),
        f"({rb[0]:,} - {rb[1]:,}) / {rb[1]:,} = {pct(rg, 2)}.",
        ["rb.total.d2025", "rb.total.d2024"],
    )
    qt = m["qtr"]
    q3 = F(qt["revenue"][2], t["revenue"][0])
    add(
        NOV,
        "What share of Marroway's full-year 2025 operating revenues was earned in the third quarter? Percent, "
        "one decimal.",
        pct(q3, 1),
        f"Quarterly data: Q3 {qt['revenue'][2]:,} / year {t['revenue'][0]:,} = {pct(q3, 2)}.",
        ["qtr.revenue.q3", "qtr.revenue.fy"],
    )
    ir = F(mw.RATE_CASE["interim"], mw.RATE_CASE["requested"])
    add(
        NOV,
        "In the pending Marroway Electric rate case, what fraction of the requested annual base revenue "
        "increase was granted on an interim basis? Percent, one decimal.",
        pct(ir, 1),
        f"Interim {mm(mw.RATE_CASE['interim'])} / requested {mm(mw.RATE_CASE['requested'])} = {pct(ir, 2)}.",
        ["p.rc_req", "p.rc_interim"],
    )
    ad = F(-b["accum_dep"][0], b["plant_total"][0])
    add(
        MET,
        "At December 31, 2025, what percentage of Marroway's utility plant at original cost had been "
        "depreciated (accumulated depreciation over total utility plant)? One decimal.",
        pct(ad, 1),
        f"{-b['accum_dep'][0]:,} / {b['plant_total'][0]:,} = {pct(ad, 2)}.",
        ["bs.accum_dep.d2025", "bs.plant_total.d2025"],
    )
    return out


def tansley():
    m = tz.M
    q, b, cf, eps, st = m["q"], m["bs"], m["cf"], m["eps"], m["stores"]
    out = []

    def add(qtype, question, answer, just, figs):
        out.append((qtype, question, answer, just, figs))

    g = F(q["sales"]["q2_26"] - q["sales"]["q2_25"], q["sales"]["q2_25"])
    add(
        MET,
        "What was Tansley Outfitters' year-over-year net sales growth for the second quarter of fiscal 2026 "
        "(thirteen weeks ended August 1, 2026)? One decimal.",
        pct(g, 1),
        f"({q['sales']['q2_26']:,} - {q['sales']['q2_25']:,}) / {q['sales']['q2_25']:,} = {pct(g, 2)}.",
        ["is.sales.q2_26", "is.sales.q2_25"],
    )
    gm0, gm1 = F(q["gp"]["q2_26"], q["sales"]["q2_26"]), F(q["gp"]["q2_25"], q["sales"]["q2_25"])
    add(
        MET,
        "What was Tansley's gross margin in Q2 FY2026 and how many basis points did it change year over year?",
        f"{pct(gm0, 1)}, an increase of {bps(gm0 - gm1)} basis points",
        f"Gross profit / net sales: {q['gp']['q2_26']:,}/{q['sales']['q2_26']:,} = {pct(gm0, 2)}; prior "
        f"{q['gp']['q2_25']:,}/{q['sales']['q2_25']:,} = {pct(gm1, 2)}.",
        ["is.gp.q2_26", "is.sales.q2_26", "is.gp.q2_25", "is.sales.q2_25"],
    )
    sg = F(q["sga"]["ytd_26"], q["sales"]["ytd_26"])
    add(
        MET,
        "For the twenty-six weeks ended August 1, 2026, what was Tansley's SG&A as a percentage of net sales? "
        "One decimal.",
        pct(sg, 1),
        f"{q['sga']['ytd_26']:,} / {q['sales']['ytd_26']:,} = {pct(sg, 2)}.",
        ["is.sga.ytd_26", "is.sales.ytd_26"],
    )
    add(
        NOV,
        "Tansley's 10-Q does not show first-quarter columns. What were implied net sales for the first quarter "
        "of fiscal 2026? Answer in USD thousands.",
        kk(q["sales"]["q1_26"]),
        f"Twenty-six weeks {q['sales']['ytd_26']:,} - thirteen weeks {q['sales']['q2_26']:,} = "
        f"{q['sales']['q1_26']:,}.",
        ["is.sales.ytd_26", "is.sales.q2_26"],
    )
    add(
        NOV,
        "Derive Tansley's net income for the first quarter of fiscal 2026 from the year-to-date and "
        "second-quarter columns. USD thousands.",
        kk(q["ni"]["q1_26"]),
        f"{q['ni']['ytd_26']:,} - {q['ni']['q2_26']:,} = {q['ni']['q1_26']:,}.",
        ["is.ni.ytd_26", "is.ni.q2_26"],
    )
    avg_inv = F(b["inventory"]["aug26"] + b["inventory"]["aug25"], 2)
    it = F(q["cogs"]["ytd_26"]) / avg_inv
    add(
        MET,
        "Compute Tansley's inventory turnover for the first half of fiscal 2026, defined as twenty-six-week "
        "cost of sales divided by the average of merchandise inventories at August 1, 2026 and August 2, 2025. "
        "Two decimals.",
        ratio(it),
        f"{q['cogs']['ytd_26']:,} / (({b['inventory']['aug26']:,} + {b['inventory']['aug25']:,}) / 2 = "
        f"{plain(avg_inv, 1)}) = {plain(rnd(it, 4), 4)}.",
        ["is.cogs.ytd_26", "bs.inventory.aug26", "bs.inventory.aug25"],
    )
    cr = F(b["cur_assets"]["aug26"], b["cur_liabs"]["aug26"])
    add(
        MET,
        "What was Tansley's current ratio as of August 1, 2026? Two decimals.",
        ratio(cr),
        f"{b['cur_assets']['aug26']:,} / {b['cur_liabs']['aug26']:,} = {plain(rnd(cr, 4), 4)}.",
        ["bs.cur_assets.aug26", "bs.cur_liabs.aug26"],
    )
    am = F(q["adj_ebitda"]["q2_26"], q["sales"]["q2_26"])
    add(
        MET,
        "What was Tansley's adjusted EBITDA margin in the second quarter of fiscal 2026, using the company's "
        "non-GAAP reconciliation? One decimal.",
        pct(am, 1),
        f"Adjusted EBITDA {q['adj_ebitda']['q2_26']:,} / net sales {q['sales']['q2_26']:,} = {pct(am, 2)}.",
        ["ebitda.adj_ebitda.q2_26", "rev.total_ch.q2_26"],
    )
    d0, d1 = F(q["digital"]["ytd_26"], q["sales"]["ytd_26"]), F(q["digital"]["ytd_25"], q["sales"]["ytd_25"])
    add(
        NOV,
        "How much did the digital channel's share of Tansley's net sales change in the first half of fiscal "
        "2026 versus the first half of fiscal 2025? Answer in percentage points to one decimal.",
        f"Up {plain(rnd((d0 - d1) * 100, 1), 1)} percentage points ({pct(d0, 1)} vs {pct(d1, 1)})",
        f"Digital / net sales: {q['digital']['ytd_26']:,}/{q['sales']['ytd_26']:,} = {pct(d0, 2)}; "
        f"{q['digital']['ytd_25']:,}/{q['sales']['ytd_25']:,} = {pct(d1, 2)}.",
        ["rev.digital.ytd_26", "rev.total_ch.ytd_26", "rev.digital.ytd_25", "rev.total_ch.ytd_25"],
    )
    add(
        MET,
        "What was Tansley's free cash flow for the twenty-six weeks ended August 1, 2026, calculated as cash "
        "from operations minus capital expenditures? USD thousands.",
        kk(cf["fcf"][0]),
        f"{cf['op'][0]:,} - {-cf['capex'][0]:,} = {cf['fcf'][0]:,}.",
        ["cf.op.ytd_26", "cf.capex.ytd_26"],
    )
    add(
        MET,
        "What average price per share did Tansley pay for shares repurchased in the second quarter of fiscal "
        "2026? USD, two decimals.",
        "$" + plain(m["rep_avg"]["q2_26"], 2),
        f"{q['rep_cost']['q2_26']:,} thousand / {q['rep_shares']['q2_26']:,} thousand shares = "
        f"${plain(rnd(m['rep_avg']['q2_26'], 4), 4)}.",
        ["rep.cost.q2_26", "rep.shares.q2_26"],
    )
    etr = F(q["tax"]["ytd_26"], q["pretax"]["ytd_26"])
    add(
        MET,
        "What was Tansley's effective tax rate for the first half of fiscal 2026? One decimal.",
        pct(etr, 1),
        f"{q['tax']['ytd_26']:,} / {q['pretax']['ytd_26']:,} = {pct(etr, 2)}.",
        ["is.tax.ytd_26", "is.pretax.ytd_26"],
    )
    net_new = q["opened"]["ytd_26"] - q["closed"]["ytd_26"]
    add(
        DOM,
        "How many stores did Tansley add on a net basis during the first twenty-six weeks of fiscal 2026, and "
        "how many did it operate at August 1, 2026?",
        f"{net_new} net new stores; {st['aug26']} stores at period end",
        f"Opened {q['opened']['ytd_26']} - closed {q['closed']['ytd_26']} = {net_new}; {st['fy26_begin']} + "
        f"{net_new} = {st['aug26']}.",
        ["stores.opened.ytd_26", "stores.closed.ytd_26", "stores.end.ytd_26"],
    )
    e0, e1 = eps["q2_26"]["diluted"], eps["q2_25"]["diluted"]
    eg = (e0 - e1) / e1
    add(
        MET,
        "By what percentage did Tansley's diluted EPS increase in Q2 fiscal 2026 compared with Q2 fiscal 2025? "
        "One decimal.",
        pct(eg, 1),
        f"(${plain(e0, 2)} - ${plain(e1, 2)}) / ${plain(e1, 2)} = {pct(eg, 2)}.",
        ["is.eps_diluted.q2_26", "is.eps_diluted.q2_25"],
    )
    cats = (
        ("womens", "Women's apparel"),
        ("mens", "Men's apparel"),
        ("footwear", "Footwear and accessories"),
        ("home", "Home and other"),
    )
    gr = {kq: F(q[kq]["q2_26"] - q[kq]["q2_25"], q[kq]["q2_25"]) for kq, _ in cats}
    best = max(gr, key=lambda x: gr[x])
    add(
        NOV,
        "Which merchandise category grew fastest for Tansley in the second quarter of fiscal 2026, and what was "
        "its growth rate? One decimal.",
        f"{dict(cats)[best]}, up {pct(gr[best], 1)}",
        "; ".join(f"{lab} {q[kq]['q2_26']:,}/{q[kq]['q2_25']:,} - 1 = {pct(gr[kq], 2)}" for kq, lab in cats) + ".",
        [f"rev.{kq}.{c}" for kq, _ in cats for c in ("q2_26", "q2_25")],
    )
    nd = b["debt_total"]["aug26"] - b["cash"]["aug26"]
    add(
        MET,
        "What was Tansley's net debt at August 1, 2026, defined as total debt including the current portion "
        "(net of issuance costs) less cash and cash equivalents? USD thousands.",
        kk(nd),
        f"Total debt {b['debt_total']['aug26']:,} - cash {b['cash']['aug26']:,} = {nd:,}.",
        ["debt.debt_total.aug26", "bs.cash.aug26"],
    )
    lc = F(q["lease_total"]["q2_26"], q["sales"]["q2_26"])
    add(
        DOM,
        "How large was Tansley's total lease cost relative to net sales in Q2 fiscal 2026? Percent, two decimals.",
        pct(lc, 2),
        f"Total lease cost {q['lease_total']['q2_26']:,} / net sales {q['sales']['q2_26']:,} = {pct(lc, 3)}.",
        ["lease.lease_total.q2_26", "is.sales.q2_26"],
    )
    add(
        NOV,
        "What total liquidity did Tansley report at the end of the second quarter of fiscal 2026? Answer in "
        "USD millions.",
        usd(F(m["liquidity"], 1000), 1, "million"),
        f"MD&A: cash {b['cash']['aug26']:,} + ABL availability {m['abl']['avail']:,} = {m['liquidity']:,} thousand.",
        ["p.liquidity"],
    )
    a1 = q["adj_ebitda"]["q1_26"]
    add(
        NOV,
        "Using the adjusted EBITDA reconciliation, what was Tansley's implied adjusted EBITDA for the first "
        "quarter of fiscal 2026? USD thousands.",
        kk(a1),
        f"Twenty-six weeks {q['adj_ebitda']['ytd_26']:,} - thirteen weeks {q['adj_ebitda']['q2_26']:,} = {a1:,}.",
        ["ebitda.adj_ebitda.ytd_26", "ebitda.adj_ebitda.q2_26"],
    )
    ret = -cf["div"][0] - cf["repurchase"][0]
    rs = F(ret, cf["op"][0])
    add(
        DOM,
        "How much cash did Tansley return to shareholders through dividends and buybacks in the first half of "
        "fiscal 2026, and what percentage of operating cash flow was that? Amount in USD thousands, percentage to "
        "one decimal.",
        f"{kk(ret)}, or {pct(rs, 1)} of operating cash flow",
        f"Dividends {-cf['div'][0]:,} + repurchases {-cf['repurchase'][0]:,} = {ret:,}; / operating cash flow "
        f"{cf['op'][0]:,} = {pct(rs, 2)}.",
        ["cf.div.ytd_26", "cf.repurchase.ytd_26", "cf.op.ytd_26"],
    )
    return out


def build_rows(figs_by_doc):
    """figs_by_doc: {doc_name: {fig_id: {'text', 'pages'}}} -> (rows, uses)."""
    import doc_marroway
    import doc_tansley

    rows, uses = [], []
    n = 0
    for company, doc_name, qs in (
        ("Marroway Energy Holdings", doc_marroway.DOC_NAME, marroway()),
        ("Tansley Outfitters", doc_tansley.DOC_NAME, tansley()),
    ):
        figs = figs_by_doc[doc_name]
        for qtype, question, answer, just, fids in qs:
            n += 1
            pages = sorted({p for f in fids for p in figs[f]["pages"]})
            row = dict(
                zip(FIELDS, (f"blind6_{n:03d}", company, doc_name, qtype, question, answer, just, pages), strict=True)
            )
            rows.append(row)
            uses.append((row["financebench_id"], doc_name, list(fids)))
    return rows, uses
