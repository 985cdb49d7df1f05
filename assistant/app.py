"""The composition root: every component is built here from `Settings`, and only here.

Tests pass fakes in through the constructor; nothing loads weights until first use.
"""

from __future__ import annotations

import threading
from functools import cached_property
from importlib import resources
from pathlib import Path

from assistant.admission import AnswerGate
from assistant.answering.pipeline import Assistant
from assistant.feedback import FeedbackStore
from assistant.generators import Generator
from assistant.settings import Settings
from assistant.triage.classifier import Classifier, LinearClassifier
from index.embedders import Embedder, SentenceTransformerEmbedder
from index.ingest import DEFAULT_TENANT, Ingestor, IngestReport, ProgressFn, publish
from index.stores import FaissStore, MilvusStore, VectorStore


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
        # One ingest at a time: two writers would interleave their saves. Readers never take it;
        # the store gives them a consistent view while a writer works.
        self._write_lock = threading.Lock()
        self.ready = False  # set once `warm_up` has loaded the models (GET /readyz)

    @cached_property
    def embedder(self) -> Embedder:
        if self._embedder is not None:
            return self._embedder
        return SentenceTransformerEmbedder(self.settings.embedder, device=_embed_device(self.settings.device))

    @cached_property
    def generator(self) -> Generator:
        if self._generator is not None:
            return self._generator
        if self.settings.generator_url:
            from assistant.generators.remote import OpenAICompatibleGenerator

            return OpenAICompatibleGenerator.from_settings(self.settings)
        from assistant.generators.local import TransformersGenerator

        return TransformersGenerator.from_settings(self.settings)

    @cached_property
    def gate(self) -> AnswerGate:
        """How many answers generate at once and how many may wait (the HTTP API refuses the rest with 503)."""
        batch = getattr(self.generator, "batch_size", 1)  # a batching local model answers a batch at once
        concurrent = self.settings.concurrent_answers or (16 if self.settings.generator_url else batch)
        return AnswerGate(concurrent, self.settings.answer_queue)

    @cached_property
    def classifier(self) -> Classifier | None:
        if self._classifier is not None or not self.settings.classify:
            return self._classifier
        return LinearClassifier(self.embedder, sentiment_encoder=self.settings.sentiment_encoder)

    @cached_property
    def store(self) -> VectorStore:
        settings = self.settings
        if settings.store == "milvus":
            location = settings.milvus_uri or settings.index_dir
            full_text = {"auto": None, "on": True, "off": False}[settings.milvus_full_text]
            where = (location, settings.milvus_collection, settings.milvus_token, full_text)
            return MilvusStore.load(*where) or MilvusStore(self.embedder.dimension, settings.embedder, *where)
        loaded = FaissStore.load(settings.index_dir)
        if loaded is not None:
            return loaded
        return FaissStore(self.embedder.dimension, settings.embedder, settings.index_dir, hnsw_m=settings.faiss_hnsw_m)

    @cached_property
    def ingestor(self) -> Ingestor:
        max_bytes = self.settings.max_upload_mb * 1024 * 1024
        return Ingestor(self.embedder, self.store, max_bytes)

    @cached_property
    def assistant(self) -> Assistant:
        return Assistant(self.settings, self.embedder, self.store, self.generator, self.classifier)

    @cached_property
    def feedback(self) -> FeedbackStore:
        return FeedbackStore(self.settings.feedback_db)

    def ingest(
        self,
        paths: list[Path],
        progress: ProgressFn | None = None,
        tenant: str = DEFAULT_TENANT,
        owner: str | None = None,
    ) -> IngestReport:
        """The tenant's documents, or with `owner` (a chat session) that session's private uploads."""
        with self._write_lock:
            return self.ingestor.ingest(paths, progress, tenant, owner)

    def publish(self, doc_id: str) -> str:
        """A session's private upload becomes the tenant's document (an admin's action)."""
        with self._write_lock:
            return publish(self.store, doc_id)

    def ingest_samples(self, progress: ProgressFn | None = None) -> IngestReport:
        return self.ingest(sample_files(), progress)

    def warm_up(self) -> None:
        if self.classifier is not None:
            self.classifier.classify("warm up")
        else:
            self.embedder.embed("warm up")
        self.generator.warm_up()
        self.ready = True


def _embed_device(device: str) -> str:
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"
