"""FINBOT_CPU_INT8: the generator's linear layers are quantised to int8 after loading on CPU, and only then."""

from __future__ import annotations

import pytest

import assistant.generators.local as local
from assistant.generators.packaged import LoadedModel


@pytest.mark.parametrize(("cpu_int8", "quantised"), [(True, True), (False, False)])
def test_linear_layers_are_quantised_only_when_asked(monkeypatch, tmp_path, cpu_int8, quantised):
    torch = pytest.importorskip("torch")
    monkeypatch.setattr(local, "resolve_generator", lambda name, models_dir: name)
    monkeypatch.setattr(local, "load_model", lambda source, dtype, device: LoadedModel(
        torch.nn.Sequential(torch.nn.Linear(8, 8)), None, True, "pretrained"))
    generator = local.TransformersGenerator("tiny", tmp_path, device="cpu", cpu_int8=cpu_int8)
    generator.warm_up()
    layer = generator._loaded.model[0]
    assert (type(layer).__module__.startswith("torch.ao.nn.quantized")) is quantised
