"""FAISS vectors plus a metadata sidecar, saved atomically as one snapshot.

Vectors are L2-normalised, so an exact inner-product index gives cosine similarity.
A flat index is exact and fast for tens of thousands of chunks; an HNSW graph (`hnsw_m` > 0) trades a
little recall for search time that grows far slower with the corpus (docs/benchmarks.md). HNSW cannot
delete, so a removed chunk is left in the graph, masked out of every search, until removed chunks
outnumber live ones and the graph is rebuilt from the live vectors.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import faiss
import numpy as np

from index.documents import Chunk
from index.errors import StoreError
from index.stores.base import DocumentRecord, VectorStore

_POINTER = "CURRENT"
_FORMAT_VERSION = 1
_LOAD_ATTEMPTS = 5  # a load racing several saves reads the pointer again (see FaissStore.load)
HNSW_EF_SEARCH = 64  # candidates HNSW keeps while searching: recall@10 against flat in docs/benchmarks.md
_HNSW_EF_CONSTRUCTION = 80


class FaissStore(VectorStore):
    """Chunks by integer id in an `IndexIDMap2` over a flat (or, with `hnsw_m`, an HNSW) inner-product index,
    documents by doc_id, persisted under `directory` (None: in memory only)."""

    def __init__(self, dimension: int, embedder_name: str = "", directory: Path | None = None, hnsw_m: int = 0):
        super().__init__(dimension, embedder_name)
        self.directory = directory
        self.hnsw_m = hnsw_m
        self._index = new_index(dimension, hnsw_m)
        self._masked: set[int] = set()  # removed chunks still in an HNSW graph
        self._chunks: dict[int, Chunk] = {}
        self._documents: dict[str, DocumentRecord] = {}
        self._next_id = 0
        self._saving = threading.Lock()  # one save at a time: each removes the snapshots before its own

    # -- reading -----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._chunks)

    @property
    def documents(self) -> list[DocumentRecord]:
        with self.reading():  # a write must not resize the dict while it is being listed
            return sorted(self._documents.values(), key=lambda d: d.source)

    def document(self, doc_id: str) -> DocumentRecord | None:
        return self._documents.get(doc_id)

    def chunk(self, chunk_id: int) -> Chunk:
        return self._chunks[chunk_id]

    def vectors(self, chunk_ids: Sequence[int]) -> np.ndarray:
        return np.stack([self._index.reconstruct(int(cid)) for cid in chunk_ids])

    def _nearest(self, query: np.ndarray, k: int, allowed: list[int] | None) -> list[tuple[int, float]]:
        if not self._chunks:
            return []
        selector = None
        if allowed is not None:
            selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
        elif self._masked:
            masked = faiss.IDSelectorBatch(np.asarray(sorted(self._masked), dtype=np.int64))
            selector = faiss.IDSelectorNot(masked)
        if self.hnsw_m:
            params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(HNSW_EF_SEARCH, k))
        else:
            params = faiss.SearchParameters(sel=selector) if selector is not None else None
        scores, ids = self._index.search(query.reshape(1, -1), min(k, len(self._chunks)), params=params)
        return [(int(i), float(s)) for s, i in zip(scores[0], ids[0], strict=True) if i != -1]

    # -- writing -----------------------------------------------------------------
    def _replace(self, record: DocumentRecord, chunks: list[Chunk], vectors: np.ndarray) -> None:
        self._delete(record.doc_id)
        ids = np.arange(self._next_id, self._next_id + len(chunks), dtype=np.int64)
        self._next_id += len(chunks)
        if len(chunks):
            self._index.add_with_ids(vectors, ids)
        for cid, chunk in zip(ids.tolist(), chunks, strict=True):
            self._chunks[cid] = chunk
        record.chunk_ids = ids.tolist()
        self._documents[record.doc_id] = record

    def _delete(self, doc_id: str) -> bool:
        record = self._documents.pop(doc_id, None)
        if record is None:
            return False
        for cid in record.chunk_ids:
            self._chunks.pop(cid, None)
        if not record.chunk_ids:
            return True
        if not self.hnsw_m:
            self._index.remove_ids(np.asarray(record.chunk_ids, dtype=np.int64))
            return True
        self._masked.update(record.chunk_ids)
        if len(self._masked) > len(self._chunks):
            self._rebuild_graph()
        return True

    def _rebuild_graph(self) -> None:
        live = np.asarray(sorted(self._chunks), dtype=np.int64)
        index = new_index(self.dimension, self.hnsw_m)
        if len(live):
            index.add_with_ids(self.vectors(live.tolist()), live)
        self._index, self._masked = index, set()

    # -- persistence ---------------------------------------------------------------
    def persist(self) -> None:
        """Write a new snapshot folder, then switch the CURRENT pointer to it atomically.

        A crash mid-save leaves the previous snapshot in place and readable.
        """
        if self.directory is None:
            raise StoreError("This index lives in memory only; give it a directory to persist it.")
        directory = self.directory
        directory.mkdir(parents=True, exist_ok=True)
        # A read view, so searches go on while it saves; the save lock keeps another save from deleting this
        # one's folder before CURRENT points to it.
        with self.reading(), self._saving:
            snapshot = directory / f"snap-{uuid.uuid4().hex[:12]}"
            snapshot.mkdir()
            faiss.write_index(self._index, str(snapshot / "vectors.faiss"))
            with open(snapshot / "chunks.jsonl", "w", encoding="utf-8") as f:
                for cid, chunk in sorted(self._chunks.items()):
                    f.write(json.dumps({"id": cid, **chunk.to_dict()}, ensure_ascii=False) + "\n")
            manifest = {
                "format": _FORMAT_VERSION,
                "dimension": self.dimension,
                "embedder": self.embedder_name,
                "next_id": self._next_id,
                "hnsw_m": self.hnsw_m,
                "masked": sorted(self._masked),
                "documents": [asdict(d) for d in self._documents.values()],
            }
            (snapshot / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False))
            _fsync_dir(snapshot)
            tmp_pointer = directory / f".{_POINTER}.tmp"
            tmp_pointer.write_text(snapshot.name)
            previous = _read_pointer(directory)
            os.replace(tmp_pointer, directory / _POINTER)
            # The snapshot CURRENT named until now is kept until the next save: a loader that read the pointer
            # just before the switch is still reading it.
            for old in directory.glob("snap-*"):
                if old.name not in (snapshot.name, previous):
                    shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, location: str | Path) -> FaissStore | None:
        """The saved store, or None when nothing was saved yet."""
        directory = Path(location)
        for attempt in range(_LOAD_ATTEMPTS):
            if not (directory / _POINTER).exists():
                return None
            try:
                return cls._load_snapshot(directory, directory / _read_pointer(directory))
            except StoreError:
                # Saves running beside this load may have moved CURRENT on twice and removed the snapshot it
                # was reading; the pointer names a whole one again, so read it afresh.
                if attempt == _LOAD_ATTEMPTS - 1:
                    raise
        return None

    @classmethod
    def _load_snapshot(cls, directory: Path, snapshot: Path) -> FaissStore:
        try:
            manifest = json.loads((snapshot / "manifest.json").read_text())
            store = cls(int(manifest["dimension"]), manifest.get("embedder", ""), directory,
                        int(manifest.get("hnsw_m", 0)))
            store._index = faiss.read_index(str(snapshot / "vectors.faiss"))
            store._masked = set(manifest.get("masked", []))
            with open(snapshot / "chunks.jsonl", encoding="utf-8") as f:
                for line in f:
                    row = json.loads(line)
                    chunk_id = int(row.pop("id"))
                    store._chunks[chunk_id] = Chunk.from_dict(row)
            store._documents = {d["doc_id"]: DocumentRecord(**d) for d in manifest["documents"]}
            store._next_id = int(manifest["next_id"])
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            raise StoreError(
                f"The saved index in {directory} is unreadable ({exc}). "
                "Delete that folder and run `finbot ingest` again."
            ) from exc
        return store


def _read_pointer(directory: Path) -> str | None:
    try:
        return (directory / _POINTER).read_text().strip() or None
    except FileNotFoundError:
        return None


def new_index(dimension: int, hnsw_m: int = 0) -> faiss.Index:
    """An empty inner-product index with our own ids: exact (flat), or an HNSW graph with `hnsw_m` links."""
    if not hnsw_m:
        return faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
    return faiss.IndexIDMap2(new_hnsw(dimension, hnsw_m))


def new_hnsw(dimension: int, hnsw_m: int) -> faiss.IndexHNSWFlat:
    graph = faiss.IndexHNSWFlat(dimension, hnsw_m, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = _HNSW_EF_CONSTRUCTION
    return graph


def _fsync_dir(path: Path) -> None:
    for name in os.listdir(path):
        with open(path / name, "rb") as f:
            os.fsync(f.fileno())

