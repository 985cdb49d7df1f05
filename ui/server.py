"""HTTP: a REST API, an OpenAI-compatible chat endpoint, and the Gradio chat mounted at /.

The same Blocks from `build_app` mount into any FastAPI app, which is how a support
portal embeds the chat (an <iframe> of / or the Gradio JS client).
"""

from __future__ import annotations

import sys
import time
import uuid

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from assistant.answering.pipeline import Turn
from assistant.app import Finbot
from assistant.errors import FinbotError, InputError


class AskRequest(BaseModel):
    question: str
    document: str | None = Field(None, description="Restrict retrieval to this document id or file name.")
    history: list[dict[str, str]] = Field(default_factory=list, description='[{"question": ..., "answer": ...}]')


class OpenAIMessage(BaseModel):
    role: str
    content: str


class OpenAIChatRequest(BaseModel):
    model: str = "finbot"
    messages: list[OpenAIMessage]


def build_api(finbot: Finbot) -> FastAPI:
    api = FastAPI(title="finbot", version="0.1.0")

    def run(question: str, history: list[Turn], document: str | None):
        try:
            return finbot.assistant.answer(question, history, document)
        except InputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        except FinbotError as exc:
            raise HTTPException(status_code=500, detail=str(exc)) from exc

    @api.get("/api/health")
    def health() -> dict:
        return {"status": "ok", "documents": len(finbot.store.documents), "chunks": len(finbot.store)}

    @api.get("/api/documents")
    def documents() -> list[dict]:
        return [{"document": d.doc_id, "source": d.source, "title": d.title} for d in finbot.store.documents]

    @api.post("/api/ask")
    def ask(request: AskRequest) -> dict:
        history = [Turn(t.get("question", ""), t.get("answer", "")) for t in request.history]
        return run(request.question, history, request.document).to_json()

    @api.post("/v1/chat/completions")
    def chat_completions(request: OpenAIChatRequest) -> dict:
        """OpenAI-compatible (non-streaming): the last user message is the question."""
        users = [m.content for m in request.messages if m.role == "user"]
        if not users:
            raise HTTPException(status_code=422, detail="messages must contain a user message")
        assistants = [m.content for m in request.messages if m.role == "assistant"]
        history = [Turn(q, a) for q, a in zip(users[:-1], assistants, strict=False)]  # a last reply may be missing
        answer = run(users[-1], history, None)
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": answer.answer}, "finish_reason": "stop"}
            ],
            "finbot": answer.to_json(),
        }

    return api


def build_server(finbot: Finbot) -> FastAPI:
    import gradio as gr

    from ui.chat import build_app

    return gr.mount_gradio_app(build_api(finbot), build_app(finbot), path="/")


def serve(finbot: Finbot, host: str | None = None, port: int | None = None, ingest_samples: bool = True) -> int:
    import uvicorn

    if ingest_samples and not finbot.store.documents:
        print("Index is empty: ingesting the bundled sample corpus…", file=sys.stderr)
        print(finbot.ingest_samples().summary(), file=sys.stderr)
    print("Loading models…", file=sys.stderr)
    started = time.perf_counter()
    finbot.warm_up()
    print(f"Models ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    host = host or finbot.settings.host
    port = port or finbot.settings.port
    print(f"finbot is serving on http://{host}:{port}  (API docs: /docs)", file=sys.stderr)
    uvicorn.run(build_server(finbot), host=host, port=port, log_level="warning")
    return 0
