"""question → (tags) → retrieval → prompt → generation → checked, cited Answer."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import prompts
from assistant.errors import InputError
from assistant.generation import ChatMessage, Generator
from assistant.retrieval import Retriever
from assistant.rewrite import standalone_query
from assistant.settings import Settings
from assistant.verify import check_answer
from index.documents import Passage
from index.embedders import Embedder
from index.store import FaissStore

REFUSAL = "I can't find that in the documents I have, so I won't guess."


@dataclass
class Turn:
    """One exchange of a conversation, as the UI and CLI keep it."""

    question: str
    answer: str


@dataclass
class Citation:
    number: int  # the [n] marker in the answer text
    source: str
    text: str
    score: float
    location: str
    doc_id: str

    @classmethod
    def of(cls, number: int, passage: Passage) -> Citation:
        chunk = passage.chunk
        return cls(number, chunk.source, chunk.text, round(passage.score, 4), chunk.location, chunk.doc_id)


@dataclass
class Answer:
    answer: str
    citations: list[Citation] = field(default_factory=list)
    refused: bool = False
    confidence: float = 0.0
    query: str = ""  # the standalone query retrieval used
    numbers_verified: bool | None = None
    unsupported_numbers: list[str] = field(default_factory=list)
    # Filled by the classifier (#3); null until then, never faked.
    intent: str | None = None
    sentiment: str | None = None
    escalate: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "citations": [
                {"n": c.number, "source": c.source, "text": c.text, "score": c.score, "location": c.location, "document": c.doc_id}
                for c in self.citations
            ],
            "intent": self.intent,
            "sentiment": self.sentiment,
            "escalate": self.escalate,
            "confidence": self.confidence,
            "refused": self.refused,
            "query": self.query,
            "numbers_verified": self.numbers_verified,
            "unsupported_numbers": self.unsupported_numbers,
        }


class Assistant:
    def __init__(self, settings: Settings, embedder: Embedder, store: FaissStore, generator: Generator):
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self.generator = generator
        self.retriever = Retriever(store, mode=settings.retrieval)

    def answer(
        self, question: str, history: Sequence[Turn] = (), document: str | None = None
    ) -> Answer:
        result = None
        for event in self.stream(question, history, document):
            if isinstance(event, Answer):
                result = event
        assert result is not None
        return result

    def stream(
        self, question: str, history: Sequence[Turn] = (), document: str | None = None
    ) -> Iterator[str | Answer]:
        """Yield generated text pieces as they come, then the final checked `Answer`."""
        question = self.validate(question)
        query = standalone_query(question, [t.question for t in history])
        vector = self.embedder.embed(query)
        doc_ids = self._scope(document)
        passages = self.retriever.search(query, vector, self.settings.top_k, doc_ids)
        top_score = max((p.score for p in passages), default=0.0)
        if top_score < self.settings.min_relevance:
            yield REFUSAL
            yield Answer(REFUSAL, refused=True, confidence=0.0, query=query)
            return

        messages = self._messages(query, passages, history)
        pieces: list[str] = []
        for piece in self.generator.stream(
            messages, max_new_tokens=self.settings.max_new_tokens, temperature=self.settings.temperature
        ):
            pieces.append(piece)
            yield piece
        yield self._finish("".join(pieces), passages, query, top_score)

    def validate(self, question: str) -> str:
        question = (question or "").strip()
        if not question:
            raise InputError("The question is empty. Type a question about your documents.")
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise InputError(
                f"The question is {len(question):,} characters; the limit is {limit:,} "
                "(FINBOT_MAX_QUESTION_CHARS). Shorten it or split it into several questions."
            )
        return question

    def _scope(self, document: str | None) -> list[str] | None:
        if not document:
            return None
        doc_ids = self.store.find_documents(document)
        if not doc_ids:
            raise InputError(
                f"No ingested document is called {document!r}. `finbot documents` lists them."
            )
        return doc_ids

    def _messages(self, query: str, passages: list[Passage], history: Sequence[Turn]) -> list[ChatMessage]:
        messages: list[ChatMessage] = [
            {"role": "system", "content": prompts.render("answer_system", refusal=REFUSAL)}
        ]
        for turn in list(history)[-self.settings.history_turns :] if self.settings.history_turns else []:
            messages.append({"role": "user", "content": turn.question})
            messages.append({"role": "assistant", "content": _strip_markers(turn.answer)})
        messages.append(
            {"role": "user", "content": prompts.render("answer_user", passages=passages, question=query)}
        )
        return messages

    def _finish(self, text: str, passages: list[Passage], query: str, top_score: float) -> Answer:
        text = text.strip()
        if not text or _is_refusal(text):
            return Answer(REFUSAL, refused=True, confidence=0.0, query=query)
        checked = check_answer(text, passages)
        confidence = _confidence(top_score, self.settings.min_relevance, checked.numbers_verified)
        return Answer(
            checked.text,
            citations=[Citation.of(n, p) for n, p in checked.cited],
            confidence=confidence,
            query=query,
            numbers_verified=checked.numbers_verified,
            unsupported_numbers=checked.unsupported_numbers,
        )


def _strip_markers(text: str) -> str:
    return re.sub(r"\s*\[\d+\]", "", text)


def _is_refusal(text: str) -> bool:
    lowered = text.lower()
    return lowered.startswith(REFUSAL.lower()[:25]) or lowered.startswith(
        ("i can't find", "i cannot find", "the passages do not", "the documents do not")
    )


def _confidence(top_score: float, threshold: float, numbers_verified: bool) -> float:
    """Retrieval strength scaled to [0, 1] above the refusal threshold, halved for unverified figures."""
    span = max(1e-6, 0.8 - threshold)
    strength = min(1.0, max(0.0, (top_score - threshold) / span))
    return round(strength * (1.0 if numbers_verified else 0.5), 3)
