"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
CORVANE = ("Corvane Seaways Holdings, Inc.", "CORVANE_2025_10K", "USD millions")
TARROW = ("Tarrow Ridge Steel Corporation", "TARROW_2026Q3_10Q", "USD thousands")
PLACES = {"musd0": 0, "kusd0": 0, "musd1": 1, "pct1": 1, "x2": 2, "usd0": 0, "usd2": 2, "days1": 1}
ID_PREFIX = "blind29"


@dataclass
class Spec:
    doc: tuple[str, str, str]
    qtype: str
    category: str  # direct | computed | combined | operating | note | prose | equity (for the mix report only)
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


CV, TR = CORVANE, TARROW
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Corvane 10-K (year ended Dec. 31, 2025)
    Spec(CV, MG, "direct", "What were Corvane Seaways' total revenues in FY2025? Give the answer in millions of US "
         "dollars.",
         {"r": "is.rev.2025@IS"}, lambda v: v["r"], "musd0",
         "Consolidated Statements of Income, year ended December 31, 2025, total revenues: {r} = {answer}."),
    Spec(CV, MG, "direct", "Looking back at fiscal 2023, how much did the cruise operator book in onboard and other "
         "revenue? (USD millions)",
         {"o": "is.onboard.2023@IS"}, lambda v: v["o"], "musd0",
         "Consolidated Statements of Income, 2023, revenues: onboard and other {o} = {answer}."),
    Spec(CV, DR, "direct", "How large was Corvane's customer deposits liability on its year-end 2025 balance sheet, "
         "in $ millions?",
         {"d": "bs.deposits.2025@BS"}, lambda v: v["d"], "musd0",
         "Consolidated Balance Sheets, current liabilities, December 31, 2025: customer deposits {d} = {answer}."),
    Spec(CV, MG, "direct", "According to the cash flow statement, what did Corvane spend on property and equipment, "
         "ships included, during 2024? Answer in USD millions.",
         {"c": "cf.capex.2024@CF"}, lambda v: -v["c"], "musd0",
         "Consolidated Statements of Cash Flows (continued page), investing activities, 2024: purchases of property "
         "and equipment, including ships {c} = {answer} spent."),
    Spec(CV, MG, "computed", "What share of each revenue dollar did Corvane keep as net income in 2025? Express as "
         "a net margin percentage.",
         {"ni": "is.ni.2025@IS", "r": "is.rev.2025@IS"}, lambda v: pct(v["ni"], v["r"]), "pct1",
         "2025: net income {ni} / total revenues {r} = {answer}."),
    Spec(CV, NG, "combined", "Combine the fuel line of the 2025 income statement with the fuel consumption shown "
         "in the operating statistics: what was Corvane's average fuel cost per metric ton in 2025, in dollars?",
         {"f": "is.fuel.2025@IS", "t": "ops.fuel_tons.2025@mda_ops"}, lambda v: v["f"] * 1000 / v["t"], "usd2",
         "Fuel expense {f} million / {t} thousand metric tons consumed = {answer} per metric ton."),
    Spec(CV, NG, "combined", "By what percentage did Corvane's fuel cost per metric ton change from 2024 to 2025? "
         "Derive the per-ton cost for each year from fuel expense and tons consumed.",
         {"f1": "is.fuel.2025@IS", "t1": "ops.fuel_tons.2025@mda_ops", "f0": "is.fuel.2024@IS",
          "t0": "ops.fuel_tons.2024@mda_ops"},
         lambda v: change(v["f1"] / v["t1"], v["f0"] / v["t0"]), "pct1",
         "2025: {f1} / {t1} thousand tons; 2024: {f0} / {t0} thousand tons; change in cost per ton = {answer}."),
    Spec(CV, DR, "operating", "How much did net cruise costs excluding fuel per APCD rise in 2025 relative to 2024, "
         "in percent?",
         {"a": "nc.xfuel_per.2025@mda_ny", "b": "nc.xfuel_per.2024@mda_ny"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Item 7, Net Yields and Net Cruise Costs: (${a} - ${b}) / ${b} = {answer}."),
    Spec(CV, DR, "computed", "How many times did Corvane's 2025 operating income cover its interest expense (net "
         "of capitalized interest)?",
         {"oi": "is.oi.2025@IS", "i": "is.int_exp.2025@IS"}, lambda v: v["oi"] / -v["i"], "x2",
         "2025: operating income {oi} / interest expense {i} = {answer}."),
    Spec(CV, DR, "combined", "Compute Corvane's net leverage at the end of 2025: total debt (current and long-term "
         "portions) minus cash and cash equivalents, divided by 2025 adjusted EBITDA.",
         {"c": "bs.debt_cur.2025@BS", "lt": "bs.debt_lt.2025@BS", "cash": "bs.cash.2025@BS",
          "e": "eb.adj.2025@mda_ebitda"},
         lambda v: (v["c"] + v["lt"] - v["cash"]) / v["e"], "x2",
         "({c} + {lt} - {cash}) / adjusted EBITDA {e} = {answer}."),
    Spec(CV, NG, "note", "What portion of Corvane's consolidated 2025 revenues came from the Brightwater "
         "Expeditions brand?",
         {"s": "seg.rev.exp.2025@note_seg", "t": "seg.rev.total.2025@note_seg"}, lambda v: pct(v["s"], v["t"]),
         "pct1",
         "Note 3, 2025 revenues: Brightwater Expeditions {s} / total {t} = {answer}."),
    Spec(CV, DR, "note", "Lisle River Voyages: what operating margin did the river brand earn in 2025?",
         {"o": "seg.oi.river.2025@note_seg", "r": "seg.rev.river.2025@note_seg"}, lambda v: pct(v["o"], v["r"]),
         "pct1",
         "Note 3, 2025: Lisle River Voyages operating income {o} / revenues {r} = {answer}."),
    Spec(CV, NG, "note", "Calculate the two-year compound annual growth rate of the Corvane Ocean segment's "
         "operating income from 2023 to 2025.",
         {"a": "seg.oi.ocean.2025@note_seg", "b": "seg.oi.ocean.2023@note_seg"},
         lambda v: (Decimal(str(float(v["a"] / v["b"]) ** 0.5)) - 1) * 100, "pct1",
         "Note 3: ({a} / {b})^(1/2) - 1 = {answer}."),
    Spec(CV, DR, "note", "For the expedition brand, how did 2025 capital expenditures compare with its depreciation "
         "and amortization? Give the ratio.",
         {"c": "seg.capex.exp.2025@note_seg", "d": "seg.da.exp.2025@note_seg"}, lambda v: v["c"] / v["d"], "x2",
         "Note 3, Other Segment Information, Brightwater Expeditions 2025: capital expenditures {c} / depreciation "
         "and amortization {d} = {answer}."),
    Spec(CV, NG, "combined", "What was Corvane's total revenue per passenger cruise day in 2025, in dollars? PCDs are "
         "reported in thousands in the operating statistics.",
         {"r": "is.rev.2025@IS", "p": "ops.pcd.total.2025@mda_ops"}, lambda v: v["r"] * 1000 / v["p"], "usd2",
         "Total revenues {r} million / total PCDs {p} thousand = {answer} per PCD."),
    Spec(CV, DR, "combined", "Year-end 2025 customer deposits represented what percentage of the year's passenger "
         "ticket revenue?",
         {"d": "bs.deposits.2025@BS", "t": "is.ticket.2025@IS"}, lambda v: pct(v["d"], v["t"]), "pct1",
         "Customer deposits {d} (December 31, 2025) / 2025 passenger ticket revenue {t} = {answer}."),
    Spec(CV, NG, "prose", "Management's liquidity discussion says how much of the year-end 2025 customer deposits "
         "relates to 2026 sailings. What fraction of the total deposit balance is that?",
         {"n": "mda.dep_next@mda_liq", "d": "bs.deposits.2025@mda_liq"}, lambda v: pct(v["n"], v["d"]), "pct1",
         "Item 7, Liquidity: ${n} million for 2026 sailings / ${d} million of customer deposits = {answer}."),
    Spec(CV, MG, "direct", "Adding cash dividends and share buybacks from the cash flow statement, how much cash did "
         "Corvane return to shareholders in 2025? (USD millions)",
         {"d": "cf.div.2025@CF", "r": "cf.repo.2025@CF"}, lambda v: -(v["d"] + v["r"]), "musd0",
         "Consolidated Statements of Cash Flows (continued page), 2025: cash dividends paid {d} + repurchases of "
         "common stock {r} = {answer}."),
    Spec(CV, NG, "combined", "On average, what price per share did Corvane pay for the stock it bought back in "
         "2025? Use the cash outflow for repurchases and the share count in the EPS note.",
         {"c": "cf.repo.2025@CF", "n": "sh.repo.2025@note_eq"}, lambda v: -v["c"] / v["n"], "usd2",
         "Repurchases {c} million (continued cash flow page) / {n} million shares repurchased (Note 9) = "
         "{answer}."),
    Spec(CV, NG, "prose", "From the Item 5 table of issuer purchases, estimate the total dollars spent on share "
         "repurchases in October through December 2025, in $ millions.",
         {"s1": "rep.shares.oct@repo", "p1": "rep.price.oct@repo", "s2": "rep.shares.nov@repo",
          "p2": "rep.price.nov@repo", "s3": "rep.shares.dec@repo", "p3": "rep.price.dec@repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000000, "musd1",
         "{s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3} = {answer}."),
    Spec(CV, DR, "note", "Seasonality check: what share of Corvane's full-year 2025 operating income was earned in "
         "the third quarter?",
         {"q": "qtr.oi.q3@note_qtr", "y": "qtr.oi.fy@note_qtr"}, lambda v: pct(v["q"], v["y"]), "pct1",
         "Note 11, Quarterly Results: third-quarter operating income {q} / full year {y} = {answer}."),
    Spec(CV, DR, "note", "How depreciated was Corvane's asset base at December 31, 2025, measured as accumulated "
         "depreciation and amortization over gross property and equipment at cost?",
         {"a": "ppe.accum.2025@note_ppe", "g": "ppe.gross.2025@note_ppe"}, lambda v: pct(-v["a"], v["g"]), "pct1",
         "Note 4, December 31, 2025: accumulated depreciation {a} / property and equipment at cost {g} = {answer}."),
    Spec(CV, DR, "note", "Of the debt principal outstanding at December 31, 2025, what percentage is scheduled to "
         "be repaid after 2030?",
         {"a": "debt.mat.after@note_debt", "t": "debt.mat.total@note_debt"}, lambda v: pct(v["a"], v["t"]), "pct1",
         "Note 5, Scheduled Principal Payments: later years {a} / total {t} = {answer}."),
    Spec(CV, MG, "combined", "Calculate Corvane's 2025 return on average stockholders' equity, averaging the 2024 "
         "and 2025 year-end balances.",
         {"ni": "is.ni.2025@IS", "e1": "bs.equity.2025@BS", "e0": "bs.equity.2024@BS"},
         lambda v: pct(v["ni"], (v["e1"] + v["e0"]) / 2), "pct1",
         "{ni} / (({e1} + {e0}) / 2) = {answer}."),
    Spec(CV, NG, "combined", "Using the dividends declared in the 2025 section of the statement of stockholders' "
         "equity, what was Corvane's dividend payout ratio relative to 2025 net income?",
         {"d": "eq.div.2025@EQ", "ni": "is.ni.2025@IS"}, lambda v: pct(-v["d"], v["ni"]), "pct1",
         "Statement of Stockholders' Equity (continued page), 2025 cash dividends declared {d} / net income {ni} = "
         "{answer}."),
    # ------------------------------------------------------------------ Tarrow Ridge 10-Q (quarter ended Sep. 30, 2026)
    Spec(TR, MG, "direct", "What were Tarrow Ridge Steel's net sales for the quarter ended September 30, 2026? "
         "Answer in USD thousands.",
         {"r": "is.rev.q3_26@IS"}, lambda v: v["r"], "kusd0",
         "Condensed Consolidated Statements of Operations, three months ended September 30, 2026: net sales {r} = "
         "{answer}."),
    Spec(TR, MG, "direct", "For the first nine months of 2025, how much net income was attributable to Tarrow Ridge "
         "Steel Corporation's own shareholders? USD thousands.",
         {"n": "is.nia.ytd_25@IS"}, lambda v: v["n"], "kusd0",
         "Statements of Operations, nine months ended September 30, 2025: net income attributable to Tarrow Ridge "
         "Steel Corporation {n} = {answer}."),
    Spec(TR, DR, "direct", "What inventory balance did the steelmaker carry at the end of Q3 2026? (USD thousands)",
         {"i": "bs.inv.sep26@BS"}, lambda v: v["i"], "kusd0",
         "Condensed Consolidated Balance Sheets, September 30, 2026: inventories {i} = {answer}."),
    Spec(TR, MG, "direct", "Year to date through September 2026, how much cash did Tarrow Ridge put into capital "
         "expenditures? USD thousands.",
         {"c": "cf.capex.ytd_26@CF"}, lambda v: -v["c"], "kusd0",
         "Statements of Cash Flows, nine months ended September 30, 2026: capital expenditures {c} = {answer} spent."),
    Spec(TR, MG, "computed", "Ignoring depreciation (which the company reports on its own line), what was Tarrow "
         "Ridge's gross margin in the third quarter of 2026?",
         {"r": "is.rev.q3_26@IS", "c": "is.cogs.q3_26@IS"}, lambda v: pct(v["r"] - v["c"], v["r"]), "pct1",
         "Three months ended September 30, 2026: (net sales {r} - cost of goods sold {c}) / {r} = {answer}."),
    Spec(TR, MG, "computed", "What was Tarrow Ridge's operating margin for the nine months ended September 30, 2026?",
         {"o": "is.oi.ytd_26@IS", "r": "is.rev.ytd_26@IS"}, lambda v: pct(v["o"], v["r"]), "pct1",
         "Nine months 2026: operating income {o} / net sales {r} = {answer}."),
    Spec(TR, MG, "computed", "Year over year, by what percentage did third-quarter diluted EPS grow in 2026?",
         {"a": "is.eps_diluted.q3_26@IS", "b": "is.eps_diluted.q3_25@IS"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Diluted earnings per share, three months: (${a} - ${b}) / ${b} = {answer}."),
    Spec(TR, NG, "operating", "What was the flat-rolled metal spread in Q3 2026, i.e. the average flat-rolled "
         "selling price per ton less the average scrap and pig iron cost per ton charged at those mills?",
         {"p": "asp.fr.q3_26@mda_ship", "s": "scrap.q3_26@mda"}, lambda v: v["p"] - v["s"], "usd0",
         "Item 2: flat-rolled average price ${p} per ton - scrap and pig iron cost ${s} per ton = {answer} per ton."),
    Spec(TR, NG, "operating", "Compare the flat-rolled metal spread (selling price minus scrap and pig iron cost per "
         "ton) for the first nine months of 2026 with the same period of 2025. What is the percentage change?",
         {"p1": "asp.fr.ytd_26@mda_ship", "s1": "scrap.ytd_26@mda", "p0": "asp.fr.ytd_25@mda_ship",
          "s0": "scrap.ytd_25@mda"},
         lambda v: change(v["p1"] - v["s1"], v["p0"] - v["s0"]), "pct1",
         "Nine months: 2026 spread ${p1} - ${s1}; 2025 spread ${p0} - ${s0}; change = {answer}."),
    Spec(TR, DR, "note", "How dependent is the recycling business on the company's own mills? Calculate "
         "intersegment sales as a share of Metals Recycling's total net sales for the nine months of 2026.",
         {"i": "seg.int.mr.ytd_26@note_seg", "t": "seg.sales.mr.ytd_26@note_seg"}, lambda v: pct(v["i"], v["t"]),
         "pct1",
         "Note 9, nine months 2026, Metals Recycling: intersegment {i} / total net sales {t} = {answer}."),
    Spec(TR, NG, "note", "Leaving out corporate and eliminations, what share of the three segments' combined "
         "operating income did Flat-Rolled Steel contribute in the 2026 year-to-date period?",
         {"f": "seg.oi.fr.ytd_26@note_seg", "l": "seg.oi.lp.ytd_26@note_seg", "m": "seg.oi.mr.ytd_26@note_seg"},
         lambda v: pct(v["f"], v["f"] + v["l"] + v["m"]), "pct1",
         "Note 9, nine months 2026: {f} / ({f} + {l} + {m}) = {answer}."),
    Spec(TR, DR, "computed", "What proportion of consolidated net income for the first nine months of 2026 "
         "belonged to noncontrolling interests?",
         {"n": "is.nci.ytd_26@IS", "t": "is.ni.ytd_26@IS"}, lambda v: pct(v["n"], v["t"]), "pct1",
         "Nine months 2026: net income attributable to noncontrolling interests {n} / net income {t} = {answer}."),
    Spec(TR, DR, "combined", "Estimate days of inventory on hand at September 30, 2026, using quarter-end "
         "inventories, third-quarter cost of goods sold and a 92-day quarter.",
         {"i": "bs.inv.sep26@BS", "c": "is.cogs.q3_26@IS"}, lambda v: v["i"] / v["c"] * 92, "days1",
         "{i} / {c} x 92 = {answer}."),
    Spec(TR, MG, "computed", "What was Tarrow Ridge's current ratio as of September 30, 2026?",
         {"a": "bs.ca.sep26@BS", "l": "bs.cl.sep26@BS"}, lambda v: v["a"] / v["l"], "x2",
         "September 30, 2026: total current assets {a} / total current liabilities {l} = {answer}."),
    Spec(TR, DR, "computed", "Measure balance-sheet leverage at the end of the third quarter of 2026: total debt "
         "(current maturities plus long-term debt) relative to total equity including noncontrolling interests.",
         {"c": "bs.debt_cur.sep26@BS", "l": "bs.debt_lt.sep26@BS", "e": "bs.equity.sep26@BS"},
         lambda v: (v["c"] + v["l"]) / v["e"], "x2",
         "({c} + {l}) / total equity {e} = {answer}."),
    Spec(TR, NG, "computed", "Free cash flow is operating cash flow less capital expenditures. What percentage of "
         "Tarrow Ridge's nine-month 2026 free cash flow went back to shareholders through dividends and treasury "
         "stock purchases?",
         {"o": "cf.cfo.ytd_26@CF", "c": "cf.capex.ytd_26@CF", "d": "cf.div.ytd_26@CF", "r": "cf.repo.ytd_26@CF"},
         lambda v: pct(-(v["d"] + v["r"]), v["o"] + v["c"]), "pct1",
         "Statements of Cash Flows, nine months 2026: dividends paid {d} plus treasury stock purchases {r}, "
         "divided by free cash flow (operating activities {o} less capital expenditures {c}) = {answer}."),
    Spec(TR, DR, "equity", "By how much did the noncontrolling interests' equity balance increase over the first "
         "nine months of 2025? Answer in USD thousands.",
         {"a": "eq.nci.sep25@EQ", "b": "eq.nci.dec24@EQ"}, lambda v: v["a"] - v["b"], "kusd0",
         "Statement of Changes in Equity (continued page), noncontrolling interests: {a} at September 30, 2025 - "
         "{b} at December 31, 2024 = {answer}."),
    Spec(TR, MG, "equity", "What was Tarrow Ridge's total equity, noncontrolling interests included, at June 30, "
         "2025? USD thousands.",
         {"e": "eq.total.jun25@EQ"}, lambda v: v["e"], "kusd0",
         "Statement of Changes in Equity (continued page), balance at June 30, 2025, total equity: {e} = "
         "{answer}."),
    Spec(TR, NG, "equity", "Of all treasury stock purchased in the nine months ended September 30, 2025, what "
         "percentage was bought in that year's third quarter?",
         {"q": "eq.repo.q3_25@EQ", "y": "eq.repo.ytd_25@EQ"}, lambda v: pct(v["q"], v["y"]), "pct1",
         "Statement of Changes in Equity (continued page): three months {q} / nine months {y} = {answer}."),
    Spec(TR, DR, "equity", "Based on the 2025 nine-month section of the equity statement, what fraction of net "
         "income attributable to Tarrow Ridge was declared as cash dividends?",
         {"d": "eq.div.ytd_25@EQ", "n": "eq.ni.ytd_25@EQ"}, lambda v: pct(-v["d"], v["n"]), "pct1",
         "Statement of Changes in Equity (continued page), nine months 2025: dividends declared {d} / net income "
         "{n} (retained earnings column) = {answer}."),
    Spec(TR, DR, "note", "What percentage of the principal outstanding at September 30, 2026 matures after 2030, per "
         "the debt note?",
         {"a": "debt.mat.after@note_debt", "t": "debt.mat.total@note_debt"}, lambda v: pct(v["a"], v["t"]), "pct1",
         "Note 6, scheduled principal payments: thereafter {a} / total {t} = {answer}."),
    Spec(TR, DR, "note", "How much amortization did Tarrow Ridge record on customer relationship intangibles during "
         "the first nine months of 2026, judging from the change in accumulated amortization? USD thousands.",
         {"a": "int.accum.cust.sep26@note_gw", "b": "int.accum.cust.dec25@note_gw"}, lambda v: v["b"] - v["a"],
         "kusd0",
         "Note 5, customer relationships accumulated amortization: {a} at September 30, 2026 versus {b} at "
         "December 31, 2025 = {answer}."),
    Spec(TR, NG, "note", "Construction in progress grew by what percentage between December 31, 2025 and September "
         "30, 2026?",
         {"a": "ppe.cip.sep26@note_ppe", "b": "ppe.cip.dec25@note_ppe"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Note 4: ({a} - {b}) / {b} = {answer}."),
    Spec(TR, NG, "note", "Within Flat-Rolled Steel's third-quarter 2026 sales to outside customers, how large a "
         "slice was hot-rolled coil?",
         {"h": "rev.fr.hr.q3_26@note_rev", "t": "seg.ext.fr.q3_26@note_rev"}, lambda v: pct(v["h"], v["t"]), "pct1",
         "Note 2, three months 2026: hot-rolled coil {h} / total flat-rolled steel {t} = {answer}."),
    Spec(TR, MG, "operating", "How fast did adjusted EBITDA grow in the first nine months of 2026 compared with the "
         "prior-year period?",
         {"a": "eb.adj.ytd_26@mda_ebitda", "b": "eb.adj.ytd_25@mda_ebitda"}, lambda v: change(v["a"], v["b"]),
         "pct1",
         "Item 2, Adjusted EBITDA, nine months: ({a} - {b}) / {b} = {answer}."),
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
