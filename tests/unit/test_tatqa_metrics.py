"""TAT-QA answer scoring: numbers with scales, signs and percentages; spans as word sets."""

from __future__ import annotations

import pytest

from assistant.evaluation.tatqa_metrics import (
    looks_like_refusal,
    mentions,
    normalize_text,
    parse_number,
    score_answer,
    token_f1,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$1,496.5", 1496.5),
        ("(42.7)", -42.7),
        ("-12.6", -12.6),
        ("-1903", -1903.0),  # a gold value, not a year
        ("22.22%", 22.22),
        ("1.5 million", 1_500_000.0),
        ("3 thousand", 3000.0),
        ("$2.1 billion", 2_100_000_000.0),
        ("£61.0m", 61_000_000.0),
        ("four", 4.0),
        ("fixed price", None),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_normalize_text_drops_markers_punctuation_and_articles():
    assert normalize_text("The fixed-price contracts [1], mostly.") == "fixed price contracts mostly"
    assert normalize_text("It rose 2.5% [2]") == "it rose 2.5%"


def test_a_range_is_not_a_negative_year():
    found = mentions("From 2018-2019 it was 5")
    assert [(m.value, m.is_year) for m in found] == [(2018, True), (2019, True), (5, False)]


@pytest.mark.parametrize(
    ("answer", "gold", "scale"),
    [
        ("The change was -12.6 million [1].", ["-12.6"], "million"),
        ("Other sales fell by 12.6 [1].", ["-12.6"], "million"),  # a stated fall carries the sign
        ("The loss before tax was (42.7) [2].", ["(42.7)"], ""),
        ("It fell to -22.2% [1].", ["-22.22"], "percent"),  # fewer decimals, within 0.5%
        ("The hurdle rate is set at 7% [1].", ["7%"], ""),  # a percent sign in the gold is its scale
        ("Total sales were $1,496.5 million in 2019.", ["$1,496.5"], "million"),
        ("Total sales were about $1.5 billion.", ["$1,496.5"], "million"),  # another scale word
        ("It is 12,600 thousand lower.", ["-12.6"], "million"),
        ("There are four assumptions [1].", ["4"], ""),
        ("Sales were largest in 2019 [1].", ["2019"], ""),
    ],
)
def test_numeric_answers_that_match(answer, gold, scale):
    score = score_answer(answer, gold, scale)
    assert score.em and score.f1 == 1.0


@pytest.mark.parametrize(
    ("answer", "gold", "scale"),
    [
        ("It fell to -22% [1].", ["-22.22"], "percent"),  # too coarse
        ("Other sales were 12.6 million.", ["-12.6"], "million"),  # sign lost, no fall stated
        ("It was 22.22 million.", ["22.22"], "percent"),  # a percentage is not an amount
        ("Sales were 1,496.5 in 2018.", ["1,202.9"], "million"),
        ("In 2019 it rose to 5.", ["2018"], ""),
    ],
)
def test_numeric_answers_that_do_not_match(answer, gold, scale):
    score = score_answer(answer, gold, scale)
    assert not score.em and score.f1 == 0.0


def test_years_are_not_taken_for_the_answer_to_a_non_year_question():
    score = score_answer("In 2019 the change was 20 [1].", ["20"], "")
    assert score.em and score.em_first


def test_the_day_of_a_date_is_not_a_figure():
    gold, scale = ["1,073.3", "1,095.0"], "million"
    answer = "$1,073.3 million (April 27, 2019); $1,095.0 million (28 April 2018) — Revenues [1]"
    assert score_answer(answer, gold, scale).em_first
    assert score_answer("The fees may 2 times exceed it", ["2"], "").em  # "may" with no year after it is a verb


def test_em_first_needs_the_answer_to_lead_with_the_gold_numbers():
    gold, scale = ["73,260", "57,768"], "thousand"
    assert score_answer("73,260 and 57,768 respectively [1].", gold, scale).em_first
    assert score_answer("57,768 and 73,260", gold, scale).em_first  # a set: order does not matter
    lenient = score_answer("Of 1 fund, 73,260 and 57,768.", gold, scale)
    assert lenient.em and not lenient.em_first


def test_multi_span_text_answers_compare_as_sets():
    gold = ["fixed-price type", "cost-plus type", "time-and-material type"]
    full = score_answer("Time-and-material type, fixed-price type and cost-plus type [1].", gold)
    partial = score_answer("Fixed-price type and cost-plus type contracts.", gold)
    assert full.em and full.f1 > 0.8
    assert not partial.em and 0 < partial.f1 < full.f1


def test_span_answer_must_contain_the_gold_words_in_order():
    gold = ["By comparison against the FTSE pension liability index"]
    assert score_answer("It is set by comparison against the FTSE pension liability index [2].", gold).em
    assert not score_answer("It uses the FTSE index for pension liability.", gold).em


def test_token_f1():
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("a b", "c d") == 0.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 / 3)


def test_empty_or_declining_replies_read_as_refusals():
    assert looks_like_refusal("")
    assert looks_like_refusal("I cannot find that in the context.")
    assert looks_like_refusal("The context does not mention it.")
    assert not looks_like_refusal("Revenue was $1,200 [1].")
