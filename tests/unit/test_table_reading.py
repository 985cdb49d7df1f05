from assistant.answering.tables.reading import read_table
from index.documents import Passage
from tests.tables import table_chunk

INCOME = table_chunk(
    "Annual report — Income statement (GBP millions)",
    ("Line item", "2024", "2023", "2022"),
    ("Revenue", "412.6", "386.9", "351.0"),
    ("Operating profit", "56.2", "48.7", "50.3"),
    ("Restructuring costs", "(4.1)", "(9.8)", "(2.2)"),
    ("Basic earnings per share (pence)", "24.7", "21.4", "21.4"),
)


def read(question, *chunks):
    return read_table(question, [Passage(c, 0.7) for c in chunks or (INCOME,)])


def test_several_years_come_back_in_the_order_asked():
    reading = read("What was revenue in 2023 and 2024 respectively?")
    assert reading.text == "£386.9 million (2023); £412.6 million (2024) — Revenue [1]"
    assert reading.passage_number == 1 and reading.kind == "years"


def test_a_year_range_reads_every_year_in_it():
    reading = read("What was operating profit for fiscal years 2024 to 2022?")
    assert reading.text.startswith("£56.2 million (2024); £48.7 million (2023); £50.3 million (2022)")


def test_which_year_was_higher_or_lower():
    assert read("In which year was revenue the highest?").text.startswith("2024: ")
    assert read("In which year was operating profit lower, 2023 or 2024?").text.startswith("2023: ")


def test_costs_in_brackets_compare_by_size():
    # (9.8) is the largest restructuring cost, though -9.8 is the smallest number.
    assert read("In which year were restructuring costs larger?").text.startswith("2023: ")


def test_a_bound_picks_every_year_past_it():
    assert read("In which years was operating profit above 50?").text.startswith("2024 and 2022: ")
    assert read("In which year was revenue less than 360 million?").text.startswith("2022: ")


def test_a_bound_in_another_scale_is_converted_to_the_tables():
    assert read("In which year was revenue less than 360,000 thousand?").text.startswith("2022: ")
    assert read("In which year was revenue less than 360 thousand?") is None  # no year was under £0.36 million


def test_a_tie_has_no_winner():
    assert read("In which year was basic earnings per share lower, 2022 or 2023?") is None


def test_calculations_and_causes_are_not_readings():
    for question in (
        "What was the change in revenue between 2023 and 2024?",
        "What was the total revenue for both 2023 and 2024?",
        "Why was revenue higher in 2024 than in 2023?",
        "What factors drove revenue in 2023 and 2024?",
        "What was revenue in 2024?",  # one year: the single-cell lookup's
    ):
        assert read(question) is None, question


def test_a_year_the_table_lacks_gives_nothing():
    assert read("What was revenue in 2021 and 2022?") is None


SEGMENTS = table_chunk(
    "Segment results (GBP millions)",
    ("Line item", "Retail", "Wholesale"),
    ("Sales", "310.2", "102.4"),
    ("Purchases", "180.0", "75.5"),
)


def test_two_rows_asked_for_respectively():
    reading = read("What were the respective sales and purchases of the Retail segment?", SEGMENTS)
    assert reading.text == "£310.2 million (Sales, Retail); £180.0 million (Purchases, Retail) [1]"
    assert reading.kind == "rows"
    assert read("What were sales and purchases of the Retail segment?", SEGMENTS) is None  # not asked as a list


def test_the_years_a_table_covers():
    reading = read("Which years does the table provide information for?")
    assert reading.text.startswith("2024, 2023 and 2022 ") and reading.kind == "years listed"


def test_years_past_a_bound_are_counted():
    reading = read("How many years was revenue above 380 million?")
    assert reading.text.startswith("2 of 3 years (2024 and 2023): £412.6 million (2024)")
    assert reading.kind == "count"
    assert read("How many of the years was operating profit more than 60?").text.startswith("0 of 3 years: ")
    # A range names every year between; 390,000 thousand is £390 million in this table's scale.
    assert read("From 2023 to 2024, how many years did revenue exceed 390,000 thousand?").text.startswith(
        "1 of 2 years (2024): ")


def test_a_count_needs_a_bound_and_a_figure_is_not_a_count():
    assert read("How many years does the table show?") is None
    assert read("How many years was revenue higher than 2021?") is None  # a year, not a bound
    assert read("How many pence was basic earnings per share in 2024?") is None  # the lookup's question


def test_a_bound_far_from_every_figure_of_an_unscaled_table_is_not_compared():
    costs = table_chunk(
        "Operating costs", ("Line item", "2019", "2018"), ("Research and development", "4,804", "6,137"),
        source="notes.xlsx",
    )
    assert read("How many years was research and development more than 5 million?", costs) is None
    assert read("How many years was research and development more than 5,000 thousand?", costs).text.startswith(
        "1 of 2 years (2018): ")
