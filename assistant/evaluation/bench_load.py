"""Load over loopback: N simulated users stream answers from a real finbot server at once.

`measure_load` starts `finbot serve` in a child process on a free loopback port (real models by
default; `fake=True` swaps only the generator for one that writes at a fixed token rate, for a quick
run), then for each N in `users_list` lets N users each send up to `requests_per_user` streamed
questions to POST /api/ask within `max_seconds`. A user told to retry (503) waits the Retry-After it
was given (within the time left) before its next question. Per N it returns: requests, answered,
told to retry, errors, p50/p95 time to first token and p50 total time of the answered ones.

    python -m assistant.evaluation.bench_load --users 1 10 50 [--fake] [--ingest] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from assistant.generators import ChatMessage, Generator

# Our own questions about the bundled sample corpus: tables, passages and refusals, like real traffic.
QUESTIONS = (
    "How long does a standard replacement card take to arrive?",
    "How do I report a stolen card from abroad?",
    "What does the Everyday account charge for card payments in a foreign currency?",
    "How long does a SEPA transfer take to arrive?",
    "What did management say about the outlook on the earnings call?",
    "What is the most I pay if someone uses my lost card before I report it?",
    "How much was revenue in 2024?",
    "Can I get a mortgage holiday?",
)


def measure_load(
    users_list: Sequence[int] = (1, 10, 50),
    requests_per_user: int = 3,
    max_seconds: float = 120.0,
    fake: bool = False,
    home: Path | None = None,
    questions: Sequence[str] = QUESTIONS,
    startup_timeout_s: float = 600.0,
    ingest_during: bool = False,
    log: Any = None,
) -> list[dict[str, Any]]:
    """One row per N in `users_list`; see the module docstring. `home` is the FINBOT_HOME the server uses
    (default: the environment's, or a temporary one for a fake run). With `ingest_during`, an admin
    re-ingests a small document over POST /api/ingest, back to back, while the users ask; the row then
    also counts those ingests and their failures (the users' errors show whether readers were hurt)."""
    say = log or (lambda message: print(message, file=sys.stderr))
    token = secrets.token_urlsafe(16) if ingest_during else ""
    with _server(fake, home, startup_timeout_s, say, token) as url:
        asyncio.run(_one_request(url, questions[0]))  # first answers warm caches; not counted
        rows = []
        for users in users_list:
            say(f"load: {users} user(s), up to {requests_per_user} question(s) each, {max_seconds:.0f} s at most")
            rows.append(asyncio.run(_simulate(url, users, requests_per_user, max_seconds, questions, token)))
            say(f"load: {format_row(rows[-1])}")
    return rows


def format_row(row: dict[str, Any]) -> str:
    def s(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f} s"

    ingests = f"; {row['ingests']} ingests during it, {row['ingest_errors']} failed" if "ingests" in row else ""
    return (f"{row['users']} users: {row['requests']} requests, {row['answered']} answered, {row['retry']} told "
            f"to retry, {row['errors']} errors; first token p50 {s(row['ttft_p50_s'])}, p95 {s(row['ttft_p95_s'])}; "
            f"total p50 {s(row['total_p50_s'])} ({row['seconds']:.0f} s){ingests}")


# ---------------------------------------------------------------- simulated users


async def _one_request(url: str, question: str) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=url, timeout=600) as http:
        await http.post("/api/ask", json={"question": question})


async def _simulate(
    url: str, users: int, per_user: int, max_seconds: float, questions: Sequence[str], admin_token: str = ""
) -> dict:
    import httpx

    started = time.monotonic()
    ingests = {"done": 0, "failed": 0}
    finished = asyncio.Event()
    deadline = started + max_seconds
    outcomes: list[dict[str, Any]] = []
    limits = httpx.Limits(max_connections=users + 4, max_keepalive_connections=users + 4)
    async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(600, connect=30), limits=limits) as http:

        async def user(number: int) -> None:
            for turn in range(per_user):
                if time.monotonic() >= deadline:
                    return
                outcome = await _ask(http, questions[(number + turn) % len(questions)])
                outcomes.append(outcome)
                if outcome["kind"] == "retry":
                    await asyncio.sleep(max(0.0, min(outcome["retry_after"], deadline - time.monotonic())))

        async def admin() -> None:
            while not finished.is_set():
                body = f"# Load notes\nRevision {ingests['done']}: branch opening hours are 9 to 5.\n"
                try:
                    response = await http.post("/api/ingest", files={"files": ("load-notes.md", body.encode())},
                                               headers={"Authorization": f"Bearer {admin_token}"})
                    ingests["done" if response.status_code == 200 else "failed"] += 1
                except httpx.HTTPError:
                    ingests["failed"] += 1

        async def everyone() -> None:
            await asyncio.gather(*(user(n) for n in range(users)))
            finished.set()

        await asyncio.gather(everyone(), *([admin()] if admin_token else []))
    answered = [o for o in outcomes if o["kind"] == "answered"]
    firsts = [o["first"] for o in answered]
    totals = [o["total"] for o in answered]
    return {
        "users": users,
        "requests": len(outcomes),
        "answered": len(answered),
        "retry": sum(o["kind"] == "retry" for o in outcomes),
        "errors": sum(o["kind"] == "error" for o in outcomes),
        "ttft_p50_s": _percentile(firsts, 50),
        "ttft_p95_s": _percentile(firsts, 95),
        "total_p50_s": _percentile(totals, 50),
        "seconds": time.monotonic() - started,
        **({"ingests": ingests["done"], "ingest_errors": ingests["failed"]} if admin_token else {}),
    }


async def _ask(http: Any, question: str) -> dict[str, Any]:
    """One streamed question: answered (with first-token and total times), retry (503) or error."""
    import httpx

    started = time.perf_counter()
    first, event, answered = None, "message", False
    try:
        async with http.stream("POST", "/api/ask", json={"question": question, "stream": True}) as response:
            if response.status_code == 503:
                return {"kind": "retry", "retry_after": float(response.headers.get("retry-after", "1"))}
            if response.status_code != 200:
                return {"kind": "error", "why": f"HTTP {response.status_code}"}
            async for line in response.aiter_lines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    if event == "error":
                        return {"kind": "error", "why": line[5:].strip()}
                    if first is None and event in ("token", "answer"):
                        first = time.perf_counter()
                    answered = answered or event == "answer"
    except httpx.HTTPError as exc:
        return {"kind": "error", "why": type(exc).__name__}
    if not answered or first is None:
        return {"kind": "error", "why": "the stream ended without an answer"}
    return {"kind": "answered", "first": first - started, "total": time.perf_counter() - started}


def _percentile(values: list[float], q: float) -> float | None:
    return float(np.percentile(values, q)) if values else None


# ---------------------------------------------------------------- the server under test


@contextmanager
def _server(fake: bool, home: Path | None, startup_timeout_s: float, say: Any, admin_token: str = "") -> Iterator[str]:
    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    temporary = tempfile.TemporaryDirectory(prefix="finbot-load-") if home is None and fake else None
    env = dict(os.environ)
    if home is not None or temporary is not None:
        env["FINBOT_HOME"] = str(home or temporary.name)
    if admin_token:
        env["FINBOT_ADMIN_TOKEN"] = admin_token
    command = [sys.executable, "-m", "assistant.evaluation.bench_load", "--serve", "--port", str(port)]
    if fake:
        command.append("--fake")
    log_file = tempfile.NamedTemporaryFile(prefix="finbot-load-server-", suffix=".log", delete=False)
    say(f"load: starting the server on 127.0.0.1:{port} ({'fake generator' if fake else 'real models'}; "
        f"its log: {log_file.name})")
    process = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + startup_timeout_s
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited with code {process.returncode}; see {log_file.name}")
            try:
                if httpx.get(f"{url}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server was not ready within {startup_timeout_s:.0f} s; see {log_file.name}")
            time.sleep(1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log_file.close()
        if temporary is not None:
            temporary.cleanup()


class PacedGenerator(Generator):
    """A stand-in for the model in `--fake` runs: writes a fixed reply at `tokens_per_second`, `concurrent`
    at a time (like the local generator on a CPU), the rest waiting their turn."""

    name = "paced"

    def __init__(self, tokens_per_second: float = 20.0, concurrent: int = 1):
        self.delay = 1.0 / tokens_per_second
        self._slots = threading.BoundedSemaphore(concurrent)

    def stream(self, messages: Sequence[ChatMessage], max_new_tokens: int = 160,
               temperature: float = 0.0) -> Iterator[str]:
        words = _restated_first_passage(messages[-1]["content"]).split(" ")[:max_new_tokens]
        pieces: queue.Queue[str | None] = queue.Queue()

        def write() -> None:  # the slot is held by the writer, never across the caller's yield
            with self._slots:
                for word in words:
                    time.sleep(self.delay)
                    pieces.put(word + " ")
            pieces.put(None)

        threading.Thread(target=write, daemon=True).start()
        while (piece := pieces.get()) is not None:
            yield piece


def _restated_first_passage(prompt: str) -> str:
    """Up to two sentences of the prompt's passage [1], cited: an answer the pipeline's checks accept,
    so it streams a sentence at a time as a model's would."""
    found = re.search(r"^\[1\] (?:\(from: [^\n]*\)\n)?(.+?)(?:\n\n|\Z)", prompt, re.S | re.M)
    if not found:
        return "I can't find that in the documents I have, so I won't guess."
    sentences = [s.strip().rstrip(".") for s in re.split(r"(?<=[.!?])\s+", found.group(1).strip()) if s.strip()]
    return " ".join(f"{s} [1]." for s in sentences[:2])


def _serve(port: int, fake: bool) -> int:
    from assistant.app import Finbot
    from assistant.settings import Settings
    from ui.server import serve

    settings = Settings()
    generator = PacedGenerator(concurrent=max(1, settings.concurrent_answers)) if fake else None
    return serve(Finbot(settings, generator=generator), host="127.0.0.1", port=port, ingest_samples=True)


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--requests", type=int, default=3, help="Questions per user at most.")
    parser.add_argument("--seconds", type=float, default=120.0, help="Time limit per user count.")
    parser.add_argument("--fake", action="store_true", help="A paced stand-in generator instead of the model.")
    parser.add_argument("--ingest", action="store_true", help="Re-ingest a document over the API meanwhile.")
    parser.add_argument("--json", action="store_true", help="Print the rows as JSON.")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return _serve(args.port, args.fake)
    rows = measure_load(args.users, args.requests, args.seconds, fake=args.fake, ingest_during=args.ingest)
    print(json.dumps(rows, indent=2) if args.json else "\n".join(format_row(r) for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
