import pytest

from assistant.retrieval import Retriever, fuse
from index.lexical import tokenize


def test_fuse_rewards_agreement_between_rankings():
    assert set(fuse([[1, 2, 3], [3, 2, 4]])[:2]) == {2, 3}
    assert fuse([[5]]) == [5]


def test_tokenize_keeps_numbers_and_drops_stopwords():
    assert tokenize("What was the revenue in 2024: £1,496.5m?") == ["revenue", "2024", "1496.5", "m"]


@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_every_mode_finds_the_matching_chunk(store, embedder, mode):
    retriever = Retriever(store, mode=mode)
    query = "urgent card delivery"
    passages = retriever.search(query, embedder.embed(query), k=2)
    assert passages[0].chunk.text.startswith("Card replacement fee")
    assert 0.0 < passages[0].score <= 1.0001  # cosine, for the refusal threshold


def test_scoped_search_stays_inside_the_document(store, embedder):
    retriever = Retriever(store)
    passages = retriever.search("card fee", embedder.embed("card fee"), k=4, doc_ids=["report.md"])
    assert passages and {p.chunk.doc_id for p in passages} == {"report.md"}


def test_lexical_index_follows_store_changes(store, embedder):
    retriever = Retriever(store, mode="bm25")
    assert retriever.search("urgent", embedder.embed("urgent"), k=1)
    store.remove("fees.csv")
    assert retriever.search("urgent", embedder.embed("urgent"), k=1) == []
