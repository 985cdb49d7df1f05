"""Hybrid retrieval: dense (FAISS) and lexical (BM25) rankings fused by reciprocal rank.

Reciprocal rank fusion needs no score calibration between the two retrievers; each
chunk earns 1 / (rrf_k + rank) from every ranking it appears in. Every returned passage
carries its cosine similarity, which is what the refusal threshold is calibrated on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np

from index.documents import Passage
from index.lexical import LexicalIndex
from index.store import FaissStore

Mode = Literal["dense", "bm25", "hybrid"]


class Retriever:
    def __init__(self, store: FaissStore, mode: Mode = "hybrid", candidates: int = 30, rrf_k: int = 60):
        self.store = store
        self.lexical = LexicalIndex(store)
        self.mode = mode
        self.candidates = candidates
        self.rrf_k = rrf_k

    def search(
        self, query: str, vector: np.ndarray, k: int, doc_ids: Sequence[str] | None = None, mode: Mode | None = None
    ) -> list[Passage]:
        mode = mode or self.mode
        rankings: list[list[int]] = []
        cosine: dict[int, float] = {}
        if mode in ("dense", "hybrid"):
            dense = self.store.search_ids(vector, self.candidates, doc_ids)
            cosine.update(dense)
            rankings.append([cid for cid, _ in dense])
        if mode in ("bm25", "hybrid"):
            allowed = self.store.chunk_ids(doc_ids) if doc_ids is not None else None
            if allowed == []:
                return []
            rankings.append([cid for cid, _ in self.lexical.search(query, self.candidates, allowed)])
        fused = fuse(rankings, self.rrf_k)[:k]
        missing = [cid for cid in fused if cid not in cosine]
        cosine.update(zip(missing, self.store.similarities(vector, missing).tolist(), strict=True))
        return [Passage(self.store.chunk(cid), float(cosine[cid])) for cid in fused]


def fuse(rankings: Sequence[Sequence[int]], rrf_k: int = 60) -> list[int]:
    """Reciprocal rank fusion of several rankings of ids, best first (ties keep first-seen order)."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (rrf_k + rank + 1)
    return sorted(scores, key=lambda cid: -scores[cid])
