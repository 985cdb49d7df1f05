"""The VectorStore protocol: documents' chunks with their vectors, searched by cosine similarity.

A backend implements a few primitives (read a record or a chunk, nearest neighbours among allowed ids,
replace or delete a document, load and persist); filtering, validation, listings and change tracking
are built on them here, so every backend behaves the same way and callers depend only on this class.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.documents import Chunk, Passage
from index.errors import StoreError
from index.stores.locking import ReadWriteLock


@dataclass
class DocumentRecord:
    """What the store remembers about one ingested document."""

    doc_id: str
    source: str
    title: str
    fingerprint: str
    chunk_ids: list[int] = field(default_factory=list)
    # One default tenant keeps single-tenant use config-free and lets manifests saved before tenants load.
    tenant: str = "default"
    # A chat session's private upload, seen only in that session until an admin publishes it; None: the tenant's.
    owner: str | None = None


class VectorStore(ABC):
    """Chunks by integer id, documents by doc_id. Vectors are unit length, so inner product is cosine.

    Safe to share between threads: reads share a readers-writer lock and writes hold it alone, so a caller
    that reads several times inside `with store.reading():` sees one revision throughout (ids it was given
    stay readable) while an ingest waits its turn.
    """

    # True when the backend ranks chunks by BM25 itself (`lexical_search`); otherwise index/lexical.py builds
    # a BM25 index over `snapshot()` in memory.
    has_full_text = False

    def __init__(self, dimension: int, embedder_name: str = ""):
        self.dimension = dimension
        self.embedder_name = embedder_name
        self.revision = 0  # bumped on every change, so caches built on the store know to refresh
        self._lock = ReadWriteLock()

    def reading(self):
        """A consistent read view: no write lands until the `with` block ends. Re-entrant."""
        return self._lock.shared()

    def _writing(self):
        return self._lock.exclusive()

    # -- what a backend implements ---------------------------------------------------
    @classmethod
    @abstractmethod
    def load(cls, location: str | Path) -> VectorStore | None:
        """The store persisted at `location`, or None when nothing was persisted there yet."""

    @abstractmethod
    def persist(self) -> None:
        """Make every change so far durable at the store's location."""

    @property
    @abstractmethod
    def documents(self) -> list[DocumentRecord]:
        """Every document, ordered by source."""

    @abstractmethod
    def document(self, doc_id: str) -> DocumentRecord | None: ...

    @abstractmethod
    def chunk(self, chunk_id: int) -> Chunk:
        """The chunk with this id; KeyError when there is none."""

    @abstractmethod
    def vectors(self, chunk_ids: Sequence[int]) -> np.ndarray:
        """The stored vectors of these chunks, one row each."""

    @abstractmethod
    def _nearest(self, query: np.ndarray, k: int, allowed: list[int] | None) -> list[tuple[int, float]]:
        """(chunk id, cosine) of the k nearest chunks, best first, only among `allowed` ids when given.
        Called in a read view with a float32 vector of the store's dimension and k > 0."""

    @abstractmethod
    def _replace(self, record: DocumentRecord, chunks: list[Chunk], vectors: np.ndarray) -> None:
        """Store the chunks as the whole document (dropping an earlier version) and set `record.chunk_ids`
        to their new ids, never reused. Called under the write lock with validated vectors."""

    @abstractmethod
    def _delete(self, doc_id: str) -> bool:
        """Drop a document and its chunks; False when there was no such document. Called under the write lock."""

    def lexical_search(
        self, terms: list[str], k: int, chunk_ids: Collection[int] | None = None
    ) -> list[tuple[int, float]]:
        """(chunk id, BM25 score) of the best k chunks for these search terms, only among `chunk_ids` when given.
        Only backends with `has_full_text` implement it."""
        raise NotImplementedError(f"{type(self).__name__} has no full-text index")

    # -- built on those ------------------------------------------------------------------
    def __len__(self) -> int:
        return sum(len(d.chunk_ids) for d in self.documents)

    def chunk_ids(self, doc_ids: Collection[str] | None = None, tenant: str | None = None) -> list[int]:
        """Ids of the chunks of these documents (all when None), only the tenant's when one is given."""
        with self.reading():
            records = self.documents if doc_ids is None else [r for d in doc_ids if (r := self.document(d))]
            return [cid for r in records if tenant is None or r.tenant == tenant for cid in r.chunk_ids]

    def chunks(self, doc_ids: Collection[str] | None = None, tenant: str | None = None) -> list[tuple[int, Chunk]]:
        """(id, chunk) pairs in id order, filtered as in `chunk_ids`."""
        with self.reading():
            return [(cid, self.chunk(cid)) for cid in sorted(self.chunk_ids(doc_ids, tenant))]

    def snapshot(self) -> tuple[int, list[tuple[int, Chunk]]]:
        """The revision and every (id, chunk) of it, read together, for indexes built on the store."""
        with self.reading():
            return self.revision, self.chunks()

    def find_documents(self, source: str) -> list[str]:
        """doc_ids whose id or source equals `source` (or, for a file, its prefix before '#')."""
        return [
            d.doc_id
            for d in self.documents
            if source in (d.doc_id, d.source) or d.source.split("#", 1)[0] == source
        ]

    def similarities(self, vector: np.ndarray, chunk_ids: Collection[int]) -> np.ndarray:
        """Cosine similarity of `vector` to each given chunk."""
        if not chunk_ids:
            return np.zeros(0, dtype=np.float32)
        with self.reading():
            stored = self.vectors(list(chunk_ids))
        return stored @ self._query(vector)

    def search_ids(
        self, vector: np.ndarray, k: int, doc_ids: Collection[str] | None = None, tenant: str | None = None
    ) -> list[tuple[int, float]]:
        """(chunk id, cosine) of the top-k chunks, optionally only from the given documents and/or tenant."""
        query = self._query(vector)
        with self.reading():
            allowed = None if doc_ids is None and tenant is None else self.chunk_ids(doc_ids, tenant)
            if allowed == [] or k <= 0:
                return []
            return self._nearest(query, k, allowed)

    def search(
        self, vector: np.ndarray, k: int, doc_ids: Collection[str] | None = None, tenant: str | None = None
    ) -> list[Passage]:
        """Top-k chunks by cosine similarity, filtered as in `search_ids`."""
        with self.reading():
            return [Passage(self.chunk(cid), score) for cid, score in self.search_ids(vector, k, doc_ids, tenant)]

    def replace_document(self, record: DocumentRecord, chunks: list[Chunk], vectors: np.ndarray) -> None:
        """Put a document's chunks in, dropping whatever an earlier version of it had."""
        if len(chunks) != len(vectors):
            raise ValueError("one vector per chunk")
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.size:
            self._check_dimension(vectors.shape[1])
        with self._writing():
            self._replace(record, chunks, vectors)
            self.revision += 1

    def remove(self, doc_id: str) -> bool:
        """Delete a document and its chunks; False when there was no such document."""
        with self._writing():
            removed = self._delete(doc_id)
            if removed:
                self.revision += 1
            return removed

    def _query(self, vector: np.ndarray) -> np.ndarray:
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        self._check_dimension(query.shape[0])
        return query

    def _check_dimension(self, size: int) -> None:
        if size != self.dimension:
            raise StoreError(
                f"Embedding size {size} does not match the index ({self.dimension}). "
                "Delete FINBOT_HOME/index and ingest again after changing the embedder."
            )
