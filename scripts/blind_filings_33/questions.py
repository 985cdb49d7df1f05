"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
COBBLERIDGE = ("Cobbleridge Provisions, Inc.", "COBBLERIDGE_FY2025_10K", "USD thousands")
HALVECREST = ("Halvecrest Scientific Corp.", "HALVECREST_2026Q2_10Q", "USD millions")
PLACES = {"kusd0": 0, "musd1": 1, "pct1": 1, "x2": 2, "usd2": 2, "int0": 0, "ksh0": 0}
ID_PREFIX = "blind33"


@dataclass
class Spec:
    doc: tuple[str, str, str]
    qtype: str
    category: str  # direct | computed | operating | note | combined (for the mix report only)
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
    if fmt == "int0":
        return f"{sign}{a:,.0f}"
    if fmt == "ksh0":
        return f"{sign}{a:,.0f} thousand shares"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


CB, HC = COBBLERIDGE, HALVECREST
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"
TWO = Decimal(2)

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Cobbleridge 10-K (fiscal 2025)
    Spec(CB, MG, "direct", "What were Cobbleridge Provisions' net sales for the 53 weeks ended January 31, 2026, in "
         "thousands of dollars?",
         {"r": "is.rev.2025@IS"}, lambda v: v["r"], "kusd0",
         "Consolidated Statements of Operations, fiscal year ended January 31, 2026: net sales {r} = {answer} "
         "(as printed, no rounding)."),
    Spec(CB, MG, "direct", "Going back to fiscal 2023, what diluted net income per share did the grocer report?",
         {"e": "is.eps_d.2023@IS"}, lambda v: v["e"], "usd2",
         "Consolidated Statements of Operations, fiscal year ended January 27, 2024: diluted {e} = {answer}."),
    Spec(CB, DR, "direct", "How many new stores did Cobbleridge open during fiscal 2024?",
         {"n": "st.open.2024@item2"}, lambda v: v["n"], "int0",
         "Item 2, Store Activity, fiscal 2024: new stores opened {n} = {answer}."),
    Spec(CB, DR, "direct", "As of January 31, 2026, how large was the LIFO reserve on merchandise inventories? "
         "(USD thousands)",
         {"r": "lifo.res.2025@note_lifo"}, lambda v: v["r"], "kusd0",
         "Note 2, Inventories, January 31, 2026: LIFO reserve {r} = {answer}."),
    Spec(CB, MG, "direct", "Pharmacy sales in fiscal 2024 \u2014 what was the dollar amount, in thousands?",
         {"p": "cat.rx.2024@mda_cat"}, lambda v: v["p"], "kusd0",
         "Item 7, Net Sales by Category, fiscal 2024: pharmacy {p} = {answer}."),
    Spec(CB, DR, "direct", "What operating lease cost did the company recognize in fiscal 2023? Answer in $ thousands.",
         {"c": "lc.op.2023@note_lease"}, lambda v: v["c"], "kusd0",
         "Note 3, Components of Lease Cost, fiscal 2023: operating lease cost {c} = {answer}."),
    Spec(CB, MG, "direct", "According to the unaudited quarterly data, what were net sales in the third quarter of "
         "fiscal 2025? (USD thousands)",
         {"s": "qtr.sales.q3@note_qtr"}, lambda v: v["s"], "kusd0",
         "Note 7, Fiscal 2025 Quarterly Financial Data, third quarter: net sales {s} = {answer}."),
    Spec(CB, DR, "direct", "What comparable-store sales increase did Cobbleridge report for fiscal 2024?",
         {"c": "ops.comp.2024@mda_ops"}, lambda v: v["c"], "pct1",
         "Item 7, Operating Statistics, fiscal 2024: comparable-store sales increase {c} = {answer}."),
    Spec(CB, MG, "direct", "How much did the company spend on capital expenditures in the 52 weeks ended January 25, "
         "2025, in thousands of dollars?",
         {"c": "cf.capex.2024@CF"}, lambda v: -v["c"], "kusd0",
         "Consolidated Statements of Cash Flows (continued page), fiscal 2024: capital expenditures {c}, an outflow "
         "of {answer}."),
    Spec(CB, DR, "direct", "What diluted weighted-average share count did Cobbleridge use for fiscal 2025 EPS?",
         {"s": "eps.sh_d.2025@note_eps"}, lambda v: v["s"], "ksh0",
         "Note 6, Computation of Earnings per Share, fiscal 2025: diluted weighted-average shares {s} (thousands) = "
         "{answer}."),
    Spec(CB, MG, "computed", "What was Cobbleridge's gross margin (gross profit divided by net sales) for the fiscal "
         "year ended January 27, 2024?",
         {"g": "is.gp.2023@IS", "r": "is.rev.2023@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "Fiscal 2023: gross profit {g} / net sales {r} = {answer} (rounded to one decimal)."),
    Spec(CB, MG, "computed", "By what percentage did net sales grow from fiscal 2023 to fiscal 2024?",
         {"a": "is.rev.2024@IS", "b": "is.rev.2023@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Net sales: ({a} - {b}) / {b} = {answer} (one decimal)."),
    Spec(CB, MG, "computed", "Compute the fiscal 2024 effective income tax rate from the statement of operations.",
         {"t": "is.tax.2024@IS", "p": "is.pretax.2024@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "Fiscal 2024: income tax expense {t} / income before income taxes {p} = {answer} (one decimal)."),
    Spec(CB, DR, "computed", "What was inventory turnover in fiscal 2025, defined as cost of sales divided by the "
         "average of the beginning and ending LIFO merchandise inventory balances?",
         {"c": "is.cos.2025@IS", "a": "bs.inv.2025@BS", "b": "bs.inv.2024@BS"},
         lambda v: v["c"] / ((v["a"] + v["b"]) / TWO), "x2",
         "Cost of sales {c} / ((inventories {a} + {b}) / 2) = {answer} (two decimals)."),
    Spec(CB, DR, "operating", "Using the average of the beginning and end-of-year store counts, what were fiscal "
         "2025 net sales per store, in thousands of dollars?",
         {"r": "is.rev.2025@IS", "b": "st.begin.2025@item2", "e": "st.end.2025@item2"},
         lambda v: v["r"] / ((v["b"] + v["e"]) / TWO), "kusd0",
         "Net sales {r} / ((stores {b} + {e}) / 2) = {answer} (rounded to the nearest thousand)."),
    Spec(CB, NG, "operating", "Together, what share of fiscal 2025 net sales came from perishables and pharmacy? "
         "Use the dollar amounts.",
         {"p": "cat.per.2025@mda_cat", "x": "cat.rx.2025@mda_cat", "t": "cat.total.2025@mda_cat"},
         lambda v: pct(v["p"] + v["x"], v["t"]), "pct1",
         "Net Sales by Category, fiscal 2025: (perishables {p} + pharmacy {x}) / all categories {t} = {answer}."),
    Spec(CB, DR, "operating", "How did fuel sales change year over year in fiscal 2025, in percent (negative for a "
         "decline)?",
         {"a": "cat.fuel.2025@mda_cat", "b": "cat.fuel.2024@mda_cat"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Net Sales by Category, fuel: ({a} - {b}) / {b} = {answer} (one decimal)."),
    Spec(CB, MG, "combined", "What free cash flow (operating cash flow minus capital expenditures) did Cobbleridge "
         "generate in fiscal 2025? (USD thousands)",
         {"o": "cf.cfo.2025@CF", "c": "cf.capex.2025@CF"}, lambda v: v["o"] + v["c"], "kusd0",
         "Cash flow statement, fiscal 2025: operating activities {o} + capital expenditures {c} (continued page) = "
         "{answer}."),
    Spec(CB, DR, "note", "What was total finance lease cost in fiscal 2025 (amortization of right-of-use assets plus "
         "interest on lease liabilities), in thousands?",
         {"a": "lc.amort.2025@note_lease", "i": "lc.int.2025@note_lease"}, lambda v: v["a"] + v["i"], "kusd0",
         "Note 3, fiscal 2025: amortization {a} + interest {i} = {answer}."),
    Spec(CB, NG, "note", "In the lease maturity table at January 31, 2026, what percentage of total undiscounted "
         "operating lease payments is the amount representing interest?",
         {"i": "lm.op.interest@note_lease", "t": "lm.op.undisc@note_lease"}, lambda v: pct(-v["i"], v["t"]),
         "pct1",
         "Note 3, operating leases: interest {i} / total lease payments {t} = {answer}."),
    Spec(CB, MG, "computed", "What was the current ratio at January 25, 2025?",
         {"a": "bs.ca.2024@BS", "l": "bs.cl.2024@BS"}, lambda v: v["a"] / v["l"], "x2",
         "Balance sheet, January 25, 2025: current assets {a} / current liabilities {l} = {answer}."),
    Spec(CB, NG, "computed", "The fourth quarter of fiscal 2025 had 14 weeks. What share of the full year's net "
         "income did it contribute?",
         {"q": "qtr.ni.q4@note_qtr", "y": "qtr.ni.fy@note_qtr"}, lambda v: pct(v["q"], v["y"]), "pct1",
         "Note 7: fourth-quarter net income {q} / fiscal-year net income {y} = {answer}."),
    Spec(CB, DR, "combined", "Define funded debt as current maturities of long-term debt plus long-term debt (leases "
         "excluded). What was funded debt divided by total shareholders' equity at January 31, 2026?",
         {"c": "bs.debt_cur.2025@BS", "d": "bs.debt_nc.2025@BS", "e": "bs.equity.2025@BS"},
         lambda v: (v["c"] + v["d"]) / v["e"], "x2",
         "Balance sheet, January 31, 2026: ({c} + {d}) / total shareholders' equity {e} = {answer}."),
    Spec(CB, NG, "combined", "How much cash did Cobbleridge return to shareholders through dividends and share "
         "repurchases combined in fiscal 2024? (USD thousands)",
         {"d": "cf.div.2024@CF", "r": "cf.repo.2024@CF"}, lambda v: -(v["d"] + v["r"]), "kusd0",
         "Cash flow statement (continued page), fiscal 2024: dividends paid {d} + repurchases {r} = {answer}."),
    Spec(CB, NG, "operating", "Divide fiscal 2025 gross profit by the average of beginning and ending selling square "
         "feet. How many dollars of gross profit per selling square foot is that?",
         {"g": "is.gp.2025@IS", "a": "ops.sqft.2025@mda_ops", "b": "ops.sqft.2024@mda_ops"},
         lambda v: v["g"] / ((v["a"] + v["b"]) / TWO), "usd2",
         "Gross profit {g} thousand / ((selling square feet {a} + {b}) / 2 thousand) = {answer} per square foot."),
    # ------------------------------------------------------------------ Halvecrest 10-Q (quarter ended June 30, 2026)
    Spec(HC, MG, "direct", "What revenue did Halvecrest Scientific report for the second quarter of 2026, in "
         "millions of dollars?",
         {"r": "is.rev.q26@IS"}, lambda v: v["r"], "musd1",
         "Statements of Income, three months ended June 30, 2026: revenue {r} = {answer}."),
    Spec(HC, MG, "direct", "For the six months ended June 30, 2025, what was diluted earnings per share?",
         {"e": "is.eps_d.h25@IS"}, lambda v: v["e"], "usd2",
         "Statements of Income, six months ended June 30, 2025: diluted {e} = {answer}."),
    Spec(HC, DR, "direct", "How much revenue came from the cardiovascular end market in the quarter ended June 30, "
         "2025? (USD millions)",
         {"c": "em.cardio.q25@mda_em"}, lambda v: v["c"], "musd1",
         "Item 2, Revenue by End Market, three months 2025: cardiovascular {c} = {answer}."),
    Spec(HC, DR, "direct", "What was the carrying amount of raw materials and purchased components in inventory as "
         "of June 30, 2026, in $ millions?",
         {"r": "inv.raw.jun26@note_inv"}, lambda v: v["r"], "musd1",
         "Note 2, Inventories, June 30, 2026: raw materials and purchased components {r} = {answer}."),
    Spec(HC, DR, "direct", "How much goodwill was allocated to the Device Manufacturing Services segment at the end "
         "of the second quarter of 2026?",
         {"g": "gw.end.dms@note_gw"}, lambda v: v["g"], "musd1",
         "Note 3, Goodwill by Reportable Segment, balance at June 30, 2026: Device Manufacturing Services {g} = "
         "{answer}."),
    Spec(HC, DR, "direct", "What total restructuring reserve remained at June 30, 2026? (USD millions)",
         {"r": "rs.end.total@note_rs"}, lambda v: v["r"], "musd1",
         "Note 4, Restructuring Reserve, balance at June 30, 2026, total {r} = {answer}."),
    Spec(HC, MG, "direct", "What principal amount was outstanding on the term loan B at December 31, 2025?",
         {"t": "debt.term.dec25@note_debt"}, lambda v: v["t"], "musd1",
         "Note 5, Debt, December 31, 2025: term loan B due 2031 {t} = {answer}."),
    Spec(HC, MG, "direct", "What adjusted EBITDA did the company report year-to-date through June 30, 2026? "
         "(USD millions)",
         {"a": "eb.adj.h26@mda_eb"}, lambda v: v["a"], "musd1",
         "Reconciliation of Net Income to Adjusted EBITDA, six months ended June 30, 2026: adjusted EBITDA {a} = "
         "{answer}."),
    Spec(HC, MG, "direct", "What was comprehensive income for the three months ended June 30, 2025, in millions?",
         {"c": "ci.total.q25@CI"}, lambda v: v["c"], "musd1",
         "Statements of Comprehensive Income, three months ended June 30, 2025: comprehensive income {c} = "
         "{answer}."),
    Spec(HC, DR, "direct", "How much did Halvecrest spend on purchases of property, plant and equipment in the first "
         "half of 2026? (USD millions)",
         {"c": "cf.capex.h26@CF"}, lambda v: -v["c"], "musd1",
         "Statements of Cash Flows (continued page), six months ended June 30, 2026: purchases of PP&E {c}, an "
         "outflow of {answer}."),
    Spec(HC, MG, "computed", "What gross margin percentage did the company earn in the six months ended June 30, "
         "2025?",
         {"g": "is.gp.h25@IS", "r": "is.rev.h25@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "Six months 2025: gross profit {g} / revenue {r} = {answer} (one decimal)."),
    Spec(HC, MG, "computed", "By what percentage did operating income grow in the second quarter of 2026 versus the "
         "second quarter of 2025?",
         {"a": "is.oi.q26@IS", "b": "is.oi.q25@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Operating income, three months: ({a} - {b}) / {b} = {answer} (one decimal)."),
    Spec(HC, DR, "computed", "Year-to-date 2026, what was research and development expense as a percentage of "
         "revenue?",
         {"d": "is.rd.h26@IS", "r": "is.rev.h26@IS"}, lambda v: pct(v["d"], v["r"]), "pct1",
         "Six months 2026: research and development {d} / revenue {r} = {answer}."),
    Spec(HC, MG, "computed", "What was the effective tax rate for the quarter ended June 30, 2026?",
         {"t": "is.tax.q26@IS", "p": "is.pretax.q26@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "Three months 2026: provision for income taxes {t} / income before income taxes {p} = {answer}."),
    Spec(HC, NG, "operating", "Europe generated what percentage of Halvecrest's revenue in the first six months of "
         "2026?",
         {"e": "geo.eu.h26@mda_geo", "t": "geo.total.h26@mda_geo"}, lambda v: pct(v["e"], v["t"]), "pct1",
         "Revenue by Geography, YTD 2026: Europe {e} / consolidated {t} = {answer} (one decimal)."),
    Spec(HC, NG, "combined", "Subtract first-half 2026 purchases of property, plant and equipment from adjusted "
         "EBITDA for the same period. What is the result, in millions?",
         {"a": "eb.adj.h26@mda_eb", "c": "cf.capex.h26@CF"}, lambda v: v["a"] + v["c"], "musd1",
         "Adjusted EBITDA {a} (reconciliation table) + purchases of PP&E {c} (cash flow statement, continued page) "
         "= {answer}."),
    Spec(HC, MG, "combined", "What was free cash flow for the six months ended June 30, 2025, measured as cash from "
         "operations less purchases of property, plant and equipment? (USD millions)",
         {"o": "cf.cfo.h25@CF", "c": "cf.capex.h25@CF"}, lambda v: v["o"] + v["c"], "musd1",
         "Cash flows, six months 2025: operating activities {o} + purchases of PP&E {c} (continued page) = "
         "{answer}."),
    Spec(HC, DR, "combined", "Define net debt as total debt per the debt note (after unamortized costs) less cash "
         "and cash equivalents. What was net debt at June 30, 2026?",
         {"d": "debt.total.jun26@note_debt", "c": "bs.cash.jun26@BS"}, lambda v: v["d"] - v["c"], "musd1",
         "Note 5 total debt {d} - balance sheet cash and cash equivalents {c} = {answer}."),
    Spec(HC, DR, "note", "At December 31, 2025, what was the combined value of work in process and finished goods "
         "inventories? (USD millions)",
         {"w": "inv.wip.dec25@note_inv", "f": "inv.fg.dec25@note_inv"}, lambda v: v["w"] + v["f"], "musd1",
         "Note 2, December 31, 2025: work in process {w} + finished goods {f} = {answer}."),
    Spec(HC, NG, "note", "By what percentage did consolidated goodwill increase between December 31, 2025 and "
         "June 30, 2026?",
         {"a": "gw.end.total@note_gw", "b": "gw.begin.total@note_gw"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Note 3, consolidated goodwill: ({a} - {b}) / {b} = {answer} (one decimal)."),
    Spec(HC, DR, "note", "Restructuring cash payments in the first half of 2026 equalled what percentage of the "
         "restructuring charges recorded in that period?",
         {"p": "rs.paid.total@note_rs", "c": "rs.charge.total@note_rs"}, lambda v: pct(-v["p"], v["c"]), "pct1",
         "Note 4, total column: cash payments {p} / charges {c} = {answer}."),
    Spec(HC, MG, "computed", "What was Halvecrest's current ratio at December 31, 2025?",
         {"a": "bs.ca.dec25@BS", "l": "bs.cl.dec25@BS"}, lambda v: v["a"] / v["l"], "x2",
         "Balance sheet, December 31, 2025: total current assets {a} / total current liabilities {l} = {answer}."),
    Spec(HC, NG, "computed", "Define interest coverage as operating income divided by interest expense. What was it "
         "for the six months ended June 30, 2026?",
         {"o": "is.oi.h26@IS", "i": "is.int.h26@IS"}, lambda v: v["o"] / v["i"], "x2",
         "Six months 2026: operating income {o} / interest expense {i} = {answer}."),
    Spec(HC, NG, "combined", "In the first half of 2025, how much cash went to share repurchases and to taxes paid on "
         "net share settlement of equity awards, combined? (USD millions)",
         {"r": "cf.repo.h25@CF", "t": "cf.taxw.h25@CF"}, lambda v: -(v["r"] + v["t"]), "musd1",
         "Cash flows (continued page), six months 2025: repurchases {r} + taxes on net share settlement {t} = "
         "{answer}."),
    Spec(HC, DR, "combined", "Annualize first-half 2026 cost of revenue (multiply by two) and divide by the average of "
         "the December 31, 2025 and June 30, 2026 inventory balances. What inventory turnover results?",
         {"c": "is.cos.h26@IS", "a": "bs.inv.jun26@BS", "b": "bs.inv.dec25@BS"},
         lambda v: v["c"] * TWO / ((v["a"] + v["b"]) / TWO), "x2",
         "Cost of revenue {c} x 2 / ((inventories {a} + {b}) / 2) = {answer} (two decimals)."),
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
