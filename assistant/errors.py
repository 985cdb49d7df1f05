"""A small error hierarchy. Raised deep, turned into user messages at the CLI/UI/API edge.

Every message says what went wrong and what to do next.
"""


class FinbotError(Exception):
    """Base class: anything finbot can explain to a user."""


class InputError(FinbotError):
    """The user's question or message is unusable (empty, too long)."""


class IngestError(FinbotError):
    """A file could not be ingested (unsupported, corrupt, too large). The index is unchanged."""


class ModelError(FinbotError):
    """A model could not be found, verified or loaded."""


class StoreError(FinbotError):
    """The saved index is missing or unreadable."""
