from assistant.answering.tables.lookup import table_rows
from assistant.answering.tables.outline import outline
from index.documents import Passage
from tests.tables import table_chunk

BALANCE = table_chunk(
    "Balance sheet (GBP millions)",
    ("Line item", "2024", "2023"),
    ("Current assets", "", ""),
    ("Trade receivables", "41.0", "38.2"),
    ("Cash and cash equivalents", "52.3", "38.4"),
    ("Total current assets", "93.3", "76.6"),
    ("Licence revenue", "10.0", "9.0"),
    ("Service revenue", "5.0", "4.0"),
    ("Total revenue", "15.0", "13.0"),
)


def ask(question):
    return outline(question, table_rows([Passage(BALANCE, 0.7)]))


def test_the_items_under_a_sub_heading():
    reading = ask("What are the components of current assets?")
    assert reading.text == "Trade receivables; Cash and cash equivalents (the rows under Current assets) [1]"
    assert reading.kind == "items listed"


def test_the_items_above_a_total_row():
    # Rows above 'Total revenue' up to the previous total; no sub-heading names this block.
    assert ask("What are the components of revenue?").text.startswith("Licence revenue; Service revenue (")


def test_the_years_of_the_columns():
    assert ask("What are the years included in the table?").text.startswith("2024 and 2023 (")


def test_a_block_the_table_does_not_have_gives_nothing():
    assert ask("What are the components of goodwill?") is None
    assert ask("What was revenue in 2024?") is None


def test_the_items_of_a_block_are_counted():
    from assistant.answering.tables.reading import read_table

    reading = read_table("How many components are there under current assets?", [Passage(BALANCE, 0.7)])
    assert reading.text == "2 items: Trade receivables; Cash and cash equivalents (the rows under Current assets) [1]"
    assert reading.kind == "count"
