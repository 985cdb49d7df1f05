"""Thumbs up or down on an answer, with an optional comment, kept in SQLite for the support team.

Everything stored passes through `redact` first: feedback is read by people and exported to
spreadsheets, so it must never hold a customer's card number, IBAN, e-mail or phone number.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.errors import InputError
from assistant.guardrails.pii import redact

RATINGS = ("up", "down")
FIELDS = ("id", "created", "rating", "comment", "question", "answer", "citations", "intent", "sentiment",
          "verification", "session", "tenant")
MAX_COMMENT_CHARS = 2000  # a comment, not an essay; longer text is refused with this number
MAX_TEXT_CHARS = 20_000  # question and answer as stored

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    citations TEXT NOT NULL DEFAULT '[]',
    intent TEXT,
    sentiment TEXT,
    verification TEXT,
    session TEXT,
    tenant TEXT NOT NULL DEFAULT 'default'
)
"""


class FeedbackStore:
    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()  # one writer at a time inside a process; SQLite locks across processes
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10)
        try:
            with db:  # commits, or rolls back on error
                yield db
        finally:
            db.close()

    def record(
        self,
        rating: str,
        question: str,
        answer: str,
        citations: Sequence[dict[str, Any]] = (),
        comment: str = "",
        intent: str | None = None,
        sentiment: str | None = None,
        verification: str | None = None,
        session: str | None = None,
        tenant: str = "default",
    ) -> int:
        """Store one rating; returns its id. Raises InputError for a rating or comment we cannot keep."""
        if rating not in RATINGS:
            raise InputError("A rating is either thumbs up or thumbs down.")
        comment = (comment or "").strip()
        if len(comment) > MAX_COMMENT_CHARS:
            raise InputError(f"The comment is {len(comment):,} characters; please keep it under {MAX_COMMENT_CHARS:,}.")
        if not (question or "").strip() or not (answer or "").strip():
            raise InputError("Feedback needs the question and the answer it rates.")
        kept = [{k: redact(str(v)) if isinstance(v, str) else v for k, v in c.items()} for c in citations]
        row = (time.time(), rating, redact(comment), redact(question[:MAX_TEXT_CHARS]), redact(answer[:MAX_TEXT_CHARS]),
               json.dumps(kept, ensure_ascii=False), intent, sentiment, verification, session, tenant)
        with self._lock, self._connect() as db:
            cursor = db.execute(
                "INSERT INTO feedback (created, rating, comment, question, answer, citations, intent, sentiment,"
                " verification, session, tenant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            return int(cursor.lastrowid)

    def rows(self, tenant: str | None = None) -> list[dict[str, Any]]:
        query = f"SELECT {', '.join(FIELDS)} FROM feedback"
        args: tuple = ()
        if tenant is not None:
            query, args = query + " WHERE tenant = ?", (tenant,)
        with self._connect() as db:
            records = db.execute(query + " ORDER BY id", args).fetchall()
        return [dict(zip(FIELDS, r, strict=True)) | {"citations": json.loads(r[6])} for r in records]

    def export(self, out: Path, fmt: str | None = None, tenant: str | None = None) -> int:
        """Write every row as CSV or JSONL (from the suffix unless `fmt` says); returns the row count."""
        fmt = fmt or out.suffix.lstrip(".").lower()
        if fmt not in ("csv", "jsonl"):
            raise InputError("Export as .csv or .jsonl (or pass --format csv|jsonl).")
        rows = self.rows(tenant)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")  # a reader never sees half a file
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            if fmt == "jsonl":
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                writer = csv.DictWriter(handle, fieldnames=FIELDS)
                writer.writeheader()
                for row in rows:
                    writer.writerow(row | {"citations": json.dumps(row["citations"], ensure_ascii=False)})
        tmp.replace(out)
        return len(rows)
