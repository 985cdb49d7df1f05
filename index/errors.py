"""Errors the ingest side can raise. The assistant adds its own in assistant/errors.py.

Raised deep, turned into user messages at the CLI/UI/API edge; every message says what to do next.
"""


class FinbotError(Exception):
    """Base class: anything finbot can explain to a user."""


class IngestError(FinbotError):
    """A file could not be ingested (unsupported, corrupt, too large). The index is unchanged."""


class ModelError(FinbotError):
    """A model could not be found, verified or loaded."""


class StoreError(FinbotError):
    """The saved index is missing or unreadable."""
