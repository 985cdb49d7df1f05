"""`finbot calibrate-confidence`: fit the confidence model on a scored answers report.

The model is fitted and judged with folds grouped by document, so every figure printed is
out-of-fold: the threshold is chosen on answers to reports the model never saw. The final
weights are then fitted on all answers and written with that threshold.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.answering.confidence import FEATURES, ConfidenceModel

METRICS = ("em", "em_first", "f1")


def calibrate(args: argparse.Namespace) -> int:
    report = json.loads(args.report.read_text())
    model, summary = fit(report["rows"], args.max_wrong, args.folds, fitted_on=str(report.get("command", args.report)))
    model.save(args.weights)
    if args.out:
        from assistant.evaluation.tatqa_report import plot_threshold_curve

        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "confidence.json").write_text(json.dumps(summary, indent=1))
        plot_threshold_curve(summary["curve"], summary["systems"].get("langchain"), args.out / "confidence.png")
    for name, block in summary["systems"].items():
        print(f"{name:28s} " + "  ".join(f"{k} {block[k]:.3f}" for k in (*METRICS, "refusal_rate", "wrong_rate")))
    wrong = summary["systems"]["finbot (out-of-fold)"]["wrong_rate"]
    print(f"threshold {model.threshold:.3f} (out-of-fold wrong rate {wrong:.3f}); weights written to {args.weights}")
    return 0


def fit(
    rows: Sequence[dict[str, Any]], max_wrong: float = 0.10, folds: int = 5, fitted_on: str = ""
) -> tuple[ConfidenceModel, dict[str, Any]]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    scored = [r["finbot"] for r in rows]
    answered = [i for i, s in enumerate(scored) if not s["refused"] and s.get("signals")]
    x = np.array([[scored[i]["signals"][f] for f in FEATURES] for i in answered])
    y = np.array([bool(scored[i]["em"]) for i in answered])
    groups = [rows[i]["document"] for i in answered]
    if len(set(y)) < 2 or len(set(groups)) < folds:
        raise SystemExit("The report needs right and wrong answers from at least as many documents as folds.")

    held_out = np.zeros(len(answered))
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        held_out[test] = LogisticRegression(max_iter=1000).fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    curve = _curve(scored, answered, held_out)
    allowed = [point for point in curve if point["wrong_rate"] <= max_wrong]
    chosen = min(allowed, key=lambda p: p["refusal_rate"]) if allowed else curve[-1]

    final = LogisticRegression(max_iter=1000).fit(x, y)
    model = ConfidenceModel(
        weights={f: round(float(w), 5) for f, w in zip(FEATURES, final.coef_[0], strict=True)},
        bias=round(float(final.intercept_[0]), 5),
        threshold=chosen["threshold"],
        fitted_on=f"{fitted_on} ({len(answered)} answers, {len(set(groups))} documents)",
    )
    kept = {answered[i] for i, p in enumerate(held_out) if p >= chosen["threshold"]}
    systems = {
        "finbot (out-of-fold)": _block([s if i in kept else None for i, s in enumerate(scored)]),
        "finbot (no threshold)": _block(scored),
    }
    if "langchain" in rows[0]:
        systems["langchain"] = _block([r["langchain"] for r in rows])
    return model, {"threshold": chosen["threshold"], "max_wrong": max_wrong, "curve": curve, "systems": systems}


def _curve(scored: Sequence[dict[str, Any]], answered: list[int], held_out: np.ndarray) -> list[dict[str, float]]:
    """Refusal and wrong-answer rates (over all questions) when refusing below each threshold."""
    n = len(scored)
    points = []
    for threshold in sorted({0.0, *np.round(held_out, 3).tolist()}):
        kept = [answered[i] for i, p in enumerate(held_out) if p >= threshold]
        points.append({
            "threshold": float(threshold),
            "refusal_rate": round(1 - len(kept) / n, 4),
            "wrong_rate": round(sum(not scored[i]["em"] for i in kept) / n, 4),
            "em": round(sum(scored[i]["em"] for i in kept) / n, 4),
        })
    return points


def _block(scored: Sequence[dict[str, Any] | None]) -> dict[str, float]:
    """Metrics over all questions; None (or a refusal) counts as refused."""
    n = max(1, len(scored))
    given = [s for s in scored if s is not None and not s["refused"]]
    block = {k: round(sum(s[k] for s in given) / n, 4) for k in METRICS}
    return block | {
        "refusal_rate": round(1 - len(given) / n, 4),
        "wrong_rate": round(sum(not s["em"] for s in given) / n, 4),
    }
