import pytest

from assistant.retrieval.rewrite import Rewrite, is_followup, standalone_query


def test_first_question_is_unchanged():
    assert standalone_query("What was revenue in 2024?", []) == Rewrite("What was revenue in 2024?", "unchanged")


def test_year_followup_swaps_the_year():
    rewrite = standalone_query("and in 2023?", ["What was revenue in 2024?"])
    assert rewrite == Rewrite("What was revenue in 2023?", "other-years")


def test_chain_of_followups_builds_on_the_rewritten_query():
    history = ["What was operating profit in 2024?", "and in 2023?"]
    assert standalone_query("what about 2022?", history).query == "What was operating profit in 2022?"


def test_topic_followup_is_appended():
    rewritten = standalone_query("what about the Sensors segment?", ["What was revenue in 2024?"])
    assert "revenue in 2024" in rewritten.query and "Sensors segment" in rewritten.query
    assert rewritten.how == "appended"


@pytest.mark.parametrize(
    "question",
    [
        "For urgent card delivery, how much does it cost?",
        "In 2024, what was Norcastle's operating profit?",
        "In which year was the income statement revenue higher?",
    ],
)
def test_a_self_contained_question_is_not_rewritten_whatever_word_it_starts_with(question):
    assert standalone_query(question, ["What was Norcastle's revenue in 2019?"]) == Rewrite(question, "unchanged")


def test_a_question_is_never_taken_for_a_merged_followup_by_its_punctuation():
    rewrite = standalone_query("Income statement — what was revenue in 2023?", [])
    assert rewrite.how == "unchanged"


@pytest.mark.parametrize(
    "question",
    ["How do I report a stolen card?", "What is the foreign transaction fee for card payments abroad?"],
)
def test_full_questions_are_not_followups(question):
    assert not is_followup(question)
    assert standalone_query(question, ["What was revenue in 2024?"]).query == question


def test_a_long_followup_leads_and_the_previous_topic_follows():
    query = standalone_query(
        "And how much does it cost to send one online from an Everyday account?",
        ["How long does an international transfer in US dollars take to arrive?"],
    )
    assert query == Rewrite(
        "how much does it cost to send one online from an Everyday account? "
        "(about: international transfer US dollars arrive)",
        "topic-follows",
    )


def test_a_fiscal_year_followup_swaps_the_fiscal_year():
    rewrite = standalone_query("and FY2018?", ["What was revenue in FY2019?"])
    assert rewrite == Rewrite("What was revenue in FY2018?", "other-years")


@pytest.mark.parametrize(
    "previous, followup",
    [
        ("What was revenue in FY2019?", "and FY18?"),
        ("What was revenue in FY19?", "and in FY 2018?"),
        ("What was revenue in FY '19?", "what about FY '18?"),
        ("What was revenue in fiscal 2019?", "and fiscal year 2018?"),
        ("What was revenue in fiscal year 2019?", "and 2018?"),
        ("What was revenue in FY2019?", "and in 2018?"),
        ("What was revenue in 2019?", "and FY2018?"),
    ],
)
def test_fiscal_years_are_years_in_a_followup_and_in_the_question_before(previous, followup):
    from index.text.numbers import years_in

    rewrite = standalone_query(followup, [previous])
    assert rewrite.how == "other-years", rewrite
    assert rewrite.query.startswith("What was revenue in ") and years_in(rewrite.query) == [2018], rewrite


def test_a_bare_f_and_two_digits_is_not_a_year():
    rewrite = standalone_query("and F35?", ["What was revenue in FY2019?"])
    assert rewrite.how == "appended"
