"""Text generation behind one small protocol: stream tokens for a list of chat messages."""

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

    def generate(
        self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0
    ) -> str:
        return "".join(self.stream(messages, max_new_tokens=max_new_tokens, temperature=temperature))

    def warm_up(self) -> None:
        """Load weights now rather than on the first question."""


# ---------------------------------------------------------------- stop rules (pure, testable without torch)


def split_at_stop(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    """Return (text before the earliest stop string, whether one was found)."""
    cuts = [i for i in (text.find(s) for s in stops) if i >= 0]
    return (text[: min(cuts)], True) if cuts else (text, False)


class StopTrimmer:
    """Passes streamed text through, holding back any tail that could be the start of a stop string,
    so the stop text itself is never shown."""

    def __init__(self, stops: Sequence[str]):
        self.stops = [s for s in stops if s]
        self.pending = ""
        self.stopped = False

    def feed(self, piece: str) -> str:
        if self.stopped:
            return ""
        self.pending += piece
        head, self.stopped = split_at_stop(self.pending, self.stops)
        if self.stopped:
            self.pending = ""
            return head
        keep = max((n for s in self.stops for n in range(1, len(s)) if self.pending.endswith(s[:n])), default=0)
        out, self.pending = self.pending[: len(self.pending) - keep], self.pending[len(self.pending) - keep :]
        return out

    def flush(self) -> str:
        out, self.pending = ("" if self.stopped else self.pending), ""
        return out


def stop_window(stops: Sequence[str]) -> int:
    """Tokens to decode at each step: enough to contain any stop string that just ended
    (a token decodes to at least one character, except byte pieces, hence the margin)."""
    return 2 * max((len(s) for s in stops), default=0) + 4
