"""BM25 over the same chunks as the vector index. Rebuilt in memory from the store.

Exact words matter in finance (a line item, a ticker, a year) where embeddings blur
them, so lexical and dense rankings are fused in assistant/retrieval.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import bm25s
import numpy as np

from index.store import FaissStore

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,]\d+)*")
_STOPWORDS = frozenset(
    """a an and are as at be by for from has have how i in is it its me my of on or our
    than that the their there this to was were what when which who why will with you your""".split()
)


# Words that say how to combine figures, not where they are: in a query they match every
# paragraph that discusses changes or averages and drown out the line item being asked about.
CALCULATION_WORDS = frozenset(
    """average between change changes decrease difference increase many much percentage ratio respectively""".split()
)


def tokenize(text: str) -> list[str]:
    return [t.replace(",", "") for t in _TOKEN.findall(text.lower()) if t not in _STOPWORDS]


def query_terms(text: str) -> list[str]:
    """Search terms of a question: its tokens less the calculation words (all of them if that leaves none)."""
    tokens = tokenize(text)
    return [t for t in tokens if t not in CALCULATION_WORDS] or tokens


class LexicalIndex:
    """BM25 scores for every chunk id in a store, rebuilt when the store changes."""

    def __init__(self, store: FaissStore, query_tokens: Callable[[str], list[str]] = query_terms):
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
