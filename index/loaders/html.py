"""HTML: headings, paragraphs, lists and tables (BeautifulSoup), navigation and scripts dropped.

A FAQ entry written as `<details><summary>question</summary>answer</details>`, as a `<dt>`/`<dd>` pair or as an
accordion (a button with `aria-controls` or `aria-expanded` over the panel it opens) opens a section named by its
question, so the entry is chunked as one unit. Decorative marks hidden from screen readers (`aria-hidden="true"`,
an accordion's "+") are dropped, and so are buttons and the short prompts holding them ("Was this helpful? Yes No").
List items keep their bullet or number on a line of their own ("1. Lock the card"), so steps stay in order and stay
with the sentence that leads into them.
"""

from __future__ import annotations

import re
from pathlib import Path

from index.documents import Document, TableBlock
from index.loaders.common import Event, as_document, assemble, cell_text, table_block, table_rows

_HTML_DROP = ["script", "style", "nav", "noscript", "template", "head"]
_HTML_BLOCK = {
    "p", "div", "ul", "ol", "section", "article", "main", "header", "footer", "aside",
    "blockquote", "pre", "dl", "dt", "dd", "form", "figure", "figcaption", "address", "hr",
}


def _html_table(table) -> TableBlock:
    rows, header_flags = [], []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # rows of a nested table belong to that table
        cells = tr.find_all(["td", "th"], recursive=False)
        row: list[str] = []
        for cell in cells:
            text = cell_text(cell.get_text(" "))
            raw_span = str(cell.get("colspan", "1"))
            span = min(max(int(raw_span), 1), 50) if raw_span.isdigit() else 1
            # a spanning header labels every column under it; a spanning value fills one
            row += [text] * span if cell.name == "th" else [text] + [""] * (span - 1)
        is_header = tr.find_parent("thead") is not None or (cells and all(c.name == "th" for c in cells))
        rows.append(row)
        header_flags.append(bool(is_header))
    kept = [(r, h) for r, h in zip(rows, header_flags, strict=True) if any(r)]
    cleaned = table_rows(r for r, _ in kept)
    marked = next((i for i, (_, h) in enumerate(kept) if not h), len(kept))
    caption_tag = table.find("caption")
    caption = cell_text(caption_tag.get_text(" ")) if caption_tag else ""
    # without <th>/<thead> markup (common in exported filings) fall back to the value heuristic
    return table_block(cleaned, marked or None, caption)


def _opens_entry(tag) -> bool:
    """The question of a FAQ entry: a `<summary>`, a `<dt>`, or an accordion's trigger (it controls a panel)."""
    return tag.name in ("summary", "dt") or (tag.name == "button" and (tag.has_attr("aria-controls")
                                                                        or tag.has_attr("aria-expanded")))


def _drop_controls(soup) -> None:
    """Buttons are page furniture ("Accept all", "Yes", "No"), and so is a short prompt holding them ("Was this
    helpful?"); an accordion's trigger is the entry's question and stays."""
    for button in soup.find_all("button"):
        if button.decomposed or _opens_entry(button):
            continue
        holder = button.parent
        others = holder.find_all("button")
        words = len(holder.get_text(" ").split()) - sum(len(b.get_text(" ").split()) for b in others)
        prompt = holder.name not in ("body", "html", "[document]") and words <= _MAX_PROMPT_WORDS \
            and not any(_opens_entry(b) for b in others)
        (holder if prompt else button).decompose()


_MAX_PROMPT_WORDS = 6  # "Was this helpful?", "Rate this answer": a prompt; more words are content
_ITEM_START = "\x00"  # where a list item begins, until the text is assembled


def read_html(path: Path) -> list[Document]:
    from bs4 import BeautifulSoup, Comment, NavigableString

    soup = BeautifulSoup(path.read_bytes(), "html.parser")
    title_tag = soup.find("title")
    title = cell_text(title_tag.get_text()) if title_tag else ""
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(attrs={"aria-hidden": "true"}):
        tag.decompose()
    _drop_controls(soup)

    events: list[Event] = []
    parts: list[str] = []

    def emit_text() -> None:
        text = "".join(parts)
        # a list sits right under the sentence that leads into it, one item a line
        text = re.sub(r"\s*" + _ITEM_START, "\n", text)
        if text.strip():
            events.append(("p", text))
        parts.clear()

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(re.sub(r"\s+", " ", str(child)))
            elif re.fullmatch(r"h[1-6]", child.name or ""):
                emit_text()
                events.append(("h", int(child.name[1]), cell_text(child.get_text(" "))))
            elif child.name == "table":
                emit_text()
                events.append(("table", _html_table(child)))
            elif _opens_entry(child) and (question := cell_text(child.get_text(" "))):
                emit_text()
                events.append(("q", question))
            elif child.name == "li":
                parent = child.find_parent(["ol", "ul"])
                if parent is not None and parent.name == "ol":
                    siblings = [li for li in parent.find_all("li", recursive=False)]
                    marker = f"{siblings.index(child) + 1 if child in siblings else 1}. "
                else:
                    marker = "- "
                parts.append(_ITEM_START + marker)
                walk(child)
            elif child.name == "br":
                parts.append("\n")
            elif child.name in _HTML_BLOCK:
                parts.append("\n\n")
                walk(child)
                parts.append("\n\n")
            else:
                walk(child)

    walk(soup.body or soup)
    emit_text()
    heading, blocks = assemble(events)
    return [as_document(path, title or heading, blocks, "html")]
