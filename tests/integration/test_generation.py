"""SmolLM2 loaded for real from its PyPI package (slow: the first run dequantizes the GGUF)."""

from __future__ import annotations

import pytest

from assistant.generators.local import TransformersGenerator

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory):
    pytest.importorskip("gguf")
    return tmp_path_factory.mktemp("finbot-home") / "models"


@pytest.fixture(scope="session")
def smollm2(models_dir):
    generator = TransformersGenerator("smollm2-135m", models_dir, device="cpu")
    generator.warm_up()
    return generator


def test_first_load_builds_the_dense_cache(smollm2, models_dir):
    assert smollm2.load_origin in {"gguf", "dense-cache"}
    assert (models_dir / "smollm2-135m-dense" / "model.safetensors").exists()


def test_streams_a_non_empty_answer(smollm2):
    messages = [
        {"role": "system", "content": "You answer questions about company finances briefly."},
        {"role": "user", "content": "Revenue was $12.4 million in 2023. What was revenue in 2023?"},
    ]
    pieces = list(smollm2.stream(messages, max_new_tokens=24))
    assert pieces and "".join(pieces).strip()
    assert 0 < smollm2.last_stats.new_tokens <= 24


def test_a_second_load_comes_from_the_dense_cache(smollm2, models_dir):
    again = TransformersGenerator("smollm2-135m", models_dir, device="cpu")
    again.warm_up()
    assert again.load_origin == "dense-cache"
