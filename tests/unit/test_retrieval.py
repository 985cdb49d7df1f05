import pytest

from assistant.retrieval.hybrid import Retriever, diversify, fuse, fuse_scores
from index.text.tokens import query_terms, tokenize
from tests.conftest import add_document


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


def test_query_terms_drop_calculation_words_unless_nothing_else_is_left():
    assert query_terms("What was the percentage change in Other from 2018 to 2019?") == ["other", "2018", "2019"]
    assert query_terms("What is the average?") == ["average"]


def test_fuse_scores_keeps_score_gaps_and_weights():
    dense = [(1, 0.9), (2, 0.8), (3, 0.1)]
    lexical = [(3, 12.0), (2, 11.0), (4, 1.0)]
    assert fuse_scores([dense, lexical], [0.3, 0.7])[:2] == [2, 3]  # 2 is good in both; 3 wins BM25 by a margin
    assert fuse_scores([dense, []], [0.5, 0.5]) == [1, 2, 3]


def test_diversify_caps_each_document_then_fills_up():
    owner = {1: "a", 2: "a", 3: "a", 4: "b", 5: "c"}.get
    assert diversify([1, 2, 3, 4, 5], owner, 4, per_document=1) == [1, 4, 5, 2]
    assert diversify([1, 2, 3, 4], owner, 3, per_document=2) == [1, 2, 4]
    assert diversify([1, 2, 3], owner, 3, per_document=1) == [1, 2, 3]  # one document in scope: all of it
    assert diversify([1, 2, 3], owner, 2, per_document=None) == [1, 2]


def test_a_year_the_question_names_pulls_in_a_chunk_that_mentions_it(store, embedder):
    add_document(
        store, embedder, "cash.md",
        "Free cash flow is useful to investors: free cash flow shows the cash free for dividends.",
        "Free cash flow explained: we define free cash flow before spectrum payments.",
        "Cash flow table | 2019: 4,411 | 2018: 4,044",
    )
    retriever = Retriever(store, mode="bm25")
    query = "How much is the 2019 free cash flow?"
    plain = retriever.search("How much is the free cash flow?", embedder.embed(query), k=2, doc_ids=["cash.md"])
    assert all("2019" not in p.chunk.text for p in plain)  # prose about free cash flow ranks first
    passages = retriever.search(query, embedder.embed(query), k=2, doc_ids=["cash.md"])
    assert passages[0].chunk.text == plain[0].chunk.text  # the best chunk stays
    assert "2019" in passages[1].chunk.text


def test_within_one_long_document_meaning_weighs_more_than_word_counts(store, embedder, monkeypatch):
    import assistant.retrieval.hybrid as hybrid

    weights = []
    real = hybrid.fuse_scores
    monkeypatch.setattr(hybrid, "fuse_scores", lambda scored, w: weights.append(round(w[1], 2)) or real(scored, w))
    query = "card fee"
    short_pool = Retriever(store, candidates=1, lexical_weight=0.7, long_document_lexical_weight=0.3)
    short_pool.search(query, embedder.embed(query), k=4)
    short_pool.search(query, embedder.embed(query), k=4, doc_ids=["report.md", "fees.csv"])
    short_pool.search(query, embedder.embed(query), k=4, doc_ids=["report.md"])  # more chunks than the pool
    Retriever(store, lexical_weight=0.7, long_document_lexical_weight=0.3).search(
        query, embedder.embed(query), k=4, doc_ids=["report.md"])  # the whole document fits the pool
    assert weights == [0.7, 0.7, 0.3, 0.7]
