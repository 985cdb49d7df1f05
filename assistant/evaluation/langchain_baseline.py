"""A stock LangChain RAG over the same chunks, embedder and generator, to compare finbot against.

Nothing LangChain leaves this module: callers pass chunks in and get answer text back.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

from langchain_core.documents import Document as LangChainDocument
from langchain_core.embeddings import Embeddings

from assistant.generators import Generator
from index.documents import Chunk
from index.embedders import Embedder

PROMPT = "Answer the question using the context.\nContext: {context}\nQuestion: {question}"


class EmbedderAdapter(Embeddings):
    """Our `Embedder` behind LangChain's `Embeddings` interface."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_batch(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed(text).tolist()


class LangChainBaseline:
    """`FAISS.from_documents` + `as_retriever(k=...)` + a plain prompt, as a tutorial would build it."""

    def __init__(self, chunks: Sequence[Chunk], embedder: Embedder, generator: Generator, k: int = 4,
                 max_new_tokens: int = 160):
        with warnings.catch_warnings():  # langchain-community announces its sunset on import
            warnings.simplefilter("ignore", DeprecationWarning)
            from langchain_community.vectorstores import FAISS

        documents = [LangChainDocument(page_content=c.text, metadata={"doc_id": c.doc_id}) for c in chunks]
        self.vectorstore = FAISS.from_documents(documents, EmbedderAdapter(embedder))
        self.generator = generator
        self.k = k
        self.max_new_tokens = max_new_tokens
        # The FAISS wrapper filters *after* fetching `fetch_k` nearest chunks (default 20); with
        # hundreds of documents that often leaves nothing from the wanted one, so fetch them all.
        self.fetch_k = len(documents)

    def answer(self, question: str, doc_id: str | None = None) -> str:
        search_kwargs: dict = {"k": self.k}
        if doc_id is not None:
            search_kwargs |= {"filter": {"doc_id": doc_id}, "fetch_k": self.fetch_k}
        found = self.vectorstore.as_retriever(search_kwargs=search_kwargs).invoke(question)
        context = "\n\n".join(doc.page_content for doc in found)
        prompt = PROMPT.format(context=context, question=question)
        return self.generator.generate([{"role": "user", "content": prompt}], max_new_tokens=self.max_new_tokens)
