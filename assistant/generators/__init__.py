"""Generators: callers depend on the `Generator` protocol; the composition root picks the backend."""

from assistant.generators.base import ChatMessage, Generator

__all__ = ["ChatMessage", "Generator"]
