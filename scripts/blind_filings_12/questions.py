"""Builds the 50 questions from model values; evidence comes from layout anchors. No figure is typed by hand."""

from fractions import Fraction as F

from kit import num, pct, plain, rnd
from models import REGIONS

HDOC, TDOC = "HOLLOWAYHOMES_2025_10K", "CASCARA_2025Q3_10Q"
MG, NG, DR = "metrics-generated", "novel-generated", "domain-relevant"


def N(v):
    return num(v)


def P(x, places=1):
    return f"{float(rnd(F(x) * 100, places)):.{places}f}%"


def sgn(x, places=1):
    s = P(x, places)
    return s if x < 0 else "+" + s


def bps(a, b):
    return rnd((F(a) - F(b)) * 10000)


def usd(v, places=0):
    v = rnd(v, places)
    s = plain(abs(v), places)
    return ("-$" if v < 0 else "$") + s


def chg(a, b):
    return F(a - b, b)


class QSet:
    def __init__(self, anchors):
        self.anchors = anchors
        self.items = []

    def add(self, doc, qtype, question, answer, just, keys, figs):
        ev = []
        for k in keys:
            page, text = self.anchors[doc][k]
            ev.append({"evidence_text": text, "evidence_page_num": page, "doc_name": doc})
        n = len(self.items) + 1
        home = doc == HDOC
        self.items.append({
            "financebench_id": f"blind12_{n:03d}",
            "company": "Holloway Homes, Inc." if home else "Cascara Communications Corp.",
            "doc_name": doc, "question_type": qtype, "question": question, "answer": answer,
            "justification": just, "evidence": ev, "doc_period": 2025, "doc_type": "10k" if home else "10q",
            "_figs": [f for f in figs if f],
        })


def home_questions(qs, m):
    d, b = HDOC, m["bal"]
    Y, P_ = 2025, 2024
    a = qs.add
    tr = m["total_rev"]
    a(d, MG, "What did Holloway Homes report as total revenues on its consolidated statement of income for the "
      "fiscal year ended November 30, 2025?",
      f"${plain(tr[Y])} thousand (home sales, land sales and financial services revenues combined)",
      "Read from the Total revenues line of the income statement.", ["is_totrev"], [N(tr[Y])])
    ni = m["ni"]
    a(d, MG, "How much did net income move between FY24 and FY25, in dollars and as a percentage? Round the "
      "percentage to one decimal.",
      f"{usd(ni[Y] - ni[P_])} thousand, {sgn(chg(ni[Y], ni[P_]))} (FY25 ${plain(ni[Y])} thousand vs. FY24 "
      f"${plain(ni[P_])} thousand)", "Difference of the two net income figures, divided by FY24.", ["is_ni"],
      [N(ni[Y]), N(ni[P_])])
    gm = {y: F(m["gm"][y], m["hrev_t"][y]) for y in (Y, P_)}
    a(d, NG, "Using the income statement, calculate the GAAP home sales gross margin for fiscal 2025 and how many "
      "basis points it moved from fiscal 2024. Round the margin to one decimal.",
      f"{P(gm[Y])}, a change of {bps(gm[Y], gm[P_]):+d} bps from {P(gm[P_])} (home sales revenue "
      f"${plain(m['hrev_t'][Y])} thousand less cost of home sales ${plain(m['cost_home'][Y])} thousand, "
      "divided by home sales revenue)",
      "Gross margin = (home sales revenue \u2212 cost of home sales) / home sales revenue for each year; the "
      "change uses unrounded margins.", ["is_hrev", "is_costhome"],
      [N(m["hrev_t"][Y]), N(m["cost_home"][Y]), N(m["hrev_t"][P_]), N(m["cost_home"][P_])])
    agm = F(m["adj_gm"][Y], m["hrev_t"][Y])
    a(d, MG, "If you strip capitalized interest amortization and inventory impairments out of cost of home sales, "
      "what home sales gross margin did Holloway earn in fiscal 2025? One decimal.",
      f"{P(agm)} (adjusted home sales gross margin ${plain(m['adj_gm'][Y])} thousand / home sales revenue "
      f"${plain(m['hrev_t'][Y])} thousand)", "From the non-GAAP adjusted gross margin reconciliation in MD&A.",
      ["ng_adj", "ng_hrev"], [N(m["adj_gm"][Y]), N(m["hrev_t"][Y])])
    i = REGIONS.index("Central")
    asp = F(m["hrev"][Y][i] * 1000, m["deliv"][Y][i])
    a(d, DR, "Compute the average selling price per home closed in the Central region in FY2025 from the region's "
      "home sales revenue and homes delivered. Round to the nearest dollar.",
      f"${plain(asp)} per home (Central home sales revenue ${plain(m['hrev'][Y][i])} thousand / "
      f"{plain(m['deliv'][Y][i])} homes delivered)", "Revenue in thousands times 1,000 divided by deliveries.",
      ["op_hrev_Central", "op_deliv_Central"], [N(m["hrev"][Y][i]), N(m["deliv"][Y][i])])
    cr = m["canc_rate"][Y]
    j = max(range(4), key=lambda k: cr[k])
    a(d, DR, "Which homebuilding region had the highest cancellation rate in fiscal 2025, and how far above the "
      "company-wide rate was it, in basis points? Define cancellation rate as cancellations divided by gross orders.",
      f"{REGIONS[j]}, {P(cr[j])} vs. {P(m['canc_rate_t'][Y])} company-wide, {bps(cr[j], m['canc_rate_t'][Y])} bps "
      f"higher ({plain(m['canc'][Y][j])} cancellations / {plain(m['gross'][Y][j])} gross orders)",
      "Regional rates computed from gross orders and cancellations; company-wide rate from the same table.",
      [f"op_gc_{r}" for r in REGIONS] + ["op_cr_tot"],
      [f"{m['gross'][Y][j]:,} / {m['canc'][Y][j]:,}", pct(m["canc_rate_t"][Y])])
    bv = F(m["blv_t"][Y] * 1000, m["blu_t"][Y])
    a(d, DR, "What was the average value per home in backlog at the end of FY25? Nearest dollar.",
      f"${plain(bv)} per home (backlog value ${plain(m['blv_t'][Y])} thousand / {plain(m['blu_t'][Y])} homes)",
      "Total backlog value divided by total backlog units at November 30, 2025.", ["bl_tot"],
      [N(m["blv_t"][Y]), N(m["blu_t"][Y])])
    sg = {y: F(m["sga"][y], m["hrev_t"][y]) for y in (Y, P_)}
    a(d, NG, "SG&A as a percentage of home sales revenue: what was it in FY25 and how many bps of leverage or "
      "deleverage versus FY24? One decimal for the ratio.",
      f"{P(sg[Y])}, {bps(sg[Y], sg[P_]):+d} bps vs. {P(sg[P_])} in FY24 (SG&A ${plain(m['sga'][Y])} thousand / home "
      f"sales revenue ${plain(m['hrev_t'][Y])} thousand)", "SG&A and home sales revenue from the income statement.",
      ["is_sga", "is_hrev"], [N(m["sga"][Y]), N(m["hrev_t"][Y]), N(m["sga"][P_]), N(m["hrev_t"][P_])])
    a(d, MG, "What was Holloway's debt-to-capital ratio at November 30, 2025, based on the balance sheet? Round to "
      "one decimal.",
      f"{P(m['dtc'][Y])} (senior notes ${plain(b[Y]['notes'])} thousand / (senior notes + stockholders' equity "
      f"${plain(b[Y]['eq'])} thousand))", "Debt-to-capital = debt / (debt + equity).", ["bs_notes", "bs_eq"],
      [N(b[Y]["notes"]), N(b[Y]["eq"])])
    nd = m["netdebt"][Y]
    a(d, NG, "Calculate net debt-to-capital at fiscal year-end 2025 as (senior notes minus cash and cash "
      "equivalents) divided by (senior notes minus cash plus total stockholders' equity). One decimal.",
      f"{P(m['ndtc'][Y])} (net debt ${plain(nd)} thousand = ${plain(b[Y]['notes'])} thousand \u2212 "
      f"${plain(b[Y]['cash'])} thousand; divided by ${plain(nd + b[Y]['eq'])} thousand)",
      "Balance sheet senior notes, cash and equity at November 30, 2025.", ["bs_cash", "bs_notes", "bs_eq"],
      [N(b[Y]["notes"]), N(b[Y]["cash"]), N(b[Y]["eq"])])
    avg_inv = F(b[Y]["inv"] + b[P_]["inv"], 2)
    a(d, NG, "What was inventory turnover in fiscal 2025, measured as cost of home sales over the average of "
      "beginning and ending total inventories? Two decimals.",
      f"{float(rnd(m['cost_home'][Y] / avg_inv, 2)):.2f}x (cost of home sales ${plain(m['cost_home'][Y])} thousand "
      f"/ average inventories ${plain(avg_inv, 1)} thousand)", "Average of the FY24 and FY25 total inventories.",
      ["is_costhome", "bs_inv"], [N(m["cost_home"][Y]), N(b[Y]["inv"]), N(b[P_]["inv"])])
    ci = m["capint"][Y]
    a(d, MG, "By how much did the capitalized interest balance held in inventory change during fiscal 2025?",
      f"{usd(ci[3] - ci[0])} thousand (from ${plain(ci[0])} thousand to ${plain(ci[3])} thousand; interest "
      f"amortized ${plain(-ci[2])} thousand exceeded interest incurred ${plain(ci[1])} thousand)",
      "Capitalized interest roll-forward in the inventory note.", ["ci_beg", "ci_inc", "ci_amort", "ci_end"],
      [N(ci[0]), N(ci[3]), N(ci[1]), N(ci[2])])
    wp = F(m["war_prov"][Y] * 1000, m["deliv_t"][Y])
    a(d, NG, "How much warranty expense did Holloway accrue per home delivered in FY25? Round to the nearest "
      "dollar and use warranties issued from the warranty reserve note.",
      f"${plain(wp)} per home (warranties issued ${plain(m['war_prov'][Y])} thousand / "
      f"{plain(m['deliv_t'][Y])} homes delivered)", "Warranty note provision and MD&A deliveries.",
      ["wr_prov", "op_deliv_tot"], [N(m["war_prov"][Y]), N(m["deliv_t"][Y])])
    a(d, MG, "What portion of total inventories at the end of fiscal 2025 was land held for future development? "
      "One decimal.",
      f"{P(F(m['lfut'][Y], b[Y]['inv']))} (land held for future development ${plain(m['lfut'][Y])} thousand / total "
      f"inventories ${plain(b[Y]['inv'])} thousand)", "Balance sheet inventory components.", ["bs_lfut", "bs_inv"],
      [N(m["lfut"][Y]), N(b[Y]["inv"])])
    a(d, MG, "What effective income tax rate does the FY25 income statement imply? One decimal.",
      f"{P(m['etr'][Y])} (provision for income taxes ${plain(m['tax'][Y])} thousand / income before income taxes "
      f"${plain(m['pretax'][Y])} thousand)", "Tax provision over pretax income.", ["is_tax", "is_pretax"],
      [N(m["tax"][Y]), N(m["pretax"][Y])])
    a(d, NG, "How many percentage points did energy efficient home credits take off the effective tax rate in "
      "fiscal 2025? Two decimals.",
      f"{float(rnd(F(-m['credits'][Y] * 100, m['pretax'][Y]), 2)):.2f} percentage points (credits "
      f"${plain(-m['credits'][Y])} thousand / income before income taxes ${plain(m['pretax'][Y])} thousand)",
      "Credits appear only in the income tax note rate reconciliation.", ["tx_cred", "is_pretax"],
      [N(m["credits"][Y]), N(m["pretax"][Y])])
    e = m["eps_d"]
    a(d, MG, "What was the year-over-year growth in diluted EPS in FY25? One decimal.",
      f"{sgn(chg(e[Y], e[P_]))} (diluted EPS ${float(e[Y]):.2f} vs. ${float(e[P_]):.2f})",
      "Diluted EPS from the income statement.", ["is_epsd"], [f"{float(e[Y]):.2f}", f"{float(e[P_]):.2f}"])
    cost = sum(s * p for _, s, p in m["q4"]) / 1000
    a(d, NG, "How many shares did the company buy back during the fourth quarter of fiscal 2025, and roughly how "
      "much did it spend on them? Give the spend in thousands of dollars, rounded to the nearest thousand.",
      f"{plain(m['q4_sh'])} shares for about ${plain(cost)} thousand (sum of monthly shares \u00d7 average "
      "price paid per share)", "Issuer repurchase table in Item 5; spend = \u03a3 shares \u00d7 average price.",
      ["rep_Sep", "rep_Oct", "rep_Nov", "rep_tot"],
      [N(m["q4_sh"])] + [f"{N(s)} ${float(p):,.2f}" for _, s, p in m["q4"]])
    cf = m["cf"][Y]
    a(d, NG, "What was free cash flow in fiscal 2025 if you define it as cash from operations less purchases of "
      "property and equipment?",
      f"${plain(cf['cfo'] + cf['capex'])} thousand (operating cash flow ${plain(cf['cfo'])} thousand \u2212 capex "
      f"${plain(-cf['capex'])} thousand)", "Cash flow statement lines.", ["cf_cfo", "cf_capex"],
      [N(cf["cfo"]), N(cf["capex"])])
    a(d, MG, "What total liquidity did Holloway report at fiscal year-end 2025?",
      f"${plain(m['liq'])} thousand (cash ${plain(b[Y]['cash'])} thousand + revolver ${plain(m['revolver'])} "
      f"thousand \u2212 letters of credit ${plain(m['loc'])} thousand)", "Stated in the liquidity discussion.",
      ["liq"], [N(m["liq"]), N(m["loc"])])
    a(d, DR, "What pretax margin did the financial services segment earn in FY25? One decimal.",
      f"{P(F(m['fs_pt'][Y], m['fs_rev'][Y]))} (pretax income ${plain(m['fs_pt'][Y])} thousand / revenue "
      f"${plain(m['fs_rev'][Y])} thousand)", "Financial services discussion in MD&A.", ["fsrev"],
      [N(m["fs_pt"][Y]), N(m["fs_rev"][Y])])
    sp = m["seg_pt"][Y]
    order = sorted(range(4), key=lambda k: -sp[k])
    a(d, NG, "Which region generated the most pretax income in fiscal 2025, and by how much did it exceed the "
      "runner-up?",
      f"{REGIONS[order[0]]}, by ${plain(sp[order[0]] - sp[order[1]])} thousand ({REGIONS[order[0]]} "
      f"${plain(sp[order[0]])} thousand vs. {REGIONS[order[1]]} ${plain(sp[order[1]])} thousand)",
      "Segment note pretax income by region.", [f"sg_pt_{r}" for r in REGIONS], [N(sp[order[0]]), N(sp[order[1]])])
    a(d, DR, "What share of the lots Holloway owned or controlled at November 30, 2025 were held under option "
      "rather than owned? One decimal.",
      f"{P(F(m['optioned_t'][Y], m['lots_t'][Y]))} ({plain(m['optioned_t'][Y])} optioned lots / "
      f"{plain(m['lots_t'][Y])} total lots)", "Lots table in Item 1.", ["lots_tot"],
      [N(m["optioned_t"][Y]), N(m["lots_t"][Y])])
    nt = m["net_t"]
    a(d, DR, "Net new orders FY25 vs FY24 \u2014 percentage change? One decimal.",
      f"{sgn(chg(nt[Y], nt[P_]))} ({plain(nt[Y])} homes vs. {plain(nt[P_])} homes)",
      "Total net new orders from the operating data table.", ["op_net_tot"], [N(nt[Y]), N(nt[P_])])
    land = m["co_rows"][3][1]
    a(d, NG, "Adding up the schedule, how much of the land purchase and option commitments are payable after the "
      "first year?",
      f"${plain(sum(land[1:]))} thousand ({' + '.join('$' + plain(x) for x in land[1:])} thousand for 1\u20133, "
      "3\u20135 and more than 5 years)", "Contractual obligations table, land purchase row.", ["co_3"],
      [N(x) for x in land[1:] if x])
    k = REGIONS.index("Southeast")
    dv = m["deliv"]
    a(d, MG, "By what percentage did home deliveries in the Southeast grow in FY2025? One decimal.",
      f"{sgn(chg(dv[Y][k], dv[P_][k]))} ({plain(dv[Y][k])} homes vs. {plain(dv[P_][k])} homes)",
      "Operating data table.", ["op_deliv_Southeast"], [N(dv[Y][k]), N(dv[P_][k])])
    ae = F(b[Y]["eq"] + b[P_]["eq"], 2)
    a(d, NG, "What was return on average stockholders' equity for fiscal 2025 (net income / average of beginning "
      "and ending equity)? One decimal.",
      f"{P(F(ni[Y]) / ae)} (net income ${plain(ni[Y])} thousand / average equity ${plain(ae, 1)} thousand)",
      "Income statement net income and balance sheet equity at both year-ends.", ["is_ni", "bs_eq"],
      [N(ni[Y]), N(b[Y]["eq"]), N(b[P_]["eq"])])
    im = m["impair"]
    a(d, MG, "How much higher were inventory impairment charges in FY25 than in FY24, in dollars and percent? One "
      "decimal for the percentage.",
      f"${plain(im[Y] - im[P_])} thousand, {sgn(chg(im[Y], im[P_]))} (${plain(im[Y])} thousand vs. "
      f"${plain(im[P_])} thousand)", "Non-GAAP gross margin reconciliation.", ["ng_imp"], [N(im[Y]), N(im[P_])])
    cm = m["comm_t"]
    a(d, DR, "How many net active selling communities did Holloway add during fiscal 2025, and what percentage "
      "growth is that? One decimal.",
      f"{cm[Y] - cm[P_]} communities, {sgn(chg(cm[Y], cm[P_]))} ({cm[Y]} vs. {cm[P_]})",
      "Stated in Item 1 prose.", ["comm"], [str(cm[Y]), str(cm[P_])])
    a(d, DR, "Estimate the mortgage capture rate for fiscal 2025 as loans originated by the mortgage subsidiary "
      "divided by total homes delivered. One decimal.",
      f"{P(F(m['fs_units'][Y], m['deliv_t'][Y]))} ({plain(m['fs_units'][Y])} loans / {plain(m['deliv_t'][Y])} "
      "homes delivered)", "Loan count from the financial services prose; deliveries from the operating table.",
      ["fs", "op_deliv_tot"], [N(m["fs_units"][Y]), N(m["deliv_t"][Y])])


def tel_questions(qs, t):
    d, a = TDOC, qs.add
    b0, b, c, k = t["b24"], t["b25"], t["cf25"], t["cf24c"]
    rv = t["rev_t"]
    a(d, MG, "What were Cascara's total revenues in Q3'25, and how much did they grow year over year in percent? "
      "One decimal.",
      f"${plain(rv[2025][2])} million, {sgn(chg(rv[2025][2], rv[2024][2]))} (vs. ${plain(rv[2024][2])} million in "
      "Q3'24)", "Statement of operations, three-month columns.", ["is_rev"], [N(rv[2025][2]), N(rv[2024][2])])
    fb = [t["rev9"][2025][2], t["rev9"][2024][2]]
    a(d, MG, "For the first nine months of 2025, how fast did fixed broadband revenue grow versus the same period "
      "of 2024? One decimal.",
      f"{sgn(chg(fb[0], fb[1]))} (${plain(fb[0])} million vs. ${plain(fb[1])} million)",
      "Revenue note, nine-month columns.", ["rv_2"], [N(fb[0]), N(fb[1])])
    eq = t["rev"][2025][1][2]
    a(d, NG, "Equipment sales made up what share of total revenue in the third quarter of 2025? One decimal.",
      f"{P(F(eq, rv[2025][2]))} (wireless equipment revenue ${plain(eq)} million / total revenues "
      f"${plain(rv[2025][2])} million)", "Revenue by service type note.", ["rv_1", "rv_tot"],
      [N(eq), N(rv[2025][2])])
    om = {y: F(t["oi"][y][2], rv[y][2]) for y in (2024, 2025)}
    a(d, NG, "What was the Q3 2025 operating margin and how many basis points did it change from Q3 2024? One "
      "decimal for the margin.",
      f"{P(om[2025])}, {bps(om[2025], om[2024]):+d} bps vs. {P(om[2024])} (operating income "
      f"${plain(t['oi'][2025][2])} million / total revenues ${plain(rv[2025][2])} million)",
      "Operating income over total revenues, three-month columns.", ["is_oi", "is_rev"],
      [N(t["oi"][2025][2]), N(rv[2025][2]), N(t["oi"][2024][2]), N(rv[2024][2])])
    e9 = t["ebitda9"][2025]
    a(d, NG, "What adjusted EBITDA margin did Cascara generate year-to-date through September 30, 2025? One "
      "decimal.",
      f"{P(F(e9, t['rev_t9'][2025]))} (nine-month adjusted EBITDA ${plain(e9)} million / total revenues "
      f"${plain(t['rev_t9'][2025])} million)", "Adjusted EBITDA reconciliation and statement of operations.",
      ["ae_tot", "is_rev"], [N(e9), N(t["rev_t9"][2025])])
    eb = t["ebitda"]
    a(d, MG, "How much did adjusted EBITDA increase in the third quarter compared with a year earlier, in dollars "
      "and percent? One decimal.",
      f"${plain(eb[2025][2] - eb[2024][2])} million, {sgn(chg(eb[2025][2], eb[2024][2]))} (${plain(eb[2025][2])} "
      f"million vs. ${plain(eb[2024][2])} million)", "Non-GAAP reconciliation, three-month columns.", ["ae_tot"],
      [N(eb[2025][2]), N(eb[2024][2])])
    a(d, NG, "From the cash flow statement, compute free cash flow (operating cash flow minus capex including "
      "capitalized software) for 9M25 and the change from 9M24.",
      f"${plain(t['fcf'][2025])} million, {usd(t['fcf'][2025] - t['fcf'][2024])} million vs. "
      f"${plain(t['fcf'][2024])} million (9M25: ${plain(c['cfo'])} million \u2212 ${plain(-c['capex'])} million)",
      "Operating cash flow less purchases of property and equipment for each nine-month period.",
      ["cf_cfo", "cf_capex"], [N(c["cfo"]), N(c["capex"]), N(k["cfo"]), N(k["capex"])])
    a(d, DR, "What was capital intensity (capex as a percentage of total revenues) for the nine months ended "
      "September 30, 2025? One decimal.",
      f"{P(F(-c['capex'], t['rev_t9'][2025]))} (capex ${plain(-c['capex'])} million / revenues "
      f"${plain(t['rev_t9'][2025])} million)", "Cash flow statement capex and statement of operations revenue.",
      ["cf_capex", "is_rev"], [N(c["capex"]), N(t["rev_t9"][2025])])
    pn = t["pp_net9"]
    a(d, DR, "How many postpaid phone net additions did Cascara report for the first nine months of 2025, and how "
      "does that compare with the prior-year period?",
      f"{plain(pn[2025])} thousand, {plain(pn[2025] - pn[2024])} thousand more than a year earlier "
      f"({plain(pn[2025])} thousand in 9M25 vs. {plain(pn[2024])} thousand in 9M24)",
      "Key operating metrics table.", ["op_net"], [N(pn[2025]), N(pn[2024])])
    pp = t["pp"][2025][2]
    avg = F(pp[0] + pp[2], 2)
    a(d, DR, "Using disconnections and the beginning and ending subscriber counts, calculate average monthly "
      "postpaid phone churn for Q3'25. Two decimals.",
      f"{P(t['churn'][2025][2], 2)} ({plain(t['pp_disc'][2025][2])} thousand disconnections / average subscribers "
      f"{plain(avg, 1)} thousand / 3 months)", "Average subscribers = (beginning + end of quarter) / 2.",
      ["op_beg", "op_disc", "op_end"], [N(pp[0]), N(pp[2]), N(t["pp_disc"][2025][2])])
    a(d, DR, "Derive Q3 2025 postpaid phone ARPU from postpaid phone service revenue and the average postpaid "
      "phone subscriber base. Round to the cent.",
      f"${float(t['arpu'][2025][2]):.2f} per month (${plain(t['pp_rev'][2025][2])} million / average "
      f"{plain(avg, 1)} thousand subscribers / 3 months)", "Revenue from the revenue note; subscribers from MD&A.",
      ["pprev", "op_beg", "op_end"], [N(t["pp_rev"][2025][2]), N(pp[0]), N(pp[2])])
    bb = [t["bb"][2025][2][2], t["bb"][2024][2][2]]
    a(d, DR, "How many broadband subscribers did Cascara have at September 30, 2025, and what is the year-over-year "
      "growth? One decimal.",
      f"{plain(bb[0])} thousand, {sgn(chg(bb[0], bb[1]))} (vs. {plain(bb[1])} thousand)",
      "Key operating metrics table.", ["op_bbend"], [N(bb[0]), N(bb[1])])
    a(d, NG, "Estimate net leverage at the end of Q3'25: total debt less cash over trailing-twelve-month adjusted "
      "EBITDA (Q4 2024 plus the first nine months of 2025). One decimal.",
      f"{float(rnd(t['lev'], 1)):.1f}x (net debt ${plain(t['netdebt'])} million = ${plain(t['d25'])} million "
      f"\u2212 ${plain(b['cash'])} million; LTM adjusted EBITDA ${plain(t['ltm_ebitda'])} million = "
      f"${plain(t['ltm_ebitda_q4_24'])} million + ${plain(t['ebitda9'][2025])} million)",
      "Debt note, balance sheet cash, Q4 2024 figure from the liquidity prose, nine-month adjusted EBITDA.",
      ["db_tot", "bs_cash", "q4e", "ae_tot"], [N(t["d25"]), N(b["cash"]), N(t["ltm_ebitda_q4_24"]),
                                               N(t["ebitda9"][2025])])
    a(d, MG, "How much did total debt change between December 31, 2024 and September 30, 2025?",
      f"{usd(t['d25'] - t['d24'])} million (${plain(t['d25'])} million vs. ${plain(t['d24'])} million)",
      "Debt note totals.", ["db_tot"], [N(t["d25"]), N(t["d24"])])
    a(d, MG, "By what percentage did the carrying amount of spectrum licenses rise in the first nine months of "
      "2025? Two decimals.",
      f"{P(F(b['spec'] - b0['spec'], b0['spec']), 2)} (acquisitions ${plain(t['spec_buy'][2025])} million / "
      f"December 31, 2024 balance ${plain(b0['spec'])} million)", "Spectrum note and balance sheet.",
      ["spec", "bs_spec"], [N(t["spec_buy"][2025]), N(b0["spec"]), N(b["spec"])])
    a(d, MG, "What was the current ratio at September 30, 2025? Two decimals.",
      f"{float(rnd(F(b['tca'], b['tcl']), 2)):.2f}x (total current assets ${plain(b['tca'])} million / total current "
      f"liabilities ${plain(b['tcl'])} million)", "Balance sheet.", ["bs_tca", "bs_tcl"], [N(b["tca"]), N(b["tcl"])])
    lc = [t["lease_cost9"][2025], t["lease_cost9"][2024]]
    a(d, MG, "What was operating lease cost for the nine months ended September 30, 2025, and the year-over-year "
      "change in percent? One decimal.",
      f"${plain(lc[0])} million, {sgn(chg(lc[0], lc[1]))} (vs. ${plain(lc[1])} million)",
      "Stated only in the leases note prose.", ["lease"], [N(lc[0]), N(lc[1])])
    sf, st = t["seg_f"][2025][2], t["ebitda"][2025][2]
    a(d, NG, "What share of third-quarter 2025 adjusted EBITDA came from the Fixed Broadband segment? One decimal.",
      f"{P(F(sf, st))} (Fixed Broadband ${plain(sf)} million / total adjusted EBITDA ${plain(st)} million)",
      "Segment note.", ["sg_f", "sg_tot"], [N(sf), N(st)])
    e = [t["eps9"][2025], t["eps9"][2024]]
    a(d, MG, "Year-to-date diluted EPS through Q3: what was it and how much did it grow year over year? One "
      "decimal for the growth rate.",
      f"${float(e[0]):.2f}, {sgn(chg(e[0], e[1]))} (vs. ${float(e[1]):.2f})", "Statement of operations.",
      ["is_eps"], [f"{float(e[0]):.2f}", f"{float(e[1]):.2f}"])
    dso = F(b["rec"] * 92, rv[2025][2])
    a(d, NG, "Compute days sales outstanding at the end of Q3'25 as accounts receivable, net (excluding equipment "
      "installment plan receivables) divided by Q3 total revenues, times 92 days. One decimal.",
      f"{float(rnd(dso, 1)):.1f} days (accounts receivable ${plain(b['rec'])} million / Q3 revenues "
      f"${plain(rv[2025][2])} million \u00d7 92)", "Balance sheet receivables; statement of operations revenue.",
      ["bs_rec", "is_rev"], [N(b["rec"]), N(rv[2025][2])])


def build(m, t, anchors):
    qs = QSet(anchors)
    home_questions(qs, m)
    tel_questions(qs, t)
    return qs.items
