"""The 50 analyst questions: figures used (data key @ section where the solution reads it), calculation, format.

Answers are computed from the data, never typed by hand; check_set.py recomputes them from the printed figures too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pdf_layout import Figure

Calc = Callable[[dict[str, Decimal]], Decimal]
QUILLMERE = ("Quillmere Energy Group, Inc.", "QUILLMERE_2025_10K", "USD millions")
CARROWIND = ("Carrowind Specialty Holdings, Inc.", "CARROWIND_2026Q3_10Q", "USD thousands")
PLACES = {"musd1": 1, "kusd0": 0, "pct1": 1, "pp1": 1, "x2": 2, "usd2": 2, "int": 0, "cents2": 2}
ID_PREFIX = "blind25"


@dataclass
class Spec:
    doc: tuple[str, str, str]
    qtype: str
    category: str  # direct | computed | combined | operating | prose (for the mix report only)
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
    if fmt == "pp1":
        return f"{sign}{a:.1f} percentage points"
    if fmt == "x2":
        return f"{sign}{a:.2f}"
    if fmt == "usd2":
        return f"{sign}${a:,.2f}"
    if fmt == "int":
        return f"{sign}{a:,.0f}"
    if fmt == "cents2":
        return f"{sign}{a:.2f} cents"
    raise ValueError(fmt)


def pct(a: Decimal, b: Decimal) -> Decimal:
    return a / b * 100


def change(new: Decimal, old: Decimal) -> Decimal:
    return (new - old) / old * 100


Q, C = QUILLMERE, CARROWIND
MG, DR, NG = "metrics-generated", "domain-relevant", "novel-generated"

SPECS: list[Spec] = [
    # ------------------------------------------------------------------ Quillmere Energy Group 10-K (FY2025)
    Spec(Q, MG, "direct", "What were Quillmere Energy Group's total operating revenues for FY2025, as reported on the "
         "consolidated statements of income? Answer in USD millions.",
         {"rev": "is.rev.2025@IS"}, lambda v: v["rev"], "musd1",
         "Consolidated Statements of Income, year ended December 31, 2025, total operating revenues: {rev} = "
         "{answer}."),
    Spec(Q, MG, "direct", "How much operating revenue did Quillmere's gas business bring in during fiscal 2023 "
         "according to the income statement (USD millions)?",
         {"gas": "is.rev_gas.2023@IS"}, lambda v: v["gas"], "musd1",
         "Consolidated Statements of Income, operating revenues, Gas, 2023 column: {gas} = {answer}."),
    Spec(Q, DR, "direct", "What was Quillmere's total year-end rate base across all of its jurisdictions at December "
         "31, 2025? USD millions.",
         {"rb": "rb.total.2025@mda_ratebase"}, lambda v: v["rb"], "musd1",
         "Item 7, Year-End Rate Base by Jurisdiction, total rate base, December 31, 2025: {rb} = {answer}."),
    Spec(Q, DR, "direct", "According to the asset retirement obligation activity table, what ARO balance did "
         "Quillmere carry at the end of 2025 (USD millions)?",
         {"aro": "aro.end.2025@note_aro"}, lambda v: v["aro"], "musd1",
         "Note 4, Asset Retirement Obligation Activity, balance at end of year 2025: {aro} = {answer}."),
    Spec(Q, NG, "direct", "How many GWh of electricity did Quillmere sell to residential customers in 2024?",
         {"gwh": "gwh.res.2024@mda_elec"}, lambda v: v["gwh"], "int",
         "Item 7, Electric Utility Operating Statistics, retail sales (GWh), Residential, 2024: {gwh} = {answer} "
         "GWh."),
    Spec(Q, NG, "prose", "In its October 2025 order in Quillmere Electric's Vessary base rate case, what annual base "
         "rate increase did the VUC approve? USD millions.",
         {"inc": "rate.increase@business"}, lambda v: v["inc"], "musd1",
         "Item 1, Electric Utility: the VUC order approved an annual base rate increase of ${inc} million = "
         "{answer}."),
    Spec(Q, MG, "computed", "What was Quillmere's operating margin in FY2025, i.e. operating income as a percentage of "
         "total operating revenues?",
         {"oi": "is.op_income.2025@IS", "rev": "is.rev.2025@IS"}, lambda v: pct(v["oi"], v["rev"]), "pct1",
         "Operating income {oi} / total operating revenues {rev} = {answer}."),
    Spec(Q, MG, "computed", "Using the income statement, what effective income tax rate did Quillmere record in 2024?",
         {"tax": "is.tax.2024@IS", "pretax": "is.pretax.2024@IS"}, lambda v: pct(v["tax"], v["pretax"]), "pct1",
         "Income tax expense {tax} / income before income taxes {pretax} = {answer}."),
    Spec(Q, MG, "computed", "By what percentage did Quillmere's electric operating revenues grow in FY2025 compared "
         "with FY2024?",
         {"e25": "is.rev_electric.2025@IS", "e24": "is.rev_electric.2024@IS"},
         lambda v: change(v["e25"], v["e24"]), "pct1",
         "Electric operating revenues: ({e25} - {e24}) / {e24} = {answer}."),
    Spec(Q, NG, "operating", "What average revenue per kWh did Quillmere Electric earn from commercial customers in "
         "2025? Express it in cents per kWh to two decimals, using commercial revenues and commercial retail sales "
         "from the electric operating statistics.",
         {"rev": "erev.com.2025@mda_elec", "gwh": "gwh.com.2025@mda_elec"},
         lambda v: v["rev"] / v["gwh"] * 100, "cents2",
         "Commercial revenues ${rev} million / {gwh} GWh = ${rev} million / ({gwh} million kWh) = {answer} per kWh."),
    Spec(Q, NG, "operating", "How much colder than normal was 2025 in Quillmere's service area? Give the percentage by "
         "which actual heating degree days exceeded normal heating degree days.",
         {"act": "hdd.actual.2025@mda_weather", "norm": "hdd.normal.2025@mda_weather"},
         lambda v: change(v["act"], v["norm"]), "pct1",
         "Degree Days table, 2025: ({act} actual - {norm} normal) / {norm} = {answer}."),
    Spec(Q, DR, "computed", "Looking at the long-term debt table, three debt series had no balance at December 31, "
         "2024 but were outstanding at December 31, 2025. What is their combined principal amount? USD millions.",
         {"a": "debt.e55.2025@note_debt", "b": "debt.g35.2025@note_debt", "c": "debt.h29.2025@note_debt"},
         lambda v: v["a"] + v["b"] + v["c"], "musd1",
         "Note 5: 5.25% first mortgage bonds due 2055 {a} + 5.10% senior notes due 2035 {b} + 5.05% senior notes "
         "due 2029 {c} = {answer}."),
    Spec(Q, DR, "combined", "Calculate Quillmere's debt-to-capital ratio at December 31, 2025, where total debt = "
         "commercial paper + current maturities of long-term debt + long-term debt, net, and debt-to-capital = total "
         "debt / (total debt + total common shareholders' equity).",
         {"cp": "bs.cp.2025@BS", "cur": "bs.debt_current.2025@BS", "ltd": "bs.ltd.2025@BS",
          "eq": "bs.equity.2025@BS"},
         lambda v: pct(v["cp"] + v["cur"] + v["ltd"], v["cp"] + v["cur"] + v["ltd"] + v["eq"]), "pct1",
         "Consolidated Balance Sheets (continued), December 31, 2025: ({cp} + {cur} + {ltd}) / ({cp} + {cur} + "
         "{ltd} + {eq}) = {answer}."),
    Spec(Q, DR, "computed", "How depreciated was Quillmere's electric distribution plant at the end of 2025? Compute "
         "accumulated depreciation as a percentage of the original cost of electric distribution plant in service.",
         {"acc": "plant.accum.dist.2025@note_plant", "cost": "plant.gross.dist.2025@note_plant"},
         lambda v: pct(v["acc"], v["cost"]), "pct1",
         "Note 3, Utility Plant in Service by Function, December 31, 2025, Electric - distribution: accumulated "
         "depreciation {acc} / cost {cost} = {answer}."),
    Spec(Q, DR, "computed", "What was the funded ratio of Quillmere's qualified pension plan at December 31, 2025 "
         "(fair value of plan assets divided by the projected benefit obligation)?",
         {"fv": "pen.fv_end.2025@note_pension", "pbo": "pen.pbo_end.2025@note_pension"},
         lambda v: pct(v["fv"], v["pbo"]), "pct1",
         "Note 6: fair value of plan assets at end of year {fv} / projected benefit obligation at end of year {pbo} "
         "= {answer}."),
    Spec(Q, MG, "computed", "How much did Quillmere's non-GAAP operating earnings per diluted share grow in FY2025 "
         "versus FY2024?",
         {"e25": "op.eps.2025@mda_opearn", "e24": "op.eps.2024@mda_opearn"}, lambda v: change(v["e25"], v["e24"]),
         "pct1",
         "Reconciliation of Net Income to Operating Earnings: operating EPS (${e25} - ${e24}) / ${e24} = {answer}."),
    Spec(Q, NG, "prose", "If Quillmere lands at the midpoint of its 2026 operating earnings guidance range, what "
         "growth would that represent over its 2025 operating earnings per diluted share?",
         {"lo": "mda.guide_low@mda", "hi": "mda.guide_high@mda", "eps": "op.eps.2025@mda"},
         lambda v: change((v["lo"] + v["hi"]) / 2, v["eps"]), "pct1",
         "Item 7 overview: guidance ${lo} to ${hi}, midpoint (${lo} + ${hi}) / 2; growth over 2025 operating EPS of "
         "${eps} = {answer}."),
    Spec(Q, NG, "computed", "What capital spending does Quillmere plan for 2027 on electric distribution and grid "
         "modernization and electric transmission combined? USD millions.",
         {"d": "capex.dist.2027@mda_capex", "t": "capex.trans.2027@mda_capex"}, lambda v: v["d"] + v["t"], "musd1",
         "Capital Expenditure Program, 2027 forecast: electric distribution and grid modernization {d} + electric "
         "transmission {t} = {answer}."),
    Spec(Q, DR, "computed", "What percentage of Quillmere's total committed credit facility capacity was still "
         "available at December 31, 2025?",
         {"avail": "fac.avail.total@mda_liq", "cap": "fac.cap.total@mda_liq"}, lambda v: pct(v["avail"], v["cap"]),
         "pct1",
         "Credit Facilities and Commercial Paper table, total: available capacity {avail} / facility size {cap} = "
         "{answer}."),
    Spec(Q, MG, "computed", "What was Quillmere's FY2025 dividend payout ratio, measured as dividends declared per "
         "share divided by diluted EPS?",
         {"dps": "is.dps.2025@IS", "eps": "is.eps_diluted.2025@IS"}, lambda v: pct(v["dps"], v["eps"]), "pct1",
         "Dividends declared per common share ${dps} / diluted EPS ${eps} = {answer}."),
    Spec(Q, DR, "combined", "What was Quillmere's free cash flow in 2025, defined as net cash provided by operating "
         "activities minus both utility and non-utility capital expenditures? USD millions.",
         {"cfo": "cf.cfo.2025@CF", "u": "cf.capex.2025@CF", "n": "cf.nonutil_capex.2025@CF"},
         lambda v: v["cfo"] + v["u"] + v["n"], "musd1",
         "Consolidated Statements of Cash Flows, 2025: {cfo} + ({u}) + ({n}) = {answer} (negative free cash flow)."),
    Spec(Q, NG, "computed", "From the segment note, what was the Electric Utility segment's operating margin (segment "
         "operating income divided by segment operating revenues) in 2023?",
         {"oi": "seg.oi.electric.2023@note_seg", "rev": "seg.rev.electric.2023@note_seg"},
         lambda v: pct(v["oi"], v["rev"]), "pct1",
         "Note 9, Segment Financial Information (continued), year ended December 31, 2023, Electric Utility: "
         "operating income {oi} / operating revenues {rev} = {answer}."),
    Spec(Q, NG, "operating", "By what percentage did Quillmere Gas's total average number of customers increase in "
         "2025 compared with 2024?",
         {"c25": "gcust.total.2025@mda_gas", "c24": "gcust.total.2024@mda_gas"},
         lambda v: change(v["c25"], v["c24"]), "pct1",
         "Gas Utility Operating Statistics (continued), total average gas customers: ({c25} - {c24}) / {c24} = "
         "{answer}."),
    Spec(Q, NG, "operating", "What share of Quillmere Gas's total 2025 throughput was transportation volume?",
         {"t": "bcf.trn.2025@mda_gas", "tot": "bcf.total.2025@mda_gas"}, lambda v: pct(v["t"], v["tot"]), "pct1",
         "Gas Utility Operating Statistics, throughput (Bcf), 2025: transportation {t} / total throughput {tot} = "
         "{answer}."),
    Spec(Q, MG, "combined", "What return on average common equity did Quillmere earn in FY2025? Use net income and the "
         "average of total common shareholders' equity at the 2024 and 2025 year ends.",
         {"ni": "is.ni.2025@IS", "e25": "bs.equity.2025@BS", "e24": "bs.equity.2024@BS"},
         lambda v: pct(v["ni"], (v["e25"] + v["e24"]) / 2), "pct1",
         "Net income {ni} / average of total common shareholders' equity {e25} and {e24} = {answer}."),
    # ------------------------------------------------------------------ Carrowind Specialty Holdings 10-Q (Q3 2026)
    Spec(C, MG, "direct", "What were Carrowind Specialty Holdings' total gross premiums written in the third quarter "
         "of 2026? USD thousands.",
         {"gpw": "prem.gpw.total.q3_26@mda_prem"}, lambda v: v["gpw"], "kusd0",
         "Item 2, Premiums by Line of Business, three months ended September 30, 2026, total gross premiums "
         "written: {gpw} = {answer}."),
    Spec(C, MG, "computed", "How much did Carrowind's net investment income grow in the nine months ended September "
         "30, 2026 compared with the same period of 2025?",
         {"n26": "is.nii.m9_26@IS", "n25": "is.nii.m9_25@IS"}, lambda v: change(v["n26"], v["n25"]), "pct1",
         "Statements of Income, net investment income, nine months: ({n26} - {n25}) / {n25} = {answer}."),
    Spec(C, DR, "direct", "Per the reserve roll-forward, what were Carrowind's net reserves for losses and LAE at "
         "September 30, 2026 (USD thousands)?",
         {"net": "res.net_end.m9_26@note_res"}, lambda v: v["net"], "kusd0",
         "Note 4, Reserve Roll-Forward, nine months ended September 30, 2026, net reserves at end of period: {net} = "
         "{answer}."),
    Spec(C, MG, "computed", "By what percentage did Carrowind's diluted EPS increase in Q3 2026 versus Q3 2025?",
         {"e26": "is.eps_diluted.q3_26@IS", "e25": "is.eps_diluted.q3_25@IS"}, lambda v: change(v["e26"], v["e25"]),
         "pct1",
         "Diluted earnings per share, three months: (${e26} - ${e25}) / ${e25} = {answer}."),
    Spec(C, MG, "direct", "What was the fair value of the equity securities on Carrowind's balance sheet at September "
         "30, 2026? USD thousands.",
         {"eq": "bs.eq_sec.sep26@BS"}, lambda v: v["eq"], "kusd0",
         "Condensed Consolidated Balance Sheets, September 30, 2026, equity securities, at fair value: {eq} = "
         "{answer}."),
    Spec(C, NG, "prose", "How much in catastrophe losses did Carrowind absorb in the third quarter of 2026? USD "
         "thousands.",
         {"cat": "mda.cat.q3_26@mda"}, lambda v: v["cat"], "kusd0",
         "Item 2, Overview: the combined ratio included ${cat} thousand of catastrophe losses = {answer}."),
    Spec(C, MG, "computed", "Using the income statement, compute Carrowind's combined ratio for the nine months ended "
         "September 30, 2025, where combined ratio = loss and LAE ratio + expense ratio, loss and LAE ratio = losses "
         "and LAE / net premiums earned, and expense ratio = (policy acquisition costs + other underwriting expenses) "
         "/ net premiums earned.",
         {"loss": "is.losses.m9_25@IS", "acq": "is.acq.m9_25@IS", "oth": "is.other_uw.m9_25@IS",
          "npe": "is.npe.m9_25@IS"},
         lambda v: pct(v["loss"] + v["acq"] + v["oth"], v["npe"]), "pct1",
         "({loss} + {acq} + {oth}) / {npe} = {answer}."),
    Spec(C, DR, "prose", "Strip catastrophe losses and prior-year reserve development out of Carrowind's Q3 2026 "
         "results: what was the current accident year combined ratio excluding catastrophes, i.e. (losses and LAE - "
         "catastrophe losses + favorable prior-year development + policy acquisition costs + other underwriting "
         "expenses) / net premiums earned?",
         {"loss": "is.losses.q3_26@IS", "cat": "mda.cat.q3_26@mda", "pyd": "mda.pyd.q3_26@mda",
          "acq": "is.acq.q3_26@IS", "oth": "is.other_uw.q3_26@IS", "npe": "is.npe.q3_26@IS"},
         lambda v: pct(v["loss"] - v["cat"] + v["pyd"] + v["acq"] + v["oth"], v["npe"]), "pct1",
         "({loss} - {cat} + {pyd} + {acq} + {oth}) / {npe} = {answer}; catastrophe losses and favorable development "
         "are stated in the Item 2 overview."),
    Spec(C, DR, "computed", "By how many percentage points did Carrowind's combined ratio improve in the first nine "
         "months of 2026 compared with the first nine months of 2025?",
         {"c26": "uw.combined.m9_26@mda_uw", "c25": "uw.combined.m9_25@mda_uw"}, lambda v: v["c25"] - v["c26"], "pp1",
         "Consolidated Underwriting Results, combined ratio, nine months: {c25} (2025) - {c26} (2026) = {answer}."),
    Spec(C, NG, "computed", "What was the year-over-year growth in gross premiums written for Carrowind's excess and "
         "surplus casualty line in the third quarter of 2026?",
         {"g26": "prem.gpw.cas.q3_26@mda_prem", "g25": "prem.gpw.cas.q3_25@mda_prem"},
         lambda v: change(v["g26"], v["g25"]), "pct1",
         "Premiums by Line of Business, gross premiums written, excess and surplus casualty, three months: ({g26} - "
         "{g25}) / {g25} = {answer}."),
    Spec(C, DR, "computed", "What retention ratio (net premiums written / gross premiums written) did Carrowind's "
         "specialty property line run in the first nine months of 2026?",
         {"npw": "prem.npw.prop.m9_26@mda_prem", "gpw": "prem.gpw.prop.m9_26@mda_prem"},
         lambda v: pct(v["npw"], v["gpw"]), "pct1",
         "Premiums by Line of Business, nine months 2026, specialty property: net premiums written {npw} / gross "
         "premiums written {gpw} = {answer}."),
    Spec(C, DR, "combined", "What was Carrowind's current accident year loss and LAE ratio for the nine months ended "
         "September 30, 2026 (current accident year incurred losses divided by net premiums earned)?",
         {"cy": "res.cy.m9_26@note_res", "npe": "is.npe.m9_26@IS"}, lambda v: pct(v["cy"], v["npe"]), "pct1",
         "Note 4, incurred losses and LAE related to the current accident year {cy} / net premiums earned {npe} = "
         "{answer}."),
    Spec(C, DR, "combined", "How many points of net premiums earned did favorable prior-year reserve development "
         "contribute to Carrowind's loss ratio in the first nine months of 2026?",
         {"py": "res.py.m9_26@note_res", "npe": "is.npe.m9_26@IS"}, lambda v: pct(-v["py"], v["npe"]), "pp1",
         "Note 4, incurred losses related to prior accident years {py} (favorable) / net premiums earned {npe} = "
         "{answer}."),
    Spec(C, DR, "computed", "In the nine months ended September 30, 2026, what were Carrowind's total paid losses and "
         "LAE as a percentage of total incurred losses and LAE?",
         {"paid": "res.paid.m9_26@note_res", "inc": "res.incurred.m9_26@note_res"},
         lambda v: pct(-v["paid"], v["inc"]), "pct1",
         "Note 4: total paid losses and LAE {paid} / total incurred losses and LAE {inc} = {answer}."),
    Spec(C, NG, "computed", "At December 31, 2025, by how much did the amortized cost of Carrowind's fixed maturity "
         "portfolio exceed its fair value? USD thousands.",
         {"ac": "fm.ac.total.dec25@note_inv", "fv": "fm.fv.total.dec25@note_inv"}, lambda v: v["ac"] - v["fv"],
         "kusd0",
         "Note 2, Fixed Maturity Securities Available for Sale (continued), December 31, 2025 total: amortized cost "
         "{ac} - fair value {fv} = {answer}."),
    Spec(C, NG, "computed", "What share of Carrowind's fixed maturity portfolio, measured at fair value, was invested "
         "in state and municipal bonds at September 30, 2026?",
         {"muni": "fm.fv.muni.sep26@note_inv", "tot": "fm.fv.total.sep26@note_inv"}, lambda v: pct(v["muni"], v["tot"]),
         "pct1",
         "Note 2, September 30, 2026: states, municipalities and political subdivisions fair value {muni} / total "
         "fixed maturity securities fair value {tot} = {answer}."),
    Spec(C, DR, "computed", "In Q3 2026, what percentage of Carrowind's gross investment income came from fixed "
         "maturity securities?",
         {"fm": "nii.fm.q3_26@note_inv", "gross": "nii.gross.q3_26@note_inv"}, lambda v: pct(v["fm"], v["gross"]),
         "pct1",
         "Note 2, Net Investment Income, three months ended September 30, 2026: fixed maturity securities {fm} / "
         "gross investment income {gross} = {answer}."),
    Spec(C, NG, "combined", "What was the growth in Carrowind's book value per share from December 31, 2025 to "
         "September 30, 2026 including dividends, i.e. (ending BVPS - beginning BVPS + dividends declared per share "
         "in the nine months) / beginning BVPS?",
         {"b1": "bvps.sep26@mda_cap", "b0": "bvps.dec25@mda_cap", "dps": "is.dps.m9_26@IS"},
         lambda v: change(v["b1"] + v["dps"], v["b0"]), "pct1",
         "Capital Position: (${b1} - ${b0} + ${dps} nine-month dividends per share) / ${b0} = {answer}."),
    Spec(C, NG, "computed", "Based on the monthly share counts and average prices in the Part II issuer purchases "
         "table, how much did Carrowind spend buying back stock in Q3 2026? USD thousands.",
         {"s1": "rep.shares.jul@p2_repo", "p1": "rep.price.jul@p2_repo", "s2": "rep.shares.aug@p2_repo",
          "p2": "rep.price.aug@p2_repo", "s3": "rep.shares.sep@p2_repo", "p3": "rep.price.sep@p2_repo"},
         lambda v: (v["s1"] * v["p1"] + v["s2"] * v["p2"] + v["s3"] * v["p3"]) / 1000, "kusd0",
         "({s1} x ${p1} + {s2} x ${p2} + {s3} x ${p3}) / 1,000 = {answer}."),
    Spec(C, DR, "combined", "Calculate Carrowind's debt-to-capital ratio at September 30, 2026, defined as debt / "
         "(debt + total shareholders' equity), using the balance sheet.",
         {"debt": "bs.debt.sep26@BS", "eq": "bs.equity.sep26@BS"}, lambda v: pct(v["debt"], v["debt"] + v["eq"]),
         "pct1",
         "Debt {debt} / ({debt} + total shareholders' equity {eq}) = {answer}."),
    Spec(C, MG, "computed", "What effective tax rate did Carrowind record for the nine months ended September 30, "
         "2025?",
         {"tax": "is.tax.m9_25@IS", "pretax": "is.pretax.m9_25@IS"}, lambda v: pct(v["tax"], v["pretax"]), "pct1",
         "Income tax expense {tax} / income before income taxes {pretax} = {answer}."),
    Spec(C, DR, "combined", "What annualized return on average equity did Carrowind generate in Q3 2026? Annualize "
         "third-quarter net income (x4) and divide by the average of total shareholders' equity at June 30, 2026 and "
         "September 30, 2026 from the statement of changes in shareholders' equity.",
         {"ni": "is.ni.q3_26@IS", "e0": "eq.total.jun26@EQ", "e1": "eq.total.sep26@EQ"},
         lambda v: pct(v["ni"] * 4, (v["e0"] + v["e1"]) / 2), "pct1",
         "({ni} x 4) / (({e0} + {e1}) / 2) = {answer}."),
    Spec(C, MG, "computed", "Back out Carrowind's net premiums earned for the first half of 2026 from the nine-month "
         "and third-quarter columns of the income statement. USD thousands.",
         {"m9": "is.npe.m9_26@IS", "q3": "is.npe.q3_26@IS"}, lambda v: v["m9"] - v["q3"], "kusd0",
         "Nine-month net premiums earned {m9} less third-quarter {q3} = {answer}."),
    Spec(C, NG, "prose", "What was the combined statutory surplus of Carrowind's insurance subsidiaries at September "
         "30, 2026? USD thousands.",
         {"s": "mda.surplus@mda_liq"}, lambda v: v["s"], "kusd0",
         "Item 2, Liquidity and Capital Resources: combined statutory surplus of ${s} thousand = {answer}."),
    Spec(C, MG, "computed", "What share of Carrowind's net premiums written in the first nine months of 2026 came from "
         "the professional liability line?",
         {"pro": "prem.npw.pro.m9_26@mda_prem", "tot": "prem.npw.total.m9_26@mda_prem"},
         lambda v: pct(v["pro"], v["tot"]), "pct1",
         "Premiums by Line of Business, nine months 2026: professional liability net premiums written {pro} / total "
         "net premiums written {tot} = {answer}."),
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
