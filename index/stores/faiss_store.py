"""FAISS vectors plus a metadata sidecar, saved atomically as one snapshot.

Vectors are L2-normalised, so an exact inner-product index gives cosine similarity.
A flat index is exact and fast for tens of thousands of chunks; past a few million
an IVF or HNSW index would be the next step.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from pathlib import Path

import faiss
import numpy as np

from index.documents import Chunk, Passage
from index.errors import StoreError

_POINTER = "CURRENT"
_FORMAT_VERSION = 1


@dataclass
class DocumentRecord:
    """What the store remembers about one ingested document."""

    doc_id: str
    source: str
    title: str
    fingerprint: str
    chunk_ids: list[int] = field(default_factory=list)


class FaissStore:
    """Chunks by integer id in an `IndexIDMap2(IndexFlatIP)`, documents by doc_id."""

    def __init__(self, dimension: int, embedder_name: str = ""):
        self.dimension = dimension
        self.embedder_name = embedder_name
        self._index = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
        self._chunks: dict[int, Chunk] = {}
        self._documents: dict[str, DocumentRecord] = {}
        self._next_id = 0
        self._lock = threading.RLock()
        self.revision = 0  # bumped on every change, so caches built on the store know to refresh

    # -- reading -----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._chunks)

    @property
    def documents(self) -> list[DocumentRecord]:
        return sorted(self._documents.values(), key=lambda d: d.source)

    def document(self, doc_id: str) -> DocumentRecord | None:
        return self._documents.get(doc_id)

    def chunks(self) -> list[tuple[int, Chunk]]:
        """Every chunk with its integer id, in id order."""
        return sorted(self._chunks.items())

    def chunk(self, chunk_id: int) -> Chunk:
        return self._chunks[chunk_id]

    def chunk_ids(self, doc_ids: Collection[str]) -> list[int]:
        return [cid for d in doc_ids if (rec := self._documents.get(d)) for cid in rec.chunk_ids]

    def similarities(self, vector: np.ndarray, chunk_ids: Collection[int]) -> np.ndarray:
        """Cosine similarity of `vector` to each given chunk (vectors are stored normalised)."""
        with self._lock:
            stored = np.stack([self._index.reconstruct(int(cid)) for cid in chunk_ids]) if chunk_ids else None
        if stored is None:
            return np.zeros(0, dtype=np.float32)
        return stored @ np.asarray(vector, dtype=np.float32)

    def search_ids(
        self, vector: np.ndarray, k: int, doc_ids: Collection[str] | None = None
    ) -> list[tuple[int, float]]:
        """(chunk id, cosine) of the top-k chunks, optionally only from the given documents."""
        with self._lock:
            if not self._chunks:
                return []
            params = None
            if doc_ids is not None:
                allowed = self.chunk_ids(doc_ids)
                if not allowed:
                    return []
                params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64)))
            query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
            scores, ids = self._index.search(query, min(k, len(self._chunks)), params=params)
            return [(int(i), float(s)) for s, i in zip(scores[0], ids[0], strict=True) if i != -1]

    def search(self, vector: np.ndarray, k: int, doc_ids: Collection[str] | None = None) -> list[Passage]:
        """Top-k chunks by cosine similarity, optionally only from the given documents."""
        return [Passage(self._chunks[cid], score) for cid, score in self.search_ids(vector, k, doc_ids)]

    # -- writing -----------------------------------------------------------------
    def replace_document(
        self, record: DocumentRecord, chunks: list[Chunk], vectors: np.ndarray
    ) -> None:
        """Put a document's chunks in, dropping whatever an earlier version of it had."""
        if len(chunks) != len(vectors):
            raise ValueError("one vector per chunk")
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.size and vectors.shape[1] != self.dimension:
            raise StoreError(
                f"Embedding size {vectors.shape[1]} does not match the index ({self.dimension}). "
                "Delete FINBOT_HOME/index and ingest again after changing the embedder."
            )
        with self._lock:
            self.remove(record.doc_id)
            ids = np.arange(self._next_id, self._next_id + len(chunks), dtype=np.int64)
            self._next_id += len(chunks)
            if len(chunks):
                self._index.add_with_ids(vectors, ids)
            for cid, chunk in zip(ids.tolist(), chunks, strict=True):
                self._chunks[cid] = chunk
            record.chunk_ids = ids.tolist()
            self._documents[record.doc_id] = record
            self.revision += 1

    def remove(self, doc_id: str) -> bool:
        """Delete a document and its chunks; False when there was no such document."""
        with self._lock:
            record = self._documents.pop(doc_id, None)
            if record is None:
                return False
            if record.chunk_ids:
                self._index.remove_ids(np.asarray(record.chunk_ids, dtype=np.int64))
            for cid in record.chunk_ids:
                self._chunks.pop(cid, None)
            self.revision += 1
            return True

    def find_documents(self, source: str) -> list[str]:
        """doc_ids whose id or source equals `source` (or, for a file, its prefix before '#')."""
        return [
            d.doc_id
            for d in self._documents.values()
            if source in (d.doc_id, d.source) or d.source.split("#", 1)[0] == source
        ]

    # -- persistence ---------------------------------------------------------------
    def save(self, directory: Path) -> None:
        """Write a new snapshot folder, then switch the CURRENT pointer to it atomically.

        A crash mid-save leaves the previous snapshot in place and readable.
        """
        directory.mkdir(parents=True, exist_ok=True)
        with self._lock:
            snapshot = directory / f"snap-{uuid.uuid4().hex[:12]}"
            snapshot.mkdir()
            faiss.write_index(self._index, str(snapshot / "vectors.faiss"))
            with open(snapshot / "chunks.jsonl", "w", encoding="utf-8") as f:
                for cid, chunk in sorted(self._chunks.items()):
                    f.write(json.dumps({"id": cid, **asdict(chunk)}, ensure_ascii=False) + "\n")
            manifest = {
                "format": _FORMAT_VERSION,
                "dimension": self.dimension,
                "embedder": self.embedder_name,
                "next_id": self._next_id,
                "documents": [asdict(d) for d in self._documents.values()],
            }
            (snapshot / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False))
            _fsync_dir(snapshot)
            tmp_pointer = directory / f".{_POINTER}.tmp"
            tmp_pointer.write_text(snapshot.name)
            os.replace(tmp_pointer, directory / _POINTER)
        for old in directory.glob("snap-*"):
            if old.name != snapshot.name:
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> FaissStore | None:
        """The saved store, or None when nothing was saved yet."""
        pointer = directory / _POINTER
        if not pointer.exists():
            return None
        snapshot = directory / pointer.read_text().strip()
        try:
            manifest = json.loads((snapshot / "manifest.json").read_text())
            store = cls(int(manifest["dimension"]), manifest.get("embedder", ""))
            store._index = faiss.read_index(str(snapshot / "vectors.faiss"))
            with open(snapshot / "chunks.jsonl", encoding="utf-8") as f:
                for line in f:
                    row = json.loads(line)
                    chunk_id = int(row.pop("id"))
                    store._chunks[chunk_id] = Chunk(**row)
            store._documents = {d["doc_id"]: DocumentRecord(**d) for d in manifest["documents"]}
            store._next_id = int(manifest["next_id"])
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise StoreError(
                f"The saved index in {directory} is unreadable ({exc}). "
                "Delete that folder and run `finbot ingest` again."
            ) from exc
        return store


def _fsync_dir(path: Path) -> None:
    for name in os.listdir(path):
        with open(path / name, "rb") as f:
            os.fsync(f.fileno())

