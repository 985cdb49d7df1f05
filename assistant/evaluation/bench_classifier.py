"""Per-message classification latency: `python -m assistant.evaluation.bench_classifier [--limit N]`.

Messages are our own written examples shipped in assistant/data, so the bench needs no shared data.
"Shared embedding" is the pipeline's case (retrieval already embedded the query); "end to end"
includes one encoder pass per message.
"""

from __future__ import annotations

import argparse
import json
import time
from importlib import resources

import numpy as np


def bench_messages(limit: int) -> list[str]:
    texts = []
    for name in ("extra_intents", "customer_tone"):
        lines = (resources.files("assistant") / "data" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts[:limit]


def percentiles(seconds: list[float]) -> str:
    ms = np.asarray(seconds) * 1000
    return f"p50 {np.percentile(ms, 50):.2f} ms  p95 {np.percentile(ms, 95):.2f} ms  (n={len(ms)})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args(argv)

    from assistant.app import Finbot
    from assistant.triage.classifier import LinearClassifier

    finbot = Finbot()
    classifier = LinearClassifier(finbot.embedder)
    texts = bench_messages(args.limit)
    classifier.classify("warm up")  # loads the embedder and the weights outside the timings
    vectors = finbot.embedder.embed_batch(texts)

    shared, end_to_end = [], []
    for text, vector in zip(texts, vectors, strict=True):
        start = time.perf_counter()
        classifier.classify(text, vector)
        shared.append(time.perf_counter() - start)
        start = time.perf_counter()
        classifier.classify(text)
        end_to_end.append(time.perf_counter() - start)
    print(f"classify, shared embedding:  {percentiles(shared)}")
    print(f"classify, end to end:        {percentiles(end_to_end)}")


if __name__ == "__main__":
    main()
