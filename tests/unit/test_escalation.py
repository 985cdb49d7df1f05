from assistant.triage.classifier import Tags
from assistant.triage.escalation import Escalation, decide


def tags(intent="balance_not_updated_after_bank_transfer", sentiment="neutral", intent_score=0.9):
    return Tags(intent=intent, intent_score=intent_score, sentiment=sentiment, sentiment_score=0.8)


def test_calm_message_is_not_escalated():
    assert decide(tags(), []) == Escalation(False, None)


def test_asking_for_a_person_escalates_whatever_the_tone():
    result = decide(tags("human_agent", "positive"), [])
    assert result.escalate and "person" in result.reason


def test_a_question_about_people_weakly_read_as_asking_for_one_is_answered():
    # "Who is the company's Chief Financial Officer?" scored human_agent 0.25: a document question.
    assert not decide(tags("human_agent", intent_score=0.25), []).escalate


def test_complaint_escalates_only_when_negative():
    assert decide(tags("complaint", "negative"), []).escalate
    assert not decide(tags("complaint", "neutral"), []).escalate


def test_two_negative_turns_in_a_row_escalate():
    result = decide(tags(sentiment="negative"), [tags(sentiment="negative")])
    assert result.escalate and "two turns" in result.reason


def test_a_single_negative_turn_or_a_broken_streak_does_not():
    assert not decide(tags(sentiment="negative"), []).escalate
    history = [tags(sentiment="negative"), tags(sentiment="neutral")]
    assert not decide(tags(sentiment="negative"), history).escalate


def test_decide_is_pure():
    history = [tags(sentiment="negative")]
    first = decide(tags(sentiment="negative"), history)
    assert decide(tags(sentiment="negative"), history) == first
    assert history == [tags(sentiment="negative")]
