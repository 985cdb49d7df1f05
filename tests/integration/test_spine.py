"""The product path with real packaged models: embedder, FAISS, SmolLM2."""

import json

import pytest

from assistant.app import Finbot
from assistant.cli.main import main

pytestmark = pytest.mark.slow


def test_sample_question_is_answered_with_the_right_citation(real_finbot):
    answer = real_finbot.assistant.answer("What number should I call from the UK to report a lost or stolen card?")
    assert not answer.refused
    assert answer.answer.strip()
    assert "card_help.pdf" in {c.source for c in answer.citations}
    # every path that answers checks its figures; invented ones are replaced before anyone sees them, and a
    # quoted answer is the source's own sentences
    assert answer.verification in ("verified", "table", "calculated", "extractive", "quoted")


def test_uncovered_question_is_refused(real_finbot):
    assert real_finbot.assistant.answer("What was Apple's revenue in fiscal 2024?").refused


def test_restarted_app_keeps_the_index(real_finbot):
    restarted = Finbot(real_finbot.settings)
    assert len(restarted.store) == len(real_finbot.store) > 0
    passages = restarted.store.search(restarted.embedder.embed("CHAPS cut-off time"), k=3)
    assert any(p.chunk.source == "transfers.html" for p in passages)


def test_cli_ask_json_contract(real_finbot, monkeypatch, capsys):
    monkeypatch.setenv("FINBOT_HOME", str(real_finbot.settings.home))
    monkeypatch.setenv("FINBOT_GENERATOR", "smollm2-135m")
    assert main(["ask", "--json", "How long does a SEPA transfer take?"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"answer", "citations", "intent", "sentiment", "escalate", "confidence", "refused"} <= set(data)


def test_cli_ask_file_answers_every_line(real_finbot, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("FINBOT_HOME", str(real_finbot.settings.home))
    monkeypatch.setenv("FINBOT_GENERATOR", "smollm2-135m")
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"question": "What is the contactless limit?"}\n'
        "not json\n"
        '{"question": "What is the fee?", "document": "fee_schedule.csv"}\n'
    )
    assert main(["ask", "--file", str(questions), "--json"]) == 1  # one bad line
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 3 and "error" in lines[1]
    assert all(c["source"] == "fee_schedule.csv" for c in lines[2]["citations"])
