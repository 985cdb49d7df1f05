"""How well the customer quote gate separates good quotes from wrong ones, out of set: the AUC and the quotes passed
at a range of thresholds, on `finbot calibrate-quotes --rows` output. usage: gate_curve.py ROWS.json"""

from __future__ import annotations

import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import LeaveOneGroupOut

from assistant.answering.quote_gate import FEATURES, NOVEL_WORDS_GATE


def main(path: str) -> None:
    rows = json.load(open(path, encoding="utf-8"))
    x = np.array([[r["features"][f] for f in FEATURES] for r in rows])
    outcome = np.array([r["outcome"] for r in rows])
    good = outcome == "good"
    held_out = np.zeros(len(rows))
    for train, test in LeaveOneGroupOut().split(x, good, [r["set"] for r in rows]):
        held_out[test] = LogisticRegression(max_iter=3000).fit(x[train], good[train]).predict_proba(x[test])[:, 1]
    judged = outcome != "refused"
    print(f"{len(rows)} quotes ({good.sum()} good, {(outcome == 'wrong').sum()} wrong): out-of-set AUC "
          f"{roc_auc_score(good[judged], held_out[judged]):.3f}")
    novel = np.array([r["features"].get("novel_words", 0) > 0 for r in rows])
    wrong = outcome == "wrong"
    for threshold in (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8):
        passed = held_out >= np.where(novel, max(threshold, NOVEL_WORDS_GATE), threshold)
        print(f"threshold {threshold:.2f}: passed {(passed & good).sum()} good, {(passed & wrong).sum()} wrong")


if __name__ == "__main__":
    main(sys.argv[1])
