"""The committed weights with the real packaged embedder, on messages whose tags are not in doubt."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.triage.classifier import LinearClassifier
from assistant.triage.escalation import decide
from assistant.triage.labels import intent_label
from index.embedders import SentenceTransformerEmbedder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def classifier():
    return LinearClassifier(SentenceTransformerEmbedder())


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I want to speak to a human", "human_agent"),
        ("my card hasn't arrived yet", "card_arrival"),
        ("What was the company's total revenue in 2019?", "financial_metric"),
        ("Why did the operating margin fall last year?", "financial_explanation"),
        ("hello there", "greeting"),
        ("thanks a lot, that helped", "thanks"),
    ],
)
def test_obvious_intents(classifier, text, intent):
    assert classifier.classify(text).intent == intent


def test_asking_for_a_human_escalates(classifier):
    tags = classifier.classify("I want to speak to a human")
    assert decide(tags, []).escalate


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("shares plunged after the profit warning", "negative"),
        ("my transfer failed for the third time, this is ridiculous", "negative"),
        ("Great, the refund came through quickly, thank you!", "positive"),
        ("How do I change my PIN?", "neutral"),
    ],
)
def test_obvious_sentiments(classifier, text, sentiment):
    assert classifier.classify(text).sentiment == sentiment


def test_shared_embedding_gives_the_same_tags(classifier):
    text = "my card hasn't arrived yet"
    assert classifier.classify(text, classifier.embedder.embed(text)) == classifier.classify(text)


def test_loads_without_the_shared_data_folder(tmp_path):
    """Run from a folder with no ../shared beside it: weights and embedder come from the packages."""
    project = Path(__file__).resolve().parents[2]
    code = (
        "from assistant.triage.classifier import LinearClassifier; "
        "from index.embedders import SentenceTransformerEmbedder; "
        "print(LinearClassifier(SentenceTransformerEmbedder()).classify('my card has not arrived').intent)"
    )
    env = {**os.environ, "PYTHONPATH": str(project), "HF_HUB_OFFLINE": "1", "FINBOT_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("card_arrival")
    assert not (tmp_path.parent / "shared").exists()


# The messages issue 15 reports as misread by #3's classifier.
@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("I ordered a replacement card ten days ago and it still hasn't come", "negative"),
        ("I paid in cash at the branch on Monday and it's still not in my balance", "negative"),
        ("Brilliant, the refund arrived this morning, thank you!", "positive"),
        ("The annual general meeting takes place next Wednesday", "neutral"),
    ],
)
def test_calm_complaints_praise_and_news_read_right(classifier, text, sentiment):
    assert classifier.classify(text).sentiment == sentiment


def test_lost_money_and_repeated_failure_are_handed_to_a_person(classifier):
    text = "Your app has failed me three times today and I've lost money on a late payment"
    assert decide(classifier.classify(text), [], text).escalate


@pytest.mark.parametrize(
    ("text", "label"),
    [("What is the fee for a replacement card?", "Fees and charges"),
     ("What is the arranged overdraft rate?", "Interest rates")],
)
def test_fees_and_rates_are_never_shown_as_another_topic(classifier, text, label):
    # #3 showed these as card_about_to_expire and card_payment_wrong_exchange_rate; now the customer
    # sees the right topic or, when the head is unsure ("none"), no tag at all.
    assert intent_label(classifier.classify(text).intent) in (label, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # No escalation word in any of them: the learned hand-off head reads the situation.
        ("My elderly mum keeps getting confused by the screens and I handle her money for her now", "vulnerable"),
        ("the money for my rent went to an account I don't know and the landlord still hasn't got it", None),
        ("ok so that's the fourth letter to the wrong address after I updated it three times", None),
    ],
)
def test_situations_without_escalation_words_are_handed_to_a_person(classifier, text, kind):
    result = decide(classifier.classify(text), [], text)
    assert result.escalate and (kind is None or result.kind == kind)


@pytest.mark.parametrize(
    "text",
    [
        "Why was my cash withdrawal declined?",
        "What was the bank's net interest margin in 2023?",
        "Card fraud losses across the industry fell 8% last year",
        "How can I tell if a text message is a scam?",
        "Brilliant, the refund came through this morning",
    ],
)
def test_everyday_questions_news_and_praise_stay_with_the_assistant(classifier, text):
    assert not decide(classifier.classify(text), [], text).escalate
