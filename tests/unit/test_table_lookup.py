from assistant.table_lookup import lookup
from index.documents import Chunk, Passage

INCOME = Chunk(
    "c1", "ar.xlsx", "ar.xlsx",
    "Annual report — Income statement (GBP millions)\nColumns: Line item | 2024 | 2023\n"
    "Revenue | 2024: 412.6 | 2023: 386.9\nTotal revenue | 2024: 412.6 | 2023: 386.9\n"
    "Operating profit | 2024: 56.2 | 2023: 48.7\nBasic earnings per share (pence) | 2024: 24.7 | 2023: 21.4",
    kind="table",
)
FEES = Chunk(
    "c2", "fees.csv", "fees.csv",
    "Fee schedule\nColumns: Category | Service | Everyday account | Premier account\n"
    "Overdraft | Service: Unarranged overdraft interest | Everyday account: 39.9% | Premier account: 19.9%",
    kind="table",
)


def passages(*chunks):
    return [Passage(c, 0.7) for c in chunks]


def test_reads_the_cell_the_question_names():
    cell = lookup("What was revenue in 2023?", passages(INCOME))
    assert cell.value == "386.9" and cell.column == "2023"
    assert cell.answer() == "Revenue, 2023: 386.9 (GBP millions) [1]"


def test_a_row_that_states_its_unit_keeps_it():
    cell = lookup("What were basic earnings per share in 2024?", passages(INCOME))
    assert cell.answer() == "Basic earnings per share, 2024: 24.7 pence [1]"


def test_no_column_named_means_no_lookup():
    assert lookup("What was operating profit?", passages(INCOME)) is None


def test_a_row_named_only_in_passing_is_not_used():
    # "interest" and "Premier" alone do not name the overdraft row: leave it to the generator.
    assert lookup("What interest rate does the Premier account pay?", passages(FEES)) is None


def test_text_passages_are_ignored():
    text = Chunk("c3", "a.md", "a.md", "Revenue | 2024: 999", kind="text")
    assert lookup("What was revenue in 2024?", passages(text)) is None
