"""Scoring of `finbot eval filings`: the lenient figure match and the outcome of each answer."""

import argparse

import pytest

from assistant.answering.pipeline import Answer
from assistant.evaluation.filings import figures, load_questions, matches, score, set_folder, summary


def test_figures_leave_out_years_days_and_list_numbers():
    assert figures("The quick ratio fell from 0.69 in FY2022 to 0.67 in FY2023.") == [0.69, 0.67]
    assert figures("As of January 28, 2023, cash was $1,874 million") == [1874.0]
    assert figures("Acquisitions:\n1. Alpha for $50 million\n2. Beta") == [50.0]
    assert figures("a loss of (3.2)% and -14.76%") == [-3.2, -14.76]
    assert figures("Available liquidity was 2,012 [1] at December 31, 2025") == [2012.0]  # grouped: no year
    assert figures("Yes, it is capital intensive [1].") == []
    assert figures("36%. FY2023 here is the 12 months ended January 28, 2023") == [36.0]  # a period is no figure


def test_match_is_lenient_on_scale_percent_and_rounding_but_not_on_other_figures():
    assert matches(13.2, [13_200.0])  # $13.2 billion as 13,200 million
    assert matches(0.54, [54.0])  # a ratio as a percentage
    assert matches(24.6, [24.58]) and matches(-14.76, [14.8])
    assert not matches(0.54, [0.60]) and not matches(229.0, [2290.1]) and not matches(0.69, [689.0])
    assert not matches(3.4, [342.0])
    # agreement at the coarser precision, not within a tolerance
    assert matches(7.99, [8.0]) and matches(-14.76, [14.8]) and matches(34.6, [0.35])
    assert not matches(36.22, [35.70]) and not matches(189.0, [191.0]) and not matches(87.1, [87.53])


def test_figures_in_other_units_agree_at_the_coarser_precision_not_within_a_tolerance():
    assert matches(1_577.0, [1.6]) and matches(204_900.0, [205.0])  # '$1.6 billion', '205 thousand'
    assert not matches(204_900.0, [202.0])  # 202 (million dollars) is not 204,900 (thousand shares)
    assert not matches(1_577.0, [1.5])


def test_a_rounded_reference_matches_what_rounds_to_it_and_nothing_further():
    assert matches(0.8, [-0.84]) and matches(36.0, [35.6]) and matches(1.1, [1.08])
    assert not matches(0.8, [0.86]) and not matches(36.0, [35.4]) and not matches(2.7, [2.76])


def _question(answer: str) -> dict:
    return {"financebench_id": "q1", "doc_name": "ACME_2022_10K", "question": "What was the quick ratio?",
            "answer": answer, "evidence_pages": [55]}


def test_outcomes_and_evidence_hit():
    right = score(_question("The quick ratio was 0.54."), Answer("It was 0.54 [1].", verification="calculated"),
                  [12, 55], 1.0)
    wrong = score(_question("The quick ratio was 0.54."), Answer("It was 0.71 [1]."), [3], 1.0)
    refused = score(_question("The quick ratio was 0.54."), Answer("No.", refused=True), [55], 1.0)
    prose = score(_question("Packaging."), Answer("Packaging [1]."), [4], 1.0)
    skipped = score(_question("Packaging."), None, [55], 0.0)
    assert [r.outcome for r in (right, wrong, refused, prose, skipped)] == [
        "right", "wrong", "refused", "answered", "not asked"]
    assert (right.evidence_hit, wrong.evidence_hit) == (True, False) and right.right_first
    later = score(_question("It improved by ~13% from 143% to 156%."), Answer("It rose to 155.5% [1]."), [], 1.0)
    assert later.outcome == "right" and not later.right_first
    figures_ = summary([right, wrong, refused, prose, skipped])
    assert figures_["numeric"] == 3 and figures_["numeric_right"] == round(1 / 3, 3) and figures_["other_asked"] == 1
    assert figures_["evidence_page_top5"] == 0.6
    assert figures_["numeric_by_path"] == {"calculated": {"right": 1}, "refused": {"wrong": 1}}


def test_a_set_folder_overrides_the_dev_set_and_a_missing_one_is_named(tmp_path):
    dev = tmp_path / "data" / "financebench-dev"
    dev.mkdir(parents=True)
    (dev / "questions.jsonl").write_text('{"question": "dev"}\n', encoding="utf-8")
    other = tmp_path / "blind"
    other.mkdir()
    (other / "questions.jsonl").write_text('{"question": "blind"}\n\n', encoding="utf-8")
    args = argparse.Namespace(data_dir=tmp_path / "data", set=None)
    assert load_questions(set_folder(args)) == [{"question": "dev"}]
    args.set = other
    assert load_questions(set_folder(args)) == [{"question": "blind"}]
    args.set = tmp_path / "nowhere"
    with pytest.raises(SystemExit, match="nowhere"):
        set_folder(args)


def test_financebench_evidence_records_give_the_evidence_pages():
    question = {"financebench_id": "x", "doc_name": "D", "question": "Q?", "answer": "It was 0.54.",
                "evidence": [{"evidence_text": "…", "evidence_page_num": 55}, {"evidence_text": "…",
                                                                            "evidence_page_num": 12}]}
    result = score(question, Answer("It was 0.54 [1].", verification="calculated"), [12], 1.0)
    assert result.evidence_pages == [12, 55] and result.evidence_hit


def test_an_answer_giving_only_an_operand_of_the_references_working_is_wrong():
    reference = "4.19x (current assets $4,582 million / current liabilities $1,094 million)"
    assert score(_question(reference), Answer("The current ratio was 4,582 [1]."), [], 1.0).outcome == "wrong"
    assert score(_question(reference), Answer("4.19 = 4,582 / 1,094 [1]."), [], 1.0).outcome == "right"
    # a figure in brackets with no words is a negative figure, not a working
    assert score(_question("Net loss of (3.2)% of revenue"), Answer("It was -3.2% [1]."), [], 1.0).outcome == "right"


def test_a_word_that_begins_like_a_month_makes_no_date():
    from assistant.evaluation.filings import answer_figures, figures

    # "margin 17.5%" is no March 17, "declined 5%" no December 5; "June 28, 2025" still is a date
    assert answer_figures("$935 million; margin 17.5% (adjusted EBITDA $935 million / net sales $5,340 million)") == [
        935.0, 17.5]
    assert figures("Revenue declined 5% to $3.2 billion at June 28, 2025.") == [5.0, 3.2]


def test_a_reference_that_is_a_span_of_time_is_a_figure_and_prose_with_one_is_not():
    dso = _question("40.5 days")
    assert score(dso, Answer("DSO was 40.5 days [1]."), [], 1.0).outcome == "right"
    assert score(dso, Answer("DSO was 44.0 days [1]."), [], 1.0).outcome == "wrong"
    prose = _question("Wages rose in FY2023; this assumes FY2023 is the 12 months ended January 28, 2023.")
    assert score(prose, Answer("Wages rose [1]."), [], 1.0).outcome == "answered"
    assert figures("paid within 30 days, fee $5") == [5.0]
