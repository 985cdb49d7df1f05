"""Builds the 50 evaluation questions from model values and the page anchors recorded while laying out the PDFs.

Nothing here is typed by hand: every answer is computed from the models, every evidence line and page comes from
the layout anchors, and every figure the checker must find on the evidence pages is formatted by the same helpers
that printed it (``_figures`` is internal and is not written to questions.jsonl).
"""

from __future__ import annotations

from fractions import Fraction as Fr

import build_airline as BA
import build_meddev as BQ
import model_airline as MA
import model_meddev as MQ
from kit import num, pct, plain, rnd, signed_pct

KCO = MA.NAME
QCO = MQ.NAME


def _ev(anchors: dict, doc: str, keys) -> list:
    out = []
    for k in keys:
        a = anchors[k]
        item = {"evidence_text": a["text"], "evidence_page_num": a["page"], "doc_name": doc}
        if item not in out:
            out.append(item)
    return out


class _Set:
    def __init__(self):
        self.items = []

    def add(self, doc, dtype, company, anchors, qtype, question, answer, justification, keys, figures):
        self.items.append(
            {
                "company": company,
                "doc_name": doc,
                "question_type": qtype,
                "question": question,
                "answer": answer,
                "justification": justification,
                "evidence": _ev(anchors, doc, keys),
                "doc_period": 2025,
                "doc_type": dtype,
                "_figures": [f.lstrip("$") for f in figures],
            }
        )


def _k(v) -> str:
    """Thousands, table style without parentheses (figure search string)."""
    return num(abs(v))


def _kans(v) -> str:
    return f"${plain(v)} thousand"


def _m(v) -> str:
    """Tenths of a million -> printed figure (no parentheses)."""
    return num(Fr(abs(v), 10), 1)


def _mans(v) -> str:
    return f"${plain(Fr(v, 10), 1)} million"


def _ratio(x) -> str:
    return f"{plain(x, 2)}x"


def _bp(x) -> str:
    return plain(rnd(x * 10_000, 0))


def airline(s: _Set, m, anchors: dict) -> None:
    doc, dt = BA.DOC_NAME, "10k"

    def add(qtype, question, answer, justification, keys, figures):
        s.add(doc, dt, KCO, anchors, qtype, question, answer, justification, keys, figures)

    i5, i4 = m.inc[2025], m.inc[2024]
    r5, r4 = m.rev[2025], m.rev[2024]
    b5, b4 = m.bal[2025], m.bal[2024]
    st = m.stats

    add(
        "metrics-generated",
        "What were Larkspur Air Group's total operating revenues for fiscal year 2025, as reported on its "
        "consolidated statement of operations? Give the figure in thousands of US dollars.",
        _kans(i5["revenue"]),
        f"Statement of operations, FY2025 total operating revenues = {_k(i5['revenue'])} (in thousands).",
        ["is_revenue"],
        [_k(i5["revenue"])],
    )

    g = Fr(r5["passenger"], r4["passenger"]) - 1
    add(
        "novel-generated",
        "By what percentage did Larkspur Air Group's passenger revenue grow YoY from fiscal 2024 to fiscal 2025? "
        "Round to one decimal place.",
        pct(g, table=False),
        f"Passenger revenue {_k(r5['passenger'])} / {_k(r4['passenger'])} - 1 = {plain(g * 100, 3)}% "
        f"-> {pct(g, table=False)}.",
        ["is_rpassenger"],
        [_k(r5["passenger"]), _k(r4["passenger"])],
    )

    dm = i5["op_margin"] - i4["op_margin"]
    add(
        "domain-relevant",
        "Using operating income and total operating revenues from Larkspur Air Group's statement of operations, "
        "how many basis points did the operating margin change from 2024 to 2025? Compute both margins unrounded "
        "and round the change to the nearest basis point.",
        f"{_bp(dm)} basis points (increase)",
        f"2025 margin {_k(i5['op_income'])}/{_k(i5['revenue'])} = {plain(i5['op_margin'] * 100, 3)}%; 2024 margin "
        f"{_k(i4['op_income'])}/{_k(i4['revenue'])} = {plain(i4['op_margin'] * 100, 3)}%; change "
        f"{plain(dm * 10_000, 1)} bp -> {_bp(dm)} bp.",
        ["is_opinc", "is_revenue"],
        [_k(i5["op_income"]), _k(i5["revenue"]), _k(i4["op_income"]), _k(i4["revenue"])],
    )

    lf = st[2025]["lf"]
    add(
        "domain-relevant",
        "Compute Larkspur Air's 2025 passenger load factor from the revenue passenger miles and available seat "
        "miles reported in its selected operating statistics. Express as a percentage with one decimal.",
        pct(lf, table=False),
        f"RPMs {plain(MA.RPM[2025])} million / ASMs {plain(MA.ASM[2025])} million = {plain(lf * 100, 3)}% "
        f"-> {pct(lf, table=False)}.",
        ["st_rpm", "st_asm"],
        [plain(MA.RPM[2025]), plain(MA.ASM[2025])],
    )

    cx = st[2025]["casm_ex"]
    add(
        "metrics-generated",
        "What was Larkspur Air's CASM excluding fuel and special items for 2025, in cents, as reported in its "
        "operating statistics?",
        f"{num(cx, 2)} cents",
        f"Selected operating statistics: CASM excluding fuel and special items 2025 = {num(cx, 2)} cents "
        f"(({_k(i5['opex'])} - {_k(i5['fuel'])} - {_k(i5['special'])}) / {plain(MA.ASM[2025])} million ASMs).",
        ["st_casmex"],
        [num(cx, 2)],
    )

    fp = st[2024]["fuel_price"]
    add(
        "domain-relevant",
        "Based on aircraft fuel expense in Larkspur Air Group's statement of operations and the fuel gallons "
        "consumed shown in its operating statistics, what was the average fuel cost per gallon in FY2024? Round "
        "to the nearest cent.",
        f"${num(fp, 2)} per gallon",
        f"FY2024 fuel expense {_k(i4['fuel'])} thousand / {_k(MA.GALLONS[2024])} thousand gallons = "
        f"${plain(fp, 4)} -> ${num(fp, 2)}.",
        ["is_fuel", "st_gal"],
        [_k(i4["fuel"]), _k(MA.GALLONS[2024])],
    )

    y23 = st[2023]["yield"]
    add(
        "domain-relevant",
        "What was Larkspur Air's passenger yield in 2023, in cents per revenue passenger mile, computed from "
        "passenger revenue on the statement of operations and RPMs in the operating statistics? Round to two "
        "decimals.",
        f"{num(y23, 2)} cents",
        f"2023 passenger revenue {_k(m.rev[2023]['passenger'])} thousand / {plain(MA.RPM[2023])} million RPMs = "
        f"{plain(y23, 4)} cents -> {num(y23, 2)} cents.",
        ["is_rpassenger", "st_rpm"],
        [_k(m.rev[2023]["passenger"]), plain(MA.RPM[2023])],
    )

    ac = m.contract["aircraft"]
    add(
        "novel-generated",
        "According to the commitments note, what are Larkspur Air Group's aircraft purchase commitments scheduled "
        "for 2026 and 2027 combined, in thousands of dollars?",
        _kans(ac[2026] + ac[2027]),
        f"Aircraft purchase commitments 2026 {_k(ac[2026])} + 2027 {_k(ac[2027])} = {_k(ac[2026] + ac[2027])}.",
        ["ac_2026", "ac_2027"],
        [_k(ac[2026]), _k(ac[2027])],
    )

    rv = m.revolver
    add(
        "metrics-generated",
        "How much was available for borrowing under Larkspur Air Group's revolving credit facility at December 31, "
        "2025?",
        f"${plain(Fr(rv['available'], 1000), 1)} million",
        f"Liquidity discussion: {BA.mil(rv['size'])} facility less {BA.mil(rv['lc'])} letters of credit, no "
        f"borrowings -> {BA.mil(rv['available'])} available.",
        ["k_revolver"],
        [plain(Fr(rv["available"], 1000), 1)],
    )

    liq = m.liquidity
    add(
        "novel-generated",
        "Define total liquidity as cash and cash equivalents plus short-term investments plus undrawn revolving "
        "credit facility availability. What was Larkspur Air Group's total liquidity at December 31, 2025, in "
        "millions of dollars (one decimal)?",
        f"${plain(Fr(liq, 1000), 1)} million",
        f"Cash {_k(b5['cash'])} + short-term investments {_k(b5['sti'])} (thousands) + revolver availability "
        f"{BA.mil(rv['available'])} = {plain(Fr(liq, 1000), 3)} million -> ${plain(Fr(liq, 1000), 1)} million.",
        ["bs_cash", "bs_sti", "k_revolver"],
        [_k(b5["cash"]), _k(b5["sti"]), plain(Fr(rv["available"], 1000), 1)],
    )

    cr = Fr(b5["current_assets"], b5["current_liab"])
    add(
        "metrics-generated",
        "What was Larkspur Air Group's current ratio at December 31, 2025? Round to two decimals.",
        _ratio(cr),
        f"Total current assets {_k(b5['current_assets'])} / total current liabilities {_k(b5['current_liab'])} = "
        f"{plain(cr, 4)} -> {_ratio(cr)}.",
        ["bs_current_assets", "bs_current_liab"],
        [_k(b5["current_assets"]), _k(b5["current_liab"])],
    )

    de = Fr(b5["debt_cur"] + b5["debt_lt"], b5["equity"])
    add(
        "novel-generated",
        "Calculate Larkspur Air Group's debt-to-equity ratio at year-end 2025, defined as (current maturities of "
        "long-term debt + long-term debt, net of current maturities) divided by total stockholders' equity. Round "
        "to two decimals.",
        _ratio(de),
        f"({_k(b5['debt_cur'])} + {_k(b5['debt_lt'])}) / {_k(b5['equity'])} = {plain(de, 4)} -> {_ratio(de)}.",
        ["bs_debt_cur", "bs_debt_lt", "bs_equity"],
        [_k(b5["debt_cur"]), _k(b5["debt_lt"]), _k(b5["equity"])],
    )

    ic = Fr(i5["op_income"], i5["int_expense"])
    add(
        "novel-generated",
        "What was Larkspur Air Group's FY2025 interest coverage ratio, measured as operating income divided by "
        "interest expense? Round to two decimals.",
        _ratio(ic),
        f"Operating income {_k(i5['op_income'])} / interest expense {_k(i5['int_expense'])} = {plain(ic, 4)} "
        f"-> {_ratio(ic)}.",
        ["is_opinc", "is_intexp"],
        [_k(i5["op_income"]), _k(i5["int_expense"])],
    )

    c5 = m.cf[2025]
    fcf = c5["ocf"] + c5["capex"]
    add(
        "novel-generated",
        "What was Larkspur Air Group's free cash flow for FY2025, defined as OCF (net cash provided by operating "
        "activities) minus capex (the 'Capital expenditures, including aircraft' line, excluding pre-delivery "
        "deposits)? Answer in thousands.",
        _kans(fcf),
        f"OCF {_k(c5['ocf'])} - capex {_k(c5['capex'])} = {plain(fcf)} (thousands); the cash flow statement "
        "continues onto a second page.",
        ["cf_ocf", "cf_capex"],
        [_k(c5["ocf"]), _k(c5["capex"])],
    )

    at = m.atl_roll[2025]
    add(
        "metrics-generated",
        "In the air traffic liability roll-forward in the revenue recognition note, what amount of ticket and "
        "ancillary sales was added to the air traffic liability during 2025?",
        _kans(at["sales"]),
        f"ATL roll-forward 2025: beginning {_k(at['begin'])} + sales {_k(at['sales'])} - recognized "
        f"{_k(at['recognized'])} - refunds {_k(at['refunds'])} = ending {_k(at['end'])}.",
        ["atl_sales"],
        [_k(at["sales"])],
    )

    loy = b5["loy_cur"] + b5["loy_nc"]
    add(
        "novel-generated",
        "What was Larkspur Air Group's total loyalty program deferred revenue (current plus noncurrent) on the "
        "balance sheet at December 31, 2025, in thousands?",
        _kans(loy),
        f"Current {_k(b5['loy_cur'])} + noncurrent {_k(b5['loy_nc'])} = {_k(loy)}.",
        ["bs_loy_cur", "bs_loy_nc"],
        [_k(b5["loy_cur"]), _k(b5["loy_nc"])],
    )

    sh = Fr(m.lease_interest, m.lease_total_pay)
    add(
        "novel-generated",
        "In Larkspur Air Group's lease maturity table at December 31, 2025, what percentage of total undiscounted "
        "operating lease payments is imputed interest? Round to one decimal.",
        pct(sh, table=False),
        f"Imputed interest {_k(m.lease_interest)} / total lease payments {_k(m.lease_total_pay)} = "
        f"{plain(sh * 100, 3)}% -> {pct(sh, table=False)}.",
        ["lm_total", "lm_interest"],
        [_k(m.lease_interest), _k(m.lease_total_pay)],
    )

    add(
        "metrics-generated",
        "What principal amount of Larkspur Air Group's long-term debt is scheduled to mature in 2028, per the debt "
        "note?",
        _kans(m.maturities[2028]),
        f"Scheduled principal maturities table: 2028 = {_k(m.maturities[2028])} thousand.",
        ["mt_2028"],
        [_k(m.maturities[2028])],
    )

    add(
        "metrics-generated",
        "What was Larkspur Air Group's effective tax rate for fiscal 2025? Round to one decimal.",
        pct(i5["etr"], table=False),
        f"Provision {_k(i5['tax'])} / income before income taxes {_k(i5['pretax'])} = "
        f"{plain(i5['etr'] * 100, 3)}% -> {pct(i5['etr'], table=False)}.",
        ["is_pretax", "is_tax"],
        [_k(i5["tax"]), _k(i5["pretax"])],
    )

    dta = m.dt_parts[2025]["dta_total"]
    add(
        "metrics-generated",
        "What were Larkspur Air Group's total deferred tax assets at December 31, 2025, per the income taxes note?",
        _kans(dta),
        f"Components of deferred income taxes: total deferred tax assets 2025 = {_k(dta)} thousand.",
        ["dta_total"],
        [_k(dta)],
    )

    e5, e4 = i5["eps_diluted"], i4["eps_diluted"]
    ge = e5 / e4 - 1
    add(
        "novel-generated",
        "Based on reported diluted EPS, what was Larkspur Air Group's YoY percentage growth in diluted earnings per "
        "share from FY2024 to FY2025? Round to one decimal.",
        pct(ge, table=False),
        f"Diluted EPS ${num(e5, 2)} / ${num(e4, 2)} - 1 = {plain(ge * 100, 3)}% -> {pct(ge, table=False)}.",
        ["is_epsd"],
        [num(e5, 2), num(e4, 2)],
    )

    un = MA.UNRECOGNIZED_SBC
    add(
        "metrics-generated",
        "As of December 31, 2025, how much unrecognized compensation cost related to unvested restricted stock "
        "units did Larkspur Air Group report?",
        f"${plain(Fr(un, 1000), 1)} million",
        f"Stock-based compensation note: unrecognized RSU compensation cost {BA.mil(un)}, to be recognized over "
        f"{num(Fr(MA.UNRECOGNIZED_YEARS_TENTHS, 10), 1)} years.",
        ["k_unrec"],
        [plain(Fr(un, 1000), 1)],
    )

    add(
        "metrics-generated",
        "How many shares of common stock did Larkspur Air Group repurchase in total during the fourth quarter of "
        "2025 (October through December), per the issuer purchases table?",
        f"{plain(m.repo_q4_shares)} shares",
        "Issuer purchases table: "
        + " + ".join(plain(r["shares"]) for r in m.repo_q4)
        + f" = {plain(m.repo_q4_shares)} shares.",
        ["repo_total"],
        [plain(m.repo_q4_shares)],
    )

    am = m.adj_pretax_margin[2025]
    add(
        "metrics-generated",
        "What adjusted pre-tax margin (non-GAAP) did Larkspur Air Group report for 2025?",
        pct(am, table=False),
        f"Adjusted pre-tax income {_k(m.adj_pretax[2025])} / total operating revenues {_k(i5['revenue'])} = "
        f"{pct(am, table=False)} (as shown in the non-GAAP reconciliation).",
        ["ng_adjmargin"],
        [pct(am)],
    )

    da = Fr(i5["da"], i5["revenue"])
    add(
        "novel-generated",
        "What was Larkspur Air Group's D&A as a percentage of total operating revenues in FY25? Round to one decimal.",
        pct(da, table=False),
        f"Depreciation and amortization {_k(i5['da'])} / total operating revenues {_k(i5['revenue'])} = "
        f"{plain(da * 100, 3)}% -> {pct(da, table=False)}.",
        ["is_da", "is_revenue"],
        [_k(i5["da"]), _k(i5["revenue"])],
    )

    cs = Fr(r5["cargo"], i5["revenue"])
    add(
        "domain-relevant",
        "What share of Larkspur Air Group's total operating revenues in 2025 came from cargo? Round to one decimal.",
        pct(cs, table=False),
        f"Cargo {_k(r5['cargo'])} / total operating revenues {_k(i5['revenue'])} = {plain(cs * 100, 3)}% "
        f"-> {pct(cs, table=False)}.",
        ["is_rcargo", "is_revenue"],
        [_k(r5["cargo"]), _k(i5["revenue"])],
    )

    avg_eq = Fr(b5["equity"] + b4["equity"], 2)
    roe = Fr(i5["net_income"]) / avg_eq
    add(
        "novel-generated",
        "Compute Larkspur Air Group's 2025 return on average equity: net income divided by the average of total "
        "stockholders' equity at December 31, 2024 and December 31, 2025. Round to one decimal.",
        pct(roe, table=False),
        f"Net income {_k(i5['net_income'])} / average equity (({_k(b5['equity'])} + {_k(b4['equity'])}) / 2 = "
        f"{plain(avg_eq, 1)}) = {plain(roe * 100, 3)}% -> {pct(roe, table=False)}.",
        ["is_ni", "bs_equity"],
        [_k(i5["net_income"]), _k(b5["equity"]), _k(b4["equity"])],
    )

    gc = Fr(r5["cargo"], r4["cargo"]) - 1
    go = Fr(r5["other"], r4["other"]) - 1
    win, val = ("Cargo revenue", gc) if gc > go else ("Other revenue", go)
    add(
        "domain-relevant",
        "Between cargo revenue and other revenue, which grew faster in percentage terms from 2024 to 2025 at "
        "Larkspur Air Group, and what was its growth rate (one decimal)?",
        f"{win}, {signed_pct(val)}",
        f"Cargo {_k(r5['cargo'])}/{_k(r4['cargo'])} - 1 = {plain(gc * 100, 2)}%; other {_k(r5['other'])}/"
        f"{_k(r4['other'])} - 1 = {plain(go * 100, 2)}%.",
        ["is_rcargo", "is_rother"],
        [_k(r5["cargo"]), _k(r4["cargo"]), _k(r5["other"]), _k(r4["other"])],
    )

    fare = st[2025]["avg_fare"]
    add(
        "domain-relevant",
        "Using passenger revenue from the statement of operations and passengers enplaned from the operating "
        "statistics, what was Larkspur Air's average passenger fare (passenger revenue per passenger) in 2025? Round "
        "to the nearest cent.",
        f"${num(fare, 2)}",
        f"Passenger revenue {_k(r5['passenger'])} thousand / {plain(MA.PAX[2025])} thousand passengers = "
        f"${plain(fare, 4)} -> ${num(fare, 2)}.",
        ["is_rpassenger", "st_pax"],
        [_k(r5["passenger"]), plain(MA.PAX[2025])],
    )

    ls = Fr(m.fleet_leased, m.fleet_total)
    add(
        "domain-relevant",
        "What percentage of Larkspur Air's operating fleet at December 31, 2025 was leased rather than owned? Round "
        "to one decimal.",
        pct(ls, table=False),
        f"Leased aircraft {m.fleet_leased} / total fleet {m.fleet_total} = {plain(ls * 100, 3)}% "
        f"-> {pct(ls, table=False)}.",
        ["fleet_total"],
        [str(m.fleet_leased), str(m.fleet_total)],
    )


def meddev(s: _Set, m, anchors: dict) -> None:
    doc, dt = BQ.DOC_NAME, "10q"

    def add(qtype, question, answer, justification, keys, figures):
        s.add(doc, dt, QCO, anchors, qtype, question, answer, justification, keys, figures)

    i = m.inc
    q5, q4, h5, h4 = i["q2_25"], i["q2_24"], i["h1_25"], i["h1_24"]

    add(
        "metrics-generated",
        "What were Orvanta Medical Technologies' net sales for the three months ended June 30, 2025?",
        _mans(q5["sales"]),
        f"Condensed statement of operations, Q2 2025 net sales = {_m(q5['sales'])} (in millions).",
        ["is_sales"],
        [_m(q5["sales"])],
    )

    g = Fr(h5["sales"], h4["sales"]) - 1
    add(
        "novel-generated",
        "What was Orvanta's YoY net sales growth for the six months ended June 30, 2025 versus the same period of "
        "2024? Round to one decimal.",
        pct(g, table=False),
        f"Six-month net sales {_m(h5['sales'])} / {_m(h4['sales'])} - 1 = {plain(g * 100, 3)}% "
        f"-> {pct(g, table=False)}.",
        ["is_sales"],
        [_m(h5["sales"]), _m(h4["sales"])],
    )

    dg = q5["gm"] - q4["gm"]
    add(
        "domain-relevant",
        "Using gross profit and net sales from Orvanta's condensed statements of operations, by how many basis "
        "points did gross margin change in Q2 2025 versus Q2 2024? Compute the margins unrounded and round the change "
        "to the nearest basis point.",
        f"{_bp(dg)} basis points (increase)",
        f"Q2 2025 {_m(q5['gross'])}/{_m(q5['sales'])} = {plain(q5['gm'] * 100, 3)}%; Q2 2024 {_m(q4['gross'])}/"
        f"{_m(q4['sales'])} = {plain(q4['gm'] * 100, 3)}%; change {plain(dg * 10_000, 1)} bp -> {_bp(dg)} bp.",
        ["is_sales", "is_gross"],
        [_m(q5["gross"]), _m(q5["sales"]), _m(q4["gross"]), _m(q4["sales"])],
    )

    rd = Fr(h5["rnd"], h5["sales"])
    add(
        "novel-generated",
        "What was Orvanta's research and development expense as a percentage of net sales for the six months ended "
        "June 30, 2025? Round to one decimal.",
        pct(rd, table=False),
        f"R&D {_m(h5['rnd'])} / net sales {_m(h5['sales'])} = {plain(rd * 100, 3)}% -> {pct(rd, table=False)}.",
        ["is_rnd", "is_sales"],
        [_m(h5["rnd"]), _m(h5["sales"])],
    )

    nv = m.cc["q2_25"]["nv"]
    add(
        "metrics-generated",
        "What constant-currency sales growth did Orvanta report for its Neurovascular product line in the second "
        "quarter of 2025?",
        pct(nv["cc"], table=False),
        f"MD&A constant-currency table: Neurovascular Q2 2025 {_m(nv['cur'])} vs {_m(nv['prior'])}, reported "
        f"{pct(nv['reported'], table=False)}, FX {num(nv['fx_pts'], 1)} pts, constant currency "
        f"{pct(nv['cc'], table=False)}.",
        ["cc_q2_25_nv"],
        [pct(nv["cc"])],
    )

    sg = m.seg["q2_25"]
    mv, ms = sg["vascular"]["margin"], sg["surgical"]["margin"]
    win, val = ("Vascular Therapies", mv) if mv > ms else ("Surgical Technologies", ms)
    add(
        "domain-relevant",
        "Which of Orvanta's two reportable segments had the higher segment operating margin (segment operating "
        "income divided by segment net sales) in Q2 2025, and what was that margin (one decimal)?",
        f"{win}, {pct(val, table=False)}",
        f"Vascular {_m(sg['vascular']['oi'])}/{_m(sg['vascular']['sales'])} = {plain(mv * 100, 2)}%; Surgical "
        f"{_m(sg['surgical']['oi'])}/{_m(sg['surgical']['sales'])} = {plain(ms * 100, 2)}%.",
        ["sg_sales_vascular", "sg_sales_surgical", "sg_oi_vascular", "sg_oi_surgical"],
        [_m(sg["vascular"]["oi"]), _m(sg["vascular"]["sales"]), _m(sg["surgical"]["oi"]), _m(sg["surgical"]["sales"])],
    )

    s5 = m.sales["q2_25"]
    us = Fr(s5["geo_us"], s5["total"])
    add(
        "domain-relevant",
        "What share of Orvanta's total net sales in the quarter ended June 30, 2025 came from the United States? "
        "Round to one decimal.",
        pct(us, table=False),
        f"United States {_m(s5['geo_us'])} / total {_m(s5['total'])} = {plain(us * 100, 3)}% "
        f"-> {pct(us, table=False)}.",
        ["geo_us", "geo_total"],
        [_m(s5["geo_us"]), _m(s5["total"])],
    )

    q1 = h5["sales"] - q5["sales"]
    add(
        "novel-generated",
        "Using the three-month and six-month columns of Orvanta's statement of operations, what were net sales in "
        "the first quarter of 2025?",
        _mans(q1),
        f"Six months {_m(h5['sales'])} - three months {_m(q5['sales'])} = {_m(q1)} million.",
        ["is_sales"],
        [_m(h5["sales"]), _m(q5["sales"])],
    )

    fg = m.inv["j25"]["fg"]
    add(
        "metrics-generated",
        "What was Orvanta's finished goods inventory at June 30, 2025, per the inventories note?",
        _mans(fg),
        f"Inventories note: finished goods June 30, 2025 = {_m(fg)} million.",
        ["inv_fg"],
        [_m(fg)],
    )

    fx = sum(m.gw_fx_h1_25.values())
    add(
        "novel-generated",
        "What was the combined foreign currency translation adjustment to goodwill across both of Orvanta's segments "
        "during the six months ended June 30, 2025?",
        _mans(fx),
        f"Goodwill roll-forward: Vascular {_m(m.gw_fx_h1_25['vascular'])} + Surgical "
        f"{_m(m.gw_fx_h1_25['surgical'])} = {_m(fx)} million (increase).",
        ["gw_fx"],
        [_m(fx)],
    )

    fa = m.future_amort
    add(
        "novel-generated",
        "Based on Orvanta's estimated future amortization schedule, how much intangible asset amortization expense "
        "is expected for the remainder of 2025 and for 2026 combined?",
        _mans(fa["rest25"] + fa[2026]),
        f"Remainder of 2025 {_m(fa['rest25'])} + 2026 {_m(fa[2026])} = {_m(fa['rest25'] + fa[2026])} million.",
        ["fa_rest25", "fa_2026"],
        [_m(fa["rest25"]), _m(fa[2026])],
    )

    cn = m.conv_net["j25"]
    add(
        "metrics-generated",
        "What was the net carrying amount of Orvanta's 1.25% Convertible Senior Notes due 2029 at June 30, 2025?",
        _mans(cn),
        f"Debt note: principal {_m(MQ.CONV_PRINCIPAL)} less unamortized issuance costs {_m(m.issue_cost['j25'])} "
        f"= {_m(cn)} million.",
        ["dt_convnet"],
        [_m(cn)],
    )

    rp = m.reserve_roll["h1_25"]["payments"]
    add(
        "metrics-generated",
        "How much cash did Orvanta pay against its restructuring reserve during the six months ended June 30, 2025?",
        _mans(-rp),
        f"Restructuring reserve roll-forward, six months 2025: cash payments ({_m(rp)}) million.",
        ["rs_pay"],
        [_m(rp)],
    )

    wp = m.warranty_roll["h1_25"]["prov"]
    add(
        "metrics-generated",
        "What provisions for product warranties did Orvanta record in the first half of 2025?",
        _mans(wp),
        f"Product warranty liability roll-forward, six months 2025: provisions {_m(wp)} million.",
        ["wr_prov"],
        [_m(wp)],
    )

    add(
        "metrics-generated",
        "What was Orvanta's effective tax rate for Q2 2025? Round to one decimal.",
        pct(q5["etr"], table=False),
        f"Provision {_m(q5['tax'])} / income before income taxes {_m(q5['pretax'])} = "
        f"{plain(q5['etr'] * 100, 3)}% -> {pct(q5['etr'], table=False)}.",
        ["is_pretax", "is_tax"],
        [_m(q5["tax"]), _m(q5["pretax"])],
    )

    ad = MQ.ANTIDILUTIVE["q2_25"]
    add(
        "metrics-generated",
        "How many anti-dilutive stock awards were excluded from Orvanta's diluted share count for the three months "
        "ended June 30, 2025?",
        f"{_m(ad)} million shares",
        f"EPS note: anti-dilutive stock awards excluded, Q2 2025 = {_m(ad)} million.",
        ["eps_anti"],
        [_m(ad)],
    )

    ge = Fr(q5["ebitda_adj"], q4["ebitda_adj"]) - 1
    add(
        "novel-generated",
        "By what percentage did Orvanta's adjusted EBITDA grow YoY in Q2 2025? Round to one decimal.",
        pct(ge, table=False),
        f"Adjusted EBITDA {_m(q5['ebitda_adj'])} / {_m(q4['ebitda_adj'])} - 1 = {plain(ge * 100, 3)}% "
        f"-> {pct(ge, table=False)}.",
        ["eb_adj"],
        [_m(q5["ebitda_adj"]), _m(q4["ebitda_adj"])],
    )

    c = m.cf["h1_25"]
    f = c["ocf"] + c["capex"]
    add(
        "novel-generated",
        "What was Orvanta's free cash flow for the first six months of 2025, defined as OCF less capex (purchases of "
        "property, plant and equipment)?",
        _mans(f),
        f"OCF {_m(c['ocf'])} - capex {_m(c['capex'])} = {_m(f)} million.",
        ["cf_ocf", "cf_capex"],
        [_m(c["ocf"]), _m(c["capex"])],
    )

    b = m.bal["j25"]
    cr = Fr(b["current_assets"], b["current_liab"])
    add(
        "metrics-generated",
        "What was Orvanta's current ratio at June 30, 2025? Round to two decimals.",
        _ratio(cr),
        f"Total current assets {_m(b['current_assets'])} / total current liabilities {_m(b['current_liab'])} = "
        f"{plain(cr, 4)} -> {_ratio(cr)}; the balance sheet continues onto a second page.",
        ["bs_current_assets", "bs_current_liab"],
        [_m(b["current_assets"]), _m(b["current_liab"])],
    )

    add(
        "novel-generated",
        "Define liquidity as cash and cash equivalents plus the amount available under the revolving credit "
        "facility. What was Orvanta's liquidity at June 30, 2025?",
        _mans(m.liquidity),
        f"Cash {_m(b['cash'])} + revolver availability {_m(m.revolver_avail)} = {_m(m.liquidity)} million.",
        ["bs_cash", "k_revolver"],
        [_m(b["cash"]), _m(m.revolver_avail)],
    )


def build_all(ma, anchors_a: dict, mq, anchors_q: dict) -> list:
    s = _Set()
    airline(s, ma, anchors_a)
    meddev(s, mq, anchors_q)
    for n, q in enumerate(s.items, start=1):
        q["financebench_id"] = f"blind11_{n:03d}"
    keys = (
        "financebench_id",
        "company",
        "doc_name",
        "question_type",
        "question",
        "answer",
        "justification",
        "evidence",
        "doc_period",
        "doc_type",
        "_figures",
    )
    return [{k: q[k] for k in keys} for q in s.items]
