"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
TILLERSTONE = ("Tillerstone Homes, Inc.", "TILLERSTONE_2025_10K", "USD millions")
QUARRINGTON = ("Quarrington Education Group, Inc.", "QUARRINGTON_2026Q3_10Q", "USD thousands")
PLACES = {"musd1": 1, "kusd0": 0, "pct1": 1, "pct2": 2, "x2": 2, "usd0": 0, "usd2": 2, "num1": 1, "days1": 1,
          "int": 0}
ID_PREFIX = "blind27"


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
    if fmt == "musd1":
        return f"{sign}${a:,.1f} million"
    if fmt == "kusd0":
        return f"{sign}${a:,.0f} thousand"
    if fmt == "pct1":
        return f"{sign}{a:.1f}%"
    if fmt == "pct2":
        return f"{sign}{a:.2f}%"
    if fmt == "x2":
        return f"{sign}{a:.2f}"
    if fmt == "usd0":
        return f"{sign}${a:,.0f}"
    if fmt == "usd2":
        return f"{sign}${a:,.2f}"
    if fmt == "num1":
        return f"{sign}{a:,.1f}"
    if fmt == "days1":
        return f"{sign}{a:,.1f} days"
    if fmt == "int":
        return f"{sign}{a:,.0f}"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


TH, QE = TILLERSTONE, QUARRINGTON
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Tillerstone Homes 10-K (fiscal 2025)
    Spec(TH, MG, "direct", "According to its consolidated statements of operations, what were Tillerstone Homes, "
         "Inc.'s total revenues for fiscal 2025 (the year ended November 30, 2025)? Answer in USD millions.",
         {"rev": "is.rev.2025@IS"}, lambda v: v["rev"], "musd1",
         "Consolidated Statements of Operations, fiscal 2025, total revenues: {rev} = {answer}."),
    Spec(TH, MG, "direct", "What was Tillerstone's cost of home sales in FY2024, as shown in the statement of "
         "operations? USD millions.",
         {"cost": "is.home_cost.2024@IS"}, lambda v: v["cost"], "musd1",
         "Consolidated Statements of Operations, costs and expenses, cost of home sales, fiscal 2024: {cost} = "
         "{answer}."),
    Spec(TH, DR, "direct", "How much did Tillerstone report for customer deposits on its consolidated balance sheet "
         "at November 30, 2024? USD millions.",
         {"dep": "bs.deposits.2024@BS"}, lambda v: v["dep"], "musd1",
         "Consolidated Balance Sheets, homebuilding liabilities, customer deposits, November 30, 2024: {dep} = "
         "{answer}."),
    Spec(TH, MG, "direct", "Per the consolidated statements of cash flows, how much cash did Tillerstone spend on "
         "repurchases of its common stock in fiscal 2023? USD millions.",
         {"repo": "cf.repo.2023@CF"}, lambda v: -v["repo"], "musd1",
         "Consolidated Statements of Cash Flows (continued page), financing activities, repurchases of common "
         "stock, fiscal 2023: {repo} = {answer} of cash used."),
    Spec(TH, MG, "computed", "What was Tillerstone's net profit margin in FY2025, i.e. net income divided by total "
         "revenues? Round to one decimal place.",
         {"ni": "is.ni.2025@IS", "rev": "is.rev.2025@IS"}, lambda v: pct(v["ni"], v["rev"]), "pct1",
         "Fiscal 2025: net income {ni} / total revenues {rev} = {answer}."),
    Spec(TH, MG, "computed", "By what percentage did Tillerstone's diluted earnings per share change YoY in fiscal "
         "2025 compared with fiscal 2024? Use the statement of operations; round to one decimal place.",
         {"e25": "is.eps_diluted.2025@IS", "e24": "is.eps_diluted.2024@IS"}, lambda v: change(v["e25"], v["e24"]),
         "pct1",
         "Diluted EPS: ({e25} - {e24}) / {e24} = {answer}."),
    Spec(TH, MG, "computed", "What percentage of Tillerstone's total revenues did selling, general and administrative "
         "expenses (SG&A) represent in fiscal 2023, based on the statement of operations?",
         {"sga": "is.sga.2023@IS", "rev": "is.rev.2023@IS"}, lambda v: pct(v["sga"], v["rev"]), "pct1",
         "Fiscal 2023: SG&A {sga} / total revenues {rev} = {answer} (the MD&A ratio uses home sales revenues "
         "instead)."),
    Spec(TH, DR, "combined", "Compute Tillerstone's inventory turnover for fiscal 2025 as cost of home sales divided "
         "by the average of inventories at November 30, 2025 and November 30, 2024 (balance sheet). Round to two "
         "decimals.",
         {"cost": "is.home_cost.2025@IS", "i25": "bs.inv.2025@BS", "i24": "bs.inv.2024@BS"},
         lambda v: v["cost"] / ((v["i25"] + v["i24"]) / 2), "x2",
         "Cost of home sales {cost} / (({i25} + {i24}) / 2) = {answer} times."),
    Spec(TH, MG, "computed", "What was Tillerstone's free cash flow in FY2025, defined as net cash provided by "
         "operating activities minus purchases of property and equipment (capex), from the cash flow statement? USD "
         "millions.",
         {"cfo": "cf.cfo.2025@CF", "capex": "cf.capex.2025@CF"}, lambda v: v["cfo"] + v["capex"], "musd1",
         "Consolidated Statements of Cash Flows, fiscal 2025: {cfo} less purchases of property and equipment "
         "{capex} = {answer}."),
    Spec(TH, DR, "combined", "Using the consolidated balance sheet at November 30, 2025, compute Tillerstone's gross "
         "debt-to-capital ratio: senior notes, net divided by (senior notes, net + total stockholders' equity).",
         {"debt": "bs.notes.2025@BS", "eq": "bs.equity.2025@BS"}, lambda v: pct(v["debt"], v["debt"] + v["eq"]),
         "pct1",
         "November 30, 2025: {debt} / ({debt} + {eq}) = {answer}."),
    Spec(TH, NG, "operating", "On average, how many homes did Tillerstone deliver in fiscal 2025 per active selling "
         "community, measured as total homes delivered divided by total active selling communities at the end of "
         "fiscal 2025? Round to one decimal.",
         {"d": "seg.deliv.hb.2025@mda_ops", "c": "comm.hb.2025@mda_ops"}, lambda v: v["d"] / v["c"], "num1",
         "Selected Homebuilding Operating Data (continued), total homebuilding: {d} homes delivered / {c} active "
         "communities = {answer} homes per community."),
    Spec(TH, NG, "operating", "What was the average value per net new order in Tillerstone's East segment in fiscal "
         "2025? Divide the value of net new orders by the number of net new orders and answer in thousands of "
         "dollars.",
         {"val": "ord.value.east.2025@mda_ops", "n": "ord.units.east.2025@mda_ops"},
         lambda v: v["val"] * 1000 / v["n"], "kusd0",
         "Selected Homebuilding Operating Data, East, fiscal 2025: {val} million / {n} orders = {answer} per order."),
    Spec(TH, NG, "operating", "What was the average price of the homes in Tillerstone's Mountain segment backlog at "
         "November 30, 2025 (backlog value divided by backlog homes)? Answer in thousands of dollars.",
         {"val": "bl.value.mtn.2025@mda_ops", "n": "bl.units.mtn.2025@mda_ops"},
         lambda v: v["val"] * 1000 / v["n"], "kusd0",
         "Selected Homebuilding Operating Data, Mountain: backlog value at end of year {val} million (on the "
         "continued page) / backlog {n} homes = {answer} per home."),
    Spec(TH, DR, "operating", "Homes delivered in fiscal 2025 were how many times the number of homes in "
         "Tillerstone's backlog at the start of the year (i.e. the total backlog at November 30, 2024)? Round to "
         "two decimals.",
         {"d": "seg.deliv.hb.2025@mda_ops", "b": "bl.units.hb.2024@mda_ops"}, lambda v: v["d"] / v["b"], "x2",
         "Selected Homebuilding Operating Data (continued), total homebuilding: {d} homes delivered / {b} backlog "
         "homes at the end of fiscal 2024 = {answer}."),
    Spec(TH, MG, "operating", "What share of Tillerstone's fiscal 2025 home sales revenues came from its Central "
         "segment?",
         {"c": "seg.home_rev.cen.2025@mda_ops", "t": "seg.home_rev.hb.2025@mda_ops"}, lambda v: pct(v["c"], v["t"]),
         "pct1",
         "Selected Homebuilding Operating Data (continued), fiscal 2025: Central home sales revenues {c} / total "
         "{t} = {answer}."),
    Spec(TH, DR, "note", "Based on the segment information note, what was the West segment's pretax margin in fiscal "
         "2025 (segment income before income taxes divided by segment revenues)?",
         {"p": "seg.pretax.west.2025@note_seg", "r": "seg.rev.west.2025@note_seg"}, lambda v: pct(v["p"], v["r"]),
         "pct1",
         "Note 2, West, fiscal 2025: income before income taxes {p} / revenues {r} = {answer}."),
    Spec(TH, DR, "note", "Capitalized interest charged to cost of home sales in fiscal 2025 equaled what percentage "
         "of home sales revenues? Round to two decimal places.",
         {"i": "ci.charged.2025@note_inv", "r": "is.home_rev.2025@IS"}, lambda v: pct(-v["i"], v["r"]), "pct2",
         "Note 3, interest charged to cost of home sales {i} / home sales revenues {r} = {answer}."),
    Spec(TH, DR, "note", "In fiscal 2025, warranty payments were what percentage of the warranty reserve at the "
         "beginning of the year, according to the warranty reserve roll-forward?",
         {"p": "war.paid.2025@note_acc", "b": "war.begin.2025@note_acc"}, lambda v: pct(-v["p"], v["b"]), "pct1",
         "Note 5, Warranty Reserve, fiscal 2025: payments {p} / beginning reserve {b} = {answer}."),
    Spec(TH, DR, "note", "How much senior note principal is scheduled to mature in fiscal years 2026 through 2028 "
         "combined? USD millions.",
         {"a": "debt.mat.2026@note_debt", "b": "debt.mat.2027@note_debt", "c": "debt.mat.2028@note_debt"},
         lambda v: v["a"] + v["b"] + v["c"], "musd1",
         "Note 6, Scheduled Maturities of Senior Notes: fiscal 2026 {a}, fiscal 2027 {b} (nothing due) and fiscal "
         "2028 {c} sum to {answer}."),
    Spec(TH, NG, "operating", "What percentage of the Central segment's total lots at November 30, 2025 were "
         "controlled under option rather than owned?",
         {"o": "lots.opt.cen.2025@mda_lots", "t": "lots.total.cen.2025@mda_lots"}, lambda v: pct(v["o"], v["t"]),
         "pct1",
         "Lots Owned and Controlled, Central, November 30, 2025: controlled under option {o} / total {t} = "
         "{answer}."),
    Spec(TH, NG, "computed", "What was Tillerstone's average annual capex (purchases of property and equipment) over "
         "fiscal 2023, 2024 and 2025, based on the cash flow statement? USD millions, one decimal.",
         {"a": "cf.capex.2025@CF", "b": "cf.capex.2024@CF", "c": "cf.capex.2023@CF"},
         lambda v: -(v["a"] + v["b"] + v["c"]) / 3, "musd1",
         "Purchases of property and equipment of {a}, {b} and {c} (outflows) average {answer} per year."),
    Spec(TH, NG, "prose", "Using the share counts and average prices in the Item 5 table of issuer purchases, how "
         "much did Tillerstone spend on share repurchases in the fourth quarter of fiscal 2025? USD millions, one "
         "decimal.",
         {"s1": "rep.shares.sep@repo", "p1": "rep.price.sep@repo", "s2": "rep.shares.oct@repo",
          "p2": "rep.price.oct@repo", "s3": "rep.shares.nov@repo", "p3": "rep.price.nov@repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000000, "musd1",
         "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / 1,000,000 = {answer}."),
    Spec(TH, MG, "combined", "What was Tillerstone's return on average stockholders' equity in FY2025, using net "
         "income and the average of total stockholders' equity at November 30, 2025 and 2024 from the balance "
         "sheet?",
         {"ni": "is.ni.2025@IS", "e25": "bs.equity.2025@BS", "e24": "bs.equity.2024@BS"},
         lambda v: pct(v["ni"], (v["e25"] + v["e24"]) / 2), "pct1",
         "Net income {ni} / (({e25} + {e24}) / 2) = {answer}."),
    Spec(TH, DR, "combined", "What was Tillerstone's book value per share at November 30, 2025, i.e. total "
         "stockholders' equity divided by the shares outstanding at the end of the year shown in the stockholders' "
         "equity note? Answer in dollars.",
         {"eq": "bs.equity.2025@BS", "sh": "sh.out.2025@note_eps"}, lambda v: v["eq"] * 1000 / v["sh"], "usd2",
         "Stockholders' equity {eq} million / {sh} thousand shares = {answer}."),
    Spec(TH, DR, "combined", "Homebuilders often add back interest amortized through cost of sales. Compute "
         "Tillerstone's FY2025 EBITDA as income before income taxes + capitalized interest charged to cost of home "
         "sales (Note 3) + D&A (depreciation and amortization from the cash flow statement). USD millions.",
         {"pt": "is.pretax.2025@IS", "i": "ci.charged.2025@note_inv", "da": "cf.dep.2025@CF"},
         lambda v: v["pt"] - v["i"] + v["da"], "musd1",
         "Fiscal 2025: {pt} + {i} (shown as a deduction in Note 3) + {da} = {answer}."),
    # ------------------------------------------------------------------ Quarrington Education 10-Q (Q3 2026)
    Spec(QE, MG, "direct", "According to the condensed consolidated statements of operations, what was Quarrington "
         "Education Group's revenue for the three months ended September 30, 2026? Answer in USD thousands.",
         {"rev": "is.rev.q3_26@IS"}, lambda v: v["rev"], "kusd0",
         "Condensed Consolidated Statements of Operations, three months ended September 30, 2026, revenue: {rev} = "
         "{answer}."),
    Spec(QE, MG, "direct", "How much did Quarrington spend on marketing and promotional expense in the nine months "
         "ended September 30, 2025? USD thousands.",
         {"m": "is.mktg.m9_25@IS"}, lambda v: v["m"], "kusd0",
         "Statements of Operations, nine months ended September 30, 2025, marketing and promotional: {m} = "
         "{answer}."),
    Spec(QE, DR, "direct", "What balance of deferred revenue and student deposits did Quarrington report on its "
         "balance sheet at September 30, 2026? USD thousands.",
         {"d": "bs.deferred_rev.sep26@BS"}, lambda v: v["d"], "kusd0",
         "Condensed Consolidated Balance Sheets, current liabilities, September 30, 2026: {d} = {answer}."),
    Spec(QE, MG, "direct", "Per the condensed consolidated statements of cash flows, what was Quarrington's net cash "
         "provided by operating activities for the first nine months of 2026? USD thousands.",
         {"cfo": "cf.cfo.m9_26@CF"}, lambda v: v["cfo"], "kusd0",
         "Statements of Cash Flows (continued page), nine months ended September 30, 2026: {cfo} = {answer}."),
    Spec(QE, MG, "computed", "What was Quarrington's net profit margin (net income / revenue) in Q3 2026?",
         {"ni": "is.ni.q3_26@IS", "rev": "is.rev.q3_26@IS"}, lambda v: pct(v["ni"], v["rev"]), "pct1",
         "Three months ended September 30, 2026: {ni} / {rev} = {answer}."),
    Spec(QE, MG, "computed", "By what percentage did Quarrington's diluted EPS grow in the nine months ended "
         "September 30, 2026 versus the same period of 2025?",
         {"e26": "is.eps_diluted.m9_26@IS", "e25": "is.eps_diluted.m9_25@IS"}, lambda v: change(v["e26"], v["e25"]),
         "pct1",
         "Diluted EPS, nine months: ({e26} - {e25}) / {e25} = {answer}."),
    Spec(QE, MG, "computed", "What was the YoY growth rate of Quarrington's instructional costs and services in the "
         "third quarter of 2026?",
         {"a": "is.instr.q3_26@IS", "b": "is.instr.q3_25@IS"}, lambda v: change(v["a"], v["b"]), "pct1",
         "Instructional costs and services, three months: ({a} - {b}) / {b} = {answer}."),
    Spec(QE, DR, "combined", "Compute Quarrington's current ratio (total current assets / total current liabilities) "
         "at September 30, 2026. Round to two decimals.",
         {"ca": "bs.ca.sep26@BS", "cl": "bs.cl.sep26@BS"}, lambda v: v["ca"] / v["cl"], "x2",
         "Balance sheet, September 30, 2026: {ca} / {cl} = {answer}."),
    Spec(QE, NG, "computed", "For the nine months ended September 30, 2025, what was Quarrington's free cash flow "
         "after share repurchases, defined as net cash provided by operating activities minus capital expenditures "
         "minus repurchases of common stock? USD thousands.",
         {"cfo": "cf.cfo.m9_25@CF", "capex": "cf.capex.m9_25@CF", "repo": "cf.repo.m9_25@CF"},
         lambda v: v["cfo"] + v["capex"] + v["repo"], "kusd0",
         "Statements of Cash Flows (continued page), nine months 2025: {cfo} + ({capex}) + ({repo}) = {answer}."),
    Spec(QE, DR, "combined", "Estimate Quarrington's days sales outstanding for Q3 2026 as student receivables, net "
         "at September 30, 2026 divided by third-quarter revenue, multiplied by 92 days. Round to one decimal.",
         {"rec": "bs.rec.sep26@BS", "rev": "is.rev.q3_26@IS"}, lambda v: v["rec"] / v["rev"] * 92, "days1",
         "{rec} / {rev} x 92 = {answer}."),
    Spec(QE, NG, "operating", "What percentage of Quarrington's total enrollment at September 30, 2026 was enrolled "
         "at Quarrington University?",
         {"a": "kpi.enroll.qu.sep26@mda_kpi", "t": "kpi.enroll.total.sep26@mda_kpi"}, lambda v: pct(v["a"], v["t"]),
         "pct1",
         "Enrollment and New Student Starts: {a} / {t} = {answer}."),
    Spec(QE, NG, "operating", "By what percentage did new student starts at Skills and Workforce Solutions grow in "
         "the first nine months of 2026 compared with the first nine months of 2025?",
         {"a": "kpi.starts.sws.m9_26@mda_kpi", "b": "kpi.starts.sws.m9_25@mda_kpi"},
         lambda v: change(v["a"], v["b"]), "pct1",
         "Enrollment and New Student Starts, nine months: ({a} - {b}) / {b} = {answer}."),
    Spec(QE, DR, "operating", "Annualize Quarrington University's third-quarter 2026 revenue per student: take the "
         "segment's Q3 2026 revenue, multiply by four and divide by its average total enrollment for the quarter. "
         "Answer in whole dollars.",
         {"rev": "seg.rev.qu.q3_26@note_seg", "avg": "kpi.avg.qu.q3_26@mda_kpi"},
         lambda v: v["rev"] * 1000 * 4 / v["avg"], "usd0",
         "Quarrington University revenue {rev} thousand x 4 / average enrollment {avg} = {answer}."),
    Spec(QE, DR, "note", "Based on the segment note, what was the Skills and Workforce Solutions segment's operating "
         "margin for the nine months ended September 30, 2026?",
         {"oi": "seg.oi.sws.m9_26@note_seg", "rev": "seg.rev.sws.m9_26@note_seg"}, lambda v: pct(v["oi"], v["rev"]),
         "pct1",
         "Note 12, nine months 2026: operating income {oi} / revenue {rev} = {answer}."),
    Spec(QE, NG, "note", "Unallocated corporate and other costs in the segment note were equivalent to what "
         "percentage of total revenue in the first nine months of 2026?",
         {"c": "seg.corp.m9_26@note_seg", "rev": "seg.rev.total.m9_26@note_seg"}, lambda v: pct(-v["c"], v["rev"]),
         "pct1",
         "Note 12 (continued), nine months 2026: corporate and other {c} / total revenue {rev} = {answer}."),
    Spec(QE, DR, "note", "For the nine months ended September 30, 2026, what was Quarrington University's capex "
         "divided by its depreciation and amortization, per the segment note? Round to two decimals.",
         {"c": "seg.capex.qu.m9_26@note_seg", "d": "seg.da.qu.m9_26@note_seg"}, lambda v: v["c"] / v["d"], "x2",
         "Note 12 (continued), Quarrington University, nine months 2026: capital expenditures {c} / depreciation "
         "and amortization {d} = {answer}."),
    Spec(QE, DR, "note", "At September 30, 2026, the allowance for credit losses represented what percentage of "
         "gross student receivables?",
         {"a": "rec.allow_neg.sep26@note_rec", "g": "rec.gross.sep26@note_rec"}, lambda v: pct(-v["a"], v["g"]),
         "pct1",
         "Note 3, Student Receivables, September 30, 2026: allowance {a} / gross receivables {g} = {answer}."),
    Spec(QE, DR, "note", "What was Quarrington's provision for credit losses as a percentage of revenue for the nine "
         "months ended September 30, 2026? Round to two decimal places.",
         {"p": "acl.prov.m9_26@note_rec", "rev": "is.rev.m9_26@IS"}, lambda v: pct(v["p"], v["rev"]), "pct2",
         "Note 3 provision for credit losses {p} / revenue {rev} = {answer}."),
    Spec(QE, DR, "note", "In the lease maturity table at September 30, 2026, imputed interest is what percentage of "
         "total undiscounted lease payments?",
         {"i": "lease.interest@note_lease", "t": "lease.total@note_lease"}, lambda v: pct(-v["i"], v["t"]), "pct1",
         "Note 7: imputed interest {i} / total undiscounted lease payments {t} = {answer}."),
    Spec(QE, NG, "note", "What was the aggregate grant-date fair value of the restricted stock units Quarrington "
         "granted in the first nine months of 2026? USD thousands.",
         {"u": "rsu.granted@note_sbc", "p": "rsu.price.granted@note_sbc"}, lambda v: v["u"] * v["p"], "kusd0",
         "Note 9: {u} thousand units x ${p} = {answer}."),
    Spec(QE, MG, "combined", "What was Quarrington's D&A plus share-based compensation as a percentage of revenue "
         "for the nine months ended September 30, 2026? Take share-based compensation from the cash flow "
         "statement.",
         {"da": "is.da.m9_26@IS", "sbc": "cf.sbc.m9_26@CF", "rev": "is.rev.m9_26@IS"},
         lambda v: pct(v["da"] + v["sbc"], v["rev"]), "pct1",
         "({da} + {sbc}) / {rev} = {answer}."),
    Spec(QE, NG, "prose", "Using the share counts and average prices in the Part II issuer purchases table, how much "
         "did Quarrington spend on buybacks in July and August 2026 combined? USD thousands.",
         {"s1": "rep.shares.jul@p2_repo", "p1": "rep.price.jul@p2_repo", "s2": "rep.shares.aug@p2_repo",
          "p2": "rep.price.aug@p2_repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"]) / 1000, "kusd0",
         "({s1} x ${p1} + {s2} x ${p2}) / 1,000 = {answer}."),
    Spec(QE, DR, "combined", "What was Quarrington's book value per share at September 30, 2026, computed as total "
         "stockholders' equity divided by the shares outstanding shown in the statement of stockholders' equity?",
         {"eq": "bs.equity.sep26@BS", "sh": "eq.shares.sep26@EQ"}, lambda v: v["eq"] / v["sh"], "usd2",
         "{eq} thousand / {sh} thousand shares = {answer}."),
    Spec(QE, MG, "computed", "Treating marketing and promotional, admissions advisory and general and administrative "
         "expenses together as SG&A, what was Quarrington's SG&A as a percentage of revenue in the third quarter "
         "of 2026?",
         {"m": "is.mktg.q3_26@IS", "a": "is.adm.q3_26@IS", "g": "is.ga.q3_26@IS", "rev": "is.rev.q3_26@IS"},
         lambda v: pct(v["m"] + v["a"] + v["g"], v["rev"]), "pct1",
         "({m} + {a} + {g}) / {rev} = {answer}."),
    Spec(QE, NG, "combined", "Estimate Quarrington's annualized return on average equity for the first nine months "
         "of 2026: nine-month net income multiplied by 4/3, divided by the average of total stockholders' equity at "
         "December 31, 2025 and September 30, 2026.",
         {"ni": "is.ni.m9_26@IS", "e1": "bs.equity.sep26@BS", "e0": "bs.equity.dec25@BS"},
         lambda v: pct(v["ni"] * 4 / 3, (v["e1"] + v["e0"]) / 2), "pct1",
         "{ni} x 4/3 / (({e1} + {e0}) / 2) = {answer}."),
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
