"""Markdown (headings, paragraphs, pipe tables) and plain text."""

from __future__ import annotations

import re
from pathlib import Path

from index.documents import Document, TextBlock
from index.loaders.common import Event, as_document, assemble, read_text, table_block, table_rows, tidy


def read_txt(path: Path) -> list[Document]:
    text = tidy(read_text(path))
    return [as_document(path, "", [TextBlock(text=text)] if text else [], "txt")]


_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


_MD_FENCE = re.compile(r"^\s*(```|~~~)")
# A FAQ question on a line of its own: "**How do I close my account?**" or "Q: How do I close my account?"
_MD_QUESTION = re.compile(r"^\s*(?:\*\*|__)(?:Q[:.]\s*)?(.+\?)\s*(?:\*\*|__)\s*$|^\s*Q[:.]\s+(.+\?)\s*$")


def _md_plain(text: str) -> str:
    """Drop inline Markdown that would only add noise to embeddings: links, emphasis, code ticks."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"(\*\*|__|`)", "", text).strip()


def _md_cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [_md_plain(cell.replace("\\|", "|")) for cell in re.split(r"(?<!\\)\|", line)]


def read_md(path: Path) -> list[Document]:
    lines = read_text(path).splitlines()
    events: list[Event] = []
    para: list[str] = []
    in_fence = False

    def emit_para() -> None:
        if para:
            events.append(("p", "\n".join(para)))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _MD_FENCE.match(line):
            in_fence = not in_fence
        elif in_fence:
            para.append(line)
        elif question := _MD_QUESTION.match(line):
            emit_para()
            events.append(("q", _md_plain(question.group(1) or question.group(2))))
        elif match := _MD_HEADING.match(line):
            emit_para()
            events.append(("h", len(match.group(1)), _md_plain(match.group(2))))
        elif line.strip() and "|" not in line and re.fullmatch(r"\s*(=+|-{2,})\s*", nxt) and not para:
            events.append(("h", 1 if "=" in nxt else 2, _md_plain(line)))  # setext heading
            i += 1
        elif "|" in line and "|" in nxt and "-" in nxt and _MD_TABLE_RULE.match(nxt):
            emit_para()
            rows = [_md_cells(line)]
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append(_md_cells(lines[i]))
                i += 1
            events.append(("table", table_block(table_rows(rows), header_rows=1)))
            continue
        elif not line.strip():
            emit_para()
        else:
            para.append(_md_plain(line))
        i += 1
    emit_para()
    heading, blocks = assemble(events)
    return [as_document(path, heading, blocks, "md")]
