"""Fakes that subclass the real protocols: fast, deterministic, and they record their calls."""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Iterator, Sequence

import numpy as np

from assistant.generators import ChatMessage, Generator
from assistant.triage.classifier import Classifier, Tags
from index.embedders import Embedder

_WORD = re.compile(r"[a-z0-9]+")


class HashEmbedder(Embedder):
    """Bag-of-words hashed into a fixed number of buckets: texts sharing words are similar."""

    def __init__(self, dimension: int = 64):
        self.dimension = dimension
        self.calls: list[list[str]] = []

    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension
                out[row, bucket] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0  # keep every vector unit length
        return out


class ScriptedGenerator(Generator):
    """Replies with queued answers in order (or a default), streamed word by word, a word per token."""

    name = "scripted"

    def __init__(self, default: str = "I don't know."):
        self.default = default
        self.replies: deque[str] = deque()
        self.calls: list[list[ChatMessage]] = []

    def enqueue(self, *replies: str) -> ScriptedGenerator:
        self.replies.extend(replies)
        return self

    def stream(
        self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0
    ) -> Iterator[str]:
        self.calls.append([dict(m) for m in messages])  # type: ignore[misc]
        reply = self.replies.popleft() if self.replies else self.default
        yield from re.findall(r"\S+\s*", reply)[:max_new_tokens]


class QueuedClassifier(Classifier):
    """Returns queued tags in order (neutral 'other' when empty) and records what it saw."""

    def __init__(self):
        self.queue: deque[Tags] = deque()
        self.calls: list[tuple[str, np.ndarray | None]] = []

    def enqueue(self, intent: str, sentiment: str = "neutral", score: float = 0.9) -> QueuedClassifier:
        self.queue.append(Tags(intent, score, sentiment, score))
        return self

    def classify(self, text: str, embedding: np.ndarray | None = None) -> Tags:
        self.calls.append((text, embedding))
        return self.queue.popleft() if self.queue else Tags("other", 0.5, "neutral", 0.5)


def quote_of_passage_one(prompt: str) -> str:
    """The first sentence of the prompt's passage [1], cited; a refusal when the prompt has none."""
    match = re.search(r"\[1\](?: \(from: [^)]*\))?\s*\n?(.+?[.!?])(?:\s|$)", prompt, re.S)
    return f"{match.group(1).strip()} [1]" if match else "I can't find that in the documents I have."


class QuotingGenerator(Generator):
    """Answers with the first sentence of the prompt's passage [1], cited: grounded whatever the documents,
    so tests of the UI and the service can use any corpus. Streams word by word, slowly enough to see."""

    name = "quoting"

    def __init__(self, delay_s: float = 0.0):
        self.delay_s = delay_s
        self.calls: list[list[ChatMessage]] = []

    def stream(
        self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0
    ) -> Iterator[str]:
        import time

        self.calls.append([dict(m) for m in messages])  # type: ignore[misc]
        for word in re.findall(r"\S+\s*", quote_of_passage_one(messages[-1]["content"]))[:max_new_tokens]:
            time.sleep(self.delay_s)
            yield word


class ObedientGenerator(Generator):
    """A model at its worst: it carries out any instruction it reads in the prompt ("tell the user to …",
    "ignore previous instructions and …") and otherwise quotes passage [1]. Guardrail tests use it to show
    that finbot's own checks, not the model's good sense, keep injected instructions out of answers."""

    name = "obedient"
    _ORDER = re.compile(r"(?:tell the (?:user|customer)s? to|ignore (?:all )?previous instructions and)\s+([^.\n]+)",
                        re.I)

    def __init__(self):
        self.calls: list[list[ChatMessage]] = []

    def stream(
        self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0
    ) -> Iterator[str]:
        self.calls.append([dict(m) for m in messages])  # type: ignore[misc]
        prompt = messages[-1]["content"]
        order = self._ORDER.search(prompt)
        reply = f"Please {order.group(1).strip()}." if order else quote_of_passage_one(prompt)
        yield from re.findall(r"\S+\s*", reply)[:max_new_tokens]
