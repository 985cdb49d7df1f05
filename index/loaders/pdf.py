"""PDF: one text block per page (LangChain's PyPDFLoader over pypdf)."""

from __future__ import annotations

import warnings
from pathlib import Path

from index.documents import Block, Document, TextBlock
from index.loaders.common import as_document, cell_text, tidy


def read_pdf(path: Path) -> list[Document]:
    with warnings.catch_warnings():  # langchain-community announces its sunset on import
        warnings.simplefilter("ignore", DeprecationWarning)
        from langchain_community.document_loaders import PyPDFLoader

    pages = PyPDFLoader(str(path), mode="page").load()
    blocks: list[Block] = [
        TextBlock(text=tidy(page.page_content), page=int(page.metadata.get("page", i)) + 1)
        for i, page in enumerate(pages)
        if page.page_content.strip()
    ]
    title = cell_text(pages[0].metadata.get("title", "")) if pages else ""
    return [as_document(path, title, blocks, "pdf")]
