"""Question specifications for the blind set, computed from the two financial models.

Each spec carries `figures`: (anchor, token) pairs. The anchor names the table row or keyed
paragraph where the token is printed; make_filings.py turns anchors into exact evidence pages
and check_set.py verifies every token on the extracted text of those pages.
"""

from __future__ import annotations

from brannock_model import Brannock
from common import m1, pct, ps, pts, th
from halberstow_model import SEGS, Halberstow

H_CO, H_DOC = "Halberstow Insurance Group", "HALBERSTOW_2025_10K"
B_CO, B_DOC = "Brannock Hearth Company", "BRANNOCKHEARTH_2025Q2_10Q"
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"


def _q(co, doc, qtype, question, answer, just, figures):
    return dict(company=co, doc_name=doc, question_type=qtype, question=question,
                answer=answer, justification=just, figures=figures)


def _mil(v):
    return f"${m1(v)} million" if v >= 0 else f"-${m1(-v)} million"


def halberstow_questions(h: Halberstow) -> list[dict]:
    def q(*a):
        return _q(H_CO, H_DOC, *a)

    out = []
    npe, npe4 = h.npe[2025], h.npe[2024]
    out.append(q(MG, "What were Halberstow Insurance Group's net premiums earned for FY2025, in "
                 "USD millions? Use the consolidated statement of operations.",
                 _mil(npe), f"Net premiums earned, 2025 column: {m1(npe)}",
                 [(("is", "Net premiums earned"), m1(npe))]))
    g = h.nii[2025] / h.nii[2024] - 1
    out.append(q(MG, "By what percentage did Halberstow's net investment income grow from FY2024 "
                 "to FY2025? Round to one decimal place.", f"{g * 100:.1f}%",
                 f"({m1(h.nii[2025])} - {m1(h.nii[2024])}) / {m1(h.nii[2024])} = {pct(g)}",
                 [(("is", "Net investment income"), m1(h.nii[2025])),
                  (("is", "Net investment income"), m1(h.nii[2024]))]))
    cr = (h.loss[2025] + h.acq[2025] + h.oth[2025]) / npe
    out.append(q(NG, "Using the consolidated statement of operations, compute Halberstow's FY2025 "
                 "combined ratio defined as (losses and loss adjustment expenses + policy "
                 "acquisition costs + other underwriting expenses) / net premiums earned. Answer "
                 "as a percentage with one decimal.",
                 f"{cr * 100:.1f}% (the filing reports {pts(h.combined(2025))}% as the sum of "
                 "the separately rounded loss and expense ratios)"
                 if f"{cr * 100:.1f}" != pts(h.combined(2025)) else f"{cr * 100:.1f}%",
                 f"({m1(h.loss[2025])} + {m1(h.acq[2025])} + {m1(h.oth[2025])}) / {m1(npe)} "
                 f"= {cr * 100:.2f}%",
                 [(("is", "Losses and loss adjustment expenses"), m1(h.loss[2025])),
                  (("is", "Policy acquisition costs"), m1(h.acq[2025])),
                  (("is", "Other underwriting expenses"), m1(h.oth[2025])),
                  (("is", "Net premiums earned"), m1(npe))]))
    lr = h.loss[2024] / npe4
    out.append(q(DR, "What was Halberstow's consolidated loss ratio in FY2024?",
                 f"{lr * 100:.1f}%", f"Losses and LAE / net premiums earned = {m1(h.loss[2024])} "
                 f"/ {m1(npe4)} = {lr * 100:.2f}%",
                 [(("is", "Losses and loss adjustment expenses"), m1(h.loss[2024])),
                  (("is", "Net premiums earned"), m1(npe4))]))
    bv = h.equity[2025] / 10 / (h.sh_out[2025] / 1e6)
    out.append(q(DR, "What was Halberstow's book value per share at December 31, 2025? Compute it "
                 "from total shareholders' equity and the common shares outstanding at year-end.",
                 f"${bv:.2f}", f"Total shareholders' equity {m1(h.equity[2025])} million / "
                 f"{h.sh_out[2025]:,} shares = ${bv:.2f}",
                 [(("bs", "Total shareholders' equity"), m1(h.equity[2025])),
                  ("n11_shares", f"{h.sh_out[2025]:,}")]))
    out.append(q(MG, "What was Halberstow's diluted earnings per share for fiscal year 2025?",
                 f"${ps(h.eps_d[2025])}", "Diluted EPS, 2025 column of the statement of "
                 f"operations: {ps(h.eps_d[2025])}",
                 [(("is", "EPS diluted"), ps(h.eps_d[2025]))]))
    out.append(q(MG, "What were Halberstow's total assets as of December 31, 2025, in USD "
                 "millions?", _mil(h.total_assets[2025]),
                 f"Total assets per the consolidated balance sheet: {m1(h.total_assets[2025])}",
                 [(("bs", "Total assets"), m1(h.total_assets[2025]))]))
    out.append(q(DR, "How much net prior-year loss reserve development did Halberstow record in "
                 "2025, and was it favorable or unfavorable?",
                 f"{_mil(-h.pyd[2025])} of favorable development",
                 "Reserve roll-forward, incurred losses related to prior years: "
                 f"{m1(h.pyd[2025])} (negative = favorable)",
                 [(("n7_res", "inc_py"), m1(h.pyd[2025]))]))
    cfo, cfo4 = h.cf[2025]["cfo"], h.cf[2024]["cfo"]
    out.append(q(MG, "What was Halberstow's net cash provided by operating activities in FY2025, "
                 "and how much did it change versus FY2024 (USD millions)?",
                 f"{_mil(cfo)}, an increase of {_mil(cfo - cfo4)} from {_mil(cfo4)} in 2024",
                 f"{m1(cfo)} - {m1(cfo4)} = {m1(cfo - cfo4)}",
                 [(("cf", "cfo"), m1(cfo)), (("cf", "cfo"), m1(cfo4))]))
    crs = {s: h.combined(2025, s) for s in SEGS}
    top = max(crs, key=crs.get)
    out.append(q(NG, "Which of Halberstow's four segments had the highest combined ratio in "
                 "2025?", f"{top}, with a combined ratio of {pct(crs[top])}.",
                 "Segment combined ratios 2025: " + ", ".join(f"{s} {pct(v)}" for s, v in
                                                             crs.items()),
                 [(("n6_seg", f"{s}|cr"), pct(crs[s])) for s in SEGS]))
    adv = [s for s in SEGS if h.seg[s]["pyd"][2025] > 0]
    out.append(q(NG, "Which segment experienced adverse (unfavorable) prior-year reserve "
                 "development in 2025, and by how much?",
                 f"{adv[0]}, with {_mil(h.seg[adv[0]]['pyd'][2025])} of unfavorable development; "
                 "the other three segments developed favorably.",
                 "Prior-year development by segment table, 2025 column: only Specialty "
                 f"Liability is positive ({m1(h.seg[adv[0]]['pyd'][2025])}).",
                 [(("mdna_pyd", adv[0]), m1(h.seg[adv[0]]["pyd"][2025]))]))
    out.append(q(MG, "What were Halberstow's total catastrophe losses in 2025 according to "
                 "management's discussion?", _mil(h.cat[2025]),
                 f"MD&A executive overview states total catastrophe losses of {m1(h.cat[2025])} "
                 "million in 2025.", [("mdna_cat", m1(h.cat[2025]))]))
    avg = (h.equity[2025] + h.equity[2024]) / 2
    roe = h.ni[2025] / avg
    out.append(q(DR, "Calculate Halberstow's FY2025 return on average shareholders' equity "
                 "(net income divided by the average of beginning and ending total "
                 "shareholders' equity).", f"{roe * 100:.1f}%",
                 f"{m1(h.ni[2025])} / (({m1(h.equity[2025])} + {m1(h.equity[2024])}) / 2) = "
                 f"{roe * 100:.2f}%",
                 [(("is", "Net income"), m1(h.ni[2025])),
                  (("bs", "Total shareholders' equity"), m1(h.equity[2025])),
                  (("bs", "Total shareholders' equity"), m1(h.equity[2024]))]))
    dc = h.debt[2025] / (h.debt[2025] + h.equity[2025])
    out.append(q(NG, "Using the balance sheet, what was Halberstow's debt-to-total-capital ratio "
                 "at year-end 2025, where total capital = debt + total shareholders' equity?",
                 f"{dc * 100:.1f}%", f"{m1(h.debt[2025])} / ({m1(h.debt[2025])} + "
                 f"{m1(h.equity[2025])}) = {dc * 100:.2f}%",
                 [(("bs", "Debt"), m1(h.debt[2025])),
                  (("bs", "Total shareholders' equity"), m1(h.equity[2025]))]))
    gw = h.npw[2025] / h.npw[2024] - 1
    out.append(q(MG, "What was the year-over-year growth in Halberstow's net premiums written in "
                 "2025? Round to two decimal places.", f"{gw * 100:.2f}%",
                 f"({m1(h.npw[2025])} - {m1(h.npw[2024])}) / {m1(h.npw[2024])} = "
                 f"{gw * 100:.2f}%",
                 [(("n4_re", "w_net"), m1(h.npw[2025])), (("n4_re", "w_net"), m1(h.npw[2024]))]))
    gross = h.direct_w[2025] + h.assumed_w[2025]
    ced = h.ceded_w[2025] / gross
    out.append(q(NG, "In FY2025, what share of Halberstow's gross premiums written (direct plus "
                 "assumed) was ceded to reinsurers?", f"{ced * 100:.1f}%",
                 f"{m1(h.ceded_w[2025])} / ({m1(h.direct_w[2025])} + {m1(h.assumed_w[2025])}) "
                 f"= {ced * 100:.2f}%",
                 [(("n4_re", "w_direct"), m1(h.direct_w[2025])),
                  (("n4_re", "w_assumed"), m1(h.assumed_w[2025])),
                  (("n4_re", "w_ceded"), m1(-h.ceded_w[2025]))]))
    lev = h.npw[2025] / h.stat_surplus[2025]
    out.append(q(DR, "What was the premium leverage (net premiums written to statutory surplus) "
                 "of Halberstow's insurance subsidiaries for 2025? Answer to two decimals.",
                 f"{lev:.2f}x", f"NPW {m1(h.npw[2025])} / statutory capital and surplus "
                 f"{m1(h.stat_surplus[2025])} = {lev:.3f}",
                 [(("n4_re", "w_net"), m1(h.npw[2025])),
                  (("n9_stat", "surplus"), m1(h.stat_surplus[2025]))]))
    po = h.div[2025] / h.ni[2025]
    out.append(q(NG, "What proportion of FY2025 net income did Halberstow pay out as dividends "
                 "declared? Use the statement of changes in shareholders' equity for dividends.",
                 f"{po * 100:.1f}%", f"Dividends declared {m1(h.div[2025])} / net income "
                 f"{m1(h.ni[2025])} = {po * 100:.2f}%",
                 [(("eq", "div2025"), m1(-h.div[2025])), (("is", "Net income"), m1(h.ni[2025]))]))
    d = h.seg["Homeowners"]
    out.append(q(MG, "What was underwriting income for the Homeowners segment in 2025 (USD "
                 "millions)?", _mil(d["uwinc"][2025]),
                 f"Homeowners results table: underwriting income {m1(d['uwinc'][2025])}",
                 [(("mdna_seg_1", "Underwriting income (loss)"), m1(d["uwinc"][2025]))]))
    pa = "Personal Auto"
    l5, l4 = round(h.loss_ratio(2025, pa), 3), round(h.loss_ratio(2024, pa), 3)
    out.append(q(DR, "By how many percentage points did the Personal Auto loss ratio change "
                 "from 2024 to 2025?", f"It improved (declined) by {(l4 - l5) * 100:.1f} "
                 f"percentage points, from {l4 * 100:.1f}% to {l5 * 100:.1f}%.",
                 f"{l5 * 100:.1f} - {l4 * 100:.1f} = {(l5 - l4) * 100:.1f} points",
                 [(("mdna_seg_0", "Loss ratio"), f"{l5 * 100:.1f}"),
                  (("mdna_seg_0", "Loss ratio"), f"{l4 * 100:.1f}")]))
    etr = h.tax[2025] / h.pretax[2025]
    out.append(q(MG, "What was Halberstow's effective income tax rate in FY2025 based on the "
                 "income statement?", f"{etr * 100:.1f}%",
                 f"Income tax expense {m1(h.tax[2025])} / income before income taxes "
                 f"{m1(h.pretax[2025])} = {etr * 100:.2f}%",
                 [(("is", "Income tax expense"), m1(h.tax[2025])),
                  (("is", "Income before income taxes"), m1(h.pretax[2025]))]))
    fs = h.fm[2025] / h.inv_total[2025]
    out.append(q(NG, "At December 31, 2025, what percentage of Halberstow's total investments "
                 "was held in available-for-sale fixed maturities (balance sheet carrying "
                 "values)?", f"{fs * 100:.1f}%",
                 f"{m1(h.fm[2025])} / {m1(h.inv_total[2025])} = {fs * 100:.2f}%",
                 [(("bs", "fm"), m1(h.fm[2025])), (("bs", "Total investments"),
                                                    m1(h.inv_total[2025]))]))
    out.append(q(MG, "What was the net unrealized gain or loss on Halberstow's fixed maturity "
                 "portfolio at year-end 2025 (fair value versus amortized cost)?",
                 f"A net unrealized loss of {_mil(-h.unr[2025])}",
                 f"Fair value {m1(h.fm[2025])} - amortized cost {m1(h.fm_ac[2025])} = "
                 f"{m1(h.unr[2025])}",
                 [(("n2_fm2025", "Total fixed maturities"), m1(h.fm[2025])),
                  (("n2_fm2025", "Total fixed maturities"), m1(h.fm_ac[2025]))]))
    out.append(q(MG, "What was Halberstow's total comprehensive income for 2025?",
                 _mil(h.ci[2025]), f"Net income {m1(h.ni[2025])} + OCI {m1(h.oci[2025])} = "
                 f"{m1(h.ci[2025])}",
                 [(("ci", "Comprehensive income"), m1(h.ci[2025]))]))
    ap = h.repo[2025] / 10 * 1e6 / h.repo_sh[2025]
    out.append(q(NG, "What average price per share did Halberstow pay for the shares it "
                 "repurchased during 2025?", f"${ap:.2f}",
                 f"{m1(h.repo[2025])} million / {h.repo_sh[2025]:,} shares = ${ap:.2f}",
                 [("n11_shares", f"{h.repo_sh[2025]:,}"), ("n11_shares", m1(h.repo[2025]))]))
    out.append(q(MG, "What was Halberstow's core income (non-GAAP) in 2025?",
                 _mil(h.core_income(2025)),
                 "Reconciliation of net income to core income: net income less after-tax "
                 f"investment gains = {m1(h.core_income(2025))}",
                 [(("mdna_core", "Core income"), m1(h.core_income(2025)))]))
    out.append(q(MG, "What pre-tax book yield did Halberstow report on its fixed maturity "
                 "portfolio at year-end 2025, and how did it compare with a year earlier?",
                 f"{pct(h.book_yield[2025], 2)}, up from {pct(h.book_yield[2024], 2)} at "
                 "year-end 2024.", "Stated in the Investment Results section of MD&A.",
                 [("mdna_nii", pct(h.book_yield[2025], 2)),
                  ("mdna_nii", pct(h.book_yield[2024], 2))]))
    out.append(q(MG, "How much can Halberstow's insurance subsidiaries pay in ordinary "
                 "dividends in 2026 without prior regulatory approval?",
                 f"Approximately {_mil(h.div_capacity_2026)}",
                 "Stated in Note 9, Statutory Financial Information and Dividend Restrictions.",
                 [("n9_text", m1(h.div_capacity_2026))]))
    det = h.fm_detail[2025]
    big = max(det, key=lambda c: det[c]["fv"])
    out.append(q(NG, "Which asset class is the largest component of Halberstow's fixed "
                 "maturity portfolio by fair value at December 31, 2025?",
                 f"{big}, with a fair value of {_mil(det[big]['fv'])} out of "
                 f"{_mil(h.fm[2025])} in total fixed maturities.",
                 "Note 2 fixed maturities table, fair value column.",
                 [(("n2_fm2025", big), m1(det[big]["fv"])),
                  (("n2_fm2025", "Total fixed maturities"), m1(h.fm[2025]))]))
    e5, e4 = round(h.exp_ratio(2025), 3), round(h.exp_ratio(2024), 3)
    out.append(q(DR, "Did Halberstow's expense ratio improve in 2025 compared with 2024?",
                 f"Yes. The expense ratio improved to {e5 * 100:.1f}% from {e4 * 100:.1f}%, as "
                 "premium growth outpaced fixed underwriting costs and Personal Auto commission "
                 "rates declined slightly.",
                 "MD&A consolidated results discussion.",
                 [("mdna_ratios", f"{e5 * 100:.1f}%"), ("mdna_ratios", f"{e4 * 100:.1f}%")]))
    return out


def brannock_questions(m: Brannock) -> list[dict]:
    def q(*a):
        return _q(B_CO, B_DOC, *a)

    Q = m.q
    a, b = Q["Q2_25"], Q["Q2_24"]
    s5, _s4 = Q["H1_25"], Q["H1_24"]
    out = []

    def k_(v):
        return f"${th(v)} thousand"

    out.append(q(MG, "What was Brannock Hearth's total revenue for the three months ended June "
                 "29, 2025?", k_(a["rev"]), f"Total revenue, Q2 2025 column: {th(a['rev'])}",
                 [(("is", "Total revenue"), th(a["rev"]))]))
    g = a["rev"] / b["rev"] - 1
    out.append(q(MG, "By what percentage did Brannock Hearth's total revenue grow in Q2 2025 "
                 "versus Q2 2024?", f"{g * 100:.1f}%",
                 f"({th(a['rev'])} - {th(b['rev'])}) / {th(b['rev'])} = {g * 100:.2f}%",
                 [(("is", "Total revenue"), th(a["rev"])), (("is", "Total revenue"),
                                                            th(b["rev"]))]))
    rl = m.rlop("Q2_25") / a["crs"]
    out.append(q(DR, "Compute Brannock Hearth's restaurant-level operating margin for the second "
                 "quarter of fiscal 2025 from the income statement.", f"{rl * 100:.1f}%",
                 f"({th(a['crs'])} - {th(a['food'])} - {th(a['labor'])} - {th(a['occ'])}) / "
                 f"{th(a['crs'])} = {th(m.rlop('Q2_25'))} / {th(a['crs'])} = {rl * 100:.2f}%",
                 [(("is", "Company restaurant sales"), th(a["crs"])),
                  (("is", "Food and packaging"), th(a["food"])),
                  (("is", "Labor and related expenses"), th(a["labor"])),
                  (("is", "Occupancy and other operating expenses"), th(a["occ"]))]))
    out.append(q(DR, "What were Brannock Hearth's same-store sales growth in Q2 2025?",
                 f"Comparable restaurant sales increased {pct(m.comp['Q2_25'])}, from a "
                 f"{pct(m.traffic['Q2_25'])} increase in transactions and a "
                 f"{pct(m.comp['Q2_25'] - m.traffic['Q2_25'])} increase in average check.",
                 "Stated in the Second Quarter 2025 Highlights in MD&A.",
                 [("md_high", pct(m.comp["Q2_25"]))]))
    om = s5["ifo"] / s5["rev"]
    out.append(q(DR, "What was Brannock Hearth's operating margin for the first six months of "
                 "fiscal 2025?", f"{om * 100:.1f}%",
                 f"Income from operations {th(s5['ifo'])} / total revenue {th(s5['rev'])} = "
                 f"{om * 100:.2f}%",
                 [(("is", "Income from operations"), th(s5["ifo"])),
                  (("is", "Total revenue"), th(s5["rev"]))]))
    eg = m.eps_d["H1_25"] / m.eps_d["H1_24"] - 1
    out.append(q(MG, "What was diluted EPS for the six months ended June 29, 2025, and what was "
                 "the growth over the same period of 2024?",
                 f"${ps(m.eps_d['H1_25'])}, up {eg * 100:.1f}% from ${ps(m.eps_d['H1_24'])}",
                 f"{ps(m.eps_d['H1_25'])} / {ps(m.eps_d['H1_24'])} - 1 = {eg * 100:.2f}%",
                 [(("is", "EPS diluted"), ps(m.eps_d["H1_25"])),
                  (("is", "EPS diluted"), ps(m.eps_d["H1_24"]))]))
    out.append(q(MG, "What net income did Brannock Hearth report for Q2 FY2025?", k_(a["ni"]),
                 f"Net income, three months ended June 29, 2025: {th(a['ni'])}",
                 [(("is", "Net income"), th(a["ni"]))]))
    f5, f4 = a["food"] / a["crs"], b["food"] / b["crs"]
    out.append(q(NG, "Food and packaging costs as a percentage of company restaurant sales: what "
                 "were they in Q2 2025 and Q2 2024, and what was the change in percentage "
                 "points?", f"{f5 * 100:.1f}% in Q2 2025 vs {f4 * 100:.1f}% in Q2 2024, a "
                 f"decrease of {(f4 - f5) * 100:.1f} percentage points.",
                 f"{th(a['food'])} / {th(a['crs'])} = {f5 * 100:.2f}%; {th(b['food'])} / "
                 f"{th(b['crs'])} = {f4 * 100:.2f}%",
                 [(("is", "Food and packaging"), th(a["food"])),
                  (("is", "Food and packaging"), th(b["food"])),
                  (("is", "Company restaurant sales"), th(a["crs"])),
                  (("is", "Company restaurant sales"), th(b["crs"]))]))
    out.append(q(MG, "What was Brannock Hearth's adjusted EBITDA for the six months ended June "
                 "29, 2025?", k_(m.adj_ebitda("H1_25")),
                 "Reconciliation of net income to adjusted EBITDA, six months 2025 column.",
                 [(("md_ebitda", "ebitda"), th(m.adj_ebitda("H1_25")))]))
    c = m.cf["H1_25"]
    capex = -c["inv"]["Purchases of property and equipment"]
    out.append(q(NG, "Calculate Brannock Hearth's free cash flow for the first half of 2025, "
                 "defined as cash from operations minus purchases of property and equipment.",
                 k_(c["cfo"] - capex), f"{th(c['cfo'])} - {th(capex)} = {th(c['cfo'] - capex)}",
                 [(("cf", "cfo"), th(c["cfo"])),
                  (("cf", "Purchases of property and equipment"), th(-capex))]))
    cj, cd = m.bs["cash"]["J25"], m.bs["cash"]["D24"]
    out.append(q(MG, "How much cash and cash equivalents did Brannock Hearth hold at June 29, "
                 "2025, and how much did the balance change since December 29, 2024?",
                 f"{k_(cj)}, a decrease of {k_(cd - cj)} from {k_(cd)}",
                 f"{th(cj)} - {th(cd)} = {th(cj - cd)}",
                 [(("bs", "Cash and cash equivalents"), th(cj)),
                  (("bs", "Cash and cash equivalents"), th(cd))]))
    t = m.tot["J25"]
    cr = t["ca"] / t["cl"]
    out.append(q(DR, "What was Brannock Hearth's current ratio as of June 29, 2025? Round to two "
                 "decimal places.", f"{cr:.2f}",
                 f"Total current assets {th(t['ca'])} / total current liabilities {th(t['cl'])}"
                 f" = {cr:.3f}",
                 [(("bs", "Total current assets"), th(t["ca"])),
                  (("bs", "Total current liabilities"), th(t["cl"]))]))
    debt = m.bs["debt_c"]["J25"] + m.bs["debt_lt"]["J25"]
    out.append(q(NG, "What was Brannock Hearth's net debt (total debt including the current "
                 "portion, less cash and cash equivalents) at June 29, 2025? Exclude lease "
                 "liabilities.", k_(debt - cj),
                 f"{th(m.bs['debt_c']['J25'])} + {th(m.bs['debt_lt']['J25'])} - {th(cj)} = "
                 f"{th(debt - cj)}",
                 [(("bs", "Current portion of long-term debt"), th(m.bs["debt_c"]["J25"])),
                  (("bs", "Long-term debt, net of current portion"), th(m.bs["debt_lt"]["J25"])),
                  (("bs", "Cash and cash equivalents"), th(cj))]))
    c2, f2 = m.units["end_q2"]
    out.append(q(MG, "How many restaurants were in the Brannock Hearth system at the end of Q2 "
                 "2025, and how many were company-operated?",
                 f"{c2 + f2} restaurants, of which {c2} were company-operated and {f2} "
                 "franchised.", "Restaurant development table, end of period row.",
                 [(("md_units", "End of period (June 29, 2025)"), str(c2 + f2)),
                  (("md_units", "End of period (June 29, 2025)"), str(c2))]))
    etr = a["tax"] / a["pretax"]
    out.append(q(MG, "What was Brannock Hearth's effective income tax rate for the three months "
                 "ended June 29, 2025?", f"{etr * 100:.1f}%",
                 f"Provision {th(a['tax'])} / pretax income {th(a['pretax'])}; also stated in "
                 "Note 6.", [("n6", pct(etr))]))
    fs = s5["fr"] / s5["rev"]
    out.append(q(NG, "What share of Brannock Hearth's total revenue in the first six months of "
                 "2025 came from franchise royalties and fees?", f"{fs * 100:.2f}%",
                 f"{th(s5['fr'])} / {th(s5['rev'])} = {fs * 100:.3f}%",
                 [(("is", "Franchise royalties and fees"), th(s5["fr"])),
                  (("is", "Total revenue"), th(s5["rev"]))]))
    sw = a["crs"] + m.fr_sales["Q2_25"]
    out.append(q(MG, "What were Brannock Hearth's system-wide sales in Q2 2025, and how much of "
                 "that came from franchised restaurants?",
                 f"{k_(sw)} of system-wide sales, including {k_(m.fr_sales['Q2_25'])} of "
                 "franchised restaurant sales.", "Stated in the Key Performance Indicators "
                 "section of MD&A.",
                 [("md_auv", th(sw)), ("md_auv", th(m.fr_sales["Q2_25"]))]))
    lines = {"Food and packaging": "food", "Labor and related expenses": "labor",
             "Occupancy and other operating expenses": "occ"}
    chg = {n: round(a[k] / a["crs"], 3) - round(b[k] / b["crs"], 3) for n, k in lines.items()}
    best = min(chg, key=chg.get)
    out.append(q(NG, "Which restaurant operating cost line improved the most as a percentage of "
                 "company restaurant sales in Q2 2025 compared with Q2 2024?",
                 f"{best}: {pct(round(b[lines[best]] / b['crs'], 3))} to "
                 f"{pct(round(a[lines[best]] / a['crs'], 3))}, an improvement of "
                 f"{-chg[best] * 100:.1f} percentage points.",
                 "Results as a percentage of revenue table: " + "; ".join(
                     f"{n} {-v * 100:.1f} pts" for n, v in chg.items()),
                 [(("md_pct", n), pct(a[k] / a["crs"])) for n, k in lines.items()]
                 + [(("md_pct", n), pct(b[k] / b["crs"])) for n, k in lines.items()]))
    out.append(q(MG, "What was Brannock Hearth's average unit volume (AUV) for comparable "
                 "company restaurants for the trailing twelve months ended June 29, 2025?",
                 f"${m.auv:.2f} million", "Stated in the Key Performance Indicators section.",
                 [("md_auv", f"{m.auv:.2f}")]))
    ic = s5["ifo"] / s5["int"]
    out.append(q(DR, "Using the income statement, what was Brannock Hearth's interest coverage "
                 "ratio (income from operations / interest expense, net) for the six months "
                 "ended June 29, 2025?", f"{ic:.1f}x",
                 f"{th(s5['ifo'])} / {th(s5['int'])} = {ic:.2f}x",
                 [(("is", "Income from operations"), th(s5["ifo"])),
                  (("is", "Interest expense, net"), th(s5["int"]))]))
    return out


def all_questions() -> list[dict]:
    qs = halberstow_questions(Halberstow()) + brannock_questions(Brannock())
    for i, q in enumerate(qs, 1):
        q["financebench_id"] = f"blind3_{i:03d}"
    return qs
