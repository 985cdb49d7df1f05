"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
TALLOWMERE = ("Tallowmere Energy Holdings, Inc.", "TALLOWMERE_2025_10K", "USD millions")
VEYRONA = ("Veyrona Pharmaceuticals, Inc.", "VEYRONA_2026Q2_10Q", "USD thousands")
PLACES = {"musd1": 1, "kusd0": 0, "kusd1": 1, "pct1": 1, "pp1": 1, "x2": 2, "usd2": 2, "int": 0, "days1": 1,
          "mw0": 0}


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
    if fmt == "int":
        return f"{sign}{a:,.0f}"
    if fmt == "mw0":
        return f"{sign}{a:,.0f} MW"
    if fmt == "days1":
        return f"{sign}{a:.1f} days"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


T, V = TALLOWMERE, VEYRONA
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Tallowmere Energy Holdings 10-K
    Spec(T, MG, "direct", "What is the FY2025 total operating revenues (in USD millions) for Tallowmere Energy "
         "Holdings? Give a response to the question by relying on the details shown in the consolidated statements "
         "of income.",
         {"rev": "is.rev_total.2025@IS"}, lambda v: v["rev"], "musd1",
         "Consolidated Statements of Income, 2025 column, total operating revenues: {rev} = {answer}."),
    Spec(T, MG, "direct", "What was Tallowmere's FY2025 capital expenditure amount in USD millions? Base the answer on "
         "the utility plant additions line of the cash flow statement.",
         {"capex": "cf.capex.2025@CF"}, lambda v: -v["capex"], "musd1",
         "Investing activities, utility plant additions and other capital expenditures, 2025: {capex}; the outflow "
         "is {answer}."),
    Spec(T, DR, "direct", "Per the asset retirement obligation roll-forward in the notes, what was Tallowmere's ARO "
         "balance at the end of 2025 (USD millions)?",
         {"end": "aro.end.2025@note_aro"}, lambda v: v["end"], "musd1",
         "Note 4, Asset Retirement Obligations, balance at end of year 2025: {end} = {answer}."),
    Spec(T, DR, "direct", "How much of Tallowmere's long-term debt principal is scheduled to mature in 2029, in USD "
         "millions?",
         {"m": "mat.2029@note_debt"}, lambda v: v["m"], "musd1",
         "Note 5, Scheduled Maturities of Long-Term Debt, 2029: {m} = {answer}."),
    Spec(T, NG, "operating", "According to the business description in its 2025 10-K, what all-time peak demand did "
         "Tallowmere's electric system reach in July 2025?",
         {"mw": "ops.peak_mw@business"}, lambda v: v["mw"], "mw0",
         "Item 1, Electric Utility: all-time peak demand of {mw} MW on July 22, 2025 = {answer}."),
    Spec(T, MG, "direct", "Tallowmere FY2023 diluted EPS?",
         {"eps": "is.eps_diluted.2023@IS"}, lambda v: v["eps"], "usd2",
         "Consolidated Statements of Income, diluted earnings per common share, 2023: {eps} = {answer}."),
    Spec(T, DR, "direct", "How large was the net loss of Tallowmere's Other segment (holding company and Tallowmere "
         "Energy Solutions) in fiscal 2024, in USD millions, according to the segment note?",
         {"ni": "seg.ni.other.2024@note_seg"}, lambda v: -v["ni"], "musd1",
         "Note 8, 2024 block, Other segment net income (loss): {ni}, i.e. a net loss of {answer}."),
    Spec(T, MG, "computed", "What is Tallowmere's FY2025 operating margin, defined as operating income divided by "
         "total operating revenues? Round to one decimal place.",
         {"oi": "is.op_income.2025@IS", "rev": "is.rev_total.2025@IS"}, lambda v: pct(v["oi"], v["rev"]), "pct1",
         "Operating income {oi} / total operating revenues {rev} = {answer}."),
    Spec(T, MG, "computed", "Based on the income statement, what was Tallowmere's effective income tax rate in FY2024 "
         "(income tax expense over income before income taxes)?",
         {"tax": "is.tax.2024@IS", "pretax": "is.pretax.2024@IS"}, lambda v: pct(v["tax"], v["pretax"]), "pct1",
         "Income tax expense {tax} / income before income taxes {pretax} = {answer}."),
    Spec(T, DR, "computed", "What percentage of Tallowmere's 2025 consolidated operating revenues was generated by the "
         "Electric Utility segment, per the segment information note?",
         {"e": "seg.rev.elec.2025@note_seg", "tot": "seg.rev.total.2025@note_seg"}, lambda v: pct(v["e"], v["tot"]),
         "pct1", "Electric Utility operating revenues {e} / total {tot} = {answer}."),
    Spec(T, NG, "operating", "What was Tallowmere's average 2025 electric revenue per residential customer, in "
         "dollars? Use residential operating revenues and average residential customers from the electric operating "
         "statistics.",
         {"rev": "ops.e_rev.res.2025@mda_elec", "cust": "ops.e_cust.res.2025@mda_elec"},
         lambda v: v["rev"] * 1000000 / v["cust"], "usd2",
         "Residential revenues ${rev} million / {cust} average residential customers = {answer} per customer."),
    Spec(T, NG, "operating", "Calculate Tallowmere's 2025 average retail electric revenue per MWh (total retail "
         "revenues divided by total retail sales). Answer in dollars per MWh, two decimals.",
         {"rev": "ops.e_rev.retail.2025@mda_elec", "gwh": "ops.e_gwh.retail.2025@mda_elec"},
         lambda v: v["rev"] * 1000000 / (v["gwh"] * 1000), "usd2",
         "Total retail revenues ${rev} million / ({gwh} GWh x 1,000 MWh per GWh) = {answer} per MWh."),
    Spec(T, NG, "operating", "By what percentage did residential natural gas throughput (MDth) change in 2025 compared "
         "with 2024?",
         {"r25": "ops.g_mdth.res.2025@mda_gas", "r24": "ops.g_mdth.res.2024@mda_gas"},
         lambda v: change(v["r25"], v["r24"]), "pct1",
         "Gas Utility Operating Statistics, residential throughput: ({r25} - {r24}) / {r24} = {answer}."),
    Spec(T, NG, "operating", "Using the heating degree days for the gas service territory cited in MD&A, how far "
         "above or below normal was the 2025 heating season, in percent?",
         {"hdd": "ops.g_hdd.2025@mda_gas", "norm": "ops.g_hdd_normal.2025@mda_gas"},
         lambda v: change(v["hdd"], v["norm"]), "pct1",
         "MD&A Gas Utility: {hdd} heating degree days vs a normal of {norm}; ({hdd} - {norm}) / {norm} = {answer} "
         "(above normal)."),
    Spec(T, DR, "computed", "In TEGCO's 2025 electric base rate case, what percentage of the requested annual revenue "
         "increase did the Vardenne Utilities Commission approve?",
         {"ok": "rc.approved@mda", "req": "rc.requested@mda"}, lambda v: pct(v["ok"], v["req"]), "pct1",
         "MD&A Regulatory Matters: approved ${ok} million / requested ${req} million = {answer}."),
    Spec(T, MG, "computed", "What is Tallowmere's current ratio as of December 31, 2025? Round to two decimals.",
         {"ca": "bs.ca_total.2025@BS", "cl": "bs.cl_total.2025@BS"}, lambda v: v["ca"] / v["cl"], "x2",
         "Total current assets {ca} / total current liabilities {cl} = {answer}."),
    Spec(T, MG, "combined", "What was Tallowmere's FY2025 dividend payout ratio, using common dividends paid from "
         "the cash flow statement divided by net income?",
         {"div": "cf.dividends.2025@CF", "ni": "is.net_income.2025@IS"}, lambda v: pct(-v["div"], v["ni"]), "pct1",
         "Dividends paid on common stock {div} / net income {ni} = {answer}."),
    Spec(T, DR, "combined", "Calculate Tallowmere's net debt at year-end 2025 as long-term debt (net) plus current "
         "maturities of long-term debt plus short-term borrowings, less cash and cash equivalents. USD millions.",
         {"ltd": "bs.ltd.2025@BS", "cur": "bs.debt_current.2025@BS", "stb": "bs.stb.2025@BS",
          "cash": "bs.cash.2025@BS"},
         lambda v: v["ltd"] + v["cur"] + v["stb"] - v["cash"], "musd1",
         "{ltd} + {cur} + {stb} - {cash} = {answer}."),
    Spec(T, DR, "combined", "How capital intensive was Tallowmere in FY2025? Express capital expenditures (cash flow "
         "statement) as a percentage of total operating revenues.",
         {"capex": "cf.capex.2025@CF", "rev": "is.rev_total.2025@IS"}, lambda v: pct(-v["capex"], v["rev"]), "pct1",
         "Capital expenditures {capex} / total operating revenues {rev} = {answer}."),
    Spec(T, MG, "combined", "What was Tallowmere's FY2025 return on average common equity, i.e. net income divided by "
         "the average of total common shareholders' equity at the end of 2024 and 2025?",
         {"ni": "is.net_income.2025@IS", "e25": "bs.equity.2025@BS", "e24": "bs.equity.2024@BS"},
         lambda v: pct(v["ni"], (v["e25"] + v["e24"]) / 2), "pct1",
         "Net income {ni} / average of {e25} and {e24} = {answer}."),
    Spec(T, DR, "computed", "What was Tallowmere's FY2025 interest coverage, measured as operating income divided by "
         "interest charges? Two decimals.",
         {"oi": "is.op_income.2025@IS", "int_": "is.interest.2025@IS"}, lambda v: v["oi"] / -v["int_"], "x2",
         "Operating income {oi} / interest charges {int_} = {answer}."),
    Spec(T, NG, "combined", "Combining the segment note with the gas operating statistics, what was the Gas Utility's "
         "2025 segment net income per average gas customer, in dollars?",
         {"ni": "seg.ni.gas.2025@note_seg", "cust": "ops.g_cust.total.2025@mda_gas"},
         lambda v: v["ni"] * 1000000 / v["cust"], "usd2",
         "Gas Utility segment net income ${ni} million / {cust} total average gas customers = {answer}."),
    Spec(T, DR, "computed", "Using the balance sheet, what were Tallowmere's total regulatory liabilities (current and "
         "noncurrent combined) at December 31, 2025, in USD millions?",
         {"cur": "bs.rl_current.2025@BS", "nc": "bs.rl_noncurrent.2025@BS"}, lambda v: v["cur"] + v["nc"], "musd1",
         "Regulatory liabilities, current {cur} + noncurrent {nc} = {answer}."),
    Spec(T, DR, "computed", "What was Tallowmere's FY2025 free cash flow, defined simply as net cash provided by "
         "operating activities minus utility plant additions (USD millions)?",
         {"cfo": "cf.cfo.2025@CF", "capex": "cf.capex.2025@CF"}, lambda v: v["cfo"] + v["capex"], "musd1",
         "Net cash provided by operating activities {cfo} less capital expenditures {capex} = {answer} (negative "
         "free cash flow)."),
    Spec(T, DR, "computed", "What share of Tallowmere's total capitalization at December 31, 2025 consisted of "
         "long-term debt (net)?",
         {"ltd": "bs.ltd.2025@BS", "cap": "bs.cap_total.2025@BS"}, lambda v: pct(v["ltd"], v["cap"]), "pct1",
         "Long-term debt, net {ltd} / total capitalization {cap} = {answer}."),
    # ------------------------------------------------------------------ Veyrona Pharmaceuticals 10-Q
    Spec(V, MG, "direct", "What was Veyrona Pharmaceuticals' net product revenue for the second quarter of 2026? "
         "Answer in USD thousands.",
         {"rev": "is.product.q2_26@IS"}, lambda v: v["rev"], "kusd0",
         "Statement of operations, three months ended June 30, 2026, product revenue, net: {rev} = {answer}."),
    Spec(V, MG, "direct", "Veyrona 1H26 R&D expense (USD thousands)?",
         {"rd": "is.rd.h1_26@IS"}, lambda v: v["rd"], "kusd0",
         "Research and development, six months ended June 30, 2026: {rd} = {answer}."),
    Spec(V, MG, "direct", "What diluted net income per share did Veyrona report for the six months ended June 30, "
         "2025?",
         {"eps": "is.eps_diluted.h1_25@IS"}, lambda v: v["eps"], "usd2",
         "Diluted net income per share, six months ended June 30, 2025: {eps} = {answer}."),
    Spec(V, MG, "direct", "How much cash and cash equivalents did Veyrona hold at June 30, 2026, per the condensed "
         "consolidated balance sheet (USD thousands)?",
         {"cash": "bs.cash.jun26@BS"}, lambda v: v["cash"], "kusd0",
         "Balance sheet, June 30, 2026, cash and cash equivalents: {cash} = {answer}."),
    Spec(V, DR, "direct", "Looking at the gross-to-net reserve activity table, what was the total reserve balance at "
         "June 30, 2026 across all categories?",
         {"end": "gtn.end.total.26@note_gtn"}, lambda v: v["end"], "kusd0",
         "Note 2 Gross-to-Net Reserve Activity, Total column, balance at June 30, 2026: {end} = {answer}."),
    Spec(V, DR, "direct", "What was the carrying value of Veyrona's finished goods inventory at the end of Q2 2026?",
         {"fg": "inv.fg.jun26@note_inv"}, lambda v: v["fg"], "kusd0",
         "Note 4, finished goods at June 30, 2026: {fg} = {answer}."),
    Spec(V, DR, "direct", "What was the net carrying amount of Veyrona's 1.500% convertible senior notes due 2030 as "
         "of June 30, 2026, in USD thousands?",
         {"net": "conv.net.jun26@note_conv"}, lambda v: v["net"], "kusd0",
         "Note 7, net carrying amount at June 30, 2026: {net} = {answer}."),
    Spec(V, NG, "operating", "How many sales representatives did Veyrona employ at June 30, 2026, according to MD&A?",
         {"reps": "mda.reps@mda"}, lambda v: v["reps"], "int",
         "MD&A Overview: {reps} sales representatives = {answer}."),
    Spec(V, MG, "computed", "What was Veyrona's gross margin on product sales in Q2 2026, computed as net product "
         "revenue less cost of product sales, divided by net product revenue?",
         {"rev": "is.product.q2_26@IS", "cogs": "is.cogs.q2_26@IS"}, lambda v: pct(v["rev"] - v["cogs"], v["rev"]),
         "pct1", "({rev} - {cogs}) / {rev} = {answer}."),
    Spec(V, MG, "computed", "What is Veyrona's operating margin for the first half of 2026 (income from operations / "
         "total revenues)?",
         {"oi": "is.op_income.h1_26@IS", "rev": "is.rev_total.h1_26@IS"}, lambda v: pct(v["oi"], v["rev"]), "pct1",
         "Income from operations {oi} / total revenues {rev} = {answer}."),
    Spec(V, NG, "computed", "What share of Veyrona's Q2 2026 net product revenue came from ORVENZA?",
         {"orv": "rev.orv.q2_26@note_rev", "tot": "is.product.q2_26@note_rev"}, lambda v: pct(v["orv"], v["tot"]),
         "pct1", "Note 2: ORVENZA {orv} / product revenue, net {tot} = {answer}."),
    Spec(V, NG, "computed", "By what percentage did Veyrona's royalty revenue grow in the six months ended June 30, "
         "2026 versus the same period of 2025?",
         {"r26": "collab.royalty.h1_26@note_rev", "r25": "collab.royalty.h1_25@note_rev"},
         lambda v: change(v["r26"], v["r25"]), "pct1",
         "Note 2, royalty revenue: ({r26} - {r25}) / {r25} = {answer}."),
    Spec(V, NG, "operating", "Based on the prescription data in MD&A, how much did ORVENZA total prescriptions grow "
         "in Q2 2026 year over year, in percent?",
         {"t26": "mda.trx_orv.q2_26@mda", "t25": "mda.trx_orv.q2_25@mda"}, lambda v: change(v["t26"], v["t25"]),
         "pct1", "ORVENZA TRx {t26} (Q2 2026) vs {t25} (Q2 2025): growth = {answer}."),
    Spec(V, DR, "computed", "By how much did Veyrona's reserve for government and commercial rebates increase during "
         "the first six months of 2026 (USD thousands)?",
         {"end": "gtn.end.reb.26@note_gtn", "begin": "gtn.begin.reb.26@note_gtn"},
         lambda v: v["end"] - v["begin"], "kusd0",
         "Rebates reserve: {end} at June 30, 2026 less {begin} at December 31, 2025 = {answer}."),
    Spec(V, MG, "computed", "What was Veyrona's current ratio at June 30, 2026? Two decimals.",
         {"ca": "bs.ca_total.jun26@BS", "cl": "bs.cl_total.jun26@BS"}, lambda v: v["ca"] / v["cl"], "x2",
         "Total current assets {ca} / total current liabilities {cl} = {answer}."),
    Spec(V, DR, "computed", "What net income did Veyrona earn in the first quarter of 2026? Derive it from the "
         "six-month and three-month columns of the statement of operations.",
         {"h1": "is.net_income.h1_26@IS", "q2": "is.net_income.q2_26@IS"}, lambda v: v["h1"] - v["q2"], "kusd0",
         "Six-month net income {h1} less second-quarter net income {q2} = {answer}."),
    Spec(V, DR, "combined", "Estimate Veyrona's days sales outstanding at June 30, 2026 using accounts receivable, "
         "net and Q2 2026 net product revenue over a 91-day quarter.",
         {"ar": "bs.ar.jun26@BS", "rev": "is.product.q2_26@IS"}, lambda v: v["ar"] / v["rev"] * 91, "days1",
         "Accounts receivable {ar} / Q2 net product revenue {rev} x 91 days = {answer}."),
    Spec(V, DR, "combined", "Compute Veyrona's net cash position at June 30, 2026: cash and cash equivalents plus "
         "current and non-current marketable securities, minus the principal amount of the 2030 convertible notes. "
         "USD thousands.",
         {"cash": "bs.cash.jun26@BS", "st": "bs.st_sec.jun26@BS", "lt": "bs.lt_sec.jun26@BS",
          "notes": "conv.principal.jun26@note_conv"},
         lambda v: v["cash"] + v["st"] + v["lt"] - v["notes"], "kusd0",
         "{cash} + {st} + {lt} - principal {notes} = {answer}."),
    Spec(V, MG, "computed", "What was SG&A as a percentage of total revenues for Veyrona in 1H 2026?",
         {"sga": "is.sga.h1_26@IS", "rev": "is.rev_total.h1_26@IS"}, lambda v: pct(v["sga"], v["rev"]), "pct1",
         "Selling, general and administrative {sga} / total revenues {rev} = {answer}."),
    Spec(V, DR, "combined", "What was Veyrona's free cash flow for the six months ended June 30, 2026, taken as net "
         "cash provided by operating activities less purchases of property and equipment (USD thousands)?",
         {"cfo": "cf.cfo.h1_26@CF", "capex": "cf.capex.h1_26@CF"}, lambda v: v["cfo"] + v["capex"], "kusd0",
         "{cfo} less purchases of property and equipment {capex} = {answer}."),
    Spec(V, DR, "computed", "What was the average of Veyrona's total inventories (current and non-current, before the "
         "non-current reclassification) at December 31, 2025 and June 30, 2026? USD thousands, one decimal.",
         {"j": "inv.total.jun26@note_inv", "d": "inv.total.dec25@note_inv"}, lambda v: (v["j"] + v["d"]) / 2,
         "kusd1", "Note 4 total inventories: ({j} + {d}) / 2 = {answer}."),
    Spec(V, MG, "computed", "Veyrona R&D intensity for Q2 2026: R&D expense as a percentage of total revenues?",
         {"rd": "is.rd.q2_26@IS", "rev": "is.rev_total.q2_26@IS"}, lambda v: pct(v["rd"], v["rev"]), "pct1",
         "Research and development {rd} / total revenues {rev} = {answer}."),
    Spec(V, NG, "computed", "What percentage of Veyrona's second-quarter 2026 stock-based compensation expense was "
         "recorded in research and development?",
         {"rd": "sbc.rd.q2_26@note_sbc", "tot": "sbc.total.q2_26@note_sbc"}, lambda v: pct(v["rd"], v["tot"]),
         "pct1", "Note 8: research and development {rd} / total stock-based compensation {tot} = {answer}."),
    Spec(V, DR, "combined", "If all of the 2030 Notes outstanding at June 30, 2026 were converted at the stated "
         "conversion rate, how many shares of common stock (in thousands) would Veyrona issue?",
         {"p": "conv.principal.jun26@note_conv", "rate": "conv.rate@note_conv"},
         lambda v: v["p"] / 1000 * v["rate"], "int",
         "Principal {p} thousand dollars = {p} units of $1,000; {p} x {rate} shares per $1,000 = {answer} thousand "
         "shares."),
    Spec(V, NG, "computed", "Using the issuer purchases table in Part II, what was the weighted-average price Veyrona "
         "paid per share for all shares repurchased in the second quarter of 2026?",
         {"s1": "rep.shares.apr@p2_repo", "p1": "rep.price.apr@p2_repo", "s2": "rep.shares.may@p2_repo",
          "p2": "rep.price.may@p2_repo", "s3": "rep.shares.jun@p2_repo", "p3": "rep.price.jun@p2_repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / (v["s1"] + v["s2"] + v["s3"]),
         "usd2", "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / ({s1} + {s2} + {s3}) shares = {answer}."),
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
            "financebench_id": f"blind23_{n:03d}",
            "company": company,
            "doc_name": doc_name,
            "question_type": spec.qtype,
            "question": spec.question,
            "answer": answer,
            "justification": spec.justification.format(answer=answer, **shown),
            "evidence_pages": sorted({fig.page for fig in located.values()}),
        })
    return records
