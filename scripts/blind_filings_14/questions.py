"""Question specifications for blind_filings_14.

Each spec names its input figures as expressions over the models (``s`` = Lumenwright 10-K in thousands of
dollars, ``h`` = Wrenhaven 10-Q in millions), each with the unit and the decimals it is printed with in the
document, and its answer figures as expressions over those inputs ``I``. ``build`` formats the answers from the
specs; ``check_set.py`` re-evaluates the same specs against a fresh model, recomputes every answer figure and looks
for every input figure on the evidence pages."""

from fractions import Fraction as F

from kit import rnd

SDOC, IDOC = "LUMENWRIGHT_FY2026_10K", "WRENHAVEN_2025Q3_10Q"
DOCS = {"S": (SDOC, "Lumenwright, Inc.", "10k", 2026), "I": (IDOC, "Wrenhaven Insurance Group, Inc.", "10q", 2025)}


def fmt(v, unit, dec=0):
    """Answer-style figure. 'K' is a thousands-of-dollars figure shown in millions with one decimal."""
    v = F(v)
    if unit == "K":
        v, unit, dec = v / 1000, "M", 1
    r = rnd(v, dec)
    s = f"{float(abs(r)):,.{dec}f}" if dec else f"{abs(int(r)):,}"
    neg = "-" if r < 0 else ""
    sign = "+" if r > 0 else neg
    return {"M": f"{neg}${s} million", "usd": f"{neg}${s}", "pct": f"{neg}{s}%", "n": f"{neg}{s}",
            "x": f"{neg}{s}x", "days": f"{neg}{s} days", "pts": f"{neg}{s} points", "sh": f"{neg}{s} shares",
            "yrs": f"{neg}{s} years", "pp": f"{sign}{s} percentage points"}[unit]


def printed(v, dec=0):
    """Digits of a figure as printed in the document (sign and parentheses dropped)."""
    r = rnd(abs(F(v)), dec)
    return f"{float(r):,.{dec}f}" if dec else f"{int(r):,}"


S = []


def Q(doc, qtype, question, ev, ins, outs, ans, just):
    S.append(dict(doc=doc, type=qtype, q=question, ev=ev, ins=ins, outs=outs, ans=ans, just=just))


MG, NG, DR = "metrics-generated", "novel-generated", "domain-relevant"
REPQ4 = [("s['rep_q4'][0][1]", "sh"), ("F(s['rep_q4'][0][2], 100)", "usd", 2), ("s['rep_q4'][1][1]", "sh"),
         ("F(s['rep_q4'][1][2], 100)", "usd", 2), ("s['rep_q4'][2][1]", "sh"), ("F(s['rep_q4'][2][2], 100)", "usd", 2)]
SPEND = "I[{0}]*I[{1}]+I[{2}]*I[{3}]+I[{4}]*I[{5}]"
# ------------------------------------------------------------------------------------------------ 10-K (30)
Q("S", MG, "What was Lumenwright's total revenue for fiscal 2026, the year ended January 31, 2026?", ["is_rev"],
  [("s['rev'][2026]", "K")], [("I[0]", "K")], "{o0}",
  "Total revenue line of the consolidated statements of operations, fiscal 2026 column (reported in thousands).")
Q("S", MG, "Lumenwright FY26 diluted EPS?", ["is_epsd"], [("s['eps_d'][2026]", "usd", 2)], [("I[0]", "usd", 2)],
  "{o0} per diluted share", "Diluted net income per share on the statement of operations, fiscal 2026.")
Q("S", MG, "How much goodwill did Lumenwright record in its purchase price allocation for Tessaline Analytics?",
  ["pa_gw"], [("s['acq_gw']", "K")], [("I[0]", "K")], "{o0}",
  "Goodwill line of the purchase price allocation table in the business combination note.")
Q("S", MG, "What was Lumenwright's total stock-based compensation expense in the fiscal year ended January 31, 2026?",
  ["sb_tot"], [("s['sbc'][2026]", "K")], [("I[0]", "K")], "{o0}",
  "Total row of the stock-based compensation by line item table (note on stockholders' equity).")
Q("S", MG, "According to the deferred revenue roll-forward, how much did Lumenwright bill customers in fiscal 2026?",
  ["dr_bill"], [("s['billings'][2026]", "K")], [("I[0]", "K")], "{o0}",
  "Billings line of the deferred revenue roll-forward in the revenue note.")
Q("S", MG, "In total, how many shares of Class A common stock did Lumenwright buy back in the last three months of "
  "fiscal 2026 (November 2025 through January 2026)?", ["rep_tot"], [("s['rep_q4_total']", "sh")],
  [("I[0]", "sh")], "{o0}", "Total row of the issuer purchases table in Item 5.")
Q("S", MG, "How much of Lumenwright's fiscal 2025 revenue came from customers outside the United States?",
  ["geo_intl"], [("s['intl_rev'][2025]", "K")], [("I[0]", "K")], "{o0}",
  "International row of the revenue by geography table, fiscal 2025 column.")
Q("S", MG, "What was the present value of Lumenwright's operating lease liabilities as of January 31, 2026, per the "
  "lease maturity schedule?", ["lm_pv"], [("s['ll_tot'][2026]", "K")], [("I[0]", "K")], "{o0}",
  "Total operating lease liabilities row of the maturity table in the leases note.")
Q("S", NG, "How many customers with more than $100,000 of ARR did Lumenwright have at the end of FY26, and by how "
  "much did that count grow in absolute and percentage terms (one decimal)?", ["p_big"],
  [("s['big_cust'][2026]", "n"), ("s['big_cust'][2025]", "n")],
  [("I[0]", "n"), ("I[0]-I[1]", "n"), ("(I[0]-I[1])/I[1]*100", "pct", 1)],
  "{o0} customers, an increase of {o1} customers or {o2} (from {i1})",
  "Both counts are stated only in the Customers section of Item 1; growth = change / fiscal 2025 count.")
Q("S", MG, "What dollar-based net revenue retention rate did Lumenwright report as of January 31, 2026, and how did "
  "it compare with a year earlier?", ["p_nrr"], [("s['nrr'][2026]", "pct"), ("s['nrr'][2025]", "pct")],
  [("I[0]", "pct"), ("I[0]-I[1]", "pp")], "{o0}, compared with {i1} a year earlier ({o1})",
  "Stated in prose in Item 1 (Customers).")
Q("S", NG, "How much net new ARR did Lumenwright add during fiscal 2026, and what was the ARR growth rate (one "
  "decimal)?", ["p_arr"], [("F(s['arr'][2026], 1000)", "M", 1), ("F(s['arr'][2025], 1000)", "M", 1)],
  [("I[0]-I[1]", "M", 1), ("(I[0]-I[1])/I[1]*100", "pct", 1)], "{o0} of net new ARR, growth of {o1} ({i0} vs. {i1})",
  "ARR at both dates is given only in the key business metrics prose of MD&A.")
Q("S", DR, "How much could Lumenwright still draw on its revolving credit facility at January 31, 2026, and what was "
  "its total liquidity defined as cash and cash equivalents plus marketable securities plus undrawn revolver "
  "availability?", ["p_rev", "p_cash"],
  [("rnd(F(s['rev_cap'], 1000), 1)", "M", 1), ("rnd(F(s['rev_loc'], 1000), 1)", "M", 1),
   ("rnd(F(s['b'][2026]['cash'], 1000), 1)", "M", 1), ("rnd(F(s['b'][2026]['mkt'], 1000), 1)", "M", 1)],
  [("I[0]-I[1]", "M", 1), ("I[2]+I[3]+I[0]-I[1]", "M", 1)],
  "revolver availability of {o0} ({i0} of commitments, no borrowings, less {i1} of letters of credit); total "
  "liquidity of {o1} (cash {i2} + marketable securities {i3} + {o0})",
  "Facility size, borrowings and letters of credit are given only in the MD&A liquidity prose, as are the cash and "
  "marketable securities figures.")
Q("S", MG, "How much unrecognized stock-based compensation did Lumenwright have at fiscal 2026 year-end, and over "
  "what weighted-average period is it expected to be recognized?", ["p_un"],
  [("F(s['unrec_sbc'], 1000)", "M", 1), ("s['unrec_years']", "yrs", 1)], [("I[0]", "M", 1), ("I[1]", "yrs", 1)],
  "{o0}, to be recognized over a weighted-average period of {o1}", "Stated in prose in the stock-based "
  "compensation note.")
Q("S", NG, "What percentage of the deferred revenue balance at the start of fiscal 2026 was recognized as revenue "
  "during fiscal 2026? Round to one decimal.", ["p_drb", "dr_beg"],
  [("s['dr_rec_beg'][2026]", "K"), ("s['dr_end'][2025]", "K")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} ({i0} recognized out of an opening balance of {i1})",
  "Revenue recognized from opening deferred revenue is stated in the revenue note prose; the opening balance is "
  "the first row of the deferred revenue roll-forward.")
Q("S", NG, "For the Tessaline Analytics acquisition, how much of the purchase consideration was paid in cash, and "
  "what share of total purchase consideration was allocated to goodwill (one decimal)?", ["p_acq", "pa_gw", "pa_tot"],
  [("s['acq_cash']", "K"), ("s['acq_gw']", "K"), ("s['acq_consid']", "K")],
  [("I[0]", "K"), ("I[1]/I[2]*100", "pct", 1)],
  "{o0} in cash; goodwill was {o1} of total consideration ({i1} / {i2})",
  "Cash consideration from the business combination note prose; goodwill and total consideration from the "
  "purchase price allocation table.")
Q("S", NG, "By how many percentage points did Lumenwright's GAAP gross margin change from fiscal 2025 to fiscal 2026? "
  "Give both margins to one decimal.", ["is_rev", "is_gp"],
  [("s['gp'][2026]", "K"), ("s['rev'][2026]", "K"), ("s['gp'][2025]", "K"), ("s['rev'][2025]", "K")],
  [("I[0]/I[1]*100", "pct", 1), ("I[2]/I[3]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*100", "pp", 1)],
  "{o2} ({o0} in fiscal 2026 vs. {o1} in fiscal 2025)",
  "Gross profit / total revenue for each year from the statement of operations; the change uses unrounded margins.")
Q("S", NG, "What was Lumenwright's free cash flow margin in FY26, using the company's reported free cash flow and "
  "total revenue? One decimal.", ["fc_fcf", "is_rev"], [("s['fcf'][2026]", "K"), ("s['rev'][2026]", "K")],
  [("I[0]/I[1]*100", "pct", 1)], "{o0} (free cash flow {i0} / revenue {i1})",
  "Free cash flow from the MD&A reconciliation; revenue from the statement of operations.")
Q("S", NG, "What share of Lumenwright's revenue was international in fiscal 2026, and how many percentage points did "
  "that share move versus fiscal 2025?", ["geo_intl", "geo_tot"],
  [("s['intl_rev'][2026]", "K"), ("s['rev'][2026]", "K"), ("s['intl_rev'][2025]", "K"), ("s['rev'][2025]", "K")],
  [("I[0]/I[1]*100", "pct", 1), ("(I[0]/I[1]-I[2]/I[3])*100", "pp", 1)],
  "{o0} of fiscal 2026 revenue ({i0} / {i1}), {o1} versus fiscal 2025",
  "Revenue by geography table in MD&A; the change in share uses unrounded shares.")
Q("S", NG, "Calculate Lumenwright's days sales outstanding at January 31, 2026 as accounts receivable, net at "
  "year-end divided by fiscal 2026 total revenue, times 365. One decimal.", ["bs_ar", "is_rev"],
  [("s['b'][2026]['ar']", "K"), ("s['rev'][2026]", "K")], [("I[0]/I[1]*365", "days", 1)],
  "{o0} (accounts receivable {i0} / revenue {i1} x 365)",
  "Accounts receivable from the balance sheet; revenue from the statement of operations.")
Q("S", NG, "How fast did Lumenwright's total deferred revenue (current plus noncurrent) grow between January 31, 2025 "
  "and January 31, 2026?", ["bs_drc", "bs_drn"],
  [("s['b'][2026]['dr_cur']", "K"), ("s['b'][2026]['dr_nc']", "K"), ("s['b'][2025]['dr_cur']", "K"),
   ("s['b'][2025]['dr_nc']", "K")],
  [("I[0]+I[1]", "K"), ("I[2]+I[3]", "K"), ("(I[0]+I[1]-I[2]-I[3])/(I[2]+I[3])*100", "pct", 1)],
  "{o2} (from {o1} to {o0})", "Sum of the current and noncurrent deferred revenue lines on the balance sheet at both "
  "dates.")
Q("S", NG, "Using the RPO table in the notes, what was Lumenwright's year-over-year growth in total remaining "
  "performance obligations, and what portion of the January 31, 2026 RPO is expected to be recognized within twelve "
  "months? Both to one decimal.", ["rpo_tot", "rpo_cur"],
  [("s['rpo'][2026]", "K"), ("s['rpo'][2025]", "K"), ("s['rpo_cur'][2026]", "K")],
  [("(I[0]-I[1])/I[1]*100", "pct", 1), ("I[2]/I[0]*100", "pct", 1)],
  "RPO grew {o0} ({i0} vs. {i1}); {o1} ({i2}) is expected within twelve months",
  "Remaining performance obligations table in the revenue note.")
Q("S", NG, "Multiply shares purchased by the average price paid for each month of Lumenwright's fiscal fourth "
  "quarter and add them up: roughly how much did the company spend on buybacks in that quarter (in millions, one "
  "decimal)?", ["rep0", "rep1", "rep2"], REPQ4, [("(" + SPEND.format(0, 1, 2, 3, 4, 5) + ")/1000000", "M", 1)],
  "approximately {o0} ({i0} x {i1} + {i2} x {i3} + {i4} x {i5})", "Monthly rows of the Item 5 repurchase table.")
Q("S", NG, "What was Lumenwright's subscription gross margin in fiscal 2026 (subscription revenue less cost of "
  "subscription revenue, divided by subscription revenue)? One decimal.", ["is_sub", "is_csub"],
  [("s['sub'][2026]", "K"), ("s['cost_sub'][2026]", "K")], [("(I[0]-I[1])/I[0]*100", "pct", 1)],
  "{o0} (({i0} - {i1}) / {i0})", "Subscription revenue and cost of subscription revenue from the statement of "
  "operations.")
Q("S", NG, "What was the ratio of billings to revenue recognized in Lumenwright's fiscal 2026 deferred revenue "
  "roll-forward? Two decimals.", ["dr_bill", "dr_rec"], [("s['billings'][2026]", "K"), ("s['rev'][2026]", "K")],
  [("I[0]/I[1]", "x", 2)], "{o0} (billings {i0} / revenue recognized {i1})",
  "Billings and revenue recognized lines of the deferred revenue roll-forward.")
Q("S", NG, "What was Lumenwright's effective tax rate for fiscal 2026? Round to one decimal.", ["is_pti", "is_tax"],
  [("s['tax'][2026]", "K"), ("s['pti'][2026]", "K")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} (provision {i0} / income before income taxes {i1})", "Statement of operations, fiscal 2026.")
Q("S", NG, "Lumenwright's cash flow statement shows total FY26 repurchases of Class A stock. Subtracting the "
  "fourth-quarter spend implied by the Item 5 table (shares x average price per month), about how much was spent on "
  "repurchases before November 1, 2025? Millions, one decimal.", ["cf_rep", "rep0", "rep1", "rep2"],
  [("s['buyback'][2026]", "K")] + REPQ4,
  [("I[0]-(" + SPEND.format(1, 2, 3, 4, 5, 6) + ")/1000", "K"),
   ("(" + SPEND.format(1, 2, 3, 4, 5, 6) + ")/1000000", "M", 1)],
  "approximately {o0} (total repurchases {i0} less fourth-quarter spend of about {o1})",
  "Repurchases line of the cash flow statement less the sum of monthly shares x average price from Item 5.")
Q("S", DR, "Rule of 40 for Lumenwright in FY26, defined as YoY total revenue growth (%) plus free cash flow margin "
  "(%), using the company's reported free cash flow? Give the score to one decimal.", ["is_rev", "fc_fcf"],
  [("s['rev'][2026]", "K"), ("s['rev'][2025]", "K"), ("s['fcf'][2026]", "K")],
  [("(I[0]-I[1])/I[1]*100", "pct", 1), ("I[2]/I[0]*100", "pct", 1), ("(I[0]-I[1])/I[1]*100+I[2]/I[0]*100", "n", 1)],
  "{o2} (revenue growth {o0} + free cash flow margin {o1})",
  "Revenue from the statement of operations, free cash flow from the MD&A reconciliation; the score adds the "
  "unrounded components.")
Q("S", DR, "Using Lumenwright's own definition of non-GAAP gross profit, what was its non-GAAP gross margin (non-GAAP "
  "gross profit / total revenue) for fiscal 2026? One decimal.", ["ng_ngp", "is_rev"],
  [("s['ng_gp'][2026]", "K"), ("s['rev'][2026]", "K")], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} (non-GAAP gross profit {i0} / revenue {i1})", "Non-GAAP gross profit from the MD&A reconciliation.")
Q("S", DR, "Define an SBC-adjusted operating margin as (GAAP income from operations + stock-based compensation "
  "expense) / total revenue. What was it for Lumenwright in fiscal 2026? One decimal.", ["is_oi", "sb_tot", "is_rev"],
  [("s['oi'][2026]", "K"), ("s['sbc'][2026]", "K"), ("s['rev'][2026]", "K")], [("(I[0]+I[1])/I[2]*100", "pct", 1)],
  "{o0} (({i0} + {i1}) / {i2})", "Income from operations and revenue from the statement of operations; total "
  "stock-based compensation from the stock-based compensation note.")
Q("S", DR, "Compute an annual sales-efficiency 'magic number' for Lumenwright: the increase in subscription revenue "
  "from fiscal 2025 to fiscal 2026 divided by fiscal 2025 sales and marketing expense. Two decimals.",
  ["is_sub", "is_sm"], [("s['sub'][2026]", "K"), ("s['sub'][2025]", "K"), ("s['sm'][2025]", "K")],
  [("(I[0]-I[1])/I[2]", "x", 2)], "{o0} (({i0} - {i1}) / {i2})", "Subscription revenue and sales and marketing "
  "expense from the statement of operations.")
# ------------------------------------------------------------------------------------------------ 10-Q (20)
Q("I", MG, "What were Wrenhaven's net premiums earned in the third quarter of 2025?", ["is_npe"],
  [("h['npe']['tot']['q25']", "M", 1)], [("I[0]", "M", 1)], "{o0}",
  "Net premiums earned, three months ended September 30, 2025 column of the statement of operations.")
Q("I", MG, "How much net investment income did Wrenhaven earn in the first nine months of 2025?", ["is_nii"],
  [("h['nii']['n25']", "M", 1)], [("I[0]", "M", 1)], "{o0}", "Nine-month 2025 column of the statement of "
  "operations.")
Q("I", MG, "Wrenhaven Q3'25 diluted EPS?", ["is_epsd"], [("h['eps_d']['q25']", "usd", 2)], [("I[0]", "usd", 2)],
  "{o0}", "Diluted earnings per share, three months ended September 30, 2025.")
Q("I", MG, "What gross reserve for losses and loss adjustment expenses did Wrenhaven carry on its balance sheet at "
  "September 30, 2025?", ["bs_res"], [("h['b']['sep']['res']", "M", 1)], [("I[0]", "M", 1)], "{o0}",
  "Reserve for losses and LAE line of the condensed balance sheet.")
Q("I", MG, "What was the fair value of Wrenhaven's corporate debt securities at the end of Q3 2025?", ["iv_corp"],
  [("h['inv_fv_sep']['corp']", "M", 1)], [("I[0]", "M", 1)], "{o0}",
  "Corporate debt securities row, fair value column, of the September 30, 2025 investments table.")
Q("I", MG, "What combined ratio did Wrenhaven's Personal Lines segment post for the quarter ended September 30, 2025?",
  ["rt_cr_r_PL"], [("h['cr_r']['PL']['q25']", "pct", 1)], [("I[0]", "pct", 1)], "{o0}",
  "Underwriting ratios table in MD&A, Personal Lines combined ratio, 2025.")
Q("I", MG, "How many shares did Wrenhaven repurchase in total during July through September 2025?", ["rep_tot"],
  [("h['rep_q3_total']", "sh")], [("I[0]", "sh")], "{o0}", "Total row of the Part II issuer purchases table.")
Q("I", MG, "What was the Commercial Lines combined ratio for the first nine months of 2025, and how did it change "
  "from the same period of 2024?", ["p_9cl"],
  [("h['cr_r']['CL']['n25']", "pct", 1), ("h['cr_r']['CL']['n24']", "pct", 1)],
  [("I[0]", "pct", 1), ("I[0]-I[1]", "pp", 1)], "{o0}, versus {i1} a year earlier ({o1})",
  "The nine-month segment combined ratios appear only in MD&A prose.")
Q("I", NG, "What were Wrenhaven's Q3 2025 catastrophe losses, and how many points did they add to the quarter's "
  "consolidated combined ratio (catastrophe losses / net premiums earned)? One decimal.", ["p_cat", "is_npe"],
  [("h['cat']['tot']['q25']", "M", 1), ("h['npe']['tot']['q25']", "M", 1)],
  [("I[0]", "M", 1), ("I[0]/I[1]*100", "pts", 1)], "{o0}, or {o1} of combined ratio ({i0} / {i1})",
  "Catastrophe losses are stated in MD&A prose; net premiums earned from the statement of operations.")
Q("I", NG, "What was Wrenhaven's book value per share at September 30, 2025, and what was the percentage increase "
  "from year-end 2024? One decimal.", ["p_bv"],
  [("h['b']['sep']['bvps']", "usd", 2), ("h['b']['dec']['bvps']", "usd", 2)],
  [("I[0]", "usd", 2), ("(I[0]-I[1])/I[1]*100", "pct", 1)], "{o0}, up {o1} from {i1}",
  "Book value per share at both dates is stated in the MD&A liquidity prose.")
Q("I", NG, "How much favorable prior-year reserve development did Wrenhaven record in Q3 2025, and how many points of "
  "the quarter's combined ratio did it represent (relative to net premiums earned)?", ["p_pq", "is_npe"],
  [("-h['pyd']['tot']['q25']", "M", 1), ("h['npe']['tot']['q25']", "M", 1)],
  [("I[0]", "M", 1), ("I[0]/I[1]*100", "pts", 1)], "{o0}, equal to {o1} ({i0} / {i1})",
  "Prior-year development is stated only in MD&A prose; net premiums earned from the statement of operations.")
Q("I", NG, "From the income statement, what was Wrenhaven's consolidated combined ratio for the nine months ended "
  "September 30, 2025, treating losses and LAE, DAC amortization and other underwriting expenses as a share of net "
  "premiums earned? One decimal.", ["is_npe", "is_loss", "is_acq", "is_ouw"],
  [("h['loss']['tot']['n25']", "M", 1), ("h['acq_cost']['n25']", "M", 1), ("h['oth_uw']['n25']", "M", 1),
   ("h['npe']['tot']['n25']", "M", 1)], [("(I[0]+I[1]+I[2])/I[3]*100", "pct", 1)],
  "{o0} (({i0} + {i1} + {i2}) / {i3})", "Nine-month 2025 column of the statement of operations.")
Q("I", NG, "Based on the monthly rows of the Part II repurchase table (shares times average price), about how much "
  "did Wrenhaven spend buying back stock in Q3 2025? Millions, one decimal.", ["rep0", "rep1", "rep2"],
  [("h['rep_q3'][0][1]", "sh"), ("F(h['rep_q3'][0][2], 100)", "usd", 2), ("h['rep_q3'][1][1]", "sh"),
   ("F(h['rep_q3'][1][2], 100)", "usd", 2), ("h['rep_q3'][2][1]", "sh"), ("F(h['rep_q3'][2][2], 100)", "usd", 2)],
  [("(" + SPEND.format(0, 1, 2, 3, 4, 5) + ")/1000000", "M", 1)],
  "approximately {o0} ({i0} x {i1} + {i2} x {i3} + {i4} x {i5})", "Monthly rows of the issuer purchases table.")
Q("I", NG, "What was the net unrealized loss (amortized cost minus fair value) on Wrenhaven's fixed-maturity "
  "portfolio at September 30, 2025 and at December 31, 2024, and by how much did it shrink?", ["iv_tot", "id_tot"],
  [("h['fm_ac']['sep']", "M", 1), ("h['fm']['sep']", "M", 1), ("h['fm_ac']['dec']", "M", 1),
   ("h['fm']['dec']", "M", 1)],
  [("I[0]-I[1]", "M", 1), ("I[2]-I[3]", "M", 1), ("(I[2]-I[3])-(I[0]-I[1])", "M", 1)],
  "{o0} at September 30, 2025 and {o1} at December 31, 2024, a reduction of {o2}",
  "Total fixed maturities rows of the two investments tables (amortized cost less fair value).")
Q("I", NG, "What was YoY growth in Personal Lines net premiums written for 9M 2025? One decimal.", ["sg_npw_PL"],
  [("h['npw']['PL']['n25']", "M", 1), ("h['npw']['PL']['n24']", "M", 1)], [("(I[0]-I[1])/I[1]*100", "pct", 1)],
  "{o0} ({i0} vs. {i1})", "Segment results table in the segment note, nine-month columns.")
Q("I", NG, "Using the quarterly and year-to-date columns, what net income did Wrenhaven earn in the first half of "
  "2025?",
  ["is_ni"], [("h['ni']['n25']", "M", 1), ("h['ni']['q25']", "M", 1)], [("I[0]-I[1]", "M", 1)],
  "{o0} ({i0} for nine months less {i1} for the third quarter)",
  "Net income, nine-month column minus three-month column.")
Q("I", NG, "In the nine-month 2025 reserve roll-forward, what were total paid losses and LAE as a percentage of total "
  "incurred losses and LAE? One decimal.", ["rs_paid", "rs_inc"],
  [("h['resv']['n25']['paid']", "M", 1), ("h['resv']['n25']['inc']", "M", 1)], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} (paid {i0} / incurred {i1})", "Total paid and total incurred rows of the reserve reconciliation.")
Q("I", NG, "What proportion of Wrenhaven's total net premiums written in the first nine months of 2025 came from "
  "Commercial Lines?", ["sg_npw_CL", "sg_npw_tot"],
  [("h['npw']['CL']['n25']", "M", 1), ("h['npw']['tot']['n25']", "M", 1)], [("I[0]/I[1]*100", "pct", 1)],
  "{o0} ({i0} / {i1})", "Segment results table, nine-month 2025 net premiums written.")
Q("I", DR, "Define the underlying combined ratio as (losses and LAE excluding catastrophe losses and excluding "
  "prior-year reserve development, plus DAC amortization and other underwriting expenses) divided by net premiums "
  "earned. What was Wrenhaven's consolidated underlying combined ratio for Q3 2025? One decimal.",
  ["is_npe", "is_loss", "is_acq", "is_ouw", "p_cat", "p_pq"],
  [("h['loss']['tot']['q25']", "M", 1), ("h['acq_cost']['q25']", "M", 1), ("h['oth_uw']['q25']", "M", 1),
   ("h['npe']['tot']['q25']", "M", 1), ("h['cat']['tot']['q25']", "M", 1), ("-h['pyd']['tot']['q25']", "M", 1)],
  [("(I[0]-I[4]+I[5]+I[1]+I[2])/I[3]*100", "pct", 1)],
  "{o0} (({i0} - {i4} catastrophe losses + {i5} favorable development + {i1} + {i2}) / {i3})",
  "Statement of operations for losses, expenses and premiums; catastrophe losses and favorable prior-year "
  "development from MD&A prose (favorable development is added back).")
Q("I", DR, "Compute Wrenhaven's annualized return on average equity for 9M 2025: nine-month net income times 4/3, "
  "divided by the average of total shareholders' equity at December 31, 2024 and September 30, 2025. One decimal.",
  ["is_ni", "bs_eq"], [("h['ni']['n25']", "M", 1), ("h['b']['sep']['eq']", "M", 1), ("h['b']['dec']['eq']", "M", 1)],
  [("I[0]*4/3/((I[1]+I[2])/2)*100", "pct", 1), ("I[0]*4/3", "M", 1), ("(I[1]+I[2])/2", "M", 1)],
  "{o0} (annualized net income of {o1} / average equity of {o2}, the mean of {i1} and {i2})",
  "Net income from the statement of operations; equity from the balance sheet at both dates.")

NS = {"rnd": rnd, "F": F, "sum": sum}


def evaluate(spec, s, h):
    """Input values and answer values of one spec, from the models."""
    ns = dict(NS, s=s, h=h)
    ins = [F(eval(e[0], ns)) for e in spec["ins"]]  # noqa: S307 - fixed expressions in this file
    outs = [F(eval(o[0], dict(ns, I=ins))) for o in spec["outs"]]  # noqa: S307
    return ins, outs


def build(s, h, anchors):
    items = []
    for n, sp in enumerate(S, 1):
        doc, company, dtype, period = DOCS[sp["doc"]]
        ins, outs = evaluate(sp, s, h)
        kw = {f"i{i}": fmt(v, *sp["ins"][i][1:]) for i, v in enumerate(ins)}
        kw.update({f"o{i}": fmt(v, *sp["outs"][i][1:]) for i, v in enumerate(outs)})
        ev = []
        for k in sp["ev"]:
            pg, text = anchors[doc][k]
            ev.append({"evidence_text": text, "evidence_page_num": pg, "doc_name": doc})
        items.append({"financebench_id": f"blind14_{n:03d}", "company": company, "doc_name": doc,
                      "question_type": sp["type"], "question": sp["q"], "answer": sp["ans"].format(**kw),
                      "justification": sp["just"], "evidence": ev, "doc_period": period, "doc_type": dtype})
    return items
