from dataclasses import replace

from assistant.answering.tables.lookup import focused_body, lookup
from index.documents import Chunk, Passage
from index.text.numbers import with_units
from tests.tables import table_chunk

INCOME = table_chunk(
    "Annual report — Income statement (GBP millions)",
    ("Line item", "2024", "2023"),
    ("Revenue", "412.6", "386.9"),
    ("Total revenue", "412.6", "386.9"),
    ("Operating profit", "56.2", "48.7"),
    ("Basic earnings per share (pence)", "24.7", "21.4"),
)
FEES = table_chunk(
    "Fee schedule",
    ("Category", "Service", "Everyday account", "Premier account"),
    ("Overdraft", "Unarranged overdraft interest", "39.9%", "19.9%"),
    source="fees.csv",
)


def passages(*chunks):
    return [Passage(c, 0.7) for c in chunks]


def test_reads_the_cell_the_question_names():
    cell = lookup("What was revenue in 2023?", passages(INCOME))
    assert cell.value == "386.9" and cell.column == "2023"
    assert cell.text == "£386.9 million (Revenue, 2023) [1]"


def test_a_fiscal_year_names_its_year_column():
    for question in ("What was revenue in FY2023?", "What was revenue in fiscal 2023?", "What was FY23 revenue?"):
        assert lookup(question, passages(INCOME)).value == "386.9", question


def test_a_row_that_states_its_unit_keeps_it():
    cell = lookup("What were basic earnings per share in 2024?", passages(INCOME))
    assert cell.text == "24.7 pence (Basic earnings per share, 2024) [1]"


def test_no_column_named_means_no_lookup():
    assert lookup("What was operating profit?", passages(INCOME)) is None


def test_a_row_named_only_in_passing_is_not_used():
    # "interest" and "Premier" alone do not name the overdraft row: leave it to the generator.
    assert lookup("What interest rate does the Premier account pay?", passages(FEES)) is None


def test_the_lookup_reads_the_table_not_the_text():
    garbled = replace(INCOME, text="Income statement, as prose: no line here reads as a row.")
    assert lookup("What was revenue in 2023?", passages(garbled)).text == "£386.9 million (Revenue, 2023) [1]"
    assert lookup("What was revenue in 2023?", passages(replace(INCOME, table=None))) is None  # no table, no rows


def test_text_passages_are_ignored():
    text = Chunk("c3", "a.md", "a.md", "Revenue | 2024: 999", kind="text")
    assert lookup("What was revenue in 2024?", passages(text)) is None


ACCOUNTS = table_chunk(
    "Our current accounts",
    ("Account", "Monthly fee", "Who it suits"),
    ("Plus", "£4.50", "Customers who want interest and phone insurance"),
    ("Premier", "£14.00", "Customers who pay in £3,000 a month"),
    source="faq.md",
)
CASH = table_chunk(
    "Fee schedule",
    ("Category", "Service", "Premier account", "Notes"),
    ("Cash", "Cash withdrawal at a UK ATM", "£0.00", "Daily cash limit £500 (Premier £1,000)."),
    ("Cash", "Cash withdrawal abroad (ATM)", "£0.00", "Plus the foreign exchange fee."),
    source="fees.csv",
)


def test_a_row_is_named_by_its_label_alone_when_its_text_cells_are_long():
    cell = lookup("What is the monthly fee for the Plus account?", passages(ACCOUNTS))
    assert cell.value == "£4.50" and cell.row == "Plus"


def test_a_question_about_a_notes_cell_is_left_to_the_generator():
    # "limit" is in a Notes cell, not in the row or column that would be read.
    assert lookup("What is the daily ATM cash withdrawal limit on a Premier account?", passages(CASH)) is None
    cost = lookup("What does a cash withdrawal abroad at an ATM cost on a Premier account?", passages(CASH))
    assert cost.value == "£0.00"


def test_figures_are_written_with_their_currency_and_scale():
    assert with_units("386.9", "GBP millions") == "£386.9 million"
    assert with_units("-1,200", "$ in thousands") == "-$1,200 thousand"
    assert with_units("12", "tonnes") == "12 (tonnes)"
    assert with_units("39.9%", "GBP millions") == "39.9%"


def test_the_generator_is_shown_the_rows_the_question_names():
    fees = table_chunk(
        "",
        ("Service", "Premier account", "Notes"),
        ("Monthly account fee", "£14.00", "Charged monthly."),
        ("Cash withdrawal at a UK ATM", "£0.00", "Daily cash limit £500 (Premier £1,000)."),
        ("Replacement card", "£0.00", "Free."),
        source="fees.csv", title="Fee schedule",
    )
    body = focused_body(fees, "What is the daily ATM cash withdrawal limit on a Premier account?", keep=1)
    assert body == "Columns: Service | Premier account | Notes\n" + fees.text.splitlines()[3]
    assert focused_body(fees, "Tell me about your charges", keep=1) == fees.body  # no row named: all rows


def test_questions_one_cell_cannot_answer_are_left_alone():
    # A change, a share or two years need a calculation or several cells; a cause needs the text.
    for question in (
        "What was the percentage change in revenue in 2024?",
        "What was the average revenue in 2024?",
        "What was revenue in 2024 and 2023?",
        "Why did revenue rise in 2024?",
    ):
        assert lookup(question, passages(INCOME)) is None, question
