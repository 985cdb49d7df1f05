"""The 50 analyst questions.

Each question names the printed figures it uses by registry key (see pdfkit.FilingPDF.record),
a calculation over those figures and an answer format.  The answer and the evidence pages are
derived from the rendered filings, so they cannot drift from what is printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CHEM = "VELMORA_2026Q3_10Q"
REIT = "ORRENDALE_2025_10K"
COMPANY = {CHEM: "Velmora Chemical Holdings, Inc.", REIT: "Orrendale Hospitality Trust, Inc."}

MG = "metrics-generated"
DR = "domain-relevant"


@dataclass
class Q:
    doc: str
    qtype: str
    text: str
    refs: list  # (registry key, description)
    calc: Callable[..., float]
    fmt: str
    how: str  # formula in words for the justification


def q(doc, qtype, text, refs, calc, fmt, how=""):
    return Q(doc, qtype, text, refs, calc, fmt, how)


def ident(a):
    return a


def pos(a):
    return abs(a)


def ratio_pct(a, b):
    return a / b * 100


QUESTIONS: list[Q] = [
    # ------------------------------------------------------------ Velmora 10-Q
    q(CHEM, MG, "What was Velmora Chemical Holdings' net cash provided by operating activities for the nine months "
      "ended September 30, 2026?",
      [("cf|cfo|n26", "Net cash provided by operating activities, nine months 2026 (cash flow statement)")],
      ident, "usd_k"),
    q(CHEM, MG, "What amount of total current liabilities did Velmora report on its condensed consolidated balance "
      "sheet as of December 31, 2025?",
      [("bs|tcl|d25", "Total current liabilities, December 31, 2025 (balance sheet)")], ident, "usd_k"),
    q(CHEM, MG, "In the statement of operations, what were Velmora's net sales for the three months ended "
      "September 30, 2025, i.e. the prior-year quarter?",
      [("is|net_sales|q25", "Net sales, three months ended September 30, 2025")], ident, "usd_k"),
    q(CHEM, DR, "According to the segment information note, how much Segment Adjusted EBITDA did the Specialty "
      "Additives segment generate in the first nine months of 2026?",
      [("seg|sa|n26", "Specialty Additives Segment Adjusted EBITDA, nine months 2026 (segment note)")],
      ident, "usd_k"),
    q(CHEM, MG, "What diluted earnings per share attributable to Velmora common stockholders were reported for the "
      "nine months ended September 30, 2025?",
      [("is|eps_d|n25", "Diluted EPS, nine months ended September 30, 2025")], ident, "ps"),
    q(CHEM, MG, "Per the inventories note, what was the carrying amount of finished goods at September 30, 2026?",
      [("inv|fg|s26", "Finished goods, September 30, 2026 (inventories note)")], ident, "usd_k"),
    q(CHEM, DR, "What was the total remaining restructuring reserve (all categories) at the end of the third "
      "quarter of 2026?",
      [("rs|close|tot", "Restructuring reserve balance at September 30, 2026, total column")], ident, "usd_k"),
    q(CHEM, DR, "How much principal was outstanding on Velmora's 5.250% Senior Notes due 2031 as of September 30, "
      "2026?",
      [("debt|n31|s26", "5.250% Senior Notes due 2031, September 30, 2026 (debt note)")], ident, "usd_k"),
    q(CHEM, DR, "How many shares of its common stock did Velmora buy back in total during Q3 2026?",
      [("rep|total|n", "Total number of shares purchased, July\u2013September 2026 (Part II, Item 2)")],
      ident, "shares"),
    q(CHEM, DR, "What was Velmora's YTD capex through the end of Q3 2026?",
      [("cf|capex|n26", "Capital expenditures, nine months 2026 (cash flow statement)")], pos, "usd_k"),
    q(CHEM, MG, "What was Velmora's gross margin (gross profit as a percentage of net sales) for the nine months "
      "ended September 30, 2026?",
      [("is|gp|n26", "Gross profit, nine months 2026"), ("is|net_sales|n26", "Net sales, nine months 2026")],
      ratio_pct, "pct1", "gross profit / net sales"),
    q(CHEM, MG, "Calculate Velmora's operating margin for the third quarter of 2025 (operating income divided by "
      "net sales).",
      [("is|oi|q25", "Operating income, three months 2025"), ("is|net_sales|q25", "Net sales, three months 2025")],
      ratio_pct, "pct1", "operating income / net sales"),
    q(CHEM, MG, "What was Velmora's current ratio at September 30, 2026?",
      [("bs|tca|s26", "Total current assets, September 30, 2026"),
       ("bs|tcl|s26", "Total current liabilities, September 30, 2026")],
      lambda a, b: a / b, "x2", "total current assets / total current liabilities"),
    q(CHEM, DR, "By what percentage did Engineered Polymers net sales change in the first nine months of 2026 "
      "compared with the first nine months of 2025?",
      [("rev_seg|ep|n26", "Engineered Polymers net sales, nine months 2026 (revenue note)"),
       ("rev_seg|ep|n25", "Engineered Polymers net sales, nine months 2025 (revenue note)")],
      lambda a, b: (a / b - 1) * 100, "pct1", "(2026 / 2025 \u2212 1)"),
    q(CHEM, DR, "What share of Velmora's consolidated net sales for the quarter ended September 30, 2026 came from "
      "the Performance Coatings segment?",
      [("rev_seg|pc|q26", "Performance Coatings net sales, three months 2026"),
       ("rev_seg|total|q26", "Total net sales, three months 2026")],
      ratio_pct, "pct1", "Performance Coatings net sales / total net sales"),
    q(CHEM, DR, "Using inventories at September 30, 2026, third-quarter 2026 cost of goods sold and a 92-day "
      "quarter, what were Velmora's days of inventory on hand?",
      [("bs|inv|s26", "Inventories, September 30, 2026 (balance sheet)"),
       ("is|cogs|q26", "Cost of goods sold, three months 2026")],
      lambda a, b: a / b * 92, "days", "inventories / quarterly cost of goods sold \u00d7 92"),
    q(CHEM, MG, "For the nine months ended September 30, 2026, how many times did operating income cover interest "
      "expense, net?",
      [("is|oi|n26", "Operating income, nine months 2026"), ("is|interest|n26", "Interest expense, net, nine months 2026")],
      lambda a, b: a / b, "x2", "operating income / interest expense, net"),
    q(CHEM, DR, "What was the Specialty Additives segment's Segment Adjusted EBITDA margin for the nine months ended "
      "September 30, 2026, based on the segment EBITDA and revenue disclosures in the notes?",
      [("seg|sa|n26", "Specialty Additives Segment Adjusted EBITDA, nine months 2026 (segment note)"),
       ("rev_seg|sa|n26", "Specialty Additives net sales, nine months 2026 (revenue note)")],
      ratio_pct, "pct1", "Segment Adjusted EBITDA / segment net sales"),
    q(CHEM, MG, "How much did diluted EPS grow in the third quarter of 2026 versus the third quarter of 2025, in "
      "percent?",
      [("is|eps_d|q26", "Diluted EPS, three months 2026"), ("is|eps_d|q25", "Diluted EPS, three months 2025")],
      lambda a, b: (a / b - 1) * 100, "pct1", "(Q3 2026 / Q3 2025 \u2212 1)"),
    q(CHEM, DR, "What proportion of the restructuring charges recorded in the first nine months of 2026 were "
      "non-cash asset write-downs?",
      [("rs|chg|ast", "Charges, asset write-downs column (restructuring note)"),
       ("rs|chg|tot", "Charges, total column (restructuring note)")],
      ratio_pct, "pct1", "asset write-down charges / total charges"),
    q(CHEM, DR, "Taking total debt from the debt note and subtracting cash and cash equivalents from the balance "
      "sheet, what was Velmora's net debt at September 30, 2026?",
      [("debt|total|s26", "Total debt, September 30, 2026 (debt note)"),
       ("bs|cash|s26", "Cash and cash equivalents, September 30, 2026 (balance sheet)")],
      lambda a, b: a - b, "usd_k", "total debt \u2212 cash and cash equivalents"),
    q(CHEM, DR, "For the nine months ended September 30, 2026, what percentage of net income attributable to "
      "Velmora was paid out as cash dividends to common stockholders (use dividends paid from the cash flow "
      "statement)?",
      [("cf|div|n26", "Dividends paid to common stockholders, nine months 2026 (cash flow statement)"),
       ("is|ni_co|n26", "Net income attributable to Velmora, nine months 2026 (statement of operations)")],
      lambda a, b: abs(a) / b * 100, "pct1", "dividends paid / net income attributable to Velmora"),
    q(CHEM, DR, "Define free cash flow as cash from operations minus capital expenditures. What was Velmora's "
      "free cash flow margin (as a percentage of net sales) for the first nine months of 2026?",
      [("cf|cfo|n26", "Net cash provided by operating activities, nine months 2026"),
       ("cf|capex|n26", "Capital expenditures, nine months 2026"),
       ("is|net_sales|n26", "Net sales, nine months 2026 (statement of operations)")],
      lambda a, b, c: (a + b) / c * 100, "pct1", "(operating cash flow \u2212 capital expenditures) / net sales"),
    q(CHEM, DR, "What was Velmora's D&A as a percentage of net sales in Q3 2026 (take D&A from the segment note)?",
      [("seg_da|total|q26", "Total depreciation and amortization, three months 2026 (segment note)"),
       ("is|net_sales|q26", "Net sales, three months 2026 (statement of operations)")],
      ratio_pct, "pct1", "D&A / net sales"),
    q(CHEM, MG, "What was SG&A as a % of net sales for the nine months ended September 30, 2025?",
      [("is|sga|n25", "Selling, general and administrative expenses, nine months 2025"),
       ("is|net_sales|n25", "Net sales, nine months 2025")],
      ratio_pct, "pct1", "SG&A / net sales"),
    # ------------------------------------------------------------ Orrendale 10-K
    q(REIT, MG, "What was RevPAR for Orrendale's comparable hotels in 2025?",
      [("comp|revpar|y25", "Comparable hotel RevPAR, 2025 (MD&A operating statistics)")], ident, "usd2"),
    q(REIT, MG, "How many guest rooms were in Orrendale's hotel portfolio at December 31, 2025?",
      [("props|total|rooms", "Total rooms, Item 2 Properties table")], ident, "rooms"),
    q(REIT, MG, "What total revenues did Orrendale Hospitality Trust report for fiscal year 2023?",
      [("is|rev|y23", "Total revenues, 2023 (statement of operations)")], ident, "usd_k"),
    q(REIT, DR, "What was Orrendale's FFO per diluted share and unit for 2024?",
      [("ffo|ffo_ps|y24", "FFO per diluted share and unit, 2024 (MD&A reconciliation)")], ident, "ps"),
    q(REIT, DR, "What was Orrendale's Adjusted EBITDAre for FY2025?",
      [("ebitda|adj|y25", "Adjusted EBITDAre, 2025 (MD&A reconciliation)")], ident, "usd_k"),
    q(REIT, MG, "What was the carrying amount of debt, net on the consolidated balance sheet at the end of 2024?",
      [("bs|debt|d24", "Debt, net, December 31, 2024 (balance sheet)")], ident, "usd_k"),
    q(REIT, DR, "What occupancy did the comparable hotels in the Marrowgate market achieve in 2025?",
      [("mktstats|Marrowgate|occ25", "Marrowgate occupancy, 2025 (statistics by market)")], ident, "pct_stat"),
    q(REIT, DR, "What were total distributions declared per common share for 2025?",
      [("mkt|y25_tot|dps", "Total 2025 distributions declared per share (Item 5)")], ident, "ps"),
    q(REIT, DR, "How much debt principal is scheduled to mature in 2027 according to the maturity table?",
      [("mat|2027|amt", "Principal payments due in 2027 (Item 7A maturity table)")], ident, "usd_k"),
    q(REIT, MG, "What was net cash provided by operating activities in 2023?",
      [("cf|cfo|y23", "Net cash provided by operating activities, 2023 (cash flow statement)")], ident, "usd_k"),
    q(REIT, DR, "Compute Orrendale's 2025 hotel EBITDA margin, defined as total revenues less total hotel operating "
      "expenses, divided by total revenues.",
      [("is|rev|y25", "Total revenues, 2025"), ("is|hotelx|y25", "Total hotel operating expenses, 2025")],
      lambda a, b: (a - b) / a * 100, "pct1", "(total revenues \u2212 total hotel operating expenses) / total revenues"),
    q(REIT, DR, "What percentage of total debt principal outstanding at December 31, 2025 consisted of mortgage "
      "loans?",
      [("debtn|sec|d25", "Mortgage loans, December 31, 2025 (debt note)"),
       ("debtn|principal|d25", "Total principal, December 31, 2025 (debt note)")],
      ratio_pct, "pct1", "mortgage loans / total principal"),
    q(REIT, MG, "By what percentage did food and beverage revenue grow in 2024 compared with 2023?",
      [("is|fb|y24", "Food and beverage revenue, 2024"), ("is|fb|y23", "Food and beverage revenue, 2023")],
      lambda a, b: (a / b - 1) * 100, "pct1", "(2024 / 2023 \u2212 1)"),
    q(REIT, MG, "What share of Orrendale's 2025 total revenues came from rooms revenue?",
      [("is|rooms|y25", "Rooms revenue, 2025"), ("is|rev|y25", "Total revenues, 2025")],
      ratio_pct, "pct1", "rooms revenue / total revenues"),
    q(REIT, DR, "What was the rooms department profit margin in 2025, i.e. rooms revenue less rooms expense, as a "
      "percentage of rooms revenue?",
      [("is|rooms|y25", "Rooms revenue, 2025"), ("is|roomsx|y25", "Rooms expense, 2025")],
      lambda a, b: (a - b) / a * 100, "pct1", "(rooms revenue \u2212 rooms expense) / rooms revenue"),
    q(REIT, DR, "At December 31, 2025, accumulated depreciation represented what percentage of Orrendale's gross "
      "investment in hotel properties (at cost)?",
      [("ihp|accum|d25", "Accumulated depreciation, December 31, 2025 (Note 3)"),
       ("ihp|gross|d25", "Investment in hotel properties, at cost, December 31, 2025 (Note 3)")],
      lambda a, b: abs(a) / b * 100, "pct1", "accumulated depreciation / gross investment"),
    q(REIT, DR, "Based on the portfolio-by-brand table, what is the average number of guest rooms per hotel?",
      [("brand|total|rooms", "Total guest rooms (portfolio by brand)"), ("brand|total|n", "Total hotels (portfolio by brand)")],
      lambda a, b: a / b, "rooms1", "total rooms / number of hotels"),
    q(REIT, MG, "According to the debt note (Note 4), how much did Orrendale's total debt principal rise between "
      "year-end 2024 and year-end 2025, in percentage terms?",
      [("debtn|principal|d25", "Total principal, December 31, 2025 (Note 4)"),
       ("debtn|principal|d24", "Total principal, December 31, 2024 (Note 4)")],
      lambda a, b: (a / b - 1) * 100, "pct1", "(2025 / 2024 \u2212 1)"),
    q(REIT, MG, "Corporate G&A consumed what share of Orrendale's FY2025 total revenues?",
      [("is|ga|y25", "Corporate general and administrative, 2025"), ("is|rev|y25", "Total revenues, 2025")],
      ratio_pct, "pct1", "corporate G&A / total revenues"),
    q(REIT, DR, "What portion of the purchase price of the hotel acquired in 2025 was allocated to land?",
      [("acq|a0|v", "Land allocation (Note 3 acquisition table)"), ("acq|total|v", "Total purchase price (Note 3)")],
      ratio_pct, "pct1", "land / total purchase price"),
    q(REIT, DR, "What was Orrendale's 2025 payout ratio measured as total distributions declared per common share "
      "divided by Adjusted FFO per diluted share and unit?",
      [("mkt|y25_tot|dps", "Total 2025 distributions declared per share (Item 5)"),
       ("ffo|affo_ps|y25", "Adjusted FFO per diluted share and unit, 2025 (MD&A)")],
      ratio_pct, "pct1", "distributions per share / AFFO per share"),
    q(REIT, DR, "What was ND/EBITDA at year-end 2025, using total debt principal less unrestricted cash and cash "
      "equivalents, divided by FY2025 Adjusted EBITDAre?",
      [("debt|principal|d25", "Total debt principal, December 31, 2025 (summary of indebtedness)"),
       ("bs|cash|d25", "Cash and cash equivalents, December 31, 2025 (balance sheet)"),
       ("ebitda|adj|y25", "Adjusted EBITDAre, 2025 (MD&A reconciliation)")],
      lambda a, b, c: (a - b) / c, "x2", "(debt principal \u2212 cash) / Adjusted EBITDAre"),
    q(REIT, DR, "What was Orrendale's 2025 interest coverage, measured as Adjusted EBITDAre divided by the interest "
      "expense reported in the statement of operations?",
      [("ebitda|adj|y25", "Adjusted EBITDAre, 2025 (MD&A reconciliation)"),
       ("is|int|y25", "Interest expense, 2025 (statement of operations)")],
      lambda a, b: a / abs(b), "x2", "Adjusted EBITDAre / interest expense"),
    q(REIT, DR, "Express Orrendale's 2025 capex (capital improvements to hotel properties in the cash flow "
      "statement) relative to 2025 total revenues, in percent.",
      [("cf|capex|y25", "Capital improvements to hotel properties, 2025 (cash flow statement)"),
       ("is|rev|y25", "Total revenues, 2025 (statement of operations)")],
      lambda a, b: abs(a) / b * 100, "pct1", "capital improvements / total revenues"),
    q(REIT, DR, "How many times did 2025 FFO attributable to common stockholders and unitholders cover the cash "
      "distributions paid to common stockholders and Operating Partnership unitholders?",
      [("ffo|ffo|y25", "FFO attributable to common stockholders and unitholders, 2025 (MD&A)"),
       ("cf|divc|y25", "Distributions paid to common stockholders, 2025 (cash flow statement)"),
       ("cf|divu|y25", "Distributions paid to OP unitholders, 2025 (cash flow statement)")],
      lambda a, b, c: a / (abs(b) + abs(c)), "x2", "FFO / (common + OP unit distributions paid)"),
]


# ---------------------------------------------------------------------------
def q2(x: float, places: str) -> Decimal:
    return Decimal(repr(x)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def format_answer(v: float, fmt: str) -> str:
    if fmt == "usd_k":
        s = f"${abs(v) / 1000:,.1f} million (${abs(v):,.0f} thousand)"
        return ("\u2212" + s) if v < 0 else s
    if fmt == "ps":
        return f"${q2(v, '0.01')}"
    if fmt == "usd2":
        return f"${q2(v, '0.01'):,}"
    if fmt in ("pct1", "pct_stat"):
        return f"{q2(v, '0.1')}%"
    if fmt == "x2":
        return f"{q2(v, '0.01')}x"
    if fmt == "days":
        return f"{q2(v, '0.1')} days"
    if fmt == "shares":
        return f"{v:,.0f} shares"
    if fmt == "rooms":
        return f"{v:,.0f} rooms"
    if fmt == "rooms1":
        return f"{q2(v, '0.1')} rooms per hotel"
    raise ValueError(fmt)


def parse_printed(text: str) -> float:
    """Turn a printed figure ("(1,238)", "\u221212,648", "$0.77", "77.7%", "$452.8 million") into a number."""
    t = text.strip()
    if t in ("\u2014", "\u2013", "-"):
        return 0.0
    mult = 1.0
    if t.endswith(" million"):
        t = t[: -len(" million")]
        mult = 1000.0
    neg = t.startswith("(") or t.startswith("$(") or t.startswith("\u2212") or t.startswith("-")
    num = re.sub(r"[^0-9.]", "", t)
    v = float(num) * mult
    return -v if neg else v


def build_rows(regs: dict) -> list[dict]:
    """Build the questions.jsonl rows from the registries of both rendered filings."""
    rows = []
    for i, qq in enumerate(QUESTIONS, start=1):
        reg = regs[qq.doc]
        entries = [reg[k] for k, _ in qq.refs]
        vals = [parse_printed(e["text"]) for e in entries]
        v = qq.calc(*vals)
        ans = format_answer(v, qq.fmt)
        parts = "; ".join(f"{desc}: {e['text']} (page index {e['page']})" for (k, desc), e in
                          zip(qq.refs, entries, strict=True))
        if len(qq.refs) == 1:
            just = f"{parts}. Read directly; amounts in the filing are in thousands unless per-share or a statistic."
        else:
            just = f"{parts}. Computed as {qq.how} = {ans}."
        rows.append(
            dict(
                financebench_id=f"blind20_{i:03d}",
                company=COMPANY[qq.doc],
                doc_name=qq.doc,
                question_type=qq.qtype,
                question=qq.text,
                answer=ans,
                justification=just,
                evidence_pages=sorted({e["page"] for e in entries}),
            )
        )
    return rows
