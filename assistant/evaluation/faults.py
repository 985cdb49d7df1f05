"""Faults to throw at finbot, shared by the tests and `finbot check`: bad files, bad questions and
bad HTTP requests, and `kill -9` in the middle of an ingest."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What a customer must never read: exception class names, setting names, tracebacks, paths, the
# validation library's error structure.
INTERNAL = re.compile(
    r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b|FINBOT_|Traceback|errno|/tmp/|\\\\|\b0x[0-9a-f]{4}|\"loc\":"
)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def bad_files(max_upload_bytes: int) -> dict[str, bytes]:
    """Files no reader should accept, each named as the kind it pretends to be."""
    pdf_head = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R"
    return {
        "binary.pdf": bytes(range(256)) * 64,  # random bytes renamed .pdf
        "truncated.pdf": pdf_head,  # a PDF cut off after its first objects
        "photo.xlsx": b"\x89PNG\r\n\x1a\n" + b"\x00" * 500,  # an image renamed
        "broken.xlsx": _zip({"[Content_Types].xml": b"<Types/>"}),  # a zip with no workbook in it
        "broken.docx": _zip({"word/document.xml": b"<w:document><w:body>"}),  # cut-off XML
        "bomb.xlsx": _zip({"xl/worksheets/sheet1.xml": b"0" * (200 * 1024 * 1024)}),  # 200 MB in ~200 KB
        "big.txt": b"A fee of 5 pounds. " * (max_upload_bytes // 19 + 1000),  # just over the size limit
        "empty.csv": b"",
        "binary.txt": b"\x00\x01\x02" * 100,
        "notes.exe": b"MZ" + b"\x00" * 100,  # a type finbot does not read
    }


BAD_QUESTIONS: dict[str, object] = {
    "empty": "",
    "blank": "   \n\t ",
    "control characters only": "\x00\x1b\x7f",
    "over the length limit": "x" * 50_000,
    "a number": 42,
    "a list": ["what", "fee"],
    "null": None,
}

# Raw HTTP bodies for POST /api/ask: what a broken client or a fuzzer sends.
BAD_BODIES: dict[str, tuple[bytes, str]] = {
    "malformed JSON": (b'{"question": "fee?"', "application/json"),
    "invalid UTF-8": (b'{"question": "\xff\xfe fee"}', "application/json"),
    "wrong type": (b'{"question": 12}', "application/json"),
    "missing field": (b'{"q": "fee?"}', "application/json"),
    "not JSON at all": (b"question=fee", "application/x-www-form-urlencoded"),
    "empty body": (b"", "application/json"),
    "JSON array": (b'["fee?"]', "application/json"),
}

CRASH_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from assistant.app import Finbot
    from assistant.settings import Settings
    from tests.fakes import HashEmbedder, ScriptedGenerator

    home, docs, fake, store = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "fake", sys.argv[4]
    embedder = HashEmbedder() if fake else None  # None: the packaged embedder, as in production
    finbot = Finbot(Settings(home=home, classify=False, store=store), embedder=embedder,
                    generator=ScriptedGenerator())
    for path in sorted(docs.iterdir()):
        report = finbot.ingest([path])
        assert not report.failed, report.failed
        print("saved", path.name, flush=True)
    """
)


def write_crash_documents(folder: Path, count: int, paragraphs: int = 40) -> None:
    """Documents of several chunks each, so a document stored in part would show."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = "\n\n".join(f"Paragraph {j} of document {i}: the fee for service {i}-{j} is £{j}.{i:02d}. " * 3
                           for j in range(paragraphs))
        (folder / f"doc{i:03d}.md").write_text(f"# Document {i}\n\n{body}\n", encoding="utf-8")


@dataclass
class CrashTrial:
    kill_after: float
    killed: bool  # False when the child finished first: the trial then tested nothing
    saved: list[str]  # documents whose save had returned before the kill
    present: list[str]  # documents in the index a restarted finbot loads
    lost: list[str]  # saved but not present
    partial: list[str]  # present with fewer chunks than the document has


def crash_trial(home: Path, docs: Path, kill_after: float, fake: bool = True, store: str = "faiss") -> CrashTrial:
    """Ingest `docs` one by one in a child process, kill -9 it `kill_after` seconds after its first save,
    then load the index as a restarted finbot would and compare. `fake` uses a hashing embedder (the point
    is the index, and it is quick); otherwise the packaged one."""
    from assistant.app import Finbot
    from assistant.settings import Settings
    from tests.fakes import HashEmbedder

    child = subprocess.Popen(
        [sys.executable, "-c", CRASH_CHILD, str(home), str(docs), "fake" if fake else "real", store],
        cwd=ROOT, stdout=subprocess.PIPE, text=True, start_new_session=True,
    )
    first = child.stdout.readline()  # wait out the interpreter's and models' start-up: kill mid-ingest
    time.sleep(kill_after)
    killed = child.poll() is None
    if killed:  # the whole process group: an embedded database server dies with it, as in a real crash
        os.killpg(child.pid, signal.SIGKILL)
    output, _ = child.communicate(timeout=60)
    saved = [line.split()[1] for line in (first + output).splitlines() if line.startswith("saved")]
    embedder = HashEmbedder() if fake else None
    restarted = Finbot(Settings(home=home, classify=False, store=store), embedder=embedder)
    present = {d.source: d for d in restarted.store.documents}
    reference = Finbot(Settings(home=home.with_name(home.name + "-reference"), classify=False, store=store),
                       embedder=embedder)
    partial = [s for s, record in present.items()
               if len(record.chunk_ids) != reference.ingest([docs / s]).chunks]
    return CrashTrial(kill_after, killed, saved, sorted(present), sorted(set(saved) - set(present)), partial)
