"""SmolLM2 loaded for real from its PyPI package (slow: the first run dequantizes the GGUF)."""

from __future__ import annotations

import pytest

from assistant.generators.local import TransformersGenerator

pytestmark = pytest.mark.slow


def test_first_load_builds_the_dense_cache(smollm2, packaged_models_dir):
    assert smollm2.load_origin in {"gguf", "dense-cache"}
    assert (packaged_models_dir / "smollm2-135m-dense" / "model.safetensors").exists()


def test_a_second_load_comes_from_the_dense_cache(smollm2, packaged_models_dir):
    again = TransformersGenerator("smollm2-135m", packaged_models_dir, device="cpu")
    again.warm_up()
    assert again.load_origin == "dense-cache"


def test_stats_count_the_new_tokens_within_the_limit(smollm2):
    smollm2.generate([{"role": "user", "content": "Revenue was $12.4 million in 2023. What was it?"}], max_new_tokens=9)
    assert 0 < smollm2.last_stats.new_tokens <= 9
    assert smollm2.last_stats.prompt_tokens > 0
