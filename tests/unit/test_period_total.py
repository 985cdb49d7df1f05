"""The total row of a table whose rows are periods ("how many shares were repurchased in the fourth quarter")."""

from assistant.answering.tables.period_total import period_total
from index.documents import Passage
from tests.tables import table_chunk

REPURCHASES = table_chunk(
    "Issuer Purchases of Equity Securities",
    ("Period", "Total number of shares purchased", "Average price paid per share",
     "Shares purchased as part of publicly announced program", "Approximate dollar value that may yet be purchased "
     "($ in millions)"),
    ("October 1 – October 31, 2025", "310,400", "$231.18", "310,400", "$1,255.6"),
    ("November 1 – November 30, 2025", "402,750", "$238.04", "402,750", "$1,159.8"),
    ("December 1 – December 31, 2025", "356,200", "$242.67", "356,200", "$1,073.3"),
    ("Total", "1,069,350", "$237.59", "1,069,350", ""),
)
SEGMENTS = table_chunk(
    "Net sales by segment (in millions)",
    ("", "2025", "2024"),
    ("Industrial", "874", "921"),
    ("Consumer", "611", "658"),
    ("Total", "1,485", "1,579"),
)


def passages(*chunks):
    return [Passage(c, 0.7) for c in chunks]


def test_the_quarter_asked_is_the_total_of_its_months_in_the_columns_named():
    read = period_total("How many shares did Acme repurchase during the fourth quarter of 2025, and at what average "
                        "price per share?", passages(SEGMENTS, REPURCHASES))
    assert read is not None and read.passage_number == 2
    assert read.cells == (("Total number of shares purchased", "1,069,350"), ("Average price paid per share",
                                                                               "$237.59"))
    # a count is no sum of money, whatever the table's units
    assert read.text.startswith("1,069,350 (Total number of shares purchased); $237.59")
    assert period_total("How many shares did Acme buy back in Q4 2025?", passages(REPURCHASES)).cells == (
        ("Total number of shares purchased", "1,069,350"),)


def test_one_month_a_year_or_a_table_of_other_rows_is_not_the_total():
    assert period_total("How many shares did Acme repurchase in November 2025?", passages(REPURCHASES)) is None
    assert period_total("How many shares did Acme repurchase during fiscal 2025?", passages(REPURCHASES)) is None
    assert period_total("What were total net sales in the fourth quarter?", passages(SEGMENTS)) is None
    # a column the question does not name is not read
    assert period_total("What was the dividend paid in the fourth quarter?", passages(REPURCHASES)) is None


def test_what_was_spent_on_the_quarters_repurchases_is_the_count_times_the_average_price():
    read = period_total("How much did Acme spend on share repurchases in the fourth quarter of 2025?",
                        passages(REPURCHASES))
    assert read is not None and read.kind == "calculated"
    assert read.text.startswith("$254.07 million, calculated by finbot as 1,069,350 (Total number of shares purchased)"
                                " × $237.59 (Average price paid per share) — Total [1]")


def test_without_an_average_price_on_the_total_row_each_months_spend_is_summed():
    no_average_rows = ("Issuer purchases of equity securities",
                       ("Period", "Total shares purchased", "Average price per share"),
                       ("April 1 – April 30, 2025", "402,300", "$43.12"),
                       ("May 1 – May 31, 2025", "355,180", "$45.87"),
                       ("Total", "757,480", ""))
    no_average = table_chunk(*no_average_rows)
    read = period_total("How much did Acme spend on share repurchases in Q2 2025?", passages(no_average))
    assert read is not None and read.kind == "calculated"
    assert read.text == ("$33.64 million, calculated by finbot as 402,300 × $43.12 (April 1 – April 30, 2025) [1] "
                         "+ 355,180 × $45.87 (May 1 – May 31, 2025) [1] — Total shares purchased × Average price per "
                         "share")
    # "what did they cost", the months in two chunks of the table
    first, rest = table_chunk(*no_average_rows[:3]), table_chunk(no_average_rows[0], no_average_rows[1],
                                                                 *no_average_rows[3:])
    split = period_total("How many shares did Acme repurchase in Q2 2025, and what did they cost in total?",
                         passages(first, rest))
    assert "(April 1 – April 30, 2025) [1] + 355,180 × $45.87 (May 1 – May 31, 2025) [2] — " in split.text


def test_an_average_price_the_total_row_lacks_is_the_months_spend_over_their_shares():
    no_price = table_chunk(
        "Issuer purchases of equity securities",
        ("Period", "Total number of shares purchased", "Average price paid per share ($)"),
        ("April 1 - April 30, 2026", "148,000", "44.62"),
        ("May 1 - May 31, 2026", "201,000", "42.18"),
        ("June 1 - June 30, 2026", "127,000", "45.07"),
        ("Total", "476,000", ""),
    )
    read = period_total("What was the weighted-average price paid per share for all shares repurchased in the second "
                        "quarter of 2026?", passages(no_price))
    assert read is not None and read.kind == "calculated" and read.text.startswith("$43.71 per share")
    # a count is no price: without a price for every month, nothing is read
    missing = table_chunk("Issuer purchases", ("Period", "Total number of shares purchased",
                                               "Average price paid per share"),
                          ("April 2026", "148,000", "44.62"), ("May 2026", "201,000", ""), ("Total", "349,000", ""))
    assert period_total("What average price per share was paid in the second quarter?", passages(missing)) is None


def test_what_it_spent_in_total_during_the_quarter_is_the_count_times_the_average_price():
    spent = period_total("Based on the monthly shares purchased and average prices, what did Acme spend in total on "
                         "share repurchases during the fourth quarter of 2025?", passages(REPURCHASES))
    assert spent is not None and spent.kind == "calculated" and spent.text.startswith("$254.07 million")


def test_what_was_spent_in_the_months_named_is_summed_over_their_rows():
    read = period_total("Using the monthly share counts and average prices, how much did Acme spend on buybacks in "
                        "October and November 2025 combined?", passages(SEGMENTS, REPURCHASES))
    assert read is not None and read.kind == "calculated"
    assert read.text.startswith("$167.63 million, calculated by finbot as 310,400 × $231.18 (October 1 – October 31, "
                                "2025) [2] + 402,750 × $238.04 (November 1 – November 30, 2025) [2]")
    # a month the table does not list, or one month alone, is not read this way
    assert period_total("How much did Acme spend on buybacks in September and October 2025?",
                        passages(REPURCHASES)) is None
    assert period_total("How much did Acme spend on buybacks in October 2025?", passages(REPURCHASES)) is None


def test_what_was_spent_over_a_run_of_months_of_a_table_without_a_total_row_adds_each_month():
    no_total = table_chunk("Issuer Purchases of Equity Securities",
                           ("Period", "Total Number of Shares Purchased", "Average Price Paid per Share ($)"),
                           ("April 1 – April 30, 2026", "612,400", "71.84"),
                           ("May 1 – May 31, 2026", "594,800", "73.26"),
                           ("June 1 – June 30, 2026", "601,300", "74.12"))
    read = period_total("How much did Acme spend repurchasing stock in April through June 2026?", passages(no_total))
    assert read is not None and read.text.startswith("132.14 million")
