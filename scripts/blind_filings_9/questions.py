"""Builds every question and answer from model values.

Each question lists evidence specs: (anchor text that appears on the page, row label or None for
prose, printed figures). make_filings.py locates the pages with pypdf.
"""
from fractions import Fraction as F

import model_reit as RM
import model_utility as U
from kit import fmt, pct, pct_plain, plain, rnd

UM, RMM = U.M, RM.M


def ev(anchor, label, *figs):
    return {"anchor": anchor, "label": label, "figs": list(figs)}


def usd_m(x, d=0):
    return f"${plain(x, d)} million"


def usd_k(x, d=0):
    return ("-" if x < 0 else "") + f"${plain(abs(x), d)} thousand"


def p1(x):
    return pct_plain(x, 1)


def x2(x):
    return f"{plain(rnd(x, 2), 2)}x"


def utility_questions():
    IS, BS, CF = UM["IS"], UM["BS"], UM["CF"]
    co, doc = "Tessandra Energy Holdings", U.DOC
    ISA = "CONSOLIDATED STATEMENTS OF INCOME"
    BSA = "CONSOLIDATED BALANCE SHEETS"
    CFA = "CONSOLIDATED STATEMENTS OF CASH FLOWS"
    f = fmt
    Q = []

    def add(t, q, a, j, evs):
        Q.append(dict(company=co, doc=doc, type=t, q=q, a=a, j=j, ev=evs))

    rev, opinc, ni = IS["rev"], IS["opinc"], IS["ni"]
    add("metrics-generated",
        "What were Tessandra Energy Holdings' total operating revenues for fiscal year 2025, in USD millions, "
        "as shown on the consolidated statements of income?",
        f"{usd_m(rev[2025])} (as reported)",
        "Read directly from the Total operating revenues line of the FY2025 income statement.",
        [ev(ISA, "Total operating revenues", f(rev[2025]))])
    g = F(rev[2025] - rev[2024], rev[2024])
    add("metrics-generated",
        "By what percentage did Tessandra Energy's total operating revenues grow YoY from FY2024 to FY2025? "
        "Round to one decimal place.",
        f"{p1(g)} (rounded to one decimal place)",
        f"({plain(rev[2025])} - {plain(rev[2024])}) / {plain(rev[2024])} = {p1(g)}.",
        [ev(ISA, "Total operating revenues", f(rev[2025]), f(rev[2024]))])
    m25, m24 = F(opinc[2025], rev[2025]), F(opinc[2024], rev[2024])
    add("metrics-generated",
        "What is the FY2025 operating margin for Tessandra Energy Holdings? Calculate as operating income "
        "divided by total operating revenues. Round to one decimal place.",
        f"{p1(m25)} (rounded to one decimal place)",
        f"Operating income {plain(opinc[2025])} / total operating revenues {plain(rev[2025])} = {p1(m25)}.",
        [ev(ISA, "Operating income", f(opinc[2025])), ev(ISA, "Total operating revenues", f(rev[2025]))])
    bps = rnd((m25 - m24) * 10000, 0)
    add("novel-generated",
        "How many basis points did Tessandra Energy's operating margin (operating income / total operating "
        "revenues) change from FY2024 to FY2025? Use unrounded margins and round the change to the nearest "
        "basis point.",
        f"{'+' if bps > 0 else ''}{plain(bps)} basis points (expansion; rounded to the nearest bp)",
        f"FY2025 {p1(m25)} ({plain(opinc[2025])}/{plain(rev[2025])}) less FY2024 ({plain(opinc[2024])}/"
        f"{plain(rev[2024])}) = {plain(bps)} bps.",
        [ev(ISA, "Operating income", f(opinc[2025]), f(opinc[2024])),
         ev(ISA, "Total operating revenues", f(rev[2025]), f(rev[2024]))])
    b5 = BS[2025]
    debt = b5["st"] + b5["curmat"] + b5["ltd"]
    nd = debt - b5["cash"]
    ebitda = opinc[2025] + IS["da"][2025]
    add("novel-generated",
        "Using the year-end 2025 balance sheet and the FY2025 income statement, what is Tessandra Energy's "
        "net debt to EBITDA? Define net debt as short-term borrowings plus current maturities of long-term "
        "debt plus long-term debt, net, less cash and cash equivalents, and EBITDA as operating income plus "
        "depreciation and amortization. Round to two decimals.",
        f"{x2(F(nd, ebitda))} (rounded to two decimals)",
        f"Net debt ({plain(b5['st'])}+{plain(b5['curmat'])}+{plain(b5['ltd'])}-{plain(b5['cash'])}={plain(nd)}) "
        f"/ EBITDA ({plain(opinc[2025])}+{plain(IS['da'][2025])}={plain(ebitda)}).",
        [ev(BSA, "Cash and cash equivalents", f(b5["cash"])),
         ev(BSA, "Short-term borrowings", f(b5["st"])),
         ev(BSA, "Current maturities of long-term debt", f(b5["curmat"])),
         ev(BSA, "Long-term debt, net", f(b5["ltd"])),
         ev(ISA, "Operating income", f(opinc[2025])),
         ev(ISA, "Depreciation and amortization", f(IS["da"][2025]))])
    cr = F(b5["ca_total"], b5["cl_total"])
    add("domain-relevant",
        "What was Tessandra Energy Holdings' current ratio at December 31, 2025? Round to two decimals.",
        f"{x2(cr)} (rounded to two decimals)",
        f"Total current assets {plain(b5['ca_total'])} / total current liabilities {plain(b5['cl_total'])}.",
        [ev(BSA, "Total current assets", f(b5["ca_total"])),
         ev(BSA, "Total current liabilities", f(b5["cl_total"]))])
    ic = F(IS["pretax"][2025] + IS["int"][2025], IS["int"][2025])
    add("metrics-generated",
        "Calculate Tessandra Energy's FY2025 interest coverage ratio as (income before income taxes + interest "
        "expense) divided by interest expense, using the income statement. Round to two decimals.",
        f"{x2(ic)} (rounded to two decimals)",
        f"({plain(IS['pretax'][2025])} + {plain(IS['int'][2025])}) / {plain(IS['int'][2025])} = {x2(ic)}.",
        [ev(ISA, "Income before income taxes", f(IS["pretax"][2025])),
         ev(ISA, "Interest expense, net of amounts capitalized", f(-IS["int"][2025]))])
    po = IS["dps"][2025] / IS["eps_d"][2025]
    add("domain-relevant",
        "What was Tessandra Energy's FY2025 dividend payout ratio, measured as dividends declared per common "
        "share divided by diluted EPS? Round to one decimal place.",
        f"{p1(po)} (rounded to one decimal place)",
        f"${plain(IS['dps'][2025], 2)} / ${plain(IS['eps_d'][2025], 2)} = {p1(po)}.",
        [ev(ISA, "Dividends declared per common share", fmt(IS["dps"][2025], 2)),
         ev(ISA, "Diluted", fmt(IS["eps_d"][2025], 2))])
    dc = F(debt, debt + b5["equity"])
    add("domain-relevant",
        "What was Tessandra Energy's debt-to-capital ratio at December 31, 2025? Treat debt as short-term "
        "borrowings + current maturities of long-term debt + long-term debt, net, and capital as debt plus total "
        "common shareholders' equity. Round to one decimal place.",
        f"{p1(dc)} (rounded to one decimal place)",
        f"Debt {plain(debt)} / (debt {plain(debt)} + equity {plain(b5['equity'])}) = {p1(dc)}.",
        [ev(BSA, "Short-term borrowings", f(b5["st"])),
         ev(BSA, "Current maturities of long-term debt", f(b5["curmat"])),
         ev(BSA, "Long-term debt, net", f(b5["ltd"])),
         ev(BSA, "Total common shareholders' equity", f(b5["equity"]))])
    ES = "Electric Segment Results"
    da = U.DA["E"]
    add("metrics-generated",
        "In the MD&A electric segment results, by how much did Electric segment D&A increase YoY in FY2025, in "
        "USD millions?",
        f"{usd_m(da[2025] - da[2024])} increase",
        f"{plain(da[2025])} - {plain(da[2024])} = {plain(da[2025] - da[2024])}.",
        [ev(ES, "Depreciation and amortization", f(da[2025]), f(da[2024]))])
    om = U.OM["E"]
    add("metrics-generated",
        "What was the YoY percentage change in the Electric segment's O&M (other operation and maintenance) "
        "expense from FY2024 to FY2025? Round to one decimal place.",
        f"{p1(F(om[2025] - om[2024], om[2024]))} increase (rounded to one decimal place)",
        f"({plain(om[2025])} - {plain(om[2024])}) / {plain(om[2024])}.",
        [ev(ES, "Other operation and maintenance", f(om[2025]), f(om[2024]))])
    sn = UM["seg_ni"]
    add("novel-generated",
        "Per the segment information note, what share of Tessandra Energy's consolidated FY2025 net income came "
        "from the Gas segment? Round to one decimal place.",
        f"{p1(F(sn['G'][2025], ni[2025]))} (rounded to one decimal place)",
        f"Gas segment net income {plain(sn['G'][2025])} / consolidated net income {plain(ni[2025])}.",
        [ev("Segment Information \u2014 Year Ended December 31, 2025", "Net income (loss)", f(sn["G"][2025]),
            f(ni[2025]))])
    gr = UM["gwh_retail"]
    add("domain-relevant",
        "By what percentage did Tessandra Energy's total retail electric sales volumes (GWh) change from 2024 to "
        "2025? Round to one decimal place.",
        f"{p1(F(gr[2025] - gr[2024], gr[2024]))} increase (rounded to one decimal place)",
        f"({plain(gr[2025])} - {plain(gr[2024])}) GWh / {plain(gr[2024])} GWh.",
        [ev("Electric Sales Volumes", "Total retail sales", f(gr[2025]), f(gr[2024]))])
    h = U.HDD
    add("domain-relevant",
        "How much colder than normal was 2025 in Tessandra Energy's service territory, measured by heating "
        "degree days relative to the normal level disclosed in the MD&A? Express as a percentage and round to "
        "one decimal place.",
        f"{p1(F(h[2025] - h['normal'], h['normal']))} more heating degree days than normal (rounded to one "
        f"decimal place)",
        f"({plain(h[2025])} - {plain(h['normal'])}) / {plain(h['normal'])}.",
        [ev("Degree Days", "Heating degree days", f(h[2025]), f(h["normal"]))])
    A = UM["ADJ"]
    add("metrics-generated",
        "What was the YoY growth in Tessandra Energy's non-GAAP adjusted diluted EPS from FY2024 to FY2025? "
        "Round to one decimal place.",
        f"{p1(F(A['eps'][2025] - A['eps'][2024], A['eps'][2024]))} (rounded to one decimal place)",
        f"Adjusted EPS ${plain(A['eps'][2025], 2)} vs ${plain(A['eps'][2024], 2)}.",
        [ev("Reconciliation of Net Income to Adjusted Earnings", "Adjusted earnings / adjusted diluted EPS",
            fmt(A["eps"][2025], 2), fmt(A["eps"][2024], 2))])
    capx = UM["PLANT"]["capex"]
    ed = dict(U.CAPEX_CAT)["Electric distribution"][2025]
    add("novel-generated",
        "What percentage of Tessandra Energy's total FY2025 capital expenditures was spent on electric "
        "distribution? Round to one decimal place.",
        f"{p1(F(ed, capx[2025]))} (rounded to one decimal place)",
        f"Electric distribution {plain(ed)} / total capital expenditures {plain(capx[2025])}.",
        [ev("Capital Expenditures by Category", "Electric distribution", f(ed)),
         ev("Capital Expenditures by Category", "Total capital expenditures", f(capx[2025]))])
    add("novel-generated",
        "What is Tessandra Energy's FY2025 capex-to-D&A ratio, using capital expenditures from the cash flow "
        "statement and depreciation and amortization from the income statement? Round to two decimals.",
        f"{x2(F(capx[2025], IS['da'][2025]))} (rounded to two decimals)",
        f"{plain(capx[2025])} / {plain(IS['da'][2025])}.",
        [ev(CFA, "Capital expenditures", f(-capx[2025])),
         ev(ISA, "Depreciation and amortization", f(IS["da"][2025]))])
    fcf = CF[2025]["cfo"] + CF[2025]["capex"]
    add("metrics-generated",
        "What was Tessandra Energy's FY2025 free cash flow, defined as net cash provided by operating activities "
        "minus capital expenditures, in USD millions?",
        f"{usd_m(fcf)}",
        f"{plain(CF[2025]['cfo'])} - {plain(-CF[2025]['capex'])} = {plain(fcf)}.",
        [ev(CFA, "Net cash provided by operating activities", f(CF[2025]["cfo"])),
         ev(CFA, "Capital expenditures", f(CF[2025]["capex"]))])
    mat = UM["DEBT"]["mat"]
    s4 = mat["2027"] + mat["2028"] + mat["2029"] + mat["2030"]
    LM = "Long-Term Debt Maturities"
    add("metrics-generated",
        "According to the long-term debt note, how much long-term debt principal is scheduled to mature in "
        "2027 through 2030 combined, in USD millions?",
        f"{usd_m(s4)}",
        "Sum of scheduled maturities for 2027, 2028, 2029 and 2030.",
        [ev(LM, "2027", f(mat["2027"])), ev(LM, "2028", f(mat["2028"])), ev(LM, "2029", f(mat["2029"])),
         ev(LM, "2030", f(mat["2030"]))])
    P_ = UM["PEN"]
    add("domain-relevant",
        "What was the funded status of Tessandra Energy's defined benefit pension plan at December 31, 2025, "
        "in USD thousands?",
        f"Underfunded by {usd_k(-P_['funded'][2025])} (funded status of -{plain(-P_['funded'][2025])} thousand)",
        f"Plan assets {plain(P_['ast'][2025])} less projected benefit obligation {plain(P_['pbo'][2025])}.",
        [ev("Pension Obligations, Plan Assets and Funded Status", "Funded status at December 31",
            f(P_["funded"][2025]))])
    n = P_["nppc"]
    add("metrics-generated",
        "By how much did Tessandra Energy's net periodic pension cost change from FY2024 to FY2025, in USD "
        "thousands?",
        f"Decreased by {usd_k(n[2024] - n[2025])}",
        f"{plain(n[2025])} - {plain(n[2024])} = {plain(n[2025] - n[2024])} thousand.",
        [ev("Components of Net Periodic Pension Cost", "Net periodic pension cost", f(n[2025]), f(n[2024]))])
    L = UM["LEASE"]
    add("novel-generated",
        "At year-end 2025, what share of Tessandra Energy's total undiscounted operating lease payments "
        "represents imputed interest? Round to one decimal place.",
        f"{p1(F(U.LEASE_INTEREST_K, L['und']))} (rounded to one decimal place)",
        f"Imputed interest {plain(U.LEASE_INTEREST_K)} / total lease payments {plain(L['und'])} (thousands).",
        [ev("Maturities of Operating Lease Liabilities", "Less imputed interest", f(-U.LEASE_INTEREST_K)),
         ev("Maturities of Operating Lease Liabilities", "Total lease payments", f(L["und"]))])
    st = dict(U.REG_ASSETS)["Deferred storm restoration costs"]
    add("metrics-generated",
        "How much did the deferred storm restoration costs regulatory asset increase between December 31, 2024 "
        "and December 31, 2025, in USD millions?",
        f"{usd_m(st[2025] - st[2024])} increase",
        f"{plain(st[2025])} - {plain(st[2024])}.",
        [ev("Regulatory Assets", "Deferred storm restoration costs", f(st[2025]), f(st[2024]))])
    e = U.RATE_E
    add("domain-relevant",
        "In TEG's 2025 electric rate case, what percentage of the requested annual base revenue increase did the "
        "MPSC approve? Round to one decimal place.",
        f"{p1(F(e['appr'], e['req']))} (rounded to one decimal place)",
        f"Approved ${e['appr']} million / requested ${e['req']} million.",
        [ev("Rate Matters", None, f"${e['req']} million", f"${e['appr']} million")])
    roe_gap = rnd((F(e["roe_req"][:-1]) - F(e["roe_appr"][:-1])) * 100, 0)
    add("domain-relevant",
        "By how many basis points did the ROE authorized in the 2025 electric rate settlement fall short of the "
        "ROE TEG requested?",
        f"{plain(roe_gap)} basis points",
        f"Requested {e['roe_req']} less authorized {e['roe_appr']}.",
        [ev("Rate Matters", None, e["roe_req"], e["roe_appr"])])
    ft = UM["FAC_TOT"]
    liq = ft[3] + b5["cash"]
    add("novel-generated",
        "What was Tessandra Energy's total available liquidity at December 31, 2025, defined as available "
        "capacity under its revolving credit facilities plus cash and cash equivalents, in USD millions?",
        f"{usd_m(liq)}",
        f"Available capacity {plain(ft[3])} + cash {plain(b5['cash'])}.",
        [ev("Credit Facilities at December 31, 2025", "Total", f(ft[0]), f(ft[3])),
         ev(BSA, "Cash and cash equivalents", f(b5["cash"]))])
    edit = dict(U.ETR_ITEMS)["Amortization of excess deferred income taxes"][2025]
    add("domain-relevant",
        "By how many percentage points did the amortization of excess deferred income taxes reduce Tessandra "
        "Energy's FY2025 effective tax rate? Compute as that reconciling item divided by income before income "
        "taxes and round to one decimal place.",
        f"{pct_plain(F(-edit, IS['pretax'][2025]), 1)[:-1]} percentage points (rounded to one decimal place)",
        f"{plain(-edit)} / {plain(IS['pretax'][2025])}.",
        [ev("Reconciliation of Statutory to Effective Income Tax", "Amortization of excess deferred income taxes",
            f(edit)),
         ev(ISA, "Income before income taxes", f(IS["pretax"][2025]))])
    avg = F(BS[2025]["equity"] + BS[2024]["equity"], 2)
    add("novel-generated",
        "What was Tessandra Energy's FY2025 return on average common equity, computed as net income divided by "
        "the average of total common shareholders' equity at the beginning and end of the year? Round to one "
        "decimal place.",
        f"{p1(F(ni[2025]) / avg)} (rounded to one decimal place)",
        f"{plain(ni[2025])} / average({plain(BS[2025]['equity'])}, {plain(BS[2024]['equity'])}).",
        [ev(ISA, "Net income", f(ni[2025])),
         ev(BSA, "Total common shareholders' equity", f(BS[2025]["equity"]), f(BS[2024]["equity"]))])
    fp = IS["fuel"][2025] + IS["purch"][2025]
    add("metrics-generated",
        "What percentage of FY2025 electric operating revenues did fuel used in electric generation plus "
        "purchased power represent? Round to one decimal place.",
        f"{p1(F(fp, IS['rev_e'][2025]))} (rounded to one decimal place)",
        f"({plain(IS['fuel'][2025])} + {plain(IS['purch'][2025])}) / {plain(IS['rev_e'][2025])}.",
        [ev(ISA, "Fuel used in electric generation", f(IS["fuel"][2025])),
         ev(ISA, "Purchased power", f(IS["purch"][2025])), ev(ISA, "Electric", f(IS["rev_e"][2025]))])
    rr = U.GAS_REV["Residential"][2025]
    vv = U.MDTH["Residential"][2025]
    add("novel-generated",
        "What was Tessandra Energy's average FY2025 residential natural gas revenue per dekatherm, using "
        "residential gas revenue from the revenue disaggregation note and residential gas volumes from the "
        "MD&A? Round to the nearest cent.",
        f"${plain(rnd(F(rr * 1000, vv), 2), 2)} per Dth (rounded to the nearest cent)",
        f"${plain(rr)} million / {plain(vv)} MDth = ${plain(rnd(F(rr * 1000, vv), 2), 2)} per Dth.",
        [ev("Disaggregation of Operating Revenues", "Residential", f(rr)),
         ev("Gas Sales and Transportation Volumes", "Residential", f(vv))])
    return Q


def reit_questions():
    P, B, CF, D = RMM["P"], RMM["B"], RMM["CF"], RMM["D"]
    co, doc = "Corrowind Industrial Trust", RM.DOC
    OPS = "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"
    BSA = "CONDENSED CONSOLIDATED BALANCE SHEETS"
    CFA = "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS"
    FFO = "Reconciliation of Net Income to FFO and Core FFO"
    f = fmt
    Q = []

    def add(t, q, a, j, evs):
        Q.append(dict(company=co, doc=doc, type=t, q=q, a=a, j=j, ev=evs))

    q3, q3p, n9, n9p = P["Q3_25"], P["Q3_24"], P["9M_25"], P["9M_24"]
    add("metrics-generated",
        "What were Corrowind Industrial Trust's total revenues for the three months ended September 30, 2025, in "
        "USD thousands?",
        f"{usd_k(q3['rev'])} (as reported)",
        "Read from the three-month 2025 column of the Total revenues line.",
        [ev(OPS, "Total revenues", f(q3["rev"]))])
    add("metrics-generated",
        "By what percentage did Corrowind's 9M 2025 rental revenues increase versus 9M 2024? Round to one "
        "decimal place.",
        f"{p1(F(n9['rent'] - n9p['rent'], n9p['rent']))} (rounded to one decimal place)",
        f"({plain(n9['rent'])} - {plain(n9p['rent'])}) / {plain(n9p['rent'])}.",
        [ev(OPS, "Rental revenues", f(n9["rent"]), f(n9p["rent"]))])
    h1 = n9["ni"] - q3["ni"]
    add("novel-generated",
        "Based on the statements of operations, what was Corrowind's implied net income for the first six months "
        "of 2025 (nine months less the third quarter), in USD thousands?",
        f"{usd_k(h1)}",
        f"Nine-month net income {plain(n9['ni'])} less Q3 net income {plain(q3['ni'])}.",
        [ev(OPS, "Net income", f(n9["ni"]), f(q3["ni"]))])
    add("domain-relevant",
        "What FFO per diluted share and unit (Nareit definition) did Corrowind report for Q3 2025?",
        f"${plain(q3['ffo_ps'], 2)} per diluted share and unit (as reported)",
        "Read from the FFO per diluted share and unit line, three months ended September 30, 2025.",
        [ev(FFO, "FFO per diluted share and unit", fmt(q3["ffo_ps"], 2))])
    add("domain-relevant",
        "What was the YoY growth in Corrowind's Core FFO/sh for the third quarter of 2025 compared with the third "
        "quarter of 2024? Round to one decimal place.",
        f"{p1(F(q3['core_ps'] - q3p['core_ps'], q3p['core_ps']))} (rounded to one decimal place)",
        f"(${plain(q3['core_ps'], 2)} - ${plain(q3p['core_ps'], 2)}) / ${plain(q3p['core_ps'], 2)}.",
        [ev(FFO, "Core FFO per diluted share and unit", fmt(q3["core_ps"], 2), fmt(q3p["core_ps"], 2))])
    add("domain-relevant",
        "What was Corrowind's NOI margin for Q3 2025, calculated as NOI divided by rental revenues? Round to one "
        "decimal place.",
        f"{p1(F(q3['noi'], q3['rent']))} (rounded to one decimal place)",
        f"NOI {plain(q3['noi'])} / rental revenues {plain(q3['rent'])}.",
        [ev("Reconciliation of Net Income to NOI", "Net operating income (NOI)", f(q3["noi"])),
         ev(OPS, "Rental revenues", f(q3["rent"]))])
    sp = RMM["SP"]["q"]
    add("domain-relevant",
        "Using the dollar amounts in the same-property NOI table, what was Corrowind's same-property NOI growth "
        "for the three months ended September 30, 2025 versus the same period of 2024? Round to one decimal place.",
        f"{p1(sp['chg'])} (rounded to one decimal place)",
        f"({plain(sp['noi25'])} - {plain(sp['noi24'])}) / {plain(sp['noi24'])}.",
        [ev("Same-Property NOI", "Same-property NOI", f(sp["noi25"]), f(sp["noi24"]))])
    Lv = RMM["LEV"]
    add("domain-relevant",
        "What net debt to annualized adjusted EBITDAre did Corrowind report as of September 30, 2025?",
        f"{plain(Lv['ratio'], 1)}x (as reported, one decimal)",
        f"Net debt {plain(Lv['netdebt'])} / annualized adjusted EBITDAre {plain(Lv['ann'])}.",
        [ev("Net Debt to Annualized Adjusted EBITDAre", "Net debt to annualized Adjusted EBITDAre",
            plain(Lv["ratio"], 1) + "x")])
    mp = D["prin"]["Mortgage notes"][1]
    add("novel-generated",
        "What percentage of Corrowind's total debt principal at September 30, 2025 was secured mortgage debt? "
        "Round to one decimal place.",
        f"{p1(F(mp, D['tot_prin'][1]))} (rounded to one decimal place)",
        f"Mortgage notes principal {plain(mp)} / total debt principal {plain(D['tot_prin'][1])}.",
        [ev("Summary of Indebtedness", "Total mortgage notes payable principal", f(mp)),
         ev("Summary of Indebtedness", "Total debt principal", f(D["tot_prin"][1]))])
    liq = RMM["LIQ"]["total"]
    add("metrics-generated",
        "According to the MD&A liquidity discussion, what was Corrowind's total liquidity as of September 30, "
        "2025?",
        f"${plain(rnd(F(liq, 1000), 1), 1)} million (as stated, one decimal)",
        "Cash and cash equivalents plus availability under the revolving credit facility, as stated in the MD&A.",
        [ev("Liquidity and Capital Resources", None, f"${plain(rnd(F(liq, 1000), 1), 1)} million")])
    RE = RMM["RE"]
    add("novel-generated",
        "What was the average purchase price per square foot of the properties Corrowind acquired during the "
        "nine months ended September 30, 2025? Round to the nearest cent.",
        f"${plain(rnd(F(RE['acq_total'] * 1000, RE['acq_sf']), 2), 2)} per square foot (rounded to the nearest cent)",
        f"${plain(RE['acq_total'])} thousand / {plain(RE['acq_sf'])} square feet.",
        [ev("Acquisitions \u2014 Nine Months Ended September 30, 2025", "Total acquisitions", f(RE["acq_sf"]),
            f(RE["acq_total"]))])
    c = CF["25"]
    nbv = c["disp"] - q3["gain"]
    add("novel-generated",
        "Combining the cash flow statement and the statement of operations, what was the implied net carrying "
        "value of the real estate Corrowind sold in the nine months ended September 30, 2025 (net sale proceeds "
        "less gain on sale), in USD thousands?",
        f"{usd_k(nbv)}",
        f"Proceeds {plain(c['disp'])} less 9M 2025 gain {plain(n9['gain'])}.",
        [ev(CFA, "Proceeds from sale of real estate, net", f(c["disp"])),
         ev(OPS, "Gain on sale of real estate", f(n9["gain"]))])
    mr = dict(RM.MIN_RENTS)
    add("metrics-generated",
        "Per the lease note, what are Corrowind's combined future minimum rents scheduled for 2026 and 2027, in "
        "USD thousands?",
        f"{usd_k(mr['2026'] + mr['2027'])}",
        f"{plain(mr['2026'])} + {plain(mr['2027'])}.",
        [ev("Future Minimum Rents", "2026", f(mr["2026"])), ev("Future Minimum Rents", "2027", f(mr["2027"]))])
    Lg = RM.LEASING
    tot = Lg["new_sf"][0] + Lg["ren_sf"][0]
    add("domain-relevant",
        "What share of the total square feet Corrowind leased in Q3 2025 came from renewal leases? Round to one "
        "decimal place.",
        f"{p1(F(Lg['ren_sf'][0], tot))} (rounded to one decimal place)",
        f"{plain(Lg['ren_sf'][0])} / {plain(tot)} square feet.",
        [ev("Leasing Statistics", "Renewal leases \u2014 square feet", f(Lg["ren_sf"][0])),
         ev("Leasing Statistics", "Total square feet leased", f(tot))])
    wa = (Lg["new_sf"][0] * Lg["new_cash"][0] + Lg["ren_sf"][0] * Lg["ren_cash"][0]) / tot
    add("novel-generated",
        "What was the square-foot-weighted average cash rent change across new and renewal leases signed by "
        "Corrowind in the three months ended September 30, 2025? Round to one decimal place.",
        f"{p1(wa)} (rounded to one decimal place)",
        f"({plain(Lg['new_sf'][0])} x {pct(Lg['new_cash'][0])} + {plain(Lg['ren_sf'][0])} x "
        f"{pct(Lg['ren_cash'][0])}) / {plain(tot)}.",
        [ev("Leasing Statistics", "New leases \u2014 square feet", f(Lg["new_sf"][0])),
         ev("Leasing Statistics", "Renewal leases \u2014 square feet", f(Lg["ren_sf"][0])),
         ev("Leasing Statistics", "Cash rent change \u2014 new leases", pct(Lg["new_cash"][0])),
         ev("Leasing Statistics", "Cash rent change \u2014 renewal leases", pct(Lg["ren_cash"][0]))])
    o = RMM["OCC"]
    dbps = rnd((o["Sep 30, 2025"] - o["Dec 31, 2024"]) * 10000, 0)
    add("domain-relevant",
        "How many basis points did Corrowind's portfolio occupancy change between December 31, 2024 and "
        "September 30, 2025?",
        f"{plain(dbps)} basis points (a decline of {plain(-dbps)} bps)",
        f"{pct(o['Sep 30, 2025'])} less {pct(o['Dec 31, 2024'])}.",
        [ev("Occupancy", "Portfolio occupancy", pct(o["Sep 30, 2025"]), pct(o["Dec 31, 2024"]))])
    cov = c["cfo"] + c["div"]
    add("novel-generated",
        "For 9M 2025, how much of Corrowind's net cash provided by operating activities remained after dividends "
        "paid to common stockholders, in USD thousands?",
        f"{usd_k(cov)}",
        f"{plain(c['cfo'])} - {plain(-c['div'])}.",
        [ev(CFA, "Net cash provided by operating activities", f(c["cfo"])),
         ev(CFA, "Dividends paid to common stockholders", f(c["div"]))])
    add("metrics-generated",
        "What was the YoY percentage increase in Corrowind's interest expense for the third quarter of 2025? "
        "Round to one decimal place.",
        f"{p1(F(q3['int'] - q3p['int'], q3p['int']))} (rounded to one decimal place)",
        f"({plain(q3['int'])} - {plain(q3p['int'])}) / {plain(q3p['int'])}.",
        [ev(OPS, "Interest expense", f(-q3["int"]), f(-q3p["int"]))])
    add("metrics-generated",
        "What was Corrowind's general and administrative expense as a percentage of total revenues for the nine "
        "months ended September 30, 2025? Round to one decimal place.",
        f"{p1(F(n9['ga'], n9['rev']))} (rounded to one decimal place)",
        f"G&A {plain(n9['ga'])} / total revenues {plain(n9['rev'])}.",
        [ev(OPS, "General and administrative", f(n9["ga"])), ev(OPS, "Total revenues", f(n9["rev"]))])
    b = B["25"]
    dn = b["rev"] + b["tl"] + b["sn"] + b["mn"]
    add("novel-generated",
        "What was Corrowind's debt-to-total-assets ratio at September 30, 2025, using the balance sheet's "
        "revolving credit facility, unsecured term loans (net), senior unsecured notes (net) and mortgage notes "
        "payable (net) as debt? Round to one decimal place.",
        f"{p1(F(dn, b['ta']))} (rounded to one decimal place)",
        f"({plain(b['rev'])} + {plain(b['tl'])} + {plain(b['sn'])} + {plain(b['mn'])}) / {plain(b['ta'])}.",
        [ev(BSA, "Unsecured revolving credit facility", f(b["rev"])),
         ev(BSA, "Unsecured term loans, net", f(b["tl"])), ev(BSA, "Senior unsecured notes, net", f(b["sn"])),
         ev(BSA, "Mortgage notes payable, net", f(b["mn"])), ev(BSA, "Total assets", f(b["ta"]))])
    return Q


def all_questions():
    return utility_questions() + reit_questions()
