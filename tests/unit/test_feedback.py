import csv
import json
import sqlite3
import threading

import pytest

from assistant.cli.main import main
from assistant.errors import InputError
from assistant.feedback import MAX_COMMENT_CHARS, FeedbackStore


@pytest.fixture
def feedback(tmp_path):
    return FeedbackStore(tmp_path / "feedback.sqlite3")


def test_a_rating_is_stored_with_its_question_answer_citations_and_tags(feedback):
    citations = [{"n": 1, "source": "fees.csv", "text": "Card replacement: £5.00"}]
    row_id = feedback.record("down", "What is the fee?", "£5.00 [1]", citations, comment="missed the free first card",
                             intent="card_fees", sentiment="neutral", verification="verified", session="s1")
    [row] = feedback.rows()
    assert row["id"] == row_id and row["rating"] == "down" and row["citations"] == citations
    assert row["intent"] == "card_fees" and row["comment"] == "missed the free first card"


def test_personal_data_is_redacted_before_it_is_stored(feedback, tmp_path):
    feedback.record("up", "My card 4539 1488 0343 6467 is lost, email me at jo@example.com", "Freeze it [1].",
                    [{"n": 1, "text": "call 020 7946 0958"}], comment="IBAN GB82 WEST 1234 5698 7654 32")
    raw = sqlite3.connect(tmp_path / "feedback.sqlite3").execute("SELECT * FROM feedback").fetchall()
    dumped = json.dumps(raw)
    for secret in ("4539", "jo@example.com", "7946", "GB82"):
        assert secret not in dumped


@pytest.mark.parametrize("kwargs,message", [
    ({"rating": "meh"}, "thumbs up or thumbs down"),
    ({"comment": "x" * (MAX_COMMENT_CHARS + 1)}, "keep it under"),
    ({"question": "  "}, "needs the question"),
])
def test_bad_feedback_is_refused_and_nothing_is_stored(feedback, kwargs, message):
    args = {"rating": "up", "question": "Q?", "answer": "A."} | kwargs
    with pytest.raises(InputError, match=message):
        feedback.record(**args)
    assert feedback.rows() == []


def test_export_as_csv_and_jsonl(feedback, tmp_path):
    feedback.record("up", "Q1?", "A1.", tenant="bank-a")
    feedback.record("down", "Q2?", "A2.", comment="wrong", tenant="bank-b")
    assert feedback.export(tmp_path / "out.csv") == 2
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert [r["rating"] for r in rows] == ["up", "down"]
    assert feedback.export(tmp_path / "b.jsonl", tenant="bank-b") == 1
    [line] = (tmp_path / "b.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["comment"] == "wrong"
    with pytest.raises(InputError, match="csv or .jsonl"):
        feedback.export(tmp_path / "out.xlsx")


def test_concurrent_ratings_are_all_kept(feedback):
    threads = [threading.Thread(target=lambda i=i: feedback.record("up", f"Q{i}?", "A.")) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(feedback.rows()) == 20


def test_cli_export(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("FINBOT_HOME", str(tmp_path))
    assert main(["feedback", "export", str(tmp_path / "x.jsonl")]) == 1  # nothing rated yet: said plainly
    FeedbackStore(tmp_path / "feedback.sqlite3").record("up", "Q?", "A.")
    assert main(["feedback", "export", str(tmp_path / "x.jsonl")]) == 0
    assert "wrote 1 rating" in capsys.readouterr().out
