"""Files → `Document`s: one per file, except TAT-QA JSON (one per context).

Every reader turns its format into the same few block kinds, so chunking never sees a
file format. Anything that goes wrong becomes an `IngestError` naming the file and the fix.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from index.documents import Block, Document, TableBlock, TextBlock
from index.errors import IngestError
from index.text.numbers import CURRENCY, YEAR, parse_figure

SUPPORTED_SUFFIXES = (".csv", ".docx", ".htm", ".html", ".json", ".md", ".pdf", ".txt", ".xlsx")

_MB = 1024 * 1024
_SECTION_LEVELS = 3  # headings deeper than this stay in the text instead of opening a section
_SECTION_SEP = " > "

# An event stream shared by the structured readers (HTML, Markdown, DOCX):
# ("h", level, text) | ("p", text) | ("table", TableBlock-without-section)
Event = tuple


# ---------------------------------------------------------------- public API


def iter_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders recursively into supported files; name the problem for explicit paths."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                hidden = any(part.startswith((".", "~$")) for part in rel)  # ~$ = Office lock files
                if child.is_file() and not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    found.append(child)
        elif path.is_file():
            _check_suffix(path)
            found.append(path)
        else:
            raise IngestError(f"{path}: no such file or folder. Check the path and try again.")
    return list(dict.fromkeys(found))


def load(path: Path, max_bytes: int) -> list[Document]:
    """Read one file into documents; raise `IngestError` with a helpful message on any problem.

    `max_bytes` is the size limit (messages state it in MB of 1024 * 1024 bytes). A document's
    `doc_id` and `source` are the file name; a TAT-QA context's `doc_id` is its `table.uid`.
    """
    path = Path(path)
    _check_file(path, max_bytes)
    reader = _READERS[path.suffix.lower()]
    try:
        docs = reader(path)
    except IngestError:
        raise
    except Exception as exc:  # parsers raise anything from KeyError to zlib errors on bad input
        kind = path.suffix.lower().lstrip(".").upper()
        raise IngestError(
            f"{path.name} could not be read as {kind} ({type(exc).__name__}: {str(exc)[:200]}). "
            "It may be corrupt or mislabelled: open it in its usual program, re-export it and try again."
        ) from exc
    docs = [doc for doc in docs if _has_text(doc)]
    if not docs:
        hint = (
            "scanned PDFs need OCR, which finbot does not do. "
            "Use a PDF with selectable text (or run OCR first)."
            if path.suffix.lower() == ".pdf"
            else "check that the file has content and is not only images or markup."
        )
        raise IngestError(f"{path.name}: no text found — {hint}")
    return docs


# ---------------------------------------------------------------- checks


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise IngestError(
            f"{path.name}: unsupported file type '{path.suffix or '(none)'}'. "
            f"finbot reads {', '.join(SUPPORTED_SUFFIXES)}; convert the file to one of these."
        )


def _check_file(path: Path, max_bytes: int) -> None:
    if path.is_dir():
        raise IngestError(f"{path} is a folder; pass the files inside it (or use iter_files).")
    if not path.is_file():
        raise IngestError(f"{path}: file not found. Check the path and try again.")
    _check_suffix(path)
    size = path.stat().st_size
    if size == 0:
        raise IngestError(f"{path.name} is empty (0 bytes); check that it was saved or exported completely.")
    if size > max_bytes:
        raise IngestError(
            f"{path.name} is {size / _MB:.1f} MB, over the {max_bytes / _MB:.3g} MB limit. "
            "Split it into smaller files or raise the limit (FINBOT_MAX_UPLOAD_MB)."
        )


def _has_text(doc: Document) -> bool:
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            if any(cell for row in block.rows for cell in row):
                return True
        elif block.text.strip():
            return True
    return False


# ---------------------------------------------------------------- small text helpers


def _cell(value: object) -> str:
    """One table cell as a single tidy line."""
    return " ".join(str(value).split()) if value is not None else ""


def _tidy(text: str) -> str:
    """Collapse spaces within lines and runs of blank lines, keeping paragraph breaks."""
    lines = [" ".join(line.split()) for line in text.replace("\xa0", " ").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _readable(stem: str) -> str:
    """'fee_schedule-2024' → 'Fee schedule 2024'."""
    words = " ".join(re.split(r"[_\-\s]+", stem)).strip()
    return words[:1].upper() + words[1:] if words else stem


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise IngestError(
            f"{path.name} looks like a binary file, not text. Check its extension, or export it as text."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # old Excel/Windows exports


def _document(path: Path, title: str, blocks: list[Block], fmt: str) -> Document:
    return Document(
        doc_id=path.name, source=path.name, title=title or _readable(path.stem),
        blocks=blocks, metadata={"format": fmt},
    )


# ---------------------------------------------------------------- tables


def _is_value(cell: str) -> bool:
    """A data value (number, money, percent, dash for nil) rather than a label; bare years are labels."""
    text = CURRENCY.sub("", cell).replace(" ", "")
    if text in {"-", "–", "—"}:
        return True
    return parse_figure(text) is not None and not YEAR.fullmatch(text)


def _header_row_count(rows: Sequence[Sequence[str]]) -> int:
    """Leading rows that label columns (years, units, group names) rather than hold values.

    A row is a header row while none of its non-first cells holds a value. A row with only its
    first cell filled is a title above the header, but once column labels have been seen it is a
    group label opening the body. Tables with no values at all get their first row as header.
    """
    if len(rows) < 2:
        return 0
    if not any(_is_value(cell) for row in rows for cell in row[1:]):
        return 1
    count, labels_seen = 0, False
    for row in rows[:-1]:  # always leave at least one data row
        if any(_is_value(cell) for cell in row[1:]):
            break
        if any(row[1:]):
            labels_seen = True
        elif labels_seen:
            break
        count += 1
    return count


def _table_rows(raw: Iterable[Sequence[object]]) -> list[list[str]]:
    """Clean cells, pad ragged rows, drop empty rows and empty columns."""
    rows = [[_cell(value) for value in row] for row in raw]
    rows = [row for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows]
    keep = [col for col in range(width) if any(row[col] for row in rows)]
    return [[row[col] for col in keep] for row in rows]


def _table(rows: list[list[str]], header_rows: int | None = None, caption: str = "") -> TableBlock:
    if header_rows is None:
        header_rows = _header_row_count(rows)
    return TableBlock(rows=tuple(tuple(row) for row in rows), header_rows=header_rows, caption=caption)


# ---------------------------------------------------------------- structured text (HTML, MD, DOCX)


def _assemble(events: list[Event]) -> tuple[str, list[Block]]:
    """Turn heading/paragraph/table events into blocks with section paths.

    The first heading names the whole document when it is the only one at the top level; it then
    becomes the title candidate and stays out of section paths ("Closing an account", not
    "Account guide > Closing an account").
    """
    headings = [(e[1], e[2]) for e in events if e[0] == "h"]
    doc_heading_at = None
    if headings:
        top = min(level for level, _ in headings)
        if headings[0][0] == top and sum(level == top for level, _ in headings) == 1:
            doc_heading_at = next(i for i, e in enumerate(events) if e[0] == "h")

    blocks: list[Block] = []
    path: list[tuple[int, str]] = []
    buffer: list[str] = []
    last_heading = ""

    def section() -> str | None:
        return _SECTION_SEP.join(text for _, text in path) or None

    def flush() -> None:
        text = _tidy("\n\n".join(buffer))
        buffer.clear()
        if text:
            blocks.append(TextBlock(text=text, section=section()))

    for i, event in enumerate(events):
        if event[0] == "h":
            level, text = event[1], event[2]
            last_heading = text
            if i == doc_heading_at:
                continue
            if level <= _SECTION_LEVELS:
                flush()
                path = [(lvl, t) for lvl, t in path if lvl < level] + [(level, text)]
            else:
                buffer.append(text)
        elif event[0] == "p":
            buffer.append(event[1])
        else:
            flush()
            table: TableBlock = event[1]
            if table.rows:
                blocks.append(TableBlock(
                    rows=table.rows, header_rows=table.header_rows,
                    caption=table.caption or last_heading, section=section(),
                ))
    flush()
    doc_title = events[doc_heading_at][2] if doc_heading_at is not None else ""
    return doc_title, blocks


# ---------------------------------------------------------------- readers


def _read_pdf(path: Path) -> list[Document]:
    with warnings.catch_warnings():  # langchain-community announces its sunset on import
        warnings.simplefilter("ignore", DeprecationWarning)
        from langchain_community.document_loaders import PyPDFLoader

    pages = PyPDFLoader(str(path), mode="page").load()
    blocks: list[Block] = [
        TextBlock(text=_tidy(page.page_content), page=int(page.metadata.get("page", i)) + 1)
        for i, page in enumerate(pages)
        if page.page_content.strip()
    ]
    title = _cell(pages[0].metadata.get("title", "")) if pages else ""
    return [_document(path, title, blocks, "pdf")]


_HTML_DROP = ["script", "style", "nav", "noscript", "template", "head"]
_HTML_BLOCK = {
    "p", "div", "li", "ul", "ol", "section", "article", "main", "header", "footer", "aside",
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
            text = _cell(cell.get_text(" "))
            raw_span = str(cell.get("colspan", "1"))
            span = min(max(int(raw_span), 1), 50) if raw_span.isdigit() else 1
            # a spanning header labels every column under it; a spanning value fills one
            row += [text] * span if cell.name == "th" else [text] + [""] * (span - 1)
        is_header = tr.find_parent("thead") is not None or (cells and all(c.name == "th" for c in cells))
        rows.append(row)
        header_flags.append(bool(is_header))
    kept = [(r, h) for r, h in zip(rows, header_flags, strict=True) if any(r)]
    cleaned = _table_rows(r for r, _ in kept)
    marked = next((i for i, (_, h) in enumerate(kept) if not h), len(kept))
    caption_tag = table.find("caption")
    caption = _cell(caption_tag.get_text(" ")) if caption_tag else ""
    # without <th>/<thead> markup (common in exported filings) fall back to the value heuristic
    return _table(cleaned, marked or None, caption)


def _read_html(path: Path) -> list[Document]:
    from bs4 import BeautifulSoup, Comment, NavigableString

    soup = BeautifulSoup(path.read_bytes(), "html.parser")
    title_tag = soup.find("title")
    title = _cell(title_tag.get_text()) if title_tag else ""
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()

    events: list[Event] = []
    parts: list[str] = []

    def emit_text() -> None:
        if "".join(parts).strip():
            events.append(("p", "".join(parts)))
        parts.clear()

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                parts.append(re.sub(r"\s+", " ", str(child)))
            elif re.fullmatch(r"h[1-6]", child.name or ""):
                emit_text()
                events.append(("h", int(child.name[1]), _cell(child.get_text(" "))))
            elif child.name == "table":
                emit_text()
                events.append(("table", _html_table(child)))
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
    heading, blocks = _assemble(events)
    return [_document(path, title or heading, blocks, "html")]


def _read_txt(path: Path) -> list[Document]:
    text = _tidy(_read_text(path))
    return [_document(path, "", [TextBlock(text=text)] if text else [], "txt")]


_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_MD_FENCE = re.compile(r"^\s*(```|~~~)")


def _md_plain(text: str) -> str:
    """Drop inline Markdown that would only add noise to embeddings: links, emphasis, code ticks."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"(\*\*|__|`)", "", text).strip()


def _md_cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [_md_plain(cell.replace("\\|", "|")) for cell in re.split(r"(?<!\\)\|", line)]


def _read_md(path: Path) -> list[Document]:
    lines = _read_text(path).splitlines()
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
            events.append(("table", _table(_table_rows(rows), header_rows=1)))
            continue
        elif not line.strip():
            emit_para()
        else:
            para.append(_md_plain(line))
        i += 1
    emit_para()
    heading, blocks = _assemble(events)
    return [_document(path, heading, blocks, "md")]


def _sniff_dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel  # one column, or too little text to tell: plain commas


def _read_csv(path: Path) -> list[Document]:
    text = _read_text(path)
    rows = _table_rows(csv.reader(text.splitlines(), _sniff_dialect(text[:8192])))
    caption = _readable(path.stem)
    return [_document(path, caption, [_table(rows, header_rows=1 if len(rows) > 1 else 0, caption=caption)],
                      "csv")]


def _xlsx_value(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        if "%" in str(getattr(cell, "number_format", "") or ""):
            return f"{round(value * 100, 6):g}%"
        if isinstance(value, float) and not value.is_integer():
            return repr(round(value, 10))  # hides binary noise like 0.30000000000000004
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _split_title_rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Single-cell rows above a multi-column table are its title/units ('Revenue (in £ millions)')."""
    titles: list[str] = []
    while len(rows) > 1 and sum(bool(cell) for cell in rows[0]) == 1 and len(rows[0]) > 1:
        titles.append(next(cell for cell in rows[0] if cell))
        rows = rows[1:]
    return titles, rows


def _read_xlsx(path: Path) -> list[Document]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        title = _cell(book.properties.title or "")
        blocks: list[Block] = []
        for sheet in book.worksheets:
            raw = [[_xlsx_value(cell) for cell in row] for row in sheet.iter_rows()]
            titles, rows = _split_title_rows(_table_rows(raw))
            rows = _table_rows(rows)  # title cells may have been the only thing in a column
            if rows:
                table = _table(rows, caption=" — ".join(titles))
                blocks.append(TableBlock(table.rows, table.header_rows, table.caption, section=sheet.title))
    finally:
        book.close()  # read-only workbooks keep the file open until closed
    return [_document(path, title, blocks, "xlsx")]


def _read_docx(path: Path) -> list[Document]:
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    title = _cell(document.core_properties.title or "")
    events: list[Event] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            # merged cells repeat across the grid columns they span, as spanning header labels should
            rows = _table_rows([cell.text for cell in row.cells] for row in item.rows)
            events.append(("table", _table(rows)))
            continue
        text = item.text.strip()
        style = (item.style.name if item.style is not None else "") or ""
        if not text:
            continue
        if style == "Title":
            title = title or _cell(text)
        elif match := re.fullmatch(r"Heading (\d)", style):
            events.append(("h", int(match.group(1)), _cell(text)))
        else:
            events.append(("p", text))
    heading, blocks = _assemble(events)
    return [_document(path, title or heading, blocks, "docx")]


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


def _read_json(path: Path) -> list[Document]:
    try:
        data = json.loads(_read_text(path))
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
        rows = _table_rows(r for r in item["table"]["table"] if isinstance(r, list))
        paragraphs = sorted(
            (p for p in item.get("paragraphs", []) if isinstance(p, dict) and str(p.get("text", "")).strip()),
            key=lambda p: p.get("order", 0) if isinstance(p.get("order", 0), (int, float)) else 0,
        )
        texts = [_tidy(str(p["text"])) for p in paragraphs]
        blocks: list[Block] = [_table(rows)] if rows else []
        if texts:
            blocks.append(TextBlock(text="\n\n".join(texts)))
        title = _short(texts[0]) if texts else f"Table {uid[:8]}"
        docs.append(Document(
            doc_id=uid, source=f"{path.name}#{uid}", title=title, blocks=blocks,
            metadata={"format": "tatqa", "file": path.name},
        ))
    return docs


_READERS: dict[str, Callable[[Path], list[Document]]] = {
    ".pdf": _read_pdf, ".html": _read_html, ".htm": _read_html, ".txt": _read_txt, ".md": _read_md,
    ".csv": _read_csv, ".xlsx": _read_xlsx, ".docx": _read_docx, ".json": _read_json,
}
