"""Intent and sentiment tags for a user message.

Two linear heads read the retrieval embedding of the message plus hashed word and character
n-grams. The weights are plain numpy arrays shipped inside the package, so inference needs no
scikit-learn and the encoder pass per message is shared with retrieval. Sentiment is blended with a
fine-tuned copy of the MiniLM (assistant/triage/sentiment_encoder.py) when its weights are present: a
second, separate encoder pass. An intent below the head's calibrated threshold comes out as "none".
"""

from __future__ import annotations

import json
import math
import re
import threading
import zlib
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.errors import ModelError
from assistant.triage.sentiment_encoder import WEIGHTS_FILE, EncoderSentiment
from index.embedders import Embedder

HEADS = ("intent", "sentiment")
# Optional third head: "calm" or the kind of hand-off a message needs (escalation.decide reads it).
HANDOFF_HEAD = "handoff"

_URL = re.compile(r"https?://\S+|www\.\S+")
_WORD = re.compile(r"[$]?[a-z0-9]+(?:['’][a-z]+)?|[%!?]")


@dataclass(frozen=True)
class Tags:
    intent: str
    intent_score: float
    sentiment: str
    sentiment_score: float
    # With intent "none" (no tag fits well enough): the nearest tag, for staff.
    nearest: str | None = None
    # The hand-off head's most likely kind (None when its weights are absent) and its probability that the
    # message needs a person at all (1 - P(calm)).
    handoff: str | None = None
    handoff_score: float = 0.0


@dataclass(frozen=True)
class LexicalFeatures:
    """Word and character n-grams hashed with crc32 (stable across Python versions and machines).

    Each group is sublinear-tf weighted, scaled by a per-bucket idf learnt in training, L2-normalised
    and multiplied by its group weight, so the two groups and the embedding share one linear model.
    """

    bits: int = 20
    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (3, 5)
    word_weight: float = 1.0
    char_weight: float = 1.0

    def to_json(self) -> str:
        return json.dumps(self.__dict__)

    @classmethod
    def from_json(cls, text: str) -> LexicalFeatures:
        raw = json.loads(text)
        for key in ("word_ngrams", "char_ngrams"):
            raw[key] = tuple(raw[key])
        return cls(**raw)

    def ngram_counts(self, text: str) -> tuple[dict[int, float], dict[int, float]]:
        """Hashed word and char n-gram counts of one text: ({bucket: count}, {bucket: count})."""
        words = _WORD.findall(_URL.sub(" url ", text.lower()))
        mask = (1 << self.bits) - 1
        word_counts: dict[int, float] = {}
        low, high = self.word_ngrams
        for n in range(low, high + 1):
            for i in range(len(words) - n + 1):
                bucket = zlib.crc32(("w " + " ".join(words[i : i + n])).encode()) & mask
                word_counts[bucket] = word_counts.get(bucket, 0.0) + 1.0
        char_counts: dict[int, float] = {}
        low, high = self.char_ngrams
        for word in words:
            padded = f" {word} "
            for n in range(low, high + 1):
                for i in range(len(padded) - n + 1):
                    bucket = zlib.crc32(("c" + padded[i : i + n]).encode()) & mask
                    char_counts[bucket] = char_counts.get(bucket, 0.0) + 1.0
        return word_counts, char_counts

    def weighted(self, counts: dict[int, float], idf: dict[int, float] | None, weight: float):
        """Sublinear tf x idf, L2-normalised and scaled: (buckets, values)."""
        buckets = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        values = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
        if idf is not None:
            values *= np.fromiter((idf.get(int(b), 0.0) for b in buckets), dtype=np.float64, count=len(counts))
        norm = float(np.linalg.norm(values))
        return buckets, (values * (weight / norm) if norm else values)


class LinearHead:
    """softmax(([embedding * dense_weight] @ dense_coef + lexical @ sparse_coef + intercept) / temperature).

    Only the hashed buckets seen in training are stored (sorted), with their idf and coefficients.
    """

    def __init__(self, arrays: dict[str, np.ndarray]):
        self.classes = [str(c) for c in arrays["classes"]]
        self.features = LexicalFeatures.from_json(str(arrays["features"]))
        self.dense_weight = float(arrays["dense_weight"])
        self.dense_coef = arrays["dense_coef"].astype(np.float32)
        self.buckets = arrays["buckets"].astype(np.int64)
        self.idf = arrays["idf"].astype(np.float32)
        self.sparse_coef = arrays["sparse_coef"].astype(np.float32)
        self.intercept = arrays["intercept"].astype(np.float32)
        self.temperature = float(arrays["temperature"])
        self.embedder = str(arrays["embedder"])
        # Older weights have no threshold: never "none".
        self.none_threshold = float(arrays["none_threshold"]) if "none_threshold" in arrays else 0.0

    @classmethod
    def load(cls, path) -> LinearHead:
        with np.load(path, allow_pickle=False) as data:
            return cls({key: data[key] for key in data.files})

    def _lexical_scores(self, text: str) -> np.ndarray:
        scores = np.zeros(len(self.classes), dtype=np.float32)
        weights = (self.features.word_weight, self.features.char_weight)
        for counts, weight in zip(self.features.ngram_counts(text), weights, strict=True):
            if not counts:
                continue
            buckets = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            rows = np.searchsorted(self.buckets, buckets)
            rows[rows == len(self.buckets)] = 0
            known = self.buckets[rows] == buckets
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
            values = np.where(known, tf * self.idf[rows], 0.0)
            norm = float(np.linalg.norm(values))
            if norm:
                scores += (values[known] * (weight / norm)) @ self.sparse_coef[rows[known]]
        return scores

    def probabilities(self, texts: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
        logits = (embeddings * self.dense_weight) @ self.dense_coef + self.intercept
        logits += np.stack([self._lexical_scores(text) for text in texts])
        logits /= self.temperature
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


class Classifier(ABC):
    """Tags messages with an intent and a sentiment."""

    @abstractmethod
    def classify(self, text: str, embedding: np.ndarray | None = None) -> Tags:
        """Tag one message; pass the retrieval embedding to avoid a second encoder pass."""

    def classify_batch(self, texts: Sequence[str], embeddings: np.ndarray | None = None) -> list[Tags]:
        return [self.classify(t, None if embeddings is None else embeddings[i]) for i, t in enumerate(texts)]


# The fine-tuned encoder and the linear head err differently; their geometric mean beat either alone on a
# 5 % dev split of the tweets train set (0.813 vs 0.797 encoder, 0.793 linear head fitted without those
# rows; 0.809-0.815 for encoder weights 0.25-0.75), so equal weights.
ENCODER_WEIGHT = 0.5


def blend(encoder: EncoderSentiment, linear: np.ndarray, classes: list[str], texts: Sequence[str],
          states: Sequence[np.ndarray | None] | None = None) -> np.ndarray:
    """softmax(w * log p_encoder + (1 - w) * log p_linear), in the linear head's class order."""
    tuned = encoder.probabilities(texts, states)[:, [encoder.classes.index(c) for c in classes]]
    logits = ENCODER_WEIGHT * np.log(tuned + 1e-9) + (1 - ENCODER_WEIGHT) * np.log(linear + 1e-9)
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


def packaged_weights_dir():
    return resources.files("assistant") / "weights"


class LinearClassifier(Classifier):
    """Linear heads over [embedding ⊕ hashed n-grams]; weights load on first use."""

    def __init__(self, embedder: Embedder, weights_dir: str | Path | None = None, sentiment_encoder: bool = True):
        self.embedder = embedder
        self.weights_dir = weights_dir
        self.use_sentiment_encoder = sentiment_encoder
        self.sentiment_encoder = None  # EncoderSentiment, when its weights are in the folder
        self._shares_lower_layers: bool | None = None  # decided on first use of the encoder
        self._heads: dict[str, LinearHead] | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        self._load()
        self._kept_states([])

    def _kept_states(self, texts: Sequence[str]) -> list[np.ndarray | None] | None:
        """The embedder's kept token states for these texts, when the sentiment encoder shares its lower
        layers with the embedder: the encoder then runs only its own top layers (half the extra pass)."""
        encoder = self.sentiment_encoder
        if encoder is None:
            return None
        if self._shares_lower_layers is None:
            same_model = getattr(self.embedder, "model_name", None) == encoder.base
            self._shares_lower_layers = same_model and self.embedder.keep_states(encoder.first_trained_layer)
        return [self.embedder.kept_states(text) for text in texts] if self._shares_lower_layers else None

    def _load(self) -> dict[str, LinearHead]:
        with self._lock:
            if self._heads is None:
                folder = Path(self.weights_dir) if self.weights_dir else packaged_weights_dir()
                try:
                    heads = {name: LinearHead.load(folder / f"{name}.npz") for name in HEADS}
                    if (folder / f"{HANDOFF_HEAD}.npz").is_file():
                        heads[HANDOFF_HEAD] = LinearHead.load(folder / f"{HANDOFF_HEAD}.npz")
                except (OSError, KeyError, ValueError) as exc:
                    raise ModelError(
                        f"Could not load classifier weights from {folder}: {exc}. Reinstall finbot, or "
                        "retrain them with `finbot train-classifier`."
                    ) from exc
                trained_on = getattr(self.embedder, "model_name", None)
                for head in heads.values():
                    if trained_on is not None and trained_on != head.embedder:
                        raise ModelError(
                            f"Classifier weights were trained on {head.embedder!r} embeddings but the embedder "
                            f"is {trained_on!r}. Retrain with `finbot train-classifier --embedder "
                            f"{trained_on} --out DIR` and point the classifier at DIR."
                        )
                encoder_file = folder / WEIGHTS_FILE
                if self.use_sentiment_encoder and encoder_file.is_file():
                    self.sentiment_encoder = EncoderSentiment(encoder_file)
                self._heads = heads
            return self._heads

    def classify(self, text: str, embedding: np.ndarray | None = None) -> Tags:
        return self.classify_batch([text], None if embedding is None else np.asarray(embedding)[None, :])[0]

    def classify_batch(self, texts: Sequence[str], embeddings: np.ndarray | None = None) -> list[Tags]:
        if not texts:
            return []
        heads = self._load()
        vectors = self.embedder.embed_batch(texts) if embeddings is None else np.asarray(embeddings, np.float32)
        expected = heads["intent"].dense_coef.shape[0]
        if vectors.shape != (len(texts), expected):
            raise ModelError(
                f"Expected embeddings of shape ({len(texts)}, {expected}), got {vectors.shape}: "
                "pass the retrieval embedder's vectors, or retrain with `finbot train-classifier`."
            )
        intent = heads["intent"].probabilities(texts, vectors)
        sentiment, sentiment_classes = heads["sentiment"].probabilities(texts, vectors), heads["sentiment"].classes
        if self.sentiment_encoder is not None:
            sentiment = blend(self.sentiment_encoder, sentiment, sentiment_classes, texts, self._kept_states(texts))
        handoff = heads[HANDOFF_HEAD].probabilities(texts, vectors) if HANDOFF_HEAD in heads else None
        tags = []
        for i in range(len(texts)):
            best_intent, best_sentiment = int(intent[i].argmax()), int(sentiment[i].argmax())
            label, score = heads["intent"].classes[best_intent], float(intent[i, best_intent])
            unsure = score < heads["intent"].none_threshold
            tags.append(
                Tags(
                    intent="none" if unsure else label,
                    intent_score=round(score, 4),
                    sentiment=sentiment_classes[best_sentiment],
                    sentiment_score=round(float(sentiment[i, best_sentiment]), 4),
                    nearest=label if unsure else None,
                    **(handoff_fields(heads[HANDOFF_HEAD].classes, handoff[i]) if handoff is not None else {}),
                )
            )
        return tags


def handoff_fields(classes: list[str], probabilities: np.ndarray) -> dict:
    """The hand-off head's row as Tags fields: the likeliest kind other than calm, and P(not calm)."""
    calm = classes.index("calm")
    kinds = [i for i in range(len(classes)) if i != calm]
    best = max(kinds, key=lambda i: probabilities[i])
    return {"handoff": classes[best], "handoff_score": round(float(1.0 - probabilities[calm]), 4)}
