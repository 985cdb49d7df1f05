"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
SENVARRA = ("Senvarra Health Systems, Inc.", "SENVARRA_2025_10K", "USD millions")
THIMBLEROOT = ("Thimbleroot Restaurant Brands, Inc.", "THIMBLEROOT_2026Q2_10Q", "USD thousands")
PLACES = {"musd1": 1, "kusd0": 0, "kusd1": 1, "pct1": 1, "pp1": 1, "x2": 2, "usd2": 2, "usd0": 0, "int": 0}
ID_PREFIX = "blind24"


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
        return f"{sign}${a:,.2f}"
    if fmt == "usd0":
        return f"{sign}${a:,.0f}"
    if fmt == "int":
        return f"{sign}{a:,.0f}"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


S, T = SENVARRA, THIMBLEROOT
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Senvarra Health Systems 10-K (fiscal 2025)
    Spec(S, MG, "direct", "Using the consolidated statements of operations, report Senvarra Health Systems' top line "
         "for fiscal 2025: net operating revenues in USD millions.",
         {"rev": "is.rev.2025@IS"}, lambda v: v["rev"], "musd1",
         "Consolidated Statements of Operations, 2025 column, net operating revenues: {rev} = {answer}."),
    Spec(S, MG, "direct", "How much cash did Senvarra put into purchases of property and equipment during 2024? Give "
         "the figure in $ millions from the cash flow statement.",
         {"capex": "cf.capex.2024@CF"}, lambda v: -v["capex"], "musd1",
         "Consolidated Statements of Cash Flows, investing activities, purchases of property and equipment, 2024: "
         "{capex}; the outflow is {answer}."),
    Spec(S, DR, "direct", "Per the professional liability reserve activity table, what was Senvarra's total "
         "professional liability reserve (current and long-term) at the close of fiscal 2025?",
         {"end": "prof.end.2025@note_prof"}, lambda v: v["end"], "musd1",
         "Note 7, Professional Liability Reserve Activity, reserves at end of year 2025: {end} = {answer}."),
    Spec(S, DR, "direct", "What amount of Senvarra's debt principal is scheduled to be repaid after 2030, based on the "
         "maturity schedule in the long-term debt footnote? USD millions.",
         {"m": "mat.after@note_debt"}, lambda v: v["m"], "musd1",
         "Note 5, Scheduled Principal Maturities at December 31, 2025, Thereafter: {m} = {answer}."),
    Spec(S, NG, "operating", "How many licensed beds did Senvarra's hospitals have at the end of 2024?",
         {"beds": "ops.beds_end.2024@mda_ops"}, lambda v: v["beds"], "int",
         "Item 7, Consolidated Operating Statistics, licensed beds at end of period, 2024: {beds} = {answer}."),
    Spec(S, MG, "direct", "Senvarra FY2024 basic EPS?",
         {"eps": "is.eps_basic.2024@IS"}, lambda v: v["eps"], "usd2",
         "Consolidated Statements of Operations, basic earnings per share attributable to Senvarra common "
         "stockholders, 2024: {eps} = {answer}."),
    Spec(S, DR, "direct", "In the segment note, what segment Adjusted EBITDA did Senvarra's Summit Region generate in "
         "fiscal 2023? Answer in USD millions.",
         {"e": "seg.ebitda.summit.2023@note_seg"}, lambda v: v["e"], "musd1",
         "Note 10, Segment Financial Information, 2023 block, Summit column, segment Adjusted EBITDA: {e} = "
         "{answer}."),
    Spec(S, MG, "computed", "What was Senvarra's supplies expense as a share of net operating revenues in 2025? "
         "Round to one decimal place.",
         {"sup": "is.supplies.2025@IS", "rev": "is.rev.2025@IS"}, lambda v: pct(v["sup"], v["rev"]), "pct1",
         "Supplies {sup} / net operating revenues {rev} = {answer}."),
    Spec(S, MG, "computed", "What effective income tax rate did Senvarra record in fiscal 2023?",
         {"tax": "is.tax.2023@IS", "pretax": "is.pretax.2023@IS"}, lambda v: pct(v["tax"], v["pretax"]), "pct1",
         "Provision for income taxes {tax} / income before income taxes {pretax} = {answer}."),
    Spec(S, DR, "computed", "How much of Senvarra's 2024 net operating revenue came from government payers, i.e. "
         "Medicare plus Medicaid (including their managed plans)? USD millions.",
         {"mcr": "pay.medicare.2024@note_rev", "mcd": "pay.medicaid.2024@note_rev"},
         lambda v: v["mcr"] + v["mcd"], "musd1",
         "Note 2, Net Operating Revenues by Payer, 2024: Medicare {mcr} + Medicaid {mcd} = {answer}."),
    Spec(S, NG, "operating", "Calculate Senvarra's 2025 net operating revenue per patient day, in dollars (two "
         "decimals), using consolidated net operating revenues and consolidated patient days.",
         {"rev": "is.rev.2025@IS", "days": "ops.patient_days.2025@mda_ops"},
         lambda v: v["rev"] * 1000000 / v["days"], "usd2",
         "Net operating revenues ${rev} million / {days} patient days = {answer} per patient day."),
    Spec(S, NG, "operating", "Using patient days and average licensed beds from the operating statistics, what was "
         "Senvarra's occupancy rate in 2025 (a 365-day year)?",
         {"days": "ops.patient_days.2025@mda_ops", "beds": "ops.beds_avg.2025@mda_ops"},
         lambda v: pct(v["days"], v["beds"] * 365), "pct1",
         "{days} patient days / ({beds} average licensed beds x 365 days) = {answer}."),
    Spec(S, NG, "operating", "By what percentage did emergency room visits at Senvarra's hospitals (consolidated) "
         "increase in 2025 compared with 2024?",
         {"e25": "ops.er_visits.2025@mda_ops", "e24": "ops.er_visits.2024@mda_ops"},
         lambda v: change(v["e25"], v["e24"]), "pct1",
         "Consolidated Operating Statistics, emergency room visits: ({e25} - {e24}) / {e24} = {answer}."),
    Spec(S, NG, "operating", "Excluding the effect of acquisitions and divestitures, how much did Senvarra's adjusted "
         "admissions grow in 2025? Give the same-facility percentage change.",
         {"a25": "sf.adj_admissions.2025@mda_same", "a24": "sf.adj_admissions.2024@mda_same"},
         lambda v: change(v["a25"], v["a24"]), "pct1",
         "Same-Facility Operating Statistics, adjusted admissions: ({a25} - {a24}) / {a24} = {answer}."),
    Spec(S, DR, "computed", "What proportion of Senvarra's 2023 net operating revenues came from managed care and "
         "commercial payers, based on the revenue-by-payer footnote?",
         {"mc": "pay.managed.2023@note_rev", "tot": "pay.total.2023@note_rev"}, lambda v: pct(v["mc"], v["tot"]),
         "pct1", "Note 2: managed care and commercial {mc} / net operating revenues {tot} = {answer}."),
    Spec(S, MG, "computed", "What was Senvarra's current ratio at December 31, 2024? Two decimals.",
         {"ca": "bs.ca_total.2024@BS", "cl": "bs.cl_total.2024@BS"}, lambda v: v["ca"] / v["cl"], "x2",
         "Total current assets {ca} / total current liabilities {cl} = {answer}."),
    Spec(S, MG, "combined", "What was Senvarra's 2025 payout ratio, measured as dividends paid in the cash flow "
         "statement relative to net income attributable to Senvarra common stockholders?",
         {"div": "cf.dividends.2025@CF", "ni": "is.ni_attr.2025@IS"}, lambda v: pct(-v["div"], v["ni"]), "pct1",
         "Dividends paid {div} / net income attributable to Senvarra common stockholders {ni} = {answer}."),
    Spec(S, DR, "combined", "Compute Senvarra's debt-to-equity ratio at the end of 2025, taking debt as current "
         "maturities of long-term debt plus long-term debt, net, and equity as total equity including "
         "noncontrolling interests.",
         {"cur": "bs.debt_current.2025@BS", "ltd": "bs.ltd.2025@BS", "eq": "bs.equity.2025@BS"},
         lambda v: (v["cur"] + v["ltd"]) / v["eq"], "x2",
         "({cur} + {ltd}) / total equity {eq} = {answer}."),
    Spec(S, DR, "computed", "What free cash flow did Senvarra generate in 2024 (cash from operating activities less "
         "purchases of property and equipment)? USD millions.",
         {"cfo": "cf.cfo.2024@CF", "capex": "cf.capex.2024@CF"}, lambda v: v["cfo"] + v["capex"], "musd1",
         "Net cash provided by operating activities {cfo} less purchases of property and equipment {capex} = "
         "{answer}."),
    Spec(S, MG, "combined", "What was Senvarra's 2025 return on average total assets? Use consolidated net income "
         "(before the noncontrolling-interest deduction) and the average of total assets at the 2024 and 2025 "
         "balance sheet dates.",
         {"ni": "is.ni.2025@IS", "a25": "bs.assets_total.2025@BS", "a24": "bs.assets_total.2024@BS"},
         lambda v: pct(v["ni"], (v["a25"] + v["a24"]) / 2), "pct1",
         "Net income {ni} / average of total assets {a25} and {a24} = {answer}."),
    Spec(S, DR, "direct", "According to Senvarra's reconciliation of net income to Adjusted EBITDA, what was "
         "Adjusted EBITDA for 2024 (USD millions)?",
         {"e": "ebitda.total.2024@mda_ebitda"}, lambda v: v["e"], "musd1",
         "Item 7, Reconciliation of Net Income to Adjusted EBITDA, 2024: {e} = {answer}."),
    Spec(S, DR, "computed", "Adding up the three operating regions only (leave out corporate and other), what was "
         "Senvarra's total regional segment Adjusted EBITDA in 2024?",
         {"c": "seg.ebitda.coastal.2024@note_seg", "m": "seg.ebitda.midland.2024@note_seg",
          "s": "seg.ebitda.summit.2024@note_seg"}, lambda v: v["c"] + v["m"] + v["s"], "musd1",
         "Note 10, 2024 segment Adjusted EBITDA: Coastal {c} + Midland {m} + Summit {s} = {answer}."),
    Spec(S, NG, "computed", "From the Item 5 table of issuer purchases, roughly how much did Senvarra spend on share "
         "buybacks in the fourth quarter of 2025? Multiply each month's shares by its average price and express the "
         "total in USD millions.",
         {"s1": "rep.shares.oct@repo", "p1": "rep.price.oct@repo", "s2": "rep.shares.nov@repo",
          "p2": "rep.price.nov@repo", "s3": "rep.shares.dec@repo", "p3": "rep.price.dec@repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000000, "musd1",
         "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / 1,000,000 = {answer}."),
    Spec(S, DR, "computed", "By how much did the principal (face) amount of Senvarra's debt exceed its net carrying "
         "amount at December 31, 2025? USD millions.",
         {"face": "debt.principal.2025@note_debt", "net": "debt.carrying.2025@note_debt"},
         lambda v: v["face"] - v["net"], "musd1",
         "Note 5: total principal amount {face} less total debt, net carrying amount {net} = {answer}."),
    Spec(S, NG, "operating", "What did Senvarra spend on salaries, wages and benefits per adjusted admission in 2025? "
         "Round to the nearest dollar.",
         {"swb": "is.swb.2025@IS", "adj": "ops.adj_admissions.2025@mda_ops"},
         lambda v: v["swb"] * 1000000 / v["adj"], "usd0",
         "Salaries, wages and benefits ${swb} million / {adj} adjusted admissions = {answer}."),
    # ------------------------------------------------------------------ Thimbleroot Restaurant Brands 10-Q (Q2 2026)
    Spec(T, MG, "direct", "What were Thimbleroot Restaurant Brands' total revenues in the second quarter of 2026? "
         "USD thousands.",
         {"rev": "is.rev.q2_26@IS"}, lambda v: v["rev"], "kusd0",
         "Condensed Consolidated Statements of Income, three months ended June 30, 2026, total revenues: {rev} = "
         "{answer}."),
    Spec(T, MG, "direct", "Thimbleroot 1H26 franchise royalties (USD thousands)?",
         {"r": "is.royalty.h1_26@IS"}, lambda v: v["r"], "kusd0",
         "Statements of Income, six months ended June 30, 2026, franchise royalties: {r} = {answer}."),
    Spec(T, MG, "direct", "What diluted earnings per share did Thimbleroot report for the three months ended June 30, "
         "2025?",
         {"eps": "is.eps_diluted.q2_25@IS"}, lambda v: v["eps"], "usd2",
         "Statements of Income, diluted earnings per share, three months ended June 30, 2025: {eps} = {answer}."),
    Spec(T, DR, "direct", "How many Brassfire Burgers restaurants were operated by franchisees at the end of the "
         "second quarter of 2026?",
         {"n": "cnt.end.brass_fr@note_counts"}, lambda v: v["n"], "int",
         "Note 3, Restaurant Count Roll-Forward, Brassfire franchised restaurants at June 30, 2026: {n} = "
         "{answer}."),
    Spec(T, NG, "computed", "Across both brands, how many company-operated restaurants did Thimbleroot have at June "
         "30, 2026?",
         {"h": "cnt.end.hen_co@note_counts", "b": "cnt.end.brass_co@note_counts"}, lambda v: v["h"] + v["b"], "int",
         "Note 3, restaurants at June 30, 2026: Copperhen company-operated {h} + Brassfire company-operated {b} = "
         "{answer}."),
    Spec(T, DR, "direct", "How many franchised Copperhen Chicken restaurants did Thimbleroot have at the beginning of "
         "fiscal 2026, according to the restaurant count roll-forward?",
         {"n": "cnt.begin.hen_fr@note_counts"}, lambda v: v["n"], "int",
         "Note 3, Copperhen franchised restaurants at December 31, 2025: {n} = {answer}."),
    Spec(T, DR, "direct", "What principal amount of Thimbleroot's Series 2024-1 Class A-2 Notes was outstanding at "
         "June 30, 2026 (USD thousands)?",
         {"p": "debt.a24.jun26@note_debt"}, lambda v: v["p"], "kusd0",
         "Note 4, Securitized Financing Facility, Series 2024-1 Class A-2 Notes, June 30, 2026: {p} = {answer}."),
    Spec(T, DR, "computed", "What was the combined principal outstanding on Thimbleroot's two Series 2021-1 note "
         "tranches at December 31, 2025? USD thousands.",
         {"a": "debt.a21i.dec25@note_debt", "b": "debt.a21ii.dec25@note_debt"}, lambda v: v["a"] + v["b"], "kusd0",
         "Note 4, December 31, 2025: Class A-2-I {a} + Class A-2-II {b} = {answer}."),
    Spec(T, MG, "computed", "Using the non-GAAP reconciliation, what was Thimbleroot's restaurant-level margin for the "
         "six months ended June 30, 2026 (restaurant-level profit over company restaurant sales)?",
         {"rlp": "rlm.profit.h1_26@mda_rlm", "sales": "is.company.h1_26@mda_rlm"},
         lambda v: pct(v["rlp"], v["sales"]), "pct1",
         "Restaurant-level profit {rlp} / company restaurant sales {sales} = {answer}."),
    Spec(T, DR, "direct", "In its reconciliation of income from operations to restaurant-level profit, what "
         "restaurant-level profit did Thimbleroot show for Q2 2025 (USD thousands)?",
         {"rlp": "rlm.profit.q2_25@mda_rlm"}, lambda v: v["rlp"], "kusd0",
         "Item 2, Reconciliation of Income from Operations to Restaurant-Level Profit, three months ended June 30, "
         "2025: {rlp} = {answer}."),
    Spec(T, MG, "computed", "How fast did Thimbleroot's franchise advertising fees grow year over year in the second "
         "quarter of 2026?",
         {"a26": "is.adfee.q2_26@IS", "a25": "is.adfee.q2_25@IS"}, lambda v: change(v["a26"], v["a25"]), "pct1",
         "Franchise advertising fees: ({a26} - {a25}) / {a25} = {answer}."),
    Spec(T, NG, "direct", "What were Copperhen Chicken's system-wide sales for the first six months of 2026, in USD "
         "thousands?",
         {"s": "brand.sys_sales.hen.h1_26@mda_kpi"}, lambda v: v["s"], "kusd0",
         "Item 2, System-Wide Sales, Copperhen Chicken system-wide sales, six months ended June 30, 2026: {s} = "
         "{answer}."),
    Spec(T, NG, "computed", "What effective royalty rate did Thimbleroot earn in Q2 2026, i.e. franchise royalties "
         "divided by total franchised restaurant sales? One decimal place.",
         {"roy": "is.royalty.q2_26@IS", "fs": "brand.fr_sales.total.q2_26@mda_kpi"},
         lambda v: pct(v["roy"], v["fs"]), "pct1",
         "Franchise royalties {roy} / franchised restaurant sales {fs} = {answer}."),
    Spec(T, NG, "computed", "In Q2 2026, by how many percentage points did Copperhen's international same-store sales "
         "growth exceed its U.S. system same-store sales growth?",
         {"intl": "sss.hen_intl.q2_26@mda_sss", "us": "sss.hen_us.q2_26@mda_sss"},
         lambda v: v["intl"] - v["us"], "pp1",
         "Same-Store Sales Growth, three months ended June 30, 2026: international {intl} less U.S. system {us} = "
         "{answer}."),
    Spec(T, NG, "direct", "What same-store sales change did Brassfire's company-operated restaurants post in the "
         "second quarter of 2026?",
         {"s": "sss.brass_co.q2_26@mda_sss"}, lambda v: v["s"], "pct1",
         "Same-Store Sales Growth (Decline), Brassfire company-operated, three months ended June 30, 2026: {s}, "
         "i.e. {answer}."),
    Spec(T, MG, "computed", "What was Thimbleroot's food and paper cost as a percentage of company restaurant sales in "
         "Q2 2026?",
         {"food": "is.food.q2_26@IS", "sales": "is.company.q2_26@IS"}, lambda v: pct(v["food"], v["sales"]), "pct1",
         "Food and paper {food} / company restaurant sales {sales} = {answer}."),
    Spec(T, MG, "computed", "What was Thimbleroot's effective tax rate for the six months ended June 30, 2025?",
         {"tax": "is.tax.h1_25@IS", "pretax": "is.pretax.h1_25@IS"}, lambda v: pct(v["tax"], v["pretax"]), "pct1",
         "Provision for income taxes {tax} / income before income taxes {pretax} = {answer}."),
    Spec(T, MG, "computed", "Calculate Thimbleroot's current ratio as of June 30, 2026.",
         {"ca": "bs.ca_total.jun26@BS", "cl": "bs.cl_total.jun26@BS"}, lambda v: v["ca"] / v["cl"], "x2",
         "Total current assets {ca} / total current liabilities {cl} = {answer}."),
    Spec(T, DR, "computed", "What was Thimbleroot's free cash flow in the first half of 2026, taking net cash provided "
         "by operating activities minus capital expenditures? USD thousands.",
         {"cfo": "cf.cfo.h1_26@CF", "capex": "cf.capex.h1_26@CF"}, lambda v: v["cfo"] + v["capex"], "kusd0",
         "{cfo} less capital expenditures {capex} = {answer}."),
    Spec(T, MG, "combined", "What share of its first-half 2026 net income did Thimbleroot pay out as dividends? Use "
         "dividends paid from the cash flow statement and net income from the income statement.",
         {"div": "cf.div.h1_26@CF", "ni": "is.ni.h1_26@IS"}, lambda v: pct(-v["div"], v["ni"]), "pct1",
         "Dividends paid {div} / six-month net income {ni} = {answer}."),
    Spec(T, NG, "computed", "Based on the monthly shares purchased and average prices in Part II, Item 2, what did "
         "Thimbleroot spend in total on share repurchases during the second quarter of 2026? USD thousands.",
         {"s1": "rep.shares.apr@p2_repo", "p1": "rep.price.apr@p2_repo", "s2": "rep.shares.may@p2_repo",
          "p2": "rep.price.may@p2_repo", "s3": "rep.shares.jun@p2_repo", "p3": "rep.price.jun@p2_repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000, "kusd0",
         "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / 1,000 = {answer}."),
    Spec(T, DR, "combined", "What was Thimbleroot's net debt at June 30, 2026 if you take total principal outstanding "
         "under the securitized financing facility and subtract both cash and cash equivalents and restricted cash? "
         "USD thousands.",
         {"debt": "debt.principal.jun26@note_debt", "cash": "bs.cash.jun26@BS", "rc": "bs.restricted.jun26@BS"},
         lambda v: v["debt"] - v["cash"] - v["rc"], "kusd0",
         "Total principal outstanding {debt} - cash and cash equivalents {cash} - restricted cash {rc} = {answer}."),
    Spec(T, DR, "combined", "What was Thimbleroot's return on average stockholders' equity for the first half of 2026 "
         "(not annualized)? Use six-month net income and the average of total stockholders' equity at December 31, "
         "2025 and June 30, 2026.",
         {"ni": "is.ni.h1_26@IS", "e1": "bs.equity.jun26@BS", "e0": "bs.equity.dec25@BS"},
         lambda v: pct(v["ni"], (v["e1"] + v["e0"]) / 2), "pct1",
         "Six-month net income {ni} / average of {e1} and {e0} = {answer}."),
    Spec(T, DR, "computed", "Back out Thimbleroot's general and administrative expenses for the first quarter of 2026 "
         "from the year-to-date and second-quarter columns of the income statement. USD thousands.",
         {"h1": "is.ga.h1_26@IS", "q2": "is.ga.q2_26@IS"}, lambda v: v["h1"] - v["q2"], "kusd0",
         "Six-month G&A {h1} less second-quarter G&A {q2} = {answer}."),
    Spec(T, NG, "computed", "What percentage of Thimbleroot's total segment operating income in Q2 2026 was "
         "contributed by the Copperhen Chicken segment?",
         {"hen": "seg.profit.hen.q2_26@note_seg", "tot": "seg.profit.total_brands.q2_26@note_seg"},
         lambda v: pct(v["hen"], v["tot"]), "pct1",
         "Note 8: Copperhen segment operating income {hen} / total segment operating income {tot} = {answer}."),
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
