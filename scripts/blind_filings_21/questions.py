"""Question specs for the blind set and the code that turns them into FinanceBench-style records.

Each spec names the printed figures it uses (data key + the table/paragraph tag where the intended solution
reads it), a calculation over those figures in printed units, and an answer format. Answers are computed, never
typed, so the checker can recompute them from the data and from the figures extracted from the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from layout import Occ, number_text, parse_number, quant

D = Decimal


@dataclass
class Spec:
    doc: str  # "truck" or "miner"
    qtype: str
    question: str
    inputs: dict[str, tuple[str, str, str]]  # name -> (data key, tag, human label)
    calc: Callable[[dict[str, Decimal]], Decimal]
    fmt: tuple  # (kind, decimals[, unit text])
    how: str  # how the answer is computed


def fmt_answer(value: Decimal, fmt: tuple) -> str:
    kind, decimals = fmt[0], fmt[1]
    unit = fmt[2] if len(fmt) > 2 else ""
    body = number_text(value, decimals, "minus").lstrip("-")
    if quant(value, decimals) == 0:
        body = f"{0:.{decimals}f}"
    sign = "-" if quant(value, decimals) < 0 else ""
    if kind == "usd_m":
        return f"{sign}${body} million"
    if kind == "usd_k":
        return f"{sign}${body} thousand"
    if kind == "usd":
        return f"{sign}${body}{unit}"
    if kind == "pct":
        return f"{sign}{body}%"
    if kind == "ratio":
        return f"{sign}{body}{unit}"
    if kind == "num":
        return f"{sign}{body}{unit}"
    raise ValueError(kind)


def rounding_margin(value: Decimal, decimals: int) -> Decimal:
    """Distance of the unrounded answer from a rounding tie, in units of the last printed digit."""
    scaled = abs(value) * (D(10) ** decimals)
    frac = scaled - int(scaled)
    return abs(frac - D("0.5"))


T, M = "truck", "miner"
DIR, CALC, COMB, OPS = "metrics-generated", "novel-generated", "domain-relevant", "domain-relevant"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Brindlecoast 10-K
    Spec(T, DIR, "What was Brindlecoast Carriers' FY2025 capex? Answer in USD millions, using the cash flow "
                 "statement.",
         {"capex": ("cf.capex.2025", "cf", "Purchases of property and equipment, 2025 (in thousands)")},
         lambda v: -v["capex"] / 1000, ("usd_m", 1),
         "Capex is purchases of property and equipment in the investing section of the 2025 cash flow statement, "
         "converted from thousands to millions."),
    Spec(T, DIR, "What is the FY2025 D&A for Brindlecoast Carriers? Give the figure in USD thousands as reported in "
                 "the statement of operations.",
         {"dna": ("is.dna.2025", "is", "Depreciation and amortization, 2025 (in thousands)")},
         lambda v: v["dna"], ("usd_k", 0), "Read directly from the consolidated statements of operations."),
    Spec(T, DIR, "How much fuel surcharge revenue did Brindlecoast recognize in fiscal 2024? Express the answer in "
                 "USD millions.",
         {"fsc": ("is.fsc.2024", "is", "Fuel surcharge revenue, 2024 (in thousands)")},
         lambda v: v["fsc"] / 1000, ("usd_m", 1), "Fuel surcharge line of operating revenue, 2024, in millions."),
    Spec(T, DIR, "Brindlecoast Carriers' total operating revenue for FY2023, in USD millions?",
         {"rev": ("is.revenue.2023", "is", "Total operating revenue, 2023 (in thousands)")},
         lambda v: v["rev"] / 1000, ("usd_m", 1), "Total operating revenue for 2023, converted to millions."),
    Spec(T, DIR, "What diluted earnings per share did Brindlecoast report for fiscal year 2025?",
         {"eps": ("eps.diluted.2025", "is", "Diluted EPS, 2025")},
         lambda v: v["eps"], ("usd", 2), "Diluted earnings per share from the statement of operations."),
    Spec(T, DIR, "What was Brindlecoast's SG&A in FY2025 (USD millions)?",
         {"sga": ("is.sga.2025", "is", "Selling, general and administrative, 2025 (in thousands)")},
         lambda v: v["sga"] / 1000, ("usd_m", 1), "Selling, general and administrative expense, 2025, in millions."),
    Spec(T, DIR, "According to the liquidity discussion in MD&A, how much availability remained under Brindlecoast's "
                 "revolving credit facility at December 31, 2025?",
         {"avail": ("revolver.avail", "para", "Revolver availability stated in MD&A ($ millions)")},
         lambda v: v["avail"], ("usd_m", 1),
         "Stated in the Liquidity and Capital Resources paragraph: facility size less borrowings and letters of "
         "credit."),
    Spec(T, OPS, "What was the average number of tractors in service in Brindlecoast's Truckload segment during "
                 "2025, including independent contractor tractors?",
         {"tractors": ("ops.tractors.2025", "ops", "Average tractors in service, 2025")},
         lambda v: v["tractors"], ("num", 0, " tractors"), "Operating statistics table in MD&A."),
    Spec(T, OPS, "What adjusted operating ratio did Brindlecoast report for 2025 in its non-GAAP reconciliation?",
         {"aor": ("adj.or_pct.2025", "adj", "Adjusted operating ratio, 2025 (%)")},
         lambda v: v["aor"], ("pct", 1), "Last line of the adjusted operating ratio reconciliation in MD&A."),
    Spec(T, DIR, "What is the total amount of contractual obligations that Brindlecoast expects to pay within one "
                 "year of December 31, 2025? Answer in USD millions.",
         {"co": ("co.total.lt1", "co", "Total contractual obligations, less than 1 year (in thousands)")},
         lambda v: v["co"] / 1000, ("usd_m", 1), "Total row, 'Less than 1 year' column of the contractual "
                                                 "obligations table, in millions."),
    Spec(T, CALC, "What was Brindlecoast's FY2025 operating margin, calculated as operating income divided by total "
                  "operating revenue? Round to one decimal place.",
         {"oi": ("is.op_income.2025", "is", "Operating income, 2025"),
          "rev": ("is.revenue.2025", "is", "Total operating revenue, 2025")},
         lambda v: v["oi"] / v["rev"] * 100, ("pct", 1), "Operating income / total operating revenue x 100."),
    Spec(T, CALC, "By what percentage did total operating revenue at Brindlecoast decline in fiscal 2025 relative to "
                  "fiscal 2024?",
         {"r25": ("is.revenue.2025", "is", "Total operating revenue, 2025"),
          "r24": ("is.revenue.2024", "is", "Total operating revenue, 2024")},
         lambda v: (1 - v["r25"] / v["r24"]) * 100, ("pct", 1), "(1 - 2025 revenue / 2024 revenue) x 100."),
    Spec(T, CALC, "Fuel surcharge is a pass-through. What share of Brindlecoast's FY2025 total operating revenue "
                  "did fuel surcharge revenue represent?",
         {"fsc": ("is.fsc.2025", "is", "Fuel surcharge, 2025"),
          "rev": ("is.revenue.2025", "is", "Total operating revenue, 2025")},
         lambda v: v["fsc"] / v["rev"] * 100, ("pct", 1), "Fuel surcharge / total operating revenue x 100."),
    Spec(T, CALC, "Using income tax expense and income before income taxes from the statement of operations, what "
                  "was Brindlecoast's effective tax rate in FY2025?",
         {"tax": ("is.tax.2025", "is", "Income tax expense, 2025"),
          "pti": ("is.pretax.2025", "is", "Income before income taxes, 2025")},
         lambda v: v["tax"] / v["pti"] * 100, ("pct", 1), "Income tax expense / income before income taxes x 100."),
    Spec(T, CALC, "What is Brindlecoast's current ratio as of December 31, 2025? Round to two decimals.",
         {"ca": ("bs.cur_assets.2025", "bs", "Total current assets, 2025"),
          "cl": ("bs.cur_liab.2025", "bs", "Total current liabilities, 2025")},
         lambda v: v["ca"] / v["cl"], ("ratio", 2), "Total current assets / total current liabilities."),
    Spec(T, OPS, "Revenue per loaded mile excluding fuel surcharge is a key trucking yield metric. What was the "
                 "year-over-year percentage change in this metric for Brindlecoast's Truckload segment in 2025?",
         {"y25": ("ops.rev_per_lm.2025", "ops", "Revenue per loaded mile excl. fuel surcharge, 2025"),
          "y24": ("ops.rev_per_lm.2024", "ops", "Revenue per loaded mile excl. fuel surcharge, 2024")},
         lambda v: (v["y25"] / v["y24"] - 1) * 100, ("pct", 1), "(2025 / 2024 - 1) x 100 using the operating "
                                                                "statistics table."),
    Spec(T, CALC, "What was the year-over-year growth rate of purchased transportation expense in FY2025?",
         {"p25": ("is.purch_trans.2025", "is", "Purchased transportation, 2025"),
          "p24": ("is.purch_trans.2024", "is", "Purchased transportation, 2024")},
         lambda v: (v["p25"] / v["p24"] - 1) * 100, ("pct", 1), "(2025 / 2024 - 1) x 100."),
    Spec(T, CALC, "Calculate Brindlecoast's FY2025 dividend payout ratio as dividends paid (from the cash flow "
                  "statement) divided by net income.",
         {"div": ("cf.dividends.2025", "cf", "Dividends paid, 2025"),
          "ni": ("is.net_income.2025", "cf", "Net income, 2025")},
         lambda v: -v["div"] / v["ni"] * 100, ("pct", 1), "Dividends paid / net income x 100."),
    Spec(T, OPS, "How many basis points did Brindlecoast's adjusted operating ratio change from 2024 to 2025 "
                 "(positive = deterioration)?",
         {"a25": ("adj.or_pct.2025", "adj", "Adjusted operating ratio, 2025 (%)"),
          "a24": ("adj.or_pct.2024", "adj", "Adjusted operating ratio, 2024 (%)")},
         lambda v: (v["a25"] - v["a24"]) * 100, ("num", 0, " basis points"), "(2025 - 2024 ratio) x 100."),
    Spec(T, OPS, "Loaded miles are reported in thousands. How many loaded miles did each average Truckload tractor "
                 "run in 2025? Round to the nearest mile.",
         {"lm": ("ops.loaded_miles.2025", "ops", "Loaded miles, 2025 (thousands)"),
          "tr": ("ops.tractors.2025", "ops", "Average tractors in service, 2025")},
         lambda v: v["lm"] * 1000 / v["tr"], ("num", 0, " miles"), "Loaded miles x 1,000 / average tractors."),
    Spec(T, COMB, "Defining free cash flow as cash from operations less purchases of property and equipment plus "
                  "proceeds from sales of property and equipment, what was Brindlecoast's FY2025 free cash flow? "
                  "Answer in USD millions.",
         {"cfo": ("cf.cfo.2025", "cf", "Net cash provided by operating activities, 2025"),
          "capex": ("cf.capex.2025", "cf", "Purchases of property and equipment, 2025"),
          "proc": ("cf.proceeds.2025", "cf", "Proceeds from sales of property and equipment, 2025")},
         lambda v: (v["cfo"] + v["capex"] + v["proc"]) / 1000, ("usd_m", 1), "(CFO - capex + proceeds) / 1,000."),
    Spec(T, COMB, "What was Brindlecoast's return on average stockholders' equity in FY2025, using net income and the "
                  "average of beginning and ending total stockholders' equity?",
         {"ni": ("is.net_income.2025", "is", "Net income, 2025"),
          "e25": ("eq.total.2025", "bs", "Total stockholders' equity, Dec 31 2025"),
          "e24": ("eq.total.2024", "bs", "Total stockholders' equity, Dec 31 2024")},
         lambda v: v["ni"] / ((v["e25"] + v["e24"]) / 2) * 100, ("pct", 1), "Net income / average equity x 100."),
    Spec(T, COMB, "Compare reinvestment with asset consumption: what is the ratio of FY2025 purchases of property and "
                  "equipment to depreciation and amortization expense?",
         {"capex": ("cf.capex.2025", "cf", "Purchases of property and equipment, 2025"),
          "dna": ("is.dna.2025", "is", "Depreciation and amortization, 2025")},
         lambda v: -v["capex"] / v["dna"], ("ratio", 2), "Capex (cash flow statement) / D&A (income statement)."),
    Spec(T, COMB, "Using total principal outstanding from the debt footnote and EBITDA defined as operating income "
                  "plus depreciation and amortization, what was Brindlecoast's debt-to-EBITDA for 2025?",
         {"debt": ("debt.principal.2025", "debt", "Total principal outstanding, Dec 31 2025"),
          "oi": ("is.op_income.2025", "is", "Operating income, 2025"),
          "dna": ("is.dna.2025", "is", "Depreciation and amortization, 2025")},
         lambda v: v["debt"] / (v["oi"] + v["dna"]), ("ratio", 2, "x"), "Debt principal / (operating income + D&A)."),
    Spec(T, COMB, "Net debt = current portion of long-term debt + long-term debt, net of current portion - cash and "
                  "cash equivalents. What was Brindlecoast's net debt at year-end 2025, in USD millions?",
         {"cur": ("debt.current_pos.2025", "bs", "Current portion of long-term debt, 2025"),
          "lt": ("debt.lt.2025", "bs", "Long-term debt, net of current portion, 2025"),
          "cash": ("bs.cash.2025", "bs", "Cash and cash equivalents, 2025")},
         lambda v: (v["cur"] + v["lt"] - v["cash"]) / 1000, ("usd_m", 1), "(Current debt + long-term debt - cash) "
                                                                          "/ 1,000."),
    # ------------------------------------------------------------------ Quillmarsh 10-Q
    Spec(M, DIR, "What were Quillmarsh Mining's total sales for the quarter ended June 30, 2026?",
         {"s": ("is.sales.q2_26", "is", "Total sales, Q2 2026 ($M)")},
         lambda v: v["s"], ("usd_m", 1), "Total sales, three months ended June 30, 2026."),
    Spec(M, DIR, "What was Quillmarsh's 1H26 DD&A?",
         {"d": ("is.dda.h1_26", "is", "Depreciation, depletion and amortization, six months 2026 ($M)")},
         lambda v: v["d"], ("usd_m", 1), "Six-month column of the statement of operations."),
    Spec(M, OPS, "What all-in sustaining cost per ounce did Quillmarsh report for Q2 2026?",
         {"a": ("aisc.per_oz.q2_26", "aisc", "AISC per ounce, Q2 2026")},
         lambda v: v["a"], ("usd", 0, " per ounce"), "Last line of the AISC reconciliation, three-month 2026 column."),
    Spec(M, DIR, "How many ounces of gold did Quillmarsh sell in the first half of 2026 (in thousands of ounces)?",
         {"o": ("sold.au.h1_26", "mdops", "Gold sold, six months 2026 (koz)")},
         lambda v: v["o"], ("num", 1, " thousand ounces"), "Gold sold, six months 2026, consolidated operating "
                                                            "results table."),
    Spec(M, DIR, "What was Quillmarsh's average realized gold price in the second quarter of 2026?",
         {"p": ("price.au.q2_26", "mdops", "Average realized gold price, Q2 2026 ($/oz)")},
         lambda v: v["p"], ("usd", 0, " per ounce"), "Consolidated operating results table in MD&A."),
    Spec(M, DIR, "YTD through June 30, 2026, how much did Quillmarsh spend on additions to property, plant and mine "
                 "development?",
         {"a": ("cf.additions.h1_26", "cf", "Additions to property, plant and mine development, 6M 2026 ($M)")},
         lambda v: -v["a"], ("usd_m", 1), "Investing section of the six-month cash flow statement."),
    Spec(M, DIR, "How much cash and cash equivalents did Quillmarsh have on its balance sheet at June 30, 2026?",
         {"c": ("bs.cash.jun26", "bs", "Cash and cash equivalents, June 30 2026 ($M)")},
         lambda v: v["c"], ("usd_m", 1), "Condensed consolidated balance sheet."),
    Spec(M, DIR, "Per the debt footnote, what was the fair value of Quillmarsh's senior notes at June 30, 2026?",
         {"fv": ("notes.fair", "para", "Fair value of senior notes ($M), Note 4 text")},
         lambda v: v["fv"], ("usd_m", 1), "Stated in the paragraph following the debt table in Note 4."),
    Spec(M, OPS, "What free cash flow did Quillmarsh report for Q2 2026?",
         {"f": ("fcf.total.q2_26", "fcf", "Free cash flow, Q2 2026 ($M)")},
         lambda v: v["f"], ("usd_m", 1), "Free cash flow reconciliation table, three months 2026."),
    Spec(M, CALC, "By how much did total ore on leach pads (current plus non-current) change in percentage terms "
                  "between December 31, 2025 and June 30, 2026?",
         {"c6": ("stk.cur_leach.jun26", "stk", "Ore on leach pads, current, June 30 2026"),
          "n6": ("stk.lt_leach.jun26", "stk", "Ore on leach pads, non-current, June 30 2026"),
          "c5": ("stk.cur_leach.dec25", "stk", "Ore on leach pads, current, Dec 31 2025"),
          "n5": ("stk.lt_leach.dec25", "stk", "Ore on leach pads, non-current, Dec 31 2025")},
         lambda v: ((v["c6"] + v["n6"]) / (v["c5"] + v["n5"]) - 1) * 100, ("pct", 1),
         "(June total / December total - 1) x 100 using Note 3."),
    Spec(M, CALC, "What was the year-over-year percentage growth in Quillmarsh's total sales for Q2 2026 versus "
                  "Q2 2025?",
         {"a": ("is.sales.q2_26", "is", "Total sales, Q2 2026"), "b": ("is.sales.q2_25", "is", "Total sales, Q2 2025")},
         lambda v: (v["a"] / v["b"] - 1) * 100, ("pct", 1), "(Q2 2026 / Q2 2025 - 1) x 100."),
    Spec(M, CALC, "Using cash plus short-term investments over current liabilities, what was Quillmarsh's liquidity "
                  "ratio at June 30, 2026? Round to two decimals.",
         {"c": ("bs.cash.jun26", "bs", "Cash and cash equivalents"), "s": ("bs.sti.jun26", "bs",
                                                                           "Short-term investments"),
          "cl": ("bs.cur_liab.jun26", "bs", "Current liabilities")},
         lambda v: (v["c"] + v["s"]) / v["cl"], ("ratio", 2), "(Cash + short-term investments) / current "
                                                              "liabilities."),
    Spec(M, CALC, "What was Quillmarsh's effective income and mining tax rate for the three months ended June 30, "
                  "2026, based on the statement of operations?",
         {"t": ("is.tax_neg.q2_26", "is", "Income and mining tax expense, Q2 2026 (shown negative)"),
          "p": ("is.pretax.q2_26", "is", "Income before income and mining tax, Q2 2026")},
         lambda v: -v["t"] / v["p"] * 100, ("pct", 1), "Tax expense / pretax income x 100."),
    Spec(M, CALC, "How much did the average realized gold price rise in Q2 2026 compared with the prior-year quarter, "
                  "in percent?",
         {"a": ("price.au.q2_26", "mdops", "Realized gold price, Q2 2026"),
          "b": ("price.au.q2_25", "mdops", "Realized gold price, Q2 2025")},
         lambda v: (v["a"] / v["b"] - 1) * 100, ("pct", 1), "(Q2 2026 / Q2 2025 - 1) x 100."),
    Spec(M, CALC, "What percentage of Quillmarsh's Q2 2026 total sales came from copper?",
         {"cu": ("sales.ob_cu.q2_26", "is", "Copper sales, Q2 2026"), "s": ("is.sales.q2_26", "is",
                                                                            "Total sales, Q2 2026")},
         lambda v: v["cu"] / v["s"] * 100, ("pct", 1), "Copper sales / total sales x 100."),
    Spec(M, COMB, "Using total debt from the debt footnote and total equity from the balance sheet, what was "
                  "Quillmarsh's debt-to-equity ratio at June 30, 2026?",
         {"d": ("debt.total.jun26", "debt", "Total debt, June 30 2026"),
          "e": ("eq.total.jun26", "bs", "Total equity, June 30 2026")},
         lambda v: v["d"] / v["e"], ("ratio", 2), "Total debt / total equity."),
    Spec(M, OPS, "What was Quillmarsh's Q2 2026 AISC margin per ounce, i.e. the average realized gold price minus "
                 "AISC per ounce?",
         {"p": ("price.au.q2_26", "mdops", "Realized gold price, Q2 2026"),
          "a": ("aisc.per_oz.q2_26", "aisc", "AISC per ounce, Q2 2026")},
         lambda v: v["p"] - v["a"], ("usd", 0, " per ounce"), "Realized price - AISC per ounce."),
    Spec(M, CALC, "Gold production growth: by what percentage did total gold produced in 1H26 exceed 1H25?",
         {"a": ("prod.au.h1_26", "mdops", "Total gold produced, 6M 2026 (koz)"),
          "b": ("prod.au.h1_25", "mdops", "Total gold produced, 6M 2025 (koz)")},
         lambda v: (v["a"] / v["b"] - 1) * 100, ("pct", 1), "(6M 2026 / 6M 2025 - 1) x 100."),
    Spec(M, COMB, "What proportion of Quillmarsh's Q2 2026 additions to property, plant and mine development was "
                  "sustaining capital?",
         {"s": ("capex.sust.q2_26", "aisc", "Sustaining capital expenditures, Q2 2026"),
          "t": ("cf.additions.q2_26", "fcf", "Additions to property, plant and mine development, Q2 2026")},
         lambda v: v["s"] / -v["t"] * 100, ("pct", 1), "Sustaining capex (AISC table) / additions (free cash flow "
                                                       "table) x 100."),
    Spec(M, CALC, "For the six months ended June 30, 2026, what was Harlow Reach's pre-tax margin, i.e. segment "
                  "income before income and mining tax divided by segment sales?",
         {"i": ("seg.hr_pti.h1_26", "seg", "Harlow Reach income before tax, 6M 2026"),
          "s": ("sales.hr_au.h1_26", "seg", "Harlow Reach sales, 6M 2026")},
         lambda v: v["i"] / v["s"] * 100, ("pct", 1), "Segment income / segment sales x 100 (Note 2)."),
    Spec(M, CALC, "Define gross margin as sales less costs applicable to sales less depreciation, depletion and "
                  "amortization, divided by sales. What was it for Q2 2026?",
         {"s": ("is.sales.q2_26", "is", "Total sales"), "c": ("is.cas.q2_26", "is", "Costs applicable to sales"),
          "d": ("is.dda.q2_26", "is", "DD&A")},
         lambda v: (v["s"] - v["c"] - v["d"]) / v["s"] * 100, ("pct", 1), "(Sales - CAS - DD&A) / sales x 100."),
    Spec(M, COMB, "Net debt is total debt less cash and cash equivalents and short-term investments. Compute "
                  "Quillmarsh's net debt at June 30, 2026.",
         {"d": ("debt.total.jun26", "debt", "Total debt (Note 4)"), "c": ("bs.cash.jun26", "bs", "Cash"),
          "s": ("bs.sti.jun26", "bs", "Short-term investments")},
         lambda v: v["d"] - v["c"] - v["s"], ("usd_m", 1), "Total debt - cash - short-term investments."),
    Spec(M, COMB, "What share of Quillmarsh's consolidated Q2 2026 income before income and mining tax was generated "
                  "by the Ormond Basin segment?",
         {"o": ("seg.ob_pti.q2_26", "seg", "Ormond Basin income before tax, Q2 2026"),
          "p": ("is.pretax.q2_26", "is", "Consolidated income before tax, Q2 2026")},
         lambda v: v["o"] / v["p"] * 100, ("pct", 1), "Segment income (Note 2) / consolidated pretax income x 100."),
    Spec(M, COMB, "Using the six-month cash flow statement, compute 1H26 free cash flow (operating cash flow less "
                  "additions to property, plant and mine development) as a percentage of net income.",
         {"cfo": ("cf.cfo.h1_26", "cf", "Net cash provided by operating activities, 6M 2026"),
          "add": ("cf.additions.h1_26", "cf", "Additions to PP&MD, 6M 2026"),
          "ni": ("is.net_income.h1_26", "is", "Net income, 6M 2026")},
         lambda v: (v["cfo"] + v["add"]) / v["ni"] * 100, ("pct", 1), "(CFO + additions) / net income x 100."),
    Spec(M, COMB, "What was the combined carrying amount of inventories and all stockpiles and ore on leach pads "
                  "(current and non-current) at June 30, 2026?",
         {"i": ("inv.total.jun26", "inv", "Inventories, June 30 2026"),
          "s": ("stk.total.jun26", "stk", "Total stockpiles and ore on leach pads, June 30 2026")},
         lambda v: v["i"] + v["s"], ("usd_m", 1), "Inventories + total stockpiles and ore on leach pads (Note 3)."),
]

DOCS = {
    "truck": ("Brindlecoast Carriers, Inc.", "BRINDLECOAST_2025_10K"),
    "miner": ("Quillmarsh Mining Corporation", "QUILLMARSH_2026Q2_10Q"),
}


def find_occ(occs: list[Occ], key: str, tag: str) -> Occ:
    for occ in occs:
        if occ.key == key and occ.tag == tag:
            return occ
    raise KeyError(f"{key} not printed in {tag}")


def input_values(spec: Spec, occs: list[Occ], data: dict[str, Decimal], source: str) -> dict[str, Decimal]:
    """Values in printed units, either parsed from the printed text or taken from the data."""
    out = {}
    for name, (key, tag, _label) in spec.inputs.items():
        occ = find_occ(occs, key, tag)
        out[name] = parse_number(occ.text) if source == "printed" else quant(data[key] * occ.scale, occ.decimals)
    return out


def build_records(filings: dict[str, dict]) -> list[dict]:
    """filings: doc -> {"occs": [...], "data": {...}}. Returns the JSONL records in order."""
    records = []
    for i, spec in enumerate(SPECS, start=1):
        filing = filings[spec.doc]
        company, doc_name = DOCS[spec.doc]
        values = input_values(spec, filing["occs"], filing["data"], "data")
        answer = fmt_answer(spec.calc(values), spec.fmt)
        occs = [find_occ(filing["occs"], key, tag) for key, tag, _ in spec.inputs.values()]
        used = "; ".join(f"{label}: {occ.text}" for (_, _, label), occ in zip(spec.inputs.values(), occs, strict=True))
        records.append({
            "financebench_id": f"blind21_{i:03d}",
            "company": company,
            "doc_name": doc_name,
            "question_type": spec.qtype,
            "question": spec.question,
            "answer": answer,
            "justification": f"{spec.how} Figures used: {used}.",
            "evidence_pages": sorted({occ.page for occ in occs}),
        })
    return records
