import pytest

from assistant.answering.figures import (
    annualising_skipped,
    asks_choice,
    asks_for_amount,
    asks_for_figure,
    average_for_aggregate,
    average_read_for_aggregate,
    basis_unread,
    capacity_unread,
    choice_unnamed,
    computed_measure_unread,
    count_read_for_money,
    derived_figure_unstated,
    duration_unread,
    exclusion_uncomputed,
    exclusion_unread,
    figures_misread,
    figures_of_other_name,
    figures_off_topic,
    first_sentence,
    gives_figure,
    inclusion_unread,
    ingredients_unread,
    left_out_read,
    margin_unread,
    measure_unquoted,
    money_not_given,
    part_unread,
    per_share_for_bulk,
    per_share_in_bulk,
    per_unit_unread,
    percent_unread,
    points_not_given,
    question_topic,
    rate_not_given,
    ratio_part_unread,
    reported_for_adjusted,
    rows_tell_bases_apart,
    segment_unread,
    share_not_given,
    span_unasked,
    states_amount,
    tells_bases_apart,
    unwrapped,
    valuation_unread,
    weighting_unread,
    year_unasked,
    year_unread,
)


@pytest.mark.parametrize(
    "question",
    [
        "Was there any drop in Cash & Cash equivalents between FY 2023 and Q2 of FY2024?",
        "Does Adobe have an improving operating margin profile as of FY2022? If operating margin is not a "
        "useful metric for a company like this, then state that and explain why.",
        "Has Verizon increased its debt on balance sheet between 2022 and the 2021 fiscal period?",
    ],
)
def test_whether_a_reported_figure_moved_between_periods_wants_the_figures(question):
    assert asks_for_figure(question, about_reports=False)


@pytest.mark.parametrize(
    "question",
    [
        "How much has the effective tax rate of American Express changed between FY2021 and FY2022?",
        "What percentage of revenue came from services in 2019?",
        "Calculate the quick ratio for FY2022.",
        # a choice among the company's parts by how they performed is settled by their figures
        "Excluding currency effects, which division held back Acme's sales growth in 2021?",
        "Which product line grew the fastest in the second quarter of FY2023?",
        "Which region had the highest operating profit contribution in FY2022?",
        # the size of a move asked after a judgement, in one sentence
        "Is net interest income asset-sensitive or liability-sensitive, and what change in net interest income is "
        "estimated for a +200 basis point shock?",
        "What was the increase in operating expenses in 2024?",
        # an amount named as what is asked: a balance, a fair value
        "What balance remained in the restructuring reserve at September 30, 2025?",
        "As of year-end 2025, what fair value of available-for-sale securities was measured using Level 3 inputs?",
    ],
)
def test_amounts_asked_of_the_reports_want_a_figure(question):
    assert asks_for_figure(question, about_reports=True)


@pytest.mark.parametrize(
    "question",
    [
        "What drove operating margin change as of FY2022 for 3M?",  # reasons, not a figure
        "Which debt securities are registered to trade on a national securities exchange?",
        "Is Boeing's business subject to cyclicality?",  # no period: a judgement, not a movement
        "Which year had the highest revenue?",  # a period, answered by its name
        "Which is the largest customer of the company?",  # a standing, often stated in words
        "Does the company have a dividend policy? If margins changed in 2022, explain why.",  # boilerplate
    ],
)
def test_questions_answered_in_words_do_not(question):
    assert not asks_for_figure(question, about_reports=True)


def test_a_customers_how_many_may_be_answered_in_words():
    assert not asks_for_figure("How many days does a transfer take?", about_reports=False)
    assert asks_for_figure("How many days does a transfer take?", about_reports=True)


def test_figures_are_digits_or_number_words_not_citation_markers():
    assert gives_figure("It fell by 42% [1].") and gives_figure("It has three segments.")
    assert not gives_figure("No, there was no drop in cash [1].")
    assert not gives_figure("No drop in cash between FY 2023 and Q2 of FY2024 [1].")  # periods, not figures
    assert gives_figure("Cash fell 42% between FY2023 and Q2 FY2024.")
    assert first_sentence("Is it up? If not, explain.") == "Is it up?"


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("what rate does your cash isa pay", True),
        ("monthly payments if i borrow 5k over 3 years", True),
        ("whats the longest i can take for a 4k loan and whats the apr", True),
        ("got 5k to put in the 95 day account, what will it pay", True),
        ("rate on a 12,000 loan paid through my wages?", True),
        ("What is the fee for a replacement card?", True),
        ("if i cancel in the cooling off period is there a fee", False),  # yes or no
        ("how often does the isa pay interest", False),  # a word: monthly
        ("when do you take fees out of my account", False),
        ("how do i pay my loan", False),
        ("if i pay a lump sum off does my monthly payment drop or does it just finish sooner", False),
        ("what would my monthly repayments be on 5k", True),
        ("interest on 3k in my instant pot?", True),  # the interest a stated sum earns: its rate
        ("whats the interest on the instant pot if i put 30 grand in", True),
        ("when is interest paid on 5k", False),
        ("is the interest on 20k taxed", False),
        ("does the account pay interest", False),
        ("I'm £30 overdrawn on my Classic account, will I pay interest?", False),  # yes or no
    ],
)
def test_a_customer_asking_for_a_sum_or_a_rate(question, amount):
    assert (asks_for_amount(question) is not None) is amount


def test_a_rate_asked_wants_a_percentage_a_sum_any_figure():
    assert asks_for_amount("rate on a 12,000 loan?") == "rate"
    assert asks_for_amount("what does the christmas saver pay") == "rate"
    assert asks_for_amount("how much is the fee") == "sum"
    assert asks_for_amount("interest on 3k in my instant pot?") == "rate"
    assert not states_amount("You can borrow £500 to £25,000 [1].", "rate")
    assert states_amount("Loans of £5,000 or more: 5.9% APR [1].", "rate")


def test_an_amount_is_a_figure_or_nothing_to_pay():
    assert states_amount("It costs £5 [1].") and states_amount("Your first replacement is free [1].")
    assert states_amount("We don't charge for this [1].")
    assert not states_amount("The cash ISA pays tax-free interest [1].")


def test_money_paid_in_a_named_period_wants_the_amount_from_the_reports_only():
    assert asks_for_figure("Did Acme pay a dividend to its shareholders in Q3 of FY2021?", about_reports=True)
    assert not asks_for_figure("Do I pay tax on my ISA interest in 2026?", about_reports=False)


def test_digits_in_a_name_or_a_forms_number_are_no_figure():
    assert not gives_figure("The segment that dragged down 3M's growth is Asia Pacific [1].")
    assert not gives_figure("As the Form 10-K says, it is the consumer segment.")
    assert gives_figure("It fell 5m [1].") and gives_figure("3M's consumer segment shrank 0.9%.")


def test_an_average_per_unit_does_not_answer_an_aggregate():
    question = "What was the aggregate grant-date fair value of the RSUs Acme granted in 2026? USD thousands."
    sources = ["Acme 10-Q — Note 7 — Restricted Stock Unit Activity — Weighted-Average\n"
               "Columns: Units (thousands) | Grant-Date Fair Value ($)\n"
               "Granted | Units (thousands): 1,018 | Grant-Date Fair Value ($): 57.32"]
    assert average_for_aggregate(question, "It was $57.32 thousand [1].", sources) == ["57.32"]
    assert average_for_aggregate("What was the weighted-average grant-date fair value of RSUs granted in 2026?",
                                 "$57.32 [1]", sources) == []
    plain = ["Acme 10-Q — Note 7 — Awards granted\nColumns: Aggregate fair value\nGranted | Aggregate fair value: "
             "58,352"]
    assert average_for_aggregate(question, "$58,352 thousand [1]", plain) == []


def test_an_average_cell_does_not_answer_an_aggregate_and_a_prescribed_unit_demands_a_figure():
    question = "What was the aggregate grant-date fair value of the RSUs granted in 2026? USD thousands."
    assert average_read_for_aggregate(question, "49.18 thousand (Granted, Grant-Date Fair Value per Unit) [1]")
    assert not average_read_for_aggregate(question, "30,098 thousand (Granted, Aggregate fair value) [1]")
    assert asks_for_figure("Annualize the segment's Q3 revenue per student: take its revenue, multiply by four and "
                           "divide by enrollment. Answer in whole dollars.", about_reports=True)


def test_a_count_of_shares_does_not_answer_a_sum_of_money():
    question = "What was the aggregate grant-date fair value of the RSUs granted in 2026? USD thousands."
    assert count_read_for_money(question, "486 (in thousands of shares) (Issued on vesting of RSUs, 2026) [1]")
    assert not count_read_for_money(question, "$ 58,352 (in thousands) (Grant-date fair value, 2026) [1]")
    assert not count_read_for_money("How many RSUs were granted in 2026?", "486 (in thousands of shares) [1]")
    # a count of shares bought times the price paid for them is money
    spent = "How much did the company spend on buybacks in the third quarter? USD millions."
    assert not count_read_for_money(spent, "12.10 million, calculated by finbot as 100,000 (Total Number of Shares "
                                           "Purchased) × 121.00 (Average Price Paid per Share) — Total [1]")
    assert count_read_for_money(spent, "100,000 (Total Number of Shares Purchased, Total) [1]")


def test_the_statement_named_as_the_source_is_no_topic_and_shorthand_is_spelled_out():
    question = "What was Acme's total D&A in FY2025 according to the cash flow statement?"
    assert question_topic(question) == {"depre", "amort"}
    # a balance-sheet line under a title of "Financial statements" is not about depreciation and amortization
    sources = ["Acme 10-K — Financial statements — Consolidated Balance Sheets\n"
               "Accumulated other comprehensive loss | 2025: (55,425)"]
    assert figures_off_topic(question, "$55,425 [1]", sources) == ["55,425"]


def test_a_figure_read_from_a_line_about_something_else_is_off_topic():
    question = "What percent of Acme's total spend on share buybacks in FY2022 occurred in Q4?"
    sources = ["Acme Announces Fourth Quarter Results\nComparable sales increased 15.6%\nNet income rose 8%",
               "During the fourth quarter the Company spent $328.1 million on share buybacks."]
    assert figures_off_topic(question, "15.6% [1]", sources) == ["15.6"]
    assert figures_off_topic(question, "$328.1 million [2]", sources) == []
    # a table row counts with its column header; a figure no source holds is the number check's business
    table = ["Columns: Segment | Buybacks 2022\nNorth | Buybacks 2022: 41.0"]
    assert figures_off_topic(question, "41.0", table) == []
    assert figures_off_topic(question, "99.9", sources) == []
    # a question with nothing but its frame has no topic to hold the figure to
    assert figures_off_topic("What was the total in 2022?", "15.6%", sources) == []
    # the clause around the figure, not a later one of its sentence
    prose = ["Investing activities in fiscal 2024 included $612 million paid for Lumivane Photonics, net of cash "
             "acquired. Financing activities reflect repurchases of $842 million and dividends of $355 million."]
    returned = "How much cash did Acme return to shareholders through buybacks and dividends in FY2025?"
    assert figures_off_topic(returned, "Acme returned $612 million [1].", prose) == ["612"]
    assert figures_off_topic(returned, "Dividends were $355 million [1].", prose) == []


def test_a_figure_in_a_clause_pointing_back_or_on_a_wrapped_line_is_of_what_the_sentence_names():
    question = "What were the noncancellable wafer purchase commitments, and how much of that is due in fiscal 2026?"
    # a PDF keeps the page's line breaks; "of which" is about the commitments named before it
    wrapped = ["Note 14. Other Matters\nTo secure capacity we enter into wafer supply agreements; at year end these "
               "noncancellable purchase commitments totaled $1,384\nmillion, of which $742 million is due in fiscal "
               "2026.\nOther obligations totaled $211 million."]
    assert figures_off_topic(question, "$1,384 million, and $742 million is due in fiscal 2026 [1].", wrapped) == []
    # "…, or 18% of our workforce, …" restates the figure before it
    staff = ["Human capital\nApproximately 1,450 employees, or 18% of our workforce, are covered by collective "
             "bargaining agreements."]
    covered = "How many employees were covered by collective bargaining agreements?"
    assert figures_off_topic(covered, "1,450 employees, 18% of the workforce [1].", staff) == []
    # a new line that starts a sentence of its own is not joined to the one above
    assert figures_off_topic(question, "$211 million [1].", wrapped) == ["211"]
    # table rows stay lines, and so does a line that opens with a capital
    assert unwrapped("Total | 2025: 5\nmore | 2025: 6\nA heading\nSales rose to $5\nmillion in 2025.") == \
        ["Total | 2025: 5", "more | 2025: 6", "A heading", "Sales rose to $5 million in 2025."]


def test_a_generated_share_or_growth_must_be_stated_beside_what_it_is_of():
    sources = ["Results of Operations\nTotal revenues increased 4.2%, and rental revenue increased 5.1%, while "
               "other income fell 1.5%.\nThe weighted average rate was 4.31%.",
               "Debt maturities\nColumns: Year | Principal | Share of total\n2026 | Principal: 120,000 | "
               "Share of total: 5.8%\n2027 | Principal: 664,850 | Share of total: 32.0%"]
    growth = "By what percentage did Acme's rental revenue grow from FY2024 to FY2025?"
    assert derived_figure_unstated(growth, "By 5.1% [1]", sources) == []
    assert derived_figure_unstated(growth, "By 1.5% [1]", sources) == ["1.5"]  # said of other income
    assert derived_figure_unstated(growth, "By 7.3% [1]", sources) == ["7.3"]  # worked out by the model
    share = "What percentage of Acme's total debt principal matures in 2027?"
    assert derived_figure_unstated(share, "32.0% [2]", sources) == []  # the table's title and header say it
    assert derived_figure_unstated(share, "4.31% [1]", sources) == ["4.31"]
    # a clause that only says how the figure moved is about the clause before it
    written = ["In 2025 we wrote $3,307.3 million of net premiums written, an increase of 8.0% over 2024."]
    assert derived_figure_unstated("What was the year-over-year growth in Acme's net premiums written in 2025?",
                                   "It was 8.0% [1].", written) == []
    # a paragraph's first sentence is no title for the rest of it
    paragraph = ["Rental revenue increased 5.1% on new leases and higher rents in every market we serve. "
                 "Other income fell 1.5%."]
    assert derived_figure_unstated(growth, "By 1.5% [1]", paragraph) == ["1.5"]
    # the question's own figures are not the answer's to state; a figure asked outright is not derived
    points = "How many basis points would a 100 basis point rise in rates add to the weighted average rate?"
    assert derived_figure_unstated(points, "100 basis points [1]", sources) == []
    assert derived_figure_unstated("What was the weighted average rate in 2025?", "7.7% [1]", sources) == []
    ratio = "Using total debt from the debt note, what was Acme's debt-to-total-assets ratio at December 31, 2025?"
    assert derived_figure_unstated(ratio, "The rate on our debt was 4.31% [1].", sources) == ["4.31"]
    # asked in a later sentence, per unit, or as a comparison
    funded = "How well funded was Acme's pension plan? Give plan assets as a percentage of the benefit obligation."
    assert derived_figure_unstated(funded, "Plan assets were 342% [1].", sources) == ["342"]
    assert derived_figure_unstated("What was Acme's rental revenue per square foot in 2025?", "$1,642 [1]",
                                   sources) == ["1,642"]
    rooms = ["Rooms\nColumns: Hotels | Rooms\nTotal system | Hotels: 258 | Rooms: 44,486",
             "Comparable hotel statistics: RevPAR increased 5.3% in the nine months."]
    assert derived_figure_unstated("How many rooms were in the system, and what was the net change in rooms during "
                                   "the first nine months?", "44,486 rooms [1]; a net change of 5.3% [2].",
                                   rooms)[-1] == "5.3"
    returned = ["Columns: Line | 2025\nCash dividends declared on common stock | 2025: (46,215)"]
    assert derived_figure_unstated("How much cash did Acme return to shareholders in 2025 through dividends and share "
                                   "repurchases combined?", "Acme returned $46,215 [1].", returned) == ["46,215"]
    # a formula's ingredients are not what the figure is of: the filing's own line for the measure answers it
    tbv = ["Columns: Line | 2025 | 2024\nTangible book value per share | 2025: $20.90 | 2024: $18.83"]
    assert derived_figure_unstated("Using only the balance sheet, compute tangible book value per share at year-end "
                                   "2025: total shareholders' equity "
                                   "less goodwill, divided by shares issued less treasury shares.",
                                   "The documents say: “Tangible book value per share | 2025: $20.90” [1]", tbv) == []
    # a figure built from others: one of them is no answer
    liquidity = ["Liquidity\nAt year end we had cash of $46,255 thousand and undrawn availability of $708,550 "
                 "thousand under the revolving credit facility."]
    assert derived_figure_unstated("What was total liquidity, counting cash plus undrawn availability under the "
                                   "revolving credit facility?", "$708,550 thousand [1]", liquidity) == ["708,550"]
    per_share = ["Columns: Line | 2025 | 2024\nNet loss | 2025: (62,086) | 2024: (70,112)"]
    assert derived_figure_unstated("How much did Acme's net loss per share improve in Q3 2025?",
                                   "It improved by $62,086 [1].", per_share) == ["62,086"]


def test_a_per_share_figure_is_not_answered_with_a_total():
    question = "What was diluted earnings per share for fiscal year 2025?"
    assert per_share_in_bulk(question, "Diluted earnings per share for 2025 was $363.5 million [1].")
    assert not per_share_in_bulk(question, "Net income was $363.5 million, or $5.84 per diluted share [1].")
    assert not per_share_in_bulk("What was net income in 2025?", "It was $363.5 million [1].")
    # a count of shares (in thousands) read for EPS; a per-share figure in cents and dollars is one
    assert per_share_in_bulk("What was diluted EPS for Q3 2025?", "Diluted EPS for Q3 2025 was 74,733 [1].")
    assert per_share_in_bulk("What was diluted EPS growth?", "The documents say: “Diluted | 2025: 39,346.0” [1]")
    assert not per_share_in_bulk("What was diluted EPS for Q3 2025?", "Diluted EPS was 0.07, against (0.13) [1].")
    assert not per_share_in_bulk("What was diluted EPS in 2025?", "It was $1,204.50 on 1,612 shares [1].")
    # a line of a table in millions read for a per-share figure; a per-share row of such a table is one
    book = "What was book value per share at June 30, 2026?"
    assert per_share_in_bulk(book, "3,713.4 (In millions of dollars) (Total stockholders' equity, June 30, 2026) [1]")
    assert not per_share_in_bulk(book, "25.02 (In millions, except per share data) (Book value per share, June 30, "
                                       "2026) [1]")
    # a count of the shares EPS divides by is asked in thousands
    assert not per_share_in_bulk("How many weighted average diluted common shares did Acme use in computing 2025 EPS "
                                 "(in thousands)?", "2025: 96,840 [1]")


def test_a_share_asked_is_a_percentage_of_a_part():
    question = "What proportion of FY2025 net income did it pay out as dividends?"
    assert share_not_given(question, "It paid out $165.0 million as dividends [1].")
    assert share_not_given("What percentage of total investments was in bonds?", "100.0% [1]")
    assert not share_not_given("What percentage of total investments was in bonds?", "83.2% [1]")
    assert not share_not_given("What was net income?", "$363.5 million [1]")


def test_a_sum_of_money_asked_is_not_answered_with_a_share():
    uninsured = ("Acme's MD&A gives an estimate of the share of its deposits that were uninsured. Applying that share "
                 "to total deposits, approximately how much in uninsured deposits did it hold? Answer in USD millions.")
    assert money_not_given(uninsured, "Approximately 26.8% of total deposits at December 31, 2025 [1].")
    assert not money_not_given(uninsured, "About $1,593.5 million, 26.8% of total deposits [1].")
    # a share, margin or rate asked may be answered in percent whatever the scale note says
    assert not money_not_given("What was the operating margin in 2025? Answer in USD millions.", "12.5% [1]")
    assert not money_not_given("What was revenue in 2025?", "It grew 5.1% [1].")


def test_a_move_asked_in_points_is_answered_in_points():
    question = "How many basis points did the average loan yield change in 2025 versus 2024?"
    assert points_not_given(question, "The average loan yield changed 2.7% [1].")
    assert not points_not_given(question, "It rose 12 basis points, from 5.92% to 6.04% [1].")
    assert not points_not_given(question, "Up 12 bps [1].")
    assert not points_not_given("What was the average loan yield in 2025?", "6.04% [1].")


def test_a_cell_read_for_a_computed_or_adjusted_figure_must_be_that_figure():
    compute = "Compute Acme's net debt to EBITDA at the end of 2025, where net debt is total debt minus cash."
    assert computed_measure_unread(compute, "$ 2,070,620 (Total debt, net, 2025) [1]")
    assert computed_measure_unread("Calculate the gross margin for 2025.", "Gross profit: 40 (2025) [1]")
    # the document's own line for the measure is its figure; a question that only asks computes nothing here
    margin = "Compute Acme's restaurant-level operating margin for the second quarter from the income statement."
    assert not computed_measure_unread(margin, "Restaurant-level operating margin: 24.1% (Three Months Ended) [1]")
    assert not computed_measure_unread("What was net debt in 2025?", "Total debt: 9 (2025) [1]")
    excluding = "Excluding the regulatory milestone, what was Acme's collaboration revenue for the first nine months?"
    assert exclusion_unread(excluding, "24,020 (Collaboration and license revenue, Nine Months Ended 2025) [1]")
    assert exclusion_unread("Excluding the impairment, what would net income have been?", "18,600 (Impairment) [1]")
    assert not exclusion_unread("What was revenue excluding fuel in 2024?", "12 (Revenue excluding fuel, 2024) [1]")
    assert not exclusion_unread("What was cost of operations (excluding depreciation) in 2024?",
                                "1,511 (Cost of operations (exclusive of depreciation shown below), 2024) [1]")
    assert not exclusion_unread("What was revenue in 2024?", "12 (Revenue, 2024) [1]")


def test_a_cell_read_for_a_figure_built_from_others_must_not_be_one_of_them():
    liquidity = ("What was total liquidity at December 31, 2025, counting cash and cash equivalents plus undrawn "
                 "availability under the revolving credit facility?")
    assert part_unread(liquidity, "$ 46,255 (Cash and cash equivalents, 2025) [1]")
    assert not part_unread(liquidity, "$ 96,255 (Total liquidity, 2025) [1]")  # the filing's own line for it
    per_well = "Dividing total drilling and completion capital by net wells drilled, what was the cost per well?"
    assert part_unread(per_well, "$ 214,500 (Drilling and completion, Nine Months Ended 2025) [1]")
    net_debt = "What was net debt, defined as total debt minus cash and cash equivalents, at year end 2025?"
    assert part_unread(net_debt, "$ 900 (Total debt, 2025) [1]")
    assert not part_unread(net_debt, "$ 500 (Net debt, 2025) [1]")
    assert not part_unread("What was cash and cash equivalents in 2025?", "$ 46,255 (Cash and cash equivalents) [1]")


def test_a_judgement_backed_by_a_figure_or_a_growth_rate_asks_for_a_figure():
    assert asks_for_figure("Is Acme's debt exposed to floating rates at year-end 2025? Support the answer with the "
                           "fixed-rate share of principal.", about_reports=True)
    assert asks_for_figure("What was Acme's combined same-property NOI growth rate for 2025?", about_reports=True)
    assert not asks_for_figure("Is Acme's debt exposed to floating rates?", about_reports=True)


def test_a_span_of_time_is_not_answered_with_a_sum():
    question = "How long does Acme's management say its cash will last, and which product is exposed?"
    assert duration_unread(question, "$ 260,820 (Product revenue, net, Nine Months Ended 2025) [1]")
    assert not duration_unread(question, "Into 2028 (Cash runway) [1]")
    assert not duration_unread("How long does a Faster Payment take?", "Within 2 hours (Faster Payments) [1]")
    assert not duration_unread("What was product revenue in 2025?", "$ 260,820 (Product revenue) [1]")


def test_a_generated_figure_for_a_total_less_a_part_must_be_stated():
    question = "Excluding the milestone, what was Acme's collaboration revenue for the first nine months of 2025?"
    sources = ["Collaboration revenue was $24.0 million, including a $15.0 million regulatory milestone."]
    assert derived_figure_unstated(question, "It was $3.14 million [1].", sources) == ["3.14"]


def test_an_answer_that_repeats_the_questions_numbers_gives_no_figure():
    question = "Estimate the runway: cash at September 30, 2025 divided by the quarterly burn."
    assert not gives_figure("Estimate the runway: cash at September 30, 2025 divided by the quarterly burn [1].",
                            question)
    assert gives_figure("About 31.1 quarters at September 30, 2025 [1].", question)
    assert gives_figure("30 quarters [1].")
    months = "What was the burn of the first nine months of 2025?"
    assert not gives_figure("The burn of the first nine months of 2025 [1].", months)
    assert gives_figure("Nine million over the first nine months [1].", "What was the burn in 2025?")


def test_a_margin_is_not_answered_with_an_amount():
    question = "What was Acme's adjusted EBITDA margin for fiscal 2025?"
    assert margin_unread(question, "801.2 million (Twelve Months Ended 2025) — EBITDA [1]")
    assert not margin_unread(question, "20.0% (Adjusted EBITDA margin, 2025) [1]")
    assert not margin_unread("What was adjusted EBITDA for fiscal 2025?", "801.2 million (EBITDA, 2025) [1]")
    # the margin asked after a definition: the defined measure alone does not answer it
    defined = ("Define free cash flow as cash from operations minus capital expenditures. What was Acme's free cash "
               "flow margin (as a percentage of net sales) for 2025?")
    assert margin_unread(defined, "Free cash flow for 2025: 155,989 = operating cash flow 274,451 − capital "
                                  "expenditures (118,462).")
    assert not margin_unread("Define free cash flow as cash from operations minus capital expenditures. What was "
                             "Acme's free cash flow for 2025?", "Free cash flow for 2025: 155,989")


def test_a_choice_asked_must_be_named():
    question = "Which asset class is the largest component of the fixed maturity portfolio by fair value in 2025?"
    assert choice_unnamed(question, "The largest component of the fixed maturity portfolio by fair value in 2025 is "
                                    "fixed maturities, at fair value [1].")
    assert not choice_unnamed(question, "Corporate debt securities, at $2,215.7 million of $5,420.0 million [1].")
    notes = "Which of Acme's senior note issues has the largest principal amount, and what was its fair value?"
    assert choice_unnamed(notes, "Acme's senior note issues have the largest principal amount, with a carrying "
                                 "amount of $ 500 [1].")  # the choosing clause names nothing new
    assert not choice_unnamed(notes, "Of the notes, the 3.15% Senior Notes due June 2030 have the largest principal "
                                     "[1].")
    # not a choice: left alone
    assert not choice_unnamed("What was the fair value of the fixed maturity portfolio?", "The fair value of the "
                              "fixed maturity portfolio was the fair value [1].")
    # a period is answered by its name
    assert not choice_unnamed("Which year had the highest revenue?", "The year with the highest revenue [1].")


def test_figures_of_another_year_than_asked():
    question = "How much can the insurance subsidiaries pay in ordinary dividends in 2026 without approval?"
    assert year_unasked(question, "The subsidiaries paid ordinary dividends of $165.0 million in 2025 [1].")
    assert not year_unasked(question, "In 2026 they may pay up to $201.9 million without approval [1].")
    assert not year_unasked(question, "They may pay up to $201.9 million without approval [1].")  # no year said
    # events after the year asked are of later years
    assert not year_unasked("What subsequent events did it disclose after the end of FY2025?",
                            "On February 20, 2026, it raised the facility to $350 million, maturing in 2031 [1].")
    # a fiscal year closes on a date of the next calendar year
    assert not year_unasked("What was revenue in fiscal 2024?", "Revenue for the year ended February 1, 2025 was "
                                                                "$4.2 billion [1].")


def test_a_quarter_is_no_answer_for_a_fiscal_year():
    question = "What was the segment operating margin in fiscal 2025?"
    assert span_unasked(question, "The margin for the three months ended September 27, 2025 was 23.3% [1].")
    assert not span_unasked(question, "The margin for fiscal 2025 was 22.6% [1].")
    assert not span_unasked("What was the margin in the fourth quarter of fiscal 2025?",
                            "The margin for the three months ended September 27, 2025 was 23.3% [1].")


def test_whole_years_are_no_answer_for_a_quarter():
    question = "How many shares did Acme repurchase during the fourth quarter of fiscal 2025?"
    assert span_unasked(question, "During fiscal 2025, 2024 and 2023 we repurchased 3.7 million shares [1].")
    assert not span_unasked(question, "In the fourth quarter of fiscal 2025 we repurchased 1.07 million shares [1].")
    assert not span_unasked(question, "We repurchased 1.07 million shares [1].")  # no span said: left to the others


REPURCHASES = ("Dividends and Share Repurchases\nWe repurchased 0.7 million shares for $60 million in 2025, and $202.0 "
               "million remained available under our share repurchase authorization at December 31, 2025.")
QUARTERS = ("Note 18 — (in thousands, except per share) — Quarter\nColumns: First | Fourth\n"
            "Net sales | First: $ 335,510 | Fourth: $ 498,154\n"
            "Diluted earnings per share | First: $ 0.22 | Fourth: $ 1.03")


def test_a_capacity_left_is_no_amount_spent():
    asked = "How much did the company spend on share repurchases in the fourth quarter of FY2025?"
    assert figures_misread(asked, "It spent $202.0 million on share repurchases [1].", [REPURCHASES]) == ["202.0"]
    assert figures_misread(asked, "It spent $60 million on share repurchases in 2025 [1].", [REPURCHASES]) == []
    left = "How much remained available under the share repurchase authorization at year-end 2025?"
    assert figures_misread(left, "$202.0 million remained available [1].", [REPURCHASES]) == []


def test_a_per_share_figure_is_no_amount_in_millions():
    asked = "How much did the company spend on share repurchases in the fourth quarter?"
    assert figures_misread(asked, "It spent $1.03 million on repurchases [1].", [QUARTERS]) == ["1.03"]
    assert figures_misread("What were diluted earnings per share in the fourth quarter?", "Diluted EPS was $1.03 [1].",
                           [QUARTERS]) == []


def test_a_gross_figure_is_no_net_one_and_a_quarters_no_years():
    note = ("Note 2 — Investments\nAt December 31, 2025, securities in an unrealized loss position had a fair value "
            "of $3,143.6 million and gross unrealized losses of $179.4 million.")
    assert figures_misread("What was the net unrealized gain or loss on the portfolio at year-end 2025?",
                           "The net unrealized gain or loss was $179.4 million [1].", [note]) == ["179.4"]
    assert figures_misread("What were gross unrealized losses at year-end 2025?",
                           "Gross unrealized losses were $179.4 million [1].", [note]) == []
    quarter = ("10-K 2025 — Item 5 — Issuer Purchases of Equity Securities - Fourth Quarter 2025\n"
               "Columns: Shares purchased | Average price paid per share ($)\n"
               "Total | Shares purchased: 354,465 | Average price paid per share ($): 71.43")
    assert figures_misread("What average price did it pay for the shares it repurchased during 2025?",
                           "It paid $71.43 on average [1].", [quarter]) == ["71.43"]
    assert figures_misread("What average price did it pay for shares repurchased in the fourth quarter of 2025?",
                           "It paid $71.43 on average [1].", [quarter]) == []
    # a 10-Q's own title spans nothing of its tables
    balance = ("Acme Form 10-Q Q3 2025 — Item 1 — Balance Sheets\nColumns: September 30, 2025 | December 31, 2024\n"
               "Total current assets | September 30, 2025: 526,990 | December 31, 2024: 537,800")
    assert figures_misread("What were total current assets at September 30, 2025?",
                           "Total current assets were $526,990 thousand [1].", [balance]) == []


def test_cells_read_that_are_not_the_figure_asked():
    colder = "How much colder than normal was 2025 by heating degree days? Express as a percentage, one decimal."
    assert percent_unread(colder, "5,812 (2025); 5,640 (Normal) — Heating degree days [1]")
    assert not percent_unread(colder, "3.0% (Heating degree days, versus normal) [1]")
    assert not percent_unread("What was revenue in 2025?", "$1,200 (Revenue, 2025) [1]")
    leverage = "What net debt to annualized adjusted EBITDAre did the company report at September 30, 2025?"
    assert ratio_part_unread(leverage, "$ 325,652 (Annualized Adjusted EBITDAre, 2025) [1]")
    assert not ratio_part_unread(leverage, "6.0x (Net debt to annualized adjusted EBITDAre, 2025) [1]")
    electric = "What was the YoY change in the Electric segment's O&M expense from FY2024 to FY2025?"
    assert segment_unread(electric, "Other operation and maintenance 2025 — Consolidated Statements of Income")
    assert not segment_unread(electric, "Other operation and maintenance, Electric 2025 — Segment information")
    line = "What retention ratio did Acme's specialty property line run in the first nine months of 2026?"
    assert segment_unread(line, "Total net premiums written 2026 — Premiums by line of business")
    assert not segment_unread(line, "Specialty property net premiums written 2026 — Premiums by line of business")
    assert not segment_unread("What was Acme's top line in 2025?", "Total revenues 2025")
    assert not segment_unread("Treating SG&A as the opex line, what was Acme's SG&A-to-sales ratio in 2025?",
                              "SG&A-to-sales ratio for 2025: 19.7% = selling, general and administrative 1,051")
    assert segment_unread("What loss ratio did the marine line of business run in 2025?", "Loss ratio 2025: 61%")
    assert not segment_unread("What was O&M expense in 2025?", "Other operation and maintenance 2025")


def test_a_total_is_no_figure_per_unit():
    acquired = ("Acquisitions — Nine months ended September 30, 2025\nColumns: Square feet | Purchase price\n"
                "Total | Square feet: 556 | Purchase price: $ 78,450")
    asked = "What was the average purchase price per square foot of the properties acquired in the nine months?"
    assert figures_misread(asked, "It was $ 78,450 per square foot [1].", [acquired]) == ["78,450"]
    rooms = "Operating statistics\nRevenue per available room (RevPAR) | 2025: $ 141.07"
    assert figures_misread("What was revenue per available room in 2025?", "RevPAR was $141.07 [1].", [rooms]) == []


def test_a_margin_given_from_a_sum_of_money_and_a_price_from_a_count_of_shares_are_misread():
    overview = "Overview\nThird-quarter revenues were $758 million, and diluted earnings per share were $2.41."
    asked = "What adjusted (non-GAAP) operating margin did Acme report for the third quarter of 2025?"
    assert figures_misread(asked, "Acme reported an adjusted operating margin of 2.41 [1].", [overview]) == ["2.41"]
    assert figures_misread(asked, "It was 41.0%, on revenues of $758 million [1].", [overview]) == []
    eps = ("Form 10-Q — 10. Earnings per Share — (shares in thousands)\n"
           "Weighted-average shares — basic | Three Months Ended 2025: 78,412 | Nine Months Ended 2025: 78,921")
    bought = "How many shares did Acme buy back in the third quarter of 2025 and at what average price?"
    assert figures_misread(bought, "Acme bought back shares at $78,921 per share [1].", [eps]) == ["78,921"]
    assert figures_misread("What were weighted-average basic shares in the nine months?",
                           "Basic weighted-average shares were 78,921 thousand [1].", [eps]) == []


def test_a_figure_read_under_another_span_than_the_one_asked_is_misread():
    roll = ("AUM Roll-Forward (in billions)\nColumns: Three Months Ended 2025 | Nine Months Ended 2025\n"
            "Foreign exchange | Three Months Ended 2025: (0.8) | Nine Months Ended 2025: 4.1")
    asked = "What was the foreign exchange impact on AUM over the nine months ended September 30, 2025?"
    assert figures_misread(asked, "The impact was 0.8 [1].", [roll]) == ["0.8"]
    assert figures_misread(asked, "The impact was $4.1 billion [1].", [roll]) == []
    annual = "AUM (in billions)\nColumns: 2025 | 2024\nForeign exchange | 2025: 0.8 | 2024: 1.1"
    assert figures_misread(asked, "The impact was 0.8 [1].", [annual]) == []  # a column naming no span: left alone


def test_the_span_and_dates_of_a_question_are_no_part_of_its_topic():
    assert question_topic("How much cash did it pay out in dividends in the first nine months of 2025?") == {
        "cash", "divid"}
    assert question_topic("What was net revenue for the three months ended September 30, 2025?") == {"reven"}


def test_a_figure_on_another_basis_is_read_only_from_cells_that_say_so():
    asked = "What constant-currency sales growth did Orvanta report for its Neurovascular line in Q2 2025?"
    assert basis_unread(asked, "Neurovascular 2025 Neurovascular 2024")
    assert not basis_unread(asked, "Neurovascular Constant currency growth")
    assert basis_unread("What was organic revenue growth in 2025?", "Revenue 2025 Revenue 2024")
    assert not basis_unread("What was revenue growth in 2025?", "Revenue 2025 Revenue 2024")
    # adjusted and non-GAAP name one basis; a reconciliation's GAAP line is not the adjusted one
    adjusted = "What adjusted (non-GAAP) operating margin did Acme report for Q3 2025?"
    assert not basis_unread(adjusted, "Adjusted operating margin 41.0%")
    assert basis_unread(adjusted, "Operating margin 33.0%")
    assert reported_for_adjusted(adjusted, "33.0% (Three Months Ended 2025) — Operating margin (GAAP)(1)")
    assert not reported_for_adjusted(adjusted, "41.0% — Adjusted operating margin (non-GAAP)")
    assert not reported_for_adjusted("What was the operating margin?", "33.0% — Operating margin (GAAP)")


def test_a_sum_of_money_asked_is_not_a_figure_per_share():
    returned = "How much cash did Acme return to shareholders through buybacks and dividends in FY2025?"
    assert per_share_for_bulk(returned, "$ 1.44 (Cash dividends declared per share, Fiscal 2025) [1]")
    assert not per_share_for_bulk(returned, "$1,197 million (Cash returned to shareholders, Fiscal 2025) [1]")
    assert not per_share_for_bulk("What dividend per share did Acme declare in Q3?", "$0.80 per share")
    assert not per_share_for_bulk("What were total revenues for 2025, in thousands of US dollars?",
                                  "800,741 (in thousands, except per share data) (Total revenues, 2025) [1]")


def test_what_is_available_to_borrow_is_not_the_amount_drawn():
    asked = "How much was available for borrowing under the revolving credit facility at December 31, 2025?"
    assert capacity_unread(asked, "— (Revolving credit facility, due 2029, 2025) [1]")
    assert not capacity_unread(asked, "$237.6 million (Availability under the revolving credit facility, 2025) [1]")
    assert not capacity_unread("How much was drawn on the revolving credit facility?", "— (Revolving credit facility)")


def test_named_ingredients_must_each_be_read():
    fare = ("Using passenger revenue from the statement of operations and passengers enplaned from the operating "
            "statistics, what was the average passenger fare in 2025?")
    assert ingredients_unread(fare, "Passenger 2024 Passenger 2025")  # one line twice: no passengers enplaned
    assert not ingredients_unread(fare, "Passenger revenue 2025 Passengers enplaned (thousands) 2025")
    yield_ = "What was the passenger yield in 2023, computed from passenger revenue and RPMs in the statistics?"
    assert ingredients_unread(yield_, "14.42 (Passenger revenue per ASM (cents), 2023)")
    assert not ingredients_unread(yield_, "Passenger revenue 2023 Revenue passenger miles (RPMs) 2023")
    assert not ingredients_unread("What was passenger revenue in 2023?", "Passenger 2023")
    # "…, roughly how much": the ask may open on a hedge
    fuel = ("Using the average fuel price per gallon and the gallons used that the MD&A discusses, roughly how much "
            "was spent on fuel in 2025?")
    assert ingredients_unread(fuel, "$3.41 [1]")


def test_which_of_named_things_is_a_choice_and_which_year_is_not():
    assert asks_choice("Between cargo revenue and other revenue, which grew faster from 2024 to 2025?")
    assert not asks_choice("In which year was cargo revenue higher?")


def test_the_day_of_a_date_is_no_figure_of_the_answer():
    asked = "How much was available for borrowing under the revolving credit facility at December 31, 2025?"
    answer = "The revolving credit facility had $237.6 million available for borrowing at December 31, 2025 [1]."
    source = "At December 31, 2025, $237.6 million was available for borrowing under the revolving credit facility."
    assert figures_off_topic(asked, answer, [source]) == []
    assert figures_misread(asked, answer, [source]) == []


def test_a_row_that_states_its_rate_unit_answers_a_figure_per_unit():
    asked = "What was the passenger yield in 2023, in cents per revenue passenger mile?"
    table = "Operating statistics\nColumns: 2025 | 2023\nPassenger yield (cents) | 2025: 17.87 | 2023: 17.57"
    assert figures_misread(asked, "The passenger yield in 2023 was 17.57 cents [1].", [table]) == []
    rent = "What was the average rent per square foot in 2025?"
    assert figures_misread(rent, "Rent was $1,234 [1].", ["Rental income | 2025: $ 1,234"]) == ["1,234"]


def test_a_debts_principal_is_not_its_carrying_amount():
    asked = "What was the net carrying amount of the 1.25% Convertible Senior Notes due 2029 at June 30, 2025?"
    table = ("Debt\nColumns: June 30, 2025 | December 31, 2024\n1.25% Convertible Senior Notes due 2029 – principal | "
             "June 30, 2025: $ 575.0 | December 31, 2024: $ 575.0\nConvertible notes, net | June 30, 2025: 566.8")
    assert figures_misread(asked, "The net carrying amount was $575.0 million [1].", [table]) == ["575.0"]
    assert figures_misread(asked, "The net carrying amount was $566.8 million [1].", [table]) == []
    assert figures_misread(asked, "The 1.25% notes' net carrying amount was $566.8 million [1].", [table]) == []
    assert figures_misread("What was the principal of the notes?", "It was $575.0 million [1].", [table]) == []


def test_a_table_whose_columns_give_several_bases_tells_them_apart():
    assert tells_bases_apart(["2025", "2024", "Reported change", "Constant currency change"])
    assert not tells_bases_apart(["Three Months Ended September 30, 2025", "Three Months Ended September 30, 2024"])
    # "comparable hotel occupancy" read from a table titled for comparable hotels, whose rows say only "Occupancy"
    title = "Comparable Hotel Operating Statistics"
    assert not basis_unread("How did comparable hotel occupancy change in Q3 2025?", f"Occupancy 2025 {title}")
    # a line printed both plain and on the basis ('EBITDA', then 'Adjusted EBITDA') tells them apart by its rows
    assert rows_tell_bases_apart(["Net income", "EBITDA", "Share-based compensation", "Adjusted EBITDA"])
    assert not rows_tell_bases_apart(["Comparable rooms revenue (in thousands)", "RevPAR", "Occupancy"])


def test_a_figure_read_only_from_a_row_of_another_kind_is_misread():
    asked = "What was the average cash rent change across new and renewal leases in the quarter?"
    table = ("Leasing statistics\nCash rent change — new leases | 38.6% | 41.2%\n"
             "Straight-line rent change — new leases | 55.1% | 58.3%")
    assert figures_misread(asked, "The cash rent change was 58.3% [1].", [table]) == ["58.3"]
    assert figures_misread(asked, "The cash rent change was 38.6% [1].", [table]) == []
    prose = table + "\nCash rent change on all leases averaged 58.3% in the year."
    assert figures_misread(asked, "The cash rent change was 58.3% [1].", [prose]) == []


def test_what_a_figure_must_include_and_a_percentage_asked_in_an_instruction():
    liquidity = "What total available liquidity did Acme report at December 31, 2025, including cash? USD millions."
    assert inclusion_unread(liquidity, "$ 1,974 (Total, Available capacity) [1]")
    assert not inclusion_unread(liquidity, "2,012 (Total liquidity, including cash and cash equivalents) [1]")
    assert not inclusion_unread("What was total revenue in 2025?", "5 (Total revenue)")
    asked = "How large was total lease cost relative to net sales in Q2 fiscal 2026? Percent, two decimals."
    assert percent_unread(asked, "$ 283,137 (Thirteen Weeks Ended August 1, 2026) — Net sales [1]")
    assert not percent_unread(asked, "8.76% (Lease cost to net sales)")


def test_a_calculation_that_leaves_in_what_the_question_takes_out_and_net_additions():
    asked = "Excluding cost reimbursement revenue, what share of Q2 2025 total revenues came from rooms?"
    assert exclusion_uncomputed(asked, "Rooms Three Months Ended 2025 Total revenues Three Months Ended 2025")
    assert not exclusion_uncomputed(asked, "Rooms Total revenues Cost reimbursement revenue")
    assert not exclusion_uncomputed("What share of total revenues came from rooms?", "Rooms Total revenues")
    # every operand is the thing the question leaves out: the average of the term loan, asked without it
    coupon = ("What was the average coupon rate of the fixed-rate notes (exclude the floating-rate term loan)? Two "
              "decimals.")
    loan = ["Term loan due 2028 (floating rate) 2024", "Term loan due 2028 (floating rate) 2025"]
    assert exclusion_uncomputed(coupon, " ".join(loan), loan)
    total = ["Total revenues 2025", "Cost reimbursement revenue 2025"]
    assert not exclusion_uncomputed(asked, " ".join(total), total)  # the whole less the part: taken out


def test_a_weighted_average_is_no_plain_mean_of_a_rows_periods():
    asked = "Weighting by principal outstanding, what was the average coupon of the senior notes at December 31, 2025?"
    assert weighting_unread(asked, "average", ["Senior notes 2024", "Senior notes 2025"])
    assert not weighting_unread(asked, "sum", ["Senior notes 2024", "Senior notes 2025"])
    shares = "What was the average of weighted-average diluted shares over 2024 and 2025?"
    assert not weighting_unread(shares, "average", ["Weighted-average diluted shares 2024",
                                                    "Weighted-average diluted shares 2025"])
    assert not weighting_unread("What was average revenue over 2024 and 2025?", "average", ["Revenue 2024"])
    added = "How many hotels did the system add, net, between December 31, 2024 and June 30, 2025?"
    assert derived_figure_unstated(added, "The system added 376 hotels [1].", ["Total system | 2025: 376"])
    # what is left to draw, asked of a quote that gives only what was drawn
    left = "How much remained available under the revolving credit facility at June 30, 2025?"
    assert capacity_unread(left, "At June 30, 2025, we had $118.0 million of borrowings outstanding.")


def test_a_quote_that_never_names_the_measure_asked_is_no_answer_to_it():
    quote = ("The documents say: \u201cOur comparable owned and leased hotels consisted of 31 hotels with 9,846 rooms "
             "in each period presented.\u201d")
    assert measure_unquoted("What was comparable-hotel RevPAR for Alderbay in Q2 2025?", quote)
    assert not measure_unquoted("What was comparable-hotel RevPAR for Alderbay in Q2 2025?",
                                "The documents say: \u201cComparable RevPAR was $223.07, up 3.1%.\u201d")
    assert not measure_unquoted("What were Acme's total revenues for fiscal 2025?",
                                "The documents say: \u201cOil and gas revenues | 2025: $ 788,335\u201d")
    assert not measure_unquoted("How seasonal is the business?", quote)  # not a "what was X" question


def test_ingredients_that_are_spans_are_read_as_the_columns_of_those_spans():
    asked = "Using the quarter and year-to-date columns, what net income did Acme earn in the first quarter of 2025?"
    assert not ingredients_unread(asked, "Net income Six Months Ended 2025 Net income Three Months Ended 2025")
    assert ingredients_unread(asked, "Net income Three Months Ended 2025 Net income Three Months Ended 2024")


def test_an_analysts_question_after_a_sentence_of_context_is_read_for_its_ask():
    assert asks_for_figure("Management expects total pre-tax charges for the program. After the charges recorded in "
                           "fiscal 2024 and 2025, how much of that total remains to be recognized?", about_reports=True)
    assert not asks_for_figure("Management expects total pre-tax charges for the program. Why?", about_reports=True)


def test_a_move_in_points_is_no_change_of_amounts():
    from assistant.answering.figures import points_from_amounts

    question = "How many percentage points did China's share of revenue change from fiscal 2024?"
    assert points_from_amounts(question, "change", ["China 2025 418,233", "China 2024 402,716"])
    assert not points_from_amounts(question, "change", ["Gross margin 2025 46.5%", "Gross margin 2024 44.0%"])
    assert not points_from_amounts("How much did China's revenue change?", "change", ["China 2025 418,233"])


def test_a_sum_of_money_asked_is_not_answered_with_ratios():
    from assistant.answering.figures import money_not_given

    question = ("Did Acme have any borrowings under its revolving credit facility at year-end? How much of the "
                "facility was available after letters of credit? Answer in millions to one decimal.")
    assert money_not_given(question, "No borrowings were outstanding [1]. It must keep a leverage ratio of 3.5 to 1.0.")
    assert not money_not_given(question, "No borrowings were outstanding; $246.6 million was available [1].")


def test_a_quarters_figure_is_not_read_from_a_sentence_about_the_year_to_date():
    from assistant.answering.figures import figures_misread

    source = ("Net sales for the third quarter increased 4.3%. Comparable sales increased 3.1% in the third quarter. "
              "Year to date, comparable sales increased 2.2%.")
    question = "What was Acme's comparable sales change in Q3 FY2025?"
    assert figures_misread(question, "Comparable sales increased 2.2% in Q3 [1].", [source]) == ["2.2"]
    assert figures_misread(question, "Comparable sales increased 3.1% in Q3 [1].", [source]) == []


def test_a_figure_read_only_from_the_columns_of_other_years_is_misread():
    asked = "What was Acme's total backlog at December 31, 2025?"
    table = "Backlog\nColumns: 2025 | 2024\nBacklog at December 31 | 2025: 195 | 2024: 211"
    assert figures_misread(asked, "Total backlog at December 31, 2025 was $211 million [1].", [table]) == ["211"]
    assert figures_misread(asked, "Total backlog at December 31, 2025 was $195 million [1].", [table]) == []
    # a quoted row that gives the year asked beside the others; a fiscal year that closes early in the next year
    assert figures_misread(asked, "“Backlog at December 31 | 2025: 195 | 2024: 211” [1]", [table]) == []
    fiscal = "Columns: January 31, 2026 | January 31, 2025\nBacklog | January 31, 2026: 88 | January 31, 2025: 80"
    fiscal_asked = "What was backlog at the end of fiscal 2025?"
    assert figures_misread(fiscal_asked, "Backlog was $88 million [1].", [fiscal]) == []


def test_a_cell_read_for_a_year_whose_labels_name_only_other_years():
    asked = "What was Quillmark's total stockholders' equity at December 31, 2023?"
    assert year_unread(asked, "262,900 (December 1 – December 31, 2025, Total number of shares) [1]")
    assert not year_unread(asked, "4,444.9 million (Balance at December 31, 2023, Total stockholders' equity) [1]")
    # a fiscal year's closing date in the next calendar year; a cell that names no year; a question with none
    assert not year_unread("What were fiscal 2025 net sales?", "5,340 (Net sales, January 31, 2026) [1]")
    assert not year_unread(asked, "4,444.9 (Total stockholders' equity) [1]")
    assert not year_unread("What was total equity?", "4,444.9 (Balance at December 31, 2023, Total) [1]")
    # the opening balance of a year is the last year's closing one
    assert not year_unread("What was the allowance at the beginning of 2025?",
                           "77,558 (Balance at December 31, 2024, Allowance) [1]")


def test_a_cell_of_only_what_the_question_leaves_out():
    asked = "Before netting recoveries, how much in loans did Tamsworth Valley charge off during 2025?"
    assert left_out_read(asked, "3,227 thousand (Recoveries, 2025) [1]")
    assert not left_out_read(asked, "13,540 thousand (Loans charged off, 2025) [1]")
    assert not left_out_read("Excluding the term loan, what was total debt?", "1,200 (Total debt, 2025) [1]")
    assert not left_out_read("What were recoveries in 2025?", "3,227 (Recoveries, 2025) [1]")


def test_a_cell_at_another_valuation_than_asked():
    asked = ("What was the fair value of the held-to-maturity securities portfolio at December 31, 2025 (the portfolio "
             "is carried at amortized cost on the balance sheet)?")
    assert valuation_unread(asked, "374,088 (Securities held to maturity, at amortized cost, 2025) [1]")
    assert not valuation_unread(asked, "340,016 (Held to maturity, Fair value) [1]")
    assert not valuation_unread(asked, "340,016 (Held to maturity, 2025) [1]")  # no valuation named: not told
    assert valuation_unread("What was the amortized cost of securities available for sale?",
                            "512,300 (Available for sale, Fair value) [1]")


def test_a_figure_held_only_beside_another_name_than_the_one_asked():
    asked = ("How much remaining borrowing capacity did Tamsworth Valley have at the Federal Home Loan Bank of "
             "Pittsburgh at December 31, 2025?")
    sources = ["Liquidity\nAt December 31, 2025, we had remaining borrowing capacity of $1.84 billion at the Federal "
               "Home Loan Bank of Pittsburgh, and $612 million of available capacity at the Federal Reserve discount "
               "window."]
    cover = "Tamsworth Valley Bancorp, Inc. Annual Report on Form 10-K"
    assert figures_of_other_name(asked, "It had $612 million at the Federal Reserve discount window [1].", sources,
                                 cover) == ["612"]
    assert figures_of_other_name(asked, "It had $1.84 billion [1].", sources, cover) == []
    # the company named with its possessive is the cover's name, not one the figure's clause must give
    deposits = ["Tamsworth Valley Bancorp had $9.1 billion of assets.", "Total deposits | 2024: 7,260,000"]
    assert figures_of_other_name("How large was Tamsworth Valley's deposit base in 2024?", "It was 7,260,000 [1].",
                                 deposits, cover) == []
    # a clause of the figure that names nobody else, after a clause naming the one asked
    contract = ["In December, Hollins Water, one of our customers, signed a contract worth 22.5 million pounds."]
    assert figures_of_other_name("How much is the Hollins Water contract worth?", "It is worth 22.5 million pounds "
                                 "[1].", contract) == []
    # the company's own name is in no clause of figures: no name to hold them to
    assert figures_of_other_name("What was Acme Corp's revenue in 2025?", "Revenue was $5 million [1].",
                                 ["Revenue was $5 million in 2025."], "Acme Corp 10-K") == []



def test_a_tax_rate_is_a_percentage_and_a_debts_fair_value_is_not_its_principal():
    rate = "What was the effective income and mining tax rate for the three months ended June 30, 2026?"
    assert percent_unread(rate, "-105.9 (Income and mining tax expense, Three Months Ended June 30 2026) [1]")
    assert not percent_unread(rate, "28.0% (Effective tax rate, Three Months Ended June 30 2026) [1]")
    fair = "Per the debt footnote, what was the fair value of the senior notes at June 30, 2026?"
    assert valuation_unread(fair, "750.0 (5.625% Senior Notes due June 2034, June 30, 2026) [1]")
    assert not valuation_unread(fair, "1,362.5 (Senior notes, Fair value) [1]")
    assert not valuation_unread("What was the principal of the senior notes at June 30, 2026?",
                                "750.0 (5.625% Senior Notes due June 2034, June 30, 2026) [1]")


def test_a_figure_per_unit_is_not_a_total_in_thousands():
    question = ("Dividing total drilling and completion capital by net wells drilled, what was the D&C cost per net "
                "well?")
    assert per_unit_unread(question, "$ 332,890 thousand (Total capital expenditures, 2025) [1]")
    assert not per_unit_unread(question, "$ 4,359 thousand (Average D&C cost per net well, 2025) [1]")
    assert not per_unit_unread("What was revenue per available room in 2025?", "$ 142.10 (RevPAR, 2025) [1]")
    # a measure per unit by its industry's name, answered with a total in millions
    assert per_unit_unread("What was RevPAR for the comparable hotels in 2025?",
                           "RevPAR for the comparable hotels in 2025 was $7.5 million [1].")
    assert not per_unit_unread("What was ARPU in the third quarter?", "ARPU in the third quarter was $41.20 [1].")
    assert not per_unit_unread("What was passenger revenue per available seat mile in Q2?", "$ 3,142 million "
                               "(Passenger revenue 2025); 15.83 (PRASM (cents) 2025) [1]")
    assert not per_unit_unread("Per the reserve table, what was the reserve at the end of 2025?", "$511.4 million "
                               "(Reserves at end of year, 2025) [1]")
    assert not per_unit_unread("What were capital expenditures per year on average?", "$ 332,890 thousand (Total "
                               "capital expenditures, 2025) [1]")


def test_an_amount_in_a_scale_asked_is_not_a_percentage_read():
    from assistant.answering.figures import amount_read_as_percent
    asked = "Report the top line for fiscal 2025: net operating revenues in USD millions."
    assert amount_read_as_percent(asked, "100.0% (Net operating revenues, Revenues) [1]")
    assert not amount_read_as_percent(asked, "$7,863.9 million (Net operating revenues, 2025) [1]")
    assert not amount_read_as_percent("What was the operating margin in USD millions and as a percentage?",
                                      "12.5% (Operating margin, 2025) [1]")


def test_a_rate_asked_is_not_answered_with_a_sum_of_money_computed():
    debt_to_capital = ("Calculate Acme's debt-to-capital ratio at December 31, 2025, where total debt = notes + "
                       "commercial paper, and debt-to-capital = total debt / (total debt + equity).")
    assert rate_not_given(debt_to_capital, "Total debt for 2025: 10,228.5 = notes 9,652.0 + commercial paper 576.5.")
    assert not rate_not_given(debt_to_capital, "Debt-to-capital for 2025: 51.5% = total debt 10,228.5 ÷ …")
    roe = "What return on average equity did Acme earn in FY2025? Use net income and the average of equity."
    assert rate_not_given(roe, "9,400.2 (Millions of dollars), calculated by finbot as (9181.9 + 9618.5) / 2 [1]")
    assert not rate_not_given(roe, "7.4%, calculated by finbot as 695.6 / 9,400.2 × 100 [1]")
    fcf = ("Define free cash flow as operating cash flow less capital expenditures. What was FCF in 2025, and what "
           "was FCF as a percentage of net income?")
    assert not rate_not_given(fcf, "Free cash flow for 2025: 260,059 = 328,471 − 68,412. FCF as a percentage of net "
                                   "income for 2025: 84.6% = 260,059 ÷ 307,400 × 100.")
    assert not rate_not_given(fcf, "Free cash flow for 2025: 260,059 = 328,471 − 68,412.")  # its first part
    assert not rate_not_given("What was the debt-to-equity ratio in 2025?", "Debt to equity for 2025: 0.74 = …")
    # a rate base is money; so is an amount asked beside a rate
    assert not rate_not_given("What was the electric rate base at the end of 2025?", "19,763.7 (Millions of dollars)")
    assert not rate_not_given("How much was net income and what percentage of revenue was it?", "1,204.0 (2025)")


def test_an_annualised_figure_asked_is_scaled_to_a_year():
    asked = "What annualized return on average equity did Acme earn in Q3? Annualize net income (x4)."
    assert annualising_skipped(asked, "71140 / ((1609815 + 1417908) / 2) * 100")
    assert not annualising_skipped(asked, "71140 * 4 / ((1609815 + 1417908) / 2) * 100")
    assert not annualising_skipped("What was return on average equity in 2025?", "695.6 / 9400.2 * 100")
    assert not annualising_skipped("What was return on average equity for the first half (not annualized)?",
                                   "52.1 / ((880.4 + 902.6) / 2) * 100")



def test_a_parts_share_of_a_whole_is_not_the_wholes_own_share_of_the_total():
    from assistant.answering.figures import share_of_part_unread

    asked = "What share of gross landfill revenue in 2025 was intercompany, i.e. from the company's own trucks?"
    assert share_of_part_unread(asked, "13.1% (2025 % of Total) — Landfill [1]")
    assert not share_of_part_unread(asked, "41.5% (Intercompany, % of gross landfill revenue) [1]")
    assert not share_of_part_unread("What share of total revenue came from Landfill in 2025?",
                                    "13.1% (2025 % of Total) — Landfill [1]")


def test_a_balance_asked_at_one_date_is_not_read_at_another_date_of_that_year():
    from assistant.answering.figures import date_unread, share_not_given

    asked = "What was total equity, noncontrolling interests included, at June 30, 2025?"
    assert date_unread(asked, "128,460 (Noncontrolling interests, December 31, 2025) [1]")
    assert not date_unread(asked, "3,433,642 (Balance at June 30, 2025, Total Equity) [1]")
    assert not date_unread("What was total equity in 2025?", "3,433,642 (Total equity, December 31, 2025) [1]")
    # "how large a slice" asks a share: an amount is none
    assert share_not_given("How large a slice of the segment's sales was hot-rolled coil?", "It sold 412,680 [1].")


def test_a_ratio_asked_is_not_answered_with_the_two_sums_it_divides():
    from assistant.answering.figures import ratio_not_given

    asked = "For the expedition brand, how did 2025 capex compare with its D&A? Give the ratio."
    assert ratio_not_given(asked, "Capital expenditures were $1,682 compared to D&A of $772 [1].")
    assert not ratio_not_given(asked, "The ratio was 2.18x ($1,682 over $772) [1].")
    assert not ratio_not_given("What was revenue in 2025?", "$1,200 million [1].")


def test_an_instruction_opening_a_sentence_names_no_segment():
    asked = ("What operating margin did the Infrastructure segment earn in 2024? Compute segment operating income "
             "over segment revenue.")
    assert not segment_unread(asked, "Operating margin (Infrastructure) for 2024: 7.49%")
    assert segment_unread(asked, "Operating margin for 2024: 5.4%")
