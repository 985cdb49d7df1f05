"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
TALLOWMERE = ("Tallowmere Stone & Cement Corporation", "TALLOWMERE_FY2025_10K", "USD millions")
KESTRELWICK = ("Kestrelwick Software, Inc.", "KESTRELWICK_2026Q3_10Q", "USD thousands")
PLACES = {"kusd0": 0, "musd1": 1, "pct1": 1, "x2": 2, "usd2": 2, "usd0": 0, "days1": 1, "mt1": 1, "cnt0": 0}
ID_PREFIX = "blind32"


@dataclass
class Spec:
    doc: tuple[str, str, str]
    qtype: str
    category: str  # direct | computed | segment | operating | note | combined (for the mix report only)
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
    if fmt == "kusd0":
        return f"{sign}${a:,.0f} thousand"
    if fmt == "musd1":
        return f"{sign}${a:,.1f} million"
    if fmt == "pct1":
        return f"{sign}{a:.1f}%"
    if fmt == "x2":
        return f"{sign}{a:.2f}x"
    if fmt == "usd2":
        return f"{sign}${a:,.2f}"
    if fmt == "usd0":
        return f"{sign}${a:,.0f}"
    if fmt == "days1":
        return f"{sign}{a:.1f} days"
    if fmt == "mt1":
        return f"{sign}{a:,.1f} million tons"
    if fmt == "cnt0":
        return f"{sign}{a:,.0f}"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


TM, KW = TALLOWMERE, KESTRELWICK
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Tallowmere 10-K (fiscal 2025)
    Spec(TM, MG, "direct", "What total revenues did Tallowmere Stone & Cement report for fiscal year 2025? Answer in "
         "USD millions.",
         {"r": "is.rev.2025@IS"}, lambda v: v["r"], "musd1",
         "Consolidated Statements of Income, year ended December 31, 2025: total revenues {r} = {answer}."),
    Spec(TM, MG, "direct", "For FY2024, what was the cement and aggregates producer's diluted earnings per share?",
         {"e": "is.eps_d.2024@IS"}, lambda v: v["e"], "usd2",
         "Consolidated Statements of Income, 2024 column: diluted earnings per common share {e} = {answer}."),
    Spec(TM, DR, "direct", "How many tons of aggregates did Tallowmere ship in 2023, according to its operating "
         "statistics?",
         {"t": "ops.vol.agg.2023@ops"}, lambda v: v["t"], "mt1",
         "Selected Operating Statistics, Aggregates, 2023: tons shipped {t} million = {answer}."),
    Spec(TM, DR, "direct", "What was the carrying amount of Tallowmere's asset retirement obligations at the end of "
         "fiscal 2025 (USD millions)?",
         {"a": "aro.end.2025@note_aro"}, lambda v: v["a"], "musd1",
         "Note 4, Asset Retirement Obligations, 2025: balance at end of year {a} = {answer}."),
    Spec(TM, DR, "direct", "What average selling price per ton did the Cement segment realize in 2025?",
         {"p": "ops.asp.cem.2025@ops"}, lambda v: v["p"], "usd2",
         "Selected Operating Statistics, Cement, 2025: average selling price per ton ${p} = {answer}."),
    Spec(TM, MG, "direct", "How much did Tallowmere spend on purchases of property, plant and equipment in fiscal "
         "2024, per the cash flow statement? (USD millions)",
         {"c": "cf.capex.2024@CF"}, lambda v: -v["c"], "musd1",
         "Consolidated Statements of Cash Flows (cont'd), 2024: purchases of property, plant and equipment {c} = "
         "{answer} of cash used."),
    Spec(TM, MG, "direct", "As of December 31, 2025, what amount of long-term debt was classified as current "
         "maturities on the balance sheet?",
         {"c": "bs.curdebt.2025@BS"}, lambda v: v["c"], "musd1",
         "Consolidated Balance Sheets, Dec. 31, 2025: current maturities of long-term debt {c} = {answer}."),
    Spec(TM, DR, "direct", "What accumulated depreciation, depletion and amortization did the PP&E note show at "
         "year-end 2024? Give the amount in $ millions as a positive number.",
         {"a": "ppe.acc.2024@note_ppe"}, lambda v: -v["a"], "musd1",
         "Note 2, Property, Plant and Equipment, Dec. 31, 2024: accumulated DD&A {a} = {answer}."),
    Spec(TM, DR, "direct", "Per the debt maturity schedule at December 31, 2025, how much principal comes due in "
         "2028?",
         {"p": "debt.due.2028@note_debt"}, lambda v: v["p"], "musd1",
         "Note 3, Debt Maturities: 2028 principal {p} = {answer}."),
    Spec(TM, NG, "direct", "In the issuer repurchase table, what average price per share did Tallowmere pay for "
         "shares bought in November 2025?",
         {"p": "rep.px.nov@item5"}, lambda v: v["p"], "usd2",
         "Item 5, Issuer Purchases of Equity Securities, November 1 - 30, 2025: average price paid per share {p} = "
         "{answer}."),
    Spec(TM, MG, "computed", "Calculate Tallowmere's 2025 gross margin, gross profit divided by total revenues.",
         {"g": "is.gp.2025@IS", "r": "is.rev.2025@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "FY2025: gross profit {g} / total revenues {r} = {answer} (rounded to one decimal)."),
    Spec(TM, MG, "computed", "What was the year-over-year percentage growth in net earnings from FY2024 to FY2025?",
         {"a": "is.ni.2025@IS", "b": "is.ni.2024@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Net earnings: ({a} - {b}) / {b} = {answer} (rounded to one decimal)."),
    Spec(TM, MG, "computed", "What effective income tax rate did Tallowmere record in 2023 (income tax expense over "
         "earnings before income tax expense)?",
         {"t": "is.tax.2023@IS", "p": "is.pretax.2023@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "2023: income tax expense {t} / earnings before income tax expense {p} = {answer}."),
    Spec(TM, DR, "segment", "Aggregates segment revenue (before intersegment eliminations) was equivalent to what "
         "percentage of consolidated total revenues in 2025?",
         {"a": "seg.rev.agg.2025@mda_seg", "t": "seg.rev.total.2025@mda_seg"}, lambda v: pct(v["a"], v["t"]),
         "pct1",
         "Segment Revenue and Profitability, 2025: Aggregates revenue {a} / consolidated total revenues {t} = "
         "{answer}."),
    Spec(TM, DR, "operating", "By what percentage did aggregates cash gross profit per ton change from 2024 to 2025?",
         {"a": "ops.cgpu.agg.2025@ops", "b": "ops.cgpu.agg.2024@ops"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Selected Operating Statistics, Aggregates cash gross profit per ton: (${a} - ${b}) / ${b} = {answer}."),
    Spec(TM, NG, "segment", "Cash gross profit is defined as segment gross profit plus segment DD&A. What was the "
         "Cement segment's cash gross profit for fiscal 2025, in millions?",
         {"g": "seg.gp.cem.2025@mda_seg", "d": "seg.dda.cem.2025@mda_seg"}, lambda v: v["g"] + v["d"], "musd1",
         "Segment table, Cement 2025: gross profit {g} + DD&A {d} = {answer}."),
    Spec(TM, DR, "computed", "Define net debt as current maturities of long-term debt plus long-term debt, minus cash "
         "and cash equivalents. What was Tallowmere's net debt at December 31, 2025?",
         {"c": "bs.curdebt.2025@BS", "l": "bs.ltd.2025@BS", "k": "bs.cash.2025@BS"},
         lambda v: v["c"] + v["l"] - v["k"], "musd1",
         "Balance sheet, Dec. 31, 2025: {c} + {l} - cash {k} = {answer}."),
    Spec(TM, MG, "computed", "Using current maturities plus long-term debt as total debt, what was the debt-to-equity "
         "ratio at the end of 2025?",
         {"c": "bs.curdebt.2025@BS", "l": "bs.ltd.2025@BS", "e": "bs.equity.2025@BS"},
         lambda v: (v["c"] + v["l"]) / v["e"], "x2",
         "Balance sheet, Dec. 31, 2025: ({c} + {l}) / total shareholders' equity {e} = {answer}."),
    Spec(TM, DR, "computed", "Compute days sales outstanding for 2025 using the average of the 2024 and 2025 year-end "
         "accounts receivable balances, 2025 total revenues and a 365-day year.",
         {"a": "bs.ar.2025@BS", "b": "bs.ar.2024@BS", "r": "is.rev.2025@IS"},
         lambda v: (v["a"] + v["b"]) / 2 / v["r"] * 365, "days1",
         "Average receivables ({a} + {b}) / 2, divided by total revenues {r}, times 365 = {answer}."),
    Spec(TM, MG, "combined", "What was Tallowmere's free cash flow in 2025, defined as net cash provided by operating "
         "activities less purchases of property, plant and equipment? (USD millions)",
         {"o": "cf.cfo.2025@CF", "c": "cf.capex.2025@CF"}, lambda v: v["o"] + v["c"], "musd1",
         "Cash flow statement 2025: operating {o} + purchases of PP&E {c} (continued page) = {answer}."),
    Spec(TM, DR, "combined", "In fiscal 2025, how many times did capital spending (purchases of PP&E) cover "
         "depreciation, depletion and amortization?",
         {"c": "cf.capex.2025@CF", "d": "cf.dda.2025@CF"}, lambda v: -v["c"] / v["d"], "x2",
         "Cash flow statement 2025: purchases of PP&E {c} (continued page) / DD&A {d} = {answer}."),
    Spec(TM, NG, "note", "What share of the debt principal outstanding at December 31, 2025 is scheduled to mature in "
         "2026 through 2028 combined?",
         {"a": "debt.due.2026@note_debt", "b": "debt.due.2027@note_debt", "c": "debt.due.2028@note_debt",
          "t": "debt.principal.2025@note_debt"}, lambda v: pct(v["a"] + v["b"] + v["c"], v["t"]), "pct1",
         "Note 3, Debt Maturities: (2026 {a} + 2027 {b} + 2028 {c}) / total principal payments {t} = {answer}."),
    Spec(TM, NG, "note", "Define the implied accretion rate as 2025 accretion expense divided by the asset retirement "
         "obligation balance at the beginning of 2025. What is it?",
         {"a": "aro.acc.2025@note_aro", "b": "aro.begin.2025@note_aro"}, lambda v: pct(v["a"], v["b"]), "pct1",
         "Note 4, 2025: accretion expense {a} / balance at beginning of year {b} = {answer}."),
    Spec(TM, NG, "combined", "How much cash did Tallowmere return to shareholders in 2025 through dividends paid and "
         "repurchases of common stock together? (USD millions)",
         {"d": "cf.div.2025@CF", "r": "cf.repo.2025@CF"}, lambda v: -(v["d"] + v["r"]), "musd1",
         "Cash flow statement (cont'd), 2025: dividends paid {d} + repurchases of common stock {r} = {answer}."),
    Spec(TM, DR, "computed", "Define return on average equity as 2025 net earnings divided by the average of total "
         "shareholders' equity at December 31, 2024 and December 31, 2025. What was it?",
         {"n": "is.ni.2025@IS", "a": "bs.equity.2025@BS", "b": "bs.equity.2024@BS"},
         lambda v: pct(v["n"], (v["a"] + v["b"]) / 2), "pct1",
         "Net earnings {n} / average equity (({a} + {b}) / 2) = {answer}."),
    # ------------------------------------------------------------------ Kestrelwick 10-Q (quarter ended Sep 30, 2026)
    Spec(KW, MG, "direct", "What total revenue did Kestrelwick Software report for the three months ended September "
         "30, 2026? (USD thousands)",
         {"r": "is.rev.q26@IS"}, lambda v: v["r"], "kusd0",
         "Condensed Consolidated Statements of Operations, three months ended September 30, 2026: total revenue "
         "{r} = {answer}."),
    Spec(KW, MG, "direct", "Year-to-date through the third quarter of 2025, how much subscription revenue had "
         "Kestrelwick recognized?",
         {"s": "is.rev_sub.n25@IS"}, lambda v: v["s"], "kusd0",
         "Statements of Operations, nine months ended September 30, 2025: subscription revenue {s} = {answer}."),
    Spec(KW, MG, "direct", "What was diluted net income per share for Q3 2026?",
         {"e": "is.eps_d.q26@IS"}, lambda v: v["e"], "usd2",
         "Statements of Operations, three months ended September 30, 2026: diluted {e} = {answer}."),
    Spec(KW, DR, "direct", "As of December 31, 2025, what current deferred revenue did the SaaS company carry on its "
         "balance sheet?",
         {"d": "bs.defrev_cur.dec25@BS"}, lambda v: v["d"], "kusd0",
         "Condensed Consolidated Balance Sheets, December 31, 2025: deferred revenue, current {d} = {answer}."),
    Spec(KW, DR, "direct", "What were Kestrelwick's total remaining performance obligations at quarter-end, September "
         "30, 2026? (USD thousands)",
         {"r": "rpo.total.sep26@note_rpo"}, lambda v: v["r"], "kusd0",
         "Note 2, Remaining Performance Obligations, September 30, 2026: total {r} = {answer}."),
    Spec(KW, DR, "direct", "According to the deferred revenue roll-forward, what were billings for the nine months "
         "ended September 30, 2026?",
         {"b": "dr.bill.n26@note_dr"}, lambda v: v["b"], "kusd0",
         "Note 3, Deferred Revenue Activity, nine months ended Sept. 30, 2026: billings {b} = {answer}."),
    Spec(KW, DR, "direct", "How much stock-based compensation expense was recorded in research and development in "
         "the third quarter of 2025?",
         {"s": "sbc.rd.q25@note_sbc"}, lambda v: v["s"], "kusd0",
         "Note 5, three months ended September 30, 2025: research and development {s} = {answer}."),
    Spec(KW, NG, "direct", "How many customers with annual recurring revenue of $100,000 or more did Kestrelwick have "
         "as of September 30, 2026?",
         {"c": "km.big.sep26@mda_km"}, lambda v: v["c"], "cnt0",
         "Key Business Metrics, September 30, 2026: customers with ARR of $100,000 or more {c} = {answer}."),
    Spec(KW, MG, "direct", "In the nine months ended September 30, 2025, how much cash went to capitalized "
         "internal-use software? (USD thousands)",
         {"c": "cf.capsw.n25@CF"}, lambda v: -v["c"], "kusd0",
         "Statements of Cash Flows (continued page), nine months 2025: capitalized internal-use software {c} = "
         "{answer} of cash used."),
    Spec(KW, NG, "direct", "What non-GAAP income from operations did Kestrelwick report for the quarter ended "
         "September 30, 2025?",
         {"n": "ng.ngoi.q25@mda_ng"}, lambda v: v["n"], "kusd0",
         "Reconciliation of GAAP to Non-GAAP Measures, three months ended September 30, 2025: non-GAAP income from "
         "operations {n} = {answer}."),
    Spec(KW, DR, "computed", "What gross margin did the subscription business earn in the third quarter of 2026 "
         "(subscription revenue less subscription cost of revenue, over subscription revenue)?",
         {"r": "is.rev_sub.q26@IS", "c": "is.cos_sub.q26@IS"}, lambda v: pct(v["r"] - v["c"], v["r"]), "pct1",
         "Three months 2026: ({r} - {c}) / {r} = {answer}."),
    Spec(KW, MG, "computed", "How fast did subscription revenue grow year over year on a nine-month basis through "
         "September 30, 2026?",
         {"a": "is.rev_sub.n26@IS", "b": "is.rev_sub.n25@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Subscription revenue, nine months: ({a} - {b}) / {b} = {answer}."),
    Spec(KW, MG, "computed", "Sales and marketing expense represented what percentage of total revenue for the first "
         "nine months of 2026?",
         {"s": "is.sm.n26@IS", "r": "is.rev.n26@IS"}, lambda v: pct(v["s"], v["r"]), "pct1",
         "Nine months 2026: sales and marketing {s} / total revenue {r} = {answer}."),
    Spec(KW, NG, "combined", "Year-to-date 2026, what was capital intensity, defined as purchases of property and "
         "equipment plus capitalized internal-use software, as a percentage of total revenue?",
         {"p": "cf.capex.n26@CF", "s": "cf.capsw.n26@CF", "r": "is.rev.n26@IS"},
         lambda v: pct(-(v["p"] + v["s"]), v["r"]), "pct1",
         "Cash flows (continued page), nine months 2026: ({p} + {s}) / total revenue {r} (statement of operations) "
         "= {answer}."),
    Spec(KW, DR, "combined", "Total stock-based compensation was what percentage of total revenue in the three "
         "months ended September 30, 2026?",
         {"s": "sbc.total.q26@note_sbc", "r": "is.rev.q26@IS"}, lambda v: pct(v["s"], v["r"]), "pct1",
         "Note 5 total stock-based compensation {s} / total revenue {r} = {answer}."),
    Spec(KW, DR, "computed", "What gross margin did professional services earn over the nine months ended September "
         "30, 2025?",
         {"r": "is.rev_ps.n25@IS", "c": "is.cos_ps.n25@IS"}, lambda v: pct(v["r"] - v["c"], v["r"]), "pct1",
         "Nine months 2025: professional services revenue {r} less cost {c}, divided by {r} = {answer}."),
    Spec(KW, DR, "computed", "Estimate days sales outstanding at the end of Q3 2026: accounts receivable at September "
         "30, 2026 divided by third-quarter total revenue, times 92 days.",
         {"a": "bs.ar.sep26@BS", "r": "is.rev.q26@IS"}, lambda v: v["a"] / v["r"] * 92, "days1",
         "Accounts receivable {a} / three-month revenue {r} x 92 = {answer}."),
    Spec(KW, MG, "computed", "What was Kestrelwick's current ratio as of September 30, 2026?",
         {"a": "bs.ca.sep26@BS", "l": "bs.cl.sep26@BS"}, lambda v: v["a"] / v["l"], "x2",
         "Balance sheet, September 30, 2026: total current assets {a} / total current liabilities {l} = {answer}."),
    Spec(KW, MG, "computed", "Adding cash and cash equivalents to marketable securities, what liquid funds did the "
         "company hold at December 31, 2025? (USD thousands)",
         {"c": "bs.cash.dec25@BS", "m": "bs.mkt.dec25@BS"}, lambda v: v["c"] + v["m"], "kusd0",
         "Balance sheet, December 31, 2025: cash and cash equivalents {c} + marketable securities {m} = {answer}."),
    Spec(KW, NG, "note", "By what percentage did the portion of remaining performance obligations expected within 12 "
         "months grow between December 31, 2025 and September 30, 2026?",
         {"a": "rpo.cur.sep26@note_rpo", "b": "rpo.cur.dec25@note_rpo"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Note 2: ({a} - {b}) / {b} = {answer}."),
    Spec(KW, DR, "computed", "What was total deferred revenue, current plus noncurrent, on the September 30, 2026 "
         "balance sheet?",
         {"c": "bs.defrev_cur.sep26@BS", "n": "bs.defrev_nc.sep26@BS"}, lambda v: v["c"] + v["n"], "kusd0",
         "Balance sheet, September 30, 2026: deferred revenue current {c} + noncurrent {n} = {answer}."),
    Spec(KW, NG, "operating", "Year over year, by what percentage did the count of customers with ARR of $100,000 or "
         "more increase as of September 30, 2026?",
         {"a": "km.big.sep26@mda_km", "b": "km.big.sep25@mda_km"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Key Business Metrics: ({a} - {b}) / {b} = {answer}."),
    Spec(KW, NG, "operating", "Dividing annual recurring revenue by total customers, what was average ARR per customer "
         "at September 30, 2026, in whole dollars?",
         {"a": "km.arr.sep26@mda_km", "c": "km.cust.sep26@mda_km"}, lambda v: v["a"] * 1000 / v["c"], "usd0",
         "Key Business Metrics, September 30, 2026: ARR {a} thousand / {c} total customers = {answer}."),
    Spec(KW, DR, "note", "What share of year-to-date 2026 stock-based compensation expense was charged to sales and "
         "marketing?",
         {"s": "sbc.sm.n26@note_sbc", "t": "sbc.total.n26@note_sbc"}, lambda v: pct(v["s"], v["t"]), "pct1",
         "Note 5, nine months 2026: sales and marketing {s} / total {t} = {answer}."),
    Spec(KW, MG, "computed", "By how many thousand dollars did net income (loss) improve from the third quarter of "
         "2025 to the third quarter of 2026?",
         {"a": "is.ni.q26@IS", "b": "is.ni.q25@IS"}, lambda v: v["a"] - v["b"], "kusd0",
         "Net income (loss): Q3 2026 {a} - Q3 2025 ({b}) = {answer}."),
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
            "financebench_id": f"{ID_PREFIX}_{n:03d}",
            "company": company,
            "doc_name": doc_name,
            "question_type": spec.qtype,
            "question": spec.question,
            "answer": answer,
            "justification": spec.justification.format(answer=answer, **shown),
            "evidence_pages": sorted({fig.page for fig in located.values()}),
        })
    return records
