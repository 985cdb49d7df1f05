"""Chunks in Milvus: the same store on one machine (milvus-lite, a local file) or many (a Milvus cluster URI).

Two collections: `<prefix>_chunks` (id, vector, document, tenant, BM25 terms, the chunk as JSON) and
`<prefix>_documents` (one row per DocumentRecord, plus one row of store metadata). Every read goes to
Milvus, so N finbot replicas pointed at one cluster share one index; chunks are also cached by id,
which is safe because an id is never reused for other content.

Lexical search: every chunk's terms go into Milvus' BM25 function (a sparse field), and on a Milvus server
`lexical_search` ranks there, so no replica holds a BM25 index of the whole corpus. milvus-lite's BM25 is
pure Python (436 ms a query at 2,000 chunks against 0.04 ms for bm25s in memory; docs/benchmarks.md), so
on a local file the default is the in-memory BM25 of index/lexical.py over the store's chunks.
The text given to Milvus is finbot's own tokens (index/text/tokens.py) so figures such as "1,234.5" stay
one term, as in the in-memory BM25.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections import OrderedDict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from index.documents import Chunk, Passage
from index.errors import StoreError
from index.stores.base import DocumentRecord, VectorStore
from index.text.tokens import tokenize

log = logging.getLogger(__name__)

LITE_FILE = "milvus.db"  # a folder given as the location holds the milvus-lite database under this name
_META = "__finbot_store__"  # the documents collection's row holding dimension, embedder, next id, revision
_REMOTE = ("http://", "https://", "tcp://", "grpc://", "unix:")
_MAX_TEXT = 65_535  # Milvus' VARCHAR limit, in bytes
_CACHE = 50_000  # chunks kept in memory by id
_PAGE = 1_000  # rows per query page when listing
_REVISION_CHECK_S = 1.0  # how often another replica's writes are looked for


def is_remote(location: str | Path) -> bool:
    return str(location).startswith(_REMOTE)


def lite_path(location: str | Path) -> Path:
    """The milvus-lite file for a local location: the location itself when it names a .db file."""
    path = Path(location)
    return path if path.suffix == ".db" else path / LITE_FILE


class MilvusStore(VectorStore):
    """A VectorStore on Milvus. `location`: a folder or .db file (milvus-lite), or a server URI."""

    def __init__(
        self,
        dimension: int,
        embedder_name: str = "",
        location: str | Path = "milvus.db",
        prefix: str = "finbot",
        token: str = "",
        full_text: bool | None = None,
    ):
        """`full_text`: rank lexical search in Milvus (None: on a server yes, on a milvus-lite file no)."""
        super().__init__(dimension, embedder_name)
        self.location = location
        self.has_full_text = is_remote(location) if full_text is None else full_text
        self.prefix = prefix
        self._client = _connect(location, token)
        self._chunks_name, self._documents_name = f"{prefix}_chunks", f"{prefix}_documents"
        self._cache: OrderedDict[int, Chunk] = OrderedDict()
        self._loaded = False
        self._checked_at = 0.0
        self._local_revision = 0
        meta = self._meta()
        if meta is None:
            self._create_collections()
            self._next_id = 0
            self._write_meta()
        else:
            if int(meta["dimension"]) != dimension:
                self._check_dimension(int(meta["dimension"]))
            self._next_id = int(meta["next_id"])
            self._local_revision = int(meta.get("revision", 0))

    # Another replica's writes bump the shared revision, so caches built on this store (BM25 vocabulary)
    # refresh on every replica, at most `_REVISION_CHECK_S` late.
    @property
    def revision(self) -> int:
        now = time.monotonic()
        if now - self._checked_at > _REVISION_CHECK_S and hasattr(self, "_client"):
            self._checked_at = now
            meta = self._meta()
            if meta is not None and int(meta.get("revision", 0)) > self._local_revision:
                self._local_revision = int(meta["revision"])
                self._cache.clear()
        return self._local_revision

    @revision.setter
    def revision(self, value: int) -> None:
        self._local_revision = value
        if hasattr(self, "_client"):  # the base class sets 0 before the connection exists
            self._write_meta()

    # -- reading -----------------------------------------------------------------
    @property
    def documents(self) -> list[DocumentRecord]:
        rows = self._query_all(self._documents_name, f'doc_id != "{_META}"', ["record"])
        return sorted((DocumentRecord(**row["record"]) for row in rows), key=lambda d: d.source)

    def document(self, doc_id: str) -> DocumentRecord | None:
        rows = self._client.query(self._documents_name, ids=[doc_id], output_fields=["record"])
        return DocumentRecord(**rows[0]["record"]) if rows and doc_id != _META else None

    def chunk(self, chunk_id: int) -> Chunk:
        cached = self._cache.get(chunk_id)
        if cached is not None:
            return cached
        rows = self._client.query(self._chunks_name, ids=[int(chunk_id)], output_fields=["chunk"])
        if not rows:
            raise KeyError(chunk_id)
        return self._remember(chunk_id, rows[0]["chunk"])

    def chunks(self, doc_ids: Collection[str] | None = None, tenant: str | None = None) -> list[tuple[int, Chunk]]:
        """One paged query instead of a lookup per chunk."""
        condition = self._filter(doc_ids, tenant)
        if condition is None:
            return []
        with self.reading():
            rows = self._query_all(self._chunks_name, condition or "id >= 0", ["chunk"])
            return sorted((int(r["id"]), self._remember(int(r["id"]), r["chunk"])) for r in rows)

    def vectors(self, chunk_ids: Sequence[int]) -> np.ndarray:
        wanted = [int(c) for c in chunk_ids]
        rows = {int(r["id"]): r["vector"] for r in self._client.query(
            self._chunks_name, ids=wanted, output_fields=["vector"])}
        missing = [c for c in wanted if c not in rows]
        if missing:
            raise KeyError(missing[0])
        return np.asarray([rows[c] for c in wanted], dtype=np.float32).reshape(len(wanted), self.dimension)

    def _nearest(self, query: np.ndarray, k: int, allowed: list[int] | None) -> list[tuple[int, float]]:
        condition = "" if allowed is None else f"id in {json.dumps([int(a) for a in allowed])}"
        return self._dense(query, k, condition)

    def search_ids(
        self, vector: np.ndarray, k: int, doc_ids: Collection[str] | None = None, tenant: str | None = None
    ) -> list[tuple[int, float]]:
        """Filtered by document and tenant inside Milvus, not by listing every allowed chunk id."""
        query = self._query(vector)
        condition = self._filter(doc_ids, tenant)
        if condition is None or k <= 0:
            return []
        with self.reading():
            return self._dense(query, k, condition)

    def search(
        self, vector: np.ndarray, k: int, doc_ids: Collection[str] | None = None, tenant: str | None = None
    ) -> list[Passage]:
        with self.reading():  # the hits' chunks came back with them, so these reads hit the cache
            return [Passage(self.chunk(cid), score) for cid, score in self.search_ids(vector, k, doc_ids, tenant)]

    def lexical_search(self, terms: list[str], k: int, chunk_ids: Collection[int] | None = None):
        """(chunk id, BM25 score) best first from Milvus' full-text index; only `chunk_ids` when given."""
        if not terms or k <= 0 or (chunk_ids is not None and not chunk_ids):
            return []
        condition = "" if chunk_ids is None else f"id in {json.dumps(sorted(int(c) for c in chunk_ids))}"
        with self.reading():
            hits = self._client.search(
                self._chunks_name, [_terms_text(terms)], anns_field="sparse", limit=min(k, 16_384),
                filter=condition, output_fields=["chunk"], search_params={"metric_type": "BM25"},
            )[0]
        # milvus-lite reports BM25 as a negative distance, a server as a positive score: the size is the score.
        self._remember_hits(hits)
        return [(int(h["id"]), abs(float(h["distance"]))) for h in hits]

    # -- writing -----------------------------------------------------------------
    def _replace(self, record: DocumentRecord, chunks: list[Chunk], vectors: np.ndarray) -> None:
        old = self.document(record.doc_id)
        ids = list(range(self._next_id, self._next_id + len(chunks)))
        self._next_id += len(chunks)
        rows = [
            {
                "id": cid,
                "vector": vector.tolist(),
                "doc_id": record.doc_id,
                "tenant": record.tenant,
                "terms": _terms_text(tokenize(f"{chunk.title} {chunk.section or ''} {chunk.text}")),
                "chunk": chunk.to_dict(),
            }
            for cid, chunk, vector in zip(ids, chunks, vectors, strict=True)
        ]
        self._write_meta()  # the next id first: a crash after it wastes ids, never reuses them
        if rows:
            self._client.insert(self._chunks_name, rows)
        record.chunk_ids = ids
        self._client.upsert(self._documents_name, [_document_row(record)])
        if old is not None and old.chunk_ids:
            self._drop_chunks(old.chunk_ids)

    def _delete(self, doc_id: str) -> bool:
        record = self.document(doc_id)
        if record is None:
            return False
        self._client.delete(self._documents_name, ids=[doc_id])
        self._drop_chunks(record.chunk_ids)
        return True

    def persist(self) -> None:
        """Writes are durable in Milvus as they happen; this flushes them to its storage."""
        with self.reading():
            self._write_meta()
            for name in (self._chunks_name, self._documents_name):
                self._client.flush(name)

    @classmethod
    def load(
        cls, location: str | Path, prefix: str = "finbot", token: str = "", full_text: bool | None = None
    ) -> MilvusStore | None:
        """The store at `location`, or None when nothing was stored there yet."""
        if not is_remote(location) and not lite_path(location).exists():
            return None
        client = _connect(location, token)
        if not client.has_collection(f"{prefix}_documents"):
            return None
        _load_collection(client, f"{prefix}_documents", location)
        rows = client.query(f"{prefix}_documents", ids=[_META], output_fields=["record"])
        if not rows:
            return None
        meta = rows[0]["record"]
        return cls(int(meta["dimension"]), meta.get("embedder", ""), location, prefix, token, full_text)

    # -- Milvus plumbing -------------------------------------------------------------------
    def _create_collections(self) -> None:
        from pymilvus import DataType, Function, FunctionType

        client = self._client
        schema = client.create_schema(auto_id=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=self.dimension)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=1024)
        schema.add_field("tenant", DataType.VARCHAR, max_length=256)
        schema.add_field("terms", DataType.VARCHAR, max_length=_MAX_TEXT, enable_analyzer=True)
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("chunk", DataType.JSON)
        schema.add_function(Function(name="terms_bm25", function_type=FunctionType.BM25,
                                     input_field_names=["terms"], output_field_names=["sparse"]))
        index = client.prepare_index_params()
        # Exact inner product, as FAISS flat: unit vectors make it cosine. A cluster may swap in HNSW.
        index.add_index("vector", index_type="FLAT", metric_type="IP")
        index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
        self._create(self._chunks_name, schema, index)

        schema = client.create_schema(auto_id=False)
        schema.add_field("doc_id", DataType.VARCHAR, is_primary=True, max_length=1024)
        schema.add_field("record", DataType.JSON)
        schema.add_field("unused", DataType.FLOAT_VECTOR, dim=2)  # Milvus requires a vector field
        index = client.prepare_index_params()
        index.add_index("unused", index_type="FLAT", metric_type="L2")
        self._create(self._documents_name, schema, index)

    def _create(self, name: str, schema, index) -> None:
        self._client.create_collection(name, schema=schema, consistency_level="Strong")
        # milvus-lite builds an index as it is created; pymilvus would still poll for it in 0.5 s sleeps.
        self._client.create_index(name, index, sync=is_remote(self.location))
        self._client.load_collection(name)

    def _meta(self) -> dict | None:
        if not self._client.has_collection(self._documents_name):
            return None
        if not self._loaded:
            # A new process (a restart, another replica) finds the collections released: load them to search.
            for name in (self._documents_name, self._chunks_name):
                if self._client.has_collection(name):
                    _load_collection(self._client, name, self.location)
            self._loaded = True
        rows = self._client.query(self._documents_name, ids=[_META], output_fields=["record"])
        return rows[0]["record"] if rows else None

    def _write_meta(self) -> None:
        meta = {"dimension": self.dimension, "embedder": self.embedder_name, "next_id": self._next_id,
                "revision": self._local_revision}
        self._client.upsert(self._documents_name, [{"doc_id": _META, "record": meta, "unused": [0.0, 0.0]}])

    def _dense(self, query: np.ndarray, k: int, condition: str) -> list[tuple[int, float]]:
        hits = self._client.search(
            self._chunks_name, [query.tolist()], anns_field="vector", limit=min(k, 16_384), filter=condition,
            output_fields=["chunk"], search_params={"metric_type": "IP"},
        )[0]
        self._remember_hits(hits)
        return [(int(h["id"]), float(h["distance"])) for h in hits]

    def _remember_hits(self, hits: Iterable[dict]) -> None:
        for hit in hits:
            if (chunk := (hit.get("entity") or {}).get("chunk")) is not None:
                self._remember(int(hit["id"]), chunk)

    def _remember(self, chunk_id: int, data: dict) -> Chunk:
        chunk = Chunk.from_dict(data)
        self._cache[chunk_id] = chunk
        if len(self._cache) > _CACHE:
            self._cache.popitem(last=False)
        return chunk

    def _drop_chunks(self, chunk_ids: Iterable[int]) -> None:
        ids = [int(c) for c in chunk_ids]
        for start in range(0, len(ids), _PAGE):
            self._client.delete(self._chunks_name, ids=ids[start:start + _PAGE])
        for cid in ids:
            self._cache.pop(cid, None)

    def _filter(self, doc_ids: Collection[str] | None, tenant: str | None) -> str | None:
        """A Milvus filter for these documents and tenant ('' for everything), or None when nothing can match."""
        parts = []
        if doc_ids is not None:
            if not doc_ids:
                return None
            parts.append(f"doc_id in {json.dumps(sorted(doc_ids))}")
        if tenant is not None:
            parts.append(f"tenant == {json.dumps(tenant)}")
        return " and ".join(parts)

    def _query_all(self, collection: str, condition: str, fields: list[str]) -> list[dict]:
        rows: list[dict] = []
        iterator = self._client.query_iterator(collection, batch_size=_PAGE, filter=condition, output_fields=fields)
        try:
            while batch := iterator.next():
                rows.extend(batch)
        finally:
            iterator.close()
        return rows


def _connect(location: str | Path, token: str):
    try:
        from pymilvus import MilvusClient
        from pymilvus.exceptions import MilvusException
    except ImportError as exc:  # pragma: no cover - pymilvus is a main dependency
        raise StoreError("The Milvus store needs the pymilvus package (pip install pymilvus milvus-lite).") from exc
    if is_remote(location):
        try:
            return MilvusClient(uri=str(location), token=token)
        except MilvusException as exc:
            raise StoreError(f"Could not reach the Milvus server at {location} ({exc}).") from exc
    path = lite_path(location)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return MilvusClient(str(path))
    except MilvusException as exc:
        # milvus-lite lets one process at a time open its file
        raise StoreError(
            f"The index file {path} is open in another finbot process (a running `finbot serve`?). "
            "Stop that process, add files through it, or share a Milvus server between processes instead."
        ) from exc


def _load_collection(client, name: str, location: str | Path) -> None:
    """Load a collection to search it. milvus-lite writes its index files (derived from the stored rows) in
    place, so a process killed mid-write leaves one cut short and every later load fails on it; those files
    are dropped and rebuilt from the rows once."""
    from pymilvus.exceptions import MilvusException

    try:
        client.load_collection(name)
        return
    except MilvusException:
        if is_remote(location):
            raise
        indexes = sorted((lite_path(location) / "collections" / name).glob("partitions/*/indexes"))
        if not indexes:
            raise
        log.warning("milvus-lite could not load %s; rebuilding its index files from the stored rows", name,
                    exc_info=True)
    for folder in indexes:
        shutil.rmtree(folder)
    try:
        client.load_collection(name)
    except MilvusException as exc:
        raise StoreError(f"The index in {lite_path(location)} is damaged and could not be repaired ({exc}). "
                         "Move it aside and add the documents again.") from exc


def _terms_text(terms: Iterable[str]) -> str:
    """finbot's tokens as text Milvus' analyzer splits back into the same terms: its standard analyzer splits
    on '.', which would cut a figure such as 2.75 in two, so the decimal point is spelled out."""
    text = " ".join(t.replace(".", "dot") for t in terms) or "_"
    return text.encode()[:_MAX_TEXT].decode(errors="ignore")


def _document_row(record: DocumentRecord) -> dict:
    return {"doc_id": record.doc_id, "record": asdict(record), "unused": [0.0, 0.0]}

