"""Ratios over a filing's statements: line items from the right statement and period, finbot's arithmetic,
the formula and pages shown, and a refusal naming what is missing."""

from dataclasses import replace

import pytest

from assistant.answering.pipeline import table_calculation
from assistant.answering.tables.arithmetic import calculate_from_table
from assistant.answering.tables.statements import (
    ITEMS,
    activity_comparison,
    asked_ratio,
    asked_ratios,
    compared_activities,
    defines_measure,
    label_quality,
    parse_formula,
    spelled_out,
    statement_ratio,
)
from assistant.app import Finbot
from assistant.retrieval.rewrite import Rewrite
from index.chunking import chunk_document
from index.documents import Document, Passage, Row, TableBlock, TextBlock

BALANCE = TableBlock(
    rows=(
        ("(in millions)", "2022", "2021"),
        ("Current assets", "", ""),
        ("Cash and cash equivalents", "$ 2,605", "$ 2,921"),
        ("Accounts receivable, net of allowances of $1,017 and $789", "24,506", "24,742"),
        ("Inventories", "2,388", "1,796"),
        ("Total current assets", "37,857", "36,728"),
        ("Total current liabilities", "50,171", "47,160"),
    ),
    caption="Consolidated Balance Sheets", page=56, section="Item 8. Financial Statements",
)
INCOME = TableBlock(
    rows=(
        ("(in millions)", "2022", "2021", "2020"),
        ("Total operating revenues", "136,835", "133,613", "128,292"),
        ("Cost of services", "", "", ""),
        ("Operating income", "30,467", "32,448", "28,798"),
        ("Income before provision for income taxes", "28,271", "29,584", "23,967"),
        ("Provision for income taxes", "(6,523)", "(6,802)", "(5,619)"),
    ),
    caption="Consolidated Statements of Income", page=54, section="Item 8. Financial Statements",
)
# A segment note also names revenues; the statement's own row must win.
NOTE = TableBlock(
    rows=(("(in millions)", "2022", "2021"), ("Revenues", "77,702", "77,311"),
          ("Operating income", "24,242", "24,002")),
    caption="Consumer segment", page=88, section="Item 8. Financial Statements > Note 13. Segments",
)


def _chunks():
    doc = Document("vz.pdf", "vz.pdf", "Acme 10-K", [TextBlock("Acme sells phones.", page=1), BALANCE, INCOME, NOTE])
    return chunk_document(doc)


def test_an_amount_over_years_combined_is_their_sum():
    flows = TableBlock(rows=(("(in millions)", "2025", "2024"), ("Dividends paid", "(355)", "(317)"),
                             ("Repurchases of common stock", "(842)", "(705)")),
                       caption="Consolidated Statements of Cash Flows", page=60, section="Item 8.")
    chunks = chunk_document(Document("a.pdf", "a.pdf", "Acme 10-K", [flows]))
    question = "How much cash did Acme return to shareholders through dividends and buybacks in 2024 and 2025 combined?"
    answer = statement_ratio(question, chunks)
    assert answer.text.startswith("Cash returned to shareholders, 2024–2025 combined: 2,219.")
    each = statement_ratio(question.replace(" combined", ""), chunks)
    assert "combined" not in each.text and "for 2025: 1,197" in each.text


def test_lines_of_tables_in_other_units_are_put_in_the_first_lines_units():
    equity = TableBlock(rows=(("(in millions)", "2025", "2024"), ("Total stockholders' equity", "4,377.5", "4,020.0")),
                        caption="Consolidated Balance Sheets", page=50, section="Item 8.")
    shares = TableBlock(rows=(("(shares in thousands)", "2025", "2024"), ("Shares outstanding at end of year",
                                                                          "31,700", "32,100")),
                        caption="Note 12. Stockholders' equity (shares in thousands)", page=70, section="Item 8.")
    chunks = chunk_document(Document("h.pdf", "h.pdf", "Acme 10-K", [equity, shares]))
    answer = statement_ratio("What was book value per share at the end of 2025, i.e. total stockholders' equity "
                             "divided by the shares outstanding at the end of the year?", chunks)
    assert answer is not None and round(answer.calculation.value, 2) == 138.09


def test_a_figure_per_unit_is_not_the_line_it_is_of_and_two_lines_added_with_plus():
    assert label_quality(Row("Revenue per student (dollars)", ()), ITEMS["revenue"][1]) == 0
    assert asked_ratio("What was D&A plus share-based compensation as a percentage of revenue in 2025?")[1] == (
        "(depreciation and amortization + stock-based compensation) / revenue")


def test_named_ratio_reads_its_line_items_from_the_statement_and_year():
    answer = statement_ratio("What was the quick ratio for FY2022?", _chunks())
    assert answer.text.startswith("Quick ratio for 2022: 0.54 = (cash and cash equivalents $ 2,605")
    assert "short-term investments (none shown)" in answer.text and "Formula: quick ratio = " in answer.text
    assert [c.page for c in answer.chunks] == [56]
    assert answer.calculation.expression == "(2605 + 0 + 24506) / 50171"


def test_ratio_defined_in_the_question_wins_over_the_textbook_one():
    answer = statement_ratio("Using current ratio = cash / current liabilities, what was it in 2021?", _chunks())
    assert answer.name == "current ratio" and answer.calculation.expression == "2921 / 47160"


def test_trend_question_gives_both_years_and_percentages_use_statement_rows_not_notes():
    answer = statement_ratio("Does Acme have an improving operating margin profile as of FY2022?", _chunks())
    assert answer.text.startswith("Change in operating margin from 2021 to 2022: -2.02 percentage points.")
    assert "Operating margin for 2021: 24.29%" in answer.text and "Operating margin for 2022: 22.27%" in answer.text
    assert all(c.page == 54 for c in answer.chunks)  # not the segment note on p. 88


def test_signs_as_printed_a_tax_provision_in_brackets_and_missing_items_named():
    tax = statement_ratio("What was the effective tax rate in 2020?", _chunks())
    assert tax.calculation.expression == "(-5619) / 23967"  # the statement prints the expense in brackets
    costs = Document("a.pdf", "a.pdf", "A", [TableBlock(rows=(("", "2023"), ("Net sales", "14,694"),
                                                              ("Cost of sales", "(11,969)")),
                                                        caption="Consolidated Statement of Income", page=3)])
    margin = statement_ratio("What was the gross margin in 2023?", chunk_document(costs))
    assert margin.calculation.expression == "(14694 - 11969) / 14694"  # a cost printed in brackets is a cost
    missing = statement_ratio("Calculate the inventory turnover for 2022.", _chunks())
    assert missing.missing == "cost of sales for 2022" and missing.asked_outright
    assert statement_ratio("What was revenue in 2022?", _chunks()) is None
    assert asked_ratio("Who are Acme's main customers?") is None
    assert asked_ratio("Why did the gross margin fall in 2022?") is None  # the text explains; the model answers
    assert asked_ratio("Has the quick ratio improved in 2022? If it is not a useful metric, explain why.")
    # statements without quarterly columns do not answer a quarter, nor refuse it (the text may give it)
    quarter = statement_ratio("What was the gross margin in the second quarter of 2022?", _chunks())
    assert quarter.missing and not quarter.asked_outright


def test_a_balance_sheet_printed_in_a_note_does_not_stand_for_the_companys_own():
    # A guarantor subgroup's balance sheet in a note, with an exactly named row the company's own sheet spells out.
    subgroup = TableBlock(
        rows=(("(in millions)", "2022", "2021"), ("Receivables, net", "662", "342"),
              ("Total current liabilities", "3,100", "2,900")),
        caption="Consolidated Balance Sheets", page=107,
        section="Item 8. Financial Statements > Note 22 - Deed of Cross Guarantee",
    )
    doc = Document("a.pdf", "a.pdf", "Acme 10-K", [BALANCE, subgroup])
    answer = statement_ratio("What was the quick ratio for FY2022?", chunk_document(doc))
    assert answer.calculation.expression == "(2605 + 0 + 24506) / 50171" and [c.page for c in answer.chunks] == [56]


def test_a_question_on_how_steady_a_margin_is_gets_the_change_too():
    answer = statement_ratio("Are Acme's operating margins historically consistent? If not useful, say why.",
                             _chunks())
    assert answer.text.startswith("Change in operating margin from 2021 to 2022: -2.02 percentage points.")


@pytest.fixture
def finbot(settings, embedder, generator):
    return Finbot(settings, embedder=embedder, generator=generator)


def test_pipeline_answers_a_ratio_within_the_scoped_filing_with_page_citations(finbot, generator):
    doc = Document("vz.pdf", "vz.pdf", "Acme 10-K", [TextBlock("Acme sells phones.", page=1), BALANCE, INCOME, NOTE])
    finbot.ingestor.ingest_documents([doc])
    answer = finbot.assistant.answer("What was the quick ratio for FY2022?", document="vz.pdf")
    assert answer.verification == "calculated" and "0.54" in answer.answer and not answer.refused
    assert answer.citations[0].location == "vz.pdf, p. 56, Item 8. Financial Statements, Consolidated Balance Sheets"
    refused = finbot.assistant.answer("Calculate the inventory turnover for FY2022.", document="vz.pdf")
    assert refused.refused and "cost of sales for 2022" in refused.answer
    assert generator.calls == []  # finbot computed both; the model was never asked


def test_a_ratio_the_document_states_is_its_own_figure_not_computed():
    stated = TableBlock(rows=(("", "2022", "2021"), ("Effective tax rate", "23.1%", "23.0%")), caption="Taxes", page=90)
    doc = Document("vz.pdf", "vz.pdf", "Acme 10-K", [INCOME, stated])
    answer = statement_ratio("What was the effective tax rate in 2022?", chunk_document(doc))
    assert answer.text == "Effective tax rate for 2022: 23.1% (2022) [1]." and answer.calculation is None
    assert [c.page for c in answer.chunks] == [90]


def test_a_judgement_is_read_in_each_of_its_usual_measures_with_one_citation_list():
    balance = TableBlock(rows=(("(in millions)", "2022"), ("Property and equipment, net", "107,434"),
                               ("Total assets", "379,680")), caption="Consolidated Balance Sheets", page=56)
    cash = TableBlock(rows=(("(in millions)", "2022"), ("Capital expenditures", "(23,087)")),
                      caption="Consolidated Statements of Cash Flows", page=57)
    doc = Document("v.pdf", "v.pdf", "V 10-K", [INCOME, balance, cash])
    answer = statement_ratio("Is Verizon a capital intensive business based on FY 2022 data?", chunk_document(doc))
    assert "Capital intensity ratio for 2022: 2.77 = total assets 379,680 ÷ revenue 136,835" in answer.text
    assert "Capital expenditure to revenue for 2022: 16.87%" in answer.text
    assert "Fixed assets to total assets for 2022: 28.3%" in answer.text
    assert [c.page for c in answer.chunks] == [56, 54, 57]  # total assets [1] is cited once, by every ratio
    assert answer.text.count("Total assets (2022) 379,680 [1]") == 2
    assert asked_ratio("What is the capex to revenue for 2022?")[0] == "capital expenditure to revenue"


def test_which_activity_brought_in_the_most_cash_compares_the_statement_s_totals():
    cash = TableBlock(
        rows=(("$ in millions", "2023", "2022"), ("Total cash provided by operating activities", "1,824", "3,252"),
              ("Total cash used in investing activities", "(962)", "(1,372)"),
              ("Total cash used in financing activities", "(3,125)", "(4,297)")),
        caption="Consolidated Statements of Cash Flows", page=41)
    chunks = chunk_document(Document("b.pdf", "b.pdf", "B 10-K", [cash]))
    most = activity_comparison("Among operations, investing, and financing activities, which brought in the most "
                               "(or lost the least) cash flow in FY2023?", chunks)
    assert most.text.startswith("Operating activities brought in the most cash in 2023: Total cash provided by "
                                "operating activities (2023) 1,824 [1];")
    spent = activity_comparison("Which of investing and financing activities used the most cash in 2022?", chunks)
    assert spent.text.startswith("Financing activities used the most cash in 2022")
    assert activity_comparison("Which segment had the most revenue in 2023?", chunks) is None
    assert compared_activities("What was cash from operating activities in 2023?") == []


def test_a_high_growth_judgement_is_read_in_revenue_growth_against_the_previous_year():
    answer = statement_ratio("Are Acme's FY2022 financials that of a high growth company?", _chunks())
    # (136,835 - 133,613) / 133,613
    assert answer.name == "revenue growth" and answer.calculation.expression == "(136835 - 133613) / 133613"
    assert answer.text.startswith("Revenue growth for 2022: 2.41%")
    assert asked_ratio("What was the revenue growth rate in 2021?")[0] == "revenue growth"
    # the year before must be printed: a statement with one year cannot say
    one_year = TableBlock(rows=(("(in millions)", "2022"), ("Total revenues", "136,835")),
                          caption="Consolidated Statements of Income", page=54)
    alone = statement_ratio("Is Acme a high-growth business in 2022?",
                            chunk_document(Document("a.pdf", "a.pdf", "A", [one_year])))
    assert alone.missing == "revenue for 2021"


@pytest.mark.parametrize(("question", "expected"), [
    ("What was Calder Widgets' FY2025 EBITDA in USD millions, calculated as operating income plus depreciation and "
     "amortization from the cash flow statement?", ("EBITDA", "operating income + depreciation and amortization")),
    ("What was Calder's return on assets for FY2025, using net income divided by the average of total assets at the "
     "end of FY2024 and FY2025? Answer as a percentage.", ("return on assets", "net income / average total assets")),
    ("What was Calder's free cash flow in FY2025 (net cash provided by operating activities less purchases of "
     "property and equipment)?", ("free cash flow", "net cash provided by operating activities - purchases of "
                                                   "property and equipment")),
    ("What is Calder's FY2025 fixed asset turnover? Fixed asset turnover = net sales / average net property and "
     "equipment, using the FY2024 and FY2025 year-end balances.", ("Fixed asset turnover",
                                                                  "net sales / average net property and equipment")),
    ("What was Harbin Tools' inventory turnover in FY2024, calculated as cost of sales divided by the average of "
     "beginning and ending inventories?", ("inventory turnover", "cost of sales / average inventories")),
    ("What was Harbin Tools' FY2024 quick ratio? Quick ratio = (cash and cash equivalents + receivables, net) / total "
     "current liabilities.", ("Quick ratio", "(cash and cash equivalents + receivables, net) / total current "
                                            "liabilities")),
    ("What were Harbin Tools' SG&A expenses as a percentage of net sales in FY2024?",
     ("selling, general and administrative as a percentage of revenue", "selling, general and administrative / "
                                                                          "revenue")),
    # cash returned to shareholders through both ways named: the two cash flow lines added
    ("How much cash did Harbin Tools return to shareholders through dividends and buybacks in FY2024?",
     ("cash returned to shareholders", "dividends paid + share repurchases")),
    # two lines named together are added: the share is of their sum, not of the second alone
    ("What were Harbin Tools' combined SG&A and R&D expenses as a percentage of net sales in FY2024?",
     ("selling, general and administrative and research and development as a percentage of revenue",
      "(selling, general and administrative + research and development) / revenue")),
    ("What was Harbin Tools' net debt at the end of FY2024, defined as current maturities of long-term debt plus "
     "long-term debt, minus cash and cash equivalents and marketable securities?",
     ("net debt", "current maturities of long-term debt + long-term debt - cash and cash equivalents and marketable "
                  "securities")),
    ("What was the fiscal 2025 free cash flow conversion if defined as free cash flow (operating cash flow minus "
     "capital expenditures) divided by net income?",
     ("free cash flow conversion", "free cash flow (operating cash flow - capital expenditures) / net income")),
    ("Compute net leverage at fiscal year-end 2025, defined as (long-term debt - cash and cash equivalents) divided "
     "by fiscal 2025 adjusted EBITDA.",
     ("net leverage", "(long-term debt - cash and cash equivalents) / fiscal 2025 adjusted EBITDA")),
    ("What was the 2025 cost of total deposits, i.e. interest expense on deposits divided by average total deposits?",
     ("cost of total deposits", "interest expense on deposits / average total deposits")),
    ("What was Acme's interest coverage in 2025, measured as EBITDAre over interest expense? Round to two decimals.",
     ("interest coverage", "EBITDAre / interest expense")),
    ("Return on average stockholders' equity for Acme in FY2025 (net income over the average of opening and closing "
     "total stockholders' equity), one decimal?",
     ("Return on average stockholders' equity",
      "net income / the average of opening and closing total stockholders' equity")),
    ("Free cash flow for the first nine months of 2025, i.e. operating cash flow less capital expenditures for "
     "property and equipment ($ thousands)?",
     ("Free cash flow", "operating cash flow - capital expenditures for property and equipment")),
    ("Calculate Acme's 2025 organic reserve replacement ratio, defined as extensions and discoveries plus revisions "
     "of previous estimates, divided by production, all in MBoe.",
     ("organic reserve replacement ratio", "(extensions and discoveries + revisions of previous estimates) / "
                                           "production")),
    ("Stock-based compensation represented what percentage of Acme's total operating expenses in 2025?",
     ("stock-based compensation as a percentage of total operating expenses",
      "stock-based compensation / total operating expenses")),
    # the date between the name and its bracket; a line's own qualifier; a coverage asked as "how many times"
    ("What was Acme's net debt at September 30, 2025 (total debt less cash and cash equivalents)?",
     ("net debt", "total debt - cash and cash equivalents")),
    ("What was Acme's interest coverage in Q3 2025, defined as operating income divided by interest expense (gross)?",
     ("interest coverage", "operating income / interest expense")),
    ("How many times did Acme's fiscal 2025 operating income cover its interest expense, net? One decimal.",
     ("times covered", "operating income / interest expense, net")),
    ("What was Acme's total D&A in fiscal 2025, combining depreciation and amortization of intangible assets as "
     "shown in the cash flow statement?", ("total D&A", "depreciation + amortization of intangible assets")),
    # a named ratio whose operand the question defines in its own words
    ("Using net capex (purchases of property and equipment less proceeds from equipment sales), what was Acme's "
     "free cash flow for 2025?", ("free cash flow", "operating cash flow - (purchases of property and equipment - "
                                                    "proceeds from equipment sales)")),
    # a ratio its name defines; a closing balance and a remark after a constant
    ("What was Acme's SG&A-to-net-sales ratio in FY2025?", ("SG&A-to-net-sales ratio", "SG&A / net sales")),
    ("Compute Acme's days inventory outstanding at the end of fiscal 2025 as ending inventories divided by cost of "
     "products sold, times 364 days (the 52-week fiscal year).",
     ("days inventory outstanding", "inventories / cost of products sold * 364 days")),
])
def test_a_definition_written_in_words_is_read_as_its_formula(question, expected):
    name, formula, _ = asked_ratio(question)
    assert (name, formula) == expected
    assert parse_formula(formula)


def test_cash_returned_through_one_way_only_is_no_sum_of_both():
    assert asked_ratio("How much cash did Harbin Tools return to shareholders through share repurchases in FY2024?") \
        is None


def test_balances_named_for_an_average_are_not_years_asked():
    asked = spelled_out("Fixed asset turnover = net sales / average net PP&E, using the FY2024 and FY2025 year-end "
                        "balances. What was it in FY2025?")
    assert "FY2024" not in asked and "FY2025?" in asked


def test_a_name_defined_in_brackets_and_a_period_before_a_line_leave_the_formula():
    assert parse_formula("free cash flow (operating cash flow - capital expenditures) / net income") == [
        ("op", "("), ("item", "operating cash flow"), ("op", "-"), ("item", "capital expenditures"), ("op", ")"),
        ("op", "/"), ("item", "net income")]
    assert parse_formula("long-term debt / fiscal 2025 adjusted EBITDA") == [
        ("item", "long-term debt"), ("op", "/"), ("item", "row:adjusted ebitda")]


def test_a_count_of_days_in_a_formula_is_a_constant_and_a_year_is_not():
    assert parse_formula("receivables / revenue * 365") == [
        ("item", "receivables"), ("op", "/"), ("item", "revenue"), ("op", "*"), ("number", "365")]
    assert parse_formula("accounts receivable / total revenue × 92 days")[-1] == ("number", "92")
    answer = statement_ratio("What was the DSO at the end of FY2022?", _chunks())
    assert answer.calculation.expression == "24506 / 136835 * 365"
    assert answer.text.startswith("Days sales outstanding for 2022: 65.37 = receivables 24,506 ÷ revenue 136,835 × 365")


def test_a_banks_efficiency_ratio_reads_the_lines_its_income_statement_prints():
    income = TableBlock(
        rows=(("(in thousands)", "2025", "2024"), ("Net interest income", "220,999", "200,000"),
              ("Total noninterest income", "44,531", "40,000"), ("Total noninterest expense", "144,669", "140,000"),
              ("Net income", "87,074", "70,000")),
        caption="Consolidated Statements of Income", page=27, section="Item 8. Financial Statements")
    chunks = chunk_document(Document("bank.pdf", "bank.pdf", "Bank 10-K", [income]))
    answer = statement_ratio("What was the efficiency ratio in 2025?", chunks)
    assert answer.calculation.expression == "144669 / (220999 + 44531)" and answer.text.startswith(
        "Efficiency ratio for 2025: 54.48% = noninterest expense 144,669")


def test_less_than_is_no_subtraction():
    assert "-" not in spelled_out("Is the quick ratio less than 1?")


def test_two_items_joined_by_and_are_both_taken_away():
    assert parse_formula("long-term debt - cash and cash equivalents and marketable securities") == [
        ("item", "long-term debt"), ("op", "-"), ("op", "("), ("item", "cash and cash equivalents"), ("op", "+"),
        ("item", "short-term investments"), ("op", ")")]
    assert parse_formula("cash and cash equivalents / total current liabilities")[0] == (
        "item", "cash and cash equivalents")


def test_a_defined_measure_finbot_cannot_compute_is_refused_not_generated(finbot, generator):
    doc = Document("vz.pdf", "vz.pdf", "Acme 10-K", [TextBlock("Acme sells phones.", page=1), BALANCE, INCOME])
    finbot.ingestor.ingest_documents([doc])
    generator.enqueue("Net debt was 2,605 [1].")
    answer = finbot.assistant.answer("What was Acme's net debt in FY2022, defined as total borrowings minus cash and "
                                     "cash equivalents?", document="vz.pdf")
    assert answer.refused and "won't estimate" in answer.answer
    assert defines_measure("What is the three-year average of capital expenditures as a percentage of net sales?")
    assert not defines_measure("What was the quick ratio for FY2022?")


QUARTERLY = TableBlock(
    rows=(
        ("(in thousands)", "Three Months Ended 2025", "Three Months Ended 2024", "Nine Months Ended 2025",
         "Nine Months Ended 2024"),
        ("Total revenue", "166,900", "144,131", "481,609", "415,689"),
        ("Total cost of revenue", "45,782", "43,695", "135,707", "128,689"),
        ("Research and development", "38,721", "37,186", "114,545", "108,732"),
    ),
    caption="CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", page=5, section="Item 1. Financial Statements",
)
QUARTER_END = TableBlock(
    rows=(("(in thousands)", "September 30, 2025", "December 31, 2024"), ("Total current assets", "900", "850"),
          ("Total current liabilities", "600", "640")),
    caption="CONDENSED CONSOLIDATED BALANCE SHEETS", page=4, section="Item 1. Financial Statements",
)


def _quarterly():
    return chunk_document(Document("q.pdf", "q.pdf", "Acme 10-Q", [QUARTER_END, QUARTERLY]))


@pytest.mark.parametrize(("question", "expression", "period"), [
    ("What was the gross margin for the three months ended September 30, 2025?", "(166900 - 45782) / 166900",
     "the three months ended 2025"),
    ("What was the Q3 2025 gross margin?", "(166900 - 45782) / 166900", "the three months ended 2025"),
    ("Year-to-date through Q3 2025, what was the gross margin?", "(481609 - 135707) / 481609",
     "the nine months ended 2025"),
    ("For the first nine months of 2024, what was R&D expense as a percentage of total revenue?",
     "108732 / 415689", "the nine months ended 2024"),
    ("What was the current ratio at September 30, 2025?", "900 / 600", "2025"),
])
def test_a_quarterly_reports_columns_answer_the_period_asked(question, expression, period):
    answer = statement_ratio(question, _quarterly())
    assert answer.calculation.expression == expression
    assert f"for {period}:" in answer.text


def test_a_several_year_average_is_the_mean_of_each_years_ratio():
    answer = statement_ratio("What is the FY2020 - FY2022 three-year average of operating income as a percentage of "
                             "total revenue? Round to one decimal place.", _chunks())
    # 28,798 / 128,292, 32,448 / 133,613 and 30,467 / 136,835, as percentages, then their mean
    assert answer.text.startswith("3-year average of operating income as a percentage of revenue, 2020–2022: 23%.")
    assert round(answer.calculation.value, 2) == 23.0  # (22.45 + 24.29 + 22.27) / 3


@pytest.mark.parametrize("question", [
    "What was Acme's non-GAAP operating margin in 2022?",
    "Compute the professional services gross margin for 2022.",
    "What was the adjusted operating margin in FY2022?",
    "Excluding SBC and amortization of acquired intangibles, what operating margin did Acme earn in FY22?",
])
def test_a_qualified_measure_is_not_the_statements_own(question):
    assert asked_ratio(question) is None


def test_a_company_name_or_a_movement_before_a_ratio_does_not_qualify_it():
    assert asked_ratio("Does Acme Corp have an improving operating margin profile as of FY2022?")
    assert asked_ratio("What was Bramble Outfitters' GAAP operating margin in FY2025?")


def test_a_loss_in_brackets_leaves_the_items_name_and_an_own_definition_beats_the_textbook():
    table = TableBlock(rows=(("(in thousands)", "2025"), ("Total revenue", "166,900"),
                             ("Income (loss) from operations", "3,810")),
                       caption="CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", page=5)
    margin = statement_ratio("What was the operating margin in 2025?", chunk_document(Document("q", "q", "Q", [table])))
    assert margin.calculation.expression == "3810 / 166900"
    own = ("Define free cash flow as net cash provided by operating activities minus purchases of property and "
           "equipment and capitalized internal-use software. What was it in 2025?")
    # not the textbook free cash flow: the question's own formula, over the lines it names
    assert asked_ratio(own)[1] == ("net cash provided by operating activities - purchases of property and equipment "
                                   "and capitalized internal-use software") and defines_measure(own)


def test_a_ratio_the_filing_prints_moves_by_its_own_rows_figures():
    margins = TableBlock(rows=(("", "Nine Months Ended 2025", "Nine Months Ended 2024"),
                               ("GAAP operating margin", "(1.8)%", "(9.7)%"),
                               ("Non-GAAP operating margin", "13.8%", "4.7%")),
                         caption="Reconciliation of non-GAAP income from operations", page=24)
    chunks = chunk_document(Document("q.pdf", "q.pdf", "Acme 10-Q", [QUARTERLY, margins]))
    answer = statement_ratio("Did the GAAP operating margin improve in the first nine months of 2025 compared with "
                             "2024?", chunks)
    assert answer.text.startswith("GAAP operating margin moved by 7.9 percentage points from the nine months ended "
                                  "2024 to the nine months ended 2025")
    assert answer.calculation.expression == "(-1.8) - (-9.7)"
    in_bps = statement_ratio("By how many basis points did the GAAP operating margin improve in the first nine "
                             "months of 2025 compared with 2024?", chunks)
    assert "moved by 790 basis points (7.9 percentage points)" in in_bps.text


def test_a_segments_printed_margin_is_not_the_companys():
    segment = TableBlock(rows=(("", "2022", "2021"), ("Segment operating margin", "18.2%", "17.2%")),
                         caption="Segment results", page=40)
    chunks = chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [INCOME, segment]))
    answer = statement_ratio("Does Acme have an improving operating margin profile as of FY2022?", chunks)
    assert answer.text.startswith("Change in operating margin from 2021 to 2022: -2.02 percentage points.")


def test_a_ratio_asked_of_a_named_part_reads_only_that_parts_rows():
    parts = TableBlock(rows=(("(dollars in millions)", "2022", "2021"), ("Lifting Systems", "", ""),
                             ("Orders", "$2,188", "$2,031"), ("Net sales", "2,117", "1,968"),
                             ("Flow Equipment", "", ""), ("Orders", "$1,503", "$1,352"),
                             ("Net sales", "1,430", "1,399")),
                       caption="Segment orders and sales", page=40)
    orders = TableBlock(rows=(("(in millions)", "2022", "2021"), ("Orders", "3,691", "3,383")),
                        caption="Orders", page=30)
    chunks = chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [INCOME, orders, parts]))
    answer = statement_ratio("What was the book-to-bill ratio (orders / net sales) of the Lifting Systems segment "
                             "in FY2022?", chunks)
    assert "2,188" in answer.text and "2,117" in answer.text and "Lifting Systems" in answer.text
    # asked of no part, the ratio is the company's
    assert "136,835" in statement_ratio("What was the book-to-bill ratio (orders / net sales) in FY2022?",
                                        chunks).text
    # the part as a line of the formula (a share of the whole) is not a part the ratio is asked of
    assert statement_ratio("What share of FY2022 net sales came from Lifting Systems?", chunks).text.find(
        "Lifting Systems)") == -1


def test_a_ratio_asked_of_a_part_listed_under_each_measure_reads_that_parts_rows():
    # the other layout of a segment table: the measures are the sub-headings and the parts their rows
    parts = TableBlock(rows=(("(dollars in millions)", "2022", "2021"), ("Orders", "", ""),
                             ("Lifting Systems", "$2,188", "$2,031"), ("Flow Equipment", "1,503", "1,352"),
                             ("Net sales", "", ""), ("Lifting Systems", "2,117", "1,968"),
                             ("Flow Equipment", "1,430", "1,399")),
                       caption="Segment information", page=40)
    chunks = chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [INCOME, parts]))
    answer = statement_ratio("What was Flow Equipment's book-to-bill ratio (orders divided by net sales) in "
                             "FY2022?", chunks)
    assert "1,503" in answer.text and "1,430" in answer.text and "(Flow Equipment)" in answer.text
    assert "2,188" not in answer.text


def test_one_step_of_a_defined_measure_is_no_answer():
    # the average of loans held for sale is one step of the measure asked: neither the table arithmetic (a formula
    # "divided by" another figure) nor the pipeline's guard for defined measures answers with it
    sheet = TableBlock(rows=(("(Dollars in thousands, except per share data)", "2025", "2024"), ("ASSETS", "", ""),
                             ("Cash and due from banks", "$ 127,806", "$ 131,548"),
                             ("Interest-bearing deposits in other banks", "561,244", "505,899"),
                             ("Total cash and cash equivalents", "689,050", "637,447"),
                             ("Securities available-for-sale, at fair value", "1,229,220", "1,177,782"),
                             ("Loans held for sale", "15,538", "12,905"),
                             ("Loans, net of unearned income", "6,357,236", "6,015,932")),
                       caption="KESTREL RIDGE BANCORP, INC. CONSOLIDATED BALANCE SHEETS", page=36,
                       section="Item 8. Financial Statements")
    passages = [Passage(c, 0.9) for c in chunk_document(Document("kr.pdf", "kr.pdf", "Bank 10-K", [sheet]))]
    question = ("What was Kestrel Ridge's net charge-off ratio for 2025, calculated as net charge-offs divided by "
                "average loans (including loans held for sale) as shown in the average balance table?")
    assert calculate_from_table(question, passages) is None
    assert table_calculation(question, question, passages) is None


def test_a_ratio_the_filing_prints_is_read_from_its_row_for_the_year_asked():
    ratios = TableBlock(rows=(("", "2025", "2024"), ("Return on average equity", "10.65%", "8.12%"),
                              ("Return on average tangible common equity", "13.90%", "10.75%")),
                        caption="Selected Financial Ratios", page=31, section="Item 7. MD&A")
    chunks = chunk_document(Document("b.pdf", "b.pdf", "Bank 10-K", [ratios, BALANCE, INCOME]))
    answer = statement_ratio("What was FY2025 return on average shareholders' equity?", chunks)
    assert answer.text == "Return on average equity for 2025: 10.65% (2025) [1]." and answer.calculation is None


def test_a_figure_built_in_brackets_is_a_defined_measure_and_a_sum_asked_in_words_is_not():
    assert defines_measure("By how much did total deferred revenue (current plus noncurrent) change between December "
                           "31, 2024 and September 30, 2025?")
    assert not defines_measure("What was the sum of accrued expenses and other long-term liabilities in 2019?")
    assert not defines_measure("What were average loans (including loans held for sale) in 2025?")


def test_an_order_to_compute_a_measure_as_a_formula_defines_it():
    assert defines_measure("Calculate days sales outstanding at the end of Q3 2025 as accounts receivable, net at "
                           "September 30, 2025 divided by total revenue for the quarter, multiplied by 92 days.")
    assert not defines_measure("Calculate R&D expense as a percentage of total revenue for 2025.")
    assert not defines_measure("Compute the current ratio as of December 31, 2025.")


def test_a_ratio_over_the_figure_the_question_defines():
    question = ("What was the debt-to-total-capital ratio at year-end 2025, where total capital = debt + total "
                "shareholders' equity?")
    assert asked_ratios(question) == [
        ("debt-to-total capital ratio", "debt / (debt + total shareholders' equity)", True)]
    assert asked_ratios("What is total capital, where total capital = debt + total equity?") == [
        ("total capital", "debt + total equity", False)]
    # the defined figure over another: "debt-to-equity, with debt defined as …"
    question = ("What was the debt-to-equity ratio at September 30, 2025, with debt defined as long-term debt plus "
                "the current portion of long-term debt?")
    assert asked_ratios(question) == [
        ("debt-to-equity ratio", "(long-term debt + the current portion of long-term debt) / equity", False)]


def test_an_amount_named_in_a_question_that_asks_a_quotient_of_it_is_not_the_answer():
    coverage = ("Did free cash flow cover share repurchases plus dividends paid in the first nine months of 2025? Give "
                "the coverage ratio to two decimals.")
    assert asked_ratios(coverage) == []
    assert asked_ratios("What was free cash flow per share in 2025?") == []
    assert [name for name, _, _ in asked_ratios("What was FY2025 free cash flow? Answer in USD millions.")] == [
        "free cash flow"]


def test_a_ratio_acted_on_or_compared_across_segments_is_not_the_companys_ratio():
    assert asked_ratio("By how many percentage points did the amortization of excess deferred income taxes lower "
                       "Acme's 2025 effective tax rate?") is None
    assert asked_ratio("Which Acme segment had the higher operating margin in 2025, and by how many points?") is None
    # the ratio's own moves are still its own
    assert asked_ratio("Did the effective tax rate increase in 2025?")[0] == "effective tax rate"
    assert asked_ratio("By how much did the gross margin decrease year over year?")[0] == "gross margin"


def test_a_return_the_question_defines_is_a_percentage():
    [(_, _, percent)] = asked_ratios("Return on average stockholders' equity for Acme in FY2025 (net income over the "
                                     "average of opening and closing total stockholders' equity), one decimal?")
    assert percent


def test_a_table_chunked_by_rows_is_read_whole_when_its_total_is_in_another_chunk(finbot):
    areas = TableBlock(
        rows=(("", "2025", "2024"), ("Delmarre Basin", "", ""),
              *((f"Delmarre item {i}", f"{i},000", f"{i},100") for i in range(1, 7)),
              ("Total Delmarre Basin", "246,350", "228,700"), ("Orlan Shelf", "", ""),
              *((f"Orlan item {i}", f"{i},500", f"{i},600") for i in range(1, 4)),
              ("Total capital expenditures", "332,890", "322,400")),
        header_rows=1, caption="Capital Expenditures by Operating Area (in thousands)", page=12)
    doc = Document("capex.pdf", "capex.pdf", "Acme 10-K", [TextBlock("Acme drills wells.", page=1), areas])
    finbot.ingestor.ingest_documents([doc])
    chunks = [chunk for _, chunk in finbot.store.chunks(["capex.pdf"]) if chunk.kind == "table"]
    assert len(chunks) == 2 and "Total capital" not in chunks[0].text  # the table is chunked by rows
    question = "What share of Acme's 2025 capital expenditures went to the Delmarre Basin, in percent?"
    first = [Passage(chunks[0], 0.7)]
    assert table_calculation(question, question, first) is None
    whole = finbot.assistant._with_rest_of_tables(first)
    share = table_calculation(question, question, whole)
    assert share.calculation.expression == "246350 / 332890 * 100"


def test_a_ratio_s_move_asked_in_basis_points_is_given_in_basis_points():
    answer = statement_ratio("By how many basis points did the operating margin change from FY2021 to FY2022?",
                             chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [BALANCE, INCOME])))
    assert "basis points (" in answer.text and "percentage points)" in answer.text


def test_a_share_defined_in_brackets_and_an_order_to_give_it():
    depreciated = asked_ratios("At December 31, 2025, what percentage of the utility plant at original cost had been "
                               "depreciated (accumulated depreciation over total utility plant)? One decimal.")
    # named by its quotient, not "Percentage"
    assert depreciated == [("accumulated depreciation as a percentage of total utility plant",
                            "accumulated depreciation / total utility plant", True)]
    funded = asked_ratios("How well funded was the pension plan? Give plan assets as a percentage of the projected "
                          "benefit obligation, one decimal.")
    assert funded and funded[0][1].startswith("plan assets / ")


def test_a_share_asked_as_what_percentage_of_a_whole_a_part_represented():
    assert asked_ratios("What percentage of Acme's total assets did goodwill represent at fiscal 2025 year-end?") == \
        [("goodwill as a percentage of total assets", "goodwill / total assets", True)]
    assert asked_ratios("What share of net sales did the Americas account for in 2025?")[0][1] == \
        "americas / revenue"
    # a part that is two lines added is their sum
    assert asked_ratios("What percentage of FY2025 electric operating revenues did fuel used in generation plus "
                        "purchased power represent?")[0][1] == \
        "(fuel used in generation + purchased power) / electric operating revenues"
    # what a line means is still not a ratio
    assert asked_ratios("What does the goodwill impairment represent?") == []


def test_a_measure_named_then_defined_in_brackets_of_known_lines():
    working = asked_ratios("How did Quillan's working capital (current assets minus current liabilities) change "
                           "between December 31, 2024 and September 30, 2025?")
    assert working == [("working capital", "current assets - current liabilities", False)]
    # a comma after the definition ends it, whatever follows
    assert asked_ratios("What was working capital, defined as current assets minus current liabilities, at "
                        "September 30, 2025?")[0][1] == "current assets - current liabilities"
    # a bracket of words that name no known line is left to the readers
    assert spelled_out("What was total deferred revenue (current plus noncurrent) in 2025?") == \
        "What was total deferred revenue (current + noncurrent) in 2025?"



def test_a_quotient_of_two_defined_measures_is_not_its_numerator():
    asked = asked_ratios("What is the net debt to EBITDA? Define net debt as long-term debt less cash and cash "
                         "equivalents, and EBITDA as operating income plus depreciation and amortization.")
    assert asked[0][0] == "net debt-to-EBITDA ratio" and not asked[0][2]  # a multiple
    assert asked[0][1].endswith("/ (operating income + depreciation and amortization)")


def test_treat_as_defines_and_a_second_definition_may_use_the_first():
    asked = asked_ratios("What was the debt-to-capital ratio at December 31, 2025? Treat debt as short-term "
                         "borrowings + long-term debt, and capital as debt plus total shareholders' equity.")
    assert asked[0][1] == ("(short-term borrowings + long-term debt) / ((short-term borrowings + long-term debt) + "
                           "total shareholders' equity)")
    roe = asked_ratios("What was FY2025 return on average common equity, computed as net income divided by the "
                       "average of total shareholders' equity at the beginning and end of the year?")
    assert roe[0][1] == "net income / average total shareholders' equity"


def test_days_inventory_and_payable_outstanding_by_name_are_year_end_balances_over_cost_of_sales():
    assert asked_ratio("What were Acme's days inventory outstanding for fiscal 2025?")[1] == (
        "inventories / cost of sales * 365")
    assert asked_ratio("Compute DPO for FY2024.")[1] == "accounts payable / cost of sales * 365"


def test_a_definition_may_name_a_line_by_its_carrying_amount_and_list_cash_with_commas():
    assert parse_formula("cash and cash equivalents - the carrying amount of long-term debt") == [
        ("item", "cash and cash equivalents"), ("op", "-"), ("item", "long-term debt")]
    assert parse_formula("the balance sheet carrying amount of long-term debt - cash, cash equivalents and short-term "
                         "investments") == [
        ("item", "long-term debt"), ("op", "-"), ("op", "("), ("item", "cash and cash equivalents"), ("op", "+"),
        ("item", "short-term investments"), ("op", ")")]


def test_a_ratio_asked_to_move_between_two_years_leads_with_the_move():
    answer = statement_ratio("How many basis points did Acme's operating margin (operating income over total operating "
                             "revenues) move between 2021 and 2022? Give a whole number.", _chunks())
    assert answer.text.startswith("Change in operating margin from 2021 to 2022: -202 basis points")


def test_dates_that_bound_an_average_are_not_years_asked():
    asked = spelled_out("Compute the 2025 return on average equity: net income divided by the average of total "
                        "stockholders' equity at December 31, 2024 and December 31, 2025.")
    assert "December 31" not in asked and "average total stockholders' equity" in asked


def test_a_line_the_question_quotes_and_an_abbreviated_cash_flow_are_read_as_named():
    assert parse_formula("OCF (net cash provided by operating activities) - capex (the 'Capital expenditures, "
                         "including aircraft' line, excluding pre-delivery deposits)") == [
        ("op", "("), ("item", "operating cash flow"), ("op", ")"), ("op", "-"),
        ("op", "("), ("item", "row:capital expenditures, including aircraft"), ("op", ")")]
    assert parse_formula("OCF - capex")[0] == ("item", "operating cash flow")


def test_a_quotient_computed_from_two_named_figures_is_the_first_over_the_second():
    asked = ("Compute Skylark's 2025 passenger load factor from the revenue passenger miles and available seat miles "
             "reported in its operating statistics. Express as a percentage with one decimal.")
    assert asked_ratio(asked) == ("passenger load factor", "revenue passenger miles / available seat miles", True)
    assert asked_ratio("Compute the 2025 EBITDA from operating income and depreciation.") is None  # a sum: no kind


def test_a_defined_measure_adds_a_sum_only_the_prose_states_in_the_statements_units():
    liquidity = TextBlock(
        "Liquidity and Capital Resources\nOur $3,000 million revolving credit facility matures in 2029. At December "
        "31, 2022, no borrowings were outstanding and $40 million of letters of credit had been issued under the "
        "facility, leaving $2,960\nmillion available for borrowing.", page=40, section="Item 7. MD&A")
    doc = Document("vz.pdf", "vz.pdf", "Acme 10-K", [liquidity, BALANCE, INCOME])
    answer = statement_ratio("Define liquidity as cash and cash equivalents plus the amount available under the "
                             "revolving credit facility. What was liquidity at December 31, 2022?",
                             chunk_document(doc))
    assert answer is not None and not answer.missing
    assert answer.text.startswith("Liquidity for 2022: 5,565 = cash and cash equivalents $ 2,605 + the amount "
                                  "available under the revolving credit facility 2960 (stated as $2,960 million)")
    # a year the prose does not state is not read from it
    missing = statement_ratio("Define liquidity as cash and cash equivalents plus the amount available under the "
                              "revolving credit facility. What was liquidity at December 31, 2021?",
                              chunk_document(doc))
    assert missing is not None and missing.missing.startswith("the amount available under the revolving credit")


def test_a_balance_asked_as_current_plus_noncurrent_adds_the_two_lines_the_balance_sheet_prints():
    sheet = TableBlock(
        rows=(("(in thousands)", "2025", "2024"),
              ("Current liabilities", "", ""),
              ("Loyalty program deferred revenue", "58,640", "54,906"),
              ("Total current liabilities", "410,200", "388,100"),
              ("Loyalty program deferred revenue, noncurrent", "83,572", "79,315"),
              ("Total liabilities", "1,210,000", "1,150,000")),
        caption="Consolidated Balance Sheets", page=50, section="Item 8. Financial Statements")
    doc = Document("air.pdf", "air.pdf", "Air 10-K", [TextBlock("Air flies.", page=1), sheet])
    question = ("What was the total loyalty program deferred revenue (current plus noncurrent) on the balance sheet "
                "at December 31, 2025?")
    answer = statement_ratio(question, chunk_document(doc))
    assert answer is not None and answer.text.startswith(
        "Loyalty program deferred revenue (current plus noncurrent) for 2025: 142,212 = loyalty program deferred "
        "revenue 58,640 + loyalty program deferred revenue, noncurrent 83,572.")
    # no noncurrent line printed: said so, not guessed
    only_current = Document("air.pdf", "air.pdf", "Air 10-K", [TextBlock("Air flies.", page=1), TableBlock(
        rows=sheet.rows[:4], caption="Consolidated Balance Sheets", page=50, section="Item 8")])
    missing = statement_ratio(question, chunk_document(only_current))
    assert missing is not None and missing.missing == "the noncurrent line of loyalty program deferred revenue"


def test_a_margin_on_one_line_of_revenue_is_not_the_companys_margin():
    assert asked_ratios("What was the gross margin on product sales in Q3 2025? One decimal.") == []
    assert asked_ratios("What was the gross margin in 2025?")[0][0] == "gross margin"


def test_a_part_of_a_whole_is_not_read_from_a_table_about_something_else():
    capex = TableBlock(rows=(("(in millions)", "2022", "2021"), ("Americas", "9,100", "8,800"),
                             ("Total capital expenditures", "23,087", "20,286")),
                       caption="Capital expenditures by region", page=60, section="Item 7")
    revenue = TableBlock(rows=(("(in millions)", "2022", "2021"), ("Americas", "101,000", "99,000"),
                               ("Total operating revenues", "136,835", "133,613")),
                         caption="Operating revenues by region", page=61, section="Note 3")
    asked = "What percentage of 2022 total operating revenues came from the Americas?"
    elsewhere = statement_ratio(asked, chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [
        TextBlock("Acme sells phones.", page=1), INCOME, capex])))
    assert elsewhere is not None and elsewhere.missing.startswith("americas among the parts of")
    found = statement_ratio(asked, chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [
        TextBlock("Acme sells phones.", page=1), INCOME, capex, revenue])))
    assert found is not None and not found.missing and "101,000" in found.text


def test_a_definition_ended_by_a_colon_an_excluded_part_and_a_roll_forwards_closing_line():
    cash_flows = TableBlock(rows=(("(in millions)", "2025", "2024"), ("Net cash provided by operating activities",
                                                                      "445", "410"),
                                  ("Depreciation and amortization", "131", "125"), ("Depreciation", "98", "92"),
                                  ("Capital expenditures", "(124)", "(118)"),
                                  ("Cash, cash equivalents and restricted cash at end of year", "401", "380")),
                            caption="Consolidated Statements of Cash Flows", page=12)
    pension = TableBlock(rows=(("(in millions)", "2025", "2024"), ("Change in projected benefit obligation", "", ""),
                               ("Benefit obligation at beginning of year", "$595", "$612"),
                               ("Benefit obligation at end of year", "613", "595"),
                               ("Change in plan assets", "", ""),
                               ("Fair value of plan assets at beginning of year", "505", "498"),
                               ("Fair value of plan assets at end of year", "528", "505")),
                         caption="Note 7. Pension Plans — Benefit obligations and plan assets", page=15)
    chunks = chunk_document(Document("k.pdf", "k.pdf", "Acme 10-K", [BALANCE, cash_flows, pension]))
    fcf = statement_ratio("Free cash flow defined as OCF minus capex: what was Acme's FCF in FY2025?", chunks)
    assert fcf.calculation.value == 321
    reinvestment = statement_ratio("Define the reinvestment ratio as capital expenditures divided by depreciation "
                                   "(excluding amortization of intangibles). What was it for FY2025?", chunks)
    assert "Depreciation (2025) 98" in reinvestment.text
    funded = statement_ratio("What was the funded ratio of the pension plans at December 31, 2025 (fair value of "
                             "plan assets / projected benefit obligation)?", chunks)
    assert "Fair value of plan assets at end of year (2025) 528" in funded.text and "613" in funded.text
    net_cash = statement_ratio("What was net cash at the end of FY2022, defined as cash and cash equivalents "
                               "(excluding restricted cash) minus total current liabilities?", chunks)
    assert "2,605" in net_cash.text


def test_a_segments_margin_defined_in_its_own_words_reads_the_segments_rows():
    by_measure = TableBlock(rows=(("(in thousands)", "2025", "2024"), ("Operating revenue", "", ""),
                                  ("Truckload", "366,635", "387,735"), ("Logistics", "86,340", "79,115"),
                                  ("Total operating revenue", "450,835", "464,865"), ("Operating income", "", ""),
                                  ("Truckload", "32,115", "39,845"), ("Logistics", "4,310", "4,680")),
                            caption="Note 6. Segment results", page=6)
    # the same part as a sub-heading elsewhere, with the company's total printed on under it
    revenue = TableBlock(rows=(("(in thousands)", "2025", "2024"), ("Logistics", "", ""),
                               ("Brokerage and intermodal revenue", "86,340", "79,115"),
                               ("Total operating revenue", "450,835", "464,865")),
                         caption="Note 2. Disaggregation of revenue", page=5)
    chunks = chunk_document(Document("c.pdf", "c.pdf", "Acme 10-Q", [INCOME, revenue, by_measure]))
    answer = statement_ratio("What was the Logistics segment's operating margin (segment operating income / segment "
                             "revenue) in FY2025, to one decimal?", chunks)
    assert "4,310" in answer.text and "86,340" in answer.text and "450,835" not in answer.text
    # a line only the part's sub-heading lists is read there, beside the lines listed by measure
    orders = TableBlock(rows=(("(in thousands)", "2025", "2024"), ("Logistics", "", ""),
                              ("Orders", "90,120", "80,400")), caption="Orders by segment", page=7)
    both = chunk_document(Document("c.pdf", "c.pdf", "Acme 10-Q", [INCOME, revenue, by_measure, orders]))
    assert "90,120" in statement_ratio("What was the Logistics segment's book-to-bill ratio (orders / operating "
                                       "revenue) in FY2025?", both).text
    # 'GAAP' and 'Non-GAAP' under each line of a reconciliation are bases, not parts of the business
    reconciliation = TableBlock(rows=(("(in thousands)", "2025", "2024"), ("Operating income", "", ""),
                                      ("GAAP", "1,000", "900"), ("Non-GAAP", "1,500", "1,300"),
                                      ("Operating revenue", "", ""), ("GAAP", "9,000", "8,000")),
                                caption="Reconciliation of GAAP to non-GAAP", page=9)
    gaap = chunk_document(Document("c.pdf", "c.pdf", "Acme 10-Q", [INCOME, reconciliation]))
    assert "(GAAP)" not in statement_ratio("What was the GAAP operating margin in FY2022?", gaap).text


def test_a_lines_average_over_several_years_is_their_mean():
    answer = statement_ratio("What were Acme's average annual total operating revenues over fiscal 2020 to fiscal "
                             "2022 (simple three-year average)?", _chunks())
    assert answer.text.startswith("3-year average of total operating revenues, 2020–2022: 132,913.33.")
    assert answer.calculation.expression == "(128292 + 133613 + 136835) / 3"


NON_GAAP = TableBlock(
    rows=(("(in millions)", "2022", "2021"), ("Net income", "21,256", "22,065"),
          ("Depreciation and amortization", "17,099", "16,206"), ("Adjusted EBITDA", "48,200", "47,500")),
    caption="Reconciliation of net income to adjusted EBITDA (non-GAAP)", page=40,
    section="Item 7. Management's Discussion and Analysis",
)


def test_the_margin_of_a_measure_is_over_revenue_wherever_the_measure_is_printed():
    chunks = chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [INCOME, NON_GAAP]))
    assert asked_ratios("What was the adjusted EBITDA margin in 2022?") == [
        ("adjusted ebitda margin", "adjusted ebitda / revenue", True)]
    assert asked_ratios("What was the free cash flow margin in 2022?")[0][1] == (
        "(operating cash flow - capital expenditures) / revenue")
    assert asked_ratios("What was the pre-tax margin in 2022?")[0][1] == "income before income taxes / revenue"
    margin = statement_ratio("What was Acme's adjusted EBITDA margin in 2022?", chunks)
    assert margin.calculation.expression == "48200 / 136835" and "35.22%" in margin.text
    assert "= adjusted EBITDA 48,200 ÷ revenue 136,835" in margin.text  # the acronym as the row writes it
    # asked as a share, with the period said after the measure: a margin, though no part of revenue
    share = statement_ratio("What was Acme's adjusted EBITDA for fiscal 2022 as a percentage of total operating "
                            "revenues?", chunks)
    assert share.calculation.expression == "48200 / 136835"
    # printed, it is read as printed
    printed = chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [INCOME, replace(NON_GAAP, rows=(
        *NON_GAAP.rows, ("Adjusted EBITDA margin", "35.3%", "35.6%")))]))
    assert statement_ratio("What was Acme's adjusted EBITDA margin in 2022?", printed).text.startswith(
        "Adjusted EBITDA margin for 2022: 35.3%")
    # "non-GAAP operating income" is not the statements' operating income
    assert asked_ratios("What was non-GAAP operating income for fiscal 2022 as a percentage of revenue?")[0][1] == (
        "non-gaap operating income / revenue")
    # a segment's margin is over its own sales: not this
    assert asked_ratios("What was the segment EBITDA margin of Consumer in 2022?") == []


def test_a_table_continued_on_the_next_page_is_looked_up_whole_and_tells_its_bases_apart(finbot):
    caption = "Reconciliation of net income to Adjusted EBITDA"
    head = TableBlock(rows=(("(in millions)", "Q3 2025", "Q3 2024"), ("Net income", "40.9", "31.8"),
                            ("Depreciation and amortization", "19.7", "16.6"), ("EBITDA", "76.5", "63.9")),
                      header_rows=1, caption=caption, page=8, section="Item 2. MD&A")
    foot = TableBlock(rows=(("(in millions)", "Q3 2025", "Q3 2024"), ("Stock-based compensation", "5.8", "5.2"),
                            ("Adjusted EBITDA", "85.5", "71.5")),
                      header_rows=1, caption=f"{caption} (continued)", page=9, section="Item 2. MD&A")
    doc = Document("q3.pdf", "q3.pdf", "Acme 10-Q", [TextBlock("Acme sells tables.", page=1), head, foot])
    finbot.ingestor.ingest_documents([doc])
    [first] = [Passage(c, 0.7) for _, c in finbot.store.chunks(["q3.pdf"]) if c.kind == "table" and c.page == 8]
    whole = finbot.assistant._with_rest_of_tables([first])
    assert [p.chunk.page for p in whole] == [8, 9]
    answer = finbot.assistant._from_tables(Rewrite("What was Acme's Adjusted EBITDA in Q3 2025?", "unchanged"), [first])
    assert answer.answer.startswith("$85.5") or answer.answer.startswith("85.5")
    # the "EBITDA" row under a title naming adjusted EBITDA is not the adjusted figure
    growth = finbot.assistant._from_tables(Rewrite("How much did Acme's Adjusted EBITDA grow in Q3 2025?", "unchanged"),
                                           [first])
    assert growth is None or "76.5" not in growth.answer


def test_definitions_worded_defining_or_define_and_their_units():
    assert asked_ratios("Defining free cash flow as operating cash flow minus capital expenditures, what was Acme's "
                        "FCF for the 39 weeks ended November 1, 2025?") == [
        ("free cash flow", "operating cash flow - capital expenditures", False)]
    assert defines_measure("Define free cash flow as cash from operations less capital expenditures. What was it?")
    # a difference of amounts is no percentage, though a second ask wants one
    [(_, _, percent)] = asked_ratios("Define free cash flow as cash flow from operations less capital expenditures. "
                                     "What was FY2022 FCF, and what was FCF as a percentage of net income?")
    assert not percent


EQUITY = TableBlock(rows=(("(in millions)", "2022", "2021"), ("Total shareholders' equity", "900", "800")),
                    caption="Consolidated Balance Sheets", page=56, section="Item 8. Financial Statements")
NET_INCOME = TableBlock(rows=(("(in millions)", "2022", "2021"), ("Revenues", "1,000", "950"),
                              ("Net income", "170", "160")),
                        caption="Consolidated Statements of Income", page=54, section="Item 8. Financial Statements")


def test_an_average_over_two_year_ends_is_one_years_ratio():
    answer = statement_ratio("Return on average equity: divide FY2022 net income by the average of total "
                             "shareholders' equity at the fiscal 2021 and fiscal 2022 year-ends. What was the ROE?",
                             chunk_document(Document("vz.pdf", "vz.pdf", "Acme 10-K", [EQUITY, NET_INCOME])))
    assert answer.text.startswith("Return on average equity for 2022:") and "2021:" not in answer.text.split(".")[0]


def test_a_share_of_revenue_shipped_to_a_region():
    assert asked_ratios("What percentage of Acme's fiscal 2025 revenue was shipped to China?")[0][1] == \
        "china / revenue"


def test_a_share_asked_as_what_percentage_of_a_whole_was_a_part():
    assert asked_ratios("What percentage of the undiscounted lease payments was imputed interest?")[0][1] == \
        "imputed interest / the undiscounted lease payments"


def test_a_definition_with_its_source_a_precision_or_an_operand_defined_after_it():
    assert asked_ratios("What was Acme's Adjusted EBITDA margin for 2025, i.e. Adjusted EBITDA from the non-GAAP "
                        "reconciliation divided by net sales? Round to one decimal place.") == [
        ("Adjusted EBITDA margin", "Adjusted EBITDA / net sales", True)]
    # "as a percentage to one decimal" is how precise, not a ratio "percentage to one decimal"
    assert asked_ratios("What share of Acme's equipment had been depreciated (accumulated depreciation divided by "
                        "gross PP&E)? Answer as a percentage to one decimal.") == [
        ("accumulated depreciation as a percentage of gross PP&E", "accumulated depreciation / gross PP&E", True)]
    leverage = asked_ratios("Calculate Acme's leverage at the end of 2024 as net debt divided by 2024 Adjusted "
                            "EBITDA, where net debt = long-term debt - cash and cash equivalents (all at December "
                            "31, 2024). Round the ratio to two decimals.")
    assert leverage == [("leverage", "(long-term debt - cash and cash equivalents) / Adjusted EBITDA", False)]


def test_a_change_asked_in_percentage_terms_is_told_in_percent_of_the_earlier_amount():
    question = ("By how much did quick assets (cash and cash equivalents plus accounts receivable) change in "
                "percentage terms from 2021 to 2022?")
    answer = statement_ratio(question, _chunks())
    assert answer.text.startswith("Change in ") and " from 2021 to 2022: -2% (-552)." in answer.text
    plain = statement_ratio(question.replace(" in percentage terms", ""), _chunks())
    assert " from 2021 to 2022: -552." in plain.text


def test_a_defined_sum_and_its_margin_asked_beside_it_are_both_computed():
    question = ("Calculate Acme's FY2022 core profit as operating income plus income before provision for income "
                "taxes, and the core profit margin on total operating revenues (one decimal).")
    assert asked_ratios(question) == [
        ("core profit", "operating income + income before provision for income taxes", False),
        ("core profit margin", "(operating income + income before provision for income taxes) / total operating "
                               "revenues", True)]
    answer = statement_ratio(question, _chunks())
    assert "Core profit for 2022: 58,738" in answer.text and "Core profit margin for 2022: 42.93%" in answer.text
    # a margin of another measure is not the defined sum's
    assert len(asked_ratios(question.replace("the core profit margin", "the gross margin"))) == 1


def test_a_loss_before_taxes_and_a_tax_line_with_its_expense_in_brackets_give_the_effective_rate():
    loss = TableBlock(
        rows=(("(in millions)", "2022", "2021"), ("Total revenues", "66,608", "62,286"),
              ("Loss before income taxes", "(5,022)", "(5,033)"), ("Income tax (expense)/benefit", "(31)", "743"),
              ("Net loss", "(5,053)", "(4,290)")),
        caption="Consolidated Statements of Operations", page=55, section="Item 8. Financial Statements",
    )
    doc = Document("b.pdf", "b.pdf", "Boeing-like 10-K", [loss])
    answer = statement_ratio("How does the effective tax rate in FY2022 compare to FY2021?", chunk_document(doc))
    # an expense of 31 on a loss is a negative rate; a benefit of 743 on a loss a positive one
    assert "Effective tax rate for 2022: -0.62%" in answer.text and "Effective tax rate for 2021: 14.76%" in answer.text
    assert "income taxes 31 (printed (31), expense in brackets)" in answer.text
    margin = statement_ratio("What was the net profit margin in 2022?", chunk_document(doc))
    assert "-7.59%" in margin.text


def test_each_side_of_an_a_to_b_ratio_defined_in_words_makes_its_formula():
    question = ("Compute Acme's debt-to-equity ratio at the end of 2022, taking debt as cash and cash equivalents "
                "plus inventories, and equity as total current assets including noncontrolling interests.")
    assert asked_ratios(question) == [
        ("debt-to-equity ratio", "(cash and cash equivalents + inventories) / total current assets", False)]


def test_cash_from_operating_activities_a_quotient_relative_to_a_line_and_a_first_half_span():
    question = ("What free cash flow did Acme generate in 2024 (cash from operating activities less purchases of "
                "property and equipment)? USD millions.")
    assert asked_ratios(question) == [
        ("free cash flow", "cash from operating activities - purchases of property and equipment", False)]
    assert asked_ratios("What was the 2022 payout ratio, measured as dividends paid relative to net income?") == [
        ("payout ratio", "dividends paid / net income", True)]
    from assistant.answering.tables import months_of
    assert months_of("What share of its first-half 2026 net income did it pay out?") == 6


def test_a_line_listed_under_each_brand_gives_way_to_the_wholes():
    brands = (("(in thousands)", "2026"), ("North brand", ""), ("Franchised sales", "900"), ("System sales", "950"),
              ("South brand", ""), ("Franchised sales", "400"), ("System sales", "420"))
    question = "What royalty rate did Acme earn in 2026, i.e. royalties divided by franchised sales?"

    def chunks(*rows):
        sales = TableBlock(rows=(*brands, *rows), caption="System-wide sales", page=11, section="Item 2. MD&A")
        return chunk_document(Document("q.pdf", "q.pdf", "Acme 10-Q", [sales]))

    totalled = statement_ratio(question, chunks(("Total system sales", "1,370"), ("of which franchised sales",
                                                                                  "1,300"), ("Royalties", "65")))
    assert totalled.calculation.expression == "65 / 1300"


def test_a_definition_after_the_question_and_the_measure_a_question_opens_with():
    name, formula, _ = asked_ratio("What fraction of development spend was capitalized? Use costs capitalized divided "
                                   "by the sum of costs capitalized and research and development expense for the six "
                                   "months ended October 31, 2026.")
    assert formula == "costs capitalized / (costs capitalized + research and development expense)"
    name, formula, percent = asked_ratio("What gross margin did Acme earn on its service revenue in fiscal 2026, i.e. "
                                         "(service revenue minus cost of services) over service revenue?")
    assert (name, formula, percent) == ("gross margin", "(service revenue - cost of services) / service revenue",
                                        True)


def test_a_level_is_no_answer_to_how_fast_it_grew(finbot, generator):
    balance = TableBlock(rows=(("(in thousands)", "October 31, 2026", "April 30, 2026"),
                               ("Deferred revenue", "247,410", "190,310"),
                               ("Deferred revenue, noncurrent", "14,660", "8,700")),
                         caption="Condensed Consolidated Balance Sheets", page=3,
                         section="Item 1. Financial Statements")
    finbot.ingestor.ingest_documents([Document("n.pdf", "n.pdf", "N 10-Q", [balance])])
    asked = "What was total deferred revenue (current plus noncurrent) at October 31, 2026?"
    assert "262,070" in finbot.assistant.answer(asked, document="n.pdf").answer
    grew = finbot.assistant.answer("Total deferred revenue (current plus noncurrent) grew how much in percentage "
                                   "terms between April 30, 2026 and October 31, 2026?",
                                   document="n.pdf")
    assert "262,070" not in grew.answer


def test_which_share_of_asks_what_share_of_does():
    from assistant.answering.tables import ASKS_SHARE, share_asked_plainly

    assert share_asked_plainly("Which share of 2026 revenue came from fixed-price contracts?") == \
        "what share of 2026 revenue came from fixed-price contracts?"
    assert share_asked_plainly("Which segment had the largest share?") == "Which segment had the largest share?"
    assert ASKS_SHARE.search("Express backlog as a multiple of revenue.")


def test_a_measure_defined_first_is_read_inside_the_one_asked_and_a_total_holds_its_current_part():
    name, formula, percent = asked_ratio("Define free cash flow as operating cash flow less capital expenditures. What "
                                         "was Acme's fiscal 2024 free cash flow conversion, i.e. free cash flow as a "
                                         "percentage of net earnings?")
    assert (name, formula, percent) == ("free cash flow conversion",
                                        "(operating cash flow - capital expenditures) / net earnings", True)
    debt = TableBlock(rows=(("(in millions)", "2026"), ("Total principal", "2,100.0"), ("Total debt", "2,084.3")),
                      caption="Note 4. Debt", page=11)
    equity = TableBlock(rows=(("(in millions)", "2026"), ("Total stockholders' equity", "3,672.7")),
                        caption="Consolidated Balance Sheets", page=8)
    answer = statement_ratio("What was the debt-to-equity ratio in 2026 (total debt including the current portion, "
                             "divided by total stockholders' equity)?",
                             chunk_document(Document("c.pdf", "c.pdf", "C 10-K", [debt, equity])))
    assert "0.57" in answer.text and "Total debt (2026) 2,084.3" in answer.text


def test_a_definition_said_with_means_before_the_question_and_each_part_taken_away():
    name, formula, _ = asked_ratio("Free cash flow here means operating cash flow minus capital expenditures and "
                                   "minus dividends paid. What was it in 2025?")
    assert (name, formula) == ("Free cash flow", "operating cash flow - capital expenditures - dividends paid")
    # a question about what a word means asks no figure
    assert asked_ratio("What does free cash flow mean?") is None


def test_an_instruction_to_divide_before_the_question_and_a_ratio_whose_first_side_the_question_names():
    name, formula, _ = asked_ratio("Divide the 2025 provision for income taxes by earnings before income taxes. What "
                                   "effective rate results?")
    assert (name, formula) == ("effective rate", "the provision for income taxes / earnings before income taxes")
    name, formula, _ = asked_ratio("Treating the revolving credit facility as the company's only debt, what was its "
                                   "debt-to-equity ratio at December 31, 2025?")
    assert formula == "the revolving credit facility / equity"
    # a remark that "means" something defines nothing
    assert not defines_measure("By what percentage did net earnings move between 2024 and 2025 (a negative answer "
                               "means a decline)?")


def test_a_percentage_is_not_read_from_a_line_of_money_of_the_same_name_and_a_part_in_capitals_is_named():
    income = TableBlock(rows=(("(In millions)", "2026"), ("Net sales", "1,053.1"), ("Cost of sales", "669.9"),
                              ("Gross margin", "383.2")), caption="Condensed Statements of Operations", page=4)
    chunks = chunk_document(Document("q.pdf", "q.pdf", "Q 10-Q", [income]))
    answer = statement_ratio("Gross margin divided by net sales: what percentage did it achieve in 2026?", chunks)
    assert "36.39%" in answer.text
    segments = TableBlock(rows=(("(in thousands)", "2023"), ("PROFESSIONAL PLACEMENT", ""), ("Revenue", "478,615"),
                                ("Gross profit", "154,290"), ("CONSOLIDATED", ""), ("Revenue", "1,779,465"),
                                ("Gross profit", "440,460")), caption="Results by Segment", page=4)
    chunks = chunk_document(Document("b.pdf", "b.pdf", "B 10-K", [segments]))
    answer = statement_ratio("What gross margin did Professional Placement earn in 2023 (gross profit over revenue)?",
                             chunks)
    assert "32.24%" in answer.text


def test_a_period_heading_names_no_part():
    cash = TableBlock(rows=(("(in millions)", "Six Months Ended 2026"), ("Six months ended June 30, 2026", ""),
                            ("Share-based compensation", "44.1")), caption="Condensed Statements of Cash Flows", page=6)
    income = TableBlock(rows=(("(in millions)", "Six Months Ended 2026"), ("Six months ended June 30, 2026", ""),
                              ("Revenue", "1,942.0")),
                        caption="Condensed Statements of Operations", page=5)
    chunks = chunk_document(Document("v.pdf", "v.pdf", "V 10-Q", [income, cash]))
    answer = statement_ratio("What was share-based compensation as a percentage of revenue for the six months ended "
                             "June 30, 2026?", chunks)
    assert "2.27%" in answer.text and "months" not in answer.name.lower()


def test_a_difference_over_a_line_a_span_after_over_a_bracketed_line_that_covers_and_a_sum_said_first():
    name, formula, percent = asked_ratio("What gross margin did the licence business earn in 2026 (licence revenue "
                                         "less licence cost of revenue, over licence revenue)?")
    assert (name, formula, percent) == ("gross margin", "(licence revenue - licence cost of revenue) / licence "
                                        "revenue", True)
    assert " / " not in spelled_out("What gross margin did services earn over the nine months ended June 30, 2026?")
    assert asked_ratio("In fiscal 2025, how many times did capital spending (purchases of PP&E) cover depreciation "
                       "and amortization?")[1] == "purchases of PP&E / depreciation and amortization"
    assert asked_ratio("Adding cash and cash equivalents to marketable securities, what liquid funds did the company "
                       "hold at December 31, 2025?")[:2] == ("liquid funds", "cash and cash equivalents + "
                                                             "marketable securities")


def test_both_portions_said_between_commas_and_a_part_in_lower_case_with_footnote_marks():
    balance = TableBlock(rows=(("(in thousands)", "September 30, 2026"), ("Current liabilities:", ""),
                               ("Deferred revenue, current", "309,517"), ("Total current liabilities", "416,862"),
                               ("Deferred revenue, noncurrent", "21,691")),
                         caption="Condensed Balance Sheets", page=4)
    chunks = chunk_document(Document("s.pdf", "s.pdf", "S 10-Q", [balance]))
    asked = "What was total deferred revenue, current plus noncurrent, on the September 30, 2026 balance sheet?"
    assert defines_measure(asked)
    assert "331,208" in statement_ratio(asked, chunks).text
    income = TableBlock(rows=(("(in thousands)", "Nine Months Ended 2025"), ("Revenue:", ""),
                              ("Subscription", "449,871"), ("Professional services", "46,205"),
                              ("Total revenue", "496,076"), ("Cost of revenue:", ""), ("Subscription(1)", "91,827"),
                              ("Professional services(1)", "44,912"), ("Total cost of revenue", "136,739")),
                        caption="Condensed Statements of Operations", page=3)
    chunks = chunk_document(Document("s.pdf", "s.pdf", "S 10-Q", [income]))
    answer = statement_ratio("What gross margin did professional services earn over the nine months ended "
                             "September 30, 2025?", chunks)
    assert "2.8%" in answer.text and "Professional services" in answer.name


def test_a_days_ratio_over_the_day_count_and_the_average_balance_the_question_gives():
    assert asked_ratio("Estimate days sales outstanding at the end of Q3 2026: accounts receivable at September 30, "
                       "2026 divided by third-quarter total revenue, times 92 days.")[1] == "receivables / revenue * 92"
    assert asked_ratio("Compute days sales outstanding for 2025 using the average of the 2024 and 2025 year-end "
                       "accounts receivable balances, 2025 total revenues and a 365-day year.")[1] == (
        "average receivables / revenue * 365")
    assert asked_ratio("What was DSO in 2025?")[1] == "receivables / revenue * 365"


def test_debt_said_first_as_two_lines_and_a_sum_as_a_percentage_of_a_line():
    assert asked_ratio("Using current maturities plus long-term debt as total debt, what was the debt-to-equity ratio "
                       "at the end of 2025?")[1] == "(long-term debt + current portion of long-term debt) / equity"
    assert asked_ratio("Year-to-date 2026, what was capital intensity, defined as purchases of property and equipment "
                       "plus capitalized software, as a percentage of total revenue?")[1] == (
        "(purchases of property and equipment + capitalized software) / total revenue")


def test_a_measure_defined_then_divided_a_subtraction_said_first_and_a_share_with_its_period_between():
    assert asked_ratio("Define funded debt as current maturities of long-term debt plus long-term debt. What was "
                       "funded debt divided by total shareholders' equity at January 31, 2026?") == (
        "funded debt divided by total shareholders' equity",
        "(current maturities of long-term debt + long-term debt) / total shareholders' equity", False)
    assert asked_ratio("Subtract first-half 2026 purchases of property, plant and equipment from adjusted EBITDA for "
                       "the same period. What is the result, in millions?")[1] == (
        "adjusted EBITDA - purchases of property, plant and equipment")
    assert asked_ratio("Restructuring cash payments in the first half of 2026 were equal to what percentage of the "
                       "restructuring charges recorded in that period?")[1] == (
        "restructuring cash payments / the restructuring charges")
    assert asked_ratio("What free cash flow (operating cash flow minus capital expenditures) did Acme generate in "
                       "fiscal 2025?")[:2] == ("free cash flow", "operating cash flow - capital expenditures")


def test_totals_printed_without_total_and_a_dagger_after_a_label():
    balance = TableBlock(rows=(("(in thousands)", "2025"), ("Cash and cash equivalents", "124,615"),
                               ("Current assets", "656,160"), ("Accounts payable", "300,000"),
                               ("Current liabilities", "708,260")), caption="Consolidated Balance Sheets", page=6)
    income = TableBlock(rows=(("($ in millions)", "Six Months Ended 2025"), ("Revenue", "752.5"),
                              ("Cost of revenue†", "494.6")), caption="Condensed Statements of Operations", page=3)
    chunks = chunk_document(Document("g.pdf", "g.pdf", "G 10-K", [balance, income]))
    assert "0.93" in statement_ratio("What was the current ratio in 2025?", chunks).text
    assert "34.27%" in statement_ratio("What gross margin percentage did the company earn in the six months ended "
                                       "June 30, 2025?", chunks).text


def test_a_line_the_statements_name_under_each_segment_is_a_measure_not_a_part():
    segments = TableBlock(rows=(("($ in millions)", "2025"), ("Aggregates", ""), ("Revenue", "1,842.6"),
                                ("Gross profit", "548.7"), ("Cement", ""), ("Revenue", "926.8"),
                                ("Gross profit", "271.4")), caption="Segment Results", page=4)
    income = TableBlock(rows=(("($ in millions)", "2025"), ("Total revenues", "3,284.5"),
                              ("Cost of revenues", "2,406.2"), ("Gross profit", "878.3")),
                        caption="Consolidated Statements of Income", page=6)
    chunks = chunk_document(Document("t.pdf", "t.pdf", "T 10-K", [segments, income]))
    answer = statement_ratio("Calculate the 2025 gross margin, gross profit divided by total revenues.", chunks)
    assert "26.74%" in answer.text and "(" not in answer.name


def test_cash_that_went_to_shareholders_through_buybacks_and_dividends_is_their_sum():
    assert asked_ratio("Year-to-date in fiscal 2026, how much cash went to shareholders through buybacks and "
                       "dividends together?")[1] == "dividends paid + share repurchases"


def test_a_segments_own_operating_income_line_its_cash_from_operations_and_a_span_between_part_and_whole():
    segments = TableBlock(rows=(("Amounts in $000s", "2024"), ("Infrastructure", ""), ("Revenue", "1,713,480"),
                                ("Segment operating income", "128,415"), ("Energy", ""), ("Revenue", "918,755"),
                                ("Segment operating income", "71,640")), caption="Segment Results", page=5)
    cash = TableBlock(rows=(("Amounts in $000s", "2024"), ("Cash from operating activities", "190,100"),
                            ("Purchases of property and equipment", "(58,300)")),
                      caption="Consolidated Statements of Cash Flows", page=8)
    chunks = chunk_document(Document("c.pdf", "c.pdf", "C 10-K", [segments, cash]))
    answer = statement_ratio("What operating margin did the Infrastructure segment earn in 2024? Compute segment "
                             "operating income over segment revenue.", chunks)
    assert "7.49%" in answer.text
    assert "131,800" in statement_ratio("What was free cash flow in 2024?", chunks).text
    assert asked_ratio("What share of net revenue for the 39 weeks ended September 26, 2026 came from wholesale?")[
        1] == "wholesale / revenue"
