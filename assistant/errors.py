"""The error hierarchy as the edges see it: the ingest side's errors plus the assistant's own.

Raised deep, turned into user messages at the CLI/UI/API edge. Every message says what went wrong
and what to do next.
"""

from index.errors import FinbotError, IngestError, ModelError, StoreError


class InputError(FinbotError):
    """The user's question or message is unusable (empty, too long)."""


__all__ = ["FinbotError", "IngestError", "InputError", "ModelError", "StoreError"]
