"""The Generator protocol: stream text for a list of chat messages; `generate` is derived from it."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import TypedDict

_TOKEN_LIKE = re.compile(r"\w+|[^\w\s]")


class ChatMessage(TypedDict):
    role: str  # "system" | "user" | "assistant"
    content: str


class Generator(ABC):
    """Produces an answer for chat messages. `stream` is the one required method."""

    name: str = "generator"

    @abstractmethod
    def stream(
        self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0
    ) -> Iterator[str]:
        """Yield text pieces as they are produced; their concatenation is the answer."""

    def generate(self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0) -> str:
        return "".join(self.stream(messages, max_new_tokens=max_new_tokens, temperature=temperature))

    def count_tokens(self, text: str) -> int:
        """Tokens in `text` as this generator counts them (for `usage`); the default counts words and
        punctuation marks, which a backend with its own tokenizer replaces."""
        return len(_TOKEN_LIKE.findall(text))

    def warm_up(self) -> None:  # noqa: B027 - optional hook: remote generators have nothing to load
        """Load weights now rather than on the first question."""
