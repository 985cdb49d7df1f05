"""Which item of a table stands out ("Which end market generated the most revenue in fiscal 2025?")."""

from assistant.answering.tables.ranking import ranked_item
from index.documents import Passage
from tests.tables import table_chunk

MARKETS = table_chunk(
    "Revenue by end market (in millions)",
    ("", "Fiscal 2025", "Fiscal 2024"),
    ("Data center", "$ 2,486", "$ 1,912"),
    ("Automotive", "1,318", "1,207"),
    ("Industrial", "874", "921"),
    ("Consumer", "611", "658"),
    ("Total revenue", "$ 5,289", "$ 4,698"),
)
AUM = table_chunk(
    "AUM by asset class (in billions)",
    ("", "September 30, 2025", "December 31, 2024", "% of total Sept. 30, 2025"),
    ("Equity", "$ 198.0", "$ 180.2", "45.4%"),
    ("Fixed income", "142.3", "131.0", "32.6%"),
    ("Alternatives", "95.8", "84.4", "22.0%"),
    ("Total AUM", "$ 436.1", "$ 395.6", "100.0%"),
)


def passages(*chunks):
    return [Passage(c, 0.7) for c in chunks]


def test_the_item_with_the_most_of_the_measure_in_the_year_asked_totals_left_out():
    read = ranked_item("Which end market generated the most revenue in fiscal 2025, and what share of total revenue "
                       "did it represent?", passages(MARKETS))
    assert read.text == ("Data center: $ 2,486 million (Fiscal 2025), the largest against Automotive, Industrial and "
                         "Consumer [1]")
    least = ranked_item("Which end market had the lowest revenue in fiscal 2024?", passages(MARKETS))
    assert least.text.startswith("Consumer: 658 million (Fiscal 2024), the smallest")  # in the table's units


def test_a_share_asked_reads_the_share_column_and_an_amount_the_amounts():
    share = ranked_item("Which asset class accounted for the largest share of AUM at September 30, 2025?",
                        passages(AUM))
    assert share.text.startswith("Equity: 45.4% (% of total Sept. 30, 2025)")
    amount = ranked_item("Which asset class had the smallest AUM at September 30, 2025?", passages(AUM))
    assert amount.text.startswith("Alternatives: 95.8 billion (September 30, 2025)")


def test_unclear_rankings_are_left_to_the_other_paths():
    # no period, two periods, a year, a move neither in percent nor steepest, a table naming nothing it ranks by
    for question in ("Which end market generated the most revenue?",
                     "Which end market generated the most revenue in fiscal 2025 and fiscal 2024?",
                     "In which year was revenue the highest?",
                     "Which end market had the largest revenue increase in fiscal 2025?",  # in money or percent?
                     "Which end market had the most employees in fiscal 2025?"):
        assert ranked_item(question, passages(MARKETS)) is None, question


def test_lines_under_several_sub_headings_are_ranked_only_under_the_one_the_question_names():
    statement = table_chunk("Consolidated statements of operations (in millions)", ("", "Fiscal 2025"),
                            ("Revenue", "5,289"), ("Cost of revenue", "2,233"), ("Operating expenses:", ""),
                            ("Research and development", "1,210"), ("Selling, general and administrative", "489"),
                            ("Amortization of acquired intangible assets", "46"))
    assert ranked_item("Which line was the largest in the statement of operations for fiscal 2025?",
                       passages(statement)) is None


def test_an_item_ranked_by_its_change_in_percent_is_computed_for_each():
    read = ranked_item("Which end market had the steepest year-over-year revenue decline in fiscal 2025, and by how "
                       "much in percentage terms?", passages(MARKETS))
    assert read.kind == "ranked change"
    assert read.text.startswith("Consumer: -7.1% (611 against 658; Fiscal 2025 against Fiscal 2024), calculated by "
                                "finbot; the steepest fall against Industrial -5.1%")
    fastest = ranked_item("Which end market grew fastest in fiscal 2025?", passages(MARKETS))
    assert fastest.text.startswith("Data center: +30.0%")


def test_of_several_lists_in_one_table_the_one_without_a_sub_heading_or_the_one_naming_the_kind_is_ranked():
    note = table_chunk("Disaggregation of revenue (in millions)", ("", "Fiscal 2025", "Fiscal 2024"),
                       ("Data center", "2,486", "1,912"), ("Automotive", "1,318", "1,207"),
                       ("Consumer", "611", "658"), ("Revenue by sales channel:", "", ""),
                       ("Distributors", "2,962", "2,584"), ("Direct customers", "2,327", "2,114"),
                       ("Resellers", "3", "2"))
    assert ranked_item("Which end market generated the most revenue in fiscal 2025?", passages(note)).text.startswith(
        "Data center: ")
    assert ranked_item("Which sales channel generated the least revenue in fiscal 2025?",
                       passages(note)).text.startswith("Resellers: ")


def test_a_table_mixing_amounts_and_margins_or_repeating_a_line_ranks_nothing():
    # each segment's profit followed by its own margin line: not a list of items to rank
    segments = table_chunk("Segment operating profit and margin (in millions)", ("", "Fiscal 2025"),
                           ("Pumps", "$ 353.8"), ("Segment operating margin", "19.2%"),
                           ("Motors", "191.1"), ("Segment operating margin", "14.0%"),
                           ("Sensors", "227.8"), ("Segment operating margin", "22.6%"))
    assert ranked_item("Which segment had the highest segment operating margin in fiscal 2025?",
                       passages(segments)) is None
    mixed = table_chunk("Segment results (in millions)", ("", "Fiscal 2025"),
                        ("Pumps operating profit", "$ 353.8"), ("Motors operating margin", "14.0%"),
                        ("Sensors operating profit", "227.8"))
    assert ranked_item("Which segment had the highest operating margin in fiscal 2025?", passages(mixed)) is None
