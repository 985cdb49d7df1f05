"""Line items a question names in its own words (a bank's, an insurer's), read from the rows that print them:
matched on all their words, computed with finbot's arithmetic, and left to other readers when not printed."""

import pytest

from assistant.answering.tables.line_items import is_phrase, phrase_quality
from assistant.answering.tables.statements import asked_ratio, statement_ratio
from assistant.retrieval.coverage import abbreviations_spelled_out
from index.chunking import chunk_document
from index.documents import Document, Row, TableBlock

BANK_INCOME = TableBlock(
    rows=(
        ("(Dollars in thousands, except per share data)", "2025", "2024"),
        ("Net interest income", "282,187", "252,410"),
        ("Provision for credit losses", "22,418", "18,020"),
        ("Total noninterest income", "79,583", "74,120"),
        ("Total noninterest expense", "207,377", "199,598"),
        ("Earnings per share:", "", ""),
        ("Basic", "$ 2.74", "$ 1.95"),
        ("Diluted", "$ 2.72", "$ 1.94"),
        ("Dividends declared per common share", "$ 1.18", "$ 1.12"),
    ),
    caption="CONSOLIDATED STATEMENTS OF INCOME", page=37, section="Item 8. Financial Statements",
)
BANK_BALANCE = TableBlock(
    rows=(
        ("(Dollars in thousands)", "December 31, 2025", "December 31, 2024"),
        ("Loans, net of unearned income", "6,357,236", "6,015,880"),
        ("Allowance for credit losses", "(77,558)", "(71,552)"),
        ("Total deposits", "7,686,372", "7,340,115"),
    ),
    caption="CONSOLIDATED BALANCE SHEETS", page=35, section="Item 8. Financial Statements",
)
ASSET_QUALITY = TableBlock(
    rows=(("(Dollars in thousands)", "2025", "2024"), ("Total nonaccrual loans", "42,170", "33,905"),
          ("Net charge-offs", "16,412", "12,988")),
    caption="Nonperforming assets", page=21, section="Item 7. Management's Discussion and Analysis",
)
CASH_FLOWS = TableBlock(
    rows=(
        ("(in thousands)", "2025", "2024"),
        ("Net cash provided by operating activities", "71,820", "31,453"),
        ("Purchases of property and equipment", "(8,469)", "(6,102)"),
        ("Capitalized internal-use software", "(11,266)", "(9,764)"),
    ),
    caption="CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS — Nine Months Ended September 30,", page=8,
    section="Item 1. Financial Statements",
)
QUARTERS = TableBlock(
    rows=(("(in thousands)", "Mar. 31, 2025", "June 30, 2025", "Sept. 30, 2025"),
          ("Net cash provided by operating activities", "6,881", "32,861", "32,078")),
    caption="Quarterly Trends — Three Months Ended", page=25, section="Item 2. Management's Discussion and Analysis",
)


def _bank():
    return chunk_document(Document("kr.pdf", "kr.pdf", "Bank 10-K", [BANK_BALANCE, BANK_INCOME, ASSET_QUALITY]))


@pytest.mark.parametrize(("label", "group", "phrase", "quality"), [
    ("Total deposits", "", "total deposits", 4),
    ("Total noninterest income . . . . . . .", "", "noninterest income", 3),
    ("Diluted", "Earnings per share:", "diluted EPS", 2),
    ("Allowance for credit losses on loans", "", "allowance for credit losses", 1),
    ("Owned Hotels - Hotel EBITDA", "Segment profit:", "Hotel EBITDA", 1),  # a segment's name dashed before it
    ("Revenue passenger miles (millions)", "", "revenue passenger miles", 4),  # a unit of the label's own
    ("Unsecured line of credit", "", "the unsecured line of credit", 4),  # the article is the question's
    ("of which franchised sales", "", "total franchised sales", 3),  # the part named under a total
    # a label that says more, or less, is another line
    ("Net interest income after provision for credit losses", "", "net interest income", 0),
    ("Interest income", "", "net interest income", 0),
    ("Noninterest-bearing deposits", "", "total deposits", 0),
])
def test_a_phrase_names_a_row_only_on_all_its_words(label, group, phrase, quality):
    assert phrase_quality(Row(label, (("2025", "1"),), group), phrase) == quality


def test_a_clause_is_no_line_items_name():
    assert is_phrase("loans, net of unearned income")
    assert not is_phrase("average loans as shown in the average balance table")


def test_a_banks_ratio_defined_in_words_reads_its_own_lines():
    answer = statement_ratio(
        "What is the FY2025 efficiency ratio? Define efficiency ratio as total noninterest expense divided by the sum "
        "of net interest income and total noninterest income. Round to one decimal place.", _bank())
    assert answer.calculation.expression == "207377 / (282187 + 79583)"
    assert answer.text.startswith("Efficiency ratio for 2025: 57.32% = total noninterest expense 207,377")


def test_a_line_said_to_be_reported_in_a_named_statement_is_that_statements_line():
    answer = statement_ratio("What was the 2025 coverage, measured as net interest income divided by the provision "
                             "for credit losses reported in the statement of income?", _bank())
    assert answer.calculation.expression == "282187 / 22418"
    answer = statement_ratio("What was the 2025 coverage, measured as net interest income divided by the provision "
                             "for credit losses as shown on the consolidated statements of income?", _bank())
    assert answer.calculation.expression == "282187 / 22418"


def test_a_definition_in_brackets_after_the_ratio_and_an_item_with_for_in_its_name():
    answer = statement_ratio("What was the ACL coverage of nonaccrual loans at 12/31/2025 (allowance for credit "
                             "losses divided by total nonaccrual loans)? Round to one decimal place.", _bank())
    # the balance sheet deducts the allowance in brackets: its size is the numerator
    assert answer.calculation.expression == "77558 / 42170" and "183.92%" in answer.text
    deposits = statement_ratio("What was the loan-to-deposit ratio at December 31, 2025 (loans, net of unearned "
                               "income, divided by total deposits)?", _bank())
    assert deposits.calculation.expression == "6357236 / 7686372" and "82.71%" in deposits.text


def test_a_row_under_its_sub_heading_and_a_textbook_multiple_stays_a_multiple():
    answer = statement_ratio("What was the FY2025 dividend payout ratio for Kestrel Ridge, defined as dividends "
                             "declared per common share divided by diluted EPS?", _bank())
    assert answer.calculation.expression == "1.18 / 2.72" and answer.name == "payout ratio"
    assert asked_ratio("What was the inventory turnover ratio in 2025, defined as cost of sales / average "
                       "inventories?")[2] is False


def test_two_lines_joined_by_and_are_added_and_the_heading_gives_the_columns_span():
    chunks = chunk_document(Document("v.pdf", "v.pdf", "10-Q", [CASH_FLOWS, QUARTERS]))
    answer = statement_ratio(
        "What was free cash flow for the nine months ended September 30, 2025? Define free cash flow as net cash "
        "provided by operating activities minus purchases of property and equipment and capitalized internal-use "
        "software.", chunks)
    assert answer.calculation.expression == "71820 - (8469 + 11266)"
    # several quarters of one year under one heading: which one is asked is not known
    assert statement_ratio("What was free cash flow for the three months ended 2025? Define free cash flow as net "
                           "cash provided by operating activities minus capital expenditures.", chunks).missing


def test_a_line_not_printed_is_left_to_other_readers_and_daily_averages_are_not_year_end_means():
    gap = statement_ratio("What was the 2025 reserve ratio, defined as allowance for credit losses divided by "
                          "loans held for investment?", _bank())
    assert gap.missing == "loans held for investment for 2025" and not gap.asked_outright
    daily = ("What was the 2025 net charge-off ratio, calculated as net charge-offs divided by average loans "
             "(including loans held for sale) as shown in the average balance table?")
    assert statement_ratio(daily, _bank()).missing.startswith("the average balance of loans")
    averages = TableBlock(
        rows=(("(Dollars in thousands)", "2025", "2025", "2025", "2024", "2024", "2024"),
              ("", "Average Balance", "Interest", "Yield/Rate", "Average Balance", "Interest", "Yield/Rate"),
              ("Loans, including loans held for sale (1)", "$ 6,200,806", "$374,529", "6.04%", "$ 5,887,896",
               "$348,563", "5.92%")),
        header_rows=2, caption="Average Balances, Interest and Yields/Rates", page=21)
    chunks = chunk_document(Document("kr.pdf", "kr.pdf", "Bank 10-K", [BANK_BALANCE, ASSET_QUALITY, averages]))
    answer = statement_ratio(daily, chunks)
    assert answer.calculation.expression == "16412 / 6200806" and answer.name == "net charge-off ratio"


def test_return_on_average_equity_is_over_the_mean_of_two_year_ends():
    assert asked_ratio("What was FY2025 return on average shareholders' equity?")[1] == \
        "net income / average total equity"
    assert asked_ratio("What was the return on stockholders' equity in 2025?")[1] == "net income / total equity"


def test_analysts_shorthand_is_spelled_as_filings_print_it_unless_they_print_the_shorthand():
    assert abbreviations_spelled_out("diluted EPS growth and NIM") == \
        "diluted earnings per share growth and net interest margin"
    assert abbreviations_spelled_out("diluted EPS", vocabulary={"eps"}) == "diluted EPS"


def test_year_to_date_and_first_half_shorthand_are_the_months_a_10q_column_names():
    assert abbreviations_spelled_out("What was YTD capex through the end of Q3 2026?") == \
        "What was nine months capital expenditures through the end of Q3 2026?"
    assert abbreviations_spelled_out("year-to-date revenue for the second quarter") == \
        "six months revenue for the second quarter"
    assert abbreviations_spelled_out("1H26 gross margin") == "six months 2026 gross margin"
    assert abbreviations_spelled_out("H1 2025 sales") == "six months 2025 sales"
    # no quarter: the words say what YTD means and not which months (the longest span the filing prints is read)
    assert abbreviations_spelled_out("YTD 2026 capex") == "year-to-date 2026 capital expenditures"
    assert abbreviations_spelled_out("Acme 9M26 casino revenues?") == "Acme nine months 2026 casino revenues?"
    assert abbreviations_spelled_out("operating margin for 6M 2025") == "operating margin for six months 2025"
    assert abbreviations_spelled_out("YTD Q3 sales", vocabulary={"ytd"}) == "YTD Q3 sales"


def test_a_share_of_a_whole_defined_in_brackets_and_a_share_of_lines_in_the_questions_words():
    answer = statement_ratio("In fiscal 2025, what share of total revenue (net interest income plus noninterest "
                             "income) came from noninterest income?", _bank())
    assert answer.calculation.expression == "79583 / (282187 + 79583)"
    deposits = TableBlock(rows=(("(Dollars in thousands)", "December 31, 2025", "December 31, 2024"),
                                ("Deposits:", "", ""), ("Noninterest-bearing", "1,984,983", "1,946,856"),
                                ("Interest-bearing", "5,701,389", "5,330,216"),
                                ("Total deposits", "7,686,372", "7,277,072")),
                          caption="CONSOLIDATED BALANCE SHEETS", page=35)
    mix = statement_ratio("Has the deposit mix shifted between year-end 2024 and year-end 2025? Quantify using "
                          "noninterest-bearing deposits as a share of total deposits.",
                          chunk_document(Document("d.pdf", "d.pdf", "Bank 10-K", [deposits])))
    assert "for 2024: 26.75%" in mix.text and "for 2025: 25.82%" in mix.text


def test_what_a_whole_was_spent_on_or_paid_out_as_is_its_part():
    assert asked_ratio("What share of its nine-month 2026 operating cash flow did Coralstone spend on capital "
                       "expenditures?") == ("capital expenditures as a percentage of operating cash flow",
                                            "capital expenditures / operating cash flow", True)
    assert asked_ratio("What percentage of its 2025 net income did Acme pay out as dividends?")[1] == \
        "dividends paid / net income"


PPE = TableBlock(rows=(("(in millions)", "2025", "2024"), ("Land", "$149.8", "$148.6"),
                       ("Property, plant and equipment, at cost", "4,371.0", "4,208.2"),
                       ("Less: accumulated depreciation", "(2,388.0)", "(2,247.0)"),
                       ("Property, plant and equipment, net", "$1,983.0", "$1,961.2")),
                 caption="Note 4. Property, Plant and Equipment", page=15)


def test_the_share_of_gross_ppe_depreciated_reads_the_note_and_the_size_of_a_deduction():
    chunks = chunk_document(Document("q.pdf", "q.pdf", "Acme 10-K", [PPE]))
    answer = statement_ratio("What share of Acme's property, plant and equipment at cost had been depreciated at "
                             "December 31, 2025 (accumulated depreciation divided by gross PP&E)? Answer as a "
                             "percentage to one decimal.", chunks)
    assert answer.calculation.expression == "2388 / 4371" and "54.63%" in answer.text


def test_a_balance_sheet_of_a_quarterly_report_is_read_at_its_date():
    balance = TableBlock(rows=(("", "June 30, 2025", "December 31, 2024"),
                               ("Cash and cash equivalents", "100,191", "38,416"),
                               ("Unsecured line of credit", "$30,000", "$146,000"),
                               ("Senior unsecured notes, net", "1,042,347", "745,012")),
                         caption="Condensed Consolidated Balance Sheets (dollars in thousands)", page=4)
    title = "Quarterly Report on Form 10-Q for the Quarter Ended June 30, 2025"
    chunks = chunk_document(Document("s.pdf", "s.pdf", title, [balance]))
    answer = statement_ratio("Define net debt as the unsecured line of credit plus senior unsecured notes, net, minus "
                             "cash and cash equivalents. What was Acme's net debt at June 30, 2025?", chunks)
    assert answer.calculation.expression == "30000 + 1042347 - 100191"


def test_a_ratio_named_by_its_parts_reads_the_pair_the_question_names_first():
    assert asked_ratio("Using total debt from the debt footnote and total equity from the balance sheet, what was the "
                       "debt-to-equity ratio at June 30, 2026?")[1] == "total debt / total equity"
    assert asked_ratio("Using total principal outstanding from the debt footnote and EBITDA defined as operating "
                       "income plus depreciation and amortization, what was the debt-to-EBITDA for 2025?")[1] == \
        "total principal outstanding / (operating income + depreciation and amortization)"
    # a pair that is not the ratio's parts leaves the ratio as the statements define it
    assert asked_ratio("Using revenue and cost of sales, what was the debt-to-equity ratio in 2025?")[1] != \
        "revenue / cost of sales"


def test_a_formula_given_first_defines_the_figure_asked_after_it():
    assert asked_ratio("Using cash plus short-term investments over current liabilities, what was the liquidity ratio "
                       "at June 30, 2026? Round to two decimals.") == (
        "liquidity ratio", "(cash + short-term investments) / current liabilities", False)
    # where a line is read, said in brackets, names no line
    assert asked_ratio("Calculate the FY2025 dividend payout ratio as dividends paid (from the cash flow statement) "
                       "divided by net income.") == ("dividend payout ratio", "dividends paid / net income", True)
    # a period or company said before the formula is the figure's, not the formula's name
    assert asked_ratio("For FY2025, using net income / average assets, what was ROA?") == (
        "ROA", "net income / average assets", True)
    assert asked_ratio("In the nine months ended September 30, 2026, using operating income divided by revenue, what "
                       "was the operating margin?")[:2] == ("operating margin", "operating income / revenue")


def test_a_part_defined_in_brackets_then_asked_as_a_percentage_of_a_line():
    name, formula, percent = asked_ratio("What was 2025 free cash flow (operating cash flow less capital "
                                         "expenditures) as a percentage of net income?")
    assert formula == "(operating cash flow - capital expenditures) / net income" and percent


def test_a_pair_named_first_defines_the_ratio_with_an_instruction_after_the_question():
    assert asked_ratio("Using Adjusted EBITDAR from the segment note and interest expense from the statement of "
                       "operations, what was the Adjusted EBITDAR-to-interest coverage for 2026? Round to two "
                       "decimals.")[1] == "Adjusted EBITDAR / interest expense"


def test_a_line_the_question_says_where_to_read_is_read_there():
    balance = TableBlock(rows=(("(in millions)", "June 30, 2026", "December 31, 2025"),
                               ("Current portion of long-term debt", "48.0", "45.0"),
                               ("Total debt", "1,365.8", "1,380.2"),
                               ("Total equity", "5,684.7", "5,602.3")),
                         caption="Condensed Consolidated Balance Sheets", page=4)
    note = TableBlock(rows=(("(in millions)", "June 30, 2026", "December 31, 2025"),
                            ("Senior notes due 2031", "900.0", "900.0"),
                            ("Term loan", "513.8", "528.2"),
                            ("Total debt", "1,413.8", "1,428.2")),
                      caption="Note 6 - Debt", page=9)
    chunks = chunk_document(Document("q.pdf", "q.pdf", "Acme Form 10-Q", [balance, note]))
    asked = ("Using total debt from the debt footnote and total equity from the balance sheet, what was the "
             "debt-to-equity ratio at June 30, 2026?")
    assert statement_ratio(asked, chunks).calculation.expression == "1413.8 / 5684.7"
    # said nowhere, the balance sheet's line is read, as before
    assert statement_ratio("Using total debt and total equity, what was the debt-to-equity ratio at June 30, 2026?",
                           chunks).calculation.expression == "1365.8 / 5684.7"
    # a place that has no such line leaves the choice as it was
    assert statement_ratio("Using total debt from the lease note and total equity, what was the debt-to-equity ratio "
                           "at June 30, 2026?", chunks).calculation.expression == "1365.8 / 5684.7"


def test_debt_said_to_include_its_current_and_long_term_portions_is_the_two_lines_over_equity():
    balance = TableBlock(rows=(("(in millions)", "June 30, 2026", "December 31, 2025"),
                               ("Current portion of long-term debt", "35.0", "30.0"),
                               ("Total liabilities", "7,998.2", "7,650.0"),
                               ("Long-term debt, net of current portion", "4,940.1", "4,800.0"),
                               ("Total stockholders' equity", "3,713.4", "3,600.0")),
                         caption="Condensed Consolidated Balance Sheets", page=4)
    chunks = chunk_document(Document("q.pdf", "q.pdf", "Acme Form 10-Q", [balance]))
    for asked in ("What was Acme's debt-to-equity ratio at June 30, 2026? Include both the current portion and the "
                  "long-term portion of debt from the balance sheet.",
                  "Calculate Acme's debt-to-equity ratio at June 30, 2026, counting both current and long-term debt "
                  "from the balance sheet."):
        assert statement_ratio(asked, chunks).calculation.expression == "(4940.1 + 35) / 3713.4"
    # said without its parts, the ratio is as the statements define it
    assert statement_ratio("What was Acme's debt-to-equity ratio at June 30, 2026?",
                           chunks).calculation.expression == "7998.2 / 3713.4"


def test_a_division_told_after_the_question_defines_the_figure_asked():
    assert asked_ratio("What average revenue per ton did the landfills earn in 2025? Divide landfill revenue by the "
                       "tons received. Answer in dollars per ton.")[1] == "landfill revenue / the tons received"


def test_a_line_in_the_questions_words_asked_over_months_is_never_a_balance_sheets_line():
    balance = TableBlock(rows=(("(in millions)", "June 30, 2026", "December 31, 2025"),
                               ("Capitalized software, net", "528.1", "512.3")),
                         caption="Condensed Consolidated Balance Sheets", page=3)
    flows = TableBlock(rows=(("(in millions)", "2026", "2025"),
                             ("Net cash provided by operating activities", "301.2", "325.6"),
                             ("Purchases of property and equipment", "(48.3)", "(42.6)")),
                       caption="Condensed Consolidated Statements of Cash Flows — Six Months Ended June 30", page=6)
    chunks = chunk_document(Document("q.pdf", "q.pdf", "Acme Form 10-Q", [balance, flows]))
    answer = statement_ratio("For the six months ended June 30, 2025, what was free cash flow after software, defined "
                             "as operating cash flow minus purchases of property and equipment, minus capitalized "
                             "software?", chunks)
    # the software spent over the period is missing, not the balance sheet's capitalized software taken for it
    assert answer.calculation is None and answer.missing == "capitalized software for the six months ended 2025"


def test_a_segments_printed_margin_of_several_is_not_the_companys_and_a_line_is_never_over_itself():
    statement = TableBlock(rows=(("(in thousands)", "Nine Months Ended 2026"),
                                 ("Net sales", "4,366,430"), ("Operating income", "437,940")),
                           caption="Condensed Consolidated Statements of Operations", page=4)
    segments = TableBlock(rows=(("(in millions)", "Nine Months Ended 2026"),
                                ("Flat-Rolled Steel", ""), ("Net sales", "2,701.5"), ("Operating margin", "11.3%"),
                                ("Long Products", ""), ("Net sales", "1,253.6"), ("Operating margin", "12.7%")),
                          caption="Segment Summary", page=12)
    chunks = chunk_document(Document("q.pdf", "q.pdf", "Acme Form 10-Q", [statement, segments]))
    answer = statement_ratio("What was Acme's operating margin for the nine months ended September 30, 2026?", chunks)
    assert answer.calculation.expression == "437940 / 4366430"
    over_itself = statement_ratio("Calculate intersegment sales as a share of Long Products' total net sales for the "
                                  "nine months of 2026.", chunks)
    assert over_itself is None or over_itself.calculation is None
