"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
BRINDLEMOOR = ("Brindlemoor Talent Partners, Inc.", "BRINDLEMOOR_FY2025_10K", "USD thousands")
QUILLMARSH = ("Quillmarsh Nitrogen Company", "QUILLMARSH_2026Q1_10Q", "USD millions")
PLACES = {"kusd0": 0, "musd1": 1, "pct1": 1, "x2": 2, "usd2": 2}
ID_PREFIX = "blind31"


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
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


BM, QM = BRINDLEMOOR, QUILLMARSH
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Brindlemoor 10-K (fiscal 2025)
    Spec(BM, MG, "direct", "What was Brindlemoor Talent Partners' consolidated revenue for calendar 2025, in "
         "thousands of dollars?",
         {"r": "is.rev.2025@IS"}, lambda v: v["r"], "kusd0",
         "Consolidated Statements of Earnings, year ended December 31, 2025: revenue {r} = {answer}."),
    Spec(BM, MG, "direct", "Looking back to 2023, what diluted earnings per share did the staffing firm report?",
         {"e": "is.eps_d.2023@IS"}, lambda v: v["e"], "usd2",
         "Consolidated Statements of Earnings, 2023 column: diluted {e} = {answer}."),
    Spec(BM, DR, "direct", "How large was Brindlemoor's allowance for credit losses at the close of 2024? "
         "(USD thousands)",
         {"a": "alw.end.2024@note_alw"}, lambda v: v["a"], "kusd0",
         "Note 2, Allowance for Credit Losses, 2024: balance at end of year {a} = {answer}."),
    Spec(BM, MG, "direct", "Operating cash generation in 2024: what net cash did operating activities provide, "
         "in $ thousands?",
         {"c": "cf.cfo.2024@CF"}, lambda v: v["c"], "kusd0",
         "Consolidated Statements of Cash Flows, 2024: net cash provided by operating activities {c} = {answer}."),
    Spec(BM, MG, "computed", "Express Brindlemoor's 2024 gross profit as a percentage of that year's revenue.",
         {"g": "is.gp.2024@IS", "r": "is.rev.2024@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "2024: gross profit {g} / revenue {r} = {answer}."),
    Spec(BM, MG, "computed", "By what percentage did net earnings move between 2024 and 2025 (a negative answer "
         "means a decline)?",
         {"a": "is.ni.2025@IS", "b": "is.ni.2024@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Net earnings: ({a} - {b}) / {b} = {answer}."),
    Spec(BM, DR, "computed", "How heavy was the overhead load in 2023? Give selling, general and administrative "
         "expenses as a share of revenue.",
         {"s": "is.sga.2023@IS", "r": "is.rev.2023@IS"}, lambda v: pct(v["s"], v["r"]), "pct1",
         "2023: SG&A {s} / revenue {r} = {answer}."),
    Spec(BM, MG, "computed", "Divide the 2025 provision for income taxes by earnings before income taxes. What "
         "effective rate results?",
         {"t": "is.tax.2025@IS", "p": "is.pretax.2025@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "2025: provision {t} / earnings before income taxes {p} = {answer}."),
    Spec(BM, DR, "segment", "Using the segment results table, what gross margin did Professional Placement earn "
         "in 2023 (gross profit over revenue)?",
         {"g": "seg.gp.pro.2023@mda_seg", "r": "seg.rev.pro.2023@mda_seg"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "Item 7, Results by Segment, Professional Placement 2023: gross profit {g} / revenue {r} = {answer}."),
    Spec(BM, NG, "segment", "What was the combined 2025 gross profit of the Commercial Staffing and Managed "
         "Services segments, in thousands of dollars?",
         {"c": "seg.gp.com.2025@mda_seg", "m": "seg.gp.msp.2025@mda_seg"}, lambda v: v["c"] + v["m"], "kusd0",
         "Item 7, Results by Segment, 2025: Commercial Staffing {c} + Managed Services {m} = {answer}."),
    Spec(BM, DR, "segment", "Year over year, how much did Managed Services revenue grow in 2025, in percent?",
         {"a": "seg.rev.msp.2025@mda_seg", "b": "seg.rev.msp.2024@mda_seg"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Item 7, Results by Segment, Managed Services revenue: ({a} - {b}) / {b} = {answer}."),
    Spec(BM, NG, "segment", "From the revenue-by-segment amounts, compute Professional Placement's portion of "
         "total 2024 revenue to one decimal of a percent.",
         {"p": "seg.rev.pro.2024@mda_mix", "t": "seg.rev.total.2024@mda_mix"}, lambda v: pct(v["p"], v["t"]),
         "pct1",
         "Item 7, Revenue by Segment, 2024: Professional Placement {p} / Total {t} = {answer}."),
    Spec(BM, DR, "operating", "How many dollars of gross profit did Commercial Staffing earn per billable hour in "
         "2025? Divide segment gross profit by billable hours.",
         {"g": "seg.gp.com.2025@mda_seg", "h": "kpi.hours.com.2025@kpi"}, lambda v: v["g"] / v["h"], "usd2",
         "Commercial Staffing 2025: gross profit {g} thousand / {h} thousand billable hours = {answer}."),
    Spec(BM, DR, "operating", "What was the percentage change in Professional Placement's average hourly bill "
         "rate from 2024 to 2025?",
         {"a": "kpi.rate.pro.2025@kpi", "b": "kpi.rate.pro.2024@kpi"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Key Performance Indicators, Professional Placement bill rate: (${a} - ${b}) / ${b} = {answer}."),
    Spec(BM, NG, "operating", "Over the two years from 2023 to 2025, by what percentage did Commercial Staffing "
         "billable hours increase in total?",
         {"a": "kpi.hours.com.2025@kpi", "b": "kpi.hours.com.2023@kpi"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Key Performance Indicators, Commercial Staffing billable hours: ({a} - {b}) / {b} = {answer}."),
    Spec(BM, DR, "note", "Net of recoveries, how much did Brindlemoor write off against its credit-loss allowance "
         "during 2025? (USD thousands)",
         {"w": "alw.wo.2025@note_alw", "r": "alw.rec.2025@note_alw"}, lambda v: -(v["w"] + v["r"]), "kusd0",
         "Note 2, 2025: write-offs {w} less recoveries {r} = {answer}."),
    Spec(BM, NG, "combined", "At December 31, 2025, what percentage of gross accounts receivable (net receivables "
         "plus the allowance) was reserved through the allowance for credit losses?",
         {"a": "alw.end.2025@note_alw", "n": "bs.ar.2025@BS"}, lambda v: pct(v["a"], v["n"] + v["a"]), "pct1",
         "Allowance {a} (Note 2) / (net receivables {n} (balance sheet) + {a}) = {answer}."),
    Spec(BM, DR, "note", "Of the undiscounted operating lease payments scheduled at year-end 2025, what share "
         "falls due in 2026 and 2027 together?",
         {"a": "lease.y2026@note_lease", "b": "lease.y2027@note_lease", "t": "lease.undisc@note_lease"},
         lambda v: pct(v["a"] + v["b"], v["t"]), "pct1",
         "Note 3 maturities: (2026 {a} + 2027 {b}) / Total {t} = {answer}."),
    Spec(BM, NG, "note", "Imputed interest represents what percentage of the total undiscounted operating lease "
         "payments in the lease maturity table?",
         {"i": "lease.interest@note_lease", "t": "lease.undisc@note_lease"}, lambda v: pct(-v["i"], v["t"]),
         "pct1",
         "Note 3: imputed interest {i} / Total {t} = {answer}."),
    Spec(BM, MG, "computed", "Treating the revolving credit facility as the company's only debt, what was its "
         "debt-to-equity ratio at December 31, 2025?",
         {"d": "bs.revolver.2025@BS", "e": "bs.equity.2025@BS"}, lambda v: v["d"] / v["e"], "x2",
         "Balance sheet, December 31, 2025: revolving credit facility {d} / total stockholders' equity {e} = "
         "{answer}."),
    Spec(BM, DR, "combined", "Compare the dividends per share paid across 2025's four quarters (Item 5) with 2025 "
         "diluted EPS. What payout ratio does that imply?",
         {"d": "div.dps.total.2025@item5", "e": "is.eps_d.2025@IS"}, lambda v: pct(v["d"], v["e"]), "pct1",
         "Item 5 total 2025 per-share dividends ${d} / diluted EPS ${e} = {answer}."),
    Spec(BM, MG, "combined", "Subtracting capital expenditures from operating cash flow, what free cash flow did "
         "Brindlemoor generate in 2023? (USD thousands)",
         {"o": "cf.cfo.2023@CF", "c": "cf.capex.2023@CF"}, lambda v: v["o"] + v["c"], "kusd0",
         "Cash flow statement 2023: operating {o} + capital expenditures {c} (continued page) = {answer}."),
    Spec(BM, NG, "combined", "In 2024, how much cash went back to shareholders through dividends and buybacks "
         "combined, in thousands of dollars?",
         {"d": "cf.div.2024@CF", "r": "cf.repo.2024@CF"}, lambda v: -(v["d"] + v["r"]), "kusd0",
         "Cash flow statement (continued page), 2024: dividends {d} + repurchases {r} = {answer}."),
    Spec(BM, NG, "combined", "Netting 2025 borrowings against repayments on the revolver, by how much did the "
         "company pay down the facility? (USD thousands)",
         {"b": "cf.borrow.2025@CF", "r": "cf.repay.2025@CF"}, lambda v: -(v["b"] + v["r"]), "kusd0",
         "Cash flow statement (continued page), 2025: repayments {r} + borrowings {b} = net paydown {answer}."),
    Spec(BM, MG, "computed", "What current ratio did Brindlemoor show at December 31, 2024?",
         {"a": "bs.ca.2024@BS", "l": "bs.cl.2024@BS"}, lambda v: v["a"] / v["l"], "x2",
         "Balance sheet, December 31, 2024: total current assets {a} / total current liabilities {l} = {answer}."),
    # ------------------------------------------------------------------ Quillmarsh 10-Q (quarter ended March 31, 2026)
    Spec(QM, MG, "direct", "What were Quillmarsh Nitrogen's net sales for the first quarter of 2026, in millions "
         "of dollars?",
         {"r": "is.rev.q26@IS"}, lambda v: v["r"], "musd1",
         "Statements of Operations, three months ended March 31, 2026: net sales {r} = {answer}."),
    Spec(QM, MG, "direct", "In the quarter ended March 31, 2025, what diluted EPS attributable to common "
         "stockholders did the fertilizer producer post?",
         {"e": "is.eps_d.q25@IS"}, lambda v: v["e"], "usd2",
         "Statements of Operations, three months ended March 31, 2025: diluted {e} = {answer}."),
    Spec(QM, DR, "direct", "How much in customer advances (prepaid orders) sat on Quillmarsh's balance sheet at "
         "March 31, 2026? (USD millions)",
         {"a": "bs.adv.mar26@BS"}, lambda v: v["a"], "musd1",
         "Condensed Consolidated Balance Sheets, March 31, 2026: customer advances {a} = {answer}."),
    Spec(QM, DR, "direct", "What value of finished goods inventory did the company carry at December 31, 2025, "
         "in $ millions?",
         {"f": "inv.fg.dec25@note_inv"}, lambda v: v["f"], "musd1",
         "Note 2, Inventories, December 31, 2025: finished goods {f} = {answer}."),
    Spec(QM, MG, "computed", "Gross margin divided by net sales: what percentage did Quillmarsh achieve in the "
         "first quarter of 2026?",
         {"g": "is.gm.q26@IS", "r": "is.rev.q26@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "Three months 2026: gross margin {g} / net sales {r} = {answer}."),
    Spec(QM, MG, "computed", "How much did net earnings attributable to common stockholders rise, in percent, from "
         "the first quarter of 2025 to the first quarter of 2026?",
         {"a": "is.nic.q26@IS", "b": "is.nic.q25@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Net earnings attributable to common stockholders: ({a} - {b}) / {b} = {answer}."),
    Spec(QM, MG, "computed", "What effective income tax rate did the company record for the three months ended "
         "March 31, 2025?",
         {"t": "is.tax.q25@IS", "p": "is.pretax.q25@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "Three months 2025: income tax provision {t} / earnings before income taxes {p} = {answer}."),
    Spec(QM, DR, "computed", "What fraction of first-quarter 2026 consolidated net earnings belonged to the "
         "noncontrolling interest holder?",
         {"n": "is.nci.q26@IS", "t": "is.ni.q26@IS"}, lambda v: pct(v["n"], v["t"]), "pct1",
         "Three months 2026: net earnings attributable to noncontrolling interest {n} / net earnings {t} = "
         "{answer}."),
    Spec(QM, DR, "operating", "Dividing ammonia net sales by ammonia tons sold, what revenue per ton did "
         "Quillmarsh realize in the first quarter of 2025?",
         {"s": "prod.sales.amm.q25@mda_prod", "t": "prod.vol.amm.q25@mda_vol"},
         lambda v: v["s"] * 1000 / v["t"], "usd2",
         "Ammonia, three months 2025: net sales {s} million / {t} thousand tons = {answer}."),
    Spec(QM, DR, "operating", "By what percentage did the average selling price of UAN change between the two "
         "first quarters presented?",
         {"a": "prod.asp.uan.q26@mda_vol", "b": "prod.asp.uan.q25@mda_vol"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Selected Operating Data, UAN average selling price: ({a} - {b}) / {b} = {answer}."),
    Spec(QM, NG, "operating", "Together, how much did ammonia and urea contribute to net sales in the first quarter "
         "of 2026? (USD millions)",
         {"a": "prod.sales.amm.q26@mda_prod", "u": "prod.sales.urea.q26@mda_prod"}, lambda v: v["a"] + v["u"],
         "musd1",
         "Net Sales by Product, three months 2026: ammonia {a} + urea {u} = {answer}."),
    Spec(QM, NG, "operating", "Using the dollar amounts in the product sales table, what percentage of first-quarter "
         "2025 net sales came from urea?",
         {"u": "prod.sales.urea.q25@mda_prod", "t": "prod.sales.total.q25@mda_prod"}, lambda v: pct(v["u"], v["t"]),
         "pct1",
         "Net Sales by Product, three months 2025: urea {u} / Total {t} = {answer}."),
    Spec(QM, DR, "operating", "Total product tons sold: what was the year-over-year percentage change for the "
         "quarter ended March 31, 2026?",
         {"a": "prod.vol.total.q26@mda_vol", "b": "prod.vol.total.q25@mda_vol"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Selected Operating Data, total sales volume: ({a} - {b}) / {b} = {answer}."),
    Spec(QM, DR, "operating", "Spread across all product tons sold, how many dollars of natural gas cost did each "
         "ton carry in the first quarter of 2026?",
         {"g": "gas.cost.q26@mda_vol", "t": "prod.vol.total.q26@mda_vol"}, lambda v: v["g"] * 1000 / v["t"],
         "usd2",
         "Selected Operating Data, 2026: natural gas in cost of sales {g} million / {t} thousand tons = {answer}."),
    Spec(QM, NG, "combined", "Natural gas in cost of sales made up what percentage of total cost of sales in the "
         "first quarter of 2025?",
         {"g": "gas.cost.q25@mda_vol", "c": "is.cos.q25@IS"}, lambda v: pct(v["g"], v["c"]), "pct1",
         "Natural gas in cost of sales {g} (Selected Operating Data) / cost of sales {c} (Statements of "
         "Operations) = {answer}."),
    Spec(QM, NG, "note", "Spare parts and catalysts accounted for what share of total inventories at March 31, "
         "2026?",
         {"s": "inv.spare.mar26@note_inv", "t": "inv.total.mar26@note_inv"}, lambda v: pct(v["s"], v["t"]), "pct1",
         "Note 2, March 31, 2026: spare parts and catalysts {s} / Total {t} = {answer}."),
    Spec(QM, DR, "note", "How much did finished goods inventories decline during the first quarter of 2026, in "
         "millions of dollars?",
         {"a": "inv.fg.dec25@note_inv", "b": "inv.fg.mar26@note_inv"}, lambda v: v["a"] - v["b"], "musd1",
         "Note 2, finished goods: December 31, 2025 {a} - March 31, 2026 {b} = {answer}."),
    Spec(QM, MG, "computed", "Calculate Quillmarsh's current ratio as of March 31, 2026.",
         {"a": "bs.ca.mar26@BS", "l": "bs.cl.mar26@BS"}, lambda v: v["a"] / v["l"], "x2",
         "March 31, 2026: total current assets {a} / total current liabilities {l} = {answer}."),
    Spec(QM, DR, "computed", "Define net debt as long-term debt less cash and cash equivalents. What was it at "
         "March 31, 2026? (USD millions)",
         {"d": "bs.debt.mar26@BS", "c": "bs.cash.mar26@BS"}, lambda v: v["d"] - v["c"], "musd1",
         "Balance sheet, March 31, 2026: long-term debt {d} - cash {c} = {answer}."),
    Spec(QM, MG, "combined", "What was free cash flow in the first quarter of 2025, taking operating cash flow "
         "less additions to property, plant and equipment? (USD millions)",
         {"o": "cf.cfo.q25@CF", "c": "cf.capex.q25@CF"}, lambda v: v["o"] + v["c"], "musd1",
         "Cash flows, three months 2025: operating {o} + additions to PP&E {c} (continued page) = {answer}."),
    Spec(QM, NG, "combined", "Adding common dividends paid and treasury stock purchases, how much cash did "
         "Quillmarsh return to its common stockholders in the first quarter of 2026? (USD millions)",
         {"d": "cf.div.q26@CF", "r": "cf.repo.q26@CF"}, lambda v: -(v["d"] + v["r"]), "musd1",
         "Cash flows (continued page), three months 2026: dividends {d} + purchases of treasury stock {r} = "
         "{answer}."),
    Spec(QM, DR, "combined", "Cash distributed to the noncontrolling interest in the first quarter of 2026 equalled "
         "what percentage of the earnings attributed to that interest in the same quarter?",
         {"d": "cf.nci_dist.q26@CF", "n": "is.nci.q26@IS"}, lambda v: pct(-v["d"], v["n"]), "pct1",
         "Distributions to noncontrolling interest {d} (continued cash flow page) / net earnings attributable to "
         "noncontrolling interest {n} = {answer}."),
    Spec(QM, DR, "combined", "Capital intensity check: first-quarter 2026 additions to property, plant and "
         "equipment as a percentage of depreciation and amortization?",
         {"c": "cf.capex.q26@CF", "d": "cf.dep.q26@CF"}, lambda v: pct(-v["c"], v["d"]), "pct1",
         "Cash flows, three months 2026: additions to PP&E {c} (continued page) / depreciation and amortization "
         "{d} = {answer}."),
    Spec(QM, NG, "computed", "At March 31, 2026, what portion of total equity on the balance sheet was the "
         "noncontrolling interest?",
         {"n": "bs.nci.mar26@BS", "e": "bs.equity.mar26@BS"}, lambda v: pct(v["n"], v["e"]), "pct1",
         "Balance sheet, March 31, 2026: noncontrolling interest {n} / total equity {e} = {answer}."),
    Spec(QM, MG, "computed", "What share of first-quarter 2026 diluted earnings per share was declared as a "
         "dividend?",
         {"d": "is.dps.q26@IS", "e": "is.eps_d.q26@IS"}, lambda v: pct(v["d"], v["e"]), "pct1",
         "Three months 2026: dividends declared per share ${d} / diluted EPS ${e} = {answer}."),
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
