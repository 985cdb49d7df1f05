"""Per-message classification latency: `python -m assistant.evaluation.bench_classifier [--limit N]`.

Messages are our own written examples shipped in assistant/data, so the bench needs no shared data.
"Shared embedding" is the pipeline's case: retrieval has just embedded the message (untimed here), and
the fine-tuned sentiment encoder continues from the token states the embedder kept after the lower
layers they share, adding only its top layers ("extra per message"). "End to end" also embeds the text.
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
    linear = LinearClassifier(finbot.embedder, sentiment_encoder=False)
    tuned = LinearClassifier(finbot.embedder, sentiment_encoder=True)
    texts = bench_messages(args.limit)
    for classifier in (linear, tuned):
        classifier.warm_up()  # loads the embedder and the weights outside the timings
        classifier.classify("warm up")

    timings: dict[str, list[float]] = {"linear": [], "tuned": [], "end_to_end": []}
    for text in texts:
        vector = finbot.embedder.embed_batch([text])[0]  # as the pipeline does, before it classifies
        for name, classifier, given in (("linear", linear, vector), ("tuned", tuned, vector),
                                        ("end_to_end", tuned, None)):
            start = time.perf_counter()
            classifier.classify(text, given)
            timings[name].append(time.perf_counter() - start)
    extra = np.asarray(timings["tuned"]) - np.asarray(timings["linear"])
    print(f"classify, shared embedding, linear heads only:         {percentiles(timings['linear'])}")
    if tuned.sentiment_encoder is None:
        print("no fine-tuned sentiment encoder in the weights folder")
        return
    print(f"classify, shared embedding, fine-tuned sentiment:      {percentiles(timings['tuned'])}")
    shared = "top layers only, lower ones shared" if tuned._shares_lower_layers else "a whole second pass"
    print(f"extra per message for the sentiment encoder ({shared}): {percentiles(list(extra))}")
    print(f"classify end to end (retrieval embedding + encoder):   {percentiles(timings['end_to_end'])}")


if __name__ == "__main__":
    main()
