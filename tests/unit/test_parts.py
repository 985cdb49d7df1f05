from assistant.answering.parts import left_open, split_question


def test_a_figure_and_something_about_it_are_two_asks():
    parts = split_question("What was Ossenfield's backlog at the end of fiscal 2025, and how much did it grow from "
                           "the end of fiscal 2024?")
    assert parts.first == "What was Ossenfield's backlog at the end of fiscal 2025?"
    assert parts.rest == "how much did it grow from the end of fiscal 2024?"
    assert "how much did it grow" in left_open(parts)


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
    # the first part asks nothing
    assert split_question("Excluding acquisitions, and what was organic growth?") is None
