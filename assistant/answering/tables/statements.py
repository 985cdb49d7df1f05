"""Ratios over a filing's financial statements, computed by finbot from the named line items.

Analysts ask for ratios by name ('the quick ratio for FY2022', 'inventory turnover') or define them in
the question ('quick ratio = (cash + marketable securities + receivables) / current liabilities'). The
operands are line items of the statements (balance sheet, income statement, cash flow statement), which
a 10-K prints as tables far apart, so the passages retrieved for the question rarely hold them all: each
line item is looked up among all the table rows of the document in scope, in the column of the period
asked, preferring the statement the item belongs to. A definition may name lines no list here knows (a bank's
'total noninterest expense'): they are read from the rows that print them (line_items.py). The arithmetic is
finbot's own (assistant/answering/calculation.py); the answer shows the formula, the figures and their pages. When
a known line item or the period is not found the answer is a refusal naming it, never a guess; a line in the
question's own words that no row prints is left to the other readers. A ratio the filing prints is read from its
own row, not computed again.

Ratio definitions are the textbook ones (not any one data set's); a definition in the question wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

from assistant.answering.calculation import Calculation, CalculationError, evaluate
from assistant.answering.tables import (
    BASIS_POINTS,
    COUNT_WORDS,
    SHARE_AFTER_PART,
    YEAR_TO_DATE,
    column_span,
    heading_span,
    longest_span,
    months_of,
)
from assistant.answering.tables.line_items import LEADER_DOTS, PHRASE, is_phrase, phrase_quality
from assistant.answering.tables.lookup import DATE_WORDS, named_by_qualifier_only, table_scale
from assistant.answering.tables.prose_items import ProseFigure, stated_in_prose
from index.documents import Chunk, Row
from index.text.numbers import formatted, normalise_number, parse_figure, years_in
from index.text.tokens import tokenize

# Statement words a table's context uses, by statement.
STATEMENT_TITLES = {
    "balance": re.compile(r"balance sheets?|statements? of financial (?:position|condition)", re.I),
    "income": re.compile(
        r"statements? of (?:consolidated )?(?:income|operations|earnings|profit or loss)|income statements?"
        r"|statements? of comprehensive income", re.I),
    "cash": re.compile(r"statements? of cash flows?|cash flows? statements?", re.I),
}

# Line items: canonical name -> (statement, row labels that state it, lower case, most specific first).
# A label matches when it equals one of these or starts with one followed by a qualifier (', net', ' (Note 3)').
ITEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "revenue": ("income", ("total revenues", "total revenue", "net revenues", "net revenue", "revenues", "revenue",
                           "total net sales", "net sales", "sales", "total net revenue", "operating revenues",
                           "operating revenue", "total operating revenues", "total operating revenue",
                           "sales to customers", "total revenues net of interest expense")),
    "cost of sales": ("income", ("cost of sales", "cost of goods sold", "cost of revenues", "cost of revenue",
                                 "cost of products sold", "total cost of revenue", "cost of net revenues")),
    "gross profit": ("income", ("gross profit", "gross margin")),
    "operating income": ("income", ("operating income", "income from operations", "operating profit",
                                    "operating income (loss)", "earnings from operations", "loss from operations",
                                    "operating loss", "(loss) income from operations",
                                    "income (loss) from operations")),
    "interest expense": ("income", ("interest expense", "interest expense, net")),
    "research and development": ("income", ("research and development", "research and development expense",
                                            "research and development expenses", "technology and development")),
    "sales and marketing": ("income", ("sales and marketing", "selling and marketing", "sales and marketing expense",
                                       "sales and marketing expenses")),
    "general and administrative": ("income", ("general and administrative", "general and administrative expense",
                                              "general and administrative expenses")),
    "selling, general and administrative": ("income", (
        "selling, general and administrative", "selling, general and administrative expenses",
        "selling, general and administrative expense", "selling, general, and administrative expenses")),
    "total operating expenses": ("income", ("total operating expenses", "total costs and expenses",
                                            "total operating costs and expenses")),
    "income before income taxes": ("income", (
        "income before income taxes", "earnings before provision for taxes on income",
        "income before provision for income taxes", "earnings before income taxes",
        "income (loss) before income taxes", "earnings (loss) before income taxes",
        "income from continuing operations before income taxes", "pretax income", "pre-tax income",
        # a company at a loss names the line for it
        "loss before income taxes", "(loss) income before income taxes", "(loss)/income before income taxes",
        "(loss) earnings before income taxes", "loss from continuing operations before income taxes")),
    "income taxes": ("income", ("provision for income taxes", "income tax expense", "provision for taxes on income",
                                "income taxes", "income tax provision", "income tax (expense) benefit",
                                "provision for (benefit from) income taxes", "income tax expense (benefit)",
                                "income tax (expense)/benefit", "income tax benefit (expense)",
                                "income tax expense/(benefit)", "(provision for) benefit from income taxes")),
    "net income": ("income", ("net income", "net earnings", "net income attributable", "net earnings attributable",
                              "net income (loss)", "net loss", "net (loss) income", "net (loss)/income")),
    "cash and cash equivalents": ("balance", ("cash and cash equivalents", "cash and equivalents", "cash")),
    "short-term investments": ("balance", ("short-term investments", "marketable securities", "short-term marketable",
                                           "marketable securities — current", "investment securities")),
    "receivables": ("balance", ("accounts receivable", "trade receivables", "receivables", "trade accounts receivable",
                                "accounts receivable, net", "card member receivables")),
    "inventories": ("balance", ("inventories", "total inventories", "inventory", "merchandise inventories")),
    "accounts payable": ("balance", ("accounts payable", "trade accounts payable", "accounts payable, trade",
                                     "trade payables")),
    # a sheet may print the total without "Total" ("Current assets | 626,711"); the heading of that name has no figure
    "total current assets": ("balance", ("total current assets", "current assets")),
    "total assets": ("balance", ("total assets",)),
    "total current liabilities": ("balance", ("total current liabilities", "current liabilities")),
    "current portion of long-term debt": ("balance", (
        "current portion of long-term debt", "current maturities of long-term debt", "long-term debt due within one "
        "year", "current portion of long-term borrowings", "current portion of long-term debt and finance leases")),
    "long-term debt": ("balance", ("long-term debt", "long-term debt, net", "long-term debt, less current portion",
                                   "long-term debt, excluding current portion", "long-term debt, net of current "
                                   "portion", "long-term borrowings", "long-term debt, less current maturities")),
    "total liabilities": ("balance", ("total liabilities",)),
    # 'Shareholders' equity' alone, as an average balance table or selected data print it
    "total equity": ("balance", ("total equity", "total shareholders' equity", "total stockholders' equity",
                                 "total shareholders’ equity", "total stockholders’ equity", "shareholders' equity",
                                 "stockholders' equity")),
    "property, plant and equipment": ("balance", ("property, plant and equipment, net",
                                                  "property, plant and equipment — net", "property and equipment, net",
                                                  "property, plant and equipment", "property and equipment")),
    # the PP&E note's gross line and what is taken off it
    "gross property, plant and equipment": ("balance", (
        "property, plant and equipment, at cost", "property, plant and equipment, gross", "gross property, plant and "
        "equipment", "property and equipment, at cost", "property and equipment, gross", "gross property and equipment",
        "total property, plant and equipment, at cost")),
    "accumulated depreciation": ("balance", ("accumulated depreciation", "accumulated depreciation and amortization")),
    "operating cash flow": ("cash", (
        "net cash provided by operating activities", "net cash provided by operations",
        "net cash from operating activities", "cash provided by operating activities",
        "net cash provided by (used in) operating activities", "cash flows from operating activities",
        "net cash flows from operating activities", "cash from operating activities", "net cash from operations",
        "cash generated from operating activities", "net cash generated from operating activities")),
    "capital expenditures": ("cash", (
        "purchases of property, plant and equipment", "capital expenditures",
        "additions to property, plant and equipment",
        "purchases of property and equipment", "capital spending", "payments for property, plant and equipment",
        "purchase of property, plant and equipment", "additions to property and equipment")),
    "stock-based compensation": ("cash", ("stock-based compensation", "share-based compensation",
                                          "stock-based compensation expense", "share-based compensation expense",
                                          "stock compensation expense")),
    "dividends paid": ("cash", ("dividends paid", "cash dividends paid", "payment of dividends", "dividends")),
    "share repurchases": ("cash", ("repurchases of common stock", "repurchase of common stock", "share repurchases",
                                   "repurchases of common shares", "repurchase of common shares", "stock repurchases",
                                   "purchases of treasury stock", "purchase of treasury stock",
                                   "repurchases and retirement of common stock", "payments for repurchases of common "
                                   "stock", "purchases of common stock", "repurchases of ordinary shares")),
    # as the cash flow statement adds it back (an income statement rarely shows it on one line)
    "depreciation and amortization": ("cash", ("depreciation and amortization", "depreciation, depletion and "
                                               "amortization", "depreciation and amortisation",
                                               "depreciation, amortization and other")),
}
# Costs and outflows some statements print in brackets (Amcor's cost of sales, cash flow outflows); a ratio uses
# their size. Income taxes keep their sign: a bracketed figure there may be a benefit.
_OUTFLOWS = frozenset({"capital expenditures", "dividends paid", "share repurchases", "cost of sales",
                       "interest expense", "accumulated depreciation"})
# Words in a question or a definition that name a canonical line item.
_ALIASES = {
    "cash": "cash and cash equivalents", "cash, cash equivalents": "cash and cash equivalents",
    "sales": "revenue", "net sales": "revenue", "revenues": "revenue",
    "total revenue": "revenue", "cogs": "cost of sales", "cost of goods sold": "cost of sales",
    "marketable securities": "short-term investments", "accounts receivable": "receivables",
    "current liabilities": "total current liabilities", "current assets": "total current assets",
    "inventory": "inventories", "capex": "capital expenditures", "operating profit": "operating income",
    "ebit": "operating income", "pretax income": "income before income taxes", "income tax expense": "income taxes",
    "tax expense": "income taxes", "provision for income taxes": "income taxes", "net earnings": "net income",
    "cash from operations": "operating cash flow", "ocf": "operating cash flow", "cfo": "operating cash flow",
    "cash flow from operations": "operating cash flow", "cash from operating activities": "operating cash flow",
    "cash flow from operating activities": "operating cash flow", "cash flows from operations": "operating cash flow",
    "operating activities cash flow": "operating cash flow", "net cash from operations": "operating cash flow",
    "operating cash flows": "operating cash flow", "shareholders equity": "total equity", "equity": "total equity",
    "ppe": "property, plant and equipment", "fixed assets": "property, plant and equipment",
    "net property and equipment": "property, plant and equipment",
    "net property, plant and equipment": "property, plant and equipment", "net pp&e": "property, plant and equipment",
    "net fixed assets": "property, plant and equipment", "d&a": "depreciation and amortization",
    "gross pp&e": "gross property, plant and equipment", "gross ppe": "gross property, plant and equipment",
    "gross fixed assets": "gross property, plant and equipment", "pp&e at cost": "gross property, plant and equipment",
    "property, plant and equipment at cost": "gross property, plant and equipment",
    "gross property and equipment": "gross property, plant and equipment",
    "r&d": "research and development", "r&d expense": "research and development",
    "r&d expenses": "research and development", "s&m": "sales and marketing", "g&a": "general and administrative",
    "sg&a": "selling, general and administrative", "sga": "selling, general and administrative",
    "operating expenses": "total operating expenses", "opex": "total operating expenses",
    "sbc": "stock-based compensation", "sbc expense": "stock-based compensation",
    "buybacks": "share repurchases", "share buybacks": "share repurchases", "stock buybacks": "share repurchases",
    "stock-based compensation expense": "stock-based compensation",
}

# Named ratios: pattern in the question -> (name, formula over canonical items, result is a percentage).
# 'average X' is the mean of the period's and the previous period's X, 'previous X' the previous period's X; an item
# marked '?' counts as 0 when the statements do not print it (a company without marketable securities).
_FREE_CASH_FLOW = "operating cash flow - capital expenditures"
RATIOS: tuple[tuple[re.Pattern[str], str, str, bool], ...] = tuple(
    (re.compile(pattern, re.I), name, formula, percent) for pattern, name, formula, percent in (
        (r"\bquick ratios?\b|\bacid[- ]test\b", "quick ratio",
         "(cash and cash equivalents + short-term investments? + receivables) / total current liabilities", False),
        (r"\bcurrent ratios?\b", "current ratio", "total current assets / total current liabilities", False),
        (r"\binventory turnover\b", "inventory turnover", "cost of sales / average inventories", False),
        (r"\bdays sales outstanding\b|\bDSO\b", "days sales outstanding", "receivables / revenue * 365", False),
        # at the year's end, as DSO is; "average inventory" in the question is a definition of its own
        (r"\bdays (?:of )?inventory(?: outstanding| on hand)?\b|\bDIO\b", "days inventory outstanding",
         "inventories / cost of sales * 365", False),
        (r"\bdays payables? outstanding\b|\bDPO\b", "days payable outstanding",
         "accounts payable / cost of sales * 365", False),
        (r"\beffective (?:income )?tax rates?\b", "effective tax rate",
         "income taxes / income before income taxes", True),
        (r"\bgross (?:profit )?margins?\b", "gross margin", "(revenue - cost of sales) / revenue", True),
        (r"\boperating (?:profit )?margins?\b", "operating margin", "operating income / revenue", True),
        (r"\bnet (?:profit |income )?margins?\b", "net margin", "net income / revenue", True),
        (r"\bfree cash ?flow conversion\b", "free cash flow conversion",
         "(operating cash flow - capital expenditures) / net income", True),
        (r"\bfree cash ?flow\b", "free cash flow", _FREE_CASH_FLOW, False),
        (r"\bcapital[- ]intensity ratio\b|\b(?:total )?assets (?:to|/) (?:revenue|sales)\b", "capital intensity ratio",
         "total assets / revenue", False),
        (r"\bcapex (?:to|/) revenue\b|\bcapital expenditures? (?:to|/) (?:revenue|sales)\b",
         "capital expenditure to revenue", "capital expenditures / revenue", True),
        (r"\bfixed assets? (?:to|/) (?:total )?assets\b", "fixed assets to total assets",
         "property, plant and equipment / total assets", True),
        (r"\breturn on average (?:total )?assets\b|\bROAA\b", "return on average assets",
         "net income / average total assets", True),
        (r"\breturn on average (?:(?:common )?(?:share|stock)holders['’]? )?equity\b|\bROAE\b",
         "return on average equity", "net income / average total equity", True),
        (r"\breturn on (?:total )?assets\b|\bROA\b", "return on assets", "net income / total assets", True),
        (r"\breturn on (?:(?:common )?(?:share|stock)holders['’]? )?equity\b|\bROE\b", "return on equity",
         "net income / total equity", True),
        (r"\bdebt[- ]to[- ]equity\b", "debt to equity", "total liabilities / total equity", False),
        (r"\binterest coverage\b", "interest coverage", "operating income / interest expense", False),
        (r"\bdividend payout ratio\b", "dividend payout ratio", "dividends paid / net income", True),
        # "how much cash did it return to shareholders through dividends and buybacks": both named, both added
        (r"(?s)(?=.*\bdividends?\b)(?=.*\b(?:buybacks?|repurchases?|repurchased|repurchasing)\b).*?"
         r"\b(?:return(?:ed|s|ing)?|went|go(?:es)?|paid|distributed) (?:back )?to (?:its )?(?:share|stock)holders\b",
         "cash returned to shareholders", "dividends paid + share repurchases", False),
        (r"\basset turnover\b", "asset turnover", "revenue / average total assets", False),
        # a bank's, over lines its statements print in its own words
        (r"\befficiency ratio\b", "efficiency ratio",
         "noninterest expense / (net interest income + noninterest income)", True),
        (r"\b(?:revenue|sales) growth rate\b|\bgrowth rate (?:of|in) (?:revenue|sales)\b", "revenue growth",
         "(revenue - previous revenue) / previous revenue", True),
    )
)
# A judgement no one ratio makes: 'Is Verizon a capital-intensive business?' is read in the usual measures of it
# (assets needed per unit of revenue, capital spending per unit of revenue, the share of fixed assets), all shown.
JUDGEMENTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\bcapital[- ]intensi(?:ty|ve)\b(?! ratio)", re.I),
     ("capital intensity ratio", "capital expenditure to revenue", "fixed assets to total assets")),
    # 'a high-growth company' is judged first by how fast its revenue grows
    (re.compile(r"\bhigh[- ]growth\b|\bgrowth (?:company|business|stock)\b", re.I), ("revenue growth",)),
)
# A definition in the question: 'quick ratio = (cash + receivables) / current liabilities'.
_DEFINED = re.compile(
    r"(?P<name>[A-Za-z][\w'&-]*(?:\s[\w'&-]+){0,4}?)"
    # "net debt at the end of FY2025, defined as …": the period between the name and its definition
    r"(?i:\s+(?:at the end of|as of|at|for|in|during|through)\s+[^.?;]{0,50}?"
    r"(?:\b(?:19|20)\d\d|\bfy\s?'?\d{2}(?:\d{2})?)\b,?)?"
    r"\s*(?:=|,?\s*(?:(?:is|if|when) )?defined as|,\s*(?:i\.\s?e\.|that is),?"
    # "Free cash flow here means operating cash flow minus …", "… is calculated as …"
    r"|\s+(?:here\s+|in this question\s+)?means|\s+(?:is|was) (?:calculated|computed|measured) as)\s*(?=[^.?;\n])"
)
# "Defining free cash flow as operating cash flow minus capital expenditures, what was …", "Define X as …"
_DEFINING = re.compile(r"\b(?i:defining|define|we define)\s+(?P<name>[A-Za-z][\w'&-]*(?:\s[\w'&-]+){0,4}?)\s+as\s+"
                       r"(?=[^.?;\n])")
# Where a definition may end: the sentence, or a period, a company or a condition after it ('… / revenue for
# FY2025', '… in the year', '… for Kestrel Ridge'); not 'for' inside a line's name ('loans held for investment').
_FORMULA_END = re.compile(r"\s+(?:for|in|as of|at|during|between)\s+(?=\d|[A-Z]|(?:the|fy|fiscal|each|both|this|"
                          r"that|its|their|q[1-4]|year|quarter)\b)|,\s+(?:what|how|and|for|in|using|based|with|"
                          r"rounded|round|all|both|each|change[sd]?|increased?|decreased?|grew|grow|moved?|where|"
                          r"did|does|do|was|were|is)\b"
                          r"|,?\s+as (?:shown|reported|presented|stated|disclosed)\b"
                          r"|,\s*(?:to\s+)?(?:one|two|three|\d)\s+decimal"  # "(… / net sales, one decimal)"
                          r"|\s*\((?:in |\$ ?|usd |us\$ ?)*(?:thousands|millions|billions)\)"  # "($ thousands)"
                          r"|:\s"  # "Free cash flow defined as OCF minus capex: what was …"
                          r"|[.?;\n]|$")
# "average loans (including loans held for sale)": the bracket is the line's own name ('Loans, including …')
_INCLUDING = re.compile(r"\s*\((?P<what>(?:including|excluding) [^()]*)\)", re.I)
_SENTENCE_END = re.compile(r"[.?;\n]|$")
# An operator between spaces, so 'short-term' stays one name; '÷' is a division of all before it (`_grouped`).
_OP = r"\s[-+/*÷]\s"
_OPERATOR = re.compile(_OP)


def _definition(question: str) -> tuple[str, str] | None:
    """(name, formula) of the definition the question gives: the formula up to the first place it may end where
    it reads as one ('provision for credit losses / net charge-offs for 2025' runs past the first 'for'). Where a
    later definition uses the measure an earlier one defines ("free cash flow defined as A - B. What was its free
    cash flow conversion, i.e. free cash flow as a percentage of net earnings?"), the later one, with the earlier
    one's formula in its place."""
    head = _DEFINED.search(question) or _DEFINING.search(question)
    if head is None:
        return None
    first = _defined_at(question, head)
    later = _DEFINED.search(question, head.end()) or _DEFINING.search(question, head.end())
    if first is None or later is None or (second := _defined_at(question, later)) is None:
        return first
    used = re.search(rf"\b{re.escape(first[0].strip())}\b", second[1], re.I)
    if used is None:
        return first
    return second[0], _grouped(f"{second[1][:used.start()]}({first[1]}){second[1][used.end():]}")


def _defined_at(question: str, head: re.Match[str]) -> tuple[str, str] | None:
    defined = _defined_after(question, head)
    # "X means …", "X is calculated as …" define X only by a formula ("a negative answer means a decline" does not)
    if defined and _SAID_BY_VERB.search(head.group()) and not (_OPERATOR.search(defined[1])
                                                                 or _JOINS.search(f" {defined[1]} ")):
        return None
    return defined


_SAID_BY_VERB = re.compile(r"\bmeans\b|\b(?:calculated|computed|measured) as\b", re.I)


def _defined_after(question: str, head: re.Match[str]) -> tuple[str, str] | None:
    rest = question[head.end():]
    end = _SENTENCE_END.search(rest).start()
    cuts = [m.start() for m in _FORMULA_END.finditer(rest) if 0 < m.start() <= end]
    # none reads: the shortest stretch that still holds an operator, so the question stays one that defines a measure
    unread = next((rest[:cut] for cut in cuts if _OPERATOR.search(rest[:cut])), rest[: cuts[0]] if cuts else "")
    formula = next((rest[:cut] for cut in cuts if parse_formula(_grouped(rest[:cut]))), unread)
    formula = formula.strip().rstrip(",;:")  # "… - current liabilities, at September 30": the comma ends it
    formula = re.sub(r"\s*\([^()]*\)$", "", formula) if not _OPERATOR.search(
        formula[formula.rfind("("):]) else formula  # "… * 364 days (the 52-week fiscal year)": a remark
    # "ending inventories" is the balance; "the average of opening and closing equity" keeps both ends
    formula = re.sub(r"(?<!opening and )(?<!beginning and )\b(?:ending|closing)\s+(?=[a-z])", "", formula, flags=re.I)
    formula = re.sub(r"(?<!fiscal )(?<!fy )\b(?:19|20)\d\d\s+(?=[A-Za-z])", "", formula, flags=re.I)  # "/ 2024 EBITDA"
    # "… as net debt / adjusted EBITDA, where net debt = A + B - C": the operand as the question defines it
    if formula and (where := _WHERE_DEFINED.search(rest)) and (
            operand := re.search(rf"\b{re.escape(where['name'].strip())}\b", formula, re.I)) and parse_formula(
            where["formula"].strip()):
        formula = f"{formula[: operand.start()]}({where['formula'].strip()}){formula[operand.end():]}"
    # "…, i.e. free cash flow as a percentage of net earnings": a quotient said in words
    # (a sum or difference said so is divided whole: "A + B, as a percentage of total revenue")
    formula = _SHARE_SAID.sub(lambda m: f"({m['part']}) / {m['whole']}" if _OPERATOR.search(m["part"]) else
                              f"{m['part']} / {m['whole']}", formula)
    name = head["name"]
    # "What gross margin did it earn on its service revenue in fiscal 2026, i.e. (…)": the words before the
    # definition tell what it was earned on; the measure is the one the question opens with
    if _NOT_A_NAME.search(name) and (opening := _OPENING_MEASURE.match(question)):
        name = opening["name"]
    return (name, _grouped(formula)) if formula else None


_SHARE_SAID = re.compile(r"^(?P<part>[a-z][\w'’&, +-]*?),? as an? (?:percentage|percent|share|proportion) of "
                         r"(?P<whole>[a-z][\w'’&, -]*)$", re.I)
_NOT_A_NAME = re.compile(r"\b(?:its|their|our|his|her|earn(?:ed|s)?|ma(?:de|ke|kes)|generat(?:e|ed|es)|report(?:ed|s)?|"
                         r"post(?:ed|s)?|record(?:ed|s)?|achiev(?:e|ed|es)|hold|held|holds|carr(?:y|ied|ies))\b", re.I)
_OPENING_MEASURE = re.compile(r"\s*(?:what|which)\s+(?:was\s+|is\s+|were\s+)?(?:the\s+)?"
                              r"(?P<name>[a-z][\w'&-]*(?:\s[\w'&-]+){0,3}?)\s+(?:did|does|do|was|were|is)\b", re.I)


# ", where net debt = short-term borrowings + long-term debt - cash (all at December 31, 2024)"
_WHERE_DEFINED = re.compile(r",\s*where\s+(?P<name>[a-z][\w'&-]*(?:\s[\w'&-]+){0,3}?)\s*(?:=|is|means)\s+"
                            r"(?P<formula>[^.?;()]+?)(?=\s*\(|\s*[.?;]|$)", re.I)


def _grouped(formula: str) -> str:
    """'A + B ÷ C' (written "A plus B, divided by C") as '(A + B) / C'."""
    left, mark, right = formula.partition(" ÷ ")
    if not mark:
        return formula
    return f"({left}) / {right}" if _OPERATOR.search(left) else f"{left} / {right}"

# A minus stands between spaces, so 'short-term' stays one name.
# A constant is a count of days or a scale ('× 365 days', '* 100'); a year is no constant ('fiscal 2025 …')
_TOKEN = re.compile(
    r"\s*(?:(?P<op>[+*/()×÷]|[-−](?=\s))|(?P<number>(?<![\w.])\d{1,3}(?:\.\d+)?)(?:\s+days)?(?=\s*[+*/()×÷]|\s+[-−]\s|\s*$)"
    r"|(?P<name>[A-Za-z][A-Za-z&'’,\s-]*?\??)(?=\s*[+*/()×÷]|\s+[-−]\s|\s*$))"
)
_OUTRIGHT = re.compile(r"\b(?:calculate|compute|what (?:is|was|were) (?:the |its |their )?\w*\s*(?:ratio|margin|rate|"
                       r"turnover|conversion|coverage))\b", re.I)
_EXPLAIN = re.compile(r"\b(?:why|reasons?|drove|drive[ns]?|drivers?|impact(?:ed|s)?|consists?|represents?|means?|"
                      r"definition|defined by|how is|what (?:financial )?items)\b", re.I)
# "Which segment had the higher operating margin?": the statements give the company's whole, not its parts' figures
_PARTS_COMPARED = re.compile(r"\bwhich\b[^?]*\b(?:segments?|business(?:es)?|divisions?|units?|regions?|operating "
                             r"areas?|subsidiar(?:y|ies))\b", re.I)
# "By how many points did the amortization of excess deferred taxes lower the effective tax rate?": something acting on
# the ratio is asked, not the ratio
_ACTING_ON = re.compile(r"\b(?:did|does|do|will|would)\s+(?:the\s+)?\w[\w\s'-]{2,80}?\s+(?:lower|raise|reduce|"
                        r"increase|decrease|boost|cut|depress|lift|add to|weigh on)\s+(?!(?:in|by|from|to|during|over|"
                        r"for|at|between|since|year|significantly|materially|sharply|slightly|much|more|less)\b|\d)"
                        r"(?:the\s+|its\s+)?[\w'-]+", re.I)
_SPAN_WORDS = {3: "three", 6: "six", 9: "nine"}
# Words of movement: a question using them asks for the change (_CHANGE) or for the year before too (_TREND).
_MOVES = r"\bchang|\bimprov|\bdeclin|\bfluctuat|\bconsisten|\bstable|\bvolatil"
# "how many basis points did the margin move", "did it expand or contract": a move asked too
_CHANGE = re.compile(_MOVES + r"|\bincrease|\bdecrease|\bdifference|\bmove[ds]?\b|\bmovement\b|\bexpan(?:d|ded|sion)\b"
                     r"|\bcontracted\b|\bcompress\w*", re.I)
# A change asked in percent of where it started: "change in percentage terms", "percent increase", "growth rate"
_RELATIVE_CHANGE = re.compile(r"\bpercent(?:age)? (?:change|increase|decrease|growth|decline)\b"
                              r"|\bin (?:percent(?:age)?|%) terms\b|\bby what percent(?:age)?\b|%\s*change\b"
                              r"|\bgrowth rate\b", re.I)
_TREND = re.compile(_MOVES + r"|\bincreas|\bdecreas|\btrend|\bcompar|\bhistoric", re.I)
# A note's heading ('Note 22 - Deed of Cross Guarantee', '… > 7. Leases'), not a reference to one ('(See Note 20)').
IN_NOTE = re.compile(r"(?<!see )(?<!\()\bnotes? \d+\s*[-—–.:]|>\s*\d{1,2}\.\s+[A-Z]", re.I)
# "Less:" before a line taken off the one above, "(Note 4)", "(1)", ", net" and an "(loss)" ("Income (loss) from
# operations") leave the item's name
_LABEL_NOISE = re.compile(r"^\s*(?:less|add|plus|deduct)\s*:\s*|^\s*of which\s+|\s*\((?:note|notes)[^)]*\)"
                          r"|\s*\((?:loss|losses|deficit)\)|\s*[—–-]\s*net\b|,\s*net\b|[:*†‡§]|\s*\(\d\)", re.I)


@dataclass(frozen=True)
class LineItem:
    item: str
    label: str  # the row's label as the statement prints it
    column: str
    text: str  # the cell as written
    value: float
    chunk: Chunk


@dataclass(frozen=True)
class StatementAnswer:
    """A ratio finbot computed from line items, or why it could not (`missing`)."""

    name: str
    text: str
    chunks: tuple[Chunk, ...] = ()
    calculation: Calculation | None = None
    missing: str = ""
    asked_outright: bool = False  # the question defines the ratio or asks for its value: a gap is a refusal


# A definition written in words: "calculated as operating income plus depreciation", "(net cash provided by operating
# activities less purchases of property and equipment)", "net income divided by the average of total assets at the
# end of FY2024 and FY2025".
_NOT_A_SPAN = (r"(?!\s+(?:(?:the|a|each|that|this|its)\s+(?:(?:first|second|third|fourth|last|past|next|full|"
               r"fiscal|one|two|three|four|six|nine|twelve|fifty-two|52|53|\d+)[- ])?(?:year|years|period|periods|"
               r"quarter|quarters|month|months|weeks|half|last|next|past|same)\b|(?:time|fy|fiscal)\b|\d))")
_WORD_OPERATORS = (
    # "A plus B, divided by C", "A less B, over A": the comma closes what is divided (`_grouped`)
    (re.compile(rf",\s+(?:divided by|over{_NOT_A_SPAN})\s+", re.I), " ÷ "),
    (re.compile(r"\s+divided by\s+", re.I), " / "),
    # "EBITDAre over interest expense"; not "over the year", "over the nine months", "over 2025"
    (re.compile(rf"\s+over{_NOT_A_SPAN}\s+", re.I), " / "),
    (re.compile(r",?\s+(?:multiplied by|times(?! covered\b))\s+", re.I), " * "),
    (re.compile(r",?\s+(?:and\s+)?plus\s+", re.I), " + "),
    # "A minus B and minus C": each taken away
    (re.compile(r",?\s+(?:and\s+)?(?:less|minus)\s+(?!than\b)", re.I), " - "),
)
_YEAR_END = r"(?:(?:fy|fiscal)\s?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+)?\d{2,4}"
_AVERAGE_OF = re.compile(  # "… at December 31, 2024 and December 31, 2025" too
    r"\b(?:the )?average of (?:the )?(?P<item>[a-z][\w&' -]*?)\s+(?:balances? )?(?:at the end of|as of|for|in|at)\s+"
    rf"(?:both )?{_YEAR_END}(?: year-end)? and (?:at )?{_YEAR_END}(?: year-end)?(?: balances?)?",
    re.I)
# "Define free cash flow as net cash provided by operating activities minus …"
_DEFINE_AS = re.compile(r"\b(?:define|treat) (?P<name>[a-z][\w'&-]*(?: [\w'&-]+){0,4}?) as\b", re.I)  # "Treat debt as"
# "the average of beginning and ending inventories"
_AVERAGE_OF_ENDS = re.compile(r"\b(?:the )?average of (?:the )?(?:beginning|opening) and (?:ending|closing) "
                              r"(?:balances? of )?(?P<item>[a-z][\w&' -]*?)(?=[?.;,]|\s+(?:for|in|at)\b|$)", re.I)
# "the average of total common shareholders' equity at the beginning and end of the year"
_AVERAGE_OF_YEAR_ENDS = re.compile(r"\b(?:the )?average of (?:the )?(?P<item>[a-z][\w&'’ -]*?) (?:at|as of) the "
                                   r"(?:beginning|start) and (?:the )?end of the (?:fiscal )?year\b", re.I)
_CALCULATED_AS = re.compile(r"(?:\s+in (?:usd|us\$|\$)\s?(?:millions|thousands|billions))?,?\s+(?:calculated|computed|"
                            r"measured) as\s+", re.I)
_SOURCE = re.compile(r"(?:\s+(?:as )?(?:reported|recorded|recogni[sz]ed|shown|presented|disclosed|stated))?"
                     r"\s+(?:from|in|on|per|according to) the (?:[\w&-]+ ){0,3}(?:statements?(?: of (?:consolidated )?"
                     r"(?:income|operations|earnings|cash flows?|financial (?:position|condition)|comprehensive "
                     r"(?:income|loss)|(?:changes in )?(?:stockholders|shareholders)['’]? equity))?|balance sheet|"
                     r"reconciliation|schedule)\b", re.I)
# "…average net property and equipment, using the FY2024 and FY2025 year-end balances": how to average, not two years
_AVERAGED_OVER = re.compile(r",?\s*(?:using|based on|from|with) (?:the )?(?:(?:fy|fiscal)\s?)?\d{2,4} and "
                            r"(?:(?:fy|fiscal)\s?)?\d{2,4}(?: year-end| ending| closing)? balances?", re.I)
# "… divided by the sum of net interest income and total noninterest income": both added before dividing
_SUM_OF = re.compile(r"\bthe sum of (?P<a>[a-z][\w&'’ -]*?) and (?P<b>[a-z][\w&'’ -]*?)"
                     rf"(?=\s*[.?;),]|\s*{_OP}|\s+(?:for|in|at|during)\b|$)", re.I)
# "the loan-to-deposit ratio at December 31, 2025 (loans, net of unearned income / total deposits)": the
# parenthesis defines the ratio named before it
_RATIO_THEN_FORMULA = re.compile(
    r"(?P<name>\b[a-z][\w'&-]*(?: [\w'&-]+){0,3}? (?:ratio|margin|coverage|yield|rate|turnover|payout))\b"
    rf"(?P<between>[^()?;]{{0,80}}?)\s*\((?P<formula>[^()]*?{_OP}[^()]*?)\)", re.I)
# "… at September 30, 2025 (…)": the date a bracketed definition is of, standing before it
_DATE_BEFORE_BRACKET = r"(?P<when>\s+(?:at|as of|for|in|during)\s+[^()?]{0,40}?\b(?:19|20)\d\d)?"
# "what percentage of its utility plant had been depreciated (accumulated depreciation / total utility plant)": the
# bracket defines the share asked
_SHARE_THEN_FORMULA = re.compile(r"\bwhat (?:percentage|percent|share|proportion|fraction) of\b[^()?;]{0,120}?"
                                 rf"{_DATE_BEFORE_BRACKET}\s*\((?P<formula>[^()]*?\s[/÷]\s[^()]*?)\)",
                                 re.I)  # a quotient, not a whole's sum
_QUESTION_WORD = re.compile(r"^(?:what|which|how)\s+", re.I)  # "What gross margin (…)" names a gross margin
_SHARE_NAME = "percentage"  # what a share defined by its bracket is called until its quotient names it


def _unbracketed(text: str) -> str:
    text = text.strip()
    return text[1:-1] if text.startswith("(") and text.endswith(")") and "(" not in text[1:-1] else text


# "net debt at September 30, 2025 (total debt less cash …)": the date may stand between the name and its bracket
_NAME_THEN_BRACKET = re.compile(rf"(?P<name>\b[a-z][\w'&-]*(?: [\w'&-]+){{0,3}}?)"
                                rf"{_DATE_BEFORE_BRACKET} \((?P<formula>[^()]*?{_OP}[^()]*?)\)", re.I)
# "total D&A in fiscal 2025, combining depreciation and amortization of intangible assets as shown in …": a sum
_COMBINING = re.compile(r",\s*(?:combining|adding(?: together)?)\s+(?P<a>[a-z][\w&'’-]*(?:\s[\w&'’-]+){0,5}?)\s+and\s+"
                        r"(?P<b>[a-z][\w&'’-]*(?:\s[\w&'’-]+){0,6}?)(?=\s+(?:as|in|from|on|per)\b|\s*[?.;,]|$)", re.I)
# "Using net capex (purchases of property and equipment less proceeds from equipment sales), what was …": an operand
_OPERAND_DEFINED = re.compile(rf"\b(?:using|with|taking|treating)\s+(?P<name>[a-z][\w&' -]*?)\s*"
                              rf"\((?P<formula>[^()]*?{_OP}[^()]*?)\)", re.I)
# "interest expense (gross)": the line of that name, not another ("Interest expense, net")
_LINE_QUALIFIER = re.compile(r"\s*\((?:gross|as reported|reported)\)", re.I)
# "How many times did fiscal 2025 operating income cover its interest expense, net?": a coverage ratio
_COVERS = re.compile(r"\bhow many times (?:did|does|do|was|were|is|are) (?:[A-Z][\w&.'’ -]*?(?:'s|’s|s')\s+)?"
                     r"(?:(?P<when>(?:fiscal |fy\s?)?(?:19|20)\d\d)\s+)?(?P<a>[a-z][\w ,&-]*?)"
                     # "capital spending (purchases of PP&E)": the bracket names the line
                     r"(?:\s*\((?P<line>[^()]+)\))?\s+(?:cover|covered)\s+"
                     r"(?:its |their |the )?(?P<b>[a-z][\w ,&-]*?)(?=\s*(?:[?.;]|$))", re.I)
# "the SG&A-to-net-sales ratio": a ratio its name defines, where it is no ratio finbot knows by name
_A_TO_B = re.compile(r"\b(?P<a>[A-Za-z][\w&']*(?:-[\w&']+){0,3}?)-to-(?P<b>[A-Za-z][\w&']*(?:-[\w&']+){0,3}) ratio\b",
                     re.I)
# A ratio over an average balance table's daily averages: not the mean of two year-ends finbot computes
_AVERAGE_TABLE = re.compile(r"\baverage balances?\b", re.I)
_AVERAGE_COLUMN = re.compile(r"\baverage\b.*\bbalance\b|\baverage balance\b", re.I)
_DAILY_AVERAGES = re.compile(r"\baverage (?:daily )?balances?\b|\baverage balance sheets?\b|\bdaily average", re.I)
# A figure the question builds in brackets, as it wrote them: "total deferred revenue (current plus noncurrent)"
_BRACKETED_FORMULA = re.compile(r"\([^()]*(?:\s(?:plus|minus|less|divided by|times)\s|\s[-+/*×÷]\s)[^()]*\)", re.I)
_RETURN_ON = re.compile(r"\breturn on\b", re.I)
_AS_PERCENT = re.compile(r"\b(?:as|in) (?:a )?percent(?:age)?\b", re.I)  # "Answer as a percentage"
# "Calculate days sales outstanding at the end of Q3 as receivables / revenue * 92": the "as" after an order to
# compute gives the formula (not "as a percentage of", not "as of")
_COMPUTE_AS = re.compile(r"(?P<head>\b(?:calculate|compute)\s[^.?;]*?)(?<!\bdefined)\s+as\s+"
                         r"(?!(?:an?\s+(?:percentage|percent|share|multiple|ratio|proportion)|of|reported|shown|stated)\b)"
                         rf"(?=[^?.;]*{_OP})", re.I)
# "Compute Acme's 2025 passenger load factor from the revenue passenger miles and available seat miles reported in its
# operating statistics": a quotient named by its kind, the first figure named over the second
_COMPUTED_FROM = re.compile(
    r"\b(?P<verb>calculate|compute)\s+(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+)?(?:(?P<year>(?:fy|fiscal\s?)?\d{4})"
    r"\s+)?(?:the\s+|its\s+)?(?P<name>[a-z][\w'&-]*(?:\s[\w'&-]+){0,3}?\s(?:ratio|margin|factor|rate|yield|turnover"
    r"|coverage))(?:\s+(?:for|in)\s+(?P<when>(?:fy|fiscal\s?)?\d{4}))?\s+(?:from|using)\s+(?:the\s+|its\s+)?"
    r"(?P<a>[a-z][\w&'’ -]*?)\s+and\s+(?:the\s+|its\s+)?(?P<b>[a-z][\w&'’ -]*?)"
    r"(?=\s+(?:reported|shown|presented|printed|in|on|from|per|as|for)\b|[.?;,]|$)", re.I)
# "free cash flow (operating cash flow less capital expenditures) as a percentage of net income": the bracket defines
# the part, the share is of the line after it
_BRACKET_THEN_SHARE = re.compile(
    rf"(?P<name>\b[a-z][\w'&-]*(?: [\w'&-]+){{0,3}}?)\s*\((?P<formula>[^()]*?{_OP}[^()]*?)\)\s+as an? "
    r"(?:percentage|percent|share|proportion) of (?:the )?(?P<whole>[a-z][\w'’& -]*?)"
    r"(?=,|\s+(?:for|in|at|during|over)\b|\s*[?.;]|$)", re.I)
# "dividends paid (from the cash flow statement) divided by net income": where a line is read, in brackets
_BRACKETED_SOURCE = re.compile(r"\s*\((?:as )?(?:from|in|on|per|according to) the [^()]*\)", re.I)
# "Using cash plus short-term investments over current liabilities, what was the liquidity ratio …?": the formula
# given first defines the figure asked after it
# (not "Using current ratio = …", which names what it defines, nor "Using net capex (… - …)", an operand defined)
_USING_FIRST = re.compile(rf"^\s*using (?P<formula>[^,?;=()]*?{_OP}[^,?;=()]*?),\s*(?P<asked>(?:what|how)\b[^?]*)\?",
                          re.I)


# "Adding cash and cash equivalents to marketable securities, what liquid funds did it hold?": a sum said first
_ADDING_FIRST = re.compile(r"^\s*(?:adding|combining|summing)\s+(?P<a>[a-z][\w&'’ -]*?)\s+(?:to|with)\s+"
                           r"(?P<b>[a-z][\w&'’ -]*?),\s*(?P<asked>(?:what|how)\b[^?]*)\?", re.I)


def _using_first(match: re.Match[str]) -> str:
    formula = match["formula"]
    # "A + B / C" said in words is (A + B) / C: what stands before "over" is divided whole
    head, divided, rest = formula.partition(" / ")
    if divided and re.search(r" [-+] ", head) and not head.lstrip().startswith("("):
        formula = f"({head.strip()}) / {rest.strip()}"
    return f"{match['asked'][:1].upper()}{match['asked'][1:]}, defined as {formula}?"


_USING = re.compile(rf",?\s+using\s+(?=[^?.;]*{_OP})", re.I)  # "ROA for FY2025, using net income / average assets"
# "For FY2025, using A / B, what was ROA?": what is said first (a period, a company) belongs to the figure asked, not
# to the formula
_LEAD_THEN_USING = re.compile(rf"^\s*(?P<lead>(?:for|in|at|as of)\s+[^?;=]{{2,60}}?),\s*"
                              rf"(?P<using>using\s+[^,?;=()]*?{_OP}[^,?;=()]*?,\s*(?:what|how)\b[^?]*\?)", re.I)
# "free cash flow in FY2025 (operating cash flow - capital expenditures)": the parenthesis defines the name
_NAMED_THEN_FORMULA = re.compile(
    r"(?P<name>\b[a-z][\w'&-]*(?: [\w'&-]+){0,5}?)(?: for [A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)*)? "  # "… for Acme"
    r"(?P<when>(?:in|for) (?:(?:fy|fiscal)\s?)?\d{2,4}) "
    rf"\((?P<formula>[^()]*?{_OP}[^()]*?)\)", re.I)


# "R&D expense as a percentage of total revenue": one line item over another, as a percentage
_SHARE_OF = re.compile(r"(?P<part>[A-Za-z][\w&'’,-]*(?:\s[\w&'’,-]+){0,5}?)\s+as an? (?:percentage|percent|share|%) "
                       r"of\s+(?P<whole>[A-Za-z][\w&'’-]*(?:\s[\w&'’-]+){0,4}?)(?=\s+(?:for|in|during|through|at|"
                       r"over|year)\b|[?,.;]|\s*$)", re.I)


# "What share of total revenue (net interest income + noninterest income) came from noninterest income?"
_SHARE_FROM = re.compile(
    r"\bwhat (?:share|percentage|percent|portion|proportion|fraction) of (?P<whole>[^?;]+?) (?:came|comes|come|was|"
    r"were) (?:from|generated by|attributable to|made up of|derived from|(?:shipped|sold|billed) to|"
    r"(?:generated|earned) in|(?:came |generated )?through) (?P<part>[^?;,]+?)(?=[?.;,]|\s+(?:in|for|during|at|as of)"
    r"\s+(?:the |fy|fiscal|\d)|$)", re.I)
# "What percentage of the undiscounted lease payments was imputed interest?": the part after the verb
_SHARE_WAS = re.compile(
    r"\bwhat (?:share|percentage|percent|portion|proportion|fraction) of (?P<whole>[^?;]+?) (?:was|were) "
    r"(?P<part>[a-z][^?;,]+?)(?=[?.;,]|\s+(?:in|for|during|at|as of)\s+(?:the |fy|fiscal|\d)|$)", re.I)
# "What percentage of total assets did goodwill represent at year-end?"
_SHARE_DID = re.compile(
    r"\bwhat (?:share|percentage|percent|portion|proportion|fraction) of (?P<whole>[^?;]+?) (?:(?:did|does|do) "
    r"(?P<part>[^?;,]+?) (?:represent|account for|make up|comprise|constitute)\b|(?:represents?|represented|"
    r"accounts? for|accounted for|makes? up|made up) (?P<part2>[^?;,]+?)(?=[?.;,]|\s+(?:in|for|during|at|as of)"
    r"\s+(?:the |fy|fiscal|\d)|$))", re.I)
# "What share of its operating cash flow did Acme spend on capital expenditures?", "What percentage of net income did
# it pay out as dividends?": what the whole was spent on, paid out or returned as is the part
_SHARE_SPENT = re.compile(
    r"\bwhat (?:share|percentage|percent|portion|proportion|fraction) of (?P<whole>[^?;]+?) (?:did|does|do) "
    r"[^?;,]{1,60}? (?:spend|pay out|pay|return|invest|use|devote|distribute)(?: to (?:shareholders|stockholders))?"
    r" (?:on|as|in|for|to) (?P<part>[^?;,]+?)(?=[?.;,]|\s+(?:in|for|during|at|as of)\s+(?:the |fy|fiscal|\d)|$)",
    re.I)
# "the adjusted EBITDA margin", "free cash flow margin": a measure over revenue, named before "margin" (gross, operating
# and net margins are RATIOS; a segment's margin is over its own sales, so "segment" is not one)
_MARGIN_OF = re.compile(r"\b(?P<part>(?:adjusted\s+|non-gaap\s+)?(?:ebitda|ebitdar|ebit|pre-?tax(?:\s+income)?|"
                        r"free cash ?flow|fcf))\s+margins?\b", re.I)
_FCF = re.compile(r"free cash ?flow|fcf")
_EARNINGS = re.compile(r"\b(?:ebitda?r?|income|profit|earnings|cash ?flows?|fcf)\b", re.I)
# "… for fiscal 2025", "… in Q3 2025", "… for the nine months ended …" closing the part of a share
_PERIOD_AFTER = re.compile(r"\s+(?:for|in|during|over|through)\s+(?:the\s+)?(?:(?:fiscal|fy)\s?|(?:first|second|third|"
                           r"fourth)\s+quarter\b|q[1-4]\b|(?:three|six|nine|twelve)\s+months\b|(?:19|20)\d\d\b|"
                           r"(?:fiscal\s+)?year\b|quarter\b).*$", re.I)
# "Stock-based compensation represented what percentage of total operating expenses?": the part named first
_SHARE_AFTER_PART = re.compile(rf"\s+{SHARE_AFTER_PART}\s+", re.I)
_QUESTION_WORDS = frozenset("what which how was were is are did does do quantify using use based give show express "
                            "provide state compute calculate".split())


def _share_of(question: str) -> tuple[str, str, bool] | None:
    """(name, formula, percent) for 'X as a percentage of Y' or 'what share of Y came from X' over two line items,
    known ones or lines named in the question's words; a whole defined in brackets is its formula; and the margin
    of a measure the statements do not name a margin for ('adjusted EBITDA margin': of revenue)."""
    if (margin := _MARGIN_OF.search(question)) and not _qualified(question[: margin.start()]):
        named = re.sub(r"^(pre-?tax)$", r"\1 income", margin["part"].lower())
        part = canonical_item(named) or (f"({_FREE_CASH_FLOW})" if _FCF.fullmatch(named) else named)
        return f"{margin['part'].lower()} margin", f"{part} / revenue", True
    question = _SHARE_AFTER_PART.sub(" as a percentage of ", question)
    # "Aggregates segment revenue (before intersegment eliminations) as a percentage of …": a remark on the part;
    # "… payments in the first half of 2026 … charges recorded in that period": the period is the question's
    question = _SPAN_SAID.sub("", _REMARK.sub("", question))
    for match in _SHARE_OF.finditer(question):
        # "adjusted EBITDA for fiscal 2025 as a percentage of net sales": the period is the question's, not the line's
        words = _PERIOD_AFTER.sub("", match.group("part")).split()
        whole = _item_or_phrase(_bare(match.group("whole")).lower())
        if added := _ADDED_BEFORE.search(question[: match.start("part")]):
            # "D&A + share-based compensation as a percentage of revenue": the line before the '+' is added
            added_words = added["first"].split()
            first = next((item for start in range(len(added_words))
                          if (item := canonical_item(_bare(" ".join(added_words[start:])).lower()))), None)
            part = canonical_item(_bare(" ".join(words)).lower())
            if not (first and part and whole):
                return None
            return (f"{first} and {part} as a percentage of {item_name(whole)}", f"({first} + {part}) / {whole}",
                    True)
        # the part is the longest run of its last words that names a line item ("… Vellichor's R&D expense")
        for start in range(len(words)):
            if start and _qualified(" ".join(words[:start])):
                break  # "non-GAAP operating income" is no "operating income": the line in the question's words
            run = _bare(" ".join(words[start:])).lower()
            # "combined SG&A and R&D expense": two lines added, the sum the share is of
            if (both := _two_items(_COMBINED.sub("", run))) and whole:
                return (f"{both[0]} and {both[1]} as a percentage of {item_name(whole)}",
                        f"({both[0]} + {both[1]}) / {whole}", True)
            part = canonical_item(run)
            if part and whole:
                if start and words[start - 1].lower() in ("and", "&", "plus"):
                    return None  # the second of two lines named together is half the part asked
                return f"{part} as a percentage of {whole}", f"{part} / {whole}", True
        part = _phrase_part(words)
        if part and whole:
            return f"{part} as a percentage of {item_name(whole)}", f"{part} / {item_name(whole)}", True
    match = _SHARE_FROM.search(question) or _SHARE_DID.search(question) or _SHARE_WAS.search(question) or \
        _SHARE_SPENT.search(question)
    if match:
        named_part = re.sub(r"^(?:the|its|their)\s+", "", _bare(match["part"] or match.groupdict().get("part2")
                                                                or "").lower())
        # "fuel used in electric generation + purchased power": a part that is a sum of lines
        part = f"({named_part})" if _OPERATOR.search(named_part) and parse_formula(named_part) else \
            _item_or_phrase(named_part)
        defined = re.search(r"\((?P<formula>[^()]*\s[-+]\s[^()]*)\)\s*$", match["whole"])
        whole = f"({defined['formula']})" if defined and parse_formula(defined["formula"]) else \
            item_name(_item_or_phrase(_before_line(match["whole"]).lower()) or "")
        if part and whole:
            return f"{item_name(part)} as a percentage of {whole.strip('()')}", f"{item_name(part)} / {whole}", True
    return None


_SPAN_SAID = re.compile(r"\s+(?:(?:recorded|recogni[sz]ed|reported|incurred)\s+)?(?:in|for|during|over|through)\s+"
                        r"(?:(?:that|the same|this) period|the (?:first|second|third|fourth) (?:half|quarter)"
                        r"(?: of (?:fiscal |fy\s?)?(?:19|20)\d\d)?"
                        # "for the 39 weeks ended September 26, 2026", "for the nine months ended June 30, 2025"
                        r"|the (?:\d{1,2}|three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three) "
                        r"(?:weeks|months) ended [A-Z][a-z]+\.? \d{1,2},? (?:19|20)\d\d)\b", re.I)
_REMARK = re.compile(r"\s*\((?:before|after|excluding|including|net of|gross of)\b[^()]*\)", re.I)
_ADDED_BEFORE = re.compile(r"(?P<first>[A-Za-z][\w&'’,-]*(?:\s[\w&'’,-]+){0,6}?)\s*(?:\+|\bplus)\s*$", re.I)
_COMBINED = re.compile(r"^(?:(?:the|combined|total|aggregate)\s+)+", re.I)


def _item_or_phrase(text: str) -> str | None:
    """The known line item the words name, else the words as a line's name (PHRASE), else None."""
    text = text.strip()
    return canonical_item(text) or (PHRASE + text if is_phrase(text) and not set(text.split()) & _QUESTION_WORDS
                                    else None)


def _phrase_part(words: list[str]) -> str | None:
    """The longest run of the last words that may name a line and holds no word of the question's own."""
    for start in range(len(words)):
        run = _bare(" ".join(words[start:])).lower()
        if is_phrase(run) and not set(run.split()) & _QUESTION_WORDS:
            return run
    return None


def _bare(phrase: str) -> str:
    """The phrase without a possessor ('Vellichor's R&D expense' -> 'R&D expense')."""
    return re.sub(r"^.*(?:'s|s'|’s)\s+", "", phrase.strip())


# "Using total debt from the debt footnote and total equity from the balance sheet, what was the debt-to-equity
# ratio …?": the two lines named first are the ratio's parts, in its order; the second may be defined in place ("and
# EBITDA defined as operating income plus depreciation and amortization")
_SOURCE_PLACE = r"(?: (?:from|in|on|per) the (?P<{}>[\w'’ -]+?))?"
_USING_PAIR = re.compile(
    r"^\s*using (?:the )?(?P<a>[a-z][\w'’ -]*?)" + _SOURCE_PLACE.format("from_a") + r" and (?:the )?"
    r"(?P<b>[a-z][\w'’&/ -]*?)(?: (?:defined|calculated|measured|computed) as (?P<formula>[^,?]+?))?"
    + _SOURCE_PLACE.format("from_b") + r",\s*(?P<rest>[^?]*?\b(?P<p>[a-z]+)[- ]to[- ](?P<q>[a-z]+)\b[^?]*)"
    r"(?P<end>\??)(?P<tail>.*)$", re.I | re.S)  # (an instruction may follow: "Round to two decimals.")


def _using_pair(question: str) -> str:
    """The question with its ratio defined by the pair it names first, where the ratio's name ("debt-to-EBITDA")
    names each part in turn (by its words or where it comes from: "principal … from the debt footnote")."""
    m = _USING_PAIR.match(question)
    if m is None:
        return question
    first, second = (f"{m[part]} {m[f'from_{part}'] or ''}".lower() for part in ("a", "b"))
    if m["p"].lower()[:4] not in first or m["q"].lower()[:4] not in second:
        return question
    denominator = f"({m['formula']})" if m["formula"] else m["b"]
    return f"{m['rest'][:1].upper()}{m['rest'][1:]}, defined as {m['a']} divided by {denominator}{m['end']}{m['tail']}"


# "the debt-to-equity ratio …, taking debt as A plus B, and equity as C": each side of an "A-to-B ratio" defined
_SIDES_DEFINED = re.compile(
    r"(?P<lead>\b(?P<a>[a-z][\w&']*)-to-(?P<b>[a-z][\w&']*) ratio\b[^?;]*?),?\s+(?:taking|treating|defining|with|using)"
    r"\s+(?P=a)\s+as\s+(?P<fa>[^;?]+?),?\s+and\s+(?:taking\s+|treating\s+)?(?P=b)\s+as\s+(?P<fb>[^;?.]+?)"
    r"(?:\s+(?:including|incl\.)\s+[^;?.,]+)?(?=[;?.,]|$)", re.I)


_JOINS = re.compile(rf"{_OP}|\s(?:plus|minus|less|times|divided by)\s", re.I)


def _sides_defined(match: re.Match[str]) -> str:
    sides = [f"({side})" if _JOINS.search(side) else side for side in (match["fa"], match["fb"])]
    return f"{match['lead']}, defined as {sides[0]} / {sides[1]}"


# "… debt-to-equity ratio? Include both the current portion and the long-term portion of debt", "counting both current
# and long-term debt": debt as its two balance-sheet lines, said as the definition the ratio readers take
# "…, including the current portion and long-term debt", "Using current maturities plus long-term debt as total debt, …"
_DEBT_PARTS = re.compile(r"(?:^\s*|[.,;]\s*|\s+)(?:please\s+)?(?:include|including|counting|count|combining|combine|"
                         r"adding|add|taking|take|using|use)\s+(?:both\s+)?(?:the\s+)?current\s+(?:portion\s+|"
                         r"maturities\s+)?(?:of\s+(?:long[- ]term\s+)?debt\s+)?(?:and|plus|\+)\s+(?:the\s+)?"
                         r"long[- ]term\s+(?:portion\s+)?(?:of\s+)?(?:debt|borrowings)\b"
                         r"(?:\s+(?:from|on|in|per)\s+the\s+balance\s+sheet)?"
                         r"(?:\s+as\s+(?:the\s+)?(?:total\s+)?debt\b)?", re.I)
_DEBT_RATIO = re.compile(r"\bdebt[- ]to[- ]\w", re.I)


def _debt_parts_defined(question: str) -> str:
    match = _DEBT_PARTS.search(question)
    if match is None or not _DEBT_RATIO.search(question):
        return question
    rest = re.sub(r"^[\s,;]+", "", question[:match.start()] + question[match.end():]).rstrip()
    rest = rest[:1].upper() + rest[1:]
    definition = ", with debt defined as long-term debt plus current portion of long-term debt"
    end = re.search(r"[?.]", rest)
    said = f"{rest[:end.start()]}{definition}{rest[end.start():]}" if end else f"{rest}{definition}"
    return said.replace("?.", "?", 1)  # the definition's own sentence, after the question, is gone


# "What was book value per share at June 30? Divide total equity by the shares outstanding in the equity statement."
# : the instruction after the question is its definition
_DIVIDE_AFTER = re.compile(r"\?\s+(?:please\s+)?divide\s+(?P<a>[^.?;]+?)\s+by\s+(?P<b>[^.?;]+?)"
                           r"(?:,?\s+and\s+(?:answer|express|give|round|report|state)\b[^.?;]*)?\s*(?:\.|$)", re.I)


# "What fraction … was capitalized? Use costs capitalized divided by the sum of A and B for the six months ended
# October 31, 2026.": the formula given after the question, with the period it is for
_USE_AFTER = re.compile(r"\?\s+(?:please\s+)?(?:use|using|take|compute it as|calculate it as)\s+(?P<a>[^.?;]+?)\s+"
                        r"(?:divided by|over)\s+(?P<b>[^.?;]+?)(?P<period>\s+(?:for|in|during|over|at|as of)\s+"
                        r"[^.?;]*?\b(?:19|20)\d\d)?\s*(?:\.|$)", re.I)


# "Divide the 2025 provision for income taxes by earnings before income taxes. What effective rate results?": the
# instruction before the question is its definition
_DIVIDE_FIRST = re.compile(r"^\s*(?:please\s+)?divid(?:e|ing)\s+(?P<a>[^.?;]+?)\s+by\s+(?P<b>[^.?;]+?)[.:,]\s+"
                           r"(?P<ask>(?:what|how|which)\b[^?]*)\?", re.I)


_RESULTS = re.compile(r"\s+(?:results?|follows?|is implied|does (?:that|this) (?:give|imply)|do you get|"
                      r"comes? out)\s*$", re.I)


# "Subtract first-half purchases of PP&E from adjusted EBITDA for the same period. What is the result?"
_SUBTRACT_FIRST = re.compile(r"^\s*(?:please\s+)?subtract(?:ing)?\s+(?P<a>[^.?;]+?)\s+from\s+(?P<b>[^.?;]+?)[.:,]\s+"
                             r"(?P<ask>(?:what|how|which)\b[^?]*)\?", re.I)


_SPAN_FIRST = re.compile(r"^(?:(?:first|second)[- ]half|h[12]|q[1-4]|full[- ]year|fiscal|fy)\s*(?:(?:19|20)\d\d\s+)?",
                         re.I)
_SAME_PERIOD = re.compile(r"\s+(?:for|in|during|over) (?:the )?same period$", re.I)


def _what_results(ask: str) -> str:
    """The figure an instruction's question asks for: "What effective rate results?" asks for the effective rate."""
    return re.sub(r"^(?:what|which)\s+(?:is\s+|was\s+)?(?:the\s+)?", "What is the ", _RESULTS.sub("", ask), flags=re.I)


def _division_after(question: str) -> str:
    if (first := _SUBTRACT_FIRST.match(question)) is not None:
        ask = re.sub(r",?\s+in (?:usd |us\$ |\$ )?(?:millions|thousands|billions)\b", "", _what_results(first["ask"]),
                     flags=re.I)
        # "first-half 2026 purchases of …", "adjusted EBITDA for the same period": the period is the question's
        span = _SPAN_FIRST.match(first["a"]) or _SPAN_FIRST.match(first["b"])
        a, b = (_SAME_PERIOD.sub("", _SPAN_FIRST.sub("", side)) for side in (first["a"], first["b"]))
        return (f"{ask}{' for ' + span.group().strip() if span else ''}, defined as {b} minus {a}?"
                f"{question[first.end():]}")
    first = _DIVIDE_FIRST.match(question)
    if first is not None:
        ask = _what_results(first["ask"])
        return f"{ask}, defined as {first['a']} divided by {first['b']}?{question[first.end():]}"
    match = _DIVIDE_AFTER.search(question)
    if match is not None:
        return (f"{question[:match.start()]}, defined as {match['a']} divided by {match['b']}?"
                f"{question[match.end():]}")
    match = _USE_AFTER.search(question)
    if match is None:
        return question
    return (f"{question[:match.start()]}{match['period'] or ''}, defined as {match['a']} divided by {match['b']}?"
            f"{question[match.end():]}")


# "Treating the revolving credit facility as the company's only debt, what was its debt-to-equity ratio?": the
# ratio's first side is the line named
_ONLY_SIDE = re.compile(r"\b(?:treating|taking|counting|considering|regarding)\s+(?P<line>[^,?]+?)\s+as\s+(?:the\s+"
                        r"company['’]s\s+|its\s+|their\s+|the\s+)?(?:only|sole|entire|whole)\s+(?P<side>[a-z][\w-]*)"
                        r"\b,?\s*", re.I)


def _only_side_defined(question: str) -> str:
    match = _ONLY_SIDE.search(question)
    ratio = _A_TO_B.search(question)
    if match is None or ratio is None or match["side"].lower() != ratio["a"].lower():
        return question
    rest = question[:match.start()] + question[match.end():]
    rest = rest[:1].upper() + rest[1:]
    end = rest.rfind("?")
    definition = f", defined as {match['line']} divided by {ratio['b'].replace('-', ' ')}"
    return f"{rest[:end]}{definition}{rest[end:]}" if end >= 0 else f"{rest}{definition}"


def spelled_out(question: str) -> str:
    """A definition in words written with operators, where the question gives one."""
    question = _division_after(_debt_parts_defined(_only_side_defined(question)))
    question = _SIDES_DEFINED.sub(_sides_defined, question, count=1)
    question = _using_pair(question)
    question = _COVERS.sub(lambda m: f"times covered = {m['line'] or m['a']} / {m['b']}"
                                     f"{' for ' + m['when'] if m['when'] else ''}",
                           question, count=1)
    for pattern, operator in _WORD_OPERATORS:
        question = pattern.sub(operator, question)
    question = _BRACKET_THEN_SHARE.sub(lambda m: f"{m['name']} as a percentage of {m['whole']}, defined as "
                                               f"({m['formula']}) / {m['whole']}"
                                               f"{'' if re.match(r'[?.;,]|$', m.string[m.end():]) else ','}",
                                       question, count=1)
    question = _AVERAGE_OF.sub(lambda m: f"average {m['item']}", question)
    question = _AVERAGE_OF_ENDS.sub(lambda m: f"average {m['item']}", question)
    question = _AVERAGE_OF_YEAR_ENDS.sub(lambda m: f"average {m['item']}", question)
    if re.search(r"\baverage\b", question, re.I):
        question = _AVERAGED_OVER.sub("", question)
    question = _SUM_OF.sub(lambda m: f"({m['a']} + {m['b']})", question)
    question = _COMBINING.sub(lambda m: f", defined as {m['a']} + {m['b']},", question, count=1)
    question = _ADDING_FIRST.sub(lambda m: f"{m['asked'][:1].upper()}{m['asked'][1:]}, defined as {m['a']} + {m['b']}?",
                                 question, count=1)
    question = _INCLUDING.sub(lambda m: f", {m['what']}", question)
    question = _CALCULATED_AS.sub(" = ", question)
    question = _DEFINE_AS.sub(lambda m: f"{m['name']} defined as", question)
    question = _BRACKETED_SOURCE.sub("", _SOURCE.sub("", question))
    if lead := _LEAD_THEN_USING.match(question):
        rest = _USING_FIRST.sub(_using_first, question[lead.start("using"):], count=1)
        question = f"{lead['lead']}, {rest[:1].lower()}{rest[1:]}"
    question = _USING.sub(" = ", question)
    question = _USING_FIRST.sub(_using_first, question, count=1)
    question = _COMPUTED_FROM.sub(lambda m: f"{m['verb']} {m['name']} = {m['a']} / {m['b']}"
                                            f"{' for ' + (m['year'] or m['when']) if m['year'] or m['when'] else ''}",
                                  question, count=1)
    question = _COMPUTE_AS.sub(lambda m: f"{m['head']} = ", question, count=1)
    question = _NAMED_THEN_FORMULA.sub(lambda m: f"{m['name']} = {m['formula']} {m['when']}", question)
    question = _LINE_QUALIFIER.sub("", question)
    # "payout ratio, measured as dividends paid relative to net income": a quotient, once a definition has begun
    question = re.sub(r"(=[^?;=]*?)\s+(?:relative to|as a (?:share|proportion|fraction) of)\s+", r"\1 / ", question,
                      count=1, flags=re.I)
    if not _definition(question) and (to := _A_TO_B.search(question)) and not any(
            pattern.search(question) for pattern, *_ in RATIOS):
        a, b = (to[key].replace("-", " ") for key in ("a", "b"))
        tokens = parse_formula(f"{a} / {b}")
        if tokens and any(kind == "item" and PHRASE not in value for kind, value in tokens):
            question = f"{question[: to.end()]}, defined as {a} / {b},{question[to.end():]}"
    if _definition(question):
        return question
    if _RATIO_THEN_FORMULA.search(question):
        return _RATIO_THEN_FORMULA.sub(lambda m: f"{_QUESTION_WORD.sub('', m['name'])} = {m['formula']};{m['between']}",
                                       question, count=1)
    if _SHARE_THEN_FORMULA.search(question):
        return _SHARE_THEN_FORMULA.sub(lambda m: f"{_SHARE_NAME} = {m['formula']}{m['when'] or ''};", question, count=1)
    # "working capital (current assets - current liabilities)": a bracket of known line items defines the name
    named = _NAME_THEN_BRACKET.search(question)
    # of known line items, or with the date named as well one of them at least ("total debt - cash and cash
    # equivalents"): not any bracket with a minus in it
    if named and (tokens := parse_formula(named["formula"])) and (all(
            kind != "item" or PHRASE not in value for kind, value in tokens) or named["when"] and any(
            kind == "item" and PHRASE not in value for kind, value in tokens)):
        return (f"{question[: named.start()]}{named['name']}{named['when'] or ''}, defined as {named['formula']},"
                f"{question[named.end():]}")
    return question


# an amount over several years added: "in FY2024 and FY2025 combined", "over the two years in total"
_YEARS_COMBINED = re.compile(r"\b(?:combined|together|in total|altogether|cumulative(?:ly)?)\b", re.I)
# "the FY2023 - FY2025 three-year average of capital expenditures as a percentage of net sales"
_SEVERAL_YEARS_AVERAGE = re.compile(r"\b(?P<count>two|three|four|five|\d)[- ]year average\b", re.I)
# "What were Acme's average annual net sales over fiscal 2023 to fiscal 2025 (simple three-year average)?"
_AVERAGE_LINE = re.compile(r"\baverage (?:annual |yearly )?(?P<item>[a-z][\w&'’ -]*?)\s+(?:over|from|between|across)\s",
                           re.I)
# Words before a ratio's name that make it another measure than the statements' own ('non-GAAP operating margin',
# 'segment margin'); two plain words before it name a part of the business ('professional services gross margin').
_QUALIFIERS = {"non-gaap", "adjusted", "segment", "organic", "underlying", "forma", "normalized", "normalised"}
_PLAIN_BEFORE_RATIO = {
    "the", "a", "an", "its", "their", "our", "what", "which", "is", "was", "were", "are", "of", "for", "in", "at",
    "and", "or", "to", "with", "on", "based", "compute", "calculate", "has", "have", "had", "did", "does", "do",
    "improving", "declining", "healthy", "reported", "overall", "total", "consolidated", "gaap", "annual",
    "quarterly", "average", "company", "business", "fiscal", "year", "quarter", "latest", "most", "recent", "same",
    "period", "current", "then", "by", "how", "much", "that", "this", "these", "those", "as",
    "percentage", "ratio", "margin", "margins", "profile",
}


def defines_measure(question: str) -> bool:
    """The question defines the figure it asks for ('net debt, defined as … minus …', 'a three-year average of
    …', 'total deferred revenue (current plus noncurrent)'): only finbot's own arithmetic over the named line items
    answers it, never a figure read or generated."""
    spelled = spelled_out(question)
    defined = _definition(spelled)
    return bool(defined and (_OPERATOR.search(defined[1]) or re.search(r"[()]", defined[1]))) or bool(
        _SEVERAL_YEARS_AVERAGE.search(question)) or bool(_BRACKETED_FORMULA.search(question)) or bool(
        both_portions(spelled))


def asked_ratio(question: str) -> tuple[str, str, bool] | None:
    """(name, formula, is percentage) for a ratio the question defines or names (the first, for a judgement read
    in several); None for other questions, for questions that ask why or what a ratio is (the text explains
    that), and for quarters (statements' annual columns do not answer them)."""
    return next(iter(asked_ratios(question)), None)


# "total loyalty program deferred revenue (current plus noncurrent)": a balance the balance sheet splits in two
# "total deferred revenue (current plus noncurrent)", "…, current plus noncurrent, on the balance sheet"
_BOTH_PORTIONS = re.compile(r"(?P<item>[A-Za-z][\w'’&-]*(?:\s[\w'’&-]+){0,7}?)\s*(?:\(|,\s*)(?:the\s+)?current\s*"
                            r"(?:\+|plus|and)\s*(?:the\s+)?non-?current(?:\s+portions?)?(?:\)|(?=\s*[,?.;]|\s+(?:on|at|"
                            r"as of|in|for)\b))", re.I)
# how a balance sheet names the part due after a year
_NONCURRENT_FORMS = ("{item}, noncurrent", "{item}, non-current", "noncurrent {item}", "non-current {item}",
                     "{item}, less current portion", "{item}, net of current portion", "long-term {item}")


def both_portions(question: str) -> list[tuple[str, str, bool]]:
    """The sums a balance's current and noncurrent lines may be printed as, in the order tried; [] unless asked."""
    match = _BOTH_PORTIONS.search(question)
    if match is None:
        return []
    item = _phrase_part(_bare(match["item"]).lower().split())  # "what was the total X" names X
    item = item and re.sub(r"^(?:(?:the|total|its|their)\s+)+", "", item)
    if not item or not is_phrase(item):
        return []
    name = f"{item} (current plus noncurrent)"
    # the current part named as such where the sheet prints it so ("Deferred revenue, current"), else bare
    named_pairs = [(f"{item}, current", f"{item}, noncurrent"), (f"{item}, current", f"{item}, non-current"),
                   (f"current {item}", f"noncurrent {item}"), (f"current portion of {item}", f"long-term {item}")]
    return [(name, f"{current} + {noncurrent}", False) for current, noncurrent in named_pairs] + [
        (name, f"{item} + {form.format(item=item)}", False) for form in _NONCURRENT_FORMS]


def asked_ratios(question: str) -> list[tuple[str, str, bool]]:
    """Every ratio `asked_ratio` would read the question in: one, or the measures of a judgement (`JUDGEMENTS`)."""
    question = spelled_out(question)
    if portions := both_portions(question):
        return portions[:1]
    # The first question is the ask (a definition may come before it: "Free cash flow here means A minus B. What was
    # it …?"); a later sentence may add a condition ('if it is not useful, explain why').
    sentences = re.split(r"(?<=[?.!])\s+", question.strip())
    ask = next((s for s in sentences if s.endswith("?")), sentences[0])
    # "what percentage of total assets did goodwill represent" asks a share, not what something means
    if (_EXPLAIN.search(ask) and not _SHARE_DID.search(ask)) or _PARTS_COMPARED.search(ask) or _ACTING_ON.search(ask):
        return []
    defined = _definition(question)
    if defined and not parse_formula(defined[1]) and _OPERATOR.search(defined[1]):
        return []  # its own definition, over items finbot cannot read: not the textbook ratio of the same name
    if defined and parse_formula(defined[1]):
        name = re.sub(r"^(?:.*\s)?(?:is|was|are|were|the|using|use|with|a|an|its|where|compute|calculate|what|which)"
                      r"\s+", "", defined[0].strip(), flags=re.I)
        # the ratio's own name: not the company's ("Calder Widgets' EBITDA") nor the year ("for FY2025")
        name = re.sub(r"^.*(?:'s|(?<!holder)(?<!partner)(?<!member)s')\s+", "", name)  # not "stockholders' equity"
        name = re.sub(r"\s*\b(?:(?:for|in)\s+)?(?:fy|fiscal)\s?'?\d{2,4}\b\s*", " ", name, flags=re.I).strip() or name
        name = re.sub(r"\s+(?:for|of|at)\s+[A-Z].*$", "", name)  # "payout ratio for Kestrel Ridge"
        name = re.sub(r"^(?:19|20)\d\d\s+", "", name)  # "the 2025 net charge-off ratio"
        name = _without_verb_clause(name, question)  # "What free cash flow did Acme generate in 2024 (…)"
        name, formula = _over_defined(question, name, defined[1])
        # "Return on average equity … (net income over average equity)": a return is quoted in percent
        percent = bool(_AS_PERCENT.search(question)) or _in_percent(name) or bool(_RETURN_ON.search(ask))
        # "what share of X had been depreciated (A / B)" names its share by the quotient: "A as a percentage of B"
        if name == _SHARE_NAME and len(quotient := formula.split(" / ")) == 2:
            name = f"{_unbracketed(quotient[0])} as a percentage of {_unbracketed(quotient[1])}"
        # a sum or difference of amounts is no percentage, whatever a second ask says ("… and what was FCF as a
        # percentage of net income"); that second ask is a ratio of its own over the measure defined
        return [(name, formula, percent and "/" in formula), *_margin_of_defined(question, name, formula)]
    if share := _share_of(question):
        return [share]
    if _SEVERAL_YEARS_AVERAGE.search(question) and (line := _AVERAGE_LINE.search(ask)) and canonical_item(
            line["item"].lower()):
        # "average annual net sales over FY2023-FY2025": not named as the line itself, which the statements print
        return [(f"average {line['item']}", line["item"], False)]
    for pattern, names in JUDGEMENTS:
        if pattern.search(question):
            return [(n, f, p) for _, n, f, p in RATIOS if n in names]
    if _EXCLUDING.search(question):
        return []  # "Excluding SBC and amortization, what operating margin…" asks for another measure
    named = [(name, formula, percent) for pattern, name, formula, percent in RATIOS
             if (match := pattern.search(question)) and not _qualified(question[: match.start()])
             and not _ON_PART.match(question[match.end():]) and not _step_of_asked(question, match, formula)][:1]
    return [(name, _days_said(question, _operand_defined(question, formula)), percent)
            for name, formula, percent in named]


# "… times 92 days", "a 365-day year", "using the average of the 2024 and 2025 year-end receivables balances": the
# day count and the balance a days ratio is taken over, as the question says them
_DAYS_SAID = re.compile(r"(?:\*|\btimes|\bmultiplied by|×)\s*(?P<times>\d{2,3})(?:\s*days?)?\b"
                        r"|\b(?P<count>\d{2,3})[- ]day (?:year|quarter|period|month)\b", re.I)
_AVERAGE_BALANCE = re.compile(r"\baverage\b[^?.;]{0,80}?\b(?:receivables?|inventor(?:y|ies)|payables?)\b", re.I)


def _days_said(question: str, formula: str) -> str:
    if " * 365" not in formula:
        return formula
    if said := _DAYS_SAID.search(question):
        formula = formula.replace(" * 365", f" * {said['times'] or said['count']}")
    if _AVERAGE_BALANCE.search(question) and not formula.startswith("average "):
        formula = f"average {formula}"
    return formula


# "Calculate EBITDA as A + B + C, and the EBITDA margin on total net revenue": the measure defined, then over a base
_MARGIN_AFTER = re.compile(r"\band\s+(?:what\s+(?:is|was)\s+)?(?:the\s+|its\s+|their\s+)?(?P<name>[\w&'’ -]{0,40}?)"
                           r"\b(?:margin|as an? (?:percentage|percent|share))\s+(?:on|over|of|to|relative to)\s+"
                           r"(?P<base>[a-z][\w&'’ -]*?)(?=\s*\(|\s*[.?;,]|$)", re.I)


def _margin_of_defined(question: str, name: str, formula: str) -> list[tuple[str, str, bool]]:
    """The defined measure's margin the question asks beside it, as a percentage of the base it names; [] when it
    asks none or names a base finbot cannot read."""
    after = _MARGIN_AFTER.search(question)
    if after is None or "/" in formula or (after["name"].strip() and not set(tokenize(after["name"])) <= set(
            tokenize(f"{name} it"))):
        return []  # the margin of another measure, or of a ratio
    base = re.sub(r"^(?:the|its|their)\s+", "", after["base"].strip(), flags=re.I)
    if not parse_formula(base, single=True):
        return []
    return [(f"{name} margin", f"({formula}) / {base}", True)]


_VERB_CLAUSE = re.compile(r"\s+(?:did|does|do|has|have|had)\s+\S.*$", re.I)


def _without_verb_clause(name: str, question: str) -> str:
    """The measure's name without the clause the question puts after it ("cash flow did Acme generate"), with the
    words before it that the name's length cut off ("free")."""
    clause = _VERB_CLAUSE.search(name)
    if clause is None:
        return name
    head = name[: clause.start()]
    before = re.search(rf"((?:[\w'&-]+\s+){{0,2}}){re.escape(head)}{re.escape(clause.group()[:4])}", question, re.I)
    skip = _QUESTION_WORDS | {"the", "its", "their"}
    words = [w for w in (before.group(1).split() if before else []) if w.lower() not in skip]
    return " ".join([*words, head]) if head else name


def _operand_defined(question: str, formula: str) -> str:
    """The ratio's formula with an operand the question defines in its own words put in: "Using net capex
    (purchases of property and equipment less proceeds from equipment sales), what was free cash flow" takes that
    for the formula's capital expenditures."""
    defined = _OPERAND_DEFINED.search(question)
    if defined is None:
        return formula
    name = defined["name"].lower()
    item = canonical_item(name) or canonical_item(re.sub(r"^(?:net|total|adjusted)\s+", "", name))
    if item is None or not re.search(rf"\b{re.escape(item)}\b", formula):
        return formula
    return re.sub(rf"\b{re.escape(item)}\b", f"({defined['formula'].strip()})", formula, count=1)


# "gross margin on product sales": the margin of one line of revenue, not of the company's total
_ON_PART = re.compile(r"\s+on\s+(?!(?:a|an|the)\s+(?:gaap|reported|consolidated|total)\b)(?:[a-z][\w-]*\s+){0,3}?"
                      r"(?:sales|revenues?|products?|services?|subscriptions?|contracts?)\b", re.I)


_EXCLUDING = re.compile(r"\b(?:excluding|exclusive of|other than|apart from|aside from)\s|\bex-\w", re.I)


# "Give the coverage ratio", "as a percentage of revenue", "per share": the figure asked is a quotient
_QUOTIENT_ASKED = re.compile(r"\bratios?\b|\bcoverage\b|\bmultiples?\b|\bper\b|\bpercent(?:age)?\b|\bmargins?\b"
                             r"|\byields?\b|%", re.I)


def _step_of_asked(question: str, match: re.Match[str], formula: str) -> bool:
    """An amount named in a question that asks for a quotient of it: "did free cash flow cover repurchases plus
    dividends? Give the coverage ratio" asks for more than free cash flow."""
    rest = question[: match.start()] + " " + question[match.end():]
    return "/" not in formula and bool(_QUOTIENT_ASKED.search(rest))


# "as a percentage to one decimal", "to the nearest tenth": how precise, not what the ratio is over
_PRECISION = r"(?:one|two|three|four|\d+)\s+(?:decimal|place|significant)|the nearest\b"


def _over_defined(question: str, name: str, formula: str) -> tuple[str, str]:
    """The ratio asked over the figure the question defines: 'the debt-to-total-capital ratio, where total capital
    = debt + total shareholders' equity' asks for debt / (debt + equity), not total capital. Else (name, formula)."""
    words = r"[- ]".join(re.escape(word) for word in name.split())
    asked = re.search(rf"(?:\b(?P<a>[a-z][\w&]*(?:-[a-z][\w&]*)*)-to-|\b(?P<b>[a-z][\w&]*) to ){words}[- ]ratio\b"
                      rf"|\bratio of (?P<c>[a-z][\w&' -]*?) to {words}\b", question, re.I)
    if asked is not None:
        part = next(group for group in asked.groups() if group)
        over = f"{part} / ({formula})"
        return (f"{part}-to-{name} ratio", over) if parse_formula(over) else (name, formula)
    # 'the debt-to-equity ratio, with debt defined as long-term debt plus its current portion': over equity
    # …or "What was funded debt divided by total shareholders' equity at …?" after defining funded debt
    asked = re.search(rf"\b{words}-to-(?P<a>[a-z][\w&']*(?:-[a-z][\w&']*)*)[- ]ratio\b"
                      rf"|\bratio of {words} to (?P<b>[a-z][\w&' -]*?)(?=[,.?;]|\s+(?:at|for|in|as of|on)\b|$)"
                      rf"|\b(?:was|is|were) {words} / (?P<e>[a-z][\w&'’ -]*?)(?=[,.?;]|\s+(?:at|for|in|as of|on)\b|$)",
                      question, re.I)
    # 'what is its net debt to EBITDA? Define net debt as …, and EBITDA as …': over the second definition
    plain = re.search(rf"\b{words}[- ]to[- ](?!{_PRECISION})(?P<d>[a-z][\w&']*(?: [a-z][\w&']*)?)"
                      r"(?=[?,.;]|\s+(?:at|for|in|as of|on)\b)", question, re.I)
    if asked is None and plain is None:
        return name, formula
    part = next(group for group in (asked or plain).groups() if group).replace("-", " ")
    second = re.search(rf"\band {re.escape(part)} as (?P<f>[^.;?]+?)(?=[.;?]|$)", question, re.I)
    # "… and capital as debt plus equity": the debt it names is the one just defined
    below = re.sub(rf"\b{words}\b", lambda _: f"({formula})", second["f"].strip(), flags=re.I) if second else part
    over = f"({formula}) / ({below})" if second else f"({formula}) / {part}"
    if parse_formula(over):
        divided = asked is not None and asked["e"]  # a quotient said so, no ratio by name (no percentage either)
        return (f"{name} divided by {part}" if divided else f"{name}-to-{part} ratio"), over
    # the quotient asked, over a figure finbot cannot read: no answer, rather than its numerator alone
    return (name, formula) if asked is not None else (f"{name}-to-{part} ratio", "")


_MULTIPLE_TOO = re.compile(r"\bratio\b", re.I)
_PERCENT_NAMED = re.compile(r"margin|rate|percent|%|yield|payout|share|efficiency|loss|expense|combined|return", re.I)


def _in_percent(name: str) -> bool:
    """A ratio the question defines is a percentage unless it is a textbook multiple ('current ratio'): margins,
    rates, yields and a bank's or an insurer's ratios ('efficiency ratio', 'loss ratio') are quoted in percent."""
    textbook = next((percent for pattern, _, _, percent in RATIOS if pattern.search(name)), None)
    if textbook is not None:
        return textbook
    # leverage, and liquidity told as a multiple of what falls due ("liquidity ratio", "cash ratio")
    if re.search(r"turnover|multiple|\btimes\b|\bdays\b|per share|\bx\b|-to-(?:\w+[- ])?ebit|\bliquidity\b"
                 r"|\bcash ratio\b", name, re.I):
        return False
    return bool(re.search(r"margin|rate|percent|%|yield|payout|coverage|ratio|\bshare\b", name, re.I))


def _qualified(before: str) -> bool:
    """The words before a ratio's name make it another measure ('non-GAAP', 'professional services')."""
    words = re.findall(r"[\w'’&-]+", before.lower())[-2:]
    if words and words[-1] in _QUALIFIERS:
        return True
    plain = [w for w in words if w.isalpha() and w not in _PLAIN_BEFORE_RATIO]
    return len(words) == 2 and len(plain) == 2


# "total debt from the debt note", "dividends paid (from the cash flow statement)", "interest expense from the statement
# of operations", "D&A as reported in the cash flow statement": the table the question says a line is read from
_PLACED = re.compile(
    r"(?P<phrase>[a-z][\w'’&/-]*(?:\s+[a-z&][\w'’&/-]*){0,5}?)\s*\(?\s*(?:(?:as\s+)?(?:reported|shown|presented|"
    r"disclosed|stated|recorded)\s+)?(?:from|in|on|per|according to)\s+the\s+(?P<place>(?:[a-z][\w'’&-]*\s+){0,3}?"
    r"(?:foot)?notes?\b|balance sheets?\b|(?:[a-z][\w'’&-]*\s+){1,3}statements?\b|statements? of (?:[a-z][\w'’&-]*\s?)"
    r"{1,3})", re.I)
_PLACE_WORDS = frozenset("the note notes footnote footnotes statement statements of consolidated condensed".split())
_PHRASE_WORDS = frozenset("using use taking take and with total".split())
# the line is what follows the last operator or "as" ("operating income plus depreciation and amortization as
# reported in the cash flow statement": D&A is read there, operating income is not)
_LAST_OPERAND = re.compile(r"^.*\b(?:plus|minus|less|over|times|divided by|as|subtracting)\s+|^.*\s[-+/*]\s+", re.I)


def _places(question: str) -> list[tuple[set[str], str, set[str]]]:
    """(the words of the line, the statement or '' for a note, the note's words) for each line the question says
    where to read."""
    places = []
    for match in _PLACED.finditer(question):
        place = match["place"]
        statement = next((name for name, title in STATEMENT_TITLES.items() if title.search(place)), "")
        words = {w[:4] for w in tokenize(place) if w not in _PLACE_WORDS}
        line = {w for w in tokenize(_LAST_OPERAND.sub("", match["phrase"])) if w not in _PHRASE_WORDS}
        if line and (statement or words):
            places.append((line, statement, words))
    return places


def _placed_tables(item: str, year: int, months: int | None, tables: list[Chunk],
                   places: Sequence[tuple[set[str], str, set[str]]]) -> list[Chunk]:
    """The tables where the question says to read `item` (a statement, or a note by its words in the table's
    heading); all of them where it says nothing of it, or where none of those has it."""
    line_item = re.sub(r"^(?:average|previous) ", "", item)
    named = set(tokenize(item_name(line_item)))
    for line, statement, words in places:
        if not line & named:
            continue
        found = [chunk for chunk in tables if (STATEMENT_TITLES[statement].search(chunk.table.context) if statement
                                               else words <= {w[:4] for w in tokenize(chunk.table.context)})]
        has_it = any(find_item(line_item, when, found, months) for when in (year, year - 1))
        return found if has_it else tables
    return tables


def statement_ratio(question: str, chunks: Sequence[Chunk]) -> StatementAnswer | None:
    """The ratio the question asks for, over the statements among `chunks` (one document's), for each period
    it names (the latest the statements show when it names none); None when it asks for no ratio. A judgement
    read in several ratios shows each one the statements give."""
    places = _places(question)
    question = spelled_out(question)
    portions = both_portions(question)  # several ways of printing one sum: the first the statements print
    asked = portions or asked_ratios(question)
    if not asked:
        return None
    tables = [c for c in chunks if c.kind == "table" and c.table is not None]
    texts = [c for c in chunks if c.kind != "table"]
    part = _named_part(question, asked, tables)
    if part is not None:  # "… of the Lifting & Handling Systems segment": that part's rows, not the company's
        tables, texts = _rows_of_part(part, tables), []
        # the part's own lines: "segment operating income" is its 'Operating income'
        asked = [(f"{name} ({part})", re.sub(r"\bsegment(?:'s)?\s+(?=[a-z])", "", formula, flags=re.I), percent)
                 for name, formula, percent in asked]
    months = _asked_months(question, tables)
    # a quarter's figure the statements lack may still be in the text or a quarterly note: not refused here
    outright = bool(_definition(question) or _OUTRIGHT.search(question)) and (
        months is None or any(months_of(column) == months for c in tables for column in c.table.columns))
    years = sorted(set(years_in(question)))
    if not years:
        latest = max((y for c in tables for y in c.table.periods if y), default=None)
        years = [latest] if latest else []
    if not years:
        return StatementAnswer(asked[0][0], "", missing="the period", asked_outright=outright)
    several = _SEVERAL_YEARS_AVERAGE.search(question)
    if len(years) == 2 and years[1] - years[0] == 1 and not several and not _TREND.search(question) and all(
            "average" in formula for _, formula, _ in asked):
        # "the average of equity at the fiscal 2024 and fiscal 2025 year-ends": the two ends of one year's average
        years = years[1:]
    if several:  # 'the FY2023 - FY2025 three-year average of …': each year, then their mean
        count = COUNT_WORDS.get(several["count"].lower()) or int(several["count"])
        years = list(range(years[-1] - count + 1, years[-1] + 1))
    elif len(years) == 1 and _TREND.search(question):  # 'improving', 'changed': the year before too
        years = [years[0] - 1, years[0]]
    found: list[tuple[str, str, bool, list]] = []
    gaps: list[StatementAnswer] = []
    for name, formula, percent in asked:
        tokens = parse_formula(formula, single=bool(several))
        if not tokens:
            continue
        if not _definition(question) and _stated(name, years, tables, months, question, percent):
            if len(asked) == 1:
                # the document prints the ratio itself: its own row, and a trend is its change
                if len(years) == 2:
                    return _stated_change(name, question, years, tables, months, percent)
                return _stated_value(name, question, years[0], tables, months, percent) if len(years) == 1 else None
            continue
        results: list[tuple[int, Calculation, list[LineItem], str]] = []
        # a line named in the question's own words may be printed under another name that other readers find
        phrased = any(kind == "item" and PHRASE in value for kind, value in tokens)
        daily = bool(_DAILY_AVERAGES.search(question))
        for year in years:
            computed = _compute(tokens, year, tables, months, daily, texts, places)
            if isinstance(computed, str):
                gaps.append(StatementAnswer(name, "", missing=computed, asked_outright=outright and not phrased))
                break
            if _part_elsewhere(name, computed[1]):  # the part again, among the tables about the whole
                about = [c for c in tables if c is computed[1][1].chunk or _about_whole(name, c)]
                computed = _compute(tokens, year, about, months, daily, texts, places)
            if isinstance(computed, str) or _part_elsewhere(name, computed[1]):
                gaps.append(StatementAnswer(name, "", missing=f"{name.split(' as a percentage of ')[0]} among the "
                                            f"parts of {name.split(' as a percentage of ')[-1]}", asked_outright=False))
                break
            items = computed[1]
            if len(items) == 2 and (items[0].label, items[0].column, items[0].text) == (
                    items[1].label, items[1].column, items[1].text):
                # one line over itself ("intersegment sales as a share of net sales" read as net sales twice)
                gaps.append(StatementAnswer(name, "", missing=name.split(" as a percentage of ")[0],
                                            asked_outright=False))
                break
            results.append((year, *computed))
        else:
            found.append((name, formula, percent, results))
            if portions:
                break
    if portions and not found:
        return StatementAnswer(portions[0][0], "", missing=f"the noncurrent line of {portions[0][0].split(' (')[0]}",
                               asked_outright=False)
    if not found:
        return gaps[0] if gaps else None
    shared: list[Chunk] = []  # one citation list, so the markers of every ratio shown agree
    texts = [_answer(*ratio, bool(_CHANGE.search(question)), shared, months, bool(BASIS_POINTS.search(question)),
                     relative=bool(_RELATIVE_CHANGE.search(question))) for ratio in found]
    if several:
        return _averaged(found[0], texts[0], tuple(shared))
    if len(years) >= 2 and len(found) == 1 and not found[0][2] and _YEARS_COMBINED.search(question):
        return _summed(found[0], texts[0], tuple(shared))
    return StatementAnswer(found[0][0], " ".join(texts), tuple(shared), found[0][3][-1][1])


# rows named for a basis, not a part of the business: 'GAAP' and 'Non-GAAP' under each expense of a reconciliation
_BASIS_ROW = re.compile(r"^\s*(?:gaap|non-gaap|adjusted|reported|as reported|total|other|consolidated)\s*$", re.I)


def _named_part(question: str, asked: list[tuple[str, str, bool]], tables: list[Chunk]) -> str | None:
    """The part of the business a ratio is asked of, written out as a name in the question, none of whose words is
    a line of the formula (a share of the whole names its part as a line: "… as a percentage of revenue" reads the
    part's row, not its rows): either a sub-heading of the tables ("Lifting & Handling Systems" over its rows) or
    a row listed under several of the measures' sub-headings ("Fluid Handling Systems" under "Orders" and under
    "Net sales")."""
    formula_words = {w for _, formula, _ in asked for w in tokenize(formula)}

    def named(name: str, capitalised: bool = True) -> bool:
        words = set(tokenize(name)) - DATE_WORDS
        # as a name, capitalised, in the question; the heading may print it in capitals ("PROFESSIONAL PLACEMENT")
        said = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", question, re.I)
        # …by a word of its own, not a month's ("nine months ended September 30" names a period, no part)
        return bool(words) and not words & formula_words and bool(said) and any(
            (word[:1].isupper() or not capitalised) and word.lower().strip(",.") not in DATE_WORDS
            for word in said.group().split())

    rows = [replace(row, label=_unmarked(row.label)) for chunk in tables for row in chunk.table.rows]
    for row in rows:
        if named(group := row.group.strip(" :")):
            return group
    # a row under several measures' sub-headings is a part by its place, however the question writes it ("what gross
    # margin did professional services earn": 'Professional services' under Revenue and under Cost of revenue)
    for row in rows:
        # (a line the statements name, 'Gross profit' under each segment, is a measure, not a part, unless capitalised)
        measure = not named(row.label) and canonical_item(row.label.lower()) is not None
        if row.group and not measure and named(row.label, capitalised=False) and not _BASIS_ROW.match(row.label) \
                and any(other.label == row.label and other.group and other.group != row.group for other in rows):
            return row.label
    return None


_SEGMENT_WORD = re.compile(r"^segment(?:'s)?\s+(?=[a-z])", re.I)
_FOOTNOTE_MARKS = re.compile(r"(?:\s*\((?:\d{1,2}|[a-z]|\*+)\))+\s*$")


def _unmarked(label: str) -> str:
    """A row's label without the footnote marks after it: 'Professional services(1)' is 'Professional services'."""
    return _FOOTNOTE_MARKS.sub("", label)


def _rows_of_part(part: str, tables: list[Chunk]) -> list[Chunk]:
    """The tables' rows about the part, each table with only those: the part's own rows under the measures'
    sub-headings, each then named by its measure ('Orders'), and the rows under the part's sub-heading."""
    by_measure = [replace(chunk, table=replace(chunk.table, rows=rows)) for chunk in tables if (rows := tuple(
        replace(row, label=row.group.strip(" :"), group="") for row in chunk.table.rows
        if _unmarked(row.label) == part and row.group))]
    # under the part's sub-heading, a 'Total …' row that does not name the part is the company's, printed on below it
    own = set(tokenize(part))
    # (a part's 'Segment operating income' is its operating income)
    under = [replace(chunk, table=replace(chunk.table, rows=rows)) for chunk in tables if (rows := tuple(
        replace(row, label=_SEGMENT_WORD.sub("", row.label)) for row in chunk.table.rows
        if row.group.strip(" :") == part
        and not (re.match(r"\s*total\b", row.label, re.I) and not own <= set(tokenize(row.label)))))]
    return by_measure + under


def _averaged(ratio, text: str, chunks: tuple[Chunk, ...]) -> StatementAnswer:
    """The mean of a ratio over the years computed, finbot's arithmetic, ahead of each year's working."""
    name, _, percent, results = ratio
    values = [calculation.value * (100 if percent else 1) for _, calculation, _, _ in results]
    terms = [normalise_number(formatted(v, 6)) for v in values]  # '5340', not '5,340': a sum of lines is large
    mean = evaluate(f"({' + '.join(terms)}) / {len(terms)}", set(terms) | {str(len(terms))})
    figure = f"{formatted(mean.value, 2)}{'%' if percent else ''}"
    lead = f"{len(values)}-year average of {name.removeprefix('average ')}, {results[0][0]}–{results[-1][0]}: {figure}."
    return StatementAnswer(name, f"{lead} {text}", chunks, mean)


def _summed(ratio, text: str, chunks: tuple[Chunk, ...]) -> StatementAnswer:
    """An amount over the years computed, added ("… in FY2024 and FY2025 combined"), ahead of each year's working."""
    name, _, _, results = ratio
    terms = [normalise_number(formatted(calculation.value, 6)) for _, calculation, _, _ in results]
    total = evaluate(" + ".join(terms), set(terms))
    lead = f"{name[:1].upper()}{name[1:]}, {results[0][0]}–{results[-1][0]} combined: {formatted(total.value, 2)}."
    return StatementAnswer(name, f"{lead} {text}", chunks, total)


def _asked_months(question: str, tables: list[Chunk]) -> int | None:
    """The span the question asks for; year-to-date is the longest span under a year the statements print."""
    months = months_of(question)
    if months != YEAR_TO_DATE:
        return months
    return longest_span(column for c in tables for column in c.table.columns) or YEAR_TO_DATE


def period_name(year: int, months: int | None) -> str:
    if months is None:
        return str(year)
    return f"the {_SPAN_WORDS[months]} months ended {year}" if months in _SPAN_WORDS else f"the year to date of {year}"


def _stated_change(
    name: str, question: str, years: list[int], tables: list[Chunk], months: int | None, percent: bool = False,
) -> StatementAnswer | None:
    """How a ratio the document prints moved between the two periods asked, from its own row: one whose words the
    question all uses ('GAAP operating margin', not 'Non-GAAP operating margin'), the shortest."""
    found = _shortest_stated_row(name, years, tables, months, question, percent)
    if found is None:
        return None
    row, cells, chunk = found
    figures = [parse_figure(text.replace("$", "").strip()) for _, text in cells]
    if any(f is None for f in figures):
        return None
    before, after = (f.value for f in figures)
    known = {normalise_number(f"{abs(v):g}") for v in (before, after)}
    change = evaluate(f"{_signed(after)} - {_signed(before)}", known)
    percent = any("%" in text for _, text in cells)
    shown = ", ".join(f"{text} ({column})" for column, text in cells)
    moved = f"{formatted(change.value, 2)}{' percentage points' if percent else ''}"
    if percent and BASIS_POINTS.search(question):
        moved = f"{change.value * 100:.0f} basis points ({moved})"
    text = (f"{LEADER_DOTS.sub('', row.label)} moved by {moved} from {period_name(years[0], months)} to "
            f"{period_name(years[1], months)}: {shown} [1].")
    return StatementAnswer(name, text, (chunk,), change)


def _stated_value(
    name: str, question: str, year: int, tables: list[Chunk], months: int | None, percent: bool = False,
) -> StatementAnswer | None:
    """The ratio as the document prints it for the period asked, from its own row (the one `_stated_change` reads):
    the filing's figure, not a partial calculation of it ('the average of equity')."""
    found = _shortest_stated_row(name, [year], tables, months, question, percent)
    if found is None:
        return None
    row, [(column, text)], chunk = found
    label = LEADER_DOTS.sub("", row.label)
    return StatementAnswer(name, f"{label} for {period_name(year, months)}: {text} ({column}) [1].", (chunk,))


def _signed(value: float) -> str:
    return f"({value:g})" if value < 0 else f"{value:g}"


def _stated(name: str, years: list[int], tables: list[Chunk], months: int | None = None, question: str = "",
            percent: bool = False) -> bool:
    """Some table has a row named for the ratio with a figure for every year asked ('Effective tax rate'), and no
    word the question does not use ('Segment operating margin' is a segment's, not the company's)."""
    return next(_stated_rows(name, years, tables, months, question, percent), None) is not None


def _shortest_stated_row(name: str, years: list[int], tables: list[Chunk], months: int | None, question: str,
                         percent: bool = False):
    """Of the rows named for the ratio (`_stated_rows`), the one with the shortest label: the fewest words the
    question leaves out ('GAAP operating margin' before 'GAAP operating margin, as adjusted')."""
    return min(_stated_rows(name, years, tables, months, question, percent), key=lambda r: len(r[0].label),
               default=None)


def _stated_rows(name: str, years: list[int], tables: list[Chunk], months: int | None, question: str,
                 percent: bool = False):
    """(row, its cell for each year, chunk) for each row named for the ratio that `_stated` describes; not one
    segment's row of several ('Operating margin' under 'Flat-Rolled Steel', under 'Long Products', …) unless the
    question names its segment."""
    parts = _parts_of_several(tables)
    asked = set(tokenize(question))
    for chunk in tables:
        for row in chunk.table.rows:
            if (chunk.table.context, row.label.strip().lower()) in parts and not set(tokenize(row.group)) & asked:
                continue
            if name in row.label.lower() and _asked_row(row, question) and not named_by_qualifier_only(row.label,
                                                                                                   question):
                cells = [_year_cell(row, year, months, table_span=heading_span(chunk.table.context)) for year in years]
                # a ratio quoted in percent is no line of money of the same name ("Gross margin | 383.2")
                if all(cells) and (not percent or all("%" in text for _, text in cells)
                                   or re.search(r"%|\bpercent", row.label, re.I)):
                    yield row, cells, chunk


def _asked_row(row: Row, question: str) -> bool:
    """The row's label uses no word the question leaves out (but 'total' or 'consolidated')."""
    if not question:
        return True
    words = set(re.findall(r"[\w-]+", row.label.lower())) - {"total", "consolidated"}
    return words <= set(re.findall(r"[\w-]+", question.lower()))


# a period before a line's name in a formula: 'fiscal 2025 adjusted EBITDA'
_PERIOD_BEFORE = re.compile(r"\b(?:(?:fiscal|fy)\s?(?:year\s)?)?(?:19|20)\d\d\s+(?=[a-z])", re.I)
# "its nine-month operating cash flow": whose and which span, said before the line (the span is read from the question)
_SPAN_BEFORE = re.compile(r"^\s*(?:its|their)\s+|\b(?:(?:three|six|nine|twelve)[- ]months?|full[- ]year"
                          r"|first[- ]half|year[- ]to[- ]date|quarterly)\s+(?=[a-z])", re.I)


def _before_line(phrase: str) -> str:
    """A line's name without whose it is, its year or its span said before it."""
    return _SPAN_BEFORE.sub("", _PERIOD_BEFORE.sub("", _bare(phrase)))


_QUOTED_LINE = re.compile(r"['‘\"“]([a-z][^'’\"”]{2,80})['’\"”]")


def parse_formula(formula: str, single: bool = False) -> list[tuple[str, str]] | None:
    """('op', '+') and ('item', canonical name) tokens, or None when the text is not a formula over known items;
    with `single`, one item alone is one too (a line averaged over years)."""
    tokens: list[tuple[str, str]] = []
    position = 0
    text = _PERIOD_BEFORE.sub("", formula).strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            return None
        position = match.end()
        if match.group("op"):
            tokens.append(("op", {"×": "*", "÷": "/", "−": "-"}.get(match.group("op"), match.group("op"))))
            continue
        if match.group("number"):
            tokens.append(("number", match.group("number")))
            continue
        raw = match.group("name").strip().lower()
        # "the 'Capital expenditures, including aircraft' line, excluding …": the line the question quotes
        raw = quoted[1] if (quoted := _QUOTED_LINE.search(raw)) else raw
        optional = raw.endswith("?")
        raw = raw.rstrip("?").strip()
        period = next((word for word in ("average ", "previous ") if raw.startswith(word)), "")
        raw = raw.removeprefix(period).strip()
        item = canonical_item(raw)
        if item is None and (both := _two_items(raw)):
            # "minus cash and cash equivalents and short-term investments": both taken away
            tokens += [("op", "("), ("item", period + both[0]), ("op", "+"), ("item", period + both[1]), ("op", ")")]
            continue
        if item is None and is_phrase(raw):  # a line the company prints that is not a known item ('total deposits')
            item = PHRASE + raw
        if item is None:
            return None
        tokens.append(("item", period + item + ("?" if optional else "")))
    # 'free cash flow (operating cash flow - capital expenditures)': the bracket says what the name before it is
    tokens = [token for i, token in enumerate(tokens)
              if not (token[0] == "item" and i + 1 < len(tokens) and tokens[i + 1] == ("op", "("))]
    operators = sum(kind == "op" and value in "+-*/" for kind, value in tokens)
    return tokens if (operators or single) and any(kind == "item" for kind, _ in tokens) else None


def _two_items(phrase: str) -> tuple[str, str] | None:
    """Two line items joined by 'and' ('cash and cash equivalents and short-term investments'), split where
    both halves name one."""
    for joint in re.finditer(r"\s+and\s+", phrase):
        first, second = canonical_item(phrase[: joint.start()]), canonical_item(phrase[joint.end():])
        if first and second:
            return first, second
    return None


def token_item(value: str) -> str:
    """The line item of a parsed formula's item token: 'average inventories', 'previous revenue?' -> the item."""
    return re.sub(r"^(?:average|previous) ", "", value).rstrip("?")


def item_name(item: str) -> str:
    """The line item as the answer names it: a phrase of the question in its words."""
    return item.removeprefix(PHRASE)


_AS_CARRIED = re.compile(r"^(?:the )?(?:balance[- ]sheet |reported )?"
                         r"(?:(?:carrying|book) (?:amount|value) of (?:the )?)?(?=\S)", re.I)


def canonical_item(phrase: str) -> str | None:
    phrase = re.sub(r"\s+", " ", phrase.replace("’", "'")).strip(" ,")
    # "the balance sheet carrying amount of long-term debt" is the statement's line "long-term debt"
    phrase = _AS_CARRIED.sub("", phrase) or phrase
    # "receivables, net" and "SG&A expenses" name the items "receivables" and "SG&A"
    for name in dict.fromkeys((phrase, re.sub(r",? net$", "", phrase), re.sub(r" expenses?$", "", phrase))):
        if name in ITEMS:
            return name
        if name in _ALIASES:
            return _ALIASES[name]
        for item, (_, labels) in ITEMS.items():
            if name in labels:
                return item
    return None


def _compute(
    tokens, year: int, all_tables: list[Chunk], months: int | None = None, daily: bool = False,
    texts: Sequence[Chunk] = (), places: Sequence[tuple[set[str], str, set[str]]] = (),
) -> tuple[Calculation, list[LineItem], str] | str:
    """The expression's value for one year (or the `months` ended in it), with its line items and the formula with
    figures; or the line item and period that were not found ("revenue for 2021"). 'average X' is the mean of two
    year-ends, or with `daily` the year's average balance the filing's average balance table prints. A line in the
    question's words that no table prints may be a sum the prose of `texts` states, for a year-end (not a span). A
    line the question says where to read (`places`) is read there."""
    parts: list[str] = []
    shown: list[str] = []
    items: list[LineItem] = []
    factors: set[str] = set()  # a line put in the first line's units ('shares in thousands' beside '$ in millions')
    in_prose: list[tuple[int, str, ProseFigure]] = []  # (index in parts, item, figure) to put in the tables' units
    for kind, value in tokens:
        if kind == "op":
            parts.append(value)
            shown.append({"*": "×", "/": "÷", "-": "−"}.get(value, value))
            continue
        if kind == "number":
            parts.append(value)
            shown.append(value)
            continue
        optional = value.endswith("?")
        item = value.rstrip("?")
        tables = _placed_tables(item, year, months, all_tables, places) if places else all_tables
        if item.startswith("average ") and daily:
            item = item.removeprefix("average ")
            found = average_balance(item, year, tables)
            if found is None:
                return f"the average balance of {item_name(item)} for {year}"
            items.append(found)
            parts.append(_number(found))
            shown.append(f"average {item_name(item)} {found.text}")
            continue
        if item.startswith("average "):
            item = item.removeprefix("average ")
            now, before = find_item(item, year, tables, months), find_item(item, year - 1, tables, months)
            if now is None or before is None:
                return f"{item_name(item)} for {period_name(year if now is None else year - 1, months)}"
            items += [now, before]
            parts.append(f"(({_number(now)} + {_number(before)}) / 2)")
            shown.append(f"average {item_name(item)} ({now.text} and {before.text})")
            continue
        if item.startswith("previous "):
            item = item.removeprefix("previous ")
            found = find_item(item, year - 1, tables, months)
            if found is None:
                return f"{item_name(item)} for {period_name(year - 1, months)}"
            items.append(found)
            parts.append(_number(found))
            shown.append(f"{item_name(item)} {year - 1} {found.text}")
            continue
        found = _found_parts(item, year, tables, months)
        if not found:
            if optional:
                parts.append("0")
                shown.append(f"{item_name(item)} (none shown)")
                continue
            said = stated_in_prose(item_name(item), year, texts) if item.startswith(PHRASE) and not months else None
            if said is None:
                return f"{item_name(item)} for {period_name(year, months)}"
            in_prose.append((len(parts), item, said))
            parts.append("")
            shown.append("")
            continue
        items += [line for _, line in found]
        if len(found) == 1:
            line = found[0][1]
            factor = _rescaled(line, items[0])
            parts.append(f"({_number(line)} * {factor})" if factor else _number(line))
            factors.add(factor)
            shown.append(f"{item_name(item)} {_number(line).replace('(-', '(')} (printed {line.text}, expense in "
                         "brackets)" if _expense_in_brackets(line) else f"{item_name(item)} {line.text}"
                         + (f" × {factor} (its table's units to the first line's)" if factor else ""))
        else:  # two lines the question joined with 'and', added
            parts.append(f"({' + '.join(_number(line) for _, line in found)})")
            shown.append(f"({' + '.join(f'{name} {line.text}' for name, line in found)})")
    if in_prose:
        scale = table_scale(items[0].chunk) if items else None
        if scale is None:
            return f"{item_name(in_prose[0][1])} in the units of the statements for {year}"
        for index, item, said in in_prose:
            line = LineItem(item, said.sentence[:_PROSE_LABEL], str(year), said.text, said.dollars / scale, said.chunk)
            items.append(line)
            parts[index] = _number(line)
            shown[index] = f"{item_name(item)} {_number(line)} (stated as {said.text})"
    expression = " ".join(parts).replace("( ", "(").replace(" )", ")")
    allowed = {normalise_number(_number(i).strip("()-")) for i in items} | {"2", "0"} | {
        value for kind, value in tokens if kind == "number"} | factors - {""}
    try:
        calculation = evaluate(expression, allowed)
    except CalculationError:
        return f"a figure finbot can calculate with for {year}"
    return calculation, items, " ".join(shown).replace("( ", "(").replace(" )", ")")


def _rescaled(line: LineItem, first: LineItem) -> str:
    """The factor that puts a line in the units of the formula's first line when their tables state other scales
    (shares outstanding "in thousands" beside stockholders' equity "in millions": 0.001); "" when they agree or one
    states none."""
    scale, base = table_scale(line.chunk), table_scale(first.chunk)
    if scale is None or base is None or scale == base or line is first:
        return ""
    return normalise_number(formatted(scale / base, 9))


def _quality_of(item: str):
    """How well a row names the item: a known item by its labels (`label_quality`), a line in the question's own
    words by all its words (`phrase_quality`)."""
    if item.startswith(PHRASE):
        return partial(phrase_quality, phrase=item_name(item))
    return partial(label_quality, labels=ITEMS[item][1])


def average_balance(item: str, year: int, tables: list[Chunk]) -> LineItem | None:
    """The item's average balance for `year` from an average balance table ('Average Balances, Interest and
    Yields/Rates': a column naming the year and 'Average Balance'), the best-named row."""
    quality_of = _quality_of(item)
    best: tuple[int, LineItem] | None = None
    for chunk in tables:
        if not _AVERAGE_TABLE.search(chunk.table.context + " " + " ".join(chunk.table.columns)):
            continue
        for row in chunk.table.rows:
            quality = quality_of(row)
            cell = next(((c, v) for c, v in row.cells if years_in(c) == [year] and _AVERAGE_COLUMN.search(c)), None)
            figure = cell and parse_figure(cell[1].replace("$", "").strip())
            if quality and figure and (best is None or quality > best[0]):
                best = (quality, LineItem(item, LEADER_DOTS.sub("", row.label), cell[0], cell[1], figure.value, chunk))
    return best[1] if best else None


def _found_parts(item: str, year: int, tables: list[Chunk], months: int | None) -> list[tuple[str, LineItem]]:
    """The line for `item`, or for a phrase no line is named ('purchases of property and equipment and capitalized
    internal-use software'), the two lines its halves name; [] when neither is printed."""
    found = find_item(item, year, tables, months)
    if found is not None:
        return [(item_name(item), found)]
    if not item.startswith(PHRASE):
        return []
    phrase = item_name(item)
    kept, excluding, left_out = phrase.partition(", excluding ")
    if excluding and (name := canonical_item(kept) or (PHRASE + kept if is_phrase(kept) else None)):
        # "cash and cash equivalents (excluding restricted cash)": the line of that name whose label leaves it out,
        # not 'Cash, cash equivalents and restricted cash'; "depreciation (excluding amortization …)" likewise
        left_words = set(tokenize(left_out)) - set(tokenize(kept))
        without = [replace(c, table=replace(c.table, rows=tuple(
            row for row in c.table.rows if not set(tokenize(row.label)) & left_words))) for c in tables]
        if left_words and (found := find_item(name, year, without, months)) is not None:
            return [(item_name(name), found)]
    for joint in re.finditer(r"\s+and\s+", phrase):
        halves = [phrase[: joint.start()], phrase[joint.end():]]
        names = [canonical_item(h) or (PHRASE + h if is_phrase(h) else None) for h in halves]
        if None in names:
            continue
        lines = [find_item(name, year, tables, months) for name in names]
        if None not in lines:
            return [(item_name(n), line) for n, line in zip(names, lines, strict=True)]
    return []


def _part_elsewhere(name: str, items: list[LineItem]) -> bool:
    """A share of a whole whose part, a line in the question's words, was read from a table that is not the whole's
    and whose title says nothing of it: "Delmarre Basin" of capital spending is no part of revenues. A measure of
    earnings ("adjusted EBITDA as a percentage of net sales") is a margin, read wherever it is printed."""
    if " as a percentage of " not in name or len(items) != 2 or not items[0].item.startswith(PHRASE) or \
            _EARNINGS.search(name.split(" as a percentage of ")[0]):
        return False
    part, whole = items
    return part.chunk is not whole.chunk and not _about_whole(name, part.chunk)


def _about_whole(name: str, chunk: Chunk) -> bool:
    """The table's title or columns name a word of the whole the share is of ("Operating revenues by region")."""
    if chunk.table is None:
        return False
    said = {w[:5] for w in tokenize(f"{chunk.table.context} {' '.join(chunk.table.columns)}")}
    whole = {w[:5] for w in tokenize(name.split(" as a percentage of ")[-1])} - {"total", "net", "conso"}
    return bool(whole & said)


_PROSE_LABEL = 160  # characters of a prose sentence shown as a line item's name
# A tax line that prints its expense in brackets ("Income tax (expense)/benefit"): the sign reversed to an expense's
_EXPENSE_BRACKETED = re.compile(r"\((?:expense|provision(?: for)?)\)", re.I)


def _expense_in_brackets(item: LineItem) -> bool:
    return item.item == "income taxes" and bool(_EXPENSE_BRACKETED.search(item.label))


def _number(item: LineItem) -> str:
    # A line named in the question's words is a size, as the question's "minus" or "divided by" takes it: a
    # deduction ('Allowance for credit losses (72,310)', 'Net charge-offs (12,450)'), an outflow ('Capitalized
    # software'); only the income statement's brackets say a loss.
    sized = item.item.startswith(PHRASE) and (item.chunk.table is None or not STATEMENT_TITLES["income"].search(
        item.chunk.table.context))
    value = abs(item.value) if item.item in _OUTFLOWS or sized else item.value
    if _expense_in_brackets(item):
        value = -value  # "Income tax (expense)/benefit (31)": an expense of 31
    text = normalise_number(f"{value:f}".rstrip("0").rstrip("."))
    return f"({text})" if value < 0 else text


def find_item(item: str, year: int, tables: list[Chunk], months: int | None = None) -> LineItem | None:
    """The line item's figure for `year` (or the `months` ended in it): the best-named row with a cell in that
    period's column, the item's own statement first (any statement for a line named in the question's words);
    None when no table has it."""
    statement = None if item.startswith(PHRASE) else ITEMS[item][0]
    quality_of = _quality_of(item)
    best: tuple[tuple[bool, int, bool, int, bool, int], LineItem] | None = None
    parts = _parts_of_several(tables)
    named = set(tokenize(item))
    for chunk in tables:
        table = chunk.table
        titled = {s for s, p in STATEMENT_TITLES.items() if p.search(table.context)}
        in_statement = statement in titled if statement else bool(titled)
        other_statement = bool(titled - {statement}) if statement else False
        # A statement printed inside a note (a guarantor subgroup's balance sheet) is not the company's own.
        in_note = bool(IN_NOTE.search(table.context))
        for row in table.rows:
            quality = quality_of(row)
            if not quality:
                continue
            # one brand's 'Franchised restaurant sales' of two, neither brand named, gives way to the whole's line
            whole = (table.context, row.label.strip().lower()) not in parts or bool(set(tokenize(row.group)) & named)
            balance = statement == "balance" or statement is None and "balance" in titled
            if balance and statement is None and months:
                # a line in the question's own words asked over months is a flow of the period, not a balance sheet's
                # line of that name ("capitalized software" in a free cash flow: not "Capitalized software, net")
                continue
            cell = _year_cell(row, year, months, point_in_time=balance, table_span=heading_span(table.context))
            if cell is None:
                continue
            column, text = cell
            figure = parse_figure(text.replace("$", "").strip())
            if figure is None:
                continue
            # Between a gross line and its '…, net' line (receivables less allowances), the net one the total adds.
            is_net = bool(re.search(r"\bnet\b", row.label, re.I))
            rank = (whole, 2 * in_statement - other_statement, not in_note, quality, is_net, -(chunk.page or 0))
            if best is None or rank > best[0]:
                best = (rank, LineItem(item, LEADER_DOTS.sub("", row.label), column, text, figure.value, chunk))
    return best[1] if best else None


def _parts_of_several(tables: list[Chunk]) -> set[tuple[str, str]]:
    """(table context, row label) of the rows a table lists under two or more sub-headings with other figures: each
    is one part's line, not the item."""
    by_group: dict[tuple[str, str], dict[str, tuple[tuple[str, str], ...]]] = {}
    for chunk in tables:
        for row in chunk.table.rows:
            if row.group and row.cells:
                by_group.setdefault((chunk.table.context, row.label.strip().lower()), {})[row.group] = row.cells
    return {key for key, cells in by_group.items() if len(set(cells.values())) >= 2}


def label_quality(row: Row, labels: tuple[str, ...]) -> int:
    """4 for a label that is the item's name, 3 for it once 'total'/'net'/'consolidated' are set aside, 2 and 1
    for those with a qualifier after the name ('Inventories (Note 3)'); 0 for other rows."""
    label = _LABEL_NOISE.sub("", row.label.lower().replace("’", "'")).strip(" ,")
    plain = re.sub(r"\b(?:total|net|consolidated)\b\s*", "", label).strip(" ,")
    if not label:
        return 0
    for quality, text in ((4, label), (3, plain)):
        if text in labels:
            return quality
    for quality, text in ((2, label), (1, plain)):
        # "Inventories (Note 3)" is inventories; "Revenue per student (dollars)" is a figure per unit, not revenue
        if any((text.startswith(wanted + " ") or text.startswith(wanted + ","))
               and not text[len(wanted):].lstrip(" ,").startswith("per ") for wanted in labels):
            return quality
    return 0


def _year_cell(
    row: Row, year: int, months: int | None = None, point_in_time: bool = False, table_span: int | None = None,
) -> tuple[str, str] | None:
    """The row's cell in the column that names `year` alone and spans the `months` asked (a year when None; not a
    '% change' column); a column that names no span has the table's ('Nine Months Ended' over '2025  2024'). A
    balance is a point in time: asked for a quarter, its column dated in the year answers. Several quarters of one
    year ('Mar. 31, 2025', 'June 30, 2025' under 'Three Months Ended') leave the period unknown: None."""
    spanned: list[tuple[str, str]] = []
    dated = None
    for column, value in row.cells:
        if years_in(column) != [year] or re.search(r"change|%", column, re.I):
            continue
        span = column_span(column, table_span)
        if span == months:
            spanned.append((column, value))
        if months is not None and point_in_time and span is None and dated is None:
            dated = column, value
    if spanned:
        return spanned[0] if len(spanned) == 1 or table_span is None else None
    return dated


_NIL_X = {"0", "-0"}  # a 0.2% charge-off ratio is no "0x"
_ACRONYM = re.compile(r"(?<![\w&])[A-Za-z&]*[A-Z][A-Za-z&]*[A-Z&][A-Za-z&]*(?![\w&])")  # 'EBITDA', 'PP&E', 'FFO'


def _acronyms_cased(text: str, sources: Sequence[str]) -> str:
    """`text` (line items named in lower case) with the acronyms the question's formula or the rows write in
    capitals: 'adjusted ebitda' is 'adjusted EBITDA'. A line set all in capitals is no guide."""
    for word in {w for source in sources if not source.isupper() for w in _ACRONYM.findall(source)}:
        text = re.sub(rf"(?<![\w&]){re.escape(word.lower())}(?![\w&])", word, text)
    return text


def _answer(
    name: str, formula: str, percent: bool, results, change: bool, chunks: list[Chunk], months: int | None = None,
    basis_points: bool = False, relative: bool = False,
) -> str:
    """The ratio's figures, formula and line items, citing `chunks` (extended with the items' own). With `relative`,
    the change of an amount is told in percent of the earlier one."""
    lines: list[str] = []
    if change and len(results) == 2:  # 'the change in the current ratio from 2018 to 2019' leads with the change
        (first, before, *_), (last, after, *_) = results
        scale = 100 if percent else 1
        moved = after.value * scale - before.value * scale
        delta = f"{formatted(moved, 2)}{' percentage points' if percent else ''}"
        if relative and not percent and before.value:  # "change in percentage terms" of an amount
            delta = f"{formatted(moved / abs(before.value) * 100, 2)}% ({formatted(moved, 2)})"
        if percent and basis_points:  # asked in basis points: "46 basis points (0.46 percentage points)"
            delta = f"{moved * 100:.0f} basis points ({delta})"
        lines.append(f"Change in {name} from {period_name(first, months)} to {period_name(last, months)}: {delta}.")
    for year, calculation, items, shown in results:
        value = calculation.value * 100 if percent else calculation.value
        figure = f"{formatted(value, 2)}%" if percent else formatted(value, 2)
        multiple = formatted(calculation.value, 2)
        if percent and _MULTIPLE_TOO.search(name) and not _PERCENT_NAMED.search(name) and multiple not in _NIL_X:
            figure += f" ({multiple}x)"  # "cash conversion ratio": quoted either way
        shown = _acronyms_cased(shown, [formula, *(item.label for item in items)])
        lines.append(f"{name[:1].upper() + name[1:]} for {period_name(year, months)}: {figure} = {shown}"
                     f"{' × 100' if percent else ''}.")
        for item in items:
            if item.chunk not in chunks:
                chunks.append(item.chunk)
    sources = []
    for item in (i for _, _, items, _ in results for i in items):
        marker = chunks.index(item.chunk) + 1
        entry = f"{item.label} ({item.column}) {item.text} [{marker}]"
        if entry not in sources:
            sources.append(entry)
    return " ".join(lines) + f" Formula: {name} = {formula.replace('?', '')}. Line items: " + "; ".join(sources) + "."


# 'Among operations, investing and financing activities, which brought in the most cash in FY2023?': the three
# totals of the cash flow statement, compared. Spending words turn 'most' into the largest outflow.
_ACTIVITY_WORDS = {"operating": r"\boperat(?:ing|ions?)\b", "investing": r"\binvest(?:ing|ments?)\b",
                   "financing": r"\bfinanc(?:ing|e)\b"}
_MOST = re.compile(r"\b(?:most|highest|largest|biggest|greatest)\b", re.I)
_LEAST = re.compile(r"\b(?:least|lowest|smallest|fewest)\b", re.I)
_SPENT = re.compile(r"\b(?:used|uses|use|spent|spends|consumed|burn(?:ed|t|s)?|lost|loses)\b[^.?]{0,20}?\bmost\b", re.I)
_ACTIVITY_TOTAL = r"^(?:net |total )?cash (?:flows? )?(?:provided by|used in|from|\(used in\)|used for|generated by)?" \
                  r"(?: \(used in\)| \(provided by\)| \(used for\))? ?(?:\w+ )?{activity} activities"


def compared_activities(question: str) -> list[str]:
    """The cash flow activities a 'which … the most/least' question compares; [] for any other question."""
    named = [a for a, words in _ACTIVITY_WORDS.items() if re.search(words, question, re.I)]
    asks = re.search(r"\bwhich\b", question, re.I) and (_MOST.search(question) or _LEAST.search(question))
    return named if len(named) >= 2 and asks else []


def activity_comparison(question: str, chunks: Sequence[Chunk]) -> StatementAnswer | None:
    """Which of the cash flow statement's activities brought in (or used) the most cash in the year asked, with
    their totals; None for other questions, or when the statements do not give every activity named."""
    named = compared_activities(question)
    if not named:
        return None
    tables = [c for c in chunks if c.kind == "table" and c.table is not None and not IN_NOTE.search(c.table.context)]
    years = sorted(set(years_in(question)))
    year = years[-1] if years else max((y for c in tables for y in c.table.periods if y), default=None)
    if year is None:
        return None
    totals: list[tuple[str, float, str, Chunk]] = []
    for activity in named:
        pattern = re.compile(_ACTIVITY_TOTAL.format(activity=activity), re.I)
        found = None
        for chunk in tables:
            for row in chunk.table.rows:
                cell = _year_cell(row, year) if pattern.search(row.label.strip()) else None
                figure = parse_figure(cell[1].replace("$", "").strip()) if cell else None
                if figure is not None and (found is None or STATEMENT_TITLES["cash"].search(chunk.table.context)):
                    found = (activity, figure.value, f"{row.label} ({cell[0]}) {cell[1]}", chunk)
        if found is None:
            return None
        totals.append(found)
    outflow = bool(_SPENT.search(question)) or (bool(_LEAST.search(question)) and not _MOST.search(question))
    best = (min if outflow else max)(totals, key=lambda t: t[1])
    chunks_cited: list[Chunk] = []
    for *_, chunk in totals:
        if chunk not in chunks_cited:
            chunks_cited.append(chunk)
    verb = "used the most cash" if _SPENT.search(question) else (
        "brought in the least cash" if outflow else "brought in the most cash")
    shown = "; ".join(f"{text} [{chunks_cited.index(chunk) + 1}]" for _, _, text, chunk in totals)
    text = f"{best[0].capitalize()} activities {verb} in {year}: {shown}."
    return StatementAnswer(f"{best[0]} activities", text, tuple(chunks_cited))
