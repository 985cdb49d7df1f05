"""The 50 evaluation questions.

Every figure is read back from what the renderer printed (table cells parsed
from their printed text, or the exact keyed sentence), so answers are computed
from the same numbers that appear in the PDFs.
"""
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import saas_data
import utility_data


class Src:
    def __init__(self, name, doc):
        self.name, self.doc = name, doc

    def row(self, tid, key):
        return self.doc.tables[tid]["rows"][key]

    def v(self, tid, key, col=0):
        val = self.row(tid, key)["values"][col]
        if val is None:
            raise ValueError(f"blank cell {tid}/{key}/{col}")
        return val

    def ev(self, tid, *keys):
        groups = {}
        for k in keys:
            r = self.row(tid, k)
            groups.setdefault(r["page"], []).append(r)
        out = []
        for page, rows in groups.items():
            lines = [rows[0]["title"], rows[0]["header"]]
            lines += [(r["label"] + " " + " ".join(r["cells"])).strip() for r in rows]
            out.append({"evidence_text": "\n".join(lines), "evidence_page_num": page, "doc_name": self.name})
        return out

    def evt(self, key):
        t = self.doc.texts[key]
        return [{"evidence_text": t["text"], "evidence_page_num": t["page"], "doc_name": self.name}]


def rnd(x, places):
    """Round half-up, refusing values that sit too close to a rounding boundary."""
    x = D(x)
    scaled = abs(x) * (D(10) ** places)
    frac = scaled - scaled.to_integral_value(rounding="ROUND_FLOOR")
    if abs(frac - D("0.5")) < D("0.02"):
        raise ValueError(f"ambiguous rounding of {x} to {places} places")
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(x, places=1):
    return f"{rnd(x, places)}%"


def money(x, unit):
    x = D(x)
    s = f"${abs(x):,.0f} {unit}" if x == x.to_integral_value() else f"${abs(x):,} {unit}"
    return ("-" + s) if x < 0 else s


def mm(x):
    return money(x, "million")


def th(x):
    return money(x, "thousand")


def f4(x):
    return f"{D(x).quantize(D('0.0001'), rounding=ROUND_HALF_UP)}"


def n(x):
    x = D(x)
    return f"{x:,.0f}" if x == x.to_integral_value() else f"{x:,}"


def _10k(K):
    U = "Halverson Ridge Energy Holdings"
    out = []

    def q(qtype, question, answer, just, evidence):
        out.append((U, K.name, qtype, question, answer, just, evidence, 2025, "10k"))

    v = K.v("segments", "Revenues|Electric Utility", 0)
    q("domain-relevant", "What were FY2025 total operating revenues for Halverson Ridge's Electric Utility segment? "
      "Give the answer in USD millions.", mm(v),
      f"The Results of Operations by Segment table in MD&A shows Electric Utility operating revenues of ${n(v)} "
      "million for 2025.", K.ev("segments", "Revenues|Electric Utility"))

    v = K.v("income", "Depreciation and amortization", 1)
    q("domain-relevant", "How much depreciation and amortization expense did Halverson Ridge Energy Holdings "
      "report on its consolidated income statement for fiscal year 2024?", mm(v),
      f"Consolidated statements of income, 2024 column: depreciation and amortization of ${n(v)} million.",
      K.ev("income", "Depreciation and amortization"))

    v = K.v("bs_assets", "Regulatory assets, noncurrent", 0)
    q("domain-relevant", "What was the balance of noncurrent regulatory assets on Halverson Ridge's consolidated "
      "balance sheet as of December 31, 2025?", mm(v),
      f"Balance sheet, Other Noncurrent Assets section: regulatory assets of ${n(v)} million at December 31, 2025.",
      K.ev("bs_assets", "Regulatory assets, noncurrent"))

    v = K.v("cashflow", "Net cash provided by operating activities", 2)
    q("domain-relevant", "What was Halverson Ridge's net cash provided by operating activities for the year ended "
      "December 31, 2023?", mm(v),
      f"Consolidated statements of cash flows, 2023 column: net cash provided by operating activities of ${n(v)} "
      "million.", K.ev("cashflow", "Net cash provided by operating activities"))

    v = K.v("cashflow", "Dividends paid on common stock", 0)
    q("domain-relevant", "According to the cash flow statement, how much cash did the company pay in common stock "
      "dividends during FY2025?", mm(-v),
      f"The financing section of the cash flow statement (continued page) shows dividends paid on common stock of "
      f"({n(-v)}) for 2025, i.e. a cash outflow of ${n(-v)} million.",
      K.ev("cashflow", "Dividends paid on common stock"))

    v = K.v("capacity", "Total", 1)
    q("novel-generated", "What is the total owned generating capacity (net summer capability) of Halverson Ridge's "
      "electric fleet at the end of 2025, in MW?", f"{n(v)} MW",
      f"The Owned Generating Capacity by Fuel Type table in Item 1 totals {n(v)} MW.", K.ev("capacity", "Total"))

    v = K.v("income", "EPS diluted", 0)
    q("domain-relevant", "What diluted EPS did Halverson Ridge Energy Holdings report for FY2025?", f"${v}",
      f"Consolidated statements of income: diluted earnings per share of ${v} for 2025.",
      K.ev("income", "EPS diluted"))

    v = K.v("maturities", "2028", 0)
    q("domain-relevant", "How much of Halverson Ridge's long-term debt principal is scheduled to mature in 2028?", mm(v),
      f"Note 3, Scheduled Maturities of Long-Term Debt: ${n(v)} million due in 2028.", K.ev("maturities", "2028"))

    rc = utility_data.rate_case
    q("novel-generated", "What authorized ROE did the WPUC approve in the Halverson Electric general rate case "
      "settlement in October 2025?", rc["e_roe"],
      f"MD&A, Regulatory Matters: the approved settlement is based on an authorized ROE of {rc['e_roe']}.",
      K.evt("ratecase_e"))

    v = K.v("segments", "Net income|Gas Utility", 0)
    q("domain-relevant", "How much net income did Halverson Ridge's Gas Utility segment contribute in 2025?", mm(v),
      f"Results of Operations by Segment table: Gas Utility net income of ${n(v)} million in 2025.",
      K.ev("segments", "Net income|Gas Utility"))

    # ---------------------------------------------------------- single computations
    a, b = K.v("income", "Total operating revenues", 0), K.v("income", "Total operating revenues", 1)
    r = (a / b - 1) * 100
    q("metrics-generated", "By what percentage did Halverson Ridge's consolidated total operating revenues grow "
      "YoY in FY2025? Round to one decimal place.", pct(r),
      f"Total operating revenues were ${n(a)} million in 2025 and ${n(b)} million in 2024: {n(a)} / {n(b)} - 1 = "
      f"{f4(r)}%, which rounds to {pct(r)}.", K.ev("income", "Total operating revenues"))

    oi, rv = K.v("income", "Operating Income", 0), K.v("income", "Total operating revenues", 0)
    r = oi / rv * 100
    q("metrics-generated", "What was the company's FY2025 operating margin, i.e. operating income as a percentage "
      "of total operating revenues? Round to one decimal place.", pct(r),
      f"Operating income of ${n(oi)} million divided by total operating revenues of ${n(rv)} million = {f4(r)}%, "
      f"rounded to {pct(r)}.", K.ev("income", "Total operating revenues", "Operating Income"))

    e, t = K.v("segments", "Revenues|Electric Utility", 0), K.v("segments", "Revenues|Total", 0)
    r = e / t * 100
    q("metrics-generated", "What share of Halverson Ridge's 2025 consolidated operating revenues came from the "
      "Electric Utility segment? Express as a percentage with one decimal.", pct(r),
      f"Electric Utility revenues ${n(e)} million / total operating revenues ${n(t)} million = {f4(r)}%, rounded "
      f"to {pct(r)}.", K.ev("segments", "Revenues|Electric Utility", "Revenues|Total"))

    a, b = K.v("bs_liab", "Total shareholders’ equity", 0), K.v("bs_liab", "Total shareholders’ equity", 1)
    r = (a + b) / 2
    q("metrics-generated", "Using the year-end 2024 and year-end 2025 balances, what was Halverson Ridge's average "
      "total shareholders' equity for 2025? Answer in USD millions to one decimal place.", f"${rnd(r, 1):,} million",
      f"Total shareholders' equity was ${n(a)} million at December 31, 2025 and ${n(b)} million at December 31, "
      f"2024; ({n(a)} + {n(b)}) / 2 = {rnd(r, 1):,}.", K.ev("bs_liab", "Total shareholders’ equity"))

    qs = [K.v("dividends", k, 0) for k in ("First quarter", "Second quarter", "Third quarter", "Fourth quarter")]
    dps = sum(qs)
    eps = K.v("income", "EPS diluted", 0)
    r = dps / eps * 100
    q("metrics-generated", "What was the FY2025 dividend payout ratio, defined as total common dividends declared "
      "per share for the four quarters of 2025 divided by diluted EPS? Give a percentage rounded to one decimal.",
      pct(r),
      f"Quarterly dividends declared in 2025 were ${qs[0]}, ${qs[1]}, ${qs[2]} and ${qs[3]}, totalling ${dps}; "
      f"diluted EPS was ${eps}. {dps} / {eps} = {f4(r)}%, rounded to {pct(r)}.",
      K.ev("dividends", "First quarter", "Second quarter", "Third quarter", "Fourth quarter")
      + K.ev("income", "EPS diluted"))

    res, tot = K.v("revenue2025", "Residential", 1), K.v("revenue2025", "Total revenues from contracts with customers", 1)
    r = res / tot * 100
    q("metrics-generated", "In 2025, what percentage of the Gas Utility's revenues from contracts with customers "
      "came from residential customers? Round to one decimal place.", pct(r),
      f"Note 2 (2025 table), Gas Utility column: residential ${n(res)} million / total revenues from contracts "
      f"with customers ${n(tot)} million = {f4(r)}%, rounded to {pct(r)}.",
      K.ev("revenue2025", "Residential", "Total revenues from contracts with customers"))

    a, b = -K.v("cashflow", "Capital expenditures", 0), -K.v("cashflow", "Capital expenditures", 1)
    r = (a / b - 1) * 100
    q("metrics-generated", "What was the YoY growth in capex (capital expenditures per the cash flow statement) "
      "from FY2024 to FY2025? Round to one decimal place.", pct(r),
      f"Capital expenditures were ${n(a)} million in 2025 and ${n(b)} million in 2024: {n(a)} / {n(b)} - 1 = "
      f"{f4(r)}%, rounded to {pct(r)}.", K.ev("cashflow", "Capital expenditures"))

    qa = [K.v("dividends", k, 0) for k in ("First quarter", "Second quarter", "Third quarter", "Fourth quarter")]
    qb = [K.v("dividends", k, 1) for k in ("First quarter", "Second quarter", "Third quarter", "Fourth quarter")]
    r = (sum(qa) / sum(qb) - 1) * 100
    q("metrics-generated", "Summing the quarterly declarations, by what percentage did the annual common dividend "
      "declared per share increase in 2025 compared with 2024? Round to one decimal place.", pct(r),
      f"2025 quarters total ${sum(qa)} ({' + '.join(str(x) for x in qa)}); 2024 quarters total ${sum(qb)} "
      f"({' + '.join(str(x) for x in qb)}). {sum(qa)} / {sum(qb)} - 1 = {f4(r)}%, rounded to {pct(r)}.",
      K.ev("dividends", "First quarter", "Second quarter", "Third quarter", "Fourth quarter"))

    # ---------------------------------------------------------- harder
    cfo, capex = K.v("cashflow", "Net cash provided by operating activities", 0), K.v("cashflow", "Capital expenditures", 0)
    f = cfo + capex
    q("metrics-generated", "Defining free cash flow as cash from operations minus capital expenditures, what was "
      "Halverson Ridge's FCF for 2025 in USD millions?", mm(f),
      f"Net cash provided by operating activities ${n(cfo)} million minus capital expenditures ${n(-capex)} million "
      f"= {n(f)} million (negative free cash flow).",
      K.ev("cashflow", "Net cash provided by operating activities", "Capital expenditures"))

    ca, cl = K.v("bs_assets", "Total current assets", 0), K.v("bs_liab", "Total current liabilities", 0)
    r = ca / cl
    q("metrics-generated", "What was the current ratio (total current assets divided by total current liabilities) "
      "at December 31, 2025? Round to two decimals.", f"{rnd(r, 2)}",
      f"Total current assets ${n(ca)} million / total current liabilities ${n(cl)} million = {f4(r)}, rounded to "
      f"{rnd(r, 2)}.", K.ev("bs_assets", "Total current assets") + K.ev("bs_liab", "Total current liabilities"))

    stb = K.v("bs_liab", "Short-term borrowings", 0)
    cur = K.v("bs_liab", "Current maturities of long-term debt", 0)
    ltd = K.v("bs_liab", "Long-term debt, net", 0)
    cash = K.v("bs_assets", "Cash and cash equivalents", 0)
    nd = stb + cur + ltd - cash
    q("metrics-generated", "Calculate net debt at December 31, 2025 as short-term borrowings plus current maturities "
      "of long-term debt plus long-term debt, net, minus cash and cash equivalents (USD millions).", mm(nd),
      f"{n(stb)} + {n(cur)} + {n(ltd)} - {n(cash)} = {n(nd)} million, using the December 31, 2025 balance sheet.",
      K.ev("bs_liab", "Short-term borrowings", "Current maturities of long-term debt", "Long-term debt, net")
      + K.ev("bs_assets", "Cash and cash equivalents"))

    r = D(rc["e_approved"]) / D(rc["e_requested"]) * 100
    q("metrics-generated", "In the Halverson Electric general rate case approved in October 2025, what percentage "
      "of the requested annual base rate increase was granted? Round to one decimal place.", pct(r),
      f"Approved increase ${rc['e_approved']} million versus ${rc['e_requested']} million requested: "
      f"{rc['e_approved']} / {rc['e_requested']} = {f4(r)}%, rounded to {pct(r)}.", K.evt("ratecase_e"))

    cr = utility_data.credit
    cash = K.v("bs_assets", "Cash and cash equivalents", 0)
    liq = D(cr["facility"] - cr["drawn"] - cr["cp"] - cr["lc"]) + cash
    q("metrics-generated", "Define available liquidity as the unused capacity of the revolving credit facility "
      "(facility size less amounts drawn, commercial paper outstanding and letters of credit issued) plus cash and "
      "cash equivalents. What was Halverson Ridge's available liquidity at December 31, 2025, in USD millions?",
      mm(liq),
      f"Liquidity section: ${cr['facility']:,} million facility - ${cr['drawn']} million drawn - ${cr['cp']} million "
      f"commercial paper - ${cr['lc']} million letters of credit = "
      f"${cr['facility'] - cr['drawn'] - cr['cp'] - cr['lc']:,} million unused; plus cash and cash equivalents of "
      f"${n(cash)} million = ${n(liq)} million.", K.evt("credit") + K.ev("bs_assets", "Cash and cash equivalents"))

    fv, pbo = K.v("pension", "FVPA close", 0), K.v("pension", "PBO close", 0)
    r = fv / pbo * 100
    q("metrics-generated", "What was the funded ratio of the qualified pension plans at year-end 2025 (fair value "
      "of plan assets divided by the projected benefit obligation)? Give a percentage rounded to one decimal.",
      pct(r),
      f"Note 5: fair value of plan assets at end of year ${n(fv)} million / obligation at end of year ${n(pbo)} "
      f"million = {f4(r)}%, rounded to {pct(r)}.", K.ev("pension", "PBO close", "FVPA close"))

    vals = [K.v("capexplan", "Electric Utility", i) for i in (1, 2, 3)]
    q("metrics-generated", "What is the total capital expenditure forecast for the Electric Utility segment for "
      "2026 through 2028 combined, in USD millions?", mm(sum(vals)),
      f"Capital Expenditures by Segment table, Electric Utility forecast: {' + '.join(n(x) for x in vals)} = "
      f"{n(sum(vals))} million.", K.ev("capexplan", "Electric Utility"))

    ren = [K.v("capacity", k, 1) for k in ("Wind", "Solar", "Hydroelectric")]
    tot = K.v("capacity", "Total", 1)
    r = sum(ren) / tot * 100
    q("metrics-generated", "What percentage of the company's owned generating capability (MW) comes from wind, "
      "solar and hydroelectric resources combined? Round to one decimal place.", pct(r),
      f"Wind {n(ren[0])} MW + solar {n(ren[1])} MW + hydroelectric {n(ren[2])} MW = {n(sum(ren))} MW, divided by "
      f"total {n(tot)} MW = {f4(r)}%, rounded to {pct(r)}.",
      K.ev("capacity", "Wind", "Solar", "Hydroelectric", "Total"))

    bb = utility_data.buyback
    rem = bb["program"] - utility_data.repo_amt[2024] - utility_data.repo_amt[2025]
    q("metrics-generated", "How much of the Board's share repurchase authorization remained available at the end "
      "of 2025, assuming the repurchases disclosed in Item 5 are the only ones made under it?", mm(rem),
      f"Item 5: ${bb['program']} million authorized in {bb['auth_month']}, less ${utility_data.repo_amt[2024]} "
      f"million repurchased in 2024 and ${utility_data.repo_amt[2025]} million in 2025 = ${rem} million.",
      K.evt("buyback"))

    rev_res = K.v("revenue2025", "Residential", 0)
    gwh = K.v("retail", "Residential", 0)
    r = rev_res * 1000 / gwh     # $ millions per GWh -> $ per MWh
    q("metrics-generated", "What was the Electric Utility's average residential revenue per MWh in 2025, computed "
      "as residential electric revenue divided by residential retail sales volume? Answer in dollars per MWh, "
      "rounded to two decimals.", f"${rnd(r, 2)} per MWh",
      f"Note 2: Electric Utility residential revenue ${n(rev_res)} million; Item 1: residential retail sales "
      f"{n(gwh)} GWh. ${n(rev_res)},000,000 / {n(gwh)},000 MWh = ${f4(r)} per MWh, rounded to ${rnd(r, 2)}.",
      K.ev("revenue2025", "Residential") + K.ev("retail", "Residential"))
    return out


def _8k(P):
    C = "Nimbrel"
    out = []

    def q(qtype, question, answer, just, evidence):
        out.append((C, P.name, qtype, question, answer, just, evidence, 2026, "8k"))

    v = P.v("ops", "Total revenue", 0)
    q("domain-relevant", "What was Nimbrel's total revenue for the fourth quarter of fiscal 2026 (three months ended "
      "January 31, 2026)? Answer in USD thousands.", th(v),
      f"Condensed consolidated statements of operations, three months ended January 31, 2026: total revenue "
      f"${n(v)} thousand.", P.ev("ops", "Total revenue"))

    v = P.v("km", "RPO", 0)
    q("domain-relevant", "What were Nimbrel's remaining performance obligations (RPO) as of January 31, 2026, in "
      "USD thousands?", th(v), f"Key Business Metrics table: RPO of ${n(v)} thousand at January 31, 2026.",
      P.ev("km", "RPO"))

    v = P.v("km", "Customers over $100k", 0)
    q("novel-generated", "How many customers with annual recurring revenue of $100,000 or more did Nimbrel have at "
      "the end of fiscal 2026?", n(v),
      f"Key Business Metrics table: {n(v)} customers with ARR of $100,000 or more at January 31, 2026.",
      P.ev("km", "Customers over $100k"))

    v = P.v("km", "NDR", 0)
    q("novel-generated", "What net dollar retention rate did Nimbrel report as of January 31, 2026?", f"{n(v)}%",
      f"Key Business Metrics table: net dollar retention rate of {n(v)}% at January 31, 2026.", P.ev("km", "NDR"))

    v = P.v("ops", "Net income (loss)", 2)
    q("domain-relevant", "What was Nimbrel's GAAP net income (loss) for full fiscal year 2026, in USD thousands?",
      th(v), f"Statements of operations, fiscal year ended January 31, 2026: net loss of ({n(-v)}), i.e. "
      f"-${n(-v)} thousand.", P.ev("ops", "Net income (loss)"))

    v = P.v("bs", "Deferred revenue, current", 0)
    q("domain-relevant", "What was current deferred revenue on Nimbrel's balance sheet at January 31, 2026?", th(v),
      f"Condensed consolidated balance sheets: deferred revenue, current of ${n(v)} thousand at January 31, 2026.",
      P.ev("bs", "Deferred revenue, current"))

    v = P.v("geo", "Europe, Middle East and Africa", 2)
    q("novel-generated", "How much revenue did Nimbrel generate in Europe, Middle East and Africa in fiscal 2026 "
      "(USD thousands)?", th(v),
      f"Revenue by Geographic Area, fiscal year ended January 31, 2026: EMEA revenue ${n(v)} thousand.",
      P.ev("geo", "Europe, Middle East and Africa"))

    v = P.v("rec_ni", "Non-GAAP net income per share — diluted", 0)
    q("domain-relevant", "What was Nimbrel's non-GAAP EPS (diluted) for Q4 FY2026?", f"${v}",
      f"Reconciliation of GAAP to non-GAAP net income: non-GAAP net income per share, diluted, of ${v} for the "
      "three months ended January 31, 2026.", P.ev("rec_ni", "Non-GAAP net income per share — diluted"))

    # ---------------------------------------------------------- single computations
    a, b = P.v("ops", "Total revenue", 2), P.v("ops", "Total revenue", 3)
    r = (a / b - 1) * 100
    q("metrics-generated", "What was Nimbrel's YoY total revenue growth for fiscal 2026? Round to one decimal "
      "place.", pct(r),
      f"Fiscal 2026 revenue ${n(a)} thousand vs. fiscal 2025 ${n(b)} thousand: {n(a)} / {n(b)} - 1 = {f4(r)}%, "
      f"rounded to {pct(r)}.", P.ev("ops", "Total revenue"))

    g, t = P.v("ops", "Gross profit", 0), P.v("ops", "Total revenue", 0)
    r = g / t * 100
    q("metrics-generated", "What was Nimbrel's GAAP gross margin in Q4 FY2026? Round to one decimal place.", pct(r),
      f"Q4 FY2026 gross profit ${n(g)} thousand / total revenue ${n(t)} thousand = {f4(r)}%, rounded to {pct(r)}.",
      P.ev("ops", "Total revenue", "Gross profit"))

    sb, t = P.v("ops", "Revenue|Subscription", 0), P.v("ops", "Total revenue", 0)
    r = sb / t * 100
    q("metrics-generated", "Subscription revenue made up what percentage of Nimbrel's total revenue in the fourth "
      "quarter of fiscal 2026? One decimal place.", pct(r),
      f"Subscription revenue ${n(sb)} thousand / total revenue ${n(t)} thousand = {f4(r)}%, rounded to {pct(r)}.",
      P.ev("ops", "Revenue|Subscription", "Total revenue"))

    sm, t = P.v("ops", "Sales and marketing", 2), P.v("ops", "Total revenue", 2)
    r = sm / t * 100
    q("metrics-generated", "What was GAAP sales and marketing expense as a percentage of total revenue for fiscal "
      "2026? Round to one decimal place.", pct(r),
      f"Fiscal 2026 sales and marketing ${n(sm)} thousand / total revenue ${n(t)} thousand = {f4(r)}%, rounded to "
      f"{pct(r)}.", P.ev("ops", "Total revenue", "Sales and marketing"))

    a, b = P.v("km", "Customers over $100k", 0), P.v("km", "Customers over $100k", 1)
    r = (a / b - 1) * 100
    q("metrics-generated", "By what percentage did the number of customers with ARR of $100,000 or more grow YoY "
      "at January 31, 2026? Round to one decimal place.", pct(r),
      f"{n(a)} customers at January 31, 2026 vs. {n(b)} a year earlier: {n(a)} / {n(b)} - 1 = {f4(r)}%, rounded "
      f"to {pct(r)}.", P.ev("km", "Customers over $100k"))

    c0, c1 = P.v("bs", "Cash and cash equivalents", 0), P.v("bs", "Cash and cash equivalents", 1)
    m0, m1 = P.v("bs", "Marketable securities", 0), P.v("bs", "Marketable securities", 1)
    d = (c0 + m0) - (c1 + m1)
    q("metrics-generated", "By how much did Nimbrel's combined cash, cash equivalents and marketable securities "
      "increase from January 31, 2025 to January 31, 2026? Answer in USD thousands.", th(d),
      f"January 31, 2026: {n(c0)} + {n(m0)} = {n(c0 + m0)}; January 31, 2025: {n(c1)} + {n(m1)} = {n(c1 + m1)}; "
      f"difference {n(d)} thousand.", P.ev("bs", "Cash and cash equivalents", "Marketable securities"))

    sbc, t = P.v("sbc", "Total stock-based compensation expense", 2), P.v("ops", "Total revenue", 2)
    r = sbc / t * 100
    q("metrics-generated", "What was stock-based compensation expense as a percentage of total revenue in fiscal "
      "2026? Round to one decimal place.", pct(r),
      f"Total stock-based compensation expense ${n(sbc)} thousand / fiscal 2026 total revenue ${n(t)} thousand = "
      f"{f4(r)}%, rounded to {pct(r)}.",
      P.ev("ops", "Total revenue") + P.ev("sbc", "Total stock-based compensation expense"))

    # ---------------------------------------------------------- harder
    o = saas_data.outlook
    lo, hi = D(o["fy_rev"][0]), D(o["fy_rev"][1])
    mid = (lo + hi) / 2
    t = P.v("ops", "Total revenue", 2)
    r = (mid * 1000 / t - 1) * 100
    q("metrics-generated", "What YoY revenue growth does the midpoint of Nimbrel's fiscal 2027 total revenue "
      "guidance imply relative to fiscal 2026 reported revenue? Round to one decimal place.", pct(r),
      f"Fiscal 2027 guidance ${lo} million to ${hi} million, midpoint ${mid} million = {n(mid * 1000)} thousand; "
      f"fiscal 2026 revenue {n(t)} thousand. {n(mid * 1000)} / {n(t)} - 1 = {f4(r)}%, rounded to {pct(r)}.",
      P.ev("outlook", "Total revenue") + P.ev("ops", "Total revenue"))

    rl, rh = D(o["q1_rev"][0]), D(o["q1_rev"][1])
    ol, oh = D(o["q1_ngoi"][0]), D(o["q1_ngoi"][1])
    r = ((ol + oh) / 2) / ((rl + rh) / 2) * 100
    q("metrics-generated", "Based on the midpoints of its Q1 FY2027 guidance, what non-GAAP operating margin is "
      "Nimbrel implying for the first quarter of fiscal 2027? Round to one decimal place.", pct(r),
      f"Non-GAAP operating income midpoint ({ol} + {oh}) / 2 = {(ol + oh) / 2}; revenue midpoint ({rl} + {rh}) / 2 "
      f"= {(rl + rh) / 2}; {(ol + oh) / 2} / {(rl + rh) / 2} = {f4(r)}%, rounded to {pct(r)}.",
      P.ev("outlook", "Total revenue", "Non-GAAP operating income"))

    a, b = P.v("ops", "Total revenue", 2), P.v("ops", "Total revenue", 3)
    g = rnd((a / b - 1) * 100, 1)
    fm = P.v("fcf", "Free cash flow margin", 2)
    q("metrics-generated", "Compute Nimbrel's fiscal 2026 'Rule of 40' score as YoY total revenue growth (%) plus "
      "free cash flow margin (%) as reported in the free cash flow reconciliation. Round revenue growth to one "
      "decimal before adding.", f"{g + fm}%",
      f"Revenue growth {n(a)} / {n(b)} - 1 = {g}% (rounded); fiscal 2026 free cash flow margin {fm}% per the free "
      f"cash flow reconciliation; {g} + {fm} = {g + fm}%.",
      P.ev("ops", "Total revenue") + P.ev("fcf", "Free cash flow margin"))

    c = P.v("bs", "Cash and cash equivalents", 0)
    m = P.v("bs", "Marketable securities", 0)
    ar = P.v("bs", "Accounts receivable, net", 0)
    cl = P.v("bs", "Total current liabilities", 0)
    r = (c + m + ar) / cl
    q("metrics-generated", "Calculate Nimbrel's quick ratio at January 31, 2026, defined as (cash and cash "
      "equivalents + marketable securities + accounts receivable, net) / total current liabilities. Round to two "
      "decimals.", f"{rnd(r, 2)}",
      f"({n(c)} + {n(m)} + {n(ar)}) / {n(cl)} = {n(c + m + ar)} / {n(cl)} = {f4(r)}, rounded to {rnd(r, 2)}.",
      P.ev("bs", "Cash and cash equivalents", "Marketable securities", "Accounts receivable, net",
           "Total current liabilities"))

    a, b = P.v("rec_oi", "Non-GAAP operating margin", 0), P.v("rec_oi", "Non-GAAP operating margin", 1)
    q("metrics-generated", "By how many percentage points did Nimbrel's non-GAAP operating margin expand in Q4 "
      "FY2026 versus Q4 FY2025?", f"{a - b} percentage points",
      f"Non-GAAP operating margin was {a}% for the three months ended January 31, 2026 and {b}% a year earlier "
      f"(GAAP to non-GAAP operating income reconciliation): {a} - {b} = {a - b} percentage points.",
      P.ev("rec_oi", "Non-GAAP operating margin"))

    c0, n0 = P.v("bs", "Deferred revenue, current", 0), P.v("bs", "Deferred revenue, noncurrent", 0)
    c1, n1 = P.v("bs", "Deferred revenue, current", 1), P.v("bs", "Deferred revenue, noncurrent", 1)
    r = ((c0 + n0) / (c1 + n1) - 1) * 100
    q("metrics-generated", "How fast did Nimbrel's total deferred revenue (current plus noncurrent) grow YoY as of "
      "January 31, 2026? Round to one decimal place.", pct(r),
      f"January 31, 2026: {n(c0)} + {n(n0)} = {n(c0 + n0)}; January 31, 2025: {n(c1)} + {n(n1)} = {n(c1 + n1)}; "
      f"{n(c0 + n0)} / {n(c1 + n1)} - 1 = {f4(r)}%, rounded to {pct(r)}.",
      P.ev("bs", "Deferred revenue, current", "Deferred revenue, noncurrent"))

    us, t = P.v("geo", "United States", 2), P.v("geo", "Total revenue", 2)
    r = (t - us) / t * 100
    q("metrics-generated", "What percentage of Nimbrel's fiscal 2026 revenue was generated outside the United "
      "States? Round to one decimal place.", pct(r),
      f"Revenue by Geographic Area, fiscal 2026: total {n(t)} - United States {n(us)} = {n(t - us)} thousand "
      f"international; {n(t - us)} / {n(t)} = {f4(r)}%, rounded to {pct(r)}.",
      P.ev("geo", "United States", "Total revenue"))
    return out


def build_questions(built):
    K = Src(utility_data.DOC_NAME, built[utility_data.DOC_NAME]["doc"])
    P = Src(saas_data.DOC_NAME, built[saas_data.DOC_NAME]["doc"])
    rows = _10k(K) + _8k(P)
    out = []
    for i, (company, doc_name, qtype, question, answer, just, evidence, period, dtype) in enumerate(rows, 1):
        out.append({
            "financebench_id": f"blind19_{i:03d}",
            "company": company,
            "doc_name": doc_name,
            "question_type": qtype,
            "question": question,
            "answer": answer,
            "justification": just,
            "evidence": evidence,
            "doc_period": period,
            "doc_type": dtype,
        })
    return out
