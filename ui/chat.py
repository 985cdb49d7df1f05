"""The Gradio chat. `build_app` only builds the Blocks; serving lives in ui/server.py.

Handlers are thin: they call the application object and format what it returns. What a customer reads is
written for a customer: their message shows at once with a typing indicator, the reply streams in, tags are a
plain topic (staff, with `FINBOT_UI_STAFF_VIEW`, see the raw ones), a hand-off banner speaks to them and stays
until the conversation is cleared, and errors never name settings, commands or exception classes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answering.pipeline import Answer, Turn
from assistant.app import Finbot
from assistant.errors import FinbotError
from assistant.retrieval.access import visible_records
from assistant.triage.labels import handoff_label
from ui.plain_labels import plain_topic

log = logging.getLogger(__name__)

ALL_DOCUMENTS = "All documents"
UPLOAD_TYPES = [".pdf", ".html", ".htm", ".txt", ".md", ".csv", ".xlsx", ".docx", ".json"]
TYPING = "_Typing…_"
HANDOFF_BANNER = (
    "### 🙋 You're being connected to a member of our team\n"
    "They will see this conversation, so you won't need to repeat anything. You can keep writing here meanwhile."
)
SOMETHING_WENT_WRONG = "Sorry, something went wrong on our side. Please try again in a moment."
EXAMPLES = 6  # example questions offered under "What can I ask?"


def format_sources(answer: Answer) -> str:
    """Markdown for the collapsible sources message under an answer."""
    blocks = []
    for c in answer.citations:
        quoted = "\n".join(f"> {line}" for line in c.text.splitlines() if line.strip())
        blocks.append(f"**[{c.number}] {c.location}** · relevance {c.score:.2f}\n\n{quoted}")
    return "\n\n".join(blocks)


def tag_line(answer: Answer, staff: bool = False) -> str:
    """A small line under the reply: for staff the message's raw tags, so agents see how it was routed; for a
    customer at most the plain topic."""
    if answer.tags is None:
        return ""
    t = answer.tags
    if staff:
        return (
            f"\n\n<sub>intent: {t.intent} ({t.intent_score:.2f}) · sentiment: {t.sentiment} "
            f"({t.sentiment_score:.2f}) · {answer.verification}</sub>"
        )
    topic = plain_topic(t.intent, t.intent_score) if not answer.refused else ""
    return f"\n\n<sub>Topic: {topic}</sub>" if topic else ""


def escalation_banner(answer: Answer, staff: bool = False) -> dict[str, Any]:
    """Shown once a conversation is handed over, and left up (unchanged) by later replies until it is cleared."""
    if not answer.escalate:
        return gr.update()
    why = handoff_label(answer.escalation_kind)  # the reason in the customer's terms, and what happens next
    text = f"### 🙋 You're being connected to a member of our team\n{why}" if why else HANDOFF_BANNER
    if staff:
        text += f"\n\n<sub>Reason: {answer.escalation_reason}</sub>"
    return gr.update(value=text, visible=True)


def customer_error(exc: Exception) -> str:
    """An error as a customer should read it: no setting names, commands or file paths (those go to the log)."""
    if not isinstance(exc, FinbotError):
        return SOMETHING_WENT_WRONG
    text = re.sub(r"\s*\((?:FINBOT_[A-Z_]+|[^()]*`[^()]*)\)", "", str(exc))  # "(FINBOT_MAX_QUESTION_CHARS)"
    sentences = re.split(r"(?<=[.!?])\s+", text)
    kept = [s for s in sentences if not re.search(r"`|FINBOT_|finbot \w+|/[\w.-]+/|\w+Error\b", s)]
    return " ".join(kept).strip() or SOMETHING_WENT_WRONG


def answer_messages(answer: Answer, staff: bool = False) -> list[dict[str, Any]]:
    """The assistant's reply, then its sources as a collapsed box (Gradio renders `metadata.title`)."""
    messages: list[dict[str, Any]] = [{"role": "assistant", "content": answer.answer + tag_line(answer, staff)}]
    if answer.citations:
        title = f"Sources ({len(answer.citations)})"
        if staff:
            title += f" · confidence {answer.confidence:.2f}"
        messages.append(
            {"role": "assistant", "content": format_sources(answer), "metadata": {"title": title, "status": "done"}}
        )
    return messages


def session_of(request: gr.Request | None) -> str | None:
    """The browser session: a customer's uploads are private to it (None when a test calls a handler)."""
    return getattr(request, "session_hash", None) or None


def document_choices(finbot: Finbot, session: str | None = None) -> list[tuple[str, str]]:
    """The documents this chat may read: one title each, the file name added only where two share a title."""
    documents = visible_records(finbot.store, finbot.settings.ui_tenant, session)
    titles = [d.title or d.source for d in documents]
    shared = {t for t in titles if titles.count(t) > 1}
    return [(ALL_DOCUMENTS, "")] + [
        (f"{t} ({d.source})" if t in shared else t, d.doc_id) for t, d in zip(titles, documents, strict=True)
    ]


def example_questions(finbot: Finbot, limit: int = EXAMPLES) -> list[str]:
    """Questions the indexed documents answer, for "What can I ask?": their FAQ entries' own questions, taken
    from each document in turn so every document is represented."""
    per_document: dict[str, list[str]] = {}
    for _, chunk in finbot.store.chunks():
        last = (chunk.section or "").split(" > ")[-1].strip()
        if last.endswith("?") and 12 <= len(last) <= 90:
            questions = per_document.setdefault(chunk.doc_id, [])
            if last not in questions:
                questions.append(last)
    picked: list[str] = []
    while len(picked) < limit and any(per_document.values()):
        for questions in per_document.values():
            if questions and len(picked) < limit:
                picked.append(questions.pop(0))
    return picked


class ChatHandlers:
    """What the Blocks' events call; kept apart from layout so tests can drive them directly."""

    def __init__(self, finbot: Finbot, staff: bool | None = None):
        self.finbot = finbot
        self.staff = finbot.settings.ui_staff_view if staff is None else staff

    def respond(
        self,
        message: str,
        chat: list[dict[str, Any]],
        turns: list[Turn],
        document: str | None,
        request: gr.Request = None,
    ) -> Iterator[tuple[Any, ...]]:
        """Stream the reply into the chat; yields (chat, turns, textbox text, escalation banner)."""
        chat = list(chat or [])
        turns = list(turns or [])
        unchanged = gr.update()
        try:
            question = self.finbot.assistant.validate(message)
        except FinbotError as exc:
            gr.Warning(customer_error(exc))
            yield chat, turns, message, unchanged  # keep the text so nothing typed is lost
            return
        # The customer's message shows at once, with a typing indicator until the first words arrive.
        chat.append({"role": "user", "content": question})
        chat.append({"role": "assistant", "content": TYPING})
        yield chat, turns, "", unchanged
        try:
            streamed = ""
            stream = self.finbot.assistant.stream(
                question, turns, document or None, self.finbot.settings.ui_tenant, session_of(request)
            )
            for event in stream:
                if isinstance(event, Answer):
                    chat[-1:] = answer_messages(event, self.staff)
                    turns.append(Turn(question, event.answer, event.tags))
                    yield chat, turns, "", escalation_banner(event, self.staff)
                else:
                    streamed += event
                    chat[-1] = {"role": "assistant", "content": streamed}
                    yield chat, turns, "", unchanged
        except Exception as exc:  # whatever went wrong, the customer reads plain words; the details go to the log
            log.exception("answering %r failed", question)
            chat[-1] = {"role": "assistant", "content": f"⚠️ {customer_error(exc)}"}
            yield chat, turns, message, unchanged

    # Gradio injects progress tracking through this default; it is its documented idiom.
    def upload(
        self, files: list[str] | None, request: gr.Request = None, progress: gr.Progress = gr.Progress()  # noqa: B008
    ) -> tuple[str, Any, Any, Any]:
        """Ingest uploaded files, private to this chat session (an admin may publish them); returns a status
        message, the refreshed document picker, the emptied upload box (so the same files are not ingested
        twice) and the refreshed example questions."""
        if not files:
            return "Choose one or more files first.", gr.update(), gr.update(), gr.update()
        session = session_of(request)
        report = self.finbot.ingest(
            [Path(f) for f in files], lambda done, total, label: progress((done, max(total, 1)), desc=label),
            tenant=self.finbot.settings.ui_tenant, owner=session,
        )
        lines = [f"**{report.summary()}**"]
        lines += [f"- ❌ {Path(source).name}: {customer_error(FinbotError(reason))}"
                  for source, reason in report.failed.items()]
        return ("\n".join(lines), gr.update(choices=document_choices(self.finbot, session)), gr.update(value=None),
                examples_update(self.finbot))

    def rate(
        self, chat: list[dict[str, Any]], comment: str, like: gr.LikeData, request: gr.Request = None
    ) -> tuple[str, str]:
        """Store a thumbs up or down on the answer it was given to; returns a thank-you and an emptied comment."""
        index = like.index if isinstance(like.index, int) else like.index[0]
        answer = _text(chat[index]) if 0 <= index < len(chat) else ""
        question = next((_text(m) for m in reversed(chat[:index]) if m.get("role") == "user"), "")
        sources = [{"text": _text(m)} for m in chat[index + 1:index + 2]
                   if m.get("role") == "assistant" and (m.get("metadata") or {}).get("title")]
        try:
            self.finbot.feedback.record("up" if like.liked is True else "down", question, answer, sources,
                                        comment or "", session=session_of(request),
                                        tenant=self.finbot.settings.ui_tenant)
        except FinbotError as exc:
            return customer_error(exc), comment
        return "Thank you for your feedback.", ""


def _text(message: dict[str, Any]) -> str:
    content = message.get("content", "")
    return content if isinstance(content, str) else str(content)


def examples_update(finbot: Finbot) -> Any:
    samples = [[q] for q in example_questions(finbot)]
    return gr.Dataset(samples=samples, visible=bool(samples))


def build_app(finbot: Finbot, staff: bool | None = None) -> gr.Blocks:
    limit = finbot.settings.max_question_chars
    handlers = ChatHandlers(finbot, staff)

    with gr.Blocks(title="finbot") as app:
        gr.Markdown(
            "## finbot\nAsk about your fee schedule, cards, transfers and accounts, or about the company "
            "reports. Every answer cites the passages it used; open **Sources** under an answer to read them."
        )
        turns = gr.State([])
        banner = gr.Markdown(visible=False, elem_id="escalation-banner")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Conversation", height=520, buttons=["copy"])
                with gr.Row():
                    box = gr.Textbox(
                        placeholder=f"Ask a question (up to {limit:,} characters)…",
                        show_label=False,
                        scale=5,
                        max_lines=6,
                    )
                    send = gr.Button("Send", variant="primary", scale=1)
                initial = [[q] for q in example_questions(finbot)]
                examples = gr.Dataset(components=[box], samples=initial, label="What can I ask?",
                                      visible=bool(initial))
                with gr.Row():
                    rating_comment = gr.Textbox(
                        placeholder="Rate an answer with the thumbs under it; "
                        "add a comment here first if you like (optional)",
                        show_label=False, max_lines=2, scale=5, max_length=2000,
                    )
                    rating_status = gr.Markdown()
                clear = gr.Button("Clear conversation", variant="secondary")
            with gr.Column(scale=2):
                picker = gr.Dropdown(
                    choices=document_choices(finbot), value="", label="Search in", interactive=True
                )
                files = gr.File(
                    label=f"Add documents (up to {finbot.settings.max_upload_mb} MB each)",
                    file_count="multiple",
                    file_types=UPLOAD_TYPES,
                    type="filepath",
                )
                ingest_button = gr.Button("Ingest uploaded files")
                ingest_status = gr.Markdown()

        for trigger in (box.submit, send.click):
            trigger(handlers.respond, [box, chatbot, turns, picker], [chatbot, turns, box, banner])
        examples.click(lambda sample: sample[0], examples, box)
        clear.click(lambda: ([], [], "", gr.update(visible=False)), None, [chatbot, turns, box, banner])
        ingest_button.click(handlers.upload, [files], [ingest_status, picker, files, examples])
        chatbot.like(handlers.rate, [chatbot, rating_comment], [rating_status, rating_comment])

        def on_load(request: gr.Request) -> tuple[Any, Any]:
            return gr.update(choices=document_choices(finbot, session_of(request))), examples_update(finbot)

        app.load(on_load, None, [picker, examples])
    return app
