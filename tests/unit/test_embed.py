import gradio as gr
import pytest
from fastapi.testclient import TestClient

from assistant.app import Finbot
from ui.embed import EmbedHandlers, build_embed
from ui.server import build_server


@pytest.fixture
def finbot(settings, embedder, generator, store):
    finbot = Finbot(settings, embedder=embedder, generator=generator)
    finbot.__dict__["store"] = store
    return finbot


def test_embed_is_a_compact_chat_without_upload_or_picker(finbot):
    embed = build_embed(finbot)
    kinds = {type(block).__name__ for block in embed.blocks.values()}
    assert "Chatbot" in kinds and "Textbox" in kinds
    assert not kinds & {"File", "UploadButton", "Dropdown"}


def test_embed_answers_over_all_documents(finbot, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    chat, turns, box, _ = list(EmbedHandlers(finbot).respond("How much is urgent card delivery?", [], []))[-1]
    assert chat[1]["content"] == "Urgent card delivery costs £15.00 [1]." and box == ""
    assert finbot.gate.in_flight == 0


def test_embed_says_when_it_is_busy_and_keeps_the_question(finbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(gr, "Warning", warnings.append)
    held = [finbot.gate.enter() for _ in range(finbot.gate.capacity)]
    chat, _, box, _ = list(EmbedHandlers(finbot).respond("What fees?", [], []))[-1]
    assert chat == [] and box == "What fees?" and "try again" in warnings[0]
    for ticket in held:
        ticket.leave()


def test_the_server_serves_embed_beside_the_full_chat_and_the_api(finbot):
    client = TestClient(build_server(finbot))
    embed = client.get("/embed/")
    assert embed.status_code == 200 and "text/html" in embed.headers["content-type"]
    assert embed.headers["content-security-policy"] == "frame-ancestors 'self'"
    assert client.get("/").status_code == 200
    assert client.get("/healthz").json() == {"status": "alive"}
