"""Sentiment from a fine-tuned copy of the packaged MiniLM: its top layers retrained on financial tone.

Only the layers that training changed are stored (`assistant/weights/sentiment_encoder.safetensors`,
float16): the lower layers and the tokenizer come from the packaged embedder's folder, so nothing is
downloaded and the committed file stays small. The retrieval embedder is untouched. When it kept
the message's token states after the shared lower layers (`Embedder.keep_states`), only the trained top
layers run here; otherwise this is a second, whole encoder pass over the message.
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


def top_forward(encoder, head, first: int, hidden, attention_mask):
    """The layers from `first` up and the head, over the lower layers' output `hidden`."""
    mask = extended_mask(attention_mask, hidden.dtype)
    for layer in encoder.encoder.layer[first:]:
        hidden = layer(hidden, mask)
    return head(mean_pool(hidden, attention_mask))


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

    @property
    def base(self) -> str:
        return self._load()["base"]

    @property
    def first_trained_layer(self) -> int:
        return self._load()["first"]

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
            "base": str(config["base"]), "first": first,
            "temperature": float(config["temperature"]),
        }

    def logits(self, texts: Sequence[str], states: Sequence[np.ndarray | None] | None = None,
               batch_size: int = 32) -> np.ndarray:
        """Class scores; `states[i]`, when given, are text i's token states after the shared lower layers
        (from the retrieval embedder), used when the text fits in max_tokens as training saw it."""
        loaded = self._load()
        torch = loaded["torch"]
        out = np.zeros((len(texts), len(loaded["classes"])), np.float32)
        rest = list(range(len(texts)))
        with torch.inference_mode():
            if states is not None:
                for i, kept in enumerate(states):
                    if kept is not None and len(kept) <= loaded["max_tokens"]:
                        hidden = torch.from_numpy(np.ascontiguousarray(kept, dtype=np.float32))[None]
                        mask = torch.ones(1, len(kept), dtype=torch.long)
                        out[i] = top_forward(loaded["encoder"], loaded["head"], loaded["first"], hidden, mask)[0]
                        rest.remove(i)
            for start in range(0, len(rest), batch_size):
                rows = rest[start : start + batch_size]
                batch = loaded["tokenizer"](
                    [texts[i] for i in rows], padding=True, truncation=True,
                    max_length=loaded["max_tokens"], return_tensors="pt",
                )
                hidden = loaded["encoder"](**batch).last_hidden_state
                out[rows] = loaded["head"](mean_pool(hidden, batch["attention_mask"])).numpy()
        return out

    def probabilities(self, texts: Sequence[str], states: Sequence[np.ndarray | None] | None = None) -> np.ndarray:
        logits = self.logits(texts, states) / self._load()["temperature"]
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)
