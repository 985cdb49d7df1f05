"""Builds the 50 blind questions from model values. Every figure comes from the models."""

from fractions import Fraction as F

import build_am as BQ
import build_semi as BK
from kit import num, pct, plain, rnd

IS_K = "CONSOLIDATED STATEMENTS OF OPERATIONS"
BS_K = "CONSOLIDATED BALANCE SHEETS"
CF_K = "CONSOLIDATED STATEMENTS OF CASH FLOWS"
IS_Q = "Condensed Consolidated Statements of Income"
BS_Q = "Condensed Consolidated Balance Sheets"
CF_Q = "Condensed Consolidated Statements of Cash Flows"


def mm(x, dec=0):
    return f"${plain(x, dec)} million" if x >= 0 else f"-${plain(-x, dec)} million"


def bnp(x):
    return f"${plain(F(x, 10), 1)} billion" if x >= 0 else f"-${plain(F(-x, 10), 1)} billion"


def bn(x):
    return num(F(x, 10), 1)


def chg(a, b, dec=1):
    r = F(a - b, b)
    return ("+" if r >= 0 else "") + pct(r, dec, paren=False)


def bps(r):
    v = rnd(r * 10000)
    return f"{'+' if v >= 0 else '-'}{abs(v)} bps"


def pp(r, dec=1):
    v = rnd(r * 100, dec)
    return f"{'+' if v >= 0 else '-'}{plain(abs(v), dec)} percentage points"


def Q(doc, qtype, question, answer, just, needles):
    return dict(doc=doc, qtype=qtype, question=question, answer=answer, justification=just, needles=needles)


def semi_questions(m):
    D = BK.DOC_NAME
    cf = m.cf
    b1 = m.b["FY25"]
    n = num
    qs = []
    r25, r24 = m.rev["FY25"], m.rev["FY24"]
    qs.append(
        Q(
            D,
            "metrics-generated",
            "What total revenue did Tessaline Semiconductor report for fiscal 2025 (the year ended January 31, "
            "2026) on its consolidated statement of operations?",
            f"{mm(r25)}",
            "Revenue line of the consolidated statements of operations, fiscal 2025 column.",
            [(n(r25), [IS_K])],
        )
    )
    qs.append(
        Q(
            D,
            "metrics-generated",
            "By what percentage did Tessaline's revenue grow year over year in FY2025 versus FY2024?",
            f"{chg(r25, r24)} ({mm(r25)} vs. {mm(r24)})",
            "(FY25 revenue - FY24 revenue) / FY24 revenue from the statement of operations.",
            [(n(r25), [IS_K]), (n(r24), [IS_K])],
        )
    )
    g25, g24 = F(m.gp["FY25"], r25), F(m.gp["FY24"], r24)
    qs.append(
        Q(
            D,
            "novel-generated",
            "What was Tessaline's GAAP gross margin in fiscal 2025, and how many basis points did it move "
            "compared with fiscal 2024?",
            f"{pct(g25, 2)} in FY2025 vs. {pct(g24, 2)} in FY2024, an improvement of about {bps(g25 - g24)[1:]}",
            "Gross profit / revenue for each year from the statement of operations; difference in bps.",
            [(n(m.gp["FY25"]), [IS_K]), (n(m.gp["FY24"]), [IS_K]), (n(r25), [IS_K])],
        )
    )
    dc = m.rev_em["Data center"]["FY25"]
    qs.append(
        Q(
            D,
            "novel-generated",
            "Which end market generated the most revenue for Tessaline in fiscal 2025, and what share of total "
            "revenue did it represent?",
            f"Data center, with {mm(dc)}, or {pct(F(dc, r25))} of total revenue of {mm(r25)}",
            "Revenue by End Market table in MD&A: largest end market divided by total revenue.",
            [(n(dc), ["Revenue by End Market", "=Data center"]), (n(r25), ["Revenue by End Market", "=Total revenue"])],
        )
    )
    dec = min(m.endmk, key=lambda e: F(m.rev_em[e]["FY25"] - m.rev_em[e]["FY24"], m.rev_em[e]["FY24"]))
    qs.append(
        Q(
            D,
            "novel-generated",
            "Which of Tessaline's end markets had the steepest year-over-year revenue decline in fiscal 2025, and "
            "by how much in percentage terms?",
            f"{dec}: revenue fell from {mm(m.rev_em[dec]['FY24'])} to {mm(m.rev_em[dec]['FY25'])}, a decline of "
            f"{pct(F(m.rev_em[dec]['FY24'] - m.rev_em[dec]['FY25'], m.rev_em[dec]['FY24']))}",
            "Compare the FY25 vs FY24 % change column of the Revenue by End Market table.",
            [
                (n(m.rev_em[dec]["FY25"]), ["Revenue by End Market", "=" + dec]),
                (n(m.rev_em[dec]["FY24"]), ["Revenue by End Market", "=" + dec]),
            ],
        )
    )
    tw = m.rev_geo["Taiwan"]
    qs.append(
        Q(
            D,
            "metrics-generated",
            "How much revenue did Tessaline ship to Taiwan in FY25, and what was the YoY growth rate?",
            f"{mm(tw['FY25'])}, up {chg(tw['FY25'], tw['FY24'])[1:]} from {mm(tw['FY24'])} in FY24",
            "Revenue by Geographic Area table (ship-to basis).",
            [
                (n(tw["FY25"]), ["Revenue by Geographic Area", "=Taiwan"]),
                (n(tw["FY24"]), ["Revenue by Geographic Area", "=Taiwan"]),
            ],
        )
    )
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was Tessaline's R&D intensity (research and development expense as a percentage of revenue) "
            "in fiscal 2025?",
            f"{pct(F(m.rd['FY25'], r25))} ({mm(m.rd['FY25'])} / {mm(r25)})",
            "R&D expense divided by revenue from the statement of operations.",
            [(n(m.rd["FY25"]), [IS_K]), (n(r25), [IS_K])],
        )
    )
    qs.append(
        Q(
            D,
            "metrics-generated",
            "What were total operating expenses in fiscal 2025, and how much did opex increase in dollars versus "
            "fiscal 2024?",
            f"{mm(m.opex['FY25'])}, an increase of {mm(m.opex['FY25'] - m.opex['FY24'])} from {mm(m.opex['FY24'])}",
            "Total operating expenses line of the statement of operations for both years.",
            [
                (n(m.opex["FY25"]), [IS_K, "Total operating expenses"]),
                (n(m.opex["FY24"]), [IS_K, "Total operating expenses"]),
            ],
        )
    )
    o25, o24 = F(m.opinc["FY25"], r25), F(m.opinc["FY24"], r24)
    qs.append(
        Q(
            D,
            "metrics-generated",
            "Calculate Tessaline's GAAP operating margin for FY2025 and the change in percentage points from FY2024.",
            f"{pct(o25)} in FY2025 vs. {pct(o24)} in FY2024, {pp(o25 - o24)}",
            "Operating income / revenue for each year from the statement of operations.",
            [(n(m.opinc["FY25"]), [IS_K]), (n(m.opinc["FY24"]), [IS_K]), (n(r25), [IS_K])],
        )
    )
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was Tessaline's effective tax rate for fiscal 2025?",
            f"{pct(m.etr['FY25'])} (provision of {mm(m.tax['FY25'])} on pre-tax income of {mm(m.pretax['FY25'])})",
            "Provision for income taxes / income before income taxes from the statement of operations.",
            [(n(m.tax["FY25"]), [IS_K]), (n(m.pretax["FY25"]), [IS_K])],
        )
    )
    u = m.utb_k.end
    qs.append(
        Q(
            D,
            "novel-generated",
            "What was the balance of gross unrecognized tax benefits at the end of fiscal 2025?",
            f"${plain(u)} thousand (about {mm(rnd(F(u, 1000), 1), 1)})",
            "Unrecognized Tax Benefits roll-forward in the income taxes note (in thousands).",
            [(n(u), ["Unrecognized Tax Benefits"])],
        )
    )
    rec = "Reconciliation of GAAP to Non-GAAP Measures"
    qs.append(
        Q(
            D,
            "novel-generated",
            "What were Tessaline's GAAP and non-GAAP diluted EPS for fiscal 2025, and how large was the gap "
            "between them?",
            f"GAAP diluted EPS ${plain(m.eps_d['FY25'], 2)}; non-GAAP diluted EPS ${plain(m.ng_eps['FY25'], 2)}; "
            f"difference ${plain(m.ng_eps['FY25'] - m.eps_d['FY25'], 2)} per share",
            "Diluted EPS lines of the GAAP to non-GAAP reconciliation table in MD&A.",
            [(n(m.eps_d["FY25"], 2), [rec]), (n(m.ng_eps["FY25"], 2), [rec])],
        )
    )
    ngm = F(m.ng_opinc["FY25"], r25)
    qs.append(
        Q(
            D,
            "domain-relevant",
            "Excluding SBC and amortization of acquired intangibles, what operating margin did Tessaline earn in FY25?",
            f"{pct(ngm)} (non-GAAP operating income of {mm(m.ng_opinc['FY25'])} on revenue of {mm(r25)})",
            "Non-GAAP operating income and margin from the reconciliation table in MD&A.",
            [(n(m.ng_opinc["FY25"]), [rec]), (pct(ngm), [rec])],
        )
    )
    sb = "Stock-Based Compensation by Line Item"
    qs.append(
        Q(
            D,
            "domain-relevant",
            "How much total SBC did Tessaline record in fiscal 2025, and what portion was charged to research "
            "and development?",
            f"Total SBC {mm(m.sbc['FY25'])}, of which {mm(m.sbc_rd['FY25'])} "
            f"({pct(F(m.sbc_rd['FY25'], m.sbc['FY25']))}) was in R&D",
            "Stock-based compensation by line item table in the notes.",
            [(n(m.sbc["FY25"]), [sb, "=Total stock-based"]), (n(m.sbc_rd["FY25"]), [sb, "=Research and development"])],
        )
    )
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was Tessaline's current ratio as of January 31, 2026?",
            f"{plain(rnd(F(b1.cur_a, b1.cur_l), 2), 2)}x (current assets {mm(b1.cur_a)} / current liabilities "
            f"{mm(b1.cur_l)})",
            "Total current assets divided by total current liabilities from the balance sheet.",
            [(n(b1.cur_a), [BS_K]), (n(b1.cur_l), [BS_K])],
        )
    )
    dio = F(b1.inv * 365, m.cogs["FY25"])
    qs.append(
        Q(
            D,
            "domain-relevant",
            "Using year-end inventory and a 365-day year, what were Tessaline's days inventory outstanding for "
            "fiscal 2025 (based on cost of revenue)?",
            f"About {plain(rnd(dio, 1), 1)} days (inventory {mm(b1.inv)} / cost of revenue {mm(m.cogs['FY25'])} x 365)",
            "Inventories from the balance sheet and cost of revenue from the statement of operations.",
            [(n(b1.inv), [BS_K]), (n(m.cogs["FY25"]), [IS_K])],
        )
    )
    liq = b1.cash + b1.sti
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was Tessaline's net debt (or net cash) position at fiscal 2025 year-end, using the balance "
            "sheet carrying amount of long-term debt less cash, cash equivalents and short-term investments?",
            f"Net cash of {mm(liq - b1.ltd)} (cash and short-term investments {mm(liq)} vs. long-term debt "
            f"{mm(b1.ltd)})",
            "Long-term debt minus cash and cash equivalents and short-term investments from the balance sheet.",
            [(n(b1.cash), [BS_K]), (n(b1.sti), [BS_K]), (n(b1.ltd), [BS_K])],
        )
    )
    dv = -cf.dividends["FY25"]
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was Tessaline's dividend payout ratio for fiscal 2025, measured as cash dividends paid over "
            "net income?",
            f"{pct(F(dv, m.ni['FY25']))} ({mm(dv)} / {mm(m.ni['FY25'])})",
            "Dividends paid from the cash flow statement divided by net income from the statement of operations.",
            [(n(cf.dividends["FY25"]), [CF_K]), (n(m.ni["FY25"]), [IS_K])],
        )
    )
    qs.append(
        Q(
            D,
            "metrics-generated",
            "Compute Tessaline's fiscal 2025 free cash flow as net cash provided by operating activities minus "
            "purchases of property and equipment.",
            f"{mm(m.fcf['FY25'])} ({mm(cf.cfo['FY25'])} - {mm(-cf.capex['FY25'])})",
            "Operating cash flow less capital expenditures from the statement of cash flows.",
            [(n(cf.cfo["FY25"]), [CF_K]), (n(cf.capex["FY25"]), [CF_K])],
        )
    )
    cr25 = -cf.repo["FY25"] - cf.dividends["FY25"]
    cr24 = -cf.repo["FY24"] - cf.dividends["FY24"]
    qs.append(
        Q(
            D,
            "metrics-generated",
            "How much cash did Tessaline return to shareholders through buybacks and dividends in FY2025, and "
            "how did that compare with FY2024?",
            f"{mm(cr25)} in FY2025 vs. {mm(cr24)} in FY2024, an increase of {mm(cr25 - cr24)} ({chg(cr25, cr24)})",
            "Repurchases of common stock plus dividends paid, financing section of the cash flow statement.",
            [(n(cf.repo["FY25"]), [CF_K]), (n(cf.dividends["FY25"]), [CF_K]), (n(cf.repo["FY24"]), [CF_K])],
        )
    )
    ip = "Issuer purchases of equity securities"
    qs.append(
        Q(
            D,
            "novel-generated",
            "How many shares did Tessaline repurchase during the fourth quarter of fiscal 2025, and at what "
            "average price per share?",
            f"{plain(m.q4_shares)} shares at an average price of ${plain(F(m.q4_avg_px_c, 100), 2)} per share",
            "Total row of the fourth-quarter issuer purchases table in Item 5.",
            [(plain(m.q4_shares), [ip]), (plain(F(m.q4_avg_px_c, 100), 2), [ip])],
        )
    )
    remm = F(m.q4_remaining_c[-1], 10**8)
    qs.append(
        Q(
            D,
            "novel-generated",
            "Approximately how much remained available under Tessaline's share repurchase authorization at the "
            "end of fiscal 2025?",
            f"About {mm(rnd(remm, 1), 1)} of the ${plain(m.auth_total)} million authorization",
            "Last fiscal month of the Item 5 repurchase table and the stockholders' equity note.",
            [(plain(remm, 1), [ip]), (plain(remm, 1), ["remained available under the March 2024"])],
        )
    )
    w = m.co["Wafer purchase commitments"]
    qs.append(
        Q(
            D,
            "novel-generated",
            "What were Tessaline's total noncancellable wafer purchase commitments at the end of fiscal 2025, "
            "and how much of that is due in fiscal 2026?",
            f"{mm(w[0])} in total, of which {mm(w[1])} ({pct(F(w[1], w[0]))}) is due in fiscal 2026",
            "Contractual obligations table in MD&A and the commitments note.",
            [
                (n(w[0]), ["Contractual Obligations", "=Wafer purchase commitments"]),
                (n(w[1]), ["Contractual Obligations", "=Wafer purchase commitments"]),
                (n(w[0]), ["Commitments and Contingencies", "Purchase commitments"]),
            ],
        )
    )
    qs.append(
        Q(
            D,
            "novel-generated",
            "How much work-in-process inventory did Tessaline hold at January 31, 2026, and what share of total "
            "inventories was that?",
            f"{mm(m.inv_wip['FY25'])}, or {pct(F(m.inv_wip['FY25'], b1.inv))} of total inventories of {mm(b1.inv)}",
            "Inventories note: work in process divided by total inventories.",
            [
                (n(m.inv_wip["FY25"]), ["Note 4. Inventories", "=Work in process"]),
                (n(b1.inv), ["Note 4. Inventories", "=Total inventories"]),
            ],
        )
    )
    qs.append(
        Q(
            D,
            "novel-generated",
            "How much amortization expense for acquired intangible assets does Tessaline expect to recognize in "
            "fiscal 2027?",
            f"{mm(m.amort_sched['2027'])}",
            "Estimated future amortization schedule in the goodwill and intangibles note.",
            [(n(m.amort_sched["2027"]), ["Estimated future", "=Fiscal 2027"])],
        )
    )
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What percentage of Tessaline's total assets did goodwill represent at fiscal 2025 year-end?",
            f"{pct(F(b1.gw, b1.tot_a))} ({mm(b1.gw)} of {mm(b1.tot_a)})",
            "Goodwill divided by total assets from the balance sheet.",
            [(n(b1.gw), [BS_K]), (n(b1.tot_a), [BS_K])],
        )
    )
    big = max(m.notes, key=lambda t: t[2])
    qs.append(
        Q(
            D,
            "novel-generated",
            "Which of Tessaline's senior note issues has the largest principal amount, and what was its fair "
            "value at the end of fiscal 2025?",
            f"The {big[0]}: principal {mm(big[2])}, fair value {mm(big[4][0])}",
            "Senior notes table in the debt note.",
            [(n(big[4][0]), ["Senior Notes", "=" + big[0]])],
        )
    )
    lc = m.lease_cost_k["Operating lease cost"]["FY25"]
    qs.append(
        Q(
            D,
            "novel-generated",
            "What operating lease cost did Tessaline recognize in fiscal 2025?",
            f"${plain(lc)} thousand (approximately {mm(rnd(F(lc, 1000), 1), 1)})",
            "Lease cost table in the leases note (in thousands).",
            [(n(lc), ["Lease Cost", "=Operating lease cost"])],
        )
    )
    rd = m.rev_dist["FY25"]
    qs.append(
        Q(
            D,
            "novel-generated",
            "How much of Tessaline's fiscal 2025 revenue came through distributors, and what percentage of "
            "total revenue was that?",
            f"{mm(rd)}, or about {pct(F(rd, r25))} of total revenue",
            "Revenue by sales channel in the revenue note and the Business section discussion of distributors.",
            [(n(rd), ["Disaggregation of Revenue", "Distributors"]), (plain(rd), ["Sales through distributors were"])],
        )
    )
    da = cf.dep["FY25"] + m.amort["FY25"]
    qs.append(
        Q(
            D,
            "metrics-generated",
            "What was Tessaline's FY2025 EBITDA, defined as operating income plus depreciation and amortization "
            "as reported in the cash flow statement?",
            f"{mm(m.opinc['FY25'] + da)} (operating income {mm(m.opinc['FY25'])} + D&A {mm(da)})",
            "Operating income from the statement of operations plus depreciation and amortization from the "
            "cash flow statement.",
            [(n(m.opinc["FY25"]), [IS_K]), (n(da), [CF_K])],
        )
    )
    return qs


def am_questions(m):
    D = BQ.DOC_NAME
    cf = m.cf
    n = num
    b1 = m.b["Sep 30, 2025"]
    qs = []
    qs.append(
        Q(
            D,
            "metrics-generated",
            "What were Meridale Rowe's total revenues for the third quarter of 2025, and what was the "
            "year-over-year growth rate?",
            f"{mm(m.rev['Q3_25'])}, up {chg(m.rev['Q3_25'], m.rev['Q3_24'])[1:]} from {mm(m.rev['Q3_24'])} in Q3 2024",
            "Total revenues, three-month columns of the condensed statements of income.",
            [(n(m.rev["Q3_25"]), [IS_Q]), (n(m.rev["Q3_24"]), [IS_Q])],
        )
    )
    a, b = m.mgmt["9M_25"], m.mgmt["9M_24"]
    qs.append(
        Q(
            D,
            "metrics-generated",
            "How much did management fees change in the first nine months of 2025 compared with the same period "
            "of 2024, in dollars and percent?",
            f"Up {mm(a - b)} ({chg(a, b)}), from {mm(b)} to {mm(a)}",
            "Management fees, nine-month columns of the statements of income.",
            [(n(a), [IS_Q]), (n(b), [IS_Q])],
        )
    )
    qs.append(
        Q(
            D,
            "novel-generated",
            "Based on the quarterly and year-to-date columns, what management fees did Meridale Rowe earn in the "
            "first six months of 2025?",
            f"{mm(m.mgmt['H1_25'])} ({mm(m.mgmt['9M_25'])} for nine months less {mm(m.mgmt['Q3_25'])} in Q3)",
            "Nine-month management fees minus third-quarter management fees from the statements of income.",
            [(n(m.mgmt["9M_25"]), [IS_Q]), (n(m.mgmt["Q3_25"]), [IS_Q])],
        )
    )
    o25, o24 = m.opm["Q3_25"], m.opm["Q3_24"]
    qs.append(
        Q(
            D,
            "metrics-generated",
            "What was Meridale Rowe's GAAP operating margin in Q3 2025 and how much did it change in percentage "
            "points from Q3 2024?",
            f"{pct(o25)} vs. {pct(o24)}, {pp(o25 - o24)}",
            "Operating income / total revenues, three-month columns of the statements of income.",
            [(n(m.opinc["Q3_25"]), [IS_Q]), (n(m.opinc["Q3_24"]), [IS_Q]), (n(m.rev["Q3_25"]), [IS_Q])],
        )
    )
    rq = "Reconciliation of Adjusted Operating Income"
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What adjusted (non-GAAP) operating margin did Meridale Rowe report for the third quarter of 2025?",
            f"{pct(m.adj_opm['Q3_25'])} (adjusted operating income {mm(m.adj_oi['Q3_25'])} / adjusted net "
            f"revenues {mm(m.adj_rev['Q3_25'])})",
            "Non-GAAP reconciliation table in MD&A.",
            [(pct(m.adj_opm["Q3_25"]), [rq]), (n(m.adj_oi["Q3_25"]), [rq])],
        )
    )
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was Meridale Rowe's compensation ratio for the nine months ended September 30, 2025?",
            f"{pct(m.comp_ratio['9M_25'])} (compensation and benefits {mm(m.comp['9M_25'])} / total revenues "
            f"{mm(m.rev['9M_25'])})",
            "Compensation and benefits divided by total revenues, nine-month column.",
            [(n(m.comp["9M_25"]), [IS_Q]), (n(m.rev["9M_25"]), [IS_Q])],
        )
    )
    t9 = m.rf["9M_25"].tot
    rfk = "AUM Roll-Forward"
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was AUM at September 30, 2025, and by how much did it grow year-to-date from December 31, 2024?",
            f"{bnp(t9.end)}, up {bnp(t9.end - t9.beg)} ({chg(t9.end, t9.beg)}) from {bnp(t9.beg)}",
            "Beginning and ending AUM, nine-month column of the AUM roll-forward in MD&A.",
            [(bn(t9.end), [rfk, "=Ending AUM"]), (bn(t9.beg), [rfk, "=Beginning AUM"])],
        )
    )
    tq = m.rf["Q3_25"].tot
    qs.append(
        Q(
            D,
            "novel-generated",
            "In Q3 2025, what were Meridale Rowe's net flows and how much did market appreciation add to AUM?",
            f"Net flows of {bnp(tq.net)} and market appreciation of {bnp(tq.mkt)}",
            "Three-month 2025 column of the AUM roll-forward.",
            [(bn(tq.net), [rfk, "=Net flows"]), (bn(tq.mkt), [rfk, "=Market appreciation"])],
        )
    )
    f25, f24 = m.fee_rate["Q3_25"], m.fee_rate["Q3_24"]
    ks = "Key Operating Statistics"
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was the effective management fee rate in bps for Q3 2025, and how did it change versus Q3 2024?",
            f"{plain(f25, 1)} bps vs. {plain(f24, 1)} bps, a decline of {plain(f24 - f25, 1)} bps",
            "Key operating statistics table (annualized management fees / average AUM).",
            [(plain(f25, 1), [ks]), (plain(f24, 1), [ks])],
        )
    )
    pt = m.aum_pt["Sep 30, 2025"]
    tot = sum(pt.values())
    top = max(CLS_ORDER(), key=lambda c: pt[c])
    qs.append(
        Q(
            D,
            "novel-generated",
            "Which asset class accounted for the largest share of AUM at September 30, 2025, and what was that share?",
            f"{top}: {bnp(pt[top])}, or {pct(F(pt[top], tot))} of total AUM of {bnp(tot)}",
            "AUM by asset class table in MD&A.",
            [(bn(pt[top]), ["AUM by Asset Class", "=" + top]), (bn(tot), ["AUM by Asset Class", "=Total AUM"])],
        )
    )
    byc = m.rf["9M_25"].byc
    best = max(CLS_ORDER(), key=lambda c: byc[c].net)
    qs.append(
        Q(
            D,
            "novel-generated",
            "Which asset class recorded the largest net inflows over the first nine months of 2025, and how "
            "much were they?",
            f"{best}, with net inflows of {bnp(byc[best].net)} (gross inflows {bnp(byc[best].inf)}, outflows "
            f"{bnp(-byc[best].out)})",
            "Nine-month 2025 column of the AUM roll-forward by asset class.",
            [
                (bn(byc[best].inf), [">" + best + " Beginning AUM", "=Gross inflows"]),
                (bn(byc[best].net), [">" + best + " Beginning AUM", "=Net flows"]),
            ],
        )
    )
    e25, e24 = m.eps_d["Q3_25"], m.eps_d["Q3_24"]
    qs.append(
        Q(
            D,
            "metrics-generated",
            "What was diluted EPS for Q3 2025 and what was the YoY percentage increase?",
            f"${plain(e25, 2)} vs. ${plain(e24, 2)}, an increase of {chg(e25, e24)[1:]}",
            "Diluted EPS, three-month columns of the statements of income.",
            [(n(e25, 2), [IS_Q]), (n(e24, 2), [IS_Q])],
        )
    )
    nci = m.ni_nci
    qs.append(
        Q(
            D,
            "novel-generated",
            "How much net income was attributable to noncontrolling interests in the first half of 2025, "
            "implied by the nine-month and third-quarter figures?",
            f"{mm(nci['9M_25'] - nci['Q3_25'])} ({mm(nci['9M_25'])} for nine months less {mm(nci['Q3_25'])} in Q3)",
            "Nine-month minus three-month net income attributable to noncontrolling interests.",
            [
                (n(nci["9M_25"]), [IS_Q, "=Less: net income attributable to noncontrolling"]),
                (n(nci["Q3_25"]), [IS_Q, "=Less: net income attributable to noncontrolling"]),
            ],
        )
    )
    a, b = cf.cfo["9M_25"], cf.cfo["9M_24"]
    qs.append(
        Q(
            D,
            "metrics-generated",
            "What was net cash provided by operating activities for 9M 2025, and how did it compare with 9M 2024?",
            f"{mm(a)} vs. {mm(b)}, a change of {'+' if a >= b else '-'}{mm(abs(a - b))} ({chg(a, b)})",
            "Statements of cash flows, nine months.",
            [(n(a), [CF_Q]), (n(b), [CF_Q])],
        )
    )
    iq = "Issuer Purchases of Equity Securities"
    qs.append(
        Q(
            D,
            "novel-generated",
            "How many shares did Meridale Rowe buy back in the third quarter of 2025 and at what average price?",
            f"{plain(m.q3_shares)} shares at an average of ${plain(F(m.q3_avg_c, 100), 2)} per share",
            "Total row of the issuer purchases table in Part II, Item 2.",
            [(plain(m.q3_shares), [iq]), (plain(F(m.q3_avg_c, 100), 2), [iq])],
        )
    )
    clo = m.inv_k["Sep 30, 2025"]["CLO equity tranches"]
    qs.append(
        Q(
            D,
            "novel-generated",
            "What was the carrying value of Meridale Rowe's CLO equity tranche investments at September 30, 2025?",
            f"${plain(clo)} thousand (about {mm(rnd(F(clo, 1000), 1), 1)})",
            "Investments note (in thousands).",
            [(n(clo), ["Investments", "=CLO equity tranches"])],
        )
    )
    qs.append(
        Q(
            D,
            "domain-relevant",
            "What was Meridale Rowe's net cash position at September 30, 2025, defined as cash and cash "
            "equivalents minus the carrying amount of long-term debt?",
            f"Net cash of {mm(b1.cash - b1.ltd)} (cash {mm(b1.cash)} less debt {mm(b1.ltd)})",
            "Cash and cash equivalents and long-term debt from the condensed balance sheet.",
            [(n(b1.cash), [BS_Q, "=Cash and cash equivalents"]), (n(b1.ltd), [BS_Q, "=Long-term debt"])],
        )
    )
    ins = m.rev_inst["9M_25"]
    qs.append(
        Q(
            D,
            "novel-generated",
            "How much revenue did the institutional channel generate in the nine months ended September 30, 2025, "
            "and what share of total revenues was that?",
            f"{mm(ins)}, or {pct(F(ins, m.rev['9M_25']))} of total revenues",
            "Revenues by distribution channel in the revenues note.",
            [(n(ins), ["Disaggregation of Revenues", "=Institutional"])],
        )
    )
    qs.append(
        Q(
            D,
            "metrics-generated",
            "What was the foreign exchange impact on AUM over the nine months ended September 30, 2025?",
            f"{'+' if t9.fx >= 0 else ''}{bnp(t9.fx)} (a positive translation effect)"
            if t9.fx >= 0
            else f"{bnp(t9.fx)}",
            "Foreign exchange line, nine-month 2025 column of the AUM roll-forward.",
            [(bn(t9.fx), [rfk, "=Foreign exchange"])],
        )
    )
    dv = -cf.div["9M_25"]
    qs.append(
        Q(
            D,
            "novel-generated",
            "What dividend per share did Meridale Rowe declare for Q3 2025, and how much cash did it pay out in "
            "dividends in the first nine months of 2025?",
            f"${plain(m.dps['Q3_25'], 2)} per share in Q3 2025; {mm(dv)} of dividends paid in the nine months",
            "Dividends declared per share from the statements of income; dividends paid from the cash flow statement.",
            [
                (n(m.dps["Q3_25"], 2), [IS_Q, "=Dividends declared per share"]),
                (n(cf.div["9M_25"]), [CF_Q, "=Dividends paid"]),
            ],
        )
    )
    return qs


def CLS_ORDER():
    from model_am import CLS

    return CLS


def all_questions(ms, ma):
    return semi_questions(ms), am_questions(ma)
