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
