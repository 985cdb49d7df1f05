"""The compact chat for support portals, served at /embed: a conversation and a text box, nothing else
(no upload, no document picker, no admin). Embed it in an <iframe> or Gradio's <gradio-app> web component;
which sites may do so is FINBOT_ALLOWED_ORIGINS (ui/server.py sets CORS and frame-ancestors from it).

It reuses the full chat's handlers (ui/chat.py) and passes the same admission gate as the HTTP API.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.app import Finbot
from assistant.errors import BusyError
from ui.chat import ChatHandlers
from ui.errors import plain


class EmbedHandlers:
    def __init__(self, finbot: Finbot):
        self.finbot = finbot
        self.chat = ChatHandlers(finbot)

    def respond(self, message: str, chat: list[dict[str, Any]], turns: list) -> Iterator[tuple[Any, ...]]:
        """Yields (chat, turns, textbox text, escalation banner), like the full chat, over all documents."""
        try:
            ticket = self.finbot.gate.enter()
        except BusyError as exc:
            gr.Warning(plain(str(exc)))
            yield chat, turns, message, gr.update()  # the text stays, to send again
            return
        with ticket:
            yield from self.chat.respond(message, chat, turns, None)


def build_embed(finbot: Finbot) -> gr.Blocks:
    handlers = EmbedHandlers(finbot)
    limit = finbot.settings.max_question_chars
    with gr.Blocks(title="finbot", fill_height=True) as embed:
        turns = gr.State([])
        banner = gr.Markdown(visible=False, elem_id="escalation-banner")
        chatbot = gr.Chatbot(label="finbot", height=380, buttons=["copy"])
        with gr.Row():
            box = gr.Textbox(placeholder=f"Ask a question (up to {limit:,} characters)…", show_label=False,
                             scale=5, max_lines=4)
            send = gr.Button("Send", variant="primary", scale=1, min_width=80)
        for trigger in (box.submit, send.click):
            # The gate decides how many answer at once; Gradio's default of one at a time would queue the rest.
            trigger(handlers.respond, [box, chatbot, turns], [chatbot, turns, box, banner],
                    concurrency_limit=finbot.gate.capacity)
    return embed
