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
