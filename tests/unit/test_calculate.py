import pytest

from assistant.answering.calculation import (
    CalculationError,
    asks_for_calculation,
    asks_to_compute,
    evaluate,
    extract_expression,
)
from index.text.numbers import numbers_in

PASSAGE = "Revenue | 2024: 412.6 | 2023: 386.9. Total sales were $1,496.5 in 2019."


def test_evaluates_plain_arithmetic_over_known_numbers():
    calc = evaluate("(412.6 - 386.9) / 386.9 * 100", numbers_in(PASSAGE))
    assert calc.value == pytest.approx(6.6425, rel=1e-3)
    assert calc.formatted() == "6.64"


@pytest.mark.parametrize(
    "expression", ["__import__('os').system('ls')", "412.6 ** 386.9", "[412.6]", "abs(-412.6)", "412.6 if 1 else 0"]
)
def test_anything_but_arithmetic_is_refused(expression):
    with pytest.raises(CalculationError):
        evaluate(expression, numbers_in(PASSAGE) | {"1", "0"})


def test_invented_operands_are_refused():
    with pytest.raises(CalculationError, match="999"):
        evaluate("412.6 - 999", numbers_in(PASSAGE))


def test_division_by_zero_is_an_error():
    with pytest.raises(CalculationError):
        evaluate("412.6 / (386.9 - 386.9)", numbers_in(PASSAGE))


@pytest.mark.parametrize(
    ("reply", "expression"),
    [
        ("412.6 - 386.9 = 25.7", "412.6 - 386.9"),
        ("Expression: `£1,496.5m - 386.9`", "1496.5 - 386.9"),
        ("Sure!\n(412.6 − 386.9) / 386.9 × 100", "(412.6 - 386.9) / 386.9 * 100"),
    ],
)
def test_expression_is_extracted_from_model_text(reply, expression):
    assert extract_expression(reply) == expression


def test_reply_without_arithmetic_is_an_error():
    with pytest.raises(CalculationError):
        extract_expression("I cannot compute that.")


def test_calculation_questions_are_recognised():
    assert asks_for_calculation("What was the percentage change in revenue from 2023 to 2024?")
    assert asks_for_calculation("What is the average operating profit?")
    assert not asks_for_calculation("How do I report a stolen card?")
    assert not asks_for_calculation("Why did revenue increase in 2024?")
    assert not asks_for_calculation("What exchange rate margin applies to transfers?")
    assert not asks_for_calculation("What led to the increase in revenue?")
    assert not asks_for_calculation("What does Adjusted gross margin represent?")
    assert asks_for_calculation("By how much did operating profit grow in 2024?")
    assert asks_for_calculation("What was the change in total sales between 2018 and 2019?")
    assert asks_for_calculation("How fast did the number of large customers grow year over year?")
    assert asks_for_calculation("Calculate days sales outstanding as receivables divided by revenue times 92.")
    assert not asks_for_calculation("How do you calculate the interest on my savings?")
    assert asks_for_calculation("What principal amount of debt matures over 2026-2028 in total?")
    assert asks_for_calculation("How many stores did Acme add on a net basis in the first half?")
    assert asks_to_compute("Was it profitable at the gross level? Compute the services gross margin.")
    assert not asks_to_compute("How is the gross margin computed?")
    assert asks_to_compute("Taking total debt from the debt note and subtracting cash, what was net debt?")
    assert asks_to_compute("What was net cash, defined as cash minus total borrowings?")
    assert asks_to_compute("Adding up the two product lines only, what were total unit sales in 2025?")
    assert asks_to_compute("How far below the five-year average was rainfall in the first quarter, in percent?")
    assert not asks_to_compute("How far did unit sales fall in 2025?")
    assert asks_to_compute("What were net sales for the first six months of 2025? Derive the figure from the "
                           "nine-month and third-quarter amounts.")
    assert asks_to_compute("Using the number of branches in Item 1 and total deposits on the balance sheet, what were "
                           "average deposits per branch?")
    assert not asks_to_compute("Using only the balance sheet, what were total deposits?")
    assert asks_to_compute("Using the fuel price per gallon and the gallons used, roughly how much was spent on fuel?")
    assert asks_to_compute("What was book value per share? Divide total equity by the shares outstanding.")
    assert asks_to_compute("What was the three-year compound annual growth rate of revenue?")
    assert asks_for_calculation("What was the YoY growth in adjusted diluted EPS from FY2024 to FY2025?")
    assert asks_for_calculation("How much of operating cash flow remained after dividends paid in 2025?")


def test_formatting_drops_trailing_zeros_and_groups_thousands():
    assert evaluate("1496.5 - 386.9", numbers_in(PASSAGE)).formatted() == "1,109.6"
    assert evaluate("412.6 / 386.9 * 100", numbers_in(PASSAGE)).formatted(1) == "106.6"


def test_a_figure_supposed_is_worked_out_not_read():
    assert asks_to_compute("Holding 2025 fuel consumption constant, what would fuel expense have been at the 2024 "
                           "price per gallon?")
    assert asks_to_compute("What would net income have been without the impairment?")
    assert not asks_to_compute("What was fuel expense in 2025?")
