"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
HALVARD = ("Halvard & Pine Railway Corporation", "HALVARDPINE_2025_10K", "USD millions")
CORALSTONE = ("Coralstone Gaming Group, Inc.", "CORALSTONE_2026Q3_10Q", "USD thousands")
PLACES = {"musd1": 1, "kusd0": 0, "kusd1": 1, "pct1": 1, "pp1": 1, "x2": 2, "usd2": 2, "int": 0}


@dataclass
class Spec:
    doc: tuple[str, str, str]
    qtype: str
    category: str  # direct | computed | combined | operating (for the mix report only)
    question: str
    refs: dict[str, str]  # variable -> "data.key@section"
    calc: Calc
    fmt: str
    justification: str  # {variable} -> printed figure, {answer} -> the answer


def rounded(x: Decimal, fmt: str) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-PLACES[fmt]), rounding=ROUND_HALF_UP)


def near_rounding_edge(x: Decimal, fmt: str) -> bool:
    """True when x sits so close to a rounding boundary that an analyst's rounding could differ."""
    scaled = abs(x) * Decimal(10) ** PLACES[fmt]
    frac = scaled - int(scaled)
    return abs(frac - Decimal("0.5")) < Decimal("0.02")


def format_answer(x: Decimal, fmt: str) -> str:
    r = rounded(x, fmt)
    sign = "-" if r < 0 else ""
    a = abs(r)
    if fmt == "musd1":
        return f"{sign}${a:,.1f} million"
    if fmt == "kusd0":
        return f"{sign}${a:,.0f} thousand"
    if fmt == "kusd1":
        return f"{sign}${a:,.1f} thousand"
    if fmt == "pct1":
        return f"{sign}{a:.1f}%"
    if fmt == "pp1":
        return f"{sign}{a:.1f} percentage points"
    if fmt == "x2":
        return f"{sign}{a:.2f}"
    if fmt == "usd2":
        return f"{sign}${a:.2f}"
    if fmt == "int":
        return f"{sign}{a:,.0f}"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


H, C = HALVARD, CORALSTONE
MD, MC, DR, OP = "metrics-generated", "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Halvard & Pine 10-K
    Spec(H, MD, "direct", "What is the FY2025 capital expenditure amount (in USD millions) for Halvard & Pine Railway "
         "Corporation? Give a response to the question by relying on the details shown in the cash flow statement.",
         {"capex": "cf.capex.2025@CF"}, lambda v: -v["capex"], "musd1",
         "Capital expenditures in the 2025 investing section of the cash flow statement: {capex}; the outflow is "
         "{answer}."),
    Spec(H, MD, "direct", "What were Halvard & Pine's total operating revenues for fiscal year 2024? Answer in USD "
         "millions based on the consolidated statements of income.",
         {"rev": "is.rev_total.2024@IS"}, lambda v: v["rev"], "musd1",
         "Total operating revenues, 2024 column of the income statement: {rev} = {answer}."),
    Spec(H, MD, "direct", "Halvard & Pine FY2025 D&A (USD mm), per the income statement?",
         {"da": "is.da.2025@IS"}, lambda v: v["da"], "musd1",
         "Depreciation and amortization line, 2025 column: {da} = {answer}."),
    Spec(H, OP, "direct", "According to Item 1 of its 2025 annual report, how many route miles did Halvard & Pine's "
         "network comprise at December 31, 2025?",
         {"miles": "ops.route_miles.2025@business"}, lambda v: v["miles"], "int",
         "Item 1 (General) states the network comprised {miles} route miles = {answer}."),
    Spec(H, MD, "direct", "What was Halvard & Pine's diluted earnings per share for fiscal 2023?",
         {"eps": "is.eps_diluted.2023@IS"}, lambda v: v["eps"], "usd2",
         "Diluted EPS, 2023 column of the income statement: {eps} = {answer}."),
    Spec(H, DR, "direct", "Looking at the casualty reserve activity table in the notes, what was the balance of "
         "casualty reserves at the end of 2025, in USD millions?",
         {"end": "cas.end.2025@note_casualty"}, lambda v: v["end"], "musd1",
         "Casualty reserve activity, 'Balance at end of year' for 2025: {end} = {answer}."),
    Spec(H, DR, "direct", "How much of Halvard & Pine's outstanding debt principal is scheduled to mature in 2028 "
         "(USD millions)?",
         {"m2028": "mat.2028@note_debt"}, lambda v: v["m2028"], "musd1",
         "Note 5 scheduled principal maturities: 2028 - {m2028} = {answer}."),
    Spec(H, MD, "direct", "What was the amount of cash and cash equivalents that Halvard & Pine held at the end of "
         "FY2025? Provide the figure in USD millions as shown on the balance sheet.",
         {"cash": "bs.cash.2025@BS"}, lambda v: v["cash"], "musd1",
         "Balance sheet, December 31, 2025, cash and cash equivalents: {cash} = {answer}."),
    Spec(H, OP, "operating", "What operating ratio did Halvard & Pine report for 2025 in its key operating statistics "
         "table?",
         {"or_": "ops.or.2025@mda_stats"}, lambda v: v["or_"], "pct1",
         "Key Operating Statistics, operating ratio 2025: {or_} = {answer}."),
    Spec(H, OP, "operating", "What adjusted diluted EPS (non-GAAP, excluding asset impairment and restructuring) did "
         "Halvard & Pine report for 2025?",
         {"eps": "ng.adj_eps.2025@nongaap"}, lambda v: v["eps"], "usd2",
         "Reconciliation of Non-GAAP Measures, adjusted diluted earnings per share 2025: {eps} = {answer}."),
    Spec(H, OP, "computed", "What was the year-over-year percentage change in Halvard & Pine's coal carloads in 2025? "
         "Round to one decimal place.",
         {"c25": "ops.cars.coal.2025@mda_rev", "c24": "ops.cars.coal.2024@mda_rev"},
         lambda v: change(v["c25"], v["c24"]), "pct1",
         "Coal carloads (thousands): 2025 {c25}, 2024 {c24}; ({c25} - {c24}) / {c24} = {answer}."),
    Spec(H, DR, "computed", "Using cash and cash equivalents plus short-term investments divided by total current "
         "liabilities, what was Halvard & Pine's liquidity ratio at the end of FY2025? Round to two decimals.",
         {"cash": "bs.cash.2025@BS", "sti": "bs.sti.2025@BS", "cl": "bs.cl_total.2025@BS"},
         lambda v: (v["cash"] + v["sti"]) / v["cl"], "x2",
         "({cash} + {sti}) / total current liabilities {cl} = {answer}."),
    Spec(H, MD, "computed", "What is Halvard & Pine's FY2025 operating margin (operating income divided by total "
         "operating revenues)?",
         {"oi": "is.op_income.2025@IS", "rev": "is.rev_total.2025@IS"},
         lambda v: pct(v["oi"], v["rev"]), "pct1",
         "Operating income {oi} / total operating revenues {rev} = {answer}."),
    Spec(H, MD, "computed", "Based on the income statement, what was Halvard & Pine's effective income tax rate for "
         "FY2025 (income tax expense over income before income taxes)?",
         {"tax": "is.tax.2025@IS", "pretax": "is.pretax.2025@IS"},
         lambda v: pct(v["tax"], v["pretax"]), "pct1",
         "Income tax expense {tax} / income before income taxes {pretax} = {answer}."),
    Spec(H, OP, "computed", "By what percentage did the average revenue per carload for intermodal traffic change "
         "between 2024 and 2025?",
         {"a25": "ops.arpc.intermodal.2025@mda_rev", "a24": "ops.arpc.intermodal.2024@mda_rev"},
         lambda v: change(v["a25"], v["a24"]), "pct1",
         "Intermodal average revenue per carload: 2025 ${a25}, 2024 ${a24}; change = {answer}."),
    Spec(H, OP, "computed", "Holding 2025 fuel consumption constant, what would Halvard & Pine's 2025 fuel expense "
         "have been at the 2024 average price per gallon? Answer in USD millions, one decimal.",
         {"gal": "ops.fuel_gal.2025@mda_stats", "p24": "ops.fuel_price.2024@mda_stats"},
         lambda v: v["gal"] * v["p24"], "musd1",
         "Fuel consumed 2025 {gal} million gallons x 2024 average price ${p24} per gallon = {answer}."),
    Spec(H, DR, "computed", "What was Halvard & Pine's FY2025 free cash flow, defined here simply as cash provided by "
         "operating activities minus capital expenditures (USD millions)?",
         {"cfo": "cf.cfo.2025@CF", "capex": "cf.capex.2025@CF"},
         lambda v: v["cfo"] + v["capex"], "musd1",
         "Cash provided by operating activities {cfo} less capital expenditures {capex} = {answer}."),
    Spec(H, OP, "computed", "By how many percentage points did Halvard & Pine's GAAP operating ratio change from 2024 "
         "to 2025?",
         {"o25": "ops.or.2025@mda_stats", "o24": "ops.or.2024@mda_stats"},
         lambda v: v["o25"] - v["o24"], "pp1",
         "Operating ratio 2025 {o25} minus 2024 {o24} = {answer} (a deterioration)."),
    Spec(H, OP, "computed", "Using the unaudited quarterly data, what was Halvard & Pine's operating ratio in the "
         "fourth quarter of 2025, computed as (operating revenues - operating income) / operating revenues?",
         {"rev": "qtr.rev.q4@note_quarterly", "oi": "qtr.oi.q4@note_quarterly"},
         lambda v: pct(v["rev"] - v["oi"], v["rev"]), "pct1",
         "Fourth quarter 2025: ({rev} - {oi}) / {rev} = {answer}."),
    Spec(H, MD, "computed", "What was Halvard & Pine's interest coverage ratio for FY2025, measured as operating "
         "income divided by interest expense? Round to two decimals.",
         {"oi": "is.op_income.2025@IS", "int_": "is.interest.2025@IS"},
         lambda v: v["oi"] / v["int_"], "x2",
         "Operating income {oi} / interest expense {int_} = {answer}."),
    Spec(H, MC, "combined", "What was Halvard & Pine's FY2025 dividend payout ratio, using dividends paid from the "
         "cash flow statement divided by net income?",
         {"div": "cf.dividends.2025@CF", "ni": "is.net_income.2025@IS"},
         lambda v: pct(-v["div"], v["ni"]), "pct1",
         "Dividends paid {div} (cash flow statement) / net income {ni} (income statement) = {answer}."),
    Spec(H, DR, "combined", "What is the FY2025 fixed asset turnover ratio for Halvard & Pine? Define it as total "
         "operating revenues divided by the average of net properties at the end of FY2024 and FY2025. Round to two "
         "decimal places.",
         {"rev": "is.rev_total.2025@IS", "p25": "bs.properties.2025@BS", "p24": "bs.properties.2024@BS"},
         lambda v: v["rev"] / ((v["p25"] + v["p24"]) / 2), "x2",
         "Total operating revenues {rev} / average of properties, net {p25} and {p24} = {answer}."),
    Spec(H, MC, "combined", "What was Halvard & Pine's return on average shareholders' equity in FY2025 (net income "
         "over the average of beginning and ending total shareholders' equity)?",
         {"ni": "is.net_income.2025@IS", "e25": "bs.equity.2025@BS", "e24": "bs.equity.2024@BS"},
         lambda v: pct(v["ni"], (v["e25"] + v["e24"]) / 2), "pct1",
         "Net income {ni} / average of total shareholders' equity {e25} and {e24} = {answer}."),
    Spec(H, DR, "combined", "Calculate Halvard & Pine's net debt at December 31, 2025 as debt due within one year "
         "plus long-term debt, less cash and cash equivalents and short-term investments. Answer in USD millions.",
         {"cur": "bs.debt_current.2025@BS", "ltd": "bs.ltd.2025@BS", "cash": "bs.cash.2025@BS",
          "sti": "bs.sti.2025@BS"},
         lambda v: v["cur"] + v["ltd"] - v["cash"] - v["sti"], "musd1",
         "{cur} + {ltd} - {cash} - {sti} = {answer}."),
    Spec(H, OP, "combined", "What was Halvard & Pine's 2025 total operating revenue per average employee, in "
         "thousands of US dollars (one decimal)?",
         {"rev": "is.rev_total.2025@IS", "emp": "ops.employees.2025@mda_stats"},
         lambda v: v["rev"] * 1000 / v["emp"], "kusd1",
         "Total operating revenues ${rev} million / {emp} average employees = {answer} per employee."),
    # ------------------------------------------------------------------ Coralstone 10-Q
    Spec(C, MD, "direct", "What were Coralstone Gaming Group's total revenues for the third quarter of 2026? Answer in "
         "USD thousands.",
         {"rev": "is.rev_total.q3_26@IS"}, lambda v: v["rev"], "kusd0",
         "Statement of operations, three months ended September 30, 2026, total revenues: {rev} = {answer}."),
    Spec(C, MD, "direct", "Coralstone 9M26 casino revenues, USD thousands?",
         {"rev": "is.rev_casino.m9_26@IS"}, lambda v: v["rev"], "kusd0",
         "Casino revenues, nine months ended September 30, 2026: {rev} = {answer}."),
    Spec(C, MD, "direct", "What was Coralstone's SG&A for the nine months ended September 30, 2025 (USD thousands)?",
         {"sga": "is.sga.m9_25@IS"}, lambda v: v["sga"], "kusd0",
         "Selling, general and administrative, nine months 2025 column: {sga} = {answer}."),
    Spec(C, MD, "direct", "What diluted EPS did Coralstone report for Q3 2025?",
         {"eps": "is.eps_diluted.q3_25@IS"}, lambda v: v["eps"], "usd2",
         "Diluted earnings per share, three months ended September 30, 2025: {eps} = {answer}."),
    Spec(C, MD, "direct", "How much cash and cash equivalents (excluding restricted cash) did Coralstone hold on "
         "September 30, 2026, in USD thousands?",
         {"cash": "bs.cash.sep26@BS"}, lambda v: v["cash"], "kusd0",
         "Balance sheet, September 30, 2026, cash and cash equivalents: {cash} = {answer}."),
    Spec(C, MD, "direct", "What is Coralstone's YTD 2026 capital expenditure amount (USD thousands) according to the "
         "cash flow statement?",
         {"capex": "cf.capex.m9_26@CF"}, lambda v: -v["capex"], "kusd0",
         "Capital expenditures, nine months ended September 30, 2026: {capex}; the outflow is {answer}."),
    Spec(C, DR, "direct", "According to the liquidity discussion in MD&A, how much borrowing availability did "
         "Coralstone have under its revolving credit facility at September 30, 2026 (USD thousands)?",
         {"avail": "liq.available@liquidity"}, lambda v: v["avail"], "kusd0",
         "MD&A Liquidity: {avail} thousand of borrowing availability = {answer}."),
    Spec(C, DR, "direct", "What was the balance of Coralstone's customer loyalty program liability at June 30, 2026?",
         {"bal": "loy.begin.q3_26@note_loy"}, lambda v: v["bal"], "kusd0",
         "Note 3 roll-forward, three months ended September 30, 2026, balance at beginning of period: {bal} = "
         "{answer}."),
    Spec(C, OP, "operating", "What hotel occupancy did Marisol Bay Resort & Casino achieve in Q3 2026?",
         {"occ": "m.occ.marisol.q3_26@mda_metrics"}, lambda v: v["occ"], "pct1",
         "Operating Metrics, Marisol Bay hotel occupancy, three months 2026: {occ} = {answer}."),
    Spec(C, OP, "operating", "What adjusted diluted earnings per share (non-GAAP) did Coralstone report for the three "
         "months ended September 30, 2026?",
         {"eps": "ng.adj_eps.q3_26@nongaap"}, lambda v: v["eps"], "usd2",
         "Reconciliation of Net Income to Adjusted Net Income, adjusted diluted EPS, Q3 2026: {eps} = {answer}."),
    Spec(C, OP, "operating", "By how many percentage points did the table games hold percentage at Thistlewood Grand "
         "Hotel & Casino change in Q3 2026 versus Q3 2025?",
         {"h26": "m.table_hold.thistle.q3_26@mda_metrics", "h25": "m.table_hold.thistle.q3_25@mda_metrics"},
         lambda v: v["h26"] - v["h25"], "pp1",
         "Thistlewood table games hold: {h26} in Q3 2026 less {h25} in Q3 2025 = {answer}."),
    Spec(C, OP, "operating", "The Online segment's Adjusted Property EBITDAR margin for the first nine months of 2026 "
         "compared with the first nine months of 2025 - by how many percentage points did it improve, based on the "
         "margins printed in MD&A?",
         {"m26": "seg.margin.online.m9_26@mda", "m25": "seg.margin.online.m9_25@mda"},
         lambda v: v["m26"] - v["m25"], "pp1",
         "Segment Results table, Online Adjusted Property EBITDAR margin: {m26} (9M 2026) - {m25} (9M 2025) = "
         "{answer}."),
    Spec(C, MD, "computed", "What was Coralstone's year-over-year growth in total revenues for the nine months ended "
         "September 30, 2026?",
         {"r26": "is.rev_total.m9_26@IS", "r25": "is.rev_total.m9_25@IS"},
         lambda v: change(v["r26"], v["r25"]), "pct1",
         "Total revenues 9M 2026 {r26} vs 9M 2025 {r25}: growth = {answer}."),
    Spec(C, MD, "computed", "What was Coralstone's operating margin for 9M26 (operating income / total revenues)?",
         {"oi": "is.op_income.m9_26@IS", "rev": "is.rev_total.m9_26@IS"},
         lambda v: pct(v["oi"], v["rev"]), "pct1",
         "Operating income {oi} / total revenues {rev} = {answer}."),
    Spec(C, OP, "computed", "How much did RevPAR at Marisol Bay Resort & Casino grow in the third quarter of 2026 "
         "compared with the prior-year quarter, in percent?",
         {"r26": "m.revpar.marisol.q3_26@mda_metrics", "r25": "m.revpar.marisol.q3_25@mda_metrics"},
         lambda v: change(v["r26"], v["r25"]), "pct1",
         "Marisol Bay RevPAR ${r26} (Q3 2026) vs ${r25} (Q3 2025): growth = {answer}."),
    Spec(C, MD, "computed", "What was Coralstone's current ratio (total current assets / total current liabilities) "
         "as of September 30, 2026? Round to two decimals.",
         {"ca": "bs.ca_total.sep26@BS", "cl": "bs.cl_total.sep26@BS"},
         lambda v: v["ca"] / v["cl"], "x2",
         "Total current assets {ca} / total current liabilities {cl} = {answer}."),
    Spec(C, OP, "computed", "For Coralstone's StonePlay online business, what was revenue growth in online gaming for "
         "the nine months ended September 30, 2026 versus the same period of 2025?",
         {"o26": "is.rev_online.m9_26@IS", "o25": "is.rev_online.m9_25@IS"},
         lambda v: change(v["o26"], v["o25"]), "pct1",
         "Online gaming revenues 9M 2026 {o26} vs 9M 2025 {o25}: growth = {answer}."),
    Spec(C, OP, "computed", "Using the issuer purchases table in Part II, what was the weighted-average price paid per "
         "share for all shares Coralstone repurchased in the third quarter of 2026?",
         {"s1": "rep.shares.jul@p2_repo", "p1": "rep.price.jul@p2_repo", "s2": "rep.shares.aug@p2_repo",
          "p2": "rep.price.aug@p2_repo", "s3": "rep.shares.sep@p2_repo", "p3": "rep.price.sep@p2_repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / (v["s1"] + v["s2"] + v["s3"]),
         "usd2",
         "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / ({s1} + {s2} + {s3}) shares = {answer}."),
    Spec(C, DR, "computed", "Define net debt as the current portion of long-term debt plus long-term debt, net, minus "
         "cash and cash equivalents. What was Coralstone's net debt at September 30, 2026, in USD thousands?",
         {"cur": "bs.debt_current.sep26@BS", "ltd": "bs.ltd.sep26@BS", "cash": "bs.cash.sep26@BS"},
         lambda v: v["cur"] + v["ltd"] - v["cash"], "kusd0",
         "{cur} + {ltd} - {cash} = {answer}."),
    Spec(C, DR, "computed", "What share of its nine-month 2026 operating cash flow did Coralstone spend on capital "
         "expenditures?",
         {"capex": "cf.capex.m9_26@CF", "cfo": "cf.cfo.m9_26@CF"},
         lambda v: pct(-v["capex"], v["cfo"]), "pct1",
         "Capital expenditures {capex} / net cash provided by operating activities {cfo} = {answer}."),
    Spec(C, OP, "combined", "For the nine months ended September 30, 2026, what was master lease rent as a percentage "
         "of the Destination Resorts segment's Adjusted Property EBITDAR?",
         {"rent": "lease.master.m9_26@note_lease", "ebitdar": "seg.ebitdar.dest.m9_26@note_seg"},
         lambda v: pct(v["rent"], v["ebitdar"]), "pct1",
         "Note 5 master lease rent {rent} / Note 8 Destination Resorts Adjusted Property EBITDAR {ebitdar} = "
         "{answer}."),
    Spec(C, DR, "combined", "Using Adjusted EBITDAR from the segment note and interest expense from the statement of "
         "operations, what was Coralstone's Adjusted EBITDAR-to-interest coverage for the first nine months of 2026? "
         "Round to two decimals.",
         {"ebitdar": "seg.adj_ebitdar.m9_26@note_seg", "int_": "is.interest.m9_26@IS"},
         lambda v: v["ebitdar"] / -v["int_"], "x2",
         "Adjusted EBITDAR {ebitdar} / interest expense {int_} = {answer}."),
    Spec(C, MC, "combined", "What percentage of its nine-month 2026 net income did Coralstone pay out as dividends, "
         "based on dividends paid in the cash flow statement?",
         {"div": "cf.dividends.m9_26@CF", "ni": "is.net_income.m9_26@IS"},
         lambda v: pct(-v["div"], v["ni"]), "pct1",
         "Dividends paid {div} / net income {ni} = {answer}."),
    Spec(C, MC, "combined", "Compute Coralstone's return on equity for the first nine months of 2026 (not annualized): "
         "9M26 net income divided by the average of total stockholders' equity at December 31, 2025 and September "
         "30, 2026.",
         {"ni": "is.net_income.m9_26@IS", "e1": "bs.eq_total.sep26@BS", "e0": "bs.eq_total.dec25@BS"},
         lambda v: pct(v["ni"], (v["e1"] + v["e0"]) / 2), "pct1",
         "Net income {ni} / average of {e0} and {e1} = {answer}."),
    Spec(C, DR, "combined", "What was Coralstone's consolidated Adjusted EBITDAR margin in Q3 2026, i.e. Adjusted "
         "EBITDAR from the segment note divided by total revenues from the statement of operations?",
         {"ebitdar": "seg.adj_ebitdar.q3_26@note_seg", "rev": "is.rev_total.q3_26@IS"},
         lambda v: pct(v["ebitdar"], v["rev"]), "pct1",
         "Adjusted EBITDAR {ebitdar} / total revenues {rev} = {answer}."),
]


def locate(figures: list[Figure], ref: str) -> Figure:
    """The printed occurrence a reference points to; a reference without @section must be unambiguous."""
    key, _, section = ref.partition("@")
    hits = [f for f in figures if f.key == key and (not section or f.section == section)]
    if not hits:
        raise LookupError(f"{ref} is not printed")
    if not section and len({f.page for f in hits}) > 1:
        raise LookupError(f"{ref} is printed on several pages; name a section")
    return hits[0]


def build_questions(docs: dict[str, tuple[dict[str, Decimal], list[Figure]]]) -> list[dict[str, object]]:
    """Turn the specs into FinanceBench-style records; docs maps doc name -> (values, figures)."""
    records = []
    for n, spec in enumerate(SPECS, start=1):
        company, doc_name, _unit = spec.doc
        values, figures = docs[doc_name]
        data = {var: values[ref.partition("@")[0]] for var, ref in spec.refs.items()}
        raw = spec.calc(data)
        if near_rounding_edge(raw, spec.fmt):
            raise ValueError(f"question {n} sits on a rounding edge: {raw}")
        answer = format_answer(raw, spec.fmt)
        located = {var: locate(figures, ref) for var, ref in spec.refs.items()}
        shown = {var: fig.token for var, fig in located.items()}
        records.append({
            "financebench_id": f"blind22_{n:03d}",
            "company": company,
            "doc_name": doc_name,
            "question_type": spec.qtype,
            "question": spec.question,
            "answer": answer,
            "justification": spec.justification.format(answer=answer, **shown),
            "evidence_pages": sorted({fig.page for fig in located.values()}),
        })
    return records
