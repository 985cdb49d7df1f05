"""Sentiment from a fine-tuned copy of the packaged MiniLM: its top layers retrained on financial tone.

Only the layers that training changed are stored (`assistant/weights/sentiment_encoder.safetensors`,
float16): the lower layers and the tokenizer come from the packaged embedder's folder, so nothing is
downloaded and the committed file stays small. The retrieval embedder is untouched; this is a second,
separate encoder pass over the message.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.errors import ModelError

WEIGHTS_FILE = "sentiment_encoder.safetensors"


def base_model_folder(name: str) -> str:
    from index.embedders import packaged_model_path

    folder = packaged_model_path(name)
    if folder is None:
        raise ModelError(
            f"The sentiment encoder builds on the packaged embedder {name!r}, which is not installed. "
            f"Install it with `pip install {name}`, or set FINBOT_SENTIMENT_ENCODER=false."
        )
    return folder


def extended_mask(attention_mask, dtype):
    """(batch, seq) 1/0 mask -> the additive (batch, 1, 1, seq) mask BERT layers take."""
    import torch

    return (1.0 - attention_mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


def mean_pool(hidden, attention_mask):
    weights = attention_mask[:, :, None].to(hidden.dtype)
    return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)


def build_model(base: str, trained_layers: int, num_labels: int, dropout: float = 0.1):
    """The packaged MiniLM plus a linear head over mean-pooled tokens (the embedder's own pooling)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    folder = base_model_folder(base)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    encoder = AutoModel.from_pretrained(folder)
    head = torch.nn.Sequential(torch.nn.Dropout(dropout), torch.nn.Linear(encoder.config.hidden_size, num_labels))
    if not 0 < trained_layers <= encoder.config.num_hidden_layers:
        raise ModelError(f"The sentiment encoder cannot train {trained_layers} of its layers.")
    return tokenizer, encoder, head


def trained_state(encoder, head, first_trained_layer: int) -> dict:
    """The tensors training changes: the top layers and the head."""
    state = {}
    for index in range(first_trained_layer, len(encoder.encoder.layer)):
        for key, value in encoder.encoder.layer[index].state_dict().items():
            state[f"layer.{index}.{key}"] = value
    for key, value in head.state_dict().items():
        state[f"head.{key}"] = value
    return state


class EncoderSentiment:
    """Loads on first use; `probabilities(texts)` gives (n, 3) calibrated class probabilities."""

    def __init__(self, path: str | Path, threads: int | None = None):
        self.path = Path(path)
        self.threads = threads
        self._loaded = None
        self._lock = threading.Lock()

    @property
    def classes(self) -> list[str]:
        return self._load()["classes"]

    def _load(self) -> dict:
        with self._lock:
            if self._loaded is None:
                self._loaded = self._read()
            return self._loaded

    def _read(self) -> dict:
        import torch
        from safetensors import safe_open

        try:
            with safe_open(str(self.path), framework="pt") as handle:
                meta = handle.metadata() or {}
                tensors = {key: handle.get_tensor(key) for key in handle.keys()}  # noqa: SIM118 - not a dict
            config = json.loads(meta["config"])
        except (OSError, KeyError, ValueError) as exc:
            raise ModelError(
                f"Could not load the sentiment encoder from {self.path}: {exc}. Retrain it with "
                "`finbot train-classifier`, or set FINBOT_SENTIMENT_ENCODER=false."
            ) from exc
        first = int(config["first_trained_layer"])
        tokenizer, encoder, head = build_model(config["base"], 1, len(config["classes"]))
        for index in range(first, len(encoder.encoder.layer)):
            prefix = f"layer.{index}."
            layer_state = {k[len(prefix):]: v.float() for k, v in tensors.items() if k.startswith(prefix)}
            encoder.encoder.layer[index].load_state_dict(layer_state)
        head.load_state_dict({k[len("head."):]: v.float() for k, v in tensors.items() if k.startswith("head.")})
        encoder.eval()
        head.eval()
        return {
            "tokenizer": tokenizer, "encoder": encoder, "head": head, "torch": torch,
            "classes": list(config["classes"]), "max_tokens": int(config["max_tokens"]),
            "temperature": float(config["temperature"]),
        }

    def logits(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        loaded = self._load()
        torch = loaded["torch"]
        out = []
        with torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                batch = loaded["tokenizer"](
                    list(texts[start : start + batch_size]), padding=True, truncation=True,
                    max_length=loaded["max_tokens"], return_tensors="pt",
                )
                hidden = loaded["encoder"](**batch).last_hidden_state
                out.append(loaded["head"](mean_pool(hidden, batch["attention_mask"])).numpy())
        return np.concatenate(out) if out else np.zeros((0, len(loaded["classes"])), np.float32)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        logits = self.logits(texts) / self._load()["temperature"]
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)
