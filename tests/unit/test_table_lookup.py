from dataclasses import replace

from assistant.answering.tables.lookup import focused_body, lookup, same_figures
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
    assert cell.cells == (("2023", "386.9"),)
    assert cell.text == "£386.9 million (Revenue, 2023) [1]"


def test_a_fiscal_year_names_its_year_column():
    for question in ("What was revenue in FY2023?", "What was revenue in fiscal 2023?", "What was FY23 revenue?"):
        assert lookup(question, passages(INCOME)).cells == (("2023", "386.9"),), question


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
    assert cell.cells == (("Monthly fee", "£4.50"),) and cell.row == "Plus"


def test_a_question_about_a_notes_cell_is_left_to_the_generator():
    # "limit" is in a Notes cell, not in the row or column that would be read.
    assert lookup("What is the daily ATM cash withdrawal limit on a Premier account?", passages(CASH)) is None
    cost = lookup("What does a cash withdrawal abroad at an ATM cost on a Premier account?", passages(CASH))
    assert cost.cells == (("Premier account", "£0.00"),)


def test_a_row_named_only_by_its_unit_is_read_only_when_the_question_names_its_table():
    prices = table_chunk(
        "Average realized prices — Year Ended December 31",
        ("", "2025", "2024"),
        ("Oil (per Bbl)", "$71.38", "$76.12"),
        ("Total (per Boe)", "$37.75", "$37.87"),
    )
    costs = table_chunk(
        "Costs per Boe",
        ("", "2025", "2024"),
        ("Lease operating expense", "$9.10", "$8.75"),
        ("Depreciation, depletion and amortization", "$11.40", "$11.22"),
    )
    assert lookup("What gathering cost per Boe was reported for 2024?", passages(prices, costs)) is None
    assert lookup("What was the realized price per Boe in 2024?", passages(prices)).cells == (
        ("2024", "$37.87"),)
    # the unit a row states ("per Bbl") need not be asked
    assert lookup("What was the realized oil price in 2024?", passages(prices)).cells == (("2024", "$76.12"),)
    assert lookup("What depreciation, depletion and amortization per Boe was reported for 2024?",
                  passages(prices, costs)).cells == (("2024", "$11.22"),)


def test_figures_are_written_with_their_currency_and_scale():
    assert with_units("386.9", "GBP millions") == "£386.9 million"
    assert with_units("-1,200", "$ in thousands") == "-$1,200 thousand"
    assert with_units("12", "tonnes") == "12 (tonnes)"
    assert with_units("39.9%", "GBP millions") == "39.9%"
    assert with_units("412.6", "£m") == "£412.6 million"
    assert with_units("-3.5", "$bn") == "-$3.5 billion"


SEGMENTS = table_chunk(
    "Segment review",
    ("Segment", "Revenue 2024 (£m)", "Revenue 2023 (£m)", "Operating profit 2024 (£m)"),
    ("Process Sensors", "178.4", "166.0", "25.1"),
    ("Marine Systems", "234.2", "220.9", "31.1"),
    ("Group", "412.6", "386.9", "56.2"),
)


def test_a_row_listed_under_each_part_is_not_read_for_a_part_the_question_does_not_name():
    first = table_chunk("Segment orders and backlog (in millions)", ("", "2025", "2024"),
                        ("Lifting Systems", "", ""), ("Backlog at December 31", "1,133", "1,062"))
    rest = table_chunk("Segment orders and backlog (in millions)", ("", "2025", "2024"),
                       ("Precision Components", "", ""), ("Backlog at December 31", "195", "211"))
    assert lookup("What was total backlog at December 31, 2025?", passages(rest)).cells == (("2025", "195"),)
    assert lookup("What was total backlog at December 31, 2025?", passages(rest, first)) is None
    assert lookup("What was the Precision Components backlog at December 31, 2025?", passages(rest, first)).cells == (
        ("2025", "195"),)


def test_the_parts_a_total_is_said_to_be_made_of_name_no_row():
    rooms = table_chunk("Hotels and rooms by type", ("", "June 30, 2025 Hotels", "June 30, 2025 Rooms"),
                        ("Owned and leased", "38", "11,204"), ("Managed", "112", "31,640"), ("Total", "376", "72,262"))
    cell = lookup("How many rooms were in the total system (owned and leased, managed and franchised) at June 30, "
                  "2025?", passages(rooms))
    assert cell.cells == (("June 30, 2025 Rooms", "72,262"),)


def test_the_whole_of_a_table_by_part_answers_for_the_company_when_the_columns_name_the_measure():
    cell = lookup("What was Norcastle Instruments' revenue in 2024?", passages(SEGMENTS))
    assert cell.text == "£412.6 million (Group, Revenue 2024 (£m)) [1]"
    assert lookup("What was the Process Sensors revenue in 2024?", passages(SEGMENTS)).cells == (
        ("Revenue 2024 (£m)", "178.4"),)
    # a part the table does not have is not its whole
    assert lookup("What was the Aerospace segment's revenue in 2024?", passages(SEGMENTS)) is None
    assert lookup("What was gross revenue in 2024?", passages(SEGMENTS)) is None


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
        "What drove revenue in 2024?",
        "Which of revenue and operating costs was the largest in 2024?",
    ):
        assert lookup(question, passages(INCOME)) is None, question


SAVINGS = table_chunk(
    "Savings rates",
    ("Product", "Balance tier", "Gross p.a.", "AER", "Interest paid"),
    ("Easy Saver", "£1 to £24,999", "2.20%", "2.20%", "Yearly"),
    ("Easy Saver", "£25,000 and over", "2.65%", "2.65%", "Yearly"),
    ("Notice Saver", "£1,000 and over", "3.55%", "3.61%", "Monthly"),
    source="rates.xlsx",
)
CHARGES = table_chunk(
    "Price list",
    ("Service", "Basic Account", "Basic Plus Account", "Student Account"),
    ("Sending an international payment", "£15", "£7.50", "Not available"),
    ("Arranged overdraft interest", "24.9% EAR", "15.9% EAR", "Not available"),
    source="prices.xlsx",
)


def test_asking_for_a_rate_reads_the_percentages_whatever_their_columns_are_called():
    # "interest" also names the "Interest paid" column; the rate columns answer a question about a rate.
    cell = lookup("interest rate on the easy saver if i have 30k in it", passages(SAVINGS))
    assert cell.text == "2.65% (Easy Saver, Gross p.a., AER) [1]"  # "Yearly" is a value, not its name
    both = lookup("notice saver rate?", passages(SAVINGS))
    assert both.cells == (("Gross p.a.", "3.55%"), ("AER", "3.61%"))
    assert both.text == "3.55% (Gross p.a.); 3.61% (AER) — Notice Saver [1]"


def test_columns_asked_for_together_are_read_together():
    cell = lookup("what's the gross rate and the AER on the notice saver", passages(SAVINGS))
    assert cell.cells == (("Gross p.a.", "3.55%"), ("AER", "3.61%"))


def test_a_column_named_more_fully_wins_over_one_it_contains():
    assert lookup("overdraft interest rate on basic plus?", passages(CHARGES)).cells == (
        ("Basic Plus Account", "15.9% EAR"),
    )
    # "Basic" names two accounts: both answers are given, each with its account, rather than one picked.
    assert lookup("international payment fee on a basic account", passages(CHARGES)).cells == (
        ("Basic Account", "£15"), ("Basic Plus Account", "£7.50"),
    )


def test_a_short_text_cell_is_an_answer():
    cell = lookup("international payment from a student account", passages(CHARGES))
    assert cell.cells == (("Student Account", "Not available"),)
    assert cell.text.startswith("Not available (")
    paid = lookup("when is interest paid on the notice saver", passages(SAVINGS))
    assert paid.cells == (("Interest paid", "Monthly"),)


def test_a_year_asked_for_must_name_the_column_a_rate_is_read_from():
    tax = table_chunk(
        "Income taxes",
        ("Line item", "January 3, 2020", "December 28, 2018"),
        ("Effective tax rate", "22.6%", "4.6%"),
    )
    assert lookup("What was the effective tax rate in 2019?", passages(tax)) is None
    assert lookup("What was the effective tax rate in 2018?", passages(tax)).cells == (("December 28, 2018", "4.6%"),)
    assert lookup("What impacted the effective tax rate in 2018?", passages(tax)) is None


def test_asking_the_cost_names_the_column_of_sums():
    fees = table_chunk(
        "Mortgage fees",
        ("Fee", "Amount", "When it applies"),
        ("Mortgage exit fee", "£95", "Charged once, when the mortgage is repaid in full"),
        ("Changing the term", "£75", "Free when agreed to help with payment difficulties"),
    )
    assert lookup("how much is the mortgage exit fee?", passages(fees)).text == "£95 (Mortgage exit fee, Amount) [1]"
    assert lookup("what was the mortgage exit fee in 2019?", passages(fees)) is None  # no 2019 column


def test_a_row_named_by_one_word_of_two_is_read_only_in_a_column_named_outright():
    prices = table_chunk(
        "Price list",
        ("Service", "Basic Account", "Basic Plus Account", "Who can have it"),
        ("CHAPS payment", "£25", "£15", "Everyone"),
        ("Travel insurance", "Not included", "Included", "Basic Plus only"),
        ("Regular saver", "3.5%", "4%", "Plus and Max"),
        source="prices.xlsx",
    )
    assert lookup("what do you charge to trace a payment", passages(prices)) is None  # "payment" alone
    fees = table_chunk("Fees", ("Category", "Service", "Basic Account"),
                       ("Card", "Emergency card delivery abroad", "£35"))
    assert lookup("For urgent card delivery, how much does it cost?", passages(fees)) is None  # not this service
    assert lookup("does basic plus come with phone insurance", passages(prices)) is None  # "Included": no
    assert lookup("chaps payment cost on basic plus", passages(prices)).cells == (("Basic Plus Account", "£15"),)
    # "can" in a column label names nothing
    assert lookup("how many times can i withdraw from the regular saver", passages(prices)) is None


def test_a_customers_word_naming_another_row_says_the_cell_found_answers_something_else():
    overdraft = table_chunk("Tariff — Arranged overdraft", ("Plan", "Interest-free buffer", "EAR above the buffer"),
                            ("Standard", "£0", "39.9%"), ("Plus", "£50", "29.9%"), source="tariff.xlsx")
    card = table_chunk("Tariff — Credit card", ("Item", "Rate or fee"), ("Purchase rate", "24.9% p.a."),
                       ("Late payment fee", "£12.00"), source="tariff.xlsx")
    question = "is the standard overdraft rate changing in june"
    # "overdraft rate" is another rate than "Purchase rate", in a report's reading too
    assert lookup(question, passages(overdraft, card)) is None
    assert lookup(question, passages(overdraft, card), other_rows_too=True) is None
    # a row named outright is still read
    assert lookup("what is the late payment fee on the card", passages(overdraft, card),
                  other_rows_too=True).cells == (("Rate or fee", "£12.00"),)


def test_a_question_that_counts_is_not_answered_with_a_sum_or_a_rate():
    deposits = table_chunk("Tariff — Post Office deposits", ("Service", "Standard", "Premium"),
                           ("Post Office cash deposits (per day)", "£1,000", "£3,000"), source="tariff.xlsx")
    assert lookup("premium how many post office cash deposits per day", passages(deposits)) is None
    assert lookup("how many pounds of post office cash deposits per day on premium", passages(deposits)).cells == (
        ("Premium", "£3,000"),)
    with_count = table_chunk("Tariff — Post Office deposits", ("Service", "Standard", "Premium"),
                             ("Post Office cash deposits (per day)", "£1,000", "£3,000"),
                             ("Free Post Office deposits a month", "0", "10"), source="tariff.xlsx")
    assert lookup("premium how many free post office deposits a month", passages(with_count)).cells == (
        ("Premium", "10"),)


HIGHLIGHTS = table_chunk(
    "Consolidated Highlights (in millions, except ratios)",
    ("Line item", "2025", "2024"),
    ("Net premiums earned", "3,206.7", "2,964.9"),
    ("Combined ratio", "92.8", "95.3"),
    ("Basic earnings per share", "5.88", "4.46"),
)


def test_the_questions_own_word_before_a_rows_word_names_another_measure():
    assert lookup("What was the consolidated loss ratio in FY2024?", passages(HIGHLIGHTS)) is None
    assert lookup("What was the combined ratio in FY2024?", passages(HIGHLIGHTS)).cells == (("2024", "95.3"),)
    assert lookup("What were diluted earnings per share in 2025?", passages(HIGHLIGHTS)) is None
    assert lookup("What were earnings per share in 2025?", passages(HIGHLIGHTS)).cells == (("2025", "5.88"),)


def test_total_or_net_alone_names_no_line():
    investments = table_chunk("Composition of the investment portfolio", ("Line item", "2025"),
                              ("Total investments", "6,512.5"), ("Net income", "363.5"))
    assert lookup("What were total assets in 2025?", passages(investments)) is None
    assert lookup("What was net cash provided by operating activities in 2025?", passages(investments)) is None
    assert lookup("What were total investments in 2025?", passages(investments)).cells == (("2025", "6,512.5"),)


def test_rows_named_alike_are_told_apart_by_their_tables_title():
    homes = table_chunk("Homeowners - Results of Operations", ("Line item", "2025", "2024"),
                        ("Underwriting income (loss)", "$ 80.0", "$ 44.2"))
    autos = table_chunk("Personal Auto - Results of Operations", ("Line item", "2025", "2024"),
                        ("Underwriting income (loss)", "$ 74.9", "$ 44.4"))
    cell = lookup("What was underwriting income for the Homeowners segment in 2025?", passages(autos, homes))
    assert cell.cells == (("2025", "$ 80.0"),) and cell.passage_number == 2
    assert lookup("What was underwriting income in 2025?", passages(autos, homes)) is None  # which segment?


def test_one_figure_printed_with_and_without_its_dollar_sign_is_no_rival():
    note = table_chunk("Net investment income", ("Line item", "2025"), ("Net investment income", "$ 251.7"))
    statement = table_chunk("Statements of operations", ("Line item", "2025"), ("Net investment income", "251.7"))
    cell = lookup("What was net investment income in 2025?", passages(note, statement))
    assert [value.strip("$ ") for _, value in cell.cells] == ["251.7"]


def test_the_wholes_own_hundred_percent_is_no_share():
    composition = table_chunk("Composition of the investment portfolio", ("Line item", "2025 % of total"),
                              ("Total investments", "100.0%"))
    assert lookup("What percentage of total investments was held in fixed maturities in 2025?",
                  passages(composition)) is None


def test_a_count_in_words_is_the_count_in_figures():
    backlog = table_chunk("Remaining performance obligations", ("Line item", "September 30, 2025"),
                          ("Within 12 months", "$ 452,995"), ("13 to 24 months", "200,506"))
    cell = lookup("How much of the backlog converts to revenue within the next twelve months?", passages(backlog))
    assert cell.cells == (("September 30, 2025", "$ 452,995"),)


def test_the_companys_own_name_names_no_row():
    segments = table_chunk("Segment revenue", ("Line item", "2022"),
                           ("Commercial Airplanes", "25,867"), ("Boeing Capital", "1,510"))
    assert lookup("Which categories were more than 20% of Boeing's revenue in 2022?", passages(segments)) is None
    assert lookup("What was Boeing Capital's revenue in 2022?", passages(segments)).cells == (("2022", "1,510"),)
    aerospace = table_chunk("Segment revenue", ("Line item", "2022"), ("Aerospace", "9,120"), ("Marine", "2,310"))
    assert lookup("What was Aerospace's revenue in 2022?", passages(aerospace)).cells == (("2022", "9,120"),)


def test_an_amount_asked_is_not_answered_with_its_share_of_the_total():
    deposits = table_chunk("Deposits by type",
                           ("Line item", "December 31, 2025 Amount", "December 31, 2025 % of Total"),
                           ("Savings", "$ 1,200", "20.2%"), ("Total deposits", "$ 5,945", "100.0%"))
    assert lookup("What were total deposits at December 31, 2025?", passages(deposits)).cells == (
        ("December 31, 2025 Amount", "$ 5,945"),)
    assert lookup("What were savings as a percentage of total at December 31, 2025?", passages(deposits)).cells == (
        ("December 31, 2025 % of Total", "20.2%"),)


def test_a_judgement_or_an_excess_is_no_one_cell():
    assert lookup("Did revenue increase or decrease in 2024?", passages(INCOME)) is None
    assert lookup("By how much did revenue exceed operating profit in 2024?", passages(INCOME)) is None
    # a choice between the company's parts by a measure: the company's own total is no answer
    assert lookup("Which of Acme's two segments earned more operating profit in 2024, and by how much?",
                  passages(INCOME)) is None


def test_the_source_a_question_names_is_not_the_line_it_asks_for():
    rollforward = table_chunk("Deferred revenue roll-forward", ("Line item", "2025"),
                              ("Deferred revenue, beginning of period", "297,900"), ("Billings", "474,600"))
    assert lookup("Based on the deferred revenue roll-forward, what were billings in 2025?",
                  passages(rollforward)).cells == (("2025", "474,600"),)
    assert lookup("Based on the deferred revenue roll-forward, how much was billed to customers in 2025?",
                  passages(rollforward)) is None


def test_words_left_over_that_name_another_row_ask_for_that_row():
    compensation = table_chunk("Stock-based compensation", ("Line item", "2025"),
                               ("Cost of revenue", "4,100"), ("Sales and marketing", "19,000"),
                               ("Stock-based compensation expense", "61,252"))
    assert lookup("How much stock-based compensation expense was recorded in sales and marketing in 2025?",
                  passages(compensation)) is None
    assert lookup("What was stock-based compensation expense in 2025?", passages(compensation)).cells == (
        ("2025", "61,252"),)



def test_what_remains_after_another_figure_is_no_cell():
    cash = table_chunk("Cash flows (in thousands)", ("Line item", "2025"),
                       ("Net cash provided by operating activities", "69,082"),
                       ("Cash paid for interest, net of capitalized interest", "58,214"))
    assert lookup("For 2025, how much of net cash provided by operating activities remained after dividends paid?",
                  passages(cash)) is None


def test_a_subtraction_the_question_spells_out_is_no_cell():
    debt = table_chunk("Debt (in thousands)", ("Line item", "2026"), ("Total debt", "1,541,467"))
    assert lookup("Taking total debt from the debt note and subtracting cash and cash equivalents, what was net debt "
                  "in 2026?", passages(debt)) is None
    assert lookup("What was total debt in 2026?", passages(debt)).cells == (("2026", "1,541,467"),)


def test_rows_agree_by_year_and_a_row_with_a_column_more_agrees_with_one_without_it():
    mdna = (("2025", "$ 5,289"), ("Fiscal Year 2024", "$ 4,698"), ("% of FY25 revenue", "100.0%"))
    note = (("Fiscal 2025", "5,289"), ("Fiscal 2024", "4,698"))
    assert same_figures(mdna, note) and same_figures(note, mdna)
    assert not same_figures(mdna, (("Fiscal 2025", "5,289"), ("Fiscal 2024", "4,700")))
    assert not same_figures((("2025", "1"),), (("Fiscal 2025", "1"), ("Fiscal 2024", "2")))  # one figure: too little


def test_an_amount_asked_is_not_read_from_a_share_of_column_beside_it():
    geography = table_chunk("Revenue by geographic area (in millions)",
                            ("", "2025", "Fiscal Year 2024", "% of FY25 revenue"),
                            ("Taiwan", "894", "742", "16.9%"), ("United States", "1,402", "1,198", "26.5%"))
    assert lookup("How much revenue did Acme ship to Taiwan in FY25?", passages(geography)).cells == (("2025", "894"),)
    assert lookup("What share of FY25 revenue came from Taiwan?", passages(geography)).cells == (
        ("% of FY25 revenue", "16.9%"),)


def test_a_schedule_by_year_is_read_in_its_one_column_and_other_years_columns_are_not_named_by_fiscal():
    schedule = table_chunk("Estimated future amortization expense", ("", "(in millions)"),
                           ("Fiscal 2026", "$ 148"), ("Fiscal 2027", "122"), ("Thereafter", "38"))
    statement = table_chunk("Consolidated statements of operations (in millions)",
                            ("", "Fiscal 2025, ended Jan. 31", "Fiscal 2024, ended Jan. 25"),
                            ("Amortization of acquired intangible assets", "46", "38"))
    asked = "How much amortization expense for acquired intangible assets does Acme expect in fiscal 2027?"
    assert lookup(asked, passages(statement)) is None  # "fiscal" names no column of 2025 or 2024
    assert lookup(asked, passages(schedule, statement)).cells == (("(in millions)", "122"),)


def test_a_cost_asked_is_not_read_from_a_column_counting_units():
    awards = table_chunk(
        "Note 12 — Restricted stock units",
        ("Line item", "Units (thousands)"),
        ("Unvested at December 31, 2025", "1,165"),
    )
    cost = "As of December 31, 2025, how much unrecognized compensation cost related to unvested stock units?"
    assert lookup(cost, passages(awards)) is None
    count = lookup("How many restricted stock units were unvested at December 31, 2025, in units?", passages(awards))
    assert count is not None and count.cells == (("Units (thousands)", "1,165"),)


def test_a_row_whose_table_title_explains_the_question_beats_one_whose_column_is_spelled_out():
    charges = table_chunk(
        "Results of operations (in millions)",
        ("Line item", "Six Months Ended June 30, 2025", "Six Months Ended June 30, 2024"),
        ("Restructuring charges", "15.2", "3.6"),
    )
    reserve = table_chunk(
        "Restructuring reserve (in millions)",
        ("Line item", "2025", "2024"),
        ("Cash payments", "(9.7)", "(2.8)"),
    )
    asked = "How much cash was paid against the restructuring reserve during the six months ended June 30, 2025?"
    assert lookup(asked, passages(charges, reserve)).cells == (("2025", "(9.7)"),)


def test_a_row_named_only_by_the_questions_date_is_not_the_row_asked_for():
    repurchases = table_chunk(
        "Issuer Purchases of Equity Securities",
        ("Period", "Total number of shares purchased", "Average price paid per share",
         "Approximate dollar value that may yet be purchased"),
        ("November 1 – November 30, 2025", "120,500", "$44.10", "$84,400,000"),
        ("December 1 – December 31, 2025", "118,200", "$44.58", "$82,342,167"),
    )
    asked = "As of December 31, 2025, how much unrecognized compensation cost related to unvested RSUs remained?"
    assert lookup(asked, passages(repurchases)) is None
    # the period named with a column the question asks for is a reading of that row
    assert lookup("What average price per share was paid in December 2025?", passages(repurchases)).cells == (
        ("Average price paid per share", "$44.58"),)


def test_how_many_counts_what_the_row_its_columns_or_title_name():
    hotels = table_chunk(
        "Hotel revenues (in thousands)",
        ("", "Three Months Ended 2025", "Six Months Ended 2025"),
        ("Total owned and leased hotel revenues", "333,437", "627,577"),
    )
    assert lookup("How many rooms were in the total owned and leased hotels at June 30, 2025?",
                  passages(hotels)) is None


def test_the_part_of_a_measures_breakdown_the_question_names_is_read_not_the_measures_total():
    cash_flow = table_chunk("Statements of cash flows (in thousands)", ("", "Nine Months Ended 2025", "2024"),
                            ("Stock-based compensation expense", "61,252", "54,318"))
    by_line = table_chunk("Stock-based compensation expense by line item (in thousands)",
                          ("", "Three Months Ended 2025", "Nine Months Ended 2025"),
                          ("Research and development", "7,125", "20,825"), ("Sales and marketing", "6,497", "18,989"))
    cell = lookup("How much stock-based compensation was recorded in sales and marketing year-to-date in fiscal "
                  "2025?", passages(cash_flow, by_line))
    assert cell.row == "Sales and marketing" and cell.cells == (("Nine Months Ended 2025", "18,989"),)
    # asked for the measure alone, its total
    assert lookup("How much stock-based compensation expense was recorded in 2024?",
                  passages(cash_flow, by_line)).cells == (("2024", "54,318"),)
    # a quarter asked of the breakdown reads the quarter's column only
    assert lookup("How much stock-based compensation was recorded in sales and marketing in the three months "
                  "ended 2025?", passages(cash_flow, by_line)).cells == (("Three Months Ended 2025", "6,497"),)


def test_a_dollar_figure_takes_the_tables_scale_but_a_per_share_figure_does_not():
    income = table_chunk("Statements of income (in millions)", ("", "2025", "2024"),
                         ("Adjusted EBITDA", "$633", "$565"), ("Diluted earnings per share", "$2.10", "$1.95"))
    assert lookup("What adjusted EBITDA did Acme report for 2025?", passages(income)).text.startswith("$633 million")
    assert lookup("What were diluted earnings per share in 2025?", passages(income)).text.startswith("$2.10 (")


def test_the_current_part_of_a_balance_is_not_the_balance_asked():
    leases = table_chunk("Balance sheet (in thousands)", ("", "2025", "2024"),
                         ("Operating lease liabilities, current", "13,105", "12,318"),
                         ("Operating lease liabilities, noncurrent", "62,555", "60,100"))
    assert lookup("What were operating lease liabilities in 2025?", passages(leases)) is None
    assert lookup("What were current operating lease liabilities in 2025?", passages(leases)).cells == (
        ("2025", "13,105"),)


def test_a_sum_of_parts_the_question_counts_is_no_one_row():
    loans = table_chunk("Loan portfolio (in thousands)", ("", "Amount", "% of Total Loans"),
                        ("Owner-occupied CRE", "700,000", "13.7%"),
                        ("Total non-owner occupied CRE and construction", "1,660,000", "32.6%"))
    question = ("What percentage of total loans was commercial real estate exposure, counting owner-occupied CRE, "
                "non-owner occupied CRE and construction loans?")
    assert lookup(question, passages(loans)) is None


def test_a_row_named_by_its_own_word_outranks_the_total_named_by_the_tables_title():
    markets = table_chunk("Comparable Hotel Statistics by Market",
                          ("Market", "Occupancy", "2025 ADR", "2025 RevPAR"),
                          ("Wexbridge (707 rooms)", "78.4%", "$248.75", "$195.02"),
                          ("Marrowgate (545 rooms)", "80.1%", "$214.60", "$171.89"),
                          ("Comparable hotels (3,888 rooms)", "77.7%", "$241.73", "$187.94"))
    cell = lookup("What occupancy did the comparable hotels in the Marrowgate market achieve in 2025?",
                  passages(markets))
    assert cell.row == "Marrowgate (545 rooms)" and cell.cells == (("Occupancy", "80.1%"),)
    cell = lookup("What was the 2025 ADR of the comparable hotels?", passages(markets))
    assert cell.row == "Comparable hotels (3,888 rooms)" and cell.cells == (("2025 ADR", "$241.73"),)


def test_the_year_a_debt_falls_due_names_the_debt_not_a_second_period():
    debt = table_chunk("Note 4. Debt (in thousands)", ("", "September 30, 2026", "December 31, 2025"),
                       ("4.375% Senior Notes due 2028", "500,000", "500,000"),
                       ("5.250% Senior Notes due 2031", "400,000", "250,000"))
    cell = lookup("How much principal was outstanding on the 5.250% Senior Notes due 2031 as of September 30, 2026?",
                  passages(debt))
    assert cell.row == "5.250% Senior Notes due 2031" and cell.cells == (("September 30, 2026", "400,000"),)
    assert lookup("How much was outstanding on the senior notes in 2026 and 2025?", passages(debt)) is None


def test_a_balance_asked_is_not_a_periods_flow_named_alike():
    income = table_chunk("Results of operations (in thousands)",
                         ("", "Three Months Ended 2026", "Nine Months Ended 2026"),
                         ("Restructuring charges", "6,215", "18,730"), ("Net sales", "755,717", "2,214,200"))
    assert lookup("What was the remaining restructuring reserve at the end of the third quarter of 2026?",
                  passages(income)) is None
    cell = lookup("What were restructuring charges in the nine months of 2026?", passages(income))
    assert cell.cells == (("Nine Months Ended 2026", "18,730"),)


def test_a_column_named_by_its_span_is_kept_beside_the_year_asked():
    obligations = table_chunk("Contractual obligations as of December 31, 2025 (in thousands)",
                              ("", "Total", "Less than 1 year", "1-3 years"),
                              ("Long-term debt", "$ 235,000", "$ 40,000", "$ 95,000"),
                              ("Total", "$ 484,852", "$ 203,905", "$ 180,100"))
    cell = lookup("What is the total amount of contractual obligations expected to be paid within one year of "
                  "December 31, 2025?", passages(obligations))
    assert ("Less than 1 year", "$ 203,905") in cell.cells


def test_a_non_gaap_reconciliation_named_as_the_source_names_no_gaap_row():
    recon = table_chunk("Operating ratio (in thousands)", ("", "2025", "2024"),
                        ("Operating ratio (GAAP)", "93.0%", "92.9%"), ("Adjusted operating ratio", "91.5%", "90.8%"))
    cell = lookup("What adjusted operating ratio did the company report for 2025 in its non-GAAP reconciliation?",
                  passages(recon))
    assert cell.row == "Adjusted operating ratio" and cell.cells == (("2025", "91.5%"),)


def test_a_parts_rows_under_sub_headings_not_asked_are_no_rivals_to_the_wholes():
    segments = table_chunk("Segment results (in thousands)", ("", "2025", "2024"),
                           ("Truckload", "", ""), ("Fuel surcharge revenue", "131,874", "148,871"),
                           ("Logistics", "", ""), ("Fuel surcharge revenue", "21,944", "22,617"))
    revenue = table_chunk("Revenue (in thousands)", ("", "2025", "2024"),
                          ("Revenue, excluding fuel surcharge", "1,132,606", "1,155,949"),
                          ("Fuel surcharge revenue", "153,818", "171,488"))
    cell = lookup("How much fuel surcharge revenue did the company recognize in 2024?", passages(segments, revenue))
    assert cell.cells == (("2024", "171,488"),)
    assert lookup("How much fuel surcharge revenue did Logistics recognize in 2024?",
                  passages(segments, revenue)).cells == (("2024", "22,617"),)


def test_a_sub_heading_repeating_a_rows_words_does_not_make_it_named_by_the_title_alone():
    flows = table_chunk("Consolidated statements of cash flows (in thousands)", ("", "2025", "2024"),
                        ("Adjustments to reconcile net income to net cash provided by operating activities:", "", ""),
                        ("Depreciation", "4,100", "3,900"), ("Net cash provided by operating activities", "108,045",
                                                             "96,310"),
                        ("Cash flows from financing activities:", "", ""),
                        ("Net change in cash and cash equivalents", "51,770", "-12,400"))
    cell = lookup("Using the cash flow statement, what was net cash provided by operating activities in 2025?",
                  passages(flows))
    assert cell.cells == (("2025", "108,045"),)


def test_a_figure_per_one_thing_is_not_read_from_a_figure_per_another():
    stats = table_chunk("Operating statistics", ("", "2025", "2024"),
                        ("Average revenue per carload (dollars)", "$ 2,694", "$ 2,610"),
                        ("Average employees", "4,212", "4,350"))
    assert lookup("What was 2025 average revenue per employee?", passages(stats)) is None
    assert lookup("What was average revenue per carload in 2025?", passages(stats)).cells == (("2025", "$ 2,694"),)


def test_two_lines_asked_together_are_not_answered_by_one_of_them():
    flows = table_chunk("Consolidated statements of cash flows (in thousands)", ("", "2025", "2024"),
                        ("Depreciation", "74,815", "70,240"),
                        ("Amortization of intangible assets", "38,460", "36,920"))
    assert lookup("What was total depreciation and amortization in 2025?", passages(flows)) is None
    assert lookup("What was depreciation in 2025?", passages(flows)).cells == (("2025", "74,815"),)


def test_earnings_per_share_attributable_to_stockholders_is_the_per_share_line():
    eps = table_chunk("Statements of operations (in thousands, except per share data)",
                      ("", "Nine Months Ended 2025", "Nine Months Ended 2024"),
                      ("Earnings per share:",), ("Basic", "$ 1.80", "$ 1.52"), ("Diluted", "$ 1.78", "$ 1.50"))
    cell = lookup("What diluted earnings per share attributable to Acme common stockholders were reported for the "
                  "nine months ended September 30, 2025?", passages(eps))
    assert cell is not None and cell.cells == (("Nine Months Ended 2025", "$ 1.78"),)


def test_goodwill_allocated_to_a_segment_is_no_owners_share():
    goodwill = table_chunk("Goodwill by segment (in millions)", ("", "Foodservice", "Retail"),
                           ("Balance at June 28, 2025", "684", "412"))
    cell = lookup("What was the carrying amount of goodwill allocated to the Foodservice segment at June 28, 2025?",
                  passages(goodwill))
    assert cell is not None and cell.cells == (("Foodservice", "684"),)


def test_a_unit_in_initials_is_the_unit_spelled_out():
    stats = table_chunk("Operating statistics", ("", "2025", "2024"),
                        ("Passenger revenue per ASM (cents)", "15.83", "15.61"),
                        ("Available seat miles (millions)", "19,845", "19,012"))
    cell = lookup("What was passenger revenue per available seat mile in 2025?", passages(stats))
    assert cell.cells == (("2025", "15.83"),)
    spelled = table_chunk("Operating statistics", ("", "2025", "2024"),
                          ("Revenue per available room", "$ 142.10", "$ 137.95"))
    assert lookup("What was revenue per ASM in 2025?", passages(spelled)) is None  # other initials, another unit


def test_a_non_gaap_line_asked_by_name_is_read():
    table = table_chunk("Reconciliation (in thousands, except per share data)", ("", "Three Months Ended 2026"),
                        ("GAAP net income per share — diluted", "$ 0.11"),
                        ("Non-GAAP net income per share — diluted", "$ 0.27"))
    cell = lookup("What was non-GAAP net income per share (diluted) for the three months of 2026?", passages(table))
    assert cell.cells == (("Three Months Ended 2026", "$ 0.27"),)


def test_a_debts_principal_is_not_its_net_carrying_amount_nor_the_reverse():
    debt = table_chunk("5. Debt (in millions)", ("", "June 30, 2025", "December 31, 2024"),
                       ("1.25% Convertible Senior Notes due 2029 – principal", "$ 575.0", "$ 575.0"),
                       ("Unamortized debt issuance costs", "(8.2)", "(9.6)"),
                       ("Convertible notes, net", "566.8", "565.4"))
    net = lookup("What was the net carrying amount of the 1.25% Convertible Senior Notes due 2029 at June 30, 2025?",
                 [Passage(debt, 0.7)])
    assert net is not None and net.cells == (("June 30, 2025", "566.8"),)
    principal = lookup("What was the principal of the 1.25% Convertible Senior Notes due 2029 at June 30, 2025?",
                       [Passage(debt, 0.7)])
    assert principal is not None and principal.cells == (("June 30, 2025", "$ 575.0"),)


def test_a_row_under_one_part_is_one_of_several_where_the_others_are_on_the_tables_page_before():
    first = table_chunk("AUM roll-forward by asset class (in billions)", ("", "Q3 2025"),
                        ("Equity", ""), ("Beginning AUM", "$ 189.0"), ("Net flows", "(0.3)"), ("Multi-asset", ""),
                        ("Beginning AUM", "$ 59.8"))
    continued = table_chunk("AUM roll-forward by asset class (continued) (in billions)", ("", "Q3 2025"),
                            ("Multi-asset", ""), ("Net flows", "0.3"), ("Alternatives", ""),
                            ("Beginning AUM", "$ 42.2"), ("Net flows", "1.9"))
    assert lookup("What were the net flows and how much did market appreciation add to AUM in Q3 2025?",
                  [Passage(continued, 0.7), Passage(first, 0.6)]) is None


def test_a_row_named_after_its_headings_segment_does_not_answer_for_the_company():
    truckload = table_chunk("Truckload segment", ("", "2025", "2024"),
                            ("Truckload adjusted operating ratio", "89.9%", "88.0%"))
    assert lookup("What adjusted operating ratio did the company report for 2025?", passages(truckload)) is None
    cell = lookup("What adjusted operating ratio did the Truckload segment report for 2025?", passages(truckload))
    assert cell.cells == (("2025", "89.9%"),)


def test_units_operated_by_franchisees_are_the_franchised_column():
    counts = table_chunk("Restaurant count roll-forward (number of restaurants)",
                         ("", "Acme Company Operated", "Acme Company Franchised"),
                         ("Restaurants at June 30, 2026", "134", "1,171"))
    cell = lookup("How many Acme restaurants were operated by franchisees at June 30, 2026?", passages(counts))
    assert cell.cells == (("Acme Company Franchised", "1,171"),)


def test_the_statement_a_question_names_as_its_source_names_no_row():
    income = table_chunk("Consolidated Statements of Income (in millions)", ("", "2023"),
                         ("Operating revenues", ""), ("Electric", "3,958.1"), ("Gas", "1,402.3"),
                         ("Operating income", "1,038.9"))
    cell = lookup("How much operating revenue did the gas business bring in during 2023 according to the income "
                  "statement?", passages(income))
    assert cell.cells == (("2023", "1,402.3"),)
    # a word the question also uses outside the source still names the row
    cell = lookup("What was operating income in 2023 according to the income statement?", passages(income))
    assert cell.cells == (("2023", "1,038.9"),)


def test_a_figure_per_unit_asked_needs_a_row_of_its_measure():
    stats = table_chunk("Electric operating statistics", ("", "2025"),
                        ("Total average electric customers", "1,420,152"), ("Average revenue per kWh (cents)", "10.24"))
    question = "What average revenue per kWh did the electric business earn from its customers in 2025?"
    assert lookup(question, passages(stats)).cells == (("2025", "10.24"),)
    customers_only = table_chunk("Electric operating statistics", ("", "2025"),
                                 ("Total average electric customers", "1,420,152"))
    assert lookup(question, passages(customers_only)) is None
    # "per the roll-forward" says where to read, not what a figure is per
    reserves = table_chunk("Reserve roll-forward (in thousands)", ("", "2026"), ("Net reserves at end of period",
                                                                                 "2,703,186"))
    cell = lookup("Per the reserve roll-forward, what were net reserves at the end of period in 2026?",
                  passages(reserves))
    assert cell.cells == (("2026", "2,703,186"),)


def test_how_large_one_line_is_relative_to_another_asks_for_a_share():
    from assistant.answering.tables import ASKS_SHARE

    assert ASKS_SHARE.search("How large was the allowance for credit losses relative to gross receivables at June 30?")
    assert not ASKS_SHARE.search("How large was the allowance for credit losses at June 30?")


def test_a_line_named_alike_under_revenues_and_costs_is_read_under_the_kind_asked_and_never_as_a_step():
    statement = table_chunk("Consolidated Statements of Income ($ in millions)", ("", "2025", "2023"),
                            ("REVENUES", "", ""), ("Onboard and other", "3,214", "2,648"),
                            ("OPERATING EXPENSES", "", ""), ("Onboard and other", "612", "509"))
    cell = lookup("How much onboard and other revenue did Acme book in 2023?", passages(statement))
    assert cell is not None and cell.cells == (("2023", "2,648"),)
    cost = lookup("What was Acme's onboard and other expense in 2023?", passages(statement))
    assert cost is not None and cost.cells == (("2023", "509"),)
    yields = table_chunk("Net Yields ($ in millions)", ("", "2025", "2023"),
                         ("Less: onboard and other", "−612", "−509"))
    assert lookup("How much onboard and other revenue did Acme book in 2023?", passages(yields)) is None


def test_the_companys_own_name_names_no_segment_that_shares_a_word_with_it():
    statement = table_chunk("Acme Steel Corporation — Statements of Operations (Dollars in thousands)",
                            ("", "Three Months Ended 2026"), ("Net sales", "$1,467,070"))
    segments = table_chunk("Acme Steel Corporation — Segment Summary (Dollars in millions)",
                           ("", "Three Months Ended 2026"), ("Flat-Rolled Steel", ""), ("Net sales", "897.3"),
                           ("Long Products", ""), ("Net sales", "429.3"))
    cell = lookup("What were Acme Steel's net sales for the quarter ended September 30, 2026?",
                  passages(segments, statement))
    assert cell is not None and cell.cells == (("Three Months Ended 2026", "$1,467,070"),)


def test_a_figure_split_by_owner_answers_only_a_question_about_owners():
    statement = table_chunk("Acme Steel Corporation — Statements of Operations (Dollars in thousands)",
                            ("", "Three Months Ended 2026"), ("Net sales", "$1,467,070"), ("Net income", "99,460"),
                            ("Net income attributable to Acme Steel Corporation", "$96,320"))
    sales = lookup("What were Acme Steel's net sales for the quarter ended September 30, 2026?", passages(statement))
    assert sales is not None and sales.cells == (("Three Months Ended 2026", "$1,467,070"),)
    owners = lookup("How much net income was attributable to Acme Steel Corporation's shareholders in the quarter "
                    "ended September 30, 2026?", passages(statement))
    assert owners is not None and owners.cells == (("Three Months Ended 2026", "$96,320"),)


def test_a_row_named_alike_under_two_headings_is_read_under_the_one_the_question_names_in_full():
    table = table_chunk(
        "Statements of operations (in thousands, except per share amounts)",
        ("", "2026", "2025"),
        ("Net income per share", "", ""),
        ("Diluted", "0.97", "0.88"),
        ("Shares used in computing net income per share", "", ""),
        ("Diluted", "73,105", "73,720"),
    )
    cell = lookup("What was diluted net income per share in 2026?", passages(table))
    assert cell.cells == (("2026", "0.97"),) and "per share" in cell.row.lower()
    # a heading the question does not name in full breaks no tie
    assert lookup("What was diluted in 2026?", passages(table)) is None


def test_a_date_in_a_tables_title_does_not_make_its_line_the_balance_asked_at_that_date():
    balance = table_chunk(
        "Condensed balance sheets (in thousands)",
        ("", "October 31, 2026", "April 30, 2026"),
        ("Deferred revenue", "247,410", "186,540"),
    )
    cash = table_chunk(
        "Condensed statements of cash flows (in thousands) — Six months ended October 31,",
        ("", "2026", "2025"),
        ("Deferred revenue", "63,150", "30,240"),
    )
    asked = "How much deferred revenue sat on the balance sheet at October 31, 2026?"
    assert lookup(asked, passages(cash, balance)).cells == (("October 31, 2026", "247,410"),)


def test_a_part_said_with_its_heading_as_one_phrase_beats_a_line_sharing_the_questions_verb_or_a_cost_of_it():
    income = table_chunk(
        "Condensed statements of operations (in thousands)",
        ("", "Nine Months Ended 2026", "Nine Months Ended 2025"),
        ("Revenue:", "", ""),
        ("Subscription", "539,284", "449,871"),
        ("Professional services", "44,318", "46,205"),
    )
    deferred = table_chunk(
        "Deferred revenue roll-forward (in thousands)",
        ("", "Nine Months Ended 2026", "Nine Months Ended 2025"),
        ("Revenue recognized", "(583,602)", "(496,076)"),
    )
    stock = table_chunk(
        "Stock-based compensation by line (in thousands)",
        ("", "Nine Months Ended 2026", "Nine Months Ended 2025"),
        ("Cost of revenue — subscription", "9,316", "8,047"),
    )
    asked = "Year-to-date through the third quarter of 2025, how much subscription revenue had Acme recognized?"
    assert lookup(asked, passages(deferred, stock, income)).cells == (("Nine Months Ended 2025", "449,871"),)
    # the roll-forward's line where the question says it as a phrase
    assert lookup("How much revenue recognized came out of deferred revenue in the nine months of 2025?",
                  passages(deferred, income)).cells == (("Nine Months Ended 2025", "(496,076)"),)


def test_a_step_the_question_names_is_no_rival_left_unread_for_the_total_below_it():
    note = table_chunk("Note 3. Inventories (in thousands)", ("", "2026", "2025"),
                       ("Inventories at FIFO cost", "551,960", "524,380"), ("Less: LIFO reserve", "148,620", "131,905"),
                       ("Merchandise inventories, at LIFO", "403,340", "392,475"))
    assert lookup("How large was the LIFO reserve on merchandise inventories in 2026?", passages(note)) is None
    assert lookup("What were merchandise inventories at LIFO in 2026?", passages(note)).cells == (("2026", "403,340"),)


def test_a_count_is_not_read_from_a_table_in_money():
    revenue = table_chunk("Revenue by channel ($ in millions)", ("", "2026", "2025"),
                          ("Owned retail stores", "238.9", "221.4"), ("Wholesale", "310.2", "295.0"))
    stores = table_chunk("Store count", ("", "2026", "2025"), ("Owned retail stores", "392", "381"))
    assert lookup("How many owned retail stores did it operate in 2026?", passages(revenue)) is None
    assert lookup("How many owned retail stores did it operate in 2026?", passages(revenue, stores)).cells == (
        ("2026", "392"),)


def test_a_customer_naming_a_plan_and_the_plan_it_is_part_of_name_gets_both_columns():
    tariff = table_chunk("Tariff — Overdrafts", ("Overdraft", "Everyday", "Everyday Plus"),
                         ("Arranged overdraft interest rate", "29.9% EAR", "24.9% EAR"), source="tariff.docx")
    question = "overdraft interest rate on everyday vs everyday plus"
    assert lookup(question, passages(tariff), other_rows_too=True).cells == (
        ("Everyday", "29.9% EAR"), ("Everyday Plus", "24.9% EAR"))
    # "everyday plus" alone names the one column
    assert lookup("everyday plus overdraft interest rate", passages(tariff), other_rows_too=True).cells == (
        ("Everyday Plus", "24.9% EAR"),)


LEAFLET_SAVINGS = table_chunk(
    "Charges and Rates Leaflet — 3. Savings rates",
    ("Product", "Balance", "Gross rate", "AER", "Interest paid"),
    ("Share Account", "All balances", "1.50%", "1.50%", "Yearly in December"),
    ("Instant Access Saver", "£1 to £4,999", "2.00%", "2.02%", "Monthly"),
    ("Instant Access Saver", "£5,000 to £24,999", "2.40%", "2.43%", "Monthly"),
    ("95-Day Notice Saver", "£1,000 to £9,999", "3.60%", "3.60%", "Yearly on 31 March"),
    ("95-Day Notice Saver", "£10,000 to £49,999", "3.85%", "3.85%", "Yearly on 31 March"),
    ("Junior Saver", "£1 to £999", "2.90%", "2.90%", "Yearly on 31 March"),
    ("Junior Saver", "£1,000 and over", "3.50%", "3.50%", "Yearly on 31 March"),
    source="charges.pdf",
)


def _customer(question, *chunks):
    return lookup(question, passages(*chunks), other_rows_too=True)


def test_a_sum_the_customer_gives_picks_the_band_and_names_a_loosely_named_product():
    assert _customer("i've got £8,000 in the instant saver, what interest does that get", LEAFLET_SAVINGS).cells == (
        ("Gross rate", "2.40%"), ("AER", "2.43%"))
    # a four-digit sum is no year: the rate columns are still read
    assert _customer("my kid has £1,500 in his junior saver what rate is that", LEAFLET_SAVINGS).cells[0] == (
        "Gross rate", "3.50%")


def test_the_customers_word_for_the_kind_of_product_names_no_other_row():
    # "account" follows the row's own words; the "Share Account" row does not make the question about it
    assert _customer("12k in the 95 day notice account, what rate", LEAFLET_SAVINGS).cells[0] == ("Gross rate", "3.85%")


def test_a_yes_or_no_question_the_figure_does_not_answer_is_left_to_the_text():
    assert _customer("is the share account rate guaranteed", LEAFLET_SAVINGS) is None


def test_the_same_figures_under_columns_named_alike_in_two_documents_are_no_rivals():
    sheet = table_chunk("Savings rates", ("product", "balance_band", "gross_rate", "aer"),
                        ("95-Day Notice Saver", "£10,000 to £49,999", "3.85%", "3.85%"), source="rates.csv")
    assert _customer("12k in the 95 day notice account, what rate", sheet, LEAFLET_SAVINGS).cells[0][1] == "3.85%"


NORTHREACH_FEES = table_chunk(
    "Fee Schedule — 2. Overdrafts and other services",
    ("Fee or service", "Basic Checking", "Rewards Checking", "Notes"),
    ("Courtesy Pay fee (per item paid)", "$28.00", "$28.00", "Discretionary"),
    ("Skip-a-Pay (per loan)", "$35", "$35", "Up to 2 times in any 12 months"),
    ("Overdraft Transfer Service (per transfer)", "$5.00", "$5.00", "From Primary Share Savings or Money Market Share"),
    ("Stop payment (per request)", "$30.00", "$30.00", "Valid for 6 months"),
    ("Legal process (levy or garnishment)", "$75.00", "$75.00", ""),
    source="fee-schedule.pdf",
)
def test_a_row_is_named_by_the_other_names_its_label_gives_in_brackets():
    assert _customer("garnishment fee", NORTHREACH_FEES).cells[0] == ("Basic Checking", "$75.00")


def test_a_unit_in_brackets_is_no_word_of_the_rows_name_and_its_own_note_explains_the_rest():
    cell = _customer("fee for the overdraft transfer from savings", NORTHREACH_FEES)
    assert cell.row.startswith("Overdraft Transfer Service") and cell.cells[0][1] == "$5.00"


def test_pay_said_as_a_verb_asks_the_cost_and_names_no_row_called_pay():
    # "will i have to pay the rewards checking fee" is not the Courtesy Pay fee
    assert _customer("will i have to pay the rewards checking fee", NORTHREACH_FEES) is None
    assert _customer("can you take money from my savings to pay my late car loan", NORTHREACH_FEES) is None


def test_a_figure_read_under_the_date_it_takes_effect_comes_with_todays():
    notice = table_chunk("Notice — changes from 1 October 2026", ("What changes", "Now", "From 1 October 2026"),
                         ("Everyday Account fee waiver", "$1,000", "$1,500"), source="notice.md")
    cell = _customer("is the everyday fee waiver changing in october", notice)
    assert cell.cells == (("Now", "$1,000"), ("From 1 October 2026", "$1,500"))


def test_a_short_period_after_a_number_is_the_period_written_out():
    bonds = table_chunk("Savings Conditions — 12. Fixed Rate Bonds", ("Bond", "Term", "Early closure charge"),
                        ("1 Year Fixed Bond", "12 months", "90 days' interest"),
                        ("2 Year Fixed Bond", "24 months", "180 days' interest"), source="conditions.pdf")
    assert _customer("1 yr bond early closure charge how much", bonds).cells == (
        ("Early closure charge", "90 days' interest"),)


def test_a_customers_plural_or_possessive_names_the_row_and_one_price_under_many_products_is_one_answer():
    fees = table_chunk("Fee Schedule", ("Fee or service", "Basic Checking", "Rewards Checking", "Primary Share Savings",
                                        "Money Market Share"),
                       ("Cashier's check", "$8.00", "$8.00", "$8.00", "$8.00"),
                       ("Dormant account (per month)", "$5.00", "$5.00", "$5.00", "$5.00"), source="fees.pdf")
    assert {value for _, value in _customer("how much is a cashiers check", fees).cells} == {"$8.00"}
    assert {value for _, value in _customer("dormant account fee", fees).cells} == {"$5.00"}
