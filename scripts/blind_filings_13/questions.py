"""Question specifications for blind_filings_13.

Each spec names its input figures as expressions over the models (``m`` machinery 10-K, ``h`` hotel 10-Q), each
with the unit and decimals it is printed with, and its answer figures as expressions over those inputs ``I``.
``build`` formats answers from the specs; ``check_set.py`` re-evaluates the same specs against a fresh model,
recomputes every answer figure and looks for every input figure on the evidence pages."""

from fractions import Fraction as F

from kit import rnd

MDOC, HDOC = "KESTRELMOOR_2025_10K", "ALDERBAY_2025Q2_10Q"
DOCS = {"M": (MDOC, "Kestrelmoor Industries, Inc.", "10k"), "H": (HDOC, "Alderbay Hotels & Resorts, Inc.", "10q")}


def fmt(v, unit, dec=0):
    v = F(v)
    r = rnd(v, dec)
    s = f"{float(abs(r)):,.{dec}f}" if dec else f"{abs(int(r)):,}"
    neg = "-" if r < 0 else ""
    return {"M": f"{neg}${s} million", "K": f"{neg}${s} thousand", "usd": f"{neg}${s}", "pct": f"{neg}{s}%",
            "n": f"{neg}{s}", "x": f"{neg}{s}x", "bps": f"{'+' if r > 0 else neg}{s} bps",
            "pp": f"{'+' if r > 0 else neg}{s} percentage points", "spct": f"{'+' if r > 0 else neg}{s}%"}[unit]


def printed(v, dec=0):
    """Digits of a figure as printed in the document (sign and parentheses dropped)."""
    r = rnd(abs(F(v)), dec)
    return f"{float(r):,.{dec}f}" if dec else f"{int(r):,}"


S = []


def Q(doc, qtype, question, ev, ins, outs, ans, just):
    S.append(dict(doc=doc, type=qtype, q=question, ev=ev, ins=ins, outs=outs, ans=ans, just=just))


MG, NG, DR = "metrics-generated", "novel-generated", "domain-relevant"
# ------------------------------------------------------------------------------------------------ 10-K (30)
Q("M", MG, "What were Kestrelmoor Industries' consolidated net sales for fiscal year 2025, as reported on the "
  "income statement?", ["is_sales"], [("m['sales'][2025]", "M")], [("I[0]", "M")], "{o0}",
  "Net sales line of the consolidated statement of income, 2025 column.")
Q("M", NG, "By how much did Kestrelmoor's net sales grow YoY in FY2025? Give the percentage rounded to one decimal.",
  ["is_sales"], [("m['sales'][2025]", "M"), ("m['sales'][2024]", "M")], [("(I[0]-I[1])/I[1]*100", "pct", 1)],
  "{o0} ({i0} in FY2025 vs. {i1} in FY2024)", "(FY2025 net sales - FY2024 net sales) / FY2024 net sales.")
Q("M", NG, "What was the dollar change in Kestrelmoor's net income from 2024 to 2025, and what was the percentage "
  "change (one decimal)?", ["is_ni"], [("m['ni'][2025]", "M"), ("m['ni'][2024]", "M")],
  [("I[0]-I[1]", "M"), ("(I[0]-I[1])/I[1]*100", "pct", 1)], "{o0}, an increase of {o1} ({i0} vs. {i1})",
  "Difference of the two net income figures; percentage = difference / 2024 net income.")
Q("M", MG, "What diluted earnings per share did Kestrelmoor report for 2025?", ["is_epsd"],
  [("m['eps_d'][2025]", "usd", 2)], [("I[0]", "usd", 2)], "{o0}", "Diluted EPS line on the income statement.")
Q("M", NG, "Define gross margin as gross profit divided by net sales. What was Kestrelmoor's gross margin in FY2025 "
  "(one decimal), and by how many basis points did it change from FY2024?", ["is_sales", "is_gp"],
  [("m['gp'][2025]", "M"), ("m['sales'][2025]", "M"), ("m['gp'][2024]", "M"), ("m['sales'][2024]", "M")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, a change of {o1} (gross profit {i0} / net sales {i1} in 2025; {i2} / {i3} in 2024)",
  "Margins computed for each year; the basis-point change uses unrounded margins, rounded to the nearest bp.")
Q("M", MG, "What was Kestrelmoor's total backlog at December 31, 2025, as stated in the business section?",
  ["p_backlog"], [("sum(m['backlog25'].values())", "M")], [("I[0]", "M")], "{o0}",
  "Stated in Item 1, Orders and backlog.")
Q("M", NG, "Using the adjusted EBITDA reconciliation and the income statement, what was Kestrelmoor's adjusted "
  "EBITDA margin (adjusted EBITDA / net sales) for 2025? Round to one decimal.", ["ae_adj", "is_sales"],
  [("m['adj_ebitda'][2025]", "M"), ("m['sales'][2025]", "M")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} (adjusted EBITDA {i0} / net sales {i1})", "Adjusted EBITDA from the MD&A reconciliation over net sales.")
Q("M", DR, "Free cash flow defined as OCF minus capex: what was Kestrelmoor's FCF in FY2025?", ["cf_ocf", "cf_capex"],
  [("m['ocf'][2025]", "M"), ("m['capex'][2025]", "M")], [("I[0]-I[1]", "M")],
  "{o0} (net cash provided by operating activities {i0} less capital expenditures {i1})",
  "Both figures from the consolidated statement of cash flows.")
Q("M", MG, "How many people did Kestrelmoor employ at the end of 2025?", ["p_emp"],
  [("m['emp_total']", "n")], [("I[0]", "n")], "approximately {o0} employees",
  "Stated in Item 1, Human capital.")
Q("M", NG, "Compute Kestrelmoor's 2025 cash conversion ratio, defined as net cash provided by operating activities "
  "divided by net income. Round to two decimals.", ["cf_ocf", "cf_ni"],
  [("m['ocf'][2025]", "M"), ("m['ni'][2025]", "M")], [("I[0]/I[1]", "x", 2)], "{o0} (OCF {i0} / net income {i1})",
  "Operating cash flow and net income from the cash flow statement.")
Q("M", NG, "Define inventory turnover as cost of sales divided by the average of beginning and ending net "
  "inventories. What was Kestrelmoor's inventory turnover for 2025 (two decimals)?", ["is_cogs", "bs_inv"],
  [("m['cogs'][2025]", "M"), ("m['b'][2025]['inv']", "M"), ("m['b'][2024]['inv']", "M")],
  [("(I[1]+I[2])/2", "M", 1), ("I[0]/((I[1]+I[2])/2)", "x", 2)],
  "{o1} (cost of sales {i0} / average inventories {o0}, the average of {i1} and {i2})",
  "Cost of sales from the income statement; inventories from the balance sheet at both year-ends.")
Q("M", MG, "What was the LIFO reserve on Kestrelmoor's inventories at December 31, 2025?", ["inv_lifo"],
  [("m['lifo'][2025]", "M")], [("I[0]", "M")], "{o0}", "Inventories note, Less: LIFO reserve line.")
Q("M", DR, "What was Kestrelmoor's net leverage at year-end 2025, defined as (total debt minus cash and cash "
  "equivalents) divided by 2025 adjusted EBITDA? Give net debt and the ratio to two decimals.",
  ["dt_tot", "bs_cash", "ae_adj"],
  [("m['debt_tot'][2025]", "M"), ("m['b'][2025]['cash']", "M"), ("m['adj_ebitda'][2025]", "M")],
  [("I[0]-I[1]", "M"), ("(I[0]-I[1])/I[2]", "x", 2)],
  "{o1} (net debt {o0} = total debt {i0} less cash {i1}; adjusted EBITDA {i2})",
  "Total debt from the debt note, cash from the balance sheet, adjusted EBITDA from the MD&A reconciliation.")
Q("M", DR, "How much was available to borrow under Kestrelmoor's revolving credit facility at December 31, 2025, "
  "after borrowings and letters of credit, and what was total liquidity (cash and cash equivalents plus revolver "
  "availability)?", ["p_rev", "bs_cash"],
  [("m['rev_cap']", "M"), ("m['debt'][2025]['rev']", "M"), ("m['rev_loc']", "M"), ("m['b'][2025]['cash']", "M")],
  [("I[0]-I[1]-I[2]", "M"), ("I[3]+I[0]-I[1]-I[2]", "M")],
  "availability {o0}; total liquidity {o1} (facility {i0} less borrowings {i1} and letters of credit {i2}; "
  "plus cash {i3})", "Revolver figures are stated only in MD&A prose; cash from the balance sheet.")
Q("M", NG, "What was the organic sales growth rate of the Flow & Process Equipment segment in 2025 versus 2024? "
  "Round to one decimal.", ["br_FP"], [("m['organic']['FP']", "M"), ("m['sales_seg']['FP'][2024]", "M")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} (organic change {i0} / 2024 segment sales {i1})",
  "From the changes-in-net-sales table in MD&A: organic column over 2024 sales.")
Q("M", NG, "What was the book-to-bill ratio (orders / net sales) of the Lifting & Handling Systems segment in "
  "FY2025? Two decimals.", ["md_ord_LH", "md_sales_LH"],
  [("m['orders']['LH'][2025]", "M"), ("m['sales_seg']['LH'][2025]", "M")], [("I[0]/I[1]", "x", 2)],
  "{o0} (orders {i0} / net sales {i1})", "Orders and net sales from the MD&A segment table.")
Q("M", MG, "How much did Kestrelmoor spend on capex in 2025 according to the cash flow statement?", ["cf_capex"],
  [("m['capex'][2025]", "M")], [("I[0]", "M")], "{o0}", "Capital expenditures line, investing activities.")
Q("M", NG, "Based on the segment note, which segment had the highest segment operating margin (segment operating "
  "profit / segment net sales) in 2025, and what was that margin to one decimal?",
  ["sg_sales_LH", "sg_op_LH", "sg_sales_FP", "sg_op_FP", "sg_sales_PC", "sg_op_PC"],
  [("m['op_seg']['LH'][2025]", "M"), ("m['sales_seg']['LH'][2025]", "M"), ("m['op_seg']['FP'][2025]", "M"),
   ("m['sales_seg']['FP'][2025]", "M"), ("m['op_seg']['PC'][2025]", "M"), ("m['sales_seg']['PC'][2025]", "M")],
  [("I[0]/I[1]*100", "pct", 1), ("I[2]/I[3]*100", "pct", 1), ("I[4]/I[5]*100", "pct", 1)],
  "Lifting & Handling Systems, {o0} ({i0} / {i1}; Flow & Process Equipment {o1}; Precision Components {o2})",
  "Margins for each segment from the segment note; the highest is Lifting & Handling Systems.")
Q("M", NG, "What share of Kestrelmoor's FY2025 total net sales came from the Lifting & Handling Systems segment? "
  "One decimal.", ["sg_sales_LH", "sg_sales"], [("m['sales_seg']['LH'][2025]", "M"), ("m['sales'][2025]", "M")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} / {i1})", "Segment net sales over total net sales, segment note.")
Q("M", MG, "What amount of warranty provisions did Kestrelmoor record for warranties issued in 2025?", ["war_prov"],
  [("m['war_prov'][2025]", "M")], [("I[0]", "M")], "{o0}", "Product warranty roll-forward, provisions line.")
Q("M", NG, "How much of Kestrelmoor's debt principal is scheduled to mature in the three years 2026 through 2028 "
  "combined?", ["p_mat"], [("m['debt_mat'][2026]", "M"), ("m['debt_mat'][2027]", "M"), ("m['debt_mat'][2028]", "M")],
  [("I[0]+I[1]+I[2]", "M")], "{o0} ({i0} in 2026 + {i1} in 2027 + {i2} in 2028)",
  "Sum of the scheduled maturities stated in the debt note.")
Q("M", NG, "What was the total cash Kestrelmoor returned to shareholders in 2025 through dividends and share "
  "repurchases, and what percentage of operating cash flow did that represent (one decimal)?",
  ["cf_div", "cf_rep", "cf_ocf"], [("m['div'][2025]", "M"), ("m['buyback'][2025]", "M"), ("m['ocf'][2025]", "M")],
  [("I[0]+I[1]", "M"), ("(I[0]+I[1])/I[2]*100", "pct", 1)],
  "{o0}, or {o1} of OCF (dividends paid {i0} + repurchases {i1}; OCF {i2})", "Financing and operating lines of the "
  "cash flow statement.")
Q("M", MG, "How many common shares in total did Kestrelmoor purchase during the fourth quarter of 2025, including "
  "shares withheld for taxes?", ["rep_tot"], [("m['rep_q4_total']", "n")], [("I[0]", "n")], "{o0} shares",
  "Total row of the issuer purchases table in Item 5.")
Q("M", NG, "What was the funded ratio of Kestrelmoor's pension plans at December 31, 2025 (fair value of plan "
  "assets / projected benefit obligation)? One decimal.", ["pn_pa", "pn_pbo"],
  [("m['pa'][2025]", "M"), ("m['pbo'][2025]", "M")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} (plan assets {i0} / benefit obligation {i1})", "Pension note, end-of-year balances.")
Q("M", MG, "What adjusted EBITDA did Kestrelmoor report for 2025?", ["ae_adj"], [("m['adj_ebitda'][2025]", "M")],
  [("I[0]", "M")], "{o0}", "Non-GAAP reconciliation in MD&A.")
Q("M", NG, "Define the reinvestment ratio as capital expenditures divided by depreciation (excluding amortization "
  "of intangibles). What was it for FY2025, to two decimals?", ["cf_capex", "cf_dep"],
  [("m['capex'][2025]", "M"), ("m['dep'][2025]", "M")], [("I[0]/I[1]", "x", 2)],
  "{o0} (capex {i0} / depreciation {i1})", "Both from the cash flow statement.")
Q("M", MG, "What effective income tax rate did Kestrelmoor report for 2025?", ["rr_etr"],
  [("rnd(m['etr'][2025]*100, 1)", "pct", 1)], [("I[0]", "pct", 1)], "{o0}",
  "Effective tax rate line of the rate reconciliation in the income taxes note.")
Q("M", NG, "What was Kestrelmoor's interest coverage in 2025, defined as operating income divided by interest "
  "expense, net? One decimal.", ["is_oi", "is_int"], [("m['oi'][2025]", "M"), ("m['int'][2025]", "M")],
  [("I[0]/I[1]", "x", 1)], "{o0} (operating income {i0} / interest expense, net {i1})", "Income statement lines.")
Q("M", NG, "Calculate Kestrelmoor's 2025 return on average shareholders' equity: net income divided by the average of "
  "total shareholders' equity at December 31, 2024 and 2025. One decimal.", ["is_ni", "bs_eq"],
  [("m['ni'][2025]", "M"), ("m['b'][2025]['eq']", "M"), ("m['b'][2024]['eq']", "M")],
  [("I[0]/((I[1]+I[2])/2)*100", "pct", 1)], "{o0} (net income {i0} / average equity of {i1} and {i2})",
  "Net income from the income statement; equity from the balance sheet at both dates.")
Q("M", NG, "What was Kestrelmoor's current ratio at December 31, 2025 (total current assets / total current "
  "liabilities)? Two decimals.", ["bs_ca", "bs_cliab"], [("m['b'][2025]['ca']", "M"), ("m['b'][2025]['cliab']", "M")],
  [("I[0]/I[1]", "x", 2)], "{o0} ({i0} / {i1})", "Balance sheet subtotals.")
# ------------------------------------------------------------------------------------------------ 10-Q (20)
Q("H", MG, "What were Alderbay's total revenues for the three months ended June 30, 2025?", ["is_rev"],
  [("h['rev']['q25']", "K")], [("I[0]", "K")], "{o0}", "Total revenues, three-month 2025 column of the statement of "
  "operations.")
Q("H", MG, "What was comparable-hotel RevPAR for Alderbay in Q2 2025?", ["op_revpar"],
  [("h['revpar']['q25']", "usd", 2)],
  [("I[0]", "usd", 2)], "{o0}", "Comparable hotel operating statistics table in MD&A.")
Q("H", MG, "What were Alderbay's diluted earnings per share for the six months ended June 30, 2025?",
  ["is_epsd"], [("h['eps_d']['h25']", "usd", 2)], [("I[0]", "usd", 2)], "{o0}", "Diluted EPS, six-month 2025 column.")
Q("H", MG, "How many rooms were in Alderbay's total system (owned and leased, managed and franchised) at June 30, "
  "2025?", ["pt_tot"], [("h['port_tot'][0][1]", "n")], [("I[0]", "n")], "{o0} rooms", "Total row of the hotels and "
  "rooms table in MD&A.")
Q("H", MG, "How much restricted cash did Alderbay hold at June 30, 2025?", ["bs_rcash"],
  [("h['b']['jun']['rcash']", "K")], [("I[0]", "K")], "{o0}", "Restricted cash line on the balance sheet.")
Q("H", NG, "By what percentage did management and franchise fees grow YoY in the second quarter of 2025? One "
  "decimal.", ["is_fees"], [("h['fees']['q25']", "K"), ("h['fees']['q24']", "K")], [("(I[0]-I[1])/I[1]*100", "pct", 1)],
  "{o0} ({i0} vs. {i1})", "Three-month columns of the statement of operations.")
Q("H", NG, "What was the YoY percentage change in comparable RevPAR for the three months ended June 30, 2025? "
  "One decimal.", ["op_revpar"], [("h['revpar']['q25']", "usd", 2), ("h['revpar']['q24']", "usd", 2)],
  [("(I[0]-I[1])/I[1]*100", "spct", 1)], "{o0} ({i0} vs. {i1})", "RevPAR values from the comparable hotel table.")
Q("H", NG, "How many percentage points did comparable occupancy change in the first half of 2025 compared with the "
  "first half of 2024?", ["op_occ"], [("h['occ']['h25']", "pct", 1), ("h['occ']['h24']", "pct", 1)],
  [("I[0]-I[1]", "pp", 1)], "{o0} ({i0} vs. {i1})", "Six-month occupancy figures from the comparable hotel table.")
Q("H", NG, "Define the owned and leased hotel margin as that segment's adjusted EBITDA divided by its revenues. What "
  "was it for Q2 2025 (one decimal) and how many basis points did it change from Q2 2024?", ["sg_o", "sg_rev_o"],
  [("h['seg_owned']['q25']", "K"), ("h['owned_rev']['q25']", "K"), ("h['seg_owned']['q24']", "K"),
   ("h['owned_rev']['q24']", "K")], [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*10000", "bps")],
  "{o0}, {o1} ({i0} / {i1} in Q2 2025; {i2} / {i3} in Q2 2024)",
  "Segment note figures; the bps change uses unrounded margins.")
Q("H", NG, "What was Alderbay's Adjusted EBITDA for the first six months of 2025, and how much did it increase "
  "versus the same period of 2024 in dollars and percent (one decimal)?", ["ae_adj"],
  [("h['adj_ebitda']['h25']", "K"), ("h['adj_ebitda']['h24']", "K")],
  [("I[0]", "K"), ("I[0]-I[1]", "K"), ("(I[0]-I[1])/I[1]*100", "pct", 1)], "{o0}, up {o1} or {o2} (vs. {i1})",
  "Six-month columns of the Adjusted EBITDA reconciliation.")
Q("H", NG, "Excluding cost reimbursement revenue, what share of Alderbay's Q2 2025 total revenues came from rooms? "
  "One decimal.", ["is_rooms", "is_rev", "is_reimb"],
  [("h['rooms']['q25']", "K"), ("h['rev']['q25']", "K"), ("h['reimb']['q25']", "K")],
  [("I[0]/(I[1]-I[2])*100", "pct", 1)], "{o0} (rooms {i0} / (total revenues {i1} - cost reimbursements {i2}))",
  "Statement of operations, three-month 2025 column.")
Q("H", NG, "What was Alderbay's food and beverage departmental margin ((F&B revenue - F&B expense) / F&B revenue) "
  "for the three months ended June 30, 2025? One decimal.", ["is_fb", "is_xfb"],
  [("h['fb']['q25']", "K"), ("h['x_fb']['q25']", "K")], [("(I[0]-I[1])/I[0]*100", "pct", 1)],
  "{o0} (revenue {i0}, expense {i1})", "Food and beverage revenue and expense lines.")
Q("H", DR, "What was Alderbay's net debt at June 30, 2025, defined as total debt less cash and cash equivalents "
  "(excluding restricted cash)?", ["dt_tot", "bs_cash"],
  [("h['debt_tot']['jun']", "K"), ("h['b']['jun']['cash']", "K")],
  [("I[0]-I[1]", "K")], "{o0} (total debt {i0} less cash and cash equivalents {i1})", "Debt note total and balance "
  "sheet cash.")
Q("H", DR, "How much remained available under Alderbay's revolving credit facility at June 30, 2025 after "
  "borrowings and letters of credit?", ["p_rev"],
  [("h['rev_cap']//1000", "M"), ("rnd(F(h['debt']['jun']['rev'], 1000), 1)", "M", 1),
   ("rnd(F(h['rev_loc'], 1000), 1)", "M", 1)], [("I[0]-I[1]-I[2]", "M", 1)],
  "{o0} ({i0} facility less {i1} borrowings and {i2} letters of credit)", "Stated in MD&A liquidity prose.")
Q("H", NG, "Using the quarter and year-to-date columns, what net income did Alderbay earn in the first quarter of "
  "2025 (six months less the second quarter)?", ["is_ni"], [("h['ni']['h25']", "K"), ("h['ni']['q25']", "K")],
  [("I[0]-I[1]", "K")], "{o0} ({i0} for six months less {i1} for Q2)", "Six-month minus three-month net income.")
Q("H", DR, "What was Alderbay's free cash flow for H1 2025, defined as OCF less capital expenditures for property "
  "and equipment?", ["cf_ocf", "cf_capex"], [("h['cf']['h25']['ocf']", "K"), ("-h['cf']['h25']['capex']", "K")],
  [("I[0]-I[1]", "K")], "{o0} (OCF {i0} less capex {i1})", "Cash flow statement, six months 2025.")
Q("H", NG, "What was the average of Alderbay's total debt at December 31, 2024 and June 30, 2025?", ["dt_tot"],
  [("h['debt_tot']['jun']", "K"), ("h['debt_tot']['dec']", "K")], [("(I[0]+I[1])/2", "K")],
  "{o0} (average of {i0} and {i1})", "Total debt at both dates from the debt note.")
Q("H", NG, "What percentage of Alderbay's system rooms were franchised at June 30, 2025? One decimal.",
  ["pt_franchised", "pt_tot"], [("h['port']['Franchised'][0][1]", "n"), ("h['port_tot'][0][1]", "n")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} ({i0} franchised rooms / {i1} total rooms)", "Hotels and rooms table.")
Q("H", NG, "How many hotels and how many rooms did Alderbay's total system add, net, between December 31, 2024 and "
  "June 30, 2025?", ["pt_tot"],
  [("h['port_tot'][0][0]", "n"), ("h['port_tot'][1][0]", "n"), ("h['port_tot'][0][1]", "n"),
   ("h['port_tot'][1][1]", "n")], [("I[0]-I[1]", "n"), ("I[2]-I[3]", "n")],
  "{o0} hotels and {o1} rooms (from {i1} hotels / {i3} rooms to {i0} hotels / {i2} rooms)", "Total row of the hotels "
  "and rooms table at both dates.")
Q("H", NG, "Based on the Part II repurchase table, approximately how much did Alderbay spend on share repurchases "
  "in Q2 2025 (shares purchased times average price, summed over the three months)? Give the answer in millions to "
  "one decimal.", ["rep0", "rep1", "rep2"],
  [("h['rep_q2'][0][1]", "n"), ("F(h['rep_q2'][0][2], 100)", "usd", 2), ("h['rep_q2'][1][1]", "n"),
   ("F(h['rep_q2'][1][2], 100)", "usd", 2), ("h['rep_q2'][2][1]", "n"), ("F(h['rep_q2'][2][2], 100)", "usd", 2)],
  [("(I[0]*I[1]+I[2]*I[3]+I[4]*I[5])/1000000", "M", 1)],
  "{o0} ({i0} x {i1} + {i2} x {i3} + {i4} x {i5})", "Monthly rows of the issuer purchases table.")

NS = {"rnd": rnd, "F": F, "sum": sum}


def evaluate(spec, m, h):
    """Input values and answer values of one spec, from the models."""
    ns = dict(NS, m=m, h=h)
    ins = [F(eval(e[0], ns)) for e in spec["ins"]]  # noqa: S307 - fixed expressions in this file
    outs = [F(eval(o[0], dict(ns, I=ins))) for o in spec["outs"]]  # noqa: S307
    return ins, outs


def build(m, h, anchors):
    items = []
    for n, sp in enumerate(S, 1):
        doc, company, dtype = DOCS[sp["doc"]]
        ins, outs = evaluate(sp, m, h)
        kw = {f"i{i}": fmt(v, *sp["ins"][i][1:]) for i, v in enumerate(ins)}
        kw.update({f"o{i}": fmt(v, *sp["outs"][i][1:]) for i, v in enumerate(outs)})
        ev = []
        for k in sp["ev"]:
            pg, text = anchors[doc][k]
            ev.append({"evidence_text": text, "evidence_page_num": pg, "doc_name": doc})
        items.append({"financebench_id": f"blind13_{n:03d}", "company": company, "doc_name": doc,
                      "question_type": sp["type"], "question": sp["q"], "answer": sp["ans"].format(**kw),
                      "justification": sp["just"], "evidence": ev, "doc_period": 2025, "doc_type": dtype})
    return items
