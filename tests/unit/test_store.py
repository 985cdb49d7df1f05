"""FAISS storage details; the behaviour every store shares is in tests/contract/test_vector_store.py."""

import json

import pytest

from assistant.errors import StoreError
from index.stores import FaissStore


def test_save_keeps_the_latest_snapshot_and_the_one_before_it(store, settings):
    """The one before stays for a loader that read the pointer just before the switch; older ones go."""
    for _ in range(4):
        store.persist()
    snapshots = {p.name for p in settings.index_dir.glob("snap-*")}
    assert len(snapshots) == 2 and (settings.index_dir / "CURRENT").read_text().strip() in snapshots


def test_load_of_corrupt_index_says_how_to_fix(store, settings):
    store.persist()
    snapshot = settings.index_dir / (settings.index_dir / "CURRENT").read_text().strip()
    (snapshot / "manifest.json").write_text("{not json")
    with pytest.raises(StoreError, match="finbot ingest"):
        FaissStore.load(settings.index_dir)


def test_manifest_saved_before_tenants_loads_into_the_default_tenant(store, settings):
    store.persist()
    manifest_path = next(settings.index_dir.glob("snap-*")) / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    for document in manifest["documents"]:
        del document["tenant"]
    manifest_path.write_text(json.dumps(manifest))
    assert {d.tenant for d in FaissStore.load(settings.index_dir).documents} == {"default"}


def test_an_in_memory_store_refuses_to_persist(embedder):
    with pytest.raises(StoreError, match="memory only"):
        FaissStore(embedder.dimension).persist()


def test_table_chunks_saved_before_chunks_carried_tables_get_them_back(embedder, tmp_path):
    """An index built by an earlier finbot keeps its table answers: the Table is rebuilt from the text once."""
    from assistant.answering.tables.lookup import lookup
    from index.documents import Passage
    from index.stores import DocumentRecord
    from tests.tables import table_chunk

    chunk = table_chunk("Income statement (GBP millions)", ("Line item", "2024", "2023"), ("Revenue", "412.6", "386.9"))
    store = FaissStore(embedder.dimension, directory=tmp_path)
    record = DocumentRecord(chunk.doc_id, chunk.source, "", "f")
    store.replace_document(record, [chunk], embedder.embed_batch([chunk.text]))
    store.persist()
    chunks_path = next(tmp_path.glob("snap-*")) / "chunks.jsonl"
    rows = [json.loads(line) for line in chunks_path.read_text().splitlines()]
    for row in rows:
        del row["table"]
    chunks_path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    [(_, loaded)] = FaissStore.load(tmp_path).chunks()
    assert loaded.table == chunk.table
    assert lookup("What was revenue in 2023?", [Passage(loaded, 0.7)]).cells == (("2023", "386.9"),)


def test_saves_from_several_threads_leave_a_loadable_index(store, settings):
    from concurrent.futures import ThreadPoolExecutor

    for _ in range(5):
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(lambda _: store.persist(), range(3)))
        assert len(FaissStore.load(settings.index_dir)) == len(store)


def test_hnsw_masks_removed_chunks_until_it_rebuilds_and_keeps_the_mask_on_disk(embedder, tmp_path):
    from tests.conftest import add_document

    store = FaissStore(embedder.dimension, "hash", tmp_path, hnsw_m=8)
    add_document(store, embedder, "a.txt", "Card replacement fee: £5.00 per card.", "Savings pay 3.1%.")
    add_document(store, embedder, "b.txt", "Foreign transaction fee: 2.75%.", "ATM fee: £1.50.", "Overdraft: 39.9%.")
    old = store.document("a.txt").chunk_ids
    add_document(store, embedder, "a.txt", "Card replacement fee: £7.50 per card.")  # 2 masked, 4 live
    store.persist()
    loaded = FaissStore.load(tmp_path)
    assert loaded.hnsw_m == 8 and loaded._masked == set(old)
    hits = {cid for cid, _ in loaded.search_ids(embedder.embed("Card replacement fee: £5.00 per card."), k=10)}
    assert hits and not hits & set(old)
    loaded.remove("b.txt")  # now 5 masked against 1 live: the graph is rebuilt from the live vectors
    assert loaded._masked == set() and loaded._index.ntotal == 1
    [(cid, score)] = loaded.search_ids(embedder.embed("Card replacement fee: £7.50 per card."), k=10)
    assert cid == loaded.document("a.txt").chunk_ids[0] and score == pytest.approx(1.0, abs=1e-5)
