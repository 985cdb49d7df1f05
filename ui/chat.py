"""The Gradio chat. `build_app` only builds the Blocks; serving lives in ui/server.py.

Handlers are thin: they call the application object and format what it returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answering.pipeline import Answer, Turn
from assistant.app import Finbot
from assistant.errors import FinbotError

ALL_DOCUMENTS = "All documents"
UPLOAD_TYPES = [".pdf", ".html", ".htm", ".txt", ".md", ".csv", ".xlsx", ".docx", ".json"]


def format_sources(answer: Answer) -> str:
    """Markdown for the collapsible sources message under an answer."""
    blocks = []
    for c in answer.citations:
        quoted = "\n".join(f"> {line}" for line in c.text.splitlines() if line.strip())
        blocks.append(f"**[{c.number}] {c.location}** · relevance {c.score:.2f}\n\n{quoted}")
    return "\n\n".join(blocks)


def tag_line(answer: Answer) -> str:
    """A small line under the reply with the message's tags, so agents see how it was routed."""
    if answer.tags is None:
        return ""
    t = answer.tags
    return (
        f"\n\n<sub>intent: {t.intent} ({t.intent_score:.2f}) · sentiment: {t.sentiment} "
        f"({t.sentiment_score:.2f}) · {answer.verification}</sub>"
    )


def escalation_banner(answer: Answer) -> dict[str, Any]:
    if not answer.escalate:
        return gr.update(visible=False)
    return gr.update(value=f"### 🙋 Handed to a human agent\n{answer.escalation_reason}", visible=True)


def answer_messages(answer: Answer) -> list[dict[str, Any]]:
    """The assistant's reply, then its sources as a collapsed box (Gradio renders `metadata.title`)."""
    messages: list[dict[str, Any]] = [{"role": "assistant", "content": answer.answer + tag_line(answer)}]
    if answer.citations:
        title = f"Sources ({len(answer.citations)}) · confidence {answer.confidence:.2f}"
        messages.append(
            {"role": "assistant", "content": format_sources(answer), "metadata": {"title": title, "status": "done"}}
        )
    return messages


def document_choices(finbot: Finbot) -> list[tuple[str, str]]:
    return [(ALL_DOCUMENTS, "")] + [(f"{d.title} ({d.source})", d.doc_id) for d in finbot.store.documents]


class ChatHandlers:
    """What the Blocks' events call; kept apart from layout so tests can drive them directly."""

    def __init__(self, finbot: Finbot):
        self.finbot = finbot

    def respond(
        self, message: str, chat: list[dict[str, Any]], turns: list[Turn], document: str | None
    ) -> Iterator[tuple[Any, ...]]:
        """Stream the reply into the chat; yields (chat, turns, textbox text, escalation banner)."""
        chat = list(chat or [])
        turns = list(turns or [])
        unchanged = gr.update()
        try:
            question = self.finbot.assistant.validate(message)
        except FinbotError as exc:
            gr.Warning(str(exc))
            yield chat, turns, message, unchanged  # keep the text so nothing typed is lost
            return
        chat.append({"role": "user", "content": question})
        chat.append({"role": "assistant", "content": ""})
        try:
            streamed = ""
            for event in self.finbot.assistant.stream(question, turns, document or None):
                if isinstance(event, Answer):
                    chat[-1:] = answer_messages(event)
                    turns.append(Turn(question, event.answer, event.tags))
                    yield chat, turns, "", escalation_banner(event)
                else:
                    streamed += event
                    chat[-1] = {"role": "assistant", "content": streamed}
                    yield chat, turns, "", unchanged
        except FinbotError as exc:
            chat[-1] = {"role": "assistant", "content": f"⚠️ {exc}"}
            yield chat, turns, message, unchanged

    # Gradio injects progress tracking through this default; it is its documented idiom.
    def upload(self, files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[str, Any]:  # noqa: B008
        """Ingest uploaded files; returns a status message and the refreshed document picker."""
        if not files:
            return "Choose one or more files first.", gr.update()
        report = self.finbot.ingest(
            [Path(f) for f in files], lambda done, total, label: progress((done, max(total, 1)), desc=label)
        )
        lines = [f"**{report.summary()}**"]
        lines += [f"- ❌ {source}: {reason}" for source, reason in report.failed.items()]
        return "\n".join(lines), gr.update(choices=document_choices(self.finbot))


def build_app(finbot: Finbot) -> gr.Blocks:
    limit = finbot.settings.max_question_chars
    handlers = ChatHandlers(finbot)

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
        clear.click(lambda: ([], [], "", gr.update(visible=False)), None, [chatbot, turns, box, banner])
        ingest_button.click(handlers.upload, [files], [ingest_status, picker])
        app.load(lambda: gr.update(choices=document_choices(finbot)), None, picker)
    return app
