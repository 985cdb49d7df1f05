import gradio as gr
import pytest

from assistant.app import Finbot
from tests.fakes import QueuedClassifier
from ui.chat import ChatHandlers, build_app


@pytest.fixture
def finbot(settings, embedder, generator, store):
    finbot = Finbot(settings, embedder=embedder, generator=generator)
    finbot.__dict__["store"] = store
    return finbot


def test_build_app_returns_blocks_without_serving(finbot):
    assert isinstance(build_app(finbot), gr.Blocks)


def test_respond_streams_then_shows_answer_and_sources(finbot, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1]. It is sent by courier.")
    updates = list(ChatHandlers(finbot).respond("How much is urgent card delivery?", [], [], ""))
    chat, turns, box, banner = updates[-1]
    assert box == ""
    assert chat[0] == {"role": "user", "content": "How much is urgent card delivery?"}
    assert chat[1]["content"] == "Urgent card delivery costs £15.00 [1]. It is sent by courier."
    assert chat[2]["metadata"]["title"].startswith("Sources (1)")
    assert "fees.csv" in chat[2]["content"]
    assert turns[0].question == "How much is urgent card delivery?"
    assert len(updates) > 2  # streamed a sentence at a time
    assert banner["visible"] is False


def test_escalation_shows_the_banner_and_tags(settings, embedder, generator, store):
    classifier = QueuedClassifier().enqueue("human_agent", "negative")
    finbot = Finbot(settings, embedder=embedder, generator=generator, classifier=classifier)
    finbot.__dict__["store"] = store
    chat, turns, _, banner = list(ChatHandlers(finbot).respond("Get me a person now", [], [], ""))[-1]
    assert banner["visible"] is True and "human agent" in banner["value"]
    assert "intent: human_agent" in chat[-1]["content"]
    assert turns[0].tags.intent == "human_agent"


def test_bad_question_keeps_the_typed_text(finbot):
    chat, turns, box, _ = list(ChatHandlers(finbot).respond("x" * 5000, [], [], ""))[-1]
    assert chat == [] and box == "x" * 5000


def test_upload_reports_failures_and_adds_documents(finbot, tmp_path):
    good = tmp_path / "rates.md"
    good.write_text("# Savings\nThe easy-access savings rate is 3.1% AER.")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"not a pdf")
    status, picker = ChatHandlers(finbot).upload([str(good), str(bad)], progress=lambda *a, **k: None)
    assert "1 added" in status and "scan.pdf" in status
    assert any(value == "rates.md" for _, value in picker["choices"])
