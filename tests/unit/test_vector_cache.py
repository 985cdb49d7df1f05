import numpy as np

from index.embedders import VectorCache
from tests.fakes import HashEmbedder


def test_kept_texts_are_not_embedded_again_and_the_fresh_one_always_is():
    embedder = HashEmbedder()
    cache = VectorCache(embedder)
    asked, vectors = cache.embed_batch(["fees are waived", "cards arrive in 5 days"], fresh=["what fees?"])
    assert embedder.calls == [["what fees?", "fees are waived", "cards arrive in 5 days"]]
    again_asked, again = cache.embed_batch(["cards arrive in 5 days", "fees are waived"], fresh=["what fees?"])
    assert embedder.calls[-1] == ["what fees?"]  # the question is embedded each time, the sentences once
    np.testing.assert_array_equal(again, vectors[::-1])
    np.testing.assert_array_equal(again_asked, asked)
    np.testing.assert_array_equal(vectors, embedder.embed_batch(["fees are waived", "cards arrive in 5 days"]))


def test_past_its_limit_the_least_recently_used_text_goes():
    embedder = HashEmbedder()
    cache = VectorCache(embedder, limit=2)
    cache.embed_batch(["one"])
    cache.embed_batch(["two"])
    cache.embed_batch(["one"])  # "two" is now the least recently used
    cache.embed_batch(["three"])
    embedder.calls.clear()
    cache.embed_batch(["one", "two", "three"])
    assert embedder.calls == [["two"]]


def test_nothing_asked_gives_empty_arrays_of_the_right_shape():
    cache = VectorCache(HashEmbedder(dimension=8))
    asked, vectors = cache.embed_batch([], fresh=["a question"])
    assert asked.shape == (1, 8) and vectors.shape == (0, 8)


def test_a_text_evicted_by_another_request_meanwhile_is_still_answered():
    class Busy(HashEmbedder):
        """While this request embeds, another one fills the cache past its limit."""

        def embed_batch(self, texts):
            if "new" in texts:
                cache.embed_batch(["other one", "other two"])
            return super().embed_batch(texts)

    embedder = Busy()
    cache = VectorCache(embedder, limit=2)
    cache.embed_batch(["kept"])
    _, vectors = cache.embed_batch(["kept", "new"], fresh=["question"])
    np.testing.assert_array_equal(vectors, HashEmbedder().embed_batch(["kept", "new"]))
