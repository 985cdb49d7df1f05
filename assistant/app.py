"""The composition root: every component is built here from `Settings`, and only here.

Tests pass fakes in through the constructor; nothing loads weights until first use.
"""

from __future__ import annotations

from functools import cached_property
from importlib import resources
from pathlib import Path

from assistant.answering.pipeline import Assistant
from assistant.generators import Generator
from assistant.settings import Settings
from assistant.triage.classifier import Classifier, LinearClassifier
from index.embedders import Embedder, SentenceTransformerEmbedder
from index.ingest import Ingestor, IngestReport, ProgressFn
from index.stores import FaissStore, VectorStore


def sample_files() -> list[Path]:
    """The bundled sample corpus (fictional documents we wrote), inside the installed package."""
    folder = Path(str(resources.files("assistant").joinpath("samples")))
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name not in _NOT_SAMPLES)


_NOT_SAMPLES = {"README.md", "__init__.py"}


class Finbot:
    def __init__(
        self,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        generator: Generator | None = None,
        classifier: Classifier | None = None,
    ):
        self.settings = settings or Settings()
        self._embedder = embedder
        self._generator = generator
        self._classifier = classifier

    @cached_property
    def embedder(self) -> Embedder:
        if self._embedder is not None:
            return self._embedder
        return SentenceTransformerEmbedder(self.settings.embedder, device=_embed_device(self.settings.device))

    @cached_property
    def generator(self) -> Generator:
        if self._generator is not None:
            return self._generator
        from assistant.generators.local import TransformersGenerator

        return TransformersGenerator(
            self.settings.generator, device=self.settings.device, models_dir=self.settings.models_dir,
            cpu_int8=self.settings.cpu_int8,
        )

    @cached_property
    def classifier(self) -> Classifier | None:
        if self._classifier is not None or not self.settings.classify:
            return self._classifier
        return LinearClassifier(self.embedder)

    @cached_property
    def store(self) -> VectorStore:
        loaded = FaissStore.load(self.settings.index_dir)
        if loaded is not None:
            return loaded
        return FaissStore(self.embedder.dimension, self.settings.embedder, self.settings.index_dir)

    @cached_property
    def ingestor(self) -> Ingestor:
        max_bytes = self.settings.max_upload_mb * 1024 * 1024
        return Ingestor(self.embedder, self.store, max_bytes)

    @cached_property
    def assistant(self) -> Assistant:
        return Assistant(self.settings, self.embedder, self.store, self.generator, self.classifier)

    def ingest(self, paths: list[Path], progress: ProgressFn | None = None) -> IngestReport:
        return self.ingestor.ingest(paths, progress)

    def ingest_samples(self, progress: ProgressFn | None = None) -> IngestReport:
        return self.ingest(sample_files(), progress)

    def warm_up(self) -> None:
        if self.classifier is not None:
            self.classifier.classify("warm up")
        else:
            self.embedder.embed("warm up")
        self.generator.warm_up()


def _embed_device(device: str) -> str:
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"
