"""The API's trust rules: API keys name a tenant, feedback is stored redacted, bad bodies get plain words,
the admin console needs its login, and `finbot check` finds nothing wrong."""

import pytest
from fastapi.testclient import TestClient

from assistant.app import Finbot
from assistant.cli.main import main
from assistant.evaluation.faults import INTERNAL
from assistant.settings import Settings
from index.documents import content_hash
from index.stores import DocumentRecord
from tests.conftest import make_chunk
from ui.server import build_api, build_server


@pytest.fixture
def finbot(settings, embedder, generator, store):
    text = "Card replacement fee at Bank B: £7.00 per card."
    record = DocumentRecord("bank-b/fees.csv", "fees.csv", "Fees", content_hash(text), tenant="bank-b")
    store.replace_document(record, [make_chunk(record.doc_id, text)], embedder.embed_batch([text]))
    keys = {"key-default": "default", "key-b": "bank-b"}
    bot = Finbot(Settings(**{**settings.model_dump(), "api_keys": keys, "admin_token": "adm"}),
                 embedder=embedder, generator=generator)
    bot.__dict__["store"] = store
    return bot


@pytest.fixture
def client(finbot):
    return TestClient(build_api(finbot))


def _ask(client, key, question="What is the card replacement fee?"):
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return client.post("/api/ask", json={"question": question}, headers=headers)


def test_with_keys_configured_a_key_is_needed(client):
    assert _ask(client, None).status_code == 401
    assert _ask(client, "wrong").status_code == 401
    assert client.get("/api/documents").status_code == 401


def test_a_key_reads_only_its_tenants_documents(client, generator):
    generator.enqueue("The fee is £5.00 [1].", "The fee is £7.00 [1].")
    a = _ask(client, "key-default").json()
    b = _ask(client, "key-b").json()
    assert {c["document"] for c in a["citations"]} <= {"fees.csv", "report.md"}
    assert {c["document"] for c in b["citations"]} == {"bank-b/fees.csv"}
    prompts = [m["content"] for call in generator.calls for m in call]
    assert "£7.00" not in prompts[1] and "£5.00" not in prompts[3]
    documents = client.get("/api/documents", headers={"Authorization": "Bearer key-b"}).json()
    assert [d["document"] for d in documents] == ["bank-b/fees.csv"]


def test_feedback_is_stored_redacted_for_the_callers_tenant(client, finbot):
    body = {"rating": "down", "question": "My card 4539 1488 0343 6467 was charged twice", "answer": "A.",
            "comment": "call me on 020 7946 0958"}
    response = client.post("/api/feedback", json=body, headers={"Authorization": "Bearer key-b"})
    assert response.status_code == 201
    [row] = finbot.feedback.rows()
    assert row["tenant"] == "bank-b" and "4539" not in row["question"] and "7946" not in row["comment"]
    bad = client.post("/api/feedback", json=body | {"rating": "meh"}, headers={"Authorization": "Bearer key-b"})
    assert bad.status_code == 422 and "thumbs" in bad.json()["detail"]


@pytest.mark.parametrize("body,content_type,expected", [
    (b'{"question": "fee?"', "application/json", "not valid JSON"),
    (b'{"q": "fee?"}', "application/json", "missing 'question'"),
    (b'{"question": 12}', "application/json", "'question'"),
    (b'["fee?"]', "application/json", "JSON object"),
])
def test_unreadable_bodies_are_told_in_plain_words(client, body, content_type, expected):
    response = client.post("/api/ask", content=body,
                           headers={"content-type": content_type, "Authorization": "Bearer key-default"})
    assert response.status_code == 422 and expected in response.json()["detail"]
    assert not INTERNAL.search(response.text)


def test_upload_names_cannot_leave_the_upload_folder(client, finbot):
    response = client.post("/api/ingest", files={"files": ("../../notes.md", b"# Notes\n\nBranch opens at 9.")},
                           headers={"Authorization": "Bearer adm"})
    assert response.status_code == 200 and response.json()["added"] == ["notes.md"]
    assert finbot.store.document("notes.md") is not None


def test_the_admin_console_needs_its_login(finbot):
    client = TestClient(build_server(finbot))
    assert client.post("/admin/login", data={"username": "admin", "password": "nope"}).status_code >= 400
    assert client.post("/admin/login", data={"username": "admin", "password": "adm"}).status_code == 200


def test_no_admin_token_means_no_console(settings, embedder, generator):
    client = TestClient(build_server(Finbot(settings, embedder=embedder, generator=generator)))
    assert client.get("/admin/").status_code in (404, 200) and "finbot admin" not in client.get("/admin/").text


def test_finbot_check_finds_nothing_wrong(capsys):
    code = main(["check", "--fake", "--kill-after", "0.5", "--users"])
    out = capsys.readouterr().out
    assert code == 0, out[-3000:]
    assert "bad HTTP requests" in out and "kill -9" in out
