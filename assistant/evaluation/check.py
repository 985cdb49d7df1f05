"""`finbot check`: throw bad input, crashes and load at a scratch finbot and count what went wrong.

Every check prints what it tried, how many were handled plainly (a clear message, nothing changed),
how many errors (a crash, a 5xx, an internal name shown to a user, an index that changed) and how
much data was lost. The exit code is 0 only when errors and data lost are both 0.
"""

from __future__ import annotations

import argparse
import logging
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.app import Finbot, sample_files
from assistant.errors import FinbotError, InputError
from assistant.evaluation.faults import (
    BAD_BODIES,
    BAD_QUESTIONS,
    INTERNAL,
    bad_files,
    crash_trial,
    write_crash_documents,
)
from assistant.settings import Settings

ADMIN_TOKEN = secrets.token_urlsafe(16)  # the scratch server's, for the upload checks


@dataclass
class Outcome:
    check: str
    tried: int = 0
    handled: int = 0
    errors: list[str] = field(default_factory=list)
    lost: int = 0
    seconds: float = 0.0

    def row(self) -> str:
        return (f"{self.check:<40} {self.tried:>6} {self.handled:>8} {len(self.errors):>7} {self.lost:>10}"
                f" {self.seconds:>8.1f}")


def _state(finbot: Finbot) -> list[tuple[str, str, int]]:
    return [(d.doc_id, d.fingerprint, len(d.chunk_ids)) for d in finbot.store.documents]


def check_bad_files(finbot: Finbot, folder: Path) -> Outcome:
    outcome = Outcome("bad files (ingest)")
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in bad_files(finbot.settings.max_upload_mb * 1024 * 1024).items():
        outcome.tried += 1
        (folder / name).write_bytes(data)
        before = _state(finbot)
        try:
            reasons = list(finbot.ingest([folder / name]).failed.values())
        except FinbotError as exc:
            reasons = [str(exc)]
        except Exception as exc:  # a crash is what this check exists to find
            outcome.errors.append(f"{name}: crashed with {type(exc).__name__}")
            continue
        if _state(finbot) != before:
            outcome.errors.append(f"{name}: the index changed")
            outcome.lost += 1
        elif not reasons:
            outcome.errors.append(f"{name}: accepted")
        elif any(INTERNAL.search(r) for r in reasons):
            outcome.errors.append(f"{name}: message shows internals: {reasons[0][:120]}")
        else:
            outcome.handled += 1
    return outcome


def check_bad_questions(finbot: Finbot) -> Outcome:
    outcome = Outcome("bad questions (assistant)")
    for label, question in BAD_QUESTIONS.items():
        outcome.tried += 1
        try:
            finbot.assistant.answer(question)  # type: ignore[arg-type]
            outcome.errors.append(f"{label}: answered instead of refused")
        except InputError as exc:
            if INTERNAL.search(str(exc)):
                outcome.errors.append(f"{label}: message shows internals: {exc}")
            else:
                outcome.handled += 1
        except Exception as exc:
            outcome.errors.append(f"{label}: crashed with {type(exc).__name__}")
    return outcome


def check_bad_requests(finbot: Finbot) -> Outcome:
    from fastapi.testclient import TestClient

    from ui.server import build_api

    outcome = Outcome("bad HTTP requests (ask, ingest)")
    client = TestClient(build_api(finbot), raise_server_exceptions=False)
    for label, (body, content_type) in BAD_BODIES.items():
        outcome.tried += 1
        response = client.post("/api/ask", content=body, headers={"content-type": content_type})
        text = response.text
        if response.status_code >= 500:
            outcome.errors.append(f"{label}: HTTP {response.status_code}")
        elif response.status_code < 400:
            outcome.errors.append(f"{label}: accepted (HTTP {response.status_code})")
        elif INTERNAL.search(text):
            outcome.errors.append(f"{label}: HTTP {response.status_code} shows internals: {text[:120]}")
        else:
            outcome.handled += 1
    # Uploads: without the admin token, then every bad file with it, and a name that tries to leave the folder.
    outcome.tried += 1
    if client.post("/api/ingest", files={"files": ("fees.md", b"# Fees\n\nFee 5.")}).status_code == 401:
        outcome.handled += 1
    else:
        outcome.errors.append("an upload without the admin token was not refused with 401")
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    uploads = dict(bad_files(finbot.settings.max_upload_mb * 1024 * 1024))
    uploads["../../../etc/evil.exe"] = b"MZ"
    for name, data in uploads.items():
        outcome.tried += 1
        before = _state(finbot)
        response = client.post("/api/ingest", files={"files": (name, data)}, headers=admin)
        if response.status_code >= 500:
            outcome.errors.append(f"upload {name}: HTTP {response.status_code}")
        elif response.status_code < 400:
            outcome.errors.append(f"upload {name}: accepted (HTTP {response.status_code})")
        elif INTERNAL.search(response.text):
            outcome.errors.append(f"upload {name}: shows internals: {response.text[:120]}")
        elif _state(finbot) != before:
            outcome.errors.append(f"upload {name}: the index changed")
            outcome.lost += 1
        else:
            outcome.handled += 1
    outcome.tried += 1
    if client.post("/api/ask", json={"question": "What does a replacement card cost?"}).status_code == 200:
        outcome.handled += 1  # and it still serves a good request
    else:
        outcome.errors.append("a good request after the bad ones failed")
    return outcome


def check_crashes(scratch: Path, trials: tuple[float, ...], fake: bool) -> Outcome:
    outcome = Outcome("kill -9 during ingest (FAISS, Milvus)")
    docs = scratch / "crash-docs"
    write_crash_documents(docs, 300)
    for store in ("faiss", "milvus"):
        for i, kill_after in enumerate(trials):
            outcome.tried += 1
            name = f"{store} trial {i}"
            try:
                trial = crash_trial(scratch / f"crash-{store}-{i}", docs, kill_after, fake=fake, store=store)
            except Exception as exc:  # the index did not even reopen: the worst outcome
                outcome.errors.append(f"{name}: the index did not reopen ({type(exc).__name__})")
                continue
            outcome.lost += len(trial.lost) + len(trial.partial)
            if not trial.killed:
                outcome.errors.append(f"{name}: finished before the kill (tested nothing)")
            elif trial.lost or trial.partial:
                outcome.errors.append(f"{name}: lost {trial.lost}, partial {trial.partial}")
            else:
                outcome.handled += 1
    return outcome


def check_load(users: tuple[int, ...], fake: bool) -> Outcome | None:
    if not users:
        return None
    try:
        from assistant.evaluation.bench_load import measure_load
    except ImportError:
        return None
    outcome = Outcome(f"load ({'/'.join(map(str, users))} users)")
    for row in measure_load(users_list=users, fake=fake):
        outcome.tried += int(row.get("requests", 0))
        outcome.handled += int(row.get("answered", 0)) + int(row.get("retry", 0))
        outcome.errors += [f"{row.get('users')} users: error"] * int(row.get("errors", 0))
    return outcome


def remove_scratch(path: Path, attempts: int = 20) -> None:
    """Remove what the temporary folder's own cleanup could not, waiting for late writers to finish."""
    for _ in range(attempts):
        if not path.exists():
            return
        shutil.rmtree(path, ignore_errors=True)
        time.sleep(0.25)
    if path.exists():
        print(f"finbot check: could not remove the scratch folder {path}; delete it by hand")


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    logging.getLogger("finbot").setLevel(logging.ERROR)  # the warnings these faults log are expected
    # milvus-lite's server, started by the crash trials, may still be writing its files when the scratch
    # folder is removed ("Directory not empty: 'collections'"): removal is retried below, never an error.
    with tempfile.TemporaryDirectory(prefix="finbot-check-", ignore_cleanup_errors=True) as tmp:
        scratch = Path(tmp)
        settings = Settings(home=scratch / "home", classify=not args.fake, admin_token=ADMIN_TOKEN)
        if args.fake:
            from tests.fakes import HashEmbedder, ScriptedGenerator

            finbot = Finbot(settings, embedder=HashEmbedder(), generator=ScriptedGenerator("It costs £5.00 [1]."))
        else:
            finbot = Finbot(settings)
        print(f"finbot check: scratch index in {scratch} ({'fake' if args.fake else 'packaged'} models)")
        finbot.ingest(sample_files())
        for name, step in (("bad files", lambda: check_bad_files(finbot, scratch / "bad")),
                           ("bad questions", lambda: check_bad_questions(finbot)),
                           ("bad requests", lambda: check_bad_requests(finbot)),
                           ("crashes", lambda: check_crashes(scratch, tuple(args.kill_after), args.fake)),
                           ("load", lambda: check_load(tuple(args.users), args.fake))):
            print(f"… {name}", flush=True)
            begun = time.perf_counter()
            outcome = step()
            if outcome is None:
                print(f"  {name}: skipped")
                continue
            outcome.seconds = time.perf_counter() - begun
            outcomes.append(outcome)
    remove_scratch(scratch)
    print()
    print(f"{'check':<40} {'tried':>6} {'handled':>8} {'errors':>7} {'data lost':>10} {'seconds':>8}")
    for outcome in outcomes:
        print(outcome.row())
    errors = sum(len(o.errors) for o in outcomes)
    lost = sum(o.lost for o in outcomes)
    print(f"{'total':<40} {sum(o.tried for o in outcomes):>6} {sum(o.handled for o in outcomes):>8} "
          f"{errors:>7} {lost:>10} {time.perf_counter() - started:>8.1f}")
    for outcome in outcomes:
        for error in outcome.errors:
            print(f"  ✗ {outcome.check}: {error}")
    return 0 if errors == 0 and lost == 0 else 1
