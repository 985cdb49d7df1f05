"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
CALDERBROOK = ("Calderbrook Environmental Services, Inc.", "CALDERBROOK_2025_10K", "USD thousands")
VELLACOURT = ("Vellacourt Payments, Inc.", "VELLACOURT_2026Q2_10Q", "USD millions")
PLACES = {"kusd0": 0, "musd1": 1, "pct1": 1, "x2": 2, "usd0": 0, "usd2": 2, "days1": 1, "cents2": 2}
ID_PREFIX = "blind28"


@dataclass
class Spec:
    doc: tuple[str, str, str]
    qtype: str
    category: str  # direct | computed | combined | operating | note | prose (for the mix report only)
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
    if fmt == "usd0":
        return f"{sign}${a:,.0f}"
    if fmt == "usd2":
        return f"{sign}${a:,.2f}"
    if fmt == "days1":
        return f"{sign}{a:,.1f} days"
    if fmt == "cents2":
        return f"{sign}{a:.2f} cents"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


CB, VP = CALDERBROOK, VELLACOURT
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Calderbrook 10-K (year ended Dec. 31, 2025)
    Spec(CB, MG, "direct", "What was Calderbrook Environmental Services' total revenue for fiscal year 2025, as "
         "reported in its consolidated statements of income? Answer in USD thousands.",
         {"rev": "is.rev.2025@IS"}, lambda v: v["rev"], "kusd0",
         "Consolidated Statements of Income, year ended December 31, 2025, revenue: {rev} = {answer}."),
    Spec(CB, MG, "direct", "How much did Calderbrook spend on cost of operations (excluding depreciation, depletion "
         "and amortization) in 2024? Give the figure in thousands of dollars.",
         {"c": "is.cost_ops.2024@IS"}, lambda v: v["c"], "kusd0",
         "Consolidated Statements of Income, 2024, cost of operations: {c} = {answer}."),
    Spec(CB, DR, "direct", "What deferred revenue balance did the waste hauler Calderbrook carry at year-end 2024 "
         "(December 31, 2024)? USD thousands.",
         {"d": "bs.defrev.2024@BS"}, lambda v: v["d"], "kusd0",
         "Consolidated Balance Sheets, current liabilities, deferred revenue, December 31, 2024: {d} = {answer}."),
    Spec(CB, MG, "direct", "Per the cash flow statement, how much cash did Calderbrook pay to shareholders as "
         "dividends in 2023? USD thousands.",
         {"d": "cf.div.2023@CF"}, lambda v: -v["d"], "kusd0",
         "Consolidated Statements of Cash Flows (continued page), financing activities, cash dividends paid, 2023: "
         "{d} = {answer} of cash paid."),
    Spec(CB, MG, "computed", "What was Calderbrook's net profit margin for FY2025 (net income as a share of revenue)? "
         "Round to one decimal place.",
         {"ni": "is.ni.2025@IS", "rev": "is.rev.2025@IS"}, lambda v: pct(v["ni"], v["rev"]), "pct1",
         "2025: net income {ni} / revenue {rev} = {answer}."),
    Spec(CB, MG, "computed", "How much did Calderbrook's diluted EPS grow year over year in 2025? Express the change "
         "versus 2024 as a percentage.",
         {"a": "is.eps_diluted.2025@IS", "b": "is.eps_diluted.2024@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Diluted earnings per share: (${a} - ${b}) / ${b} = {answer}."),
    Spec(CB, NG, "prose", "Using the average diesel price per gallon and the gallons consumed that management "
         "discusses in the 2025 executive summary, roughly how much did Calderbrook spend on diesel fuel in 2025? "
         "Answer in USD millions, one decimal.",
         {"p": "mda.fuel_price@mda", "g": "mda.fuel_gallons@mda"}, lambda v: v["p"] * v["g"], "musd1",
         "Item 7, Executive Summary: ${p} per gallon x {g} million gallons = {answer}."),
    Spec(CB, DR, "computed", "What was Calderbrook's 2025 interest coverage, measured as operating income divided by "
         "interest expense? Round to two decimals.",
         {"oi": "is.oi.2025@IS", "i": "is.int_exp.2025@IS"}, lambda v: v["oi"] / -v["i"], "x2",
         "2025: operating income {oi} / interest expense {i} = {answer}."),
    Spec(CB, MG, "computed", "Calculate Calderbrook's 2025 free cash flow as cash from operations less capital "
         "expenditures, both taken from the cash flow statement (ignore asset sale proceeds). USD thousands.",
         {"cfo": "cf.cfo.2025@CF", "capex": "cf.capex.2025@CF"}, lambda v: v["cfo"] + v["capex"], "kusd0",
         "Consolidated Statements of Cash Flows (continued page), 2025: net cash provided by operating activities "
         "{cfo} less capital expenditures {capex} = {answer} (the company's own definition also adds asset sale "
         "proceeds)."),
    Spec(CB, DR, "combined", "What was Calderbrook's debt-to-equity ratio at December 31, 2025? Include both the "
         "current portion and the long-term portion of debt from the balance sheet.",
         {"c": "bs.debt_cur.2025@BS", "lt": "bs.debt_lt.2025@BS", "eq": "bs.equity.2025@BS"},
         lambda v: (v["c"] + v["lt"]) / v["eq"], "x2",
         "December 31, 2025: ({c} + {lt}) / total stockholders' equity {eq} = {answer}."),
    Spec(CB, NG, "operating", "What average revenue per ton did Calderbrook's landfills earn in 2025? Divide gross "
         "landfill revenue (before intercompany eliminations) by the tons received at its landfills. Answer in "
         "dollars per ton.",
         {"r": "rev.gross.lf.2025@note_rev", "t": "lf.tons.2025@landfill"}, lambda v: v["r"] / v["t"], "usd2",
         "Note 2 gross landfill revenue {r} thousand / Item 2 tons received {t} thousand = {answer} per ton."),
    Spec(CB, DR, "note", "What share of Calderbrook's gross landfill revenue in 2025 was intercompany, i.e. came "
         "from disposing of waste collected by its own operations?",
         {"ic": "rev.ic.lf.2025@note_rev", "g": "rev.gross.lf.2025@note_rev"}, lambda v: pct(-v["ic"], v["g"]),
         "pct1",
         "Note 2, Revenue by Line of Business, 2025 landfill: intercompany {ic} / gross revenue {g} = {answer}."),
    Spec(CB, MG, "note", "By what percentage did Calderbrook's commercial collection revenue increase in 2025 "
         "compared with 2024?",
         {"a": "rev.gross.com.2025@note_rev", "b": "rev.gross.com.2024@note_rev"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Note 2, commercial collection gross revenue (no intercompany): ({a} - {b}) / {b} = {answer}."),
    Spec(CB, DR, "note", "What was the segment EBITDA margin of the Atlantic region in 2025, based on the segment "
         "note?",
         {"e": "seg.ebitda.atl.2025@note_seg", "r": "seg.rev.atl.2025@note_seg"}, lambda v: pct(v["e"], v["r"]),
         "pct1",
         "Note 3, Atlantic, 2025: segment EBITDA {e} / net revenue {r} = {answer}."),
    Spec(CB, NG, "note", "What proportion of Calderbrook's total 2025 capital expenditures was spent in the Gulf "
         "segment?",
         {"g": "seg.capex.gulf.2025@note_seg", "t": "seg.capex.total.2025@note_seg"}, lambda v: pct(v["g"], v["t"]),
         "pct1",
         "Note 3, Other Segment Information, 2025 capital expenditures: Gulf {g} / total {t} = {answer}."),
    Spec(CB, DR, "note", "In 2025, accretion expense equaled what percentage of the landfill closure and "
         "post-closure obligations at the start of the year?",
         {"a": "aro.accretion.2025@note_aro", "b": "aro.begin.2025@note_aro"}, lambda v: pct(v["a"], v["b"]),
         "pct1",
         "Note 6, 2025: accretion expense {a} / balance at beginning of year {b} = {answer}."),
    Spec(CB, DR, "note", "How much debt principal is Calderbrook scheduled to repay in 2026, 2027 and 2028 "
         "combined? USD thousands.",
         {"a": "debt.mat.2026@note_debt", "b": "debt.mat.2027@note_debt", "c": "debt.mat.2028@note_debt"},
         lambda v: v["a"] + v["b"] + v["c"], "kusd0",
         "Note 8, Scheduled Principal Payments: 2026 {a} + 2027 {b} + 2028 {c} (nothing due) = {answer}."),
    Spec(CB, NG, "operating", "Roughly what share of Calderbrook's 2025 revenue increase came from acquisitions (net "
         "of divestitures), according to management's revenue growth analysis?",
         {"a": "rc.acq.2025@mda_rev", "t": "rc.total.2025@mda_rev"}, lambda v: pct(v["a"], v["t"]), "pct1",
         "Item 7, Components of Revenue Growth, 2025 vs. 2024: acquisitions {a} / total change {t} = {answer}."),
    Spec(CB, MG, "operating", "How did Calderbrook's fuel expense change in 2025 versus 2024, in percentage terms? "
         "Use the breakdown of cost of operations by nature.",
         {"a": "cn.fuel.2025@mda_cost", "b": "cn.fuel.2024@mda_cost"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Item 7, Cost of Operations by Nature, fuel: ({a} - {b}) / {b} = {answer}."),
    Spec(CB, DR, "combined", "What was Calderbrook's ratio of capital expenditures (cash flow statement) to "
         "depreciation, depletion and amortization (income statement) in 2025?",
         {"c": "cf.capex.2025@CF", "d": "is.dda.2025@IS"}, lambda v: -v["c"] / v["d"], "x2",
         "2025: capital expenditures {c} (continued cash flow page) / depreciation, depletion and amortization {d} "
         "= {answer}."),
    Spec(CB, NG, "prose", "Using the monthly share counts and average prices in the Item 5 table of issuer "
         "purchases, what did Calderbrook spend on buybacks in the fourth quarter of 2025? USD thousands.",
         {"s1": "rep.shares.oct@repo", "p1": "rep.price.oct@repo", "s2": "rep.shares.nov@repo",
          "p2": "rep.price.nov@repo", "s3": "rep.shares.dec@repo", "p3": "rep.price.dec@repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000, "kusd0",
         "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / 1,000 = {answer}."),
    Spec(CB, MG, "combined", "What return on average stockholders' equity did Calderbrook earn in 2025? Use net "
         "income and the average of total stockholders' equity at the end of 2025 and 2024.",
         {"ni": "is.ni.2025@IS", "e1": "bs.equity.2025@BS", "e0": "bs.equity.2024@BS"},
         lambda v: pct(v["ni"], (v["e1"] + v["e0"]) / 2), "pct1",
         "Net income {ni} / (({e1} + {e0}) / 2) = {answer}."),
    Spec(CB, DR, "combined", "Estimate Calderbrook's days sales outstanding for 2025: net accounts receivable at "
         "December 31, 2025 divided by 2025 revenue, times 365.",
         {"ar": "bs.ar.2025@BS", "rev": "is.rev.2025@IS"}, lambda v: v["ar"] / v["rev"] * 365, "days1",
         "{ar} / {rev} x 365 = {answer}."),
    Spec(CB, NG, "combined", "What average price per share did Calderbrook pay for the stock it repurchased in 2025? "
         "Take the cash spent from the cash flow statement and the number of shares repurchased from the common "
         "shares outstanding table in the equity note. Answer in dollars.",
         {"c": "cf.repo.2025@CF", "n": "sh.repo.2025@note_eq"}, lambda v: v["c"] / v["n"], "usd2",
         "Repurchases of common stock {c} thousand (continued cash flow page) / shares repurchased {n} thousand = "
         "{answer}."),
    Spec(CB, DR, "note", "What percentage of the total purchase consideration for Calderbrook's 2025 acquisitions "
         "was allocated to goodwill?",
         {"g": "acq.gw@note_gw", "t": "acq.total@note_gw"}, lambda v: pct(v["g"], v["t"]), "pct1",
         "Note 5, Purchase Price Allocation: goodwill {g} / total purchase consideration {t} = {answer}."),
    # ------------------------------------------------------------------ Vellacourt 10-Q (quarter ended June 30, 2026)
    Spec(VP, MG, "direct", "What revenue did Vellacourt Payments report for the second quarter of 2026 (three months "
         "ended June 30, 2026)? Answer in USD millions.",
         {"r": "is.rev.q2_26@IS"}, lambda v: v["r"], "musd1",
         "Condensed Consolidated Statements of Income, three months ended June 30, 2026, revenue: {r} = {answer}."),
    Spec(VP, MG, "direct", "How much did Vellacourt record in selling, general and administrative expense for the "
         "first half of 2025? USD millions.",
         {"s": "is.sga.h1_25@IS"}, lambda v: v["s"], "musd1",
         "Statements of Income, six months ended June 30, 2025, selling, general and administrative: {s} = "
         "{answer}."),
    Spec(VP, DR, "direct", "What were Vellacourt's settlement obligations on the balance sheet as of June 30, 2026? "
         "USD millions.",
         {"s": "bs.settle_l.jun26@BS"}, lambda v: v["s"], "musd1",
         "Condensed Consolidated Balance Sheets, current liabilities, settlement obligations, June 30, 2026: {s} = "
         "{answer}."),
    Spec(VP, MG, "direct", "How much did Vellacourt invest in capitalized software development in the six months "
         "ended June 30, 2026, according to the cash flow statement? USD millions.",
         {"c": "cf.capex_sw.h1_26@CF"}, lambda v: -v["c"], "musd1",
         "Statements of Cash Flows, investing activities, capitalized software development costs, six months 2026: "
         "{c} (printed with a trailing minus) = {answer} spent."),
    Spec(VP, MG, "computed", "What was Vellacourt's operating margin in Q2 2026?",
         {"oi": "is.oi.q2_26@IS", "r": "is.rev.q2_26@IS"}, lambda v: pct(v["oi"], v["r"]), "pct1",
         "Three months ended June 30, 2026: operating income {oi} / revenue {r} = {answer}."),
    Spec(VP, MG, "computed", "By how much did Vellacourt's diluted earnings per share grow in the first six months "
         "of 2026 compared with the first six months of 2025, in percent?",
         {"a": "is.eps_diluted.h1_26@IS", "b": "is.eps_diluted.h1_25@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Diluted net income per share, six months: (${a} - ${b}) / ${b} = {answer}."),
    Spec(VP, DR, "computed", "Network fees consumed what percentage of Vellacourt's gross revenue in the second "
         "quarter of 2026?",
         {"n": "is.nf.q2_26@IS", "r": "is.rev.q2_26@IS"}, lambda v: pct(v["n"], v["r"]), "pct1",
         "Three months ended June 30, 2026: network fees {n} / revenue {r} = {answer}."),
    Spec(VP, DR, "combined", "What was Vellacourt's current ratio at June 30, 2026 (total current assets over total "
         "current liabilities)?",
         {"ca": "bs.ca.jun26@BS", "cl": "bs.cl.jun26@BS"}, lambda v: v["ca"] / v["cl"], "x2",
         "June 30, 2026: {ca} / {cl} = {answer}."),
    Spec(VP, NG, "computed", "For the six months ended June 30, 2025, what was Vellacourt's free cash flow after "
         "buybacks, defined as operating cash flow minus purchases of property and equipment, minus capitalized "
         "software, minus repurchases of common stock? USD millions.",
         {"cfo": "cf.cfo.h1_25@CF", "p": "cf.capex_ppe.h1_25@CF", "s": "cf.capex_sw.h1_25@CF",
          "r": "cf.repo.h1_25@CF"}, lambda v: v["cfo"] + v["p"] + v["s"] + v["r"], "musd1",
         "Statements of Cash Flows, six months 2025: operating cash flow {cfo} less purchases of property and "
         "equipment {p}, capitalized software {s} and repurchases of common stock {r} (outflows printed with a "
         "trailing minus) = {answer}; buybacks exceeded free cash flow."),
    Spec(VP, NG, "operating", "How much revenue did Issuer Services earn per transaction processed in Q2 2026? Use "
         "the segment revenue from the segment note and the transaction count from the MD&A metrics; answer in "
         "cents.",
         {"r": "seg.rev.iss.q2_26@note_seg", "t": "kpi.txn.iss.q2_26@mda_kpi"}, lambda v: v["r"] / v["t"] * 100,
         "cents2",
         "Issuer Services revenue {r} million / {t} million transactions x 100 = {answer} per transaction."),
    Spec(VP, DR, "note", "What was the year-over-year growth in Integrated Software segment revenue in the second "
         "quarter of 2026?",
         {"a": "seg.rev.isv.q2_26@note_seg", "b": "seg.rev.isv.q2_25@note_seg"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Note 11, Segment Results, three months: ({a} - {b}) / {b} = {answer}."),
    Spec(VP, MG, "note", "What share of Vellacourt's total Q2 2026 revenue came from the Integrated Software "
         "segment?",
         {"a": "seg.rev.isv.q2_26@note_seg", "t": "seg.rev.total.q2_26@note_seg"}, lambda v: pct(v["a"], v["t"]),
         "pct1",
         "Note 11, three months ended June 30, 2026: Integrated Software {a} / total revenue {t} = {answer}."),
    Spec(VP, NG, "operating", "On average, how much payment volume did each active Merchant Solutions location "
         "process in the first half of 2026? Divide six-month payment volume by active locations at June 30, 2026 "
         "and answer in whole dollars.",
         {"v": "kpi.vol.ms.h1_26@mda_kpi", "l": "kpi.loc.ms.jun26@mda_kpi"}, lambda v: v["v"] * 1000000 / v["l"],
         "usd0",
         "Payment volume ${v} billion / {l} thousand locations = {answer} per location."),
    Spec(VP, NG, "prose", "Vellacourt described the annual recurring software revenue of Brisco Ledger Systems when "
         "it bought the company. What multiple of that recurring revenue did it pay, based on the total purchase "
         "price in the allocation table? Round to two decimals.",
         {"p": "acq.total@note_acq", "a": "acq.brisco_arr@note_acq"}, lambda v: v["p"] / v["a"], "x2",
         "Note 5: total purchase price, net of cash acquired {p} million / annual recurring software revenue of "
         "about ${a} million (prose) = {answer}."),
    Spec(VP, DR, "combined", "Calculate Vellacourt's debt-to-equity ratio at June 30, 2026, counting both current "
         "and long-term debt from the balance sheet.",
         {"c": "bs.debt_cur.jun26@BS", "lt": "bs.debt_lt.jun26@BS", "e": "bs.equity.jun26@BS"},
         lambda v: (v["c"] + v["lt"]) / v["e"], "x2",
         "June 30, 2026: ({c} + {lt}) / total stockholders' equity {e} = {answer}."),
    Spec(VP, DR, "note", "What percentage of the Brisco Ledger Systems purchase price was recorded as goodwill?",
         {"g": "acq.gw@note_acq", "t": "acq.total@note_acq"}, lambda v: pct(v["g"], v["t"]), "pct1",
         "Note 5: goodwill {g} / total purchase price {t} = {answer}."),
    Spec(VP, DR, "note", "How large was Vellacourt's allowance for credit losses relative to gross accounts "
         "receivable at the end of the second quarter of 2026?",
         {"a": "ar.allow.jun26@note_rec", "g": "ar.gross.jun26@note_rec"}, lambda v: pct(-v["a"], v["g"]), "pct1",
         "Note 4, June 30, 2026: allowance {a} / gross receivables {g} = {answer}."),
    Spec(VP, NG, "note", "What portion of Vellacourt's depreciation and amortization in the first half of 2026 came "
         "from amortizing acquired intangible assets?",
         {"a": "da.acq.h1_26@note_gw", "t": "da.total.h1_26@note_gw"}, lambda v: pct(v["a"], v["t"]), "pct1",
         "Note 6, Depreciation and Amortization, six months 2026: {a} / {t} = {answer}."),
    Spec(VP, NG, "prose", "Based on the share counts and average prices in the Part II issuer purchases table, how "
         "much did Vellacourt spend repurchasing stock in April through June 2026? USD millions.",
         {"s1": "rep.shares.apr@p2_repo", "p1": "rep.price.apr@p2_repo", "s2": "rep.shares.may@p2_repo",
          "p2": "rep.price.may@p2_repo", "s3": "rep.shares.jun@p2_repo", "p3": "rep.price.jun@p2_repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000000, "musd1",
         "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / 1,000,000 = {answer}."),
    Spec(VP, DR, "combined", "What was Vellacourt's book value per share at June 30, 2026? Divide total "
         "stockholders' equity by the common shares outstanding shown in the statement of stockholders' equity.",
         {"e": "bs.equity.jun26@BS", "s": "eq.shares.jun26@EQ"}, lambda v: v["e"] / v["s"], "usd2",
         "{e} million / {s} million shares = {answer}."),
    Spec(VP, NG, "combined", "What average price per share did Vellacourt pay for the shares it repurchased in the "
         "first half of 2026? Use the dollar amount and the share count for repurchases in the six-month section "
         "of the statement of stockholders' equity.",
         {"c": "eq.repo.h1_26@EQ", "n": "eq.sh_repo.h1_26@EQ"}, lambda v: v["c"] / v["n"], "usd2",
         "Statement of Stockholders' Equity (continued page), six months ended June 30, 2026: repurchases {c} "
         "million / {n} million shares = {answer}."),
    Spec(VP, DR, "computed", "What was Vellacourt's interest coverage in the second quarter of 2026, defined as "
         "operating income divided by interest expense?",
         {"oi": "is.oi.q2_26@IS", "i": "is.int_exp.q2_26@IS"}, lambda v: v["oi"] / -v["i"], "x2",
         "Three months ended June 30, 2026: {oi} / interest expense {i} = {answer}."),
    Spec(VP, DR, "combined", "Estimate Vellacourt's days sales outstanding for Q2 2026 as net accounts receivable at "
         "June 30, 2026 divided by second-quarter revenue, multiplied by 91 days.",
         {"ar": "bs.ar.jun26@BS", "r": "is.rev.q2_26@IS"}, lambda v: v["ar"] / v["r"] * 91, "days1",
         "{ar} / {r} x 91 = {answer}."),
    Spec(VP, MG, "combined", "What was share-based compensation (from the cash flow statement) as a percentage of "
         "revenue for the six months ended June 30, 2026?",
         {"s": "cf.sbc.h1_26@CF", "r": "is.rev.h1_26@IS"}, lambda v: pct(v["s"], v["r"]), "pct1",
         "{s} / {r} = {answer}."),
    Spec(VP, DR, "note", "How much debt principal falls due from the rest of 2026 through the end of 2028, per the "
         "scheduled principal payments table? USD millions.",
         {"a": "debt.mat.r26@note_debt", "b": "debt.mat.y27@note_debt", "c": "debt.mat.y28@note_debt"},
         lambda v: v["a"] + v["b"] + v["c"], "musd1",
         "Note 7: rest of 2026 {a} + 2027 {b} + 2028 {c} = {answer}."),
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
