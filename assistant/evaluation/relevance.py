"""`finbot eval relevance`: the top passage's cosine for covered and uncovered sample questions.

The refusal threshold (FINBOT_MIN_RELEVANCE) must sit below every covered question's top
score and above as many uncovered ones as possible; this prints both sides and the gap.
"""

from __future__ import annotations

import argparse
import json


def relevance(args: argparse.Namespace) -> int:
    from assistant.app import Finbot
    from assistant.retrieval.coverage import missing_key_terms

    finbot = Finbot()
    if not finbot.store.documents:
        finbot.ingest_samples()
    questions = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    vectors = finbot.embedder.embed_batch([q["question"] for q in questions])
    retriever = finbot.assistant.retriever
    rows = []
    for question, vector in zip(questions, vectors, strict=True):
        passages = retriever.search(question["question"], vector, finbot.settings.top_k)
        top = max((p.score for p in passages), default=0.0)
        rows.append((top, question["covered"], missing_key_terms(question["question"], passages), question))
    threshold = finbot.settings.min_relevance
    print(f"{'top cosine':>10}  covered  refused by  question")
    for top, covered, missing, q in sorted(rows, key=lambda r: r[0]):
        by = "threshold" if top < threshold else ("key terms" if missing else "-")
        print(f"{top:10.3f}  {str(covered):7}  {by:10}  {q['question'][:70]}")
    covered_scores = [r[0] for r in rows if r[1]]
    uncovered = [r for r in rows if not r[1]]
    caught = sum(1 for top, _, missing, _ in uncovered if top < threshold or missing)
    print(
        f"\nthreshold {threshold:.2f}: lowest covered score {min(covered_scores):.3f}; "
        f"{caught}/{len(uncovered)} uncovered questions refused before generation; "
        f"{sum(1 for s in covered_scores if s < threshold)} covered refused by the threshold"
    )
    return 0
