"""Vector stores: callers depend on `VectorStore`; the composition root picks the backend."""

from index.stores.base import DocumentRecord, VectorStore
from index.stores.faiss_store import FaissStore

__all__ = ["DocumentRecord", "FaissStore", "VectorStore"]
