"""Question specifications for blind_filings_15.

Each spec names its input figures as expressions over the models (``m`` packaged-foods 10-K, ``t`` truckload 10-Q),
each with the unit and decimals it is printed with, and its answer figures as expressions over those inputs ``I``.
``build`` formats answers from the specs; ``check_set.py`` re-evaluates the same specs against a fresh model,
recomputes every answer figure and looks for every input figure on the evidence pages."""

from fractions import Fraction as F

from kit import rnd

MDOC, TDOC = "PELLWORTH_2025_10K", "CALDERPINE_2025Q3_10Q"
DOCS = {"M": (MDOC, "Pellworth Brands, Inc.", "10k"), "T": (TDOC, "Calderpine Transport, Inc.", "10q")}


def fmt(v, unit, dec=0):
    v = F(v)
    r = rnd(v, dec)
    s = f"{float(abs(r)):,.{dec}f}" if dec else f"{abs(int(r)):,}"
    neg = "-" if r < 0 else ""
    return {"M": f"{neg}${s} million", "K": f"{neg}${s} thousand", "usd": f"{neg}${s}", "pct": f"{neg}{s}%",
            "n": f"{neg}{s}", "x": f"{neg}{s}x", "bps": f"{'+' if r > 0 else neg}{s} bps",
            "days": f"{neg}{s} days", "kmi": f"{neg}{s} thousand miles",
            "spct": f"{'+' if r > 0 else neg}{s}%"}[unit]


def printed(v, dec=0):
    """Digits of a figure as printed in the document (sign and parentheses dropped)."""
    r = rnd(abs(F(v)), dec)
    return f"{float(r):,.{dec}f}" if dec else f"{int(r):,}"


S = []


def Q(doc, qtype, question, ev, ins, outs, ans, just):
    S.append(dict(doc=doc, type=qtype, q=question, ev=ev, ins=ins, outs=outs, ans=ans, just=just))


MG, NG, DR = "metrics-generated", "novel-generated", "domain-relevant"
# ------------------------------------------------------------------------------------------------ 10-K (30)
Q("M", MG, "What net sales did Pellworth Brands report on its consolidated statement of income for fiscal 2025?",
  ["is_sales"], [("m['sales'][2025]", "M")], [("I[0]", "M")], "{o0}",
  "Net sales line of the consolidated statements of income, fiscal year ended June 28, 2025.")
Q("M", NG, "What was Pellworth's reported YoY net sales growth in fiscal 2025? Round to one decimal place.",
  ["is_sales"], [("m['sales'][2025]", "M"), ("m['sales'][2024]", "M")], [("(I[0]-I[1])/I[1]*100", "pct", 1)],
  "{o0} ({i0} in fiscal 2025 vs. {i1} in fiscal 2024)", "(FY2025 net sales - FY2024 net sales) / FY2024 net sales.")
Q("M", NG, "Taking gross margin as gross profit over net sales, what was Pellworth's FY2025 gross margin (one "
  "decimal), and how many basis points did it move versus FY2024?", ["is_sales", "is_gp"],
  [("m['gp'][2025]", "M"), ("m['sales'][2025]", "M"), ("m['gp'][2024]", "M"), ("m['sales'][2024]", "M")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, a change of {o1} (gross profit {i0} / net sales {i1} in FY2025; {i2} / {i3} in FY2024)",
  "Margins computed for each year from the income statement; the change uses unrounded margins.")
Q("M", NG, "From the net sales bridge in MD&A, what was North America Retail's organic sales change in fiscal 2025 "
  "(volume/mix plus price), in dollars and as a percentage of fiscal 2024 segment sales (one decimal)?", ["br_NR"],
  [("m['vol']['NR']", "M"), ("m['price']['NR']", "M"), ("m['sales_seg']['NR'][2024]", "M")],
  [("I[0]+I[1]", "M"), ("(I[0]+I[1])/I[2]*100", "pct", 1)],
  "{o0}, or {o1} (volume/mix {i0} plus price {i1}, over fiscal 2024 sales of {i2})",
  "Bridge columns for volume/mix and price, divided by the fiscal 2024 column.")
Q("M", MG, "How much net sales did the extra (53rd) week add to Pellworth's fiscal 2024, according to management?",
  ["p_wk53"], [("m['wk53_total']", "M")], [("I[0]", "M")], "approximately {o0}",
  "Stated in the MD&A executive overview.")
Q("M", NG, "What was Pellworth's adjusted EBITDA for fiscal 2025 and what margin on net sales does that imply? Give "
  "the margin to one decimal.", ["ae_adj", "is_sales"], [("m['adj_ebitda'][2025]", "M"), ("m['sales'][2025]", "M")],
  [("I[0]", "M"), ("I[0]/I[1]*100", "pct", 1)], "{o0}; margin {o1} (adjusted EBITDA {i0} / net sales {i1})",
  "Adjusted EBITDA from the non-GAAP reconciliation in MD&A, net sales from the income statement.")
Q("M", DR, "Calculate Pellworth's FY2025 FCF, defined as cash from operations less capex.", ["cf_ocf", "cf_capex"],
  [("m['ocf'][2025]", "M"), ("m['capex'][2025]", "M")], [("I[0]-I[1]", "M")],
  "{o0} (net cash provided by operating activities {i0} less capital expenditures {i1})",
  "Both lines from the consolidated statements of cash flows.")
Q("M", MG, "What was Pellworth's total D&A in fiscal 2025, combining depreciation and amortization of intangible "
  "assets as shown in the cash flow statement?", ["cf_dep", "cf_amort"],
  [("m['dep'][2025]", "M"), ("m['amort'][2025]", "M")], [("I[0]+I[1]", "M")],
  "{o0} (depreciation {i0} + amortization of intangible assets {i1})", "Operating section of the cash flow statement.")
Q("M", NG, "Treating SG&A as the opex line, what was Pellworth's SG&A-to-net-sales ratio in FY2025 (one decimal), "
  "and what was the change in basis points from FY2024?", ["is_sales", "is_sga"],
  [("m['sga'][2025]", "M"), ("m['sales'][2025]", "M"), ("m['sga'][2024]", "M"), ("m['sales'][2024]", "M")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, a change of {o1} ({i0} / {i1} in FY2025; {i2} / {i3} in FY2024)",
  "Selling, general and administrative expenses over net sales; bps change from unrounded ratios.")
Q("M", NG, "Using the North America Retail segment table in MD&A, what was that segment's operating margin in fiscal "
  "2025 (segment operating profit / net sales, one decimal)?", ["md_NR_sales", "md_NR_op"],
  [("m['op_seg']['NR'][2025]", "M"), ("m['sales_seg']['NR'][2025]", "M")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} ({i0} / {i1})", "North America Retail sub-section of segment results in MD&A.")
Q("M", NG, "By what percentage did Foodservice segment operating profit grow from fiscal 2024 to fiscal 2025, per the "
  "segment note? One decimal.", ["sg_op_FS"], [("m['op_seg']['FS'][2025]", "M"), ("m['op_seg']['FS'][2024]", "M")],
  [("(I[0]-I[1])/I[1]*100", "pct", 1)], "{o0} ({i0} vs. {i1})", "Operating profit rows of the segment information "
  "table.")
Q("M", NG, "What share of Pellworth's total fiscal 2025 net sales did the International segment contribute? One "
  "decimal.", ["sg_sales_IN", "sg_sales"], [("m['sales_seg']['IN'][2025]", "M"), ("m['sales'][2025]", "M")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} / {i1})", "Net sales rows of the segment information note.")
Q("M", MG, "What was the balance of Pellworth's restructuring reserve at the end of fiscal 2025, and how much cash "
  "was paid against it during the year?", ["rs_end", "rs_cash"],
  [("m['rs_end'][2025]", "M"), ("m['rs_cash'][2025]", "M")], [("I[0]", "M"), ("I[1]", "M")],
  "reserve {o0}; cash payments {o1}", "Restructuring reserve roll-forward in the restructuring note.")
Q("M", NG, "Management expects total pre-tax charges for the Fit-to-Grow program. After the restructuring charges "
  "recorded in fiscal 2023, 2024 and 2025, how much of that expected total remains to be recognized?",
  ["p_restr", "is_restr"],
  [("m['restr_prog_total']", "M"), ("m['restr'][2025]", "M"), ("m['restr'][2024]", "M"), ("m['restr'][2023]", "M")],
  [("I[0]-I[1]-I[2]-I[3]", "M")], "{o0} (expected total {i0} less charges of {i1}, {i2} and {i3})",
  "Expected total from MD&A prose; annual charges from the income statement.")
Q("M", MG, "What was the carrying amount of goodwill allocated to the Foodservice segment at June 28, 2025?",
  ["gw_FS"], [("m['gw_seg25']['FS']", "M")], [("I[0]", "M")], "{o0}",
  "Goodwill roll-forward by segment in the goodwill and intangibles note.")
Q("M", NG, "How much debt principal is Pellworth scheduled to repay in fiscal 2026 through fiscal 2028 combined?",
  ["p_mat"], [("m['debt_mat'][2026]", "M"), ("m['debt_mat'][2027]", "M"), ("m['debt_mat'][2028]", "M")],
  [("I[0]+I[1]+I[2]", "M")], "{o0} ({i0} + {i1} + {i2})", "Scheduled principal payments stated in the debt note.")
Q("M", DR, "At fiscal year-end 2025, how much undrawn capacity did Pellworth have on its revolver after borrowings and "
  "letters of credit, and what was total liquidity including cash and cash equivalents?", ["p_rev", "bs_cash"],
  [("m['rev_cap']", "M"), ("m['debt'][2025]['rev']", "M"), ("m['rev_loc']", "M"), ("m['b'][2025]['cash']", "M")],
  [("I[0]-I[1]-I[2]", "M"), ("I[3]+I[0]-I[1]-I[2]", "M")],
  "availability {o0}; total liquidity {o1} (facility {i0} less borrowings {i1} and letters of credit {i2}; plus "
  "cash {i3})", "Revolver figures stated only in MD&A liquidity prose; cash from the balance sheet.")
Q("M", DR, "Define net leverage as (total debt - cash and cash equivalents) / adjusted EBITDA. What was Pellworth's "
  "net debt at June 28, 2025 and its net leverage ratio for fiscal 2025 (two decimals)?",
  ["dt_tot", "bs_cash", "ae_adj"],
  [("m['debt_tot'][2025]", "M"), ("m['b'][2025]['cash']", "M"), ("m['adj_ebitda'][2025]", "M")],
  [("I[0]-I[1]", "M"), ("(I[0]-I[1])/I[2]", "x", 2)],
  "net debt {o0}; {o1} (total debt {i0} less cash {i1}; adjusted EBITDA {i2})",
  "Total debt from the debt note, cash from the balance sheet, adjusted EBITDA from the MD&A reconciliation.")
Q("M", MG, "What effective tax rate did Pellworth report for fiscal 2025?", ["rr_etr"],
  [("rnd(m['etr'][2025]*100, 1)", "pct", 1)], [("I[0]", "pct", 1)], "{o0}",
  "Effective tax rate line of the rate reconciliation in the income taxes note.")
Q("M", NG, "What were Pellworth's diluted EPS for fiscal 2025, and by what percentage did they grow over fiscal 2024 "
  "(one decimal)?", ["is_epsd"], [("m['eps_d'][2025]", "usd", 2), ("m['eps_d'][2024]", "usd", 2)],
  [("I[0]", "usd", 2), ("(I[0]-I[1])/I[1]*100", "pct", 1)], "{o0}, up {o1} from {i1}",
  "Diluted earnings per share line of the income statement.")
Q("M", NG, "What were Pellworth's average annual net sales over fiscal 2023 to fiscal 2025 (simple three-year "
  "average, one decimal)?", ["is_sales"],
  [("m['sales'][2025]", "M"), ("m['sales'][2024]", "M"), ("m['sales'][2023]", "M")],
  [("(I[0]+I[1]+I[2])/3", "M", 1)], "{o0} (({i0} + {i1} + {i2}) / 3)", "Net sales for the three years presented.")
Q("M", NG, "What was Pellworth's dividend payout ratio in fiscal 2025, measured as dividends paid in the cash flow "
  "statement divided by net income? One decimal.", ["cf_div", "is_ni"],
  [("m['div'][2025]", "M"), ("m['ni'][2025]", "M")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} (dividends paid {i0} / net income {i1})", "Dividends paid from financing activities; net income from the "
  "income statement.")
Q("M", NG, "Compute Pellworth's days inventory outstanding at the end of fiscal 2025 as ending inventories divided by "
  "cost of products sold, times 364 days (the 52-week fiscal year). One decimal.", ["bs_inv", "is_cogs"],
  [("m['b'][2025]['inv']", "M"), ("m['cogs'][2025]", "M")], [("I[0]/I[1]*364", "days", 1)],
  "{o0} (inventories {i0} / cost of products sold {i1} x 364)", "Balance sheet inventories and income statement "
  "cost of products sold.")
Q("M", NG, "What was Pellworth's DSO for fiscal 2025, using year-end receivables, fiscal 2025 net sales and a 364-day "
  "year? One decimal.", ["bs_ar", "is_sales"], [("m['b'][2025]['ar']", "M"), ("m['sales'][2025]", "M")],
  [("I[0]/I[1]*364", "days", 1)], "{o0} (receivables {i0} / net sales {i1} x 364)",
  "Receivables, net from the balance sheet; net sales from the income statement.")
Q("M", NG, "Quick ratio = (cash and cash equivalents + receivables, net) / total current liabilities. What was "
  "Pellworth's quick ratio at June 28, 2025? Two decimals.", ["bs_cash", "bs_ar", "bs_cliab"],
  [("m['b'][2025]['cash']", "M"), ("m['b'][2025]['ar']", "M"), ("m['b'][2025]['cliab']", "M")],
  [("(I[0]+I[1])/I[2]", "x", 2)], "{o0} (({i0} + {i1}) / {i2})", "Consolidated balance sheet, June 28, 2025 column.")
Q("M", NG, "How many times did Pellworth's fiscal 2025 operating income cover its interest expense, net? One "
  "decimal.", ["is_oi", "is_int"], [("m['oi'][2025]", "M"), ("m['int'][2025]", "M")], [("I[0]/I[1]", "x", 1)],
  "{o0} (operating income {i0} / interest expense, net {i1})", "Income statement lines.")
Q("M", NG, "Based on the issuer purchases table for the fourth quarter of fiscal 2025, roughly how much did Pellworth "
  "spend buying back stock (total shares purchased times average price paid, summed over the three fiscal months)? "
  "Answer in millions to one decimal.", ["rep0", "rep1", "rep2"],
  [("m['rep_q4'][0][1]", "n"), ("F(m['rep_q4'][0][3], 100)", "usd", 2), ("m['rep_q4'][1][1]", "n"),
   ("F(m['rep_q4'][1][3], 100)", "usd", 2), ("m['rep_q4'][2][1]", "n"), ("F(m['rep_q4'][2][3], 100)", "usd", 2)],
  [("(I[0]*I[1]+I[2]*I[3]+I[4]*I[5])/1000000", "M", 1)],
  "{o0} ({i0} x {i1} + {i2} x {i3} + {i4} x {i5})", "Monthly rows of the Item 5 repurchase table.")
Q("M", NG, "What were Pellworth's total undiscounted operating lease payments at June 28, 2025, and what percentage "
  "of that total was imputed interest (one decimal)?", ["ls_tot", "ls_int"],
  [("m['lease_pay']", "M"), ("m['lease_int']", "M")], [("I[0]", "M"), ("I[1]/I[0]*100", "pct", 1)],
  "{o0}; imputed interest {o1} ({i1} / {i0})", "Lease maturity table in the leases note.")
Q("M", NG, "What was Pellworth's capex intensity in FY2025, i.e. capital expenditures as a percentage of net sales? "
  "One decimal.", ["cf_capex", "is_sales"], [("m['capex'][2025]", "M"), ("m['sales'][2025]", "M")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} (capex {i0} / net sales {i1})", "Cash flow statement and income statement.")
Q("M", MG, "Approximately how many full-time employees did Pellworth have at the end of fiscal 2025?", ["p_emp"],
  [("m['emp_total']", "n")], [("I[0]", "n")], "approximately {o0} employees", "Stated in Item 1, Human capital.")
# ------------------------------------------------------------------------------------------------ 10-Q (20)
Q("T", MG, "What was Calderpine Transport's total operating revenue for the third quarter of 2025?", ["is_rev"],
  [("t['rev']['q25']", "K")], [("I[0]", "K")], "{o0}", "Total operating revenue, three months ended September 30, "
  "2025, condensed consolidated statements of income.")
Q("T", NG, "How did Truckload revenue before fuel surcharge change YoY in Q3 2025? Give the percentage to one decimal.",
  ["rv_tsbase"], [("t['ts_base']['q25']", "K"), ("t['ts_base']['q24']", "K")], [("(I[0]-I[1])/I[1]*100", "spct", 1)],
  "{o0} ({i0} vs. {i1})", "Revenue disaggregation note, Truckload revenue before fuel surcharge, three-month columns.")
Q("T", NG, "Operating ratio = total operating expenses / total operating revenue. Compute Calderpine's consolidated "
  "operating ratio for the three months ended September 30, 2025 from the income statement (one decimal).",
  ["is_rev", "is_exp"], [("t['exp']['q25']", "K"), ("t['rev']['q25']", "K")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} ({i0} / {i1})", "Income statement, three-month 2025 column.")
Q("T", NG, "What adjusted operating ratio did Calderpine report for Q3 2025, and how many basis points did it "
  "deteriorate or improve versus Q3 2024 (positive = higher ratio)?", ["ar_aor"],
  [("t['adj_or']['q25']", "pct", 1), ("t['adj_or']['q24']", "pct", 1)],
  [("I[0]", "pct", 1), ("(I[0]-I[1])*100", "bps")],
  "{o0}, {o1} vs. {i1} in Q3 2024 (a higher ratio means worse efficiency)",
  "Adjusted operating ratio line of the non-GAAP reconciliation in MD&A.")
Q("T", NG, "What was Truckload average revenue per tractor per week in the third quarter of 2025, and what was the "
  "YoY percentage change (one decimal)?", ["st_rptw"], [("t['rptw']['q25']", "usd"), ("t['rptw']['q24']", "usd")],
  [("I[0]", "usd"), ("(I[0]-I[1])/I[1]*100", "spct", 1)], "{o0}, {o1} (vs. {i1})",
  "Truckload operating statistics table in MD&A.")
Q("T", MG, "What diluted EPS did Calderpine earn for the nine months ended September 30, 2025?", ["is_epsd"],
  [("t['eps_d']['n25']", "usd", 2)], [("I[0]", "usd", 2)], "{o0}", "Diluted EPS, nine-month 2025 column.")
Q("T", NG, "How many loaded miles did the Truckload segment run in the first nine months of 2025, and what was the "
  "percentage change from the same period of 2024 (one decimal)?", ["st_loaded"],
  [("t['loaded']['n25']", "kmi"), ("t['loaded']['n24']", "kmi")],
  [("I[0]", "kmi"), ("(I[0]-I[1])/I[1]*100", "spct", 1)],
  "{o0}, {o1} (vs. {i1})", "Loaded miles row of the Truckload operating statistics, nine-month columns.")
Q("T", DR, "What was Calderpine's net debt at September 30, 2025 (total debt less cash and cash equivalents)?",
  ["dt_tot", "bs_cash"], [("t['debt_tot']['sep']", "K"), ("t['b']['sep']['cash']", "K")], [("I[0]-I[1]", "K")],
  "{o0} (total debt {i0} less cash {i1})", "Debt note total and balance sheet cash.")
Q("T", DR, "How much could Calderpine still draw on its revolving line of credit at quarter-end, after borrowings and "
  "standby letters of credit? Answer in millions to one decimal.", ["p_rev"],
  [("t['rev_cap']//1000", "M"), ("rnd(F(t['debt']['sep']['rev'], 1000), 1)", "M", 1),
   ("rnd(F(t['rev_loc'], 1000), 1)", "M", 1)], [("I[0]-I[1]-I[2]", "M", 1)],
  "{o0} ({i0} facility less {i1} borrowings and {i2} letters of credit)", "Stated in MD&A liquidity prose.")
Q("T", DR, "Using net capex (purchases of property and equipment less proceeds from equipment sales), what was "
  "Calderpine's free cash flow for the nine months ended September 30, 2025?", ["cf_ocf", "cf_capex", "cf_sale"],
  [("t['cf']['n25']['ocf']", "K"), ("-t['cf']['n25']['capex']", "K"), ("t['cf']['n25']['sale']", "K")],
  [("I[0]-I[1]+I[2]", "K")], "{o0} (OCF {i0} less purchases {i1} plus proceeds {i2})",
  "Nine-month 2025 cash flow statement.")
Q("T", NG, "What was the Logistics segment's operating margin (segment operating income / segment revenue) in Q3 2025 "
  "to one decimal, and the change in basis points from Q3 2024?", ["sg_lg_rev", "sg_lg_oi"],
  [("t['lg_oi']['q25']", "K"), ("t['lg_rev']['q25']", "K"), ("t['lg_oi']['q24']", "K"), ("t['lg_rev']['q24']", "K")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, {o1} ({i0} / {i1} in Q3 2025; {i2} / {i3} in Q3 2024)", "Segment note; bps change from unrounded margins.")
Q("T", NG, "What Adjusted EBITDA did Calderpine generate in the third quarter of 2025, and by what percentage did it "
  "change YoY (one decimal)?", ["ae_adj"], [("t['adj_ebitda']['q25']", "K"), ("t['adj_ebitda']['q24']", "K")],
  [("I[0]", "K"), ("(I[0]-I[1])/I[1]*100", "spct", 1)], "{o0}, {o1} (vs. {i1})",
  "Three-month columns of the Adjusted EBITDA reconciliation.")
Q("T", NG, "Quick ratio = (cash and cash equivalents + customer receivables, net) / total current liabilities. What "
  "was Calderpine's quick ratio at September 30, 2025? Two decimals.", ["bs_cash", "bs_ar", "bs_cl"],
  [("t['b']['sep']['cash']", "K"), ("t['b']['sep']['ar']", "K"), ("t['b']['sep']['cl']", "K")],
  [("(I[0]+I[1])/I[2]", "x", 2)], "{o0} (({i0} + {i1}) / {i2})", "Balance sheet, September 30, 2025 column.")
Q("T", NG, "Estimate Calderpine's days sales outstanding at September 30, 2025 as customer receivables divided by "
  "third-quarter total operating revenue, times the 92 days in the quarter. One decimal.", ["bs_ar", "is_rev"],
  [("t['b']['sep']['ar']", "K"), ("t['rev']['q25']", "K")], [("I[0]/I[1]*92", "days", 1)],
  "{o0} ({i0} / {i1} x 92)", "Receivables from the balance sheet, revenue from the three-month income statement.")
Q("T", NG, "What percentage of Calderpine's Q3 2025 total operating revenue was fuel surcharge? One decimal.",
  ["is_fsc", "is_rev"], [("t['fsc']['q25']", "K"), ("t['rev']['q25']", "K")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} ({i0} / {i1})", "Income statement, three-month 2025 column.")
Q("T", NG, "For the nine-month period, what was fuel expense as a percentage of total operating revenue in 2025 (one "
  "decimal), and how many basis points did that ratio change from 2024?", ["is_fuel", "is_rev"],
  [("t['x_fuel']['n25']", "K"), ("t['rev']['n25']", "K"), ("t['x_fuel']['n24']", "K"), ("t['rev']['n24']", "K")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, {o1} ({i0} / {i1} in 2025; {i2} / {i3} in 2024)", "Nine-month columns of the income statement.")
Q("T", NG, "By how many tractors, and by what percentage (one decimal), did Calderpine's average tractor count fall "
  "in Q3 2025 versus Q3 2024?", ["p_tr"], [("t['tractors']['q24']", "n"), ("t['tractors']['q25']", "n")],
  [("I[0]-I[1]", "n"), ("(I[0]-I[1])/I[0]*100", "pct", 1)], "{o0} tractors, or {o1} (from {i0} to {i1})",
  "Stated in the MD&A overview.")
Q("T", NG, "How many shares did Calderpine repurchase in the third quarter of 2025, and approximately what did they "
  "cost in total (shares times average price, summed by month)? Give the cost in millions to one decimal.",
  ["rep0", "rep1", "rep2", "rep_tot"],
  [("t['rep_q3'][0][1]", "n"), ("F(t['rep_q3'][0][2], 100)", "usd", 2), ("t['rep_q3'][1][1]", "n"),
   ("F(t['rep_q3'][1][2], 100)", "usd", 2), ("t['rep_q3'][2][1]", "n"), ("F(t['rep_q3'][2][2], 100)", "usd", 2)],
  [("I[0]+I[2]+I[4]", "n"), ("(I[0]*I[1]+I[2]*I[3]+I[4]*I[5])/1000000", "M", 1)],
  "{o0} shares for about {o1} ({i0} x {i1} + {i2} x {i3} + {i4} x {i5})",
  "Monthly rows and total of the Part II, Item 2 repurchase table.")
Q("T", NG, "What was Calderpine's interest coverage in Q3 2025, defined as operating income divided by interest "
  "expense (gross)? One decimal.", ["is_oi", "is_intx"], [("t['oi']['q25']", "K"), ("t['intx']['q25']", "K")],
  [("I[0]/I[1]", "x", 1)], "{o0} ({i0} / {i1})", "Three-month 2025 column of the income statement.")
Q("T", NG, "By what percentage did Calderpine's net income change in the quarter ended September 30, 2025 compared "
  "with the prior-year quarter? One decimal.", ["is_ni"], [("t['ni']['q25']", "K"), ("t['ni']['q24']", "K")],
  [("(I[0]-I[1])/I[1]*100", "spct", 1)], "{o0} ({i0} vs. {i1})", "Net income, three-month columns.")

NS = {"rnd": rnd, "F": F, "sum": sum}


def evaluate(spec, m, t):
    """Input values and answer values of one spec, from the models."""
    ns = dict(NS, m=m, t=t)
    ins = [F(eval(e[0], ns)) for e in spec["ins"]]  # noqa: S307 - fixed expressions in this file
    outs = [F(eval(o[0], dict(ns, I=ins))) for o in spec["outs"]]  # noqa: S307
    return ins, outs


def build(m, t, anchors):
    items = []
    for n, sp in enumerate(S, 1):
        doc, company, dtype = DOCS[sp["doc"]]
        ins, outs = evaluate(sp, m, t)
        kw = {f"i{i}": fmt(v, *sp["ins"][i][1:]) for i, v in enumerate(ins)}
        kw.update({f"o{i}": fmt(v, *sp["outs"][i][1:]) for i, v in enumerate(outs)})
        ev = []
        for k in sp["ev"]:
            pg, text = anchors[doc][k]
            ev.append({"evidence_text": text, "evidence_page_num": pg, "doc_name": doc})
        items.append({"financebench_id": f"blind15_{n:03d}", "company": company, "doc_name": doc,
                      "question_type": sp["type"], "question": sp["q"], "answer": sp["ans"].format(**kw),
                      "justification": sp["just"], "evidence": ev, "doc_period": 2025, "doc_type": dtype})
    return items
