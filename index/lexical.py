"""BM25 over the same chunks as the vector index. Rebuilt in memory from the store.

Exact words matter in finance (a line item, a ticker, a year) where embeddings blur
them, so lexical and dense rankings are fused in assistant/retrieval/hybrid.py.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass

import bm25s
import numpy as np

from index.stores import VectorStore
from index.text.tokens import query_terms, tokenize


@dataclass(frozen=True)
class _Built:
    """BM25 over one revision of the store, with the chunk id of each of its rows."""

    revision: int
    ids: np.ndarray
    bm25: bm25s.BM25 | None
    vocabulary: frozenset[str]


class LexicalIndex:
    """BM25 scores for every chunk id in a store, rebuilt when the store changes.

    A store with its own full-text index (Milvus) ranks the chunks itself; only the vocabulary is built here.
    """

    def __init__(self, store: VectorStore, query_tokens: Callable[[str], list[str]] = query_terms):
        self.store = store
        self.query_tokens = query_tokens
        self._index = _Built(-1, np.zeros(0, dtype=np.int64), None, frozenset())
        self._building = threading.Lock()

    def _current(self) -> _Built:
        """The index for the store as it is now. Built whole and swapped in at once, so a search never
        sees the ids of one revision with the BM25 of another while an ingest runs."""
        if self._index.revision == self.store.revision:
            return self._index
        # The read view first, then the build lock, in every thread: the other order deadlocks against a
        # caller that already holds a read view while a writer queues.
        with self.store.reading(), self._building:  # one thread rebuilds; the others wait and take its result
            revision, items = self.store.snapshot()
            if self._index.revision != revision:
                corpus = [tokenize(f"{c.title} {c.section or ''} {c.text}") or ["_"] for _, c in items]
                bm25 = bm25s.BM25() if corpus and not self.store.has_full_text else None
                if bm25 is not None:
                    bm25.index(corpus, show_progress=False)
                ids = np.asarray([cid for cid, _ in items], dtype=np.int64)
                self._index = _Built(revision, ids, bm25, frozenset(t for tokens in corpus for t in tokens))
            return self._index

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word the indexed chunks use."""
        return self._current().vocabulary

    def search(self, query: str, k: int, chunk_ids: Collection[int] | None = None) -> list[tuple[int, float]]:
        """(chunk id, BM25 score) best first; only ids in `chunk_ids` when given."""
        tokens = self.query_tokens(query)
        if self.store.has_full_text:
            return self.store.lexical_search(tokens, k, chunk_ids) if tokens else []
        built = self._current()
        if built.bm25 is None or not tokens:
            return []
        scores = built.bm25.get_scores(tokens)
        if chunk_ids is not None:
            mask = np.isin(built.ids, np.fromiter(chunk_ids, dtype=np.int64))
            scores = np.where(mask, scores, 0.0)
        order = np.argsort(-scores)[:k]
        return [(int(built.ids[i]), float(scores[i])) for i in order if scores[i] > 0]
