"""Plain words for customers: every tag the heads can give has one, or is hidden on purpose."""

import json
from importlib import resources

import numpy as np

from assistant.triage.escalation import REASONS
from assistant.triage.labels import HIDDEN_INTENTS, handoff_label, intent_label


def packaged_intents():
    with np.load(resources.files("assistant") / "weights" / "intent.npz", allow_pickle=False) as data:
        return [str(c) for c in data["classes"]]


def written_intents():
    text = (resources.files("assistant") / "data" / "train_intents.jsonl").read_text(encoding="utf-8")
    return {json.loads(line)["intent"] for line in text.splitlines() if line.strip()}


def test_every_intent_is_in_plain_words_or_hidden():
    for intent in set(packaged_intents()) | written_intents() | {"none"}:
        label = intent_label(intent)
        assert (label is None) == (intent in HIDDEN_INTENTS), intent
        if label:
            assert "_" not in label and label[0].isupper()


def test_the_issues_examples_read_as_topics_not_tags():
    assert intent_label("fees_and_charges") == "Fees and charges"
    assert intent_label("rates") == "Interest rates"
    assert intent_label("card_payment_wrong_exchange_rate") == "Exchange rates and currencies"
    assert intent_label(None) is None and intent_label("a_tag_no_head_gives") is None


def test_every_handoff_reason_says_why_and_what_happens_next():
    for kind in REASONS:
        label = handoff_label(kind)
        assert "_" not in label and "pick up this conversation" in label
    assert handoff_label(None) is None
