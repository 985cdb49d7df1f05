"""Questions for the Vellichor Systems Q3 2025 Form 10-Q.

Answers are computed from the model objects that print the tables; `figures`
lists printed strings that check_set.py looks for on the evidence pages.
"""
from layout import num, pct, money_m, dollars, question
from software_model import NOTES_PRINCIPAL, AUTH, SBC_SPLIT
from software import RPO, KPI

M, D, N = "metrics-generated", "domain-relevant", "novel-generated"


def spct(v, dec=1):
    return f"{v:.{dec}f}%"


def software_questions(f, d):
    m = f.m
    n3, n3p, n9, n9p = (m.per[p] for p in ("3M25", "3M24", "9M25", "9M24"))
    b, a = m.bs["2025Q3"], m.bs["2024Q4"]
    P = d.pages_for
    q = []

    # ---------------- metrics-generated ----------------
    q.append(question(
        M, "What percentage of Vellichor Systems' total revenue came from subscription revenue in the most recent "
        "quarter (Q3 2025)? Round to one decimal place.", spct(n3["sub"] / n3["rev"] * 100),
        f"{n3['sub']:,} / {n3['rev']:,}", P("s_is:rev_sub", "s_is:Total revenue"),
        [num(n3["sub"]), num(n3["rev"])]))
    q.append(question(
        M, "Using the cash flow statement, what was Vellichor's free cash flow for the nine months ended September "
        "30, 2025? Define free cash flow as net cash provided by operating activities minus purchases of property "
        "and equipment and capitalized internal-use software.", money_m(n9["fcf"]),
        f"{n9['s_op']:,} - {n9['capex']:,} - {n9['capsw']:,}",
        P("s_cf:Net cash provided by operating activities", "s_cf:cf:capex", "s_cf:cf:capsw"),
        [num(n9["s_op"]), num(n9["capex"]), num(n9["capsw"])]))
    q.append(question(
        M, "What was Vellichor's gross margin for the three months ended September 30, 2025? Round to one decimal "
        "place.", spct(n3["gp"] / n3["rev"] * 100), f"{n3['gp']:,} / {n3['rev']:,}",
        P("s_is:Gross profit", "s_is:Total revenue"), [num(n3["gp"]), num(n3["rev"])]))
    q.append(question(
        M, "What was Vellichor Systems' year-over-year total revenue growth in Q3 2025? Round to one decimal place.",
        spct((n3["rev"] / n3p["rev"] - 1) * 100), f"{n3['rev']:,} / {n3p['rev']:,} - 1",
        P("s_is:Total revenue"), [num(n3["rev"]), num(n3p["rev"])]))
    q.append(question(
        M, "Year-to-date through Q3 2025, what was Vellichor's SBC expense as a percentage of total revenue? Use the "
        "stock-based compensation figure from the cash flow statement and round to one decimal place.",
        spct(n9["sbc"] / n9["rev"] * 100), f"{n9['sbc']:,} / {n9['rev']:,}",
        P("s_cf:cf:sbc", "s_is:Total revenue"), [num(n9["sbc"]), num(n9["rev"])]))
    q.append(question(
        M, "What was Vellichor's current ratio as of September 30, 2025 (total current assets divided by total "
        "current liabilities)? Round to two decimal places.", f"{b['tca'] / b['tcl']:.2f}",
        f"{b['tca']:,} / {b['tcl']:,}", P("s_bs:Total current assets", "s_bs:Total current liabilities"),
        [num(b["tca"]), num(b["tcl"])]))
    dso = b["ar"] / n3["rev"] * 92
    q.append(question(
        M, "Calculate Vellichor's days sales outstanding at the end of Q3 2025 as accounts receivable, net at "
        "September 30, 2025 divided by total revenue for the three months ended September 30, 2025, multiplied by "
        "92 days. Round to one decimal place.", f"{dso:.1f} days", f"{b['ar']:,} / {n3['rev']:,} * 92",
        P("s_bs:ar", "s_is:Total revenue"), [num(b["ar"]), num(n3["rev"])]))
    q.append(question(
        M, "What was Vellichor's non-GAAP operating margin in the third quarter of fiscal 2025, as presented in the "
        "company's reconciliation?", pct(n3["ngom"]), f"{n3['ngoi']:,} / {n3['rev']:,}",
        P("s_ngoi:Non-GAAP operating margin", "s_ngoi:Non-GAAP income from operations"),
        [num(n3["ngoi"]), pct(n3["ngom"])]))
    dr_chg = b["dr"] - a["dr"]
    q.append(question(
        M, "By how much did Vellichor's total deferred revenue (current plus noncurrent) change between December 31, "
        "2024 and September 30, 2025?",
        f"{'Decreased' if dr_chg < 0 else 'Increased'} by {money_m(abs(dr_chg))}",
        f"({b['dr_cur']:,} + {b['dr_non']:,}) - ({a['dr_cur']:,} + {a['dr_non']:,})",
        P("s_bs:Deferred revenue, current", "s_bs:Deferred revenue, noncurrent"),
        [num(b["dr_cur"]), num(b["dr_non"]), num(a["dr_cur"]), num(a["dr_non"])]))
    net = b["cash"] + b["mkt"] - b["notes"]
    q.append(question(
        M, "What was Vellichor's net cash position at September 30, 2025, defined as cash and cash equivalents plus "
        "short-term marketable securities minus the net carrying amount of the convertible senior notes?",
        money_m(net), f"{b['cash']:,} + {b['mkt']:,} - {b['notes']:,}",
        P("s_bs:Cash and cash equivalents", "s_bs:Short-term marketable securities",
          "s_bs:Convertible senior notes, net"), [num(b["cash"]), num(b["mkt"]), num(b["notes"])]))
    q.append(question(
        M, "For the nine months ended September 30, 2025, what was Vellichor's R&D expense as a percentage of total "
        "revenue? Round to one decimal place.", spct(n9["rd"] / n9["rev"] * 100), f"{n9['rd']:,} / {n9['rev']:,}",
        P("s_is:Research and development", "s_is:Total revenue"), [num(n9["rd"]), num(n9["rev"])]))
    q.append(question(
        M, "What was Vellichor's diluted EPS for Q3 2025, and how does it compare with Q3 2024?",
        f"{dollars(n3['eps_d'])} in Q3 2025 versus {dollars(n3p['eps_d'])} (a net loss per share) in Q3 2024.",
        None, P("s_is:eps_d"), [f"{n3['eps_d']:.2f}", f"({abs(n3p['eps_d']):.2f})"]))

    # ---------------- domain-relevant ----------------
    cur = int(round(RPO["total"] * RPO["cur_share"]))
    q.append(question(
        D, "How large was Vellichor's RPO at the end of Q3 2025, and how much of it is expected to convert to revenue "
        "within the next twelve months?",
        f"RPO was {money_m(RPO['total'])}, of which about {RPO['cur_share'] * 100:.0f}% ({money_m(cur)}) is "
        "expected to be recognized over the next 12 months.", None, P("rpo"),
        [money_m(RPO["total"]), money_m(cur)]))
    dr = m.drroll["9M25"]
    q.append(question(
        D, "Based on the deferred revenue roll-forward, how much did Vellichor bill customers in the first nine months "
        "of 2025?", money_m(dr["bill"]), f"{dr['end']:,} - {dr['beg']:,} + {dr['rev']:,}",
        P("s_dr:Billings"), [num(dr["bill"])]))
    q.append(question(
        D, "How many shares did Vellichor repurchase in Q3 2025 and at what average price per share?",
        f"{f.rep['tot']:,} shares at an average price of {dollars(f.rep['avgp'])} per share.", None,
        P("s_rep:Total"), [f"{f.rep['tot']:,}", f"{f.rep['avgp']:.2f}"]))
    q.append(question(
        D, "How much capacity remained under Vellichor's share repurchase authorization at September 30, 2025?",
        money_m(f.rep["rem_table"]), f"{AUTH:,} - {n9['rep']:,}", P("s_rep", "rep_note"),
        [num(f.rep["rem_table"]), money_m(f.rep["rem"])]))
    om, omp = n9["oi"] / n9["rev"] * 100, n9p["oi"] / n9p["rev"] * 100
    q.append(question(
        D, "Did Vellichor's GAAP operating margin improve year-to-date in 2025 compared with the same period of 2024, "
        "and by how many percentage points?",
        f"Yes. GAAP operating margin improved by {om - omp:.1f} percentage points, from {spct(omp)} for the nine "
        f"months ended September 30, 2024 to {spct(om)} for the nine months ended September 30, 2025.",
        f"{n9['oi']:,} / {n9['rev']:,} vs {n9p['oi']:,} / {n9p['rev']:,}",
        P("s_is:Income (loss) from operations", "s_is:Total revenue"),
        [num(n9["oi"]), num(n9["rev"]), num(n9p["oi"]), num(n9p["rev"])]))
    q.append(question(
        D, "What restructuring did Vellichor undertake in 2025 and how much did it cost through the first nine "
        "months?",
        f"A February 2025 plan that cut about 6% of the workforce (about 140 employees) and consolidated the Denver "
        f"office; charges totaled {money_m(n9['restr'])} for the nine months ended September 30, 2025 "
        "(about $6.4 million severance and $1.9 million facility exit costs).", None,
        P("s_is:Restructuring", "restr_note"), [num(n9["restr"]), money_m(n9["restr"])]))
    psgm = (n3["ps"] - n3["c_ps"]) / n3["ps"] * 100
    q.append(question(
        D, "Was Vellichor's professional services business profitable at the gross level in Q3 2025? Compute the "
        "professional services gross margin.",
        f"No. Professional services gross margin was {spct(psgm)} (cost of {num(n3['c_ps'])} thousand against "
        f"revenue of {num(n3['ps'])} thousand).", f"({n3['ps']:,} - {n3['c_ps']:,}) / {n3['ps']:,}",
        P("s_is:rev_ps", "s_is:cor_ps"), [num(n3["ps"]), num(n3["c_ps"])]))

    # ---------------- novel-generated ----------------
    intl = n9["geo"][1] + n9["geo"][2]
    q.append(question(
        N, "What share of Vellichor's revenue for the nine months ended September 30, 2025 came from outside the "
        "United States? Round to one decimal place.", spct(intl / n9["rev"] * 100),
        f"({n9['geo'][1]:,} + {n9['geo'][2]:,}) / {n9['rev']:,}", P("s_geo"),
        [num(n9["geo"][1]), num(n9["geo"][2]), num(n9["rev"])]))
    q.append(question(
        N, "What dollar-based net retention rate did Vellichor report as of September 30, 2025, and how did it "
        "compare with a year earlier?",
        f"{KPI['nrr']}%, up from {KPI['nrr_prior']}% as of September 30, 2024.", None, P("kpi_nrr"),
        [f"{KPI['nrr']}%", f"{KPI['nrr_prior']}%"]))
    g = (KPI["cust100"] / KPI["cust100_prior"] - 1) * 100
    q.append(question(
        N, "How fast did Vellichor's count of customers with more than $100,000 in ARR grow year over year as of Q3 "
        "2025? Round to one decimal place.", spct(g), f"{KPI['cust100']:,} / {KPI['cust100_prior']:,} - 1",
        P("kpi_cust"), [f"{KPI['cust100']:,}", f"{KPI['cust100_prior']:,}"]))
    q.append(question(
        N, "What are the key terms of Vellichor's convertible notes (principal, coupon, maturity and conversion "
        "price)?",
        f"{money_m(NOTES_PRINCIPAL)} principal of 0.25% convertible senior notes due March 15, 2028, convertible at "
        "10.4375 shares per $1,000 principal, an initial conversion price of about $95.81 per share.", None,
        P("notes_text"), ["$400.0 million", "0.25%", "$95.81"]))
    smi = [lab for lab, _ in SBC_SPLIT].index("Sales and marketing")
    q.append(question(
        N, "How much stock-based compensation was recorded in sales and marketing year-to-date in fiscal 2025?",
        money_m(n9["sbc_parts"][smi]), f"Sales and marketing line of the SBC table, nine months 2025: "
        f"{n9['sbc_parts'][smi]:,}", P("s_sbc:Sales and marketing"), [num(n9["sbc_parts"][smi])]))
    q.append(question(
        N, "How much of Vellichor's revenue recognized in the nine months ended September 30, 2025 had been included "
        "in deferred revenue at the start of the year, and what share of the opening deferred revenue balance is "
        "that? Round the share to one decimal place.",
        f"{money_m(dr['from_beg'])}, or {spct(dr['from_beg'] / dr['beg'] * 100)} of the opening deferred revenue "
        f"balance of {money_m(dr['beg'])}.", f"{dr['from_beg']:,} / {dr['beg']:,}",
        P("dr_from_beg", "s_dr:Deferred revenue, beginning of period"),
        [money_m(dr["from_beg"]), num(dr["beg"])]))
    return q
