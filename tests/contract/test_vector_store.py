"""What every VectorStore backend must do, run against each one through the `backend` fixture.

Callers (retriever, lexical index, ingest, pipeline) rely only on this behaviour, so a backend that passes
can replace FAISS in the composition root. Tests specific to one backend's storage live beside it
(tests/unit/test_store.py for FAISS).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from index.documents import content_hash
from index.errors import StoreError
from index.stores import DocumentRecord, FaissStore, MilvusStore, VectorStore
from tests.conftest import make_chunk
from tests.fakes import HashEmbedder

# name -> (dimension, location) -> an empty store that persists at `location`.
# A new backend adds one entry; every test below then runs against it too.
BACKENDS: dict[str, Callable[[int, Path], VectorStore]] = {
    "faiss": lambda dimension, location: FaissStore(dimension, "hash", location),
    "faiss-hnsw": lambda dimension, location: FaissStore(dimension, "hash", location, hnsw_m=16),
    "milvus": lambda dimension, location: MilvusStore(dimension, "hash", location),  # milvus-lite: a local file
}

FEES = ("Card replacement fee: £5.00 per card.", "Foreign transaction fee: 2.75% of the value.")
REPORT = ("Revenue in 2024 was £412.3 million.", "Operating profit in 2024 was £61.0 million.")


@pytest.fixture(params=sorted(BACKENDS))
def backend(request, tmp_path, embedder) -> Callable[[], VectorStore]:
    """Makes an empty store of the parametrised backend; all of one test's stores share a location."""
    return lambda: BACKENDS[request.param](embedder.dimension, tmp_path / "store")


def put(store: VectorStore, embedder: HashEmbedder, doc_id: str, texts: tuple[str, ...], tenant: str = "default"):
    record = DocumentRecord(doc_id, doc_id, doc_id.title(), content_hash(*texts), tenant=tenant)
    store.replace_document(record, [make_chunk(doc_id, t) for t in texts], embedder.embed_batch(list(texts)))
    return record


class VectorStoreContract:
    __test__ = True  # collected despite the name, which says what it is

    @pytest.fixture
    def filled(self, backend, embedder) -> VectorStore:
        store = backend()
        put(store, embedder, "fees.csv", FEES)
        put(store, embedder, "report.md", REPORT)
        return store

    # -- add and get ---------------------------------------------------------------------
    def test_added_document_can_be_read_back(self, backend, embedder):
        store = backend()
        record = put(store, embedder, "fees.csv", FEES)
        assert len(record.chunk_ids) == 2 and len(store) == 2
        assert store.document("fees.csv") == record
        assert [d.doc_id for d in store.documents] == ["fees.csv"]
        assert [store.chunk(cid).text for cid in record.chunk_ids] == list(FEES)
        assert [c.text for _, c in store.chunks(["fees.csv"])] == list(FEES)
        assert store.chunk_ids(["fees.csv"]) == record.chunk_ids

    def test_unknown_ids_read_as_missing(self, filled):
        assert filled.document("nope") is None
        assert filled.chunk_ids(["nope"]) == []
        with pytest.raises(KeyError):
            filled.chunk(10_000)

    def test_documents_are_listed_by_source_and_chunks_by_id(self, filled):
        assert [d.doc_id for d in filled.documents] == ["fees.csv", "report.md"]
        ids = [cid for cid, _ in filled.chunks()]
        assert ids == sorted(ids) and len(ids) == 4

    def test_every_vector_needs_a_chunk(self, backend, embedder):
        with pytest.raises(ValueError, match="one vector per chunk"):
            backend().replace_document(
                DocumentRecord("x", "x", "X", "f"), [make_chunk("x", "text")], embedder.embed_batch(["a", "b"])
            )

    # -- replace and delete --------------------------------------------------------------
    def test_replacing_a_document_drops_its_old_chunks_and_never_reuses_ids(self, filled, embedder):
        old_ids = filled.document("fees.csv").chunk_ids
        new = put(filled, embedder, "fees.csv", ("Card replacement fee: £7.50 per card.",))
        texts = [c.text for _, c in filled.chunks()]
        assert "Card replacement fee: £7.50 per card." in texts and FEES[0] not in texts
        assert len(filled) == 3 and not set(new.chunk_ids) & set(old_ids)
        hits = filled.search_ids(embedder.embed(FEES[0]), k=10)
        assert not {cid for cid, _ in hits} & set(old_ids)

    def test_delete_removes_the_document_and_its_vectors(self, filled, embedder):
        old_ids = filled.document("fees.csv").chunk_ids
        assert filled.remove("fees.csv") is True
        assert filled.remove("fees.csv") is False
        assert filled.document("fees.csv") is None and len(filled) == 2
        assert {p.chunk.doc_id for p in filled.search(embedder.embed("card fee"), k=10)} == {"report.md"}
        with pytest.raises(KeyError):
            filled.chunk(old_ids[0])

    def test_revision_changes_with_every_write_and_only_then(self, filled, embedder):
        before = filled.revision
        filled.search(embedder.embed("fee"), k=2)
        assert filled.remove("nope") is False
        assert filled.revision == before
        put(filled, embedder, "new.txt", ("Savings accounts pay 3.1%.",))
        assert filled.revision > before
        after_put = filled.revision
        filled.remove("new.txt")
        assert filled.revision > after_put

    # -- search --------------------------------------------------------------------------
    def test_search_ranks_by_cosine_best_first(self, filled, embedder):
        query = embedder.embed(FEES[0])
        passages = filled.search(query, k=4)
        assert passages[0].chunk.text == FEES[0]
        assert passages[0].score == pytest.approx(1.0, abs=1e-5)  # the same text: identical unit vector
        assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
        assert len(passages) == 4 and len(filled.search(query, k=2)) == 2

    def test_search_scores_agree_with_similarities(self, filled, embedder):
        query = embedder.embed("operating profit 2024")
        hits = filled.search_ids(query, k=4)
        scores = filled.similarities(query, [cid for cid, _ in hits])
        assert scores.tolist() == pytest.approx([s for _, s in hits], abs=1e-5)
        assert filled.similarities(query, []).shape == (0,)

    def test_search_can_be_filtered_to_documents(self, filled, embedder):
        passages = filled.search(embedder.embed(FEES[0]), k=4, doc_ids=["report.md"])
        assert len(passages) == 2 and {p.chunk.doc_id for p in passages} == {"report.md"}
        assert filled.search(embedder.embed("fee"), k=4, doc_ids=["nope"]) == []

    def test_tenant_filter_never_returns_another_tenants_chunks(self, backend, embedder):
        store = backend()
        put(store, embedder, "a-fees.csv", FEES, tenant="acme")
        put(store, embedder, "b-fees.csv", FEES, tenant="bank")  # the same text: equally close to any query
        query = embedder.embed(FEES[0])
        assert {p.chunk.doc_id for p in store.search(query, k=10, tenant="acme")} == {"a-fees.csv"}
        assert {p.chunk.doc_id for p in store.search(query, k=10, tenant="bank")} == {"b-fees.csv"}
        assert store.search(query, k=10, doc_ids=["b-fees.csv"], tenant="acme") == []
        assert store.search(query, k=10, tenant="nobody") == []
        assert store.chunk_ids(tenant="acme") == store.document("a-fees.csv").chunk_ids
        assert len(store.search(query, k=10)) == 4  # no tenant given: every tenant's chunks

    def test_a_private_upload_is_visible_only_to_its_session_and_keeps_its_owner(self, backend, embedder, tmp_path):
        from assistant.retrieval.access import visible_documents

        store = backend()
        put(store, embedder, "fees.csv", FEES)
        record = DocumentRecord("private-s1/fees.csv", "fees.csv", "Fees", content_hash(*REPORT), owner="s1")
        store.replace_document(record, [make_chunk(record.doc_id, t) for t in REPORT], embedder.embed_batch(REPORT))
        query = embedder.embed(REPORT[0])
        for session, expected in (("s1", {"fees.csv", "private-s1/fees.csv"}), ("s2", {"fees.csv"})):
            visible = visible_documents(store, session=session)
            assert {p.chunk.doc_id for p in store.search(query, k=10, doc_ids=visible)} == expected
        store.persist()
        loaded = type(store).load(tmp_path / "store")
        assert loaded.document("private-s1/fees.csv").owner == "s1"
        assert loaded.document("fees.csv").owner is None

    def test_documents_default_to_one_tenant(self, filled):
        assert {d.tenant for d in filled.documents} == {"default"}

    def test_empty_store_finds_nothing(self, backend, embedder):
        store = backend()
        query = embedder.embed("fee")
        assert len(store) == 0 and store.documents == [] and store.chunks() == []
        assert store.search(query, k=3) == []
        assert store.search(query, k=3, doc_ids=["fees.csv"]) == []
        assert store.search(query, k=3, tenant="default") == []

    def test_vectors_of_another_dimension_are_refused(self, filled):
        with pytest.raises(StoreError, match="does not match"):
            filled.replace_document(
                DocumentRecord("x.txt", "x.txt", "X", "f"), [make_chunk("x.txt", "text")], np.ones((1, 3), np.float32)
            )
        with pytest.raises(StoreError, match="does not match"):
            filled.search(np.ones(3, np.float32), k=2)
        assert filled.document("x.txt") is None

    def test_find_documents_matches_id_source_and_file_prefix(self, filled, embedder):
        assert filled.find_documents("fees.csv") == ["fees.csv"]
        filled.replace_document(
            DocumentRecord("uid-1", "dev.json#uid-1", "T", "f"),
            [make_chunk("uid-1", "Total sales 2019")],
            embedder.embed_batch(["Total sales 2019"]),
        )
        assert filled.find_documents("dev.json") == ["uid-1"]
        assert filled.find_documents("uid-1") == ["uid-1"]
        assert filled.find_documents("nope") == []

    # -- persistence ---------------------------------------------------------------------
    def test_nothing_persisted_loads_as_none(self, backend, tmp_path):
        assert type(backend()).load(tmp_path / "elsewhere") is None

    def test_persist_and_load_round_trip(self, backend, embedder, tmp_path):
        store = backend()
        put(store, embedder, "fees.csv", FEES, tenant="acme")
        put(store, embedder, "report.md", REPORT)
        store.persist()
        loaded = type(store).load(tmp_path / "store")
        assert loaded is not None and loaded.dimension == store.dimension
        assert loaded.documents == store.documents
        assert loaded.chunks() == store.chunks()
        query = embedder.embed("operating profit 2024")
        before, after = store.search_ids(query, 4), loaded.search_ids(query, 4)
        assert [cid for cid, _ in after] == [cid for cid, _ in before]
        assert [s for _, s in after] == pytest.approx([s for _, s in before])
        assert loaded.search(query, 4, tenant="acme")[0].chunk.doc_id == "fees.csv"
        # ids keep counting after a reload, so new chunks never collide with old ones
        put(loaded, embedder, "new.txt", ("Some new text about savings accounts.",))
        assert len({cid for cid, _ in loaded.chunks()}) == 5

    def test_a_table_chunk_keeps_its_table_through_persist_and_load(self, backend, embedder, tmp_path):
        from tests.tables import table_chunk

        chunk = table_chunk("Income statement (GBP millions)", ("Line item", "2024", "2023"),
                            ("Revenue", "412.6", "386.9"), ("", "Current assets", ""), ("Cash", "10", "9"))
        store = backend()
        store.replace_document(DocumentRecord(chunk.doc_id, chunk.source, "", "f"), [chunk],
                               embedder.embed_batch([chunk.text]))
        store.persist()
        [(_, loaded)] = type(store).load(tmp_path / "store").chunks()
        assert loaded == chunk and loaded.table.rows[-1].group == "Current assets"

    def test_a_reloaded_store_persists_back_to_where_it_came_from(self, backend, embedder, tmp_path):
        store = backend()
        put(store, embedder, "fees.csv", FEES)
        store.persist()
        loaded = type(store).load(tmp_path / "store")
        loaded.remove("fees.csv")
        loaded.persist()
        assert type(store).load(tmp_path / "store").documents == []
