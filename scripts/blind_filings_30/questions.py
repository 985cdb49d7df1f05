"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
CORRISAND = ("Corrisand Aerospace & Defense, Inc.", "CORRISAND_FY2026_10K", "USD millions")
NIGHTJAR = ("Nightjar Forge Interactive, Inc.", "NIGHTJAR_FY2027Q2_10Q", "USD thousands")
PLACES = {"musd0": 0, "kusd0": 0, "musd1": 1, "pct1": 1, "x2": 2, "usd0": 0, "usd2": 2, "days1": 1}
ID_PREFIX = "blind30"


@dataclass
class Spec:
    doc: tuple[str, str, str]
    qtype: str
    category: str  # direct | computed | combined | backlog | note | prose (for the mix report only)
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
    if fmt == "musd0":
        return f"{sign}${a:,.0f} million"
    if fmt == "kusd0":
        return f"{sign}${a:,.0f} thousand"
    if fmt == "musd1":
        return f"{sign}${a:,.1f} million"
    if fmt == "pct1":
        return f"{sign}{a:.1f}%"
    if fmt == "x2":
        return f"{sign}{a:.2f}x"
    if fmt == "usd0":
        return f"{sign}${a:,.0f}"
    if fmt == "usd2":
        return f"{sign}${a:,.2f}"
    if fmt == "days1":
        return f"{sign}{a:,.1f} days"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


CA, NJ = CORRISAND, NIGHTJAR
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Corrisand 10-K (fiscal year
    # ended June 30, 2026)
    Spec(CA, MG, "direct", "Per its consolidated statements of earnings, how much total revenue did Corrisand report "
         "for the fiscal year that ended June 30, 2026? (USD millions, one decimal)",
         {"r": "is.rev.2026@IS"}, lambda v: v["r"], "musd1",
         "Consolidated Statements of Earnings, fiscal 2026: total revenue {r} = {answer}."),
    Spec(CA, MG, "direct", "Report Corrisand's diluted earnings per share for fiscal 2024.",
         {"e": "is.eps_diluted.2024@IS"}, lambda v: v["e"], "usd2",
         "Consolidated Statements of Earnings, fiscal 2024: diluted EPS {e} = {answer}."),
    Spec(CA, DR, "direct", "What balance of contract liabilities did the defense contractor carry at June 30, 2026, in "
         "$ millions?",
         {"c": "bs.cl.2026@BS"}, lambda v: v["c"], "musd1",
         "Consolidated Balance Sheets, June 30, 2026: contract liabilities {c} = {answer}."),
    Spec(CA, MG, "direct", "In fiscal 2025, how much cash did Corrisand generate from operating activities "
         "according to "
         "its cash flow statement? (USD millions)",
         {"c": "cf.cfo.2025@CF"}, lambda v: v["c"], "musd1",
         "Consolidated Statements of Cash Flows (columns run 2024, 2025, 2026), fiscal 2025: net cash provided by "
         "operating activities {c} = {answer}."),
    Spec(CA, MG, "computed", "Compute Corrisand's fiscal 2025 operating margin (operating income divided by total "
         "revenue).",
         {"o": "is.oi.2025@IS", "r": "is.rev.2025@IS"}, lambda v: pct(v["o"], v["r"]), "pct1",
         "Fiscal 2025: operating income {o} / total revenue {r} = {answer}."),
    Spec(CA, MG, "computed", "How much did Corrisand's net earnings grow, in percent, from fiscal 2025 to fiscal 2026?",
         {"a": "is.ni.2026@IS", "b": "is.ni.2025@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Net earnings: ({a} - {b}) / {b} = {answer}."),
    Spec(CA, DR, "computed", "What gross margin did Corrisand earn on its service revenue in fiscal 2026, "
         "i.e. (service "
         "revenue minus cost of services) over service revenue?",
         {"s": "is.service.2026@IS", "c": "is.cost_service.2026@IS"}, lambda v: pct(v["s"] - v["c"], v["s"]), "pct1",
         "Fiscal 2026: (services {s} - cost of services {c}) / {s} = {answer}."),
    Spec(CA, DR, "backlog", "Define book-to-bill as orders divided by revenue. What was Corrisand's consolidated "
         "book-to-bill ratio for fiscal 2026?",
         {"o": "ord.total.2026@mda_bkl", "r": "is.rev.2026@IS"}, lambda v: v["o"] / v["r"], "x2",
         "Total orders {o} (Item 7, Orders and Total Backlog) / total revenue {r} (Statements of Earnings) = "
         "{answer}."),
    Spec(CA, NG, "backlog", "For the Aerostructures segment alone, what was the fiscal 2025 book-to-bill ratio "
         "(segment orders over segment revenue)?",
         {"o": "ord.aero.2025@mda_bkl", "r": "seg.rev.aero.2025@note_seg"}, lambda v: v["o"] / v["r"], "x2",
         "Aerostructures fiscal 2025 orders {o} / segment revenue {r} (Note 5) = {answer}."),
    Spec(CA, DR, "backlog", "What percentage of Corrisand's total backlog at June 30, 2026 was funded?",
         {"f": "bkl.funded.all.2026@mda_bkl", "t": "bkl.total.all.2026@mda_bkl"}, lambda v: pct(v["f"], v["t"]),
         "pct1",
         "June 30, 2026: funded backlog {f} / total backlog {t} = {answer}."),
    Spec(CA, NG, "backlog", "By how many millions of dollars did Mission Systems' unfunded backlog change between June "
         "30, 2025 and June 30, 2026?",
         {"a": "bkl.unfunded.mis.2026@mda_bkl", "b": "bkl.unfunded.mis.2025@mda_bkl"}, lambda v: v["a"] - v["b"],
         "musd1",
         "Funded and Unfunded Backlog, Mission Systems unfunded: {a} (2026) - {b} (2025) = {answer}."),
    Spec(CA, NG, "backlog", "Express Corrisand's total backlog at the end of fiscal 2026 as a multiple of fiscal 2026 "
         "revenue (years of revenue in backlog).",
         {"b": "bkl.total.all.2026@mda_bkl", "r": "is.rev.2026@IS"}, lambda v: v["b"] / v["r"], "x2",
         "Total backlog {b} / fiscal 2026 total revenue {r} = {answer}."),
    Spec(CA, DR, "note", "Net contract assets are contract assets minus contract liabilities. By what percentage did "
         "Corrisand's net contract assets change from June 30, 2025 to June 30, 2026?",
         {"a": "cx.net.2026@note_cx", "b": "cx.net.2025@note_cx"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Note 3, net contract assets: ({a} - {b}) / {b} = {answer}."),
    Spec(CA, NG, "prose", "Revenue recognized in fiscal 2026 out of the opening contract liability balance is "
         "disclosed "
         "in Note 3. What share of the June 30, 2025 contract liabilities does it represent?",
         {"r": "cx.rec_from_cl@note_cx", "c": "bs.cl.2025@BS"}, lambda v: pct(v["r"], v["c"]), "pct1",
         "Note 3: {r} recognized / contract liabilities {c} at June 30, 2025 (balance sheet) = {answer}."),
    Spec(CA, DR, "note", "Summing the three reportable segments only (excluding corporate and unallocated expense), "
         "what was total segment operating income in fiscal 2026? (USD millions)",
         {"a": "seg.oi.mis.2026@note_seg", "b": "seg.oi.aero.2026@note_seg", "c": "seg.oi.svc.2026@note_seg"},
         lambda v: v["a"] + v["b"] + v["c"], "musd1",
         "Note 5, fiscal 2026: {a} + {b} + {c} = {answer}."),
    Spec(CA, NG, "note", "Which share of fiscal 2026 revenue came from fixed-price contracts?",
         {"f": "rev.fixed.2026@note_rev", "t": "rev.ctype.total.2026@note_rev"}, lambda v: pct(v["f"], v["t"]),
         "pct1",
         "Note 2, fiscal 2026: fixed-price {f} / total {t} = {answer}."),
    Spec(CA, DR, "note", "Sustainment Services revenue: what was its two-year compound annual growth rate from fiscal "
         "2024 to fiscal 2026?",
         {"a": "seg.rev.svc.2026@note_seg", "b": "seg.rev.svc.2024@note_seg"},
         lambda v: (Decimal(str(float(v["a"] / v["b"]) ** 0.5)) - 1) * 100, "pct1",
         "Note 5: ({a} / {b})^(1/2) - 1 = {answer}."),
    Spec(CA, DR, "combined", "Using the debt note and the balance sheet, compute Corrisand's debt-to-equity "
         "ratio at June "
         "30, 2026 (total debt including the current portion, divided by total stockholders' equity).",
         {"d": "debt.total.2026@note_debt", "e": "bs.equity.2026@BS"}, lambda v: v["d"] / v["e"], "x2",
         "Total debt {d} (Note 4) / total stockholders' equity {e} = {answer}."),
    Spec(CA, NG, "note", "What proportion of the principal outstanding at June 30, 2026 falls due in fiscal 2028 "
         "according to the maturity schedule?",
         {"a": "debt.mat.2028@note_debt", "t": "debt.mat.total@note_debt"}, lambda v: pct(v["a"], v["t"]), "pct1",
         "Note 4, scheduled principal: fiscal 2028 {a} / total {t} = {answer}."),
    Spec(CA, MG, "combined", "How many times did fiscal 2026 operating income cover net interest expense?",
         {"o": "is.oi.2026@IS", "i": "is.int_exp.2026@IS"}, lambda v: v["o"] / -v["i"], "x2",
         "Fiscal 2026: operating income {o} / interest expense, net {i} = {answer}."),
    Spec(CA, MG, "direct", "Adding dividends paid and stock repurchases from the cash flow statement, how "
         "much cash did "
         "Corrisand return to shareholders in fiscal 2026? (USD millions)",
         {"d": "cf.div.2026@CF", "r": "cf.repo.2026@CF"}, lambda v: -(v["d"] + v["r"]), "musd1",
         "Consolidated Statements of Cash Flows (continued page), fiscal 2026 column (rightmost): dividends {d} + "
         "repurchases {r} = {answer}."),
    Spec(CA, NG, "combined", "Define free cash flow as operating cash flow less capital expenditures. What was "
         "Corrisand's fiscal 2024 free cash flow conversion, i.e. free cash flow as a percentage of net earnings?",
         {"o": "cf.cfo.2024@CF", "c": "cf.capex.2024@CF", "n": "is.ni.2024@IS"},
         lambda v: pct(v["o"] + v["c"], v["n"]), "pct1",
         "Fiscal 2024: (operating cash flow {o} + capital expenditures {c}, continued cash flow page) / net "
         "earnings {n} = {answer}."),
    Spec(CA, DR, "prose", "From the fourth-quarter issuer purchases table, approximately how many dollars (in "
         "millions) "
         "did Corrisand spend buying back stock in April through June 2026?",
         {"s1": "rep.shares.apr@repo", "p1": "rep.price.apr@repo", "s2": "rep.shares.may@repo",
          "p2": "rep.price.may@repo", "s3": "rep.shares.jun@repo", "p3": "rep.price.jun@repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000000, "musd1",
         "{s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3} = {answer}."),
    Spec(CA, NG, "combined", "Dividing the fiscal 2026 cash spent on repurchases by the number of shares bought back "
         "that year (Item 5), what average price per share did Corrisand pay?",
         {"c": "cf.repo.2026@CF", "n": "sh.repo.2026@repo"}, lambda v: -v["c"] / v["n"], "usd2",
         "Repurchases of common stock {c} million (continued cash flow page) / {n} million shares (Item 5) = "
         "{answer}."),
    Spec(CA, MG, "combined", "What was Corrisand's fiscal 2026 return on average stockholders' equity, averaging the "
         "June 30, 2025 and June 30, 2026 balances?",
         {"n": "is.ni.2026@IS", "a": "bs.equity.2026@BS", "b": "bs.equity.2025@BS"},
         lambda v: pct(v["n"], (v["a"] + v["b"]) / 2), "pct1",
         "{n} / (({a} + {b}) / 2) = {answer}."),
    # ------------------------------------------------------------------ Nightjar 10-Q (quarter ended Oct. 31, 2026)
    Spec(NJ, MG, "direct", "What net revenue did Nightjar Forge report for the three months ended October 31, 2026? "
         "(USD thousands)",
         {"r": "is.rev.q_26@IS"}, lambda v: v["r"], "kusd0",
         "Condensed Consolidated Statements of Operations, three months ended October 31, 2026: net revenue {r} = "
         "{answer}."),
    Spec(NJ, MG, "direct", "For the six months ended October 31, 2025, what was the publisher's net income, in "
         "thousands of dollars?",
         {"n": "is.ni.h_25@IS"}, lambda v: v["n"], "kusd0",
         "Statements of Operations, six months ended October 31, 2025: net income {n} = {answer}."),
    Spec(NJ, DR, "direct", "How much current deferred revenue sat on Nightjar's balance sheet at October 31, 2026? "
         "(USD thousands)",
         {"d": "bs.def_cur.oct26@BS"}, lambda v: v["d"], "kusd0",
         "Condensed Consolidated Balance Sheets, October 31, 2026: deferred revenue (current) {d} = {answer}."),
    Spec(NJ, MG, "direct", "What was Nightjar's diluted net income per share in the fiscal second quarter of 2027 "
         "(three months ended October 31, 2026)?",
         {"e": "is.eps_diluted.q_26@IS"}, lambda v: v["e"], "usd2",
         "Statements of Operations, three months ended October 31, 2026: diluted {e} = {answer}."),
    Spec(NJ, MG, "computed", "Calculate Nightjar's gross margin for the six months ended October 31, 2026.",
         {"g": "is.gp.h_26@IS", "r": "is.rev.h_26@IS"}, lambda v: pct(v["g"], v["r"]), "pct1",
         "Six months 2026: gross profit {g} / net revenue {r} = {answer}."),
    Spec(NJ, MG, "computed", "What was the operating margin in the quarter ended October 31, 2025?",
         {"o": "is.oi.q_25@IS", "r": "is.rev.q_25@IS"}, lambda v: pct(v["o"], v["r"]), "pct1",
         "Three months 2025: operating income {o} / net revenue {r} = {answer}."),
    Spec(NJ, DR, "computed", "Research and development spending as a percentage of net revenue: what was it for the "
         "first half of fiscal 2027 (six months ended October 31, 2026)?",
         {"d": "is.rd.h_26@IS", "r": "is.rev.h_26@IS"}, lambda v: pct(v["d"], v["r"]), "pct1",
         "Six months 2026: research and development {d} / net revenue {r} = {answer}."),
    Spec(NJ, MG, "computed", "Year over year, how much did quarterly diluted EPS change in percent (three months ended "
         "October 31, 2026 versus 2025)?",
         {"a": "is.eps_diluted.q_26@IS", "b": "is.eps_diluted.q_25@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Diluted net income per share, three months: (${a} - ${b}) / ${b} = {answer}."),
    Spec(NJ, DR, "note", "What share of second-quarter fiscal 2027 net revenue (three months ended October 31, 2026) "
         "came from mobile?",
         {"m": "plat.mobile.q_26@note_rev", "t": "plat.total.q_26@note_rev"}, lambda v: pct(v["m"], v["t"]), "pct1",
         "Note 2, three months 2026: mobile {m} / total {t} = {answer}."),
    Spec(NJ, NG, "note", "Combining console and PC, how much revenue (USD thousands) did Nightjar earn on those two "
         "platforms in the six months ended October 31, 2026?",
         {"c": "plat.console.h_26@note_rev", "p": "plat.pc.h_26@note_rev"}, lambda v: v["c"] + v["p"], "kusd0",
         "Note 2, six months 2026: console {c} + PC {p} = {answer}."),
    Spec(NJ, NG, "note", "How fast did console revenue grow in the quarter, year over year?",
         {"a": "plat.console.q_26@note_rev", "b": "plat.console.q_25@note_rev"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Note 2, console, three months: ({a} - {b}) / {b} = {answer}."),
    Spec(NJ, DR, "note", "What proportion of six-month fiscal 2027 net revenue (through October 31, 2026) came from "
         "live services and other, rather than full-game sales?",
         {"l": "type.live.h_26@note_rev", "t": "type.total.h_26@note_rev"}, lambda v: pct(v["l"], v["t"]), "pct1",
         "Note 2, six months 2026: live services and other {l} / total {t} = {answer}."),
    Spec(NJ, NG, "note", "Digital mix: what percentage of net revenue in the three months ended October 31, 2025 "
         "was digitally delivered?",
         {"d": "chan.digital.q_25@note_rev", "t": "plat.total.q_25@note_rev"}, lambda v: pct(v["d"], v["t"]), "pct1",
         "Note 2, three months 2025: digitally delivered {d} / total net revenue {t} = {answer}."),
    Spec(NJ, MG, "prose", "What were Nightjar's net bookings for the six months ended October 31, 2026? (USD "
         "thousands)",
         {"b": "nb.total.h_26@mda_nb"}, lambda v: v["b"], "kusd0",
         "Item 2, Reconciliation of Net Revenue to Net Bookings, six months 2026: net bookings {b} = {answer}."),
    Spec(NJ, DR, "prose", "By what percentage did quarterly net bookings rise in the three months ended October 31, "
         "2026 compared with the same quarter a year before?",
         {"a": "nb.total.q_26@mda_nb", "b": "nb.total.q_25@mda_nb"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Item 2, net bookings, three months: ({a} - {b}) / {b} = {answer}."),
    Spec(NJ, NG, "combined", "Total deferred revenue (current plus noncurrent) grew how much in percentage "
         "terms between "
         "April 30, 2026 and October 31, 2026?",
         {"c1": "bs.def_cur.oct26@BS", "n1": "bs.def_nc.oct26@BS", "c0": "bs.def_cur.apr26@BS",
          "n0": "bs.def_nc.apr26@BS"},
         lambda v: change(v["c1"] + v["n1"], v["c0"] + v["n0"]), "pct1",
         "Balance sheets: ({c1} + {n1}) versus ({c0} + {n0}) = {answer}."),
    Spec(NJ, DR, "note", "What fraction of first-half fiscal 2027 development spend was capitalized? Use costs "
         "capitalized divided by the sum of costs capitalized and research and development expense for the six "
         "months ended October 31, 2026.",
         {"c": "sw.add.h_26@note_sw", "r": "is.rd.h_26@IS"}, lambda v: pct(v["c"], v["c"] + v["r"]), "pct1",
         "Costs capitalized {c} (Note 3) / ({c} + research and development {r}) = {answer}."),
    Spec(NJ, NG, "note", "Amortization of capitalized software in the six months ended October 31, 2025 equalled what "
         "percentage of the balance at the start of that period?",
         {"a": "sw.amort.h_25@note_sw", "b": "sw.begin.h_25@note_sw"}, lambda v: pct(-v["a"], v["b"]), "pct1",
         "Note 3, six months 2025: amortization {a} / beginning balance {b} = {answer}."),
    Spec(NJ, MG, "computed", "Compute Nightjar's current ratio at October 31, 2026.",
         {"a": "bs.ca.oct26@BS", "l": "bs.cl.oct26@BS"}, lambda v: v["a"] / v["l"], "x2",
         "October 31, 2026: total current assets {a} / total current liabilities {l} = {answer}."),
    Spec(NJ, DR, "combined", "Free cash flow here means operating cash flow minus capitalized software development "
         "costs and minus purchases of property and equipment. What was it for the six months ended October 31, "
         "2026, in USD thousands?",
         {"o": "cf.cfo.h_26@CF", "s": "cf.capsw.h_26@CF", "c": "cf.capex.h_26@CF"},
         lambda v: v["o"] + v["s"] + v["c"], "kusd0",
         "Statements of Cash Flows, six months 2026: {o} + ({s}) + ({c}) on the continued page = {answer}."),
    Spec(NJ, NG, "combined", "What share of six-month fiscal 2027 operating cash flow (through October 31, 2026) did "
         "Nightjar spend repurchasing its common stock?",
         {"r": "cf.repo.h_26@CF", "o": "cf.cfo.h_26@CF"}, lambda v: pct(-v["r"], v["o"]), "pct1",
         "Statements of Cash Flows (continued page), six months 2026: repurchases {r} / operating cash flow {o} = "
         "{answer}."),
    Spec(NJ, DR, "combined", "Net cash used in investing activities in the six months ended October 31, 2025 was how "
         "large relative to that period's net revenue?",
         {"i": "cf.cfi.h_25@CF", "r": "is.rev.h_25@IS"}, lambda v: pct(-v["i"], v["r"]), "pct1",
         "Net cash used in investing activities {i} (continued cash flow page) / six-month 2025 net revenue {r} = "
         "{answer}."),
    Spec(NJ, DR, "computed", "In thousands of dollars, how much higher were total operating expenses in the three "
         "months ended October 31, 2026 than in the same quarter of the prior year?",
         {"a": "is.opex.q_26@IS", "b": "is.opex.q_25@IS"}, lambda v: v["a"] - v["b"], "kusd0",
         "Statements of Operations, total operating expenses, three months: {a} - {b} = {answer}."),
    Spec(NJ, NG, "prose", "For the six months ended October 31, 2025, compute the ratio of net bookings to net revenue "
         "(a measure of how much sold content was deferred).",
         {"b": "nb.total.h_25@mda_nb", "r": "nb.rev.h_25@mda_nb"}, lambda v: v["b"] / v["r"], "x2",
         "Item 2, net bookings reconciliation, six months 2025: net bookings {b} / net revenue {r} = {answer}."),
    Spec(NJ, MG, "computed", "What effective tax rate does the income statement imply for the quarter ended October "
         "31, 2026 (provision divided by income before taxes)?",
         {"t": "is.tax.q_26@IS", "p": "is.pretax.q_26@IS"}, lambda v: pct(v["t"], v["p"]), "pct1",
         "Three months 2026: provision {t} / income before income taxes {p} = {answer}."),
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
