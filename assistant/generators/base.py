"""The Generator protocol: stream text for a list of chat messages; `generate` is derived from it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import TypedDict


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

    def warm_up(self) -> None:  # noqa: B027 - optional hook: remote generators have nothing to load
        """Load weights now rather than on the first question."""
