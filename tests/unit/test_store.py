import numpy as np
import pytest

from assistant.errors import StoreError
from index.stores.faiss_store import DocumentRecord, FaissStore
from tests.conftest import add_document, make_chunk


def test_search_ranks_the_matching_chunk_first(store, embedder):
    passages = store.search(embedder.embed("card replacement fee"), k=2)
    assert passages[0].chunk.text.startswith("Card replacement fee")
    assert passages[0].score >= passages[1].score


def test_search_can_be_scoped_to_one_document(store, embedder):
    passages = store.search(embedder.embed("card replacement fee"), k=4, doc_ids=["report.md"])
    assert passages and {p.chunk.doc_id for p in passages} == {"report.md"}


def test_scope_to_unknown_document_finds_nothing(store, embedder):
    assert store.search(embedder.embed("fee"), k=4, doc_ids=["nope"]) == []


def test_replacing_a_document_drops_its_old_chunks(store, embedder):
    add_document(store, embedder, "fees.csv", "Card replacement fee: £7.50 per card.")
    texts = [c.text for _, c in store.chunks()]
    assert "Card replacement fee: £7.50 per card." in texts
    assert not any("£5.00" in t for t in texts)
    assert len(store.document("fees.csv").chunk_ids) == 1


def test_remove_deletes_document_and_vectors(store, embedder):
    assert store.remove("fees.csv")
    assert not store.remove("fees.csv")
    assert all(p.chunk.doc_id == "report.md" for p in store.search(embedder.embed("card fee"), k=10))
    assert len(store) == 2


def test_save_and_load_round_trip(store, embedder, tmp_path):
    store.save(tmp_path / "index")
    loaded = FaissStore.load(tmp_path / "index")
    assert loaded is not None
    assert [d.doc_id for d in loaded.documents] == [d.doc_id for d in store.documents]
    query = embedder.embed("operating profit 2024")
    assert [p.chunk for p in loaded.search(query, 2)] == [p.chunk for p in store.search(query, 2)]
    # ids keep counting after a reload, so new chunks never collide with old ones
    add_document(loaded, embedder, "new.txt", "Some new text about savings accounts.")
    assert len(set(cid for cid, _ in loaded.chunks())) == 5


def test_save_keeps_only_the_latest_snapshot(store, tmp_path):
    store.save(tmp_path / "index")
    store.save(tmp_path / "index")
    assert len(list((tmp_path / "index").glob("snap-*"))) == 1


def test_load_of_missing_index_is_none(tmp_path):
    assert FaissStore.load(tmp_path / "nothing") is None


def test_load_of_corrupt_index_says_how_to_fix(store, tmp_path):
    store.save(tmp_path / "index")
    snapshot = next((tmp_path / "index").glob("snap-*"))
    (snapshot / "manifest.json").write_text("{not json")
    with pytest.raises(StoreError, match="finbot ingest"):
        FaissStore.load(tmp_path / "index")


def test_wrong_embedding_size_is_refused(store):
    chunk = make_chunk("x.txt", "text")
    with pytest.raises(StoreError, match="does not match"):
        store.replace_document(DocumentRecord("x.txt", "x.txt", "X", "f"), [chunk], np.ones((1, 3), np.float32))


def test_find_documents_matches_id_source_and_file_prefix(store, embedder):
    assert store.find_documents("fees.csv") == ["fees.csv"]
    store.replace_document(
        DocumentRecord("uid-1", "dev.json#uid-1", "T", "f"),
        [make_chunk("uid-1", "Total sales 2019")],
        embedder.embed_batch(["Total sales 2019"]),
    )
    assert store.find_documents("dev.json") == ["uid-1"]
    assert store.find_documents("uid-1") == ["uid-1"]
