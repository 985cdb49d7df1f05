"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
ORRINDALE = ("Orrindale Machinery Corporation", "ORRINDALE_2025_10K", "USD millions")
VELDMARSH = ("Veldmarsh Capital Group, Inc.", "VELDMARSH_2026Q2_10Q", "USD thousands")
PLACES = {"musd0": 0, "musd1": 1, "kusd0": 0, "pct1": 1, "pct2": 2, "x2": 2, "usd2": 2, "int": 0, "bps1": 1}
ID_PREFIX = "blind26"


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
    if fmt == "musd0":
        return f"{sign}${a:,.0f} million"
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
    if fmt == "usd2":
        return f"{sign}${a:,.2f}"
    if fmt == "int":
        return f"{sign}{a:,.0f}"
    if fmt == "bps1":
        return f"{sign}{a:.1f} basis points"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


OR, VM = ORRINDALE, VELDMARSH
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Orrindale Machinery 10-K (fiscal 2025)
    Spec(OR, MG, "direct", "According to the consolidated statements of income, what were Orrindale Machinery "
         "Corporation's total net sales for fiscal 2025 (the year ended October 31, 2025)? Answer in USD millions.",
         {"rev": "is.rev.2025@IS"}, lambda v: v["rev"], "musd0",
         "Consolidated Statements of Income, fiscal 2025 column, total net sales: {rev} = {answer}."),
    Spec(OR, MG, "direct", "How much did Orrindale spend on research and development in FY2023 according to its income "
         "statement? USD millions.",
         {"rd": "is.rd.2023@IS"}, lambda v: v["rd"], "musd0",
         "Consolidated Statements of Income, operating expenses, research and development, fiscal 2023: {rd} = "
         "{answer}."),
    Spec(OR, MG, "direct", "Per the consolidated statements of cash flows, how much cash did Orrindale use to "
         "repurchase its common stock in fiscal 2024? USD millions.",
         {"repo": "cf.repo.2024@CF"}, lambda v: -v["repo"], "musd0",
         "Consolidated Statements of Cash Flows, financing activities, repurchases of common stock, fiscal 2024: "
         "{repo} = {answer} of cash used."),
    Spec(OR, DR, "direct", "What were Orrindale's total current liabilities on its balance sheet at October 31, 2024? "
         "USD millions.",
         {"cl": "bs.cl.2024@BS"}, lambda v: v["cl"], "musd0",
         "Consolidated Balance Sheets, October 31, 2024, total current liabilities: {cl} = {answer}."),
    Spec(OR, MG, "computed", "Excluding restructuring and impairment charges, what was Orrindale's operating margin in "
         "FY2025? Compute (operating income + restructuring and impairment charges) / total net sales, rounded to one "
         "decimal place.",
         {"oi": "is.oi.2025@IS", "restr": "is.restr.2025@IS", "rev": "is.rev.2025@IS"},
         lambda v: pct(v["oi"] + v["restr"], v["rev"]), "pct1",
         "Income statement, fiscal 2025: ({oi} + {restr}) / {rev} = {answer}."),
    Spec(OR, MG, "computed", "By what percentage did Orrindale's diluted earnings per share change in fiscal 2025 "
         "compared with fiscal 2024? Use the income statement and round to one decimal place.",
         {"e25": "is.eps_diluted.2025@IS", "e24": "is.eps_diluted.2024@IS"}, lambda v: change(v["e25"], v["e24"]),
         "pct1",
         "Diluted EPS: (${e25} - ${e24}) / ${e24} = {answer}."),
    Spec(OR, MG, "computed", "What was Orrindale's combined SG&A and R&D expense as a percentage of total net sales in "
         "FY2025?",
         {"sga": "is.sga.2025@IS", "rd": "is.rd.2025@IS", "rev": "is.rev.2025@IS"},
         lambda v: pct(v["sga"] + v["rd"], v["rev"]), "pct1",
         "Fiscal 2025: (SG&A {sga} + R&D {rd}) / total net sales {rev} = {answer}."),
    Spec(OR, DR, "combined", "Compute Orrindale's quick ratio at October 31, 2025, defined as (cash and cash "
         "equivalents + trade receivables, net) / total current liabilities, from the balance sheet. Round to two "
         "decimals.",
         {"cash": "bs.cash.2025@BS", "rec": "bs.rec.2025@BS", "cl": "bs.cl.2025@BS"},
         lambda v: (v["cash"] + v["rec"]) / v["cl"], "x2",
         "Consolidated Balance Sheets, October 31, 2025: ({cash} + {rec}) / {cl} = {answer}."),
    Spec(OR, DR, "combined", "What was Orrindale's inventory turnover in fiscal 2025, measured as cost of sales "
         "divided by the average of inventories at October 31, 2025 and October 31, 2024? Round to two decimals.",
         {"cogs": "is.cogs.2025@IS", "i25": "bs.inv.2025@BS", "i24": "bs.inv.2024@BS"},
         lambda v: v["cogs"] / ((v["i25"] + v["i24"]) / 2), "x2",
         "Cost of sales {cogs} / (({i25} + {i24}) / 2) = {answer} times."),
    Spec(OR, MG, "computed", "Using the cash flow statement, what was Orrindale's free cash flow after acquisitions in "
         "FY2025, defined as net cash provided by operating activities minus capex minus acquisitions of businesses "
         "(net of cash acquired)? USD millions.",
         {"cfo": "cf.cfo.2025@CF", "capex": "cf.capex.2025@CF", "acq": "cf.acq.2025@CF"},
         lambda v: v["cfo"] + v["capex"] + v["acq"], "musd0",
         "Consolidated Statements of Cash Flows, fiscal 2025: {cfo} + {capex} + {acq} (outflows shown in "
         "parentheses) = {answer}."),
    Spec(OR, DR, "computed", "What was Orrindale's D&A (depreciation plus amortization of intangible assets, as shown "
         "in the cash flow statement) as a percentage of total net sales in fiscal 2024?",
         {"dep": "cf.dep.2024@CF", "amort": "cf.amort.2024@CF", "rev": "is.rev.2024@IS"},
         lambda v: pct(v["dep"] + v["amort"], v["rev"]), "pct1",
         "Fiscal 2024: (depreciation {dep} + amortization of intangible assets {amort}) / total net sales {rev} = "
         "{answer}."),
    Spec(OR, NG, "computed", "What was Orrindale's average annual capital expenditure over fiscal 2023, 2024 and 2025, "
         "based on the cash flow statement? USD millions, one decimal.",
         {"c25": "cf.capex.2025@CF", "c24": "cf.capex.2024@CF", "c23": "cf.capex.2023@CF"},
         lambda v: -(v["c25"] + v["c24"] + v["c23"]) / 3, "musd1",
         "Capital expenditures: ({c25} + {c24} + {c23}) / 3 = {answer} per year."),
    Spec(OR, MG, "combined", "What return on average stockholders' equity did Orrindale earn in fiscal 2024? Use net "
         "income divided by the average of total equity at October 31, 2023 and October 31, 2024 as shown in the "
         "consolidated statements of stockholders' equity.",
         {"ni": "is.ni.2024@IS", "e24": "eq.total.2024@EQ", "e23": "eq.total.2023@EQ"},
         lambda v: pct(v["ni"], (v["e24"] + v["e23"]) / 2), "pct1",
         "Net income {ni} / (({e24} + {e23}) / 2) = {answer}."),
    Spec(OR, MG, "computed", "What was Orrindale's FY2025 dividend payout ratio, measured as cash dividends declared "
         "per share divided by diluted EPS?",
         {"dps": "is.dps.2025@IS", "eps": "is.eps_diluted.2025@IS"}, lambda v: pct(v["dps"], v["eps"]), "pct1",
         "Cash dividends declared per share ${dps} / diluted EPS ${eps} = {answer}."),
    Spec(OR, NG, "operating", "According to the segment information note, what share of Orrindale's total segment "
         "operating profit in fiscal 2025 came from the Aftermarket and Precision Solutions segment?",
         {"aps": "seg.op.aps.2025@note_seg", "tot": "seg.op.total.2025@note_seg"}, lambda v: pct(v["aps"], v["tot"]),
         "pct1",
         "Note 11, Segment Financial Information (Continued), fiscal 2025: Aftermarket and Precision Solutions "
         "operating profit {aps} / total segment operating profit {tot} = {answer}."),
    Spec(OR, DR, "operating", "In fiscal 2025, how many times did the Row Crop and Harvest segment's capital "
         "expenditures cover its depreciation and amortization? Compute segment capex / segment D&A from the segment "
         "note, rounded to two decimals.",
         {"capex": "seg.capex.rch.2025@note_seg", "da": "seg.da.rch.2025@note_seg"},
         lambda v: v["capex"] / v["da"], "x2",
         "Note 11 (Continued), Row Crop and Harvest, fiscal 2025: capital expenditures {capex} / depreciation and "
         "amortization {da} = {answer}."),
    Spec(OR, NG, "operating", "What was the Aftermarket and Precision Solutions segment's return on average segment "
         "assets in FY2025, i.e. segment operating profit divided by the average of its segment assets at October 31, "
         "2025 and 2024?",
         {"op": "seg.op.aps.2025@note_seg", "a25": "seg.assets.aps.2025@note_seg",
          "a24": "seg.assets.aps.2024@note_seg"},
         lambda v: pct(v["op"], (v["a25"] + v["a24"]) / 2), "pct1",
         "Note 11 (Continued): operating profit {op} / (({a25} + {a24}) / 2) = {answer}."),
    Spec(OR, NG, "operating", "By what percentage did Orrindale's combine shipments (in units) decline in fiscal 2025 "
         "versus fiscal 2024?",
         {"u25": "units.combines.2025@mda_units", "u24": "units.combines.2024@mda_units"},
         lambda v: pct(v["u24"] - v["u25"], v["u24"]), "pct1",
         "Item 7, Unit Shipments, combines: ({u24} - {u25}) / {u24} = {answer} decline."),
    Spec(OR, NG, "operating", "How many machines in total did Orrindale ship in fiscal 2025 across all five product "
         "categories in its unit shipments table?",
         {"a": "units.tractors.2025@mda_units", "b": "units.combines.2025@mda_units",
          "c": "units.planters.2025@mda_units", "d": "units.compact.2025@mda_units", "e": "units.turf.2025@mda_units"},
         lambda v: v["a"] + v["b"] + v["c"] + v["d"] + v["e"], "int",
         "Unit Shipments, fiscal 2025: {a} + {b} + {c} + {d} + {e} = {answer} units."),
    Spec(OR, DR, "operating", "At the end of fiscal 2025, Row Crop and Harvest order backlog represented what "
         "percentage of that segment's fiscal 2025 net sales?",
         {"bl": "backlog.rch.2025@mda_units", "sales": "seg.sales.rch.2025@mda_seg"},
         lambda v: pct(v["bl"], v["sales"]), "pct1",
         "Order Backlog, Row Crop and Harvest, October 31, 2025: {bl} / Segment Results net sales fiscal 2025 {sales} "
         "= {answer}."),
    Spec(OR, NG, "note", "Based on the revenue note, what percentage of Orrindale's fiscal 2025 net sales came from "
         "outside North America?",
         {"eu": "geo.total.eu.2025@note_rev", "row": "geo.total.row.2025@note_rev",
          "tot": "geo.total.total.2025@note_rev"},
         lambda v: pct(v["eu"] + v["row"], v["tot"]), "pct1",
         "Note 2, Net Sales by Segment and Region, fiscal 2025 totals: (Europe {eu} + rest of world {row}) / {tot} = "
         "{answer}."),
    Spec(OR, DR, "note", "What was the funded ratio of Orrindale's defined benefit pension plans at October 31, 2025 "
         "(fair value of plan assets at end of year / projected benefit obligation at end of year)?",
         {"fv": "pen.fv_end@note_pen", "pbo": "pen.pbo_end@note_pen"}, lambda v: pct(v["fv"], v["pbo"]), "pct1",
         "Note 10: fair value of plan assets at end of year {fv} / projected benefit obligation at end of year {pbo} "
         "= {answer}."),
    Spec(OR, DR, "note", "How much long-term debt principal is scheduled to mature in fiscal years 2026 through 2029 "
         "combined, according to Orrindale's debt note? USD millions.",
         {"a": "debt.mat.2026@note_debt", "b": "debt.mat.2027@note_debt", "c": "debt.mat.2028@note_debt",
          "d": "debt.mat.2029@note_debt"},
         lambda v: v["a"] + v["b"] + v["c"] + v["d"], "musd0",
         "Note 8, Scheduled Principal Maturities: 2026 {a} + 2027 {b} + 2028 {c} + 2029 {d} = {answer}."),
    Spec(OR, NG, "note", "Using the income tax note, what share of Orrindale's fiscal 2025 income before income taxes "
         "was earned in foreign jurisdictions?",
         {"f": "tax.pretax_foreign.2025@note_tax", "tot": "is.pretax.2025@note_tax"}, lambda v: pct(v["f"], v["tot"]),
         "pct1",
         "Note 9, fiscal 2025: foreign income before taxes {f} / income before income taxes {tot} = {answer}."),
    Spec(OR, NG, "prose", "Based on the monthly share counts and average prices in the Item 5 issuer purchases table, "
         "how much did Orrindale spend on buybacks in the fourth quarter of fiscal 2025? USD millions, one decimal.",
         {"s1": "rep.shares.aug@repo", "p1": "rep.price.aug@repo", "s2": "rep.shares.sep@repo",
          "p2": "rep.price.sep@repo", "s3": "rep.shares.oct@repo", "p3": "rep.price.oct@repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000000, "musd1",
         "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / 1,000,000 = {answer}."),
    # ------------------------------------------------------------------ Veldmarsh Capital Group 10-Q (Q2 2026)
    Spec(VM, MG, "direct", "According to the condensed consolidated statements of income, what were Veldmarsh Capital "
         "Group's total revenues for the three months ended June 30, 2026? Answer in USD thousands.",
         {"rev": "is.rev.q2_26@IS"}, lambda v: v["rev"], "kusd0",
         "Condensed Consolidated Statements of Income, three months ended June 30, 2026, total revenues: {rev} = "
         "{answer}."),
    Spec(VM, DR, "direct", "How much of Veldmarsh's AUM was held in exchange-traded funds at December 31, 2025? USD "
         "millions.",
         {"etf": "veh.etf.dec25@mda_vehicle"}, lambda v: v["etf"], "musd0",
         "Item 2, AUM by Vehicle, December 31, 2025, exchange-traded funds: {etf} = {answer}."),
    Spec(VM, DR, "direct", "What were Veldmarsh's net client flows in the alternatives asset class for the six months "
         "ended June 30, 2026? USD millions.",
         {"nf": "aum.net.alt.h1_26@mda_aum"}, lambda v: v["nf"], "musd0",
         "Item 2, AUM Roll-Forward by Asset Class, continued, six months ended June 30, 2026, alternatives, net "
         "client flows: {nf} = {answer}."),
    Spec(VM, DR, "computed", "What was Veldmarsh's annualized organic growth rate in Q2 2026, defined as total net "
         "client flows for the quarter multiplied by four and divided by total AUM at the beginning of the quarter?",
         {"nf": "aum.net.total.q2_26@mda_aum", "beg": "aum.begin.total.q2_26@mda_aum"},
         lambda v: pct(v["nf"] * 4, v["beg"]), "pct1",
         "AUM Roll-Forward, three months ended June 30, 2026, total: ({nf} x 4) / {beg} = {answer}."),
    Spec(VM, NG, "computed", "In the first half of 2025, equity net client outflows were equivalent to what percentage "
         "of equity AUM at the beginning of the period?",
         {"nf": "aum.net.eq.h1_25@mda_aum", "beg": "aum.begin.eq.h1_25@mda_aum"},
         lambda v: pct(-v["nf"], v["beg"]), "pct1",
         "AUM Roll-Forward, continued, six months ended June 30, 2025, equity: net client flows {nf} / beginning of "
         "period {beg} = {answer} (outflow)."),
    Spec(VM, NG, "computed", "What share of the increase in Veldmarsh's total AUM during Q2 2026 came from market "
         "appreciation? Use (market appreciation) / (end-of-period AUM - beginning-of-period AUM).",
         {"mkt": "aum.mkt.total.q2_26@mda_aum", "end": "aum.end.total.q2_26@mda_aum",
          "beg": "aum.begin.total.q2_26@mda_aum"},
         lambda v: pct(v["mkt"], v["end"] - v["beg"]), "pct1",
         "AUM Roll-Forward, Q2 2026, total: {mkt} / ({end} - {beg}) = {answer}."),
    Spec(VM, DR, "combined", "What annualized fee rate, in basis points, did Veldmarsh earn on its equity, fixed "
         "income and multi-asset AUM combined (excluding alternatives) in the six months ended June 30, 2026? Use the "
         "investment advisory fees for those three asset classes from the revenue note, multiply by two, and divide by "
         "the sum of their average AUM from the MD&A.",
         {"fe": "fee.eq.h1_26@note_rev", "ff": "fee.fi.h1_26@note_rev", "fm": "fee.ma.h1_26@note_rev",
          "ae": "aum.avg.eq.h1_26@mda_fees", "af": "aum.avg.fi.h1_26@mda_fees", "am": "aum.avg.ma.h1_26@mda_fees"},
         lambda v: (v["fe"] + v["ff"] + v["fm"]) * 2 * 1000 / ((v["ae"] + v["af"] + v["am"]) * 1000000) * 10000,
         "bps1",
         "Fees (${fe} + ${ff} + ${fm} thousand) x 2 / average AUM (${ae} + ${af} + ${am} million) = {answer}."),
    Spec(VM, MG, "computed", "What was Veldmarsh's compensation ratio (compensation and benefits / total revenues) "
         "for the six months ended June 30, 2026?",
         {"comp": "is.comp.h1_26@IS", "rev": "is.rev.h1_26@IS"}, lambda v: pct(v["comp"], v["rev"]), "pct1",
         "Statements of Income, six months 2026: {comp} / {rev} = {answer}."),
    Spec(VM, MG, "computed", "By what percentage did net income attributable to Veldmarsh Capital Group, Inc. grow in "
         "Q2 2026 versus Q2 2025?",
         {"n26": "is.nia.q2_26@IS", "n25": "is.nia.q2_25@IS"}, lambda v: change(v["n26"], v["n25"]), "pct1",
         "Net income attributable to Veldmarsh, three months: ({n26} - {n25}) / {n25} = {answer}."),
    Spec(VM, MG, "computed", "What was Veldmarsh's pre-tax margin for the quarter ended June 30, 2026 (income before "
         "income taxes / total revenues)?",
         {"pt": "is.pretax.q2_26@IS", "rev": "is.rev.q2_26@IS"}, lambda v: pct(v["pt"], v["rev"]), "pct1",
         "Q2 2026: income before income taxes {pt} / total revenues {rev} = {answer}."),
    Spec(VM, DR, "combined", "At December 31, 2025, what was the ratio of Veldmarsh's cash and cash equivalents plus "
         "investment advisory fees and other receivables to its accrued compensation and benefits plus accounts "
         "payable and accrued liabilities? Round to two decimals.",
         {"cash": "bs.cash.dec25@BS", "rec": "bs.fees_rec.dec25@BS", "comp": "bs.accrued_comp.dec25@BS",
          "ap": "bs.ap.dec25@BS"},
         lambda v: (v["cash"] + v["rec"]) / (v["comp"] + v["ap"]), "x2",
         "Balance sheet, December 31, 2025: ({cash} + {rec}) / ({comp} + {ap}) = {answer}."),
    Spec(VM, MG, "direct", "Per the condensed consolidated statements of cash flows, what was Veldmarsh's net cash "
         "provided by operating activities in the first six months of 2025? USD thousands.",
         {"cfo": "cf.cfo.h1_25@CF"}, lambda v: v["cfo"], "kusd0",
         "Statements of Cash Flows, six months ended June 30, 2025: {cfo} = {answer}."),
    Spec(VM, MG, "computed", "What was Veldmarsh's free cash flow for the six months ended June 30, 2026, defined as "
         "cash from operations less purchases of property and equipment? USD thousands.",
         {"cfo": "cf.cfo.h1_26@CF", "capex": "cf.capex.h1_26@CF"}, lambda v: v["cfo"] + v["capex"], "kusd0",
         "Six months 2026: {cfo} + ({capex}) = {answer}."),
    Spec(VM, NG, "computed", "How much capital did Veldmarsh return to shareholders through dividends paid and share "
         "repurchases in the first half of 2026, based on the cash flow statement? USD thousands.",
         {"div": "cf.div.h1_26@CF", "repo": "cf.repo.h1_26@CF"}, lambda v: -(v["div"] + v["repo"]), "kusd0",
         "Dividends paid {div} + repurchases of common stock {repo} = {answer} returned."),
    Spec(VM, DR, "combined", "Using the beginning balances in the three-month columns of the statement of changes in "
         "equity, what was total Veldmarsh Capital Group, Inc. stockholders' equity (excluding noncontrolling "
         "interests) at March 31, 2026? USD thousands.",
         {"cs": "eq.cs.mar26@EQ", "apic": "eq.apic.mar26@EQ", "re": "eq.re.mar26@EQ", "aoci": "eq.aoci.mar26@EQ",
          "tr": "eq.treasury.mar26@EQ"},
         lambda v: v["cs"] + v["apic"] + v["re"] + v["aoci"] + v["tr"], "kusd0",
         "Beginning balances, three months ended June 30, 2026: {cs} + {apic} + {re} + ({aoci}) + ({tr}) = "
         "{answer}."),
    Spec(VM, MG, "computed", "By what percentage did Veldmarsh's diluted EPS grow in the first six months of 2026 "
         "compared with the first six months of 2025?",
         {"e26": "is.eps_diluted.h1_26@IS", "e25": "is.eps_diluted.h1_25@IS"}, lambda v: change(v["e26"], v["e25"]),
         "pct1",
         "Diluted EPS, six months: (${e26} - ${e25}) / ${e25} = {answer}."),
    Spec(VM, DR, "note", "What percentage of Veldmarsh's total investments at June 30, 2026 was measured at net asset "
         "value (NAV) rather than classified in the fair value hierarchy?",
         {"nav": "inv.all.nav.jun26@note_inv", "tot": "inv.all.total.jun26@note_inv"},
         lambda v: pct(v["nav"], v["tot"]), "pct1",
         "Note 3, Investments by Fair Value Level, June 30, 2026: NAV {nav} / total {tot} = {answer}."),
    Spec(VM, NG, "note", "What share of Veldmarsh's investment advisory fees in Q2 2026 came from alternatives?",
         {"alt": "fee.alt.q2_26@note_rev", "tot": "is.adv.q2_26@note_rev"}, lambda v: pct(v["alt"], v["tot"]),
         "pct1",
         "Note 2, three months ended June 30, 2026: alternatives advisory fees {alt} / total investment advisory fees "
         "{tot} = {answer}."),
    Spec(VM, NG, "note", "What was the aggregate grant-date fair value of the restricted stock units Veldmarsh granted "
         "in the first six months of 2026? USD thousands.",
         {"u": "rsu.granted@note_sbc", "p": "rsu.price.granted@note_sbc"}, lambda v: v["u"] * v["p"], "kusd0",
         "Note 7: {u} thousand units granted x ${p} weighted-average grant-date fair value = {answer}."),
    Spec(VM, DR, "combined", "Annualize Veldmarsh's Q2 2026 interest expense (multiply by four) and divide it by the "
         "total principal of debt outstanding at June 30, 2026. What implied interest rate results? Round to two "
         "decimal places.",
         {"int": "is.interest.q2_26@IS", "prin": "debt.principal.jun26@note_debt"},
         lambda v: pct(-v["int"] * 4, v["prin"]), "pct2",
         "Interest expense |{int}| x 4 / total principal {prin} (Note 5) = {answer}."),
    Spec(VM, NG, "operating", "By what percentage did AUM in exchange-traded funds grow between December 31, 2025 and "
         "June 30, 2026?",
         {"j": "veh.etf.jun26@mda_vehicle", "d": "veh.etf.dec25@mda_vehicle"}, lambda v: change(v["j"], v["d"]),
         "pct1",
         "AUM by Vehicle, exchange-traded funds: ({j} - {d}) / {d} = {answer}."),
    Spec(VM, NG, "operating", "What percentage of Veldmarsh's total AUM at June 30, 2026 belonged to non-U.S. clients, "
         "retail and institutional combined?",
         {"r": "cli.rint.total@mda_client", "i": "cli.iint.total@mda_client", "tot": "cli.total.total@mda_client"},
         lambda v: pct(v["r"] + v["i"], v["tot"]), "pct1",
         "AUM by Client Type and Domicile: (retail non-U.S. {r} + institutional non-U.S. {i}) / total {tot} = "
         "{answer}."),
    Spec(VM, DR, "combined", "What was Veldmarsh's book value per share at June 30, 2026, computed as total Veldmarsh "
         "Capital Group, Inc. stockholders' equity (excluding noncontrolling interests) divided by shares outstanding "
         "at the end of the period from the stockholders' equity note?",
         {"eq": "bs.parent_eq.jun26@BS", "sh": "sh.out.jun26@note_equity"}, lambda v: v["eq"] / v["sh"], "usd2",
         "Stockholders' equity {eq} thousand / {sh} thousand shares = {answer}."),
    Spec(VM, NG, "prose", "Using the share counts and average prices in the Part II issuer purchases table, how "
         "much did Veldmarsh spend on buybacks in May and June 2026 combined? USD thousands.",
         {"s1": "rep.shares.may@p2_repo", "p1": "rep.price.may@p2_repo", "s2": "rep.shares.jun@p2_repo",
          "p2": "rep.price.jun@p2_repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"]) / 1000, "kusd0",
         "({s1} x ${p1} + {s2} x ${p2}) / 1,000 = {answer}."),
    Spec(VM, DR, "note", "In the lease maturity table, imputed interest represents what percentage of total "
         "undiscounted lease payments at June 30, 2026?",
         {"int": "lease.interest@note_lease", "tot": "lease.total@note_lease"}, lambda v: pct(-v["int"], v["tot"]),
         "pct1",
         "Note 11: imputed interest {int} / total undiscounted lease payments {tot} = {answer}."),
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
