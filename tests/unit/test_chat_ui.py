import gradio as gr
import pytest

from assistant.app import Finbot
from tests.fakes import QueuedClassifier
from ui.chat import (
    SOMETHING_WENT_WRONG,
    TYPING,
    ChatHandlers,
    build_app,
    customer_error,
    document_choices,
    example_questions,
)


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
    assert "visible" not in banner  # no hand-off: the banner is left as it is


def test_escalation_shows_the_banner_and_tags(settings, embedder, generator, store):
    classifier = QueuedClassifier().enqueue("human_agent", "negative")
    finbot = Finbot(settings, embedder=embedder, generator=generator, classifier=classifier)
    finbot.__dict__["store"] = store
    chat, turns, _, banner = list(ChatHandlers(finbot, staff=True).respond("Get me a person now", [], [], ""))[-1]
    assert banner["visible"] is True and "member of our team" in banner["value"]
    assert "intent: human_agent" in chat[-1]["content"]  # staff see the raw tags
    assert turns[0].tags.intent == "human_agent"


def test_bad_question_keeps_the_typed_text(finbot):
    chat, turns, box, _ = list(ChatHandlers(finbot).respond("x" * 5000, [], [], ""))[-1]
    assert chat == [] and box == "x" * 5000


def test_upload_reports_failures_and_adds_documents(finbot, tmp_path):
    good = tmp_path / "rates.md"
    good.write_text("# Savings\nThe easy-access savings rate is 3.1% AER.")
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"not a pdf")
    status, picker, box, _ = ChatHandlers(finbot).upload([str(good), str(bad)], progress=lambda *a, **k: None)
    assert "1 added" in status and "scan.pdf" in status
    assert any(value == "rates.md" for _, value in picker["choices"])
    assert box["value"] is None  # the upload box is emptied, so the files are not ingested twice


def test_the_question_shows_at_once_with_a_typing_indicator(finbot, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    first = next(iter(ChatHandlers(finbot).respond("How much is urgent card delivery?", [], [], "")))
    chat, _, box, _ = first
    assert chat == [{"role": "user", "content": "How much is urgent card delivery?"},
                    {"role": "assistant", "content": TYPING}]
    assert box == ""


def test_customers_see_a_plain_topic_and_staff_the_raw_tags(settings, embedder, generator, store):
    classifier = QueuedClassifier().enqueue("card_swallowed", score=0.8).enqueue("card_swallowed", score=0.8)
    finbot = Finbot(settings, embedder=embedder, generator=generator, classifier=classifier)
    finbot.__dict__["store"] = store
    generator.enqueue("Urgent card delivery costs £15.00 [1].", "Urgent card delivery costs £15.00 [1].")
    customer = list(ChatHandlers(finbot).respond("How much is urgent card delivery?", [], [], ""))[-1][0]
    assert "Topic: Card not working" in customer[1]["content"]
    assert "card_swallowed" not in customer[1]["content"] and "confidence" not in customer[2]["metadata"]["title"]
    staff = list(ChatHandlers(finbot, staff=True).respond("How much is urgent card delivery?", [], [], ""))[-1][0]
    assert "intent: card_swallowed (0.80)" in staff[1]["content"]


def test_the_handoff_banner_stays_on_later_replies(settings, embedder, generator, store):
    classifier = QueuedClassifier().enqueue("human_agent", "negative").enqueue("card_arrival")
    finbot = Finbot(settings, embedder=embedder, generator=generator, classifier=classifier)
    finbot.__dict__["store"] = store
    handlers = ChatHandlers(finbot)
    chat, turns, _, banner = list(handlers.respond("Get me a person now", [], [], ""))[-1]
    assert banner["visible"] is True and "Reason" not in banner["value"]
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    *_, later = list(handlers.respond("How much is urgent card delivery?", chat, turns, ""))[-1]
    assert later == {"__type__": "update"}  # left as it is, not hidden


def test_errors_shown_to_customers_name_no_settings_or_commands():
    from assistant.errors import InputError

    long = InputError("The question is 5,000 characters; the limit is 2,000 (FINBOT_MAX_QUESTION_CHARS). "
                      "Shorten it or split it into several questions.")
    assert customer_error(long) == ("The question is 5,000 characters; the limit is 2,000. "
                                    "Shorten it or split it into several questions.")
    unknown = InputError("No ingested document is called 'x'. `finbot documents` lists them.")
    assert customer_error(unknown) == "No ingested document is called 'x'."
    assert customer_error(KeyError("faiss index")) == SOMETHING_WENT_WRONG


def test_an_unexpected_failure_reads_as_plain_words(finbot, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("CUDA out of memory at /opt/model.bin")

    monkeypatch.setattr(finbot.assistant, "stream", broken)
    chat, *_ = list(ChatHandlers(finbot).respond("How much is urgent card delivery?", [], [], ""))[-1]
    assert chat[-1]["content"] == f"⚠️ {SOMETHING_WENT_WRONG}"


def test_example_questions_come_from_the_indexed_faq_entries(settings, embedder, generator):
    from index.documents import Chunk, content_hash
    from index.stores import DocumentRecord, FaissStore

    store = FaissStore(embedder.dimension, "hash", settings.index_dir)
    for doc, sections in {"a.html": ["Cards > How do I freeze my card?", "Cards > Fees", "Cards > Can I get cash?"],
                          "b.md": ["Savings > What rate does Easy Saver pay?"]}.items():
        chunks = [Chunk(content_hash(doc, s), doc, doc, f"{s}\ntext", section=s) for s in sections]
        vectors = embedder.embed_batch([c.text for c in chunks])
        store.replace_document(DocumentRecord(doc, doc, doc, doc), chunks, vectors)
    finbot = Finbot(settings, embedder=embedder, generator=generator)
    finbot.__dict__["store"] = store
    assert example_questions(finbot) == ["How do I freeze my card?", "What rate does Easy Saver pay?",
                                         "Can I get cash?"]


def test_document_picker_shows_one_title_per_document(finbot, tmp_path):
    choices = document_choices(finbot)
    labels = [label for label, _ in choices[1:]]
    assert all("(" not in label for label in labels)  # titles are distinct: no file names added


# ---------------------------------------------------------------- sessions and ratings (issue 12)


class _Request:
    def __init__(self, session: str):
        self.session_hash = session


class _Like:
    def __init__(self, index: int, liked: bool):
        self.index, self.liked, self.value = index, liked, None


def test_a_chat_upload_is_private_to_its_session(finbot, tmp_path, generator):
    letter = tmp_path / "letter.md"
    letter.write_text("# Letter\n\nYour overdraft limit is £750 from 1 March.\n", encoding="utf-8")
    handlers = ChatHandlers(finbot)
    status, *_ = handlers.upload([str(letter)], _Request("s1"))
    assert "1 added" in status
    assert "private-s1/letter.md" in [v for _, v in document_choices(finbot, "s1")]
    assert "private-s1/letter.md" not in [v for _, v in document_choices(finbot, "s2")]
    *_, (chat, _, _, _) = handlers.respond("What is my overdraft limit?", [], [], "", _Request("s2"))
    assert "£750" not in str(chat) and all("£750" not in str(call) for call in generator.calls)


def test_a_rating_is_stored_with_its_question_and_sources(finbot, generator):
    generator.enqueue("Urgent card delivery costs £15.00 [1].")
    handlers = ChatHandlers(finbot)
    *_, (chat, _, _, _) = handlers.respond("How much is urgent card delivery?", [], [], "")
    thanks, comment = handlers.rate(chat, "quick answer, thanks", _Like(1, False), _Request("s1"))
    assert thanks.startswith("Thank you") and comment == ""
    [row] = finbot.feedback.rows()
    assert row["rating"] == "down" and row["question"] == "How much is urgent card delivery?"
    assert "£15.00" in row["answer"] and "fees.csv" in row["citations"][0]["text"]
    assert row["comment"] == "quick answer, thanks" and row["session"] == "s1"
