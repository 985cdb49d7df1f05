"""How likely an answer is right, from signals every answer has, fitted on labelled answers.

Retrieval strength alone barely separates right from wrong answers (docs/evaluation.md): a
table cell read by name, a formula finbot computed, a generated sentence and a fallback quote
fail at very different rates. A logistic model over those signals gives a confidence in [0, 1];
`finbot calibrate-confidence` fits it on an answers report and picks the refusal threshold.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from assistant.answering.tables.arithmetic import OPERATION_WORDS
from index.documents import Passage
from index.text.tokens import tokenize

PATHS = ("table", "calculated", "verified", "extractive", "quoted")
FEATURES = (
    "top_score",  # cosine of the best passage
    "score_margin",  # how far the best passage stands above the next
    "question_coverage",  # share of the question's words the cited passages contain
    "answer_support",  # share of the answer's words the cited passages contain
    "answer_words",  # log of the answer's length in words
    "uncomputed",  # the question asks for a change, ratio, average... and finbot did not compute it
    *(f"path_{path}" for path in PATHS),
)
_DEFAULT = "weights/confidence.json"


def signals(
    question: str, answer_text: str, verification: str, cited: Sequence[Passage], passages: Sequence[Passage]
) -> dict[str, float]:
    """The features of one answer, named as in FEATURES."""
    scores = sorted((p.score for p in passages), reverse=True) + [0.0, 0.0]
    evidence = {w for p in cited for w in tokenize(p.chunk.text)}
    asked = set(tokenize(question))
    said = [w for w in tokenize(answer_text) if not w.isdigit() or len(w) > 2]  # not citation markers
    return {
        "top_score": round(scores[0], 4),
        "score_margin": round(scores[0] - scores[1], 4),
        "question_coverage": round(len(asked & evidence) / len(asked), 4) if asked else 0.0,
        "answer_support": round(sum(w in evidence for w in said) / len(said), 4) if said else 0.0,
        "answer_words": round(math.log1p(len(said)), 4),
        "uncomputed": float(bool(asked & OPERATION_WORDS) and verification != "calculated"),
        **{f"path_{path}": float(verification == path) for path in PATHS},
    }


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic regression over FEATURES, and the confidence below which finbot refuses."""

    weights: dict[str, float]
    bias: float
    threshold: float
    fitted_on: str = ""  # what it was fitted on, for the record

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)

    @classmethod
    def load(cls, path: Path | None = None, packaged: str = _DEFAULT) -> ConfidenceModel:
        """From `path`, else the weights packaged with finbot under `packaged`."""
        text = path.read_text() if path else resources.files("assistant").joinpath(packaged).read_text()
        return cls(**json.loads(text))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2) + "\n")
