from __future__ import annotations

import pytest

from assistant.settings import Settings
from index.documents import Chunk, content_hash
from index.stores import DocumentRecord, FaissStore, VectorStore
from tests.fakes import HashEmbedder, ScriptedGenerator


@pytest.fixture
def settings(tmp_path) -> Settings:
    # min_relevance suits the hash embedder: shared words give cosine well above it.
    # classify=False: the packaged classifier needs real MiniLM vectors; tests pass a fake instead.
    # quote_answers=False: these tests drive the generator path; tests/unit/test_faithful.py covers quoting.
    # quote_gate=False: the packaged gate was fitted on MiniLM scores, not the hash embedder's.
    return Settings(home=tmp_path / "home", min_relevance=0.2, top_k=3, classify=False, quote_answers=False,
                    quote_gate=False)


@pytest.fixture(scope="session")
def packaged_models_dir(tmp_path_factory):
    pytest.importorskip("gguf")
    return tmp_path_factory.mktemp("finbot-home") / "models"


@pytest.fixture(scope="session")
def smollm2(packaged_models_dir):
    """The real packaged SmolLM2 on the CPU, loaded once per session (slow tests only: the first load
    dequantizes the GGUF)."""
    from assistant.generators.local import TransformersGenerator

    generator = TransformersGenerator("smollm2-135m", packaged_models_dir, device="cpu")
    generator.warm_up()
    return generator


@pytest.fixture
def embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def generator() -> ScriptedGenerator:
    return ScriptedGenerator()


def make_chunk(doc_id: str, text: str, section: str | None = None) -> Chunk:
    return Chunk(content_hash(doc_id, text), doc_id, doc_id, text, section=section)


def add_document(store: VectorStore, embedder: HashEmbedder, doc_id: str, *texts: str) -> None:
    chunks = [make_chunk(doc_id, t) for t in texts]
    store.replace_document(
        DocumentRecord(doc_id, doc_id, doc_id.title(), content_hash(*texts)), chunks, embedder.embed_batch(texts)
    )


@pytest.fixture
def store(settings, embedder) -> FaissStore:
    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    add_document(
        store,
        embedder,
        "fees.csv",
        "Card replacement fee: £5.00 per card. Urgent card delivery costs £15.00.",
        "Foreign transaction fee: 2.75% of the transaction value.",
    )
    add_document(
        store,
        embedder,
        "report.md",
        "Revenue in 2024 was £412.3 million, up from £388.1 million in 2023.",
        "Operating profit in 2024 was £61.0 million.",
    )
    return store
