"""Hybrid retrieval: dense (FAISS) and lexical (BM25) candidates fused into one ranking.

The default fusion is a convex combination of min-max normalised scores (Bruch et al. 2023,
"An Analysis of Fusion Functions for Hybrid Retrieval"): unlike reciprocal rank fusion it keeps
how far apart the scores are, so a clear lexical match is not pulled level with a weak dense one.
Reciprocal rank fusion stays available (`fusion="rrf"`). The final list takes at most
`per_document` passages from one document before filling up, so an open question still shows
the other documents that could answer it. Every returned passage carries its cosine similarity,
which is what the refusal threshold is calibrated on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import numpy as np

from assistant.answering.figures import asks_for_figure
from assistant.retrieval.coverage import acronyms, as_asked, mentions, missing_key_terms, spelled_forms
from assistant.retrieval.sections import section_topics, topic_words
from assistant.retrieval.statements import (
    primary_statements,
    rows_named,
    statement_chunks,
    statements_asked,
    statements_named,
)
from index.documents import Chunk, Passage
from index.lexical import LexicalIndex
from index.loaders.pdf import ONE_LINE_TITLE_WORDS
from index.stores import VectorStore
from index.text.numbers import years_in
from index.text.tokens import query_terms

Mode = Literal["dense", "bm25", "hybrid"]
SECTION_PASSAGES = 2  # passages given to the section a question names; the rest stay the search's
Fusion = Literal["convex", "rrf"]


class Retriever:
    def __init__(
        self,
        store: VectorStore,
        mode: Mode = "hybrid",
        candidates: int = 30,
        rrf_k: int = 60,
        fusion: Fusion = "convex",
        lexical_weight: float = 0.7,  # BM25 is the stronger ranker on financial tables (docs/evaluation.md)
        # Within one long document the ranking is among its own passages, where BM25's word counts favour the
        # chunks that repeat the question's words (a 10-K's MD&A, its notes) over the page that answers:
        # meaning ranks them better (docs/evaluation.md, "Filings"). A document no longer than the candidate
        # pool (a TAT-QA report page) keeps the usual weights.
        long_document_lexical_weight: float = 0.3,
        per_document: int | None = 2,
        lexical_query: Callable[[str], list[str]] = query_terms,
        # Within one long document, a question on a statement's figures reads that statement's table
        # (assistant/retrieval/statements.py).
        statements: bool = True,
        # Within one long document, a question naming a section's topic ("debt", "acquisitions", "legal
        # proceedings") reads that section's passage nearest in meaning (assistant/retrieval/sections.py).
        sections: bool = True,
    ):
        self.store = store
        self.lexical = LexicalIndex(store, lexical_query)
        self.mode = mode
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.fusion = fusion
        self.lexical_weight = lexical_weight
        self.long_document_lexical_weight = long_document_lexical_weight
        self.per_document = per_document
        self.statements = statements
        self.sections = sections
        # doc id -> (store revision, {topic word: chunk ids of the sections titled with it})
        self._topics: dict[str, tuple[int, dict[str, list[int]]]] = {}
        # doc id -> (store revision, its statements, their chunks' ids), found once per revision
        self._printed: dict[str, tuple[int, dict[str, list[Chunk]], dict[str, int]]] = {}
        # doc id -> (store revision, {(page, table context): chunk ids of that table's parts})
        self._parts: dict[str, tuple[int, dict[tuple[int | None, str], list[int]]]] = {}

    def search(
        self, query: str, vector: np.ndarray, k: int, doc_ids: Sequence[str] | None = None, mode: Mode | None = None
    ) -> list[Passage]:
        with self.store.reading():  # every id below stays readable until the passages are built
            return self._search(query, vector, k, doc_ids, mode or self.mode)

    def _search(self, query: str, vector: np.ndarray, k: int, doc_ids: Sequence[str] | None, mode: Mode):
        scored: list[list[tuple[int, float]]] = []
        cosine: dict[int, float] = {}
        allowed = None
        if mode in ("dense", "hybrid"):
            dense = self.store.search_ids(vector, self.candidates, doc_ids)
            cosine.update(dense)
            scored.append(dense)
        if mode in ("bm25", "hybrid"):
            allowed = self.store.chunk_ids(doc_ids) if doc_ids is not None else None
            if allowed == []:
                return []
            scored.append(self.lexical.search(query, self.candidates, allowed))
        if allowed is None and doc_ids is not None and self.statements:  # dense alone: only the statements ask
            allowed = self.store.chunk_ids(doc_ids)
        long_document = doc_ids is not None and len(set(doc_ids)) == 1 and len(allowed or ()) > self.candidates
        if len(scored) == 1:
            ranked = [cid for cid, _ in scored[0]]
        elif self.fusion == "rrf":
            ranked = fuse([[cid for cid, _ in s] for s in scored], self.rrf_k)
        else:
            # one document longer than the candidate pool: passages are picked from many of its own
            weight = self.long_document_lexical_weight if long_document else self.lexical_weight
            ranked = fuse_scores(scored, [1.0 - weight, weight])
        chosen = diversify(ranked, lambda cid: self.store.chunk(cid).doc_id, k, self.per_document)
        chosen = self._name_every_key_term(query, chosen, ranked)
        if long_document and self.statements:
            chosen = self._captions_to_tables(chosen, doc_ids[0])
            chosen = self._with_named_rows(query, chosen, doc_ids[0])
            chosen = self._with_statements(query, chosen, doc_ids[0])
        if long_document and self.sections:
            chosen = self._with_section(query, vector, chosen, doc_ids[0])
        chosen = self._name_abbreviations(query, chosen, ranked)
        missing = [cid for cid in chosen if cid not in cosine]
        cosine.update(zip(missing, self.store.similarities(vector, missing).tolist(), strict=True))
        return [Passage(self.store.chunk(cid), float(cosine[cid])) for cid in chosen]

    def _with_named_rows(self, query: str, chosen: list[int], doc_id: str) -> list[int]:
        """A chosen chunk of a table split over several swapped for its part that holds the rows the query names:
        the search finds the table by its title, which every part repeats ('Personal Auto - Results of
        Operations'), and the first part need not hold 'Loss ratio'."""
        parts = self._tables_of(doc_id)
        chosen, asked = list(chosen), as_asked(query).lower()  # the question read once for every part weighed
        for slot, cid in enumerate(chosen):
            chunk = self.store.chunk(cid)
            if chunk.kind != "table" or chunk.table is None:
                continue
            siblings = [s for s in parts.get((chunk.page, chunk.table.context), ()) if s not in chosen]
            if not siblings:
                continue
            named = {s: rows_named(self.store.chunk(s), asked) for s in [cid, *siblings]}
            best = max(siblings, key=lambda s: named[s])
            if named[best] > named[cid]:
                chosen[slot] = best
        return chosen

    def _tables_of(self, doc_id: str) -> dict[tuple[int | None, str], list[int]]:
        """The document's tables by (page, title and context): the ids of each one's parts, once per revision."""
        revision, parts = self._parts.get(doc_id, (-1, {}))
        if revision != self.store.revision:
            parts = {}
            for cid, chunk in self.store.chunks([doc_id]):
                if chunk.kind == "table" and chunk.table is not None:
                    parts.setdefault((chunk.page, chunk.table.context), []).append(cid)
            self._parts[doc_id] = (self.store.revision, parts)
        return parts

    def _captions_to_tables(self, chosen: list[int], doc_id: str) -> list[int]:
        """A chosen passage that is only a table's title ("Reconciliation of GAAP operating income to non-GAAP
        operating income", printed apart from its table) swapped for that table: the title matches the question
        best, and says nothing the table does not."""
        chosen = list(chosen)
        for slot, cid in enumerate(chosen):
            chunk = self.store.chunk(cid)
            body = chunk.text.strip().splitlines()[1:]  # under the document's title and section line
            if chunk.kind == "table" or len(body) != 1 or not _CAPTION_WORDS[0] <= len(body[0].split()) <= \
                    _CAPTION_WORDS[1]:
                continue
            title = body[0].strip()
            table = next((ids[0] for (page, context), ids in self._tables_of(doc_id).items()
                          if page == chunk.page and title in context and ids[0] not in chosen), None)
            if table is not None:
                chosen[slot] = table
        return chosen

    def _with_statements(self, query: str, chosen: list[int], doc_id: str) -> list[int]:
        """The weakest chosen chunks swapped for the statement tables the query draws on, where not chosen."""
        asked = statements_asked(query)
        printed, ids = self._statements_of(doc_id)
        asked = asked or statements_named(query, printed)  # an industry's own lines ('net premiums earned')
        if not asked:
            return chosen
        wanted = [ids[c.chunk_id] for c in statement_chunks(query, asked, printed)]
        wanted = [cid for cid in wanted if cid not in chosen]
        if not wanted:
            return chosen
        keep = max(1, len(chosen) - len(wanted))  # the best-ranked chunk stays
        result = chosen[:keep] + wanted
        # a passage given way that alone names a year or a name of the query ("Asia Pacific": the geography
        # table, not the income statement's net sales) takes the last statement chunk's place instead
        slot = len(result) - 1
        for cid in chosen[keep:]:
            missing = missing_key_terms(query, [Passage(self.store.chunk(c), 0.0) for c in result])
            if slot >= keep and any(mentions(Passage(self.store.chunk(cid), 0.0), term) for term in missing):
                result[slot], slot = cid, slot - 1
        return result

    def _with_section(self, query: str, vector: np.ndarray, chosen: list[int], doc_id: str) -> list[int]:
        """The weakest chosen chunk swapped for the nearest chunk of a section whose title names the query's
        topic, where no chosen chunk is from such a section."""
        revision, topics = self._topics.get(doc_id, (-1, {}))
        if revision != self.store.revision:
            topics = section_topics(self.store.chunks([doc_id]))
            self._topics[doc_id] = (self.store.revision, topics)
        ids = sorted({cid for word in topic_words(query) for cid in topics.get(word, ())})
        if not ids or set(ids) & set(chosen):
            return chosen
        if asks_for_figure(query, about_reports=True):  # a figure is in the section's tables, where it has some
            ids = [cid for cid in ids if self.store.chunk(cid).kind == "table"] or ids
        # the statements just added stay: the weakest of the search's own passages give way, the best-ranked stays
        printed = set(self._printed.get(doc_id, (-1, {}, {}))[2].values())
        weakest = [i for i in range(len(chosen) - 1, 0, -1) if chosen[i] not in printed][:min(SECTION_PASSAGES,
                                                                                                 len(ids))]
        similarity = self.store.similarities(vector, ids)
        nearest = [ids[i] for i in np.argsort(-similarity)[:len(weakest)]]
        chosen = list(chosen)
        for slot, cid in zip(sorted(weakest), nearest, strict=True):
            chosen[slot] = cid
        return chosen

    def _statements_of(self, doc_id: str) -> tuple[dict[str, list[Chunk]], dict[str, int]]:
        """The document's own statements and their chunks' ids, read from the store once per revision."""
        revision, printed, ids = self._printed.get(doc_id, (-1, {}, {}))
        if revision != self.store.revision:
            revision = self.store.revision
            pairs = self.store.chunks([doc_id])
            printed = primary_statements([chunk for _, chunk in pairs])
            kept = {chunk.chunk_id for parts in printed.values() for chunk in parts}
            ids = {chunk.chunk_id: cid for cid, chunk in pairs if chunk.chunk_id in kept}
            self._printed[doc_id] = (revision, printed, ids)
        return printed, ids

    def _name_abbreviations(self, query: str, chosen: list[int], ranked: list[int]) -> list[int]:
        """An abbreviation the query types ("adjusted EBITDA") that no chosen chunk prints, where a candidate does:
        the weakest chosen chunk gives way to the best-ranked one that prints it. The embedding finds any page of
        figures near such a question, and the steps above fill the last slots with statements and sections."""
        def prints(cid: int, term: str) -> bool:  # as typed, or spelled out ("selling, general and administrative")
            chunk = self.store.chunk(cid)
            return mentions(Passage(chunk, 0.0), term) or any(f in chunk.text.lower() for f in spelled_forms(term))

        terms = acronyms(query)
        if not terms:
            return chosen  # the usual case: nothing more is read
        # a figure, or a period's, is in a table, where one prints the term: prose that names it (a definition of
        # "Adjusted EBITDA") does not hold it
        figure = asks_for_figure(query, about_reports=True) or bool(years_in(query))

        def table(cid: int) -> bool:
            return self.store.chunk(cid).kind == "table"

        unprinted = [term for term in terms if not any(prints(cid, term) and (table(cid) or not figure)
                                                       for cid in chosen)]
        chosen, slot = list(chosen), len(chosen) - 1
        for term in unprinted:
            holders = [cid for cid in ranked if cid not in chosen and prints(cid, term)]
            tables = [cid for cid in holders if table(cid)] if figure else []
            if figure and not tables and any(prints(cid, term) for cid in chosen):
                continue  # no table prints it: the prose already chosen is what there is
            holder = next(iter(tables or holders), None)
            if holder is not None and slot > 0:  # the best-ranked chunk stays
                chosen[slot], slot = holder, slot - 1
        return chosen

    def _name_every_key_term(self, query: str, chosen: list[int], ranked: list[int]) -> list[int]:
        """Swap the weakest chosen chunks for the best-ranked ones that mention a year or name the query
        uses and no chosen chunk does. Prose about free cash flow outranks the table row of it, but
        'free cash flow in 2019' needs the chunk that says 2019; without it the question is refused."""
        missing = missing_key_terms(query, [Passage(self.store.chunk(cid), 0.0) for cid in chosen])
        if not missing:
            return chosen  # the usual case: no other candidate needs to be read
        candidates = {cid: Passage(self.store.chunk(cid), 0.0) for cid in ranked if cid not in chosen}
        chosen, slot = list(chosen), len(chosen) - 1
        for term in missing:
            holder = next((cid for cid in candidates if cid not in chosen and mentions(candidates[cid], term)), None)
            if holder is None:
                continue
            if slot > 0:  # the best-ranked chunk stays
                chosen[slot], slot = holder, slot - 1
            else:
                chosen.append(holder)
        return chosen


_CAPTION_WORDS = (3, ONE_LINE_TITLE_WORDS)  # words of a passage that is only a table's title (as the PDF loader takes)


def fuse(rankings: Sequence[Sequence[int]], rrf_k: int = 60) -> list[int]:
    """Reciprocal rank fusion of several rankings of ids, best first (ties keep first-seen order)."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (rrf_k + rank + 1)
    return sorted(scores, key=lambda cid: -scores[cid])


def fuse_scores(scored: Sequence[Sequence[tuple[int, float]]], weights: Sequence[float]) -> list[int]:
    """Weighted sum of each list's scores min-max normalised to [0, 1]; an id a list lacks gets 0 there."""
    total: dict[int, float] = {}
    for pairs, weight in zip(scored, weights, strict=True):
        if not pairs:
            continue
        values = [score for _, score in pairs]
        low, span = min(values), max(values) - min(values)
        for cid, score in pairs:
            normalised = (score - low) / span if span > 0 else 1.0
            total[cid] = total.get(cid, 0.0) + weight * normalised
    return sorted(total, key=lambda cid: -total[cid])


def diversify(ranked: Sequence[int], document_of: Callable[[int], str], k: int, per_document: int | None) -> list[int]:
    """The first k ids taking at most `per_document` from one document, then the skipped ones in order."""
    if per_document is None:
        return list(ranked[:k])
    chosen: list[int] = []
    skipped: list[int] = []
    taken: dict[str, int] = {}
    for cid in ranked:
        if len(chosen) == k:
            break
        doc = document_of(cid)
        if taken.get(doc, 0) < per_document:
            chosen.append(cid)
            taken[doc] = taken.get(doc, 0) + 1
        else:
            skipped.append(cid)
    return chosen + skipped[: k - len(chosen)]
