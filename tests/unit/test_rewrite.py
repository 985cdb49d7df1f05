import pytest

from assistant.retrieval.rewrite import is_followup, standalone_query


def test_first_question_is_unchanged():
    assert standalone_query("What was revenue in 2024?", []) == "What was revenue in 2024?"


def test_year_followup_swaps_the_year():
    assert standalone_query("and in 2023?", ["What was revenue in 2024?"]) == "What was revenue in 2023?"


def test_chain_of_followups_builds_on_the_rewritten_query():
    history = ["What was operating profit in 2024?", "and in 2023?"]
    assert standalone_query("what about 2022?", history) == "What was operating profit in 2022?"


def test_topic_followup_is_appended():
    rewritten = standalone_query("what about the Sensors segment?", ["What was revenue in 2024?"])
    assert "revenue in 2024" in rewritten and "Sensors segment" in rewritten


@pytest.mark.parametrize(
    "question",
    ["How do I report a stolen card?", "What is the foreign transaction fee for card payments abroad?"],
)
def test_full_questions_are_not_followups(question):
    assert not is_followup(question)
    assert standalone_query(question, ["What was revenue in 2024?"]) == question


def test_a_long_followup_leads_and_the_previous_topic_follows():
    query = standalone_query(
        "And how much does it cost to send one online from an Everyday account?",
        ["How long does an international transfer in US dollars take to arrive?"],
    )
    assert query == (
        "how much does it cost to send one online from an Everyday account? "
        "(about: international transfer US dollars arrive)"
    )
