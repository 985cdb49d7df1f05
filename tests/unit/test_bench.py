"""`finbot bench` and the GPU decode script, on tiny sizes (the figures themselves are in docs/benchmarks.md)."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from assistant.cli.main import build_parser
from assistant.evaluation import bench
from assistant.evaluation.bench_gpu import Row, bound_tokens_per_second


def _run(argv: list[str]) -> tuple[dict, list[str]]:
    lines: list[str] = []
    args = build_parser().parse_args(["bench", *argv])
    return bench.run(args, out=lines.append), lines


def test_search_and_lexical_sections_compare_every_index_with_ratios_and_recall():
    results, lines = _run(["--only", "search,lexical", "--sizes", "600", "--lexical-sizes", "100", "--queries", "20",
                           "--k", "5", "--hnsw-m", "8"])
    row = results["search"]["600"]
    assert set(row) == {"flat", "hnsw", "milvus-lite"}
    assert 0.5 <= row["hnsw"]["recall_at_k"] <= 1.0 and row["milvus-lite"]["p50_ms"] > 0
    assert {"bm25s", "milvus"} <= set(results["lexical"]["100"])
    assert any("faster than flat" in line for line in lines)


def test_sizes_over_the_limits_are_skipped_with_the_reason():
    results, lines = _run(["--only", "search", "--sizes", "300,600", "--queries", "5", "--k", "3", "--milvus-max",
                           "400", "--budget-s", "0.000001"])
    assert "skipped" in results["search"]["600"]["hnsw"]  # the 300 build predicts more than the budget
    assert "milvus-max" in results["search"]["600"]["milvus-lite"]["skipped"]
    assert any("skipped" in line for line in lines)


def test_load_section_says_when_the_build_has_no_load_module(monkeypatch):
    monkeypatch.setitem(sys.modules, "assistant.evaluation.bench_load", None)  # import fails
    results, lines = _run(["--only", "load"])
    assert lines[-2] == "load     not available in this build"


def test_unknown_sections_are_refused():
    with pytest.raises(SystemExit, match="unknown section"):
        _run(["--only", "searchh"])


def test_synthetic_vectors_are_unit_length_and_clustered():
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((4, 384)).astype(np.float32) / np.sqrt(384)
    vectors = bench.clustered_unit_vectors(200, rng, centres)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    nearest = np.sort(vectors @ vectors.T, axis=1)[:, -2]  # best other vector: one of the same cluster
    assert np.median(nearest) > 0.5


def test_bandwidth_bound_counts_weights_once_per_step_and_kv_per_sequence():
    # 1 GB of weights at 1 TB/s: 1,000 steps a second, one token per sequence each
    assert bound_tokens_per_second(1, 10**9, 0, 1e12) == pytest.approx(1000)
    assert bound_tokens_per_second(8, 10**9, 0, 1e12) == pytest.approx(8000)
    assert bound_tokens_per_second(8, 10**9, 10**8, 1e12) == pytest.approx(8e12 / 1.8e9)
    assert Row("m", 1, 300, 1000).fraction == pytest.approx(0.3)
    assert "| m | 1 | 300 | 1,000 | 30% |" == Row("m", 1, 300, 1000).markdown()


@pytest.mark.slow  # imports transformers and generates: ~5 s alone, far more on a busy machine
def test_gpu_script_runs_its_miniature_on_the_cpu(capsys):
    from assistant.evaluation.bench_gpu import main

    assert main(["--tiny", "--models", "7b", "--batches", "1,2", "--prompt-tokens", "8", "--new-tokens", "4",
                 "--markdown"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| tiny")]
    assert [row.split("|")[2].strip() for row in rows] == ["1", "2"]
