"""A balance at a point read from the roll-forward its title names, not from a balance sheet's part of it."""

from assistant.answering.tables.lookup import lookup
from assistant.answering.tables.roll_forward import balance_of_other_table, roll_forward_balance
from index.documents import Passage
from tests.tables import table_chunk

TITLE = "Acme Rail 2025 Form 10-K"
BALANCE_SHEET = table_chunk(
    "Consolidated Balance Sheets (in millions)",
    ("", "2025", "2024"),
    ("Casualty reserves - current portion", "35.9", "34.2"),
    ("Casualty reserves", "108.8", "104.8"),
    ("Total liabilities", "5,120.4", "4,998.1"),
    source="acme.pdf", title=TITLE,
)
CASUALTY = table_chunk(
    "Casualty Reserve Activity (in millions)",
    ("", "2025", "2024", "2023"),
    ("Balance at beginning of year", "$ 139.0", "$ 141.3", "$ 142.6"),
    ("Accruals for current-year claims", "34.6", "31.7", "30.4"),
    ("Payments", "(30.8)", "(33.2)", "(29.6)"),
    ("Balance at end of year", "$ 144.7", "$ 139.0", "$ 141.3"),
    ("Current portion", "35.9", "34.2", "33.5"),
    ("Long-term portion", "108.8", "104.8", "107.8"),
    source="acme.pdf", title=TITLE,
)
# a 10-Q's note: quarter and year-to-date columns, their end date in the heading only
LOYALTY = table_chunk(
    "Customer Loyalty Program Liability (in thousands) — September 30,",
    ("", "Three Months Ended 2026", "Three Months Ended 2025", "Nine Months Ended 2026", "Nine Months Ended 2025"),
    ("Balance at beginning of period", "$28,718", "$26,458", "$27,416", "$25,903"),
    ("Points earned, net of estimated breakage", "14,296", "13,617", "41,837", "39,512"),
    ("Points redeemed", "-13,418", "-12,903", "-38,204", "-36,884"),
    ("Balance at end of period", "$28,884", "$26,484", "$28,884", "$26,484"),
    source="co.pdf", title="Coral Gaming Form 10-Q Q3 2026",
)
# the edges dated in the rows, the reserve's parts across
RESTRUCTURING = table_chunk(
    "5. Restructuring",
    ("", "Employee Severance", "Facility Exit and Other", "Total"),
    ("Balance at December 31, 2025", "$ 9,412", "$ 2,318", "$ 11,730"),
    ("Charges", "11,206", "3,264", "14,470"),
    ("Cash payments", "(9,904)", "(2,904)", "(12,808)"),
    ("Balance at September 30, 2026", "$ 10,714", "$ 2,678", "$ 13,392"),
    source="vel.pdf", title="Velmora Form 10-Q",
)


def passages(*chunks):
    return [Passage(c, 0.7) for c in chunks]


def test_the_balance_at_the_end_of_a_year_is_the_roll_forwards_not_the_balance_sheets_long_term_part():
    question = "What was the balance of casualty reserves at the end of 2025, in USD millions?"
    # the lookup alone reads the balance sheet's long-term part, named as the question names the whole
    assert lookup(question, passages(BALANCE_SHEET)).cells == (("2025", "108.8"),)
    read = roll_forward_balance(question, passages(BALANCE_SHEET, CASUALTY))
    assert read is not None and read.passage_number == 2
    assert read.cells == (("2025", "$ 144.7"),)
    assert read.text == "$ 144.7 million (Balance at end of year, Casualty Reserve Activity, 2025) [2]"
    assert roll_forward_balance("What were Acme's casualty reserves at the beginning of 2024?",
                                passages(CASUALTY)).cells == (("2024", "$ 141.3"),)
    assert roll_forward_balance("What were casualty reserves at year-end 2023?", passages(CASUALTY)).cells == (
        ("2023", "$ 141.3"),)


def test_a_date_is_the_start_or_the_end_of_the_period_columns_that_begin_or_end_there():
    at = "What was the balance of the customer loyalty program liability at {}?"
    assert roll_forward_balance(at.format("June 30, 2026"), passages(LOYALTY)).cells == (
        ("Three Months Ended 2026", "$28,718"),)
    assert roll_forward_balance(at.format("December 31, 2025"), passages(LOYALTY)).cells == (
        ("Nine Months Ended 2026", "$27,416"),)
    # the quarter's and the nine months' end balances are the same figure
    assert roll_forward_balance(at.format("September 30, 2026"), passages(LOYALTY)).cells[0][1] == "$28,884"
    assert roll_forward_balance(at.format("March 31, 2026"), passages(LOYALTY)) is None  # no column starts there


def test_dated_rows_are_read_in_the_part_named_else_the_total():
    assert roll_forward_balance("What was the total remaining restructuring reserve at the end of the third quarter "
                                "of 2026?", passages(RESTRUCTURING)).cells == (("Total", "$ 13,392"),)
    assert roll_forward_balance("What was the restructuring reserve for employee severance as of December 31, 2025?",
                                passages(RESTRUCTURING)).cells == (("Employee Severance", "$ 9,412"),)


def test_flows_another_row_two_points_or_a_table_the_question_does_not_name_are_not_read():
    assert roll_forward_balance("How much did Acme pay against casualty reserves in 2025?", passages(CASUALTY)) is None
    assert roll_forward_balance("What was the current portion of casualty reserves at the end of 2025?",
                                passages(CASUALTY)) is None
    assert roll_forward_balance("How did casualty reserves change between the end of 2024 and the end of 2025?",
                                passages(CASUALTY)) is None
    assert roll_forward_balance("What was the restructuring reserve at the end of 2025?", passages(CASUALTY)) is None
    assert roll_forward_balance("What were total liabilities at the end of 2025?", passages(BALANCE_SHEET)) is None
    # a year with no edge named is a period's figure, not a balance
    assert roll_forward_balance("What were casualty reserves in 2025?", passages(CASUALTY)) is None


def test_a_row_named_only_for_a_date_is_a_balance_of_what_its_table_holds():
    equity = "Acme Form 10-Q — Condensed Consolidated Statements of Stockholders' Equity — (in thousands) — Additional"
    reserve = "Looking at the gross-to-net reserve table, what was the total reserve balance at June 30, 2026?"
    assert balance_of_other_table(reserve, "Balance at June 30, 2026", equity)
    assert not balance_of_other_table("What was total equity at June 30, 2026?", "Balance at June 30, 2026", equity)
    # a row that names its own measure is left to the row matcher
    assert not balance_of_other_table(reserve, "Reserve balance", equity)
    # nor does a growth asked read one cell
    carloads = table_chunk("Carloads (in thousands)", ("", "2025", "2024"), ("Coal carloads", "124.8", "137.2"))
    assert lookup("What were coal carloads in 2025?", passages(carloads)).cells == (("2025", "124.8"),)
    assert lookup("How much did coal carloads grow in 2025?", passages(carloads)) is None


def test_a_count_roll_forward_dated_in_its_rows_gives_the_start_of_a_year_in_the_column_most_named():
    counts = table_chunk(
        "Restaurant count roll-forward (number of restaurants)",
        ("", "Hen Company Operated", "Hen Company Franchised", "Fox Company Operated", "Fox Company Franchised"),
        ("Restaurants at December 31, 2025", "312", "2,486", "148", "1,162"),
        ("Openings", "4", "38", "1", "14"),
        ("Restaurants at June 30, 2026", "296", "2,521", "134", "1,171"),
    )
    found = roll_forward_balance("How many franchised Hen restaurants did it have at the beginning of fiscal 2026, "
                                 "according to the restaurant count roll-forward?", [Passage(counts, 0.7)])
    assert found is not None and found.cells == (("Hen Company Franchised", "2,486"),)
    # two columns named alike ("operated" and "franchisees"): no one reading
    assert roll_forward_balance("How many Fox restaurants were operated by franchisees according to the restaurant "
                                "count roll-forward at June 30, 2026?", [Passage(counts, 0.7)]) is None


def test_a_reserve_activity_table_with_rows_at_the_end_of_year_gives_the_balance_per_its_title():
    reserve = table_chunk(
        "Professional Liability Reserve Activity (In millions)",
        ("", "2025", "2024"),
        ("Reserves at beginning of year", "$498.6", "$473.7"),
        ("Total provision", "127.8", "133.5"),
        ("Total payments", "(115.0)", "(108.6)"),
        ("Reserves at end of year", "$511.4", "$498.6"),
    )
    found = roll_forward_balance("Per the professional liability reserve activity table, what was the total "
                                 "professional liability reserve at the close of fiscal 2025?", [Passage(reserve, 0.7)])
    assert found is not None and found.cells == (("2025", "$511.4"),)
    start = roll_forward_balance("What was the professional liability reserve at the beginning of 2025?",
                                 [Passage(reserve, 0.7)])
    assert start is not None and start.cells == (("2025", "$498.6"),)


def test_a_table_headed_only_by_its_period_is_titled_by_the_part_before_and_answers_nothing_else():
    reserve = table_chunk("Restructuring reserve roll-forward (in millions) — Fiscal", ("", "2025", "2024"),
                          ("Reserve at beginning of year", "$14", "$14"), ("Charges", "24", "31"),
                          ("Reserve at end of year", "$8", "$14"))
    found = roll_forward_balance("What was the restructuring reserve at the end of fiscal 2025?",
                                 [Passage(reserve, 0.7)])
    assert found is not None and found.cells == (("2025", "$8"),)
    assert roll_forward_balance("How many full-time employees did it have at the end of fiscal 2025?",
                                [Passage(reserve, 0.7)]) is None
