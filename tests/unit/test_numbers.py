import pytest

from index.text.numbers import (
    CURRENCY,
    FIGURE,
    STANDALONE_FIGURE,
    YEAR_WORD,
    amount,
    formatted,
    normalise_number,
    numbers_in,
    parse_figure,
    scales_stated,
    with_units,
    years_in,
)


@pytest.mark.parametrize(
    ("cell", "value", "number", "percent"),
    [
        ("$ (1,234.5)", -1234.5, "(-1234.5)", False),
        ("(12.5%)", -12.5, "(-12.5)", True),
        ("(3) %", -3.0, "(-3)", True),
        ("12.5%", 12.5, "12.5", True),
        ("39.9%", 39.9, "39.9", True),
        ("-2.2", -2.2, "(-2.2)", False),
        ("(4.3)%", -4.3, "(-4.3)", True),
        ("£5.00", 5.0, "5", False),
        ("−3", -3.0, "(-3)", False),  # unicode minus
        ("– 7", -7.0, "(-7)", False),  # en dash
        ("+4", 4.0, "4", False),
        (".5", 0.5, "0.5", False),
        ("¥ 1,000", 1000.0, "1000", False),
    ],
)
def test_a_cell_figure_is_read_as_written(cell, value, number, percent):
    figure = parse_figure(cell)
    assert figure is not None
    assert (figure.value, figure.number, figure.percent) == (value, number, percent)


@pytest.mark.parametrize("cell", ["Revenue", "12 (a)", "(12", "12)", "-(12)", "1,2,3", "31,", "-", "—", ""])
def test_text_and_ambiguous_cells_are_no_figure(cell):
    assert parse_figure(cell) is None


def test_nil_cells_add_up_as_zero_and_text_as_nothing():
    assert [amount(c) for c in ("—", "-", "nil", "N/A", " ", "$(2,235)", "Revenue")] == [0, 0, 0, 0, 0, -2235, None]


def test_figures_compare_by_one_spelling():
    assert normalise_number("1,496.50") == "1496.5"
    assert normalise_number("2,000") == "2000"
    assert numbers_in("Sales were $1,496.50 in FY2019, up 3%.") == {"1496.5", "2019", "3"}


def test_a_standalone_figure_is_not_the_tail_of_a_name():
    text = "Q4 revenue of 1,200.5 in FY19 and 3.25"
    assert FIGURE.findall(text) == ["4", "1,200.5", "19", "3.25"]
    assert STANDALONE_FIGURE.findall(text) == ["1,200.5", "3.25"]


def test_years_as_written():
    assert years_in("FY19 against 2018, FY '17 and F16; $2019 and 2019% are amounts") == [2019, 2018, 2017, 2016]
    assert years_in("revenue in FY2020 vs Dec-2021") == [2020, 2021]
    assert years_in("F19 53 weeks vs FY18 and 2017") == [2019, 2018, 2017]
    assert years_in("$2,019.5 and 12019") == []
    assert YEAR_WORD.findall("FY2020 vs 2021 and 2019s") == ["2021"]


def test_scales_and_currency():
    assert scales_stated("USD thousands; £5m and 2bn") == [1e3, 1e6, 1e9]
    assert scales_stated("") == []
    assert CURRENCY.findall("USD 5, £3 and RMB 2") == ["USD", "£", "RMB"]


def test_figures_are_written_as_a_reader_says_them():
    assert formatted(1234.5) == "1,234.5"
    assert formatted(2.0) == "2"
    assert formatted(13.186, 1) == "13.2"
    assert with_units("386.9", "GBP millions") == "£386.9 million"
    assert with_units("-12", "in $ thousands") == "-$12 thousand"
    assert with_units("9.2", "pence") == "9.2 (pence)"
    assert with_units("$5", "USD millions") == "$5 million"  # the cell's own currency, the table's scale
    assert with_units("$5.00", "GBP") == "$5.00"


def test_a_minus_printed_after_the_figure_makes_it_negative_but_a_year_before_a_dash_is_no_figure():
    assert parse_figure("1,802.5-").value == -1802.5
    assert parse_figure("37.5−").value == -37.5
    assert parse_figure("2026-") is None
    assert parse_figure("(3)-") is None


def test_units_said_on_a_line_of_their_own_are_the_tables_units():
    from index.text.numbers import units_stated

    assert units_stated("Statements of Income\nColumns: $ in millions, except per share data | 2025") == (
        "$ in millions, except per share data")
    assert units_stated("Net sales — Dollars in millions") == "Dollars in millions"
    assert units_stated("Income statement (GBP millions)") == "GBP millions"
    assert units_stated("Results of operations\nColumns: 2025 | 2024") == ""


def test_nil_printed_for_zero_is_a_value_cell():
    from index.loaders.common import is_value

    assert is_value("nil") and is_value("Nil") and is_value("—")
    assert not is_value("Revenue") and not is_value("2025")
