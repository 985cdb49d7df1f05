"""BM25 over the same chunks as the vector index. Rebuilt in memory from the store.

Exact words matter in finance (a line item, a ticker, a year) where embeddings blur
them, so lexical and dense rankings are fused in assistant/retrieval/hybrid.py.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import bm25s
import numpy as np

from index.stores import VectorStore
from index.text.tokens import query_terms, tokenize


class LexicalIndex:
    """BM25 scores for every chunk id in a store, rebuilt when the store changes."""

    def __init__(self, store: VectorStore, query_tokens: Callable[[str], list[str]] = query_terms):
        self.store = store
        self.query_tokens = query_tokens
        self._revision = -1
        self._ids: np.ndarray = np.zeros(0, dtype=np.int64)
        self._bm25: bm25s.BM25 | None = None
        self._vocabulary: frozenset[str] = frozenset()

    def _refresh(self) -> None:
        if self._revision == self.store.revision:
            return
        items = self.store.chunks()
        self._ids = np.asarray([cid for cid, _ in items], dtype=np.int64)
        corpus = [tokenize(f"{chunk.title} {chunk.section or ''} {chunk.text}") or ["_"] for _, chunk in items]
        self._vocabulary = frozenset(token for tokens in corpus for token in tokens)
        self._bm25 = bm25s.BM25() if corpus else None
        if self._bm25 is not None:
            self._bm25.index(corpus, show_progress=False)
        self._revision = self.store.revision

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word the indexed chunks use."""
        self._refresh()
        return self._vocabulary

    def search(self, query: str, k: int, chunk_ids: Collection[int] | None = None) -> list[tuple[int, float]]:
        """(chunk id, BM25 score) best first; only ids in `chunk_ids` when given."""
        self._refresh()
        tokens = self.query_tokens(query)
        if self._bm25 is None or not tokens:
            return []
        scores = self._bm25.get_scores(tokens)
        if chunk_ids is not None:
            mask = np.isin(self._ids, np.fromiter(chunk_ids, dtype=np.int64))
            scores = np.where(mask, scores, 0.0)
        order = np.argsort(-scores)[:k]
        return [(int(self._ids[i]), float(scores[i])) for i in order if scores[i] > 0]
