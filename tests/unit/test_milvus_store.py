"""Milvus specifics (milvus-lite, a local file); what every store does is in tests/contract/test_vector_store.py."""

from __future__ import annotations

import pytest

from assistant.retrieval.hybrid import Retriever
from index.lexical import LexicalIndex
from index.stores import MilvusStore
from index.stores import milvus_store as milvus_module
from tests.conftest import add_document
from tests.unit.test_store_concurrency import _race, _savings

FEES = ("Card replacement fee: £5.00 per card.", "Foreign transaction fee: 2.75% of the value.")
REPORT = ("Revenue in 2024 was £412.3 million.", "Operating profit in 2024 was £61.0 million.")


@pytest.fixture(params=[True, False], ids=["bm25-in-milvus", "bm25-in-memory"])
def milvus(request, tmp_path, embedder) -> MilvusStore:
    store = MilvusStore(embedder.dimension, "hash", tmp_path / "index", full_text=request.param)
    add_document(store, embedder, "fees.csv", *FEES)
    add_document(store, embedder, "report.md", *REPORT)
    return store


def test_lexical_search_keeps_figures_whole_wherever_it_runs(milvus):
    lexical = LexicalIndex(milvus)
    [(cid, score), *_] = lexical.search("what is the 2.75 charge", k=3)
    assert milvus.chunk(cid).text == FEES[1] and score > 0
    # "2.75" is one term: a chunk with "2" and "75" apart would not match it
    assert lexical.search("412.3", k=3)[0][0] == milvus.chunk_ids(["report.md"])[0]
    assert "2.75" in lexical.vocabulary and "revenue" in lexical.vocabulary


def test_lexical_search_keeps_to_the_chunks_asked_for(milvus):
    allowed = milvus.chunk_ids(["report.md"])
    hits = milvus.lexical_search(["fee", "revenue"], k=5, chunk_ids=allowed)
    assert hits and {cid for cid, _ in hits} <= set(allowed)
    assert milvus.lexical_search(["fee"], k=5, chunk_ids=[]) == []
    assert milvus.lexical_search([], k=5) == []


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_retrieval_over_milvus_finds_the_passage(milvus, embedder, mode):
    query = "What was operating profit in 2024?"
    passages = Retriever(milvus, mode=mode).search(query, embedder.embed(query), k=2)
    assert passages[0].chunk.text == REPORT[1]
    assert 0 < passages[0].score <= 1.0001  # every passage carries its cosine, whichever ranking found it


def test_a_second_replica_on_the_same_milvus_sees_writes_and_a_new_revision(milvus, embedder, tmp_path, monkeypatch):
    monkeypatch.setattr(milvus_module, "_REVISION_CHECK_S", 0.0)
    replica = MilvusStore.load(tmp_path / "index", full_text=milvus.has_full_text)
    before = replica.revision
    lexical = LexicalIndex(replica)
    assert "savings" not in lexical.vocabulary
    add_document(milvus, embedder, "savings.md", "Easy access savings pay 3.1% a year.")
    assert replica.revision > before
    assert replica.document("savings.md") is not None and "savings" in lexical.vocabulary


def test_an_index_of_another_dimension_is_refused(milvus, tmp_path):
    from index.errors import StoreError

    with pytest.raises(StoreError, match="does not match"):
        MilvusStore(milvus.dimension + 1, "other", tmp_path / "index")


def test_retrieval_over_milvus_never_fails_while_documents_are_replaced(milvus, embedder):
    retriever = Retriever(milvus, mode="hybrid")
    query = "savings account balances 2024"
    vector = embedder.embed(query)

    def write(n):
        add_document(milvus, embedder, "savings.md", *_savings(n))

    def read():
        assert retriever.search(query, vector, k=3)

    errors = _race(write, read)
    assert not errors, repr(errors[0])


def test_a_local_file_ranks_bm25_in_memory_and_a_server_uri_in_milvus(tmp_path, embedder):
    assert MilvusStore(embedder.dimension, "hash", tmp_path / "index").has_full_text is False
    assert milvus_module.is_remote("http://milvus:19530") and milvus_module.is_remote("https://x.zillizcloud.com")
    assert not milvus_module.is_remote(tmp_path / "index")


def test_one_setting_picks_milvus_and_its_index_outlives_a_restart(settings, embedder, tmp_path):
    from assistant.app import Finbot

    milvus_settings = settings.model_copy(update={"store": "milvus"})
    doc = tmp_path / "fees.txt"
    doc.write_text("Card replacement fee: £5.00 per card.\n\nForeign transaction fee: 2.75% of the value.\n")
    first = Finbot(milvus_settings, embedder=embedder)
    assert isinstance(first.store, MilvusStore) and first.ingest([doc]).added == ["fees.txt"]
    restarted = Finbot(milvus_settings, embedder=embedder)  # a new process would read the same file
    assert isinstance(restarted.store, MilvusStore)
    assert [d.source for d in restarted.store.documents] == ["fees.txt"]
    assert not (settings.index_dir / "CURRENT").exists()  # nothing went to FAISS


def test_an_index_written_by_another_process_loads_and_searches(tmp_path, embedder):
    """A restart: milvus-lite opens the file with its collections released, and they must be loaded again."""
    _write_in_another_process(tmp_path / "index", *FEES)
    loaded = MilvusStore.load(tmp_path / "index")
    assert loaded is not None and [d.doc_id for d in loaded.documents] == ["fees.csv"]
    [hit] = loaded.search(embedder.embed(FEES[1]), k=1)
    assert hit.chunk.text == FEES[1]


def _write_in_another_process(location, *texts) -> None:
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        f"""
        from index.stores import MilvusStore
        from tests.conftest import add_document
        from tests.fakes import HashEmbedder

        embedder = HashEmbedder()
        store = MilvusStore(embedder.dimension, "hash", {str(location)!r})
        add_document(store, embedder, "fees.csv", *{texts!r})
        store.persist()
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


def test_an_index_file_cut_short_by_a_crash_is_rebuilt_from_the_stored_rows(tmp_path, embedder):
    """kill -9 while milvus-lite writes an index file leaves it cut short; the rows themselves are intact."""
    _write_in_another_process(tmp_path / "index", *FEES)
    cut = sorted((tmp_path / "index").rglob("*.idx"))
    assert cut
    for path in cut:
        path.write_bytes(path.read_bytes()[:64])
    loaded = MilvusStore.load(tmp_path / "index")
    assert loaded is not None and [d.doc_id for d in loaded.documents] == ["fees.csv"]
    [hit] = loaded.search(embedder.embed(FEES[1]), k=1)
    assert hit.chunk.text == FEES[1]


def test_a_milvus_lite_file_open_in_another_process_is_a_plain_error(tmp_path, embedder):
    import subprocess
    import sys

    MilvusStore(embedder.dimension, "hash", tmp_path / "index")  # this process holds the file open
    script = (
        "from index.errors import StoreError\n"
        "from index.stores import MilvusStore\n"
        "try:\n"
        f"    MilvusStore.load({str(tmp_path / 'index')!r})\n"
        "except StoreError as exc:\n"
        "    print('StoreError:', exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert "StoreError:" in result.stdout and "open in another finbot process" in result.stdout
