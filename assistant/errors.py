"""The error hierarchy as the edges see it: the ingest side's errors plus the assistant's own.

Raised deep, turned into user messages at the CLI/UI/API edge. Every message says what went wrong
and what to do next.
"""

from index.errors import FinbotError, IngestError, ModelError, StoreError


class InputError(FinbotError):
    """The user's question or message is unusable (empty, too long)."""


class BusyError(FinbotError):
    """Every generation slot and queue place is taken: the caller should retry after `retry_after` seconds."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


__all__ = ["BusyError", "FinbotError", "IngestError", "InputError", "ModelError", "StoreError"]
