from assistant.answering.parts import left_open, second_ask, split_question


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


def test_an_instruction_naming_what_only_the_second_ask_asks_for_stays_with_it():
    parts = split_question("What was Acme's adjusted EBITDA for fiscal 2025 and what margin on net sales does that "
                           "imply? Give the margin to one decimal.")
    assert parts.first == "What was Acme's adjusted EBITDA for fiscal 2025?"
    assert second_ask(parts) == ("What was Acme's adjusted EBITDA for fiscal 2025 as a percentage of net sales? Give "
                                 "the margin to one decimal.")


def test_the_second_ask_stands_alone_with_the_first_asks_figure_for_that_or_it():
    def second(question):
        return second_ask(split_question(question))

    assert second("Using the cash flow statement, how much did Acme spend on capital expenditures in fiscal 2025, "
                  "and what was that as a percentage of net sales?") == (
        "What was capital expenditures in fiscal 2025 as a percentage of net sales?")
    assert second("What were Acme's total undiscounted lease payments at June 28, 2025, and what percentage of that "
                  "total was imputed interest (one decimal)?") == (
        "What was imputed interest as a percentage of Acme's total undiscounted lease payments at June 28, 2025? "
        "(one decimal)")
    assert second("What was Acme's backlog at the end of fiscal 2025, and how much did it grow from the end of "
                  "fiscal 2024?") == (
        "How much did Acme's backlog at the end of fiscal 2025 grow from the end of fiscal 2024?")
    # nothing in the second ask stands for the first ask's figure, nor names a figure of its own
    assert second("What was revenue in 2025, and how many stores were open at year-end?") is None
    # a second ask that names its own figure stands as written
    assert second("What did Acme's lease liabilities total at year-end, and what percentage of the "
                  "undiscounted lease payments was imputed interest (one decimal)?") == (
        "What percentage of the undiscounted lease payments was imputed interest? (one decimal)")
