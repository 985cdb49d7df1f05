"""Decode speed on a GPU as a share of the memory-bandwidth bound (issue 11, item 7).

    python -m assistant.evaluation.bench_gpu --models default,7b --batches 1,8,32 --markdown

For each model and batch size: greedy decode of --new-tokens after a --prompt-tokens prompt of random ids,
decode time = full generate minus a one-token generate (the prefill). The bound: a decode step must read
every weight and the KV cache once, so at most batch × bandwidth / (weight bytes + KV bytes) tokens/s.
Bandwidth is measured here with a device-to-device copy (or given with --bandwidth-gbs). "7b" is a model of
Qwen2.5-7B's shape with random weights, built on the device: speed depends on shape, not on the values.
`--tiny` runs a miniature of the same on the CPU, to check the script without a GPU.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass
from typing import Any

# Qwen2.5-7B-Instruct's published shape.
SHAPE_7B = dict(hidden_size=3584, intermediate_size=18944, num_hidden_layers=28, num_attention_heads=28,
                num_key_value_heads=4, vocab_size=152064, max_position_embeddings=32768, tie_word_embeddings=False)
SHAPE_TINY = dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                  num_key_value_heads=2, vocab_size=512, max_position_embeddings=1024, tie_word_embeddings=False)


@dataclass
class Row:
    model: str
    batch: int
    tokens_per_second: float
    bound_tokens_per_second: float

    @property
    def fraction(self) -> float:
        return self.tokens_per_second / self.bound_tokens_per_second if self.bound_tokens_per_second else 0.0

    def markdown(self) -> str:
        return (f"| {self.model} | {self.batch} | {self.tokens_per_second:,.0f} | {self.bound_tokens_per_second:,.0f} "
                f"| {self.fraction:.0%} |")


def bound_tokens_per_second(batch: int, weight_bytes: int, kv_bytes_per_sequence: int, bandwidth: float) -> float:
    """The most tokens/s a memory-bound decode can reach: each step reads the weights once and every
    sequence's KV cache, and yields one token per sequence."""
    return batch * bandwidth / (weight_bytes + batch * kv_bytes_per_sequence)


def measure_bandwidth(torch: Any, device: str, megabytes: int = 1024) -> float:
    """Bytes/s of a device-to-device copy (each byte read once and written once)."""
    source = torch.empty(megabytes * 1024 * 1024, dtype=torch.uint8, device=device)
    target = torch.empty_like(source)
    target.copy_(source)
    _sync(torch, device)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        target.copy_(source)
        _sync(torch, device)
        runs.append(time.perf_counter() - t)
    return 2 * source.numel() / statistics.median(runs)


def _sync(torch: Any, device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def build_model(name: str, device: str, dtype: Any, tiny: bool):
    import torch
    from transformers import AutoModelForCausalLM, Qwen2Config

    if name == "default":
        from assistant.generators.local import TransformersGenerator
        from assistant.settings import Settings

        settings = Settings()
        generator = TransformersGenerator(settings.generator, settings.models_dir, device)
        generator.warm_up()
        return generator._load().model, settings.generator
    shape = SHAPE_TINY if tiny else SHAPE_7B
    config = Qwen2Config(**shape)
    with torch.device(device):  # random weights made on the device: no 15 GB host copy
        model = AutoModelForCausalLM.from_config(config, dtype=dtype)
    return model.eval(), "7B-shaped (random weights)" if not tiny else "tiny (random weights)"


def decode_rows(model: Any, label: str, batches: list[int], prompt_tokens: int, new_tokens: int, device: str,
                bandwidth: float) -> list[Row]:
    import torch

    config = model.config
    weight_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    element = next(model.parameters()).element_size()
    # K and V for every layer, at the mean length over the decode
    kv_per_sequence = (2 * config.num_hidden_layers * config.num_key_value_heads * head_dim * element
                       * (prompt_tokens + new_tokens // 2))
    rows = []
    for batch in batches:
        ids = torch.randint(100, config.vocab_size - 100, (batch, prompt_tokens), device=device)
        mask = torch.ones_like(ids)
        kwargs = dict(attention_mask=mask, do_sample=False, pad_token_id=0, eos_token_id=None)
        with torch.inference_mode():
            model.generate(ids, max_new_tokens=4, **kwargs)  # warm up kernels
            prefill, total = [], []
            for _ in range(2):
                _sync(torch, device)
                t = time.perf_counter()
                model.generate(ids, max_new_tokens=1, **kwargs)
                _sync(torch, device)
                prefill.append(time.perf_counter() - t)
                t = time.perf_counter()
                model.generate(ids, max_new_tokens=new_tokens, min_new_tokens=new_tokens, **kwargs)
                _sync(torch, device)
                total.append(time.perf_counter() - t)
        decode = max(statistics.median(total) - statistics.median(prefill), 1e-9)
        rate = batch * (new_tokens - 1) / decode
        rows.append(Row(label, batch, rate, bound_tokens_per_second(batch, weight_bytes, kv_per_sequence, bandwidth)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="default,7b", help="default (FINBOT_GENERATOR) and/or 7b")
    parser.add_argument("--batches", default="1,8,32")
    parser.add_argument("--prompt-tokens", type=int, default=512)
    parser.add_argument("--new-tokens", type=int, default=128)
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--bandwidth-gbs", type=float, help="memory bandwidth in GB/s instead of measuring it")
    parser.add_argument("--tiny", action="store_true", help="a miniature on the CPU, to check the script")
    parser.add_argument("--markdown", action="store_true", help="print the docs/benchmarks.md table rows")
    args = parser.parse_args(argv)

    import torch

    device = "cpu" if args.tiny else args.device
    dtype = torch.float32 if device == "cpu" else torch.bfloat16
    bandwidth = args.bandwidth_gbs * 1e9 if args.bandwidth_gbs else measure_bandwidth(
        torch, device, megabytes=64 if args.tiny else 2048)
    where = torch.cuda.get_device_name(0) if device.startswith("cuda") else "cpu"
    print(f"device {where}  bandwidth {bandwidth / 1e9:,.0f} GB/s  torch {torch.__version__}")
    rows: list[Row] = []
    for name in args.models.split(","):
        if args.tiny and name == "default":
            continue  # the tiny check builds no real model
        model, label = build_model(name, device, dtype, args.tiny)
        rows += decode_rows(model, label, [int(b) for b in args.batches.split(",")], args.prompt_tokens,
                            args.new_tokens, device, bandwidth)
        del model
        if device.startswith("cuda"):
            torch.cuda.empty_cache()
    for row in rows:
        if args.markdown:
            print(row.markdown())
        else:
            print(f"{row.model:<32} batch {row.batch:>3}  {row.tokens_per_second:10,.1f} tokens/s  bound "
                  f"{row.bound_tokens_per_second:10,.1f}  {row.fraction:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
