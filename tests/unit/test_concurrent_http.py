"""Many clients at once over real loopback HTTP (uvicorn on a free port), with fake models:
conversations never mix, a client that stops reading holds nothing, readers never fail during an ingest."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from assistant.app import Finbot
from assistant.generators import ChatMessage, Generator
from assistant.settings import Settings
from index.stores import VectorStore
from tests.loopback import serving
from ui.server import build_api

NONCE = re.compile(r"\bclient[a-z]+\b")
# A search must read one revision of the store throughout; the store's read views (`VectorStore.reading`,
# branch issue-11-store) provide that. Without them a search racing an ingest can raise KeyError.
needs_read_views = pytest.mark.skipif(not hasattr(VectorStore, "reading"), reason="needs VectorStore.reading")


class EchoGenerator(Generator):
    """Answers with the client's nonce from the question it was given, a word at a time, slowly enough
    that concurrent answers interleave; records every prompt."""

    name = "echo"

    def __init__(self):
        self.prompts: list[str] = []

    def stream(self, messages: Sequence[ChatMessage], max_new_tokens: int = 160,
               temperature: float = 0.0) -> Iterator[str]:
        text = "\n".join(m["content"] for m in messages)
        self.prompts.append(text)
        nonce = NONCE.findall(messages[-1]["content"])[-1]
        for word in f"Card replacement costs £5.00 per card, {nonce} [1].".split(" "):
            time.sleep(0.003)
            yield word + " "


def sse(response: httpx.Response) -> Iterator[tuple[str, dict]]:
    name = "message"
    for line in response.iter_lines():
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            yield name, json.loads(line[5:])


@pytest.fixture
def finbot(settings, embedder, store) -> Finbot:
    settings = Settings(**{**settings.model_dump(), "concurrent_answers": 4, "answer_queue": 32,
                           "admin_token": "s3cret"})
    finbot = Finbot(settings, embedder=embedder, generator=EchoGenerator())
    finbot.__dict__["store"] = store
    return finbot


def test_concurrent_conversations_never_mix_histories_or_outputs(finbot):
    names = [f"client{chr(97 + i) * 3}" for i in range(8)]

    def converse(url: str, nonce: str) -> list[str]:
        history, answers = [], []
        with httpx.Client(base_url=url, timeout=30) as http:
            for question in (f"{nonce} asks: how much is the card replacement fee?",
                             f"{nonce} again: and per card?"):
                pieces, answer = [], None
                with http.stream("POST", "/api/ask", json={"question": question, "history": history,
                                                           "stream": True}) as response:
                    assert response.status_code == 200
                    for name, data in sse(response):
                        if name == "token":
                            pieces.append(data["text"])
                        elif name == "answer":
                            answer = data["answer"]
                assert answer is not None and set(NONCE.findall("".join(pieces) + answer)) == {nonce}
                history.append({"question": question, "answer": answer})
                answers.append(answer)
        return answers

    with serving(build_api(finbot)) as url, ThreadPoolExecutor(len(names)) as pool:
        results = dict(zip(names, pool.map(lambda n: converse(url, n), names), strict=True))
    assert all(len(answers) == 2 for answers in results.values())
    prompts = finbot.generator.prompts
    assert len(prompts) == 2 * len(names)
    assert all(len(set(NONCE.findall(p))) == 1 for p in prompts)  # no prompt saw another client's turns


def test_a_client_that_stops_reading_holds_no_generation_slot(finbot):
    with serving(build_api(finbot)) as url, httpx.Client(base_url=url, timeout=30) as http:
        stalled = http.stream("POST", "/api/ask", json={"question": "clientzzz asks: the card replacement fee?",
                                                       "stream": True})
        response = stalled.__enter__()
        next(response.iter_lines())  # read a little, then stop reading with the connection open
        deadline = time.monotonic() + 10
        while finbot.gate.in_flight and time.monotonic() < deadline:
            time.sleep(0.02)
        assert finbot.gate.in_flight == 0  # its answer was generated and its slot freed without it reading
        other = http.post("/api/ask", json={"question": "clientyyy asks: the card replacement fee?"})
        assert other.status_code == 200 and "clientyyy" in other.json()["answer"]
        stalled.__exit__(None, None, None)


@needs_read_views
def test_readers_never_fail_while_documents_are_ingested(finbot):
    stop = threading.Event()
    failures: list[str] = []
    answered = [0]

    def write(url: str) -> int:
        rounds = 0
        with httpx.Client(base_url=url, timeout=30, headers={"Authorization": "Bearer s3cret"}) as http:
            while not stop.is_set():
                rounds += 1
                files = [("files", (f"notes{i}.md", f"# Notes {i}\nRound {rounds}: the card replacement fee "
                                                    f"rule {i} applies.\n\n{'More text. ' * 40}".encode(),
                                    "text/markdown")) for i in range(3)]
                response = http.post("/api/ingest", files=files)
                if response.status_code != 200:
                    failures.append(f"ingest {response.status_code}: {response.text[:200]}")
        return rounds

    def read(url: str, n: int) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            while not stop.is_set():
                question = f"client{'qrs'[n]}x asks: how much is the card replacement fee?"
                if n % 2:
                    response = http.post("/api/ask", json={"question": question})
                    ok = response.status_code == 200
                else:
                    with http.stream("POST", "/api/ask", json={"question": question, "stream": True}) as r:
                        ok = r.status_code == 200 and all(name != "error" for name, _ in sse(r))
                docs = http.get("/api/documents")
                if not ok or docs.status_code != 200:
                    failures.append(f"reader {n}: {response.status_code if n % 2 else 'stream'}")
                answered[0] += 1

    with serving(build_api(finbot)) as url, ThreadPoolExecutor(4) as pool:
        writer = pool.submit(write, url)
        readers = [pool.submit(read, url, n) for n in range(3)]
        time.sleep(3)
        stop.set()
        rounds = writer.result()
        for reader in readers:
            reader.result()
    assert rounds >= 2 and answered[0] >= 10
    assert failures == []
