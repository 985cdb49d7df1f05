"""`finbot calibrate-quotes`: fit the customer quote gate (assistant/answering/quote_gate.py) on evaluation sets.

Every question of each set is asked once with a gate that lets every quote through and records the quote's
scores; the quote is then scored as good (correct, complete and cited), wrong (a covered question answered
otherwise, or an uncovered one answered at all) or refused by the checks after the gate. The model is fitted and
its threshold chosen out of fold, one set held out at a time, so the figures printed are for banks the model did
not see; the weights written are then fitted on all the sets. No answer is generated: a question the gate would
turn away goes to the generator, which the fit does not run (a silent generator stands in).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answering.confidence import ConfidenceModel
from assistant.answering.quote_gate import FEATURES, NOVEL_WORDS_GATE
from assistant.generators import ChatMessage, Generator

DEFAULT_WEIGHTS = Path(__file__).resolve().parents[1] / "weights" / "quote_gate.json"
VALUE = {"good": 1, "wrong": -1, "refused": 0}  # what a quote let through is worth


class Silent(Generator):
    """Stands in for the generator, always refusing: the fit judges quotes only, and `eval samples --no-generator`
    scores every path but generation."""

    name = "silent"

    def stream(self, messages: Sequence[ChatMessage], max_new_tokens: int = 160, temperature: float = 0.0
               ) -> Iterator[str]:
        yield "I can't find that in the documents I have."


class _Recorder:
    """A gate that passes every quote and keeps the scores it was shown."""

    threshold = 0.0

    def __init__(self) -> None:
        self.seen: dict[str, float] | None = None

    def score(self, features: dict[str, float]) -> float:
        self.seen = dict(features)
        return 1.0


def collect(names: Sequence[str]) -> list[dict[str, Any]]:
    """One row per question that reached the gate: its set, id, features and outcome."""
    from tqdm import tqdm

    from assistant.app import Finbot
    from assistant.evaluation.commands import _set_finbot
    from assistant.evaluation.samples import score

    base = Finbot(generator=Silent())
    rows = []
    for name in names:
        finbot, questions = _set_finbot(base, name)
        recorder = _Recorder()
        finbot.assistant.quote_gate = recorder
        for question in tqdm(questions, desc=name, unit="q", file=sys.stderr):
            recorder.seen = None
            answer = finbot.assistant.answer(question["question"])
            if recorder.seen is None:
                continue
            result = score({"covered": True, **question}, answer, 0.0)
            outcome = "refused" if answer.refused else ("good" if result.good else "wrong")
            if answer.verification != "quoted" and not answer.refused:
                outcome = "refused"  # answered another way after the gate: the quote did not decide it
            rows.append({"set": name, "id": question["id"], "features": recorder.seen, "outcome": outcome,
                         "question": question["question"], "answer": answer.answer})
    return rows


def fit(rows: Sequence[dict[str, Any]], fitted_on: str = "") -> tuple[ConfidenceModel, dict[str, Any]]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import LeaveOneGroupOut

    x = np.array([[r["features"][f] for f in FEATURES] for r in rows])
    y = np.array([r["outcome"] == "good" for r in rows])
    value = np.array([VALUE[r["outcome"]] for r in rows])
    groups = [r["set"] for r in rows]
    if len(set(groups)) < 2 or len(set(y)) < 2:
        raise SystemExit("The fit needs good and bad quotes from at least two sets.")
    held_out = np.zeros(len(rows))
    for train, test in LeaveOneGroupOut().split(x, y, groups):
        held_out[test] = LogisticRegression(max_iter=2000).fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    thresholds = sorted({0.0, *np.round(held_out, 3).tolist()})
    threshold = max(thresholds, key=lambda t: (value[held_out >= t].sum(), t))
    final = LogisticRegression(max_iter=2000).fit(x, y)
    model = ConfidenceModel(
        weights={f: round(float(w), 5) for f, w in zip(FEATURES, final.coef_[0], strict=True)},
        bias=round(float(final.intercept_[0]), 5), threshold=float(threshold),
        fitted_on=f"{fitted_on} ({len(rows)} quotes, sets {', '.join(sorted(set(groups)))})",
    )
    fixed = x[:, FEATURES.index("fixed_bars")] == 1
    # a question with a word no document has is quoted past its own bar, as the pipeline does
    novel = np.array([r["features"].get("novel_words", 0) > 0 for r in rows])
    passed = held_out >= np.where(novel, max(threshold, NOVEL_WORDS_GATE), threshold)
    summary = {"threshold": threshold, "sets": {}}
    for name in sorted(set(groups)):
        mine = np.array([g == name for g in groups])
        summary["sets"][name] = {
            "reached": int(mine.sum()),
            "gate": _counts(rows, mine & passed),
            "fixed_bars": _counts(rows, mine & fixed),
            "novel_reached": int((mine & novel).sum()),
            "novel_gate": _counts(rows, mine & novel & passed),
        }
    return model, summary


def _counts(rows: Sequence[dict[str, Any]], chosen: np.ndarray) -> dict[str, int]:
    picked = [r["outcome"] for r, c in zip(rows, chosen, strict=True) if c]
    return {k: picked.count(k) for k in VALUE}


def calibrate(args: argparse.Namespace) -> int:
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    rows = collect(names)
    if args.rows:
        args.rows.write_text(json.dumps(rows))
    model, summary = fit(rows, fitted_on=f"finbot calibrate-quotes --sets {','.join(names)}")
    model.save(args.weights)
    print(f"{'set (held out)':16s} {'reached':>7s}  {'gate: good wrong refused':>26s}  "
          f"{'fixed bars: good wrong refused':>32s}  {'novel words: reached good wrong':>32s}")
    for name, block in summary["sets"].items():
        g, f, n = block["gate"], block["fixed_bars"], block["novel_gate"]
        print(f"{name:16s} {block['reached']:7d}  {g['good']:12d} {g['wrong']:5d} {g['refused']:7d}  "
              f"{f['good']:18d} {f['wrong']:5d} {f['refused']:7d}  "
              f"{block['novel_reached']:20d} {n['good']:5d} {n['wrong']:5d}")
    print(f"threshold {model.threshold:.3f}; weights written to {args.weights}")
    return 0
