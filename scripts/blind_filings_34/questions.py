"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
CORRIVETH = ("Corriveth Constructors Group, Inc.", "CORRIVETH_FY2025_10K", "USD thousands")
TALLOWMERE = ("Tallowmere Outfitters, Inc.", "TALLOWMERE_2026Q3_10Q", "USD millions")
PLACES = {"kusd0": 0, "musd1": 1, "musd2": 2, "pct1": 1, "pp1": 1, "x2": 2, "usd2": 2, "n0": 0,
          "days1": 1}
ID_PREFIX = "blind34"


@dataclass
class Spec:
    doc: tuple[str, str, str]
    qtype: str
    category: str  # direct (a line-item lookup) | computed (a calculation); for the mix report only
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
    if fmt == "musd2":
        return f"{sign}${a:,.2f} million"
    if fmt == "pp1":
        return f"{sign}{a:.1f} percentage points"
    if fmt == "n0":
        return f"{sign}{a:,.0f}"
    if fmt == "days1":
        return f"{sign}{a:.1f} days"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


CV, TM = CORRIVETH, TALLOWMERE
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Corriveth 10-K (fiscal 2025)
    Spec(CV, MG, "direct", "What total revenue did Corriveth Constructors Group report for fiscal year 2025? "
         "Answer in USD thousands.",
         {"r": "is.rev.2025@IS"}, lambda v: v["r"], "kusd0",
         "Consolidated Statements of Operations, fiscal year 2025: revenue {r} = {answer}."),
    Spec(CV, DR, "direct", "How much backlog did the Energy Transition segment carry at the end of 2025 (in "
         "thousands of dollars)?",
         {"b": "bl.end.energy.2025@mda_bl"}, lambda v: v["b"], "kusd0",
         "Item 7, Backlog Roll-forward by Segment, year ended December 31, 2025: Energy Transition backlog, end of "
         "year {b} = {answer}."),
    Spec(CV, DR, "direct", "As of December 31, 2024, what was the balance of contract liabilities (billings in "
         "excess of revenue)? USD thousands.",
         {"c": "cab.cl.2024@note_cab"}, lambda v: v["c"], "kusd0",
         "Note 4, Contract Balances, Dec. 31, 2024: contract liabilities {c} = {answer}."),
    Spec(CV, DR, "direct", "What value of new awards did Government Services book during calendar 2024, in $ "
         "thousands?",
         {"a": "bl.awards.gov.2024@mda_bl"}, lambda v: v["a"], "kusd0",
         "Item 7, Backlog Roll-forward, year ended December 31, 2024: Government Services new awards {a} = "
         "{answer}."),
    Spec(CV, MG, "direct", "Diluted earnings per share for fiscal 2024?",
         {"e": "is.eps_d.2024@IS"}, lambda v: v["e"], "usd2",
         "Consolidated Statements of Operations, fiscal 2024 column: diluted EPS {e} = {answer}."),
    Spec(CV, DR, "direct", "How much 2025 revenue came from cost-reimbursable contracts? Give the figure in "
         "thousands of US dollars.",
         {"c": "ct.cr.2025@mda_ct"}, lambda v: v["c"], "kusd0",
         "Item 7, Revenue by Contract Type, fiscal 2025: cost-reimbursable {c} = {answer}."),
    Spec(CV, DR, "direct", "What principal amount was outstanding on the term loan A at year-end 2025 ($000s)?",
         {"t": "debt.tl.2025@note_debt"}, lambda v: v["t"], "kusd0",
         "Note 6, Components of Debt, Dec. 31, 2025: term loan A {t} = {answer}."),
    Spec(CV, NG, "direct", "In total, how many shares did the contractor repurchase during the fourth quarter of "
         "2025?",
         {"s": "rep.shares.total@repo"}, lambda v: v["s"], "n0",
         "Item 5, Issuer Purchases of Equity Securities, fourth quarter combined: total number of shares purchased "
         "{s} = {answer} shares."),
    Spec(CV, MG, "direct", "What was cash from operating activities in fiscal 2023, in USD thousands?",
         {"c": "cf.cfo.2023@CF"}, lambda v: v["c"], "kusd0",
         "Consolidated Statements of Cash Flows, fiscal 2023: cash from operating activities {c} = {answer}."),
    Spec(CV, DR, "direct", "What was the current federal income tax expense in the 2025 provision ($ in "
         "thousands)?",
         {"f": "tax.fed.2025@note_tax"}, lambda v: v["f"], "kusd0",
         "Note 9, Components of the Provision for Income Taxes, 2025: current federal {f} = {answer}."),
    Spec(CV, DR, "computed", "Define book-to-bill as new awards divided by revenue recognized. Using the backlog "
         "roll-forward totals for all segments, what was Corriveth's book-to-bill for 2025?",
         {"a": "bl.awards.total.2025@mda_bl", "r": "bl.rev.total.2025@mda_bl"}, lambda v: v["a"] / -v["r"], "x2",
         "Backlog Roll-forward, 2025, all segments: new awards {a} / revenue recognized {r} = {answer} (rounded to "
         "two decimals)."),
    Spec(CV, NG, "computed", "Backlog coverage: how many years of fiscal 2024 revenue did the total backlog at "
         "December 31, 2024 represent? (year-end backlog divided by 2024 revenue from the income statement)",
         {"b": "bl.end.total.2024@mda_bl", "r": "is.rev.2024@IS"}, lambda v: v["b"] / v["r"], "x2",
         "Backlog at end of 2024 {b} (Backlog Roll-forward, all segments) / 2024 revenue {r} (Statements of "
         "Operations) = {answer}, rounded to two decimals."),
    Spec(CV, MG, "computed", "What operating margin did the Infrastructure segment earn in 2024? Compute segment "
         "operating income over segment revenue.",
         {"o": "seg.oi.infra.2024@mda_seg", "r": "seg.rev.infra.2024@mda_seg"}, lambda v: pct(v["o"], v["r"]),
         "pct1",
         "Segment Revenue and Operating Income, Infrastructure 2024: {o} / {r} = {answer} (one decimal)."),
    Spec(CV, DR, "computed", "Year over year, by what percentage did Energy Transition revenue increase in fiscal "
         "2025?",
         {"a": "seg.rev.energy.2025@mda_seg", "b": "seg.rev.energy.2024@mda_seg"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Segment table, Energy Transition revenue: ({a} - {b}) / {b} = {answer}, rounded to one decimal."),
    Spec(CV, NG, "computed", "Using the dollar amounts (not the printed shares) in the contract-type table, what "
         "fraction of fiscal 2024 revenue came from fixed-price work?",
         {"f": "ct.fp.2024@mda_ct", "t": "ct.total.2024@mda_ct"}, lambda v: pct(v["f"], v["t"]), "pct1",
         "Revenue by Contract Type, fiscal 2024: fixed-price {f} / revenue, all contract types {t} = {answer}."),
    Spec(CV, MG, "computed", "Based on the tax note and the income statement, what was the effective income tax "
         "rate for 2023?",
         {"t": "tax.total.2023@note_tax", "p": "is.pretax.2023@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "Provision for income taxes {t} (Note 9, 2023) / income before income taxes {p} (Statements of "
         "Operations) = {answer}, one decimal."),
    Spec(CV, DR, "computed", "Over fiscal 2025, by how many thousand dollars did contract liabilities grow on the "
         "balance sheet?",
         {"a": "bs.cl.2025@BS", "b": "bs.cl.2024@BS"}, lambda v: v["a"] - v["b"], "kusd0",
         "Consolidated Balance Sheets, contract liabilities: Dec. 31, 2025 {a} - Dec. 31, 2024 {b} = {answer}."),
    Spec(CV, NG, "computed", "Define leverage as total debt (from the debt note) divided by the sum of 2025 "
         "operating income and 2025 depreciation and amortization of intangible assets (from the cash flow "
         "statement). What was it at the end of 2025?",
         {"d": "debt.total.2025@note_debt", "o": "is.oi.2025@IS", "p": "cf.dep.2025@CF",
          "a": "cf.amort.2025@CF"}, lambda v: v["d"] / (v["o"] + v["p"] + v["a"]), "x2",
         "Total debt {d} (Note 6) / (operating income {o} + depreciation {p} + amortization {a}) = {answer}, two "
         "decimals."),
    Spec(CV, MG, "computed", "Free cash flow for 2025, measured as cash from operating activities less purchases of "
         "property and equipment, in USD thousands?",
         {"o": "cf.cfo.2025@CF", "c": "cf.capex.2025@CF"}, lambda v: v["o"] + v["c"], "kusd0",
         "Cash flow statement 2025: operating {o} + purchases of property and equipment {c} (continued page) = "
         "{answer}."),
    Spec(CV, NG, "computed", "Multiplying each month's shares purchased by its average price, approximately how "
         "much did Corriveth spend on buybacks in October through December 2025? Answer in thousands of dollars.",
         {"a": "rep.shares.oct@repo", "p": "rep.price.oct@repo", "b": "rep.shares.nov@repo",
          "q": "rep.price.nov@repo", "c": "rep.shares.dec@repo", "r": "rep.price.dec@repo"},
         lambda v: (v["a"] * v["p"] + v["b"] * v["q"] + v["c"] * v["r"]) / 1000, "kusd0",
         "Item 5 table: ({a} x ${p} + {b} x ${q} + {c} x ${r}) / 1,000 = {answer}, rounded to the nearest "
         "thousand."),
    Spec(CV, MG, "computed", "What was the company's gross margin percentage in fiscal 2025?",
         {"g": "is.gp.2025@IS", "r": "is.rev.2025@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "Statements of Operations, 2025: gross profit {g} / revenue {r} = {answer}."),
    Spec(CV, MG, "computed", "Calculate the current ratio as of December 31, 2024.",
         {"a": "bs.tca.2024@BS", "l": "bs.tcl.2024@BS"}, lambda v: v["a"] / v["l"], "x2",
         "Balance sheet, Dec. 31, 2024: current assets {a} / current liabilities {l} = {answer}."),
    Spec(CV, DR, "computed", "How much cash did Corriveth return to shareholders in 2024 through share repurchases "
         "and dividends combined? (USD thousands)",
         {"r": "cf.repo.2024@CF", "d": "cf.div.2024@CF"}, lambda v: -(v["r"] + v["d"]), "kusd0",
         "Cash flow statement (continued page), 2024: repurchases {r} + dividends {d} = {answer} returned."),
    Spec(CV, NG, "computed", "Return on average equity for 2025: divide 2025 net income by the average of "
         "stockholders' equity at the two balance sheet dates.",
         {"n": "is.ni.2025@IS", "a": "bs.equity.2025@BS", "b": "bs.equity.2024@BS"},
         lambda v: pct(v["n"], (v["a"] + v["b"]) / 2), "pct1",
         "Net income {n} / ((equity {a} + {b}) / 2) = {answer}, one decimal."),
    Spec(CV, DR, "computed", "By what percentage did Government Services backlog change during 2025, comparing the "
         "end of the year to the beginning?",
         {"e": "bl.end.gov.2025@mda_bl", "b": "bl.begin.gov.2025@mda_bl"}, lambda v: change(v["e"], v["b"]),
         "pct1",
         "Backlog Roll-forward 2025, Government Services: ({e} - {b}) / {b} = {answer} (a decline)."),
    # ------------------------------------------------------------------ Tallowmere 10-Q (Q3 fiscal 2026)
    Spec(TM, MG, "direct", "What was Tallowmere Outfitters' net revenue in the third quarter of fiscal 2026, in "
         "millions of dollars?",
         {"r": "is.rev.q26@IS"}, lambda v: v["r"], "musd1",
         "Statements of Operations, 13 weeks ended Sep. 26, 2026: net revenue {r} = {answer}."),
    Spec(TM, DR, "direct", "Year-to-date through September 26, 2026, how much revenue did digital commerce "
         "generate? (USD millions)",
         {"d": "ch.digital.y26@mda_ch"}, lambda v: v["d"], "musd1",
         "Net Revenue by Channel - Year to Date, 39 weeks ended Sep. 26, 2026: digital commerce {d} = {answer}."),
    Spec(TM, DR, "direct", "What were total inventories at the fiscal 2025 year end (December 27, 2025), in $ "
         "millions?",
         {"i": "inv.total.dec25@note_inv"}, lambda v: v["i"], "musd1",
         "Note 3, Components of Inventories, December 27, 2025: inventories {i} = {answer}."),
    Spec(TM, MG, "direct", "What diluted EPS did the company report for the 39 weeks ended September 27, 2025?",
         {"e": "is.eps_d.y25@IS"}, lambda v: v["e"], "usd2",
         "Statements of Operations, 39 weeks ended Sep. 27, 2025: diluted {e} = {answer}."),
    Spec(TM, DR, "direct", "On a constant-currency basis, how fast did revenue in Europe, Middle East and Africa "
         "grow in Q3 fiscal 2026?",
         {"g": "rg.cc.emea.q26@mda_rg"}, lambda v: v["g"], "pct1",
         "Net Revenue by Region, 13 weeks ended September 2026, EMEA constant-currency change {g} = {answer}."),
    Spec(TM, MG, "direct", "What adjusted diluted EPS (non-GAAP) did Tallowmere report for the third quarter of "
         "fiscal 2026?",
         {"a": "adj.adj.q26@mda_adj"}, lambda v: v["a"], "usd2",
         "Reconciliation of Adjusted Diluted EPS, 13 weeks ended Sep. 26, 2026: {a} = {answer}."),
    Spec(TM, DR, "direct", "How much was drawn on the revolving credit facility as of September 26, 2026? "
         "(USD millions)",
         {"b": "rcf.end@note_rcf"}, lambda v: v["b"], "musd1",
         "Note 5, Revolver Activity: outstanding at September 26, 2026 {b} = {answer}."),
    Spec(TM, NG, "direct", "How many owned retail stores did Tallowmere operate at the end of the third quarter "
         "of fiscal 2026?",
         {"s": "st.end.total@mda_st"}, lambda v: v["s"], "n0",
         "Owned Retail Stores table, Sep. 26, 2026: total stores {s} = {answer} stores."),
    Spec(TM, MG, "direct", "What cash and cash equivalents balance closed the 39 weeks ended September 27, 2025, "
         "according to the cash flow statement? ($ millions)",
         {"c": "cf.end.y25@CF"}, lambda v: v["c"], "musd1",
         "Statements of Cash Flows (continued page), 39 weeks ended Sep. 27, 2025: end of period {c} = {answer}."),
    Spec(TM, MG, "direct", "Selling, general and administrative expenses for the first three quarters of fiscal "
         "2026 totalled how much, in millions?",
         {"s": "is.sga.y26@IS"}, lambda v: v["s"], "musd1",
         "Statements of Operations, 39 weeks ended Sep. 26, 2026: SG&A {s} = {answer}."),
    Spec(TM, MG, "computed", "What was gross margin as a percentage of net revenue for the 13 weeks ended "
         "September 27, 2025?",
         {"g": "is.gp.q25@IS", "r": "is.rev.q25@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "Statements of Operations, 13 weeks ended Sep. 27, 2025: gross profit {g} / net revenue {r} = {answer}."),
    Spec(TM, DR, "computed", "By how many percentage points did gross margin expand in the third quarter of fiscal "
         "2026 versus the third quarter of fiscal 2025? (compute each margin from the statement of operations)",
         {"a": "is.gp.q26@IS", "r": "is.rev.q26@IS", "b": "is.gp.q25@IS", "s": "is.rev.q25@IS"},
         lambda v: pct(v["a"], v["r"]) - pct(v["b"], v["s"]), "pp1",
         "13 weeks: {a} / {r} less {b} / {s} = {answer} (result to one decimal; the same whether or not each margin "
         "is rounded first)."),
    Spec(TM, NG, "computed", "What share of net revenue for the 39 weeks ended September 26, 2026 came from the "
         "direct-to-consumer channel?",
         {"d": "ch.dtc.y26@mda_ch", "t": "ch.total.y26@mda_ch"}, lambda v: pct(v["d"], v["t"]), "pct1",
         "Net Revenue by Channel - Year to Date: direct-to-consumer subtotal {d} / net revenue {t} = {answer}."),
    Spec(TM, DR, "computed", "Using the dollar amounts, how much did owned retail store revenue grow in the third "
         "quarter of fiscal 2026, in dollars (USD millions)?",
         {"a": "ch.store.q26@mda_ch", "b": "ch.store.q25@mda_ch"}, lambda v: v["a"] - v["b"], "musd1",
         "Net Revenue by Channel - Third Quarter, owned retail stores: {a} - {b} = {answer}."),
    Spec(TM, MG, "computed", "SG&A as a percentage of net revenue in Q3 of fiscal 2025 (13 weeks ended September "
         "27, 2025)?",
         {"s": "is.sga.q25@IS", "r": "is.rev.q25@IS"}, lambda v: pct(v["s"], v["r"]), "pct1",
         "13 weeks ended Sep. 27, 2025: SG&A {s} / net revenue {r} = {answer}."),
    Spec(TM, MG, "computed", "What effective tax rate did the company record year-to-date in fiscal 2026?",
         {"t": "is.tax.y26@IS", "p": "is.pretax.y26@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "39 weeks ended Sep. 26, 2026: income tax expense {t} / income before income taxes {p} = {answer}."),
    Spec(TM, DR, "computed", "Define days inventory outstanding as inventories at the end of the quarter divided by "
         "third-quarter cost of sales, times 91 days. What was DIO at September 26, 2026?",
         {"i": "bs.inv.sep26@BS", "c": "is.cos.q26@IS"}, lambda v: v["i"] / v["c"] * 91, "days1",
         "Inventories {i} (balance sheet, Sep. 26, 2026) / cost of sales {c} (13 weeks) x 91 = {answer}."),
    Spec(TM, DR, "computed", "How much higher were inventories at September 26, 2026 than a year earlier, in "
         "percent?",
         {"a": "inv.total.sep26@note_inv", "b": "inv.total.sep25@note_inv"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Note 3, inventories: ({a} - {b}) / {b} = {answer}."),
    Spec(TM, MG, "computed", "What was free cash flow for the 39 weeks ended September 26, 2026, taking net cash "
         "from operating activities less capital expenditures? (USD millions)",
         {"o": "cf.cfo.y26@CF", "c": "cf.capex.y26@CF"}, lambda v: v["o"] + v["c"], "musd1",
         "Cash flows, 39 weeks 2026: operating {o} + capital expenditures {c} (continued page) = {answer}."),
    Spec(TM, NG, "computed", "Year-to-date in fiscal 2026, how much cash went to shareholders through buybacks and "
         "dividends together? ($ millions)",
         {"r": "cf.repo.y26@CF", "d": "cf.div.y26@CF"}, lambda v: -(v["r"] + v["d"]), "musd1",
         "Cash flows (continued page), 39 weeks 2026: repurchases {r} + dividends paid {d} = {answer}."),
    Spec(TM, NG, "computed", "Define net debt as revolver borrowings plus senior notes, minus cash and cash "
         "equivalents. What was net debt as of September 26, 2026, in millions?",
         {"r": "bs.revolver.sep26@BS", "n": "bs.notes.sep26@BS", "c": "bs.cash.sep26@BS"},
         lambda v: v["r"] + v["n"] - v["c"], "musd1",
         "Balance sheet, Sep. 26, 2026: {r} + {n} - {c} = {answer}."),
    Spec(TM, DR, "computed", "How many net new owned stores (openings minus closures) did Tallowmere add in the "
         "first 39 weeks of fiscal 2026?",
         {"o": "st.open.total@mda_st", "c": "st.close.total@mda_st"}, lambda v: v["o"] + v["c"], "n0",
         "Owned Retail Stores: opened {o} + closed {c} = {answer} net new stores."),
    Spec(TM, NG, "computed", "Dividing year-to-date owned retail store revenue by the average of the store counts "
         "at December 27, 2025 and September 26, 2026, what revenue per average store did Tallowmere generate in "
         "the 39 weeks? (USD millions, two decimals)",
         {"r": "ch.store.y26@mda_ch", "a": "st.begin.total@mda_st", "b": "st.end.total@mda_st"},
         lambda v: v["r"] / ((v["a"] + v["b"]) / 2), "musd2",
         "Owned retail stores revenue {r} / (({a} + {b}) / 2) = {answer}."),
    Spec(TM, DR, "computed", "In the third quarter of fiscal 2026, how many percentage points of reported net "
         "revenue growth came from currency, i.e. reported growth less constant-currency growth?",
         {"a": "rg.gr.total.q26@mda_rg", "c": "rg.cc.total.q26@mda_rg"}, lambda v: v["a"] - v["c"], "pp1",
         "Net Revenue by Region, consolidated 13 weeks: reported {a} - constant currency {c} = {answer}."),
    Spec(TM, NG, "computed", "What proportion of third-quarter fiscal 2026 net revenue was generated in Asia "
         "Pacific?",
         {"a": "rg.apac.q26@mda_rg", "t": "rg.total.q26@mda_rg"}, lambda v: pct(v["a"], v["t"]), "pct1",
         "Net Revenue by Region, 13 weeks ended September 2026: Asia Pacific {a} / consolidated {t} = {answer}."),
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
