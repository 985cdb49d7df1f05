"""A customer's sum picks its tier of a rate or charge table (assistant/answering/tiers.py)."""

import pytest

from assistant.answering.tables.lookup import focused_body, lookup
from assistant.answering.tiers import asked_amounts, ranges_in, tier_fit
from assistant.answering.verification import extractive_answer
from index.documents import Passage
from tests.tables import table_chunk


@pytest.mark.parametrize(("question", "amounts"), [
    ("interest rate on the easy saver if i have 30k in it", [30_000.0]),
    ("What rate do I get on £4,500?", [4_500.0]),
    ("my son has 7000 in his saver", [7_000.0]),
    ("rate for 2 grand", [2_000.0]),
    ("60 day notice saver rate in 2024 at 2.5%, cut off 2:30pm", []),
    ("can my 14 yr old open one", []),
])
def test_the_sums_a_question_names(question, amounts):
    assert asked_amounts(question) == amounts


def test_the_ranges_a_row_states_and_whether_a_sum_fits():
    assert ranges_in("Balance tier: £5,000 to £24,999 | 2.20%") == [(5_000.0, 24_999.0)]
    assert ranges_in("from £1,000 to £5,000") == [(1_000.0, 5_000.0)]
    assert ranges_in("£25,000 and over: 2.65%") == [(25_000.0, float("inf"))]
    assert ranges_in("up to £4,999") == [(0.0, 4_999.0)]
    assert tier_fit([30_000.0], "£25,000 and over: 2.65%") is True
    assert tier_fit([30_000.0], "£5,000 to £24,999: 2.20%") is False
    assert tier_fit([30_000.0], "The fee is £5 for a second card") is None
    assert tier_fit([], "£5,000 to £24,999") is None


RATES = table_chunk(
    "Savings rates",
    ("Account", "Balance", "Rate"),
    ("Easy Saver", "£1 to £4,999", "1.60%"),
    ("Easy Saver", "£5,000 to £24,999", "2.20%"),
    ("Easy Saver", "£25,000 and over", "2.65%"),
    source="rates.xlsx",
)


def test_the_generator_is_shown_the_tier_that_holds_the_sum():
    body = focused_body(RATES, "What rate does the easy saver pay on £30k?")
    assert "2.65%" in body and "2.20%" not in body and "1.60%" not in body


def test_a_cell_is_read_from_the_tier_that_holds_the_sum():
    cell = lookup("Easy Saver rate on £12,000?", [Passage(RATES, 0.8)])
    assert cell is not None and cell.cells == (("Rate", "2.20%"),)


def test_a_quote_comes_from_the_tier_that_holds_the_sum():
    quote = extractive_answer("What is the easy saver rate on a balance of £30,000?", [Passage(RATES, 0.8)])
    assert quote is not None and "2.65%" in quote[0]


BANDS = table_chunk(
    "Easy Access Saver (variable)",
    ("Balance band", "AER", "Gross p.a."),
    ("£1 to £9,999.99", "3.10%", "3.05%"),
    ("£10,000 to £49,999.99", "3.35%", "3.30%"),
    ("£50,000 to £250,000", "3.60%", "3.54%"),
    source="tariff.xlsx",
)


def test_a_band_of_money_is_named_by_the_sum_a_customer_gives_in_the_table_its_title_names():
    cell = lookup("i have 12k in easy access saver what rate do i get", [Passage(BANDS, 0.8)], other_rows_too=True)
    assert cell is not None and ("AER", "3.35%") in cell.cells
    cell = lookup("interest on easy access if ive got £60,000 in it", [Passage(BANDS, 0.8)], other_rows_too=True)
    assert cell is not None and ("AER", "3.60%") in cell.cells
    # a sum in a table the question does not name: the band's label alone names nothing
    assert lookup("i have 12k in my fixed bond what rate do i get", [Passage(BANDS, 0.8)], other_rows_too=True) is None
