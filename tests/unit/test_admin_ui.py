"""The admin console's handlers and login check, driven directly (the browser test drives the page)."""

import pytest

from assistant.app import Finbot
from tests.fakes import HashEmbedder, ScriptedGenerator
from ui.admin import AdminHandlers, admin_auth


@pytest.fixture
def handlers(settings, tmp_path):
    finbot = Finbot(settings.model_copy(update={"classify": False}), embedder=HashEmbedder(),
                    generator=ScriptedGenerator())
    return AdminHandlers(finbot)


def _file(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_login_needs_the_admin_user_and_token():
    check = admin_auth("s3cret")
    assert check("admin", "s3cret")
    assert not check("admin", "wrong") and not check("root", "s3cret")
    assert admin_auth(None) is None and admin_auth("") is None  # no token: no console


def test_add_delete_and_publish(handlers, tmp_path):
    message, *_ = handlers.add([_file(tmp_path, "fees.md", "# Fees\n\nFee £5.\n")], "bank-a")
    assert "1 added" in message
    assert handlers.table()[0][:2] == ["bank-a", "bank-a/fees.md"]

    folder = tmp_path / "upload"
    folder.mkdir()
    handlers.finbot.ingest([_file_path(folder, "letter.md")], owner="s1")  # a customer's chat upload
    assert handlers.private_documents() == ["private-s1/letter.md"]
    message, *_ = handlers.publish("private-s1/letter.md")
    assert "Published as letter.md" in message and handlers.private_documents() == []

    message, *_ = handlers.delete("bank-a/fees.md")
    assert "Deleted" in message
    assert [row[1] for row in handlers.table()] == ["letter.md"]


def test_plain_messages_for_missing_choices(handlers):
    assert handlers.add(None, "default")[0].startswith("Choose")
    assert handlers.delete(None)[0].startswith("Pick")
    assert "no document" in handlers.publish("nope.md")[0]


def _file_path(folder, name):
    path = folder / name
    path.write_text("# Letter\n\nThe branch opens at 9am.\n", encoding="utf-8")
    return path
