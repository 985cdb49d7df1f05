import pytest

from assistant.answering.pipeline import Answer, Assistant, Citation
from assistant.evaluation.samples import run, score

QUESTION = {"id": "q1", "question": "Fee?", "expected": ["£15.00"], "source": "fees.csv", "covered": True}


def citation(source, text):
    return Citation(1, source, text, 0.9, source, source)


def test_correct_and_cited_from_the_expected_file():
    result = score(QUESTION, Answer("It is £15.00 [1].", [citation("fees.csv", "Urgent: £15.00")]), 1.0)
    assert result.correct and result.cited and result.good


def test_citation_of_another_file_that_states_the_answer_counts():
    result = score(QUESTION, Answer("It is £15.00 [1].", [citation("faq.md", "urgent delivery £15.00")]), 1.0)
    assert result.cited


def test_wrong_answer_or_unsupporting_citation_is_not_good():
    assert not score(QUESTION, Answer("It is £12.00 [1].", [citation("fees.csv", "£15.00")]), 1.0).good
    assert not score(QUESTION, Answer("It is £15.00 [1].", [citation("faq.md", "no figures")]), 1.0).cited


def test_uncovered_question_is_good_only_when_refused():
    uncovered = {**QUESTION, "expected": [], "source": None, "covered": False}
    assert score(uncovered, Answer("nope", refused=True), 0.1).good
    assert not score(uncovered, Answer("Made up £9 [1].", [citation("x", "y")]), 0.1).good


def test_followup_conversation_is_scored_on_its_last_turn(settings, embedder, store, generator):
    generator.enqueue("Revenue was £412.3 million [1].", "Revenue was £388.1 million [1].")
    assistant = Assistant(settings, embedder, store, generator)
    followup = {"id": "f1", "turns": ["What was revenue in 2024?", "and in 2023?"], "expected": ["£388.1"],
                "source": "report.md"}
    report = run(assistant, [followup])
    assert report.results[0].good
    assert "What was revenue in 2023?" in generator.calls[1][-1]["content"]


def test_a_fact_stated_in_several_files_may_list_them_all():
    question = {**QUESTION, "expected": ["9.2 pence"], "source": ["mdna.md", "report.xlsx"]}
    cited = [citation("report.xlsx", "Dividend (pence) | 2024: 9.2")]
    answer = Answer("Dividend per share, 2024: 9.2 pence [1]", cited)
    assert score(question, answer, 1.0).good


def test_an_answer_that_drops_a_condition_is_wrong_not_good():
    question = {**QUESTION, "expected": ["£7.50"], "conditions": [["12 months", "12-month"]]}
    cited = [citation("fees.csv", "First in 12 months free, then £7.50")]
    dropped = score(question, Answer("It costs £7.50 [1].", cited), 1.0)
    assert dropped.correct and not dropped.complete and dropped.wrong and not dropped.good
    kept = score(question, Answer("The first in 12 months is free, then £7.50 [1].", cited), 1.0)
    assert kept.good and not kept.wrong


def test_expected_figures_match_as_words_not_inside_larger_figures():
    question = {**QUESTION, "expected": ["£50"]}
    assert not score(question, Answer("Up to £50,000 [1].", [citation("fees.csv", "x")]), 1.0).correct
    assert score(question, Answer("Within £50.", [citation("fees.csv", "x")]), 1.0).correct
    # the same amount with zero pence is the same figure; other pence are not
    assert score(question, Answer("£50.00 a month [1].", [citation("fees.csv", "x")]), 1.0).correct
    assert not score(question, Answer("£50.50 a month [1].", [citation("fees.csv", "x")]), 1.0).correct


def test_the_summary_counts_good_answers_by_the_path_that_gave_them():
    from assistant.evaluation.samples import SampleReport

    report = SampleReport([
        score(QUESTION, Answer("It is £15.00 [1].", [citation("fees.csv", "£15.00")], verification="table"), 1.0),
        score(QUESTION, Answer("It is £12.00 [1].", [citation("fees.csv", "£12.00")], verification="table"), 1.0),
        score(QUESTION, Answer("I can't find that.", refused=True), 1.0),
    ])
    assert report.summary()["covered_by_path"] == {"refused": {"answered": 1, "good": 0},
                                                   "table": {"answered": 2, "good": 1}}


def test_refusal_is_neither_good_nor_wrong_on_a_covered_question():
    result = score(QUESTION, Answer("I can't find that.", refused=True), 1.0)
    assert not result.good and not result.wrong


@pytest.mark.parametrize("name", ["wrenmoor", "thornbury", "kestrel", "larkspur"])
def test_named_sets_have_documents_and_questions_with_enough_uncovered_ones(name):
    from assistant.evaluation.samples import load_questions, question_set

    documents, questions_file = question_set(name)
    assert {p.suffix for p in documents} >= {".html", ".pdf", ".xlsx"}
    questions = load_questions(questions_file)
    assert sum(q["covered"] for q in questions) >= 60
    assert sum(not q["covered"] for q in questions) >= 10
    sources = {p.relative_to(questions_file.parent / "documents").as_posix() for p in documents}
    assert all(set(q["source"]) <= sources for q in questions)


def test_a_sets_documents_in_folders_are_read_and_cited_by_their_file_name():
    from assistant.evaluation.samples import question_set

    documents, _ = question_set("northreach")
    assert any(p.parent.name == "help" for p in documents)
    question = {**QUESTION, "expected": ["£5"], "source": ["help/cards.html"]}
    answer = Answer("A replacement costs £5 [1]", [citation("cards.html", "Replacement cards are free.")])
    assert score(question, answer, 1.0).good


def test_an_unknown_set_names_the_known_ones():
    import pytest

    from assistant.evaluation.samples import question_set

    with pytest.raises(ValueError, match="wrenmoor"):
        question_set("no-such-set")


def test_eval_samples_without_a_generator_builds_finbot_on_one_that_always_refuses(monkeypatch):
    import assistant.app
    from assistant.cli.main import build_parser

    built = {}

    class Built(Exception):
        pass

    def finbot(*args, generator=None, **kwargs):
        built["generator"] = generator
        raise Built

    monkeypatch.setattr(assistant.app, "Finbot", finbot)
    args = build_parser().parse_args(["eval", "samples", "--no-generator"])
    with pytest.raises(Built):
        args.handler(args)
    assert built["generator"].generate([{"role": "user", "content": "What is the fee?"}]) == \
        "I can't find that in the documents I have."
    args = build_parser().parse_args(["eval", "samples"])
    with pytest.raises(Built):
        args.handler(args)
    assert built["generator"] is None  # the configured generator
