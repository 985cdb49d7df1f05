import random

from assistant.answering.confidence import FEATURES, ConfidenceModel, signals
from assistant.evaluation.confidence_fit import fit
from index.documents import Passage
from tests.conftest import make_chunk


def test_signals_name_every_feature_and_the_path():
    cited = [Passage(make_chunk("fees.csv", "Card replacement fee: £5.00 per card."), 0.8)]
    other = Passage(make_chunk("faq.md", "Opening an account takes ten minutes."), 0.5)
    found = signals("What is the card replacement fee?", "The fee is £5.00 [1].", "verified", cited, [*cited, other])
    assert set(found) == set(FEATURES)
    assert found["path_verified"] == 1.0 and found["path_table"] == 0.0
    assert found["score_margin"] == 0.3 and found["answer_support"] == 1.0


def test_model_scores_rise_with_positive_weights(tmp_path):
    model = ConfidenceModel({"answer_support": 4.0}, bias=-2.0, threshold=0.5)
    assert model.score({"answer_support": 1.0}) > 0.5 > model.score({"answer_support": 0.0})
    model.save(tmp_path / "c.json")
    assert ConfidenceModel.load(tmp_path / "c.json") == model


def test_packaged_model_loads():
    assert 0.0 <= ConfidenceModel.load().threshold <= 1.0


def synthetic_rows(n=200):
    """Table answers are mostly right, quotes mostly wrong: the fit must learn to keep the first."""
    rng = random.Random(0)
    rows = []
    for i in range(n):
        path = "table" if i % 2 else "extractive"
        right = rng.random() < (0.9 if path == "table" else 0.2)
        features = {f: 0.0 for f in FEATURES} | {f"path_{path}": 1.0, "top_score": rng.random()}
        scored = {"em": right, "em_first": right, "f1": float(right), "refused": False, "signals": features}
        rows.append({"document": f"d{i % 10}", "finbot": scored})
    return rows


def test_fit_picks_a_threshold_that_keeps_wrong_answers_under_the_limit():
    model, summary = fit(synthetic_rows(), max_wrong=0.10)
    held_out = summary["systems"]["finbot (out-of-fold)"]
    assert held_out["wrong_rate"] <= 0.10 < summary["systems"]["finbot (no threshold)"]["wrong_rate"]
    assert model.weights["path_table"] > model.weights["path_extractive"]
    table = {f: 0.0 for f in FEATURES} | {"path_table": 1.0, "top_score": 0.5}
    assert model.score(table) >= model.threshold


def test_the_readme_states_the_default_confidence_threshold_the_code_applies(monkeypatch):
    # Measured on the sample corpus (docs/confidence.md): the fitted threshold refuses most covered
    # questions there, so a default install refuses on confidence only when told to.
    from pathlib import Path

    from assistant.settings import Settings

    monkeypatch.delenv("FINBOT_MIN_CONFIDENCE", raising=False)
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    row = next(line for line in readme.splitlines() if line.startswith("| `FINBOT_MIN_CONFIDENCE`"))
    documented = row.split("|")[2].strip().strip("`")
    assert float(documented) == Settings(_env_file=None).min_confidence == 0.0
