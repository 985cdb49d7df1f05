"""TAT-QA evaluation: retrieval over the whole collection, answers within each question's report.

* Retrieval (open setting): every context of the file is ingested as its own document; each
  question is searched against all of them and scored by where its gold document first appears
  among the top 10 chunks (hit@1, hit@5, MRR@10), for several retrieval configurations.
* Answers (scoped setting): `Assistant.answer(question, document=uid)`, and a stock LangChain
  RAG over the same chunks, scored with `assistant.evaluation.tatqa_metrics`.

Data: TAT-QA (Zhu et al. 2021, ACL), CC BY 4.0.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.app import Finbot
from assistant.errors import InputError
from assistant.evaluation.tatqa_ambiguity import estimate
from assistant.evaluation.tatqa_metrics import looks_like_refusal, score_answer
from assistant.retrieval.hybrid import Retriever
from index.chunking import chunk_document
from index.documents import Passage
from index.loaders import load
from index.text.tokens import tokenize

DEPTH = 10  # ranks looked at: hit@k for k <= 10 and MRR@10

# name -> (what it is, Retriever arguments). "-before" rows are the retrieval as first shipped.
SYSTEMS: dict[str, tuple[str, dict[str, Any]]] = {
    "dense": ("MiniLM cosine, at most 2 chunks per document", {"mode": "dense"}),
    "bm25": ("BM25, calculation words dropped from the query, at most 2 chunks per document", {"mode": "bm25"}),
    "hybrid": ("convex fusion 0.3 dense + 0.7 BM25, at most 2 chunks per document", {"mode": "hybrid"}),
    "dense-before": ("MiniLM cosine, no per-document cap", {"mode": "dense", "per_document": None}),
    "bm25-before": ("BM25 on the full question, no cap",
                    {"mode": "bm25", "per_document": None, "lexical_query": tokenize}),
    "hybrid-before": ("reciprocal rank fusion, full question, no cap",
                      {"mode": "hybrid", "fusion": "rrf", "per_document": None, "lexical_query": tokenize}),
    "hybrid-rrf-terms": ("reciprocal rank fusion, calculation words dropped, no cap",
                         {"mode": "hybrid", "fusion": "rrf", "per_document": None}),
    "hybrid-nocap": ("convex fusion, calculation words dropped, no cap", {"mode": "hybrid", "per_document": None}),
    "hybrid-cap1": ("convex fusion, calculation words dropped, 1 chunk per document",
                    {"mode": "hybrid", "per_document": 1}),
}


@dataclass(frozen=True)
class Question:
    uid: str
    doc_id: str  # the context's table uid, which is the document id ingestion gives it
    context: int  # index of the context in the file
    text: str
    answer: list[str]
    answer_type: str
    scale: str


def load_tatqa(path: Path) -> tuple[list[dict], list[Question]]:
    contexts = json.loads(Path(path).read_text(encoding="utf-8"))
    questions = []
    for index, context in enumerate(contexts):
        for q in context.get("questions", []):
            gold = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
            questions.append(Question(
                str(q["uid"]), str(context["table"]["uid"]), index, q["question"],
                [str(item) for item in gold], q.get("answer_type", ""), q.get("scale", ""),
            ))
    return contexts, questions


def table_passages(path: Path) -> dict[str, list[Passage]]:
    """Each context's table chunks, as passages, by document id: the input of the offline table measures."""
    return {
        doc.doc_id: [Passage(chunk, 1.0) for chunk in chunk_document(doc) if chunk.kind == "table"]
        for doc in load(Path(path), max_bytes=1 << 30)
    }


def shard(questions: Sequence[Question], spec: str | None) -> list[Question]:
    """Every Nth question from the Kth, for `spec` "K/N": N processes split a run between them."""
    if not spec:
        return list(questions)
    try:
        k, n = (int(part) for part in spec.split("/"))
    except ValueError:
        k = n = 0
    if not 1 <= k <= n:
        raise InputError(f"--shard takes K/N with 1 <= K <= N (for example 2/8), not {spec!r}.")
    return list(questions[k - 1::n])


def sample(questions: Sequence[Question], limit: int | None, seed: int = 0) -> list[Question]:
    """All questions, or a fixed-seed sample of `limit` of them kept in file order."""
    if not limit or limit >= len(questions):
        return list(questions)
    chosen = set(random.Random(seed).sample(range(len(questions)), limit))
    return [q for i, q in enumerate(questions) if i in chosen]


def ingest_contexts(finbot: Finbot, path: Path, doc_ids: set[str] | None = None, batch: int = 16) -> int:
    """Ingest the file's contexts (only `doc_ids` when given) with a progress bar; returns chunks."""
    from tqdm import tqdm

    documents = [d for d in load(Path(path), max_bytes=1 << 30) if doc_ids is None or d.doc_id in doc_ids]
    with tqdm(total=len(documents), unit="doc", desc="ingest", file=sys.stderr) as bar:
        for start in range(0, len(documents), batch):
            finbot.ingestor.ingest_documents(documents[start:start + batch])
            bar.update(len(documents[start:start + batch]))
    return len(finbot.store)


# ---------------------------------------------------------------- retrieval


def gold_rank(doc_ids: Sequence[str], gold: str) -> int | None:
    """1-based rank of the first chunk from the gold document, None when it is not in the list."""
    return next((rank for rank, doc in enumerate(doc_ids, start=1) if doc == gold), None)


def rank_metrics(ranks: Sequence[int | None]) -> dict[str, Any]:
    n = max(1, len(ranks))
    hits = [round(sum(1 for r in ranks if r is not None and r <= k) / n, 3) for k in range(1, DEPTH + 1)]
    mrr = sum(1 / r for r in ranks if r is not None and r <= DEPTH) / n
    return {"hit@1": hits[0], "hit@5": hits[4], "mrr@10": round(mrr, 3), "hit_at": hits}


def evaluate_retrieval(finbot: Finbot, contexts: list[dict], questions: Sequence[Question],
                       systems: Sequence[str], progress: bool = True) -> dict[str, Any]:
    from tqdm import tqdm

    vectors = finbot.embedder.embed_batch([q.text for q in questions])  # one batch for all questions
    ambiguity = estimate(contexts, [(q.context, q.text) for q in questions])
    placeable = [m == 0 for m in ambiguity.rivals]
    results: dict[str, Any] = {}
    for name in systems:
        description, options = SYSTEMS[name]
        retriever = Retriever(finbot.store, **options)
        started = time.perf_counter()
        ranks = []
        for q, vector in tqdm(list(zip(questions, vectors, strict=True)), desc=name, unit="q",
                              file=sys.stderr, disable=not progress, mininterval=2):
            passages = retriever.search(q.text, vector, DEPTH)
            ranks.append(gold_rank([p.chunk.doc_id for p in passages], q.doc_id))
        metrics = rank_metrics(ranks)
        metrics["hit@5_placeable"] = rank_metrics([r for r, ok in zip(ranks, placeable, strict=True) if ok])["hit@5"]
        results[name] = {"description": description, **metrics,
                         "ms_per_question": round(1000 * (time.perf_counter() - started) / max(1, len(ranks)), 1),
                         "ranks": ranks}
    return {
        "questions": len(questions),
        "documents": len(finbot.store.documents),
        "chunks": len(finbot.store),
        "embedder": finbot.settings.embedder,
        "unplaceable": ambiguity.summary() | {"ceiling_hit_at": [round(ambiguity.ceiling(k), 3)
                                                                for k in range(1, DEPTH + 1)]},
        "rivals": ambiguity.rivals,
        "question_uids": [q.uid for q in questions],
        "systems": results,
    }


# ---------------------------------------------------------------- answers


def score_row(text: str, refused: bool, q: Question) -> dict[str, Any]:
    score = score_answer("" if refused else text, q.answer, q.scale)
    return {"answer": text, "refused": refused, **asdict(score)}


class Checkpoint:
    """Rows of an answers run, one JSON line each, written as they are made, so that an interrupted
    run (a closed laptop, a machine lent for ten minutes at a time) goes on where it stopped.

    The first line records what produced the rows; resuming with a different generator, baseline
    setting or code is refused, so one report never mixes two pipelines.
    """

    def __init__(self, path: Path, fingerprint: dict[str, Any], resume: bool, shard: str = ""):
        # Each shard writes its own file beside `path` ("answers.partial.2-of-8.jsonl"), so that
        # processes never append to one file; resuming, sharded or not, reads every one of them.
        self.path = path.with_name(f"{path.stem}.{shard}{path.suffix}") if shard else path
        self.rows: dict[str, dict[str, Any]] = {}
        if resume:
            for written in sorted(path.parent.glob(f"{path.stem}*{path.suffix}")):
                self.rows.update(self._read(written, fingerprint))
        if not (resume and self.path.exists()):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"fingerprint": fingerprint}) + "\n", encoding="utf-8")

    @staticmethod
    def _read(path: Path, fingerprint: dict[str, Any]) -> dict[str, dict[str, Any]]:
        first, *rest = path.read_text(encoding="utf-8").splitlines() or ["{}"]
        recorded = json.loads(first).get("fingerprint")
        if recorded != fingerprint:
            raise InputError(
                f"{path} was written by {recorded}, not by this run ({fingerprint}); "
                "run without --resume to start over."
            )
        return {row["uid"]: row for row in map(json.loads, rest) if row}

    def add(self, row: dict[str, Any]) -> None:
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(row) + "\n")
        self.rows[row["uid"]] = row


def evaluate_answers(finbot: Finbot, questions: Sequence[Question], baseline: Callable[[Question], str] | None = None,
                     progress: bool = True, checkpoint: Checkpoint | None = None) -> dict[str, Any]:
    from tqdm import tqdm

    # finbot runs with no confidence threshold so that every answer is scored (and can be used to
    # fit the confidence model); "finbot_at_threshold" also refuses below the packaged model's
    # fitted threshold, as FINBOT_MIN_CONFIDENCE set to it would.
    threshold = finbot.assistant.confidence.threshold
    rows = []
    for q in tqdm(questions, desc="answers", unit="q", file=sys.stderr, disable=not progress,
                  mininterval=2):
        if checkpoint is not None and q.uid in checkpoint.rows:
            rows.append(checkpoint.rows[q.uid])
            continue
        started = time.perf_counter()
        answer = finbot.assistant.answer(q.text, document=q.doc_id)
        details = {"confidence": answer.confidence, "verification": answer.verification,
                   "signals": answer.signals, "seconds": round(time.perf_counter() - started, 2)}
        everything = score_row(answer.answer, answer.refused, q) | details
        withheld = not answer.refused and answer.confidence < threshold
        row: dict[str, Any] = {
            "uid": q.uid, "document": q.doc_id, "question": q.text, "gold": q.answer,
            "answer_type": q.answer_type, "scale": q.scale,
            "finbot": everything,  # as shipped: FINBOT_MIN_CONFIDENCE defaults to 0
            "finbot_at_threshold": score_row(answer.answer, True, q) | details if withheld else everything,
        }
        if baseline is not None:
            started = time.perf_counter()
            text = baseline(q).strip()
            row["langchain"] = score_row(text, looks_like_refusal(text), q) | {
                "seconds": round(time.perf_counter() - started, 2)}
        rows.append(row)
        if checkpoint is not None:
            checkpoint.add(row)
    systems = ["finbot", "finbot_at_threshold"] + (["langchain"] if baseline is not None else [])
    return {
        "questions": len(rows),
        "generator": finbot.settings.generator,
        "confidence_threshold": threshold,
        "summary": {name: summarize([r[name] for r in rows], [r["answer_type"] for r in rows]) for name in systems},
        "threshold_curve": threshold_curve([r["finbot"] for r in rows]),
        "rows": rows,
    }


def summarize(scored: Sequence[dict[str, Any]], types: Sequence[str]) -> dict[str, Any]:
    def block(items: Sequence[dict[str, Any]]) -> dict[str, Any]:
        n = max(1, len(items))
        return {
            "n": len(items),
            "em": round(sum(r["em"] for r in items) / n, 3),
            "em_first": round(sum(r["em_first"] for r in items) / n, 3),
            "f1": round(sum(r["f1"] for r in items) / n, 3),
            "refusal_rate": round(sum(r["refused"] for r in items) / n, 3),
            "wrong_rate": round(sum(not r["refused"] and not r["em"] for r in items) / n, 3),
        }

    by_type = {t: block([r for r, rt in zip(scored, types, strict=True) if rt == t]) for t in sorted(set(types))}
    return {**block(scored), "by_type": by_type}


def threshold_curve(scored: Sequence[dict[str, Any]], steps: int = 20) -> list[dict[str, float]]:
    """Refusal and wrong-answer rates if answers below each confidence threshold were refused."""
    n = max(1, len(scored))
    curve = []
    for i in range(steps + 1):
        threshold = i / steps
        kept = [r for r in scored if not r["refused"] and r["confidence"] >= threshold]
        curve.append({
            "threshold": threshold,
            "refusal_rate": round(1 - len(kept) / n, 3),
            "wrong_rate": round(sum(not r["em"] for r in kept) / n, 3),
        })
    return curve
