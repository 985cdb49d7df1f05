"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
VELTRANIA = ("Veltrania Specialty Health, Inc.", "VELTRANIA_FY2025_10K", "USD millions")
TESSALY = ("Tessaly Pay Holdings, Inc.", "TESSALY_2026Q1_10Q", "USD thousands")
PLACES = {"kusd0": 0, "musd1": 1, "pct1": 1, "pct2": 2, "x2": 2, "usd2": 2, "num0": 0}
ID_PREFIX = "blind35"


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
    if fmt in ("pct1", "pct2"):
        return f"{sign}{a:.{PLACES[fmt]}f}%"
    if fmt == "x2":
        return f"{sign}{a:.2f}x"
    if fmt == "usd2":
        return f"{sign}${a:,.2f}"
    if fmt == "num0":
        return f"{sign}{a:,.0f}"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


VT, TS = VELTRANIA, TESSALY
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"
R1 = "rounded to one decimal place"
R2 = "rounded to two decimal places"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Veltrania 10-K (fiscal 2025)
    Spec(VT, MG, "direct", "What were Veltrania Specialty Health's total revenues for fiscal year 2025? Answer in "
         "USD millions.",
         {"r": "is.rev.2025@IS"}, lambda v: v["r"], "musd1",
         "Consolidated Statements of Operations, fiscal 2025: revenues {r} = {answer}."),
    Spec(VT, MG, "direct", "According to the income statement, what was Veltrania's diluted net income per common "
         "share in FY2023?",
         {"e": "is.eps_d.2023@IS"}, lambda v: v["e"], "usd2",
         "Consolidated Statements of Operations, 2023 column: diluted net income per share {e} = {answer}."),
    Spec(VT, DR, "direct", "What revenue per adjusted script did the Specialty Pharmacy segment report for 2024?",
         {"r": "ops.rps.2024@ops"}, lambda v: v["r"], "usd2",
         "Item 7, Selected Operating Statistics, Specialty Pharmacy 2024: revenue per adjusted script {r} = "
         "{answer}."),
    Spec(VT, DR, "direct", "How much adjusted operating income did the PBM Services segment generate in fiscal 2023 "
         "(USD millions)?",
         {"a": "seg.aoi.pbm.2023@mda_seg"}, lambda v: v["a"], "musd1",
         "Item 7, Adjusted Operating Income by Segment, PBM Services 2023: {a} = {answer}."),
    Spec(VT, DR, "direct", "After the 2025 home infusion acquisition, what goodwill was carried in the Infusion "
         "Services segment at year-end 2025? ($ in millions)",
         {"g": "gw.inf.2025@note_gw"}, lambda v: v["g"], "musd1",
         "Note 5, Goodwill by Segment, Infusion Services balance at December 31, 2025: {g} = {answer}."),
    Spec(VT, MG, "direct", "What total stock-based compensation expense did Veltrania recognize in 2024?",
         {"s": "sbc.total.2024@note_sbc"}, lambda v: v["s"], "musd1",
         "Note 9, Stock-Based Compensation Expense, 2024 total: {s} = {answer}."),
    Spec(VT, DR, "direct", "How much was drawn on the revolving credit facility at December 31, 2025, per the debt "
         "footnote? (USD millions)",
         {"r": "debt.rcf.2025@note_debt"}, lambda v: v["r"], "musd1",
         "Note 7, Components of Debt, December 31, 2025: revolving credit facility due 2030 {r} = {answer}."),
    Spec(VT, MG, "direct", "What was the company's cash flow from operations in FY2023, in millions of dollars?",
         {"c": "cf.cfo.2023@CF"}, lambda v: v["c"], "musd1",
         "Consolidated Statements of Cash Flows, 2023: net cash provided by operating activities {c} = {answer}."),
    Spec(VT, MG, "direct", "Report Veltrania's comprehensive income for the year ended December 31, 2024.",
         {"c": "ci.total.2024@CI"}, lambda v: v["c"], "musd1",
         "Consolidated Statements of Comprehensive Income, 2024: comprehensive income {c} = {answer}."),
    Spec(VT, DR, "direct", "What was total current income tax expense (federal plus state and local) in fiscal "
         "2025, as shown in the income tax note?",
         {"c": "tax.cur.2025@note_tax"}, lambda v: v["c"], "musd1",
         "Note 10, Components of Income Tax Expense, 2025: total current {c} = {answer}."),
    Spec(VT, MG, "computed", "What was Veltrania's gross margin in FY2025 (gross profit as a percentage of "
         "revenues)?",
         {"g": "is.gp.2025@IS", "r": "is.rev.2025@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "FY2025: gross profit {g} / revenues {r} = {answer} (" + R1 + ")."),
    Spec(VT, MG, "computed", "By what percentage did net income grow from FY2024 to FY2025?",
         {"a": "is.ni.2025@IS", "b": "is.ni.2024@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Net income: ({a} - {b}) / {b} = {answer} (" + R1 + ")."),
    Spec(VT, MG, "computed", "Compute the effective income tax rate for 2024 from the consolidated statements of "
         "operations.",
         {"t": "is.tax.2024@IS", "p": "is.pretax.2024@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "2024: income tax expense {t} / income before income taxes {p} = {answer} (" + R1 + ")."),
    Spec(VT, DR, "computed", "What was the interest coverage ratio in fiscal 2025, measured as operating income "
         "divided by interest expense?",
         {"o": "is.oi.2025@IS", "i": "is.int.2025@IS"}, lambda v: v["o"] / v["i"], "x2",
         "FY2025: operating income {o} / interest expense {i} = {answer} (" + R2 + ")."),
    Spec(VT, NG, "segment", "Excluding corporate and unallocated costs, what share of the three segments' combined "
         "2025 adjusted operating income came from Specialty Pharmacy?",
         {"s": "seg.aoi.sp.2025@mda_seg", "i": "seg.aoi.inf.2025@mda_seg", "p": "seg.aoi.pbm.2025@mda_seg"},
         lambda v: pct(v["s"], v["s"] + v["i"] + v["p"]), "pct1",
         "2025 segment adjusted operating income: Specialty Pharmacy {s} / ({s} + Infusion {i} + PBM {p}) = "
         "{answer} (" + R1 + ")."),
    Spec(VT, DR, "operating", "Over the two years from 2023 to 2025, by what percentage did specialty prescriptions "
         "dispensed increase?",
         {"a": "ops.scripts.2025@ops", "b": "ops.scripts.2023@ops"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Selected Operating Statistics, prescriptions dispensed (thousands): ({a} - {b}) / {b} = {answer} (" + R1
         + ")."),
    Spec(VT, DR, "operating", "How did PBM revenue per adjusted claim change year over year in 2025, in percent?",
         {"a": "ops.rpc.2025@ops", "b": "ops.rpc.2024@ops"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Selected Operating Statistics, revenue per adjusted claim: ({a} - {b}) / {b} = {answer} (" + R1 + ")."),
    Spec(VT, NG, "segment", "What were the combined 2024 revenues of the Specialty Pharmacy and Infusion Services "
         "segments, before intersegment eliminations? (USD millions)",
         {"s": "seg.rev.sp.2024@mda_mix", "i": "seg.rev.inf.2024@mda_mix"}, lambda v: v["s"] + v["i"], "musd1",
         "Revenues by Segment, 2024: Specialty Pharmacy {s} + Infusion Services {i} = {answer}."),
    Spec(VT, NG, "combined", "Define net debt as total debt (current and long-term, net of issuance costs, per the "
         "debt note) minus cash and cash equivalents. What was Veltrania's net debt at December 31, 2025?",
         {"d": "debt.total.2025@note_debt", "c": "bs.cash.2025@BS"}, lambda v: v["d"] - v["c"], "musd1",
         "Note 7 total debt {d} - balance sheet cash and cash equivalents {c} = {answer}."),
    Spec(VT, DR, "note", "What percentage of principal outstanding at the end of 2025 is scheduled to mature in "
         "2026 through 2028 combined?",
         {"a": "mat.y2026@note_debt", "b": "mat.y2027@note_debt", "c": "mat.y2028@note_debt",
          "t": "mat.total@note_debt"}, lambda v: pct(v["a"] + v["b"] + v["c"], v["t"]), "pct1",
         "Note 7 maturities: (2026 {a} + 2027 {b} + 2028 {c}) / total principal {t} = {answer} (" + R1 + ")."),
    Spec(VT, NG, "note", "Based on the estimated future amortization table, what fraction of year-end 2025 net "
         "intangible assets is expected to be amortized in 2026?",
         {"a": "am.y2026@note_gw", "t": "am.total@note_gw"}, lambda v: pct(v["a"], v["t"]), "pct1",
         "Note 5, Estimated Future Amortization Expense: 2026 {a} / total {t} = {answer} (" + R1 + ")."),
    Spec(VT, MG, "computed", "What was Veltrania's current ratio as of December 31, 2025?",
         {"a": "bs.ca.2025@BS", "l": "bs.cl.2025@BS"}, lambda v: v["a"] / v["l"], "x2",
         "Balance sheet, December 31, 2025: total current assets {a} / total current liabilities {l} = {answer} ("
         + R2 + ")."),
    Spec(VT, MG, "combined", "Calculate FY2024 free cash flow as cash from operations less purchases of property "
         "and equipment. (USD millions)",
         {"o": "cf.cfo.2024@CF", "c": "cf.capex.2024@CF"}, lambda v: v["o"] + v["c"], "musd1",
         "Cash flow statement 2024: operating activities {o} + purchases of property and equipment {c} (continued "
         "page) = {answer}."),
    Spec(VT, NG, "combined", "In 2025, how much cash did Veltrania spend in total on repurchases of common stock "
         "and taxes paid on net share settlement of equity awards?",
         {"r": "cf.repo.2025@CF", "t": "cf.taxw.2025@CF"}, lambda v: -(v["r"] + v["t"]), "musd1",
         "Cash flow statement (continued page), 2025: repurchases {r} + taxes paid on net share settlement {t} = "
         "{answer} outflow."),
    Spec(VT, DR, "combined", "Define inventory turnover as cost of products and services divided by the average of "
         "the opening and closing inventory balances. What was it for 2025?",
         {"c": "is.cos.2025@IS", "a": "bs.inv.2025@BS", "b": "bs.inv.2024@BS"},
         lambda v: v["c"] / ((v["a"] + v["b"]) / 2), "x2",
         "2025 cost of products and services {c} / ((inventories {a} + {b}) / 2) = {answer} (" + R2 + ")."),
    # ------------------------------------------------------------------ Tessaly 10-Q (quarter ended March 31, 2026)
    Spec(TS, MG, "direct", "What total revenue did Tessaly Pay report for the first quarter of 2026, in thousands "
         "of dollars?",
         {"r": "is.rev.q26@IS"}, lambda v: v["r"], "kusd0",
         "Condensed Consolidated Statements of Operations, three months ended March 31, 2026: revenue, total {r} = "
         "{answer}."),
    Spec(TS, MG, "direct", "How much did the BNPL lender expense as provision for credit losses in Q1 2025?",
         {"p": "is.provision.q25@IS"}, lambda v: v["p"], "kusd0",
         "Statements of Operations, three months ended March 31, 2025: provision for credit losses {p} = {answer}."),
    Spec(TS, DR, "direct", "What gross merchandise volume did Tessaly process in the three months ended March 31, "
         "2025? (USD thousands)",
         {"g": "km.gmv.q25@km"}, lambda v: v["g"], "kusd0",
         "Item 2, Key Operating Metrics, Q1 2025: gross merchandise volume {g} thousand = {answer}."),
    Spec(TS, DR, "direct", "How many active consumers (in thousands) did Tessaly have at the end of Q1 2026?",
         {"a": "km.active.q26@km"}, lambda v: v["a"], "num0",
         "Item 2, Key Operating Metrics, Q1 2026: active consumers {a} thousand; answer {answer} (thousands)."),
    Spec(TS, DR, "direct", "What was the ending balance of the allowance for credit losses at March 31, 2025, "
         "according to the roll-forward in the notes?",
         {"a": "alw.end.q25@note_alw"}, lambda v: v["a"], "kusd0",
         "Note 3, Allowance for Credit Losses, three months ended March 31, 2025: balance, end of period {a} = "
         "{answer}."),
    Spec(TS, DR, "direct", "What amount was outstanding under warehouse Facility A at December 31, 2025?",
         {"w": "fd.wha.dec25@note_fd"}, lambda v: v["w"], "kusd0",
         "Note 5, Funding Debt, December 31, 2025: Facility A {w} = {answer}."),
    Spec(TS, MG, "direct", "What was Tessaly's net income (loss) for the first quarter of 2025? Give a negative "
         "number for a loss.",
         {"n": "is.ni.q25@IS"}, lambda v: v["n"], "kusd0",
         "Statements of Operations, three months ended March 31, 2025: net income (loss) {n} = {answer}."),
    Spec(TS, DR, "direct", "What adjusted operating income (non-GAAP) did management report for Q1 2026?",
         {"a": "ng.aoi.q26@mda_ng"}, lambda v: v["a"], "kusd0",
         "Item 2, Reconciliation of Adjusted Operating Income, Q1 2026: {a} = {answer}."),
    Spec(TS, MG, "direct", "What balance of payables to merchants was on the March 31, 2026 balance sheet?",
         {"p": "bs.merch_pay.mar26@BS"}, lambda v: v["p"], "kusd0",
         "Condensed Consolidated Balance Sheets, March 31, 2026: payable to merchants {p} = {answer}."),
    Spec(TS, MG, "direct", "What net cash did financing activities provide in the quarter ended March 31, 2026? "
         "($ thousands)",
         {"f": "cf.cff.q26@CF"}, lambda v: v["f"], "kusd0",
         "Statements of Cash Flows (concluded page), three months 2026: net cash provided by financing activities "
         "{f} = {answer}."),
    Spec(TS, DR, "operating", "What take rate did Tessaly earn in Q1 2026, defined as total revenue divided by "
         "gross merchandise volume?",
         {"r": "is.rev.q26@IS", "g": "km.gmv.q26@km"}, lambda v: pct(v["r"], v["g"]), "pct2",
         "Q1 2026: total revenue {r} (Statements of Operations) / GMV {g} (Key Operating Metrics) = {answer} ("
         + R2 + ")."),
    Spec(TS, DR, "operating", "Merchant fees as a percentage of GMV: what was that ratio in the first quarter of "
         "2025?",
         {"m": "is.fees.q25@IS", "g": "km.gmv.q25@km"}, lambda v: pct(v["m"], v["g"]), "pct2",
         "Q1 2025: merchant fees {m} / GMV {g} = {answer} (" + R2 + ")."),
    Spec(TS, DR, "note", "Using the allowance roll-forward and the balance sheet, compute Q1 2026's annualized net "
         "charge-off rate: (charge-offs less recoveries) x 4 divided by the average of loans receivable at amortized "
         "cost at December 31, 2025 and March 31, 2026.",
         {"c": "alw.co.q26@note_alw", "r": "alw.rec.q26@note_alw", "a": "bs.loans.mar26@BS",
          "b": "bs.loans.dec25@BS"}, lambda v: pct(-(v["c"] + v["r"]) * 4, (v["a"] + v["b"]) / 2), "pct2",
         "Note 3: net charge-offs = charge-offs {c} offset by recoveries {r}; annualized x 4 / ((loans {a} + "
         "{b}) / 2) (balance sheet) = {answer} (" + R2 + ")."),
    Spec(TS, NG, "operating", "Define GMV per active consumer as quarterly gross merchandise volume divided by "
         "active consumers. What was it in Q1 2026, in dollars?",
         {"g": "km.gmv.q26@km", "a": "km.active.q26@km"}, lambda v: v["g"] / v["a"], "usd2",
         "Q1 2026: GMV {g} thousand / {a} thousand active consumers = {answer} (" + R2 + ")."),
    Spec(TS, MG, "computed", "What share of Q1 2026 total revenue was consumed by funding costs?",
         {"f": "is.funding.q26@IS", "r": "is.rev.q26@IS"}, lambda v: pct(v["f"], v["r"]), "pct1",
         "Q1 2026: funding costs {f} / revenue, total {r} = {answer} (" + R1 + ")."),
    Spec(TS, NG, "computed", "Add merchant fees and other revenue for the three months ended March 31, 2026. What "
         "is the total, in USD thousands?",
         {"m": "is.fees.q26@IS", "o": "is.other.q26@IS"}, lambda v: v["m"] + v["o"], "kusd0",
         "Q1 2026: merchant fees {m} + other revenue {o} = {answer}."),
    Spec(TS, MG, "computed", "What was Tessaly's GAAP operating margin in the first quarter of 2025?",
         {"o": "is.oi.q25@IS", "r": "is.rev.q25@IS"}, lambda v: pct(v["o"], v["r"]), "pct1",
         "Q1 2025: operating income {o} / revenue, total {r} = {answer} (" + R1 + ")."),
    Spec(TS, DR, "computed", "By how much, in percent, did adjusted operating income grow from Q1 2025 to Q1 2026?",
         {"a": "ng.aoi.q26@mda_ng", "b": "ng.aoi.q25@mda_ng"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Reconciliation of Adjusted Operating Income: ({a} - {b}) / {b} = {answer} (" + R1 + ")."),
    Spec(TS, NG, "combined", "Define the annualized cost of funds as Q1 2026 funding costs x 4 divided by the "
         "average of funding debt, net at December 31, 2025 and March 31, 2026. What is it?",
         {"f": "is.funding.q26@IS", "a": "bs.fd.mar26@BS", "b": "bs.fd.dec25@BS"},
         lambda v: pct(v["f"] * 4, (v["a"] + v["b"]) / 2), "pct2",
         "Funding costs {f} x 4 / ((funding debt, net {a} + {b}) / 2) = {answer} (" + R2 + ")."),
    Spec(TS, NG, "note", "At March 31, 2026, what percentage of funding debt principal (warehouse facilities plus "
         "securitization notes, before issuance costs) consisted of securitization notes?",
         {"s": "fd.sec.mar26@note_fd", "w": "fd.wh.mar26@note_fd"}, lambda v: pct(v["s"], v["s"] + v["w"]), "pct1",
         "Note 5, March 31, 2026: securitization notes {s} / ({s} + warehouse facilities {w}) = {answer} (" + R1
         + ")."),
    Spec(TS, MG, "computed", "How much did the provision for credit losses increase year over year in Q1 2026, in "
         "percentage terms?",
         {"a": "is.provision.q26@IS", "b": "is.provision.q25@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Provision for credit losses: ({a} - {b}) / {b} = {answer} (" + R1 + ")."),
    Spec(TS, MG, "computed", "What was the ratio of funding debt, net to total stockholders' equity at March 31, "
         "2026?",
         {"d": "bs.fd.mar26@BS", "e": "bs.equity.mar26@BS"}, lambda v: v["d"] / v["e"], "x2",
         "Balance sheet, March 31, 2026: funding debt, net {d} / total stockholders' equity {e} = {answer} (" + R2
         + ")."),
    Spec(TS, NG, "combined", "Netting borrowings against repayments, by how much did Tessaly reduce its warehouse "
         "facility borrowings in Q1 2026? (USD thousands)",
         {"b": "cf.wh_b.q26@CF", "r": "cf.wh_r.q26@CF"}, lambda v: -(v["b"] + v["r"]), "kusd0",
         "Cash flows (concluded page), Q1 2026: repayments {r} + borrowings {b} = net reduction of {answer}."),
    Spec(TS, DR, "note", "Recoveries equalled what percentage of gross charge-offs in the first quarter of 2025?",
         {"r": "alw.rec.q25@note_alw", "c": "alw.co.q25@note_alw"}, lambda v: pct(v["r"], -v["c"]), "pct1",
         "Note 3, Q1 2025: recoveries {r} / charge-offs {c} = {answer} (" + R1 + ")."),
    Spec(TS, NG, "combined", "In Q1 2025, what were proceeds from securitization notes net of principal repayments "
         "on securitization notes? ($ thousands)",
         {"p": "cf.sec_iss.q25@CF", "r": "cf.sec_rep.q25@CF"}, lambda v: v["p"] + v["r"], "kusd0",
         "Cash flows (concluded page), three months 2025: proceeds {p} + repayments {r} = {answer}."),
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
