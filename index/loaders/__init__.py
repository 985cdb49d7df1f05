"""Files → `Document`s: one per file, except TAT-QA JSON (one per context).

Every reader turns its format into the same few block kinds, so chunking never sees a
file format. Anything that goes wrong becomes an `IngestError` naming the file and the fix.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from index.documents import Document, TableBlock
from index.errors import IngestError
from index.loaders.common import MB
from index.loaders.docx import read_docx
from index.loaders.html import read_html
from index.loaders.markdown import read_md, read_txt
from index.loaders.pdf import pdf_pages, read_pdf
from index.loaders.spreadsheets import read_csv, read_xlsx
from index.loaders.tatqa import read_tatqa

SUPPORTED_SUFFIXES = (".csv", ".docx", ".htm", ".html", ".json", ".md", ".pdf", ".txt", ".xlsx")
# XLSX and DOCX are zip archives: a small file can unpack to gigabytes (a "zip bomb"). Real office files
# compress text 5–20×; refuse archives that claim more than this many times their size, or this much in all.
MAX_UNPACK_RATIO = 100
MAX_UNPACKED_BYTES = 500 * MB
MAX_NAME_CHARS = 200  # longer upload names are cut: file systems stop at 255 bytes
log = logging.getLogger("finbot.ingest")


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
        # The parser's own words help us, not the person uploading: they go to the log.
        log.warning("could not parse %s: %s: %s", path.name, type(exc).__name__, str(exc)[:300])
        kind = path.suffix.lower().lstrip(".").upper()
        raise IngestError(
            f"{path.name} could not be read as a {kind} file. It may be damaged or saved in another format: "
            "open it in its usual program, save it again and retry."
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


def safe_upload_name(raw: str | None) -> str:
    """The file name an upload may be saved under: its last path part, with no folder tricks
    ("../../etc/passwd.md", "C:\\x\\fees.csv"), control characters or hidden-file dot; IngestError when
    nothing usable is left or the type is not one finbot reads."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".")
    name = name[:MAX_NAME_CHARS]
    if not name or not Path(name).stem:
        raise IngestError("The uploaded file has no usable name; rename it (e.g. fees.pdf) and upload it again.")
    _check_suffix(Path(name))
    return name
def page_count(path: Path) -> int:
    """Pages a file will load as, for progress: a PDF's page count; 1 for other files and unreadable PDFs."""
    if Path(path).suffix.lower() != ".pdf":
        return 1
    try:
        return max(pdf_pages(path), 1)
    except Exception:  # the load that follows names the problem; progress only needs a guess
        return 1


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
            f"{path.name} is {size / MB:.1f} MB, over the {max_bytes / MB:.3g} MB limit. "
            "Split it into smaller files."
        )
    if path.suffix.lower() in (".xlsx", ".docx"):
        _check_archive(path, size)


def _check_archive(path: Path, size: int) -> None:
    kind = path.suffix.lower().lstrip(".").upper()
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        log.warning("%s is not a zip archive: %s", path.name, exc)
        raise IngestError(
            f"{path.name} is not a valid {kind} file (it may be another kind of file renamed). "
            f"Open it in its usual program, save it as {kind} and retry."
        ) from exc
    if unpacked > MAX_UNPACKED_BYTES or unpacked > MAX_UNPACK_RATIO * size:
        log.warning("%s unpacks to %d bytes from %d: refused", path.name, unpacked, size)
        raise IngestError(
            f"{path.name} unpacks to {unpacked / MB:,.0f} MB, far more than a real {kind} file of its size, "
            "so it was not opened. If it is genuine, split it into smaller files."
        )


def _has_text(doc: Document) -> bool:
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            if any(cell for row in block.rows for cell in row):
                return True
        elif block.text.strip():
            return True
    return False


_READERS: dict[str, Callable[[Path], list[Document]]] = {
    ".pdf": read_pdf, ".html": read_html, ".htm": read_html, ".txt": read_txt, ".md": read_md,
    ".csv": read_csv, ".xlsx": read_xlsx, ".docx": read_docx, ".json": read_tatqa,
}
