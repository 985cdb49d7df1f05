"""The 50 blind questions. Figures come from the models; evidence pages from the layout records."""

from fractions import Fraction as F

import model_briskwater as mb
import model_lanterne as ml
from fmt import money, num, pct, rnd, signed

BW = "BRISKWATER_2025_10K"
LN = "LANTERNE_2025Q3_10Q"
COMPANY = {BW: "Briskwater Petroleum", LN: "Lanterne Hospitality"}
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


def k(x):
    return f"${num(x)} thousand"


def bps(a, b):
    return rnd((F(a) - F(b)) * 10000)


def build(docs):
    """docs: {doc_name: (Doc, model)} -> list of (row dict, figure ids)."""
    out = []
    bw, m = docs[BW]
    ln, n = docs[LN]

    def add(doc, qtype, q, a, j, figs):
        out.append(
            (dict(company=COMPANY[doc], doc_name=doc, question_type=qtype, question=q, answer=a, justification=j), figs)
        )

    IS, BS, CF, P = m["IS"], m["BS"], m["CF"], m["prod"]
    i5, i4 = IS[2025], IS[2024]
    b5, b4 = BS[2025], BS[2024]
    # ---------------- Briskwater (30) ----------------
    add(
        BW,
        "metrics-generated",
        "What were Briskwater Petroleum's total revenues for fiscal year 2025, in "
        "thousands of US dollars, as shown on the consolidated statement of operations?",
        k(i5["revenue"]),
        f"Total revenues line, FY2025 column: {num(i5['revenue'])}.",
        ["is.revenue.2025"],
    )
    add(
        BW,
        "metrics-generated",
        "Briskwater FY2025 capex? (total capital expenditures, $ thousands)",
        k(m["capex"][("total", 2025)]["total"]),
        "MD&A capital expenditures by operating area table, total for 2025: "
        f"{num(m['capex'][('total', 2025)]['total'])}.",
        ["cx.total.2025"],
    )
    g = F(i5["revenue"], i4["revenue"]) - 1
    add(
        BW,
        "metrics-generated",
        "By what percentage did Briskwater's total revenues change from FY2024 to FY2025? Round to one decimal place.",
        pct(g),
        f"({num(i5['revenue'])} - {num(i4['revenue'])}) / {num(i4['revenue'])} = {pct(g, 3)}.",
        ["is.revenue.2025", "is.revenue.2024"],
    )
    om5 = F(i5["op_income"], i5["revenue"])
    add(
        BW,
        "metrics-generated",
        "What is Briskwater's FY2025 operating margin? Round to one decimal place.",
        pct(om5),
        f"Operating income / total revenues = {num(i5['op_income'])} / {num(i5['revenue'])} = {pct(om5, 3)}.",
        ["is.op_income.2025", "is.revenue.2025"],
    )
    om4 = F(i4["op_income"], i4["revenue"])
    add(
        BW,
        "novel-generated",
        "How many basis points did Briskwater's operating margin (operating income over "
        "total revenues) move between 2024 and 2025? Give a whole number and say whether it expanded or contracted.",
        f"{'Contracted' if om5 < om4 else 'Expanded'} by {abs(bps(om5, om4))} basis points "
        f"({pct(om4, 2)} to {pct(om5, 2)}).",
        f"2024: {num(i4['op_income'])}/{num(i4['revenue'])} = {pct(om4, 3)}; 2025: {num(i5['op_income'])}/"
        f"{num(i5['revenue'])} = {pct(om5, 3)}; difference x 10,000 = {bps(om5, om4)} bps.",
        ["is.op_income.2025", "is.revenue.2025", "is.op_income.2024", "is.revenue.2024"],
    )
    etr = F(i5["tax"], i5["pretax"])
    add(
        BW,
        "metrics-generated",
        "Effective tax rate for Briskwater in 2025 (income tax expense / income before income taxes)? One decimal.",
        pct(etr),
        f"{num(i5['tax'])} / {num(i5['pretax'])} = {pct(etr, 3)}.",
        ["is.tax.2025", "is.pretax.2025"],
    )
    cr = F(b5["tca"], b5["tcl"])
    add(
        BW,
        "metrics-generated",
        "Using the balance sheet, what was Briskwater's current ratio at December 31, "
        "2025? Round to two decimal places.",
        f"{num(cr, 2)}x",
        f"Total current assets {num(b5['tca'])} / total current liabilities {num(b5['tcl'])} = {num(cr, 4)}.",
        ["bs.tca.2025", "bs.tcl.2025"],
    )
    de = F(b5["ltd"], b5["te"])
    add(
        BW,
        "metrics-generated",
        "What was Briskwater's debt-to-equity ratio at year-end 2025, measured as long-term "
        "debt, net divided by total stockholders' equity? Two decimals.",
        f"{num(de, 2)}x",
        f"{num(b5['ltd'])} / {num(b5['te'])} = {num(de, 4)}.",
        ["bs.ltd.2025", "bs.te.2025"],
    )
    r = m["res"]["boe"]
    rrr = (r["extensions"] + r["revisions"]) / -r["production"]
    add(
        BW,
        "domain-relevant",
        "Calculate Briskwater's 2025 organic reserve replacement ratio, defined as "
        "extensions and discoveries plus revisions of previous estimates, divided by production, all in MBoe. "
        "Express as a percentage rounded to the nearest whole percent.",
        pct(rrr, 0),
        f"({num(r['extensions'])} + {num(r['revisions'])}) / {num(-r['production'])} = {pct(rrr, 2)}.",
        ["res1.rf.extensions", "res1.rf.revisions", "res1.rf.production"],
    )
    t5 = P[("total", 2025)]
    loe = F(i5["loe"]) / t5["boe"]
    add(
        BW,
        "domain-relevant",
        "What was Briskwater's LOE per Boe in 2025? Compute it from lease operating "
        "expense on the statement of operations and total production in MBoe, to the cent.",
        f"{money(loe)} per Boe",
        f"{num(i5['loe'])} thousand / {num(t5['boe'])} MBoe = {money(loe)} per Boe (matches the MD&A per-Boe table).",
        ["is.loe.2025", "prod.tot.boe.2025"],
    )
    add(
        BW,
        "metrics-generated",
        "What DD&A rate per Boe did Briskwater report for 2024?",
        f"{money(m['unit'][2024]['dda'])} per Boe",
        "MD&A selected operating costs table, per Boe section, depreciation, depletion and amortization, 2024 column.",
        ["unit.dda.2024"],
    )
    e5 = m["ebitdax"][2025]["total"]
    nd = m["debt"]["principal"] - b5["cash"]
    lev = F(nd, e5)
    add(
        BW,
        "novel-generated",
        "What is Briskwater's net debt to Adjusted EBITDAX at the end of 2025? Define net "
        "debt as total principal debt outstanding (from the debt note) less cash and cash equivalents, and use "
        "the company's reported 2025 Adjusted EBITDAX. Round to two decimals.",
        f"{num(lev, 2)}x",
        f"Net debt = {num(m['debt']['principal'])} - {num(b5['cash'])} = {num(nd)}; {num(nd)} / {num(e5)} = "
        f"{num(lev, 4)}x.",
        ["debt.principal.2025", "bs.cash.2025", "ebx.total.2025"],
    )
    c5 = CF[2025]
    inv = c5["capex_og"] + c5["leasehold"] + c5["other_ppe"]
    fcf = c5["cfo"] + inv
    add(
        BW,
        "metrics-generated",
        "Briskwater 2025 free cash flow, defined as net cash provided by operating "
        "activities minus additions to oil and gas properties, acquisitions of unproved leasehold and additions "
        "to other property and equipment ($ thousands)?",
        k(fcf),
        f"{num(c5['cfo'])} - {num(-c5['capex_og'])} - {num(-c5['leasehold'])} - {num(-c5['other_ppe'])} = {num(fcf)}.",
        ["cf.cfo.2025", "cf.capex_og.2025", "cf.leasehold.2025", "cf.other_ppe.2025"],
    )
    p5, p4 = rnd(m["price"][("oil", 2025)], 2), rnd(m["price"][("oil", 2024)], 2)
    add(
        BW,
        "metrics-generated",
        "What average realized oil price (excluding derivatives) did Briskwater get in "
        "2025, and how much did it change in percent versus 2024? Round the change to one decimal.",
        f"{money(p5)} per Bbl, a change of {pct(p5 / p4 - 1)} from {money(p4)} per Bbl.",
        f"Realized price table: {money(p5)} vs {money(p4)}; {money(p5)}/{money(p4)} - 1 = {pct(p5 / p4 - 1, 3)}.",
        ["price.oil.2025", "price.oil.2024"],
    )
    ow = F(t5["oil"]) / t5["boe"]
    add(
        BW,
        "novel-generated",
        "What share of Briskwater's total 2025 production, on a Boe basis, was oil? One decimal place.",
        pct(ow),
        f"Oil {num(t5['oil'])} MBbl / total {num(t5['boe'])} MBoe = {pct(ow, 3)}.",
        ["prod.tot.oil.2025", "prod.tot.boe.2025"],
    )
    ar = m["area_rev"]
    dab = sum(ar[(mb.AREAS[0], p, 2025)] for p in mb.PRODUCTS)
    sh = F(dab, i5["product_rev"])
    add(
        BW,
        "novel-generated",
        "According to the revenue disaggregation note, what percentage of Briskwater's "
        "2025 oil, NGL and natural gas revenues came from the Delmarre Basin? Round to one decimal.",
        pct(sh),
        f"Delmarre Basin total {num(dab)} / total {num(i5['product_rev'])} = {pct(sh, 3)}.",
        ["n2.tot.dab.2025", "n2.tot.tot.2025"],
    )
    a = m["aro"]
    acc = F(a["accretion"], a["begin"])
    add(
        BW,
        "metrics-generated",
        "In Briskwater's asset retirement obligation roll-forward, what was 2025 accretion "
        "as a percentage of the beginning-of-year obligation, and what was the ending balance? Percentage to one "
        "decimal.",
        f"Accretion was {pct(acc)} of the opening balance; the ending ARO was {k(a['end'])}.",
        f"{num(a['accretion'])} / {num(a['begin'])} = {pct(acc, 3)}; ending balance per Note 4 = {num(a['end'])}.",
        ["aro.accretion", "aro.begin", "aro.end"],
    )
    pdsh = r["pd"] / r["end"]
    add(
        BW,
        "domain-relevant",
        "What proportion of Briskwater's year-end 2025 total proved reserves (MBoe) was "
        "proved developed? Nearest tenth of a percent.",
        pct(pdsh),
        f"Proved developed {num(r['pd'])} MBoe / total proved {num(r['end'])} MBoe = {pct(pdsh, 3)}.",
        ["res1.pd.boe", "res1.end.boe"],
    )
    s5, s4 = m["SM"][2025]["sm"], m["SM"][2024]["sm"]
    add(
        BW,
        "metrics-generated",
        "How much did the standardized measure of discounted future net cash flows grow "
        "from 2024 to 2025, in dollars and percent (one decimal)?",
        f"Up {k(s5 - s4)}, or {pct(F(s5, s4) - 1)}.",
        f"{num(s5)} - {num(s4)} = {num(s5 - s4)}; {num(s5)}/{num(s4)} - 1 = {pct(F(s5, s4) - 1, 3)}.",
        ["sm.sm.2025", "sm.sm.2024"],
    )
    liq = b5["cash"] + m["debt"]["availability"]
    add(
        BW,
        "novel-generated",
        "What was Briskwater's total liquidity at December 31, 2025, counting cash and cash "
        "equivalents plus undrawn availability under the revolving credit facility after letters of credit?",
        k(liq),
        f"Cash {num(b5['cash'])} + availability {num(m['debt']['availability'])} (MD&A liquidity "
        f"discussion) = {num(liq)}.",
        ["bs.cash.2025", "p.avail"],
    )
    cov = F(i5["op_income"], mb.INTEREST[2025])
    add(
        BW,
        "metrics-generated",
        "Briskwater interest coverage 2025 = operating income / interest expense, net. Two decimals.",
        f"{num(cov, 2)}x",
        f"{num(i5['op_income'])} / {num(mb.INTEREST[2025])} = {num(cov, 4)}.",
        ["is.op_income.2025", "is.interest.2025"],
    )
    d5 = rnd(m["per_day"][("total", 2025)]["boe"])
    d4 = rnd(m["per_day"][("total", 2024)]["boe"])
    add(
        BW,
        "metrics-generated",
        "What was Briskwater's average daily production in Boe/d in 2025, and by what "
        "percent did it grow over 2024 (one decimal)?",
        f"{num(d5)} Boe/d, up {pct(F(d5, d4) - 1)}",
        f"Production table: {num(d5)} vs {num(d4)} Boe/d; {num(d5)}/{num(d4)} - 1 = {pct(F(d5, d4) - 1, 3)}.",
        ["pday.boe.2025", "pday.boe.2024"],
    )
    nd5 = b5["deriv_ca"] + b5["deriv_nca"] - b5["deriv_cl"] - b5["deriv_ncl"]
    nd4 = b4["deriv_ca"] + b4["deriv_nca"] - b4["deriv_cl"] - b4["deriv_ncl"]
    add(
        BW,
        "novel-generated",
        "From the derivative note, by how much did Briskwater's net derivative position "
        "improve during 2025 ($ thousands)?",
        k(nd5 - nd4),
        f"Net position moved from {num(nd4)} to {num(nd5)}: {signed(nd5)} - ({signed(nd4)}) = {num(nd5 - nd4)}.",
        ["n6.net.2025", "n6.net.2024"],
    )
    pay = F(-c5["dividends"], i5["ni"])
    add(
        BW,
        "metrics-generated",
        "What was Briskwater's 2025 dividend payout ratio, using dividends paid from the "
        "cash flow statement over net income? One decimal.",
        pct(pay),
        f"{num(-c5['dividends'])} / {num(i5['ni'])} = {pct(pay, 3)}.",
        ["cf.dividends.2025", "is.ni.2025"],
    )
    cx = m["capex"]
    dsh = F(cx[(mb.AREAS[0], 2025)]["total"], cx[("total", 2025)]["total"])
    add(
        BW,
        "novel-generated",
        "What fraction of Briskwater's 2025 capital expenditures went to the Delmarre Basin? "
        "Answer as a percentage with one decimal.",
        pct(dsh),
        f"{num(cx[(mb.AREAS[0], 2025)]['total'])} / {num(cx[('total', 2025)]['total'])} = {pct(dsh, 3)}.",
        ["cx.dab.total.2025", "cx.total.2025"],
    )
    dc = cx[(mb.AREAS[0], 2025)]["dc"] + cx[(mb.AREAS[1], 2025)]["dc"]
    nw = F(m["wells_total"][1], 10)
    add(
        BW,
        "domain-relevant",
        "Briskwater drilled and completed development wells in both areas in 2025. Dividing "
        "total drilling and completion capital by net wells drilled, what was the approximate D&C cost per net "
        "well? Give $ thousands rounded to the nearest thousand.",
        f"{k(rnd(dc / nw))} per net well",
        f"D&C capex {num(cx[(mb.AREAS[0], 2025)]['dc'])} + {num(cx[(mb.AREAS[1], 2025)]['dc'])} = {num(dc)}; net "
        f"wells {num(nw, 1)}; {num(dc)} / {num(nw, 1)} = {num(dc / nw, 1)}.",
        ["cx.dab.dc.2025", "cx.ors.dc.2025", "wells.total.n"],
    )
    roe = F(i5["ni"]) / (F(b5["te"] + b4["te"], 2))
    add(
        BW,
        "metrics-generated",
        "Return on average stockholders' equity for Briskwater in FY2025 (net income over "
        "the average of opening and closing total stockholders' equity), one decimal?",
        pct(roe),
        f"Average equity = ({num(b5['te'])} + {num(b4['te'])}) / 2 = {num(F(b5['te'] + b4['te'], 2), 1)}; "
        f"{num(i5['ni'])} / that = {pct(roe, 3)}.",
        ["is.ni.2025", "bs.te.2025", "bs.te.2024"],
    )
    rr = F(-inv, c5["cfo"])
    add(
        BW,
        "domain-relevant",
        "Was Briskwater's 2025 investment program funded from internally generated cash? "
        "Support the answer with a reinvestment rate: cash spent on additions to oil and gas properties, unproved "
        "leasehold and other property divided by operating cash flow, in percent with one decimal.",
        f"Yes. The reinvestment rate was {pct(rr)}, so operating cash flow covered all cash capital spending.",
        f"({num(-c5['capex_og'])} + {num(-c5['leasehold'])} + {num(-c5['other_ppe'])}) / {num(c5['cfo'])} = "
        f"{pct(rr, 3)}, below 100%.",
        ["cf.capex_og.2025", "cf.leasehold.2025", "cf.other_ppe.2025", "cf.cfo.2025"],
    )
    rp = r["end"] / t5["boe"]
    add(
        BW,
        "domain-relevant",
        "How many years would Briskwater's year-end 2025 proved reserves last at the 2025 "
        "production rate (reserves-to-production ratio)? One decimal.",
        f"{num(rp, 1)} years",
        f"{num(r['end'])} MBoe / {num(t5['boe'])} MBoe = {num(rp, 3)} years.",
        ["res1.end.boe", "prod.tot.boe.2025"],
    )
    cga = F(i5["ga"] - c5["sbc"]) / t5["boe"]
    add(
        BW,
        "novel-generated",
        "Excluding non-cash stock-based compensation, what was Briskwater's cash G&A per "
        "Boe in 2025? Use G&A from MD&A, stock-based compensation from the cash flow statement and total Boe "
        "production; answer to the cent.",
        f"{money(cga)} per Boe",
        f"({num(i5['ga'])} - {num(c5['sbc'])}) / {num(t5['boe'])} MBoe = {money(cga)}.",
        ["md.ga.2025", "cf.sbc.2025", "prod.tot.boe.2025"],
    )

    # ---------------- Lanterne (20) ----------------
    L, LB, LC, cp = n["IS"], n["BS"], n["CF"], n["comp"]
    q5, q4, n5, n4 = L["q25"], L["q24"], L["n25"], L["n24"]
    s9 = LB["sep25"]
    add(
        LN,
        "metrics-generated",
        "Lanterne Q3 2025 total revenues?",
        k(q5["revenue"]),
        f"Statement of operations, three months ended September 30, 2025: {num(q5['revenue'])}.",
        ["is.revenue.q25"],
    )
    h1 = n5["ni"] - q5["ni"]
    add(
        LN,
        "novel-generated",
        "What net income did Lanterne earn in the first half of 2025? The 10-Q only shows "
        "the third quarter and the nine months, so derive it.",
        k(h1),
        f"Nine months {num(n5['ni'])} - third quarter {num(q5['ni'])} = {num(h1)}.",
        ["is.ni.n25", "is.ni.q25"],
    )
    add(
        LN,
        "metrics-generated",
        "What was comparable-hotel RevPAR for Lanterne in the third quarter of 2025 and its year-over-year change?",
        f"{money(cp['q25']['revpar'])}, up {pct(cp['q25']['revpar_chg'])}",
        "Comparable hotel operating statistics table, three months ended September 30, 2025.",
        ["cs.revpar.q25", "cs.revpar_chg.q25"],
    )
    hm5, hm4 = F(q5["hotel_ebitda"], q5["owned_rev"]), F(q4["hotel_ebitda"], q4["owned_rev"])
    add(
        LN,
        "novel-generated",
        "Using the segment note, compute owned-hotel EBITDA margin (Hotel EBITDA divided by "
        "Owned Hotels revenue) for Q3 2025 and Q3 2024. By how many basis points did it change? Whole number.",
        f"{'+' if hm5 > hm4 else '-'}{abs(bps(hm5, hm4))} basis points ({pct(hm4, 2)} to {pct(hm5, 2)})",
        f"Q3 2025: {num(q5['hotel_ebitda'])}/{num(q5['owned_rev'])} = {pct(hm5, 3)}; Q3 2024: "
        f"{num(q4['hotel_ebitda'])}/{num(q4['owned_rev'])} = {pct(hm4, 3)}; difference = {bps(hm5, hm4)} bps.",
        ["seg.hotel_ebitda.q25", "seg.owned_rev.q25", "seg.hotel_ebitda.q24", "seg.owned_rev.q24"],
    )
    ag = F(n5["adj_ebitda"], n4["adj_ebitda"]) - 1
    add(
        LN,
        "metrics-generated",
        "Year-over-year growth in Lanterne's nine-month Adjusted EBITDA (2025 vs 2024), one decimal?",
        pct(ag),
        f"{num(n5['adj_ebitda'])} / {num(n4['adj_ebitda'])} - 1 = {pct(ag, 3)}.",
        ["adj.total.n25", "adj.total.n24"],
    )
    ndl = s9["principal"] - s9["cash"]
    ann = F(n5["adj_ebitda"] * 4, 3)
    lv = F(ndl) / ann
    add(
        LN,
        "domain-relevant",
        "Estimate Lanterne's leverage as net debt to annualized Adjusted EBITDA at "
        "September 30, 2025: net debt is total principal debt less unrestricted cash, and annualized Adjusted "
        "EBITDA is the nine-month figure multiplied by 4/3. Two decimals.",
        f"{num(lv, 2)}x",
        f"Net debt = {num(s9['principal'])} - {num(s9['cash'])} = {num(ndl)}; annualized = {num(n5['adj_ebitda'])} "
        f"x 4/3 = {num(ann, 1)}; ratio = {num(lv, 4)}.",
        ["debt.principal.sep25", "bs.cash.sep25", "adj.total.n25"],
    )
    lcr = F(s9["tca"], s9["tcl"])
    add(
        LN,
        "metrics-generated",
        "Current ratio for Lanterne as of September 30, 2025? Two decimals.",
        f"{num(lcr, 2)}x",
        f"{num(s9['tca'])} / {num(s9['tcl'])} = {num(lcr, 4)}.",
        ["bs.tca.sep25", "bs.tcl.sep25"],
    )
    fs = F(n5["fees"], n5["revenue"])
    add(
        LN,
        "novel-generated",
        "For the nine months ended September 30, 2025, what share of Lanterne's total "
        "revenues came from management and franchise fees? One decimal.",
        pct(fs),
        f"{num(n5['fees'])} / {num(n5['revenue'])} = {pct(fs, 3)}.",
        ["is.fees.n25", "is.revenue.n25"],
    )
    rs = F(q5["rooms"], q5["owned_rev"])
    add(
        LN,
        "metrics-generated",
        "Based on the revenue disaggregation note, rooms revenue was what percentage of "
        "owned hotel revenues in the third quarter of 2025? Round to one decimal place.",
        pct(rs),
        f"{num(q5['rooms'])} / {num(q5['owned_rev'])} = {pct(rs, 3)}.",
        ["n2.rooms.q25", "n2.owned_rev.q25"],
    )
    et4 = F(n4["tax"], n4["pretax"])
    add(
        LN,
        "metrics-generated",
        "What was Lanterne's effective tax rate for the nine months ended September 30, 2024? One decimal.",
        pct(et4),
        f"{num(n4['tax'])} / {num(n4['pretax'])} = {pct(et4, 3)}.",
        ["is.tax.n24", "is.pretax.n24"],
    )
    o5, o4 = F(q5["op_income"], q5["revenue"]), F(q4["op_income"], q4["revenue"])
    add(
        LN,
        "metrics-generated",
        "Change in Lanterne's operating margin, Q3 2025 versus Q3 2024, in basis points (whole number)?",
        f"{'+' if o5 > o4 else '-'}{abs(bps(o5, o4))} basis points ({pct(o4, 2)} to {pct(o5, 2)})",
        f"Q3 2025: {num(q5['op_income'])}/{num(q5['revenue'])} = {pct(o5, 3)}; Q3 2024: {num(q4['op_income'])}/"
        f"{num(q4['revenue'])} = {pct(o4, 3)}.",
        ["is.op_income.q25", "is.revenue.q25", "is.op_income.q24", "is.revenue.q24"],
    )
    avg = F(ml.BUYBACK_Q3[1], ml.BUYBACK_Q3[0])
    add(
        LN,
        "novel-generated",
        "What average price per share did Lanterne pay for the shares it repurchased in the "
        "third quarter of 2025? To the cent.",
        f"{money(avg)} per share",
        f"{num(ml.BUYBACK_Q3[1])} thousand / {num(ml.BUYBACK_Q3[0])} thousand shares = {money(avg)}.",
        ["n7.q3amt", "n7.q3sh"],
    )
    cn = n["counts"]["total"]
    add(
        LN,
        "metrics-generated",
        "How many hotels and rooms were in Lanterne's total system at September 30, 2025, "
        "and what was the net change in rooms during the first nine months of 2025?",
        f"{num(cn['end'][0])} hotels with {num(cn['end'][1])} rooms; net increase of "
        f"{num(cn['end'][1] - cn['begin'][1])} rooms.",
        f"Hotel and room count roll-forward: {num(cn['end'][1])} - {num(cn['begin'][1])} = "
        f"{num(cn['end'][1] - cn['begin'][1])}.",
        ["cnt.total.end.h", "cnt.total.end.r", "cnt.total.begin.r"],
    )
    fh = n5["fees"] - q5["fees"]
    add(
        LN,
        "novel-generated",
        "What were Lanterne's management and franchise fees for the six months ended June "
        "30, 2025, implied by the quarterly report?",
        k(fh),
        f"{num(n5['fees'])} (nine months) - {num(q5['fees'])} (three months) = {num(fh)}.",
        ["is.fees.n25", "is.fees.q25"],
    )
    add(
        LN,
        "metrics-generated",
        "By how many percentage points did comparable hotel occupancy change in Q3 2025 vs Q3 2024?",
        f"+{num(cp['q25']['occ_chg_pts'], 1)} percentage points ({pct(cp['q24']['occ'])} to {pct(cp['q25']['occ'])})",
        "Comparable hotel operating statistics table, occupancy row, three-month columns.",
        ["cs.occ.q25", "cs.occ.q24", "cs.occ_chg.q25"],
    )
    c9 = LC["n25"]
    lf = c9["cfo"] + c9["capex"]
    add(
        LN,
        "metrics-generated",
        "Lanterne free cash flow for the first nine months of 2025, i.e. operating cash "
        "flow less capital expenditures for property and equipment ($ thousands)?",
        k(lf),
        f"{num(c9['cfo'])} - {num(-c9['capex'])} = {num(lf)}.",
        ["cf.cfo.n25", "cf.capex.n25"],
    )
    tot_debt = s9["ltd"] + s9["term_current"]
    lde = F(tot_debt, s9["te"])
    add(
        LN,
        "metrics-generated",
        "What was Lanterne's debt-to-equity ratio at September 30, 2025, with debt "
        "defined as long-term debt, net plus the current portion of long-term debt? Two decimals.",
        f"{num(lde, 2)}x",
        f"({num(s9['ltd'])} + {num(s9['term_current'])}) / {num(s9['te'])} = {num(lde, 4)}.",
        ["bs.ltd.sep25", "bs.term_current.sep25", "bs.te.sep25"],
    )
    eg = n5["eps_diluted"] / n4["eps_diluted"] - 1
    add(
        LN,
        "metrics-generated",
        "Lanterne 9M 2025 diluted EPS and growth vs 9M 2024 (one decimal)?",
        f"{money(n5['eps_diluted'])}, up {pct(eg)} from {money(n4['eps_diluted'])}",
        f"{money(n5['eps_diluted'])} / {money(n4['eps_diluted'])} - 1 = {pct(eg, 3)}.",
        ["is.eps_diluted.n25", "is.eps_diluted.n24"],
    )
    le = n["lease"]
    ish = F(le["interest"], le["total"])
    add(
        LN,
        "domain-relevant",
        "Lanterne's ground leases are long-dated. What portion of the total undiscounted "
        "operating lease payments is imputed interest, and what does that suggest? Give the percentage to one "
        "decimal.",
        f"{pct(ish)} of undiscounted payments is imputed interest, indicating very long remaining "
        "lease terms with most payments due after 2029.",
        f"{num(le['interest'])} / {num(le['total'])} = {pct(ish, 3)}.",
        ["n5.interest", "n5.total"],
    )
    ret = -(c9["buyback"] + c9["dividends"])
    cov = F(lf, ret)
    add(
        LN,
        "domain-relevant",
        "Did Lanterne's free cash flow (operating cash flow less capital expenditures) cover "
        "its share repurchases plus dividends paid in the first nine months of 2025? Give the coverage ratio to "
        "two decimals.",
        f"{'Yes' if cov >= 1 else 'No'}; coverage of {num(cov, 2)}x",
        f"FCF {num(c9['cfo'])} - {num(-c9['capex'])} = {num(lf)}; returns {num(-c9['buyback'])} + "
        f"{num(-c9['dividends'])} = {num(ret)}; {num(lf)} / {num(ret)} = {num(cov, 4)}.",
        ["cf.cfo.n25", "cf.capex.n25", "cf.buyback.n25", "cf.dividends.n25"],
    )
    return out


def rows(docs):
    res = []
    for idx, (row, figs) in enumerate(build(docs), 1):
        doc = docs[row["doc_name"]][0]
        pages = sorted({doc.records[f][0] for f in figs})
        full = dict(financebench_id=f"blind7_{idx:03d}", **row, evidence_pages=pages)
        res.append(({key: full[key] for key in FIELDS}, figs))
    return res


def check_models():
    return mb.check() and ml.check()
