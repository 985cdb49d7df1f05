from assistant.answering.parts import left_open, split_question


def test_a_figure_and_something_about_it_are_two_asks():
    parts = split_question("What was Ossenfield's backlog at the end of fiscal 2025, and how much did it grow from "
                           "the end of fiscal 2024?")
    assert parts.first == "What was Ossenfield's backlog at the end of fiscal 2025?"
    assert parts.rest == "how much did it grow from the end of fiscal 2024?"
    assert left_open(parts) == "I could not answer the second part of the question from the documents."


def test_instructions_after_the_question_serve_the_first_ask():
    parts = split_question("What was the fair value of held-to-maturity securities at December 31, 2025, and by how "
                           "much did it fall short of their amortized cost? Answer in USD thousands.")
    assert parts.first == ("What was the fair value of held-to-maturity securities at December 31, 2025? Answer in "
                           "USD thousands.")


def test_one_ask_is_left_whole():
    assert split_question("What were cash and cash equivalents and short-term investments in 2025?") is None
    assert split_question("What was revenue in 2025?") is None
    # a list of items joined by "and" is one ask
    assert split_question("How much did it spend on dividends, and share repurchases in 2025?") is None
    # the first part asks nothing, or asks for a judgement rather than a figure
    assert split_question("Excluding acquisitions, and what was organic growth?") is None
    assert split_question("Is net interest income asset-sensitive or liability-sensitive at year-end 2025, and what "
                          "change is estimated for a +200 basis point shock?") is None
    assert split_question("Using the cash flow statement, how much did it spend on capital expenditures in 2025, and "
                          "what was that as a percentage of net sales?").first.startswith("Using the cash flow")


def test_a_second_ask_joined_by_and_what_without_a_comma():
    parts = split_question("What was Acme's adjusted EBITDA for fiscal 2025 and what margin on net sales does that "
                           "imply?")
    assert parts.first == "What was Acme's adjusted EBITDA for fiscal 2025?"
    assert parts.rest == "what margin on net sales does that imply?"
    # "and was", "and is" without a comma may sit inside one ask
    assert split_question("What share of revenue came from products that were sold and was it rising in 2025?") is None
