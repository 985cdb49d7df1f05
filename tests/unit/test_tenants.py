"""Tenants and private uploads: who may read which document, and nothing overwrites another owner's."""

import pytest

from assistant.app import Finbot
from assistant.retrieval.access import visible_documents
from index.errors import IngestError
from index.ingest import scoped_id
from tests.fakes import HashEmbedder, ScriptedGenerator


@pytest.fixture
def finbot(settings, tmp_path):
    settings = settings.model_copy(update={"classify": False})
    bot = Finbot(settings, embedder=HashEmbedder(), generator=ScriptedGenerator())
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "fees.md").write_text("# Fees\n\nThe card replacement fee is £5.00 per card.\n", encoding="utf-8")
    assert not bot.ingest([bank / "fees.md"]).failed
    return bot


def _seen(finbot, question, **scope) -> str:
    """Everything the conversation was shown: the prompt (if the model was asked) and the answer with its sources."""
    calls = len(finbot.generator.calls)
    answer = finbot.assistant.answer(question, **scope)
    prompts = [m["content"] for call in finbot.generator.calls[calls:] for m in call]
    return "\n".join([*prompts, answer.answer, *(c.text for c in answer.citations)])


def _upload(finbot, tmp_path, name, text, **owner):
    folder = tmp_path / f"upload-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    report = finbot.ingest([folder / name], **owner)
    assert not report.failed, report.failed


def test_ids_name_tenant_and_owner():
    assert scoped_id("fees.csv") == "fees.csv"
    assert scoped_id("fees.csv", "bank-a") == "bank-a/fees.csv"
    assert scoped_id("fees.csv", "bank-a", "s1") == "bank-a/private-s1/fees.csv"


def test_a_chat_upload_of_the_same_name_never_replaces_the_banks_document(finbot, tmp_path):
    _upload(finbot, tmp_path, "fees.md", "# Fees\n\nThe card replacement fee is £99.00.\n", owner="s1")
    assert {d.doc_id for d in finbot.store.documents} == {"fees.md", "private-s1/fees.md"}
    seen = _seen(finbot, "What is the card replacement fee?", session="s2")
    assert "£5.00" in seen and "99" not in seen


def test_a_private_upload_is_read_only_in_its_own_session(finbot, tmp_path):
    _upload(finbot, tmp_path, "letter.md", "# Letter\n\nYour overdraft limit is £750 from 1 March.\n", owner="s1")
    assert "private-s1/letter.md" in visible_documents(finbot.store, session="s1")
    assert "private-s1/letter.md" not in visible_documents(finbot.store, session="s2")
    assert "£750" not in _seen(finbot, "What is my overdraft limit?", session="s2")
    assert "£750" in _seen(finbot, "What is my overdraft limit?", session="s1")


def test_another_tenants_documents_are_never_retrieved(finbot, tmp_path):
    _upload(finbot, tmp_path, "rates.md", "# Rates\n\nThe card replacement fee at Bank B is £7.00.\n",
            tenant="bank-b")
    seen = _seen(finbot, "What is the card replacement fee?")
    assert "£5.00" in seen and "£7.00" not in seen
    seen = _seen(finbot, "What is the card replacement fee?", tenant="bank-b")
    assert "£7.00" in seen and "£5.00" not in seen


def test_scoping_to_a_document_of_another_session_is_refused(finbot, tmp_path):
    _upload(finbot, tmp_path, "letter.md", "# Letter\n\nYour overdraft limit is £750.\n", owner="s1")
    with pytest.raises(Exception, match="No ingested document"):
        finbot.assistant.answer("What is my limit?", document="private-s1/letter.md", session="s2")


def test_publishing_shares_an_upload_with_the_tenant_without_overwriting(finbot, tmp_path):
    _upload(finbot, tmp_path, "letter.md", "# Letter\n\nThe branch opens at 9am.\n", owner="s1")
    assert finbot.publish("private-s1/letter.md") == "letter.md"
    assert "letter.md" in {d.doc_id for d in finbot.store.documents}
    assert visible_documents(finbot.store, session="s2") is None  # all published again: no filter
    _upload(finbot, tmp_path, "fees.md", "# Fees\n\nNew fee £1.\n", owner="s3")
    with pytest.raises(IngestError, match="already published"):
        finbot.publish("private-s3/fees.md")
    assert len(finbot.store.document("fees.md").chunk_ids) == 1
    restarted = Finbot(finbot.settings, embedder=HashEmbedder(), generator=ScriptedGenerator())
    assert restarted.store.document("private-s3/fees.md").owner == "s3"
