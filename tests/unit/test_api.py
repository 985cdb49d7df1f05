import pytest
from fastapi.testclient import TestClient

from assistant.app import Finbot
from ui.server import build_api


@pytest.fixture
def client(settings, embedder, generator, store):
    finbot = Finbot(settings, embedder=embedder, generator=generator)
    finbot.__dict__["store"] = store  # cached_property slot: use the prepared fake store
    return TestClient(build_api(finbot))


def test_health_counts_documents(client):
    assert client.get("/api/health").json() == {"status": "ok", "documents": 2, "chunks": 4}


def test_ask_returns_the_answer_contract(client, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    data = client.post("/api/ask", json={"question": "How much is urgent card delivery?"}).json()
    assert data["answer"] == "Urgent card delivery costs £15.00 [1]."
    assert data["citations"][0]["source"] == "fees.csv"


def test_empty_question_is_a_422_with_a_message(client):
    response = client.post("/api/ask", json={"question": "  "})
    assert response.status_code == 422 and "empty" in response.json()["detail"]


def test_openai_compatible_endpoint(client, generator):
    generator.enqueue("Revenue was £412.3 million [1].")
    response = client.post(
        "/v1/chat/completions", json={"messages": [{"role": "user", "content": "What was revenue in 2024?"}]}
    )
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"]["content"] == "Revenue was £412.3 million [1]."
    assert body["finbot"]["citations"][0]["source"] == "report.md"


# ---------------------------------------------------------------- the service API (issue 11)

import json  # noqa: E402

from assistant.settings import Settings  # noqa: E402


def make_client(settings, embedder, generator, store, **overrides) -> tuple[TestClient, Finbot]:
    settings = Settings(**{**settings.model_dump(), **overrides})
    finbot = Finbot(settings, embedder=embedder, generator=generator)
    finbot.__dict__["store"] = store
    return TestClient(build_api(finbot)), finbot


def sse_events(text: str) -> list[tuple[str, str]]:
    """(event name, data) pairs of a text/event-stream body."""
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if data:
            events.append((name, "\n".join(data)))
    return events


def test_ask_streams_text_pieces_then_the_answer_object(client, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1]. It is sent by courier.")
    response = client.post("/api/ask", json={"question": "How much is urgent card delivery?", "stream": True})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    events = sse_events(response.text)
    tokens = [json.loads(d)["text"] for name, d in events if name == "token"]
    answers = [json.loads(d) for name, d in events if name == "answer"]
    assert len(tokens) >= 2 and events[-1][0] == "answer" and len(answers) == 1
    assert "".join(tokens) == answers[0]["answer"] == "Urgent card delivery costs £15.00 [1]. It is sent by courier."
    assert answers[0]["citations"][0]["source"] == "fees.csv"


def test_a_stream_that_fails_ends_with_a_plain_error_event(client):
    response = client.post("/api/ask", json={"question": "What fees?", "document": "nope.pdf", "stream": True})
    name, data = sse_events(response.text)[-1]
    assert name == "error"
    error = json.loads(data)
    assert error["status"] == 422 and "nope.pdf" in error["detail"]
    assert "`" not in error["detail"] and "finbot documents" not in error["detail"]


def test_errors_shown_to_clients_name_no_settings(client):
    response = client.post("/api/ask", json={"question": "x" * 5000})
    detail = response.json()["detail"]
    assert response.status_code == 422 and "2,000" in detail and "FINBOT_" not in detail


def test_over_the_queue_the_api_answers_503_with_retry_after(settings, embedder, generator, store):
    client, finbot = make_client(settings, embedder, generator, store, concurrent_answers=1, answer_queue=1)
    held = [finbot.gate.enter(), finbot.gate.enter()]  # one answering, one waiting: the queue is full
    for path, body in (("/api/ask", {"question": "What fees?"}),
                       ("/api/ask", {"question": "What fees?", "stream": True}),
                       ("/v1/chat/completions", {"messages": [{"role": "user", "content": "What fees?"}]})):
        response = client.post(path, json=body)
        assert response.status_code == 503, path
        assert int(response.headers["retry-after"]) >= 1
        assert "try again" in response.json()["detail"]
    for ticket in held:
        ticket.leave()
    assert client.post("/api/ask", json={"question": "What is the foreign transaction fee?"}).status_code == 200
    assert finbot.gate.in_flight == 0
    assert 'finbot_errors_total{endpoint="/api/ask",kind="busy"} 2.0' in client.get("/metrics").text


def test_ingest_is_off_without_an_admin_token(client):
    response = client.post("/api/ingest", files={"files": ("a.md", b"# A\nSome text.", "text/markdown")})
    assert response.status_code == 403 and "turned off" in response.json()["detail"]


def test_ingest_needs_the_admin_token(settings, embedder, generator, store):
    client, _ = make_client(settings, embedder, generator, store, admin_token="s3cret")
    files = {"files": ("a.md", b"# A\nSome text.", "text/markdown")}
    assert client.post("/api/ingest", files=files).status_code == 401
    wrong = client.post("/api/ingest", files=files, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"


def test_ingest_adds_several_files_and_reports_failures_plainly(settings, embedder, generator, store):
    client, finbot = make_client(settings, embedder, generator, store, admin_token="s3cret")
    files = [
        ("files", ("savings.md", b"# Savings\nThe easy saver pays 3.1% interest a year.", "text/markdown")),
        ("files", ("loans.txt", b"Personal loans run from one to seven years.", "text/plain")),
        ("files", ("empty.txt", b"", "text/plain")),
    ]
    response = client.post("/api/ingest", files=files, headers={"Authorization": "Bearer s3cret"})
    body = response.json()
    assert response.status_code == 200
    assert sorted(body["added"]) == ["loans.txt", "savings.md"] and body["chunks"] >= 2
    assert list(body["failed"]) == ["empty.txt"] and "finbot-upload" not in body["failed"]["empty.txt"]
    assert {"loans.txt", "savings.md"} <= {d["source"] for d in client.get("/api/documents").json()}
    answer = client.post("/api/ask", json={"question": "What interest does the easy saver pay?"}).json()
    assert answer["citations"] and answer["citations"][0]["source"] == "savings.md"


def test_openai_endpoint_reports_usage_and_honours_system_messages(client, generator):
    generator.enqueue("Revenue was £412.3 million [1].")
    response = client.post("/v1/chat/completions", json={"messages": [
        {"role": "system", "content": "Answer in the voice of a pirate."},
        {"role": "user", "content": "What was revenue in 2024?"},
    ]})
    body = response.json()
    assert "Answer in the voice of a pirate." in generator.calls[-1][0]["content"]
    assert generator.calls[-1][0]["role"] == "system"
    usage = body["usage"]
    assert usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert body["citations"][0]["source"] == "report.md"


def test_openai_endpoint_streams_chunks_that_add_up_to_the_answer(client, generator):
    generator.enqueue("Revenue in 2024 was £412.3 million [1]. It was £388.1 million in 2023 [1].")
    response = client.post("/v1/chat/completions", json={
        "stream": True, "stream_options": {"include_usage": True},
        "messages": [{"role": "user", "content": "What was revenue in 2024?"}]})
    data = [d for _, d in sse_events(response.text)]
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    final = next(c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"] == "stop")
    assert text == final["finbot"]["answer"] and "£412.3 million" in text
    assert len([c for c in chunks if c["choices"] and c["choices"][0]["delta"].get("content")]) >= 2
    assert final["citations"][0]["source"] == "report.md"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] > 0


def test_openai_client_reads_the_streamed_answer(settings, embedder, generator, store):
    """The official client, over real HTTP, in the default (answers) mode."""
    from openai import OpenAI

    from tests.loopback import serving

    _, finbot = make_client(settings, embedder, generator, store)
    generator.enqueue("Revenue was £412.3 million [1].")
    with serving(build_api(finbot)) as url:
        client = OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
        stream = client.chat.completions.create(
            model="finbot", messages=[{"role": "user", "content": "What was revenue in 2024?"}], stream=True)
        text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == "Revenue was £412.3 million [1]."


def test_a_replaced_answer_follows_the_streamed_text_in_the_openai_stream(client, generator):
    # The second sentence's figure is in no passage: the checked answer replaces the stream.
    generator.enqueue("Revenue in 2024 was £412.3 million [1]. Costs were £999.9 million [1].")
    response = client.post("/v1/chat/completions", json={
        "stream": True, "messages": [{"role": "user", "content": "What was revenue in 2024?"}]})
    chunks = [json.loads(d) for _, d in sse_events(response.text)[:-1]]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    final = chunks[-1]["finbot"]["answer"]
    assert "999.9" not in text and text.endswith(final) and final != text


def test_continuation_never_repeats_what_was_streamed():
    from ui.openai_api import continuation

    assert continuation("Revenue was £4m [1].", "Revenue was £4m [1]. Up 3%.") == " Up 3%."
    assert continuation("Revenue  was £4m [1].", "Revenue was £4m [1]. Up.") == " Up."
    assert continuation("Revenue was £9m.", "I can't find that.") == "\n\nI can't find that."
    assert continuation("", "I can't find that.") == "I can't find that."


def test_health_readiness_and_metrics(settings, embedder, generator, store):
    client, finbot = make_client(settings, embedder, generator, store)
    assert client.get("/healthz").json() == {"status": "alive"}
    assert client.get("/readyz").status_code == 503  # models not loaded yet
    finbot.warm_up()
    assert client.get("/readyz").json() == {"ready": True, "checks": {"models": True, "index": True}}
    generator.enqueue("Urgent card delivery costs £15.00 [1]. It is sent by courier.")
    client.post("/api/ask", json={"question": "How much is urgent card delivery?", "stream": True})
    metrics = client.get("/metrics").text
    assert 'finbot_requests_total{endpoint="/api/ask",status="200"} 1.0' in metrics
    assert 'finbot_time_to_first_token_seconds_count{endpoint="/api/ask"} 1.0' in metrics
    assert 'finbot_generated_tokens_per_second_count{endpoint="/api/ask"} 1.0' in metrics
    assert "finbot_queue_depth 0.0" in metrics and "finbot_request_seconds_bucket" in metrics


def test_api_docs_render_from_local_assets(client):
    page = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs-assets/swagger-ui.css").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/api/ask", "/api/ingest", "/v1/chat/completions", "/healthz", "/readyz", "/metrics"} <= set(
        schema["paths"])


def test_cors_and_frame_ancestors_follow_the_allowed_origins(settings, embedder, generator, store):
    portal = "https://portal.example.com"
    client, _ = make_client(settings, embedder, generator, store, allowed_origins=portal)
    preflight = {"Access-Control-Request-Method": "POST"}
    allowed = client.options("/api/ask", headers={"Origin": portal, **preflight})
    assert allowed.headers.get("access-control-allow-origin") == portal
    other = client.options("/api/ask", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in other.headers
    assert client.get("/embed/").headers["content-security-policy"] == f"frame-ancestors 'self' {portal}"
    assert client.get("/healthz").headers["content-security-policy"] == "frame-ancestors 'self'"


def test_raw_mode_passes_messages_straight_to_the_generator(tmp_path, embedder):
    from tests.fakes import ScriptedGenerator

    generator = ScriptedGenerator("Plain model reply.")
    finbot = Finbot(Settings(home=tmp_path, raw_completions=True, classify=False), embedder=embedder,
                    generator=generator)
    client = TestClient(build_api(finbot))
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello"}]
    body = client.post("/v1/chat/completions", json={"model": "scripted", "messages": messages}).json()
    assert body["choices"][0]["message"]["content"] == "Plain model reply."
    assert generator.calls == [messages] and "citations" not in body
    assert client.get("/v1/models").json()["data"][0]["id"] == "scripted"
