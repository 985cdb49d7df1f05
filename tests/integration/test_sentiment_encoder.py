"""The fine-tuned sentiment encoder with the real packaged MiniLM (slow: loads the model)."""

import csv

import numpy as np
import pytest

from assistant.training.encoder import CLASSES, EncoderConfig, frozen_batches, train_encoder
from assistant.triage.sentiment_encoder import EncoderSentiment, build_model, mean_pool, top_forward

pytestmark = pytest.mark.slow

TWEETS = [
    ("Shares slump as the lender misses forecasts", "0"), ("Stock falls 9% after profit warning", "0"),
    ("Bank cuts jobs as profits drop", "0"), ("Retailer shares sink on weak sales", "0"),
    ("Shares jump after record profit", "1"), ("Lender beats forecasts, stock rallies", "1"),
    ("Profit doubles and dividend raised", "1"), ("Shares soar on takeover bid", "1"),
    ("Company to report results on Tuesday", "2"), ("Annual meeting set for 3 May", "2"),
    ("Bank names new finance chief", "2"), ("Firm to publish figures next week", "2"),
] * 3


def test_training_from_the_frozen_layers_matches_the_full_model():
    """Training runs the top layers on cached lower-layer outputs; that must equal the model's own pass."""
    import torch

    config = EncoderConfig(trained_layers=2)
    tokenizer, encoder, head = build_model(config.base, config.trained_layers, len(CLASSES))
    encoder.eval()
    head.eval()
    texts = ["my card hasn't arrived", "shares rose sharply after the results were published"]
    ((hidden, mask, _),) = frozen_batches(texts, ["neutral", "positive"], tokenizer, encoder, 4, config)
    with torch.no_grad():
        cached = top_forward(encoder, head, 4, hidden.float(), mask)
        batch = tokenizer(sorted(texts, key=len), padding=True, return_tensors="pt")
        full = head(mean_pool(encoder(**batch).last_hidden_state, batch["attention_mask"]))
    assert torch.allclose(cached, full, atol=2e-2)  # the cache is float16


def test_train_save_load_round_trip_is_seeded(tmp_path):
    data = tmp_path / "data" / "financial-tweets-sentiment"
    data.mkdir(parents=True)
    with open(data / "train.csv", "w", newline="") as handle:
        csv.writer(handle).writerows([("text", "label"), *TWEETS])
    config = EncoderConfig(trained_layers=1, epochs=2, written_repeats=0, dev_fraction=0.25, head_lr=5e-3)
    runs = []
    for out in ("a", "b"):
        train_encoder(tmp_path / "data", tmp_path / out, seed=0, config=config, log=lambda _: None)
        runs.append((tmp_path / out / "sentiment_encoder.safetensors").read_bytes())
    assert runs[0] == runs[1]
    model = EncoderSentiment(tmp_path / "a" / "sentiment_encoder.safetensors")
    probs = model.probabilities(["Shares slump after the profit warning", "Profit doubles, shares rally"])
    assert probs.shape == (2, 3) and np.allclose(probs.sum(1), 1.0, atol=1e-5)
    assert model.classes == CLASSES


def test_packaged_encoder_reads_calm_complaints_and_news(tmp_path):
    from assistant.triage.classifier import packaged_weights_dir

    model = EncoderSentiment(packaged_weights_dir() / "sentiment_encoder.safetensors")
    texts = ["I ordered a replacement card ten days ago and it still hasn't come",
             "The annual general meeting takes place next Wednesday",
             "Brilliant, the refund arrived this morning, thank you!"]
    labels = [model.classes[i] for i in model.probabilities(texts).argmax(1)]
    assert labels == ["negative", "neutral", "positive"]


def test_continuing_from_the_embedders_kept_states_reads_the_same_as_a_whole_pass():
    from importlib import resources

    from assistant.triage.classifier import LinearClassifier
    from index.embedders import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder()
    texts = ["I was charged twice for the same coffee", "Shares rose after the results", "hello"]
    whole = embedder.embed_batch(texts * 2)  # a long batch: encode(), nothing kept
    classifier = LinearClassifier(embedder)
    classifier.warm_up()
    assert classifier._shares_lower_layers and embedder.kept_states(texts[0]) is None
    kept_path = embedder.embed_batch(texts)  # a chat turn's short batch: kept
    np.testing.assert_allclose(kept_path, whole[:3], atol=1e-5)
    states = [embedder.kept_states(t) for t in texts]
    assert all(s is not None and s.shape[1] == 384 for s in states)
    encoder = EncoderSentiment(resources.files("assistant") / "weights" / "sentiment_encoder.safetensors")
    np.testing.assert_allclose(encoder.probabilities(texts, states), encoder.probabilities(texts), atol=1e-4)
    # a text longer than the encoder's max_tokens is read by a whole pass, as in training
    long = " ".join(["the payment was taken twice"] * 30)
    embedder.embed_batch([long])
    assert len(embedder.kept_states(long)) > 64
    np.testing.assert_allclose(encoder.probabilities([long], [embedder.kept_states(long)]),
                               encoder.probabilities([long]), atol=1e-6)
