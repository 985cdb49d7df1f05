"""Bad input at every edge: a plain-language error, nothing changed in the index, and finbot keeps working.

The files are made here: binary data renamed .pdf, truncated PDF/XLSX/DOCX, a zip bomb, oversize,
unsupported and empty files, and upload names with path tricks.
"""

from __future__ import annotations

import json

import pytest

from assistant.app import Finbot
from assistant.cli.main import main
from assistant.errors import InputError
from assistant.evaluation.faults import INTERNAL, bad_files
from index.errors import IngestError
from index.loaders import safe_upload_name
from tests.fakes import HashEmbedder, ScriptedGenerator


@pytest.fixture
def finbot(settings, tmp_path):
    settings = settings.model_copy(update={"classify": False, "max_upload_mb": 1})
    bot = Finbot(settings, embedder=HashEmbedder(), generator=ScriptedGenerator("The fee is £5.00 [1]."))
    good = tmp_path / "good"
    good.mkdir()
    (good / "fees.md").write_text("# Fees\n\nThe card replacement fee is £5.00.\n", encoding="utf-8")
    assert not bot.ingest([good / "fees.md"]).failed
    return bot


BAD_FILES = bad_files(1024 * 1024)  # the fixture's limit: 1 MB


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_refused_plainly_and_changes_nothing(finbot, tmp_path, name):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / name).write_bytes(BAD_FILES[name])
    before = (finbot.store.revision, [(d.doc_id, d.fingerprint) for d in finbot.store.documents])
    try:
        report = finbot.ingest([folder / name])
        reasons = list(report.failed.values())
    except IngestError as exc:  # an unsupported type is refused before any file is read
        reasons = [str(exc)]
    assert reasons and all(not INTERNAL.search(r) for r in reasons), reasons
    assert all(name in r for r in reasons)  # it says which file
    assert (finbot.store.revision, [(d.doc_id, d.fingerprint) for d in finbot.store.documents]) == before
    assert not finbot.assistant.answer("What is the card replacement fee?").refused  # still serving


def test_a_zip_bomb_is_refused_before_it_is_unpacked(finbot, tmp_path):
    (tmp_path / "bomb.xlsx").write_bytes(BAD_FILES["bomb.xlsx"])
    report = finbot.ingest([tmp_path / "bomb.xlsx"])
    assert "unpacks to" in report.failed["bomb.xlsx"]


@pytest.mark.parametrize("raw,expected", [
    ("../../etc/passwd.md", "passwd.md"),
    ("C:\\Users\\me\\fees.csv", "fees.csv"),
    ("..\\..\\fees.pdf", "fees.pdf"),
    (".hidden.txt", "hidden.txt"),
    ("fe\x00es\x1b[31m.md", "fees[31m.md"),
])
def test_upload_names_lose_their_path_tricks(raw, expected):
    assert safe_upload_name(raw) == expected


@pytest.mark.parametrize("raw", ["", "../", ".md", "payload.exe", None])
def test_unusable_upload_names_are_refused(raw):
    with pytest.raises(IngestError):
        safe_upload_name(raw)


@pytest.mark.parametrize("question,message", [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ("\x00\x1b\x7f", "empty"),
    ("x" * 5000, "the limit is 2,000"),
    (42, "must be text"),
])
def test_bad_questions_get_a_plain_reason(finbot, question, message):
    with pytest.raises(InputError, match=message) as caught:
        finbot.assistant.answer(question)
    assert not INTERNAL.search(str(caught.value))


def test_control_characters_are_dropped_from_a_question(finbot):
    answer = finbot.assistant.answer("What is the card\x1b replacement\x00 fee?\u200b")
    assert not any(ch in answer.query for ch in "\x1b\x00\u200b") and "replacement" in answer.query


def test_cli_batch_survives_bad_lines(finbot, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FINBOT_HOME", str(finbot.settings.home))
    lines = tmp_path / "q.jsonl"
    lines.write_bytes(b'{"question": "What is the card replacement fee?"}\n'
                      b'{"question": 12}\nnot json\n{"q": "missing field"}\n\xff\xfe bad bytes\n[1, 2]\n')
    monkeypatch.setattr("assistant.cli.main._finbot", lambda: finbot)
    assert main(["ask", "--file", str(lines), "--json"]) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "answer" in out[0]
    assert [o["error"].split(":")[0] for o in out[1:]] == ["line 2", "line 3", "line 4", "line 5", "line 6"]
