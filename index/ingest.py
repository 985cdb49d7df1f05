"""files → documents → chunks → vectors → store. A failing file changes nothing in the index."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from index.chunking import chunk_document
from index.documents import Document
from index.embedders import Embedder
from index.errors import IngestError
from index.loaders import iter_files, load, page_count
from index.stores import DocumentRecord, VectorStore

# progress(done, total, label), counted in pages (a file without pages counts as one): the CLI draws a tqdm
# bar, the UI a gr.Progress.
ProgressFn = Callable[[int, int, str], None]
DEFAULT_TENANT = "default"


def scoped_id(doc_id: str, tenant: str = DEFAULT_TENANT, owner: str | None = None) -> str:
    """The document's id within its tenant and owner, so two owners' `fees.csv` are two documents:
    `fees.csv` (the default tenant's), `bank-a/fees.csv`, `bank-a/private-<session>/fees.csv`."""
    parts = [] if tenant == DEFAULT_TENANT else [tenant]
    if owner is not None:
        parts.append(f"private-{owner}")
    return "/".join([*parts, doc_id])
_EMBED_BATCH = 64  # chunks embedded between two progress reports


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # source -> reason
    chunks: int = 0
    # Per document written: its pages (None for a file without pages), chunks and seconds to load, chunk and embed.
    documents: dict[str, tuple[int | None, int, float]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.failed)} failed",
            f"{self.chunks} chunks written",
        ]
        return ", ".join(parts)

    def rates(self) -> list[str]:
        """One line per document written: '3M_2022_10K.pdf: 252 pages, 1,310 chunks in 41.2 s (6.1 pages/s)'."""
        lines = []
        for source, (pages, chunks, seconds) in self.documents.items():
            pace = f" ({pages / seconds:.1f} pages/s)" if pages and seconds > 0 else ""
            size = f"{pages} pages, " if pages else ""
            lines.append(f"{source}: {size}{chunks:,} chunks in {seconds:.1f} s{pace}")
        return lines


class Ingestor:
    def __init__(self, embedder: Embedder, store: VectorStore, max_bytes: int):
        self.embedder = embedder
        self.store = store
        self.max_bytes = max_bytes

    def ingest(
        self,
        paths: Sequence[Path],
        progress: ProgressFn | None = None,
        tenant: str = DEFAULT_TENANT,
        owner: str | None = None,
    ) -> IngestReport:
        """Load, chunk, embed and store the files as the tenant's documents, or as `owner`'s private ones."""
        report = IngestReport()
        try:
            files = iter_files(paths)
        except IngestError as exc:
            report.failed[", ".join(str(p) for p in paths)] = str(exc)
            return report
        sizes = [page_count(path) for path in files]
        total = sum(sizes)
        for index, path in enumerate(files):
            done = sum(sizes[:index])
            if progress:
                progress(done, total, path.name)
            started = time.perf_counter()
            try:
                documents = load(path, max_bytes=self.max_bytes)
            except IngestError as exc:
                report.failed[path.name] = str(exc)
                continue
            written = report.chunks
            for document in documents:
                self._ingest_document(document, report, started, _PageProgress(progress, done, total, path.name),
                                      tenant, owner)
                started = time.perf_counter()
            if report.chunks > written and len(files) > 1:
                self.store.persist()  # a long run stopped part way keeps the files it finished
        if progress:
            progress(total, total, "saving index")
        if report.changed:
            self.store.persist()
        return report

    def ingest_documents(self, documents: Sequence[Document]) -> IngestReport:
        """Ingest already-loaded documents (used by evaluation on TAT-QA contexts)."""
        report = IngestReport()
        for document in documents:
            self._ingest_document(document, report)
        if report.changed:
            self.store.persist()
        return report

    def _ingest_document(
        self,
        document: Document,
        report: IngestReport,
        started: float | None = None,
        progress: _PageProgress | None = None,
        tenant: str = DEFAULT_TENANT,
        owner: str | None = None,
    ) -> None:
        if tenant != DEFAULT_TENANT or owner is not None:
            document = replace(document, doc_id=scoped_id(document.doc_id, tenant, owner))
        started = time.perf_counter() if started is None else started
        fingerprint = document.fingerprint
        existing = self.store.document(document.doc_id)
        if existing and existing.fingerprint == fingerprint:
            report.unchanged.append(document.source)
            return
        chunks = chunk_document(document)
        if not chunks:
            report.failed[document.source] = "no text to index after chunking"
            return
        pages = max((c.page for c in chunks if c.page is not None), default=None)
        parts = []
        for start in range(0, len(chunks), _EMBED_BATCH):
            batch = chunks[start:start + _EMBED_BATCH]
            parts.append(self.embedder.embed_batch([c.text for c in batch]))
            if progress and pages:
                progress.at(max((c.page or 0) for c in batch), pages)
        vectors = np.concatenate(parts) if len(parts) > 1 else parts[0]
        record = DocumentRecord(document.doc_id, document.source, document.title, fingerprint, tenant=tenant,
                                owner=owner)
        self.store.replace_document(record, chunks, vectors)
        (report.updated if existing else report.added).append(document.source)
        report.chunks += len(chunks)
        report.documents[document.source] = (pages, len(chunks), time.perf_counter() - started)


@dataclass
class _PageProgress:
    """Progress inside one file: its pages embedded so far, on top of the pages of the files before it."""

    progress: ProgressFn | None
    before: int
    total: int
    name: str

    def at(self, page: int, pages: int) -> None:
        if self.progress:
            self.progress(min(self.before + page, self.total), self.total, f"{self.name} p. {page}/{pages}")


def publish(store: VectorStore, doc_id: str) -> str:
    """Make a session's private upload the tenant's document, for everyone in the tenant; returns its new id.
    The chunks and vectors move as they are (no re-embedding). A published document of the same name is
    never overwritten: remove it first."""
    record = store.document(doc_id)
    if record is None:
        raise IngestError(f"There is no document {doc_id!r} to publish.")
    if record.owner is None:
        return doc_id  # already the tenant's
    base = doc_id.rsplit("/", 1)[-1]
    target = scoped_id(base, record.tenant)
    if store.document(target) is not None:
        raise IngestError(f"{base} is already published; remove the published copy first to replace it.")
    chunk_ids = list(record.chunk_ids)
    chunks = [replace(store.chunk(cid), doc_id=target) for cid in chunk_ids]
    vectors = store.vectors(chunk_ids)
    published = DocumentRecord(target, record.source, record.title, record.fingerprint, tenant=record.tenant)
    store.replace_document(published, chunks, vectors)
    store.remove(doc_id)
    store.persist()
    return target
