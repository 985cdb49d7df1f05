"""The committed weights with the real packaged embedder, on messages whose tags are not in doubt."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.triage.classifier import LinearClassifier
from assistant.triage.escalation import decide
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
