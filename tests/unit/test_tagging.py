"""Tags and escalation as the pipeline applies them (classifier faked)."""

import pytest

from assistant.answering.pipeline import SMALL_TALK, Assistant, Turn
from tests.fakes import QueuedClassifier


@pytest.fixture
def classifier():
    return QueuedClassifier()


@pytest.fixture
def assistant(settings, embedder, store, generator, classifier):
    return Assistant(settings, embedder, store, generator, classifier)


def test_every_answer_carries_tags(assistant, classifier, generator):
    classifier.enqueue("card_delivery_estimate", "neutral")
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    data = assistant.answer("How much is urgent card delivery?").to_json()
    assert data["intent"] == "card_delivery_estimate" and data["sentiment"] == "neutral"
    assert data["escalate"] is False and data["escalation_reason"] is None


def test_classifier_reuses_the_retrieval_embedding(assistant, classifier, embedder):
    embedder.calls.clear()  # forget the store fixture's document embeddings
    assistant.answer("How much is urgent card delivery?")
    ((text, vector),) = classifier.calls
    assert text == "How much is urgent card delivery?" and vector is not None
    assert embedder.calls == [[text]]  # one encoder pass


def test_asking_for_a_person_hands_off_without_generating(assistant, classifier, generator, settings):
    classifier.enqueue("human_agent", "neutral")
    answer = assistant.answer("I want to talk to a real person")
    assert answer.escalate and "person" in answer.escalation_reason
    assert answer.answer == settings.handoff_replies["person"] and generator.calls == []
    assert answer.escalation_kind == "person" and answer.to_json()["escalation_kind"] == "person"


def test_the_words_of_the_message_hand_off_whatever_the_intent_head_says(assistant, classifier, generator, settings):
    # The intent head read this as an ordinary failed transfer, calmly; the words say money was lost.
    classifier.enqueue("failed_transfer", "neutral", score=0.26)
    answer = assistant.answer("Your app has failed me three times today and I've lost money on a late payment")
    assert answer.escalate and answer.escalation_kind == "money_lost"
    assert answer.answer.startswith(settings.handoff_replies["money_lost"])


def test_a_calm_request_for_a_person_is_not_answered_with_an_apology(assistant, classifier, settings):
    classifier.enqueue("human_agent", "neutral")
    answer = assistant.answer("Can I talk to a person please?")
    assert "frustrating" not in answer.answer and "sorry" not in answer.answer.lower()


def test_a_reason_without_its_own_reply_gets_the_general_one(assistant, classifier, settings):
    classifier.enqueue("none", "negative")
    answer = assistant.answer("This is poor")
    assert answer.escalation_kind == "unplaced_negative" and answer.answer == settings.handoff_message


def test_a_complaint_gets_its_own_reply(assistant, classifier, settings):
    classifier.enqueue("complaint", "negative")
    answer = assistant.answer("This is poor")
    assert answer.escalation_kind == "complaint" and answer.answer == settings.handoff_replies["complaint"]


def test_negative_twice_in_a_row_escalates(assistant, classifier):
    classifier.enqueue("failed_transfer", "negative").enqueue("failed_transfer", "negative")
    # (no words of trouble of their own: "failed again" would hand off the first turn as a repeated failure)
    one = assistant.answer("My transfer failed")
    assert one.escalate is False
    history = [Turn("My transfer failed", one.answer, one.tags)]
    two = assistant.answer("It failed, this is useless", history)
    assert two.escalate is True and "two turns" in two.escalation_reason


def test_confident_greeting_is_answered_without_documents(assistant, classifier, generator):
    classifier.enqueue("greeting", "positive", score=0.95)
    assert assistant.answer("hello there").answer == SMALL_TALK["greeting"]
    assert generator.calls == []


def test_unsure_greeting_still_goes_to_the_documents(assistant, classifier, generator):
    classifier.enqueue("greeting", "neutral", score=0.3)
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    assert assistant.answer("hi, how much is urgent card delivery?").citations


def test_untagged_history_is_tagged_for_escalation(assistant, classifier):
    # The API receives history as plain text: earlier turns are classified when needed.
    classifier.enqueue("failed_transfer", "negative").enqueue("failed_transfer", "negative")
    history = [Turn("My transfer failed again", "Sorry to hear that.")]
    answer = assistant.answer("Still nothing. Useless.", history)
    assert answer.escalate is True
    assert [text for text, _ in classifier.calls] == ["Still nothing. Useless.", "My transfer failed again"]


def test_a_customer_handed_off_who_asked_something_also_gets_the_documents_answer(
        assistant, classifier, generator, settings):
    classifier.enqueue("card_delivery_estimate", "neutral")
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    answer = assistant.answer("My card was stolen yesterday. How much is urgent card delivery?")
    assert answer.escalate and answer.escalation_kind == "fraud"
    handoff, rest = answer.answer.split("\n\n", 1)
    assert handoff == settings.handoff_replies["fraud"]
    assert rest.startswith(settings.answer_while_handing_off) and "£15.00" in rest
    assert answer.citations and answer.citations[0].source == "fees.csv"
    pieces = [e for e in assistant.stream("My card was stolen yesterday. How much is urgent card delivery?")
              if isinstance(e, str)]
    assert pieces[0] == settings.handoff_replies["fraud"]  # the hand-off is shown first, at once


def test_a_handoff_whose_question_the_documents_do_not_answer_is_the_handoff_alone(
        assistant, classifier, generator, settings):
    classifier.enqueue("card_delivery_estimate", "neutral")
    generator.enqueue("I can't find that in the documents I have.")
    answer = assistant.answer("Someone stole my card. What is the weather like on Mars?")
    assert answer.escalate and answer.answer == settings.handoff_replies["fraud"] and not answer.citations


def test_a_customers_place_name_raises_the_bar_where_an_analysts_company_refuses(assistant, classifier, generator):
    # "Spain" is where the customer is, not what the fee schedule must name; "2031" is still a year no
    # passage has, and an untagged (analyst) question naming an absent company is refused outright.
    classifier.enqueue("card_delivery_estimate")
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    spain = assistant.answer("How much is urgent card delivery to Spain?")
    assert "Nothing I found mentions" not in spain.answer
    assert spain.refused is False or "(confidence" in spain.answer
    classifier.enqueue("card_delivery_estimate")
    assert "Nothing I found mentions 2031" in assistant.answer("How much is urgent card delivery in 2031?").answer
    classifier.enqueue("financial_metric")
    assert "Nothing I found mentions acme" in assistant.answer("What was Acme's card delivery revenue?").answer
