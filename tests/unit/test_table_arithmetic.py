import pytest

from assistant.answering.tables import span_unread
from assistant.answering.tables.arithmetic import Operand, _other_count, calculate_from_table
from assistant.answering.tables.lookup import lookup
from index.documents import Chunk, Passage
from index.text.numbers import numbers_in
from tests.tables import table_chunk

INCOME = table_chunk(
    "Annual report — Income statement (GBP millions)",
    ("Line item", "2024", "2023", "2022"),
    ("Revenue", "$1,496.5", "1,202.9", "1,107.7"),
    ("Operating profit", "56.2", "48.7", "40.1"),
    ("Finance costs", "(12.5)", "(10.0)", "(9.0)"),
    ("Total operating costs", "$ 900.0", "-", "801.2"),
    ("Gross margin", "39.9%", "38.5%", "37.0%"),
)
# The same kind of table with its years in ascending order.
ASCENDING = table_chunk(
    "Balance sheet (USD thousands)",
    ("Item", "2018", "2019"),
    ("Trade receivables", "400", "500"),
    ("Inventories", "120", "90"),
    source="b.xlsx",
)
SEGMENTS = table_chunk(
    "Segment results",
    ("Segment", "2024", "2023"),
    ("Retail", "10", "8"),
    ("Revenue", "700", "650"),
    source="seg.xlsx",
)
LEASES = table_chunk(
    "Future minimum lease payments",
    ("", "Operating leases", "Finance leases"),
    ("2021", "138", "6"),
    ("2022", "135", "7"),
    source="leases.xlsx",
)
TEXT = Chunk("t1", "a.md", "a.md", "Revenue rose to 1,496.5 in 2024 from 1,202.9 in 2023.", kind="text")


def passages(*chunks):
    return [Passage(c, 0.7) for c in chunks]


def calc(question, *chunks):
    return calculate_from_table(question, passages(*(chunks or (INCOME,))))


@pytest.mark.parametrize(
    "question",
    ["What was the change in revenue from 2023 to 2024?", "What was the change in revenue in 2024 from 2023?",
     "What is the increase / (decrease) in revenue between 2024 and 2023?"],
)
def test_a_change_is_the_later_year_less_the_earlier(question):
    result = calc(question)
    assert result.calculation.expression == "1496.5 - 1202.9"
    assert result.calculation.value == pytest.approx(293.6)
    assert not result.percent and result.passage_numbers == (1,)
    assert result.description == "Revenue 2024 − Revenue 2023"


def test_earlier_is_decided_by_the_years_not_the_column_order():
    result = calc("What was the change in inventories from 2018 to 2019?", ASCENDING)
    assert result.calculation.expression == "90 - 120"
    assert result.calculation.value == pytest.approx(-30)


def test_percentage_change_divides_by_the_earlier_year():
    result = calc("What is the percentage change in operating profit between 2023 and 2024?")
    assert result.calculation.expression == "(56.2 - 48.7) / 48.7 * 100"
    assert result.calculation.value == pytest.approx(15.4004, rel=1e-4)
    assert result.percent and result.operation == "percent change"
    assert result.description == "(Operating profit 2024 − Operating profit 2023) / Operating profit 2023 × 100"


@pytest.mark.parametrize("question", [
    "By what percentage did operating profit grow from 2023 to 2024?",
    "What was the year-over-year growth in operating profit from 2023 to 2024?",
    "What was the year-over-year change in operating profit from 2023 to 2024, in percent?",
    "What was operating profit growth in 2024?",
])
def test_an_analysts_growth_is_a_percentage_change(question):
    result = calc(question)
    assert result.operation == "percent change" and result.calculation.expression == "(56.2 - 48.7) / 48.7 * 100"


def test_growth_asked_as_an_amount_is_the_change():
    result = calc("What was the growth in operating profit in 2024, in dollars?")
    assert result.operation == "change" and result.calculation.expression == "56.2 - 48.7"


def test_average_of_the_named_years():
    result = calc("What was the average revenue in 2023 and 2024?")
    assert result.calculation.expression == "(1202.9 + 1496.5) / 2"
    assert result.calculation.value == pytest.approx(1349.7)


def test_average_over_a_range_of_years_takes_every_year_in_it():
    result = calc("What was the average operating profit from 2022 to 2024?")
    assert result.calculation.value == pytest.approx((40.1 + 48.7 + 56.2) / 3)
    assert len(result.operands) == 3


def test_average_with_no_year_named_uses_all_of_a_short_rows_years():
    result = calc("What is the average inventories?", ASCENDING)
    assert result.calculation.expression == "(120 + 90) / 2"


def test_the_average_for_one_year_runs_from_the_year_before():
    result = calc("What is the 2024 average operating profit?")
    assert result.calculation.expression == "(48.7 + 56.2) / 2"


def test_sum_of_two_years():
    result = calc("What is the sum of operating profit in 2023 and 2024?")
    assert result.calculation.expression == "48.7 + 56.2"
    assert result.operation == "sum"


def test_ratio_and_percentage_of_two_rows():
    ratio = calc("What is the ratio of operating profit to revenue in 2024?")
    assert ratio.calculation.expression == "56.2 / 1496.5" and not ratio.percent
    share = calc("What was operating profit as a percentage of revenue in 2024?")
    assert share.calculation.expression == "56.2 / 1496.5 * 100" and share.percent
    assert share.calculation.value == pytest.approx(3.7554, rel=1e-4)
    portion = calc("What share of revenue in 2024 came from operating profit?")
    assert portion.calculation.expression == "56.2 / 1496.5 * 100" and portion.percent


def test_a_per_share_line_and_a_total_make_no_ratio():
    shares = table_chunk(
        "Statements of operations (in thousands, except per share amounts)",
        ("Line item", "Nine Months Ended 2026"),
        ("Net income", "191,687"),
        ("Diluted earnings per share", "2.41"),
        ("Cash dividends declared per common share", "1.26"),
    )
    # dividends per share over net income in thousands: 0.0007 %, no payout ratio
    assert calc("What percentage of net income was paid out as cash dividends declared per common share in the nine "
                "months ended 2026?", shares) is None
    payout = calc("What was the ratio of cash dividends declared per common share to diluted earnings per share in "
                  "the nine months ended 2026?", shares)
    assert payout.calculation.expression == "1.26 / 2.41"  # two per-share figures are a ratio


def test_a_part_listed_under_several_headings_is_read_under_its_wholes():
    note = table_chunk(
        "Note 10. Segment information (in millions)",
        ("", "2025", "2024"),
        ("Net sales", "", ""),
        ("Lifting Systems", "$2,117", "$1,968"),
        ("Flow Equipment", "1,436", "1,301"),
        ("Total net sales", "$4,241", "$3,971"),
        ("Segment operating profit", "", ""),
        ("Lifting Systems", "$337", "$301"),
        ("Flow Equipment", "198", "171"),
        ("Total segment operating profit", "606", "556"),
    )
    share = calc("What share of FY2025 total net sales came from the Lifting Systems segment?", note)
    assert share.calculation.expression == "2117 / 4241 * 100"
    margin = calc("What was Lifting Systems operating profit as a percentage of total net sales in 2025?", note)
    assert margin.calculation.expression == "337 / 4241 * 100"


def test_a_share_of_a_whole_reads_the_part_under_the_wholes_heading_not_another_measures():
    ebitda = table_chunk("Note 7. Segment information (in thousands)",
                         ("Segment Adjusted EBITDA:", "Three Months Ended 2026", "Three Months Ended 2025"),
                         ("Performance Coatings", "$ 69,058", "$ 63,817"), ("Specialty Additives", "42,360", "37,502"),
                         ("Total Segment Adjusted EBITDA", "111,418", "101,319"))
    income = table_chunk("Acme Capital, Inc. Form 10-Q — Condensed consolidated statements of income (in thousands)",
                         ("", "Three Months Ended 2026", "Three Months Ended 2025"),
                         ("Net sales", "$ 486,802", "$ 470,311"), ("Cost of sales", "310,450", "301,200"))
    question = "What share of consolidated net sales for the three months of 2026 came from Performance Coatings?"
    assert calc(question, ebitda, income) is None  # its EBITDA is no part of net sales
    by_segment = table_chunk("Note 2. Revenue (in thousands)",
                             ("Net sales by segment:", "Three Months Ended 2026", "Three Months Ended 2025"),
                             ("Performance Coatings", "$ 312,480", "$ 300,100"),
                             ("Specialty Additives", "174,322", "170,211"),
                             ("Total net sales", "$ 486,802", "$ 470,311"))
    assert calc(question, ebitda, income, by_segment).calculation.expression == "312480 / 486802 * 100"
    # its EBITDA asked as a share of net sales is read under its own heading
    margin = calc("What was Performance Coatings segment adjusted EBITDA as a percentage of net sales in the three "
                  "months of 2026?", ebitda, income, by_segment)
    assert margin.calculation.expression == "69058 / 486802 * 100"


def test_difference_between_two_rows_is_how_far_apart_they_are():
    result = calc("What is the difference between operating profit and revenue in 2024?")
    assert result.calculation.expression == "1496.5 - 56.2"


def test_accounting_negatives_are_negative():
    result = calc("What was the change in finance costs from 2023 to 2024?")
    assert result.calculation.expression == "(-12.5) - (-10)"
    assert result.calculation.value == pytest.approx(-2.5)


def test_a_change_between_percentages_is_in_points_and_a_percentage_change_of_them_is_refused():
    points = calc("What was the change in gross margin from 2023 to 2024?")
    assert points.calculation.value == pytest.approx(1.4) and points.percent
    assert calc("What was the percentage change in gross margin from 2023 to 2024?") is None


def test_years_as_rows_are_read_down_a_column():
    result = calc("What was the change in finance leases between 2021 and 2022?", LEASES)
    assert result.calculation.expression == "7 - 6"


def test_a_column_dated_otherwise_over_rows_of_years_is_still_read_down():
    commitments = table_chunk(
        "Note 14 — Commitments (in thousands)",
        ("", "Aircraft purchase commitments at December 31, 2025"),
        ("2026", "$ 186,400"),
        ("2027", "204,150"),
        ("2028", "212,380"),
    )
    result = calc("What are the aircraft purchase commitments for 2026 and 2027 combined?", commitments)
    assert result.calculation.expression == "186400 + 204150"


def test_a_schedule_whose_one_column_says_nothing_is_named_by_its_caption():
    schedule = table_chunk(
        "Estimated future amortization expense (in millions)",
        ("", "Amount"),
        ("Remainder of 2025", "$ 27.8"),
        ("2026", "55.2"),
        ("2027", "54.0"),
    )
    asked = "How much amortization expense is expected for the remainder of 2025 and 2026 combined?"
    assert calc(asked, schedule).calculation.expression == "27.8 + 55.2"


def test_operands_are_numbers_the_passages_state_and_cite_their_passage():
    result = calc("What was the change in revenue from 2023 to 2024?", TEXT, INCOME)
    assert numbers_in(result.calculation.expression) <= numbers_in(INCOME.text)
    assert result.passage_numbers == (2,)


def test_two_rows_that_tie_give_no_answer():
    assert calc("What was the change in revenue from 2023 to 2024?", INCOME, SEGMENTS) is None


def test_a_missing_column_or_cell_gives_no_answer():
    assert calc("What was the change in revenue from 2021 to 2024?") is None
    assert calc("What was the change in total operating costs from 2023 to 2024?") is None  # '-'
    assert calc("What was the change in operating profit?") is None  # three years: which two?


@pytest.mark.parametrize(
    "question",
    ["What was revenue in 2024?", "Why did revenue increase from 2023 to 2024?",
     "What drove the increase in revenue from 2023 to 2024?", "What led to the rise in revenue in 2024?",
     "What was the total operating costs in 2024?", "What is the change in headcount from 2023 to 2024?"],
)
def test_questions_that_ask_for_no_calculation_or_name_no_row_give_no_answer(question):
    assert calc(question) is None


def test_text_passages_are_ignored():
    assert calc("What was the change in revenue from 2023 to 2024?", TEXT) is None


def test_footnote_marks_do_not_hide_a_row_name():
    notes = table_chunk("Assets (RMB million)", ("", "2019", "2018"), ("Transfers (Note (b))", "(1,421)", "(78,816)"),
                        source="n.xlsx")
    result = calc("How much is the change in transfers between 2018 and 2019?", notes)
    assert result.calculation.expression == "(-1421) - (-78816)"


def test_a_choice_among_rows_is_no_single_calculation():
    assert calc("Which line item contributed the most to the change in revenue from 2023 to 2024?") is None


QUARTERLY = table_chunk(
    "Condensed consolidated statements of operations (in thousands)",
    ("", "Three Months Ended 2025", "Three Months Ended 2024", "Nine Months Ended 2025", "Nine Months Ended 2024"),
    ("Subscription revenue", "153,483", "129,653", "441,172", "371,962"),
    ("Total revenue", "166,900", "144,131", "481,609", "415,689"),
    source="q.pdf",
)


@pytest.mark.parametrize(("question", "expression"), [
    ("What percentage of total revenue came from subscription revenue in the most recent quarter (Q3 2025)?",
     "153483 / 166900 * 100"),
    ("What percentage of total revenue came from subscription revenue year-to-date in 2025?",
     "441172 / 481609 * 100"),
])
def test_a_quarter_or_the_year_to_date_picks_its_own_column(question, expression):
    result = calculate_from_table(question, [Passage(QUARTERLY, 0.8)])
    assert result is not None and result.calculation.expression == expression


def test_how_far_one_amount_exceeds_another_is_their_sizes_apart():
    allowance = table_chunk(
        "Allowance for credit losses roll-forward (in thousands)",
        ("", "2025", "2024"),
        ("Provision for credit losses", "18,418", "15,020"),
        ("Net charge-offs", "(12,450)", "(9,880)"),
        source="bank.pdf",
    )
    result = calc("By how much did the provision for credit losses exceed net charge-offs in 2025?", allowance)
    assert result.calculation.expression == "18418 - 12450"


def test_an_improvement_is_a_change_over_the_year():
    result = calc("How much did operating profit improve in 2024?")
    assert result.operation == "change" and result.calculation.expression == "56.2 - 48.7"


def test_a_choice_between_two_readings_is_no_calculation():
    assert calc("Is operating profit higher or lower in 2024 than in 2023?") is None


def test_a_margin_that_expanded_or_contracted_is_its_change():
    result = calc("Did the gross margin expand or contract in 2024, and by how many basis points?")
    assert result.operation == "change" and result.percent and result.calculation.value == pytest.approx(1.4)


def test_the_statement_of_changes_in_equity_names_a_statement_not_a_change():
    equity = table_chunk("Statements of operations", ("Line item", "2025", "2024"), ("Net income", "363.5", "278.9"))
    assert calc("What proportion of FY2025 net income was paid out as dividends? Use the statement of changes in "
                "shareholders' equity.", equity) is None
    assert calc("What was the change in net income from 2024 to 2025?", equity).calculation.value == pytest.approx(84.6)


def test_net_alone_does_not_name_net_income():
    cash = table_chunk("Statements of cash flows", ("Line item", "2025", "2024"), ("Net income", "363.5", "278.9"))
    assert calc("How much did net cash provided by operating activities change from 2024 to 2025?", cash) is None


def test_an_average_per_unit_is_no_average_of_years():
    assert calc("What was the average revenue per store in 2024?") is None
    assert calc("What was average revenue in 2023 and 2024?").operation == "average"


def test_a_per_share_figure_is_not_computed_from_a_count_of_shares():
    income = table_chunk("Consolidated statements of income (Dollars in thousands, except per share data)",
                         ("Line item", "2025", "2024"), ("Net income", "106,876", "76,860"))
    shares = table_chunk("Consolidated statements of income (Dollars in thousands, except per share data)",
                         ("Weighted average common shares outstanding", "2025", "2024"),
                         ("Basic", "39,165", "39,545"), ("Diluted", "39,346", "39,717"))
    assert calc("What was diluted EPS growth in 2025?", income, shares) is None
    per_share = table_chunk("Earnings per share", ("Line item", "2025", "2024"),
                            ("Basic", "$ 2.74", "$ 1.95"), ("Diluted", "$ 2.72", "$ 1.94"))
    assert calc("What was diluted EPS growth in 2025?", per_share).operation == "percent change"


def test_whose_figure_it_is_need_not_name_the_row_and_one_pair_in_two_tables_is_one_reading():
    note = table_chunk("Disaggregation of revenue", ("Line item", "2024", "2023"),
                       ("Retail", "10", "8"), ("Revenue", "700", "650"), source="note.xlsx")
    question = "What share of Brannock Hearth's revenue in 2024 came from retail?"
    share = calc(question, SEGMENTS, note)
    assert share.calculation.expression == "10 / 700 * 100" and share.operands[0].passage_number == 1


def test_an_operand_ends_with_its_sentence():
    share = calc("What percentage of revenue in 2024 was operating profit? Use total operating costs as a check.")
    assert share.calculation.expression == "56.2 / 1496.5 * 100"


def test_asking_which_way_a_figure_moved_names_no_row():
    cash = table_chunk(
        "Condensed statements of cash flows (in thousands)",
        ("", "Nine Months Ended 2025", "Nine Months Ended 2024"),
        ("Net cash used in operating activities", "(37,710)", "(27,355)"),
        ("Net increase (decrease) in cash and cash equivalents", "(8,900)", "(125)"),
        source="q.pdf",
    )
    result = calc("Did operating cash burn increase or decrease in 2025 relative to 2024, and by "
                  "what percentage?", cash)
    # "cash burn" is not said by any row: no answer rather than the net change in cash
    assert result is None or "8900" not in result.calculation.expression
    named = calc("Did net cash used in operating activities increase or decrease in 2025 relative to 2024, and by "
                 "what percentage?", cash)
    assert named.operation == "percent change" and "37710" in named.calculation.expression


def test_a_formula_over_two_figures_is_not_one_rows_average():
    assert calc("What is the average revenue over 2023 and 2024?").operation == "average"
    assert calc("Estimate the runway: operating profit in 2024 divided by the average revenue of 2023 and 2024.") \
        is None


def test_a_row_under_a_part_the_question_does_not_name_is_narrower():
    segments = table_chunk(
        "Segment results (in thousands)",
        ("", "2025", "2024"),
        ("Office",), ("Rental revenue", "176,320", "178,950"),
        ("Industrial",), ("Rental revenue", "176,840", "158,230"),
        source="r.pdf",
    )
    income = table_chunk(
        "Consolidated statements of operations (in thousands)",
        ("", "2025", "2024"),
        ("Revenues:",), ("Rental revenue", "461,620", "439,050"), ("Fee income", "3,910", "3,480"),
        source="r.pdf",
    )
    result = calculate_from_table("By what percentage did rental revenue grow from 2024 to 2025?",
                                  [Passage(segments, 0.9), Passage(income, 0.8)])
    assert result is not None and result.calculation.expression == "(461620 - 439050) / 439050 * 100"
    # two parts, neither named: no answer
    assert calculate_from_table("By what percentage did rental revenue grow from 2024 to 2025?",
                                [Passage(segments, 0.9)]) is None


def test_a_share_asked_after_its_part_and_a_speed_of_growth():
    costs = table_chunk(
        "Statements of operations (in thousands)",
        ("", "Nine Months Ended 2025", "Nine Months Ended 2024"),
        ("Total revenues", "284,840", "225,000"),
        ("Stock-based compensation", "33,800", "30,100"),
        ("Total operating expenses", "334,650", "301,000"),
        source="q.pdf",
    )
    share = calc("Stock-based compensation represented what percentage of Acme's total operating expenses in the nine "
                 "months ended 2025?", costs)
    assert share.operation == "percentage" and share.calculation.expression.startswith("33800 / 334650")
    dated = calc("At September 30, 2025, stock-based compensation represented what percentage of Acme's total "
                 "operating expenses in the nine months?", costs)
    assert dated.calculation.expression.startswith("33800 / 334650")
    paid = table_chunk("Cash flows (in thousands)", ("", "2025", "2024"), ("Net income", "120,000", "100,000"),
                       ("Dividends paid", "(48,000)", "(45,000)"))
    payout = calc("What percentage of net income was paid out as dividends in 2025?", paid)
    assert payout.calculation.expression == "48000 / 120000 * 100"
    consumed = calc("Stock-based compensation consumed what share of Acme's total revenues in the nine months ended "
                    "2025?", costs)
    assert consumed.calculation.expression.startswith("33800 / 284840")
    growth = calc("How fast did Acme's total revenues grow in the first nine months of 2025 compared with the same "
                  "period of 2024?", costs)
    assert growth.operation == "percent change" and growth.calculation.value == pytest.approx(26.596, abs=0.01)


def test_a_figure_made_of_listed_parts_is_no_pair_of_cells():
    loans = table_chunk(
        "Loans by type (in thousands)",
        ("", "2025"),
        ("Commercial real estate — owner occupied", "812,400"),
        ("Commercial real estate — non-owner occupied", "1,614,738"),
        ("Construction and land development", "482,100"),
        ("Net loans", "6,279,678"),
    )
    assert calc("What percentage of total loans at December 31, 2025 was commercial real estate exposure, counting "
                "owner-occupied, non-owner occupied and construction loans?", loans) is None
    assert calc("What percentage of net loans at December 31, 2025 was construction and land development?",
                loans).calculation.expression == "482100 / 6279678 * 100"


def test_a_share_is_read_in_the_whole_s_own_table_where_the_part_heads_a_column():
    reserves = table_chunk(
        "Estimated Proved Reserves at December 31, 2025",
        ("", "Proved Developed", "Proved Undeveloped", "Total Proved"),
        ("Oil (MBbl)", "58,210", "44,184", "102,394"),
        ("Total (MBoe)", "147,610", "91,241", "238,851"),
    )
    oil = table_chunk(
        "Note 10 — Changes in proved oil reserves (MBbl)",
        ("", "Quantity"),
        ("Proved developed, end of year", "58,210"),
        ("Proved undeveloped, end of year", "44,184"),
    )
    share = calculate_from_table("What proportion of Acme's year-end 2025 total proved reserves (MBoe) was proved "
                                 "developed?", [Passage(oil, 0.7), Passage(reserves, 0.7)])
    assert share.calculation.expression.startswith("147610 / 238851")


def test_a_change_in_a_row_of_a_table_titled_average_takes_no_mean():
    prices = table_chunk(
        "Average Realized Prices (excluding the effect of derivatives)",
        ("", "2025", "2024", "2023"),
        ("Oil (per Bbl)", "$71.38", "$76.12", "$77.64"),
        ("Natural gas (per Mcf)", "$2.41", "$2.07", "$2.61"),
    )
    change = calc("What average realized oil price did Acme get in 2025, and how much did it change in percent "
                  "versus 2024?", prices)
    assert change.operation == "percent change" and change.calculation.value == pytest.approx(-6.227, abs=0.001)


def test_the_first_half_is_the_nine_months_less_the_third_quarter():
    programs = table_chunk(
        "Acme Form 10-Q — Research and development expense by program (in thousands)",
        ("", "Three Months Ended 2025", "Three Months Ended 2024", "Nine Months Ended 2025", "Nine Months Ended 2024"),
        ("QTX-204", "14,250", "11,300", "56,210", "40,120"),
        ("QTX-310", "8,040", "6,010", "22,470", "18,200"),
        source="q.pdf",
    )
    half = calc("How much did Acme spend on QTX-204 in the first half of 2025?", programs)
    assert half.operation == "implied period" and half.calculation.expression == "56210 - 14250"
    # a second sentence that says how to find it names no row
    told = calc("How much did Acme spend on QTX-204 in the first half of 2025? The 10-Q prints only the third quarter "
                "and the nine months, so derive it.", programs)
    assert told.calculation.expression == "56210 - 14250"
    dated = calc("How much did Acme spend on QTX-204 in the six months ended June 30, 2025?", programs)
    assert dated.calculation.expression == "56210 - 14250"
    retail = table_chunk(
        "Statements of operations (in thousands)",
        ("", "Thirteen Weeks Ended 2026", "Thirteen Weeks Ended 2025", "Twenty-Six Weeks Ended 2026",
         "Twenty-Six Weeks Ended 2025"),
        ("Net sales", "412,300", "398,100", "801,900", "770,400"),
        source="r.pdf",
    )
    first = calc("What were Acme's net sales in the first quarter of fiscal 2026?", retail)
    assert first.calculation.expression == "801900 - 412300"
    # a cell of another span is no answer for the one asked
    assert span_unread("What were net sales in the first quarter of fiscal 2026?",
                       "$ 801,900 (Net sales, Twenty-Six Weeks Ended 2026) [1]")
    assert not span_unread("What were net sales in Q2 2026?", "$ 412,300 (Net sales, Thirteen Weeks Ended 2026) [1]")
    assert not span_unread("What were net sales in 2025?", "$ 801,900 (Net sales, Twenty-Six Weeks Ended 2026) [1]")
    # told how to derive it, in a bracket, and which columns to use: the same arithmetic, through the pipeline's guard
    from assistant.answering.pipeline import table_calculation
    derived = ("Using the quarter and year-to-date columns, what were Acme's net sales in the first quarter of fiscal "
               "2026 (six months less the second quarter)?")
    assert table_calculation(derived, derived, passages(retail)).calculation.expression == "801900 - 412300"
    # a third quarter is no opening part of the year; a span the table prints is read, not implied
    assert calc("What were net sales in Q3 2026?", retail) is None
    assert calc("How much did Acme spend on QTX-204 in the nine months of 2025?", programs) is None


def test_a_change_whose_instruction_asks_for_a_percentage_is_a_percent_change():
    from assistant.answering.pipeline import table_calculation

    sales = table_chunk("Electric sales (GWh)", ("", "2025", "2024"), ("Total retail sales", "30,507", "29,894"),
                        source="m.pdf")
    question = "How much did total retail sales change in 2025 versus 2024? Give the percentage to one decimal."
    result = table_calculation(question, question, [Passage(sales, 1.0)])
    assert result.operation == "percent change" and result.calculation.expression.startswith("(30507 - 29894)")
    plain = "How much did total retail sales change in 2025 versus 2024?"
    assert table_calculation(plain, plain, [Passage(sales, 1.0)]).operation == "change"


def test_a_share_of_a_whole_that_relates_to_a_part():
    assets = table_chunk(
        "Regulatory assets (in millions)",
        ("", "2025", "2024"),
        ("Harlan Point Units 1 and 2 retirement", "341", "360"),
        ("Asset retirement obligations", "178", "170"),
        ("Total regulatory assets", "1,457", "1,380"),
        source="u.pdf",
    )
    result = calc("What share of Acme's total regulatory assets at year-end 2025 related to the retirement of Harlan "
                  "Point Units 1 and 2?", assets)
    assert result.calculation.expression.startswith("341 / 1457")


def test_a_share_of_a_whole_that_consisted_of_a_part():
    inventories = table_chunk(
        "Inventories ($ in millions)",
        ("", "September 30, 2025", "December 31, 2024"),
        ("Raw materials", "141.2", "130.0"),
        ("Finished goods", "284.4", "270.1"),
        ("Total inventories", "547.9", "520.3"),
        source="q.pdf",
    )
    result = calc("What proportion of total inventories at September 30, 2025 consisted of finished goods? Percent, "
                  "one decimal.", inventories)
    assert result.calculation.expression.startswith("284.4 / 547.9") and result.percent


def test_a_figure_over_itself_is_no_ratio():
    plant = table_chunk(
        "Utility plant (in millions)",
        ("", "2025", "2024"),
        ("Total utility plant in service", "27,545", "25,900"),
        ("Total utility plant, at original cost", "27,545", "25,900"),
        ("Accumulated depreciation", "(7,905)", "(7,420)"),
        source="u.pdf",
    )
    assert calc("What was total utility plant in service as a percentage of total utility plant at original cost "
                "in 2025?", plant) is None


def test_a_sum_in_total_over_a_range_of_years():
    maturities = table_chunk(
        "Long-term debt maturities (in millions)",
        ("", "2026", "2027", "2028", "2029", "Thereafter"),
        ("Principal maturities", "$ 950", "300", "600", "750", "3,925"),
        ("Total principal", "", "", "", "", "6,525"),
        source="u.pdf",
    )
    result = calc("What principal amount of Acme's long-term debt matures over 2026-2028 in total? USD millions.",
                  maturities)
    assert result.operation == "sum" and result.calculation.expression == "950 + 300 + 600"


def test_the_change_in_a_share_of_a_whole_is_no_one_row_change():
    segments = table_chunk(
        "Segment NOI (in thousands)",
        ("", "2025", "2023"),
        ("Industrial", "133,190", "105,620"),
        ("Total segment NOI", "295,330", "268,750"),
        source="r.pdf",
    )
    assert calc("How did the industrial segment's share of total segment NOI change from 2023 to 2025, in percentage "
                "points?", segments) is None


BANK_INCOME = table_chunk(
    "Consolidated Statements of Income (Dollars in thousands)",
    ("Line item", "2025", "2024"),
    ("Net interest income", "231,000", "210,500"),
    ("Net interest income after provision for credit losses", "210,919", "192,312"),
)


def test_a_line_after_the_one_asked_is_another_line():
    # the question names the provision; the only row holding its words is net interest income after it
    question = ("The income statement provision for credit losses differs from the provision on loans. What does "
                "the difference imply for unfunded commitments in 2025?")
    assert calculate_from_table(question, [Passage(BANK_INCOME, 0.7)]) is None
    asked = "What was the change in net interest income after provision for credit losses from 2024 to 2025?"
    assert calculate_from_table(asked, [Passage(BANK_INCOME, 0.7)]) is not None


QUARTER_AND_NINE_MONTHS = table_chunk(
    "Condensed Statements of Operations (in thousands, except per share data)",
    ("Line item", "Three Months Ended 2025", "Three Months Ended 2024", "Nine Months Ended 2025",
     "Nine Months Ended 2024"),
    ("Net loss per share, basic and diluted", "$ (0.29)", "$ (0.35)", "$ (0.82)", "$ (1.10)"),
)


def test_a_span_the_question_names_picks_its_columns():
    quarter = calculate_from_table("How much did net loss per share improve in the third quarter of 2025 versus the "
                                   "third quarter of 2024?", [Passage(QUARTER_AND_NINE_MONTHS, 0.7)])
    assert quarter.calculation.expression == "(-0.29) - (-0.35)"
    nine = calculate_from_table("What was the change in net loss per share in the first nine months of 2025 versus "
                                "2024?", [Passage(QUARTER_AND_NINE_MONTHS, 0.7)])
    assert nine.calculation.expression == "(-0.82) - (-1.1)"
    # no span named: the question does not say which column
    assert calculate_from_table("What was the change in net loss per share from 2024 to 2025?",
                                [Passage(QUARTER_AND_NINE_MONTHS, 0.7)]) is None



SEGMENT_INCOME = table_chunk(
    "Segment information (in millions)",
    ("Line item", "2025", "2024"),
    ("Natural gas revenues", "1,222", "1,180"),
    ("Net income", "691", "640"),
)


def test_a_part_above_its_whole_is_no_share_of_it():
    question = "What share of consolidated 2025 net income came from natural gas revenues?"
    assert calculate_from_table(question, [Passage(SEGMENT_INCOME, 0.7)]) is None


OCCUPANCY = table_chunk(
    "Portfolio Occupancy",
    ("Line item", "Sep 30, 2025", "Jun 30, 2025", "Dec 31, 2024", "Sep 30, 2024"),
    ("Portfolio occupancy", "96.3%", "96.0%", "96.8%", "97.1%"),
)


def test_each_year_is_read_at_the_date_the_question_gives_it():
    change = calculate_from_table("How many basis points did portfolio occupancy change between December 31, 2024 "
                                  "and September 30, 2025?", [Passage(OCCUPANCY, 0.7)])
    assert change.calculation.expression == "96.3 - 96.8"


def test_what_percentage_of_a_whole_a_part_represented_divides_the_part_by_the_whole():
    found = calc("What percentage of revenue did operating profit represent in 2024?")
    assert found is not None and found.calculation.expression == "56.2 / 1496.5 * 100"
    # a part that is two lines added is not one of them
    assert calc("What percentage of revenue did operating profit plus finance costs represent in 2024?") is None


def test_a_share_of_a_line_printed_as_a_deduction_is_its_size():
    leases = table_chunk(
        "Maturities of operating lease liabilities (in thousands)",
        ("", "Operating leases"),
        ("Total lease payments", "181,455"),
        ("Less imputed interest", "(36,920)"),
        ("Present value of lease liabilities", "144,535"),
        source="leases.pdf",
    )
    found = calc("What share of total lease payments represents imputed interest?", leases)
    assert found is not None and found.calculation.expression == "36920 / 181455 * 100"


def test_a_share_from_outside_a_region_is_not_the_regions_own_row():
    regions = table_chunk(
        "Net product revenue by geography (in thousands)",
        ("", "Three Months Ended 2025", "Three Months Ended 2024"),
        ("United States", "80,420", "71,300"),
        ("International", "12,010", "9,800"),
        ("Total product revenue, net", "92,430", "81,100"),
        source="geo.pdf",
    )
    assert calc("What share of total product revenue, net came from outside the United States in 2025?", regions) \
        is None


def test_a_growth_asked_for_as_a_percentage_in_an_instruction_is_a_percentage_change():
    # the pipeline turns the instruction into "…, in percent?" (pipeline.table_calculation)
    found = calc("By how much did revenue grow from 2023 to 2024, in percent?")
    assert found is not None and found.percent and found.calculation.expression.endswith("* 100")


def test_a_share_of_a_whole_named_in_the_questions_own_words_is_of_the_tables_total():
    portfolio = table_chunk("Portfolio: hotels and rooms", ("", "June 30, 2025 Hotels", "June 30, 2025 Rooms"),
                            ("Owned and leased", "38", "11,204"), ("Franchised", "226", "29,418"),
                            ("Total", "264", "40,622"))
    stats = table_chunk("Comparable hotel statistics", ("", "2025", "2024"), ("Rooms", "9,846", "9,846"))
    share = calc("What percentage of Acme's system rooms were franchised at June 30, 2025?", portfolio, stats)
    assert share.calculation.expression == "29418 / 40622 * 100"


def test_an_expense_asked_is_not_a_revenue_line_of_the_same_name():
    revenue = table_chunk("Disaggregation of revenue (in thousands)", ("", "2025", "2024"),
                          ("Revenue, before fuel surcharge", "962,140", "1,001,560"), ("Fuel surcharge", "148,660",
                                                                                       "171,240"),
                          ("Total operating revenue", "1,354,360", "1,403,340"))
    expenses = table_chunk("Statements of operations (in thousands)", ("", "2025", "2024"),
                           ("Operating expenses:", "", ""), ("Fuel", "176,220", "194,870"),
                           ("Salaries, wages and benefits", "455,100", "470,200"))
    share = calc("What was fuel expense as a percentage of total operating revenue in 2025?", revenue, expenses)
    assert share.calculation.expression == "176220 / 1354360 * 100"
    assert calc("What was fuel expense as a percentage of total operating revenue in 2025?", revenue) is None


def test_a_figure_per_average_unit_is_no_mean_of_two_years():
    stats = table_chunk("Truckload operating statistics", ("", "2025", "2024"),
                        ("Loaded miles (in thousands)", "344,611", "362,905"), ("Average tractors", "3,412", "3,520"))
    assert calc("How many loaded miles did each average tractor run in 2025?", stats) is None
    mean = calc("What were average loaded miles (in thousands) over 2024 and 2025?", stats)
    assert mean.operation == "average"


def test_a_change_in_a_measure_reads_its_own_columns_not_those_of_a_figure_per_it():
    revenue = table_chunk(
        "Freight revenue, carloads and average revenue per carload",
        ("", "Revenue 2025", "Revenue 2024", "Carloads 2025", "Carloads 2024", "Average revenue per carload 2025",
         "Average revenue per carload 2024"),
        ("Coal", "286.3", "311.7", "124.8", "137.2", "2,294", "2,272"),
    )
    found = calculate_from_table("What was the percentage change in coal carloads in 2025?", [Passage(revenue, 0.7)])
    assert found is not None and found.calculation.expression == "(124.8 - 137.2) / 137.2 * 100"


def test_a_share_of_a_roll_forwards_heading_is_of_its_balance_at_the_end_and_the_part_named_in_its_own_sentence():
    pension = table_chunk(
        "Pension obligation and plan assets (in millions)",
        ("", "2025", "2024"),
        ("Change in projected benefit obligation", "", ""),
        ("Obligation at beginning of year", "3,132", "3,218"),
        ("Benefits paid", "(204)", "(198)"),
        ("Obligation at end of year", "3,219", "3,132"),
        ("Change in plan assets", "", ""),
        ("Fair value at beginning of year", "2,790", "2,760"),
        ("Actual return on plan assets", "221", "198"),
        ("Benefits paid", "(204)", "(198)"),
        ("Fair value at end of year", "2,852", "2,790"),
        ("Funded status at end of year", "(367)", "(342)"),
    )
    found = calc("How well funded was the pension plan at the end of 2025? Give plan assets as a percentage of the "
                 "projected benefit obligation, one decimal.", pension)
    assert found is not None and found.calculation.expression == "2852 / 3219 * 100"
    # a movement the question names is still read as itself
    found = calc("What was the actual return on plan assets as a percentage of the projected benefit obligation in "
                 "2025?", pension)
    assert found is not None and found.calculation.expression == "221 / 3219 * 100"


def test_a_sum_over_a_number_of_things_is_not_one_rows_figures_over_the_years():
    def cells(*rows):
        return [Operand(row, year, "1", 1.0, "1", 1) for row, year in rows]

    three = ("Looking at the long-term debt table, three debt series had no balance at December 31, 2024 but were "
             "outstanding at December 31, 2025. What is their combined principal amount?")
    assert _other_count(three, cells(("Long-term debt, net", "2024"), ("Long-term debt, net", "2025")))
    assert not _other_count(three, cells(("Series A", "2025"), ("Series B", "2025"), ("Series C", "2025")))
    assert not _other_count("What were the two segments' sales in the nine months ended 2025 combined?",
                            cells(("Retail", "2025"), ("Wholesale", "2025")))
    assert not _other_count("What were revenues in 2024 and 2025 combined?",
                            cells(("Revenue", "2024"), ("Revenue", "2025")))


def test_a_line_printed_in_the_mdna_and_the_statement_is_one_line_though_their_columns_differ():
    # The MD&A's results table prints two years, each beside its "% of sales"; the statement three years. The
    # figures agree on every year both print: one line, so its growth is computed, not refused as a tie.
    mdna = table_chunk("Results of Operations (in thousands, except percentages)",
                       ("", "2025 Amount", "2025 % of Sales", "2024 Amount", "2024 % of Sales"),
                       ("Net sales", "$ 2,193,410", "100.0%", "$ 2,027,322", "100.0%"),
                       ("Cost of products sold", "772,180", "35.2%", "728,915", "36.0%"))
    statement = table_chunk("Consolidated Statements of Operations (in thousands)", ("", "2025", "2024", "2023"),
                            ("Net sales", "$ 2,193,410", "$ 2,027,322", "$ 1,893,649"),
                            ("Cost of products sold", "772,180", "728,915", "692,040"))
    result = calculate_from_table("By what percentage did net sales grow year over year in 2025?",
                                  [Passage(mdna, 0.9), Passage(statement, 0.8)])
    assert result is not None and result.calculation.expression == "(2193410 - 2027322) / 2027322 * 100"
    # figures that disagree on a year both print are two lines: no answer
    restated = table_chunk("Consolidated Statements of Operations (in thousands)", ("", "2025", "2024", "2023"),
                           ("Net sales", "$ 2,193,410", "$ 2,001,950", "$ 1,893,649"))
    assert calculate_from_table("By what percentage did net sales grow year over year in 2025?",
                                [Passage(mdna, 0.9), Passage(restated, 0.8)]) is None


def test_a_line_defined_as_another_less_the_one_asked_is_not_the_one_asked():
    liquidity = table_chunk("Cash flow summary (in millions)", ("", "2025", "2024", "2023"),
                            ("Net cash provided by operating activities", "684", "647", "441"),
                            ("Free cash flow (operating cash flow less capital expenditures)", "496", "435", "265"))
    question = ("What was the average annual capital expenditure over fiscal 2023, 2024 and 2025, based on the cash "
                "flow statement?")
    assert calculate_from_table(question, [Passage(liquidity, 0.9)]) is None
    flows = table_chunk("Consolidated statements of cash flows (in millions)", ("", "2025", "2024", "2023"),
                        ("Capital expenditures", "(188)", "(212)", "(176)"))
    result = calculate_from_table(question, [Passage(liquidity, 0.9), Passage(flows, 0.8)])
    assert result is not None and [o.row for o in result.operands] == ["Capital expenditures"] * 3


def test_the_owners_share_of_net_income_is_not_the_whole_net_income():
    income = table_chunk("Acme Capital, Inc. Form 10-Q — Condensed consolidated statements of income (in thousands)",
                         ("", "Three Months Ended 2026", "Three Months Ended 2025"),
                         ("Income tax expense", "22,733", "17,790"), ("Net income", "71,206", "54,529"))
    question = "By what percentage did net income attributable to Acme Capital, Inc. grow in Q2 2026 versus Q2 2025?"
    assert calculate_from_table(question, [Passage(income, 0.9)]) is None
    owners = table_chunk("Acme Capital, Inc. Form 10-Q — Condensed consolidated statements of income (in thousands)",
                         ("", "Three Months Ended 2026", "Three Months Ended 2025"),
                         ("Net income", "71,206", "54,529"),
                         ("Less: net income attributable to noncontrolling interests", "1,806", "1,512"),
                         ("Net income attributable to Acme Capital, Inc.", "69,400", "53,017"))
    result = calculate_from_table(question, [Passage(owners, 0.9)])
    assert result is not None and result.calculation.expression == "(69400 - 53017) / 53017 * 100"


def test_a_share_of_a_measure_no_table_prints_is_not_read_from_a_segments_other_figures():
    sales = table_chunk("Net sales by segment (in millions)", ("", "2025", "2024"),
                        ("Row Crop and Harvest", "3,412", "3,650"), ("Compact Equipment", "1,286", "1,190"),
                        ("Total net sales", "5,846", "5,980"))
    margin = table_chunk("Segment operating margin (operating profit as a percentage of segment net sales)",
                         ("", "2025", "2024"), ("Row Crop and Harvest", "11.8%", "13.4%"))
    question = ("At the end of fiscal 2025, Row Crop and Harvest order backlog represented what percentage of that "
                "segment's fiscal 2025 net sales?")
    assert calculate_from_table(question, [Passage(sales, 0.9)]) is None
    assert lookup(question, [Passage(margin, 0.9)]) is None
    # the measure named: the share is read
    result = calculate_from_table("Row Crop and Harvest net sales represented what percentage of total net sales in "
                                  "2025?", [Passage(sales, 0.9)])
    assert result is not None and result.calculation.expression == "3412 / 5846 * 100"
    # a measure in general ("volume") is what any table's figures are
    throughput = table_chunk("Gas throughput (Bcf)", ("", "2025", "2024"), ("Sales", "102.4", "99.0"),
                             ("Transportation", "74.6", "70.1"), ("Total throughput", "177.0", "169.1"))
    share = calculate_from_table("What share of 2025 total throughput was transportation volume?",
                                 [Passage(throughput, 0.9)])
    assert share is not None and share.calculation.expression == "74.6 / 177 * 100"


def test_a_part_named_with_a_cost_word_its_table_leaves_to_the_title_is_still_read():
    sbc = table_chunk("Stock-based compensation by line item (in thousands)", ("", "2025", "2024"),
                      ("Cost of revenue", "6,120", "5,480"), ("Research and development", "24,617", "21,950"),
                      ("Total stock-based compensation", "65,664", "58,210"))
    result = calculate_from_table("What portion of Acme's FY2025 stock-based compensation expense was recorded in "
                                  "research and development? Give the percentage to one decimal.",
                                  [Passage(sbc, 0.9)])
    assert result is not None and result.calculation.expression == "24617 / 65664 * 100"


def test_a_ratio_of_a_line_to_another_whose_name_holds_and_reads_the_two_named_in_any_statement():
    cash = table_chunk("Consolidated Statements of Cash Flows (in thousands)", ("", "2025", "2024"),
                       ("Capital expenditures", "(334,620)", "(301,200)"))
    income = table_chunk("Consolidated Statements of Income (in thousands, except per share data)",
                         ("", "2025", "2024"),
                         ("Depreciation, depletion and amortization", "298,740", "280,100"),
                         ("Net income", "$ 242,980", "218,270"))
    found = calculate_from_table("What was the ratio of capital expenditures (cash flow statement) to depreciation, "
                                 "depletion and amortization (income statement) in 2025?",
                                 [Passage(cash, 0.7), Passage(income, 0.6)])
    # the cash paid out enters by its size; "and" inside a line's name splits nothing
    assert found is not None and found.calculation.expression == "334620 / 298740"


def test_a_schedule_summed_over_years_counts_a_year_with_nothing_due_as_nothing():
    schedule = table_chunk("Long-Term Debt — Scheduled Principal Payments (in thousands)",
                           ("", "2026", "2027", "2028", "2029", "Thereafter", "Total"),
                           ("Principal payments", "$ 437,500", "$ 400,000", "—", "$ 1,068,000", "$ 836,400",
                            "$ 2,741,900"))
    summed = calculate_from_table("How much debt principal is due in 2026, 2027 and 2028 combined?",
                                  [Passage(schedule, 0.7)])
    assert summed is not None and summed.calculation.expression == "437500 + 400000 + 0"
    # "how much falls due from A through B" adds the years of the run
    run = calculate_from_table("How much debt principal falls due from the rest of 2026 through the end of 2028, per "
                               "the scheduled principal payments table?",
                               [Passage(schedule, 0.7)])
    assert run is not None and run.calculation.value == 837500
    # a nil year is no figure to average
    assert calculate_from_table("What was the average principal payment in 2027 and 2028?",
                                [Passage(schedule, 0.7)]) is None


def test_a_change_over_years_reads_the_amounts_beside_a_percent_of_revenue_column_that_lost_its_sign():
    by_nature = table_chunk("Acme Corp Form 10-K 2025 — Cost of Operations by Nature (in thousands) — % of",
                            ("", "2025 Amount", "2025 Revenue", "2024 Amount", "2024 Revenue"),
                            ("Labor and related benefits", "598,420", "22.3%", "573,860", "22.7%"),
                            ("Fuel", "112,460", "4.2%", "121,930", "4.8%"))
    found = calculate_from_table("How did Acme's fuel expense change in 2025 versus 2024, in percentage terms?",
                                 [Passage(by_nature, 0.7)])
    assert found is not None and found.calculation.expression == "(112460 - 121930) / 121930 * 100"


def test_a_compound_annual_growth_rate_is_not_a_simple_change_between_two_years():
    assert calculate_from_table("What was the two-year compound annual growth rate of revenue from 2022 to 2024?",
                                [Passage(INCOME, 0.7)]) is None
    assert calculate_from_table("What was the CAGR of revenue between 2022 and 2024?", [Passage(INCOME, 0.7)]) is None
    assert calculate_from_table("By what percentage did revenue grow from 2022 to 2024?",
                                [Passage(INCOME, 0.7)]) is not None


QUARTERS = table_chunk(
    "Condensed statements of operations (in thousands, except per share amounts)",
    ("", "Three months ended 2026", "Three months ended 2025"),
    ("Net revenue", "352,095", "328,030"),
    ("Operating expenses", "", ""),
    ("Research and development", "68,430", "63,920"),
    ("Total operating expenses", "145,380", "136,170"),
    ("Net income per share", "", ""),
    ("Diluted", "0.97", "0.88"),
    ("Shares used in computing net income per share", "", ""),
    ("Diluted", "73,105", "73,720"),
)


def test_how_much_higher_a_line_was_in_one_period_than_another_is_their_change():
    found = calc("How much higher were total operating expenses in the three months ended October 31, 2026 than in "
                 "2025?", QUARTERS)
    assert found.operation == "change" and found.calculation.value == pytest.approx(9210)


def test_diluted_per_share_is_read_under_its_own_heading_not_under_share_counts():
    found = calc("What was the percentage change in diluted net income per share from 2025 to 2026?", QUARTERS)
    assert found.calculation.value == pytest.approx((0.97 - 0.88) / 0.88 * 100)


def test_an_expense_line_over_revenue_and_a_remark_in_brackets():
    found = calc("What was research and development as a percentage of net revenue in 2026?", QUARTERS)
    assert found.calculation.value == pytest.approx(68430 / 352095 * 100)
    found = calc("Compute the ratio of total operating expenses to net revenue for 2025 (a measure of how much of "
                 "research spending was capitalized).", QUARTERS)
    assert found.calculation.value == pytest.approx(136170 / 328030)
    found = calc("Express 2026 total operating expenses as a multiple of 2026 research and development.", QUARTERS)
    assert found.calculation.value == pytest.approx(145380 / 68430)


def test_how_large_one_line_was_relative_to_another_is_their_ratio():
    found = calc("Research and development in 2025 was how large relative to that year's net revenue?", QUARTERS)
    assert found.calculation.value == pytest.approx(63920 / 328030)


PLATFORMS = table_chunk(
    "Net revenue by platform (in thousands)",
    ("", "Six months ended 2026", "Six months ended 2025"),
    ("Console", "341,870", "318,640"),
    ("PC", "176,305", "171,280"),
    ("Mobile", "146,720", "152,390"),
    ("Total net revenue", "664,895", "642,310"),
)


def test_two_lines_combined_are_their_sum():
    for asked in ("Combining console and PC, how much revenue (USD thousands) did it earn in 2026?",
                  "What was the combined revenue of console and PC in 2026?"):
        found = calc(asked, PLATFORMS)
        assert found.operation == "sum" and found.calculation.value == pytest.approx(518175), asked
    assert calc("What was the combined revenue of console and console in 2026?", PLATFORMS) is None


def test_a_quarter_asked_year_over_year_with_no_year_named_reads_the_quarters_of_the_two_years():
    spans = table_chunk(
        "Net revenue by platform (in thousands)",
        ("", "Three months ended 2026", "Three months ended 2025", "Six months ended 2026", "Six months ended 2025"),
        ("Console", "186,420", "162,310", "341,870", "318,640"),
    )
    found = calc("How fast did console revenue grow in the quarter, year over year?", spans)
    assert found.calculation.value == pytest.approx((186420 - 162310) / 162310 * 100)
    assert calc("How fast did console revenue grow year over year?", spans) is None  # which span: unsaid


STAFFING_SEGMENTS = table_chunk(
    "Results by segment (Dollars in thousands)",
    ("", "2025", "2024"),
    ("COMMERCIAL STAFFING", "", ""),
    ("Revenue", "1,184,630", "1,127,415"),
    ("Gross profit", "238,145", "229,810"),
    ("PROFESSIONAL PLACEMENT", "", ""),
    ("Revenue", "486,270", "512,840"),
    ("Gross profit", "157,620", "168,375"),
    ("CONSOLIDATED", "", ""),
    ("Revenue", "1,983,355", "1,912,185"),
    ("Gross profit", "487,625", "476,600"),
)


def test_a_line_under_each_part_and_the_whole_is_the_wholes_where_no_part_is_named():
    found = calc("Express 2024 gross profit as a percentage of that year's revenue.", STAFFING_SEGMENTS)
    assert found.calculation.value == pytest.approx(476600 / 1912185 * 100)
    found = calc("By what percentage did gross profit move between 2024 and 2025 (a negative answer means a decline)?",
                 STAFFING_SEGMENTS)
    assert found.calculation.value == pytest.approx((487625 - 476600) / 476600 * 100)


def test_cash_paid_out_twice_adds_up_as_the_amounts_paid_and_a_balance_is_no_part_of_a_flow():
    cash = table_chunk("Statements of cash flows (In millions)", ("", "2026", "2025"),
                       ("Dividends paid on common stock", "(46.4)", "(44.0)"),
                       ("Purchases of treasury stock", "(150.0)", "(80.0)"))
    balance = table_chunk("Balance sheets (In millions)", ("", "March 31, 2026", "December 31, 2025"),
                          ("Treasury stock, at cost", "(1,312.5)", "(1,162.5)"))
    found = calc("Adding common dividends paid and purchases of treasury stock, how much cash did it return in 2026?",
                 cash)
    assert found.calculation.value == pytest.approx(196.4)
    assert calc("What was the combined total of dividends paid on common stock and treasury stock, at cost in 2026?",
                cash, balance) is None
