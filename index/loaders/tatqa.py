"""TAT-QA JSON: one document per context (its table plus its paragraphs), named by the table's uid."""

from __future__ import annotations

import json
import re
from pathlib import Path

from index.documents import Block, Document, TextBlock
from index.errors import IngestError
from index.loaders.common import read_text, table_block, table_rows, tidy


def _is_tatqa(data: object) -> bool:
    return (
        isinstance(data, list) and bool(data)
        and all(
            isinstance(item, dict)
            and isinstance(item.get("table"), dict)
            and "uid" in item["table"] and isinstance(item["table"].get("table"), list)
            and isinstance(item.get("paragraphs", []), list)
            for item in data
        )
    )


def _short(text: str, limit: int = 80) -> str:
    """First sentence of a paragraph, cut at a word boundary: a readable stand-in for a title."""
    sentence = re.split(r"(?<=[a-z)%][.:;])\s", text.strip(), maxsplit=1)[0].rstrip(".:;")
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + "…"


def read_tatqa(path: Path) -> list[Document]:
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise IngestError(f"{path.name} is not valid JSON ({exc}). Fix the file and try again.") from exc
    if not _is_tatqa(data):
        raise IngestError(
            f"{path.name}: finbot reads JSON only in TAT-QA shape (a list of objects with "
            '"table": {"uid", "table"} and "paragraphs"). Convert other JSON to CSV, Markdown or text.'
        )
    docs = []
    for item in data:
        uid = str(item["table"]["uid"])
        rows = table_rows(r for r in item["table"]["table"] if isinstance(r, list))
        paragraphs = sorted(
            (p for p in item.get("paragraphs", []) if isinstance(p, dict) and str(p.get("text", "")).strip()),
            key=lambda p: p.get("order", 0) if isinstance(p.get("order", 0), (int, float)) else 0,
        )
        texts = [tidy(str(p["text"])) for p in paragraphs]
        blocks: list[Block] = [table_block(rows)] if rows else []
        if texts:
            blocks.append(TextBlock(text="\n\n".join(texts)))
        title = _short(texts[0]) if texts else f"Table {uid[:8]}"
        docs.append(Document(
            doc_id=uid, source=f"{path.name}#{uid}", title=title, blocks=blocks,
            metadata={"format": "tatqa", "file": path.name},
        ))
    return docs
