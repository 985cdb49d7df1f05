"""Question specifications for blind_filings_16.

Each spec names its input figures as expressions over the models (``m`` semiconductor-equipment 10-K in thousands,
``r`` specialty-retail 10-Q in tenths of a million), each with the unit and decimals it is printed with, and its
answer figures as expressions over those inputs ``I``.  ``build`` formats answers from the specs; ``check_set.py``
re-evaluates the same specs against a fresh model, recomputes every answer figure and looks for every input figure
on the evidence pages."""

from fractions import Fraction as F

from kit import rnd

MDOC, RDOC = "THORNQUIST_2025_10K", "TILLMORE_2025Q3_10Q"
DOCS = {"M": (MDOC, "Thornquist Microsystems, Inc.", "10k"), "R": (RDOC, "Tillmore Home & Table, Inc.", "10q")}


def fmt(v, unit, dec=0):
    v = F(v)
    r = rnd(v, dec)
    s = f"{float(abs(r)):,.{dec}f}" if dec else f"{abs(int(r)):,}"
    neg = "-" if r < 0 else ""
    sg = "+" if r > 0 else neg
    return {"K": f"{neg}${s} thousand", "M": f"{neg}${s} million", "usd": f"{neg}${s}", "pct": f"{neg}{s}%",
            "n": f"{neg}{s}", "x": f"{neg}{s}x", "bps": f"{sg}{s} bps", "days": f"{neg}{s} days",
            "spct": f"{sg}{s}%", "pp": f"{sg}{s} percentage points", "sh": f"{neg}{s} shares",
            "ksh": f"{neg}{s} thousand shares"}[unit]


def printed(v, dec=0):
    """Digits of a figure as printed in the document (sign and parentheses dropped)."""
    r = rnd(abs(F(v)), dec)
    return f"{float(r):,.{dec}f}" if dec else f"{int(r):,}"


S = []


def Q(doc, qtype, question, ev, ins, outs, ans, just):
    S.append(dict(doc=doc, type=qtype, q=question, ev=ev, ins=ins, outs=outs, ans=ans, just=just))


MG, NG, DR = "metrics-generated", "novel-generated", "domain-relevant"
# ------------------------------------------------------------------------------------------------ 10-K (30)
Q("M", MG, "What was Thornquist Microsystems' total net revenue for fiscal 2025 (the year ended September 27, "
  "2025)?", ["is_rev"], [("m['rev'][2025]", "K")], [("I[0]", "K")], "{o0}",
  "Total net revenue line of the consolidated statements of operations, fiscal 2025 column (in thousands).")
Q("M", NG, "How fast did Thornquist's top line grow in FY2025 versus FY2024? Express the YoY change in total net "
  "revenue as a percentage rounded to one decimal.", ["is_rev"], [("m['rev'][2025]", "K"), ("m['rev'][2024]", "K")],
  [("(I[0]-I[1])/I[1]*100", "spct", 1)], "{o0} ({i0} in FY2025 vs. {i1} in FY2024)",
  "(FY2025 total net revenue - FY2024 total net revenue) / FY2024 total net revenue.")
Q("M", NG, "Using gross profit divided by total net revenue, what was Thornquist's gross margin in fiscal 2025 (one "
  "decimal), and how many basis points did it expand or contract compared with fiscal 2024?", ["is_rev", "is_gp"],
  [("m['gp'][2025]", "K"), ("m['rev'][2025]", "K"), ("m['gp'][2024]", "K"), ("m['rev'][2024]", "K")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, a change of {o1} (gross profit {i0} / revenue {i1} in FY2025; {i2} / {i3} in FY2024)",
  "Income statement; the basis-point change uses unrounded margins and agrees with the MD&A.")
Q("M", NG, "R&D intensity is R&D expense as a share of total net revenue. What was Thornquist's R&D intensity in "
  "fiscal 2025 and in fiscal 2023 (one decimal each)?", ["is_rd", "is_rev"],
  [("m['rd'][2025]", "K"), ("m['rev'][2025]", "K"), ("m['rd'][2023]", "K"), ("m['rev'][2023]", "K")],
  [("I[0]/I[1]*100", "pct", 1), ("I[2]/I[3]*100", "pct", 1)],
  "{o0} in fiscal 2025 ({i0} / {i1}) vs. {o1} in fiscal 2023 ({i2} / {i3}); intensity was lower in fiscal 2025",
  "Research and development and total net revenue lines of the statements of operations.")
Q("M", MG, "What backlog did Thornquist report at the end of fiscal 2025, and by what percentage was it up or down "
  "from a year earlier (one decimal)?", ["p_backlog"],
  [("rnd(F(m['backlog'][2025], 1000), 1)", "M", 1), ("rnd(F(m['backlog'][2024], 1000), 1)", "M", 1)],
  [("I[0]", "M", 1), ("(I[0]-I[1])/I[1]*100", "spct", 1)], "approximately {o0}, {o1} from {i1}",
  "Backlog is stated only in prose in Item 1 (in millions).")
Q("M", NG, "What share of Thornquist's FY2025 net revenue came from the Metrology and Inspection product line? Round "
  "to one decimal.", ["rv_MI", "rv_tot"], [("m['line_rev']['MI'][2025]", "K"), ("m['rev'][2025]", "K")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} / {i1})", "Revenue by product line table in Note 2.")
Q("M", NG, "Which of Thornquist's four product lines grew fastest in fiscal 2025, and what were the YoY growth rates "
  "of all four (one decimal)?", ["rv_WPS", "rv_MI", "rv_PC", "rv_CS"],
  [("m['line_rev']['MI'][2025]", "K"), ("m['line_rev']['MI'][2024]", "K"),
   ("m['line_rev']['WPS'][2025]", "K"), ("m['line_rev']['WPS'][2024]", "K"),
   ("m['line_rev']['PC'][2025]", "K"), ("m['line_rev']['PC'][2024]", "K"),
   ("m['line_rev']['CS'][2025]", "K"), ("m['line_rev']['CS'][2024]", "K")],
  [("(I[0]-I[1])/I[1]*100", "spct", 1), ("(I[2]-I[3])/I[3]*100", "spct", 1), ("(I[4]-I[5])/I[5]*100", "spct", 1),
   ("(I[6]-I[7])/I[7]*100", "spct", 1)],
  "Metrology and Inspection, {o0} ({i0} vs. {i1}); Wafer Process Systems {o1}; Precision Components {o2}; "
  "Customer Support and Services {o3}", "Revenue by product line table in Note 2, fiscal 2025 and 2024 columns.")
Q("M", NG, "What percentage of Thornquist's fiscal 2025 revenue was shipped to China, and how many percentage "
  "points did China's share change from fiscal 2024? One decimal for both.", ["geo_CN", "geo_tot"],
  [("m['geo']['CN'][2025]", "K"), ("m['rev'][2025]", "K"), ("m['geo']['CN'][2024]", "K"), ("m['rev'][2024]", "K")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*100", "pp", 1)],
  "{o0} ({i0} / {i1}), a change of {o1} from fiscal 2024 ({i2} / {i3})",
  "Revenue by geographic region table in Note 2; the change uses unrounded shares.")
Q("M", NG, "Inventory turnover = total cost of revenue / average inventories (average of the fiscal 2024 and fiscal "
  "2025 year-end balances). What was Thornquist's inventory turnover for FY2025? Round to two decimals.",
  ["is_cogs", "bs_inv"], [("m['cogs'][2025]", "K"), ("m['b'][2025]['inv']", "K"), ("m['b'][2024]['inv']", "K")],
  [("I[0]/((I[1]+I[2])/2)", "x", 2)], "{o0} ({i0} / average of {i1} and {i2})",
  "Cost of revenue from the statements of operations; inventories from the balance sheets.")
Q("M", NG, "Compute Thornquist's days sales outstanding at September 27, 2025 as accounts receivable, net divided by "
  "fiscal 2025 total net revenue, times 364 days. One decimal.", ["bs_ar", "is_rev"],
  [("m['b'][2025]['ar']", "K"), ("m['rev'][2025]", "K")], [("I[0]/I[1]*364", "days", 1)],
  "{o0} ({i0} / {i1} x 364)", "Balance sheet receivables and income statement revenue.")
Q("M", DR, "Define free cash flow as cash flow from operations less purchases of property, plant and equipment. What "
  "was Thornquist's FY2025 FCF, and what was FCF as a percentage of net income (one decimal)?",
  ["cf_ocf", "cf_capex", "is_ni"], [("m['ocf'][2025]", "K"), ("m['capex'][2025]", "K"), ("m['ni'][2025]", "K")],
  [("I[0]-I[1]", "K"), ("(I[0]-I[1])/I[2]*100", "pct", 1)],
  "{o0} (operating cash flow {i0} less capex {i1}); {o1} of net income of {i2}",
  "Consolidated statements of cash flows and statements of operations.")
Q("M", NG, "How capital intensive was Thornquist in fiscal 2025? Give capex (purchases of property, plant and "
  "equipment) as a percentage of total net revenue, one decimal.", ["cf_capex", "is_rev"],
  [("m['capex'][2025]", "K"), ("m['rev'][2025]", "K")], [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} / {i1})",
  "Investing section of the cash flow statement and the statements of operations.")
Q("M", NG, "What was Thornquist's FY2025 dividend payout ratio, using dividends paid from the cash flow statement "
  "over net income? One decimal.", ["cf_div", "is_ni"], [("m['div'][2025]", "K"), ("m['ni'][2025]", "K")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} (dividends paid {i0} / net income {i1})",
  "Dividends paid in financing activities; net income from the statements of operations.")
Q("M", MG, "Based on the statements of operations, what was Thornquist's effective tax rate for fiscal 2025 "
  "(provision for income taxes divided by income before income taxes, one decimal)?", ["is_tax", "is_pti"],
  [("m['tax'][2025]", "K"), ("m['pti'][2025]", "K")], [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} / {i1})",
  "Provision for income taxes and income before income taxes; agrees with the rate reconciliation in Note 9.")
Q("M", DR, "Counting both cash and cash equivalents and short-term investments against total debt (current portion "
  "plus long-term debt, net), was Thornquist in a net cash or a net debt position at September 27, 2025, and by "
  "how much?", ["bs_cash", "bs_sti", "bs_curd", "bs_ltd"],
  [("m['b'][2025]['cash']", "K"), ("m['b'][2025]['sti']", "K"), ("m['b'][2025]['cur_debt']", "K"),
   ("m['b'][2025]['ltd']", "K")], [("I[2]+I[3]-I[0]-I[1]", "K")],
  "Net debt of {o0} (debt {i2} + {i3} less cash {i0} and short-term investments {i1})",
  "Balance sheet at September 27, 2025.")
Q("M", NG, "What was Thornquist's interest coverage in FY2025, measured as operating income divided by interest "
  "expense? One decimal.", ["is_oi", "is_intx"], [("m['oi'][2025]", "K"), ("m['intx'][2025]", "K")],
  [("I[0]/I[1]", "x", 1)], "{o0} ({i0} / {i1})", "Operating income and interest expense lines, fiscal 2025.")
Q("M", MG, "What non-GAAP operating income did Thornquist report for fiscal 2025, and what non-GAAP operating margin "
  "does that represent on total net revenue (one decimal)?", ["ng_oi", "is_rev"],
  [("m['ng_oi'][2025]", "K"), ("m['rev'][2025]", "K")], [("I[0]", "K"), ("I[0]/I[1]*100", "pct", 1)],
  "{o0}; margin {o1} ({i0} / {i1})", "Non-GAAP reconciliation in MD&A and total net revenue.")
Q("M", NG, "What portion of Thornquist's FY2025 stock-based compensation expense was recorded in research and "
  "development? Give the percentage to one decimal.", ["sb_rd", "sb_tot"],
  [("m['sbc_line']['rd'][2025]", "K"), ("m['sbc'][2025]", "K")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} ({i0} of {i1})", "Stock-based compensation by line item in Note 7.")
Q("M", NG, "What was Thornquist's average annual net cash provided by operating activities over fiscal 2023 through "
  "fiscal 2025 (simple three-year average, nearest thousand)?", ["cf_ocf"],
  [("m['ocf'][2025]", "K"), ("m['ocf'][2024]", "K"), ("m['ocf'][2023]", "K")], [("(I[0]+I[1]+I[2])/3", "K")],
  "{o0} (({i0} + {i1} + {i2}) / 3)", "Operating cash flow for the three years in the cash flow statement.")
Q("M", NG, "How much intangible-asset amortization does Thornquist expect in fiscal 2026 and fiscal 2027 combined, "
  "and what share of the year-end net intangible balance is that (one decimal)?", ["am_2026", "am_2027", "am_tot"],
  [("m['amort_sched'][2026]", "K"), ("m['amort_sched'][2027]", "K"), ("m['ig'][2025]['tot'][2]", "K")],
  [("I[0]+I[1]", "K"), ("(I[0]+I[1])/I[2]*100", "pct", 1)], "{o0} ({i0} + {i1}), or {o1} of {i2}",
  "Estimated future amortization table in Note 4.")
Q("M", DR, "If all of Thornquist's convertible senior notes were converted at the initial conversion rate, how many "
  "shares of common stock would underlie them?", ["dt_conv", "p_conv"],
  [("m['conv']", "K"), ("m['conv_rate']", "n", 4)], [("I[0]*I[1]", "sh")],
  "{o0} ({i0} of principal / $1,000 x {i1} shares)", "Debt table and conversion terms in Note 5.")
Q("M", MG, "Roughly how many regular employees did Thornquist have at fiscal year-end 2025, and what proportion "
  "worked in research and development (one decimal)?", ["p_emp"],
  [("m['emp_total']", "n"), ("m['emp']['rd']", "n")], [("I[0]", "n"), ("I[1]/I[0]*100", "pct", 1)],
  "approximately {o0} employees; {o1} in R&D ({i1} / {i0})", "Stated in Item 1, Human capital.")
Q("M", NG, "What was Thornquist's current ratio at September 27, 2025? Two decimals.", ["bs_ca", "bs_cl"],
  [("m['b'][2025]['ca']", "K"), ("m['b'][2025]['cl']", "K")], [("I[0]/I[1]", "x", 2)],
  "{o0} (total current assets {i0} / total current liabilities {i1})", "Consolidated balance sheet.")
Q("M", NG, "What were Thornquist's diluted earnings per share in fiscal 2025, and what was the percentage increase "
  "over fiscal 2024 (one decimal)?", ["is_epsd"], [("m['eps_d'][2025]", "usd", 2), ("m['eps_d'][2024]", "usd", 2)],
  [("I[0]", "usd", 2), ("(I[0]-I[1])/I[1]*100", "spct", 1)], "{o0}, {o1} from {i1}",
  "Diluted net income per share line of the statements of operations.")
Q("M", NG, "At September 27, 2025, what did Thornquist's operating lease liabilities total, and what percentage of "
  "the undiscounted lease payments was imputed interest (one decimal)?", ["ls_tot", "ls_int", "ls_pv"],
  [("m['b'][2025]['lease_tot']", "K"), ("m['lease_int']", "K"), ("m['lease_pay']", "K")],
  [("I[0]", "K"), ("I[1]/I[2]*100", "pct", 1)], "{o0}; imputed interest {o1} ({i1} / {i2})",
  "Maturities of operating lease liabilities table in Note 6.")
Q("M", NG, "How many shares did Thornquist buy back in fiscal 2025 and at what average price per share (total amount "
  "divided by total shares, two decimals)?", ["rp_tot"],
  [("m['rep_q_sh']", "n"), ("m['rep_q_amt']", "K")], [("I[0]", "ksh"), ("I[1]/I[0]", "usd", 2)],
  "{o0} for {i1}, an average of {o1} per share", "Fiscal 2025 total row of the repurchase table in Note 8.")
Q("M", DR, "Did Thornquist have any borrowings outstanding under its revolving credit facility at the end of fiscal "
  "2025? How much of the facility was available after letters of credit? Answer in millions to one decimal.",
  ["p_rev"], [("rnd(F(m['rev_cap'], 1000), 1)", "M", 1), ("rnd(F(m['rev_loc'], 1000), 1)", "M", 1)],
  [("I[0]-I[1]", "M", 1)], "No borrowings were outstanding; {o0} was available ({i0} facility less {i1} of letters "
  "of credit)", "Liquidity and capital resources in MD&A.")
Q("M", NG, "Return on average equity: divide FY2025 net income by the average of total shareholders' equity at the "
  "fiscal 2024 and fiscal 2025 year-ends. What was Thornquist's ROE? One decimal.", ["is_ni", "bs_eq"],
  [("m['ni'][2025]", "K"), ("m['b'][2025]['eq']", "K"), ("m['b'][2024]['eq']", "K")],
  [("I[0]/((I[1]+I[2])/2)*100", "pct", 1)], "{o0} ({i0} / average of {i1} and {i2})",
  "Net income from the statements of operations; equity from the balance sheets.")
Q("M", NG, "What share of Thornquist's fiscal 2025 total net revenue came from services, and what was the services "
  "gross margin (services revenue less services cost of revenue, over services revenue)? One decimal each.",
  ["is_svc", "is_csvc", "is_rev"], [("m['svc_rev'][2025]", "K"), ("m['cogs_svc'][2025]", "K"), ("m['rev'][2025]", "K")],
  [("I[0]/I[2]*100", "pct", 1), ("(I[0]-I[1])/I[0]*100", "pct", 1)],
  "Services were {o0} of revenue ({i0} / {i2}); services gross margin {o1} (({i0} - {i1}) / {i0})",
  "Products and services lines of the statements of operations.")
Q("M", DR, "Calculate Thornquist's FY2025 EBITDA as operating income plus depreciation plus amortization of "
  "intangible assets (the latter two from the cash flow statement), and the EBITDA margin on total net revenue (one "
  "decimal).", ["is_oi", "cf_dep", "cf_amort", "is_rev"],
  [("m['oi'][2025]", "K"), ("m['dep'][2025]", "K"), ("m['amort'][2025]", "K"), ("m['rev'][2025]", "K")],
  [("I[0]+I[1]+I[2]", "K"), ("(I[0]+I[1]+I[2])/I[3]*100", "pct", 1)],
  "{o0} ({i0} + {i1} + {i2}); margin {o1}", "Statements of operations and of cash flows.")
# ------------------------------------------------------------------------------------------------ 10-Q (20)
def m1(k, p):
    """An input printed in millions with one decimal: r[k][p] is held in tenths of a million."""
    return (f"F(r['{k}']['{p}'], 10)", "M", 1)


Q("R", MG, "What were Tillmore Home & Table's net sales for the third quarter of fiscal 2025 (the 13 weeks ended "
  "November 1, 2025)?", ["is_sales"], [m1("sales", "q25")], [("I[0]", "M", 1)], "{o0}",
  "Net sales, 13 weeks ended November 1, 2025, condensed consolidated statements of income.")
Q("R", NG, "Year to date through November 1, 2025, how much did Tillmore sell, and what was the growth over the same "
  "39 weeks of fiscal 2024 (one decimal)?", ["is_sales"], [m1("sales", "y25"), m1("sales", "y24")],
  [("I[0]", "M", 1), ("(I[0]-I[1])/I[1]*100", "spct", 1)], "{o0}, {o1} versus {i1}",
  "39-week columns of the statements of income.")
Q("R", MG, "What was Tillmore's comparable sales change in Q3 FY2025, and what had it been in the third quarter a "
  "year earlier?", ["km_comp"], [("r['comp']['q25']", "pct", 1), ("r['comp']['q24']", "pct", 1)],
  [("I[0]", "spct", 1), ("I[1]", "spct", 1)], "{o0} in Q3 fiscal 2025 versus {o1} in Q3 fiscal 2024",
  "Comparable sales table in MD&A.")
Q("R", NG, "What was Tillmore's gross margin rate (gross profit / net sales) in the third quarter of fiscal 2025, "
  "and how many basis points did it change YoY?", ["is_sales", "is_gp"],
  [m1("gp", "q25"), m1("sales", "q25"), m1("gp", "q24"), m1("sales", "q24")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, {o1} ({i0} / {i1} vs. {i2} / {i3})", "13-week columns of the statements of income; agrees with MD&A.")
Q("R", NG, "For the 39 weeks ended November 1, 2025, what were SG&A expenses as a percentage of net sales (one "
  "decimal), and how many basis points of leverage or deleverage was that versus the prior-year period?",
  ["is_sales", "is_sga"],
  [m1("sga", "y25"), m1("sales", "y25"), m1("sga", "y24"), m1("sales", "y24")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, a change of {o1} (leverage) ({i0} / {i1} vs. {i2} / {i3})", "39-week columns of the statements of income.")
Q("R", MG, "How many stores did Tillmore operate at the end of the third quarter of fiscal 2025, and what was the net "
  "change in store count during the quarter?", ["sa_open", "sa_close", "sa_end"],
  [("r['st_end']['q25']", "n"), ("r['st_open']['q25']", "n"), ("r['st_close']['q25']", "n")],
  [("I[0]", "n"), ("I[1]-I[2]", "n")], "{o0} stores; net {o1} ({i1} opened, {i2} closed)",
  "Store activity table in MD&A, 13 weeks ended November 1, 2025.")
Q("R", NG, "How many stores has Tillmore opened and closed so far in fiscal 2025 (39 weeks), and by what percentage "
  "was its ending store count higher than a year earlier (one decimal)?", ["sa_open", "sa_close", "sa_end"],
  [("r['st_open']['y25']", "n"), ("r['st_close']['y25']", "n"), ("r['st_end']['y25']", "n"),
   ("r['st_end']['y24']", "n")],
  [("I[0]", "n"), ("I[1]", "n"), ("(I[2]-I[3])/I[3]*100", "pct", 1)],
  "{o0} opened and {o1} closed; store count up {o2} ({i2} vs. {i3})",
  "39-week columns of the store activity table in MD&A.")
Q("R", MG, "What Adjusted EBITDA did Tillmore generate in Q3 fiscal 2025, and how much did it grow YoY in percentage "
  "terms (one decimal)?", ["ae_adj"], [m1("adj_ebitda", "q25"), m1("adj_ebitda", "q24")],
  [("I[0]", "M", 1), ("(I[0]-I[1])/I[1]*100", "spct", 1)], "{o0}, {o1} (vs. {i1})",
  "13-week columns of the Adjusted EBITDA reconciliation in MD&A.")
Q("R", NG, "Adjusted EBITDA margin = Adjusted EBITDA / net sales. What was Tillmore's Adjusted EBITDA margin for the "
  "first 39 weeks of fiscal 2025? One decimal.", ["ae_adj", "is_sales"],
  [m1("adj_ebitda", "y25"), m1("sales", "y25")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} ({i0} / {i1})", "Adjusted EBITDA reconciliation and statements of income, 39-week 2025 columns.")
Q("R", NG, "What percentage of Tillmore's third-quarter fiscal 2025 net sales came through the digital channel? One "
  "decimal.", ["rv_dig", "rv_tot"], [m1("digital", "q25"), m1("sales", "q25")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} / {i1})", "Net sales by channel table in Note 2.")
Q("R", NG, "Compare Tillmore's inventory growth with its sales growth: by what percentage were merchandise "
  "inventories at November 1, 2025 higher than at November 2, 2024, and what was Q3 net sales growth? One decimal "
  "each.", ["bs_inv", "is_sales"],
  [("F(r['b']['nov']['inv'], 10)", "M", 1), ("F(r['b']['nov24']['inv'], 10)", "M", 1),
   m1("sales", "q25"), m1("sales", "q24")],
  [("(I[0]-I[1])/I[1]*100", "spct", 1), ("(I[2]-I[3])/I[3]*100", "spct", 1)],
  "Inventories {o0} ({i0} vs. {i1}); Q3 net sales {o1} ({i2} vs. {i3})",
  "Balance sheet (November 1, 2025 and November 2, 2024 columns) and the 13-week statements of income.")
Q("R", DR, "How much unused capacity did Tillmore have on its asset-based revolver at quarter-end, and what was its "
  "total liquidity including cash and cash equivalents? Answer in millions to one decimal.", ["p_abl", "bs_cash"],
  [("F(r['rev_cap'], 10)", "M", 1), ("F(r['b']['nov']['abl'], 10)", "M", 1), ("F(r['rev_loc'], 10)", "M", 1),
   ("F(r['b']['nov']['cash'], 10)", "M", 1)],
  [("I[0]-I[1]-I[2]", "M", 1), ("I[0]-I[1]-I[2]+I[3]", "M", 1)],
  "availability {o0} ({i0} less borrowings {i1} and letters of credit {i2}); total liquidity {o1} with cash of {i3}",
  "Revolver figures from MD&A liquidity prose (the borrowing base exceeded the commitment); cash from the balance "
  "sheet.")
Q("R", NG, "What diluted EPS did Tillmore earn in the third quarter and in the first 39 weeks of fiscal 2025, and by "
  "what percentage did year-to-date diluted EPS grow (one decimal)?", ["is_epsd"],
  [("r['eps_d']['q25']", "usd", 2), ("r['eps_d']['y25']", "usd", 2), ("r['eps_d']['y24']", "usd", 2)],
  [("I[0]", "usd", 2), ("I[1]", "usd", 2), ("(I[1]-I[2])/I[2]*100", "spct", 1)],
  "{o0} for the quarter and {o1} year to date, {o2} from {i2}", "Diluted EPS line of the statements of income.")
Q("R", NG, "What was Tillmore's operating margin in Q3 FY2025 (one decimal), and how many basis points did it change "
  "from Q3 FY2024?", ["is_oi", "is_sales"],
  [m1("oi", "q25"), m1("sales", "q25"), m1("oi", "q24"), m1("sales", "q24")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")], "{o0}, {o1} ({i0} / {i1} vs. {i2} / {i3})",
  "13-week columns of the statements of income.")
Q("R", DR, "Defining free cash flow as operating cash flow minus capital expenditures, what was Tillmore's FCF for "
  "the 39 weeks ended November 1, 2025?", ["cf_ocf", "cf_capex"],
  [("F(r['cf']['y25']['ocf'], 10)", "M", 1), ("F(-r['cf']['y25']['capex'], 10)", "M", 1)], [("I[0]-I[1]", "M", 1)],
  "{o0} ({i0} less {i1})", "39-week statements of cash flows.")
Q("R", NG, "Based on the income statement, what was Tillmore's effective tax rate in the third quarter of fiscal "
  "2025? One decimal.", ["is_tax", "is_pti"], [m1("tax", "q25"), m1("pti", "q25")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} / {i1})", "13-week 2025 column; agrees with Note 5.")
Q("R", NG, "Kitchen and dining: what share of Tillmore's year-to-date fiscal 2025 net sales did the category "
  "represent? One decimal.", ["rv_KD", "rc_tot"],
  [("F(r['cat']['KD']['y25'], 10)", "M", 1), m1("sales", "y25")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} / {i1})", "Net sales by merchandise category in Note 2, 39 weeks.")
Q("R", NG, "Using the quarter and year-to-date columns, what were Tillmore's net sales for the first half (first 26 "
  "weeks) of fiscal 2025?", ["is_sales"], [m1("sales", "y25"), m1("sales", "q25")],
  [("I[0]-I[1]", "M", 1)], "{o0} ({i0} for 39 weeks less {i1} for the third quarter)",
  "Statements of income, 39-week and 13-week 2025 columns.")
Q("R", NG, "According to the statement of shareholders' equity, what average price per share did Tillmore pay for "
  "the stock it repurchased in the 39 weeks ended November 1, 2025?", ["eq_rep_y25"],
  [("r['sh_rep']['y25']", "n"), ("F(-r['cf']['y25']['rep'], 10)", "M", 1)], [("I[1]*1000/I[0]", "usd", 2)],
  "{o0} ({i1} / {i0} thousand shares)", "Repurchases row of the 39-week 2025 equity statement.")
Q("R", NG, "Did Tillmore's digital comparable sales outpace its store comparable sales in the third quarter of "
  "fiscal 2025? By how many percentage points?", ["km_store", "km_dig"],
  [("r['comp_dig']['q25']", "pct", 1), ("r['comp_store']['q25']", "pct", 1)], [("I[0]-I[1]", "n", 1)],
  "Yes: digital {i0} vs. stores {i1}, a gap of {o0} percentage points", "Comparable sales table in MD&A.")

NS = {"rnd": rnd, "F": F, "sum": sum}


def evaluate(spec, m, r):
    """Input values and answer values of one spec, from the models."""
    ns = dict(NS, m=m, r=r)
    ins = [F(eval(e[0], ns)) for e in spec["ins"]]  # noqa: S307 - fixed expressions in this file
    outs = [F(eval(o[0], dict(ns, I=ins))) for o in spec["outs"]]  # noqa: S307
    return ins, outs


def build(m, r, anchors):
    items = []
    for n, sp in enumerate(S, 1):
        doc, company, dtype = DOCS[sp["doc"]]
        ins, outs = evaluate(sp, m, r)
        kw = {f"i{i}": fmt(v, *sp["ins"][i][1:]) for i, v in enumerate(ins)}
        kw.update({f"o{i}": fmt(v, *sp["outs"][i][1:]) for i, v in enumerate(outs)})
        ev = []
        for k in sp["ev"]:
            pg, text = anchors[doc][k]
            ev.append({"evidence_text": text, "evidence_page_num": pg, "doc_name": doc})
        items.append({"financebench_id": f"blind16_{n:03d}", "company": company, "doc_name": doc,
                      "question_type": sp["type"], "question": sp["q"], "answer": sp["ans"].format(**kw),
                      "justification": sp["just"], "evidence": ev, "doc_period": 2025, "doc_type": dtype})
    return items
