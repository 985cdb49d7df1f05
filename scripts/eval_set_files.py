"""Shared by the scripts that generate the evaluation sets' binary documents (make_*_set.py): reproducible
bytes, so a regenerated set shows no diff. Dev-only.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path


def save_xlsx(book, path: Path, stamp: datetime, creator: str) -> None:
    """Save an openpyxl workbook with fixed metadata and dates, byte for byte the same on every run."""
    book.properties.creator = creator
    book.properties.created = book.properties.modified = stamp.replace(tzinfo=None)
    book.save(path)
    pin_xlsx_dates(path, stamp)


def pin_xlsx_dates(path: Path, stamp: datetime) -> None:
    """Rewrite an XLSX saved by openpyxl with `stamp` on every zip entry and as its modified date: openpyxl
    writes the save time into docProps/core.xml whatever ``properties.modified`` says."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    modified = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = modified.sub(rb"\g<1>" + iso + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def write_documents(out: Path, writers: dict[str, Callable[[Path], None]]) -> None:
    """Write each named document into `out` with its writer and say what was written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, write in writers.items():
        write(out / name)
    print("wrote " + " and ".join(str(out / name) for name in writers))
