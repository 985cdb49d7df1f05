"""Vector stores: callers depend on `VectorStore`; the composition root picks the backend."""

from index.stores.base import DocumentRecord, VectorStore
from index.stores.faiss_store import FaissStore
from index.stores.milvus_store import MilvusStore

__all__ = ["DocumentRecord", "FaissStore", "MilvusStore", "VectorStore"]
